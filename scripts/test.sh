#!/usr/bin/env bash
# The test suite: set up (libclang, python3 with rdflib and pySHACL), then every test in
# the release profile the demo builds with, so RocksDB compiles once for both.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --test
cargo test --release --locked "$@"
