//! Dates and date ranges as press releases write them.
//!
//! "May 16 - 18, 2017", "16-18 May 2017", "between 13 and 18 November 2023",
//! "from 28 June to 23 November 2022", "from 3 to 7 October", "2 July 2020",
//! "LYON, France, 4 June 2024 -". A date without a year takes its year from the article's
//! own date and from nothing else; a date without a day ("in June", "July to December
//! 2023") is partial and never becomes an `xsd:date`.

use regex::Regex;
use std::fmt;
use std::sync::LazyLock;

/// A calendar day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
pub struct Date {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

impl Date {
    pub fn new(year: i32, month: u32, day: u32) -> Option<Date> {
        (1..=12)
            .contains(&month)
            .then_some(())
            .filter(|_| day >= 1 && day <= days_in_month(year, month))
            .map(|_| Date { year, month, day })
    }

    /// Days since 1970-01-01 (for comparisons and durations).
    pub fn ordinal(&self) -> i64 {
        // Howard Hinnant's days_from_civil.
        let y = i64::from(self.year) - i64::from(self.month <= 2);
        let era = if y >= 0 { y } else { y - 399 } / 400;
        let yoe = y - era * 400;
        let m = i64::from(self.month);
        let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + i64::from(self.day) - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The date `n` days after 1970-01-01 (Howard Hinnant's civil_from_days).
    pub fn from_ordinal(n: i64) -> Date {
        let z = n + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u32;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
        let year = (yoe + era * 400 + i64::from(month <= 2)) as i32;
        Date { year, month, day }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        2 => 28,
        _ => 0,
    }
}

/// A date as far as the text gives it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct PartialDate {
    pub year: Option<i32>,
    pub month: Option<u32>,
    pub day: Option<u32>,
    /// A year named relative to the article's ("1 to 31 May last year": -1).
    pub relative_year: i32,
}

impl PartialDate {
    /// The day, with the year taken from `reference` (the article's date) when missing.
    pub fn resolve(&self, reference: Option<Date>) -> Option<Date> {
        let (month, day) = (self.month?, self.day?);
        match self.year {
            Some(y) => Date::new(y, month, day),
            None if self.relative_year != 0 => Date::new(reference?.year + self.relative_year, month, day),
            None => {
                let r = reference?;
                let d = Date::new(r.year, month, day)?;
                // Press releases report what happened, so a day well after the article's
                // own date belongs to the previous year ("from 3 to 7 December" in January).
                if d.ordinal() - r.ordinal() > 62 {
                    Date::new(r.year - 1, month, day)
                } else {
                    Some(d)
                }
            }
        }
    }
}

/// A date or a range found in text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateMention {
    pub begin: usize,
    pub end: usize,
    pub start: PartialDate,
    /// The last day of a range; `None` for a single date.
    pub end_date: Option<PartialDate>,
}

impl DateMention {
    /// The first and last day, the year taken from `reference` when missing. A range's
    /// last day without a year of its own is in its first day's year (or the next one):
    /// "from 20 to 23 August" ends in the year it starts, even when the first day is near
    /// enough to the article's date to be this year's and the last one is not.
    pub fn resolve(&self, reference: Option<Date>) -> (Option<Date>, Option<Date>) {
        let start = self.start.resolve(reference);
        let end = self
            .end_date
            .and_then(|e| match (e.year, e.relative_year, start, e.month, e.day) {
                (None, 0, Some(a), Some(m), Some(d)) => {
                    Date::new(a.year, m, d).and_then(|x| if x < a { Date::new(a.year + 1, m, d) } else { Some(x) })
                }
                _ => e.resolve(reference),
            });
        (start, end)
    }
}

/// A weekday's name: "Monday" to "Sunday".
pub const WEEKDAY: &str = r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day";
const MONTH: &str = r"(January|February|March|April|May|June|July|August|September|October|November|December|Jan\.?|Feb\.?|Mar\.?|Apr\.?|Jun\.?|Jul\.?|Aug\.?|Sept?\.?|Oct\.?|Nov\.?|Dec\.?)";
const DAY: &str = r"([12](?-u:\d)|3[01]|0?[1-9])(?:st|nd|rd|th)?";
const YEAR: &str = r"((?:19|20)(?-u:\d)(?-u:\d))";
const TO: &str = r"(?-u:\s)*(?:-|\x{2013}|\x{2014}|to|and|until|till|through|thru)(?-u:\s)*";

fn month_number(m: &str) -> Option<u32> {
    let m = m.trim_end_matches('.').to_lowercase();
    let n = match m.get(..3)? {
        "jan" => 1,
        "feb" => 2,
        "mar" => 3,
        "apr" => 4,
        "may" => 5,
        "jun" => 6,
        "jul" => 7,
        "aug" => 8,
        "sep" => 9,
        "oct" => 10,
        "nov" => 11,
        "dec" => 12,
        _ => return None,
    };
    Some(n)
}

#[derive(Clone, Copy)]
enum Shape {
    Iso,
    /// MON D [, Y] - MON D [, Y]
    MdMd,
    /// D MON [Y] - D MON [Y]
    DmDm,
    /// MON D - D [, Y]
    MddY,
    /// D - D MON [Y]
    DdmY,
    /// D MON [Y]
    Dm,
    /// MON D [, Y]
    Md,
    /// [from] MON - MON Y, MON Y
    MonthYear,
}

static PATTERNS: LazyLock<Vec<(Shape, Regex)>> = LazyLock::new(|| {
    let from = r"(?:(?:from|between)(?-u:\s)+)?";
    // "from Monday, 3 June 2024 to Sunday, 9 June 2024"
    let wd = format!(r"(?:{WEEKDAY},?(?-u:\s)+)?");
    let pats = [
        (
            Shape::Iso,
            r"(?-u:\b)((?:19|20)(?-u:\d)(?-u:\d))-(0[1-9]|1[0-2])-(0[1-9]|[12](?-u:\d)|3[01])(?-u:\b)".to_string(),
        ),
        (
            Shape::MdMd,
            format!(
                r"(?-u:\b){from}{wd}{MONTH}(?-u:\s)+{DAY}(?:,?(?-u:\s)+{YEAR})?{TO}{wd}{MONTH}(?-u:\s)+{DAY}(?:,?(?-u:\s)+{YEAR})?(?-u:\b)"
            ),
        ),
        (
            Shape::DmDm,
            format!(
                r"(?-u:\b){from}{wd}{DAY}(?-u:\s)+(?:of(?-u:\s)+)?{MONTH}(?:,?(?-u:\s)+{YEAR})?{TO}{wd}{DAY}(?-u:\s)+(?:of(?-u:\s)+)?{MONTH}(?:,?(?-u:\s)+{YEAR})?(?-u:\b)"
            ),
        ),
        (
            Shape::MddY,
            format!(r"(?-u:\b){from}{MONTH}(?-u:\s)+{DAY}{TO}{DAY}(?:,?(?-u:\s)+{YEAR})?(?-u:\b)"),
        ),
        (
            Shape::DdmY,
            format!(r"(?-u:\b){from}{DAY}{TO}{DAY}(?-u:\s)+(?:of(?-u:\s)+)?{MONTH}(?:,?(?-u:\s)+{YEAR})?(?-u:\b)"),
        ),
        (
            Shape::Dm,
            format!(r"(?-u:\b){DAY}(?-u:\s)+(?:of(?-u:\s)+)?{MONTH}(?:,?(?-u:\s)+{YEAR})?(?-u:\b)"),
        ),
        (
            Shape::Md,
            format!(r"(?-u:\b){MONTH}(?-u:\s)+{DAY}(?:,?(?-u:\s)+{YEAR})?(?-u:\b)"),
        ),
        (
            Shape::MonthYear,
            format!(r"(?-u:\b)(?:{from}{MONTH}{TO})?{MONTH},?(?-u:\s)+{YEAR}(?-u:\b)"),
        ),
    ];
    pats.into_iter()
        .map(|(s, p)| (s, Regex::new(&p).expect("date regex")))
        .collect()
});

fn num(c: &regex::Captures<'_>, i: usize) -> Option<u32> {
    c.get(i)
        .and_then(|m| m.as_str().trim_end_matches(|ch: char| ch.is_alphabetic()).parse().ok())
}

fn year(c: &regex::Captures<'_>, i: usize) -> Option<i32> {
    c.get(i).and_then(|m| m.as_str().parse().ok())
}

fn month(c: &regex::Captures<'_>, i: usize) -> Option<u32> {
    c.get(i).and_then(|m| month_number(m.as_str()))
}

fn pd(year: Option<i32>, month: Option<u32>, day: Option<u32>) -> PartialDate {
    PartialDate {
        year,
        month,
        day,
        relative_year: 0,
    }
}

/// A range from November or December to January or February runs over the new year.
fn over_new_year(start: PartialDate, end: PartialDate) -> bool {
    matches!((start.month, end.month), (Some(11 | 12), Some(1 | 2)))
}

/// The three-letter start of every month name: every pattern but the ISO one holds one.
static MONTH_STARTS: LazyLock<aho_corasick::AhoCorasick> = LazyLock::new(|| {
    aho_corasick::AhoCorasick::new([
        "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
    ])
    .expect("months")
});

/// Windows around month names (see [`super::scan`]): a date has at most eight whitespace
/// runs before its second month name ("from 28 of June, 2022 to 23 of November") and six
/// after its first; the windows allow ten and eight. A date is ASCII, so it holds no other
/// whitespace the token walk would count.
fn month_windows(text: &str) -> super::scan::Windows {
    let mut w = super::scan::Windows::new();
    for m in MONTH_STARTS.find_overlapping_iter(text) {
        w.push(
            super::scan::tokens_before(text, m.start(), 10),
            super::scan::tokens_after(text, m.start(), 8),
        );
    }
    w.merged()
}

/// All dates and ranges in `text`, longest readings first, without overlaps.
pub fn find(text: &str) -> Vec<DateMention> {
    let mut out: Vec<DateMention> = Vec::new();
    let months = month_windows(text);
    let whole = super::scan::Windows::whole(text.len()).merged();
    for (shape, re) in PATTERNS.iter() {
        let windows = if matches!(shape, Shape::Iso) { &whole } else { &months };
        // Most matches overlap a longer reading already found: their groups are only read
        // for the others, by searching again at the match.
        for (m, window_end) in super::scan::find_in(re, text, windows) {
            if out.iter().any(|d| d.begin < m.end() && m.start() < d.end) {
                continue;
            }
            let c = re
                .captures_at(&text[..window_end], m.start())
                .expect("the match is found again");
            let (start, end_date) = match shape {
                Shape::Iso => (pd(year(&c, 1), num(&c, 2), num(&c, 3)), None),
                Shape::MdMd => {
                    let y2 = year(&c, 6);
                    (
                        pd(year(&c, 3).or(y2), month(&c, 1), num(&c, 2)),
                        Some(pd(y2.or(year(&c, 3)), month(&c, 4), num(&c, 5))),
                    )
                }
                Shape::DmDm => {
                    let y2 = year(&c, 6);
                    (
                        pd(year(&c, 3).or(y2), month(&c, 2), num(&c, 1)),
                        Some(pd(y2.or(year(&c, 3)), month(&c, 5), num(&c, 4))),
                    )
                }
                Shape::MddY => {
                    let (y, mo) = (year(&c, 4), month(&c, 1));
                    (pd(y, mo, num(&c, 2)), Some(pd(y, mo, num(&c, 3))))
                }
                Shape::DdmY => {
                    let (y, mo) = (year(&c, 4), month(&c, 3));
                    (pd(y, mo, num(&c, 1)), Some(pd(y, mo, num(&c, 2))))
                }
                Shape::Dm => (pd(year(&c, 3), month(&c, 2), num(&c, 1)), None),
                Shape::Md => {
                    // "May" is also a verb: "May 5" needs a plausible day and a capital M.
                    (pd(year(&c, 3), month(&c, 1), num(&c, 2)), None)
                }
                Shape::MonthYear => {
                    let y = year(&c, 3);
                    match month(&c, 1) {
                        Some(m1) => (pd(y, Some(m1), None), Some(pd(y, month(&c, 2), None))),
                        None => (pd(y, month(&c, 2), None), None),
                    }
                }
            };
            // A range whose end comes before its start is not a range ("2 to 1 May"), unless
            // it runs over the new year ("from 30 December to 2 January"): its start is then in
            // the year before the one written at its end. (The reference is the last day of a
            // year, so that no day is moved to the year before.)
            let (mut start, mut end_date) = (start, end_date);
            if let Some(e) = end_date {
                let last_day = Date::new(2000, 12, 31);
                if let (Some(a), Some(b)) = (start.resolve(last_day), e.resolve(last_day)) {
                    if start.year == e.year && b < a {
                        if !over_new_year(start, e) {
                            continue;
                        }
                        // Only the end's year was written ("to 2 January 2024").
                        if let Some(y) = e.year {
                            start.year = Some(y - 1);
                        }
                    }
                }
            }
            // "from 1 to 31 May last year": the year is the article's, less one.
            if start.year.is_none() {
                let after = text[m.end()..].trim_start_matches(',').trim_start();
                let shift = if after.starts_with("last year") || after.starts_with("the previous year") {
                    -1
                } else if after.starts_with("next year") || after.starts_with("the following year") {
                    1
                } else {
                    0
                };
                start.relative_year = shift;
                if let Some(e) = end_date.as_mut().filter(|e| e.year.is_none()) {
                    e.relative_year = shift;
                }
            }
            out.push(DateMention {
                begin: m.start(),
                end: m.end(),
                start,
                end_date,
            });
        }
    }
    out.sort_by_key(|d| d.begin);
    out
}

/// The first day named `weekday_name` ("Friday") after `start`: "opened on Tuesday, 3 October,
/// and closed on Friday" closed on 6 October.
pub fn weekday_after(start: Date, weekday_name: &str) -> Option<Date> {
    let w = weekday(weekday_name)?;
    let from = weekday_of(start);
    let ahead = (w + 7 - from) % 7;
    Some(Date::from_ordinal(
        start.ordinal() + i64::from(if ahead == 0 { 7 } else { ahead }),
    ))
}

/// "From Tuesday to Thursday, some 500 delegates met": a range of bare weekdays, in an
/// article dated `published`, is the week around that date: the start is the last such
/// weekday on or before the article's date, the end the first such weekday after the start.
/// Ranges with a day or a month ("from Tuesday, March 5 to ...") are [`find`]'s.
pub fn weekday_ranges(text: &str, published: Option<Date>) -> Vec<DateMention> {
    let Some(p) = published else { return Vec::new() };
    WEEKDAY_RANGE
        .captures_iter(text)
        .filter_map(|c| {
            let m = c.get(0)?;
            let (a, b) = (weekday(&c[1])?, weekday(&c[2])?);
            let today = weekday_of(p);
            let start = p.ordinal() - i64::from((today + 7 - a) % 7);
            let end = start + i64::from((b + 7 - a) % 7);
            let (s, e) = (Date::from_ordinal(start), Date::from_ordinal(end));
            let full = |d: Date| PartialDate {
                year: Some(d.year),
                month: Some(d.month),
                day: Some(d.day),
                relative_year: 0,
            };
            Some(DateMention {
                begin: m.start(),
                end: m.end(),
                start: full(s),
                end_date: Some(full(e)),
            })
        })
        .collect()
}

static WEEKDAY_RANGE: LazyLock<Regex> = LazyLock::new(|| {
    let day = "(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
    Regex::new(&format!(r"\b[Ff]rom\s+{day}\s+(?:to|until|till|through)\s+{day}\b")).expect("weekday range")
});

/// Monday is 0.
fn weekday(w: &str) -> Option<u32> {
    [
        "Monday",
        "Tuesday",
        "Wednesday",
        "Thursday",
        "Friday",
        "Saturday",
        "Sunday",
    ]
    .iter()
    .position(|d| *d == w)
    .map(|i| i as u32)
}

/// Monday is 0 (1970-01-01 was a Thursday).
fn weekday_of(d: Date) -> u32 {
    (d.ordinal() + 3).rem_euclid(7) as u32
}

/// The first full date (day, month and year) in `text`.
pub fn first_full_date(text: &str) -> Option<Date> {
    find(text)
        .into_iter()
        .find(|d| d.start.year.is_some() && d.start.day.is_some())
        .and_then(|d| d.start.resolve(None))
}

/// Parses an ISO date or date-time prefix ("2021-06-08T09:30:00+01:00").
pub fn parse_iso(s: &str) -> Option<Date> {
    let s = s.trim();
    let y = s.get(0..4)?.parse().ok()?;
    if s.get(4..5)? != "-" || s.get(7..8)? != "-" {
        return None;
    }
    Date::new(y, s.get(5..7)?.parse().ok()?, s.get(8..10)?.parse().ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn range(t: &str, reference: Option<Date>) -> Vec<(Option<String>, Option<String>)> {
        find(t)
            .into_iter()
            .map(|d| {
                let (a, b) = d.resolve(reference);
                (a.map(|x| x.to_string()), b.map(|x| x.to_string()))
            })
            .collect()
    }

    fn s(x: &str) -> Option<String> {
        Some(x.to_string())
    }

    #[test]
    fn ranges_in_every_order() {
        assert_eq!(
            range("three-day (May 16 - 18, 2017) conference", None),
            vec![(s("2017-05-16"), s("2017-05-18"))]
        );
        assert_eq!(range("16-18 May 2017", None), vec![(s("2017-05-16"), s("2017-05-18"))]);
        // a range without a year ends in the year it starts, whatever the article's date
        assert_eq!(
            range("from 20 to 23 August", Date::new(2023, 6, 21)),
            vec![(s("2023-08-20"), s("2023-08-23"))]
        );
        assert_eq!(
            range("between 13 and 18 November 2023", None),
            vec![(s("2023-11-13"), s("2023-11-18"))]
        );
        assert_eq!(
            range("from 28 June to 23 November 2022", None),
            vec![(s("2022-06-28"), s("2022-11-23"))]
        );
        assert_eq!(
            range("between 12 March and 2 April 2023", None),
            vec![(s("2023-03-12"), s("2023-04-02"))]
        );
        assert_eq!(
            range("from Monday, 3 June 2024 to Sunday, 9 June 2024", None),
            vec![(s("2024-06-03"), s("2024-06-09"))]
        );
        assert_eq!(
            range("from Tuesday, March 5 to Friday, March 8, 2024", None),
            vec![(s("2024-03-05"), s("2024-03-08"))]
        );
    }

    #[test]
    fn year_only_from_the_article_date() {
        let r = Date::new(2024, 10, 10);
        assert_eq!(
            range("from 3 to 7 October", r),
            vec![(s("2024-10-03"), s("2024-10-07"))]
        );
        assert_eq!(range("from 3 to 7 October", None), vec![(None, None)]);
        assert_eq!(
            range("from 3 to 7 December", Date::new(2024, 1, 15)),
            vec![(s("2023-12-03"), s("2023-12-07"))]
        );
        // a year named relative to the article's
        assert_eq!(
            range("ran from 1 to 31 May last year", r),
            vec![(s("2023-05-01"), s("2023-05-31"))]
        );
        // an en dash between the days
        assert_eq!(
            range("(12 March \u{2013} 2 April 2023)", r),
            vec![(s("2023-03-12"), s("2023-04-02"))]
        );
        // early March, around the 62 days after 1 January
        assert_eq!(range("from 3 to 7 March", r), vec![(s("2024-03-03"), s("2024-03-07"))]);
        // over the new year, with or without the end's year
        assert_eq!(
            range("from 30 December to 2 January", Date::new(2025, 1, 10)),
            vec![(s("2024-12-30"), s("2025-01-02"))]
        );
        assert_eq!(
            range("from 28 November to 4 February 2024", None),
            vec![(s("2023-11-28"), s("2024-02-04"))]
        );
        assert_eq!(
            range("between December 29 and January 3, 2019", None),
            vec![(s("2018-12-29"), s("2019-01-03"))]
        );
        // a month going backwards within a year is two dates, not a range
        assert_eq!(
            range("from 20 May to 3 April 2024", None),
            vec![(None, None), (s("2024-04-03"), None)]
        );
        assert_eq!(
            range("meets from 3 to 7 March next year", r),
            vec![(s("2025-03-03"), s("2025-03-07"))]
        );
    }

    #[test]
    fn partial_dates_are_not_days() {
        assert_eq!(range("from July to December 2023", None), vec![(None, None)]);
        assert_eq!(range("in June 2020", None), vec![(None, None)]);
    }

    #[test]
    fn single_dates_and_datelines() {
        assert_eq!(
            first_full_date("LYON, France, 4 June 2024 - INTERPOL"),
            Date::new(2024, 6, 4)
        );
        assert_eq!(
            first_full_date("Posted on December 20, 2023 by X"),
            Date::new(2023, 12, 20)
        );
        assert_eq!(first_full_date("Thursday 2 July 2020"), Date::new(2020, 7, 2));
        assert_eq!(parse_iso("2021-06-08T09:30:00+01:00"), Date::new(2021, 6, 8));
        assert_eq!(Date::new(2023, 2, 29), None);
    }

    #[test]
    fn the_first_weekday_after_a_day() {
        let tue = Date::new(2023, 10, 3).expect("day");
        assert_eq!(weekday_after(tue, "Friday"), Date::new(2023, 10, 6));
        assert_eq!(weekday_after(tue, "Tuesday"), Date::new(2023, 10, 10));
        assert_eq!(weekday_after(tue, "Monday"), Date::new(2023, 10, 9));
        assert_eq!(weekday_after(tue, "Funday"), None);
    }

    #[test]
    fn a_range_of_bare_weekdays_is_the_week_of_the_article() {
        let friday = Date::new(2024, 9, 27);
        let got = weekday_ranges("From Tuesday to Thursday, 500 delegates met.", friday);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].start.resolve(None), Date::new(2024, 9, 24));
        assert_eq!(got[0].end_date.and_then(|e| e.resolve(None)), Date::new(2024, 9, 26));
        // still going on: the end is after the article's date
        let wednesday = Date::new(2024, 9, 25);
        let got = weekday_ranges("The meeting runs from Monday to Friday.", wednesday);
        assert_eq!(got[0].start.resolve(None), Date::new(2024, 9, 23));
        assert_eq!(got[0].end_date.and_then(|e| e.resolve(None)), Date::new(2024, 9, 27));
        // a year boundary, and no article date: nothing
        let got = weekday_ranges("from Sunday to Tuesday", Date::new(2025, 1, 1));
        assert_eq!(got[0].start.resolve(None), Date::new(2024, 12, 29));
        assert!(weekday_ranges("from Sunday to Tuesday", None).is_empty());
        for n in [-1000, 0, 19_993, 20_000, 60_000] {
            assert_eq!(Date::from_ordinal(n).ordinal(), n);
        }
    }
}
