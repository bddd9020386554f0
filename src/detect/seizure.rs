//! Seizure detector: what was seized, how much, in what unit.
//!
//! Only sentences with a seizure verb count ("seized", "confiscated", "recovered",
//! "intercepted", "found"...). In them, each seized-item word from `data/items.tsv` takes the
//! nearest number on its left when only a unit and a few adjectives stand between
//! ("some 320 firearms", "almost 20,000 pieces of ammunition", "over two tonnes of Class A
//! and B drugs"); an amount of money takes the item after it ("EUR 12 000 in cash", "USD 101
//! million ... in virtual assets") or is cash. Weights become kilograms, volumes litres.
//! Items after "including" / "among them" are sub-counts of the item before. An item with no
//! number is kept only when the text lists it beside a counted one ("along with grenades")
//! or says it was seized ("Grenades were also seized"), and never with an invented quantity.
//! Values ("worth $5.7 billion", "valued at", "estimated value of") are not seizures.
//!
//! Example: "Some 320 firearms - including a rocket launcher - and almost 20,000 pieces of
//! ammunition, along with grenades, were seized" gives firearm 320 item (Approximately,
//! including rocket launcher 1), ammunition 20000 item (Almost), grenade (no quantity).

use super::gazetteer::{Hit, Match};
use super::{Ctx, Cue};
use crate::model::{SeizedItem, Span};
use crate::text::numbers::{NumberMention, Qualifier};
use regex::Regex;
use std::borrow::Cow;
use std::sync::LazyLock;

static SEIZE_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(seiz\w*|confiscat\w*|recover\w*|intercept\w*|impound\w*|netted|found|discovered|uncovered|haul\w*|captured|retrieved|took\s+possession|were\s+taken|turned\s+up|detected|located|offload\w*|off\s+the\s+(?:streets?|market)|discover(?:y|ies))\b").expect("verb regex")
});
/// A verb of searching right before a count: "searched 46", "inspected more than 2,000".
static SEARCHED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:searched|raided|inspected|checked|screened|examined|visited|scanned|monitored|profiled|controlled)\s+(?:a\s+total\s+of\s+)?$").expect("re")
});
static MONEY_GAP: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"(?i)^\s*(?:was\s+|were\s+)?(?:in|of)?\s*(?:[\p{L}\-]+\s+){0,2}$").expect("re"));
static SAID_SEIZED: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[\p{L}\s\-]{0,40}\b(?:were|was|have\s+been|had\s+been)\s+(?:also\s+)?(?:seized|confiscated|recovered|found|intercepted)").expect("re")
});
static LIST_NEIGHBOUR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)(?:\b(?:along\s+with|as\s+well\s+as|together\s+with|and|plus)\s+(?:[\p{L}\-]+\s+){0,4}|,\s+(?:a|an|one)\s+(?:[\p{L}\d\-.]+\s+){0,3})$").expect("re")
});
/// Prepositions of where a thing was: an item after one is no neighbour in a list.
const PLACE_PREPOSITIONS: &[&str] = &[
    "from", "in", "inside", "aboard", "at", "off", "onto", "into", "by", "near", "under", "behind", "on",
];
static SEIZED_OBJ: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:seized|confiscated|recovered|intercepted)\s+(?:[\p{L}\-]+\s+){0,2}$").expect("re")
});
/// "seized the narcotics along with the": an item joined to the object of a seizure verb.
static SEIZED_WITH: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:seized|confiscated|recovered|intercepted|impounded)\s+(?:[\p{L}\-]+\s+){1,3}(?:along\s+with|together\s+with|as\s+well\s+as|and)\s+(?:the\s+|a\s+|an\s+)?(?:[\p{L}\-]+\s+){0,1}$").expect("re")
});
static SUB_START: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(including|among\s+them|among\s+which|such\s+as|notably)\b").expect("sub regex")
});
static SUB_END: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)( - |\)|;|\bas\s+well\s+as\b|\balong\s+with\b|\bplus\b|\btogether\s+with\b|\bwhile\b|\bwere\b|\bwas\b|\bhave\b|\bhad\b)").expect("sub end regex")
});
static CURRENCY_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:\b(EUR|USD|GBP|CHF|AUD|CAD|NZD|JPY|CNY|RMB|INR|ZAR|NGN|KES|BRL|MXN|COP|THB|PHP|IDR|MYR|SGD|HKD|AED|SAR|TRY|RUB|UAH|PLN|CZK|SEK|NOK|DKK|HUF|RON|BGN|XOF|XAF|GHS|EGP|MAD|PKR|BDT|VND|KRW|ARS|PEN|CLP)|(US\$|A\$|AU\$|C\$|CA\$|NZ\$|HK\$|S\$|R\$|GH¢|GH₵|\$|€|£|¥|₹|₦|฿|₵|₱|Rs\.?|\bKSh[s.]?|\bTSh[s.]?|\bUSh[s.]?|₩|₽|₺|₴|₫|\bS/\.?|\bRM|\bTk\.?|\bRp\.?|\bR|\bN|\bP))\s?$").expect("currency regex")
});
static CURRENCY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s*((?:(?:\p{Lu}\p{Ll}+|CFA)\s+){1,2})?((?i)euros?|(?:us\s+)?dollars|pounds\s+sterling|pounds|sterling|rupees|naira|baht|pesos|reais|yen|yuan|renminbi|francs|rand|shillings|dirhams|riyals|rials|dinars|lira|hryvnias|zlotys?|crowns|kronor|kroner|lei|leva|forints?|rupiah|ringgit|taka|cedis|soles|kyat|kwacha|won|rubles|roubles|tenge|dong|shekels|birr|afghanis|bolivianos|guaran[ií]es|quetzales|colones|lempiras|bol[ií]vares)\b").expect("currency regex")
});
pub(super) static UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(kilogrammes|kilogramme|kilograms|kilogram|kilos|kilo|kgs|kg|grammes|gramme|grams|gram|gr|g|metric\s+tonnes|metric\s+tons|tonnes|tonne|tons|ton|t|pounds|lbs|lb|litres|litre|liters|liter|l|millilitres|ml|cubic\s+met(?:re|er)s|cubic\s+met(?:re|er)|m3|m³)\b\.?(\s+of)?").expect("unit regex")
});
/// A maker's name takes the model written after it ("a Toyota Land Cruiser", "an Audi A6"):
/// up to three words that open with a capital or a digit. A maker's name before a vehicle
/// noun ("a Mercedes Sprinter van") gives way to the noun, which names the item.
fn with_models(ctx: &Ctx<'_>, sent: &str, hits: Vec<Match>) -> Vec<Match> {
    let is_make = |m: &Match| matches!(m.hit, Hit::Item(i) if ctx.gaz.items[i].make);
    let mut out = Vec::with_capacity(hits.len());
    for (k, m) in hits.iter().enumerate() {
        if !is_make(m) {
            out.push(*m);
            continue;
        }
        let mut end = m.end;
        for _ in 0..3 {
            let rest = &sent[end..];
            let Some(word) = rest.strip_prefix(' ') else { break };
            let w = word
                .split(|c: char| c.is_whitespace() || matches!(c, ',' | ';' | ':' | '.' | ')' | '('))
                .next()
                .unwrap_or("");
            let model = w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit())
                && w.chars().all(|c| c.is_alphanumeric() || c == '-')
                // (a year is no model: "a Toyota 2019")
                && !(w.len() == 4 && w.chars().all(|c| c.is_ascii_digit()));
            if !model || hits.get(k + 1).is_some_and(|n| n.begin <= end + 1) {
                break;
            }
            end += 1 + w.len();
        }
        // a vehicle noun right after the model, or after a word or two that describe it
        // ("a Toyota Tundra pick-up vehicle"): the noun is the item
        let noun_after = hits.get(k + 1).is_some_and(|n| {
            n.begin > end
                && matches!(n.hit, Hit::Item(i) if ctx.gaz.items[i].category == "Vehicle")
                && sent[end..n.begin].split_whitespace().count() <= 2
                && sent[end..n.begin]
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-')
        });
        if !noun_after {
            out.push(Match { end, ..*m });
        }
    }
    out
}

static FILLER: LazyLock<Regex> = LazyLock::new(|| {
    // Words allowed between a number and its item: adjectives and "pieces of", no verbs.
    // An opening quote may stand before the item ("2,315g of 'Ice'").
    // A word may end in a number after a hyphen ("doses of COVID-19 vaccines").
    // A model's name may hold digits ("two Audi A6 cars").
    Regex::new(r"(?i)^(\s*(?:[\p{L}][\p{L}\-']*(?:-\d{1,3})?|[A-Z]|(?-i:\p{Lu}[\p{L}\-]*\d[\p{L}\d\-]*))(?:\s+and\s+[A-Z]\b)?){0,5}\s*['\u{2018}\u{201c}]?$")
        .expect("filler regex")
});
/// Words that end the gap between a number and its item ("3 suspects and cocaine").
/// "and"/"or" between adjectives stay ("raw and worked ivory"): another item word in the
/// gap blocks on its own.
const BLOCKERS: &[&str] = &[
    "were",
    "was",
    "been",
    "be",
    "is",
    "are",
    "had",
    "have",
    "has",
    "arrested",
    "people",
    "persons",
    "suspects",
    "men",
    "women",
    "individuals",
    "defendants",
    "face",
    "faces",
    "charges",
    "countries",
    "officers",
    "agencies",
    "crew",
    "members",
    "nationals",
    "passengers",
    "migrants",
    "sailors",
    "fishermen",
    "workers",
    "victims",
    "arrests",
    "checks",
    "in",
    "from",
    "to",
    "by",
    "with",
    "at",
    "on",
    "for",
    "than",
    "per",
    "worth",
    "which",
    "who",
    "that",
    "after",
    "during",
    "below",
    "beneath",
    "under",
    "inside",
    "behind",
    "among",
    "into",
    "hidden",
    "concealed",
    "stashed",
    "seized",
    "seizing",
    "found",
    "recovered",
    "but",
    "year",
    "years",
    "days",
    "hours",
    "months",
    "weeks",
];

/// Units of data size: "80 GB of server data" counts no servers.
const DATA_UNITS: &[&str] = &[
    "KB",
    "MB",
    "GB",
    "TB",
    "PB",
    "kilobytes",
    "megabytes",
    "gigabytes",
    "terabytes",
    "petabytes",
];

