# tests/golden/run/b1_baseline: bench/b1/b1.grip under 'grip run' against the
# hand-written C baseline (bench/b1/baseline.c) on three datasets: the
# hand-made edge cases of tests/golden/b1/hand, genb1's pinned 300 rows, and
# 20000 fresh rows of genb1 with another seed.  besluiten.csv must be
# byte-identical; the ledger summary must give the baseline's
# aanbieder,jaar,toegekend,plafond,resterend (charged, limit, remaining).
# The B1 tools are found as in tests/golden/b1 (next to grip, or in
# $GRIP_ROOT/build).
g=$(command -v grip) && [ -L "$g" ] && g=$(readlink "$g")
if [ -n "${B1_BUILD:-}" ]; then b=$B1_BUILD
elif [ -x "$(dirname "$g")/bench/b1-baseline" ]; then b=$(dirname "$g")
else b=${GRIP_ROOT:?tests/run.sh sets GRIP_ROOT}/build
fi
[ -x "$b/bench/b1-baseline" ] && [ -x "$b/tools/genb1" ] ||
    { echo "case.sh: no B1 tools in $b (make bench-tools)" >&2; exit 99; }
cp "$GRIP_ROOT/bench/b1/b1.grip" .

# compare NAME DIR: runs grip and the baseline on DIR's three files
compare() {
    name=$1 dir=$2
    grip run b1.grip --data "Aanvraag=$dir/cases.csv" --data "plafonds=$dir/plafonds.csv" \
        --data "aanbieders=$dir/aanbieders.csv" --out "$name-grip.csv" \
        --ledger-out "$name-ledger.csv" --receipt "$name-receipt.json" 2>"$name.stderr" ||
        { echo "$name: grip failed"; cat "$name.stderr"; return; }
    "$b/bench/b1-baseline" --cases "$dir/cases.csv" --plafonds "$dir/plafonds.csv" \
        --aanbieders "$dir/aanbieders.csv" --out "$name-base.csv" --ledger-out "$name-base-ledger.csv" ||
        { echo "$name: baseline failed"; return; }
    if cmp -s "$name-grip.csv" "$name-base.csv"; then echo "$name: besluiten identical"
    else echo "$name: besluiten DIFFER"; fi
    awk -F, 'NR == 1 { for (i = 1; i <= NF; i++) c[$i] = i; print "aanbieder,jaar,toegekend,plafond,resterend"; next }
             { print $c["aanbieder"] "," $c["jaar"] "," $c["charged"] "," $c["limit"] "," $c["remaining"] }' \
        "$name-ledger.csv" > "$name-ledger-values.csv"
    if cmp -s "$name-ledger-values.csv" "$name-base-ledger.csv"; then echo "$name: ledgers agree"
    else echo "$name: ledgers DIFFER"; fi
    sed -n 1p "$name.stderr"
}

compare hand "$GRIP_ROOT/tests/golden/b1/hand"
compare gen300 "$GRIP_ROOT/tests/golden/b1/gen-small/expect/files"
mkdir -p gen20k && "$b/tools/genb1" --rows 20000 --seed 5 --out gen20k >/dev/null && compare gen20k gen20k
