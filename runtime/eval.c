/* SPDX-License-Identifier: MIT
 * eval.c - the evaluator: IR nodes on one row (see eval.h).
 *
 * A recursive walk over the flat IR (runtime/ir.h): ev() evaluates one
 * node into a Value and returns false on a runtime error, which fail()
 * records with the node's span and the row.  Definitions and decisions are
 * memoised in slots stamped with the row's generation number, so a new row
 * invalidates them all by incrementing one counter.  Function parameters
 * and quantifier variables live in fixed local slots (the checker rejects
 * recursion, so a function is never active twice); a call still saves and
 * restores its slots, so a nested use of the same function from an
 * argument is correct.  Values built per row (variants, sets, records) go
 * to a scratch arena reset per row.  Numbers use runtime/num.h only:
 * every overflow is an error naming the expression, never a wrap.
 *
 * Budgets: remaining(b) evaluates b's 'per' expressions for the row (once
 * per row), finds or creates the ledger entry, computes its limit on first
 * use with IR_KEY nodes reading the key, and returns limit - charged as
 * the ledger stood before this row (charges are booked after the row's
 * decisions, by eval_book_charges).  A comparison of remaining() with an
 * amount (IR_BUDGET_CMP) notes, while decisions are taken, the account it
 * found short; eval_book_charges turns that into the ledger's refused /
 * by-exception counts once it knows what the row was charged.
 *
 * Speed: results are written into '*out' field by field and dataset fields
 * read the same way (a Value built in a temporary and copied stalls the
 * store buffer on every node); the big helpers (lookups, calls, decisions)
 * are kept out of ev()'s frame; a quantifier whose 'where' starts with
 * 'v.F = E' visits only the rows with that F, through a per-field index
 * built on first use.  Nesting is counted per node (GRIP_MAX_EVAL_DEPTH).
 */
#include "eval.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"

/* Key parts of one lookup or ledger key held on the C stack; longer keys
 * go to the scratch arena. */
#define SMALL_KEY 8

/* The rows of one dataset field grouped by value, for quantifiers that
 * filter on 'v.F = E' (IR_Q_INDEXED).  Built on first use; the dataset
 * never changes during a run. */
typedef struct FieldIndex {
    uint32_t *rows;          /* row numbers, grouped by value, file order inside a group */
    uint32_t *start;         /* group g is rows[start[g] .. start[g + 1]) */
    Value *values;           /* the value of each group */
    uint32_t *slots;         /* hash table: group + 1, 0 = empty */
    size_t mask;             /* slots - 1 */
    size_t n_groups;         /* groups */
} FieldIndex;

struct Eval {
    const Policy *p;         /* borrowed */
    Ledgers *ledgers;        /* borrowed; NULL without budgets */
    Arena scratch;           /* per-row values; reset by eval_set_row */
    bool has_row;            /* a row is current (fields may be read) */
    size_t row;              /* the current row's index in 'in' */
    size_t note_row;         /* the current row of the input (for messages) */
    const Dataset *in;       /* where fields are read: the input or a view */
    const Dataset *view;     /* eval_set_view's view, or NULL */
    const uint32_t *view_rows; /* its rows: view position -> input row */
    bool has_date;           /* the row has a reference date */
    Date date;               /* its reference date */
    uint32_t gen;            /* generation of the current row (never 0) */
    uint32_t n_slots;        /* defs + decisions */
    Value *memo;             /* memoised values by slot */
    uint32_t *memo_gen;      /* generation each slot was computed in */
    uint32_t *busy_gen;      /* generation a slot is being computed in */
    int32_t *rule_of;        /* per decision: deciding rule, -1 otherwise */
    Value *locals;           /* local slots */
    int64_t *own_entry;      /* per budget: the row's own ledger entry */
    uint32_t *own_gen;       /* per budget: generation of 'own_entry' */
    uint32_t *short_own_gen; /* per budget: a budget test of the row's own entry
                                came out "not enough" in this generation */
    uint32_t *short_gen;     /* per budget: one of another entry did ('short_idx') */
    int64_t *short_idx;      /* per budget: that entry (its key may still turn
                                out to be the row's own) */
    Dec *short_own_amount;   /* per budget: the smallest amount the own entry
                                was found short of */
    Dec *short_amount;       /* per budget: the amount 'short_idx' was short of */
    uint32_t deciding;       /* decisions being decided (budget tests count there) */
    const Value *keyparts;   /* IR_KEY values while a limit is computed */
    int32_t limit_budget;    /* that budget, or -1 */
    uint32_t depth;          /* nesting of ev() calls through defs and calls */
    FieldIndex ***fidx;      /* per dataset, per field: its index once built */
    EvalError err;           /* the last error */
    EvalCoverage *cov;       /* eval_set_coverage's counters, or NULL */
    EvalTraceFn trace;       /* eval_set_trace's callback, or NULL (grip explain) */
    void *trace_ctx;         /* its argument */
};

static bool ev(Eval *e, uint32_t node, Value *out);

/* Functions kept out of ev(): ev() recurses, so its frame should hold only
 * what every node needs; the large buffers of lookups, calls and messages
 * live in their own frames. */
#if defined(__GNUC__)
#define NOINLINE __attribute__((noinline))
#define COLD __attribute__((noinline, cold))
#else
#define NOINLINE
#define COLD
#endif

/* Result setters that write '*out' field by field.  Building a Value in a
 * temporary and copying it (value_bool(...)) makes the compiler store one
 * byte and then load the 16 bytes around it, a store-forwarding stall on
 * every node. */
static inline void set_head(Value *out, uint8_t kind)
{
    out->kind = kind;
    out->scale = 0;
    out->tag = 0;
    out->aux = 0;
    out->pad_ = 0;
}

static inline void set_bool(Value *out, bool b)
{
    set_head(out, VAL_BOOL);
    out->as.coef = 0;
    out->as.b = b;
}

static inline void set_int(Value *out, int64_t n)
{
    set_head(out, VAL_NUM);
    out->as.coef = n;
}

static inline void set_num(Value *out, Dec d)
{
    set_head(out, VAL_NUM);
    out->scale = (uint8_t)d.scale;
    out->as.coef = d.coef;
}

static inline void set_date(Value *out, Date d)
{
    set_head(out, VAL_DATE);
    out->as.coef = 0;
    out->as.date = d;
}

/* dataset_get(ds, row, field) written into '*out' field by field (for the
 * same reason as the setters above: the fields of every row go through
 * here).  Follows the column layouts of dataset.h; the switch names every
 * store, so a new one stops the build until it is read here too. */
static inline void read_field(Value *out, const Dataset *ds, size_t row, size_t field)
{
    const DatasetColumn *c = &ds->cols[field];
    switch ((DatasetStore)c->store) {
    case DS_CONST: *out = c->constant; return;
    case DS_BOOL: set_bool(out, ((const uint8_t *)c->data)[row] != 0); return;
    case DS_NUM8: set_int(out, ((const int8_t *)c->data)[row]); break;
    case DS_NUM16: set_int(out, ((const int16_t *)c->data)[row]); break;
    case DS_NUM32: set_int(out, ((const int32_t *)c->data)[row]); break;
    case DS_NUM64: set_int(out, ((const int64_t *)c->data)[row]); break;
    case DS_DATE: set_date(out, (Date){((const int32_t *)c->data)[row]}); return;
    case DS_DURATION:
        set_head(out, VAL_DURATION);
        out->as.coef = 0;
        out->as.dur = ((const Duration *)c->data)[row];
        return;
    case DS_TEXT:
    case DS_DICT8:
    case DS_DICT16:
        set_head(out, VAL_TEXT);
        out->as.coef = 0;
        out->as.text = c->store == DS_TEXT ? ((const Text *const *)c->data)[row]
                     : c->store == DS_DICT8 ? c->dict[((const uint8_t *)c->data)[row]]
                     : c->dict[((const uint16_t *)c->data)[row]];
        return;
    case DS_ENUM:
        set_head(out, VAL_ENUM);
        out->tag = ((const uint16_t *)c->data)[row];
        out->as.coef = 0;
        out->as.type = c->type;
        return;
    case DS_RAW:
        set_head(out, VAL_TEXT);
        out->as.coef = 0;
        out->as.text = (const Text *)(const void *)(c->heap + 4 * (size_t)((const uint32_t *)c->data)[row]);
        return;
    }
    out->scale = c->scale; /* the number stores */
}

/* ---- errors ----------------------------------------------------------------- */

/* Writes the current row as "row 'C0000017' (cases.csv line 18)" into
 * 'buf'; "" outside a row. */
static void row_note(const Eval *e, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (!e->has_row || e->p->input < 0) return;
    const PolicyDataset *in = &e->p->datasets[e->p->input];
    const Dataset *ds = in->data;
    char key[256];
    size_t used = 0;
    size_t row = e->note_row;
    if (in->n_keys == 0) {
        snprintf(key, sizeof key, "%zu", row + 1);
    } else {
        if (in->n_keys > 1) key[used++] = '(';
        for (uint32_t k = 0; k < in->n_keys && used + 8 < sizeof key; k++) {
            uint32_t f = in->key_fields[k];
            char one[200];
            policy_value_text(one, sizeof one, dataset_get(ds, row, f), in->field_format[f]);
            used += (size_t)snprintf(key + used, sizeof key - used, "%s%s", k ? ", " : "", one);
            if (used >= sizeof key) used = sizeof key - 1;
        }
        if (in->n_keys > 1 && used + 2 < sizeof key) key[used++] = ')';
        key[used] = '\0';
    }
    const char *file = dataset_file(ds);
    uint64_t line = dataset_line(ds, row);
    if (file && line)
        snprintf(buf, cap, "row %s (%s line %" PRIu64 ")", key, file, line);
    else
        snprintf(buf, cap, "row %s", key);
}

