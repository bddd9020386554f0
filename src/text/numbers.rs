//! Numbers as news writes them: "7,840", "7 840", "1.2 million", "USD 1.2m", "seven",
//! "Seven hundred and forty-six", "some 320", "almost 20,000".
//!
//! A number is returned with its span, its value and the qualifier the text put in front
//! of it ("more than", "almost", ...), which the contract keeps beside the number, never in it.

use regex::Regex;
use std::sync::LazyLock;

/// How the text qualified a number.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
pub enum Qualifier {
    MoreThan,
    AtLeast,
    Almost,
    Approximately,
    UpTo,
    LessThan,
}

impl Qualifier {
    /// True when the exact figure `exact` is what "`self` `rounded`" says, within 15%: "more
    /// than 1,200" is refined by 1,247, not by 1,100 or 2,000. A lead's rounded figure and a
    /// list's exact one are then the same count said twice.
    /// A lower bound of one significant digit is as precise as that digit: "over a tonne"
    /// (1,000 kg) is refined by 1,250 kg, "more than seven tonnes" by 7,400 kg ("about
    /// 1,000" and "nearly 10,000" stay within 15%). A figure with decimals is no rounding:
    /// "about 180.8 kg" is refined only within 1% (not by 212 kg).
    pub fn refined_by(self, rounded: f64, exact: f64) -> bool {
        if rounded.fract() != 0.0 && (exact - rounded).abs() > 0.01 * exact {
            return false;
        }
        let step = if rounded >= 1.0 {
            10f64.powi(rounded.log10().floor() as i32)
        } else {
            0.0
        };
        let one_digit =
            step > 0.0 && (rounded / step).fract() == 0.0 && matches!(self, Qualifier::MoreThan | Qualifier::AtLeast);
        let close =
            exact > 0.0 && ((exact - rounded).abs() <= 0.15 * exact || (one_digit && (exact - rounded).abs() < step));
        close
            && match self {
                Qualifier::MoreThan | Qualifier::AtLeast => exact >= rounded,
                Qualifier::Almost | Qualifier::UpTo | Qualifier::LessThan => exact <= rounded,
                Qualifier::Approximately => true,
            }
    }

    /// The concept's local name in the ontology.
    pub fn local_name(self) -> &'static str {
        match self {
            Qualifier::MoreThan => "MoreThan",
            Qualifier::AtLeast => "AtLeast",
            Qualifier::Almost => "Almost",
            Qualifier::Approximately => "Approximately",
            Qualifier::UpTo => "UpTo",
            Qualifier::LessThan => "LessThan",
        }
    }

    fn from_phrase(p: &str) -> Option<Qualifier> {
        let p = p.to_lowercase();
        let p = p.trim();
        Some(match p {
            "more than" | "over" | "upwards of" | "in excess of" | "just over" | "well over" | "above" => {
                Qualifier::MoreThan
            }
            "at least" | "a minimum of" => Qualifier::AtLeast,
            "almost" | "nearly" | "close to" | "just under" | "not quite" => Qualifier::Almost,
            "around" | "about" | "some" | "approximately" | "roughly" | "an estimated" | "estimated" | "approx."
            | "circa" | "an approximate" => Qualifier::Approximately,
            "up to" => Qualifier::UpTo,
            "less than" | "fewer than" | "under" | "below" => Qualifier::LessThan,
            _ => return None,
        })
    }
}

/// A number found in text.
#[derive(Debug, Clone, PartialEq)]
pub struct NumberMention {
    /// Span of the number itself, multiplier word included ("1.2 million").
    pub begin: usize,
    pub end: usize,
    /// Start of the qualifier when there is one, else `begin`.
    pub qualified_begin: usize,
    pub value: f64,
    pub qualifier: Option<Qualifier>,
    /// True when written in words ("seven").
    pub words: bool,
}

const QUALIFIERS: &str = r"(?i:(more than|just over|well over|over|upwards of|in excess of|above|at least|a minimum of|almost|nearly|close to|just under|not quite|around|about|some|approximately|roughly|an estimated|estimated|approx\.|circa|up to|less than|fewer than|under|below)(?-u:\s)+)?";

static DIGITS: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{QUALIFIERS}(?-u:\b)(?:[RNP]|RMB|RM|Rs|Rp|Tk|CNY|USD|EUR|GBP|HKD|SGD|MYR|PHP|THB|IDR|INR|AUD|CAD|JPY|KRW|AED|CHF)?((?-u:\d){{1,3}}(?:,(?-u:\d){{3}})+(?:\.(?-u:\d)+)?|(?-u:\d){{1,3}}(?: (?-u:\d){{3}})+(?-u:\b)|(?-u:\d)+(?:\.(?-u:\d)+)?)(?:(?-u:\s)*(million|billion|trillion|thousand|lakh|lakhs|crore|crores|mln|bn|mn|m|k)(?-u:\b))?"
    ))
    .expect("number regex")
});

