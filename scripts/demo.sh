#!/usr/bin/env bash
# The main job on the bundled sample articles: set up, build, load samples/ into the
# default embedded store, show what was found and a bundled query's answer.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
cargo build --release --locked
bin="${CARGO_TARGET_DIR:-target}/release/blotter"
store="${BLOTTER_STORE:-$HOME/.local/share/blotter/store}"
"$bin" load samples/ tests/fixtures/articles/ --store "$store"
echo
echo "== blotter query articles"
"$bin" query articles --store "$store" --format table
echo
echo "== blotter query officials"
"$bin" query officials --store "$store" --format table
echo
echo "== blotter query seizures-by-operation"
"$bin" query seizures-by-operation --store "$store" --format table
