//! Page furniture in text: what a blog or news site puts around an article.
//!
//! Copy-pasted or crawled pages carry view counters, comment forms, share bars, tag lists,
//! navigation bars and cookie notices. Lines that are furniture anywhere are dropped; a
//! marker that opens the tail of a page ("Leave a Reply", "Related posts", "Share this:")
//! drops everything after it, once the article proper has started.

use regex::Regex;
use std::sync::LazyLock;

static DROP_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            \(?visited\s+\d+\s+times.*
          | this\s+site\s+uses\s+akismet.*
          | your\s+email\s+address\s+will\s+not\s+be\s+published.*
          | (?:cookies?|we\s+use\s+cookies|this\s+(?:site|website)\s+uses\s+cookies).*
          | ©.* | \(c\)\s+\d{4}.* | copyright\s+©?\s*\d{4}.* | all\s+rights\s+reserved\.?
          | (?:\[[^\]]{1,20}\]\s*){2,}
          | like\s+this:.* | loading\.\.\.
          | (?:share|tweet|email|print|facebook|twitter|linkedin|whatsapp)(?:\s+this)?:?
          | (?:tags?|filed\s+under|categories|category)\s*:.*
          | (?:comment|name|email|website)\s*\*?
          | \[?post\s+comment\]?
          | \[\s?\]\s.*
          | advertisement | sponsored(?:\s+content)?
          | skip\s+to\s+(?:main\s+)?content
          | (?:read|see)\s+(?:more|also|next)\s*:?.*
          | \((?:reporting|writing|editing|additional\s+reporting)\s+by\s.*\)
          | \d+\s+min(?:ute)?s?\s+read
        )$",
    )
    .expect("furniture regex")
});

static TAIL_MARKER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?ix)^(?:
            leave\s+a\s+(?:reply|comment).*
          | be\s+the\s+first\s+to\s+comment.*
          | \d+\s+comments?
          | comments?\s*(?:\(\d+\))?
          | related\s+(?:posts|articles|stories|news|content)?:?
          | you\s+(?:may|might)\s+also\s+like.*
          | more\s+(?:stories|from|on\s+this).*
          | post\s+navigation
          | about\s+the\s+author
          | share\s+this(?:\s+(?:article|story|post))?:?
          | \(?visited\s+\d+\s+times.*
        )$",
    )
    .expect("tail regex")
});

/// A navigation or breadcrumb bar: three or more short items separated by `|` or `>`.
fn is_nav_bar(line: &str) -> bool {
    for sep in ['|', '>', '·', '•'] {
        let parts: Vec<&str> = line.split(sep).map(str::trim).collect();
        if parts.len() >= 3
            && parts
                .iter()
                .all(|p| !p.is_empty() && p.split_whitespace().count() <= 4 && !p.ends_with('.'))
        {
            return true;
        }
    }
    false
}

/// Removes furniture lines from `text` (one paragraph per line).
pub fn strip(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut body_lines = 0;
    for line in text.lines() {
        let t = line.trim();
        if t.is_empty() {
            out.push('\n');
            continue;
        }
        if body_lines >= 3 && TAIL_MARKER.is_match(t) {
            break;
        }
        if DROP_LINE.is_match(t) || is_nav_bar(t) {
            continue;
        }
        if t.split_whitespace().count() >= 6 {
            body_lines += 1;
        }
        out.push_str(line);
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn drops_blog_furniture() {
        let t = "Home | About | Contact\nTitle of the story here\nPolice seized 3 kg of heroin in the port on Monday.\nA second paragraph with enough words to count.\nA third paragraph with enough words to count too.\nShare this:\n[Twitter] [Facebook]\nRelated posts\n- Other story\n(Visited 17 times, 1 visits today)\nLeave a Reply\nThis site uses Akismet to reduce spam.";
        let t = t.replace(
            "Share this:",
            "Read next: Operation Vela: what 2,517 arrests tell us\nShare this:",
        );
        let s = strip(&t);
        assert!(s.contains("Police seized 3 kg"));
        for f in [
            "Home |",
            "Twitter",
            "Other story",
            "Visited",
            "Leave a Reply",
            "Akismet",
            "Read next",
            "2,517",
        ] {
            assert!(!s.contains(f), "{f} kept in {s}");
        }
    }

    #[test]
    fn keeps_article_lines_that_look_like_markers_early() {
        let t = "Comments\nPolice said the operation ended.";
        assert!(strip(t).contains("Police said"));
    }
}
