/* SPDX-License-Identifier: MIT
 * num.c - grip's exact decimal numbers (contract and range: num.h).
 *
 * Dec = coef x 10^-scale, |coef| <= 2^127 - 1, scale 0..24.  Fast paths
 * (equal scales, 64-bit coefficients, quotients whose scaled numerator fits
 * 128 bits) use native integers, __builtin_*_overflow and a power-of-ten
 * table; when those overflow, cold out-of-line code redoes the operation in
 * 256-bit sign-magnitude (U256; Knuth, TAOCP vol. 2, 4.3.1) and strips
 * trailing zeros until it fits, so overflow depends on the value, not its
 * scaling.  Rounding classifies the cut-off part (Frac) and applies the mode
 * in one place, round_away().  Parsing keeps trailing zeros as a count until
 * a nonzero digit follows; formatting rounds on the digit string, so
 * percent (x 100) cannot overflow.  No floating point anywhere.
 */
#include "num.h"

#include <string.h>

__extension__ typedef unsigned __int128 u128;

#define U128_MAX (~(u128)0)
#define COEF_MAX_U ((u128)DEC_COEF_MAX)

/* 10^19, the largest power of ten in 64 bits */
#define E19 ((u128)10000000000000000000ULL)

/* POW10[k] = 10^k for k = 0..38 (10^38 < 2^127 < 10^39) */
static const u128 POW10[39] = {
    1ULL, 10ULL, 100ULL, 1000ULL, 10000ULL, 100000ULL, 1000000ULL,
    10000000ULL, 100000000ULL, 1000000000ULL, 10000000000ULL,
    100000000000ULL, 1000000000000ULL, 10000000000000ULL,
    100000000000000ULL, 1000000000000000ULL, 10000000000000000ULL,
    100000000000000000ULL, 1000000000000000000ULL, E19,
    E19 * 10ULL, E19 * 100ULL, E19 * 1000ULL, E19 * 10000ULL,
    E19 * 100000ULL, E19 * 1000000ULL, E19 * 10000000ULL,
    E19 * 100000000ULL, E19 * 1000000000ULL, E19 * 10000000000ULL,
    E19 * 100000000000ULL, E19 * 1000000000000ULL,
    E19 * 10000000000000ULL, E19 * 100000000000000ULL,
    E19 * 1000000000000000ULL, E19 * 10000000000000000ULL,
    E19 * 100000000000000000ULL, E19 * 1000000000000000000ULL,
    E19 * 10000000000000000000ULL,
};

/* marks a slow path: never inlined into (and bloating) its fast caller */
#define SLOW __attribute__((noinline, cold))

/* |v| as unsigned; exact for every i128 */
static u128 mag(i128 v)
{
    return v < 0 ? (u128)0 - (u128)v : (u128)v;
}

/* the Dec with magnitude 'm' (<= DEC_COEF_MAX), sign 'neg' and 'scale' */
static Dec make(bool neg, u128 m, int32_t scale)
{
    Dec d;
    d.coef = neg ? -(i128)m : (i128)m;
    d.scale = scale;
    return d;
}

/* v fits int64: the high half is the sign extension of the low half
 * (written on unsigned halves, which compiles to one compare) */
static bool fits64(i128 v)
{
    u128 u = (u128)v;
    uint64_t lo = (uint64_t)u, hi = (uint64_t)(u >> 64);
    return hi == (uint64_t)0 - (lo >> 63);
}

/* ---- rounding ------------------------------------------------------------ */

/* The part a rounding discards, compared with half a unit of the last kept
 * digit.  Order matters: round_away tests f >= FRAC_HALF. */
typedef enum Frac { FRAC_ZERO, FRAC_BELOW, FRAC_HALF, FRAC_ABOVE } Frac;

/* classifies remainder 'r' of a division by 'd' (r < d) without computing 2r */
static Frac classify(u128 r, u128 d)
{
    if (r == 0) return FRAC_ZERO;
    u128 rest = d - r;
    return r < rest ? FRAC_BELOW : r == rest ? FRAC_HALF : FRAC_ABOVE;
}

/* Whether a magnitude rounded down (truncated) must be incremented instead:
 * 'f' is what was cut off, 'neg' the sign of the value, 'odd' whether the
 * kept last digit is odd.  An unknown mode rounds as DEC_ROUND_HALF_AWAY. */
static bool round_away(Frac f, bool neg, bool odd, DecRound mode)
{
    switch (mode) {
    case DEC_ROUND_HALF_AWAY: return f >= FRAC_HALF;
    case DEC_ROUND_HALF_EVEN: return f == FRAC_ABOVE || (f == FRAC_HALF && odd);
    case DEC_ROUND_HALF_UP:   return f == FRAC_ABOVE || (f == FRAC_HALF && !neg);
    case DEC_ROUND_HALF_DOWN: return f == FRAC_ABOVE || (f == FRAC_HALF && neg);
    case DEC_ROUND_UP:        return f != FRAC_ZERO;
    case DEC_ROUND_DOWN:      return false;
    case DEC_ROUND_CEILING:   return f != FRAC_ZERO && !neg;
    case DEC_ROUND_FLOOR:     return f != FRAC_ZERO && neg;
    }
    return f >= FRAC_HALF;
}