/// Items seized in one sentence.
///
/// `in_seizure_list` is true for a bullet under a line about seizures ("Results at a glance",
/// "Seized during the operation:"): there the verb is in the heading, not in the bullet.
pub fn detect(ctx: &Ctx<'_>, s_begin: usize, s_end: usize, in_seizure_list: bool) -> Vec<SeizedItem> {
    let text = ctx.text;
    let sent = &text[s_begin..s_end];
    // ("Investigators found that more than 1,200 servers were running it": a verb of
    // finding out, not of finding)
    let seize_verb = ctx.cue(Cue::Seize, s_begin, s_end)
        && SEIZE_VERB
            .find_iter(sent)
            .any(|m| !sent[m.end()..].starts_with(" that ") && !sent[m.end()..].starts_with(" out "));
    if !in_seizure_list && !seize_verb && !CAUGHT_WITH.is_match(sent) {
        return Vec::new();
    }
    // "Since then, the command had recovered more than three million artefacts": a
    // running total over years is the agency's history, not this seizure.
    // ("Since 2018 Ironside had seized 3.7 tonnes": an operation's own running total is
    // its result.)
    if !in_seizure_list
        && CUMULATIVE
            .find(sent)
            .is_some_and(|m| !operation_subject(text, &sent[m.end()..]))
    {
        return Vec::new();
    }
    let mut nums: Vec<NumberMention> = ctx
        .numbers_in(s_begin, s_end)
        .into_iter()
        .filter(|n| {
            !ctx.dates
                .iter()
                .any(|d| d.begin < s_begin + n.end && s_begin + n.begin < d.end)
        })
        .filter(|n| !model_year(sent, n) && !model_number(ctx, sent, n))
        // "COVID-19 test kits": a number that ends a word is part of its name
        .filter(|n| !(sent[..n.begin].ends_with('-') && sent[..n.begin - 1].ends_with(char::is_alphabetic)))
        // "searched 46 properties", "checked 1.6 million people": what officers went
        // through, not what they took
        .filter(|n| !SEARCHED_BEFORE.is_match(&sent[..n.qualified_begin]))
        // "More than 90 percent of the fentanyl": a share, not a quantity; "80 GB of server
        // data": a size of data, in no unit of the contract
        .filter(|n| {
            let after = sent[n.end..].trim_start();
            let unit = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            !(sent[n.end..].starts_with('%')
                || after.starts_with("percent")
                || after.starts_with("per cent")
                || DATA_UNITS.contains(&unit))
        })
        .collect();
    // "one (1) kilogram", "two (2) mobile phones": the figure in brackets repeats the word.
    nums.dedup_by(|n, prev| {
        sent[n.end..].starts_with(')') && prev.value == n.value && sent[prev.end..n.begin].trim() == "("
    });
    // An item word inside a name is no item: "the Drug Enforcement Administration".
    let item_hits: Vec<_> = ctx
        .gaz
        .items(sent)
        .into_iter()
        .filter(|m| {
            let (b, e) = (s_begin + m.begin, s_begin + m.end);
            let in_org = ctx
                .names
                .iter()
                .any(|n| matches!(n.hit, Hit::Org(_)) && n.begin <= b && e <= n.end);
            // "Drug Enforcement", "Cocaine Task Force": a capitalized item word before a
            // capitalized word of offices and organizations (not a headline's "Cocaine In").
            let next = sent[m.end..]
                .strip_prefix(' ')
                .and_then(|r| r.split(|c: char| !c.is_alphanumeric()).next())
                .unwrap_or("");
            let capitalized_name = sent[m.begin..].starts_with(char::is_uppercase)
                && next.starts_with(char::is_uppercase)
                && (ctx.gaz.is_org_head(next) || ctx.gaz.is_generic(next));
            // "pill-press labs": the first part of a compound is no item of its own.
            let compound = sent[m.end..].starts_with('-') && sent[m.end + 1..].starts_with(char::is_alphabetic);
            // "263 suspected drug smugglers", "firearms dealers": people, not goods.
            let people = ctx.gaz.is_dealer(next);
            !in_org && !capitalized_name && !compound && !people
        })
        .collect();
    let item_hits = with_models(ctx, sent, item_hits);
    let mut items: Vec<(SeizedItem, usize)> = Vec::new(); // item, position in sentence
                                                          // Positions of items written with "a", "an" or "one" in front ("a speedboat").
    let mut singular_at: Vec<usize> = Vec::new();
    // Positions of items counted as one only because they are named in the singular.
    let mut bare_one: Vec<usize> = Vec::new();
    // Positions of items whose quantity an entry gives after them ("- Cocaine ; 1,134 kg"):
    // the list's heading governs them, whatever words of seizing the row holds.
    let mut entry_at: Vec<usize> = Vec::new();
    let mut used_nums = vec![false; nums.len()];

    // Money first: a currency amount, then an optional item ("in cash", "in virtual assets").
    for (ni, n) in nums.iter().enumerate() {
        let before_num = &sent[..n.begin];
        let after = &sent[n.end..];
        let cur_before = CURRENCY_BEFORE.captures(before_num);
        // the sign written before the figure ("$", "Rs", "P")
        let sign = cur_before.as_ref().and_then(|c| c.get(2)).map(|m| m.as_str());
        let (code, after_cur) = if let Some(c) = &cur_before {
            (
                currency_code(c.get(1).or(c.get(2)).map(|m| m.as_str()).unwrap_or("")),
                0,
            )
        } else if let Some(c) = CURRENCY_AFTER.captures(after) {
            // "12,500 Pakistani rupees", "48 million won", "TSh 18 million": a currency
            // shared by several countries is the one of the country written before it, or
            // else of the country the sentence or article is about
            let word = c[2].to_lowercase();
            let named = c.get(1).map(|m| m.as_str().trim());
            let named_country = named.and_then(|a| country_of_adjective(ctx, a));
            // (a bare "pounds" is the pound sterling, and a weight; a bare dollar or rupee
            // is read below)
            let local = named_country
                .is_none()
                .then(|| local_country(ctx, s_begin, s_end))
                .flatten()
                .filter(|_| !matches!(word.as_str(), "pounds" | "dollars" | "rupees"));
            let shared = match named_country {
                Some(a3) => shared_currency(&word, named.unwrap_or(""), a3),
                None => local.and_then(|a3| shared_currency(&word, "", a3)),
            };
            // ("76 million francs" in a West African story is no Swiss money: a bare
            // franc is Switzerland's only where no other country is named)
            let franc_elsewhere = word == "francs" && named.is_none() && shared.is_none() && local.is_some();
            let code = match shared {
                Some(code) => Some(Cow::Borrowed(code)),
                None if franc_elsewhere => None,
                None => currency_code(&c[2]),
            };
            (code, c.get(0).expect("m").end())
        } else {
            continue;
        };
        // "5,318 pounds of methamphetamine" is a weight; "10,000 pounds in cash" is money.
        let pounds = cur_before.is_none()
            && CURRENCY_AFTER
                .captures(after)
                .is_some_and(|c| c[2].eq_ignore_ascii_case("pounds"));
        let Some(code) = code else { continue };
        // "R380 000" is rand; "the R21" is a road. "N1.35million" is naira; "the N2" a road.
        if (code == "ZAR" && before_num.ends_with('R') || code == "NGN" && before_num.ends_with('N'))
            && n.value < 1000.0
        {
            continue;
        }
        // "P3.2 million" is the Philippine peso's sign, in a story about the Philippines only
        // (the figure itself is read glued to a P only with a separator or a multiplier)
        if sign == Some("P") && local_country(ctx, s_begin, s_end) != Some("PHL") {
            continue;
        }
        // A bare "$" is the dollar of the country the article is about.
        let bare_dollar = sign == Some("$")
            || CURRENCY_AFTER
                .captures(after)
                .is_some_and(|c| c[2].eq_ignore_ascii_case("dollars") && c.get(1).is_none());
        // "Rs", "rupees": the rupee of the country the article is about ("₹" is India's).
        let rupee = sign.is_some_and(|m| m.starts_with("Rs"))
            || CURRENCY_AFTER
                .captures(after)
                .is_some_and(|c| c[2].eq_ignore_ascii_case("rupees") && c.get(1).is_none());
        let code = if code == "USD" && bare_dollar && !US_CURRENCY.is_match(&sent[n.end..]) {
            Cow::Borrowed(local_dollar(ctx, s_begin, s_end))
        } else if code == "INR" && rupee {
            Cow::Borrowed(local_rupee(ctx, s_begin, s_end))
        } else {
            code
        };
        used_nums[ni] = true;
        let cur_begin = cur_before
            .as_ref()
            .map_or(n.begin, |c| c.get(0).expect("match").start());
        // the conversion itself: an amount in brackets right after another amount ("(about
        // USD 200 million)" with its qualifier)
        let lead_lower = sent[..cur_begin.min(n.qualified_begin)].trim_end().to_lowercase();
        if strip_qualifier(&lead_lower).trim_end().ends_with('(')
            && ni > 0
            && used_nums[ni - 1]
            && (CURRENCY_AFTER.is_match(&sent[nums[ni - 1].end..])
                || CURRENCY_BEFORE.is_match(&sent[..nums[ni - 1].begin]))
            && sent[nums[ni - 1].end..cur_begin.min(n.qualified_begin)].len() <= 16
        {
            continue;
        }
        let lead = &sent[..cur_begin.min(n.qualified_begin)];
        // "the heroin is valued at Rs 1,526 crore and the methamphetamine at Rs 92 crore"
        let value_again = VALUE_AGAIN.is_match(lead);
        if is_value(lead) || value_again {
            // "cryptocurrency worth USD 1.2m": for assets counted by their value, the value
            // is the quantity. Goods ("drugs worth $5 million") keep no quantity.
            let before_worth = lead.trim_end();
            let before_worth = strip_qualifier(before_worth).trim_end();
            let before_worth = before_worth
                .strip_suffix("worth")
                .or_else(|| before_worth.strip_suffix("valued at"))
                .map(str::trim_end);
            if let Some(bw) = before_worth {
                if let Some(m) = item_hits.iter().find(|m| m.end == bw.len()) {
                    let Hit::Item(i) = m.hit else { continue };
                    let it = &ctx.gaz.items[i];
                    if it.category == "Other" || it.category == "Cash" {
                        let lb = label_start(sent, 0, m.begin);
                        items.push((
                            SeizedItem {
                                category: it.category.clone(),
                                label: singular(ctx, sent[lb..m.end].trim(), i),
                                quantity: Some(round(n.value)),
                                unit: Some(code.to_string()),
                                qualifier: n.qualifier,
                                span: Span::new(s_begin + lb, s_begin + n.end + after_cur),
                                includes: vec![],
                            },
                            m.begin,
                        ));
                    }
                }
            }
            continue;
        }
        let rest = &after[after_cur..];
        if rest.trim_start().to_lowercase().starts_with("worth") || DUTY_AFTER.is_match(rest) {
            continue;
        }
        // "4,850 pounds (2,200 kilograms) of cocaine": a weight, with its metric gloss
        if pounds {
            let gloss = GLOSS_AFTER.find(rest).map_or(0, |g| g.end());
            if rest[gloss..].trim_start().starts_with("of ") {
                used_nums[ni] = false;
                continue;
            }
        }
        // "EUR 12 000 in cash", "£54 million in criminal cash", "USD 101 million was in virtual assets"
        // "42.6 million baht ($1.26 million) in cash": a conversion in brackets is skipped
        let gloss = GLOSS_AFTER.find(&sent[n.end + after_cur..]).map_or(0, |g| g.end());
        let tail_item = item_hits.iter().find(|m| {
            m.begin >= n.end + after_cur + gloss && {
                let gap = &sent[n.end + after_cur + gloss..m.begin];
                // ("US$ 438,000 and cryptocurrency worth ...": the next item of a list)
                gap.len() <= 30
                    && MONEY_GAP.is_match(gap)
                    && !gap.split_whitespace().any(|w| matches!(w, "and" | "or" | "plus"))
            }
        });
        let (category, label, end) = match tail_item {
            Some(m) => {
                let Hit::Item(i) = m.hit else { continue };
                let it = &ctx.gaz.items[i];
                let lb = label_start(sent, n.end + after_cur, m.begin);
                (
                    category_for(base_category(ctx, it), &sent[lb..m.end]),
                    sent[lb..m.end].trim().to_string(),
                    m.end,
                )
            }
            None => ("Cash".to_string(), "cash".to_string(), n.end + after_cur),
        };
        if !matches!(category.as_str(), "Cash" | "Other") {
            // "$5 million of cocaine" is a value, not money seized; "pounds of cocaine" a weight
            used_nums[ni] = !pounds;
            continue;
        }
        items.push((
            SeizedItem {
                category,
                label,
                quantity: Some(round(n.value)),
                unit: Some(code.to_string()),
                qualifier: n.qualifier,
                span: Span::new(s_begin + cur_begin.min(n.qualified_begin), s_begin + end),
                includes: vec![],
            },
            n.begin,
        ));
    }

    // Counted and weighed items.
    let mut claimed_items = vec![false; item_hits.len()];
    for (k, m) in item_hits.iter().enumerate() {
        let Hit::Item(i) = m.hit else { continue };
        let it = &ctx.gaz.items[i];
        if items
            .iter()
            .any(|(x, _)| x.span.begin <= s_begin + m.begin && s_begin + m.end <= x.span.end)
        {
            claimed_items[k] = true;
            continue;
        }
        // "118 packages of methamphetamine weighing a combined 1,452 pounds": the weight
        // after the item is its quantity, before any count.
        let mut found = None;
        for (ni, n) in nums.iter().enumerate().rev() {
            if n.end > m.begin || used_nums[ni] {
                continue;
            }
            let between = &sent[n.end..m.begin];
            // "one million, four hundred ... (1,426,500) pills": the figure in brackets.
            let between = if sent[..n.begin].ends_with('(') {
                between.strip_prefix(')').unwrap_or(between)
            } else {
                between
            };
            // "9mm pistol", "9 mm pistol", ".45-calibre": a calibre, not a count.
            let lower = between.to_lowercase();
            let lower = lower.trim_start();
            if lower.starts_with("mm")
                || lower.starts_with("-mm")
                || lower.trim_start_matches(['-', ' ']).starts_with("calib")
            {
                break;
            }
            // "two 250-horsepower outboard engines", "three 40-foot containers": a figure
            // joined to a measure is the item's size; the count is the figure before it.
            if MEASURE_JOINED.is_match(between) {
                continue;
            }
            let between_clean = without_gloss(between);
            let between_clean = MEASURE_MODIFIER.replace_all(&between_clean, " ");
            let between = between_clean.as_ref();
            let (unit_factor, unit, rest) = match UNIT.captures(between) {
                Some(c) => {
                    let u = c[1].to_lowercase();
                    let (f, unit) = unit_of(&u);
                    (f, Some(unit), &between[c.get(0).expect("m").end()..])
                }
                None => (1.0, None, between),
            };
            // "4,850 pounds (2,200 kilograms) of cocaine": the metric figure in brackets.
            let rest = if sent[..n.qualified_begin].ends_with('(') {
                rest.strip_prefix(')').unwrap_or(rest)
            } else {
                rest
            };
            // "640 kg of shisha (water-pipe) tobacco": a short gloss in brackets is skipped.
            let unbracketed = without_gloss(rest);
            let rest = unbracketed.as_str();
            if rest.contains([',', ';', ':', '(', ')', '-'])
                && !rest.trim().chars().all(|c| c.is_alphabetic() || c == ' ' || c == '-')
            {
                break;
            }
            if !FILLER.is_match(rest) {
                break;
            }
            // (an article opens another phrase: "two agencies stopped an Iranian fishing vessel")
            // ("Class A and B drugs" keeps its capital letters)
            let blocked = rest.split_whitespace().enumerate().any(|(wi, w)| {
                let article = w == "a" || w == "an";
                let w = w.to_lowercase();
                (BLOCKERS.contains(&w.as_str()) || article)
                    && !(w == "and"
                        && wi > 0
                        && rest
                            .split_whitespace()
                            .nth(wi + 1)
                            .is_some_and(|x| x.len() == 1 && x.chars().all(char::is_uppercase)))
            });
            if blocked
                || item_hits
                    .iter()
                    .any(|o| o.begin > n.end && o.end < m.begin && o.begin != m.begin)
            {
                break;
            }
            found = Some((ni, unit_factor, unit));
            break;
        }
        // A weight after the item ("weighing a combined 1,452 pounds") is its quantity when
        // the count before it is of packages ("118 packages of methamphetamine") or there is
        // none; a count of the items themselves ("42 elephant tusks, weighing 318.6 kg")
        // stays the quantity.
        let weight = weighed_after(sent, m.end, &nums, &used_nums);
        let weighed = weight.is_some()
            && found.is_none_or(|(ni, _, unit): (usize, f64, Option<&str>)| {
                unit.is_none() && CONTAINERS.is_match(&sent[nums[ni].end..m.begin])
            });
        if weighed {
            found = weight;
        }
        // A list entry or a table row that names the item first: "Cocaine: 120 kg",
        // "Crystal methamphetamine ; 1,845 kg", "Firearms (7 long guns, 4 handguns) ; 11".
        let listed = if found.is_none() && in_seizure_list {
            listed_after(sent, m.end, &nums, &used_nums)
        } else {
            None
        };
        let weighed = weighed || listed.is_some();
        if listed.is_some() {
            found = listed;
            entry_at.push(m.begin);
        }
        let label_from = match found {
            Some((ni, _, _)) if !weighed => nums[ni].end,
            // an entry's item runs from the entry's start ("- Liquid precursor chemicals ; ...")
            Some(_) if listed.is_some() => sent.len() - sent.trim_start_matches(['-', '*', '\u{2022}', ' ']).len(),
            None => entry_words_before(sent, m.begin),
            _ => m.begin,
        };
        let label_b = label_start(sent, label_from, m.begin);
        let label = sent[label_b..m.end].trim().to_string();
        let category = category_for(base_category(ctx, it), &label);
        match found {
            Some((ni, factor, unit)) => {
                used_nums[ni] = true;
                claimed_items[k] = true;
                let n = &nums[ni];
                let unit = unit
                    .map(str::to_string)
                    .or_else(|| it.unit.clone())
                    .or_else(|| Some("item".to_string()));
                items.push((
                    SeizedItem {
                        category,
                        label: singular(ctx, &label, i),
                        quantity: Some(round(n.value * factor)),
                        unit,
                        qualifier: n.qualifier,
                        span: if weighed {
                            let unit_end = UNIT.find(&sent[n.end..]).map_or(n.end, |u| n.end + u.end());
                            Span::new(s_begin + label_b, s_begin + unit_end)
                        } else {
                            Span::new(s_begin + n.qualified_begin, s_begin + m.end)
                        },
                        includes: vec![],
                    },
                    m.begin,
                ));
            }
            None => {
                // "a rocket launcher": one item, but only inside an "including" list.
                let before = sent[..m.begin].trim_end();
                let one = before.ends_with(" a") || before.ends_with(" an") || before.ends_with(" one");
                let in_list = SUB_START
                    .find_iter(&sent[..m.begin])
                    .last()
                    .is_some_and(|s| SUB_END.find_at(sent, s.end()).map(|e| e.start()).unwrap_or(sent.len()) > m.begin);
                if one && !in_list {
                    singular_at.push(m.begin);
                }
                // "a 9 mm pistol", "a 15-metre yacht", "the yacht was seized": one vehicle,
                // weapon or object, named in the singular. It still has to pass the test
                // for bare items below.
                let countable = matches!(it.category.as_str(), "Vehicle" | "Firearm" | "CulturalProperty");
                // (not in a heading in capitals: "HOW THE SHIP WAS FOUND")
                let singular_one = !one
                    && countable
                    && sent.chars().any(char::is_lowercase)
                    && !sent[m.begin..m.end].ends_with('s')
                    && (indefinite_before(&sent[..m.begin]) || sent[..m.begin].to_lowercase().ends_with("the "));
                if singular_one {
                    bare_one.push(m.begin);
                }
                // ("4. an AK-47 rifle with two magazines": an entry of a seizure list)
                let one = (one && (in_list || in_seizure_list)) || singular_one;
                items.push((
                    SeizedItem {
                        category,
                        label: singular(ctx, &label, i),
                        quantity: if one { Some(1.0) } else { None },
                        unit: if one { Some("item".into()) } else { None },
                        qualifier: None,
                        span: Span::new(s_begin + label_b, s_begin + m.end),
                        includes: vec![],
                    },
                    m.begin,
                ));
            }
        }
    }
    items.sort_by_key(|(_, p)| *p);

    // Sub-counts: items inside an "including ..." segment belong to the item before it.
    let mut segments: Vec<(usize, usize)> = Vec::new();
    for m in SUB_START.find_iter(sent) {
        let end = SUB_END.find_at(sent, m.end()).map(|e| e.start()).unwrap_or(sent.len());
        segments.push((m.start(), end));
    }
    let mut out: Vec<SeizedItem> = Vec::new();
    let mut out_pos: Vec<usize> = Vec::new();
    let quantified_any = items.iter().any(|(x, _)| x.quantity.is_some());
    for (item, pos) in items {
        let end_in_sent = item.span.end - s_begin;
        // (money is never part of goods: "57 vehicles including 11 boats, and 42.6 million
        // baht in cash" ends the vehicles at the cash)
        let segment = segments
            .iter_mut()
            .find(|(sb, se)| pos > *sb && pos < *se)
            .filter(|_| item.category != "Cash");
        if let Some((sb, se)) = segment {
            let sb = *sb;
            // ("two tonnes of drugs, among them cocaine and cannabis, over 180 firearms and
            // 12,500 counterfeit products": a counted item of another kind is the list going
            // on after the breakdown, not part of it)
            let parent = out_pos.iter().rposition(|&p| p < sb);
            // (nor is a counted item after a breakdown of bare words: "14 rifles, among them
            // AK-47 and Galil assault rifles, four pistols")
            let goes_on = parent.is_some_and(|i| {
                let bare_breakdown =
                    !out[i].includes.is_empty() && out[i].includes.iter().all(|x| x.quantity.is_none());
                item.quantity.is_some()
                    && (out[i].category != item.category || bare_breakdown)
                    && sent[sb..pos].contains(", ")
            });
            // (and the breakdown ends there, for the items after it too)
            if goes_on {
                *se = pos;
            }
            if let Some(parent_i) = parent.filter(|_| !goes_on) {
                if item.quantity.is_some() || item.label.split_whitespace().count() >= 1 {
                    out[parent_i].includes.push(item);
                }
                continue;
            }
        }
        let item_begin = pos.min(item.span.begin.saturating_sub(s_begin));
        // (a word of seizing after the item, "96.4 tonnes of cocaine in 238 separate
        // seizures", leaves the heading in charge; one before it governs by itself)
        let listed = in_seizure_list
            && (entry_at.contains(&pos)
                || !OTHER_VERB.is_match(&sent[..item_begin])
                    && (!seize_verb || !SEIZE_VERB.is_match(&sent[..item_begin])));
        if !listed && !governed(sent, item_begin, end_in_sent) {
            continue;
        }
        // "seized assets worth USD 300 million": the assets are the value's, not an item.
        if item.quantity.is_none() && sent[end_in_sent..].trim_start().to_lowercase().starts_with("worth") {
            continue;
        }
        // "14 firearms, three trucks, a speedboat and $1.2 million": one item, when it is
        // listed among counted ones.
        let mut item = item;
        if item.quantity.is_none()
            && singular_at.contains(&pos)
            && quantified_any
            && in_counted_list(sent, pos, end_in_sent)
        {
            item.quantity = Some(1.0);
            item.unit = Some("item".into());
        }
        if item.quantity.is_none() || bare_one.contains(&pos) {
            // Bare items: only beside counted ones or with "were (also) seized".
            let after = &sent[pos..];
            let said_seized = SAID_SEIZED.is_match(after);
            // (not across a preposition: "hashish and heroin from dhow" has the dhow where
            // the drugs were, not among them)
            let list_neighbour = quantified_any
                && LIST_NEIGHBOUR.find(&sent[..pos]).is_some_and(|m| {
                    !m.as_str()
                        .split_whitespace()
                        .any(|w| PLACE_PREPOSITIONS.contains(&w.to_lowercase().as_str()))
                });
            let seized_obj = SEIZED_OBJ.is_match(&sent[..pos]) || SEIZED_WITH.is_match(&sent[..pos]);
            // (in an entry of a list, what does the seizing is no item: "- The navy ship
            // HNLMS Vela offloaded approximately 4,850 pounds of cocaine")
            let subject = || {
                SEIZE_VERB
                    .find(&sent[end_in_sent..])
                    .is_some_and(|v| OBJECT_AFTER.is_match(&sent[end_in_sent + v.end()..]))
            };
            if !(said_seized || list_neighbour || seized_obj || in_seizure_list && !subject()) {
                continue;
            }
            if item.unit.is_none() && item.quantity.is_none() && item.label.split_whitespace().count() > 4 {
                continue;
            }
        }
        out.push(item);
        out_pos.push(pos);
    }
    // "116 tonnes of cocaine ..., up from 110 tonnes in 2022 and about 90 tonnes in 2021",
    // "16 tonnes of cocaine ... and a further 4.7 tonnes seized in Paraguay": a weight with
    // no item of its own repeats the item weighed before it in the sentence.
    for (ni, n) in nums.iter().enumerate() {
        if used_nums[ni] || segments.iter().any(|(sb, se)| n.begin > *sb && n.begin < *se) {
            continue;
        }
        let Some(c) = UNIT.captures(&sent[n.end..]) else {
            continue;
        };
        if c.get(2).is_some() {
            continue;
        }
        let (factor, unit) = unit_of(&c[1].to_lowercase());
        let unit_end = n.end + c.get(0).expect("m").end();
        let next = sent[unit_end..].trim_start();
        let word = next.split(|ch: char| !ch.is_alphanumeric()).next().unwrap_or("");
        if !(next.is_empty() || next.starts_with([',', '.', ';', ')']) || ELLIPSIS_NEXT.contains(&word)) {
            continue;
        }
        // ("12 boxes weighing 3 tonnes": the weight of the goods just named)
        if WEIGHED_BEFORE.is_match(&sent[..n.qualified_begin]) {
            continue;
        }
        let prev = out
            .iter()
            .zip(&out_pos)
            .rev()
            .find(|(it, p)| **p < n.begin && it.quantity.is_some() && it.unit.as_deref() == Some(unit));
        let Some((prev, _)) = prev else { continue };
        let quantity = round(n.value * factor);
        if prev.quantity == Some(quantity) {
            continue;
        }
        let item = SeizedItem {
            category: prev.category.clone(),
            label: prev.label.clone(),
            quantity: Some(quantity),
            unit: Some(unit.to_string()),
            qualifier: n.qualifier,
            span: Span::new(s_begin + n.qualified_begin, s_begin + unit_end),
            includes: vec![],
        };
        used_nums[ni] = true;
        out.push(item);
        out_pos.push(n.begin);
    }
    out
}

