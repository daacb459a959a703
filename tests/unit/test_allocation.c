/* SPDX-License-Identifier: MIT
 * test_allocation.c - unit tests for runtime/allocation.c.
 *
 * 1. Cases checked by hand (the arithmetic is in the comments): the tie
 *    rule, mixed weight scales, the DESIGN's solidarity weight shape, caps
 *    that bind in cascade, groups, zero totals, one recipient, negative
 *    totals, the int64 ends, every error status and its index.
 * 2. Randomized, from a seeded integer PRNG (splitmix64), so every run sees
 *    the same cases:
 *    a. small weights, caps and groups, compared part for part with a
 *       reference written here in a different way (water-filling one
 *       recipient at a time in order of cap / weight, the extra cents by
 *       repeated scans) in 128-bit arithmetic;
 *    b. wide weights (up to 2^120 at scales 0..24): the parts add up,
 *       respect caps and signs, each is within one cent of its exact quota
 *       (256-bit cross-multiplication), the result is the same when run
 *       twice and when the weights are rescaled (x 10 at one more decimal,
 *       x 3).
 * 3. A differential table computed with Python's fractions module by
 *    tests/unit/gen_allocation_table.py (see there for how it was run).
 */
#include "harness.h"
#include "../../runtime/allocation.h"

#include <stdbool.h>
#include <stdlib.h>

__extension__ typedef unsigned __int128 u128;

#define MAX_N 64 /* most recipients of a case written as text */

/* ---- running a case given as text ------------------------------------------ */

/* What a split gave; 'parts' as space-separated cents. */
typedef struct Got {
    AllocStatus status;
    long long bad;     /* bad_index, or -1 for ALLOC_NO_INDEX */
    int64_t rem;       /* *remainder */
    char parts[2048];  /* "3334 3333 3333" */
} Got;

/* Splits 'text' at spaces into at most MAX_N tokens; returns the count. */
static size_t tokens(const char *text, char tok[][64])
{
    size_t n = 0;
    const char *p = text;
    while (*p) {
        while (*p == ' ') p++;
        if (!*p) break;
        size_t len = strcspn(p, " ");
        if (n == MAX_N || len >= 64) {
            harness_failed++;
            fprintf(stderr, "test_allocation: bad case text '%s'\n", text);
            return n;
        }
        memcpy(tok[n], p, len);
        tok[n][len] = '\0';
        n++;
        p += len;
    }
    return n;
}

static Dec dec(const char *s)
{
    Dec d = dec_from_int(0);
    if (dec_parse_literal(&d, s, strlen(s)) != DEC_PARSE_OK) {
        harness_failed++;
        fprintf(stderr, "test_allocation: '%s' is not a number\n", s);
    }
    return d;
}

/* Formats 'n' parts into 'buf' (2048 bytes). */
static void format_parts(char *buf, const int64_t *parts, size_t n)
{
    size_t len = 0;
    buf[0] = '\0';
    for (size_t i = 0; i < n; i++)
        len += (size_t)snprintf(buf + len, 2048 - len, "%s%" PRId64, i ? " " : "", parts[i]);
}

/* Runs a split of 'total' over recipients given as text: 'weights' are grip
 * literals (only counted for ALLOC_EQUAL, whose weights are passed as NULL),
 * 'caps' cents or "none" (NULL: no caps), 'groups' keys (NULL unless
 * ALLOC_GROUPS).  Also checks the invariants every result must keep. */
static Got split_text(AllocMode mode, int64_t total, const char *weights, const char *caps,
                      const char *groups)
{
    static char tok[MAX_N][64];
    Dec w[MAX_N];
    int64_t cap[MAX_N], parts[MAX_N];
    int32_t grp[MAX_N];
    size_t n = tokens(weights, tok);
    for (size_t i = 0; i < n; i++) w[i] = mode == ALLOC_EQUAL ? dec_from_int(0) : dec(tok[i]);
    if (caps) {
        size_t m = tokens(caps, tok);
        CHECK_EQ_INT(m, n);
        for (size_t i = 0; i < m && i < n; i++)
            cap[i] = strcmp(tok[i], "none") == 0 ? ALLOC_NO_CAP : strtoll(tok[i], NULL, 10);
    }
    if (groups) {
        size_t m = tokens(groups, tok);
        CHECK_EQ_INT(m, n);
        for (size_t i = 0; i < m && i < n; i++) grp[i] = (int32_t)strtol(tok[i], NULL, 10);
    }
    AllocInput in = {total, n, mode == ALLOC_EQUAL ? NULL : w, caps ? cap : NULL,
                     groups ? grp : NULL, mode};
    Got g;
    size_t bad = 12345;
    int64_t rem = 12345;
    for (size_t i = 0; i < n; i++) parts[i] = 777;
    g.status = allocation_split(&in, parts, &rem, &bad);
    g.bad = bad == ALLOC_NO_INDEX ? -1 : (long long)bad;
    g.rem = rem;
    format_parts(g.parts, parts, n);

    /* invariants of every result */
    if (g.status == ALLOC_OK) {
        i128 sum = rem;
        bool ok = true;
        for (size_t i = 0; i < n; i++) {
            sum += parts[i];
            int64_t mag = parts[i] < 0 ? -parts[i] : parts[i];
            if (caps && mag > cap[i]) ok = false;
            if ((total >= 0 && parts[i] < 0) || (total < 0 && parts[i] > 0)) ok = false;
        }
        if (sum != total || !ok || bad != ALLOC_NO_INDEX) {
            harness_failed++;
            fprintf(stderr, "test_allocation: invariant broken for total %" PRId64 " weights %s\n",
                    total, weights);
        }
    } else {
        bool zero = rem == 0;
        for (size_t i = 0; i < n; i++) zero = zero && parts[i] == 0;
        if (!zero) {
            harness_failed++;
            fprintf(stderr, "test_allocation: error left parts for weights %s\n", weights);
        }
    }
    return g;
}

/* ---- 1. cases checked by hand ------------------------------------------------ */

static void test_tie_rule(void)
{
    /* 10000 / 3 = 3333 1/3 each: floors 9999, one cent missing, all three
     * remainders equal: the lowest index gets it */
    Got g = split_text(ALLOC_EQUAL, 10000, "x x x", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_OK);
    CHECK_EQ_STR(g.parts, "3334 3333 3333");
    CHECK_EQ_INT(g.rem, 0);
    CHECK_EQ_INT(g.bad, -1);
    g = split_text(ALLOC_PRO_RATA, 10000, "1 1 1", NULL, NULL);
    CHECK_EQ_STR(g.parts, "3334 3333 3333");
    g = split_text(ALLOC_PRO_RATA, 10000, "7.5 7.50 7.500", NULL, NULL); /* equal by value */
    CHECK_EQ_STR(g.parts, "3334 3333 3333");
    /* 2 cents over three: two ties win, in index order */
    g = split_text(ALLOC_EQUAL, 2, "x x x", NULL, NULL);
    CHECK_EQ_STR(g.parts, "1 1 0");
    g = split_text(ALLOC_EQUAL, 5, "x x x x", NULL, NULL);
    CHECK_EQ_STR(g.parts, "2 1 1 1");
    /* weights 1 2 1 2 (W = 6), 7 cents: quotas 7/6 14/6 7/6 14/6, floors
     * 1 2 1 2, remainders 1 2 1 2 (sixths): the one cent to index 1 */
    g = split_text(ALLOC_PRO_RATA, 7, "1 2 1 2", NULL, NULL);
    CHECK_EQ_STR(g.parts, "1 3 1 2");
    /* 8 cents: remainders 2 4 2 4: indexes 1 and 3 */
    g = split_text(ALLOC_PRO_RATA, 8, "1 2 1 2", NULL, NULL);
    CHECK_EQ_STR(g.parts, "1 3 1 3");
    /* 9 cents: quotas 1.5 3 1.5 3, floors 1 3 1 3 (8), remainders 3 0 3 0:
     * one cent for a tie between indexes 0 and 2, so index 0 */
    g = split_text(ALLOC_PRO_RATA, 9, "1 2 1 2", NULL, NULL);
    CHECK_EQ_STR(g.parts, "2 3 1 3");
    /* a larger remainder beats a lower index: 10 over 1 3 (W = 4): quotas
     * 2.5 and 7.5 - equal fractions, so index 0 gets the cent */
    g = split_text(ALLOC_PRO_RATA, 10, "1 3", NULL, NULL);
    CHECK_EQ_STR(g.parts, "3 7");
    /* 10 over 3 1 2 (W = 6): 5, 1.666, 3.333 -> floors 5 1 3, one missing,
     * the largest fraction is index 1's (4/6 > 2/6) */
    g = split_text(ALLOC_PRO_RATA, 10, "3 1 2", NULL, NULL);
    CHECK_EQ_STR(g.parts, "5 2 3");
}

static void test_negative_total(void)
{
    /* the magnitude is split and negated: the tie cent goes to index 0 */
    Got g = split_text(ALLOC_EQUAL, -10000, "x x x", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_OK);
    CHECK_EQ_STR(g.parts, "-3334 -3333 -3333");
    CHECK_EQ_INT(g.rem, 0);
    /* caps bound the magnitude; what they leave is a negative remainder */
    g = split_text(ALLOC_PRO_RATA, -100000, "1 1", "20000 30000", NULL);
    CHECK_EQ_STR(g.parts, "-20000 -30000");
    CHECK_EQ_INT(g.rem, -50000);
    /* -1 cent over two: -1, 0 */
    g = split_text(ALLOC_EQUAL, -1, "x x", NULL, NULL);
    CHECK_EQ_STR(g.parts, "-1 0");
}

static void test_mixed_scales(void)
{
    /* 0.5, 1.25 and 3% at the common scale 2 are 50, 125, 3 (W = 178).
     * 10000 x 50 / 178 = 2808.98..., x 125 / 178 = 7022.47...,
     * x 3 / 178 = 168.53...: floors 9998, two cents to the fractions .98
     * (index 0) and .53 (index 2) */
    Got g = split_text(ALLOC_PRO_RATA, 10000, "0.5 1.25 3%", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_OK);
    CHECK_EQ_STR(g.parts, "2809 7022 169");
    /* the same ratios written otherwise give the same split */
    g = split_text(ALLOC_PRO_RATA, 10000, "50 125 3", NULL, NULL);
    CHECK_EQ_STR(g.parts, "2809 7022 169");
    g = split_text(ALLOC_PRO_RATA, 10000, "0.50000000000000000000 1.250 0.030000", NULL, NULL);
    CHECK_EQ_STR(g.parts, "2809 7022 169");
    g = split_text(ALLOC_PRO_RATA, 10000, "5k 12.5k 300", NULL, NULL);
    CHECK_EQ_STR(g.parts, "2809 7022 169");
    /* scale 24 against scale 0: 1e-24 : 1 gets nothing of 1.00 */
    g = split_text(ALLOC_PRO_RATA, 100, "0.000000000000000000000001 1", NULL, NULL);
    CHECK_EQ_STR(g.parts, "0 100");
}

/* The DESIGN's solidarity weight, s x inwoners_0_17 / sum + (1 - s) x
 * eigen_kosten / sum, computed with Dec arithmetic as the evaluator would,
 * for three municipalities with round shares. */
static void test_solidarity(void)
{
    static const char *inw[3] = {"1000", "3000", "6000"};   /* shares 0.1 0.3 0.6 */
    static const char *kost[3] = {"200", "300", "500"};     /* shares 0.2 0.3 0.5 */
    Dec s = dec("50%"), one_minus_s, sum_inw = dec("10000"), sum_kost = dec("1000");
    Dec w[3];
    CHECK(dec_sub(&one_minus_s, dec_from_int(1), s));
    for (int i = 0; i < 3; i++) {
        Dec a, b;
        CHECK(dec_div(&a, dec(inw[i]), sum_inw) && dec_mul(&a, s, a));
        CHECK(dec_div(&b, dec(kost[i]), sum_kost) && dec_mul(&b, one_minus_s, b));
        CHECK(dec_add(&w[i], a, b));
    }
    /* weights 0.15 0.30 0.55; total 1,000,000.01 = 100000001 cents:
     * quotas 15000000.15, 30000000.30, 55000000.55; floors 100000000; the
     * one missing cent to the largest fraction, .55 */
    CHECK(dec_eq(w[0], dec("0.15")) && dec_eq(w[1], dec("0.3")) && dec_eq(w[2], dec("0.55")));
    int64_t parts[3], rem = -1;
    size_t bad = 0;
    AllocInput in = {100000001, 3, w, NULL, NULL, ALLOC_PRO_RATA};
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_OK);
    CHECK_EQ_INT(parts[0], 15000000);
    CHECK_EQ_INT(parts[1], 30000000);
    CHECK_EQ_INT(parts[2], 55000001);
    CHECK_EQ_INT(rem, 0);
    CHECK(bad == ALLOC_NO_INDEX);
}

static void test_caps(void)
{
    /* 1000.00 over four equal, the first capped at 100.00: level 250.00 >
     * 100.00, so it gets 100.00 and 900.00 is split over three */
    Got g = split_text(ALLOC_PRO_RATA, 100000, "1 1 1 1", "10000 none none none", NULL);
    CHECK_EQ_STR(g.parts, "10000 30000 30000 30000");
    CHECK_EQ_INT(g.rem, 0);
    /* two capped in the same round: weights 1 2 3 4, level 10000 per unit:
     * quotas 10000 20000 30000 40000 over caps 15000 (index 1) and 20000
     * (index 2); then 65000 over weights 1 + 4: 13000 and 52000 */
    g = split_text(ALLOC_PRO_RATA, 100000, "1 2 3 4", "none 15000 20000 none", NULL);
    CHECK_EQ_STR(g.parts, "13000 15000 20000 52000");
    /* cascade: 900.00 over three equal, caps 100.00 and 300.00.  Round 1:
     * 30000 each, index 0 exceeds; round 2: 80000 over two, 40000 each,
     * index 1 now exceeds its 30000 (a quota equal to the cap does not);
     * round 3: 50000 to index 2 */
    g = split_text(ALLOC_PRO_RATA, 90000, "1 1 1", "10000 30000 none", NULL);
    CHECK_EQ_STR(g.parts, "10000 30000 50000");
    CHECK_EQ_INT(g.rem, 0);
    /* a quota exactly at its cap is not capped: 300 over three, cap 100 */
    g = split_text(ALLOC_PRO_RATA, 300, "1 1 1", "100 100 100", NULL);
    CHECK_EQ_STR(g.parts, "100 100 100");
    CHECK_EQ_INT(g.rem, 0);
    /* every cap binds: the rest is the remainder */
    g = split_text(ALLOC_PRO_RATA, 100000, "1 1", "20000 30000", NULL);
    CHECK_EQ_STR(g.parts, "20000 30000");
    CHECK_EQ_INT(g.rem, 50000);
    /* 1.00 over three with caps of 0.33: quotas 33.33... exceed 33, so
     * all are capped and the cent the caps cannot take is the remainder */
    g = split_text(ALLOC_EQUAL, 100, "x x x", "33 33 33", NULL);
    CHECK_EQ_STR(g.parts, "33 33 33");
    CHECK_EQ_INT(g.rem, 1);
    /* caps of 0.34 have room for the extra cent: 34 33 33 */
    g = split_text(ALLOC_EQUAL, 100, "x x x", "34 34 34", NULL);
    CHECK_EQ_STR(g.parts, "34 33 33");
    CHECK_EQ_INT(g.rem, 0);
    /* a cap of 0 takes nothing; a zero weight gets nothing even when all
     * the others are capped (the rest is the remainder, not its share) */
    g = split_text(ALLOC_PRO_RATA, 1000, "1 0 1", "0 none 300", NULL);
    CHECK_EQ_STR(g.parts, "0 0 300");
    CHECK_EQ_INT(g.rem, 700);
    /* ALLOC_NO_CAP never binds, even at the largest total */
    g = split_text(ALLOC_EQUAL, INT64_MAX, "x", "none", NULL);
    CHECK_EQ_STR(g.parts, "9223372036854775807");
    g = split_text(ALLOC_EQUAL, INT64_MAX, "x", "9223372036854775806", NULL);
    CHECK_EQ_STR(g.parts, "9223372036854775806");
    CHECK_EQ_INT(g.rem, 1);
}

