//! Detection stage: one detector per entity kind over the normalized text.
//!
//! [`Ctx`] holds what every detector shares (the text, its sentences, gazetteer matches,
//! capitalized runs, dates); the detectors run in dependency order (organizations before
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
use gazetteer::{Gazetteer, Match, GAZETTEER};

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
        let dates = dates::find(text);
        let numbers = crate::text::numbers::find(text);
        Ctx {
            text,
            sentences,
            published,
            gaz,
            names,
            runs,
            dates,
            numbers,
        }
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
