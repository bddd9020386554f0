//! Every bundled query against the seed article's store; expected rows checked by hand
//! against the article.

use crate::util::{self, csv};

fn query(dir: &tempfile::TempDir, name: &str, params: &[&str]) -> Vec<Vec<String>> {
    let store = util::store_arg(dir);
    let mut args = vec!["query", name, "--store", &store, "--format", "csv"];
    for p in params {
        args.push("--param");
        args.push(p);
    }
    let out = util::ok(&args);
    let mut rows = csv(&out);
    assert!(!rows.is_empty(), "{name}: no header");
    rows.remove(0);
    rows
}

fn seed_store() -> tempfile::TempDir {
    util::store_with(&[&util::seed()])
}

#[test]
fn officials_and_filters() {
    let d = seed_store();
    let rows = query(&d, "officials", &[]);
    let got: Vec<(&str, &str, &str, &str)> = rows
        .iter()
        .map(|r| (r[0].as_str(), r[1].as_str(), r[2].as_str(), r[3].as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Jürgen Stock", "Secretary General", "INTERPOL", ""),
            ("Konrad Kogler", "Director General of Public Security", "", "Austria"),
            ("Meng Hongwei", "President", "INTERPOL", ""),
        ]
    );
    let interpol = query(&d, "officials", &["org=interpol"]);
    assert_eq!(
        interpol.iter().map(|r| r[0].as_str()).collect::<Vec<_>>(),
        vec!["Jürgen Stock", "Meng Hongwei"]
    );
}

#[test]
fn conferences_and_operations() {
    let d = seed_store();
    let c = query(&d, "conferences", &[]);
    assert_eq!(c.len(), 1);
    assert_eq!(
        &c[0][..3],
        &["INTERPOL European Regional Conference", "2017-05-16", "2017-05-18"]
    );
    assert!(
        c[0].contains(&"170".to_string()) && c[0].contains(&"50".to_string()),
        "{c:?}"
    );
    let o = query(&d, "operations", &[]);
    assert_eq!(o.len(), 1);
    assert_eq!(&o[0][..2], &["Operation Trigger II", "INTERPOL"]);
    assert!(
        o[0].contains(&"7840".to_string()) && o[0].contains(&"23".to_string()),
        "{o:?}"
    );
}

#[test]
fn seizures_totals_per_category() {
    let d = seed_store();
    let rows = query(&d, "seizures-by-operation", &[]);
    let got: Vec<(&str, &str, &str, &str, &str)> = rows
        .iter()
        .map(|r| {
            (
                r[0].as_str(),
                r[1].as_str(),
                r[2].as_str(),
                r[3].as_str(),
                r[4].as_str(),
            )
        })
        .collect();
    assert_eq!(
        got,
        vec![
            ("Operation Trigger II", "Ammunition", "item", "20000", "1"),
            ("Operation Trigger II", "Explosive", "", "", "2"),
            ("Operation Trigger II", "Firearm", "item", "320", "1"),
        ]
    );
}

#[test]
fn entity_profile_sources_countries_quotations_articles() {
    let d = seed_store();
    let e = query(&d, "entity", &["name=Mr Stock"]);
    assert!(
        e.iter().any(|r| r[1] == "title" && r[2] == "Secretary General"),
        "{e:?}"
    );
    assert!(e.iter().any(|r| r[1] == "memberOf" && r[2] == "INTERPOL"), "{e:?}");

    let p = query(&d, "organization-profile", &["org=INTERPOL"]);
    let names: Vec<&str> = p.iter().map(|r| r[3].as_str()).collect();
    for n in [
        "Jürgen Stock",
        "Meng Hongwei",
        "INTERPOL European Regional Conference",
        "Operation Trigger II",
        "INTERPOL Global Complex for Innovation",
    ] {
        assert!(names.contains(&n), "{n} missing from {p:?}");
    }

    let f = query(&d, "fact-sources", &["name=Jürgen Stock"]);
    let title = f.iter().find(|r| r[1] == "title").expect("title has a source");
    assert_eq!(title[2], "Secretary General");
    assert!(
        title[4].starts_with("INTERPOL Secretary General Jürgen Stock said"),
        "{title:?}"
    );

    let c = query(&d, "countries", &[]);
    assert_eq!(c.len(), 1);
    assert_eq!(&c[0][..4], &["Austria", "AT", "country of", "Konrad Kogler"]);

    let q = query(&d, "quotations", &["speaker=Konrad Kogler"]);
    assert_eq!(q.len(), 1);
    assert!(
        q[0][3].starts_with("The most effective weapon against transnational crime"),
        "{q:?}"
    );

    let a = query(&d, "articles", &[]);
    assert_eq!(a.len(), 1);
    assert_eq!(
        a[0][1],
        "Cybercrime, returnee terrorists key focus at INTERPOL regional conference"
    );
}

