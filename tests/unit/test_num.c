/* SPDX-License-Identifier: MIT
 * test_num.c - unit tests for runtime/num.c: boundary tables for every
 * operation and rounding mode, every accepted and rejected input form,
 * formatting, parse/format round trips, and a differential table generated
 * by Python's decimal module (tests/unit/gen_num_table.py).
 */
#include "harness.h"
#include "../../runtime/num.h"

#include <limits.h>
#include <stdint.h>

__extension__ typedef unsigned __int128 u128;

/* ---- helpers ------------------------------------------------------------- */

static Dec mk(i128 coef, int32_t scale)
{
    Dec d = {coef, scale};
    return d;
}

/* a literal that must parse (a failure counts as a failed check) */
static Dec D(const char *s)
{
    Dec d = mk(0, 0);
    DecParseError e = dec_parse_literal(&d, s, strlen(s));
    if (e != DEC_PARSE_OK) {
        fprintf(stderr, "test literal '%s' does not parse: %s\n", s, dec_parse_message(e));
        CHECK(e == DEC_PARSE_OK);
    }
    return d;
}

/* minimal plain text of 'x' in one of 8 rotating buffers */
static const char *S(Dec x)
{
    static char bufs[8][DEC_FORMAT_MAX];
    static int next;
    char *b = bufs[next++ % 8];
    dec_format(b, DEC_FORMAT_MAX, x, DEC_STYLE_PLAIN, DEC_PLACES_MIN);
    return b;
}

static const char *FMT(Dec x, DecStyle style, int places)
{
    static char bufs[8][DEC_FORMAT_MAX];
    static int next;
    char *b = bufs[next++ % 8];
    size_t n = dec_format(b, DEC_FORMAT_MAX, x, style, places);
    CHECK(n == strlen(b) && n < DEC_FORMAT_MAX);
    return b;
}

static const Dec SENTINEL = {777, 3};

static bool same(Dec a, Dec b)
{
    return a.coef == b.coef && a.scale == b.scale;
}

#define COEF_MAX DEC_COEF_MAX
static const char *const COEF_MAX_TEXT = "170141183460469231731687303715884105727";

/* ---- construction and inspection ----------------------------------------- */

static void test_construct(void)
{
    CHECK_EQ_STR(S(dec_from_int(0)), "0");
    CHECK_EQ_STR(S(dec_from_int(INT64_MAX)), "9223372036854775807");
    CHECK_EQ_STR(S(dec_from_int(INT64_MIN)), "-9223372036854775808");
    CHECK_EQ_STR(S(dec_from_cents(-1250)), "-12.5");
    CHECK_EQ_INT(dec_from_cents(-1250).scale, 2);
    CHECK_EQ_STR(S(dec_from_cents(INT64_MIN)), "-92233720368547758.08");
    CHECK_EQ_STR(S(dec_from_cents(1)), "0.01");
    CHECK_EQ_STR(S(mk(COEF_MAX, 0)), COEF_MAX_TEXT);
    CHECK_EQ_STR(S(mk(-COEF_MAX, 0)), "-170141183460469231731687303715884105727");
    CHECK_EQ_STR(S(mk(COEF_MAX, 24)), "170141183460469.231731687303715884105727");
    CHECK_EQ_STR(S(mk(1, 24)), "0.000000000000000000000001");

    CHECK(dec_is_valid(mk(COEF_MAX, 0)));
    CHECK(dec_is_valid(mk(-COEF_MAX, 24)));
    CHECK(!dec_is_valid(mk(-COEF_MAX - 1, 0)));
    CHECK(!dec_is_valid(mk(1, 25)));
    CHECK(!dec_is_valid(mk(1, -1)));
    CHECK(dec_is_valid(mk(0, 0)));

    CHECK(dec_is_zero(mk(0, 7)));
    CHECK(!dec_is_zero(mk(1, 24)));
    CHECK_EQ_INT(dec_sign(mk(0, 3)), 0);
    CHECK_EQ_INT(dec_sign(mk(-1, 24)), -1);
    CHECK_EQ_INT(dec_sign(mk(COEF_MAX, 0)), 1);
    CHECK_EQ_INT(dec_sign(mk(-COEF_MAX, 0)), -1);
}

static void test_cmp(void)
{
    static const struct { const char *a, *b; int want; } rows[] = {
        {"0", "0.000", 0}, {"1.5", "1.50", 0}, {"-1.5", "-1.500000", 0},
        {"1", "2", -1}, {"2", "1", 1}, {"-1", "1", -1}, {"1", "-1", 1},
        {"0", "0.000000000000000000000001", -1}, {"0", "-0.000000000000000000000001", 1},
        {"0.1", "0.09", 1}, {"-0.1", "-0.09", -1}, {"100", "99.999", 1},
        {"1.000000000000000000000001", "1", 1}, {"-1.000000000000000000000001", "-1", -1},
        {"12.34", "12.340000000000000000000001", -1},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        CHECK_EQ_INT(dec_cmp(D(rows[k].a), D(rows[k].b)), rows[k].want);
        CHECK_EQ_INT(dec_cmp(D(rows[k].b), D(rows[k].a)), -rows[k].want);
        CHECK(dec_eq(D(rows[k].a), D(rows[k].b)) == (rows[k].want == 0));
    }
    /* aligning the scales would overflow: COEF_MAX x 10^24 */
    Dec big = mk(COEF_MAX, 0), tiny = mk(1, 24), bigfrac = mk(COEF_MAX, 24);
    CHECK_EQ_INT(dec_cmp(big, tiny), 1);
    CHECK_EQ_INT(dec_cmp(tiny, big), -1);
    CHECK_EQ_INT(dec_cmp(dec_neg(big), dec_neg(tiny)), -1);
    CHECK_EQ_INT(dec_cmp(dec_neg(tiny), dec_neg(big)), 1);
    CHECK_EQ_INT(dec_cmp(big, bigfrac), 1);
    CHECK_EQ_INT(dec_cmp(bigfrac, big), -1);
    CHECK_EQ_INT(dec_cmp(dec_neg(big), dec_neg(bigfrac)), -1);
    CHECK_EQ_INT(dec_cmp(mk(-COEF_MAX, 0), mk(COEF_MAX, 24)), -1);
    CHECK_EQ_INT(dec_cmp(mk(10, 0), mk((i128)10 * 1000000000000000000LL * 1000000, 24)), 0);
    CHECK_EQ_INT(dec_cmp(mk(COEF_MAX, 3), mk(COEF_MAX, 3)), 0);
    CHECK_EQ_INT(dec_cmp(mk(COEF_MAX, 3), mk(COEF_MAX - 1, 3)), 1);

    CHECK_EQ_STR(S(dec_min(D("1.5"), D("-2"))), "-2");
    CHECK_EQ_STR(S(dec_max(D("1.5"), D("-2"))), "1.5");
    CHECK_EQ_INT(dec_min(D("1.5"), D("1.50")).scale, 1); /* ties give 'a' */
    CHECK_EQ_INT(dec_max(D("1.50"), D("1.5")).scale, 2);
    CHECK(same(dec_max(big, tiny), big));
    CHECK(same(dec_min(big, tiny), tiny));
}

static void test_normalize(void)
{
    CHECK(same(dec_normalize(D("12.500")), mk(125, 1)));
    CHECK(same(dec_normalize(D("3.00")), mk(3, 0)));
    CHECK(same(dec_normalize(D("0.000")), mk(0, 0)));
    CHECK(same(dec_normalize(D("-100")), mk(-100, 0)));
    CHECK(same(dec_normalize(D("-0.10")), mk(-1, 1)));
    CHECK(same(dec_normalize(mk(COEF_MAX, 24)), mk(COEF_MAX, 24)));
    CHECK(same(dec_normalize(mk((i128)100000 * 1000000000000000000LL, 24)), mk(1, 1)));
    CHECK(same(dec_normalize(mk(-(i128)1000000000000000000LL * 1000000000000000000LL, 20)),
               mk(-10000000000000000LL, 0)));
}

/* ---- arithmetic ------------------------------------------------------------- */

static void test_neg_abs(void)
{
    CHECK(same(dec_neg(mk(COEF_MAX, 5)), mk(-COEF_MAX, 5)));
    CHECK(same(dec_neg(mk(-COEF_MAX, 0)), mk(COEF_MAX, 0)));
    CHECK(same(dec_neg(mk(0, 2)), mk(0, 2)));
    CHECK(same(dec_abs(mk(-COEF_MAX, 24)), mk(COEF_MAX, 24)));
    CHECK(same(dec_abs(mk(7, 1)), mk(7, 1)));
    CHECK(same(dec_abs(mk(0, 0)), mk(0, 0)));
}

static void test_add_sub(void)
{
    static const struct { const char *a, *b, *sum, *diff; int scale; } rows[] = {
        {"1", "2", "3", "-1", 0},
        {"0.1", "0.2", "0.3", "-0.1", 1},
        {"1.50", "2.5", "4", "-1", 2},
        {"-12.345", "12.345", "0", "-24.69", 3},
        {"1", "0.000000000000000000000001", "1.000000000000000000000001",
         "0.999999999999999999999999", 24},
        {"-0.5", "0.25", "-0.25", "-0.75", 2},
        {"999999999.99", "0.01", "1000000000", "999999999.98", 2},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        Dec r = SENTINEL;
        CHECK(dec_add(&r, D(rows[k].a), D(rows[k].b)));
        CHECK_EQ_STR(S(r), rows[k].sum);
        CHECK_EQ_INT(r.scale, rows[k].scale);
        r = SENTINEL;
        CHECK(dec_sub(&r, D(rows[k].a), D(rows[k].b)));
        CHECK_EQ_STR(S(r), rows[k].diff);
        CHECK_EQ_INT(r.scale, rows[k].scale);
    }
    Dec r = SENTINEL;
    /* at the edge of the range */
    Dec max = mk(COEF_MAX, 0), one = mk(1, 0);
    r = SENTINEL;
    CHECK(!dec_add(&r, max, one));
    CHECK(same(r, SENTINEL)); /* untouched on overflow */
    CHECK(!dec_sub(&r, dec_neg(max), one)); /* would be -2^127: outside the symmetric range */
    CHECK(same(r, SENTINEL));
    CHECK(!dec_add(&r, max, max));
    CHECK(!dec_add(&r, dec_neg(max), dec_neg(max)));
    CHECK(dec_add(&r, max, dec_neg(one)));
    CHECK(same(r, mk(COEF_MAX - 1, 0)));
    CHECK(dec_add(&r, max, dec_neg(max)));
    CHECK(same(r, mk(0, 0)));
    CHECK(dec_sub(&r, dec_neg(max), dec_neg(one)));
    CHECK(same(r, mk(-COEF_MAX + 1, 0)));
    CHECK(dec_add(&r, mk(COEF_MAX - 1, 0), one));
    CHECK(same(r, max));
    CHECK(dec_add(&r, mk(-COEF_MAX + 1, 0), dec_neg(one)));
    CHECK(same(r, mk(-COEF_MAX, 0)));

    /* aligning overflows, but the exact sum fits (at a smaller scale) */
    Dec e38 = D("100000000000000000000000000000000000000"); /* 1e38 */
    CHECK(dec_add(&r, e38, D("0.0")));
    CHECK(same(r, e38));
    CHECK(dec_add(&r, D("0.000"), dec_neg(e38)));
    CHECK(same(r, dec_neg(e38)));
    Dec e37 = D("10000000000000000000000000000000000000");
    CHECK(dec_add(&r, e37, D("0.10")));
    CHECK_EQ_STR(S(r), "10000000000000000000000000000000000000.1");
    CHECK_EQ_INT(r.scale, 1); /* 2 decimals did not fit; the exact sum needs only 1 */
    CHECK(dec_sub(&r, e37, D("0.50")));
    CHECK_EQ_STR(S(r), "9999999999999999999999999999999999999.5");
    CHECK_EQ_INT(r.scale, 1);
    /* aligning overflows and the sum does not fit */
    r = SENTINEL;
    CHECK(!dec_add(&r, e38, D("0.01")));
    CHECK(!dec_add(&r, e38, D("0.10")));
    CHECK(!dec_add(&r, max, mk(1, 24)));
    CHECK(!dec_sub(&r, dec_neg(max), mk(5, 1)));
    CHECK(same(r, SENTINEL));
    /* aliasing */
    Dec a = D("2.5");
    CHECK(dec_add(&a, a, a));
    CHECK_EQ_STR(S(a), "5");
}

static void test_mul(void)
{
    static const struct { const char *a, *b, *want; int scale; } rows[] = {
        {"2.5", "4", "10", 1},
        {"0.03", "0.97", "0.0291", 4},
        {"-1.5", "1.5", "-2.25", 2},
        {"-1.5", "-1.5", "2.25", 2},
        {"0", "-123.45", "0", 2},
        {"12.5", "10", "125", 1},
        {"60", "2.5", "150", 1},
        {"9223372036854775807", "9223372036854775807",
         "85070591730234615847396907784232501249", 0},
        {"-9223372036854775808", "-9223372036854775808",
         "85070591730234615865843651857942052864", 0},
        {"0.000000000001", "0.000000000001", "0.000000000000000000000001", 24},
        /* beyond 24 decimals: rounded to 24, half away from zero */
        {"0.0000000000001", "0.000000000005", "0.000000000000000000000001", 24},
        {"0.0000000000001", "0.000000000004", "0", 24},
        {"-0.0000000000001", "0.000000000005", "-0.000000000000000000000001", 24},
        {"0.3333333333333333333333", "0.003", "0.001", 24},
        {"0.33333333333333333333", "3", "0.99999999999999999999", 20},
        {"0.33333333333333333333", "0.333", "0.11099999999999999999889", 23},
        {"0.12345678901234567890", "0.12345678901234567890",
         "0.015241578753238836750191", 24}, /* ...750190|52 rounded up */
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        Dec r = SENTINEL;
        CHECK(dec_mul(&r, D(rows[k].a), D(rows[k].b)));
        CHECK_EQ_STR(S(r), rows[k].want);
        CHECK_EQ_INT(r.scale, rows[k].scale);
        CHECK(dec_mul(&r, D(rows[k].b), D(rows[k].a)));
        CHECK_EQ_STR(S(r), rows[k].want);
    }
    Dec max = mk(COEF_MAX, 0), r = SENTINEL;
    CHECK(dec_mul(&r, max, mk(1, 0)));
    CHECK(same(r, max));
    CHECK(dec_mul(&r, max, mk(-1, 0)));
    CHECK(same(r, mk(-COEF_MAX, 0)));
    r = SENTINEL;
    CHECK(!dec_mul(&r, max, mk(2, 0)));
    CHECK(!dec_mul(&r, max, max));
    CHECK(!dec_mul(&r, dec_neg(max), max));
    CHECK(!dec_mul(&r, mk((i128)1 << 64, 0), mk((i128)1 << 63, 0))); /* 2^127 */
    CHECK(same(r, SENTINEL));
    CHECK(dec_mul(&r, mk((i128)1 << 64, 0), mk(((i128)1 << 63) - 1, 0)));
    CHECK(same(r, mk(COEF_MAX - (((i128)1 << 64) - 1), 0))); /* 2^127 - 2^64 */
    CHECK(dec_mul(&r, mk(-((i128)1 << 63), 0), mk((i128)1 << 63, 0))); /* -2^126, native path */
    CHECK(same(r, mk(-((i128)1 << 126), 0)));
    /* the product's scale would not fit, the value does: 1e20 x 1e18 */
    CHECK(dec_mul(&r, D("100000000000000000000.00"), D("1000000000000000000.00")));
    CHECK_EQ_STR(S(r), "100000000000000000000000000000000000000");
    CHECK_EQ_INT(r.scale, 0);
    CHECK(dec_mul(&r, D("10000000000000000000.000"), D("1000000000000000000.5")));
    CHECK_EQ_STR(S(r), "10000000000000000005000000000000000000");
    CHECK_EQ_INT(r.scale, 1); /* zeros are dropped only until it fits */
    /* max scale times max scale: 48 decimals, 24 kept, too large */
    r = SENTINEL;
    CHECK(!dec_mul(&r, mk(COEF_MAX, 24), mk(COEF_MAX, 24)));
    CHECK(!dec_mul(&r, mk(COEF_MAX, 24), mk(COEF_MAX, 23)));
    CHECK(same(r, SENTINEL));
    CHECK(dec_mul(&r, mk(COEF_MAX, 24), mk(5, 1))); /* ...863.5 -> ...864 */
    CHECK(same(r, mk(COEF_MAX / 2 + 1, 24)));
    CHECK(dec_mul(&r, mk(-COEF_MAX, 24), mk(5, 1)));
    CHECK(same(r, mk(-(COEF_MAX / 2 + 1), 24)));
    CHECK(dec_mul(&r, mk(5, 24), mk(1, 1)));
    CHECK(same(r, mk(1, 24))); /* 0.5e-24 -> 1e-24 */
    CHECK(dec_mul(&r, mk(-5, 24), mk(1, 1)));
    CHECK(same(r, mk(-1, 24)));
    CHECK(dec_mul(&r, mk(4999, 24), mk(1, 4)));
    CHECK(same(r, mk(0, 24)));
    CHECK(dec_mul(&r, mk(COEF_MAX, 24), mk(1, 24)));
    CHECK(same(r, mk(170141183460469LL, 24)));
    /* B1's formula: uren_per_week * weken * tarief * (1 - korting) */
    Dec t = SENTINEL, k;
    CHECK(dec_sub(&k, dec_from_int(1), D("3%")));
    CHECK(dec_mul(&t, D("2.5"), dec_from_int(10)));
    CHECK(dec_mul(&t, t, D("60.25")));
    CHECK(dec_mul(&t, t, k));
    CHECK_EQ_STR(S(t), "1461.0625");
    CHECK(dec_round(&t, t, 2, DEC_ROUND_HALF_AWAY));
    CHECK_EQ_STR(FMT(t, DEC_STYLE_MONEY_NL, 2), "\xE2\x82\xAC 1.461,06");
}

