/* SPDX-License-Identifier: MIT
 * intern.c - string interning (see intern.h).
 */
#include "intern.h"
#include "alloc.h"

#include <string.h>

uint32_t intern_hash(const char *s, size_t len)
{
    uint32_t h = 2166136261u;
    for (size_t k = 0; k < len; k++) {
        h ^= (unsigned char)s[k];
        h *= 16777619u;
    }
    return h;
}

void intern_init(Interner *in)
{
    arena_init(&in->arena);
    in->slots = NULL;
    in->cap = 0;
    in->n = 0;
}

static size_t probe(const Text **slots, size_t cap, const char *s, size_t len, uint32_t h)
{
    size_t mask = cap - 1;
    size_t at = h & mask;
    while (slots[at]) {
        const Text *t = slots[at];
        if (t->hash == h && t->len == len && memcmp(t->s, s, len) == 0) return at;
        at = (at + 1) & mask;
    }
    return at;
}

static void grow(Interner *in)
{
    size_t ncap = in->cap ? in->cap * 2 : 256;
    const Text **ns = xcalloc(ncap, sizeof *ns);
    for (size_t k = 0; k < in->cap; k++) {
        const Text *t = in->slots[k];
        if (t) ns[probe(ns, ncap, t->s, t->len, t->hash)] = t;
    }
    xfree(in->slots);
    in->slots = ns;
    in->cap = ncap;
}

const Text *intern(Interner *in, const char *s, size_t len)
{
    if (len > UINT32_MAX - 1) len = UINT32_MAX - 1; /* callers cap texts far below this */
    if ((in->n + 1) * 2 > in->cap) grow(in);
    uint32_t h = intern_hash(s, len);
    size_t at = probe(in->slots, in->cap, s, len, h);
    if (in->slots[at]) return in->slots[at];
    Text *t = arena_alloc(&in->arena, sizeof(Text) + len + 1);
    t->len = (uint32_t)len;
    t->hash = h;
    if (len) memcpy(t->s, s, len);
    t->s[len] = '\0';
    in->slots[at] = t;
    in->n++;
    return t;
}

const Text *intern_find(const Interner *in, const char *s, size_t len)
{
    if (!in->cap) return NULL;
    const Text *t = in->slots[probe(in->slots, in->cap, s, len, intern_hash(s, len))];
    return t;
}

void intern_free(Interner *in)
{
    xfree(in->slots);
    arena_free(&in->arena);
    intern_init(in);
}
