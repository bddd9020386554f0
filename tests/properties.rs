//! Property tests: any text through the whole pipeline, no panic, and every evidence span
//! slices the normalized text exactly.

use blotter::document;
use proptest::prelude::*;

fn spans_ok(text: &str) {
    spans_ok_as(text, "txt");
}

/// [`spans_ok`] for the text read as `ext` ("md", "html"): the readers' own rewriting
/// (tables, lists, entities) must hold to the same rules.
fn spans_ok_as(text: &str, ext: &str) {
    let doc = match document::from_bytes(&format!("prop.{ext}"), text.as_bytes(), ext) {
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
    "Hon.",
    "Dato'",
    "Director",
    "Police",
    "Customs",
    "Ministry",
    "and",
    "for",
    "at",
    "on",
    "1",
    "one",
    "pounds",
    "KSh",
    "N1.35million",
    "found:",
    "vehicles",
    "session",
    "21st",
    "Meeting",
    "Officials'",
    "A.",
];

/// Fixture articles whose sentences reach every detector: titles, honorifics, counts,
/// seizures with values, conferences and operations.
const ARTICLES: &[&str] = &[
    include_str!("fixtures/articles/a01_interpol_harmattan_firearms.txt"),
    include_str!("fixtures/articles/a04_wire_ecuador_cocaine.txt"),
    include_str!("fixtures/articles/f01_interpol_general_assembly_election.txt"),
    include_str!("fixtures/articles/g04_ncb_india_heroin_crore.txt"),
    include_str!("fixtures/articles/h06_aseanapol_annual_conference_communique.txt"),
    include_str!("../samples/interpol-european-regional-conference-2017.txt"),
];

/// Cases per property: 300 by default, more for a deep local run (`PROPTEST_CASES=20000`).
fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(300)
}

/// Characters that sit beside the genre's words in real text and are more than one byte, or
/// punctuation the detectors look at: a detector that steps one byte past one of them
/// slices inside a character.
const ODD: &[&str] = &[
    "¡", "¿", "é", "ß", "€", "£", "¥", "₹", "’", "‘", "“", "”", "–", "—", "…", "•", "·", "\u{a0}", "\u{200b}", "ł",
    "Ö", "日本", "Ж", "'", ".", ":", ";", "(", ")", "/", "&",
];

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), .. ProptestConfig::default() })]

    #[test]
    fn any_text_no_panic_and_spans_slice(s in "\\PC{0,400}") {
        spans_ok(&s);
    }

    #[test]
    fn genre_words_beside_multibyte_characters(
        ws in proptest::collection::vec((proptest::sample::select(WORDS), proptest::sample::select(ODD), 0u8..4), 0..80)
    ) {
        // each word with an odd character before it, after it, in its place or not at all
        let s: String = ws
            .iter()
            .map(|(w, o, k)| match k {
                0 => format!("{o}{w} "),
                1 => format!("{w}{o} "),
                2 => format!("{o} "),
                _ => format!("{w} "),
            })
            .collect();
        spans_ok(&s);
    }

    #[test]
    fn real_articles_with_odd_characters_inserted(
        pick in 0usize..ARTICLES.len(),
        ins in proptest::collection::vec((any::<proptest::sample::Index>(), proptest::sample::select(ODD)), 1..40)
    ) {
        let mut s = ARTICLES[pick].to_string();
        for (at, odd) in &ins {
            // a character boundary at or after a random byte
            let mut i = at.index(s.len() + 1);
            while !s.is_char_boundary(i) {
                i += 1;
            }
            s.insert_str(i, odd);
        }
        spans_ok(&s);
    }

    #[test]
    fn markdown_and_html_tables_of_genre_words(
        rows in proptest::collection::vec(proptest::collection::vec((proptest::sample::select(WORDS), proptest::sample::select(ODD)), 1..5), 1..8)
    ) {
        // a table with a heading row and a separator, in Markdown and in HTML
        let cells = |r: &Vec<(&str, &str)>| r.iter().map(|(w, o)| format!("{w}{o}")).collect::<Vec<_>>();
        let mut md = String::from("Seized in the raids:\n\n");
        let mut html = String::from("<article><p>Seized in the raids:</p><table>");
        for (i, r) in rows.iter().enumerate() {
            let c = cells(r);
            md.push_str(&format!("| {} |\n", c.join(" | ")));
            if i == 0 {
                md.push_str(&format!("|{}\n", "---|".repeat(c.len())));
            }
            let tag = if i == 0 { "th" } else { "td" };
            html.push_str("<tr>");
            for x in &c {
                html.push_str(&format!("<{tag}>{x}</{tag}>"));
            }
            html.push_str("</tr>");
        }
        html.push_str("</table></article>");
        spans_ok_as(&md, "md");
        spans_ok_as(&html, "html");
    }

    #[test]
    fn genre_like_word_salad(ws in proptest::collection::vec(proptest::sample::select(WORDS), 0..120)) {
        spans_ok(&ws.join(" "));
    }
}
