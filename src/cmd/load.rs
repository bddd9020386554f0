//! `blotter load`: extract articles and load them into the embedded store.
//!
//! Articles are read and extracted in parallel a batch at a time (`--batch`), the next
//! batch while the last one is committed, and each batch is written in one commit: memory
//! is bounded by two batches, not the corpus, and a
//! crash loses at most the batch in flight, never part of an article. An article whose
//! content hash is already in the store is skipped after reading, before extraction.

use crate::cli::LoadArgs;
use anyhow::Result;
use blotter::document::inputs;
use blotter::store::BlotterStore;
use indicatif::{ProgressBar, ProgressStyle};
use oxigraph::model::NamedNode;
use rayon::prelude::*;
use std::io::IsTerminal;
use std::path::PathBuf;
use std::time::{Duration, Instant};

pub fn run(args: &LoadArgs) -> Result<i32> {
    let t0 = Instant::now();
    // The inputs are counted by a walk that keeps nothing (for the progress bar), then walked
    // again a batch at a time: no list of them is ever held.
    let total = inputs::count(&args.paths);
    let mut pipeline = super::pipeline(&args.common, || total)?;
    // The store records when each article was extracted (`extract` output stays
    // byte-for-byte stable, so it records no time).
    pipeline.links.run_time = Some(blotter::rdf::links::utc_now());
    let path = args.store.clone().unwrap_or_else(blotter::store::default_path);
    let store = BlotterStore::open_with(&path, (args.max_open_files > 0).then_some(args.max_open_files))?;
    let mut failed = 0;
    let progress = Progress::new(total as u64);
    let (mut loaded, mut skipped, mut triples, mut merged) = (0usize, 0usize, 0usize, 0usize);
    let force = args.force;
    // Each article is read and hashed first: one already stored with the same content hash
    // is skipped before it is extracted.
    let extract = |path: &PathBuf| -> Outcome {
        let doc = match pipeline.read(path) {
            Ok(d) => d,
            Err(e) => return Outcome::Failed(e),
        };
        let graph = pipeline.graph_of(&doc);
        let stored = match store.content_hash(graph.as_ref()) {
            Ok(h) => h,
            Err(e) => return Outcome::Store(e),
        };
        if !force && stored.as_deref() == Some(format!("sha256:{}", doc.content_hash).as_str()) {
            return Outcome::Unchanged(path.clone(), graph);
        }
        Outcome::Extracted(Box::new(pipeline.process_document(&doc)), stored.is_none())
    };
    // The next batch is extracted while this one is committed, so extraction hides behind
    // the store. The channel holds no batch: at most two are in memory, the one being
    // committed and the one being extracted.
    let (tx, rx) = std::sync::mpsc::sync_channel::<(usize, Vec<Outcome>)>(0);
    let chunk = args.batch.max(1);
    std::thread::scope(|scope| -> Result<()> {
        let paths = &args.paths;
        scope.spawn(move || {
            let mut walk = inputs::walk(paths);
            loop {
                let batch = super::next_chunk(&mut walk, chunk);
                if batch.is_empty() {
                    break;
                }
                let len = batch.len();
                let outcomes = batch
                    .into_par_iter()
                    .map(|item| match item {
                        Ok(p) => extract(&p),
                        Err(e) => Outcome::Failed(e),
                    })
                    .collect();
                if tx.send((len, outcomes)).is_err() {
                    break; // the committing side stopped on an error
                }
            }
        });
        // The graphs of the batch committed last: the next batch's store look-ups may have
        // run before that commit, so for these graphs their answers are stale.
        let mut previous: std::collections::HashSet<NamedNode> = Default::default();
        for (len, results) in rx {
            let mut to_write = Vec::new();
            let mut is_new = Vec::new();
            for r in results {
                let r = match r {
                    Outcome::Unchanged(path, graph) if previous.contains(&graph) => extract(&path),
                    other => other,
                };
                match r {
                    Outcome::Extracted(p, new) => {
                        for w in &p.extraction.warnings {
                            progress.println(&format!("blotter: {}: {w}", p.extraction.article.source));
                        }
                        // The same article twice in one batch: the later one wins.
                        if let Some(i) = to_write.iter().position(|x: &blotter::Processed| x.graph == p.graph) {
                            to_write.remove(i);
                            is_new.remove(i);
                            skipped += 1;
                        }
                        is_new.push(new && !previous.contains(&p.graph));
                        to_write.push(*p);
                    }
                    Outcome::Unchanged(..) => skipped += 1,
                    Outcome::Failed(e) => {
                        progress.println(&format!("blotter: skipped {e}"));
                        failed += 1;
                    }
                    Outcome::Store(e) => return Err(e.into()),
                }
            }
            // A batch of new articles goes through the bulk loader; one with a changed
            // article replaces its graphs in a transaction. Either way it is one commit: the
            // whole batch is stored, or none of it.
            let graphs: Vec<_> = to_write.iter().map(|p| (&p.graph, p.quads.as_slice())).collect();
            let names = blotter::store::link::BatchNames::of(&graphs);
            let batch_triples = to_write.iter().map(|p| p.quads.len()).sum::<usize>();
            let committed = if is_new.iter().all(|n| *n) {
                drop(graphs);
                store.bulk_add(to_write.iter_mut().map(|p| std::mem::take(&mut p.quads)).collect())
            } else {
                store.replace_graphs(&graphs)
            };
            committed.map_err(|e| {
                let earlier = if loaded > 0 {
                    format!(", and the {loaded} article(s) committed earlier in this run")
                } else {
                    String::new()
                };
                anyhow::anyhow!(
                    "{e}; this batch of {} article(s) was not stored; the store keeps what it had before{earlier}",
                    to_write.len()
                )
            })?;
            // One-name officials of this batch, or completed by a full name in it, are tied
            // to the full name: index look-ups from the batch's names, so the cost follows
            // the batch.
            merged += blotter::store::link::resolve_surnames(&store, &pipeline.base, names).map_err(|e| {
                anyhow::anyhow!(
                    "{e}; the articles up to this batch were stored, but its one-name officials were not tied to full names"
                )
            })?;
            loaded += to_write.len();
            triples += batch_triples;
            progress.advance(len as u64, triples);
            previous = to_write.into_iter().map(|p| p.graph).collect();
        }
        Ok(())
    })?;
    progress.finish();
    if merged > 0 {
        eprintln!("blotter: {merged} official(s) known by one name tied to the full name another article gives");
    }
    let secs = t0.elapsed().as_secs_f64();
    eprintln!(
        "blotter: {loaded} article(s) loaded ({triples} triples), {skipped} unchanged, {failed} failed, in {secs:.2}s ({:.0} articles/s); store {}",
        (loaded + skipped) as f64 / secs.max(1e-9),
        store.path().display()
    );
    if loaded >= OPTIMIZE_HINT {
        eprintln!(
            "blotter: before querying, `blotter optimize --store {}` compacts what this load wrote (queries run straight after a large load are slower)",
            store.path().display()
        );
    }
    if loaded + skipped == 0 && failed > 0 {
        anyhow::bail!("no article could be loaded");
    }
    Ok(if failed > 0 { super::PARTIAL } else { 0 })
}

