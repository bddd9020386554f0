//! The `blotter` binary: parse arguments, dispatch to a subcommand, map errors to exit codes.

mod cli;
mod cmd;

use clap::Parser;
use cli::{Cli, Command};

fn main() {
    let cli = Cli::parse();
    let result = match &cli.command {
        Command::Extract(a) => cmd::extract::run(a),
        Command::Load(a) => cmd::load::run(a),
        Command::Query(a) => cmd::query::run(a),
        Command::Queries => cmd::query::list(),
        Command::Optimize(a) => cmd::optimize::run(a),
        Command::Export(a) => cmd::export::run(a),
        Command::Validate(a) => cmd::validate::run(a),
        Command::Push(a) => cmd::push::run(a),
    };
    match result {
        Ok(code) => std::process::exit(code),
        Err(e) => {
            // A closed pipe (`blotter export | head`) is not an error.
            if e.chain().any(|c| {
                c.downcast_ref::<std::io::Error>()
                    .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
            }) {
                std::process::exit(0);
            }
            eprintln!("blotter: error: {e:#}");
            std::process::exit(1);
        }
    }
}
