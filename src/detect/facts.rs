//! Event facts: which event a sentence talks about, and the dates, counts, durations,
//! places and participating countries it gives for it.
//!
//! A sentence's owner is the event it names, else the event its noun refers back to
//! ("the conference", "the operation", "the week of action"), else the event the previous
//! sentences were about; an article with one event of a kind gives that event every count
//! of its kind that no other event owns. A fact only goes to an event of the right kind:
//! attendance to conferences, arrests and officers to operations.

use super::event::{Event, EventKind};
use super::gazetteer::Hit;
use super::organization::OrgMention;
use super::{Ctx, Cue};
use crate::model::{Count, Fact, PlaceRef, Span};
use crate::text::dates::WEEKDAY;
use crate::text::numbers::{self, NumberMention};
use crate::text::Date;
use regex::Regex;
use std::sync::LazyLock;

static OP_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:the|this|that|its|their)\s+(?:(?:\w+-\w+|recent|latest|joint|international|global|coordinated|same|whole|entire|week-long|month-long|year-long|two-week|global|regional|first|second|largest|biggest)\s+)*(operation|crackdown|action\s+days?|joint\s+action|week\s+of\s+action|operational\s+phase|campaign|sweep|raids|investigation|initiative|exercise|surge|offensive|blitz)\b").expect("op noun")
});
/// The nouns that refer back to a conference ("the conference", "this annual summit"); they
/// are also the keywords of [`super::Cue::ConfNoun`].
pub(super) const CONF_NOUNS: &[&str] = &[
    "conference",
    "congress",
    "summit",
    "assembly",
    "forum",
    "symposium",
    "meeting",
    "gathering",
    "convention",
    "session",
    "event",
    "edition",
];
static CONF_NOUN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:the|this|that|its|a|this\s+year's)\s+(?:(?:\w+-\w+|\(.{{0,30}}\)|\d{{1,3}}(?:st|nd|rd|th)|annual|regional|international|ministerial|high-level|global|first|same)\s+){{0,3}}({})\b",
        CONF_NOUNS.join("|")
    ))
    .expect("conf noun")
});
static ARRESTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:new\s+|further\s+|more\s+)?(?:arrests\b|arrested\b|(?:[\p{L}\-]+\s+){0,2}(?:people|persons|suspects|individuals|members|men|women|nationals|fugitives|criminals|smugglers|traffickers|offenders)(?:\*\*|__)?(?:,[^,\d]{1,60},|,\s+aged\s[^,]{1,40},)?\s+(?:(?:were|are|have\s+been|had\s+been|have|being|was|is|remain|remained)\s+)?(?:arrested|detained|apprehended|taken\s+into\s+custody|(?:placed\s+|remanded\s+|held\s+)?in\s+custody|under\s+arrest))").expect("arrests")
});
/// A running total: "bringing the number of people arrested in Operation X to 13",
/// "taking the total number of arrests to".
static ARRESTS_TOTAL_TO: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:bringing|brings|brought|taking|takes|took|raising|raises|raised)\s+(?:the\s+)?(?:overall\s+|total\s+)?(?:number\s+of\s+)?(?:arrests|(?:[\p{L}\-]+\s+){0,2}(?:arrested|detained))\b[^.;:]{0,60}?\s+to\s+$").expect("arrests total")
});
static ARRESTED_N: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:arrested|arresting|detained|detaining|apprehended|apprehending|arrest(?:\s+of)?|detain)\s+(?:a\s+total\s+of\s+)?$")
        .expect("arrested")
});
/// "took two people into custody", "have taken 14 suspects into custody": the verb before
/// the figure ...
static TOOK_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:took|take|takes|taking|taken)\s+(?:a\s+total\s+of\s+)?$").expect("took"));
/// ... and the people and "into custody" after it.
static INTO_CUSTODY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[\p{L}\-]+\s+){0,2}?(?:people|persons|suspects|individuals|men|women|others)\s+into\s+(?:police\s+)?custody\b")
        .expect("into custody")
});
/// "160 customs, police and port officers", "3 400 members of the South African Police
/// Service": the officers of a list of services, or the members of one.
static OFFICERS_LISTED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:(?:[\p{L}\-]+,\s+){1,4}[\p{L}\-]+\s+and\s+(?:[\p{L}\-]+\s+)?(?:officers|officials|agents|personnel|investigators|staff|inspectors)\b|[\p{L}\-]+\s+and\s+(?:(?-i:[a-z])+\s+and\s+(?-i:[a-z])+\s+)?(?:(?:(?-i:[A-Z])[\p{L}\-]*\s+){1,2}|(?:police|customs|border|port|immigration|military|army|gendarmerie)\s+)(?:officers|officials|agents|personnel|investigators|inspectors)\b|members\s+of\s+(?:the\s+)?[^,.;()]{0,60}?\b(?:police|service|force|forces|guard|gendarmerie|army|navy|customs|agency)\b)").expect("officers listed")
});
static OFFICERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[\p{L}\-]+\s+){0,3}?(officers|officials|agents|personnel|investigators|gendarmes|troops|police|policemen|staff|border\s+guards|customs\s+officers|rangers|inspectors|investigating\s+officers)\b").expect("officers")
});
/// "181 of INTERPOL's 196 member countries", "40 of its 54 member states", "50 of the
/// Organization's European member countries": a number of the members, then the
/// membership.
static PART_OF_MEMBERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s+of\s+(?:its\s+|their\s+|(?:the\s+)?[\p{L}\-]+'s\s+)(?:\d[\d,]*\s+(?:[\p{L}\-]+\s+)?(?:member\s+)?|(?:[\p{L}\-]+\s+)?member\s+)(?:countries|states|nations)\b",
    )
    .expect("part of members")
});
static TOTAL_AFTER_PART: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\d\s+of\s+(?:its\s+|their\s+|(?:the\s+)?[\p{L}\-]+'s\s+)$").expect("total after part")
});
static COUNTRIES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^\s*((?:[\p{L}\-]+\s+){0,2}?)(countries|nations|member\s+states|member\s+countries|jurisdictions|states)\b",
    )
    .expect("countries")
});

/// The words before a bare year: "in 2018", "since 2019".
static YEAR_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:in|since|until|by|from|during)\s+$").expect("year before"));
/// Where people came from, not who took part: "irregular migrants from 69 different
/// countries", "victims of", "nationals from".
static ORIGIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:migrants|victims|nationals|people|persons|passengers|travellers|travelers|workers|women|children|men|refugees|citizens)\s+(?:from|of)\s+(?:at\s+least\s+|more\s+than\s+|some\s+|over\s+)?$").expect("origin")
});

/// `after` (the text after a number) names countries: "countries", "member states",
/// "participating states", "States" as the UN writes it; not a bare "four states", which in
/// a federal country's release are its own states.
fn counts_countries(before: &str, after: &str) -> bool {
    COUNTRIES
        .captures(after)
        .is_some_and(|c| !(c[1].is_empty() && &c[2] == "states"))
        && !(REACH.is_match(before)
            || ORIGIN.is_match(before)
            || (MEMBERSHIP.is_match(before) && MEMBER_NOUN.is_match(after))
            || INVITED.is_match(before))
}

/// "had invited all 54 African States": who was asked, not who came.
static INVITED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\binvit\w+\s+(?:all\s+)?(?:the\s+)?$").expect("invited"));

/// "INTERPOL, which has 196 member countries", "its 27 member states": the size of a
/// membership, not the countries that took part.
static MEMBERSHIP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:has|have|had|its|their|[\p{L}]+'s)\s+(?:some\s+|all\s+)?$").expect("membership")
});
static MEMBER_NOUN: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*member\s+(?:countries|states|nations)\b").expect("member noun"));

/// A criminal network's reach, not the countries that took part: "the network is thought to
/// have supplied buyers in at least", "the group moved its goods through".
static REACH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:network|group|gang|syndicate|cartel|ring|organi[sz]ation|traffickers|smugglers)\b[^.;]{0,60}\b(?:supplied|sold|moved|shipped|smuggled|trafficked|operated|active|distributed|delivered|buyers|customers|clients|victims)\b[^.;]{0,40}$")
        .expect("reach")
});
/// "a joint ABF and NSW Police Force operation", "a joint Europol-Eurojust investigation":
/// group 1 holds the partners.
static JOINT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b[Aa]n?\s+joint\s+([^,.;:()]{2,80}?)\s+(?:operation|investigation|effort|taskforce|task\s+force|initiative)\b").expect("joint")
});

/// Right after a place: "will host the", "hosted the", "is hosting the"; after its country
/// or a comma too ("chose Marrakech, Morocco, to host the").
static HOSTS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:,\s+\p{Lu}[\p{L}\s]{1,30})?,?\s+(?:will\s+host|hosted|hosts|is\s+hosting|was\s+hosting|is\s+to\s+host|to\s+host)\s+(?:the|this|next)\b",
    )
    .expect("hosts")
});

/// After a count: "suspects were detained in Spain, six in France": the count is a place's
/// share, and another place's follows.
static BREAKDOWN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;:]{0,50}?\bin\s+(?:the\s+)?\p{Lu}[\p{L}\-]*(?:\s+\p{Lu}[\p{L}\-]*)*,\s+(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{Ll}+teen|\p{Ll}+ty(?:-\p{Ll}+)?)\s+(?:\p{Ll}+\s+)?in\s+(?:the\s+)?\p{Lu}")
        .expect("breakdown")
});

/// "concluded today", "opens here today": group 1 the verb.
static TODAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(opened|opens|began|begins|started|starts|kicked\s+off|concluded|concludes|ended|ends|closed|closes|wrapped\s+up|wraps\s+up)\s+(?:here\s+)?today\b")
        .expect("today")
});

