/* SPDX-License-Identifier: MIT
 * compare.h - several policies on one dataset: 'grip compare' and the
 * engine under 'grip diff'.
 *
 * A Compare runs N lowered policies (borrowed) one after the other through
 * run_policy (runtime/run.h) on the same --data files and keeps, per
 * policy and per input row, a CompareCell: the outcome of the policy's
 * first decision (its case, the amount of its money payload, the rest of
 * the payload as text) and the rule that decided it.  From the cells come
 * the aggregates (rows, count per outcome, total amount, rows with an
 * amount), the rows whose outcome differs between the policies, and, from
 * the run's ledgers, every ledger account that ran out with its remainder
 * after each booking (for the charts, runtime/charts.h).
 *
 * The policies must read the same rows the same way: compare_check says
 * where two do not (the input's name, a field missing or of another type,
 * the first decision's name or cases) before anything is run.
 *
 * Rows are identified by the input's key (its fields' plain text joined
 * by '/'), or "line N" (the file line) for an input without a key.
 *
 * With an 'own' field (--own gemeente), each policy decides only the rows
 * whose field names it: the field's text, lowercased with ' ', '-' and '.'
 * read as '_', equals the policy's name ('Hardinxveld-Giessendam' names
 * hardinxveld_giessendam.grip).  A policy whose name no row carries (the
 * region's) decides every row.
 *
 * The writers (compare_write_*) print the comparison as an aligned text
 * table, Markdown, CSV or one self-contained HTML page with inline SVG
 * charts.  Text, Markdown and HTML are Dutch (amounts "€ 1.234,56", dates
 * 31-01-2021, counts 14.324, shares 71,6%); CSV is plain (1234.56,
 * 2021-01-31, 71.6%) with English column names, like the ledger CSV of
 * 'grip run'.  Numbers stay exact: amounts are summed as 128-bit cents;
 * shares and chart coordinates are integer arithmetic.
 */
#ifndef GRIP_RUNTIME_COMPARE_H
#define GRIP_RUNTIME_COMPARE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "intern.h"
#include "policy.h"
#include "run.h"

/* Most policies in one comparison.  The region has 10 municipalities; a
 * page with more than 64 columns of bars stops being readable, and the
 * bound keeps every per-row array small (N x rows cells). */
#define GRIP_MAX_COMPARE 64

/* One policy's outcome on one row. */
typedef struct CompareCell {
    int64_t cents;             /* the amount in cents, when 'has_amount' */
    const Text *detail;        /* the rest of the payload, plain text
                                  (Compare.texts), or NULL when none */
    int32_t rule;              /* the deciding rule, -1: otherwise */
    uint16_t tag;              /* outcome index (Compare.outcomes) */
    uint8_t decided;           /* the policy decided this row (see 'own') */
    uint8_t has_amount;        /* the outcome carries an amount */
} CompareCell;

/* A point of a ledger account's remainder: after the bookings of day 'day'. */
typedef struct CompareStep {
    int32_t day;               /* Date.days */
    int64_t cents;             /* the remainder after the booking, in cents */
} CompareStep;

/* A ledger account that ran out. */
typedef struct CompareRanOut {
    uint32_t budget;           /* index into the policy's budgets */
    char *key;                 /* its key, parts in plain text joined by ", " (xmalloc'ed) */
    int64_t limit;             /* the limit in cents */
    int64_t remaining;         /* what was left at the end, in cents (may be negative) */
    bool dated;                /* 'date' is known */
    Date date;                 /* when it ran out (ledger.h) */
    uint64_t grants;           /* rows charged */
    uint64_t refused;          /* rows refused for it */
    CompareStep *steps;        /* the remainder after each dated booking,
                                  one point per day (xmalloc'ed) */
    size_t n_steps;            /* entries in 'steps' */
} CompareRanOut;