static void test_div(void)
{
    static const struct { const char *a, *b, *want; int scale; } rows[] = {
        {"1", "3", "0.33333333333333333333", 20},
        {"2", "3", "0.66666666666666666667", 20},
        {"-2", "3", "-0.66666666666666666667", 20},
        {"2", "-3", "-0.66666666666666666667", 20},
        {"-2", "-3", "0.66666666666666666667", 20},
        {"1", "8", "0.125", 3},
        {"6", "3", "2", 0},
        {"600.00", "3", "200", 0},
        {"0", "-5", "0", 0},
        {"1", "0.000000000000000000000001", "1000000000000000000000000", 0},
        {"0.000000000000000000000001", "1", "0", 20},
        {"0.000000000000000000000005", "1", "0", 20},
        {"0.000000000000000000005", "1", "0.00000000000000000001", 20},
        {"0.000000000000000000005", "-1", "-0.00000000000000000001", 20},
        {"0.000000000000000000004999", "1", "0", 20},
        {"1", "7", "0.14285714285714285714", 20},
        {"1", "6", "0.16666666666666666667", 20},
        {"100", "7", "14.28571428571428571429", 20},
        {"1484.62", "12", "123.71833333333333333333", 20},
        /* the numerator needs more than 128 bits */
        {"170141183460469231731687303715884105727", "170141183460469231731687303715884105727", "1", 0},
        {"1000000000000000000", "3", "333333333333333333.33333333333333333333", 20},
        {"1700000000000000000", "3", "566666666666666666.66666666666666666667", 20},
        /* a divisor above 2^64 (with a small numerator: no 64-bit shortcut) */
        {"0.000000000000000001", "18446744073709551617", "0", 20},
        {"-0.000000000000000009", "18446744073709551617", "0", 20},
        {"1", "18446744073709551617", "0.00000000000000000005", 20},
        {"12345678901234567890123", "98765432109876543210987", "0.12499999886093750001", 20},
        {"-99999999999999999999999999999", "33333333333333333333333333333", "-3", 0},
        {"1", "99999999999999999999999999999", "0", 20},
        {"5", "99999999999999999999999999999", "0", 20},
        {"170141183460469231731687303715884105727", "3", "56713727820156410577229101238628035242.33333333333333333333", -1},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++) {
        Dec r = SENTINEL;
        if (rows[k].scale < 0) { /* quotient out of range */
            CHECK(!dec_div(&r, D(rows[k].a), D(rows[k].b)));
            CHECK(same(r, SENTINEL));
            continue;
        }
        CHECK(dec_div(&r, D(rows[k].a), D(rows[k].b)));
        CHECK_EQ_STR(S(r), rows[k].want);
        CHECK_EQ_INT(r.scale, rows[k].scale);
    }
    /* division by zero: false, told apart by dec_is_zero(divisor) */
    Dec r = SENTINEL, zero = D("0.00");
    CHECK(!dec_div(&r, D("1"), zero));
    CHECK(dec_is_zero(zero));
    CHECK(!dec_div(&r, D("0"), zero));
    CHECK(!dec_div_round(&r, D("1"), mk(0, 0), 2, DEC_ROUND_DOWN));
    CHECK(same(r, SENTINEL));
    /* overflow of the quotient, divisor not zero */
    CHECK(!dec_div(&r, mk(COEF_MAX, 0), mk(1, 24)));
    CHECK(!dec_div(&r, mk(COEF_MAX, 0), mk(-3, 1)));
    CHECK(!dec_div(&r, D("10000000000000000000"), D("3"))); /* 3.3e18 with 20 decimals: no */
    CHECK(!dec_div(&r, D("5104235503814076952"), D("3")));  /* 1701411834604692317.33...: no */
    CHECK(same(r, SENTINEL));
    /* exact big quotients fit after trailing zeros are dropped */
    CHECK(dec_div(&r, D("10000000000000000000"), D("0.5")));
    CHECK_EQ_STR(S(r), "20000000000000000000");
    CHECK(dec_div(&r, mk(COEF_MAX, 0), mk(1, 0)));
    CHECK(same(r, mk(COEF_MAX, 0)));
    CHECK(dec_div(&r, mk(-COEF_MAX, 0), mk(-1, 0)));
    CHECK(same(r, mk(COEF_MAX, 0)));
    CHECK(dec_div(&r, mk(COEF_MAX, 24), mk(COEF_MAX, 0)));
    CHECK(same(r, mk(0, 20))); /* 1e-24 rounded to 20 decimals */
    /* largest quotient at 20 decimals: 1701411834460469231.73... */
    CHECK(dec_div(&r, D("1701411834604692317.31687303715884105727"), D("1")));
    CHECK(same(r, mk(COEF_MAX, 20)));
    CHECK(dec_div(&r, D("5104235503814076951.95"), D("3"))); /* just below the limit */
    CHECK_EQ_STR(S(r), "1701411834604692317.31666666666666666667");
    /* 1e19 / 1 is exact, so it fits without its 20 decimals */
    CHECK(dec_div(&r, D("10000000000000000000"), D("1")));
    CHECK(same(r, mk((i128)10000000000000000000ULL, 0)));
    CHECK(dec_div(&r, D("170141183460469231731687303715884105727"), D("100000000000000000000")));
    CHECK(same(r, mk(COEF_MAX, 20)));
    /* aliasing */
    Dec a = D("10");
    CHECK(dec_div(&a, a, D("4")));
    CHECK_EQ_STR(S(a), "2.5");
}

#define E38 "100000000000000000000000000000000000000"
#define E37x17 "170000000000000000000000000000000000000"

/* one rounding case in every mode: x, places, results in the order of DecRound */
static const struct {
    const char *x;
    int places;
    const char *want[8];
} ROUND_ROWS[] = {
    /*               HALF_AWAY HALF_EVEN HALF_UP HALF_DOWN UP  DOWN  CEILING FLOOR */
    {"2.5", 0,     {"3", "2", "3", "2", "3", "2", "3", "2"}},
    {"-2.5", 0,    {"-3", "-2", "-2", "-3", "-3", "-2", "-2", "-3"}},
    {"3.5", 0,     {"4", "4", "4", "3", "4", "3", "4", "3"}},
    {"-3.5", 0,    {"-4", "-4", "-3", "-4", "-4", "-3", "-3", "-4"}},
    {"2.4", 0,     {"2", "2", "2", "2", "3", "2", "3", "2"}},
    {"-2.4", 0,    {"-2", "-2", "-2", "-2", "-3", "-2", "-2", "-3"}},
    {"2.6", 0,     {"3", "3", "3", "3", "3", "2", "3", "2"}},
    {"-2.6", 0,    {"-3", "-3", "-3", "-3", "-3", "-2", "-2", "-3"}},
    {"2.50000000000000000001", 0, {"3", "3", "3", "3", "3", "2", "3", "2"}},
    {"-2.49999999999999999999", 0, {"-2", "-2", "-2", "-2", "-3", "-2", "-2", "-3"}},
    {"0.5", 0,     {"1", "0", "1", "0", "1", "0", "1", "0"}},
    {"-0.5", 0,    {"-1", "0", "0", "-1", "-1", "0", "0", "-1"}},
    {"0.001", 2,   {"0", "0", "0", "0", "0.01", "0", "0.01", "0"}},
    {"-0.001", 2,  {"0", "0", "0", "0", "-0.01", "0", "0", "-0.01"}},
    {"0", 0,       {"0", "0", "0", "0", "0", "0", "0", "0"}},
    {"0.000", 1,   {"0", "0", "0", "0", "0", "0", "0", "0"}},
    {"1.005", 2,   {"1.01", "1", "1.01", "1", "1.01", "1", "1.01", "1"}},
    {"1.015", 2,   {"1.02", "1.02", "1.02", "1.01", "1.02", "1.01", "1.02", "1.01"}},
    {"-1.015", 2,  {"-1.02", "-1.02", "-1.01", "-1.02", "-1.02", "-1.01", "-1.01", "-1.02"}},
    {"1484.615", 2, {"1484.62", "1484.62", "1484.62", "1484.61", "1484.62", "1484.61", "1484.62", "1484.61"}},
    {"9.995", 2,   {"10", "10", "10", "9.99", "10", "9.99", "10", "9.99"}},
    {"12.5", 5,    {"12.5", "12.5", "12.5", "12.5", "12.5", "12.5", "12.5", "12.5"}},
    {"1250", -2,   {"1300", "1200", "1300", "1200", "1300", "1200", "1300", "1200"}},
    {"-1250", -2,  {"-1300", "-1200", "-1200", "-1300", "-1300", "-1200", "-1200", "-1300"}},
    {"1234.5", -3, {"1000", "1000", "1000", "1000", "2000", "1000", "2000", "1000"}},
    {"0.000000000000000000000001", 23, {"0", "0", "0", "0", "0.00000000000000000000001", "0", "0.00000000000000000000001", "0"}},
    {"0.000000000000000000000005", 23, {"0.00000000000000000000001", "0", "0.00000000000000000000001", "0", "0.00000000000000000000001", "0", "0.00000000000000000000001", "0"}},
    {"170141183460469231731687303715884105727", -1, {NULL, NULL, NULL, NULL, NULL, "170141183460469231731687303715884105720", NULL, "170141183460469231731687303715884105720"}},
    /* NULL: the rounded value leaves the range, dec_round fails */
    {"170141183460469231731687303715884105727", -37, {E37x17, E37x17, E37x17, E37x17, NULL, E37x17, NULL, E37x17}},
    {"-170141183460469231731687303715884105727", -37, {"-" E37x17, "-" E37x17, "-" E37x17, "-" E37x17, NULL, "-" E37x17, "-" E37x17, NULL}},
    {"170141183460469231731687303715884105727", -38, {NULL, NULL, NULL, NULL, NULL, E38, NULL, E38}},
    {"-170141183460469231731687303715884105727", -38, {NULL, NULL, NULL, NULL, NULL, "-" E38, "-" E38, NULL}},
    {"49999999999999999999999999999999999999", -38, {"0", "0", "0", "0", E38, "0", E38, "0"}},
    {"50000000000000000000000000000000000000", -38, {E38, "0", E38, "0", E38, "0", E38, "0"}},
    {"-50000000000000000000000000000000000000", -38, {"-" E38, "0", "0", "-" E38, "-" E38, "0", "0", "-" E38}},
    {"150000000000000000000000000000000000000", -38, {NULL, NULL, NULL, E38, NULL, E38, NULL, E38}},
    {"170141183460469.231731687303715884105727", 0, {"170141183460469", "170141183460469", "170141183460469", "170141183460469", "170141183460470", "170141183460469", "170141183460470", "170141183460469"}},
    {"5", -1,      {"10", "0", "10", "0", "10", "0", "10", "0"}},
    {"15", -1,     {"20", "20", "20", "10", "20", "10", "20", "10"}},
    {"-15", -1,    {"-20", "-20", "-10", "-20", "-20", "-10", "-10", "-20"}},
};

static void test_round(void)
{
    for (size_t k = 0; k < sizeof ROUND_ROWS / sizeof ROUND_ROWS[0]; k++) {
        for (int mode = 0; mode < 8; mode++) {
            Dec r = SENTINEL;
            bool ok = dec_round(&r, D(ROUND_ROWS[k].x), ROUND_ROWS[k].places, (DecRound)mode);
            const char *want = ROUND_ROWS[k].want[mode];
            if (want == NULL) {
                if (ok) fprintf(stderr, "round %s %d mode %d: want overflow\n", ROUND_ROWS[k].x, ROUND_ROWS[k].places, mode);
                CHECK(!ok && same(r, SENTINEL));
                continue;
            }
            if (!ok || strcmp(S(r), want) != 0)
                fprintf(stderr, "round %s %d mode %d\n", ROUND_ROWS[k].x, ROUND_ROWS[k].places, mode);
            CHECK(ok);
            CHECK_EQ_STR(S(r), want);
        }
    }
    /* results carry min(scale, max(places, 0)) decimals */
    Dec r = SENTINEL;
    CHECK(dec_round(&r, D("2.567"), 2, DEC_ROUND_HALF_AWAY));
    CHECK(same(r, mk(257, 2)));
    CHECK(dec_round(&r, D("2.5"), 2, DEC_ROUND_HALF_AWAY));
    CHECK(same(r, mk(25, 1)));
    CHECK(dec_round(&r, D("2.00"), 0, DEC_ROUND_HALF_AWAY));
    CHECK(same(r, mk(2, 0)));
    CHECK(dec_round(&r, D("1250"), -2, DEC_ROUND_HALF_AWAY));
    CHECK(same(r, mk(1300, 0)));
    /* places far outside the range */
    CHECK(dec_round(&r, D("2.5"), INT_MAX, DEC_ROUND_UP));
    CHECK(same(r, mk(25, 1)));
    CHECK(dec_round(&r, D("2.5"), INT_MIN, DEC_ROUND_HALF_AWAY));
    CHECK(same(r, mk(0, 0)));
    r = SENTINEL;
    CHECK(!dec_round(&r, D("2.5"), INT_MIN, DEC_ROUND_UP));
    CHECK(!dec_round(&r, mk(COEF_MAX, 0), -38, DEC_ROUND_HALF_AWAY));
    CHECK(dec_round(&r, mk(-COEF_MAX, 0), -38, DEC_ROUND_DOWN));
    CHECK_EQ_STR(S(r), "-" E38);
    r = SENTINEL;
    CHECK(!dec_round(&r, mk(-COEF_MAX, 0), -38, DEC_ROUND_FLOOR));
    CHECK(same(r, SENTINEL));
    CHECK(dec_round(&r, mk(1, 24), -1000, DEC_ROUND_DOWN));
    CHECK(same(r, mk(0, 0)));
    /* an unknown mode rounds half away from zero */
    CHECK(dec_round(&r, D("-2.5"), 0, (DecRound)99));
    CHECK_EQ_STR(S(r), "-3");
    /* division rounded once, in each mode */
    static const struct { const char *a, *b; int places; const char *want[8]; } DIV_ROWS[] = {
        {"1", "8", 2, {"0.13", "0.12", "0.13", "0.12", "0.13", "0.12", "0.13", "0.12"}},
        {"-1", "8", 2, {"-0.13", "-0.12", "-0.12", "-0.13", "-0.13", "-0.12", "-0.12", "-0.13"}},
        {"2", "3", 0, {"1", "1", "1", "1", "1", "0", "1", "0"}},
        {"-2", "3", 0, {"-1", "-1", "-1", "-1", "-1", "0", "0", "-1"}},
        {"1", "3", 24, {"0.333333333333333333333333", "0.333333333333333333333333", "0.333333333333333333333333", "0.333333333333333333333333", "0.333333333333333333333334", "0.333333333333333333333333", "0.333333333333333333333334", "0.333333333333333333333333"}},
        {"0.000000000000000000000003", "2", 0, {"0", "0", "0", "0", "1", "0", "1", "0"}},
        {"0.000000000000000000000005", "10", 24, {"0.000000000000000000000001", "0", "0.000000000000000000000001", "0", "0.000000000000000000000001", "0", "0.000000000000000000000001", "0"}},
        {"4.005", "2", 3, {"2.003", "2.002", "2.003", "2.002", "2.003", "2.002", "2.003", "2.002"}},
        /* 48 digits of quotient: out of range in every mode */
        {"1", "0.000000000000000000000007", 24, {NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL}},
        {"1", "0.000000000000000000000007", 0, {"142857142857142857142857", "142857142857142857142857", "142857142857142857142857", "142857142857142857142857", "142857142857142857142858", "142857142857142857142857", "142857142857142857142858", "142857142857142857142857"}},
        {"12345678901234567890.123456", "98765432109876543210.987654", 24, {"0.124999998860937500014238", "0.124999998860937500014238", "0.124999998860937500014238", "0.124999998860937500014238", "0.124999998860937500014239", "0.124999998860937500014238", "0.124999998860937500014239", "0.124999998860937500014238"}},
    };
    for (size_t k = 0; k < sizeof DIV_ROWS / sizeof DIV_ROWS[0]; k++) {
        for (int mode = 0; mode < 8; mode++) {
            const char *want = DIV_ROWS[k].want[mode];
            r = SENTINEL;
            bool ok = dec_div_round(&r, D(DIV_ROWS[k].a), D(DIV_ROWS[k].b), DIV_ROWS[k].places, (DecRound)mode);
            if (want == NULL) { /* quotient out of range */
                CHECK(!ok && same(r, SENTINEL));
                continue;
            }
            CHECK(ok);
            CHECK_EQ_STR(S(r), want);
        }
    }
    /* more decimals in the dividend than the quotient keeps, exact */
    CHECK(dec_div_round(&r, D("1.000000000000000000000000"), D("1"), 0, DEC_ROUND_UP));
    CHECK(same(r, mk(1, 0)));
    CHECK(dec_div(&r, D("-2.000000000000000000000000"), D("2")));
    CHECK(same(r, mk(-1, 0)));
    CHECK(dec_div(&r, D("2.000000000000000000000002"), D("2")));
    CHECK(same(r, mk((i128)10000000000000000000ULL * 10, 20))); /* inexact: 20 decimals kept */
    /* the native quotient exceeds the range at scale 0 */
    r = SENTINEL;
    CHECK(!dec_div_round(&r, D("20000000000000000000000000000000000000"), D("0.1"), 0, DEC_ROUND_HALF_AWAY));
    CHECK(same(r, SENTINEL));
    CHECK(dec_div_round(&r, D("10000000000000000000000000000000000000"), D("0.1"), 0, DEC_ROUND_HALF_AWAY));
    CHECK_EQ_STR(S(r), E38);
    CHECK(!dec_div_round(&r, D("1"), D("3"), -1, DEC_ROUND_HALF_AWAY));
    CHECK(!dec_div_round(&r, D("1"), D("3"), 25, DEC_ROUND_HALF_AWAY));
    CHECK(dec_div_round(&r, D("1"), D("4"), 1, DEC_ROUND_HALF_EVEN));
    CHECK(same(r, mk(2, 1)));
    CHECK(dec_div_round(&r, D("1"), D("4"), 5, DEC_ROUND_HALF_EVEN));
    CHECK(same(r, mk(25, 2))); /* exact: no trailing zeros */
}

static void test_convert(void)
{
    int64_t v = 42;
    CHECK(dec_to_int(&v, D("2.00")) && v == 2);
    CHECK(dec_to_int(&v, D("-17")) && v == -17);
    CHECK(dec_to_int(&v, D("9223372036854775807")) && v == INT64_MAX);
    CHECK(dec_to_int(&v, D("-9223372036854775808.000")) && v == INT64_MIN);
    v = 42;
    CHECK(!dec_to_int(&v, D("9223372036854775808")));
    CHECK(!dec_to_int(&v, D("-9223372036854775809")));
    CHECK(!dec_to_int(&v, D("2.5")));
    CHECK(!dec_to_int(&v, D("-0.000000000000000000000001")));
    CHECK(!dec_to_int(&v, mk(COEF_MAX, 0)));
    CHECK(v == 42);
    CHECK(dec_to_int(&v, mk((i128)5 * 1000000000000000000LL * 1000000, 24)) && v == 5);

    int64_t c = 42;
    CHECK(dec_to_cents(&c, D("12.5"), DEC_ROUND_HALF_AWAY) && c == 1250);
    CHECK(dec_to_cents(&c, D("12"), DEC_ROUND_HALF_AWAY) && c == 1200);
    CHECK(dec_to_cents(&c, D("0.005"), DEC_ROUND_HALF_AWAY) && c == 1);
    CHECK(dec_to_cents(&c, D("-0.005"), DEC_ROUND_HALF_AWAY) && c == -1);
    CHECK(dec_to_cents(&c, D("0.005"), DEC_ROUND_HALF_EVEN) && c == 0);
    CHECK(dec_to_cents(&c, D("-0.001"), DEC_ROUND_FLOOR) && c == -1);
    CHECK(dec_to_cents(&c, D("1484.615"), DEC_ROUND_HALF_AWAY) && c == 148462);
    CHECK(dec_to_cents(&c, D("92233720368547758.07"), DEC_ROUND_DOWN) && c == INT64_MAX);
    CHECK(dec_to_cents(&c, D("-92233720368547758.08"), DEC_ROUND_DOWN) && c == INT64_MIN);
    CHECK(dec_to_cents(&c, D("92233720368547758.074"), DEC_ROUND_HALF_AWAY) && c == INT64_MAX);
    c = 42;
    CHECK(!dec_to_cents(&c, D("92233720368547758.075"), DEC_ROUND_HALF_AWAY));
    CHECK(!dec_to_cents(&c, D("92233720368547758.08"), DEC_ROUND_HALF_AWAY));
    CHECK(!dec_to_cents(&c, D("-92233720368547758.09"), DEC_ROUND_HALF_AWAY));
    CHECK(!dec_to_cents(&c, mk(COEF_MAX, 0), DEC_ROUND_HALF_AWAY));
    CHECK(c == 42);
    for (int64_t k = -1000; k <= 1000; k += 7) {
        int64_t back = 0;
        CHECK(dec_to_cents(&back, dec_from_cents(k), DEC_ROUND_DOWN) && back == k);
    }
}

/* ---- parsing ------------------------------------------------------------------ */