static WORDS: LazyLock<Regex> = LazyLock::new(|| {
    let unit = "zero|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|dozen|a dozen|a hundred|a thousand|a million";
    Regex::new(&format!(
        r"{QUALIFIERS}(?-u:\b)(?i:((?:{unit})(?:(?:(?-u:\s)+and(?-u:\s)+|(?-u:\s)+|-)(?:{unit}))*))(?-u:\b)"
    ))
    .expect("number words regex")
});

fn word_value(w: &str) -> Option<f64> {
    Some(match w {
        "zero" => 0.0,
        "one" | "a" => 1.0,
        "two" => 2.0,
        "three" => 3.0,
        "four" => 4.0,
        "five" => 5.0,
        "six" => 6.0,
        "seven" => 7.0,
        "eight" => 8.0,
        "nine" => 9.0,
        "ten" => 10.0,
        "eleven" => 11.0,
        "twelve" => 12.0,
        "thirteen" => 13.0,
        "fourteen" => 14.0,
        "fifteen" => 15.0,
        "sixteen" => 16.0,
        "seventeen" => 17.0,
        "eighteen" => 18.0,
        "nineteen" => 19.0,
        "twenty" => 20.0,
        "thirty" => 30.0,
        "forty" => 40.0,
        "fifty" => 50.0,
        "sixty" => 60.0,
        "seventy" => 70.0,
        "eighty" => 80.0,
        "ninety" => 90.0,
        "dozen" => 12.0,
        _ => return None,
    })
}

/// Value of a number written in words: "seven hundred and forty-six" = 746.
pub fn parse_words(s: &str) -> Option<f64> {
    let lower = s.to_lowercase();
    let mut total = 0.0;
    let mut current = 0.0;
    let mut any = false;
    for tok in lower.split([' ', '-']).filter(|t| !t.is_empty()) {
        match tok {
            "and" => continue,
            "hundred" => {
                current = if current == 0.0 { 100.0 } else { current * 100.0 };
            }
            "thousand" | "million" | "billion" => {
                let m = match tok {
                    "thousand" => 1e3,
                    "million" => 1e6,
                    _ => 1e9,
                };
                total += if current == 0.0 { 1.0 } else { current } * m;
                current = 0.0;
            }
            "dozen" => current = if current == 0.0 { 12.0 } else { current * 12.0 },
            t => current += word_value(t)?,
        }
        any = true;
    }
    any.then_some(total + current)
}

fn multiplier(word: &str) -> f64 {
    match word.to_lowercase().as_str() {
        "thousand" | "k" => 1e3,
        "million" | "mln" | "mn" | "m" => 1e6,
        "billion" | "bn" => 1e9,
        "trillion" => 1e12,
        // South Asian numbering: "45 lakh rupees", "2.5 crore"
        "lakh" | "lakhs" => 1e5,
        "crore" | "crores" => 1e7,
        _ => 1.0,
    }
}

/// All numbers in `text`, in order, without overlaps.
/// Every unit of [`WORDS`] ("a dozen" holds "dozen").
static UNIT_WORDS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::builder()
        .ascii_case_insensitive(true)
        .build([
            "zero",
            "one",
            "two",
            "three",
            "four",
            "five",
            "six",
            "seven",
            "eight",
            "nine",
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
            "twenty",
            "thirty",
            "forty",
            "fifty",
            "sixty",
            "seventy",
            "eighty",
            "ninety",
            "hundred",
            "thousand",
            "million",
            "billion",
            "dozen",
        ])
        .expect("number words")
});

/// "a kilogram", "half a tonne": the article as the number of a weight unit (group 2).
static A_UNIT: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(&format!(
        r"{QUALIFIERS}(?-u:\b)(?i:(half(?-u:\s)+an?|an?))(?-u:\s)+(?i:kilogram|kilo|tonne|metric(?-u:\s)+ton|ton)s?(?-u:\b)"
    ))
    .expect("a unit regex")
});

/// Windows (see [`super::scan`]) for [`DIGITS`]: every run of digits, from the qualifier
/// before it (at most three words: "in excess of") to the multiplier after it. The groups of
/// "7 840 000" are runs of their own whose windows touch.
fn digit_windows(text: &str) -> super::scan::Windows {
    let bytes = text.as_bytes();
    let mut w = super::scan::Windows::new();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i].is_ascii_digit() {
            w.push(
                super::scan::tokens_before(text, i, 4),
                super::scan::tokens_after(text, i, 2),
            );
            while i < bytes.len() && bytes[i].is_ascii_digit() {
                i += 1;
            }
        } else {
            i += 1;
        }
    }
    w.merged()
}