/* m / 10^d truncated (d >= 1), with *f describing the remainder */
static u128 drop_digits(u128 m, int64_t d, Frac *f)
{
    if (d > 38) { /* 10^d / 2 >= 5e38 > m */
        *f = m ? FRAC_BELOW : FRAC_ZERO;
        return 0;
    }
    if (m <= UINT64_MAX && d <= 19) {
        uint64_t p = (uint64_t)POW10[d], v = (uint64_t)m;
        *f = classify(v % p, p);
        return v / p;
    }
    u128 p = POW10[d];
    *f = classify(m % p, p);
    return m / p;
}

/* Removes trailing zeros of 'm' while 'scale' > 0; returns the new scale.
 * Zero gets scale 0. */
static int32_t strip_zeros(u128 *m, int32_t scale)
{
    if (*m == 0) return 0;
    while (scale > 0 && *m > UINT64_MAX && *m % 10 == 0) {
        *m /= 10;
        scale--;
    }
    if (*m <= UINT64_MAX) {
        uint64_t v = (uint64_t)*m;
        while (scale > 0 && v % 10 == 0) {
            v /= 10;
            scale--;
        }
        *m = v;
    }
    return scale;
}

/* ---- 256-bit unsigned arithmetic for the slow paths ------------------------ */

typedef struct U256 {
    uint64_t w[4]; /* little-endian 64-bit limbs */
} U256;

static U256 u256_from(u128 x)
{
    U256 r = {{(uint64_t)x, (uint64_t)(x >> 64), 0, 0}};
    return r;
}

static u128 u256_low(U256 a)
{
    return ((u128)a.w[1] << 64) | a.w[0];
}

static bool u256_is_zero(U256 a)
{
    return (a.w[0] | a.w[1] | a.w[2] | a.w[3]) == 0;
}

/* a <= DEC_COEF_MAX */
static bool u256_fits_coef(U256 a)
{
    return a.w[3] == 0 && a.w[2] == 0 && a.w[1] <= (uint64_t)INT64_MAX;
}

static int u256_cmp(U256 a, U256 b)
{
    for (int i = 3; i >= 0; i--)
        if (a.w[i] != b.w[i]) return a.w[i] < b.w[i] ? -1 : 1;
    return 0;
}

/* *a += b; false when the sum does not fit in 256 bits */
static bool u256_add(U256 *a, U256 b)
{
    uint64_t carry = 0;
    for (int i = 0; i < 4; i++) {
        u128 t = (u128)a->w[i] + b.w[i] + carry;
        a->w[i] = (uint64_t)t;
        carry = (uint64_t)(t >> 64);
    }
    return carry == 0;
}

/* *a -= b; requires *a >= b */
static void u256_sub(U256 *a, U256 b)
{
    uint64_t borrow = 0;
    for (int i = 0; i < 4; i++) {
        uint64_t x = a->w[i], y = b.w[i];
        uint64_t d = x - y - borrow;
        borrow = (x < y) || (x - y < borrow);
        a->w[i] = d;
    }
}

/* *a *= m; false when the product does not fit in 256 bits */
static bool u256_mul_u64(U256 *a, uint64_t m)
{
    u128 carry = 0;
    for (int i = 0; i < 4; i++) {
        u128 t = (u128)a->w[i] * m + carry;
        a->w[i] = (uint64_t)t;
        carry = t >> 64;
    }
    return carry == 0;
}

/* *a *= 10^k (k >= 0); false on overflow */
static bool u256_mul_pow10(U256 *a, int64_t k)
{
    while (k > 0) {
        int step = k > 19 ? 19 : (int)k;
        if (!u256_mul_u64(a, (uint64_t)POW10[step])) return false;
        k -= step;
    }
    return true;
}

/* *a /= d (d > 0); returns the remainder */
static uint64_t u256_divmod_u64(U256 *a, uint64_t d)
{
    u128 rem = 0;
    for (int i = 3; i >= 0; i--) {
        u128 cur = (rem << 64) | a->w[i];
        a->w[i] = (uint64_t)(cur / d);
        rem = cur % d;
    }
    return (uint64_t)rem;
}

/* the full 256-bit product of 'a' and 'b' (each partial sum fits in 128
 * bits: (2^64-1)^2 + 2(2^64-1) = 2^128 - 1) */
static U256 u256_mul128(u128 a, u128 b)
{
    uint64_t x[2] = {(uint64_t)a, (uint64_t)(a >> 64)};
    uint64_t y[2] = {(uint64_t)b, (uint64_t)(b >> 64)};
    U256 r = {{0, 0, 0, 0}};
    for (int i = 0; i < 2; i++) {
        uint64_t carry = 0;
        for (int j = 0; j < 2; j++) {
            u128 t = (u128)x[i] * y[j] + r.w[i + j] + carry;
            r.w[i + j] = (uint64_t)t;
            carry = (uint64_t)(t >> 64);
        }
        r.w[i + 2] = carry;
    }
    return r;
}

/* a << s for s < 64 */
static U256 u256_shl(U256 a, int s)
{
    if (s == 0) return a;
    U256 r;
    r.w[0] = a.w[0] << s;
    for (int i = 1; i < 4; i++) r.w[i] = (a.w[i] << s) | (a.w[i - 1] >> (64 - s));
    return r;
}

/* Divides *n by 'd' when the quotient is known to be below 2^64 (that is,
 * *n < d * 2^64 and d < 2^127, so d << 63 fits); *n becomes the remainder.
 * Binary long division: only for divisors too wide for a native step. */
