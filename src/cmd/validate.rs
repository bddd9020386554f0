//! `blotter validate`: check a store or RDF files against the SHACL shapes.

use crate::cli::ValidateArgs;
use anyhow::{Context, Result};
use blotter::store::BlotterStore;
use blotter::validate::{Shapes, Violation};
use oxigraph::io::{RdfFormat, RdfParser};
use oxigraph::model::{Graph, GraphName, Triple};
use std::collections::BTreeMap;
use std::io::Write;

/// Exit code when the data has violations.
pub const INVALID: i32 = 4;

pub fn run(args: &ValidateArgs) -> Result<i32> {
    let shapes = match &args.shapes {
        Some(p) => {
            Shapes::parse(&std::fs::read_to_string(p).with_context(|| format!("{}: cannot read", p.display()))?)?
        }
        None => Shapes::bundled(),
    };
    let mut graphs: BTreeMap<String, Graph> = BTreeMap::new();
    if args.files.is_empty() {
        let path = args.store.clone().unwrap_or_else(blotter::store::default_path);
        let store = BlotterStore::open_existing(&path)?;
        for q in store.quads(None)? {
            graphs
                .entry(q.graph_name.to_string())
                .or_default()
                .insert(&Triple::new(q.subject, q.predicate, q.object));
        }
    } else {
        for f in &args.files {
            let ext = f.extension().and_then(|e| e.to_str()).unwrap_or("");
            let format = RdfFormat::from_extension(ext).with_context(|| {
                format!(
                    "{}: unknown RDF file extension (use .ttl, .nt, .nq, .trig, .jsonld, .rdf)",
                    f.display()
                )
            })?;
            let file = std::fs::File::open(f).with_context(|| format!("{}: cannot open", f.display()))?;
            for q in RdfParser::from_format(format).for_reader(std::io::BufReader::new(file)) {
                let q = q.with_context(|| format!("{}: not valid RDF", f.display()))?;
                let g = match &q.graph_name {
                    GraphName::DefaultGraph => f.display().to_string(),
                    other => other.to_string(),
                };
                graphs
                    .entry(g)
                    .or_default()
                    .insert(&Triple::new(q.subject, q.predicate, q.object));
            }
        }
    }
    let mut total = 0;
    let mut bad_graphs = 0;
    // Written, not printed: a closed pipe (`| head`) is then an error, not a panic.
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for (name, g) in &graphs {
        let v: Vec<Violation> = shapes.validate(g);
        if v.is_empty() {
            continue;
        }
        bad_graphs += 1;
        total += v.len();
        writeln!(out, "{name}: {} violation(s)", v.len())?;
        for x in v {
            writeln!(
                out,
                "  {} {} [sh:{}]{}\n      {}",
                x.focus,
                x.path.map(|p| format!("<{p}>")).unwrap_or_default(),
                x.constraint,
                x.value.map(|v| format!(" value {v}")).unwrap_or_default(),
                x.message
            )?;
        }
    }
    if total == 0 {
        writeln!(out, "{} graph(s) conform to the shapes", graphs.len())?;
        Ok(0)
    } else {
        writeln!(out, "{total} violation(s) in {bad_graphs} of {} graph(s)", graphs.len())?;
        Ok(INVALID)
    }
}
