//! Word-level helpers shared by the detectors: capitalization, word boundaries, slugs.

/// True when `w` starts with an upper-case letter.
pub fn is_capitalized(w: &str) -> bool {
    w.chars().next().is_some_and(char::is_uppercase)
}

/// True when every letter of `w` is upper case and it has at least two letters.
pub fn is_all_caps(w: &str) -> bool {
    let letters: Vec<char> = w.chars().filter(|c| c.is_alphabetic()).collect();
    letters.len() >= 2 && letters.iter().all(|c| c.is_uppercase())
}

/// True for initials written together, without the last stop: "R.C" (of "R.C. Joshi"),
/// "J.R.R", "U.S".
pub fn is_initials(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b.len() % 2 == 1
        && b.iter()
            .enumerate()
            .all(|(i, c)| if i % 2 == 0 { c.is_ascii_uppercase() } else { *c == b'.' })
}

/// True when byte `i` of `s` is at a word boundary (start/end of text or a non-word char).
pub fn boundary_before(s: &str, i: usize) -> bool {
    s[..i].chars().next_back().is_none_or(|c| !c.is_alphanumeric())
}

pub fn boundary_after(s: &str, i: usize) -> bool {
    s[i..].chars().next().is_none_or(|c| !c.is_alphanumeric())
}

/// A lower-case ASCII slug for IRIs: "Jürgen Stock" -> "jurgen-stock".
pub fn slug(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let mut out = String::new();
    // ASCII text is its own NFKD form.
    let chars: Box<dyn Iterator<Item = char> + '_> = if s.is_ascii() {
        Box::new(s.chars())
    } else {
        Box::new(s.nfkd())
    };
    for c in chars {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if (c.is_whitespace() || c == '-' || c == '\'' || c == '/' || c == '.' || c == '&')
            && !out.ends_with('-')
            && !out.is_empty()
        {
            out.push('-');
        } else if !c.is_ascii() && unicode_normalization::char::is_combining_mark(c) {
            // dropped accent
        } else if c.is_alphanumeric() && !out.ends_with('-') && !out.is_empty() {
            // a letter with no ASCII form ("ı") becomes a separator-free skip
        }
    }
    let out = out.trim_end_matches('-').to_string();
    if out.is_empty() {
        "x".into()
    } else {
        out
    }
}

/// A key for comparing names: lower case, accents and punctuation dropped, "'s" removed.
pub fn name_key(s: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    let s = s.replace("'s ", " ");
    let s = s.strip_suffix("'s").unwrap_or(&s);
    let mut out = String::new();
    let chars: Box<dyn Iterator<Item = char> + '_> = if s.is_ascii() {
        Box::new(s.chars())
    } else {
        Box::new(s.nfkd())
    };
    for c in chars {
        if c.is_alphanumeric() && c.is_ascii() {
            out.push(c.to_ascii_lowercase());
        } else if c.is_alphanumeric() && !unicode_normalization::char::is_combining_mark(c) {
            out.extend(c.to_lowercase());
        } else if !unicode_normalization::char::is_combining_mark(c) && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.split_whitespace()
        .filter(|w| *w != "the")
        .collect::<Vec<_>>()
        .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_are_ascii() {
        assert_eq!(slug("Jürgen Stock"), "jurgen-stock");
        assert_eq!(slug("Mossos d'Esquadra"), "mossos-d-esquadra");
        assert_eq!(slug("Operation Trigger II"), "operation-trigger-ii");
    }

    #[test]
    fn name_keys_ignore_case_accents_and_possessives() {
        assert_eq!(name_key("INTERPOL's"), "interpol");
        assert_eq!(name_key("the  Jürgen-Stock"), "jurgen stock");
    }
}
