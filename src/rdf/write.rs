//! Writing quads in every RDF format, stably.
//!
//! Output is sorted (graph, subject, predicate, object), so Turtle comes out grouped by
//! subject and two runs over the same input diff clean. Graph formats (Turtle, N-Triples,
//! RDF/XML) get the union of the graphs without duplicates; dataset formats (N-Quads, TriG,
//! JSON-LD) keep one named graph per article.

use super::vocab::PREFIXES;
use crate::error::RdfError;
use oxigraph::io::{RdfFormat, RdfSerializer};
use oxigraph::model::{GraphName, Quad};
use std::io::Write;

/// The formats users name on the command line.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Turtle,
    Ntriples,
    Nquads,
    Trig,
    Jsonld,
    Rdfxml,
}

impl Format {
    pub fn rdf_format(self) -> RdfFormat {
        let ext = match self {
            Format::Turtle => "ttl",
            Format::Ntriples => "nt",
            Format::Nquads => "nq",
            Format::Trig => "trig",
            Format::Jsonld => "jsonld",
            Format::Rdfxml => "rdf",
        };
        RdfFormat::from_extension(ext).expect("known extension")
    }

    pub fn parse(s: &str) -> Result<Format, RdfError> {
        <Format as clap::ValueEnum>::from_str(s, true).map_err(|_| RdfError::UnknownFormat(s.to_string()))
    }

    pub fn keeps_graphs(self) -> bool {
        self.rdf_format().supports_datasets()
    }
}

/// Sorts and deduplicates quads for stable output (graph, subject, predicate, object),
/// comparing the terms in place rather than through their string forms.
pub fn sort(quads: &mut Vec<Quad>) {
    use std::cmp::Ordering;
    fn graph(g: &GraphName) -> (u8, &str) {
        match g {
            GraphName::DefaultGraph => (0, ""),
            GraphName::NamedNode(n) => (1, n.as_str()),
            GraphName::BlankNode(b) => (2, b.as_str()),
        }
    }
    fn subject(s: &oxigraph::model::NamedOrBlankNode) -> (u8, &str) {
        match s {
            oxigraph::model::NamedOrBlankNode::NamedNode(n) => (0, n.as_str()),
            oxigraph::model::NamedOrBlankNode::BlankNode(b) => (1, b.as_str()),
        }
    }
    fn object(t: &oxigraph::model::Term) -> (u8, &str, &str, &str) {
        use oxigraph::model::Term;
        match t {
            Term::NamedNode(n) => (0, n.as_str(), "", ""),
            Term::BlankNode(b) => (1, b.as_str(), "", ""),
            Term::Literal(l) => (2, l.value(), l.datatype().as_str(), l.language().unwrap_or("")),
            #[allow(unreachable_patterns)]
            _ => (3, "", "", ""),
        }
    }
    quads.sort_unstable_by(|a, b| {
        graph(&a.graph_name)
            .cmp(&graph(&b.graph_name))
            .then_with(|| subject(&a.subject).cmp(&subject(&b.subject)))
            .then_with(|| a.predicate.as_str().cmp(b.predicate.as_str()))
            .then_with(|| object(&a.object).cmp(&object(&b.object)))
            .then(Ordering::Equal)
    });
    quads.dedup();
}

/// Writes one group of quads per article: in a dataset format each article is sorted on
/// its own (in parallel) and the articles are ordered by graph name, which is the same
/// order a global sort gives, at a fraction of the cost; graph formats need the global
/// sort to merge the triples articles share.
pub fn write_groups(mut groups: Vec<Vec<Quad>>, format: Format, out: impl Write) -> Result<(), RdfError> {
    use rayon::prelude::*;
    if !format.keeps_graphs() {
        return write(groups.into_iter().flatten().collect(), format, out);
    }
    let name = |v: &Vec<Quad>| v.first().map(|q| q.graph_name.to_string()).unwrap_or_default();
    groups.sort_by_cached_key(name);
    // Inputs with the same IRI (the same article twice) share one graph: merge them.
    let mut merged: Vec<Vec<Quad>> = Vec::with_capacity(groups.len());
    for g in groups {
        match merged.last_mut() {
            Some(last) if !g.is_empty() && name(last) == name(&g) => last.extend(g),
            _ => merged.push(g),
        }
    }
    merged.par_iter_mut().for_each(sort);
    write_presorted(merged.into_iter().flatten(), format, out)
}

fn write_presorted(quads: impl Iterator<Item = Quad>, format: Format, out: impl Write) -> Result<(), RdfError> {
    let mut ser = RdfSerializer::from_format(format.rdf_format());
    for (p, iri) in PREFIXES {
        ser = ser.with_prefix(*p, *iri).map_err(|e| RdfError::InvalidIri {
            what: "prefix",
            value: iri.to_string(),
            reason: e.to_string(),
        })?;
    }
    let mut w = ser.for_writer(out);
    for q in quads {
        w.serialize_quad(&q)?;
    }
    w.finish()?.flush()?;
    Ok(())
}

/// Writes `quads` to `out` in `format`.
pub fn write(mut quads: Vec<Quad>, format: Format, out: impl Write) -> Result<(), RdfError> {
    if !format.keeps_graphs() {
        for q in &mut quads {
            q.graph_name = GraphName::DefaultGraph;
        }
    }
    sort(&mut quads);
    write_presorted(quads.into_iter(), format, out)
}
