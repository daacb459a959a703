#!/bin/sh
# SPDX-License-Identifier: MIT
# tests/run.sh - runs every test of grip and ends with "N passed, N failed".
#
# usage: tests/run.sh [--bless] [--grip PATH] [--units DIR] [PATTERN]
#
# What it runs:
#   1. C unit tests: every executable in the units folder (build/unit);
#      each prints "unit/NAME: N passed, N failed" as its last line.
#   2. Golden cases: every folder under tests/golden/ and tests/errors/ that
#      holds a file named 'cmd'.  The folder (without expect/) is copied to a
#      scratch folder, 'cmd' is run there by sh with grip on PATH, and
#        expect/stdout  (absent = must be empty)
#        expect/stderr  (absent = must be empty)
#        expect/status  (absent = 0)
#        expect/files/F (each: the file F the command must have written)
#      are compared.  'cmd' sees GRIP_ROOT, the repository root, to reach
#      tools built by make (e.g. "$GRIP_ROOT/build/tools/gendata").  A case
#      folder may also hold 'skip-asan' to be skipped when GRIP_ASAN=1 (for
#      cases that measure memory or time).
#   3. Error pairs: every tests/errors/**/NAME.grip with a sibling NAME.err
#      (and no 'cmd' in its folder): 'grip check NAME.grip' is run in that
#      folder and must print exactly NAME.err on stderr, nothing on stdout,
#      and exit 3 (or the number in NAME.status).
#   4. Browser tests: tests/browser/run.sh (when Chromium is installed).
# --bless rewrites the expectations from what grip does now; review the diff.
# PATTERN keeps only cases whose path (from the repository root) contains
# it; 'unit' and 'browser' select those groups.
set -u

root=$(cd "$(dirname "$0")/.." && pwd)
grip="$root/grip"
units="$root/build/unit"
bless=0
pattern=""
while [ $# -gt 0 ]; do
    case "$1" in
        --bless) bless=1 ;;
        --grip) shift; grip=$1 ;;
        --units) shift; units=$1 ;;
        *) pattern=$1 ;;
    esac
    shift
