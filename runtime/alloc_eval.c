/* SPDX-License-Identifier: MIT
 * alloc_eval.c - an `allocation` of a lowered policy, computed (see
 * alloc_eval.h).
 *
 * Evaluation: one Eval without a row; for a table's rows the row number is
 * put in the allocation's local slot before each row's weight, cap and keys
 * are evaluated (IR_ROW_FIELD reads it), for the input eval_set_row is
 * used.  The keys of 'order by' are turned into dense group numbers by a
 * stable sort of the rows on the keys.  Money is in cents: the total and
 * the caps are rounded half away from zero where they are read, as money
 * is where it is stored.  allocation_split does the rest, exactly.
 */
#include "alloc_eval.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "allocation.h"
#include "formulas.h"

typedef struct AllocRun {
    const Policy *p;
    Interner *texts;      /* the policy's (labels of the summary rows) */
    const FormulaAllocation *fa;
    Eval *e;
    EvalError *err;
    size_t n;             /* recipients */
    Dec *weights;         /* per row */
    int64_t *caps;        /* per row (ALLOC_NO_CAP without a cap) */
    Value *keys;          /* per row, n_order values */
    int32_t *groups;      /* per row: dense group number */
} AllocRun;

/* Copies the evaluator's error, naming row 'row' (SIZE_MAX: none) when the
 * evaluator named none. */
static bool take_error(AllocRun *a, size_t row)
{
    *a->err = *eval_error(a->e);
    if (row != SIZE_MAX && !a->err->note[0])
        formulas_row_note(a->p, a->fa->source, row, a->err->note, sizeof a->err->note);
    return false;
}

static bool fail(AllocRun *a, Span span, size_t row, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static bool fail(AllocRun *a, Span span, size_t row, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(a->err->msg, sizeof a->err->msg, fmt, ap);
    va_end(ap);
    a->err->span = span;
    a->err->note[0] = '\0';
    if (row != SIZE_MAX) formulas_row_note(a->p, a->fa->source, row, a->err->note, sizeof a->err->note);
    return false;
}

/* Starts row 'row' of the recipients in the evaluator. */
static void start_row(AllocRun *a, size_t row)
{
    if (a->fa->source == a->p->input) {
        eval_set_row(a->e, row);
    } else {
        eval_set_no_row(a->e, a->p->fixed_date, a->p->on);
        eval_set_local(a->e, a->fa->row_slot, value_int((int64_t)row));
    }
}

/* An amount in cents, rounded half away from zero. */
static bool cents_of(AllocRun *a, Value v, Span span, size_t row, const char *what, int64_t *out)
{
    if (v.kind != VAL_NUM) return fail(a, span, row, "the %s of allocation '%s' has no value", what, a->fa->name);
    if (!dec_to_cents(out, value_dec(v), DEC_ROUND_HALF_AWAY))
        return fail(a, span, row, "the %s of allocation '%s' is too large", what, a->fa->name);
    return true;
}

static bool eval_rows(AllocRun *a)
{
    const FormulaAllocation *fa = a->fa;
    for (size_t row = 0; row < a->n; row++) {
        start_row(a, row);
        Value v;
        if (fa->weight != IR_NONE) {
            if (!eval_node(a->e, fa->weight, &v)) return take_error(a, row);
            if (v.kind != VAL_NUM)
                return fail(a, fa->weight_span, row, "the weight in allocation '%s' has no value", fa->name);
            a->weights[row] = value_dec(v);
        } else {
            a->weights[row] = dec_from_int(1);
        }
        a->caps[row] = ALLOC_NO_CAP;
        if (fa->cap != IR_NONE) {
            if (!eval_node(a->e, fa->cap, &v)) return take_error(a, row);
            if (!cents_of(a, v, fa->cap_span, row, "cap", &a->caps[row])) return false;
        }
        for (uint32_t k = 0; k < fa->n_order; k++) {
            if (!eval_node(a->e, fa->order[k].expr, &v)) return take_error(a, row);
            if (v.kind == VAL_NONE)
                return fail(a, a->p->ir[fa->order[k].expr].span, row, "this 'order by' key has no value");
            a->keys[row * fa->n_order + k] = v;
        }
    }
    return true;
}

/* Compares the 'order by' keys of rows 'x' and 'y'. */
static int key_cmp(const AllocRun *a, size_t x, size_t y)
{
    const FormulaAllocation *fa = a->fa;
    for (uint32_t k = 0; k < fa->n_order; k++) {
        int c = value_compare(a->keys[x * fa->n_order + k], a->keys[y * fa->n_order + k]);
        if (c) return fa->order[k].desc ? -c : c;
    }
    return 0;
}

/* Dense group numbers from the keys: a stable merge sort of the rows. */
static void make_groups(AllocRun *a)
{
    size_t n = a->n;
    size_t *idx = xmalloc(sizeof *idx * (n ? n : 1)), *tmp = xmalloc(sizeof *tmp * (n ? n : 1));
    for (size_t k = 0; k < n; k++) idx[k] = k;
    for (size_t w = 1; w < n; w *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * w) {
            size_t mid = lo + w < n ? lo + w : n, hi = lo + 2 * w < n ? lo + 2 * w : n;
            size_t i = lo, j = mid, o = lo;
            while (i < mid && j < hi) tmp[o++] = key_cmp(a, idx[j], idx[i]) < 0 ? idx[j++] : idx[i++];
            while (i < mid) tmp[o++] = idx[i++];
            while (j < hi) tmp[o++] = idx[j++];
        }
        memcpy(idx, tmp, sizeof *idx * n);
    }
    int32_t g = 0;
    for (size_t k = 0; k < n; k++) {
        if (k > 0 && key_cmp(a, idx[k - 1], idx[k]) != 0) g++;
        a->groups[idx[k]] = g;
    }
    xfree(idx);
    xfree(tmp);
}

