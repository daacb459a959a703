#!/bin/sh
# SPDX-License-Identifier: MIT
# bench/run.sh - benchmark B1 (shared/bench/B1-toewijzing.md), run by
# 'make bench': grip against the hand-written C baseline, side by side.
#
#   sh bench/run.sh                          sizes 10^5, 10^6, 10^7
#   BENCH_SIZES="100000 1000000" sh bench/run.sh
#
# Environment: BENCH_SIZES (rows, space-separated), BENCH_SEED (default 1),
# BENCH_RUNS (runs per program and size, best wall time kept; default 1),
# B1_BUILD (build folder of the tools, default build), GRIP_BIN (default
# ./grip).  'make bench' sets the last two from O and BIN.
#
# For each size: the data is generated into bench/out/b1-N-sSEED/ (reused
# when a stamp shows the same generator source, rows and seed), then the
# baseline and 'grip run' are each timed by build/bench/measure (whole
# process: wall ms, peak RSS).  besluiten.csv must be byte-identical (cmp);
# plafondgebruik.csv must agree on aanbieder, jaar, toegekend, plafond and
# resterend (grip's columns are picked by name; it may have more).
# Exit status: 0 when the baseline ran and every comparison made agreed
# (also when grip cannot run B1 yet), 1 otherwise.
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
cd "$root" || exit 1
sizes=${BENCH_SIZES:-"100000 1000000 10000000"}
seed=${BENCH_SEED:-1}
runs=${BENCH_RUNS:-1}
# run standalone, this script builds what it needs; 'make bench' has built
# it already and says where (B1_BUILD, GRIP_BIN)
standalone=0
[ -n "${B1_BUILD:-}" ] || standalone=1
build=${B1_BUILD:-build}
grip=${GRIP_BIN:-./grip}
case "$grip" in /*) ;; *) grip="$root/$grip" ;; esac
outroot=bench/out

for n in $sizes; do
    case "$n" in '' | *[!0-9]*) echo "bench/run.sh: BENCH_SIZES: '$n' is not a row count" >&2; exit 2 ;; esac
done
case "$seed" in '' | *[!0-9]*) echo "bench/run.sh: BENCH_SEED must be an unsigned integer" >&2; exit 2 ;; esac
case "$runs" in '' | 0 | *[!0-9]*) echo "bench/run.sh: BENCH_RUNS must be a positive integer" >&2; exit 2 ;; esac

# -O2 (the Makefile's default OPT) for grip and the tools alike
if [ $standalone = 1 ]; then
    make -s --no-print-directory grip build/tools/genb1 build/bench/b1-baseline build/bench/measure || exit 1
fi
genb1=$build/tools/genb1
baseline=$build/bench/b1-baseline
measure=$build/bench/measure
for t in "$genb1" "$baseline" "$measure"; do
    [ -x "$t" ] || { echo "bench/run.sh: $t is not built (make bench-tools)" >&2; exit 1; }
done

# Can grip run B1?  The interpreter is built in parallel with this benchmark;
# until it has a 'run' command, only the baseline is measured.
mkdir -p "$outroot" || exit 1
grip_ok=1
grip_note=""
if [ ! -x "$grip" ]; then
    grip_ok=0
    grip_note="grip: not built ($grip)"
else
    "$grip" run >/dev/null 2>"$outroot/probe" </dev/null
    if [ $? = 2 ] && grep -q "unknown command 'run'" "$outroot/probe"; then
        grip_ok=0
        grip_note="grip: cannot run B1 yet (no 'run' command)"
    fi
    rm -f "$outroot/probe"
fi
gen_sum=$(cksum < tools/genb1.c)

# field NAME FILE: the value of NAME=... in a measure result file
field() { sed -n "s/.*$1=\([0-9]*\).*/\1/p" "$2"; }

# timed LABEL DIR COMMAND...: runs COMMAND $runs times under measure; leaves
# the best wall ms in $best_ms, the peak RSS of all runs in $best_kib and the
# exit status of the last run in $best_status
timed() {
    label=$1 dir=$2
    shift 2
    best_ms="" best_kib=0 best_status=0
    r=0
    while [ $r -lt "$runs" ]; do
        "$measure" "$dir/$label.measure" "$@" 2>"$dir/$label.stderr" >/dev/null
        best_status=$(field status "$dir/$label.measure")
        [ "$best_status" = 0 ] || return
        ms=$(field wall_ms "$dir/$label.measure")
        kib=$(field maxrss_kib "$dir/$label.measure")
        if [ -z "$best_ms" ] || [ "$ms" -lt "$best_ms" ]; then best_ms=$ms; fi
        if [ "$kib" -gt "$best_kib" ]; then best_kib=$kib; fi
        r=$((r + 1))
    done
}