/// From this many articles loaded in one run, the summary suggests `blotter optimize`: at
/// 10,000 generated articles, `articles` and `operations` took 0.74 and 3.03 s straight after
/// the load, 0.39 and 0.91 s after a 4.7 s `optimize` (bench/README.md).
const OPTIMIZE_HINT: usize = 10_000;

/// What became of one input of a batch.
enum Outcome {
    /// Extracted; true when its graph is not in the store yet.
    Extracted(Box<blotter::Processed>, bool),
    /// Already stored with the same content hash: the input and its graph.
    Unchanged(PathBuf, NamedNode),
    /// Could not be read.
    Failed(blotter::error::ReadError),
    /// The store could not be asked.
    Store(blotter::error::StoreError),
}

/// A progress bar on a terminal, a line every ten seconds otherwise.
struct Progress {
    bar: Option<ProgressBar>,
    total: u64,
    done: std::cell::Cell<u64>,
    start: Instant,
    last: std::cell::Cell<Instant>,
}

impl Progress {
    fn new(total: u64) -> Progress {
        let bar = (std::io::stderr().is_terminal() && total > 1).then(|| {
            let b = ProgressBar::new(total);
            b.set_style(
                ProgressStyle::with_template("{bar:40} {pos}/{len} articles  {per_sec}  eta {eta}  {msg}")
                    .expect("template"),
            );
            b
        });
        Progress {
            bar,
            total,
            done: 0.into(),
            start: Instant::now(),
            last: Instant::now().into(),
        }
    }

    fn advance(&self, n: u64, triples: usize) {
        self.done.set(self.done.get() + n);
        if let Some(b) = &self.bar {
            b.inc(n);
            b.set_message(format!("{triples} triples"));
        } else if self.last.get().elapsed() >= Duration::from_secs(10) {
            self.last.set(Instant::now());
            let secs = self.start.elapsed().as_secs_f64();
            let rate = self.done.get() as f64 / secs.max(1e-9);
            let left = (self.total - self.done.get()) as f64 / rate.max(1e-9);
            eprintln!(
                "blotter: {}/{} articles, {:.0} articles/s, {triples} triples, about {:.0}s left",
                self.done.get(),
                self.total,
                rate,
                left
            );
        }
    }

    fn println(&self, line: &str) {
        match &self.bar {
            Some(b) => b.println(line),
            None => eprintln!("{line}"),
        }
    }

    fn finish(&self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
