//! Operation and conference detectors: the named events of an article.
//!
//! Operations: "Operation Trigger II", "Joint Operation Themis", "codenamed Venetic",
//! capitalized "... Joint Action Days ..." phrases, and series siblings ("HAECHI III" in an
//! article about "Operation HAECHI IV" is another operation, never an alias: the numeral
//! differs). Conferences: capitalized phrases headed by Conference, Congress, Summit,
//! Assembly, Forum, Symposium, Meeting ("14th United Nations Congress on Crime Prevention and
//! Criminal Justice", "INTERPOL's European Regional Conference") and "30th session of the
//! Commission on ...". An organization in front ("INTERPOL's ...") is kept as the likely
//! organizer or coordinator; a name that is a known organization is never an event.

use super::chunk::{Run, Tok};
use super::gazetteer::Hit;
use super::organization::{OrgMention, Orgs};
use super::Ctx;
use crate::model::{Fact, Span};
use crate::text::scan::{self, Windows};
use crate::text::words;
use aho_corasick::{AhoCorasick, MatchKind};
use regex::Regex;
use std::sync::LazyLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EventKind {
    Operation,
    Conference,
}

/// One named event and its mentions.
#[derive(Debug, Clone)]
pub struct Event {
    pub kind: EventKind,
    pub label: String,
    pub aliases: Vec<String>,
    pub mentions: Vec<Span>,
    /// The organization in front of the name ("INTERPOL's Operation ...").
    pub owner: Option<Fact<String>>,
    /// Head noun for conferences ("conference", "congress").
    pub head: String,
}

/// A Romance connector inside a code name, in the operation regexes: "del", "de la".
const CONNECTOR: &str = "(?:de|del|da|do|dos|das|di|della|du|des)(?: la| las| los)?";
static OPERATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r#"\b(?:(?:[Jj]oint|[Ss]pecial|[Pp]olice|[Cc]ustoms|[Gg]lobal)\s+)?(?:[Oo]peration|OPERATION|[Oo]p\.|Ops) +"?((?:[A-Z][\p{{L}}\d'&-]*|\d{{1,4}})(?: +(?:{CONNECTOR} +[A-Z][\p{{L}}\d'&-]*|[A-Z][\p{{L}}\d'&-]*|[IVXLC]+\b|\d{{1,4}}(?:\.\d{{1,2}})?\b)){{0,3}})"?"#)).expect("operation regex")
});
/// A name that opens with a figure: "30 Days at Sea", "30 Days at Sea 3.0".
static NUMBER_FIRST: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\d{1,4}(?: \p{Lu}\p{Ll}+)+(?: (?:at|of|on|in|the)(?: the)? \p{Lu}\p{Ll}+)*(?: \d{1,2}\.\d{1,2}\b| [IVX]+\b)?")
        .expect("number-first regex")
});
/// A capitalized name, a comma and a description that calls it an operation.
static NAMED_APPOSITIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:\p{Lu}[\p{L}\-]*\s+){0,2}\p{Lu}[\p{L}\-]*),\s+the\s+(?:[\p{L}\-]+\s+){0,5}?(?:joint\s+action\s+days|action\s+days|action\s+week|operation|crackdown)\b")
        .expect("named appositive")
});
/// "Project Vanguard": the name police forces in Canada and elsewhere give an operation.
static PROJECT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\bProject +(\p{Lu}[\p{L}\d'&-]*(?: +(?:[IVXLC]+|\d{1,4})\b)?)").expect("project regex")
});
/// What a project is called when it is a programme rather than an operation: "Project
/// Passerelle, INTERPOL's programme to ...".
static PROGRAMME_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[^.;:!?]{0,60}?\b(?:programmes?|programs?|initiatives?|funded|financed|scheme)\b")
        .expect("programme regex")
});
/// A code name in quotes after "operation" or "investigation": "investigation 'Admiral'",
/// "Operation ‘Petrolmafie’". An investigation is only named so in quotes.
static QUOTED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:[Oo]peration|OPERATION|[Ii]nvestigation|INVESTIGATION) +['‘\x22“](\p{Lu}[\p{L}\d&-]*(?: +(?:\p{Lu}[\p{L}\d&-]*|[IVXLC]+|\d{1,4})){0,3})['’\x22”]")
        .expect("quoted name regex")
});
static QUOTED_NAME_WORDS: LazyLock<AhoCorasick> = LazyLock::new(|| {
    keywords(
        &[
            "peration '",
            "peration ‘",
            "peration “",
            "nvestigation",
            "NVESTIGATION",
            "PERATION",
        ],
        false,
    )
});
static CODENAMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r#"\b(?:code-?named|dubbed|known as|called) +"?((?:[A-Z][\p{{L}}\d'&-]*|\d{{1,4}}[A-Z][\p{{L}}\d'&-]*)(?: +(?:{CONNECTOR} +[A-Z][\p{{L}}\d'&-]*|[A-Z][\p{{L}}\d'&-]*|[IVXLC]+\b|\d{{1,4}}[A-Z]{{0,2}}\b)){{0,3}})"?"#)).expect("codename regex")
});
/// A capitalized word between a lower-case word and "operation(s)": "its nationwide
/// Narkokapan operations".
static NAMED_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\s\p{Ll}+ (\p{Lu}\p{Ll}{3,}) operations?\b").expect("named before regex"));
/// A year right after a name: " 2023" (and no more digits).
static YEAR_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ (?:19|20)[0-9]{2}\b").expect("year after regex"));
static EDITION_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^ [1-9][0-9]?\b").expect("edition after regex"));
static NUMERAL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(.*\S)(?:\s+|-)([IVXLC]+|\d{1,4}(?:\.\d{1,2})?|\d{1,4}[A-Z]{1,2})$").expect("numeral regex")
});
/// An ordinal in figures or words, in any case: "21st", "eleventh", "Twenty-Third".
const ORDINAL: &str = r"(?i:\d{1,3}(?:st|nd|rd|th)|\w+ty-(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|\w+teenth|\w+tieth)";
/// A year between "the" (or a possessive) and a name: "the 2018 ", "INTERPOL's 2023 ".
static YEAR_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?:\b[Tt]he|['\x{2019}]s)\s+((?:19|20)[0-9]{2})\s+$").expect("year before regex"));
/// A verb that hosts or holds what follows: "hosted in Bucharest the", "held the".
static HOSTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:hosted|hosts|hosting|held|holds|holding|convened|convenes|opened|organi[sz]ed)\s+(?:in\s+\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)?\s+)?(?:the\s+)?$")
        .expect("hosted before")
});
static ORDINAL_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\b({ORDINAL})\s+$")).expect("ordinal regex"));
static SESSION_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b({ORDINAL})\s+(session|meeting|edition|plenary)\s+of\s+(?:the\s+)?"
    ))
    .expect("session regex")
});

/// The words every match of [`OPERATION`], [`CODENAMED`] and [`SESSION_OF`] holds; the
/// regexes only run around them (see [`crate::text::scan`]).
static OPERATION_WORDS: LazyLock<AhoCorasick> =
    LazyLock::new(|| keywords(&["Operation", "operation", "OPERATION", "Op.", "op.", "Ops "], false));
static CODENAMED_WORDS: LazyLock<AhoCorasick> =
    LazyLock::new(|| keywords(&["code", "dubbed", "known as", "called"], false));
static SESSION_WORDS: LazyLock<AhoCorasick> =
    LazyLock::new(|| keywords(&["session", "meeting", "edition", "plenary"], true));

fn keywords(words: &[&str], ascii_case_insensitive: bool) -> AhoCorasick {
    AhoCorasick::builder()
        .match_kind(MatchKind::Standard)
        .ascii_case_insensitive(ascii_case_insensitive)
        .build(words)
        .expect("keywords")
}

/// Windows for the operation regexes: from the token before the keyword (an optional
/// "Joint " in front, or the `\b` context) to the end of the name, which is at most five
/// space-joined words on the keyword's line.
fn name_windows(ac: &AhoCorasick, text: &str) -> Windows {
    let mut w = Windows::new();
    for m in ac.find_overlapping_iter(text) {
        w.push(
            scan::token_start_before(text, m.start()),
            scan::after_space_runs(text, m.start(), 8),
        );
    }
    w.merged()
}

/// Windows for [`SESSION_OF`]: the ordinal token before the keyword to the whitespace after
/// "of the". The case-insensitive keyword may be spelt with a long s ("ſession"), which the
/// ASCII search does not see: then the whole text is searched.
fn session_windows(text: &str) -> Windows {
    if text.contains('\u{17f}') {
        return Windows::whole(text.len()).merged();
    }
    let mut w = Windows::new();
    for m in SESSION_WORDS.find_overlapping_iter(text) {
        w.push(
            scan::token_start_before(text, m.start()),
            scan::after_tokens(text, m.end(), 2),
        );
    }
    w.merged()
}

/// Nouns that end a conference's name. "Convention" is not one: in this genre it names a
/// treaty ("the Basel Convention", "the Palermo Convention"), not a meeting.
pub(super) const CONF_HEADS: &[&str] = &[
    "Conference",
    "Congress",
    "Summit",
    "Assembly",
    "Forum",
    "Symposium",
    "Meeting",
    "Workshop",
    "Roundtable",
    "Dialogue",
    "Seminar",
    "Colloquium",
    "Session",
    "Consultation",
];
const ACTION_WORDS: &[&str] = &["Action", "Actions"];