/// Windows for [`WORDS`]: every unit word, from the qualifier and an "a" before it to the
/// next unit after an "and". The units are case-insensitive: a long s ("ſix") is not seen by
/// the ASCII search, so with one in the text the whole text is searched.
fn unit_windows(text: &str) -> super::scan::Windows {
    if text.contains('\u{17f}') {
        return super::scan::Windows::whole(text.len()).merged();
    }
    let mut w = super::scan::Windows::new();
    for m in UNIT_WORDS.find_overlapping_iter(text) {
        w.push(
            super::scan::tokens_before(text, m.start(), 5),
            super::scan::tokens_after(text, m.start(), 3),
        );
    }
    w.merged()
}

pub fn find(text: &str) -> Vec<NumberMention> {
    let mut out = Vec::new();
    for c in super::scan::captures_in(&DIGITS, text, &digit_windows(text)) {
        let whole = c.get(0).expect("match");
        let num = c.get(2).expect("group");
        // "7,840" or "7 840": drop separators; a lone year-like group stays a number.
        let digits: String = num.as_str().chars().filter(|ch| *ch != ',' && *ch != ' ').collect();
        let Ok(mut value) = digits.parse::<f64>() else {
            continue;
        };
        // "P3.2 million", "P500,000" (the Philippine peso's sign) but never "P320" (a
        // pistol's model): a figure glued to a P is money only with a separator or a
        // multiplier
        let peso = text[..num.start()].ends_with('P');
        let multiplied = c.get(3).is_some_and(|m| m.as_str().len() > 1 || m.start() == num.end());
        if peso && !num.as_str().contains(',') && !multiplied {
            continue;
        }
        let mut end = num.end();
        if let Some(m) = c.get(3) {
            // "m" and "k" only directly after the number or a currency ("USD 1.2m").
            let word = m.as_str();
            let glued = m.start() == num.end();
            if word.len() > 1 && !matches!(word, "mn" | "bn") || glued {
                value *= multiplier(word);
                end = m.end();
            }
        }
        out.push(NumberMention {
            begin: num.start(),
            end,
            qualified_begin: whole.start(),
            value,
            qualifier: c.get(1).and_then(|q| Qualifier::from_phrase(q.as_str())),
            words: false,
        });
    }
    for c in super::scan::captures_in(&WORDS, text, &unit_windows(text)) {
        let whole = c.get(0).expect("match");
        let num = c.get(2).expect("group");
        if overlaps(&out, num.start(), num.end()) {
            continue;
        }
        // "one" is too often a pronoun ("no one", "one of the"): only as a count before a noun.
        let lower = num.as_str().to_lowercase();
        if lower == "hundred" || lower == "thousand" || lower == "million" || lower == "billion" {
            continue;
        }
        if lower == "one" {
            let before = text[..whole.start()].trim_end().rsplit(' ').next().unwrap_or("");
            let after = text[num.end()..].trim_start();
            if matches!(
                before.to_lowercase().as_str(),
                "no" | "any" | "each" | "every" | "the" | "this" | "that" | "which"
            ) || after.starts_with("of ")
                || after.starts_with("another")
            {
                continue;
            }
        }
        let Some(value) = parse_words(num.as_str()) else {
            continue;
        };
        let mut m = in_words(&c, value);
        // "half a million": half of it
        if lower.starts_with("a ") && text[..num.start()].to_lowercase().ends_with("half ") {
            m.value *= 0.5;
            m.begin -= 5;
            m.qualified_begin = m.qualified_begin.min(m.begin);
            // ("almost half a million")
            let before = text[..m.begin].trim_end();
            let words: Vec<&str> = before.rsplitn(3, ' ').collect();
            for k in [2, 1] {
                if words.len() < k {
                    continue;
                }
                let phrase = words[..k].iter().rev().copied().collect::<Vec<_>>().join(" ");
                if let Some(q) = Qualifier::from_phrase(&phrase) {
                    m.qualifier = Some(q);
                    m.qualified_begin = before.len() - phrase.len();
                    break;
                }
            }
        }
        out.push(m);
    }
    // "more than a kilogram", "half a tonne": one (or half) of a weight unit.
    for c in A_UNIT.captures_iter(text) {
        let num = c.get(2).expect("group");
        if overlaps(&out, num.start(), num.end()) {
            continue;
        }
        let value = if num.as_str().to_lowercase().starts_with("half") {
            0.5
        } else {
            1.0
        };
        out.push(in_words(&c, value));
    }
    // "1.2 million" written as digits then word multiplier is handled above; digits followed
    // by a word multiplier in the words regex ("2 million") is caught by DIGITS first.
    out.sort_by_key(|n| n.begin);
    out
}

