#!/usr/bin/env bash
# Whole-process benchmark of blotter: extraction, loading, Oxigraph's own bulk loader, and
# the bundled queries, on generated corpora of N articles. It prints figures; it never
# asserts a timing. See bench/README.md for what each figure means.
#
# Usage: bench/run.sh [N...]            (default: 10000 100000)
#
# Environment:
#   BENCH_DIR      where corpora and scratch files go (default /tmp/blotter-bench); the
#                  corpus for N is kept in $BENCH_DIR/corpus-N and reused by later runs
#   BENCH_SEED     generator seed (default 1)
#   BLOTTER        the blotter binary (default $CARGO_TARGET_DIR/release/blotter, with
#                  CARGO_TARGET_DIR defaulting to ~/.cache/blotter-target)
#   BULK_LOAD      the bulk_load example (default $CARGO_TARGET_DIR/release/examples/bulk_load;
#                  built with `cargo build --release --examples` when missing)
#   QUERY_TIMEOUT  seconds passed to `blotter query --timeout` (default 60); a query that
#                  runs longer is reported as timed out, with the wall time it took to stop
#   KEEP=1         keep the N-Quads files and stores instead of deleting them at the end
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(dirname "$here")
target_dir=${CARGO_TARGET_DIR:-$HOME/.cache/blotter-target}
blotter=${BLOTTER:-$target_dir/release/blotter}
bulk=${BULK_LOAD:-$target_dir/release/examples/bulk_load}
bench_dir=${BENCH_DIR:-/tmp/blotter-bench}
seed=${BENCH_SEED:-1}
query_timeout=${QUERY_TIMEOUT:-60}
keep=${KEEP:-0}

if [ "$#" -gt 0 ]; then sizes=("$@"); else sizes=(10000 100000); fi
for n in "${sizes[@]}"; do
    [[ "$n" =~ ^[1-9][0-9]*$ ]] || { echo "run.sh: N must be a positive integer, got '$n'" >&2; exit 2; }
done

# ---- prerequisites -----------------------------------------------------------------------
if [ ! -x /usr/bin/time ]; then
    echo "run.sh: /usr/bin/time is missing; installing the Debian package 'time'" >&2
    sudo_cmd=()
    [ "$(id -u)" -eq 0 ] || sudo_cmd=(sudo)
    "${sudo_cmd[@]}" apt-get install -y time >&2 || {
        echo "run.sh: could not install it; run: sudo apt-get install -y time" >&2
        exit 1
    }
fi
if [ ! -x "$blotter" ]; then
    echo "run.sh: no blotter binary at $blotter; build it with:" >&2
    echo "  cd $root && CARGO_TARGET_DIR=$target_dir cargo build --release" >&2
    exit 1
fi
if [ ! -x "$bulk" ]; then
    echo "run.sh: building the bulk_load example (cargo build --release --examples)" >&2
    (cd "$root" && CARGO_TARGET_DIR=$target_dir cargo build --release --examples >&2)
fi
command -v python3 >/dev/null || { echo "run.sh: python3 is required" >&2; exit 1; }

mkdir -p "$bench_dir"
scratch=$(mktemp -d "$bench_dir/run.XXXXXX")
cleanup() {
    if [ "$keep" = 1 ]; then
        echo "run.sh: KEEP=1: scratch files left in $scratch" >&2
    else
        rm -rf -- "$scratch"
    fi
}
trap cleanup EXIT

# Run copies of the binaries, so that a rebuild during the run cannot mix two versions.
cp "$blotter" "$scratch/blotter"
cp "$bulk" "$scratch/bulk_load"
blotter_src=$blotter bulk_src=$bulk
blotter=$scratch/blotter bulk=$scratch/bulk_load

# ---- helpers -----------------------------------------------------------------------------
calc() { awk "BEGIN { printf \"%.${2:-2}f\", ($1) }"; }   # calc EXPR [DECIMALS]
now() { date +%s.%N; }

