//! Organization detector.
//!
//! Three sources, in order of trust:
//! 1. the gazetteer (`data/organizations.tsv`): INTERPOL, Europol, national forces...;
//! 2. acronym definitions: "the National Crime Agency (NCA)", "the European Union Agency
//!    for Law Enforcement Cooperation (Europol)" (the expansion becomes an alias);
//! 3. capitalized phrases ending in an organization noun with at least one distinctive
//!    word: "Korean National Police Agency", "Belgian Federal Police". A phrase of generic
//!    words only ("Police Services", "the Federal Police") is not a name, and lower-case
//!    references ("Austrian police", "law enforcement agencies") never are.
//!
//! Once the names are known, a lower-case description that fits exactly one of them word
//! for word ("the customs service" after "Nigeria Customs Service", "coast guard
//! spokesman") is a mention of that organization: it can own an office or coordinate an
//! operation, but it is never a label or an alias.
//!
//! A phrase that starts with a known organization and ends in an organization noun is a
//! unit of it ("INTERPOL Global Complex for Innovation" is part of INTERPOL).
//!
//! Example: in "the National Crime Agency (NCA) said" the detector reports one organization,
//! "National Crime Agency", with the alias "NCA", and every later "NCA" as a mention of it.

use super::chunk::{Run, Tok};
use super::gazetteer::{Gazetteer, Hit, Match};
use super::Ctx;
use crate::model::Span;
use crate::text::words;
use regex::Regex;
use std::collections::HashMap;
use std::sync::LazyLock;

/// One mention of an organization.
#[derive(Debug, Clone, PartialEq)]
pub struct OrgMention {
    pub span: Span,
    /// Canonical name: the entity's label.
    pub canonical: String,
    /// Row in the gazetteer, when known.
    pub gaz: Option<usize>,
}

/// An organization the article names, with what is known of it.
#[derive(Debug, Clone, Default)]
pub struct OrgInfo {
    pub canonical: String,
    pub aliases: Vec<String>,
    pub gaz: Option<usize>,
    pub country: Option<String>,
    pub parent: Option<String>,
}

/// The detector's result.
#[derive(Debug, Default)]
pub struct Orgs {
    pub mentions: Vec<OrgMention>,
    pub infos: Vec<OrgInfo>,
}

impl Orgs {
    /// The organization mentioned exactly at `[begin, end)`, or covering it.
    pub fn at(&self, begin: usize, end: usize) -> Option<&OrgMention> {
        self.mentions
            .iter()
            .find(|m| m.span.begin <= begin && end <= m.span.end)
    }

    /// The organization whose mention starts at `begin`.
    pub fn starting_at(&self, begin: usize) -> Option<&OrgMention> {
        self.mentions.iter().find(|m| m.span.begin == begin)
    }

    pub fn info(&self, canonical: &str) -> Option<&OrgInfo> {
        self.infos.iter().find(|i| i.canonical == canonical)
    }

    /// The article's organization with this name or alias.
    pub fn named(&self, name: &str) -> Option<&OrgInfo> {
        let key = words::name_key(name);
        self.infos
            .iter()
            .find(|i| words::name_key(&i.canonical) == key || i.aliases.iter().any(|a| words::name_key(a) == key))
    }

    /// Looks a name up among the article's organizations and the gazetteer.
    pub fn resolve_name(&self, gaz: &Gazetteer, name: &str) -> Option<String> {
        self.named(name)
            .map(|i| i.canonical.clone())
            .or_else(|| gaz.org(name).map(|i| gaz.orgs[i].canonical.clone()))
    }
}

/// A lower-case word, as the head of a description ("the customs service").
static LOWER_WORD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b\p{Ll}[\p{Ll}-]*").expect("lower word"));
static ACRONYM_DEF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\((\p{Lu}[\p{L}&.\-]{1,11}(?:[ /]\p{Lu}[\p{Lu}&.\-]{0,5}){0,2}|\p{Lu}\p{Ll}+)\)")
        .expect("acronym regex")
});

/// Words that make a capitalized phrase an event, not an organization.
const EVENT_HEADS: &[&str] = &[
    "conference",
    "congress",
    "summit",
    "assembly",
    "forum",
    "symposium",
    "meeting",
    "session",
    "convention",
    "workshop",
    "roundtable",
    "dialogue",
    "operation",
    "days",
    "day",
    "week",
];

pub fn detect(ctx: &Ctx<'_>) -> Orgs {
    let gaz = ctx.gaz;
    let text = ctx.text;
    let mut orgs = Orgs::default();
    let add_info = |orgs: &mut Orgs, info: OrgInfo| -> String {
        let key = words::name_key(&info.canonical);
        if let Some(existing) = orgs.infos.iter_mut().find(|i| words::name_key(&i.canonical) == key) {
            for a in info.aliases {
                if !existing.aliases.contains(&a) && a != existing.canonical {
                    existing.aliases.push(a);
                }
            }
            existing.country = existing.country.take().or(info.country);
            existing.parent = existing.parent.take().or(info.parent);
            existing.canonical.clone()
        } else {
            let c = info.canonical.clone();
            orgs.infos.push(info);
            c
        }
    };

    // 1. Gazetteer.
    let article_country = ctx.top_country(0, text.len());
    for m in ctx.names.iter().filter(|m| matches!(m.hit, Hit::Org(_))) {
        let Hit::Org(i) = m.hit else { continue };
        let surface = text[m.begin..m.end].to_string();
        let i = own_country_body(gaz, i, &surface, article_country).unwrap_or(i);
        let o = &gaz.orgs[i];
        let canonical = add_info(
            &mut orgs,
            OrgInfo {
                canonical: o.canonical.clone(),
                aliases: if surface != o.canonical { vec![surface] } else { vec![] },
                gaz: Some(i),
                country: o.country.clone(),
                parent: o.parent.clone(),
            },
        );
        orgs.mentions.push(OrgMention {
            span: Span::new(m.begin, m.end),
            canonical,
            gaz: Some(i),
        });
    }

    // 2. Acronym definitions: "Full Name (ACR)".
    let mut acronyms: HashMap<String, String> = HashMap::new();
    for c in ACRONYM_DEF.captures_iter(text) {
        let acr = c.get(1).expect("group");
        let open = c.get(0).expect("match").start();
        let Some(run) = run_ending_at(ctx, open) else {
            continue;
        };
        let (mut full_begin, mut full) = trim_run(ctx, run);
        // "the Yorkshire and Humber Regional Organised Crime Unit (YHROCU)": the acronym
        // spells the words before the "and" too
        if !initials_match(&full, acr.as_str()) {
            if let Some(b) = joined_by_and(ctx, &orgs, full_begin) {
                let joined = &text[b..full_begin + full.len()];
                if initials_match(joined, acr.as_str()) {
                    full = joined.to_string();
                    full_begin = b;
                }
            }
        }
        // "Secretary General of the World Customs Organization (WCO)": the office is not
        // part of the name.
        if gaz.titles(&full).iter().any(|m| m.begin == 0) {
            if let Some(i) = full.find(" of ") {
                let mut cut = i + 4;
                if full[cut..].starts_with("the ") {
                    cut += 4;
                }
                full_begin += cut;
                full = full[cut..].to_string();
            }
        }
        if full.split_whitespace().count() < 2 || is_event(&full) {
            continue;
        }
        let acr_s = acr.as_str();
        // "Representatives of the European Union Agency for ... (Europol)": the expansion is
        // the shortest tail of the phrase that is a known name of the organization or whose
        // initials spell the acronym.
        if gaz.org(&full).is_none() {
            let tails: Vec<usize> = full.match_indices(' ').map(|(i, _)| i + 1).collect();
            let known = gaz.org(acr_s);
            let fits = |t: &str| {
                t.starts_with(char::is_uppercase)
                    && (known.is_some_and(|k| gaz.org(t) == Some(k)) || initials_match(t, acr_s))
            };
            // ("the 46th Annual Conference of the Caribbean Customs Law Enforcement Council
            // (CCLEC)": a tail whose initials are the acronym's letters, no more, beats a
            // longer one that only contains them in order)
            let exact = |t: &str| {
                acr_s.len() >= 2
                    && words::is_all_caps(acr_s)
                    && t.starts_with(char::is_uppercase)
                    && initials(t) == letters(acr_s)
            };
            if !fits(&full) || (!exact(&full) && tails.iter().any(|&c| exact(&full[c..]))) {
                let cut = tails
                    .iter()
                    .find(|&&c| exact(&full[c..]))
                    .or_else(|| tails.iter().find(|&&c| fits(&full[c..])));
                if let Some(&cut) = cut {
                    full_begin += cut;
                    full = full[cut..].to_string();
                }
            }
        }
        let full_gaz = gaz.org(&full);
        // "the National Police Federation (NPF)": an acronym the text spells out itself,
        // with words the gazetteer's body of that acronym does not have (Nigeria Police
        // Force), is the text's body.
        let acr_gaz = gaz
            .org(acr_s)
            .filter(|&i| full_gaz.is_some() || initials(&full) != letters(acr_s) || shares_words(&gaz.orgs[i], &full));
        let canonical = match (full_gaz, acr_gaz) {
            (Some(i), _) | (None, Some(i)) => gaz.orgs[i].canonical.clone(),
            (None, None) => {
                if !(initials_match(&full, acr_s) || ends_in_org_head(gaz, &full) || initials_and_inner(&full, acr_s)) {
                    continue;
                }
                // "the International Maritime Boundary Line (IMBL)": a line, a treaty or a
                // plan is spelled out as a body is, and is none
                let last = full.rsplit(' ').next().unwrap_or("").to_lowercase();
                if NOT_BODY_HEADS.contains(&last.as_str()) {
                    continue;
                }
                full.clone()
            }
        };
        let gz = full_gaz.or(acr_gaz);
        let country = gz
            .and_then(|i| gaz.orgs[i].country.clone())
            .or_else(|| country_in(ctx, full_begin, full_begin + full.len()));
        let canonical = add_info(
            &mut orgs,
            OrgInfo {
                canonical: canonical.clone(),
                aliases: [full.clone(), acr_s.to_string()]
                    .into_iter()
                    .filter(|a| *a != canonical)
                    .collect(),
                gaz: gz,
                country,
                parent: gz.and_then(|i| gaz.orgs[i].parent.clone()),
            },
        );
        push_mention(
            &mut orgs,
            Span::new(full_begin, full_begin + full.len()),
            &canonical,
            gz,
        );
        acronyms.insert(acr_s.to_string(), canonical);
    }
    // Later uses of a defined acronym. The text's own definition beats the gazetteer's
    // reading of the same letters: "the Policía Nacional del Perú (PNP)" makes every "PNP"
    // Peru's, not the Philippine National Police.
    for (acr, canonical) in &acronyms {
        orgs.mentions
            .retain(|m| !(&text[m.span.begin..m.span.end] == acr.as_str() && m.canonical != *canonical));
    }
    for (acr, canonical) in &acronyms {
        let gz = orgs.info(canonical).and_then(|i| i.gaz);
        for (i, _) in text.match_indices(acr.as_str()) {
            let end = i + acr.len();
            if words::boundary_before(text, i) && words::boundary_after(text, end) {
                push_mention(&mut orgs, Span::new(i, end), canonical, gz);
            }
        }
    }

    // 3. Capitalized phrases ending in an organization noun.
    for run in &ctx.runs {
        let Some((begin, end)) = org_phrase(ctx, run) else {
            continue;
        };
        let end = end + numbered_unit(&text[begin..end], &text[end..]);
        let joined = joined_by_and(ctx, &orgs, begin);
        if let Some(b) = joined {
            // the first half, taken for a name of its own before, is part of this one
            orgs.mentions
                .retain(|m| !(m.gaz.is_none() && m.span.begin == b && m.span.end < begin));
        }
        let begin = joined.unwrap_or(begin);
        let phrase = &text[begin..end];
        // A place's whole name is the place ("the Federation of Bosnia and Herzegovina").
        if ctx
            .names
            .iter()
            .any(|m| m.begin == begin && m.end == end && matches!(m.hit, Hit::Place(_) | Hit::Country(_)))
        {
            continue;
        }
        // Already known, or a known name with words in front of it ("Representatives of the
        // European Union Agency for ...").
        // (Nor the front of a known name that runs on past a comma: "US Bureau of Alcohol,
        // Tobacco, Firearms and Explosives".)
        if orgs.mentions.iter().any(|m| {
            (m.span.begin <= begin && end <= m.span.end)
                || (m.span.end == end && m.span.begin > begin)
                || (m.span.begin > begin && m.span.begin < end && m.span.end > end)
        }) {
            continue;
        }
        if gaz.org(phrase).is_some() {
            continue;
        }
        // "the State Tax Administration Agency (Agencia Tributaria)": a name with a known
        // organization's name in brackets after it is that organization (and so is one with
        // the name and an acronym: "(Policía Federal Argentina, PFA)").
        let bracketed = text[end..].strip_prefix(" (").and_then(|_| {
            orgs.mentions
                .iter()
                .find(|m| {
                    let r = &text[m.span.end..];
                    m.span.begin == end + 2
                        && (r.starts_with(')')
                            || r.strip_prefix(", ").is_some_and(|a| {
                                a.find(')').is_some_and(|c| {
                                    (2..=8).contains(&c) && a[..c].chars().all(|ch| ch.is_uppercase() || ch == '-')
                                })
                            }))
                })
                .map(|m| (m.canonical.clone(), m.gaz))
        });
        // "the Investigations Police (Policía de Investigaciones, PDI)": a name in brackets
        // before the acronym of a known organization is that organization's.
        let bracketed = bracketed.or_else(|| {
            let r = text[end..].strip_prefix(", ")?;
            let c = r.find(')')?;
            let acr = (text[..begin].ends_with('(')
                && (2..=8).contains(&c)
                && r[..c].chars().all(|ch| ch.is_uppercase() || ch == '-'))
            .then_some(end + 2)?;
            orgs.mentions
                .iter()
                .find(|m| m.span.begin == acr && m.span.end == acr + c)
                .map(|m| (m.canonical.clone(), m.gaz))
        });
        if let Some((canonical, gz)) = bracketed {
            let info = orgs.info(&canonical).cloned();
            if let Some(info) = info {
                add_info(
                    &mut orgs,
                    OrgInfo {
                        aliases: vec![phrase.to_string()],
                        ..info
                    },
                );
            }
            push_mention(&mut orgs, Span::new(begin, end), &canonical, gz);
            continue;
        }
        // "Deputy Director of Border Force for the South East and Europe": a known name and
        // a remit after "for" is the known organization, not a new one.
        if orgs.mentions.iter().any(|m| {
            m.gaz.is_some() && m.span.begin == begin && m.span.end < end && text[m.span.end..end].starts_with(" for ")
        }) {
            continue;
        }
        // "General Directorate of Narcotics Control of Saudi Arabia": a known name and the
        // country it belongs to is the known organization.
        if orgs.mentions.iter().any(|m| {
            m.gaz.is_some() && m.span.begin == begin && m.span.end < end && {
                let rest = &text[m.span.end..end];
                let c = rest.strip_prefix(" of the ").or_else(|| rest.strip_prefix(" of "));
                c.is_some_and(|c| {
                    ctx.names
                        .iter()
                        .any(|n| n.begin == end - c.len() && n.end == end && matches!(n.hit, Hit::Country(_)))
                })
            }
        }) {
            continue;
        }
        // A known organization at the start makes this a unit of it.
        let parent = orgs
            .mentions
            .iter()
            .find(|m| m.span.begin == begin && m.span.end < end)
            .map(|m| m.canonical.clone());
        let country = country_in(ctx, begin, end);
        let canonical = add_info(
            &mut orgs,
            OrgInfo {
                canonical: phrase.to_string(),
                aliases: vec![],
                gaz: None,
                country,
                parent,
            },
        );
        orgs.mentions.retain(|m| !(begin <= m.span.begin && m.span.end <= end));
        push_mention(&mut orgs, Span::new(begin, end), &canonical, None);
        // "the Narcotics Crimes Branch of the Mersin Provincial Police Department": a unit,
        // then the body it belongs to, which is an organization of its own and the unit's
        // parent (its mention lies inside the unit's).
        if let Some((tb, tail)) = unit_of_body(ctx, begin, end) {
            let tc = add_info(
                &mut orgs,
                OrgInfo {
                    canonical: tail.to_string(),
                    aliases: vec![],
                    gaz: None,
                    country: country_in(ctx, tb, end),
                    parent: None,
                },
            );
            if let Some(i) = orgs.infos.iter_mut().find(|i| i.canonical == canonical) {
                i.parent.get_or_insert(tc.clone());
            }
            orgs.mentions.push(OrgMention {
                span: Span::new(tb, end),
                canonical: tc,
                gaz: None,
            });
        }
    }
    // A body of no country or parent known, named by the text at `[begin, end)`.
    let add_named = |orgs: &mut Orgs, begin: usize, end: usize| {
        let info = OrgInfo {
            canonical: text[begin..end].to_string(),
            aliases: vec![],
            gaz: None,
            country: None,
            parent: None,
        };
        let canonical = add_info(orgs, info);
        push_mention(orgs, Span::new(begin, end), &canonical, None);
    };
    // 3a. A portfolio's ministry, named alone: "the Justice Department", "the Interior
    //     Ministry". An article names its own government's one ministry of justice so.
    for (begin, end) in portfolio_ministries(ctx, &orgs) {
        // ("the Justice Department" after "the U.S. Department of Justice": the same body)
        if let Some(known) = same_ministry(&orgs, &text[begin..end]) {
            let gz = orgs.info(&known).and_then(|i| i.gaz);
            push_mention(&mut orgs, Span::new(begin, end), &known, gz);
            continue;
        }
        add_named(&mut orgs, begin, end);
    }
    // 3b. A name of generic words made definite by the country or organization that owns
    //     it: "Colombia's National Police" (the Colombian National Police), "the FGR's
    //     Criminal Investigation Agency" (a unit of the FGR). Alone, "the National Police"
    //     names no one body.
    for (begin, end, owner) in owned_generic_names(ctx, &orgs) {
        let phrase = text[begin..end].to_string();
        let mut known = None;
        let (canonical, aliases, country, parent) = match owner {
            Owner::Country(i) => {
                let c = &gaz.countries[i];
                let canonical = match c.demonyms.first() {
                    Some(d) => format!("{d} {phrase}"),
                    None => format!("{phrase} of {}", c.name),
                };
                // "Brazil's Federal Police" is the gazetteer's Polícia Federal ("Brazilian
                // Federal Police", "Federal Police of Brazil")
                known = gaz
                    .org(&canonical)
                    .or_else(|| gaz.org(&format!("{phrase} of {}", c.name)));
                match known {
                    Some(k) => {
                        let o = &gaz.orgs[k];
                        (o.canonical.clone(), vec![phrase], o.country.clone(), o.parent.clone())
                    }
                    None => (canonical, vec![phrase], Some(c.alpha3.clone()), None),
                }
            }
            Owner::Org(parent) => {
                let country = orgs.info(&parent).and_then(|i| i.country.clone());
                (phrase, vec![], country, Some(parent))
            }
        };
        let canonical = add_info(
            &mut orgs,
            OrgInfo {
                canonical,
                aliases,
                gaz: known,
                country,
                parent,
            },
        );
        push_mention(&mut orgs, Span::new(begin, end), &canonical, known);
    }
    // 3c. A body named for its purpose: "the Global Coalition to Address Synthetic Drug
    //     Threats", capitalized words ending in an organization noun, then "to" and a
    //     purpose in title case.
    for run in &ctx.runs {
        let last = &run.toks[run.toks.len() - 1];
        if last.connector || last.possessive || !gaz.is_org_head(last.word(text)) || is_event(run.text(text)) {
            continue;
        }
        let Some(end) = super::event::purpose_end(ctx, last.word_end(text)) else {
            continue;
        };
        // (the words after the last connector: "Members of the Global Coalition to ...")
        let from = run.toks.iter().rposition(|t| t.connector).map_or(0, |c| c + 1);
        let Some(first) = (from..run.toks.len()).find(|&k| !ctx.leading_filler(&run.toks[k])) else {
            continue;
        };
        let begin = run.toks[first].begin;
        if first + 1 == run.toks.len() || orgs.mentions.iter().any(|m| m.span.begin < end && begin < m.span.end) {
            continue;
        }
        add_named(&mut orgs, begin, end);
    }
    // 3d. An acronym the text uses without defining it, made of the initials of a body it
    //     names: "the Gujarat Anti-Terrorist Squad" ... "the Gujarat ATS" ... "the ATS".
    for (begin, end, canonical) in undefined_acronyms(ctx, &orgs) {
        let gz = orgs.info(&canonical).and_then(|i| i.gaz);
        let acr = text[begin..end].to_string();
        let acr = acr.rsplit(' ').next().unwrap_or(&acr).to_string();
        if let Some(info) = orgs.infos.iter_mut().find(|i| i.canonical == canonical) {
            if !info.aliases.contains(&acr) {
                info.aliases.push(acr);
            }
        }
        push_mention(&mut orgs, Span::new(begin, end), &canonical, gz);
    }
    // 4. Lower-case descriptions of an organization already named: "led by the customs
    //    service", "coast guard spokesman".
    for (span, canonical) in descriptions(ctx, &orgs) {
        let gz = orgs.info(&canonical).and_then(|i| i.gaz);
        push_mention(&mut orgs, span, &canonical, gz);
    }
    // 5. A name of generic words after "the" that fits no body named elsewhere: "the
    //    Border Patrol Police and the Customs Department" in a Thai story name bodies of
    //    their own, though no country or owner comes with them.
    for (begin, end) in unowned_generic_names(ctx, &orgs) {
        add_named(&mut orgs, begin, end);
    }
    merge_acronym_fronts(&mut orgs);
    orgs.mentions.sort_by_key(|m| m.span);
    orgs
}

