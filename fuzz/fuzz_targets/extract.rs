//! The whole extractor on arbitrary text: no panic, every span inside the normalized text
//! and on character boundaries, and the RDF mapping accepts the result.
#![no_main]
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let Ok(doc) = blotter::document::from_bytes("fuzz.txt", data, "txt") else { return };
    let ex = blotter::extract(&doc);
    let t = &ex.text;
    let ok = |s: blotter::model::Span| s.begin <= s.end && s.end <= t.len() && t.is_char_boundary(s.begin) && t.is_char_boundary(s.end);
    assert!(ex.sentences.iter().all(|s| ok(*s)));
    for p in &ex.persons {
        assert!(p.mentions.iter().all(|s| ok(*s)));
    }
    for s in &ex.seizures {
        assert!(s.items.iter().all(|i| ok(i.span)));
    }
    let base = blotter::rdf::iri::Base::new(blotter::rdf::vocab::DEFAULT_BASE).unwrap();
    let _ = blotter::rdf::to_quads(&ex, &base, &Default::default());
});
