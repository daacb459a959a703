/* SPDX-License-Identifier: MIT
 * policy.h - a lowered, runnable policy: what lang/lower.c makes of a
 * checked program once, and what the evaluator, the ledgers and the run
 * driver read per row.
 *
 * Every name is resolved to an index: input and table fields to column
 * numbers of their Schema, definitions and decisions to memo slots,
 * parameters to dated histories, enum members and variant cases to small
 * integers, budgets to ledgers.  Expressions are IrNodes (runtime/ir.h) in
 * one flat array.  Everything lives in the policy's program arena or in
 * xmalloc'ed arrays it owns; texts are interned in 'texts', the interner
 * every dataset of the run must share (text equality is pointer equality).
 * Spans point into the lang Program's sources, which must outlive the
 * policy when errors are rendered.
 *
 * Exports policy_new/free (used by lower.c), policy_add_* helpers for the
 * growable arrays, policy_set_param (--set), policy_param_at (a dated
 * read) and policy_find_* lookups by name.
 */
#ifndef GRIP_RUNTIME_POLICY_H
#define GRIP_RUNTIME_POLICY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "dataset.h"
#include "format.h"
#include "intern.h"
#include "ir.h"
#include "schema.h"
#include "value.h"

/* An enum type: its members' names (EnumInfo is also the opaque 'type' of
 * every VAL_ENUM of it, in datasets and constants alike). */
typedef struct PolicyEnum {
    EnumInfo info;          /* name and members, in declaration order */
    FormatType format;      /* FORMAT_SCALAR FT_ENUM with 'info' */
} PolicyEnum;

/* A variant type ('variant Besluit { toegekend(bedrag: money), ... }'). */
typedef struct PolicyVariant {
    const char *name;          /* "Besluit" */
    EnumInfo cases;            /* case names in declaration order */
    const Text **case_texts;   /* the case names interned (variant(x)) */
    uint32_t *n_fields;        /* payload fields per case */
    const char ***field_names; /* per case: payload field names */
    FormatType format;         /* FORMAT_VARIANT for output */
} PolicyVariant;

/* An input or table: its schema, key and rows.  The data are bound by the
 * run (a CSV file, or the inline rows) and freed with the policy. */
typedef struct PolicyDataset {
    const char *name;          /* "Aanvraag", "plafonds" */
    Span span;                 /* the declaration's name */
    bool is_input;             /* 'input' (the rows decided) or 'table' */
    Schema schema;             /* fields, types, defaults, key flags, date field */
    const FormatType **field_format; /* per field: how to write its values */
    uint32_t *key_fields;      /* the key's fields, in key order */
    uint32_t n_keys;           /* 0: no key (an input without one) */
    Value *inline_rows;        /* n_inline x schema.n values, row by row */
    uint64_t *inline_lines;    /* the policy line of each inline row */
    uint32_t n_inline;         /* inline rows ('| a | b |') */
    const char *source;        /* the policy file of the inline rows */
    Dataset *data;             /* bound rows (owned), or NULL until bound */
} PolicyDataset;

/* One dated value of a parameter: from 'from' to 'until' inclusive.  The
 * value is an expression, evaluated on the reading row's date (a literal
 * is an IR_CONST, so most periods cost nothing to read). */
typedef struct PolicyPeriod {
    int32_t from;   /* first day (Date.days); INT32_MIN: open */
    int32_t until;  /* last day; INT32_MAX: open */
    uint32_t value; /* IR node of the value in force */
} PolicyPeriod;

typedef struct PolicyParam {
    const char *name;          /* "korting" */
    Span span;                 /* the declaration's name */
    const FormatType *format;  /* the declared type (also how --set parses) */
    PolicyPeriod *periods;     /* sorted by 'from' (arena) */
    uint32_t n_periods;        /* entries in 'periods' */
    uint32_t fallback;         /* IR node of the value outside every period, or IR_NONE */
    bool constant;             /* every read gives 'value' (folded) */
    Value value;               /* the folded value when 'constant' */
    const char *set_text;      /* the --set text that replaced the history, or NULL */
} PolicyParam;

