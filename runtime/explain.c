/* SPDX-License-Identifier: MIT
 * explain.c - 'grip explain': one row's decisions retraced and written as a
 * tree or as JSON (see explain.h).
 *
 * Three steps.  (1) Decide: find the row by its key; with budgets, decide
 * and charge the rows before it in date order (date, then file order, as
 * run.c does); then decide the row with the evaluator's trace on, which
 * records the calls, the parameters and the ledger accounts read, and take
 * the definitions the row computed from the evaluator's memo
 * (eval_def_memo).  (2) Retrace, with eval_node on the row just
 * decided (every definition is memoised, the ledgers are not yet charged,
 * so each value is the one the decision saw): for every rule tried, its
 * state (not in force, 'when' false, 'unless' held, applied) and the facts
 * behind it.  A fact is a true statement about a leaf of the condition,
 * found by following 'and', 'or' and 'not' the way evaluation went: an
 * 'and' that is false by its first false part, an 'or' that is true by its
 * first true part, every part otherwise; a comparison that is false is
 * written with the opposite operator, so "leeftijd >= 18" false reads
 * "leeftijd = 12 < 18".  --why-not retraces every rule up to the first
 * that would give the outcome (evaluating the rules the run never tried).
 * (3) Write: explain_write.c renders the model (explain_int.h) as text or
 * JSON.  Values are typed by what the IR says of them (fields,
 * parameters, decisions, money defs, remaining(...)) and by inference
 * through arithmetic (explain_node_fmt), since the IR keeps no types.
 * Everything lives in one arena freed at the end.
 */
#include "explain_int.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdlib.h>

/* How deep may_give follows definitions and conditionals (a result
 * written through more levels than this counts as "may give anything"). */
#define MAY_GIVE_DEPTH 32

const FormatType explain_money = {FORMAT_SCALAR, FT_MONEY, NULL, NULL};
static const FormatType F_PERCENT = {FORMAT_SCALAR, FT_PERCENT, NULL, NULL};
#define F_MONEY explain_money

/* ---- source text ---------------------------------------------------------------- */

/* The text of 'span' with runs of white space (and '#' comments) made one
 * space, or "?" when unknown. */
static const char *span_text(Ex *x, Span span)
{
    const SourceFile *f = x->opt->sources ? sources_get(x->opt->sources, span.file) : NULL;
    if (!f || span.end > f->len || span.start > span.end) return "?";
    const char *s = f->text + span.start;
    size_t len = span.end - span.start;
    char *out = arena_alloc(&x->arena, len + 1);
    size_t n = 0;
    bool space = false, quoted = false;
    for (size_t k = 0; k < len; k++) {
        char c = s[k];
        if (!quoted && c == '#') {
            while (k + 1 < len && s[k + 1] != '\n') k++;
            space = true;
            continue;
        }
        if (c == '"') quoted = !quoted;
        if (!quoted && (c == ' ' || c == '\t' || c == '\n' || c == '\r')) {
            space = true;
            continue;
        }
        if (space && n > 0) out[n++] = ' ';
        space = false;
        out[n++] = c;
    }
    out[n] = '\0';
    return out;
}

const char *explain_node_text(Ex *x, uint32_t node)
{
    return node == IR_NONE ? "" : span_text(x, x->p->ir[node].span);
}

/* ---- types ------------------------------------------------------------------------ */

static bool is_scalar(const FormatType *f, FieldType t)
{
    return f && f->shape == FORMAT_SCALAR && f->type == t;
}

/* The type of an arithmetic result: money wins, then percent; a money
 * divided by money is a plain number. */
static const FormatType *arith_fmt(Ex *x, const IrNode *n)
{
    const FormatType *a = explain_node_fmt(x, n->a), *b = explain_node_fmt(x, n->b);
    bool am = is_scalar(a, FT_MONEY), bm = is_scalar(b, FT_MONEY);
    if (n->op == IR_DIV) return am && !bm ? &F_MONEY : NULL;
    if (am || bm) return &F_MONEY;
    if (is_scalar(a, FT_PERCENT) || is_scalar(b, FT_PERCENT)) return &F_PERCENT;
    return NULL;
}

static const FormatType *infer_fmt(Ex *x, uint32_t node)
{
    const Policy *p = x->p;
    const IrNode *n = &p->ir[node];
    switch ((IrOp)n->op) {
    case IR_CONST: {
        const char *t = explain_node_text(x, node);
        size_t len = strlen(t);
        if (strncmp(t, "\xe2\x82\xac", 3) == 0 || strncmp(t, "EUR", 3) == 0) return &F_MONEY;
        if (len && t[len - 1] == '%') return &F_PERCENT;
        return NULL;
    }
    case IR_FIELD: return p->datasets[p->input].field_format[n->a];
    case IR_ROW_FIELD: return n->c == IR_NONE ? NULL : p->datasets[n->b].field_format[n->c];
    case IR_DEF:
    case IR_CALL: return p->defs[n->a].money ? &F_MONEY : explain_node_fmt(x, p->defs[n->a].body);
    case IR_DECISION: return p->decisions[n->a].format;
    case IR_PARAM: return p->params[n->a].format;
    case IR_CONSTRUCT: return &p->variants[n->a]->format;
    case IR_NEG:
    case IR_ABS: return explain_node_fmt(x, n->a);
    case IR_ROUND: return (n->flags & IR_F_MONEY) ? &F_MONEY : explain_node_fmt(x, n->a);
    case IR_ADD:
    case IR_SUB:
    case IR_MUL:
    case IR_DIV: return arith_fmt(x, n);
    case IR_DEFAULT: {
        const FormatType *f = explain_node_fmt(x, n->a);
        return f ? f : explain_node_fmt(x, n->b);
    }
    case IR_IF: {
        const FormatType *f = explain_node_fmt(x, n->b);
        return f ? f : explain_node_fmt(x, n->c);
    }
    case IR_PAYLOAD: {
        const PolicyVariant *pv = p->variants[n->b];
        for (uint32_t c = 0; c < n->n && c < pv->cases.n; c++) {
            uint32_t field = p->args[n->args + c];
            const FormatType *payload = pv->format.parts ? pv->format.parts[c] : NULL;
            if (field && payload && payload->parts && field - 1 < payload->names->n) return payload->parts[field - 1];
        }
        return NULL;
    }
    case IR_REC_FIELD: {
        const FormatType *f = explain_node_fmt(x, n->a);
        if (f && f->shape == FORMAT_RECORD && f->parts && f->names && n->b < f->names->n) return f->parts[n->b];
        return NULL;
    }
    case IR_LOOKUP: return n->b == IR_NONE ? NULL : p->datasets[n->a].field_format[n->b];
    case IR_AGG: return IR_AUX_KIND(n->aux) == IR_AGG_COUNT ? NULL : explain_node_fmt(x, p->args[n->args]);
    case IR_MIN2:
    case IR_MAX2: return n->n ? explain_node_fmt(x, p->args[n->args]) : NULL;
    case IR_REMAINING: return &F_MONEY;
    default: return NULL;
    }
}