/* Records a runtime error at 'span' and returns false. */
COLD static bool fail_at(Eval *e, Span span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static bool fail_at(Eval *e, Span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(e->err.msg, sizeof e->err.msg, fmt, ap);
    va_end(ap);
    e->err.span = span;
    row_note(e, e->err.note, sizeof e->err.note);
    return false;
}

/* The span of IR node 'node', or SPAN_NONE for IR_NONE (a decision asked
 * for by the run driver rather than by an expression). */
static Span node_span(const Eval *e, uint32_t node)
{
    return node == IR_NONE ? SPAN_NONE : e->p->ir[node].span;
}

#define FAIL(e, node, ...) fail_at((e), node_span((e), (node)), __VA_ARGS__)

/* Writes key parts 'key' as "('A001', 2020)" (one part: without the
 * parentheses) into 'buf'. */
static char *key_text(char *buf, size_t cap, const Value *key, uint32_t n, const FormatType *const *fmt)
{
    size_t used = 0;
    buf[0] = '\0';
    if (n > 1) used += (size_t)snprintf(buf, cap, "(");
    for (uint32_t k = 0; k < n && used < cap; k++) {
        char one[200];
        policy_value_text(one, sizeof one, key[k], fmt ? fmt[k] : NULL);
        used += (size_t)snprintf(buf + used, cap - used, "%s%s", k ? ", " : "", one);
    }
    if (n > 1 && used < cap) snprintf(buf + used, cap - used, ")");
    return buf;
}

/* The error for a value that is missing where one is needed. */
COLD static bool missing(Eval *e, uint32_t node)
{
    return FAIL(e, node, "this has no value here (a payload field this case lacks, or a missing "
                         "table row); give a default with 'or'");
}

/* The error for 'x.f' on a case of x without field f. */
COLD static bool payload_missing(Eval *e, uint32_t node, const IrNode *n, Value v)
{
    const PolicyVariant *pv = e->p->variants[n->b];
    const char *field = "that field";
    for (uint32_t c = 0; c < n->n; c++) {
        uint32_t f = e->p->args[n->args + c];
        if (f) {
            field = pv->field_names[c][f - 1];
            break;
        }
    }
    if (v.kind != VAL_VARIANT || v.tag >= pv->cases.n) return FAIL(e, n->a, "expected a variant value here");
    return FAIL(e, node, "'%s' has no field '%s' (give a default with 'or')", pv->cases.members[v.tag], field);
}

/* The error for reading input field 'field' that a test does not give
 * (IR_MISSING, made by runtime/testrun.c). */
COLD static bool missing_field(Eval *e, uint32_t node, uint32_t field)
{
    const PolicyDataset *in = &e->p->datasets[e->p->input];
    const char *name = field < in->schema.n ? in->schema.fields[field].name : "?";
    if (!e->has_row)
        return FAIL(e, node, "this reads field '%s' of input '%s', but the test gives no row ('given')", name,
                    in->name);
    return FAIL(e, node, "the test gives no value for field '%s' of input '%s', which declares no default", name,
                in->name);
}

/* ---- numbers ---------------------------------------------------------------- */

static bool num_of(Eval *e, uint32_t node, Value v, Dec *out)
{
    if (v.kind == VAL_NUM) {
        *out = value_dec(v);
        return true;
    }
    if (v.kind == VAL_NONE) return missing(e, node);
    return FAIL(e, node, "expected a number here");
}

/* 'node' as a bool: bool_of's way for any node (through ev). */
static bool bool_value(Eval *e, uint32_t node, bool *out)
{
    Value v;
    if (!ev(e, node, &v)) return false;
    if (v.kind == VAL_BOOL) {
        *out = v.as.b;
        return true;
    }
    if (v.kind == VAL_NONE) return missing(e, node);
    return FAIL(e, node, "expected true or false here");
}

static bool bool_of(Eval *e, uint32_t node, bool *out);

static bool date_of(Eval *e, uint32_t node, Date *out)
{
    Value v;
    if (!ev(e, node, &v)) return false;
    if (v.kind == VAL_DATE) {
        *out = v.as.date;
        return true;
    }
    if (v.kind == VAL_NONE) return missing(e, node);
    return FAIL(e, node, "expected a date here");
}

/* Rounds 'v' (a number) to cents, half away from zero: money where it is
 * stored.  Rounding to cents never overflows a valid Dec's magnitude by
 * more than one unit, which dec_round reports. */
static bool to_cents(Eval *e, Span span, Value *v)
{
    if (v->kind != VAL_NUM || v->scale <= 2) return true;
    Dec d;
    if (!dec_round(&d, value_dec(*v), 2, DEC_ROUND_HALF_AWAY))
        return fail_at(e, span, "overflow: the amount is too large to round to cents");
    *v = value_num(d);
    return true;
}

static const char *op_symbol(int op)
{
    switch (op) {
    case IR_ADD: return "+";
    case IR_SUB: return "-";
    case IR_MUL: return "*";
    case IR_DIV: return "/";
    default: return ir_op_name(op);
    }
}

static bool arith(Eval *e, uint32_t node, const IrNode *n, Value *out)
{
    Value va, vb;
    Dec a, b, r;
    if (!ev(e, n->a, &va) || !num_of(e, n->a, va, &a)) return false;
    if (!ev(e, n->b, &vb) || !num_of(e, n->b, vb, &b)) return false;
    bool ok;
    switch (n->op) {
    case IR_ADD: ok = dec_add(&r, a, b); break;
    case IR_SUB: ok = dec_sub(&r, a, b); break;
    case IR_MUL: ok = dec_mul(&r, a, b); break;
    default:
        if (dec_is_zero(b)) return FAIL(e, n->b, "division by zero");
        ok = dec_div(&r, a, b);
        break;
    }
    if (!ok) return FAIL(e, node, "overflow: the result of '%s' is too large", op_symbol(n->op));
    set_num(out, r);
    return true;
}

/* -1/0/1 ordering of two values of one ordered kind, or 2 when they cannot
 * be ordered (after an error was recorded). */
static int order(Eval *e, uint32_t node, const IrNode *n, Value a, Value b)
{
    if (a.kind == VAL_NONE) return missing(e, n->a), 2;
    if (b.kind == VAL_NONE) return missing(e, n->b), 2;
    if (a.kind != b.kind) return FAIL(e, node, "these values cannot be compared"), 2;
    switch ((ValueKind)a.kind) {
    case VAL_NUM:
        if (a.scale == b.scale) return (a.as.coef > b.as.coef) - (a.as.coef < b.as.coef);
        return dec_cmp(value_dec(a), value_dec(b));
    case VAL_DATE: return (a.as.date.days > b.as.date.days) - (a.as.date.days < b.as.date.days);
    case VAL_DURATION: {
        DurationOrder o = duration_compare(a.as.dur, b.as.dur);
        if (o == DURATION_INCOMPARABLE) {
            char sa[DURATION_TEXT_SIZE], sb[DURATION_TEXT_SIZE];
            FAIL(e, node, "'%s' and '%s' cannot be compared: a month has no fixed number of days",
                 duration_format(a.as.dur, DATE_LANG_EN, sa), duration_format(b.as.dur, DATE_LANG_EN, sb));
            return 2;
        }
        return (int)o;
    }
    default:
        return value_compare(a, b);
    }
}

/* The boolean operators of ev_node, shared with bool_of's fast paths: each
 * evaluates its operands, puts the result in '*r' and returns false on a
 * runtime error, as ev_node's case did. */

static bool eq_node(Eval *e, const IrNode *n, bool *r)
{
    Value a, b;
    if (!ev(e, n->a, &a) || !ev(e, n->b, &b)) return false;
    bool eq;
    if (a.kind == VAL_TEXT && b.kind == VAL_TEXT) eq = a.as.text == b.as.text;
    else if (a.kind == VAL_ENUM && b.kind == VAL_ENUM) eq = a.tag == b.tag;
    else eq = value_equal(a, b);
    *r = n->op == IR_EQ ? eq : !eq;
    return true;
}

static bool cmp_node(Eval *e, uint32_t node, const IrNode *n, bool *r)
{
    Value a, b;
    if (!ev(e, n->a, &a) || !ev(e, n->b, &b)) return false;
    int o;
    if (a.kind == VAL_NUM && b.kind == VAL_NUM && a.scale == b.scale)
        o = (a.as.coef > b.as.coef) - (a.as.coef < b.as.coef);
    else if ((o = order(e, node, n, a, b)) == 2)
        return false;
    *r = n->op == IR_LT ? o < 0 : n->op == IR_LE ? o <= 0 : n->op == IR_GT ? o > 0 : o >= 0;
    return true;
}

static bool in_mask_node(Eval *e, const IrNode *n, bool *r)
{
    Value x;
    if (!ev(e, n->a, &x)) return false;
    if (x.kind != VAL_ENUM) return x.kind == VAL_NONE ? missing(e, n->a) : FAIL(e, n->a, "expected an enum member here");
    uint64_t mask = (uint64_t)e->p->consts[n->b].as.coef;
    *r = x.tag < 64 && ((mask >> x.tag) & 1u);
    return true;
}

static bool is_node(Eval *e, const IrNode *n, bool *r)
{
    Value v;
    if (!ev(e, n->a, &v)) return false;
    if (v.kind == VAL_NONE) return missing(e, n->a);
    *r = v.kind == VAL_VARIANT && v.tag == n->b;
    return true;
}

/* ---- parameters, definitions, decisions ------------------------------------- */

/* Tells the trace (eval_set_trace) what was computed or read; called only
 * when e->trace is set, so it stays out of the paths that run per row. */
COLD static void trace(Eval *e, EvalTraceKind kind, uint32_t index, int64_t entry, uint32_t node,
                       const Value *args, uint32_t n_args, Value v)
{
    EvalTraceEvent ev = {kind, index, entry, node, args, n_args, v};
    e->trace(e->trace_ctx, &ev);
}

NOINLINE static bool param(Eval *e, uint32_t node, uint32_t k, Value *out)
{
    const PolicyParam *pp = &e->p->params[k];
    if (pp->constant) {
        *out = pp->value;
        if (e->trace) trace(e, EVAL_TRACE_PARAM, k, -1, IR_NONE, NULL, 0, *out);
        return true;
    }
    uint32_t at = policy_param_at(e->p, k, e->has_date, e->date);
    if (at == IR_NONE) {
        if (!e->has_date)
            return FAIL(e, node, "parameter '%s' has no value: there is no reference date (the input "
                                 "has no 'dated by' field; give one with --on DATE)", pp->name);
        char d[DATE_TEXT_SIZE];
        return FAIL(e, node, "parameter '%s' has no value on %s", pp->name, date_format_iso(e->date, d));
    }
    if (!ev(e, at, out)) return false;
    if (e->trace) trace(e, EVAL_TRACE_PARAM, k, -1, IR_NONE, NULL, 0, *out);
    return true;
}

static bool def(Eval *e, uint32_t node, uint32_t k, Value *out)
{
    if (e->memo_gen[k] == e->gen) {
        *out = e->memo[k];
        return true;
    }
    const PolicyDef *d = &e->p->defs[k];
    if (e->busy_gen[k] == e->gen) return FAIL(e, node, "definition '%s' depends on itself", d->name);
    e->busy_gen[k] = e->gen;
    Value v;
    bool ok = ev(e, d->body, &v);
    e->busy_gen[k] = 0;
    if (!ok) return false;
    if (d->money && !to_cents(e, e->p->ir[d->body].span, &v)) return false;
    e->memo[k] = v;
    e->memo_gen[k] = e->gen;
    *out = v;
    return true;
}

NOINLINE static bool call(Eval *e, const IrNode *n, Value *out)
{
    const PolicyDef *d = &e->p->defs[n->a];
    Value small[SMALL_KEY], saved_small[SMALL_KEY];
    Value *args = small, *saved = saved_small;
    if (n->n > SMALL_KEY) {
        args = arena_alloc(&e->scratch, sizeof *args * n->n);
        saved = arena_alloc(&e->scratch, sizeof *saved * n->n);
    }
    for (uint32_t k = 0; k < n->n; k++)
        if (!ev(e, e->p->args[n->args + k], &args[k])) return false;
    for (uint32_t k = 0; k < n->n; k++) {
        saved[k] = e->locals[d->first_local + k];
        e->locals[d->first_local + k] = args[k];
    }
    bool ok = ev(e, d->body, out);
    for (uint32_t k = 0; k < n->n; k++) e->locals[d->first_local + k] = saved[k];
    if (ok && d->money) ok = to_cents(e, e->p->ir[d->body].span, out);
    if (ok && e->trace) trace(e, EVAL_TRACE_CALL, n->a, -1, (uint32_t)(n - e->p->ir), args, n->n, *out);
    return ok;
}

static bool rule_in_force(const Eval *e, const PolicyRule *r)
{
    if (r->valid_from == INT32_MIN && r->valid_until == INT32_MAX) return true;
    return e->has_date && e->date.days >= r->valid_from && e->date.days <= r->valid_until;
}

NOINLINE static bool decide(Eval *e, uint32_t node, uint32_t d, Value *out)
{
    uint32_t slot = e->p->n_defs + d;
    if (e->memo_gen[slot] == e->gen) {
        *out = e->memo[slot];
        return true;
    }
    const PolicyDecision *dec = &e->p->decisions[d];
    if (e->busy_gen[slot] == e->gen) return FAIL(e, node, "decision '%s' depends on itself", dec->name);
    e->busy_gen[slot] = e->gen;
    e->deciding++;
    int32_t chosen = -1;
    Value result = value_none();
    bool ok = true;
    for (uint32_t k = 0; k < dec->n_rules && ok; k++) {
        const PolicyRule *r = &dec->rules[k];
        if (!rule_in_force(e, r)) continue;
        bool holds = true;
        if (r->when != IR_NONE && !(ok = bool_of(e, r->when, &holds))) break;
        if (!holds) continue;
        if (r->unless != IR_NONE) {
            bool except = false;
            if (!(ok = bool_of(e, r->unless, &except))) break;
            if (except) {
                if (e->cov && e->cov->unless_held) e->cov->unless_held[d][k] = 1;
                continue;
            }
        }
        Value v;
        if (!(ok = ev(e, r->result, &v))) break;
        if (dec->money && !(ok = to_cents(e, e->p->ir[r->result].span, &v))) break;
        if (chosen < 0) {
            chosen = (int32_t)k;
            result = v;
            if (!dec->unique) break;
        } else if (!value_equal(result, v)) {
            const PolicyRule *first = &dec->rules[chosen];
            char a[200], b[200];
            policy_value_text(a, sizeof a, result, dec->format);
            policy_value_text(b, sizeof b, v, dec->format);
            ok = fail_at(e, dec->span,
                         "rules '%s'%s%s%s and '%s'%s%s%s of unique decision '%s' disagree: %s against %s",
                         first->name, first->label ? " (" : "", first->label ? first->label : "",
                         first->label ? ")" : "", r->name, r->label ? " (" : "", r->label ? r->label : "",
                         r->label ? ")" : "", dec->name, a, b);
        }
    }
    if (ok && chosen < 0) {
        if (dec->otherwise != IR_NONE) {
            ok = ev(e, dec->otherwise, &result);
            if (ok && dec->money) ok = to_cents(e, e->p->ir[dec->otherwise].span, &result);
        } else {
            char note[512];
            row_note(e, note, sizeof note);
            ok = fail_at(e, dec->span, "no rule of decision '%s' applies to %s", dec->name,
                         note[0] ? note : "this evaluation");
            e->err.note[0] = '\0';
        }
    }
    e->busy_gen[slot] = 0;
    e->deciding--;
    if (!ok) return false;
    e->memo[slot] = result;
    e->memo_gen[slot] = e->gen;
    e->rule_of[d] = chosen;
    *out = result;
    return true;
}

/* ---- tables and collections --------------------------------------------------- */

static const Dataset *data_of(Eval *e, uint32_t node, uint32_t ds)
{
    const PolicyDataset *pd = &e->p->datasets[ds];
    if (!pd->data) {
        FAIL(e, node, "%s '%s' has no rows here (it is read only when the run binds it)",
             pd->is_input ? "input" : "table", pd->name);
        return NULL;
    }
    return pd->data;
}

/* The row of dataset 'ds' as a record of its fields (scratch memory). */
static Value row_record(Eval *e, const Dataset *data, size_t row)
{
    size_t n = dataset_schema(data)->n;
    Value *f = arena_alloc(&e->scratch, sizeof *f * (n ? n : 1));
    for (size_t k = 0; k < n; k++) f[k] = dataset_get(data, row, k);
    return value_record(f, (uint32_t)n);
}

NOINLINE static bool lookup(Eval *e, uint32_t node, const IrNode *n, Value *out)
{
    const PolicyDataset *pd = &e->p->datasets[n->a];
    const Dataset *data = data_of(e, node, n->a);
    if (!data) return false;
    Value small[SMALL_KEY];
    Value *key = n->n > SMALL_KEY ? arena_alloc(&e->scratch, sizeof *key * n->n) : small;
    for (uint32_t k = 0; k < n->n; k++) {
        if (!ev(e, e->p->args[n->args + k], &key[k])) return false;
        if (key[k].kind == VAL_NONE) return missing(e, e->p->args[n->args + k]);
    }
    int64_t row = dataset_lookup(data, key);
    if (row < 0) {
        if (n->flags & IR_F_OPTIONAL) {
            *out = value_none();
            return true;
        }
        const FormatType *fmt[SMALL_KEY];
        for (uint32_t k = 0; k < n->n && k < SMALL_KEY; k++) fmt[k] = pd->field_format[pd->key_fields[k]];
        char kt[512];
        key_text(kt, sizeof kt, key, n->n, n->n <= SMALL_KEY ? fmt : NULL);
        if (e->limit_budget >= 0)
            return FAIL(e, node, "budget '%s' has no limit for %s: table '%s' has no row with that key",
                        e->p->budgets[e->limit_budget].name, kt, pd->name);
        return FAIL(e, node, "table '%s' has no row with key %s", pd->name, kt);
    }
    if (e->cov && e->cov->rows_found && e->cov->rows_found[n->a]) e->cov->rows_found[n->a][row] = 1;
    if (n->b == IR_NONE) *out = row_record(e, data, (size_t)row);
    else read_field(out, data, (size_t)row, n->b);
    return true;
}

static FieldIndex *field_index(Eval *e, uint32_t ds, uint32_t field)
{
    if (!e->fidx) e->fidx = xcalloc(e->p->n_datasets ? e->p->n_datasets : 1, sizeof *e->fidx);
    const Dataset *data = e->p->datasets[ds].data;
    size_t nf = e->p->datasets[ds].schema.n;
    if (!e->fidx[ds]) e->fidx[ds] = xcalloc(nf ? nf : 1, sizeof **e->fidx);
    if (e->fidx[ds][field]) return e->fidx[ds][field];
    FieldIndex *x = xcalloc(1, sizeof *x);
    size_t n = dataset_rows(data);
    x->mask = 15;
    while (x->mask + 1 < n * 2) x->mask = x->mask * 2 + 1;
    x->slots = xcalloc(x->mask + 1, sizeof *x->slots);
    uint32_t *group_of = xmalloc((n ? n : 1) * sizeof *group_of);
    size_t cap = 16;
    uint32_t *count = xcalloc(cap, sizeof *count);
    x->values = xmalloc(cap * sizeof *x->values);
    for (size_t row = 0; row < n; row++) {
        Value v = dataset_get(data, row, field);
        size_t s = (size_t)value_hash(v) & x->mask;
        while (x->slots[s] && !value_equal(x->values[x->slots[s] - 1], v)) s = (s + 1) & x->mask;
        if (!x->slots[s]) {
            if (x->n_groups == cap) {
                cap *= 2;
                count = xrealloc(count, cap * sizeof *count);
                x->values = xrealloc(x->values, cap * sizeof *x->values);
            }
            count[x->n_groups] = 0;
            x->values[x->n_groups] = v;
            x->slots[s] = (uint32_t)++x->n_groups;
        }
        group_of[row] = x->slots[s] - 1;
        count[group_of[row]]++;
    }
    x->start = xcalloc(x->n_groups + 1, sizeof *x->start);
    for (size_t g = 0; g < x->n_groups; g++) x->start[g + 1] = x->start[g] + count[g];
    memcpy(count, x->start, x->n_groups * sizeof *count);
    x->rows = xmalloc((n ? n : 1) * sizeof *x->rows);
    for (size_t row = 0; row < n; row++) x->rows[count[group_of[row]]++] = (uint32_t)row;
    xfree(count);
    xfree(group_of);
    e->fidx[ds][field] = x;
    return x;
}

static void field_index_free(FieldIndex *x)
{
    if (!x) return;
    xfree(x->rows);
    xfree(x->start);
    xfree(x->values);
    xfree(x->slots);
    xfree(x);
}

/* Iterates the collection of quantifier or aggregate 'n': sets the local
 * slot to each row number or element in turn and calls 'visit', which
 * returns 1 to go on, 0 to stop early and -1 on an error. */
typedef int (*Visit)(Eval *e, const IrNode *n, void *ctx);

NOINLINE static bool each(Eval *e, uint32_t node, const IrNode *n, Visit visit, void *ctx)
{
    Value saved = e->locals[n->b];
    int r = 1;
    if (n->flags & IR_Q_INDEXED) {
        const Dataset *data = data_of(e, node, n->a);
        if (!data) return false;
        if (dataset_rows(data) == 0) return true;
        Value key;
        if (!ev(e, e->p->args[n->args + n->n - 1], &key)) return false;
        FieldIndex *x = field_index(e, n->a, IR_AUX_FIELD(n->aux));
        size_t s = (size_t)value_hash(key) & x->mask;
        while (x->slots[s] && !value_equal(x->values[x->slots[s] - 1], key)) s = (s + 1) & x->mask;
        if (!x->slots[s]) return true;
        uint32_t g = x->slots[s] - 1;
        for (uint32_t k = x->start[g]; k < x->start[g + 1] && r == 1; k++) {
            e->locals[n->b] = value_int((int64_t)x->rows[k]);
            r = visit(e, n, ctx);
        }
    } else if (n->flags & IR_Q_ROWS) {
        const Dataset *data = data_of(e, node, n->a);
        if (!data) return false;
        size_t rows = dataset_rows(data);
        for (size_t row = 0; row < rows && r == 1; row++) {
            e->locals[n->b] = value_int((int64_t)row);
            r = visit(e, n, ctx);
        }
    } else {
        Value coll;
        if (!ev(e, n->a, &coll)) return false;
        if (coll.kind == VAL_NONE) return missing(e, n->a);
        if (coll.kind != VAL_SET && coll.kind != VAL_LIST) return FAIL(e, n->a, "expected a set or list here");
        for (uint32_t k = 0; k < coll.as.set->n && r == 1; k++) {
            e->locals[n->b] = coll.as.set->items[k];
            r = visit(e, n, ctx);
        }
    }
    e->locals[n->b] = saved;
    return r >= 0;
}

/* 1 when the element passes the 'where' (or there is none), 0 when not,
 * -1 on an error. */
static int passes(Eval *e, const IrNode *n)
{
    if (n->c == IR_NONE) return 1;
    bool b;
    if (!bool_of(e, n->c, &b)) return -1;
    return b;
}

typedef struct QuantCtx {
    int64_t count;  /* elements that passed */
    bool result;    /* any/all so far */
} QuantCtx;

static int visit_quant(Eval *e, const IrNode *n, void *ctx)
{
    QuantCtx *q = ctx;
    int p = passes(e, n);
    if (p < 0) return -1;
    if (n->flags & IR_Q_ANY) {
        if (p) {
            q->result = true;
            return 0;
        }
    } else if (n->flags & IR_Q_ALL) {
        if (!p) {
            q->result = false;
            return 0;
        }
    } else if (p) {
        q->count++;
    }
    return 1;
}

typedef struct AggCtx {
    Eval *e;
    uint32_t node;    /* the aggregate (for errors) */
    Dec sum;          /* IR_AGG_SUM / AVG */
    Value best;       /* IR_AGG_MIN / MAX so far */
    int64_t count;    /* elements that passed */
    Value *items;     /* IR_AGG_MEDIAN: collected values (scratch) */
    size_t n_items, cap_items;
} AggCtx;

static int visit_agg(Eval *e, const IrNode *n, void *ctxp)
{
    AggCtx *a = ctxp;
    int p = passes(e, n);
    if (p <= 0) return p;
    a->count++;
    if (IR_AUX_KIND(n->aux) == IR_AGG_COUNT) return 1;
    Value v;
    uint32_t elem = e->p->args[n->args];
    if (!ev(e, elem, &v)) return -1;
    if (v.kind == VAL_NONE) {
        missing(e, elem);
        return -1;
    }
    switch ((IrAggKind)IR_AUX_KIND(n->aux)) {
    case IR_AGG_SUM:
    case IR_AGG_AVG: {
        Dec d;
        if (!num_of(e, elem, v, &d)) return -1;
        if (dec_add(&a->sum, a->sum, d)) return 1;
        FAIL(e, a->node, "overflow: the sum is too large");
        return -1;
    }
    case IR_AGG_MIN:
    case IR_AGG_MAX: {
        if (a->count == 1) {
            a->best = v;
            return 1;
        }
        IrNode cmp = *n;
        cmp.a = elem;
        cmp.b = elem;
        int o = order(e, a->node, &cmp, v, a->best);
        if (o == 2) return -1;
        if ((IR_AUX_KIND(n->aux) == IR_AGG_MIN && o < 0) || (IR_AUX_KIND(n->aux) == IR_AGG_MAX && o > 0)) a->best = v;
        return 1;
    }
    case IR_AGG_MEDIAN:
        if (v.kind != VAL_NUM) {
            FAIL(e, elem, "expected a number here");
            return -1;
        }
        if (a->n_items == a->cap_items) {
            size_t cap = a->cap_items ? a->cap_items * 2 : 64;
            Value *items = arena_alloc(&e->scratch, sizeof *items * cap);
            if (a->n_items) memcpy(items, a->items, sizeof *items * a->n_items);
            a->items = items;
            a->cap_items = cap;
        }
        a->items[a->n_items++] = v;
        return 1;
    case IR_AGG_COUNT:
        return 1;
    }
    return 1;
}

/* Sorts 'items' by value (insertion into halves: a bottom-up merge sort
 * with a scratch buffer). */
static void sort_values(Eval *e, Value *items, size_t n)
{
    if (n < 2) return;
    Value *tmp = arena_alloc(&e->scratch, sizeof *tmp * n);
    for (size_t width = 1; width < n; width *= 2) {
        for (size_t lo = 0; lo < n; lo += 2 * width) {
            size_t mid = lo + width < n ? lo + width : n;
            size_t hi = lo + 2 * width < n ? lo + 2 * width : n;
            size_t i = lo, j = mid, k = lo;
            while (i < mid && j < hi) tmp[k++] = value_compare(items[i], items[j]) <= 0 ? items[i++] : items[j++];
            while (i < mid) tmp[k++] = items[i++];
            while (j < hi) tmp[k++] = items[j++];
        }
        memcpy(items, tmp, sizeof *items * n);
    }
}

NOINLINE static bool aggregate(Eval *e, uint32_t node, const IrNode *n, Value *out)
{
    AggCtx a = {e, node, dec_from_int(0), value_none(), 0, NULL, 0, 0};
    if (!each(e, node, n, visit_agg, &a)) return false;
    static const char *const what[] = {"sum", "minimum", "maximum", "average", "median", "count"};
    if (IR_AUX_KIND(n->aux) == IR_AGG_SUM) {
        set_num(out, a.sum);
        return true;
    }
    if (IR_AUX_KIND(n->aux) == IR_AGG_COUNT) {
        set_int(out, a.count);
        return true;
    }
    if (a.count == 0) {
        if (n->flags & IR_F_OPTIONAL) {
            *out = value_none();
            return true;
        }
        return FAIL(e, node, "the %s of no elements has no value", what[IR_AUX_KIND(n->aux)]);
    }
    switch ((IrAggKind)IR_AUX_KIND(n->aux)) {
    case IR_AGG_MIN:
    case IR_AGG_MAX:
        *out = a.best;
        return true;
    case IR_AGG_AVG: {
        Dec r;
        if (!dec_div(&r, a.sum, dec_from_int(a.count))) return FAIL(e, node, "overflow: the average is too large");
        set_num(out, r);
        return true;
    }
    case IR_AGG_MEDIAN: {
        sort_values(e, a.items, a.n_items);
        size_t mid = a.n_items / 2;
        if (a.n_items % 2) {
            *out = a.items[mid];
            return true;
        }
        Dec s, r;
        if (!dec_add(&s, value_dec(a.items[mid - 1]), value_dec(a.items[mid])) ||
            !dec_div(&r, s, dec_from_int(2)))
            return FAIL(e, node, "overflow: the median is too large");
        set_num(out, r);
        return true;
    }
    default:
        return true;
    }
}

/* Builds the set of the 'n' values at 'items' (sorted, duplicates dropped)
 * in scratch memory. */
static Value make_set(Eval *e, Value *items, uint32_t n)
{
    sort_values(e, items, n);
    ValueSeq *s = arena_alloc(&e->scratch, sizeof *s + sizeof s->items[0] * (n ? n : 1));
    uint32_t m = 0;
    for (uint32_t k = 0; k < n; k++)
        if (m == 0 || !value_equal(s->items[m - 1], items[k])) s->items[m++] = items[k];
    s->n = m;
    return value_set(s);
}

static bool seq_contains(Value seq, Value x)
{
    const ValueSeq *s = seq.as.set;
    if (seq.kind == VAL_SET && s->n > 8) {
        uint32_t lo = 0, hi = s->n;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            int c = value_compare(s->items[mid], x);
            if (c == 0) return true;
            if (c < 0) lo = mid + 1;
            else hi = mid;
        }
        return false;
    }
    return value_seq_contains(s, x);
}