static void test_parse_literal(void)
{
    static const struct { const char *s; i128 coef; int scale; } ok[] = {
        {"42", 42, 0}, {"0", 0, 0}, {"007", 7, 0}, {"1_000", 1000, 0},
        {"27_000.50", 2700050, 2}, {"2.5", 25, 1}, {"1.10", 110, 2},
        {"104.5M", 104500000, 0}, {"19k", 19000, 0}, {"1.2345k", 12345, 1},
        {"1.2345678M", 12345678, 1}, {"0.5k", 500, 0}, {"3%", 3, 2},
        {"2.5%", 25, 3}, {"100%", 100, 2}, {"0%", 0, 2}, {"0.001%", 1, 5},
        {"-3", -3, 0}, {"+3", 3, 0}, {"-0", 0, 0}, {"-0.50", -50, 2},
        {"1_2_3.4_5", 12345, 2}, {"0.000000000000000000000001", 1, 24},
        {"1.000000000000000000000000000000", (i128)1000000000000000000LL * 1000000, 24},
        {"0.0000000000000000000000000000", 0, 24},
        {"0.0000000000000000000000001M", 1, 19},
        {"170141183460469231731687303715884105727", COEF_MAX, 0},
        {"-170141183460469231731687303715884105727", -COEF_MAX, 0},
        {"170141183460469.231731687303715884105727", COEF_MAX, 24},
        {"170141183460469231731687303715884105727.000", COEF_MAX, 0},
        {"100000000000000000000000000000000000000.00", (i128)10000000000000000000ULL * 10000000000000000000ULL, 0},
        {"200000000000000000000000000000000000000%", (i128)2000000000000000000LL * (i128)10000000000000000000ULL, 1},
        {"170141183460469231731687303715884105.727k", COEF_MAX, 0},
        {"000000000000000000000000000000000000000000000001", 1, 0},
    };
    for (size_t k = 0; k < sizeof ok / sizeof ok[0]; k++) {
        Dec d = SENTINEL;
        DecParseError e = dec_parse_literal(&d, ok[k].s, strlen(ok[k].s));
        if (e != DEC_PARSE_OK || !same(d, mk(ok[k].coef, ok[k].scale)))
            fprintf(stderr, "literal '%s': %s, got %s scale %d\n", ok[k].s, dec_parse_message(e), S(d), d.scale);
        CHECK(e == DEC_PARSE_OK && same(d, mk(ok[k].coef, ok[k].scale)));
    }
    static const struct { const char *s; DecParseError want; } bad[] = {
        {"", DEC_PARSE_EMPTY}, {"1.2.3", DEC_PARSE_TWO_SEPARATORS},
        {"300%%", DEC_PARSE_TRAILING}, {"1__0", DEC_PARSE_BAD_UNDERSCORE},
        {"_1", DEC_PARSE_BAD_UNDERSCORE}, {"1_", DEC_PARSE_BAD_UNDERSCORE},
        {"1_.5", DEC_PARSE_BAD_UNDERSCORE}, {"1._5", DEC_PARSE_BAD_UNDERSCORE},
        {"1.", DEC_PARSE_NO_FRAC_DIGITS}, {"1.k", DEC_PARSE_NO_FRAC_DIGITS},
        {"1..2", DEC_PARSE_TWO_SEPARATORS}, {".5", DEC_PARSE_NO_INT_DIGITS},
        {"-.5", DEC_PARSE_NO_INT_DIGITS}, {"-", DEC_PARSE_NO_DIGITS},
        {"+", DEC_PARSE_NO_DIGITS}, {"--1", DEC_PARSE_TWO_SIGNS}, {"+-1", DEC_PARSE_TWO_SIGNS},
        {"1e5", DEC_PARSE_EXPONENT}, {"1E5", DEC_PARSE_EXPONENT}, {"1.5e-3", DEC_PARSE_EXPONENT},
        {"19kk", DEC_PARSE_TRAILING}, {"3%k", DEC_PARSE_TRAILING}, {"1k%", DEC_PARSE_TRAILING},
        {"1m", DEC_PARSE_BAD_CHAR}, {"1K", DEC_PARSE_BAD_CHAR}, {"1x", DEC_PARSE_BAD_CHAR},
        {" 1", DEC_PARSE_BAD_CHAR}, {"1 ", DEC_PARSE_BAD_CHAR}, {"1,5", DEC_PARSE_BAD_CHAR},
        {"NaN", DEC_PARSE_BAD_CHAR}, {"inf", DEC_PARSE_BAD_CHAR}, {"%", DEC_PARSE_BAD_CHAR},
        {"\xE2\x82\xAC 5", DEC_PARSE_BAD_CHAR}, {"0x10", DEC_PARSE_BAD_CHAR},
        {"0.0000000000000000000000001", DEC_PARSE_TOO_MANY_DECIMALS},
        {"0.000000000000000000000001%", DEC_PARSE_TOO_MANY_DECIMALS},
        {"170141183460469231731687303715884105728", DEC_PARSE_OVERFLOW},
        {"-170141183460469231731687303715884105728", DEC_PARSE_OVERFLOW},
        {"1000000000000000000000000000000000000000", DEC_PARSE_OVERFLOW},
        {"170141183460469.2317316873037158841057271", DEC_PARSE_OVERFLOW},
        {"170141183460469231731687303715884105.728k", DEC_PARSE_OVERFLOW},
        {"1000000000000000000000000000000000M", DEC_PARSE_OVERFLOW},
        {"1000000000000000000000000000000000000001", DEC_PARSE_OVERFLOW},
        {"17014118346046923173168730371588410572812", DEC_PARSE_OVERFLOW},
        {"1701411834604692317316873037158841057281.2e", DEC_PARSE_EXPONENT},
        {"10000000000000000000000000000000000000000000000000000000000000000.0", DEC_PARSE_OVERFLOW},
        {"1.2.3e", DEC_PARSE_TWO_SEPARATORS},
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        Dec d = SENTINEL;
        DecParseError e = dec_parse_literal(&d, bad[k].s, strlen(bad[k].s));
        if (e != bad[k].want)
            fprintf(stderr, "literal '%s': got '%s', want '%s'\n", bad[k].s, dec_parse_message(e),
                    dec_parse_message(bad[k].want));
        CHECK(e == bad[k].want && same(d, SENTINEL));
    }
    /* a slice, not a C string: the bytes after 'len' are not read */
    Dec d = SENTINEL;
    CHECK(dec_parse_literal(&d, "12.5xyz", 4) == DEC_PARSE_OK && same(d, mk(125, 1)));
    CHECK(dec_parse_literal(&d, "12.5", 3) == DEC_PARSE_NO_FRAC_DIGITS);
    /* every reason has a lowercase message without a trailing period */
    for (int e = DEC_PARSE_OK; e <= DEC_PARSE_OVERFLOW; e++) {
        const char *m = dec_parse_message((DecParseError)e);
        CHECK(m[0] >= 'a' && m[0] <= 'z' && m[strlen(m) - 1] != '.');
    }
    CHECK_EQ_STR(dec_parse_message(DEC_PARSE_TWO_SEPARATORS), "two decimal separators");
    CHECK_EQ_STR(dec_parse_message(DEC_PARSE_TOO_MANY_DECIMALS), "more than 24 decimals");
    CHECK_EQ_STR(dec_parse_message((DecParseError)99), "invalid number");
}

static void test_parse_money_literal(void)
{
    static const struct { const char *s; i128 coef; int scale; } ok[] = {
        {"\xE2\x82\xAC 1200", 1200, 0}, {"EUR 19000", 19000, 0}, {"\xE2\x82\xAC 27_000.50", 2700050, 2},
        {"\xE2\x82\xAC 104.5M", 104500000, 0}, {"\xE2\x82\xAC" "1200", 1200, 0}, {"EUR19000", 19000, 0},
        {"\xE2\x82\xAC    5", 5, 0}, {"-\xE2\x82\xAC 5", -5, 0}, {"\xE2\x82\xAC -5", -5, 0},
        {"1200", 1200, 0}, {"12.50", 1250, 2}, {"-EUR 0.01", -1, 2}, {"\xE2\x82\xAC 19k", 19000, 0},
    };
    for (size_t k = 0; k < sizeof ok / sizeof ok[0]; k++) {
        Dec d = SENTINEL;
        DecParseError e = dec_parse_money_literal(&d, ok[k].s, strlen(ok[k].s));
        if (e != DEC_PARSE_OK) fprintf(stderr, "money '%s': %s\n", ok[k].s, dec_parse_message(e));
        CHECK(e == DEC_PARSE_OK && same(d, mk(ok[k].coef, ok[k].scale)));
    }
    static const struct { const char *s; DecParseError want; } bad[] = {
        {"", DEC_PARSE_EMPTY}, {"\xE2\x82\xAC", DEC_PARSE_NO_DIGITS}, {"EUR", DEC_PARSE_NO_DIGITS},
        {"\xE2\x82\xAC ", DEC_PARSE_NO_DIGITS}, {"\xE2\x82\xAC 3%", DEC_PARSE_PERCENT},
        {"\xE2\x82\xAC \xE2\x82\xAC 5", DEC_PARSE_TWO_CURRENCIES}, {"EUR EUR 5", DEC_PARSE_TWO_CURRENCIES},
        {"-\xE2\x82\xAC -5", DEC_PARSE_TWO_SIGNS}, {"--\xE2\x82\xAC 5", DEC_PARSE_TWO_SIGNS},
        {" \xE2\x82\xAC 5", DEC_PARSE_BAD_CHAR}, {"\xE2\x82\xAC 5 ", DEC_PARSE_BAD_CHAR},
        {"\xE2\x82\xAC\t5", DEC_PARSE_BAD_CHAR}, {"EURO 5", DEC_PARSE_BAD_CHAR}, {"eur 5", DEC_PARSE_BAD_CHAR},
        {"\xE2\x82 5", DEC_PARSE_BAD_CHAR}, {"\xE2\x82\xAC 1.2.3", DEC_PARSE_TWO_SEPARATORS},
        {"\xE2\x82\xAC 1__0", DEC_PARSE_BAD_UNDERSCORE}, {"5 \xE2\x82\xAC", DEC_PARSE_BAD_CHAR},
        {"\xE2\x82\xAC 1,50", DEC_PARSE_BAD_CHAR}, {"\xE2\x82\xAC 1e3", DEC_PARSE_EXPONENT},
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        Dec d = SENTINEL;
        DecParseError e = dec_parse_money_literal(&d, bad[k].s, strlen(bad[k].s));
        if (e != bad[k].want)
            fprintf(stderr, "money '%s': got '%s', want '%s'\n", bad[k].s, dec_parse_message(e),
                    dec_parse_message(bad[k].want));
        CHECK(e == bad[k].want && same(d, SENTINEL));
    }
}

#define PT DEC_CSV_DECIMAL_POINT
#define CM DEC_CSV_DECIMAL_COMMA
#define PCT DEC_CSV_PERCENT
#define EURO "\xE2\x82\xAC"
#define NBSP "\xC2\xA0"

static void test_parse_csv(void)
{
    static const struct { const char *s; unsigned mode; i128 coef; int scale; } ok[] = {
        {"1234.56", PT, 123456, 2}, {"-12.5", PT, -125, 1}, {"+3", PT, 3, 0},
        {"1,234.56", PT, 123456, 2}, {"1,234,567", PT, 1234567, 0}, {"999,999.9", PT, 9999999, 1},
        {EURO "1234.56", PT, 123456, 2}, {EURO " 1,234.56", PT, 123456, 2}, {"  42  ", PT, 42, 0},
        {"\t-0.5\t", PT, -5, 1}, {NBSP "7" NBSP, PT, 7, 0}, {"0.50", PT, 50, 2}, {"0", PT, 0, 0},
        {"007", PT, 7, 0}, {"1,000", PT, 1000, 0}, {"-1,000.5", PT, -10005, 1},
        {"EUR 12.50", PT, 1250, 2}, {"12.50 EUR", PT, 1250, 2}, {"12.50" EURO, PT, 1250, 2},
        {"1234,56", CM, 123456, 2}, {"1.234,56", CM, 123456, 2}, {EURO " 1.234,56", CM, 123456, 2},
        {EURO " -1.234,56", CM, -123456, 2}, {"-" EURO " 1.234,56", CM, -123456, 2},
        {"12,50 " EURO, CM, 1250, 2}, {"-12,50 " EURO, CM, -1250, 2}, {EURO NBSP "5", CM, 5, 0},
        {"1.234.567", CM, 1234567, 0}, {"1.234", CM, 1234, 0}, {"1.234", PT, 1234, 3},
        {"1,234", PT, 1234, 0}, {"1,234", CM, 1234, 3}, {"+1.000,5", CM, 10005, 1},
        {"3%", PT | PCT, 3, 2}, {"2,5%", CM | PCT, 25, 3}, {"-2.5%", PT | PCT, -25, 3},
        {" 100% ", CM | PCT, 100, 2}, {"1,234.5%", PT | PCT, 12345, 3}, {"5", PT | PCT, 5, 0},
        {"170,141,183,460,469,231,731,687,303,715,884,105,727", PT, COEF_MAX, 0},
        {"-170.141.183.460.469.231.731.687.303.715.884.105.727", CM, -COEF_MAX, 0},
        {"0,000000000000000000000001", CM, 1, 24},
        {"1.000000000000000000000000000", PT, (i128)1000000000000000000LL * 1000000, 24},
    };
    for (size_t k = 0; k < sizeof ok / sizeof ok[0]; k++) {
        Dec d = SENTINEL;
        DecParseError e = dec_parse_csv(&d, ok[k].s, strlen(ok[k].s), ok[k].mode);
        if (e != DEC_PARSE_OK || !same(d, mk(ok[k].coef, ok[k].scale)))
            fprintf(stderr, "csv '%s' mode %u: %s, got %s\n", ok[k].s, ok[k].mode, dec_parse_message(e), S(d));
        CHECK(e == DEC_PARSE_OK && same(d, mk(ok[k].coef, ok[k].scale)));
    }
    static const struct { const char *s; unsigned mode; DecParseError want; } bad[] = {
        {"", PT, DEC_PARSE_EMPTY}, {"   ", CM, DEC_PARSE_EMPTY}, {NBSP "\t", PT, DEC_PARSE_EMPTY},
        {EURO, PT, DEC_PARSE_NO_DIGITS}, {EURO " ", CM, DEC_PARSE_NO_DIGITS}, {"EUR", PT, DEC_PARSE_NO_DIGITS},
        {"-", PT, DEC_PARSE_NO_DIGITS}, {"-" EURO, PT, DEC_PARSE_NO_DIGITS},
        {"1.23.4", PT, DEC_PARSE_TWO_SEPARATORS}, {"1.23.4", CM, DEC_PARSE_BAD_GROUPING},
        {"12,34,5", PT, DEC_PARSE_BAD_GROUPING}, {"12,34,5", CM, DEC_PARSE_TWO_SEPARATORS},
        {"1,23", PT, DEC_PARSE_BAD_GROUPING}, {"1.23", CM, DEC_PARSE_BAD_GROUPING},
        {"0,123", PT, DEC_PARSE_BAD_GROUPING}, {"0.123", CM, DEC_PARSE_BAD_GROUPING},
        {"1234,567.5", PT, DEC_PARSE_BAD_GROUPING}, {"1234.56", CM, DEC_PARSE_BAD_GROUPING},
        {"1234,56", PT, DEC_PARSE_BAD_GROUPING}, {",5", PT, DEC_PARSE_BAD_GROUPING},
        {"1,,234", PT, DEC_PARSE_BAD_GROUPING}, {"1,", PT, DEC_PARSE_BAD_GROUPING},
        {"1,234,", PT, DEC_PARSE_BAD_GROUPING}, {"1,2345", PT, DEC_PARSE_BAD_GROUPING},
        {"1.234,5,6", CM, DEC_PARSE_TWO_SEPARATORS}, {"1.5,234", PT, DEC_PARSE_BAD_GROUPING},
        {"1,5.234", CM, DEC_PARSE_BAD_GROUPING}, {"1.,5", PT, DEC_PARSE_BAD_GROUPING},
        {"1..5", PT, DEC_PARSE_TWO_SEPARATORS},
        {".5", PT, DEC_PARSE_NO_INT_DIGITS}, {",5", CM, DEC_PARSE_NO_INT_DIGITS},
        {"5.", PT, DEC_PARSE_NO_FRAC_DIGITS}, {"5,", CM, DEC_PARSE_NO_FRAC_DIGITS},
        {"5. ", PT, DEC_PARSE_NO_FRAC_DIGITS}, {"1,234.", PT, DEC_PARSE_NO_FRAC_DIGITS},
        {"1e5", PT, DEC_PARSE_EXPONENT}, {"1.5E3", PT, DEC_PARSE_EXPONENT}, {"1,5e3", CM, DEC_PARSE_EXPONENT},
        {"1,000e3", PT, DEC_PARSE_EXPONENT},
        {"NaN", PT, DEC_PARSE_BAD_CHAR}, {"nan", CM, DEC_PARSE_BAD_CHAR}, {"inf", PT, DEC_PARSE_BAD_CHAR},
        {"-inf", PT, DEC_PARSE_BAD_CHAR}, {"Infinity", PT, DEC_PARSE_BAD_CHAR},
        {"--1", PT, DEC_PARSE_TWO_SIGNS}, {"+-1", PT, DEC_PARSE_TWO_SIGNS}, {"-" EURO " -1", CM, DEC_PARSE_TWO_SIGNS},
        {EURO " --1", CM, DEC_PARSE_TWO_SIGNS},
        {"- 1", PT, DEC_PARSE_BAD_CHAR}, {"1-", PT, DEC_PARSE_BAD_CHAR}, {"(1)", PT, DEC_PARSE_BAD_CHAR},
        {"1 234", PT, DEC_PARSE_BAD_CHAR}, {"1_000", PT, DEC_PARSE_BAD_CHAR}, {"12a", PT, DEC_PARSE_BAD_CHAR},
        {"0x1F", PT, DEC_PARSE_BAD_CHAR}, {"1" NBSP "234", CM, DEC_PARSE_BAD_CHAR}, {"12.50 USD", PT, DEC_PARSE_BAD_CHAR},
        {"$5", PT, DEC_PARSE_BAD_CHAR}, {"5 - ", PT, DEC_PARSE_BAD_CHAR},
        {EURO " 5 " EURO, PT, DEC_PARSE_TWO_CURRENCIES}, {EURO EURO "5", PT, DEC_PARSE_TWO_CURRENCIES},
        {"EUR " EURO " 5", PT, DEC_PARSE_TWO_CURRENCIES}, {"5 " EURO " x", PT, DEC_PARSE_TRAILING},
        {"5 " EURO EURO, PT, DEC_PARSE_TRAILING},
        {"5%", PT, DEC_PARSE_PERCENT}, {"5%", CM, DEC_PARSE_PERCENT}, {"5%%", PT | PCT, DEC_PARSE_TRAILING},
        {"5% " EURO, PT | PCT, DEC_PARSE_TRAILING}, {"5 %", PT | PCT, DEC_PARSE_BAD_CHAR},
        {"%", PT | PCT, DEC_PARSE_BAD_CHAR},
        {"170141183460469231731687303715884105728", PT, DEC_PARSE_OVERFLOW},
        {"0.0000000000000000000000001", PT, DEC_PARSE_TOO_MANY_DECIMALS},
        {"0.000000000000000000000001%", PT | PCT, DEC_PARSE_TOO_MANY_DECIMALS},
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        Dec d = SENTINEL;
        DecParseError e = dec_parse_csv(&d, bad[k].s, strlen(bad[k].s), bad[k].mode);
        if (e != bad[k].want)
            fprintf(stderr, "csv '%s' mode %u: got '%s', want '%s'\n", bad[k].s, bad[k].mode,
                    dec_parse_message(e), dec_parse_message(bad[k].want));
        CHECK(e == bad[k].want && same(d, SENTINEL));
    }
}

