/* SPDX-License-Identifier: MIT
 * testrun.h - running a policy's `test` blocks ('grip test', docs/cli.md),
 * and the coverage of rules, `unless` clauses, inline table rows and
 * budgets by tests ('grip test --coverage') or by a dataset ('grip run
 * --coverage').
 *
 * The lowering (lang/lower.h, lower_program_tests) turns the tests written
 * in the main policy's own file into a TestPlan: every value, cell, date
 * and expectation as IR of the policy, nothing evaluated yet.  testrun_plan
 * then runs each test on its own:
 *   - parameters named by `set` take the test's value, `on DATE` fixes the
 *     reference date (else the given row's `dated by` field);
 *   - every table holds the test's `with` rows, else its inline rows, else
 *     none; budgets start with fresh ledgers;
 *   - with `given`, the input holds one row: the given fields, the others
 *     their defaults; a field with neither is an error only when something
 *     reads it (its IR_FIELD reads become IR_MISSING for the test).  The
 *     row is decided as 'grip run' decides it: every decision in
 *     declaration order, then the expectations, then the budgets' charges.
 *     Without `given` there is no row: only the expectations are evaluated.
 *   - `expect X = Y` compares by value (money exactly, variants by case and
 *     payload); `expect C` needs C true; `expect error ["text"]` needs a
 *     runtime error whose message contains the text.
 * The policy is changed while a test runs (parameters, datasets, IR field
 * reads, the --on date) and restored after it.
 *
 * Messages show values in grip's own syntax (`€ 1200.00`, `2020-06-15`,
 * `afgewezen("leeftijd")`, `ja` in a Dutch file) and point into the
 * policy's sources by FILE:LINE:COL.
 */
#ifndef GRIP_RUNTIME_TESTRUN_H
#define GRIP_RUNTIME_TESTRUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "../lang/span.h"
#include "format.h"
#include "policy.h"

/* ---- the plan (made by lang/lower.c) ------------------------------------------ */

/* A field of the given row, or a parameter set by the test. */
typedef struct TestValue {
    uint32_t index;            /* input field, or parameter */
    uint32_t value;            /* IR node of the value (evaluated without a row) */
    Span span;                 /* the step or field as written */
} TestValue;

/* `with TABLE { | rows | }`. */
typedef struct TestRows {
    uint32_t dataset;          /* the table (Policy.datasets) */
    uint32_t n_rows;           /* rows given */
    uint32_t *cells;           /* n_rows x the table's fields, IR nodes (arena) */
    uint64_t *lines;           /* each row's line in the policy (arena) */
    Span span;                 /* the step */
} TestRows;

typedef enum TestExpectKind {
    TEST_EXPECT_EQUAL,         /* expect X = Y */
    TEST_EXPECT_TRUE,          /* expect C */
    TEST_EXPECT_ERROR          /* expect error ["text"] */
} TestExpectKind;

typedef struct TestExpect {
    uint8_t kind;              /* TestExpectKind */
    uint32_t actual;           /* IR node of X or C (IR_NONE for an error) */
    uint32_t expected;         /* IR node of Y, or IR_NONE */
    const char *error_text;    /* TEST_EXPECT_ERROR: the text, or NULL (any error) */
    const FormatType *format;  /* how X's and Y's values are shown (may be NULL) */
    Span span;                 /* the whole step */
    Span actual_span;          /* X or C as written (quoted in messages) */
} TestExpect;

typedef struct PolicyTest {
    const char *name;          /* the title */
    Span span;                 /* the 'test' declaration */
    bool dutch;                /* written in a 'taal nl' file: ja/nee in messages */
    bool has_given;            /* a `given` row (else: no row at all) */
    Span given_span;           /* the `given` step */
    TestValue *given;          /* the fields given, in the order written */
    uint32_t n_given;
    TestRows *with;            /* tables given, in the order written */
    uint32_t n_with;
    TestValue *sets;           /* parameters set, in the order written */
    uint32_t n_sets;
    uint32_t on;               /* IR node of the `on` date, or IR_NONE */
    TestExpect *expects;       /* in the order written */
    uint32_t n_expects;
} PolicyTest;

/* The tests of one policy file.  Arrays live in the policy's arena. */
typedef struct TestPlan {
    PolicyTest *tests;
    uint32_t n_tests;
    const FormatType **def_format; /* per Policy.defs: how its value is shown */
} TestPlan;

/* ---- coverage ----------------------------------------------------------------- */

