/* SPDX-License-Identifier: MIT
 * report.c - a `report` of a lowered policy, computed (see report.h).
 *
 * Pass over the rows: a report over the input is a visitor of the run
 * (run.h: every row with its decisions taken, in input order or, when
 * results read the ledgers, in the date-ordered pass); a report over a
 * table walks the table with the row number in the report's local slot.
 * Per row: the 'where', the keys, then per aggregate its column's 'where'
 * (evaluated once per row and column) and its argument, accumulated
 * exactly in the row's group and in the total.  Groups are found through
 * an open-addressing hash of their keys (value_hash / value_equal).
 *
 * Then per group: each aggregate's result (report.h) goes in its local
 * slot and the columns are evaluated without a row.  Medians keep every
 * value of their group (an array of Decs) and sort it at the end.
 */
#include "report.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "eval.h"
#include "formulas.h"

/* One aggregate of one group. */
typedef struct Acc {
    int64_t count;     /* rows that passed the column's 'where' */
    Dec sum;           /* FAGG_SUM, FAGG_AVG */
    Value best;        /* FAGG_MIN, FAGG_MAX (VAL_NONE before the first) */
    Dec *vals;         /* FAGG_MEDIAN: every value (xmalloc'ed) */
    size_t n_vals, cap_vals;
} Acc;

typedef struct Group {
    Value *keys;       /* n_keys key values (arena) */
    int64_t rows;      /* rows in the group */
    Acc *accs;         /* one per aggregate (arena) */
} Group;

typedef struct ReportRun {
    Policy *p;
    const FormulaReport *fr;
    Arena arena;       /* groups and their keys */
    Group **groups;    /* in order of first appearance (xmalloc'ed) */
    size_t n_groups, cap_groups;
    uint32_t *slots;   /* hash: group index + 1, 0 empty (xmalloc'ed) */
    size_t mask;       /* slots - 1 */
    Group total;       /* every row */
    Value *keybuf;     /* the current row's keys (xmalloc'ed) */
    bool failed;       /* 'err' holds an error of the report itself */
    EvalError err;
} ReportRun;

static bool fail(ReportRun *r, Span span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static bool fail(ReportRun *r, Span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(r->err.msg, sizeof r->err.msg, fmt, ap);
    va_end(ap);
    r->err.span = span;
    r->err.note[0] = '\0';
    r->failed = true;
    return false;
}

static void group_init(ReportRun *r, Group *g)
{
    g->rows = 0;
    g->keys = ARENA_ARRAY(&r->arena, Value, r->fr->n_keys ? r->fr->n_keys : 1);
    g->accs = ARENA_ARRAY(&r->arena, Acc, r->fr->n_aggs ? r->fr->n_aggs : 1);
    for (uint32_t k = 0; k < r->fr->n_aggs; k++) {
        g->accs[k].sum = dec_from_int(0);
        g->accs[k].best = value_none();
    }
}

static uint64_t keys_hash(const Value *keys, uint32_t n)
{
    uint64_t h = 0x9E3779B97F4A7C15ull;
    for (uint32_t k = 0; k < n; k++) h = (h ^ value_hash(keys[k])) * 0x100000001B3ull;
    return h;
}

static bool keys_equal(const Value *a, const Value *b, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++)
        if (a[k].kind != b[k].kind || !value_equal(a[k], b[k])) return false;
    return true;
}

static void rehash(ReportRun *r)
{
    xfree(r->slots);
    r->mask = r->mask ? r->mask * 2 + 1 : 63;
    r->slots = xcalloc(r->mask + 1, sizeof *r->slots);
    for (size_t g = 0; g < r->n_groups; g++) {
        size_t s = keys_hash(r->groups[g]->keys, r->fr->n_keys) & r->mask;
        while (r->slots[s]) s = (s + 1) & r->mask;
        r->slots[s] = (uint32_t)(g + 1);
    }
}