/// All-capital words that are words, not acronyms.
const CAPS_WORDS: &[&str] = &[
    "AND", "THE", "FOR", "NOT", "BUT", "ALL", "ANY", "NEW", "NOW", "WHO", "WAS", "ARE", "OUR", "HIS", "HER", "ITS",
    "OFF", "OUT", "TWO", "ONE", "USE", "HAS", "HAD", "WITH", "FROM", "INTO", "THAT", "THIS", "WILL", "ALSO", "OVER",
    "UP", "IN", "ON", "AT", "BY", "TO", "OF", "OR", "AS", "IS", "IT", "BE", "WE", "NO", "SO", "DO", "GO", "AN", "MORE",
    "LIVE", "NEWS", "READ", "VIDEO", "PHOTO", "UPDATE",
];

/// Uses of an acronym the text never defines, whose letters are the initials of exactly
/// one body the text names (without a place the name opens with, as in "Gujarat ATS"):
/// the span (with that place, when it stands before the acronym) and the body's name.
fn undefined_acronyms(ctx: &Ctx<'_>, orgs: &Orgs) -> Vec<(usize, usize, String)> {
    let text = ctx.text;
    let place_word = |w: &str| ctx.gaz.country(w).is_some() || ctx.gaz.places.iter().any(|p| p.name == w);
    // each body's initials, and its initials without a leading place word
    let mut spelled: Vec<(Vec<char>, Option<&str>, &str)> = Vec::new();
    for info in &orgs.infos {
        let c = info.canonical.as_str();
        if c.split_whitespace().count() < 2 {
            continue;
        }
        spelled.push((initials(c), None, c));
        if let Some((first, rest)) = c.split_once(' ') {
            if place_word(first) && rest.split_whitespace().count() >= 2 {
                spelled.push((initials(rest), Some(first), c));
            }
        }
    }
    let mut out = Vec::new();
    let mut begin = 0;
    for w in text.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let wb = begin;
        begin += w.len();
        let word = w.trim_end_matches(|c: char| !c.is_alphanumeric());
        if !(2..=6).contains(&word.len())
            || !word.chars().all(|c| c.is_ascii_uppercase())
            || CAPS_WORDS.contains(&word)
            || !words::boundary_before(text, wb)
        {
            continue;
        }
        let we = wb + word.len();
        // (a headline in capitals: its words are no acronyms)
        let prev_caps = text[..wb]
            .trim_end()
            .rsplit(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|p| p.len() >= 2 && p.chars().all(|c| c.is_ascii_uppercase()));
        let next_caps = text[we..]
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .is_some_and(|n| n.len() >= 2 && n.chars().all(|c| c.is_ascii_uppercase()));
        if prev_caps || next_caps || orgs.mentions.iter().any(|m| m.span.begin < we && wb < m.span.end) {
            continue;
        }
        if ctx.names.iter().any(|m| m.begin < we && wb < m.end) {
            continue;
        }
        let letters: Vec<char> = word.chars().collect();
        let fits: Vec<&(Vec<char>, Option<&str>, &str)> = spelled.iter().filter(|(i, _, _)| *i == letters).collect();
        let mut bodies: Vec<&str> = fits.iter().map(|f| f.2).collect();
        bodies.dedup();
        if bodies.len() != 1 {
            continue;
        }
        // "the Gujarat ATS": the place the name opens with is part of this use of it
        let start = fits
            .iter()
            .filter_map(|f| f.1)
            .find(|p| text[..wb].ends_with(&format!("{p} ")))
            .map_or(wb, |p| wb - p.len() - 1);
        out.push((start, we, bodies[0].to_string()));
    }
    out
}

/// "the AU Commission" and "the African Union Commission" in one article: a name that
/// opens with the acronym of another name's first words, the rest the same, is that one.
fn merge_acronym_fronts(orgs: &mut Orgs) {
    let mut renames = Vec::new();
    for short in &orgs.infos {
        let Some((acr, rest)) = short.canonical.split_once(' ') else {
            continue;
        };
        if acr.len() < 2 || !acr.chars().all(|c| c.is_ascii_uppercase()) {
            continue;
        }
        let long = orgs.infos.iter().find(|l| {
            l.canonical.len() > short.canonical.len()
                && l.canonical.strip_suffix(rest).is_some_and(|front| {
                    let front = front.trim_end();
                    front.contains(' ') && initials_match(front, acr) && front.split(' ').count() == acr.len()
                })
        });
        if let Some(l) = long {
            renames.push((short.canonical.clone(), l.canonical.clone()));
        }
    }
    for (short, long) in renames {
        for m in orgs.mentions.iter_mut().filter(|m| m.canonical == short) {
            m.canonical = long.clone();
        }
        orgs.infos.retain(|i| i.canonical != short);
        if let Some(l) = orgs.infos.iter_mut().find(|i| i.canonical == long) {
            if !l.aliases.contains(&short) {
                l.aliases.push(short);
            }
        }
    }
}