/* The type of IR node 'node' as far as the IR tells (NULL: by the value's
 * kind).  Memoised per node. */
const FormatType *explain_node_fmt(Ex *x, uint32_t node)
{
    if (node == IR_NONE) return NULL;
    if (x->fmt_done[node]) return x->fmt[node];
    x->fmt_done[node] = 1; /* a cycle (there is none: the checker forbids it) gives NULL */
    x->fmt[node] = infer_fmt(x, node);
    return x->fmt[node];
}

/* ---- facts ------------------------------------------------------------------------- */

static void add_fact(Ex *x, Cond *c, Fact f)
{
    if (c->n_facts == c->cap_facts) {
        uint32_t cap = c->cap_facts ? c->cap_facts * 2 : 4;
        Fact *nf = ARENA_ARRAY(&x->arena, Fact, cap);
        if (c->n_facts) memcpy(nf, c->facts, sizeof *nf * c->n_facts);
        c->facts = nf;
        c->cap_facts = cap;
    }
    c->facts[c->n_facts++] = f;
}

static bool is_name(const IrNode *n)
{
    return n->op == IR_DEF || n->op == IR_PARAM || n->op == IR_FIELD || n->op == IR_ROW_FIELD ||
           n->op == IR_LOCAL || n->op == IR_DECISION;
}

/* One side of a comparison, or the leaf of a value fact. */
static Operand operand(Ex *x, uint32_t node)
{
    Operand o = {0};
    const IrNode *n = &x->p->ir[node];
    o.expr = explain_node_text(x, node);
    o.fmt = explain_node_fmt(x, node);
    o.literal = n->op == IR_CONST;
    if (!eval_node(x->e, node, &o.v)) {
        o.v = value_none();
        o.show = false;
        return o;
    }
    o.show = !o.literal;
    /* a set named by a parameter or definition is listed with the values used */
    if ((o.v.kind == VAL_SET || o.v.kind == VAL_LIST) && is_name(n)) o.show = false;
    return o;
}

static Operand literal(const char *text)
{
    Operand o = {0};
    o.expr = text;
    o.literal = true;
    return o;
}

/* The operator of a comparison that has 'holds' as its value, written so
 * the statement is true. */
static const char *cmp_op(IrOp op, bool holds)
{
    switch (op) {
    case IR_EQ: return holds ? "=" : "!=";
    case IR_NE: return holds ? "!=" : "=";
    case IR_LT: return holds ? "<" : ">=";
    case IR_LE: return holds ? "<=" : ">";
    case IR_GT: return holds ? ">" : "<=";
    case IR_GE: return holds ? ">=" : "<";
    case IR_IN:
    case IR_IN_MASK: return holds ? "in" : "not in";
    case IR_IS: return holds ? "is" : "is not";
    default: return "?";
    }
}

/* The set of an IR_IN_MASK as written: the text after its element. */
static const char *mask_set_text(Ex *x, const IrNode *n)
{
    Span whole = n->span, elem = x->p->ir[n->a].span;
    if (elem.file != whole.file || elem.end > whole.end) return "?";
    whole.start = elem.end;
    const char *t = span_text(x, whole);
    if (strncmp(t, "in ", 3) == 0) t += 3;
    return t;
}

