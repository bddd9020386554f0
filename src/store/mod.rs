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
    read_only: bool,
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

/// Bytes taken by the files directly in the store directory (RocksDB keeps no sub-folders
/// of data); files that vanish while being counted (a compaction removing them) count 0.
pub fn disk_bytes(path: &Path) -> u64 {
    std::fs::read_dir(path)
        .into_iter()
        .flatten()
        .flatten()
        .filter_map(|e| e.metadata().ok())
        .filter(|m| m.is_file())
        .map(|m| m.len())
        .sum()
}

impl BlotterStore {
    /// Opens (or creates) the store at `path` for reading and writing.
    #[cfg(feature = "rocksdb")]
    pub fn open(path: &Path) -> Result<BlotterStore, StoreError> {
        Self::open_with(path, None)
    }

    /// [`BlotterStore::open`], keeping at most `max_open_files` of the store's files open.
    /// RocksDB holds the index of every open file in memory, so on a large store this is
    /// what bounds the memory the store itself takes; `None` leaves it to Oxigraph (as many
    /// as the process may open).
    #[cfg(feature = "rocksdb")]
    pub fn open_with(path: &Path, max_open_files: Option<u32>) -> Result<BlotterStore, StoreError> {
        std::fs::create_dir_all(path).map_err(|e| StoreError::Open {
            path: path.into(),
            reason: format!("cannot create the directory: {}", os_reason(&e.to_string())),
        })?;
        Self::open_rw(path, max_open_files).map_err(|e| Self::open_error(path, &e))
    }

    #[cfg(feature = "rocksdb")]
    fn open_rw(path: &Path, max_open_files: Option<u32>) -> Result<BlotterStore, oxigraph::store::StorageError> {
        let store = match max_open_files {
            Some(n) => Store::open_with_options(path, oxigraph::store::StoreOptions::default().with_max_open_files(n))?,
            None => Store::open(path)?,
        };
        let _ = std::fs::write(path.join(PID_FILE), std::process::id().to_string());
        let s = BlotterStore {
            store,
            path: path.into(),
            read_only: false,
        };
        // Files of a bulk load that failed or was killed: never part of the store.
        s.remove_bulk_leftovers();
        s.prune_old_logs();
        Ok(s)
    }

    #[cfg(feature = "rocksdb")]
    fn open_error(path: &Path, e: &oxigraph::store::StorageError) -> StoreError {
        let msg = e.to_string();
        let reason = os_reason(&msg);
        // RocksDB's own lock: "While lock file: .../LOCK: Resource temporarily unavailable".
        if reason == msg && msg.to_lowercase().contains("lock") {
            let pid = std::fs::read_to_string(path.join(PID_FILE)).unwrap_or_else(|_| "unknown".into());
            StoreError::Locked {
                path: path.into(),
                pid: pid.trim().to_string(),
            }
        } else {
            StoreError::Open {
                path: path.into(),
                reason: format!("cannot open for writing: {reason}"),
            }
        }
    }

    /// Opens an existing store for reading; a missing store is an error, not an empty
    /// answer. The store is opened for writing when it can be, so that a load in progress
    /// is reported as "in use"; a store that cannot be written (read-only file system, no
    /// permission, disk full) is opened read-only instead.
    #[cfg(feature = "rocksdb")]
    pub fn open_existing(path: &Path) -> Result<BlotterStore, StoreError> {
        if !path.join("CURRENT").exists() {
            return Err(StoreError::Open {
                path: path.into(),
                reason: "no store here yet: run `blotter load` first, or pass --store".into(),
            });
        }
        match Self::open_rw(path, None) {
            Ok(s) => Ok(s),
            Err(e) if is_unwritable(&e.to_string()) => match Store::open_read_only(path) {
                Ok(store) => Ok(BlotterStore {
                    store,
                    path: path.into(),
                    read_only: true,
                }),
                Err(e2) => Err(StoreError::Open {
                    path: path.into(),
                    reason: format!(
                        "cannot open for writing ({}) nor for reading ({})",
                        os_reason(&e.to_string()),
                        os_reason(&e2.to_string())
                    ),
                }),
            },
            Err(e) => Err(Self::open_error(path, &e)),
        }
    }

    /// A write that failed, as an error naming the store and the reason.
    fn write_error(&self, e: impl std::fmt::Display) -> StoreError {
        let msg = e.to_string();
        StoreError::Write {
            path: self.path.clone(),
            reason: os_reason(&msg),
        }
    }

    /// Removes the `bulk-*.sst` files Oxigraph's bulk loader leaves behind when it fails
    /// while writing one (a full disk). They were never ingested, and only the process
    /// holding the store's lock may call this.
    fn remove_bulk_leftovers(&self) {
        let Ok(entries) = std::fs::read_dir(&self.path) else {
            return;
        };
        for e in entries.flatten() {
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name.starts_with("bulk-") && name.ends_with(".sst") {
                let _ = std::fs::remove_file(e.path());
            }
        }
    }