#[test]
fn parameters_are_values_never_query_text() {
    let d = seed_store();
    for evil in [
        "org=INTERPOL\" } UNION { ?x ?y ?z } #",
        "org=\") || true || (\"",
        "org=} SELECT * WHERE { ?s ?p ?o }",
    ] {
        assert!(query(&d, "officials", &[evil]).is_empty(), "{evil} returned rows");
    }
}

#[test]
fn missing_required_parameter_and_unknown_query() {
    let d = seed_store();
    let store = util::store_arg(&d);
    let o = util::run(&["query", "entity", "--store", &store]);
    assert!(!o.status.success());
    assert!(util::stderr(&o).contains("--param name="), "{}", util::stderr(&o));
    let o = util::run(&["query", "no-such-query", "--store", &store]);
    assert!(!o.status.success());
    assert!(util::stderr(&o).contains("blotter queries"));
}

#[test]
fn result_formats() {
    let d = seed_store();
    let store = util::store_arg(&d);
    let json = util::ok(&["query", "officials", "--store", &store, "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    assert_eq!(v["results"]["bindings"].as_array().unwrap().len(), 3);
    let table = util::ok(&["query", "officials", "--store", &store, "--format", "table"]);
    assert!(table.contains("Jürgen Stock") && table.contains("(3 rows)"), "{table}");
    let xml = util::ok(&["query", "officials", "--store", &store, "--format", "xml"]);
    assert!(xml.contains("<sparql"));
}

#[test]
fn listing_shows_every_query_with_its_description() {
    let out = util::ok(&["queries"]);
    assert!(out.lines().count() >= 8);
    assert!(out.contains("officials") && out.contains("Which officials are known"));
}

/// Two articles stating the same entities (the seed, and the seed with another first line,
/// so another graph), plus a02, whose last two quotations name no speaker. Every listing
/// query must give each entity once, whatever the number of graphs stating it, and a
/// quotation without a speaker must stay one row.
#[test]
fn entities_stated_by_several_articles_are_listed_once() {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(util::seed()).unwrap();
    let copy = dir.path().join("seed-again.txt");
    std::fs::write(&copy, format!("Regional conference ends in Benidorm\n\n{seed}")).unwrap();
    let d = util::store_with(&[
        &util::seed(),
        &copy,
        &util::fixture("a02_europol_lekythos_cultural_goods.txt"),
    ]);

    assert_eq!(query(&d, "articles", &[]).len(), 3);
    let officials: Vec<String> = query(&d, "officials", &[]).into_iter().map(|r| r[0].clone()).collect();
    let mut unique = officials.clone();
    unique.dedup();
    assert_eq!(officials, unique, "an official listed twice");
    assert!(officials.contains(&"Jürgen Stock".to_string()), "{officials:?}");
    let conferences = query(&d, "conferences", &[]);
    assert_eq!(conferences.len(), 1, "{conferences:?}");
    let trigger: Vec<_> = query(&d, "operations", &[])
        .into_iter()
        .filter(|r| r[0] == "Operation Trigger II")
        .collect();
    assert_eq!(trigger.len(), 1, "{trigger:?}");

    // Quotations: the seed's, once per copy, and a02's four, two of them unattributed.
    let seed_only = query(&seed_store(), "quotations", &[]).len();
    let q = query(&d, "quotations", &[]);
    assert_eq!(q.len(), 2 * seed_only + 4, "{q:#?}");
    assert_eq!(q.iter().filter(|r| r[0] == "(unknown)").count(), 2, "{q:#?}");

    // By name, the entity is one node stated in two articles; by IRI, the same.
    let e = query(&d, "entity", &["name=interpol"]);
    let mentioned: Vec<_> = e.iter().filter(|r| r[1] == "mentionedIn").collect();
    assert!(mentioned.len() >= 2, "{e:?}");
    let by_iri = query(&d, "entity", &["name=<https://w3id.org/blotter/id/org/interpol>"]);
    assert_eq!(
        e.iter().map(|r| &r[..4]).collect::<Vec<_>>(),
        by_iri.iter().map(|r| &r[..4]).collect::<Vec<_>>()
    );
    let f = query(&d, "fact-sources", &["name=operation trigger ii"]);
    let articles: std::collections::BTreeSet<&str> = f.iter().map(|r| r[3].as_str()).collect();
    assert_eq!(articles.len(), 2, "{f:?}");
    let f_iri = query(
        &d,
        "fact-sources",
        &["name=<https://w3id.org/blotter/id/operation/operation-trigger-ii>"],
    );
    assert_eq!(
        f,
        f_iri
            .into_iter()
            .map(|mut r| {
                r[7] = f[0][7].clone();
                r
            })
            .collect::<Vec<_>>()
    );
}