pub fn detect(ctx: &Ctx<'_>, orgs: &Orgs) -> Vec<Event> {
    let text = ctx.text;
    let mut events: Vec<Event> = Vec::new();

    // Operations named with "Operation".
    for c in scan::captures_in(&OPERATION, text, &name_windows(&OPERATION_WORDS, text)) {
        let m = c.get(0).expect("match");
        let name_m = c.get(1).expect("group");
        // "Operation 30 Days at Sea 3.0": a name that opens with a figure is a phrase of its
        // own, lower-case joining words and a version number included.
        let name = match NUMBER_FIRST.find(&text[name_m.start()..]) {
            Some(f) if f.as_str().contains(' ') => f.as_str().to_string(),
            _ => trim_name(ctx, name_m.as_str()),
        };
        let first = name.split_whitespace().next().unwrap_or("");
        if name.is_empty() || ctx.gaz.is_generic(first) && name.split_whitespace().count() == 1 {
            continue;
        }
        // "the Joint Operation Against Cybercrime (ASPJOC) project": a name that opens with
        // a preposition is a programme's description, no code name
        if matches!(first, "Against" | "For" | "On" | "Of" | "In" | "To" | "With") {
            continue;
        }
        // "the largest operation INTERPOL has ever coordinated": after a lower-case
        // "operation", an organization is who ran it, not a name.
        if text[m.start()..].starts_with("operation")
            && (ctx.gaz.org(&name).is_some() || orgs.at(name_m.start(), name_m.start() + name.len()).is_some())
        {
            continue;
        }
        let start = if text[m.start()..].starts_with(['J', 'j', 'S', 's', 'P', 'p', 'C', 'c', 'G', 'g'])
            && !text[m.start()..].to_lowercase().starts_with("op")
        {
            // "Joint Operation X": the label stays "Operation X".
            m.start() + text[m.start()..].find(['O', 'o']).unwrap_or(0)
        } else {
            m.start()
        };
        let end = name_m.start() + name.len();
        let owner = owner_before(ctx, orgs, start);
        // "Ops Tapis": the Malaysian police's short form of "Operasi" stays in the label.
        if text[start..].starts_with("Ops ") {
            let label = format!("Ops {name}");
            add(
                &mut events,
                EventKind::Operation,
                &label,
                vec![name.clone()],
                Span::new(start, end),
                owner,
                "operation",
            );
            continue;
        }
        add_operation(&mut events, &name, Span::new(start, end), owner);
    }
    // "investigation 'Admiral'", "Operation 'Petrolmafie'"
    for c in scan::captures_in(&QUOTED_NAME, text, &name_windows(&QUOTED_NAME_WORDS, text)) {
        let m = c.get(0).expect("match");
        // (in quotes, an office word is a name too: "investigation 'Admiral'")
        let name = c.get(1).expect("group").as_str();
        let owner = owner_before(ctx, orgs, m.start());
        add_operation(&mut events, name, Span::new(m.start(), m.end()), owner);
    }
    projects(ctx, orgs, &mut events);
    // "the Safe Mekong Joint Operation": words of a name of its own before a capitalized
    // "(Joint) Operation" that no name follows.
    for m in OPERATION_WORDS.find_iter(text) {
        if &text[m.start()..m.end()] != "Operation" || !text[m.end()..].starts_with(|c: char| !c.is_alphanumeric()) {
            continue;
        }
        if text[m.end()..].starts_with(' ')
            && text[m.end() + 1..].starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit() || c == '"')
        {
            continue;
        }
        if let Some((b, name)) = named_before_operation(ctx, orgs, m.start()) {
            let label = text[b..m.end()].to_string();
            add(
                &mut events,
                EventKind::Operation,
                &label,
                vec![name],
                Span::new(b, m.end()),
                None,
                "operation",
            );
        }
    }
    for c in scan::captures_in(&CODENAMED, text, &name_windows(&CODENAMED_WORDS, text)) {
        let name_m = c.get(1).expect("group");
        let raw = name_m.as_str();
        let name = trim_name(ctx, raw.strip_prefix("Operation ").unwrap_or(raw));
        if name.is_empty() || orgs.at(name_m.start(), name_m.end()).is_some() {
            continue;
        }
        // "known as"/"called" only when an operation word is near.
        // The last 60 characters of the lower-cased text before the name: every character
        // lower-cases to at least one, so the last 60 of the text hold them.
        let from = text[..name_m.start()]
            .char_indices()
            .rev()
            .nth(59)
            .map_or(0, |(i, _)| i);
        let before = text[from..name_m.start()].to_lowercase();
        let tail: String = before
            .chars()
            .rev()
            .take(60)
            .collect::<String>()
            .chars()
            .rev()
            .collect();
        // ("a parallel campaign, known as Narkokapan")
        let near = ["code", "dubbed", "operation", "campaign", "crackdown"]
            .iter()
            .filter_map(|w| tail.rfind(w).map(|i| i + w.len()))
            .max();
        let Some(near) = near else {
            continue;
        };
        // ("during the operation, including his head of security, known as "Tolima"": a
        // person between the operation word and the name is the one so known)
        if tail[near..]
            .split(|c: char| !c.is_alphanumeric())
            .any(|w| PERSON_NOUNS.contains(&w))
        {
            continue;
        }
        let begin = name_m.start() + if raw.starts_with("Operation ") { 10 } else { 0 };
        add_operation(&mut events, &name, Span::new(begin, begin + name.len()), None);
    }
    // "its nationwide Narkokapan operations", "the Pangea operation": a word of its own
    // before a lower-case "operation" names it, when it is no place, country, organization
    // or common word.
    // (from the whitespace before the lower-case word to the end of "operations")
    let mut before_windows = Windows::new();
    for m in OPERATION_WORDS.find_iter(text) {
        before_windows.push(
            scan::tokens_before(text, m.start(), 3),
            scan::tokens_after(text, m.start(), 0),
        );
    }
    for c in scan::captures_in(&NAMED_BEFORE, text, &before_windows.merged()) {
        let w = c.get(1).expect("group");
        if !is_codeword(ctx, orgs, w.start(), w.end()) {
            continue;
        }
        let name = w.as_str().to_string();
        // "the Asclepius operations" after "Operation Asclepius III": the series, no
        // operation of its own
        let series = format!("Operation {name} ");
        if events.iter().any(|e| e.label.starts_with(&series)) {
            continue;
        }
        add_operation(&mut events, &name, Span::new(w.start(), w.end()), None);
    }
    // "built on Global Chain, the large-scale EMPACT joint action days against ...": a
    // code word that a description in apposition calls an operation.
    if text.contains(", the ") {
        for c in NAMED_APPOSITIVE.captures_iter(text) {
            let w = c.get(1).expect("group");
            let (mut b, e) = (w.start(), w.end());
            // ("During Global Chain, the ...": a function word opens the sentence)
            while let Some(sp) = text[b..e].find(' ') {
                if !ctx.gaz.is_function(&text[b..b + sp]) {
                    break;
                }
                b += sp + 1;
            }
            let name = &text[b..e];
            // ("Separately, the operation also led ...": a sentence's opening word, and no
            // name, when nothing stands before it)
            if !text[..b].trim_end().ends_with(char::is_alphabetic) || name.ends_with("ly") {
                continue;
            }
            // ("Codenamed STOP II, the ...": an event already named inside it)
            if ctx.gaz.is_function(name)
                || !is_codeword(ctx, orgs, b, e)
                || events.iter().any(|ev| {
                    let own = ev.label.strip_prefix("Operation ").unwrap_or(&ev.label);
                    own.contains(name) || name.contains(own)
                })
            {
                continue;
            }
            add_operation(&mut events, name, Span::new(b, e), None);
        }
    }
    // "... Joint Action Days ...", "Global Airport Action Days".
    for run in &ctx.runs {
        let ws: Vec<&str> = run.toks.iter().map(|t| t.word(text)).collect();
        if let Some(i) = ws.iter().position(|w| ACTION_WORDS.contains(w)) {
            if ws
                .get(i + 1)
                .is_some_and(|w| matches!(*w, "Days" | "Day" | "Week" | "Weeks"))
            {
                let (b, mut label) = trimmed(ctx, run);
                let mut end = run.end();
                // "the EMPACT Joint Action Days Mobile 2023": the year is the name's; so is
                // the edition number of a named one ("Joint Action Days Danube 7, which"),
                // but not the start of a figure ("Danube 7,000 officers")
                if end == b + label.len() {
                    let named = !matches!(ws.last(), Some(&("Days" | "Day" | "Week" | "Weeks")));
                    let number = YEAR_AFTER.find(&text[end..]).or_else(|| {
                        EDITION_AFTER
                            .find(&text[end..])
                            .filter(|m| named && !starts_digit_group(&text[end + m.end()..]))
                    });
                    if let Some(y) = number {
                        label.push_str(y.as_str());
                        end += y.len();
                    }
                }
                let owner = owner_before(ctx, orgs, b);
                let mut aliases = vec![];
                if let Some(acr) = paren_after(text, end) {
                    aliases.push(acr);
                }
                add(
                    &mut events,
                    EventKind::Operation,
                    &label,
                    aliases,
                    Span::new(b, b + label.len()),
                    owner,
                    "operation",
                );
            } else if i + 1 == ws.len() {
                // "The ninth European Money Mule Action, known as EMMA 9": a name of three
                // words or more that ends in "Action" is an operation when it is given an
                // acronym of its initials. Numbered, the acronym names the edition.
                let (b, label) = trimmed(ctx, run);
                if label.split(' ').count() < 3 {
                    continue;
                }
                let Some(short) = acronym_after(text, b + label.len()) else {
                    continue;
                };
                let letters = short.split(' ').next().unwrap_or_default();
                if !super::organization::initials_match(&label, letters) {
                    continue;
                }
                let (name, alias) = if short.contains(' ') {
                    (short, label)
                } else {
                    (label, short)
                };
                let owner = owner_before(ctx, orgs, b);
                add(
                    &mut events,
                    EventKind::Operation,
                    &name,
                    vec![alias],
                    Span::new(b, run.end()),
                    owner,
                    "operation",
                );
            }
        }
    }
    // "the Joint Action Days Kestrel" after "the EMPACT Joint Action Days Kestrel": a name
    // that ends a longer one of the same kind is that one.
    let mut i = 0;
    while i < events.len() {
        let e = &events[i];
        let candidate =
            e.kind == EventKind::Operation && !e.label.starts_with("Operation ") && e.label.split(' ').count() >= 3;
        let short = format!(" {}", e.label);
        let longer = candidate
            .then(|| {
                (0..events.len())
                    .find(|&j| j != i && events[j].kind == EventKind::Operation && events[j].label.ends_with(&short))
            })
            .flatten();
        if let Some(j) = longer {
            merge_into(&mut events, i, j);
            continue;
        }
        i += 1;
    }
    // Series siblings and bare re-mentions of operation names.
    let names: Vec<(String, String)> = events
        .iter()
        .filter(|e| e.kind == EventKind::Operation)
        .flat_map(|e| {
            // (a numbered name that is no "Operation X" is one of the names too: "EMMA 9")
            let own = (!e.label.starts_with("Operation ") && NUMERAL.is_match(&e.label)).then_some(&e.label);
            e.aliases
                .iter()
                .chain(own)
                .map(|a| (a.clone(), e.label.clone()))
                .collect::<Vec<_>>()
        })
        .collect();
    for (name, label) in names {
        let stem = NUMERAL.captures(&name).map(|c| c[1].to_string());
        // Plain string search (no regex compiled per name): the name, or its stem followed
        // by a space and a numeral.
        let needle = stem.clone().unwrap_or_else(|| name.clone());
        let mut found_at: Vec<(usize, usize)> = Vec::new();
        for (i, _) in text.match_indices(needle.as_str()) {
            if !words::boundary_before(text, i) {
                continue;
            }
            let mut end = i + needle.len();
            // "Sandglass" inside "Sandglass II" is the numbered sibling, not this one.
            // "Sandglass II" after "Operation Sandglass": the numbered sibling, found below
            // with this name's numeral read after it.
            let num = numeral_after(&text[end..]);
            if stem.is_some() || num.is_some() {
                // "The first worldwide edition, Lionfish Global, ran": an edition named by
                // the series and a word of its own.
                let Some(num) = num.or_else(|| edition_word_after(ctx, &text[..i], &text[end..])) else {
                    continue;
                };
                end += 1 + num.len();
            }
            if words::boundary_after(text, end) {
                found_at.push((i, end));
            }
        }
        for (mb, me) in found_at {
            let m = Span::new(mb, me);
            let found = text[mb..me].to_string();
            // "Mobile 2023" in "(JAD Mobile 2023)", an alias already known: a mention of
            // that operation, not a sibling
            let ends_known = |e: &Event| {
                e.kind == EventKind::Operation
                    && std::iter::once(&e.label)
                        .chain(&e.aliases)
                        .any(|a| a == &found || a.ends_with(&format!(" {found}")))
            };
            if found == name {
                if let Some(e) = events.iter_mut().find(|e| e.label == label) {
                    push_span(&mut e.mentions, m);
                }
            } else if let Some(e) = events.iter_mut().find(|e| ends_known(e)) {
                push_span(&mut e.mentions, m);
            } else {
                let owner = owner_before(ctx, orgs, m.begin);
                add_operation(&mut events, &found, m, owner);
            }
        }
    }

    operations_listed(ctx, orgs, &mut events);
    this_years_edition(ctx, &mut events);
    codenamed_refers_back(ctx, &mut events);
    editions_by_ordinal(text, &mut events);

    // Conferences.
    for (ri, run) in ctx.runs.iter().enumerate() {
        let found = conference_phrase(ctx, orgs, run)
            .map(|(b, e, head)| (b, e, head, text[b..e].to_string(), None))
            .or_else(|| acronym_bridged(ctx, &ctx.runs[..ri], run));
        if let Some((b, mut e, head, name, acronym_name)) = found {
            let mut label = name;
            let mut aliases: Vec<String> = acronym_name.into_iter().collect();
            // "the Annual Conference and Exposition": the fair held with it is part of
            // the name
            if let Some(t) = [" and Exposition", " and Exhibition", " and Expo"]
                .iter()
                .find(|t| text[e..].starts_with(**t) && words::boundary_after(text, e + t.len()))
            {
                label.push_str(t);
                e += t.len();
            }
            // "the 27th Annual Meeting of the Asia/Pacific Group on Money Laundering": a
            // body the name's tail runs into is named whole (the run stopped at the "/")
            if let Some(o) = orgs
                .mentions
                .iter()
                .find(|o| b < o.span.begin && o.span.begin < e && e < o.span.end)
            {
                e = o.span.end;
                label = text[b..e].to_string();
            }
            // "the Global Cybercrime Conference 2024": the year is the edition's
            if let Some(y) = YEAR_AFTER.find(&text[e..]) {
                aliases.push(label.clone());
                label.push_str(y.as_str());
                e += y.len();
            }
            let mut begin = b;
            // "INTERPOL's European Regional Conference" -> "INTERPOL European Regional Conference"
            let mut owner = owner_before(ctx, orgs, b);
            // "INTERPOL's 88th General Assembly" -> "88th INTERPOL General Assembly"
            let ordinal_first = ORDINAL_BEFORE
                .captures_at(&text[..b], scan::token_start_before(text, b))
                .map(|c| c.get(1).expect("group").start());
            let mut numbered = false;
            if let Some(ob) = ordinal_first.filter(|_| owner.is_none()) {
                if let Some(o) = owner_before(ctx, orgs, ob).filter(|o| o.span.end + 3 >= ob) {
                    numbered = true;
                    aliases.push(format!("{} {}", text[ob..b].trim_end(), label));
                    label = format!("{} {} {}", text[ob..b].trim_end(), o.value, label);
                    begin = o.span.begin;
                    owner = Some(o);
                }
            }
            if let Some(o) = owner.as_ref().filter(|_| begin == b) {
                if o.span.end + 3 >= b && !label.starts_with(&o.value) {
                    aliases.push(label.clone());
                    label = format!("{} {}", o.value, label);
                    begin = o.span.begin;
                }
            }
            // A match is the last token before `begin` and the whitespace after it: the
            // search starts at that token.
            if let Some(c) = ORDINAL_BEFORE
                .captures_at(&text[..begin], scan::token_start_before(text, begin))
                .filter(|_| !numbered)
            {
                let ob = c.get(1).expect("group").start();
                aliases.push(label.clone());
                label = format!("{} {}", &text[ob..begin].trim_end(), label);
                begin = ob;
                numbered = true;
            }
            // "the 2018 Annual Police Experts Meeting": a year in front names the edition
            // of that year
            if let Some(y) = YEAR_BEFORE
                .captures_at(&text[..begin], scan::tokens_before(text, begin, 3))
                .filter(|_| !numbered)
            {
                let yb = y.get(1).expect("group").start();
                aliases.push(label.clone());
                label = format!("{} {}", &text[yb..begin].trim_end(), label);
                begin = yb;
            }
            // "the IACP 2023 Annual Conference": an organization's acronym and a year in
            // front name the organization's edition of that year
            if begin == b && !numbered {
                let before = &text[..begin];
                let year = before
                    .strip_suffix(' ')
                    .and_then(|x| x.get(x.len().saturating_sub(4)..).filter(|y| is_year(y)).map(|_| x));
                if let Some(x) = year {
                    let yb = x.len() - 4;
                    let org = orgs
                        .mentions
                        .iter()
                        .find(|m| m.span.end + 1 == yb && words::is_all_caps(&text[m.span.begin..m.span.end]));
                    if let Some(o) = org {
                        aliases.push(label.clone());
                        aliases.push(text[o.span.begin..x.len()].to_string());
                        label = format!("{} {}", &text[o.span.begin..x.len()], label);
                        begin = o.span.begin;
                        owner = Some(Fact::new(o.canonical.clone(), o.span));
                    }
                }
            }
            let owner = owner.or_else(|| {
                orgs.mentions
                    .iter()
                    .find(|m| m.span.begin == b && m.span.end < e)
                    .map(|m| Fact::new(m.canonical.clone(), m.span))
            });
            // "the 84th INTERPOL General Assembly": a numbered session of a body that the
            // gazetteer places under a parent is convened by the parent.
            let owner = owner.or_else(|| {
                orgs.mentions
                    .iter()
                    .find(|m| m.span.begin == b && m.span.end == e && begin < b)
                    .and_then(|m| convener(ctx, m))
            });
            // "the 47th Meeting of the ASEAN Senior Officials on Drug Matters (ASOD)": the
            // acronym in brackets, so that "the 47th ASOD Meeting" is found to be this one.
            if let Some(acr) = paren_after(text, e)
                .filter(|a| (2..=10).contains(&a.len()) && a.chars().all(|c| c.is_ascii_uppercase() || c == '-'))
            {
                aliases.push(acr);
            }
            if let Some(acr) = short_form_after(text, e) {
                aliases.push(acr);
            }
            add(
                &mut events,
                EventKind::Conference,
                &label,
                aliases,
                Span::new(begin, e),
                owner,
                &head.to_lowercase(),
            );
        }
    }
    for c in scan::captures_in(&SESSION_OF, text, &session_windows(text)) {
        let m = c.get(0).expect("match");
        let (from, to, owner) = match orgs.starting_at(m.end()) {
            // "the eleventh session of the Conference of the Parties": a meeting body that is
            // no organization, named by capitalized words from its head noun on.
            None => match meeting_body_at(ctx, m.end()) {
                Some(e) => (m.end(), e, None),
                None => continue,
            },
            Some(o) => {
                // "the 47th Meeting of the ASEAN Senior Officials on Drug Matters": the body's
                // name runs on past the organization, and the whole run is the meeting's name.
                let longer = events.iter().any(|e| {
                    e.kind == EventKind::Conference
                        && e.mentions.iter().any(|s| s.begin <= m.start() && s.end > o.span.end)
                });
                // "the third edition of INTERPOL's Asclepius operations": the organization
                // owns what the edition is of; it is not the event.
                let owns = text[o.span.end..].starts_with("'s") || text[o.span.end..].starts_with("\u{2019}s");
                if longer || owns {
                    continue;
                }
                (o.span.begin, o.span.end, convener(ctx, o))
            }
        };
        let label = format!("{}{}", &text[m.start()..m.end()], &text[from..to]);
        let head = c[2].to_lowercase();
        add(
            &mut events,
            EventKind::Conference,
            &label,
            vec![],
            Span::new(m.start(), to),
            owner,
            &head,
        );
    }
    merge_conferences(text, &mut events);
    named_by_place(ctx, &mut events);
    first_edition_is_the_name(text, &mut events);
    editions_by_acronym(ctx, &mut events);
    editions_by_number(ctx.text, &mut events);
    editions_by_year(ctx, &mut events);
    editions_by_head(ctx, &mut events);
    editions_in_rows(ctx.text, &mut events);
    events
}

/// "- 21st ; Host city: Santiago ; Dates: 3-7 October 2011": a table row whose first cell
/// is an ordinal, in an article about a numbered conference, is about that edition of it.
/// The row mentions the edition already named with that ordinal ("the 21st meeting"), or
/// a new edition of the article's first numbered conference.
fn editions_in_rows(text: &str, events: &mut Vec<Event>) {
    let ordinal_of = |e: &Event| e.label.split(' ').next().and_then(ordinal_value);
    let Some(main) = events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EventKind::Conference && ordinal_of(e).is_some())
        .min_by_key(|(_, e)| e.mentions.first().map_or(usize::MAX, |m| m.begin))
        .map(|(i, _)| i)
    else {
        return;
    };
    let series = unnumbered(&events[main].label).to_string();
    let starts = std::iter::once(0).chain(text.match_indices('\n').map(|(i, _)| i + 1));
    let rows: Vec<(Span, u32)> = starts
        .filter_map(|ls| {
            let row = text[ls..].strip_prefix("- ")?;
            let line = &row[..row.find('\n').unwrap_or(row.len())];
            let (cell, _) = line.split_once(" ; ")?;
            let n = (!cell.contains(' ')).then(|| ordinal_value(cell)).flatten()?;
            Some((Span::new(ls + 2, ls + 2 + cell.len()), n))
        })
        .collect();
    for (span, n) in rows {
        let same = events
            .iter()
            .position(|e| e.kind == EventKind::Conference && ordinal_of(e) == Some(n));
        match same {
            Some(i) => push_span(&mut events[i].mentions, span),
            None if !series.is_empty() => {
                let label = format!("{} {series}", &text[span.begin..span.end]);
                add_edition(events, main, &label, span);
            }
            None => {}
        }
    }
}

/// "the tenth edition of Operation OPSON" in an article that names "OPSON X": the mention
/// is of that edition, not of the series.
fn editions_by_ordinal(text: &str, events: &mut Vec<Event>) {
    static EDITION_OF: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b([\w-]+)\s+edition\s+of\s+(?:the\s+)?(?:operation\s+)?$").expect("edition regex")
    });
    for i in 0..events.len() {
        if events[i].kind != EventKind::Operation || NUMERAL.is_match(&events[i].label) {
            continue;
        }
        let mut k = 0;
        while k < events[i].mentions.len() {
            let m = events[i].mentions[k];
            let from = text[..m.begin].char_indices().rev().nth(40).map_or(0, |(j, _)| j);
            let edition = EDITION_OF
                .captures(&text[from..m.begin])
                .and_then(|c| ordinal_value(&c[1]))
                .and_then(|n| {
                    let (r, a) = (
                        format!("{} {}", events[i].label, roman(n)),
                        format!("{} {n}", events[i].label),
                    );
                    events
                        .iter()
                        .position(|e| e.kind == EventKind::Operation && (e.label == r || e.label == a))
                });
            match edition {
                Some(j) => {
                    events[i].mentions.remove(k);
                    push_span(&mut events[j].mentions, m);
                }
                None => k += 1,
            }
        }
    }
    events.retain(|e| !e.mentions.is_empty());
}

