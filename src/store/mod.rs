//! Store stage: the embedded Oxigraph store (RocksDB) that holds the analyst's graph.
//!
//! Loading replaces an article's named graph in one transaction, so an article is either
//! fully present or absent and loading twice gives the same store as loading once. A pid
//! file next to RocksDB's own lock turns "lock held" into "in use by process N".

pub mod link;
pub mod push;
pub mod queries;
pub mod query;

use crate::error::StoreError;
use crate::rdf::write::{self, Format};
use oxigraph::model::{GraphNameRef, NamedNode, NamedNodeRef, Quad, QuadRef, Term};
use oxigraph::store::Store;
use std::path::{Path, PathBuf};

/// An open store.
pub struct BlotterStore {
    pub store: Store,
    path: PathBuf,
}

/// Where the store lives when `--store` is not given: `$BLOTTER_STORE`, else the user's
/// data directory (`$XDG_DATA_HOME/blotter/store`, `~/.local/share/blotter/store`).
pub fn default_path() -> PathBuf {
    if let Some(p) = std::env::var_os("BLOTTER_STORE") {
        return PathBuf::from(p);
    }
    let base = std::env::var_os("XDG_DATA_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|h| PathBuf::from(h).join(".local/share")))
        .unwrap_or_else(|| PathBuf::from("."));
    base.join("blotter").join("store")
}

const PID_FILE: &str = "blotter.pid";

impl BlotterStore {
    /// Opens (or creates) the store at `path` for reading and writing.
    #[cfg(feature = "rocksdb")]
    pub fn open(path: &Path) -> Result<BlotterStore, StoreError> {
        std::fs::create_dir_all(path).map_err(|e| StoreError::Open {
            path: path.into(),
            reason: format!("cannot create the directory: {e}"),
        })?;
        match Store::open(path) {
            Ok(store) => {
                let _ = std::fs::write(path.join(PID_FILE), std::process::id().to_string());
                Ok(BlotterStore {
                    store,
                    path: path.into(),
                })
            }
            Err(e) => {
                let msg = e.to_string();
                if msg.to_lowercase().contains("lock") {
                    let pid = std::fs::read_to_string(path.join(PID_FILE)).unwrap_or_else(|_| "unknown".into());
                    Err(StoreError::Locked {
                        path: path.into(),
                        pid: pid.trim().to_string(),
                    })
                } else {
                    Err(StoreError::Open {
                        path: path.into(),
                        reason: msg,
                    })
                }
            }
        }
    }

    /// Opens an existing store; a missing store is an error, not an empty answer.
    #[cfg(feature = "rocksdb")]
    pub fn open_existing(path: &Path) -> Result<BlotterStore, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Open {
                path: path.into(),
                reason: "no store here yet: run `blotter load` first, or pass --store".into(),
            });
        }
        Self::open(path)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The content hash recorded for an article graph, if loaded.
    pub fn content_hash(&self, graph: NamedNodeRef<'_>) -> Result<Option<String>, StoreError> {
        let g = GraphNameRef::NamedNode(graph);
        for q in self
            .store
            .quads_for_pattern(Some(graph.into()), Some(crate::rdf::vocab::CONTENT_HASH), None, Some(g))
        {
            if let Term::Literal(l) = q?.object {
                return Ok(Some(l.value().to_string()));
            }
        }
        Ok(None)
    }

    /// Replaces the article's graph with `quads`, atomically.
    pub fn replace_graph(&self, graph: &NamedNode, quads: &[Quad]) -> Result<(), StoreError> {
        let mut t = self.store.start_transaction()?;
        t.clear_graph(graph)?;
        for q in quads {
            t.insert(QuadRef::from(q));
        }
        t.commit()?;
        Ok(())
    }

    /// Replaces several article graphs in one transaction: a batch is committed whole or
    /// not at all, so a crash never leaves part of an article.
    pub fn replace_graphs(&self, graphs: &[(&NamedNode, &[Quad])]) -> Result<(), StoreError> {
        let mut t = self.store.start_transaction()?;
        for (graph, quads) in graphs {
            t.clear_graph(*graph)?;
            for q in quads.iter() {
                t.insert(QuadRef::from(q));
            }
        }
        t.commit()?;
        Ok(())
    }

    /// Adds article graphs that are not in the store yet with Oxigraph's bulk loader: its
    /// commit ingests every index's files in one atomic step, so a batch is again present
    /// whole or not at all, at several times the speed of a transaction.
    pub fn bulk_add(&self, graphs: &[(&NamedNode, &[Quad])]) -> Result<(), StoreError> {
        if graphs.is_empty() {
            return Ok(());
        }
        let mut loader = self.store.bulk_loader();
        loader.load_quads(graphs.iter().flat_map(|(_, q)| q.iter().cloned()))?;
        loader.commit()?;
        Ok(())
    }

    /// All quads, or one graph's.
    pub fn quads(&self, graph: Option<&NamedNode>) -> Result<Vec<Quad>, StoreError> {
        let g = graph.map(|g| GraphNameRef::NamedNode(g.as_ref()));
        let mut out = Vec::new();
        for q in self.store.quads_for_pattern(None, None, None, g) {
            out.push(q?);
        }
        Ok(out)
    }

    /// Writes the store (or one graph) in `format`.
    pub fn export(
        &self,
        graph: Option<&NamedNode>,
        format: Format,
        out: impl std::io::Write,
    ) -> Result<usize, StoreError> {
        let quads = self.quads(graph)?;
        let n = quads.len();
        write::write(quads, format, out)?;
        Ok(n)
    }

    /// The article graphs in the store.
    pub fn graphs(&self) -> Result<Vec<NamedNode>, StoreError> {
        let mut out = Vec::new();
        for g in self.store.named_graphs() {
            if let oxigraph::model::NamedOrBlankNode::NamedNode(n) = g? {
                out.push(n);
            }
        }
        out.sort();
        Ok(out)
    }
}

impl Drop for BlotterStore {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(self.path.join(PID_FILE));
    }
}
