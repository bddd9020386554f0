//! The founding article: every fact issue #2 lists, read back through an RDF parser.
//! Expected values are the issue's, checked against the article by hand.

use crate::util;
use oxigraph::io::RdfFormat;
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use oxigraph::store::Store;

fn seed_store() -> Store {
    let nq = util::ok(&["extract", util::seed().to_str().unwrap(), "--format", "nquads"]);
    let store = Store::new().unwrap();
    store.load_from_reader(RdfFormat::NQuads, nq.as_bytes()).unwrap();
    store
}

/// Rows of `q` (default graph = union) as strings.
fn rows(store: &Store, q: &str) -> Vec<Vec<String>> {
    let q = format!("PREFIX blt: <https://w3id.org/blotter/ontology#>\nPREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\nPREFIX skos: <http://www.w3.org/2004/02/skos/core#>\n{q}");
    let mut prepared = SparqlEvaluator::new().parse_query(&q).unwrap();
    prepared.dataset_mut().set_default_graph_as_union();
    let QueryResults::Solutions(sols) = prepared.on_store(store).execute().unwrap() else {
        panic!("not a select")
    };
    let vars = sols.variables().to_vec();
    let mut out: Vec<Vec<String>> = sols
        .map(|s| {
            let s = s.unwrap();
            vars.iter()
                .map(|v| match s.get(v) {
                    Some(oxigraph::model::Term::Literal(l)) => l.value().to_string(),
                    Some(t) => t.to_string(),
                    None => String::new(),
                })
                .collect()
        })
        .collect();
    out.sort();
    out
}

fn r(v: &[&str]) -> Vec<String> {
    v.iter().map(|s| s.to_string()).collect()
}

#[test]
fn organizations_are_the_two_named_ones() {
    let s = seed_store();
    let got = rows(&s, "SELECT ?l WHERE { ?o a blt:Organization ; rdfs:label ?l }");
    assert_eq!(
        got,
        vec![r(&["INTERPOL"]), r(&["INTERPOL Global Complex for Innovation"])]
    );
}

#[test]
fn officials_one_node_each_with_title_org_country() {
    let s = seed_store();
    let got = rows(
        &s,
        "SELECT ?l ?t ?org ?c WHERE { ?p a blt:Official ; rdfs:label ?l ; blt:title ?t .
           OPTIONAL { ?p blt:memberOf/rdfs:label ?org } OPTIONAL { ?p blt:country/rdfs:label ?c } }",
    );
    assert_eq!(
        got,
        vec![
            r(&["Jürgen Stock", "Secretary General", "INTERPOL", ""]),
            r(&["Konrad Kogler", "Director General of Public Security", "", "Austria"]),
            r(&["Meng Hongwei", "President", "INTERPOL", ""]),
        ]
    );
    let aliases = rows(
        &s,
        "SELECT ?a WHERE { ?p rdfs:label \"Jürgen Stock\" ; skos:altLabel ?a }",
    );
    assert!(
        aliases.contains(&r(&["Mr Stock"])) && aliases.contains(&r(&["Jürgen"])),
        "{aliases:?}"
    );
    let meng = rows(
        &s,
        "SELECT ?a WHERE { ?p rdfs:label \"Meng Hongwei\" ; skos:altLabel ?a }",
    );
    assert!(meng.contains(&r(&["President Meng"])), "{meng:?}");
}

#[test]
fn conference_facts() {
    let s = seed_store();
    let got = rows(
        &s,
        "SELECT ?l ?org ?start ?end ?att ?q ?cc WHERE { ?c a blt:Conference ; rdfs:label ?l ; blt:organizer/rdfs:label ?org ;
           blt:startDate ?start ; blt:endDate ?end ; blt:attendeeCount ?att ; blt:attendeeCountQualifier ?q ; blt:countryCount ?cc }",
    );
    assert_eq!(
        got,
        vec![r(&[
            "INTERPOL European Regional Conference",
            "INTERPOL",
            "2017-05-16",
            "2017-05-18",
            "170",
            "<https://w3id.org/blotter/ontology#MoreThan>",
            "50"
        ])]
    );
}

#[test]
fn operation_facts() {
    let s = seed_store();
    let got = rows(
        &s,
        "SELECT ?l ?coord ?off ?cc ?dur WHERE { ?o a blt:Operation ; rdfs:label ?l ; blt:coordinator/rdfs:label ?coord ;
           blt:officerCount ?off ; blt:countryCount ?cc ; blt:duration ?dur }",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0][..4], r(&["Operation Trigger II", "INTERPOL", "7840", "23"])[..]);
    // 48 hours, whatever the duration's canonical form.
    assert!(["PT48H", "P2D"].contains(&got[0][4].as_str()), "{got:?}");
}

#[test]
fn seizure_items_and_no_invented_quantities() {
    let s = seed_store();
    let got = rows(
        &s,
        "SELECT ?cat ?q ?u WHERE { ?s a blt:Seizure ; blt:duringOperation/rdfs:label \"Operation Trigger II\" ; blt:seized ?i .
           ?i blt:category ?cat . OPTIONAL { ?i blt:quantity ?q } OPTIONAL { ?i blt:unit ?u } }",
    );
    let b = "https://w3id.org/blotter/ontology#";
    assert_eq!(
        got,
        vec![
            vec![format!("<{b}Ammunition>"), "20000".into(), "item".into()],
            vec![format!("<{b}Explosive>"), String::new(), String::new()],
            vec![format!("<{b}Explosive>"), String::new(), String::new()],
            vec![format!("<{b}Firearm>"), "320".into(), "item".into()],
        ]
    );
    let subs = rows(&s, "SELECT ?l WHERE { ?i blt:includes ?x . ?x blt:itemLabel ?l }");
    assert_eq!(subs, vec![r(&["machine gun"]), r(&["rocket launcher"])]);
}

#[test]
fn nothing_from_the_page_furniture() {
    let nq = util::ok(&["extract", util::seed().to_str().unwrap(), "--format", "nquads"]);
    for furniture in [
        "Visited 17 times",
        "Leave a Reply",
        "Akismet",
        "Be the first to comment",
    ] {
        assert!(!nq.contains(furniture), "{furniture} leaked into the graph");
    }
}

#[test]
fn quotations_are_attributed() {
    let s = seed_store();
    let got = rows(
        &s,
        "SELECT ?who (COUNT(?q) AS ?n) WHERE { ?q a blt:Quotation ; blt:spokenBy/rdfs:label ?who } GROUP BY ?who",
    );
    assert_eq!(
        got,
        vec![
            r(&["Jürgen Stock", "2"]),
            r(&["Konrad Kogler", "1"]),
            r(&["Meng Hongwei", "2"])
        ]
    );
}
