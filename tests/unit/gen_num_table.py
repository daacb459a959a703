#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
# gen_num_table.py - the differential table of tests/unit/test_num.c.
#
# Computes expected results of runtime/num.c's mul, div, div_round, round,
# add and sub with Python's decimal module (an independent implementation of
# the General Decimal Arithmetic spec) and rewrites the block between the
# "BEGIN GENERATED" / "END GENERATED" markers of test_num.c.  Run on the dev
# machine (Python 3.11, decimal = libmpdec), from the repository root:
#
#     python3 tests/unit/gen_num_table.py tests/unit/test_num.c
#
# CI does not run it; the generated table is committed.  The inputs come from
# a fixed seed, so a re-run produces the same table.
#
# Semantics mirrored here, from runtime/num.h:
#   - a value fits when its minimal coefficient (trailing zeros stripped,
#     scale >= 0) is at most 2^127 - 1 and it has at most 24 decimals;
#   - mul/add/sub are exact, a product with more than 24 decimals is rounded
#     to 24, half away from zero (Python ROUND_HALF_UP);
#   - div rounds to 20 decimals half away; div_round/round to 'places' with a
#     mode, where grip's HALF_UP/HALF_DOWN mean ties toward +/- infinity.
import random
import sys
from decimal import (Context, Decimal, ROUND_CEILING, ROUND_DOWN, ROUND_FLOOR,
                     ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_HALF_UP, ROUND_UP,
                     localcontext)

COEF_MAX = 2**127 - 1
MAX_SCALE = 24
DIV_SCALE = 20
MODES = ["HALF_AWAY", "HALF_EVEN", "HALF_UP", "HALF_DOWN", "UP", "DOWN", "CEILING", "FLOOR"]

CTX = Context(prec=500, Emax=10**6, Emin=-10**6, traps=[])


def py_rounding(mode, negative):
    """Python's rounding constant for grip's 'mode' on a value of this sign."""
    if mode == "HALF_UP":       # ties toward +infinity
        return ROUND_HALF_DOWN if negative else ROUND_HALF_UP
    if mode == "HALF_DOWN":     # ties toward -infinity
        return ROUND_HALF_UP if negative else ROUND_HALF_DOWN
    return {"HALF_AWAY": ROUND_HALF_UP, "HALF_EVEN": ROUND_HALF_EVEN, "UP": ROUND_UP,
            "DOWN": ROUND_DOWN, "CEILING": ROUND_CEILING, "FLOOR": ROUND_FLOOR}[mode]


def quantize(x, places, mode):
    return x.quantize(Decimal(1).scaleb(-places, CTX), rounding=py_rounding(mode, x < 0),
                      context=CTX)


def fits(x):
    """Whether some Dec holds x exactly (x has at most 24 decimals here)."""
    if x == 0:
        return True
    n = x.normalize(CTX)
    sign, digits, exp = n.as_tuple()
    coef = int("".join(map(str, digits)))
    if exp > 0:
        coef *= 10**exp
    return coef <= COEF_MAX and -exp <= MAX_SCALE


def text(x):
    """The minimal fixed-point text dec_format(PLAIN, DEC_PLACES_MIN) prints."""
    if x == 0:
        return "0"
    s = format(x.normalize(CTX), "f")
    return s


def natural_scale(x):
    """The scale num.c keeps when nothing had to be stripped."""
    return -x.as_tuple().exponent


def rand_dec(rng, kind):
    """A random literal as text, of a given magnitude class."""
    if kind == "money":
        coef, scale = rng.randrange(0, 10**7), rng.choice([0, 1, 2, 2, 2])
    elif kind == "percent":
        coef, scale = rng.randrange(0, 10**4), rng.choice([2, 3, 4])
    elif kind == "medium":
        coef, scale = rng.randrange(0, 10**18), rng.randrange(0, 13)
    elif kind == "quotient":
        coef, scale = rng.randrange(0, 10**22), 20
    elif kind == "big":
        coef, scale = rng.randrange(0, COEF_MAX + 1), rng.randrange(0, MAX_SCALE + 1)
    elif kind == "edge":
        coef = rng.choice([COEF_MAX, COEF_MAX - 1, 10**38, 10**38 - 1, 2**64, 2**64 - 1,
                           2**63, 10**19, 1, 5, 9, 2**126])
        scale = rng.choice([0, 1, 2, 19, 20, 23, 24])
    else:
        raise ValueError(kind)
    if rng.random() < 0.4:
        coef = -coef
    return lit(coef, scale)


def lit(coef, scale):
    neg = coef < 0
    digits = str(abs(coef)).rjust(scale + 1, "0")
    s = digits if scale == 0 else digits[:-scale] + "." + digits[-scale:]
    return ("-" if neg else "") + s


KINDS = ["money", "money", "percent", "medium", "quotient", "big", "edge"]