# time_v LOG CMD...: runs CMD under /usr/bin/time -v; stderr of CMD goes to LOG.err.
# Returns CMD's exit status (without tripping set -e).
time_v() {
    local log=$1
    shift
    local rc=0
    /usr/bin/time -v -o "$log" "$@" 2>"$log.err" || rc=$?
    return "$rc"
}
# Wall seconds from a `time -v` log ("Elapsed (wall clock) time (h:mm:ss or m:ss): 1:02.35").
wall_of() {
    awk -F': ' '/Elapsed \(wall clock\)/ {
        n = split($2, p, ":"); s = 0
        for (i = 1; i <= n; i++) s = s * 60 + p[i]
        printf "%.2f", s }' "$1"
}
rss_mb_of() { awk -F': ' '/Maximum resident set size/ { printf "%.1f", $2 / 1024 }' "$1"; }
cpu_of() { awk -F': ' '/Percent of CPU this job got/ { print $2 }' "$1"; }

declare -A R   # results, keyed "N:metric"

section() { printf '\n== %s\n' "$*"; }

# fail_n N REASON TIMELOG: a stage failed for this N (for instance killed for lack of
# memory): say so, show the end of its stderr, free its scratch files and go on.
fail_n() {
    R[$1:failed]=$2
    echo "FAILED: $2" >&2
    grep -h -m1 'terminated by signal\|exited with non-zero' "$3" >&2 || true
    tail -n 5 "$3.err" >&2 || true
    if [ "$keep" != 1 ]; then
        rm -rf -- "$scratch/extract-$1.nq" "$scratch/store-$1" "$scratch/bulk-$1"
    fi
}

