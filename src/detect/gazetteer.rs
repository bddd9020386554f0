//! Gazetteers: the word lists extraction leans on, loaded from `data/*.tsv`.
//!
//! Countries (ISO codes, names, demonyms, Wikidata), organizations (canonical names,
//! acronyms, kind, country, parent), titles of office, seized-item words and places. The
//! files are compiled into the binary (so a fresh install needs nothing else) and parsed once.
//! Matching is by Aho-Corasick over all surface forms, leftmost-longest, with word
//! boundaries checked afterwards.

use crate::text::words;
use aho_corasick::{AhoCorasick, MatchKind};
use std::collections::HashMap;
use std::sync::LazyLock;

const COUNTRIES: &str = include_str!("../../data/countries.tsv");
const ORGANIZATIONS: &str = include_str!("../../data/organizations.tsv");
const TITLES: &str = include_str!("../../data/titles.tsv");
const ITEMS: &str = include_str!("../../data/items.tsv");
const PLACES: &str = include_str!("../../data/places.tsv");
const WORDS: &str = include_str!("../../data/words.tsv");

/// One country.
#[derive(Debug, Clone)]
pub struct Country {
    pub alpha2: String,
    pub alpha3: String,
    pub name: String,
    pub aliases: Vec<String>,
    pub demonyms: Vec<String>,
    pub wikidata: Option<String>,
}

/// One organization.
#[derive(Debug, Clone)]
pub struct Org {
    pub canonical: String,
    pub aliases: Vec<String>,
    pub kind: String,
    pub country: Option<String>,
    pub wikidata: Option<String>,
    pub parent: Option<String>,
}

/// One seized-item word.
#[derive(Debug, Clone)]
pub struct Item {
    pub term: String,
    pub plural: String,
    pub category: String,
    pub unit: Option<String>,
    /// The category in an article that speaks of wildlife crime, when it differs
    /// (timber: Other, but Wildlife beside wildlife).
    pub wildlife_category: Option<String>,
    /// A maker's name ("Toyota"): the model written after it belongs to the item
    /// ("a Toyota Land Cruiser").
    pub make: bool,
    /// A generic pill word ("tablets", "capsules"): Counterfeit in an article about
    /// counterfeit or falsified medicines, its category elsewhere.
    pub medicines: bool,
}

/// One place (city, port).
#[derive(Debug, Clone)]
pub struct Place {
    pub name: String,
    pub country: String,
    pub wikidata: Option<String>,
}

/// What a surface form names.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Hit {
    Country(usize),
    Demonym(usize),
    Org(usize),
    Title(usize),
    Item(usize),
    Place(usize),
}

/// A gazetteer match in a text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Match {
    pub begin: usize,
    pub end: usize,
    pub hit: Hit,
}

struct Matcher {
    ac: AhoCorasick,
    hits: Vec<Hit>,
}

impl Matcher {
    fn new(patterns: Vec<(String, Hit)>, case_insensitive: bool) -> Matcher {
        let (pats, hits): (Vec<String>, Vec<Hit>) = patterns.into_iter().unzip();
        let ac = AhoCorasick::builder()
            .match_kind(MatchKind::LeftmostLongest)
            .ascii_case_insensitive(case_insensitive)
            .build(&pats)
            .expect("gazetteer automaton");
        Matcher { ac, hits }
    }

    fn find(&self, text: &str) -> Vec<Match> {
        let mut out = Vec::new();
        for m in self.ac.find_iter(text) {
            if words::boundary_before(text, m.start()) && words::boundary_after(text, m.end()) {
                out.push(Match {
                    begin: m.start(),
                    end: m.end(),
                    hit: self.hits[m.pattern().as_usize()],
                });
            }
        }
        out
    }
}