# ledger_values FILE OUT: writes to OUT aanbieder,jaar,toegekend,plafond,
# resterend of each row of FILE, columns found by header name, sorted;
# returns 1 (naming the column on stderr) when one is missing.  grip's
# ledger summary names the amounts charged, limit and remaining (docs/cli.md):
# those stand for toegekend, plafond and resterend.
ledger_values() {
    awk -F, '
        NR == 1 {
            sub(/\r$/, "")
            for (i = 1; i <= NF; i++) col[$i] = i
            if (!("toegekend" in col) && ("charged" in col)) col["toegekend"] = col["charged"]
            if (!("plafond" in col) && ("limit" in col)) col["plafond"] = col["limit"]
            if (!("resterend" in col) && ("remaining" in col)) col["resterend"] = col["remaining"]
            n = split("aanbieder jaar toegekend plafond resterend", want, " ")
            for (k = 1; k <= n; k++)
                if (!(want[k] in col)) { print "no column " want[k] > "/dev/stderr"; exit 1 }
            next
        }
        { sub(/\r$/, ""); print $col["aanbieder"] "," $col["jaar"] "," $col["toegekend"] "," $col["plafond"] "," $col["resterend"] }
    ' "$1" > "$2.unsorted" || return 1
    LC_ALL=C sort "$2.unsorted" > "$2" && rm -f "$2.unsorted"
}

# x.yz for the integer ratio a/b (b > 0), rounded half up
ratio() { r100=$(( ($1 * 200 + $2) / ($2 * 2) )); printf '%d.%02d' $((r100 / 100)) $((r100 % 100)); }
# x.y MiB for KiB, rounded down
mib() { printf '%d.%d' $(($1 / 1024)) $(($1 * 10 / 1024 % 10)); }
# rows per second for N rows in MS milliseconds (at least 1 ms)
rate() { ms=$2; [ "$ms" -gt 0 ] || ms=1; echo $(($1 * 1000 / ms)); }

status=0
table=""
notes=""
for n in $sizes; do
    dir=$outroot/b1-$n-s$seed
    stamp="genb1 $gen_sum rows $n seed $seed"
    if [ -f "$dir/stamp" ] && [ "$(cat "$dir/stamp")" = "$stamp" ]; then
        echo "== $n rows: reusing $dir"
    else
        echo "== $n rows: generating $dir"
        rm -rf "$dir"
        mkdir -p "$dir" || exit 1
        "$genb1" --rows "$n" --seed "$seed" --out "$dir" || { echo "bench/run.sh: genb1 failed" >&2; exit 1; }
        echo "$stamp" > "$dir/stamp"
    fi

    timed baseline "$dir" "$baseline" --cases "$dir/cases.csv" --plafonds "$dir/plafonds.csv" \
        --aanbieders "$dir/aanbieders.csv" --out "$dir/baseline-besluiten.csv" \
        --ledger-out "$dir/baseline-plafondgebruik.csv"
    if [ "$best_status" != 0 ]; then
        echo "baseline failed at $n rows (exit $best_status):" >&2
        sed -n '1,5p' "$dir/baseline.stderr" >&2
        status=1
        continue
    fi
    b_ms=$best_ms b_kib=$best_kib
    row=$(printf '%10s | %12s %9s %9s |' "$n" "$(rate "$n" "$b_ms")" "$b_ms" "$(mib "$b_kib")")

    if [ $grip_ok = 0 ]; then
        table="$table$row $grip_note
"
        continue
    fi
    timed grip "$dir" "$grip" run bench/b1/b1.grip --data "Aanvraag=$dir/cases.csv" \
        --data "plafonds=$dir/plafonds.csv" --data "aanbieders=$dir/aanbieders.csv" \
        --out "$dir/grip-besluiten.csv" --ledger-out "$dir/grip-plafondgebruik.csv"
    if [ "$best_status" != 0 ]; then
        table="$table$row grip failed (exit $best_status)
"
        notes="$notes
grip at $n rows: $(sed -n 1p "$dir/grip.stderr")"
        status=1
        continue
    fi
    g_ms=$best_ms g_kib=$best_kib
    [ "$b_ms" -gt 0 ] || b_ms=1
    check="ok"
    if ! cmp -s "$dir/baseline-besluiten.csv" "$dir/grip-besluiten.csv"; then
        check="besluiten DIFFER"
        notes="$notes
$n rows: besluiten.csv differs: $(cmp "$dir/baseline-besluiten.csv" "$dir/grip-besluiten.csv" 2>&1 | sed -n 1p)"
        status=1
    fi
    ledger_values "$dir/baseline-plafondgebruik.csv" "$dir/baseline.ledger"
    if ! ledger_values "$dir/grip-plafondgebruik.csv" "$dir/grip.ledger" 2>"$dir/ledger.stderr"; then
        check="$check, ledger unreadable"
        notes="$notes
$n rows: grip's ledger: $(cat "$dir/ledger.stderr")"
        status=1
    elif ! cmp -s "$dir/baseline.ledger" "$dir/grip.ledger"; then
        check="$check, ledger DIFFERS"
        notes="$notes
$n rows: plafondgebruik differs: $(diff "$dir/baseline.ledger" "$dir/grip.ledger" | sed -n 2p)"
        status=1
    fi
    table="$table$row $(printf '%12s %9s %9s | %6s | %s' "$(rate "$n" "$g_ms")" "$g_ms" "$(mib "$g_kib")" \
        "$(ratio "$g_ms" "$b_ms")" "$check")
"
done

echo
echo "B1 - seed $seed, best of $runs run(s), $(nproc 2>/dev/null || echo '?') CPU(s)"
printf '%10s | %12s %9s %9s | %12s %9s %9s | %6s | %s\n' "rows" "base rows/s" "wall ms" "peak MiB" \
    "grip rows/s" "wall ms" "peak MiB" "grip/b" "outputs"
printf '%s' "$table"
[ -z "$notes" ] || printf '%s\n' "$notes"
exit $status
