//! SHACL validation of blotter's output against `ontology/shapes.ttl`.
//!
//! A SHACL Core subset, exactly the constraints the bundled shapes use: `sh:targetClass`,
//! node-level `sh:nodeKind`, property shapes over IRI paths with `sh:minCount`,
//! `sh:maxCount`, `sh:datatype`, `sh:class`, `sh:nodeKind`, `sh:in`, `sh:pattern`,
//! `sh:minInclusive`, `sh:lessThanOrEquals`, `sh:node` and `sh:or`. A shapes graph that uses
//! anything else is refused rather than half-checked. The maintained Rust SHACL engine
//! (rudof) pulls in a second RDF stack; the bundled shapes need far less, and a test checks
//! that the verdicts agree with pySHACL's on the fixtures.

use crate::error::StoreError;
use oxigraph::model::vocab::{rdf, xsd};
use oxigraph::model::{Graph, NamedNode, NamedNodeRef, NamedOrBlankNode, Term, TermRef};
use std::collections::BTreeSet;

const SH: &str = "http://www.w3.org/ns/shacl#";
/// The bundled shapes.
pub const SHAPES: &str = include_str!("../../ontology/shapes.ttl");

fn sh(local: &str) -> NamedNode {
    NamedNode::new_unchecked(format!("{SH}{local}"))
}

/// One violation, in the terms a user can act on.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Violation {
    pub focus: String,
    pub path: Option<String>,
    pub value: Option<String>,
    pub constraint: String,
    pub message: String,
}

/// A parsed shapes graph.
pub struct Shapes {
    g: Graph,
}

const SUPPORTED: &[&str] = &[
    "targetClass",
    "property",
    "path",
    "minCount",
    "maxCount",
    "datatype",
    "class",
    "nodeKind",
    "in",
    "pattern",
    "minInclusive",
    "lessThanOrEquals",
    "node",
    "or",
    "message",
    "name",
    "description",
    "flags",
    "severity",
    "deactivated",
    "order",
    "group",
];