/* ---- budgets ------------------------------------------------------------------- */

COLD static bool no_ledgers(Eval *e, uint32_t node)
{
    return FAIL(e, node, "budgets are only kept while 'grip run' runs the policy's rows");
}

/* Makes sure entry 'idx' of budget 'b' has its limit, computing it with the
 * entry's key as the key parts.  'span' is where the need arose. */
static bool ensure_limit(Eval *e, uint32_t b, int64_t idx)
{
    Ledger *l = &e->ledgers->items[b];
    if (l->entries[idx].limit_known) return true;
    const PolicyBudget *pb = &e->p->budgets[b];
    const Value *saved_keys = e->keyparts;
    int32_t saved_budget = e->limit_budget;
    e->keyparts = l->entries[idx].key;
    e->limit_budget = (int32_t)b;
    Value v;
    bool ok = ev(e, pb->limit, &v);
    e->keyparts = saved_keys;
    e->limit_budget = saved_budget;
    if (!ok) return false;
    LedgerEntry *le = &l->entries[idx];
    char kt[512];
    if (v.kind == VAL_NONE)
        return fail_at(e, pb->limit_span, "budget '%s' has no limit for %s", pb->name,
                       key_text(kt, sizeof kt, le->key, pb->n_per, pb->key_format));
    Dec d;
    if (!num_of(e, pb->limit, v, &d)) return false;
    if (dec_sign(d) < 0) {
        char amount[DEC_FORMAT_MAX];
        dec_format(amount, sizeof amount, d, DEC_STYLE_PLAIN, 2);
        return fail_at(e, pb->limit_span, "the limit of budget '%s' for %s is negative (%s)", pb->name,
                       key_text(kt, sizeof kt, le->key, pb->n_per, pb->key_format), amount);
    }
    le->limit = d;
    le->limit_known = true;
    return true;
}

