//! A store on a full disk or a read-only file system: a clear message naming the store and
//! the reason, exit code 1, no panic, and the store keeps everything committed before.
//!
//! Each scenario runs in a user and mount namespace of its own (`unshare -r -m`) with a
//! small tmpfs over a temporary folder, as one shell script (the tmpfs vanishes with the
//! namespace); the script prints `name=exit code` lines and leaves the commands' output in
//! files that the test then checks. Where namespaces are not permitted the tests say so on
//! stderr and return.

use crate::util::{self, per_graph};
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::process::Command;

/// Whether this machine lets a process mount a tmpfs in a namespace of its own; if not, why.
fn namespaces() -> Result<(), String> {
    let dir = tempfile::tempdir().unwrap();
    match Command::new("unshare")
        .args(["-r", "-m", "sh", "-c", "mount -t tmpfs -o size=1m tmpfs \"$1\"", "sh"])
        .arg(dir.path())
        .output()
    {
        Err(e) => Err(format!("cannot run unshare: {e}")),
        Ok(o) if !o.status.success() => Err(format!(
            "unshare -r -m with a tmpfs mount is not permitted here: {}",
            util::stderr(&o).trim()
        )),
        Ok(_) => Ok(()),
    }
}

/// Runs `script` under `unshare -r -m` with `args` as $1...; returns its `name=code` lines.
fn run_in_namespace(script: &str, args: &[&Path]) -> BTreeMap<String, i32> {
    let o = Command::new("unshare")
        .args(["-r", "-m", "sh", "-c", script, "sh"])
        .args(args)
        .output()
        .expect("run unshare");
    let out = util::stdout(&o);
    assert!(
        o.status.success() && out.lines().next() == Some("mounted"),
        "the scenario did not run: {out}\n{}",
        util::stderr(&o)
    );
    out.lines()
        .filter_map(|l| l.split_once('='))
        .map(|(k, v)| (k.to_string(), v.trim().parse().unwrap()))
        .collect()
}

fn read(p: PathBuf) -> String {
    std::fs::read_to_string(&p).unwrap_or_else(|e| panic!("{}: {e}", p.display()))
}

fn lines(nq: &str) -> BTreeSet<&str> {
    nq.lines().filter(|l| !l.is_empty()).collect()
}

/// Asserts that two N-Quads texts hold the same quads, showing a few that differ if not.
fn assert_same_quads(got: &str, want: &str, what: &str) {
    let (g, w) = (lines(got), lines(want));
    let extra: Vec<_> = g.difference(&w).collect();
    let missing: Vec<_> = w.difference(&g).collect();
    assert!(
        extra.is_empty() && missing.is_empty(),
        "{what}: {} quad(s) too many, e.g. {:?}; {} missing, e.g. {:?}",
        extra.len(),
        extra.iter().take(2).collect::<Vec<_>>(),
        missing.len(),
        missing.iter().take(2).collect::<Vec<_>>()
    );
}

/// The one number of a one-cell CSV result.
fn count(csv: &str) -> usize {
    util::csv(csv)[1][0].parse().unwrap()
}

/// The inputs: `first` (two text articles and a page with a canonical URL), `big` (200
/// generated articles: their index files grow past RocksDB's write buffer, where a failed
/// bulk load used to leave a file behind) and `mixed` (`big` plus a changed version of the
/// page, so its load is a transaction rather than the bulk loader).
struct Corpus {
    first: PathBuf,
    big: PathBuf,
    mixed: PathBuf,
    count_rq: PathBuf,
}