/* The group of the keys in r->keybuf, made when new. */
static Group *find_group(ReportRun *r)
{
    uint32_t nk = r->fr->n_keys;
    if ((r->n_groups + 1) * 2 > r->mask) rehash(r);
    size_t s = keys_hash(r->keybuf, nk) & r->mask;
    while (r->slots[s]) {
        Group *g = r->groups[r->slots[s] - 1];
        if (keys_equal(g->keys, r->keybuf, nk)) return g;
        s = (s + 1) & r->mask;
    }
    Group *g = ARENA_NEW(&r->arena, Group);
    group_init(r, g);
    memcpy(g->keys, r->keybuf, sizeof *g->keys * nk);
    if (r->n_groups == r->cap_groups) r->groups = xgrow(r->groups, &r->cap_groups, r->n_groups + 1, sizeof *r->groups);
    r->groups[r->n_groups++] = g;
    r->slots[s] = (uint32_t)r->n_groups;
    return g;
}

/* Adds 'v' (a passing row's argument) to accumulator 'acc'. */
static bool accumulate(ReportRun *r, const FormulaAgg *a, Acc *acc, Value v)
{
    switch ((FormulaAggKind)a->kind) {
    case FAGG_SUM:
    case FAGG_AVG:
        if (v.kind != VAL_NUM) return fail(r, a->span, "expected a number here");
        if (!dec_add(&acc->sum, acc->sum, value_dec(v))) return fail(r, a->span, "overflow: the sum is too large");
        return true;
    case FAGG_MEDIAN:
        if (v.kind != VAL_NUM) return fail(r, a->span, "expected a number here");
        if (acc->n_vals == acc->cap_vals) acc->vals = xgrow(acc->vals, &acc->cap_vals, acc->n_vals + 1, sizeof *acc->vals);
        acc->vals[acc->n_vals++] = value_dec(v);
        return true;
    case FAGG_MIN:
    case FAGG_MAX: {
        if (acc->best.kind == VAL_NONE) {
            acc->best = v;
            return true;
        }
        int c = value_compare(v, acc->best);
        if ((a->kind == FAGG_MIN && c < 0) || (a->kind == FAGG_MAX && c > 0)) acc->best = v;
        return true;
    }
    default:
        return true;
    }
}

/* One row of the source, with the evaluator on it.  False on an error:
 * the evaluator's (r->failed false) or the report's own (r->failed). */
static bool visit_row(ReportRun *r, Eval *e)
{
    const FormulaReport *fr = r->fr;
    Value v;
    if (fr->where != IR_NONE) {
        if (!eval_node(e, fr->where, &v)) return false;
        if (v.kind != VAL_BOOL) return fail(r, r->p->ir[fr->where].span, "expected true or false here");
        if (!v.as.b) return true;
    }
    for (uint32_t k = 0; k < fr->n_keys; k++)
        if (!eval_node(e, fr->keys[k].expr, &r->keybuf[k])) return false;
    Group *g = find_group(r);
    g->rows++;
    r->total.rows++;
    uint32_t where_node = IR_NONE;
    bool where_ok = true;
    for (uint32_t k = 0; k < fr->n_aggs; k++) {
        const FormulaAgg *a = &fr->aggs[k];
        if (a->where != IR_NONE && a->where != where_node) {
            if (!eval_node(e, a->where, &v)) return false;
            if (v.kind != VAL_BOOL) return fail(r, r->p->ir[a->where].span, "expected true or false here");
            where_node = a->where;
            where_ok = v.as.b;
        }
        if (a->where != IR_NONE && !where_ok) continue;
        g->accs[k].count++;
        r->total.accs[k].count++;
        if (a->arg == IR_NONE) continue;
        if (!eval_node(e, a->arg, &v)) return false;
        if (v.kind == VAL_NONE) return fail(r, r->p->ir[a->arg].span, "this has no value here; give a default with 'or'");
        /* texts are interned and numbers and dates are plain values, so
         * 'v' outlives the row's scratch memory */
        if (!accumulate(r, a, &g->accs[k], v) || !accumulate(r, a, &r->total.accs[k], v)) return false;
    }
    return true;
}

/* ---- the pass over the rows ------------------------------------------------------ */

