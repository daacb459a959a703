/* SPDX-License-Identifier: MIT
 * lower_formulas.c - lowering of allocations, series and reports into the
 * policy's Formulas (runtime/formulas.h), called once by lower_program.
 *
 * Each declaration's expressions become IR of the policy like any other
 * (lower_expr); what the evaluator cannot read from the input's row is
 * bound to local slots first (lower_int.h):
 *   allocation  the recipient's row number (bare fields of its table),
 *   series      its year, each column this year and the year before
 *               (every previous(c) node), and an evaluation order of the
 *               columns so that a column comes after those it reads,
 *   report      the row number of a table source, and one slot per
 *               aggregate of a column (count(), sum(x), ...), which
 *               runtime/report.c fills once a group is complete; the
 *               column's expression then reads those slots.
 * A report over the input reads fields, definitions and decisions of the
 * row as rules do (the run decides the rows first).
 */
#include "lower_int.h"

#include <stdio.h>
#include <string.h>

#include "../runtime/alloc.h"
#include "../runtime/formulas.h"
#include "../runtime/ir.h"

/* The input or table a declaration runs over: its 'over' (checked to a
 * table type), or the input. */
static const AstNode *source_decl(Lower *L, const AstNode *over)
{
    if (!over) return lower_checked(L)->input;
    return over->type && over->type->kind == TYPE_TABLE ? over->type->decl : NULL;
}

/* Lowers 'n' with bare fields of 'src' reading the row in 'slot' (a table
 * source), or as a per-row expression of the input. */
static uint32_t lower_over(Lower *L, AstNode *n, int32_t ds, bool table, uint32_t slot)
{
    if (!n) return IR_NONE;
    if (table) lower_set_source(L, ds, slot);
    uint32_t node = lower_expr(L, n);
    lower_set_source(L, -1, 0);
    return node;
}

/* ---- allocations --------------------------------------------------------------- */

static void lower_allocation(Lower *L, AstNode *d, FormulaAllocation *fa)
{
    Policy *p = lower_policy(L);
    const AstNode *src = source_decl(L, d->a);
    fa->name = arena_strdup(&p->arena, d->name);
    fa->span = span_is_none(d->name_span) ? d->span : d->name_span;
    fa->source = lower_dataset_index(L, src);
    if (fa->source < 0) {
        lower_error(L, fa->span, "allocation '%s' has no table to run over", d->name);
        return;
    }
    bool table = fa->source != p->input;
    fa->row_slot = table ? lower_new_local(L) : 0;
    fa->total = d->b ? lower_expr(L, d->b) : IR_NONE;
    fa->total_span = d->b ? d->b->span : fa->span;
    fa->weight = lower_over(L, d->c, fa->source, table, fa->row_slot);
    fa->weight_span = d->c ? d->c->span : fa->span;
    fa->weight_format = d->c ? lower_format(L, d->c->type) : NULL;
    fa->cap = lower_over(L, d->d, fa->source, table, fa->row_slot);
    fa->cap_span = d->d ? d->d->span : fa->span;
    fa->n_order = d->n_items;
    fa->order = ARENA_ARRAY(&p->arena, FormulaOrder, d->n_items ? d->n_items : 1);
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *o = d->items[k];
        fa->order[k].expr = lower_over(L, o->a, fa->source, table, fa->row_slot);
        fa->order[k].column = -1;
        fa->order[k].desc = (o->flags & AST_F_DESC) != 0;
    }
}

/* ---- series ---------------------------------------------------------------------- */

/* Binds every previous(c) under 'n' to the previous-year slot of its column
 * (columns are the items of 'series', slots in 'fs'). */
static void bind_previous(Lower *L, const AstNode *series, const FormulaSeries *fs, const AstNode *n)
{
    if (!n) return;
    if (n->kind == AST_PREVIOUS) {
        for (uint32_t k = 0; k < series->n_items; k++)
            if (series->items[k] == n->ref) lower_bind_local(L, n, fs->cols[k].prev_slot);
        return;
    }
    bind_previous(L, series, fs, n->a);
    bind_previous(L, series, fs, n->b);
    bind_previous(L, series, fs, n->c);
    bind_previous(L, series, fs, n->d);
    bind_previous(L, series, fs, n->e);
    for (uint32_t k = 0; k < n->n_items; k++) bind_previous(L, series, fs, n->items[k]);
}

