//! Command-line arguments (clap derive): the doc comments are the `--help` text.

use blotter::rdf::write::Format;
use blotter::store::query::ResultFormat;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

/// Turn law-enforcement news into a linked-data knowledge graph.
///
/// blotter reads articles (press releases, wire stories, agency pages), extracts the
/// organizations, officials, conferences, operations and seizures they report, and writes
/// them as RDF in the blotter ontology, into an embedded Oxigraph store that the bundled
/// SPARQL queries answer from.
///
/// Exit codes: 0 success; 1 the job failed; 2 bad usage; 3 some inputs failed and were
/// skipped (the others were processed); 4 validation found violations.
#[derive(Debug, Parser)]
#[command(name = "blotter", version, about, long_about, propagate_version = true)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Extract RDF from articles, without a store.
    ///
    /// Reads .txt, .md and .html articles (a directory is walked; `-` reads stdin) and
    /// writes their triples, one named graph per article in N-Quads and TriG.
    ///
    /// Example: blotter extract article.txt --format nquads
    Extract(ExtractArgs),
    /// Extract articles and load them into the embedded store.
    ///
    /// Loading an article again replaces its graph; an unchanged article is skipped.
    ///
    /// Example: blotter load samples/ --store ./store
    Load(LoadArgs),
    /// Run a bundled query (by name) or a SPARQL file against the store.
    ///
    /// Example: blotter query officials --param org=INTERPOL
    Query(QueryArgs),
    /// List the bundled queries with what each answers.
    ///
    /// Example: blotter queries
    Queries,
    /// Compact the store after a large load, so that queries read fewer files.
    ///
    /// After a load of many articles, RocksDB still has files to merge, and does so in the
    /// background of whatever opens the store next: the first queries are slow. This does
    /// the merging now, once, and returns when the store is settled. It reads and rewrites
    /// the whole store; a small load does not need it.
    ///
    /// Example: blotter optimize --store ./store
    Optimize(OptimizeArgs),
    /// Write the store (or one article's graph) as RDF.
    ///
    /// Example: blotter export --format turtle -o graph.ttl
    Export(ExportArgs),
    /// Check the store (or RDF files) against the SHACL shapes in ontology/shapes.ttl.
    ///
    /// Prints each violation with the node, the property and what to fix; exits with 4
    /// when there is any.
    ///
    /// Example: blotter validate --store ./store
    Validate(ValidateArgs),
    /// Send the store's article graphs to a SPARQL 1.1 store (Graph Store HTTP Protocol).
    ///
    /// One PUT per article graph, so pushing twice is idempotent. The login comes from
    /// BLOTTER_PUSH_USER and BLOTTER_PUSH_PASSWORD (or --password-file), never from the
    /// command line. Virtuoso: --endpoint http://HOST:8890/sparql-graph-crud-auth --graph-param graph-uri.
    ///
    /// Example: blotter push --endpoint http://127.0.0.1:7878/store
    Push(PushArgs),
}

#[derive(Debug, clap::Args)]
pub struct PushArgs {
    /// The Graph Store endpoint URL.
    #[arg(long, value_name = "URL")]
    pub endpoint: String,
    /// Store directory [default: $BLOTTER_STORE or ~/.local/share/blotter/store].
    #[arg(long, value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// Only these article graphs (repeatable); default: all.
    #[arg(long = "graph", value_name = "IRI")]
    pub graphs: Vec<String>,
    /// Query parameter that names the graph: `graph` (standard) or `graph-uri` (Virtuoso).
    #[arg(long, default_value = "graph", value_name = "NAME")]
    pub graph_param: String,
    /// User name (default: $BLOTTER_PUSH_USER).
    #[arg(long, env = "BLOTTER_PUSH_USER", value_name = "USER")]
    pub user: Option<String>,
    /// File holding the password (default: $BLOTTER_PUSH_PASSWORD).
    #[arg(long, value_name = "FILE")]
    pub password_file: Option<PathBuf>,
    /// Seconds to wait for each request.
    #[arg(long, default_value_t = 60, value_name = "SECONDS")]
    pub timeout: u64,
}

