//! Normalization: one canonical form of the article text, produced once.
//!
//! Every later stage works on [`NormText`] and every span the pipeline reports is a byte
//! range into it; nothing after this stage changes the text, so offsets stay valid all the
//! way to the RDF evidence nodes. What is normalized: line endings, the many Unicode
//! spaces (non-breaking, thin, narrow: "7 840" must read as one number), curly quotes and
//! primes, dashes, invisible characters, runs of spaces, and NFC composition.

use unicode_normalization::UnicodeNormalization;

/// The normalized text of one article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NormText {
    text: String,
}

impl NormText {
    /// Normalizes `raw`.
    pub fn new(raw: &str) -> Self {
        // Most articles are already in NFC (all ASCII ones are): the quick check says so
        // without composing a copy.
        let composed: std::borrow::Cow<'_, str> =
            if unicode_normalization::is_nfc_quick(raw.chars()) == unicode_normalization::IsNormalized::Yes {
                std::borrow::Cow::Borrowed(raw)
            } else {
                std::borrow::Cow::Owned(raw.nfc().collect())
            };
        let mut out = String::with_capacity(composed.len());
        let mut chars = composed.chars().peekable();
        while let Some(c) = chars.next() {
            let mapped = match c {
                '\r' => {
                    if chars.peek() == Some(&'\n') {
                        continue;
                    }
                    '\n'
                }
                '\u{a0}' | '\u{2007}' | '\u{2009}' | '\u{202f}' | '\u{2002}' | '\u{2003}' | '\u{2004}' | '\u{2005}'
                | '\u{2006}' | '\u{2008}' | '\u{200a}' | '\u{3000}' | '\t' | '\u{0b}' | '\u{0c}' => ' ',
                '\u{2018}' | '\u{2019}' | '\u{201a}' | '\u{201b}' | '\u{2032}' | '`' | '\u{b4}' => '\'',
                '\u{201c}' | '\u{201d}' | '\u{201e}' | '\u{201f}' | '\u{2033}' | '\u{ab}' | '\u{bb}' => '"',
                '\u{2010}' | '\u{2011}' | '\u{2012}' | '\u{2013}' | '\u{2014}' | '\u{2015}' | '\u{2212}' => '-',
                '\u{2026}' => {
                    out.push_str("...");
                    continue;
                }
                '\u{ad}' | '\u{200b}' | '\u{200c}' | '\u{200d}' | '\u{2060}' | '\u{feff}' => continue,
                c if c.is_control() && c != '\n' => ' ',
                c => c,
            };
            out.push(mapped);
        }
        // Trim each line, collapse runs of spaces, and keep at most one blank line.
        let mut text = String::with_capacity(out.len());
        let mut blank_run = 0;
        for line in out.split('\n') {
            let line = line.trim();
            if line.is_empty() {
                blank_run += 1;
                continue;
            }
            if !text.is_empty() {
                text.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
            }
            blank_run = 0;
            let mut last_space = false;
            for ch in line.chars() {
                if ch == ' ' {
                    if !last_space {
                        text.push(' ');
                    }
                    last_space = true;
                } else {
                    text.push(ch);
                    last_space = false;
                }
            }
        }
        NormText { text }
    }

    pub fn as_str(&self) -> &str {
        &self.text
    }

    pub fn len(&self) -> usize {
        self.text.len()
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spaces_quotes_dashes_and_lines() {
        let n = NormText::new("INTERPOL\u{2019}s  \u{201c}Trigger\u{201d}\r\n7\u{a0}840 \u{2013} x\r\n\r\n\r\n\r\nEnd");
        assert_eq!(n.as_str(), "INTERPOL's \"Trigger\"\n7 840 - x\n\nEnd");
    }

    #[test]
    fn nfc_composes_accents() {
        let n = NormText::new("Ju\u{308}rgen");
        assert_eq!(n.as_str(), "Jürgen");
    }
}
