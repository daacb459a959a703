/* SPDX-License-Identifier: MIT
 * fuzz_money.c - libFuzzer target for runtime/num.c: parse -> format -> parse
 * round trips in every syntax and style, and arithmetic without UB.
 *
 * Build and run from the repository root (clang 14):
 *     clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
 *         -I. tests/fuzz/fuzz_money.c runtime/num.c -o build/fuzz_money
 *     mkdir -p tests/fuzz/corpus-money && build/fuzz_money tests/fuzz/corpus-money
 *
 * Input: the text up to the first '\n' is one number, the rest another; the
 * first byte also picks a rounding mode and places.  An input of 37 bytes or
 * more starting with 'R' is instead two raw Decs (any coefficient and
 * scale), so the arithmetic is explored beyond what the parsers produce.  Every number that
 * parses must be valid, print within DEC_FORMAT_MAX and parse back to the
 * same value from each style; every operation that succeeds must satisfy
 * its identity (a + b - b = a, floor <= a / b <= ceiling, ...).  A broken
 * property aborts, so libFuzzer keeps the input.
 */
#include "runtime/num.h"

#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

__extension__ typedef unsigned __int128 u128;

#define REQUIRE(cond)                                                          \
    do {                                                                       \
        if (!(cond)) {                                                         \
            fprintf(stderr, "fuzz_money: %s:%d: %s\n", __FILE__, __LINE__, #cond); \
            abort();                                                           \
        }                                                                      \
    } while (0)

static const DecStyle STYLES[] = {DEC_STYLE_PLAIN, DEC_STYLE_NL, DEC_STYLE_MONEY_NL,
                                  DEC_STYLE_PERCENT, DEC_STYLE_PERCENT_NL};

/* formats 'x' and checks the snprintf contract */
static size_t fmt(char *buf, Dec x, DecStyle style, int places)
{
    size_t n = dec_format(buf, DEC_FORMAT_MAX, x, style, places);
    REQUIRE(n < DEC_FORMAT_MAX && strlen(buf) == n);
    char small[7];
    size_t m = dec_format(small, sizeof small, x, style, places);
    REQUIRE(m == n && strncmp(small, buf, sizeof small - 1) == 0);
    return n;
}

/* every style must read back as the value it printed */
static void round_trip(Dec x)
{
    char buf[DEC_FORMAT_MAX];
    Dec y;
    REQUIRE(dec_is_valid(x));
    size_t n = fmt(buf, x, DEC_STYLE_PLAIN, DEC_PLACES_MIN);
    REQUIRE(dec_parse_literal(&y, buf, n) == DEC_PARSE_OK && dec_eq(x, y));
    REQUIRE(dec_parse_csv(&y, buf, n, DEC_CSV_DECIMAL_POINT) == DEC_PARSE_OK && dec_eq(x, y));
    n = fmt(buf, x, DEC_STYLE_PLAIN, x.scale);
    REQUIRE(dec_parse_csv(&y, buf, n, DEC_CSV_DECIMAL_POINT) == DEC_PARSE_OK &&
            y.coef == x.coef && y.scale == x.scale);
    n = fmt(buf, x, DEC_STYLE_NL, x.scale);
    REQUIRE(dec_parse_csv(&y, buf, n, DEC_CSV_DECIMAL_COMMA) == DEC_PARSE_OK &&
            y.coef == x.coef && y.scale == x.scale);
    n = fmt(buf, x, DEC_STYLE_MONEY_NL, DEC_PLACES_MIN);
    REQUIRE(dec_parse_csv(&y, buf, n, DEC_CSV_DECIMAL_COMMA) == DEC_PARSE_OK && dec_eq(x, y));
    Dec cents;
    REQUIRE(dec_round(&cents, x, 2, DEC_ROUND_HALF_AWAY));
    n = fmt(buf, x, DEC_STYLE_MONEY_NL, 2);
    REQUIRE(dec_parse_csv(&y, buf, n, DEC_CSV_DECIMAL_COMMA) == DEC_PARSE_OK && dec_eq(cents, y));
    if (x.scale <= DEC_MAX_SCALE - 2) {
        n = fmt(buf, x, DEC_STYLE_PERCENT, DEC_PLACES_MIN);
        REQUIRE(dec_parse_literal(&y, buf, n) == DEC_PARSE_OK && dec_eq(x, y));
        n = fmt(buf, x, DEC_STYLE_PERCENT_NL, DEC_PLACES_MIN);
        REQUIRE(dec_parse_csv(&y, buf, n, DEC_CSV_DECIMAL_COMMA | DEC_CSV_PERCENT) == DEC_PARSE_OK &&
                dec_eq(x, y));
    }
    for (size_t s = 0; s < sizeof STYLES / sizeof STYLES[0]; s++)
        for (int places = -1; places <= DEC_MAX_SCALE + 1; places += 5) fmt(buf, x, STYLES[s], places);
}

/* Checks quotient 'q' of 'a' / 'b' rounded to 'places' against the exact
 * remainder a - q*b: within half a unit of the last place for the half
 * modes, within one unit for the others.  Independent of the division code;
 * skipped where the bound or the product would need more than 24 decimals. */
static void check_quotient(Dec q, Dec a, Dec b, int places, DecRound mode)
{
    Dec qb, rem, twice;
    if (q.scale + b.scale > DEC_MAX_SCALE || b.scale + places > DEC_MAX_SCALE) return;
    if (!dec_mul(&qb, q, b) || !dec_sub(&rem, a, qb) || !dec_add(&twice, rem, rem)) return;
    Dec bound = {dec_abs(b).coef, b.scale + places}; /* |b| x 10^-places */
    bool half = mode <= DEC_ROUND_HALF_DOWN;
    if (half) REQUIRE(dec_cmp(dec_abs(twice), bound) <= 0);
    else REQUIRE(dec_cmp(dec_abs(rem), bound) < 0);
}

static void arithmetic(Dec a, Dec b, DecRound mode, int places)
{
    Dec r, back, lo, hi;
    int c = dec_cmp(a, b);
    REQUIRE(c == -dec_cmp(b, a) && dec_eq(a, b) == (c == 0));
    REQUIRE(dec_cmp(a, dec_normalize(a)) == 0 && dec_is_valid(dec_normalize(a)));
    REQUIRE(dec_eq(dec_neg(dec_neg(a)), a) && dec_sign(dec_abs(a)) >= 0);
    REQUIRE(dec_eq(dec_min(a, b), c <= 0 ? a : b) && dec_eq(dec_max(a, b), c >= 0 ? a : b));
    if (dec_add(&r, a, b)) {
        REQUIRE(dec_is_valid(r) && dec_cmp(r, a) == dec_sign(b));
        REQUIRE(dec_sub(&back, r, b) && dec_eq(back, a));
    }
    if (dec_sub(&r, a, b)) REQUIRE(dec_is_valid(r) && dec_sign(r) == c);
    if (dec_mul(&r, a, b)) {
        REQUIRE(dec_is_valid(r));
        if (a.scale + b.scale <= DEC_MAX_SCALE) {
            REQUIRE(dec_sign(r) == dec_sign(a) * dec_sign(b));
            if (!dec_is_zero(b))
                REQUIRE(dec_div_round(&back, r, b, DEC_MAX_SCALE, mode) && dec_eq(back, a));
        }
    }
    if (dec_is_zero(b)) {
        REQUIRE(!dec_div(&r, a, b) && !dec_div_round(&r, a, b, 2, mode));
    } else {
        bool ok = dec_div(&r, a, b);
        if (ok) REQUIRE(dec_is_valid(r));
        if (ok) check_quotient(r, a, b, DEC_DIV_SCALE, DEC_ROUND_HALF_AWAY);
        if (ok && dec_div_round(&lo, a, b, DEC_DIV_SCALE, DEC_ROUND_FLOOR) &&
            dec_div_round(&hi, a, b, DEC_DIV_SCALE, DEC_ROUND_CEILING))
            REQUIRE(dec_cmp(lo, r) <= 0 && dec_cmp(r, hi) <= 0);
        int p = places < 0 ? -places : places;
        if (p > DEC_MAX_SCALE) p = DEC_MAX_SCALE;
        if (dec_div_round(&lo, a, b, p, DEC_ROUND_FLOOR) && dec_div_round(&hi, a, b, p, DEC_ROUND_CEILING) &&
            dec_div_round(&r, a, b, p, mode)) {
            REQUIRE(dec_cmp(lo, r) <= 0 && dec_cmp(r, hi) <= 0 && dec_is_valid(r));
            check_quotient(r, a, b, p, mode);
        }
    }
    if (dec_round(&r, a, places, mode)) {
        REQUIRE(dec_is_valid(r));
        if (dec_round(&lo, a, places, DEC_ROUND_FLOOR) && dec_round(&hi, a, places, DEC_ROUND_CEILING))
            REQUIRE(dec_cmp(lo, a) <= 0 && dec_cmp(a, hi) <= 0 && dec_cmp(lo, r) <= 0 &&
                    dec_cmp(r, hi) <= 0);
    }
    int64_t v;
    if (dec_to_int(&v, a)) REQUIRE(dec_eq(dec_from_int(v), a));
    if (dec_to_cents(&v, a, mode)) REQUIRE(dec_round(&r, a, 2, mode) && dec_eq(dec_from_cents(v), r));
}

/* the number in s[0..len) in any syntax that takes it */
static bool parse_any(Dec *out, const char *s, size_t len)
{
    bool any = false;
    Dec d;
    if (dec_parse_literal(&d, s, len) == DEC_PARSE_OK) *out = d, any = true;
    if (dec_parse_money_literal(&d, s, len) == DEC_PARSE_OK) *out = d, any = true;
    for (unsigned mode = 0; mode < 4; mode++)
        if (dec_parse_csv(&d, s, len, mode) == DEC_PARSE_OK) *out = d, any = true;
    return any;
}

/* a valid Dec from 18 raw bytes: 16 of coefficient, then a shift (for
 * smaller magnitudes) and the scale */
static Dec raw_dec(const uint8_t *p)
{
    uint64_t lo, hi;
    memcpy(&lo, p, 8);
    memcpy(&hi, p + 8, 8);
    u128 m = ((u128)hi << 64) | lo;
    bool neg = (m >> 127) != 0;
    m &= ~((u128)1 << 127);
    m >>= p[16] % 128;
    Dec d = {(i128)m, (int32_t)(p[17] % (DEC_MAX_SCALE + 1))};
    if (neg) d.coef = -d.coef;
    return d;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size >= 37 && data[0] == 'R') { /* raw mode: two Decs straight from the bytes */
        Dec a = raw_dec(data + 1), b = raw_dec(data + 19);
        round_trip(a);
        round_trip(b);
        arithmetic(a, b, (DecRound)(data[size - 1] % 8), (int)(data[size - 1] / 8 % 32) - 6);
        arithmetic(b, a, (DecRound)(data[size - 1] % 8), (int)(data[size - 1] / 8 % 32) - 6);
        return 0;
    }
    const char *s = (const char *)data;
    const char *nl = memchr(s, '\n', size);
    size_t len_a = nl ? (size_t)(nl - s) : size;
    Dec a = {0, 0}, b = {0, 0};
    bool has_a = parse_any(&a, s, len_a);
    bool has_b = nl && parse_any(&b, nl + 1, size - len_a - 1);
    for (DecParseError e = DEC_PARSE_OK; e <= DEC_PARSE_OVERFLOW; e++) REQUIRE(dec_parse_message(e)[0]);
    uint8_t pick = size ? data[0] : 0;
    DecRound mode = (DecRound)(pick % 8);
    int places = (int)(pick / 8 % 32) - 6; /* -6..25 */
    if (has_a) round_trip(a);
    if (has_b) round_trip(b);
    if (has_a) arithmetic(a, has_b ? b : a, mode, places);
    if (has_a && has_b) arithmetic(b, a, mode, places);
    return 0;
}