/// Who owns a name of generic words.
enum Owner {
    /// A country, by its gazetteer row.
    Country(usize),
    /// An organization, by its canonical name.
    Org(String),
}

/// "Policía Nacional" in a Colombian article: a name that several countries' bodies share
/// (the gazetteer gives it to Spain's) is the body of the country the article is about,
/// when the gazetteer has one of that country and kind whose name starts with it
/// ("Policía Nacional de Colombia").
fn own_country_body(gaz: &Gazetteer, i: usize, surface: &str, country: Option<&str>) -> Option<usize> {
    let o = &gaz.orgs[i];
    let country = country?;
    if o.country.as_deref().is_none_or(|c| c == country) {
        return None;
    }
    let prefix = format!("{} ", surface.to_lowercase());
    gaz.orgs.iter().position(|x| {
        x.country.as_deref() == Some(country)
            && x.kind == o.kind
            && std::iter::once(&x.canonical)
                .chain(&x.aliases)
                .any(|n| n.to_lowercase().starts_with(&prefix))
    })
}

/// The organization of the article that `phrase` ("Justice Department") names another way:
/// one whose name ends with it ("U.S. Justice Department") or turns it round ("United
/// States Department of Justice", "Ministry of the Interior").
fn same_ministry(orgs: &Orgs, phrase: &str) -> Option<String> {
    let (portfolio, noun) = phrase.rsplit_once(' ')?;
    let ends = format!(" {phrase}").to_lowercase();
    let turned = [
        format!("{noun} of {portfolio}").to_lowercase(),
        format!("{noun} of the {portfolio}").to_lowercase(),
    ];
    orgs.infos
        .iter()
        .find(|i| {
            std::iter::once(&i.canonical).chain(&i.aliases).any(|n| {
                let n = n.to_lowercase();
                n.ends_with(&ends) || turned.iter().any(|t| n == *t || n.ends_with(&format!(" {t}")))
            })
        })
        .map(|i| i.canonical.clone())
}

/// Ministry nouns that a portfolio names: "the Interior Ministry".
const MINISTRY_NOUNS: &[&str] = &["Ministry", "Department", "Office"];

/// "the Justice Department", "the Foreign Affairs Ministry": portfolio words, then a
/// ministry noun that ends the run (or its possessive), at the run's start or after a
/// function word, and inside no organization already found. "Public", "Internal" or
/// "Affairs" alone names no portfolio ("the Public Office").
fn portfolio_ministries(ctx: &Ctx<'_>, orgs: &Orgs) -> Vec<(usize, usize)> {
    let text = ctx.text;
    let mut out = Vec::new();
    for run in &ctx.runs {
        let toks = &run.toks;
        let Some(h) = toks
            .iter()
            .position(|t| t.possessive)
            .or(toks.len().checked_sub(1))
            .filter(|&h| MINISTRY_NOUNS.contains(&toks[h].word(text)))
        else {
            continue;
        };
        let mut k = h;
        while k > 0 && !toks[k - 1].connector && ctx.gaz.is_portfolio(toks[k - 1].word(text)) {
            k -= 1;
        }
        let portfolio: Vec<String> = toks[k..h].iter().map(|t| t.word(text).to_lowercase()).collect();
        if portfolio.is_empty()
            || (portfolio.len() == 1 && matches!(portfolio[0].as_str(), "public" | "internal" | "affairs"))
            || !toks[..k].iter().all(|t| ctx.gaz.is_function(t.word(text)))
        {
            continue;
        }
        let (begin, end) = (toks[k].begin, toks[h].word_end(text));
        if orgs.mentions.iter().any(|m| m.span.begin < end && begin < m.span.end) {
            continue;
        }
        out.push((begin, end));
    }
    out
}

/// Runs of two or more generic capitalized words ending in an organization noun, right
/// after a country's or a known organization's possessive ("Colombia's National Police",
/// "the FGR's Criminal Investigation Agency"), that no organization mention covers yet.
fn owned_generic_names(ctx: &Ctx<'_>, orgs: &Orgs) -> Vec<(usize, usize, Owner)> {
    let text = ctx.text;
    let mut out = Vec::new();
    for run in &ctx.runs {
        let mut toks = &run.toks[..];
        // "the National Criminal Investigations Division of the Dutch police": owned by the
        // country whose adjective ends the run before a lower-case noun
        let demonym_tail = toks.len().checked_sub(3).and_then(|k| {
            let (of, the) = (&toks[k], &toks[k + 1]);
            (of.connector && of.word(text) == "of" && the.connector && the.word(text) == "the")
                .then(|| demonym_before_lower(ctx, &toks[k + 2]))
                .flatten()
                .map(|i| (k, i))
        });
        if let Some((k, _)) = demonym_tail {
            toks = &toks[..k];
        }
        if toks.is_empty() {
            continue;
        }
        let (begin, end) = (run.begin(), toks[toks.len() - 1].word_end(text));
        // "- Finland: National Bureau of Investigation", a line of a list of the agencies
        // of each country, is owned as "Finland's" would be.
        // ("- Belgium: Federal Prosecutor's Office; Federal Judicial Police": each entry of
        // such a line)
        let after_entry = |b: &'_ str| -> Option<usize> {
            let line_start = b.rfind('\n').map_or(0, |i| i + 1);
            let colon = b[line_start..].find(": ")? + line_start;
            b.ends_with("; ").then_some(colon)
        };
        let line_owner = text[..begin]
            .strip_suffix(": ")
            .or_else(|| after_entry(&text[..begin]).map(|c| &text[..c]))
            .filter(|b| {
                let line = &b[b.rfind('\n').map_or(0, |i| i + 1)..];
                let line = line.strip_prefix("- ").unwrap_or(line);
                ctx.names
                    .iter()
                    .any(|m| m.end == b.len() && m.end - m.begin == line.len() && matches!(m.hit, Hit::Country(_)))
            });
        let Some(before) = text[..begin]
            .strip_suffix("'s ")
            .or_else(|| text[..begin].strip_suffix("\u{2019}s "))
            .or(line_owner)
            .or(demonym_tail.map(|_| &text[..begin]))
        else {
            continue;
        };
        let mut words: Vec<&str> = toks.iter().filter(|t| !t.connector).map(|t| t.word(text)).collect();
        // "Federal Police Directorate Hannover", "Federal Judicial Police West Flanders": the
        // seat, a place after the organization noun, is part of the name
        let seat = ctx
            .names
            .iter()
            .find(|m| m.end == end && m.begin > begin && matches!(m.hit, Hit::Place(_)))
            .map(|m| {
                let before_seat = text[begin..m.begin].trim_end();
                let compass = ["North", "South", "East", "West", "Upper", "Lower"]
                    .iter()
                    .any(|c| before_seat.ends_with(&format!(" {c}")));
                text[begin..m.begin].split_whitespace().count() - usize::from(compass)
            });
        if let Some(n) = seat {
            let generic_words: Vec<&str> = text[begin..end].split_whitespace().take(n).collect();
            if generic_words.last().is_some_and(|w| ctx.gaz.is_org_head(w)) {
                words.truncate(generic_words.len().min(words.len()));
            }
        }
        // ("National Bureau of Investigation": the noun may come before "of")
        // ("Jordan's General Directorate of Public Security": or the noun right before "of")
        let before_of = toks
            .iter()
            .position(|t| t.connector && t.word(text) == "of")
            .filter(|&k| k > 0)
            .map(|k| toks[k - 1].word(text));
        let headed = if line_owner.is_some() {
            words.iter().any(|w| ctx.gaz.is_org_head(w))
        } else {
            words.last().is_some_and(|w| ctx.gaz.is_org_head(w)) || before_of.is_some_and(|w| ctx.gaz.is_org_head(w))
        };
        if words.len() < 2
            || !headed
            || !words.iter().all(|w| ctx.gaz.is_generic(w))
            // an office ("Inspector General of Police", after a modifier: "Acting Minister of
            // Police"), but not a one-word title that is an adjective of the organization
            // noun after it ("General Directorate ...")
            || ctx.gaz.titles(&text[begin..end]).iter().any(|m| {
                // ("the Federal Prosecutor's Office": the holder's office is a body)
                let holders_office = ["'s ", "\u{2019}s ", "s' "]
                    .iter()
                    .any(|p| text[begin + m.end..end].starts_with(p));
                (m.begin == 0 || (m.begin < end - begin && text[begin..begin + m.begin].split_whitespace().count() == 1))
                    && !(words.len() > 2 && m.end == words[0].len() && ctx.gaz.is_org_head(words[1]))
                    && !holders_office
            })
            || orgs.mentions.iter().any(|m| m.span.begin < end && begin < m.span.end)
        {
            continue;
        }
        let at = before.len();
        let owner = demonym_tail
            .map(|(_, i)| Owner::Country(i))
            .or_else(|| {
                ctx.names.iter().find_map(|m| match m.hit {
                    Hit::Country(i) if m.end == at => Some(Owner::Country(i)),
                    _ => None,
                })
            })
            .or_else(|| {
                orgs.mentions
                    .iter()
                    .find(|m| m.span.end == at)
                    .map(|m| Owner::Org(m.canonical.clone()))
            });
        if let Some(owner) = owner {
            out.push((begin, end, owner));
        }
    }
    out
}

/// Every name of every organization, in lower-case words, with the canonical name it
/// stands for: "Policía Nacional del Ecuador" is also "National Police of Ecuador".
fn names_in_words(orgs: &Orgs) -> Vec<(Vec<String>, &str)> {
    orgs.infos
        .iter()
        .flat_map(|i| {
            std::iter::once(&i.canonical).chain(&i.aliases).map(move |n| {
                (
                    n.split_whitespace().map(str::to_lowercase).collect(),
                    i.canonical.as_str(),
                )
            })
        })
        .collect()
}

/// Lower-case phrases of two or three words ending in an organization noun ("customs
/// service", "coast guard", "federal police") that, word for word, appear in the name of
/// exactly one organization the article names ("Nigeria Customs Service"): the article
/// refers back to it. A phrase that fits two organizations, or none, is left alone, and so
/// is one inside a named organization.
fn descriptions(ctx: &Ctx<'_>, orgs: &Orgs) -> Vec<(Span, String)> {
    const DETERMINERS: &[&str] = &[
        "the", "a", "an", "its", "their", "his", "her", "this", "that", "our", "whose",
    ];
    let text = ctx.text;
    let names = names_in_words(orgs);
    // The organizations that have `phrase` word for word inside one of their names; the
    // ones that have it as a whole name first ("Federal Police", glossed as the Polícia
    // Federal, before the "Belgian Federal Police" named later).
    let fitting = |phrase: &[&str]| -> Vec<&str> {
        let whole: Vec<&str> = names.iter().filter(|(n, _)| n == phrase).map(|(_, c)| *c).collect();
        let mut fits: Vec<&str> = if whole.is_empty() {
            names
                .iter()
                .filter(|(n, _)| n.len() > phrase.len() && n.windows(phrase.len()).any(|w| w == phrase))
                .map(|(_, c)| *c)
                .collect()
        } else {
            whole
        };
        fits.sort_unstable();
        fits.dedup();
        fits
    };
    let mut out = Vec::new();
    if names.is_empty() {
        return out;
    }
    for m in LOWER_WORD.find_iter(text) {
        let (hb, head) = (m.start(), m.as_str());
        if !ctx.gaz.is_lower_org_head(head) || !words::boundary_after(text, m.end()) {
            continue;
        }
        // Up to two lower-case words before the head, in the same phrase.
        let mut begin = hb;
        let mut phrase: Vec<&str> = vec![head];
        for _ in 0..2 {
            let before = &text[..begin];
            let Some(prev_end) = before.strip_suffix(' ').map(str::len) else {
                break;
            };
            let prev_begin = text[..prev_end]
                .rfind(|c: char| !(c.is_alphabetic() || c == '-'))
                .map_or(0, |i| i + text[i..].chars().next().map_or(1, char::len_utf8));
            let w = &text[prev_begin..prev_end];
            if w.is_empty() || !w.chars().all(|c| c.is_lowercase() || c == '-') || DETERMINERS.contains(&w) {
                break;
            }
            phrase.insert(0, w);
            begin = prev_begin;
        }
        let end = hb + head.len();
        // the longest phrase of two or more words that fits exactly one organization
        for k in 0..phrase.len().saturating_sub(1) {
            let fits = fitting(&phrase[k..]);
            let skipped: usize = phrase[..k].iter().map(|w| w.len() + 1).sum();
            let b = begin + skipped;
            if fits.len() == 1 && orgs.at(b, end).is_none() {
                out.push((Span::new(b, end), fits[0].to_string()));
                break;
            }
            if fits.len() > 1 {
                break;
            }
        }
    }
    // The same for a capitalized phrase of generic words only, which is no name of its own:
    // "the National Police's anti-drug unit" after "National Police of Ecuador".
    for m in CAP_GENERIC.find_iter(text) {
        let (b, end) = (m.start(), m.end());
        // most capitalized phrases are names of people and places: the head noun goes first
        if !m.as_str().rsplit(' ').next().is_some_and(|w| ctx.gaz.is_org_head(w)) {
            continue;
        }
        let lower = m.as_str().to_lowercase();
        let phrase: Vec<&str> = lower.split(' ').collect();
        if !phrase.iter().all(|w| ctx.gaz.is_generic(w))
            || orgs.mentions.iter().any(|o| o.span.begin < end && b < o.span.end)
        {
            continue;
        }
        let fits = fitting(&phrase);
        if fits.len() == 1 {
            out.push((Span::new(b, end), fits[0].to_string()));
        }
    }
    // "the Organization's European member countries" in an INTERPOL release: a capitalized
    // head noun alone after "the" refers to the one organization named with it last.
    for m in THE_HEAD.captures_iter(text) {
        let h = m.get(1).expect("group");
        let rest = &text[h.end()..];
        // not the start of a longer name: "the Organization for Security ..."
        if !ctx.gaz.is_org_head(h.as_str())
            || rest.starts_with(" of ")
            || rest.starts_with(" for ")
            || rest
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase))
            || orgs.at(h.start(), h.end()).is_some()
        {
            continue;
        }
        let head = h.as_str().to_lowercase();
        // every name the gazetteer knows counts too: "INTERPOL" is also the International
        // Criminal Police Organization
        let ends_in_head =
            |n: &str| n.contains(' ') && n.rsplit(' ').next().is_some_and(|w| w.eq_ignore_ascii_case(&head));
        let mut fits: Vec<&str> = orgs
            .infos
            .iter()
            .filter(|i| {
                std::iter::once(&i.canonical)
                    .chain(&i.aliases)
                    .chain(i.gaz.iter().flat_map(|&g| &ctx.gaz.orgs[g].aliases))
                    .any(|n| ends_in_head(n))
            })
            .map(|i| i.canonical.as_str())
            .collect();
        fits.sort_unstable();
        fits.dedup();
        if fits.len() == 1 {
            out.push((Span::new(h.start(), h.end()), fits[0].to_string()));
        }
    }
    out
}