# ---- one size ----------------------------------------------------------------------------
bench_one() {
    local n=$1
    local corpus="$bench_dir/corpus-$n"
    local marker="$corpus/.blotter-bench-corpus"
    local want gen_hash
    gen_hash=$(sha256sum "$here/gen_corpus.py" | cut -c1-12)
    want="n=$n seed=$seed generator=$gen_hash"
    section "N = $n"
    echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ -f "$marker" ]; then
        if [ "$(cat "$marker")" != "$want" ]; then
            echo "run.sh: $corpus holds a corpus made with '$(cat "$marker")', not '$want'; remove it or set BENCH_DIR" >&2
            exit 1
        fi
        echo "corpus: reusing $corpus"
        R[$n:gen_s]="reused from an earlier run"
    elif [ -e "$corpus" ]; then
        echo "run.sh: $corpus exists but is incomplete (no marker); remove it or set BENCH_DIR" >&2
        exit 1
    else
        local partial="$scratch/corpus-$n.partial"
        local t0 t1
        t0=$(now)
        python3 "$here/gen_corpus.py" --n "$n" --out "$partial" --seed "$seed" --quiet
        t1=$(now)
        echo "$want" >"$partial/.blotter-bench-corpus"
        mv "$partial" "$corpus"
        R[$n:gen_s]="$(calc "$t1 - $t0") s"
        echo "corpus: generated $corpus in ${R[$n:gen_s]}"
    fi
    local files bytes
    files=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.md' \) | wc -l)
    bytes=$(find "$corpus" -type f \( -name '*.txt' -o -name '*.html' -o -name '*.md' \) -printf '%s\n' | awk '{ s += $1 } END { print s + 0 }')
    R[$n:files]=$files
    R[$n:mb]=$(calc "$bytes / 1e6" 1)
    echo "corpus: $files articles, ${R[$n:mb]} MB"
    # Warm the page cache so that every run below reads the articles from memory.
    find "$corpus" -type f -print0 | xargs -0 cat >/dev/null

    # (a) extraction alone, all cores and one core.
    local nq="$scratch/extract-$n.nq" rc
    local mode
    for mode in all one; do
        local log="$scratch/extract-$n-$mode.time"
        rm -f "$nq"
        rc=0
        if [ "$mode" = all ]; then
            time_v "$log" "$blotter" extract "$corpus" --format nquads -o "$nq" || rc=$?
        else
            time_v "$log" env RAYON_NUM_THREADS=1 "$blotter" extract "$corpus" --format nquads -o "$nq" || rc=$?
        fi
        if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
            fail_n "$n" "blotter extract ($mode) failed with exit $rc after $(wall_of "$log") s, peak RSS $(rss_mb_of "$log") MB" "$log"
            return 0
        fi
        local s
        s=$(wall_of "$log")
        R[$n:ex_${mode}_s]=$s
        R[$n:ex_${mode}_rss]=$(rss_mb_of "$log")
        R[$n:ex_${mode}_cpu]=$(cpu_of "$log")
        R[$n:ex_${mode}_mbs]=$(calc "$bytes / 1e6 / $s" 2)
        R[$n:ex_${mode}_aps]=$(calc "$files / $s" 0)
        R[$n:ex_${mode}_rc]=$rc
        R[$n:ex_${mode}_warn]=$(grep -c . "$log.err" || true)
    done
    R[$n:triples]=$(wc -l <"$nq")
    R[$n:nq_mb]=$(calc "$(stat -c %s "$nq") / 1e6" 1)
    echo "extract (all cores): ${R[$n:ex_all_s]} s, ${R[$n:ex_all_mbs]} MB/s, ${R[$n:ex_all_aps]} articles/s, peak RSS ${R[$n:ex_all_rss]} MB, CPU ${R[$n:ex_all_cpu]}, exit ${R[$n:ex_all_rc]}, ${R[$n:ex_all_warn]} stderr line(s)"
    echo "extract (one core):  ${R[$n:ex_one_s]} s, ${R[$n:ex_one_mbs]} MB/s, ${R[$n:ex_one_aps]} articles/s, peak RSS ${R[$n:ex_one_rss]} MB, CPU ${R[$n:ex_one_cpu]}, exit ${R[$n:ex_one_rc]}"
    echo "extract output: ${R[$n:triples]} quads (N-Quads lines), ${R[$n:nq_mb]} MB"

    # (b) end-to-end load into a fresh store.
    local store="$scratch/store-$n" log="$scratch/load-$n.time"
    rc=0
    time_v "$log" "$blotter" load "$corpus" --store "$store" || rc=$?
    if [ "$rc" -ne 0 ] && [ "$rc" -ne 3 ]; then
        fail_n "$n" "blotter load failed with exit $rc after $(wall_of "$log") s, peak RSS $(rss_mb_of "$log") MB" "$log"
        return 0
    fi
    local s
    s=$(wall_of "$log")
    R[$n:ld_s]=$s
    R[$n:ld_rss]=$(rss_mb_of "$log")
    R[$n:ld_cpu]=$(cpu_of "$log")
    R[$n:ld_aps]=$(calc "$files / $s" 0)
    R[$n:ld_tps]=$(calc "${R[$n:triples]} / $s" 0)
    R[$n:ld_rc]=$rc
    R[$n:ld_disk]=$(calc "$(du -sb "$store" | cut -f1) / 1e6" 1)
    R[$n:ld_report]=$(grep 'article(s) loaded' "$log.err" | tail -n 1 || true)
    R[$n:ld_store_s]=$(calc "$s - ${R[$n:ex_all_s]}")
    echo "load: ${R[$n:ld_s]} s, ${R[$n:ld_aps]} articles/s, ${R[$n:ld_tps]} triples/s, peak RSS ${R[$n:ld_rss]} MB, CPU ${R[$n:ld_cpu]}, store ${R[$n:ld_disk]} MB on disk, exit ${R[$n:ld_rc]}"
    echo "load reported: ${R[$n:ld_report]}"
    echo "load minus extraction (all cores): ${R[$n:ld_store_s]} s spent on the store side"

    # (c) Oxigraph alone: bulk-load the N-Quads file from (a).
    local bstore="$scratch/bulk-$n" blog="$scratch/bulk-$n.time" out
    rc=0
    /usr/bin/time -v -o "$blog" "$bulk" "$nq" "$bstore" >"$blog.out" 2>"$blog.err" || rc=$?
    if [ "$rc" -ne 0 ]; then
        fail_n "$n" "bulk_load failed with exit $rc after $(wall_of "$blog") s, peak RSS $(rss_mb_of "$blog") MB" "$blog"
        return 0
    fi
    out=$(cat "$blog.out")
    R[$n:bk_quads]=$(sed -n 's/.*quads=\([0-9]*\).*/\1/p' <<<"$out")
    R[$n:bk_s]=$(sed -n 's/.*seconds=\([0-9.]*\).*/\1/p' <<<"$out")
    R[$n:bk_qps]=$(sed -n 's/.*quads_per_sec=\([0-9.]*\).*/\1/p' <<<"$out")
    R[$n:bk_wall]=$(wall_of "$blog")
    R[$n:bk_rss]=$(rss_mb_of "$blog")
    R[$n:bk_disk]=$(calc "$(du -sb "$bstore" | cut -f1) / 1e6" 1)
    R[$n:ratio]=$(calc "${R[$n:ld_tps]} / ${R[$n:bk_qps]}" 3)
    echo "oxigraph bulk load: $out (process wall ${R[$n:bk_wall]} s, peak RSS ${R[$n:bk_rss]} MB, store ${R[$n:bk_disk]} MB on disk)"
    echo "blotter load rate / oxigraph bulk rate (triples/s): ${R[$n:ratio]}"

    # (c2) compact the store from (b), as the load's summary suggests, so that (d) times the
    # queries on a settled store rather than against RocksDB's background merging.
    local olog="$scratch/optimize-$n.time"
    rc=0
    time_v "$olog" "$blotter" optimize --store "$store" || rc=$?
    if [ "$rc" -ne 0 ]; then
        fail_n "$n" "blotter optimize failed with exit $rc after $(wall_of "$olog") s" "$olog"
        return 0
    fi
    R[$n:op_s]=$(wall_of "$olog")
    R[$n:op_rss]=$(rss_mb_of "$olog")
    R[$n:op_disk]=$(calc "$(du -sb "$store" | cut -f1) / 1e6" 1)
    echo "optimize: ${R[$n:op_s]} s, peak RSS ${R[$n:op_rss]} MB, store ${R[$n:op_disk]} MB on disk after it (${R[$n:ld_disk]} MB before)"

    # (d) each bundled query on the store from (b), compacted in (c2).
    local names name
    names=$("$blotter" queries | awk 'NF { print $1 }')
    R[$n:queries]=$names
    for name in $names; do
        local params=()
        case $name in
            entity) params=(--param name=INTERPOL) ;;
            organization-profile) params=(--param org=INTERPOL) ;;
        esac
        local qout="$scratch/q-$n-$name.csv" t0 t1
        rc=0
        t0=$(now)
        "$blotter" query "$name" --store "$store" --format csv --limit 1000 --timeout "$query_timeout" \
            "${params[@]}" >"$qout" 2>"$qout.err" || rc=$?
        t1=$(now)
        R[$n:q_$name]=$(calc "$t1 - $t0" 3)
        if [ "$rc" -eq 0 ]; then
            R[$n:qrows_$name]=$(( $(wc -l <"$qout") - 1 ))
        elif grep -q 'cancelled after' "$qout.err"; then
            R[$n:qrows_$name]="timed out (--timeout $query_timeout)"
        else
            R[$n:qrows_$name]="failed (exit $rc): $(head -c 200 "$qout.err" | tr '\n' ' ')"
        fi
        printf 'query %-22s %8s s  %s\n' "$name" "${R[$n:q_$name]}" "$([[ ${R[$n:qrows_$name]} =~ ^[0-9]+$ ]] && echo "${R[$n:qrows_$name]} rows" || echo "${R[$n:qrows_$name]}")"
    done

    echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
    if [ "$keep" != 1 ]; then
        rm -rf -- "$nq" "$store" "$bstore"
    fi
}