/* Adds the facts that make condition 'node' have value 'holds'. */
static void facts(Ex *x, Cond *c, uint32_t node, bool holds)
{
    const Policy *p = x->p;
    const IrNode *n = &p->ir[node];
    switch ((IrOp)n->op) {
    case IR_NOT:
        facts(x, c, n->a, !holds);
        return;
    case IR_AND:
    case IR_OR: {
        bool decisive = n->op == IR_AND ? !holds : holds; /* one part decided it */
        if (!decisive) {
            facts(x, c, n->a, holds);
            facts(x, c, n->b, holds);
            return;
        }
        Value a;
        if (eval_node(x->e, n->a, &a) && a.kind == VAL_BOOL && a.as.b == holds) facts(x, c, n->a, holds);
        else facts(x, c, n->b, holds);
        return;
    }
    case IR_EQ:
    case IR_NE:
    case IR_LT:
    case IR_LE:
    case IR_GT:
    case IR_GE:
    case IR_IN: {
        Fact f = {true, cmp_op((IrOp)n->op, holds), operand(x, n->a), operand(x, n->b)};
        add_fact(x, c, f);
        return;
    }
    case IR_BUDGET_CMP: { /* remaining(b) compared with an amount; 'c' is the comparison */
        Fact f = {true, cmp_op((IrOp)n->c, holds), operand(x, n->a), operand(x, n->b)};
        add_fact(x, c, f);
        return;
    }
    case IR_IN_MASK: {
        Fact f = {true, cmp_op(IR_IN_MASK, holds), operand(x, n->a), literal(mask_set_text(x, n))};
        add_fact(x, c, f);
        return;
    }
    case IR_IS: {
        const FormatType *vf = explain_node_fmt(x, n->a);
        const char *cs = vf && vf->shape == FORMAT_VARIANT && vf->names && n->b < vf->names->n
                             ? vf->names->members[n->b] : "?";
        Fact f = {true, cmp_op(IR_IS, holds), operand(x, n->a), literal(cs)};
        add_fact(x, c, f);
        return;
    }
    default: {
        Fact f = {false, NULL, operand(x, node), {0}};
        f.a.show = true;
        add_fact(x, c, f);
        return;
    }
    }
}

/* Evaluates condition 'node' into 'c' with its facts; false on a runtime
 * error (left in eval_error). */
static bool cond_eval(Ex *x, uint32_t node, Cond *c)
{
    memset(c, 0, sizeof *c);
    c->node = node;
    if (node == IR_NONE) return true;
    Value v;
    if (!eval_node(x->e, node, &v) || v.kind != VAL_BOOL) return false;
    c->ok = true;
    c->value = v.as.b;
    facts(x, c, node, c->value);
    return true;
}

/* ---- rules ------------------------------------------------------------------------- */

static bool in_force(const Ex *x, const PolicyRule *r)
{
    if (r->valid_from == INT32_MIN && r->valid_until == INT32_MAX) return true;
    return x->has_date && x->date.days >= r->valid_from && x->date.days <= r->valid_until;
}

static const char *error_text(Ex *x)
{
    const EvalError *err = eval_error(x->e);
    return arena_strdup(&x->arena, err->msg);
}

/* Retraces rule 'k' of decision 'd' ('k' -1: the otherwise) on the row. */
static void rule_eval(Ex *x, uint32_t d, int32_t k, bool tried, RuleEx *r)
{
    const PolicyDecision *dec = &x->p->decisions[d];
    memset(r, 0, sizeof *r);
    r->rule = k;
    r->tried = tried;
    r->when.node = r->unless.node = IR_NONE;
    uint32_t result = dec->otherwise;
    if (k >= 0) {
        const PolicyRule *pr = &dec->rules[k];
        result = pr->result;
        if (!in_force(x, pr)) {
            r->state = RS_NOT_IN_FORCE;
            return;
        }
        if (!cond_eval(x, pr->when, &r->when)) {
            r->state = RS_ERROR;
            r->error = error_text(x);
            return;
        }
        if (pr->when != IR_NONE && !r->when.value) {
            r->state = RS_WHEN_FALSE;
            return;
        }
        if (!cond_eval(x, pr->unless, &r->unless)) {
            r->state = RS_ERROR;
            r->error = error_text(x);
            return;
        }
        if (pr->unless != IR_NONE && r->unless.value) {
            r->state = RS_UNLESS_HELD;
            return;
        }
    }
    r->state = RS_APPLIES;
    if (result != IR_NONE && eval_node(x->e, result, &r->result)) r->has_result = true;
}

/* Builds the explanation of decision 'd' after the row was decided (or
 * failed): the rules the evaluator tried, in order. */
static void explain_decision(Ex *x, uint32_t d)
{
    const PolicyDecision *dec = &x->p->decisions[d];
    DecisionEx *de = &x->dec[d];
    de->rules = ARENA_ARRAY(&x->arena, RuleEx, dec->n_rules + 1);
    de->n_rules = 0;
    for (uint32_t k = 0; k < dec->n_rules; k++) {
        RuleEx *r = &de->rules[de->n_rules++];
        rule_eval(x, d, (int32_t)k, true, r);
        if (r->state == RS_ERROR) break;
        if (r->state == RS_APPLIES && !dec->unique && (!de->ok || de->rule == (int32_t)k)) break;
    }
}

/* ---- --why-not ----------------------------------------------------------------------- */

/* The outcome index of value 'v' of decision 'dec', or -1. */
int64_t explain_outcome_of(const PolicyDecision *dec, Value v)
{
    if (v.kind == VAL_VARIANT || v.kind == VAL_ENUM) return v.tag;
    if (v.kind == VAL_BOOL && dec->variant < 0) return v.as.b ? 1 : 0;
    return -1;
}

/* The outcome names of decision 'dec' (variant cases, enum members, or
 * false/true), or NULL when its values are not a choice (money, text). */
const EnumInfo *explain_outcomes(const Policy *p, const PolicyDecision *dec)
{
    static const char *const bools[] = {"false", "true"};
    static const EnumInfo bool_info = {"bool", bools, 2};
    if (dec->variant >= 0) return &p->variants[dec->variant]->cases;
    const FormatType *f = dec->format;
    if (f && f->shape == FORMAT_SCALAR && f->type == FT_ENUM) return f->names;
    if (f && f->shape == FORMAT_SCALAR && f->type == FT_BOOL) return &bool_info;
    return NULL;
}

/* Whether expression 'node' can give outcome 'o' of decision 'dec':
 * 0 no, 1 yes or maybe (written in a way only evaluation can tell). */
