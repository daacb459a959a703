# tests/golden/b1/gen-small: genb1 on a small seed (its bytes must be the same
# on every machine), then the baseline on that data; the expected decisions
# are those of bench/b1/reference.py.
# The B1 tools are built into $(O): "$GRIP_ROOT/build" normally, or the
# folder of grip itself when O is another folder (make asan: build/asan).
g=$(command -v grip) && [ -L "$g" ] && g=$(readlink "$g")
if [ -n "${B1_BUILD:-}" ]; then b=$B1_BUILD
elif [ -x "$(dirname "$g")/bench/b1-baseline" ]; then b=$(dirname "$g")
else b=${GRIP_ROOT:?tests/run.sh sets GRIP_ROOT}/build
fi
[ -x "$b/bench/b1-baseline" ] && [ -x "$b/tools/genb1" ] ||
    { echo "case.sh: no B1 tools in $b (make bench-tools)" >&2; exit 99; }
"$b/tools/genb1" --rows 300 --seed 11 --out . &&
"$b/bench/b1-baseline" --cases cases.csv --plafonds plafonds.csv --aanbieders aanbieders.csv \
    --out besluiten.csv --ledger-out plafondgebruik.csv
