//! Markdown to plain text: headings, emphasis, links, images, code and front matter.
//!
//! Only what changes the words matters to extraction: `**Europol**` must read as
//! `Europol`, `[INTERPOL](https://...)` as `INTERPOL`, and a YAML front matter's `title`,
//! `date` and `url` become document metadata rather than body text.

use regex::Regex;
use std::sync::LazyLock;

/// Front matter fields and the body of a Markdown document.
#[derive(Debug, Default)]
pub struct MarkdownParts {
    pub body: String,
    pub title: Option<String>,
    pub date: Option<String>,
    pub url: Option<String>,
}

static IMAGE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"!\[[^\]]*\]\([^)]*\)").expect("re"));
static LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[([^\]]*)\]\([^)]*\)").expect("re"));
static REF_LINK: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\[([^\]]+)\]\[[^\]]*\]").expect("re"));
static EMPH: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(\*\*|__|\*|~~)([^*_~\n]+?)(\*\*|__|\*|~~)").expect("re"));
static TAG: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"</?[a-zA-Z][^>]*>").expect("re"));

/// A table's separator row: "|---|:---:|".
fn is_table_separator(t: &str) -> bool {
    t.starts_with('|') && t.contains('-') && t.chars().all(|c| matches!(c, '|' | '-' | ':' | ' '))
}

pub fn extract(md: &str) -> MarkdownParts {
    let mut parts = MarkdownParts::default();
    let mut lines = md.lines().peekable();
    if lines.peek().map(|l| l.trim()) == Some("---") {
        lines.next();
        for line in lines.by_ref() {
            if line.trim() == "---" {
                break;
            }
            if let Some((k, v)) = line.split_once(':') {
                let v = v.trim().trim_matches(|c| c == '"' || c == '\'').to_string();
                match k.trim().to_lowercase().as_str() {
                    "title" => parts.title = Some(v),
                    "date" | "published" => parts.date = Some(v),
                    "url" | "canonical" | "source" => parts.url = Some(v),
                    _ => {}
                }
            }
        }
    }
    let mut in_code = false;
    let lines: Vec<&str> = lines.collect();
    for (li, line) in lines.iter().enumerate() {
        let t = line.trim_start();
        if t.starts_with("```") || t.starts_with("~~~") {
            in_code = !in_code;
            continue;
        }
        if in_code || t.starts_with("[//]:") {
            continue;
        }
        if t.chars().all(|c| matches!(c, '-' | '=' | '*' | '_' | ' ')) && !t.is_empty() {
            parts.body.push('\n');
            continue;
        }
        // A table: the separator row goes, the header row stays a line of its own (it says
        // what the rows are: "Item seized | Quantity"), and each body row becomes a list
        // entry with its cells apart ("- Cocaine ; 120 kg").
        if t.starts_with('|') {
            if is_table_separator(t) {
                continue;
            }
            let header = lines.get(li + 1).is_some_and(|n| is_table_separator(n.trim_start()));
            let cells: Vec<&str> = t.trim().trim_matches('|').split('|').map(str::trim).collect();
            let row = cells.join(" ; ");
            let row = if header { row } else { format!("- {row}") };
            let row = LINK.replace_all(&row, "$1");
            let row = EMPH.replace_all(&row, "$2");
            let row = TAG.replace_all(&row, "");
            parts.body.push_str(&row);
            parts.body.push('\n');
            continue;
        }
        let mut s = t.trim_start_matches('#').trim_start().to_string();
        while let Some(rest) = s.strip_prefix('>') {
            s = rest.trim_start().to_string();
        }
        if let Some(rest) = s.strip_prefix("* ").or_else(|| s.strip_prefix("+ ")) {
            s = format!("- {rest}");
        }
        let s = IMAGE.replace_all(&s, "");
        let s = LINK.replace_all(&s, "$1");
        let s = REF_LINK.replace_all(&s, "$1");
        let s = EMPH.replace_all(&s, "$2");
        let s = TAG.replace_all(&s, "");
        parts.body.push_str(s.trim_end_matches("  "));
        parts.body.push('\n');
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_markup_and_reads_front_matter() {
        let md = "---\ntitle: \"Big haul\"\ndate: 2024-06-04\nurl: https://example.org/x\n---\n# Big haul\n\n**Europol** and [INTERPOL](https://interpol.int) seized *12 kg*.\n\n* one item\n";
        let p = extract(md);
        assert_eq!(p.title.as_deref(), Some("Big haul"));
        assert_eq!(p.date.as_deref(), Some("2024-06-04"));
        assert_eq!(p.url.as_deref(), Some("https://example.org/x"));
        assert!(p.body.contains("Europol and INTERPOL seized 12 kg."), "{}", p.body);
        assert!(p.body.contains("- one item"));
    }

    #[test]
    fn a_table_becomes_a_header_line_and_one_entry_per_row() {
        let md = "Seized:\n\n| Item seized | Quantity |\n|---|:---:|\n| **Cocaine** | 120 kg |\n| Firearms (7 rifles) | 11 |\n\nAfter.\n";
        let p = extract(md);
        assert!(
            p.body
                .contains("Item seized ; Quantity\n- Cocaine ; 120 kg\n- Firearms (7 rifles) ; 11\n"),
            "{}",
            p.body
        );
        assert!(!p.body.contains("---"), "{}", p.body);
    }
}