static void test_groups(void)
{
    /* group 1 (indexes 1, 2) first: 500.00 each exceeds caps 300.00 and
     * 200.00, so it takes 500.00 and passes 500.00 to group 2 (indexes 0,
     * 3): 250.00 each */
    Got g = split_text(ALLOC_GROUPS, 100000, "1 1 1 1", "none 30000 20000 none", "2 1 1 2");
    CHECK_EQ_STR(g.parts, "25000 30000 20000 25000");
    CHECK_EQ_INT(g.rem, 0);
    /* without binding caps the first group takes everything */
    g = split_text(ALLOC_GROUPS, 100, "1 1 3", NULL, "7 3 7");
    CHECK_EQ_STR(g.parts, "0 100 0");
    /* ... even when the later group has only zero weights (never reached) */
    g = split_text(ALLOC_GROUPS, 100, "0 1 0", NULL, "7 3 7");
    CHECK_EQ_INT(g.status, ALLOC_OK);
    CHECK_EQ_STR(g.parts, "0 100 0");
    /* a group reached with money and only zero weights is an error at its
     * lowest index */
    g = split_text(ALLOC_GROUPS, 100, "0 1 0", "none 40 none", "7 3 7");
    CHECK_EQ_INT(g.status, ALLOC_ZERO_WEIGHTS);
    CHECK_EQ_INT(g.bad, 0);
    CHECK_EQ_STR(g.parts, "0 0 0");
    /* what the last group cannot take is the remainder; negative keys sort
     * first: group -5 (index 1) caps at 40, group 0 (0, 2) at 10 + 20 */
    g = split_text(ALLOC_GROUPS, 100, "1 1 1", "10 40 20", "0 -5 0");
    CHECK_EQ_STR(g.parts, "10 40 20");
    CHECK_EQ_INT(g.rem, 30);
    /* rounding happens within a group: 100 cents, group 0 capped at 1 + 1
     * (level 50), then 98 over three equal in group 1: 33 33 32 */
    g = split_text(ALLOC_GROUPS, 100, "1 1 1 1 1", "1 none 1 none none", "0 1 0 1 1");
    CHECK_EQ_STR(g.parts, "1 33 1 33 32");
    /* one group of everything is PRO_RATA */
    g = split_text(ALLOC_GROUPS, 8, "1 2 1 2", NULL, "4 4 4 4");
    CHECK_EQ_STR(g.parts, "1 3 1 3");
    /* the extreme keys */
    g = split_text(ALLOC_GROUPS, 10, "1 1", "4 none", "2147483647 -2147483648");
    CHECK_EQ_STR(g.parts, "0 10");
    g = split_text(ALLOC_GROUPS, 10, "1 1", "none 4", "2147483647 -2147483648");
    CHECK_EQ_STR(g.parts, "6 4");
}

static void test_zero_and_one(void)
{
    /* a total of 0: parts of 0, even over all-zero weights */
    Got g = split_text(ALLOC_PRO_RATA, 0, "1 2 3", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_OK);
    CHECK_EQ_STR(g.parts, "0 0 0");
    g = split_text(ALLOC_PRO_RATA, 0, "0 0", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_OK);
    CHECK_EQ_STR(g.parts, "0 0");
    /* one recipient gets everything, or its cap and a remainder */
    g = split_text(ALLOC_PRO_RATA, 123456, "0.001", NULL, NULL);
    CHECK_EQ_STR(g.parts, "123456");
    g = split_text(ALLOC_PRO_RATA, 123456, "0.001", "100000", NULL);
    CHECK_EQ_STR(g.parts, "100000");
    CHECK_EQ_INT(g.rem, 23456);
    /* no rows: fine for 0, an error otherwise */
    int64_t rem = 9;
    size_t bad = 9;
    AllocInput in = {0, 0, NULL, NULL, NULL, ALLOC_PRO_RATA};
    CHECK_EQ_INT(allocation_split(&in, NULL, &rem, &bad), ALLOC_OK);
    CHECK_EQ_INT(rem, 0);
    CHECK(bad == ALLOC_NO_INDEX);
    in.total_cents = 5;
    CHECK_EQ_INT(allocation_split(&in, NULL, &rem, &bad), ALLOC_NO_RECIPIENTS);
    CHECK(bad == ALLOC_NO_INDEX);
    CHECK_EQ_INT(rem, 0);
}

static void test_int64_ends(void)
{
    /* INT64_MAX = 2 x 4611686018427387903 + 1: the odd cent to index 0 */
    Got g = split_text(ALLOC_PRO_RATA, INT64_MAX, "1 1", NULL, NULL);
    CHECK_EQ_STR(g.parts, "4611686018427387904 4611686018427387903");
    g = split_text(ALLOC_PRO_RATA, -INT64_MAX, "1 1", NULL, NULL);
    CHECK_EQ_STR(g.parts, "-4611686018427387904 -4611686018427387903");
    /* the widest weights: 2^127 - 1 at scale 0 and at scale 24 (ratio
     * 10^24 : 1), so the second gets INT64_MAX / (10^24 + 1) < 1 cent */
    g = split_text(ALLOC_PRO_RATA, INT64_MAX,
                   "170141183460469231731687303715884105727 "
                   "170141183460469.231731687303715884105727", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_OK);
    CHECK_EQ_STR(g.parts, "9223372036854775807 0");
    /* INT64_MIN has no magnitude in int64: an error, not a wrong answer */
    g = split_text(ALLOC_PRO_RATA, INT64_MIN, "1 1", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_OVERFLOW);
    CHECK_EQ_INT(g.bad, -1);
    CHECK_EQ_STR(g.parts, "0 0");
    CHECK_EQ_INT(g.rem, 0);
    /* ... but a bad row is reported first */
    g = split_text(ALLOC_PRO_RATA, INT64_MIN, "1 -1", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_NEGATIVE_WEIGHT);
    CHECK_EQ_INT(g.bad, 1);
}

static void test_errors(void)
{
    Got g = split_text(ALLOC_PRO_RATA, 100, "1 2 -0.01 -5", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_NEGATIVE_WEIGHT);
    CHECK_EQ_INT(g.bad, 2);
    CHECK_EQ_STR(g.parts, "0 0 0 0");
    CHECK_EQ_INT(g.rem, 0);
    g = split_text(ALLOC_PRO_RATA, 100, "1 2 3", "5 -1 -2", NULL);
    CHECK_EQ_INT(g.status, ALLOC_NEGATIVE_CAP);
    CHECK_EQ_INT(g.bad, 1);
    /* rows in index order: row 0's cap before row 1's weight */
    g = split_text(ALLOC_PRO_RATA, 100, "1 -2", "-1 5", NULL);
    CHECK_EQ_INT(g.status, ALLOC_NEGATIVE_CAP);
    CHECK_EQ_INT(g.bad, 0);
    /* and both even for a total of 0 */
    g = split_text(ALLOC_PRO_RATA, 0, "1 -2", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_NEGATIVE_WEIGHT);
    CHECK_EQ_INT(g.bad, 1);
    g = split_text(ALLOC_EQUAL, 0, "x x", "3 -3", NULL);
    CHECK_EQ_INT(g.status, ALLOC_NEGATIVE_CAP);
    CHECK_EQ_INT(g.bad, 1);
    /* -0 is not negative */
    g = split_text(ALLOC_PRO_RATA, 10, "-0 -0.00 1", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_OK);
    CHECK_EQ_STR(g.parts, "0 0 10");
    /* all weights zero with money to split */
    g = split_text(ALLOC_PRO_RATA, 1, "0 0.000 0", NULL, NULL);
    CHECK_EQ_INT(g.status, ALLOC_ZERO_WEIGHTS);
    CHECK_EQ_INT(g.bad, 0);
    g = split_text(ALLOC_PRO_RATA, -1, "0", "0", NULL);
    CHECK_EQ_INT(g.status, ALLOC_ZERO_WEIGHTS);
    CHECK_EQ_INT(g.bad, 0);

    /* caller bugs */
    Dec w[2] = {dec_from_int(1), dec_from_int(1)};
    int64_t parts[2] = {5, 5}, rem = 5;
    size_t bad = 5;
    int32_t grp[2] = {0, 0};
    AllocInput in = {100, 2, NULL, NULL, NULL, ALLOC_PRO_RATA};
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_BAD_INPUT); /* no weights */
    CHECK(bad == ALLOC_NO_INDEX);
    CHECK(parts[0] == 0 && parts[1] == 0 && rem == 0);
    in.weights = w;
    in.mode = ALLOC_GROUPS;
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_BAD_INPUT); /* no groups */
    in.groups = grp;
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_OK);
    CHECK(parts[0] == 50 && parts[1] == 50);
    CHECK_EQ_INT(allocation_split(&in, NULL, &rem, &bad), ALLOC_BAD_INPUT); /* no parts */
    CHECK_EQ_INT(allocation_split(NULL, parts, &rem, &bad), ALLOC_BAD_INPUT);
    CHECK_EQ_INT(allocation_split(&in, parts, NULL, &bad), ALLOC_BAD_INPUT);
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, NULL), ALLOC_BAD_INPUT);
    in.mode = (AllocMode)7;
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_BAD_INPUT);
    in.mode = ALLOC_PRO_RATA;
    w[1].scale = DEC_MAX_SCALE + 1; /* not a Dec */
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_BAD_INPUT);
    CHECK_EQ_INT(bad, 1);
    in.mode = ALLOC_EQUAL; /* weights are not read */
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_OK);
    CHECK(parts[0] == 50 && parts[1] == 50);

    CHECK_EQ_STR(allocation_status_message(ALLOC_OK), "ok");
    CHECK_EQ_STR(allocation_status_message(ALLOC_NEGATIVE_WEIGHT), "negative weight");
    CHECK_EQ_STR(allocation_status_message(ALLOC_NEGATIVE_CAP), "negative cap");
    CHECK_EQ_STR(allocation_status_message(ALLOC_ZERO_WEIGHTS),
                 "all weights are zero, so the amount cannot be split");
    CHECK_EQ_STR(allocation_status_message(ALLOC_NO_RECIPIENTS),
                 "no rows to split the amount over");
    CHECK_EQ_STR(allocation_status_message(ALLOC_OVERFLOW),
                 "amount out of range for an allocation");
    CHECK_EQ_STR(allocation_status_message(ALLOC_BAD_INPUT), "invalid allocation input");
    CHECK_EQ_STR(allocation_status_message((AllocStatus)99), "unknown allocation status");
}

/* ---- 2. randomized ---------------------------------------------------------- */

/* splitmix64 (Steele, Lea, Flood 2014): a seeded, integer-only PRNG */
typedef struct Rng {
    uint64_t s; /* state */
} Rng;