static bool visitor(void *ctx, Eval *e, size_t row)
{
    ReportRun *r = ctx;
    if (visit_row(r, e)) return true;
    if (r->failed) formulas_row_note(r->p, r->p->input, row, r->err.note, sizeof r->err.note);
    return false;
}

/* A report over a table, on the evaluator's stack. */
typedef struct TableJob {
    ReportRun *r;
    bool ok;
    EvalError err;      /* an evaluator error */
} TableJob;

static void table_pass(void *ctx)
{
    TableJob *j = ctx;
    ReportRun *r = j->r;
    const FormulaReport *fr = r->fr;
    const Dataset *data = r->p->datasets[fr->source].data;
    Eval *e = eval_new(r->p, NULL);
    j->ok = true;
    for (size_t row = 0; row < dataset_rows(data) && j->ok; row++) {
        eval_set_no_row(e, r->p->fixed_date, r->p->on);
        eval_set_local(e, fr->row_slot, value_int((int64_t)row));
        if (visit_row(r, e)) continue;
        j->ok = false;
        EvalError *err = r->failed ? &r->err : &j->err;
        if (!r->failed) *err = *eval_error(e);
        formulas_row_note(r->p, fr->source, row, err->note, sizeof err->note);
    }
    eval_free(e);
}

/* ---- results ------------------------------------------------------------------------ */

static int dec_order(const void *x, const void *y)
{
    return dec_cmp(*(const Dec *)x, *(const Dec *)y);
}

/* The result of aggregate 'a' over accumulator 'acc' of a group of
 * 'group_rows' rows among 'all_rows'. */
static bool agg_result(ReportRun *r, const FormulaAgg *a, Acc *acc, int64_t group_rows, int64_t all_rows, Value *out)
{
    Dec d;
    *out = value_none();
    switch ((FormulaAggKind)a->kind) {
    case FAGG_COUNT:
        *out = value_int(acc->count);
        return true;
    case FAGG_SHARE: {
        int64_t num = a->where != IR_NONE ? acc->count : group_rows;
        int64_t den = a->where != IR_NONE ? group_rows : all_rows;
        if (den == 0) return true;
        if (!dec_div_round(&d, dec_from_int(num), dec_from_int(den), 4, DEC_ROUND_HALF_AWAY))
            return fail(r, a->span, "overflow in share()");
        *out = value_num(d);
        return true;
    }
    case FAGG_SUM:
        *out = value_num(acc->sum);
        return true;
    case FAGG_AVG: {
        if (acc->count == 0) return true;
        int places = a->num == FNUM_PERCENT ? 4 : 2;
        if (!dec_div_round(&d, acc->sum, dec_from_int(acc->count), places, DEC_ROUND_HALF_AWAY))
            return fail(r, a->span, "overflow: the average is too large");
        *out = value_num(d);
        return true;
    }
    case FAGG_MEDIAN: {
        if (acc->n_vals == 0) return true;
        qsort(acc->vals, acc->n_vals, sizeof *acc->vals, dec_order);
        size_t mid = acc->n_vals / 2;
        if (acc->n_vals % 2) {
            *out = value_num(acc->vals[mid]);
            return true;
        }
        Dec s;
        if (!dec_add(&s, acc->vals[mid - 1], acc->vals[mid]) || !dec_div(&d, s, dec_from_int(2)))
            return fail(r, a->span, "overflow: the median is too large");
        *out = value_num(d);
        return true;
    }
    case FAGG_MIN:
    case FAGG_MAX:
        *out = acc->best;
        return true;
    }
    return true;
}

/* "group ('Alblasserdam', 2)" for the note of an error in a group. */
static void group_note(const ReportRun *r, const Group *g, char *buf, size_t cap)
{
    const FormulaReport *fr = r->fr;
    if (g == &r->total || fr->n_keys == 0) {
        snprintf(buf, cap, "report '%s', %s", fr->name, g == &r->total ? "the totals" : "all rows");
        return;
    }
    size_t used = (size_t)snprintf(buf, cap, "report '%s', group %s", fr->name, fr->n_keys > 1 ? "(" : "");
    for (uint32_t k = 0; k < fr->n_keys && used < cap; k++) {
        char one[200];
        policy_value_text(one, sizeof one, g->keys[k], fr->keys[k].format);
        used += (size_t)snprintf(buf + used, cap - used, "%s%s", k ? ", " : "", one);
    }
    if (fr->n_keys > 1 && used < cap) snprintf(buf + used, cap - used, ")");
}

