//! `blotter export`: the store, or one article's graph, as RDF.

use crate::cli::ExportArgs;
use anyhow::{Context, Result};
use blotter::store::BlotterStore;
use oxigraph::model::NamedNode;

pub fn run(args: &ExportArgs) -> Result<i32> {
    let path = args.store.clone().unwrap_or_else(blotter::store::default_path);
    let store = BlotterStore::open_existing(&path)?;
    let graph = match &args.graph {
        Some(g) => {
            let n = NamedNode::new(g.trim_start_matches('<').trim_end_matches('>'))
                .with_context(|| format!("--graph {g:?} is not a valid IRI"))?;
            if !store.graphs()?.contains(&n) {
                anyhow::bail!("--graph {g}: no such article graph in {}", path.display());
            }
            Some(n)
        }
        None => None,
    };
    super::write_output(args.output.as_deref(), |w| {
        store.export(graph.as_ref(), args.format, w)?;
        Ok(())
    })?;
    Ok(0)
}