/// "weighing", "weighed a combined", "with a total weight of" right before a figure.
static WEIGHED_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:weighing|weighed|weight\s+of)(?:\s+a\s+(?:combined|total)(?:\s+of)?)?\s*$").expect("re")
});

/// Words that may follow a weight whose item is left out ("90 tonnes in 2021", "4.7 tonnes
/// seized in Paraguay").
const ELLIPSIS_NEXT: &[&str] = &[
    "in",
    "at",
    "on",
    "seized",
    "found",
    "intercepted",
    "recovered",
    "confiscated",
    "were",
    "was",
    "and",
    "from",
    "during",
    "last",
    "this",
    "that",
    "the",
];

/// True when the text before `pos` ends a list's previous entry: ", a" or " and a", with a
/// number (digits or words, as [`crate::text::numbers::find`] reads them) in the entry
/// before it ("three trucks, a speedboat").
fn in_counted_list(sent: &str, pos: usize, end: usize) -> bool {
    let before = sent[..pos].trim_end();
    let Some(head) = before
        .strip_suffix(" a")
        .or_else(|| before.strip_suffix(" an"))
        .or_else(|| before.strip_suffix(" one"))
    else {
        return false;
    };
    let head = head.trim_end();
    // ("seized a Toyota Land Cruiser and TSh 18 million in cash": the list's first entry,
    // before a counted one)
    let next_counted = || {
        let rest = &sent[end..];
        let Some(next) = rest.strip_prefix(", ").or_else(|| rest.strip_prefix(" and ")) else {
            return false;
        };
        let next = next.trim_start_matches("and ");
        let entry = next.split([',', ';', '.']).next().unwrap_or("");
        !sent[..pos].trim_end().ends_with(',') && !crate::text::numbers::find(entry).is_empty()
    };
    let prev = if let Some(h) = head.strip_suffix(',') {
        h
    } else if let Some(h) = head.strip_suffix(" and") {
        h.trim_end_matches(',')
    } else {
        return next_counted();
    };
    // the entry before: back to the previous comma
    let entry = prev.rsplit(',').next().unwrap_or(prev);
    !crate::text::numbers::find(entry).is_empty()
}

/// Verbs that govern other objects: an item after "identifying" or "arrested" is not seized.
static OTHER_VERB: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(arrest(?:ed|ing)|detain(?:ed|ing)|identif(?:ied|ying)|check(?:ed|ing)|inspect(?:ed|ing)|screen(?:ed|ing)|detecting|block(?:ed|ing)|flagg(?:ed|ing)|shut|closed|remov(?:ed|ing)|taken\s+down|took\s+down|rescu(?:ed|ing)|question(?:ed|ing)|interview(?:ed|ing)|search(?:ed|ing)|cover(?:ed|ing)|made|charged|convicted|sentenced|paid|lost|froze|frozen|freez(?:e|es|ing)|infect(?:ed|ing)|compromis(?:ed|ing))\b").expect("other verbs")
});
/// The start of a verb's object: a figure or a determiner ("offloaded approximately 4,850
/// pounds", "seized a pistol"), not a preposition ("seized in Passau").
static OBJECT_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^\s+(?:(?:approximately|about|around|nearly|almost|some|over|more\s+than)\s+)?(?:\d|an?\s|one\s|two\s|three\s|four\s|five\s)")
        .expect("object after")
});
static SEIZE_ACTIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(seiz\w*|confiscat\w*|recover\w*|intercept\w*|impound\w*|netted|found|discovered|uncovered|haul|hauls|captured|retrieved|took\s+possession\s+of|turned\s+up|detected|located|offloaded|offloads|offloading)\b").expect("active")
});
static SEIZE_PASSIVE_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(seized|confiscated|recovered|intercepted|impounded|found|discovered|uncovered|captured|retrieved|netted|taken|detected|offloaded)\b").expect("passive")
});
static AUX_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(were|was|been|be|being|are|is)\s+(?:also\s+|then\s+|later\s+)?$").expect("aux")
});

/// True when a seizure verb governs the item at `[begin, end)` of the sentence: an active
/// verb or a seizure noun before it ("officers seized 12 kg", "seizures include"), or a
/// participle after it ("114 forged documents seized", "grenades were seized"), with no
/// other verb in between.
fn governed(sent: &str, begin: usize, end: usize) -> bool {
    // "arrested a Dutch national with 3.8 kilograms of cocaine", "was found with 2.05 kg"
    if CAUGHT_WITH_BEFORE.is_match(&sent[..begin]) {
        return true;
    }
    // "took 8,263 firearms and 305,000 rounds off the streets"
    if OFF_THE_STREETS
        .captures_iter(sent)
        .any(|c| c.get(1).is_some_and(|g| g.start() <= begin && end <= g.end()))
    {
        return true;
    }
    for m in SEIZE_ACTIVE.find_iter(&sent[..begin]) {
        // ("What was seized: 3.2 lakh yaba tablets": a colon after the verb lists its objects)
        let passive = AUX_BEFORE.is_match(&sent[..m.start()]) && !sent[m.end()..].starts_with(':');
        if !passive && !OTHER_VERB.is_match(&sent[m.end()..begin]) {
            return true;
        }
    }
    if let Some(m) = SEIZE_PASSIVE_AFTER.find(&sent[end..]) {
        let between = &sent[end..end + m.start()];
        if !OTHER_VERB.is_match(between) && !SEIZE_ACTIVE.find(between).is_some_and(|x| x.as_str().ends_with("ing")) {
            return true;
        }
    }
    false
}