/// Verbs of attending a meeting (not "took part", which operations share).
static ATTENDED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:attended|gathered|were\s+present|flocked|met\s+(?:for|in|at|over|on)|convened|registered|(?:brought|brings|bringing)\s+together|drew|draws|attract(?:ed|s|ing)|welcomed)\b")
        .expect("attended")
});
/// An edition of a meeting named by its number or as another year's: "last year's 32nd
/// session", "the previous conference".
static OTHER_EDITION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b\d{1,3}(?:st|nd|rd|th)\W+(?:[\p{L}\-]+\s+){0,3}?|\b(?:last\s+year's|previous|next\s+year's|next)\s+(?:[\p{L}\-]+\s+){0,2}?)(?:session|conference|congress|meeting|assembly|summit|edition|forum)\b")
        .expect("other edition")
});
/// People who only come to meetings.
static MEETING_PEOPLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:participants|delegates|attendees|representatives|delegations|speakers|guests)\b")
        .expect("meeting people")
});
static TOOK_PART: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)\b(?:took|take|taking)\s+part\b|\bparticipated\b").expect("took part"));
static ATTENDEES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[\p{L}\-]+\s+){0,3}?(participants|delegates|attendees|officials|representatives|experts|leaders|ministers|police\s+chiefs|chiefs\s+of\s+police|heads\s+of\s+police|people|guests|speakers|officers|delegations)\b").expect("attendees")
});
static DURATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|twenty|thirty|forty-eight|seventy-two)[-\s](hours?|days?|weeks?|months?)\b").expect("duration")
});
static VENUE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(held|hosted|host|hosting|chaired|took\s+place|takes\s+place|will\s+take\s+place|met|meet|meets|meeting|gathered|convened|opened|opens|ended|closes|closed|venue|organi[sz]ed|staged|kicked\s+off|began|concluded|wrapped\s+up|wraps\s+up|ran)\b").expect("venue")
});
static VENUE_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(held|hosted|host|chaired|took\s+place|takes\s+place|take\s+place|met|meet|meets|gathered|gather|convened|convene|opened|ended|closed|closes|staged|began|concluded|wrapped\s+up|wraps\s+up)\s+(?:[\p{L}\-]+\s+){0,3}(?:in|at)$").expect("venue before")
});
/// A sentence that opens on a year: "In 2021, ...", "Back in 2019 ...".
static SENTENCE_YEAR: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^(?:Back\s+)?[Ii]n\s+((?:19|20)[0-9]{2})\b").expect("sentence year"));
static STARTED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:(?:began|begun|started|commenced|opened|kicked\s+off|was\s+launched|were\s+launched)\s+(?:[\w-]+\s+(?:days?|weeks?|months?)\s+ago,?\s+)?(?:on\s+)?|launched\s+on\s+)(?:{WEEKDAY},?\s+)?$"
    ))
    .expect("started before")
});
/// "... and closed on Friday": the weekday an event that began on a date ended.
static ENDED_ON_WEEKDAY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"(?i)\b(?:closed|ended|concluded|finished|wrapped\s+up)\s+on\s+({WEEKDAY})\b"
    ))
    .expect("ended on weekday")
});
static HELD_ON: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(held|took\s+place|takes\s+place|met|convened|chaired|ran|carried\s+out|conducted)\b")
        .expect("held")
});
static PARTICIPATION: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(participa[nt]\w*|took\s+part|taking\s+part|countries\s+(?:were|are|included)|involved|joined|contributed|(?:countries|nations|partners)\s*:|\b(?:brings|bringing|brought)\s+together\b|\bmobili[sz]\w*|\bdeployed\b|\b(?:officers|officials|agents|investigators|teams|units|authorities|agencies|forces)\s+(?:from|in)\s|\b(?:searches|raids)\s+(?:were\s+|have\s+been\s+)?(?:took\s+place|carried\s+out|conducted)\b)").expect("participation")
});
/// What a body's members are after its name: "brings together", "comprises", "is made up of".
static ORG_MEMBERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+\([^()]{1,20}\))?,?\s+(?:currently\s+)?(?:brings\s+together|groups|unites|comprises|includes|is\s+made\s+up\s+of|consists\s+of|is\s+composed\s+of|counts|has\s+(?:\w+\s+)?members)\b")
        .expect("org members")
});
/// An event named only to say the news is not about it: "the find was not linked to
/// Operation X", "unrelated to the ... operation".
static DISCLAIMED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:not|never)\s+(?:been\s+|being\s+)?(?:directly\s+)?(?:linked|connected|related|tied|part)\s+(?:to|with|of)|\b(?:unrelated|unconnected)\s+to|\bno\s+(?:link|connection)\s+(?:to|with))\s+(?:the\s+)?(?:wider\s+|broader\s+|earlier\s+|separate\s+)?$").expect("disclaimed")
});
/// The end of "forms part of", "is part of the wider", "under the umbrella of".
pub(crate) static PART_OF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:part\s+of|under\s+the\s+umbrella\s+of|within\s+the\s+framework\s+of|a\s+strand\s+of|a\s+phase\s+of)\s+(?:the\s+)?(?:wider\s+|broader\s+|larger\s+|national\s+|global\s+|ongoing\s+)?$").expect("part of")
});

/// "coordinated by", "launched last week by", "led in 2019 by the RTP's", "launched a week
/// ago, on Feb. 22, by": the verb, up to three words of time or manner (and a date between
/// commas), "by", and an owner in front of the organization.
static COORDINATED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:coordinated|co-ordinated|led|spearheaded|organi[sz]ed|run|headed|launched|initiated|supported)\s+((?:[\w-]+\s+){0,3}|(?:[\w-]+\s+){0,2}[\w-]+,\s+on\s+[\w.\s]{1,20}?,\s+)by\s+(?:the\s+)?(?:(?-i:[A-Z])[\w.-]*'s\s+)?$").expect("coord by")
});

/// Words that end the verb's phrase: between "launched" and "by" they mean the "by" belongs
/// to another clause ("led the raids and were joined by").
const NOT_ADVERBIAL: &[&str] = &[
    "and",
    "or",
    "but",
    "was",
    "were",
    "is",
    "are",
    "has",
    "have",
    "had",
    "the",
    "a",
    "an",
    "its",
    "their",
    "raids",
    "operation",
    "operations",
    "arrests",
    "which",
    "that",
    "who",
];

/// True when the words after a count of "detained" are goods: a seized-item word within
/// the next three words ("detained 1.2 million face masks", "detained 40 tonnes of rice").
/// Not when people are named there ("detained 263 suspected drug smugglers").
fn detained_goods(ctx: &Ctx<'_>, after: &str) -> bool {
    let window: String = after.split_whitespace().take(4).collect::<Vec<_>>().join(" ");
    // the item heads the words right after the count ("1.2 million face masks"), not a
    // phrase after a preposition ("arrest 151 in cocaine trafficking crackdown")
    let goods = ctx.gaz.items(&window).iter().any(|m| {
        let next = window[m.end..]
            .trim_start()
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let lead: Vec<&str> = window[..m.begin].split_whitespace().collect();
        lead.len() <= 2 && !lead.iter().any(|w| ctx.gaz.is_function(w)) && !ctx.gaz.is_dealer(next)
    }) || super::seizure::UNIT.is_match(&window);
    goods && !PEOPLE_WORD.is_match(&window)
}

/// Words for people, in the few words after a count.
static PEOPLE_WORD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:people|persons|suspects|individuals|men|women|nationals|members|crew|migrants|smugglers|traffickers|dealers|couriers|mules|foreigners|citizens)\b").expect("people word")
});

/// True when `before` ends with a coordinating verb's "by": see [`COORDINATED_BY`].
/// True when the sentence at `begin` opens with a country or a place: "In Britain, ...",
/// "In the Netherlands, ...".
fn national_lead(ctx: &Ctx<'_>, begin: usize) -> bool {
    let t = &ctx.text[begin..];
    let Some(rest) = t.strip_prefix("In ") else {
        return false;
    };
    let at = begin + 3 + if rest.starts_with("the ") { 4 } else { 0 };
    ctx.names.iter().any(|n| {
        n.begin == at && matches!(n.hit, Hit::Country(_) | Hit::Place(_)) && ctx.text[n.end..].starts_with(',')
    })
}

/// The text of the sentence before organization `k` of `ms` (the sentence's organizations,
/// in order) with what only adds to a list of leaders taken off: a country in front of it
/// ("the U.S. Federal Bureau of Investigation") and the organizations before it in a list
/// joined by "and" or a comma ("led by the FBI and the Dutch National Police").
fn lead_in<'t>(ctx: &Ctx<'t>, s_begin: usize, ms: &[&OrgMention], k: usize) -> &'t str {
    let text = ctx.text;
    let mut begin = ms[k].span.begin;
    loop {
        if let Some(c) = ctx.names.iter().find(|n| {
            matches!(n.hit, Hit::Country(_) | Hit::Demonym(_))
                && n.begin >= s_begin
                && n.end <= begin
                && n.begin < begin
                && text[n.end..begin].trim().is_empty()
        }) {
            begin = c.begin;
            continue;
        }
        let t = text[s_begin..begin].trim_end();
        let t = t.strip_suffix(" the").unwrap_or(t).trim_end();
        // (after a comma, only inside a list that goes on: not "coordinated by Europol,
        // the World Customs Organization said")
        let listed = || {
            let after = text[ms[k].span.end..].trim_start();
            let after = match after.strip_prefix('(') {
                Some(a) => a.split_once(')').map_or(a, |(_, r)| r).trim_start(),
                None => after,
            };
            after.starts_with(',') || after.starts_with("and ")
        };
        let Some(rest) = t
            .strip_suffix(" and")
            .or_else(|| t.strip_suffix(',').filter(|_| begin < ms[k].span.begin || listed()))
        else {
            break;
        };
        let mut rest = rest.trim_end();
        // an acronym in brackets after the one before: "(FBI)"
        if rest.ends_with(')') {
            if let Some(open) = rest.rfind('(') {
                rest = rest[..open].trim_end();
            }
        }
        match ms
            .iter()
            .find(|p| p.span.end == s_begin + rest.len() && p.span.begin < begin)
        {
            Some(p) => begin = p.span.begin,
            None => break,
        }
    }
    &text[s_begin..begin]
}

