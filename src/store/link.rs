//! Identity across articles, beyond what stable IRIs give.
//!
//! Stable IRIs already make "INTERPOL" in one article and "Interpol" in another one node,
//! and "Jürgen Stock" in two articles one person. What they cannot do is tie an article
//! that only says "Mr Stock, INTERPOL's Secretary General" to the Jürgen Stock of another
//! article. After a load, every official known only by one name is compared with the
//! officials known by a full name: when exactly one of them ends with that name and serves
//! the same organization, the one-name node is rewritten to the full-name IRI in its
//! article's graph (its written form kept as an alternative label). Two or more candidates
//! ("John Smith" and "Jane Smith", both at Europol) is ambiguous, and nothing is merged; a
//! full name is never merged with another full name.

use super::BlotterStore;
use crate::error::StoreError;
use crate::rdf::vocab;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};
use std::collections::BTreeMap;

const CANDIDATES: &str = r#"
PREFIX blt: <https://w3id.org/blotter/ontology#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT DISTINCT ?g ?p ?q ?ql WHERE {
  GRAPH ?g { ?p a blt:Official ; rdfs:label ?sl ; blt:memberOf ?org . }
  FILTER(!CONTAINS(STR(?sl), " "))
  GRAPH ?g2 { ?q a blt:Official ; rdfs:label ?ql ; blt:memberOf ?org . }
  FILTER(?p != ?q && CONTAINS(STR(?ql), " ") && STRENDS(LCASE(STR(?ql)), CONCAT(" ", LCASE(STR(?sl)))))
}"#;

/// Merges one-name officials into the unique full-name official they refer to; returns
/// how many were merged.
pub fn resolve_surnames(store: &BlotterStore) -> Result<usize, StoreError> {
    let eval = |e: String| StoreError::QueryEval {
        name: "link".into(),
        message: e,
    };
    let prepared = SparqlEvaluator::new()
        .parse_query(CANDIDATES)
        .map_err(|e| eval(e.to_string()))?;
    let QueryResults::Solutions(sols) = prepared
        .on_store(&store.store)
        .execute()
        .map_err(|e| eval(e.to_string()))?
    else {
        return Ok(0);
    };
    // (graph, one-name node) -> candidate full-name nodes
    let mut cands: BTreeMap<(NamedNode, NamedNode), BTreeMap<NamedNode, String>> = BTreeMap::new();
    for s in sols {
        let s = s.map_err(|e| eval(e.to_string()))?;
        let (Some(Term::NamedNode(g)), Some(Term::NamedNode(p)), Some(Term::NamedNode(q)), Some(Term::Literal(ql))) =
            (s.get("g"), s.get("p"), s.get("q"), s.get("ql"))
        else {
            continue;
        };
        cands
            .entry((g.clone(), p.clone()))
            .or_default()
            .insert(q.clone(), ql.value().to_string());
    }
    let mut merged = 0;
    for ((g, p), qs) in cands {
        if qs.len() != 1 {
            continue; // ambiguous: two people share the name
        }
        let (q, ql) = qs.into_iter().next().expect("one");
        let quads = store.quads(Some(&g))?;
        let swap = |t: &NamedOrBlankNode| -> NamedOrBlankNode {
            match t {
                NamedOrBlankNode::NamedNode(n) if *n == p => NamedOrBlankNode::NamedNode(q.clone()),
                other => other.clone(),
            }
        };
        let mut out: Vec<Quad> = Vec::with_capacity(quads.len() + 1);
        for quad in quads {
            let mut quad = Quad {
                subject: swap(&quad.subject),
                ..quad
            };
            if let Term::NamedNode(n) = &quad.object {
                if *n == p {
                    quad.object = Term::NamedNode(q.clone());
                }
            }
            if quad.subject == NamedOrBlankNode::NamedNode(q.clone())
                && quad.predicate == vocab::ext::RDFS_LABEL.into_owned()
            {
                quad.predicate = vocab::ext::SKOS_ALT_LABEL.into_owned();
            }
            out.push(quad);
        }
        out.push(Quad::new(
            q.clone(),
            vocab::ext::RDFS_LABEL.into_owned(),
            Literal::new_simple_literal(ql),
            GraphName::NamedNode(g.clone()),
        ));
        store.replace_graph(&g, &out)?;
        merged += 1;
    }
    Ok(merged)
}
