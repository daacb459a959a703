/* SPDX-License-Identifier: MIT
 * harness.h - the one-header C unit test harness.
 *
 * Each tests/unit/test_<stem>.c is its own program:
 *
 *     #include "harness.h"
 *     static void test_add(void) { CHECK(1 + 1 == 2); CHECK_EQ_STR(s, "x"); }
 *     TEST_MAIN(RUN(test_add); RUN(test_other);)
 *
 * Every CHECK counts as one test.  The program's last line is
 * "unit/<stem>: N passed, N failed" which tests/run.sh adds up; it exits 1
 * when anything failed.
 */
#ifndef GRIP_TESTS_HARNESS_H
#define GRIP_TESTS_HARNESS_H

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

static int harness_passed; /* CHECKs that held */
static int harness_failed; /* CHECKs that did not */

#define CHECK(cond)                                                              \
    do {                                                                         \
        if (cond) {                                                              \
            harness_passed++;                                                    \
        } else {                                                                 \
            harness_failed++;                                                    \
            fprintf(stderr, "%s:%d: check failed: %s\n", __FILE__, __LINE__, #cond); \
        }                                                                        \
    } while (0)

#define CHECK_EQ_STR(got, want)                                                  \
    do {                                                                         \
        const char *g_ = (got), *w_ = (want);                                    \
        if (g_ && w_ && strcmp(g_, w_) == 0) {                                   \
            harness_passed++;                                                    \
        } else {                                                                 \
            harness_failed++;                                                    \
            fprintf(stderr, "%s:%d: got \"%s\", want \"%s\" (%s)\n", __FILE__,   \
                    __LINE__, g_ ? g_ : "(null)", w_ ? w_ : "(null)", #got);     \
        }                                                                        \
    } while (0)

#define CHECK_EQ_INT(got, want)                                                  \
    do {                                                                         \
        long long g_ = (long long)(got), w_ = (long long)(want);                \
        if (g_ == w_) {                                                          \
            harness_passed++;                                                    \
        } else {                                                                 \
            harness_failed++;                                                    \
            fprintf(stderr, "%s:%d: got %lld, want %lld (%s)\n", __FILE__,       \
                    __LINE__, g_, w_, #got);                                     \
        }                                                                        \
    } while (0)

#define RUN(fn) fn()

#define TEST_MAIN(body)                                                          \
    int main(int argc, char **argv)                                              \
    {                                                                            \
        (void)argc;                                                              \
        const char *name_ = strrchr(argv[0], '/');                               \
        name_ = name_ ? name_ + 1 : argv[0];                                     \
        body                                                                     \
        printf("unit/%s: %d passed, %d failed\n", name_, harness_passed,        \
               harness_failed);                                                  \
        return harness_failed ? 1 : 0;                                           \
    }

#endif
