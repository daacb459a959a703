#!/bin/sh
# SPDX-License-Identifier: MIT
# tools/embed.sh FILE... - writes C source to stdout that embeds each stdlib
# .grip file as a byte array, for runtime/stdlib.c (the way jq builds
# builtin.inc with od and sed).  Generated output; never edit it.
set -eu
echo "/* generated from the stdlib .grip files by tools/embed.sh; do not edit */"
n=0
for f in "$@"; do
    echo "static const unsigned char stdlib_file_$n[] = {"
    od -An -v -tu1 "$f" | sed -e 's/[0-9][0-9]*/&,/g' -e 's/  */ /g'
    echo "0};"
    n=$((n + 1))
done
echo "static const StdlibFile stdlib_files[] = {"
n=0
for f in "$@"; do
    name=$(basename "$f" .grip)
    echo "    {\"$name\", \"stdlib/$(basename "$f")\", (const char *)stdlib_file_$n, sizeof stdlib_file_$n - 1},"
    n=$((n + 1))
done
echo "    {0, 0, 0, 0}"
echo "};"