fn corpus(dir: &Path) -> Corpus {
    let src = util::root().join("tests/fixtures/articles");
    let c = Corpus {
        first: dir.join("first"),
        big: dir.join("big"),
        mixed: dir.join("mixed"),
        count_rq: dir.join("count.rq"),
    };
    std::fs::create_dir(&c.first).unwrap();
    let page = "a06_mekong_golden_current.html";
    for name in [
        "a01_interpol_harmattan_firearms.txt",
        "a03_frontex_nordic_lynx.txt",
        page,
    ] {
        std::fs::copy(src.join(name), c.first.join(name)).unwrap();
    }
    for d in [&c.big, &c.mixed] {
        let o = Command::new("python3")
            .arg(util::root().join("bench/gen_corpus.py"))
            .args(["--n", "200", "--seed", "3", "--out"])
            .arg(d)
            .output()
            .expect("run python3 bench/gen_corpus.py");
        assert!(o.status.success(), "gen_corpus: {}", util::stderr(&o));
    }
    let html = std::fs::read_to_string(src.join(page)).unwrap();
    let changed = html.replacen("a load of cabbages", "a load of cabbages and melons", 1);
    assert_ne!(changed, html);
    std::fs::write(c.mixed.join(page), changed).unwrap();
    std::fs::write(
        &c.count_rq,
        "SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }\n",
    )
    .unwrap();
    c
}

const DISK_FULL: &str = r#"
set -u
B=$1; D=$2; FIRST=$3; BIG=$4; MIXED=$5; O=$6; Q=$7
mount -t tmpfs -o size=4m tmpfs "$D" || exit 90
echo mounted
S="$D/store"
"$B" load --store "$S" "$FIRST" 2>"$O/load1.err"; echo "load1=$?"
"$B" export --store "$S" -f nquads >"$O/before.nq" 2>>"$O/export.err"; echo "export1=$?"
"$B" load --store "$S" --batch 1000 "$BIG" 2>"$O/bulk.err"; echo "bulk=$?"
ls "$S" >"$O/bulk.files"
"$B" export --store "$S" -f nquads >"$O/bulk.nq" 2>>"$O/export.err"; echo "export2=$?"
"$B" load --store "$S" --batch 1000 "$MIXED" 2>"$O/mixed.err"; echo "mixed=$?"
"$B" export --store "$S" -f nquads >"$O/mixed.nq" 2>>"$O/export.err"; echo "export3=$?"
"$B" load --store "$S" --batch 5 "$BIG" 2>"$O/batches.err"; echo "batches=$?"
"$B" export --store "$S" -f nquads >"$O/batches.nq" 2>>"$O/export.err"; echo "export4=$?"
head -c 64000000 /dev/zero >"$D/fill" 2>/dev/null; echo "fill=$?"
"$B" query "$Q" --store "$S" -f csv >"$O/full.csv" 2>"$O/query.err"; echo "query=$?"
"$B" load --store "$S" "$FIRST" 2>"$O/full.err"; echo "full=$?"
rm -f "$D/fill"
"$B" export --store "$S" -f nquads >"$O/after.nq" 2>>"$O/export.err"; echo "export5=$?"
"#;

