//! HTML pages to article text.
//!
//! A crawled page is mostly not the article: navigation, scripts, cookie banners, share
//! buttons, related-article lists and comment sections. This module keeps the article's own
//! blocks (from `<article>` or `<main>` when the page has one), turns block elements into
//! paragraph breaks, and reads the page's metadata (title, publication time, canonical URL).
//!
//! The tree walk is iterative, so a page nested 100,000 levels deep costs memory in
//! proportion to its size and never overflows the stack.

use ego_tree::iter::Edge;
use scraper::{ElementRef, Html, Node, Selector};

/// What an HTML page yields.
#[derive(Debug, Default)]
pub struct HtmlParts {
    pub body: String,
    pub title: Option<String>,
    pub published: Option<String>,
    pub canonical: Option<String>,
}

/// Elements whose content is never article text.
const SKIP_TAGS: &[&str] = &[
    "script", "style", "noscript", "template", "nav", "aside", "form", "iframe", "svg", "button", "select", "input",
    "textarea", "object", "embed", "canvas", "video", "audio", "figure", "head", "menu", "dialog",
];

/// Class or id fragments that mark page furniture.
const SKIP_MARKERS: &[&str] = &[
    "cookie",
    "consent",
    "banner",
    "share",
    "social",
    "related",
    "comment",
    "widget",
    "sidebar",
    "newsletter",
    "subscribe",
    "breadcrumb",
    "advert",
    "ad-slot",
    "ads",
    "promo",
    "popup",
    "modal",
    "masthead",
    "site-header",
    "site-footer",
    "colophon",
    "footer",
    "menu",
    "navbar",
    "navigation",
    "tags-links",
    "cat-links",
    "entry-meta",
    "byline",
    "author",
    "pagination",
    "skip-link",
    "screen-reader",
];

const BLOCK_TAGS: &[&str] = &[
    "p",
    "div",
    "section",
    "article",
    "main",
    "header",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "ul",
    "ol",
    "li",
    "table",
    "tr",
    "blockquote",
    "pre",
    "br",
    "hr",
    "dl",
    "dt",
    "dd",
    "address",
    "body",
    "caption",
    "figcaption",
];

fn selector(s: &str) -> Selector {
    Selector::parse(s).expect("static selector")
}

/// Deeper than this, a page is not a real article page, and the HTML5 tree builder's cost
/// grows with depth squared: such pages are read by a linear tag stripper instead.
const MAX_DEPTH: usize = 1_000;

/// An estimate of the deepest element nesting (open tags minus close tags), linear time.
fn nesting_depth(html: &str) -> usize {
    let bytes = html.as_bytes();
    let (mut depth, mut max) = (0usize, 0usize);
    let mut i = 0;
    while i + 1 < bytes.len() {
        if bytes[i] == b'<' {
            if bytes[i + 1] == b'/' {
                depth = depth.saturating_sub(1);
            } else if bytes[i + 1].is_ascii_alphabetic() {
                // Void elements and self-closing tags do not nest.
                let end = html[i..].find('>').map(|e| i + e).unwrap_or(bytes.len());
                let tag = &html[i + 1..end];
                let name: String = tag
                    .chars()
                    .take_while(|c| c.is_ascii_alphanumeric())
                    .collect::<String>()
                    .to_ascii_lowercase();
                let void = matches!(
                    name.as_str(),
                    "br" | "img"
                        | "hr"
                        | "meta"
                        | "link"
                        | "input"
                        | "source"
                        | "wbr"
                        | "area"
                        | "col"
                        | "embed"
                        | "param"
                        | "track"
                        | "base"
                );
                if !void && !tag.ends_with('/') {
                    depth += 1;
                    max = max.max(depth);
                }
                i = end;
            }
        }
        i += 1;
    }
    max
}