static bool may_give(const Policy *p, const PolicyDecision *dec, uint32_t node, uint32_t o, int depth)
{
    if (node == IR_NONE) return false;
    if (depth > MAY_GIVE_DEPTH) return true;
    const IrNode *n = &p->ir[node];
    switch ((IrOp)n->op) {
    case IR_CONSTRUCT: return n->b == o;
    case IR_CONST: return explain_outcome_of(dec, p->consts[n->a]) == (int64_t)o;
    case IR_IF: return may_give(p, dec, n->b, o, depth + 1) || may_give(p, dec, n->c, o, depth + 1);
    case IR_DEFAULT: return may_give(p, dec, n->a, o, depth + 1) || may_give(p, dec, n->b, o, depth + 1);
    case IR_DEF: return may_give(p, dec, p->defs[n->a].body, o, depth + 1);
    default: return true;
    }
}

static void push_rule(Ex *x, RuleEx **items, uint32_t *n, uint32_t *cap, const RuleEx *r)
{
    if (*n == *cap) {
        uint32_t nc = *cap ? *cap * 2 : 4;
        RuleEx *ni = ARENA_ARRAY(&x->arena, RuleEx, nc);
        if (*n) memcpy(ni, *items, sizeof *ni * *n);
        *items = ni;
        *cap = nc;
    }
    (*items)[(*n)++] = *r;
}

/* Resolves --why-not into x->why; false after a usage error in x->res. */
static bool why_resolve(Ex *x)
{
    const Policy *p = x->p;
    const char *want = x->opt->why_not;
    const char *dot = strrchr(want, '.');
    size_t dlen = dot ? (size_t)(dot - want) : 0;
    const char *oname = dot ? dot + 1 : want;
    int found = 0;
    uint32_t fd = 0, fo = 0;
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        const PolicyDecision *dec = &p->decisions[d];
        if (dot && (strlen(dec->name) != dlen || strncmp(dec->name, want, dlen) != 0)) continue;
        const EnumInfo *os = explain_outcomes(p, dec);
        for (uint32_t k = 0; os && k < os->n; k++) {
            if (strcmp(os->members[k], oname) != 0) continue;
            if (found++ == 0) {
                fd = d;
                fo = k;
            }
        }
    }
    if (found == 1) {
        WhyNot *w = ARENA_NEW(&x->arena, WhyNot);
        w->d = fd;
        w->outcome = fo;
        w->name = arena_strdup(&x->arena, oname);
        x->why = w;
        return true;
    }
    Buf b = {0};
    if (found > 1) {
        buf_printf(&b, "--why-not '%s': more than one decision has that outcome; write DECISION.%s (", want, oname);
        bool first = true;
        for (uint32_t d = 0; d < p->n_decisions; d++) {
            const EnumInfo *os = explain_outcomes(p, &p->decisions[d]);
            for (uint32_t k = 0; os && k < os->n; k++)
                if (strcmp(os->members[k], oname) == 0) {
                    buf_printf(&b, "%s%s.%s", first ? "" : ", ", p->decisions[d].name, oname);
                    first = false;
                }
        }
        buf_puts(&b, ")");
    } else if (dot) {
        int32_t named = -1;
        for (uint32_t d = 0; d < p->n_decisions; d++)
            if (strlen(p->decisions[d].name) == dlen && strncmp(p->decisions[d].name, want, dlen) == 0) named = (int32_t)d;
        const EnumInfo *os = named >= 0 ? explain_outcomes(p, &p->decisions[named]) : NULL;
        if (named < 0) {
            buf_printf(&b, "--why-not '%s': the policy has no decision '%.*s' (its decisions: ", want, (int)dlen, want);
            for (uint32_t d = 0; d < p->n_decisions; d++) buf_printf(&b, "%s%s", d ? ", " : "", p->decisions[d].name);
            buf_puts(&b, ")");
        } else if (!os) {
            buf_printf(&b, "--why-not '%s': decision '%s' has no named outcomes (its value is not a variant, enum or bool)",
                       want, p->decisions[named].name);
        } else {
            buf_printf(&b, "--why-not '%s': decision '%s' has no outcome '%s' (its outcomes: ", want,
                       p->decisions[named].name, oname);
            for (uint32_t k = 0; k < os->n; k++) buf_printf(&b, "%s%s", k ? ", " : "", os->members[k]);
            buf_puts(&b, ")");
        }
    } else {
        buf_printf(&b, "--why-not '%s': no decision has the outcome '%s' (", want, oname);
        bool first = true;
        for (uint32_t d = 0; d < p->n_decisions; d++) {
            const PolicyDecision *dec = &p->decisions[d];
            const EnumInfo *os = explain_outcomes(p, dec);
            if (!os) continue;
            buf_printf(&b, "%s%s: ", first ? "" : "; ", dec->name);
            for (uint32_t k = 0; k < os->n; k++) buf_printf(&b, "%s%s", k ? ", " : "", os->members[k]);
            first = false;
        }
        buf_puts(&b, first ? "the policy has no decision with named outcomes)" : ")");
    }
    snprintf(x->res->message, sizeof x->res->message, "%s", b.s);
    xfree(b.s);
    x->res->status = EXPLAIN_USAGE;
    return false;
}

/* Answers --why-not for the decided row: which rules were in its way and
 * why the rules that give it did not apply. */
