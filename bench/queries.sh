#!/bin/bash
# Times every bundled query, and the ones that take a name both with a rare and with a very
# common name, on a store made by `blotter load` of a generated corpus (bench/gen_corpus.py).
# It prints seconds and rows; it asserts nothing.
#
#     bench/queries.sh STORE [TIMEOUT_SECONDS]
S=$1; T=${2:-300}; B=${BLOTTER:-${CARGO_TARGET_DIR:-$HOME/.cache/blotter-target}/release/blotter}
err=$(mktemp); trap 'rm -f "$err"' EXIT
run(){ local name="$1"; shift; local start=$(date +%s.%N); local rows; rows=$($B query "$@" --store $S -f csv --timeout $T 2>"$err" | wc -l); local end=$(date +%s.%N); printf "%-45s %8.2f s  %8d rows  %s\n" "$name" "$(awk -v a="$start" -v b="$end" 'BEGIN{print b-a}')" "$((rows-1))" "$(head -c 80 "$err")"; }
for q in articles conferences countries officials operations quotations seizures-by-operation; do run "$q" $q; done
run "entity name=Operation Kestrel IV" entity --param "name=Operation Kestrel IV"
run "entity name=Frontex" entity --param "name=Frontex"
run "entity name=INTERPOL" entity --param "name=INTERPOL"
run "organization-profile org=Frontex" organization-profile --param "org=Frontex"
run "organization-profile org=INTERPOL" organization-profile --param "org=INTERPOL"
run "fact-sources name=Operation Kestrel IV" fact-sources --param "name=Operation Kestrel IV"
run "officials org=Frontex" officials --param "org=Frontex"
run "quotations speaker=Catherine De Bolle" quotations --param "speaker=Catherine De Bolle"
run "seizures-by-operation operation=Operation Kestrel IV" seizures-by-operation --param "operation=Operation Kestrel IV"
run "fact-sources (every fact)" fact-sources
