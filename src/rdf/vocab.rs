//! The blotter vocabulary as Rust constants: the mirror of `ontology/blotter.ttl`.
//!
//! Every IRI the code writes comes from here; a test parses the ontology and checks that
//! each `blt:` term below is declared there and that the ontology declares nothing the code
//! does not know about.

use oxigraph::model::NamedNodeRef;

pub const BLT: &str = "https://w3id.org/blotter/ontology#";
pub const DEFAULT_BASE: &str = "https://w3id.org/blotter/id/";

macro_rules! terms {
    ($($name:ident = $local:literal;)*) => {
        $(pub const $name: NamedNodeRef<'static> = NamedNodeRef::new_unchecked(concat!("https://w3id.org/blotter/ontology#", $local));)*
        /// Every `blt:` term the code can emit.
        pub const ALL: &[NamedNodeRef<'static>] = &[$($name),*];
    };
}

terms! {
    // classes
    ORGANIZATION = "Organization";
    PERSON = "Person";
    OFFICIAL = "Official";
    CONFERENCE = "Conference";
    OPERATION = "Operation";
    SEIZURE = "Seizure";
    SEIZED_ITEM = "SeizedItem";
    COUNTRY = "Country";
    PLACE = "Place";
    ARTICLE = "Article";
    QUOTATION = "Quotation";
    SENTENCE = "Sentence";
    MENTION = "Mention";
    EVIDENCE = "Evidence";
    EXTRACTION_RUN = "ExtractionRun";
    // contract properties
    TITLE = "title";
    MEMBER_OF = "memberOf";
    COUNTRY_P = "country";
    ORGANIZER = "organizer";
    COORDINATOR = "coordinator";
    START_DATE = "startDate";
    END_DATE = "endDate";
    ATTENDEE_COUNT = "attendeeCount";
    COUNTRY_COUNT = "countryCount";
    PARTICIPATING_COUNTRY = "participatingCountry";
    LOCATION = "location";
    OFFICER_COUNT = "officerCount";
    ARREST_COUNT = "arrestCount";
    DURING_OPERATION = "duringOperation";
    SEIZED = "seized";
    CATEGORY = "category";
    ITEM_LABEL = "itemLabel";
    QUANTITY = "quantity";
    UNIT = "unit";
    // extensions
    PART_OF = "partOf";
    INCLUDES = "includes";
    PARTICIPANT = "participant";
    ADDRESSED_BY = "addressedBy";
    DURATION = "duration";
    ATTENDEE_COUNT_QUALIFIER = "attendeeCountQualifier";
    COUNTRY_COUNT_QUALIFIER = "countryCountQualifier";
    OFFICER_COUNT_QUALIFIER = "officerCountQualifier";
    ARREST_COUNT_QUALIFIER = "arrestCountQualifier";
    QUANTITY_QUALIFIER = "quantityQualifier";
    ISO_CODE = "isoCode";
    ISO_ALPHA3 = "isoAlpha3";
    NAME_KEY = "nameKey";
    SURNAME_KEY = "surnameKey";
    SOURCE = "source";
    URL = "url";
    CONTENT_HASH = "contentHash";
    HEADLINE = "headline";
    DATE_PUBLISHED = "datePublished";
    GENERATED_BY = "generatedBy";
    TOOL_VERSION = "toolVersion";
    INPUT_HASH = "inputHash";
    STARTED_AT = "startedAt";
    QUOTE_TEXT = "quoteText";
    SPOKEN_BY = "spokenBy";
    IN_ARTICLE = "inArticle";
    TEXT = "text";
    BEGIN_INDEX = "beginIndex";
    END_INDEX = "endIndex";
    SENTENCE_P = "sentence";
    DENOTES = "denotes";
    MENTIONED_IN = "mentionedIn";
}

/// The seizure category concept with this local name (one of the contract's eleven).
pub fn category(local: &str) -> Option<NamedNodeRef<'static>> {
    CATEGORIES
        .iter()
        .find(|c| c.as_str().ends_with(&format!("#{local}")))
        .copied()
}

pub const CATEGORIES: &[NamedNodeRef<'static>] = &[
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Firearm"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Ammunition"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Explosive"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Drug"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Cash"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Vehicle"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Document"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Wildlife"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Counterfeit"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#CulturalProperty"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Other"),
];

pub const QUALIFIERS: &[NamedNodeRef<'static>] = &[
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#MoreThan"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#AtLeast"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Almost"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#Approximately"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#UpTo"),
    NamedNodeRef::new_unchecked("https://w3id.org/blotter/ontology#LessThan"),
];

/// The qualifier concept with this local name.
pub fn qualifier(local: &str) -> Option<NamedNodeRef<'static>> {
    QUALIFIERS
        .iter()
        .find(|c| c.as_str().ends_with(&format!("#{local}")))
        .copied()
}

/// Terms from other vocabularies the code writes.
pub mod ext {
    use oxigraph::model::NamedNodeRef;
    pub const RDF_TYPE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#type");
    pub const RDF_SUBJECT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#subject");
    pub const RDF_PREDICATE: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#predicate");
    pub const RDF_OBJECT: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/1999/02/22-rdf-syntax-ns#object");
    pub const RDFS_LABEL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2000/01/rdf-schema#label");
    pub const SKOS_ALT_LABEL: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#altLabel");
    pub const SKOS_EXACT_MATCH: NamedNodeRef<'static> =
        NamedNodeRef::new_unchecked("http://www.w3.org/2004/02/skos/core#exactMatch");
}

/// Prefixes for Turtle and TriG output.
pub const PREFIXES: &[(&str, &str)] = &[
    ("blt", BLT),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("prov", "http://www.w3.org/ns/prov#"),
    ("schema", "http://schema.org/"),
    ("wd", "http://www.wikidata.org/entity/"),
    ("euc", "http://publications.europa.eu/resource/authority/country/"),
];