impl Shapes {
    /// Parses Turtle shapes and checks that every SHACL term used is supported.
    pub fn parse(turtle: &str) -> Result<Shapes, StoreError> {
        let mut g = Graph::new();
        for t in oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle).for_reader(turtle.as_bytes()) {
            let q = t.map_err(|e| StoreError::Validate(format!("shapes: {e}")))?;
            g.insert(&oxigraph::model::Triple::new(q.subject, q.predicate, q.object));
        }
        for t in g.iter() {
            if let Some(local) = t.predicate.as_str().strip_prefix(SH) {
                if !SUPPORTED.contains(&local) {
                    return Err(StoreError::Validate(format!(
                        "shapes use sh:{local}, which this validator does not implement"
                    )));
                }
            }
        }
        Ok(Shapes { g })
    }

    /// The bundled shapes.
    pub fn bundled() -> Shapes {
        Shapes::parse(SHAPES).expect("bundled shapes parse")
    }

    fn objects<'a>(
        &'a self,
        s: impl Into<oxigraph::model::NamedOrBlankNodeRef<'a>>,
        p: &'a NamedNode,
    ) -> Vec<TermRef<'a>> {
        self.g.objects_for_subject_predicate(s, p).collect()
    }

    fn one<'a>(
        &'a self,
        s: impl Into<oxigraph::model::NamedOrBlankNodeRef<'a>>,
        p: &'a NamedNode,
    ) -> Option<TermRef<'a>> {
        self.g.object_for_subject_predicate(s, p)
    }

    fn list(&self, head: TermRef<'_>) -> Vec<Term> {
        let mut out = Vec::new();
        let mut cur = head.into_owned();
        let first = rdf::FIRST.into_owned();
        let rest = rdf::REST.into_owned();
        for _ in 0..10_000 {
            let node = match &cur {
                Term::NamedNode(n) if n.as_str() == rdf::NIL.as_str() => break,
                Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n.clone()),
                Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b.clone()),
                _ => break,
            };
            if let Some(v) = self.g.object_for_subject_predicate(&node, &first) {
                out.push(v.into_owned());
            }
            match self.g.object_for_subject_predicate(&node, &rest) {
                Some(r) => cur = r.into_owned(),
                None => break,
            }
        }
        out
    }

    /// Validates `data` (one graph).
    pub fn validate(&self, data: &Graph) -> Vec<Violation> {
        let mut out = BTreeSet::new();
        let target = sh("targetClass");
        for t in self.g.triples_for_predicate(&target) {
            let shape = t.subject.into_owned();
            let Term::NamedNode(class) = t.object.into_owned() else {
                continue;
            };
            for focus in data.subjects_for_predicate_object(rdf::TYPE, &class) {
                let focus: Term = focus.into_owned().into();
                self.check_shape(&shape, &focus, data, &mut out, 0);
            }
        }
        out.into_iter().collect()
    }

    fn message(&self, shape: &NamedOrBlankNode) -> String {
        let m = sh("message");
        self.objects(shape, &m)
            .into_iter()
            .find_map(|t| match t {
                TermRef::Literal(l) if l.language().is_none_or(|l| l == "en") => Some(l.value().to_string()),
                _ => None,
            })
            .unwrap_or_default()
    }

    /// Checks the node-level constraints of `shape` and its property shapes on `focus`.
    fn check_shape(
        &self,
        shape: &NamedOrBlankNode,
        focus: &Term,
        data: &Graph,
        out: &mut BTreeSet<Violation>,
        depth: u32,
    ) {
        if depth > 8 {
            return;
        }
        let v = |constraint: &str, path: Option<&NamedNode>, value: Option<&Term>, message: String| Violation {
            focus: focus.to_string(),
            path: path.map(|p| p.as_str().to_string()),
            value: value.map(|v| v.to_string()),
            constraint: constraint.to_string(),
            message,
        };
        let nk = sh("nodeKind");
        if let Some(TermRef::NamedNode(kind)) = self.one(shape, &nk) {
            if !node_kind_ok(kind, focus.as_ref()) {
                out.insert(v("nodeKind", None, Some(focus), self.message(shape)));
            }
        }
        for c in self.node_value_violations(shape, focus, data, depth) {
            out.insert(v(&c, None, Some(focus), self.message(shape)));
        }
        let prop = sh("property");
        let path_p = sh("path");
        for ps in self.objects(shape, &prop) {
            let ps = match ps.into_owned() {
                Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n),
                Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b),
                _ => continue,
            };
            let Some(TermRef::NamedNode(path)) = self.one(&ps, &path_p) else {
                continue;
            };
            let path = path.into_owned();
            let msg = self.message(&ps);
            let values: Vec<Term> = match focus {
                Term::NamedNode(n) => data
                    .objects_for_subject_predicate(n, &path)
                    .map(|t| t.into_owned())
                    .collect(),
                Term::BlankNode(b) => data
                    .objects_for_subject_predicate(b, &path)
                    .map(|t| t.into_owned())
                    .collect(),
                _ => vec![],
            };
            if let Some(TermRef::Literal(l)) = self.one(&ps, &sh("minCount")) {
                if (values.len() as u64) < l.value().parse::<u64>().unwrap_or(0) {
                    out.insert(v("minCount", Some(&path), None, msg.clone()));
                }
            }
            if let Some(TermRef::Literal(l)) = self.one(&ps, &sh("maxCount")) {
                if (values.len() as u64) > l.value().parse::<u64>().unwrap_or(u64::MAX) {
                    out.insert(v("maxCount", Some(&path), None, msg.clone()));
                }
            }
            if let Some(TermRef::NamedNode(other)) = self.one(&ps, &sh("lessThanOrEquals")) {
                let others: Vec<Term> = match focus {
                    Term::NamedNode(n) => data
                        .objects_for_subject_predicate(n, other)
                        .map(|t| t.into_owned())
                        .collect(),
                    _ => vec![],
                };
                for a in &values {
                    for b in &others {
                        if compare(a, b).is_none_or(|o| o == std::cmp::Ordering::Greater) {
                            out.insert(v("lessThanOrEquals", Some(&path), Some(a), msg.clone()));
                        }
                    }
                }
            }
            for value in &values {
                for c in self.node_value_violations(&ps, value, data, depth) {
                    out.insert(v(&c, Some(&path), Some(value), msg.clone()));
                }
            }
        }
    }

    /// Value-level constraints of `shape` on one value; returns the failed constraints.
    fn node_value_violations(&self, shape: &NamedOrBlankNode, value: &Term, data: &Graph, depth: u32) -> Vec<String> {
        let mut failed = Vec::new();
        if let Some(TermRef::NamedNode(dt)) = self.one(shape, &sh("datatype")) {
            let ok = match value {
                Term::Literal(l) => l.datatype() == dt && lexical_ok(l.value(), dt),
                _ => false,
            };
            if !ok {
                failed.push("datatype".into());
            }
        }
        for class in self.objects(shape, &sh("class")) {
            let TermRef::NamedNode(class) = class else { continue };
            if !has_type(data, value, class) {
                failed.push("class".into());
            }
        }
        if let Some(TermRef::NamedNode(kind)) = self.one(shape, &sh("nodeKind")) {
            // Node-level nodeKind of a node shape is checked by the caller on the focus.
            if matches!(shape, NamedOrBlankNode::BlankNode(_)) && !node_kind_ok(kind, value.as_ref()) {
                failed.push("nodeKind".into());
            }
        }
        if let Some(list) = self.one(shape, &sh("in")) {
            if !self.list(list).contains(value) {
                failed.push("in".into());
            }
        }
        if let Some(TermRef::Literal(p)) = self.one(shape, &sh("pattern")) {
            let flags = self
                .one(shape, &sh("flags"))
                .map(|f| {
                    if let TermRef::Literal(l) = f {
                        l.value().to_string()
                    } else {
                        String::new()
                    }
                })
                .unwrap_or_default();
            let re = regex::Regex::new(&format!(
                "{}{}",
                if flags.contains('i') { "(?i)" } else { "" },
                p.value()
            ));
            let text = match value {
                Term::Literal(l) => Some(l.value().to_string()),
                Term::NamedNode(n) => Some(n.as_str().to_string()),
                _ => None,
            };
            if !matches!((re, text), (Ok(re), Some(t)) if re.is_match(&t)) {
                failed.push("pattern".into());
            }
        }
        if let Some(min) = self.one(shape, &sh("minInclusive")) {
            if compare(value, &min.into_owned()).is_none_or(|o| o == std::cmp::Ordering::Less) {
                failed.push("minInclusive".into());
            }
        }
        if let Some(node) = self.one(shape, &sh("node")) {
            let node = match node.into_owned() {
                Term::NamedNode(n) => Some(NamedOrBlankNode::NamedNode(n)),
                Term::BlankNode(b) => Some(NamedOrBlankNode::BlankNode(b)),
                _ => None,
            };
            if let Some(node) = node {
                let mut sub = BTreeSet::new();
                self.check_shape(&node, value, data, &mut sub, depth + 1);
                if !sub.is_empty() {
                    failed.push("node".into());
                }
            }
        }
        if let Some(list) = self.one(shape, &sh("or")) {
            let alts = self.list(list);
            let any = alts.iter().any(|alt| {
                let alt = match alt {
                    Term::NamedNode(n) => NamedOrBlankNode::NamedNode(n.clone()),
                    Term::BlankNode(b) => NamedOrBlankNode::BlankNode(b.clone()),
                    _ => return false,
                };
                let mut sub = BTreeSet::new();
                self.check_shape(&alt, value, data, &mut sub, depth + 1);
                sub.is_empty() && self.node_value_violations(&alt, value, data, depth + 1).is_empty()
            });
            if !any {
                failed.push("or".into());
            }
        }
        failed
    }
}