static uint64_t u256_div_small_q(U256 *n, u128 d)
{
    U256 dd = u256_from(d);
    uint64_t q = 0;
    for (int bit = 63; bit >= 0; bit--) {
        U256 t = u256_shl(dd, bit);
        if (u256_cmp(*n, t) >= 0) {
            u256_sub(n, t);
            q |= (uint64_t)1 << bit;
        }
    }
    return q;
}

/* *m /= 10^d truncated (d >= 1), *f describing the cut-off part: the last
 * cut digit decides, the ones below it only as "sticky" (nonzero or not) */
static void u256_drop_digits(U256 *m, int64_t d, Frac *f)
{
    bool sticky = false;
    for (int64_t rest = d - 1; rest > 0 && !u256_is_zero(*m);) {
        int step = rest > 19 ? 19 : (int)rest;
        if (u256_divmod_u64(m, (uint64_t)POW10[step]) != 0) sticky = true;
        rest -= step;
    }
    uint64_t last = u256_divmod_u64(m, 10);
    if (last > 5 || (last == 5 && sticky)) *f = FRAC_ABOVE;
    else if (last == 5) *f = FRAC_HALF;
    else if (last != 0 || sticky) *f = FRAC_BELOW;
    else *f = FRAC_ZERO;
}

/* Finishes a slow-path result: the value (-1)^neg * m * 10^-scale.  Rounds
 * to DEC_MAX_SCALE decimals (half away from zero) when 'scale' exceeds it,
 * then drops trailing zeros only while the magnitude does not fit.  False
 * when it still does not fit. */
static bool finish_wide(Dec *out, bool neg, U256 m, int64_t scale)
{
    if (scale > DEC_MAX_SCALE) {
        Frac f;
        u256_drop_digits(&m, scale - DEC_MAX_SCALE, &f);
        if (f >= FRAC_HALF && !u256_add(&m, u256_from(1))) return false;
        scale = DEC_MAX_SCALE;
    }
    while (!u256_fits_coef(m) && scale > 0) {
        U256 t = m;
        if (u256_divmod_u64(&t, 10) != 0) return false;
        m = t;
        scale--;
    }
    if (!u256_fits_coef(m)) return false;
    *out = make(neg, u256_low(m), (int32_t)scale);
    return true;
}

/* ---- construction and inspection ------------------------------------------ */

Dec dec_from_int(int64_t v)
{
    Dec d = {v, 0};
    return d;
}

Dec dec_from_cents(int64_t cents)
{
    Dec d = {cents, 2};
    return d;
}

bool dec_is_valid(Dec x)
{
    return x.coef >= -DEC_COEF_MAX && x.scale >= 0 && x.scale <= DEC_MAX_SCALE;
}

bool dec_is_zero(Dec x)
{
    return x.coef == 0;
}

int dec_sign(Dec x)
{
    return (x.coef > 0) - (x.coef < 0);
}

/* dec_cmp of nonzero values of the same sign 'sign' at different scales,
 * where the 64-bit alignment does not apply: scale the one with fewer
 * decimals up; if that overflows, it is the larger in magnitude, so its
 * sign decides */
SLOW static int cmp_wide(Dec a, Dec b, int sign)
{
    i128 t;
    if (a.scale < b.scale) {
        if (__builtin_mul_overflow(a.coef, (i128)POW10[b.scale - a.scale], &t)) return sign;
        return (t > b.coef) - (t < b.coef);
    }
    if (__builtin_mul_overflow(b.coef, (i128)POW10[a.scale - b.scale], &t)) return -sign;
    return (a.coef > t) - (a.coef < t);
}

int dec_cmp(Dec a, Dec b)
{
    if (a.scale == b.scale) return (a.coef > b.coef) - (a.coef < b.coef);
    int sa = dec_sign(a), sb = dec_sign(b);
    if (sa != sb) return sa > sb ? 1 : -1;
    if (sa == 0) return 0;
    int32_t diff = a.scale - b.scale;
    if (diff < 0 && diff >= -18 && fits64(a.coef)) {
        i128 t = (i128)(int64_t)a.coef * (int64_t)POW10[-diff];
        return (t > b.coef) - (t < b.coef);
    }
    if (diff > 0 && diff <= 18 && fits64(b.coef)) {
        i128 t = (i128)(int64_t)b.coef * (int64_t)POW10[diff];
        return (a.coef > t) - (a.coef < t);
    }
    return cmp_wide(a, b, sa);
}

bool dec_eq(Dec a, Dec b)
{
    return dec_cmp(a, b) == 0;
}

Dec dec_min(Dec a, Dec b)
{
    return dec_cmp(b, a) < 0 ? b : a;
}

Dec dec_max(Dec a, Dec b)
{
    return dec_cmp(b, a) > 0 ? b : a;
}

Dec dec_normalize(Dec x)
{
    u128 m = mag(x.coef);
    int32_t scale = strip_zeros(&m, x.scale);
    return make(x.coef < 0, m, scale);
}

/* ---- arithmetic -------------------------------------------------------------- */

Dec dec_neg(Dec x)
{
    x.coef = -x.coef;
    return x;
}

Dec dec_abs(Dec x)
{
    if (x.coef < 0) x.coef = -x.coef;
    return x;
}

/* a + b exactly in 256 bits: the slow path of dec_add, kept out of line so
 * the fast path stays a small leaf function */