/* The ledger entry of budget 'b' for the 'n' key values at 'key', made
 * and given its limit if new; -1 after an error. */
static int64_t entry_for(Eval *e, uint32_t b, const Value *key)
{
    int64_t idx = ledger_get(&e->ledgers->items[b], key, true, NULL);
    if (!ensure_limit(e, b, idx)) return -1;
    return idx;
}

/* The current row's own entry of budget 'b' (its 'per' values), once per
 * row; -1 after an error. */
static int64_t own_entry(Eval *e, uint32_t node, uint32_t b)
{
    if (e->own_gen[b] == e->gen) return e->own_entry[b];
    const PolicyBudget *pb = &e->p->budgets[b];
    if (!e->has_row) return FAIL(e, node, "remaining(%s) needs a row: its key is computed from the row", pb->name), -1;
    Value small[SMALL_KEY];
    Value *key = pb->n_per > SMALL_KEY ? arena_alloc(&e->scratch, sizeof *key * pb->n_per) : small;
    for (uint32_t k = 0; k < pb->n_per; k++) {
        if (!ev(e, pb->per[k], &key[k])) return -1;
        if (key[k].kind == VAL_NONE) return missing(e, pb->per[k]), -1;
    }
    int64_t idx = entry_for(e, b, key);
    if (idx < 0) return -1;
    e->own_entry[b] = idx;
    e->own_gen[b] = e->gen;
    return idx;
}