/* Marks in 'reads' (one byte per column) the columns of 'series' that 'n'
 * reads in the same year (previous(c) is last year's and does not count). */
static void same_year_reads(const AstNode *series, const AstNode *n, uint8_t *reads)
{
    if (!n || n->kind == AST_PREVIOUS) return;
    if ((n->kind == AST_NAME || n->kind == AST_DOT) && n->ref && n->ref->kind == AST_COLUMN)
        for (uint32_t k = 0; k < series->n_items; k++)
            if (series->items[k] == n->ref) reads[k] = 1;
    same_year_reads(series, n->a, reads);
    same_year_reads(series, n->b, reads);
    same_year_reads(series, n->c, reads);
    same_year_reads(series, n->d, reads);
    same_year_reads(series, n->e, reads);
    for (uint32_t k = 0; k < n->n_items; k++) same_year_reads(series, n->items[k], reads);
}

/* Depth-first: appends column 'k' to the order after the columns it reads.
 * The checker rejected cycles; 'state' guards anyway (1 visiting, 2 done). */
static void order_column(const uint8_t *reads, uint32_t n, uint32_t k, uint8_t *state, uint32_t *order,
                         uint32_t *n_order)
{
    if (state[k]) return;
    state[k] = 1;
    for (uint32_t j = 0; j < n; j++)
        if (reads[(size_t)k * n + j]) order_column(reads, n, j, state, order, n_order);
    state[k] = 2;
    order[(*n_order)++] = k;
}

static void lower_series(Lower *L, AstNode *d, FormulaSeries *fs)
{
    Policy *p = lower_policy(L);
    uint32_t n = d->n_items;
    fs->name = arena_strdup(&p->arena, d->name);
    fs->span = span_is_none(d->name_span) ? d->span : d->name_span;
    fs->var = arena_strdup(&p->arena, d->a && d->a->name ? d->a->name : "year");
    fs->year_slot = lower_new_local(L);
    lower_bind_local(L, d, fs->year_slot);
    fs->first = d->b ? lower_expr(L, d->b) : IR_NONE;
    fs->last = d->c ? lower_expr(L, d->c) : IR_NONE;
    fs->range_span = d->b && d->c ? span_join(d->b->span, d->c->span) : fs->span;
    fs->n_cols = n;
    fs->cols = ARENA_ARRAY(&p->arena, FormulaSeriesColumn, n ? n : 1);
    for (uint32_t k = 0; k < n; k++) {
        AstNode *col = d->items[k];
        FormulaSeriesColumn *fc = &fs->cols[k];
        const Type *t = col->a ? col->a->type : NULL;
        fc->name = arena_strdup(&p->arena, col->name);
        fc->span = span_is_none(col->name_span) ? col->span : col->name_span;
        fc->slot = lower_new_local(L);
        fc->prev_slot = lower_new_local(L);
        fc->format = lower_format(L, t);
        fc->money = t && t->kind == TYPE_MONEY;
        lower_bind_local(L, col, fc->slot);
    }
    uint8_t *reads = xcalloc((size_t)n * n + 1, 1);
    for (uint32_t k = 0; k < n; k++) {
        AstNode *col = d->items[k];
        bind_previous(L, d, fs, col->b);
        same_year_reads(d, col->b, reads + (size_t)k * n);
        fs->cols[k].expr = col->b ? lower_expr(L, col->b) : IR_NONE;
    }
    uint8_t *state = xcalloc(n + 1, 1);
    fs->eval_order = ARENA_ARRAY(&p->arena, uint32_t, n ? n : 1);
    uint32_t n_order = 0;
    for (uint32_t k = 0; k < n; k++) order_column(reads, n, k, state, fs->eval_order, &n_order);
    xfree(state);
    xfree(reads);
}

/* ---- reports ------------------------------------------------------------------------ */

/* True when 'n' is a report column's aggregate (count(), share(), sum(x),
 * avg(x), median(x), min(x), max(x)), not min(a, b) or a 'for' aggregate. */