SLOW static bool add_wide(Dec *out, Dec a, Dec b)
{
    if (a.scale != b.scale) { /* first try 128 bits */
        Dec lo = a.scale < b.scale ? a : b, hi = a.scale < b.scale ? b : a;
        i128 t, r;
        if (!__builtin_mul_overflow(lo.coef, (i128)POW10[hi.scale - lo.scale], &t) &&
            !__builtin_add_overflow(t, hi.coef, &r) && r >= -DEC_COEF_MAX) {
            out->coef = r;
            out->scale = hi.scale;
            return true;
        }
    }
    int32_t scale = a.scale > b.scale ? a.scale : b.scale;
    U256 ma = u256_from(mag(a.coef)), mb = u256_from(mag(b.coef));
    /* |coef| < 2^127 times 10^24 < 2^80: neither can overflow */
    u256_mul_pow10(&ma, scale - a.scale);
    u256_mul_pow10(&mb, scale - b.scale);
    bool na = a.coef < 0, nb = b.coef < 0;
    if (na == nb) {
        u256_add(&ma, mb); /* < 2^208 */
        return finish_wide(out, na, ma, scale);
    }
    if (u256_cmp(ma, mb) >= 0) {
        u256_sub(&ma, mb);
        return finish_wide(out, na, ma, scale);
    }
    u256_sub(&mb, ma);
    return finish_wide(out, nb, mb, scale);
}

bool dec_add(Dec *out, Dec a, Dec b)
{
    i128 x = a.coef, y = b.coef, r;
    int32_t scale = a.scale;
    if (a.scale != b.scale) { /* scale the one with fewer decimals up */
        i128 *lo = &x;
        int32_t diff = b.scale - a.scale;
        if (diff < 0) {
            lo = &y;
            diff = -diff;
        } else {
            scale = b.scale;
        }
        if (!fits64(*lo) || diff > 18) return add_wide(out, a, b);
        *lo = (i128)(int64_t)*lo * (int64_t)POW10[diff]; /* 10^18 fits int64 */
    }
    if (__builtin_add_overflow(x, y, &r) || r < -DEC_COEF_MAX) return add_wide(out, a, b);
    out->coef = r;
    out->scale = scale;
    return true;
}

bool dec_sub(Dec *out, Dec a, Dec b)
{
    return dec_add(out, a, dec_neg(b));
}

/* a x b exactly in 256 bits, rounded to DEC_MAX_SCALE: dec_mul's slow path */
SLOW static bool mul_wide(Dec *out, Dec a, Dec b)
{
    i128 r;
    int32_t scale = a.scale + b.scale;
    if (scale <= DEC_MAX_SCALE && !__builtin_mul_overflow(a.coef, b.coef, &r) && r >= -DEC_COEF_MAX) {
        out->coef = r;
        out->scale = scale;
        return true;
    }
    return finish_wide(out, (a.coef < 0) != (b.coef < 0), u256_mul128(mag(a.coef), mag(b.coef)),
                       (int64_t)a.scale + b.scale);
}

bool dec_mul(Dec *out, Dec a, Dec b)
{
    int32_t scale = a.scale + b.scale;
    if (scale <= DEC_MAX_SCALE && fits64(a.coef) && fits64(b.coef)) { /* |product| <= 2^126 */
        out->coef = (i128)(int64_t)a.coef * (int64_t)b.coef;
        out->scale = scale;
        return true;
    }
    return mul_wide(out, a, b);
}

/* The quotient A * 10^e / B (B > 0, e >= 0) when the numerator needs more
 * than 128 bits: divide once natively, then bring down up to 19 digits at a
 * time from the remainder (r < B, so r * 10^19 / B < 10^19 fits 64 bits).
 * Sets *q and the remainder class; false when the quotient exceeds 256
 * bits (then it exceeds the range at any scale: 2^256 > 2^127 * 10^24). */
SLOW static bool div_wide(U256 *q, Frac *f, u128 A, u128 B, int64_t e)
{
    U256 acc = u256_from(A / B);
    u128 r = A % B;
    while (e > 0) {
        int step = e > 19 ? 19 : (int)e;
        e -= step;
        uint64_t part;
        if (B <= UINT64_MAX) { /* r * 10^19 < 2^64 * 10^19 < 2^128 */
            u128 n = r * POW10[step];
            part = (uint64_t)(n / B);
            r = n % B;
        } else {
            U256 n = u256_mul128(r, POW10[step]);
            part = u256_div_small_q(&n, B);
            r = u256_low(n);
        }
        if (!u256_mul_pow10(&acc, step) || !u256_add(&acc, u256_from(part))) return false;
    }
    *f = classify(r, B);
    *q = acc;
    return true;
}

