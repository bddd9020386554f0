//! Document stage: an input (file, stdin, bytes) becomes article text plus metadata.
//!
//! Reading is where bad input is caught: empty, binary, undecodable, oversized, and pages
//! with no article text all fail here with a [`ReadError`] naming the file and the reason.
//! What passes is a [`Document`]: the body text (markup and page furniture removed), the
//! content hash of the raw bytes, and the title, date and URL where the input gives them.

pub mod decode;
pub mod furniture;
pub mod html;
pub mod inputs;
pub mod markdown;
pub mod table;

use crate::error::ReadError;
use crate::text::dates::{self, Date};
use regex::Regex;
use sha2::{Digest, Sha256};
use std::io::Read;
use std::path::Path;
use std::sync::LazyLock;

/// The default size limit for one input (`--max-bytes`).
pub const DEFAULT_MAX_BYTES: u64 = 32 * 1024 * 1024;

/// How the input was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
pub enum Format {
    Text,
    Markdown,
    Html,
}

/// One article, ready for the text stage.
#[derive(Debug, Clone, serde::Serialize)]
pub struct Document {
    /// Where it came from: a path, or `-` for stdin.
    pub source: String,
    /// Its URL, from `--url`, a canonical link or a `Source:` line.
    pub url: Option<String>,
    /// Hex SHA-256 of the raw bytes.
    pub content_hash: String,
    pub format: Format,
    pub title: Option<String>,
    pub published: Option<Date>,
    /// The article text: markup and furniture removed, not yet normalized.
    pub body: String,
    /// Things the user should know (an encoding guessed, for instance).
    pub warnings: Vec<String>,
}

/// Reads the file at `path` (or stdin for `-`) into a document.
pub fn read_path(path: &Path, max_bytes: u64) -> Result<Document, ReadError> {
    let name = path.display().to_string();
    let bytes = if name == "-" {
        let mut buf = Vec::new();
        std::io::stdin()
            .take(max_bytes + 1)
            .read_to_end(&mut buf)
            .map_err(|source| ReadError::Io {
                path: name.clone(),
                source,
            })?;
        buf
    } else {
        let meta = std::fs::metadata(path).map_err(|source| io_error(&name, source))?;
        if meta.is_dir() {
            return Err(ReadError::Walk {
                path: name,
                reason: "is a directory".into(),
            });
        }
        if meta.len() > max_bytes {
            return Err(ReadError::TooLarge {
                path: name,
                size: meta.len(),
                limit: max_bytes,
            });
        }
        let file = std::fs::File::open(path).map_err(|source| io_error(&name, source))?;
        let mut buf = Vec::with_capacity(meta.len() as usize);
        file.take(max_bytes + 1)
            .read_to_end(&mut buf)
            .map_err(|source| io_error(&name, source))?;
        buf
    };
    if bytes.len() as u64 > max_bytes {
        return Err(ReadError::TooLarge {
            path: name,
            size: bytes.len() as u64,
            limit: max_bytes,
        });
    }
    let ext = path.extension().and_then(|e| e.to_str()).unwrap_or("").to_lowercase();
    from_bytes(&name, &bytes, &ext)
}

fn io_error(path: &str, source: std::io::Error) -> ReadError {
    if source.kind() == std::io::ErrorKind::NotFound {
        ReadError::NotFound { path: path.into() }
    } else {
        ReadError::Io {
            path: path.into(),
            source,
        }
    }
}

static SOURCE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?im)^\s*(?:source|url|canonical|link|original(?:ly published)?(?: at)?)\s*:\s*<?(https?://[^\s>]+)>?\s*$",
    )
    .expect("source regex")
});