/// All gazetteers with their matchers.
pub struct Gazetteer {
    pub countries: Vec<Country>,
    pub orgs: Vec<Org>,
    pub titles: Vec<String>,
    /// Titles whose kind is `rank` ("Colonel", "Chief Superintendent"), lower case.
    ranks: std::collections::HashSet<String>,
    pub items: Vec<Item>,
    pub places: Vec<Place>,
    /// Lower-case words of offices and organizations ("security", "police", "agency"...).
    generic: std::collections::HashSet<String>,
    /// Capitalized words that never start or end a name ("The", "Monday", "January"...).
    function: std::collections::HashSet<String>,
    org_heads: std::collections::HashSet<String>,
    /// Nouns that end a news outlet's name ("Gazette", "Ledger"), lower case.
    outlet_heads: std::collections::HashSet<String>,
    /// People an item word can describe ("drug smugglers", "firearms dealers"), lower case.
    dealers: std::collections::HashSet<String>,
    /// A government's portfolios ("justice", "interior"), lower case.
    portfolios: std::collections::HashSet<String>,
    /// Ship prefixes and ship nouns ("ARC", "HMS", "frigate"), as written.
    vessels: std::collections::HashSet<String>,
    given: std::collections::HashSet<String>,
    /// World regions that end the name of a regional body's meeting, as written ("Latin
    /// America and the Caribbean"), longest first.
    regions: Vec<String>,
    names: Matcher,
    titles_m: Matcher,
    /// First words of the offices of two words or more, lower case ("director" of
    /// "director general").
    title_openers: std::collections::HashSet<String>,
    items_m: Matcher,
    org_by_key: HashMap<String, usize>,
    country_by_key: HashMap<String, usize>,
}

fn rows(data: &str) -> impl Iterator<Item = Vec<&str>> {
    data.lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|l| l.split('\t').map(str::trim).collect())
}

fn col<'a>(r: &[&'a str], i: usize) -> &'a str {
    r.get(i).copied().unwrap_or("")
}

fn list(s: &str) -> Vec<String> {
    s.split('|')
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(str::to_string)
        .collect()
}

fn opt(s: &str) -> Option<String> {
    (!s.is_empty()).then(|| s.to_string())
}

/// The process-wide gazetteer.
pub static GAZETTEER: LazyLock<Gazetteer> = LazyLock::new(Gazetteer::load);