bool dec_div_round(Dec *out, Dec a, Dec b, int places, DecRound mode)
{
    if (b.coef == 0 || places < 0 || places > DEC_MAX_SCALE) return false;
    bool neg = (a.coef < 0) != (b.coef < 0);
    u128 A = mag(a.coef), B = mag(b.coef);
    if (A == 0) {
        *out = make(false, 0, 0);
        return true;
    }
    /* quotient digits = A * 10^e / B, for a result at scale 'places' */
    int32_t e = places + b.scale - a.scale;
    u128 q;
    Frac f;
    if (e >= 0 && e <= 38 && A <= U128_MAX / POW10[e]) {
        u128 n = A * POW10[e];
        if (n <= UINT64_MAX && B <= UINT64_MAX) { /* the usual case: 64-bit, no libcall */
            uint64_t n64 = (uint64_t)n, b64 = (uint64_t)B;
            q = n64 / b64;
            f = classify(n64 % b64, B);
        } else {
            q = n / B;
            f = classify(n % B, B);
        }
    } else if (e < 0) {
        /* A / (B * 10^-e) as (A / B) / 10^-e; the exact remainder is
         * R = B * r2 + r1 against the divisor B * 10^-e */
        u128 p = POW10[-e], q1 = A / B, r1 = A % B, r2 = q1 % p;
        q = q1 / p;
        if (r1 == 0 && r2 == 0) {
            f = FRAC_ZERO;
        } else {
            U256 R = u256_mul128(B, r2), D = u256_mul128(B, p);
            u256_add(&R, u256_from(r1));
            U256 rest = D;
            u256_sub(&rest, R);
            int c = u256_cmp(R, rest);
            f = c < 0 ? FRAC_BELOW : c == 0 ? FRAC_HALF : FRAC_ABOVE;
        }
    } else {
        U256 wq;
        if (!div_wide(&wq, &f, A, B, e)) return false;
        if (round_away(f, neg, wq.w[0] & 1, mode) && !u256_add(&wq, u256_from(1))) return false;
        if (f == FRAC_ZERO) { /* exact: no trailing zeros */
            int32_t scale = places;
            while (scale > 0) {
                U256 t = wq;
                if (u256_divmod_u64(&t, 10) != 0) break;
                wq = t;
                scale--;
            }
            if (!u256_fits_coef(wq)) return false;
            *out = make(neg, u256_low(wq), scale);
            return true;
        }
        return finish_wide(out, neg, wq, places);
    }
    /* q <= U128_MAX / 2 whenever f != FRAC_ZERO (B >= 2), so q + 1 is safe */
    if (round_away(f, neg, q & 1, mode)) q++;
    int32_t scale = places;
    if (f == FRAC_ZERO) scale = strip_zeros(&q, scale);
    if (q <= COEF_MAX_U) {
        *out = make(neg, q, scale);
        return true;
    }
    return finish_wide(out, neg, u256_from(q), scale);
}

bool dec_div(Dec *out, Dec a, Dec b)
{
    return dec_div_round(out, a, b, DEC_DIV_SCALE, DEC_ROUND_HALF_AWAY);
}

bool dec_round(Dec *out, Dec x, int places, DecRound mode)
{
    if (places >= x.scale) {
        *out = x;
        return true;
    }
    bool neg = x.coef < 0;
    Frac f;
    u128 q = drop_digits(mag(x.coef), (int64_t)x.scale - places, &f);
    if (round_away(f, neg, q & 1, mode)) q++; /* q < 2^127 / 10 */
    if (places >= 0) {
        *out = make(neg, q, places);
        return true;
    }
    /* to tens or more: the digits come back as zeros */
    int64_t up = -(int64_t)places;
    if (q != 0) {
        if (up > 38 || q > COEF_MAX_U / POW10[up]) return false;
        q *= POW10[up];
    }
    *out = make(neg, q, 0);
    return true;
}

/* ---- conversion ---------------------------------------------------------------- */

bool dec_to_int(int64_t *out, Dec x)
{
    i128 v = x.coef;
    if (x.scale > 0) {
        i128 p = (i128)POW10[x.scale];
        if (v % p != 0) return false;
        v /= p;
    }
    if (!fits64(v)) return false;
    *out = (int64_t)v;
    return true;
}

bool dec_to_cents(int64_t *out, Dec x, DecRound mode)
{
    Dec r;
    dec_round(&r, x, 2, mode); /* cannot fail for places >= 0 */
    i128 v = r.coef;
    if (r.scale < 2 && __builtin_mul_overflow(v, (i128)POW10[2 - r.scale], &v)) return false;
    if (!fits64(v)) return false;
    *out = (int64_t)v;
    return true;
}

/* ---- parsing ------------------------------------------------------------------- */

/* Digits read so far.  Zeros are counted, not multiplied in, until a nonzero
 * digit follows, so only significant digits can overflow 'c'. */
typedef struct Acc {
    u128 c;        /* significant digits read, without the trailing zeros */
    int64_t tz;    /* zeros after the last nonzero digit */
    int64_t fd;    /* digits after the decimal separator */
    bool overflow; /* 'c' would exceed DEC_COEF_MAX: out of range */
} Acc;

static void acc_digit(Acc *a, unsigned d, bool frac)
{
    if (frac) a->fd++;
    if (d == 0) {
        if (a->c != 0) a->tz++; /* leading zeros do not count */
        return;
    }
    if (a->overflow) return;
    if (a->tz >= 38 || a->c > (COEF_MAX_U - d) / POW10[a->tz + 1]) {
        a->overflow = true;
        return;
    }
    a->c = a->c * POW10[a->tz + 1] + d;
    a->tz = 0;
}

/* Builds the value c * 10^(tz - fd + mexp): 'mexp' is the suffix's power of
 * ten (k 3, M 6, % -2).  Keeps the written scale (fd - mexp) where it can,
 * dropping appended zeros when the scale exceeds DEC_MAX_SCALE or the
 * coefficient would not fit. */
