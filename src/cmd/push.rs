//! `blotter push`: article graphs to a remote SPARQL 1.1 store.

use crate::cli::PushArgs;
use anyhow::{Context, Result};
use blotter::store::push::{self, PushTarget};
use blotter::store::BlotterStore;
use oxigraph::model::NamedNode;
use std::time::Duration;

pub fn run(args: &PushArgs) -> Result<i32> {
    let password = match &args.password_file {
        Some(p) => Some(
            std::fs::read_to_string(p)
                .with_context(|| format!("{}: cannot read the password file", p.display()))?
                .trim_end_matches(['\n', '\r'])
                .to_string(),
        ),
        None => std::env::var("BLOTTER_PUSH_PASSWORD").ok(),
    };
    let target = PushTarget {
        endpoint: args.endpoint.clone(),
        graph_param: args.graph_param.clone(),
        user: args.user.clone(),
        password,
        timeout: Duration::from_secs(args.timeout.max(1)),
    };
    target.check()?;
    let path = args.store.clone().unwrap_or_else(blotter::store::default_path);
    let store = BlotterStore::open_existing(&path)?;
    let mut names = store.graphs()?;
    if !args.graphs.is_empty() {
        let wanted: Vec<NamedNode> = args
            .graphs
            .iter()
            .map(|g| {
                NamedNode::new(g.trim_matches(|c| c == '<' || c == '>'))
                    .with_context(|| format!("--graph {g:?} is not an IRI"))
            })
            .collect::<Result<_>>()?;
        for w in &wanted {
            if !names.contains(w) {
                anyhow::bail!("--graph {w}: no such article graph in {}", path.display());
            }
        }
        names = wanted;
    }
    let mut graphs = Vec::new();
    for g in names {
        let quads = store.quads(Some(&g))?;
        graphs.push((g, quads));
    }
    let results = push::push_all(&target, graphs);
    let (ok, failed): (Vec<_>, Vec<_>) = results.iter().partition(|r| r.result.is_ok());
    for r in &results {
        match &r.result {
            Ok(status) => eprintln!("blotter: pushed {} ({} triples, HTTP {status})", r.graph, r.triples),
            Err(e) => eprintln!("blotter: NOT pushed {}: {e}", r.graph),
        }
    }
    eprintln!(
        "blotter: {} graph(s) pushed, {} failed, to {}",
        ok.len(),
        failed.len(),
        push::redacted(&args.endpoint)
    );
    Ok(if failed.is_empty() {
        0
    } else if ok.is_empty() {
        1
    } else {
        super::PARTIAL
    })
}
