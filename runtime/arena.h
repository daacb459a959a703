/* SPDX-License-Identifier: MIT
 * arena.h - bump allocation by lifetime (compile, program, dataset, scratch).
 *
 * An Arena hands out memory from large blocks and frees it all at once with
 * arena_free (or keeps the first block with arena_reset).  Objects in an arena
 * are never freed one by one, so nothing allocated from an arena may own a
 * malloc'ed pointer.  Alignment is 16 bytes (enough for __int128).
 */
#ifndef GRIP_RUNTIME_ARENA_H
#define GRIP_RUNTIME_ARENA_H

#include <stddef.h>

typedef struct ArenaBlock ArenaBlock;

typedef struct Arena {
    ArenaBlock *head;   /* newest block; older blocks chained behind it */
    size_t used;        /* bytes used in 'head' */
    size_t total;       /* bytes handed out since the last reset (statistics) */
} Arena;

/* Initialises an empty arena; allocates nothing until first use. */
void arena_init(Arena *a);
/* Returns 'size' bytes aligned to 16, uninitialised, owned by 'a'. */
void *arena_alloc(Arena *a, size_t size);
/* Like arena_alloc but zeroed. */
void *arena_zalloc(Arena *a, size_t size);
/* Copies 'len' bytes of 's' into 'a' and NUL-terminates them. */
char *arena_strndup(Arena *a, const char *s, size_t len);
/* Copies the NUL-terminated 's' into 'a'. */
char *arena_strdup(Arena *a, const char *s);
/* printf into arena memory. */
char *arena_printf(Arena *a, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Frees every block but the first and rewinds it: all earlier pointers die. */
void arena_reset(Arena *a);
/* Frees everything the arena holds. */
void arena_free(Arena *a);

#define ARENA_NEW(a, T) ((T *)arena_zalloc((a), sizeof(T)))
#define ARENA_ARRAY(a, T, n) ((T *)arena_zalloc((a), sizeof(T) * (size_t)(n)))

#endif
