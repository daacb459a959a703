#!/bin/sh
# SPDX-License-Identifier: MIT
# tests/browser/run.sh - grip's HTML pages ('grip doc --html', 'grip
# compare --html') in a real browser.
#
# usage: tests/browser/run.sh [--grip PATH] [--chromium PATH] [--keep DIR]
#
# For every tests/browser/NAME.page it generates the page with grip doc
# (run in the policy's folder, as the golden case does) or the page's 'run'
# command, then has headless Chromium
#   1. dump the DOM it built (--dump-dom), and checks it:
#      - it serializes back to the page grip wrote (newlines aside): a
#        misnested tag would make the HTML parser add or move elements;
#      - no script and no http(s) reference (the page is self-contained);
#      - the lines of NAME.page:
#          policy FILE       the page is 'grip doc FILE --html', run in FILE's folder
#          run DIR COMMAND   or: the page is what COMMAND writes to PAGE, run
#                            by sh in DIR with grip on PATH (TMP: a fresh folder)
#          title TEXT        the <title>
#          within ID TEXT    TEXT (serialized DOM, markup included) inside the
#                            <article id="ID"> (up to its </article>)
#          count N TEXT      TEXT occurs exactly N times in the DOM
#          count-in ID N TEXT  TEXT occurs N times in the element with id ID
#                            (up to its </section>)
#          pdf               also print to PDF: A4 pages, more than one
#   2. take a screenshot (1200x1600) and checks it is a PNG of that size
#      holding far more than a blank page: its size is compared with a
#      screenshot of an empty page taken the same way (a blank render
#      compresses to a few KB, text and tables to 100 KB and more).
# Every check counts; the last line is "browser: N passed, N failed".
# Without Chromium it says "browser: skipped: chromium not installed" and
# exits 0.  Takes about a second per Chromium run (2 per page).
set -u

root=$(cd "$(dirname "$0")/../.." && pwd)
grip="$root/grip"
chromium=""
keep=""
while [ $# -gt 0 ]; do
    case "$1" in
        --grip) shift; grip=$1 ;;
        --chromium) shift; chromium=$1 ;;
        --keep) shift; keep=$1 ;;
        *) echo "usage: tests/browser/run.sh [--grip PATH] [--chromium PATH] [--keep DIR]" >&2; exit 2 ;;
    esac
    shift
