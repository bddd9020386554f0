//! Prints Oxigraph's plan for a query, with the time and row count of each step, to find
//! what makes a query slow on a large store (see queries/README.md).
//!
//!     cargo run --release --example explain_query -- STORE_DIR QUERY.rq [NAME=VALUE ...]
//!
//! Parameters, their look-up keys and the union default graph are set up as
//! `blotter query` does.

use blotter::store::{query, BlotterStore};
use oxigraph::sparql::{QueryResults, SparqlEvaluator};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [store, query, params @ ..] = args.as_slice() else {
        return Err("usage: explain_query STORE_DIR QUERY.rq [NAME=VALUE ...]".into());
    };
    let text = std::fs::read_to_string(query)?;
    let store = BlotterStore::open_existing(std::path::Path::new(store))?;
    let spec = query::QuerySpec {
        name: query.clone(),
        text: text.clone(),
    };
    let bound = query::bind_params(&spec, params)?;
    let keys = query::key_bindings(&store, &spec, &bound)?;
    let mut prepared = SparqlEvaluator::new().parse_query(&text)?;
    prepared.dataset_mut().set_default_graph_as_union();
    for (v, t) in bound.into_iter().chain(keys) {
        prepared = prepared.substitute_variable(v, t);
    }
    let started = std::time::Instant::now();
    let (results, explanation) = prepared.on_store(&store.store).compute_statistics().explain();
    let mut rows = 0usize;
    if let QueryResults::Solutions(solutions) = results? {
        for s in solutions {
            s?;
            rows += 1;
        }
    }
    eprintln!("{rows} rows in {:.3}s", started.elapsed().as_secs_f64());
    explanation.write_in_json(std::io::stdout())?;
    println!();
    Ok(())
}