/// "the 12th Congress", "the 88th session of the General Assembly": in an article about a
/// numbered conference, an ordinal and the same head noun name an edition of the series:
/// this one when the ordinal is its own, another edition otherwise.
fn editions_by_head(ctx: &Ctx<'_>, events: &mut Vec<Event>) {
    let text = ctx.text;
    let numbered: Vec<(usize, u32)> = events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EventKind::Conference)
        .filter_map(|(i, e)| Some((i, e.label.split(' ').next().and_then(ordinal_value)?)))
        .collect();
    if numbered.is_empty() {
        return;
    }
    let mut found: Vec<(Span, u32, String)> = Vec::new();
    for c in EDITION.captures_iter(text) {
        let m = c.get(0).expect("match");
        let (ord, rest) = (c.get(1).expect("ordinal"), c.get(2).expect("head"));
        // "the 5th Conference on Drugs": a full name, read elsewhere
        let after = &text[m.end()..];
        if (after.starts_with(" on ") || after.starts_with(" of ")) && after[4..].starts_with(char::is_uppercase) {
            continue;
        }
        // "the 5th meeting of the working group": a lower-case head is the series' only
        // when nothing says what it is of, and with a figure ("the first congress in its
        // history" is a superlative)
        if rest.as_str().starts_with(char::is_lowercase)
            && (after.starts_with(" of ")
                || after.starts_with(" on ")
                || after.starts_with(" for ")
                || !(rest.as_str() == "edition" || ord.as_str().starts_with(|c: char| c.is_ascii_digit())))
        {
            continue;
        }
        if events
            .iter()
            .flat_map(|e| &e.mentions)
            .any(|s| s.begin < m.end() && m.start() < s.end)
        {
            continue;
        }
        // "the first edition held under the new name", "the first edition to be hosted in
        // Africa": a superlative, not the series' first edition
        if rest.as_str() == "edition"
            && ord.as_str().starts_with(char::is_alphabetic)
            && SUPERLATIVE_CLAUSE.is_match(after)
        {
            continue;
        }
        // "The first edition, Black Sea Gate 2023, involved seven Member States": the name
        // after the comma says whose edition it is
        let named_after =
            after.starts_with(", ") && events.iter().flat_map(|e| &e.mentions).any(|s| s.begin == m.end() + 2);
        if named_after {
            continue;
        }
        let Some(n) = ordinal_value(ord.as_str()) else { continue };
        let head = rest.as_str().rsplit(' ').next().unwrap_or_default().to_lowercase();
        found.push((Span::new(ord.start(), m.end()), n, head));
    }
    for (span, n, head) in found {
        // "The 3rd edition, held at Europol": an edition of the article's one numbered
        // series, named after it ("3rd Global Conference on ...")
        // (with editions of two series, the one numbered nearest: "the 47th edition" in an
        // article on the 51st Regional Conference and the 92nd General Assembly)
        if head == "edition" {
            let mut series = numbered.iter().map(|&(i, _)| (i, unnumbered(&events[i].label)));
            let Some((mut first, mut name)) = series.next() else {
                continue;
            };
            if series.any(|(_, other)| other != name) {
                let gap = |o: u32| o.abs_diff(n);
                let Some(&(near, o)) = numbered.iter().min_by_key(|(_, o)| gap(*o)) else {
                    continue;
                };
                if gap(o) > 20 || numbered.iter().filter(|(_, x)| gap(*x) == gap(o)).count() > 1 {
                    continue;
                }
                (first, name) = (near, unnumbered(&events[near].label));
            }
            if name.is_empty() {
                continue;
            }
            if let Some(&(own, _)) = numbered.iter().find(|(_, o)| *o == n) {
                push_span(&mut events[own].mentions, span);
                continue;
            }
            let ordinal = text[span.begin..span.end].split_whitespace().next().unwrap_or_default();
            let label = format!("{ordinal} {name}");
            add_edition(events, first, &label, span);
            continue;
        }
        let same_head = |e: &Event| e.head == head || e.label.to_lowercase().ends_with(&head);
        let Some(&(series, _)) = numbered.iter().find(|(i, _)| same_head(&events[*i])) else {
            continue;
        };
        if let Some(&(own, _)) = numbered.iter().find(|(i, o)| *o == n && same_head(&events[*i])) {
            push_span(&mut events[own].mentions, span);
            continue;
        }
        let label = text[span.begin..span.end].to_string();
        add_edition(events, series, &label, span);
    }
}

/// A clause right after "the first edition" that makes it a superlative: " held under",
/// " to be hosted", " organised outside".
static SUPERLATIVE_CLAUSE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^\s+(?:to\s+(?:be\s+)?)?(?:held|hold|hosted|host|organi[sz]ed|run|staged|take\s+place|taking\s+place)\b",
    )
    .expect("superlative clause")
});

/// A numbered conference's name without its ordinal: "7th Global Conference on X" is an
/// edition of "Global Conference on X".
fn unnumbered(label: &str) -> &str {
    match label.split_once(' ') {
        Some((first, rest)) if ordinal_value(first).is_some() => rest,
        _ => "",
    }
}

/// An ordinal and a head noun: "the 12th Congress", "the 88th session of the General
/// Assembly" (group 1 the ordinal, group 2 what follows it).
static EDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(r"\b[Tt]he\s+({ORDINAL})\s+((?:session\s+of\s+the\s+)?(?:General\s+Assembly|Congress|Conference|Summit|Assembly|Forum|Meeting)|edition|meeting|conference|summit|forum|congress)\b"))
        .expect("edition regex")
});

/// "the 20th ASEAN Ministerial Meeting on Transnational Crime (20th AMMTC)" and later "the
/// twentieth AMMTC", "the 21st AMMTC": an ordinal before the acronym a numbered conference
/// was given names that conference when the ordinal is its own, and another edition of it
/// otherwise.
fn editions_by_acronym(ctx: &Ctx<'_>, events: &mut Vec<Event>) {
    let text = ctx.text;
    /// A numbered conference with an acronym: the event, the acronym, its ordinal and where
    /// an ordinal and the acronym occur.
    struct Numbered {
        event: usize,
        acronym: String,
        ordinal: u32,
        at: Vec<(usize, usize)>,
        roman_at: Vec<(usize, usize, u32)>,
    }
    let mut found: Vec<Numbered> = Vec::new();
    for (ei, e) in events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EventKind::Conference)
    {
        let Some(own) = e.label.split(' ').next().and_then(ordinal_value) else {
            continue;
        };
        // (from a mention in the body: a headline has no brackets)
        let Some(acr) = bracketed_acronym(text, e) else {
            continue;
        };
        let mut at = Vec::new();
        let mut roman_at = Vec::new();
        for (i, _) in text.match_indices(acr.as_str()) {
            let end = i + acr.len();
            if !words::boundary_before(text, i) || !words::boundary_after(text, end) {
                continue;
            }
            // "IDEC XX" in a table of past editions of the 38th IDEC: the edition numbered
            // in Roman numerals.
            if let Some(num) = numeral_after(&text[end..]) {
                if let Some(n) = (1..400).find(|&n| roman(n) == num) {
                    roman_at.push((i, end + 1 + num.len(), n));
                    continue;
                }
            }
            // "the 12th AMMTC Plus Three Consultation" is another meeting's name.
            if text[end..]
                .strip_prefix(' ')
                .is_some_and(|r| r.starts_with(char::is_uppercase))
            {
                continue;
            }
            if let Some(c) = ORDINAL_BEFORE.captures_at(&text[..i], scan::token_start_before(text, i)) {
                let o = c.get(1).expect("group");
                // "the 21st AMMTC"; "a first CND" is somebody's first, not an edition
                if text[..o.start()].to_lowercase().ends_with("the ") {
                    at.push((o.start(), end));
                }
            }
        }
        found.push(Numbered {
            event: ei,
            acronym: acr,
            ordinal: own,
            at,
            roman_at,
        });
    }
    for Numbered {
        event: ei,
        acronym: acr,
        ordinal: own,
        at,
        roman_at,
    } in found
    {
        for (b, e) in at {
            let Some(n) = ordinal_value(text[b..].split(' ').next().unwrap_or("")) else {
                continue;
            };
            if n == own {
                push_span(&mut events[ei].mentions, Span::new(b, e));
            } else {
                let label = format!("{} {acr}", &text[b..e - acr.len()].trim_end());
                add_edition(events, ei, &label, Span::new(b, e));
            }
        }
        // ... and one already named by its ordinal ("the 26th IDEC") is that one
        for (b, e, n) in roman_at {
            let same = (0..events.len()).find(|&j| {
                (j == ei && n == own)
                    || events[j].kind == EventKind::Conference
                        && events[j].label.ends_with(&format!(" {acr}"))
                        && events[j].label.split(' ').next().and_then(ordinal_value) == Some(n)
            });
            if let Some(j) = same {
                push_span(&mut events[j].mentions, Span::new(b, e));
                let alias = text[b..e].to_string();
                if !events[j].aliases.contains(&alias) {
                    events[j].aliases.push(alias);
                }
            } else {
                add_edition(events, ei, &text[b..e], Span::new(b, e));
            }
        }
    }
}

/// "the eleventh session of the Conference of the Parties - COP 11 for short": a short form
/// that numbers the conference with a cardinal ("COP 11", "COP11", "CoP19") names every
/// edition of the series the same way, so "COP 10" and "(COP 12)" later in the article are
/// other editions, and "COP 11" is this one.
fn editions_by_number(text: &str, events: &mut Vec<Event>) {
    const PATTERN: &str = r"\b(\p{Lu}[\p{Lu}\p{Ll}]{1,7}) ?([1-9][0-9]{0,2})\b";
    static NUMBERED: LazyLock<Regex> = LazyLock::new(|| Regex::new(PATTERN).expect("numbered regex"));
    // (the same, right where a short form may follow a name)
    static NUMBERED_HERE: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!("^{PATTERN}")).expect("numbered regex"));
    let mut series: Vec<(usize, String, u32)> = Vec::new();
    for (ei, e) in events.iter().enumerate() {
        if e.kind != EventKind::Conference {
            continue;
        }
        let Some(own) = e.label.split(' ').next().and_then(ordinal_value) else {
            continue;
        };
        let letters = e.mentions.iter().find_map(|m| {
            let rest = short_form_cue(text, m.end)?;
            let c = NUMBERED_HERE.captures(rest)?;
            let letters = &c[1];
            (letters.chars().filter(|ch| ch.is_uppercase()).count() >= 2 && c[2].parse::<u32>().ok() == Some(own))
                .then(|| letters.to_string())
        });
        if let Some(l) = letters {
            series.push((ei, l, own));
        }
    }
    for (ei, letters, own) in series {
        for c in NUMBERED.captures_iter(text) {
            if c[1] != *letters {
                continue;
            }
            let m = c.get(0).expect("match");
            let span = Span::new(m.start(), m.end());
            let n: u32 = c[2].parse().unwrap_or(0);
            let label = format!("{letters} {n}");
            if n == own {
                push_span(&mut events[ei].mentions, span);
                for a in [label, m.as_str().to_string()] {
                    if !events[ei].aliases.contains(&a) {
                        events[ei].aliases.push(a);
                    }
                }
            } else {
                add_edition(events, ei, &label, span);
            }
        }
    }
}

/// "the European Police Chiefs Convention (EPCC)" and later "the 2022 EPCC" or "EPCC
/// 2019": a year with the acronym of a conference of the article names that conference's
/// edition of that year, another one unless the year is the article's own.
fn editions_by_year(ctx: &Ctx<'_>, events: &mut Vec<Event>) {
    let text = ctx.text;
    let Some(own_year) = ctx.published.map(|d| d.year) else {
        return;
    };
    let mut found = Vec::new();
    for (ei, e) in events
        .iter()
        .enumerate()
        .filter(|(_, e)| e.kind == EventKind::Conference)
    {
        // (or the acronym of an organization's edition: "IACP 2023 Annual Conference")
        let Some(acr) = bracketed_acronym(text, e).or_else(|| year_prefixed_acronym(&e.label)) else {
            continue;
        };
        for (i, _) in text.match_indices(acr.as_str()) {
            let end = i + acr.len();
            if !words::boundary_before(text, i) || !words::boundary_after(text, end) {
                continue;
            }
            // "the 2022 EPCC" or "EPCC 2019": the year and one space on either side
            let before = i
                .checked_sub(5)
                .and_then(|b| text.get(b..i - 1))
                .filter(|_| text[..i].ends_with(' '));
            let after = text.get(end + 1..end + 5).filter(|_| text[end..].starts_with(' '));
            let (b, e, year) = if let Some(y) = before.filter(|y| is_year(y) && words::boundary_before(text, i - 5)) {
                (i - 5, end, y)
            } else if let Some(y) = after.filter(|y| is_year(y) && words::boundary_after(text, end + 5)) {
                (i, end + 5, y)
            } else {
                continue;
            };
            found.push((ei, b, e, year.parse::<i32>().unwrap_or(0)));
        }
    }
    for (ei, b, e, year) in found {
        if year == own_year {
            push_span(&mut events[ei].mentions, Span::new(b, e));
        } else {
            add_edition(events, ei, &text[b..e], Span::new(b, e));
        }
    }
}

/// The word at `[b, e)` is an operation's code word: not a name the gazetteer knows (a
/// country, a demonym, a place, an organization), not an organization found in the text,
/// not a generic or function word, and nowhere in the article written as a place ("in
/// Mersin", "along the Mekong", "Mekong countries").
fn is_codeword(ctx: &Ctx<'_>, orgs: &Orgs, b: usize, e: usize) -> bool {
    let text = ctx.text;
    let w = &text[b..e];
    if ctx.gaz.is_generic(w)
        || ctx.gaz.is_function(w)
        || ctx.names.iter().any(|m| m.begin <= b && e <= m.end)
        || orgs.at(b, e).is_some()
    {
        return false;
    }
    let place_before = ["in ", "at ", "from ", "near ", "along ", "across ", "to ", "of "];
    let place_after = [
        " River",
        " countries",
        " region",
        " Sea",
        " basin",
        " province",
        " port",
        " Province",
    ];
    !text.match_indices(w).any(|(i, _)| {
        let before = text[..i].strip_suffix("the ").unwrap_or(&text[..i]);
        place_before.iter().any(|p| before.ends_with(p))
            || place_after.iter().any(|p| text[i + w.len()..].starts_with(p))
    })
}

/// "Safe Mekong Joint Operation": one to three capitalized words before `at` (the
/// "Operation"), after an optional "Joint", "Combined" or "Special", none a function word
/// nor inside an organization's name, and one at least a code word (no place, body or
/// common word). Returns where the name starts and the name.
fn named_before_operation(ctx: &Ctx<'_>, orgs: &Orgs, at: usize) -> Option<(usize, String)> {
    let text = ctx.text;
    let mut end = at.checked_sub(1).filter(|&e| text[..=e].ends_with(' '))?;
    for joint in ["Joint ", "Combined ", "Special "] {
        if text[..at].ends_with(joint) {
            end = at - joint.len() - 1;
            break;
        }
    }
    let mut b = end;
    let mut words = 0;
    let mut own = false;
    loop {
        let w_begin = text[..b].rfind(' ').map_or(0, |i| i + 1);
        let w = &text[w_begin..b];
        let capitalized = w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-');
        if !capitalized || words == 3 || ctx.gaz.is_function(w) {
            break;
        }
        own |= is_codeword(ctx, orgs, w_begin, b);
        if orgs.at(w_begin, b).is_some() || orgs.mentions.iter().any(|o| o.span.begin < b && w_begin < o.span.end) {
            return None;
        }
        words += 1;
        b = w_begin;
        if b == 0 || !text[..b].ends_with(' ') {
            break;
        }
        b -= 1;
    }
    if words == 0 {
        return None;
    }
    let start = if text[b..].starts_with(' ') { b + 1 } else { b };
    let name = text[start..end].to_string();
    // (a sentence's first word alone is no name: "Yesterday Operation ...")
    let sentence_start = start == 0 || text[..start].trim_end().ends_with(['.', '\n', ':', '"']);
    (own && !(sentence_start && words == 1)).then_some((start, name))
}

