//! Capitalized runs: the proper-noun phrases every name detector starts from.
//!
//! A run is a maximal sequence of capitalized words on one line, joined by single spaces
//! and by the lower-case connectors names contain ("Commission on Crime Prevention and
//! Criminal Justice", "Mossos d'Esquadra", "Catherine De Bolle"). Punctuation ends a run;
//! a possessive ("INTERPOL's") ends it after that word. "and" only joins inside a name that
//! already has an "of/on/for" in it, so "Europol and INTERPOL" stays two runs.

use regex::Regex;
use std::sync::LazyLock;

/// One word of a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tok {
    pub begin: usize,
    pub end: usize,
    /// Lower-case connector ("of", "de", ...).
    pub connector: bool,
    /// Ends in "'s".
    pub possessive: bool,
}

impl Tok {
    /// The word without a possessive "'s".
    pub fn word<'a>(&self, text: &'a str) -> &'a str {
        let w = &text[self.begin..self.end];
        w.strip_suffix("'s").or_else(|| w.strip_suffix('\'')).unwrap_or(w)
    }

    /// Where the word ends without its possessive.
    pub fn word_end(&self, text: &str) -> usize {
        self.begin + self.word(text).len()
    }
}

/// A run of capitalized words.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Run {
    pub toks: Vec<Tok>,
}

impl Run {
    pub fn begin(&self) -> usize {
        self.toks[0].begin
    }
    pub fn end(&self) -> usize {
        self.toks[self.toks.len() - 1].end
    }
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.begin()..self.end()]
    }
}

// A word and an optional closing apostrophe ("Nations'"). A possessive "'s" is taken by the
// repetition ("'" and a letter), so the old `'s\b` alternative after it never matched; without
// that `\b` the regex stays on the fast engine in text with accented letters.
static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}&]|['\-\.][\p{L}\p{N}])*'?").expect("word regex"));

const CONNECTORS: &[&str] = &[
    "of", "for", "and", "on", "against", "the", "de", "d'", "del", "della", "di", "du", "des", "la", "le", "van",
    "von", "der", "den", "da", "dos", "das", "do", "bin", "binti", "al", "el", "y", "i", "à", "au",
];

fn is_cap_word(w: &str) -> bool {
    let mut chars = w.chars();
    match chars.next() {
        Some(c) if c.is_uppercase() => true,
        // "d'Esquadra", "al-Rashid"
        Some('d') | Some('l') => w.get(1..2) == Some("'") && w[2..].starts_with(char::is_uppercase),
        Some(c) if c.is_ascii_digit() => false,
        _ => false,
    }
}

/// Capitalized runs inside `text[begin..end]`.
pub fn runs(text: &str, begin: usize, end: usize) -> Vec<Run> {
    let slice = &text[begin..end];
    let mut out = Vec::new();
    let mut cur: Vec<Tok> = Vec::new();
    let mut has_of = false;
    let mut last_end = 0usize;
    let flush = |cur: &mut Vec<Tok>, out: &mut Vec<Run>| {
        while cur.last().is_some_and(|t| t.connector) {
            cur.pop();
        }
        if !cur.is_empty() {
            out.push(Run {
                toks: std::mem::take(cur),
            });
        }
        cur.clear();
    };
    for m in WORD.find_iter(slice) {
        let w = m.as_str();
        let gap = &slice[last_end..m.start()];
        let joined = !cur.is_empty() && gap == " ";
        if !joined {
            flush(&mut cur, &mut out);
            has_of = false;
        }
        last_end = m.end();
        let possessive = w.ends_with("'s") || (w.ends_with('\'') && w.len() > 1);
        let core = w.trim_end_matches("'s").trim_end_matches('\'');
        let tok = Tok {
            begin: begin + m.start(),
            end: begin + m.end(),
            connector: false,
            possessive,
        };
        if is_cap_word(core) {
            cur.push(tok);
        } else if !cur.is_empty()
            && CONNECTORS.contains(&core)
            && (core != "and" || has_of)
            && !cur.last().is_some_and(|t| t.connector && core != "the")
        {
            if matches!(core, "of" | "on" | "for" | "against" | "in") {
                has_of = true;
            }
            cur.push(Tok { connector: true, ..tok });
        } else {
            flush(&mut cur, &mut out);
            has_of = false;
            continue;
        }
        if possessive {
            flush(&mut cur, &mut out);
            has_of = false;
        }
    }
    flush(&mut cur, &mut out);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<String> {
        runs(t, 0, t.len()).iter().map(|r| r.text(t).to_string()).collect()
    }

    #[test]
    fn runs_join_connectors_and_stop_at_punctuation() {
        assert_eq!(
            texts("the Commission on Crime Prevention and Criminal Justice met"),
            vec!["Commission on Crime Prevention and Criminal Justice"]
        );
        assert_eq!(
            texts("Europol and INTERPOL, with Catherine De Bolle."),
            vec!["Europol", "INTERPOL", "Catherine De Bolle"]
        );
        assert_eq!(
            texts("INTERPOL's Operation Trigger II"),
            vec!["INTERPOL's", "Operation Trigger II"]
        );
        assert_eq!(
            texts("the force Mossos d'Esquadra mobilised"),
            vec!["Mossos d'Esquadra"]
        );
    }
}
