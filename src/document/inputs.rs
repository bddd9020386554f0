//! Expanding command-line paths into the articles to read, one at a time.
//!
//! A directory is walked (symlinks followed, loops reported, not followed forever) for
//! `.txt`, `.md`, `.markdown`, `.html` and `.htm` files, in sorted order so runs are
//! repeatable; a file named explicitly is read whatever its extension; `-` is stdin.

use crate::error::ReadError;
use std::path::{Path, PathBuf};

const EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm", "xhtml"];

/// How many inputs [`walk`] will yield (articles and walk errors), found by a walk that
/// keeps nothing: a progress bar's total, for the price of reading the directories twice.
pub fn count(paths: &[PathBuf]) -> usize {
    walk(paths).count()
}

/// The inputs, one at a time and in a repeatable order: each directory's entries sorted by
/// name, depth first. Memory follows the largest directory on the current path, not the
/// corpus: a run over a million files never holds their list. A path that cannot be walked
/// comes as an error in its place.
pub fn walk(paths: &[PathBuf]) -> impl Iterator<Item = Result<PathBuf, ReadError>> + '_ {
    paths
        .iter()
        .flat_map(|p| -> Box<dyn Iterator<Item = Result<PathBuf, ReadError>>> {
            if p.as_os_str() == "-" {
                return Box::new(std::iter::once(Ok(p.clone())));
            }
            match std::fs::metadata(p) {
                Ok(m) if m.is_dir() => Box::new(walk_dir(p)),
                Ok(_) => Box::new(std::iter::once(Ok(p.clone()))),
                Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
                    Box::new(std::iter::once(Err(ReadError::NotFound {
                        path: p.display().to_string(),
                    })))
                }
                Err(e) => Box::new(std::iter::once(Err(ReadError::Io {
                    path: p.display().to_string(),
                    source: e,
                }))),
            }
        })
}

/// The article files under one directory (symlinks followed, loops reported once).
fn walk_dir(root: &Path) -> impl Iterator<Item = Result<PathBuf, ReadError>> + '_ {
    walkdir::WalkDir::new(root)
        .follow_links(true)
        .sort_by_file_name()
        .into_iter()
        .filter_map(move |entry| match entry {
            Ok(e) if e.file_type().is_file() && has_article_extension(e.path()) => Some(Ok(e.into_path())),
            Ok(_) => None,
            Err(e) => {
                let path = e
                    .path()
                    .map(|x| x.display().to_string())
                    .unwrap_or_else(|| root.display().to_string());
                let reason = if e.loop_ancestor().is_some() {
                    "symbolic link loop; not followed".to_string()
                } else if let Some(io) = e.io_error() {
                    format!("cannot read: {io}")
                } else {
                    e.to_string()
                };
                Some(Err(ReadError::Walk { path, reason }))
            }
        })
}

fn has_article_extension(p: &Path) -> bool {
    p.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| EXTENSIONS.contains(&e.to_lowercase().as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn touch(p: &Path) {
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, b"text").unwrap();
    }

    fn names(items: &[Result<PathBuf, ReadError>], root: &Path) -> Vec<String> {
        items
            .iter()
            .map(|i| match i {
                Ok(p) => p.strip_prefix(root).unwrap_or(p).display().to_string(),
                Err(e) => format!("error: {e}"),
            })
            .collect()
    }

    #[test]
    fn walks_sorted_depth_first_with_errors_in_place() {
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        for f in ["b/2.txt", "a/1.html", "a/z/3.md", "a/notes.json", "c.TXT"] {
            touch(&root.join(f));
        }
        let explicit = root.join("a/notes.json");
        let missing = root.join("missing");
        let paths = vec![root.to_path_buf(), missing.clone(), explicit];
        let items: Vec<_> = walk(&paths).collect();
        let got = names(&items, root);
        assert_eq!(&got[..4], ["a/1.html", "a/z/3.md", "b/2.txt", "c.TXT"]);
        assert!(got[4].starts_with("error: ") && got[4].contains("missing"), "{got:?}");
        // a file named explicitly is read whatever its extension
        assert_eq!(got[5], "a/notes.json");
        assert_eq!(got.len(), 6);
        assert_eq!(count(&paths), 6);
        assert_eq!(items.iter().filter(|i| i.is_err()).count(), 1);
    }

    #[test]
    fn the_walk_is_lazy() {
        // A directory is read when the walk reaches it, not before: a file added to a later
        // directory after the first article was taken is still found. A walk that listed
        // everything up front (and held the list) would miss it.
        let d = tempfile::tempdir().unwrap();
        let root = d.path();
        touch(&root.join("a/1.txt"));
        touch(&root.join("b/2.txt"));
        let paths = vec![root.to_path_buf()];
        let mut w = walk(&paths);
        assert!(w.next().unwrap().unwrap().ends_with("a/1.txt"));
        touch(&root.join("b/3.txt"));
        let rest: Vec<_> = w.map(|r| r.unwrap()).collect();
        assert_eq!(rest.len(), 2, "{rest:?}");
        assert!(rest[1].ends_with("b/3.txt"));
    }
}
