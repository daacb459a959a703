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

/* Sets local slot 'slot' (< the policy's n_locals) to 'v' (borrowed): the
 * row number of an allocation's or report's table, a series' year and
 * columns, a report aggregate's result (runtime/formulas.h).  Stays until
 * set again or overwritten by a function call or quantifier using it. */
void eval_set_local(Eval *e, uint32_t slot, Value v);

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

/* ---- tracing (grip explain) ----------------------------------------------- */

/* What a trace is told (eval_set_trace). */
typedef enum EvalTraceKind {
    EVAL_TRACE_CALL,      /* function 'index' (a def with parameters) was called
                             with the 'n_args' values at 'args': 'value' */
    EVAL_TRACE_PARAM,     /* parameter 'index' was read on the row's date: 'value' */
    EVAL_TRACE_REMAINING  /* budget 'index', ledger entry 'entry' was read: 'value'
                             is its remainder as the row sees it */
} EvalTraceKind;

typedef struct EvalTraceEvent {
    EvalTraceKind kind;   /* what happened */
    uint32_t index;       /* the function, parameter or budget */
    int64_t entry;        /* EVAL_TRACE_REMAINING: the entry in its ledger */
    uint32_t node;        /* EVAL_TRACE_CALL: the IR_CALL node (its arguments' types) */
    const Value *args;    /* EVAL_TRACE_CALL: the arguments (valid during the call) */
    uint32_t n_args;      /* EVAL_TRACE_CALL: their number */
    Value value;          /* the value computed or read (valid for the row) */
} EvalTraceEvent;

/* Receives each event; 'ctx' is eval_set_trace's. */
typedef void (*EvalTraceFn)(void *ctx, const EvalTraceEvent *ev);

/* Calls 'fn' (NULL: no tracing, the default) for every function call,
 * parameter read and ledger read from now on.  The cost when off is one
 * test of a pointer in those three (out-of-line) paths, none elsewhere.
 * Definitions need no trace: eval_def_memo tells which the row computed. */
void eval_set_trace(Eval *e, EvalTraceFn fn, void *ctx);
/* Sets '*out' to the value definition 'def' (a def without parameters)
 * has for the current row and returns true when the row has computed it;
 * false when it has not (yet). */
bool eval_def_memo(const Eval *e, uint32_t def, Value *out);
/* Sets '*out' to the remainder of budget 'budget''s account for the key
 * parts at 'key' (as many as the budget's 'per'; borrowed) as the ledger
 * stands now, making the account and computing its limit when new, and
 * '*entry' to its index in the ledger.  False on a runtime error (the
 * limit cannot be computed) or when the evaluator has no ledgers. */
bool eval_remaining(Eval *e, uint32_t budget, const Value *key, int64_t *entry, Dec *out);

/* The last runtime error. */
const EvalError *eval_error(const Eval *e);

/* What 'grip test --coverage' counts while rows are evaluated (see
 * runtime/testrun.h); a NULL pointer at any level is not counted. */
typedef struct EvalCoverage {
    uint8_t **unless_held;   /* per decision, per rule: set to 1 when the rule's
                                'when' held and its 'unless' held too */
    uint8_t **rows_found;    /* per dataset, per row: set to 1 when a lookup
                                t[k] found the row */
} EvalCoverage;

/* Makes 'e' record into 'cov' (borrowed; NULL stops recording). */
void eval_set_coverage(Eval *e, EvalCoverage *cov);

#endif
