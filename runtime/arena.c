/* SPDX-License-Identifier: MIT
 * arena.c - bump allocator (see arena.h).
 *
 * Blocks are at least 64 KiB; a request larger than a block gets a block of
 * its own.  Requests are rounded up to 16 bytes so every pointer is aligned
 * for any scalar type grip uses, __int128 included.
 */
#include "arena.h"
#include "alloc.h"

#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ARENA_BLOCK_SIZE (64u * 1024u) /* trades memory slack against malloc calls */
#define ARENA_ALIGN 16u

struct ArenaBlock {
    ArenaBlock *next;   /* older block */
    size_t cap;         /* usable bytes in data[] */
    _Alignas(16) unsigned char data[];
};

void arena_init(Arena *a)
{
    a->head = NULL;
    a->used = 0;
    a->total = 0;
}

static ArenaBlock *new_block(size_t cap, ArenaBlock *next)
{
    ArenaBlock *b = xmalloc(sizeof(ArenaBlock) + cap);
    b->next = next;
    b->cap = cap;
    return b;
}

void *arena_alloc(Arena *a, size_t size)
{
    if (size > SIZE_MAX - ARENA_ALIGN) {
        fputs("grip: out of memory\n", stderr);
        exit(70);
    }
    size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
    if (size == 0) size = ARENA_ALIGN;
    if (!a->head || a->head->cap - a->used < size) {
        if (size > ARENA_BLOCK_SIZE / 4) {
            /* Big request: a dedicated block behind the current head so the
             * head's free space is not wasted. */
            ArenaBlock *b = new_block(size, a->head ? a->head->next : NULL);
            if (a->head) {
                a->head->next = b;
            } else {
                a->head = b;
                a->used = size;
            }
            a->total += size;
            return b->data;
        }
        a->head = new_block(ARENA_BLOCK_SIZE, a->head);
        a->used = 0;
    }
    void *p = a->head->data + a->used;
    a->used += size;
    a->total += size;
    return p;
}

void *arena_zalloc(Arena *a, size_t size)
{
    void *p = arena_alloc(a, size);
    memset(p, 0, size);
    return p;
}

char *arena_strndup(Arena *a, const char *s, size_t len)
{
    char *p = arena_alloc(a, len + 1);
    if (len) memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *arena_strdup(Arena *a, const char *s)
{
    return arena_strndup(a, s, strlen(s));
}

char *arena_printf(Arena *a, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n < 0) n = 0;
    char *p = arena_alloc(a, (size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    va_end(ap);
    return p;
}

void arena_reset(Arena *a)
{
    if (!a->head) return;
    /* keep the oldest standard-size block */
    ArenaBlock *keep = NULL;
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        if (!keep && b->cap == ARENA_BLOCK_SIZE && next == NULL) {
            keep = b;
        } else {
            xfree(b);
        }
        b = next;
    }
    if (keep) keep->next = NULL;
    a->head = keep;
    a->used = 0;
    a->total = 0;
}

void arena_free(Arena *a)
{
    ArenaBlock *b = a->head;
    while (b) {
        ArenaBlock *next = b->next;
        xfree(b);
        b = next;
    }
    arena_init(a);
}
