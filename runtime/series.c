/* SPDX-License-Identifier: MIT
 * series.c - a `series` of a lowered policy, computed (see series.h).
 *
 * One Eval without a row.  Per year: eval_set_no_row with 1 January of the
 * year as the reference date, then the year, last year's values and, one
 * by one in the lowered evaluation order, this year's columns are put in
 * their local slots (runtime/formulas.h).  Values are copied into the
 * result table as they are computed, and last year's are read back from
 * it, so nothing refers to the evaluator's scratch memory after it is
 * reset for the next year.
 *
 * Messages.  The evaluator reports a missing value generically ("this has
 * no value here ..."); when the value that was missing is a previous(c) in
 * the first year, an unknown column value or the literal 'unknown', the
 * message says so, and every error's note names the series, column and
 * year.
 */
#include "series.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "formulas.h"

static bool same_span(Span a, Span b)
{
    return a.file == b.file && a.start == b.start && a.end == b.end;
}

/* The note "series 'x', column 'c', year 2022" (no column: without it). */
static void note(EvalError *err, const FormulaSeries *fs, const char *col, int64_t year)
{
    if (col)
        snprintf(err->note, sizeof err->note, "series '%s', column '%s', year %lld", fs->name, col, (long long)year);
    else
        snprintf(err->note, sizeof err->note, "series '%s', year %lld", fs->name, (long long)year);
}

/* Says which value was missing when the evaluator failed on one. */
static void explain_missing(const Policy *p, const FormulaSeries *fs, EvalError *err, int64_t year)
{
    if (strncmp(err->msg, "this has no value here", 22) != 0) return;
    for (uint32_t n = 0; n < p->n_ir; n++) {
        const IrNode *in = &p->ir[n];
        if (!same_span(in->span, err->span)) continue;
        if (in->op == IR_CONST && p->consts[in->a].kind == VAL_NONE) {
            snprintf(err->msg, sizeof err->msg, "'unknown' has no value to compute with");
            return;
        }
        if (in->op != IR_LOCAL) continue;
        for (uint32_t c = 0; c < fs->n_cols; c++) {
            const char *name = fs->cols[c].name;
            if (in->a == fs->cols[c].prev_slot) {
                snprintf(err->msg, sizeof err->msg,
                         "previous(%s) has no value in %lld, the first year of series '%s'; give a start value: "
                         "previous(%s) or VALUE",
                         name, (long long)year, fs->name, name);
                return;
            }
            if (in->a == fs->cols[c].slot) {
                snprintf(err->msg, sizeof err->msg,
                         "'%s' is unknown in %lld; computing with it needs a default: %s or VALUE", name,
                         (long long)year, name);
                return;
            }
        }
    }
}

static bool fail(EvalError *err, Span span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static bool fail(EvalError *err, Span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err->msg, sizeof err->msg, fmt, ap);
    va_end(ap);
    err->span = span;
    err->note[0] = '\0';
    return false;
}

/* Evaluates a year bound (an int) into '*out'. */
static bool year_bound(Eval *e, const Policy *p, uint32_t node, const char *what, int64_t *out, EvalError *err)
{
    Value v;
    if (!eval_node(e, node, &v)) {
        *err = *eval_error(e);
        return false;
    }
    if (v.kind != VAL_NUM || !dec_to_int(out, value_dec(v)))
        return fail(err, p->ir[node].span, "the %s year of a series must be a whole number", what);
    return true;
}

bool series_run(const Policy *p, uint32_t k, Tabular *t, EvalError *err)
{
    static const FormatType integer = {FORMAT_SCALAR, FT_INT, NULL, NULL};
    const FormulaSeries *fs = &p->formulas->series[k];
    memset(err, 0, sizeof *err);
    err->span = SPAN_NONE;
    tabular_init(t, fs->n_cols + 1);
    tabular_set_column(t, 0, fs->var, &integer);
    for (uint32_t c = 0; c < fs->n_cols; c++) tabular_set_column(t, c + 1, fs->cols[c].name, fs->cols[c].format);

    Eval *e = eval_new(p, NULL);
    bool ok = false;
    int64_t first = 0, last = 0;
    eval_set_no_row(e, false, (Date){0});
    if (!year_bound(e, p, fs->first, "first", &first, err) || !year_bound(e, p, fs->last, "last", &last, err))
        goto done;
    if (first > last) {
        fail(err, fs->range_span, "series '%s' runs from %lld back to %lld: the first year comes first", fs->name,
             (long long)first, (long long)last);
        goto done;
    }
    if (first < 1 || last > 9999) {
        fail(err, fs->range_span, "series '%s' runs from %lld to %lld; years are 1 to 9999", fs->name,
             (long long)first, (long long)last);
        goto done;
    }
    if (last - first >= GRIP_MAX_SERIES_YEARS) {
        fail(err, fs->range_span, "series '%s' has %lld years; at most %d are allowed", fs->name,
             (long long)(last - first + 1), GRIP_MAX_SERIES_YEARS);
        goto done;
    }
    for (int64_t year = first; year <= last; year++) {
        Date jan1;
        date_from_ymd(&jan1, (int)year, 1, 1);
        eval_set_no_row(e, true, jan1);
        eval_set_local(e, fs->year_slot, value_int(year));
        size_t row = tabular_add_row(t);
        tabular_set(t, row, 0, value_int(year));
        for (uint32_t c = 0; c < fs->n_cols; c++) {
            Value prev = year > first ? tabular_get(t, row - 1, c + 1) : value_none();
            eval_set_local(e, fs->cols[c].prev_slot, prev);
            eval_set_local(e, fs->cols[c].slot, value_none());
        }
        for (uint32_t i = 0; i < fs->n_cols; i++) {
            uint32_t c = fs->eval_order[i];
            const FormulaSeriesColumn *col = &fs->cols[c];
            Value v;
            if (col->expr == IR_NONE || !eval_node(e, col->expr, &v)) {
                if (col->expr != IR_NONE) *err = *eval_error(e);
                explain_missing(p, fs, err, year);
                note(err, fs, col->name, year);
                goto done;
            }
            if (col->money && v.kind == VAL_NUM && v.scale > 2) {
                Dec d;
                if (!dec_round(&d, value_dec(v), 2, DEC_ROUND_HALF_AWAY)) {
                    fail(err, p->ir[col->expr].span, "overflow: the amount is too large to round to cents");
                    note(err, fs, col->name, year);
                    goto done;
                }
                v = value_num(d);
            }
            tabular_set(t, row, c + 1, v);
            eval_set_local(e, col->slot, tabular_get(t, row, c + 1));
        }
    }
    ok = true;
done:
    eval_free(e);
    return ok;
}
