//! Links out: user-given `skos:exactMatch` targets (`--links FILE`) and run metadata.
//!
//! The links file is tab-separated, one link per line: a label (matched case- and
//! accent-insensitively against an entity's label) or an entity IRI, then the external IRI.
//! Lines starting with `#` are comments.

use crate::error::RdfError;
use crate::text::words::name_key;
use oxigraph::model::NamedNode;
use std::collections::HashMap;

/// User links and per-run settings the RDF stage needs.
#[derive(Debug, Default, Clone)]
pub struct Links {
    by_key: HashMap<String, Vec<NamedNode>>,
    /// `xsd:dateTime` of the run, when the user asked for it to be recorded.
    pub run_time: Option<String>,
}

impl Links {
    /// Parses a links table.
    pub fn parse(source: &str, text: &str) -> Result<Links, RdfError> {
        let mut links = Links::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            let Some((from, to)) = line.split_once('\t') else {
                return Err(RdfError::InvalidIri {
                    what: "--links",
                    value: format!("{source}:{}", n + 1),
                    reason: "expected 'label<TAB>IRI'".into(),
                });
            };
            let to = to.trim().trim_start_matches('<').trim_end_matches('>');
            let target = NamedNode::new(to).map_err(|e| RdfError::InvalidIri {
                what: "--links",
                value: format!("{source}:{}: {to}", n + 1),
                reason: e.to_string(),
            })?;
            let from = from.trim().trim_start_matches('<').trim_end_matches('>');
            let key = if from.contains("://") {
                from.to_string()
            } else {
                name_key(from)
            };
            links.by_key.entry(key).or_default().push(target);
        }
        Ok(links)
    }

    /// External IRIs for an entity with this IRI and label.
    pub fn lookup(&self, iri: &str, label: &str) -> Vec<NamedNode> {
        let mut out = Vec::new();
        for k in [iri.to_string(), name_key(label)] {
            if let Some(v) = self.by_key.get(&k) {
                out.extend(v.iter().cloned());
            }
        }
        out
    }
}

/// The current time as an `xsd:dateTime` in UTC, for recording when a load ran.
pub fn utc_now() -> String {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0);
    let (days, rem) = ((secs / 86_400) as i64, secs % 86_400);
    let crate::text::dates::Date {
        year: y,
        month: m,
        day: d,
    } = crate::text::dates::Date::from_ordinal(days);
    format!(
        "{y:04}-{m:02}-{d:02}T{:02}:{:02}:{:02}Z",
        rem / 3600,
        rem % 3600 / 60,
        rem % 60
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_labels_and_iris() {
        let l = Links::parse("x", "# c\nJürgen Stock\thttp://www.wikidata.org/entity/Q1\n<https://w3id.org/blotter/id/org/interpol>\thttp://example.org/i\n").unwrap();
        assert_eq!(l.lookup("http://none", "JURGEN STOCK").len(), 1);
        assert_eq!(l.lookup("https://w3id.org/blotter/id/org/interpol", "x").len(), 1);
        assert!(Links::parse("x", "no tab here").is_err());
        assert!(Links::parse("x", "a\tnot an iri").is_err());
    }
}