/* remaining(b) or remaining(b[k..]) (IR node 'node', 'n') into '*out';
 * '*entry' gets the ledger entry read. */
NOINLINE static bool remaining(Eval *e, uint32_t node, const IrNode *n, Value *out, int64_t *entry)
{
    if (!e->ledgers) return no_ledgers(e, node);
    int64_t idx;
    if (n->n == 0) {
        idx = own_entry(e, node, n->a);
    } else {
        Value small[SMALL_KEY];
        Value *key = n->n > SMALL_KEY ? arena_alloc(&e->scratch, sizeof *key * n->n) : small;
        for (uint32_t k = 0; k < n->n; k++) {
            if (!ev(e, e->p->args[n->args + k], &key[k])) return false;
            if (key[k].kind == VAL_NONE) return missing(e, e->p->args[n->args + k]);
        }
        idx = entry_for(e, n->a, key);
    }
    if (idx < 0) return false;
    Dec r;
    if (!ledger_remaining(&e->ledgers->items[n->a].entries[idx], &r))
        return FAIL(e, node, "overflow: the remainder of budget '%s' is too large", e->p->budgets[n->a].name);
    set_num(out, r);
    if (e->trace) trace(e, EVAL_TRACE_REMAINING, n->a, idx, IR_NONE, NULL, 0, *out);
    *entry = idx;
    return true;
}

/* Notes that a budget test found entry 'idx' of budget 'b' short of
 * 'amount' on this row (eval_book_charges decides what that means once it
 * knows what the row was charged).  For the row's own entry the smallest
 * such amount is kept; for another entry the first (it may still turn out
 * to have the row's own key). */
static void note_short(Eval *e, uint32_t b, int64_t idx, Dec amount)
{
    if (e->own_gen[b] == e->gen && e->own_entry[b] == idx) {
        if (e->short_own_gen[b] != e->gen || dec_cmp(amount, e->short_own_amount[b]) < 0)
            e->short_own_amount[b] = amount;
        e->short_own_gen[b] = e->gen;
    } else if (e->short_gen[b] != e->gen) {
        e->short_gen[b] = e->gen;
        e->short_idx[b] = idx;
        e->short_amount[b] = amount;
    }
}

/* A budget test (IR_BUDGET_CMP): remaining(b) compared with an amount,
 * evaluated like the comparison it is (operands left to right).  When it
 * comes out "not enough" while a decision is being decided, the account
 * read is noted: 'remaining(b) < x' or '<=' that holds, 'remaining(b) >= x'
 * or '>' that does not, and the same with the sides swapped. */
