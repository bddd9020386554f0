//! Running SPARQL: bundled or user queries, parameters bound as RDF terms, results as a
//! readable table or in the standard SPARQL result formats.
//!
//! Parameters are never pasted into the query text: `--param org=X` substitutes the
//! variable `?org` with the literal "X" (or with an IRI written `<...>`, validated) through
//! Oxigraph's variable substitution, so a value containing `"`, `}` or SPARQL is only
//! ever a string. The default graph is the union of the article graphs.

use super::queries;
use super::BlotterStore;
use crate::error::StoreError;
use oxigraph::model::{Literal, NamedNode, Term};
use oxigraph::sparql::results::{QueryResultsFormat, QueryResultsSerializer};
use oxigraph::sparql::{CancellationToken, QueryResults, SparqlEvaluator, Variable};
use std::io::Write;
use std::time::Duration;

/// How to print results.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum ResultFormat {
    Table,
    Csv,
    Tsv,
    Json,
    Xml,
}

/// A query ready to run.
pub struct QuerySpec {
    pub name: String,
    pub text: String,
}

/// Finds a bundled query by name, or reads a `.rq` file.
pub fn resolve(name_or_file: &str) -> Result<QuerySpec, StoreError> {
    if let Some(b) = queries::find(name_or_file) {
        return Ok(QuerySpec {
            name: b.name.into(),
            text: b.text.into(),
        });
    }
    let p = std::path::Path::new(name_or_file);
    if p.is_file() {
        let text =
            std::fs::read_to_string(p).map_err(|e| StoreError::Param(format!("cannot read {name_or_file}: {e}")))?;
        return Ok(QuerySpec {
            name: name_or_file.into(),
            text,
        });
    }
    Err(StoreError::UnknownQuery(name_or_file.into()))
}

/// Turns `NAME=VALUE` strings into RDF terms: `<...>` is an IRI, anything else a literal.
pub fn bind_params(spec: &QuerySpec, params: &[String]) -> Result<Vec<(Variable, Term)>, StoreError> {
    let header = queries::header(&spec.text);
    let mut out = Vec::new();
    for p in params {
        let (k, v) = p
            .split_once('=')
            .ok_or_else(|| StoreError::Param(format!("{p:?} is not NAME=VALUE")))?;
        let var = Variable::new(k.trim())
            .map_err(|e| StoreError::Param(format!("{k:?} is not a valid variable name: {e}")))?;
        if !header.params.is_empty() && !header.params.iter().any(|d| d.name == k.trim()) {
            let known: Vec<&str> = header.params.iter().map(|d| d.name.as_str()).collect();
            return Err(StoreError::Param(format!(
                "{k:?} is not a parameter of {} (it takes: {})",
                spec.name,
                known.join(", ")
            )));
        }
        let term: Term = if let Some(iri) = v.strip_prefix('<').and_then(|x| x.strip_suffix('>')) {
            NamedNode::new(iri)
                .map_err(|e| StoreError::Param(format!("{k}: {iri:?} is not a valid IRI: {e}")))?
                .into()
        } else {
            Literal::new_simple_literal(v).into()
        };
        out.push((var, term));
    }
    for d in &header.params {
        if out.iter().any(|(v, _)| v.as_str() == d.name) {
            continue;
        }
        if d.required {
            return Err(StoreError::Param(format!(
                "{} needs --param {}=VALUE ({})",
                spec.name, d.name, d.help
            )));
        }
        // An optional parameter left out is bound to "", which the queries read as "no
        // filter": a variable bound from the start can drive an index look-up, where an
        // unbound one would match everything.
        let var = Variable::new(&d.name).map_err(|e| StoreError::Param(format!("{:?}: {e}", d.name)))?;
        out.push((var, Literal::new_simple_literal("").into()));
    }
    Ok(out)
}