# ---- machine -----------------------------------------------------------------------------
echo "blotter benchmark, $(date -u +%Y-%m-%dT%H:%M:%SZ)"
echo "machine: $(nproc) cores ($(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.1f GB", $2 / 1048576 }' /proc/meminfo) RAM"
echo "binary: $blotter_src ($("$blotter" --version); built $(date -u -r "$blotter_src" +%Y-%m-%dT%H:%M:%SZ); sha256 $(sha256sum "$blotter" | cut -c1-12)), run from a copy"
echo "bulk_load: $bulk_src (built $(date -u -r "$bulk_src" +%Y-%m-%dT%H:%M:%SZ)), run from a copy"
echo "sizes: ${sizes[*]}; seed $seed; query timeout $query_timeout s; scratch $scratch"
echo "other busy processes now (a benchmark on a shared machine measures them too):"
ps -eo pcpu=,comm= --sort=-pcpu | awk '$1 >= 20 { printf "  %s%% %s\n", $1, $2 }' | grep -v -e ' ps$' -e ' awk$' || echo "  none above 20% CPU"

for n in "${sizes[@]}"; do
    bench_one "$n"
done

# ---- summary -----------------------------------------------------------------------------
ok_sizes=()
for n in "${sizes[@]}"; do
    if [ -n "${R[$n:failed]:-}" ]; then
        section "Summary, N = $n: no figures, ${R[$n:failed]}"
        continue
    fi
    ok_sizes+=("$n")
    section "Summary, N = $n (${R[$n:files]} articles, ${R[$n:mb]} MB of article text, ${R[$n:triples]} triples; corpus generation: ${R[$n:gen_s]})"
    printf '%-30s %10s %12s %12s %14s %12s %12s\n' "stage" "seconds" "MB/s" "articles/s" "triples/s" "peak RSS MB" "disk MB"
    printf '%-30s %10s %12s %12s %14s %12s %12s\n' "extract, all cores" "${R[$n:ex_all_s]}" "${R[$n:ex_all_mbs]}" "${R[$n:ex_all_aps]}" "$(calc "${R[$n:triples]} / ${R[$n:ex_all_s]}" 0)" "${R[$n:ex_all_rss]}" "-"
    printf '%-30s %10s %12s %12s %14s %12s %12s\n' "extract, one core" "${R[$n:ex_one_s]}" "${R[$n:ex_one_mbs]}" "${R[$n:ex_one_aps]}" "$(calc "${R[$n:triples]} / ${R[$n:ex_one_s]}" 0)" "${R[$n:ex_one_rss]}" "-"
    printf '%-30s %10s %12s %12s %14s %12s %12s\n' "load (end to end)" "${R[$n:ld_s]}" "$(calc "${R[$n:mb]} / ${R[$n:ld_s]}" 2)" "${R[$n:ld_aps]}" "${R[$n:ld_tps]}" "${R[$n:ld_rss]}" "${R[$n:ld_disk]}"
    printf '%-30s %10s %12s %12s %14s %12s %12s\n' "optimize (after the load)" "${R[$n:op_s]}" "-" "-" "-" "${R[$n:op_rss]}" "${R[$n:op_disk]}"
    printf '%-30s %10s %12s %12s %14s %12s %12s\n' "oxigraph bulk load (.nq)" "${R[$n:bk_s]}" "-" "-" "${R[$n:bk_qps]}" "${R[$n:bk_rss]}" "${R[$n:bk_disk]}"
    echo "blotter load / oxigraph bulk load, triples/s: ${R[$n:ratio]}"
    echo "extract one core / all cores, seconds: $(calc "${R[$n:ex_one_s]} / ${R[$n:ex_all_s]}" 2)"
    printf '%-24s %10s %10s\n' "query" "seconds" "rows"
    for name in ${R[$n:queries]}; do
        printf '%-24s %10s %10s\n' "$name" "${R[$n:q_$name]}" "${R[$n:qrows_$name]}"
    done
