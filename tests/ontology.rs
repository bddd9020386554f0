//! The ontology file and the code agree: every `blt:` term the code can emit is declared,
//! and the ontology declares no `blt:` term the code does not know.

use blotter::rdf::vocab;
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::NamedNode;
use std::collections::BTreeSet;

fn declared() -> BTreeSet<String> {
    let text = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/ontology/blotter.ttl")).unwrap();
    let rdf_type = NamedNode::new("http://www.w3.org/1999/02/22-rdf-syntax-ns#type").unwrap();
    let mut out = BTreeSet::new();
    for q in RdfParser::from_format(RdfFormat::Turtle).for_reader(text.as_bytes()) {
        let q = q.unwrap();
        if q.predicate == rdf_type {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = &q.subject {
                if n.as_str().starts_with(vocab::BLT) {
                    out.insert(n.as_str().to_string());
                }
            }
        }
    }
    out
}

#[test]
fn every_emitted_term_is_declared_and_nothing_else() {
    let declared = declared();
    let mut code: BTreeSet<String> = vocab::ALL.iter().map(|t| t.as_str().to_string()).collect();
    code.extend(vocab::CATEGORIES.iter().map(|t| t.as_str().to_string()));
    code.extend(vocab::QUALIFIERS.iter().map(|t| t.as_str().to_string()));
    // Schemes and the classes of concepts are declared for the ontology's own structure.
    let structural: BTreeSet<String> = ["SeizureCategories", "Qualifiers", "SeizureCategory", "Qualifier"]
        .iter()
        .map(|l| format!("{}{l}", vocab::BLT))
        .collect();
    let missing: Vec<&String> = code.difference(&declared).collect();
    assert!(missing.is_empty(), "emitted but not declared: {missing:?}");
    let unknown: Vec<&String> = declared
        .difference(&code)
        .filter(|t| !structural.contains(*t))
        .collect();
    assert!(unknown.is_empty(), "declared but never emitted: {unknown:?}");
}

#[test]
fn terms_in_real_output_are_declared() {
    let declared = declared();
    let out = crate::util::ok(&[
        "extract",
        crate::util::root().join("tests/fixtures/articles").to_str().unwrap(),
        "--format",
        "ntriples",
    ]);
    let used: BTreeSet<String> = out
        .split(['<', '>'])
        .filter(|s| s.starts_with(vocab::BLT))
        .map(str::to_string)
        .collect();
    let undeclared: Vec<&String> = used.difference(&declared).collect();
    assert!(undeclared.is_empty(), "{undeclared:?}");
}