NOINLINE static bool budget_cmp(Eval *e, uint32_t node, const IrNode *n, Value *out)
{
    bool rem_right = (n->flags & IR_F_REM_RIGHT) != 0;
    const IrNode *rn = &e->p->ir[rem_right ? n->b : n->a];
    Value a, b;
    int64_t idx = -1;
    if (rem_right ? !ev(e, n->a, &a) : !remaining(e, n->a, rn, &a, &idx)) return false;
    if (rem_right ? !remaining(e, n->b, rn, &b, &idx) : !ev(e, n->b, &b)) return false;
    int o = order(e, node, n, a, b);
    if (o == 2) return false;
    bool r = n->c == IR_LT ? o < 0 : n->c == IR_LE ? o <= 0 : n->c == IR_GT ? o > 0 : o >= 0;
    bool less = n->c == IR_LT || n->c == IR_LE; /* true means a is the smaller */
    bool short_ = rem_right ? (less ? !r : r) : (less ? r : !r);
    Value x = rem_right ? a : b;
    if (short_ && e->deciding && idx >= 0 && x.kind == VAL_NUM) note_short(e, rn->a, idx, value_dec(x));
    set_bool(out, r);
    return true;
}

/* ---- the walk ---------------------------------------------------------------------- */

COLD static bool too_deep(Eval *e, uint32_t node)
{
    return FAIL(e, node, "evaluation nested too deeply (more than %d levels of expressions, definitions "
                         "and calls)", GRIP_MAX_EVAL_DEPTH);
}

static bool ev_node(Eval *e, uint32_t node, Value *out);

/* Evaluates 'node', counting the nesting (GRIP_MAX_EVAL_DEPTH).  The
 * leaves most nodes have as operands (constants, fields of the row,
 * definitions already computed for the row) are read here, at the caller,
 * without a dispatch. */
static inline bool ev(Eval *e, uint32_t node, Value *out)
{
    const IrNode *n = &e->p->ir[node];
    switch ((IrOp)n->op) {
    case IR_CONST:
        *out = e->p->consts[n->a];
        return true;
    case IR_FIELD:
        if (!e->has_row) break;
        read_field(out, e->in, e->row, n->a);
        return true;
    case IR_DEF:
        if (e->memo_gen[n->a] != e->gen) break;
        *out = e->memo[n->a];
        return true;
    case IR_DECISION: { /* decided already for this row (output columns read it often) */
        uint32_t slot = e->p->n_defs + n->a;
        if (e->memo_gen[slot] != e->gen) break;
        *out = e->memo[slot];
        return true;
    }
    default:
        break;
    }
    if (e->depth >= GRIP_MAX_EVAL_DEPTH) return too_deep(e, node);
    e->depth++;
    bool ok = ev_node(e, node, out);
    e->depth--;
    return ok;
}

static bool ev_node(Eval *e, uint32_t node, Value *out)
{
    const Policy *p = e->p;
    const IrNode *n = &p->ir[node];
    switch ((IrOp)n->op) {
    case IR_CONST:
        *out = p->consts[n->a];
        return true;
    case IR_FIELD:
        if (!e->has_row) return FAIL(e, node, "a field of the input needs a row");
        read_field(out, e->in, e->row, n->a);
        return true;
    case IR_ROW_FIELD: {
        const Dataset *data = p->datasets[n->b].data;
        size_t row = (size_t)e->locals[n->a].as.coef;
        if (n->c == IR_NONE) *out = row_record(e, data, row);
        else read_field(out, data, row, n->c);
        return true;
    }
    case IR_LOCAL:
        *out = e->locals[n->a];
        return true;
    case IR_DEF: return def(e, node, n->a, out);
    case IR_DECISION: return decide(e, node, n->a, out);
    case IR_PARAM: return param(e, node, n->a, out);
    case IR_KEY:
        if (!e->keyparts) return FAIL(e, node, "a budget key part outside the budget's limit");
        *out = e->keyparts[n->a];
        return true;
    case IR_CALL: return call(e, n, out);
    case IR_CONSTRUCT: {
        const PolicyVariant *pv = p->variants[n->a];
        Value *f = NULL;
        if (n->n) {
            f = arena_alloc(&e->scratch, sizeof *f * n->n);
            const FormatType *payload = pv->format.parts ? pv->format.parts[n->b] : NULL;
            for (uint32_t k = 0; k < n->n; k++) {
                uint32_t arg = p->args[n->args + k];
                if (!ev(e, arg, &f[k])) return false;
                const FormatType *ft = payload && payload->parts ? payload->parts[k] : NULL;
                if (ft && ft->shape == FORMAT_SCALAR && ft->type == FT_MONEY && !to_cents(e, p->ir[arg].span, &f[k]))
                    return false;
            }
        }
        *out = value_variant((uint16_t)n->b, f, n->n);
        return true;
    }
    case IR_SET: {
        Value *items = arena_alloc(&e->scratch, sizeof *items * (n->n ? n->n : 1));
        for (uint32_t k = 0; k < n->n; k++)
            if (!ev(e, p->args[n->args + k], &items[k])) return false;
        *out = make_set(e, items, n->n);
        return true;
    }
    case IR_RECORD: {
        Value *f = arena_alloc(&e->scratch, sizeof *f * (n->n ? n->n : 1));
        for (uint32_t k = 0; k < n->n; k++)
            if (!ev(e, p->args[n->args + k], &f[k])) return false;
        *out = value_record(f, n->n);
        return true;
    }
    case IR_NEG: {
        Value v;
        Dec d;
        if (!ev(e, n->a, &v) || !num_of(e, n->a, v, &d)) return false;
        set_num(out, dec_neg(d));
        return true;
    }
    case IR_NOT: {
        bool b;
        if (!bool_of(e, n->a, &b)) return false;
        set_bool(out, !b);
        return true;
    }
    case IR_ADD:
    case IR_SUB:
    case IR_MUL:
    case IR_DIV:
        return arith(e, node, n, out);
    case IR_DATE_ADD:
    case IR_DATE_SUB: {
        Date d;
        Value v;
        if (!date_of(e, n->a, &d) || !ev(e, n->b, &v)) return false;
        if (v.kind != VAL_DURATION) return v.kind == VAL_NONE ? missing(e, n->b) : FAIL(e, n->b, "expected a duration here");
        Duration dur = n->op == IR_DATE_SUB ? duration_negate(v.as.dur) : v.as.dur;
        bool ok;
        Date r = date_add_duration(d, dur, &ok);
        if (!ok) return FAIL(e, node, "the date falls outside 0001-01-01 .. 9999-12-31");
        set_date(out, r);
        return true;
    }
    case IR_DUR_ADD:
    case IR_DUR_SUB: {
        Value a, b;
        if (!ev(e, n->a, &a) || !ev(e, n->b, &b)) return false;
        if (a.kind != VAL_DURATION) return a.kind == VAL_NONE ? missing(e, n->a) : FAIL(e, n->a, "expected a duration here");
        if (b.kind != VAL_DURATION) return b.kind == VAL_NONE ? missing(e, n->b) : FAIL(e, n->b, "expected a duration here");
        Duration r;
        if (!duration_add(&r, a.as.dur, n->op == IR_DUR_SUB ? duration_negate(b.as.dur) : b.as.dur))
            return FAIL(e, node, "overflow: the duration is too long");
        *out = value_duration(r);
        return true;
    }
    case IR_DUR_NEG: {
        Value a;
        if (!ev(e, n->a, &a)) return false;
        if (a.kind != VAL_DURATION) return a.kind == VAL_NONE ? missing(e, n->a) : FAIL(e, n->a, "expected a duration here");
        *out = value_duration(duration_negate(a.as.dur));
        return true;
    }
    case IR_EQ:
    case IR_NE: {
        bool r;
        if (!eq_node(e, n, &r)) return false;
        set_bool(out, r);
        return true;
    }
    case IR_LT:
    case IR_LE:
    case IR_GT:
    case IR_GE: {
        bool r;
        if (!cmp_node(e, node, n, &r)) return false;
        set_bool(out, r);
        return true;
    }
    case IR_AND:
    case IR_OR: {
        bool a;
        if (!bool_of(e, n->a, &a)) return false;
        if (n->op == IR_AND ? !a : a) {
            set_bool(out, a);
            return true;
        }
        bool b;
        if (!bool_of(e, n->b, &b)) return false;
        set_bool(out, b);
        return true;
    }
    case IR_DEFAULT:
        if (!ev(e, n->a, out)) return false;
        if (out->kind != VAL_NONE) return true;
        return ev(e, n->b, out);
    case IR_IF: {
        bool c;
        if (!bool_of(e, n->a, &c)) return false;
        return ev(e, c ? n->b : n->c, out);
    }
    case IR_IN: {
        Value x, s;
        if (!ev(e, n->a, &x) || !ev(e, n->b, &s)) return false;
        if (x.kind == VAL_NONE) return missing(e, n->a);
        if (s.kind != VAL_SET && s.kind != VAL_LIST) return s.kind == VAL_NONE ? missing(e, n->b) : FAIL(e, n->b, "expected a set or list here");
        set_bool(out, seq_contains(s, x));
        return true;
    }
    case IR_IN_MASK: {
        bool r;
        if (!in_mask_node(e, n, &r)) return false;
        set_bool(out, r);
        return true;
    }
    case IR_IS: {
        bool r;
        if (!is_node(e, n, &r)) return false;
        set_bool(out, r);
        return true;
    }
    case IR_VARIANT_OF: {
        Value v;
        if (!ev(e, n->a, &v)) return false;
        if (v.kind == VAL_NONE) return missing(e, n->a);
        const PolicyVariant *pv = p->variants[n->b];
        if (v.kind != VAL_VARIANT || v.tag >= pv->cases.n) return FAIL(e, n->a, "expected a variant value here");
        *out = value_text(pv->case_texts[v.tag]);
        return true;
    }
    case IR_PAYLOAD: {
        Value v;
        if (!ev(e, n->a, &v)) return false;
        if (v.kind == VAL_NONE) {
            if (n->flags & IR_F_OPTIONAL) return (*out = v, true);
            return missing(e, n->a);
        }
        uint32_t field = v.kind == VAL_VARIANT && v.tag < n->n ? p->args[n->args + v.tag] : 0;
        if (field == 0 || field > v.aux) {
            if (n->flags & IR_F_OPTIONAL) return (*out = value_none(), true);
            return payload_missing(e, node, n, v);
        }
        *out = v.as.fields[field - 1];
        return true;
    }
    case IR_REC_FIELD: {
        Value v;
        if (!ev(e, n->a, &v)) return false;
        if (v.kind == VAL_NONE) {
            if (n->flags & IR_F_OPTIONAL) return (*out = v, true);
            return missing(e, n->a);
        }
        if (v.kind != VAL_RECORD || n->b >= v.aux) return FAIL(e, n->a, "expected a record here");
        *out = v.as.fields[n->b];
        return true;
    }
    case IR_LOOKUP: return lookup(e, node, n, out);
    case IR_QUANT: {
        QuantCtx q = {0, (n->flags & IR_Q_ALL) != 0};
        if (!each(e, node, n, visit_quant, &q)) return false;
        *out = (n->flags & IR_Q_COUNT) ? value_int(q.count) : value_bool(q.result);
        return true;
    }
    case IR_AGG: return aggregate(e, node, n, out);
    case IR_ROUND: {
        Value v;
        Dec d, r;
        if (!ev(e, n->a, &v) || !num_of(e, n->a, v, &d)) return false;
        int64_t places = (n->flags & IR_F_MONEY) ? 2 : 0;
        if (n->b != IR_NONE) {
            Value pv;
            Dec pd;
            if (!ev(e, n->b, &pv) || !num_of(e, n->b, pv, &pd)) return false;
            if (!dec_to_int(&places, pd) || places < -38 || places > DEC_MAX_SCALE) {
                char t[64];
                return FAIL(e, n->b, "round to %s places: the places must be a whole number from -38 to %d",
                            policy_value_text(t, sizeof t, pv, NULL), DEC_MAX_SCALE);
            }
        }
        if (!dec_round(&r, d, (int)places, (DecRound)n->c)) return FAIL(e, node, "overflow: the rounded value is too large");
        set_num(out, r);
        return true;
    }
    case IR_ABS: {
        Value v;
        Dec d;
        if (!ev(e, n->a, &v) || !num_of(e, n->a, v, &d)) return false;
        set_num(out, dec_abs(d));
        return true;
    }
    case IR_MIN2:
    case IR_MAX2: {
        Value best = value_none();
        for (uint32_t k = 0; k < n->n; k++) {
            uint32_t arg = p->args[n->args + k];
            Value v;
            if (!ev(e, arg, &v)) return false;
            if (k == 0) {
                best = v;
                if (v.kind == VAL_NONE) return missing(e, arg);
                continue;
            }
            IrNode cmp = *n;
            cmp.a = arg;
            cmp.b = p->args[n->args];
            int o = order(e, node, &cmp, v, best);
            if (o == 2) return false;
            if ((n->op == IR_MIN2 && o < 0) || (n->op == IR_MAX2 && o > 0)) best = v;
        }
        *out = best;
        return true;
    }
    case IR_YEARS_BETWEEN:
    case IR_MONTHS_BETWEEN:
    case IR_DAYS_BETWEEN: {
        Date a, b;
        if (!date_of(e, n->a, &a) || !date_of(e, n->b, &b)) return false;
        int64_t r = n->op == IR_YEARS_BETWEEN ? date_years_between(a, b)
                  : n->op == IR_MONTHS_BETWEEN ? date_months_between(a, b)
                  : date_days_between(a, b);
        set_int(out, r);
        return true;
    }
    case IR_DATE_PART: {
        Date d;
        if (!date_of(e, n->a, &d)) return false;
        int r;
        switch ((IrDatePart)n->b) {
        case IR_PART_YEAR: r = date_year(d); break;
        case IR_PART_MONTH: r = date_month(d); break;
        case IR_PART_DAY: r = date_day(d); break;
        case IR_PART_QUARTER: r = date_quarter(d); break;
        default: r = date_half_year(d); break;
        }
        set_int(out, r);
        return true;
    }
    case IR_REMAINING: {
        int64_t idx;
        return remaining(e, node, n, out, &idx);
    }
    case IR_BUDGET_CMP: return budget_cmp(e, node, n, out);
    case IR_RULE_LABEL: {
        Value v;
        if (!decide(e, node, n->a, &v)) return false;
        const PolicyDecision *dec = &p->decisions[n->a];
        int32_t r = e->rule_of[n->a];
        *out = value_text(r < 0 ? dec->otherwise_text : n->b ? dec->rules[r].name_text : dec->rules[r].label_text);
        return true;
    }
    case IR_DETAIL: {
        Value v;
        if (!ev(e, n->a, &v)) return false;
        if (v.kind != VAL_VARIANT || v.aux == 0) *out = value_none();
        else if (v.aux == 1) *out = v.as.fields[0];
        else *out = value_record(v.as.fields, v.aux);
        return true;
    }
    case IR_MISSING: return missing_field(e, node, n->a);
    case IR_OP_COUNT:
        break;
    }
    return FAIL(e, node, "internal error: unknown IR operation %d", n->op);
}

