//! Resolution stage: mentions become entities.
//!
//! Within one article, every reference to a person ("INTERPOL Secretary General Jürgen
//! Stock", "Mr Stock", "Jürgen", "President Meng", "she") is attached to one person, and
//! their titles, organizations and countries are merged; organizations are already merged
//! by canonical name and acronym in the detector. Across articles, identity comes from the
//! IRIs ([`crate::rdf::iri`]): the same canonical name gives the same IRI.
//!
//! Two people who share a surname stay two: a surname reference attaches to the most recent
//! person with that surname, never merges two full names.

use crate::detect::event::{Event, EventKind};
use crate::detect::facts::{self, Found};
use crate::detect::gazetteer::Hit;
use crate::detect::official::{PersonMention, RefKind};
use crate::detect::organization::Orgs;
use crate::detect::quote::QuoteMention;
use crate::detect::{self, Ctx};
use crate::document::Document;
use crate::model::*;
use crate::text::{words, Text};
use regex::Regex;
use std::collections::BTreeMap;
use std::sync::LazyLock;

/// Runs the whole extraction on one document.
pub fn extract(doc: &Document) -> Extraction {
    let text = Text::new(&doc.body);
    let ctx = Ctx::from_text(&text, doc.published);
    let orgs = detect::organization::detect(&ctx);
    let people = detect::official::detect(&ctx, &orgs);
    let events = detect::event::detect(&ctx, &orgs);
    // Which event each sentence is about: read once, used for event facts and seizures.
    let owners = facts::owners(&ctx, &events);
    let found = facts::collect(&ctx, &events, &owners, &orgs);
    let quotes = detect::quote::detect(&ctx);

    let mut persons = resolve_people(&ctx, &people);
    // "Sierra Leone takes the chair, Kolatier results on the table": a one-word name that
    // is an operation's name without "Operation" is the operation, not a person.
    persons.retain(|p| {
        p.label.contains(' ')
            || !events.iter().any(|e| {
                e.label.strip_prefix("Operation ") == Some(p.label.as_str()) || e.aliases.iter().any(|a| a == &p.label)
            })
    });
    office_of_title(&orgs, &mut persons);
    let organizations = build_orgs(&ctx, &orgs, &persons, &events);
    let (conferences, operations) = build_events(&ctx, &events, found, &persons, &orgs);
    let seizures = build_seizures(&ctx, &events, &owners, &operations);
    let quotations = build_quotes(&ctx, &quotes, &persons);
    let countries = used_countries(&ctx, &persons, &organizations, &conferences, &operations);

    Extraction {
        article: ArticleMeta {
            source: doc.source.clone(),
            url: doc.url.clone(),
            content_hash: doc.content_hash.clone(),
            title: doc.title.clone(),
            published: doc.published,
        },
        text: ctx.text.to_string(),
        sentences: ctx.sentences.iter().map(|s| Span::new(s.begin, s.end)).collect(),
        organizations,
        persons,
        countries,
        conferences,
        operations,
        seizures,
        quotations,
        warnings: doc.warnings.clone(),
    }
}

fn name_words(s: &str) -> Vec<String> {
    s.split_whitespace()
        .map(words::name_key)
        .filter(|w| !w.is_empty())
        .collect()
}

/// Clusters person mentions; returns the persons and, per mention index, its person index.
fn resolve_people(ctx: &Ctx<'_>, mentions: &[PersonMention]) -> Vec<Person> {
    let mut persons: Vec<Person> = Vec::new();
    let mut owner: Vec<Option<usize>> = vec![None; mentions.len()];
    let mut confirmed: Vec<bool> = Vec::new();
    // Full names first, in text order.
    for (mi, m) in mentions.iter().enumerate().filter(|(_, m)| m.kind == RefKind::Full) {
        let key = words::name_key(&m.name);
        let pi = match persons.iter().position(|p| words::name_key(&p.label) == key) {
            Some(pi) => pi,
            None => {
                // "De Bolle" after "Catherine De Bolle": a shorter full name that ends the longer.
                let nw = name_words(&m.name);
                match persons.iter().position(|p| {
                    let pw = name_words(&p.label);
                    pw.len() > nw.len() && pw.ends_with(&nw)
                }) {
                    Some(pi) => pi,
                    // "Catherine De Bolle" after "De Bolle" (a headline): the longer name
                    // takes over the label.
                    None if persons.iter().any(|p| {
                        let pw = name_words(&p.label);
                        pw.len() >= 2 && pw.len() < nw.len() && nw.ends_with(&pw)
                    }) =>
                    {
                        let pi = persons
                            .iter()
                            .position(|p| {
                                let pw = name_words(&p.label);
                                pw.len() >= 2 && pw.len() < nw.len() && nw.ends_with(&pw)
                            })
                            .expect("checked");
                        let old = std::mem::replace(&mut persons[pi].label, m.name.clone());
                        persons[pi].key = words::slug(&m.name);
                        persons[pi].alt_labels.push(old);
                        pi
                    }
                    None => {
                        persons.push(Person {
                            key: words::slug(&m.name),
                            label: m.name.clone(),
                            alt_labels: vec![],
                            titles: vec![],
                            member_of: vec![],
                            country: vec![],
                            mentions: vec![],
                        });
                        confirmed.push(false);
                        persons.len() - 1
                    }
                }
            }
        };
        owner[mi] = Some(pi);
        confirmed[pi] |= m.confirmed;
    }
    // A longer name seen later ("Catherine De Bolle" after "De Bolle") takes over the label.
    // Surname, honorific and first-name references: the most recent matching full name.
    for (mi, m) in mentions.iter().enumerate().filter(|(_, m)| m.kind != RefKind::Full) {
        let nw = name_words(&m.name);
        let candidates: Vec<usize> = (0..persons.len())
            .filter(|&pi| {
                let pw = name_words(&persons[pi].label);
                // "Mr Echeverría" for "Tomás Echeverría Lagos": a surname that is not the
                // last of two ("Echeverría Lagos") is still one of the name's surnames.
                let inner_surname =
                    m.kind != RefKind::Full && nw.len() == 1 && pw.len() >= 3 && pw[1..].contains(&nw[0]);
                pw.len() > nw.len() && (pw.ends_with(&nw) || pw.starts_with(&nw) || inner_surname)
            })
            .collect();
        let pick = candidates.iter().copied().max_by_key(|&pi| {
            mentions
                .iter()
                .enumerate()
                .filter(|(j, x)| owner[*j] == Some(pi) && x.span.begin < m.span.begin)
                .map(|(_, x)| x.span.begin)
                .max()
                .unwrap_or(0)
        });
        match pick {
            Some(pi) => owner[mi] = Some(pi),
            // A bare word with no full name to attach to is no person on its own:
            // "Investigators said", "Neighbours told reporters".
            None if m.kind == RefKind::Surname => {
                let key = words::name_key(&m.name);
                let pi = match persons.iter().position(|p| words::name_key(&p.label) == key) {
                    Some(pi) => pi,
                    None => {
                        persons.push(Person {
                            key: words::slug(&m.name),
                            label: m.name.clone(),
                            alt_labels: vec![],
                            titles: vec![],
                            member_of: vec![],
                            country: vec![],
                            mentions: vec![],
                        });
                        confirmed.push(false);
                        persons.len() - 1
                    }
                };
                owner[mi] = Some(pi);
                confirmed[pi] |= m.confirmed;
            }
            None => {}
        }
    }
    // Facts of all mentions.
    for (mi, m) in mentions.iter().enumerate() {
        let Some(pi) = owner[mi] else { continue };
        let p = &mut persons[pi];
        p.mentions.push(m.span);
        for alias in [Some(m.name.clone()), m.alias.clone()].into_iter().flatten() {
            if alias != p.label && !p.alt_labels.contains(&alias) {
                p.alt_labels.push(alias);
            }
        }
        for t in m.title.iter().chain(m.rank.iter()) {
            if !p
                .titles
                .iter()
                .any(|x| words::name_key(&x.value) == words::name_key(&t.value))
            {
                p.titles.push(t.clone());
            }
        }
        if let Some(o) = &m.org {
            if !p.member_of.iter().any(|x| x.value == o.value) {
                p.member_of.push(o.clone());
            }
        }
        if let Some(c) = &m.country {
            if let Some(ci) = ctx.gaz.country(&c.value) {
                let a3 = ctx.gaz.countries[ci].alpha3.clone();
                if !p.country.iter().any(|x| x.value == a3) {
                    p.country.push(Fact::new(a3, c.span));
                }
            }
        }
    }
    // A nationality in front of a title ("Belgian police chief De Bolle") says where a
    // national official serves; for someone who serves an organization it says nothing.
    for p in &mut persons {
        if !p.member_of.is_empty() {
            p.country
                .retain(|c| ctx.gaz.country(&ctx.text[c.span.begin..c.span.end]).is_some());
        }
    }
    // A title in lower case at the start ("director of investigations") reads as written,
    // with its first letter raised.
    for p in &mut persons {
        for t in &mut p.titles {
            let mut c = t.value.chars();
            if let Some(f) = c.next() {
                t.value = f.to_uppercase().collect::<String>() + c.as_str();
            }
        }
        // A minister with no organization or country: the country a paragraph opens with
        // ("In Belgium, Prime Minister Charles Michel ...").
        if p.member_of.is_empty() && p.country.is_empty() && p.titles.iter().any(|t| is_political(&t.value)) {
            if let Some(c) = paragraph_country(ctx, p.mentions.first().map(|s| s.begin).unwrap_or(0)) {
                p.country.push(c);
            }
        }
        p.mentions.sort();
        p.mentions.dedup();
    }
    // Unconfirmed names (no title, honorific, speech verb or byline anywhere) are dropped.
    let keep: Vec<bool> = (0..persons.len())
        .map(|pi| confirmed[pi] || !persons[pi].titles.is_empty())
        .collect();
    persons
        .into_iter()
        .enumerate()
        .filter(|(pi, _)| keep[*pi])
        .map(|(_, p)| p)
        .collect()
}

