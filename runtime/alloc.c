/* SPDX-License-Identifier: MIT
 * alloc.c - the one allocation entry point (see alloc.h).
 *
 * On allocation failure grip prints "grip: out of memory" and exits with 70
 * (an internal failure, not one of the user-facing exit codes 0-5).
 */
#include "alloc.h"

#if defined(__linux__)
#include <malloc.h>
#endif
#include <stdatomic.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Incremented per block handed out, decremented per free.  Atomic (relaxed:
 * only the count matters) because 'grip run' allocates on two threads. */
static atomic_long live_blocks;

static void *oom(void)
{
    fputs("grip: out of memory\n", stderr);
    exit(70);
}

void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) return oom();
    atomic_fetch_add_explicit(&live_blocks, 1, memory_order_relaxed);
    return p;
}

void *xcalloc(size_t n, size_t size)
{
    if (size && n > SIZE_MAX / size) return oom();
    void *p = calloc(n ? n : 1, size ? size : 1);
    if (!p) return oom();
    atomic_fetch_add_explicit(&live_blocks, 1, memory_order_relaxed);
    return p;
}

void *xrealloc(void *p, size_t size)
{
    if (!p) return xmalloc(size);
    void *q = realloc(p, size ? size : 1);
    if (!q) return oom();
    return q;
}

void xfree(void *p)
{
    if (!p) return;
    atomic_fetch_sub_explicit(&live_blocks, 1, memory_order_relaxed);
    free(p);
}

char *xstrndup(const char *s, size_t len)
{
    char *p = xmalloc(len + 1);
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}

char *xstrdup(const char *s)
{
    return xstrndup(s, strlen(s));
}

/* The size from which alloc_keep_big_blocks_apart has blocks mapped. */
#define ALLOC_BIG_BLOCK (1 << 20)

void alloc_keep_big_blocks_apart(void)
{
#if defined(__GLIBC__) && defined(M_MMAP_THRESHOLD)
    mallopt(M_MMAP_THRESHOLD, ALLOC_BIG_BLOCK);
#endif
}

long alloc_live_blocks(void)
{
    return atomic_load_explicit(&live_blocks, memory_order_relaxed);
}

void *xgrow(void *p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return p;
    size_t ncap = *cap ? *cap : 8;
    while (ncap < need) {
        if (ncap > SIZE_MAX / 2) return oom();
        ncap *= 2;
    }
    if (elem && ncap > SIZE_MAX / elem) return oom();
    p = xrealloc(p, ncap * elem);
    *cap = ncap;
    return p;
}