static void why_analyse(Ex *x)
{
    WhyNot *w = x->why;
    const Policy *p = x->p;
    const PolicyDecision *dec = &p->decisions[w->d];
    const DecisionEx *de = &x->dec[w->d];
    if (de->ok && explain_outcome_of(dec, de->value) == (int64_t)w->outcome) w->already = true;
    w->otherwise_gives = may_give(p, dec, dec->otherwise, w->outcome, 0);
    w->any_giver = w->otherwise_gives;
    for (uint32_t k = 0; k < dec->n_rules; k++) w->any_giver |= may_give(p, dec, dec->rules[k].result, w->outcome, 0);
    if (w->already || !w->any_giver || !de->ok) return;
    /* a rule that applies is in the way only when a rule after it (or the
     * otherwise) could have given the outcome; in a unique decision, any
     * rule that applies with another result is */
    uint32_t last = dec->n_rules; /* the last position that may give it */
    if (!w->otherwise_gives)
        for (uint32_t k = 0; k < dec->n_rules; k++)
            if (may_give(p, dec, dec->rules[k].result, w->outcome, 0)) last = k;
    for (uint32_t k = 0; k < dec->n_rules && (dec->unique || k <= last); k++) {
        RuleEx r;
        /* the rules up to the deciding one were tried by the run */
        bool tried = dec->unique || de->rule < 0 || (int32_t)k <= de->rule;
        rule_eval(x, w->d, (int32_t)k, tried, &r);
        bool gives = may_give(p, dec, dec->rules[k].result, w->outcome, 0);
        if (r.state == RS_APPLIES && gives && r.has_result && explain_outcome_of(dec, r.result) != (int64_t)w->outcome)
            gives = false; /* it could, but on this row it gives something else */
        if (gives) {
            push_rule(x, &w->givers, &w->n_givers, &w->cap_givers, &r);
            if (r.state == RS_APPLIES && !dec->unique) break;
        } else if ((r.state == RS_APPLIES || r.state == RS_ERROR) && (dec->unique || k < last)) {
            push_rule(x, &w->blockers, &w->n_blockers, &w->cap_blockers, &r);
        }
    }
}

/* ---- the trace ----------------------------------------------------------------------- */

static LedgerEx *ledger_add(Ex *x, uint32_t b, int64_t entry)
{
    x->ledgers = xgrow(x->ledgers, &x->cap_ledgers, x->n_ledgers + 1, sizeof *x->ledgers);
    LedgerEx *l = &x->ledgers[x->n_ledgers++];
    memset(l, 0, sizeof *l);
    l->budget = b;
    l->entry = entry;
    l->charged_now = dec_from_int(0);
    if (entry >= 0) {
        const LedgerEntry *le = &x->ls.items[b].entries[entry];
        l->limit = le->limit;
        l->charged = le->charged;
        l->grants = le->grants;
        if (!ledger_remaining(le, &l->remaining)) l->remaining = dec_from_int(0);
    }
    return l;
}

static void on_trace(void *ctx, const EvalTraceEvent *ev)
{
    Ex *x = ctx;
    if (!x->tracing) return;
    switch (ev->kind) {
    case EVAL_TRACE_PARAM:
        x->param_seen[ev->index] = 1;
        x->param_val[ev->index] = ev->value;
        return;
    case EVAL_TRACE_CALL: {
        for (size_t k = 0; k < x->n_calls; k++) {
            const CallEx *c = &x->calls[k];
            if (c->def != ev->index || c->n_args != ev->n_args) continue;
            uint32_t a = 0;
            while (a < c->n_args && value_equal(c->args[a], ev->args[a])) a++;
            if (a == c->n_args) return;
        }
        x->calls = xgrow(x->calls, &x->cap_calls, x->n_calls + 1, sizeof *x->calls);
        CallEx *c = &x->calls[x->n_calls++];
        c->def = ev->index;
        c->node = ev->node;
        c->n_args = ev->n_args;
        c->args = ARENA_ARRAY(&x->arena, Value, ev->n_args ? ev->n_args : 1);
        if (ev->n_args) memcpy(c->args, ev->args, sizeof *c->args * ev->n_args);
        c->value = ev->value;
        return;
    }
    case EVAL_TRACE_REMAINING:
        for (size_t k = 0; k < x->n_ledgers; k++)
            if (x->ledgers[k].budget == ev->index && x->ledgers[k].entry == ev->entry) return;
        ledger_add(x, ev->index, ev->entry);
        return;
    }
}

/* Marks the input fields read by the IR below 'node' (not through
 * definitions, calls or decisions: those are walked when traced).  With
 * 'live' (no local variable is in scope), 'and', 'or', 'if' and defaults
 * are followed as evaluation went, so a part that was never evaluated
 * reads nothing. */