fn coordinated_by(before: &str) -> bool {
    COORDINATED_BY.captures(before).is_some_and(|c| {
        c.get(1).is_none_or(|m| {
            // ("a week ago" is time, though "a" opens an object elsewhere)
            let words = m.as_str().to_lowercase();
            let words = [
                "a week ago",
                "a month ago",
                "a day ago",
                "a year ago",
                "a fortnight ago",
            ]
            .iter()
            .find_map(|t| words.strip_prefix(t))
            .unwrap_or(&words);
            !words
                .split_whitespace()
                .any(|w| NOT_ADVERBIAL.contains(&w.to_lowercase().as_str()))
        })
    })
}
static ORGANIZED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:organi[sz]ed|hosted|convened|co-organi[sz]ed|run)\s+(?:jointly\s+)?(?:with\s+the\s+support\s+of|by)\s+(?:the\s+)?$").expect("org by")
});
/// "The South African Police Service (SAPS) hosted the meeting": who hosts a conference
/// organizes it (an operation is not hosted).
static HOSTED_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:\s+\([^)]{1,20}\))?\s+(?:hosted|convened|co-hosted)\b").expect("hosted after")
});
/// "an NCA-led international operation", "an INTERPOL-coordinated crackdown": the
/// organization glued to the verb runs the operation the phrase names.
static LED_ADJECTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^-(?:led|coordinated|co-ordinated|run|spearheaded|organi[sz]ed)\s+(?:[\p{L}\-]+\s+){0,3}?(?:operation|crackdown|investigation|sweep|action|campaign|offensive|blitz)\b").expect("led adjective")
});
/// "..., INTERPOL said on Tuesday", "INTERPOL and AFRIPOL published the results of": who
/// reports an operation, which runs it when the article names nobody else.
static REPORTS_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+\([^)]{1,20}\))?(?:\s+and\s+(?:the\s+)?\p{Lu}[^,.;:]{0,80}?)?\s+(?:said|says|announced|reported|(?:published|released|presented)\s+the\s+(?:\w+\s+)?results)\b").expect("reports after")
});
static ORG_VERB_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s+(?:coordinated|co-ordinated|led|spearheaded|launched|ran|organi[sz]ed|orchestrated|conducted|initiated|coordinates|co-ordinates|leads|spearheads|runs|organi[sz]es|conducts)\b").expect("verb after")
});

/// True when the organization before `after` runs what is named: "Europol coordinated",
/// but not "raids by Sri Lanka Police led to twelve arrests" (a result, no leading).
fn org_verb_after(after: &str) -> bool {
    ORG_VERB_AFTER.find(after).is_some_and(|m| {
        !after[m.end()..].starts_with(" to ")
            || !matches!(m.as_str().trim_start().to_lowercase().as_str(), "led" | "leads")
    })
}

/// True when `re` matches at the start of `after` with only modifiers between the number
/// and its noun: "16 servers would give investigators" does not count investigators.
fn counted_noun(re: &Regex, after: &str) -> bool {
    const NOT_MODIFIERS: &[&str] = &[
        "would", "will", "were", "was", "are", "is", "have", "has", "had", "and", "or", "of", "in", "from", "to",
        "that", "which", "who", "whom", "whose", "where", "when", "while", "as", "but", "give", "gave", "by", "with",
        "for", "on", "at", "than",
    ];
    re.find(after).is_some_and(|m| {
        let words: Vec<&str> = m.as_str().split_whitespace().collect();
        words.len() <= 1
            || words[..words.len() - 1]
                .iter()
                .all(|w| !NOT_MODIFIERS.contains(&w.to_lowercase().as_str()))
    })
}

/// Facts found for one event.
#[derive(Debug, Default, Clone)]
pub struct Found {
    pub start: Option<Fact<Date>>,
    pub end: Option<Fact<Date>>,
    pub duration: Option<Fact<String>>,
    pub country_count: Option<Count>,
    pub attendee_count: Option<Count>,
    pub officer_count: Option<Count>,
    pub arrest_count: Option<Count>,
    pub participating: Vec<Fact<String>>,
    pub location: Option<Fact<PlaceRef>>,
    pub agents: Vec<Fact<String>>,
    pub agent_countries: Vec<Fact<String>>,
    /// Organizations that report the operation ("..., INTERPOL said").
    reporters: Vec<Fact<String>>,
    /// Priority of the sentence the dates came from (lower is better).
    date_rank: u8,
}

/// Per sentence: the events it talks about, each with the position of the reference.
pub fn owners(ctx: &Ctx<'_>, events: &[Event]) -> Vec<Vec<(usize, usize, bool)>> {
    let mut out = Vec::with_capacity(ctx.sentences.len());
    let mut last: [Option<usize>; 2] = [None, None];
    for s in &ctx.sentences {
        let mut refs: Vec<(usize, usize, bool)> = Vec::new(); // (event, position, explicit)
        for (ei, e) in events.iter().enumerate() {
            for m in &e.mentions {
                if m.begin >= s.begin && m.end <= s.end && !DISCLAIMED.is_match(&ctx.text[s.begin..m.begin]) {
                    refs.push((ei, m.begin, true));
                }
            }
        }
        let sent = &ctx.text[s.begin..s.end];
        // "The operation forms part of Operation Shanela": a wider operation named as the
        // frame of this one is not what "the operation" before it, or the next sentences,
        // are about.
        let frame = |pos: usize| PART_OF.is_match(&ctx.text[s.begin..pos]);
        for (re, kind, cue) in [
            (&*OP_NOUN, EventKind::Operation, Cue::OpNoun),
            (&*CONF_NOUN, EventKind::Conference, Cue::ConfNoun),
        ] {
            if !ctx.cue(cue, s.begin, s.end) {
                continue;
            }
            for c in re.captures_iter(sent) {
                let (m, noun) = (c.get(0).expect("match"), c.get(1).map_or("", |g| g.as_str()));
                let k = kind as usize;
                let pos = s.begin + m.start();
                // "this year's Assembly": a noun that is a word of one of the events' names
                // is that event (the one named before it, else the one being discussed),
                // not another kind of meeting named beside it.
                let named_by_noun = |i: usize| {
                    events[i].kind == kind && events[i].label.split_whitespace().any(|w| w.eq_ignore_ascii_case(noun))
                };
                let by_noun = (kind == EventKind::Conference)
                    .then(|| {
                        refs.iter()
                            .rev()
                            .find(|r| r.1 < pos && named_by_noun(r.0))
                            .map(|r| r.0)
                            // ... unless the sentence has named an event of the kind
                            // before the noun ("hosted the 26th IDEC ...; that conference").
                            .or(last[k].filter(|&i| {
                                named_by_noun(i) && !refs.iter().any(|r| r.1 < pos && events[r.0].kind == kind)
                            }))
                    })
                    .flatten();
                let target = by_noun
                    .or_else(|| {
                        refs.iter()
                            .rev()
                            .find(|r| events[r.0].kind == kind && !(r.2 && r.1 > pos && frame(r.1)))
                            .map(|r| r.0)
                    })
                    .or(last[k])
                    .or_else(|| {
                        let of_kind: Vec<usize> = (0..events.len()).filter(|&i| events[i].kind == kind).collect();
                        (of_kind.len() == 1).then(|| of_kind[0])
                    });
                if let Some(t) = target {
                    refs.push((t, s.begin + m.start(), false));
                }
            }
        }
        // The event named last in the sentence is the one the next sentences go on about:
        // "X follows the first Operation Y, which ran ...; That operation led to" is Y's.
        let mut in_order: Vec<&(usize, usize, bool)> = refs.iter().filter(|r| !(r.2 && frame(r.1))).collect();
        in_order.sort_by_key(|r| r.1);
        for r in in_order {
            last[events[r.0].kind as usize] = Some(r.0);
        }
        out.push(refs);
    }
    out
}

/// Picks the event of `kind` a fact at `pos` in sentence `si` belongs to.
fn owner_of(
    events: &[Event],
    owners: &[Vec<(usize, usize, bool)>],
    si: usize,
    pos: usize,
    kind: EventKind,
    fallback_ok: bool,
) -> Option<(usize, u8)> {
    let refs = &owners[si];
    if !refs.is_empty() {
        let best = refs
            .iter()
            .filter(|r| events[r.0].kind == kind)
            .min_by_key(|r| (r.1 as i64 - pos as i64).unsigned_abs());
        return best.map(|r| (r.0, if r.2 { 0 } else { 1 }));
    }
    if !fallback_ok {
        return None;
    }
    // "The 9th Regional Meeting will take place in Arusha. Organisers expect 120 officers":
    // right after a sentence about events of another kind only, a sentence that names
    // none is about them, not about this kind's only event.
    if si > 0 && !owners[si - 1].is_empty() && owners[si - 1].iter().all(|r| events[r.0].kind != kind) {
        return None;
    }
    // An event the article only names to disclaim it is nobody's fallback.
    let of_kind: Vec<usize> = (0..events.len())
        .filter(|&i| events[i].kind == kind && owners.iter().flatten().any(|r| r.0 == i))
        .collect();
    if of_kind.len() == 1 {
        return Some((of_kind[0], 3));
    }
    // The event the previous sentences were about (and, below any figure nearer its name,
    // up to six sentences back: a paragraph of results may run on that long).
    for back in (si.saturating_sub(6)..si).rev() {
        if let Some(r) = owners[back].iter().rev().find(|r| events[r.0].kind == kind) {
            return Some((r.0, if back + 3 >= si { 2 } else { 4 }));
        }
    }
    // Before any event of this kind is named (a headline, a lead), the facts belong to the
    // one the article names first: its main subject. Far from any name ("The 27
    // participating countries were ..." a dozen sentences on), they still do, below any
    // figure given nearer a name.
    let before = !owners[..si].iter().flatten().any(|r| events[r.0].kind == kind);
    main_event(events, owners, kind).map(|e| (e, if before { 3 } else { 5 }))
}

/// Adds the countries of gazetteer matches `countries` to an event's participants, once each.
fn participate(ctx: &Ctx<'_>, found: &mut Found, countries: &[&super::gazetteer::Match]) {
    for m in countries {
        let Hit::Country(i) = m.hit else { continue };
        let a3 = &ctx.gaz.countries[i].alpha3;
        if !found.participating.iter().any(|f| &f.value == a3) {
            found
                .participating
                .push(Fact::new(a3.clone(), Span::new(m.begin, m.end)));
        }
    }
}

