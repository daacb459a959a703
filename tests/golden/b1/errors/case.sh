# tests/golden/b1/errors: how b1-baseline and genb1 treat bad command lines
# and bad data: each run prints its messages and exit status; no output file
# may be left behind by a failed run.  Also: a CRLF file with a BOM and no
# final newline is accepted.
# The B1 tools are built into $(O): "$GRIP_ROOT/build" normally, or the
# folder of grip itself when O is another folder (make asan: build/asan).
g=$(command -v grip) && [ -L "$g" ] && g=$(readlink "$g")
if [ -n "${B1_BUILD:-}" ]; then b=$B1_BUILD
elif [ -x "$(dirname "$g")/bench/b1-baseline" ]; then b=$(dirname "$g")
else b=${GRIP_ROOT:?tests/run.sh sets GRIP_ROOT}/build
fi
[ -x "$b/bench/b1-baseline" ] && [ -x "$b/tools/genb1" ] ||
    { echo "case.sh: no B1 tools in $b (make bench-tools)" >&2; exit 99; }
run() {
    echo "== $1"
    shift
    "$@" 2>&1
    echo "status $?"
}
# base CASES [PLAFONDS [AANBIEDERS]]: the baseline on those files
base() {
    "$b/bench/b1-baseline" --cases "$1" --plafonds "${2:-plafonds.csv}" \
        --aanbieders "${3:-aanbieders.csv}" --out out.csv --ledger-out ledger.csv
}
run "no arguments" "$b/bench/b1-baseline"
run "unknown option" "$b/bench/b1-baseline" --cases x --frobnicate
run "missing value" "$b/bench/b1-baseline" --cases
run "missing file" base nope.csv
run "bad header" base bad-header.csv
run "empty file" base empty.csv
run "field count" base fields.csv
run "29 February 2021" base date.csv
run "year before 1900" base year.csv
run "unknown product" base product.csv
run "three decimals" base decimals.csv
run "weken not an integer" base weken.csv
run "tarief not money" base tarief.csv
run "bool" base bool.csv
run "empty id" base empty-id.csv
run "quoted field" base quoted.csv
run "blank line" base blank-line.csv
run "no ceiling for the case (reported for the first case in date order)" base no-ceiling.csv
run "no ceiling for another provider (overdraagbaar)" base other.csv plafonds-other.csv
run "cost overflow" base overflow.csv
run "duplicate plafonds key" base cases-ok.csv plafonds-dup.csv
run "bad jaar" base cases-ok.csv plafonds-jaar.csv
run "unknown product in aanbieders" base cases-ok.csv plafonds.csv aanbieders-product.csv
run "duplicate aanbieders key" base cases-ok.csv plafonds.csv aanbieders-dup.csv
echo "== files left behind"
ls out.csv* ledger.csv* 2>/dev/null
run "CRLF, BOM, no final newline" base crlf-bom.csv
cat out.csv ledger.csv
rm -f out.csv ledger.csv
run "genb1: no arguments" "$b/tools/genb1"
run "genb1: bad rows" "$b/tools/genb1" --rows 12x --seed 1 --out gen
run "genb1: too many rows" "$b/tools/genb1" --rows 1000000001 --seed 1 --out gen
run "genb1: bad seed" "$b/tools/genb1" --rows 1 --seed -1 --out gen
run "genb1: unknown option" "$b/tools/genb1" --rows 1 --seed 1 --out gen --fast
run "genb1: cannot create" "$b/tools/genb1" --rows 1 --seed 1 --out no/such/dir
run "genb1: zero rows" "$b/tools/genb1" --rows 0 --seed 1 --out gen
cat gen/cases.csv
wc -l < gen/plafonds.csv
