//! Property tests: any text through the whole pipeline, no panic, and every evidence span
//! slices the normalized text exactly.

use blotter::document;
use proptest::prelude::*;

fn spans_ok(text: &str) {
    let doc = match document::from_bytes("prop.txt", text.as_bytes(), "txt") {
        Ok(d) => d,
        Err(_) => return, // empty or binary input is refused, not a panic
    };
    let ex = blotter::extract(&doc);
    let t = &ex.text;
    let check = |s: blotter::model::Span| {
        assert!(
            s.begin <= s.end && s.end <= t.len(),
            "span {s:?} outside text of {}",
            t.len()
        );
        assert!(
            t.is_char_boundary(s.begin) && t.is_char_boundary(s.end),
            "span {s:?} splits a character"
        );
    };
    ex.sentences.iter().for_each(|s| check(*s));
    for o in &ex.organizations {
        o.mentions.iter().for_each(|s| check(*s));
    }
    for p in &ex.persons {
        p.mentions.iter().for_each(|s| check(*s));
        p.titles.iter().for_each(|f| check(f.span));
    }
    for s in &ex.seizures {
        s.items.iter().for_each(|i| check(i.span));
    }
    for q in &ex.quotations {
        check(q.span);
    }
    // The RDF mapping accepts it too.
    let base = blotter::rdf::iri::Base::new(blotter::rdf::vocab::DEFAULT_BASE).unwrap();
    let _ = blotter::rdf::to_quads(&ex, &base, &Default::default());
}

const WORDS: &[&str] = &[
    "INTERPOL",
    "Europol's",
    "Operation",
    "Trigger",
    "II",
    "seized",
    "320",
    "firearms",
    "-",
    "including",
    "a",
    "\"",
    "said",
    "Mr",
    "Stock",
    ",",
    ".",
    "Secretary",
    "General",
    "Jürgen",
    "of",
    "the",
    "Conference",
    "16-18",
    "May",
    "2017",
    "kg",
    "cocaine",
    "EUR",
    "2.3",
    "million",
    "\n",
    "\n\n",
    "(",
    ")",
    "’",
    "–",
    "\u{a0}",
    "more than",
    "almost",
    "countries",
    "arrests",
    "officers",
    "in",
    "Lyon",
    "France",
    "'s",
    "—",
    "\r\n",
    "- ",
    "Results:",
    "USD",
    "tonnes",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: 300, .. ProptestConfig::default() })]

    #[test]
    fn any_text_no_panic_and_spans_slice(s in "\\PC{0,400}") {
        spans_ok(&s);
    }

    #[test]
    fn genre_like_word_salad(ws in proptest::collection::vec(proptest::sample::select(WORDS), 0..120)) {
        spans_ok(&ws.join(" "));
    }
}