/* The output values of group 'g' into 'row' (n_keys + n_cols values). */
static bool group_row(ReportRun *r, Eval *e, Group *g, Value *row)
{
    const FormulaReport *fr = r->fr;
    eval_set_no_row(e, r->p->fixed_date, r->p->on);
    for (uint32_t k = 0; k < fr->n_aggs; k++) {
        Value v;
        if (!agg_result(r, &fr->aggs[k], &g->accs[k], g->rows, r->total.rows, &v)) {
            group_note(r, g, r->err.note, sizeof r->err.note);
            return false;
        }
        eval_set_local(e, fr->aggs[k].slot, v);
    }
    for (uint32_t k = 0; k < fr->n_keys; k++) row[k] = g == &r->total ? value_none() : g->keys[k];
    for (uint32_t c = 0; c < fr->n_cols; c++) {
        if (fr->cols[c].expr == IR_NONE) continue;
        if (!eval_node(e, fr->cols[c].expr, &row[fr->n_keys + c])) {
            r->err = *eval_error(e);
            r->failed = true;
            group_note(r, g, r->err.note, sizeof r->err.note);
            return false;
        }
    }
    return true;
}

/* Orders output rows: 'order by' columns, then the keys ascending; no
 * value sorts last whatever the direction. */
typedef struct Sorter {
    const FormulaReport *fr;
    const Value *rows;  /* n rows of 'width' values */
    uint32_t width;
} Sorter;

static int cell_cmp(Value a, Value b, bool desc)
{
    if (a.kind == VAL_NONE || b.kind == VAL_NONE) return (a.kind == VAL_NONE) - (b.kind == VAL_NONE);
    int c = value_compare(a, b);
    return desc ? -c : c;
}

static int row_cmp(const Sorter *s, size_t x, size_t y)
{
    const Value *a = s->rows + x * s->width, *b = s->rows + y * s->width;
    for (uint32_t k = 0; k < s->fr->n_order; k++) {
        uint32_t c = (uint32_t)s->fr->order[k].column;
        int o = cell_cmp(a[c], b[c], s->fr->order[k].desc);
        if (o) return o;
    }
    for (uint32_t k = 0; k < s->fr->n_keys; k++) {
        int o = cell_cmp(a[k], b[k], false);
        if (o) return o;
    }
    return 0;
}

/* A stable merge sort of the row numbers 'idx'. */
static void sort_rows(const Sorter *s, size_t *idx, size_t n)
{
    size_t *tmp = xmalloc(sizeof *tmp * (n ? n : 1));
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi) tmp[o++] = row_cmp(s, idx[j], idx[i]) < 0 ? idx[j++] : idx[i++];
            while (i < mid) tmp[o++] = idx[i++];
            while (j < hi) tmp[o++] = idx[j++];
        }
        memcpy(idx, tmp, sizeof *idx * n);
    }
    xfree(tmp);
}

/* The table: groups in order, then the totals. */
typedef struct FinishJob {
    ReportRun *r;
    Tabular *t;
    bool ok;
} FinishJob;

