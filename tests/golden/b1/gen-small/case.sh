# tests/golden/b1/gen-small: genb1 on a small seed (its bytes must be the same
# on every machine), then the baseline on that data; the expected decisions
# are those of bench/b1/reference.py.
# tests/run.sh puts only grip on PATH (a symlink to the built binary); the
# B1 tools are built next to it: $(O)/bench/b1-baseline.
g=$(command -v grip) || { echo "case.sh: grip is not on PATH" >&2; exit 99; }
[ -L "$g" ] && g=$(readlink "$g")
d=$(dirname "$g")
if [ -n "${B1_BUILD:-}" ]; then b=$B1_BUILD
elif [ -x "$d/bench/b1-baseline" ]; then b=$d
elif [ -x "$d/build/bench/b1-baseline" ]; then b=$d/build
else echo "case.sh: no bench/b1-baseline next to $g (make build/bench/b1-baseline)" >&2; exit 99
fi
"$b/tools/genb1" --rows 300 --seed 11 --out . &&
"$b/bench/b1-baseline" --cases cases.csv --plafonds plafonds.csv --aanbieders aanbieders.csv \
    --out besluiten.csv --ledger-out plafondgebruik.csv