/* A 'def': a memoised value per row, or a function (parameters). */
typedef struct PolicyDef {
    const char *name;          /* "kosten" */
    Span span;                 /* the declaration's name */
    uint32_t body;             /* IR node */
    uint32_t n_params;         /* 0: a plain definition (memoised) */
    uint32_t first_local;      /* its parameters' local slots: first_local.. */
    bool money;                /* declared money: rounded to cents when stored */
} PolicyDef;

/* One rule of a decision. */
typedef struct PolicyRule {
    const char *name;          /* "nee_tenzij" */
    const char *label;         /* "Art. 6.2" or NULL */
    const char *doc;           /* its doc string or NULL */
    Span span;                 /* the rule (its name) */
    uint32_t result;           /* IR node */
    uint32_t when;             /* IR node or IR_NONE (always applies) */
    uint32_t unless;           /* IR node or IR_NONE */
    int32_t valid_from;        /* first day in force (INT32_MIN: open) */
    int32_t valid_until;       /* last day in force (INT32_MAX: open) */
    uint32_t *when_budgets;    /* budgets whose remaining 'when' reads (for
                                  explanations; the ledger counts budget tests,
                                  IR_BUDGET_CMP, instead) */
    uint32_t n_when_budgets;   /* entries in 'when_budgets' */
    const Text *label_text;    /* the label, or the name without one (output, label()) */
    const Text *name_text;     /* the name (rule_name()) */
} PolicyRule;

typedef struct PolicyDecision {
    const char *name;          /* "besluit" */
    Span span;                 /* the declaration's name */
    bool unique;               /* applicable rules must agree */
    PolicyRule *rules;         /* in effective order */
    uint32_t n_rules;          /* entries in 'rules' */
    uint32_t otherwise;        /* IR node or IR_NONE */
    Span otherwise_span;       /* where 'otherwise' is */
    const Text *otherwise_text; /* "otherwise", the deciding rule's label column */
    int32_t variant;           /* its variant type (Policy.variants), or -1 */
    bool money;                /* a money decision: rounded to cents */
    const FormatType *format;  /* how to write its value */
} PolicyDecision;

/* One 'charge X when C' clause. */
typedef struct PolicyCharge {
    uint32_t amount;           /* IR node (money) */
    uint32_t when;             /* IR node or IR_NONE (always) */
    Span span;                 /* the clause */
} PolicyCharge;

typedef struct PolicyBudget {
    const char *name;          /* "plafond" */
    Span span;                 /* the declaration's name */
    uint32_t *per;             /* IR nodes of the key parts (row context) */
    uint32_t n_per;            /* number of key parts */
    const char **key_names;    /* ledger summary column of each key part */
    const FormatType **key_format; /* how to write each key part */
    uint32_t limit;            /* IR node; IR_KEY nodes read the key parts */
    Span limit_span;           /* the limit expression */
    PolicyCharge *charges;     /* in order */
    uint32_t n_charges;        /* entries in 'charges' */
    int32_t key_table;         /* a table looked up by exactly the key parts in
                                  the limit (every row of it is a ledger), or -1 */
    uint32_t *key_table_field; /* per key part: that table's field */
} PolicyBudget;

/* One column of the per-row result. */
typedef struct PolicyColumn {
    const char *name;          /* header */
    uint32_t expr;             /* IR node */
    const FormatType *format;  /* how to write it (a value of another kind, such
                                  as the "" of 'bedrag or ""', is written by its
                                  kind); NULL: by the value's kind */
} PolicyColumn;