done
case "$grip" in /*) ;; *) grip="$PWD/$grip" ;; esac
[ -x "$grip" ] || { echo "tests/run.sh: no grip binary at $grip" >&2; exit 2; }

passed=0
failed=0
failures=""
tmp=$(mktemp -d "${TMPDIR:-/tmp}/grip-test.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
bindir="$tmp/bin"
mkdir -p "$bindir"
ln -s "$grip" "$bindir/grip"

fail() {
    failed=$((failed + 1))
    failures="$failures
  $1"
}

# compare EXPECTED-FILE ACTUAL-FILE LABEL: 0 when equal (a missing expected
# file means "must be empty")
same() {
    if [ -f "$1" ]; then
        cmp -s "$1" "$2" && return 0
        echo "--- $3: expected vs actual" >&2
        diff -u "$1" "$2" | sed -n '3,60p' >&2
        return 1
    fi
    [ -s "$2" ] || return 0
    echo "--- $3: expected nothing, got:" >&2
    sed -n '1,30p' "$2" >&2
    return 1
}

# 1. unit tests
if [ -d "$units" ] && [ -z "$pattern" -o "$pattern" = unit ]; then
    for t in "$units"/test_*; do
        [ -x "$t" ] || continue
        out=$("$t" 2>&1)
        line=$(printf '%s\n' "$out" | tail -n 1)
        p=$(printf '%s' "$line" | sed -n 's/.*: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1/p')
        f=$(printf '%s' "$line" | sed -n 's/.*: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p')
        if [ -z "$p" ]; then
            printf '%s\n' "$out" >&2
            fail "$(basename "$t") (crashed or printed no summary)"
            continue
        fi
        passed=$((passed + p))
        if [ "$f" -gt 0 ]; then
            printf '%s\n' "$out" >&2
            failed=$((failed + f))
            failures="$failures
  $(basename "$t"): $f failed"
        fi
    done
fi

# 2. golden cases
run_case() {
    dir=$1
    rel=${dir#$root/}
    if [ "${GRIP_ASAN:-0}" = 1 ] && [ -f "$dir/skip-asan" ]; then return; fi
    work="$tmp/case"
    rm -rf "$work"
    mkdir -p "$work"
    (cd "$dir" && tar cf - --exclude=./expect . ) | (cd "$work" && tar xf -)
    (cd "$work" && PATH="$bindir:$PATH" GRIP_ROOT="$root" GRIP_PATH= LC_ALL=C sh ./cmd >"$tmp/stdout" 2>"$tmp/stderr" </dev/null)
    status=$?
    printf '%s\n' "$status" >"$tmp/status"
    if [ $bless = 1 ]; then
        mkdir -p "$dir/expect"
        if [ -s "$tmp/stdout" ]; then cp "$tmp/stdout" "$dir/expect/stdout"; else rm -f "$dir/expect/stdout"; fi
        if [ -s "$tmp/stderr" ]; then cp "$tmp/stderr" "$dir/expect/stderr"; else rm -f "$dir/expect/stderr"; fi
        if [ "$status" != 0 ]; then cp "$tmp/status" "$dir/expect/status"; else rm -f "$dir/expect/status"; fi
        if [ -d "$dir/expect/files" ]; then
            (cd "$dir/expect/files" && find . -type f) | while read -r f; do
                if [ -f "$work/$f" ]; then cp "$work/$f" "$dir/expect/files/$f"; else rm -f "$dir/expect/files/$f"; fi
            done
        fi
        passed=$((passed + 1))
        return
    fi
    ok=1
    same "$dir/expect/stdout" "$tmp/stdout" "$rel stdout" || ok=0
    same "$dir/expect/stderr" "$tmp/stderr" "$rel stderr" || ok=0
    want=0
    [ -f "$dir/expect/status" ] && want=$(cat "$dir/expect/status")
    if [ "$status" != "$want" ]; then
        echo "--- $rel: exit status $status, expected $want" >&2
        ok=0
    fi
    if [ -d "$dir/expect/files" ]; then
        for f in $(cd "$dir/expect/files" && find . -type f | sort); do
            if [ ! -f "$work/$f" ]; then
                echo "--- $rel: output file $f was not written" >&2
                ok=0
            else
                same "$dir/expect/files/$f" "$work/$f" "$rel $f" || ok=0
            fi
        done
    fi
    if [ $ok = 1 ]; then passed=$((passed + 1)); else fail "$rel"; fi
}

for c in $(find "$root/tests/golden" "$root/tests/errors" -name cmd -type f 2>/dev/null | sort); do
    d=$(dirname "$c")
    case "${d#$root/}" in *"$pattern"*) ;; *) continue ;; esac
    run_case "$d"
done

# 3. error pairs
for g in $(find "$root/tests/errors" -name '*.grip' -type f 2>/dev/null | sort); do
    d=$(dirname "$g")
    [ -f "$d/cmd" ] && continue
    base=${g%.grip}
    [ -f "$base.err" ] || [ $bless = 1 ] || continue
    case "${g#$root/}" in *"$pattern"*) ;; *) continue ;; esac
    if [ "${GRIP_ASAN:-0}" = 1 ] && [ -f "$base.skip-asan" ]; then continue; fi
    rel=${g#$root/}
    name=$(basename "$g")
    (cd "$d" && GRIP_PATH= LC_ALL=C "$grip" check "$name" >"$tmp/stdout" 2>"$tmp/stderr" </dev/null)
    status=$?
    want=3
    [ -f "$base.status" ] && want=$(cat "$base.status")
    if [ $bless = 1 ]; then
        cp "$tmp/stderr" "$base.err"
        passed=$((passed + 1))
        continue
    fi
    ok=1
    same "$base.err" "$tmp/stderr" "$rel stderr" || ok=0
    same /dev/null "$tmp/stdout" "$rel stdout" || ok=0
    if [ "$status" != "$want" ]; then
        echo "--- $rel: exit status $status, expected $want" >&2
        ok=0
    fi
    if [ $ok = 1 ]; then passed=$((passed + 1)); else fail "$rel"; fi
done

# 4. browser tests (tests/browser/run.sh): 'grip doc --html' pages rendered
#    by headless Chromium, counted like the unit tests from its last line
#    "browser: N passed, N failed".  Without Chromium it prints one
#    "skipped" line and counts nothing; under the sanitizers (GRIP_ASAN=1)
#    it is skipped too (it tests the pages, which the golden cases cover).
if [ $bless = 0 ] && { [ -z "$pattern" ] || [ "$pattern" = browser ]; }; then
    if [ "${GRIP_ASAN:-0}" = 1 ]; then
        echo "browser: skipped under the sanitizers"
    else
        out=$(sh "$root/tests/browser/run.sh" --grip "$grip" 2>&1)
        line=$(printf '%s\n' "$out" | tail -n 1)
        p=$(printf '%s' "$line" | sed -n 's/^browser: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\1/p')
        f=$(printf '%s' "$line" | sed -n 's/^browser: \([0-9][0-9]*\) passed, \([0-9][0-9]*\) failed$/\2/p')
        case "$line" in
            "browser: skipped"*) echo "$line" ;;
            *)
                if [ -z "$p" ]; then
                    printf '%s\n' "$out" >&2
                    fail "tests/browser (crashed or printed no summary)"
                else
                    echo "$line"
                    passed=$((passed + p))
                    if [ "$f" -gt 0 ]; then
                        printf '%s\n' "$out" >&2
                        failed=$((failed + f))
                        failures="$failures
  tests/browser: $f failed"
                    fi
                fi ;;
        esac
    fi
fi

if [ $failed -gt 0 ]; then
    printf 'failed:%s\n' "$failures"
fi
echo "$passed passed, $failed failed"
[ $failed -eq 0 ]