/// True when `[begin, end)` overlaps a number already found.
fn overlaps(found: &[NumberMention], begin: usize, end: usize) -> bool {
    found.iter().any(|n| n.begin < end && begin < n.end)
}

/// A number written in words: the qualifier in group 1, the words in group 2.
fn in_words(c: &regex::Captures<'_>, value: f64) -> NumberMention {
    let (whole, num) = (c.get(0).expect("match"), c.get(2).expect("group"));
    NumberMention {
        begin: num.start(),
        end: num.end(),
        qualified_begin: whole.start(),
        value,
        qualifier: c.get(1).and_then(|q| Qualifier::from_phrase(q.as_str())),
        words: true,
    }
}

/// The significant digits of a figure: 2 for 2,900, 1 for 3,000, 3 for 1.12.
fn significant_digits(v: f64) -> usize {
    let s = format!("{v}").replace(['.', '-'], "");
    s.trim_start_matches('0').trim_end_matches('0').len()
}

/// True when `exact` rounded to the significant digits of `rounded` is `rounded`: 2,900 to
/// 3,000, not 3,500 to 3,000. A qualified figure with more digits ("more than 2.9 tonnes")
/// refines a rounder one of the same thing ("nearly 3 tonnes").
pub fn rounds_to(exact: f64, rounded: f64) -> bool {
    if rounded <= 0.0 || exact <= 0.0 {
        return false;
    }
    let scale = 10f64.powi(rounded.log10().floor() as i32 + 1 - significant_digits(rounded) as i32);
    ((exact / scale).round() * scale - rounded).abs() < 1e-9 * rounded.max(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_figure_rounds_to_one_of_fewer_digits() {
        assert_eq!(significant_digits(2900.0), 2);
        assert_eq!(significant_digits(3000.0), 1);
        assert_eq!(significant_digits(1.12), 3);
        assert!(rounds_to(2900.0, 3000.0));
        assert!(rounds_to(1.12, 1.1));
        assert!(!rounds_to(3500.0, 3000.0));
        assert!(!rounds_to(2900.0, 0.0));
    }

    fn values(t: &str) -> Vec<(f64, Option<Qualifier>)> {
        find(t).into_iter().map(|n| (n.value, n.qualifier)).collect()
    }

    #[test]
    fn digits_with_separators_and_multipliers() {
        assert_eq!(values("7,840 officers"), vec![(7840.0, None)]);
        assert_eq!(values("7 840 officers"), vec![(7840.0, None)]);
        assert_eq!(values("1.2 million pills"), vec![(1_200_000.0, None)]);
        assert_eq!(values("45 lakh rupees"), vec![(4_500_000.0, None)]);
        assert_eq!(values("Rs 2.5 crore"), vec![(25_000_000.0, None)]);
        assert_eq!(values("USD 1.2m"), vec![(1_200_000.0, None)]);
        assert_eq!(values("$5.7 billion"), vec![(5_700_000_000.0, None)]);
    }

    #[test]
    fn qualifiers_stay_beside_the_number() {
        assert_eq!(
            values("some 320 firearms"),
            vec![(320.0, Some(Qualifier::Approximately))]
        );
        assert_eq!(values("more than 14,000"), vec![(14000.0, Some(Qualifier::MoreThan))]);
        assert_eq!(values("almost 20,000 pieces"), vec![(20000.0, Some(Qualifier::Almost))]);
    }

    #[test]
    fn numbers_in_words() {
        assert_eq!(values("seven countries"), vec![(7.0, None)]);
        assert_eq!(values("Seven hundred and forty-six people"), vec![(746.0, None)]);
        assert_eq!(values("over two tonnes"), vec![(2.0, Some(Qualifier::MoreThan))]);
        assert_eq!(parse_words("twenty-one"), Some(21.0));
    }

    #[test]
    fn pronoun_one_is_not_a_number() {
        assert!(values("no one agency").is_empty());
        assert!(values("one of the officers").is_empty());
        assert_eq!(values("almost one tonne"), vec![(1.0, Some(Qualifier::Almost))]);
    }

    #[test]
    fn an_article_before_a_weight_unit_is_one() {
        assert_eq!(
            values("more than a kilogram of cocaine"),
            vec![(1.0, Some(Qualifier::MoreThan))]
        );
        assert_eq!(values("half a tonne of heroin"), vec![(0.5, None)]);
        // a currency code written against the figure
        assert_eq!(values("RMB180,000"), vec![(180_000.0, None)]);
        assert_eq!(
            values("RM186,420 and Rp2.5 billion"),
            vec![(186_420.0, None), (2.5e9, None)]
        );
        assert_eq!(
            values("almost half a million pounds"),
            vec![(500_000.0, Some(Qualifier::Almost))]
        );
        assert!(values("a man with a kilometre to go").is_empty());
    }
}
