//! `blotter validate` against the SHACL shapes, and its verdicts checked against pySHACL's,
//! an independent implementation, on the fixtures and on real output.

use crate::util;
use std::process::Command;

/// pySHACL's verdict: true when the data conforms.
fn pyshacl(data: &std::path::Path) -> bool {
    let out = Command::new("python3")
        .args(["-m", "pyshacl", "-s"])
        .arg(util::root().join("ontology/shapes.ttl"))
        .args(["-i", "none"])
        .arg(data)
        .output()
        .expect("python3 with pyshacl (scripts/setup.sh --test)");
    match out.status.code() {
        Some(0) => true,
        Some(1) => false,
        _ => panic!("pyshacl failed on {data:?}: {}", String::from_utf8_lossy(&out.stderr)),
    }
}

/// blotter's verdict.
fn blotter(data: &std::path::Path) -> bool {
    let o = util::run(&["validate", data.to_str().unwrap()]);
    match o.status.code() {
        Some(0) => true,
        Some(4) => false,
        _ => panic!("blotter validate failed on {data:?}: {}", util::stderr(&o)),
    }
}

#[test]
fn verdicts_agree_with_pyshacl_on_the_shacl_fixtures() {
    for (name, expected) in [("conforming.ttl", true), ("violating.ttl", false)] {
        let p = util::root().join("tests/fixtures/shacl").join(name);
        assert_eq!(pyshacl(&p), expected, "pySHACL on {name}");
        assert_eq!(blotter(&p), expected, "blotter on {name}");
    }
    let out = util::run(&[
        "validate",
        util::root()
            .join("tests/fixtures/shacl/violating.ttl")
            .to_str()
            .unwrap(),
    ]);
    let text = util::stdout(&out);
    for c in ["[sh:in]", "[sh:minInclusive]", "[sh:maxCount]"] {
        assert!(text.contains(c), "{c} not reported: {text}");
    }
}

#[test]
fn real_output_conforms_for_both_validators() {
    let dir = tempfile::tempdir().unwrap();
    for article in [
        "a01_interpol_harmattan_firearms.txt",
        "a06_mekong_golden_current.html",
        "b10_aseanapol_40th_conference.txt",
    ] {
        let ttl = dir.path().join(format!("{article}.ttl"));
        util::ok(&[
            "extract",
            util::fixture(article).to_str().unwrap(),
            "-o",
            ttl.to_str().unwrap(),
        ]);
        assert!(pyshacl(&ttl), "pySHACL rejects the output for {article}");
        assert!(blotter(&ttl), "blotter rejects the output for {article}");
    }
    let seed = dir.path().join("seed.ttl");
    util::ok(&["extract", util::seed().to_str().unwrap(), "-o", seed.to_str().unwrap()]);
    assert!(pyshacl(&seed) && blotter(&seed));
}

#[test]
fn a_broken_graph_fails_both() {
    // Real output with one fact broken by hand: a count that is a string.
    let dir = tempfile::tempdir().unwrap();
    let nt = util::ok(&["extract", util::seed().to_str().unwrap(), "-f", "ntriples"]);
    let broken = nt.replace(
        "<https://w3id.org/blotter/ontology#officerCount> \"7840\"^^<http://www.w3.org/2001/XMLSchema#integer>",
        "<https://w3id.org/blotter/ontology#officerCount> \"7,840\"",
    );
    assert_ne!(nt, broken, "the officer count was not in the output");
    let p = dir.path().join("broken.nt");
    std::fs::write(&p, broken).unwrap();
    assert!(!pyshacl(&p));
    assert!(!blotter(&p));
}

#[test]
fn the_store_validates() {
    let d = util::store_with(&[&util::seed(), &util::fixture("a12_ameripol_jaguar_shield.txt")]);
    let out = util::ok(&["validate", "--store", &util::store_arg(&d)]);
    assert!(out.contains("2 graph(s) conform"), "{out}");
}
