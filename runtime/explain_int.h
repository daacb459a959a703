/* SPDX-License-Identifier: MIT
 * explain_int.h - internal to runtime/explain.c and runtime/explain_write.c:
 * the model of one row's explanation, which explain.c builds (deciding and
 * retracing the row) and explain_write.c writes (text or JSON).
 *
 * Everything the model points to lives in Ex.arena or, for values, in the
 * evaluator's scratch memory of the row (valid until the next row is
 * set, which never happens once the row is decided).  Buf is a growable
 * xmalloc'ed string for the writers and messages.
 */
#ifndef GRIP_RUNTIME_EXPLAIN_INT_H
#define GRIP_RUNTIME_EXPLAIN_INT_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"
#include "explain.h"
#include "format.h"
#include "ledger.h"

/* ---- a growable string ------------------------------------------------------- */

typedef struct Buf {
    char *s;        /* xmalloc'ed, NUL-terminated */
    size_t len;     /* bytes used */
    size_t cap;     /* bytes allocated */
} Buf;

static inline void buf_put(Buf *b, const char *s, size_t len)
{
    b->s = xgrow(b->s, &b->cap, b->len + len + 1, 1);
    memcpy(b->s + b->len, s, len);
    b->len += len;
    b->s[b->len] = '\0';
}