/// A list item that opens with a name and then a bracket, a colon or a dash: "1.
/// **SaboTor** (March 2019): 61 arrests" (the name's span).
static LISTED_NAME: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[-*\u{2022}]|\d{1,2}[.)])\s+(?:\*\*|__)?(\p{Lu}[\p{L}\d\-]*(?:\s\p{Lu}[\p{L}\d\-]*)?(?:\s(?:[IVX]+|\d{1,2}))?)(?:\*\*|__)?(?:\s\(|:|\s[\-\u{2013}\u{2014}]\s)")
        .expect("listed name")
});
/// Words of a series in the line that opens a list: "the fourth in a series of joint
/// actions", "earlier editions".
static SERIES_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:series|editions|predecessors|previous\s+operations|earlier\s+operations)\b")
        .expect("series lead")
});

/// "SpecTor is the fourth in a series of joint actions ... For comparison:" then "1.
/// **SaboTor** (March 2019): 61 arrests ...": the items of a list that a line about an
/// operation's series opens are that series' other operations, when they open with a code
/// word and say what they did.
fn operations_listed(ctx: &Ctx<'_>, orgs: &Orgs, events: &mut Vec<Event>) {
    let text = ctx.text;
    let sents = &ctx.sentences;
    // an item opens its line
    let starts_line = |k: usize| k == 0 || sents[k - 1].paragraph != sents[k].paragraph;
    for k in 0..sents.len() {
        let Some(c) = starts_line(k)
            .then(|| LISTED_NAME.captures(&text[sents[k].begin..sents[k].end]))
            .flatten()
        else {
            continue;
        };
        // the paragraph before the list's first item is its lead
        let mut first = k;
        while first > 0 && starts_line(first) && {
            let p = &sents[first - 1];
            LISTED_NAME.is_match(&text[p.begin..p.end])
        } {
            first -= 1;
        }
        let lead_end = sents[first].begin;
        let lead_para = first.checked_sub(1).map(|i| sents[i].paragraph);
        let lead_begin = (0..first)
            .rev()
            .take_while(|&i| Some(sents[i].paragraph) == lead_para)
            .last()
            .map_or(lead_end, |i| sents[i].begin);
        let lead = &text[lead_begin..lead_end];
        let about_series = SERIES_LEAD.is_match(lead)
            && events.iter().any(|e| {
                e.kind == EventKind::Operation && e.mentions.iter().any(|m| m.begin >= lead_begin && m.end <= lead_end)
            });
        let g = c.get(1).expect("name");
        let (b, e) = (sents[k].begin + g.start(), sents[k].begin + g.end());
        let rest = &text[e..sents[k].end];
        let did = rest.contains("arrest") || rest.contains("seiz") || rest.contains("countries");
        let name = &text[b..e];
        let coded = name.split(' ').any(|w| {
            let wb = b + w.as_ptr() as usize - name.as_ptr() as usize;
            !is_numeral(w) && is_codeword(ctx, orgs, wb, wb + w.len())
        });
        if about_series && did && coded && !events.iter().any(|ev| ev.label.ends_with(name)) {
            add_operation(events, name, Span::new(b, e), None);
        }
    }
}

/// A year of this century, in four figures: "2023".
pub(super) fn is_year(t: &str) -> bool {
    t.len() == 4 && t.starts_with("20") && t.bytes().all(|b| b.is_ascii_digit())
}

/// The acronym a conference was given in brackets after one of its mentions ("...
/// Enforcement Conference (IDEC)", "... (20th AMMTC)"): the bracket's last word, in
/// capitals, of three letters or more.
fn bracketed_acronym(text: &str, e: &Event) -> Option<String> {
    e.mentions.iter().find_map(|m| {
        let Some(r) = text[m.end..].strip_prefix(" (") else {
            // "... Agencies, Africa \u{2014} HONLEA for short"
            return short_form_after(text, m.end).filter(|a| a.len() >= 3);
        };
        let inner = &r[..r.find(')')?];
        let acr = inner.rsplit(' ').next().unwrap_or("");
        (inner.len() <= 30 && acr.len() >= 3 && words::is_all_caps(acr)).then(|| acr.to_string())
    })
}

/// The acronym that opens a label before a year: "IACP" in "IACP 2023 Annual Conference".
fn year_prefixed_acronym(label: &str) -> Option<String> {
    let mut ws = label.split(' ');
    let (acr, year) = (ws.next()?, ws.next()?);
    ((2..=10).contains(&acr.len()) && words::is_all_caps(acr) && is_year(year) && ws.next().is_some())
        .then(|| acr.to_string())
}

/// Adds another edition of conference `of`, named `label` at `span`, with its head noun.
/// The series' organizer convenes every edition of it.
fn add_edition(events: &mut Vec<Event>, of: usize, label: &str, span: Span) {
    let head = events[of].head.clone();
    let owner = events[of].owner.clone();
    add(events, EventKind::Conference, label, vec![], span, owner, &head);
}

/// The number of an ordinal: "20th" and "twentieth" are 20, "twenty-first" 21.
pub(super) fn ordinal_value(w: &str) -> Option<u32> {
    let w = w.to_lowercase();
    if let Some(d) = w
        .strip_suffix("st")
        .or_else(|| w.strip_suffix("nd"))
        .or_else(|| w.strip_suffix("rd"))
        .or_else(|| w.strip_suffix("th"))
        .filter(|d| !d.is_empty() && d.chars().all(|c| c.is_ascii_digit()))
    {
        return d.parse().ok();
    }
    const UNITS: [&str; 19] = [
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "sixth",
        "seventh",
        "eighth",
        "ninth",
        "tenth",
        "eleventh",
        "twelfth",
        "thirteenth",
        "fourteenth",
        "fifteenth",
        "sixteenth",
        "seventeenth",
        "eighteenth",
        "nineteenth",
    ];
    const TENS: [(&str, &str, u32); 8] = [
        ("twenty", "twentieth", 20),
        ("thirty", "thirtieth", 30),
        ("forty", "fortieth", 40),
        ("fifty", "fiftieth", 50),
        ("sixty", "sixtieth", 60),
        ("seventy", "seventieth", 70),
        ("eighty", "eightieth", 80),
        ("ninety", "ninetieth", 90),
    ];
    if let Some(i) = UNITS.iter().position(|u| *u == w) {
        return Some(i as u32 + 1);
    }
    for (tens, tenth, v) in TENS {
        if w == tenth {
            return Some(v);
        }
        if let Some(u) = w.strip_prefix(tens).and_then(|r| r.strip_prefix('-')) {
            return UNITS[..9].iter().position(|x| *x == u).map(|i| v + i as u32 + 1);
        }
    }
    None
}

fn push_span(v: &mut Vec<Span>, s: Span) {
    if !v.iter().any(|x| x.begin < s.end && s.begin < x.end) {
        v.push(s);
        v.sort();
    }
}

fn add(
    events: &mut Vec<Event>,
    kind: EventKind,
    label: &str,
    aliases: Vec<String>,
    span: Span,
    owner: Option<Fact<String>>,
    head: &str,
) {
    let key = words::name_key(label);
    if let Some(e) = events.iter_mut().find(|e| {
        e.kind == kind && (words::name_key(&e.label) == key || e.aliases.iter().any(|a| words::name_key(a) == key))
    }) {
        for a in aliases {
            if !e.aliases.contains(&a) && a != e.label {
                e.aliases.push(a);
            }
        }
        push_span(&mut e.mentions, span);
        if e.owner.is_none() {
            e.owner = owner;
        }
        return;
    }
    events.push(Event {
        kind,
        label: label.to_string(),
        aliases: aliases.into_iter().filter(|a| a != label).collect(),
        mentions: vec![span],
        owner,
        head: head.to_string(),
    });
}

/// Adds "Operation NAME", with the bare name as its alias.
/// "Last year's Project Vanguard, also led by the OPP, took 38 firearms": a project is an
/// operation unless some mention of it calls it a programme or an initiative, or its word
/// is an office's ("Project Manager") or a unit's ("Project Team").
fn projects(ctx: &Ctx<'_>, orgs: &Orgs, events: &mut Vec<Event>) {
    let text = ctx.text;
    if !text.contains("Project ") {
        return;
    }
    let found: Vec<(usize, usize, &str)> = PROJECT
        .captures_iter(text)
        .map(|c| {
            let m = c.get(0).expect("match");
            (m.start(), m.end(), c.get(1).expect("group").as_str())
        })
        .collect();
    let programme = |name: &str| {
        found
            .iter()
            .any(|&(_, e, n)| n == name && PROGRAMME_AFTER.is_match(&text[e..]))
    };
    for &(b, e, name) in &found {
        let word = name.split(' ').next().unwrap_or(name);
        let office = ctx.gaz.titles(&text[b..e]).iter().any(|t| t.begin == 0);
        if office
            || ctx.gaz.is_org_head(word)
            || ctx.gaz.is_function(word)
            || orgs.at(b, e).is_some()
            || programme(name)
        {
            continue;
        }
        let owner = owner_before(ctx, orgs, b);
        add_operation(events, &format!("Project {name}"), Span::new(b, e), owner);
    }
}

fn add_operation(events: &mut Vec<Event>, name: &str, span: Span, owner: Option<Fact<String>>) {
    add(
        events,
        EventKind::Operation,
        &format!("Operation {name}"),
        vec![name.to_string()],
        span,
        owner,
        "operation",
    );
}

/// Drops trailing words that are not part of an operation's name ("Trigger II Europol").
fn trim_name(ctx: &Ctx<'_>, name: &str) -> String {
    let mut out: Vec<&str> = Vec::new();
    for (i, w) in name.split_whitespace().enumerate() {
        let bare = w.trim_end_matches("'s");
        // "Escudo del Sur", "Tormenta del Desierto": after a Romance connector the word
        // is the name's, whatever else it may be
        let after_connector = out.last().is_some_and(|p| NAME_CONNECTORS.contains(p));
        if i > 0
            && !after_connector
            && (ctx.gaz.org(bare).is_some()
                || ctx.gaz.is_org_head(bare)
                || ctx.gaz.country(bare).is_some()
                || (ctx.gaz.is_function(bare) && !is_numeral(bare)))
        {
            break;
        }
        out.push(bare);
        if w.ends_with("'s") {
            break;
        }
    }
    while out.last().is_some_and(|w| NAME_CONNECTORS.contains(w)) {
        out.pop();
    }
    out.join(" ")
}

/// The lower-case words that join the capitalized words of a Romance code name
/// ("Escudo del Sur", "Lava da Silva"), as [`CONNECTOR`] matches them in a name.
const NAME_CONNECTORS: &[&str] = &[
    "de", "del", "da", "do", "dos", "das", "di", "della", "du", "des", "la", "las", "los",
];

/// The numeral after a name and a space ("II" in " II was"), if a word ends there.
fn numeral_after(rest: &str) -> Option<&str> {
    // ("Narkocelik-40" beside "Narkocelik-41": a hyphen joins the numeral too)
    let r = rest.strip_prefix(' ').or_else(|| rest.strip_prefix('-'))?;
    let n = r
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '.'))
        .unwrap_or(r.len());
    // a full stop ends the sentence, not the numeral
    let num = r[..n].trim_end_matches('.');
    // ("Harrow 7,000 officers": a figure that goes on is no numeral)
    (!num.is_empty()
        && num.len() <= 11
        && is_numeral(num)
        && words::boundary_after(r, num.len())
        && !starts_digit_group(&r[num.len()..]))
    .then_some(num)
}

/// "The first worldwide edition, Lionfish Global, ran": after "edition," (or "edition,
/// called"), the capitalized word after a series' name (`rest`) is the edition's own.
fn edition_word_after<'a>(ctx: &Ctx<'_>, before: &str, rest: &'a str) -> Option<&'a str> {
    if !EDITION_BEFORE.is_match(before) {
        return None;
    }
    let r = rest.strip_prefix(' ')?;
    let n = r.find(|c: char| !c.is_alphanumeric()).unwrap_or(r.len());
    let w = &r[..n];
    (w.starts_with(char::is_uppercase) && w.len() >= 3 && !ctx.gaz.is_function(w)).then_some(w)
}
static EDITION_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bedition,?\s+(?:(?:was\s+)?(?:called|named|dubbed|codenamed|known\s+as)\s+)?(?:Operation\s+)?$")
        .expect("edition before")
});

/// "IV", "2024", and a version number: "2.0".
fn is_numeral(w: &str) -> bool {
    let (whole, fraction) = w.split_once('.').unwrap_or((w, "0"));
    // ("Special Case 624B" beside "Special Case 1024L": a case number with a letter)
    let code = w.trim_end_matches(|c: char| c.is_ascii_uppercase());
    w.chars().all(|c| matches!(c, 'I' | 'V' | 'X' | 'L' | 'C'))
        || ((1..=4).contains(&code.len())
            && w.len() - code.len() <= 2
            && w.len() > code.len()
            && code.chars().all(|c| c.is_ascii_digit())
            && !matches!(&w[code.len()..], "KG" | "KM" | "MG" | "ML" | "GB" | "MB" | "TB"))
        || (!whole.is_empty()
            && whole.chars().all(|c| c.is_ascii_digit())
            && !fraction.is_empty()
            && fraction.chars().all(|c| c.is_ascii_digit()))
}

/// The Roman numeral of `n` (1 to 399): an edition's number in its name ("Pandora V").
fn roman(mut n: u32) -> String {
    let mut out = String::new();
    for (v, r) in [
        (100, "C"),
        (90, "XC"),
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= v {
            out.push_str(r);
            n -= v;
        }
    }
    out
}

fn trimmed(ctx: &Ctx<'_>, run: &Run) -> (usize, String) {
    let mut i = 0;
    while i + 1 < run.toks.len() && ctx.leading_filler(&run.toks[i]) {
        i += 1;
    }
    let b = run.toks[i].begin;
    (b, ctx.text[b..run.end()].trim_end_matches("'s").to_string())
}

/// ",000" or ".5" in "7,000" or "7.5": the figure goes on.
fn starts_digit_group(rest: &str) -> bool {
    let b = rest.as_bytes();
    b.len() >= 2 && matches!(b[0], b',' | b'.') && b[1].is_ascii_digit()
}

/// "(EMPACT JAD SEE)" right after a name.
fn paren_after(text: &str, end: usize) -> Option<String> {
    let rest = text[end..].strip_prefix(" (")?;
    let close = rest.find(')')?;
    let inner = &rest[..close];
    // ("(JAD Mobile 2023)": a figure after the first word)
    (inner.len() <= 40
        && inner.starts_with(char::is_uppercase)
        && inner
            .split_whitespace()
            .all(|w| w.chars().next().is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())))
    .then(|| inner.to_string())
}

/// The acronym given right after a name, with its edition number: "(EMMA 9)", ", known as
/// EMMA 9", ", or EMMA".
fn acronym_after(text: &str, end: usize) -> Option<String> {
    let rest = text[end..].trim_start_matches(['*', '_']);
    let rest = rest
        .strip_prefix(" (")
        .or_else(|| rest.strip_prefix(", known as "))
        .or_else(|| rest.strip_prefix(", or "))
        .or_else(|| rest.strip_prefix(" \u{2014} "))?;
    let len = rest.find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit()))?;
    let acr = &rest[..len];
    if !(2..=10).contains(&len) || !words::is_all_caps(acr) || acr.starts_with(|c: char| c.is_ascii_digit()) {
        return None;
    }
    let after = &rest[len..];
    let number = after
        .strip_prefix(' ')
        .and_then(|a| a.find(|c: char| !c.is_ascii_digit()).map(|n| &a[..n]))
        .filter(|n| (1..=2).contains(&n.len()) && !n.starts_with('0'));
    let next = number.map_or(after, |n| &after[1 + n.len()..]);
    if next.starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some(number.map_or_else(|| acr.to_string(), |n| format!("{acr} {n}")))
}

