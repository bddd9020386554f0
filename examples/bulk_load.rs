//! Oxigraph alone: bulk-load an N-Quads file into a new store directory.
//!
//! The baseline `bench/run.sh` compares `blotter load` with. It uses Oxigraph's bulk
//! loader (all cores, one atomic commit at the end) and prints one line:
//!
//! ```text
//! quads=<n> seconds=<s> quads_per_sec=<r>
//! ```
//!
//! `seconds` covers opening the store, parsing, loading and committing. `quads` is the
//! number of distinct quads in the store afterwards (counted after the clock stops).
//!
//! Usage: `bulk_load FILE.nq STOREDIR` (STOREDIR must not exist yet or be empty).

use anyhow::{bail, Context, Result};
use oxigraph::io::RdfFormat;
use oxigraph::store::Store;
use std::fs::File;
use std::io::BufReader;
use std::path::PathBuf;
use std::time::Instant;

fn main() -> Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [input, store_dir] = args.as_slice() else {
        bail!("usage: bulk_load FILE.nq STOREDIR");
    };
    let store_dir = PathBuf::from(store_dir);
    if store_dir.exists() && std::fs::read_dir(&store_dir)?.next().is_some() {
        bail!("{} is not empty: give a new store directory", store_dir.display());
    }
    let file = File::open(input).with_context(|| format!("cannot open {input}"))?;
    let reader = BufReader::with_capacity(1 << 20, file);

    let t0 = Instant::now();
    let store = Store::open(&store_dir).with_context(|| format!("cannot open store {}", store_dir.display()))?;
    let mut loader = store.bulk_loader();
    loader
        .load_from_reader(RdfFormat::NQuads, reader)
        .with_context(|| format!("cannot load {input}"))?;
    loader.commit().context("cannot commit the bulk load")?;
    let seconds = t0.elapsed().as_secs_f64();

    let quads = store.len().context("cannot count the quads")?;
    let rate = if seconds > 0.0 { quads as f64 / seconds } else { 0.0 };
    println!("quads={quads} seconds={seconds:.3} quads_per_sec={rate:.0}");
    Ok(())
}
