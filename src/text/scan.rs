//! Regex searches confined to windows of the text, with the same results as a search of
//! the whole text.
//!
//! A regex with a Unicode `\b` falls back to a slow engine over everything after the first
//! non-ASCII letter it meets, so a whole-article `captures_iter` costs milliseconds; a regex
//! with many alternatives has no literal to skip ahead with either. When every match must
//! hold a keyword and the text a match can span around a keyword is known, the search runs
//! only in those windows: [`Windows`] collects them (merged where they touch) and
//! [`captures_in`] iterates the matches in text order, each a match of the whole text with
//! offsets into it.
//!
//! A window must start at the start of the text or right after a whitespace character (so a
//! `\b` at its start reads the same context) and end at the end of the text, at a whitespace
//! character, or where no match can continue (the search sees the text cut there).

use regex::{Captures, Regex};

/// Windows closer than this are searched as one.
const NEAR: usize = 256;

/// Windows of a text, in order, merged where they overlap, touch or nearly touch.
#[derive(Debug, Default)]
pub struct Windows(Vec<(usize, usize)>);

impl Windows {
    pub fn new() -> Self {
        Self::default()
    }

    /// The whole of a text of `len` bytes: the search is the plain one.
    pub fn whole(len: usize) -> Self {
        Windows(vec![(0, len)])
    }

    pub fn push(&mut self, begin: usize, end: usize) {
        self.0.push((begin, end));
    }

    /// Sorts and merges the windows. Windows less than [`NEAR`] bytes apart are merged too
    /// (with the text between them, where no match lies): one search over a few hundred
    /// bytes costs less than starting another.
    pub fn merged(mut self) -> Windows {
        self.0.sort_unstable();
        let mut out: Vec<(usize, usize)> = Vec::with_capacity(self.0.len());
        for (b, e) in self.0 {
            match out.last_mut() {
                Some(last) if b <= last.1 + NEAR => last.1 = last.1.max(e),
                _ => out.push((b, e)),
            }
        }
        Windows(out)
    }
}

/// The matches of `re` in `text` that lie inside `windows`, as `re.captures_iter(text)` would
/// give them when every match lies inside a window.
/// `windows` must be [`Windows::merged`].
pub fn captures_in<'t>(re: &Regex, text: &'t str, windows: &Windows) -> Vec<Captures<'t>> {
    let mut out = Vec::new();
    for &(begin, end) in &windows.0 {
        let hay = &text[..end];
        let mut at = begin;
        while at <= end {
            let Some(c) = re.captures_at(hay, at) else { break };
            let m = c.get(0).expect("match");
            at = if m.end() > m.start() {
                m.end()
            } else {
                // An empty match: step over one character, as `captures_iter` does.
                m.end() + hay[m.end()..].chars().next().map_or(1, char::len_utf8)
            };
            out.push(c);
        }
    }
    out
}

/// Like [`captures_in`] without the groups (no slower engine run for them): each match with
/// the end of its window, where `re.captures_at(&text[..end], m.start())` finds it again.
pub fn find_in<'t>(re: &Regex, text: &'t str, windows: &Windows) -> Vec<(regex::Match<'t>, usize)> {
    let mut out = Vec::new();
    for &(begin, end) in &windows.0 {
        let hay = &text[..end];
        let mut at = begin;
        while at <= end {
            let Some(m) = re.find_at(hay, at) else { break };
            at = if m.end() > m.start() {
                m.end()
            } else {
                m.end() + hay[m.end()..].chars().next().map_or(1, char::len_utf8)
            };
            out.push((m, end));
        }
    }
    out
}