/// "... Agencies — HONLAC for short", "..., or ASOD for short": an acronym given as the
/// short form right after a name.
fn short_form_after(text: &str, end: usize) -> Option<String> {
    let rest = short_form_cue(text, end)?;
    let len = rest.find(|c: char| !(c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-'))?;
    let acr = &rest[..len];
    ((2..=10).contains(&len) && words::is_all_caps(acr) && rest[len..].starts_with(" for short"))
        .then(|| acr.to_string())
}

/// The text after a name's end where a short form may follow it: past emphasis marks, a
/// dash, a comma or a bracket, and an "or" ("... Africa \u{2014} HONLEA for short", "... of
/// the Parties** - COP 11", "(or CSP 14)").
fn short_form_cue(text: &str, end: usize) -> Option<&str> {
    let rest = text[end..].trim_start_matches(['*', '_', ' ']);
    let rest = rest
        .strip_prefix('\u{2014}')
        .or_else(|| rest.strip_prefix('\u{2013}'))
        .or_else(|| rest.strip_prefix("- "))
        .or_else(|| rest.strip_prefix(','))
        .or_else(|| rest.strip_prefix('('))?
        .trim_start();
    Some(rest.strip_prefix("or ").unwrap_or(rest))
}

/// The organization right in front of `begin`: "INTERPOL's ", "Europol ".
fn owner_before(ctx: &Ctx<'_>, orgs: &Orgs, begin: usize) -> Option<Fact<String>> {
    let before = ctx.text[..begin].trim_end();
    // Allow one adjective between: "INTERPOL's recent Operation".
    let candidates = [before, before.rsplit_once(' ').map(|(a, _)| a).unwrap_or_default()];
    for (k, &b) in candidates.iter().enumerate() {
        if k == 1
            && !before
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
        {
            continue;
        }
        let b = b.strip_suffix("'s").unwrap_or(b);
        if let Some(o) = orgs.mentions.iter().find(|m| m.span.end == b.len()) {
            return Some(Fact::new(o.canonical.clone(), o.span));
        }
    }
    None
}

/// The end of a meeting body's name that starts at `begin` and is no organization: a
/// capitalized run of two words or more that opens with a body's head noun ("Conference of
/// the Parties", "Council of Ministers").
fn meeting_body_at(ctx: &Ctx<'_>, begin: usize) -> Option<usize> {
    const BODIES: &[&str] = &[
        "Conference",
        "Congress",
        "Assembly",
        "Commission",
        "Council",
        "Summit",
        "Forum",
        "Committee",
        "Meeting",
    ];
    let text = ctx.text;
    let begin = if text[begin..].starts_with("the ") {
        begin + 4
    } else {
        begin
    };
    let run = ctx.runs.iter().find(|r| r.begin() == begin)?;
    let n_words = run.toks.iter().filter(|t| !t.connector).count();
    (BODIES.contains(&run.toks[0].word(text)) && n_words >= 2 && !run.toks[run.toks.len() - 1].possessive)
        .then(|| run.end())
}

/// Who convenes a session of body `o`: the parent organization of a body named as a meeting
/// ("INTERPOL General Assembly" -> INTERPOL). A session of any other body ("the 30th session
/// of the Commission on Crime Prevention") is the body meeting, which names no organizer.
fn convener(ctx: &Ctx<'_>, o: &OrgMention) -> Option<Fact<String>> {
    let g = &ctx.gaz.orgs[o.gaz?];
    let last = g.canonical.rsplit(' ').next().unwrap_or_default();
    let parent = g.parent.clone().filter(|_| CONF_HEADS.contains(&last))?;
    Some(Fact::new(parent, o.span))
}

/// "the European Police Chiefs Convention": a convention named after the people who meet at
/// it is a meeting; one named after a place or a subject ("the Basel Convention", "the
/// Convention against Transnational Organized Crime") is a treaty. The head's position.
fn meeting_convention(text: &str, toks: &[Tok]) -> Option<usize> {
    const PEOPLE: &[&str] = &[
        "Chiefs",
        "Heads",
        "Leaders",
        "Commissioners",
        "Directors",
        "Sheriffs",
        "Officers",
        "Ministers",
        "Prosecutors",
    ];
    let hi = toks
        .iter()
        .rposition(|t| !t.connector && t.word(text) == "Convention")?;
    let after_ok = toks
        .get(hi + 1)
        .is_none_or(|t| !t.connector || !matches!(t.word(text), "on" | "against" | "for"));
    (after_ok && toks[..hi].iter().any(|t| PEOPLE.contains(&t.word(text)))).then_some(hi)
}

/// A conference phrase in a run: up to its head noun, plus an "on/of ..." tail.
/// "the 26th OSCE Ministerial Council": a council is a body, but one numbered in front is
/// one of its meetings. Returns the head's index.
fn numbered_council(text: &str, toks: &[Tok]) -> Option<usize> {
    let last = toks.len().checked_sub(1)?;
    (last >= 1 && toks[last].word(text) == "Council" && ORDINAL_BEFORE.is_match(&text[..toks[0].begin])).then_some(last)
}

fn conference_phrase(ctx: &Ctx<'_>, orgs: &Orgs, run: &Run) -> Option<(usize, usize, String)> {
    let text = ctx.text;
    let toks = &run.toks;
    let hi = toks
        .iter()
        .rposition(|t| !t.connector && CONF_HEADS.contains(&t.word(text)))
        .or_else(|| meeting_convention(text, toks))
        .or_else(|| numbered_council(text, toks))?;
    // A head followed by another capitalized word is a venue ("Conference Center").
    if hi + 1 < toks.len() && !toks[hi + 1].connector {
        return None;
    }
    let mut last = if hi + 1 < toks.len() { toks.len() - 1 } else { hi };
    // "the INTERPOL General Assembly on Wednesday": a day or a month ends the name.
    if let Some(k) = (hi + 1..=last).find(|&k| !toks[k].connector && ctx.gaz.is_function(toks[k].word(text))) {
        last = (hi + 1..k).rev().find(|&j| !toks[j].connector).unwrap_or(hi);
    }
    let mut first = 0;
    // ("General" is a rank, but "the 88th General Assembly" names the Assembly by it)
    let general_assembly =
        |first: usize| first + 1 == hi && toks[first].word(text) == "General" && toks[hi].word(text) == "Assembly";
    while first < hi && ctx.leading_filler(&toks[first]) && !general_assembly(first) {
        first += 1;
    }
    // "gathered in Lyon for the 91st General Assembly": the place before "for" is where, not
    // part of the name.
    if let Some(k) = toks[first..hi]
        .iter()
        .position(|t| t.connector && t.word(text) == "for")
        .map(|k| first + k)
    {
        let (pb, pe) = (toks[first].begin, toks[k - 1].word_end(text));
        // ("met at Europol for the Nordic Police Chiefs Convention": nor is a body)
        // (nor "The Hague on Tuesday and Wednesday", a place and then days)
        let is_place = k > first
            && (ctx.names.iter().any(|m| {
                m.begin == pb
                    && (m.end == pe
                        || ctx
                            .gaz
                            .is_function(text[m.end..pe].split_whitespace().next_back().unwrap_or("")))
                    && matches!(m.hit, Hit::Place(_) | Hit::Country(_))
            }) || orgs.mentions.iter().any(|m| m.span.begin == pb && m.span.end == pe));
        if is_place {
            first = k + 1;
            while first < hi && toks[first].connector {
                first += 1;
            }
        }
    }
    // "President of the UN General Assembly", "Secretary-General of the Congress": an office
    // of a body, not an event; what follows "of" is judged on its own.
    if !general_assembly(first)
        && ctx
            .gaz
            .titles(&text[toks[first].begin..toks[hi].end])
            .iter()
            .any(|m| m.begin == 0)
    {
        let of = toks[first..hi]
            .iter()
            .position(|t| t.connector && t.word(text) == "of")?;
        first += of + 1;
        while first < hi && toks[first].connector {
            first += 1;
        }
    }
    // "Director General of National Security and President of the AFRIPOL General
    // Assembly": an office of the body further in the run; an event only when numbered.
    let from = toks[first].begin;
    let office_of = ctx
        .gaz
        .titles(&text[from..toks[hi].begin])
        .into_iter()
        .rev()
        .find_map(|m| {
            let after = &text[from + m.end..];
            let skip = after
                .strip_prefix(" of the ")
                .map(|_| 8)
                .or_else(|| after.strip_prefix(" of ").map(|_| 4))?;
            (m.begin > 0 && words::is_capitalized(&text[from + m.begin..])).then_some(from + m.end + skip)
        });
    if let Some(at) = office_of {
        if !ORDINAL_BEFORE.is_match(&text[..at]) {
            return None;
        }
        first = toks.iter().position(|t| t.begin >= at)?;
    }
    // "the 47th Meeting of Heads of National Drug Law Enforcement Agencies": a numbered
    // meeting of a body named after it is named by the whole run.
    let numbered_of_body = first == hi
        && toks.get(hi + 1).is_some_and(|t| t.connector && t.word(text) == "of")
        && toks[hi + 1..].iter().filter(|t| !t.connector).count() >= 2
        && (ORDINAL_BEFORE.is_match(&text[..toks[first].begin])
            // "the Summit of the Global Coalition": a summit is an event, numbered or not
            // (a series of meetings is named "Meeting of Heads of ...")
            || toks[hi].word(text) == "Summit");
    if first == hi && !numbered_of_body {
        return None; // a bare "Conference" or "The Congress"
    }
    if super::organization::is_standing_body(&text[toks[first].begin..]) {
        return None;
    }
    let b = toks[first].begin;
    let mut e = toks[last].word_end(text);
    // "Meeting of Heads of National Drug Law Enforcement Agencies, Latin America and the
    // Caribbean": a formal name "of" a body ends in the region it serves.
    if last > hi && toks[hi + 1].connector {
        if let Some(r) = text[e..].strip_prefix(", ").and_then(|rest| ctx.gaz.region_at(rest)) {
            let end = e + 2 + r.len();
            let after = &text[end..];
            let next = after
                .trim_start()
                .split(|c: char| !c.is_alphanumeric())
                .next()
                .unwrap_or("");
            let ends = after.starts_with(|c: char| ",.;:)*\u{2014}\u{2013}\n".contains(c))
                || after.is_empty()
                || (after.starts_with(' ')
                    && !matches!(next, "and" | "or")
                    && (next.is_empty() || next.starts_with(char::is_lowercase)));
            if ends {
                e = end;
            }
        }
    }
    // "Conference on People Smuggling, Trafficking in Persons and Related Transnational
    // Crime": a name's topics "on" a list, its last two joined by "and", go on after a comma.
    if last > hi
        && matches!(toks[last].word(text), w if w.starts_with(char::is_uppercase))
        && toks[hi + 1].connector
        && matches!(toks[hi + 1].word(text), "on" | "against")
    {
        if let Some(end) = topic_list_end(text, e) {
            let named = ctx.names.iter().any(|m| m.begin < end && e < m.end)
                || orgs.mentions.iter().any(|m| m.span.begin < end && e < m.span.end);
            if !named {
                e = end;
            }
        }
    }
    // "the Summit of the Global Coalition to Address Synthetic Drug Threats": a purpose in
    // title case after "to" goes on with the name.
    if let Some(end) = purpose_end(ctx, e) {
        e = end;
    }
    let phrase = &text[b..e];
    // "met at the Grimaldi Forum in Monaco": a forum named after one word that is neither a
    // place nor a body, met "at", is a building.
    if hi == first + 1
        && last == hi
        && toks[hi].word(text) == "Forum"
        && text[..b].ends_with(" at the ")
        && !ctx.names.iter().any(|m| m.begin == b)
        && !orgs.mentions.iter().any(|m| m.span.begin == b)
        && !ctx.gaz.is_generic(toks[first].word(text))
    {
        return None;
    }
    // "the INTERPOL General Assembly" is a body; "the 97th INTERPOL General Assembly" one of
    // its sessions.
    let numbered = ORDINAL_BEFORE.is_match(&text[..b]);
    // "... hosted in Bucharest the General Assembly of the Southeast European Police Chiefs
    // Association": an assembly of a named body that someone hosts or holds is a meeting.
    let hosted_assembly = general_assembly(first) && last > hi && HOSTED_BEFORE.is_match(&text[..b]);
    if !numbered
        && (ctx.gaz.org(phrase).is_some()
            || orgs.mentions.iter().any(|m| m.span.begin == b && m.span.end == e)
            || (general_assembly(first) && !hosted_assembly))
    {
        return None;
    }
    Some((b, e, toks[hi].word(text).to_string()))
}

/// Where a purpose in title case after " to " at `at` ends: " to Address Synthetic Drug
/// Threats", " to Launch the Global Coalition to Address ...". The verb after "to" names
/// no place or body ("to Lyon" is a destination), and every word after it is capitalized
/// or a small joining word.
pub(super) fn purpose_end(ctx: &Ctx<'_>, at: usize) -> Option<usize> {
    let text = ctx.text;
    let rest = text[at..].strip_prefix(" to ")?;
    let verb_at = at + 4;
    if !rest.starts_with(char::is_uppercase) || ctx.names.iter().any(|m| m.begin == verb_at) {
        return None;
    }
    // (a weekday or a month after the name is its time: "... Crime on Monday")
    let words = title_case_words(rest, &["and", "of", "the", "to", "on", "for", "in", "against"], |w| {
        ctx.gaz.is_function(w)
    });
    // the verb and at least one capitalized word after it
    (words.len() >= 2 && words.len() <= 12).then(|| verb_at + words[words.len() - 1].1)
}

/// The words that open `rest` in title case, each with where it ends in `rest`: capitalized
/// words and the small `joining` ones, up to punctuation, a line's end or any other word,
/// or a capitalized word that `stop` refuses after the first; no joining word at the end.
fn title_case_words<'r>(rest: &'r str, joining: &[&str], stop: impl Fn(&str) -> bool) -> Vec<(&'r str, usize)> {
    let mut words: Vec<(&str, usize)> = Vec::new();
    let mut pos = 0;
    for w in rest.split([' ', '\n']) {
        let word = w.trim_end_matches([',', '.', ';', ':', ')']);
        let capitalized = word.starts_with(char::is_uppercase);
        let fits = capitalized && (words.is_empty() || !stop(word)) || joining.contains(&word);
        if word.is_empty() || !fits || !word.chars().all(|c| c.is_alphabetic() || c == '-') {
            break;
        }
        words.push((word, pos + word.len()));
        if word.len() < w.len() {
            break;
        }
        pos += w.len() + 1;
    }
    while words.last().is_some_and(|(w, _)| joining.contains(w)) {
        words.pop();
    }
    words
}

/// Where a list of topics after the comma at `at` ends: ", Trafficking in Persons and
/// Related Transnational Crime" up to the next comma, full stop or lower-case word, every
/// word capitalized or a small joining word, with "and" before the last capitalized words.
fn topic_list_end(text: &str, at: usize) -> Option<usize> {
    const JOINING: &[&str] = &["and", "of", "in", "for", "the", "on", "against", "to"];
    let rest = text[at..].strip_prefix(", ")?;
    let words = title_case_words(rest, JOINING, |_| false);
    let and = words.iter().rposition(|(w, _)| *w == "and")?;
    let first = words.first()?.0;
    (first != "The" && !JOINING.contains(&first) && and + 1 < words.len() && words.len() <= 10)
        .then(|| at + 2 + words[words.len() - 1].1)
}

/// "the 52nd Pacific Islands Chiefs of Police (PICP) Conference": the acronym in brackets
/// ends the run before it, and the run after it is the bare head. The name is the first run
/// with the head ("Pacific Islands Chiefs of Police Conference"); "PICP Conference" is its
/// alias. Returns the span from the first run to the head, the head, the name and the alias.
fn acronym_bridged(ctx: &Ctx<'_>, before: &[Run], run: &Run) -> Option<(usize, usize, String, String, Option<String>)> {
    let text = ctx.text;
    let head = run.toks.first()?;
    if head.connector || !CONF_HEADS.contains(&head.word(text)) {
        return None;
    }
    // Only the head, or the head and an "on/of ..." tail.
    if run.toks.get(1).is_some_and(|t| !t.connector) {
        return None;
    }
    let acronym = text[..run.begin()].strip_suffix(") ")?;
    let open = acronym.rfind(" (")?;
    let acronym = &acronym[open + 2..];
    // The acronym is a run of its own: the name is the run that ends at the bracket.
    let prev = before.iter().rev().take(2).find(|r| r.end() == open)?;
    let is_acronym = (2..=12).contains(&acronym.len())
        && acronym.chars().next().is_some_and(char::is_uppercase)
        && acronym.chars().filter(|c| c.is_uppercase()).count() >= 2
        && acronym.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '&');
    if !is_acronym || prev.toks.iter().any(|t| t.possessive) {
        return None;
    }
    let mut first = 0;
    while first + 1 < prev.toks.len() && ctx.leading_filler(&prev.toks[first]) {
        first += 1;
    }
    let b = prev.toks[first].begin;
    let e = run.toks[run.toks.len() - 1].word_end(text);
    let head_to_end = &text[head.begin..e];
    Some((
        b,
        e,
        head.word(text).to_string(),
        format!("{} {head_to_end}", &text[b..prev.end()]),
        Some(format!("{acronym} {head_to_end}")),
    ))
}

