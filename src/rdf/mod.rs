//! RDF stage: the typed model becomes quads in the article's named graph.
//!
//! One named graph per article, named by the article's IRI. Entities get stable IRIs
//! ([`iri`]); every fact gets a `blt:Evidence` node (RDF reification: `rdf:subject`,
//! `rdf:predicate`, `rdf:object`) pointing at the sentence and the byte span it came from,
//! and every entity has `blt:Mention` nodes for the spans that name it. The vocabulary is
//! [`vocab`], the mirror of `ontology/blotter.ttl`.

pub mod iri;
pub mod links;
pub mod vocab;
pub mod write;

use crate::model::*;
use crate::text::Qualifier;
use iri::Base;
use oxigraph::model::vocab::xsd;
use oxigraph::model::{GraphName, Literal, NamedNode, NamedOrBlankNode, Quad, Term};
use std::collections::{BTreeMap, BTreeSet};
use vocab::ext::*;
use vocab::*;

/// Builds the quads of one article.
struct Builder<'a> {
    ex: &'a Extraction,
    base: &'a Base,
    article: NamedNode,
    graph: GraphName,
    quads: Vec<Quad>,
    evidence: usize,
    used_sentences: BTreeSet<usize>,
    links: &'a links::Links,
}

/// The `blt:nameKey` of a name: lower case, runs of white space made one space, trimmed.
/// Query parameters that name an entity are keyed the same way, so that a look-up by
/// name, in any case, is one index look-up (see `store::query::key_bindings`).
pub fn name_key(name: &str) -> String {
    name.split_whitespace()
        .map(str::to_lowercase)
        .collect::<Vec<_>>()
        .join(" ")
}

/// The `blt:surnameKey` of a person's name of two words or more: its last word's
/// [`name_key`] ("stock" for "Jürgen Stock"). A one-word name has none: it is what the key
/// is looked up by, when `store::link` ties "Mr Stock" to the one full name that ends so.
pub fn surname_key(name: &str) -> Option<String> {
    let mut words = name.split_whitespace();
    let last = words.next_back()?;
    words.next().map(|_| name_key(last))
}

/// The IRI naming the article's graph.
pub fn article_iri(base: &Base, meta: &ArticleMeta) -> NamedNode {
    base.article(meta.url.as_deref(), &meta.content_hash)
}

/// Maps one extraction to quads.
pub fn to_quads(ex: &Extraction, base: &Base, links: &links::Links) -> Vec<Quad> {
    let article = article_iri(base, &ex.article);
    let mut b = Builder {
        ex,
        base,
        graph: GraphName::NamedNode(article.clone()),
        article,
        quads: Vec::new(),
        evidence: 0,
        used_sentences: BTreeSet::new(),
        links,
    };
    b.article_node();
    b.countries();
    b.organizations();
    b.persons();
    b.conferences();
    b.operations();
    b.seizures();
    b.quotations();
    b.sentences();
    b.quads
}

fn int(v: u64) -> Literal {
    Literal::new_typed_literal(v.to_string(), xsd::INTEGER)
}

fn nonneg(v: usize) -> Literal {
    Literal::new_typed_literal(v.to_string(), xsd::INTEGER)
}

fn decimal(v: f64) -> Literal {
    let s = if v.fract() == 0.0 && v.abs() < 1e15 {
        format!("{v:.0}")
    } else {
        format!("{v}")
    };
    Literal::new_typed_literal(s, xsd::DECIMAL)
}

fn date(d: &crate::text::Date) -> Literal {
    Literal::new_typed_literal(d.to_string(), xsd::DATE)
}

fn string(s: &str) -> Literal {
    Literal::new_simple_literal(s)
}

