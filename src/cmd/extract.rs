//! `blotter extract`: articles to RDF on stdout or in a file.

use crate::cli::ExtractArgs;
use anyhow::Result;
use blotter::document::inputs;
use rayon::prelude::*;

pub fn run(args: &ExtractArgs) -> Result<i32> {
    let (files, walk_errors) = inputs::collect(&args.paths);
    let pipeline = super::pipeline(&args.common, files.len() + walk_errors.len())?;
    let results: Vec<_> = files.par_iter().map(|p| pipeline.process(p)).collect();
    let mut failed = walk_errors.len();
    for e in &walk_errors {
        super::report(e);
    }
    let mut done = Vec::new();
    for r in results {
        match r {
            Ok(p) => {
                for w in &p.extraction.warnings {
                    eprintln!("blotter: {}: {w}", p.extraction.article.source);
                }
                done.push(p);
            }
            Err(e) => {
                super::report(&e);
                failed += 1;
            }
        }
    }
    if done.is_empty() {
        anyhow::bail!("no article could be read ({failed} failed)");
    }
    if args.explain {
        super::write_output(args.output.as_deref(), |w| {
            for p in &done {
                super::explain::write(w, &p.extraction)?;
            }
            Ok(())
        })?;
    } else {
        let groups: Vec<_> = done.into_iter().map(|p| p.quads).collect();
        super::write_output(args.output.as_deref(), |w| {
            Ok(blotter::rdf::write::write_groups(groups, args.format, w)?)
        })?;
    }
    Ok(if failed > 0 { super::PARTIAL } else { 0 })
}