impl Gazetteer {
    fn load() -> Gazetteer {
        let countries: Vec<Country> = rows(COUNTRIES)
            .filter(|r| r.len() >= 3)
            .map(|r| Country {
                alpha2: col(&r, 0).into(),
                alpha3: col(&r, 1).into(),
                name: col(&r, 2).into(),
                aliases: list(col(&r, 3)),
                demonyms: list(col(&r, 4)),
                wikidata: opt(col(&r, 5)),
            })
            .collect();
        let orgs: Vec<Org> = rows(ORGANIZATIONS)
            .filter(|r| !col(r, 0).is_empty())
            .map(|r| Org {
                canonical: col(&r, 0).into(),
                aliases: list(col(&r, 1)),
                kind: col(&r, 2).into(),
                country: opt(col(&r, 3)),
                wikidata: opt(col(&r, 4)),
                parent: opt(col(&r, 5)),
            })
            .collect();
        let ranks: std::collections::HashSet<String> = rows(TITLES)
            .filter(|r| col(r, 1) == "rank")
            .map(|r| col(&r, 0).to_lowercase())
            .collect();
        let titles: Vec<String> = rows(TITLES)
            .map(|r| col(&r, 0).to_string())
            .filter(|t| !t.is_empty())
            .collect();
        let items: Vec<Item> = rows(ITEMS)
            .filter(|r| r.len() >= 3)
            .map(|r| Item {
                term: col(&r, 0).into(),
                plural: col(&r, 1).into(),
                category: col(&r, 2).into(),
                unit: opt(col(&r, 3)),
                wildlife_category: opt(col(&r, 4)).filter(|c| c != "make" && c != "medicines"),
                make: col(&r, 4) == "make",
                medicines: col(&r, 4) == "medicines",
            })
            .collect();
        let places: Vec<Place> = rows(PLACES)
            .filter(|r| r.len() >= 3)
            .flat_map(|r| {
                let mut v = vec![Place {
                    name: col(&r, 0).into(),
                    country: col(&r, 2).into(),
                    wikidata: opt(col(&r, 3)),
                }];
                for a in list(col(&r, 1)) {
                    v.push(Place {
                        name: a,
                        country: col(&r, 2).into(),
                        wikidata: opt(col(&r, 3)),
                    });
                }
                v
            })
            .collect();

        let mut generic = std::collections::HashSet::new();
        let mut function = std::collections::HashSet::new();
        let mut org_heads = std::collections::HashSet::new();
        let mut outlet_heads = std::collections::HashSet::new();
        let mut dealers = std::collections::HashSet::new();
        let mut portfolios = std::collections::HashSet::new();
        let mut vessels = std::collections::HashSet::new();
        let mut given = std::collections::HashSet::new();
        let mut regions = Vec::new();
        for r in rows(WORDS) {
            let (kind, word) = (col(&r, 0), col(&r, 1));
            match kind {
                "generic" => {
                    generic.insert(word.to_lowercase());
                }
                "function" => {
                    function.insert(word.to_lowercase());
                }
                "orghead" => {
                    org_heads.insert(word.to_lowercase());
                    generic.insert(word.to_lowercase());
                }
                "outlet" => {
                    outlet_heads.insert(word.to_lowercase());
                }
                "dealer" => {
                    dealers.insert(word.to_lowercase());
                }
                "portfolio" => {
                    portfolios.insert(word.to_lowercase());
                }
                "vessel" => {
                    vessels.insert(word.to_string());
                }
                "region" => regions.push(word.to_string()),
                "given" => {
                    given.insert(word.to_string());
                }
                _ => {}
            }
        }
        for t in &titles {
            // a title's lower-case words are its connectors ("de" in "General de Brigada"):
            // they would make "De Bolle" no name
            for w in t.split([' ', '-']).filter(|w| !w.starts_with(char::is_lowercase)) {
                generic.insert(w.to_lowercase());
            }
            // the plural office ("Assistant U.S. Attorneys X and Y") is no name either
            if let Some(last) = t
                .split([' ', '-'])
                .next_back()
                .filter(|w| w.len() > 2 && !w.ends_with('.'))
            {
                generic.insert(format!("{}s", last.to_lowercase()));
            }
        }

        // Names: case-sensitive (a country, an org, a demonym is capitalized in running text).
        let mut pats: Vec<(String, Hit)> = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut add = |s: &str, h: Hit, pats: &mut Vec<(String, Hit)>| {
            if !s.is_empty() && seen.insert(s.to_string()) {
                pats.push((s.to_string(), h));
            }
        };
        for (i, o) in orgs.iter().enumerate() {
            add(&o.canonical, Hit::Org(i), &mut pats);
            for a in &o.aliases {
                add(a, Hit::Org(i), &mut pats);
                if a.chars().count() > 4 && !words::is_all_caps(a) {
                    // Headlines write names in capitals ("EUROPOL", "INTERPOL").
                    add(&a.to_uppercase(), Hit::Org(i), &mut pats);
                }
            }
            if o.canonical.chars().count() > 4 && !words::is_all_caps(&o.canonical) && !o.canonical.contains(' ') {
                add(&o.canonical.to_uppercase(), Hit::Org(i), &mut pats);
            }
            if words::is_all_caps(&o.canonical) && !o.canonical.contains(' ') && o.canonical.len() > 4 {
                // "Interpol" for "INTERPOL".
                let mut t = o.canonical.to_lowercase();
                t[..1].make_ascii_uppercase();
                add(&t, Hit::Org(i), &mut pats);
            }
        }
        for (i, c) in countries.iter().enumerate() {
            add(&c.name, Hit::Country(i), &mut pats);
            for a in &c.aliases {
                add(a, Hit::Country(i), &mut pats);
            }
            for d in &c.demonyms {
                add(d, Hit::Demonym(i), &mut pats);
            }
        }
        for (i, p) in places.iter().enumerate() {
            add(&p.name, Hit::Place(i), &mut pats);
        }
        let names = Matcher::new(pats, false);

        let mut tpats: Vec<(String, Hit)> = Vec::new();
        let mut tseen = std::collections::HashSet::new();
        for (i, t) in titles.iter().enumerate() {
            if tseen.insert(t.to_lowercase()) {
                tpats.push((t.to_lowercase(), Hit::Title(i)));
            }
        }
        let title_openers = titles
            .iter()
            .filter_map(|t| t.split_once(' ').map(|(first, _)| first.to_lowercase()))
            .collect();
        let titles_m = Matcher::new(tpats, true);

        let mut ipats: Vec<(String, Hit)> = Vec::new();
        let mut iseen = std::collections::HashSet::new();
        for (i, it) in items.iter().enumerate() {
            for s in [&it.term, &it.plural] {
                if !s.is_empty() && iseen.insert(s.to_lowercase()) {
                    ipats.push((s.to_lowercase(), Hit::Item(i)));
                }
            }
        }
        let items_m = Matcher::new(ipats, true);

        let mut org_by_key = HashMap::new();
        for (i, o) in orgs.iter().enumerate() {
            org_by_key.entry(words::name_key(&o.canonical)).or_insert(i);
            for a in &o.aliases {
                org_by_key.entry(words::name_key(a)).or_insert(i);
            }
        }
        let mut country_by_key = HashMap::new();
        for (i, c) in countries.iter().enumerate() {
            country_by_key.insert(words::name_key(&c.name), i);
            for a in &c.aliases {
                country_by_key.entry(words::name_key(a)).or_insert(i);
            }
            country_by_key.entry(c.alpha3.to_lowercase()).or_insert(i);
        }
        Gazetteer {
            countries,
            orgs,
            titles,
            ranks,
            items,
            places,
            generic,
            function,
            org_heads,
            outlet_heads,
            dealers,
            portfolios,
            vessels,
            given,
            regions: {
                regions.sort_by_key(|r: &String| std::cmp::Reverse(r.len()));
                regions
            },
            names,
            titles_m,
            title_openers,
            items_m,
            org_by_key,
            country_by_key,
        }
    }

