//! Detection stage: one detector per entity kind over the normalized text.
//!
//! [`Ctx`] holds what every detector shares (the text, its sentences, gazetteer matches,
//! capitalized runs, dates, and where the keywords of the sentence-level regexes are); the detectors run in dependency order (organizations before
//! officials, since a title's owner is an organization; events before their facts) and
//! hand their mentions to [`crate::resolve`], which builds the typed model.

pub mod chunk;
pub mod event;
pub mod facts;
pub mod gazetteer;
pub mod official;
pub mod organization;
pub mod quote;
pub mod seizure;

use crate::text::{dates, Date, DateMention, Sentence, Text};
use aho_corasick::AhoCorasick;
use gazetteer::{Gazetteer, Hit, Match, GAZETTEER};
use std::sync::LazyLock;

/// A sentence-level regex that only matches text holding one of its keywords: a sentence
/// without one is not searched ([`Ctx::cue`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cue {
    /// `facts::OP_NOUN`: its noun ("the operation", "the week of action").
    OpNoun,
    /// `facts::CONF_NOUN`: its noun ("the conference").
    ConfNoun,
    /// `facts::VENUE_VERB`.
    Venue,
    /// `seizure::SEIZE_VERB`.
    Seize,
}

/// The keywords, lower case: every alternative of the regex holds one ("hosting" holds
/// "host", "took place" holds "place", "organised" holds "organi", "uncovered" holds
/// "covered").
const CUE_WORDS: &[(Cue, &[&str])] = &[
    (
        Cue::OpNoun,
        &[
            "operation",
            "crackdown",
            "action",
            "campaign",
            "sweep",
            "raids",
            "investigation",
            "initiative",
            "exercise",
            "surge",
            "offensive",
            "blitz",
        ],
    ),
    (Cue::ConfNoun, facts::CONF_NOUNS),
    (
        Cue::Venue,
        &[
            "held",
            "chaired",
            "host",
            "place",
            "met",
            "meet",
            "gathered",
            "convened",
            "opened",
            "opens",
            "ended",
            "closes",
            "closed",
            "venue",
            "organi",
            "staged",
            "kicked",
            "began",
            "concluded",
            "wrap",
            "ran",
        ],
    ),
    (
        Cue::Seize,
        &[
            "seiz",
            "confiscat",
            "recover",
            "intercept",
            "impound",
            "netted",
            "found",
            "covered",
            "haul",
            "captured",
            "retrieved",
            "possession",
            "taken",
            "turned up",
            "detected",
            "located",
            "offload",
            "off the street",
            "off the market",
            "discover",
        ],
    ),
];

static CUES: LazyLock<(AhoCorasick, Vec<Cue>)> = LazyLock::new(|| {
    let (words, cues): (Vec<&str>, Vec<Cue>) = CUE_WORDS
        .iter()
        .flat_map(|(cue, words)| words.iter().map(move |w| (*w, *cue)))
        .unzip();
    let ac = AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build(words)
        .expect("cue words");
    (ac, cues)
});

/// Where the keywords of each [`Cue`] are in a text.
#[derive(Debug, Clone)]
pub struct Cues {
    /// Per cue, the keyword spans in text order.
    hits: [Vec<(usize, usize)>; 4],
    /// The regexes are case-insensitive: a long s ("ſ") or a Kelvin sign matches "s" or "k",
    /// which the ASCII keyword search does not see. With one in the text, every sentence is
    /// searched.
    everywhere: bool,
}

impl Cues {
    pub fn new(text: &str) -> Cues {
        let mut hits: [Vec<(usize, usize)>; 4] = Default::default();
        let (ac, cues) = &*CUES;
        for m in ac.find_overlapping_iter(text) {
            hits[cues[m.pattern().as_usize()] as usize].push((m.start(), m.end()));
        }
        for h in &mut hits {
            h.sort_unstable();
        }
        Cues {
            hits,
            everywhere: text.contains(['\u{17f}', '\u{212a}']),
        }
    }

    /// True when a keyword of `cue` lies inside `[begin, end)`.
    pub fn within(&self, cue: Cue, begin: usize, end: usize) -> bool {
        if self.everywhere {
            return true;
        }
        let h = &self.hits[cue as usize];
        let first = h.partition_point(|&(b, _)| b < begin);
        h[first..].iter().take_while(|&&(b, _)| b < end).any(|&(_, e)| e <= end)
    }
}

