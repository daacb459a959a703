/* SPDX-License-Identifier: MIT
 * eval.h - the evaluator: a policy's expressions, definitions and decisions
 * on one row at a time.
 *
 * An Eval holds the per-row state of one run: the current row and its
 * reference date, the memo slots of definitions and decisions (valid while
 * their generation stamp equals the row's, so starting a row is O(1)), the
 * deciding rule of each decision, local slots for function parameters and
 * quantifier variables, a scratch arena reset per row, and the ledgers that
 * `remaining(...)` reads and charges are booked to.  Nothing is allocated
 * per row once the scratch arena has grown to the largest row's need.
 *
 * Typical use (runtime/run.c):
 *
 *     Eval *e = eval_new(policy, ledgers);
 *     for each row r in order:
 *         eval_set_row(e, r);
 *         for each decision d: eval_decision(e, d, &v) or report eval_error(e);
 *         eval_book_charges(e);
 *     eval_free(e);
 *
 * Every function returning bool returns false on a runtime error (no rule
 * applies, a missing table key, overflow, division by zero, a conflict in a
 * unique decision, a negative budget limit ...), after which eval_error
 * tells what and where; the run stops there.  An Eval is used by one thread.
 */
#ifndef GRIP_RUNTIME_EVAL_H
#define GRIP_RUNTIME_EVAL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "ledger.h"
#include "policy.h"

/* Deepest nesting of evaluation: expressions inside definitions inside
 * function calls, counted per node.  An expression is at most
 * GRIP_MAX_DEPTH (256) deep and the checker rejects recursion, so only a
 * long chain of definitions, each using the next, comes near; the bound
 * turns that into an error instead of a stack overflow.  'grip run'
 * evaluates on a thread with GRIP_EVAL_STACK bytes of stack, enough for
 * this many levels even with AddressSanitizer's larger frames. */
#define GRIP_MAX_EVAL_DEPTH 10000
#define GRIP_EVAL_STACK ((size_t)256 << 20)

/* A runtime error: where, what, and which row. */
typedef struct EvalError {
    Span span;        /* the expression, rule or declaration (SPAN_NONE: none) */
    char msg[1024];   /* lowercase, no trailing period */
    char note[512];   /* "row 'C0000017' (cases.csv line 18)", or "" */
} EvalError;

typedef struct Eval Eval;

/* Returns an evaluator for 'p' (borrowed; its datasets must be bound before
 * rows are evaluated).  'ledgers' (borrowed) holds one ledger per budget of
 * 'p', or is NULL when the policy has none. */
Eval *eval_new(const Policy *p, Ledgers *ledgers);
/* Frees 'e' (NULL is fine). */
void eval_free(Eval *e);

/* Starts row 'row' of the input dataset: forgets every memoised value,
 * resets the scratch arena and reads the row's reference date (--on, the
 * 'dated by' field, or none). */
void eval_set_row(Eval *e, size_t row);
/* Makes eval_set_row read the input's fields from 'view' (borrowed): the
 * input's rows rearranged so that position 'pos' of the view holds row
 * 'rows[pos]' of the input (a budget run's date order, read sequentially);
 * eval_set_row then takes a position, and runtime errors still name the
 * input's row.  NULL 'view': read the input itself (the default). */
void eval_set_view(Eval *e, const Dataset *view, const uint32_t *rows);
/* Starts evaluation outside any row (constants, parameters' values, limits
 * of ledgers no row touched): fields cannot be read; 'has_date' and 'date'
 * give the reference date. */
void eval_set_no_row(Eval *e, bool has_date, Date date);

/* Evaluates decision 'd' for the current row (memoised) into '*out'; false
 * on a runtime error. */
bool eval_decision(Eval *e, uint32_t d, Value *out);
/* Gives decision 'd' on the current row the value of its rule 'rule'
 * (-1: 'otherwise') without trying the rules again: the run's second pass
 * over rows whose decisions were taken in date order and whose results do
 * not read the ledgers.  Evaluates only that rule's result; false on a
 * runtime error. */
bool eval_replay_decision(Eval *e, uint32_t d, int32_t rule, Value *out);
/* The rule that decided decision 'd' on the current row (an index into its
 * rules), -1 for 'otherwise'; only after eval_decision succeeded. */
int32_t eval_deciding_rule(const Eval *e, uint32_t d);
/* Evaluates IR node 'node' in the current row into '*out'. */
bool eval_node(Eval *e, uint32_t node, Value *out);
/* Books the current row's charges (every budget, every clause whose 'when'
 * holds).  When a budget test made while the row's decisions were taken
 * (a comparison of remaining() of the row's own account with an amount,
 * IR_BUDGET_CMP) found the account short of an amount, the row counts as
 * refused for it if it was charged nothing or less than that amount (the
 * account then ran out, if it had not yet), else as charged by exception.
 * Call after every decision of the row was evaluated.  False on a runtime
 * error. */
bool eval_book_charges(Eval *e);
/* Computes the limit of every ledger entry whose limit is not known yet
 * (keys listed from a table that no row reached), outside any row, with
 * the reference date of --on if given.  False on a runtime error. */
bool eval_settle_limits(Eval *e);

/* The last runtime error. */
const EvalError *eval_error(const Eval *e);

#endif
