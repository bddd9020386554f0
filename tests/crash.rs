//! A load killed with SIGKILL at random moments leaves every article either fully present
//! (all its triples) or absent, and the store opens again.

use crate::util::{self, per_graph};
use std::process::{Command, Stdio};
use std::time::Duration;

#[cfg(unix)]
#[test]
fn sigkill_during_load_never_leaves_half_an_article() {
    // A corpus of distinct articles: the text fixtures, each in 12 variants.
    let corpus = tempfile::tempdir().unwrap();
    let src = util::root().join("tests/fixtures/articles");
    let mut n = 0;
    for entry in std::fs::read_dir(&src).unwrap() {
        let p = entry.unwrap().path();
        // Plain text only: pages with a canonical URL keep one IRI for all their variants.
        if p.extension().is_none_or(|e| e != "txt") {
            continue;
        }
        let text = std::fs::read_to_string(&p).unwrap();
        let ext = p.extension().unwrap().to_str().unwrap().to_string();
        for k in 0..12 {
            let variant = format!("{text}\n\nNote {k}.\n");
            std::fs::write(corpus.path().join(format!("{n:04}.{ext}")), variant).unwrap();
            n += 1;
        }
    }
    let expected = per_graph(&util::ok(&["extract", corpus.path().to_str().unwrap(), "-f", "nquads"]));
    assert_eq!(expected.len(), n);

    let store_dir = tempfile::tempdir().unwrap();
    let store = store_dir.path().join("store");
    // How long a whole load takes here, so that the kills land during the load on a fast
    // machine and on a slow one alike (fixed delays all landed before the first commit on
    // a busy two-core machine, and then the test checked nothing).
    let started = std::time::Instant::now();
    let scratch = store_dir.path().join("scratch");
    util::ok(&[
        "load",
        "--batch",
        "16",
        "--store",
        scratch.to_str().unwrap(),
        corpus.path().to_str().unwrap(),
    ]);
    let full_ms = started.elapsed().as_millis() as u64;
    // Deterministic "random" moments between 10% and 90% of a whole load.
    let mut seed: u64 = 0x9E37_79B9_7F4A_7C15;
    let mut partial_rounds = 0;
    for round in 0..8 {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = full_ms / 10 + seed % (full_ms * 8 / 10 + 1);
        let mut child = Command::new(util::bin())
            .args([
                "load",
                "--batch",
                "16",
                "--store",
                store.to_str().unwrap(),
                corpus.path().to_str().unwrap(),
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(delay));
        let _ = child.kill(); // SIGKILL
        let _ = child.wait();
        let got = per_graph(&util::ok(&[
            "export",
            "--store",
            store.to_str().unwrap(),
            "-f",
            "nquads",
        ]));
        for (g, count) in &got {
            // The store adds one triple per article: the run's time.
            let want = expected
                .get(g)
                .unwrap_or_else(|| panic!("round {round}: unknown graph {g}"))
                + 1;
            assert_eq!(*count, want, "round {round} (killed after {delay} ms): {g} is partial");
        }
        eprintln!(
            "round {round}: killed after {delay} ms (a whole load: {full_ms} ms) with {} of {n} articles in the store",
            got.len()
        );
        if !got.is_empty() && got.len() < n {
            partial_rounds += 1;
        }
    }
    assert!(
        partial_rounds > 0,
        "no kill landed while the load was committing (a whole load: {full_ms} ms)"
    );
    // And a load that is let finish completes the store.
    util::ok(&[
        "load",
        "--store",
        store.to_str().unwrap(),
        corpus.path().to_str().unwrap(),
    ]);
    let got = per_graph(&util::ok(&[
        "export",
        "--store",
        store.to_str().unwrap(),
        "-f",
        "nquads",
    ]));
    assert_eq!(got.len(), n);
}
