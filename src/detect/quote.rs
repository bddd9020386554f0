//! Quotation detector: quoted speech and who said it.
//!
//! `"...," said Mr Stock.` / `"...," Stock said.` / `Kogler said: "..."` / `"...," she added.`
//! The speaker is read as written (a name, a title and surname, a pronoun); the resolver
//! ties it to a person. Short quoted phrases ("game changer", "street Valium") are scare
//! quotes, not quotations.

use super::Ctx;
use crate::model::Span;
use regex::Regex;
use std::sync::LazyLock;

/// A quotation with the text that names its speaker.
#[derive(Debug, Clone)]
pub struct QuoteMention {
    pub text: String,
    pub span: Span,
    /// Where the speaker is named ("Mr Stock", "she"), if anywhere.
    pub speaker: Option<Span>,
}

/// The words [`VERBS`] starts with: a match holds one.
static VERB_WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new([
        "said",
        "says",
        "added",
        "adds",
        "told",
        "warned",
        "noted",
        "explained",
        "stated",
        "stressed",
        "emphasised",
        "emphasized",
        "commented",
        "remarked",
        "declared",
        "insisted",
        "argued",
        "continued",
        "concluded",
        "observed",
        "urged",
        "asked",
        "wrote",
        "recalled",
        "acknowledged",
    ])
    .expect("verbs")
});

const VERBS: &str = r"(?:said|says|added|adds|told\s+[\p{L} ]{1,30}?|warned|noted|explained|stated|stressed|emphasised|emphasized|commented|remarked|declared|insisted|argued|continued|concluded|observed|urged|asked|wrote|recalled|acknowledged)";

static AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r#"^[,.!?]?\s*(?:{VERBS}\s+((?:the\s+)?[\p{{L}}][\p{{L}}'\-. ]{{0,60}}?)|((?:he|she|they|[\p{{Lu}}][\p{{L}}'\-. ]{{0,60}}?))\s+{VERBS})(?:[,.;]|\s+(?:on|in|at|after|before|during|when|while|who|adding|in\s+a)\b|$)"#)).expect("quote after")
});
static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r#"((?:he|she|they|[\p{{Lu}}][\p{{L}}'\-. ]{{0,60}}?))\s+{VERBS}(?:\s+that)?\s*[:,]?\s*$"#
    ))
    .expect("quote before")
});

/// A match of [`AFTER`] holds at most 105 printable ASCII characters (a stop, a 34-character
/// verb phrase, "the ", a 61-character name, a 6-letter clause word), and one of [`BEFORE`]
/// at most 100 (name, verb phrase, "that", a colon): the rest of a long line cannot change
/// the match, so the searches only read the end of it that can.
const AFTER_MAX: usize = 105;
const BEFORE_MAX: usize = 100;

fn counted(b: &u8) -> bool {
    b.is_ascii_graphic()
}

/// `AFTER.captures(after)`, reading only the start of a long `after`: a match ends before the
/// `AFTER_MAX + 1`-th counted character, so it is found in the text cut after it; a match
/// that reaches the cut may have used the cut as the end of the text, and is looked for
/// again in the whole line.
fn after_captures(after: &str) -> Option<regex::Captures<'_>> {
    let cut = after
        .bytes()
        .enumerate()
        .filter(|(_, b)| counted(b))
        .nth(AFTER_MAX)
        .map(|(i, _)| i + 1);
    // A match lies before the cut (or is found again in the whole line), and holds a verb.
    if !VERB_WORDS.is_match(&after[..cut.unwrap_or(after.len()).min(after.len())]) {
        return None;
    }
    if let Some(cut) = cut.filter(|&c| c < after.len()) {
        match AFTER.captures(&after[..cut]) {
            None => return None,
            Some(c) if c.get(0).expect("match").end() < cut => return Some(c),
            Some(_) => {}
        }
    }
    AFTER.captures(after)
}

/// `BEFORE.captures(before)`: the search starts where a match can start, and only when a
/// verb lies after that.
fn before_captures(before: &str) -> Option<regex::Captures<'_>> {
    let start = before_start(before);
    if !VERB_WORDS.is_match(&before[start..]) {
        return None;
    }
    BEFORE.captures_at(before, start)
}

/// Where a match of [`BEFORE`] (anchored at the end of `before`) can start at the earliest:
/// at the `BEFORE_MAX + 1`-th counted character from the end.
fn before_start(before: &str) -> usize {
    before
        .bytes()
        .enumerate()
        .rev()
        .filter(|(_, b)| counted(b))
        .nth(BEFORE_MAX)
        .map_or(0, |(i, _)| i)
}

pub fn detect(ctx: &Ctx<'_>) -> Vec<QuoteMention> {
    let text = ctx.text;
    let mut out = Vec::new();
    // Quotes never cross paragraphs; a quote may span several sentences.
    let mut line_start = 0;
    for line in text.split('\n') {
        let base = line_start;
        line_start += line.len() + 1;
        let idx: Vec<usize> = line.match_indices('"').map(|(i, _)| i).collect();
        for pair in idx.chunks(2) {
            let [open, close] = pair else { break };
            let inner = &line[open + 1..*close];
            if inner.split_whitespace().count() < 5 {
                continue;
            }
            let after = &line[close + 1..];
            let before = &line[..*open];
            let speaker = if let Some(c) = after_captures(after) {
                let g = c.get(1).or(c.get(2)).expect("group");
                Some(Span::new(base + close + 1 + g.start(), base + close + 1 + g.end()))
            } else if let Some(c) = before_captures(before) {
                let g = c.get(1).expect("group");
                Some(Span::new(base + g.start(), base + g.end()))
            } else {
                None
            };
            let text_in = inner.trim().trim_end_matches(',').to_string();
            out.push(QuoteMention {
                text: text_in,
                span: Span::new(base + open, base + close + 1),
                speaker,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::Ctx;
    use super::*;

    fn speakers(t: &str) -> Vec<Option<String>> {
        let ctx = Ctx::new(t, None);
        detect(&ctx)
            .into_iter()
            .map(|q| q.speaker.map(|s| t[s.begin..s.end].to_string()))
            .collect()
    }

    #[test]
    fn attribution_after_and_before() {
        assert_eq!(
            speakers("\"We must act together now, today,\" said Mr Stock."),
            vec![Some("Mr Stock".into())]
        );
        assert_eq!(
            speakers("\"We must act together now, today,\" she added."),
            vec![Some("she".into())]
        );
        assert_eq!(
            speakers("Konrad Kogler said: \"The most effective weapon is information.\""),
            vec![Some("Konrad Kogler".into())]
        );
    }

    #[test]
    fn scare_quotes_are_not_quotations() {
        assert!(speakers("called it a \"game changer\" yesterday").is_empty());
    }
}