done

if [ "${#ok_sizes[@]}" -ge 2 ]; then
    small=${ok_sizes[0]} large=${ok_sizes[0]}
    for n in "${ok_sizes[@]}"; do
        [ "$n" -lt "$small" ] && small=$n
        [ "$n" -gt "$large" ] && large=$n
    done
    if [ "$small" != "$large" ]; then
        section "Scaling, N = $large against N = $small (1.00 = linear; above 1 = slower per article)"
        per() { calc "(${R[$large:$1]} / ${R[$large:files]}) / (${R[$small:$1]} / ${R[$small:files]})" 2; }
        echo "time per article, extract all cores: $(per ex_all_s)"
        echo "time per article, extract one core:  $(per ex_one_s)"
        echo "time per article, load:              $(per ld_s)"
        echo "time per quad, oxigraph bulk load:   $(calc "(${R[$large:bk_s]} / ${R[$large:triples]}) / (${R[$small:bk_s]} / ${R[$small:triples]})" 2)"
        echo "peak RSS, extract all cores: $(calc "${R[$large:ex_all_rss]} / ${R[$small:ex_all_rss]}" 2) (articles x$(calc "${R[$large:files]} / ${R[$small:files]}" 1))"
        echo "peak RSS, extract one core:  $(calc "${R[$large:ex_one_rss]} / ${R[$small:ex_one_rss]}" 2)"
        echo "peak RSS, load:              $(calc "${R[$large:ld_rss]} / ${R[$small:ld_rss]}" 2)"
    fi
fi

# Figures were printed for the sizes that worked; the exit status says whether all did.
[ "${#ok_sizes[@]}" -eq "${#sizes[@]}" ] || exit 1
