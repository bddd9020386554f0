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
            let speaker = if let Some(c) = AFTER.captures(after) {
                let g = c.get(1).or(c.get(2)).expect("group");
                Some(Span::new(base + close + 1 + g.start(), base + close + 1 + g.end()))
            } else if let Some(c) = BEFORE.captures(before) {
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
