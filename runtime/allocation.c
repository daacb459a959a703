/* SPDX-License-Identifier: MIT
 * allocation.c - split an amount over recipients to the cent (contract in
 * allocation.h).
 *
 * Weights.  Each Dec weight is normalised and brought to the largest scale S
 * among them, giving integers w_i = coef_i x 10^(S - scale_i) with the same
 * ratios; ALLOC_EQUAL uses w_i = 1.  A negative total is split as its
 * magnitude and negated at the end, so below R >= 0.
 *
 * Per group (in ascending key order; members in input order), with R the
 * cents the group has to hand out and W the sum of its weights:
 *  1. Water-filling for caps (the capped proportional rule; cf. the
 *     water-filling solution in Boyd & Vandenberghe, Convex Optimization,
 *     5.5.3).  With the level L = R / W, i's quota is L x w_i.  Every member
 *     with L x w_i > cap_i (tested exactly as R x w_i > cap_i x W) gets its
 *     cap; all of them leave at once and R, W drop by their caps and weights;
 *     repeat until no one exceeds, or no weight is left.
 *     Termination and correctness: a member leaves only with cap_i < L w_i,
 *     so R' = R - sum(cap) > R - L sum(w) = L W', i.e. the level only rises.
 *     A member that exceeded its cap therefore exceeds it at every later
 *     level: leaving is final and right.  A round that does not stop removes
 *     at least one member with w_i > 0, so a group of m members needs at most
 *     m + 1 rounds.  At the end every member left has L w_i <= cap_i and
 *     every capped one cap_i < L w_i: each gets min(cap_i, L w_i), the unique
 *     such split of R (the sum is strictly increasing in L while a member
 *     with weight is below its cap).
 *  2. Largest remainder (Hamilton's method; Balinski & Young, Fair
 *     Representation, 2nd ed. 2001, ch. 2): member i gets floor(R w_i / W)
 *     and keeps the remainder r_i = R w_i mod W; the D = R - sum(floors)
 *     cents still missing go one each to the D largest r_i.  All quotas share
 *     the denominator W, so comparing the numerators r_i is exact.
 *     Tie rule: equal remainders go to the lower input index first, so
 *     100.00 over three equal weights is 33.34, 33.33, 33.33.
 *     Room under the cap: D = sum(r_i) / W < #{i : r_i > 0}, so only members
 *     with a fraction get a cent, one each; for them floor < quota <= cap and
 *     the cap is whole cents, so floor + 1 <= cap.
 *  3. If no weight is left (every member with weight reached its cap), R
 *     passes to the next group; after the last group it is the remainder.
 *
 * Exactness.  Intermediates are unsigned 384-bit integers (Wide: six 64-bit
 * limbs, schoolbook as in Knuth, TAOCP vol. 2, 4.3.1).  Bounds: |coef| <
 * 2^127 and 10^24 < 2^80 give w_i < 2^207; with n < 2^64, W < 2^271; R <
 * 2^63.  So R w_i < 2^270, cap_i W < 2^334 and the division's W x 2^62 <
 * 2^333 all fit.  Quotients are at most R < 2^63, found by 63 steps of
 * shift-and-subtract (or native 128-bit division when both operands fit).
 * Every Wide operation still checks for overflow and reports ALLOC_OVERFLOW,
 * so a change to these bounds fails loudly instead of wrapping.
 * No floating point anywhere.
 */
#include "allocation.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

__extension__ typedef unsigned __int128 u128;

/* ---- 384-bit unsigned integers -------------------------------------------- */

/* Limbs of a Wide: 384 bits, enough for cap x W < 2^334 (see the header). */
#define WIDE_LIMBS 6

typedef struct Wide {
    uint64_t limb[WIDE_LIMBS]; /* little-endian: limb[0] is the lowest */
} Wide;

static Wide wide_from_u128(u128 x)
{
    Wide a;
    memset(&a, 0, sizeof a);
    a.limb[0] = (uint64_t)x;
    a.limb[1] = (uint64_t)(x >> 64);
    return a;
}

static bool wide_is_zero(const Wide *a)
{
    for (int k = 0; k < WIDE_LIMBS; k++)
        if (a->limb[k]) return false;
    return true;
}

/* true when 'a' < 2^128 */
static bool wide_fits_u128(const Wide *a)
{
    for (int k = 2; k < WIDE_LIMBS; k++)
        if (a->limb[k]) return false;
    return true;
}

