/* SPDX-License-Identifier: MIT
 * intern.h - string interning: one stable copy of every distinct text.
 *
 * Interned texts live in the table's arena until intern_free; two texts are
 * equal exactly when their Text pointers are equal, so text comparison in
 * the evaluator, table keys and ledger keys is a pointer compare.  Texts may
 * contain any bytes (NUL included); they are also NUL-terminated for
 * convenience.  The table is an open-addressing hash (FNV-1a) that doubles
 * at 50% load.
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

typedef struct Interner {
    Arena arena;        /* owns every Text */
    const Text **slots; /* open addressing; NULL = empty (xmalloc'ed) */
    size_t cap;         /* slots, a power of two */
    size_t n;           /* texts interned */
} Interner;

/* Initialises an empty interner. */
void intern_init(Interner *in);
/* Returns the one Text equal to the 'len' bytes at 's', adding it if new. */
const Text *intern(Interner *in, const char *s, size_t len);
/* Returns the Text equal to 's' if it was interned, else NULL. */
const Text *intern_find(const Interner *in, const char *s, size_t len);
/* Frees every Text and the table. */
void intern_free(Interner *in);
/* FNV-1a hash of 'len' bytes. */
uint32_t intern_hash(const char *s, size_t len);

#endif
