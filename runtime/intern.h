/* SPDX-License-Identifier: MIT
 * intern.h - string interning: one stable copy of every distinct text.
 *
 * Interned texts live in the table's arena until intern_free; two texts are
 * equal exactly when their Text pointers are equal, so text comparison in
 * the evaluator, table keys and ledger keys is a pointer compare.  Texts may
 * contain any bytes (NUL included); they are also NUL-terminated for
 * convenience.  The table is open addressing (FNV-1a, linear probing) whose
 * slots hold each text's hash and length beside its pointer, so a probe
 * touches a Text only when hash and length agree; it doubles when 3/4 full.
 * Texts are packed 4-byte aligned in blocks of the arena (a 9-byte id takes
 * 20 bytes, not 32).
 */
#ifndef GRIP_RUNTIME_INTERN_H
#define GRIP_RUNTIME_INTERN_H

#include <stddef.h>
#include <stdint.h>

#include "arena.h"

typedef struct Text {
    uint32_t len;       /* bytes, without the terminating NUL */
    uint32_t hash;      /* FNV-1a of the bytes */
    char s[];           /* the bytes, NUL-terminated */
} Text;

/* One slot of the table: empty when 'text' is NULL. */
typedef struct InternSlot {
    uint32_t hash;      /* text->hash */
    uint32_t len;       /* text->len */
    const Text *text;   /* the interned text, or NULL */
} InternSlot;

typedef struct Interner {
    Arena arena;        /* owns every Text */
    InternSlot *slots;  /* open addressing (xmalloc'ed) */
    size_t cap;         /* slots, a power of two (0 before the first text) */
    size_t n;           /* texts interned */
    char *block;        /* where the next small Text goes (in 'arena') */
    size_t block_left;  /* bytes left at 'block' */
} Interner;

/* Initialises an empty interner. */
void intern_init(Interner *in);
/* Returns the one Text equal to the 'len' bytes at 's', adding it if new. */
const Text *intern(Interner *in, const char *s, size_t len);
/* Like intern, for a caller that has 'hash' = intern_hash(s, len) already. */
const Text *intern_hashed(Interner *in, const char *s, size_t len, uint32_t hash);
/* Returns the Text equal to 's' if it was interned, else NULL. */
const Text *intern_find(const Interner *in, const char *s, size_t len);
/* Makes room for 'more' new texts without growing the table on the way
 * (a loader that can estimate how many texts a file brings). */
void intern_reserve(Interner *in, size_t more);
/* Hints the processor to fetch the slot where a text of hash 'hash' is
 * looked up first (a loader that interns it a little later). */
static inline void intern_prefetch(const Interner *in, uint32_t hash)
{
#if defined(__GNUC__)
    if (in->cap) __builtin_prefetch(&in->slots[hash & (in->cap - 1)]);
#else
    (void)in;
    (void)hash;
#endif
}
/* Frees every Text and the table. */
void intern_free(Interner *in);
/* FNV-1a hash of 'len' bytes. */
uint32_t intern_hash(const char *s, size_t len);

#endif
