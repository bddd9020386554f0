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
// repetition ("'" and a letter), so an "'s\b" alternative after it would never match. The
// tokenizer below ([`word_spans`]) reads the same words; the regex stays as its definition
// for the tests.
#[cfg(test)]
static WORD: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}&]|['\-\.][\p{L}\p{N}])*'?").expect("word regex"));
/// `[\p{L}\p{N}]` and `\p{M}` for a non-ASCII character (rare: the regex is only asked then).
static LETTER_OR_NUMBER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^[\p{L}\p{N}]").expect("letter regex"));
static MARK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\p{M}").expect("mark regex"));

fn letter_or_number(s: &str, i: usize) -> Option<usize> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return b.is_ascii_alphanumeric().then_some(1);
    }
    let len = s[i..].chars().next().map_or(1, char::len_utf8);
    LETTER_OR_NUMBER.is_match(&s[i..i + len]).then_some(len)
}

fn word_char(s: &str, i: usize) -> Option<usize> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        return (b.is_ascii_alphanumeric() || b == b'&').then_some(1);
    }
    let len = s[i..].chars().next().map_or(1, char::len_utf8);
    let c = &s[i..i + len];
    (LETTER_OR_NUMBER.is_match(c) || MARK.is_match(c)).then_some(len)
}

/// The words of `s`, as `WORD.find_iter(s)` finds them: a letter or number, then letters,
/// numbers, marks, "&" and "'", "-" or "." followed by a letter or number, then an optional
/// "'".
fn word_spans(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    let bytes = s.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        // The next letter or number starts a word.
        let start = loop {
            if i >= bytes.len() {
                return None;
            }
            if let Some(len) = letter_or_number(s, i) {
                let start = i;
                i += len;
                break start;
            }
            i += s[i..].chars().next().map_or(1, char::len_utf8);
        };
        loop {
            if let Some(len) = word_char(s, i) {
                i += len;
            } else if matches!(bytes.get(i), Some(b'\'' | b'-' | b'.')) {
                match letter_or_number(s, i + 1) {
                    Some(len) => i += 1 + len,
                    None => break,
                }
            } else {
                break;
            }
        }
        if bytes.get(i) == Some(&b'\'') {
            i += 1;
        }
        Some((start, i))
    })
}

const CONNECTORS: &[&str] = &[
    "of", "for", "and", "or", "on", "against", "the", "de", "d'", "del", "della", "di", "du", "des", "la", "le", "van",
    "von", "der", "den", "da", "dos", "das", "do", "bin", "binti", "al", "el", "y", "i", "à", "au",
];

/// Initials written together: "R.C" (of "R.C. Joshi"), "J.R.R"; not a country's
/// ("U.S. Attorney's Office" is no name).
pub fn is_initials(w: &str) -> bool {
    !matches!(w, "U.S" | "U.K" | "U.N" | "E.U" | "U.A.E" | "U.S.A" | "P.R.C") && crate::text::words::is_initials(w)
}

/// Two particles of a surname in a row: "Jannine van den Berg", "Luis de la Cruz".
fn particle_pair(first: &str, second: &str) -> bool {
    matches!(
        (first, second),
        ("van" | "von", "den" | "der" | "de") | ("de", "la" | "los" | "las") | ("da" | "do", "la")
    )
}

