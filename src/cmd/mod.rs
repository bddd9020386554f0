//! One small function per subcommand, over the library.

pub mod explain;
pub mod export;
pub mod extract;
pub mod load;
pub mod optimize;
pub mod push;
pub mod query;
pub mod validate;

use anyhow::{Context, Result};
use std::io::Write;
use std::path::{Path, PathBuf};

/// Exit code when some inputs failed and the others were processed.
pub const PARTIAL: i32 = 3;

/// Writes to `path` through a temporary file renamed into place (all or nothing), or to
/// stdout when `path` is `None`.
pub fn write_output(path: Option<&Path>, f: impl FnOnce(&mut dyn Write) -> Result<()>) -> Result<()> {
    match path {
        None => {
            let stdout = std::io::stdout();
            let mut w = std::io::BufWriter::new(stdout.lock());
            f(&mut w)?;
            w.flush()?;
            Ok(())
        }
        // A device or a pipe (`-o /dev/null`, `-o /dev/stdout`) is written in place: renaming
        // a temporary file over it would replace the device with a plain file.
        Some(p) if std::fs::metadata(p).is_ok_and(|m| !m.is_file() && !m.is_dir()) => {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(p)
                .with_context(|| format!("{}: cannot open", p.display()))?;
            let mut w = std::io::BufWriter::new(file);
            f(&mut w)?;
            w.flush().with_context(|| format!("{}: write failed", p.display()))?;
            Ok(())
        }
        Some(p) => {
            let dir = p
                .parent()
                .filter(|d| !d.as_os_str().is_empty())
                .unwrap_or(Path::new("."));
            let mut tmp =
                tempfile_in(dir).with_context(|| format!("{}: cannot create a temporary file", p.display()))?;
            let written = (|| {
                {
                    let mut w = std::io::BufWriter::new(&mut tmp.1);
                    f(&mut w)?;
                    w.flush().with_context(|| format!("{}: write failed", p.display()))?;
                }
                tmp.1
                    .sync_all()
                    .with_context(|| format!("{}: write failed", p.display()))?;
                std::fs::rename(&tmp.0, p)
                    .with_context(|| format!("{}: cannot move the output into place", p.display()))
            })();
            if written.is_err() {
                // Nothing half-written stays behind, and an earlier file at `p` is untouched.
                let _ = std::fs::remove_file(&tmp.0);
            }
            written
        }
    }
}

fn tempfile_in(dir: &Path) -> std::io::Result<(PathBuf, std::fs::File)> {
    for i in 0..100 {
        let p = dir.join(format!(".blotter-out-{}-{i}.tmp", std::process::id()));
        match std::fs::OpenOptions::new().write(true).create_new(true).open(&p) {
            Ok(f) => return Ok((p, f)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => continue,
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free temporary file name"))
}

/// Builds the pipeline settings from the common flags. `inputs` counts the inputs; it is
/// only called when `--url` needs exactly one.
pub fn pipeline(common: &crate::cli::Common, inputs: impl FnOnce() -> usize) -> Result<blotter::Pipeline> {
    let base = blotter::rdf::iri::Base::new(&common.base)?;
    if let Some(u) = &common.url {
        blotter::rdf::iri::check_url(u)?;
        if inputs() != 1 {
            anyhow::bail!("--url names one article: give exactly one input with it");
        }
    }
    let links = match &common.links {
        Some(p) => {
            let text =
                std::fs::read_to_string(p).with_context(|| format!("{}: cannot read the links table", p.display()))?;
            blotter::rdf::links::Links::parse(&p.display().to_string(), &text)?
        }
        None => Default::default(),
    };
    Ok(blotter::Pipeline {
        base,
        links,
        max_bytes: common.max_bytes,
        url: common.url.clone(),
    })
}

/// The next `n` articles of a walk, with the walk errors met on the way, in walk order;
/// empty when the walk is over.
pub fn next_chunk(
    walk: &mut impl Iterator<Item = std::result::Result<PathBuf, blotter::error::ReadError>>,
    n: usize,
) -> Vec<std::result::Result<PathBuf, blotter::error::ReadError>> {
    let mut chunk = Vec::with_capacity(n);
    let mut articles = 0;
    for item in walk.by_ref() {
        articles += usize::from(item.is_ok());
        chunk.push(item);
        if articles == n {
            break;
        }
    }
    chunk
}

/// Prints a per-input failure.
pub fn report(e: &blotter::error::ReadError) {
    eprintln!("blotter: skipped {e}");
}

#[cfg(test)]
mod tests {
    use super::*;
    use blotter::error::ReadError;

    #[test]
    fn a_chunk_holds_n_articles_and_the_errors_met_on_the_way() {
        let err = |s: &str| Err(ReadError::NotFound { path: s.into() });
        let items: Vec<std::result::Result<PathBuf, ReadError>> =
            vec![Ok("1".into()), err("x"), Ok("2".into()), Ok("3".into()), err("y")];
        let mut walk = items.into_iter();
        let shape = |c: &[std::result::Result<PathBuf, ReadError>]| {
            c.iter()
                .map(|r| r.as_ref().map_or("err".to_string(), |p| p.display().to_string()))
                .collect::<Vec<_>>()
        };
        assert_eq!(shape(&next_chunk(&mut walk, 2)), ["1", "err", "2"]);
        assert_eq!(shape(&next_chunk(&mut walk, 2)), ["3", "err"]);
        assert!(next_chunk(&mut walk, 2).is_empty());
    }
}
