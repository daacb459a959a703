# SPDX-License-Identifier: MIT
# tests/golden/gendata/check.awk - checks the invariants of a dataset written
# by tools/gendata (docs/data.md, "Invariants"), independently of the C code.
#
# usage: awk -v year=Y -f check.awk DIR/aanbieders.csv DIR/teams.csv \
#            DIR/plafonds.csv DIR/gemeenten.csv DIR/aanvragen.csv
#
# Prints one line per file with its row count, then "invariants: ok", or one
# line per violation (at most 20) and "invariants: N violations"; exits 1
# when anything is violated.  POSIX awk (mawk, gawk, busybox).

BEGIN {
    FS = ","
    nbad = 0
    split("Alblasserdam,Dordrecht,Gorinchem,Hardinxveld-Giessendam,Hendrik-Ido-Ambacht," \
          "Hoeksche Waard,Molenlanden,Papendrecht,Sliedrecht,Zwijndrecht", g, ",")
    for (k in g) gemeente_ok[g[k]] = 1
    split("jeugdteam,huisarts,medisch_specialist,jeugdarts,gi,rechter,onderwijs,aanbieder", v, ",")
    for (k in v) verwijzer_ok[v[k]] = 1
    # product -> allowed JZ020 categories, youngest and oldest age
    cat["begeleiding"] = " 45 ";      lo["begeleiding"] = 0;      hi["begeleiding"] = 22
    cat["opvoedhulp"] = " 45 ";       lo["opvoedhulp"] = 0;       hi["opvoedhulp"] = 17
    cat["jggz"] = " 54 ";             lo["jggz"] = 2;             hi["jggz"] = 22
    cat["behandeling"] = " 45 41 ";   lo["behandeling"] = 0;      hi["behandeling"] = 22
    cat["verblijf"] = " 43 44 ";      lo["verblijf"] = 4;         hi["verblijf"] = 22
    cat["pleegzorg"] = " 44 ";        lo["pleegzorg"] = 0;        hi["pleegzorg"] = 20
    cat["crisis"] = " 46 ";           lo["crisis"] = 0;           hi["crisis"] = 22
    cat["dyslexie"] = " 54 ";         lo["dyslexie"] = 7;         hi["dyslexie"] = 12
    cat["kindercoaching"] = " 45 ";   lo["kindercoaching"] = 4;   hi["kindercoaching"] = 17
    cat["paardentherapie"] = " 45 ";  lo["paardentherapie"] = 4;  hi["paardentherapie"] = 22
    cat["bso_plus"] = " 45 ";         lo["bso_plus"] = 4;         hi["bso_plus"] = 12
    cat["huiswerkbegeleiding_plus"] = " 45 "; lo["huiswerkbegeleiding_plus"] = 10; hi["huiswerkbegeleiding_plus"] = 18
    excluded["kindercoaching"] = excluded["paardentherapie"] = 1
    excluded["bso_plus"] = excluded["huiswerkbegeleiding_plus"] = 1
    H_AANBIEDERS = "aanbieder,product"
    H_TEAMS = "team,gemeente,budget"
    H_PLAFONDS = "aanbieder,jaar,plafond"
    H_GEMEENTEN = "gemeente,code,inwoners,inwoners_0_17,budget,eigen_kosten"
    H_AANVRAGEN = "id,gemeente,team,geboortedatum,registratiedatum,datum,startdatum,einddatum," \
        "verwijzer,schoolverwijzing,product,productcategorie,uren_per_week,weken,tarief," \
        "aanbieder,leveringsvorm,crisis,uitstelbaar,voorliggend,verlengd,herindicatie," \
        "intensiever,onderbouwd,verlengingen,verlengingskosten,uithuisplaatsing_dreigt"
}

function bad(msg) {
    nbad++
    if (nbad <= 20) print FILENAME ":" FNR ": " msg
}