    /// Countries, demonyms, organizations and places named in `text`.
    pub fn names(&self, text: &str) -> Vec<Match> {
        self.names.find(text)
    }

    /// Titles of office in `text` (case-insensitive).
    pub fn titles(&self, text: &str) -> Vec<Match> {
        let mut found = self.titles_m.find(text);
        // Two offices that share a word are one: "regional director" and "director general"
        // make "regional director general". The leftmost-longest search reports only the
        // first; a title starting at a later word of it and ending past it extends it.
        // Not from an office with an organization noun in it ("National Police Chief
        // Superintendent", "Belgian Federal Police Commissioner General": the police owns a
        // Chief Superintendent, a Commissioner General), nor into an "of" tail, which names
        // an owner.
        for m in &mut found {
            if text[m.begin..m.end].split(' ').any(|w| self.is_org_head(w)) {
                continue;
            }
            let mut w = m.begin;
            while let Some(i) = text[w..m.end].find(' ') {
                w += i + 1;
                // only a word that opens an office of two or more words can start one
                let word = text[w..m.end].split(' ').next().unwrap_or("");
                if !self.title_openers.contains(&word.to_lowercase()) {
                    continue;
                }
                let stop = (w + 64).min(text.len());
                let stop = (stop..=text.len())
                    .find(|&i| text.is_char_boundary(i))
                    .unwrap_or(text.len());
                if let Some(n) = self.titles_m.ac.find(&text[w..stop]) {
                    let end = w + n.end();
                    if n.start() == 0
                        && end > m.end
                        && words::boundary_after(text, end)
                        && !text[m.end..end].contains(" of ")
                    {
                        // "US Attorney General": a country's short name in front of the
                        // longer office is the country's, not the "US Attorney" office's
                        let first = &text[m.begin..m.begin + text[m.begin..].find(' ').unwrap_or(0)];
                        if first.len() <= 4 && first.chars().all(|c| c.is_ascii_uppercase() || c == '.') {
                            m.begin = w;
                        }
                        m.end = end;
                    }
                }
            }
        }
        // what an extended title now covers is part of it ("general" on its own is a rank)
        let mut covered = 0;
        found.retain(|m| {
            let keep = m.begin >= covered;
            covered = covered.max(m.end);
            keep
        });
        found
    }

    /// Seized-item words in `text` (case-insensitive).
    pub fn items(&self, text: &str) -> Vec<Match> {
        self.items_m.find(text)
    }

    /// An organization by canonical name or alias.
    pub fn org(&self, name: &str) -> Option<usize> {
        self.org_by_key.get(&words::name_key(name)).copied()
    }

    /// A country by name, alias or alpha-3 code.
    pub fn country(&self, name: &str) -> Option<usize> {
        self.country_by_key.get(&words::name_key(name)).copied()
    }

    /// True for words of offices and organizations, never part of a person's name.
    pub fn is_generic(&self, word: &str) -> bool {
        let w = word.trim_end_matches("'s").to_lowercase();
        if self.generic.contains(&w) || self.function.contains(&w) {
            return true;
        }
        // "Secretary-General", "Director-General": every part an office word.
        w.contains('-')
            && w.split('-')
                .all(|p| !p.is_empty() && (self.generic.contains(p) || self.function.contains(p)))
    }

    /// True for a military or police rank ("Colonel"), as opposed to an office.
    pub fn is_rank(&self, title: &str) -> bool {
        self.ranks.contains(&title.to_lowercase())
    }

    /// True for capitalized function words, months, weekdays.
    pub fn is_function(&self, word: &str) -> bool {
        self.function.contains(&word.to_lowercase())
    }