static u128 wide_low_u128(const Wide *a)
{
    return ((u128)a->limb[1] << 64) | a->limb[0];
}

static int wide_cmp(const Wide *a, const Wide *b)
{
    for (int k = WIDE_LIMBS - 1; k >= 0; k--)
        if (a->limb[k] != b->limb[k]) return a->limb[k] < b->limb[k] ? -1 : 1;
    return 0;
}

/* *a += *b; false on overflow ('*a' is then unspecified) */
static bool wide_add(Wide *a, const Wide *b)
{
    uint64_t carry = 0;
    for (int k = 0; k < WIDE_LIMBS; k++) {
        u128 s = (u128)a->limb[k] + b->limb[k] + carry;
        a->limb[k] = (uint64_t)s;
        carry = (uint64_t)(s >> 64);
    }
    return carry == 0;
}

/* *a -= *b; requires *a >= *b */
static void wide_sub(Wide *a, const Wide *b)
{
    uint64_t borrow = 0;
    for (int k = 0; k < WIDE_LIMBS; k++) {
        uint64_t x = a->limb[k], y = b->limb[k];
        uint64_t d = x - y - borrow;
        borrow = (x < y || (x == y && borrow)) ? 1 : 0;
        a->limb[k] = d;
    }
}

/* *a *= m; false on overflow ('*a' is then unspecified) */
static bool wide_mul_u64(Wide *a, uint64_t m)
{
    uint64_t carry = 0;
    for (int k = 0; k < WIDE_LIMBS; k++) {
        u128 p = (u128)a->limb[k] * m + carry;
        a->limb[k] = (uint64_t)p;
        carry = (uint64_t)(p >> 64);
    }
    return carry == 0;
}

/* *a *= 10^k for k >= 0; false on overflow */
static bool wide_mul_pow10(Wide *a, int k)
{
    for (; k > 0; k--) /* k <= DEC_MAX_SCALE: a loop of at most 24 */
        if (!wide_mul_u64(a, 10)) return false;
    return true;
}

/* *a <<= s for 0 <= s < 64; false when bits are shifted out */
static bool wide_shl(Wide *a, unsigned s)
{
    if (s == 0) return true;
    if (a->limb[WIDE_LIMBS - 1] >> (64 - s)) return false;
    for (int k = WIDE_LIMBS - 1; k > 0; k--)
        a->limb[k] = (a->limb[k] << s) | (a->limb[k - 1] >> (64 - s));
    a->limb[0] <<= s;
    return true;
}

static void wide_shr1(Wide *a)
{
    for (int k = 0; k < WIDE_LIMBS - 1; k++)
        a->limb[k] = (a->limb[k] >> 1) | (a->limb[k + 1] << 63);
    a->limb[WIDE_LIMBS - 1] >>= 1;
}

/* Floor division of 'num' by 'den' (> 0) whose quotient is known to be below
 * 2^63: sets '*quot' and '*rem' (num = quot x den + rem, rem < den).  False
 * on overflow of den x 2^62 (impossible within the bounds of the header). */
static bool wide_divmod(const Wide *num, const Wide *den, int64_t *quot, Wide *rem)
{
    if (wide_fits_u128(num) && wide_fits_u128(den)) {
        u128 n = wide_low_u128(num), d = wide_low_u128(den);
        *quot = (int64_t)(n / d);
        *rem = wide_from_u128(n % d);
        return true;
    }
    /* restoring binary division over the 63 possible quotient bits */
    Wide r = *num, t = *den;
    if (!wide_shl(&t, 62)) return false;
    uint64_t q = 0;
    for (int bit = 62; bit >= 0; bit--) {
        if (wide_cmp(&r, &t) >= 0) {
            wide_sub(&r, &t);
            q |= (uint64_t)1 << bit;
        }
        wide_shr1(&t);
    }
    *quot = (int64_t)q;
    *rem = r;
    return true;
}

/* ---- members ---------------------------------------------------------------- */

/* One recipient during a split. */
typedef struct Member {
    Wide w;        /* weight at the common scale, as an integer */
    Wide rem;      /* rounding: R x w mod W (the fraction's numerator) */
    size_t index;  /* position in the input: the tie rule and the result slot */
    int64_t cap;   /* cap in cents (ALLOC_NO_CAP when none), >= 0 */
    int64_t part;  /* the share found so far, in cents, >= 0 */
    int32_t group; /* group key (ALLOC_GROUPS), else 0 */
    bool capped;   /* got its cap in water-filling and left */
} Member;