static bool report_aggregate(const AstNode *n)
{
    if (n->kind != AST_AGGREGATE || (n->flags & AST_F_FOR)) return false;
    if ((n->op == AST_OP_MIN || n->op == AST_OP_MAX) && n->n_items >= 2) return false;
    return true;
}

static FormulaNumKind num_kind(const Type *t)
{
    switch (t ? t->kind : TYPE_ERROR) {
    case TYPE_INT: return FNUM_INT;
    case TYPE_DECIMAL: return FNUM_DECIMAL;
    case TYPE_MONEY: return FNUM_MONEY;
    case TYPE_PERCENT: return FNUM_PERCENT;
    default: return FNUM_OTHER;
    }
}

typedef struct AggList {
    AstNode **items;   /* report aggregates found (xmalloc'ed) */
    uint32_t n, cap;
} AggList;

static void find_aggregates(AstNode *n, AggList *out)
{
    if (!n) return;
    if (report_aggregate(n)) {
        if (out->n == out->cap) {
            size_t cap = out->cap;
            out->items = xgrow(out->items, &cap, (size_t)out->n + 1, sizeof *out->items);
            out->cap = (uint32_t)cap;
        }
        out->items[out->n++] = n;
        return;
    }
    find_aggregates(n->a, out);
    find_aggregates(n->b, out);
    find_aggregates(n->c, out);
    find_aggregates(n->d, out);
    find_aggregates(n->e, out);
    for (uint32_t k = 0; k < n->n_items; k++) find_aggregates(n->items[k], out);
}

/* The column name of group key 'g': its 'as', the field it reads, the
 * function it calls, or "keyN". */
static const char *key_name(Arena *a, const AstNode *g, uint32_t k)
{
    if (g->name) return arena_strdup(a, g->name);
    const AstNode *x = g->a;
    if (x && (x->kind == AST_NAME || x->kind == AST_DOT) && x->name) return arena_strdup(a, x->name);
    if (x && x->kind == AST_CALL && x->a && x->a->kind == AST_NAME && x->a->name) return arena_strdup(a, x->a->name);
    return arena_printf(a, "key%u", k + 1);
}

