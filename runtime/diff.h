/* SPDX-License-Identifier: MIT
 * diff.h - what changes between two versions of a policy on the same rows
 * ('grip diff OLD NEW'): the rows whose outcome changes, the count per
 * transition, the cost delta (in total and per group, e.g. gemeente) and
 * the rules that now decide the changed rows; and the check of the changes
 * against an expected list (--expect), so a test suite can pin what a
 * change of the verordening does.
 *
 * A Diff reads a Compare (runtime/compare.h) of exactly two policies, OLD
 * first, that has run.  A row "changes" when its outcome differs: the case
 * (toegekend -> afgewezen), the amount or the rest of the payload (a
 * reason); a row decided the same way by another rule does not.  The
 * "cost" is the sum of the amounts (the money payload of the first
 * decision's outcomes, or a money decision itself).
 *
 * Formats of the changed rows (diff_write):
 *   text, md   Dutch tables for people, at most 'max_rows' rows, then the
 *              summary (transitions, cost, rules)
 *   csv        every changed row, plain values, one header:
 *                  id,old,new,old_amount,new_amount,old_detail,new_detail,
 *                  old_rule,new_rule[,BY]
 *              'old'/'new' are the outcome's case (for a decision that is
 *              not a variant, enum or bool: its plain value)
 *   jsonl      the same as one JSON object per row; an amount is a string
 *              ("1234.56") or null
 */
#ifndef GRIP_RUNTIME_DIFF_H
#define GRIP_RUNTIME_DIFF_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "compare.h"

/* Output formats of 'grip diff'. */
typedef enum DiffFormat {
    DIFF_TEXT,                 /* aligned Dutch tables and the summary */
    DIFF_MD,                   /* the same in Markdown */
    DIFF_CSV,                  /* the changed rows, CSV */
    DIFF_JSONL                 /* the changed rows, JSON Lines */
} DiffFormat;

/* Rows that change from one outcome to another. */
typedef struct DiffTransition {
    uint32_t from, to;         /* outcome indexes (Compare.outcomes); 0 without outcomes */
    uint64_t n;                /* rows */
} DiffTransition;

/* Totals of one value of the --by field. */
typedef struct DiffGroup {
    const char *name;          /* the value, plain text (Diff.texts) */
    i128 old_total, new_total; /* the amounts of all its rows, in cents */
    uint64_t rows;             /* its rows */
    uint64_t changed;          /* its rows that change */
} DiffGroup;

/* How many changed rows a rule of NEW (or OLD) decides. */
typedef struct DiffRule {
    const char *label;         /* the rule's label (compare_rule_label) */
    uint64_t n;                /* changed rows */
} DiffRule;

typedef struct Diff {
    const Compare *c;          /* OLD and NEW (borrowed; has run) */
    int32_t by;                /* the input's field to group by, or -1 */
    const char *by_name;       /* its name, or NULL */
    DiffTransition *tr;        /* by count, most first (xmalloc'ed) */
    size_t n_tr;
    DiffGroup *groups;         /* by name (xmalloc'ed); none without 'by' */
    size_t n_groups;
    DiffRule *new_rules;       /* the rules of NEW deciding changed rows, most first */
    size_t n_new_rules;
    DiffRule *old_rules;       /* the same for OLD */
    size_t n_old_rules;
    i128 old_total, new_total; /* all rows' amounts, in cents */
    Interner texts;            /* group names that are not texts in the data */
} Diff;

/* Computes the diff of 'c' (two policies, run), grouping by the input's
 * field 'by' (an index, or -1: no groups). */
void diff_init(Diff *d, const Compare *c, int32_t by);
/* Frees what 'd' owns. */
void diff_free(Diff *d);

/* Writes the changed rows in 'format' (text and md: at most 'max_rows',
 * 0 = all, then the summary) to 'out'. */
void diff_write(const Diff *d, DiffFormat format, size_t max_rows, FILE *out);
/* Writes the summary alone, as text (grip diff prints it on stderr with
 * --format csv or jsonl). */
void diff_write_summary(const Diff *d, FILE *out);

/* Checks the changed rows against the expected list in the CSV file
 * 'path': a header with at least 'id', 'old' and 'new', and any other
 * columns of the csv format (those are compared too: amounts by value,
 * the others as text); one row per expected change.  Every difference is
 * printed on 'report' ("unexpected change: ...", "expected change not
 * found: ... (FILE line N)", "R1: expected ..., got ...", at most 50, then
 * a count).  Returns 0 when the changes are exactly the expected ones, 1
 * when they differ, -1 when the file cannot be read or is malformed: then
 * 'err' (of 'cap' bytes) holds "FILE:LINE:COL: error: MESSAGE". */
int diff_expect(const Diff *d, const char *path, FILE *report, char *err, size_t cap);

#endif
