/* SPDX-License-Identifier: MIT
 * alloc.h - the one allocation entry point of grip.
 *
 * Every heap allocation in grip goes through xmalloc/xcalloc/xrealloc/xfree
 * (directly or through an Arena), so that out-of-memory is handled in one
 * place (print "grip: out of memory", exit 70) and a test build can count
 * allocations.  None of these functions ever returns NULL.
 */
#ifndef GRIP_RUNTIME_ALLOC_H
#define GRIP_RUNTIME_ALLOC_H

#include <stddef.h>

/* Returns 'size' bytes of uninitialised memory; never NULL. */
void *xmalloc(size_t size);
/* Returns 'n' * 'size' zeroed bytes; overflow of the product is fatal. */
void *xcalloc(size_t n, size_t size);
/* Resizes 'p' (may be NULL) to 'size' bytes; never NULL. */
void *xrealloc(void *p, size_t size);
/* Frees 'p' (may be NULL). */
void xfree(void *p);
/* Returns a malloc'ed copy of the 'len' bytes at 's' plus a NUL. */
char *xstrndup(const char *s, size_t len);
/* Returns a malloc'ed copy of the NUL-terminated 's'. */
char *xstrdup(const char *s);

/* Has the C library serve blocks of ALLOC_BIG_BLOCK bytes and more straight
 * from the system and give them back as soon as they are freed.  glibc
 * otherwise raises that threshold whenever such a block is freed, after
 * which the next big arrays (a run's date-ordered view, say) come from
 * its heap and stay in the process when freed.  Call once, at start;
 * elsewhere than glibc it does nothing. */
void alloc_keep_big_blocks_apart(void);

/* Number of live xmalloc'ed blocks (for leak tests). */
long alloc_live_blocks(void);

/* Grows a dynamic array: ensures '*cap' >= 'need' elements of 'elem' bytes. */
void *xgrow(void *p, size_t *cap, size_t need, size_t elem);

#endif
