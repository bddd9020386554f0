//! Text stage: normalization with stable offsets, sentences, numbers and dates.
//!
//! [`Text`] is what the detectors read: the normalized string and its sentences. Every
//! offset a later stage reports is a byte offset into [`Text::as_str`].

pub mod dates;
pub mod normalize;
pub mod numbers;
pub mod scan;
pub mod sentences;
pub mod words;

pub use dates::{Date, DateMention, PartialDate};
pub use normalize::NormText;
pub use numbers::{NumberMention, Qualifier};
pub use sentences::Sentence;

/// Normalized article text split into sentences.
#[derive(Debug, Clone)]
pub struct Text {
    norm: NormText,
    pub sentences: Vec<Sentence>,
}

impl Text {
    pub fn new(raw: &str) -> Self {
        let norm = NormText::new(raw);
        let sentences = sentences::split(norm.as_str());
        Text { norm, sentences }
    }

    pub fn as_str(&self) -> &str {
        self.norm.as_str()
    }

    /// The sentence holding byte `offset`.
    pub fn sentence_at(&self, offset: usize) -> Option<&Sentence> {
        let i = self.sentences.partition_point(|s| s.end <= offset);
        self.sentences.get(i).filter(|s| s.begin <= offset)
    }
}
