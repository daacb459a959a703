#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# crosscheck.py - development check of the C baseline against reference.py
# (bench/README.md, "Verification").  Not run by 'make test' or CI, which
# have no Python.  Build first: make bench-tools.
#
#   python3 bench/b1/crosscheck.py [--build DIR] [--rows N,N,...] [--seeds S,S,...] [--random K]
#
# 1. For every rows x seed: genb1, then baseline and reference.py on the same
#    data; both outputs must be byte-identical.
# 2. K small random datasets built to hit the edges: many cases on the same
#    few dates (ties), dates around 1 January 2021 and 29 February, ages just
#    under and over 18 and 23, birthdays on 29 February, tiny and negative
#    ceilings, providers offering 1-4 products, any uren/weken/tarief.
import argparse
import datetime
import filecmp
import os
import random
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
PRODUCTS = ["begeleiding", "opvoedhulp", "jggz", "behandeling", "verblijf", "pleegzorg",
            "crisis", "dyslexie", "kindercoaching", "paardentherapie", "bso_plus",
            "huiswerkbegeleiding_plus"]
HEADER = ("id,gemeente,geboortedatum,datum,verwijzer,product,uren_per_week,weken,tarief,"
          "aanbieder,crisis,uitstelbaar,voorliggend,verlengd\n")


def money(cents):
    sign = "-" if cents < 0 else ""
    return "%s%d.%02d" % (sign, abs(cents) // 100, abs(cents) % 100)


def compare(baseline, d, label):
    """Runs both implementations on d/{cases,plafonds,aanbieders}.csv."""
    files = [os.path.join(d, f) for f in ("cases.csv", "plafonds.csv", "aanbieders.csv")]
    subprocess.run([baseline, "--cases", files[0], "--plafonds", files[1], "--aanbieders", files[2],
                    "--out", d + "/b.csv", "--ledger-out", d + "/l.csv"], check=True)
    subprocess.run([sys.executable, os.path.join(HERE, "reference.py")] + files +
                   [d + "/rb.csv", d + "/rl.csv"], check=True)
    for ours, theirs in (("b.csv", "rb.csv"), ("l.csv", "rl.csv")):
        if not filecmp.cmp(os.path.join(d, ours), os.path.join(d, theirs), shallow=False):
            sys.exit("%s: %s differs from reference.py's (kept in %s)" % (label, ours, d))


def random_dataset(rnd, d):
    provs = ["P%d" % k for k in range(rnd.randint(1, 5))]
    offers = set()
    for p in provs:
        for product in rnd.sample(PRODUCTS[:8], rnd.randint(1, 4)):
            offers.add((p, product))
    with open(d + "/aanbieders.csv", "w") as f:
        f.write("aanbieder,product\n")
        for p, product in sorted(offers, key=lambda _: rnd.random()):
            f.write("%s,%s\n" % (p, product))
    with open(d + "/plafonds.csv", "w") as f:
        f.write("aanbieder,jaar,plafond\n")
        keys = [(p, y) for p in provs for y in (2020, 2021)]
        rnd.shuffle(keys)
        for p, y in keys:
            f.write("%s,%d,%s\n" % (p, y, money(rnd.randint(-5000, 200000))))
    days = [datetime.date(2020, 12, 30) + datetime.timedelta(days=k) for k in range(4)]
    days += [datetime.date(2020, 2, 28), datetime.date(2020, 2, 29), datetime.date(2021, 2, 28),
             datetime.date(2021, 3, 1)]
    with open(d + "/cases.csv", "w") as f:
        f.write(HEADER)
        for i in range(rnd.randint(0, 80)):
            datum = rnd.choice(days)
            if rnd.random() < 0.2:
                born = datetime.date(rnd.choice([1996, 2000, 2004]), 2, 29)
            else:
                year = datum.year - rnd.choice([10, 17, 18, 22, 23])
                try:
                    born = datum.replace(year=year)
                except ValueError:
                    born = datetime.date(year, 3, 1)
                born += datetime.timedelta(days=rnd.choice([-1, 0, 1]))
            product = rnd.choice(PRODUCTS)
            sellers = [p for p, q in offers if q == product]
            prov = rnd.choice(sellers or provs)
            uren, weken, tarief = rnd.randint(1, 1200), rnd.randint(1, 52), rnd.randint(1, 12000)

            def flag(p):
                return "true" if rnd.random() < p else "false"
            f.write("X%d,G,%s,%s,%s,%s,%s,%d,%s,%s,%s,%s,%s,%s\n" % (
                i, born, datum, rnd.choice(["aanbieder", "jeugdteam"]), product, money(uren), weken,
                money(tarief), prov, flag(.2), flag(.5), flag(.15), flag(.4)))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--build", default="build")
    ap.add_argument("--rows", default="10000,100000")
    ap.add_argument("--seeds", default="1,2,3")
    ap.add_argument("--random", type=int, default=500)
    args = ap.parse_args()
    genb1 = os.path.join(args.build, "tools", "genb1")
    baseline = os.path.join(args.build, "bench", "b1-baseline")
    with tempfile.TemporaryDirectory() as tmp:
        for rows in args.rows.split(","):
            for seed in args.seeds.split(","):
                d = os.path.join(tmp, "gen-%s-%s" % (rows, seed))
                subprocess.run([genb1, "--rows", rows, "--seed", seed, "--out", d], check=True)
                compare(baseline, d, "rows %s seed %s" % (rows, seed))
                print("rows %s seed %s: identical" % (rows, seed))
        for k in range(args.random):
            d = os.path.join(tmp, "random")
            os.makedirs(d, exist_ok=True)
            random_dataset(random.Random(k), d)
            compare(baseline, d, "random dataset %d" % k)
        print("%d random edge datasets: identical" % args.random)


if __name__ == "__main__":
    main()