impl Builder<'_> {
    fn add(&mut self, s: &NamedNode, p: oxigraph::model::NamedNodeRef<'_>, o: impl Into<Term>) {
        self.quads.push(Quad::new(
            NamedOrBlankNode::NamedNode(s.clone()),
            p.into_owned(),
            o.into(),
            self.graph.clone(),
        ));
    }

    fn sub(&self, frag: &str) -> NamedNode {
        NamedNode::new_unchecked(format!("{}#{frag}", self.article.as_str()))
    }

    /// A fact with its evidence.
    fn fact(&mut self, s: &NamedNode, p: oxigraph::model::NamedNodeRef<'_>, o: impl Into<Term>, span: Span) {
        let o: Term = o.into();
        self.add(s, p, o.clone());
        self.evidence += 1;
        let e = self.sub(&format!("e{}", self.evidence));
        self.add(&e, RDF_TYPE, EVIDENCE);
        self.add(&e, RDF_SUBJECT, s.clone());
        self.add(&e, RDF_PREDICATE, p.into_owned());
        self.add(&e, RDF_OBJECT, o);
        self.span(&e, span);
    }

    fn span(&mut self, node: &NamedNode, span: Span) {
        self.add(node, BEGIN_INDEX, nonneg(span.begin));
        self.add(node, END_INDEX, nonneg(span.end));
        self.add(node, IN_ARTICLE, self.article.clone());
        if let Some(si) = self.ex.sentence_of(span) {
            self.used_sentences.insert(si);
            let s = self.sub(&format!("s{si}"));
            self.add(node, SENTENCE_P, s);
        }
    }

    fn mentions(&mut self, entity: &NamedNode, spans: &[Span]) {
        self.add(entity, MENTIONED_IN, self.article.clone());
        for sp in spans {
            let m = self.sub(&format!("m{}-{}", sp.begin, sp.end));
            self.add(&m, RDF_TYPE, MENTION);
            self.add(&m, DENOTES, entity.clone());
            self.add(&m, TEXT, string(&self.ex.text[sp.begin..sp.end]));
            self.span(&m, *sp);
        }
    }

    fn labels(&mut self, node: &NamedNode, label: &str, alts: &[String]) {
        self.add(node, RDFS_LABEL, string(label));
        let mut seen = BTreeSet::new();
        for a in alts {
            if a != label && seen.insert(a.clone()) {
                self.add(node, SKOS_ALT_LABEL, string(a));
            }
        }
        self.name_keys(node, std::iter::once(label).chain(alts.iter().map(String::as_str)));
    }

    /// One `blt:nameKey` per distinct [`name_key`] of the names given.
    fn name_keys<'n>(&mut self, node: &NamedNode, names: impl Iterator<Item = &'n str>) {
        let keys: BTreeSet<String> = names.map(name_key).filter(|k| !k.is_empty()).collect();
        for k in keys {
            self.add(node, NAME_KEY, string(&k));
        }
    }

    fn qualifier(&mut self, node: &NamedNode, p: oxigraph::model::NamedNodeRef<'_>, q: Option<Qualifier>) {
        if let Some(q) = q.and_then(|q| vocab::qualifier(q.local_name())) {
            self.add(node, p, q);
        }
    }

    fn article_node(&mut self) {
        let a = self.article.clone();
        let m = &self.ex.article;
        self.add(&a, RDF_TYPE, ARTICLE);
        self.add(&a, SOURCE, string(&m.source));
        if let Some(u) = &m.url {
            self.add(&a, URL, Literal::new_typed_literal(u.clone(), xsd::ANY_URI));
        }
        self.add(&a, CONTENT_HASH, string(&format!("sha256:{}", m.content_hash)));
        if let Some(t) = &m.title {
            self.add(&a, HEADLINE, string(t));
        }
        if let Some(d) = &m.published {
            self.add(&a, DATE_PUBLISHED, date(d));
        }
        let run = self.sub("run");
        self.add(&a, GENERATED_BY, run.clone());
        self.add(&run, RDF_TYPE, EXTRACTION_RUN);
        self.add(
            &run,
            TOOL_VERSION,
            string(concat!("blotter ", env!("CARGO_PKG_VERSION"))),
        );
        self.add(&run, INPUT_HASH, string(&format!("sha256:{}", m.content_hash)));
        if let Some(t) = &self.links.run_time {
            self.add(&run, STARTED_AT, Literal::new_typed_literal(t.clone(), xsd::DATE_TIME));
        }
    }

    fn countries(&mut self) {
        for c in &self.ex.countries {
            let n = self.base.country(&c.alpha3);
            self.add(&n, RDF_TYPE, COUNTRY);
            self.add(&n, RDFS_LABEL, string(&c.label));
            self.name_keys(&n, std::iter::once(c.label.as_str()));
            self.add(&n, ISO_CODE, string(&c.alpha2));
            self.add(&n, ISO_ALPHA3, string(&c.alpha3));
            self.add(
                &n,
                SKOS_EXACT_MATCH,
                NamedNode::new_unchecked(format!(
                    "http://publications.europa.eu/resource/authority/country/{}",
                    c.alpha3
                )),
            );
            if let Some(q) = &c.wikidata {
                self.add(
                    &n,
                    SKOS_EXACT_MATCH,
                    NamedNode::new_unchecked(format!("http://www.wikidata.org/entity/{q}")),
                );
            }
            self.user_links(&n, &c.label);
        }
    }

    fn user_links(&mut self, n: &NamedNode, label: &str) {
        for target in self.links.lookup(n.as_str(), label) {
            self.add(n, SKOS_EXACT_MATCH, target);
        }
    }

    fn organizations(&mut self) {
        let known: BTreeSet<String> = self.ex.organizations.iter().map(|o| o.canonical.clone()).collect();
        for o in &self.ex.organizations {
            let n = self.base.org(&o.canonical);
            self.add(&n, RDF_TYPE, ORGANIZATION);
            self.labels(&n, &o.label, &o.alt_labels);
            if let Some(c) = &o.country {
                if self.ex.countries.iter().any(|x| &x.alpha3 == c) {
                    self.add(&n, COUNTRY_P, self.base.country(c));
                }
            }
            if let Some(p) = o.parent.as_ref().filter(|p| known.contains(*p)) {
                self.add(&n, PART_OF, self.base.org(p));
            }
            if let Some(q) = &o.wikidata {
                self.add(
                    &n,
                    SKOS_EXACT_MATCH,
                    NamedNode::new_unchecked(format!("http://www.wikidata.org/entity/{q}")),
                );
            }
            self.user_links(&n, &o.label);
            self.mentions(&n, &o.mentions);
        }
    }

    fn persons(&mut self) {
        for p in &self.ex.persons {
            let n = self.base.person(&p.key);
            self.add(&n, RDF_TYPE, PERSON);
            if p.is_official() {
                self.add(&n, RDF_TYPE, OFFICIAL);
            }
            self.labels(&n, &p.label, &p.alt_labels);
            if let Some(k) = surname_key(&p.label) {
                self.add(&n, SURNAME_KEY, string(&k));
            }
            for t in &p.titles {
                self.fact(&n, TITLE, string(&t.value), t.span);
            }
            for o in &p.member_of {
                let on = self.base.org(&o.value);
                self.fact(&n, MEMBER_OF, on, o.span);
            }
            for c in &p.country {
                let cn = self.base.country(&c.value);
                self.fact(&n, COUNTRY_P, cn, c.span);
            }
            self.user_links(&n, &p.label);
            self.mentions(&n, &p.mentions);
        }
    }

    fn event_facts(&mut self, n: &NamedNode, f: &EventFacts) {
        if let Some(s) = &f.start {
            self.fact(n, START_DATE, date(&s.value), s.span);
        }
        if let Some(e) = &f.end {
            self.fact(n, END_DATE, date(&e.value), e.span);
        }
        if let Some(d) = &f.duration {
            self.fact(
                n,
                DURATION,
                Literal::new_typed_literal(d.value.clone(), xsd::DURATION),
                d.span,
            );
        }
        if let Some(c) = &f.country_count {
            self.fact(n, COUNTRY_COUNT, int(c.value), c.span);
            self.qualifier(n, COUNTRY_COUNT_QUALIFIER, c.qualifier);
        }
        for c in &f.participating {
            let cn = self.base.country(&c.value);
            self.fact(n, PARTICIPATING_COUNTRY, cn, c.span);
        }
        if let Some(l) = &f.location {
            let ln = match &l.value {
                PlaceRef::Country(a3) => self.base.country(a3),
                PlaceRef::Place { name, country } => {
                    let pn = self.base.place(name);
                    self.add(&pn, RDF_TYPE, PLACE);
                    self.add(&pn, RDFS_LABEL, string(name));
                    self.name_keys(&pn, std::iter::once(name.as_str()));
                    if let Some(c) = country {
                        if self.ex.countries.iter().any(|x| &x.alpha3 == c) {
                            self.add(&pn, COUNTRY_P, self.base.country(c));
                        }
                    }
                    pn
                }
            };
            self.fact(n, LOCATION, ln, l.span);
        }
    }

    fn conferences(&mut self) {
        for c in &self.ex.conferences {
            let n = self
                .base
                .conference(&c.label, c.facts.start.as_ref().map(|d| d.value.year));
            self.add(&n, RDF_TYPE, CONFERENCE);
            self.labels(&n, &c.label, &c.alt_labels);
            for o in &c.organizer {
                let on = self.base.org(&o.value);
                self.fact(&n, ORGANIZER, on, o.span);
            }
            if let Some(a) = &c.attendee_count {
                self.fact(&n, ATTENDEE_COUNT, int(a.value), a.span);
                self.qualifier(&n, ATTENDEE_COUNT_QUALIFIER, a.qualifier);
            }
            for p in &c.addressed_by {
                let pn = self.base.person(&p.value);
                self.fact(&n, ADDRESSED_BY, pn, p.span);
            }
            self.event_facts(&n, &c.facts);
            self.mentions(&n, &c.mentions);
        }
    }

    fn operations(&mut self) {
        for o in &self.ex.operations {
            let n = self.base.operation(&o.label);
            self.add(&n, RDF_TYPE, OPERATION);
            self.labels(&n, &o.label, &o.alt_labels);
            for c in &o.coordinator {
                let cn = match &c.value {
                    Agent::Org(name) => self.base.org(name),
                    Agent::Country(a3) => self.base.country(a3),
                };
                self.fact(&n, COORDINATOR, cn, c.span);
            }
            if let Some(a) = &o.officer_count {
                self.fact(&n, OFFICER_COUNT, int(a.value), a.span);
                self.qualifier(&n, OFFICER_COUNT_QUALIFIER, a.qualifier);
            }
            if let Some(a) = &o.arrest_count {
                self.fact(&n, ARREST_COUNT, int(a.value), a.span);
                self.qualifier(&n, ARREST_COUNT_QUALIFIER, a.qualifier);
            }
            self.event_facts(&n, &o.facts);
            self.mentions(&n, &o.mentions);
        }
    }

    fn item(&mut self, node: &NamedNode, it: &SeizedItem) {
        self.add(node, RDF_TYPE, SEIZED_ITEM);
        if let Some(c) = vocab::category(&it.category) {
            self.fact(node, CATEGORY, c, it.span);
        }
        self.add(node, ITEM_LABEL, string(&it.label));
        if let Some(q) = it.quantity {
            self.fact(node, QUANTITY, decimal(q), it.span);
            self.qualifier(node, QUANTITY_QUALIFIER, it.qualifier);
        }
        if let Some(u) = &it.unit {
            self.add(node, UNIT, string(u));
        }
        for (k, sub) in it.includes.iter().enumerate() {
            let sn = NamedNode::new_unchecked(format!("{}/part/{}", node.as_str(), k + 1));
            self.add(node, INCLUDES, sn.clone());
            self.item(&sn, sub);
        }
    }

    fn seizures(&mut self) {
        let ops: BTreeMap<&str, &Operation> = self.ex.operations.iter().map(|o| (o.key.as_str(), o)).collect();
        for (i, s) in self.ex.seizures.iter().enumerate() {
            let n = NamedNode::new_unchecked(format!("{}/seizure/{}", self.article.as_str(), i + 1));
            self.add(&n, RDF_TYPE, SEIZURE);
            if let Some(op) = s.operation.as_deref().and_then(|k| ops.get(k)) {
                let on = self.base.operation(&op.label);
                let span = s.items.first().map(|i| i.span).unwrap_or(Span::new(0, 0));
                self.fact(&n, DURING_OPERATION, on, span);
            }
            for (k, it) in s.items.iter().enumerate() {
                let inode = NamedNode::new_unchecked(format!("{}/item/{}", n.as_str(), k + 1));
                self.fact(&n, SEIZED, inode.clone(), it.span);
                self.item(&inode, it);
            }
        }
    }

    fn quotations(&mut self) {
        for (i, q) in self.ex.quotations.iter().enumerate() {
            let n = self.sub(&format!("q{}", i + 1));
            self.add(&n, RDF_TYPE, QUOTATION);
            self.add(&n, QUOTE_TEXT, string(&q.text));
            if let Some(p) = &q.speaker {
                self.add(&n, SPOKEN_BY, self.base.person(p));
            }
            self.span(&n, q.span);
        }
    }

    fn sentences(&mut self) {
        let used: Vec<usize> = self.used_sentences.iter().copied().collect();
        for si in used {
            let s = self.ex.sentences[si];
            let n = self.sub(&format!("s{si}"));
            self.add(&n, RDF_TYPE, SENTENCE);
            self.add(&n, TEXT, string(&self.ex.text[s.begin..s.end]));
            self.add(&n, BEGIN_INDEX, nonneg(s.begin));
            self.add(&n, END_INDEX, nonneg(s.end));
            self.add(&n, IN_ARTICLE, self.article.clone());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::name_key;

    #[test]
    fn name_keys_ignore_case_and_spacing() {
        assert_eq!(name_key("Jürgen  Stock"), "jürgen stock");
        assert_eq!(name_key(" INTERPOL\n"), "interpol");
        assert_eq!(name_key("Operation Trigger II"), name_key("operation trigger ii"));
        assert_eq!(name_key("   "), "");
    }

    #[test]
    fn surname_keys_are_the_last_word_of_a_full_name() {
        use super::surname_key;
        assert_eq!(surname_key("Jürgen  Stock").as_deref(), Some("stock"));
        assert_eq!(surname_key("Catherine De Bolle").as_deref(), Some("bolle"));
        assert_eq!(surname_key("STOCK"), None);
        assert_eq!(surname_key(" "), None);
    }
}