/// "U.S. Attorney Delia Carrasco" in an article that names "the U.S. Attorney's Office for
/// the Southern District of Texas": an office named after its holder's title is where an
/// official with that title, and no organization of their own, serves. The longest tail of
/// the title that names one office decides ("Assistant U.S. Attorney" -> "U.S. Attorney");
/// a tail that names two offices ("Sheriff" with two sheriff's offices) decides nothing.
fn office_of_title(orgs: &detect::organization::Orgs, persons: &mut [Person]) {
    let names: Vec<(String, &str)> = orgs
        .infos
        .iter()
        .flat_map(|i| {
            std::iter::once(&i.canonical)
                .chain(&i.aliases)
                .map(move |n| (format!(" {} ", words::name_key(n)), i.canonical.as_str()))
        })
        .collect();
    for p in persons.iter_mut().filter(|p| p.member_of.is_empty()) {
        let mut office: Option<&str> = None;
        'titles: for t in &p.titles {
            let key = words::name_key(&t.value);
            let tail_words: Vec<&str> = key.split(' ').collect();
            for k in 0..tail_words.len() {
                let needle = format!(" {} office ", tail_words[k..].join(" "));
                let mut fits: Vec<&str> = names
                    .iter()
                    .filter(|(n, _)| n.contains(&needle))
                    .map(|(_, c)| *c)
                    .collect();
                fits.sort_unstable();
                fits.dedup();
                if !fits.is_empty() {
                    if fits.len() == 1 {
                        office = Some(fits[0]);
                    }
                    break 'titles;
                }
            }
        }
        if let Some(o) = office {
            if let Some(m) = orgs.mentions.iter().find(|m| m.canonical == o) {
                p.member_of.push(Fact::new(o.to_string(), m.span));
            }
        }
    }
}

fn is_political(title: &str) -> bool {
    let t = title.to_lowercase();
    t.contains("minister")
        || t.contains("secretary of state")
        || t.contains("chancellor")
        || t.contains("ambassador")
        || t.contains("home secretary")
}

static IN_COUNTRY: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^In\s+").expect("in re"));

fn paragraph_country(ctx: &Ctx<'_>, pos: usize) -> Option<Fact<String>> {
    let s = ctx.sentences.iter().find(|s| s.begin <= pos && pos < s.end)?;
    let para_start = ctx.sentences.iter().find(|x| x.paragraph == s.paragraph)?.begin;
    let head = &ctx.text[para_start..];
    let m = IN_COUNTRY.find(head)?;
    let cm = ctx
        .names
        .iter()
        .find(|n| n.begin == para_start + m.end() && matches!(n.hit, Hit::Country(_)))?;
    let Hit::Country(i) = cm.hit else { return None };
    ctx.text[cm.end..]
        .starts_with(',')
        .then(|| Fact::new(ctx.gaz.countries[i].alpha3.clone(), Span::new(cm.begin, cm.end)))
}

fn build_orgs(ctx: &Ctx<'_>, orgs: &Orgs, persons: &[Person], events: &[Event]) -> Vec<Organization> {
    let mut out: Vec<Organization> = Vec::new();
    for info in &orgs.infos {
        let mentions: Vec<Span> = orgs
            .mentions
            .iter()
            .filter(|m| m.canonical == info.canonical)
            .map(|m| m.span)
            .collect();
        if mentions.is_empty() {
            continue;
        }
        // A name that is also a person's name is not an organization.
        if persons
            .iter()
            .any(|p| words::name_key(&p.label) == words::name_key(&info.canonical))
        {
            continue;
        }
        // "the 26th OSCE Ministerial Council": a body found only as the name of one of its
        // meetings is that meeting.
        let meeting_name = |m: &Span| {
            let head = ctx.text[m.begin..m.end].rsplit(' ').next().unwrap_or("").to_lowercase();
            events.iter().any(|e| {
                e.kind == EventKind::Conference
                    && e.head == head
                    && e.mentions.iter().any(|c| c.begin < m.begin && m.end == c.end)
            })
        };
        if info.gaz.is_none() && mentions.iter().all(meeting_name) {
            continue;
        }
        let gz = info.gaz.map(|i| &ctx.gaz.orgs[i]);
        // (a lower-case description, "the coast guard", is a reference but not a name)
        let surfaces: Vec<&str> = mentions
            .iter()
            .map(|m| ctx.text[m.begin..m.end].trim_end_matches("'s"))
            .filter(|s| !s.starts_with(char::is_lowercase))
            .collect();
        // "EU Member States", "the EU's borders": a supranational acronym used only as a
        // modifier is not a reference to the organization, unless someone serves it.
        let modifier_only = gz.is_some_and(|g| matches!(g.kind.as_str(), "eu" | "un"))
            && mentions.iter().all(|m| {
                let s = &ctx.text[m.begin..m.end];
                let after = ctx.text[m.end..].trim_start_matches("'s");
                s.len() <= 3
                    && words::is_all_caps(s)
                    && after.starts_with(' ')
                    && after[1..].starts_with(char::is_alphabetic)
            })
            && !persons
                .iter()
                .any(|p| p.member_of.iter().any(|o| o.value == info.canonical));
        if modifier_only {
            continue;
        }
        // The label is the fullest form the text uses (the gazetteer's name when the text
        // uses it); the canonical name stays an alternative label.
        let label = if surfaces.iter().any(|s| *s == info.canonical) {
            info.canonical.clone()
        } else {
            surfaces
                .iter()
                .max_by_key(|s| (!words::is_all_caps(s), s.len()))
                .map(|s| s.to_string())
                .unwrap_or_else(|| info.canonical.clone())
        };
        let mut alt: Vec<String> = info.aliases.to_vec();
        alt.push(info.canonical.clone());
        alt.extend(surfaces.iter().map(|s| s.to_string()));
        alt.retain(|a| *a != label);
        alt.sort();
        alt.dedup();
        out.push(Organization {
            key: words::slug(&info.canonical),
            canonical: info.canonical.clone(),
            label,
            alt_labels: alt,
            country: info.country.clone().or_else(|| gz.and_then(|g| g.country.clone())),
            parent: info.parent.clone().filter(|p| *p != info.canonical),
            wikidata: gz.and_then(|g| g.wikidata.clone()),
            mentions,
        });
    }
    out
}

static ADDRESS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(address\w*|speaking\s+at|spoke\s+at|told\s+(?:the\s+)?(?:delegates|participants|conference|congress|summit|meeting|attendees)|keynote|opening\s+(?:ceremony|session|speech|remarks)|closing\s+(?:ceremony|session|speech|remarks)|opened\s+the)\b").expect("address re")
});

#[allow(clippy::type_complexity)]
fn build_events(
    ctx: &Ctx<'_>,
    events: &[Event],
    found: Vec<Found>,
    persons: &[Person],
    orgs: &Orgs,
) -> (Vec<Conference>, Vec<Operation>) {
    let mut confs = Vec::new();
    let mut ops = Vec::new();
    let n_conf = events.iter().filter(|e| e.kind == EventKind::Conference).count();
    for (e, f) in events.iter().zip(found) {
        let ef = EventFacts {
            start: f.start,
            end: f.end,
            duration: f.duration,
            country_count: f.country_count,
            participating: f.participating,
            location: f.location,
            participants: vec![],
        };
        let mut agents: Vec<Fact<String>> = Vec::new();
        if let Some(o) = &e.owner {
            agents.push(o.clone());
        }
        for a in f.agents {
            if !agents.iter().any(|x| x.value == a.value) {
                agents.push(a);
            }
        }
        match e.kind {
            EventKind::Conference => {
                // Officials who addressed it: mentioned in a sentence that says so, in an
                // article about this one conference.
                let mut addressed = Vec::new();
                if n_conf == 1 {
                    for p in persons.iter().filter(|p| p.is_official()) {
                        if let Some(span) = p.mentions.iter().find(|m| {
                            ctx.sentences
                                .iter()
                                .find(|s| s.begin <= m.begin && m.end <= s.end)
                                .is_some_and(|s| ADDRESS.is_match(&ctx.text[s.begin..s.end]))
                        }) {
                            addressed.push(Fact::new(p.key.clone(), *span));
                        }
                    }
                }
                confs.push(Conference {
                    key: words::slug(&e.label),
                    label: e.label.clone(),
                    alt_labels: e.aliases.clone(),
                    organizer: agents,
                    attendee_count: f.attendee_count,
                    addressed_by: addressed,
                    facts: ef,
                    mentions: e.mentions.clone(),
                });
            }
            EventKind::Operation => {
                let mut coordinator: Vec<Fact<Agent>> = agents
                    .into_iter()
                    .map(|a| Fact::new(Agent::Org(a.value), a.span))
                    .collect();
                for c in f.agent_countries {
                    coordinator.push(Fact::new(Agent::Country(c.value), c.span));
                }
                ops.push(Operation {
                    key: words::slug(&e.label),
                    label: e.label.clone(),
                    alt_labels: e.aliases.clone(),
                    coordinator,
                    officer_count: f.officer_count,
                    arrest_count: f.arrest_count,
                    facts: ef,
                    mentions: e.mentions.clone(),
                });
            }
        }
    }
    // The only international body announcing an operation: "INTERPOL published the results".
    for op in ops.iter_mut().filter(|o| o.coordinator.is_empty()) {
        let mut cands: BTreeMap<String, Span> = BTreeMap::new();
        for m in &op.mentions {
            if let Some(s) = ctx.sentences.iter().find(|s| s.begin <= m.begin && m.end <= s.end) {
                // a name, not a lower-case description ("the coast guard"): a description
                // says too little to make its organization the one behind the operation
                let named = |o: &&crate::detect::organization::OrgMention| {
                    ctx.text[o.span.begin..].starts_with(char::is_uppercase)
                };
                // (nor is a body that only qualifies the countries: "14 EU Member States")
                let of_members = |o: &&crate::detect::organization::OrgMention| {
                    let after = ctx.text[o.span.end..].trim_start().as_bytes();
                    ["member states", "member countries", "countries", "states"]
                        .iter()
                        .any(|w| {
                            after
                                .get(..w.len())
                                .is_some_and(|a| a.eq_ignore_ascii_case(w.as_bytes()))
                        })
                };
                for o in orgs
                    .mentions
                    .iter()
                    .filter(|o| o.span.begin >= s.begin && o.span.end <= s.end)
                    .filter(named)
                    .filter(|o| !of_members(o))
                {
                    let intl = o.gaz.is_some_and(|g| {
                        matches!(
                            ctx.gaz.orgs[g].kind.as_str(),
                            "international" | "eu" | "regional" | "un"
                        )
                    });
                    // (an acronym in brackets after the name is no second mention:
                    // "Mersin International Port (MIP)")
                    if intl
                        || orgs
                            .mentions
                            .iter()
                            .filter(named)
                            .filter(|x| x.canonical == o.canonical && !ctx.text[..x.span.begin].ends_with('('))
                            .count()
                            >= 2
                    {
                        cands.entry(o.canonical.clone()).or_insert(o.span);
                    }
                }
            }
        }
        if cands.len() == 1 {
            let (c, span) = cands.into_iter().next().expect("one");
            op.coordinator.push(Fact::new(Agent::Org(c), span));
        }
    }
    // Operations of one series share a coordinator when only one of them names it: names
    // that differ in their last word ("Operation Lionfish V", "Operation Lionfish Global").
    // One-word code names ("Operation Thunderstorm" in INTERPOL's article on "Operation
    // Thunderball") share it only when it is an organization the article speaks of in two
    // sentences or more, the agency behind the release, and not one named once for its own
    // operation ("In Britain, the NCA said its own response, Operation Venetic, ...").
    let series = |l: &str| l.rsplit_once(' ').map(|(a, _)| a.to_string()).unwrap_or_default();
    let sentences_naming = |canonical: &str| {
        ctx.sentences
            .iter()
            .filter(|s| {
                orgs.mentions
                    .iter()
                    .any(|m| m.canonical == canonical && s.begin <= m.span.begin && m.span.end <= s.end)
            })
            .count()
    };
    for i in 0..ops.len() {
        if !ops[i].coordinator.is_empty() {
            continue;
        }
        let s = series(&ops[i].label);
        let shared = ops
            .iter()
            .filter(|o| o.label != ops[i].label && series(&o.label) == s)
            .find_map(|o| o.coordinator.first())
            .filter(|c| s != "Operation" || matches!(&c.value, Agent::Org(k) if sentences_naming(k) >= 2))
            .cloned();
        if let Some(c) = shared {
            ops[i].coordinator.push(c);
        }
    }
    (confs, ops)
}