/// `?NAME_key` for each parameter `NAME` whose key the query uses: the value as a
/// `blt:nameKey` (for an IRI, one of that entity's own keys, read from the store), bound
/// from the start so that finding an entity by name is one index look-up. The query must
/// project it (Oxigraph binds only projected variables); [`select`] hides it again.
pub fn key_bindings(
    store: &BlotterStore,
    spec: &QuerySpec,
    params: &[(Variable, Term)],
) -> Result<Vec<(Variable, Term)>, StoreError> {
    let mut keys = Vec::new();
    for (var, term) in params {
        let key_var = format!("{}_key", var.as_str());
        if !spec.text.contains(&format!("?{key_var}")) {
            continue;
        }
        let key = match term {
            Term::NamedNode(iri) => some_name_key(store, iri)?.unwrap_or_default(),
            Term::Literal(l) => crate::rdf::name_key(l.value()),
            _ => String::new(),
        };
        keys.push((
            Variable::new_unchecked(key_var),
            Literal::new_simple_literal(key).into(),
        ));
    }
    Ok(keys)
}

/// One of the `blt:nameKey`s of `node`, if the store has any.
fn some_name_key(store: &BlotterStore, node: &NamedNode) -> Result<Option<String>, oxigraph::store::StorageError> {
    let key = crate::rdf::vocab::NAME_KEY;
    for q in store.store.quads_for_pattern(Some(node.into()), Some(key), None, None) {
        if let Term::Literal(l) = q?.object {
            return Ok(Some(l.value().to_string()));
        }
    }
    Ok(None)
}

/// Rows of a SELECT query.
#[derive(Debug, Clone, PartialEq)]
pub struct Rows {
    pub variables: Vec<String>,
    pub rows: Vec<Vec<Option<Term>>>,
}

/// Runs `spec` on `store` and collects the rows (at most `limit`).
pub fn select(
    store: &BlotterStore,
    spec: &QuerySpec,
    params: &[(Variable, Term)],
    limit: Option<usize>,
    timeout: Option<Duration>,
) -> Result<Rows, StoreError> {
    select_explained(store, spec, params, limit, timeout, None)
}

/// [`select`], and when `explain` is given, Oxigraph's plan for the query written to it as
/// JSON once the rows are read: each operator with the number of solutions it produced and
/// the time spent in it. With `limit`, the figures stop where the rows did.
pub fn select_explained(
    store: &BlotterStore,
    spec: &QuerySpec,
    params: &[(Variable, Term)],
    limit: Option<usize>,
    timeout: Option<Duration>,
    explain: Option<&mut dyn Write>,
) -> Result<Rows, StoreError> {
    let eval_err = |e: String| StoreError::QueryEval {
        name: spec.name.clone(),
        message: e,
    };
    let token = CancellationToken::new();
    let mut prepared = SparqlEvaluator::new()
        .with_cancellation_token(token.clone())
        .parse_query(&spec.text)
        .map_err(|e| StoreError::QuerySyntax {
            name: spec.name.clone(),
            message: e.to_string(),
        })?;
    prepared.dataset_mut().set_default_graph_as_union();
    let keys = key_bindings(store, spec, params)?;
    for (v, t) in params.iter().chain(&keys) {
        prepared = prepared.substitute_variable(v.clone(), t.clone());
    }
    let done = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    if let Some(t) = timeout {
        let token = token.clone();
        let done = done.clone();
        std::thread::spawn(move || {
            let step = Duration::from_millis(20);
            let mut waited = Duration::ZERO;
            while waited < t {
                if done.load(std::sync::atomic::Ordering::Relaxed) {
                    return;
                }
                std::thread::sleep(step);
                waited += step;
            }
            token.cancel();
        });
    }
    let on_store = prepared.on_store(&store.store);
    let (results, explanation) = if explain.is_some() {
        let (r, e) = on_store.compute_statistics().explain();
        (r, Some(e))
    } else {
        (on_store.execute(), None)
    };
    let result = (|| {
        let results = results.map_err(|e| eval_err(e.to_string()))?;
        match results {
            QueryResults::Solutions(sols) => {
                // the look-up keys are plumbing, not results
                let vars: Vec<Variable> = sols
                    .variables()
                    .iter()
                    .filter(|v| !keys.iter().any(|(k, _)| k == *v))
                    .cloned()
                    .collect();
                let variables: Vec<String> = vars.iter().map(|v| v.as_str().to_string()).collect();
                let mut rows = Vec::new();
                for s in sols {
                    let s = s.map_err(|e| eval_err(timeout_hint(e.to_string(), timeout)))?;
                    rows.push(vars.iter().map(|v| s.get(v).cloned()).collect());
                    if limit.is_some_and(|l| rows.len() >= l) {
                        break;
                    }
                }
                Ok(Rows { variables, rows })
            }
            QueryResults::Boolean(b) => Ok(Rows {
                variables: vec!["result".into()],
                rows: vec![vec![Some(Literal::from(b).into())]],
            }),
            QueryResults::Graph(triples) => {
                let mut rows = Vec::new();
                for t in triples {
                    let t = t.map_err(|e| eval_err(e.to_string()))?;
                    rows.push(vec![
                        Some(Term::from(t.subject)),
                        Some(t.predicate.into()),
                        Some(t.object),
                    ]);
                    if limit.is_some_and(|l| rows.len() >= l) {
                        break;
                    }
                }
                Ok(Rows {
                    variables: vec!["subject".into(), "predicate".into(), "object".into()],
                    rows,
                })
            }
        }
    })();
    done.store(true, std::sync::atomic::Ordering::Relaxed);
    if let (Some(w), Some(e)) = (explain, explanation) {
        e.write_in_json(&mut *w)?;
        writeln!(w)?;
    }
    result
}