typedef struct Policy {
    Arena arena;               /* program arena: everything below that is not an array */
    Interner texts;            /* every text of the policy and its datasets */
    const char *path;          /* the main policy file (for messages) */

    IrNode *ir;                /* the IR (xmalloc'ed) */
    uint32_t n_ir, cap_ir;
    uint32_t *args;            /* operand lists of IrNodes (xmalloc'ed) */
    uint32_t n_args, cap_args;
    Value *consts;             /* constants (xmalloc'ed; pointers into 'arena') */
    uint32_t n_consts, cap_consts;
    uint32_t n_locals;         /* local slots (parameters, quantifier variables) */

    PolicyEnum **enums;        /* arena arrays of arena pointers */
    uint32_t n_enums;
    PolicyVariant **variants;
    uint32_t n_variants;
    PolicyDataset *datasets;   /* inputs and tables (arena) */
    uint32_t n_datasets;
    int32_t input;             /* the input decided row by row, or -1 */
    PolicyParam *params;
    uint32_t n_params;
    PolicyDef *defs;
    uint32_t n_defs;
    PolicyDecision *decisions; /* in declaration order */
    uint32_t n_decisions;
    PolicyBudget *budgets;
    uint32_t n_budgets;
    PolicyColumn *columns;     /* the output declaration's, or the defaults */
    uint32_t n_columns;
    const char *output_name;   /* the output declaration's name, or NULL */
    bool results_read_ledgers; /* a rule's result, an 'otherwise' or an output
                                  column may read remaining(): a budget run must
                                  keep each row's output values (see run.c) */
    uint8_t *sim_fields;       /* with budgets: per input field, 1 when the
                                  date-ordered pass may read it (arena) */
    uint8_t *replay_fields;    /* with budgets: per input field, 1 when the
                                  second pass (replayed results, output
                                  columns), a row's date or its key in a
                                  message may read it (arena) */

    bool fixed_date;           /* --on: every row's reference date is 'on' */
    Date on;                   /* the --on date */

    struct Formulas *formulas; /* allocations, series and reports
                                  (runtime/formulas.h; arena), or NULL */
} Policy;

/* Returns an empty policy for 'path' (copied); free it with policy_free. */
Policy *policy_new(const char *path);
/* Frees 'p', its datasets and everything it owns (NULL is fine). */
void policy_free(Policy *p);

/* Appends a node and returns its index (the span and operands as given;
 * 'args' must already hold the node's operand list). */
uint32_t policy_add_ir(Policy *p, IrNode node);
/* Appends 'n' operand indexes and returns the index of the first. */
uint32_t policy_add_args(Policy *p, const uint32_t *items, uint32_t n);
/* Appends a constant and returns its index. */
uint32_t policy_add_const(Policy *p, Value v);

/* Returns the dataset, parameter or budget named 'name', or -1. */
int32_t policy_find_dataset(const Policy *p, const char *name);
int32_t policy_find_param(const Policy *p, const char *name);

/* Replaces the history of parameter 'param' by the one value written in
 * 'text' (borrowed; copied), parsed by the parameter's type as a CSV cell
 * is: numbers with '.' decimals ("1200", "1200.50", money also "€ 1200";
 * percent "3%" or "3" for 3%), dates 2020-01-31 or 31-01-2020, durations
 * "6 months", bools true/false/ja/nee, texts as written, enum members by
 * name, sets as "{a, b}" (or "a, b").  Returns true, or false with a
 * lowercase reason ("'3x' is not a percent: unexpected character in
 * number") in 'why' (of 'whycap' bytes) and the parameter unchanged. */
bool policy_set_param(Policy *p, uint32_t param, const char *text, char *why, size_t whycap);

/* The IR node giving parameter 'param''s value on 'date' ('has_date'
 * false: there is no reference date, and only the value outside every
 * period applies).  Returns IR_NONE when no period covers the date and the
 * parameter declares no other value. */
uint32_t policy_param_at(const Policy *p, uint32_t param, bool has_date, Date date);
/* Marks every parameter whose value is the same on every date the run can
 * read it as constant, and turns the IR_PARAM nodes that read it into
 * IR_CONSTs: a parameter with one constant value, every parameter whose
 * value on the --on date is a constant, and, when 'has_range' (the rows'
 * reference dates all lie in 'lo' .. 'hi'), a parameter whose one period
 * (or whose value outside every period, when no period meets the range)
 * covers the whole range with a constant. */
void policy_fold_params(Policy *p, bool has_range, Date lo, Date hi);

/* Writes 'v' for a message (runtime errors, ledger keys): texts quoted with
 * ', numbers plain, dates ISO, enum members by name, using 'type' (may be
 * NULL).  Returns 'buf' (of 'cap' bytes, always NUL-terminated). */
char *policy_value_text(char *buf, size_t cap, Value v, const FormatType *type);

#endif
