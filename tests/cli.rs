//! The command line: formats, named graphs, stores, idempotent loading, export.

use crate::util;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::Dataset;

fn parse(text: &str, format: RdfFormat) -> Dataset {
    let mut ds = Dataset::new();
    for q in RdfParser::from_format(format).for_reader(text.as_bytes()) {
        ds.insert(&q.expect("valid RDF"));
    }
    ds
}

#[test]
fn nquads_keep_one_graph_per_article() {
    let out = util::ok(&[
        "extract",
        util::seed().to_str().unwrap(),
        util::fixture("a01_interpol_harmattan_firearms.txt").to_str().unwrap(),
        "--format",
        "nquads",
    ]);
    let ds = parse(&out, RdfFormat::NQuads);
    let graphs: std::collections::BTreeSet<String> = ds.iter().map(|q| q.graph_name.to_string()).collect();
    assert_eq!(graphs.len(), 2, "{graphs:?}");
    for g in &graphs {
        // The graph's name is an article, typed as such inside it.
        let iri = g.trim_start_matches('<').trim_end_matches('>');
        assert!(out.contains(&format!("<{iri}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> <https://w3id.org/blotter/ontology#Article> <{iri}>")));
    }
}

#[test]
fn every_format_parses() {
    let seed = util::seed();
    for (name, format) in [
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("nquads", RdfFormat::NQuads),
        ("trig", RdfFormat::TriG),
        ("rdfxml", RdfFormat::RdfXml),
        ("jsonld", RdfFormat::from_extension("jsonld").unwrap()),
    ] {
        let out = util::ok(&["extract", seed.to_str().unwrap(), "--format", name]);
        let ds = parse(&out, format);
        assert!(ds.len() > 100, "{name}: {} quads", ds.len());
    }
}

#[test]
fn turtle_has_prefixes_and_is_stable() {
    let seed = util::seed();
    let a = util::ok(&["extract", seed.to_str().unwrap()]);
    let b = util::ok(&["extract", seed.to_str().unwrap()]);
    assert_eq!(a, b, "two runs differ");
    assert!(a.contains("@prefix blt: <https://w3id.org/blotter/ontology#>"));
    assert!(a.contains("rdfs:label \"Jürgen Stock\""));
}

#[test]
fn base_iri_is_used_and_validated() {
    let seed = util::seed();
    let out = util::ok(&[
        "extract",
        seed.to_str().unwrap(),
        "--base",
        "https://example.org/kg/",
        "--format",
        "ntriples",
    ]);
    assert!(out.contains("<https://example.org/kg/person/jurgen-stock>"));
    for bad in [
        "not an iri",
        "https://example.org/no-separator",
        "https://exa mple.org/",
    ] {
        let o = util::run(&["extract", seed.to_str().unwrap(), "--base", bad]);
        assert_eq!(o.status.code(), Some(1), "{bad}");
        assert!(util::stderr(&o).contains("--base"), "{}", util::stderr(&o));
        assert!(o.stdout.is_empty());
    }
}

