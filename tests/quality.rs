//! Extraction quality never silently regresses: the scorer the held-out measurement uses
//! (`../shared/eval/score.py`) runs on the development corpus and on the project's own
//! fixtures (`tests/fixtures`, gold written and checked by hand), and the figures must stay
//! at or above the bar reached so far.

use std::path::PathBuf;
use std::process::Command;

fn scorer() -> Option<PathBuf> {
    let p = crate::util::root().join("../shared/eval/score.py");
    if p.exists() {
        return Some(p);
    }
    // Outside the development setup the scorer is not there; CI always has it.
    assert!(std::env::var_os("CI").is_none(), "CI must have ../shared/eval/score.py");
    eprintln!("skipped: ../shared/eval/score.py not found");
    None
}

/// Runs the scorer and returns (entity F1, fact F1, failures).
fn score(corpus: &str) -> (f64, f64, u64) {
    let scorer = match scorer() {
        Some(s) => s,
        None => return (1.0, 1.0, 0),
    };
    let json = tempfile::NamedTempFile::new().unwrap();
    let out = Command::new("python3")
        .arg(&scorer)
        .args(["--bin", crate::util::bin(), "--corpus", corpus, "--json"])
        .arg(json.path())
        .output()
        .expect("python3 (run scripts/setup.sh --test)");
    assert!(
        out.status.success(),
        "score.py failed: {}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    eprintln!("{}", String::from_utf8_lossy(&out.stdout));
    let v: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(json.path()).unwrap()).unwrap();
    let s = &v["summary"];
    (
        s["entity_f1"].as_f64().unwrap(),
        s["fact_f1"].as_f64().unwrap(),
        s["failures"].as_u64().unwrap(),
    )
}

#[test]
fn development_corpus_stays_above_the_bar() {
    let corpus = crate::util::root().join("../shared/eval/dev");
    let (e, f, failed) = score(corpus.to_str().unwrap());
    assert_eq!(failed, 0);
    assert!(e >= 0.95, "entity F1 {e:.3} fell below 0.95");
    assert!(f >= 0.95, "fact F1 {f:.3} fell below 0.95");
}

#[test]
fn own_fixtures_stay_above_the_bar() {
    let corpus = crate::util::root().join("tests/fixtures");
    let (e, f, failed) = score(corpus.to_str().unwrap());
    assert_eq!(failed, 0);
    // The 228 fixtures e01 to zo03, written blind, are harder than the first 37: with them the
    // whole set of 265 scores entity F1 0.942 and fact F1 0.879 (1 December, twenty-fourth
    // session), against 0.979 and 0.937 for the first 37 alone, 0.962 / 0.899 for the first
    // 85, 0.958 / 0.882 for the first 103, 0.955 / 0.884 for the first 112, 0.952 / 0.892
    // for the first 121, 0.951 / 0.889 for the first 130, 0.947 / 0.888 for the first 139,
    // 0.945 / 0.884 for the first 148, 0.945 / 0.885 for the first 157, 0.946 / 0.882 for
    // the first 166, 0.946 / 0.887 for the first 175, 0.943 / 0.883 for the first 184,
    // 0.942 / 0.882 for the first 193, 0.939 / 0.880 for the first 211, 0.939 / 0.878 for
    // the first 229, 0.941 / 0.881 for the first 241 and 0.944 / 0.880 for the first 253.
    // The latest rounds (of real operations, conferences and seizures in the news) are
    // harder than the rest (rounds zl to zo: 0.865 / 0.842 on arrival); the bars are 0.930
    // and 0.870, 0.009 to 0.012 under today's figures.
    assert!(e >= 0.930, "entity F1 {e:.3} fell below 0.930");
    assert!(f >= 0.870, "fact F1 {f:.3} fell below 0.870");
}
