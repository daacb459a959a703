/* SPDX-License-Identifier: MIT
 * run.h - the run driver of 'grip run': bind the datasets, decide every row
 * of the input, book the budgets, write the results and the ledgers.
 *
 * A policy without budgets decides its rows in input order and streams the
 * results.  A policy with budgets is a simulation: rows are decided in
 * reference-date order (a stable counting sort on the day number, so rows
 * of one day keep their file order), each decision sees the ledgers as they
 * stand, and charges are booked after the row; the results are then
 * written in input order by a second pass that gives each decision the
 * value of the rule that decided it in the first (when a result or output
 * column reads a ledger, each row's output values are kept instead).
 *
 * Everything the run prints is left to the caller (cli/cmd_run.c): data
 * errors and warnings, the runtime error, the summary.
 */
#ifndef GRIP_RUNTIME_RUN_H
#define GRIP_RUNTIME_RUN_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "dataset.h"
#include "eval.h"
#include "policy.h"
#include "sha256.h"
#include "writer.h"

/* One --data NAME=FILE. */
typedef struct RunBinding {
    const char *name;          /* the input or table declared as NAME (borrowed) */
    const char *path;          /* the CSV file (borrowed) */
} RunBinding;

/* One decided row, as RunOptions.on_row sees it. */
typedef struct RunRow {
    size_t row;                /* the row's index in the input */
    const Value *values;       /* per decision (declaration order): its value;
                                  payloads live until the call returns */
    const int32_t *rules;      /* per decision: the deciding rule (an index
                                  into PolicyDecision.rules), -1: otherwise */
} RunRow;

typedef struct RunOptions {
    const RunBinding *data;    /* --data bindings, in command-line order */
    size_t n_data;             /* entries in 'data' */
    int delimiter;             /* 0: detect per file; ',' or ';' (--delimiter) */
    bool strict;               /* an undeclared column is an error (--strict) */
    WriterFormat format;       /* CSV or JSON Lines (--format) */
    const char *out;           /* results file, "-" for standard output, NULL:
                                  none (the output columns are not computed) */
    const char *ledger_out;    /* ledger summary file, or NULL (--ledger-out) */
    bool progress;             /* show progress on a terminal */
    bool hash_outputs;         /* compute the SHA-256 of each output while
                                  writing it (RunResult.out_sha256, for a
                                  receipt) */
    void (*background)(void *ctx); /* if not NULL: called once on a helper
                                  thread after the datasets are bound, while
                                  the rows are decided (the receipt hashes the
                                  files there); it may read the bound policy
                                  but change nothing the run uses */
    void *background_ctx;      /* its argument */
    unsigned threads;          /* threads deciding and writing rows that do not
                                  depend on each other, and reading a big file
                                  in parts (run.c): 0 = one per processor
                                  online, 1 = this thread only; rows are
                                  decided on one thread when any hook below
                                  (decided, visit, keep_row, on_row) is set */
    size_t block_rows;         /* rows a thread takes at a time (0: 8192;
                                  tests make it small) */
    bool raw_texts;            /* the caller compares no text of the input
                                  itself: a text field the run only writes out
                                  may be kept uninterned (DatasetOptions.raw_text;
                                  its texts then are equal only byte for byte) */
    bool release_input;        /* the caller reads no field of the input after
                                  the run: a budget run frees the columns its
                                  second pass does not need once the first
                                  pass has its view (Policy.replay_fields) */
    uint64_t **decided;        /* if not NULL: per decision, per rule + 1 (0 is
                                  'otherwise'), add the rows it decided
                                  (grip run --coverage, runtime/testrun.h) */
    bool (*visit)(void *ctx, Eval *e, size_t row); /* if not NULL: called once per
                                  input row 'row' with its decisions taken and
                                  'e' on that row (grip report: a report over the
                                  input); in input order, except when a result
                                  reads a ledger (then in the date-ordered pass,
                                  before the row's charges).  False stops the run
                                  with the error in 'e' */
    void *visit_ctx;           /* its argument */
    /* Hooks for commands that run policies to compare them ('grip compare',
     * 'grip diff'); all optional.  They are called on the evaluation thread. */
    bool (*keep_row)(void *ctx, const Policy *p, size_t row);
                               /* if not NULL: input row 'row' is decided only
                                  when this returns true; the others are not
                                  decided, charged, counted or written (they
                                  stay in the input for lookups) */
    void (*on_row)(void *ctx, const RunRow *row);
                               /* if not NULL: called for every decided row,
                                  in the order rows are decided (date order
                                  with budgets), before the row's charges */
    void (*on_ledgers)(void *ctx, const Ledgers *ls);
                               /* if not NULL: called once after the last row
                                  with the settled ledgers (every limit known) */
    void *hook_ctx;            /* the hooks' argument */
    bool ledger_trace;         /* keep every booking of every ledger
                                  (Ledger.bookings) for on_ledgers */
} RunOptions;