static inline void buf_puts(Buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

static inline void buf_printf(Buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static inline void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    char small[256];
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        buf_put(b, small, (size_t)n);
        return;
    }
    b->s = xgrow(b->s, &b->cap, b->len + (size_t)n + 1, 1);
    va_start(ap, fmt);
    vsnprintf(b->s + b->len, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->len += (size_t)n;
}

typedef enum Style {
    STYLE_TEXT,   /* for people: € 1.234,56, 3%, ISO dates, "quoted" texts */
    STYLE_PLAIN,  /* the JSON facts: 1234.56, true, ISO dates, "quoted" texts */
    STYLE_JSON    /* a JSON value */
} Style;

/* ---- the model ------------------------------------------------------------------ */

/* One side of a fact. */
typedef struct Operand {
    const char *expr;        /* as written, whitespace collapsed */
    bool literal;            /* a constant: written as in the policy, no value */
    bool show;               /* write "= value" after it */
    Value v;                 /* its value */
    const FormatType *fmt;   /* its type, as far as known (may be NULL) */
} Operand;

/* A true statement about one leaf of a condition. */
typedef struct Fact {
    bool binary;             /* 'a op b'; else 'a = value' */
    const char *op;          /* "<", "!=", "not in", "is not" ... */
    Operand a, b;            /* 'b' only when binary */
} Fact;

/* A 'when' or 'unless' as this row saw it. */
typedef struct Cond {
    uint32_t node;           /* IR node; IR_NONE: the rule has none */
    bool ok;                 /* evaluated without an error */
    bool value;              /* its value */
    Fact *facts;             /* why it has that value (arena) */
    uint32_t n_facts, cap_facts;
} Cond;

typedef enum RuleState {
    RS_NOT_IN_FORCE,         /* outside its 'valid from .. until' on the row's date */
    RS_WHEN_FALSE,           /* its 'when' did not hold */
    RS_UNLESS_HELD,          /* its 'when' held and so did its 'unless' */
    RS_APPLIES,              /* it applies: its result is the decision's */
    RS_ERROR                 /* evaluating it failed ('error') */
} RuleState;

typedef struct RuleEx {
    int32_t rule;            /* index in the decision's rules; -1: 'otherwise' */
    RuleState state;         /* see above */
    bool tried;              /* the evaluator tried it for the decision (else
                                retraced for --why-not only) */
    Cond when, unless;       /* its conditions */
    bool has_result;         /* RS_APPLIES and its result was evaluated */
    Value result;            /* that result */
    const char *error;       /* RS_ERROR: the message */
} RuleEx;

typedef struct DecisionEx {
    bool ok;                 /* decided */
    Value value;             /* its value */
    int32_t rule;            /* the deciding rule, -1: 'otherwise' */
    RuleEx *rules;           /* the rules tried, in order (arena) */
    uint32_t n_rules;
    const char *error;       /* !ok: why (also in ExplainResult.error) */
} DecisionEx;

/* A function call seen by the trace. */
typedef struct CallEx {
    uint32_t def;            /* the function */
    uint32_t node;           /* the IR_CALL node of its first call */
    Value *args;             /* its arguments (arena) */
    uint32_t n_args;
    Value value;             /* what it returned */
} CallEx;

/* A ledger account read by the row (or its own account of a budget). */
typedef struct LedgerEx {
    uint32_t budget;         /* the budget */
    int64_t entry;           /* the account in its ledger */
    bool own;                /* the row's own account (its 'per' key) */
    Dec remaining;           /* as the row saw it */
    Dec limit, charged;      /* the account then */
    uint64_t grants;         /* rows charged before */
    Dec charged_now;         /* what this row's charges added */
    const char *error;       /* the own account could not be made: why */
} LedgerEx;

/* The answer to --why-not. */
typedef struct WhyNot {
    uint32_t d;              /* the decision */
    uint32_t outcome;        /* its case, member, or 0/1 for a bool decision */
    const char *name;        /* the outcome as named */
    bool already;            /* the row got it */
    bool any_giver;          /* some rule or the otherwise may give it */
    RuleEx *blockers;        /* rules that applied and gave something else */
    uint32_t n_blockers, cap_blockers;
    RuleEx *givers;          /* rules that give it, with their state */
    uint32_t n_givers, cap_givers;
    bool otherwise_gives;    /* the otherwise may give it */
} WhyNot;

typedef struct Ex {
    const Policy *p;
    const ExplainOptions *opt;
    FILE *out;
    ExplainResult *res;
    Arena arena;             /* everything of the explanation */
    Eval *e;
    Ledgers ls;              /* with budgets */
    bool budgets;            /* the policy has budgets */
    size_t row;              /* the input row */
    bool has_date;           /* it has a reference date */
    Date date;               /* which */
    size_t position;         /* 1-based place in date order (budgets) */
    size_t n_rows;           /* rows of the input */

    /* the trace */
    uint8_t *def_seen;       /* per def: computed for the row */
    Value *def_val;          /* its value */
    uint8_t *param_seen;     /* per parameter: read */
    Value *param_val;
    CallEx *calls;           /* xmalloc'ed */
    size_t n_calls, cap_calls;
    LedgerEx *ledgers;       /* own accounts first, then the others read (xmalloc'ed) */
    size_t n_ledgers, cap_ledgers;
    bool tracing;            /* the trace records (only while deciding) */

    DecisionEx *dec;         /* per decision (arena) */
    uint32_t n_decided;      /* decisions attempted (all, or up to the failing one) */
    bool failed;             /* a decision or the charges failed */
    bool charge_failed;      /* the charges failed ('res->error') */
    WhyNot *why;             /* --why-not, or NULL */

    const FormatType **fmt;  /* per IR node: its inferred type (lazily) */
    uint8_t *fmt_done;       /* per IR node: 'fmt' computed */
    uint8_t *field_used;     /* per input field: read by something traced */
    uint8_t *walked;         /* per IR node: visited by fields_used */
} Ex;

/* ---- shared by explain.c and explain_write.c ---------------------------------------- */

/* The money type (format.h) of amounts the IR does not type: remainders,
 * limits, money definitions. */
extern const FormatType explain_money;

/* The text of IR node 'node' as the policy writes it, white space collapsed
 * ("" for IR_NONE; arena memory). */
const char *explain_node_text(Ex *x, uint32_t node);
/* The type of IR node 'node' as far as the IR tells (NULL: write the value
 * by its kind); inferred once per node. */
const FormatType *explain_node_fmt(Ex *x, uint32_t node);
/* The outcome names of decision 'dec' (variant cases, enum members, or
 * false/true), or NULL when its values are not a choice. */
const EnumInfo *explain_outcomes(const Policy *p, const PolicyDecision *dec);
/* The outcome index of value 'v' of decision 'dec', or -1. */
int64_t explain_outcome_of(const PolicyDecision *dec, Value v);

/* The file the input 'in' was read from, or its name for inline rows. */
const char *explain_input_file(const PolicyDataset *in);

/* Write the explanation of the decided and retraced row to x->out
 * (explain_write.c). */
void explain_write_text(Ex *x);
void explain_write_json(Ex *x);

#endif
