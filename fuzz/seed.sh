#!/usr/bin/env bash
# Fills the fuzz corpora with the project's fixture articles (the seed corpus).
set -euo pipefail
cd "$(dirname "$0")"
for t in read_document extract; do
    mkdir -p "corpus/$t"
    cp ../tests/fixtures/articles/* ../samples/* "corpus/$t/"
done