fn timeout_hint(msg: String, timeout: Option<Duration>) -> String {
    match timeout {
        Some(t) if msg.to_lowercase().contains("cancel") => {
            format!("cancelled after the --timeout of {:.1}s", t.as_secs_f64())
        }
        _ => msg,
    }
}

/// Prints rows in `format`.
pub fn print(rows: &Rows, format: ResultFormat, mut out: impl Write) -> Result<(), StoreError> {
    let rf = match format {
        ResultFormat::Table => return print_table(rows, out),
        ResultFormat::Csv => QueryResultsFormat::Csv,
        ResultFormat::Tsv => QueryResultsFormat::Tsv,
        ResultFormat::Json => QueryResultsFormat::Json,
        ResultFormat::Xml => QueryResultsFormat::Xml,
    };
    let vars: Vec<Variable> = rows
        .variables
        .iter()
        .map(|v| Variable::new_unchecked(v.clone()))
        .collect();
    let mut ser = QueryResultsSerializer::from_format(rf).serialize_solutions_to_writer(&mut out, vars.clone())?;
    for r in &rows.rows {
        ser.serialize(
            vars.iter()
                .zip(r)
                .filter_map(|(v, t)| t.as_ref().map(|t| (v.as_ref(), t.as_ref()))),
        )?;
    }
    ser.finish()?;
    Ok(())
}

/// A term as a person reads it: literals by value, IRIs shortened with known prefixes.
pub fn display(t: &Term) -> String {
    match t {
        Term::Literal(l) => l.value().to_string(),
        Term::NamedNode(n) => {
            for (p, iri) in crate::rdf::vocab::PREFIXES {
                if let Some(rest) = n.as_str().strip_prefix(iri) {
                    return format!("{p}:{rest}");
                }
            }
            n.as_str().to_string()
        }
        other => other.to_string(),
    }
}

fn print_table(rows: &Rows, mut out: impl Write) -> Result<(), StoreError> {
    const MAX: usize = 60;
    let cells: Vec<Vec<String>> = rows
        .rows
        .iter()
        .map(|r| {
            r.iter()
                .map(|t| t.as_ref().map(display).unwrap_or_default())
                .map(|s| truncate(&s.replace('\n', " "), MAX))
                .collect()
        })
        .collect();
    let mut widths: Vec<usize> = rows.variables.iter().map(|v| v.chars().count()).collect();
    for r in &cells {
        for (i, c) in r.iter().enumerate() {
            widths[i] = widths[i].max(c.chars().count());
        }
    }
    let line = |cols: &[String]| -> String {
        cols.iter()
            .enumerate()
            .map(|(i, c)| format!("{c:<w$}", w = widths[i]))
            .collect::<Vec<_>>()
            .join(" | ")
            .trim_end()
            .to_string()
    };
    writeln!(out, "{}", line(&rows.variables))?;
    writeln!(
        out,
        "{}",
        widths.iter().map(|w| "-".repeat(*w)).collect::<Vec<_>>().join("-+-")
    )?;
    for r in &cells {
        writeln!(out, "{}", line(r))?;
    }
    writeln!(out, "({} row{})", cells.len(), if cells.len() == 1 { "" } else { "s" })?;
    Ok(())
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        format!("{}...", s.chars().take(max - 3).collect::<String>())
    }
}
