//! The document reader on arbitrary bytes, as HTML, Markdown and plain text: it may refuse
//! an input (empty, binary), never panic.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    for ext in ["html", "md", "txt"] {
        let _ = blotter::document::from_bytes("fuzz", data, ext);
    }
});