/* What a coverage item stands for. */
typedef enum CoverKind {
    COVER_RULE,                /* a rule decided a row */
    COVER_OTHERWISE,           /* a decision's 'otherwise' decided a row */
    COVER_UNLESS,              /* a rule's 'unless' held (let a row through) */
    COVER_ROW,                 /* an inline table row was found by a lookup */
    COVER_BUDGET_READ,         /* a budget's remaining was read */
    COVER_BUDGET_EXCEEDED      /* a budget ran out (refused, let through by an
                                  exception, or charged to zero or below) */
} CoverKind;

typedef struct CoverItem {
    char *key;                 /* identity across programs: real path, kind, place */
    char *file;                /* the file as shown (first seen) */
    uint32_t line;             /* 1-based */
    uint32_t offset;           /* byte offset, for the order within the file */
    uint32_t file_rank;        /* position of the file among the files tested */
    uint8_t kind;              /* CoverKind */
    char *what;                /* "rule 'x' \"Art. 1\"", "row 2 of table 'plafonds'" */
    bool hit;                  /* a test (or row) exercised it */
} CoverItem;

/* The items of every file under test, gathered over all the programs
 * that load them (a base policy's rule counts as decided when a test of a
 * policy extending it decided it). */
typedef struct Coverage {
    CoverItem *items;          /* xmalloc'ed */
    size_t n, cap;
    char **files;              /* real paths of the files under test, in order */
    size_t n_files, cap_files;
} Coverage;

/* Initialises an empty coverage. */
void coverage_init(Coverage *c);
/* Frees everything 'c' holds. */
void coverage_free(Coverage *c);
/* Adds the policy file at 'path' to the files under test: only their
 * rules, clauses, rows and budgets are reported. */
void coverage_add_file(Coverage *c, const char *path);
/* Writes one line per item no test exercised, by file (in the order added)
 * and line:
 *     FILE:LINE: rule 'te_oud' "Art. 2.1" was never decided by a test
 * and returns how many; 'n_items' (may be NULL) gets the number of items. */
size_t coverage_print(const Coverage *c, FILE *out, size_t *n_items);

/* 'grip run --coverage': per decision, per rule + 1 (0: 'otherwise'), the
 * rows decided: an xcalloc'ed table for RunOptions.decided. */
uint64_t **coverage_run_new(const Policy *p);
/* Frees coverage_run_new's table. */
void coverage_run_free(const Policy *p, uint64_t **decided);
/* Writes one line per rule (and 'otherwise') of 'p' that decided no row
 *     FILE:LINE: rule 'te_oud' "Art. 2.1" decided no row
 * and returns how many. */
size_t coverage_run_print(const Policy *p, const Sources *src, uint64_t *const *decided, FILE *out);

/* ---- running ------------------------------------------------------------------ */

typedef struct TestResult {
    char *name;                /* the test's title (xmalloc'ed) */
    char *where;               /* "FILE:LINE:COL" of the test (xmalloc'ed) */
    bool passed;               /* every expectation held */
    char *message;             /* failed: the reason on one line (xmalloc'ed) */
    char *report;              /* failed: the whole report, from
                                  "FILE:LINE:COL: test \"name\" failed: ..." to
                                  the last detail line, '\n'-terminated */
} TestResult;

typedef struct TestResults {
    TestResult *items;         /* xmalloc'ed, in the order run */
    size_t n, cap;
} TestResults;

/* Frees every result's strings and the array. */
void test_results_free(TestResults *r);
/* Appends a result (strings copied) and returns it. */
TestResult *test_results_add(TestResults *r, const char *name, const char *where, bool passed,
                             const char *message, const char *report);

/* Runs every test of 'plan' with 'p' (lowered by lower_program_tests;
 * datasets unbound) and appends one TestResult per test to 'out', in plan
 * order.  'src' holds the policy's sources (for FILE:LINE:COL and source
 * lines); 'cov' (may be NULL) collects coverage.  Evaluation runs on a
 * thread with GRIP_EVAL_STACK bytes of stack.  Leaves 'p' as it found it. */
void testrun_plan(Policy *p, const TestPlan *plan, const Sources *src, Coverage *cov, TestResults *out);

/* Writes 'v' in grip's syntax into 'buf' (of 'cap' bytes, always
 * NUL-terminated): `€ 1200.00`, `3%`, `2020-06-15`, `"text"`, `jggz`,
 * `afgewezen("leeftijd")`, `{a, b}`; bools `true`/`false`, or `ja`/`nee`
 * when 'dutch'.  'type' may be NULL (the value's kind decides).  Returns
 * 'buf'. */
char *test_value_text(char *buf, size_t cap, Value v, const FormatType *type, bool dutch);

#endif
