/* SPDX-License-Identifier: MIT
 * explain.h - 'grip explain': why one row of the input got its decisions,
 * or why it did not get another outcome (docs/cli.md, "grip explain").
 *
 * The row is decided again by the evaluator (runtime/eval.h) with a trace
 * on (eval_set_trace): the functions it called, the parameters and ledger
 * accounts it read; the definitions it computed are in the evaluator's
 * memo (eval_def_memo).  The rules are then
 * retraced from their IR: for each rule tried, whether it was in force,
 * whether its 'when' held and its 'unless' did, and the facts that made it
 * so, each a true statement with the values of the names in it
 * ("remaining(plafond) = € 120,00 < kosten = € 1.484,62").  A policy with
 * budgets is a simulation, so the rows before this one in date order are
 * decided and charged first (the driver of runtime/run.c, without its
 * output), and the explanation shows the ledgers as the row saw them.
 *
 * Written as an indented text for a policy writer, or as one JSON object
 * with a stable structure (docs/cli.md lists its members).
 */
#ifndef GRIP_RUNTIME_EXPLAIN_H
#define GRIP_RUNTIME_EXPLAIN_H

#include <stdbool.h>
#include <stdio.h>

#include "../lang/span.h"
#include "eval.h"
#include "policy.h"

/* How the explanation is written. */
typedef enum ExplainFormat {
    EXPLAIN_TEXT, /* an indented tree; amounts as € 1.234,56 */
    EXPLAIN_JSON  /* one JSON object (numbers other than ints as strings) */
} ExplainFormat;

typedef struct ExplainOptions {
    const char *id;          /* the row: its key as written (a composite key's
                                parts separated by ','); without a key, its
                                1-based row number */
    const char *why_not;     /* OUTCOME or DECISION.OUTCOME (--why-not), or NULL */
    ExplainFormat format;    /* text or JSON */
    const Sources *sources;  /* the policy's sources: conditions are quoted
                                from them, rules located (borrowed) */
    bool dutch;              /* the policy is written in Dutch: booleans in
                                the text are ja / nee instead of true / false */
} ExplainOptions;

typedef enum ExplainStatus {
    EXPLAIN_OK,      /* written */
    EXPLAIN_USAGE,   /* 'message': no row has that id, an unknown outcome */
    EXPLAIN_DATA,    /* 'message': more than one row has that id */
    EXPLAIN_RUNTIME  /* 'error': a row could not be decided; for the row
                        itself, what could be explained was written first */
} ExplainStatus;

typedef struct ExplainResult {
    ExplainStatus status;    /* how it ended */
    char message[1024];      /* EXPLAIN_USAGE, EXPLAIN_DATA: the reason */
    EvalError error;         /* EXPLAIN_RUNTIME: the error */
    bool error_before;       /* EXPLAIN_RUNTIME: in a row decided before this one */
} ExplainResult;

/* Explains row 'opt->id' of policy 'p' and writes the explanation to
 * 'out'.  'p' must have its datasets bound (run_bind) and its parameters
 * unfolded (no policy_fold_params), so every parameter read can be traced
 * to its dated value.  Decides the rows before it first when the policy
 * has budgets (on a thread with GRIP_EVAL_STACK bytes of stack, as 'grip
 * run' does).  Returns res->status. */
ExplainStatus explain_row(const Policy *p, const ExplainOptions *opt, FILE *out, ExplainResult *res);

#endif