/// A person caught with goods: "arrested a courier with", "was found with", "had ingested
/// 87 wraps containing" (right before the goods, which the caller checks are counted).
const CAUGHT_WITH_RE: &str = r"(?i)\b(?:arrest(?:ed|ing)|detain(?:ed|ing)|caught|nabbed|apprehend(?:ed|ing)|stopped|found|intercept(?:ed|ing)|ingested|swallowed)\b[^.;:!?]{0,100}?\s(?:with|carrying|containing)\s+";
static CAUGHT_WITH: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"{CAUGHT_WITH_RE}(?:\S+\s+){{0,2}}\d")).expect("caught with"));
static CAUGHT_WITH_BEFORE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{CAUGHT_WITH_RE}(?:(?:about|some|nearly|almost|over|around|approximately|just\s+over|more\s+than)\s+)?$"
    ))
    .expect("caught with before")
});

/// "took ... off the streets": what is between was seized (group 1).
static OFF_THE_STREETS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:took|take|takes|taking|taken)\s+([^.;]{1,200}?)\s+off\s+(?:the\s+|our\s+)?streets?\b")
        .expect("off the streets")
});

/// True when `after` (the text after a running-total phrase) opens with an operation as the
/// subject: "the operation has", "Operation Ironside had", or a name the article gives as an
/// operation's ("Ironside had").
fn operation_subject(text: &str, after: &str) -> bool {
    let after = after.trim_start_matches([',', ' ']);
    let Some(i) = after.find(" had ").or_else(|| after.find(" has ")) else {
        return false;
    };
    let subject = &after[..i];
    let lower = subject.to_lowercase();
    if matches!(lower.as_str(), "the operation" | "the investigation") || subject.starts_with("Operation ") {
        return true;
    }
    !subject.contains(' ') && subject.starts_with(char::is_uppercase) && text.contains(&format!("Operation {subject}"))
}

/// Phrases of a running total over years ("since then", "since 2015", "since its creation",
/// "in its history"); "since 3 March" is a date, not a history.
static CUMULATIVE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:since\s+then|since\s+(?:its|their)\s+(?:creation|founding|foundation|establishment|inception|launch)|since\s+(?:19|20)\d\d\b|in\s+(?:its|their)\s+(?:\d+-year\s+)?history|to\s+date)\b")
        .expect("cumulative")
});

/// A measure joined to the figure before it by a hyphen: "-horsepower", "-foot", "-metre".
const MEASURES: &str = "horsepower|hp|metres?|meters?|m|foot|feet|ft|inch|inches|litres?|liters?|tonnes?|tons?|kw|kilowatts?|seats?|seater|wheel|door|cylinders?";
static MEASURE_JOINED: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"^-(?i:{MEASURES})\b")).expect("measure joined"));
/// Such a figure and its measure inside the words between a count and its item: " 250-horsepower ".
static MEASURE_MODIFIER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(&format!(r"\s\d[\d,.]*-(?i:{MEASURES})\b")).expect("measure modifier"));

/// True when `before` ends with "a", "an" or "one" and at most three modifiers ("a 9 mm ",
/// "a 15-metre ", "an unregistered "): the item after it is named once, in the singular.
fn indefinite_before(before: &str) -> bool {
    let lower = before.to_lowercase();
    let toks: Vec<&str> = lower.split_whitespace().rev().take(4).collect();
    for (k, t) in toks.iter().enumerate() {
        if matches!(*t, "a" | "an" | "one") {
            return true;
        }
        let modifier = t.chars().all(|c| c.is_alphanumeric() || c == '-' || c == '.')
            && !BLOCKERS.contains(t)
            && !matches!(*t, "of" | "and" | "or" | "the");
        if !modifier || k >= 3 {
            return false;
        }
    }
    false
}

/// `s` without one short bracketed gloss ("shisha (water-pipe) tobacco", "one (1) kilogram").
fn without_gloss(s: &str) -> String {
    if let (Some(o), Some(c)) = (s.find('('), s.find(')')) {
        let inner = &s[o + 1..c.max(o + 1)];
        if o < c && inner.len() <= 25 && inner.chars().all(|ch| ch.is_alphanumeric() || ch == '-' || ch == ' ') {
            return format!("{}{}", s[..o].trim_end(), &s[c + 1..]);
        }
    }
    s.to_string()
}

/// "a 2021 Kenworth tractor", "the 2019 Toyota Hilux": a vehicle's model year, not a count.
fn model_year(sent: &str, n: &NumberMention) -> bool {
    let digits = &sent[n.begin..n.end];
    let ends_with = |before: &str, a: &str| {
        before.len() >= a.len()
            && before.is_char_boundary(before.len() - a.len())
            && before[before.len() - a.len()..].eq_ignore_ascii_case(a)
    };
    let before = &sent[..n.begin];
    digits.len() == 4
        && (1950.0..=2099.0).contains(&n.value)
        && digits.bytes().all(|b| b.is_ascii_digit())
        && sent[n.end..].trim_start().starts_with(char::is_uppercase)
        && [" a ", " an ", " the ", "(a ", "(the "]
            .iter()
            .any(|a| ends_with(before, a) || before.eq_ignore_ascii_case(a.trim_start()))
}

/// "a single-engine Cessna 206 light aircraft", "Glock 17 pistols": a plain figure right
/// after a capitalized word inside a sentence, before a lower-case word, is a model's
/// number, not a count. Not after a place or a month ("in Lagos 300 ...", "May 12").
fn model_number(ctx: &Ctx<'_>, sent: &str, n: &NumberMention) -> bool {
    let digits = &sent[n.begin..n.end];
    if digits.len() > 4 || !digits.bytes().all(|b| b.is_ascii_digit()) || n.qualified_begin != n.begin {
        return false;
    }
    let Some(before) = sent[..n.begin].strip_suffix(' ') else {
        return false;
    };
    let word = before.rsplit(' ').next().unwrap_or("");
    let earlier = before[..before.len() - word.len()].trim_end();
    word.len() >= 3
        && word.starts_with(char::is_uppercase)
        && word.chars().skip(1).all(char::is_lowercase)
        && earlier.ends_with(|c: char| c.is_lowercase() || c == '-')
        && !ctx.gaz.is_function(word)
        && ctx.gaz.country(word).is_none()
        && !ctx.gaz.places.iter().any(|p| p.name == word)
        && sent[n.end..]
            .strip_prefix(' ')
            .is_some_and(|r| r.starts_with(char::is_lowercase))
}

static GLOSS_AFTER: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^\s*\([^()]{1,60}\)").expect("gloss regex"));

/// Counts of packaging, not of the goods: "118 packages of", "41 bundles of".
static CONTAINERS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:[\p{L}\-]+\s+)?(?:packages|packets|bundles|bags|bricks|blocks|parcels|sacks|boxes|cartons|containers|crates|pallets|suitcases|sachets|wraps|bales|bottles|drums|jerrycans|canisters|pouches)\s+of\b")
        .expect("containers regex")
});

/// "weighing a combined", "weighing about", "with a total weight of": a weight follows,
/// also after the item's emphasis ("**160 packages of heroin**, weighing 180 kg").
static WEIGHING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[*_]*,?\s+(?:weighing|weighed|with\s+a\s+(?:total\s+|combined\s+)?weight\s+of)\s+(?:a\s+(?:combined|total)\s+(?:of\s+)?|in\s+total\s+)?")
        .expect("weighing regex")
});

/// The weight right after an item ("cocaine weighing 150 kg"): the number's index, the
/// unit's factor to kilograms or litres, and the unit.
fn weighed_after(
    sent: &str,
    item_end: usize,
    nums: &[NumberMention],
    used: &[bool],
) -> Option<(usize, f64, Option<&'static str>)> {
    // "worked ivory (bangles and seals) weighing 850 grams": a bracket between is skipped.
    let gloss = GLOSS_AFTER.find(&sent[item_end..]).map_or(0, |g| g.end());
    // "96 bricks of heroin (33.6 kg)": the bracket is the weight itself.
    if gloss > 0 {
        let open = item_end + sent[item_end..].find('(')? + 1;
        let close = item_end + gloss - 1;
        let ni = nums.iter().position(|n| n.qualified_begin == open || n.begin == open);
        if let Some(ni) = ni.filter(|&ni| !used[ni]) {
            if let Some(c) = UNIT.captures(&sent[nums[ni].end..close]) {
                if c.get(2).is_none() && sent[nums[ni].end + c[0].len()..close].trim().is_empty() {
                    let (factor, unit) = unit_of(&c[1].to_lowercase());
                    return Some((ni, factor, Some(unit)));
                }
            }
        }
    }
    let w = WEIGHING.find(&sent[item_end + gloss..])?;
    let at = item_end + gloss + w.end();
    let ni = nums.iter().position(|n| n.qualified_begin == at || n.begin == at)?;
    if used[ni] {
        return None;
    }
    let c = UNIT.captures(&sent[nums[ni].end..])?;
    let (factor, unit) = unit_of(&c[1].to_lowercase());
    Some((ni, factor, Some(unit)))
}

/// Between an entry's item and its quantity: an optional gloss in brackets, then a colon,
/// a semicolon (a table's cell), a dash or an equals sign.
/// The item's own words may run on first ("Cartridges of various calibres ; 2,340").
static ENTRY_SEPARATOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:\s+(?:seized|confiscated|recovered|intercepted|impounded))?(?:\s+(?:of|for|in)(?:\s+[\p{L}\-]+){1,3})?(?:\s*\([^()]{1,60}\))?\s*[:;=\-\u{2013}\u{2014}|]\s*")
        .expect("entry separator")
});

/// A labelled table cell's heading: "Quantity seized: ".
static CELL_HEADING: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"^([^:;]{1,60}):\s*").expect("cell heading"));
/// Headings of a quantity's column ...
static QUANTITY_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:quantity|quantities|qty|amount|weight|volume|total|seized)\b").expect("quantity heading")
});
/// ... and of the columns that are not one: counts of seizures or cases, values.
static OTHER_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:number\s+of\s+(?:seizures|cases|incidents|interceptions|events|arrests|operations)|value|worth|price|duties|arrests)\b")
        .expect("other heading")
});

/// The quantity after an entry's item ("Cocaine: 120 kg", "Condensers ; 12", "Cocaine seized
/// ; 250 tonnes"): the number's
/// index, the unit's factor and the unit (None for a count). The number must end the entry
/// or be followed by punctuation or a bracket.
fn listed_after(
    sent: &str,
    item_end: usize,
    nums: &[NumberMention],
    used: &[bool],
) -> Option<(usize, f64, Option<&'static str>)> {
    let sep = ENTRY_SEPARATOR.find(&sent[item_end..])?;
    let mut at = item_end + sep.end();
    // a table row with its cells labelled ("- Cocaine ; Number of seizures: 9 ; Quantity
    // seized: 1,134 kg ; Estimated value: $113.4 million"): the quantity's cell
    if !nums.iter().any(|n| n.qualified_begin == at || n.begin == at) {
        let mut cell = at;
        at = loop {
            let rest = &sent[cell..];
            let c = CELL_HEADING.captures(rest)?;
            let heading = &c[1];
            if QUANTITY_HEADING.is_match(heading) && !OTHER_HEADING.is_match(heading) {
                break cell + c.get(0).expect("m").end();
            }
            cell += rest.find(" ; ")? + 3;
        };
    }
    let ni = nums.iter().position(|n| n.qualified_begin == at || n.begin == at)?;
    if used[ni] {
        return None;
    }
    let after = &sent[nums[ni].end..];
    let (factor, unit, rest) = match UNIT.captures(after) {
        Some(c) if c.get(2).is_none() => {
            let (f, u) = unit_of(&c[1].to_lowercase());
            (f, Some(u), &after[c.get(0).expect("m").end()..])
        }
        Some(_) => return None,
        None => (1.0, None, after),
    };
    let rest = rest.trim_start();
    let ends = rest.is_empty() || rest.starts_with([',', ';', '.', '(', ')']);
    // "3,400 tablets", "145 pieces": a count of units of the item named before
    let counted = rest.split(|c: char| !c.is_alphabetic()).next().is_some_and(|w| {
        matches!(
            w,
            "tablets"
                | "pills"
                | "pieces"
                | "units"
                | "items"
                | "capsules"
                | "cartons"
                | "packs"
                | "packets"
                | "pairs"
                | "rounds"
                | "sticks"
                | "bottles"
                | "doses"
                | "vials"
        )
    });
    (ends || counted && unit.is_none()).then_some((ni, factor, unit))
}

/// "... valued at X and the methamphetamine at approximately": a second value, the verb left out.
static VALUE_AGAIN: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)\b(?:valued|estimated)\s+at\b.*\band\s+(?:the\s+)?[\p{L}\-]+(?:\s+[\p{L}\-]+)?\s+at(?:\s+(?:approximately|about|around|some|nearly|almost|over|more\s+than))?$")
        .expect("value again")
});

/// "NZ$6.8 million in duty and excise": revenue the goods stood for, not money seized.
static DUTY_AFTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^\s*(?:in|of)\s+(?:unpaid\s+|lost\s+|evaded\s+|avoided\s+|potential\s+)?(?:customs\s+)?(?:dut(?:y|ies)|tax(?:es)?|excise|revenue|levies)\b")
        .expect("duty regex")
});

fn is_value(lead: &str) -> bool {
    let l = lead.trim_end().to_lowercase();
    // "for between £3,500 and £5,000": the second figure of a range is what the first is
    if let Some(m) = RANGE_AND.find(&l) {
        return is_value(&l[..m.start()]);
    }
    [
        "worth",
        "valued at",
        "value of",
        "estimated at",
        "fetched",
        "fetch",
        "street value of",
        "price of",
        "cost of",
        "costing",
        "losses of",
        "lost",
        "paid",
        "pay",
        "fee of",
        "turnover of",
        "profit of",
        "profits of",
        "revenue of",
        "fine of",
        "fines of",
        "laundered",
        "laundering",
        "budget of",
        "damage of",
        "value at",
        // a table's labelled cell: "Estimated value: $113.4 million"
        "value:",
        "worth:",
        // a price's movement or a sale: "has fallen to as little as 10 baht"
        "fallen to",
        "fell to",
        "risen to",
        "rose to",
        "dropped to",
        "priced at",
        "costs",
        "cost",
        "bribe of",
        "bribes of",
        "reward of",
        "ransom of",
        "put it at",
        "put them at",
        "put at",
        "placed at",
        "represent",
        "represents",
        "represented",
        "representing",
    ]
    .iter()
    .any(|v| {
        let stripped = strip_qualifier(&l);
        stripped.ends_with(v)
    }) || SOLD_FOR.is_match(strip_qualifier(&l))
        || VALUED_AT.is_match(strip_qualifier(&l))
        || DUTY_LABEL.is_match(&l)
}

