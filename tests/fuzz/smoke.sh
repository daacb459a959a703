#!/bin/sh
# SPDX-License-Identifier: MIT
# tests/fuzz/smoke.sh [SECONDS] - runs every built fuzz target for a short
# time (default 20 s each) over the repository's own inputs as seeds, so CI
# notices a crash the fuzzers can find quickly.  Long runs are done by hand
# (see tests/fuzz/build.sh).  Exits non-zero on the first crash.
set -eu
cd "$(dirname "$0")/../.."
secs=${1:-20}
out=build/fuzz
for t in "$out"/fuzz_*; do
    [ -x "$t" ] || continue
    name=$(basename "$t")
    corpus=$(mktemp -d)
    case "$name" in
        fuzz_csv) seeds="tests/csv tests/data data" ;;
        fuzz_parse|fuzz_check|fuzz_eval) seeds="tests/golden tests/errors policies stdlib bench/b1" ;;
        *) seeds="" ;;
    esac
    # libFuzzer takes seed folders; keep only small regular files
    for d in $seeds; do
        [ -d "$d" ] && find "$d" -type f -size -64k -exec cp {} "$corpus"/ \; 2>/dev/null || true
    done
    echo "  SMOKE   $name (${secs}s)"
    "$t" -max_total_time="$secs" -timeout=10 -rss_limit_mb=2048 -print_final_stats=0 \
        "$corpus" >"$corpus.log" 2>&1 || { tail -40 "$corpus.log"; rm -rf "$corpus" "$corpus.log"; exit 1; }
    rm -rf "$corpus" "$corpus.log"
done
echo "fuzz smoke: no crash"
