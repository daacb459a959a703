#!/bin/sh
# SPDX-License-Identifier: MIT
# tools/regen.sh - regenerate, verify or stamp-check the committed scanner and
# parser (lang/lexer.[ch] from lang/lexer.l, lang/parser.[ch] from
# lang/parser.y).  Run from the repository root so #line paths are stable.
#
#   sh tools/regen.sh parser|lexer   regenerate one (needs bison 3.8 / flex 2.6)
#   sh tools/regen.sh --check        regenerate into a scratch copy and fail
#                                    when the committed files differ
#   sh tools/regen.sh --stamp        fail when lang/grammar.sha256 does not match
#                                    the grammar sources (needs no bison/flex)
set -eu
cd "$(dirname "$0")/.."

need() {
    case "$1" in
        bison) v=$(bison --version | sed -n '1s/.* \([0-9][0-9.]*\)$/\1/p')
               case "$v" in 3.8*) ;; *) echo "regen: bison 3.8.x required, found '$v'" >&2; exit 2 ;; esac ;;
        flex)  v=$(flex --version | sed -n '1s/.* \([0-9][0-9.]*\)$/\1/p')
               case "$v" in 2.6*) ;; *) echo "regen: flex 2.6.x required, found '$v'" >&2; exit 2 ;; esac ;;
    esac
}

stamp() { sha256sum lang/lexer.l lang/parser.y; }

gen_parser() { need bison; bison -Wall -Werror --header=lang/parser.h -o lang/parser.c lang/parser.y; }
gen_lexer() { need flex; flex --header-file=lang/lexer.h -o lang/lexer.c lang/lexer.l; }

case "${1:-}" in
    parser) gen_parser; stamp > lang/grammar.sha256 ;;
    lexer) gen_lexer; stamp > lang/grammar.sha256 ;;
    --stamp)
        [ -f lang/parser.y ] || exit 0
        if ! stamp | cmp -s - lang/grammar.sha256; then
            echo "error: lang/parser.c or lang/lexer.c is stale: lang/grammar.sha256 does not match" >&2
            echo "hint: install bison 3.8 and flex 2.6 and run 'make regen', then commit lang/" >&2
            exit 1
        fi ;;
    --check)
        command -v bison >/dev/null && command -v flex >/dev/null || {
            echo "check-generated: bison and flex must be installed" >&2; exit 2; }
        tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
        mkdir -p "$tmp/lang"
        cp lang/parser.y lang/lexer.l "$tmp/lang/"
        (cd "$tmp" && need bison && need flex &&
            bison -Wall -Werror --header=lang/parser.h -o lang/parser.c lang/parser.y &&
            flex --header-file=lang/lexer.h -o lang/lexer.c lang/lexer.l)
        rc=0
        for f in lang/parser.c lang/parser.h lang/lexer.c lang/lexer.h; do
            if ! cmp -s "$f" "$tmp/$f"; then
                echo "check-generated: $f differs from what the grammar produces; run 'make regen'" >&2
                rc=1
            fi
        done
        if ! stamp | cmp -s - lang/grammar.sha256; then
            echo "check-generated: lang/grammar.sha256 is stale; run 'make regen'" >&2; rc=1
        fi
        [ $rc = 0 ] && echo "check-generated: lang/ is in sync with the grammar"
        exit $rc ;;
    *) echo "usage: sh tools/regen.sh parser|lexer|--check|--stamp" >&2; exit 2 ;;
esac
