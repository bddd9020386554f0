//! Helpers shared by the integration tests: running the binary, temp dirs, paths.

#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

pub fn seed() -> PathBuf {
    root().join("samples/interpol-european-regional-conference-2017.txt")
}

pub fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/articles").join(name)
}

pub fn bin() -> &'static str {
    env!("CARGO_BIN_EXE_blotter")
}

/// Runs blotter with `args`; panics with its stderr if it could not start.
pub fn run(args: &[&str]) -> Output {
    Command::new(bin()).args(args).output().expect("run blotter")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Runs blotter and asserts success.
pub fn ok(args: &[&str]) -> String {
    let o = run(args);
    assert!(o.status.success(), "blotter {args:?} failed: {}", stderr(&o));
    stdout(&o)
}

/// A store loaded with the given inputs, in a fresh temp dir.
pub fn store_with(inputs: &[&Path]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let store = dir.path().join("store");
    let mut args = vec!["load".to_string(), "--store".into(), store.display().to_string()];
    args.extend(inputs.iter().map(|p| p.display().to_string()));
    let refs: Vec<&str> = args.iter().map(String::as_str).collect();
    ok(&refs);
    dir
}

pub fn store_arg(dir: &tempfile::TempDir) -> String {
    dir.path().join("store").display().to_string()
}

/// Triples per graph in N-Quads text (the graph is the last term of each line).
pub fn per_graph(nq: &str) -> std::collections::BTreeMap<String, usize> {
    let mut m = std::collections::BTreeMap::new();
    for l in nq.lines().filter(|l| !l.is_empty()) {
        let g = l.trim_end_matches(" .").rsplit(' ').next().unwrap().to_string();
        *m.entry(g).or_default() += 1;
    }
    m
}

/// Parses CSV query output into rows of cells (handles quoted cells).
pub fn csv(text: &str) -> Vec<Vec<String>> {
    let mut rows = Vec::new();
    let mut row = Vec::new();
    let mut cell = String::new();
    let mut quoted = false;
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, quoted) {
            ('"', true) if chars.peek() == Some(&'"') => {
                cell.push('"');
                chars.next();
            }
            ('"', _) => quoted = !quoted,
            (',', false) => row.push(std::mem::take(&mut cell)),
            ('\r', false) => {}
            ('\n', false) => {
                row.push(std::mem::take(&mut cell));
                rows.push(std::mem::take(&mut row));
            }
            (c, _) => cell.push(c),
        }
    }
    if !cell.is_empty() || !row.is_empty() {
        row.push(cell);
        rows.push(row);
    }
    rows
}