/// "Unpaid duties: PLN 1.47 million", "Unpaid excise duty and fuel surcharge: PLN 21,400": a
/// label or a table's column of the revenue the goods stood for.
static DUTY_LABEL: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:dut(?:y|ies)|tax(?:es)?|excise|surcharges?|levies|revenue)(?:\s+\([^)]{1,20}\))?\s*:(?:\s*\p{L}{1,4}\$?)?$")
        .expect("duty label")
});

/// "put the black-market value of the new seizure at", "valued the drugs at": a value set
/// on something named between.
static VALUED_AT: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\b(?:value\s+of|valued|put|estimated)\b[^,.;]{0,60}\bat$").expect("valued at"));

/// "sold for", "would have sold on the black market for", "offering guns to buyers for": a
/// price.
static SOLD_FOR: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b(?:sold|sell|sells|selling|fetched|fetch|fetches|resold|resell|retail|offer|offers|offered|offering)\b[^,.;]{0,40}\bfor(?:\s+between)?$")
        .expect("sold for")
});
/// "between £3,500 and": the lead of a range's second figure.
static RANGE_AND: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\s*\bbetween\s+\S+(?:\s+(?:million|billion|thousand|m|bn))?\s+and$").expect("range and")
});

/// `l` without the qualifiers and determiners that end it: "worth a combined estimated"
/// reads as "worth".
fn strip_qualifier(l: &str) -> &str {
    const QUALIFIERS: &[&str] = &[
        "as little as",
        "as much as",
        "as high as",
        "as low as",
        "more than",
        "over",
        "around",
        "about",
        "some",
        "almost",
        "nearly",
        "up to",
        "estimated",
        "approximately",
        "roughly",
        "at least",
        "upwards of",
        "in excess of",
        "combined",
        "total of",
        "total",
        "an",
        "a",
    ];
    let mut l = l.trim_end();
    'strip: loop {
        for q in QUALIFIERS {
            if let Some(s) = l.strip_suffix(q) {
                // whole words only: "visa" does not end in "a" ("(about" is one)
                if s.is_empty() || s.ends_with([' ', '(']) {
                    l = s.trim_end();
                    continue 'strip;
                }
            }
        }
        return l;
    }
}

/// "$1.87 million in U.S. currency": the dollar is said to be American.
static US_CURRENCY: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^[^.;]{0,30}\b(?:U\.S\.|US|American)\s+(?:currency|dollars)\b").expect("us currency")
});

/// The dollar of the country an article names most (its own places and country names,
/// demonyms aside): "$1.2 million" in a Sydney release is Australian. Countries without
/// a dollar of their own, or none named, give USD.
fn local_dollar(ctx: &Ctx<'_>, s_begin: usize, s_end: usize) -> &'static str {
    local_currency(ctx, s_begin, s_end, dollar_of).unwrap_or("USD")
}

/// The rupee of the country an article names most, as for the dollar: "Rs 8.2 million" in
/// a Lahore story is Pakistani. India's, when no country with a rupee of its own is named.
fn local_rupee(ctx: &Ctx<'_>, s_begin: usize, s_end: usize) -> &'static str {
    local_currency(ctx, s_begin, s_end, rupee_of).unwrap_or("INR")
}

/// The currency `of` gives the country named most in the sentence, or else in the article
/// (its own places and country names, demonyms aside); None when no country is named.
/// ("In Los Angeles, DEA agents seized $5.7 million" in an Australian release.)
fn local_currency(ctx: &Ctx<'_>, s_begin: usize, s_end: usize, of: fn(&str) -> &'static str) -> Option<&'static str> {
    local_country(ctx, s_begin, s_end).map(of)
}

/// The country (alpha-3) named most in the sentence, or else in the article.
fn local_country(ctx: &Ctx<'_>, s_begin: usize, s_end: usize) -> Option<&'static str> {
    ctx.top_country(s_begin, s_end)
        .or_else(|| ctx.top_country(0, ctx.text.len()))
}

/// The country an adjective or name before a currency names: "Pakistani", "Hong Kong",
/// "Sri Lankan".
fn country_of_adjective(ctx: &Ctx<'_>, adj: &str) -> Option<&'static str> {
    let gaz = ctx.gaz;
    if let Some(i) = gaz.country(adj) {
        return Some(gaz.countries[i].alpha3.as_str());
    }
    gaz.countries
        .iter()
        .find(|c| c.demonyms.iter().any(|d| d.eq_ignore_ascii_case(adj)))
        .map(|c| c.alpha3.as_str())
}

/// The code of a currency several countries call by one name, for the country `a3`
/// ("rupees" in Pakistan are PKR); None when that country has no currency of that name.
/// `adj` is the word written before the currency ("CFA francs").
fn shared_currency(word: &str, adj: &str, a3: &str) -> Option<&'static str> {
    const CFA_WEST: &[&str] = &["BEN", "BFA", "CIV", "GNB", "MLI", "NER", "SEN", "TGO"];
    const CFA_CENTRAL: &[&str] = &["CMR", "CAF", "TCD", "COG", "GNQ", "GAB"];
    let code = match word {
        "dollars" => dollar_of(a3),
        "rupees" => rupee_of(a3),
        "shillings" => match a3 {
            "KEN" => "KES",
            "TZA" => "TZS",
            "UGA" => "UGX",
            "SOM" => "SOS",
            _ => return None,
        },
        "pesos" => match a3 {
            "PHL" => "PHP",
            "MEX" => "MXN",
            "COL" => "COP",
            "ARG" => "ARS",
            "CHL" => "CLP",
            "DOM" => "DOP",
            "URY" => "UYU",
            "CUB" => "CUP",
            _ => return None,
        },
        "dinars" => match a3 {
            "IRQ" => "IQD",
            "JOR" => "JOD",
            "KWT" => "KWD",
            "BHR" => "BHD",
            "DZA" => "DZD",
            "TUN" => "TND",
            "LBY" => "LYD",
            "SRB" => "RSD",
            _ => return None,
        },
        "francs" if adj == "CFA" || CFA_WEST.contains(&a3) || CFA_CENTRAL.contains(&a3) => {
            if CFA_CENTRAL.contains(&a3) {
                "XAF"
            } else {
                "XOF"
            }
        }
        "francs" => match a3 {
            "CHE" | "LIE" => "CHF",
            "RWA" => "RWF",
            "BDI" => "BIF",
            "GIN" => "GNF",
            "COD" => "CDF",
            "DJI" => "DJF",
            _ => return None,
        },
        "riyals" | "rials" => match a3 {
            "SAU" => "SAR",
            "QAT" => "QAR",
            "OMN" => "OMR",
            "YEM" => "YER",
            "IRN" => "IRR",
            _ => return None,
        },
        "dirhams" => match a3 {
            "ARE" => "AED",
            "MAR" => "MAD",
            _ => return None,
        },
        "pounds" => match a3 {
            "GBR" => "GBP",
            "EGY" => "EGP",
            "LBN" => "LBP",
            "SDN" => "SDG",
            "SSD" => "SSP",
            "SYR" => "SYP",
            _ => return None,
        },
        "won" => match a3 {
            "PRK" => "KPW",
            _ => "KRW",
        },
        _ => return None,
    };
    Some(code)
}

/// A country's own dollar, USD for the rest.
fn dollar_of(alpha3: &str) -> &'static str {
    match alpha3 {
        "AUS" => "AUD",
        "CAN" => "CAD",
        "NZL" => "NZD",
        "SGP" => "SGD",
        "HKG" => "HKD",
        "TWN" => "TWD",
        "JAM" => "JMD",
        "TTO" => "TTD",
        "BHS" => "BSD",
        "BRB" => "BBD",
        "GUY" => "GYD",
        "BLZ" => "BZD",
        "NAM" => "NAD",
        "FJI" => "FJD",
        "LBR" => "LRD",
        _ => "USD",
    }
}

/// A country's own rupee, INR for the rest.
fn rupee_of(alpha3: &str) -> &'static str {
    match alpha3 {
        "PAK" => "PKR",
        "LKA" => "LKR",
        "NPL" => "NPR",
        "MUS" => "MUR",
        "SYC" => "SCR",
        _ => "INR",
    }
}

fn currency_code(s: &str) -> Option<Cow<'static, str>> {
    let l = s.to_lowercase();
    Some(Cow::Borrowed(match l.as_str() {
        "eur" | "€" | "euro" | "euros" => "EUR",
        "usd" | "$" | "us$" | "dollars" | "us dollars" => "USD",
        "gbp" | "£" | "pounds sterling" | "sterling" | "pounds" => "GBP",
        "a$" | "au$" | "aud" => "AUD",
        "c$" | "ca$" | "cad" => "CAD",
        "nz$" | "nzd" => "NZD",
        "hk$" | "hkd" => "HKD",
        "s$" | "sgd" => "SGD",
        "r$" | "brl" | "reais" => "BRL",
        "¥" | "jpy" | "yen" => "JPY",
        "₹" | "inr" | "rupees" => "INR",
        "₦" | "ngn" | "naira" => "NGN",
        "฿" | "thb" | "baht" => "THB",
        "chf" | "francs" => "CHF",
        "rand" | "zar" | "r" => "ZAR",
        "rs" | "rs." => "INR",
        "ksh" | "kshs" | "ksh." => "KES",
        "n" => "NGN",
        "yuan" | "cny" | "rmb" => "CNY",
        "shillings" | "kes" => "KES",
        "dirhams" | "aed" => "AED",
        "lei" => "RON",
        "leva" => "BGN",
        "forint" | "forints" => "HUF",
        "zloty" | "zlotys" => "PLN",
        "hryvnias" => "UAH",
        "kronor" => "SEK",
        "lira" => "TRY",
        "riyals" => "SAR",
        "rupiah" | "rp" | "rp." => "IDR",
        "ringgit" | "rm" => "MYR",
        "taka" | "tk" | "tk." => "BDT",
        "gh¢" | "gh₵" | "₵" | "cedis" => "GHS",
        "s/" | "s/." | "soles" => "PEN",
        "kyat" => "MMK",
        "kwacha" => "ZMW",
        "₱" | "p" => "PHP",
        "tsh" | "tshs" | "tsh." => "TZS",
        "ush" | "ushs" | "ush." => "UGX",
        "₩" | "won" => "KRW",
        "₽" | "rubles" | "roubles" => "RUB",
        "₺" => "TRY",
        "₴" => "UAH",
        "₫" | "dong" => "VND",
        "renminbi" => "CNY",
        "tenge" => "KZT",
        "shekels" => "ILS",
        "birr" => "ETB",
        "bolivianos" => "BOB",
        "guaranies" | "guaraníes" => "PYG",
        "quetzales" => "GTQ",
        "colones" => "CRC",
        "lempiras" => "HNL",
        "bolivares" | "bolívares" => "VES",
        "afghanis" => "AFN",
        "rials" => "IRR",
        // any other three letters read as an ISO 4217 code ("MXN", "PEN")
        _ if l.len() == 3 && l.chars().all(|c| c.is_ascii_alphabetic()) => return Some(Cow::Owned(l.to_uppercase())),
        _ => return None,
    }))
}

/// Multiplier to the contract's unit, and the unit.
fn unit_of(u: &str) -> (f64, &'static str) {
    let u = u.split_whitespace().collect::<Vec<_>>().join(" ");
    match u.as_str() {
        "g" | "gr" | "gram" | "grams" | "gramme" | "grammes" => (0.001, "kg"),
        "kg" | "kgs" | "kilo" | "kilos" | "kilogram" | "kilograms" | "kilogramme" | "kilogrammes" => (1.0, "kg"),
        "t" | "ton" | "tons" | "tonne" | "tonnes" | "metric tonnes" | "metric tons" => (1000.0, "kg"),
        "lb" | "lbs" | "pounds" => (0.453_592_37, "kg"),
        "l" | "litre" | "litres" | "liter" | "liters" => (1.0, "litre"),
        "ml" | "millilitres" => (0.001, "litre"),
        _ => (1.0, "m3"),
    }
}

/// Six decimals: enough for a converted pound or ounce to stay exact to a milligram, and
/// no float noise ("2.35 tonnes" is 2350 kg, not 2349.9999999999995).
fn round(v: f64) -> f64 {
    (v * 1_000_000.0).round() / 1_000_000.0
}

/// Where an item's label starts: adjectives right before the item word ("criminal cash",
/// "high-value cars"), never across a number, a unit or a function word.
/// "cash, vehicles, asylum documents and foreign passports": an uncounted item's own words
/// in front of it, when they make up the whole entry of a list (one or two lower-case words
/// after a comma or "and"); else the item word itself.
fn entry_words_before(sent: &str, item_begin: usize) -> usize {
    let mut at = item_begin;
    for _ in 0..2 {
        let Some(b) = sent[..at].strip_suffix(' ') else { break };
        let w_start = b.rfind(' ').map_or(0, |i| i + 1);
        let w = &b[w_start..];
        let is_modifier = !w.is_empty()
            && w.chars().all(|c| c.is_lowercase() || c == '-')
            && !w.ends_with("ing")
            && !w.ends_with("ed")
            && !BLOCKERS.contains(&w)
            && !matches!(
                w,
                "and" | "or" | "of" | "the" | "a" | "an" | "some" | "other" | "also" | "with" | "in" | "for"
            );
        if !is_modifier {
            break;
        }
        at = w_start;
        let rest = &sent[..at];
        if rest.ends_with(", ") || rest.ends_with(" and ") || rest.ends_with(": ") {
            return at;
        }
    }
    item_begin
}

fn label_start(sent: &str, from: usize, item_begin: usize) -> usize {
    let between = &sent[from..item_begin];
    let mut start = item_begin;
    for w in between.split(' ').rev().filter(|w| !w.is_empty()) {
        let lw = w.to_lowercase();
        let bad = w
            .chars()
            .any(|c| c.is_ascii_digit() || matches!(c, ',' | ';' | ':' | '(' | ')'))
            || w.chars().all(|c| matches!(c, '\'' | '"' | '\u{2018}' | '\u{201c}'))
            || BLOCKERS.contains(&lw.as_str())
            || lw == "and"
            || lw == "or"
            || matches!(
                lw.as_str(),
                "of" | "the"
                    | "a"
                    | "an"
                    | "pieces"
                    | "tonnes"
                    | "kg"
                    | "kilograms"
                    | "units"
                    | "some"
                    | "about"
                    | "around"
                    | "over"
                    | "almost"
                    | "nearly"
                    | "more"
                    | "than"
                    | "also"
                    | "million"
                    | "billion"
                    | "thousand"
            )
            || UNIT.is_match(w);
        if bad {
            break;
        }
        start -= w.len() + 1;
        if start < from {
            start = from;
            break;
        }
    }
    start.min(item_begin)
}