/// Removes event `i` and makes it part of event `j`: its label and aliases become `j`'s
/// aliases, its mentions `j`'s mentions, its owner `j`'s if `j` has none.
/// "GLOBAL CHAIN 2024" in an article of 2024 about Operation GLOBAL CHAIN: this year's
/// edition is the operation itself (last year's, "GLOBAL CHAIN 2023", stays another).
fn this_years_edition(ctx: &Ctx<'_>, events: &mut Vec<Event>) {
    let Some(year) = ctx.published.map(|d| d.year) else {
        return;
    };
    let suffix = format!(" {year}");
    let mut i = 0;
    while i < events.len() {
        let e = &events[i];
        let base = (e.kind == EventKind::Operation)
            .then(|| e.label.strip_suffix(&suffix))
            .flatten();
        let j = base.and_then(|b| {
            events
                .iter()
                .position(|x| x.kind == EventKind::Operation && x.label == b)
        });
        if let Some(j) = j {
            merge_into(events, i, j);
            continue;
        }
        i += 1;
    }
}

/// "... took part in the EMPACT Joint Action Days against trafficking. The action week,
/// codenamed GLOBAL CHAIN, was led by Austria": the code name names the action days the
/// sentence before named, which become its alias.
fn codenamed_refers_back(ctx: &Ctx<'_>, events: &mut Vec<Event>) {
    let text = ctx.text;
    let mut i = 0;
    while i < events.len() {
        let e = &events[i];
        let at = (e.kind == EventKind::Operation)
            .then(|| {
                e.mentions
                    .iter()
                    .find(|m| REFERS_BACK.is_match(&text[scan::tokens_before(text, m.begin, 16)..m.begin]))
            })
            .flatten();
        // the action days named last before it, within about two sentences
        let j = at.map(|m| m.begin).and_then(|first| {
            (0..events.len())
                .filter(|&j| {
                    j != i
                        && events[j].kind == EventKind::Operation
                        && !events[j].label.starts_with("Operation ")
                        && events[j]
                            .mentions
                            .iter()
                            .any(|m| m.end <= first && first - m.end <= 400)
                })
                .max_by_key(|&j| events[j].mentions.iter().map(|m| m.end).filter(|&x| x <= first).max())
        });
        if let Some(j) = j {
            merge_into(events, j, i);
            i = 0;
            continue;
        }
        i += 1;
    }
}

/// People a code name can be an alias of: "his head of security, known as ...".
const PERSON_NOUNS: &[&str] = &[
    "head",
    "leader",
    "chief",
    "boss",
    "commander",
    "man",
    "woman",
    "suspect",
    "alias",
    "member",
    "brother",
    "son",
    "lieutenant",
    "deputy",
    "accountant",
    "wife",
    "nephew",
    "hitman",
];

/// "The action week, codenamed", "The operation, dubbed": a code name given to an event
/// already named.
static REFERS_BACK: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\bthe\s+(?:action\s+week|action\s+days|week\s+of\s+action|operation|crackdown|campaign|exercise),?\s+(?:[^,.;]{1,60},\s+)?(?:also\s+)?(?:code-?named|dubbed|known\s+as)\s+(?:as\s+)?$")
        .expect("refers back")
});

/// "Operation STOP II follows the first Operation STOP ... Building on STOP I": the
/// series' first edition, called "the first" without a number and named with "I", is one
/// operation (under the numbered name).
fn first_edition_is_the_name(text: &str, events: &mut Vec<Event>) {
    let mut i = 0;
    while i < events.len() {
        let called_first = events[i].mentions.iter().any(|m| {
            let b = m.begin.saturating_sub(10);
            text.get(b..m.begin)
                .is_some_and(|t| t.eq_ignore_ascii_case("the first "))
        });
        let numbered = format!("{} I", events[i].label);
        let target =
            (0..events.len()).find(|&j| j != i && events[j].kind == events[i].kind && events[j].label == numbered);
        match target {
            Some(j) if called_first => merge_into(events, i, j),
            _ => i += 1,
        }
    }
}

fn merge_into(events: &mut Vec<Event>, i: usize, j: usize) {
    let ev = events.remove(i);
    let t = &mut events[if j > i { j - 1 } else { j }];
    t.aliases.push(ev.label);
    t.aliases.extend(ev.aliases);
    for m in ev.mentions {
        push_span(&mut t.mentions, m);
    }
    if t.owner.is_none() {
        t.owner = ev.owner;
    }
}

/// "The Fourteenth United Nations Congress on Crime Prevention closed in Kyoto ... the
/// Kyoto Congress was organized by ...": a conference named by a place and its head noun is
/// the one of that head named before it in a sentence that gives the place (the nearest).
fn named_by_place(ctx: &Ctx<'_>, events: &mut Vec<Event>) {
    let mut i = 0;
    while i < events.len() {
        let target = (events[i].kind == EventKind::Conference)
            .then(|| events[i].mentions.iter().find_map(|m| held_at_place(ctx, events, i, m)))
            .flatten();
        match target {
            Some(j) => merge_into(events, i, j),
            None => i += 1,
        }
    }
}

/// For mention `m` of conference `i` named "<place> <head>", the other conference of that
/// head named last before `m` in a sentence that gives the place.
fn held_at_place(ctx: &Ctx<'_>, events: &[Event], i: usize, m: &Span) -> Option<usize> {
    let text = ctx.text;
    let head = &events[i].head;
    let place = ctx.names.iter().find(|n| {
        n.begin == m.begin
            && matches!(n.hit, Hit::Place(_) | Hit::Country(_))
            && text[n.end..m.end].trim().to_lowercase() == *head
    })?;
    let name = &text[place.begin..place.end];
    let gives_place = |x: &&Span| {
        ctx.sentences
            .iter()
            .find(|s| s.begin <= x.begin && x.end <= s.end)
            .is_some_and(|s| text[s.begin..s.end].contains(name))
    };
    (0..events.len())
        .filter(|&j| j != i && events[j].kind == EventKind::Conference && events[j].head == *head)
        .filter_map(|j| {
            let at = events[j]
                .mentions
                .iter()
                .filter(|x| x.end <= m.begin)
                .filter(gives_place)
                .map(|x| x.begin)
                .max()?;
            Some((at, j))
        })
        .max()
        .map(|(_, j)| j)
}

/// Shorter conference names that are part of a longer one ("UN Crime Congress", "Crime
/// Congress") become its aliases.
fn merge_conferences(text: &str, events: &mut Vec<Event>) {
    let mut i = 0;
    while i < events.len() {
        if events[i].kind != EventKind::Conference {
            i += 1;
            continue;
        }
        // The longer names of the same head ("96th General Assembly" is also in "96th
        // session of the INTERPOL General Assembly"), longest first; not one where the head
        // only qualifies another ("Kyoto Congress" is not the "Kyoto Congress Youth Forum").
        let mut longer: Vec<usize> = (0..events.len())
            .filter(|&j| {
                j != i
                    && events[j].kind == EventKind::Conference
                    && events[j].label.len() > events[i].label.len()
                    && (events[j].head == events[i].head
                        || words::name_key(&events[j].label).rsplit(' ').next() == Some(events[i].head.as_str()))
            })
            .collect();
        longer.sort_by_key(|&j| std::cmp::Reverse(events[j].label.len()));
        let short = words::name_key(&events[i].label);
        let target = longer.into_iter().find(|&j| {
            let long = words::name_key(&events[j].label);
            // its acronym counts as its words: "47th ASOD Meeting" in "47th Meeting of the
            // ASEAN Senior Officials on Drug Matters (ASOD)"
            // (and so does an acronym in brackets inside its name: "43rd ASEAN Chiefs of
            // National Police (ASEANAPOL) Conference")
            let bracketed = events[j].mentions.iter().flat_map(|m| {
                let inside = text.get(m.begin..m.end).unwrap_or("");
                inside
                    .match_indices(" (")
                    .filter_map(|(k, _)| {
                        let r = &inside[k + 2..];
                        let close = r.find(')')?;
                        let a = &r[..close];
                        (a.len() >= 2 && a.chars().all(|c| c.is_ascii_uppercase())).then_some(a.to_string())
                    })
                    .collect::<Vec<_>>()
            });
            let acronyms: Vec<String> = events[j]
                .aliases
                .iter()
                .filter(|a| !a.contains(' '))
                .cloned()
                .chain(bracketed)
                .map(|a| words::name_key(&a))
                .collect();
            let long_words: Vec<&str> = long.split(' ').chain(acronyms.iter().map(String::as_str)).collect();
            let expand = |w: &str| -> Vec<&'static str> {
                match w {
                    "un" => vec!["united", "nations"],
                    "eu" => vec!["european", "union"],
                    _ => vec![],
                }
            };
            let subset = short.split(' ').all(|w| {
                long_words.contains(&w) || (!expand(w).is_empty() && expand(w).iter().all(|x| long_words.contains(x)))
            });
            // two editions: both numbered, with other numbers
            let numbers = |k: &str| -> Vec<String> {
                k.split(' ')
                    .filter(|w| w.chars().any(|c| c.is_ascii_digit()))
                    .map(str::to_string)
                    .collect()
            };
            let (ns, nl) = (numbers(&short), numbers(&long));
            // "the 2026 Crime Congress" and "the 15th United Nations Congress on Crime
            // Prevention ...": a year and an ordinal are two ways of numbering one edition
            let year_of_numbered = ns.len() == 1
                && is_year(&ns[0])
                && nl.len() == 1
                && ordinal_value(&nl[0]).is_some()
                && short
                    .split(' ')
                    .filter(|w| *w != ns[0])
                    .all(|w| long_words.contains(&w));
            year_of_numbered || (subset && !(!ns.is_empty() && !nl.is_empty() && ns != nl))
        });
        if let Some(j) = target {
            merge_into(events, i, j);
            continue;
        }
        i += 1;
    }
}

#[cfg(test)]
mod tests {
    use super::super::{organization, Ctx};
    use super::*;

    #[test]
    fn a_code_word_a_description_calls_an_operation() {
        let v = events("The checks built on Silver Heron, the large-scale EMPACT joint action days held in May.");
        assert_eq!(
            v.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(),
            vec!["Operation Silver Heron"]
        );
        // a country or an organization so described is none
        assert!(events("Officers came from Spain, the country that led the operation.").is_empty());
        // nor a sentence's opening adverb
        assert!(events("It ended. Separately, the operation also led to 15 arrests.").is_empty());
    }

    #[test]
    fn a_short_name_with_the_acronym_bracketed_in_the_long_one_is_one_conference() {
        let t = "The 43rd Zembla Chiefs of National Police (ZEMPOL) Conference opened on 8 July 2025. \
                 The 43rd ZEMPOL Conference closed on 10 July 2025.";
        let v = events(t);
        let confs: Vec<&str> = v
            .iter()
            .filter(|e| e.0 == EventKind::Conference)
            .map(|e| e.1.as_str())
            .collect();
        assert_eq!(confs.len(), 1, "{v:?}");
    }

    #[test]
    fn the_first_edition_with_and_without_its_number() {
        let v = events(
            "Operation Kestrel II follows the first Operation Kestrel. Like Operation Kestrel I, it ran for weeks.",
        );
        let labels: Vec<&str> = v.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(labels, vec!["Operation Kestrel II", "Operation Kestrel I"], "{v:?}");
        // the series' name, not called the first, stays apart
        let v = events("Operation Kestrel II follows Operation Kestrel I. Operation Kestrel is a series.");
        assert_eq!(v.len(), 3, "{v:?}");
    }

    #[test]
    fn a_meeting_named_after_a_body_with_a_slash() {
        let names = |t: &str| events(t).into_iter().map(|e| e.1).collect::<Vec<_>>();
        let got = names(
            "The 27th Annual Meeting of the Asia/Pacific Group on Money Laundering (APG) was held in Manila. \
             The 27th APG Annual Meeting ended.",
        );
        assert_eq!(
            got,
            vec!["27th Annual Meeting of the Asia/Pacific Group on Money Laundering"],
            "{got:?}"
        );
    }

    #[test]
    fn a_romance_code_name_keeps_its_connectors() {
        let names = |t: &str| events(t).into_iter().map(|e| e.1).collect::<Vec<_>>();
        // "Sur" is also a French word and "Oriente" follows "de la": both stay in the name
        assert_eq!(
            names("The boat was stopped under Operation Escudo del Sur, a plan of the navy."),
            vec!["Operation Escudo del Sur"]
        );
        assert_eq!(
            names("Officers closed Operation Puerta de la Oriente on Monday."),
            vec!["Operation Puerta de la Oriente"]
        );
        // a connector before a figure or a lower-case word ends the name
        assert_eq!(names("Operation Alba de 2024 ended."), vec!["Operation Alba"]);
    }

    #[test]
    fn a_code_name_in_quotes() {
        let names = |t: &str| events(t).into_iter().map(|e| e.1).collect::<Vec<_>>();
        assert_eq!(
            names("Officers carried out 90 searches under investigation \u{2018}Admiral\u{2019} on Tuesday."),
            vec!["Operation Admiral"]
        );
        assert_eq!(
            names("The Finance Guard ran Operation 'Grey Heron' in Bari."),
            vec!["Operation Grey Heron"]
        );
        // an investigation named without quotes is no code name
        assert!(names("The investigation Tuesday found 40 firms.").is_empty());
    }

    #[test]
    fn a_conference_named_by_its_city_is_the_one_held_there() {
        let t = "The Ninth Harbour Congress on Port Security closed in Lisbon on Friday. \
                 Held from 7 to 12 March, the Lisbon Congress was organized by the WCO. \
                 The Lisbon Congress Youth Forum met online. \
                 The Eighth Harbour Congress on Port Security met in Porto in 2015.";
        let v = events(t);
        let labels: Vec<&str> = v.iter().map(|e| e.1.as_str()).collect();
        assert!(!labels.contains(&"Lisbon Congress"), "{labels:?}");
        assert!(labels.contains(&"Lisbon Congress Youth Forum"), "{labels:?}");
        let ctx = Ctx::new(t, None);
        let orgs = organization::detect(&ctx);
        let ninth = detect(&ctx, &orgs)
            .into_iter()
            .find(|e| e.label.starts_with("Ninth"))
            .expect("ninth");
        assert!(
            ninth.aliases.iter().any(|a| a == "Lisbon Congress"),
            "{:?}",
            ninth.aliases
        );
    }

    #[test]
    fn an_edition_of_the_series_numbered_nearest() {
        let t = "INTERPOL's 51st European Regional Conference closed today. Its findings go to the 92nd \
                 INTERPOL General Assembly. The series has grown since the 47th edition, held in Katowice.";
        let labels: Vec<String> = events(t).into_iter().map(|e| e.1).collect();
        assert!(
            labels.iter().any(|l| l == "47th INTERPOL European Regional Conference"),
            "{labels:?}"
        );
        // none when two series are as near
        let t = "The 51st Harbour Conference and the 43rd Reef Assembly met. The 47th edition was smaller.";
        let labels: Vec<String> = events(t).into_iter().map(|e| e.1).collect();
        assert!(!labels.iter().any(|l| l.starts_with("47th")), "{labels:?}");
    }

    #[test]
    fn the_first_edition_held_somewhere_is_a_superlative() {
        let t = "The 12th Harbour Security Conference opened in Accra. It is the first edition held in Africa.";
        let labels: Vec<String> = events(t).into_iter().map(|e| e.1).collect();
        assert!(!labels.iter().any(|l| l.starts_with("first")), "{labels:?}");
        // the first edition itself
        let t = "The 12th Harbour Security Conference opened in Accra. The first edition, in 2012, was small.";
        let labels: Vec<String> = events(t).into_iter().map(|e| e.1).collect();
        assert!(
            labels.iter().any(|l| l == "first Harbour Security Conference"),
            "{labels:?}"
        );
    }

    fn events(t: &str) -> Vec<(EventKind, String, Option<String>)> {
        let ctx = Ctx::new(t, None);
        let orgs = organization::detect(&ctx);
        detect(&ctx, &orgs)
            .into_iter()
            .map(|e| (e.kind, e.label, e.owner.map(|o| o.value)))
            .collect()
    }

