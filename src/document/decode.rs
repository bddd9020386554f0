//! Bytes to text: UTF-8 first, then the encodings a crawler's folder really holds.
//!
//! Articles arrive as UTF-8 (with or without a BOM), sometimes as UTF-16 with a BOM, and
//! from older sites as Latin-1 / Windows-1252. Binary files (images, executables) must be
//! refused with a reason rather than decoded into garbage that the extractor then mines.

use crate::error::ReadError;

/// Decoded text plus a warning when the bytes were not plain UTF-8.
pub struct Decoded {
    pub text: String,
    pub warning: Option<String>,
}

/// Decodes `bytes` read from `path`.
pub fn decode(path: &str, bytes: &[u8]) -> Result<Decoded, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty { path: path.into() });
    }
    // Byte-order marks say exactly what the encoding is.
    if let Some(rest) = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]) {
        return utf8(path, rest);
    }
    for (bom, enc) in [
        (&[0xFF, 0xFE][..], encoding_rs::UTF_16LE),
        (&[0xFE, 0xFF][..], encoding_rs::UTF_16BE),
    ] {
        if bytes.starts_with(bom) {
            let (text, _, had_errors) = enc.decode(bytes);
            let mut warning = format!("decoded as {} (byte-order mark)", enc.name());
            if had_errors {
                warning.push_str("; some invalid sequences were replaced with U+FFFD");
            }
            return check_text(
                path,
                Decoded {
                    text: text.into_owned(),
                    warning: Some(warning),
                },
            );
        }
    }
    if let Some(reason) = binary_signature(bytes) {
        return Err(ReadError::Binary {
            path: path.into(),
            reason,
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(_) => utf8(path, bytes),
        Err(_) => {
            // Not UTF-8 and no NUL bytes: most likely a Western single-byte page.
            let (text, _, _) = encoding_rs::WINDOWS_1252.decode(bytes);
            check_text(
                path,
                Decoded {
                    text: text.into_owned(),
                    warning: Some("not valid UTF-8: decoded as Windows-1252 (Latin-1); check accented names".into()),
                },
            )
        }
    }
}

fn utf8(path: &str, bytes: &[u8]) -> Result<Decoded, ReadError> {
    let text = String::from_utf8_lossy(bytes).into_owned();
    check_text(path, Decoded { text, warning: None })
}

fn check_text(path: &str, d: Decoded) -> Result<Decoded, ReadError> {
    if d.text.trim().is_empty() {
        return Err(ReadError::Blank { path: path.into() });
    }
    // Text with a high share of control characters is a binary file that happened to decode.
    let sample: Vec<char> = d.text.chars().take(8192).collect();
    let controls = sample
        .iter()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t' | '\x0c'))
        .count();
    if controls * 10 > sample.len() {
        return Err(ReadError::Binary {
            path: path.into(),
            reason: format!("{controls} control characters in the first {} characters", sample.len()),
        });
    }
    Ok(d)
}

/// Known magic numbers, and NUL bytes, which no text article contains.
fn binary_signature(bytes: &[u8]) -> Option<String> {
    const MAGIC: &[(&[u8], &str)] = &[
        (b"\x89PNG", "PNG image"),
        (b"\xFF\xD8\xFF", "JPEG image"),
        (b"GIF8", "GIF image"),
        (b"%PDF", "PDF document"),
        (b"\x7FELF", "ELF executable"),
        (b"MZ", "Windows executable"),
        (b"PK\x03\x04", "ZIP archive"),
        (b"\x1F\x8B", "gzip archive"),
        (b"RIFF", "RIFF media file"),
    ];
    for (magic, what) in MAGIC {
        if bytes.starts_with(magic) {
            return Some((*what).to_string());
        }
    }
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return Some("contains NUL bytes".into());
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let d = decode("a.txt", "Jürgen Stock".as_bytes()).unwrap();
        assert_eq!(d.text, "Jürgen Stock");
        assert!(d.warning.is_none());
    }

    #[test]
    fn bom_is_stripped() {
        let d = decode("a.txt", b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!(d.text, "Hello");
    }

    #[test]
    fn utf16_with_bom_is_decoded_with_a_warning() {
        let mut b = vec![0xFF, 0xFE];
        for u in "Europol said".encode_utf16() {
            b.extend_from_slice(&u.to_le_bytes());
        }
        let d = decode("a.txt", &b).unwrap();
        assert_eq!(d.text, "Europol said");
        assert!(d.warning.unwrap().contains("UTF-16LE"));
    }

    #[test]
    fn latin1_is_decoded_with_a_warning() {
        let d = decode("a.txt", b"J\xfcrgen Stock").unwrap();
        assert_eq!(d.text, "Jürgen Stock");
        assert!(d.warning.is_some());
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert!(matches!(
            decode("a.png", b"\x89PNG\r\n\x1a\n\0\0"),
            Err(ReadError::Binary { .. })
        ));
        assert!(matches!(decode("a", b"abc\0def"), Err(ReadError::Binary { .. })));
        assert!(matches!(decode("a", b""), Err(ReadError::Empty { .. })));
        assert!(matches!(decode("a", b"  \n\t "), Err(ReadError::Blank { .. })));
    }
}
