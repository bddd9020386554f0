//! Person and official detector.
//!
//! A person is a capitalized name (two to four words, none of them an office, an
//! organization or a place word) that the text confirms as a person: a title of office
//! next to it ("INTERPOL Secretary General Jürgen Stock", "Nikki Holland, the NCA's director
//! of investigations,", "the head of Europol, Catherine De Bolle,"), an honorific ("Mr",
//! "Dame"), a speech verb ("X said") or a byline ("By X"). A title makes the person an
//! official; the organization or country in front of the title or in its "of ..." tail
//! becomes `memberOf` / `country`. One-word references ("Mr Stock", "President Meng",
//! "Jürgen") are kept as references for the resolver to attach to a full name.

use super::chunk::Run;
use super::gazetteer::Hit;
use super::organization::{OrgMention, Orgs};
use super::Ctx;
use crate::model::{Fact, Span};
use crate::text::words;
use regex::Regex;
use std::sync::LazyLock;

const HONORIFICS: &[&str] = &[
    "Mr",
    "Mrs",
    "Ms",
    "Miss",
    "Dr",
    "Dame",
    "Sir",
    "Prof",
    "Professor",
    "Lord",
    "Lady",
    "Hon",
    "Honourable",
    "Dato",
    "Sheikh",
    "Sheikha",
    "Sheik",
    "Datuk",
    "Datin",
    "Shri",
    "Smt",
    "Smt.",
    // (the Philippine "Atty." for an attorney)
    "Atty",
    "Atty.",
    "Honorable",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "Hon.",
];

/// Letters written after a name for a seat or an honour ("Tom Tugendhat MP").
const POST_NOMINALS: &[&str] = &["MP", "MEP", "MSP", "TD", "QC", "KC", "OBE", "CBE", "MBE", "KBE", "DBE"];

/// "For EMSA, ": a sentence that says whom its speaker speaks for.
static FOR_BEFORE: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^[\s*\x{2022}-]*For\s+(?:the\s+)?$").expect("for before"));
/// Nouns for a body, written in lower case to refer back to one: "the agency's Director".
const BODY_NOUNS: &[&str] = &[
    "organization",
    "organisation",
    "agency",
    "body",
    "ministry",
    "police",
    "service",
    "force",
    "bureau",
    "office",
    "directorate",
    "authority",
];

/// "(AFP), led by Deputy Commissioner ": from a body to the name of the titled person who
/// leads it.
static LED_BY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s\([^()\s]{1,12}\))?,?\s+(?:led|headed)\s+by\s+(?:(?:its|the)\s+)?(?:\p{Lu}[\p{L}.\-]*\s+|of\s+|the\s+){1,8}$")
        .expect("led by")
});

/// ", who heads the", ", who heads criminal enforcement at the": what a titled person
/// heads (or a unit of it) is the organization of the office.
static WHO_HEADS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^,\s+who\s+(?:also\s+)?(heads|leads|commands|directs|runs|chairs|manages)\s+(?P<remit>(?:the\s+)?(?:[a-z][a-z-]+\s+){0,3}[a-z][a-z-]+\s+(?:at|in|of|within)\s+)?(?:the\s+)?",
    )
        .expect("who heads")
});
static SPEECH_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,\s+who\b|\s+(?:said|says|told|added|adds|warned|noted|explained|stated|stressed|emphasised|emphasized|underlined|commented|remarked|declared|announced|urged|called|described|welcomed|thanked|praised|insisted|argued|pointed out|concluded|cautioned|confirmed|revealed)\b)")
        .expect("speech regex")
});
static SPEECH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b(?:said|says|added|adds|according to|warned|noted|explained|stated|stressed|told)\s*,?)\s*$")
        .expect("speech regex")
});
static AS_TITLE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:,[^,;.:()]{1,100},)?,?\s+(?:(?:[a-z]+|\p{Lu}\p{L}+(?:'s)?)\s+){0,8}(?:as|appointed|named|elected|promoted\s+to|became|becomes|sworn\s+in\s+as)\s+(?:the\s+)?(?:new\s+|acting\s+|interim\s+|next\s+)?$").expect("as regex")
});

/// "as" right after a name, or after its country: " of the Republic of Korea as the new ".
static DIRECT_AS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+of\s+(?:the\s+)?\p{Lu}[\p{L}\s]{1,40}?)?\s+as\s+(?:the\s+)?(?:\p{Lu}\p{L}+'s\s+)?(?:new\s+|acting\s+|interim\s+|next\s+)?$")
        .expect("as regex")
});

/// How a person was referred to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RefKind {
    /// Two or more words: "Jürgen Stock".
    Full,
    /// One word with an honorific or a title: "Mr Stock", "President Meng".
    Surname,
    /// One bare word that may be a first name or a surname: "Jürgen".
    Bare,
}

/// One mention of a person.
#[derive(Debug, Clone)]
pub struct PersonMention {
    pub span: Span,
    /// The name as written, without honorific.
    pub name: String,
    /// The form with honorific or title, when there is one ("Mr Stock", "President Meng").
    pub alias: Option<String>,
    pub kind: RefKind,
    pub title: Option<Fact<String>>,
    /// A rank written before the name when an office follows it ("Colonel").
    pub rank: Option<Fact<String>>,
    pub org: Option<Fact<String>>,
    pub country: Option<Fact<String>>,
    /// The text confirms this is a person (title, honorific, speech verb, byline).
    pub confirmed: bool,
}

/// Finds person mentions in every sentence.
pub fn detect(ctx: &Ctx<'_>, orgs: &Orgs) -> Vec<PersonMention> {
    let mut out = Vec::new();
    for s in &ctx.sentences {
        for run in ctx.runs.iter().filter(|r| r.begin() >= s.begin && r.end() <= s.end) {
            if names_a_vessel(ctx, run) || is_nickname(ctx.text, run.begin()) {
                continue;
            }
            out.extend(mentions_in(ctx, orgs, run, s.begin, s.end));
        }
    }
    predecessors(ctx, &mut out);
    // "Minister for Expatriates' Welfare and Overseas Employment, Imran Ahmad": words inside
    // another person's office are no name.
    let offices: Vec<Span> = out.iter().filter_map(|m| m.title.as_ref().map(|t| t.span)).collect();
    out.retain(|m| !offices.iter().any(|t| t.begin <= m.span.begin && m.span.end <= t.end));
    out
}

/// `also known as "Captain Tui"`: a name in quotation marks after "known as", "nicknamed"
/// or "alias" is what somebody is called, and a rank in it is no office.
fn is_nickname(text: &str, begin: usize) -> bool {
    static CALLED: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r#"(?i)\b(?:known\s+as|nicknamed|alias|a\.k\.a\.|aka|dubbed|called)\s+["\u{201C}']$"#)
            .expect("called")
    });
    let from = crate::text::scan::tokens_before(text, begin, 4);
    CALLED.is_match(&text[from..begin])
}

/// "INTERPOL President Kim Jong Yang, elected after his predecessor, Meng Hongwei,
/// resigned": the predecessor or successor of an office holder named before in the
/// sentence held (or will hold) the same office in the same organization.
fn predecessors(ctx: &Ctx<'_>, out: &mut [PersonMention]) {
    static BEFORE: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"(?i)\b(?:predecessor|successor)(?:\s+as\s+[\p{L}\- ]{1,40})?,?\s+$").expect("predecessor")
    });
    for i in 0..out.len() {
        if out[i].confirmed || out[i].title.is_some() {
            continue;
        }
        let b = out[i].span.begin;
        let from = ctx.text[..b].char_indices().rev().nth(60).map_or(0, |(k, _)| k);
        if !BEFORE.is_match(&ctx.text[from..b]) {
            continue;
        }
        let sentence = ctx.sentences.iter().find(|s| s.begin <= b && b < s.end);
        let holder = (0..i)
            .rev()
            .find(|&j| out[j].title.is_some() && sentence.is_some_and(|s| out[j].span.begin >= s.begin));
        if let Some(j) = holder {
            let (title, org) = (out[j].title.clone(), out[j].org.clone());
            let m = &mut out[i];
            m.title = title;
            m.org = org;
            m.confirmed = true;
        }
    }
}

/// A title without the preposition its cut left at the end: "deputy director of the
/// Counter-Narcotics Police Department at" (before "Laos' Ministry of Public Security").
fn without_dangling_word(mut t: Fact<String>) -> Fact<String> {
    loop {
        let Some((head, last)) = t.value.rsplit_once(' ') else {
            return t;
        };
        if !matches!(last, "at" | "of" | "for" | "in" | "with" | "the" | "and" | "to") {
            return t;
        }
        let cut = t.value.len() - head.len();
        t.span = Span::new(t.span.begin, t.span.end - cut);
        t.value = head.to_string();
    }
}

/// `s` is one title of the gazetteer, whole ("Secretary General", not "Director PBGEN").
fn is_whole_title(ctx: &Ctx<'_>, s: &str) -> bool {
    ctx.gaz.titles(s).iter().any(|m| m.begin == 0 && m.end == s.len())
}

/// A ship's name: the run is a ship prefix and a short name ("ARC Almirante Padilla", "HMS Severn")
/// or comes right after a ship noun ("the frigate Almirante Padilla"); its rank-like first
/// word is part of the ship's name, not a person's rank.
fn names_a_vessel(ctx: &Ctx<'_>, run: &Run) -> bool {
    let text = ctx.text;
    // a prefix and a short name ("HMS Severn"); "INS Agent John Smith" is a person after an
    // organization's initials
    if run.toks.len() <= 3 && run.toks.first().is_some_and(|t| ctx.gaz.is_vessel_word(t.word(text))) {
        return true;
    }
    let before = text[..run.begin()].trim_end_matches([' ', '*', '_', '"']);
    let word = before.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    before.len() < run.begin() && !word.is_empty() && ctx.gaz.is_vessel_word(word)
}

fn is_place_or_org_word(ctx: &Ctx<'_>, orgs: &Orgs, begin: usize, end: usize) -> bool {
    // A possessive word ("Nacional's") is judged without its "'s".
    let end = if ctx.text[begin..end].ends_with("'s") {
        end - 2
    } else {
        end
    };
    orgs.at(begin, end).is_some()
        || ctx.names.iter().any(|m| {
            m.begin <= begin
                && end <= m.end
                && matches!(m.hit, Hit::Country(_) | Hit::Demonym(_) | Hit::Place(_) | Hit::Org(_))
        })
}

/// Particles that belong inside a name ("Catherine de Bolle", "Ursula von der Leyen").
const PARTICLES: &[&str] = &[
    "de", "d'", "del", "della", "di", "du", "des", "la", "le", "van", "von", "der", "den", "da", "dos", "das", "do",
    "bin", "binti", "al", "el", "y", "i",
];

/// The person mentions in a run: it is cut at connectors that never sit inside a name
/// ("Siobhán Kehoe of the Garda ..."), and each piece's name is its longest tail of
/// name-like words ("Italian Culture Minister |Dario Franceschini").
fn mentions_in(ctx: &Ctx<'_>, orgs: &Orgs, run: &Run, s_begin: usize, s_end: usize) -> Vec<PersonMention> {
    let text = ctx.text;
    // The pieces between connectors that never sit inside a name, each with the connector
    // before it.
    let splits = |t: &super::chunk::Tok| t.connector && !PARTICLES.contains(&t.word(text));
    let mut pieces: Vec<(Option<&str>, Vec<super::chunk::Tok>)> = vec![(None, Vec::new())];
    for t in &run.toks {
        if splits(t) {
            pieces.push((Some(t.word(text)), Vec::new()));
        } else if let Some((_, p)) = pieces.last_mut() {
            p.push(*t);
        }
    }
    let words: Vec<usize> = pieces
        .iter()
        .map(|(_, p)| p.iter().filter(|t| !t.connector).count())
        .collect();
    let befores: Vec<Option<&str>> = pieces.iter().map(|(b, _)| *b).collect();
    let mut out = Vec::new();
    for (i, (before, mut toks)) in pieces.into_iter().enumerate() {
        // "Director of Compliance and Facilitation Farid Abernethy": after a one-word "of"
        // complement, the piece after "and" starts with the complement's second half, not
        // with the name. ("Minister of Justice Tam Veidt and Mary Ann Colvey": the half
        // before "and" holds a name, and Mary keeps her first name.)
        // "Director of Plans and Programmes of ASEANAPOL": a lone word there is all
        // complement, and no name.
        if i >= 2 && before == Some("and") && matches!(befores[i - 1], Some("of" | "for")) && words[i - 1] == 1 {
            if words[i] == 1 {
                continue;
            }
            if words[i] >= 3 {
                toks.remove(0);
            }
        }
        while toks.last().is_some_and(|t| t.connector) {
            toks.pop();
        }
        if !toks.is_empty() {
            out.extend(mention(ctx, orgs, &Run { toks }, s_begin, s_end));
        }
    }
    out
}

/// Where an honorific with a full stop ends `pre` ("Minister of Police, Hon. "): the stop
/// ends the run, so the honorific is not one of the name's words.
fn honorific_with_stop(pre: &str) -> Option<usize> {
    // "Hon. ", and "Dato' " whose apostrophe also ends the run
    let word = pre.strip_suffix(". ").or_else(|| pre.strip_suffix("' "))?;
    // the byte after the last character that is not a letter, which may be several bytes long
    let b = word.len()
        - word
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .map(char::len_utf8)
            .sum::<usize>();
    HONORIFICS.contains(&&word[b..]).then_some(b)
}

/// Where a surname written in capitals sits in a run of two names after an honorific, as
/// Japanese and some European government pages write it: "Mr. TSUYUKI Yasuhiro", "Mr.
/// Yasuhiro TSUYUKI".
fn caps_surname(ctx: &Ctx<'_>, orgs: &Orgs, toks: &[super::chunk::Tok], s_begin: usize) -> Option<usize> {
    let text = ctx.text;
    let n = toks.len();
    if n < 2 {
        return None;
    }
    let caps = |i: usize| {
        let w = toks[i].word(text);
        words::is_all_caps(w)
            && w.chars().count() >= 3
            && w.chars().all(char::is_alphabetic)
            && orgs.at(toks[i].begin, toks[i].end).is_none()
            && ctx.gaz.org(w).is_none()
            && ctx.gaz.country(w).is_none()
    };
    let written = |i: usize| {
        let w = toks[i].word(text);
        w.starts_with(char::is_uppercase) && !words::is_all_caps(w) && w.chars().all(char::is_alphabetic)
    };
    // the honorific in the run, or before it with its stop
    let (b, honorific) = if HONORIFICS.contains(&toks[0].word(text)) {
        (1, true)
    } else {
        (0, honorific_with_stop(&text[s_begin..toks[0].begin]).is_some())
    };
    if !honorific || n - b != 2 {
        return None;
    }
    if caps(b) && written(b + 1) {
        Some(b)
    } else if written(b) && caps(b + 1) {
        Some(b + 1)
    } else {
        None
    }
}

/// "Co-ordinator of Activities to Address Transnational Threats": capitalized words right
/// after a "to" that itself follows a capitalized word are the rest of a capitalized phrase
/// ("Agency to Combat Drug Trafficking"), not a name. ("according to Juan Ortiz" and
/// "Ambassador to Mexico Juan Ortiz" keep theirs.)
fn after_capitalized_to(text: &str, s_begin: usize, begin: usize) -> bool {
    let Some(pre) = text[s_begin..begin].strip_suffix(" to ") else {
        return false;
    };
    // ("According to Juan Ortiz": a sentence's first word is capitalized anyway)
    let mut ws = pre.trim_start().rsplit(' ');
    let capitalized = ws.next().and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
    capitalized && ws.next().is_some()
}