/* ---- formatting --------------------------------------------------------------- */

static void test_format(void)
{
    static const struct { const char *x; DecStyle style; int places; const char *want; } rows[] = {
        {"1484.615", DEC_STYLE_PLAIN, 2, "1484.62"}, {"1484.614999", DEC_STYLE_PLAIN, 2, "1484.61"},
        {"-1484.615", DEC_STYLE_PLAIN, 2, "-1484.62"}, {"-0.5", DEC_STYLE_PLAIN, 2, "-0.50"},
        {"12", DEC_STYLE_PLAIN, 2, "12.00"}, {"0", DEC_STYLE_PLAIN, 2, "0.00"}, {"0", DEC_STYLE_PLAIN, 0, "0"},
        {"-0.004", DEC_STYLE_PLAIN, 2, "0.00"}, {"-0.005", DEC_STYLE_PLAIN, 2, "-0.01"},
        {"0.0004", DEC_STYLE_PLAIN, 2, "0.00"}, {"0.005", DEC_STYLE_PLAIN, 2, "0.01"},
        {"9.995", DEC_STYLE_PLAIN, 2, "10.00"}, {"-999.5", DEC_STYLE_PLAIN, 0, "-1000"},
        {"0.5", DEC_STYLE_PLAIN, 0, "1"}, {"0.49", DEC_STYLE_PLAIN, 0, "0"},
        {"2.5", DEC_STYLE_PLAIN, 30, "2.500000000000000000000000"},
        {"0.50", DEC_STYLE_PLAIN, DEC_PLACES_MIN, "0.5"}, {"12.00", DEC_STYLE_PLAIN, DEC_PLACES_MIN, "12"},
        {"-0.000", DEC_STYLE_PLAIN, DEC_PLACES_MIN, "0"}, {"100", DEC_STYLE_PLAIN, DEC_PLACES_MIN, "100"},
        {"0.000000000000000000000001", DEC_STYLE_PLAIN, -7, "0.000000000000000000000001"},
        {"1234.5", DEC_STYLE_NL, 2, "1234,50"}, {"-0.25", DEC_STYLE_NL, DEC_PLACES_MIN, "-0,25"},
        {"1234567.891", DEC_STYLE_MONEY_NL, 2, EURO " 1.234.567,89"},
        {"-12.5", DEC_STYLE_MONEY_NL, 2, "-" EURO " 12,50"}, {"0", DEC_STYLE_MONEY_NL, 2, EURO " 0,00"},
        {"-0.001", DEC_STYLE_MONEY_NL, 2, EURO " 0,00"}, {"999", DEC_STYLE_MONEY_NL, 0, EURO " 999"},
        {"1000", DEC_STYLE_MONEY_NL, 0, EURO " 1.000"}, {"999999.995", DEC_STYLE_MONEY_NL, 2, EURO " 1.000.000,00"},
        {"12345", DEC_STYLE_MONEY_NL, DEC_PLACES_MIN, EURO " 12.345"},
        {"104500000", DEC_STYLE_MONEY_NL, 2, EURO " 104.500.000,00"},
        {"0.03", DEC_STYLE_PERCENT, DEC_PLACES_MIN, "3%"}, {"0.025", DEC_STYLE_PERCENT, DEC_PLACES_MIN, "2.5%"},
        {"0.025", DEC_STYLE_PERCENT_NL, DEC_PLACES_MIN, "2,5%"}, {"1", DEC_STYLE_PERCENT, DEC_PLACES_MIN, "100%"},
        {"3", DEC_STYLE_PERCENT, 1, "300.0%"}, {"-0.00125", DEC_STYLE_PERCENT_NL, 1, "-0,1%"},
        {"0.00125", DEC_STYLE_PERCENT, 2, "0.13%"}, {"0", DEC_STYLE_PERCENT, DEC_PLACES_MIN, "0%"},
        {"0.333333", DEC_STYLE_PERCENT, 0, "33%"}, {"0.03", DEC_STYLE_PERCENT, 2, "3.00%"},
    };
    for (size_t k = 0; k < sizeof rows / sizeof rows[0]; k++)
        CHECK_EQ_STR(FMT(D(rows[k].x), rows[k].style, rows[k].places), rows[k].want);

    /* extremes: every style fits DEC_FORMAT_MAX */
    CHECK_EQ_STR(FMT(mk(-COEF_MAX, 0), DEC_STYLE_MONEY_NL, 24),
                 "-" EURO " 170.141.183.460.469.231.731.687.303.715.884.105.727,000000000000000000000000");
    CHECK_EQ_STR(FMT(mk(-COEF_MAX, 0), DEC_STYLE_PERCENT_NL, 24),
                 "-17014118346046923173168730371588410572700,000000000000000000000000%");
    CHECK_EQ_STR(FMT(mk(COEF_MAX, 24), DEC_STYLE_PERCENT, DEC_PLACES_MIN),
                 "17014118346046923.1731687303715884105727%");
    CHECK_EQ_STR(FMT(mk(COEF_MAX, 24), DEC_STYLE_MONEY_NL, 2), EURO " 170.141.183.460.469,23");
    CHECK_EQ_STR(FMT(mk(COEF_MAX, 39 - 39), DEC_STYLE_PLAIN, DEC_PLACES_MIN), COEF_MAX_TEXT);
    CHECK_EQ_STR(FMT(mk(COEF_MAX, 1), DEC_STYLE_PLAIN, 0), "17014118346046923173168730371588410573");
    CHECK_EQ_STR(FMT(D("9999999999999999999999999999999999999.5"), DEC_STYLE_MONEY_NL, 0),
                 EURO " 10.000.000.000.000.000.000.000.000.000.000.000.000");
    CHECK_EQ_STR(FMT(mk(COEF_MAX, 0), DEC_STYLE_PERCENT, 0), "17014118346046923173168730371588410572700%");
    CHECK_EQ_STR(FMT(mk(0, 0), DEC_STYLE_PERCENT, 2), "0.00%");
    CHECK_EQ_STR(FMT(mk(0, 24), DEC_STYLE_PERCENT_NL, DEC_PLACES_MIN), "0%");
    CHECK_EQ_STR(FMT(mk(1, 24), DEC_STYLE_PERCENT, DEC_PLACES_MIN), "0.0000000000000000000001%");
    CHECK_EQ_STR(FMT(mk((i128)1 << 64, 0), DEC_STYLE_PLAIN, DEC_PLACES_MIN), "18446744073709551616");
    CHECK_EQ_STR(FMT(mk(((i128)1 << 64) - 1, 0), DEC_STYLE_PLAIN, DEC_PLACES_MIN), "18446744073709551615");
    CHECK_EQ_STR(FMT(mk((i128)10000000000000000000ULL, 0), DEC_STYLE_PLAIN, DEC_PLACES_MIN), "10000000000000000000");
    CHECK_EQ_STR(FMT(mk((i128)10000000000000000000ULL * 10000000000000000000ULL, 0), DEC_STYLE_PLAIN,
                     DEC_PLACES_MIN), "100000000000000000000000000000000000000");

    /* snprintf-like truncation */
    char buf[8];
    memset(buf, 'x', sizeof buf);
    CHECK_EQ_INT(dec_format(buf, 0, D("1234.5"), DEC_STYLE_PLAIN, 2), 7);
    CHECK(buf[0] == 'x');
    CHECK_EQ_INT(dec_format(buf, 1, D("1234.5"), DEC_STYLE_PLAIN, 2), 7);
    CHECK_EQ_STR(buf, "");
    CHECK_EQ_INT(dec_format(buf, 5, D("1234.5"), DEC_STYLE_PLAIN, 2), 7);
    CHECK_EQ_STR(buf, "1234");
    CHECK_EQ_INT(dec_format(buf, 8, D("1234.5"), DEC_STYLE_PLAIN, 2), 7);
    CHECK_EQ_STR(buf, "1234.50");
    CHECK_EQ_INT(dec_format(NULL, 0, D("-1"), DEC_STYLE_MONEY_NL, 2), 9); /* "-€ 1,00", € is 3 bytes */
}

/* ---- round trips ----------------------------------------------------------------- */

static uint64_t rng_state = 0x9E3779B97F4A7C15ULL;