fn build_seizures(
    ctx: &Ctx<'_>,
    events: &[Event],
    owners: &[Vec<(usize, usize, bool)>],
    ops: &[Operation],
) -> Vec<Seizure> {
    let op_events: Vec<usize> = (0..events.len())
        .filter(|&i| events[i].kind == EventKind::Operation)
        .collect();
    let mut by_op: BTreeMap<Option<String>, Vec<SeizedItem>> = BTreeMap::new();
    let mut last_op: Option<usize> = None;
    for (si, s) in ctx.sentences.iter().enumerate() {
        // (a wider operation named as this one's frame, "part of Operation Shanela", is not
        // where the seizures of the next sentences belong)
        let here: Vec<(usize, usize)> = owners[si]
            .iter()
            .filter(|r| events[r.0].kind == EventKind::Operation)
            .filter(|r| !(r.2 && detect::facts::PART_OF.is_match(&ctx.text[s.begin..r.1.max(s.begin)])))
            .map(|r| (r.0, r.1))
            .collect();
        if let Some(&(l, _)) = here.last() {
            last_op = Some(l);
        }
        let mut items = detect::seizure::detect(ctx, s.begin, s.end, in_seizure_list(ctx, si));
        // "Operation Silver Axe": a word of an event's name is no seized item
        items.retain(|i| {
            !events.iter().any(|e| {
                e.mentions
                    .iter()
                    .any(|m| m.begin <= i.span.begin && i.span.end <= m.end)
            })
        });
        if items.is_empty() {
            continue;
        }
        // "Dark HunTor follows Operation DisrupTor, which ended with the seizure of ...": the
        // operation named last before the items is theirs.
        let first_item = items.iter().map(|i| i.span.begin).min().unwrap_or(s.end);
        let op = here
            .iter()
            .filter(|r| r.1 < first_item)
            .max_by_key(|r| r.1)
            .or(here.first())
            .map(|r| r.0)
            .or(last_op)
            .or_else(|| (op_events.len() == 1).then(|| op_events[0]));
        let key = op
            .map(|e| words::slug(&events[e].label))
            .filter(|k| ops.iter().any(|o| &o.key == k));
        let list = by_op.entry(key).or_default();
        for it in items {
            // A bare re-mention of a category already counted adds nothing.
            if it.quantity.is_none()
                && list.iter().any(|x| {
                    x.category == it.category
                        && (x.quantity.is_some() || words::name_key(&x.label) == words::name_key(&it.label))
                })
            {
                continue;
            }
            // The same amount of the same kind again is a re-mention ("86 kg heroin" in the
            // headline, "86 kilograms of heroin" below); but one thing (or a few) each of
            // two kinds is two things ("a satellite phone, ... a GPS set", "two outboard
            // engines; ... two GPS units"), unless they share a word.
            let one_each = |x: &SeizedItem| {
                it.quantity.is_some_and(|q| q <= 5.0) && it.unit.as_deref() == Some("item") && {
                    let theirs: Vec<String> = x.label.split_whitespace().map(str::to_lowercase).collect();
                    !it.label.split_whitespace().any(|w| theirs.contains(&w.to_lowercase()))
                }
            };
            if list.iter().any(|x| {
                x.category == it.category
                    && x.quantity == it.quantity
                    && x.unit == it.unit
                    && it.quantity.is_some()
                    && !one_each(x)
            }) {
                continue;
            }
            list.push(it);
        }
    }
    for list in by_op.values_mut() {
        drop_summaries(list);
    }
    // "seized cocaine along with rifles and explosives" in the lead, with no operation, and
    // "14 rifles" under the operation: the lead's bare words are the operation's counts.
    let counted: Vec<String> = by_op
        .iter()
        .filter(|(k, _)| k.is_some())
        .flat_map(|(_, v)| v.iter().filter(|x| x.quantity.is_some()).map(|x| x.category.clone()))
        .collect();
    if let Some(lead) = by_op.get_mut(&None) {
        lead.retain(|x| x.quantity.is_some() || !counted.contains(&x.category));
    }
    // "USD 257 million seized" in a headline and "seized assets worth USD 257 million": the
    // bare amount is the assets', not cash of its own.
    for list in by_op.values_mut() {
        let named: Vec<(f64, String)> = list
            .iter()
            .filter(|x| x.category != "Cash")
            .filter_map(|x| Some((x.quantity?, x.unit.clone()?)))
            .collect();
        list.retain(|x| {
            !(x.category == "Cash"
                && x.label == "cash"
                && named
                    .iter()
                    .any(|(q, u)| Some(*q) == x.quantity && Some(u) == x.unit.as_ref()))
        });
    }
    // A money amount that is the sum of two or more others in the same currency is their
    // total ("USD 300 million - of which USD 101 million ... and USD 199 million"), not a line.
    for list in by_op.values_mut() {
        let totals: Vec<usize> = (0..list.len())
            .filter(|&i| {
                let (Some(q), Some(u)) = (list[i].quantity, list[i].unit.as_deref()) else {
                    return false;
                };
                if u == "item" || u == "kg" || u == "litre" || u == "m3" {
                    return false;
                }
                let parts: Vec<f64> = (0..list.len())
                    .filter(|&j| j != i && list[j].unit.as_deref() == Some(u))
                    .filter_map(|j| list[j].quantity)
                    // Another statement of the same total is not one of its parts.
                    .filter(|&x| (x - q).abs() > 1e-6 * q.max(1.0))
                    .collect();
                parts.len() >= 2 && (parts.iter().sum::<f64>() - q).abs() < 1e-6 * q.max(1.0)
            })
            .collect();
        for i in totals.into_iter().rev() {
            list.remove(i);
        }
    }
    by_op
        .into_iter()
        .filter(|(_, v)| !v.is_empty())
        .map(|(operation, items)| Seizure {
            operation,
            items,
            location: None,
        })
        .collect()
}

/// A lead that sums up what a list then details ("the seizure of more than 1,100 firearms,
/// together with ammunition and stolen vehicles", then "1,137 firearms", "64 stolen
/// vehicles"): the lead's rounded figure and its bare words are the list's lines again.
/// Drops an item with no quantity when the same category has a counted one, wherever it
/// stands, and a qualified figure ("more than 1,100") when an exact figure of the same
/// category and unit agrees with it within 15%.
fn drop_summaries(list: &mut Vec<SeizedItem>) {
    let counted =
        |list: &[SeizedItem], it: &SeizedItem| list.iter().any(|x| x.category == it.category && x.quantity.is_some());
    let agrees = |rounded: &SeizedItem, exact: &SeizedItem| -> bool {
        let (Some(q), Some(r), Some(e)) = (rounded.qualifier, rounded.quantity, exact.quantity) else {
            return false;
        };
        // (a qualified figure with more digits is exact enough: "nearly 3 tonnes" in a
        // headline and "more than 2.9 tonnes" in the text)
        (exact.qualifier.is_none() || e != r && crate::text::numbers::rounds_to(e, r))
            && exact.category == rounded.category
            && exact.unit == rounded.unit
            && same_thing(&rounded.label, &exact.label)
            && q.refined_by(r, e)
    };
    let keep: Vec<bool> = list
        .iter()
        .enumerate()
        .map(|(i, it)| {
            if it.quantity.is_none() {
                return !counted(list, it);
            }
            !list.iter().enumerate().any(|(j, x)| j != i && agrees(it, x))
        })
        .collect();
    let mut k = keep.into_iter();
    list.retain(|_| k.next().unwrap_or(true));
}

