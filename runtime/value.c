/* SPDX-License-Identifier: MIT
 * value.c - equality, order and hashing of runtime values (see value.h).
 *
 * Numbers compare and hash by value: the hash is taken of the normalized
 * coefficient and scale (trailing zeros stripped), so 1.50 and 1.5 hash alike.
 */
#include "value.h"

#include <string.h>

static uint64_t mix(uint64_t h, uint64_t x)
{
    h ^= x + 0x9e3779b97f4a7c15ull + (h << 6) + (h >> 2);
    return h;
}

bool value_equal(Value a, Value b)
{
    if (a.kind != b.kind) return false;
    switch ((ValueKind)a.kind) {
    case VAL_NONE: return true;
    case VAL_BOOL: return a.as.b == b.as.b;
    case VAL_NUM:
        if (a.scale == b.scale) return a.as.coef == b.as.coef;
        return dec_cmp(value_dec(a), value_dec(b)) == 0;
    case VAL_DATE: return a.as.date.days == b.as.date.days;
    case VAL_DURATION: return a.as.dur.months == b.as.dur.months && a.as.dur.days == b.as.dur.days;
    case VAL_TEXT: return a.as.text == b.as.text;
    case VAL_ENUM: return a.tag == b.tag && a.as.type == b.as.type;
    case VAL_VARIANT:
    case VAL_RECORD:
        if (a.tag != b.tag || a.aux != b.aux) return false;
        for (uint32_t k = 0; k < a.aux; k++)
            if (!value_equal(a.as.fields[k], b.as.fields[k])) return false;
        return true;
    case VAL_SET:
    case VAL_LIST:
        if (a.as.set->n != b.as.set->n) return false;
        for (uint32_t k = 0; k < a.as.set->n; k++)
            if (!value_equal(a.as.set->items[k], b.as.set->items[k])) return false;
        return true;
    }
    return false;
}

static int cmp_i64(int64_t a, int64_t b) { return (a > b) - (a < b); }

int value_compare(Value a, Value b)
{
    if (a.kind != b.kind) return cmp_i64(a.kind, b.kind);
    switch ((ValueKind)a.kind) {
    case VAL_NONE: return 0;
    case VAL_BOOL: return cmp_i64(a.as.b, b.as.b);
    case VAL_NUM: return dec_cmp(value_dec(a), value_dec(b));
    case VAL_DATE: return cmp_i64(a.as.date.days, b.as.date.days);
    case VAL_DURATION: {
        int c = cmp_i64(a.as.dur.months, b.as.dur.months);
        return c ? c : cmp_i64(a.as.dur.days, b.as.dur.days);
    }
    case VAL_TEXT: {
        if (a.as.text == b.as.text) return 0;
        uint32_t n = a.as.text->len < b.as.text->len ? a.as.text->len : b.as.text->len;
        int c = memcmp(a.as.text->s, b.as.text->s, n);
        if (c) return c < 0 ? -1 : 1;
        return cmp_i64(a.as.text->len, b.as.text->len);
    }
    case VAL_ENUM: return cmp_i64(a.tag, b.tag);
    case VAL_VARIANT:
    case VAL_RECORD: {
        int c = cmp_i64(a.tag, b.tag);
        if (c) return c;
        uint32_t n = a.aux < b.aux ? a.aux : b.aux;
        for (uint32_t k = 0; k < n; k++) {
            c = value_compare(a.as.fields[k], b.as.fields[k]);
            if (c) return c;
        }
        return cmp_i64(a.aux, b.aux);
    }
    case VAL_SET:
    case VAL_LIST: {
        uint32_t n = a.as.set->n < b.as.set->n ? a.as.set->n : b.as.set->n;
        for (uint32_t k = 0; k < n; k++) {
            int c = value_compare(a.as.set->items[k], b.as.set->items[k]);
            if (c) return c;
        }
        return cmp_i64(a.as.set->n, b.as.set->n);
    }
    }
    return 0;
}

uint64_t value_hash(Value v)
{
    uint64_t h = mix(0, v.kind);
    switch ((ValueKind)v.kind) {
    case VAL_NONE: break;
    case VAL_BOOL: h = mix(h, v.as.b); break;
    case VAL_NUM: {
        Dec d = dec_normalize(value_dec(v));
        __extension__ typedef unsigned __int128 u128;
        u128 u = (u128)d.coef;
        h = mix(h, (uint64_t)u);
        h = mix(h, (uint64_t)(u >> 64));
        h = mix(h, (uint64_t)d.scale);
        break;
    }
    case VAL_DATE: h = mix(h, (uint64_t)(uint32_t)v.as.date.days); break;
    case VAL_DURATION:
        h = mix(h, (uint64_t)(uint32_t)v.as.dur.months);
        h = mix(h, (uint64_t)(uint32_t)v.as.dur.days);
        break;
    case VAL_TEXT: h = mix(h, v.as.text->hash); break;
    case VAL_ENUM: h = mix(h, v.tag); break;
    case VAL_VARIANT:
    case VAL_RECORD:
        h = mix(h, v.tag);
        for (uint32_t k = 0; k < v.aux; k++) h = mix(h, value_hash(v.as.fields[k]));
        break;
    case VAL_SET:
    case VAL_LIST:
        for (uint32_t k = 0; k < v.as.set->n; k++) h = mix(h, value_hash(v.as.set->items[k]));
        break;
    }
    return h;
}

bool value_seq_contains(const ValueSeq *s, Value x)
{
    for (uint32_t k = 0; k < s->n; k++)
        if (value_equal(s->items[k], x)) return true;
    return false;
}