typedef enum RunStatus {
    RUN_OK,                    /* everything written */
    RUN_USAGE,                 /* 'message': an unknown --data name, missing data */
    RUN_DATA,                  /* 'data' (and perhaps 'message'): datasets do not fit */
    RUN_RUNTIME,               /* 'error': evaluation failed; nothing written */
    RUN_IO                     /* 'message': an output could not be written */
} RunStatus;

/* Counts of one decision's outcomes (see run_print_summary). */
typedef struct RunDecisionStats {
    uint64_t *counts;          /* per variant case, enum member, or false/true */
    Dec *totals;               /* per case: total of its first money payload field */
    bool *has_total;           /* per case: it has a money payload field */
    uint32_t n;                /* entries in each array (0: not counted) */
    Dec total;                 /* a money decision: the sum of its values */
    bool money;                /* 'total' is kept */
} RunDecisionStats;

typedef struct RunResult {
    RunStatus status;          /* how the run ended */
    char message[1024];        /* RUN_USAGE, RUN_IO, some RUN_DATA: the reason */
    DataError data;            /* data errors and warnings (warnings also on success) */
    EvalError error;           /* RUN_RUNTIME: the error */
    uint64_t rows;             /* rows decided */
    RunDecisionStats *stats;   /* per decision (xmalloc'ed) */
    uint32_t n_stats;          /* entries in 'stats' */
    uint64_t ledger_keys;      /* ledger entries, all budgets */
    uint64_t *ran_out;         /* per budget: entries that ran out (xmalloc'ed) */
    uint64_t *keys;            /* per budget: its entries (xmalloc'ed) */
    char out_sha256[SHA256_HEX_SIZE];    /* RUN_OK with hash_outputs: the
                                  SHA-256 of what went to opt->out, else "" */
    char ledger_sha256[SHA256_HEX_SIZE]; /* likewise for opt->ledger_out */
} RunResult;

/* Initialises an empty result. */
void run_result_init(RunResult *r);
/* Frees what 'r' holds. */
void run_result_free(RunResult *r);

/* Runs 'p' (whose --set and --on the caller applied) with 'opt' and fills
 * 'res'.  A NULL opt->out writes no results (with opt->visit: the visitor
 * is what the run is for).  Outputs are written whole or not at all: on any error nothing is
 * left at opt->out or opt->ledger_out.  Binds every dataset of 'p' (kept
 * in the policy for the caller, e.g. for a receipt).  Returns res->status. */
RunStatus run_policy(Policy *p, const RunOptions *opt, RunResult *res);

/* Binds the datasets of 'p' that have data: a --data file in 'opt' or
 * inline rows (the others stay unbound: reading one is a runtime error),
 * and builds the tables' key indexes (not the input's: a caller that needs
 * it unique checks it), without deciding a row.  Parameters stay as
 * declared ('grip explain' shows each value with its date); a caller that
 * wants constants folded calls policy_fold_params.  For 'grip report' on an allocation,
 * series or table report, and for 'grip explain', which decides the rows
 * it needs itself.  Returns res->status: RUN_OK, RUN_USAGE ('message': an
 * unknown --data name) or RUN_DATA ('data', perhaps 'message'). */
RunStatus run_bind(Policy *p, const RunOptions *opt, RunResult *res);

/* Writes the short summary of a successful run to 'out':
 *     40 rows
 *     besluit: toegekend 12 (total 4410.00), afgewezen 20, verwezen 5
 *     plafond: 12 ledgers, 3 ran out
 * one line per decision (outcomes in declaration order, only those that
 * occurred; for a money decision its total) and per budget. */
void run_print_summary(const Policy *p, const RunResult *res, FILE *out);

#endif
