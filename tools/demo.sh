#!/bin/sh
# SPDX-License-Identifier: MIT
# tools/demo.sh [GRIP [DATA [OUT]]] - the main job on the bundled sample
# data (make demo): what each municipality's rule set does.
#
# Runs the regional verordening (policies/zhz/) and the 10 municipal
# variants (policies/gemeenten/) with one 'grip compare':
#   - the region on every request of the year, each municipality's variant
#     on its own municipality's requests (--own gemeente: a variant decides
#     the rows whose 'gemeente' names it, Hoeksche Waard for
#     hoeksche_waard.grip; the region, named by no row, decides all);
#   - prints per rule set the requests, granted, refused, referred and
#     escalated (count and share), the amount granted, per grant, and the
#     ceilings that ran out and when; then the ceilings, and the first
#     requests a municipality decides otherwise than the region;
#   - writes each rule set's decisions per request to OUT/NAME.csv and the
#     comparison with its charts to OUT/vergelijking.html.
# GRIP defaults to ./grip, DATA to data/ (the bundled year: docs/data.md),
# OUT to out/.  Takes about a second on the bundled 20,000 requests.
#
# teams.csv calls the team budget 'budget', which was a keyword of the
# language, so the policies name the field 'teambudget' (docs/policies.md,
# "Gaps in the language" 1).  While the regional policy's 'teams' table
# declares 'teambudget', the policies read a temporary copy of teams.csv
# with that header renamed; once it declares 'budget' (the language now
# accepts it), they read the file itself.
set -eu
grip=${1:-./grip}
data=${2:-data}
out=${3:-out}
root=$(cd "$(dirname "$0")/.." && pwd)

tmp=$(mktemp -d "${TMPDIR:-/tmp}/grip-demo.XXXXXX")
trap 'rm -rf "$tmp"' EXIT INT TERM
teams="$data/teams.csv"
if grep -q '^ *teambudget: money' "$root/policies/zhz/verordening.grip"; then
    sed '1s/,budget\(\r\{0,1\}\)$/,teambudget\1/' "$data/teams.csv" >"$tmp/teams.csv"
    teams="$tmp/teams.csv"
fi
mkdir -p "$out"

"$grip" compare regio="$root/policies/zhz/verordening.grip" "$root"/policies/gemeenten/*.grip \
    --data Aanvraag="$data/aanvragen.csv" --data plafonds="$data/plafonds.csv" \
    --data aanbieders="$data/aanbieders.csv" --data teams="$teams" \
    --own gemeente --max-rows 10 --out-dir "$out" --html "$out/vergelijking.html"
echo
echo "Besluiten per aanvraag: $out/regio.csv en $out/<gemeente>.csv"
echo "De vergelijking met grafieken: $out/vergelijking.html"