/* qsort order for ALLOC_GROUPS: by group key, then input index (a total
 * order, so the unstable qsort still gives one result) */
static int by_group(const void *pa, const void *pb)
{
    const Member *a = pa, *b = pb;
    if (a->group != b->group) return a->group < b->group ? -1 : 1;
    return a->index < b->index ? -1 : a->index > b->index ? 1 : 0;
}

/* qsort order for the extra cents: larger remainder first, then the lower
 * input index (the tie rule) */
static int by_remainder(const void *pa, const void *pb)
{
    const Member *a = *(const Member *const *)pa, *b = *(const Member *const *)pb;
    int c = wide_cmp(&a->rem, &b->rem);
    if (c != 0) return -c;
    return a->index < b->index ? -1 : a->index > b->index ? 1 : 0;
}

/* Splits 'R' cents over the 'm' members at 'g' (steps 1-2 of the header);
 * 'order' is scratch for m pointers.  Sets '*left' to what passes on (step
 * 3).  Returns ALLOC_OK, ALLOC_ZERO_WEIGHTS with '*bad' set, or
 * ALLOC_OVERFLOW. */
static AllocStatus split_group(Member *g, size_t m, int64_t R, Member **order, int64_t *left,
                               size_t *bad)
{
    *left = 0;
    if (R == 0) return ALLOC_OK; /* nothing to split: every part stays 0 */

    Wide W = wide_from_u128(0);
    for (size_t k = 0; k < m; k++)
        if (!wide_add(&W, &g[k].w)) return ALLOC_OVERFLOW;
    if (wide_is_zero(&W)) {
        *bad = g[0].index; /* members are in input order: the lowest index */
        return ALLOC_ZERO_WEIGHTS;
    }

    /* 1. water-filling: at most m + 1 rounds (see the header) */
    for (;;) {
        Wide drop_w = wide_from_u128(0);
        int64_t drop_cents = 0;
        bool any = false;
        for (size_t k = 0; k < m; k++) {
            Member *x = &g[k];
            if (x->capped || wide_is_zero(&x->w) || x->cap >= R) continue; /* quota <= R */
            Wide quota_num = x->w, cap_num = W;
            if (!wide_mul_u64(&quota_num, (uint64_t)R) ||
                !wide_mul_u64(&cap_num, (uint64_t)x->cap))
                return ALLOC_OVERFLOW;
            if (wide_cmp(&quota_num, &cap_num) > 0) {
                x->capped = true;
                x->part = x->cap;
                any = true;
                if (!wide_add(&drop_w, &x->w)) return ALLOC_OVERFLOW;
                /* each cap is below its quota, so the sum stays below R */
                drop_cents += x->cap;
            }
        }
        if (!any) break;
        R -= drop_cents;
        wide_sub(&W, &drop_w);
        if (wide_is_zero(&W)) { /* every member with weight is capped */
            *left = R;
            return ALLOC_OK;
        }
    }

    /* 2. largest remainder over the members still in */
    size_t n_frac = 0;
    int64_t floors = 0;
    for (size_t k = 0; k < m; k++) {
        Member *x = &g[k];
        if (x->capped) continue;
        Wide num = x->w;
        int64_t q;
        if (!wide_mul_u64(&num, (uint64_t)R) || !wide_divmod(&num, &W, &q, &x->rem))
            return ALLOC_OVERFLOW;
        x->part = q;
        floors += q; /* the floors sum to at most R */
        if (!wide_is_zero(&x->rem)) order[n_frac++] = x;
    }
    int64_t missing = R - floors; /* at most n_frac (see the header) */
    qsort(order, n_frac, sizeof order[0], by_remainder);
    for (int64_t k = 0; k < missing; k++) order[k]->part += 1;
    return ALLOC_OK;
}

/* Checks the rows of 'in' in index order and sets '*scale' to the common
 * scale of the normalised weights (0 for ALLOC_EQUAL).  Returns ALLOC_OK or
 * the first row's error with '*bad' set to that row. */
