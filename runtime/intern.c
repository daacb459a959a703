/* SPDX-License-Identifier: MIT
 * intern.c - string interning (see intern.h).
 *
 * The table is kept between 3/8 and 3/4 full (doubling at 3/4): with 16-byte
 * slots, four to a cache line, a lookup of a new text at the worst load
 * probes about eight slots, mostly in one or two lines, and never reads a
 * Text whose hash and length differ.  Small Texts are carved 4-byte aligned
 * from TEXT_BLOCK-byte blocks of the arena; a big one gets its own
 * arena allocation.
 */
#include "intern.h"
#include "alloc.h"

#include <stdbool.h>
#include <string.h>

/* Bytes of arena asked for at a time for small texts. */
#define TEXT_BLOCK ((size_t)64 * 1024)

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
    in->block = NULL;
    in->block_left = 0;
}

/* The slot holding the text equal to the 'len' bytes at 's' (hash 'h'), or
 * the empty slot where it belongs. */
static size_t probe(const InternSlot *slots, size_t cap, const char *s, size_t len, uint32_t h)
{
    size_t mask = cap - 1;
    size_t at = h & mask;
    for (;; at = (at + 1) & mask) {
        const InternSlot *sl = &slots[at];
        if (!sl->text) return at;
        if (sl->hash == h && sl->len == len && memcmp(sl->text->s, s, len) == 0) return at;
    }
}

/* Rehashes into a table of 'ncap' slots (a power of two above 4/3 n). */
static void rehash(Interner *in, size_t ncap)
{
    InternSlot *ns = xcalloc(ncap, sizeof *ns);
    size_t mask = ncap - 1;
    for (size_t k = 0; k < in->cap; k++) {
        const InternSlot *sl = &in->slots[k];
        if (!sl->text) continue;
        size_t at = sl->hash & mask;
        while (ns[at].text) at = (at + 1) & mask;
        ns[at] = *sl;
    }
    xfree(in->slots);
    in->slots = ns;
    in->cap = ncap;
}

/* True when 'n' texts fit 'cap' slots at most 3/4 full. */
static bool fits(size_t n, size_t cap) { return n <= cap / 4 * 3; }

void intern_reserve(Interner *in, size_t more)
{
    size_t need = in->n + more;
    if (need < in->n) return; /* overflow: the table grows as it goes */
    size_t cap = in->cap ? in->cap : 256;
    while (!fits(need, cap) && cap < ((size_t)1 << (sizeof(size_t) * 8 - 6))) cap *= 2;
    if (cap != in->cap) rehash(in, cap);
}

/* A new Text of 'len' bytes at 's' with hash 'h', 4-byte aligned. */
static Text *new_text(Interner *in, const char *s, size_t len, uint32_t h)
{
    size_t size = (sizeof(Text) + len + 1 + 3) & ~(size_t)3;
    Text *t;
    if (size > TEXT_BLOCK / 4) {
        t = arena_alloc(&in->arena, size);
    } else {
        if (in->block_left < size) {
            in->block = arena_alloc(&in->arena, TEXT_BLOCK);
            in->block_left = TEXT_BLOCK;
        }
        t = (Text *)(void *)in->block;
        in->block += size;
        in->block_left -= size;
    }
    t->len = (uint32_t)len;
    t->hash = h;
    if (len) memcpy(t->s, s, len);
    t->s[len] = '\0';
    return t;
}

const Text *intern_hashed(Interner *in, const char *s, size_t len, uint32_t h)
{
    if (len > UINT32_MAX - 1) { /* callers cap texts far below this */
        len = UINT32_MAX - 1;
        h = intern_hash(s, len);
    }
    if (!fits(in->n + 1, in->cap)) rehash(in, in->cap ? in->cap * 2 : 256);
    size_t at = probe(in->slots, in->cap, s, len, h);
    InternSlot *sl = &in->slots[at];
    if (sl->text) return sl->text;
    const Text *t = new_text(in, s, len, h);
    sl->hash = h;
    sl->len = (uint32_t)len;
    sl->text = t;
    in->n++;
    return t;
}

const Text *intern(Interner *in, const char *s, size_t len)
{
    if (len > UINT32_MAX - 1) len = UINT32_MAX - 1;
    return intern_hashed(in, s, len, intern_hash(s, len));
}

const Text *intern_find(const Interner *in, const char *s, size_t len)
{
    if (!in->cap || len > UINT32_MAX - 1) return NULL;
    return in->slots[probe(in->slots, in->cap, s, len, intern_hash(s, len))].text;
}

void intern_free(Interner *in)
{
    xfree(in->slots);
    arena_free(&in->arena);
    intern_init(in);
}