static void walk_fields(Ex *x, uint32_t node, bool live)
{
    if (node == IR_NONE || x->walked[node]) return;
    x->walked[node] = 1;
    const IrNode *n = &x->p->ir[node];
    Value v;
    switch ((IrOp)n->op) {
    case IR_FIELD:
        x->field_used[n->a] = 1;
        return;
    case IR_CONST: case IR_ROW_FIELD: case IR_LOCAL: case IR_DEF: case IR_DECISION: case IR_PARAM: case IR_KEY:
    case IR_RULE_LABEL:
        return;
    case IR_CALL: case IR_CONSTRUCT: case IR_SET: case IR_LOOKUP: case IR_MIN2: case IR_MAX2: case IR_REMAINING:
        for (uint32_t k = 0; k < n->n; k++) walk_fields(x, x->p->args[n->args + k], live);
        return;
    case IR_QUANT: case IR_AGG:
        /* the variable is in scope in the 'where' and the element */
        if (!(n->flags & (IR_Q_ROWS | IR_Q_INDEXED))) walk_fields(x, n->a, live);
        walk_fields(x, n->c, false);
        for (uint32_t k = 0; k < n->n; k++) walk_fields(x, x->p->args[n->args + k], false);
        return;
    case IR_ROUND:
        walk_fields(x, n->a, live);
        walk_fields(x, n->b, live);
        return;
    case IR_AND: case IR_OR: case IR_DEFAULT:
        walk_fields(x, n->a, live);
        if (live && eval_node(x->e, n->a, &v)) {
            if (n->op == IR_DEFAULT && v.kind != VAL_NONE) return;
            if (n->op == IR_AND && v.kind == VAL_BOOL && !v.as.b) return;
            if (n->op == IR_OR && v.kind == VAL_BOOL && v.as.b) return;
        }
        walk_fields(x, n->b, live);
        return;
    case IR_IF:
        walk_fields(x, n->a, live);
        if (live && eval_node(x->e, n->a, &v) && v.kind == VAL_BOOL) {
            walk_fields(x, v.as.b ? n->b : n->c, live);
            return;
        }
        walk_fields(x, n->b, live);
        walk_fields(x, n->c, live);
        return;
    case IR_NEG: case IR_NOT: case IR_DUR_NEG: case IR_ABS: case IR_IN_MASK: case IR_IS: case IR_VARIANT_OF:
    case IR_PAYLOAD: case IR_REC_FIELD: case IR_DATE_PART: case IR_DETAIL:
        walk_fields(x, n->a, live);
        return;
    default:
        walk_fields(x, n->a, live);
        walk_fields(x, n->b, live);
        return;
    }
}

static void collect_fields(Ex *x)
{
    const Policy *p = x->p;
    for (uint32_t d = 0; d < x->n_decided; d++) {
        const DecisionEx *de = &x->dec[d];
        const PolicyDecision *dec = &p->decisions[d];
        for (uint32_t k = 0; k < de->n_rules; k++) {
            const RuleEx *r = &de->rules[k];
            walk_fields(x, r->when.node, true);
            walk_fields(x, r->unless.node, true);
            if (r->state == RS_APPLIES && r->rule >= 0) walk_fields(x, dec->rules[r->rule].result, true);
        }
        if (de->ok && de->rule < 0) walk_fields(x, dec->otherwise, true);
    }
    for (uint32_t k = 0; k < p->n_defs; k++)
        if (x->def_seen[k] && !p->defs[k].n_params) walk_fields(x, p->defs[k].body, true);
    for (size_t k = 0; k < x->n_calls; k++) walk_fields(x, p->defs[x->calls[k].def].body, false);
    if (p->input >= 0 && p->datasets[p->input].schema.date_field >= 0 && x->has_date && !p->fixed_date)
        x->field_used[p->datasets[p->input].schema.date_field] = 1;
}

/* ---- finding the row --------------------------------------------------------------------- */

/* Whether row 'row''s key parts, written plainly, are the parts of 'id'. */
static bool key_matches(Ex *x, const PolicyDataset *in, size_t row, char **parts, const size_t *lens)
{
    for (uint32_t k = 0; k < in->n_keys; k++) {
        uint32_t f = in->key_fields[k];
        Value v = dataset_get(in->data, row, f);
        if (v.kind == VAL_TEXT) {
            if (!v.as.text || v.as.text->len != lens[k] || memcmp(v.as.text->s, parts[k], lens[k]) != 0) return false;
            continue;
        }
        char buf[256];
        size_t n = format_value(buf, sizeof buf, v, in->field_format[f], FORMAT_PLAIN);
        if (n != lens[k] || memcmp(buf, parts[k], n) != 0) return false;
    }
    (void)x;
    return true;
}

const char *explain_input_file(const PolicyDataset *in)
{
    const char *f = dataset_file(in->data);
    return f ? f : in->name;
}

/* Finds the row named by opt->id into x->row; false after an error in
 * x->res. */
static bool find_row(Ex *x)
{
    const Policy *p = x->p;
    const PolicyDataset *in = &p->datasets[p->input];
    size_t n = dataset_rows(in->data);
    const char *id = x->opt->id;
    if (in->n_keys == 0) {
        char *end = NULL;
        unsigned long long r = strtoull(id, &end, 10);
        if (!*id || *end || r == 0 || r > n) {
            snprintf(x->res->message, sizeof x->res->message,
                     "--id '%s': input '%s' has no key, so a row is named by its number, 1 to %zu", id, in->name, n);
            x->res->status = EXPLAIN_USAGE;
            return false;
        }
        x->row = (size_t)r - 1;
        return true;
    }
    /* the key's parts: split at ',' when it has several */
    char **parts = xcalloc(in->n_keys, sizeof *parts);
    size_t *lens = xcalloc(in->n_keys, sizeof *lens);
    const char *s = id;
    uint32_t got = 0;
    for (; got < in->n_keys; got++) {
        const char *comma = got + 1 < in->n_keys ? strchr(s, ',') : NULL;
        size_t len = comma ? (size_t)(comma - s) : strlen(s);
        while (len && (*s == ' ')) s++, len--;
        while (len && s[len - 1] == ' ') len--;
        parts[got] = xstrndup(s, len);
        lens[got] = len;
        if (!comma) {
            got++;
            break;
        }
        s = comma + 1;
    }
    bool ok = true;
    if (got != in->n_keys) {
        snprintf(x->res->message, sizeof x->res->message,
                 "--id '%s': the key of input '%s' has %" PRIu32 " parts; separate them with ','", id, in->name,
                 in->n_keys);
        x->res->status = EXPLAIN_USAGE;
        ok = false;
    }
    int64_t found = -1, again = -1;
    for (size_t row = 0; ok && row < n; row++) {
        if (!key_matches(x, in, row, parts, lens)) continue;
        if (found < 0) {
            found = (int64_t)row;
            continue;
        }
        again = (int64_t)row;
        break;
    }
    if (ok && found < 0) {
        Buf names = {0};
        for (uint32_t k = 0; k < in->n_keys; k++)
            buf_printf(&names, "%s%s", k ? ", " : "", in->schema.fields[in->key_fields[k]].name);
        snprintf(x->res->message, sizeof x->res->message, "--id '%s': no row of input '%s' (%s) has %s '%s'", id,
                 in->name, explain_input_file(in), in->n_keys > 1 ? "the key" : names.s, id);
        xfree(names.s);
        x->res->status = EXPLAIN_USAGE;
        ok = false;
    } else if (ok && again >= 0) {
        snprintf(x->res->message, sizeof x->res->message,
                 "%s: the key '%s' of input '%s' is on more than one row (lines %" PRIu64 " and %" PRIu64 ")",
                 explain_input_file(in), id, in->name, dataset_line(in->data, (size_t)found),
                 dataset_line(in->data, (size_t)again));
        x->res->status = EXPLAIN_DATA;
        ok = false;
    }
    for (uint32_t k = 0; k < in->n_keys; k++) xfree(parts[k]);
    xfree(parts);
    xfree(lens);
    if (ok) x->row = (size_t)found;
    return ok;
}

