//! Identity across articles, beyond what stable IRIs give.
//!
//! Stable IRIs already make "INTERPOL" in one article and "Interpol" in another one node,
//! and "Jürgen Stock" in two articles one person. What they cannot do is tie an article
//! that only says "Mr Stock, INTERPOL's Secretary General" to the Jürgen Stock of another
//! article. After each batch that `load` commits, every official known only by one name in
//! those articles, or known by one name elsewhere and completed by a full name in them, is
//! compared with the officials known by a full name: when exactly one of them ends with
//! that name and serves
//! the same organization, the one-name node is rewritten to the full-name IRI in its
//! article's graph (its written form kept as an alternative label). Two or more candidates
//! ("John Smith" and "Jane Smith", both at Europol) is ambiguous, and nothing is merged; a
//! full name is never merged with another full name.

use super::BlotterStore;
use crate::error::StoreError;
use crate::rdf::iri::Base;
use crate::rdf::vocab;
use oxigraph::model::{GraphName, GraphNameRef, Literal, NamedNode, NamedNodeRef, NamedOrBlankNode, Quad, Term};
use std::collections::{BTreeMap, BTreeSet};

/// Whether a name is a single word ("Stock"), which is what a one-name node is known by.
fn one_word(name: &str) -> bool {
    name.split_whitespace().count() == 1
}

/// What [`resolve_surnames`] needs from a batch of article graphs, read from their quads
/// before they go to the store (the bulk loader takes the quads themselves, uncopied).
#[derive(Debug, Default)]
pub struct BatchNames {
    /// (graph, official) pairs whose official is known by one name in that graph.
    one_name: BTreeSet<(NamedNode, NamedNode)>,
    /// The `blt:surnameKey`s of the batch's officials known by a full name.
    surnames: BTreeSet<String>,
}

impl BatchNames {
    /// Reads the officials of a batch of article graphs (each with its quads).
    pub fn of(batch: &[(&NamedNode, &[Quad])]) -> BatchNames {
        let mut names = BatchNames::default();
        for (g, quads) in batch {
            let officials: std::collections::HashSet<&NamedOrBlankNode> = quads
                .iter()
                .filter(|q| q.predicate == vocab::ext::RDF_TYPE && q.object == Term::from(vocab::OFFICIAL.into_owned()))
                .map(|q| &q.subject)
                .collect();
            let mut seen = BTreeSet::new();
            for q in quads.iter() {
                let (NamedOrBlankNode::NamedNode(n), Term::Literal(l)) = (&q.subject, &q.object) else {
                    continue;
                };
                if q.predicate != vocab::ext::RDFS_LABEL || !officials.contains(&q.subject) || !seen.insert(n) {
                    continue;
                }
                if one_word(l.value()) {
                    names.one_name.insert(((*g).clone(), n.clone()));
                } else if let Some(k) = crate::rdf::surname_key(l.value()) {
                    names.surnames.insert(k);
                }
            }
        }
        names
    }
}

/// Ties one-name officials to full names, for a batch of article graphs just written
/// (its [`BatchNames`], read before the write): the batch's own one-name officials, and the
/// one-name officials of earlier articles that a full name in the batch may complete. The
/// store is asked by index look-ups only (the one-name node's IRI once per distinct surname
/// in the batch, `blt:surnameKey` once per one-name official to decide), so the cost
/// follows the batch, not the store. `base` must be the one the batch's IRIs were minted
/// with. Returns how many one-name nodes were merged.
pub fn resolve_surnames(store: &BlotterStore, base: &Base, batch: BatchNames) -> Result<usize, StoreError> {
    let oxi = &store.store;
    // The (graph, one-name official) pairs to decide, and the surnames the batch's full
    // names give.
    let BatchNames {
        one_name: mut todo,
        surnames,
    } = batch;
    // Earlier one-name officials that a full name of the batch may complete. A person's IRI
    // is the slug of its name, so the one-name node for "Hans Bauer" can only be
    // person/bauer: one look-up of the graphs where that node is an official.
    for key in surnames {
        let p = base.person(&crate::text::words::slug(&key));
        for q in oxi.quads_for_pattern(
            Some(p.as_ref().into()),
            Some(vocab::ext::RDF_TYPE),
            Some(vocab::OFFICIAL.into()),
            None,
        ) {
            if let GraphName::NamedNode(pg) = q?.graph_name {
                if !todo.contains(&(pg.clone(), p.clone()))
                    && label_of(store, p.as_ref(), pg.as_ref())?.is_some_and(|l| one_word(&l))
                {
                    todo.insert((pg, p.clone()));
                }
            }
        }
    }
    // (graph, one-name node) -> candidate full-name nodes, with a label of theirs
    let mut cands: BTreeMap<(NamedNode, NamedNode), BTreeMap<NamedNode, String>> = BTreeMap::new();
    for (g, p) in todo {
        let Some(label) = label_of(store, p.as_ref(), g.as_ref())? else {
            continue;
        };
        let orgs = objects(store, p.as_ref(), vocab::MEMBER_OF, g.as_ref())?;
        if orgs.is_empty() || !is_official(store, p.as_ref(), g.as_ref())? {
            continue;
        }
        let key = Literal::new_simple_literal(crate::rdf::name_key(&label));
        let found = cands.entry((g.clone(), p.clone())).or_default();
        for q in oxi.quads_for_pattern(None, Some(vocab::SURNAME_KEY), Some(key.as_ref().into()), None) {
            let q = q?;
            let (NamedOrBlankNode::NamedNode(full), GraphName::NamedNode(fg)) = (q.subject, q.graph_name) else {
                continue;
            };
            if full == p || found.contains_key(&full) || !is_official(store, full.as_ref(), fg.as_ref())? {
                continue;
            }
            let serves = objects(store, full.as_ref(), vocab::MEMBER_OF, fg.as_ref())?;
            if !serves.iter().any(|o| orgs.contains(o)) {
                continue;
            }
            if let Some(full_label) = label_of(store, full.as_ref(), fg.as_ref())?.filter(|l| !one_word(l)) {
                found.insert(full, full_label);
            }
        }
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
        if let Some(k) = crate::rdf::surname_key(&ql) {
            out.push(Quad::new(
                q.clone(),
                vocab::SURNAME_KEY.into_owned(),
                Literal::new_simple_literal(k),
                GraphName::NamedNode(g.clone()),
            ));
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

/// The node's label in graph `g` (the first, if an article gave several).
fn label_of(store: &BlotterStore, n: NamedNodeRef<'_>, g: NamedNodeRef<'_>) -> Result<Option<String>, StoreError> {
    Ok(objects(store, n, vocab::ext::RDFS_LABEL, g)?
        .into_iter()
        .find_map(|o| match o {
            Term::Literal(l) => Some(l.value().to_string()),
            _ => None,
        }))
}

fn objects(
    store: &BlotterStore,
    s: NamedNodeRef<'_>,
    p: NamedNodeRef<'_>,
    g: NamedNodeRef<'_>,
) -> Result<Vec<Term>, StoreError> {
    let mut out = Vec::new();
    for q in store
        .store
        .quads_for_pattern(Some(s.into()), Some(p), None, Some(GraphNameRef::NamedNode(g)))
    {
        out.push(q?.object);
    }
    Ok(out)
}

fn is_official(store: &BlotterStore, n: NamedNodeRef<'_>, g: NamedNodeRef<'_>) -> Result<bool, StoreError> {
    Ok(store.store.contains(oxigraph::model::QuadRef::new(
        n,
        vocab::ext::RDF_TYPE,
        vocab::OFFICIAL,
        GraphNameRef::NamedNode(g),
    ))?)
}