fn mention(ctx: &Ctx<'_>, orgs: &Orgs, run: &Run, s_begin: usize, s_end: usize) -> Option<PersonMention> {
    let text = ctx.text;
    let gaz = ctx.gaz;
    // "The Rt Hon Tom Tugendhat MP, Minister of State": a post-nominal after the name is
    // none of its words.
    let toks = match run.toks.split_last() {
        Some((last, rest)) if rest.len() >= 2 && POST_NOMINALS.contains(&last.word(text)) => rest,
        _ => &run.toks[..],
    };
    let caps = caps_surname(ctx, orgs, toks, s_begin);
    let name_like = |k: usize, t: &super::chunk::Tok| -> bool {
        let w = t.word(text);
        if t.connector {
            return true;
        }
        // A place name can be a surname ("Nikki Holland"), never a first name.
        let place = is_place_or_org_word(ctx, orgs, t.begin, t.end) && (k == 0 || orgs.at(t.begin, t.end).is_some());
        // an initial ("R." in "Daniel R. Okafor", and "A." though "a" is a function word) is
        // part of a name
        // ("R.C. Joshi": initials written together open a name)
        let initial = (w.len() == 1 && k > 0 || super::chunk::is_initials(w)) && text[t.end..].starts_with('.');
        if initial && w.chars().all(|c| c.is_ascii_uppercase() || c == '.') {
            return true;
        }
        // ("General Assemblies": the plural of a generic word is no surname either)
        let singular = w.strip_suffix("ies").map(|s| format!("{s}y"));
        !(gaz.is_generic(w)
            || singular.is_some_and(|s| gaz.is_generic(&s))
            || (words::is_all_caps(w) && !initial && caps.map(|c| toks[c].begin) != Some(t.begin))
            || place
            || HONORIFICS.contains(&w)
            || w.chars().any(|c| c.is_ascii_digit()))
    };
    // The longest tail of name-like words; a possessive inside ends the candidate.
    let mut first = toks.len();
    while first > 0 {
        let k = first - 1;
        if !name_like(1, &toks[k]) || (toks[k].possessive && k + 1 < toks.len()) {
            break;
        }
        first = k;
    }
    while first < toks.len() && toks[first].connector {
        first += 1;
    }
    if first >= toks.len() {
        return None;
    }
    // "Minister of Immigration, Refugees and Citizenship": one word between a comma and
    // "and" with a capitalized word is a portfolio of a list, not a name.
    if first + 1 == toks.len()
        && text[..toks[first].begin].ends_with(", ")
        && text[toks[first].end..]
            .strip_prefix(" and ")
            .is_some_and(|r| r.starts_with(char::is_uppercase))
    {
        return None;
    }
    // Re-check the first word strictly (a place is no first name) and drop it if it fails,
    // unless it is a place that is also a given name, followed by a surname ("Milan
    // Lucansky").
    let given_name = |k: usize| {
        let t = &toks[k];
        gaz.is_given_name(t.word(text))
            && orgs.at(t.begin, t.end).is_none()
            && toks
                .get(k + 1)
                .is_some_and(|n| !n.connector && name_like(1, n) && !is_place_or_org_word(ctx, orgs, n.begin, n.end))
    };
    if !given_name(first) {
        if !name_like(0, &toks[first]) {
            first += 1;
        }
        while first < toks.len()
            && (toks[first].connector || is_place_or_org_word(ctx, orgs, toks[first].begin, toks[first].end))
            && !given_name(first)
        {
            first += 1;
        }
    }
    if first >= toks.len() {
        return None;
    }
    let honorific = (first > 0 && HONORIFICS.contains(&toks[first - 1].word(text)))
        .then(|| toks[first - 1].begin)
        .or_else(|| (first == 0).then(|| honorific_with_stop(&text[s_begin..toks[0].begin]).map(|b| s_begin + b))?);
    let name_toks = &toks[first..];
    if name_toks.len() > 5 || after_capitalized_to(text, s_begin, name_toks[0].begin) {
        return None;
    }
    let begin = name_toks[0].begin;
    let last = name_toks[name_toks.len() - 1];
    let end = last.word_end(text);
    let n_words = name_toks.iter().filter(|t| !t.connector).count();
    // "Mr. TSUYUKI Yasuhiro": the name in the order and case of the others, so that
    // "Commissioner Tsuyuki" finds it.
    let name = match caps {
        Some(c) if n_words == 2 && toks.len() - first == 2 => {
            let surname = toks[c].word(text);
            let given = if c == first {
                toks[c + 1].word(text)
            } else {
                toks[first].word(text)
            };
            let mut cs = surname.chars();
            let head: String = cs.next().into_iter().collect();
            format!("{given} {head}{}", cs.as_str().to_lowercase())
        }
        _ => text[begin..end].to_string(),
    };

    // Context on both sides, within the sentence.
    let pre = &text[s_begin..honorific.unwrap_or(begin)];
    // "Australia's Minister for Foreign Affairs, Senator the Hon Penny Wong": the style
    // ("the Hon", and a word before it after the comma) stands between the office and the
    // name.
    let pre = match pre.strip_suffix("the ") {
        Some(p) if honorific.is_some_and(|h| text[h..].starts_with("Hon")) => {
            let word = p.trim_end().rsplit(' ').next().unwrap_or("");
            let before_word = &p.trim_end()[..p.trim_end().len() - word.len()];
            if word.starts_with(char::is_uppercase) && before_word.ends_with(", ") {
                before_word
            } else {
                p
            }
        }
        _ => pre,
    };
    let post = &text[end..s_end];
    let ((mut title, mut org, mut country), descriptor) = {
        let got = title_before(ctx, orgs, s_begin, pre);
        // "The Agency's first Executive Director was Ilkka Laitinen": an office, then "was"
        // or "is", names its holder.
        pre.strip_suffix(" was ")
            .or_else(|| pre.strip_suffix(" is "))
            .filter(|_| got.0 .0.is_none() && n_words >= 2)
            .map(|p| title_before(ctx, orgs, s_begin, p))
            .filter(|by_copula| by_copula.0 .0.is_some())
            .unwrap_or(got)
    };
    // A rank before the name and an office after it: "Colonel X, Head of Operations at
    // AFRIPOL,". The office is the title; the rank stays a second title.
    let (t2, o2, c2) = title_after(ctx, orgs, end, post);
    // "the UN Secretary-General, Ban Ki-moon, the President of the General Assembly, Sam
    // Kutesa, and ...": in a list of offices each before its name, the office after this
    // name is the next name's.
    let next_ones = title.is_some()
        && pre.trim_end().ends_with(',')
        && t2.as_ref().is_some_and(|t| {
            let e = o2.as_ref().map_or(t.span.end, |o| o.span.end.max(t.span.end));
            let r = &text[e..];
            r.strip_prefix(", ")
                .or_else(|| r.strip_prefix(" , "))
                .is_some_and(|n| n.starts_with(char::is_uppercase) && !n.starts_with("The "))
        });
    let (t2, o2, c2) = if next_ones { (None, None, None) } else { (t2, o2, c2) };
    // whichever way the office after the name was cut, no preposition is left at its end
    let t2 = t2.map(without_dangling_word);
    let mut rank = None;
    // "QCPD District Director PBGEN Ramon C. Villaraza": an office, then a rank written as
    // an abbreviation ("Commander General" is one office).
    // "INTERPOL President Major General Ahmed Naser Al-Raisi": a spelled-out rank after an
    // office, unless the two make one office ("Commissioner General", "Inspector General").
    if let Some(t) = title.take() {
        // (the last three or two words, cut at a space no office of the gazetteer spans)
        let spaces: Vec<usize> = t.value.match_indices(' ').map(|(i, _)| i).collect();
        let offices = ctx.gaz.titles(&t.value);
        let spelled = [3, 2]
            .iter()
            .filter_map(|&k| spaces.len().checked_sub(k).map(|i| spaces[i]))
            .find_map(|cut| {
                let (office, last) = (&t.value[..cut], &t.value[cut + 1..]);
                let joined = offices.iter().any(|m| m.begin < cut && m.end > cut);
                (ctx.gaz.is_rank(last) && !joined).then_some((office, last))
            });
        // A one-word rank after an office of two words or more, when no office of the
        // gazetteer spans the two ("National Police Chief General X", but "Deputy Inspector
        // General X" is one office).
        let one_word = |office: &str, last: &str| {
            let cut = office.len();
            office.contains(' ')
                && last.chars().all(char::is_alphabetic)
                && !offices.iter().any(|m| m.begin < cut && m.end > cut)
        };
        match spelled.or_else(|| t.value.rsplit_once(' ')) {
            Some((office, last))
                if ctx.gaz.is_rank(last)
                    && (last.contains(' ')
                        || (last.len() >= 3 && last.chars().all(|c| c.is_ascii_uppercase()))
                        || one_word(office, last))
                    && !is_whole_title(ctx, &t.value)
                    && ctx.gaz.titles(office).iter().any(|m| m.end == office.len()) =>
            {
                let cut = t.span.begin + office.len();
                rank = Some(Fact::new(
                    last.to_string(),
                    Span::new(t.span.end - last.len(), t.span.end),
                ));
                title = Some(Fact::new(office.to_string(), Span::new(t.span.begin, cut)));
            }
            _ => title = Some(t),
        }
    }
    if let Some(t2) = t2 {
        if title.is_some() && rank.is_none() {
            rank = title.take();
        }
        title = Some(t2);
        org = org.or(o2);
        country = country.or(c2);
    }
    // "The Provincial Commissioner of Gauteng, Lieutenant General X": the office the
    // descriptor gives is the title, the rank a second one.
    // So is "The African Union's Commissioner for Peace and Security, Ambassador X": one
    // word touching the name is a style there.
    if let Some(d) = descriptor {
        if rank.is_none()
            && title
                .as_ref()
                .is_some_and(|t| ctx.gaz.is_rank(&t.value) || !t.value.contains(' ') && d.value.contains(' '))
        {
            rank = title.take();
            title = Some(d);
        }
    }
    // "Detective Superintendent X of the Garda National Drugs ... Bureau"
    if title.is_some() && org.is_none() {
        if let Some(rest) = post.strip_prefix(" of ").or_else(|| post.strip_prefix(" at ")) {
            let ob = end + 4 + if rest.starts_with("the ") { 4 } else { 0 };
            if let Some(o) = orgs.starting_at(ob) {
                org = Some(Fact::new(o.canonical.clone(), o.span));
            }
        }
    }
    // "elected Kim Jong Yang of the Republic of Korea as President", "Ana Ruiz of Chile as
    // Delegate for the Americas and ...": an office given with "as" right after the name (and
    // a country) is this person's, whatever a list's earlier office before the name says.
    if n_words >= 2 && (title.is_none() || pre.trim_end().ends_with(',') || pre.trim_end().ends_with(" and")) {
        let direct = ctx
            .gaz
            .titles(post)
            .into_iter()
            .find(|m| DIRECT_AS.is_match(&post[..m.begin]));
        if let Some(m) = direct {
            let abs = end + m.begin;
            let limit = appositive_end(&post[m.end..]).map_or(s_end, |e| end + m.end + e);
            let (t, o, c) = title_tail(ctx, orgs, abs, end + m.end, limit);
            title = Some(t);
            org = o;
            country = c.or_else(|| country_after_name(ctx, orgs, end, post));
        }
    }
    // A rank alone ("Colonel Andrea Baptiste ... has been appointed Executive Director of
    // CARICOM IMPACS") gives way to the office the sentence gives her.
    let only_rank = rank.is_none() && title.as_ref().is_some_and(|t| ctx.gaz.is_rank(&t.value));
    if (title.is_none() || only_rank) && (n_words >= 2 || honorific.is_some()) {
        // "took up her duties as Executive Director of Europol"
        if let Some(m) = ctx
            .gaz
            .titles(post)
            .into_iter()
            .find(|m| AS_TITLE.is_match(&post[..m.begin]))
        {
            let abs = end + m.begin;
            let (t, o, c) = title_tail(ctx, orgs, abs, end + m.end, s_end);
            // "Ms Kalnaja, who has led Frontex as Executive Director": the organization
            // before "as" owns the office
            let o = o.or_else(|| {
                orgs.mentions
                    .iter()
                    .find(|x| x.span.begin > end && x.span.end < abs)
                    .map(|x| Fact::new(x.canonical.clone(), x.span))
            });
            if only_rank {
                rank = title.take();
            }
            title = Some(t);
            org = org.or(o);
            country = country.or(c);
        }
    }
    // "Chief Inspector Marta Salguero, who heads the UDYCO in Seville,": the organization a
    // titled person heads, commands or leads is the one the office is held in.
    // ("Edvardas Sileris, who heads EC3, said": a full name with no office heads the body)
    if org.is_none() && (title.is_some() || n_words >= 2) {
        if let Some(c) = WHO_HEADS.captures(post) {
            let m_end = c.get(0).map_or(0, |m| m.end());
            let body = orgs.mentions.iter().find(|x| x.span.begin == end + m_end);
            if let (Some(x), Some(verb)) = (body, c.get(1)) {
                org = Some(Fact::new(x.canonical.clone(), x.span));
                if title.is_none() {
                    let office = match verb.as_str() {
                        "commands" => "Commander",
                        "chairs" => "Chair",
                        "directs" => "Director",
                        _ => "Head",
                    };
                    // "who heads criminal enforcement at the MHRA": the Head of criminal
                    // enforcement
                    let (office, to) = match c.name("remit") {
                        Some(r) => {
                            let unit = r.as_str().trim_end();
                            let unit = unit.rsplit_once(' ').map_or(unit, |(u, _)| u);
                            (format!("{office} of {unit}"), r.start() + unit.len())
                        }
                        None => (office.to_string(), verb.end()),
                    };
                    title = Some(Fact::new(office, Span::new(end + verb.start(), end + to)));
                }
            }
        }
    }
    if org.is_none() && title.is_some() {
        org = body_around_name(ctx, orgs, s_begin, begin, end);
    }
    // "Director General of Security X" beside the General Directorate of Security, "the
    // Gendarmerie General Commander" beside the Gendarmerie General Command: an office
    // named after a body of the article is held in it.
    if org.is_none() {
        if let Some(t) = &title {
            if let Some(name) = body_of_office(orgs, &t.value) {
                org = Some(Fact::new(name, t.span));
            }
        }
    }
    // "former President Meng Hongwei of China resigned", "Ballestrazzi, a senior French
    // police officer,": the country right after the name, or a demonym in the description
    // after it.
    if country.is_none() && (title.is_some() || org.is_some()) {
        country = country_after_name(ctx, orgs, end, post);
    }
    // "Estonia – Egert Belitšev, Director General of ...", "For Tajikistan, Major General X",
    // "Hungary, which co-chairs the process, was represented by State Secretary X": the
    // country a delegation list or a sentence opens with is the official's.
    if country.is_none() && (title.is_some() || org.is_some()) {
        country = country_leading(ctx, s_begin, pre);
    }
    // "Permanent Representative of North Macedonia to the OSCE": a country the office is
    // held for, inside the title and in no organization's name.
    if country.is_none() {
        if let Some(t) = &title {
            country = country_in_office(ctx, orgs, t.span);
        }
    }
    let has_honorific = honorific.is_some();
    // "The report's author, Ilse Marken, said": a name of two words or more between commas
    // before a speech verb.
    let appositive = n_words >= 2
        && pre.trim_end().ends_with(',')
        && post.strip_prefix(',').is_some_and(|p| SPEECH_AFTER.is_match(p));
    let speech = SPEECH_AFTER.is_match(post) || SPEECH_BEFORE.is_match(pre) || appositive;
    // "By Jane Doe", or a name alone on its line ("Jane Doe | 3 Comments"); a headline that
    // opens with a name-like phrase ("Forensic Science tops agenda") is no byline.
    let byline = (pre.trim().is_empty() && ends_line(post)) || last_word(pre).eq_ignore_ascii_case("by");
    let confirmed = title.is_some() || has_honorific || speech || byline;
    if n_words == 1 && !(title.is_some() || has_honorific || speech) {
        return None;
    }
    // "Evidence Room Ledger" alone on a line is a blog's name, not a byline.
    if !has_honorific && title.is_none() && ctx.gaz.is_outlet_head(last.word(text)) {
        return None;
    }
    // "Chief of the Marine Response Section": a name is not written after "the"; and one
    // word after "Provincial Commissioner of" is the office's place, not a surname.
    if !has_honorific && (last_word(pre) == "the" || (n_words == 1 && last_word(pre) == "of")) {
        return None;
    }
    if !has_honorific && ((!byline && after_place_preposition(pre)) || (n_words == 1 && opens_sentence(pre, post))) {
        return None;
    }
    // One word after an office is a surname only when the office touches it ("President
    // Meng"), not in "Commissioner of Border Control".
    if n_words == 1 && !has_honorific && !speech && first > 0 && ctx.gaz.titles(toks[first - 1].word(text)).is_empty() {
        return None;
    }
    // Unconfirmed names stay candidates: the resolver keeps a person only when some
    // mention confirms it.
    let alias = honorific.map(|h| text[h..end].to_string()).or_else(|| {
        (n_words == 1)
            .then(|| title.as_ref().map(|t| format!("{} {}", t.value, name)))
            .flatten()
    });
    Some(PersonMention {
        span: Span::new(begin, end),
        name,
        alias,
        kind: if n_words >= 2 {
            RefKind::Full
        } else if has_honorific || title.is_some() {
            RefKind::Surname
        } else {
            RefKind::Bare
        },
        title,
        rank,
        org,
        country,
        confirmed,
    })
}

