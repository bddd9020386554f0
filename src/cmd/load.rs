//! `blotter load`: extract articles and load them into the embedded store.

use crate::cli::LoadArgs;
use anyhow::Result;
use blotter::document::inputs;
use blotter::store::BlotterStore;
use rayon::prelude::*;
use std::time::Instant;

pub fn run(args: &LoadArgs) -> Result<i32> {
    let t0 = Instant::now();
    let (files, walk_errors) = inputs::collect(&args.paths);
    let mut pipeline = super::pipeline(&args.common, files.len() + walk_errors.len())?;
    // The store records when each article was extracted (`extract` output stays
    // byte-for-byte stable, so it records no time).
    pipeline.links.run_time = Some(blotter::rdf::links::utc_now());
    let path = args.store.clone().unwrap_or_else(blotter::store::default_path);
    let store = BlotterStore::open(&path)?;
    let mut failed = walk_errors.len();
    for e in &walk_errors {
        super::report(e);
    }
    let (mut loaded, mut skipped, mut triples) = (0usize, 0usize, 0usize);
    // Extraction runs in parallel a batch at a time; each article is one transaction.
    for batch in files.chunks(256) {
        let results: Vec<_> = batch.par_iter().map(|p| pipeline.process(p)).collect();
        for r in results {
            match r {
                Ok(p) => {
                    for w in &p.extraction.warnings {
                        eprintln!("blotter: {}: {w}", p.extraction.article.source);
                    }
                    let hash = format!("sha256:{}", p.extraction.article.content_hash);
                    if !args.force && store.content_hash(p.graph.as_ref())?.as_deref() == Some(hash.as_str()) {
                        skipped += 1;
                        continue;
                    }
                    store.replace_graph(&p.graph, &p.quads)?;
                    loaded += 1;
                    triples += p.quads.len();
                }
                Err(e) => {
                    super::report(&e);
                    failed += 1;
                }
            }
        }
    }
    let merged = if loaded > 0 {
        blotter::store::link::resolve_surnames(&store)?
    } else {
        0
    };
    if merged > 0 {
        eprintln!("blotter: {merged} official(s) known by one name tied to the full name another article gives");
    }
    eprintln!(
        "blotter: {loaded} article(s) loaded ({triples} triples), {skipped} unchanged, {failed} failed, in {:.2}s; store {}",
        t0.elapsed().as_secs_f64(),
        store.path().display()
    );
    if loaded + skipped == 0 && failed > 0 {
        anyhow::bail!("no article could be loaded");
    }
    Ok(if failed > 0 { super::PARTIAL } else { 0 })
}
