//! Sentence splitting with stable offsets.
//!
//! Paragraphs (lines) never share a sentence: in press releases a line is a headline, a
//! bullet or a paragraph. Inside a line, a sentence ends at `.`, `!` or `?` (and a closing
//! quote after it) followed by a space and an upper-case letter, a digit or a quote, unless
//! the word before the stop is an abbreviation ("Mr.", "U.S.", "Gen.", an initial).

/// A sentence: a byte range into the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sentence {
    pub index: usize,
    pub begin: usize,
    pub end: usize,
    /// Index of the line (paragraph) it belongs to.
    pub paragraph: usize,
}

impl Sentence {
    pub fn text<'a>(&self, text: &'a str) -> &'a str {
        &text[self.begin..self.end]
    }
}

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "prof", "st", "no", "nos", "gen", "col", "lt", "sgt", "capt", "cpt", "maj", "insp",
    "supt", "det", "cmdr", "adm", "cpl", "const", "cst", "brig", "cdr", "gov", "sen", "rep", "jr", "sr", "inc", "ltd",
    "co", "corp", "vs", "etc", "e.g", "i.e", "approx", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    "oct", "nov", "dec", "u.s", "u.k", "u.n", "e.u", "fig", "op", "ca", "mt", "ft", "est", "dept", "univ", "hon",
    "incl", "excl",
];

/// Splits `text` into sentences.
pub fn split(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut line_start = 0;
    for (paragraph, line) in text.split('\n').enumerate() {
        let base = line_start;
        line_start += line.len() + 1;
        if line.trim().is_empty() {
            continue;
        }
        let bytes = line.as_bytes();
        let mut start = 0;
        let mut i = 0;
        while i < bytes.len() {
            let b = bytes[i];
            if matches!(b, b'.' | b'!' | b'?') {
                let mut j = i + 1;
                while j < bytes.len() && matches!(bytes[j], b'"' | b'\'' | b')') {
                    j += 1;
                }
                if j + 1 < bytes.len()
                    && bytes[j] == b' '
                    && starts_sentence(&line[j + 1..])
                    && (b != b'.' || !is_abbreviation(&line[start..i]))
                    // "1. Indonesia - 134 tonnes": a numbered list's marker
                    && !(b == b'.' && start == 0 && is_list_number(&line[..i]))
                {
                    push(&mut out, base, start, j, paragraph);
                    start = j + 1;
                    i = j + 1;
                    continue;
                }
            }
            i += 1;
        }
        push(&mut out, base, start, line.len(), paragraph);
    }
    for (k, s) in out.iter_mut().enumerate() {
        s.index = k;
    }
    out
}

fn push(out: &mut Vec<Sentence>, base: usize, start: usize, end: usize, paragraph: usize) {
    if end > start {
        out.push(Sentence {
            index: 0,
            begin: base + start,
            end: base + end,
            paragraph,
        });
    }
}

fn starts_sentence(rest: &str) -> bool {
    match rest.chars().next() {
        Some(c) => c.is_uppercase() || c.is_ascii_digit() || c == '"' || c == '\'' || c == '(',
        None => false,
    }
}

/// "1", "12" before the stop that opens a line: the number of a list entry.
fn is_list_number(before: &str) -> bool {
    let t = before.trim_start();
    (1..=2).contains(&t.len()) && t.bytes().all(|b| b.is_ascii_digit())
}

fn is_abbreviation(before: &str) -> bool {
    let word = before
        .rsplit(|c: char| c.is_whitespace() || c == '(')
        .next()
        .unwrap_or("")
        .trim_matches(|c: char| c == '"' || c == '\'');
    if word.is_empty() {
        return false;
    }
    // A single capital letter is an initial ("J. Smith"); so are initials written
    // together ("R.C. Joshi", the stop before the name being the last one's).
    if word.chars().count() == 1 && word.chars().all(|c| c.is_uppercase()) {
        return true;
    }
    if super::words::is_initials(word) {
        return true;
    }
    let lower = word.to_lowercase();
    ABBREVIATIONS.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn initials_written_together_end_no_sentence() {
        let t = "CBI spokesperson R.C. Joshi said so. It was headed by S.N. Pradhan.";
        let s: Vec<&str> = split(t).iter().map(|s| s.text(t)).collect();
        assert_eq!(
            s,
            vec!["CBI spokesperson R.C. Joshi said so.", "It was headed by S.N. Pradhan."]
        );
    }

    #[test]
    fn splits_on_stops_but_not_abbreviations() {
        let t = "Mr. Stock spoke. He said \"Yes.\" Then U.S. officials left!\nNew line";
        let s: Vec<&str> = split(t).iter().map(|s| s.text(t)).collect();
        assert_eq!(
            s,
            vec![
                "Mr. Stock spoke.",
                "He said \"Yes.\"",
                "Then U.S. officials left!",
                "New line"
            ]
        );
    }

    #[test]
    fn incl_is_no_stop() {
        let t = "Firearms (incl. 12 rifles) ; 214";
        assert_eq!(split(t).len(), 1);
    }

    #[test]
    fn offsets_slice_the_text() {
        let t = "A b. C d.\n\nE f";
        for s in split(t) {
            assert_eq!(&t[s.begin..s.end], s.text(t));
        }
        assert_eq!(split(t).len(), 3);
    }

    #[test]
    fn a_numbered_list_entry_is_one_sentence() {
        let t = "Cases:\n1. Vela - 12 tonnes of timber.\n 2. Orun. It rained.\nIn 2. Then.";
        let got: Vec<&str> = split(t).iter().map(|s| s.text(t)).collect();
        assert_eq!(
            got,
            [
                "Cases:",
                "1. Vela - 12 tonnes of timber.",
                " 2. Orun.",
                "It rained.",
                "In 2.",
                "Then."
            ]
        );
    }

    #[test]
    fn decimals_do_not_split() {
        let t = "They seized 1.2 tonnes. More later.";
        assert_eq!(split(t).len(), 2);
    }
}