/// The country that opens the sentence of an official's name, in one of the ways a list
/// of delegations or a report of a meeting names whom a person speaks for (`pre` runs from
/// the sentence's start to the name or its honorific).
fn country_leading(ctx: &Ctx<'_>, s_begin: usize, pre: &str) -> Option<Fact<String>> {
    static LEADING: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(
            r"(?x)^[\s*\x{2022}\x{2013}\x{2014}-]*
            (?:
                # a list entry: 'Estonia - ', 'Canada: The Hon. ', 'France: H.E. ', with the
                # person's office before the name ('Thailand - Minister of Justice ')
                (?P<entry>\p{Lu}[\p{L}.'\x20]{1,40}?)[\s*]*(?::|\x{2013}|\x{2014}|\s-|\s;)\s+(?:(?:The|H\.E\.|Rt|Hon\.?)\s+)*
                # (a table row, 'Cambodia ; General ', or a delegation 'led by' its head:
                # 'Australia - Australian Federal Police (AFP), led by Deputy Commissioner ')
                (?:[^:;\n]{1,80}?,?\s+(?:led|headed)\s+by\s+)?
                (?:(?:\p{Lu}[\p{L}.\-]*|of|for|and|the)\s+){0,8}$
              | # 'For Tajikistan, Major General '
                For\s+(?P<for>\p{Lu}[\p{L}.'\x20]{1,40}?),\s
              | # 'Hungary, which co-chairs the process, was represented by State Secretary ',
                # 'Russia's delegation was led by '
                (?P<rep>\p{Lu}[\p{L}.'\x20]{1,40}?)(?:'s?\s+(?:delegation|\p{Lu}[\p{L}\x20]{0,40}?))?(?:,[^,;]{1,80},)?
                \s+(?:was|were)\s+(?:represented|led)\s+by\s+(?:(?:its|the|his|her)\s+)?(?:(?:\p{Lu}[\p{L}-]*|of),?\s+){0,7}$
            )",
        )
        .expect("leading country")
    });
    // a later entry of a table row: "Canada ; Marco Mendicino, Minister of Public Safety; "
    // before the next name
    static ROW_LATER: LazyLock<Regex> = LazyLock::new(|| {
        Regex::new(r"^[\s*\x{2022}-]*(?P<row>\p{Lu}[\p{L}.' ]{1,40}?) ; [^;\n]+; (?:(?:The|H\.E\.|Rt|Hon\.?) )*(?:(?:\p{Lu}[\p{L}.\-]*|of|for|and|the) ){0,8}$")
            .expect("row later")
    });
    let c = LEADING.captures(pre).or_else(|| ROW_LATER.captures(pre))?;
    let m = c
        .name("entry")
        .or_else(|| c.name("row"))
        .or_else(|| c.name("for"))
        .or_else(|| c.name("rep"))?;
    let i = ctx.gaz.country(m.as_str().trim())?;
    let at = s_begin + m.start();
    Some(Fact::new(
        ctx.gaz.countries[i].name.clone(),
        Span::new(at, at + m.as_str().trim().len()),
    ))
}

/// The country of a name from the words after it: " of China" (not the start of an
/// organization's name, "of the United States Coast Guard"), or a demonym in a short
/// description (", a senior French police officer").
fn country_after_name(ctx: &Ctx<'_>, orgs: &Orgs, end: usize, post: &str) -> Option<Fact<String>> {
    let country_at = |at: usize| {
        ctx.names.iter().find_map(|n| match n.hit {
            Hit::Country(i) | Hit::Demonym(i) if n.begin == at => Some((i, n.end, matches!(n.hit, Hit::Country(_)))),
            _ => None,
        })
    };
    if let Some(r) = post.strip_prefix(" of ") {
        let at = end + 4 + if r.starts_with("the ") { 4 } else { 0 };
        if let Some((i, e, is_country)) = country_at(at) {
            let own_name = orgs.mentions.iter().any(|m| m.span.begin == at && m.span.end > e)
                || ctx.text[e..].starts_with(' ') && ctx.text[e + 1..].starts_with(char::is_uppercase);
            if is_country && !own_name {
                return Some(Fact::new(ctx.gaz.countries[i].name.clone(), Span::new(at, e)));
            }
        }
        return None;
    }
    let d = DESCRIPTION.captures(post)?;
    let at = end + d.get(1).expect("group").start();
    let (i, e, _) = country_at(at)?;
    Some(Fact::new(ctx.gaz.countries[i].name.clone(), Span::new(at, e)))
}

/// ", a senior French police officer": a short description after a name, up to its word
/// of nationality (group 1 starts there).
static DESCRIPTION: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^,\s+an?\s+(?:[a-z\-]+\s+){0,2}(\p{Lu}\p{L}+)\s+[a-z]").expect("description"));

/// Nothing but white space or a separator follows on the line: "Jane Doe", "Jane Doe |
/// Reuters", "Jane Doe, staff reporter".
fn ends_line(post: &str) -> bool {
    let line = post.split('\n').next().unwrap_or("").trim_start();
    line.is_empty() || line.starts_with(['|', ',', '/', '•', '—', '–', '-', '(', '·'])
}

/// "The head of the customs post at Sines said": a name right after a preposition of place
/// is the place's, not a person's.
fn after_place_preposition(pre: &str) -> bool {
    matches!(
        last_word(pre),
        "at" | "in" | "near" | "outside" | "inside" | "into" | "via"
    )
}

/// The last word of `pre` ("" when it ends in punctuation: "said,").
fn last_word(pre: &str) -> &str {
    pre.trim_end()
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("")
}

/// "Separately, investigators believe ...": one word opening a sentence and followed by a
/// comma is a sentence adverb or a place ("Meanwhile,", "Lyon,"), not a person; a lone
/// surname comes with an honorific or a title ("Mr Stock,", "President Meng,").
fn opens_sentence(pre: &str, post: &str) -> bool {
    pre.trim_start_matches(|c: char| c.is_whitespace() || "\"'“‘(".contains(c))
        .is_empty()
        && post.starts_with(',')
}

type TitleParts = (Option<Fact<String>>, Option<Fact<String>>, Option<Fact<String>>);

/// The tail of an office that names a criminal group: "head of the gang", "leader of the
/// network".
static CRIMINAL_GROUP: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^ of (?:the|this|that|a|an) (?:[a-z\-]+ )?(?:group|gang|network|syndicate|cartel|clan|ring|cell)$")
        .expect("criminal group regex")
});

/// A title that ends right before the name: "INTERPOL Secretary General |Jürgen Stock",
/// "Austria's Director General of Public Security |Konrad Kogler", "the head of Europol, |Catherine".
/// The second value is the office of a descriptor before a title that touches the name ("the
/// head" in "the head of the Carabinieri TPC, Brigadier General |X").
fn title_before(ctx: &Ctx<'_>, orgs: &Orgs, s_begin: usize, pre: &str) -> (TitleParts, Option<Fact<String>>) {
    let trimmed = pre.trim_end();
    let comma = trimmed.ends_with(',');
    let mut core = trimmed.trim_end_matches(',').trim_end();
    // "... Federal Criminal Police Office (Bundeskriminalamt), Andreas Holzer"
    if comma && core.ends_with(')') {
        if let Some(open) = core.rfind(" (") {
            core = &core[..open];
        }
    }
    let mut found = ctx.gaz.titles(core);
    // "Assistant U.S. Attorneys |Ana Ruiz", "Assistant U.S. Attorneys Ana Ruiz and |Ivo
    // Brandt": the singular office is found in front of the plural's "s".
    // Only the ends that can be plural: the last letter, or an "s " within the few words of
    // one name before a final "and".
    let plural_ends: Vec<usize> = if core.ends_with('s') {
        vec![core.len() - 1]
    } else if core.ends_with(" and") {
        let near = core.len().saturating_sub(80);
        core.match_indices("s ")
            .map(|(i, _)| i)
            .filter(|&i| i >= near)
            .collect()
    } else {
        Vec::new()
    };
    if !plural_ends.is_empty() {
        for i in plural_ends {
            // ("the Council of Arab Interior Ministers, X": a plural that ends an
            // organization's name is no office)
            let in_org = |b: usize| {
                orgs.mentions
                    .iter()
                    .any(|o| o.span.begin <= s_begin + b && o.span.end > s_begin + i)
            };
            found.extend(
                ctx.gaz
                    .titles(&core[..i])
                    .into_iter()
                    .filter(|m| m.end == i && !in_org(m.begin)),
            );
        }
        found.sort_by_key(|m| (m.begin, m.end));
    }
    for m in found.into_iter().rev() {
        let mut gap = &core[m.end..];
        // "Assistant U.S. Attorneys Rachel Sandoval and |Victor Paz": a plural office before
        // two names is the office of both.
        let plural = gap == "s" || plural_pair(gap);
        if plural {
            gap = "";
        }
        let gap_ok = gap.is_empty()
            // ("Germany's ambassador to Kenya, X", "Exchequer Secretary to the Treasury, X")
            || ([" of ", " for ", " and ", " at ", " in ", " to "]
                .iter()
                .any(|p| gap.starts_with(p))
                && !gap.contains([',', ';', '"', '(', ')'])
                && gap.len() < 80
                // ("the Governor in Council has appointed X": without a comma before the
                // name, a clause, not the office's tail)
                && (comma || !gap.split(' ').any(|w| {
                    w.starts_with(char::is_lowercase)
                        && !matches!(w, "of" | "for" | "and" | "at" | "in" | "to" | "the" | "on" | "de" | "du" | "di")
                })))
            || (portfolio_list(gap) && gap.len() < 80);
        if !gap_ok {
            continue;
        }
        // "the alleged head of the group, X": a suspect's place in a gang is no office
        let said_of = core[..m.begin].trim_end().rsplit(' ').next().unwrap_or("");
        if matches!(said_of, "alleged" | "suspected" | "reputed" | "purported" | "presumed")
            || CRIMINAL_GROUP.is_match(gap)
        {
            continue;
        }
        // Without a comma, the title must be capitalized or directly touch the name.
        let tb = s_begin + m.begin;
        let limit = if plural { s_begin + m.end } else { s_begin + core.len() };
        let (mut title, mut org, mut country) = title_tail(ctx, orgs, tb, s_begin + m.end, limit);
        // "Minister of Home Affairs, Immigration, Safety and Security, X": the whole list of
        // portfolios, up to the comma before the name, is the office.
        // So is "Commissioner of Customs and Border Control, X": an office found in the
        // gazetteer that goes on with "and" and capitalized words up to the name's comma.
        let and_portfolio = comma && gap.strip_prefix(" and ").is_some_and(capitalized_words);
        if !plural && (((gap.contains(',') || (comma && org.is_none())) && portfolio_list(gap)) || and_portfolio) {
            title = Fact::new(
                core[m.begin..].trim_end().to_string(),
                Span::new(tb, s_begin + core.len()),
            );
        }
        let mut portfolio = None;
        if comma
            && gap.is_empty()
            && !starts_upper(&core[m.begin..m.end])
            && !core[..m.begin].trim_end().ends_with(['\'', 's'])
        {
            // "... said the head, X" is rare; accept lower-case titles only after "the" (and
            // "the then", "the former"), with one lower-case word of portfolio between:
            // "The then justice minister, X".
            let orig = core[..m.begin].trim_end();
            // (lower-case as written: "The Cayenne public prosecutor" has no portfolio word)
            let word = orig.rsplit(' ').next().unwrap_or("");
            let word_ok = word.chars().all(|c| c.is_ascii_lowercase())
                && !matches!(word, "the" | "then" | "former")
                && !ctx.gaz.is_function(word);
            let after_the = |b: &str| {
                ["the", "the then", "the former"]
                    .iter()
                    .any(|p| b == *p || b.ends_with(&format!(" {p}")))
            };
            // ("The Fort-de-France public prosecutor, X": up to two capitalized words, a
            // place or a body, between "the" and the office)
            let the_then = |b: &str| {
                let mut b = b.trim_end();
                for _ in 0..3 {
                    if after_the(&b.to_lowercase()) {
                        return true;
                    }
                    match b.rsplit_once(' ') {
                        Some((head, w)) if starts_upper(w) => b = head.trim_end(),
                        _ => return false,
                    }
                }
                false
            };
            if word_ok && the_then(&orig[..orig.len() - word.len()]) {
                portfolio = Some(orig.len() - word.len());
            } else if !the_then(orig) {
                continue;
            }
        }
        if let Some(pb) = portfolio {
            title = Fact::new(core[pb..m.end].to_string(), Span::new(s_begin + pb, s_begin + m.end));
        }
        // "Tonga Police Superintendent X": the organization's last word is also the office's
        // first ("Police Superintendent"); the organization keeps it, and is the owner.
        let mut t_begin = m.begin;
        if let Some(om) = orgs
            .mentions
            .iter()
            .find(|o| o.span.begin < tb && o.span.end > tb && o.span.end < s_begin + m.end)
        {
            let cut = om.span.end - s_begin;
            let skip = core[cut..].len() - core[cut..].trim_start().len();
            if let Some(rest) = title.value.get(cut + skip - m.begin..) {
                title = Fact::new(rest.to_string(), Span::new(s_begin + cut + skip, title.span.end));
                t_begin = cut + skip;
                org = org.or_else(|| Some(Fact::new(om.canonical.clone(), om.span)));
            }
        }
        // "NCMEC's then-president and CEO, X": an office, "and", then this one make one title
        if let Some(first) = core[..t_begin].strip_suffix(" and ").and_then(|b| {
            ctx.gaz.titles(b).into_iter().rfind(|d| {
                // (an acronym's capitals say nothing: "president and CEO")
                d.end == b.len()
                    && (starts_upper(&b[d.begin..]) == starts_upper(&core[t_begin..])
                        || words::is_all_caps(&core[t_begin..m.end]))
            })
        }) {
            title = Fact::new(
                core[first.begin..m.end].to_string(),
                Span::new(s_begin + first.begin, title.span.end),
            );
            t_begin = first.begin;
        }
        // "Italian Culture Minister", "Deputy National Commissioner": up to two capitalized
        // words before the office are part of it, unless they name an organization or a
        // country.
        // (three before a rank: "National Police Chief General X" is an office, then the rank)
        let mut tstart = t_begin;
        let mut alias_org = None;
        let reach = if ctx.gaz.is_rank(&title.value) { 3 } else { 2 };
        for _ in 0..reach {
            // ("Deputy Minister of Public Security Senior Lieutenant General X": no word of an
            // office with an "of" tail that ends right before is this title's)
            let bt = core[..tstart].trim_end();
            let Some(prev) = bt.rsplit(' ').next() else {
                break;
            };
            let of_tail = ctx.gaz.titles(bt).iter().any(|m| {
                let rest = &bt[m.end..];
                (rest.is_empty() && bt[m.begin..].contains(" of "))
                    || rest
                        .strip_prefix(" of ")
                        .is_some_and(|r| r.split(' ').count() <= 4 && r.split(' ').all(starts_upper))
            });
            if of_tail && !matches!(prev, "Senior" | "Deputy" | "Assistant" | "Acting" | "Chief") {
                break;
            }
            let pb = core[..tstart].trim_end().len() - prev.len();
            let abs = s_begin + pb;
            // "Navy Media Spokesman X" after "the Sri Lanka Navy": the short name of a known
            // organization of the article, inside the office, is its owner when nothing
            // else is
            if alias_org.is_none() {
                alias_org = orgs
                    .infos
                    .iter()
                    .find(|i| {
                        starts_upper(prev)
                            && (i.aliases.iter().any(|a| a == prev)
                                || (i.gaz.is_some() || i.country.is_some())
                                    && ctx.gaz.is_org_head(prev)
                                    && i.canonical.ends_with(&format!(" {prev}")))
                    })
                    .map(|i| Fact::new(i.canonical.clone(), Span::new(abs, abs + prev.len())));
            }
            // "Then-FBI Director X": the organization after a prefix of time is the owner,
            // the prefix no part of the office
            let timed = ["Then-", "then-", "Ex-", "ex-", "Former-"]
                .iter()
                .find_map(|p| prev.strip_prefix(p).map(|rest| (p.len(), rest)));
            if let Some((skip, rest)) = timed {
                if let Some(o) = orgs.at(abs + skip, abs + skip + rest.len()) {
                    org = org.or_else(|| Some(Fact::new(o.canonical.clone(), o.span)));
                }
                break;
            }
            if !prev.is_empty()
                && prev.chars().all(|c| c.is_alphabetic() || c == '-')
                && starts_upper(prev)
                && !prev.ends_with("'s")
                && !words::is_all_caps(prev)
                && !HONORIFICS.contains(&prev)
                && !is_place_or_org_word(ctx, orgs, abs, abs + prev.len())
                && !ctx.gaz.is_function(prev)
            {
                tstart = pb;
            } else {
                break;
            }
        }
        let title = if tstart < t_begin {
            let t = Fact::new(
                format!("{} {}", &core[tstart..t_begin].trim_end(), title.value),
                Span::new(s_begin + tstart, title.span.end),
            );
            t
        } else {
            title
        };
        // ("then-president": a prefix of time between the owner and the office)
        let owner_end = ["then-", "Then-", "then ", "former "]
            .iter()
            .find_map(|p| core[..tstart].strip_suffix(p))
            .map_or(tstart, str::len);
        let (mut o, mut c) = owner_before(ctx, orgs, s_begin, &core[..owner_end]);
        // "SEPRONA chief Colonel Ana Ruiz": a lower-case office between the owner and the
        // rank; the owner is still the organization in front.
        if o.is_none() && c.is_none() && org.is_none() && country.is_none() {
            let before = core[..tstart].trim_end();
            if let Some(d) = ctx.gaz.titles(before).into_iter().rfind(|d| d.end == before.len()) {
                if !starts_upper(&before[d.begin..d.end]) {
                    (o, c) = owner_before(ctx, orgs, s_begin, &core[..d.begin]);
                }
            }
        }
        // "Europol's first Executive Director", "the NCA's new Director General": one
        // lower-case word of time or order between the owner and the office.
        if o.is_none() && c.is_none() {
            let before = core[..tstart].trim_end();
            if let Some((rest, w)) = before.rsplit_once(' ') {
                if is_time_or_order(w) {
                    (o, c) = owner_before(ctx, orgs, s_begin, &core[..rest.len() + 1]);
                }
            }
        }
        // "Milan Chief Prosecutor X": a place before the office, and the article's one body
        // of that place named after the office ("the Milan Public Prosecutor's Office").
        if o.is_none() && c.is_none() && org.is_none() {
            o = place_body(orgs, s_begin, &core[..owner_end], &title.value);
        }
        org = org.or(o);
        country = country.or(c);
        if country.is_none() {
            org = org.or(alias_org);
        }
        // A rank or office touching the name after a descriptor that names the owner:
        // "a spokesman for the Navy, Commander X", "the head of the Carabinieri TPC,
        // Brigadier General X". The descriptor gives the owner; the title stays.
        let before = core[..tstart].trim_end();
        let mut descriptor = None;
        // "Director General ANF Major General X", "Director General of the ANF Major
        // General X": the office in front of the owner, before the rank, is a title too.
        if gap.is_empty() && ctx.gaz.is_rank(&title.value) {
            if let Some(ob) = org.as_ref().map(|o| o.span.begin).filter(|&b| b >= s_begin && b < tb) {
                let lead = core[..ob - s_begin].trim_end();
                let lead = lead
                    .strip_suffix(" of the")
                    .or_else(|| lead.strip_suffix(" of"))
                    .unwrap_or(lead);
                if let Some(d) = ctx
                    .gaz
                    .titles(lead)
                    .into_iter()
                    .rfind(|d| d.end == lead.len() && starts_upper(&lead[d.begin..d.end]))
                {
                    descriptor = Some(Fact::new(
                        lead[d.begin..d.end].to_string(),
                        Span::new(s_begin + d.begin, s_begin + d.end),
                    ));
                }
            }
        }
        if gap.is_empty() && before.ends_with(',') {
            let ((d, o, c), _) = title_before(ctx, orgs, s_begin, before);
            if d.is_some() && org.is_none() && country.is_none() {
                org = o;
                country = c;
            }
            descriptor = d;
        }
        return ((Some(title), org, country), descriptor);
    }
    ((None, None, None), None)
}

/// " of Home Affairs, Immigration, Safety and Security" (or ", Immigration, Safety and
/// Security" after "Minister of Home Affairs"): a minister's portfolios, a list of
/// capitalized words joined by commas and "and", are part of the office.
fn portfolio_list(gap: &str) -> bool {
    let Some(rest) = gap
        .strip_prefix(" of ")
        .or_else(|| gap.strip_prefix(" for "))
        .or_else(|| gap.strip_prefix(", "))
    else {
        return false;
    };
    // ("Commissioner General of the NPA, and Mr. X": a list that ends at "and" is a list
    // of people, and its office another person's)
    !rest.contains([';', '"', '(', ')'])
        && (rest.contains(',') || rest.contains(" and "))
        && !rest.trim_end().ends_with(" and")
        && capitalized_words(rest)
}

/// Words of a name or a portfolio: each capitalized, or one of "and", "of", "the", "for",
/// "&" ("Home Affairs, Immigration, Safety and Security").
fn capitalized_words(s: &str) -> bool {
    s.split([' ', ','])
        .filter(|w| !w.is_empty())
        .all(|w| starts_upper(w) || matches!(w, "and" | "of" | "the" | "for" | "&"))
}

/// "s Rachel Sandoval and": the rest of a plural office, then one name of two to four
/// capitalized words, then "and".
fn plural_pair(gap: &str) -> bool {
    let Some(rest) = gap.strip_prefix("s ").and_then(|r| r.strip_suffix(" and")) else {
        return false;
    };
    let words: Vec<&str> = rest.split(' ').collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| starts_upper(w) && w.chars().all(|c| c.is_alphabetic() || "-.'".contains(c)))
}

