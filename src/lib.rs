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
        let mut doc = document::read_path(path, self.max_bytes)?;
        if let Some(u) = &self.url {
            doc.url = Some(u.clone());
        }
        Ok(self.process_document(&doc))
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
        Processed {
            extraction,
            graph,
            quads,
        }
    }
}