static uint64_t rng_next(Rng *r)
{
    uint64_t z = (r->s += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

/* uniform enough in 0..n-1 for n > 0 (modulo bias is irrelevant here) */
static uint64_t rng_below(Rng *r, uint64_t n)
{
    return rng_next(r) % n;
}

/* 10^k as u128, k <= 38 */
static u128 pow10_u128(int k)
{
    u128 p = 1;
    while (k-- > 0) p *= 10;
    return p;
}

/* A random case of suite a, in small numbers. */
typedef struct SmallCase {
    AllocMode mode;
    int64_t total;
    size_t n;
    Dec w[32];
    int64_t cap[32];
    int32_t grp[32];
    bool has_caps;
} SmallCase;

/* The reference for suite a: the contract of allocation.h computed another
 * way, in i128 (weights below 10^9 at the common scale 3, totals and caps
 * below 2^41, so every product is below 2^71).  Returns the status; sets
 * 'parts', '*rem', '*bad'. */
static AllocStatus reference(const SmallCase *c, int64_t *parts, int64_t *rem, size_t *bad)
{
    size_t n = c->n;
    i128 w[32];
    for (size_t i = 0; i < n; i++) {
        parts[i] = 0;
        if (c->mode == ALLOC_EQUAL) {
            w[i] = 1;
        } else { /* to scale 3 exactly: scales are 0..3 */
            w[i] = c->w[i].coef;
            for (int s = c->w[i].scale; s < 3; s++) w[i] *= 10;
        }
    }
    *rem = 0;
    *bad = ALLOC_NO_INDEX;
    int64_t R = c->total < 0 ? -c->total : c->total;
    bool have_prev = false;
    int32_t prev = 0;
    for (;;) { /* groups in ascending key order, by repeated minimum search */
        bool found = false;
        int32_t key = 0;
        for (size_t i = 0; i < n; i++) {
            int32_t k = c->mode == ALLOC_GROUPS ? c->grp[i] : 0;
            if ((!have_prev || k > prev) && (!found || k < key)) {
                key = k;
                found = true;
            }
        }
        if (!found) break;
        have_prev = true;
        prev = key;
        size_t mem[32], m = 0;
        i128 W = 0;
        for (size_t i = 0; i < n; i++)
            if ((c->mode == ALLOC_GROUPS ? c->grp[i] : 0) == key) {
                mem[m++] = i;
                W += w[i];
            }
        if (R == 0) continue;
        if (W == 0) {
            for (size_t i = 0; i < n; i++) parts[i] = 0;
            *bad = mem[0];
            return ALLOC_ZERO_WEIGHTS;
        }
        /* water-filling one member at a time, by cap / weight ascending */
        size_t by_ratio[32], r_n = 0;
        for (size_t k = 0; k < m; k++) {
            size_t i = mem[k];
            if (w[i] == 0) continue;
            size_t pos = r_n++;
            i128 cap_i = c->has_caps ? c->cap[i] : INT64_MAX;
            while (pos > 0) {
                size_t j = by_ratio[pos - 1];
                i128 cap_j = c->has_caps ? c->cap[j] : INT64_MAX;
                if (cap_j * w[i] <= cap_i * w[j]) break;
                by_ratio[pos] = j;
                pos--;
            }
            by_ratio[pos] = i;
        }
        bool capped[32] = {false};
        for (size_t k = 0; k < r_n; k++) {
            size_t i = by_ratio[k];
            i128 cap_i = c->has_caps ? c->cap[i] : INT64_MAX;
            if ((i128)R * w[i] <= cap_i * W) break;
            capped[i] = true;
            parts[i] = (int64_t)cap_i;
            R -= (int64_t)cap_i;
            W -= w[i];
        }
        if (W == 0) continue; /* all with weight capped: R passes on */
        i128 frac[32];
        int64_t floors = 0;
        for (size_t k = 0; k < m; k++) {
            size_t i = mem[k];
            frac[k] = -1;
            if (capped[i]) continue;
            parts[i] = (int64_t)((i128)R * w[i] / W);
            frac[k] = (i128)R * w[i] % W;
            floors += parts[i];
        }
        for (int64_t cent = floors; cent < R; cent++) {
            size_t best = m;
            for (size_t k = 0; k < m; k++) /* strict: the lower index wins ties */
                if (frac[k] > 0 && (best == m || frac[k] > frac[best])) best = k;
            if (best == m) { /* cannot happen: a bug in the reference */
                harness_failed++;
                break;
            }
            parts[mem[best]]++;
            frac[best] = -1;
        }
        R = 0;
    }
    if (c->total < 0) {
        for (size_t i = 0; i < n; i++) parts[i] = -parts[i];
        R = -R;
    }
    *rem = R;
    return ALLOC_OK;
}

static void random_small(Rng *r, SmallCase *c)
{
    static const AllocMode modes[3] = {ALLOC_PRO_RATA, ALLOC_EQUAL, ALLOC_GROUPS};
    c->mode = modes[rng_below(r, 3)];
    c->n = 1 + (size_t)rng_below(r, rng_below(r, 4) == 0 ? 32 : 8);
    switch (rng_below(r, 4)) { /* small totals make many ties */
    case 0: c->total = (int64_t)rng_below(r, 20); break;
    case 1: c->total = (int64_t)rng_below(r, 10000); break;
    default: c->total = (int64_t)rng_below(r, (uint64_t)1 << 40); break;
    }
    if (rng_below(r, 6) == 0) c->total = -c->total;
    bool equal_weights = rng_below(r, 5) == 0;
    c->has_caps = rng_below(r, 2) == 0;
    uint64_t cap_bound = 2 * (uint64_t)(c->total < 0 ? -c->total : c->total) / c->n + 2;
    for (size_t i = 0; i < c->n; i++) {
        uint64_t coef = rng_below(r, 8) == 0 ? 0 : rng_below(r, 1000000);
        int scale = (int)rng_below(r, 4);
        if (equal_weights) {
            coef = 7;
            scale = 1;
        }
        c->w[i].coef = (i128)coef;
        c->w[i].scale = scale;
        c->cap[i] = rng_below(r, 3) == 0 ? ALLOC_NO_CAP : (int64_t)rng_below(r, cap_bound);
        c->grp[i] = (int32_t)rng_below(r, 4) - 1;
    }
}

/* Suite a: thousands of small cases against the reference. */
static void test_random_against_reference(void)
{
    Rng r = {20240617};
    int mismatches = 0, broken = 0, cases = 0, capped_cases = 0, grouped = 0;
    for (int t = 0; t < 6000; t++) {
        SmallCase c;
        random_small(&r, &c);
        int64_t got[32], want[32], again[32], rem_got, rem_want, rem_again;
        size_t bad_got, bad_want, bad_again;
        AllocInput in = {c.total, c.n, c.mode == ALLOC_EQUAL ? NULL : c.w,
                         c.has_caps ? c.cap : NULL, c.mode == ALLOC_GROUPS ? c.grp : NULL, c.mode};
        AllocStatus st = allocation_split(&in, got, &rem_got, &bad_got);
        AllocStatus st_want = reference(&c, want, &rem_want, &bad_want);
        AllocStatus st_again = allocation_split(&in, again, &rem_again, &bad_again);
        bool same = st == st_want && rem_got == rem_want && bad_got == bad_want &&
                    memcmp(got, want, c.n * sizeof got[0]) == 0;
        bool stable = st == st_again && rem_got == rem_again && bad_got == bad_again &&
                      memcmp(got, again, c.n * sizeof got[0]) == 0;
        if (!same || !stable) {
            if (mismatches++ < 5) {
                char a[2048], b[2048];
                format_parts(a, got, c.n);
                format_parts(b, want, c.n);
                fprintf(stderr, "random case %d (mode %d, total %" PRId64 "): got %d [%s] rem %"
                        PRId64 ", want %d [%s] rem %" PRId64 "\n", t, (int)c.mode, c.total,
                        (int)st, a, rem_got, (int)st_want, b, rem_want);
            }
        }
        if (st != ALLOC_OK) continue;
        cases++;
        /* invariants, independent of the reference */
        i128 sum = rem_got;
        bool any_cap = false;
        for (size_t i = 0; i < c.n; i++) {
            sum += got[i];
            int64_t mag = got[i] < 0 ? -got[i] : got[i];
            if ((c.total >= 0) != (got[i] >= 0) && got[i] != 0) broken++;
            if (c.has_caps && mag > c.cap[i]) broken++;
            if (c.has_caps && mag == c.cap[i]) any_cap = true;
        }
        if (sum != c.total) broken++;
        if (any_cap) capped_cases++;
        if (c.mode == ALLOC_GROUPS) grouped++;
        /* within one cent of the exact quota |total| x w_i / W when no caps */
        if (!c.has_caps && c.mode != ALLOC_GROUPS) {
            i128 w[32], W = 0, R = c.total < 0 ? -(i128)c.total : c.total;
            for (size_t i = 0; i < c.n; i++) {
                w[i] = 1;
                if (c.mode != ALLOC_EQUAL) {
                    w[i] = c.w[i].coef;
                    for (int s = c.w[i].scale; s < 3; s++) w[i] *= 10;
                }
                W += w[i];
            }
            for (size_t i = 0; i < c.n; i++) {
                i128 diff = (i128)(got[i] < 0 ? -got[i] : got[i]) * W - R * w[i];
                if (diff >= W || -diff >= W) broken++;
            }
        }
    }
    CHECK_EQ_INT(mismatches, 0);
    CHECK_EQ_INT(broken, 0);
    /* the generator reaches what it should (so the suite cannot pass empty) */
    CHECK(cases > 4000);
    CHECK(capped_cases > 500);
    CHECK(grouped > 1000);
}

/* 256-bit unsigned, for exact checks of products of up to 128 x 128 bits */
typedef struct U256 {
    u128 hi, lo; /* value = hi x 2^128 + lo */
} U256;

static U256 mul_u128(u128 a, u128 b)
{
    u128 a0 = (uint64_t)a, a1 = a >> 64, b0 = (uint64_t)b, b1 = b >> 64;
    u128 p00 = a0 * b0, p01 = a0 * b1, p10 = a1 * b0, p11 = a1 * b1;
    u128 mid = (p00 >> 64) + (uint64_t)p01 + (uint64_t)p10;
    U256 x;
    x.lo = (mid << 64) | (uint64_t)p00;
    x.hi = p11 + (p01 >> 64) + (p10 >> 64) + (mid >> 64);
    return x;
}

static U256 add_u256(U256 a, u128 b)
{
    U256 x = {a.hi, a.lo + b};
    if (x.lo < a.lo) x.hi++;
    return x;
}

static bool less_u256(U256 a, U256 b)
{
    return a.hi != b.hi ? a.hi < b.hi : a.lo < b.lo;
}

/* Suite b: wide weights at scales 0..24; properties and rescaling. */
static void test_random_wide(void)
{
    Rng r = {0x6772697020616c6cULL};
    int broken = 0, unstable = 0, rescaled_differ = 0, far = 0, slow_path = 0, checked = 0;
    for (int t = 0; t < 3000; t++) {
        size_t n = 1 + (size_t)rng_below(&r, 16);
        int S = (int)rng_below(&r, 25);
        static const int bits_choice[4] = {40, 64, 100, 120};
        int bits = bits_choice[rng_below(&r, 4)];
        Dec w[16], w10[16], w3[16];
        u128 N[16], W = 0; /* the weights at scale S, and their sum (< 2^124) */
        int64_t cap[16];
        bool has_caps = rng_below(&r, 3) == 0;
        int64_t total = (int64_t)(rng_next(&r) >> (1 + rng_below(&r, 63)));
        if (rng_below(&r, 5) == 0) total = -total;
        for (size_t i = 0; i < n; i++) {
            int s = (int)rng_below(&r, (uint64_t)S + 1);
            u128 unit = pow10_u128(S - s);
            u128 limit = (((u128)1 << bits) - 1) / unit;
            u128 raw = ((u128)rng_next(&r) << 64) | rng_next(&r);
            u128 M = (limit == 0 || rng_below(&r, 10) == 0) ? 0 : raw % limit;
            w[i].coef = (i128)M;
            w[i].scale = s;
            N[i] = M * unit;
            W += N[i];
            /* the same value with one more decimal, when there is room */
            w10[i] = w[i];
            if (s < DEC_MAX_SCALE) {
                w10[i].coef = (i128)M * 10;
                w10[i].scale = s + 1;
            }
            /* three times the weight: the same ratios (M < 2^120) */
            w3[i].coef = (i128)M * 3;
            w3[i].scale = s;
            cap[i] = rng_below(&r, 3) == 0 ? ALLOC_NO_CAP
                                           : (int64_t)(rng_next(&r) >> (1 + rng_below(&r, 63)));
        }
        if (W == 0) continue;
        int64_t parts[16], again[16], p10[16], p3[16], rem, rem2, rem10, rem3;
        size_t bad;
        AllocInput in = {total, n, w, has_caps ? cap : NULL, NULL, ALLOC_PRO_RATA};
        AllocStatus st = allocation_split(&in, parts, &rem, &bad);
        AllocStatus st2 = allocation_split(&in, again, &rem2, &bad);
        in.weights = w10;
        AllocStatus st10 = allocation_split(&in, p10, &rem10, &bad);
        in.weights = w3;
        AllocStatus st3 = allocation_split(&in, p3, &rem3, &bad);
        if (st != ALLOC_OK || st2 != ALLOC_OK || st10 != ALLOC_OK || st3 != ALLOC_OK) {
            broken++;
            continue;
        }
        checked++;
        if (rem != rem2 || memcmp(parts, again, n * sizeof parts[0]) != 0) unstable++;
        if (rem != rem10 || memcmp(parts, p10, n * sizeof parts[0]) != 0 || rem != rem3 ||
            memcmp(parts, p3, n * sizeof parts[0]) != 0)
            rescaled_differ++;
        i128 sum = rem;
        u128 R = (u128)(total < 0 ? -(i128)total : (i128)total);
        for (size_t i = 0; i < n; i++) {
            sum += parts[i];
            if ((total >= 0 && parts[i] < 0) || (total < 0 && parts[i] > 0)) broken++;
            u128 mag = (u128)(parts[i] < 0 ? -(i128)parts[i] : (i128)parts[i]);
            if (has_caps && mag > (u128)cap[i]) broken++;
            if (!has_caps) { /* |part x W - R x N_i| < W */
                U256 a = mul_u128(mag, W), b = mul_u128(R, N[i]);
                if (!less_u256(a, add_u256(b, W)) || !less_u256(b, add_u256(a, W))) far++;
                if (b.hi != 0) slow_path++;
            }
        }
        if (sum != total) broken++;
        if (!has_caps && rem != 0) broken++;
    }
    CHECK_EQ_INT(broken, 0);
    CHECK_EQ_INT(unstable, 0);
    CHECK_EQ_INT(rescaled_differ, 0);
    CHECK_EQ_INT(far, 0);
    CHECK(checked > 2500);
    CHECK(slow_path > 1000); /* quotas beyond 128 bits were exercised */
}

/* Many recipients: the sort of remainders and many water-filling rounds, at
 * a size beyond the other suites, with results worked out by hand. */
static void test_many(void)
{
    enum { N = 2000 };
    static Dec w[N];
    static int64_t cap[N], parts[N];
    for (size_t i = 0; i < N; i++) {
        w[i] = dec_from_int(1);
        cap[i] = (int64_t)i; /* caps 0, 1, 2, ...: they bind one level at a time */
    }
    int64_t rem;
    size_t bad;
    /* 1,000,000 cents over 2000 equal weights, no caps: 500 each */
    AllocInput in = {1000000, N, w, NULL, NULL, ALLOC_PRO_RATA};
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_OK);
    bool all500 = true;
    for (size_t i = 0; i < N; i++) all500 = all500 && parts[i] == 500;
    CHECK(all500);
    /* 1,000,999 cents: 999 cents left after the floors, to indexes 0..998 */
    in.total_cents = 1000999;
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_OK);
    CHECK_EQ_INT(parts[0], 501);
    CHECK_EQ_INT(parts[998], 501);
    CHECK_EQ_INT(parts[999], 500);
    CHECK_EQ_INT(parts[N - 1], 500);
    /* with caps i: a level L gives min(i, L) to everyone; total = sum of
     * min(i, 1000) over 0..1999 = 999 x 1000 / 2 + 1000 x 1000 = 1,499,500,
     * so exactly the recipients from 1000 on are at level 1000 */
    in.caps = cap;
    in.total_cents = 1499500;
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_OK);
    bool shape = rem == 0;
    for (size_t i = 0; i < N; i++) shape = shape && parts[i] == (i < 1000 ? (int64_t)i : 1000);
    CHECK(shape);
    /* more than all the caps together (1999 x 2000 / 2 = 1,999,000) */
    in.total_cents = 2000000;
    CHECK_EQ_INT(allocation_split(&in, parts, &rem, &bad), ALLOC_OK);
    shape = rem == 1000;
    for (size_t i = 0; i < N; i++) shape = shape && parts[i] == (int64_t)i;
    CHECK(shape);
}

/* ---- 3. the differential table ------------------------------------------------ */

typedef struct TableCase {
    AllocMode mode;
    int64_t total;
    size_t n;
    const char *weights; /* grip literals, space-separated */
    const char *caps;    /* cents or "none"; NULL = no caps */
    const char *groups;  /* keys; NULL unless ALLOC_GROUPS */
    AllocStatus status;  /* expected */
    long long bad;       /* expected bad_index, -1 for ALLOC_NO_INDEX */
    int64_t rem;         /* expected remainder */
    const char *parts;   /* expected parts */
} TableCase;