/// Words that sum up any item of a category ("more than 5 tonnes of drugs").
const SUM_WORDS: &[&str] = &[
    "drug",
    "narcotic",
    "weapon",
    "firearm",
    "gun",
    "arm",
    "cash",
    "money",
    "currency",
    "item",
    "good",
    "product",
    "wildlife",
    "animal",
    "specimen",
    "vehicle",
    "document",
    "substance",
];

/// True when a rounded figure's `rounded` label can be a figure for `exact`'s: one inside
/// the other, the same last word ("illicit food", "dangerous food"), or a word that sums up
/// the category. "Approximately 900
/// kilograms of marijuana" is no rounding of "907 kilograms of cocaine".
fn same_thing(rounded: &str, exact: &str) -> bool {
    let (r, e) = (rounded.to_lowercase(), exact.to_lowercase());
    let head = |l: &str| l.rsplit(' ').next().unwrap_or("").trim_end_matches('s').to_string();
    r.contains(&e) || e.contains(&r) || head(&r) == head(&e) || SUM_WORDS.contains(&head(&r).as_str())
}

static BULLET: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:[-*\u{2022}\u{25aa}]|\d{1,2}[.)])\s").expect("bullet re"));
static SEIZURE_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(seiz\w*|confiscat\w*|recover\w*|intercept\w*|impound\w*|offloads?|found|discovered|uncovered|turned\s+up|concealed|haul|taken\s+(?:off|out\s+of|from|away)|off\s+the\s+(?:market|streets?)|inside|contain(?:ed|ing)|contents|results?|outcomes?|at\s+a\s+glance|in\s+numbers|key\s+figures)\b").expect("heading re")
});

/// A summary's heading ("Key facts", "Operation X in brief"): its entries are about
/// seizures only when their own labels say so.
static SUMMARY_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:key\s+facts|in\s+brief|fact\s*(?:box|file|sheet))\b").expect("summary re"));
/// The label of a summary's entry about what was seized: "- What: 1,032.5 kg of heroin",
/// "- Also seized: the dhow, ...".
static SEIZURE_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[-*\u{2022}]\s+)?(?:what|haul|drugs|seized|seizures?|also\s+seized|items\s+seized|what\s+was\s+seized|recovered|confiscated)\s*:").expect("seizure label re")
});

/// A table's first cell that names what was seized: "Cocaine seized", "Cash confiscated".
static SEIZED_CELL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:[-*\u{2022}]\s+)?[\p{L}\s\-]{2,40}\s(?:seized|confiscated|recovered|intercepted|impounded)$")
        .expect("seized cell re")
});

/// True when sentence `si` is a bullet (or a short verbless line) in a list introduced by
/// a line about seizures or results.
fn in_seizure_list(ctx: &Ctx<'_>, si: usize) -> bool {
    // A list item: a bullet, or a line ending in ";" (a list written without markers).
    let item = |k: usize| {
        let s = &ctx.sentences[k];
        let t = ctx.text[s.begin..s.end].trim_end();
        // (a numbered paragraph of several sentences, "4. On 13 October, officers ...", is
        // no entry of a list)
        let whole_line = ctx.sentences.get(k + 1).is_none_or(|n| n.paragraph != s.paragraph);
        (BULLET.is_match(t) && (whole_line || !t.starts_with(|c: char| c.is_ascii_digit())))
            || (t.ends_with(';') || t.ends_with("; and")) && t.len() < 250
    };
    let last_of_list = |k: usize| {
        k > 0 && item(k - 1) && {
            let s = &ctx.sentences[k];
            ctx.text[s.begin..s.end].len() < 250 && s.paragraph == ctx.sentences[k - 1].paragraph + 1
        }
    };
    if !(item(si) || last_of_list(si)) {
        return false;
    }
    // "- Cocaine seized ; more than 250 tonnes": a row that says itself what it counts.
    let s = &ctx.sentences[si];
    if let Some((cell, _)) = ctx.text[s.begin..s.end].split_once(" ; ") {
        if SEIZED_CELL.is_match(cell) {
            return true;
        }
    }
    // Walk back over the other items to the line that introduces the list.
    let mut k = si;
    while k > 0 {
        k -= 1;
        if item(k) {
            continue;
        }
        // a further sentence of an entry ("- 8.8 tonnes of ivory in 132 bags. NParks
        // estimates the tusks came from 300 elephants."): the walk goes on from its bullet
        let para = ctx.sentences[k].paragraph;
        let first = (0..k).rev().take_while(|&j| ctx.sentences[j].paragraph == para).last();
        if let Some(j) = first.filter(|&j| item(j)) {
            k = j;
            continue;
        }
        let prev = &ctx.sentences[k];
        let t = &ctx.text[prev.begin..prev.end];
        if SEIZURE_HEADING.is_match(t) && t.len() < 300 {
            return true;
        }
        if SUMMARY_HEADING.is_match(t) && t.len() < 300 {
            let s = &ctx.sentences[si];
            return SEIZURE_LABEL.is_match(&ctx.text[s.begin..s.end]);
        }
        // "## Where the big seizures happened" then "The statement singles out these
        // cases:": the section's heading says what the list its intro opens holds.
        let under_heading = |k: usize| {
            let intro = &ctx.sentences[k];
            k > 0 && ctx.text[intro.begin..intro.end].trim_end().ends_with(':') && {
                let h = &ctx.sentences[k - 1];
                let ht = ctx.text[h.begin..h.end].trim_end();
                ht.len() < 100
                    && !ht.ends_with(['.', '!', '?', ':', ';', ','])
                    && h.paragraph < intro.paragraph
                    && SEIZURE_HEADING.is_match(ht)
            }
        };
        if under_heading(k) {
            return true;
        }
        // a table's heading row ("Date ; Terminal ; Cocaine"): its caption or the line
        // before says what the rows are ("Cocaine found by the HARC team"), or the section's
        // heading above a caption that ends in a colon
        // (or the heading row itself: "Date ; Agency ; What was seized ; Arrests")
        if t.contains(" ; ") && k > 0 {
            let cap = &ctx.sentences[k - 1];
            let c = &ctx.text[cap.begin..cap.end];
            return SEIZURE_HEADING.is_match(c) && c.len() < 300
                || SEIZURE_HEADING.is_match(t) && t.len() < 300
                || under_heading(k - 1);
        }
        return false;
    }
    false
}

fn build_quotes(ctx: &Ctx<'_>, quotes: &[QuoteMention], persons: &[Person]) -> Vec<Quotation> {
    let mut out = Vec::new();
    for q in quotes {
        let speaker = q.speaker.and_then(|sp| {
            let s = &ctx.text[sp.begin..sp.end];
            let lower = s.to_lowercase();
            if matches!(lower.as_str(), "he" | "she" | "they") {
                // The most recent person mentioned before the quote.
                persons
                    .iter()
                    .filter_map(|p| {
                        p.mentions
                            .iter()
                            .filter(|m| m.end <= q.span.begin)
                            .map(|m| m.end)
                            .max()
                            .map(|e| (e, p))
                    })
                    .max_by_key(|(e, _)| *e)
                    .map(|(_, p)| p.key.clone())
            } else {
                persons
                    .iter()
                    .find(|p| p.mentions.iter().any(|m| m.begin >= sp.begin && m.end <= sp.end))
                    .map(|p| p.key.clone())
            }
        });
        out.push(Quotation {
            text: q.text.clone(),
            span: q.span,
            speaker,
        });
    }
    out
}

