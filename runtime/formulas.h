/* SPDX-License-Identifier: MIT
 * formulas.h - the lowered form of a policy's allocations, series and
 * reports: what lang/lower_formulas.c makes of them once, and what
 * runtime/alloc_eval.c, runtime/series.c and runtime/report.c compute
 * from them (`grip report`).
 *
 * Every expression is an IR node of the policy (runtime/ir.h).  Names the
 * evaluator cannot read from a row are local slots the computation fills
 * before it evaluates a node (eval_set_local): the row of an allocation's
 * or report's table (a row number, read by IR_ROW_FIELD), a series' year,
 * its columns of the current year and of the year before, and a report
 * column's aggregates once a group is complete.  Everything lives in the
 * policy's arena (Policy.formulas).
 */
#ifndef GRIP_RUNTIME_FORMULAS_H
#define GRIP_RUNTIME_FORMULAS_H

#include <stdbool.h>
#include <stdint.h>

#include <stddef.h>

#include "../lang/span.h"
#include "format.h"

struct Policy;

/* An 'order by' key of an allocation (recipients in groups) or a report
 * (output rows). */
typedef struct FormulaOrder {
    uint32_t expr;             /* allocation: IR node over the row; report: unused */
    int32_t column;            /* report: the output column it names (keys first, then
                                  the columns), -1 for an allocation */
    bool desc;                 /* 'desc' */
} FormulaOrder;

/* 'allocation NAME over TABLE total E weight E | equal [order by ...] [cap E]' */
typedef struct FormulaAllocation {
    const char *name;          /* "bijdrage" */
    Span span;                 /* the declaration's name */
    int32_t source;            /* the dataset of the recipients */
    uint32_t row_slot;         /* local slot holding the recipient's row number
                                  (unused for the input, read by eval_set_row) */
    uint32_t total;            /* IR node (money), evaluated once without a row */
    Span total_span;           /* the total expression */
    uint32_t weight;           /* IR node (number or money), IR_NONE for 'equal' */
    Span weight_span;          /* the weight expression (or the name for 'equal') */
    const FormatType *weight_format; /* how the weight column is written */
    uint32_t cap;              /* IR node (money) or IR_NONE */
    Span cap_span;             /* the cap expression */
    FormulaOrder *order;       /* 'order by' keys: groups are served in their order */
    uint32_t n_order;          /* entries in 'order' (0: one group) */
} FormulaAllocation;

/* One column of a series. */
typedef struct FormulaSeriesColumn {
    const char *name;          /* "jaarkosten" */
    Span span;                 /* the column's name */
    uint32_t expr;             /* IR node */
    uint32_t slot;             /* local slot: this year's value */
    uint32_t prev_slot;        /* local slot: last year's value (none in the first) */
    const FormatType *format;  /* its type */
    bool money;                /* declared money: rounded to cents when stored */
} FormulaSeriesColumn;

/* 'series NAME by VAR in A..B { col: T = expr ... }' */
typedef struct FormulaSeries {
    const char *name;          /* "taakstelling" */
    Span span;                 /* the declaration's name */
    const char *var;           /* the year variable, the first output column */
    uint32_t year_slot;        /* local slot of the year variable */
    uint32_t first, last;      /* IR nodes (int), evaluated without a row */
    Span range_span;           /* 'A..B' */
    FormulaSeriesColumn *cols; /* in declaration order (the output order) */
    uint32_t n_cols;
    uint32_t *eval_order;      /* column indexes, each after the columns it reads
                                  in the same year */
} FormulaSeries;

/* What a report aggregate computes. */
typedef enum FormulaAggKind {
    FAGG_COUNT,                /* rows passing its 'where' (int) */
    FAGG_SHARE,                /* without 'where': the group's rows / all rows;
                                  with 'where': passing rows / the group's rows */
    FAGG_SUM,                  /* exact sum (0 over no rows) */
    FAGG_AVG,                  /* sum / count, rounded (see report.c); none over no rows */
    FAGG_MEDIAN,               /* middle value, or the exact mean of the two middle ones */
    FAGG_MIN,                  /* smallest; none over no rows */
    FAGG_MAX                   /* largest; none over no rows */
} FormulaAggKind;

/* How an aggregate's numbers are rounded (avg, share) and typed. */
typedef enum FormulaNumKind {
    FNUM_OTHER,                /* not a number (dates for min/max) */
    FNUM_INT,
    FNUM_DECIMAL,
    FNUM_MONEY,
    FNUM_PERCENT
} FormulaNumKind;

/* One aggregate inside a report column ('count()', 'sum(kosten)', ...). */
typedef struct FormulaAgg {
    uint8_t kind;              /* FormulaAggKind */
    uint8_t num;               /* FormulaNumKind of the argument */
    uint32_t arg;              /* IR node over the row, IR_NONE for count/share */
    uint32_t where;            /* the column's 'where' (IR over the row) or IR_NONE */
    uint32_t slot;             /* local slot the group's result is put in */
    Span span;                 /* the aggregate */
} FormulaAgg;

/* One output column of a report. */
typedef struct FormulaReportColumn {
    const char *name;          /* "aantal" */
    uint32_t expr;             /* IR node over the aggregates' slots (no row) */
    const FormatType *format;  /* its type */
} FormulaReportColumn;

/* A 'group by' key. */
typedef struct FormulaKey {
    const char *name;          /* the column name ('as', the field, or the function) */
    uint32_t expr;             /* IR node over the row */
    const FormatType *format;  /* its type */
} FormulaKey;

/* 'report NAME [over T] [where C] group by ... { col = ... } [order by ...] [with totals]' */
typedef struct FormulaReport {
    const char *name;          /* "verwijzingen" */
    Span span;                 /* the declaration's name */
    int32_t source;            /* the dataset: the input (decided first) or a table */
    bool over_input;           /* the source is the input */
    uint32_t row_slot;         /* table source: local slot of the row number */
    uint32_t where;            /* IR node or IR_NONE */
    FormulaKey *keys;          /* group keys, in order (the first output columns) */
    uint32_t n_keys;
    FormulaAgg *aggs;          /* every aggregate of every column */
    uint32_t n_aggs;
    FormulaReportColumn *cols; /* the columns, after the keys */
    uint32_t n_cols;
    FormulaOrder *order;       /* 'order by'; none: by the keys ascending */
    uint32_t n_order;
    bool totals;               /* 'with totals' */
} FormulaReport;

/* The formulas of one policy (Policy.formulas). */
typedef struct Formulas {
    FormulaAllocation *allocations; /* in declaration order */
    uint32_t n_allocations;
    FormulaSeries *series;
    uint32_t n_series;
    FormulaReport *reports;
    uint32_t n_reports;
} Formulas;

/* Writes row 'row' of dataset 'ds' of 'p' for a message, as the evaluator
 * names the input's rows: "row 'Alblasserdam' (data/gemeenten.csv line 2)"
 * (the key, or the row number without one; the line when known).  Returns
 * 'buf' (of 'cap' bytes). */
char *formulas_row_note(const struct Policy *p, int32_t ds, size_t row, char *buf, size_t cap);

/* Calls 'fn'('ctx') on a thread with GRIP_EVAL_STACK bytes of stack, as
 * run_policy runs the rows (the evaluator recurses deeply), or on this
 * thread when no thread can be made. */
void formulas_on_eval_stack(void (*fn)(void *), void *ctx);

#endif