# days since 1970-01-01 of an ISO date (years >= 1)
function days(s,    a, y, m, d, era, yoe, doy, doe) {
    split(s, a, "-")
    y = a[1] + 0; m = a[2] + 0; d = a[3] + 0
    y -= (m <= 2)
    era = int(y / 400)
    yoe = y - era * 400
    doy = int((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5) + d - 1
    doe = yoe * 365 + int(yoe / 4) - int(yoe / 100) + doy
    return era * 146097 + doe - 719468
}

function is_date(s) {
    return s ~ /^[12][0-9][0-9][0-9]-[01][0-9]-[0-3][0-9]$/
}
function is_money(s) { return s ~ /^[0-9]+\.[0-9][0-9]$/ }
function is_bool(s) { return s == "true" || s == "false" }
function is_int(s) { return s ~ /^[0-9]+$/ }

function age(birth, on,    b, o, a) {
    split(birth, b, "-"); split(on, o, "-")
    a = o[1] - b[1]
    if (o[2] + 0 < b[2] + 0 || (o[2] + 0 == b[2] + 0 && o[3] + 0 < b[3] + 0)) a--
    return a
}

FNR == 1 {
    file++
    want = file == 1 ? H_AANBIEDERS : file == 2 ? H_TEAMS : file == 3 ? H_PLAFONDS : \
           file == 4 ? H_GEMEENTEN : H_AANVRAGEN
    if ($0 != want) bad("header is '" $0 "'")
    next
}
{ rows[file]++ }

file == 1 {
    if (NF != 2 || $1 !~ /^A[0-9][0-9][0-9]$/ || !($2 in cat)) { bad("bad row"); next }
    if (($1, $2) in offers) bad("duplicate " $1 " " $2)
    offers[$1, $2] = 1
    n_offer[$1]++
    n_prov[$2]++
    next
}
file == 2 {
    if (NF != 3 || !($2 in gemeente_ok) || !is_money($3)) { bad("bad row"); next }
    team_of[$1] = $2
    n_teams[$2]++
    next
}
file == 3 {
    if (NF != 3 || $2 != year || !is_money($3) || $3 + 0 <= 0) { bad("bad row"); next }
    if (!(($1) in n_offer)) bad("ceiling for unknown provider " $1)
    if ($1 in plafond) bad("second ceiling for " $1)
    plafond[$1] = $3
    next
}
file == 4 {
    if (NF != 6 || !($1 in gemeente_ok) || $2 !~ /^[0-9][0-9][0-9][0-9]$/ || !is_int($3) || \
        !is_int($4) || !is_money($5) || !is_money($6) || $4 + 0 >= $3 + 0) { bad("bad row"); next }
    gem_eigen[$1] = $6 + 0
    next
}
file == 5 {
    if (NF != 27) { bad(NF " fields"); next }
    if ($1 in seen) bad("duplicate id " $1)
    seen[$1] = 1
    if ($1 !~ "^R" year "-[0-9][0-9][0-9][0-9][0-9][0-9]+$") bad("id " $1)
    if (!($2 in gemeente_ok)) bad("gemeente " $2)
    if (team_of[$3] != $2) bad("team " $3 " not of " $2)
    for (k = 4; k <= 8; k++) if (!is_date($k)) bad("date " $k)
    if (substr($6, 1, 4) != year) bad("datum " $6 " not in " year)
    if (!(days($5) <= days($6) && days($6) <= days($7) && days($7) <= days($8)))
        bad("dates out of order")
    if (days($8) != days($7) + 7 * $14 - 1) bad("einddatum is not startdatum + weken")
    a = age($4, $6)
    if (a < 0 || a > 22) bad("age " a)
    if (!($9 in verwijzer_ok)) bad("verwijzer " $9)
    if (!($11 in cat)) { bad("product " $11); next }
    if (index(cat[$11], " " $12 " ") == 0) bad("categorie " $12 " for " $11)
    if (a < lo[$11] || a > hi[$11]) bad($11 " at age " a)
    if (($11 in excluded) && $9 != "huisarts" && $9 != "onderwijs" && $9 != "aanbieder")
        bad($11 " referred by " $9)
    if ($10 != "true" && ($9 == "onderwijs" || $11 == "dyslexie")) bad("school route not marked")
    if ($13 !~ /^[0-9]+\.[0-9][0-9]$/ || $13 + 0 <= 0 || $13 + 0 > 168) bad("uren " $13)
    if (!is_int($14) || $14 + 0 < 1 || $14 + 0 > 156) bad("weken " $14)
    if (!is_money($15) || $15 + 0 <= 0) bad("tarief " $15)
    if (!(($16, $11) in offers)) bad($16 " does not offer " $11)
    if ($17 != "zin" && $17 != "pgb") bad("leveringsvorm " $17)
    for (k = 18; k <= 24; k++) if (!is_bool($k)) bad("bool " $k)
    if (!is_bool($27)) bad("bool " $27)
    if ($11 == "crisis" && $18 != "true") bad("crisis product without crisis")
    if ($18 == "true" && $19 == "true") bad("crisis and uitstelbaar")
    if ($18 == "true" && $17 == "pgb") bad("crisis as pgb")
    if (a >= 18 && $21 == "true" && $22 != "true") bad("continued care that is no re-indication")
    if ($23 == "true" && $22 != "true") bad("intensiever without herindicatie")
    if ($24 == "true" && $23 != "true") bad("onderbouwd without intensiever")
    if (!is_int($25) || !is_money($26) || (($25 == 0) != ($26 + 0 == 0))) bad("verlengingen " $25 " " $26)
    if (($11 in excluded) && $25 != 0) bad("extension of " $11)
    n_gem[$2]++
    if (a >= 18) n_adult++
    if ($22 == "true") n_herind++
    next
}

END {
    if (file != 5) { print "check.awk: expected 5 files, got " file; exit 2 }
    for (p in cat) if (n_prov[p] < 3) bad(p " offered by " n_prov[p] + 0 " providers")
    for (x in n_offer) {
        if (n_offer[x] > 4) bad(x " offers " n_offer[x] " products")
        if (!(x in plafond)) bad("no ceiling for " x)
    }
    for (x in gemeente_ok) if (!n_teams[x]) bad("no team in " x)
    print "aanbieders.csv: " rows[1] + 0 " rows"
    print "teams.csv: " rows[2] + 0 " rows"
    print "plafonds.csv: " rows[3] + 0 " rows"
    print "gemeenten.csv: " rows[4] + 0 " rows"
    print "aanvragen.csv: " rows[5] + 0 " rows"
    if (nbad) { print "invariants: " nbad " violations"; exit 1 }
    print "invariants: ok"
}