static void finish(void *ctx)
{
    FinishJob *j = ctx;
    ReportRun *r = j->r;
    const FormulaReport *fr = r->fr;
    uint32_t width = fr->n_keys + fr->n_cols;
    Value *rows = xcalloc((r->n_groups + 1) * (width ? width : 1), sizeof *rows);
    size_t *idx = xcalloc(r->n_groups + 1, sizeof *idx);
    Eval *e = eval_new(r->p, NULL);
    Tabular *t = j->t;
    j->ok = false;
    for (size_t g = 0; g < r->n_groups; g++) {
        idx[g] = g;
        if (!group_row(r, e, r->groups[g], rows + g * width)) goto done;
        /* the column values may live in the evaluator's scratch: keep them */
        size_t tr = tabular_add_row(t);
        for (uint32_t c = 0; c < width; c++) tabular_set(t, tr, c, rows[g * width + c]);
        for (uint32_t c = 0; c < width; c++) rows[g * width + c] = tabular_get(t, tr, c);
    }
    Sorter s = {fr, rows, width};
    sort_rows(&s, idx, r->n_groups);
    for (size_t g = 0; g < r->n_groups; g++)
        for (uint32_t c = 0; c < width; c++) tabular_set(t, g, c, rows[idx[g] * width + c]);
    if (fr->totals && fr->n_keys > 0) {
        Value *row = rows + r->n_groups * width;
        if (!group_row(r, e, &r->total, row)) goto done;
        t->summary_from = t->n_rows;
        size_t tr = tabular_add_row(t);
        for (uint32_t c = 0; c < width; c++) tabular_set(t, tr, c, row[c]);
        tabular_set(t, tr, 0, value_text(intern(&r->p->texts, "total", 5)));
    }
    j->ok = true;
done:
    eval_free(e);
    xfree(rows);
    xfree(idx);
}

static void free_groups(ReportRun *r)
{
    for (size_t g = 0; g < r->n_groups; g++)
        for (uint32_t k = 0; k < r->fr->n_aggs; k++) xfree(r->groups[g]->accs[k].vals);
    if (r->total.accs)
        for (uint32_t k = 0; k < r->fr->n_aggs; k++) xfree(r->total.accs[k].vals);
    xfree(r->groups);
    xfree(r->slots);
    xfree(r->keybuf);
    arena_free(&r->arena);
}

RunStatus report_run(Policy *p, uint32_t k, const RunOptions *opt, Tabular *t, RunResult *res)
{
    const FormulaReport *fr = &p->formulas->reports[k];
    ReportRun r;
    memset(&r, 0, sizeof r);
    r.p = p;
    r.fr = fr;
    r.err.span = SPAN_NONE;
    arena_init(&r.arena);
    group_init(&r, &r.total);
    r.keybuf = xcalloc(fr->n_keys ? fr->n_keys : 1, sizeof *r.keybuf);
    rehash(&r);
    if (fr->n_keys == 0) find_group(&r); /* one group, even over no rows */

    tabular_init(t, fr->n_keys + fr->n_cols);
    for (uint32_t c = 0; c < fr->n_keys; c++) tabular_set_column(t, c, fr->keys[c].name, fr->keys[c].format);
    for (uint32_t c = 0; c < fr->n_cols; c++) tabular_set_column(t, fr->n_keys + c, fr->cols[c].name, fr->cols[c].format);

    RunOptions o = *opt;
    o.out = NULL;
    o.ledger_out = NULL;
    o.progress = false;
    if (fr->over_input) {
        o.visit = visitor;
        o.visit_ctx = &r;
        run_policy(p, &o, res);
        if (res->status == RUN_RUNTIME && r.failed) res->error = r.err; /* the report's own */
    } else {
        o.visit = NULL;
        if (run_bind(p, &o, res) == RUN_OK) {
            policy_fold_params(p, false, (Date){0}, (Date){0}); /* one value on every date */
            if (!p->datasets[fr->source].data) {
                res->status = RUN_USAGE;
                snprintf(res->message, sizeof res->message, "no data for table '%s': give --data %s=FILE",
                         p->datasets[fr->source].name, p->datasets[fr->source].name);
            } else {
                TableJob job;
                memset(&job, 0, sizeof job);
                job.r = &r;
                formulas_on_eval_stack(table_pass, &job);
                if (!job.ok) {
                    res->status = RUN_RUNTIME;
                    res->error = r.failed ? r.err : job.err;
                }
            }
        }
    }
    if (res->status == RUN_OK) {
        FinishJob job = {&r, t, false};
        formulas_on_eval_stack(finish, &job);
        if (!job.ok) {
            res->status = RUN_RUNTIME;
            res->error = r.err;
        }
    }
    free_groups(&r);
    return res->status;
}
