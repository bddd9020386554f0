//! Writing quads in every RDF format, stably.
//!
//! Output is sorted (graph, subject, predicate, object), so Turtle comes out grouped by
//! subject and two runs over the same input diff clean. Graph formats (Turtle, N-Triples,
//! RDF/XML) get the union of the graphs without duplicates, sorted as a whole ([`write`]);
//! dataset formats (N-Quads, TriG, JSON-LD) keep one named graph per article, written one
//! article at a time in input order, each sorted ([`ArticleWriter`]).

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

fn write_presorted(quads: impl Iterator<Item = Quad>, format: Format, out: impl Write) -> Result<(), RdfError> {
    let mut w = serializer(format)?.for_writer(out);
    for q in quads {
        w.serialize_quad(&q)?;
    }
    w.finish()?.flush()?;
    Ok(())
}

fn serializer(format: Format) -> Result<RdfSerializer, RdfError> {
    let mut ser = RdfSerializer::from_format(format.rdf_format());
    for (p, iri) in PREFIXES {
        ser = ser.with_prefix(*p, *iri).map_err(|e| RdfError::InvalidIri {
            what: "prefix",
            value: iri.to_string(),
            reason: e.to_string(),
        })?;
    }
    Ok(ser)
}

/// Writes a dataset format one article at a time, so memory holds one article's quads and
/// not the whole corpus's. Each article's quads are sorted; the articles come in the order
/// they are given, which is stable when the inputs are (blotter sorts the paths it walks).
/// An article given twice is written twice: the dataset, a union of quads, is the same.
pub struct ArticleWriter<W: Write> {
    inner: oxigraph::io::WriterQuadSerializer<W>,
}

impl<W: Write> ArticleWriter<W> {
    /// Starts the output. Fails for a graph format (Turtle, N-Triples, RDF/XML): merging
    /// the triples that articles share needs every article first ([`write`]).
    pub fn new(format: Format, out: W) -> Result<ArticleWriter<W>, RdfError> {
        if !format.keeps_graphs() {
            return Err(RdfError::NotStreamable(format!("{format:?}")));
        }
        Ok(ArticleWriter {
            inner: serializer(format)?.for_writer(out),
        })
    }

    /// Sorts and writes one article's quads.
    pub fn write_article(&mut self, mut quads: Vec<Quad>) -> Result<(), RdfError> {
        sort(&mut quads);
        for q in &quads {
            self.inner.serialize_quad(q)?;
        }
        Ok(())
    }

    /// Ends the output (closing brackets for TriG and JSON-LD) and flushes it.
    pub fn finish(self) -> Result<W, RdfError> {
        let mut w = self.inner.finish()?;
        w.flush()?;
        Ok(w)
    }
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
