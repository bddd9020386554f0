//! `blotter push` against a real SPARQL 1.1 store: a private Virtuoso Open Source started by
//! the test (`tests/virtuoso.sh`; `.ci/run` installs the package). After a push, the server
//! answers a query as the local store does; pushing twice changes nothing; a refused login
//! and an unreachable endpoint are clear failures that never show the password.

use crate::util;
use std::net::TcpListener;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

struct Virtuoso {
    child: Child,
    http: u16,
    _dir: tempfile::TempDir,
}

impl Drop for Virtuoso {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

fn start() -> Option<Virtuoso> {
    if Command::new("virtuoso-t")
        .arg("-?")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_err()
    {
        assert!(
            std::env::var_os("CI").is_none(),
            "CI must install virtuoso-opensource (.ci/run)"
        );
        eprintln!("skipped: virtuoso-t is not installed (apt-get install virtuoso-opensource)");
        return None;
    }
    let dir = tempfile::tempdir().unwrap();
    let (http, sql) = (free_port(), free_port());
    let child = Command::new(util::root().join("tests/virtuoso.sh"))
        .arg(dir.path())
        .arg(http.to_string())
        .arg(sql.to_string())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let v = Virtuoso { child, http, _dir: dir };
    let t0 = Instant::now();
    // Virtuoso starts in seconds on an idle machine, but once took more than 90 s while the
    // other integration tests kept both cores busy.
    while t0.elapsed() < Duration::from_secs(240) {
        if sparql(&v, "ASK { ?s ?p ?o }").is_some() {
            return Some(v);
        }
        std::thread::sleep(Duration::from_millis(300));
    }
    panic!("virtuoso did not come online in 240 s");
}

/// A CSV answer from the server's SPARQL endpoint.
fn sparql(v: &Virtuoso, q: &str) -> Option<String> {
    let url = format!("http://127.0.0.1:{}/sparql", v.http);
    let mut resp = ureq::get(&url)
        .query("query", q)
        .header("Accept", "text/csv")
        .call()
        .ok()?;
    resp.body_mut().read_to_string().ok()
}

fn push(v: &Virtuoso, store: &str, password: &str) -> std::process::Output {
    Command::new(util::bin())
        .args(["push", "--store", store, "--graph-param", "graph-uri", "--endpoint"])
        .arg(format!("http://127.0.0.1:{}/sparql-graph-crud-auth", v.http))
        .env("BLOTTER_PUSH_USER", "dba")
        .env("BLOTTER_PUSH_PASSWORD", password)
        .output()
        .unwrap()
}

fn lines(csv: &str) -> Vec<String> {
    let mut v: Vec<String> = csv.lines().skip(1).map(|l| l.trim_matches('"').to_string()).collect();
    v.sort();
    v
}

#[test]
fn push_to_virtuoso() {
    let Some(v) = start() else { return };
    let d = util::store_with(&[&util::seed(), &util::fixture("a12_ameripol_jaguar_shield.txt")]);
    let store = util::store_arg(&d);

    let o = push(&v, &store, "dba");
    assert!(o.status.success(), "{}", util::stderr(&o));
    assert!(
        util::stderr(&o).contains("2 graph(s) pushed, 0 failed"),
        "{}",
        util::stderr(&o)
    );

    // The server answers as the local store does.
    let q = "SELECT DISTINCT ?l WHERE { GRAPH ?g { ?p a <https://w3id.org/blotter/ontology#Official> ; <http://www.w3.org/2000/01/rdf-schema#label> ?l } }";
    let remote = lines(&sparql(&v, q).unwrap());
    let local = util::ok(&["query", "officials", "--store", &store, "-f", "csv"]);
    let mut local: Vec<String> = util::csv(&local).into_iter().skip(1).map(|r| r[0].clone()).collect();
    local.sort();
    assert_eq!(remote, local);
    assert!(remote.contains(&"Jürgen Stock".to_string()));

    let count = |v: &Virtuoso| {
        let c = sparql(v, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), \"https://w3id.org/blotter/id/article/\")) }").unwrap();
        c.lines().nth(1).unwrap().trim_matches('"').parse::<usize>().unwrap()
    };
    let local_count = util::ok(&["export", "--store", &store, "-f", "nquads"]).lines().count();
    let first = count(&v);
    assert_eq!(first, local_count);
    // Idempotent: a second push replaces, never appends.
    assert!(push(&v, &store, "dba").status.success());
    assert_eq!(count(&v), first);

    // A refused login: clear, non-zero, and the password is not shown anywhere.
    let o = push(&v, &store, "not-the-password-42");
    assert_eq!(o.status.code(), Some(1));
    let err = util::stderr(&o);
    assert!(err.contains("refused the login") && err.contains("NOT pushed"), "{err}");
    assert!(!err.contains("not-the-password-42") && !util::stdout(&o).contains("not-the-password-42"));
}

#[test]
fn unreachable_endpoint_and_credentials_in_urls() {
    let d = util::store_with(&[&util::seed()]);
    let store = util::store_arg(&d);
    let port = free_port(); // nothing listens there
    let o = util::run(&[
        "push",
        "--store",
        &store,
        "--endpoint",
        &format!("http://127.0.0.1:{port}/store"),
    ]);
    assert_eq!(o.status.code(), Some(1));
    let err = util::stderr(&o);
    assert!(
        err.contains("cannot reach") && err.contains("0 graph(s) pushed, 1 failed"),
        "{err}"
    );
    let o = util::run(&[
        "push",
        "--store",
        &store,
        "--endpoint",
        "http://dba:hunter2@127.0.0.1:1/x",
    ]);
    assert_eq!(o.status.code(), Some(1));
    assert!(!util::stderr(&o).contains("hunter2"), "{}", util::stderr(&o));
}