#[derive(Debug, clap::Args)]
pub struct ValidateArgs {
    /// RDF files to check (.ttl, .nt, .nq, .trig, .jsonld, .rdf); without files, the store.
    #[arg(value_name = "FILE")]
    pub files: Vec<PathBuf>,
    /// Store directory [default: $BLOTTER_STORE or ~/.local/share/blotter/store].
    #[arg(long, value_name = "DIR", conflicts_with = "files")]
    pub store: Option<PathBuf>,
    /// Shapes to use instead of the bundled ones (Turtle).
    #[arg(long, value_name = "FILE")]
    pub shapes: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct Common {
    /// Base IRI for instance data (must end with '/' or '#').
    #[arg(long, default_value = blotter::rdf::vocab::DEFAULT_BASE, value_name = "IRI")]
    pub base: String,
    /// Tab-separated links table: a label or IRI, then an external IRI (skos:exactMatch).
    #[arg(long, value_name = "FILE")]
    pub links: Option<PathBuf>,
    /// Largest input file accepted, in bytes.
    #[arg(long, default_value_t = blotter::document::DEFAULT_MAX_BYTES, value_name = "BYTES")]
    pub max_bytes: u64,
    /// The article's URL (one input only): names the article's IRI and is recorded.
    #[arg(long, value_name = "URL")]
    pub url: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct ExtractArgs {
    /// Articles or directories; `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Output format. nquads, trig and jsonld are written one article at a time, in input
    /// order, in flat memory; turtle, ntriples and rdfxml merge every article's triples into
    /// one sorted graph, held in memory until written.
    #[arg(long, short = 'f', value_enum, default_value = "turtle")]
    pub format: Format,
    /// Write to FILE instead of stdout (written completely or not at all).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Instead of RDF, show each fact with the sentence and offsets it came from.
    #[arg(long)]
    pub explain: bool,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, clap::Args)]
pub struct LoadArgs {
    /// Articles or directories; `-` for stdin.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Store directory [default: $BLOTTER_STORE or ~/.local/share/blotter/store].
    #[arg(long, value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// Reload articles even when their content is unchanged.
    #[arg(long)]
    pub force: bool,
    /// Articles extracted and committed together: memory holds two batches (one committed
    /// while the next is extracted), and a crash can lose the one being committed.
    #[arg(long, default_value_t = 256, value_name = "N")]
    pub batch: usize,
    /// Store files kept open at once. RocksDB keeps each open file's index in memory, so
    /// this bounds the store's share of memory on a large store (a file holds about 60 MB
    /// of it); a lower value saves memory and costs speed. 0: no limit.
    #[arg(long, default_value_t = 256, value_name = "N")]
    pub max_open_files: u32,
    #[command(flatten)]
    pub common: Common,
}

#[derive(Debug, clap::Args)]
pub struct QueryArgs {
    /// A bundled query name (see `blotter queries`) or a .rq file.
    #[arg(value_name = "NAME|FILE")]
    pub query: String,
    /// Store directory [default: $BLOTTER_STORE or ~/.local/share/blotter/store].
    #[arg(long, value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// Result format [default: table on a terminal, csv otherwise].
    #[arg(long, short = 'f', value_enum)]
    pub format: Option<ResultFormat>,
    /// Bind a query variable: NAME=VALUE (a string) or NAME=<IRI>. Repeatable.
    #[arg(long = "param", short = 'p', value_name = "NAME=VALUE")]
    pub params: Vec<String>,
    /// Return at most N rows.
    #[arg(long, value_name = "N")]
    pub limit: Option<usize>,
    /// Cancel the query after this many seconds.
    #[arg(long, value_name = "SECONDS")]
    pub timeout: Option<f64>,
    /// Also write Oxigraph's plan for the query to FILE, as JSON: each operator with the
    /// solutions it produced and the time spent in it (to see why a query is slow).
    #[arg(long, value_name = "FILE")]
    pub explain: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct OptimizeArgs {
    /// Store directory [default: $BLOTTER_STORE or ~/.local/share/blotter/store].
    #[arg(long, value_name = "DIR")]
    pub store: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Store directory [default: $BLOTTER_STORE or ~/.local/share/blotter/store].
    #[arg(long, value_name = "DIR")]
    pub store: Option<PathBuf>,
    /// Output format.
    #[arg(long, short = 'f', value_enum, default_value = "turtle")]
    pub format: Format,
    /// Only this article's graph (its IRI).
    #[arg(long, value_name = "IRI")]
    pub graph: Option<String>,
    /// Write to FILE instead of stdout (written completely or not at all).
    #[arg(long, short = 'o', value_name = "FILE")]
    pub output: Option<PathBuf>,
}