    /// RocksDB starts a new info log (`LOG`, about 120 KB of options) at every open and
    /// keeps up to a thousand old ones (`LOG.old.<time>`): a store queried often would
    /// grow by a megabyte every ten queries. The newest few are kept.
    #[cfg(feature = "rocksdb")]
    fn prune_old_logs(&self) {
        const KEEP: usize = 5;
        let Ok(entries) = std::fs::read_dir(&self.path) else {
            return;
        };
        let mut old: Vec<_> = entries
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().starts_with("LOG.old."))
            .map(|e| (e.metadata().and_then(|m| m.modified()).ok(), e.path()))
            .collect();
        if old.len() <= KEEP {
            return;
        }
        old.sort();
        for (_, p) in &old[..old.len() - KEEP] {
            let _ = std::fs::remove_file(p);
        }
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Compacts the whole store (RocksDB's full compaction), and returns when it is done.
    ///
    /// A load leaves many overlapping files behind it, which RocksDB merges in background
    /// threads whenever the store is next opened: queries run straight after a large load
    /// compete with that work and read more files. Compacting once makes them as fast as on
    /// a settled store. It reads and rewrites the whole store, so it costs about what the
    /// load's own writing did; a read-only store cannot be compacted.
    pub fn optimize(&self) -> Result<(), StoreError> {
        if self.read_only {
            return Err(StoreError::Open {
                path: self.path.clone(),
                reason: "opened read-only (no write permission), so it cannot be compacted".into(),
            });
        }
        Ok(self.store.optimize()?)
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
        self.replace_graphs(&[(graph, quads)])
    }

    /// Replaces several article graphs in one transaction: a batch is committed whole or
    /// not at all, so a crash never leaves part of an article.
    pub fn replace_graphs(&self, graphs: &[(&NamedNode, &[Quad])]) -> Result<(), StoreError> {
        if graphs.is_empty() {
            return Ok(());
        }
        let mut t = self.store.start_transaction().map_err(|e| self.write_error(e))?;
        for (graph, quads) in graphs {
            t.clear_graph(*graph).map_err(|e| self.write_error(e))?;
            for q in quads.iter() {
                t.insert(QuadRef::from(q));
            }
        }
        t.commit().map_err(|e| self.write_error(e))
    }

    /// Adds article graphs that are not in the store yet with Oxigraph's bulk loader: its
    /// commit ingests every index's files in one atomic step, so a batch is again present
    /// whole or not at all, at several times the speed of a transaction. The quads are
    /// handed over, not copied.
    pub fn bulk_add(&self, graphs: Vec<Vec<Quad>>) -> Result<(), StoreError> {
        if graphs.iter().all(Vec::is_empty) {
            return Ok(());
        }
        // One run per batch: Oxigraph builds it in one thread. Splitting a batch into one run
        // per core built it in parallel and loaded 10,000 generated articles 17% faster, but
        // 100,000 7% slower: each run is one more file per index for RocksDB to compact, and
        // the compactions grow with the store (bench/README.md, run 7).
        let mut loader = self.store.bulk_loader();
        let result = loader
            .load_quads(graphs.into_iter().flatten())
            .map_err(|e| self.write_error(e))
            .and_then(|()| loader.commit().map_err(|e| self.write_error(e)));
        if result.is_err() {
            // The loader is gone (its threads joined); what it left is not in the store.
            self.remove_bulk_leftovers();
        }
        result
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
        if !self.read_only {
            let _ = std::fs::remove_file(self.path.join(PID_FILE));
        }
    }
}

/// The reasons a write can fail for that the operating system names, as they appear in a
/// RocksDB or I/O message: each means the store cannot be written, though it may be read.
const UNWRITABLE: [&str; 5] = [
    "No space left on device",
    "Read-only file system",
    "Permission denied",
    "Disk quota exceeded",
    "Space limit reached",
];

/// The operating system's reason in a RocksDB or I/O message, in plain words
/// ("no space left on device"), or the message itself when it names none.
pub fn os_reason(msg: &str) -> String {
    match UNWRITABLE.iter().find(|r| msg.contains(*r)) {
        Some(r) => r.to_lowercase(),
        None => msg.to_string(),
    }
}

/// Whether an open failed because the store cannot be written (so reading it read-only
/// may still work).
#[cfg(feature = "rocksdb")]
fn is_unwritable(msg: &str) -> bool {
    UNWRITABLE.iter().any(|r| msg.contains(r))
}

#[cfg(all(test, feature = "rocksdb"))]
mod tests {
    use super::*;
    use oxigraph::model::{Literal, NamedNode};

    fn graph(i: usize) -> (NamedNode, Vec<Quad>) {
        let g = NamedNode::new(format!("https://example.org/article/{i}")).unwrap();
        let quads = (0..700)
            .map(|j| {
                Quad::new(
                    NamedNode::new(format!("https://example.org/e/{}", j % 37)).unwrap(),
                    NamedNode::new(format!("https://example.org/p/{}", j % 5)).unwrap(),
                    Literal::new_simple_literal(format!("{i}-{j}")),
                    g.clone(),
                )
            })
            .collect();
        (g, quads)
    }

    #[test]
    fn a_bulk_batch_stores_what_a_transaction_stores() {
        let graphs: Vec<_> = (0..4).map(graph).collect();
        let expected: std::collections::BTreeSet<String> = graphs
            .iter()
            .flat_map(|(_, q)| q.iter().map(|q| q.to_string()))
            .collect();
        assert_eq!(expected.len(), 2800);
        let dir = tempfile::tempdir().unwrap();
        let store = BlotterStore::open(dir.path()).unwrap();
        store.bulk_add(graphs.iter().map(|(_, q)| q.clone()).collect()).unwrap();
        let got: std::collections::BTreeSet<String> =
            store.quads(None).unwrap().iter().map(|q| q.to_string()).collect();
        assert_eq!(got, expected);
        let by_transaction = tempfile::tempdir().unwrap();
        let other = BlotterStore::open(by_transaction.path()).unwrap();
        let refs: Vec<_> = graphs.iter().map(|(g, q)| (g, q.as_slice())).collect();
        other.replace_graphs(&refs).unwrap();
        let theirs: std::collections::BTreeSet<String> =
            other.quads(None).unwrap().iter().map(|q| q.to_string()).collect();
        assert_eq!(theirs, expected);
    }
}
