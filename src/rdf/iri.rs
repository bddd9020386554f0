//! Stable identifiers: the same input gives the same IRIs on every run and every machine.
//!
//! An article's IRI comes from its URL when known, else from the hash of its bytes; an
//! entity's IRI comes from its canonical name (organizations, people, events) or its ISO
//! code (countries), so the same entity named in two articles is one node in the store.

use crate::error::RdfError;
use crate::text::words::slug;
use oxigraph::model::NamedNode;
use sha2::{Digest, Sha256};

/// A validated base IRI for instance data (`--base`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Base(String);

impl Base {
    /// Checks that `base` is an absolute IRI ending in `/` or `#`.
    pub fn new(base: &str) -> Result<Base, RdfError> {
        let invalid = |reason: &str| RdfError::InvalidIri {
            what: "--base",
            value: base.to_string(),
            reason: reason.to_string(),
        };
        NamedNode::new(base).map_err(|e| invalid(&e.to_string()))?;
        if !(base.starts_with("http://")
            || base.starts_with("https://")
            || base.starts_with("urn:")
            || base.starts_with("file:"))
        {
            return Err(invalid("use an http(s), urn: or file: IRI"));
        }
        if !(base.ends_with('/') || base.ends_with('#')) {
            return Err(invalid("a base IRI must end with '/' or '#'"));
        }
        Ok(Base(base.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn node(&self, path: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}{}", self.0, path))
    }

    pub fn article(&self, url: Option<&str>, content_hash: &str) -> NamedNode {
        let id = match url {
            Some(u) => format!("u{}", &hex_digest(u.as_bytes())[..16]),
            None => content_hash[..16].to_string(),
        };
        self.node(&format!("article/{id}"))
    }

    pub fn org(&self, canonical: &str) -> NamedNode {
        self.node(&format!("org/{}", slug(canonical)))
    }

    pub fn person(&self, key: &str) -> NamedNode {
        self.node(&format!("person/{key}"))
    }

    pub fn country(&self, alpha3: &str) -> NamedNode {
        self.node(&format!("country/{alpha3}"))
    }

    pub fn place(&self, name: &str) -> NamedNode {
        self.node(&format!("place/{}", slug(name)))
    }

    pub fn conference(&self, label: &str, year: Option<i32>) -> NamedNode {
        match year {
            Some(y) if !label.contains(&y.to_string()) => self.node(&format!("conference/{}-{y}", slug(label))),
            _ => self.node(&format!("conference/{}", slug(label))),
        }
    }

    pub fn operation(&self, label: &str) -> NamedNode {
        self.node(&format!("operation/{}", slug(label)))
    }
}

/// Validates a user-given article URL (`--url`).
pub fn check_url(url: &str) -> Result<(), RdfError> {
    NamedNode::new(url).map(|_| ()).map_err(|e| RdfError::InvalidIri {
        what: "--url",
        value: url.to_string(),
        reason: e.to_string(),
    })?;
    if !url.contains(':') {
        return Err(RdfError::InvalidIri {
            what: "--url",
            value: url.into(),
            reason: "not an absolute IRI".into(),
        });
    }
    Ok(())
}

pub fn hex_digest(bytes: &[u8]) -> String {
    use std::fmt::Write;
    Sha256::digest(bytes).iter().fold(String::new(), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base_must_be_an_iri_ending_in_a_separator() {
        assert!(Base::new("https://example.org/id/").is_ok());
        assert!(Base::new("https://example.org/id").is_err());
        assert!(Base::new("not an iri/").is_err());
        assert!(Base::new("https://exa mple.org/").is_err());
    }

    #[test]
    fn same_names_same_iris() {
        let b = Base::new("https://example.org/").unwrap();
        assert_eq!(
            b.person("jurgen-stock").as_str(),
            "https://example.org/person/jurgen-stock"
        );
        assert_eq!(b.org("INTERPOL"), b.org("INTERPOL"));
        assert_eq!(
            b.conference("X Conference", Some(2017)).as_str(),
            "https://example.org/conference/x-conference-2017"
        );
    }
}