/// What all detectors read.
pub struct Ctx<'a> {
    pub text: &'a str,
    pub sentences: Vec<Sentence>,
    pub published: Option<Date>,
    pub gaz: &'static Gazetteer,
    /// Countries, demonyms, organizations and places from the gazetteer.
    pub names: Vec<Match>,
    pub runs: Vec<chunk::Run>,
    pub dates: Vec<DateMention>,
    /// Every number in the text, found once (absolute offsets).
    pub numbers: Vec<crate::text::NumberMention>,
    pub cues: Cues,
}

impl<'a> Ctx<'a> {
    /// Builds the context for an already normalized `text`.
    pub fn new(text: &'a str, published: Option<Date>) -> Ctx<'a> {
        let sentences = crate::text::sentences::split(text);
        Self::with_sentences(text, sentences, published)
    }

    pub fn from_text(text: &'a Text, published: Option<Date>) -> Ctx<'a> {
        Self::with_sentences(text.as_str(), text.sentences.clone(), published)
    }

    fn with_sentences(text: &'a str, sentences: Vec<Sentence>, published: Option<Date>) -> Ctx<'a> {
        let gaz = &*GAZETTEER;
        let mut names = gaz.names(text);
        // "May" and other words that are also place names only count when capitalized mid-sentence.
        names.retain(|m| !text[m.begin..m.end].chars().all(|c| c.is_lowercase()));
        let runs = chunk::runs(text, 0, text.len());
        let mut dates = dates::find(text);
        let weekdays = dates::weekday_ranges(text, published);
        if !weekdays.is_empty() {
            let new: Vec<_> = weekdays
                .into_iter()
                .filter(|w| !dates.iter().any(|d| d.begin < w.end && w.begin < d.end))
                .collect();
            dates.extend(new);
            dates.sort_by_key(|d| d.begin);
        }
        let numbers = crate::text::numbers::find(text);
        let cues = Cues::new(text);
        Ctx {
            text,
            sentences,
            published,
            gaz,
            names,
            runs,
            dates,
            numbers,
            cues,
        }
    }

    /// True for a word a name does not start with: a connector, or a function word ("The",
    /// "In") unless a gazetteer name starts with it and goes on ("New Zealand").
    pub fn leading_filler(&self, t: &chunk::Tok) -> bool {
        t.connector
            || (self.gaz.is_function(t.word(self.text))
                && !self.names.iter().any(|m| m.begin == t.begin && m.end > t.end))
    }

    /// The ISO 3166 alpha-3 code of the country named most inside `[begin, end)`, by its
    /// own name or its places' (demonyms aside); ties go to the code first in order.
    pub fn top_country(&self, begin: usize, end: usize) -> Option<&'static str> {
        let mut counts: std::collections::HashMap<&'static str, usize> = std::collections::HashMap::new();
        for m in self.names.iter().filter(|m| m.begin >= begin && m.end <= end) {
            let a3 = match m.hit {
                Hit::Country(i) => self.gaz.countries[i].alpha3.as_str(),
                Hit::Place(i) => self.gaz.places[i].country.as_str(),
                _ => continue,
            };
            *counts.entry(a3).or_default() += 1;
        }
        counts
            .into_iter()
            .max_by_key(|(a3, n)| (*n, std::cmp::Reverse(*a3)))
            .map(|(a3, _)| a3)
    }

    /// False when `[begin, end)` holds no keyword of `cue`: its regex cannot match there.
    pub fn cue(&self, cue: Cue, begin: usize, end: usize) -> bool {
        self.cues.within(cue, begin, end)
    }

    /// The numbers inside `[begin, end)`, with offsets relative to `begin`.
    pub fn numbers_in(&self, begin: usize, end: usize) -> Vec<crate::text::NumberMention> {
        let first = self.numbers.partition_point(|n| n.begin < begin);
        self.numbers[first..]
            .iter()
            .take_while(|n| n.end <= end)
            .filter(|n| n.qualified_begin >= begin)
            .map(|n| crate::text::NumberMention {
                begin: n.begin - begin,
                end: n.end - begin,
                qualified_begin: n.qualified_begin - begin,
                ..n.clone()
            })
            .collect()
    }
}
