//! Typed errors of the library.
//!
//! Each pipeline layer has its own error enum; they convert into [`Error`] with `#[from]`
//! so the binary can map every failure to a message naming the file and the reason, and to
//! an exit code, without string matching.

use std::path::PathBuf;

/// Why one input could not be turned into a document.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    #[error("{path}: cannot read: {source}")]
    Io {
        path: String,
        #[source]
        source: std::io::Error,
    },
    #[error("{path}: the file is empty")]
    Empty { path: String },
    #[error("{path}: the file holds only whitespace")]
    Blank { path: String },
    #[error("{path}: looks like a binary file ({reason}), not an article")]
    Binary { path: String, reason: String },
    #[error("{path}: too large ({size} bytes; the limit is {limit} bytes, see --max-bytes)")]
    TooLarge { path: String, size: u64, limit: u64 },
    #[error("{path}: no article text left after removing markup and page furniture")]
    NoText { path: String },
    #[error("{path}: does not exist")]
    NotFound { path: String },
    #[error("{path}: {reason}")]
    Walk { path: String, reason: String },
}

impl ReadError {
    /// The input this error is about.
    pub fn path(&self) -> &str {
        match self {
            ReadError::Io { path, .. }
            | ReadError::Empty { path }
            | ReadError::Blank { path }
            | ReadError::Binary { path, .. }
            | ReadError::TooLarge { path, .. }
            | ReadError::NoText { path }
            | ReadError::NotFound { path }
            | ReadError::Walk { path, .. } => path,
        }
    }
}

/// Errors of the RDF layer: IRIs and serialization.
#[derive(Debug, thiserror::Error)]
pub enum RdfError {
    #[error("not a valid IRI for {what}: {value:?} ({reason})")]
    InvalidIri {
        what: &'static str,
        value: String,
        reason: String,
    },
    #[error("cannot write RDF: {0}")]
    Io(#[from] std::io::Error),
    #[error("unknown RDF format {0:?} (use turtle, ntriples, nquads, trig, jsonld or rdfxml)")]
    UnknownFormat(String),
    #[error("{0} merges the triples of every article, so it cannot be written one article at a time")]
    NotStreamable(String),
}

/// Errors of the store layer.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("store {path}: {reason}")]
    Open { path: PathBuf, reason: String },
    #[error(
        "store {path} is in use by another blotter process (pid {pid}); wait for it to finish or use another --store"
    )]
    Locked { path: PathBuf, pid: String },
    #[error("store {path}: cannot write: {reason}")]
    Write { path: PathBuf, reason: String },
    #[error("store: {0}")]
    Storage(#[from] oxigraph::store::StorageError),
    #[error("store load: {0}")]
    Loader(#[from] oxigraph::store::LoaderError),
    #[error("store export: {0}")]
    Serializer(#[from] oxigraph::store::SerializerError),
    #[error("SPARQL syntax error in {name}: {message}")]
    QuerySyntax { name: String, message: String },
    #[error("query {name}: {message}")]
    QueryEval { name: String, message: String },
    #[error("unknown query {0:?}: not a bundled query name and not a readable .rq file (see `blotter queries`)")]
    UnknownQuery(String),
    #[error("query parameter {0}")]
    Param(String),
    #[error("{0}")]
    Rdf(#[from] RdfError),
    #[error("I/O: {0}")]
    Io(#[from] std::io::Error),
    #[error("push: {0}")]
    Push(String),
    #[error("validation: {0}")]
    Validate(String),
}

/// The library's top-level error.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error(transparent)]
    Read(#[from] ReadError),
    #[error(transparent)]
    Rdf(#[from] RdfError),
    #[error(transparent)]
    Store(#[from] StoreError),
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