/// Holders whose office is named after them: "Sheriff's Office", "U.S. Attorney's Office".
const OFFICE_HOLDERS: &[&str] = &[
    "Sheriff",
    "Attorney",
    "Prosecutor",
    "Marshal",
    "Coroner",
    "Commissioner",
    "Governor",
    "Mayor",
    "General",
    "Ombudsman",
    "Auditor",
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
    let mut last_initial = false;
    // "Sheriff's" waits for the next word: "Sheriff's Department" is one name.
    let mut office_possessive = false;
    // "Senior Officials' Meeting", "Chiefs' Association": a plural possessive waits too.
    let mut plural_possessive = false;
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
    for (m_start, m_end) in word_spans(slice) {
        let w = &slice[m_start..m_end];
        let gap = &slice[last_end..m_start];
        // "Daniel R. Okafor": an initial and its stop stay inside the name.
        let joined = !cur.is_empty() && (gap == " " || (gap == ". " && last_initial));
        let office_after_possessive = office_possessive && joined && matches!(w, "Office" | "Department");
        let body_after_plural = plural_possessive
            && joined
            && matches!(
                w,
                "Meeting" | "Conference" | "Association" | "Union" | "Forum" | "Council" | "Committee" | "Federation"
            );
        if (office_possessive && !office_after_possessive) || (plural_possessive && !body_after_plural) {
            flush(&mut cur, &mut out);
            has_of = false;
        }
        office_possessive = false;
        plural_possessive = false;
        if !joined {
            flush(&mut cur, &mut out);
            has_of = false;
        }
        last_end = m_end;
        last_initial = (w.len() == 1 && w.chars().all(|c| c.is_ascii_uppercase())) || is_initials(w);
        let possessive = w.ends_with("'s") || (w.ends_with('\'') && w.len() > 1);
        let core = w.trim_end_matches("'s").trim_end_matches('\'');
        let tok = Tok {
            begin: begin + m_start,
            end: begin + m_end,
            connector: false,
            possessive,
        };
        // "Centre Against Organised Crime": a capitalized "Against" inside a name joins it
        // as the lower-case one does.
        if core == "Against" && !cur.is_empty() {
            has_of = true;
            cur.push(Tok { connector: true, ..tok });
        } else if is_cap_word(core) {
            cur.push(tok);
        } else if !cur.is_empty()
            && CONNECTORS.contains(&core)
            && (!matches!(core, "and" | "or") || has_of)
            // "the" only after another connector ("Commission of the ..."): "hosted in
            // Bucharest the General Assembly" is two runs
            && (core != "the"
                || cur.last().is_some_and(|t| t.connector)
                // "Office for Combating the Smuggling of Migrants": after a verb's "-ing"
                // form inside a name with "for"
                || has_of && cur.last().is_some_and(|t| text[t.begin..t.end].ends_with("ing")))
            && !cur
                .last()
                .is_some_and(|t| t.connector && core != "the" && !particle_pair(&text[t.begin..t.end], core))
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
        // ("the Busan District Prosecutors' Office": holders in the plural too)
        if possessive && (OFFICE_HOLDERS.contains(&core) || OFFICE_HOLDERS.contains(&core.trim_end_matches('s'))) {
            office_possessive = true;
        } else if possessive && w.ends_with("s'") && core.chars().next().is_some_and(char::is_uppercase) {
            plural_possessive = true;
        } else if possessive {
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
    fn a_capitalized_against_inside_a_name() {
        assert_eq!(
            texts("the Zembla National Centre Against Organised Crime (ZNC) said"),
            vec!["Zembla National Centre Against Organised Crime", "ZNC"]
        );
    }

    #[test]
    fn a_plural_possessive_inside_a_name() {
        assert_eq!(
            texts("the 26th Senior Officials' Meeting on Transnational Crime was held"),
            vec!["Senior Officials' Meeting on Transnational Crime"]
        );
        // a plural possessive before anything else ends the run
        assert_eq!(
            texts("the United Nations' Vienna office"),
            vec!["United Nations'", "Vienna"]
        );
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
        // initials written together stay in the name
        assert_eq!(texts("spokesperson R.C. Joshi said"), vec!["R.C. Joshi"]);
        // two surname particles in a row, but never two other connectors
        assert_eq!(
            texts("said Pieter van der Linden and Ana de la Fuente"),
            vec!["Pieter van der Linden", "Ana de la Fuente"]
        );
        assert_eq!(texts("the Office of the of Nothing"), vec!["Office", "Nothing"]);
        // "the" joins only after another connector; "or" only inside a name with "of"
        assert_eq!(
            texts("hosted in Lisbon the General Assembly of the Guild"),
            vec!["Lisbon", "General Assembly of the Guild"]
        );
        assert_eq!(
            texts("the Bureau for the Prevention of Fraud or Asset Theft said"),
            vec!["Bureau for the Prevention of Fraud or Asset Theft"]
        );
        assert_eq!(texts("Europol or INTERPOL"), vec!["Europol", "INTERPOL"]);
    }

    #[test]
    fn tokenizer_reads_the_words_the_regex_does() {
        let original = Regex::new(r"[\p{L}\p{N}](?:[\p{L}\p{N}\p{M}&]|['\-\.][\p{L}\p{N}])*(?:'s\b|')?").unwrap();
        for t in [
            "INTERPOL's Operation Trigger II, the Nations' U.S.-led AT&T x-ray 9mm .45-calibre",
            "Ju\u{308}rgen Müller's d'Esquadra l'État ½ ²3 'quoted' -dash- a.b. x'' x's'",
            "Ŝtefan’s Ωmega 漢字 Ǆemal e\u{301}té ǅ, ſ \u{200b}z 1,000 3.5 A&-B",
            "end'",
            "",
            "'s",
        ] {
            let want: Vec<(usize, usize)> = WORD.find_iter(t).map(|m| (m.start(), m.end())).collect();
            let old: Vec<(usize, usize)> = original.find_iter(t).map(|m| (m.start(), m.end())).collect();
            let got: Vec<(usize, usize)> = word_spans(t).collect();
            assert_eq!(got, want, "{t}");
            assert_eq!(old, want, "{t}");
        }
    }

    #[test]
    fn an_office_of_holders_in_the_plural_is_one_name() {
        assert_eq!(
            texts("the Zembla District Prosecutors' Office let it go"),
            vec!["Zembla District Prosecutors' Office"]
        );
        // a plural possessive before another word ends the name
        assert_eq!(texts("the Prosecutors' cars"), vec!["Prosecutors'"]);
    }

    #[test]
    fn the_after_a_verb_in_ing_inside_a_name_with_for() {
        assert_eq!(
            texts("the head of the Office for Combating the Smuggling of Migrants said"),
            vec!["Office for Combating the Smuggling of Migrants"]
        );
        // without "for" before it, "the" still ends the name
        assert_eq!(texts("Zembla Boxing the Champions"), vec!["Zembla Boxing", "Champions"]);
    }
}