/// The item word's category in this article: timber is Wildlife in an article that speaks
/// of wildlife ("wildlife and forest crime"), Other elsewhere; pills and tablets are
/// Counterfeit in an article about falsified medicines, Drug elsewhere.
fn base_category<'g>(ctx: &Ctx<'_>, it: &'g crate::detect::gazetteer::Item) -> &'g str {
    if it.medicines && MEDICINES.is_match(ctx.text) {
        return "Counterfeit";
    }
    match &it.wildlife_category {
        Some(c) if WILDLIFE.is_match(ctx.text) => c,
        _ => &it.category,
    }
}

static WILDLIFE: LazyLock<Regex> = LazyLock::new(|| Regex::new(r"(?i)\bwildlife\b").expect("re"));

/// An article about fake medicines: "counterfeit medicines", "falsified medical products",
/// "unlicensed pharmaceuticals".
static MEDICINES: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)\b(?:counterfeit|falsified|fake|substandard|unlicensed|unregistered|illicit)\s+(?:medicines|medical\s+products|pharmaceuticals)\b",
    )
    .expect("re")
});

/// Counterfeit adjectives override the item word's category.
fn category_for(base: &str, label: &str) -> String {
    let l = label.to_lowercase();
    if ["counterfeit", "fake", "falsified", "forged"]
        .iter()
        .any(|a| l.contains(a))
        && !matches!(base, "Document" | "Cash")
    {
        return "Counterfeit".into();
    }
    base.to_string()
}

/// The singular label: the gazetteer term when the text used its plural.
fn singular(ctx: &Ctx<'_>, label: &str, item: usize) -> String {
    let it = &ctx.gaz.items[item];
    let lower = label.to_lowercase();
    if !it.plural.is_empty() && lower.ends_with(&it.plural.to_lowercase()) && it.plural != it.term {
        let cut = label.len() - it.plural.len();
        return format!("{}{}", &label[..cut], it.term);
    }
    label.to_string()
}

/// The qualifier's ontology name, for callers that only have the enum.
pub fn qualifier_name(q: Option<Qualifier>) -> Option<&'static str> {
    q.map(Qualifier::local_name)
}

#[cfg(test)]
mod tests {
    /// The seized items of a short article, through the whole pipeline.
    fn seized(t: &str) -> Vec<crate::model::SeizedItem> {
        let doc = crate::document::from_bytes("t.txt", t.as_bytes(), "txt").expect("text");
        crate::extract(&doc)
            .seizures
            .into_iter()
            .flat_map(|s| s.items)
            .collect()
    }

    /// [`seized`] as labels and quantities.
    fn items(t: &str) -> Vec<(String, Option<f64>)> {
        seized(t).into_iter().map(|i| (i.label, i.quantity)).collect()
    }

    #[test]
    fn a_model_number_is_no_count_and_bolivianos_are_money() {
        let got = items("Agents seized a single-engine Cessna 206 light aircraft and 126,300 bolivianos in cash.");
        assert!(!got.iter().any(|(_, q)| *q == Some(206.0)), "{got:?}");
        let money = seized("Agents seized 126,300 bolivianos in cash.");
        assert_eq!(money[0].unit.as_deref(), Some("BOB"), "{money:?}");
        // a count after a place is still a count
        let got = items("Police in the port of Lagos seized 300 pistols.");
        assert!(got.contains(&("pistol".to_string(), Some(300.0))), "{got:?}");
    }

    #[test]
    fn goods_a_person_is_caught_with_are_seized() {
        let got = items("Officers arrested a courier with 3.8 kilograms of cocaine hidden in tins.");
        assert_eq!(got, vec![("cocaine".to_string(), Some(3.8))]);
        let got = items("A trader was found with 2.05 kg of heroin sewn into his shoes.");
        assert_eq!(got, vec![("heroin".to_string(), Some(2.05))]);
        let got = items("They arrested a woman who had ingested 87 wraps containing 1.4 kilograms of cocaine.");
        assert!(got.contains(&("cocaine".to_string(), Some(1.4))), "{got:?}");
        // arrested with people, or with help, is no seizure
        assert!(items("Police arrested 12 men with 4 accomplices and the help of the army.").is_empty());
    }

    #[test]
    fn a_figure_joined_to_a_measure_is_a_size_and_an_entry_counts_one() {
        let got = items("Officers seized two 250-horsepower outboard engines and three 12-metre speedboats.");
        assert!(got.contains(&("outboard engine".to_string(), Some(2.0))), "{got:?}");
        assert!(got.contains(&("speedboat".to_string(), Some(3.0))), "{got:?}");
        assert!(
            !got.iter().any(|(_, q)| *q == Some(250.0) || *q == Some(12.0)),
            "{got:?}"
        );
        // "an" before an item in an entry of a list of seized goods is one
        let got = items(
            "The navy listed what it seized:\n\n- an M16 rifle with three magazines;\n- 90 rounds of ammunition.",
        );
        assert!(got.contains(&("rifle".to_string(), Some(1.0))), "{got:?}");
    }

    #[test]
    fn the_list_goes_on_after_a_breakdown_and_a_qualified_conversion_is_no_second_sum() {
        let got = items(
            "Police seized more than a tonne of drugs, among them heroin and hashish, 75 pistols and 900 \
             counterfeit watches.",
        );
        assert!(got.contains(&("pistol".to_string(), Some(75.0))), "{got:?}");
        assert!(got.contains(&("counterfeit watch".to_string(), Some(900.0))), "{got:?}");
        // and the breakdown ends at the first item of another kind
        let got = items("Police seized 409 firearms, including 22 rifles, 33 motorcycles and 96 converted firearms.");
        assert!(got.contains(&("converted firearm".to_string(), Some(96.0))), "{got:?}");
        // the breakdown itself stays part of the drugs
        assert!(!got.iter().any(|(l, _)| l == "heroin"), "{got:?}");
        // a counted item of the same kind after a breakdown of bare words goes on too
        let got = items(
            "Troops recovered 14 rifles, among them AK-47 and Galil assault rifles, four pistols and 140 detonators.",
        );
        assert!(got.contains(&("pistol".to_string(), Some(4.0))), "{got:?}");
        // while counted sub-counts stay sub-counts
        let got = items("Police seized 200 firearms, including 50 pistols, 30 rifles and 20 shotguns.");
        assert!(!got.iter().any(|(l, _)| l == "rifle"), "{got:?}");
        let got = cash("Police in Kowloon seized HK$3.6 million, US$210,000 and RMB180,000 in cash.");
        assert!(got.contains(&(Some(180_000.0), Some("CNY".into()))), "{got:?}");
        let got = cash("Police seized EUR 46 million (about USD 50 million) in cash.");
        assert_eq!(got, vec![(Some(46_000_000.0), Some("EUR".into()))]);
    }

    #[test]
    fn a_weight_after_an_emphasized_item_and_no_count_across_a_participle() {
        let got = items("Officers seized **40 packets of cocaine**, weighing 45 kg, at the port.");
        assert_eq!(got, vec![("cocaine".to_string(), Some(45.0))]);
        let got = items("Officers seized 6 suitcases hidden behind boxes of cigarettes.");
        assert!(!got.iter().any(|(_, q)| *q == Some(6.0)), "{got:?}");
        // finding out is no finding
        let got = items("Investigators found that more than 1,200 servers were running the malware.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_weight_without_its_item_repeats_the_one_before() {
        let got = items(
            "Customs intercepted 96 tonnes of cocaine in Valdora in 2023, up from 80 tonnes in 2022 and about 60 tonnes in 2021.",
        );
        let cocaine: Vec<Option<f64>> = got.iter().filter(|(l, _)| l == "cocaine").map(|(_, q)| *q).collect();
        assert_eq!(cocaine, vec![Some(96000.0), Some(80000.0), Some(60000.0)], "{got:?}");
        // part of a total after "including" is no item of its own
        let got =
            items("The ring is linked to 12 tonnes of cocaine seized in Europe, including 5 tonnes found in Valdora.");
        assert_eq!(got, vec![("cocaine".to_string(), Some(12000.0))]);
        // a weight of another unit, or followed by its own noun, repeats nothing
        let got = items("Police seized 40 kg of heroin and 12 boxes weighing 3 tonnes in total.");
        assert!(!got.iter().any(|(l, q)| l == "heroin" && *q == Some(3000.0)), "{got:?}");
    }

    #[test]
    fn what_officers_searched_or_a_name_with_a_number_is_no_count() {
        let got = items("Results\n\nOfficers searched 46 properties and seized 3 pistols.");
        assert_eq!(got, vec![("pistol".to_string(), Some(3.0))]);
        let got = items("Results\n\nCustoms seized COVID-19 test kits and 400 face masks.");
        assert!(!got.iter().any(|(_, q)| *q == Some(19.0)), "{got:?}");
        assert!(got.contains(&("face mask".to_string(), Some(400.0))), "{got:?}");
        // a list under "took ... off the market:" lists what was seized
        let got = items(
            "Results\n\nIn all, officers took 5.2 million units of goods off the market:\n\n- 3.1 million units of medicines;\n- 2.1 million medical devices.",
        );
        assert!(
            got.iter()
                .any(|(l, q)| l.ends_with("medicine") && *q == Some(3_100_000.0)),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(l, q)| l.ends_with("medical device") && *q == Some(2_100_000.0)),
            "{got:?}"
        );
    }

    #[test]
    fn refrigerants_and_their_cylinders() {
        let got = items("Customs in Vela seized 1,239 non-refillable cylinders holding 19,349 kg of refrigerants.");
        assert!(
            got.contains(&("non-refillable cylinder".to_string(), Some(1239.0))),
            "{got:?}"
        );
        assert!(got.contains(&("refrigerant".to_string(), Some(19349.0))), "{got:?}");
    }

    #[test]
    fn timber_is_wildlife_only_beside_wildlife() {
        let cat = |t: &str| {
            seized(t)
                .into_iter()
                .find(|i| i.label.contains("timber") || i.label.contains("log"))
                .map(|i| i.category)
        };
        let t = "Police in Belem seized 800 cubic metres of timber and 40 logs on 3 May 2024.";
        assert_eq!(cat(t).as_deref(), Some("Other"), "{t}");
        let t = "In the wildlife operation, police in Belem seized 800 cubic metres of timber on 3 May 2024.";
        assert_eq!(cat(t).as_deref(), Some("Wildlife"), "{t}");
    }

    #[test]
    fn pills_are_counterfeit_only_beside_fake_medicines() {
        let cat = |t: &str| {
            seized(t)
                .into_iter()
                .find(|i| i.label.contains("tablet"))
                .map(|i| i.category)
        };
        let t = "Police in Tarvo seized 4,000 tablets and 2 kg of heroin on 3 May 2024.";
        assert_eq!(cat(t).as_deref(), Some("Drug"), "{t}");
        let t = "In the week against falsified medical products, customs in Tarvo seized 4,000 tablets on 3 May 2024.";
        assert_eq!(cat(t).as_deref(), Some("Counterfeit"), "{t}");
        // a drug's own pills stay drugs
        let t = "Against counterfeit medicines, customs in Tarvo seized 4,000 ecstasy tablets on 3 May 2024.";
        assert_eq!(cat(t).as_deref(), Some("Drug"), "{t}");
    }