static AllocStatus check_rows(const AllocInput *in, int32_t *scale, size_t *bad)
{
    *scale = 0;
    for (size_t i = 0; i < in->n; i++) {
        *bad = i;
        if (in->mode != ALLOC_EQUAL) {
            Dec w = in->weights[i];
            if (!dec_is_valid(w)) return ALLOC_BAD_INPUT;
            if (dec_sign(w) < 0) return ALLOC_NEGATIVE_WEIGHT;
            w = dec_normalize(w);
            if (w.scale > *scale) *scale = w.scale;
        }
        if (in->caps && in->caps[i] < 0) return ALLOC_NEGATIVE_CAP;
    }
    *bad = ALLOC_NO_INDEX;
    return ALLOC_OK;
}

/* Fills 'ms' (n entries) from the checked rows of 'in', with weights at
 * 'scale'.  Returns ALLOC_OK, or ALLOC_OVERFLOW (impossible: w_i < 2^207). */
static AllocStatus load(const AllocInput *in, int32_t scale, Member *ms)
{
    for (size_t i = 0; i < in->n; i++) {
        Member *x = &ms[i];
        memset(x, 0, sizeof *x);
        x->index = i;
        x->cap = in->caps ? in->caps[i] : ALLOC_NO_CAP;
        x->group = in->mode == ALLOC_GROUPS ? in->groups[i] : 0;
        if (in->mode == ALLOC_EQUAL) {
            x->w = wide_from_u128(1);
        } else {
            Dec w = dec_normalize(in->weights[i]);
            x->w = wide_from_u128((u128)w.coef); /* coef >= 0: checked */
            if (!wide_mul_pow10(&x->w, scale - w.scale)) return ALLOC_OVERFLOW;
        }
    }
    return ALLOC_OK;
}

AllocStatus allocation_split(const AllocInput *in, int64_t *parts, int64_t *remainder,
                             size_t *bad_index)
{
    if (!in || !remainder || !bad_index) return ALLOC_BAD_INPUT;
    size_t n = in->n;
    *bad_index = ALLOC_NO_INDEX;
    *remainder = 0;
    if (n > 0 && !parts) return ALLOC_BAD_INPUT;
    for (size_t i = 0; i < n; i++) parts[i] = 0;
    if (in->mode != ALLOC_PRO_RATA && in->mode != ALLOC_EQUAL && in->mode != ALLOC_GROUPS)
        return ALLOC_BAD_INPUT;
    if (n > 0 && ((in->mode != ALLOC_EQUAL && !in->weights) ||
                  (in->mode == ALLOC_GROUPS && !in->groups)))
        return ALLOC_BAD_INPUT;

    int32_t scale;
    AllocStatus st = check_rows(in, &scale, bad_index);
    if (st != ALLOC_OK) return st;
    if (in->total_cents == INT64_MIN) return ALLOC_OVERFLOW;
    if (n == 0) return in->total_cents == 0 ? ALLOC_OK : ALLOC_NO_RECIPIENTS;

    bool negative = in->total_cents < 0;
    int64_t R = negative ? -in->total_cents : in->total_cents;
    Member *ms = xcalloc(n, sizeof *ms);
    Member **order = xcalloc(n, sizeof *order);
    size_t bad = ALLOC_NO_INDEX;
    st = load(in, scale, ms);
    if (st == ALLOC_OK && in->mode == ALLOC_GROUPS) qsort(ms, n, sizeof *ms, by_group);
    for (size_t lo = 0; st == ALLOC_OK && lo < n;) {
        size_t hi = lo + 1;
        while (hi < n && ms[hi].group == ms[lo].group) hi++;
        int64_t left;
        st = split_group(ms + lo, hi - lo, R, order, &left, &bad);
        R = left;
        lo = hi;
    }
    if (st == ALLOC_OK) {
        for (size_t k = 0; k < n; k++)
            parts[ms[k].index] = negative ? -ms[k].part : ms[k].part;
        *remainder = negative ? -R : R;
    } else {
        *bad_index = bad;
    }
    xfree(order);
    xfree(ms);
    return st;
}

const char *allocation_status_message(AllocStatus s)
{
    switch (s) {
    case ALLOC_OK: return "ok";
    case ALLOC_NEGATIVE_WEIGHT: return "negative weight";
    case ALLOC_NEGATIVE_CAP: return "negative cap";
    case ALLOC_ZERO_WEIGHTS: return "all weights are zero, so the amount cannot be split";
    case ALLOC_NO_RECIPIENTS: return "no rows to split the amount over";
    case ALLOC_OVERFLOW: return "amount out of range for an allocation";
    case ALLOC_BAD_INPUT: return "invalid allocation input";
    }
    return "unknown allocation status";
}