fn starts_upper(s: &str) -> bool {
    s.chars().next().is_some_and(char::is_uppercase)
}

/// An appositive title after the name: ", the NCA's director of investigations,".
/// Bodies of civil society named by what they are: "aid group", "rights organisation",
/// "charity", "NGO", "think tank".
static CIVIL_SOCIETY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:aid|charity|humanitarian|rights|advocacy|campaign|campaigning|non-governmental|non-profit|nonprofit|volunteer)\s+(?:group|organi[sz]ation|network)\b|\bNGO\b|\bcharity\b|\bthink[\s-]tank\b")
        .expect("civil society")
});

fn title_after(ctx: &Ctx<'_>, orgs: &Orgs, name_end: usize, post: &str) -> TitleParts {
    // "Adjoa Boateng of Ghana, Director-General of ...": the country between the name and
    // the appositive is the person's.
    if let Some(r) = post.strip_prefix(" of ") {
        let at = name_end + 4;
        if let Some(m) = ctx
            .names
            .iter()
            .find(|m| m.begin == at && matches!(m.hit, Hit::Country(_)) && r[m.end - at..].starts_with(", "))
        {
            let Hit::Country(i) = m.hit else { unreachable!() };
            let (t, o, c) = title_after(ctx, orgs, m.end, &post[m.end - name_end..]);
            if t.is_some() {
                let own = Fact::new(ctx.gaz.countries[i].name.clone(), Span::new(m.begin, m.end));
                return (t, o, c.or(Some(own)));
            }
        }
    }
    // "Brig. Gen. Mohamed Buba Marwa (retd), Chairman of ...": a retired rank's mark in
    // brackets stands between the name and the appositive.
    if let Some((mark, after)) = post.strip_prefix(" (").and_then(|r| r.split_once(')')) {
        if mark.len() <= 5
            && matches!(
                mark.trim_end_matches('.').to_lowercase().as_str(),
                "retd" | "rtd" | "ret"
            )
            && after.starts_with(", ")
        {
            let skip = mark.len() + 3;
            return title_after(ctx, orgs, name_end + skip, &post[skip..]);
        }
    }
    // "Tom Tugendhat MP, Minister of State for Security": a post-nominal between the name
    // and the appositive
    if let Some(n) = POST_NOMINALS.iter().find(|n| {
        post.strip_prefix(' ')
            .and_then(|r| r.strip_prefix(**n))
            .is_some_and(|r| r.starts_with(", "))
    }) {
        let skip = n.len() + 1;
        return title_after(ctx, orgs, name_end + skip, &post[skip..]);
    }
    // "Benjamin Abalos Jr., secretary of ...": the dot of a generational suffix
    if post.starts_with("., ") && ["Jr", "Sr"].iter().any(|x| ctx.text[..name_end].ends_with(x)) {
        return title_after(ctx, orgs, name_end + 1, &post[1..]);
    }
    let Some(rest) = post.strip_prefix(", ") else {
        return (None, None, None);
    };
    // ", represented by Vice President X", ", accompanied by the Minister": another person's
    // office, after a participle and "by"
    if rest
        .split_once(' ')
        .is_some_and(|(w, r)| w.ends_with("ed") && w.starts_with(char::is_lowercase) && r.starts_with("by "))
    {
        return (None, None, None);
    }
    // ", a field coordinator with the Belgrade aid group Info Park,": an office in civil
    // society, not in the state or an agency of states
    if appositive_end(rest).is_some_and(|e| CIVIL_SOCIETY.is_match(&rest[..e])) {
        return (None, None, None);
    }
    let base = name_end + 2;
    let mut off = 0;
    let lower = rest.to_lowercase();
    // "Sam Kutesa, and the President of ...": a list's next entry, not an appositive.
    if lower.starts_with("and ") {
        return (None, None, None);
    }
    // ("X, who was Mersin's deputy police chief at the time,")
    for skip in [
        "who was ",
        "who is ",
        "the ",
        "a ",
        "former ",
        "then ",
        "now ",
        "currently ",
    ] {
        if lower[off..].starts_with(skip) {
            off += skip.len();
        }
    }
    let mut org = None;
    let mut country = None;
    // An owner in front of the title: "INTERPOL's", "the NCA's", "Japan's", "Belgian".
    if let Some(o) = orgs.starting_at(base + off) {
        org = Some(Fact::new(o.canonical.clone(), o.span));
        off = o.span.end - base;
        if rest[off..].starts_with("'s ") {
            off += 3;
        } else if rest[off..].starts_with(' ') {
            off += 1;
        } else {
            return (None, None, None);
        }
    } else if let Some(m) = ctx.names.iter().find(|m| {
        m.begin == base + off
            && matches!(m.hit, Hit::Country(_) | Hit::Demonym(_))
            // ("the United States Attorney for ...": an office of the gazetteer that opens
            // with the country's name is the office, not an owner in front of it)
            && !ctx
                .gaz
                .titles(&rest[off..])
                .iter()
                .any(|t| t.begin == 0 && t.end > m.end - m.begin)
    }) {
        let (Hit::Country(i) | Hit::Demonym(i)) = m.hit else {
            unreachable!()
        };
        country = Some(Fact::new(ctx.gaz.countries[i].name.clone(), Span::new(m.begin, m.end)));
        off = m.end - base;
        // "Fiji's", and "Solomon Islands'" with the apostrophe alone
        if rest[off..].starts_with("'s ") {
            off += 3;
        } else if rest[off..].starts_with("' ") {
            off += 2;
        } else if rest[off..].starts_with(' ') {
            off += 1;
        }
    }
    // "X, the organization's Executive Director": the body named last before the name owns
    // the office ("the ministry's" only a ministry).
    if org.is_none() && country.is_none() && lower[..off].ends_with("the ") {
        if let Some((noun, _)) = rest[off..].split_once("'s ") {
            if BODY_NOUNS.contains(&noun) {
                let last = orgs
                    .mentions
                    .iter()
                    .filter(|m| m.span.end < name_end && m.span.end + 600 > name_end)
                    .filter(|m| ctx.text[m.span.begin..].starts_with(char::is_uppercase))
                    .filter(|m| {
                        matches!(noun, "organization" | "organisation" | "agency" | "body")
                            || m.canonical.to_lowercase().contains(noun)
                    })
                    .max_by_key(|m| m.span.end);
                if let Some(m) = last {
                    org = Some(Fact::new(m.canonical.clone(), m.span));
                    off += noun.len() + 3;
                }
            }
        }
    }
    let tail = &rest[off..];
    // An owner the gazetteer does not know is no part of the office: "the Treasury's Acting
    // Under Secretary".
    let owner_len = tail
        .split_once("'s ")
        .filter(|(w, _)| !w.contains(' ') && w.starts_with(char::is_uppercase) && org.is_none() && country.is_none())
        .map_or(0, |(w, _)| w.len() + 3);
    let (off, tail) = (off + owner_len, &tail[owner_len..]);
    // The office may open with up to two modifiers: "National Director of", "regional head of".
    let m = ctx.gaz.titles(tail).into_iter().find(|m| {
        m.begin == 0
            || (m.begin <= 30
                && tail[..m.begin].split_whitespace().count() <= 2
                && tail[..m.begin]
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-'))
    });
    let Some(mut m) = m else {
        return (None, None, None);
    };
    if m.begin > 0 {
        m.begin = 0;
    }
    let tb = base + off;
    if let Some(owned) = remit_then_owner(ctx, orgs, tb, tb + m.end) {
        return (Some(owned.0), org.or(Some(owned.1)), country.or(owned.2));
    }
    // The appositive ends at punctuation or a clause word; the title's tail runs up to it.
    let stop = appositive_end(&tail[m.end..]).map(|e| tb + m.end + e);
    let Some(stop) = stop else {
        return (None, None, None);
    };
    let text = ctx.text;
    // "President and CEO of NCMEC": a second office after "and" makes one title with the
    // first, and names the organization of both.
    if let Some(after) = text[stop..].strip_prefix(" and ").map(|_| stop + 5) {
        let second = ctx.gaz.titles(&text[after..]).into_iter().find(|x| x.begin == 0);
        if let Some(t2) = second.filter(|_| starts_upper(&text[after..]) == starts_upper(&text[tb..])) {
            if let Some(e) = appositive_end(&text[after + t2.end..]) {
                let (t, o, c) = title_tail(ctx, orgs, after, after + t2.end, after + t2.end + e);
                let both = Fact::new(text[tb..t.span.end].to_string(), Span::new(tb, t.span.end));
                return (Some(both), org.or(o), country.or(c));
            }
        }
    }
    // "Director of Compliance and Facilitation at the World Customs Organization": an "and"
    // between capitalized words, when the office then names its organization, is inside it.
    if text[stop..].starts_with(" and ")
        && (text[stop + 5..].starts_with(char::is_uppercase) || text[stop + 5..].starts_with("the "))
    {
        let after = stop + 5;
        if let Some(e) = appositive_end(&text[after..]) {
            let (title, o, c) = title_tail(ctx, orgs, tb, tb + m.end, after + e);
            // or a remit that goes on past the "and" to a place: "for Southeast Asia and the
            // Pacific" (never to a name: "for Asia and Ivo Brandt")
            let to_place = text[after..].starts_with("the ")
                || ctx
                    .names
                    .iter()
                    .any(|n| n.begin == after && matches!(n.hit, Hit::Country(_) | Hit::Place(_)));
            // or a remit of office words on both sides: "for Terrorism and Financial
            // Intelligence" (never a name: "for Asia and Ivo Brandt")
            let remit = text[tb..stop].contains(" for ")
                && text[after..after + e]
                    .split_whitespace()
                    .all(|w| w.starts_with(char::is_uppercase) && ctx.gaz.is_generic(w));
            if o.is_some() || (title.span.end > stop && (to_place || remit)) {
                return (Some(title), org.or(o), country.or(c));
            }
        }
    }
    let (title, o, c) = title_tail(ctx, orgs, tb, tb + m.end, stop);
    // "Shri Anupam Deshmukh, Deputy Director General (Operations), NCB, said": the
    // organization in an appositive of its own after the office (a bracket inside it skipped).
    let o = o.or_else(|| {
        let mut at = stop;
        if let Some(r) = text[at..].strip_prefix(" (") {
            at += 2 + r.find(')')? + 1;
        } else if text[at..].starts_with(')') && text[tb..at].contains(" (") {
            at += 1;
        }
        let r = text[at..].strip_prefix(", ")?;
        let om = orgs.starting_at(at + 2)?;
        let after = &text[om.span.end..];
        (after.starts_with(", ")
            || after.starts_with(". ")
            || after.starts_with('.')
            || r.len() == om.span.end - om.span.begin)
            .then(|| Fact::new(om.canonical.clone(), om.span))
    });
    // "X, Director of Police, Serbia" in a list of delegations: a country that closes the
    // entry after the office (or after the office's organization) is the person's.
    let from = o.as_ref().map_or(stop, |o| o.span.end);
    let c = c.or_else(|| country_closing_entry(ctx, from));
    (Some(title), org.or(o), country.or(c))
}

/// A country at `at` that closes a list entry or sentence: ", Serbia" or " of Bosnia and
/// Herzegovina" before the end of the line, or a country in brackets ("(Kosovo*)"), after
/// an acronym in brackets that is skipped ("(DCPB) of ...").
fn country_closing_entry(ctx: &Ctx<'_>, at: usize) -> Option<Fact<String>> {
    let text = ctx.text;
    let mut at = at;
    if let Some(r) = text[at..].strip_prefix(" (") {
        let close = r.find(')').filter(|&c| c <= 12)?;
        let inner = r[..close].trim_end_matches('*');
        if let Some(i) = ctx.gaz.country(inner) {
            let b = at + 2;
            return Some(Fact::new(
                ctx.gaz.countries[i].name.clone(),
                Span::new(b, b + inner.len()),
            ));
        }
        at += 2 + close + 1;
    }
    let b = at + [", ", " of "].iter().find(|p| text[at..].starts_with(**p))?.len();
    let (i, n) = ctx.names.iter().find_map(|n| match n.hit {
        Hit::Country(i) if n.begin == b => Some((i, n)),
        _ => None,
    })?;
    let after = text[n.end..].trim_start_matches([' ', '*', '\t']);
    let closes = after.is_empty()
        || after.starts_with(['\n', ';'])
        || (after.starts_with('.') && !after[1..].starts_with(char::is_alphanumeric));
    closes.then(|| Fact::new(ctx.gaz.countries[i].name.clone(), Span::new(n.begin, n.end)))
}

/// An office, its organization, and the country when one is given.
type OwnedTitle = (Fact<String>, Fact<String>, Option<Fact<String>>);

/// "Deputy Secretary General (Policy and Control) of Kenya's Ministry of Home Affairs":
/// the office `[tb, te)`, a short remit in brackets, then "of" or "at" and the owner (with
/// the country whose it is).
fn remit_then_owner(ctx: &Ctx<'_>, orgs: &Orgs, tb: usize, te: usize) -> Option<OwnedTitle> {
    let text = ctx.text;
    let r = text[te..].strip_prefix(" (")?;
    let close = r.find(')').filter(|&c| c <= 40 && !r[..c].contains(['(', ',', '.']))?;
    let after = te + 2 + close + 1;
    let rest = text[after..]
        .strip_prefix(" of ")
        .or_else(|| text[after..].strip_prefix(" at "))?;
    let mut at = after + 4 + if rest.starts_with("the ") { 4 } else { 0 };
    let mut country = None;
    if let Some(n) = ctx
        .names
        .iter()
        .find(|n| n.begin == at && matches!(n.hit, Hit::Country(_)) && text[n.end..].starts_with("'s "))
    {
        country = country_ending_at(ctx, n.end);
        at = n.end + 3;
    }
    let o = orgs.starting_at(at)?;
    Some((
        Fact::new(text[tb..te].to_string(), Span::new(tb, te)),
        Fact::new(o.canonical.clone(), o.span),
        country,
    ))
}

/// "Compliance and Facilitation at the World Customs Organization" in `[from, to)`: a
/// portfolio of capitalized words, then "at" (or "with") and an organization; returns where
/// the portfolio ends and the organization.
fn portfolio_at_org<'o>(text: &str, orgs: &'o Orgs, from: usize, to: usize) -> Option<(usize, &'o OrgMention)> {
    remit_at_org(
        text,
        orgs,
        from,
        to,
        &[" at the ", " at ", " with the ", " with "],
        capitalized_words,
    )
}

/// A remit in `[from, to)` whose words pass `words`, then one of `preps` and an
/// organization: where the remit ends and the organization.
fn remit_at_org<'o>(
    text: &str,
    orgs: &'o Orgs,
    from: usize,
    to: usize,
    preps: &[&str],
    words: fn(&str) -> bool,
) -> Option<(usize, &'o OrgMention)> {
    preps.iter().find_map(|p| {
        let i = text[from..to].find(p)?;
        let o = orgs.starting_at(from + i + p.len())?;
        words(&text[from..from + i]).then_some((from + i, o))
    })
}

/// "tobacco and counterfeit goods at OLAF" from `from`: up to six lower-case words (no
/// punctuation between them), then "at", "of" or "with" (and "the") and an organization
/// before the next punctuation; returns the organization.
fn lower_remit_owner(text: &str, orgs: &Orgs, from: usize) -> Option<Fact<String>> {
    // (the appositive's limit stops at "and", which a remit may hold: run to its comma)
    let limit = from
        + text[from..]
            .find([',', '.', ';', ')', '\n'])
            .unwrap_or(text.len() - from);
    let lower_words = |r: &str| {
        let n = r.split(' ').count();
        !r.is_empty()
            && n <= 6
            && r.split(' ')
                .all(|w| !w.is_empty() && w.chars().all(|c| c.is_lowercase() || c == '-'))
    };
    let preps = [" at the ", " at ", " of the ", " of ", " with the ", " with "];
    remit_at_org(text, orgs, from, limit, &preps, lower_words)
        .filter(|(_, o)| o.span.end <= limit)
        .map(|(_, o)| Fact::new(o.canonical.clone(), o.span))
}