    #[test]
    fn an_operation_name_that_opens_with_a_figure() {
        let got = events("INTERPOL ran Operation 40 Nights on the Reef 2.0 in May. Operation 12 Bridges II followed.");
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert!(labels.contains(&"Operation 40 Nights on the Reef 2.0"), "{labels:?}");
        assert!(labels.contains(&"Operation 12 Bridges II"), "{labels:?}");
        // a figure alone stays what the pattern reads
        assert!(!events("Operation 2023 ended.").iter().any(|e| e.1.contains("ended")));
    }

    #[test]
    fn a_session_of_a_body_that_is_no_organization() {
        let got = events("Parties met for the twelfth session of the Meeting of States Parties in Geneva.");
        assert!(
            got.iter()
                .any(|e| e.0 == EventKind::Conference && e.1 == "twelfth session of the Meeting of States Parties"),
            "{got:?}"
        );
        // one word is no body's name
        assert!(events("They met at the third session of the Council.").is_empty());
    }

    #[test]
    fn a_short_form_with_a_number_names_the_other_editions() {
        let got = events(
            "Delegates met at the fourteenth session of the Conference of the States Parties (CSP 14) in Rome. \
             CSP13 had drawn fewer. The fifteenth session (CSP 15) will meet in Lima. In 2019 CSP 12 was held online.",
        );
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert!(
            labels.contains(&"fourteenth session of the Conference of the States Parties"),
            "{labels:?}"
        );
        for l in ["CSP 13", "CSP 15", "CSP 12"] {
            assert!(labels.contains(&l), "{l}: {labels:?}");
        }
        assert!(!labels.contains(&"CSP 14"), "{labels:?}");
    }

    #[test]
    fn a_code_name_for_the_action_days_before_and_this_years_edition() {
        let ctx = Ctx::new(
            "Police from 30 countries took part in the EMPACT Joint Action Days against fraud. The action week, \
             codenamed BLUE HERON, was led by Austria. BLUE HERON 2024 follows BLUE HERON 2023.",
            Some(crate::text::dates::Date {
                year: 2024,
                month: 6,
                day: 20,
            }),
        );
        let orgs = organization::detect(&ctx);
        let got = detect(&ctx, &orgs);
        let ops: Vec<(&str, &[String])> = got.iter().map(|e| (e.label.as_str(), e.aliases.as_slice())).collect();
        assert_eq!(ops.len(), 2, "{ops:?}");
        assert_eq!(ops[0].0, "Operation BLUE HERON", "{ops:?}");
        assert!(ops[0].1.iter().any(|a| a == "EMPACT Joint Action Days"), "{ops:?}");
        assert!(ops[0].1.iter().any(|a| a == "BLUE HERON 2024"), "{ops:?}");
        assert_eq!(ops[1].0, "Operation BLUE HERON 2023", "{ops:?}");
    }