static uint64_t next_rand(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* a random valid Dec of varied magnitude */
static Dec rand_dec(void)
{
    u128 m = ((u128)next_rand() << 64) | next_rand();
    int bits = (int)(next_rand() % 128); /* 0..127 bits of magnitude */
    m = bits == 0 ? 0 : m >> (128 - bits);
    if (m > (u128)COEF_MAX) m = (u128)COEF_MAX;
    Dec d = {(i128)m, (int32_t)(next_rand() % (DEC_MAX_SCALE + 1))};
    if (next_rand() & 1) d.coef = -d.coef;
    return d;
}

static void test_round_trips(void)
{
    int plain_ok = 1, money_ok = 1, csv_ok = 1, pct_ok = 1, exact_ok = 1;
    for (int k = 0; k < 20000; k++) {
        Dec x = rand_dec(), y = SENTINEL;
        char buf[DEC_FORMAT_MAX];
        size_t n = dec_format(buf, sizeof buf, x, DEC_STYLE_PLAIN, DEC_PLACES_MIN);
        plain_ok &= dec_parse_literal(&y, buf, n) == DEC_PARSE_OK && dec_eq(x, y);
        /* the full scale survives a fixed-places round trip */
        n = dec_format(buf, sizeof buf, x, DEC_STYLE_PLAIN, x.scale);
        exact_ok &= dec_parse_csv(&y, buf, n, DEC_CSV_DECIMAL_POINT) == DEC_PARSE_OK && same(x, y);
        n = dec_format(buf, sizeof buf, x, DEC_STYLE_MONEY_NL, DEC_PLACES_MIN);
        csv_ok &= dec_parse_csv(&y, buf, n, DEC_CSV_DECIMAL_COMMA) == DEC_PARSE_OK && dec_eq(x, y);
        /* money at 2 places is the value rounded to cents */
        n = dec_format(buf, sizeof buf, x, DEC_STYLE_MONEY_NL, 2);
        Dec cents;
        dec_round(&cents, x, 2, DEC_ROUND_HALF_AWAY);
        money_ok &= dec_parse_csv(&y, buf, n, DEC_CSV_DECIMAL_COMMA) == DEC_PARSE_OK && dec_eq(cents, y);
        if (x.scale <= 22) {
            n = dec_format(buf, sizeof buf, x, DEC_STYLE_PERCENT_NL, DEC_PLACES_MIN);
            pct_ok &= dec_parse_csv(&y, buf, n, DEC_CSV_DECIMAL_COMMA | DEC_CSV_PERCENT) == DEC_PARSE_OK &&
                      dec_eq(x, y);
        }
    }
    CHECK(plain_ok);
    CHECK(exact_ok);
    CHECK(csv_ok);
    CHECK(money_ok);
    CHECK(pct_ok);
}

/* 'q' = 'a' / 'b' rounded to 'places' in 'mode', checked against the exact
 * remainder a - q*b (half a unit for the half modes, one unit otherwise);
 * true when it holds or the check would need more than 24 decimals */
static bool quotient_ok(Dec q, Dec a, Dec b, int places, DecRound mode)
{
    Dec qb, rem, twice;
    if (q.scale + b.scale > DEC_MAX_SCALE || b.scale + places > DEC_MAX_SCALE) return true;
    if (!dec_mul(&qb, q, b) || !dec_sub(&rem, a, qb) || !dec_add(&twice, rem, rem)) return true;
    Dec bound = {dec_abs(b).coef, b.scale + places};
    if (mode <= DEC_ROUND_HALF_DOWN) return dec_cmp(dec_abs(twice), bound) <= 0;
    return dec_cmp(dec_abs(rem), bound) < 0;
}

/* algebraic identities on random values, where the operations succeed */
static void test_identities(void)
{
    int ok = 1, checked = 0;
    for (int k = 0; k < 20000; k++) {
        Dec a = rand_dec(), b = rand_dec(), s, back, p, q;
        /* small quotients, where the remainder check applies */
        Dec sa = {a.coef >> (next_rand() % 128), (int32_t)(next_rand() % 8)};
        Dec sb = {b.coef >> (next_rand() % 128), (int32_t)(next_rand() % 5)};
        int places = (int)(next_rand() % 20);
        DecRound mode = (DecRound)(next_rand() % 8);
        if (!dec_is_zero(sb) && dec_div_round(&q, sa, sb, places, mode)) {
            ok &= quotient_ok(q, sa, sb, places, mode);
            checked++;
        }
        if (dec_add(&s, a, b)) {
            ok &= dec_sub(&back, s, b) && dec_eq(back, a);
            ok &= dec_cmp(s, a) == dec_sign(b);
        }
        ok &= dec_cmp(a, b) == -dec_cmp(b, a);
        ok &= dec_cmp(a, dec_normalize(a)) == 0;
        if (dec_mul(&p, a, b) && a.scale + b.scale <= DEC_MAX_SCALE && !dec_is_zero(b))
            ok &= dec_div_round(&q, p, b, DEC_MAX_SCALE, DEC_ROUND_DOWN) && dec_eq(q, a);
        Dec lo, hi; /* floor <= quotient <= ceiling (any of them may not fit) */
        if (!dec_is_zero(b) && dec_div(&q, a, b) &&
            dec_div_round(&lo, a, b, DEC_DIV_SCALE, DEC_ROUND_FLOOR) &&
            dec_div_round(&hi, a, b, DEC_DIV_SCALE, DEC_ROUND_CEILING))
            ok &= dec_cmp(lo, q) <= 0 && dec_cmp(q, hi) <= 0 && dec_cmp(lo, hi) <= 0;
        if (!ok) {
            fprintf(stderr, "identity failed for a=%s (scale %d) b=%s (scale %d)\n", S(a), a.scale, S(b), b.scale);
            break;
        }
    }
    CHECK(ok);
    CHECK(checked > 10000);
}

/* ---- differential table from Python's decimal ---------------------------------- */

/* op: 'm' mul, 'd' div, 'q' div_round, 'r' round (b unused), 'a' add, 's' sub.
 * want: minimal plain text, NULL for "fails" (overflow).
 * scale: expected result scale, or -1 when only the value is checked. */
static const struct {
    char op;
    const char *a, *b;
    int places;
    DecRound mode;
    const char *want;
    int scale;
} DIFF[] = {
/* BEGIN GENERATED by tests/unit/gen_num_table.py; do not edit */
    {'m', "76412.18", "95.70", 0, DEC_ROUND_HALF_AWAY, "7312645.626", 4},
    {'m', "-72902.48", "59659.96", 0, DEC_ROUND_HALF_AWAY, "-4349359040.7008", 4},
    {'m', "-0.00000000000000000005", "-98503.71", 0, DEC_ROUND_HALF_AWAY, "0.0000000000000049251855", 22},
    {'m', "14.30623765215676329494", "1564229027521964774365109.1275391200213", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-87.29173645030566550546", "-100000000000000000.00", 0, DEC_ROUND_HALF_AWAY, "8729173645030566550.546", -1},
    {'m', "-445916.2", "0.05", 0, DEC_ROUND_HALF_AWAY, "-22295.81", 3},
    {'m', "-69644.67", "-1.742", 0, DEC_ROUND_HALF_AWAY, "121321.01514", 5},
    {'m', "-170141183460469231731687303715884105727", "47812208847.9706604", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "5344216", "999999999999999999.99999999999999999999", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "0.00018446744073709551616", "79.66040157865449398824", 0, DEC_ROUND_HALF_AWAY, "0.014694750407303677969637", 24},
    {'m', "-922337203685477580.8", "9.001", 0, DEC_ROUND_HALF_AWAY, "-8301957170372983704.7808", 4},
    {'m', "62983579705722975897552251.646044602849", "38255.64", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-77720.57", "60694.24", 0, DEC_ROUND_HALF_AWAY, "-4717190928.5168", 4},
    {'m', "-9239.12", "-53618118.8789608867", 0, DEC_ROUND_HALF_AWAY, "495384234496.985107527704", 12},
    {'m', "-1701411834604692.31731687303715884105727", "-5248397694191893.5", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "64181133.7496265707", "77349.06", 0, DEC_ROUND_HALF_AWAY, "4964350365267.890594668542", 12},
    {'m', "4574632903517082199790038738157821.1724", "-96533.17", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "4060099552.29804077", "52828.53", 0, DEC_ROUND_HALF_AWAY, "214489091001563.6157591681", 10},
    {'m', "-850705917302346158.65843651857942052864", "-170141183460469231731687303715884105726", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "66718.89", "10.38834005816622342364", 0, DEC_ROUND_HALF_AWAY, "693098.5176233858623172605596", 22},
    {'m', "-743799.9", "-5991.45", 0, DEC_ROUND_HALF_AWAY, "4456439910.855", 3},
    {'m', "-190811.7", "0.9579", 0, DEC_ROUND_HALF_AWAY, "-182778.52743", 5},
    {'m', "3.629", "5435559", 0, DEC_ROUND_HALF_AWAY, "19725643.611", 3},
    {'m', "10000000000000000000000000000000000000.0", "-0.0000000000000000001", 0, DEC_ROUND_HALF_AWAY, "-1000000000000000000", 20},
    {'m', "304422524.029900815", "0.6410", 0, DEC_ROUND_HALF_AWAY, "195134837.903166422415", 13},
    {'m', "68.02771862779069170204", "8.294", 0, DEC_ROUND_HALF_AWAY, "564.22189829889599697671976", 23},
    {'m', "41.24204450201946860298", "108788180091548.778030204507807602844151", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-517709.4", "6710758750780616.1115238083870284659002", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "2817.98", "89.42313782688449841159", 0, DEC_ROUND_HALF_AWAY, "251992.6139334039788338923882", 22},
    {'m', "6479504", "104803639430335679.627882780641197380073", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "5142730", "3782864038.25415405", 0, DEC_ROUND_HALF_AWAY, "19454248375450785.6575565", 8},
    {'m', "6147344859159864033815060534152049618.3", "100000000000000000.00", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-2626151", "91.37376942425943508156", 0, DEC_ROUND_HALF_AWAY, "-239961315.94728833969887387556", 20},
    {'m', "-168127822056598257070876017897830502.433", "9824587", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "576971034356506095.66867467812944370526", "0.314", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "40322.14", "83.97", 0, DEC_ROUND_HALF_AWAY, "3385850.0958", 4},
    {'m', "-67.41285357412424411304", "53556293896277.9068", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "79.87781571067594333191", "130966275379748968614.130090158693933994", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "1035713187843208.66635069258978882231156", "40.22757975508892272738", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "34.73485833954966342810", "0.000010000000000000000000", 0, DEC_ROUND_HALF_AWAY, "0.000347348583395496634281", 24},
    {'m', "64.41", "8901115", 0, DEC_ROUND_HALF_AWAY, "573320817.15", 2},
    {'m', "-137823362650701235871073380197518861.227", "710026625.891159410", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-66583.43", "99999999999999.999999999999999999999999", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "95.70", "-92233720368547758.08", 0, DEC_ROUND_HALF_AWAY, "-8826767039270020448.256", 4},
    {'m', "-97.15732552004690629787", "86917.61", 0, DEC_ROUND_HALF_AWAY, "-8444682.5281944841833048084907", 22},
    {'m', "437113017.596769423", "-483552.0", 0, DEC_ROUND_HALF_AWAY, "-211366873884953.048030496", 10},
    {'m', "69314464.1657017572", "-1000000000000000000.00000000000000000000", 0, DEC_ROUND_HALF_AWAY, "-69314464165701757200000000", -1},
    {'m', "-75888.79", "17056.90", 0, DEC_ROUND_HALF_AWAY, "-1294427502.151", 4},
    {'m', "0.0000000000000000009", "-79.01790685648613877851", 0, DEC_ROUND_HALF_AWAY, "-0.000000000000000071116116", 24},
    {'m', "-0.870", "-4880572", 0, DEC_ROUND_HALF_AWAY, "4246097.64", 3},
    {'m', "-93.85034362962812975878", "-0.5", 0, DEC_ROUND_HALF_AWAY, "46.92517181481406487939", 21},
    {'m', "-134000415416590719037046253.727407793575", "108746549629026554519389.365520873424478", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "87579.5", "-531478.0", 0, DEC_ROUND_HALF_AWAY, "-46546577501", 2},
    {'m', "-11.29", "-8709149706950713.5", 0, DEC_ROUND_HALF_AWAY, "98326300191473555.415", 3},
    {'m', "-1701411834604692317316873037158841057.26", "538941.8", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "21929194.671400411", "-660942176868261332536494.16392245372803", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "27129.95", "0.7833", 0, DEC_ROUND_HALF_AWAY, "21250.889835", 6},
    {'m', "64639.54", "3533778", 0, DEC_ROUND_HALF_AWAY, "228421784382.12", 2},
    {'m', "8.590", "0.09223372036854775808", 0, DEC_ROUND_HALF_AWAY, "0.7922876579658252419072", 23},
    {'m', "68.27", "-10441.65", 0, DEC_ROUND_HALF_AWAY, "-712851.4455", 4},
    {'m', "-45.76272078287744130772", "495112.3", 0, DEC_ROUND_HALF_AWAY, "-22657685.941068250583980256956", 21},
    {'m', "-622199666.658016322", "-85070591730234.615865843651857942052864", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "33361.98", "-1567853480033472772760042216.57957499608", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-70420.50", "23154.22", 0, DEC_ROUND_HALF_AWAY, "-1630531749.51", 4},
    {'m', "77582450168322.4861", "-43.58861640497928989612", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "4787636", "-7423067703504.29924", 0, DEC_ROUND_HALF_AWAY, "-35538946167734509196.19664", 5},
    {'m', "-70045308830433.3738", "-412192633755242785241676585.71321692020", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-60549.25", "-87313581.3042170833", 0, DEC_ROUND_HALF_AWAY, "5286771862784.366231002525", 12},
    {'m', "-8395189699710788928298340589416399.1856", "-0.00000000000000000005", 0, DEC_ROUND_HALF_AWAY, "419759484985539.44641491702947081995928", -1},
    {'m', "82.05484582577762477868", "2.457", 0, DEC_ROUND_HALF_AWAY, "201.60875619393562408121676", 23},
    {'m', "882298.6", "-100000000000000.000000000000000000000000", 0, DEC_ROUND_HALF_AWAY, "-88229860000000000000", -1},
    {'m', "1778.23", "136844121737703645792153398.623903393077", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "15017.36", "-1091582873399671821648.5341757666733788", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "71.52822667353149449528", "58231.84", 0, DEC_ROUND_HALF_AWAY, "4165220.2511368182224100257152", 22},
    {'m', "0.00018446744073709551615", "8507059173023461586584365185794205286.4", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "31.77", "-10932.08", 0, DEC_ROUND_HALF_AWAY, "-347312.1816", 4},
    {'m', "-1000000000000000000.0", "-94.91", 0, DEC_ROUND_HALF_AWAY, "94910000000000000000", 3},
    {'m', "9390028547344.46653", "-5.055", 0, DEC_ROUND_HALF_AWAY, "-47466594306826.27830915", 8},
    {'m', "-0.9", "17014118346046923173.1687303715884105727", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "57.21237015037213759732", "-93332.12", 0, DEC_ROUND_HALF_AWAY, "-5339751.7963589503908895819184", 22},
    {'m', "32.57797868490450413098", "-868659126832.374192", 0, DEC_ROUND_HALF_AWAY, "-28299158518392.844636721085546665139668", 24},
    {'m', "-5.412", "0.9223372036854775808", 0, DEC_ROUND_HALF_AWAY, "-4.9916889463458046672896", 22},
    {'m', "7050729194985258.5836330817156435490120", "1339049453250920396067151946586951429.66", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "62475.69", "-99.17279939241168621149", 0, DEC_ROUND_HALF_AWAY, "-6195889.0712725008601263236781", 22},
    {'m', "8667.91", "0.75041368488791178534", 0, DEC_ROUND_HALF_AWAY, "6504.5182833767794432664394", 22},
    {'m', "647412.6", "-12206380992251606566470935953364570.4575", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-47.03", "9.442", 0, DEC_ROUND_HALF_AWAY, "-444.05726", 5},
    {'m', "-57.92022064041159137654", "282023.4", 0, DEC_ROUND_HALF_AWAY, "-16334857.553759054399422491036", 21},
    {'m', "552159.7", "-6483976", 0, DEC_ROUND_HALF_AWAY, "-3580190242967.2", 1},
    {'m', "9223372036854775808", "-850705917302346158.65843651857942052864", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-1000000000000000000000000000000000000.00", "-2.320", 0, DEC_ROUND_HALF_AWAY, "2320000000000000000000000000000000000", -1},
    {'m', "-32.58479051400173027601", "64179.58", 0, DEC_ROUND_HALF_AWAY, "-2091278.1695766151683876058758", 22},
    {'m', "0.2473", "-469005.2", 0, DEC_ROUND_HALF_AWAY, "-115984.98596", 5},
    {'m', "-72.37493467447810077743", "-121567832354207965430.928870102288029804", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-148629823455366217862626432.552937318117", "423126321438158681", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "9.83", "-8731651524809878081142541882289666235.7", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-0.9", "-17014118346046923173.1687303715884105727", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-5.28146635066371082674", "-37185522596921.0996", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "6.060", "-4640100", 0, DEC_ROUND_HALF_AWAY, "-28119006", 3},
    {'m', "-69963.24", "410689.366475809742", 0, DEC_ROUND_HALF_AWAY, "-28733158712.19503117388408", 14},
    {'m', "-0.0103", "49.11722417031970306297", 0, DEC_ROUND_HALF_AWAY, "-0.505907408954292941548591", 24},
    {'m', "-344323225970533327577849257919.39976154", "-18.07041483274771852710", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-96601046354042768862717217732044774899", "1595763401049717465.09308687224322675798", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-1000000000000000000000000000000000000.00", "-1000000000000000.00000000000000000000000", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "8160.83", "24.76533314224229072504", 0, DEC_ROUND_HALF_AWAY, "202105.6736672051534176281832", 22},
    {'m', "28.17", "3592143781789630.27", 0, DEC_ROUND_HALF_AWAY, "101190690333013884.7059", 4},
    {'m', "12607948144979962699778219.8937303530211", "100000000000000000.00", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "1", "4.538", 0, DEC_ROUND_HALF_AWAY, "4.538", 3},
    {'m', "1.0000000000000000000", "-249361.6", 0, DEC_ROUND_HALF_AWAY, "-249361.6", 20},
    {'m', "-91.17029996764056637644", "924267929630996409324.74659929994869459", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "1000000000000000000000000000000000000.00", "-5.860", 0, DEC_ROUND_HALF_AWAY, "-5860000000000000000000000000000000000", -1},
    {'m', "-4.20645240536171710175", "35306255693889967.7", 0, DEC_ROUND_HALF_AWAY, "-148514084187879274.920275632799845113475", 21},
    {'m', "21.47780968743118149159", "9", 0, DEC_ROUND_HALF_AWAY, "193.30028718688063342431", 20},
    {'m', "-238955.9", "-14.97892511264807540803", 0, DEC_ROUND_HALF_AWAY, "3579302.531325422242393675877", 21},
    {'m', "13757872326321830644395.5586384053615098", "-2.17255188586555028385", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'m', "-4042200", "13021.68", 0, DEC_ROUND_HALF_AWAY, "-52636234896", 2},
    {'m', "-648422.8", "-89972839989931032.5", 0, DEC_ROUND_HALF_AWAY, "58340440830223051900541", 2},
    {'m', "-5265821925652912.15", "-184467440737095516.16", 0, DEC_ROUND_HALF_AWAY, "971372694002476763151174426211385.344", 4},
    {'m', "93891.88", "-94935.42", 0, DEC_ROUND_HALF_AWAY, "-8913665062.3896", 4},
    {'m', "7.865", "100000000000000000.00", 0, DEC_ROUND_HALF_AWAY, "786500000000000000", 5},
    {'d', "-15147950926560851753.4132606035334471574", "330792.7", 20, DEC_ROUND_HALF_AWAY, "-45792881543519.10351532322389077343", -1},
    {'d', "-1779697", "99999999999999.999999999999999999999999", 20, DEC_ROUND_HALF_AWAY, "-0.00000001779697", -1},
    {'d', "-14941401573092654668445861.4802446816012", "55.12645934652518171358", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "88.91374402240940903071", "28547.46", 20, DEC_ROUND_HALF_AWAY, "0.00311459387358487967", -1},
    {'d', "42.99952800235124648392", "-32826734422944.7684", 20, DEC_ROUND_HALF_AWAY, "-0.00000000000130989356", -1},
    {'d', "16093.32", "-20.24692777266763644155", 20, DEC_ROUND_HALF_AWAY, "-794.85244283457147226438", -1},
    {'d', "-6.227", "0.01", 20, DEC_ROUND_HALF_AWAY, "-622.7", -1},
    {'d', "-0.0000000000000000005", "-2.066", 20, DEC_ROUND_HALF_AWAY, "0.00000000000000000024", -1},
    {'d', "5276493192198145341611162105654594273.1", "-8.584", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "-56718.18", "-910226.8", 20, DEC_ROUND_HALF_AWAY, "0.06231214022702913164", -1},
    {'d', "1176122950.36675067", "754333719174549.011", 20, DEC_ROUND_HALF_AWAY, "0.00000155915468243121", -1},
    {'d', "-85070591730234615865843651857942052864", "0.00000000000000000000001", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "850705917302346.15865843651857942052864", "3926612", 20, DEC_ROUND_HALF_AWAY, "216651382.23546053408343796601", -1},
    {'d', "5.645", "-898317459954.188170", 20, DEC_ROUND_HALF_AWAY, "-0.00000000000628397003", -1},
    {'d', "-4589.33", "44891843594734406187103954.96084221211", 20, DEC_ROUND_HALF_AWAY, "0", -1},
    {'d', "-54.28373460698407361879", "3342799", 20, DEC_ROUND_HALF_AWAY, "-0.00001623900647540701", -1},
    {'d', "-860846.4", "-28376.17", 20, DEC_ROUND_HALF_AWAY, "30.33694822098965434729", -1},
    {'d', "10000000000000000000", "59.33482068081027751366", 20, DEC_ROUND_HALF_AWAY, "168535101063078493.78245010540465896559", -1},
    {'d', "86407.36", "86303.25", 20, DEC_ROUND_HALF_AWAY, "1.00120632768754363248", -1},
    {'d', "-5.34028297544768868634", "3037.63", 20, DEC_ROUND_HALF_AWAY, "-0.00175804261066939972", -1},
    {'d', "9517604.4880230082", "-59818529.4481009021", 20, DEC_ROUND_HALF_AWAY, "-0.15910796497062951122", -1},
    {'d', "-28.60506986012117732768", "-293008483428377874", 20, DEC_ROUND_HALF_AWAY, "0.00000000000000009763", -1},
    {'d', "-0.18446744073709551615", "33134459810119400.5", 20, DEC_ROUND_HALF_AWAY, "-0.00000000000000000557", -1},
    {'d', "0.000000000000000000000005", "-0.5925", 20, DEC_ROUND_HALF_AWAY, "0", -1},
    {'d', "2747818783364383165020916805.0082617767", "-410184.0", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "90.97040802571092556133", "-1000000000000000000.00000000000000000000", 20, DEC_ROUND_HALF_AWAY, "-0.00000000000000009097", -1},
    {'d', "-1528556849687219015361720152166019.05930", "6422088", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "11.63", "7484481630.2578084", 20, DEC_ROUND_HALF_AWAY, "0.00000000155388182837", -1},
    {'d', "0.745", "-82180.29", 20, DEC_ROUND_HALF_AWAY, "-0.00000906543405967538", -1},
    {'d', "-39.92386238925019425612", "-6414619", 20, DEC_ROUND_HALF_AWAY, "0.00000622388677944087", -1},
    {'d', "-1311050631089832137164782987136.1608232", "719674690852134889002470.01625871959867", 20, DEC_ROUND_HALF_AWAY, "-1821726.74370065066568979644", -1},
    {'d', "82696.57", "493269377998152506328717712.40071294273", 20, DEC_ROUND_HALF_AWAY, "0", -1},
    {'d', "-77563666309575631501605921376.698549025", "26486.43", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "56979.79", "8.156", 20, DEC_ROUND_HALF_AWAY, "6986.24203040706228543404", -1},
    {'d', "-6909140", "-1.8446744073709551616", 20, DEC_ROUND_HALF_AWAY, "3745452.29900324905258912622", -1},
    {'d', "45.95214269848312211083", "48.32815240780383906856", 20, DEC_ROUND_HALF_AWAY, "0.95083590845204650738", -1},
    {'d', "15.65165683337658200622", "-4569534", 20, DEC_ROUND_HALF_AWAY, "-0.00000342521947169593", -1},
    {'d', "23154.30", "-96079.07", 20, DEC_ROUND_HALF_AWAY, "-0.2409921328339252243", -1},
    {'d', "-70375.94", "91634.38", 20, DEC_ROUND_HALF_AWAY, "-0.76800803366596685654", -1},
    {'d', "9885737238.95657840", "56.61163132967067818209", 20, DEC_ROUND_HALF_AWAY, "174623783.25380233874549016641", -1},
    {'d', "-134515257692401371484093715728578839.433", "44.62340311414979486532", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "72.48", "1000000000000000000.0", 20, DEC_ROUND_HALF_AWAY, "0.00000000000000007248", -1},
    {'d', "-5.88", "16205.88", 20, DEC_ROUND_HALF_AWAY, "-0.00036283126865063792", -1},
    {'d', "4904.20", "-24540702857811812236454376.208525055439", 20, DEC_ROUND_HALF_AWAY, "0", -1},
    {'d', "-1701411834604692317316873037158841057.26", "7.877", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "16573580451868.588468612313460615815277", "623968503.057691107", 20, DEC_ROUND_HALF_AWAY, "26561.56580124080771731741", -1},
    {'d', "-91.81", "-1545.32", 20, DEC_ROUND_HALF_AWAY, "0.05941164289596976678", -1},
    {'d', "-8.272", "282192470570605512158754718.07734174356", 20, DEC_ROUND_HALF_AWAY, "0", -1},
    {'d', "-56.84171733008171821831", "541162.659854310420", 20, DEC_ROUND_HALF_AWAY, "-0.00010503628861862792", -1},
    {'d', "-1000000000000000000.00000000000000000000", "-69.56", 20, DEC_ROUND_HALF_AWAY, "14376078205865439.90799309948246118459", -1},
    {'d', "6048.88", "0.375", 20, DEC_ROUND_HALF_AWAY, "16130.34666666666666666667", -1},
    {'d', "-2.31", "22092.69", 20, DEC_ROUND_HALF_AWAY, "-0.00010455947193392928", -1},
    {'d', "-63.57", "93952.07", 20, DEC_ROUND_HALF_AWAY, "-0.00067662160078005732", -1},
    {'d', "-67012.72", "-0.1424", 20, DEC_ROUND_HALF_AWAY, "470594.9438202247191011236", -1},
    {'d', "0.2170", "10.47", 20, DEC_ROUND_HALF_AWAY, "0.02072588347659980898", -1},
    {'d', "-44834.60", "-15557.44", 20, DEC_ROUND_HALF_AWAY, "2.88187516712261143222", -1},
    {'d', "-782838.5", "-56.18344479380423270902", 20, DEC_ROUND_HALF_AWAY, "13933.61519346228192224973", -1},
    {'d', "80.39868284121862404172", "-88655071055396075.4", 20, DEC_ROUND_HALF_AWAY, "-0.00000000000000090687", -1},
    {'d', "-99999999999999.999999999999999999999999", "89.51", 20, DEC_ROUND_HALF_AWAY, "-1117193609652.5527873980560831192", -1},
    {'d', "-57354650981.3697746", "-17435.18", 20, DEC_ROUND_HALF_AWAY, "3289593.2810197413849469865", -1},
    {'d', "6.587", "0.8919", 20, DEC_ROUND_HALF_AWAY, "7.38535710281421684045", -1},
    {'d', "-84.29782281974214748099", "70177.37", 20, DEC_ROUND_HALF_AWAY, "-0.00120121091485392153", -1},
    {'d', "94.09689216198656473991", "-16120420296398.220", 20, DEC_ROUND_HALF_AWAY, "-0.000000000005837124", -1},
    {'d', "-24520.47", "-94.49743246229092363139", 20, DEC_ROUND_HALF_AWAY, "259.48292309195661335269", -1},
    {'d', "606269629529.960701", "-316524.9", 20, DEC_ROUND_HALF_AWAY, "-1915393.16347611420460128097", -1},
    {'d', "-11.46", "96.90255093941251361924", 20, DEC_ROUND_HALF_AWAY, "-0.11826314053553932152", -1},
    {'d', "6121.52", "0.4874", 20, DEC_ROUND_HALF_AWAY, "12559.54041854739433729996", -1},
    {'d', "62333827838551538743735645230.930220791", "88409447442782931756602.739903186532871", 20, DEC_ROUND_HALF_AWAY, "705058.44840725778884476685", -1},
    {'d', "13.79894677879413230667", "310923114041442132", 20, DEC_ROUND_HALF_AWAY, "0.00000000000000004438", -1},
    {'d', "45.22", "7.404", 20, DEC_ROUND_HALF_AWAY, "6.10750945434900054025", -1},
    {'d', "-7396107", "-8406938703468.96313", 20, DEC_ROUND_HALF_AWAY, "0.00000087976221319993", -1},
    {'d', "1400634460683953.97765114750732755053363", "39214349061995289.8", 20, DEC_ROUND_HALF_AWAY, "0.03571739667206112793", -1},
    {'d', "-748094165508347.972", "72316512646402.820349444785124002708777", 20, DEC_ROUND_HALF_AWAY, "-10.34472125565861053439", -1},
    {'d', "-669160.5", "-61724.04", 20, DEC_ROUND_HALF_AWAY, "10.84116496587067210766", -1},
    {'d', "-58991.56", "77.87664624310178934827", 20, DEC_ROUND_HALF_AWAY, "-757.50000604610518407362", -1},
    {'d', "57.96073837247441415922", "17014118346046923173168730371588410572.6", 20, DEC_ROUND_HALF_AWAY, "0", -1},
    {'d', "-0.8476", "62020835.7800960121", 20, DEC_ROUND_HALF_AWAY, "-0.0000000136663750067", -1},
    {'d', "8883441.90403157248", "14755169635104402281692.0093520371316209", 20, DEC_ROUND_HALF_AWAY, "0.00000000000000060206", -1},
    {'d', "-643150.465254872429", "0.00009223372036854775808", 20, DEC_ROUND_HALF_AWAY, "-6973051316.64395623719912564731", -1},
    {'d', "34204.42", "1629777", 20, DEC_ROUND_HALF_AWAY, "0.02098717800042582513", -1},
    {'d', "4909073", "184467440737095516.15", 20, DEC_ROUND_HALF_AWAY, "0.00000000002661213806", -1},
    {'d', "27635.47", "4.21743999120712421804", 20, DEC_ROUND_HALF_AWAY, "6552.66466330683220752298", -1},
    {'d', "8876656711441735838673.6944660800490578", "0.05", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "-2806165493613411064622525048452.8897565", "-0.6803", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "-11670587560749371731494203190082715650.7", "41946.65", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "50.60208775076293102344", "-75181692257125.6559", 20, DEC_ROUND_HALF_AWAY, "-0.00000000000067306396", -1},
    {'d', "376518", "-1000000000000000000.0", 20, DEC_ROUND_HALF_AWAY, "-0.000000000000376518", -1},
    {'d', "-93754648.0692568541", "-44101.15", 20, DEC_ROUND_HALF_AWAY, "2125.90030122245914448943", -1},
    {'d', "56589.37", "-17481.08", 20, DEC_ROUND_HALF_AWAY, "-3.23717813773519713885", -1},
    {'d', "81.02028504273895518531", "-66.15", 20, DEC_ROUND_HALF_AWAY, "-1.2247964481139675765", -1},
    {'d', "53341.05", "1701411834604692.31731687303715884105726", 20, DEC_ROUND_HALF_AWAY, "0.00000000003135105147", -1},
    {'d', "851992400291201860", "-39.41960750660078955185", 20, DEC_ROUND_HALF_AWAY, "-21613416626447542.51681384668715705776", -1},
    {'d', "-55.62629245165826392042", "5.232", 20, DEC_ROUND_HALF_AWAY, "-10.63193663066862842516", -1},
    {'d', "23922256785.8858769", "33.28952798535574693968", 20, DEC_ROUND_HALF_AWAY, "718612075.13694438624984720755", -1},
    {'d', "0.4502", "-90023.35", 20, DEC_ROUND_HALF_AWAY, "-0.00000500092476007614", -1},
    {'d', "7145.98", "12056132110402719619933837.4455190830428", 20, DEC_ROUND_HALF_AWAY, "0", -1},
    {'d', "-1000000000000000.00000000000000000000000", "-0.09", 20, DEC_ROUND_HALF_AWAY, "11111111111111111.11111111111111111111", -1},
    {'d', "-37.06221869392491678157", "3.433", 20, DEC_ROUND_HALF_AWAY, "-10.79586912144623267742", -1},
    {'d', "2547844887868113.64", "57354.90", 20, DEC_ROUND_HALF_AWAY, "44422444950.09342950645890760859", -1},
    {'d', "1567.41", "87.35284738398822575156", 20, DEC_ROUND_HALF_AWAY, "17.94343340761329555658", -1},
    {'d', "13287483198842202908890593938619000423.8", "23586.72", 20, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'d', "118348519434790.3740224711132813408891", "4890685", 20, DEC_ROUND_HALF_AWAY, "24198761.40761271151637676793", -1},
    {'d', "43755.62", "-658.37", 20, DEC_ROUND_HALF_AWAY, "-66.46053131218008110941", -1},
    {'d', "-2113446", "39680863863508.5378", 20, DEC_ROUND_HALF_AWAY, "-0.00000005326108844983", -1},
    {'d', "5266.55", "906156250.673703005", 20, DEC_ROUND_HALF_AWAY, "0.00000581196675086053", -1},
    {'d', "5133841", "10.67582801146591752192", 20, DEC_ROUND_HALF_AWAY, "480884.57349502231983714964", -1},
    {'d', "-25.42904584010444791341", "3025533", 20, DEC_ROUND_HALF_AWAY, "-0.00000840481523093764", -1},
    {'d', "-84.63471738472505658697", "6297768414.10304709", 20, DEC_ROUND_HALF_AWAY, "-0.00000001343884243111", -1},
    {'d', "-65.96120805453793365439", "0.0937", 20, DEC_ROUND_HALF_AWAY, "-703.96166546998861957727", -1},
    {'d', "81881.33", "84184.55", 20, DEC_ROUND_HALF_AWAY, "0.9726408230488848607", -1},
    {'q', "-5163.06", "125", 3, DEC_ROUND_DOWN, "-41.304", -1},
    {'q', "-2989.41", "4", 2, DEC_ROUND_CEILING, "-747.35", -1},
    {'q', "164078", "8", 1, DEC_ROUND_FLOOR, "20509.7", -1},
    {'q', "88930.0", "4", 0, DEC_ROUND_DOWN, "22232", -1},
    {'q', "752550", "80", 0, DEC_ROUND_UP, "9407", -1},
    {'q', "92272.2", "8", 3, DEC_ROUND_UP, "11534.025", -1},
    {'q', "43953.5", "125", 2, DEC_ROUND_FLOOR, "351.62", -1},
    {'q', "37580.1", "400", 3, DEC_ROUND_DOWN, "93.95", -1},
    {'q', "-538100", "200", 3, DEC_ROUND_HALF_EVEN, "-2690.5", -1},
    {'q', "-296908", "2", 1, DEC_ROUND_CEILING, "-148454", -1},
    {'q', "83191.1", "200", 2, DEC_ROUND_HALF_DOWN, "415.96", -1},
    {'q', "-336286", "125", 1, DEC_ROUND_HALF_EVEN, "-2690.3", -1},
    {'q', "5926.43", "4", 1, DEC_ROUND_HALF_EVEN, "1481.6", -1},
    {'q', "-186628", "125", 0, DEC_ROUND_HALF_AWAY, "-1493", -1},
    {'q', "-644232", "80", 3, DEC_ROUND_CEILING, "-8052.9", -1},
    {'q', "87636.0", "32", 0, DEC_ROUND_DOWN, "2738", -1},
    {'q', "87046.1", "16", 1, DEC_ROUND_HALF_AWAY, "5440.4", -1},
    {'q', "-48103.1", "125", 3, DEC_ROUND_UP, "-384.825", -1},
    {'q', "431582", "32", 2, DEC_ROUND_HALF_EVEN, "13486.94", -1},
    {'q', "24000.9", "16", 1, DEC_ROUND_DOWN, "1500", -1},
    {'q', "2679.05", "4", 1, DEC_ROUND_DOWN, "669.7", -1},
    {'q', "9148.11", "8", 0, DEC_ROUND_HALF_UP, "1144", -1},
    {'q', "-911931", "16", 0, DEC_ROUND_FLOOR, "-56996", -1},
    {'q', "-97140.4", "4", 2, DEC_ROUND_DOWN, "-24285.1", -1},
    {'q', "-77469.2", "4", 0, DEC_ROUND_DOWN, "-19367", -1},
    {'q', "-98812.8", "32", 3, DEC_ROUND_HALF_EVEN, "-3087.9", -1},
    {'q', "6386.78", "200", 0, DEC_ROUND_UP, "32", -1},
    {'q', "-95272.4", "200", 1, DEC_ROUND_UP, "-476.4", -1},
    {'q', "-363720", "8", 2, DEC_ROUND_HALF_AWAY, "-45465", -1},
    {'q', "-8261.89", "125", 3, DEC_ROUND_HALF_UP, "-66.095", -1},
    {'q', "-48118208033230139.7", "-25314.35", 23, DEC_ROUND_DOWN, "1900827318624.81713731539620807960702", -1},
    {'q', "67.03154607086503522408", "-25979.63", 11, DEC_ROUND_HALF_DOWN, "-0.00258015784", -1},
    {'q', "273701015824910825725858084902.24502531", "-5", 16, DEC_ROUND_HALF_DOWN, "-54740203164982165145171616980.449005062", -1},
    {'q', "70553.25", "72431603.3110763860", 8, DEC_ROUND_HALF_UP, "0.00097407", -1},
    {'q', "-1023982938693419016228048428.47295764097", "2671223", 3, DEC_ROUND_HALF_DOWN, "-383338620060331547095.861", -1},
    {'q', "105751006439310283863626591340072.218533", "862262466980465586784602201412871.639", 6, DEC_ROUND_UP, "0.122644", -1},
    {'q', "306082995085.906273", "-3915023", 22, DEC_ROUND_HALF_UP, "-78181.6594911208115507878242", -1},
    {'q', "70068364470560771692710188790.450400695", "-6461982320817.29999", 3, DEC_ROUND_UP, "-10843168704568453.543", -1},
    {'q', "-93.17908056445556095331", "0.0014", 2, DEC_ROUND_HALF_AWAY, "-66556.49", -1},
    {'q', "50344.45", "85070591730234.615865843651857942052864", 21, DEC_ROUND_HALF_AWAY, "0.000000000591796165703", -1},
    {'q', "109465.1", "46388.01", 0, DEC_ROUND_FLOOR, "2", -1},
    {'q', "86497023624333723999.442881603358801153", "52748649.2317397883", 15, DEC_ROUND_FLOOR, "1639795992582.250738274713446", -1},
    {'q', "11.53", "65.69968970508314676176", 24, DEC_ROUND_HALF_AWAY, "0.17549550160368460019256", -1},
    {'q', "683589.6", "-5516.76", 19, DEC_ROUND_HALF_EVEN, "-123.9114262719422269593", -1},
    {'q', "5368423121.51290134", "867537.7", 4, DEC_ROUND_HALF_AWAY, "6188.1151", -1},
    {'q', "87.52571364038781321652", "1.696", 20, DEC_ROUND_CEILING, "51.60714247664375779276", -1},
    {'q', "29.03309935583307607542", "0.3059", 19, DEC_ROUND_CEILING, "94.9104261387155151207", -1},
    {'q', "0.000000000000000000000005", "4814856956006.59903", 1, DEC_ROUND_DOWN, "0", -1},
    {'q', "968023859047117539085676061444554612.91", "0.09", 1, DEC_ROUND_FLOOR, "10755820656079083767618622904939495699", -1},
    {'q', "-42.08", "9999999999999999999.9999999999999999999", 15, DEC_ROUND_UP, "-0.000000000000001", -1},
    {'q', "-0.6698", "1079435337967106359992047582.38089645393", 13, DEC_ROUND_FLOOR, "-0.0000000000001", -1},
    {'q', "170141183460469.231731687303715884105726", "-14000630614859109540634446542.1979684710", 15, DEC_ROUND_CEILING, "-0.000000000000012", -1},
    {'q', "74.76782273380520745178", "-971324.1", 6, DEC_ROUND_DOWN, "-0.000076", -1},
    {'q', "29.42", "-1424942775.3490625", 23, DEC_ROUND_HALF_DOWN, "-0.00000002064644314772086", -1},
    {'q', "92673.84", "92246.08", 15, DEC_ROUND_HALF_UP, "1.004637161817608", -1},
    {'q', "939769337008090.238", "-28.57", 8, DEC_ROUND_HALF_UP, "-32893571473856.85117256", -1},
    {'q', "992323819138659995780225124708460.73210", "61.65139701262702640873", 14, DEC_ROUND_FLOOR, NULL, -1},
    {'q', "-214213.4", "35421.95", 5, DEC_ROUND_HALF_EVEN, "-6.04748", -1},
    {'q', "922337203685477580.8", "0.6624", 5, DEC_ROUND_FLOOR, "1392417276095225816.42512", -1},
    {'q', "61875.86", "0.2706", 18, DEC_ROUND_DOWN, "228661.714708056171470805", -1},
    {'q', "-2547546353518848659484468192756.4212487", "-850705917302346.15865843651857942052864", 14, DEC_ROUND_FLOOR, "2994626347019324.76019892224797", -1},
    {'q', "-170141183460469231731687303715884105726", "49627702676070456095886410280815083864", 21, DEC_ROUND_UP, "-3.428350987169674231121", -1},
    {'q', "-550034.9", "-170141183460469231731687303715884105727", 24, DEC_ROUND_DOWN, "0", -1},
    {'q', "-67580.0", "-161191.5", 5, DEC_ROUND_HALF_DOWN, "0.41925", -1},
    {'q', "-192451595123188.973", "-30.47", 12, DEC_ROUND_DOWN, "6316100922979.618411552346", -1},
    {'q', "1620776669692647.13036279446982929692199", "8350543", 6, DEC_ROUND_HALF_AWAY, "194092368.567247", -1},
    {'q', "828241496275.915603", "1123038282481475752.92102863310528801558", 16, DEC_ROUND_HALF_AWAY, "0.0000007375006794", -1},
    {'q', "109050667374996976769555903.681187676240", "0.5874", 20, DEC_ROUND_DOWN, NULL, -1},
    {'q', "-20793.08", "-735351064705.599173", 9, DEC_ROUND_CEILING, "0.000000029", -1},
    {'q', "2126762476.58305966", "0.00010000000000000000000", 2, DEC_ROUND_DOWN, "21267624765830.59", -1},
    {'q', "-65364.31", "81.23713231797870221957", 5, DEC_ROUND_DOWN, "-804.61124", -1},
    {'q', "-151225250933994712566379550.560114359067", "-16101271142624531.7", 19, DEC_ROUND_HALF_AWAY, "9392131192.27956597976295146", -1},
    {'q', "-0.000010000000000000000000", "-4671.16", 4, DEC_ROUND_DOWN, "0", -1},
    {'q', "56267.54", "1.691", 0, DEC_ROUND_UP, "33275", -1},
    {'q', "-81736.19", "0.000010000000000000000000", 17, DEC_ROUND_CEILING, "-8173619000", -1},
    {'q', "80.05", "-507188444541228476003038866239.06089746", 6, DEC_ROUND_CEILING, "0", -1},
    {'q', "-293570.4", "0.1690", 4, DEC_ROUND_HALF_UP, "-1737102.9586", -1},
    {'q', "74.68114128603016186474", "-68.80311089968179633562", 9, DEC_ROUND_CEILING, "-1.085432625", -1},
    {'q', "58077.55", "0.5", 9, DEC_ROUND_UP, "116155.1", -1},
    {'q', "-5.668", "4.559", 20, DEC_ROUND_UP, "-1.24325509980258828691", -1},
    {'q', "17014118346046923173.1687303715884105726", "-730771.8", 1, DEC_ROUND_UP, "-23282395880693.5", -1},
    {'q', "-3275125", "5665285859.65985754", 22, DEC_ROUND_HALF_DOWN, "-0.0005781041029757742448", -1},
    {'q', "-14315798593166139085.7254277696435323360", "68.35", 17, DEC_ROUND_HALF_AWAY, "-209448406630082503.08303478814401657", -1},
    {'q', "50.38381230214656127492", "167009710714856.283814433103163514680353", 0, DEC_ROUND_UP, "1", -1},
    {'q', "24.56", "-23.16481773780839183422", 4, DEC_ROUND_HALF_DOWN, "-1.0602", -1},
    {'q', "999804", "60.07399891678009256074", 13, DEC_ROUND_HALF_UP, "16642.8740890883332", -1},
    {'q', "-170141183460469231731687303715884105727", "115171674747.157371", 15, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'q', "-448126.3", "53.87", 13, DEC_ROUND_FLOOR, "-8318.6615927232226", -1},
    {'q', "58.48", "75198.26", 16, DEC_ROUND_DOWN, "0.0007776775686033", -1},
    {'q', "-44211287349758494.9", "0.00018446744073709551615", 21, DEC_ROUND_UP, NULL, -1},
    {'r', "89.924500", "0", 3, DEC_ROUND_HALF_AWAY, "89.925", 3},
    {'r', "7381095.0", "0", -1, DEC_ROUND_HALF_AWAY, "7381100", 0},
    {'r', "-21635.741", "0", 1, DEC_ROUND_HALF_AWAY, "-21635.7", 1},
    {'r', "-353547.2", "0", 0, DEC_ROUND_HALF_AWAY, "-353547", 0},
    {'r', "-90588.35", "0", 1, DEC_ROUND_HALF_AWAY, "-90588.4", 1},
    {'r', "-4196.69500", "0", 2, DEC_ROUND_HALF_AWAY, "-4196.7", 2},
    {'r', "956.1115", "0", 3, DEC_ROUND_HALF_AWAY, "956.112", 3},
    {'r', "-853.17750", "0", 3, DEC_ROUND_HALF_AWAY, "-853.178", 3},
    {'r', "-817818.50", "0", 0, DEC_ROUND_HALF_AWAY, "-817819", 0},
    {'r', "8276699702.46190461", "0", 5, DEC_ROUND_HALF_AWAY, "8276699702.4619", 5},
    {'r', "206.919601", "0", 3, DEC_ROUND_HALF_AWAY, "206.92", 3},
    {'r', "57.91916", "0", 4, DEC_ROUND_HALF_AWAY, "57.9192", 4},
    {'r', "98.12905926916888438680", "0", 15, DEC_ROUND_HALF_AWAY, "98.129059269168884", 15},
    {'r', "-3.37263500", "0", 5, DEC_ROUND_HALF_AWAY, "-3.37264", 5},
    {'r', "-862775.0", "0", -1, DEC_ROUND_HALF_AWAY, "-862780", 0},
    {'r', "63.846150", "0", 4, DEC_ROUND_HALF_AWAY, "63.8462", 4},
    {'r', "28933850", "0", -2, DEC_ROUND_HALF_AWAY, "28933900", 0},
    {'r', "90.09150", "0", 3, DEC_ROUND_HALF_AWAY, "90.092", 3},
    {'r', "2.43733601", "0", 5, DEC_ROUND_HALF_AWAY, "2.43734", 5},
    {'r', "-6.53867500", "0", 5, DEC_ROUND_HALF_AWAY, "-6.53868", 5},
    {'r', "-84186", "0", -1, DEC_ROUND_HALF_AWAY, "-84190", 0},
    {'r', "170141183460469.231731687303715884105727", "0", 5, DEC_ROUND_HALF_AWAY, "170141183460469.23173", 5},
    {'r', "31098.16", "0", 1, DEC_ROUND_HALF_AWAY, "31098.2", 1},
    {'r', "78222998229585394.3", "0", 0, DEC_ROUND_HALF_AWAY, "78222998229585394", 0},
    {'r', "5839775.0", "0", -1, DEC_ROUND_HALF_AWAY, "5839780", 0},
    {'r', "5219035.00", "0", -1, DEC_ROUND_HALF_AWAY, "5219040", 0},
    {'r', "6.6131950", "0", 5, DEC_ROUND_HALF_AWAY, "6.6132", 5},
    {'r', "80.419459", "0", 4, DEC_ROUND_HALF_AWAY, "80.4195", 4},
    {'r', "77425", "0", -1, DEC_ROUND_HALF_AWAY, "77430", 0},
    {'r', "7418335", "0", -1, DEC_ROUND_HALF_AWAY, "7418340", 0},
    {'r', "23.122850", "0", 4, DEC_ROUND_HALF_AWAY, "23.1229", 4},
    {'r', "-8794.345", "0", 2, DEC_ROUND_HALF_AWAY, "-8794.35", 2},
    {'r', "-5887.24500", "0", 2, DEC_ROUND_HALF_EVEN, "-5887.24", 2},
    {'r', "-153.5356", "0", 3, DEC_ROUND_HALF_EVEN, "-153.536", 3},
    {'r', "-4622.1650", "0", 2, DEC_ROUND_HALF_EVEN, "-4622.16", 2},
    {'r', "-6283861", "0", -2, DEC_ROUND_HALF_EVEN, "-6283900", 0},
    {'r', "-78.76", "0", -1, DEC_ROUND_HALF_EVEN, "-80", 0},
    {'r', "-5241626", "0", -1, DEC_ROUND_HALF_EVEN, "-5241630", 0},
    {'r', "-158184.601", "0", 0, DEC_ROUND_HALF_EVEN, "-158185", 0},
    {'r', "-76.597650", "0", 4, DEC_ROUND_HALF_EVEN, "-76.5976", 4},
    {'r', "-8594.9639", "0", 2, DEC_ROUND_HALF_EVEN, "-8594.96", 2},
    {'r', "9620265.0", "0", -1, DEC_ROUND_HALF_EVEN, "9620260", 0},
    {'r', "-5030.575", "0", 2, DEC_ROUND_HALF_EVEN, "-5030.58", 2},
    {'r', "190212.4", "0", 0, DEC_ROUND_HALF_EVEN, "190212", 0},
    {'r', "-73016.750", "0", 1, DEC_ROUND_HALF_EVEN, "-73016.8", 1},
    {'r', "-42.5771399", "0", 4, DEC_ROUND_HALF_EVEN, "-42.5771", 4},
    {'r', "-220937481452.590179", "0", 2, DEC_ROUND_HALF_EVEN, "-220937481452.59", 2},
    {'r', "-123.08500", "0", 2, DEC_ROUND_HALF_EVEN, "-123.08", 2},
    {'r', "9.881045", "0", 5, DEC_ROUND_HALF_EVEN, "9.88104", 5},
    {'r', "812.21041", "0", 3, DEC_ROUND_HALF_EVEN, "812.21", 3},
    {'r', "-41149.21", "0", -3, DEC_ROUND_HALF_EVEN, "-41000", 0},
    {'r', "-69819650", "0", -2, DEC_ROUND_HALF_EVEN, "-69819600", 0},
    {'r', "0.787835", "0", 5, DEC_ROUND_HALF_EVEN, "0.78784", 5},
    {'r', "30906550.0", "0", -2, DEC_ROUND_HALF_EVEN, "30906600", 0},
    {'r', "-52.86235", "0", 4, DEC_ROUND_HALF_EVEN, "-52.8624", 4},
    {'r', "-32.039850", "0", 4, DEC_ROUND_HALF_EVEN, "-32.0398", 4},
    {'r', "-21514.05", "0", 1, DEC_ROUND_HALF_EVEN, "-21514", 1},
    {'r', "20174.14", "0", 2, DEC_ROUND_HALF_EVEN, "20174.14", 2},
    {'r', "-286.0626", "0", 3, DEC_ROUND_HALF_EVEN, "-286.063", 3},
    {'r', "-9.49090601", "0", 5, DEC_ROUND_HALF_EVEN, "-9.49091", 5},
    {'r', "-42.9215599", "0", 4, DEC_ROUND_HALF_EVEN, "-42.9216", 4},
    {'r', "67355350", "0", -2, DEC_ROUND_HALF_EVEN, "67355400", 0},
    {'r', "91.79532276218870927163", "0", 1, DEC_ROUND_HALF_EVEN, "91.8", 1},
    {'r', "96012650", "0", -2, DEC_ROUND_HALF_EVEN, "96012600", 0},
    {'r', "-6579.28500", "0", 2, DEC_ROUND_HALF_UP, "-6579.28", 2},
    {'r', "95052.95", "0", 1, DEC_ROUND_HALF_UP, "95053", 1},
    {'r', "58.59805", "0", 4, DEC_ROUND_HALF_UP, "58.5981", 4},
    {'r', "9.858405", "0", 5, DEC_ROUND_HALF_UP, "9.85841", 5},
    {'r', "-52438.10", "0", 3, DEC_ROUND_HALF_UP, "-52438.1", 2},
    {'r', "2742.7750", "0", 2, DEC_ROUND_HALF_UP, "2742.78", 2},
    {'r', "316.6215", "0", 3, DEC_ROUND_HALF_UP, "316.622", 3},
    {'r', "7.482", "0", -3, DEC_ROUND_HALF_UP, "0", 0},
    {'r', "15277450.00", "0", -2, DEC_ROUND_HALF_UP, "15277500", 0},
    {'r', "-6960766", "0", -1, DEC_ROUND_HALF_UP, "-6960770", 0},
    {'r', "-26580050.0", "0", -2, DEC_ROUND_HALF_UP, "-26580000", 0},
    {'r', "6947.3550", "0", 2, DEC_ROUND_HALF_UP, "6947.36", 2},
    {'r', "-916.82050", "0", 3, DEC_ROUND_HALF_UP, "-916.82", 3},
    {'r', "97823650", "0", -2, DEC_ROUND_HALF_UP, "97823700", 0},
    {'r', "-741510.500", "0", 0, DEC_ROUND_HALF_UP, "-741510", 0},
    {'r', "0.5", "0", 1, DEC_ROUND_HALF_UP, "0.5", 1},
    {'r', "-7.37410500", "0", 5, DEC_ROUND_HALF_UP, "-7.3741", 5},
    {'r', "100000000000000000.00", "0", 0, DEC_ROUND_HALF_UP, "100000000000000000", 0},
    {'r', "717.53950", "0", 3, DEC_ROUND_HALF_UP, "717.54", 3},
    {'r', "79.32825", "0", 4, DEC_ROUND_HALF_UP, "79.3283", 4},
    {'r', "-2041475.00", "0", -1, DEC_ROUND_HALF_UP, "-2041470", 0},
    {'r', "-8964525", "0", -1, DEC_ROUND_HALF_UP, "-8964520", 0},
    {'r', "1.11", "0", 2, DEC_ROUND_HALF_UP, "1.11", 2},
    {'r', "52285.50", "0", 0, DEC_ROUND_HALF_UP, "52286", 0},
    {'r', "1.5226850", "0", 5, DEC_ROUND_HALF_UP, "1.52269", 5},
    {'r', "7775954", "0", -1, DEC_ROUND_HALF_UP, "7775950", 0},
    {'r', "2792375.00", "0", -1, DEC_ROUND_HALF_UP, "2792380", 0},
    {'r', "-1455995", "0", -1, DEC_ROUND_HALF_UP, "-1455990", 0},
    {'r', "24.439750", "0", 4, DEC_ROUND_HALF_UP, "24.4398", 4},
    {'r', "-500554353928272.827", "0", 3, DEC_ROUND_HALF_UP, "-500554353928272.827", 3},
    {'r', "-138.19350", "0", 3, DEC_ROUND_HALF_UP, "-138.193", 3},
    {'r', "-11535350.00", "0", -2, DEC_ROUND_HALF_UP, "-11535300", 0},
    {'r', "-66880.60", "0", 3, DEC_ROUND_HALF_DOWN, "-66880.6", 2},
    {'r', "-0.9730", "0", 2, DEC_ROUND_HALF_DOWN, "-0.97", 2},
    {'r', "-17.070750", "0", 4, DEC_ROUND_HALF_DOWN, "-17.0708", 4},
    {'r', "-263169603231135169772523576894231.05014", "0", 3, DEC_ROUND_HALF_DOWN, "-263169603231135169772523576894231.05", 3},
    {'r', "-4026.05500", "0", 2, DEC_ROUND_HALF_DOWN, "-4026.06", 2},
    {'r', "46870.72", "0", 2, DEC_ROUND_HALF_DOWN, "46870.72", 2},
    {'r', "-53.009550", "0", 4, DEC_ROUND_HALF_DOWN, "-53.0096", 4},
    {'r', "5.07841399", "0", 5, DEC_ROUND_HALF_DOWN, "5.07841", 5},
    {'r', "-358.904500", "0", 3, DEC_ROUND_HALF_DOWN, "-358.905", 3},
    {'r', "-85070591730234.615865843651857942052864", "0", 0, DEC_ROUND_HALF_DOWN, "-85070591730235", 0},
    {'r', "1349685815275024.24721543371703158331043", "0", 12, DEC_ROUND_HALF_DOWN, "1349685815275024.247215433717", 12},
    {'r', "-17594464823297860863732074180065246.005", "0", 2, DEC_ROUND_HALF_DOWN, "-17594464823297860863732074180065246.01", 2},
    {'r', "661966.4", "0", 0, DEC_ROUND_HALF_DOWN, "661966", 0},
    {'r', "3.9380850", "0", 5, DEC_ROUND_HALF_DOWN, "3.93808", 5},
    {'r', "-10.2058500", "0", 4, DEC_ROUND_HALF_DOWN, "-10.2059", 4},
    {'r', "9660433", "0", -1, DEC_ROUND_HALF_DOWN, "9660430", 0},
    {'r', "-53004.550", "0", 1, DEC_ROUND_HALF_DOWN, "-53004.6", 1},
    {'r', "-1000000000000000.00000000000000000000000", "0", -3, DEC_ROUND_HALF_DOWN, "-1000000000000000", 0},
    {'r', "3.50858500", "0", 5, DEC_ROUND_HALF_DOWN, "3.50858", 5},
    {'r', "30242840.01", "0", -2, DEC_ROUND_HALF_DOWN, "30242800", 0},
    {'r', "2.13050", "0", 3, DEC_ROUND_HALF_DOWN, "2.13", 3},
    {'r', "-9554105.00", "0", -1, DEC_ROUND_HALF_DOWN, "-9554110", 0},
    {'r', "22738.11", "0", 3, DEC_ROUND_HALF_DOWN, "22738.11", 2},
    {'r', "-21.5743601", "0", 4, DEC_ROUND_HALF_DOWN, "-21.5744", 4},
    {'r', "57.910500", "0", 3, DEC_ROUND_HALF_DOWN, "57.91", 3},
    {'r', "-87978960.1", "0", -2, DEC_ROUND_HALF_DOWN, "-87979000", 0},
    {'r', "-15478350", "0", -2, DEC_ROUND_HALF_DOWN, "-15478400", 0},
    {'r', "4.368675", "0", 5, DEC_ROUND_HALF_DOWN, "4.36867", 5},
    {'r', "-94040560.1", "0", -2, DEC_ROUND_HALF_DOWN, "-94040600", 0},
    {'r', "8451705.0", "0", -1, DEC_ROUND_HALF_DOWN, "8451700", 0},
    {'r', "-265250.500", "0", 0, DEC_ROUND_HALF_DOWN, "-265251", 0},
    {'r', "7.682665", "0", 5, DEC_ROUND_HALF_DOWN, "7.68266", 5},
    {'r', "-7568.115", "0", 2, DEC_ROUND_UP, "-7568.12", 2},
    {'r', "130855656861684400556795.920614893740865", "0", 6, DEC_ROUND_UP, "130855656861684400556795.920615", 6},
    {'r', "31184.94", "0", 1, DEC_ROUND_UP, "31185", 1},
    {'r', "6913575", "0", -1, DEC_ROUND_UP, "6913580", 0},
    {'r', "260135.401", "0", 0, DEC_ROUND_UP, "260136", 0},
    {'r', "-516470.500", "0", 0, DEC_ROUND_UP, "-516471", 0},
    {'r', "702.6534", "0", 3, DEC_ROUND_UP, "702.654", 3},
    {'r', "76385650.00", "0", -2, DEC_ROUND_UP, "76385700", 0},
    {'r', "-151.1156", "0", 3, DEC_ROUND_UP, "-151.116", 3},
    {'r', "4764907", "0", -1, DEC_ROUND_UP, "4764910", 0},
    {'r', "3121.915", "0", 2, DEC_ROUND_UP, "3121.92", 2},
    {'r', "8111825.99", "0", -1, DEC_ROUND_UP, "8111830", 0},
    {'r', "-3921.235", "0", 2, DEC_ROUND_UP, "-3921.24", 2},
    {'r', "11156728879970572081384450460556174.5997", "0", 0, DEC_ROUND_UP, "11156728879970572081384450460556175", 0},
    {'r', "50702150.0", "0", -2, DEC_ROUND_UP, "50702200", 0},
    {'r', "15.7474401", "0", 4, DEC_ROUND_UP, "15.7475", 4},
    {'r', "-617.36650", "0", 3, DEC_ROUND_UP, "-617.367", 3},
    {'r', "21.634641", "0", 4, DEC_ROUND_UP, "21.6347", 4},
    {'r', "17267450.0", "0", -2, DEC_ROUND_UP, "17267500", 0},
    {'r', "7847550.0", "0", -2, DEC_ROUND_UP, "7847600", 0},
    {'r', "33.98205", "0", 4, DEC_ROUND_UP, "33.9821", 4},
    {'r', "0.00000000000000000000001", "0", 7, DEC_ROUND_UP, "0.0000001", 7},
    {'r', "-2741.34", "0", -3, DEC_ROUND_UP, "-3000", 0},
    {'r', "265165.7", "0", 1, DEC_ROUND_UP, "265165.7", 1},
    {'r', "-42.60215", "0", 4, DEC_ROUND_UP, "-42.6022", 4},
    {'r', "2.21333500", "0", 5, DEC_ROUND_UP, "2.21334", 5},
    {'r', "-7354.13500", "0", 2, DEC_ROUND_UP, "-7354.14", 2},
    {'r', "84602.850", "0", 1, DEC_ROUND_UP, "84602.9", 1},
    {'r', "21637160.1", "0", -2, DEC_ROUND_UP, "21637200", 0},
    {'r', "-395.278500", "0", 3, DEC_ROUND_UP, "-395.279", 3},
    {'r', "-7.05564500", "0", 5, DEC_ROUND_UP, "-7.05565", 5},
    {'r', "-9886.80", "0", 3, DEC_ROUND_UP, "-9886.8", 2},
    {'r', "61358.62", "0", 0, DEC_ROUND_DOWN, "61358", 0},
    {'r', "-3247550", "0", -2, DEC_ROUND_DOWN, "-3247500", 0},
    {'r', "8.57872500", "0", 5, DEC_ROUND_DOWN, "8.57872", 5},
    {'r', "87432.350", "0", 1, DEC_ROUND_DOWN, "87432.3", 1},
    {'r', "8.689", "0", -3, DEC_ROUND_DOWN, "0", 0},
    {'r', "-439.41050", "0", 3, DEC_ROUND_DOWN, "-439.41", 3},
    {'r', "55125685.010198882", "0", 1, DEC_ROUND_DOWN, "55125685", 1},
    {'r', "-844535.5", "0", 0, DEC_ROUND_DOWN, "-844535", 0},
    {'r', "367.55550", "0", 3, DEC_ROUND_DOWN, "367.555", 3},
    {'r', "-778792.4", "0", 0, DEC_ROUND_DOWN, "-778792", 0},
    {'r', "434419.50", "0", 0, DEC_ROUND_DOWN, "434419", 0},
    {'r', "-637486.5", "0", 0, DEC_ROUND_DOWN, "-637486", 0},
    {'r', "108959757506039777141098120.115101486296", "0", -3, DEC_ROUND_DOWN, "108959757506039777141098000", 0},
    {'r', "-11314859.9", "0", -2, DEC_ROUND_DOWN, "-11314800", 0},
    {'r', "9.2036", "0", 3, DEC_ROUND_DOWN, "9.203", 3},
    {'r', "-7740.4350", "0", 2, DEC_ROUND_DOWN, "-7740.43", 2},
    {'r', "-7560513.99", "0", -1, DEC_ROUND_DOWN, "-7560510", 0},
    {'r', "-360.25561", "0", 3, DEC_ROUND_DOWN, "-360.255", 3},
    {'r', "-976754.401", "0", 0, DEC_ROUND_DOWN, "-976754", 0},
    {'r', "-7253.8539", "0", 2, DEC_ROUND_DOWN, "-7253.85", 2},
    {'r', "78812.29", "0", -3, DEC_ROUND_DOWN, "78000", 0},
    {'r', "6711.035", "0", 2, DEC_ROUND_DOWN, "6711.03", 2},
    {'r', "8662665.00", "0", -1, DEC_ROUND_DOWN, "8662660", 0},
    {'r', "-8.8470761", "0", 5, DEC_ROUND_DOWN, "-8.84707", 5},
    {'r', "5.427", "0", 1, DEC_ROUND_DOWN, "5.4", 1},
    {'r', "-13348253268823071324856963383.1366103301", "0", -2, DEC_ROUND_DOWN, "-13348253268823071324856963300", 0},
    {'r', "-31496150.0", "0", -2, DEC_ROUND_DOWN, "-31496100", 0},
    {'r', "2343.2650", "0", 2, DEC_ROUND_DOWN, "2343.26", 2},
    {'r', "-1112419389942766366655008503225965.4700", "0", 0, DEC_ROUND_DOWN, "-1112419389942766366655008503225965", 0},
    {'r', "-7280.71500", "0", 2, DEC_ROUND_DOWN, "-7280.71", 2},
    {'r', "-690400.6", "0", 0, DEC_ROUND_DOWN, "-690400", 0},
    {'r', "-0.1046039", "0", 5, DEC_ROUND_DOWN, "-0.1046", 5},
    {'r', "-6.49478500", "0", 5, DEC_ROUND_CEILING, "-6.49478", 5},
    {'r', "-94512.65", "0", 1, DEC_ROUND_CEILING, "-94512.6", 1},
    {'r', "5029945.0", "0", -1, DEC_ROUND_CEILING, "5029950", 0},
    {'r', "-4943.795", "0", 2, DEC_ROUND_CEILING, "-4943.79", 2},
    {'r', "291894.1", "0", -1, DEC_ROUND_CEILING, "291900", 0},
    {'r', "-6.493266", "0", 5, DEC_ROUND_CEILING, "-6.49326", 5},
    {'r', "7641865.0", "0", -1, DEC_ROUND_CEILING, "7641870", 0},
    {'r', "17951950.00", "0", -2, DEC_ROUND_CEILING, "17952000", 0},
    {'r', "91055.47", "0", -1, DEC_ROUND_CEILING, "91060", 0},
    {'r', "-10.39750", "0", 3, DEC_ROUND_CEILING, "-10.397", 3},
    {'r', "95.89405", "0", 4, DEC_ROUND_CEILING, "95.8941", 4},
    {'r', "-9522.7401", "0", 1, DEC_ROUND_CEILING, "-9522.7", 1},
    {'r', "-83.71626", "0", 4, DEC_ROUND_CEILING, "-83.7162", 4},
    {'r', "37287.450", "0", 1, DEC_ROUND_CEILING, "37287.5", 1},
    {'r', "582614.50", "0", 0, DEC_ROUND_CEILING, "582615", 0},
    {'r', "-8.45660500", "0", 5, DEC_ROUND_CEILING, "-8.4566", 5},
    {'r', "24878.85", "0", 1, DEC_ROUND_CEILING, "24878.9", 1},
    {'r', "-573.3645", "0", 3, DEC_ROUND_CEILING, "-573.364", 3},
    {'r', "79680150.0", "0", -2, DEC_ROUND_CEILING, "79680200", 0},
    {'r', "-234204208.584909500", "0", 0, DEC_ROUND_CEILING, "-234204208", 0},
    {'r', "1909525.00", "0", -1, DEC_ROUND_CEILING, "1909530", 0},
    {'r', "321.640500", "0", 3, DEC_ROUND_CEILING, "321.641", 3},
    {'r', "114506293266120606726941830432842622356", "0", -2, DEC_ROUND_CEILING, "114506293266120606726941830432842622400", 0},
    {'r', "9868.596", "0", 2, DEC_ROUND_CEILING, "9868.6", 2},
    {'r', "-40.7496500", "0", 4, DEC_ROUND_CEILING, "-40.7496", 4},
    {'r', "44248650.0", "0", -2, DEC_ROUND_CEILING, "44248700", 0},
    {'r', "-9.725174", "0", 5, DEC_ROUND_CEILING, "-9.72517", 5},
    {'r', "-4.205384", "0", 5, DEC_ROUND_CEILING, "-4.20538", 5},
    {'r', "183.91339", "0", 3, DEC_ROUND_CEILING, "183.914", 3},
    {'r', "-5952.205", "0", 2, DEC_ROUND_CEILING, "-5952.2", 2},
    {'r', "-426644.401", "0", 0, DEC_ROUND_CEILING, "-426644", 0},
    {'r', "1", "0", -2, DEC_ROUND_CEILING, "100", 0},
    {'r', "-17014118346046923173168730371588410572.6", "0", 1, DEC_ROUND_FLOOR, "-17014118346046923173168730371588410572.6", 1},
    {'r', "0.9317", "0", -2, DEC_ROUND_FLOOR, "0", 0},
    {'r', "791.44650", "0", 3, DEC_ROUND_FLOOR, "791.446", 3},
    {'r', "68373239", "0", -2, DEC_ROUND_FLOOR, "68373200", 0},
    {'r', "55466.2500", "0", 1, DEC_ROUND_FLOOR, "55466.2", 1},
    {'r', "17.34480922059514153863", "0", 4, DEC_ROUND_FLOOR, "17.3448", 4},
    {'r', "835.0645", "0", 3, DEC_ROUND_FLOOR, "835.064", 3},
    {'r', "-63.7791599", "0", 4, DEC_ROUND_FLOOR, "-63.7792", 4},
    {'r', "29.993241", "0", 4, DEC_ROUND_FLOOR, "29.9932", 4},
    {'r', "0.3405", "0", -3, DEC_ROUND_FLOOR, "0", 0},
    {'r', "-953055", "0", -1, DEC_ROUND_FLOOR, "-953060", 0},
    {'r', "62380781213585979.5", "0", -1, DEC_ROUND_FLOOR, "62380781213585970", 0},
    {'r', "10923.050", "0", 1, DEC_ROUND_FLOOR, "10923", 1},
    {'r', "-59329250.0", "0", -2, DEC_ROUND_FLOOR, "-59329300", 0},
    {'r', "258626", "0", -1, DEC_ROUND_FLOOR, "258620", 0},
    {'r', "1979.61", "0", 0, DEC_ROUND_FLOOR, "1979", 0},
    {'r', "-0.9875500", "0", 4, DEC_ROUND_FLOOR, "-0.9876", 4},
    {'r', "1517195.0", "0", -1, DEC_ROUND_FLOOR, "1517190", 0},
    {'r', "-55.27456362534843879488", "0", -1, DEC_ROUND_FLOOR, "-60", 0},
    {'r', "-17473.52", "0", 1, DEC_ROUND_FLOOR, "-17473.6", 1},
    {'r', "-72.423350", "0", 4, DEC_ROUND_FLOOR, "-72.4234", 4},
    {'r', "2461.255", "0", 2, DEC_ROUND_FLOOR, "2461.25", 2},
    {'r', "2.99505401", "0", 5, DEC_ROUND_FLOOR, "2.99505", 5},
    {'r', "465011927.592453603", "0", 3, DEC_ROUND_FLOOR, "465011927.592", 3},
    {'r', "-8.375", "0", 2, DEC_ROUND_FLOOR, "-8.38", 2},
    {'r', "48.606139", "0", 4, DEC_ROUND_FLOOR, "48.6061", 4},
    {'r', "-14.7857500", "0", 4, DEC_ROUND_FLOOR, "-14.7858", 4},
    {'r', "72.43", "0", 0, DEC_ROUND_FLOOR, "72", 0},
    {'r', "0.0262", "0", 0, DEC_ROUND_FLOOR, "0", 0},
    {'r', "772.616399", "0", 3, DEC_ROUND_FLOOR, "772.616", 3},
    {'r', "8.93117500", "0", 5, DEC_ROUND_FLOOR, "8.93117", 5},
    {'r', "-99.2825500", "0", 4, DEC_ROUND_FLOOR, "-99.2826", 4},
    {'r', "170141183460469231731687303715884105727", "0", -38, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'r', "170141183460469231731687303715884105727", "0", -37, DEC_ROUND_HALF_AWAY, "170000000000000000000000000000000000000", 0},
    {'r', "170141183460469231731687303715884105727", "0", -20, DEC_ROUND_HALF_AWAY, "170141183460469231700000000000000000000", 0},
    {'r', "170141183460469231731687303715884105727", "0", -1, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'r', "-170141183460469231731687303715884105727", "0", -38, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'r', "-170141183460469231731687303715884105727", "0", -37, DEC_ROUND_HALF_AWAY, "-170000000000000000000000000000000000000", 0},
    {'r', "-170141183460469231731687303715884105727", "0", -20, DEC_ROUND_HALF_AWAY, "-170141183460469231700000000000000000000", 0},
    {'r', "-170141183460469231731687303715884105727", "0", -1, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'r', "100000000000000000000000000000000000000", "0", -38, DEC_ROUND_HALF_AWAY, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -37, DEC_ROUND_HALF_AWAY, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -20, DEC_ROUND_HALF_AWAY, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -1, DEC_ROUND_HALF_AWAY, "100000000000000000000000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -38, DEC_ROUND_HALF_AWAY, "0", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -37, DEC_ROUND_HALF_AWAY, "0", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -20, DEC_ROUND_HALF_AWAY, "0", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -1, DEC_ROUND_HALF_AWAY, "170141183460470", 0},
    {'r', "170141183460469231731687303715884105727", "0", -38, DEC_ROUND_UP, NULL, -1},
    {'r', "170141183460469231731687303715884105727", "0", -37, DEC_ROUND_UP, NULL, -1},
    {'r', "170141183460469231731687303715884105727", "0", -20, DEC_ROUND_UP, NULL, -1},
    {'r', "170141183460469231731687303715884105727", "0", -1, DEC_ROUND_UP, NULL, -1},
    {'r', "-170141183460469231731687303715884105727", "0", -38, DEC_ROUND_UP, NULL, -1},
    {'r', "-170141183460469231731687303715884105727", "0", -37, DEC_ROUND_UP, NULL, -1},
    {'r', "-170141183460469231731687303715884105727", "0", -20, DEC_ROUND_UP, NULL, -1},
    {'r', "-170141183460469231731687303715884105727", "0", -1, DEC_ROUND_UP, NULL, -1},
    {'r', "100000000000000000000000000000000000000", "0", -38, DEC_ROUND_UP, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -37, DEC_ROUND_UP, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -20, DEC_ROUND_UP, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -1, DEC_ROUND_UP, "100000000000000000000000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -38, DEC_ROUND_UP, "100000000000000000000000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -37, DEC_ROUND_UP, "10000000000000000000000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -20, DEC_ROUND_UP, "100000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -1, DEC_ROUND_UP, "170141183460470", 0},
    {'r', "170141183460469231731687303715884105727", "0", -38, DEC_ROUND_CEILING, NULL, -1},
    {'r', "170141183460469231731687303715884105727", "0", -37, DEC_ROUND_CEILING, NULL, -1},
    {'r', "170141183460469231731687303715884105727", "0", -20, DEC_ROUND_CEILING, NULL, -1},
    {'r', "170141183460469231731687303715884105727", "0", -1, DEC_ROUND_CEILING, NULL, -1},
    {'r', "-170141183460469231731687303715884105727", "0", -38, DEC_ROUND_CEILING, "-100000000000000000000000000000000000000", 0},
    {'r', "-170141183460469231731687303715884105727", "0", -37, DEC_ROUND_CEILING, "-170000000000000000000000000000000000000", 0},
    {'r', "-170141183460469231731687303715884105727", "0", -20, DEC_ROUND_CEILING, "-170141183460469231700000000000000000000", 0},
    {'r', "-170141183460469231731687303715884105727", "0", -1, DEC_ROUND_CEILING, "-170141183460469231731687303715884105720", 0},
    {'r', "100000000000000000000000000000000000000", "0", -38, DEC_ROUND_CEILING, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -37, DEC_ROUND_CEILING, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -20, DEC_ROUND_CEILING, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -1, DEC_ROUND_CEILING, "100000000000000000000000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -38, DEC_ROUND_CEILING, "100000000000000000000000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -37, DEC_ROUND_CEILING, "10000000000000000000000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -20, DEC_ROUND_CEILING, "100000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -1, DEC_ROUND_CEILING, "170141183460470", 0},
    {'r', "170141183460469231731687303715884105727", "0", -38, DEC_ROUND_FLOOR, "100000000000000000000000000000000000000", 0},
    {'r', "170141183460469231731687303715884105727", "0", -37, DEC_ROUND_FLOOR, "170000000000000000000000000000000000000", 0},
    {'r', "170141183460469231731687303715884105727", "0", -20, DEC_ROUND_FLOOR, "170141183460469231700000000000000000000", 0},
    {'r', "170141183460469231731687303715884105727", "0", -1, DEC_ROUND_FLOOR, "170141183460469231731687303715884105720", 0},
    {'r', "-170141183460469231731687303715884105727", "0", -38, DEC_ROUND_FLOOR, NULL, -1},
    {'r', "-170141183460469231731687303715884105727", "0", -37, DEC_ROUND_FLOOR, NULL, -1},
    {'r', "-170141183460469231731687303715884105727", "0", -20, DEC_ROUND_FLOOR, NULL, -1},
    {'r', "-170141183460469231731687303715884105727", "0", -1, DEC_ROUND_FLOOR, NULL, -1},
    {'r', "100000000000000000000000000000000000000", "0", -38, DEC_ROUND_FLOOR, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -37, DEC_ROUND_FLOOR, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -20, DEC_ROUND_FLOOR, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -1, DEC_ROUND_FLOOR, "100000000000000000000000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -38, DEC_ROUND_FLOOR, "0", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -37, DEC_ROUND_FLOOR, "0", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -20, DEC_ROUND_FLOOR, "0", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -1, DEC_ROUND_FLOOR, "170141183460460", 0},
    {'r', "170141183460469231731687303715884105727", "0", -38, DEC_ROUND_DOWN, "100000000000000000000000000000000000000", 0},
    {'r', "170141183460469231731687303715884105727", "0", -37, DEC_ROUND_DOWN, "170000000000000000000000000000000000000", 0},
    {'r', "170141183460469231731687303715884105727", "0", -20, DEC_ROUND_DOWN, "170141183460469231700000000000000000000", 0},
    {'r', "170141183460469231731687303715884105727", "0", -1, DEC_ROUND_DOWN, "170141183460469231731687303715884105720", 0},
    {'r', "-170141183460469231731687303715884105727", "0", -38, DEC_ROUND_DOWN, "-100000000000000000000000000000000000000", 0},
    {'r', "-170141183460469231731687303715884105727", "0", -37, DEC_ROUND_DOWN, "-170000000000000000000000000000000000000", 0},
    {'r', "-170141183460469231731687303715884105727", "0", -20, DEC_ROUND_DOWN, "-170141183460469231700000000000000000000", 0},
    {'r', "-170141183460469231731687303715884105727", "0", -1, DEC_ROUND_DOWN, "-170141183460469231731687303715884105720", 0},
    {'r', "100000000000000000000000000000000000000", "0", -38, DEC_ROUND_DOWN, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -37, DEC_ROUND_DOWN, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -20, DEC_ROUND_DOWN, "100000000000000000000000000000000000000", 0},
    {'r', "100000000000000000000000000000000000000", "0", -1, DEC_ROUND_DOWN, "100000000000000000000000000000000000000", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -38, DEC_ROUND_DOWN, "0", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -37, DEC_ROUND_DOWN, "0", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -20, DEC_ROUND_DOWN, "0", 0},
    {'r', "170141183460469.231731687303715884105727", "0", -1, DEC_ROUND_DOWN, "170141183460460", 0},
    {'s', "-74549.96", "-92.20", 0, DEC_ROUND_HALF_AWAY, "-74457.76", 2},
    {'a', "0.18446744073709551615", "-70255.24", 0, DEC_ROUND_HALF_AWAY, "-70255.05553255926290448385", 20},
    {'a', "948385.4", "51863837819.2509915", 0, DEC_ROUND_HALF_AWAY, "51864786204.6509915", 7},
    {'a', "-34047.55", "-7.84", 0, DEC_ROUND_HALF_AWAY, "-34055.39", 2},
    {'a', "15.86824906998795046853", "-0.5369", 0, DEC_ROUND_HALF_AWAY, "15.33134906998795046853", 20},
    {'a', "-238176.4", "3669.47", 0, DEC_ROUND_HALF_AWAY, "-234506.93", 2},
    {'s', "0.0000000000000000005", "17014118346046923173168730371588410572.7", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'a', "-100000000000000.000000000000000000000000", "-0.10000000000000000000", 0, DEC_ROUND_HALF_AWAY, "-100000000000000.1", 24},
    {'a', "-43006.87", "81734.63", 0, DEC_ROUND_HALF_AWAY, "38727.76", 2},
    {'a', "0.4936", "15490259263646597599888657988105234.6565", 0, DEC_ROUND_HALF_AWAY, "15490259263646597599888657988105235.1501", 4},
    {'a', "15.68294514224763754230", "-68.38500598267639425707", 0, DEC_ROUND_HALF_AWAY, "-52.70206084042875671477", 20},
    {'a', "25026.18", "0.000018446744073709551616", 0, DEC_ROUND_HALF_AWAY, "25026.180018446744073709551616", 24},
    {'a', "-41.71872977552819858954", "-933808.1", 0, DEC_ROUND_HALF_AWAY, "-933849.81872977552819858954", 20},
    {'s', "-114746684678176961077960.054562547248934", "2.56758449481015100827", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'s', "-325442.2", "-23.50932625625426704449", 0, DEC_ROUND_HALF_AWAY, "-325418.69067374374573295551", 20},
    {'s', "-28042.66", "0.09223372036854775808", 0, DEC_ROUND_HALF_AWAY, "-28042.75223372036854775808", 20},
    {'s', "5.340", "7.12422635987060802430", 0, DEC_ROUND_HALF_AWAY, "-1.7842263598706080243", 20},
    {'a', "1124567215773117412425382030528241855.45", "-1.0000000000000000000", 0, DEC_ROUND_HALF_AWAY, "1124567215773117412425382030528241854.45", -1},
    {'s', "-67.15274868165102720108", "-12908.07", 0, DEC_ROUND_HALF_AWAY, "12840.91725131834897279892", 20},
    {'a', "64.03742094765000911785", "-73.64", 0, DEC_ROUND_HALF_AWAY, "-9.60257905234999088215", 20},
    {'a', "-8435538615043330677476623065973290.8983", "-1655818", 0, DEC_ROUND_HALF_AWAY, "-8435538615043330677476623067629108.8983", 4},
    {'a', "-79.15526983093553873790", "337299.3", 0, DEC_ROUND_HALF_AWAY, "337220.1447301690644612621", 20},
    {'s', "1402252483439528271842110927321412.27159", "-55843.77", 0, DEC_ROUND_HALF_AWAY, "1402252483439528271842110927377256.04159", 5},
    {'a', "-4431706", "49.93177411396605476901", 0, DEC_ROUND_HALF_AWAY, "-4431656.06822588603394523099", 20},
    {'a', "1053884", "-92233720368547758.08", 0, DEC_ROUND_HALF_AWAY, "-92233720367493874.08", 2},
    {'a', "-49532.46", "6.64574976067060553135", 0, DEC_ROUND_HALF_AWAY, "-49525.81425023932939446865", 20},
    {'a', "95.51", "-59.44936946912954022197", 0, DEC_ROUND_HALF_AWAY, "36.06063053087045977803", 20},
    {'s', "0.05", "1.8446744073709551615", 0, DEC_ROUND_HALF_AWAY, "-1.7946744073709551615", 19},
    {'s', "811951533009993226519494969455595.17733", "0.00000000000000000000001", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'s', "9999999999999999999.9999999999999999999", "-69.30", 0, DEC_ROUND_HALF_AWAY, "10000000000000000069.2999999999999999999", 19},
    {'s', "65.65", "-2517.41", 0, DEC_ROUND_HALF_AWAY, "2583.06", 2},
    {'a', "0.2925", "315445.3", 0, DEC_ROUND_HALF_AWAY, "315445.5925", 4},
    {'s', "-42231066186048988.037303267342021953146", "51091193447013.499", 0, DEC_ROUND_HALF_AWAY, "-42282157379496001.536303267342021953146", 21},
    {'a', "3911415", "35.15", 0, DEC_ROUND_HALF_AWAY, "3911450.15", 2},
    {'a', "23373350407.4102953", "146805138568525.076879202257600584504074", 0, DEC_ROUND_HALF_AWAY, "146828511918932.487174502257600584504074", 24},
    {'s', "-4.38981376675446625513", "10000000000000000000", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'s', "-17014118346046923173.1687303715884105726", "61139.42", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'a', "31.51163548686096902090", "0.000018446744073709551616", 0, DEC_ROUND_HALF_AWAY, "31.511653933605042730451616", 24},
    {'s', "-15520.18", "0.9969", 0, DEC_ROUND_HALF_AWAY, "-15521.1769", 4},
    {'a', "-1701411834604692317316873037158841057.27", "-54.26", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'a', "-146277333894559372849598918.883970129471", "-0.0193", 0, DEC_ROUND_HALF_AWAY, "-146277333894559372849598918.903270129471", 12},
    {'a', "68.82", "649448841.668740112", 0, DEC_ROUND_HALF_AWAY, "649448910.488740112", 9},
    {'s', "-1701411834604692317.31687303715884105726", "46773319424.472390", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'s', "0.01", "5109321.12938325131", 0, DEC_ROUND_HALF_AWAY, "-5109321.11938325131", 11},
    {'s', "8072111324459899.5642138290012627612358", "753753.9", 0, DEC_ROUND_HALF_AWAY, "8072111323706145.6642138290012627612358", 22},
    {'a', "50180.70", "-0.3586", 0, DEC_ROUND_HALF_AWAY, "50180.3414", 4},
    {'s', "-90929.72", "869563.9", 0, DEC_ROUND_HALF_AWAY, "-960493.62", 2},
    {'s', "0.2120", "-207375052047712480", 0, DEC_ROUND_HALF_AWAY, "207375052047712480.212", 4},
    {'a', "-0.6981", "-85070591730234615865843651857942052864", 0, DEC_ROUND_HALF_AWAY, NULL, -1},
    {'s', "-651936.0", "86.39654085227140007750", 0, DEC_ROUND_HALF_AWAY, "-652022.3965408522714000775", 20},
/* END GENERATED */
};

static void test_differential(void)
{
    int failed = 0;
    for (size_t k = 0; k < sizeof DIFF / sizeof DIFF[0]; k++) {
        Dec a = D(DIFF[k].a), b = D(DIFF[k].b), r = SENTINEL;
        bool ok = false;
        switch (DIFF[k].op) {
        case 'm': ok = dec_mul(&r, a, b); break;
        case 'd': ok = dec_div(&r, a, b); break;
        case 'q': ok = dec_div_round(&r, a, b, DIFF[k].places, DIFF[k].mode); break;
        case 'r': ok = dec_round(&r, a, DIFF[k].places, DIFF[k].mode); break;
        case 'a': ok = dec_add(&r, a, b); break;
        case 's': ok = dec_sub(&r, a, b); break;
        }
        bool good = DIFF[k].want == NULL ? !ok && same(r, SENTINEL)
                                         : ok && strcmp(S(r), DIFF[k].want) == 0 &&
                                               (DIFF[k].scale < 0 || r.scale == DIFF[k].scale);
        if (!good && failed++ < 20)
            fprintf(stderr, "diff row %zu: %c %s %s places %d mode %d: got %s %s (scale %d), want %s scale %d\n",
                    k, DIFF[k].op, DIFF[k].a, DIFF[k].b, DIFF[k].places, (int)DIFF[k].mode,
                    ok ? "ok" : "fail", S(r), r.scale, DIFF[k].want ? DIFF[k].want : "fail", DIFF[k].scale);
        CHECK(good);
    }
}

TEST_MAIN(
    RUN(test_construct);
    RUN(test_cmp);
    RUN(test_normalize);
    RUN(test_neg_abs);
    RUN(test_add_sub);
    RUN(test_mul);
    RUN(test_div);
    RUN(test_round);
    RUN(test_convert);
    RUN(test_parse_literal);
    RUN(test_parse_money_literal);
    RUN(test_parse_csv);
    RUN(test_format);
    RUN(test_round_trips);
    RUN(test_identities);
    RUN(test_differential);
)