/// The event of `kind` the article names first: its main subject.
fn main_event(events: &[Event], owners: &[Vec<(usize, usize, bool)>], kind: EventKind) -> Option<usize> {
    owners.iter().flatten().find(|r| events[r.0].kind == kind).map(|r| r.0)
}

/// A heading over lists of the countries that took part.
static PARTICIPATING_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^(?:#+\s*)?(?:participating|partner)\s+(?:countries|nations|states|member\s+states)$")
        .expect("participating heading")
});

/// The same heading opening the line of the list: "*Participating countries: Argentina, ...".
static PARTICIPATING_LEAD: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\s*#†]*(?:participating|partner)\s+(?:EU\s+|non-EU\s+|European\s+)?(?:countries|nations|states|member\s+states)\s*:")
        .expect("participating lead")
});

/// The place a gazetteer hit names, if it is a place or a country.
fn place_ref(ctx: &Ctx<'_>, hit: Hit) -> Option<PlaceRef> {
    match hit {
        Hit::Place(i) => Some(PlaceRef::Place {
            name: ctx.gaz.places[i].name.clone(),
            country: Some(ctx.gaz.places[i].country.clone()),
        }),
        Hit::Country(i) => Some(PlaceRef::Country(ctx.gaz.countries[i].alpha3.clone())),
        _ => None,
    }
}

fn set_count(slot: &mut Option<Count>, rank_slot: &mut u8, n: &NumberMention, base: usize, rank: u8) {
    let better = match slot {
        None => true,
        // An exact figure that a rounded one sums up ("more than 1 200 suspects arrested" in
        // the headline, "the arrest of 1 247 suspects" in the text) is the better one,
        // wherever it stands.
        Some(c) if n.qualifier.is_none() && c.qualifier.is_some_and(|q| q.refined_by(c.value as f64, n.value)) => true,
        Some(c) if c.qualifier.is_none() && n.qualifier.is_some_and(|q| q.refined_by(n.value, c.value as f64)) => false,
        Some(c) => rank < *rank_slot || (rank == *rank_slot && n.value as u64 > c.value),
    };
    if better {
        *slot = Some(Count {
            value: n.value as u64,
            qualifier: n.qualifier,
            span: Span::new(base + n.qualified_begin, base + n.end),
        });
        *rank_slot = rank;
    }
}

/// A row of a table ("- Pandora I ; 2016 ; 18 ; 3,561 ; 75", as `document` writes it) whose
/// cells name one event, an operation or a conference ("IDEC XX ; 5-7 March 2002 ; Santa
/// Cruz, Bolivia ; 58"): the event and what its cells give it (see [`Row`]), by the column
/// headings ("edition ; year ; countries ; objects recovered ; arrests").
/// Sentence `k` as a table row ("- Event ; 7th Conference"): where its first cell begins,
/// and its cells.
fn row_of<'t>(ctx: &Ctx<'t>, k: usize) -> Option<(usize, &'t str)> {
    let s = &ctx.sentences[k];
    let t = &ctx.text[s.begin..s.end];
    t.strip_prefix("- ")
        .filter(|r| r.contains(" ; "))
        .map(|r| (s.end - r.len(), r))
}

/// "| **Participants** | some 140 delegates, 17 countries |" in an "At a glance" box whose
/// "| **Event** |" row names the conference: the one event of `kind` the rows of a
/// two-column table above this one name.
fn fact_box_event(
    ctx: &Ctx<'_>,
    owners: &[Vec<(usize, usize, bool)>],
    si: usize,
    kind: EventKind,
    events: &[Event],
) -> Option<usize> {
    let (_, row) = row_of(ctx, si)?;
    if row.split(" ; ").count() != 2 {
        return None;
    }
    let mut found: Vec<usize> = Vec::new();
    let mut k = si;
    while k > 0 && row_of(ctx, k - 1).is_some_and(|(_, r)| r.split(" ; ").count() == 2) {
        k -= 1;
        found.extend(owners[k].iter().filter(|r| events[r.0].kind == kind).map(|r| r.0));
    }
    found.sort_unstable();
    found.dedup();
    match found.as_slice() {
        [e] => Some(*e),
        _ => None,
    }
}

fn table_row(ctx: &Ctx<'_>, owners: &[Vec<(usize, usize, bool)>], si: usize) -> Option<Row> {
    let (row_begin, row) = row_of(ctx, si)?;
    let mut k = si;
    while k > 0 && row_of(ctx, k - 1).is_some() {
        k -= 1;
    }
    let h = ctx.sentences.get(k.checked_sub(1)?)?;
    let header = ctx.text[h.begin..h.end].to_lowercase();
    let heads: Vec<&str> = header.split(" ; ").collect();
    if heads.len() < 2 || heads.len() != row.split(" ; ").count() {
        return None;
    }
    let mut ops = owners[si].iter().filter(|r| r.2).map(|r| r.0);
    let e = ops.next()?;
    if ops.any(|o| o != e) {
        return None;
    }
    let mut cells = Vec::new();
    let mut spans = Vec::new();
    let mut at = row_begin;
    for (head, cell) in heads.iter().zip(row.split(" ; ")) {
        if ["city", "venue", "location", "host", "place"]
            .iter()
            .any(|w| head.contains(w))
        {
            spans.push((head.trim().to_string(), Span::new(at, at + cell.len())));
        }
        // one number alone in its cell ("18", "18,000+")
        let ns = numbers::find(cell.trim_end_matches('+'));
        if let [n] = ns.as_slice() {
            let off = at - ctx.sentences[si].begin;
            let mut n = n.clone();
            n.begin += off;
            n.end += off;
            n.qualified_begin += off;
            cells.push((head.trim().to_string(), n));
        }
        at += cell.len() + 3;
    }
    Some(Row {
        event: e,
        numbers: cells,
        places: spans,
    })
}

/// What a table row gives its event: each number alone in its cell and each cell under a
/// heading of place ("Host city"), with the heading in lower case.
struct Row {
    event: usize,
    numbers: Vec<(String, NumberMention)>,
    places: Vec<(String, Span)>,
}