/* ---- deciding ------------------------------------------------------------------------------ */

static int cmp_u64(const void *a, const void *b)
{
    uint64_t x = *(const uint64_t *)a, y = *(const uint64_t *)b;
    return (x > y) - (x < y);
}

/* The reference date of input row 'row'. */
static bool row_date(const Ex *x, size_t row, Date *out)
{
    const Policy *p = x->p;
    if (p->fixed_date) {
        *out = p->on;
        return true;
    }
    int32_t f = p->datasets[p->input].schema.date_field;
    if (f < 0) return false;
    *out = dataset_get(p->datasets[p->input].data, row, (size_t)f).as.date;
    return true;
}

static void runtime_failure(Ex *x, bool before)
{
    x->res->error = *eval_error(x->e);
    x->res->error_before = before;
    x->res->status = EXPLAIN_RUNTIME;
}

/* Decides and charges the rows before x->row in date order (ties in file
 * order); false after a runtime error. */
static bool simulate(Ex *x)
{
    const Policy *p = x->p;
    size_t n = x->n_rows;
    uint64_t *keys = xmalloc((n ? n : 1) * sizeof *keys);
    size_t m = 0;
    bool dated = !p->fixed_date && p->datasets[p->input].schema.date_field >= 0;
    for (size_t row = 0; row < n; row++) {
        if (row == x->row) continue;
        uint64_t day = 0;
        if (dated) {
            Date d;
            row_date(x, row, &d);
            if (d.days > x->date.days || (d.days == x->date.days && row > x->row)) continue;
            day = (uint64_t)((int64_t)d.days - INT32_MIN);
        } else if (row > x->row) {
            continue;
        }
        keys[m++] = day << 32 | (uint64_t)row;
    }
    qsort(keys, m, sizeof *keys, cmp_u64);
    bool ok = true;
    for (size_t k = 0; k < m && ok; k++) {
        eval_set_row(x->e, (size_t)(keys[k] & 0xFFFFFFFFu));
        for (uint32_t d = 0; d < p->n_decisions && ok; d++) {
            Value v;
            ok = eval_decision(x->e, d, &v);
        }
        if (ok) ok = eval_book_charges(x->e);
    }
    xfree(keys);
    x->position = m + 1;
    if (!ok) runtime_failure(x, true);
    return ok;
}

/* The row's own account of each budget, as the row saw it. */
static void own_ledgers(Ex *x)
{
    const Policy *p = x->p;
    size_t first_other = x->n_ledgers;
    for (uint32_t b = 0; b < p->n_budgets; b++) {
        const PolicyBudget *pb = &p->budgets[b];
        Value *key = ARENA_ARRAY(&x->arena, Value, pb->n_per ? pb->n_per : 1);
        bool ok = true;
        for (uint32_t k = 0; k < pb->n_per && ok; k++) ok = eval_node(x->e, pb->per[k], &key[k]) && key[k].kind != VAL_NONE;
        int64_t entry = -1;
        Dec rem;
        if (ok) ok = eval_remaining(x->e, b, key, &entry, &rem);
        /* already read by the row: mark it as its own */
        bool seen = false;
        for (size_t k = 0; ok && k < first_other; k++)
            if (x->ledgers[k].budget == b && x->ledgers[k].entry == entry) {
                x->ledgers[k].own = true;
                seen = true;
            }
        if (seen) continue;
        LedgerEx *l = ledger_add(x, b, ok ? entry : -1);
        l->own = true;
        if (!ok) l->error = error_text(x);
    }
    /* own accounts first, in budget order; then the others as read */
    LedgerEx *sorted = xmalloc((x->n_ledgers ? x->n_ledgers : 1) * sizeof *sorted);
    size_t n = 0;
    for (uint32_t b = 0; b < p->n_budgets; b++)
        for (size_t k = 0; k < x->n_ledgers; k++)
            if (x->ledgers[k].own && x->ledgers[k].budget == b) sorted[n++] = x->ledgers[k];
    for (size_t k = 0; k < x->n_ledgers; k++)
        if (!x->ledgers[k].own) sorted[n++] = x->ledgers[k];
    memcpy(x->ledgers, sorted, n * sizeof *sorted);
    xfree(sorted);
}