static void money_text(char *buf, size_t cap, int64_t cents)
{
    char amount[DEC_FORMAT_MAX];
    dec_format(amount, sizeof amount, dec_from_cents(cents), DEC_STYLE_PLAIN, 2);
    snprintf(buf, cap, "€ %s", amount);
}

/* The error for a failed split. */
static bool split_error(AllocRun *a, AllocStatus st, size_t bad, int64_t total)
{
    const FormulaAllocation *fa = a->fa;
    char text[DEC_FORMAT_MAX + 8];
    switch (st) {
    case ALLOC_NEGATIVE_WEIGHT:
        dec_format(text, sizeof text, a->weights[bad], DEC_STYLE_PLAIN, DEC_PLACES_MIN);
        return fail(a, fa->weight_span, bad, "negative weight %s in allocation '%s'", text, fa->name);
    case ALLOC_NEGATIVE_CAP:
        money_text(text, sizeof text, a->caps[bad]);
        return fail(a, fa->cap_span, bad, "negative cap %s in allocation '%s'", text, fa->name);
    case ALLOC_ZERO_WEIGHTS: {
        size_t members = 0;
        for (size_t k = 0; k < a->n; k++) members += a->groups[k] == a->groups[bad];
        money_text(text, sizeof text, total);
        if (fa->n_order)
            return fail(a, fa->weight_span, bad,
                        "allocation '%s' has an amount left for this row's group, but the weights of all %zu "
                        "recipient%s in the group are zero",
                        fa->name, members, members == 1 ? "" : "s");
        return fail(a, fa->weight_span, bad,
                    "allocation '%s' cannot split %s: the weights of all %zu recipient%s are zero", fa->name, text,
                    members, members == 1 ? "" : "s");
    }
    case ALLOC_NO_RECIPIENTS:
        money_text(text, sizeof text, total);
        return fail(a, fa->span, SIZE_MAX, "allocation '%s' has %s to split but '%s' has no rows", fa->name, text,
                    a->p->datasets[fa->source].name);
    default:
        return fail(a, fa->total_span, SIZE_MAX, "allocation '%s': %s", fa->name, allocation_status_message(st));
    }
}

