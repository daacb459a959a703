# tests/golden/b1/gen-100k: 10^5 rows of genb1 pinned by checksum (the same
# bytes on every machine), and the baseline's outputs on them, whose
# checksums are those of bench/b1/reference.py's outputs.
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
"$b/tools/genb1" --rows 100000 --seed 5 --out . &&
"$b/bench/b1-baseline" --cases cases.csv --plafonds plafonds.csv --aanbieders aanbieders.csv \
    --out besluiten.csv --ledger-out plafondgebruik.csv &&
cksum cases.csv plafonds.csv aanbieders.csv besluiten.csv plafondgebruik.csv