static DecParseError acc_finish(Dec *out, const Acc *a, bool neg, int64_t mexp)
{
    if (a->overflow) return DEC_PARSE_OVERFLOW;
    int64_t scale = a->fd - mexp;
    if (scale < 0) scale = 0;
    if (a->c == 0) {
        *out = make(false, 0, (int32_t)(scale > DEC_MAX_SCALE ? DEC_MAX_SCALE : scale));
        return DEC_PARSE_OK;
    }
    int64_t zeros = a->tz - a->fd + mexp + scale; /* >= 0 */
    if (scale > DEC_MAX_SCALE) {
        int64_t drop = scale - DEC_MAX_SCALE;
        if (drop > zeros) return DEC_PARSE_TOO_MANY_DECIMALS;
        zeros -= drop;
        scale -= drop;
    }
    while (zeros > 38 || a->c > COEF_MAX_U / POW10[zeros]) {
        if (scale == 0 || zeros == 0) return DEC_PARSE_OVERFLOW;
        zeros--;
        scale--;
    }
    *out = make(neg, a->c * POW10[zeros], (int32_t)scale);
    return DEC_PARSE_OK;
}

static bool is_digit(char c)
{
    return c >= '0' && c <= '9';
}

/* length of a currency mark at s[i] (the UTF-8 euro sign or "EUR"), or 0 */
static size_t currency_at(const char *s, size_t len, size_t i)
{
    if (len - i >= 3 && (unsigned char)s[i] == 0xE2 && (unsigned char)s[i + 1] == 0x82 &&
        (unsigned char)s[i + 2] == 0xAC)
        return 3;
    if (len - i >= 3 && memcmp(s + i, "EUR", 3) == 0) return 3;
    return 0;
}

/* length of a space at s[i] (' ', tab, or UTF-8 U+00A0), or 0 */
static size_t space_at(const char *s, size_t len, size_t i)
{
    if (s[i] == ' ' || s[i] == '\t') return 1;
    if (len - i >= 2 && (unsigned char)s[i] == 0xC2 && (unsigned char)s[i + 1] == 0xA0) return 2;
    return 0;
}

/* the reason a number cannot start with s[i] (i < len) */
static DecParseError bad_start(char c, char point)
{
    if (c == point) return DEC_PARSE_NO_INT_DIGITS;
    if (c == '_') return DEC_PARSE_BAD_UNDERSCORE;
    return DEC_PARSE_BAD_CHAR;
}

/* Reads a grip literal's digits at *pos: digits with single '_' between
 * digits, optionally '.' and more.  Stops at the first other character. */
static DecParseError scan_literal(const char *s, size_t len, size_t *pos, Acc *acc)
{
    size_t i = *pos;
    if (i == len) return DEC_PARSE_NO_DIGITS;
    if (!is_digit(s[i])) return bad_start(s[i], '.');
    bool frac = false;
    while (i < len) {
        char c = s[i];
        if (is_digit(c)) {
            acc_digit(acc, (unsigned)(c - '0'), frac);
            i++;
        } else if (c == '_') {
            /* the previous character is a digit here: '_' and '.' demand one after */
            if (i + 1 == len || !is_digit(s[i + 1])) return DEC_PARSE_BAD_UNDERSCORE;
            i++;
        } else if (c == '.') {
            if (frac) return DEC_PARSE_TWO_SEPARATORS;
            if (i + 1 == len || !is_digit(s[i + 1]))
                return i + 1 < len && s[i + 1] == '_' ? DEC_PARSE_BAD_UNDERSCORE
                       : i + 1 < len && s[i + 1] == '.' ? DEC_PARSE_TWO_SEPARATORS
                                                        : DEC_PARSE_NO_FRAC_DIGITS;
            frac = true;
            i++;
        } else if (c == 'e' || c == 'E') {
            return DEC_PARSE_EXPONENT;
        } else {
            break;
        }
    }
    *pos = i;
    return DEC_PARSE_OK;
}

/* a leading '+' or '-' at *pos: sets *neg and *seen, advances */
static DecParseError take_sign(const char *s, size_t len, size_t *pos, bool *neg, bool *seen)
{
    if (*pos < len && (s[*pos] == '+' || s[*pos] == '-')) {
        if (*seen) return DEC_PARSE_TWO_SIGNS;
        *neg = s[*pos] == '-';
        *seen = true;
        (*pos)++;
        if (*pos < len && (s[*pos] == '+' || s[*pos] == '-')) return DEC_PARSE_TWO_SIGNS;
    }
    return DEC_PARSE_OK;
}

/* the literal number at s[i..len) with an optional k/M (and '%' when
 * 'percent'), then nothing */
static DecParseError literal_tail(Dec *out, const char *s, size_t len, size_t i, bool neg,
                                  bool percent)
{
    Acc acc = {0, 0, 0, false};
    DecParseError err = scan_literal(s, len, &i, &acc);
    if (err != DEC_PARSE_OK) return err;
    int64_t mexp = 0;
    if (i < len) {
        switch (s[i]) {
        case 'k': mexp = 3; break;
        case 'M': mexp = 6; break;
        case '%':
            if (!percent) return DEC_PARSE_PERCENT;
            mexp = -2;
            break;
        default: return DEC_PARSE_BAD_CHAR;
        }
        if (++i < len) return DEC_PARSE_TRAILING;
    }
    return acc_finish(out, &acc, neg, mexp);
}

DecParseError dec_parse_literal(Dec *out, const char *s, size_t len)
{
    if (len == 0) return DEC_PARSE_EMPTY;
    size_t i = 0;
    bool neg = false, signed_ = false;
    DecParseError err = take_sign(s, len, &i, &neg, &signed_);
    if (err != DEC_PARSE_OK) return err;
    return literal_tail(out, s, len, i, neg, true);
}