/// Linear fallback: drop scripts and styles, turn tags into line breaks, decode entities.
fn strip_tags(html: &str) -> String {
    static SCRIPT: std::sync::LazyLock<regex::Regex> = std::sync::LazyLock::new(|| {
        regex::Regex::new(r"(?is)<(script|style|noscript|template)\b.*?</(script|style|noscript|template)\s*>")
            .expect("re")
    });
    static TAG: std::sync::LazyLock<regex::Regex> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"(?s)<[^>]*>").expect("re"));
    let no_script = SCRIPT.replace_all(html, " ");
    let text = TAG.replace_all(&no_script, "\n");
    let text = text
        .replace("&nbsp;", " ")
        .replace("&amp;", "&")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'");
    let mut out = String::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        out.push_str(line);
        out.push_str("\n\n");
    }
    out
}

/// Parses `html` and extracts the article text and metadata.
pub fn extract(html: &str) -> HtmlParts {
    if nesting_depth(html) > MAX_DEPTH {
        return HtmlParts {
            body: strip_tags(html),
            ..Default::default()
        };
    }
    let doc = Html::parse_document(html);
    let mut parts = HtmlParts {
        title: meta(&doc, "meta[property='og:title']")
            .or_else(|| text_of(&doc, "h1"))
            .or_else(|| text_of(&doc, "title")),
        published: doc
            .select(&selector("time[datetime]"))
            .next()
            .and_then(|e| e.value().attr("datetime").map(str::to_string))
            .or_else(|| meta(&doc, "meta[property='article:published_time']"))
            .or_else(|| meta(&doc, "meta[name='date']"))
            .or_else(|| meta(&doc, "meta[name='pubdate']")),
        canonical: doc
            .select(&selector("link[rel='canonical']"))
            .next()
            .and_then(|e| e.value().attr("href").map(str::to_string))
            .or_else(|| meta(&doc, "meta[property='og:url']")),
        ..Default::default()
    };
    let root = ["article", "main", "[role='main']", "body"]
        .iter()
        .find_map(|s| doc.select(&selector(s)).next())
        .unwrap_or_else(|| doc.root_element());
    parts.body = block_text(root);
    parts
}