    #[test]
    fn what_was_taken_off_the_streets_was_seized() {
        let t = "Police in Lima arrested 40 people and took 1,263 firearms and some 5,000 rounds of ammunition off the streets.";
        let got = items(t);
        assert!(got.iter().any(|(l, q)| l == "firearm" && *q == Some(1263.0)), "{got:?}");
        assert!(got.iter().any(|(_, q)| *q == Some(5000.0)), "{got:?}");
        // what took part is not seized
        let got = items("Some 1,263 officers took part in the sweep off the streets of Lima.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn an_uncounted_entry_keeps_its_own_words() {
        let got: Vec<String> = seized(
            "Results of the raids:\n\n- Vela: police seized cash, mobile phones, vehicles, asylum documents and foreign passports;\n- Orun: 4 kg of cocaine.\n",
        )
        .into_iter()
        .map(|i| i.label)
        .collect();
        assert!(got.contains(&"asylum document".to_string()), "{got:?}");
        assert!(got.contains(&"foreign passport".to_string()), "{got:?}");
        assert!(got.contains(&"vehicle".to_string()), "{got:?}");
        // words that are not the whole entry stay out
        let got: Vec<String> = seized("Officers seized stolen cars and weapons.")
            .into_iter()
            .map(|i| i.label)
            .collect();
        assert!(!got.iter().any(|l| l.contains("seized")), "{got:?}");
    }

    #[test]
    fn cash_before_and_is_not_the_next_item() {
        let got = cash("Police in Lima seized cash totalling US$ 438,000 and cryptocurrency worth US$ 898,000.");
        assert_eq!(got, vec![(Some(438000.0), Some("USD".to_string()))]);
    }

    #[test]
    fn a_value_put_on_a_haul_is_no_cash() {
        let t = "Police in Vigo seized 2,100 kg of cocaine. Sources put the street value of the haul at more than 90 million euros.";
        let got = items(t);
        assert!(!got.iter().any(|(l, _)| l == "cash"), "{got:?}");
    }

    #[test]
    fn a_calibre_is_not_a_count() {
        for t in [
            "Customs officers in Lyon seized a 9mm pistol and 50 rounds of ammunition on 3 May 2024.",
            "Customs officers in Lyon seized a 9 mm pistol and 50 rounds of ammunition on 3 May 2024.",
        ] {
            let got = items(t);
            assert!(
                !got.iter().any(|(l, q)| l.starts_with("mm") || *q == Some(9.0)),
                "{t}: {got:?}"
            );
            assert!(
                got.iter().any(|(l, q)| l.contains("ammunition") && *q == Some(50.0)),
                "{t}: {got:?}"
            );
        }
    }

    #[test]
    fn an_entry_or_table_row_names_the_item_before_its_quantity() {
        let got = items(
            "Police in Lyon reported the results of the raids on 3 May 2024.\n\nSeized in the raids:\n\n- Cocaine: 120 kg\n- Liquid precursor chemicals ; 9,300 litres\n- Shotgun cartridges of various calibres ; 2,340\n- Firearms (7 rifles, 4 pistols) ; 11\n- Vehicles – 3\n",
        );
        for (label, q) in [
            ("Cocaine", 120.0),
            ("Liquid precursor chemical", 9300.0),
            ("shotgun cartridge", 2340.0),
            ("firearm", 11.0),
            ("vehicle", 3.0),
        ] {
            assert!(got.iter().any(|(l, x)| l == label && *x == Some(q)), "{label}: {got:?}");
        }
        // outside a list about seizures, a colon is no entry
        let got = items("Police seized cocaine: 120 kg were found later in a van in Lyon on 3 May 2024.");
        assert!(!got.iter().any(|(l, x)| l == "cocaine" && *x == Some(120.0)), "{got:?}");
    }

    #[test]
    fn a_weight_in_brackets_after_counted_packages() {
        let got = items(
            "Raids near Ostrava turned up:\n\n- 40 blocks of cocaine (41.5 kg)\n- nine pistols (two of them loaded)\n",
        );
        assert!(got.contains(&("cocaine".to_string(), Some(41.5))), "{got:?}");
        assert!(got.contains(&("pistol".to_string(), Some(9.0))), "{got:?}");
        // a count of the goods themselves stays the quantity
        let got = items("Police in Ostrava seized 12 elephant tusks (85 kg) on 3 May 2024.");
        assert!(
            got.iter().any(|(l, q)| l == "elephant tusk" && *q == Some(12.0)),
            "{got:?}"
        );
    }

    #[test]
    fn an_offload_weighed_in_pounds_with_a_metric_gloss() {
        let got = items(
            "The cutter offloaded approximately 4,850 pounds (2,200 kilograms) of cocaine, worth a combined estimated $62 million, in Key West, Florida, on 3 May 2024.",
        );
        assert!(got.iter().any(|(l, q)| l == "cocaine" && *q == Some(2200.0)), "{got:?}");
        assert!(!got.iter().any(|(l, _)| l == "cash"), "{got:?}");
    }

    #[test]
    fn an_item_word_that_describes_people_is_no_item() {
        let got = items("Forces have seized 9,000 kg of cocaine and apprehended 263 suspected drug smugglers in 2024.");
        assert!(!got.iter().any(|(l, _)| l.contains("drug")), "{got:?}");
        assert!(got.iter().any(|(l, q)| l == "cocaine" && *q == Some(9000.0)), "{got:?}");
        // nor a drug word before a laboratory
        let got = items("Officers seized 40 kg of heroin and dismantled 19 synthetic drug laboratories.");
        assert!(!got.iter().any(|(_, q)| *q == Some(19.0)), "{got:?}");
    }

    #[test]
    fn a_share_or_a_size_of_data_is_no_quantity() {
        for t in [
            "More than 90 percent of the fentanyl seized at the border is caught at ports.",
            "About 60 per cent of the heroin seized was found in cars.",
            "Some 80% of the cocaine seized came by sea.",
            "Officers seized more than 80 GB of server data for analysis.",
            "Investigators seized 2 terabytes of phone data.",
        ] {
            let got = items(t);
            assert!(got.iter().all(|(_, q)| q.is_none()), "{t}: {got:?}");
        }
    }

    #[test]
    fn a_quoted_item_after_its_weight() {
        let got = items("Officers seized 2,315g of 'Ice' and 1,780g of cannabis in the raid on 3 May 2024.");
        assert!(got.iter().any(|(l, q)| l == "Ice" && *q == Some(2.315)), "{got:?}");
    }

    #[test]
    fn a_bullet_that_counts_seizures_after_its_item() {
        let got = items(
            "Port control units reported these results for 2024:\n\n- 96.4 tonnes of cocaine in 238 separate seizures;\n- 12.6 tonnes of shark fins.\n",
        );
        assert!(
            got.iter().any(|(l, q)| l == "cocaine" && *q == Some(96_400.0)),
            "{got:?}"
        );
    }

    #[test]
    fn cedis_soles_and_kyat() {
        let got = seized("Officers recovered 750 grams of skunk, cash in the sum of GH¢86,400.00 and a pick-up in Accra on 3 May 2024. Police in Lima seized S/ 1,184,000 in cash and 3.2 million kyat in cash on 3 May 2024.");
        for (q, unit) in [(86_400.0, "GHS"), (1_184_000.0, "PEN"), (3_200_000.0, "MMK")] {
            assert!(
                got.iter()
                    .any(|i| i.quantity == Some(q) && i.unit.as_deref() == Some(unit)),
                "{unit}: {got:?}"
            );
        }
        // the amount is no count of the vehicle after it
        assert!(
            !got.iter()
                .any(|i| i.category == "Vehicle" && i.quantity == Some(86_400.0)),
            "{got:?}"
        );
    }

    #[test]
    fn an_iso_code_not_in_the_list_is_its_own_unit() {
        let got =
            seized("Marines seized MXN 4.2 million in cash and 30 kg of methamphetamine in Culiacan on 3 May 2024.");
        assert!(
            got.iter()
                .any(|i| i.label == "cash" && i.quantity == Some(4_200_000.0) && i.unit.as_deref() == Some("MXN")),
            "{got:?}"
        );
        assert_eq!(super::currency_code("pen").as_deref(), Some("PEN"));
        assert_eq!(super::currency_code("Euros").as_deref(), Some("EUR"));
        assert_eq!(super::currency_code("pesos"), None);
    }

    #[test]
    fn cash_with_its_conversion_in_brackets() {
        let got = cash(
            "Officers also seized 57 vehicles including 11 boats, and 42.6 million baht ($1.26 million) in cash, the ONCB said on 3 May 2024.",
        );
        assert_eq!(got, vec![(Some(42_600_000.0), Some("THB".to_string()))]);
    }

    #[test]
    fn a_black_market_price_is_no_cash_seized() {
        let got = items(
            "Police seized 21 tonnes of cigarettes in Brindisi. The cigarettes seized would have sold on the black market for about EUR 2.9 million.",
        );
        assert!(!got.iter().any(|(l, _)| l == "cash"), "{got:?}");
        let got = cash(
            "Officers seized seven handguns and £388,250 in cash. Messages recovered from phones showed the leader offering shooters to buyers for between £3,500 and £5,000.",
        );
        assert_eq!(got, vec![(Some(388_250.0), Some("GBP".to_string()))]);
        let got = cash("Police seized 12 kg of heroin. On the street it sold for about EUR 300,000, officers said.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_price_is_no_cash_seized() {
        let got = items(
            "Police seized 2,000 kg of cannabis in the raid. Seizures rose in 2023, while the street price of a tablet has fallen to as little as 10 baht.",
        );
        assert!(!got.iter().any(|(l, _)| l == "cash"), "{got:?}");
        let got = items("Police seized 40 kg of cocaine and EUR 300,000 in cash in the raid on Monday.");
        assert!(got.iter().any(|(l, q)| l == "cash" && *q == Some(300000.0)), "{got:?}");
    }

    #[test]
    fn pounds_of_a_drug_are_a_weight_and_weighing_gives_the_weight() {
        let got = items("The operation has led to the seizure of 2,000 pounds of cocaine and $1.9 million in cash.");
        assert!(
            got.iter().any(|(l, q)| l == "cocaine" && *q == Some(907.18474)),
            "{got:?}"
        );
        assert!(!got.iter().any(|(_, q)| *q == Some(2000.0)), "{got:?}");
        let got = items("Officers seized 118 packages of heroin weighing a combined 150 kilograms at the port.");
        assert_eq!(got, vec![("heroin".to_string(), Some(150.0))]);
        let got = items("Officers seized 42 elephant tusks, weighing a combined 318.6 kg, at the roadblock.");
        assert_eq!(got, vec![("elephant tusk".to_string(), Some(42.0))]);
        let got = items("Officers seized 7 pieces of rhino horn, with a total weight of 4.2 kg.");
        assert_eq!(got, vec![("rhino horn".to_string(), Some(7.0))]);
        let got = items("A search turned up worked ivory (bangles and seals) weighing 850 grams.");
        assert_eq!(got, vec![("worked ivory".to_string(), Some(0.85))]);
        let got = items("Police seized 12 bags of cannabis in the raid.");
        assert_eq!(got, vec![("cannabis".to_string(), Some(12.0))]);
    }

    #[test]
    fn a_gloss_in_brackets_between_the_weight_and_the_item() {
        let got = items("Officers seized 640 kg of shisha (water-pipe) tobacco in the port.");
        assert!(
            got.iter().any(|(l, q)| l.ends_with("tobacco") && *q == Some(640.0)),
            "{got:?}"
        );
    }

    #[test]
    fn currencies_named_after_the_number() {
        assert_eq!(
            cash("Police seized EUR 4,000 and 58,000 Romanian lei in cash."),
            vec![
                (Some(4000.0), Some("EUR".to_string())),
                (Some(58000.0), Some("RON".to_string()))
            ]
        );
        assert_eq!(
            cash("Officers seized 12,000 zlotys in the raid."),
            vec![(Some(12000.0), Some("PLN".to_string()))]
        );
    }

    #[test]
    fn a_vehicle_or_weapon_named_in_the_singular_is_one() {
        let got = items("Police seized 2 kg of heroin, a 9 mm pistol and 50 rounds of ammunition.");
        assert!(
            got.iter().any(|(l, q)| l.ends_with("pistol") && *q == Some(1.0)),
            "{got:?}"
        );
        let got = items("Five crew members were arrested and the yacht was seized.");
        assert_eq!(got, vec![("yacht".to_string(), Some(1.0))]);
        let got = items("Customs officers seized the narcotics along with the tractor-trailer.");
        assert!(
            got.iter().any(|(l, q)| l == "tractor-trailer" && *q == Some(1.0)),
            "{got:?}"
        );
        // the vessel that carried a load is not said to be seized
        let got = items("Officers seized 2 tonnes of cocaine from a yacht off the coast.");
        assert!(!got.iter().any(|(l, _)| l == "yacht"), "{got:?}");
        // plural and mass nouns keep no count
        let got = items("Officers seized pistols and rifles in the raid.");
        assert!(got.iter().all(|(_, q)| q.is_none()), "{got:?}");
    }

    #[test]
    fn an_item_word_inside_a_name_is_no_item() {
        let got = items("Police seized cash and a pistol, the Drug Enforcement Administration said.");
        assert!(!got.iter().any(|(l, _)| l.to_lowercase() == "drug"), "{got:?}");
        let got = items("Officers seized 2 kg of cocaine, the Cocaine Task Unit said.");
        assert_eq!(got, vec![("cocaine".to_string(), Some(2.0))]);
    }

    #[test]
    fn a_figure_in_brackets_after_the_word_and_more_seizure_verbs() {
        let got = items("Confiscated from the suspects were one (1) kilogram of shabu and two (2) mobile phones.");
        assert!(got.iter().any(|(l, q)| l == "shabu" && *q == Some(1.0)), "{got:?}");
        assert!(
            got.iter().any(|(l, q)| l == "mobile phone" && *q == Some(2.0)),
            "{got:?}"
        );
        let got = items("A search of the house turned up 850 grams of heroin and KSh 385,000 in cash.");
        assert!(got.iter().any(|(l, q)| l == "heroin" && *q == Some(0.85)), "{got:?}");
        assert_eq!(
            cash("A search of the house turned up KSh 385,000 in cash."),
            vec![(Some(385000.0), Some("KES".to_string()))]
        );
    }

    #[test]
    fn detected_located_and_a_figure_in_brackets() {
        let got =
            items("Two weeks later, officers at the airport detected 46kg of crystal methamphetamine in planters.");
        assert!(
            got.iter()
                .any(|(l, q)| l.ends_with("methamphetamine") && *q == Some(46.0)),
            "{got:?}"
        );
        let got = items("Agents examined it and located 2,347 kilograms of cocaine among the fruit.");
        assert!(got.iter().any(|(l, q)| l == "cocaine" && *q == Some(2347.0)), "{got:?}");
        let got =
            items("Officers intercepted one million, four hundred thousand (1,400,000) pills of tramadol at the port.");
        assert!(got.iter().any(|(_, q)| *q == Some(1_400_000.0)), "{got:?}");
        // checks that detect nothing seize nothing
        let got = items("Officers were detecting 1,140 irregular migrants at the border.");
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn naira_and_a_second_value_without_its_verb() {
        assert_eq!(
            cash("A search led to the recovery of N1.35million cash and a car."),
            vec![(Some(1_350_000.0), Some("NGN".to_string()))]
        );
        let got = items("Officers seized 218 kg of heroin. The heroin is valued at Rs 1,526 crore and the methamphetamine at approximately Rs 92 crore.");
        assert!(!got.iter().any(|(l, _)| l == "cash"), "{got:?}");
    }

    #[test]
    fn the_first_part_of_a_compound_is_no_item() {
        let got = items("Agents seized 38 kg of fentanyl and dismantled five clandestine pill-press labs.");
        assert_eq!(got, vec![("fentanyl".to_string(), Some(38.0))]);
    }

    #[test]
    fn a_model_year_and_the_accused_are_not_counts() {
        let got = items("Officers seized a 2021 Kenworth tractor and its trailer, and two men now face drug charges.");
        assert!(
            !got.iter().any(|(_, q)| *q == Some(2021.0) || *q == Some(2.0)),
            "{got:?}"
        );
    }

    #[test]
    fn a_label_of_unpaid_duty_is_no_cash() {
        let got = cash("Officers seized 400,000 cigarettes at the border. Unpaid excise duty and VAT: EUR 120,000.");
        assert!(got.is_empty(), "{got:?}");
        // (a table's row, as the document stage renders it)
        let got = cash("- 3 May ; Goods seized: cigarettes, van ; Quantity: 88,000 pcs ; Unpaid duties: PLN 88,000\n");
        assert!(got.is_empty(), "{got:?}");
        // a cash seizure after a colon is still one
        let got = cash("Seized in the raid: EUR 120,000 in cash and two cars.");
        assert_eq!(got.len(), 1, "{got:?}");
    }

    #[test]
    fn revenue_the_goods_stood_for_is_no_cash() {
        let got =
            items("Officers seized 4 million cigarettes, which represent an estimated NZ$6.8 million in lost duty.");
        assert!(!got.iter().any(|(l, _)| l == "cash"), "{got:?}");
        let got = items("Officers seized 42 tusks; officials put it at about KSh 96 million.");
        assert!(!got.iter().any(|(l, _)| l == "cash"), "{got:?}");
        let got = items("Officers seized 4 million cigarettes and avoided $2 million in excise.");
        assert!(!got.iter().any(|(l, _)| l == "cash"), "{got:?}");
    }

    #[test]
    fn a_running_total_over_years_is_no_seizure() {
        let got = items("Police seized 40 kg of cocaine on Monday. Since then, the unit had recovered more than three million artefacts.");
        assert!(!got.iter().any(|(l, _)| l.contains("artefact")), "{got:?}");
        let got = items("Since 2015 the programme has seized 120 tonnes of cocaine.");
        assert!(got.is_empty(), "{got:?}");
        // an operation's own running total is its result
        let got =
            items("Operation Kestrel ended in May. Since 2019 Kestrel had seized 3.2 tonnes of cocaine, he said.");
        assert!(got.iter().any(|(l, q)| l == "cocaine" && *q == Some(3200.0)), "{got:?}");
        let got = items("Police in Lyon reported. Since 2019 Kestrel had seized 3.2 tonnes of cocaine, he said.");
        assert!(got.is_empty(), "{got:?}");
        // a date is no history
        let got = items("Since 3 March, officers have seized 40 kg of cocaine in the port.");
        assert!(got.iter().any(|(l, q)| l == "cocaine" && *q == Some(40.0)), "{got:?}");
    }

    /// The quantities and units of the Cash items.
    fn cash(t: &str) -> Vec<(Option<f64>, Option<String>)> {
        seized(t)
            .into_iter()
            .filter(|i| i.category == "Cash")
            .map(|i| (i.quantity, i.unit))
            .collect()
    }

    #[test]
    fn a_bare_dollar_is_the_local_one() {
        let au = "SYDNEY - Police in Sydney seized 40 kg of cocaine and $1.2 million in cash on Monday.";
        assert_eq!(cash(au), vec![(Some(1_200_000.0), Some("AUD".into()))]);
        let us = "SYDNEY - Police in Sydney seized 40 kg of cocaine and $1.2 million in U.S. currency.";
        assert_eq!(cash(us), vec![(Some(1_200_000.0), Some("USD".into()))]);
        let la =
            "SYDNEY - In Los Angeles, DEA agents seized $5.7 million in cash. Police in Sydney and Perth said more.";
        assert_eq!(cash(la), vec![(Some(5_700_000.0), Some("USD".into()))]);
        let none = "Police seized 40 kg of cocaine and $1.2 million in cash on Monday.";
        assert_eq!(cash(none), vec![(Some(1_200_000.0), Some("USD".into()))]);
    }

    #[test]
    fn rand_and_rupees() {
        let za = "Police seized 96 kg of cannabis and R380 000 in cash in Johannesburg.";
        assert_eq!(cash(za), vec![(Some(380_000.0), Some("ZAR".into()))]);
        let inr = "Officers seized 12 kg of heroin and 45 lakh rupees in cash in Mumbai.";
        assert_eq!(cash(inr), vec![(Some(4_500_000.0), Some("INR".into()))]);
    }

    #[test]
    fn a_single_item_listed_among_counted_ones_is_one() {
        let got = items("Officers seized 14 firearms, three trucks, a speedboat and 40 kg of cocaine in the raid.");
        assert!(got.iter().any(|(l, q)| l == "speedboat" && *q == Some(1.0)), "{got:?}");
        // alone, "a" is no count
        let got = items("Officers seized a speedboat in the raid on Monday.");
        assert!(!got.iter().any(|(_, q)| *q == Some(1.0)), "{got:?}");
        // where the goods were is no neighbour of theirs
        let got = items("Frigate seizes 3 tonnes of hashish and heroin from dhow in the Arabian Sea.");
        assert!(!got.iter().any(|(l, _)| l == "dhow"), "{got:?}");
        assert!(got.iter().any(|(l, _)| l == "hashish"), "{got:?}");
    }

    #[test]
    fn what_malware_infected_is_not_seized() {
        let got = items("Police seized the servers of Quokka, a botnet that infected well over a million computers.");
        assert!(!got.iter().any(|(l, _)| l == "computer"), "{got:?}");
        let got = items("Police seized computer equipment in Lyon.");
        assert_eq!(got, vec![("computer equipment".to_string(), None)]);
        let got = items("Police seized 22 hard drives and 11 radios.");
        assert!(got.contains(&("radio".to_string(), Some(11.0))), "{got:?}");
    }

    #[test]
    fn rupees_are_the_articles_countrys_and_ringgit_taka_and_rupiah_have_short_forms() {
        let pk = "LAHORE, Pakistan - Raids in Lahore and Karachi recovered Rs 8.2 million in cash.";
        assert_eq!(cash(pk), vec![(Some(8_200_000.0), Some("PKR".into()))]);
        let lk = "Police in Colombo, Sri Lanka, seized 2 million rupees in cash.";
        assert_eq!(cash(lk), vec![(Some(2_000_000.0), Some("LKR".into()))]);
        let none = "Police seized Rs 5 crore in cash.";
        assert_eq!(cash(none), vec![(Some(50_000_000.0), Some("INR".into()))]);
        assert_eq!(
            cash("Police seized RM 3.8 million in cash."),
            vec![(Some(3_800_000.0), Some("MYR".into()))]
        );
        assert_eq!(
            cash("In Manila, Philippines, agents seized P3.2 million ($54,700) in cash."),
            vec![(Some(3_200_000.0), Some("PHP".into()))]
        );
        assert_eq!(cash("In Lyon, France, agents seized P3.2 million in cash."), vec![]);
        assert_eq!(
            cash("Police also seized RM186,420 in cash and jewellery."),
            vec![(Some(186_420.0), Some("MYR".into()))]
        );
        assert_eq!(
            cash("Police seized Tk 11,000 in cash."),
            vec![(Some(11_000.0), Some("BDT".into()))]
        );
        assert_eq!(
            cash("Police seized Rp 5 billion in cash."),
            vec![(Some(5e9), Some("IDR".into()))]
        );
    }

    /// [`items`] of a Markdown article.
    fn md_items(t: &str) -> Vec<(String, Option<f64>)> {
        let doc = crate::document::from_bytes("t.md", t.as_bytes(), "md").expect("markdown");
        crate::extract(&doc)
            .seizures
            .into_iter()
            .flat_map(|s| s.items)
            .map(|i| (i.label, i.quantity))
            .collect()
    }

    #[test]
    fn a_table_row_that_names_what_was_seized() {
        let t = "# Results\n\nFigures for the whole campaign:\n\n| Result | Figure |\n|---|---|\n| Cocaine seized | more than 25 tonnes |\n| Firearms seized | 142 |\n";
        let got = md_items(t);
        assert!(got.contains(&("Cocaine".to_string(), Some(25_000.0))), "{got:?}");
        assert!(got.contains(&("firearm".to_string(), Some(142.0))), "{got:?}");
    }

    #[test]
    fn a_figure_inside_a_drugs_name_is_no_count() {
        let got = items("Police seized 412,000 erimin 5 pills in Penang.");
        assert_eq!(got, vec![("Erimin 5 pill".to_string(), Some(412_000.0))]);
    }

    #[test]
    fn a_table_under_a_heading_about_seizures_and_a_caption_with_a_colon() {
        let t = "# Raids in Vela\n\nPolice in Vela reported on 3 May 2024.\n\n## What officers seized\n\nThe chief read out the totals:\n\n| Item | Quantity |\n|---|---|\n| Revolvers | 14 |\n| Heroin | 2.5 kg |\n";
        let got = md_items(t);
        assert!(got.contains(&("revolver".to_string(), Some(14.0))), "{got:?}");
        assert!(got.contains(&("Heroin".to_string(), Some(2.5))), "{got:?}");
        // under a heading about something else, the rows are no seizures
        let got = md_items(&t.replace("What officers seized", "What officers said"));
        assert!(got.is_empty(), "{got:?}");
    }

    #[test]
    fn a_table_whose_heading_row_says_what_was_seized() {
        let t = "# Log\n\nFrom my own notes:\n\n| Date | Agency | What was seized | Arrests |\n|---|---|---|---|\n| 16 January | Harbour Guard | 3.2 lakh yaba tablets, one wooden boat | none |\n| 9 March | Border Guard | 1.5 kg of crystal meth and two trawlers | 1 |\n";
        let got = md_items(t);
        assert!(got.contains(&("yaba tablet".to_string(), Some(320_000.0))), "{got:?}");
        assert!(got.contains(&("wooden boat".to_string(), Some(1.0))), "{got:?}");
        assert!(got.contains(&("crystal meth".to_string(), Some(1.5))), "{got:?}");
        assert!(got.iter().any(|(l, _)| l == "trawler"), "{got:?}");
    }

    #[test]
    fn a_currency_several_countries_share_is_the_named_or_local_one() {
        // the country written before the currency
        let got = cash("Officers in Mumbai, India, also seized 12,500 Pakistani rupees in cash.");
        assert_eq!(got, vec![(Some(12500.0), Some("PKR".into()))]);
        let got = cash("Police in Kenya seized 2 million Ugandan shillings in cash.");
        assert_eq!(got, vec![(Some(2_000_000.0), Some("UGX".into()))]);
        // the country the article is about
        let got = cash("In Dakar, Senegal, gendarmes seized 76 million CFA francs in cash.");
        assert_eq!(got, vec![(Some(76_000_000.0), Some("XOF".into()))]);
        let got = cash("In Busan, South Korea, investigators seized 48 million won in cash.");
        assert_eq!(got, vec![(Some(48_000_000.0), Some("KRW".into()))]);
        let got = cash("In Manila, Philippines, agents seized 2.5 million pesos in cash.");
        assert_eq!(got, vec![(Some(2_500_000.0), Some("PHP".into()))]);
        // symbols
        let got = cash("Officers seized a car and TSh 18 million in cash.");
        assert_eq!(got, vec![(Some(18_000_000.0), Some("TZS".into()))]);
        // pesos of no country named: no currency to give
        assert!(cash("Agents seized 2.5 million pesos in cash.").is_empty());
        // francs: Switzerland's, or of a country with francs, or none
        let got = cash("In Geneva, Switzerland, police seized 40,000 francs in cash.");
        assert_eq!(got, vec![(Some(40_000.0), Some("CHF".into()))]);
        assert!(cash("In Freetown, Sierra Leone, police seized 76 million francs in cash.").is_empty());
    }

    #[test]
    fn a_vehicle_by_make_and_model() {
        let got = items("From the house, officers seized a Toyota Land Cruiser and TSh 18 million in cash.");
        assert!(got.contains(&("Toyota Land Cruiser".to_string(), Some(1.0))), "{got:?}");
        let got = items("Police seized two Audi A6 cars and 3 kg of cocaine.");
        assert!(got.contains(&("car".to_string(), Some(2.0))), "{got:?}");
        // a vehicle noun after the model names the item
        let got = items("Police seized 3 kg of cocaine and a Mercedes Sprinter van.");
        assert!(
            got.iter().any(|(l, q)| l.ends_with("van") && *q == Some(1.0)),
            "{got:?}"
        );
        assert!(
            !got.iter()
                .any(|(l, _)| l.starts_with("Mercedes") && !l.ends_with("van")),
            "{got:?}"
        );
    }

    #[test]
    fn the_first_entry_of_a_counted_list_named_with_a_is_one() {
        let got = items("Officers seized a speedboat, 40 kg of cocaine and two pistols.");
        assert!(got.contains(&("speedboat".to_string(), Some(1.0))), "{got:?}");
        // not a vehicle named before a clause that counts something else
        let got = items("A trooper who pulled over a pickup truck near Socorro found 4,000 pills.");
        assert!(!got.iter().any(|(l, q)| l.contains("pickup") && q.is_some()), "{got:?}");
    }

    #[test]
    fn a_summary_entry_labelled_as_the_haul() {
        let t =
            "Record haul at sea\n\n## Key facts\n\n- What: 1,032.5 kg of heroin and 2,180.4 kg of methamphetamine\n\
                 - Aircraft: 22 helicopters\n- Also seized: the dhow, two satellite phones and a GPS navigator\n";
        let got = items(t);
        assert!(got.contains(&("heroin".to_string(), Some(1032.5))), "{got:?}");
        assert!(got.contains(&("GPS navigator".to_string(), Some(1.0))), "{got:?}");
        assert!(!got.iter().any(|(l, _)| l.contains("helicopter")), "{got:?}");
    }

    #[test]
    fn one_thing_each_of_two_kinds_is_two_things() {
        let got = items("Officers recovered a satellite phone, two mobile phones, a GPS set and 12 knives.");
        assert!(got.contains(&("satellite phone".to_string(), Some(1.0))), "{got:?}");
        assert!(got.contains(&("GPS set".to_string(), Some(1.0))), "{got:?}");
        // the same amount of the same thing again is one
        let got = items("Police seize 86 kg heroin\n\nOfficers seized 86 kilograms of heroin from the boat.");
        assert_eq!(got.iter().filter(|(l, _)| l == "heroin").count(), 1, "{got:?}");
    }

    #[test]
    fn people_and_agencies_in_the_gap_are_no_count_of_the_item() {
        let got =
            items("All fourteen crew members of the boat were held, and the boat was seized with 80 kg of heroin.");
        assert!(!got.contains(&("boat".to_string(), Some(14.0))), "{got:?}");
        let got = items("In 2022 the two agencies stopped an Iranian fishing vessel and recovered 200 kg of heroin.");
        assert!(
            !got.iter().any(|(l, q)| l.contains("vessel") && *q == Some(2.0)),
            "{got:?}"
        );
        // capital letters of a class are no article
        let got = items("Officers seized over two tonnes of Class A and B drugs.");
        assert!(got.iter().any(|(_, q)| *q == Some(2000.0)), "{got:?}");
    }

    #[test]
    fn a_make_before_a_vehicle_noun_and_a_heading_in_capitals() {
        let got = items("Officers recovered 750 grams of skunk and a Toyota Tundra pick-up vehicle.");
        assert_eq!(got.iter().filter(|(l, _)| l != "skunk").count(), 1, "{got:?}");
        let got = items("HOW THE SHIP WAS FOUND\n\nThe navy seized 40 kg of cocaine and a speedboat.");
        assert!(!got.iter().any(|(l, _)| l.eq_ignore_ascii_case("ship")), "{got:?}");
    }
}