/* 'node' as a bool: a condition of a rule, a charge or an operator.  The
 * common condition nodes are evaluated here without building a Value and
 * without a pass through ev_node (a bool field read from its byte, not,
 * and, or, comparisons, 'in' of a constant set, 'is'), counting the
 * nesting as ev does; anything else, and every error, goes the general
 * way (bool_value). */
static bool bool_of(Eval *e, uint32_t node, bool *out)
{
    const IrNode *n = &e->p->ir[node];
    bool ok, r = false;
    switch ((IrOp)n->op) {
    case IR_FIELD:
        if (e->has_row && e->in->cols[n->a].store == DS_BOOL) {
            *out = ((const uint8_t *)e->in->cols[n->a].data)[e->row] != 0;
            return true;
        }
        return bool_value(e, node, out);
    case IR_NOT: case IR_AND: case IR_OR: case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT:
    case IR_GE: case IR_IN_MASK: case IR_IS:
        break;
    default:
        return bool_value(e, node, out);
    }
    if (e->depth >= GRIP_MAX_EVAL_DEPTH) return too_deep(e, node);
    e->depth++;
    switch ((IrOp)n->op) {
    case IR_NOT:
        ok = bool_of(e, n->a, &r);
        r = ok && !r;
        break;
    case IR_AND:
    case IR_OR:
        ok = bool_of(e, n->a, &r);
        if (ok && (n->op == IR_AND ? r : !r)) ok = bool_of(e, n->b, &r);
        break;
    case IR_EQ:
    case IR_NE: ok = eq_node(e, n, &r); break;
    case IR_IN_MASK: ok = in_mask_node(e, n, &r); break;
    case IR_IS: ok = is_node(e, n, &r); break;
    default: ok = cmp_node(e, node, n, &r); break;
    }
    e->depth--;
    if (ok) *out = r;
    return ok;
}

/* ---- the public interface ------------------------------------------------------------- */

Eval *eval_new(const Policy *p, Ledgers *ledgers)
{
    Eval *e = xcalloc(1, sizeof *e);
    e->p = p;
    e->ledgers = ledgers;
    arena_init(&e->scratch);
    e->n_slots = p->n_defs + p->n_decisions;
    size_t slots = e->n_slots ? e->n_slots : 1;
    e->memo = xcalloc(slots, sizeof *e->memo);
    e->memo_gen = xcalloc(slots, sizeof *e->memo_gen);
    e->busy_gen = xcalloc(slots, sizeof *e->busy_gen);
    e->rule_of = xcalloc(p->n_decisions ? p->n_decisions : 1, sizeof *e->rule_of);
    e->locals = xcalloc(p->n_locals ? p->n_locals : 1, sizeof *e->locals);
    size_t nb = p->n_budgets ? p->n_budgets : 1;
    e->own_entry = xcalloc(nb, sizeof *e->own_entry);
    e->own_gen = xcalloc(nb, sizeof *e->own_gen);
    e->short_own_gen = xcalloc(nb, sizeof *e->short_own_gen);
    e->short_gen = xcalloc(nb, sizeof *e->short_gen);
    e->short_idx = xcalloc(nb, sizeof *e->short_idx);
    e->short_own_amount = xcalloc(nb, sizeof *e->short_own_amount);
    e->short_amount = xcalloc(nb, sizeof *e->short_amount);
    e->limit_budget = -1;
    e->gen = 1;
    e->err.span = SPAN_NONE;
    return e;
}

