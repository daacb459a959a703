#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# reference.py - an independent, deliberately plain Python 3 implementation
# of benchmark B1 (shared/bench/B1-toewijzing.md), used during development to
# check the C baseline byte for byte (bench/README.md, "Verification").
# It is NOT run by 'make test' or CI (CI has no Python); it reads valid input
# only and does no error reporting beyond Python's own.
#
#   python3 bench/b1/reference.py CASES PLAFONDS AANBIEDERS OUT LEDGER_OUT
#
# Independent on purpose: datetime.date for dates and ages, fractions.Fraction
# for the exact cost, decimal.ROUND_HALF_UP for rounding, sorted() (stable)
# for the date order, a plain scan of the aanbieders rows for 'overdraagbaar'.
import csv
import datetime
import decimal
import sys
from fractions import Fraction

NOT_JEUGDHULP = {"kindercoaching", "paardentherapie", "bso_plus", "huiswerkbegeleiding_plus"}
DISCOUNT_FROM = datetime.date(2021, 1, 1)


def money(text):
    """Exact value of a decimal string, as a Fraction."""
    return Fraction(decimal.Decimal(text))


def fmt(cents):
    """cents (int) as euros with two decimals."""
    sign = "-" if cents < 0 else ""
    return "%s%d.%02d" % (sign, abs(cents) // 100, abs(cents) % 100)


def round_cents(euros):
    """Fraction of euros -> int cents, rounded half away from zero
    (decimal's ROUND_HALF_UP; the division is exact at this precision since
    the denominators divide 10^6)."""
    scaled = euros * 100
    ctx = decimal.Context(prec=60, rounding=decimal.ROUND_HALF_UP)
    exact = ctx.divide(decimal.Decimal(scaled.numerator), decimal.Decimal(scaled.denominator))
    assert Fraction(exact) == scaled
    return int(exact.quantize(decimal.Decimal(1), context=ctx))


def age(born, at):
    return at.year - born.year - ((at.month, at.day) < (born.month, born.day))


def main(cases_path, plafonds_path, aanbieders_path, out_path, ledger_path):
    with open(plafonds_path, newline="") as f:
        plafonds = {}
        for r in csv.DictReader(f):
            plafonds[(r["aanbieder"], int(r["jaar"]))] = money(r["plafond"])
    with open(aanbieders_path, newline="") as f:
        aanbieders = [(r["aanbieder"], r["product"]) for r in csv.DictReader(f)]
    with open(cases_path, newline="") as f:
        cases = list(csv.DictReader(f))

    besluit = [None] * len(cases)
    pending = []
    for i, c in enumerate(cases):
        born = datetime.date.fromisoformat(c["geboortedatum"])
        datum = datetime.date.fromisoformat(c["datum"])
        a = age(born, datum)
        uren = money(c["uren_per_week"])
        crisis = c["crisis"] == "true"
        if c["product"] in NOT_JEUGDHULP:
            besluit[i] = "afgewezen,geen jeugdhulp,"
        elif a >= 18 and not (a < 23 and c["verlengd"] == "true"):
            besluit[i] = "afgewezen,leeftijd,"
        elif c["voorliggend"] == "true" and not crisis:
            besluit[i] = "verwezen,voorliggende voorziening,"
        elif c["verwijzer"] == "aanbieder" and uren > 4:
            besluit[i] = "voorgelegd,toetsingscommissie,"
        else:
            korting = Fraction(3, 100) if datum >= DISCOUNT_FROM else Fraction(0)
            kosten = uren * int(c["weken"]) * money(c["tarief"]) * (1 - korting)
            pending.append((datum, i, round_cents(kosten)))

    remaining = {k: round_cents(v) for k, v in plafonds.items()}
    charged = {k: 0 for k in plafonds}
    for datum, i, cost in sorted(pending, key=lambda p: p[0]):
        c = cases[i]
        key = (c["aanbieder"], datum.year)
        if key not in remaining:
            sys.exit("cases row %d: no plafonds row for %r" % (i + 2, key))
        grant = True
        if remaining[key] < cost:
            if c["crisis"] == "true":
                grant = True
            elif c["uitstelbaar"] == "false":
                other = False
                for a, p in aanbieders:
                    if p == c["product"] and a != c["aanbieder"]:
                        if remaining[(a, datum.year)] >= cost:
                            other = True
                            break
                grant = not other
            else:
                grant = False
        if grant:
            remaining[key] -= cost
            charged[key] += cost
            besluit[i] = "toegekend,," + fmt(cost)
        else:
            besluit[i] = "afgewezen,budgetplafond,"

    with open(out_path, "w", newline="") as f:
        f.write("id,besluit,reden,bedrag\n")
        for c, b in zip(cases, besluit):
            f.write(c["id"] + "," + b + "\n")
    with open(ledger_path, "w", newline="") as f:
        f.write("aanbieder,jaar,toegekend,plafond,resterend\n")
        for key in sorted(plafonds, key=lambda k: (k[0].encode(), k[1])):
            f.write("%s,%d,%s,%s,%s\n" % (key[0], key[1], fmt(charged[key]),
                                          fmt(round_cents(plafonds[key])), fmt(remaining[key])))


if __name__ == "__main__":
    if len(sys.argv) != 6:
        sys.exit("usage: reference.py CASES PLAFONDS AANBIEDERS OUT LEDGER_OUT")
    main(*sys.argv[1:])