/// A failed load's message: the store, the reason, no panic.
fn says_disk_full(err: &str, store: &str) {
    assert!(err.contains(store) && err.contains("no space left on device"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[cfg(unix)]
#[test]
fn a_full_disk_fails_the_batch_and_keeps_the_store() {
    if let Err(why) = namespaces() {
        eprintln!("skipped a_full_disk_fails_the_batch_and_keeps_the_store: {why}");
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let c = corpus(work.path());
    let (mnt, out) = (work.path().join("mnt"), work.path().join("out"));
    std::fs::create_dir(&mnt).unwrap();
    std::fs::create_dir(&out).unwrap();
    let expected = per_graph(&util::ok(&["extract", c.big.to_str().unwrap(), "-f", "nquads"]));
    assert_eq!(expected.len(), 200);
    let page = per_graph(&util::ok(&[
        "extract",
        c.mixed.join("a06_mekong_golden_current.html").to_str().unwrap(),
        "-f",
        "nquads",
    ]));
    let codes = run_in_namespace(
        DISK_FULL,
        &[
            Path::new(util::bin()),
            &mnt,
            &c.first,
            &c.big,
            &c.mixed,
            &out,
            &c.count_rq,
        ],
    );
    let code = |k: &str| codes.get(k).copied().unwrap_or_else(|| panic!("no {k} in {codes:?}"));
    let store = format!("store {}", mnt.join("store").display());
    for k in ["load1", "export1", "export2", "export3", "export4", "export5"] {
        assert_eq!(
            code(k),
            0,
            "{k}: {}{}",
            read(out.join("load1.err")),
            read(out.join("export.err"))
        );
    }
    let before = read(out.join("before.nq"));
    let before_graphs = per_graph(&before);
    assert_eq!(before_graphs.len(), 3);

    // One batch of 200 new articles through the bulk loader, too large for the disk: none
    // of it is stored, and none of its files is left behind.
    let err = read(out.join("bulk.err"));
    assert_eq!(code("bulk"), 1, "{err}");
    says_disk_full(&err, &store);
    assert!(err.contains("this batch of 200 article(s) was not stored"), "{err}");
    assert!(
        !read(out.join("bulk.files")).lines().any(|f| f.starts_with("bulk-")),
        "the failed bulk load left its files in the store"
    );
    assert_same_quads(&read(out.join("bulk.nq")), &before, "bulk");

    // The same with a changed version of the page: a transaction, which fails whole too
    // (the page keeps its earlier version).
    assert!(
        page.keys().all(|g| before_graphs.contains_key(g)) && !lines(&before).is_empty(),
        "the page is not a changed article"
    );
    let err = read(out.join("mixed.err"));
    assert_eq!(code("mixed"), 1, "{err}");
    says_disk_full(&err, &store);
    assert_same_quads(&read(out.join("mixed.nq")), &before, "mixed");

    // Batches of 5 until the disk is full: the batches committed before the failure are
    // kept (the message counts them), each article whole, and nothing of the failed one.
    let err = read(out.join("batches.err"));
    assert_eq!(code("batches"), 1, "{err}");
    says_disk_full(&err, &store);
    let partial = read(out.join("batches.nq"));
    assert!(
        lines(&before).is_subset(&lines(&partial)),
        "an earlier article lost triples"
    );
    let got = per_graph(&partial);
    let new: Vec<_> = got.keys().filter(|g| !before_graphs.contains_key(*g)).collect();
    for g in &new {
        // The store adds one triple per article: the run's time.
        assert_eq!(got[*g], expected[*g] + 1, "{g} is partial");
    }
    let said: usize = err
        .split("and the ")
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .map_or(0, |n| n.parse().unwrap());
    assert_eq!(new.len(), said, "{err}");
    assert!(new.len() % 5 == 0 && new.len() < 200, "{} new articles", new.len());
    eprintln!("{} articles were stored before the disk was full", new.len());

    // On a disk with no byte left a query still answers (the store is opened read-only),
    // and a load says why it cannot start.
    assert_ne!(code("fill"), 0, "the disk was not filled");
    assert_eq!(code("query"), 0, "{}", read(out.join("query.err")));
    assert_eq!(count(&read(out.join("full.csv"))), got.len());
    let err = read(out.join("full.err"));
    assert_eq!(code("full"), 1, "{err}");
    says_disk_full(&err, &store);

    // With room again, the store opens and holds what it held.
    assert_same_quads(&read(out.join("after.nq")), &partial, "after");
}

const READ_ONLY: &str = r#"
set -u
B=$1; D=$2; FIRST=$3; BIG=$4; O=$5; Q=$6
mount -t tmpfs -o size=64m tmpfs "$D" || exit 90
echo mounted
S="$D/store"
"$B" load --store "$S" "$FIRST" 2>"$O/load1.err"; echo "load1=$?"
"$B" export --store "$S" -f nquads >"$O/before.nq" 2>>"$O/export.err"; echo "export1=$?"
mount -o remount,ro "$D"; echo "ro=$?"
touch "$D/probe" 2>/dev/null; echo "touch=$?"
"$B" load --store "$S" "$BIG" 2>"$O/load2.err"; echo "load2=$?"
"$B" load --store "$D/new" "$FIRST" 2>"$O/load3.err"; echo "load3=$?"
"$B" query "$Q" --store "$S" -f csv >"$O/ro.csv" 2>"$O/query1.err"; echo "query1=$?"
"$B" export --store "$S" -f nquads >"$O/ro.nq" 2>>"$O/export.err"; echo "export2=$?"
mount -o remount,rw "$D"; echo "rw=$?"
"$B" export --store "$S" -f nquads >"$O/rw.nq" 2>>"$O/export.err"; echo "export3=$?"
"$B" load --store "$S" "$BIG" 2>"$O/load4.err"; echo "load4=$?"
"$B" query "$Q" --store "$S" -f csv >"$O/rw.csv" 2>"$O/query2.err"; echo "query2=$?"
"#;

#[cfg(unix)]
#[test]
fn a_read_only_store_is_queried_but_not_loaded() {
    if let Err(why) = namespaces() {
        eprintln!("skipped a_read_only_store_is_queried_but_not_loaded: {why}");
        return;
    }
    let work = tempfile::tempdir().unwrap();
    let c = corpus(work.path());
    let (mnt, out) = (work.path().join("mnt"), work.path().join("out"));
    std::fs::create_dir(&mnt).unwrap();
    std::fs::create_dir(&out).unwrap();
    let codes = run_in_namespace(
        READ_ONLY,
        &[Path::new(util::bin()), &mnt, &c.first, &c.big, &out, &c.count_rq],
    );
    let code = |k: &str| codes.get(k).copied().unwrap_or_else(|| panic!("no {k} in {codes:?}"));
    for k in ["load1", "export1", "ro", "export2", "rw", "export3"] {
        assert_eq!(
            code(k),
            0,
            "{k}: {}{}",
            read(out.join("load1.err")),
            read(out.join("export.err"))
        );
    }
    assert_ne!(code("touch"), 0, "the file system is not read-only");
    let before = read(out.join("before.nq"));
    assert_eq!(per_graph(&before).len(), 3);

    for (k, store) in [("load2", mnt.join("store")), ("load3", mnt.join("new"))] {
        let err = read(out.join(format!("{k}.err")));
        assert_eq!(code(k), 1, "{k}: {err}");
        assert!(
            err.contains(&format!("store {}", store.display())) && err.contains("read-only file system"),
            "{k}: {err}"
        );
        assert!(!err.contains("panicked"), "{err}");
    }
    // Queries and exports read a read-only store.
    assert_eq!(code("query1"), 0, "{}", read(out.join("query1.err")));
    assert_eq!(count(&read(out.join("ro.csv"))), 3);
    assert_same_quads(&read(out.join("ro.nq")), &before, "ro");
    // Writable again: everything is there, and loading works.
    assert_same_quads(&read(out.join("rw.nq")), &before, "rw");
    assert_eq!(code("load4"), 0, "{}", read(out.join("load4.err")));
    assert_eq!(code("query2"), 0, "{}", read(out.join("query2.err")));
    assert_eq!(count(&read(out.join("rw.csv"))), 3 + 200);
}

#[test]
fn old_rocksdb_logs_do_not_pile_up() {
    // Every open starts a new RocksDB info log; the old ones would fill a small disk.
    let d = util::store_with(&[&util::seed()]);
    let store = util::store_arg(&d);
    for _ in 0..12 {
        util::ok(&["query", "articles", "--store", &store, "-f", "csv"]);
    }
    let old = std::fs::read_dir(&store)
        .unwrap()
        .filter(|e| {
            e.as_ref()
                .unwrap()
                .file_name()
                .to_string_lossy()
                .starts_with("LOG.old.")
        })
        .count();
    assert!(old <= 5, "{old} old RocksDB logs in the store");
}