/// Where the last whitespace-delimited token before `end` starts, skipping the whitespace
/// right before `end`: a match that ends with that token and a whitespace run, or that is
/// the token before a keyword at `end`, cannot start earlier.
pub fn token_start_before(text: &str, end: usize) -> usize {
    let core = text[..end].trim_end();
    core.rfind(char::is_whitespace)
        .map(|i| i + core[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0)
}

/// Where the token holding byte `at` starts (right after the whitespace before it).
pub fn token_start(text: &str, at: usize) -> usize {
    text[..at]
        .rfind(char::is_whitespace)
        .map(|i| i + text[i..].chars().next().map_or(1, char::len_utf8))
        .unwrap_or(0)
}

/// The start of the `n`-th token before the token holding byte `at` (tokens are separated by
/// whitespace runs): a match with at most `n` whitespace runs before `at` starts there at the
/// earliest.
pub fn tokens_before(text: &str, at: usize, n: usize) -> usize {
    let mut p = token_start(text, at);
    for _ in 0..n {
        if p == 0 {
            break;
        }
        p = token_start_before(text, p);
    }
    p
}

/// The end of the `n`-th token after the token holding byte `at`: a whitespace character or
/// the end of the text. A match with at most `n` whitespace runs after `at` that does not end
/// in whitespace ends there at the latest.
pub fn tokens_after(text: &str, at: usize, n: usize) -> usize {
    let token_end = |i: usize| -> usize {
        text[i..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(text.len(), |(k, _)| i + k)
    };
    let mut i = token_end(at);
    for _ in 0..n {
        i = text[i..]
            .char_indices()
            .find(|(_, c)| !c.is_whitespace())
            .map_or(text.len(), |(k, _)| i + k);
        i = token_end(i);
    }
    i
}

/// From `from`, the start of the `n`-th run of spaces on the line, or the end of the line
/// (a `\n`), or of the text: a match whose parts are joined by at most `n - 1` runs of
/// spaces and that holds no line break ends there at the latest.
pub fn after_space_runs(text: &str, from: usize, n: usize) -> usize {
    let bytes = text.as_bytes();
    let mut runs = 0;
    let mut i = from;
    while i < bytes.len() {
        match bytes[i] {
            b'\n' => return i,
            b' ' => {
                runs += 1;
                if runs == n {
                    return i;
                }
                while i < bytes.len() && bytes[i] == b' ' {
                    i += 1;
                }
            }
            _ => i += 1,
        }
    }
    bytes.len()
}

/// From `from`, past `tokens` pairs of (whitespace run, token) and a last whitespace run:
/// the end of a match that is at most that many whitespace-separated tokens and a greedy
/// trailing `\s+` ("of the ").
pub fn after_tokens(text: &str, from: usize, tokens: usize) -> usize {
    let mut i = from;
    let skip_ws = |i: usize| -> usize {
        text[i..]
            .char_indices()
            .find(|(_, c)| !c.is_whitespace())
            .map_or(text.len(), |(k, _)| i + k)
    };
    for _ in 0..tokens {
        i = skip_ws(i);
        i = text[i..]
            .char_indices()
            .find(|(_, c)| c.is_whitespace())
            .map_or(text.len(), |(k, _)| i + k);
    }
    skip_ws(i)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn windows_give_the_whole_text_matches() {
        let re = Regex::new(r"\b(\w+teenth)\s+(session)\s+of\s+(?:the\s+)?").unwrap();
        let t = "The fifteenth session of the\n\nCommission, and éfifteenth session of it; sixteenth  session of X";
        let all: Vec<(usize, usize)> = re
            .captures_iter(t)
            .map(|c| (c.get(0).unwrap().start(), c.get(0).unwrap().end()))
            .collect();
        let mut w = Windows::new();
        for (k, _) in t.match_indices("session") {
            w.push(token_start_before(t, k), after_tokens(t, k + 7, 2));
        }
        let got: Vec<(usize, usize)> = captures_in(&re, t, &w.merged())
            .iter()
            .map(|c| (c.get(0).unwrap().start(), c.get(0).unwrap().end()))
            .collect();
        assert_eq!(got, all);
        assert_eq!(all.len(), 3);
    }

    #[test]
    fn token_positions() {
        let t = "ab cd  ef";
        assert_eq!(token_start_before(t, 7), 3);
        assert_eq!(token_start(t, 8), 7);
        assert_eq!(token_start(t, 1), 0);
        assert_eq!(after_space_runs("a b  c\nd", 0, 2), 3);
        assert_eq!(after_space_runs("a b  c\nd", 0, 3), 6);
        assert_eq!(after_tokens("x  of the  Y", 1, 2), 11);
        assert_eq!(tokens_before("a b c d", 6, 2), 2);
        assert_eq!(tokens_before("a b c d", 6, 9), 0);
        assert_eq!(tokens_after("a b c d", 0, 2), 5);
        assert_eq!(tokens_after("a b c d", 2, 9), 7);
    }
}