fn has_type(data: &Graph, value: &Term, class: NamedNodeRef<'_>) -> bool {
    match value {
        Term::NamedNode(n) => data.contains(oxigraph::model::TripleRef::new(n, rdf::TYPE, class)),
        Term::BlankNode(b) => data.contains(oxigraph::model::TripleRef::new(b, rdf::TYPE, class)),
        _ => false,
    }
}

fn node_kind_ok(kind: NamedNodeRef<'_>, t: TermRef<'_>) -> bool {
    match kind.as_str().strip_prefix(SH).unwrap_or("") {
        "IRI" => matches!(t, TermRef::NamedNode(_)),
        "BlankNode" => matches!(t, TermRef::BlankNode(_)),
        "Literal" => matches!(t, TermRef::Literal(_)),
        "BlankNodeOrIRI" => !matches!(t, TermRef::Literal(_)),
        "BlankNodeOrLiteral" => !matches!(t, TermRef::NamedNode(_)),
        "IRIOrLiteral" => !matches!(t, TermRef::BlankNode(_)),
        _ => true,
    }
}

/// Whether a lexical form is valid for the datatypes blotter writes.
fn lexical_ok(v: &str, dt: NamedNodeRef<'_>) -> bool {
    if dt == xsd::INTEGER {
        v.parse::<i64>().is_ok()
    } else if dt == xsd::NON_NEGATIVE_INTEGER {
        v.parse::<u64>().is_ok()
    } else if dt == xsd::DECIMAL {
        !v.contains(['e', 'E']) && v.parse::<f64>().is_ok()
    } else if dt == xsd::DATE {
        crate::text::dates::parse_iso(v).is_some() && v.len() == 10
    } else {
        true
    }
}