DecParseError dec_parse_money_literal(Dec *out, const char *s, size_t len)
{
    if (len == 0) return DEC_PARSE_EMPTY;
    size_t i = 0;
    bool neg = false, signed_ = false;
    DecParseError err = take_sign(s, len, &i, &neg, &signed_);
    if (err != DEC_PARSE_OK) return err;
    size_t cur = currency_at(s, len, i);
    if (cur) {
        i += cur;
        while (i < len && s[i] == ' ') i++;
        if ((err = take_sign(s, len, &i, &neg, &signed_)) != DEC_PARSE_OK) return err;
        if (i < len && currency_at(s, len, i)) return DEC_PARSE_TWO_CURRENCIES;
    }
    return literal_tail(out, s, len, i, neg, false);
}

/* Reads a spreadsheet number at *pos: digits in exact thousands groups
 * separated by 'group', optionally 'point' and more digits. */
static DecParseError scan_csv_number(const char *s, size_t len, size_t *pos, char point,
                                     char group, Acc *acc)
{
    size_t i = *pos;
    if (i == len) return DEC_PARSE_NO_DIGITS;
    if (s[i] == group) return DEC_PARSE_BAD_GROUPING;
    if (!is_digit(s[i])) return bad_start(s[i], point);
    bool lead_zero = s[i] == '0', grouped = false;
    int64_t run = 0; /* digits since the start or the last group separator */
    for (; i < len; i++) {
        char c = s[i];
        if (is_digit(c)) {
            acc_digit(acc, (unsigned)(c - '0'), false);
            run++;
        } else if (c == group) {
            /* a first group of 1-3 digits not starting with 0, then exactly 3 */
            if (grouped ? run != 3 : (run > 3 || lead_zero)) return DEC_PARSE_BAD_GROUPING;
            if (i + 1 == len || !is_digit(s[i + 1])) return DEC_PARSE_BAD_GROUPING;
            grouped = true;
            run = 0;
        } else if (c == 'e' || c == 'E') {
            return DEC_PARSE_EXPONENT;
        } else {
            break;
        }
    }
    if (grouped && run != 3) return DEC_PARSE_BAD_GROUPING;
    if (i < len && s[i] == point) {
        i++;
        if (i == len || !is_digit(s[i]))
            return i < len && s[i] == group ? DEC_PARSE_BAD_GROUPING
                   : i < len && s[i] == point ? DEC_PARSE_TWO_SEPARATORS
                                              : DEC_PARSE_NO_FRAC_DIGITS;
        for (; i < len && is_digit(s[i]); i++) acc_digit(acc, (unsigned)(s[i] - '0'), true);
        if (i < len) {
            if (s[i] == point) return DEC_PARSE_TWO_SEPARATORS;
            if (s[i] == group) return DEC_PARSE_BAD_GROUPING;
            if (s[i] == 'e' || s[i] == 'E') return DEC_PARSE_EXPONENT;
        }
    }
    *pos = i;
    return DEC_PARSE_OK;
}

DecParseError dec_parse_csv(Dec *out, const char *s, size_t len, unsigned mode)
{
    size_t i = 0, n;
    while (i < len && (n = space_at(s, len, i)) != 0) i += n;
    /* trim the end: a space is ' ', tab or the two bytes C2 A0 */
    while (len > i) {
        if (s[len - 1] == ' ' || s[len - 1] == '\t') len--;
        else if (len - i >= 2 && (unsigned char)s[len - 2] == 0xC2 &&
                 (unsigned char)s[len - 1] == 0xA0) len -= 2;
        else break;
    }
    if (i == len) return DEC_PARSE_EMPTY;

    bool neg = false, signed_ = false, cur_before = false;
    DecParseError err = take_sign(s, len, &i, &neg, &signed_);
    if (err != DEC_PARSE_OK) return err;
    size_t cur = currency_at(s, len, i);
    if (cur) {
        cur_before = true;
        i += cur;
        while (i < len && (n = space_at(s, len, i)) != 0) i += n;
        if ((err = take_sign(s, len, &i, &neg, &signed_)) != DEC_PARSE_OK) return err;
        if (i < len && currency_at(s, len, i)) return DEC_PARSE_TWO_CURRENCIES;
    }
    bool comma = (mode & DEC_CSV_DECIMAL_COMMA) != 0;
    Acc acc = {0, 0, 0, false};
    err = scan_csv_number(s, len, &i, comma ? ',' : '.', comma ? '.' : ',', &acc);
    if (err != DEC_PARSE_OK) return err;

    int64_t mexp = 0;
    if (i < len && s[i] == '%') {
        if (!(mode & DEC_CSV_PERCENT)) return DEC_PARSE_PERCENT;
        mexp = -2;
        i++;
    }
    if (i < len) {
        size_t j = i;
        while (j < len && (n = space_at(s, len, j)) != 0) j += n;
        if (j < len && (cur = currency_at(s, len, j)) != 0) {
            if (cur_before) return DEC_PARSE_TWO_CURRENCIES;
            if (mexp != 0) return DEC_PARSE_TRAILING; /* "5% €" */
            if (j + cur < len) return DEC_PARSE_TRAILING;
            i = len;
        }
    }
    if (i < len) return mexp != 0 ? DEC_PARSE_TRAILING : DEC_PARSE_BAD_CHAR;
    return acc_finish(out, &acc, neg, mexp);
}