/* BEGIN GENERATED by tests/unit/gen_allocation_table.py - do not edit */
static const TableCase table[] = {
    /* 100.00 over three */
    {ALLOC_EQUAL, 10000LL, 3,
     "0 0 0",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "3334 3333 3333"},
    /* mixed scales */
    {ALLOC_PRO_RATA, 10000LL, 3,
     "0.5 1.25 3%",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "2809 7022 169"},
    /* solidarity weights of data/gemeenten.csv, 104.5M */
    {ALLOC_PRO_RATA, 10450000000LL, 10,
     "0.041680571782951618385 0.246279260088323189070 0.076678543991977607515 "
     "0.042358836874967986065 0.077136136564756233620 0.180865737395489843275 "
     "0.106064809029343776255 0.067078290995411637800 0.069595553039578121900 "
     "0.092262260237199986125",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "435561975 2573618268 801290785 442649845 806072627 1890046956 1108377254 "
     "700968141 727273529 964140620"},
    /* solidarity with caps of 12M */
    {ALLOC_PRO_RATA, 10450000000LL, 10,
     "0.041680571782951618385 0.246279260088323189070 0.076678543991977607515 "
     "0.042358836874967986065 0.077136136564756233620 0.180865737395489843275 "
     "0.106064809029343776255 0.067078290995411637800 0.069595553039578121900 "
     "0.092262260237199986125",
     "1200000000 1200000000 1200000000 1200000000 1200000000 1200000000 1200000000 "
     "1200000000 1200000000 1200000000",
     NULL,
     ALLOC_OK, -1, 0LL,
     "628778816 1200000000 1156746227 639010891 1163649311 1200000000 1200000000 "
     "1011920101 1049894654 1200000000"},
    /* widest weights */
    {ALLOC_PRO_RATA, INT64_MAX, 3,
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "1",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "9223372036854775807 0 0"},
    /* widest weights, negative */
    {ALLOC_PRO_RATA, -INT64_MAX, 4,
     "170141183460469.231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469.231731687303715884105727 0.000000000000000000000001",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 -9223372036854775807 0 0"},
    /* 40 widest weights */
    {ALLOC_PRO_RATA, INT64_MAX, 40,
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469231731687303715884105727",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "230584300921369396 230584300921369396 230584300921369396 230584300921369396 "
     "230584300921369396 230584300921369396 230584300921369396 230584300921369395 "
     "230584300921369395 230584300921369395 230584300921369395 230584300921369395 "
     "230584300921369395 230584300921369395 230584300921369395 230584300921369395 "
     "230584300921369395 230584300921369395 230584300921369395 230584300921369395 "
     "230584300921369395 230584300921369395 230584300921369395 230584300921369395 "
     "230584300921369395 230584300921369395 230584300921369395 230584300921369395 "
     "230584300921369395 230584300921369395 230584300921369395 230584300921369395 "
     "230584300921369395 230584300921369395 230584300921369395 230584300921369395 "
     "230584300921369395 230584300921369395 230584300921369395 230584300921369395"},
    /* widest, capped */
    {ALLOC_PRO_RATA, INT64_MAX, 40,
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727 "
     "170141183460469231731687303715884105727 170141183460469.231731687303715884105727",
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516",
     NULL,
     ALLOC_OK, -1, 1844674407370955167LL,
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516 "
     "184467440737095516 184467440737095516 184467440737095516 184467440737095516"},
    /* INT64_MIN overflows */
    {ALLOC_PRO_RATA, INT64_MIN, 2,
     "1 2",
     NULL,
     NULL,
     ALLOC_OVERFLOW, -1, 0LL,
     "0 0"},
    /* all zero */
    {ALLOC_PRO_RATA, 5LL, 2,
     "0 0.00",
     NULL,
     NULL,
     ALLOC_ZERO_WEIGHTS, 0, 0LL,
     "0 0"},
    /* all zero, zero total */
    {ALLOC_PRO_RATA, 0LL, 2,
     "0 0",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0"},
    /* first group full, rest to the second */
    {ALLOC_GROUPS, 100000LL, 4,
     "1 1 1 1",
     "none 30000 20000 none",
     "2 1 1 2",
     ALLOC_OK, -1, 0LL,
     "25000 30000 20000 25000"},
    /* a zero-weight group reached */
    {ALLOC_GROUPS, 100000LL, 4,
     "1 1 0 0",
     "10000 10000 none none",
     "0 0 5 5",
     ALLOC_ZERO_WEIGHTS, 2, 0LL,
     "0 0 0 0"},
    /* remainder after the last group */
    {ALLOC_GROUPS, 100000LL, 4,
     "1 1 0 2",
     "10000 10000 none 5",
     "-3 -3 7 7",
     ALLOC_OK, -1, 79995LL,
     "10000 10000 0 5"},
    {ALLOC_GROUPS, 89149945947308413LL, 5,
     "0.000000000000000000528266 0.884535 0.0000945267 0.000000000000000000000025 "
     "0.00000000000000000477",
     NULL,
     "-2147483648 1 3 3 3",
     ALLOC_OK, -1, 0LL,
     "89149945947308413 0 0 0 0"},
    {ALLOC_EQUAL, 98929062397608224LL, 10,
     "0.000000000000000000248400 0.08 0.000000000000000000005 7 0.006088 "
     "0.000000000000000000006 0.000000000000000072499 0.0000009514 "
     "0.000000000000000000069054 0.000005",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "9892906239760823 9892906239760823 9892906239760823 9892906239760823 "
     "9892906239760822 9892906239760822 9892906239760822 9892906239760822 "
     "9892906239760822 9892906239760822"},
    {ALLOC_GROUPS, 987496953LL, 1,
     "4",
     "1374161190",
     "1",
     ALLOC_OK, -1, 0LL,
     "987496953"},
    {ALLOC_GROUPS, 808551743LL, 2,
     "0.00000000000000000109 0.007",
     "-5 294193765",
     "1 3",
     ALLOC_NEGATIVE_CAP, 0, 0LL,
     "0 0"},
    {ALLOC_GROUPS, -50788451895LL, 10,
     "58702976182322812196644 0.000015 0.0 0.00000068946784559565 5737744809331.2336 "
     "0.0 79712512606.354 0.8 0.00002888718351441707 755576",
     NULL,
     "2147483647 1 -2147483648 -2147483648 -2147483648 0 -2147483648 2147483647 1 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 -50092533577 0 -695918318 0 0 0"},
    {ALLOC_EQUAL, 22988989714362069LL, 3,
     "6.1728 37536095577884548719.652725 905.22861610772553117388",
     "none 11696998078867324 12803454197014633",
     NULL,
     ALLOC_OK, -1, 0LL,
     "7662996571454023 7662996571454023 7662996571454023"},
    {ALLOC_EQUAL, 0LL, 3,
     "88217458989326248381195537507986305.495 20001419578736295.067532657904298013104 "
     "59970668326114666799590435389714999901",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 0"},
    {ALLOC_GROUPS, 65LL, 10,
     "99638085121819749437651002478983972.185 0.000 "
     "120350587682323419.579050899869871128345 109966726834742154297484507345833878631 "
     "1109119190358481855.49389728467341268879 365266016097311602739212163849982409.49 "
     "567039253568830300792852264711600428.63 86979811549694343052654893731777.431841 "
     "7383256289450350630583287787106470.2004 129384857851511958428031573992362681193",
     "0 none 5 none 6 none 3 none none 9",
     "1 -2 1 -2147483648 1 2147483647 3 -2147483648 0 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 65 0 0 0 0 0 0"},
    {ALLOC_GROUPS, 49LL, 2,
     "3.824 0.00000000000000000779",
     "0 none",
     "1 3",
     ALLOC_OK, -1, 0LL,
     "0 49"},
    {ALLOC_PRO_RATA, 1034615846LL, 20,
     "77.16 0.52 0.000000000000000897642 5 3.49 18887 3.858 0.0 "
     "0.000000000000000000000007 437114 844.0 0.00000000000000091626 0.019400 "
     "0.00000000000000078774 514.6 37.90 0.03 0.00000000000000225087 0.0000022325 224",
     "75018107 none none 0 7068408 none 83440665 none none none 94580152 91515719 "
     "94830285 76387833 18507817 2908910 9879337 0 64903862 66613771",
     NULL,
     ALLOC_OK, -1, 0LL,
     "174415 1175 0 0 7889 42692831 8721 0 0 988067669 1907807 0 44 0 1163220 85670 68 "
     "0 0 506337"},
    {ALLOC_GROUPS, 38796146416749286LL, 5,
     "0.0000000010 0.00000000000000000694 0.000004 0.06 8",
     NULL,
     "1 0 -2 -2147483648 3",
     ALLOC_OK, -1, 0LL,
     "0 0 0 38796146416749286 0"},
    {ALLOC_GROUPS, 0LL, 10,
     "0.0 12.61 10 0.00 0.003273 0.00 0.00000000000000000098 0.0000007925 "
     "0.00000000000000004782 8.880",
     NULL,
     "1 -2147483648 1 2147483647 0 1 2147483647 2147483647 2147483647 2147483647",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_EQUAL, 99LL, 13,
     "89760948296471454.524293 0.00005331419842666083 3592.19268536287232486728 "
     "0.0000044065 0.000009448157583428765434 0.12 54260.6 0.00000000000000000121 "
     "52309.39 9.32944119559140160727 0.000000000071779621560 9441506910464449.55 5.62",
     "none 8 3 none 4 6 13 2 2 none 5 13 9",
     NULL,
     ALLOC_OK, -1, 0LL,
     "12 8 3 12 4 6 12 2 2 12 5 12 9"},
    {ALLOC_PRO_RATA, -7043427313315LL, 10,
     "68053663886174518.205494 1917.92 878217114929.79 26509623581588000810.4488 "
     "0.00000000362575981477 0.000000000000113165354 5712598367.4174345679 "
     "32341358.858098759770797209119 0 3915070471.26",
     "811794185088 869976787491 1157579333208 128821142788 819981067597 32616428121 0 "
     "0 956622733510 0",
     NULL,
     ALLOC_OK, -1, -3222658369022LL,
     "-811794185088 -869976787491 -1157579333208 -128821142788 -819981067597 "
     "-32616428121 0 0 0 0"},
    {ALLOC_PRO_RATA, 7030372542989LL, 3,
     "1059755144961978153800220141982301504.71 354324177510825277.99799603464399635534 "
     "1294116320436205330058182702943219948.3",
     "1887405792560 none 2625860552203",
     NULL,
     ALLOC_OK, -1, 0LL,
     "1887405792560 2517106198226 2625860552203"},
    {ALLOC_GROUPS, 655869933870LL, 31,
     "0.00000000000000000293 240 0.000000000000000000035709 0.000000000000000000000049 "
     "0.000 0.041962 97.7807 0.4 0.52 0.000000000000000000005634 "
     "0.00000000000000001432 0.00000000000000000064 0.0010 0.046 "
     "0.000000000000000000003493 82.3 0.00000000000000358148 "
     "0.000000000000000000827681 0.0000021461 0.00000000000000000439 28.9 0.0000193598 "
     "0.000006 918.4 0.000009 0.063 0.00000000000000007163 0.000000000000000000000437 "
     "0.00000000000000000004 0.000000000000000000000011 1185.81",
     "31107676388 8645309055 32479041276 none none none 31375828941 19050994290 0 "
     "34146782336 none none none 21550822512 1242805025 25836854813 none 12386761748 "
     "3303572572 0 none 0 6417096772 none 4091006232 0 none 0 none 32844831181 none",
     "3 1 0 1 2147483647 -2147483648 1 3 2147483647 2147483647 2147483647 3 3 "
     "2147483647 2147483647 -2147483648 -2 0 1 1 -2 -2 -2147483648 1 0 0 0 -2 0 1 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 629943005704 0 0 0 0 0 0 0 0 0 25836854813 0 0 0 0 0 0 90073353 0 0 0 "
     "0 0 0 0 0"},
    {ALLOC_EQUAL, 3LL, 3,
     "0 0.000000000000000075713030 872932984388149742132885",
     "2 none 0",
     NULL,
     ALLOC_OK, -1, 0LL,
     "2 1 0"},
    {ALLOC_PRO_RATA, -6643LL, 5,
     "0.00000000000000000010 0.330078 0.00000000000000000145 2 0.00",
     "0 390 1994 446 none",
     NULL,
     ALLOC_OK, -1, -3813LL,
     "0 -390 -1994 -446 0"},
    {ALLOC_GROUPS, 698640491233204678LL, 1,
     "118189004242532282979086408195468.095176",
     "1308768551360015111",
     "-2",
     ALLOC_OK, -1, 0LL,
     "698640491233204678"},
    {ALLOC_PRO_RATA, 5784977866505LL, 10,
     "5365.04 0.000000000000000314820 1.0 30.89 0.0000000281 24.9654 0.0000000076 "
     "6.483 0.00 48876.5",
     "none none 215500111208 551731062329 none none 761650092770 none none 81132389740",
     NULL,
     ALLOC_OK, -1, 0LL,
     "5637292922774 0 1050745740 32457535896 30 26232287687 8 6811984630 0 81132389740"},
    {ALLOC_GROUPS, 2LL, 5,
     "317476975568846989.17602403962284202223 14462973832914489538983273261.6591806821 "
     "123529808248980012390042458756049615500 0.00 "
     "13586899452530486064224926528495026.1894",
     NULL,
     "1 -2 2147483647 0 -2",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 2"},
    {ALLOC_GROUPS, 36660242026LL, 31,
     "377160 0.000691 0.000000000000000000007 0.00000000000000000012 0.0000000001 1 "
     "0.00000000000000032012 10 706 1502.53 2790.94 0.15 6.7414 3868 0.00 86189 33.48 "
     "0.007761 0.87 0.00000000000000000599 5.93 5009.24 798038 0.00000000000000032418 "
     "0.0 0.0003 0.000000000000000000805 0.000000000000000000004 "
     "0.00000000000000007026 0.000000000000000007684 6100.32",
     "1428556706 none 0 none 102993080 618786469 173435498 24792844 0 none 1974607111 "
     "13886382 none 1931594359 1292652395 330103836 none 1787451656 906027009 "
     "2362915679 372076859 1845138693 none none none none none 1108160921 2140558145 "
     "none 2363597998",
     "2147483647 -2147483648 2147483647 2147483647 1 -2147483648 -2 -2 3 2147483647 3 "
     "1 -2 0 -2147483648 1 1 0 0 -2147483648 1 -2 -2 1 3 -2147483648 2147483647 "
     "-2147483648 3 2147483647 1",
     ALLOC_OK, -1, 0LL,
     "0 25130823199 0 0 0 618786469 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 10910632358 "
     "0 0 0 0 0"},
    {ALLOC_EQUAL, 76042238042LL, 31,
     "92757244118334850141025512252947986396 67685427234559.694997730967995195648905 "
     "25910131331894864716505543440000752900 10035436121037003693353746417538542.9619 "
     "17830646319300742907942946811894871.178 31300591358004365433570351826091.148440 "
     "616122118681327453992350652439474920.95 13490027907842.226093212039048312772039 "
     "4169961991148554972411032520.1407098409 113861505250208.814319581920305710826636 "
     "582945568701303447.59792069009791435001 165511207076903410962003063089446592.689 "
     "996980695909039672.44307532446436956601 95440405087975.802679086496686020177443 "
     "41160644001237720242548874430498428698 1615209074168350885715305941875761703.66 "
     "151150512980170136.553138803825810025154 9229943734055317769658846256687307.6748 "
     "128198716926261.729103959836534291912764 17155470982522531.828664644213433383836 "
     "96422376488798437.416660491774969986388 1421807317474142844689978462970508026 "
     "46391177596668347152269822355205301.999 1603987800096138457778974498340328906.61 "
     "3273054221063182200102045881926212.0455 160630340121793306208056720890707383162 "
     "8665178583324285928394094496744565.7499 15863833121808675200578058142491904533.1 "
     "16207475247068863120153678613.8616292914 0.00 "
     "209634268679688396021533047.8497405447",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "2452975421 2452975421 2452975421 2452975421 2452975421 2452975421 2452975421 "
     "2452975421 2452975421 2452975421 2452975421 2452975421 2452975421 2452975421 "
     "2452975421 2452975421 2452975421 2452975421 2452975421 2452975421 2452975421 "
     "2452975421 2452975420 2452975420 2452975420 2452975420 2452975420 2452975420 "
     "2452975420 2452975420 2452975420"},
    {ALLOC_GROUPS, 80147329LL, 3,
     "0.000000000000000563856 0.502919319597587051252 3533213774106366949189",
     "31990086 15102676 18530947",
     "1 1 0",
     ALLOC_OK, -1, 14523620LL,
     "31990086 15102676 18530947"},
    {ALLOC_PRO_RATA, -68934929LL, 10,
     "910829.75676747490743558203 0.00 62277845654837765464.69 301619317.965800 "
     "4974658290.9278461110 0.083792122116842055430676 8005904586966753.35 "
     "60250446.607557 7637851867365881.1051368658 5185.890747576091866153544",
     "11978061 0 none 10880415 3701634 0 4653502 4229139 6599730 5499259",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 -68917617 0 0 0 -8860 0 -8452 0"},
    {ALLOC_EQUAL, 8252213LL, 31,
     "0.0401 0.000000000000000000089948 0.00000000000000032282 0.2 8768.12 3.510 762.9 "
     "0.000495 0.0010 0.0004 550954 0.0000006132 0.36 0.000000000000000086686 784.6 "
     "0.0010 0.00000000000000000003 0.94 5512.33 0.0000000077 0.00000000000000034990 "
     "0.00000000000000000104 0.000000000000000000026482 8 0.097182 3.26 0.0 9643 "
     "0.00000000000000007760 0.00000000000000000128 0.000000000000000000093315",
     "none none none 372639 198630 0 531178 199325 0 124626 315817 none 207660 299450 "
     "6692 255953 none 131801 504741 378254 212615 350580 0 480739 0 64112 493242 "
     "287748 0 446656 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "440574 440574 440574 372639 198630 0 440574 199325 0 124626 315817 440574 207660 "
     "299450 6692 255953 440574 131801 440574 378254 212615 350580 0 440574 0 64112 "
     "440573 287748 0 440573 440573"},
    {ALLOC_GROUPS, 709819153811LL, 3,
     "0.0029 0.0 0.43",
     NULL,
     "-2 -2147483648 -2",
     ALLOC_ZERO_WEIGHTS, 1, 0LL,
     "0 0 0"},
    {ALLOC_PRO_RATA, 865188676868368744LL, 3,
     "0.0000000095 88.20605630544651063327 976175822282401.340",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 78177 865188676868290567"},
    {ALLOC_PRO_RATA, 76314233901123764LL, 20,
     "12410407807982883500016580817992682841 168023848514455.251428416101040226327080 "
     "118385664534294876241416033635597633172 16105261897684273118681898081948555.9667 "
     "122289140178623628971506447192749881.734 44933127649005398490731034848394764.234 "
     "8870065971323677541672035395736636788.7 7203133836250936256072169270555434500.5 "
     "13068682911036319548852595301469301843.9 "
     "142772857203307266323534529797805015.660 88281679126646616275576656182395833052 "
     "708539166363538268822874440498719310.11 1630281275799118348.97562641938749585582 "
     "106858425322289013.39404918374901654087 7110517542933.332504611185061224246515 "
     "5043073798913741976089220827457869.369 8077811640681779471227404216511466949.5 "
     "51440341000498937646134231897046278653 349181159434174318756388043767032477 "
     "14886678359389646759605936801590899.5362",
     "0 none 4801852796924190 none none none none 2668480457774927 1755693032478921 "
     "93084739869400 0 none 5295005551455200 3413973054160091 none none "
     "6171081505249946 none none none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 4801852796924190 15909778911267 120804814963652 44387736829677 "
     "8762402587964624 2668480457774927 1755693032478921 93084739869400 0 "
     "699939035976716 0 0 0 4981861809118 6171081505249946 50815966709353651 "
     "344942856680682 14705986336993"},
    {ALLOC_EQUAL, 22LL, 20,
     "40.23 7030317176862374722722 4606137.76 0.0 0.00 0.000480 3155199604464407530700 "
     "0.00000000642358338781 475400193503774293.3275383220 0.000000000000000000008141 "
     "7773753177.2025 85.581 48003012.867 0.000000000000980013757570 "
     "35078570271914870.11 0.004302514580394624642 0.017854 63248758.2026101611 "
     "4223566035653.52 513503654.9512368376",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "2 2 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1"},
    {ALLOC_PRO_RATA, 384LL, 7,
     "0.0000000003 0.076 0.0 0.000074 0.00000000000000000600 5.04 0.0000906442",
     "21 13 none 42 none 21 89",
     NULL,
     ALLOC_OK, -1, 0LL,
     "21 13 0 42 198 21 89"},
    {ALLOC_GROUPS, 99133193LL, 13,
     "1644 91.6853 11990017747233485.991 545896.6558796480 2113698.6 "
     "18251900630589572418711.39 95.89903570969620819483 5051452393726472044531 "
     "3812374134793694.195110 34185744988 8477602778.911 40453032573741931272321.813 "
     "370.130",
     NULL,
     "-2 0 3 1 1 3 3 1 1 2147483647 3 -2 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 0 0 0 99133193 0"},
    {ALLOC_PRO_RATA, 62626051187LL, 5,
     "0.254240 0.000000000000000000665190 0.00 705.4 0.00",
     "none 15647201207 24920861993 0 21975845186",
     NULL,
     ALLOC_OK, -1, 0LL,
     "62626051187 0 0 0 0"},
    {ALLOC_PRO_RATA, 472090LL, 3,
     "832550549180 -20.68 0.00000000000633335981",
     NULL,
     NULL,
     ALLOC_NEGATIVE_WEIGHT, 1, 0LL,
     "0 0 0"},
    {ALLOC_PRO_RATA, 80518848487LL, 10,
     "1508225348467520969220432330165117.5890 1537593755376784611312802325555023376.42 "
     "153046293159839794720244169099256518.405 14303120860866788340374500956344683373 "
     "36336316393203280128290758354232703.59 1200419313140255793361880611092697194.7 "
     "45341002013904662217760365207620351059 1402764417579019381832806881027223868.77 "
     "10617190533721307187304816618812852961 68475502779622.842912687254612693063498",
     "1640592420 none 0 14494539606 0 10472656656 13427273407 11984990697 none "
     "9981420044",
     NULL,
     ALLOC_OK, -1, 0LL,
     "5374729 5479386392 0 14494539606 0 4277827760 13427273407 4998907048 37835539545 "
     "0"},
    {ALLOC_EQUAL, 961776766815LL, 10,
     "14855410355573240992697342822.4752825739 68312405069343114479442719702544097.685 "
     "30707613604154525277746693267082.604618 0.000 "
     "11903793760508883263189545777859367895.7 52194220096875869.487868841156978669790 "
     "42653768366488.627332473708328617532997 2889434716196950257672905579758634.8073 "
     "5516621280090350.824313154752449584107 816452480334071121100108480322807256.48",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "96177676682 96177676682 96177676682 96177676682 96177676682 96177676681 "
     "96177676681 96177676681 96177676681 96177676681"},
    {ALLOC_GROUPS, 589LL, 5,
     "0.00 2634139389568133 6536029184789147839.22 0 92839807684261.72",
     NULL,
     "2147483647 1 0 1 1",
     ALLOC_OK, -1, 0LL,
     "0 0 589 0 0"},
    {ALLOC_PRO_RATA, 15110534785LL, 5,
     "0.000 0.051 0 480 0.000000000000000000000041",
     "191209635 758461003 -73 none 1737855862",
     NULL,
     ALLOC_NEGATIVE_CAP, 2, 0LL,
     "0 0 0 0 0"},
    {ALLOC_PRO_RATA, 1903495841979203LL, 3,
     "3139.6 0.2 0.71",
     "none 638655660268456 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "1902944281495014 121222084437 430338399752"},
    {ALLOC_EQUAL, 8650300LL, 10,
     "157003224428102173225344020711461206997 5290202297745026590840487312574519379 "
     "80651729455965543403794901560468931034 0.00 "
     "85455539631827914.950539729534079418487 18661284478475.021022289192292282496652 "
     "0.00 11622163982828401599240261584239645347.7 "
     "1324138615619190831.16120872500057923614 "
     "13805445198305986069231479573411284530.5",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "865030 865030 865030 865030 865030 865030 865030 865030 865030 865030"},
    {ALLOC_GROUPS, 7250272LL, 2,
     "0.000000000000000000000090 0.044747",
     NULL,
     "-2147483648 1",
     ALLOC_OK, -1, 0LL,
     "7250272 0"},
    {ALLOC_GROUPS, 57LL, 10,
     "260546800.574626859035556958325 146069413086427957799986819 20995642115775421.02 "
     "35.78871684284961309060 82077594562 0.000000000000000000001683 6.8954855225 "
     "0.000000000000000000000024 4784311363 0.00",
     NULL,
     "2147483647 1 -2 1 0 -2 -2 2147483647 1 0",
     ALLOC_OK, -1, 0LL,
     "0 0 57 0 0 0 0 0 0 0"},
    {ALLOC_PRO_RATA, 1LL, 4,
     "6684 0.0047 0.00000000000000000004 3116",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "1 0 0 0"},
    {ALLOC_GROUPS, 8705LL, 3,
     "64 0.000000000000000000910097 0.00000000000000654464",
     NULL,
     "1 -2 -2147483648",
     ALLOC_OK, -1, 0LL,
     "0 0 8705"},
    {ALLOC_PRO_RATA, 4565359685188299LL, 2,
     "0.0 422.330",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 4565359685188299"},
    {ALLOC_EQUAL, 1641014309384LL, 5,
     "29.46 98 0.82 0.000000000000000000000450 0.000000000000000000000891",
     "229364619224 none none none none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "229364619224 352912422540 352912422540 352912422540 352912422540"},
    {ALLOC_EQUAL, -35695LL, 2,
     "2460777.25737016510978964491 976945835297224485493871966",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "-17848 -17847"},
    {ALLOC_EQUAL, 6678631397264LL, 13,
     "0.2357 314219963370.16 7606287.40 0.000254965928310805038 0.0000001667 "
     "43535121078324487829.494 233475748.69702069872334649376 90.92 "
     "272629529581202325136685637764 772827.422113907585283171739 40726573113603001 "
     "0.00000000000000000029 0.000",
     "901012896993 none 870068879249 854965262091 0 none 377107899612 525422012010 "
     "348434376217 366439382063 none none none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "632653465921 632653465921 632653465920 632653465920 0 632653465920 377107899612 "
     "525422012010 348434376217 366439382063 632653465920 632653465920 632653465920"},
    {ALLOC_GROUPS, 287086268999LL, 4,
     "0.003334553021149152140 2746121815892 8001350117 0.00000006253220868832",
     NULL,
     "-2 -2147483648 -2 3",
     ALLOC_OK, -1, 0LL,
     "0 287086268999 0 0"},
    {ALLOC_GROUPS, 5168190803734036LL, 5,
     "0.000 73493601768149767.266627970202475899797 0.0 "
     "10574722167622502756500345654853517.6256 "
     "152358335857467.653504914063485657392517",
     "1530265036488082 1682749122335296 1244315515246797 1840052148271764 "
     "1873193852506438",
     "1 1 1 -2147483648 1",
     ALLOC_OK, -1, 0LL,
     "0 1682749122335296 0 1840052148271764 1645389533126976"},
    {ALLOC_GROUPS, 1028LL, 2,
     "0.00000537098790300117 35602130145974.08",
     "1016 none",
     "1 0",
     ALLOC_OK, -1, 0LL,
     "0 1028"},
    {ALLOC_GROUPS, 642342556LL, 20,
     "0.34 0.01 0.0000000008 0.0000000088 0.0 0.0000387814 0.000018 0.000687 85 0.0001 "
     "0.000000000000000000005308 0.000000000000000000432289 8147 6544 0.062 "
     "0.0000000001 0.000000000000000000017698 0.03 0.000000000000000003970 "
     "0.00000000000000008653",
     "none 19550043 none 30996667 none none 36028886 8026845 none 57543883 64124802 "
     "37716797 19308079 17364496 0 38990147 24730371 35277569 39661981 43988787",
     "-2147483648 -2 2147483647 1 -2 -2 3 2147483647 3 1 0 1 2147483647 1 1 3 0 3 1 -2",
     ALLOC_OK, -1, 0LL,
     "642342556 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_EQUAL, -7365LL, 10,
     "0.0 0.00000000000000000003 960 0.003 0.00 4658.03 0.005 0.01 0.8 7.89",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "-737 -737 -737 -737 -737 -736 -736 -736 -736 -736"},
    {ALLOC_EQUAL, 28935782132502LL, 3,
     "0.000000000000000000007550 0.00000000000000047609 0.00000000000000000008",
     "none 11446734183928 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "9645260710834 9645260710834 9645260710834"},
    {ALLOC_EQUAL, 85287635840LL, 5,
     "0.066801310946572191562 44286309242371127406.60 0.000 7971126586962505617.80 "
     "43358507739.8",
     "33040749482 none 14218875684 none 23277869129",
     NULL,
     ALLOC_OK, -1, 0LL,
     "17767190039 17767190039 14218875684 17767190039 17767190039"},
    {ALLOC_GROUPS, -5LL, 10,
     "4174779972876 0.000000482638031837212 477.276 512012919544267573204.99 "
     "68535042253812796655353.3 0.000 1655355069766.550371 "
     "81271382568736405263.8151529965 6473122269964.0468 8092.6",
     "none none 1 0 0 1 0 1 0 1",
     "1 -2 -2 0 0 -2 -2147483648 0 3 -2147483648",
     ALLOC_OK, -1, 0LL,
     "0 -3 -1 0 0 0 0 0 0 -1"},
    {ALLOC_GROUPS, 7251978280857LL, 3,
     "60.5987 0.0000000016 53.263",
     NULL,
     "0 0 -2",
     ALLOC_OK, -1, 0LL,
     "0 0 7251978280857"},
    {ALLOC_PRO_RATA, -909995850155786743LL, 7,
     "0.00 210.21 0.00000000000000000010 0.0003 2427.91 -0.0010 9.30",
     "none 34561362075937013 none 30701567639919107 157061280373182933 none "
     "178298522272081137",
     NULL,
     ALLOC_NEGATIVE_WEIGHT, 5, 0LL,
     "0 0 0 0 0 0 0"},
    {ALLOC_GROUPS, 0LL, 13,
     "0.00 715375811279420300851015929522867841.00 "
     "6609696157269801045003221055404828.9320 8781617686728280927821879430338741495.9 "
     "1320598984192628861877541464830645679.52 "
     "10295305995583368068251230351.1628418051 100051388990502486002400313060700576190 "
     "220163798395357008.52681149147796194829 8077548385248429853509505618333193758.3 "
     "6739578294794339106193306289982262.2058 70052169723340292.24389011196139881107 "
     "15547056325840200643153853760933955933.7 151559141585406942495031775081806676157",
     "1 none none none 1 1 0 1 0 0 none 1 0",
     "1 2147483647 -2147483648 2147483647 1 -2 2147483647 1 1 0 1 -2 -2147483648",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_EQUAL, -3456915438LL, 4,
     "0.000000000000000000000002 6582 0.000000000000000000000023 0.1913",
     "none 0 none none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "-1152305146 0 -1152305146 -1152305146"},
    {ALLOC_EQUAL, 9689281238LL, 10,
     "118132647511550097239213365706199836.370 26030399458330.483969282870744527619574 "
     "1308647023097381116.31730328993853155880 11213515090245.219842947893743770468263 "
     "33833027062821012617805112539763064.835 120429157504541.490189416450786276550377 "
     "157593739107017.433013873635914859501187 34411485183187162461936728712203053666 "
     "679636789208234380.21525019121332072576 82026761906635759.194380499772046636642",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "968928124 968928124 968928124 968928124 968928124 968928124 968928124 968928124 "
     "968928123 968928123"},
    {ALLOC_PRO_RATA, 619693840504LL, 3,
     "163437377196517356968828955887114562180 19005939080193118.860753924317783384905 "
     "65368048675439430.642337137962677896915",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "619693840504 0 0"},
    {ALLOC_GROUPS, 34785057611LL, 4,
     "21425214492450.903804401964385831275043 1470170939897515672736669449573670908.61 "
     "885731944761583071830878080540333527.15 15508445158960239468742711510.8968614844",
     NULL,
     "1 3 -2147483648 3",
     ALLOC_OK, -1, 0LL,
     "0 0 34785057611 0"},
    {ALLOC_EQUAL, 65988483911520LL, 31,
     "0.70 10 0.000000000000000002359 433 0.0008 77.6763 0.08 0.00000000000000000255 "
     "0.008 0.000 0.000448 0.0000000070 0.560 0.43 7754.0 0.000000000000000000002 299 "
     "0.0000004194 0.7 0.8 0.0000000004 0.000 396.81 0.8127 30310 0.000925 0.30 0.0 "
     "0.0082 3 28959",
     "none 4197104402876 none none 1948570564421 3430051331724 none 0 4192456480944 "
     "679826087166 none none none none 0 3521963977913 none 456162445917 3501457612621 "
     "0 233891139229 2270663666930 262252182933 4143160925655 2523230795249 "
     "972279539381 979350846782 0 0 none 700816761709",
     NULL,
     ALLOC_OK, -1, 0LL,
     "3435425903339 3435425903339 3435425903339 3435425903339 1948570564421 "
     "3430051331724 3435425903339 0 3435425903339 679826087166 3435425903339 "
     "3435425903339 3435425903339 3435425903338 0 3435425903338 3435425903338 "
     "456162445917 3435425903338 0 233891139229 2270663666930 262252182933 "
     "3435425903338 2523230795249 972279539381 979350846782 0 0 3435425903338 "
     "700816761709"},
    {ALLOC_PRO_RATA, 888LL, 3,
     "293224588604266241334.1 25897360710138415.0 4530322855",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "888 0 0"},
    {ALLOC_GROUPS, 646897126LL, 20,
     "0.00000000000000026475 9705.04 9845612155.826785 984893.80216875209536454013 "
     "948478.223 0.000000000000043520534346 6967444656793657801 "
     "610918908848051380677.045585 54525427605654568247 4158019615147811103745.498 "
     "72454.9911 416418943873398317388268.107640 7108262.185177 0.0223 991166854362308 "
     "693976120221964.608424 0.00000000000000007583 9932828629209.3630 0 "
     "46709240.872942",
     "none 56036048 52598747 4676018 32429437 10621278 0 45220688 27457986 0 2098792 0 "
     "0 41151523 0 47368373 13961742 7357110 56707115 9942380",
     "-2 -2147483648 -2147483648 3 1 0 -2 1 1 1 -2 3 1 1 -2 0 1 -2 3 1",
     ALLOC_OK, -1, 0LL,
     "528806429 56036048 52598747 0 0 0 0 0 0 0 2098792 0 0 0 0 0 0 7357110 0 0"},
    {ALLOC_PRO_RATA, 6904LL, 5,
     "14353995225161280237231495 542108317.320313801200269467113 63880011053298072.485 "
     "508 5151719.2457",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "6904 0 0 0 0"},
    {ALLOC_GROUPS, 72189581LL, 5,
     "0.0000099008 0 88 28.642 0.000000000000000000609",
     "22226985 5440327 19653585 8804614 14738250",
     "-2147483648 1 1 1 1",
     ALLOC_OK, -1, 6766147LL,
     "22226985 0 19653585 8804614 14738250"},
    {ALLOC_PRO_RATA, 506919773263429LL, 3,
     "9422030831351887 739250299235 0.0",
     "none 57112192686400 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "506880003578843 39769684586 0"},
    {ALLOC_PRO_RATA, 46LL, 4,
     "0 33140466.77 6328980.972878 81",
     "none 2 17 0",
     NULL,
     ALLOC_OK, -1, 27LL,
     "0 2 17 0"},
    {ALLOC_PRO_RATA, 2349483509124LL, 10,
     "156227330337587272909965890043076307.063 13796821809226.705057061168668472422928 "
     "85805972993603157114799880634199631443 3455075954733046318259760695947605.3868 "
     "85144322523861241.996438792302974990400 0.000 "
     "60788646905013.372944420315466424525173 90489261552552296615361445154485055450 "
     "94823158201746873529126770835861296800 0.000",
     "none 182478346422 246933467030 375720188804 245428477053 5394042862 88443586095 "
     "360952411161 none 199736672110",
     NULL,
     ALLOC_OK, -1, 0LL,
     "2864571608 0 246933467030 63351991 0 0 0 360952411161 1738669707334 0"},
    {ALLOC_PRO_RATA, 444843611318082LL, 2,
     "34 754706660.467911888620504953757",
     "81616546059195 0",
     NULL,
     ALLOC_OK, -1, 363227065258887LL,
     "81616546059195 0"},
    {ALLOC_GROUPS, 66111469LL, 2,
     "2520753411377673169228516012373504.34 15432867626089110526921997124.1283448972",
     "23207691 27208821",
     "-2 0",
     ALLOC_OK, -1, 15694957LL,
     "23207691 27208821"},
    {ALLOC_PRO_RATA, 66786653009224114LL, 10,
     "797322501893225388806097.44 22164705519922078609 0.000000000249303658257736 "
     "62927707197996693 0.00410031234157832165 6439858.585752 "
     "343799491369943367757453.618 38615643754034161215636.13 2256749717.0 757421597.1",
     "0 none none none 4256040950811676 7901121180867138 7252010239906318 0 0 "
     "4738024254792860",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 59366096771847339 0 168545995424526 0 17248 7252010239906318 0 0 2028683"},
    {ALLOC_PRO_RATA, 88563LL, 7,
     "0.000 38 0.000 2213 12.39 526.5 0.000424",
     "0 none 8883 20730 18925 0 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 51154 0 20730 16679 0 0"},
    {ALLOC_PRO_RATA, 70087208458LL, 10,
     "0.0003150667 6811507053610364 0.045 452.8631320604 "
     "40255664920878085298630.349333 429876141348995113881.93 "
     "255584837995281470567.3290 0.009387 72650510441116870205609556730.5 "
     "3144118569141134586635945.9",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 38834 415 246 0 70084135910 3033053"},
    {ALLOC_PRO_RATA, 2LL, 20,
     "321378.85 6311962471.250 13557996114912518276586956181 0 0.00 "
     "0.000000000000000000000030 656884414638.80 8036830.4434 0.000000000000000927649 "
     "63.5996 515029120.101 0.0 0.000000000000000807040 54246 6.935524 39782060.76 "
     "3511041.30731762917772882530 0.00000000000000000003 0.000000000094500130433 "
     "177101067557192666693",
     "0 none none 0 0 none 0 1 0 none 1 none 1 none 0 1 none 0 none 1",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 2 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_PRO_RATA, 15693790577LL, 3,
     "756200710377.3206 4657936211127356563 40506612731042394",
     "1405523089 2895139581 7512600148",
     NULL,
     ALLOC_OK, -1, 3880527759LL,
     "1405523089 2895139581 7512600148"},
    {ALLOC_PRO_RATA, 614847LL, 5,
     "0.0000001034 0.000 5062483919.939643 25434243549973460737219.815904 "
     "0.00000000376696953430",
     "123950 none 17676 0 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "123950 0 17676 0 473221"},
    {ALLOC_EQUAL, 37752818LL, 10,
     "42939.513281 3464244649869785682.6 0.02667916265343200176 25712595752454947 "
     "95831502.1090 0.01355809513323765012 6200809470160.7387 "
     "0.000000000000000000813239 0.00042998925316159030 4300489.00",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "3775282 3775282 3775282 3775282 3775282 3775282 3775282 3775282 3775281 3775281"},
    {ALLOC_GROUPS, -339291572184916LL, 3,
     "3516610020838998394588718675689075.249 1566587719185498595324241611114990773.50 "
     "84202276608044683163632379856999595.166",
     NULL,
     "-2147483648 1 1",
     ALLOC_OK, -1, 0LL,
     "-339291572184916 0 0"},
    {ALLOC_PRO_RATA, 9142350927993LL, 10,
     "0.000000000000087342568374 53623.43 7040484687430576 572.02 10341688995244 0.0 "
     "9005850346.89 0.000000000000115697618 92754028686624 -210.299",
     NULL,
     NULL,
     ALLOC_NEGATIVE_WEIGHT, 9, 0LL,
     "0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_EQUAL, 7812275129LL, 3,
     "0 156575058958046500995460168312756375378 "
     "158450855340886779046515721155881029645",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "2604091710 2604091710 2604091709"},
    {ALLOC_PRO_RATA, 9753087018292LL, 10,
     "8511819601846589745178869362.0935582390 8316035128102947618964707370318977902.5 "
     "8293576475378992217433477459492549.863 10772048643748782533116032968.5797499793 "
     "721194465751534033062893387395094674 4223163462890323321299209559494443.0381 0.0 "
     "11935929328782718041608247769.5978634849 0.000 "
     "164321684591406068310994326448244.796900",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "9173 8962189468984 8937985783 11609 777231137974 4551302457 0 12864 0 177089448"},
    {ALLOC_EQUAL, 1960025408615461LL, 3,
     "0 0.000000091843733244838 54.43",
     "154401862886902 369462177162494 1253091414827270",
     NULL,
     ALLOC_OK, -1, 183069953738795LL,
     "154401862886902 369462177162494 1253091414827270"},
    {ALLOC_PRO_RATA, 53726LL, 31,
     "487232092709269290.10652837972082728950 2013886121345045563575554653616640565.6 "
     "26541308783610778.497452180166707327447 0.00 "
     "115192794852034429715717895488484252517 5640857561290938945376911274163186.2498 "
     "49536904310919297082729033483771930204 0.0 0.0 "
     "58341182812661.750135439494107925161645 6663293505771096858387340547.3195347411 "
     "83712086796469671662949463301100975826 12864669582435923089444957492308198.615 "
     "5374574147072892567299344034622492.5913 0.00 "
     "159304039677901479.432661555866095883942 "
     "14875008040316615977673460022.6868530956 3230922562423648173044400907091890168.6 "
     "164443984448893338147480855123272794199 144805225528662396389435402434702662596 "
     "10332926461196700926774795650831836.062 159464293408762.694470096994264023216577 "
     "44196083999395328.615047901686554554083 11536310249725485640458776026.3636464444 "
     "1397699485378084217.22406600035615639981 644998804987650688492707355963539776.37 "
     "10692687494908112962272631988.0463541670 0.0 "
     "73061111512289528541525081120614.546986 20125348067224059513705962956007462281 "
     "796383777922165539611397654.0178188198",
     "2036 none 476 1579 2618 1009 3160 574 none 3146 none 133 111 none 2800 0 722 0 "
     "1715 none 2649 1302 2070 0 3394 2452 none 1168 1735 1448 645",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 610 0 0 2618 2 3160 0 0 0 0 133 4 1 0 0 0 0 1715 43837 3 0 0 0 0 195 0 0 0 "
     "1448 0"},
    {ALLOC_GROUPS, 4059594655619406LL, 20,
     "0.00000000000000087731 0.000000000000000000000074 66.17 "
     "0.000000000000000000000017 0.00000000000000575230 42.4 0.0005 0.0009 0.0016 0.00 "
     "885498 0.000000000000000326064 316.84 0.000 0.0000000799 348 "
     "0.000000000000000000348 10 0.005 0.000000000000000000005664",
     "none 77354559797608 77161557519720 157948895993557 241815363657178 "
     "375461754415750 303699751422503 275020048646452 59003998516018 47101339071996 "
     "61984562705996 399109127208352 none none none 289192152850986 137272840133604 "
     "117497398315203 100923416446814 331972005986674",
     "-2 -2 -2 0 1 0 1 3 -2 -2 3 1 0 1 -2147483648 -2 -2147483648 3 -2 0",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 0 0 0 0 0 0 4059594655601725 0 17681 0 0 0"},
    {ALLOC_PRO_RATA, 7451704747LL, 3,
     "81552021465472389.56222270162322391769 64312552307163404.039983656242051253868 "
     "1615575327385163523.17068372281468426907",
     "3534904385 0 2826347319",
     NULL,
     ALLOC_OK, -1, 1090453043LL,
     "3534904385 0 2826347319"},
    {ALLOC_GROUPS, 317731585926620LL, 10,
     "0.00000000000000000390 83 1123.79 0.000000000000000000000197 0.0007 0.537 435.87 "
     "0.00000000000000043091 6389 0.008",
     NULL,
     "1 2147483647 -2147483648 2147483647 1 -2147483648 3 2147483647 3 -2147483648",
     ALLOC_OK, -1, 0LL,
     "0 0 317577571585405 0 0 151753580243 0 0 0 2260760972"},
    {ALLOC_EQUAL, 104577948LL, 31,
     "0.0000000008 0.0000000971 684637 0.0 50568 0.000000000000000000000085 "
     "0.000000000000000003743 0.000 7.44 0.000066 489.4 3.79 "
     "0.000000000000000000368795 848582 0.00 1239.2 0.0000000847 0.454996 1 10 "
     "0.00000000000000000160 0.000000000000000047943 0.000000000000000000000001 0.0006 "
     "1.0 0.000000000000000000000408 0.00000000000000008948 0.2529 70.8 0.0056 0.04",
     "0 1712111 1352739 2203347 2180431 0 3404364 6013703 5384766 none 3753983 none "
     "4601695 1350379 none 428512 6627646 2132772 5791061 none 3328820 0 4344500 none "
     "none 2074263 none 1901304 none none none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 1712111 1352739 2203347 2180431 0 3404364 4986338 4986338 4986338 3753983 "
     "4986338 4601695 1350379 4986338 428512 4986338 2132772 4986338 4986338 3328820 0 "
     "4344500 4986338 4986338 2074263 4986337 1901304 4986337 4986337 4986337"},
    {ALLOC_EQUAL, 5904060295LL, 20,
     "0.0000000272 353 915.581 0.000082 0.0000096860 34759 0 0.0007 "
     "0.00000000000000786862 0.0 445.5 0.0 0.0 0.000003 0.0000081228 9475 0.0 0.0 "
     "43104.5 0.00000000000000005079",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "295203015 295203015 295203015 295203015 295203015 295203015 295203015 295203015 "
     "295203015 295203015 295203015 295203015 295203015 295203015 295203015 295203014 "
     "295203014 295203014 295203014 295203014"},
    {ALLOC_PRO_RATA, 62189096LL, 10,
     "70655838583769405236123049472257441857 134470736436096392611103083409236459.11 "
     "13366793921219203137882287426435463.5576 "
     "167109061122405563774496122582445453.755 22641891525803.677891461927447763206316 "
     "164421837239822.905741970779948149112495 258049588785133708775774592016940505.51 "
     "94439082482227733.040137659503842734401 50549514346526989403230526565536297.670 "
     "10591918464047756524213961342174636.9178",
     "7590038 none none 7480232 8500866 1409684 none 8626218 none none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "7590038 13566843 1348585 7480232 0 0 26034797 0 5099975 1068626"},
    {ALLOC_GROUPS, 0LL, 4,
     "0.0000000009 0.0006 0.000000000000000000000010 585.66",
     "0 1 1 1",
     "1 3 -2 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0"},
    {ALLOC_GROUPS, 183963385486624156LL, 3,
     "48253.0876785040 710316903281833971125.071 959222099.949",
     NULL,
     "2147483647 2147483647 3",
     ALLOC_OK, -1, 0LL,
     "0 0 183963385486624156"},
    {ALLOC_PRO_RATA, 681327LL, 5,
     "2105530.371995655345107616385 21481091.7 22074803642643937.81 "
     "29922567378655009.6109601864 19924152689772637611256.408",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 1 1 681325"},
    {ALLOC_GROUPS, 3026652LL, 13,
     "0.8386 946.0 143.23 0.000000000000000000000080 0.424357 0.37 0 730521 0.003744 "
     "0.000000000000000000018 0.0 807392 0.0000000031",
     "none 6227 256324 none none 198809 227597 0 139918 105789 0 none 354675",
     "-2147483648 -2 0 3 0 3 1 -2147483648 3 3 -2 3 -2147483648",
     ALLOC_OK, -1, 0LL,
     "3026652 0 0 0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_EQUAL, 197996552375LL, 5,
     "0.02 9471 372.25 0.00000000000000008286 41.2311",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "39599310475 39599310475 39599310475 39599310475 39599310475"},
    {ALLOC_EQUAL, 625984091LL, 31,
     "4569029018351191912286010340050441257.6 6817264383592299322247205196763760.1273 "
     "334369670467161688615720897250350259.67 6418837179352762083155297394.5838378955 "
     "14287971300395794423894877160118782772.8 82787410777906718241997461871084767.397 "
     "3342379855060715948953073031.1484102366 811402372583945318.00502412911822239388 "
     "14004871709088.731980566177759833669374 1442956818499093698.03493265855153218769 "
     "3183940782041459725290021746.3117146970 146298306036529.641757606348556929701725 "
     "40572356872025209856845126946597742079 117343306534120818642696449864293.871296 "
     "25895916032018954372098704932321.462665 7556810218566287704758310657276459969.4 "
     "100293760305085.287368488239667640127340 "
     "1639856520247811668692645253958178497.34 940696743623738603414636184522713685.53 "
     "6217853181272346999155128023553871196.3 0.000 "
     "14803885215142196097857377642578746.662 67639776701734158366296200030420247131 "
     "9971468089855090209319000539306038410.2 165029729368179340518656047392746.000095 "
     "125046361961876597001870988447906942.263 1484452237980053770908712581.6632801073 "
     "4799977050419108625761126828956405911 127843969257867498906827813577563217652 "
     "430847887013723291573358104481040159.08 157385447738488504445444692752916017281",
     "none 3706667 none none 13927146 none 19014370 6594303 30693681 0 7513227 none "
     "none 29545389 21828269 5375778 35938356 30259576 none none 38616369 none "
     "14594544 36533558 14696600 12389944 27356946 0 38269723 16109545 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "27235206 3706667 27235206 27235206 13927146 27235206 19014370 6594303 27235206 0 "
     "7513227 27235206 27235206 27235206 21828269 5375778 27235205 27235205 27235205 "
     "27235205 27235205 27235205 14594544 27235205 14696600 12389944 27235205 0 "
     "27235205 16109545 27235205"},
    {ALLOC_PRO_RATA, 982226713LL, 10,
     "51648 0.000009 9.9920 0.0005 88 699 0.00 2921.14 624.03 0.39",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "906046520 0 175287 9 1543759 12262363 0 51244748 10947185 6842"},
    {ALLOC_EQUAL, 514LL, 1,
     "33811.28547952135391007101",
     "none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "514"},
    {ALLOC_GROUPS, 7805593517212LL, 5,
     "84.436775963709401412011883 928570588273.7 0.000000000000000006703 7.7 "
     "7391877647996809.4",
     "none 0 809740256402 548028082165 1817351286797",
     "2147483647 2147483647 1 3 3",
     ALLOC_OK, -1, 0LL,
     "4630473891848 0 809740256402 548028082165 1817351286797"},
    {ALLOC_GROUPS, 816543912LL, 2,
     "0.0 0",
     NULL,
     "0 1",
     ALLOC_ZERO_WEIGHTS, 0, 0LL,
     "0 0"},
    {ALLOC_GROUPS, 59767947929LL, 5,
     "1399010365720318770466003405710407.4695 122421848416920026405018011154318430.561 "
     "1035736111796211765.93147846093225960865 "
     "156862239132815888773296651903057.985792 21937321732995984388399491770293752.127",
     "none 17794197955 none none 21275348386",
     "3 2147483647 0 2147483647 -2147483648",
     ALLOC_OK, -1, 0LL,
     "0 0 38492599543 0 21275348386"},
    {ALLOC_GROUPS, 77875907LL, 5,
     "0.9 0.0000623220 0.00000000000000046100 355.715 0.004",
     "10331400 18069766 none none 0",
     "1 -2 1 -2147483648 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 77875907 0"},
    {ALLOC_EQUAL, 8783086LL, 1,
     "-949.34",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "8783086"},
    {ALLOC_PRO_RATA, 74198540631240LL, 31,
     "0.00000000000000001243 0.0008 0.000000000000000000418 0.000000000000000000014464 "
     "148.9 0.00000000000000000087 6 63 0.001 0.000000000000000006047 18.6 "
     "0.0000043086 0.08 45.5 26 0.04 55081.7 0.000028 0.000000000000000000000010 "
     "0.009061 0.00000000000000000442 6.5575 0.006 0.00000000000000000889 0.09 1.05 "
     "0.000000000000000000023074 0.00000000000000000858 0.000000000000000073926 "
     "0.0000000185 0.0000068905",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 1071507 0 0 199434195395 0 8036300688 84381157219 1339383 0 24912532131 5771 "
     "107150676 60941946880 34823969646 53575338 73775517263305 37503 0 12136153 0 "
     "8783006960 8036301 0 120544510 1406352620 0 0 0 25 9229"},
    {ALLOC_EQUAL, -7LL, 4,
     "575684328997827317.43 6222179770291382310541.8 58866.89230855490456227704 "
     "0.889552",
     "0 2 none 0",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 -2 -5 0"},
    {ALLOC_GROUPS, 9272442451LL, 13,
     "875 0.0000000008 18867.6 989 0.53 0.0 0.004 0.002 973233 0 0.009 4 640",
     NULL,
     "-2147483648 -2147483648 3 1 1 3 2147483647 1 1 0 1 3 1",
     ALLOC_OK, -1, 0LL,
     "9272442451 0 0 0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_GROUPS, -5220321033129815LL, 2,
     "762058316042655515197777599395 5179248675029913663.4535298438",
     NULL,
     "0 1",
     ALLOC_OK, -1, 0LL,
     "-5220321033129815 0"},
    {ALLOC_GROUPS, 5150266518318LL, 2,
     "96502511.1 0.00000000000000006124",
     "2459690189131 none",
     "-2147483648 1",
     ALLOC_OK, -1, 0LL,
     "2459690189131 2690576329187"},
    {ALLOC_PRO_RATA, 513440358508802921LL, 5,
     "0.000000000000000000240716 1.82 0.000000000000000000000052 795.191 0.57",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 1171619500070866 0 511901803231237333 366935777494722"},
    {ALLOC_PRO_RATA, 71019950LL, 5,
     "14 0.000000000000000000000859 64.06 556 201.2",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "1190383 0 5446853 47275210 17107504"},
    {ALLOC_PRO_RATA, 941LL, 10,
     "9637.9 0.00 76248 0.0047 7 0.7 0.00000000000000000016 0.000000000000000275032 "
     "0.000000000000000002464 0.001416",
     "26 none none 175 none 0 7 136 168 69",
     NULL,
     ALLOC_OK, -1, 0LL,
     "26 0 915 0 0 0 0 0 0 0"},
    {ALLOC_PRO_RATA, -947022064955016502LL, 2,
     "832268.3 51989",
     "463462722567502592 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "-463462722567502592 -483559342387513910"},
    {ALLOC_EQUAL, 586195LL, 3,
     "539302706084.829 6102870.8317277808 0.00",
     "131160 0 162441",
     NULL,
     ALLOC_OK, -1, 292594LL,
     "131160 0 162441"},
    {ALLOC_PRO_RATA, -24099391666LL, 10,
     "0.0000001942 98.86 49.3 7.038 0.000 347893 0.0 0.0845 0.009302 "
     "0.00000000000000016308",
     "3133487687 662203222 4149662150 4414289541 2168879994 none 0 none 1030957045 "
     "1121594266",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 -6845216 -3413607 -487322 0 -24088639026 0 -5851 -644 0"},
    {ALLOC_EQUAL, 51341034613232102LL, 3,
     "0.0000044697 0.00000000000000049272 0.0000927252",
     "28532706309149393 745800611939754 30304979354418520",
     NULL,
     ALLOC_OK, -1, 0LL,
     "25297617000646174 745800611939754 25297617000646174"},
    {ALLOC_EQUAL, -153864037LL, 7,
     "0.000000000000000000494457 0.000000000000000000002073 1 0.00000000000000998827 "
     "6282.90 0.3299 0.0000006273",
     "none 0 35275335 42229850 4261572 0 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "-38109044 0 -35275335 -38109043 -4261572 0 -38109043"},
    {ALLOC_GROUPS, 0LL, 10,
     "12854.76 68.7 2731.97 0.0 8.8 0.074963 50142166302048327751418 0.0008 "
     "32428535470.7 0.000",
     "none 0 none 0 none 0 0 1 none none",
     "0 2147483647 -2147483648 -2147483648 3 1 0 1 1 -2",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_EQUAL, 0LL, 13,
     "1075234439371163943673384514633777446.18 40933723890650740863158125469937992721 "
     "0.00 7422238348600655359831039862058059.6798 "
     "74267661027311793992843565264197048387 7936004179543253260878206332095276.888 "
     "14927106703027233246895224399952852365 6234573453784910771146327852.3780772167 0 "
     "1013635410702426983086893676155780355.86 "
     "1048083106667433460022276366574045119.39 "
     "15428515094868503517957870903061096.4213 0.00",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_EQUAL, 5415453LL, 3,
     "63039456627586.497032279137728431939752 152695631333902441943806151666524013.613 "
     "964966045954211757.69120377252479557732",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "1805151 1805151 1805151"},
    {ALLOC_GROUPS, 10LL, 3,
     "0.000003205642044214857521 37252581157.817 0.457638",
     NULL,
     "3 -2147483648 1",
     ALLOC_OK, -1, 0LL,
     "0 10 0"},
    {ALLOC_EQUAL, 6LL, 2,
     "0.0691 895101",
     "1 2",
     NULL,
     ALLOC_OK, -1, 3LL,
     "1 2"},
    {ALLOC_PRO_RATA, 15385067559134LL, 4,
     "0.000000000000000000000095 0.40 5.3892 0.00000000000000000007",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 1063018555872 14322049003262 0"},
    {ALLOC_GROUPS, -43687880LL, 3,
     "714.9010 0.000000000000030348088 314410673442484352491337.7",
     NULL,
     "1 -2147483648 -2",
     ALLOC_OK, -1, 0LL,
     "0 -43687880 0"},
    {ALLOC_GROUPS, 58667076LL, 13,
     "575030477219682.3822746565 972739320637833.8 86.909645991698675279276320 "
     "8306591525.9 621.399138602814836418179361 441226886198200432 "
     "39583909412016.703033 25016327155078944574550315 0.0007328664 "
     "4279453832631633865217220.9 8519084179061417495409.374866 7209395058.8298 "
     "12474377219092.99",
     "2856676 none none 6531687 0 2020449 none 2488983 5701172 2240665 none none "
     "851270",
     "0 0 2147483647 -2 0 3 2147483647 -2 -2147483648 3 -2 3 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 2488983 5701172 0 50476921 0 0"},
    {ALLOC_PRO_RATA, 76592794604972LL, 5,
     "0.000000000000000022850 1 0.0070 0.0638 7176",
     "17975014332025 23201399185101 25458528261153 13083361821611 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 10671873908 74703117 680865555 76581367162392"},
    {ALLOC_GROUPS, 78113477859LL, 3,
     "0 0.00000000000002662417 0.00000000002776170839",
     "none none 46528591254",
     "-2 1 -2147483648",
     ALLOC_ZERO_WEIGHTS, 0, 0LL,
     "0 0 0"},
    {ALLOC_EQUAL, 55LL, 10,
     "0 5877965892411458728471895.9 0.095483 5763119152.385 8609247846963.5 "
     "5552711246009473111.6636333311 222600705820899013758729956.2 "
     "5899785.692209597066154629557 0.57 577398575294467886",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "6 6 6 6 6 5 5 5 5 5"},
    {ALLOC_GROUPS, 795306730LL, 3,
     "67624387725194.1 0.00007035767777095655 3131268842.2213154298",
     "110369458 332660106 195299006",
     "3 2147483647 2147483647",
     ALLOC_OK, -1, 156978160LL,
     "110369458 332660106 195299006"},
    {ALLOC_EQUAL, -748308951LL, 5,
     "1573762176516203875859084614273894151.04 "
     "162171023233264113822538718855527.991140 "
     "11809561776645106099672176211828227459.9 0.000 "
     "10522149959503958571541938163.3170601059",
     "none 171817651 156235202 none none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "-149661791 -149661790 -149661790 -149661790 -149661790"},
    {ALLOC_GROUPS, 51618893918251392LL, 4,
     "61004229822764728.1255020549 3547984057802415675158045895.4 "
     "4293645251078497721.7446 787235651.22",
     NULL,
     "-2147483648 1 2147483647 1",
     ALLOC_OK, -1, 0LL,
     "51618893918251392 0 0 0"},
    {ALLOC_EQUAL, -4LL, 10,
     "35607538521266537301.73 22673.166 0 33725092324518144 8650394618954517783 61.3 "
     "3058112093253534177288335 5611398475647 642157008127984.823 "
     "0.000000000000006644059484",
     "none 1 none 1 none 0 1 0 none 1",
     NULL,
     ALLOC_OK, -1, 0LL,
     "-1 -1 -1 -1 0 0 0 0 0 0"},
    {ALLOC_PRO_RATA, 7341405182806281LL, 10,
     "724801022267526421501.88 36260571237403003694853 233694432090057472.3 "
     "206137412555827135.227309 0.760706011187190217858 "
     "5049222306.49180927518243285010 0.0661 348575838229137780456.9 5798.558671 "
     "2444319925",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "142524312743259 7130250698489393 45953492479 40534701459 0 993 0 68543683378217 "
     "0 481"},
    {ALLOC_GROUPS, 4922568336LL, 13,
     "0.0090 69856 0.000000000000000000003488 0.0000000082 0.005 24271.3 2400.7 128150 "
     "0.000000000000000048058 73344 27 8748.8 0.585",
     NULL,
     "1 1 3 0 1 1 2147483647 -2147483648 3 -2147483648 -2147483648 1 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 3130329505 0 1791579300 659531 0 0"},
    {ALLOC_GROUPS, 45679533259512561LL, 3,
     "0.0000817974 0.000000000000000000063593 5199.27",
     "none none 25739671804160420",
     "2147483647 3 -2147483648",
     ALLOC_OK, -1, 0LL,
     "0 19939861455352141 25739671804160420"},
    {ALLOC_GROUPS, 1657597693412LL, 5,
     "2314111011685.004467790156708251977147 0.000 "
     "1222847462457512414.82268074981569439839 307092624789732682967035009.2846514494 "
     "3086237543788758.599202791452440383545",
     "none 130444370161 613362634625 none 166529675052",
     "0 2147483647 1 3 -2",
     ALLOC_OK, -1, 0LL,
     "1491068018360 0 0 0 166529675052"},
    {ALLOC_EQUAL, 0LL, 13,
     "0.0000436533 76.243 0.61 641.37 0.0000000008 39 2 22.5251 0.0000000340 "
     "-0.00000000000000000005 0.00000000000000000010 0.000000000000000006404 82449.5",
     "none none none none 0 1 0 1 1 none none 0 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_GROUPS, -91245672751430LL, 3,
     "0.00 14857057247409025037025519474.2553895351 "
     "63115186067862363.45843072895566615568",
     NULL,
     "1 2147483647 -2",
     ALLOC_OK, -1, 0LL,
     "0 0 -91245672751430"},
    {ALLOC_PRO_RATA, -121258874981792901LL, 7,
     "577.03 5133 98.32 0.16 0.0891 0.00000000000000454883 0.000000000000000853820",
     "20708390612939185 3641783197171979 0 18098504152890401 16363296382529835 none "
     "none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "-20708390612939185 -3641783197171979 0 -18098504152890401 -16363296382529835 "
     "-52577963595873396 -9868937040388105"},
    {ALLOC_GROUPS, 3876067722LL, 3,
     "0.000004 0.000000000000000044137 5982",
     "0 2557604965 1279112182",
     "0 1 0",
     ALLOC_OK, -1, 39350575LL,
     "0 2557604965 1279112182"},
    {ALLOC_PRO_RATA, 6217341LL, 2,
     "148982.985009134428271327525 0.000000000000009327204",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "6217341 0"},
    {ALLOC_GROUPS, -2LL, 4,
     "0.000003 7703572503.4328 3151581.217144328711549601469 61046.03",
     NULL,
     "1 2147483647 0 1",
     ALLOC_OK, -1, 0LL,
     "0 0 -2 0"},
    {ALLOC_GROUPS, 1314259686443LL, 5,
     "748484.5 31623411538648030738521 10182728291349536370 4587316977031402.808673 "
     "9573238818500517135.6",
     "none none none 52331742323 136277887912",
     "0 0 1 1 -2147483648",
     ALLOC_OK, -1, 0LL,
     "0 1177981798531 0 0 136277887912"},
    {ALLOC_EQUAL, 66133418064469755LL, 31,
     "0.000217 856758617815202794969.4353 16703823441195.910 27786552096363125.2367 "
     "0.0000000522 1800043656544502182890.884351 150349799.46311425472394466583 "
     "672740695865712072.43 252902246.61 0.00000000000000421712 "
     "9942549023853970.135990 6.1344 0.000000000000128119062 "
     "0.000000000787038997461821 357728193073919649349.939 4571013672.473130 "
     "79593041096906473137060041 0.00000000085121524218 0.0000000002 0 "
     "0.000000000000000000000650 59518190828076862804612943 6682926268901969697860 0.0 "
     "0.000000000000000000069 64181880448080976193137.11 0 0.00 "
     "305555654715631915400.26 0.00000000000000008332 13638660537276658326724330",
     "none none 704906487846871 none 1070313769664704 4211413136218268 none "
     "1046560203493681 1882861043520087 0 0 717895383751759 0 1481124562616577 "
     "4260168582683109 0 2543565177100582 none 0 1452798923819998 1997679840098838 "
     "2245255903343229 none 1443708489972707 2419521709298159 none 1071694236871733 "
     "none 827936986937266 0 2495040980777611",
     NULL,
     ALLOC_OK, -1, 0LL,
     "4282621580806822 4282621580806822 704906487846871 4282621580806822 "
     "1070313769664704 4211413136218268 4282621580806822 1046560203493681 "
     "1882861043520087 0 0 717895383751759 0 1481124562616577 4260168582683109 0 "
     "2543565177100582 4282621580806822 0 1452798923819998 1997679840098838 "
     "2245255903343229 4282621580806822 1443708489972707 2419521709298159 "
     "4282621580806822 1071694236871733 4282621580806822 827936986937266 0 "
     "2495040980777611"},
    {ALLOC_EQUAL, 81645LL, 7,
     "0.00000000000000000928 848053419000305236487.8522 86.25 8972780662287458227 "
     "7990227 80291012548088940366210.890 338593.40483862460543706311",
     "1779 none 7512 none none none 0",
     NULL,
     ALLOC_OK, -1, 0LL,
     "1779 18089 7512 18089 18088 18088 0"},
    {ALLOC_EQUAL, 99LL, 5,
     "6972626041051495757682 0.00 869424056181.532 946895244285311277084581774.020 0",
     "none 0 16 2 35",
     NULL,
     ALLOC_OK, -1, 0LL,
     "46 0 16 2 35"},
    {ALLOC_EQUAL, 3206852737276LL, 10,
     "0.000000000000000000000001 0.6585 -32.5167 0.0000002945 0.66 160019 6919 "
     "0.0000659676 0.000000000000000000093 0.00",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "320685273728 320685273728 320685273728 320685273728 320685273728 320685273728 "
     "320685273727 320685273727 320685273727 320685273727"},
    {ALLOC_GROUPS, 802LL, 3,
     "998503617399576468793011223369448719.39 169555046948210922680293549025080.068136 "
     "7868434188973619982731982789834066660.9",
     "0 none 33",
     "1 -2147483648 0",
     ALLOC_OK, -1, 0LL,
     "0 802 0"},
    {ALLOC_GROUPS, 205107730LL, 31,
     "6.604 0.000000000000000004194 0.000000000000000032280 3.7520 "
     "0.000000000000000000035 0.0000000009 0.000 0.0 11.88 0.01 0.10 817906 "
     "0.00000000000000000002 3.1 35.3721 0.000000000000000000004431 0.0000000920 "
     "0.079973 0.000109 0.005958 0.949 0.0000000078 2884.62 0.00000000000000978121 "
     "0.76 231.59 311.81 0.0000000464 91005.9 998.4 0.0000637217",
     "none 0 none 12167614 7878833 none 417438 3514285 none 0 11261350 5328571 none "
     "9176298 7599490 3549688 12656506 10723939 1389317 0 none none none none 0 none "
     "12006932 10490903 none none 3303234",
     "0 0 3 3 1 2147483647 3 2147483647 -2147483648 1 3 0 1 3 2147483647 1 0 "
     "-2147483648 1 -2147483648 1 3 0 1 1 -2 0 -2 3 -2 2147483647",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 203736232 0 0 0 0 0 0 0 0 1371498 0 0 0 0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_PRO_RATA, 803599LL, 13,
     "576083697.1 7117.6 0.00000005366763504618 0.000007 6388251 256178495080 0.004 "
     "118723904147535510919153 34509843155498571266929438.5 0.0330938474 1550.311 "
     "0.00000000000000060949 0.000840",
     "none none 107826 111664 91449 0 none none 30184 67714 none none 18715",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 773415 30184 0 0 0 0"},
    {ALLOC_PRO_RATA, 43704304194466345LL, 4,
     "0.000000000000000000009372 8.5347 0.00 0.0000000067",
     "none 0 18774321733235438 17932766682452812",
     NULL,
     ALLOC_OK, -1, 0LL,
     "25771537512013533 0 0 17932766682452812"},
    {ALLOC_GROUPS, 755750472724183510LL, 1,
     "0.00000000000021075503",
     "none",
     "-2147483648",
     ALLOC_OK, -1, 0LL,
     "755750472724183510"},
    {ALLOC_EQUAL, 0LL, 20,
     "0.0000000035 63.7 0.0000000318 976.1 6 0.00000000000000000112 8.9795 61158 "
     "7.0615 0.00000000000000071414 0.04 0.0000000627 0.72 67.01 "
     "0.000000000000000855056 0.000000000000000000498 65.48 41.4 0.000 "
     "0.000000000000000000483",
     "1 1 0 none none 1 1 1 1 0 1 1 none none none none 1 0 none 1",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_EQUAL, 3750148022688LL, 31,
     "26718.5 0.00000000000000008163 0.0009 0.00 0.000000000000000000000542 "
     "0.000000000000000000007101 6 3.67 0.000000000000000036967 72.61 72.4220 0.000 "
     "0.0 0.00000000000000050200 9774 0.000000000000000673239 0.000000000000000000423 "
     "0.000000000000000000000018 0.0000000007 9 0.000000000000000000025 "
     "0.000000000000000008341 783778 24371 41.0 0 0.000000000000000037922 0.0 "
     "0.00000000000000000112 0.06 5840.3",
     "19799655994 none 125305169133 none 0 198025087709 none 118416233248 182426029673 "
     "29635169732 7542991802 103027818738 17906157962 none none 125370361761 none "
     "134362438514 223232243442 42881476143 118870202962 18605035965 none 50087250807 "
     "none 81700359994 48792700301 179093979737 158443164543 218351703473 235643104417",
     NULL,
     ALLOC_OK, -1, 0LL,
     "19799655994 182331373489 125305169133 182331373489 0 182331373489 182331373489 "
     "118416233248 182331373489 29635169732 7542991802 103027818738 17906157962 "
     "182331373489 182331373489 125370361761 182331373489 134362438514 182331373488 "
     "42881476143 118870202962 18605035965 182331373488 50087250807 182331373488 "
     "81700359994 48792700301 179093979737 158443164543 182331373488 182331373488"},
    {ALLOC_GROUPS, 19LL, 10,
     "17773639620639668358419198247395645027 122885089303059015742327146651491.558815 "
     "15174916223321876578001166574693115690.7 0.0 "
     "17143651107713.771683381855711852457271 717529909020868857899512842416813585.27 "
     "881453553132041320327047869928951595.14 -296.59 "
     "122610112785036114.91117883672130926662 0.000",
     "2 2 0 3 1 none none 2 3 none",
     "0 0 -2 2147483647 3 1 -2 -2 1 3",
     ALLOC_NEGATIVE_WEIGHT, 7, 0LL,
     "0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_GROUPS, 1LL, 2,
     "4383 0.000000000000000000000835",
     "0 -25",
     "-2 1",
     ALLOC_NEGATIVE_CAP, 1, 0LL,
     "0 0"},
    {ALLOC_PRO_RATA, 3LL, 31,
     "0.000000000000000000190 0.000000000000000084524 94.6 0.039 7 0.0009 "
     "0.000000000000000000000005 2.21 0.000000000000000000005472 2.7 931.09 8.02 882 "
     "0.00000000000000000920 0.611 159.7 0.000000000000000000001 0.009766 0.444194 "
     "0.01 0.0366 0.0000072249 655.153 30.2335 0.0000000002 0.00000000000000000426 "
     "0.000 0.00000000000000000006 23.717 28 8966",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 3"},
    {ALLOC_GROUPS, INT64_MAX, 13,
     "2387 6769848.421552 1171012840501419934.3152338249 8730965296165281.50 0.27 0.00 "
     "0.935102789234436108093 65944 3367524312854.7572201199 0.000000000000493643308 "
     "0.00000000000000770845 6872769022.8289621366 186939010904",
     "none 1210271478644895202 1136087491427251935 none 1209535480790900142 none 0 0 "
     "648740045543411138 none 1280166838516794527 877265725529312860 "
     "109874964141421521",
     "0 1 2147483647 -2147483648 -2 0 1 1 -2147483648 -2147483648 1 3 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 9219815963343609459 0 0 0 0 3556073511166348 0 0 0 0"},
    {ALLOC_EQUAL, 1096LL, 10,
     "0.00000000000000000002 0.000000802585695960200 58134371552.2834019271 "
     "236809984893093 0.00652287982260849242 0.000000000000000035386575 "
     "1804887930438.2881 0.5 19050908.26 0",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "110 110 110 110 110 110 109 109 109 109"},
    {ALLOC_GROUPS, 31LL, 1,
     "23.58",
     "13",
     "3",
     ALLOC_OK, -1, 18LL,
     "13"},
    {ALLOC_PRO_RATA, 75053057228LL, 1,
     "0.000000000000000000000627",
     "-46",
     NULL,
     ALLOC_NEGATIVE_CAP, 0, 0LL,
     "0"},
    {ALLOC_PRO_RATA, 633777229302994LL, 1,
     "754204.1247",
     "0",
     NULL,
     ALLOC_OK, -1, 633777229302994LL,
     "0"},
    {ALLOC_PRO_RATA, 99LL, 4,
     "0.0 0.000000000000000000001 98.5999 0.0",
     "0 none 14 25",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 85 14 0"},
    {ALLOC_PRO_RATA, 508051LL, 3,
     "0.07 0.022 0.000000000000000326027",
     "166582 148709 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "166582 148709 192760"},
    {ALLOC_PRO_RATA, 5114786575LL, 3,
     "0.000000000000000499382 83833 0.0003",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 5114786557 18"},
    {ALLOC_PRO_RATA, 63870309257006LL, 7,
     "0.00 0.05 6.04 0.0000000003 41869.4 0.000000000000000014764 49031",
     "2521143821910 12771502680877 none none none 0 0",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 76262163 9212469345 0 63861020525498 0 0"},
    {ALLOC_GROUPS, 672245260243177LL, 20,
     "3.07 0.0000449983 0.00000000000000063317 44.021 0.002 0.00 0.01 0.0000000071 "
     "1238 0.7575 0.00000000000000050956 0.0 8.8 809309 0.000 54.61 0.162 0.00 0.715 "
     "0.000000000000000000365234",
     "65820370396716 0 41614183553830 none none none none 21350192467255 none "
     "40590325217171 29425864204783 63910324923182 27376134454507 59671661987675 none "
     "35846351165116 none 39963835930617 none 27350008384200",
     "0 -2147483648 0 2147483647 2147483647 2147483647 -2147483648 0 2147483647 0 1 -2 "
     "-2 2147483647 -2147483648 0 2147483647 2147483647 1 -2147483648",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 672245260243177 0 0 0 0 0 0 0 0 0 0 0 0 0"},
    {ALLOC_PRO_RATA, 71LL, 3,
     "923654244484888377.40017941124587092664 109049767376101865090965910937401.614285 "
     "43069762043044615157850466978789473.168",
     "21 40 0",
     NULL,
     ALLOC_OK, -1, 10LL,
     "21 40 0"},
    {ALLOC_GROUPS, -216705226931646664LL, 10,
     "16602184121830243160452695347481417.3941 "
     "14375124207163217654323988660.1374970325 117503958557041720297900523231988364.84 "
     "0 6551040502623875233774297097612850.5978 "
     "153752256680803814.742579390228474372741 "
     "138304974141672512780378255354848716.874 3940983981864.972914712870369896019534 "
     "50694468813746066.908259325752479739754 127475741517733745982963155158093726218",
     NULL,
     "2147483647 0 0 1 2147483647 0 -2 3 1 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 -216705226931646664 0 0 0"},
    {ALLOC_EQUAL, 60695544LL, 13,
     "5231.8 0.000003 969.135 2.701 0.000 0.93 69.6 5.8907 7 0.0001 7430.09 "
     "0.000000000000000075127 0.003097",
     "3356643 8918853 none 1310725 1600824 8480211 8408057 5751817 4188241 none "
     "4938470 8456142 0",
     NULL,
     ALLOC_OK, -1, 0LL,
     "3356643 6591471 6591471 1310725 1600824 6591471 6591471 5751817 4188241 6591470 "
     "4938470 6591470 0"},
    {ALLOC_GROUPS, 841570LL, 1,
     "131764038679207976046483567886939378.013",
     "1349214",
     "-2",
     ALLOC_OK, -1, 0LL,
     "841570"},
    {ALLOC_PRO_RATA, 624016913143LL, 3,
     "0.0082 0.073 903.57",
     "354710776493 52427093323 209597226046",
     NULL,
     ALLOC_OK, -1, 7281817281LL,
     "354710776493 52427093323 209597226046"},
    {ALLOC_GROUPS, 951588721319LL, 13,
     "6221583482.693 0.000000004833566719101 0.00000000001430975668 29213640052 "
     "0.000345782504753836815994 1362657994461538.2 1486544790853520989643.0689 "
     "0.00000000032947710442 2373478.88276495517414806661 0.3526817126 "
     "2778654.596212716699168749934 8291244.0729 74643883",
     "98181339982 none 0 none 2276002094 none 146059353212 2353232846 134736363846 "
     "4264473060 57382014280 0 28579233565",
     "3 -2147483648 -2 0 0 1 3 -2147483648 1 -2 0 -2 2147483647",
     ALLOC_OK, -1, 0LL,
     "0 949235488473 0 0 0 0 0 2353232846 0 0 0 0 0"},
    {ALLOC_EQUAL, INT64_MAX, 3,
     "0.000 0.0 0.703767",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "3074457345618258603 3074457345618258602 3074457345618258602"},
    {ALLOC_PRO_RATA, 0LL, 7,
     "7546046191107646089729708245064794.1637 49671371953588219811832231254125165623 "
     "105747876727856734.948523503064268996937 9303821233536598096396137068.0874954908 "
     "124340993071623929361918293743181917.139 5205061665205324698128179520349097.5690 "
     "14855877049114721.599535756320641107181",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0"},
    {ALLOC_EQUAL, 43007075344LL, 3,
     "0.0000003767 366 0.0010",
     "none 26666966730 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "14335691782 14335691781 14335691781"},
    {ALLOC_PRO_RATA, 754508LL, 2,
     "43979.72 0.3635",
     "246344 241089",
     NULL,
     ALLOC_OK, -1, 267075LL,
     "246344 241089"},
    {ALLOC_PRO_RATA, 8621926911LL, 1,
     "2710788400721666216501621673490837051.4",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "8621926911"},
    {ALLOC_GROUPS, 10171719LL, 10,
     "940930645498963593.7 937833.7315 0.00000000000002426631 7765.0 700991.7387973442 "
     "23703115250418374476373 836721496770387.91 43.8867432470 92 0.060307",
     "0 1487713 1166602 247802 1474298 none 61197 433292 none 693117",
     "3 -2 -2147483648 1 -2147483648 1 1 1 3 0",
     ALLOC_OK, -1, 0LL,
     "0 1487713 1166602 0 1474298 5349989 0 0 0 693117"},
    {ALLOC_EQUAL, -25909LL, 13,
     "583633714.22532955788652815554 621112380 548811.5870981207 "
     "9860278029373532.2145868963 9582.0564010481 699587714838.9354765274 "
     "72301068.90804308393008818241 0.000000000000005562145092 "
     "44636646703347054569056550618 9071857195148999519812413.27 "
     "0.043630064135755224701222 6229.968382 453521443986684829304427.438",
     "2938 797 3967 2214 3611 3064 1475 none 152 none none 965 3574",
     NULL,
     ALLOC_OK, -1, 0LL,
     "-2539 -797 -2539 -2214 -2538 -2538 -1475 -2538 -152 -2538 -2538 -965 -2538"},
    {ALLOC_PRO_RATA, 95984463357LL, 1,
     "95258472946401.04",
     "none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "95984463357"},
    {ALLOC_PRO_RATA, -1935870038LL, 20,
     "916350114676163555909777307040887011.61 78818190919192923652829851199669815937 "
     "41558963324011249168841707468608298.477 93671657457835601.818710726923327751165 "
     "93713756977712.032828175466778333190232 169224115246083739553148979926304.881535 "
     "0.000 50417904549821132.539964233973392684272 "
     "22275359395274035451314213288975751.59 8077059250200808209821275651791854.2790 0 "
     "158847829447779210360785187306159669.674 3450331595553025126890837121534369659 "
     "109782924253994181.096224442859469798995 "
     "159836771936397767559789606865755481.451 "
     "13688615896239665493986730062.1711557402 "
     "12622149725479363739795238241.3573687523 "
     "119866406571066780744506933616713423.241 38191868843543229.750739084259399481773 "
     "8833884958276831763054477579.9463055866",
     "120610845 25229959 165912434 none 21230234 152193790 none none none none none "
     "185108204 none 0 58438961 187876136 153479685 65586139 11214016 none",
     NULL,
     ALLOC_OK, -1, 0LL,
     "-120610845 -25229959 -18932045 0 0 -77090 0 0 -10147464 -3679477 0 -72362590 "
     "-1571786856 0 -58438961 -6 -6 -54604735 0 -4"},
    {ALLOC_GROUPS, 8308118064LL, 10,
     "439044927755340766.69613501149982055395 1710529949221927876586834627920995.5359 "
     "2418830854466298585371070565.2840379687 92710706822044631458258454534551983136 "
     "1025416892002676160.86690955883734393382 68182544064810.522446477078321081283151 "
     "425809957499094778989344166607580044.25 63212661428341121775258531288544193.716 "
     "74778241504684682627427030229339329247 169492285619501916571679335731967.297864",
     NULL,
     "1 3 0 1 0 3 2147483647 0 -2147483648 1",
     ALLOC_OK, -1, 0LL,
     "0 0 0 0 0 0 0 0 8308118064 0"},
    {ALLOC_PRO_RATA, 8460556LL, 2,
     "797823031802758206.80998767006475456463 13533246040106079549978178386.0911849939",
     NULL,
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 8460556"},
    {ALLOC_PRO_RATA, 31246LL, 20,
     "0.00 59062707137811801.2 55715350702.1552118261 0.000000000000006587953 "
     "1596809808 408667822.4 0.062277914698519560843064 2114728921468576844.6358 0.000 "
     "828925618853778507910943078306 4062.511286018487903807924 5478425030121897.588 "
     "0.000000000000000000000006 3069264 973945401.0 0.00000076172071943215 "
     "105784318160.431 5321607383.949 0.0 0.000000000020969234706",
     "422 442 1219 none 2083 2931 2719 622 1850 2222 697 0 none 0 none 0 none 1407 "
     "2874 28",
     NULL,
     ALLOC_OK, -1, 0LL,
     "0 442 1219 0 374 96 0 622 0 2222 0 0 0 0 228 0 24795 1248 0 0"},
};
/* END GENERATED */

static void test_table(void)
{
    size_t n_cases = sizeof table / sizeof table[0];
    int wrong = 0, ok = 0;
    for (size_t k = 0; k < n_cases; k++) {
        const TableCase *c = &table[k];
        Got g = split_text(c->mode, c->total, c->weights, c->caps, c->groups);
        if (g.status != c->status || g.bad != c->bad || g.rem != c->rem ||
            strcmp(g.parts, c->parts) != 0) {
            if (wrong++ < 5)
                fprintf(stderr, "table case %zu: got %d bad %lld rem %" PRId64 " [%s]\n"
                        "                 want %d bad %lld rem %" PRId64 " [%s]\n", k,
                        (int)g.status, g.bad, g.rem, g.parts, (int)c->status, c->bad, c->rem,
                        c->parts);
        }
        if (c->status == ALLOC_OK) ok++;
        /* n in the table and in the weights text agree */
        char tok[MAX_N][64];
        if (tokens(c->weights, tok) != c->n) wrong++;
    }
    CHECK_EQ_INT(wrong, 0);
    CHECK(n_cases >= 200);
    CHECK(ok >= 150);
}

TEST_MAIN(RUN(test_tie_rule); RUN(test_negative_total); RUN(test_mixed_scales);
          RUN(test_solidarity); RUN(test_caps); RUN(test_groups); RUN(test_zero_and_one);
          RUN(test_int64_ends); RUN(test_errors); RUN(test_random_against_reference);
          RUN(test_random_wide); RUN(test_many); RUN(test_table);)