static void lower_report(Lower *L, AstNode *d, FormulaReport *fr)
{
    Policy *p = lower_policy(L);
    const AstNode *src = source_decl(L, d->a);
    fr->name = arena_strdup(&p->arena, d->name);
    fr->span = span_is_none(d->name_span) ? d->span : d->name_span;
    fr->source = lower_dataset_index(L, src);
    if (fr->source < 0) {
        lower_error(L, fr->span, "report '%s' has no table to run over", d->name);
        return;
    }
    fr->over_input = fr->source == p->input;
    bool table = !fr->over_input;
    fr->row_slot = table ? lower_new_local(L) : 0;
    fr->where = lower_over(L, d->b, fr->source, table, fr->row_slot);
    fr->totals = (d->flags & AST_F_TOTALS) != 0;

    AstNode *group = d->c;
    fr->n_keys = group ? group->n_items : 0;
    fr->keys = ARENA_ARRAY(&p->arena, FormulaKey, fr->n_keys ? fr->n_keys : 1);
    for (uint32_t k = 0; k < fr->n_keys; k++) {
        AstNode *g = group->items[k];
        FormulaKey *fk = &fr->keys[k];
        fk->name = key_name(&p->arena, g, k);
        for (uint32_t j = 0; j < k; j++)
            if (strcmp(fr->keys[j].name, fk->name) == 0) fk->name = arena_printf(&p->arena, "%s_%u", fk->name, k + 1);
        fk->expr = lower_over(L, g->a, fr->source, table, fr->row_slot);
        fk->format = lower_format(L, g->a ? g->a->type : NULL);
    }

    AggList aggs = {0};
    uint32_t *first_agg = xcalloc(d->n_items + 1, sizeof *first_agg);
    for (uint32_t k = 0; k < d->n_items; k++) {
        first_agg[k] = aggs.n;
        find_aggregates(d->items[k]->b, &aggs);
    }
    first_agg[d->n_items] = aggs.n;
    fr->n_aggs = aggs.n;
    fr->aggs = ARENA_ARRAY(&p->arena, FormulaAgg, aggs.n ? aggs.n : 1);
    fr->n_cols = d->n_items;
    fr->cols = ARENA_ARRAY(&p->arena, FormulaReportColumn, d->n_items ? d->n_items : 1);
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *col = d->items[k];
        uint32_t where = lower_over(L, col->c, fr->source, table, fr->row_slot);
        for (uint32_t j = first_agg[k]; j < first_agg[k + 1]; j++) {
            AstNode *a = aggs.items[j];
            FormulaAgg *fa = &fr->aggs[j];
            switch (a->op) {
            case AST_OP_COUNT: fa->kind = FAGG_COUNT; break;
            case AST_OP_SHARE: fa->kind = FAGG_SHARE; break;
            case AST_OP_SUM: fa->kind = FAGG_SUM; break;
            case AST_OP_AVG: fa->kind = FAGG_AVG; break;
            case AST_OP_MEDIAN: fa->kind = FAGG_MEDIAN; break;
            case AST_OP_MIN: fa->kind = FAGG_MIN; break;
            default: fa->kind = FAGG_MAX; break;
            }
            bool has_arg = fa->kind != FAGG_COUNT && fa->kind != FAGG_SHARE && a->n_items == 1;
            fa->num = (uint8_t)(fa->kind == FAGG_COUNT ? FNUM_INT : fa->kind == FAGG_SHARE ? FNUM_PERCENT
                                : num_kind(has_arg ? a->items[0]->type : NULL));
            fa->arg = has_arg ? lower_over(L, a->items[0], fr->source, table, fr->row_slot) : IR_NONE;
            fa->where = where;
            fa->slot = lower_new_local(L);
            fa->span = a->span;
            lower_bind_local(L, a, fa->slot);
        }
        FormulaReportColumn *fc = &fr->cols[k];
        fc->name = arena_strdup(&p->arena, col->name);
        fc->expr = col->b ? lower_expr(L, col->b) : IR_NONE;
        fc->format = lower_format(L, col->b ? col->b->type : NULL);
    }
    xfree(aggs.items);
    xfree(first_agg);

    AstNode *order = d->d;
    fr->n_order = order ? order->n_items : 0;
    fr->order = ARENA_ARRAY(&p->arena, FormulaOrder, fr->n_order ? fr->n_order : 1);
    for (uint32_t k = 0; k < fr->n_order; k++) {
        AstNode *o = order->items[k];
        FormulaOrder *fo = &fr->order[k];
        fo->expr = IR_NONE;
        fo->desc = (o->flags & AST_F_DESC) != 0;
        fo->column = -1;
        const AstNode *ref = o->a ? o->a->ref : NULL;
        for (uint32_t j = 0; ref && group && j < group->n_items; j++)
            if (group->items[j] == ref) fo->column = (int32_t)j;
        for (uint32_t j = 0; ref && j < d->n_items; j++)
            if (d->items[j] == ref) fo->column = (int32_t)(fr->n_keys + j);
        if (fo->column < 0) lower_error(L, o->span, "report '%s' cannot be ordered by this", d->name);
    }
}

/* ---- the driver ------------------------------------------------------------------------- */

void lower_formulas(Lower *L)
{
    CheckedProgram *cp = lower_checked(L);
    Policy *p = lower_policy(L);
    if (cp->n_allocations == 0 && cp->n_series == 0 && cp->n_reports == 0) return;
    Formulas *f = ARENA_NEW(&p->arena, Formulas);
    p->formulas = f;
    f->n_allocations = cp->n_allocations;
    f->allocations = ARENA_ARRAY(&p->arena, FormulaAllocation, cp->n_allocations ? cp->n_allocations : 1);
    for (uint32_t k = 0; k < cp->n_allocations; k++) lower_allocation(L, cp->allocations[k], &f->allocations[k]);
    f->n_series = cp->n_series;
    f->series = ARENA_ARRAY(&p->arena, FormulaSeries, cp->n_series ? cp->n_series : 1);
    for (uint32_t k = 0; k < cp->n_series; k++) lower_series(L, cp->series[k], &f->series[k]);
    f->n_reports = cp->n_reports;
    f->reports = ARENA_ARRAY(&p->arena, FormulaReport, cp->n_reports ? cp->n_reports : 1);
    for (uint32_t k = 0; k < cp->n_reports; k++) lower_report(L, cp->reports[k], &f->reports[k]);
}
