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