/// Where an appositive title ends: at `,`, `.`, `;`, `)` or before "who", "said", "and".
fn appositive_end(s: &str) -> Option<usize> {
    let mut best = None;
    for stop in [
        ",", ".", ";", ")", " who ", " said", " says", " and ", " added", " told", " has ", " had ", " was ", " is ",
        " will ",
    ] {
        if let Some(i) = s.find(stop) {
            best = Some(best.map_or(i, |b: usize| b.min(i)));
        }
    }
    if s.trim().is_empty() {
        return Some(s.len());
    }
    // "– Julien Desrosiers, Minister of Public Safety": an attribution line ends with the
    // office, whose capitalized tail runs to the end of the sentence.
    let t = s.trim_end();
    if best.is_none()
        && t.len() <= 90
        && t.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase)
                || matches!(w, "of" | "the" | "for" | "and" | "on" | "in" | "to" | "de" | "du")
        })
    {
        return Some(t.len());
    }
    best.filter(|&b| b <= 90)
}

/// Reads a title from `[tb, te)` and its "of ..." tail up to `limit`: an organization in
/// the tail becomes the owner and leaves the title; any other tail stays in the title.
fn title_tail(
    ctx: &Ctx<'_>,
    orgs: &Orgs,
    tb: usize,
    te: usize,
    limit: usize,
) -> (Fact<String>, Option<Fact<String>>, Option<Fact<String>>) {
    let text = ctx.text;
    // "Deputy Commander-in-Chief", "Director-General": a hyphenated continuation is part of
    // the office.
    let te = if text[te..limit].starts_with('-') {
        let rest = &text[te..limit];
        te + rest
            .find(|c: char| !(c.is_alphanumeric() || c == '-'))
            .unwrap_or(rest.len())
    } else {
        te
    };
    let tail = &text[te..limit];
    let mut org = None;
    let mut country = None;
    let mut title_end = te;
    for p in [" at the ", " at ", " with the ", " with ", " for the ", " for "] {
        if let Some(o) = tail.strip_prefix(p).and_then(|_| orgs.starting_at(te + p.len())) {
            org = Some(Fact::new(o.canonical.clone(), o.span));
        }
    }
    // "Commissioner of Customs and Border Control at the Kenya Revenue Authority": the office
    // found ends inside a portfolio that goes on with "and", then names its organization.
    if org.is_none() && tail.starts_with(" and ") {
        if let Some((end, o)) = portfolio_at_org(text, orgs, te + 5, limit) {
            let t = text[tb..end].trim().to_string();
            return (
                Fact::new(t, Span::new(tb, end)),
                Some(Fact::new(o.canonical.clone(), o.span)),
                None,
            );
        }
    }
    // "Regional Representative for Southeast Asia and the Pacific": a remit of capitalized
    // words after "for", when no organization starts there, is part of the office.
    if org.is_none() {
        if let Some(rest) = tail.strip_prefix(" for ") {
            let mut e = None;
            let mut owner = None;
            let mut at = te + 5;
            for w in rest.split(' ') {
                let word = w.trim_end_matches([',', '.', ';', ':']);
                // "for Crime Detection of the South African Police Service": the
                // organization after "of" owns the office and ends the remit
                // (or after "at": "Deputy Director for Enforcement at the WCO")
                if matches!(word, "of" | "at") {
                    let ob = at + word.len() + 1;
                    let ob = if text[ob..].starts_with("the ") { ob + 4 } else { ob };
                    if let Some(o) = orgs.starting_at(ob) {
                        owner = Some(Fact::new(o.canonical.clone(), o.span));
                        break;
                    }
                }
                if starts_upper(word) && word.chars().all(|c| c.is_alphabetic() || c == '-') {
                    e = Some(at + word.len());
                } else if !matches!(word, "and" | "the" | "of") {
                    // "spokesman for the Hamburg office", "for the Dutch prosecutors", "for
                    // the Federal Prosecutor's Office": the capitalized words describe a body
                    // that goes on, not a remit.
                    let body_goes_on = e == Some(at.saturating_sub(1))
                        && (word.contains(['\'', '\u{2019}'])
                            || (word.starts_with(char::is_lowercase) && ctx.gaz.is_generic(word)));
                    if body_goes_on {
                        e = None;
                    }
                    // "Head of Unit for tobacco and counterfeit goods at OLAF": a remit in
                    // lower-case words, then "at" (or "of", "with") and an organization,
                    // which owns the office; the remit stays out of the title.
                    if e.is_none() && word.starts_with(char::is_lowercase) {
                        if let Some(o) = lower_remit_owner(text, orgs, at) {
                            return (
                                Fact::new(text[tb..te].trim().to_string(), Span::new(tb, te)),
                                Some(o),
                                None,
                            );
                        }
                    }
                    break;
                }
                if word.len() != w.len() {
                    break;
                }
                at += w.len() + 1;
            }
            if let Some(e) = e {
                let t = text[tb..e].trim().to_string();
                return (Fact::new(t, Span::new(tb, e)), owner, None);
            }
        }
    }
    // "Exchequer Secretary to the Treasury", "ambassador to Kenya": a tail of capitalized
    // words after "to" is the office's, whatever it names (the posting is not the person's
    // country).
    if let Some(rest) = tail.strip_prefix(" to ").filter(|_| org.is_none()) {
        let posting = rest.trim_end_matches([',', '.', ';', ':', ' ']);
        let last = posting.rsplit(' ').next().unwrap_or("");
        if capitalized_words(posting) && starts_upper(last) {
            let e = te + 4 + posting.len();
            return (Fact::new(text[tb..e].to_string(), Span::new(tb, e)), None, None);
        }
    }
    if let Some(rest) = tail.strip_prefix(" of ") {
        let mut ob = te + 4;
        if rest.starts_with("the ") {
            ob += 4;
        }
        let rest_end = limit;
        // "Head of the Europe and Central Asia Division at DCAF": a division of its own
        // name, then the body it is part of; the division is the office's, the body owns it.
        let unit_of_body = orgs.starting_at(ob).filter(|o| o.gaz.is_none()).and_then(|o| {
            let last = text[o.span.begin..o.span.end].rsplit(' ').next().unwrap_or("");
            if !super::organization::SUB_UNITS.contains(&last.to_lowercase().as_str()) {
                return None;
            }
            let after = &text[o.span.end..];
            let skip = [" at the ", " at ", " of the ", " of "]
                .iter()
                .find(|p| after.starts_with(**p))?
                .len();
            orgs.starting_at(o.span.end + skip).map(|outer| (o.span.end, outer))
        });
        if let Some((unit_end, outer)) = unit_of_body {
            let t = text[tb..unit_end].trim().to_string();
            return (
                Fact::new(t, Span::new(tb, unit_end)),
                Some(Fact::new(outer.canonical.clone(), outer.span)),
                None,
            );
        }
        // ("Director of the White House Office of National Drug Control Policy": up to two
        // capitalized words before the organization)
        let owned_after = || {
            let mut at = ob;
            for _ in 0..2 {
                let w = text.get(at..rest_end)?.split(' ').next()?;
                if !(starts_upper(w) && w.chars().all(char::is_alphabetic)) {
                    return None;
                }
                at += w.len() + 1;
                if let Some(o) = orgs.starting_at(at).filter(|o| o.span.end <= rest_end) {
                    return Some(o);
                }
            }
            None
        };
        if let Some(o) = orgs.starting_at(ob).or_else(owned_after) {
            org = Some(Fact::new(o.canonical.clone(), o.span));
        } else if let Some(m) = ctx
            .names
            .iter()
            .find(|m| m.begin == ob && matches!(m.hit, Hit::Country(_)))
        {
            let Hit::Country(i) = m.hit else { unreachable!() };
            country = Some(Fact::new(ctx.gaz.countries[i].name.clone(), Span::new(m.begin, m.end)));
            // "Director-General of Brazil's Polícia Federal"
            if text[m.end..].starts_with("'s ") {
                if let Some(o) = orgs.starting_at(m.end + 3) {
                    org = Some(Fact::new(o.canonical.clone(), o.span));
                }
            }
        } else {
            // "Director of Compliance and Facilitation at the World Customs Organization": a
            // portfolio of capitalized words, then "at" (or "with") and an organization. The
            // portfolio stays in the title, the organization owns it.
            if let Some((end, o)) = portfolio_at_org(text, orgs, ob, rest_end) {
                let t = text[tb..end].trim().to_string();
                return (
                    Fact::new(t, Span::new(tb, end)),
                    Some(Fact::new(o.canonical.clone(), o.span)),
                    None,
                );
            }
            // "of Public Security", "of Police Services", "of the federal judicial police"
            let words_end = text[ob..rest_end].trim_end().len() + ob;
            // "X, Greece's Minister of Citizen Protection, called": a portfolio of capitalized
            // words closed by a comma and a lower-case word holds no name to swallow.
            // (five words fit in 100 bytes: no need to look further for the comma)
            let closed = text[ob..]
                .bytes()
                .take(100)
                .position(|b| b == b',')
                .map(|c| ob + c)
                .filter(|&c| {
                    let words: Vec<&str> = text[ob..c].split(' ').collect();
                    words.len() <= 5
                        && words.iter().all(|w| {
                            starts_upper(w) && w.chars().all(|c| c.is_alphabetic() || c == '-')
                                || matches!(*w, "and" | "of" | "the" | "for")
                        })
                        && text[c + 1..].trim_start().starts_with(|ch: char| ch.is_lowercase())
                        && !orgs.mentions.iter().any(|o| o.span.begin < c && ob < o.span.end)
                        // (past the title's limit only over an "and" inside the office:
                        // never "Lieutenant General of Police |Andrei Khrapov, head of ...")
                        && (c <= rest_end || text[rest_end..].starts_with(" and "))
                });
            if let Some(c) = closed.filter(|_| org.is_none()) {
                let t = text[tb..c].trim().to_string();
                return (Fact::new(t, Span::new(tb, c)), None, None);
            }
            // Never swallow a name: stop at the last lower-case or generic word.
            let mut e = ob;
            for w in text[ob..words_end].split(' ') {
                let wb = e;
                let we = wb + w.len();
                if w.is_empty() {
                    break;
                }
                // "Head of Operations at AFRIPOL", "superintendent at the KNPA's bureau"
                if matches!(w, "at" | "with" | "in" | "for") {
                    let mut nb = we + 1;
                    if text[nb.min(words_end)..].starts_with("the ") {
                        nb += 4;
                    }
                    if let Some(o) = orgs.starting_at(nb) {
                        org = Some(Fact::new(o.canonical.clone(), o.span));
                        break;
                    }
                }
                let cap = starts_upper(w);
                if cap && !ctx.gaz.is_generic(w.trim_end_matches("'s")) {
                    break;
                }
                e = we + 1;
                let _ = wb;
            }
            title_end = (e.saturating_sub(1)).max(te).min(words_end);
            // "Controller of the Federal Operations Unit Zone A of the Nigeria Customs
            // Service": a unit that is no organization of its own, then the owner.
            if org.is_none() {
                org = text[ob..rest_end].match_indices(" of ").find_map(|(i, _)| {
                    let at = ob + i + 4;
                    let at = if text[at..].starts_with("the ") { at + 4 } else { at };
                    orgs.starting_at(at).map(|o| Fact::new(o.canonical.clone(), o.span))
                });
            }
            if text[te..title_end].trim() == "of"
                || text[te..title_end].trim().ends_with(" of")
                || text[te..title_end].trim().ends_with(" the")
            {
                title_end = te;
            }
        }
    }
    let t = text[tb..title_end].trim().to_string();
    (Fact::new(t, Span::new(tb, title_end)), org, country)
}

/// The body a titled person speaks for or leads, named around the name: "For EMSA,
/// Executive Director X said"; "Australian Federal Police (AFP), led by Deputy
/// Commissioner X"; "| Singapore | Commissioner of Police X, Singapore Police Force |", a
/// body alone in the appositive that closes the entry. `[begin, end)` is the name (with
/// its office before it), `s_begin` the sentence's start.
fn body_around_name(ctx: &Ctx<'_>, orgs: &Orgs, s_begin: usize, begin: usize, end: usize) -> Option<Fact<String>> {
    let text = ctx.text;
    let before_name = |x: &&OrgMention| x.span.begin >= s_begin && x.span.end < begin;
    let speaks_for = || {
        orgs.mentions.iter().filter(before_name).find(|x| {
            FOR_BEFORE.is_match(&text[s_begin..x.span.begin])
                && text[x.span.end..begin].strip_prefix(", ").is_some_and(|t| {
                    t.split_whitespace()
                        .all(|w| w.starts_with(char::is_uppercase) || matches!(w, "of" | "the" | "for" | "and"))
                })
        })
    };
    let led = || {
        orgs.mentions
            .iter()
            .filter(before_name)
            .find(|x| LED_BY.is_match(&text[x.span.end..begin]))
    };
    let closing = || {
        let o = text[end..].strip_prefix(", ").and_then(|_| orgs.starting_at(end + 2))?;
        let mut after = &text[o.span.end..];
        if let Some((acr, r)) = after.strip_prefix(" (").and_then(|r| r.split_once(')')) {
            if acr.len() <= 12 && !acr.contains(' ') {
                after = r;
            }
        }
        let after = after.trim_start_matches([' ', '\t', '|']);
        (after.is_empty() || after.starts_with('\n')).then_some(o)
    };
    speaks_for()
        .or_else(led)
        .or_else(closing)
        .map(|x| Fact::new(x.canonical.clone(), x.span))
}

/// "of North Macedonia" inside the office `span`, ending it or before "to" or "and": the
/// country the office is held for (not "of Colombia" inside "National Police of Colombia").
fn country_in_office(ctx: &Ctx<'_>, orgs: &Orgs, span: Span) -> Option<Fact<String>> {
    let text = ctx.text;
    ctx.names.iter().find_map(|n| {
        let Hit::Country(i) = n.hit else { return None };
        let inside = n.begin >= span.begin + 4 && n.end <= span.end;
        if !inside || !text[..n.begin].ends_with(" of ") {
            return None;
        }
        let after = &text[n.end..span.end];
        let closes = after.is_empty() || after.starts_with(" to ") || after.starts_with(" and ");
        let in_org = orgs
            .mentions
            .iter()
            .any(|m| m.span.begin < n.end && n.begin < m.span.end);
        (closes && !in_org).then(|| Fact::new(ctx.gaz.countries[i].name.clone(), Span::new(n.begin, n.end)))
    })
}

/// The article's organization an office is named after: a "Director General of X" heads
/// the "General Directorate of X" (or "Directorate General of X"), a "General Commander"
/// the "General Command", a "Director of X" the "Directorate of X".
fn body_of_office(orgs: &Orgs, office: &str) -> Option<String> {
    let mut names = Vec::new();
    if let Some(x) = office.strip_prefix("Director General of ") {
        names.push(format!("General Directorate of {x}"));
        names.push(format!("Directorate General of {x}"));
    } else if let Some(x) = office.strip_prefix("Director of ") {
        names.push(format!("Directorate of {x}"));
    }
    if let Some(x) = office.strip_suffix("Commander") {
        names.push(format!("{x}Command"));
    }
    names.iter().find_map(|n| orgs.named(n)).map(|i| i.canonical.clone())
}

/// "Reggio Calabria Chief Prosecutor X": the capitalized words (up to three) right before
/// the office name a place, and the article names exactly one body whose name holds that
/// place and the office's last word ("the Reggio Calabria Public Prosecutor's Office").
fn place_body(orgs: &Orgs, s_begin: usize, before: &str, office: &str) -> Option<Fact<String>> {
    let head = office.rsplit(' ').next()?;
    if head.len() < 6 {
        return None;
    }
    let b = before.trim_end();
    let mut from = b.len();
    for _ in 0..3 {
        let start = b[..from].trim_end().rfind(' ').map_or(0, |i| i + 1);
        let w = b[start..from].trim_end();
        if w.is_empty() || !w.starts_with(char::is_uppercase) || !w.chars().all(|c| c.is_alphabetic() || c == '-') {
            break;
        }
        from = start;
    }
    let place = &b[from..];
    if place.is_empty() {
        return None;
    }
    let place_words: Vec<&str> = place.split(' ').collect();
    let has = |name: &str| {
        let words: Vec<&str> = name.split(' ').collect();
        words.windows(place_words.len()).any(|w| w == place_words.as_slice())
            && words
                .iter()
                .any(|w| w.trim_end_matches("'s").trim_end_matches('\u{2019}') == head)
    };
    let mut found = orgs
        .infos
        .iter()
        .filter(|i| has(&i.canonical) || i.aliases.iter().any(|a| has(a)));
    let one = found.next()?;
    if found.next().is_some() {
        return None;
    }
    Some(Fact::new(
        one.canonical.clone(),
        Span::new(s_begin + from, s_begin + b.len()),
    ))
}

/// The organization or country in front of a title: "INTERPOL", "INTERPOL's", "the
/// NCA's", "Austria's", "Belgian".
fn owner_before(
    ctx: &Ctx<'_>,
    orgs: &Orgs,
    s_begin: usize,
    before: &str,
) -> (Option<Fact<String>>, Option<Fact<String>>) {
    let b = before.trim_end();
    // ("Seychelles' Minister", "the Maldives' Minister": a name that ends in s takes an
    // apostrophe alone)
    let b = b
        .strip_suffix("'s")
        .or_else(|| b.strip_suffix("\u{2019}s"))
        .or_else(|| b.strip_suffix(['\'', '\u{2019}']).filter(|r| r.ends_with('s')))
        .unwrap_or(b);
    // "Ghana's National Drugs Agency (NDA) Director General": the acronym in brackets
    // after the owner's name
    let b = match b.strip_suffix(')').and_then(|r| r.rfind(" (")) {
        Some(open) if b.len() - open <= 14 => &b[..open],
        _ => b,
    };
    let end = s_begin + b.len();
    if let Some(o) = orgs.mentions.iter().find(|m| m.span.end == end) {
        // "Ghana's National Drugs Agency": the country that owns the organization
        let own = ctx.text[..o.span.begin]
            .strip_suffix("'s ")
            .filter(|r| r.len() > s_begin)
            .and_then(|r| country_ending_at(ctx, r.len()));
        return (Some(Fact::new(o.canonical.clone(), o.span)), own);
    }
    // "The World Customs Organization (WCO) was represented, and its Secretary General":
    // "its" is the organization named last before it in the sentence
    if b == "its" || b == "Its" || b.ends_with(" its") || b.ends_with(" Its") {
        let its = end - 3;
        if let Some(o) = orgs
            .mentions
            .iter()
            .filter(|m| m.span.begin >= s_begin && m.span.end <= its)
            .filter(|m| ctx.text[m.span.begin..].starts_with(char::is_uppercase))
            .max_by_key(|m| m.span.end)
        {
            return (Some(Fact::new(o.canonical.clone(), o.span)), None);
        }
    }
    (None, country_ending_at(ctx, end))
}