/* One policy of the comparison, and what its run gave. */
typedef struct ComparePolicy {
    Policy *policy;            /* the lowered policy (borrowed) */
    const char *path;          /* its file (borrowed) */
    char *name;                /* LABEL, or the file name without ".grip"
                                  (made unique: the path when two agree) */
    char *stem;                /* file name for --out-dir: LABEL when it is a
                                  plain file name, else the file name without
                                  ".grip"; "-2", "-3" ... added when taken */
    char *match;               /* LABEL or the file name, normalised: what --own
                                  looks for in the field */
    char *own;                 /* with 'own': the field's text of the rows it
                                  decides, or NULL (every row) */
    bool labelled;             /* 'name' was given as LABEL=POLICY */
    uint64_t rows;             /* rows decided */
    uint64_t *counts;          /* per outcome (Compare.n_outcomes) */
    i128 total;       /* the amounts, in cents */
    uint64_t with_amount;      /* rows whose outcome carries an amount */
    uint64_t *budget_keys;     /* per budget of the policy: its ledger accounts */
    uint64_t *budget_ran_out;  /* per budget: accounts that ran out */
    CompareRanOut *ran_out;    /* by date (undated last), budget, key */
    size_t n_ran_out;          /* entries in 'ran_out' */
    CompareCell *cells;        /* per input row */
    int32_t own_field;         /* with 'own': the field's index, else -1 */
    int own_state;             /* 0 not looked at, 1 own rows, 2 every row */
    const Text *own_text;      /* state 1, a text field: the rows' interned text */
    uint16_t own_tag;          /* state 1, an enum field: the member */
    struct Compare *cmp;       /* back pointer for the run hooks */
} ComparePolicy;

/* The comparison. */
typedef struct Compare {
    ComparePolicy *pols;       /* the policies, in command-line order */
    size_t n;                  /* how many */
    size_t n_rows;             /* rows of the input (after compare_run) */
    const char *input;         /* the input's name */
    const char *data_file;     /* the input's file (for headers) */
    const char *decision;      /* the first decision's name, or NULL (none) */
    const char *const *outcomes; /* outcome names: the first decision's cases,
                                  enum members or false/true; none otherwise */
    uint32_t n_outcomes;       /* entries in 'outcomes' */
    bool amounts;              /* an outcome may carry an amount */
    const char *own;           /* --own FIELD, or NULL */
    Interner texts;            /* the cells' detail texts */
    size_t *differ;            /* rows whose outcome differs between the
                                  policies that decided them (xmalloc'ed) */
    size_t n_differ;           /* entries in 'differ' */
    int failed;                /* after a failed compare_run: the policy, else -1 */
} Compare;

/* Where two policies do not read the same rows the same way. */
typedef struct CompareMismatch {
    size_t policy;             /* the policy that differs from the first */
    Span span;                 /* where, in that policy (its input or decision) */
    char msg[768];             /* lowercase, no trailing period */
} CompareMismatch;

/* Sets up 'c' for the 'n' policies at 'ps' with files 'paths' and labels
 * 'labels' (an entry may be NULL: no label); all borrowed.  'own' is the
 * --own field or NULL.  Names are made here (see ComparePolicy.name). */
void compare_init(Compare *c, Policy *const *ps, const char *const *paths, const char *const *labels, size_t n,
                  const char *own);
/* Frees what 'c' owns (not the policies). */
void compare_free(Compare *c);

/* Checks that every policy reads the same input as the first: the same
 * input name, the same fields with the same types (enums with the same
 * members), the same key, and a first decision with the same name and
 * outcomes.  Returns true, or false with the first difference in '*m'. */
bool compare_check(const Compare *c, CompareMismatch *m);

/* Checks that the input of the policies declares field 'name' as a text or
 * enum, for --own; false with the reason in 'why' (of 'cap' bytes). */
bool compare_check_own(const Compare *c, const char *name, char *why, size_t cap);

/* Runs every policy on 'opt''s data (each gets the --data bindings of the
 * inputs and tables it declares; opt->out is ignored), writing each one's
 * results to 'out_dir'/STEM.csv when 'out_dir' is not NULL.  Gathers the
 * cells, aggregates, ledgers that ran out and the differing rows.  Stops at
 * the first policy that fails: returns that run's status with its result
 * in '*res' and the policy in c->failed.  RUN_OK when all ran ('*res' is
 * then the last run's result).  A --data name that no policy declares is
 * RUN_USAGE.  Only the first policy keeps its input bound afterwards (it
 * names the rows); the others' input rows are freed once they have run. */