/// Orders two literals of comparable kinds (numbers, dates, strings).
fn compare(a: &Term, b: &Term) -> Option<std::cmp::Ordering> {
    let (Term::Literal(a), Term::Literal(b)) = (a, b) else {
        return None;
    };
    let numeric = |l: &oxigraph::model::Literal| -> Option<f64> {
        [
            xsd::INTEGER,
            xsd::DECIMAL,
            xsd::NON_NEGATIVE_INTEGER,
            xsd::DOUBLE,
            xsd::FLOAT,
            xsd::INT,
            xsd::LONG,
        ]
        .contains(&l.datatype())
        .then(|| l.value().parse::<f64>().ok())
        .flatten()
    };
    match (numeric(a), numeric(b)) {
        (Some(x), Some(y)) => x.partial_cmp(&y),
        (None, None) if a.datatype() == b.datatype() => Some(a.value().cmp(b.value())),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn graph(ttl: &str) -> Graph {
        let mut g = Graph::new();
        for q in oxigraph::io::RdfParser::from_format(oxigraph::io::RdfFormat::Turtle).for_reader(ttl.as_bytes()) {
            let q = q.unwrap();
            g.insert(&oxigraph::model::Triple::new(q.subject, q.predicate, q.object));
        }
        g
    }

    #[test]
    fn bundled_shapes_are_supported() {
        Shapes::bundled();
    }

    #[test]
    fn violations_are_found() {
        let data = graph(
            r#"@prefix blt: <https://w3id.org/blotter/ontology#> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
            <http://x/i> a blt:SeizedItem ; blt:category blt:Banana ; blt:itemLabel "x" ; blt:quantity -3.0 .
            <http://x/p> a blt:Official ; rdfs:label "A" , "B" ."#,
        );
        let v = Shapes::bundled().validate(&data);
        let kinds: BTreeSet<&str> = v.iter().map(|x| x.constraint.as_str()).collect();
        assert!(
            kinds.contains("in") && kinds.contains("minInclusive") && kinds.contains("maxCount"),
            "{v:?}"
        );
    }
}