/* The output: recipients, then remainder and total. */
static void build_table(AllocRun *a, Tabular *t, const int64_t *parts, int64_t remainder, int64_t total)
{
    static const FormatType money = {FORMAT_SCALAR, FT_MONEY, NULL, NULL};
    const FormulaAllocation *fa = a->fa;
    const PolicyDataset *pd = &a->p->datasets[fa->source];
    uint32_t n_id = pd->n_keys ? pd->n_keys : (uint32_t)pd->schema.n;
    bool weight = fa->weight != IR_NONE, cap = fa->cap != IR_NONE;
    uint32_t nc = n_id + (weight ? 1 : 0) + (cap ? 1 : 0) + 1;
    tabular_init(t, nc);
    for (uint32_t k = 0; k < n_id; k++) {
        uint32_t f = pd->n_keys ? pd->key_fields[k] : k;
        tabular_set_column(t, k, pd->schema.fields[f].name, pd->field_format[f]);
    }
    uint32_t c = n_id;
    if (weight) tabular_set_column(t, c++, "weight", fa->weight_format);
    if (cap) tabular_set_column(t, c++, "cap", &money);
    tabular_set_column(t, c, "part", &money);
    const Dataset *data = pd->data;
    for (size_t row = 0; row < a->n; row++) {
        size_t r = tabular_add_row(t);
        for (uint32_t k = 0; k < n_id; k++)
            tabular_set(t, r, k, dataset_get(data, row, pd->n_keys ? pd->key_fields[k] : k));
        c = n_id;
        if (weight) tabular_set(t, r, c++, value_num(a->weights[row]));
        if (cap) tabular_set(t, r, c++, a->caps[row] == ALLOC_NO_CAP ? value_none() : value_num(dec_from_cents(a->caps[row])));
        tabular_set(t, r, c, value_num(dec_from_cents(parts[row])));
    }
    /* the label goes in the first identifying column, as text */
    Interner *texts = a->texts;
    t->summary_from = t->n_rows;
    size_t r = tabular_add_row(t);
    tabular_set(t, r, 0, value_text(intern(texts, "remainder", 9)));
    tabular_set(t, r, nc - 1, value_num(dec_from_cents(remainder)));
    r = tabular_add_row(t);
    tabular_set(t, r, 0, value_text(intern(texts, "total", 5)));
    tabular_set(t, r, nc - 1, value_num(dec_from_cents(total)));
}

bool alloc_eval_run(Policy *p, uint32_t k, Tabular *t, EvalError *err)
{
    const FormulaAllocation *fa = &p->formulas->allocations[k];
    AllocRun a = {0};
    a.p = p;
    a.texts = &p->texts;
    a.fa = fa;
    a.err = err;
    memset(err, 0, sizeof *err);
    err->span = SPAN_NONE;
    tabular_init(t, 0);
    const Dataset *data = p->datasets[fa->source].data;
    if (!data)
        return fail(&a, fa->span, SIZE_MAX, "allocation '%s' runs over '%s', which has no rows here", fa->name,
                    p->datasets[fa->source].name);
    a.e = eval_new(p, NULL);
    bool ok = false;
    int64_t total = 0, remainder = 0;
    int64_t *parts = NULL;
    a.n = dataset_rows(data);
    a.weights = xcalloc(a.n ? a.n : 1, sizeof *a.weights);
    a.caps = xcalloc(a.n ? a.n : 1, sizeof *a.caps);
    a.keys = xcalloc(a.n * fa->n_order + 1, sizeof *a.keys);
    a.groups = xcalloc(a.n ? a.n : 1, sizeof *a.groups);
    parts = xcalloc(a.n ? a.n : 1, sizeof *parts);
    eval_set_no_row(a.e, p->fixed_date, p->on);
    Value v;
    if (!eval_node(a.e, fa->total, &v)) {
        take_error(&a, SIZE_MAX);
        goto done;
    }
    if (!cents_of(&a, v, fa->total_span, SIZE_MAX, "total", &total)) goto done;
    if (!eval_rows(&a)) goto done;
    if (fa->n_order) make_groups(&a);
    AllocInput in = {total, a.n, a.weights, a.caps, a.groups,
                     fa->n_order ? ALLOC_GROUPS : fa->weight == IR_NONE ? ALLOC_EQUAL : ALLOC_PRO_RATA};
    size_t bad = ALLOC_NO_INDEX;
    AllocStatus st = allocation_split(&in, parts, &remainder, &bad);
    if (st != ALLOC_OK) {
        split_error(&a, st, bad, total);
        goto done;
    }
    tabular_free(t);
    build_table(&a, t, parts, remainder, total);
    ok = true;
done:
    eval_free(a.e);
    xfree(a.weights);
    xfree(a.caps);
    xfree(a.keys);
    xfree(a.groups);
    xfree(parts);
    return ok;
}
