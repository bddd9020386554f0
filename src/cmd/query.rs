//! `blotter query` and `blotter queries`.

use crate::cli::QueryArgs;
use anyhow::{Context, Result};
use blotter::store::query::{self, ResultFormat};
use blotter::store::{queries, BlotterStore};
use std::io::{IsTerminal, Write};
use std::time::Duration;

pub fn run(args: &QueryArgs) -> Result<i32> {
    let spec = query::resolve(&args.query)?;
    let params = query::bind_params(&spec, &args.params)?;
    let path = args.store.clone().unwrap_or_else(blotter::store::default_path);
    let store = BlotterStore::open_existing(&path)?;
    let timeout = match args.timeout {
        Some(t) if !(t > 0.0 && t.is_finite()) => {
            anyhow::bail!("--timeout must be a positive number of seconds")
        }
        Some(t) => Some(Duration::from_secs_f64(t)),
        None => None,
    };
    if let Some(t) = timeout {
        // The evaluator checks the cancellation token between solutions; a join that is
        // still being built gets a short grace period, then the process ends cleanly
        // (the store is only read here).
        std::thread::spawn(move || {
            std::thread::sleep(t + Duration::from_secs(2));
            eprintln!(
                "blotter: error: query cancelled after the --timeout of {:.1}s",
                t.as_secs_f64()
            );
            std::process::exit(1);
        });
    }
    let rows = match &args.explain {
        Some(file) => {
            let mut plan = Vec::new();
            let rows = query::select_explained(&store, &spec, &params, args.limit, timeout, Some(&mut plan));
            // the plan is written even when the query failed (a timeout is when it helps most)
            std::fs::write(file, &plan).with_context(|| format!("cannot write the plan to {}", file.display()))?;
            rows?
        }
        None => query::select(&store, &spec, &params, args.limit, timeout)?,
    };
    let format = args.format.unwrap_or(if std::io::stdout().is_terminal() {
        ResultFormat::Table
    } else {
        ResultFormat::Csv
    });
    super::write_output(None, |w| Ok(query::print(&rows, format, w)?))?;
    Ok(0)
}

pub fn list() -> Result<i32> {
    // Written, not printed: `blotter queries | head -1` closes the pipe, and println! panics.
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let width = queries::BUNDLED.iter().map(|b| b.name.len()).max().unwrap_or(0);
    for b in queries::BUNDLED {
        let h = queries::header(b.text);
        let params: Vec<String> = h
            .params
            .iter()
            .map(|p| {
                if p.required {
                    format!("{}=...", p.name)
                } else {
                    format!("[{}=...]", p.name)
                }
            })
            .collect();
        writeln!(
            out,
            "{:<width$}  {}{}",
            b.name,
            h.description,
            if params.is_empty() {
                String::new()
            } else {
                format!("  (params: {})", params.join(" "))
            }
        )?;
    }
    Ok(0)
}