/* Books the row's charges and records what each own account received. */
static void book(Ex *x)
{
    if (!eval_book_charges(x->e)) {
        x->failed = x->charge_failed = true;
        runtime_failure(x, false);
        return;
    }
    for (size_t k = 0; k < x->n_ledgers; k++) {
        LedgerEx *l = &x->ledgers[k];
        if (l->entry < 0) continue;
        const LedgerEntry *le = &x->ls.items[l->budget].entries[l->entry];
        if (!dec_sub(&l->charged_now, le->charged, l->charged)) l->charged_now = dec_from_int(0);
    }
}

/* ---- the driver -------------------------------------------------------------------------------- */

static void explain_body(Ex *x)
{
    const Policy *p = x->p;
    ExplainResult *res = x->res;
    if (p->input < 0) {
        snprintf(res->message, sizeof res->message, "the policy declares no input to decide");
        res->status = EXPLAIN_USAGE;
        return;
    }
    if (x->opt->why_not && !why_resolve(x)) return;
    x->n_rows = dataset_rows(p->datasets[p->input].data);
    if (!find_row(x)) return;
    x->has_date = row_date(x, x->row, &x->date);
    x->budgets = p->n_budgets > 0;
    if (x->budgets) {
        uint32_t *nk = xcalloc(p->n_budgets, sizeof *nk);
        for (uint32_t b = 0; b < p->n_budgets; b++) nk[b] = p->budgets[b].n_per;
        ledgers_init(&x->ls, p->n_budgets, nk);
        xfree(nk);
    }
    x->e = eval_new(p, x->budgets ? &x->ls : NULL);
    x->position = x->row + 1;
    if (x->budgets && !simulate(x)) return;

    /* the row, traced */
    size_t nd = p->n_defs ? p->n_defs : 1, np = p->n_params ? p->n_params : 1;
    x->def_seen = ARENA_ARRAY(&x->arena, uint8_t, nd);
    x->def_val = ARENA_ARRAY(&x->arena, Value, nd);
    x->param_seen = ARENA_ARRAY(&x->arena, uint8_t, np);
    x->param_val = ARENA_ARRAY(&x->arena, Value, np);
    x->fmt = ARENA_ARRAY(&x->arena, const FormatType *, p->n_ir ? p->n_ir : 1);
    x->fmt_done = ARENA_ARRAY(&x->arena, uint8_t, p->n_ir ? p->n_ir : 1);
    x->walked = ARENA_ARRAY(&x->arena, uint8_t, p->n_ir ? p->n_ir : 1);
    x->field_used = ARENA_ARRAY(&x->arena, uint8_t, p->datasets[p->input].schema.n + 1);
    x->dec = ARENA_ARRAY(&x->arena, DecisionEx, p->n_decisions ? p->n_decisions : 1);
    eval_set_row(x->e, x->row);
    eval_set_trace(x->e, on_trace, x);
    x->tracing = true;
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        DecisionEx *de = &x->dec[d];
        x->n_decided = d + 1;
        de->ok = eval_decision(x->e, d, &de->value);
        if (!de->ok) {
            de->error = error_text(x);
            runtime_failure(x, false);
            x->failed = true;
            break;
        }
        de->rule = eval_deciding_rule(x->e, d);
    }
    x->tracing = false;
    eval_set_trace(x->e, NULL, NULL);
    /* the definitions the decisions computed (retracing may compute more) */
    for (uint32_t k = 0; k < p->n_defs; k++)
        if (!p->defs[k].n_params && eval_def_memo(x->e, k, &x->def_val[k])) x->def_seen[k] = 1;

    /* retrace: the rules, --why-not, the ledgers; then the charges */
    for (uint32_t d = 0; d < x->n_decided; d++) explain_decision(x, d);
    if (x->why) {
        if (x->why->d < x->n_decided) why_analyse(x);
        else x->why->any_giver = true;
    }
    collect_fields(x);
    if (x->budgets && !x->failed) {
        own_ledgers(x);
        book(x);
    }
    if (x->why && x->why->d >= x->n_decided) {
        /* the decision asked about comes after the one that failed */
        x->dec[x->why->d].ok = false;
        x->dec[x->why->d].error = "an earlier decision failed";
    }
    if (x->opt->format == EXPLAIN_JSON) explain_write_json(x);
    else explain_write_text(x);
    if (!x->failed) res->status = EXPLAIN_OK;
}

static void *explain_thread(void *arg)
{
    explain_body(arg);
    return NULL;
}

ExplainStatus explain_row(const Policy *p, const ExplainOptions *opt, FILE *out, ExplainResult *res)
{
    memset(res, 0, sizeof *res);
    res->error.span = SPAN_NONE;
    res->status = EXPLAIN_OK;
    Ex x;
    memset(&x, 0, sizeof x);
    x.p = p;
    x.opt = opt;
    x.out = out;
    x.res = res;
    arena_init(&x.arena);
    /* the evaluator recurses: a large stack, as run_policy gives it */
    pthread_attr_t attr;
    pthread_t thread;
    bool started = false;
    if (pthread_attr_init(&attr) == 0) {
        if (pthread_attr_setstacksize(&attr, GRIP_EVAL_STACK) == 0)
            started = pthread_create(&thread, &attr, explain_thread, &x) == 0;
        pthread_attr_destroy(&attr);
    }
    if (started) pthread_join(thread, NULL);
    else explain_body(&x);
    eval_free(x.e);
    if (x.budgets) ledgers_free(&x.ls);
    xfree(x.calls);
    xfree(x.ledgers);
    arena_free(&x.arena);
    return res->status;
}
