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
set -eu
grip=${1:-./grip}
data=${2:-data}
out=${3:-out}
root=$(cd "$(dirname "$0")/.." && pwd)

mkdir -p "$out"

"$grip" compare regio="$root/policies/zhz/verordening.grip" "$root"/policies/gemeenten/*.grip \
    --data Aanvraag="$data/aanvragen.csv" --data plafonds="$data/plafonds.csv" \
    --data aanbieders="$data/aanbieders.csv" --data teams="$data/teams.csv" \
    --own gemeente --max-rows 10 --out-dir "$out" --html "$out/vergelijking.html"
echo
echo "Besluiten per aanvraag: $out/regio.csv en $out/<gemeente>.csv"
echo "De vergelijking met grafieken: $out/vergelijking.html"