#define STR_(x) #x
#define STR(x) STR_(x)

const char *dec_parse_message(DecParseError e)
{
    switch (e) {
    case DEC_PARSE_OK: return "ok";
    case DEC_PARSE_EMPTY: return "empty number";
    case DEC_PARSE_NO_DIGITS: return "no digits";
    case DEC_PARSE_BAD_CHAR: return "unexpected character in number";
    case DEC_PARSE_TWO_SIGNS: return "more than one sign";
    case DEC_PARSE_TWO_SEPARATORS: return "two decimal separators";
    case DEC_PARSE_NO_INT_DIGITS: return "no digit before the decimal separator";
    case DEC_PARSE_NO_FRAC_DIGITS: return "no digit after the decimal separator";
    case DEC_PARSE_BAD_UNDERSCORE: return "underscore must stand between two digits";
    case DEC_PARSE_BAD_GROUPING: return "misplaced thousands separator";
    case DEC_PARSE_EXPONENT: return "exponent notation is not accepted";
    case DEC_PARSE_TRAILING: return "unexpected text after the number";
    case DEC_PARSE_PERCENT: return "percent sign not allowed here";
    case DEC_PARSE_TWO_CURRENCIES: return "currency given twice";
    case DEC_PARSE_TOO_MANY_DECIMALS: return "more than " STR(DEC_MAX_SCALE) " decimals";
    case DEC_PARSE_OVERFLOW: return "number out of range";
    }
    return "invalid number";
}

/* ---- formatting ------------------------------------------------------------------ */

/* writes the decimal digits of 'm' to 'out' (no leading zeros; none for 0);
 * returns how many (at most 39) */
static int digits_of(u128 m, char *out)
{
    char rev[40]; /* least significant first */
    int n = 0;
    while (m > UINT64_MAX) { /* 19 digits at a time, then 64-bit steps */
        uint64_t v = (uint64_t)(m % E19);
        m /= E19;
        for (int k = 0; k < 19; k++, v /= 10) rev[n++] = (char)('0' + v % 10);
    }
    for (uint64_t v = (uint64_t)m; v != 0; v /= 10) rev[n++] = (char)('0' + v % 10);
    for (int k = 0; k < n; k++) out[k] = rev[n - 1 - k];
    return n;
}

size_t dec_format(char *buf, size_t cap, Dec x, DecStyle style, int places)
{
    bool percent = style == DEC_STYLE_PERCENT || style == DEC_STYLE_PERCENT_NL;
    bool nl = style == DEC_STYLE_NL || style == DEC_STYLE_MONEY_NL || style == DEC_STYLE_PERCENT_NL;
    bool money = style == DEC_STYLE_MONEY_NL;

    /* dig[0..nd) are the digits, the last 'frac' of them after the point
     * (when nd < frac the missing leading digits are zeros); dig[0] is kept
     * free for a carry out of rounding */
    char dig[1 + 39 + 2 + DEC_MAX_SCALE];
    char *d = dig + 1;
    int nd = digits_of(mag(x.coef), d);
    int frac = x.scale - (percent ? 2 : 0);
    if (frac < 0) { /* percent of a value with fewer than 2 decimals */
        if (nd > 0)
            for (; frac < 0; frac++) d[nd++] = '0';
        frac = 0;
    }

    int want;
    if (places < 0) {
        while (frac > 0 && nd > 0 && d[nd - 1] == '0') nd--, frac--;
        if (nd == 0) frac = 0;
        want = frac;
    } else {
        want = places > DEC_MAX_SCALE ? DEC_MAX_SCALE : places;
    }
    if (frac > want) { /* round half away from zero on the digit string */
        int drop = frac - want;
        bool up = drop <= nd && d[nd - drop] >= '5';
        nd = drop < nd ? nd - drop : 0;
        frac = want;
        if (up) {
            int k = nd - 1;
            while (k >= 0 && d[k] == '9') d[k--] = '0';
            if (k >= 0) {
                d[k]++;
            } else { /* all nines (or no digits): prepend a 1 */
                d--;
                d[0] = '1';
                nd++;
            }
        }
    }
    for (; frac < want; frac++) d[nd++] = '0';

    bool zero = true;
    for (int k = 0; k < nd; k++)
        if (d[k] != '0') zero = false;

    char tmp[DEC_FORMAT_MAX];
    size_t len = 0;
    if (x.coef < 0 && !zero) tmp[len++] = '-';
    if (money) {
        memcpy(tmp + len, "\xE2\x82\xAC ", 4);
        len += 4;
    }
    int int_len = nd - frac;
    if (int_len <= 0) {
        tmp[len++] = '0';
    } else {
        for (int k = 0; k < int_len; k++) {
            if (money && k > 0 && (int_len - k) % 3 == 0) tmp[len++] = '.';
            tmp[len++] = d[k];
        }
    }
    if (frac > 0) {
        tmp[len++] = nl ? ',' : '.';
        for (int k = nd; k < frac; k++) tmp[len++] = '0';
        for (int k = int_len > 0 ? int_len : 0; k < nd; k++) tmp[len++] = d[k];
    }
    if (percent) tmp[len++] = '%';

    if (cap > 0) {
        size_t n = len < cap ? len : cap - 1;
        memcpy(buf, tmp, n);
        buf[n] = '\0';
    }
    return len;
}
