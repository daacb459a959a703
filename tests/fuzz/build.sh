#!/bin/sh
# SPDX-License-Identifier: MIT
# tests/fuzz/build.sh - builds the libFuzzer targets into build/fuzz/ with
# clang -fsanitize=fuzzer,address,undefined (make fuzz).  Run one with a
# seed corpus, e.g.:
#   build/fuzz/fuzz_parse -max_total_time=300 build/fuzz/corpus-parse tests/golden tests/errors
# The generated corpus folder is not committed (.gitignore: corpus-*).
set -eu
cd "$(dirname "$0")/../.."
CC=${FUZZ_CC:-clang}
out=build/fuzz
mkdir -p "$out"
# the stdlib table the runtime needs (normally made by the Makefile)
sh tools/embed.sh $(ls stdlib/*.grip 2>/dev/null) > "$out/stdlib.inc"
flags="-std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined -I. -I$out"
srcs=$(ls lang/*.c runtime/*.c)
for t in tests/fuzz/fuzz_*.c; do
    name=$(basename "$t" .c)
    echo "  FUZZ    $out/$name"
    $CC $flags -Wno-unused-function -o "$out/$name" "$t" $srcs
done
