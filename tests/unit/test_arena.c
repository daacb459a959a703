/* SPDX-License-Identifier: MIT
 * test_arena.c - unit tests for runtime/arena.c and runtime/alloc.c.
 */
#include "harness.h"
#include "../../runtime/alloc.h"
#include "../../runtime/arena.h"

#include <stdint.h>

static void test_alignment_and_reuse(void)
{
    Arena a;
    arena_init(&a);
    int aligned = 1;
    for (int i = 1; i < 5000; i++) {
        unsigned char *p = arena_alloc(&a, (size_t)(i % 97));
        aligned &= ((uintptr_t)p & 15u) == 0;
    }
    CHECK(aligned);
    char *big = arena_alloc(&a, 1u << 20);
    big[(1u << 20) - 1] = 'x';
    CHECK(big[(1u << 20) - 1] == 'x');
    arena_reset(&a);
    char *s = arena_strdup(&a, "grip");
    CHECK_EQ_STR(s, "grip");
    CHECK_EQ_STR(arena_printf(&a, "%s-%d", "b", 1), "b-1");
    arena_free(&a);
    CHECK(a.head == NULL);
}

static void test_no_leaks(void)
{
    long before = alloc_live_blocks();
    Arena a;
    arena_init(&a);
    for (int i = 0; i < 100; i++) arena_alloc(&a, 40000);
    arena_free(&a);
    CHECK_EQ_INT(alloc_live_blocks(), before);
    size_t cap = 0;
    int *v = NULL;
    v = xgrow(v, &cap, 100, sizeof *v);
    CHECK(cap >= 100);
    xfree(v);
    CHECK_EQ_INT(alloc_live_blocks(), before);
}

TEST_MAIN(RUN(test_alignment_and_reuse); RUN(test_no_leaks);)
