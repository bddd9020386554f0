//! Expanding command-line paths into the list of articles to read.
//!
//! A directory is walked (symlinks followed, loops reported, not followed forever) for
//! `.txt`, `.md`, `.markdown`, `.html` and `.htm` files, in sorted order so runs are
//! repeatable; a file named explicitly is read whatever its extension; `-` is stdin.

use crate::error::ReadError;
use std::path::{Path, PathBuf};

const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "xhtml"];

/// The inputs found, and the paths that could not be walked.
pub fn collect(paths: &[PathBuf]) -> (Vec<PathBuf>, Vec<ReadError>) {
    let mut files = Vec::new();
    let mut errors = Vec::new();
    for p in paths {
        if p.as_os_str() == "-" {
            files.push(p.clone());
            continue;
        }
        let meta = match std::fs::metadata(p) {
            Ok(m) => m,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                errors.push(ReadError::NotFound {
                    path: p.display().to_string(),
                });
                continue;
            }
            Err(e) => {
                errors.push(ReadError::Io {
                    path: p.display().to_string(),
                    source: e,
                });
                continue;
            }
        };
        if !meta.is_dir() {
            files.push(p.clone());
            continue;
        }
        let mut found = Vec::new();
        for entry in walkdir::WalkDir::new(p).follow_links(true).sort_by_file_name() {
            match entry {
                Ok(e) if e.file_type().is_file() && has_article_extension(e.path()) => found.push(e.into_path()),
                Ok(_) => {}
                Err(e) => {
                    let path = e
                        .path()
                        .map(|x| x.display().to_string())
                        .unwrap_or_else(|| p.display().to_string());
                    let reason = if e.loop_ancestor().is_some() {
                        "symbolic link loop; not followed".to_string()
                    } else if let Some(io) = e.io_error() {
                        format!("cannot read: {io}")
                    } else {
                        e.to_string()
                    };
                    errors.push(ReadError::Walk { path, reason });
                }
            }
        }
        files.extend(found);
    }
    (files, errors)
}

fn has_article_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_lowercase().as_str()))
}