fn used_countries(
    ctx: &Ctx<'_>,
    persons: &[Person],
    orgs: &[Organization],
    confs: &[Conference],
    ops: &[Operation],
) -> Vec<Country> {
    let mut codes: Vec<String> = Vec::new();
    codes.extend(persons.iter().flat_map(|p| p.country.iter().map(|c| c.value.clone())));
    codes.extend(orgs.iter().filter_map(|o| o.country.clone()));
    for f in confs.iter().map(|c| &c.facts).chain(ops.iter().map(|o| &o.facts)) {
        codes.extend(f.participating.iter().map(|c| c.value.clone()));
        if let Some(Fact {
            value: PlaceRef::Country(c),
            ..
        }) = &f.location
        {
            codes.push(c.clone());
        }
        if let Some(Fact {
            value: PlaceRef::Place { country: Some(c), .. },
            ..
        }) = &f.location
        {
            codes.push(c.clone());
        }
    }
    for o in ops {
        for c in &o.coordinator {
            if let Agent::Country(a3) = &c.value {
                codes.push(a3.clone());
            }
        }
    }
    codes.sort();
    codes.dedup();
    codes
        .into_iter()
        .filter_map(|a3| ctx.gaz.country(&a3).map(|i| &ctx.gaz.countries[i]))
        .map(|c| Country {
            alpha3: c.alpha3.clone(),
            alpha2: c.alpha2.clone(),
            label: c.name.clone(),
            wikidata: c.wikidata.clone(),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{drop_summaries, SeizedItem};
    use crate::model::Span;
    use crate::text::numbers::Qualifier;

    fn item(category: &str, label: &str, q: Option<f64>, unit: Option<&str>, qual: Option<Qualifier>) -> SeizedItem {
        SeizedItem {
            category: category.into(),
            label: label.into(),
            quantity: q,
            unit: unit.map(Into::into),
            qualifier: qual,
            span: Span::new(0, 0),
            includes: vec![],
        }
    }

    #[test]
    fn a_table_captioned_as_a_find_lists_seizures() {
        let html = "<article><h1>Customs finds cocaine in fruit</h1><p>Officers in Rotterdam reported the results on 3 May 2024.</p>\
            <table><caption>Cocaine found by the team, October 2025</caption>\
            <tr><th>Date</th><th>Terminal</th><th>Cargo</th><th>Cocaine</th></tr>\
            <tr><td>3 October</td><td>ECT Delta</td><td>bananas</td><td>1,240 kg</td></tr>\
            <tr><td>9 October</td><td>Euromax</td><td>pineapples</td><td>610 kg</td></tr></table></article>";
        let doc = crate::document::from_bytes("t.html", html.as_bytes(), "html").expect("html");
        let got: Vec<(String, Option<f64>)> = crate::extract(&doc)
            .seizures
            .into_iter()
            .flat_map(|s| s.items)
            .map(|i| (i.label.to_lowercase(), i.quantity))
            .collect();
        for q in [1240.0, 610.0] {
            assert!(got.iter().any(|(l, x)| l == "cocaine" && *x == Some(q)), "{q}: {got:?}");
        }
    }

    /// The operation of an extraction with `label`.
    fn operation<'x>(x: &'x crate::model::Extraction, label: &str) -> &'x crate::model::Operation {
        x.operations
            .iter()
            .find(|o| o.label == label)
            .unwrap_or_else(|| panic!("{label} in {:?}", x.operations))
    }

    /// The extraction of a plain-text article.
    fn extract(t: &str) -> crate::model::Extraction {
        crate::extract(&crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("text"))
    }

    fn labels(list: &[SeizedItem]) -> Vec<String> {
        list.iter().map(|i| format!("{} {:?}", i.label, i.quantity)).collect()
    }

    #[test]
    fn a_date_without_a_year_is_in_the_year_that_ends_the_name() {
        let x = extract(
            "Warsaw, 2 March 2024 - Frontex will run Joint Operation Kestrel 2025. \
             From 15 June to 15 September, Joint Operation Kestrel 2025 will support Malta.\n",
        );
        let op = x
            .operations
            .iter()
            .find(|o| o.label.contains("Kestrel"))
            .expect("operation");
        let start = op.facts.start.as_ref().map(|d| d.value.to_string());
        assert_eq!(start.as_deref(), Some("2025-06-15"), "{:?}", op.facts);
    }

    #[test]
    fn a_word_of_an_operation_name_is_no_item() {
        let x = extract(
            "2 040 tonnes of illegal pesticides seized in Silver Harbour VIII\n\nThe Hague, 4 May 2024 - \
             Europol coordinated Operation Silver Harbour VIII against illegal pesticides.\n",
        );
        let got: Vec<String> = x.seizures.iter().flat_map(|s| labels(&s.items)).collect();
        assert!(got.iter().any(|l| l.starts_with("illegal pesticide")), "{got:?}");
        assert!(!got.iter().any(|l| l.starts_with("Silver")), "{got:?}");
    }

    #[test]
    fn a_few_things_each_of_two_kinds_are_two_items() {
        let x = extract(
            "Boat stopped\n\nLima, 4 May 2024 - The navy seized a boat with two outboard engines. \
             It also seized two radios and two handheld radios.\n",
        );
        let got: Vec<String> = x.seizures.iter().flat_map(|s| labels(&s.items)).collect();
        assert!(got.iter().any(|l| l.starts_with("outboard engine")), "{got:?}");
        assert!(got.iter().any(|l| l == "radio Some(2.0)"), "{got:?}");
        // the same count of things that share a word is one re-mention
        assert!(!got.iter().any(|l| l.starts_with("handheld")), "{got:?}");
    }

    #[test]
    fn the_days_in_an_operation_name_are_no_duration() {
        let x = extract(
            "Lyon, 4 May 2024 - INTERPOL ran Operation 40 Days on the Reef 2.0 with 50 countries. \
             Operation 40 Days on the Reef 2.0 found 300 offences.\n",
        );
        let op = x
            .operations
            .iter()
            .find(|o| o.label.contains("Reef"))
            .expect("operation");
        assert!(op.facts.duration.is_none(), "{:?}", op.facts.duration);
        // a duration written out still counts
        let x = extract("Lyon, 4 May 2024 - Operation Tidewater ran for 40 days with 50 countries.\n");
        let op = x
            .operations
            .iter()
            .find(|o| o.label.contains("Tidewater"))
            .expect("operation");
        assert_eq!(op.facts.duration.as_ref().map(|d| d.value.as_str()), Some("P40D"));
    }

    #[test]
    fn a_list_of_what_a_load_concealed() {
        let t = "Counterfeits seized\n\nCustoms officers in Vela inspected seven containers.\n\n\
                 The rest of the load concealed:\n\n- 96,500 counterfeit toys;\n- 1,350 fake luxury handbags.\n";
        let x = extract(t);
        let got: Vec<(String, Option<f64>)> = x
            .seizures
            .iter()
            .flat_map(|s| &s.items)
            .map(|i| (i.label.clone(), i.quantity))
            .collect();
        assert!(
            got.iter().any(|(l, q)| l == "counterfeit toy" && *q == Some(96500.0)),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(l, q)| l == "fake luxury handbag" && *q == Some(1350.0)),
            "{got:?}"
        );
    }

    #[test]
    fn a_list_of_what_was_taken_off_traffickers() {
        let t = "Police in Tallinn reported the results of the week on 3 May 2024.\n\n\
                 This is what was taken off the smugglers:\n\n- 14 live parrots and 2 leopards\n- 310 kg of ivory\n";
        let x = extract(t);
        let got: Vec<String> = x.seizures.iter().flat_map(|s| labels(&s.items)).collect();
        assert!(got.iter().any(|l| l == "live parrot Some(14.0)"), "{got:?}");
        assert!(got.iter().any(|l| l == "leopard Some(2.0)"), "{got:?}");
        assert!(got.iter().any(|l| l == "ivory Some(310.0)"), "{got:?}");
        // what was taken part in is no seizure
        let t =
            "Police in Tallinn reported on 3 May 2024.\n\nThe week was taken up by training:\n\n- 14 live parrots\n";
        assert!(extract(t).seizures.iter().all(|s| s.items.is_empty()), "{t}");
    }

    #[test]
    fn an_entry_of_two_sentences_keeps_the_next_one_in_the_list() {
        let t = "Police in Tallinn reported the results on 3 May 2024.\n\n\
                 Inside the container officers found:\n\n\
                 - 2.1 tonnes of ivory, in 40 bags. Experts say it came from 90 elephants.\n\
                 - 3.4 tonnes of pangolin scales, in 70 bags.\n";
        let got: Vec<String> = extract(t).seizures.iter().flat_map(|s| labels(&s.items)).collect();
        assert!(got.iter().any(|l| l == "ivory Some(2100.0)"), "{got:?}");
        assert!(got.iter().any(|l| l == "pangolin scale Some(3400.0)"), "{got:?}");
        // the ship that offloaded a load in an entry of two sentences is no item
        let t = "Coast guard results\n\nThe coast guard reported on 3 May 2024.\n\nThe offloads:\n\n\
                 - The cutter Vela offloaded 2,000 pounds of cocaine in Miami. It had seized it in May.\n\
                 - The navy ship Orun, with a boarding team, offloaded approximately 900 kilograms of marijuana in Key West.\n";
        let got: Vec<String> = extract(t).seizures.iter().flat_map(|s| labels(&s.items)).collect();
        assert!(got.iter().any(|l| l == "marijuana Some(900.0)"), "{got:?}");
        assert!(!got.iter().any(|l| l.starts_with("ship")), "{got:?}");
    }

    #[test]
    fn a_section_heading_about_seizures_governs_the_list_under_its_intro() {
        let t = "Customs in Vela reported the results on 3 May 2024.\n\nThe biggest seizures\n\n\
                 The report picks out three cases:\n\n1. Vela - 12 tonnes of timber bound for Asia.\n\
                 2. Orun - 410 kg of ivory.\n";
        let got: Vec<String> = extract(t).seizures.iter().flat_map(|s| labels(&s.items)).collect();
        assert!(got.iter().any(|l| l == "timber Some(12000.0)"), "{got:?}");
        assert!(got.iter().any(|l| l == "ivory Some(410.0)"), "{got:?}");
        // nor a numbered paragraph of several sentences
        let t = "Customs in Vela reported the results on 3 May 2024.\n\nThe biggest seizures\n\n\
                 The report picks out three cases:\n\n1. Officers stopped a car at the border. It was searched.\n";
        assert!(extract(t).seizures.iter().all(|s| s.items.is_empty()), "{t}");
        // a heading about something else governs nothing
        let t = "Customs in Vela reported on 3 May 2024.\n\nThe biggest ports\n\n\
                 The report picks out three cases:\n\n1. Vela - 12 tonnes of timber bound for Asia.\n";
        assert!(extract(t).seizures.iter().all(|s| s.items.is_empty()), "{t}");
    }

    #[test]
    fn a_qualified_figure_with_more_digits_refines_a_rounder_one() {
        let t = "Frigate seizes nearly 3 tonnes of hashish from dhow\n\nManama, 11 May 2023 - A frigate seized \
                 more than 2.9 tonnes of hashish in the Arabian Sea. In May, another ship seized more than 3.5 \
                 tonnes of hashish.\n";
        let got: Vec<String> = extract(t).seizures.iter().flat_map(|s| labels(&s.items)).collect();
        assert!(!got.iter().any(|l| l == "hashish Some(3000.0)"), "{got:?}");
        assert!(got.iter().any(|l| l == "hashish Some(2900.0)"), "{got:?}");
        assert!(got.iter().any(|l| l == "hashish Some(3500.0)"), "{got:?}");
    }

    #[test]
    fn a_lead_that_sums_up_the_list_is_dropped() {
        // "more than 1,100 firearms, together with ammunition", then the list
        let mut list = vec![
            item(
                "Firearm",
                "firearm",
                Some(1100.0),
                Some("item"),
                Some(Qualifier::MoreThan),
            ),
            item("Ammunition", "ammunition", None, None, None),
            item("Firearm", "firearm", Some(1137.0), Some("item"), None),
            item("Ammunition", "round of ammunition", Some(9870.0), Some("item"), None),
            item("Drug", "heroin", None, None, None),
        ];
        drop_summaries(&mut list);
        assert_eq!(
            labels(&list),
            vec![
                "firearm Some(1137.0)",
                "round of ammunition Some(9870.0)",
                "heroin None"
            ]
        );
    }

    #[test]
    fn the_surge_refers_back_to_the_operation() {
        let t =
            "Border arrests\n\nThe arrests are the largest in Operation Kestrel, an enforcement surge at the border. \
                 The surge began on 20 October 2025.\n";
        let x = extract(t);
        let f = &x.operations[0].facts;
        assert_eq!(
            f.start.as_ref().map(|d| (d.value.year, d.value.month, d.value.day)),
            Some((2025, 10, 20))
        );
        assert!(f.end.is_none(), "{:?}", f.end);
    }

    #[test]
    fn figures_that_disagree_are_both_kept() {
        let mut list = vec![
            // "more than 1,100" cannot be 900, and 2,000 is too far from it
            item(
                "Firearm",
                "pistol",
                Some(1100.0),
                Some("item"),
                Some(Qualifier::MoreThan),
            ),
            item("Firearm", "rifle", Some(900.0), Some("item"), None),
            item("Drug", "cocaine", Some(2.0), Some("kg"), Some(Qualifier::Almost)),
            item("Drug", "cannabis", Some(2.0), Some("item"), None),
            item(
                "Drug",
                "heroin",
                Some(1000.0),
                Some("kg"),
                Some(Qualifier::Approximately),
            ),
            item("Drug", "heroin", Some(2000.0), Some("kg"), None),
        ];
        drop_summaries(&mut list);
        assert_eq!(list.len(), 6, "{:?}", labels(&list));
    }

    #[test]
    fn a_bare_amount_that_is_the_assets_value_is_no_cash() {
        let t = "Operation Lantern: USD 57 million seized\n\nPolice in 20 countries seized assets worth USD 57 million in Operation Lantern.\n";
        let x = extract(t);
        let got: Vec<String> = x.seizures.iter().flat_map(|s| labels(&s.items)).collect();
        assert!(!got.iter().any(|l| l.starts_with("cash")), "{got:?}");
        assert!(got.iter().any(|l| l.starts_with("asset")), "{got:?}");
    }

    #[test]
    fn seizures_in_a_clause_about_an_earlier_operation_are_its() {
        let t = "Operation Kite ran from 3 to 9 June 2024 and seized 40 kg of cocaine.\n\n\
                 Kite follows Operation Hawk, which ended in 2022 with the seizure of 500 kg of heroin.\n";
        let x = extract(t);
        let by_op: Vec<(Option<String>, Vec<String>)> = x
            .seizures
            .iter()
            .map(|s| (s.operation.clone(), labels(&s.items)))
            .collect();
        assert!(
            by_op
                .iter()
                .any(|(o, l)| o.as_deref() == Some("operation-hawk") && l.iter().any(|x| x.starts_with("heroin"))),
            "{by_op:?}"
        );
        assert!(
            by_op
                .iter()
                .any(|(o, l)| o.as_deref() == Some("operation-kite") && l.iter().any(|x| x.starts_with("cocaine"))),
            "{by_op:?}"
        );
    }

    #[test]
    fn seizures_after_a_framing_operation_stay_with_the_operation_reported() {
        let t = "Operation Kite ran from 3 to 9 June 2024 across the province.\n\nThe operation forms part of Operation Umbrella, the national crime-combating operation.\n\nDuring the raids, police seized 40 kg of cocaine and 12 firearms.\n";
        let x = extract(t);
        let ops: Vec<Option<String>> = x.seizures.iter().map(|s| s.operation.clone()).collect();
        assert_eq!(ops, vec![Some("operation-kite".to_string())], "{:?}", x.seizures);
    }

    #[test]
    fn a_place_far_from_any_venue_verb_is_no_venue() {
        let t = "The 12th Zembla Police Chiefs Conference took place from 3 to 5 May 2024.\n\nA speaker told the meeting that most of the cars had been stolen in South Africa.\n";
        let x = extract(t);
        assert_eq!(x.conferences.len(), 1, "{:?}", x.conferences);
        assert!(
            x.conferences[0].facts.location.is_none(),
            "{:?}",
            x.conferences[0].facts.location
        );
        let t = "The 12th Zembla Police Chiefs Conference was hosted by the Economic Community of West African States (ECOWAS) in Abuja.\n";
        let x = extract(t);
        assert!(x.conferences[0].facts.location.is_some(), "{:?}", x.conferences);
    }

    #[test]
    fn attending_a_conference_named_in_the_sentence_before() {
        let t = "The 12th Zembla Police Chiefs Conference took place from 3 to 5 May 2024 in Vienna.\n\nMore than 180 delegates from the 16 member states attended, together with observers.\n";
        let x = extract(t);
        assert_eq!(x.conferences.len(), 1, "{:?}", x.conferences);
        let c = &x.conferences[0];
        assert_eq!(c.attendee_count.as_ref().map(|n| n.value), Some(180), "{c:?}");
        assert_eq!(c.facts.country_count.as_ref().map(|n| n.value), Some(16), "{c:?}");
    }

    #[test]
    fn the_named_partners_of_a_joint_operation_coordinate_it() {
        let coordinators = |t: &str| -> Vec<String> {
            let x = extract(t);
            x.operations[0]
                .coordinator
                .iter()
                .map(|c| format!("{:?}", c.value))
                .collect()
        };
        let got = coordinators("Police seized 40 kg of cocaine.\n\nThe drugs were found under Operation Kite, a joint Europol and Frontex operation set up in 2024.\n");
        assert_eq!(got.len(), 2, "{got:?}");
        let got = coordinators("The Zembla Coast Guard found the drugs.\n\nIt was not linked to Operation Kite, a joint customs and coast guard effort.\n");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn officers_in_a_list_of_countries_and_the_other_countries() {
        let t = "Operation Kestrel ran in March. Police in six countries arrested 40 people.\n\n\
                 It mobilised 900 officers in Spain, France, Italy, Portugal, Greece and Malta.\n\n\
                 The Spanish police shared data with the other five countries, a spokesman said.";
        let ex = extract(t);
        let op = &ex.operations[0];
        assert_eq!(op.facts.country_count.as_ref().map(|c| c.value), Some(6));
        let mut got: Vec<&str> = op.facts.participating.iter().map(|f| f.value.as_str()).collect();
        got.sort();
        assert_eq!(got, vec!["ESP", "FRA", "GRC", "ITA", "MLT", "PRT"]);
    }

    #[test]
    fn the_leads_bare_words_are_the_operations_counts() {
        let t = "Troops seized cocaine along with rifles and explosives, the army said.\n\n\
                 The raid closed Operation Kestrel. Under it, troops recovered 14 rifles and 62 kg of explosives.";
        let ex = extract(t);
        let bare: Vec<&str> = ex
            .seizures
            .iter()
            .flat_map(|s| &s.items)
            .filter(|i| i.quantity.is_none())
            .map(|i| i.label.as_str())
            .collect();
        assert_eq!(bare, vec!["cocaine"], "{:?}", ex.seizures);
    }

    #[test]
    fn a_year_before_a_forces_name_is_no_count_of_officers() {
        let t = "Operation Kestrel ran in March. It follows Operation Hawkmoth, a 2022 Zembla Police operation \
                 that led to 37 arrests.";
        let ex = extract(t);
        assert!(
            ex.operations.iter().all(|o| o.officer_count.is_none()),
            "{:?}",
            ex.operations
        );
        // a count of officers still is
        let ex = extract("Operation Kestrel ran in March and mobilised 2022 officers.");
        assert_eq!(ex.operations[0].officer_count.as_ref().map(|c| c.value), Some(2022));
    }

    #[test]
    fn an_operation_named_only_to_disclaim_it_takes_no_facts() {
        let arrests = |t: &str| {
            extract(t)
                .operations
                .iter()
                .map(|o| (o.label.clone(), o.arrest_count.as_ref().map(|c| c.value)))
                .collect::<Vec<_>>()
        };
        let t = "Customs officers seized 40 kg of cocaine in the port. Two men were arrested.\n\n\
                 A spokesman said the find was not linked to Operation Kestrel, an earlier effort.";
        assert_eq!(arrests(t), vec![("Operation Kestrel".to_string(), None)]);
        // named as the frame of the news, it takes them
        let t = "Customs officers seized 40 kg of cocaine in the port. Two men were arrested.\n\n\
                 A spokesman said the find was part of Operation Kestrel, an earlier effort.";
        assert_eq!(arrests(t), vec![("Operation Kestrel".to_string(), Some(2))]);
    }

    #[test]
    fn an_office_named_after_the_title_is_where_its_holder_serves() {
        let t = "\"We will follow the case,\" said District Attorney Mara Quill of Vela County. \
                 The Vela County District Attorney's Office is prosecuting the case; Assistant District Attorney Tom Reyes is handling it.\n";
        let x = extract(t);
        for name in ["Mara Quill", "Tom Reyes"] {
            let p = x.persons.iter().find(|p| p.label == name).expect(name);
            let orgs: Vec<&str> = p.member_of.iter().map(|f| f.value.as_str()).collect();
            assert_eq!(orgs, vec!["Vela County District Attorney's Office"], "{name}");
        }
        // two offices of that kind: no guess
        let t = "Sheriff Ann Cole said the Vela County Sheriff's Office and the Nord County Sheriff's Office worked together.\n";
        let x = extract(t);
        let p = x.persons.iter().find(|p| p.label == "Ann Cole").expect("Ann Cole");
        assert!(p.member_of.is_empty(), "{:?}", p.member_of);
    }

    #[test]
    fn a_sentence_after_one_about_a_conference_is_not_about_the_operation() {
        let t = "Operation Kestrel ran from 16 to 25 February 2026. Some 80 officers took part.\n\n\
                 The 9th Zembla Wildlife Meeting will take place in Arusha in April. \
                 Organisers expect around 120 customs officers from 14 countries.\n";
        let x = extract(t);
        let op = &x.operations[0];
        assert_eq!(
            op.officer_count.as_ref().map(|c| c.value),
            Some(80),
            "{:?}",
            op.officer_count
        );
        assert!(op.facts.country_count.is_none(), "{:?}", op.facts.country_count);
    }

    #[test]
    fn the_session_named_by_its_ordinal_refers_back() {
        let t = "The 12th session of the Zembla Harbour Commission closed in Vienna on Friday. \
                 The 12th session ran from 9 to 13 March 2026 and drew more than 2,100 participants.\n";
        let x = extract(t);
        let c = &x.conferences[0];
        assert_eq!(
            c.attendee_count.as_ref().map(|n| n.value),
            Some(2100),
            "{:?}",
            c.attendee_count
        );
        assert!(c.facts.start.is_some(), "{:?}", c.facts.start);
    }

    #[test]
    fn countries_that_came_out_of_the_membership() {
        let t = "The 40th Zembla Police Chiefs Conference was held in Vienna from 3 to 5 May 2026. \
                 Some 1,240 delegates from 181 of INTERPOL's 196 member countries attended the meeting.\n";
        let x = extract(t);
        let c = &x.conferences[0];
        assert_eq!(
            c.facts.country_count.as_ref().map(|n| n.value),
            Some(181),
            "{:?}",
            c.facts.country_count
        );
    }

    #[test]
    fn a_first_surname_of_two_refers_to_the_full_name() {
        let t = "Delegates elected Tomás Velik Lagos, Director General of the Zembla Police, as President. \
                 \"We will be faster,\" said Mr Velik.\n";
        let x = extract(t);
        assert_eq!(
            x.persons.len(),
            1,
            "{:?}",
            x.persons.iter().map(|p| &p.label).collect::<Vec<_>>()
        );
        assert!(
            x.persons[0].alt_labels.iter().any(|a| a == "Mr Velik"),
            "{:?}",
            x.persons[0].alt_labels
        );
    }

    #[test]
    fn a_venue_after_at_the() {
        let t = "The 12th Zembla Harbour Conference closed at the Vienna International Centre on Friday.\n";
        let x = extract(t);
        assert!(
            format!("{:?}", x.conferences[0].facts.location).contains("Vienna"),
            "{:?}",
            x.conferences[0].facts.location
        );
    }

    #[test]
    fn this_years_edition_refers_back() {
        let t = "Border results\n\nThe results will be presented at the 6th Zembla Conference on Border Management, \
                 the annual gathering organised by the agency. This year's edition takes place in Ljubljana, \
                 Slovenia, on 2-3 December 2025.\n";
        let x = extract(t);
        let c = &x.conferences[0];
        assert!(
            format!("{:?}", c.facts.location).contains("Ljubljana"),
            "{:?}",
            c.facts.location
        );
    }

    #[test]
    fn the_counts_of_an_at_a_glance_box_are_its_conferences() {
        let t = "The 7th Zembla Police Chiefs Conference ended in Budva on 10 October 2024.\n\n\
                 - Event ; 7th Zembla Police Chiefs Conference\n- When ; 9-10 October 2024\n\
                 - Participants ; some 140 delegates, 17 countries, 9 international organisations\n\nMore text.\n";
        let ex = extract(t);
        let c = &ex.conferences[0];
        assert_eq!(c.attendee_count.as_ref().map(|c| c.value), Some(140));
        assert_eq!(c.facts.country_count.as_ref().map(|c| c.value), Some(17));
        // a box naming two events gives its counts to neither
        let t = "- Event ; 7th Zembla Police Chiefs Conference and 3rd Zembla Customs Forum\n\
                 - Participants ; some 140 delegates\n";
        let ex = extract(t);
        assert!(
            ex.conferences.iter().all(|c| c.attendee_count.is_none()),
            "{:?}",
            ex.conferences
        );
    }

    #[test]
    fn the_country_that_will_host_a_conference_is_its_place() {
        let t = "The 40th Zembla Police Chiefs Conference closed on Friday.\n\nIndonesia will host the 41st Zembla Police Chiefs Conference next year.\n";
        let at = location_of_41st(t);
        assert!(at.contains("IDN"), "{at}");
        // a city and its country chosen to host it
        let t = "The 40th Zembla Police Chiefs Conference closed on Friday.\n\nDelegates chose Marrakech, \
                 Morocco, to host the 41st Zembla Police Chiefs Conference in 2025.\n";
        let at = location_of_41st(t);
        assert!(at.contains("Marrakech") || at.contains("MAR"), "{at}");
    }

    /// The location facts of the 41st edition the text names, for reading.
    fn location_of_41st(t: &str) -> String {
        let x = extract(t);
        let next = x
            .conferences
            .iter()
            .find(|c| c.label.starts_with("41st"))
            .expect("41st");
        format!("{:?}", next.facts.location)
    }

    /// The arrest and country counts of each operation in an extraction, by label.
    fn op_counts(x: &crate::model::Extraction) -> Vec<(String, Option<u64>, Option<u64>)> {
        x.operations
            .iter()
            .map(|o| {
                (
                    o.label.clone(),
                    o.arrest_count.as_ref().map(|c| c.value),
                    o.facts.country_count.as_ref().map(|c| c.value),
                )
            })
            .collect()
    }

    #[test]
    fn that_operation_is_the_one_named_last_and_a_membership_counts_no_one() {
        let t = "Police in 31 countries arrested 402 people, Europol said on 4 May 2024.\n\n\
                 The operation, codenamed Gannet II, ran in April.\n\n\
                 Gannet II follows the first Operation Gannet, which ran in March 2022. That operation led \
                 to 95 arrests in 12 countries.\n\n\
                 Europol, which has 27 member states, said the work would go on.\n";
        let got = op_counts(&extract(t));
        assert!(
            got.contains(&("Operation Gannet II".into(), Some(402), Some(31))),
            "{got:?}"
        );
        assert!(
            got.contains(&("Operation Gannet".into(), Some(95), Some(12))),
            "{got:?}"
        );
    }

    fn coordinators(x: &crate::model::Extraction) -> Vec<(String, Vec<String>)> {
        x.operations
            .iter()
            .map(|o| {
                let names = o
                    .coordinator
                    .iter()
                    .map(|c| match &c.value {
                        crate::model::Agent::Org(k) => k.clone(),
                        crate::model::Agent::Country(c) => c.clone(),
                    })
                    .collect();
                (o.label.clone(), names)
            })
            .collect()
    }

    #[test]
    fn an_agency_named_once_coordinates_only_its_own_operation() {
        // the coordinators of operation `label` in article `t`
        let of = |t: &str, label: &str| -> Vec<String> {
            coordinators(&extract(t))
                .into_iter()
                .find(|(x, _)| x == label)
                .map(|(_, c)| c)
                .unwrap_or_default()
        };
        let t = "Police act\n\nThe French inquiry, code-named Vireo, ran for a year. In Spain, the Guardia Civil \
                 said Operation Kite had led to 40 arrests.\n";
        assert!(of(t, "Operation Vireo").is_empty());
        assert_eq!(of(t, "Operation Kite"), ["Guardia Civil"]);
        // an agency named in two sentences is the release's
        let t = "Police act\n\nThe French inquiry, code-named Vireo, ran for a year. In Spain, the Guardia Civil \
                 said Operation Kite had led to 40 arrests. The Guardia Civil thanked its partners.\n";
        assert_eq!(of(t, "Operation Vireo"), ["Guardia Civil"]);
    }

    #[test]
    fn a_name_and_its_acronym_are_one_mention_of_a_place_of_work() {
        let t = "Police launched an operation, codenamed Harrier, once the ship docked at Varna Container \
                 Terminal (VCT) on 4 May 2024.\n";
        let got = coordinators(&extract(t));
        assert!(got[0].1.is_empty(), "{got:?}");
    }

    #[test]
    fn an_operation_led_by_an_adjective_or_run_by_whoever_reports_it() {
        let t = "Customs seize drugs in Frontex-coordinated crackdown\n\n\
                 Officers in nine countries seized 2 tonnes of cocaine, it was announced on 4 May 2024.\n\n\
                 The operation, codenamed Harrier, ran in April.\n";
        let got = coordinators(&extract(t));
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].1.iter().any(|c| c == "Frontex"), "{got:?}");
        let t = "Officers in nine countries seized 2 tonnes of cocaine in Operation Harrier on 4 May 2024.\n\n\
                 The operation ran in April and ended with 40 arrests, INTERPOL said.\n";
        let got = coordinators(&extract(t));
        assert_eq!(got[0].1, vec!["INTERPOL".to_string()], "{got:?}");
        // two that publish its results
        let t = "On 4 May 2024 Europol and the World Customs Organization published the results of Operation \
                 Harrier, which ran in April.\n";
        let got = coordinators(&extract(t));
        assert_eq!(got[0].1, vec!["Europol".to_string()], "{got:?}");
        // one that says who ran it keeps that
        let t = "Officers in nine countries seized 2 tonnes of cocaine in Operation Harrier, coordinated \
                 by Europol, the World Customs Organization said on 4 May 2024.\n";
        let got = coordinators(&extract(t));
        assert_eq!(got[0].1, vec!["Europol".to_string()], "{got:?}");
    }

    #[test]
    fn a_list_of_countries_far_from_any_name_is_the_main_operations() {
        let mut t = String::from(
            "Police arrested 40 people in Operation Osprey, Europol said on 4 May 2024.\n\n\
             It followed Operation Heron, which ran in 2022.\n\n",
        );
        for i in 0..8 {
            t.push_str(&format!(
                "Officers in the town of Vela visited house number {i} on the coast road.\n\n"
            ));
        }
        t.push_str("The participating countries were Austria, Belgium, Croatia and Denmark.\n");
        let x = extract(&t);
        let osprey = operation(&x, "Operation Osprey");
        let got: Vec<&str> = osprey.facts.participating.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(got, ["AUT", "BEL", "HRV", "DNK"], "{:?}", x.operations);
    }

    #[test]
    fn the_leads_arrests_before_the_operation_is_named() {
        let t = "Police smash network\n\nVELA, 21 February 2024 - Police have dismantled a network, arresting 48 \
                 people, the force said on Wednesday.\n\nThe investigation, code-named Operation Osprey, ended in raids.\n";
        let x = extract(t);
        let osprey = operation(&x, "Operation Osprey");
        assert_eq!(
            osprey.arrest_count.as_ref().map(|c| c.value),
            Some(48),
            "{:?}",
            osprey.arrest_count
        );
    }

    #[test]
    fn the_members_a_body_brings_together_take_no_part_in_an_operation() {
        let t = "Frontex deploys 500 officers under Operation Osprey, it said on 4 May 2024.\n\n\
                 The Pompidou Group brings together Austria, Belgium, Croatia and Denmark.\n";
        let x = extract(t);
        let osprey = operation(&x, "Operation Osprey");
        assert!(
            osprey.facts.participating.is_empty(),
            "{:?}",
            osprey.facts.participating
        );
        // an operation that brings countries together still has them
        let t = "Frontex deploys 500 officers under Operation Osprey, it said on 4 May 2024.\n\n\
                 The operation brings together Austria, Belgium, Croatia and Denmark.\n";
        let x = extract(t);
        let osprey = operation(&x, "Operation Osprey");
        assert_eq!(osprey.facts.participating.len(), 4, "{:?}", osprey.facts.participating);
    }

    #[test]
    fn countries_where_searches_took_place_and_the_agency_behind_the_investigation() {
        let t = "Investigation 'Falcon': EPPO exposes fraud ring\n\n\
                 Luxembourg, 3 May 2024 - Authorities in 4 EU Member States carried out 90 searches under \
                 investigation 'Falcon'. Searches took place in Belgium, Cyprus, France and Spain.\n";
        let x = extract(t);
        let op = operation(&x, "Operation Falcon");
        let got: Vec<&str> = op.facts.participating.iter().map(|f| f.value.as_str()).collect();
        assert_eq!(got, ["BEL", "CYP", "FRA", "ESP"], "{:?}", op.facts);
        let by: Vec<String> = op.coordinator.iter().map(|c| format!("{:?}", c.value)).collect();
        assert_eq!(by.len(), 1, "{by:?}");
        assert!(by[0].contains("European Public Prosecutor"), "{by:?}");
    }

    #[test]
    fn two_leaders_after_a_country_and_one_countrys_share_of_the_arrests() {
        let t = "Market for stolen logins taken down\n\n\
                 The Hague, 5 April 2023 - Police in 17 countries have arrested 119 people in a strike \
                 against an online market, authorities said.\n\n\
                 The takedown, codenamed Operation Marten, was led by the U.S. Federal Bureau of Investigation \
                 (FBI) and the Dutch National Police, with support from Europol.\n\n\
                 \"Operation Marten shows what partners can do,\" the FBI said.\n\n\
                 In Britain, the National Crime Agency said 24 people had been arrested.\n";
        let x = extract(t);
        let op = operation(&x, "Operation Marten");
        let by: Vec<String> = op.coordinator.iter().map(|c| format!("{:?}", c.value)).collect();
        assert_eq!(by.len(), 2, "{by:?}");
        assert!(by[0].contains("Federal Bureau of Investigation"), "{by:?}");
        assert!(by[1].contains("Netherlands") || by[1].contains("Dutch"), "{by:?}");
        assert_eq!(
            op.arrest_count.as_ref().map(|c| c.value),
            Some(119),
            "{:?}",
            op.arrest_count
        );
        // a country's share is the count when it is the only one
        let t = t.replace("have arrested 119 people in a strike", "struck");
        let x = extract(&t);
        let op = operation(&x, "Operation Marten");
        assert_eq!(
            op.arrest_count.as_ref().map(|c| c.value),
            Some(24),
            "{:?}",
            op.arrest_count
        );
    }

    #[test]
    fn a_table_row_gives_a_past_edition_its_place_and_counts() {
        let t = "# Orun hosts the 31st Harbour Chiefs Conference\n\n\
                 *Posted 27 September 2024*\n\n\
                 The 31st Harbour Chiefs Conference (HCC) opened in Orun on Tuesday. \
                 Some 400 delegates from 60 countries met on the coast.\n\n\
                 | Edition | Dates | Host city | Countries |\n|---|---|---|---|\n\
                 | HCC XX | 5-7 March 2002 | Madrid, Spain | 58 |\n\
                 | HCC XXXI | 24-26 September 2024 | Orun | 60 |\n";
        let doc = crate::document::from_bytes("t.md", t.as_bytes(), "md").expect("md");
        let x = crate::extract(&doc);
        let main = x
            .conferences
            .iter()
            .find(|c| c.label.starts_with("31st"))
            .expect("31st");
        assert_eq!(main.attendee_count.as_ref().map(|c| c.value), Some(400), "{main:?}");
        assert_eq!(main.facts.country_count.as_ref().map(|c| c.value), Some(60), "{main:?}");
        let xx = x.conferences.iter().find(|c| c.label == "HCC XX").expect("HCC XX");
        assert_eq!(xx.facts.country_count.as_ref().map(|c| c.value), Some(58), "{xx:?}");
        let place = format!("{:?}", xx.facts.location);
        assert!(place.contains("Madrid"), "{place}");
    }

    fn participating(x: &crate::model::Extraction, label: &str) -> Vec<String> {
        let op = x.operations.iter().find(|o| o.label == label).expect("operation");
        op.facts.participating.iter().map(|f| f.value.clone()).collect()
    }

    #[test]
    fn countries_under_a_participating_heading_or_a_line_each() {
        let t = "Police arrested 40 people in Operation Osprey IV, Europol said on 4 May 2024.\n\n\
                 Earlier editions\n\n\
                 Operation Osprey III ran in 2022 in 12 countries.\n\n\
                 Participating countries\n\n\
                 EU Member States (3): Austria, Belgium, Croatia.\n\n\
                 Non-EU countries (2): Norway, Iceland.\n";
        assert_eq!(participating(&extract(t), "Operation Osprey IV"), ["AUT", "BEL", "HRV"]);
        let t = "Police arrested 40 people in Operation Osprey, Europol said on 4 May 2024.\n\n\
                 The Osprey taskforce is made up of agencies from four countries:\n\n\
                 - Austria: Federal Criminal Police Office\n- Belgium: Federal Police\n\
                 - Croatia: Police Directorate\n- Denmark: National Police\n";
        assert_eq!(
            participating(&extract(t), "Operation Osprey"),
            ["AUT", "BEL", "HRV", "DNK"]
        );
    }

    #[test]
    fn a_meeting_that_concluded_today_and_lasted_two_days() {
        let x = extract(
            "Experts meet in Riga\n\nRIGA, 12 March 2025 - Customs was the focus of the Baltic Customs \
             Experts Meeting, which concluded today in Riga. The two-day meeting was organized by the \
             Latvian State Revenue Service.\n",
        );
        let c = x.conferences.first().expect("conference");
        let start = c.facts.start.as_ref().map(|d| d.value.to_string());
        let end = c.facts.end.as_ref().map(|d| d.value.to_string());
        assert_eq!(
            (start.as_deref(), end.as_deref()),
            (Some("2025-03-11"), Some("2025-03-12"))
        );
    }

    #[test]
    fn a_body_named_only_as_one_of_its_meetings_is_that_meeting() {
        let x = extract(
            "Vienna, 3 May 2024 - The findings go to the 29th Alpine Ministerial Council, to be held in Graz \
             on 5 and 6 December 2024.\n",
        );
        assert!(
            x.conferences
                .iter()
                .any(|c| c.label == "29th Alpine Ministerial Council"),
            "{:?}",
            x.conferences
        );
        assert!(
            !x.organizations.iter().any(|o| o.label.contains("Ministerial")),
            "{:?}",
            x.organizations
        );
    }

    #[test]
    fn one_countrys_share_of_the_arrests_is_no_total() {
        let x = extract(
            "THE HAGUE, 3 May 2024 - Police in four countries have arrested 31 people. The arrests were made \
             during Operation Marble Gate, which ran in April. Nine suspects were detained in Italy, eight in \
             Greece, seven in Malta and seven in Cyprus.\n",
        );
        let op = x
            .operations
            .iter()
            .find(|o| o.label.contains("Marble"))
            .expect("operation");
        assert_eq!(
            op.arrest_count.as_ref().map(|c| c.value),
            Some(31),
            "{:?}",
            op.arrest_count
        );
    }

    #[test]
    fn an_operation_s_name_alone_is_no_person() {
        let x = extract(
            "Zembla takes the chair, Kestrel results on the table\n\nDelegates heard the results of Operation \
             Kestrel, which seized 40 kg of cocaine.\n",
        );
        let people: Vec<&str> = x.persons.iter().map(|p| p.label.as_str()).collect();
        assert!(!people.contains(&"Kestrel"), "{people:?}");
    }
}