    #[test]
    fn an_office_of_a_body_later_in_the_run_is_no_event() {
        let v = events("It was chaired by Ivo Brandt, Director General of Public Safety and President of the ZEPOL General Assembly.");
        assert!(v.is_empty(), "{v:?}");
        let v = events(
            "Ivo Brandt, Director General of Public Safety and President of the 3rd ZEPOL General Assembly, spoke.",
        );
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "3rd ZEPOL General Assembly", "{v:?}");
    }

    #[test]
    fn a_code_word_window_ends_on_a_character() {
        // "operation" then a character of three bytes: the window must not end inside it
        let _ = events("The Korvax Operation•X went on.");
        let _ = events("It was the nationwide Korvax operation€.");
    }

    #[test]
    fn a_code_word_before_operations() {
        let v = events("The ministry published the results of its nationwide Korvax operations on Friday.");
        assert_eq!(v, vec![(EventKind::Operation, "Operation Korvax".into(), None)]);
        // a place, even one the gazetteer does not know, is no code word
        let v = events("It ended the Tarvel operation. Officers in Tarvel said so.");
        assert!(v.is_empty(), "{v:?}");
        let v = events("It ended the Irrawo operation along the Irrawo River.");
        assert!(v.is_empty(), "{v:?}");
        // nor is the name of a series already numbered
        let v = events("Operation Zephyr II found more than the earlier Zephyr operations.");
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[test]
    fn operations_and_series_siblings() {
        let v = events("INTERPOL's Operation Zephyr IV ended. Zephyr III had run in 2022. Zephyr IV was big.");
        assert_eq!(
            v,
            vec![
                (
                    EventKind::Operation,
                    "Operation Zephyr IV".into(),
                    Some("INTERPOL".into())
                ),
                (EventKind::Operation, "Operation Zephyr III".into(), None)
            ]
        );
        // a numeral after a hyphen
        let v = events("The operation, codenamed Harrow-41, ended. In the previous round, Harrow-40, 902 were held.");
        let labels: Vec<&str> = v.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(labels, vec!["Operation Harrow-41", "Operation Harrow-40"], "{v:?}");
        // a case number with a letter
        let v = events(
            "Nine were held in an inquiry codenamed Red Case 318K, led by police. It follows Red Case 77B in May.",
        );
        let labels: Vec<&str> = v.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            labels,
            vec!["Operation Red Case 318K", "Operation Red Case 77B"],
            "{v:?}"
        );
        // a figure with a unit is no case number
        let v = events("The operation, codenamed Harrow, ended. Harrow 40KG was a headline.");
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[test]
    fn a_project_is_an_operation_unless_called_a_programme() {
        let v =
            events("Last year's Project Harrow, led by the provincial police, took 40 rifles and led to 12 arrests.");
        let labels: Vec<&str> = v.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(labels, vec!["Operation Project Harrow"], "{v:?}");
        // a programme, in any of its mentions
        let v = events("About Project Bridgeway\n\nThe raids ran under Project Bridgeway, the agency's programme to train border police.");
        assert!(v.is_empty(), "{v:?}");
        // an office or a unit
        let v = events("Project Manager Anna Berg and the Project Team met the police on 3 May 2024.");
        assert!(v.is_empty(), "{v:?}");
    }

    #[test]
    fn editions_named_by_year_and_acronym() {
        let t = "Chiefs met for the Nordic Police Chiefs Convention (NPCC) on 3 May 2024.\n\n\
                 The 2022 NPCC drew 300 delegates, and NPCC 2019 more. The NPCC 2024 was the biggest. \
                 Déjà NPCC and NPCC für are no years.\n";
        let ctx = Ctx::new(t, crate::text::dates::Date::new(2024, 5, 4));
        let orgs = organization::detect(&ctx);
        let v = detect(&ctx, &orgs);
        let labels: Vec<&str> = v.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            ["Nordic Police Chiefs Convention", "2022 NPCC", "NPCC 2019"],
            "{labels:?}"
        );
        assert!(v[0].mentions.iter().any(|m| &t[m.begin..m.end] == "NPCC 2024"));
    }

    #[test]
    fn a_convention_of_police_chiefs_is_a_meeting_and_one_of_a_city_a_treaty() {
        let v = events("Police chiefs met at Europol for the Nordic Police Chiefs Convention on 3 May 2024.");
        assert_eq!(
            v.iter().map(|e| e.1.as_str()).collect::<Vec<_>>(),
            ["Nordic Police Chiefs Convention"]
        );
        assert!(events("The shipment broke the Basel Convention, officials said.").is_empty());
        assert!(events("Ministers signed the Police Chiefs Convention against Corruption.").is_empty());
    }

    #[test]
    fn an_edition_named_by_the_series_and_a_word() {
        let v = events(
            "Operation Grayling IV closed. The first worldwide edition, Grayling Global, ran in 2018. \
             Grayling Global led to 40 arrests. Grayling Bay is a town.",
        );
        let labels: Vec<&str> = v.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(labels, ["Operation Grayling IV", "Operation Grayling Global"]);
    }

    #[test]
    fn numbered_editions_of_a_series_named_bare() {
        let v = events(
            "Operation Lantana closed. Lantana IV ran in 2021 and Lantana 2.0 in 2023. \
             It was the fourth edition of Operation Lantana.",
        );
        let labels: Vec<&str> = v.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            labels,
            ["Operation Lantana", "Operation Lantana IV", "Operation Lantana 2.0"]
        );
        // the ordinal edition is the numbered one: the series keeps only its own mention
        let ctx = Ctx::new(
            "Lantana IV ran in 2021. It was the fourth edition of Operation Lantana.",
            None,
        );
        let orgs = organization::detect(&ctx);
        let v = detect(&ctx, &orgs);
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].mentions.len(), 2, "{v:?}");
        assert_eq!(roman(19), "XIX");
        assert_eq!(roman(44), "XLIV");
    }

    #[test]
    fn an_ordinal_between_the_owner_and_the_conference() {
        let v = events("It was put to INTERPOL's 88th General Assembly in Santiago.");
        assert_eq!(
            v,
            vec![(
                EventKind::Conference,
                "88th INTERPOL General Assembly".into(),
                Some("INTERPOL".into())
            )]
        );
        let v = events("It was put to the 88th General Assembly in Santiago.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "88th General Assembly");
        // the body itself is no session
        assert!(events("It was put to the General Assembly in Santiago.").is_empty());
        // an assembly of a named body that someone hosts is a meeting, the body alone is not
        let v = events("Police hosted in Lisbon the General Assembly of the Iberian Police Guild (IPG).");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "General Assembly of the Iberian Police Guild");
        assert!(events("It reports to the General Assembly of the Iberian Police Guild.").is_empty());
        // the edition named short is the one named in full, not the next one
        let v = events(
            "Vote as 96th General Assembly closes\n\nIt was the 96th session of the INTERPOL General Assembly. \
             The 97th INTERPOL General Assembly will be held in Muscat.",
        );
        let labels: Vec<&str> = v.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            labels,
            [
                "97th INTERPOL General Assembly",
                "96th session of the INTERPOL General Assembly"
            ]
        );
    }

    #[test]
    fn conference_with_possessive_organizer() {
        let v = events("delegates at INTERPOL's European Regional Conference said");
        assert_eq!(
            v,
            vec![(
                EventKind::Conference,
                "INTERPOL European Regional Conference".into(),
                Some("INTERPOL".into())
            )]
        );
    }

    #[test]
    fn an_acronym_in_brackets_inside_a_conference_name() {
        let ctx = Ctx::new(
            "Delegates met at the 17th Zembla Harbour Masters of Police (ZHMP) Conference in May.\n\n\
             The 18th ZHMP Conference will be held in Vela.\n",
            None,
        );
        let orgs = organization::detect(&ctx);
        let v = detect(&ctx, &orgs);
        let labels: Vec<(&str, &[String])> = v.iter().map(|e| (e.label.as_str(), e.aliases.as_slice())).collect();
        assert_eq!(labels.len(), 2, "{labels:?}");
        assert_eq!(labels[0].0, "17th Zembla Harbour Masters of Police Conference");
        assert!(labels[0].1.contains(&"ZHMP Conference".to_string()), "{labels:?}");
        assert_eq!(labels[1].0, "18th ZHMP Conference");
        // a bracket that is not an acronym joins nothing
        assert!(events("the Harbour Police (see below) Conference").is_empty());
    }

    #[test]
    fn an_edition_of_what_an_organization_owns_is_no_session() {
        assert!(events("It was the third edition of INTERPOL's Pangea operations.").is_empty());
        let v = events("Delegates attended the 93rd session of the INTERPOL General Assembly.");
        assert_eq!(v.len(), 1, "{v:?}");
    }

    #[test]
    fn a_name_inside_its_numbered_sibling_is_not_a_mention_of_it() {
        let ctx = Ctx::new(
            "Operation Kestrel II was led by Spain. An earlier phase, Operation Kestrel, ran in 2025.",
            None,
        );
        let orgs = organization::detect(&ctx);
        let v = detect(&ctx, &orgs);
        let first = v.iter().find(|e| e.label == "Operation Kestrel").expect("Kestrel");
        let spans: Vec<&str> = first.mentions.iter().map(|m| &ctx.text[m.begin..m.end]).collect();
        assert!(first.mentions.iter().all(|m| m.begin > 40), "{spans:?}");
    }

    #[test]
    fn a_session_with_a_compound_ordinal() {
        let v = events("The sixty-ninth session of the Commission on Narcotic Drugs (CND) closed on Friday.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert!(v[0].1.starts_with("sixty-ninth session of"), "{v:?}");
    }

    #[test]
    fn a_numbered_session_of_a_body_is_a_conference() {
        let v = events("The 97th INTERPOL General Assembly will be held in Muscat in 2029.");
        assert_eq!(v.len(), 1, "{v:?}");
        assert_eq!(v[0].1, "97th INTERPOL General Assembly");
        // the body itself is none
        assert!(events("The INTERPOL General Assembly elects the President.").is_empty());
    }

    #[test]
    fn editions_named_by_ordinal_and_acronym() {
        let t = "Ministers met at the 20th Zembla Ministerial Meeting on Harbour Crime (20th ZMMHC).\n\n\
                 Some 280 delegates attended the twentieth ZMMHC. The 12th ZMMHC Plus Three Consultation is next. \
                 Vela will host the 21st ZMMHC in 2027. ZMMHC XVIII met in Orun; ZMMHC XX in Vela; ZMMHC XXI will, and ZMMHC XXXVIII later.\n";
        let ctx = Ctx::new(t, None);
        let orgs = organization::detect(&ctx);
        let v = detect(&ctx, &orgs);
        let labels: Vec<&str> = v.iter().map(|e| e.label.as_str()).collect();
        assert!(labels.contains(&"21st ZMMHC"), "{labels:?}");
        // an edition in Roman numerals is another, or this one when the number is its own,
        // or the one named by the same ordinal
        assert!(labels.contains(&"ZMMHC XVIII"), "{labels:?}");
        assert!(labels.contains(&"ZMMHC XXXVIII"), "{labels:?}");
        assert!(!labels.contains(&"ZMMHC XXI"), "{labels:?}");
        assert!(!labels.contains(&"ZMMHC XX"), "{labels:?}");
        let first = v.iter().find(|e| e.label.starts_with("20th")).expect("20th");
        assert!(first.mentions.iter().any(|m| &t[m.begin..m.end] == "ZMMHC XX"));
        assert!(
            first
                .mentions
                .iter()
                .any(|m| t[m.begin..m.end].starts_with("twentieth")),
            "{:?}",
            first.mentions
        );
        assert_eq!(ordinal_value("twenty-first"), Some(21));
        let ctx = Ctx::new(
            "It was the 20th Zembla Harbour Meeting (20th ZHM). It was a first ZHM for her.\n",
            None,
        );
        let orgs = organization::detect(&ctx);
        assert_eq!(detect(&ctx, &orgs).len(), 1);
        assert_eq!(ordinal_value("69th"), Some(69));
    }

    #[test]
    fn action_days_with_a_year_a_bracketed_alias_and_a_name_given_after() {
        let t = "Officers from 20 countries took part in the EMPACT Joint Action Days Harrow 2024 (JAD Harrow 2024), which ran in May. The action days, the third edition of the operation, also known as Harrow 3, targeted thieves.";
        let ctx = Ctx::new(t, None);
        let orgs = organization::detect(&ctx);
        let got = detect(&ctx, &orgs);
        let ops: Vec<_> = got.iter().filter(|e| e.kind == EventKind::Operation).collect();
        assert_eq!(ops.len(), 1, "{got:?}");
        let names: Vec<&str> = std::iter::once(ops[0].label.as_str())
            .chain(ops[0].aliases.iter().map(String::as_str))
            .collect();
        for n in ["EMPACT Joint Action Days Harrow 2024", "JAD Harrow 2024", "Harrow 3"] {
            assert!(names.iter().any(|x| x.ends_with(n)), "{n}: {got:?}");
        }
    }

    #[test]
    fn action_days_named_without_their_prefix_are_the_same() {
        let v = events("The EMPACT Joint Action Days Kestrel ran in May. During the Joint Action Days Kestrel, officers checked cars.");
        let ops: Vec<&str> = v
            .iter()
            .filter(|e| e.0 == EventKind::Operation)
            .map(|e| e.1.as_str())
            .collect();
        assert_eq!(ops, vec!["EMPACT Joint Action Days Kestrel"]);
    }

    #[test]
    fn a_session_of_a_meeting_body_is_convened_by_its_parent() {
        let got = events("Delegates at the 88th session of the INTERPOL General Assembly met in Santiago in 2019.");
        assert!(
            got.iter()
                .any(|(_, l, o)| l == "88th session of the INTERPOL General Assembly"
                    && o.as_deref() == Some("INTERPOL")),
            "{got:?}"
        );
        let got = events("The 92nd INTERPOL General Assembly will meet in Glasgow.");
        assert!(got.iter().any(|(_, _, o)| o.as_deref() == Some("INTERPOL")), "{got:?}");
        // a commission meeting is the body itself: no organizer
        let got =
            events("The 30th session of the Commission on Crime Prevention and Criminal Justice opened in Vienna.");
        assert!(got.iter().all(|(_, _, o)| o.is_none()), "{got:?}");
    }

    #[test]
    fn an_organization_after_a_lower_case_operation_is_no_name() {
        let got = events("It was the largest firearms operation INTERPOL has ever coordinated.");
        assert!(got.is_empty(), "{got:?}");
        let got = events("It was part of the INTERPOL operation Trigger IX.");
        assert!(got.iter().any(|(_, l, _)| l == "Operation Trigger IX"), "{got:?}");
    }

    #[test]
    fn a_regional_meeting_ends_in_its_region_and_has_a_short_form() {
        let t = "Delegates met at the Twelfth Meeting of Heads of Customs Enforcement Agencies, Asia and the Pacific \u{2014} HECA for short \u{2014} in Manila. The 10th HECA met in Hanoi.";
        let ctx = Ctx::new(t, None);
        let orgs = organization::detect(&ctx);
        let got = detect(&ctx, &orgs);
        let first = &got[0];
        assert_eq!(
            first.label,
            "Twelfth Meeting of Heads of Customs Enforcement Agencies, Asia and the Pacific"
        );
        assert!(first.aliases.contains(&"HECA".to_string()), "{got:?}");
        assert!(got.iter().any(|e| e.label == "10th HECA"), "{got:?}");
        // a region in a list of places is no part of the name
        let got = events("The 5th Conference of Directors of Police Academies, Europe and Asia sent experts.");
        assert!(got.iter().all(|e| !e.1.contains("Europe")), "{got:?}");
    }

    #[test]
    fn a_table_row_of_an_earlier_edition() {
        let t = "The 9th Regional Forum on Port Security opened in Lima on 3 May 2024. The 7th forum met in Quito.\n\nEdition ; Host city ; Dates\n- 7th ; Host city: Quito ; Dates: 2-4 May 2022\n- 8th ; Host city: Cali ; Dates: 5-7 June 2023\n- Note ; Host city: none ; Dates: none\n";
        let ctx = Ctx::new(t, None);
        let orgs = organization::detect(&ctx);
        let got = detect(&ctx, &orgs);
        let labels: Vec<&str> = got.iter().map(|e| e.label.as_str()).collect();
        assert_eq!(
            labels,
            vec![
                "9th Regional Forum on Port Security",
                "7th forum",
                "8th Regional Forum on Port Security"
            ],
            "{got:?}"
        );
        // the 7th's row is a second mention of "the 7th forum"
        let row = t.find("- 7th").unwrap() + 2;
        assert!(got[1].mentions.iter().any(|m| m.begin == row), "{got:?}");
    }

    #[test]
    fn other_editions_of_a_numbered_series_by_ordinal_and_head() {
        let got = events(
            "The 9th United Nations Congress on Policing closed in Lima. The previous one, the 8th Congress, met in Quito; the 9th Congress adopted a declaration.",
        );
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            labels,
            vec!["9th United Nations Congress on Policing", "8th Congress"],
            "{got:?}"
        );
        let got = events("Delegates at the 87th session of the INTERPOL General Assembly met in Dubai. The 88th session of the General Assembly will meet in Santiago.");
        assert!(
            got.iter().any(|e| e.1 == "88th session of the General Assembly"),
            "{got:?}"
        );
        // no numbered conference in the article: no series to belong to
        assert!(events("The 8th Congress met in Quito.").is_empty());
        // "the Nth edition" of the article's one numbered series
        let got = events(
            "Some 900 experts attended the 5th Global Forum on Port Security in Accra. The second edition, held in Lima, drew 200. The 5th edition closed on Friday.",
        );
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            labels,
            vec![
                "5th Global Forum on Port Security",
                "second Global Forum on Port Security"
            ],
            "{got:?}"
        );
        // a lower-case head, unless it says what it is of
        let got = events(
            "The 14th Regional Meeting on Border Control ended. The 12th meeting took place in Rabat, the 3rd meeting of the working group in Tunis. It was the first meeting in Africa.",
        );
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            labels,
            vec!["14th Regional Meeting on Border Control", "12th meeting"],
            "{got:?}"
        );
    }

    #[test]
    fn a_day_ends_a_conference_name() {
        let got = events("Delegates at the 61st Pacific Customs Conference on Wednesday chose a new chair.");
        assert!(
            got.iter().any(|(_, l, _)| l == "61st Pacific Customs Conference"),
            "{got:?}"
        );
        let got = events("The 3rd Regional Conference on Maritime Security in March ended.");
        assert!(
            got.iter()
                .any(|(_, l, _)| l == "3rd Regional Conference on Maritime Security"),
            "{got:?}"
        );
    }

    #[test]
    fn venue_is_not_a_conference() {
        assert!(events("It met at the Kyoto International Conference Center.").is_empty());
        assert!(events("The assembly met from 3 to 7 May at the Pemberton Forum in Oslo.").is_empty());
        // a forum named after a place, or a kind, is an event
        assert!(!events("Ministers met at the Lisbon Forum in May.").is_empty());
        assert!(!events("Ministers met at the Global Forum in May.").is_empty());
    }

    #[test]
    fn a_headline_verb_ends_an_operation_name() {
        let v = events("Twenty Charged as Operation Copper Kite Dismantles Cross-Border Pipeline");
        assert_eq!(v, vec![(EventKind::Operation, "Operation Copper Kite".into(), None)]);
    }

    #[test]
    fn a_convention_is_a_treaty() {
        assert!(events("The waste was shipped in breach of the Basel Convention, officials said.").is_empty());
    }

    #[test]
    fn the_place_before_for_is_not_part_of_the_name() {
        let v = events("More than 300 delegates gathered in Vienna for the Global Conference on Port Security.");
        assert_eq!(
            v,
            vec![(EventKind::Conference, "Global Conference on Port Security".into(), None)]
        );
    }

    #[test]
    fn a_numbered_meeting_of_a_named_body() {
        let got = events(
            "Zembla hosted the 47th Meeting of the ASEAN Senior Officials on Harbour Matters (ASHM) in May. \
             The 47th ASHM Meeting adopted a plan. The 48th ASHM Meeting will be held in Tarn.",
        );
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert!(
            labels.contains(&"47th Meeting of the ASEAN Senior Officials on Harbour Matters"),
            "{labels:?}"
        );
        // the same edition by its acronym is merged; the next edition stays apart
        assert!(!labels.contains(&"47th ASHM Meeting"), "{labels:?}");
        assert!(labels.contains(&"48th ASHM Meeting"), "{labels:?}");
        assert!(!labels.contains(&"47th Meeting of the ASEAN"), "{labels:?}");
        let got = events("The 35th Meeting of Heads of National Harbour Agencies, Africa, opened in Dakar.");
        assert!(
            got.iter()
                .any(|e| e.1 == "35th Meeting of Heads of National Harbour Agencies, Africa"),
            "{got:?}"
        );
        // without a number it is no event of its own
        assert!(events("A Meeting of Heads of National Harbour Agencies was called.").is_empty());
    }

    #[test]
    fn action_days_keep_their_edition_number() {
        let t = "Police from 11 countries took part in the EMPACT Joint Action Days Harrow 7 (JAD Harrow 7), which \
                 ran in May. They build on JAD Harrow 6, held last year.";
        let ops: Vec<String> = events(t)
            .into_iter()
            .filter(|e| e.0 == EventKind::Operation)
            .map(|e| e.1)
            .collect();
        assert!(
            ops.contains(&"EMPACT Joint Action Days Harrow 7".to_string()),
            "{ops:?}"
        );
        assert!(ops.iter().any(|o| o.ends_with("JAD Harrow 6")), "{ops:?}");
        // a figure that goes on is no edition
        let ops = events("During the Joint Action Days Harrow 7,000 officers checked cars.");
        assert!(!ops.iter().any(|e| e.1.contains('7')), "{ops:?}");
    }

    #[test]
    fn an_acronym_and_a_year_in_front_name_the_organizations_edition() {
        let t = "Oslo, 20 May 2023 - The Nordic Association of Customs Chiefs (NACC) closed the NACC 2023 \
                 Annual Conference and Exposition in Oslo. Last year's NACC 2022 in Bergen drew 900.";
        let ctx = Ctx::new(t, Some(crate::text::Date::new(2023, 5, 20).expect("date")));
        let orgs = organization::detect(&ctx);
        let mut got: Vec<(String, Option<String>)> = detect(&ctx, &orgs)
            .into_iter()
            .filter(|e| e.kind == EventKind::Conference)
            .map(|e| (e.label, e.owner.map(|o| o.value)))
            .collect();
        got.sort();
        let nacc = Some("Nordic Association of Customs Chiefs".to_string());
        assert_eq!(
            got,
            vec![
                ("NACC 2022".to_string(), nacc.clone()),
                ("NACC 2023 Annual Conference and Exposition".to_string(), nacc),
            ]
        );
    }

    #[test]
    fn a_year_in_front_names_an_edition() {
        let t = "Vienna, 3 May 2022 - The 2022 Annual Customs Experts Meeting opened in Vienna. \
                 It built on the 2021 Annual Customs Experts Meeting, held online.";
        let ctx = Ctx::new(t, Some(crate::text::Date::new(2022, 5, 3).expect("date")));
        let orgs = organization::detect(&ctx);
        let mut got: Vec<String> = detect(&ctx, &orgs)
            .into_iter()
            .filter(|e| e.kind == EventKind::Conference)
            .map(|e| e.label)
            .collect();
        got.sort();
        assert_eq!(
            got,
            vec![
                "2021 Annual Customs Experts Meeting",
                "2022 Annual Customs Experts Meeting"
            ]
        );
        // a year and an ordinal number one edition: "the 2027 Drug Congress" is the 9th
        let got = events(
            "Delegates prepared the 9th International Congress on Drug Policy. The 2027 Drug Congress will meet in Lima.",
        );
        let confs: Vec<&String> = got
            .iter()
            .filter(|e| e.0 == EventKind::Conference)
            .map(|e| &e.1)
            .collect();
        assert_eq!(confs, vec!["9th International Congress on Drug Policy"], "{got:?}");
    }

    #[test]
    fn a_council_numbered_in_front_is_one_of_its_meetings() {
        let got = events("The report goes to the 31st ASEAN Ministerial Council, to be held in Hanoi.");
        assert!(
            got.iter()
                .any(|e| e.0 == EventKind::Conference && e.1 == "31st ASEAN Ministerial Council"),
            "{got:?}"
        );
        // unnumbered, it is the body
        let got = events("The report goes to the ASEAN Ministerial Council in Hanoi.");
        assert!(!got.iter().any(|e| e.0 == EventKind::Conference), "{got:?}");
    }

    #[test]
    fn a_year_after_a_conference_name_is_the_editions() {
        let got = events("Analysts met at the Global Fraud Conference 2025 in Oslo.");
        assert!(
            got.iter()
                .any(|e| e.0 == EventKind::Conference && e.1 == "Global Fraud Conference 2025"),
            "{got:?}"
        );
    }

    #[test]
    fn an_action_given_an_acronym_of_its_initials() {
        let got = events(
            "The fourth Baltic Card Fraud Action, known as BCFA 4, ended in May. BCFA 3 had run in 2022 \
             in 20 countries.",
        );
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert!(labels.contains(&"BCFA 4"), "{labels:?}");
        assert!(labels.contains(&"Operation BCFA 3"), "{labels:?}");
        // unnumbered, the name stays the label
        let got = events("The Baltic Card Fraud Action (BCFA) ended in May.");
        assert!(got.iter().any(|e| e.1 == "Baltic Card Fraud Action"), "{got:?}");
        // an acronym of other initials, or a name of two words, names nothing
        assert!(events("The Nordic Fraud Action, known as XYZ 2, ended.").is_empty());
        assert!(events("The Joint Action (JA) ended.").is_empty());
    }

    #[test]
    fn a_campaign_known_by_a_name_is_an_operation() {
        let got = events("The police run a parallel campaign, known as Harrowmark, against dealers near schools.");
        assert!(got.iter().any(|e| e.1 == "Operation Harrowmark"), "{got:?}");
        // a drug known by a street name is none
        assert!(events("Police seized 4 kg of a drug known as Harrowmark in Lyon.").is_empty());
        // nor a person's alias after the operation word
        let got = events("Eleven were held during the operation, including his head of security, known as \"Tolima\".");
        assert!(!got.iter().any(|e| e.1.contains("Tolima")), "{got:?}");
    }

    #[test]
    fn a_list_under_a_line_about_the_series_names_its_operations() {
        let t = "Operation Quillon ended.\n\nQuillon is the third in a series of joint actions. For comparison:\n\n\
                 1. **Ravelin** (2021): 40 arrests and 12 firearms seized.\n\
                 2. **Sharp Bastion** (2022): 55 arrests.\n\
                 3. **Spain** (2023): 60 arrests.\n";
        let got = events(t);
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert!(labels.contains(&"Operation Ravelin"), "{labels:?}");
        assert!(labels.contains(&"Operation Sharp Bastion"), "{labels:?}");
        assert!(!labels.iter().any(|l| l.contains("Spain")), "{labels:?}");
        // a list under a line about no series names nothing
        let t = "Operation Quillon ended. Results:\n\n1. **Ravelin** (2021): 40 arrests.\n";
        assert_eq!(events(t).len(), 1, "{:?}", events(t));
    }

    #[test]
    fn a_programme_named_operation_against_x_is_no_operation() {
        let got = events("It ran under the Pacific Joint Operation Against Fraud (PJOAF) project.");
        assert!(!got.iter().any(|e| e.0 == EventKind::Operation), "{got:?}");
    }

    #[test]
    fn a_permanent_forum_is_a_body_not_a_meeting() {
        let got = events("The Permanent Forum on Maritime Crime met in Lisbon.");
        assert!(!got.iter().any(|e| e.0 == EventKind::Conference), "{got:?}");
    }

    #[test]
    fn a_list_of_topics_after_a_comma_is_part_of_a_conference_name() {
        let got = events("Ministers met for the Ninth Regional Ministerial Conference on Arms Smuggling, Trafficking in Persons and Related Crime, the first in years.");
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(
            labels,
            vec!["Ninth Regional Ministerial Conference on Arms Smuggling, Trafficking in Persons and Related Crime"]
        );
        // a body named after the comma is no topic
        let got = events("Delegates came to the 5th Regional Conference on Drugs, Europol and Eurojust said.");
        assert!(got.iter().all(|e| !e.1.contains("Europol")), "{got:?}");
    }

    #[test]
    fn ops_and_a_name_before_joint_operation_are_operations() {
        let got = events("Police said Ops Kembara, a nationwide sweep, ended. Under the Safe Delta Joint Operation, six countries worked.");
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert!(labels.contains(&"Ops Kembara"), "{labels:?}");
        assert!(labels.contains(&"Safe Delta Joint Operation"), "{labels:?}");
        // generic words, a body, or a name after it: no such operation
        let got = events("The Joint Operation ended. The Police Operation ended. The Europol Operation grew.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_national_assembly_is_no_meeting() {
        let got = events("The minister told the National Assembly on Tuesday that agents were paid.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_summit_and_a_purpose_after_to_in_title_case() {
        let got = events("The President hosted the Summit of the Global Alliance to Counter Harbour Crime on Monday.");
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(labels, vec!["Summit of the Global Alliance to Counter Harbour Crime"]);
        let got = events("Ministers met at the Virtual Ministerial Meeting to Launch the Harbour Pact in July.");
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(labels, vec!["Virtual Ministerial Meeting to Launch the Harbour Pact"]);
        // a place after "to" is where someone went
        let got = events("Delegates of the 5th Regional Harbour Conference went to Lyon on Monday.");
        let labels: Vec<&str> = got.iter().map(|e| e.1.as_str()).collect();
        assert_eq!(labels, vec!["5th Regional Harbour Conference"]);
    }

    #[test]
    fn an_edition_named_after_its_comma_is_of_that_name() {
        let t = "The 28th Meeting of the Harbour Council opened. Operation Black Gate was launched last year. \
                 The first edition, Operation Black Gate 2023, led to 87 arrests.";
        let labels: Vec<String> = events(t).into_iter().map(|e| e.1).collect();
        assert!(!labels.iter().any(|l| l.starts_with("first")), "{labels:?}");
    }
}
