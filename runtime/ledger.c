/* SPDX-License-Identifier: MIT
 * ledger.c - budget ledgers: a hash table of keys to accounts (ledger.h).
 *
 * Keys are arrays of Values compared with value_equal and hashed with
 * value_hash, mixed part by part.  A key is deep-copied into the ledger's
 * arena when its entry is made (a key part may be a value that lives in
 * the evaluator's per-row scratch arena).  The table stores entry index + 1
 * per slot and is rebuilt at twice the size when half full.
 */
#include "ledger.h"

#include <stdlib.h>
#include <string.h>

#include "alloc.h"

void ledgers_init(Ledgers *ls, uint32_t n, const uint32_t *n_key)
{
    ls->n = n;
    ls->items = n ? xcalloc(n, sizeof *ls->items) : NULL;
    for (uint32_t b = 0; b < n; b++) {
        Ledger *l = &ls->items[b];
        l->budget = b;
        l->n_key = n_key[b];
        l->mask = 15;
        l->slots = xcalloc(l->mask + 1, sizeof *l->slots);
        arena_init(&l->keys);
    }
}

void ledgers_free(Ledgers *ls)
{
    for (uint32_t b = 0; b < ls->n; b++) {
        xfree(ls->items[b].entries);
        xfree(ls->items[b].slots);
        xfree(ls->items[b].bookings);
        arena_free(&ls->items[b].keys);
    }
    xfree(ls->items);
    ls->items = NULL;
    ls->n = 0;
}

static uint64_t key_hash(const Value *key, uint32_t n)
{
    uint64_t h = 0x84222325cbf29ce4ull;
    for (uint32_t k = 0; k < n; k++) {
        h ^= value_hash(key[k]);
        h *= 0x100000001b3ull;
        h ^= h >> 29;
    }
    return h;
}

static bool key_equal(const Value *a, const Value *b, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++)
        if (!value_equal(a[k], b[k])) return false;
    return true;
}

/* A copy of 'v' whose composite parts live in 'arena' (texts are interned
 * and enum types static, so only variants, records, sets and lists copy). */
static Value deep_copy(Arena *arena, Value v)
{
    switch ((ValueKind)v.kind) {
    case VAL_VARIANT:
    case VAL_RECORD:
        if (v.aux) {
            Value *f = arena_alloc(arena, sizeof *f * v.aux);
            for (uint32_t k = 0; k < v.aux; k++) f[k] = deep_copy(arena, v.as.fields[k]);
            v.as.fields = f;
        }
        return v;
    case VAL_SET:
    case VAL_LIST: {
        ValueSeq *s = arena_alloc(arena, sizeof *s + sizeof s->items[0] * v.as.set->n);
        s->n = v.as.set->n;
        for (uint32_t k = 0; k < s->n; k++) s->items[k] = deep_copy(arena, v.as.set->items[k]);
        v.as.set = s;
        return v;
    }
    default:
        return v;
    }
}

static void rehash(Ledger *l)
{
    size_t cap = (l->mask + 1) * 2;
    xfree(l->slots);
    l->slots = xcalloc(cap, sizeof *l->slots);
    l->mask = cap - 1;
    for (size_t k = 0; k < l->n; k++) {
        size_t s = (size_t)l->entries[k].hash & l->mask;
        while (l->slots[s]) s = (s + 1) & l->mask;
        l->slots[s] = (uint32_t)(k + 1);
    }
}

int64_t ledger_get(Ledger *l, const Value *key, bool create, bool *created)
{
    uint64_t h = key_hash(key, l->n_key);
    size_t s = (size_t)h & l->mask;
    if (created) *created = false;
    for (;;) {
        uint32_t at = l->slots[s];
        if (!at) break;
        LedgerEntry *e = &l->entries[at - 1];
        if (e->hash == h && key_equal(e->key, key, l->n_key)) return (int64_t)(at - 1);
        s = (s + 1) & l->mask;
    }
    if (!create) return -1;
    l->entries = xgrow(l->entries, &l->cap, l->n + 1, sizeof *l->entries);
    LedgerEntry *e = &l->entries[l->n];
    memset(e, 0, sizeof *e);
    Value *copy = arena_alloc(&l->keys, sizeof *copy * (l->n_key ? l->n_key : 1));
    for (uint32_t k = 0; k < l->n_key; k++) copy[k] = deep_copy(&l->keys, key[k]);
    e->key = copy;
    e->hash = h;
    e->limit = dec_from_int(0);
    e->charged = dec_from_cents(0);
    l->slots[s] = (uint32_t)(l->n + 1);
    l->n++;
    if (created) *created = true;
    if (l->n * 2 > l->mask + 1) rehash(l);
    return (int64_t)(l->n - 1);
}

bool ledger_charge(LedgerEntry *e, Dec amount)
{
    return dec_add(&e->charged, e->charged, amount);
}

void ledger_note_booking(Ledger *l, size_t entry, bool dated, Date date)
{
    if (!l->trace || entry >= l->n) return;
    l->bookings = xgrow(l->bookings, &l->cap_bookings, l->n_bookings + 1, sizeof *l->bookings);
    LedgerBooking *b = &l->bookings[l->n_bookings++];
    memset(b, 0, sizeof *b);
    b->charged = l->entries[entry].charged;
    b->entry = (uint32_t)entry;
    b->dated = dated;
    b->date = date;
}

bool ledger_remaining(const LedgerEntry *e, Dec *out)
{
    return dec_sub(out, e->limit, e->charged);
}

static int compare_keys(const Ledger *l, size_t a, size_t b)
{
    const Value *ka = l->entries[a].key, *kb = l->entries[b].key;
    for (uint32_t k = 0; k < l->n_key; k++) {
        int c = value_compare(ka[k], kb[k]);
        if (c) return c;
    }
    return (a > b) - (a < b);
}

/* Bottom-up merge sort of 'idx' by key (stable; no global comparator
 * state, so ledgers can be sorted from any thread). */
static void merge_sort(const Ledger *l, size_t *idx, size_t *tmp, size_t n)
{
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = compare_keys(l, idx[i], idx[j]) <= 0 ? idx[i++] : idx[j++];
            while (i < mid) tmp[k++] = idx[i++];
            while (j < hi) tmp[k++] = idx[j++];
        }
        memcpy(idx, tmp, n * sizeof *idx);
    }
}

size_t *ledger_sorted(const Ledger *l)
{
    size_t *idx = xmalloc((l->n ? l->n : 1) * sizeof *idx);
    size_t *tmp = xmalloc((l->n ? l->n : 1) * sizeof *tmp);
    for (size_t k = 0; k < l->n; k++) idx[k] = k;
    merge_sort(l, idx, tmp, l->n);
    xfree(tmp);
    return idx;
}