/// A lower-case word of time or order before an office: "new", "former", "first", "21st".
fn is_time_or_order(w: &str) -> bool {
    matches!(
        w,
        "new" | "former" | "outgoing" | "incoming" | "current" | "then" | "acting" | "interim" | "last" | "previous"
    ) || super::event::ordinal_value(w).is_some()
}

/// The country (or demonym) whose name ends at `end`, as a fact.
fn country_ending_at(ctx: &Ctx<'_>, end: usize) -> Option<Fact<String>> {
    let m = ctx
        .names
        .iter()
        .find(|m| m.end == end && matches!(m.hit, Hit::Country(_) | Hit::Demonym(_)))?;
    let (Hit::Country(i) | Hit::Demonym(i)) = m.hit else {
        return None;
    };
    Some(Fact::new(ctx.gaz.countries[i].name.clone(), Span::new(m.begin, m.end)))
}

#[cfg(test)]
mod tests {
    use super::super::{organization, Ctx};
    use super::*;

    type Row = (String, Option<String>, Option<String>, Option<String>);

    fn people(t: &str) -> Vec<Row> {
        let ctx = Ctx::new(t, None);
        let orgs = organization::detect(&ctx);
        detect(&ctx, &orgs)
            .into_iter()
            .filter(|m| m.confirmed)
            .map(|m| {
                (
                    m.name,
                    m.title.map(|f| f.value),
                    m.org.map(|f| f.value),
                    m.country.map(|f| f.value),
                )
            })
            .collect()
    }

    fn p(
        n: &str,
        t: Option<&str>,
        o: Option<&str>,
        c: Option<&str>,
    ) -> (String, Option<String>, Option<String>, Option<String>) {
        (n.into(), t.map(Into::into), o.map(Into::into), c.map(Into::into))
    }

    #[test]
    fn a_place_before_the_office_names_the_body_of_that_place() {
        let t = "The Lyon Public Prosecutor's Office and the Graz Public Prosecutor's Office led it. \
                 Lyon Chief Prosecutor Ana Ruiz said so, and Graz Chief Prosecutor Ivo Brandt agreed.";
        let got = people(t);
        assert!(
            got.contains(&p(
                "Ana Ruiz",
                Some("Chief Prosecutor"),
                Some("Lyon Public Prosecutor's Office"),
                None
            )),
            "{got:?}"
        );
        assert!(
            got.contains(&p(
                "Ivo Brandt",
                Some("Chief Prosecutor"),
                Some("Graz Public Prosecutor's Office"),
                None
            )),
            "{got:?}"
        );
        // no body of that place named after the office: no organization
        let got = people("The Lyon Police led it. Graz Chief Prosecutor Ivo Brandt said so.");
        assert!(
            got.contains(&p("Ivo Brandt", Some("Chief Prosecutor"), None, None)),
            "{got:?}"
        );
    }

    #[test]
    fn a_country_whose_name_ends_in_s_owns_an_office_with_an_apostrophe() {
        let got = people("Seychelles' Minister of Defence, Ivo Brandt, said so.");
        assert!(
            got.contains(&p("Ivo Brandt", Some("Minister of Defence"), None, Some("Seychelles"))),
            "{got:?}"
        );
        let got = people("The Philippines\u{2019} Secretary of Justice, Ana Ruiz, said so.");
        assert!(
            got.contains(&p("Ana Ruiz", Some("Secretary of Justice"), None, Some("Philippines"))),
            "{got:?}"
        );
    }

