//! `blotter optimize`: compact the store once a large load is done.

use crate::cli::OptimizeArgs;
use anyhow::Result;
use blotter::store::BlotterStore;
use std::time::Instant;

pub fn run(args: &OptimizeArgs) -> Result<i32> {
    let path = args.store.clone().unwrap_or_else(blotter::store::default_path);
    let store = BlotterStore::open_existing(&path)?;
    let before = blotter::store::disk_bytes(&path);
    let start = Instant::now();
    store.optimize()?;
    drop(store);
    eprintln!(
        "blotter: store {} compacted in {:.2}s ({:.1} MB on disk before, {:.1} MB after)",
        path.display(),
        start.elapsed().as_secs_f64(),
        before as f64 / 1e6,
        blotter::store::disk_bytes(&path) as f64 / 1e6
    );
    Ok(0)
}