/// Two or three capitalized generic words after "the", ending in an organization noun,
/// that no body of the article has inside its names and that nothing goes on from (a
/// capitalized word, "of", "for", "at", "in" and a place): "the Border Patrol Police",
/// "the Customs Department". Not an office ("the Police Commissioner"), nor an event ("the
/// General Assembly").
fn unowned_generic_names(ctx: &Ctx<'_>, orgs: &Orgs) -> Vec<(usize, usize)> {
    let text = ctx.text;
    let names = names_in_words(orgs);
    let mut out: Vec<(usize, usize)> = Vec::new();
    for m in CAP_GENERIC.find_iter(text) {
        let (b, end) = (m.start(), m.end());
        if !(text[..b].ends_with("the ") || text[..b].ends_with("The ")) {
            continue;
        }
        let last = m.as_str().rsplit(' ').next().unwrap_or("");
        if !ctx.gaz.is_org_head(last) || EVENT_HEADS.contains(&last.to_lowercase().as_str()) {
            continue;
        }
        let lower = m.as_str().to_lowercase();
        let phrase: Vec<&str> = lower.split(' ').collect();
        let after = &text[end..];
        let goes_on = after.strip_prefix(' ').is_some_and(|r| {
            r.starts_with(char::is_uppercase)
                    || ["of ", "for ", "at "].iter().any(|p| r.starts_with(p))
                    // ("the Federal Court in Porto Velho": a local body)
                    || r.strip_prefix("in ").is_some_and(|r| r.starts_with(char::is_uppercase))
        });
        // ("the National Army (Ejercito Nacional)": a gloss in another language is left to
        // the names of known bodies; an acronym in brackets is no gloss)
        let glossed = after
            .strip_prefix(" (")
            .and_then(|r| r.split_once(')'))
            .is_some_and(|(g, _)| !(g.len() <= 10 && words::is_all_caps(g)));
        if !phrase.iter().all(|w| ctx.gaz.is_generic(w))
            || goes_on
            || glossed
            || after.starts_with('-')
            || !ctx.gaz.titles(m.as_str()).is_empty()
            || orgs.mentions.iter().any(|o| o.span.begin < end && b < o.span.end)
            || names
                .iter()
                .any(|(n, _)| n.len() >= phrase.len() && n.windows(phrase.len()).any(|w| w == phrase))
        {
            continue;
        }
        out.push((b, end));
    }
    out
}

/// A capitalized word after "the": "the Organization", "The Agency's".
static THE_HEAD: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"\b[Tt]he (\p{Lu}\p{Ll}+)\b").expect("the head"));

/// Two or three capitalized words, as a generic reference ("National Police").
static CAP_GENERIC: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,2}\b").expect("capitalized phrase"));

/// Nouns of a numbered unit: "Combined Task Force 150", "Police Regional Office 4A".
const NUMBERED_UNITS: &[&str] = &[
    "Force",
    "Office",
    "Region",
    "Unit",
    "Group",
    "Brigade",
    "Battalion",
    "Fleet",
    "Squadron",
    "Team",
    "Division",
    "District",
    "Command",
    "Zone",
    "Sector",
    "Area",
    "Station",
    "Precinct",
    "Detachment",
];

/// A unit's number after a name that ends in a unit noun ("Combined Task Force" and " 150
/// (CTF 150)"): the length of " 150" to take into the name, or 0. Not a year, nor a count
/// of the nouns after it ("Task Force 20 officers").
static UNIT_NUMBER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^ (\d{1,4}[A-Z]?|[A-Z]\d{1,3})\b(?: (\p{Ll}+))?").expect("unit number"));
fn numbered_unit(name: &str, rest: &str) -> usize {
    let last = name.rsplit(' ').next().unwrap_or("");
    if !NUMBERED_UNITS.contains(&last) {
        return 0;
    }
    let Some(c) = UNIT_NUMBER.captures(rest) else {
        return 0;
    };
    let code = c.get(1).map_or("", |m| m.as_str());
    let year = code.len() == 4 && (code.starts_with("19") || code.starts_with("20"));
    let counted = c
        .get(2)
        .is_some_and(|w| w.as_str().ends_with('s') && !matches!(w.as_str(), "says" | "was" | "has" | "is"));
    if year || counted {
        0
    } else {
        1 + code.len()
    }
}

fn push_mention(orgs: &mut Orgs, span: Span, canonical: &str, gaz: Option<usize>) {
    if orgs
        .mentions
        .iter()
        .any(|m| m.span.begin <= span.begin && span.end <= m.span.end)
    {
        return;
    }
    orgs.mentions
        .retain(|m| !(span.begin <= m.span.begin && m.span.end <= span.end));
    orgs.mentions.push(OrgMention {
        span,
        canonical: canonical.to_string(),
        gaz,
    });
}

/// The body after "<unit noun> of the" in the name `[begin, end)`, with where it starts:
/// two words or more, ending in an organization noun, with a word of its own that is not
/// generic ("Mersin Provincial Police Department", not "National Police").
fn unit_of_body<'t>(ctx: &Ctx<'t>, begin: usize, end: usize) -> Option<(usize, &'t str)> {
    let text = ctx.text;
    let i = text[begin..end].find(" of the ")?;
    let unit = text[begin..begin + i].rsplit(' ').next()?;
    let tb = begin + i + 8;
    let tail = &text[tb..end];
    // ("the Dutch National Police": a country's adjective makes a generic name one body)
    // ("of the Lao Ministry of Public Security": a country's body with its own "of" tail)
    let owned_of_tail = tail
        .find(" of ")
        .is_some_and(|o| o > 0 && ends_in_org_head(ctx.gaz, &tail[..o]) && country_in(ctx, tb, tb + o).is_some());
    let unit = unit.to_lowercase();
    ((SUB_UNITS.contains(&unit.as_str()) || (unit == "department" && owned_of_tail))
        && tail.split(' ').count() >= 2
        && (ends_in_org_head(ctx.gaz, tail) || owned_of_tail)
        && (tail
            .split(' ')
            .any(|w| !ctx.gaz.is_generic(w) && !ctx.gaz.is_function(w))
            || country_in(ctx, tb, end).is_some()))
    .then_some((tb, tail))
}

/// An event word in the phrase, unless the phrase ends in a standing body after it ("the
/// Cybercrime Convention Committee", "the Summit Organising Committee").
fn is_event(phrase: &str) -> bool {
    if is_standing_body(phrase) {
        return false;
    }
    let words: Vec<String> = phrase.split_whitespace().map(str::to_lowercase).collect();
    let Some(k) = words.iter().rposition(|w| EVENT_HEADS.contains(&w.as_str())) else {
        return false;
    };
    !(k + 1 < words.len() && BODY_HEADS.contains(&words[words.len() - 1].as_str()))
}

/// "the Permanent Forum on International Pharmaceutical Crime", "the National Assembly" (a
/// legislature): a body that stands, never one of its meetings, whatever its head noun.
pub(super) fn is_standing_body(phrase: &str) -> bool {
    phrase.starts_with("Permanent ") || phrase.starts_with("National Assembly")
}

/// Nouns that end a name spelled out with an acronym that is no body's.
const NOT_BODY_HEADS: &[&str] = &[
    "line",
    "treaty",
    "agreement",
    "protocol",
    "act",
    "strategy",
    "zone",
    "corridor",
    "route",
    "index",
    "report",
    "declaration",
    "directive",
    "regulation",
    "memorandum",
    "convention",
];
/// Nouns of a standing body, that make a name with an event word in it an organization's.
const BODY_HEADS: &[&str] = &["committee", "secretariat", "council", "commission", "bureau", "board"];

/// The capitalized run that ends right before `offset` (skipping one space).
fn run_ending_at<'a>(ctx: &'a Ctx<'_>, offset: usize) -> Option<&'a Run> {
    let before = ctx.text[..offset].trim_end();
    ctx.runs.iter().find(|r| r.end() == before.len())
}

/// "INTERPOL's Illicit Goods and Global Health Programme": capitalized words joined by
/// "and" to a name that starts at `begin` are part of it, when they name nothing on their
/// own (no organization, country or place, no organization noun, no acronym): "Europol and
/// Eurojust Unit" and "Spain and Portugal Police" stay apart. Returns the new start.
fn joined_by_and(ctx: &Ctx<'_>, orgs: &Orgs, begin: usize) -> Option<usize> {
    let text = ctx.text;
    let left_end = text[..begin].strip_suffix(" and ")?.len();
    let run = run_ending_at(ctx, left_end)?;
    let mut toks = &run.toks[..];
    while !toks.is_empty() && ctx.leading_filler(&toks[0]) {
        toks = &toks[1..];
    }
    let first = toks.first()?;
    let left_words: Vec<&str> = toks.iter().filter(|t| !t.connector).map(|t| t.word(text)).collect();
    // "the Cayman Islands Customs and Border Control Service": two services of one body,
    // the first named by its noun alone
    let services = left_words.last().is_some_and(|w| SERVICE_NOUNS.contains(w))
        && text[begin..]
            .split(' ')
            .next()
            .is_some_and(|w| SERVICE_NOUNS.contains(&w) || ctx.gaz.is_generic(w));
    let heads = left_words.len() - usize::from(services);
    let plain = (1..=4).contains(&left_words.len())
        && !toks.iter().any(|t| t.possessive)
        && !left_words[..heads]
            .iter()
            .any(|w| ctx.gaz.is_org_head(w) || words::is_all_caps(w))
        // (a place may open it: "the Yorkshire and Humber Regional Organised Crime Unit";
        // a country too when more follows it: "the Ghana Immigration and Customs Service",
        // but not "Spain and Portugal Police")
        && !ctx.names.iter().any(|m| {
            m.begin < left_end
                && m.end > first.begin
                && !matches!(m.hit, Hit::Place(_))
                && (m.end >= left_end || !matches!(m.hit, Hit::Country(_)))
        })
        && !orgs.mentions.iter().any(|m| {
            m.span.begin < left_end
                && m.span.end > first.begin
                && !(services && m.gaz.is_none() && m.span.begin == first.begin && m.span.end == left_end)
        });
    plain.then_some(first.begin)
}

/// Nouns of a state service that one body may pair with another ("Customs and Border
/// Control", "Immigration and Customs").
const SERVICE_NOUNS: &[&str] = &["Customs", "Immigration", "Excise", "Revenue", "Border", "Taxation"];

/// A run without its leading function words ("The", "In").
fn trim_run(ctx: &Ctx<'_>, run: &Run) -> (usize, String) {
    let mut toks = &run.toks[..];
    while toks.len() > 1 && ctx.leading_filler(&toks[0]) {
        toks = &toks[1..];
    }
    let b = toks[0].begin;
    let e = toks[toks.len() - 1].end;
    let s = ctx.text[b..e].trim_end_matches("'s").to_string();
    (b, s)
}