fn meta(doc: &Html, sel: &str) -> Option<String> {
    doc.select(&selector(sel))
        .next()
        .and_then(|e| e.value().attr("content"))
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn text_of(doc: &Html, sel: &str) -> Option<String> {
    doc.select(&selector(sel))
        .next()
        .map(|e| squash(&e.text().collect::<String>()))
        .filter(|s| !s.is_empty())
}

fn squash(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn is_furniture(e: &scraper::node::Element, is_root: bool) -> bool {
    if is_root {
        return false;
    }
    if SKIP_TAGS.contains(&e.name()) {
        return true;
    }
    if e.attr("hidden").is_some() || e.attr("aria-hidden") == Some("true") {
        return true;
    }
    let mut marks = String::new();
    if let Some(id) = e.id() {
        marks.push_str(id);
        marks.push(' ');
    }
    for c in e.classes() {
        marks.push_str(c);
        marks.push(' ');
    }
    let marks = marks.to_ascii_lowercase();
    // "entry-content" or "article-body" may contain "ad" in other words: match fragments
    // only at word starts.
    marks.split([' ', '_']).any(|tok| {
        SKIP_MARKERS
            .iter()
            .any(|m| tok == *m || tok.starts_with(&format!("{m}-")) || tok.ends_with(&format!("-{m}")))
    })
}

/// Text of `root` with block elements as line breaks, furniture removed.
fn block_text(root: ElementRef<'_>) -> String {
    let mut out = String::new();
    let mut skip_depth = 0usize;
    let root_id = root.id();
    for edge in root.traverse() {
        match edge {
            Edge::Open(node) => match node.value() {
                Node::Element(e) => {
                    if skip_depth > 0 || is_furniture(e, node.id() == root_id) {
                        skip_depth += 1;
                        continue;
                    }
                    let name = e.name();
                    if BLOCK_TAGS.contains(&name) {
                        out.push('\n');
                        if name == "li" {
                            out.push_str("- ");
                        }
                        // A table row with data cells is a list entry ("- Cocaine ; 120 kg");
                        // a row of headings stays a plain line that says what the rows are.
                        if name == "tr"
                            && node
                                .children()
                                .any(|c| c.value().as_element().is_some_and(|e| e.name() == "td"))
                        {
                            out.push_str("- ");
                        }
                    } else if matches!(name, "td" | "th") {
                        // cells of one row apart, on the row's line
                        let line = out.rsplit('\n').next().unwrap_or("").trim();
                        if !line.is_empty() && line != "-" {
                            out.push_str(" ; ");
                        }
                    }
                }
                Node::Text(t) if skip_depth == 0 => {
                    // Whitespace inside inline runs collapses to one space, as a browser shows it.
                    let mut last_space = out.ends_with([' ', '\n']);
                    for ch in t.chars() {
                        if ch.is_whitespace() && ch != '\u{a0}' {
                            if !last_space {
                                out.push(' ');
                                last_space = true;
                            }
                        } else {
                            out.push(ch);
                            last_space = false;
                        }
                    }
                }
                _ => {}
            },
            Edge::Close(node) => {
                if let Node::Element(e) = node.value() {
                    if skip_depth > 0 {
                        skip_depth -= 1;
                        continue;
                    }
                    if BLOCK_TAGS.contains(&e.name()) {
                        out.push('\n');
                    }
                }
            }
        }
    }
    // One paragraph per block: trim lines, blank line between blocks.
    let mut text = String::with_capacity(out.len());
    for line in out.lines() {
        let line = line.trim();
        if !line.is_empty() {
            text.push_str(line);
            text.push_str("\n\n");
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keeps_the_article_and_drops_furniture() {
        let html = r#"<html><head><title>T - Site</title><script>var x = "Europol";</script>
            <link rel="canonical" href="https://example.org/a"></head><body>
            <div class="cc-window">We use cookies</div><nav><a>Home</a></nav>
            <article><h1>Big seizure</h1><div class="entry-meta">By A. Writer</div>
            <p>Police seized <b>12 kg</b> of cocaine.</p><ul><li>One</li><li>Two</li></ul>
            <div class="share-buttons"><a>Facebook</a></div></article>
            <aside>Most read</aside><footer>(c) Site</footer></body></html>"#;
        let p = extract(html);
        assert!(p.body.contains("Police seized 12 kg of cocaine."), "{}", p.body);
        assert!(p.body.contains("- One"));
        for furniture in [
            "cookies",
            "Home",
            "Facebook",
            "Most read",
            "(c) Site",
            "var x",
            "A. Writer",
        ] {
            assert!(!p.body.contains(furniture), "{furniture} kept: {}", p.body);
        }
        assert_eq!(p.title.as_deref(), Some("Big seizure"));
        assert_eq!(p.canonical.as_deref(), Some("https://example.org/a"));
    }

    #[test]
    fn a_table_row_is_one_entry_with_its_cells_apart() {
        let html = "<article><p>Seized:</p><table><thead><tr><th>Item</th><th>Quantity</th></tr></thead>\
            <tbody><tr><td>Cocaine</td><td> 120 kg </td></tr><tr><td><b>Firearms</b></td><td>11</td></tr></tbody>\
            </table></article>";
        let p = extract(html);
        assert!(p.body.contains("Item ; Quantity\n"), "{}", p.body);
        assert!(p.body.contains("- Cocaine ; 120 kg\n"), "{}", p.body);
        assert!(p.body.contains("- Firearms ; 11\n"), "{}", p.body);
    }

    #[test]
    fn deep_nesting_does_not_overflow() {
        let html = format!("{}text{}", "<div>".repeat(100_000), "</div>".repeat(100_000));
        let p = extract(&html);
        assert!(p.body.contains("text"));
    }
}