    /// True for nouns that end an organization's name ("Agency", "Police", "Bureau").
    pub fn is_org_head(&self, word: &str) -> bool {
        self.org_heads.contains(&word.to_lowercase())
    }

    /// [`Self::is_org_head`] for a word already in lower case, without allocating.
    pub fn is_lower_org_head(&self, word: &str) -> bool {
        self.org_heads.contains(word)
    }

    /// A person an item word can describe: "smugglers" in "drug smugglers", "dealers" in
    /// "firearms dealers"; the item word before it is then no seized item.
    pub fn is_dealer(&self, word: &str) -> bool {
        self.dealers.contains(&word.to_lowercase())
    }

    /// A government portfolio: "Justice" in "the Justice Department", "Interior" in "the
    /// Interior Ministry".
    pub fn is_portfolio(&self, word: &str) -> bool {
        self.portfolios.contains(&word.trim_end_matches("'s").to_lowercase())
    }

    /// A ship's prefix or a ship noun, as written: "ARC" in "ARC Almirante Padilla",
    /// "frigate" in "the frigate Almirante Padilla". The name after one is a ship's.
    pub fn is_vessel_word(&self, word: &str) -> bool {
        self.vessels.contains(word)
    }

    /// Whether `word`, a place's name, is also a given name ("Milan", "Jordan", "Florence"),
    /// as written.
    pub fn is_given_name(&self, word: &str) -> bool {
        self.given.contains(word)
    }

    /// The world region `text` starts with, as written: "Latin America and the Caribbean"
    /// in "Latin America and the Caribbean, in Quito".
    pub fn region_at<'t>(&self, text: &'t str) -> Option<&'t str> {
        self.regions.iter().find_map(|r| {
            let rest = text.strip_prefix(r.as_str())?;
            (!rest.starts_with(|c: char| c.is_alphanumeric())).then(|| &text[..r.len()])
        })
    }

    /// A noun that ends a news outlet's name: "Gazette", "Ledger", "Tribune".
    pub fn is_outlet_head(&self, word: &str) -> bool {
        self.outlet_heads.contains(&word.to_lowercase())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn offices_that_share_a_word_are_one() {
        let g = &*GAZETTEER;
        let t = "the CBSA's regional director general for the Quebec region";
        let m = g.titles(t);
        assert_eq!(m.len(), 1, "{m:?}");
        assert_eq!(&t[m[0].begin..m[0].end], "regional director general");
        // two offices side by side that share no word stay two
        let t = "Minister Director General";
        let m: Vec<&str> = g.titles(t).iter().map(|m| &t[m.begin..m.end]).collect();
        assert_eq!(m, vec!["Minister", "Director General"]);
        // an office that opens with an organization noun is not extended
        let t = "Spanish National Police Chief Superintendent";
        let m: Vec<&str> = g.titles(t).iter().map(|m| &t[m.begin..m.end]).collect();
        assert_eq!(m, vec!["Police Chief", "Superintendent"]);
    }

    #[test]
    fn data_files_load() {
        let g = &*GAZETTEER;
        assert!(g.countries.len() >= 249, "{} countries", g.countries.len());
        assert!(g.orgs.len() >= 100);
        assert!(g.titles.len() >= 50);
        assert!(g.items.len() >= 100);
        for c in &g.countries {
            assert_eq!(c.alpha2.len(), 2, "{c:?}");
            assert_eq!(c.alpha3.len(), 3, "{c:?}");
        }
        const CATEGORIES: &[&str] = &[
            "Firearm",
            "Ammunition",
            "Explosive",
            "Drug",
            "Cash",
            "Vehicle",
            "Document",
            "Wildlife",
            "Counterfeit",
            "CulturalProperty",
            "Other",
        ];
        for it in &g.items {
            assert!(CATEGORIES.contains(&it.category.as_str()), "{it:?}");
            assert!(
                it.wildlife_category.iter().all(|c| CATEGORIES.contains(&c.as_str())),
                "{it:?}"
            );
        }
    }

    #[test]
    fn finds_countries_demonyms_and_orgs() {
        let g = &*GAZETTEER;
        let t = "Austria's police and INTERPOL met Europol in France with Dutch officers.";
        let hits: Vec<&str> = g.names(t).iter().map(|m| &t[m.begin..m.end]).collect();
        assert_eq!(hits, vec!["Austria", "INTERPOL", "Europol", "France", "Dutch"]);
        assert!(g.country("Ivory Coast").is_some());
        assert_eq!(g.country("Ivory Coast"), g.country("Côte d'Ivoire"));
    }
}