/// The capital letters that open the words of `s`: "CCLEC" for "Caribbean Customs Law
/// Enforcement Council".
fn initials(s: &str) -> Vec<char> {
    s.split([' ', '-'])
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

/// At least half the words of `full` open like words of one of the names of `org`
/// ("Nigerian Police Force" and "Nigeria Police Force", not "National Police Federation").
fn shares_words(org: &crate::detect::gazetteer::Org, full: &str) -> bool {
    let stem = |w: &str| w.chars().take(5).collect::<String>().to_lowercase();
    let words: Vec<String> = full.split_whitespace().map(stem).collect();
    std::iter::once(&org.canonical).chain(&org.aliases).any(|name| {
        let theirs: Vec<String> = name.split_whitespace().map(stem).collect();
        2 * words.iter().filter(|w| theirs.contains(w)).count() > words.len()
    })
}

/// The capital letters of an acronym: "PFIPC", "PF" in "PolFed".
fn letters(acr: &str) -> Vec<char> {
    acr.chars().filter(|c| c.is_uppercase()).collect()
}

/// The acronym `acr` is made of the initials of `full`, in order: "EMMA" and "European
/// Money Mule Action".
pub(super) fn initials_match(full: &str, acr: &str) -> bool {
    let initials = initials(full);
    let letters = letters(acr);
    if letters.len() < 2 || initials.first() != letters.first() {
        return false;
    }
    // Every letter of the acronym appears in order among the initials.
    let mut it = initials.iter();
    letters.iter().all(|l| it.any(|c| c == l))
}

/// The acronym takes every capitalized word's initial, in order, and may take letters from
/// inside those words too: "Coast Guard District Northwestern Luzon (CGDNWLZ)".
fn initials_and_inner(full: &str, acr: &str) -> bool {
    fn fits(words: &[Vec<char>], acr: &[char]) -> bool {
        let Some((w, rest)) = words.split_first() else {
            return acr.is_empty();
        };
        if acr.first() != w.first() {
            return false;
        }
        // the initial, then any run of the word's later letters, in order
        let mut options = vec![1usize];
        let mut k = 1;
        for c in &w[1..] {
            if acr.get(k).is_some_and(|a| a.eq_ignore_ascii_case(c)) {
                k += 1;
                options.push(k);
            }
        }
        options.into_iter().rev().any(|used| fits(rest, &acr[used..]))
    }
    let acr: Vec<char> = acr.chars().collect();
    if acr.len() < 3 || !acr.iter().all(|c| c.is_ascii_uppercase()) {
        return false;
    }
    let words: Vec<Vec<char>> = full
        .split([' ', '-'])
        .filter(|w| w.starts_with(char::is_uppercase))
        .map(|w| w.chars().collect())
        .collect();
    words.len() >= 2 && fits(&words, &acr)
}

fn ends_in_org_head(gaz: &Gazetteer, phrase: &str) -> bool {
    phrase.split_whitespace().last().is_some_and(|w| gaz.is_org_head(w))
}

/// True when an office starts at token `k` ("Deputy Head", "Spokesperson") and either a
/// name-like word follows it in the run, or it ends the run right after a name word.
/// ("Office of the Director of National Intelligence": "of" follows "Director"; "Office of
/// the High Commissioner": the office follows "the". Both keep the office.)
fn office_then_name(ctx: &Ctx<'_>, toks: &[super::chunk::Tok], k: usize) -> bool {
    let text = ctx.text;
    if toks[k].connector {
        return false;
    }
    let run_end = toks[toks.len() - 1].end;
    let Some(m) = ctx
        .gaz
        .titles(&text[toks[k].begin..run_end])
        .into_iter()
        .find(|m| m.begin == 0)
    else {
        return false;
    };
    let title_end = toks[k].begin + m.end;
    match toks[k..].iter().find(|t| t.begin >= title_end) {
        Some(t) => !t.connector && !ctx.gaz.is_generic(t.word(text)),
        None => title_end >= run_end && !toks[k - 1].connector,
    }
}

/// Organization nouns that also head offices of a unit ("Branch Commander", "Unit Head").
pub(super) const SUB_UNITS: &[&str] = &[
    "branch", "unit", "division", "section", "squad", "team", "desk", "group", "command",
];

/// The organization-like part of a run, if any: up to its last organization noun (plus an
/// "of ..." tail after it), with a distinctive word in it.
fn org_phrase(ctx: &Ctx<'_>, run: &Run) -> Option<(usize, usize)> {
    let gaz = ctx.gaz;
    let text = ctx.text;
    // "National Police of Ukraine Deputy Head Oksana Yeboah said", "said Federal Bureau of
    // Investigation Special Agent": the run is an organization, then an office (and a
    // name); the organization ends before the office.
    // "Tonga Police Superintendent X": an office that opens with the organization's noun
    // ("Police Superintendent") leaves that noun to the organization when the rest is an
    // office too and the words before have no such noun of their own ("United Nations
    // Office on Drugs and Crime Programme Coordinator" keeps "Programme Coordinator").
    let cut = (2..run.toks.len())
        .find(|&k| office_then_name(ctx, &run.toks, k))
        .map(|k| {
            if k + 1 < run.toks.len()
                && gaz.is_org_head(run.toks[k].word(text))
                && !run.toks[..k]
                    .iter()
                    .any(|t| !t.connector && gaz.is_org_head(t.word(text)))
                && office_then_name(ctx, &run.toks, k + 1)
            {
                k + 1
            } else {
                k
            }
        })
        .unwrap_or(run.toks.len());
    // "NCA Branch Commander X": a unit noun between an acronym or a known name and the office
    // belongs to the office ("Branch Commander"), not to a new organization "NCA Branch".
    let cut = if cut >= 2
        && cut < run.toks.len()
        && SUB_UNITS.contains(&run.toks[cut - 1].word(text).to_lowercase().as_str())
        && {
            let owner = &text[run.toks[0].begin..run.toks[cut - 2].end];
            gaz.org(owner).is_some() || (cut == 2 && words::is_all_caps(owner))
        } {
        cut - 1
    } else {
        cut
    };
    // "Follow the Agency on X": the social network is no word of the name.
    let cut = if cut >= 3 && run.toks[cut - 2].word(text) == "on" && run.toks[cut - 1].word(text) == "X" {
        cut - 2
    } else {
        cut
    };
    let toks = &run.toks[..cut];
    let head = toks
        .iter()
        .rposition(|t| !t.connector && gaz.is_org_head(t.word(text)))?;
    // "Directorate General of Territorial Surveillance": "General" after the noun is part of
    // it, and the "of" tail follows
    let head = if toks.get(head + 1).is_some_and(|t| t.word(text) == "General")
        && toks.get(head + 2).is_some_and(|t| t.connector)
    {
        head + 1
    } else {
        head
    };
    // "the OSCE Annual Police Experts Meeting": a meeting named after what its members do,
    // not an organization (a head right before the meeting's, "Chiefs of Police
    // Conference", still names the body that meets)
    if toks.len() == run.toks.len()
        && head + 2 < toks.len()
        && toks[head + 1..].iter().all(|t| !t.connector)
        && toks
            .last()
            .is_some_and(|t| super::event::CONF_HEADS.contains(&t.word(text)))
        && !gaz.is_org_head(toks[head + 1].word(text))
    {
        return None;
    }
    // "Batasan Police Station": a post of the organization, not the organization.
    if toks
        .get(head + 1)
        .is_some_and(|t| matches!(t.word(text), "Station" | "Post" | "Barracks" | "Checkpoint"))
    {
        return None;
    }
    // "Advocacy of the Agency", "Follow the Agency on X": an organization noun right after
    // "the" inside a run refers back to one already named; the run names none.
    // (but after an office, a noun with a tail of its own opens a name: "Executive
    // Secretary of the Ministry of Justice and Public Security")
    let office_of_named = head + 2 < toks.len()
        && toks[head + 1].connector
        && matches!(toks[head + 1].word(text), "of" | "for")
        && !toks[head + 2].connector
        && !gaz.titles(&text[toks[0].begin..toks[head].begin]).is_empty();
    if head > 0 && toks[head - 1].connector && toks[head - 1].word(text) == "the" && !office_of_named {
        return None;
    }
    // Keep an "of/for ..." tail after the head ("Central Bureau of Investigation").
    let mut last = head;
    // the tail was a country's possessive: the country owns the name, however generic
    let mut owned_by_country = false;
    if head + 1 < toks.len() && toks[head + 1].connector {
        // The tail ends before a weekday or a month ("Centre on Friday").
        last = toks[head + 1..]
            .iter()
            .position(|t| !t.connector && gaz.is_function(t.word(text)))
            .map_or(toks.len() - 1, |p| head + p);
        while last > head && toks[last].connector {
            last -= 1;
        }
        // "the Central Criminal Police Department of Georgia's Ministry of Internal Affairs":
        // a country's possessive at the end owns the next name, and the tail stops before it.
        if last > head + 1
            && toks[last].possessive
            && toks[last - 1].connector
            && toks[last - 1].word(text) == "of"
            && text[toks[last].end..].starts_with(' ')
            && text[toks[last].end + 1..].starts_with(char::is_uppercase)
            && ctx
                .names
                .iter()
                .any(|m| m.begin == toks[last].begin && matches!(m.hit, Hit::Country(_)))
        {
            last = head;
            owned_by_country = true;
        }
        // "the National Criminal Investigations Division of the Dutch police": a demonym
        // before a lower-case noun describes that noun, and the tail stops before it.
        if last > head + 1 && demonym_before_lower(ctx, &toks[last]).is_some() {
            last -= 1;
            while last > head && toks[last].connector {
                last -= 1;
            }
        }
    }
    let mut first = 0;
    while first < head && ctx.leading_filler(&toks[first]) {
        first += 1;
    }
    // "The Hague on Tuesday and Wednesday for the European Police Chiefs Convention": a
    // day or a month before "for" ends a phrase of time and place, not a name.
    if let Some(k) = toks[first..head]
        .iter()
        .rposition(|t| t.connector && t.word(text) == "for")
        .map(|k| first + k)
    {
        if toks[first + 1..k]
            .iter()
            .any(|t| !t.connector && ctx.gaz.is_function(t.word(text)))
        {
            first = k + 1;
            while first < head && toks[first].connector {
                first += 1;
            }
        }
    }
    // "Special Agent in Charge of the DEA El Paso Field Division": "in" ends the office's
    // first run, and "Charge of the" is the rest of the office.
    if toks[first].word(text) == "Charge" && text[..toks[first].begin].ends_with(" in ") {
        if let Some(of) = toks[first..head]
            .iter()
            .position(|t| t.connector && t.word(text) == "of")
        {
            first += of + 1;
            while first < head && toks[first].connector {
                first += 1;
            }
        }
    }
    // A title before the name is not part of it ("Commissioner General of the Belgian
    // Federal Police" is handled by the official detector).
    // An office in front ("Supreme Commissioner of the Cambodian National Police",
    // "Controller of the ... Unit Zone A of the Nigeria Customs Service") is cut off at the
    // last "of" before the head noun.
    if !gaz.titles(&text[toks[first].begin..toks[head].begin]).is_empty() {
        if let Some(p) = toks[first..=head]
            .iter()
            .rposition(|t| t.connector && t.word(text) == "of")
        {
            first += p + 1;
            while first < head && toks[first].connector {
                first += 1;
            }
        }
    }
    // "prosecutor Marcelo Pecci of the Public Ministry": after an office, the capitalized
    // words before "of" are the holder's name, and the organization starts after "of".
    if let Some(p) = toks[first..head]
        .iter()
        .position(|t| t.connector && t.word(text) == "of")
        .map(|p| first + p)
    {
        let name_words = &toks[first..p];
        let mut lb = toks[first].begin.saturating_sub(40);
        while !text.is_char_boundary(lb) {
            lb += 1;
        }
        let lead = &text[lb..toks[first].begin];
        if (2..=4).contains(&name_words.len())
            && name_words.iter().all(|t| {
                !t.connector && !gaz.is_org_head(t.word(text)) && !gaz.is_generic(&t.word(text).to_lowercase())
            })
            && gaz.titles(lead).iter().any(|m| m.end == lead.trim_end().len())
        {
            first = p + 1;
            while first < head && toks[first].connector {
                first += 1;
            }
        }
    }
    // "Officers of the Seaport Police arrested", "Sailors of the Riverine Unit": people of
    // the organization, not its name.
    if first + 1 < head
        && matches!(
            toks[first].word(text),
            "Officers"
                | "Members"
                | "Agents"
                | "Officials"
                | "Staff"
                | "Investigators"
                | "Detectives"
                | "Personnel"
                | "Sailors"
                | "Soldiers"
                | "Marines"
                | "Troops"
                | "Inspectors"
        )
        && toks[first + 1].connector
        && toks[first + 1].word(text) == "of"
    {
        first += 2;
        while first < head && toks[first].connector {
            first += 1;
        }
    }
    // "Hague-based", "EU-funded": a description, not part of the name.
    while first < head && {
        let w = toks[first].word(text).to_lowercase();
        w.ends_with("-based") || w.ends_with("-led") || w.ends_with("-funded") || w.ends_with("-backed")
    } {
        first += 1;
    }
    let words_in: Vec<&str> = toks[first..=last]
        .iter()
        .filter(|t| !t.connector)
        .map(|t| t.word(text))
        .collect();
    if words_in.len() < 2 || is_event(&words_in.join(" ")) {
        return None;
    }
    // The phrase must not start with a title ("Director General ..."): that is an office.
    let begin = toks[first].begin;
    let end = toks[last].end;
    let phrase = &text[begin..end];
    // "General Commissariat for Immigration", "General Secretariat": one word of an office
    // right before the organization noun is an adjective of it.
    let adjective = |m: &super::gazetteer::Match| !phrase[..m.end].contains(' ') && first + 1 == head;
    // ("the Federal Prosecutor's Office": the office of an office holder is a body)
    let holders =
        |m: &super::gazetteer::Match| phrase[m.end..].starts_with("'s ") || phrase[m.end..].starts_with("\u{2019}s ");
    if gaz
        .titles(phrase)
        .iter()
        .any(|m| m.begin == 0 && !adjective(m) && !holders(m))
    {
        return None;
    }
    // A name that opens with its organization noun and goes on with "of" and capitalized
    // words names one body, however generic those words ("Department of Home Affairs",
    // "Ministry of Justice"); "the Federal Police" does not. Not when an office was cut off
    // its end: "Office of the Provincial Commissioner" is no "Office of the Provincial".
    let head_first = first == head
        && cut == run.toks.len()
        && toks.get(head + 1).is_some_and(|t| t.connector && t.word(text) == "of")
        && toks[head + 1..=last]
            .iter()
            .any(|t| !t.connector && t.word(text).starts_with(char::is_uppercase));
    // "the National Organised Crime Group": three or more words of a unit's name, written
    // as a proper name after "the", name one body (a police force or a customs service so
    // named, "the National Police Service", stays a description).
    // Not when the run goes on ("the State Criminal Police Office Baden-Württemberg"), or
    // when the article writes the name with its owner in front elsewhere ("the Polish
    // National Revenue Administration"): that owned name is the body.
    let long_proper = words_in.len() >= 3
        && (text[..begin].ends_with("the ") || text[..begin].ends_with("The "))
        && last + 1 == toks.len()
        && !text.match_indices(phrase).any(|(i, _)| {
            // (only a name on the same line owns it: not "Host" above it in a fact box, nor
            // "Criminal Affairs Bureau," before a comma)
            let Some(before) = text[..i].strip_suffix(' ') else {
                return false;
            };
            let w = before.rsplit([' ', '\n']).next().unwrap_or_default();
            w.starts_with(char::is_uppercase) && w.ends_with(char::is_alphanumeric) && !matches!(w, "The" | "THE")
        })
        && !matches!(
            toks[head].word(text),
            "Police" | "Customs" | "Force" | "Forces" | "Guard" | "Army" | "Navy"
        )
        // (a service of four words or more is named: "the Defense Criminal Investigative
        // Service")
        && !(matches!(toks[head].word(text), "Service" | "Services") && words_in.len() < 4);
    // "The Federal Police (Policia Federal, PF)": a generic name glossed by a known
    // organization's name in brackets is that organization's name in English (unless an
    // owner's possessive in front says whose it is: "Ecuador's National Police (Policía
    // Nacional)" is not Spain's).
    let glossed = text[end..].starts_with(" (")
        && !text[..begin].ends_with("'s ")
        && !text[..begin].ends_with("\u{2019}s ")
        && ctx
            .names
            .iter()
            .any(|m| matches!(m.hit, Hit::Org(_)) && m.begin == end + 2);
    // "the Public Ministry (Ministerio Público)": a generic name glossed by its name in
    // another language (one with letters beyond ASCII) is a name, not a description.
    let glossed_foreign = text[end..]
        .strip_prefix(" (")
        .and_then(|r| r.split_once(')'))
        .is_some_and(|(g, _)| {
            let ws: Vec<&str> = g.split(' ').collect();
            (2..=5).contains(&ws.len())
                && ws[0].starts_with(char::is_uppercase)
                && ws.iter().all(|w| w.chars().all(|c| c.is_alphabetic() || c == '-'))
                && g.chars().any(|c| c.is_alphabetic() && !c.is_ascii())
        })
        && !text[..begin].ends_with("'s ")
        && !text[..begin].ends_with("\u{2019}s ");
    let distinctive = head_first
        || long_proper
        || owned_by_country
        || glossed
        || glossed_foreign
        || words_in.iter().any(|w| {
            !gaz.is_generic(w)
                || words::is_all_caps(w)
                || ctx.names.iter().any(|m| {
                    matches!(m.hit, Hit::Country(_) | Hit::Demonym(_) | Hit::Org(_) | Hit::Place(_))
                        && m.begin >= begin
                        && m.end <= end
                })
        });
    if !distinctive {
        return None;
    }
    let end = if toks[last].possessive {
        toks[last].word_end(text)
    } else {
        end
    };
    Some((begin, end))
}

/// The country of token `t` when it is a demonym followed by a lower-case word: "Dutch" in
/// "of the Dutch police", which describes the noun after it, not the name before.
fn demonym_before_lower(ctx: &Ctx<'_>, t: &Tok) -> Option<usize> {
    let lower_after = ctx.text[t.end..]
        .strip_prefix(' ')
        .is_some_and(|r| r.starts_with(char::is_lowercase));
    lower_after
        .then(|| {
            ctx.names.iter().find_map(|m| match m.hit {
                Hit::Demonym(i) if m.begin == t.begin && m.end == t.end => Some(i),
                _ => None,
            })
        })
        .flatten()
}

/// The country a span names through a country name or a demonym inside it.
fn country_in(ctx: &Ctx<'_>, begin: usize, end: usize) -> Option<String> {
    ctx.names.iter().find_map(|m: &Match| match m.hit {
        Hit::Country(i) | Hit::Demonym(i) if m.begin >= begin && m.end <= end => {
            Some(ctx.gaz.countries[i].alpha3.clone())
        }
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::super::Ctx;
    use super::*;

    fn orgs_in(t: &str) -> Vec<(String, Vec<String>)> {
        let ctx = Ctx::new(t, None);
        let o = detect(&ctx);
        o.infos
            .iter()
            .map(|i| (i.canonical.clone(), i.aliases.clone()))
            .collect()
    }

    fn descriptions_of(t: &str) -> Vec<(String, String)> {
        let ctx = Ctx::new(t, None);
        let orgs = detect(&ctx);
        orgs.mentions
            .iter()
            .filter(|m| t[m.span.begin..].starts_with(char::is_lowercase))
            .map(|m| (t[m.span.begin..m.span.end].to_string(), m.canonical.clone()))
            .collect()
    }

    #[test]
    fn a_department_of_a_countrys_ministry_with_an_of_tail() {
        let got = orgs_in("Colonel Ki Somsak, deputy head of the Anti-Drug Police Department of the Lao Ministry of Public Security, said so.");
        assert!(
            got.iter().any(|(n, _)| n == "Lao Ministry of Public Security"),
            "{got:?}"
        );
        // without a country the ministry is no body of its own
        let got = orgs_in("Colonel Ki Somsak, deputy head of the Anti-Drug Police Department of the Ministry of Public Security, said so.");
        assert!(!got.iter().any(|(n, _)| n == "Ministry of Public Security"), "{got:?}");
    }

    #[test]
    fn a_generic_name_that_fits_no_named_body_is_a_body_of_its_own() {
        let names = |t: &str| orgs_in(t).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        let got = names(
            "Officers came from the Royal Zembla Navy, the Border Patrol Police and the Customs \
             Department. The Customs Department seized 20 boats.",
        );
        assert!(got.contains(&"Border Patrol Police".to_string()), "{got:?}");
        assert_eq!(got.iter().filter(|n| *n == "Customs Department").count(), 1, "{got:?}");
        // one that fits a body named in the article is that body; one with a tail, a seat
        // or a gloss is left alone; people of a body are no part of its name
        let got = names(
            "The Zembla Border Patrol Police arrested two men. The Border Patrol Police said so. \
             The Federal Court in Porto Velho ruled. The Judicial Police at the DGSN helped. \
             The National Army (Ejercito Nacional) came. Sailors of the Zembla Riverine Unit stopped them.",
        );
        assert!(!got.contains(&"Border Patrol Police".to_string()), "{got:?}");
        assert!(
            !got.iter()
                .any(|n| n == "Federal Court" || n == "Judicial Police" || n == "National Army"),
            "{got:?}"
        );
        assert!(got.contains(&"Zembla Riverine Unit".to_string()), "{got:?}");
    }

    #[test]
    fn a_generic_name_glossed_by_a_known_name_is_that_organization() {
        let t = "The Federal Police (Policia Federal, PF) opened a case. Ana Lima, the Federal Police \
                 chief in Recife, spoke. Buyers were traced with the Belgian Federal Police.";
        let got = orgs_in(t);
        let pf = got.iter().find(|(_, a)| a.iter().any(|a| a == "Federal Police"));
        assert!(
            pf.is_some_and(|(n, _)| n.contains("Federal") && n != "Belgian Federal Police"),
            "{got:?}"
        );
        // the later "Federal Police" is the glossed one, not the Belgian named after it
        let ctx = Ctx::new(t, None);
        let orgs = detect(&ctx);
        let second = t.match_indices("Federal Police").nth(1).unwrap().0;
        let m = orgs.mentions.iter().find(|m| m.span.begin == second).unwrap();
        assert_ne!(m.canonical, "Belgian Federal Police");
        // an owner's possessive says whose the name is, whatever the brackets say
        let got = orgs_in("Zembla's National Police (Policía Nacional) seized 2 tonnes.");
        assert!(!got.iter().any(|(n, _)| n == "Policía Nacional"), "{got:?}");
    }

    #[test]
    fn a_unit_with_its_number() {
        let names = |t: &str| orgs_in(t).into_iter().map(|(n, _)| n).collect::<Vec<_>>();
        let got = names("A frigate with the Combined Task Force 150 (CTF 150) seized 2 tonnes of hashish.");
        assert!(got.iter().any(|n| n == "Combined Task Force 150"), "{got:?}");
        let got = names("The Vela Regional Police Office 4A, or PRO-4A, said the drugs weighed 1,400 kg.");
        assert!(got.iter().any(|n| n == "Vela Regional Police Office 4A"), "{got:?}");
        // not a year, nor a count of what follows
        let got = names("The Joint Task Force 2024 review found that the Joint Task Force 20 officers were paid.");
        assert!(!got.iter().any(|n| n.ends_with("2024") || n.ends_with("20")), "{got:?}");
    }

    #[test]
    fn an_acronym_in_front_is_the_long_name() {
        let got = orgs_in("The EU Monitoring Centre and the European Union Monitoring Centre met.");
        assert!(!got.iter().any(|(n, _)| n == "EU Monitoring Centre"), "{got:?}");
        assert!(
            got.iter()
                .any(|(n, a)| n == "European Union Monitoring Centre" && a == &["EU Monitoring Centre"]),
            "{got:?}"
        );
    }

    #[test]
    fn a_native_name_in_brackets_before_a_known_acronym() {
        let got = orgs_in("In Chile, the Investigations Police (Policía de Investigaciones, PDI) made arrests.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Policía de Investigaciones de Chile", "{got:?}");
    }

    #[test]
    fn a_unit_of_a_named_body_names_the_body_too() {
        let ctx = Ctx::new(
            "Officers of the Economic Crimes Unit of the Tarsus Provincial Police Department made arrests.",
            None,
        );
        let o = detect(&ctx);
        let unit = o
            .infos
            .iter()
            .find(|i| i.canonical == "Economic Crimes Unit of the Tarsus Provincial Police Department")
            .expect("unit");
        assert_eq!(unit.parent.as_deref(), Some("Tarsus Provincial Police Department"));
        assert!(o
            .infos
            .iter()
            .any(|i| i.canonical == "Tarsus Provincial Police Department"));
        // a body of generic words alone is no organization of its own
        let got = orgs_in("Officers of the Drugs Unit of the National Police Department made arrests.");
        assert!(!got.iter().any(|(n, _)| n == "National Police Department"), "{got:?}");
        // unless a country's adjective makes it one
        let got = orgs_in("Officers of the Drugs Unit of the Norwegian National Police made arrests.");
        assert!(got.iter().any(|(n, _)| n == "Norwegian National Police"), "{got:?}");
    }

    #[test]
    fn a_demonym_before_a_lower_case_noun_is_no_part_of_the_name() {
        let got = orgs_in("said Ola Berg, head of the National Fraud Investigation Division of the Norwegian police.");
        assert!(
            got.iter()
                .any(|(n, a)| n == "Norwegian National Fraud Investigation Division"
                    && a.contains(&"National Fraud Investigation Division".to_string())),
            "{got:?}"
        );
    }

    #[test]
    fn a_line_of_a_country_and_its_agency_owns_the_generic_name() {
        let got = orgs_in(
            "Agencies from two countries:\n\n- Austria: National Bureau of Investigation\n- Belgium: Federal Police\n",
        );
        assert!(
            got.iter().any(|(n, a)| n.contains("National Bureau of Investigation")
                || a.iter().any(|x| x.contains("National Bureau of Investigation"))),
            "{got:?}"
        );
        // nor is a line that opens with something other than a country
        let got = orgs_in("Agencies:\n\n- Harbour: National Bureau of Investigation\n");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn days_before_for_end_a_phrase_of_time_not_a_name() {
        let got =
            orgs_in("Chiefs gathered at Vela Harbour on Tuesday and Wednesday for the Nordic Harbour Police meeting.");
        assert!(got.iter().all(|(n, _)| !n.contains("Tuesday")), "{got:?}");
        // a remit after "for" in a name stays
        let got = orgs_in("Officers of the Vela Maritime Centre for Harbour Security said so on Monday.");
        assert!(
            got.iter()
                .any(|(n, _)| n == "Vela Maritime Centre for Harbour Security"),
            "{got:?}"
        );
    }

    #[test]
    fn a_lower_case_description_refers_to_the_one_organization_it_fits() {
        let t = "The Zorvian Customs Service seized 40 kg. The raid was led by the customs service.";
        assert_eq!(
            descriptions_of(t),
            vec![("customs service".to_string(), "Zorvian Customs Service".to_string())]
        );
        // two organizations fit "border police": neither is meant
        let t = "The Zorvian Border Police and the Tarvian Border Police met. The border police said more.";
        assert_eq!(descriptions_of(t), vec![]);
        // no organization named: a description alone is nobody
        assert_eq!(descriptions_of("The coast guard said the boat sank."), vec![]);
        // a capitalized phrase of generic words refers back the same way
        let t = "The National Police of Zorvia seized 40 kg. The head of the National Police's drug unit spoke.";
        let ctx = Ctx::new(t, None);
        let at = t.rfind("National Police's").unwrap();
        let orgs = detect(&ctx);
        let m = orgs.mentions.iter().find(|m| m.span.begin == at).expect("a mention");
        assert_eq!(&t[m.span.begin..m.span.end], "National Police");
        assert_eq!(m.canonical, "National Police of Zorvia");
        // with two organizations it could mean, it means neither
        let t = "The National Police of Zorvia and the National Police of Tarvia met. The National Police said so.";
        let ctx = Ctx::new(t, None);
        let at = t.rfind("National Police said").unwrap();
        assert!(!detect(&ctx).mentions.iter().any(|m| m.span.begin == at));
    }

    #[test]
    fn the_organization_is_the_one_named_with_that_head() {
        let t = "The International Criminal Police Organization (INTERPOL) met. Delegates from 50 of the \
                 Organization's member countries came. The Agency said so.";
        let heads = |t: &str| -> Vec<(String, String)> {
            let ctx = Ctx::new(t, None);
            detect(&ctx)
                .mentions
                .iter()
                .filter(|m| t[..m.span.begin].ends_with("the "))
                .map(|m| (t[m.span.begin..m.span.end].to_string(), m.canonical.clone()))
                .collect()
        };
        assert_eq!(heads(t), vec![("Organization".to_string(), "INTERPOL".to_string())]);
        // two organizations it could be (one by the gazetteer's name for it): neither
        let t = "INTERPOL and the World Customs Organization met. The Organization's view was heard; \
                 so was the Organization's.";
        assert!(heads(t).iter().all(|(h, _)| h != "Organization"), "{:?}", heads(t));
        // at the start of a sentence too
        let t = "Frontex, the European Border and Coast Guard Agency, met. \
                 The Agency's analysts came.";
        let ctx = Ctx::new(t, None);
        let at = t.find("Agency's").unwrap();
        let orgs = detect(&ctx);
        let m = orgs.mentions.iter().find(|m| m.span.begin == at);
        assert_eq!(m.map(|m| m.canonical.as_str()), Some("Frontex"), "{:?}", orgs.mentions);
    }

    #[test]
    fn an_office_named_after_its_holder_is_one_name() {
        let o =
            orgs_in("Deputies from the Kern County Sheriff's Department and the Nevada Highway Patrol made arrests.");
        let names: Vec<&str> = o.iter().map(|x| x.0.as_str()).collect();
        assert!(names.contains(&"Kern County Sheriff's Department"), "{names:?}");
        assert!(names.contains(&"Nevada Highway Patrol"), "{names:?}");
        // an owner's possessive before a unit stays two names
        let o = orgs_in("It was coordinated by Europol's European Cybercrime Centre.");
        assert!(!o.iter().any(|x| x.0.starts_with("Europol's")), "{o:?}");
    }

    #[test]
    fn acronym_definition_gives_alias() {
        let o = orgs_in("The Zorvian Border Protection Agency (ZBPA) said. Later the ZBPA added more.");
        assert_eq!(
            o,
            vec![("Zorvian Border Protection Agency".to_string(), vec!["ZBPA".to_string()])]
        );
    }

    #[test]
    fn an_acronym_with_a_letter_outside_ascii() {
        let o = orgs_in("Poland's Zorvian Bureau of Investigation of Police (ZBŚP) said. Later the ZBŚP added more.");
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].1, vec!["ZBŚP".to_string()]);
    }

    #[test]
    fn an_acronym_in_two_parts_defines_a_name_of_generic_words() {
        // Every word of the name is generic; the acronym that spells it makes it a name.
        let o = orgs_in("Support came from the Regional Intelligence Liaison Office for Europe and the Mediterranean (RILO E/M) in Rome.");
        assert_eq!(
            o,
            vec![(
                "Regional Intelligence Liaison Office for Europe and the Mediterranean".to_string(),
                vec!["RILO E/M".to_string()]
            )]
        );
        let o = orgs_in("The Harbour Security Authority (HSA NW) met.");
        assert_eq!(o[0].1, vec!["HSA NW".to_string()], "{o:?}");
    }

    #[test]
    fn a_place_that_opens_with_a_function_word_keeps_it() {
        // "New" starts headlines ("New Rules For ..."), and also "New Zealand".
        let o =
            orgs_in("The New Zealand Harbour Service (NZHS) hosted the unit. New Caledonia Harbour Police said more.");
        let names: Vec<&str> = o.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            names,
            vec!["New Zealand Harbour Service", "New Caledonia Harbour Police"]
        );
    }

    #[test]
    fn words_joined_by_and_to_a_unit_are_part_of_its_name() {
        let o = orgs_in("It was run by INTERPOL's Illicit Goods and Global Health Programme in Lyon.");
        let names: Vec<&str> = o.iter().map(|x| x.0.as_str()).collect();
        assert!(
            names.contains(&"Illicit Goods and Global Health Programme"),
            "{names:?}"
        );
        let o = orgs_in("It was run by Europol and the Zembla Harbour Police in Vela.");
        let names: Vec<&str> = o.iter().map(|x| x.0.as_str()).collect();
        assert!(names.contains(&"Europol"), "{names:?}");
        assert!(!names.iter().any(|n| n.contains(" and ")), "{names:?}");
        let o = orgs_in("Officers from Spain and Portugal Police Units met.");
        assert!(!o.iter().any(|x| x.0.contains(" and ")), "{o:?}");
    }

    #[test]
    fn one_word_of_an_office_before_the_organization_noun() {
        let o = orgs_in("It was led by the General Commissariat for Harbours and Borders in Vela.");
        let names: Vec<&str> = o.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(names, vec!["General Commissariat for Harbours and Borders"]);
        // an office of two words is still an office
        let o = orgs_in("It was led by the Director General Office in Vela.");
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn a_unit_noun_before_an_office_after_a_known_name_is_part_of_the_office() {
        let o = orgs_in("\"It was a long job,\" said NCA Branch Commander Ana Velik of the National Crime Agency.");
        assert!(!o.iter().any(|x| x.0.contains("Branch")), "{o:?}");
        // a unit with a name of its own stays one
        let o = orgs_in("said Zembla Harbour Branch Commander Ana Velik.");
        assert!(o.iter().any(|x| x.0 == "Zembla Harbour Branch"), "{o:?}");
    }

    #[test]
    fn a_weekday_after_on_is_not_part_of_the_name() {
        let o = orgs_in("The conference closed at the Zembla Harbour Centre on Friday.");
        assert_eq!(
            o.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            vec!["Zembla Harbour Centre"]
        );
    }

    #[test]
    fn a_known_name_with_a_remit_after_for_is_the_known_one() {
        let o = orgs_in("Ana Velik, Deputy Director of Border Force for the South East and Europe, said so.");
        assert_eq!(o.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(), vec!["Border Force"]);
    }

    #[test]
    fn a_police_station_is_no_police_force() {
        let o = orgs_in("Officers from the Vela Harbour Police Station joined the team.");
        assert!(o.is_empty(), "{o:?}");
    }

    #[test]
    fn the_agency_inside_a_run_refers_back() {
        let o = orgs_in("Director, Media & Advocacy of the Agency, said so.\n\nFollow the Agency on X: @zembla\n");
        assert!(o.is_empty(), "{o:?}");
        let o = orgs_in("The Ministry of the Interior of Zembla said so.");
        assert_eq!(o.len(), 1, "{o:?}");
    }

    #[test]
    fn the_rest_of_special_agent_in_charge_is_no_name() {
        let o = orgs_in("said Ana Velik, Special Agent in Charge of the Zembla Harbour Field Division.");
        assert_eq!(
            o.iter().map(|x| x.0.as_str()).collect::<Vec<_>>(),
            vec!["Zembla Harbour Field Division"]
        );
    }

    #[test]
    fn constabularies_taskforces_and_brigades() {
        let o = orgs_in("The Royal Zembla Constabulary, the Vela Joint Organised Crime Taskforce and the Zembla Jungle Infantry Brigade met.");
        let names: Vec<&str> = o.iter().map(|x| x.0.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "Royal Zembla Constabulary",
                "Vela Joint Organised Crime Taskforce",
                "Zembla Jungle Infantry Brigade"
            ]
        );
    }

    #[test]
    fn an_acronym_the_text_spells_out_as_another_body_is_that_body() {
        // NPF is the Nigeria Police Force in the gazetteer
        let t = "Ann Roy, President of the National Police Federation (NPF), said the NPF agreed.";
        let ctx = Ctx::new(t, None);
        let named: Vec<String> = detect(&ctx).mentions.into_iter().map(|m| m.canonical).collect();
        assert!(named.len() >= 3, "{named:?}");
        assert!(named.iter().all(|c| c == "National Police Federation"), "{named:?}");
        // the same words, written another way, are the gazetteer's body
        let o = orgs_in("officers of the Nigerian Police Force (NPF) said");
        assert!(o.iter().any(|(c, _)| c == "Nigeria Police Force"), "{o:?}");
    }

    #[test]
    fn expansion_of_a_known_acronym_is_an_alias() {
        let t = "the European Union Agency for Law Enforcement Cooperation (Europol) said";
        let o = orgs_in(t);
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].0, "Europol");
        assert!(o[0]
            .1
            .iter()
            .any(|a| a == "European Union Agency for Law Enforcement Cooperation"));
    }

    #[test]
    fn a_name_that_opens_with_its_head_noun_and_an_of_tail_is_an_organization() {
        let o = orgs_in("with immigration officers from the Department of Home Affairs on the day");
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].0, "Department of Home Affairs");
        // lower-case words stay a description
        assert_eq!(orgs_in("a department of the police said"), vec![]);
        // an office at the end is not cut into a name
        assert_eq!(orgs_in("Office of the Provincial Commissioner: Gauteng"), vec![]);
    }

    #[test]
    fn distinctive_phrase_with_head_noun_is_an_organization() {
        let o = orgs_in("officers of the Korean National Police Agency arrested him");
        assert_eq!(o[0].0, "Korean National Police Agency");
    }

    #[test]
    fn an_office_and_a_name_after_an_of_tail_are_not_part_of_it() {
        let t = "National Police of Zorvia Deputy Head Oksana Yeboah said the results showed it.";
        let o = orgs_in(t);
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].0, "National Police of Zorvia");
        let ctx = Ctx::new(t, None);
        let orgs = detect(&ctx);
        let people = super::super::official::detect(&ctx, &orgs);
        assert!(
            people.iter().any(|p| p.name == "Oksana Yeboah"
                && p.title.as_ref().is_some_and(|t| t.value == "Deputy Head")
                && p.org.as_ref().is_some_and(|o| o.value == "National Police of Zorvia")),
            "{people:?}"
        );
        // An office with no name after it stays in the tail.
        let o = orgs_in("the Zorvian Office of the Director of National Intelligence said");
        assert_eq!(
            o[0].0, "Zorvian Office of the Director of National Intelligence",
            "{o:?}"
        );
        // An office that ends the run after a name word is cut off too.
        let o = orgs_in("\"It counts,\" said Zorvian Bureau of Investigation Special Agent in Charge Ana Pohl.");
        assert!(o.iter().any(|(n, _)| n == "Zorvian Bureau of Investigation"), "{o:?}");
        assert!(!o.iter().any(|(n, _)| n.contains("Agent")), "{o:?}");
    }

    #[test]
    fn a_generic_name_owned_by_a_country_or_an_organization() {
        let got = orgs_in("Zembla's National Police said it seized 2 tonnes of cocaine.");
        assert!(got.is_empty(), "Zembla is no country: {got:?}");
        let got = orgs_in("Colombia's National Police said the Bulgaria's General Directorate Border Police helped.");
        assert!(
            got.iter()
                .any(|(n, a)| n == "Policía Nacional de Colombia" && a.contains(&"National Police".to_string())),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(n, _)| n == "Bulgarian General Directorate Border Police"),
            "{got:?}"
        );
        let got = orgs_in(
            "Agents of the FGR's Criminal Investigation Agency supported the Fiscalía General de la República (FGR).",
        );
        assert!(got.iter().any(|(n, _)| n == "Criminal Investigation Agency"), "{got:?}");
        // after an office, "the" and a noun with an "of" tail open a name
        let got = orgs_in("It heard Ana Ruiz, Executive Secretary of the Ministry of Harbours and Public Works.");
        assert!(
            got.iter().any(|(n, _)| n == "Ministry of Harbours and Public Works"),
            "{got:?}"
        );
        let got = orgs_in("Advocacy of the Agency matters, and so does Follow the Agency on X.");
        assert!(got.is_empty(), "{got:?}");
        // a known name and the country it belongs to is the known organization
        let got = orgs_in("It thanked the Office of the Narcotics Control Board of Thailand for the tip-off.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Office of the Narcotics Control Board", "{got:?}");
        // "General" after the organization noun, then the "of" tail
        let got = orgs_in("The Directorate General of Harbour Surveillance said so.");
        assert!(
            got.iter()
                .any(|(n, _)| n == "Directorate General of Harbour Surveillance"),
            "{got:?}"
        );
        // the organization noun before an "of" tail
        let got = orgs_in("It was hosted by Jordan's General Directorate of Public Safety in Amman.");
        assert!(
            got.iter()
                .any(|(n, a)| n.ends_with("General Directorate of Public Safety") && !a.is_empty()),
            "{got:?}"
        );
        // an office after a modifier is no body: "Acting Minister of Police"
        let got = orgs_in("It was opened by Ann Reed, Kenya's Acting Minister of Police, on Monday.");
        assert!(got.is_empty(), "{got:?}");
        // a name the gazetteer knows in the country's words
        let got = orgs_in("Brazil's Federal Police said it seized 2 tonnes of cocaine.");
        assert!(got.iter().any(|(n, _)| n == "Polícia Federal"), "{got:?}");
        // an acronym that spells the words before an "and" too
        let got = orgs_in("It was run with the Yorkshire and Humber Regional Organised Crime Unit (YHROCU) in Leeds.");
        assert!(
            got.iter()
                .any(|(n, _)| n == "Yorkshire and Humber Regional Organised Crime Unit"),
            "{got:?}"
        );
        // an acronym the text defines is that name, whatever the gazetteer reads it as
        let ctx = Ctx::new(
            "The Policía Nacional del Perú (PNP) raided 34 homes. The PNP said 21 people were held.",
            None,
        );
        let o = detect(&ctx);
        assert!(
            !o.mentions.iter().any(|m| m.canonical == "Philippine National Police"),
            "{:?}",
            o.mentions
        );
        assert_eq!(
            o.mentions
                .iter()
                .filter(|m| m.canonical == "Policía Nacional del Perú")
                .count(),
            3,
            "{:?}",
            o.mentions
        );
        // the people of an organization are not part of its name
        let got = orgs_in("Officers of the Seaport Police arrested two men in Rotterdam.");
        assert!(got.iter().any(|(n, _)| n == "Seaport Police"), "{got:?}");
        // a country's possessive at a name's end belongs to the next name
        let got = orgs_in("Levan Kiknadze, head of the Central Criminal Police Department of Georgia's Ministry of Internal Affairs, said so.");
        assert!(
            got.iter().any(|(n, _)| n == "Central Criminal Police Department"),
            "{got:?}"
        );
        // an office after the possessive stays an office
        let got = orgs_in("Nigeria's Inspector General of Police said the raids went well.");
        assert!(!got.iter().any(|(n, _)| n.contains("Inspector")), "{got:?}");
        // alone, a generic name is no organization
        assert!(orgs_in("The National Police said it seized 2 tonnes of cocaine.").is_empty());
    }

    #[test]
    fn a_long_unit_name_after_the_is_a_body() {
        let got = orgs_in("Detective Inspector Ana Reyes, head of the National Organised Fraud Group, said so.");
        assert!(
            got.iter().any(|(n, _)| n == "National Organised Fraud Group"),
            "{got:?}"
        );
        // a name the run goes on past is no body (a police force so named, fitting no body
        // of the text, is one: see a_generic_name_that_fits_no_named_body_is_a_body_of_its_own)
        let got = orgs_in("Officers of the State Criminal Police Office Lower Saxony said so.");
        assert!(!got.iter().any(|(n, _)| n == "State Criminal Police Office"), "{got:?}");
    }

    #[test]
    fn the_front_of_a_known_name_with_commas_is_no_other_body() {
        let got = orgs_in("Agents of the US Bureau of Alcohol, Tobacco, Firearms and Explosives helped.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(got[0].0.starts_with("Bureau of Alcohol"), "{got:?}");
    }

    #[test]
    fn a_name_with_a_known_one_and_an_acronym_in_brackets_is_that_one() {
        let o = orgs_in("It was run by the Argentinian Federal Police (Policía Federal Argentina, PFA) in May.");
        assert_eq!(o.len(), 1, "{o:?}");
        assert_eq!(o[0].0, "Policía Federal Argentina");
        assert!(o[0].1.contains(&"Argentinian Federal Police".to_string()), "{o:?}");
    }

    #[test]
    fn a_name_with_a_known_one_in_brackets_is_that_one() {
        let got = orgs_in("Officers of the State Tax Administration Agency (Agencia Tributaria) said so.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn generic_references_are_not_organizations() {
        assert!(orgs_in("Austrian police and law enforcement agencies met the federal police.").is_empty());
        // an office, then its holder's name and "of": the organization starts after "of"
        let got = orgs_in("The case is led by anti-drug prosecutor Anselmo Ruiz of the Valdoria Prosecution Service.");
        assert_eq!(
            got.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(),
            vec!["Valdoria Prosecution Service"]
        );
        // a generic name glossed in another language is a name
        let got = orgs_in("Raids were led by the Public Ministry (Ministerio Público) and the police.");
        assert_eq!(
            got.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(),
            vec!["Public Ministry"]
        );
        // and so is one without the gloss, when it fits no other body of the text
        let got = orgs_in("Raids were led by the Public Ministry and the police.");
        assert_eq!(
            got.iter().map(|(c, _)| c.as_str()).collect::<Vec<_>>(),
            vec!["Public Ministry"]
        );
        // nor is a place whose name has an organization noun
        assert!(orgs_in("Delegates came from the Federation of Bosnia and Herzegovina.").is_empty());
        // nor is a body "on X", the social network
        assert!(orgs_in("Follow the Agency on X: @agency").is_empty());
    }

    #[test]
    fn a_meeting_named_for_what_its_members_do_is_no_organization() {
        let got = orgs_in("Experts met at the ASEAN Annual Police Experts Meeting in Hanoi.");
        assert!(!got.iter().any(|(c, _)| c.contains("Annual")), "{got:?}");
        // a body's name right before the head still names the body
        let got = orgs_in("The Pacific Islands Chiefs of Police met in Suva.");
        assert!(
            got.iter().any(|(c, _)| c == "Pacific Islands Chiefs of Police"),
            "{got:?}"
        );
    }

    #[test]
    fn two_services_of_one_body_joined_by_and() {
        let got = orgs_in("The Anguilla Customs and Border Control Agency seized 20 kg of cocaine.");
        let names: Vec<&str> = got.iter().map(|(c, _)| c.as_str()).collect();
        assert!(
            names.contains(&"Anguilla Customs and Border Control Agency"),
            "{names:?}"
        );
        assert!(!names.contains(&"Border Control Agency"), "{names:?}");
        // two countries' forces stay apart
        let got = orgs_in("Spain and Portugal Police officers met.");
        assert!(!got.iter().any(|(c, _)| c.starts_with("Spain")), "{got:?}");
    }

    #[test]
    fn an_acronym_spells_the_tail_after_a_meeting_of_the_body() {
        let got =
            orgs_in("Delegates came to the 12th Annual Conference of the Andean Maritime Enforcement Council (AMEC).");
        assert!(
            got.iter()
                .any(|(c, a)| c == "Andean Maritime Enforcement Council" && a.contains(&"AMEC".to_string())),
            "{got:?}"
        );
        assert!(!got.iter().any(|(c, _)| c.starts_with("Conference")), "{got:?}");
        // a standing forum defined by its acronym is a body
        let got = orgs_in("Help came from the Permanent Forum on Maritime Crime (PFMC).");
        assert!(
            got.iter().any(|(c, _)| c == "Permanent Forum on Maritime Crime"),
            "{got:?}"
        );
    }

    #[test]
    fn an_office_holders_office_and_a_long_service_are_bodies() {
        let got = orgs_in(
            "Jan Peeters, spokesman for the Federal Prosecutor's Office, thanked the Defense Criminal \
             Investigative Service.",
        );
        assert!(got.iter().any(|(c, _)| c == "Federal Prosecutor's Office"), "{got:?}");
        assert!(
            got.iter().any(|(c, _)| c == "Defense Criminal Investigative Service"),
            "{got:?}"
        );
        // three generic words of a service name no body of their own when the text names
        // the body they fit
        let got = orgs_in("Officers of the National Police Service came. The Zembla National Police Service said so.");
        assert!(!got.iter().any(|(c, _)| c == "National Police Service"), "{got:?}");
    }

    #[test]
    fn three_words_of_a_body_open_a_sentence_too() {
        let got = orgs_in("The National Drug Agency hosted the meeting.\n\nHost\nNational Drug Agency, Japan");
        assert!(got.iter().any(|(c, _)| c == "National Drug Agency"), "{got:?}");
        // written with its owner in front elsewhere, the owned name is the body
        let got = orgs_in("The National Drug Agency hosted it. The Ruritanian National Drug Agency agreed.");
        assert!(!got.iter().any(|(c, _)| c == "National Drug Agency"), "{got:?}");
    }

    #[test]
    fn a_portfolio_and_a_ministry_noun_name_a_ministry() {
        let got = orgs_in("The Justice Department said the Interior Ministry and the Foreign Affairs Ministry agreed.");
        let names: Vec<&str> = got.iter().map(|o| o.0.as_str()).collect();
        assert!(names.contains(&"Justice Department"), "{names:?}");
        assert!(names.contains(&"Interior Ministry"), "{names:?}");
        assert!(names.contains(&"Foreign Affairs Ministry"), "{names:?}");
        // "Public" alone is no portfolio; a ministry named the other way round is the same body
        let got = orgs_in("The Public Office was closed.");
        assert!(got.is_empty(), "{got:?}");
        let got = orgs_in("The U.S. Department of Justice charged him. The Justice Department said so.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_name_shared_by_several_countries_bodies_is_the_articles_countrys() {
        // the gazetteer gives the bare "Policía Nacional" to Spain's police
        let got = orgs_in("In Bogotá, Colombia, the National Police (Policía Nacional) arrested him near Medellín.");
        let names: Vec<&str> = got.iter().map(|o| o.0.as_str()).collect();
        assert!(names.contains(&"Policía Nacional de Colombia"), "{names:?}");
        assert!(!names.contains(&"Spanish National Police"), "{names:?}");
        let got = orgs_in("In Madrid, Spain, the Policía Nacional arrested him.");
        assert_eq!(got[0].0, "Spanish National Police", "{got:?}");
    }

    #[test]
    fn a_body_named_for_its_purpose() {
        let got = orgs_in("Members of the Global Coalition to Address Harbour Crime Threats met in Lyon.");
        assert_eq!(got[0].0, "Global Coalition to Address Harbour Crime Threats", "{got:?}");
    }

    #[test]
    fn a_numbered_working_group_is_no_body() {
        let got = orgs_in("Working Group 1: preventing the manufacture of synthetic drugs.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_acronym_the_text_uses_without_defining_it() {
        let t = "The Zembla Coast Guard and the Gujarat Anti-Smuggling Squad stopped a boat. The Gujarat ASS \
                 chief said the ASS had watched it.";
        let got = orgs_in(t);
        let squad = got
            .iter()
            .find(|(c, _)| c == "Gujarat Anti-Smuggling Squad")
            .expect("squad");
        assert!(squad.1.contains(&"ASS".to_string()), "{got:?}");
        // a word in capitals is no acronym, nor are the words of a headline in capitals
        let got = orgs_in("ZEMBLA ANTI SMUGGLING NEWS\n\nThe Anti News Directorate said AND it did.");
        assert!(
            got.iter()
                .all(|(_, a)| !a.contains(&"AND".to_string()) && !a.contains(&"ANS".to_string())),
            "{got:?}"
        );
        // letters two bodies share name neither
        let got = orgs_in("The Port Control Unit and the Police Coordination Unit met. The PCU said so.");
        assert!(got.iter().all(|(_, a)| !a.contains(&"PCU".to_string())), "{got:?}");
    }

    #[test]
    fn a_line_or_a_treaty_spelled_out_with_an_acronym_is_no_body() {
        let got = orgs_in("The boat crossed the International Maritime Boundary Line (IMBL) at night.");
        assert!(got.is_empty(), "{got:?}");
        let got = orgs_in("The Zembla Maritime Response Unit (ZMRU) boarded it.");
        assert_eq!(
            got,
            vec![("Zembla Maritime Response Unit".to_string(), vec!["ZMRU".to_string()])]
        );
    }

    #[test]
    fn an_acronym_with_letters_from_inside_the_words() {
        let got = orgs_in("Boats came from Coast Guard District Northwestern Zembla (CGDNWZ) at dawn.");
        assert_eq!(
            got,
            vec![(
                "Coast Guard District Northwestern Zembla".to_string(),
                vec!["CGDNWZ".to_string()]
            )]
        );
        // every word's initial must be in it
        assert!(initials_and_inner("Coast Guard District Northwestern Zembla", "CGDNWZ"));
        assert!(!initials_and_inner("Coast Guard District Northwestern Zembla", "CGNWZ"));
        assert!(!initials_and_inner("Coast Guard", "CGX"));
    }

    #[test]
    fn each_entry_of_a_line_of_a_country_s_authorities() {
        let got = orgs_in(
            "Authorities involved:\n\n- Belgium: Federal Prosecutor's Office; Federal Judicial Police West Flanders\n\
             - Germany: Federal Police Directorate Hannover\n",
        );
        let names: Vec<&str> = got.iter().map(|(c, _)| c.as_str()).collect();
        assert_eq!(
            names,
            vec![
                "Belgian Federal Prosecutor's Office",
                "Belgian Federal Judicial Police West Flanders",
                "German Federal Police Directorate Hannover"
            ],
            "{got:?}"
        );
        // a place that is no seat of the body ends no name of it
        let got = orgs_in("- Germany: Federal Police officers in Hannover said so.\n");
        assert!(got.iter().all(|(c, _)| !c.contains("Hannover")), "{got:?}");
    }
}
