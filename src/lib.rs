//! blotter: law-enforcement news to a linked-data knowledge graph.
//!
//! The pipeline, one module per stage, each handing the next its own type:
//!
//! ```text
//! document  (bytes -> Document: decoding, HTML/Markdown, page furniture, metadata)
//!   -> text     (NormText with stable offsets, sentences, numbers, dates)
//!   -> detect   (one detector per kind: organizations, officials, events, seizures, quotes)
//!   -> resolve  (coreference, merging -> model::Extraction)
//!   -> rdf      (vocabulary constants, quads in one named graph per article, provenance)
//!   -> store    (embedded Oxigraph: load, query, export; push to SPARQL 1.1 stores)
//! ```

pub mod detect;
pub mod document;
pub mod error;
pub mod model;
pub mod rdf;
pub mod resolve;
pub mod store;
pub mod text;
pub mod validate;

pub use error::{Error, Result};

use document::Document;
use model::Extraction;

/// Extracts the typed facts of one document.
pub fn extract(doc: &Document) -> Extraction {
    resolve::extract(doc)
}

/// One article through the whole pipeline.
pub struct Processed {
    pub extraction: Extraction,
    pub graph: oxigraph::model::NamedNode,
    pub quads: Vec<oxigraph::model::Quad>,
}

/// Settings shared by every article of a run.
pub struct Pipeline {
    pub base: rdf::iri::Base,
    pub links: rdf::links::Links,
    pub max_bytes: u64,
    /// The article URL given by the user (single-input runs).
    pub url: Option<String>,
}

impl Pipeline {
    /// Reads, extracts and maps one input.
    pub fn process(&self, path: &std::path::Path) -> std::result::Result<Processed, error::ReadError> {
        Ok(self.process_document(&self.read(path)?))
    }

    /// Reads one input, with the run's URL if one was given.
    pub fn read(&self, path: &std::path::Path) -> std::result::Result<Document, error::ReadError> {
        let mut doc = document::read_path(path, self.max_bytes)?;
        if let Some(u) = &self.url {
            doc.url = Some(u.clone());
        }
        Ok(doc)
    }

    /// The IRI of the graph [`Pipeline::process_document`] will put the document in, known
    /// before extraction: a store can tell from it and the content hash that an article is
    /// already loaded, and skip it unextracted.
    pub fn graph_of(&self, doc: &Document) -> oxigraph::model::NamedNode {
        let url = doc.url.as_deref().filter(|u| rdf::iri::check_url(u).is_ok());
        self.base.article(url, &doc.content_hash)
    }

    /// Extracts and maps an already read document.
    pub fn process_document(&self, doc: &Document) -> Processed {
        let mut doc = doc.clone();
        // A URL that is not a valid IRI cannot name the article.
        if doc.url.as_deref().is_some_and(|u| rdf::iri::check_url(u).is_err()) {
            doc.warnings.push(format!(
                "ignored the document's URL {:?}: not a valid IRI",
                doc.url.as_deref().unwrap_or("")
            ));
            doc.url = None;
        }
        let extraction = extract(&doc);
        let quads = rdf::to_quads(&extraction, &self.base, &self.links);
        let graph = rdf::article_iri(&self.base, &extraction.article);
        debug_assert_eq!(graph, self.graph_of(&doc));
        Processed {
            extraction,
            graph,
            quads,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_graph_is_known_before_extraction() {
        let p = Pipeline {
            base: rdf::iri::Base::new(rdf::vocab::DEFAULT_BASE).unwrap(),
            links: Default::default(),
            max_bytes: document::DEFAULT_MAX_BYTES,
            url: None,
        };
        let text = b"Europol said 12 kg of cocaine were seized in Lyon on 3 May 2023.";
        for url in [None, Some("https://example.org/news/1"), Some("not a url")] {
            let mut doc = document::from_bytes("a.txt", text, "txt").unwrap();
            doc.url = url.map(str::to_string);
            assert_eq!(p.graph_of(&doc), p.process_document(&doc).graph, "{url:?}");
        }
        let mut a = document::from_bytes("a.txt", text, "txt").unwrap();
        let b = a.clone();
        a.url = Some("https://example.org/news/1".into());
        assert_ne!(p.graph_of(&a), p.graph_of(&b), "a URL names the article");
    }
}
