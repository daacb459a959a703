# tests/golden/b1/gen-100k: 10^5 rows of genb1 pinned by checksum (the same
# bytes on every machine), and the baseline's outputs on them, whose
# checksums are those of bench/b1/reference.py's outputs.
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
"$b/tools/genb1" --rows 100000 --seed 5 --out . &&
"$b/bench/b1-baseline" --cases cases.csv --plafonds plafonds.csv --aanbieders aanbieders.csv \
    --out besluiten.csv --ledger-out plafondgebruik.csv &&
cksum cases.csv plafonds.csv aanbieders.csv besluiten.csv plafondgebruik.csv
