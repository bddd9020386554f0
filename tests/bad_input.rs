//! Bad input: a clear message naming the file and the reason, other files still processed,
//! exit code 3 for a partial batch, 1 when nothing could be read; never a panic.

use crate::util;
use std::io::Write;

fn write(dir: &std::path::Path, name: &str, bytes: &[u8]) -> std::path::PathBuf {
    let p = dir.join(name);
    std::fs::File::create(&p).unwrap().write_all(bytes).unwrap();
    p
}

#[test]
fn each_bad_file_is_named_with_its_reason() {
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(std::path::PathBuf, &str)> = vec![
        (write(dir.path(), "empty.txt", b""), "empty"),
        (write(dir.path(), "blank.txt", b"  \n\t\n"), "whitespace"),
        (
            write(dir.path(), "image.txt", b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR"),
            "binary",
        ),
        (
            write(
                dir.path(),
                "script.html",
                b"<html><body><script>var a = 'x';</script></body></html>",
            ),
            "no article text",
        ),
        (dir.path().join("missing.txt"), "does not exist"),
    ];
    for (path, reason) in &cases {
        let o = util::run(&["extract", path.to_str().unwrap()]);
        assert_eq!(o.status.code(), Some(1), "{path:?}");
        let err = util::stderr(&o);
        assert!(
            err.contains(path.file_name().unwrap().to_str().unwrap()) && err.contains(reason),
            "{path:?}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
}

#[test]
fn a_batch_goes_on_and_says_some_failed() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::copy(util::seed(), dir.path().join("good.txt")).unwrap();
    write(dir.path(), "empty.txt", b"");
    write(
        dir.path(),
        "latin1.txt",
        b"Europol's J\xfcrgen M\xfcller said 12 kg of cocaine were seized in Lyon.",
    );
    let o = util::run(&["extract", dir.path().to_str().unwrap(), "-f", "nquads"]);
    assert_eq!(o.status.code(), Some(3), "{}", util::stderr(&o));
    let err = util::stderr(&o);
    assert!(err.contains("empty.txt") && err.contains("empty"), "{err}");
    assert!(err.contains("latin1.txt") && err.contains("Windows-1252"), "{err}");
    let out = util::stdout(&o);
    assert!(
        out.contains("Jürgen Stock") && out.contains("Müller"),
        "the good and the decodable files are in the output"
    );
}

/// `extract -o FILE` streams its output through a temporary file: when nothing could be
/// read, an earlier FILE is left as it was and no temporary file stays behind.
#[test]
fn a_failed_extract_leaves_the_output_file_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.txt", b"\0\0\0\0");
    let out_dir = tempfile::tempdir().unwrap();
    let out = write(out_dir.path(), "out.nq", b"earlier output\n");
    for format in ["nquads", "turtle"] {
        let o = util::run(&[
            "extract",
            bad.to_str().unwrap(),
            "-f",
            format,
            "-o",
            out.to_str().unwrap(),
        ]);
        assert_eq!(o.status.code(), Some(1), "{}", util::stderr(&o));
        assert!(
            util::stderr(&o).contains("no article could be read"),
            "{}",
            util::stderr(&o)
        );
        assert_eq!(std::fs::read(&out).unwrap(), b"earlier output\n");
        let left: Vec<_> = std::fs::read_dir(out_dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(left, vec![std::ffi::OsString::from("out.nq")], "{format}");
    }
}

#[test]
fn a_failed_load_leaves_the_store_untouched() {
    let d = util::store_with(&[&util::seed()]);
    let store = util::store_arg(&d);
    let before = util::ok(&["export", "--store", &store, "-f", "nquads"]);
    let dir = tempfile::tempdir().unwrap();
    let bad = write(dir.path(), "bad.txt", b"\0\0\0\0");
    let o = util::run(&["load", "--store", &store, bad.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    assert_eq!(util::ok(&["export", "--store", &store, "-f", "nquads"]), before);
}

#[test]
fn querying_a_store_that_does_not_exist_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let o = util::run(&[
        "query",
        "officials",
        "--store",
        dir.path().join("nope").to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(util::stderr(&o).contains("blotter load"), "{}", util::stderr(&o));
}

#[test]
fn utf16_latin1_and_limits() {
    let dir = tempfile::tempdir().unwrap();
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "INTERPOL Secretary General Jürgen Stock said the results were good.".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let p = write(dir.path(), "utf16.txt", &utf16);
    let o = util::run(&["extract", p.to_str().unwrap(), "-f", "ntriples"]);
    assert!(o.status.success(), "{}", util::stderr(&o));
    assert!(util::stderr(&o).contains("UTF-16LE"));
    assert!(util::stdout(&o).contains("J\\u00FCrgen Stock") || util::stdout(&o).contains("Jürgen Stock"));

    let big = write(dir.path(), "big.txt", &vec![b'a'; 5000]);
    let o = util::run(&["extract", big.to_str().unwrap(), "--max-bytes", "1000"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(util::stderr(&o).contains("too large"), "{}", util::stderr(&o));
}

#[test]
fn one_long_line_and_deep_html_are_processed() {
    let dir = tempfile::tempdir().unwrap();
    let line = "Police seized 12 kg of cocaine in Lyon. ".repeat(100_000);
    let p = write(dir.path(), "long.txt", line.as_bytes());
    let o = util::run(&["extract", p.to_str().unwrap(), "-f", "nquads"]);
    assert!(o.status.success(), "{}", util::stderr(&o));
    let deep = format!(
        "<html><body>{}<p>Europol said 3 tonnes of cocaine were seized.</p>{}</body></html>",
        "<div>".repeat(100_000),
        "</div>".repeat(100_000)
    );
    let p = write(dir.path(), "deep.html", deep.as_bytes());
    let o = util::run(&["extract", p.to_str().unwrap(), "-f", "nquads"]);
    assert!(o.status.success(), "{}", util::stderr(&o));
    assert!(util::stdout(&o).contains("Europol"));
}

#[cfg(unix)]
#[test]
fn symlink_loops_and_unreadable_files_are_reported() {
    let dir = tempfile::tempdir().unwrap();
    let sub = dir.path().join("sub");
    std::fs::create_dir(&sub).unwrap();
    std::fs::copy(util::seed(), sub.join("a.txt")).unwrap();
    std::os::unix::fs::symlink(dir.path(), sub.join("loop")).unwrap();
    let o = util::run(&["extract", dir.path().to_str().unwrap(), "-f", "nquads"]);
    assert_eq!(o.status.code(), Some(3), "{}", util::stderr(&o));
    assert!(util::stderr(&o).contains("loop"), "{}", util::stderr(&o));
    assert!(util::stdout(&o).contains("Jürgen Stock"));
}

#[test]
fn a_store_in_use_is_named_with_its_process() {
    let d = util::store_with(&[&util::seed()]);
    let path = d.path().join("store");
    let held = blotter::store::BlotterStore::open(&path).unwrap();
    let o = util::run(&["query", "officials", "--store", path.to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1));
    let err = util::stderr(&o);
    assert!(
        err.contains("in use") && err.contains(&std::process::id().to_string()),
        "{err}"
    );
    drop(held);
    util::ok(&["query", "officials", "--store", path.to_str().unwrap()]);
}

#[test]
fn runaway_queries_are_cancelled_and_limits_hold() {
    let d = util::store_with(&[&util::seed()]);
    let store = util::store_arg(&d);
    let dir = tempfile::tempdir().unwrap();
    let q = write(
        dir.path(),
        "big.rq",
        b"SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }",
    );
    let t0 = std::time::Instant::now();
    let o = util::run(&[
        "query",
        q.to_str().unwrap(),
        "--store",
        &store,
        "--timeout",
        "1",
        "-f",
        "csv",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(util::stderr(&o).contains("timeout"), "{}", util::stderr(&o));
    eprintln!("cancelled after {:?}", t0.elapsed());
    let q = write(dir.path(), "pairs.rq", b"SELECT * WHERE { ?a ?b ?c . ?d ?e ?f }");
    let out = util::ok(&[
        "query",
        q.to_str().unwrap(),
        "--store",
        &store,
        "--limit",
        "5",
        "-f",
        "csv",
    ]);
    assert_eq!(out.lines().count(), 6);
}

#[test]
fn a_file_that_disappears_before_it_is_read() {
    // The directory walk finds the file; it is gone when its turn comes.
    let dir = tempfile::tempdir().unwrap();
    let p = write(dir.path(), "gone.txt", b"Europol said 3 kg of heroin were seized.");
    let paths = [dir.path().to_path_buf()];
    let files: Vec<_> = blotter::document::inputs::walk(&paths)
        .collect::<Result<_, _>>()
        .unwrap();
    assert_eq!(files, vec![p.clone()]);
    std::fs::remove_file(&p).unwrap();
    let err = blotter::document::read_path(&files[0], 1 << 20).unwrap_err();
    assert!(
        err.to_string().contains("gone.txt") && err.to_string().contains("does not exist"),
        "{err}"
    );
}

/// Whether this process runs as root (who reads files of mode 000).
#[cfg(unix)]
fn is_root() -> bool {
    let o = std::process::Command::new("id").arg("-u").output().expect("run id -u");
    util::stdout(&o).trim() == "0"
}

/// A copy of the binary that an unprivileged user can run (the build directory may be
/// under a home of mode 0700), in a folder of mode 0755 under /tmp, and a way to run it:
/// as the user `nobody` through `setpriv` when this is root, as is otherwise. `None` when
/// this is root and `setpriv` cannot be run.
#[cfg(unix)]
fn unprivileged() -> Option<(tempfile::TempDir, impl Fn(&[&str]) -> std::process::Output)> {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::Builder::new().tempdir_in("/tmp").unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let bin = dir.path().join("blotter");
    std::fs::copy(util::bin(), &bin).unwrap();
    std::fs::set_permissions(&bin, std::fs::Permissions::from_mode(0o755)).unwrap();
    let root = is_root();
    let run = move |args: &[&str]| {
        let mut cmd = if root {
            let mut c = std::process::Command::new("setpriv");
            c.args(["--reuid=65534", "--regid=65534", "--clear-groups"]).arg(&bin);
            c
        } else {
            std::process::Command::new(&bin)
        };
        cmd.args(args).output().expect("run blotter")
    };
    if root {
        if let Err(e) = std::process::Command::new("setpriv").arg("--version").output() {
            eprintln!("skipped: running as root and setpriv cannot be run ({e}), so no file is unreadable");
            return None;
        }
        let o = run(&["queries"]);
        assert!(o.status.success(), "blotter as nobody: {}", util::stderr(&o));
    }
    Some((dir, run))
}

/// The line of `err` that names `name`, which must also give the reason "permission denied".
fn says_permission_denied(err: &str, name: &str) -> bool {
    err.lines()
        .any(|l| l.contains(name) && l.to_lowercase().contains("permission denied"))
}

#[cfg(unix)]
#[test]
fn unreadable_files_are_named_and_the_others_processed() {
    use std::os::unix::fs::PermissionsExt;
    let Some((dir, run)) = unprivileged() else { return };
    let mode = |p: &std::path::Path, m: u32| std::fs::set_permissions(p, std::fs::Permissions::from_mode(m)).unwrap();
    let input = dir.path().join("in");
    for d in ["", "sub", "closed"] {
        std::fs::create_dir(input.join(d)).unwrap();
        mode(&input.join(d), 0o755);
    }
    for (from, to) in [
        ("a01_interpol_harmattan_firearms.txt", "a01.txt"),
        ("a03_frontex_nordic_lynx.txt", "a03.txt"),
        ("a05_wire_lagos_pangolin.txt", "sub/a05.txt"),
        ("a09_local_immingham_heroin.txt", "locked.txt"),
        ("a04_wire_ecuador_cocaine.txt", "closed/a04.txt"),
    ] {
        std::fs::copy(util::fixture(from), input.join(to)).unwrap();
        mode(&input.join(to), 0o644);
    }
    mode(&input.join("locked.txt"), 0o000);
    mode(&input.join("closed"), 0o000);
    // The readable ones, for comparison.
    let readable: Vec<_> = ["a01.txt", "a03.txt", "sub/a05.txt"]
        .iter()
        .map(|f| input.join(f).display().to_string())
        .collect();
    let mut args = vec!["extract", "-f", "nquads"];
    args.extend(readable.iter().map(String::as_str));
    let want = util::per_graph(&util::stdout(&run(&args)));
    assert_eq!(want.len(), 3);

    let o = run(&["extract", input.to_str().unwrap(), "-f", "nquads"]);
    let err = util::stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(says_permission_denied(&err, "locked.txt"), "{err}");
    assert!(says_permission_denied(&err, "closed"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(util::per_graph(&util::stdout(&o)), want);

    let w = dir.path().join("w");
    std::fs::create_dir(&w).unwrap();
    mode(&w, 0o777);
    let store = w.join("store");
    let o = run(&["load", "--store", store.to_str().unwrap(), input.to_str().unwrap()]);
    let err = util::stderr(&o);
    assert_eq!(o.status.code(), Some(3), "{err}");
    assert!(says_permission_denied(&err, "locked.txt"), "{err}");
    assert!(says_permission_denied(&err, "closed"), "{err}");
    assert!(err.contains("3 article(s) loaded") && err.contains("2 failed"), "{err}");
    let o = run(&["export", "--store", store.to_str().unwrap(), "-f", "nquads"]);
    assert!(o.status.success(), "{}", util::stderr(&o));
    let got = util::per_graph(&util::stdout(&o));
    assert_eq!(got.keys().collect::<Vec<_>>(), want.keys().collect::<Vec<_>>());
}

#[cfg(unix)]
#[test]
fn a_store_of_another_user_is_read_but_not_written() {
    use std::os::unix::fs::PermissionsExt;
    if !is_root() {
        eprintln!("skipped: only root can make a store that belongs to another user");
        return;
    }
    let Some((dir, run)) = unprivileged() else { return };
    let seed = dir.path().join("seed.txt");
    std::fs::copy(util::seed(), &seed).unwrap();
    std::fs::set_permissions(&seed, std::fs::Permissions::from_mode(0o644)).unwrap();
    let store = dir.path().join("store");
    util::ok(&["load", "--store", store.to_str().unwrap(), seed.to_str().unwrap()]);
    let before = util::ok(&["export", "--store", store.to_str().unwrap(), "-f", "nquads"]);
    let q = write(
        dir.path(),
        "count.rq",
        b"SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }",
    );
    std::fs::set_permissions(&q, std::fs::Permissions::from_mode(0o644)).unwrap();
    // nobody may read the store, not write it: queries and exports open it read-only.
    let o = run(&[
        "query",
        q.to_str().unwrap(),
        "--store",
        store.to_str().unwrap(),
        "-f",
        "csv",
    ]);
    assert!(o.status.success(), "{}", util::stderr(&o));
    assert_eq!(util::csv(&util::stdout(&o))[1][0], "1");
    let o = run(&["export", "--store", store.to_str().unwrap(), "-f", "nquads"]);
    assert!(o.status.success(), "{}", util::stderr(&o));
    assert_eq!(util::stdout(&o), before);
    let o = run(&["load", "--store", store.to_str().unwrap(), seed.to_str().unwrap()]);
    let err = util::stderr(&o);
    assert_eq!(o.status.code(), Some(1), "{err}");
    assert!(
        err.contains(&format!("store {}", store.display())) && err.contains("permission denied"),
        "{err}"
    );
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(
        util::ok(&["export", "--store", store.to_str().unwrap(), "-f", "nquads"]),
        before
    );
}

#[cfg(unix)]
#[test]
fn a_closed_pipe_is_not_a_panic() {
    // `blotter queries | head -1`: stdout is a pipe whose reading end is closed, so every
    // write fails with "Broken pipe", which ends the command quietly with exit code 0.
    let d = util::store_with(&[&util::seed()]);
    let store = util::store_arg(&d);
    let seed = util::seed().display().to_string();
    let commands: [&[&str]; 4] = [
        &["queries"],
        &["validate", "--store", &store],
        &["extract", &seed, "-f", "nquads"],
        &["query", "articles", "--store", &store, "-f", "csv"],
    ];
    for args in commands {
        let (reader, writer) = std::io::pipe().unwrap();
        drop(reader);
        let o = std::process::Command::new(util::bin())
            .args(args)
            .stdout(writer)
            .output()
            .expect("run blotter");
        let err = util::stderr(&o);
        assert!(!err.contains("panicked"), "{args:?}: {err}");
        assert_eq!(o.status.code(), Some(0), "{args:?}: {err}");
    }
}