    #[test]
    fn an_office_with_an_of_tail_before_a_rank_is_no_word_of_the_rank() {
        let got = people("Deputy Minister of Harbour Security Senior Colonel Ivo Brandt visited Vela.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Senior Colonel"), "{got:?}");
    }

    #[test]
    fn a_suspects_place_in_a_gang_is_no_office() {
        let got = people("Police said the alleged head of the group, Ivo Brandt, 61, ran it from Vela.");
        assert!(got.is_empty(), "{got:?}");
        let got = people("Officers caught the leader of the smuggling network, Ivo Brandt, in Vela.");
        assert!(got.is_empty(), "{got:?}");
        let got = people("In a statement, the head of Europol, Zara Quell, said more.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn a_rank_in_a_quoted_nickname_is_no_office() {
        let ctx = Ctx::new(
            "Police seek a smuggler known as \"Colonel Brisk\", and Major Anna Holt of the army said so.",
            None,
        );
        let orgs = super::super::organization::detect(&ctx);
        let got: Vec<String> = detect(&ctx, &orgs).into_iter().map(|m| m.name).collect();
        assert!(!got.iter().any(|n| n.contains("Brisk")), "{got:?}");
        assert!(got.iter().any(|n| n == "Anna Holt"), "{got:?}");
    }

    #[test]
    fn words_of_time_or_order() {
        for w in ["new", "first", "21st", "3rd"] {
            assert!(is_time_or_order(w), "{w}");
        }
        // (a word of multibyte characters is cut at no byte inside one)
        for w in ["€", "€€", "th", "x€", "ünd", "senior"] {
            assert!(!is_time_or_order(w), "{w}");
        }
    }

    #[test]
    fn an_office_elect_is_no_name() {
        let got = people("\"We will deliver,\" said the Secretary General-elect after the vote.");
        assert!(got.is_empty(), "{got:?}");
        let got = people("\"We will deliver,\" said the Director-designate, Ana Ruiz.");
        assert!(got.iter().all(|r| !r.0.contains("designate")), "{got:?}");
    }

    #[test]
    fn an_office_then_was_names_its_holder() {
        assert_eq!(
            people("Europol's first Executive Director was Jürgen Storbeck, who led it until 2004."),
            vec![p("Jürgen Storbeck", Some("Executive Director"), Some("Europol"), None)]
        );
        // "was" after no office says nothing
        assert!(people("The winner was Jürgen Storbeck.").is_empty());
    }

    #[test]
    fn an_office_given_in_a_who_clause() {
        let got = people("Mr Ruiz succeeds Ms Halvorsen, who has led Europol as Executive Director since 2020.");
        assert!(
            got.iter().any(|r| r.0 == "Halvorsen"
                && r.1.as_deref() == Some("Executive Director")
                && r.2.as_deref() == Some("Europol")),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_between_commas_before_a_speech_verb() {
        let got = people("The Agency's Fundamental Rights Officer, Ilse Marken, said the rules were clear.");
        assert!(
            got.iter()
                .any(|r| r.0 == "Ilse Marken" && r.1.as_deref() == Some("Fundamental Rights Officer")),
            "{got:?}"
        );
        let got = people("The report's author, Ilse Marken, said the rules were clear.");
        assert!(got.iter().any(|r| r.0 == "Ilse Marken"), "{got:?}");
    }

    #[test]
    fn title_before_with_organization() {
        assert_eq!(
            people("INTERPOL Secretary General Jürgen Stock said it."),
            vec![p("Jürgen Stock", Some("Secretary General"), Some("INTERPOL"), None)]
        );
    }

    #[test]
    fn a_remit_after_for_is_part_of_the_office() {
        assert_eq!(
            people("Ana Ruiz, Regional Representative for Southeast Asia and the Pacific, said so."),
            vec![p(
                "Ana Ruiz",
                Some("Regional Representative for Southeast Asia and the Pacific"),
                None,
                None
            )]
        );
        // never up to a name
        assert_eq!(
            people("Ana Ruiz, Regional Representative for Asia and Ivo Brandt, head of unit, said so.")[0].1,
            Some("Regional Representative for Asia".to_string())
        );
        // an organization after an "of" in the remit owns the office
        assert_eq!(
            people("Ana Ruiz, Deputy Commissioner for Crime Detection of Europol, said so."),
            vec![p(
                "Ana Ruiz",
                Some("Deputy Commissioner for Crime Detection"),
                Some("Europol"),
                None
            )]
        );
        // and so does one after "at"
        assert_eq!(
            people("Ana Ruiz, Deputy Head for Analysis at Europol, spoke."),
            vec![p("Ana Ruiz", Some("Deputy Head for Analysis"), Some("Europol"), None)]
        );
        // an organization after "for" owns the office instead
        assert_eq!(
            people("Ana Ruiz, Regional Representative for Europol, said so."),
            vec![p("Ana Ruiz", Some("Regional Representative"), Some("Europol"), None)]
        );
        // capitalized words that describe a body named on with a lower-case noun, or a
        // possessive, are no remit
        for t in [
            "\"We are done,\" said Ana Ruiz, a spokeswoman for the Zorvian prosecutors.",
            "\"We are done,\" said Ana Ruiz, a spokeswoman for the Lisbon office.",
            "\"We are done,\" Ana Ruiz, spokeswoman for the Federal Ombudsman's Office, told reporters.",
        ] {
            let got = people(t);
            assert!(
                got[0]
                    .1
                    .as_deref()
                    .is_some_and(|x| x.eq_ignore_ascii_case("spokeswoman")),
                "{t}: {got:?}"
            );
        }
    }

    #[test]
    fn a_lower_case_remit_then_at_an_organization() {
        assert_eq!(
            people("Maria Lind, Head of Unit for fuel and alcohol fraud at OLAF, said the cases were linked."),
            vec![p(
                "Maria Lind",
                Some("Head of Unit"),
                Some("European Anti-Fraud Office"),
                None
            )]
        );
        // no organization after the remit: the office alone, no owner
        assert_eq!(
            people("Maria Lind, Head of Unit for fuel and alcohol fraud, said the cases were linked."),
            vec![p("Maria Lind", Some("Head of Unit"), None, None)]
        );
    }

    #[test]
    fn later_entries_of_a_table_row_and_a_portfolio_list_after_a_comma() {
        // (a table row as the Markdown reader writes it)
        let t = "The ministers met.\n\n- Fiji ; Ann Lee, Minister of Public Safety; Tom Cole, Minister of \
                 Immigration, Refugees and Citizenship\n";
        let got = people(t);
        let names: Vec<&str> = got.iter().map(|r| r.0.as_str()).collect();
        // "Refugees" between a comma and "and Citizenship" is a portfolio, not a name
        assert_eq!(names, vec!["Ann Lee", "Tom Cole"], "{got:?}");
        // the row's country is the second person's too
        assert!(got.iter().all(|r| r.3.as_deref() == Some("Fiji")), "{got:?}");
        // "Atty." is an honorific, not a name
        let got = people("The incoming Co-Chair, Atty. Matthew M. David, Executive Director of the Council, spoke.");
        assert_eq!(
            got.iter().map(|r| r.0.as_str()).collect::<Vec<_>>(),
            vec!["Matthew M. David"]
        );
    }

    #[test]
    fn a_portfolio_then_at_an_organization() {
        assert_eq!(
            people(
                "Ana Ruiz, Director of Compliance and Facilitation at the World Customs Organization (WCO), said so."
            ),
            vec![p(
                "Ana Ruiz",
                Some("Director of Compliance and Facilitation"),
                Some("World Customs Organization"),
                None
            )]
        );
    }

    #[test]
    fn an_owner_before_a_lower_case_office_and_a_rank() {
        let t = "The Nature Protection Service (SEPRONA) led it.\n\nSEPRONA chief Colonel Ana Ruiz explained it.";
        let got = people(t);
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Ana Ruiz");
        assert_eq!(got[0].2.as_deref(), Some("Nature Protection Service"), "{got:?}");
    }

    #[test]
    fn an_office_that_goes_on_with_and_then_at_an_organization() {
        assert_eq!(
            people("In Kenya, the Commissioner of Customs and Border Control at the Kenya Revenue Authority, Ann Mwangi, said so."),
            vec![p(
                "Ann Mwangi",
                Some("Commissioner of Customs and Border Control"),
                Some("Kenya Revenue Authority"),
                None
            )]
        );
    }

    #[test]
    fn an_office_that_goes_on_with_and_before_the_name() {
        assert_eq!(
            people("Kenya's Commissioner of Customs and Border Control, Ann Mwangi, said so."),
            vec![p(
                "Ann Mwangi",
                Some("Commissioner of Customs and Border Control"),
                None,
                Some("Kenya")
            )]
        );
        // not without the comma that ends the office
        let got = people("Minister of Justice and Ivo Brandt said so.");
        assert!(
            !got.iter().any(|r| r.1.as_deref().is_some_and(|t| t.contains("Ivo"))),
            "{got:?}"
        );
    }

    #[test]
    fn a_list_of_portfolios_is_one_office() {
        assert_eq!(
            people(
                "On Tuesday, Kenya's Minister of Home Affairs, Immigration, Safety and Security, Ann Mwangi, said so."
            ),
            vec![p(
                "Ann Mwangi",
                Some("Minister of Home Affairs, Immigration, Safety and Security"),
                None,
                Some("Kenya")
            )]
        );
    }

    #[test]
    fn two_words_before_an_office_are_part_of_it() {
        assert_eq!(
            people("Deputy National Commissioner Lerato Dube said the unit grew."),
            vec![p("Lerato Dube", Some("Deputy National Commissioner"), None, None)]
        );
        // a country before them is the owner, not part of the office
        assert_eq!(
            people("Kenya Deputy Regional Commander Ivo Brandt said so."),
            vec![p("Ivo Brandt", Some("Deputy Regional Commander"), None, Some("Kenya"))]
        );
    }

    #[test]
    fn title_with_tail_and_country() {
        assert_eq!(
            people("Addressing them, Austria's Director General of Public Security Konrad Kogler said: \"Yes.\""),
            vec![p(
                "Konrad Kogler",
                Some("Director General of Public Security"),
                None,
                Some("Austria")
            )]
        );
    }

    #[test]
    fn a_title_complement_joined_by_and_is_not_part_of_the_name() {
        let got = people("\"We thank them,\" said Customs Director of Compliance and Facilitation Orla Brennick.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Orla Brennick");
        // a name before "and" keeps the next person's first name
        let got = people("Minister of Justice Tam Veidt and Mary Ann Colvey, the Commissioner, spoke.");
        assert!(got.iter().any(|r| r.0 == "Mary Ann Colvey"), "{got:?}");
    }

    #[test]
    fn appositive_title_after_name() {
        assert_eq!(
            people("Zara Quell, Executive Director of Europol, said the work goes on."),
            vec![p("Zara Quell", Some("Executive Director"), Some("Europol"), None)]
        );
        // a division of a body: the division is the office's, the body the organization
        let got = people("Ivo Brandt, Head of the Nordic and Baltic Division at Europol, spoke.");
        assert_eq!(
            got[0].1.as_deref(),
            Some("Head of the Nordic and Baltic Division"),
            "{got:?}"
        );
        assert_eq!(got[0].2.as_deref(), Some("Europol"), "{got:?}");
        // another person's office after "represented by" is not this one's
        let got = people("Ruritania's President Ana Lopez, represented by Vice President Piet Maas, opened it.");
        let ana = got.iter().find(|r| r.0 == "Ana Lopez").expect("Ana Lopez");
        assert_eq!(ana.1.as_deref(), Some("President"), "{got:?}");
        // a retired rank's mark between the name and the appositive
        let got = people("Delegates elected Brig. Gen. Zara Quell (retd), Executive Director of Europol, to chair it.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("Europol"), "{got:?}");
        // the dot of a generational suffix
        let got = people("Piet Maas Jr., Executive Director of Europol, spoke.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Executive Director"), "{got:?}");
        // a portfolio of the armed forces
        let got = people("Ruritania's Armed Forces Minister Ana Lopez spoke.");
        assert_eq!(got[0].1.as_deref(), Some("Armed Forces Minister"), "{got:?}");
    }

    #[test]
    fn title_comma_name() {
        assert_eq!(
            people("In a statement, the head of Europol, Zara Quell, said more."),
            vec![p("Zara Quell", Some("head"), Some("Europol"), None)]
        );
    }

    #[test]
    fn a_descriptor_before_a_rank_gives_the_owner() {
        // the descriptor's office is the title when a rank touches the name
        assert_eq!(
            people("A spokeswoman for Frontex, Captain Ilse Marten, said the boat sank."),
            vec![p("Ilse Marten", Some("spokeswoman"), Some("Frontex"), None)]
        );
        assert_eq!(
            people("\"It was planned,\" said the head of Europol, Commissioner Zara Quell."),
            vec![p("Zara Quell", Some("Commissioner"), Some("Europol"), None)]
        );
        // a clause without an office before the comma gives no owner
        assert_eq!(
            people("After the raids in Europol's area, Inspector Zara Quell said more."),
            vec![p("Zara Quell", Some("Inspector"), None, None)]
        );
    }

    #[test]
    fn a_description_before_the_office_gives_the_owner() {
        let got = people("The Zorvian Coast Guard found the boat, coast guard spokesman Ilse Marten said.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("Zorvian Coast Guard"), "{got:?}");
    }

    #[test]
    fn a_hyphenated_office_and_an_appointment_past_an_appositive() {
        assert_eq!(
            people("It was led by Major General Ivo Brandt, Deputy Commander-in-Chief of Frontex."),
            vec![p(
                "Ivo Brandt",
                Some("Deputy Commander-in-Chief"),
                Some("Frontex"),
                None
            )]
        );
        let got = people(
            "Colonel Ivo Brandt, a former officer of the army, has been appointed Executive Director of Europol.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Executive Director"), "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("Europol"), "{got:?}");
    }

    #[test]
    fn one_word_after_an_office_and_of_is_its_place() {
        let got = people("The Provincial Commissioner of Zembla, Lieutenant General Ivo Brandt, said more.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Ivo Brandt");
        assert_eq!(got[0].1.as_deref(), Some("Provincial Commissioner"), "{got:?}");
    }

    #[test]
    fn a_middle_initial_is_part_of_the_name() {
        let got = people("\"It stopped today,\" said Europol Director Ivo K. Brandt. Police agreed.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Ivo K. Brandt");
    }

    #[test]
    fn abbreviated_ranks() {
        let got = people("RCMP Supt. Ilse Marten said the cars were bound for Africa.");
        assert_eq!(
            got,
            vec![p(
                "Ilse Marten",
                Some("Supt."),
                Some("Royal Canadian Mounted Police"),
                None
            )]
        );
        let got = people("Lt Gen Ivo Brandt said Namibia would push for a database.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Lt Gen"), "{got:?}");
    }

    #[test]
    fn a_plural_office_before_two_names() {
        let got = people("Police seized it.\n\nThe case is prosecuted by Assistant U.S. Attorneys Ana Ruiz and Ivo Brandt of the office.");
        let names: Vec<(&str, Option<&str>)> = got.iter().map(|r| (r.0.as_str(), r.1.as_deref())).collect();
        assert_eq!(
            names,
            vec![
                ("Ana Ruiz", Some("Assistant U.S. Attorney")),
                ("Ivo Brandt", Some("Assistant U.S. Attorney"))
            ]
        );
    }

    #[test]
    fn then_before_an_office_after_a_name_is_no_part_of_it() {
        let got = people("It heard Ivo Brandt, then head of the Zembla Harbour Police, on the war.");
        assert!(
            got[0].1.as_deref().is_some_and(|t| t.eq_ignore_ascii_case("head")),
            "{got:?}"
        );
    }

    #[test]
    fn a_portfolio_closed_by_a_comma_and_a_country_before_a_longer_office() {
        let got = people("Ivo Brandt, Zembla's Minister of Citizen Protection, called for more.");
        assert_eq!(got[0].1.as_deref(), Some("Minister of Citizen Protection"), "{got:?}");
        let got = people("US Attorney General Ivo Brandt said the case was closed.");
        assert_eq!(got[0].1.as_deref(), Some("Attorney General"), "{got:?}");
        assert!(got[0].3.is_some(), "{got:?}");
        // the US Attorney's office itself stays whole
        let got = people("US Attorney Ivo Brandt said the case was closed.");
        assert_eq!(got[0].1.as_deref(), Some("US Attorney"), "{got:?}");
    }

    #[test]
    fn a_ministers_portfolios_are_part_of_the_office() {
        let got = people(
            "Opening the meeting, Zembla's Minister of Home Affairs, Immigration and Safety, Ivo Brandt, said more.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Ivo Brandt");
        assert!(
            got[0].1.as_deref().is_some_and(|t| t.starts_with("Minister")),
            "{got:?}"
        );
    }

    #[test]
    fn an_owner_after_a_unit_in_the_title_tail() {
        let got = people("Tomas Ferreira, Chief of the Marine Response Section of Europol, said it.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("Europol"), "{got:?}");
    }

    #[test]
    fn honorific_reference() {
        let v = people("\"We act,\" said Mr Stock.");
        assert_eq!(v, vec![p("Stock", None, None, None)]);
    }

    #[test]
    fn a_lone_word_joined_to_a_title_complement_is_no_name() {
        let got =
            people("\"It counts,\" Aisling Yusupov, Director of Plans and Programmes of ASEANAPOL, told reporters.");
        assert!(!got.iter().any(|r| r.0 == "Programmes"), "{got:?}");
        assert!(got.iter().any(|r| r.0 == "Aisling Yusupov"), "{got:?}");
    }

    #[test]
    fn a_name_after_a_preposition_of_place_is_the_place() {
        let got = people("The head of the customs post at Sines said officers had worked double shifts.");
        assert!(got.is_empty(), "{got:?}");
        // The same office with a person's name still gives the person.
        let got = people("The head of the customs post, Rui Pinto, said officers had worked double shifts.");
        assert!(got.iter().any(|r| r.0 == "Rui Pinto"), "{got:?}");
    }

    #[test]
    fn an_outlet_is_no_person() {
        assert!(people("Harbour Lights Gazette\n\nPolice seized 20 kg of cocaine.").is_empty());
        assert!(people("\"We act,\" the Coastal Tribune said.").is_empty());
        assert_eq!(people("By Kemal Laurent\n\nPolice seized 20 kg of cocaine.").len(), 1);
    }

    #[test]
    fn a_headline_is_no_byline() {
        assert!(people("Forensic Science tops agenda as CEPOL meets in Madrid").is_empty());
        assert_eq!(people("By Kemal Laurent").len(), 1);
    }

    #[test]
    fn a_sentence_adverb_is_no_name() {
        let got = people("Separately, investigators believe the network had been active since 2021.");
        assert!(got.is_empty(), "{got:?}");
        let got = people("Separately, a spokesperson for the prosecutor's office declined to comment.");
        assert!(got.is_empty(), "{got:?}");
        let got = people("Meanwhile, Mr Stock said the work goes on.");
        assert_eq!(got, vec![p("Stock", None, None, None)]);
    }

    #[test]
    fn an_honorific_with_a_full_stop_between_the_title_and_the_name() {
        let got = people("It was opened by Fiji's Minister of Justice, Hon. Ana Velik, who spoke first.");
        assert_eq!(
            got,
            vec![p("Ana Velik", Some("Minister of Justice"), None, Some("Fiji"))]
        );
    }

    #[test]
    fn an_organization_that_ends_in_the_office_first_word() {
        let got =
            people("Fiji Harbour Police Superintendent Ana Velik, who led the boarding party, said it was clear.");
        assert_eq!(
            got,
            vec![p(
                "Ana Velik",
                Some("Superintendent"),
                Some("Fiji Harbour Police"),
                None
            )]
        );
    }

    #[test]
    fn a_country_possessive_with_the_apostrophe_alone() {
        let got = people("Ana Velik, Solomon Islands' Comptroller of Customs, said the vessel was seized.");
        assert_eq!(
            got,
            vec![p(
                "Ana Velik",
                Some("Comptroller of Customs"),
                None,
                Some("Solomon Islands")
            )]
        );
    }

    #[test]
    fn a_country_between_the_name_and_the_office() {
        let got =
            people("- Ana Velik of Ghana, Director-General of the Ghana Police Service, as Vice-President for Africa;");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Ana Velik");
        assert_eq!(got[0].1.as_deref(), Some("Director-General"));
        assert_eq!(got[0].2.as_deref(), Some("Ghana Police Service"));
        assert_eq!(got[0].3.as_deref(), Some("Ghana"));
    }

    #[test]
    fn a_malaysian_honorific_is_no_name() {
        let got = people("said ASEAN Secretary-General Dato' Farid Iskandar Rahman on Monday.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Farid Iskandar Rahman");
    }

    #[test]
    fn the_organization_in_an_appositive_after_the_office() {
        let got = people(
            "The Zembla Narcotics Bureau (ZNB) led it. Briefing reporters, Shri Anupam Velik, Deputy Director General (Operations), ZNB, said so.",
        );
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Anupam Velik");
        assert_eq!(got[0].2.as_deref(), Some("Zembla Narcotics Bureau"), "{got:?}");
    }

    #[test]
    fn a_middle_initial_that_is_also_a_word() {
        let got = people("\"We will act,\" said U.S. Attorney Nathaniel A. Velik of the District of Vela.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Nathaniel A. Velik");
    }

    #[test]
    fn places_are_not_people() {
        assert!(people("Delegates met in Hong Kong and South Africa.").is_empty());
    }

    #[test]
    fn a_predecessor_held_the_same_office() {
        let got =
            people("INTERPOL President Ana Ruiz, who was elected after her predecessor, Ivo Brandt, resigned, spoke.");
        assert!(
            got.contains(&p("Ivo Brandt", Some("President"), Some("INTERPOL"), None)),
            "{got:?}"
        );
        // with no office holder before it, nothing is known of the name
        assert!(people("Her predecessor, Ivo Brandt, resigned.").is_empty());
    }

    #[test]
    fn an_office_then_a_rank_before_the_name() {
        let ctx = Ctx::new(
            "QCPD District Director PBGEN Ramon C. Villaraza lauded the operatives.",
            None,
        );
        let orgs = organization::detect(&ctx);
        let got = detect(&ctx, &orgs);
        let v = got.iter().find(|m| m.name == "Ramon C. Villaraza").expect("Villaraza");
        assert_eq!(v.title.as_ref().map(|f| f.value.as_str()), Some("District Director"));
        assert_eq!(v.rank.as_ref().map(|f| f.value.as_str()), Some("PBGEN"));
        // a rank spelled out in two words
        let got = people("Zembla Police President Major General Ana Ruiz spoke.");
        assert_eq!(got[0].1.as_deref(), Some("President"), "{got:?}");
        // but an office of two words stays one
        let got = people("URA Commissioner General John Musoke spoke.");
        assert_eq!(got[0].1.as_deref(), Some("Commissioner General"), "{got:?}");
    }

    #[test]
    fn a_title_cut_before_a_possessive_keeps_no_dangling_word() {
        let got = people(
            "Police seized tablets, said Colonel Bounthavy Phommachanh, deputy director of the Counter-Narcotics Police Department at Laos' Ministry of Public Security.",
        );
        let t = got
            .iter()
            .find(|r| r.0 == "Bounthavy Phommachanh")
            .and_then(|r| r.1.clone());
        assert!(t.as_deref().is_some_and(|t| !t.ends_with(" at")), "{got:?}");
    }

    #[test]
    fn an_attribution_line_ends_with_the_office() {
        let got =
            people("\"We protect Canadians.\"\n\n– The Honourable Julien Desrosiers, Minister of Public Safety\n");
        assert!(
            got.iter()
                .any(|r| r.0 == "Julien Desrosiers" && r.1.as_deref() == Some("Minister of Public Safety")),
            "{got:?}"
        );
        // a lower-case clause after the office is no part of it
        let got = people("Ann Cole, Director of Public Safety since 2019 when the unit began\n");
        assert!(
            !got.iter().any(|r| r.1.as_deref().is_some_and(|t| t.contains("since"))),
            "{got:?}"
        );
    }

    #[test]
    fn elected_with_a_country_as_an_office() {
        let got = people("Delegates elected Park Min Ho of the Republic of Korea as the Organization's new President.");
        assert_eq!(
            got,
            vec![p("Park Min Ho", Some("President"), None, Some("South Korea"))]
        );
        // in a list, each office after "as" is the name's before it, not the one before the name
        let got = people(
            "Elected were Ana Ruiz of Chile as Vice-President for the Americas, Omar Haddad of Jordan as \
             Delegate for Asia and Pieter van der Linden of the Netherlands as Delegate for Europe.",
        );
        assert_eq!(
            got,
            vec![
                p("Ana Ruiz", Some("Vice-President for the Americas"), None, Some("Chile")),
                p("Omar Haddad", Some("Delegate for Asia"), None, Some("Jordan")),
                p(
                    "Pieter van der Linden",
                    Some("Delegate for Europe"),
                    None,
                    Some("Netherlands")
                ),
            ]
        );
    }

    #[test]
    fn an_office_that_opens_with_a_country_and_an_office_with_a_posting() {
        let got =
            people("\"It is over,\" said Ana Ruiz, the United States Attorney for the Northern District of Ohio.");
        assert_eq!(
            got,
            vec![p(
                "Ana Ruiz",
                Some("United States Attorney for the Northern District of Ohio"),
                None,
                None
            )]
        );
        let got = people("Chile's ambassador to Peru, Tomas Ibarra, said the talks went well.");
        assert_eq!(
            got,
            vec![p("Tomas Ibarra", Some("ambassador to Peru"), None, Some("Chile"))]
        );
        let got = people("Financial Secretary to the Treasury, Ann Reed, said the figures were clear.");
        assert_eq!(
            got,
            vec![p("Ann Reed", Some("Financial Secretary to the Treasury"), None, None)]
        );
        // a place between "the" and a lower-case office
        let got = people("The Cayenne public prosecutor, Lea Martin, said the inquiry went on.");
        assert_eq!(
            got,
            vec![p("Lea Martin", Some("Cayenne public prosecutor"), None, None)]
        );
    }

    #[test]
    fn a_post_nominal_a_thai_rank_a_councillor_and_an_office_held_as() {
        let got = people("The Rt Hon Ian Bray MP, Minister of State for Policing, said so.");
        assert_eq!(
            got,
            vec![p("Ian Bray", Some("Minister of State for Policing"), None, None)]
        );
        let got = people("The chief, Pol Lt Gen Somchai Rattana, said the raids went on.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Somchai Rattana");
        let got = people("Councillor Jo Hale said the shops were closed.");
        assert_eq!(got, vec![p("Jo Hale", Some("Councillor"), None, None)]);
        let got = people("Tim Ode, who runs the FBI's Denver Field Office as Special Agent in Charge, said so.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Special Agent in Charge"), "{got:?}");
    }

    #[test]
    fn a_surname_in_capitals_a_clause_after_an_office_and_a_list_of_two_people() {
        let got = people("Mr. KATO Hiroshi, Commissioner General of the National Police Agency, spoke.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Hiroshi Kato");
        let got = people("Ms. Anna KOWALSKA, Minister of the Interior, spoke.");
        assert_eq!(got[0].0, "Anna Kowalska", "{got:?}");
        // capitals alone, without an honorific, are no surname
        assert!(people("KATO Hiroshi spoke to the press.").is_empty());
        // "the Governor in Council has appointed X as ...": the office is the one after "as"
        let got = people("The Governor in Council has appointed Ann Roy as Commissioner of Police.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert!(
            got[0].1.as_deref().is_some_and(|t| t.starts_with("Commissioner")),
            "{got:?}"
        );
        // the first person's office is not the second's
        let got = people("Mr. Tom Hale, Director of the Police College, and Mr. Ian Cole, Chief of Staff, attended.");
        assert_eq!(
            got.iter().map(|r| r.1.as_deref()).collect::<Vec<_>>(),
            // (the Police College, fitting no other body, is a body of its own)
            vec![Some("Director"), Some("Chief of Staff")],
            "{got:?}"
        );
    }

    #[test]
    fn a_portfolio_of_two_before_a_name_is_one_office_with_no_name_inside() {
        let got = people("Nepal's Minister for Labour Welfare and Foreign Employment, Hari Thapa, spoke.");
        assert_eq!(
            got,
            vec![p(
                "Hari Thapa",
                Some("Minister for Labour Welfare and Foreign Employment"),
                None,
                Some("Nepal")
            )]
        );
    }

    #[test]
    fn the_country_a_delegation_list_or_a_report_opens_with() {
        let got = people("Latvia \u{2013} Ilze Berzina, Director General of the State Police");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].3.as_deref(), Some("Latvia"), "{got:?}");
        let got = people("Portugal: The Hon. Rui Lopes, Minister of Internal Administration");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].3.as_deref(), Some("Portugal"), "{got:?}");
        let got = people("For Mongolia, Colonel Bat Erdene, head of the drug unit, said it held.");
        assert_eq!(got[0].3.as_deref(), Some("Mongolia"), "{got:?}");
        let got = people("Austria, which chairs the group, was represented by State Secretary Eva Gruber.");
        assert_eq!(got[0].3.as_deref(), Some("Austria"), "{got:?}");
        let got = people("Belarus's delegation was led by Major General of Police Oleg Ivanov, head of the unit.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].3.as_deref(), Some("Belarus"), "{got:?}");
        // the rank's tail stops before the name
        assert!(!got[0].1.as_deref().unwrap_or("").contains("Ivanov"), "{got:?}");
        // a table row, and a delegation led by its head
        let got =
            people("- Zembla ; Commissioner of Police Ivo Brandt, Zembla Police Force\n- Latvia ; Ana Ruiz, Chief\n");
        assert_eq!(got[0].2.as_deref(), Some("Zembla Police Force"), "{got:?}");
        assert_eq!(got[1].3.as_deref(), Some("Latvia"), "{got:?}");
        let got = people("- Estonia - Zembla Police Force (ZPF), led by Deputy Commissioner Ivo Brandt\n");
        assert_eq!(got[0].3.as_deref(), Some("Estonia"), "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("Zembla Police Force"), "{got:?}");
        // a sentence that opens with a body, not a country, names no country
        let got = people("Europol: Ana Ruiz, Executive Director");
        assert!(got.iter().all(|r| r.3.is_none()), "{got:?}");
    }

    #[test]
    fn the_country_an_office_is_held_for() {
        let got = people("Ambassador Ivo Brandt, Permanent Representative of North Macedonia to the OSCE, opened it.");
        assert_eq!(got[0].3.as_deref(), Some("North Macedonia"), "{got:?}");
        // a country inside an organization's name is the organization's
        let got = people("Ana Velik, Director of the National Police of Colombia, spoke.");
        assert!(got.iter().all(|r| r.3.is_none()), "{got:?}");
    }

    #[test]
    fn an_office_named_after_a_body_of_the_article_is_held_in_it() {
        let t = "The General Directorate of Safety (GDS) took part. Director General of Safety Ivo Brandt said so. \
                 Ana Velik, the Zembla General Commander, thanked the Zembla General Command.";
        let got = people(t);
        assert_eq!(got[0].2.as_deref(), Some("General Directorate of Safety"), "{got:?}");
        assert_eq!(got[1].2.as_deref(), Some("Zembla General Command"), "{got:?}");
        // not without the body in the article
        let got = people("Director General of Safety Ivo Brandt said so.");
        assert_eq!(got[0].2, None, "{got:?}");
    }

    #[test]
    fn the_body_named_last_owns_the_organizations_office() {
        let t = "The Zembla Customs Agency said 40 were held. Ana Velik, the agency's Deputy Director of \
                 Enforcement, said more would follow.";
        let got = people(t);
        assert_eq!(
            got,
            vec![p(
                "Ana Velik",
                Some("Deputy Director of Enforcement"),
                Some("Zembla Customs Agency"),
                None
            )]
        );
        // "the ministry's" refers back to a ministry only
        let t = "The Zembla Customs Agency said 40 were held. Ana Velik, the ministry's Director, said so.";
        assert!(people(t).iter().all(|r| r.2.is_none()), "{:?}", people(t));
    }

    #[test]
    fn a_general_director_and_a_country_closing_a_delegation_entry() {
        let got = people("Ilir Tamo, General Director of the Albanian State Police, spoke.");
        assert_eq!(
            got,
            vec![p(
                "Ilir Tamo",
                Some("General Director"),
                Some("Albanian State Police"),
                None
            )]
        );
        let got = people("The talks were opened by Dragan Vasko, Director of Police, Serbia.");
        assert_eq!(
            got,
            vec![p("Dragan Vasko", Some("Director of Police"), None, Some("Serbia"))]
        );
        let got = people("Speakers:\n- Gazi Hoda, Head of the Kosovo Police (Kosovo*)\n- Ana Dimi, Director of the Public Security Bureau, North Macedonia\n");
        assert_eq!(got[0].3.as_deref(), Some("Kosovo"), "{got:?}");
        assert_eq!(got[1].3.as_deref(), Some("North Macedonia"), "{got:?}");
        // a country that goes on into the sentence is not the entry's end
        let got = people("Dragan Vasko, Director of Police, Serbia and Montenegro's partner, spoke.");
        assert!(got.iter().all(|r| r.3.is_none()), "{got:?}");
    }

    #[test]
    fn a_country_after_the_name_or_a_nationality_in_its_description() {
        let got = people("Kim had led it since former President Lin Wei of China resigned in October.");
        assert_eq!(got, vec![p("Lin Wei", Some("President"), None, Some("China"))]);
        let got = people("Minister Juan Perez, a veteran Colombian politician, said the talks went well.");
        assert_eq!(got, vec![p("Juan Perez", Some("Minister"), None, Some("Colombia"))]);
        // the start of an organization's name is not the person's country
        let got = people("Commander John Smith of the United States Coast Guard said the results were good.");
        assert!(got.iter().all(|r| r.3.is_none()), "{got:?}");
    }

    #[test]
    fn a_list_of_offices_each_before_its_name() {
        let got = people(
            "It was attended by the UN Secretary-General, Ana Lopez, the President of the Economic and Social \
             Council, Piet Maas, and the President of the Security Council, Omar Said.",
        );
        assert_eq!(
            got,
            vec![
                p("Ana Lopez", Some("Secretary-General"), Some("United Nations"), None),
                p(
                    "Piet Maas",
                    Some("President"),
                    Some("United Nations Economic and Social Council"),
                    None
                ),
                // (a council no other body of the text holds is a body of its own)
                p("Omar Said", Some("President"), Some("Security Council"), None),
            ]
        );
    }

    #[test]
    fn an_unknown_owner_before_the_office_after_a_name() {
        let got = people("Ann Reed, the Treasury's Acting Under Secretary for Sanctions, said so.");
        assert_eq!(got.len(), 1, "{got:?}");
        assert_eq!(got[0].0, "Ann Reed");
        assert_eq!(
            got[0].1.as_deref(),
            Some("Acting Under Secretary for Sanctions"),
            "{got:?}"
        );
        // a remit of office words joined by "and" is one office; a name after "and" is not
        let got = people("Ann Reed, the Treasury's Under Secretary for Terrorism and Financial Intelligence, said so.");
        assert_eq!(
            got[0].1.as_deref(),
            Some("Under Secretary for Terrorism and Financial Intelligence"),
            "{got:?}"
        );
    }

    #[test]
    fn a_sheikh_is_an_honorific_and_bin_a_particle() {
        let got = people("Sheikh Hamad bin Khalid Al Thani, Minister of Interior, opened the meeting.");
        assert_eq!(
            got,
            vec![p("Hamad bin Khalid Al Thani", Some("Minister of Interior"), None, None)]
        );
    }

    #[test]
    fn a_ship_named_after_an_admiral_is_no_person() {
        let got = people(
            "\"We watch this ocean,\" Admiral Restrepo told reporters aboard the frigate ARC Almirante Padilla.",
        );
        assert!(!got.iter().any(|r| r.0.contains("Padilla")), "{got:?}");
        assert!(got.iter().any(|r| r.0 == "Restrepo"), "{got:?}");
        let got = people("Crew members of the cutter Captain Ruiz said the vessel was sound, Capt. Ann Lee said.");
        assert!(!got.iter().any(|r| r.0.contains("Ruiz")), "{got:?}");
        assert!(got.iter().any(|r| r.0 == "Ann Lee"), "{got:?}");
        // a ship prefix's letters before an office and a full name are an organization's
        let got = people("INS Special Agent John Marlowe said the case was closed.");
        assert!(got.iter().any(|r| r.0 == "John Marlowe"), "{got:?}");
    }

    #[test]
    fn an_honorific_stop_after_a_multibyte_character() {
        // '¡' is two bytes and not a letter: the honorific would start inside it.
        assert_eq!(honorific_with_stop("¡' "), None);
        assert_eq!(honorific_with_stop("¡Hon. "), Some(2));
        assert_eq!(honorific_with_stop("Minister, Hon. "), Some(10));
        assert!(people("¡' B: said.").is_empty());
    }

    #[test]
    fn a_one_word_rank_after_an_office_of_several_words() {
        let got = people("National Police Chief General Arvin Teodoro opened the meeting.");
        assert_eq!(got[0].0, "Arvin Teodoro", "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("National Police Chief"), "{got:?}");
        // an office that ends in the rank's word stays whole
        let got = people("Deputy Inspector General Ramesh Varma spoke.");
        assert_eq!(got[0].1.as_deref(), Some("Deputy Inspector General"), "{got:?}");
    }

    #[test]
    fn an_owner_with_its_acronym_before_the_office() {
        let got = people("Ghana's National Drugs Agency (NDA) Director General, Tomas Varga, presented the report.");
        assert_eq!(
            got,
            vec![p(
                "Tomas Varga",
                Some("Director General"),
                Some("National Drugs Agency"),
                Some("Ghana")
            )]
        );
    }

    #[test]
    fn a_remit_in_brackets_before_the_owner() {
        let got = people(
            "He was joined by Ivo Brandt, Deputy Secretary General (Policy and Control) of Kenya's Ministry of Home Affairs (MOHA).",
        );
        assert_eq!(
            got,
            vec![p(
                "Ivo Brandt",
                Some("Deputy Secretary General"),
                Some("Ministry of Home Affairs"),
                Some("Kenya")
            )]
        );
    }

    #[test]
    fn a_lower_case_office_after_the_then() {
        let got = people("The then justice minister, Pavel Horak, called it a record.");
        assert_eq!(got, vec![p("Pavel Horak", Some("justice minister"), None, None)]);
        // with a space of three bytes before the office
        let got = people("The then x\u{2009}minister, Pavel Horak, called it a record.");
        assert!(got.iter().all(|r| r.0 == "Pavel Horak"), "{got:?}");
    }

    #[test]
    fn an_office_after_who_was() {
        let got = people("Lena Fischer, who was Zembla's deputy police chief at the time, said so.");
        assert_eq!(got[0].0, "Lena Fischer", "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("deputy police chief"), "{got:?}");
    }

    #[test]
    fn an_office_before_a_style_and_the_name() {
        let got = people("The African Union's Commissioner for Political Affairs, Ambassador Ana Ruiz, spoke.");
        assert_eq!(got[0].0, "Ana Ruiz", "{got:?}");
        assert_eq!(
            got[0].1.as_deref(),
            Some("Commissioner for Political Affairs"),
            "{got:?}"
        );
    }

    #[test]
    fn a_plural_office_inside_an_organization_name_is_no_office() {
        let got =
            people("Guests included the Secretary General of the Council of Arab Interior Ministers, Omar Haddad.");
        assert_eq!(got[0].0, "Omar Haddad", "{got:?}");
        assert_eq!(got[0].1.as_deref(), Some("Secretary General"), "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("Arab Interior Ministers Council"), "{got:?}");
    }

    #[test]
    fn a_place_that_is_a_given_name_opens_a_name_before_a_surname() {
        let got = people("Jordan Vesely, Director of the Czech Police Academy, described the new course.");
        assert!(got.iter().any(|r| r.0 == "Jordan Vesely"), "{got:?}");
        // a place before an office is still the place
        let got = people("Jordan Customs Director Ahmad Rawashdeh said the port was closed.");
        assert!(got.iter().any(|r| r.0 == "Ahmad Rawashdeh"), "{got:?}");
        assert!(!got.iter().any(|r| r.0.contains("Jordan")), "{got:?}");
    }

    #[test]
    fn capitalized_words_after_to_in_an_office_are_no_name() {
        let got =
            people("Mira Holt, the ASEAN Co-ordinator of Programmes to Combat Organized Crime, said training helps.");
        assert!(
            got.iter()
                .any(|r| r.0 == "Mira Holt" && r.1.as_deref() == Some("Co-ordinator")),
            "{got:?}"
        );
        assert!(!got.iter().any(|r| r.0.contains("Combat")), "{got:?}");
        // "according to" is no such phrase
        let got = people("According to Tomas Lind, the Director of the academy, training helps.");
        assert!(got.iter().any(|r| r.0 == "Tomas Lind"), "{got:?}");
    }

    #[test]
    fn its_office_belongs_to_the_organization_named_before_it() {
        let got = people(
            "The Caribbean Port Authority (CPA) took part, and its Executive Director, Lena Pryce, spoke first.",
        );
        assert!(
            got.iter()
                .any(|r| r.0 == "Lena Pryce" && r.2.as_deref() == Some("Caribbean Port Authority")),
            "{got:?}"
        );
    }

    #[test]
    fn an_office_in_civil_society_is_no_official() {
        let got =
            people("Smuggling goes on, said Petra Lind, a field coordinator with the aid group Open Roads, on Friday.");
        assert!(!got.iter().any(|r| r.0 == "Petra Lind" && r.1.is_some()), "{got:?}");
        let got = people("Smuggling goes on, said Petra Lind, a field coordinator with the Frontex office, on Friday.");
        assert!(got.iter().any(|r| r.0 == "Petra Lind" && r.1.is_some()), "{got:?}");
    }

    #[test]
    fn an_office_before_the_owner_and_a_rank_is_a_title_too() {
        let t = "The Anti-Smuggling Force (ASF) seized 50 kg of heroin. Director General ASF Major General \
                 Tariq Mahmood told reporters.";
        let ctx = Ctx::new(t, None);
        let orgs = organization::detect(&ctx);
        let m = detect(&ctx, &orgs)
            .into_iter()
            .find(|m| m.name == "Tariq Mahmood")
            .expect("official");
        let titles: Vec<String> = m.title.iter().chain(&m.rank).map(|f| f.value.clone()).collect();
        assert!(titles.contains(&"Director General".to_string()), "{titles:?}");
        assert!(titles.contains(&"Major General".to_string()), "{titles:?}");
    }

    #[test]
    fn the_short_name_of_an_organization_inside_an_office_is_its_owner() {
        let got =
            people("The Kenya Navy seized 50 kg of heroin. Navy Media Spokesman Captain Ivo Brandt told reporters.");
        assert!(
            got.iter()
                .any(|r| r.0 == "Ivo Brandt" && r.2.as_deref() == Some("Kenya Navy")),
            "{got:?}"
        );
        // a plural of a generic word is no surname
        let got = people("Home\nGeneral Assemblies\nCommittees\n\nGeneral Ruiz spoke.");
        assert!(!got.iter().any(|r| r.0.contains("Assemblies")), "{got:?}");
    }

    #[test]
    fn a_style_between_the_office_and_the_name_and_a_list_of_portfolios_after_for() {
        let got = people(
            "It was co-chaired by Australia's Minister for Foreign Affairs, Senator the Hon Mara Quill, and others.",
        );
        assert_eq!(
            got,
            vec![p(
                "Mara Quill",
                Some("Minister for Foreign Affairs"),
                None,
                Some("Australia")
            )]
        );
        let got =
            people("The Minister for Immigration, Citizenship and Multicultural Affairs, Tobin Reyes, also took part.");
        assert_eq!(
            got,
            vec![p(
                "Tobin Reyes",
                Some("Minister for Immigration, Citizenship and Multicultural Affairs"),
                None,
                None
            )]
        );
    }

    #[test]
    fn two_offices_joined_by_and_make_one_title() {
        let got = people("Mara Quill, President and CEO of the National Crime Agency, said the results showed it.");
        assert_eq!(
            got,
            vec![p(
                "Mara Quill",
                Some("President and CEO"),
                Some("National Crime Agency"),
                None
            )]
        );
        // before the name, with a prefix of time between the owner and the offices
        let got = people("The NCA's then-president and CEO, Tobin Reyes, presented the results.");
        assert_eq!(
            got,
            vec![p(
                "Tobin Reyes",
                Some("president and CEO"),
                Some("National Crime Agency"),
                None
            )]
        );
        // "Then-FBI": the prefix is no part of the office, the organization after it owns it
        let got = people("Then-NCA Director Ivo Brandt said so.");
        assert_eq!(
            got,
            vec![p("Ivo Brandt", Some("Director"), Some("National Crime Agency"), None)]
        );
    }

    #[test]
    fn capitalized_words_between_of_the_and_the_organization() {
        let got =
            people("Dr. Mara Quill, Director of the White House Office of Harbour Policy (OHP), briefed leaders.");
        assert_eq!(
            got,
            vec![p(
                "Mara Quill",
                Some("Director"),
                Some("Office of Harbour Policy"),
                None
            )]
        );
    }

    #[test]
    fn the_organization_a_titled_person_heads() {
        assert_eq!(
            people("Chief Inspector Lena Varga, who heads the Zembla Harbour Police Unit, said it was over."),
            vec![p(
                "Lena Varga",
                Some("Chief Inspector"),
                Some("Zembla Harbour Police Unit"),
                None
            )]
        );
        // an acronym the text defined is the organization too
        let got = people(
            "The Anti-Smuggling Directorate (ASD) acted. \"It works,\" said Brigadier Omar Tal, who commands the ASD, in Amman.",
        );
        assert_eq!(
            got,
            vec![p(
                "Omar Tal",
                Some("Brigadier"),
                Some("Anti-Smuggling Directorate"),
                None
            )]
        );
        // what follows "who heads" must be an organization
        let got = people("Colonel Omar Tal, who heads the inquiry, said so.");
        assert_eq!(got, vec![p("Omar Tal", Some("Colonel"), None, None)]);
    }

    #[test]
    fn a_full_name_who_heads_a_body_is_its_head() {
        let got = people("\"It is bad,\" said Ivo Brandt, who heads the Zembla Border Police Directorate. \"We act.\"");
        assert_eq!(
            got,
            vec![p(
                "Ivo Brandt",
                Some("Head"),
                Some("Zembla Border Police Directorate"),
                None
            )]
        );
        let got = people("Ana Velik, who commands the Zembla Coast Guard, said so.");
        assert_eq!(
            got,
            vec![p("Ana Velik", Some("Commander"), Some("Zembla Coast Guard"), None)]
        );
        // a unit of the body: "who heads criminal enforcement at the MHRA"
        let got = people("Ivo Brandt, who heads criminal enforcement at the Zembla Medicines Agency, said so.");
        assert_eq!(
            got,
            vec![p(
                "Ivo Brandt",
                Some("Head of criminal enforcement"),
                Some("Zembla Medicines Agency"),
                None
            )]
        );
        let got = people("Ivo Brandt, who leads the cybercrime division of the Zembla Police Service, said so.");
        assert_eq!(got[0].1.as_deref(), Some("Head of the cybercrime division"), "{got:?}");
        assert_eq!(got[0].2.as_deref(), Some("Zembla Police Service"), "{got:?}");
        // heading what is no body makes no official
        let got = people("Ivo Brandt, who heads the family business, said so.");
        assert_eq!(got, vec![p("Ivo Brandt", None, None, None)]);
        // an attaché is an office
        let got = people("\"It works,\" said Ivo Brandt, the DEA Country Attache in Seoul.");
        assert_eq!(
            got,
            vec![p(
                "Ivo Brandt",
                Some("Country Attache"),
                Some("Drug Enforcement Administration"),
                None
            )]
        );
    }

    #[test]
    fn the_country_of_a_delegation_entry_with_the_office_before_the_name() {
        let got = people("Delegations:\n\n- Thailand - Minister of Justice Ivo Brandt\n- Zambia: Commissioner General Ana Velik, Head of the Drug Enforcement Commission\n");
        let countries: Vec<_> = got.iter().map(|r| (r.0.as_str(), r.3.as_deref())).collect();
        assert_eq!(
            countries,
            vec![("Ivo Brandt", Some("Thailand")), ("Ana Velik", Some("Zambia"))]
        );
    }

    #[test]
    fn the_organization_a_sentence_speaks_for() {
        let got = people(
            "For the Zembla Maritime Agency, Executive Director Ana Velik said the service had flagged more spills.",
        );
        assert_eq!(
            got,
            vec![p(
                "Ana Velik",
                Some("Executive Director"),
                Some("Zembla Maritime Agency"),
                None
            )]
        );
        // not an organization named for something else before the office
        let got = people("For years the Zembla Maritime Agency was small, Executive Director Ana Velik said.");
        assert_eq!(got, vec![p("Ana Velik", Some("Executive Director"), None, None)]);
    }
}
