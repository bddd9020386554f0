//! `blotter extract`: articles to RDF on stdout or in a file.
//!
//! Dataset formats (N-Quads, TriG, JSON-LD) and `--explain` are written a chunk of articles
//! at a time, extracted in parallel and written in input order, so memory is bounded by
//! the chunk and not by the corpus. Graph formats (Turtle, N-Triples, RDF/XML) merge the
//! triples that articles share, which needs every article before the first line.

use crate::cli::ExtractArgs;
use anyhow::Result;
use blotter::document::inputs;
use blotter::rdf::write::ArticleWriter;
use blotter::Processed;
use rayon::prelude::*;
use std::io::Write;

/// Articles extracted together before they are written. Enough to keep every core busy;
/// small enough that their quads (a few hundred per article) stay a few MB.
const CHUNK: usize = 256;

pub fn run(args: &ExtractArgs) -> Result<i32> {
    let pipeline = super::pipeline(&args.common, || inputs::count(&args.paths))?;
    let mut failed = 0usize;
    let mut done = 0usize;
    super::write_output(args.output.as_deref(), |w| {
        let mut sink = Sink::new(args, w)?;
        // The inputs are walked a chunk at a time: no list of them is ever held.
        let mut walk = inputs::walk(&args.paths);
        loop {
            let chunk = super::next_chunk(&mut walk, CHUNK);
            if chunk.is_empty() {
                break;
            }
            let results: Vec<_> = chunk
                .into_par_iter()
                .map(|item| item.and_then(|p| pipeline.process(&p)))
                .collect();
            for r in results {
                match r {
                    Ok(p) => {
                        for warning in &p.extraction.warnings {
                            eprintln!("blotter: {}: {warning}", p.extraction.article.source);
                        }
                        done += 1;
                        sink.push(p)?;
                    }
                    Err(e) => {
                        super::report(&e);
                        failed += 1;
                    }
                }
            }
        }
        if done == 0 {
            anyhow::bail!("no article could be read ({failed} failed)");
        }
        sink.finish(args)
    })?;
    Ok(if failed > 0 { super::PARTIAL } else { 0 })
}

/// Where each extracted article goes.
enum Sink<'w> {
    /// `--explain`: written at once, in input order.
    Explain(&'w mut dyn Write),
    /// A dataset format: written at once, in input order.
    Quads(Box<ArticleWriter<&'w mut dyn Write>>),
    /// A graph format: kept for the global sort and merge.
    Collect(&'w mut dyn Write, Vec<oxigraph::model::Quad>),
}

impl<'w> Sink<'w> {
    fn new(args: &ExtractArgs, w: &'w mut dyn Write) -> Result<Sink<'w>> {
        Ok(if args.explain {
            Sink::Explain(w)
        } else if args.format.keeps_graphs() {
            Sink::Quads(Box::new(ArticleWriter::new(args.format, w)?))
        } else {
            Sink::Collect(w, Vec::new())
        })
    }

    fn push(&mut self, p: Processed) -> Result<()> {
        match self {
            Sink::Explain(w) => super::explain::write(*w, &p.extraction),
            Sink::Quads(out) => Ok(out.write_article(p.quads)?),
            Sink::Collect(_, all) => {
                all.extend(p.quads);
                Ok(())
            }
        }
    }

    fn finish(self, args: &ExtractArgs) -> Result<()> {
        match self {
            Sink::Explain(w) => Ok(w.flush()?),
            Sink::Quads(out) => {
                out.finish()?;
                Ok(())
            }
            Sink::Collect(w, quads) => Ok(blotter::rdf::write::write(quads, args.format, w)?),
        }
    }
}