#[test]
fn url_names_the_article() {
    let seed = util::seed();
    let out = util::ok(&[
        "extract",
        seed.to_str().unwrap(),
        "--url",
        "https://example.org/news/1",
        "--format",
        "ntriples",
    ]);
    assert!(out.contains("\"https://example.org/news/1\"^^<http://www.w3.org/2001/XMLSchema#anyURI>"));
    let o = util::run(&["extract", seed.to_str().unwrap(), "--url", "no iri at all"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn output_file_and_stdin() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.nq");
    util::ok(&[
        "extract",
        util::seed().to_str().unwrap(),
        "-f",
        "nquads",
        "-o",
        out.to_str().unwrap(),
    ]);
    let text = std::fs::read_to_string(&out).unwrap();
    assert!(text.contains("Jürgen Stock"));
    let mut child = std::process::Command::new(util::bin())
        .args(["extract", "-", "-f", "ntriples"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    use std::io::Write;
    child
        .stdin
        .take()
        .unwrap()
        .write_all(std::fs::read(util::seed()).unwrap().as_slice())
        .unwrap();
    let o = child.wait_with_output().unwrap();
    assert!(o.status.success());
    assert!(String::from_utf8_lossy(&o.stdout).contains("Meng Hongwei"));
}

#[test]
fn loading_twice_gives_the_same_store() {
    let d = util::store_with(&[&util::seed()]);
    let store = util::store_arg(&d);
    let first = util::ok(&["export", "--store", &store, "--format", "nquads"]);
    let o = util::run(&["load", "--store", &store, util::seed().to_str().unwrap()]);
    assert!(o.status.success());
    assert!(util::stderr(&o).contains("1 unchanged"), "{}", util::stderr(&o));
    util::ok(&["load", "--force", "--store", &store, util::seed().to_str().unwrap()]);
    let second = util::ok(&["export", "--store", &store, "--format", "nquads"]);
    // Only the recorded run time may differ after a forced reload.
    let strip = |s: &str| {
        s.lines()
            .filter(|l| !l.contains("#startedAt>"))
            .collect::<Vec<_>>()
            .join("\n")
    };
    assert!(first.contains("#startedAt>"));
    assert_eq!(strip(&first), strip(&second));
}

/// `--max-open-files` changes what the store keeps in memory, never what it holds: a store
/// loaded a batch of one article at a time with one file open at once exports the same.
#[test]
fn a_file_limit_changes_nothing_stored() {
    let dir = util::root().join("tests/fixtures/articles");
    let d = util::store_with(&[&dir]);
    let tight = tempfile::tempdir().unwrap();
    let tight_store = tight.path().join("store").display().to_string();
    util::ok(&[
        "load",
        "--store",
        &tight_store,
        "--batch",
        "1",
        "--max-open-files",
        "1",
        dir.to_str().unwrap(),
    ]);
    let export = |store: &str| -> Vec<String> {
        let mut lines: Vec<String> = util::ok(&["export", "--store", store, "--format", "nquads"])
            .lines()
            .filter(|l| !l.contains("#startedAt>"))
            .map(str::to_string)
            .collect();
        lines.sort();
        lines
    };
    let loose = export(&util::store_arg(&d));
    assert!(loose.len() > 10_000, "{} quads", loose.len());
    assert_eq!(export(&tight_store), loose);
}

/// Two versions of one article (the same URL) in consecutive batches: the later one wins
/// whole, even though the next batch is extracted, and its store look-ups made, while the
/// batch before it is being committed.
#[test]
fn the_later_version_of_an_article_wins_across_batches() {
    let dir = tempfile::tempdir().unwrap();
    let version = |seized: &str| {
        format!(
            "---\ntitle: Port seizure\nurl: https://example.org/news/port-seizure\n---\n\
             Customs officers in Rotterdam seized {seized} of cocaine on 3 May 2024, Europol said.\n"
        )
    };
    let store_dir = tempfile::tempdir().unwrap();
    let store = store_dir.path().join("store").display().to_string();
    let seized = |store: &str| -> Vec<String> {
        util::ok(&["export", "--store", store, "--format", "nquads"])
            .lines()
            .filter(|l| l.contains("#quantity> \""))
            .map(|l| l.split('"').nth(1).unwrap_or("").to_string())
            .collect()
    };
    // v1 alone, then v2 and v1 again in one run of one-article batches: v1 is the later.
    std::fs::write(dir.path().join("a.md"), version("12 kg")).unwrap();
    util::ok(&["load", "--store", &store, dir.path().join("a.md").to_str().unwrap()]);
    assert_eq!(seized(&store), vec!["12"]);
    let run = tempfile::tempdir().unwrap();
    std::fs::write(run.path().join("1.md"), version("40 kg")).unwrap();
    std::fs::write(run.path().join("2.md"), version("12 kg")).unwrap();
    util::ok(&["load", "--store", &store, "--batch", "1", run.path().to_str().unwrap()]);
    assert_eq!(seized(&store), vec!["12"], "the first version, loaded last, wins");
    // And the other way round: v2 last, not mixed with v1.
    std::fs::write(run.path().join("1.md"), version("12 kg")).unwrap();
    std::fs::write(run.path().join("2.md"), version("40 kg")).unwrap();
    util::ok(&["load", "--store", &store, "--batch", "1", run.path().to_str().unwrap()]);
    assert_eq!(seized(&store), vec!["40"]);
}

#[test]
fn export_round_trips_every_format() {
    let d = util::store_with(&[&util::seed(), &util::fixture("a11_unodc_lisbon_maritime_summit.txt")]);
    let store = util::store_arg(&d);
    let reference = parse(
        &util::ok(&["export", "--store", &store, "--format", "nquads"]),
        RdfFormat::NQuads,
    );
    for (name, format) in [
        ("trig", RdfFormat::TriG),
        ("jsonld", RdfFormat::from_extension("jsonld").unwrap()),
    ] {
        let ds = parse(&util::ok(&["export", "--store", &store, "--format", name]), format);
        assert_eq!(ds, reference, "{name} does not round-trip");
    }
    // Graph formats hold the union of the graphs.
    let triples: std::collections::BTreeSet<String> = reference
        .iter()
        .map(|q| format!("{} {} {}", q.subject, q.predicate, q.object))
        .collect();
    for (name, format) in [
        ("turtle", RdfFormat::Turtle),
        ("ntriples", RdfFormat::NTriples),
        ("rdfxml", RdfFormat::RdfXml),
    ] {
        let ds = parse(&util::ok(&["export", "--store", &store, "--format", name]), format);
        let got: std::collections::BTreeSet<String> = ds
            .iter()
            .map(|q| format!("{} {} {}", q.subject, q.predicate, q.object))
            .collect();
        assert_eq!(got, triples, "{name} does not round-trip");
    }
}

#[test]
fn export_one_graph() {
    let d = util::store_with(&[&util::seed(), &util::fixture("a11_unodc_lisbon_maritime_summit.txt")]);
    let store = util::store_arg(&d);
    let nq = util::ok(&["export", "--store", &store, "--format", "nquads"]);
    let graph = nq
        .lines()
        .next()
        .unwrap()
        .rsplit(' ')
        .nth(1)
        .unwrap()
        .trim_matches(|c| c == '<' || c == '>')
        .to_string();
    let one = util::ok(&["export", "--store", &store, "--graph", &graph, "--format", "nquads"]);
    assert!(one.lines().all(|l| l.ends_with(&format!("<{graph}> ."))));
    assert!(one.lines().count() < nq.lines().count());
    let o = util::run(&["export", "--store", &store, "--graph", "https://example.org/none"]);
    assert_eq!(o.status.code(), Some(1));
}

#[test]
fn help_has_examples() {
    for cmd in ["extract", "load", "query", "queries", "export"] {
        let out = util::ok(&[cmd, "--help"]);
        assert!(out.contains("Example: blotter"), "{cmd} --help has no example");
    }
}

/// Regression: `-o /dev/null` once renamed a temporary file over the device.
#[cfg(unix)]
#[test]
fn output_to_a_device_is_written_in_place() {
    use std::os::unix::fs::FileTypeExt;
    util::ok(&["extract", util::seed().to_str().unwrap(), "-o", "/dev/null"]);
    assert!(std::fs::metadata("/dev/null").unwrap().file_type().is_char_device());
}

/// `optimize` rewrites the store's files, never what they hold: the same quads and the same
/// answers after it; and a store that is not there is an error, not a new empty store.
#[test]
fn optimize_keeps_the_store_and_its_answers() {
    let d = util::store_with(&[&util::root().join("tests/fixtures/articles")]);
    let store = util::store_arg(&d);
    let quads = util::ok(&["export", "--store", &store, "--format", "nquads"]);
    let officials = util::ok(&["query", "officials", "--store", &store, "-f", "csv"]);
    let o = util::run(&["optimize", "--store", &store]);
    assert!(o.status.success(), "{}", util::stderr(&o));
    assert!(util::stderr(&o).contains("compacted in"), "{}", util::stderr(&o));
    assert_eq!(util::ok(&["export", "--store", &store, "--format", "nquads"]), quads);
    assert_eq!(
        util::ok(&["query", "officials", "--store", &store, "-f", "csv"]),
        officials
    );

    let empty = tempfile::tempdir().unwrap();
    let missing = empty.path().join("nothing-here");
    let o = util::run(&["optimize", "--store", missing.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert!(util::stderr(&o).contains("no store here yet"), "{}", util::stderr(&o));
    assert!(!missing.exists());
}

/// `--explain FILE` writes Oxigraph's plan as JSON, with the figures of the run: the root
/// operator produced as many solutions as the rows printed.
#[test]
fn explain_writes_the_plan_with_its_figures() {
    let d = util::store_with(&[&util::seed()]);
    let store = util::store_arg(&d);
    let plan = d.path().join("plan.json");
    let out = util::ok(&[
        "query",
        "officials",
        "--store",
        &store,
        "-f",
        "csv",
        "--explain",
        plan.to_str().unwrap(),
    ]);
    let rows = util::csv(&out).len() - 1;
    assert!(rows > 0);
    let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&plan).unwrap()).unwrap();
    assert_eq!(json["plan"]["number of results"].as_u64(), Some(rows as u64), "{json}");
    assert!(json["plan"]["children"].as_array().is_some_and(|c| !c.is_empty()));
}