done
case "$grip" in /*) ;; *) grip="$PWD/$grip" ;; esac
if [ -z "$chromium" ]; then
    for c in chromium chromium-browser; do
        if command -v "$c" >/dev/null 2>&1; then chromium=$(command -v "$c"); break; fi
    done
fi
if [ -z "$chromium" ]; then
    echo "browser: skipped: chromium not installed"
    exit 0
fi

tmp=$(mktemp -d "${TMPDIR:-/tmp}/grip-browser.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
bindir="$tmp/bin"
mkdir -p "$bindir"
ln -s "$grip" "$bindir/grip"
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() {
    failed=$((failed + 1))
    echo "--- browser/$name: $1" >&2
}

# Runs Chromium headless on file 'page' with the given action flags; at
# most 120 s, so a hung browser fails the test instead of the build.
browse() {
    page=$1
    shift
    t=""
    command -v timeout >/dev/null 2>&1 && t="timeout 120"
    $t "$chromium" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
        --disable-background-networking --disable-component-update --disable-sync \
        --user-data-dir="$(mktemp -d "$tmp/profile.XXXXXX")" "$@" "file://$page" 2>>"$tmp/chromium.log"
}

# Occurrences of the fixed string $1 in file $2.
occurrences() {
    awk -v pat="$1" 'BEGIN { n = 0 }
        { s = $0; while ((i = index(s, pat)) > 0) { n++; s = substr(s, i + length(pat)) } }
        END { print n }' "$2"
}

# The 'within' check: $2 occurs in the element with id $1, up to its </article>.
within() {
    awk -v id="id=\"$1\"" -v pat="$2" '
        { doc = doc $0 "\n" }
        END {
            i = index(doc, id); if (i == 0) exit 2
            rest = substr(doc, i); j = index(rest, "</article>")
            if (j > 0) rest = substr(rest, 1, j)
            exit index(rest, pat) > 0 ? 0 : 1
        }' "$3"
}

# The 'count-in' check: occurrences of $2 in the element with id $1, up to
# its </section> (sections do not nest in the pages tested); "-" when there
# is no such element.
count_in() {
    awk -v id="id=\"$1\"" -v pat="$2" '
        { doc = doc $0 "\n" }
        END {
            i = index(doc, id); if (i == 0) { print "-"; exit }
            rest = substr(doc, i); j = index(rest, "</section>")
            if (j > 0) rest = substr(rest, 1, j)
            n = 0
            while ((k = index(rest, pat)) > 0) { n++; rest = substr(rest, k + length(pat)) }
            print n
        }' "$3"
}

# PNG checks: signature, width and height from IHDR.
png_size() {
    od -An -tx1 -N24 "$1" | tr -d ' \n'
}

# a blank page, screenshot the same way, as the yardstick for "not blank"
printf '<!DOCTYPE html>\n<html lang="nl"><head><meta charset="utf-8"><title>leeg</title></head><body></body></html>\n' \
    >"$tmp/blank.html"
browse "$tmp/blank.html" --screenshot="$tmp/blank.png" --window-size=1200,1600 >/dev/null
blank_bytes=$(wc -c <"$tmp/blank.png" 2>/dev/null || echo 0)
[ "$blank_bytes" -gt 0 ] || blank_bytes=10000

for spec in "$root"/tests/browser/*.page; do
    name=$(basename "$spec" .page)
    policy=$(sed -n 's/^policy //p' "$spec")
    run=$(sed -n 's/^run //p' "$spec")
    page="$tmp/$name.html"
    if [ -n "$run" ]; then
        # 'run DIR COMMAND': COMMAND in DIR by sh, grip on PATH, PAGE and
        # TMP (a fresh folder) replaced by their paths; it writes PAGE
        work="$tmp/$name.work"
        mkdir -p "$work"
        command=$(printf '%s\n' "${run#* }" | sed "s|PAGE|$page|g; s|TMP|$work|g")
        if ! (cd "$root/${run%% *}" && PATH="$bindir:$PATH" sh -c "$command" >/dev/null); then
            bad "'${run#* }' failed"
            continue
        fi
    elif ! (cd "$root/$(dirname "$policy")" && "$grip" doc "$(basename "$policy")" --html "$page"); then
        bad "grip doc $policy failed"
        continue
    fi
    browse "$page" --dump-dom >"$tmp/$name.dom"
    if [ ! -s "$tmp/$name.dom" ]; then
        bad "chromium wrote no DOM (see below)"
        tail -n 5 "$tmp/chromium.log" >&2
        continue
    fi
    ok

    # the browser kept every element where grip put it: the DOM it built
    # serializes back to what grip wrote, but for the newlines the parser
    # drops around head and body (a misnested tag would add, move or
    # close elements)
    tr -d '\n' <"$page" | sed 's/>/>\n/g' >"$tmp/$name.want"
    tr -d '\n' <"$tmp/$name.dom" | sed 's/>/>\n/g' >"$tmp/$name.got"
    if cmp -s "$tmp/$name.want" "$tmp/$name.got"; then ok; else
        bad "the DOM differs from the page grip wrote"
        diff -u "$tmp/$name.want" "$tmp/$name.got" | sed -n '3,20p' >&2
    fi
    if grep -qi '<script' "$tmp/$name.dom"; then bad "has a script"; else ok; fi
    if grep -qiE '(src|href)="?https?:' "$tmp/$name.dom"; then bad "refers to the network"; else ok; fi

    pdf=0
    while IFS= read -r line; do
        case "$line" in
            "#"* | "" | "policy "* | "run "*) continue ;;
            pdf) pdf=1 ;;
            "title "*)
                want=${line#title }
                if grep -qF "<title>$want</title>" "$tmp/$name.dom"; then ok; else bad "title is not '$want'"; fi ;;
            "within "*)
                rest=${line#within }
                id=${rest%% *}
                text=${rest#* }
                within "$id" "$text" "$tmp/$name.dom"
                case $? in
                    0) ok ;;
                    2) bad "no element with id '$id'" ;;
                    *) bad "'$text' not found in #$id" ;;
                esac ;;
            "count-in "*)
                rest=${line#count-in }
                id=${rest%% *}
                rest=${rest#* }
                n=${rest%% *}
                text=${rest#* }
                got=$(count_in "$id" "$text" "$tmp/$name.dom")
                if [ "$got" = "-" ]; then bad "no element with id '$id'"
                elif [ "$got" -eq "$n" ]; then ok
                else bad "'$text' occurs $got times in #$id, expected $n"; fi ;;
            "count "*)
                rest=${line#count }
                n=${rest%% *}
                text=${rest#* }
                got=$(occurrences "$text" "$tmp/$name.dom")
                if [ "$got" -eq "$n" ]; then ok; else bad "'$text' occurs $got times, expected $n"; fi ;;
            *) bad "unknown check: $line" ;;
        esac
    done <"$spec"

    # the screenshot: a 1200x1600 PNG, far from blank
    png="$tmp/$name.png"
    browse "$page" --screenshot="$png" --window-size=1200,1600 >/dev/null
    head=$(png_size "$png" 2>/dev/null)
    case "$head" in
        89504e470d0a1a0a0000000d49484452000004b000000640) ok ;;
        *) bad "screenshot is not a 1200x1600 PNG ($head)" ;;
    esac
    bytes=$(wc -c <"$png" 2>/dev/null || echo 0)
    if [ "$bytes" -gt $((blank_bytes * 4)) ]; then ok; else bad "screenshot looks blank: $bytes bytes (an empty page: $blank_bytes)"; fi
    # and more than a handful of distinct byte values in its image data
    distinct=$(od -An -v -tu1 -j 64 -N 20000 "$png" | tr -s ' ' '\n' | sort -u | wc -l)
    if [ "$distinct" -gt 200 ]; then ok; else bad "screenshot has only $distinct distinct byte values"; fi

    if [ $pdf = 1 ]; then
        browse "$page" --print-to-pdf="$tmp/$name.pdf" --no-pdf-header-footer >/dev/null
        pages=$(grep -a -c '/Type /Page$\|/Type /Page[^s]' "$tmp/$name.pdf" 2>/dev/null || echo 0)
        if [ "$pages" -gt 1 ]; then ok; else bad "PDF has $pages pages, expected more than one"; fi
        # A4 is 595 x 842 points
        if grep -a -q 'MediaBox \[0 0 59[45][.0-9]* 84[12]' "$tmp/$name.pdf"; then ok; else bad "PDF pages are not A4"; fi
    fi
    [ -n "$keep" ] && mkdir -p "$keep" && cp "$page" "$tmp/$name.dom" "$png" "$keep/" && { [ $pdf = 0 ] || cp "$tmp/$name.pdf" "$keep/"; }
done

echo "browser: $passed passed, $failed failed"
[ $failed -eq 0 ]
