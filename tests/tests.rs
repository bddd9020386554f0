//! Integration tests: one binary, one module per feature (see `util` for helpers).

mod util;

mod bad_input;
mod cli;
mod crash;
mod identity;
mod ontology;
mod properties;
mod push;
mod quality;
mod queries;
mod seed;
mod store_faults;
mod validate;