def gen(rng):
    rows = []  # (op, a, b, places, mode, want or None, scale or -1)

    def add_row(op, a, b, places, mode, result, scale):
        if result is not None and not fits(result):
            result, scale = None, -1
        rows.append((op, a, b, places, mode, None if result is None else text(result), scale))

    with localcontext(CTX):
        for _ in range(120):
            a, b = rand_dec(rng, rng.choice(KINDS)), rand_dec(rng, rng.choice(KINDS))
            x = Decimal(a) * Decimal(b)
            scale = natural_scale(x)
            if scale > MAX_SCALE:
                x, scale = quantize(x, MAX_SCALE, "HALF_AWAY"), MAX_SCALE
            exact_fit = abs(int(x.scaleb(scale))) <= COEF_MAX
            add_row("m", a, b, 0, "HALF_AWAY", x, scale if exact_fit else -1)
        for _ in range(110):
            a, b = rand_dec(rng, rng.choice(KINDS)), rand_dec(rng, rng.choice(KINDS))
            if Decimal(b) == 0:
                b = "7"
            q = quantize(Decimal(a) / Decimal(b), DIV_SCALE, "HALF_AWAY")
            add_row("d", a, b, DIV_SCALE, "HALF_AWAY", q, -1)
        # ties in division: small integers over 2, 4, 8, 16, ... and 5^k
        for _ in range(30):
            den = rng.choice([2, 4, 8, 16, 32, 40, 80, 125, 200, 400])
            a = lit(rng.randrange(-10**6, 10**6), rng.randrange(0, 3))
            places, mode = rng.randrange(0, 4), rng.choice(MODES)
            add_row("q", a, str(den), places, mode,
                    quantize(Decimal(a) / Decimal(den), places, mode), -1)
        for _ in range(60):
            a, b = rand_dec(rng, rng.choice(KINDS)), rand_dec(rng, rng.choice(KINDS))
            if Decimal(b) == 0:
                b = "-3"
            places, mode = rng.randrange(0, MAX_SCALE + 1), rng.choice(MODES)
            add_row("q", a, b, places, mode, quantize(Decimal(a) / Decimal(b), places, mode), -1)
        for mode in MODES:
            for _ in range(32):
                kind = rng.choice(["tie", "tie", "near", "any"])
                if kind == "any":
                    x = rand_dec(rng, rng.choice(KINDS))
                    s = natural_scale(Decimal(x))
                    places = rng.randrange(-3, s + 2)
                else:
                    places = rng.randrange(-2, 6)
                    s = max(places + 1, 0) + rng.randrange(0, 3)
                    k = rng.randrange(0, 10**6)
                    # k followed by 5 (a tie at 'places') or 4/6 (near it), then zeros
                    last = 5 if kind == "tie" else rng.choice([4, 6])
                    unit = s - places  # digits below the rounding position
                    coef = (k * 10 + last) * 10**(unit - 1)
                    if kind == "near":
                        coef += rng.choice([-1, 1]) if unit > 1 else 0
                    if rng.random() < 0.5:
                        coef = -coef
                    x = lit(coef, s)
                if places >= natural_scale(Decimal(x)):
                    want, scale = Decimal(x), natural_scale(Decimal(x))
                else:
                    want = quantize(Decimal(x), places, mode)
                    scale = max(places, 0)
                add_row("r", x, "0", places, mode, want, scale)
        # rounding at the top of the range: carries that leave it
        for mode in ["HALF_AWAY", "UP", "CEILING", "FLOOR", "DOWN"]:
            for x in [lit(COEF_MAX, 0), lit(-COEF_MAX, 0), lit(10**38, 0), lit(COEF_MAX, 24)]:
                for places in [-38, -37, -20, -1]:
                    want = quantize(Decimal(x), places, mode) if places < natural_scale(Decimal(x)) else Decimal(x)
                    add_row("r", x, "0", places, mode, want, 0)
        for _ in range(50):
            a, b = rand_dec(rng, rng.choice(KINDS)), rand_dec(rng, rng.choice(KINDS))
            op = rng.choice("as")
            x = Decimal(a) + Decimal(b) if op == "a" else Decimal(a) - Decimal(b)
            scale = max(natural_scale(Decimal(a)), natural_scale(Decimal(b)))
            exact_fit = abs(int(x.scaleb(scale))) <= COEF_MAX
            add_row(op, a, b, 0, "HALF_AWAY", x, scale if exact_fit else -1)
    return rows


def c_row(r):
    op, a, b, places, mode, want, scale = r
    w = "NULL" if want is None else '"%s"' % want
    return '    {\'%s\', "%s", "%s", %d, DEC_ROUND_%s, %s, %d},' % (op, a, b, places, mode, w, scale)


def main():
    path = sys.argv[1]
    rows = gen(random.Random(20240601))
    src = open(path).read()
    begin = src.index("/* BEGIN GENERATED")
    begin = src.index("\n", begin) + 1
    end = src.index("/* END GENERATED")
    body = "".join(c_row(r) + "\n" for r in rows)
    open(path, "w").write(src[:begin] + body + src[end:])
    print("%s: %d rows" % (path, len(rows)))


if __name__ == "__main__":
    main()