/// Reads the facts of every event from the text.
pub fn collect(
    ctx: &Ctx<'_>,
    events: &[Event],
    owners: &[Vec<(usize, usize, bool)>],
    orgs: &super::organization::Orgs,
) -> Vec<Found> {
    let mut found = vec![
        Found {
            date_rank: u8::MAX,
            ..Default::default()
        };
        events.len()
    ];
    let mut ranks = vec![[u8::MAX; 6]; events.len()];
    let text = ctx.text;
    for (si, s) in ctx.sentences.iter().enumerate() {
        let sent = &text[s.begin..s.end];
        // A table row that names an event: its cells under "Countries" and "Arrests" are
        // that event's counts, and the one under "Host city" its place, whatever else the
        // row says.
        let row = table_row(ctx, owners, si);
        let nums = if row.is_some() {
            Vec::new()
        } else {
            ctx.numbers_in(s.begin, s.end)
        };
        if let Some(Row {
            event: e,
            numbers: cells,
            places,
        }) = row
        {
            // "Istanbul, Turkey" under "Host city": the first place the cell names.
            for (_, span) in places {
                let place = ctx
                    .names
                    .iter()
                    .filter(|m| m.begin >= span.begin && m.end <= span.end)
                    .find_map(|m| place_ref(ctx, m.hit).map(|p| (p, m)));
                if let Some((place, m)) = place.filter(|_| found[e].location.is_none()) {
                    found[e].location = Some(Fact::new(place, Span::new(m.begin, m.end)));
                    ranks[e][5] = 0;
                }
            }
            for (head, n) in cells {
                let (slot, k) = if head.contains("arrest") {
                    (&mut found[e].arrest_count, 0)
                } else if head.contains("countr") {
                    (&mut found[e].country_count, 1)
                } else if ["delegate", "participant", "attendee"].iter().any(|w| head.contains(w)) {
                    (&mut found[e].attendee_count, 2)
                } else if head.contains("officer") {
                    (&mut found[e].officer_count, 3)
                } else {
                    continue;
                };
                set_count(slot, &mut ranks[e][k], &n, s.begin, 0);
            }
        }
        for n in nums.iter().filter(|n| n.value >= 1.0 && n.value.fract() == 0.0) {
            if ctx
                .dates
                .iter()
                .any(|d| d.begin < s.begin + n.end && s.begin + n.begin < d.end)
            {
                continue;
            }
            let after = &sent[n.end..];
            let before = &sent[..n.qualified_begin];
            // "a 10-month police operation", "a 24-hour sweep": a number glued to its unit
            // is an adjective, not a count
            if after.starts_with('%')
                || (after.starts_with('-') && after[1..].starts_with(char::is_alphabetic))
                || after.trim_start().starts_with("per cent")
                || after.starts_with("th ")
                || before.trim_end().ends_with(['$', '€', '£'])
            {
                continue;
            }
            // "which INTERPOL coordinated in 2018 after Colombian investigators ...": a year,
            // not a count
            if YEAR_BEFORE.is_match(before) && (1900.0..=2100.0).contains(&n.value) && sent[n.begin..n.end].len() == 4 {
                continue;
            }
            // "a 2022 Police Scotland operation": a year before a capitalized name
            if (1900.0..=2100.0).contains(&n.value)
                && sent[n.begin..n.end].len() == 4
                && after
                    .strip_prefix(' ')
                    .is_some_and(|a| a.starts_with(char::is_uppercase))
            {
                continue;
            }
            // "from 181 of INTERPOL's 196 member countries": 196 is the membership, 181 the
            // countries that came.
            if TOTAL_AFTER_PART.is_match(before) {
                continue;
            }
            // ... and 181 is then read as if "countries" followed it.
            let after = if PART_OF_MEMBERS.is_match(after) {
                " countries"
            } else {
                after
            };
            let of_the = after.trim_start().to_lowercase().starts_with("of the")
                || after.trim_start().to_lowercase().starts_with("of them");
            // "the other eight countries": a part, never the total
            let other = before.trim_end().to_lowercase().ends_with("other");
            if of_the || other {
                continue;
            }
            if ARRESTS_TOTAL_TO.is_match(before) {
                if let Some((e, _)) = owner_of(events, owners, si, n.begin + s.begin, EventKind::Operation, true) {
                    // the total outranks every partial count of the article
                    set_count(&mut found[e].arrest_count, &mut ranks[e][0], n, s.begin, 0);
                }
                continue;
            }
            let took = TOOK_BEFORE.is_match(before) && INTO_CUSTODY.is_match(after);
            if ARRESTS.is_match(after) || ARRESTED_N.is_match(before) || took {
                // "Thirteen suspects were detained in Spain, six in France, ...": one
                // country's share of a list, never the total
                if BREAKDOWN.is_match(after) {
                    continue;
                }
                // "Customs detained some 1.2 million face masks": goods held, not people
                if !ARRESTS.is_match(after) && !took && detained_goods(ctx, after) {
                    continue;
                }
                if let Some((e, r)) = owner_of(events, owners, si, n.begin + s.begin, EventKind::Operation, true) {
                    // "In Britain, the NCA said 24 people had been arrested": one country's
                    // share of an operation of several, its count only when none other is
                    // given
                    let several = found[e].participating.len() >= 2
                        || found[e].country_count.as_ref().is_some_and(|c| c.value > 1);
                    let share = several && owners[si].is_empty() && national_lead(ctx, s.begin);
                    let r = if share { r.saturating_add(10) } else { r };
                    set_count(&mut found[e].arrest_count, &mut ranks[e][0], n, s.begin, r);
                }
                continue;
            }
            // "More than 180 delegates from the 16 member states attended": a sentence about
            // attending, with no event named in it, is about the conference the article
            // reports (the only one, or the one of the sentences before).
            // ("130 delegates from 27 countries took part": taking part is attending for
            // people who only come to meetings, not for officers)
            // (a sentence about another edition the article does not name as an event,
            // "last year's 32nd session drew 1,800 participants", is about none)
            let attending = owners[si].is_empty()
                && !OTHER_EDITION.is_match(sent)
                && (ATTENDED.is_match(sent) || (MEETING_PEOPLE.is_match(sent) && TOOK_PART.is_match(sent)));
            let boxed = owners[si]
                .is_empty()
                .then(|| fact_box_event(ctx, owners, si, EventKind::Conference, events))
                .flatten();
            let conference = match boxed {
                Some(e) => Some((e, 2)),
                None => attending
                    .then(|| owner_of(events, owners, si, n.begin + s.begin, EventKind::Conference, true))
                    .flatten(),
            };
            if let Some((e, r)) = conference {
                if counts_countries(before, after) {
                    set_count(&mut found[e].country_count, &mut ranks[e][1], n, s.begin, r);
                    continue;
                }
                if ATTENDEES.is_match(after) && counted_noun(&ATTENDEES, after) {
                    set_count(&mut found[e].attendee_count, &mut ranks[e][2], n, s.begin, r);
                    continue;
                }
            }
            if counts_countries(before, after) {
                for kind in [EventKind::Operation, EventKind::Conference] {
                    if let Some((e, r)) = owner_of(
                        events,
                        owners,
                        si,
                        n.begin + s.begin,
                        kind,
                        kind == EventKind::Operation,
                    ) {
                        if events[e].kind == kind {
                            set_count(&mut found[e].country_count, &mut ranks[e][1], n, s.begin, r);
                            break;
                        }
                    }
                }
                continue;
            }
            if let Some(c) = ATTENDEES.captures(after).filter(|_| counted_noun(&ATTENDEES, after)) {
                let noun = c[1].to_lowercase();
                // "joined by the two deputy ministers": people already known, not a count of
                // those who came
                let known = before
                    .split_whitespace()
                    .next_back()
                    .is_some_and(|w| w.eq_ignore_ascii_case("the"));
                if let Some((e, r)) = (!known)
                    .then(|| owner_of(events, owners, si, n.begin + s.begin, EventKind::Conference, false))
                    .flatten()
                {
                    set_count(&mut found[e].attendee_count, &mut ranks[e][2], n, s.begin, r);
                    continue;
                }
                if counted_noun(&OFFICERS, after)
                    && !matches!(
                        noun.as_str(),
                        "participants"
                            | "delegates"
                            | "attendees"
                            | "people"
                            | "guests"
                            | "speakers"
                            | "ministers"
                            | "leaders"
                    )
                    || noun == "officers"
                {
                    if let Some((e, r)) = owner_of(events, owners, si, n.begin + s.begin, EventKind::Operation, true) {
                        set_count(&mut found[e].officer_count, &mut ranks[e][3], n, s.begin, r);
                    }
                }
                continue;
            }
            if counted_noun(&OFFICERS, after) || OFFICERS_LISTED.is_match(after) {
                if let Some((e, r)) = owner_of(events, owners, si, n.begin + s.begin, EventKind::Operation, true) {
                    set_count(&mut found[e].officer_count, &mut ranks[e][3], n, s.begin, r);
                }
            }
        }
        // Dates.
        for d in ctx.dates.iter().filter(|d| d.begin >= s.begin && d.end <= s.end) {
            // "In 2021, Mobile 4 ran from 11 to 22 October": a sentence that opens on a year
            // gives it to the dates in it that have none.
            let reference = SENTENCE_YEAR
                .captures(sent)
                .and_then(|c| c[1].parse().ok())
                .filter(|_| d.start.year.is_none() && d.start.relative_year == 0)
                .and_then(|y| Date::new(y, 12, 31))
                .or(ctx.published);
            let (start, end) = d.resolve(reference);
            let (start, end, single) = match (start, end, d.end_date) {
                (Some(a), Some(b), _) => (a, b, false),
                (Some(a), None, None) => (a, a, true),
                _ => continue,
            };
            // "launched the Coalition on July 7, 2023, at the Virtual Ministerial Meeting": a
            // day right before "at" a conference is its day.
            let at_conference = ["; at the ", ", at the ", " at the ", ", at ", " at "]
                .iter()
                .find(|p| text[d.end..].starts_with(**p))
                .and_then(|p| {
                    let at = d.end + p.len();
                    events
                        .iter()
                        .position(|e| e.kind == EventKind::Conference && e.mentions.iter().any(|x| x.begin == at))
                });
            if let (true, Some(e)) = (single, at_conference) {
                if found[e].start.is_none() {
                    found[e].start = Some(Fact::new(start, Span::new(d.begin, d.end)));
                    found[e].end = Some(Fact::new(end, Span::new(d.begin, d.end)));
                    found[e].date_rank = 0;
                }
                continue;
            }
            // "The surge began Oct. 20, 2025": a start with no end.
            let began = single && STARTED_BEFORE.is_match(&sent[..d.begin - s.begin]);
            if single && !began && !HELD_ON.is_match(sent) {
                continue;
            }
            // A dateline's date is the article's, not the event's.
            if single && d.begin - s.begin < 40 && sent[d.end - s.begin..].trim_start().starts_with('-') {
                continue;
            }
            for kind in [EventKind::Conference, EventKind::Operation] {
                // ("The meeting opened on 3 October": a start may name no event)
                if let Some((e, r)) = owner_of(events, owners, si, d.begin, kind, !single || began) {
                    // "Joint Operation Minerva 2023 ... From 15 June to 15 September": a date
                    // with no year of its own is in the year that ends the event's name.
                    let named_year = events[e]
                        .label
                        .rsplit_once(' ')
                        .filter(|(_, y)| super::event::is_year(y))
                        .and_then(|(_, y)| y.parse::<i32>().ok())
                        .filter(|_| d.start.year.is_none() && d.start.relative_year == 0)
                        .and_then(|y| Date::new(y, 12, 31));
                    let (start, end) = match named_year.map(|y| d.resolve(Some(y))) {
                        Some((Some(a), b)) => (a, b.unwrap_or(a)),
                        _ => (start, end),
                    };
                    if began {
                        if found[e].start.is_none() {
                            found[e].start = Some(Fact::new(start, Span::new(d.begin, d.end)));
                            // "... opened on Tuesday, 3 October, and closed on Friday": the
                            // first such weekday after the start
                            if let Some(c) = ENDED_ON_WEEKDAY.captures(&sent[d.end - s.begin..]) {
                                let w = c.get(1).expect("weekday");
                                if let (None, Some(last)) =
                                    (&found[e].end, crate::text::dates::weekday_after(start, w.as_str()))
                                {
                                    let at = d.end + w.start();
                                    found[e].end = Some(Fact::new(last, Span::new(at, at + w.len())));
                                }
                            }
                        }
                        break;
                    }
                    let rank = r * 2 + u8::from(single);
                    if rank < found[e].date_rank {
                        found[e].start = Some(Fact::new(start, Span::new(d.begin, d.end)));
                        found[e].end = Some(Fact::new(end, Span::new(d.begin, d.end)));
                        found[e].date_rank = rank;
                    }
                    break;
                }
            }
        }
        // "the meeting, which concluded today": the day the article is dated
        let today = ctx.published.filter(|_| sent.contains("today"));
        if let Some((c, p)) = today.and_then(|p| Some((TODAY.captures(sent)?, p))) {
            let verb = c.get(1).expect("verb");
            let at = s.begin + verb.start();
            if let Some((e, _)) = owner_of(events, owners, si, at, EventKind::Conference, false)
                .filter(|(e, _)| events[*e].kind == EventKind::Conference)
            {
                let span = Span::new(at, s.begin + c.get(0).expect("m").end());
                let ends = ["conclude", "end", "close", "wrap"]
                    .iter()
                    .any(|v| verb.as_str().to_lowercase().starts_with(v));
                let slot = if ends { &mut found[e].end } else { &mut found[e].start };
                if slot.is_none() {
                    *slot = Some(Fact::new(p, span));
                }
            }
        }
        // Durations.
        for c in DURATION.captures_iter(sent) {
            let m = c.get(0).expect("m");
            let n = c[1]
                .parse::<u32>()
                .ok()
                .or_else(|| numbers::parse_words(&c[1]).map(|v| v as u32))
                .unwrap_or(0);
            if n == 0 {
                continue;
            }
            let unit = c[2].to_lowercase();
            let iso = match unit.trim_end_matches('s') {
                "hour" => format!("PT{n}H"),
                "day" => format!("P{n}D"),
                "week" => format!("P{}D", n * 7),
                _ => format!("P{n}M"),
            };
            let pos = s.begin + m.start();
            // "Just 48 hours after ..." is not a duration of anything.
            if sent[m.end()..].trim_start().starts_with("after") || sent[m.end()..].trim_start().starts_with("ago") {
                continue;
            }
            // "30 Days at Sea 3.0" names an operation: its days are no duration.
            if events.iter().any(|e| {
                let name = e.label.strip_prefix("Operation ").unwrap_or(&e.label);
                name.contains(' ') && sent[m.start()..].starts_with(name)
            }) {
                continue;
            }
            for kind in [EventKind::Operation, EventKind::Conference] {
                if let Some((e, r)) = owner_of(events, owners, si, pos, kind, false) {
                    if found[e].duration.is_none() || r < ranks[e][4] {
                        found[e].duration = Some(Fact::new(iso.clone(), Span::new(pos, s.begin + m.end())));
                        ranks[e][4] = r;
                    }
                    break;
                }
            }
        }
        // "the 90th INTERPOL General Assembly in New Delhi": a place right after a
        // conference's name is where it meets.
        for m in ctx.names.iter().filter(|m| m.begin >= s.begin && m.end <= s.end) {
            let Some(place) = place_ref(ctx, m.hit) else { continue };
            let Some(e) = events.iter().position(|e| {
                e.kind == EventKind::Conference
                    && e.mentions
                        .iter()
                        .any(|x| x.end + 4 == m.begin && text[x.end..m.begin].eq(" in "))
            }) else {
                continue;
            };
            if found[e].location.is_none() {
                found[e].location = Some(Fact::new(place, Span::new(m.begin, m.end)));
                ranks[e][5] = 1;
            }
        }
        // Locations of conferences: "in <place>" with a venue verb.
        if ctx.cue(Cue::Venue, s.begin, s.end) && VENUE_VERB.is_match(sent) {
            for m in ctx.names.iter().filter(|m| m.begin >= s.begin && m.end <= s.end) {
                let Some(place) = place_ref(ctx, m.hit) else { continue };
                // "closed at the Vienna International Centre": "the" before the place.
                let lead = text[s.begin..m.begin].trim_end();
                let lead = lead.strip_suffix(" the").unwrap_or(lead);
                // "Indonesia will host the 41st ASEANAPOL Conference": the host is the place.
                let hosts = HOSTS.is_match(&text[m.end..s.end]);
                if !(hosts || lead.ends_with(" in") || lead.ends_with(" at") || lead.ends_with(" to")) {
                    continue;
                }
                // A place inside an organization's name is not where, unless the name is a
                // venue's ("the Vienna International Centre").
                if let Some(o) = orgs.at(m.begin, m.end) {
                    let last = text[o.span.begin..o.span.end].rsplit(' ').next().unwrap_or("");
                    if !matches!(last, "Centre" | "Center" | "Hall" | "Palace") {
                        continue;
                    }
                }
                // "meet in Vienna" beats "commitments made in Kyoto"; a place far from any
                // venue verb ("told the meeting that the cars were stolen in South Africa")
                // is none.
                let rank = if hosts || VENUE_BEFORE.is_match(lead) { 0 } else { 1 };
                if rank == 1
                    && !VENUE_VERB.find_iter(lead).any(|v| {
                        !matches!(v.as_str().to_lowercase().as_str(), "meeting" | "venue")
                            && lead.len() - v.end() <= 120
                    })
                {
                    continue;
                }
                if let Some((e, _)) = owner_of(events, owners, si, m.begin, EventKind::Conference, false) {
                    if found[e].location.is_none() || rank < ranks[e][5] {
                        found[e].location = Some(Fact::new(place, Span::new(m.begin, m.end)));
                        ranks[e][5] = rank;
                    }
                }
            }
        }
        // Participating countries: a list of three or more in a participation sentence.
        let countries: Vec<&super::gazetteer::Match> = ctx
            .names
            .iter()
            .filter(|m| {
                m.begin >= s.begin
                    && m.end <= s.end
                    && matches!(m.hit, Hit::Country(_))
                    && orgs.at(m.begin, m.end).is_none()
            })
            .filter(|m| !text[..m.begin].ends_with('('))
            .collect();
        // "Participating countries" as the heading of the lists under it: the article's main
        // operation's, whatever the paragraphs before were about.
        let under_heading = countries.len() >= 3
            && !PARTICIPATION.is_match(sent)
            && (si.saturating_sub(3)..si).rev().any(|k| {
                let h = &ctx.sentences[k];
                let h = text[h.begin..h.end].trim();
                h.len() <= 60 && !h.ends_with(['.', ':', '!', '?']) && PARTICIPATING_HEADING.is_match(h)
            });
        // A line that opens with it ("Participating countries: Argentina, Bahamas, ...") is
        // the operation's before it; a footnote ("*Participating countries: ...") is the one
        // of the sentence that calls it ("in 33 countries*").
        if countries.len() >= 3 && PARTICIPATING_LEAD.is_match(sent) {
            let called = sent
                .trim_start()
                .starts_with('*')
                .then(|| {
                    (0..si).rev().find_map(|k| {
                        let c = &ctx.sentences[k];
                        let i = ["countries*", "nations*", "states*"]
                            .iter()
                            .find_map(|w| text[c.begin..c.end].find(w))?;
                        Some((k, c.begin + i))
                    })
                })
                .flatten();
            let (k, pos) = called.unwrap_or((si, s.begin));
            if let Some((e, _)) = owner_of(events, owners, k, pos, EventKind::Operation, true) {
                participate(ctx, &mut found[e], &countries);
            }
        }
        if under_heading {
            if let Some(e) = main_event(events, owners, EventKind::Operation) {
                participate(ctx, &mut found[e], &countries);
            }
        }
        // "agencies from ten countries:" and then a line for each ("- Finland: National
        // Bureau of Investigation").
        if sent.trim_end().ends_with(':') && (PARTICIPATION.is_match(sent) || sent.contains("countries")) {
            let mut listed = Vec::new();
            for line in &ctx.sentences[si + 1..] {
                let body = text[line.begin..line.end]
                    .strip_prefix("- ")
                    .unwrap_or(&text[line.begin..line.end]);
                let at = line.end - body.len();
                let Some(m) = ctx
                    .names
                    .iter()
                    .find(|m| m.begin == at && matches!(m.hit, Hit::Country(_)) && text[m.end..].starts_with(':'))
                else {
                    break;
                };
                listed.push(m);
            }
            if listed.len() >= 3 {
                if let Some((e, _)) = owner_of(events, owners, si, s.begin, EventKind::Operation, true) {
                    participate(ctx, &mut found[e], &listed);
                }
            }
        }
        // "The Salzburg Forum brings together Austria, Bulgaria, ...": a body's members, not
        // an event's participants
        let members = orgs
            .mentions
            .iter()
            .filter(|o| o.span.begin >= s.begin && o.span.begin <= s.begin + 4 && o.span.end <= s.end)
            .any(|o| {
                let lead = text[s.begin..o.span.begin].trim();
                (lead.is_empty() || lead == "The") && ORG_MEMBERS.is_match(&text[o.span.end..s.end])
            });
        if countries.len() >= 3 && PARTICIPATION.is_match(sent) && !members {
            let listed = countries
                .windows(2)
                .filter(|w| {
                    let gap = &text[w[0].end..w[1].begin];
                    gap.len() <= 12 && (gap.contains(',') || gap.contains(" and ") || gap.contains(';'))
                })
                .count();
            if listed + 1 >= 3 {
                let pos = countries[0].begin;
                for kind in [EventKind::Operation, EventKind::Conference] {
                    if let Some((e, _)) = owner_of(events, owners, si, pos, kind, kind == EventKind::Operation) {
                        participate(ctx, &mut found[e], &countries);
                        break;
                    }
                }
            }
        }
        // "Operation Grey Wren, a joint ABF and NSW Police Force operation": the named
        // organizations of a joint operation run it (a lower-case description, "a joint
        // customs and coast guard effort", says too little).
        for j in JOINT.captures_iter(sent) {
            let inner = j.get(1).expect("group");
            let (ib, ie) = (s.begin + inner.start(), s.begin + inner.end());
            for o in orgs.mentions.iter().filter(|o| o.span.begin >= ib && o.span.end <= ie) {
                if !text[o.span.begin..].starts_with(char::is_uppercase) {
                    continue;
                }
                if let Some((e, _)) = owner_of(events, owners, si, o.span.begin, EventKind::Operation, true) {
                    found[e].agents.push(Fact::new(o.canonical.clone(), o.span));
                }
            }
        }
        // Coordinators and organizers: "coordinated by X", "X coordinated the operation",
        // "led by Spain", "organized with the support of X".
        let in_sentence: Vec<&OrgMention> = orgs
            .mentions
            .iter()
            .filter(|m| m.span.begin >= s.begin && m.span.end <= s.end)
            .collect();
        for (k, o) in in_sentence.iter().enumerate() {
            let before = &text[s.begin..o.span.begin];
            let after = &text[o.span.end..s.end];
            if coordinated_by(before)
                || coordinated_by(lead_in(ctx, s.begin, &in_sentence, k))
                || org_verb_after(after)
                || LED_ADJECTIVE.is_match(after)
            {
                if let Some((e, _)) = owner_of(events, owners, si, o.span.begin, EventKind::Operation, true) {
                    found[e].agents.push(Fact::new(o.canonical.clone(), o.span));
                }
            }
            // (not "an outcome which Europol said it would present")
            let relative = before
                .trim_end()
                .rsplit(' ')
                .next()
                .is_some_and(|w| matches!(w, "which" | "that" | "what"));
            if REPORTS_AFTER.is_match(after) && !relative {
                if let Some((e, r)) = owner_of(events, owners, si, o.span.begin, EventKind::Operation, true) {
                    if r <= 3 && events[e].kind == EventKind::Operation {
                        found[e].reporters.push(Fact::new(o.canonical.clone(), o.span));
                    }
                }
            }
            if ORGANIZED_BY.is_match(before) || org_verb_after(after) || HOSTED_AFTER.is_match(after) {
                if let Some((e, _)) = owner_of(events, owners, si, o.span.begin, EventKind::Conference, true) {
                    found[e].agents.push(Fact::new(o.canonical.clone(), o.span));
                }
            }
        }
        for m in ctx
            .names
            .iter()
            .filter(|m| m.begin >= s.begin && m.end <= s.end && matches!(m.hit, Hit::Country(_)))
        {
            let before = &text[s.begin..m.begin];
            // ("led by the U.S. Federal Bureau of Investigation": the country only says
            // whose bureau it is)
            let of_org = in_sentence
                .iter()
                .any(|o| o.span.begin >= m.end && text[m.end..o.span.begin].trim().is_empty());
            if coordinated_by(before) && !of_org {
                if let Some((e, _)) = owner_of(events, owners, si, m.begin, EventKind::Operation, true) {
                    let Hit::Country(i) = m.hit else { continue };
                    found[e].agent_countries.push(Fact::new(
                        ctx.gaz.countries[i].alpha3.clone(),
                        Span::new(m.begin, m.end),
                    ));
                }
            }
        }
    }
    // "the two-day meeting ... concluded today": one end and a length in days give a
    // meeting's other end.
    for (f, _) in found
        .iter_mut()
        .zip(events)
        .filter(|(_, e)| e.kind == EventKind::Conference)
    {
        let Some(days) = f
            .duration
            .as_ref()
            .and_then(|d| d.value.strip_prefix('P')?.strip_suffix('D')?.parse::<i64>().ok())
            .filter(|n| (2..=14).contains(n))
        else {
            continue;
        };
        match (&f.start, &f.end) {
            (None, Some(e)) => f.start = Some(Fact::new(Date::from_ordinal(e.value.ordinal() - days + 1), e.span)),
            (Some(s), None) => f.end = Some(Fact::new(Date::from_ordinal(s.value.ordinal() + days - 1), s.span)),
            _ => {}
        }
    }
    // An operation nobody is said to run is run by the organization that reports it.
    for (f, e) in found.iter_mut().zip(events) {
        if f.agents.is_empty() && f.agent_countries.is_empty() && e.owner.is_none() {
            f.agents.extend(f.reporters.first().cloned());
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::coordinated_by;

    #[test]
    fn an_organization_that_led_and_one_that_led_to() {
        assert!(super::org_verb_after(" led the operation"));
        assert!(super::org_verb_after(" coordinated the action"));
        assert!(!super::org_verb_after(" led to twelve arrests"));
        assert!(super::org_verb_after(" runs with the national centre"));
        assert!(!super::org_verb_after(" leads to arrests"));
    }

    #[test]
    fn coordinated_by_reaches_over_time_words_and_an_owner() {
        assert!(coordinated_by("The operation was coordinated by "));
        assert!(coordinated_by("It was coordinated by the "));
        assert!(coordinated_by("Operation Marlin, launched in March by the "));
        assert!(coordinated_by("an offensive launched last week by the KNP's "));
        assert!(coordinated_by("It was led jointly by "));
        assert!(coordinated_by(
            "Operation Kestrel was launched a week ago, on Feb. 22, by the "
        ));
        assert!(!coordinated_by("Police led a raid and were joined by "));
    }

    #[test]
    fn an_exact_figure_beats_the_rounded_one_it_refines() {
        use crate::text::numbers::Qualifier::*;
        assert!(MoreThan.refined_by(1200.0, 1247.0));
        assert!(!MoreThan.refined_by(1200.0, 1100.0));
        assert!(Almost.refined_by(1300.0, 1247.0));
        assert!(!Approximately.refined_by(1000.0, 1247.0));
        // a bound of one significant digit
        assert!(MoreThan.refined_by(1000.0, 1250.0));
        assert!(!MoreThan.refined_by(1000.0, 2100.0));
        assert!(Almost.refined_by(20000.0, 19700.0));
        assert!(!Almost.refined_by(10000.0, 4100.0));
        assert!(!MoreThan.refined_by(1200.0, 1500.0));
        // a figure with decimals is no rounding
        assert!(!Approximately.refined_by(180.8, 212.0));
        assert!(Approximately.refined_by(180.8, 181.2));
        assert!(Approximately.refined_by(180.0, 205.0));
    }

    #[test]
    fn officers_of_a_list_of_services_or_members_of_one() {
        use super::OFFICERS_LISTED as L;
        assert!(L.is_match(" NCA and Essex Police officers moved in"));
        assert!(L.is_match(" customs, police and port officers took part."));
        assert!(L.is_match(" members of the South African Police Service (SAPS) were deployed"));
        assert!(!L.is_match(" members of the gang were arrested"));
        assert!(!L.is_match(" containers, trucks and cars were seized"));
        // two services, the second a name or a service word
        assert!(L.is_match(" gardaí and PSNI officers searched 46 properties"));
        assert!(L.is_match(" soldiers and police officers took part"));
        assert!(L.is_match(" AFP and state and territory police officers took part"));
        assert!(!L.is_match(" cars and state and territory officers were seen"));
        assert!(!L.is_match(" cars and officers were seen"));
        assert!(!L.is_match(" suspects and their officers"));
    }

    #[test]
    fn a_number_of_the_members() {
        use super::{PART_OF_MEMBERS as P, TOTAL_AFTER_PART as T};
        assert!(P.is_match(" of INTERPOL's 196 member countries met"));
        assert!(P.is_match(" of its 54 member states"));
        assert!(P.is_match(" of the Organization's European member countries met"));
        assert!(P.is_match(" of the Organization's 52 European countries met"));
        assert!(!P.is_match(" of the Organization's officers met"));
        assert!(!P.is_match(" of the countries met"));
        assert!(T.is_match("from 50 of the Organization's "));
    }

    #[test]
    fn a_list_of_partner_nations_is_participation() {
        use super::PARTICIPATION as P;
        assert!(P.is_match("It brings together the United States and 13 partner nations: Belize, Canada, Peru."));
        assert!(P.is_match("Partners: Belize, Canada and Peru."));
        assert!(P.is_match("Among the 26 participants were Belize, Canada and Peru."));
        assert!(!P.is_match("Belize, Canada and Peru signed a treaty in Lima."));
    }

    #[test]
    fn a_bare_four_states_is_no_country_count() {
        assert!(!super::counts_countries(
            "Organizers had invited all ",
            " African States; in the end"
        ));
        assert!(super::counts_countries("delegates from ", " African States took part"));
        let c = |after: &str| super::counts_countries("Officers from ", after);
        assert!(c(" countries took part"));
        assert!(c(" member states joined"));
        assert!(c(" participating states sent officers"));
        assert!(c(" Baltic states"));
        assert!(c(" States took part in the operation"));
        assert!(!c(" states, the FBI said"));
        assert!(!c(" people were arrested"));
        // a network's reach is no count of the countries that took part
        let r = super::counts_countries;
        assert!(!r(
            "The network is thought to have supplied buyers in at least ",
            " countries."
        ));
        assert!(!r("The group had moved its goods through ", " countries."));
        assert!(r(
            "The operation, which targeted the network, mobilised officers in ",
            " countries."
        ));
        // nor where migrants or victims came from
        assert!(!r(
            "It detected 9,000 irregular migrants from ",
            " different countries."
        ));
        assert!(!r("It rescued victims of more than ", " countries."));
    }

    #[test]
    fn a_start_some_time_ago_on_a_date() {
        assert!(super::STARTED_BEFORE.is_match("Operation Kestrel was launched a week ago, on "));
        assert!(super::STARTED_BEFORE.is_match("The surge began "));
        // "a plan that the navy launched on 15 January": the plan began then
        assert!(super::STARTED_BEFORE.is_match("a plan that the navy launched on "));
        assert!(!super::STARTED_BEFORE.is_match("The navy launched "));
        assert!(!super::STARTED_BEFORE.is_match("Operation Kestrel was launched a week ago with "));
    }

    #[test]
    fn a_line_that_opens_with_participating_countries() {
        let l = &super::PARTICIPATING_LEAD;
        assert!(l.is_match("*Participating countries: Chile, Peru, Spain."));
        assert!(l.is_match("Partner nations: Chile, Peru and Spain"));
        assert!(l.is_match("*Participating EU Member States: Austria, Belgium, Bulgaria."));
        assert!(!l.is_match("Chile, Peru and Spain were participating countries: all three."));
    }

    #[test]
    fn a_year_is_no_count_and_arrest_is_a_verb_too() {
        assert!(super::YEAR_BEFORE.is_match("which the agency coordinated in "));
        assert!(!super::YEAR_BEFORE.is_match("which involved "));
        assert!(super::ARRESTED_N.is_match("saw authorities in 32 countries arrest "));
        assert!(super::ARRESTED_N.is_match("police went on to detain "));
        assert!(super::ARRESTED_N.is_match("have dismantled a network, arresting "));
        assert!(super::TOOK_BEFORE.is_match("searched a house and took "));
        assert!(super::INTO_CUSTODY.is_match(" people into custody."));
        assert!(super::INTO_CUSTODY.is_match(" more suspects into police custody"));
        assert!(!super::INTO_CUSTODY.is_match(" laptops into evidence"));
    }

    #[test]
    fn a_table_of_editions_gives_each_its_counts() {
        let t = "Kestrel grows\n\nOperation Kestrel III ran in 2024 in 31 countries and led to 67 arrests.\n\n\
                 | Edition | Year | Countries | Arrests |\n|---|---|---|---|\n| Kestrel I | 2016 | 18 | 75 |\n\
                 | Kestrel III | 2024 | 31 | 67 |\n";
        let doc = crate::document::from_bytes("t.md", t.as_bytes(), "md").expect("md");
        let ops: Vec<(String, Option<u64>, Option<u64>)> = crate::extract(&doc)
            .operations
            .into_iter()
            .map(|o| {
                (
                    o.label,
                    o.facts.country_count.map(|c| c.value),
                    o.arrest_count.map(|c| c.value),
                )
            })
            .collect();
        assert!(
            ops.contains(&("Operation Kestrel I".to_string(), Some(18), Some(75))),
            "{ops:?}"
        );
        assert!(
            ops.contains(&("Operation Kestrel III".to_string(), Some(31), Some(67))),
            "{ops:?}"
        );
    }

    #[test]
    fn a_sentence_that_opens_on_a_year_dates_what_it_tells() {
        let t = "Kestrel again\n\n12 March 2024 - Operation Kestrel V ran from 3 to 7 March. \
                 In 2021, Operation Kestrel II ran from 11 to 22 October in 23 countries.\n";
        let doc = crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("text");
        let ops: Vec<(String, Option<String>, Option<String>)> = crate::extract(&doc)
            .operations
            .into_iter()
            .map(|o| {
                (
                    o.label,
                    o.facts.start.map(|d| d.value.to_string()),
                    o.facts.end.map(|d| d.value.to_string()),
                )
            })
            .collect();
        let kestrel = |l: &str, a: &str, b: &str| (l.to_string(), Some(a.to_string()), Some(b.to_string()));
        assert!(
            ops.contains(&kestrel("Operation Kestrel II", "2021-10-11", "2021-10-22")),
            "{ops:?}"
        );
        assert!(
            ops.contains(&kestrel("Operation Kestrel V", "2024-03-03", "2024-03-07")),
            "{ops:?}"
        );
    }

    #[test]
    fn a_meeting_that_opened_on_a_day_and_closed_on_a_weekday() {
        let t = "Quito notes\n\n*Posted on 9 October 2023*\n\nDelegates met at the 31st Meeting of Heads of \
                 Agencies in Quito. The meeting opened on Tuesday, 3 October, and closed on Friday afternoon.\n";
        let doc = crate::document::from_bytes("t.md", t.as_bytes(), "md").expect("md");
        let c = crate::extract(&doc).conferences.remove(0);
        assert_eq!(
            c.facts.start.map(|d| d.value.to_string()).as_deref(),
            Some("2023-10-03")
        );
        assert_eq!(c.facts.end.map(|d| d.value.to_string()).as_deref(), Some("2023-10-06"));
    }

    #[test]
    fn a_count_late_in_a_paragraph_of_results() {
        let t = "Police act\n\nOperation Kestrel II ran in May 2024 in 12 countries. Partners shared data. \
                 Of the 300 addresses found, most were taken down. Officers searched houses. They found \
                 phones. Forty-one individuals were arrested.\n\nThe first Operation Kestrel, in 2023, led \
                 to 31 arrests.\n";
        let doc = crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("text");
        let ops: Vec<(String, Option<u64>)> = crate::extract(&doc)
            .operations
            .into_iter()
            .map(|o| (o.label, o.arrest_count.map(|c| c.value)))
            .collect();
        assert!(ops.contains(&("Operation Kestrel II".to_string(), Some(41))), "{ops:?}");
        assert!(ops.contains(&("Operation Kestrel".to_string(), Some(31))), "{ops:?}");
    }

    #[test]
    fn who_met_and_who_hosted_a_conference() {
        let t = "Notes from Lyon.\n\nPolice chiefs closed the 12th Pacific Customs Conference in Nairobi on \
                 Friday. Some 180 senior officials from 41 countries met for three days. The Kenya Revenue \
                 Authority (KRA) hosted the meeting. It was opened by the minister, who was joined by the two \
                 deputy ministers.\n";
        let doc = crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("text");
        let c = crate::extract(&doc).conferences.remove(0);
        assert_eq!(c.attendee_count.map(|n| n.value), Some(180));
        assert_eq!(c.facts.country_count.map(|n| n.value), Some(41));
        let org: Vec<String> = c.organizer.into_iter().map(|o| o.value).collect();
        assert_eq!(org, ["Kenya Revenue Authority"]);
        // delegates who took part attended; officers who took part are an operation's
        let t = "Notes from Lyon.\n\nPolice chiefs closed the 12th Pacific Customs Conference in Nairobi on \
                 Friday.\n\nAccording to the organizers, some 130 delegates from 27 countries took part.\n";
        let doc = crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("text");
        let c = crate::extract(&doc).conferences.remove(0);
        assert_eq!(c.attendee_count.map(|n| n.value), Some(130));
        assert_eq!(c.facts.country_count.map(|n| n.value), Some(27));
        let t = "Notes from Lyon.\n\nPolice chiefs closed the 12th Pacific Customs Conference in Nairobi on \
                 Friday.\n\nSome 130 officers took part in raids.\n";
        let doc = crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("text");
        let c = crate::extract(&doc).conferences.remove(0);
        assert_eq!(c.attendee_count, None);
        // "It drew ...": the previous sentence's conference
        let t = "Notes from Lyon.\n\nThe 12th Pacific Customs Conference met in Nairobi on 3 May 2024. It \
                 drew some 400 participants from 31 countries.\n";
        let doc = crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("text");
        let c = crate::extract(&doc).conferences.remove(0);
        assert_eq!(c.attendee_count.map(|n| n.value), Some(400));
        assert_eq!(c.facts.country_count.map(|n| n.value), Some(31));
        // another edition, not named as an event, drew them
        let t = "Notes from Lyon.\n\nThe 12th Pacific Customs Conference met in Nairobi on 3 May 2024. Last \
                 year's 11th conference drew some 400 participants from 31 countries.\n";
        let doc = crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("text");
        let c = crate::extract(&doc).conferences.remove(0);
        assert_eq!(c.attendee_count, None, "{c:?}");
    }

    /// The location of each conference of a short article, through the whole pipeline.
    fn locations(t: &str) -> Vec<(String, Option<String>)> {
        let doc = crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("text");
        crate::extract(&doc)
            .conferences
            .into_iter()
            .map(|c| {
                let place = c.facts.location.map(|l| match l.value {
                    crate::model::PlaceRef::Place { name, .. } => name,
                    crate::model::PlaceRef::Country(c) => c,
                });
                (c.label, place)
            })
            .collect()
    }

    #[test]
    fn a_place_after_a_conference_or_where_it_wrapped_up() {
        let got =
            locations("Notes from Lyon.\n\nWhat the 12th Pacific Customs Conference in Nairobi decided, in brief.\n");
        assert_eq!(
            got,
            vec![(
                "12th Pacific Customs Conference".to_string(),
                Some("Nairobi".to_string())
            )]
        );
        let got =
            locations("Notes from Lyon.\n\nThe 12th Pacific Customs Conference wrapped up in Nairobi on Friday.\n");
        assert_eq!(
            got,
            vec![(
                "12th Pacific Customs Conference".to_string(),
                Some("Nairobi".to_string())
            )]
        );
        // a place after the name with another word between is not said to be where
        let got = locations("Notes from Lyon.\n\nThe 12th Pacific Customs Conference praised work in Nairobi.\n");
        assert_eq!(got, vec![("12th Pacific Customs Conference".to_string(), None)]);
    }

    #[test]
    fn people_in_custody_are_arrests() {
        use super::ARRESTS as A;
        assert!(A.is_match(" people were in custody."));
        assert!(A.is_match(" suspects were placed in custody"));
        // (a Markdown list's emphasis: "**32 suspects** arrested")
        assert!(A.is_match(" suspects** arrested;"));
        assert!(A.is_match(" men are under arrest"));
        assert!(A.is_match(" suspects were arrested"));
        // a headline's "16 Charged, 13 Arrested"
        assert!(A.is_match(" Arrested as Operation Kudzu Line Dismantles a Network"));
        assert!(!A.is_match(" people were in the building"));
        assert!(!A.is_match(" officers took part"));
        // a list of other figures between is no insert ("checked 1.6 million people,
        // monitored 8 644 flights, arrested 212 suspects")
        assert!(!A.is_match(" million people, monitored 8 644 flights, arrested 212 suspects"));
        assert!(A.is_match(" men, aged 24 and 31, were arrested"));
    }

    #[test]
    fn goods_detained_are_no_arrests() {
        let arrests = |t: &str| {
            let doc = crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("txt");
            crate::extract(&doc).operations[0]
                .arrest_count
                .as_ref()
                .map(|c| c.value)
        };
        let t = "Customs results\n\nDuring Operation Kestrel, Italian Customs detained some 1.2 million face masks.\n";
        assert_eq!(arrests(t), None);
        let t = "Customs results\n\nDuring Operation Kestrel, police detained 14 people.\n";
        assert_eq!(arrests(t), Some(14));
        let t = "Customs results\n\nDuring Operation Kestrel, police detained 14.\n";
        assert_eq!(arrests(t), Some(14));
        let t = "Police in Valdora arrest 151 in cocaine trafficking crackdown\n\nOperation Kestrel ended.\n";
        assert_eq!(arrests(t), Some(151));
    }

    #[test]
    fn a_running_total_of_arrests() {
        use super::ARRESTS_TOTAL_TO as T;
        assert!(T.is_match("and seized cash, bringing the number of people arrested in Operation Kite to "));
        assert!(T.is_match("It takes the total number of arrests to "));
        assert!(T.is_match("raising the number of suspects detained so far to "));
        assert!(!T.is_match("bringing the seized cocaine to "));
    }

    #[test]
    fn a_by_of_another_clause_is_no_coordinator() {
        assert!(!coordinated_by("Officers led the raids and were joined by "));
        assert!(!coordinated_by("The suspects were arrested by "));
        assert!(!coordinated_by("It was led by officers who were trained by "));
        // four words between the verb and "by" is a clause of its own
        assert!(!coordinated_by("It was launched after months of surveillance by "));
    }

    #[test]
    fn a_day_right_before_at_a_conference_is_its_day() {
        let x = crate::extract(
            &crate::document::from_bytes(
                "t.txt",
                "The minister launched the pact on July 7, 2023, at the 3rd Harbour Ministerial Conference.".as_bytes(),
                "txt",
            )
            .expect("text"),
        );
        let c = &x.conferences[0];
        assert_eq!(
            c.facts.start.as_ref().map(|d| d.value.to_string()).as_deref(),
            Some("2023-07-07"),
            "{c:?}"
        );
    }

    #[test]
    fn where_a_conference_ran() {
        let got = locations(
            "Notes from Lyon.\n\nThe 22nd Annual General Meeting of the Harbour Police Chiefs Committee ran from 12 to \
             14 November 2024 in Nairobi.\n",
        );
        assert_eq!(
            got,
            vec![(
                "22nd Annual General Meeting of the Harbour Police Chiefs Committee".to_string(),
                Some("Nairobi".to_string())
            )]
        );
    }
}
