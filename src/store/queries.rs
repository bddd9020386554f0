//! The bundled SPARQL queries (`queries/*.rq`), compiled into the binary.
//!
//! Each file opens with a comment header: the first line is the one-line description
//! `blotter queries` lists, `@param NAME required|optional TEXT` lines declare parameters.

/// A bundled query.
#[derive(Debug, Clone, Copy)]
pub struct Bundled {
    pub name: &'static str,
    pub text: &'static str,
}

macro_rules! bundled {
    ($($name:literal),* $(,)?) => {
        pub const BUNDLED: &[Bundled] = &[$(Bundled { name: $name, text: include_str!(concat!("../../queries/", $name, ".rq")) }),*];
    };
}

bundled!(
    "articles",
    "conferences",
    "countries",
    "entity",
    "fact-sources",
    "officials",
    "operations",
    "organization-profile",
    "quotations",
    "seizures-by-operation",
);

/// A declared parameter.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Param {
    pub name: String,
    pub required: bool,
    pub help: String,
}

/// Header of a query: description and parameters.
#[derive(Debug, Clone, Default)]
pub struct Header {
    pub description: String,
    pub params: Vec<Param>,
}

/// Reads the comment header of a query.
pub fn header(text: &str) -> Header {
    let mut h = Header::default();
    for line in text.lines() {
        let Some(c) = line.strip_prefix('#') else {
            break;
        };
        let c = c.trim();
        if h.description.is_empty() && !c.is_empty() {
            h.description = c.to_string();
        } else if let Some(p) = c.strip_prefix("@param") {
            let mut parts = p.split_whitespace();
            let name = parts.next().unwrap_or("").to_string();
            let req = parts.next().unwrap_or("");
            h.params.push(Param {
                name,
                required: req == "required",
                help: parts.collect::<Vec<_>>().join(" "),
            });
        }
    }
    h
}

pub fn find(name: &str) -> Option<&'static Bundled> {
    let name = name.strip_suffix(".rq").unwrap_or(name);
    BUNDLED.iter().find(|b| b.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_query_file_is_bundled_and_described() {
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/queries");
        let mut files: Vec<String> = std::fs::read_dir(dir)
            .unwrap()
            .filter_map(|e| e.ok())
            .map(|e| e.file_name().to_string_lossy().to_string())
            .filter(|n| n.ends_with(".rq"))
            .map(|n| n.trim_end_matches(".rq").to_string())
            .collect();
        files.sort();
        let bundled: Vec<String> = BUNDLED.iter().map(|b| b.name.to_string()).collect();
        assert_eq!(files, bundled);
        for b in BUNDLED {
            let h = header(b.text);
            assert!(!h.description.is_empty(), "{} has no description", b.name);
        }
        assert!(BUNDLED.len() >= 8);
    }
}