void eval_free(Eval *e)
{
    if (!e) return;
    arena_free(&e->scratch);
    xfree(e->memo);
    xfree(e->memo_gen);
    xfree(e->busy_gen);
    xfree(e->rule_of);
    xfree(e->locals);
    xfree(e->own_entry);
    xfree(e->own_gen);
    xfree(e->short_own_gen);
    xfree(e->short_gen);
    xfree(e->short_idx);
    xfree(e->short_own_amount);
    xfree(e->short_amount);
    for (uint32_t d = 0; e->fidx && d < e->p->n_datasets; d++) {
        for (size_t f = 0; e->fidx[d] && f < e->p->datasets[d].schema.n; f++) field_index_free(e->fidx[d][f]);
        xfree(e->fidx[d]);
    }
    xfree(e->fidx);
    xfree(e);
}

/* Advances the generation; on the (theoretical) wrap after 2^32 - 1 rows
 * every stamp is cleared so no stale slot can match. */
static void next_gen(Eval *e)
{
    if (++e->gen == 0) {
        memset(e->memo_gen, 0, sizeof *e->memo_gen * (e->n_slots ? e->n_slots : 1));
        memset(e->busy_gen, 0, sizeof *e->busy_gen * (e->n_slots ? e->n_slots : 1));
        size_t nb = e->p->n_budgets ? e->p->n_budgets : 1;
        memset(e->own_gen, 0, sizeof *e->own_gen * nb);
        memset(e->short_own_gen, 0, sizeof *e->short_own_gen * nb);
        memset(e->short_gen, 0, sizeof *e->short_gen * nb);
        e->gen = 1;
    }
}

void eval_set_view(Eval *e, const Dataset *view, const uint32_t *rows)
{
    e->view = view;
    e->view_rows = view ? rows : NULL;
}

void eval_set_row(Eval *e, size_t row)
{
    const Policy *p = e->p;
    next_gen(e);
    if (e->scratch.total) arena_reset(&e->scratch);
    e->has_row = true;
    e->in = e->view ? e->view : p->datasets[p->input].data;
    e->row = row;
    e->note_row = e->view ? e->view_rows[row] : row;
    e->depth = 0;
    e->deciding = 0;
    if (p->fixed_date) {
        e->has_date = true;
        e->date = p->on;
    } else {
        int32_t f = p->datasets[p->input].schema.date_field;
        e->has_date = f >= 0;
        if (f >= 0) {
            Value d;
            read_field(&d, e->in, row, (size_t)f);
            e->date = d.as.date;
        }
    }
}

void eval_set_local(Eval *e, uint32_t slot, Value v)
{
    if (slot < e->p->n_locals) e->locals[slot] = v;
}

void eval_set_no_row(Eval *e, bool has_date, Date date)
{
    next_gen(e);
    arena_reset(&e->scratch);
    e->has_row = false;
    e->has_date = has_date;
    e->date = date;
    e->depth = 0;
    e->deciding = 0;
}

bool eval_decision(Eval *e, uint32_t d, Value *out)
{
    return decide(e, IR_NONE, d, out);
}

bool eval_replay_decision(Eval *e, uint32_t d, int32_t rule, Value *out)
{
    uint32_t slot = e->p->n_defs + d;
    if (e->memo_gen[slot] == e->gen) {
        *out = e->memo[slot];
        return true;
    }
    const PolicyDecision *dec = &e->p->decisions[d];
    uint32_t expr = rule < 0 ? dec->otherwise : dec->rules[rule].result;
    if (expr == IR_NONE || (rule >= 0 && (uint32_t)rule >= dec->n_rules))
        return fail_at(e, dec->span, "internal error: decision '%s' has no rule %d to replay", dec->name, rule);
    if (!ev(e, expr, out)) return false;
    if (dec->money && !to_cents(e, e->p->ir[expr].span, out)) return false;
    e->memo[slot] = *out;
    e->memo_gen[slot] = e->gen;
    e->rule_of[d] = rule;
    return true;
}

int32_t eval_deciding_rule(const Eval *e, uint32_t d)
{
    return e->rule_of[d];
}

bool eval_node(Eval *e, uint32_t node, Value *out)
{
    return ev(e, node, out);
}

/* True when entry 'idx' of budget 'b' has the current row's own key: the
 * row's entry when known, else its 'per' values compared with the entry's
 * key (nothing is created; a key the row cannot compute is not its own). */
static bool is_own_entry(Eval *e, uint32_t b, int64_t idx)
{
    if (e->own_gen[b] == e->gen) return e->own_entry[b] == idx;
    const PolicyBudget *pb = &e->p->budgets[b];
    const LedgerEntry *le = &e->ledgers->items[b].entries[idx];
    EvalError saved = e->err;
    bool same = true;
    for (uint32_t k = 0; k < pb->n_per && same; k++) {
        Value v;
        same = ev(e, pb->per[k], &v) && value_equal(v, le->key[k]);
    }
    e->err = saved;
    return same;
}

/* Records that entry 'le' ran out on the current row, unless it already did. */
static void ran_out(const Eval *e, LedgerEntry *le)
{
    if (le->ran_out) return;
    le->ran_out = true;
    le->ran_out_dated = e->has_date;
    le->ran_out_date = e->date;
}

bool eval_book_charges(Eval *e)
{
    const Policy *p = e->p;
    if (!e->ledgers) return true;
    for (uint32_t b = 0; b < p->n_budgets; b++) {
        const PolicyBudget *pb = &p->budgets[b];
        Ledger *l = &e->ledgers->items[b];
        bool charged = false;
        Dec row_total = dec_from_cents(0); /* what this row was charged */
        for (uint32_t c = 0; c < pb->n_charges; c++) {
            const PolicyCharge *pc = &pb->charges[c];
            bool holds = true;
            if (pc->when != IR_NONE && !bool_of(e, pc->when, &holds)) return false;
            if (!holds) continue;
            Value v;
            Dec amount;
            if (!ev(e, pc->amount, &v) || !num_of(e, pc->amount, v, &amount)) return false;
            if (!to_cents(e, pc->span, &v)) return false;
            amount = value_dec(v);
            int64_t idx = own_entry(e, pc->amount, b);
            if (idx < 0) return false;
            LedgerEntry *le = &l->entries[idx];
            if (!ledger_charge(le, amount))
                return fail_at(e, pc->span, "overflow: the charges to budget '%s' are too large", pb->name);
            charged = true;
            if (l->trace) ledger_note_booking(l, (size_t)idx, e->has_date, e->date);
            dec_add(&row_total, row_total, amount); /* bounded by the ledger's own check */
            Dec rem;
            if (ledger_remaining(le, &rem) && dec_sign(rem) <= 0) ran_out(e, le);
        }
        /* a budget test found the row's own entry short of an amount: the
         * row was refused for it when it was charged nothing or less than
         * that amount (a handling fee), else charged by an exception */
        int64_t tested = -1;
        Dec need = dec_from_cents(0);
        if (e->short_own_gen[b] == e->gen) {
            tested = e->own_entry[b];
            need = e->short_own_amount[b];
        } else if (e->short_gen[b] == e->gen && is_own_entry(e, b, e->short_idx[b])) {
            tested = e->short_idx[b];
            need = e->short_amount[b];
        }
        if (tested >= 0) {
            LedgerEntry *le = &l->entries[tested];
            if (charged && dec_sign(row_total) > 0 && dec_cmp(row_total, need) >= 0) {
                le->by_exception++;
            } else {
                le->refused++;
                ran_out(e, le);
            }
        }
        if (charged) l->entries[e->own_entry[b]].grants++;
    }
    return true;
}

bool eval_settle_limits(Eval *e)
{
    if (!e->ledgers) return true;
    eval_set_no_row(e, e->p->fixed_date, e->p->on);
    for (uint32_t b = 0; b < e->ledgers->n; b++) {
        Ledger *l = &e->ledgers->items[b];
        for (size_t k = 0; k < l->n; k++)
            if (!ensure_limit(e, b, (int64_t)k)) return false;
    }
    return true;
}

void eval_set_coverage(Eval *e, EvalCoverage *cov)
{
    e->cov = cov;
}

void eval_set_trace(Eval *e, EvalTraceFn fn, void *ctx)
{
    e->trace = fn;
    e->trace_ctx = ctx;
}

bool eval_def_memo(const Eval *e, uint32_t def, Value *out)
{
    if (def >= e->p->n_defs || e->memo_gen[def] != e->gen) return false;
    *out = e->memo[def];
    return true;
}

bool eval_remaining(Eval *e, uint32_t budget, const Value *key, int64_t *entry, Dec *out)
{
    if (!e->ledgers) return no_ledgers(e, IR_NONE);
    int64_t idx = entry_for(e, budget, key);
    if (idx < 0) return false;
    if (!ledger_remaining(&e->ledgers->items[budget].entries[idx], out))
        return fail_at(e, e->p->budgets[budget].span, "overflow: the remainder of budget '%s' is too large",
                       e->p->budgets[budget].name);
    *entry = idx;
    return true;
}

const EvalError *eval_error(const Eval *e)
{
    return &e->err;
}