RunStatus compare_run(Compare *c, const RunOptions *opt, const char *out_dir, RunResult *res);

/* The identifier of input row 'row' (see the top), into 'buf'. */
const char *compare_row_id(const Compare *c, size_t row, char *buf, size_t cap);

/* The label of the rule behind cell 'cell' of policy 'k' ("otherwise" for
 * the otherwise, "" when the policy did not decide the row). */
const char *compare_rule_label(const Compare *c, size_t k, const CompareCell *cell);

/* The outcome of 'cell' for people: "toegekend € 1.234,56", "afgewezen:
 * leeftijd" (Dutch), or in plain text: "toegekend 1234.56". */
void compare_outcome_text(const Compare *c, const CompareCell *cell, bool dutch, char *buf, size_t cap);

/* True when cells 'a' and 'b' hold the same outcome (case, amount, detail). */
bool compare_same_outcome(const CompareCell *a, const CompareCell *b);

/* ---- output --------------------------------------------------------------------- */

/* The output styles of the tables. */
typedef enum CompareStyle {
    COMPARE_TEXT,              /* aligned columns for a terminal (Dutch) */
    COMPARE_MD,                /* Markdown pipe tables (Dutch) */
    COMPARE_CSV                /* one CSV table, plain values, English names */
} CompareStyle;

/* Writes the comparison to 'out': the table per policy, the ledger accounts
 * that ran out, and at most 'max_rows' of the differing rows (0: all) with
 * a count of the rest.  COMPARE_CSV writes only the table per policy. */
void compare_write(const Compare *c, CompareStyle style, size_t max_rows, FILE *out);

/* Writes the comparison as one self-contained HTML page (Dutch) to 'path'
 * ("-": stdout), whole or not at all: the table, a bar chart of the amount
 * per policy, stacked bars of the outcome shares, the remainder over the
 * year of every ledger account that ran out, and at most 'max_rows'
 * differing rows.  False with the reason in 'err' when it cannot be written. */
bool compare_write_html(const Compare *c, const char *path, size_t max_rows, char *err, size_t cap);

/* ---- helpers shared with diff.c and charts.c ------------------------------------------ */

/* 14324 -> "14.324". */
char *compare_count_nl(char *buf, size_t cap, uint64_t n);
/* 'part' of 'whole' as a percentage with one decimal, rounded half up:
 * "71,6%" (Dutch) or "71.6%"; "–" (Dutch) or "" when 'whole' is 0. */
char *compare_share(char *buf, size_t cap, uint64_t part, uint64_t whole, bool dutch);
/* An amount in cents: "€ 1.234,56" (Dutch) or "1234.56". */
char *compare_money(char *buf, size_t cap, i128 cents, bool dutch);

/* A table of text cells, written aligned, as Markdown or as CSV. */
typedef struct CompareTable {
    size_t ncols;              /* columns */
    const char **head;         /* the header (borrowed) */
    const bool *right;         /* per column: right-aligned (numbers); borrowed, may be NULL */
    char **cells;              /* row-major, xmalloc'ed copies */
    size_t n;                  /* rows */
    size_t cap;                /* rows allocated */
} CompareTable;

/* Starts a table of 'ncols' columns. */
void compare_table_init(CompareTable *t, size_t ncols, const char **head, const bool *right);
/* Appends a row of 'ncols' cells (copied; NULL is empty). */
void compare_table_add(CompareTable *t, const char *const *cells);
/* Writes the table in 'style'; COMPARE_TEXT pads columns by characters
 * (UTF-8), two spaces apart, trailing blanks trimmed. */
void compare_table_write(const CompareTable *t, CompareStyle style, FILE *out);
/* Frees the cells. */
void compare_table_free(CompareTable *t);

#endif
