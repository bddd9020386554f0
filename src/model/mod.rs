//! The typed facts of one article: what the detectors and the resolver found, before RDF.
//!
//! Entities refer to each other by key (an organization's slug, a country's ISO alpha-3
//! code); every fact carries the [`Span`] of text it was read from, so the RDF stage can
//! write provenance down to the sentence without looking at the text again.

use crate::text::{Date, Qualifier};
use serde::Serialize;

/// A byte range into the normalized text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub begin: usize,
    pub end: usize,
}

impl Span {
    pub fn new(begin: usize, end: usize) -> Span {
        Span { begin, end }
    }
}

/// A value with the span it was read from.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Fact<T> {
    pub value: T,
    pub span: Span,
}

impl<T> Fact<T> {
    pub fn new(value: T, span: Span) -> Self {
        Fact { value, span }
    }
}

/// A count with how the text qualified it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Count {
    pub value: u64,
    pub qualifier: Option<Qualifier>,
    pub span: Span,
}

/// Where an event took place.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub enum PlaceRef {
    Country(String),
    Place { name: String, country: Option<String> },
}

/// Who coordinated an operation.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize)]
pub enum Agent {
    Org(String),
    Country(String),
}

#[derive(Debug, Clone, Serialize)]
pub struct Organization {
    /// Slug of the canonical name: the IRI's last segment.
    pub key: String,
    /// The gazetteer's canonical name (or the text's, for an unknown organization): what
    /// the IRI and other entities' references are made from.
    pub canonical: String,
    /// The fullest form the text itself uses.
    pub label: String,
    pub alt_labels: Vec<String>,
    pub country: Option<String>,
    pub parent: Option<String>,
    pub wikidata: Option<String>,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Person {
    pub key: String,
    pub label: String,
    pub alt_labels: Vec<String>,
    /// An official holds at least one title.
    pub titles: Vec<Fact<String>>,
    pub member_of: Vec<Fact<String>>,
    pub country: Vec<Fact<String>>,
    pub mentions: Vec<Span>,
}

impl Person {
    pub fn is_official(&self) -> bool {
        !self.titles.is_empty()
    }
}

#[derive(Debug, Clone, Serialize)]
pub struct Country {
    pub alpha3: String,
    pub alpha2: String,
    pub label: String,
    pub wikidata: Option<String>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EventFacts {
    pub start: Option<Fact<Date>>,
    pub end: Option<Fact<Date>>,
    pub duration: Option<Fact<String>>,
    pub country_count: Option<Count>,
    pub participating: Vec<Fact<String>>,
    pub location: Option<Fact<PlaceRef>>,
    pub participants: Vec<Fact<String>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Conference {
    pub key: String,
    pub label: String,
    pub alt_labels: Vec<String>,
    pub organizer: Vec<Fact<String>>,
    pub attendee_count: Option<Count>,
    pub addressed_by: Vec<Fact<String>>,
    pub facts: EventFacts,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Operation {
    pub key: String,
    pub label: String,
    pub alt_labels: Vec<String>,
    pub coordinator: Vec<Fact<Agent>>,
    pub officer_count: Option<Count>,
    pub arrest_count: Option<Count>,
    pub facts: EventFacts,
    pub mentions: Vec<Span>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SeizedItem {
    pub category: String,
    pub label: String,
    pub quantity: Option<f64>,
    pub unit: Option<String>,
    pub qualifier: Option<Qualifier>,
    pub span: Span,
    /// Sub-counts ("including a rocket launcher").
    pub includes: Vec<SeizedItem>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Seizure {
    /// Key of the operation it happened during.
    pub operation: Option<String>,
    pub items: Vec<SeizedItem>,
    pub location: Option<Fact<PlaceRef>>,
}

#[derive(Debug, Clone, Serialize)]
pub struct Quotation {
    pub text: String,
    pub span: Span,
    /// Key of the speaker (a person).
    pub speaker: Option<String>,
}

/// The article's metadata.
#[derive(Debug, Clone, Serialize)]
pub struct ArticleMeta {
    pub source: String,
    pub url: Option<String>,
    pub content_hash: String,
    pub title: Option<String>,
    pub published: Option<Date>,
}

/// Everything extracted from one article.
#[derive(Debug, Clone, Serialize)]
pub struct Extraction {
    pub article: ArticleMeta,
    /// The normalized text all spans point into.
    pub text: String,
    /// Sentence boundaries.
    pub sentences: Vec<Span>,
    pub organizations: Vec<Organization>,
    pub persons: Vec<Person>,
    pub countries: Vec<Country>,
    pub conferences: Vec<Conference>,
    pub operations: Vec<Operation>,
    pub seizures: Vec<Seizure>,
    pub quotations: Vec<Quotation>,
    pub warnings: Vec<String>,
}

impl Extraction {
    /// Index of the sentence holding `span`.
    pub fn sentence_of(&self, span: Span) -> Option<usize> {
        let i = self.sentences.partition_point(|s| s.end <= span.begin);
        (i < self.sentences.len() && self.sentences[i].begin <= span.begin).then_some(i)
    }
}
