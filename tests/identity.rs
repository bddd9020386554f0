//! Identity across articles (tests/fixtures/identity): one node per entity when loaded into
//! one store, and a refusal to merge where the text does not decide.
//!
//! one.txt names "INTERPOL Secretary General Jürgen Stock", "Interpol", "the European Union
//! Agency for Law Enforcement Cooperation (Europol)", and two Smiths at Europol (John and
//! Jane). two.txt says only "Mr Stock, INTERPOL's Secretary General", "Europol" and
//! "Ms Smith, Europol's spokesperson".

use crate::util::{self, csv};

#[test]
fn one_node_per_entity_and_no_merge_when_ambiguous() {
    let d = util::store_with(&[&util::root().join("tests/fixtures/identity")]);
    let store = util::store_arg(&d);
    let officials = util::ok(&["query", "officials", "--store", &store, "-f", "csv"]);
    let names: Vec<String> = csv(&officials).into_iter().skip(1).map(|r| r[0].clone()).collect();
    // Mr Stock of INTERPOL is Jürgen Stock: one node, with the article's form as an alias.
    assert!(names.contains(&"Jürgen Stock".to_string()), "{names:?}");
    assert!(
        !names.contains(&"Stock".to_string()),
        "Mr Stock was not tied to Jürgen Stock: {names:?}"
    );
    let e = util::ok(&[
        "query",
        "entity",
        "--param",
        "name=Mr Stock",
        "--store",
        &store,
        "-f",
        "csv",
    ]);
    let rows = csv(&e);
    assert!(
        rows.iter().any(|r| r.len() > 3 && r[1] == "mentionedIn" && r[3] == "1"),
        "{e}"
    );
    assert_eq!(
        rows.iter().filter(|r| r.len() > 1 && r[1] == "mentionedIn").count(),
        2,
        "one node, two articles: {e}"
    );
    // Ms Smith could be John or Jane: she stays her own node.
    for n in ["John Smith", "Jane Smith", "Smith"] {
        assert!(names.contains(&n.to_string()), "{n} missing: {names:?}");
    }
    // "Interpol"/"INTERPOL" and the expansion of Europol are one organization each.
    let nt = util::ok(&["export", "--store", &store, "-f", "ntriples"]);
    let orgs: std::collections::BTreeSet<&str> = nt
        .lines()
        .filter(|l| l.contains("#type> <https://w3id.org/blotter/ontology#Organization>"))
        .map(|l| l.split(' ').next().unwrap())
        .collect();
    assert_eq!(
        orgs,
        [
            "<https://w3id.org/blotter/id/org/europol>",
            "<https://w3id.org/blotter/id/org/interpol>"
        ]
        .into_iter()
        .collect()
    );
    // Countries and bodies link out.
    assert!(nt.contains("<https://w3id.org/blotter/id/org/interpol> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/"));
}

/// The tie does not depend on which article comes first: the one-name article loaded in
/// one run and the full-name article in a later one give the same nodes as one run does.
#[test]
fn one_name_is_tied_when_the_full_name_comes_later() {
    let dir = util::root().join("tests/fixtures/identity");
    let d = util::store_with(&[&dir.join("two.txt")]);
    let store = util::store_arg(&d);
    let names = |store: &str| -> Vec<String> {
        let out = util::ok(&["query", "officials", "--store", store, "-f", "csv"]);
        csv(&out).into_iter().skip(1).map(|r| r[0].clone()).collect()
    };
    // Alone, "Mr Stock" has no full name to be tied to.
    assert!(names(&store).contains(&"Stock".to_string()), "{:?}", names(&store));
    util::ok(&["load", "--store", &store, &dir.join("one.txt").display().to_string()]);
    let after = names(&store);
    assert!(after.contains(&"Jürgen Stock".to_string()), "{after:?}");
    assert!(
        !after.contains(&"Stock".to_string()),
        "Mr Stock was not tied later: {after:?}"
    );
    // Still ambiguous: Ms Smith stays apart from John and Jane.
    assert!(after.contains(&"Smith".to_string()), "{after:?}");
    let together = util::store_with(&[&dir]);
    let export = |s: &str| {
        let mut lines: Vec<String> = util::ok(&["export", "--store", s, "-f", "nquads"])
            .lines()
            // Each run records its own time.
            .filter(|l| !l.contains("startedAt") && !l.contains("endedAtTime") && !l.contains("generatedAtTime"))
            .map(str::to_string)
            .collect();
        lines.sort();
        lines
    };
    assert_eq!(export(&store), export(&util::store_arg(&together)));
}

#[test]
fn user_links_table() {
    let dir = tempfile::tempdir().unwrap();
    let links = dir.path().join("links.tsv");
    std::fs::write(
        &links,
        "# label or IRI, then the external IRI\nJürgen Stock\thttp://www.wikidata.org/entity/Q1234567\n",
    )
    .unwrap();
    let out = util::ok(&[
        "extract",
        util::seed().to_str().unwrap(),
        "-f",
        "ntriples",
        "--links",
        links.to_str().unwrap(),
    ]);
    assert!(out.contains("<https://w3id.org/blotter/id/person/jurgen-stock> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://www.wikidata.org/entity/Q1234567>"));
    assert!(out.contains("<https://w3id.org/blotter/id/country/AUT> <http://www.w3.org/2004/02/skos/core#exactMatch> <http://publications.europa.eu/resource/authority/country/AUT>"));
    std::fs::write(&links, "Jürgen Stock\tnot an iri\n").unwrap();
    let o = util::run(&[
        "extract",
        util::seed().to_str().unwrap(),
        "--links",
        links.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
}