/// Turns raw bytes into a document; `ext` (lower case, no dot) hints at the format.
pub fn from_bytes(source: &str, bytes: &[u8], ext: &str) -> Result<Document, ReadError> {
    let content_hash = hex(&Sha256::digest(bytes));
    let decoded = decode::decode(source, bytes)?;
    let mut warnings: Vec<String> = decoded.warning.into_iter().collect();
    let text = decoded.text;
    let format = match ext {
        "html" | "htm" | "xhtml" => Format::Html,
        "md" | "markdown" => Format::Markdown,
        _ if looks_like_html(&text) => Format::Html,
        _ => Format::Text,
    };
    let (body, mut title, date, mut url) = match format {
        Format::Html => {
            let p = html::extract(&text);
            (p.body, p.title, p.published, p.canonical)
        }
        Format::Markdown => {
            let p = markdown::extract(&text);
            (p.body, p.title, p.date, p.url)
        }
        Format::Text => (text, None, None, None),
    };
    let body = match format {
        Format::Text => body,
        Format::Html | Format::Markdown => table::label_cells(&body),
    };
    if url.is_none() {
        url = SOURCE_LINE.captures(&body).map(|c| c[1].to_string());
    }
    let body = SOURCE_LINE.replace_all(&body, "").into_owned();
    let body = furniture::strip(&body);
    if body.trim().is_empty() {
        return Err(ReadError::NoText { path: source.into() });
    }
    if title.is_none() {
        title = headline(&body);
    }
    let published = date
        .as_deref()
        .and_then(|d| dates::parse_iso(d).or_else(|| dates::first_full_date(d)))
        .or_else(|| dateline(&body));
    if format == Format::Html && body.len() < 40 {
        warnings.push("very little text found in the HTML page".into());
    }
    Ok(Document {
        source: source.into(),
        url,
        content_hash,
        format,
        title: title.map(|t| t.split_whitespace().collect::<Vec<_>>().join(" ")),
        published,
        body,
        warnings,
    })
}

fn looks_like_html(text: &str) -> bool {
    let head: String = text.trim_start().chars().take(512).collect::<String>().to_lowercase();
    head.starts_with("<!doctype html")
        || head.starts_with("<html")
        || head.contains("<body")
        || (head.starts_with('<') && head.contains("<head"))
}

/// The headline of a plain-text article: its first line that reads like one.
fn headline(body: &str) -> Option<String> {
    body.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .take(6)
        .find(|l| {
            let words = l.split_whitespace().count();
            // Not a date line ("Thursday, 7 September 2023").
            let dated: usize = dates::find(l).iter().map(|d| d.end - d.begin).sum();
            (4..=30).contains(&words) && !crate::text::words::is_all_caps(l) && !l.ends_with(':') && dated * 2 < l.len()
        })
        .map(str::to_string)
}

/// The article's own date: a full date in its first lines (a dateline, "Posted on ...",
/// a date line under the headline).
fn dateline(body: &str) -> Option<Date> {
    let mut seen = 0;
    for line in body.lines().map(str::trim).filter(|l| !l.is_empty()) {
        seen += 1;
        if seen > 6 {
            break;
        }
        // Only the start of a line: a date inside a paragraph is an event's date.
        let head: String = line.chars().take(60).collect();
        let Some(d) = dates::find(&head).into_iter().next() else {
            continue;
        };
        if d.end_date.is_some() {
            continue;
        }
        let before = &head[..d.begin];
        let dateline_like = before.len() <= 40
            && (before.trim().is_empty()
                || before.trim_end().ends_with(',')
                || before.to_lowercase().contains("posted")
                || before.to_lowercase().contains("published")
                || before.to_lowercase().contains("updated")
                || before.split_whitespace().count() <= 4);
        if dateline_like {
            if let Some(date) = d.start.resolve(None) {
                return Some(date);
            }
        }
    }
    None
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes.iter().fold(String::with_capacity(bytes.len() * 2), |mut s, b| {
        let _ = write!(s, "{b:02x}");
        s
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_metadata() {
        let d = from_bytes(
            "a.txt",
            b"Big seizure at the port of Rotterdam\n\nROTTERDAM, 4 June 2024 - Dutch customs seized 3 tonnes of cocaine.\nSource: https://example.org/news/1\n",
            "txt",
        )
        .unwrap();
        assert_eq!(d.title.as_deref(), Some("Big seizure at the port of Rotterdam"));
        assert_eq!(d.published, Date::new(2024, 6, 4));
        assert_eq!(d.url.as_deref(), Some("https://example.org/news/1"));
        assert!(!d.body.contains("Source:"));
        assert_eq!(d.content_hash.len(), 64);
    }

    #[test]
    fn html_is_sniffed_without_extension() {
        let d = from_bytes(
            "a",
            b"<!DOCTYPE html><html><body><p>Police seized guns in the city today.</p></body></html>",
            "",
        )
        .unwrap();
        assert_eq!(d.format, Format::Html);
        assert!(d.body.contains("Police seized guns"));
    }

    #[test]
    fn html_without_text_is_an_error() {
        let r = from_bytes("a.html", b"<html><body><script>var a=1;</script></body></html>", "html");
        assert!(matches!(r, Err(ReadError::NoText { .. })));
    }
}
