/* SPDX-License-Identifier: MIT
 * explain.c - 'grip explain': one row's decisions retraced and written as a
 * tree or as JSON (see explain.h).
 *
 * Three steps.  (1) Decide: find the row by its key; with budgets, decide
 * and charge the rows before it in date order (date, then file order, as
 * run.c does); then decide the row with the evaluator's trace on, which
 * records the definitions computed, the calls, the parameters and the
 * ledger accounts read.  (2) Retrace, with eval_node on the row just
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
 * (3) Write: the model is rendered as text or JSON; values are typed by
 * what the IR says of them (fields, parameters, decisions, money defs,
 * remaining(...)) and by inference through arithmetic, since the IR keeps
 * no types.  Everything lives in one arena freed at the end.
 */
#include "explain.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "arena.h"
#include "format.h"
#include "ledger.h"

/* How deep may_give follows definitions and conditionals (a result
 * written through more levels than this counts as "may give anything"). */
#define MAY_GIVE_DEPTH 32

static const FormatType F_MONEY = {FORMAT_SCALAR, FT_MONEY, NULL, NULL};
static const FormatType F_PERCENT = {FORMAT_SCALAR, FT_PERCENT, NULL, NULL};

/* ---- a growable string ------------------------------------------------------- */

typedef struct Buf {
    char *s;        /* xmalloc'ed, NUL-terminated */
    size_t len;     /* bytes used */
    size_t cap;     /* bytes allocated */
} Buf;

static void buf_put(Buf *b, const char *s, size_t len)
{
    b->s = xgrow(b->s, &b->cap, b->len + len + 1, 1);
    memcpy(b->s + b->len, s, len);
    b->len += len;
    b->s[b->len] = '\0';
}

static void buf_puts(Buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

static void buf_printf(Buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void buf_printf(Buf *b, const char *fmt, ...)
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

static const char *node_text(Ex *x, uint32_t node)
{
    return node == IR_NONE ? "" : span_text(x, x->p->ir[node].span);
}

/* "b1.grip:96" for 'span', or NULL when unknown. */
static const char *span_where(Ex *x, Span span)
{
    const SourceFile *f = x->opt->sources ? sources_get(x->opt->sources, span.file) : NULL;
    if (!f) return NULL;
    LineCol lc = sources_linecol(x->opt->sources, span.file, span.start);
    return arena_printf(&x->arena, "%s:%" PRIu32, f->path, lc.line);
}

/* ---- types ------------------------------------------------------------------------ */

static const FormatType *node_fmt(Ex *x, uint32_t node);

static bool is_scalar(const FormatType *f, FieldType t)
{
    return f && f->shape == FORMAT_SCALAR && f->type == t;
}

/* The type of an arithmetic result: money wins, then percent; a money
 * divided by money is a plain number. */
static const FormatType *arith_fmt(Ex *x, const IrNode *n)
{
    const FormatType *a = node_fmt(x, n->a), *b = node_fmt(x, n->b);
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
        const char *t = node_text(x, node);
        size_t len = strlen(t);
        if (strncmp(t, "\xe2\x82\xac", 3) == 0 || strncmp(t, "EUR", 3) == 0) return &F_MONEY;
        if (len && t[len - 1] == '%') return &F_PERCENT;
        return NULL;
    }
    case IR_FIELD: return p->datasets[p->input].field_format[n->a];
    case IR_ROW_FIELD: return n->c == IR_NONE ? NULL : p->datasets[n->b].field_format[n->c];
    case IR_DEF:
    case IR_CALL: return p->defs[n->a].money ? &F_MONEY : node_fmt(x, p->defs[n->a].body);
    case IR_DECISION: return p->decisions[n->a].format;
    case IR_PARAM: return p->params[n->a].format;
    case IR_CONSTRUCT: return &p->variants[n->a]->format;
    case IR_NEG:
    case IR_ABS: return node_fmt(x, n->a);
    case IR_ROUND: return (n->flags & IR_F_MONEY) ? &F_MONEY : node_fmt(x, n->a);
    case IR_ADD:
    case IR_SUB:
    case IR_MUL:
    case IR_DIV: return arith_fmt(x, n);
    case IR_DEFAULT: {
        const FormatType *f = node_fmt(x, n->a);
        return f ? f : node_fmt(x, n->b);
    }
    case IR_IF: {
        const FormatType *f = node_fmt(x, n->b);
        return f ? f : node_fmt(x, n->c);
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
        const FormatType *f = node_fmt(x, n->a);
        if (f && f->shape == FORMAT_RECORD && f->parts && f->names && n->b < f->names->n) return f->parts[n->b];
        return NULL;
    }
    case IR_LOOKUP: return n->b == IR_NONE ? NULL : p->datasets[n->a].field_format[n->b];
    case IR_AGG: return IR_AUX_KIND(n->aux) == IR_AGG_COUNT ? NULL : node_fmt(x, p->args[n->args]);
    case IR_MIN2:
    case IR_MAX2: return n->n ? node_fmt(x, p->args[n->args]) : NULL;
    case IR_REMAINING: return &F_MONEY;
    default: return NULL;
    }
}

/* The type of IR node 'node' as far as the IR tells (NULL: by the value's
 * kind).  Memoised per node. */
static const FormatType *node_fmt(Ex *x, uint32_t node)
{
    if (node == IR_NONE) return NULL;
    if (x->fmt_done[node]) return x->fmt[node];
    x->fmt_done[node] = 1; /* a cycle (there is none: the checker forbids it) gives NULL */
    x->fmt[node] = infer_fmt(x, node);
    return x->fmt[node];
}

/* ---- values as text ------------------------------------------------------------- */

typedef enum Style {
    STYLE_TEXT,   /* for people: € 1.234,56, 3%, ISO dates, "quoted" texts */
    STYLE_PLAIN,  /* the JSON facts: 1234.56, true, ISO dates, "quoted" texts */
    STYLE_JSON    /* a JSON value */
} Style;

static void put_quoted(Buf *b, const char *s, size_t len)
{
    buf_put(b, "\"", 1);
    for (size_t k = 0; k < len; k++) {
        if (s[k] == '"' || s[k] == '\\') buf_put(b, "\\", 1);
        buf_put(b, s + k, 1);
    }
    buf_put(b, "\"", 1);
}

static void put_json_string(Buf *b, const char *s)
{
    size_t len = strlen(s);
    size_t need = format_json_string(NULL, 0, s, len);
    b->s = xgrow(b->s, &b->cap, b->len + need + 1, 1);
    format_json_string(b->s + b->len, need + 1, s, len);
    b->len += need;
}

/* Writes 'v' of type 'f' (may be NULL) in 'style'. */
static void put_value(Ex *x, Buf *b, Value v, const FormatType *f, Style style)
{
    switch ((ValueKind)v.kind) {
    case VAL_NONE:
        buf_puts(b, style == STYLE_JSON ? "null" : "(no value)");
        return;
    case VAL_BOOL:
        if (style == STYLE_TEXT && x->opt->dutch) buf_puts(b, v.as.b ? "ja" : "nee");
        else buf_puts(b, v.as.b ? "true" : "false");
        return;
    case VAL_DATE: {
        char d[DATE_TEXT_SIZE];
        date_format_iso(v.as.date, d);
        if (style == STYLE_JSON) put_json_string(b, d);
        else buf_puts(b, d);
        return;
    }
    case VAL_TEXT: {
        const char *s = v.as.text ? v.as.text->s : "";
        if (style == STYLE_JSON) put_json_string(b, s);
        else put_quoted(b, s, v.as.text ? v.as.text->len : 0);
        return;
    }
    case VAL_ENUM: {
        const EnumInfo *names = f && f->names ? f->names : (const EnumInfo *)v.as.type;
        const char *name = names && v.tag < names->n ? names->members[v.tag] : "?";
        if (style == STYLE_JSON) put_json_string(b, name);
        else buf_puts(b, name);
        return;
    }
    case VAL_SET:
    case VAL_LIST: {
        const FormatType *elem = f && (f->shape == FORMAT_SET || f->shape == FORMAT_LIST) && f->parts ? f->parts[0] : NULL;
        bool set = v.kind == VAL_SET && style != STYLE_JSON;
        buf_puts(b, set ? "{" : "[");
        for (uint32_t k = 0; v.as.set && k < v.as.set->n; k++) {
            if (k) buf_puts(b, style == STYLE_JSON ? ", " : ", ");
            put_value(x, b, v.as.set->items[k], elem, style);
        }
        buf_puts(b, set ? "}" : "]");
        return;
    }
    case VAL_NUM:
        if (style == STYLE_JSON && !f && v.scale == 0) {
            /* a whole number of no known type (an int def, a count) */
            Dec d = value_dec(v);
            char t[DEC_FORMAT_MAX];
            dec_format(t, sizeof t, d, DEC_STYLE_PLAIN, 0);
            buf_puts(b, t);
            return;
        }
        /* fall through */
    default: {
        FormatStyle fs = style == STYLE_TEXT ? FORMAT_DUTCH : style == STYLE_JSON ? FORMAT_JSON : FORMAT_PLAIN;
        size_t need = format_value(NULL, 0, v, f, fs);
        b->s = xgrow(b->s, &b->cap, b->len + need + 1, 1);
        format_value(b->s + b->len, need + 1, v, f, fs);
        b->len += need;
        return;
    }
    }
}

/* 'v' as an arena string. */
static const char *value_str(Ex *x, Value v, const FormatType *f, Style style)
{
    Buf b = {0};
    put_value(x, &b, v, f, style);
    const char *s = arena_strndup(&x->arena, b.s ? b.s : "", b.len);
    xfree(b.s);
    return s;
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
    o.expr = node_text(x, node);
    o.fmt = node_fmt(x, node);
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
    case IR_IN_MASK: {
        Fact f = {true, cmp_op(IR_IN_MASK, holds), operand(x, n->a), literal(mask_set_text(x, n))};
        add_fact(x, c, f);
        return;
    }
    case IR_IS: {
        const FormatType *vf = node_fmt(x, n->a);
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
static int64_t outcome_of(const PolicyDecision *dec, Value v)
{
    if (v.kind == VAL_VARIANT || v.kind == VAL_ENUM) return v.tag;
    if (v.kind == VAL_BOOL && dec->variant < 0) return v.as.b ? 1 : 0;
    return -1;
}

/* The outcome names of decision 'dec' (variant cases, enum members, or
 * false/true), or NULL when its values are not a choice (money, text). */
static const EnumInfo *outcomes(const Policy *p, const PolicyDecision *dec)
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
    case IR_CONST: return outcome_of(dec, p->consts[n->a]) == (int64_t)o;
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
        const EnumInfo *os = outcomes(p, dec);
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
            const EnumInfo *os = outcomes(p, &p->decisions[d]);
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
        const EnumInfo *os = named >= 0 ? outcomes(p, &p->decisions[named]) : NULL;
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
            const EnumInfo *os = outcomes(p, dec);
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
    if (de->ok && outcome_of(dec, de->value) == (int64_t)w->outcome) w->already = true;
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
        if (r.state == RS_APPLIES && gives && r.has_result && outcome_of(dec, r.result) != (int64_t)w->outcome)
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
    case EVAL_TRACE_DEF:
        x->def_seen[ev->index] = 1;
        x->def_val[ev->index] = ev->value;
        return;
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

static const char *input_file(const PolicyDataset *in)
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
                 in->name, input_file(in), in->n_keys > 1 ? "the key" : names.s, id);
        xfree(names.s);
        x->res->status = EXPLAIN_USAGE;
        ok = false;
    } else if (ok && again >= 0) {
        snprintf(x->res->message, sizeof x->res->message,
                 "%s: the key '%s' of input '%s' is on more than one row (lines %" PRIu64 " and %" PRIu64 ")",
                 input_file(in), id, in->name, dataset_line(in->data, (size_t)found),
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

/* ---- writing: shared pieces ------------------------------------------------------------- */

static const char *rule_name(const PolicyDecision *dec, int32_t k)
{
    return k < 0 ? "otherwise" : dec->rules[k].name;
}

/* 'name "label"' of a rule (the label as the policy writes it). */
static void put_rule_title(Buf *b, const PolicyDecision *dec, int32_t k)
{
    if (k < 0) {
        buf_puts(b, "otherwise");
        return;
    }
    const PolicyRule *r = &dec->rules[k];
    buf_puts(b, r->name);
    if (r->label) buf_printf(b, " \"%s\"", r->label);
}

/* A fact as one line: "remaining(plafond) = € 120,00 < kosten = € 1.484,62". */
static void put_operand(Ex *x, Buf *b, const Operand *o, Style style)
{
    buf_puts(b, o->expr);
    if (!o->show) return;
    buf_puts(b, " = ");
    put_value(x, b, o->v, o->fmt, style);
}

static void put_fact(Ex *x, Buf *b, const Fact *f, Style style)
{
    size_t mark = b->len;
    put_operand(x, b, &f->a, style);
    if (!f->binary) return;
    /* "verwijzer = "gi" = "gi"" says no more than "verwijzer = "gi"" */
    if (strcmp(f->op, "=") == 0 && f->a.show && f->b.literal) {
        size_t elen = strlen(f->a.expr) + 3, blen = strlen(f->b.expr);
        if (b->len - mark == elen + blen && memcmp(b->s + mark + elen, f->b.expr, blen) == 0) return;
    }
    buf_printf(b, " %s ", f->op);
    put_operand(x, b, &f->b, style);
}

/* The facts of 'c' joined by ", ". */
static void put_facts_inline(Ex *x, Buf *b, const Cond *c, Style style)
{
    for (uint32_t k = 0; k < c->n_facts; k++) {
        if (k) buf_puts(b, ", ");
        put_fact(x, b, &c->facts[k], style);
    }
}

/* "the key parts" of a ledger account: "A012, 2021". */
static void put_key(Ex *x, Buf *b, const LedgerEx *l)
{
    const PolicyBudget *pb = &x->p->budgets[l->budget];
    const LedgerEntry *le = &x->ls.items[l->budget].entries[l->entry];
    for (uint32_t k = 0; k < pb->n_per; k++) {
        if (k) buf_puts(b, ", ");
        Value v = le->key[k];
        if (v.kind == VAL_TEXT && v.as.text) buf_put(b, v.as.text->s, v.as.text->len);
        else put_value(x, b, v, pb->key_format[k], STYLE_TEXT);
    }
}

/* The period of parameter 'k' in force on the row, as "(from 2021-01-01)",
 * or "" when it has one value. */
static const char *param_when(Ex *x, uint32_t k)
{
    const PolicyParam *pp = &x->p->params[k];
    if (pp->set_text) return "(--set)";
    if (pp->n_periods == 0) return "";
    uint32_t at = policy_param_at(x->p, k, x->has_date, x->date);
    char a[DATE_TEXT_SIZE], b[DATE_TEXT_SIZE];
    for (uint32_t i = 0; i < pp->n_periods; i++) {
        const PolicyPeriod *pe = &pp->periods[i];
        if (pe->value != at || !x->has_date || x->date.days < pe->from || x->date.days > pe->until) continue;
        if (pe->from == INT32_MIN && pe->until == INT32_MAX) return "";
        if (pe->from == INT32_MIN) return arena_printf(&x->arena, "(until %s)", date_format_iso((Date){pe->until}, b));
        if (pe->until == INT32_MAX) return arena_printf(&x->arena, "(from %s)", date_format_iso((Date){pe->from}, a));
        return arena_printf(&x->arena, "(from %s until %s)", date_format_iso((Date){pe->from}, a),
                            date_format_iso((Date){pe->until}, b));
    }
    if (x->has_date && pp->periods[0].from != INT32_MIN && x->date.days < pp->periods[0].from)
        return arena_printf(&x->arena, "(before %s)", date_format_iso((Date){pp->periods[0].from}, a));
    return "(outside its dated periods)";
}

/* The period of parameter 'k' in force on the row, as from/until dates
 * (NULL: open). */
static void param_period(Ex *x, uint32_t k, const char **from, const char **until)
{
    const PolicyParam *pp = &x->p->params[k];
    *from = *until = NULL;
    if (pp->set_text || !x->has_date) return;
    uint32_t at = policy_param_at(x->p, k, x->has_date, x->date);
    char d[DATE_TEXT_SIZE];
    for (uint32_t i = 0; i < pp->n_periods; i++) {
        const PolicyPeriod *pe = &pp->periods[i];
        if (pe->value != at || x->date.days < pe->from || x->date.days > pe->until) continue;
        if (pe->from != INT32_MIN) *from = arena_strdup(&x->arena, date_format_iso((Date){pe->from}, d));
        if (pe->until != INT32_MAX) *until = arena_strdup(&x->arena, date_format_iso((Date){pe->until}, d));
        return;
    }
}

/* "row H23 (cases.csv line 24)". */
static void put_row_name(Ex *x, Buf *b)
{
    const PolicyDataset *in = &x->p->datasets[x->p->input];
    buf_puts(b, "row ");
    if (in->n_keys == 0) {
        buf_printf(b, "%zu", x->row + 1);
    } else {
        for (uint32_t k = 0; k < in->n_keys; k++) {
            if (k) buf_puts(b, ", ");
            Value v = dataset_get(in->data, x->row, in->key_fields[k]);
            if (v.kind == VAL_TEXT && v.as.text) buf_put(b, v.as.text->s, v.as.text->len);
            else put_value(x, b, v, in->field_format[in->key_fields[k]], STYLE_TEXT);
        }
    }
    uint64_t line = dataset_line(in->data, x->row);
    if (line) buf_printf(b, " (%s line %" PRIu64 ")", input_file(in), line);
}

/* The summary sentence of --why-not. */
static void put_why_summary(Ex *x, Buf *b, Style style)
{
    const WhyNot *w = x->why;
    const PolicyDecision *dec = &x->p->decisions[w->d];
    const DecisionEx *de = &x->dec[w->d];
    if (!de->ok) {
        buf_printf(b, "%s could not be decided for this row: %s", dec->name, de->error ? de->error : "an error");
        return;
    }
    if (w->already) {
        buf_printf(b, "%s is %s: ", dec->name, w->name);
        if (de->rule < 0) buf_puts(b, "no rule applied and the otherwise gives it");
        else {
            buf_puts(b, "rule ");
            put_rule_title(b, dec, de->rule);
            buf_puts(b, " decided it");
        }
        return;
    }
    if (!w->any_giver) {
        buf_printf(b, "%s was not possible: no rule of %s gives it%s", w->name, dec->name,
                   dec->otherwise != IR_NONE ? ", and neither does its otherwise" : "");
        return;
    }
    buf_printf(b, "%s was not possible: ", w->name);
    for (uint32_t k = 0; k < w->n_blockers; k++) {
        const RuleEx *r = &w->blockers[k];
        if (k) buf_puts(b, "; and after it ");
        buf_puts(b, "rule ");
        put_rule_title(b, dec, r->rule);
        if (r->state == RS_ERROR) {
            buf_printf(b, " could not be evaluated: %s", r->error);
            continue;
        }
        buf_puts(b, k == 0 && r->tried ? " applied first" : r->tried ? " applied" : " would have applied");
        if (r->when.node != IR_NONE) {
            buf_puts(b, ": ");
            put_facts_inline(x, b, &r->when, style);
        } else {
            buf_puts(b, " (it has no condition)");
        }
        if (r->unless.node != IR_NONE) {
            buf_puts(b, ", and its exception did not hold: ");
            put_facts_inline(x, b, &r->unless, style);
        }
    }
    /* the rules that give it, and why they did not */
    char df[DATE_TEXT_SIZE];
    for (uint32_t k = 0; k < w->n_givers; k++) {
        const RuleEx *r = &w->givers[k];
        if (k || w->n_blockers) buf_puts(b, "; ");
        buf_puts(b, "rule ");
        put_rule_title(b, dec, r->rule);
        switch (r->state) {
        case RS_NOT_IN_FORCE:
            buf_printf(b, ", which gives it, is not in force on %s",
                       x->has_date ? date_format_iso(x->date, df) : "a row without a reference date");
            break;
        case RS_WHEN_FALSE:
            buf_puts(b, r->tried ? ", which gives it, did not apply: " : ", which gives it, would not have applied either: ");
            put_facts_inline(x, b, &r->when, style);
            break;
        case RS_UNLESS_HELD:
            buf_puts(b, r->tried ? ", which gives it, did not apply because its exception held: "
                                 : ", which gives it, would not have applied either, because its exception held: ");
            put_facts_inline(x, b, &r->unless, style);
            break;
        case RS_ERROR: buf_printf(b, ", which gives it, could not be evaluated: %s", r->error); break;
        case RS_APPLIES: buf_puts(b, " would have given it"); break;
        }
    }
}

/* The type of argument 'a' of call 'c', as its call site says. */
static const FormatType *call_arg_fmt(Ex *x, const CallEx *c, uint32_t a)
{
    if (c->node == IR_NONE || c->node >= x->p->n_ir) return NULL;
    const IrNode *n = &x->p->ir[c->node];
    return a < n->n ? node_fmt(x, x->p->args[n->args + a]) : NULL;
}

/* ---- writing: text ------------------------------------------------------------------------ */

static void indent(Buf *b, int n)
{
    for (int k = 0; k < n; k++) buf_put(b, " ", 1);
}

static void text_cond(Ex *x, Buf *b, const Cond *c, const char *word, int ind)
{
    if (c->node == IR_NONE) return;
    indent(b, ind);
    buf_printf(b, "%s %s: ", word, node_text(x, c->node));
    if (!c->ok) {
        buf_puts(b, "not evaluated\n");
        return;
    }
    put_value(x, b, value_bool(c->value), NULL, STYLE_TEXT);
    buf_puts(b, "\n");
    for (uint32_t k = 0; k < c->n_facts; k++) {
        indent(b, ind + 2);
        put_fact(x, b, &c->facts[k], STYLE_TEXT);
        buf_puts(b, "\n");
    }
}

/* A doc string, each line indented by 'ind' (its common indentation and
 * surrounding blank lines dropped). */
static void text_doc(Buf *b, const char *doc, int ind)
{
    if (!doc) return;
    size_t common = SIZE_MAX;
    for (const char *s = doc; *s;) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        size_t lead = 0;
        while (lead < len && (s[lead] == ' ' || s[lead] == '\t')) lead++;
        if (lead < len && lead < common) common = lead;
        s = e ? e + 1 : s + len;
    }
    if (common == SIZE_MAX) return;
    bool started = false;
    size_t blank = 0;
    for (const char *s = doc; *s;) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        size_t lead = 0;
        while (lead < len && (s[lead] == ' ' || s[lead] == '\t')) lead++;
        if (lead == len) {
            if (started) blank++;
        } else {
            for (; blank; blank--) buf_puts(b, "\n");
            indent(b, ind);
            buf_put(b, s + common, len - common);
            buf_puts(b, "\n");
            started = true;
        }
        s = e ? e + 1 : s + len;
    }
}

static void text_rule(Ex *x, Buf *b, uint32_t d, const RuleEx *r, int ind)
{
    const PolicyDecision *dec = &x->p->decisions[d];
    indent(b, ind);
    put_rule_title(b, dec, r->rule);
    char df[DATE_TEXT_SIZE], du[DATE_TEXT_SIZE];
    switch (r->state) {
    case RS_NOT_IN_FORCE: {
        const PolicyRule *pr = &dec->rules[r->rule];
        buf_puts(b, ": not in force on ");
        if (x->has_date) buf_puts(b, date_format_iso(x->date, df));
        else buf_puts(b, "a row without a reference date");
        buf_puts(b, " (valid");
        if (pr->valid_from != INT32_MIN) buf_printf(b, " from %s", date_format_iso((Date){pr->valid_from}, df));
        if (pr->valid_until != INT32_MAX) buf_printf(b, " until %s", date_format_iso((Date){pr->valid_until}, du));
        buf_puts(b, ")\n");
        return;
    }
    case RS_WHEN_FALSE: buf_puts(b, ": did not apply"); break;
    case RS_UNLESS_HELD: buf_puts(b, ": did not apply: its exception held"); break;
    case RS_APPLIES: buf_puts(b, r->rule < 0 ? ": applies when no rule does" : ": applied"); break;
    case RS_ERROR: buf_printf(b, ": could not be evaluated: %s", r->error); break;
    }
    if (!r->tried) buf_puts(b, " (not tried: an earlier rule decided; evaluated for this question)");
    buf_puts(b, "\n");
    text_cond(x, b, &r->when, "when", ind + 2);
    text_cond(x, b, &r->unless, "unless", ind + 2);
    if (r->state == RS_APPLIES && r->has_result && !r->tried) {
        indent(b, ind + 2);
        buf_puts(b, "giving ");
        put_value(x, b, r->result, dec->format, STYLE_TEXT);
        buf_puts(b, "\n");
    }
}

static void text_decision(Ex *x, Buf *b, uint32_t d)
{
    const PolicyDecision *dec = &x->p->decisions[d];
    const DecisionEx *de = &x->dec[d];
    buf_printf(b, "%s = ", dec->name);
    if (!de->ok) {
        buf_printf(b, "(error) %s\n", de->error ? de->error : "");
    } else {
        put_value(x, b, de->value, dec->format, STYLE_TEXT);
        buf_puts(b, "\n");
    }
    /* the deciding rule first, then the rules tried before it */
    const RuleEx *deciding = NULL;
    uint32_t before = de->n_rules;
    if (de->ok && de->rule >= 0)
        for (uint32_t k = 0; k < de->n_rules; k++)
            if (de->rules[k].rule == de->rule) {
                deciding = &de->rules[k];
                before = dec->unique ? de->n_rules : k;
            }
    if (deciding) {
        const PolicyRule *pr = &dec->rules[de->rule];
        indent(b, 2);
        buf_puts(b, "decided by rule ");
        put_rule_title(b, dec, de->rule);
        const char *where = span_where(x, pr->span);
        if (where) buf_printf(b, " (%s)", where);
        buf_puts(b, "\n");
        text_doc(b, pr->doc, 4);
        text_cond(x, b, &deciding->when, "when", 4);
        text_cond(x, b, &deciding->unless, "unless", 4);
        if (pr->when == IR_NONE) {
            indent(b, 4);
            buf_puts(b, "(it has no condition: it applies to every row)\n");
        }
    } else if (de->ok) {
        indent(b, 2);
        buf_puts(b, "decided by otherwise: no rule applied\n");
    } else {
        indent(b, 2);
        buf_puts(b, "not decided\n");
    }
    bool any = false;
    for (uint32_t k = 0; k < before; k++) {
        if (&de->rules[k] == deciding) continue;
        if (!any) {
            indent(b, 2);
            buf_puts(b, dec->unique ? "the other rules:\n" : deciding ? "rules tried before it:\n" : "rules tried:\n");
            any = true;
        }
        text_rule(x, b, d, &de->rules[k], 4);
    }
}

static void text_values(Ex *x, Buf *b)
{
    const Policy *p = x->p;
    /* definitions: "name = value", the formula in a column */
    size_t width = 0;
    const char **lhs = ARENA_ARRAY(&x->arena, const char *, p->n_defs ? p->n_defs : 1);
    for (uint32_t k = 0; k < p->n_defs; k++) {
        if (!x->def_seen[k] || p->defs[k].n_params) continue;
        const FormatType *f = p->defs[k].money ? &F_MONEY : node_fmt(x, p->defs[k].body);
        lhs[k] = arena_printf(&x->arena, "%s = %s", p->defs[k].name, value_str(x, x->def_val[k], f, STYLE_TEXT));
        size_t w = utf8_chars(lhs[k], strlen(lhs[k]));
        if (w > width) width = w;
    }
    if (width > 40) width = 40;
    bool any = false;
    for (uint32_t k = 0; k < p->n_defs; k++) {
        if (!lhs[k]) continue;
        if (!any) buf_puts(b, "\ndefinitions\n");
        any = true;
        indent(b, 2);
        buf_puts(b, lhs[k]);
        size_t w = utf8_chars(lhs[k], strlen(lhs[k]));
        const char *formula = node_text(x, p->defs[k].body);
        const char *val = lhs[k] + strlen(p->defs[k].name) + 3;
        if (strcmp(formula, val) != 0) {
            indent(b, (int)(w < width ? width - w : 0) + 3);
            buf_puts(b, formula);
        }
        buf_puts(b, "\n");
    }
    if (x->n_calls) buf_puts(b, "\nfunctions called\n");
    for (size_t k = 0; k < x->n_calls; k++) {
        const CallEx *c = &x->calls[k];
        const PolicyDef *pd = &p->defs[c->def];
        indent(b, 2);
        buf_printf(b, "%s(", pd->name);
        const char **args = ARENA_ARRAY(&x->arena, const char *, c->n_args ? c->n_args : 1);
        const char *sep = ", ";
        for (uint32_t a = 0; a < c->n_args; a++) {
            args[a] = value_str(x, c->args[a], call_arg_fmt(x, c, a), STYLE_TEXT);
            if (c->args[a].kind != VAL_TEXT && strchr(args[a], ',')) sep = "; "; /* 2,5 */
        }
        for (uint32_t a = 0; a < c->n_args; a++) buf_printf(b, "%s%s", a ? sep : "", args[a]);
        buf_puts(b, ") = ");
        put_value(x, b, c->value, pd->money ? &F_MONEY : node_fmt(x, pd->body), STYLE_TEXT);
        buf_puts(b, "\n");
    }
    any = false;
    for (uint32_t k = 0; k < p->n_params; k++) {
        if (!x->param_seen[k]) continue;
        if (!any) buf_puts(b, "\nparameters\n");
        any = true;
        indent(b, 2);
        buf_printf(b, "%s = ", p->params[k].name);
        put_value(x, b, x->param_val[k], p->params[k].format, STYLE_TEXT);
        const char *when = param_when(x, k);
        if (*when) buf_printf(b, " %s", when);
        buf_puts(b, "\n");
    }
    if (x->n_ledgers) buf_puts(b, "\nledgers, as this row saw them\n");
    for (size_t k = 0; k < x->n_ledgers; k++) {
        const LedgerEx *l = &x->ledgers[k];
        const PolicyBudget *pb = &p->budgets[l->budget];
        indent(b, 2);
        if (l->entry < 0) {
            buf_printf(b, "%s: no account for this row: %s\n", pb->name, l->error ? l->error : "");
            continue;
        }
        buf_printf(b, "remaining(%s[", pb->name);
        put_key(x, b, l);
        buf_puts(b, "]) = ");
        put_value(x, b, value_num(l->remaining), &F_MONEY, STYLE_TEXT);
        buf_puts(b, " of ");
        put_value(x, b, value_num(l->limit), &F_MONEY, STYLE_TEXT);
        buf_puts(b, " when this row was decided");
        if (l->grants) {
            buf_puts(b, " (");
            put_value(x, b, value_num(l->charged), &F_MONEY, STYLE_TEXT);
            buf_printf(b, " charged for %" PRIu64 " earlier row%s)", l->grants, l->grants == 1 ? "" : "s");
        } else if (dec_sign(l->charged) == 0) {
            buf_puts(b, " (nothing charged before)");
        }
        buf_puts(b, l->own ? "; this row's own account\n" : "\n");
        if (l->own && dec_sign(l->charged_now) != 0) {
            Dec after;
            indent(b, 4);
            buf_puts(b, "this row was charged ");
            put_value(x, b, value_num(l->charged_now), &F_MONEY, STYLE_TEXT);
            if (dec_sub(&after, l->remaining, l->charged_now)) {
                buf_puts(b, ", leaving ");
                put_value(x, b, value_num(after), &F_MONEY, STYLE_TEXT);
            }
            buf_puts(b, "\n");
        }
    }
    const PolicyDataset *in = &p->datasets[p->input];
    any = false;
    for (size_t f = 0; f < in->schema.n; f++) {
        if (!x->field_used[f]) continue;
        if (!any) buf_puts(b, "\ninput fields used\n");
        any = true;
        indent(b, 2);
        buf_printf(b, "%s = ", in->schema.fields[f].name);
        put_value(x, b, dataset_get(in->data, x->row, f), in->field_format[f], STYLE_TEXT);
        buf_puts(b, "\n");
    }
}

static void text_header(Ex *x, Buf *b)
{
    const Policy *p = x->p;
    const PolicyDataset *in = &p->datasets[p->input];
    put_row_name(x, b);
    buf_puts(b, "\n");
    char d[DATE_TEXT_SIZE];
    if (x->has_date) {
        buf_printf(b, "  reference date %s", date_format_iso(x->date, d));
        if (p->fixed_date) buf_puts(b, " (--on)\n");
        else buf_printf(b, " (%s)\n", in->schema.fields[in->schema.date_field].name);
    }
    if (x->budgets) {
        buf_printf(b, "  decided as row %zu of %zu in date order", x->position, x->n_rows);
        if (x->position > 1)
            buf_printf(b, ": the %zu row%s before it %s decided and charged first", x->position - 1,
                       x->position == 2 ? "" : "s", x->position == 2 ? "was" : "were");
        buf_puts(b, "\n");
    }
}

static void text_why(Ex *x, Buf *b)
{
    const WhyNot *w = x->why;
    const PolicyDecision *dec = &x->p->decisions[w->d];
    const DecisionEx *de = &x->dec[w->d];
    put_row_name(x, b);
    buf_printf(b, ": %s = ", dec->name);
    if (de->ok) {
        put_value(x, b, de->value, dec->format, STYLE_TEXT);
        buf_puts(b, ", by ");
        if (de->rule >= 0) buf_puts(b, "rule ");
        put_rule_title(b, dec, de->rule);
    } else {
        buf_puts(b, "(not decided)");
    }
    buf_puts(b, "\n\n");
    put_why_summary(x, b, STYLE_TEXT);
    buf_puts(b, "\n");
    if (w->already || !w->any_giver || !de->ok) return;
    if (w->n_blockers) {
        buf_printf(b, "\nin the way of %s:\n", w->name);
        for (uint32_t k = 0; k < w->n_blockers; k++) text_rule(x, b, w->d, &w->blockers[k], 2);
    }
    buf_printf(b, "\n%s is given by:\n", w->name);
    for (uint32_t k = 0; k < w->n_givers; k++) text_rule(x, b, w->d, &w->givers[k], 2);
    if (w->otherwise_gives) {
        indent(b, 2);
        buf_puts(b, "otherwise: when no rule applies\n");
    }
}

static void write_text(Ex *x)
{
    Buf b = {0};
    if (x->why) {
        text_why(x, &b);
    } else {
        text_header(x, &b);
        for (uint32_t d = 0; d < x->n_decided; d++) {
            buf_puts(&b, "\n");
            text_decision(x, &b, d);
        }
        text_values(x, &b);
    }
    if (b.s) fwrite(b.s, 1, b.len, x->out);
    xfree(b.s);
}

/* ---- writing: JSON ---------------------------------------------------------------------------- */

/* A JSON writer that puts every member on its own line. */
typedef struct Json {
    Ex *x;
    Buf *b;
    int depth;               /* open objects and arrays */
    bool first[64];          /* per depth: no member written yet */
} Json;

static void j_sep(Json *j, const char *key)
{
    if (j->depth > 0) {
        if (!j->first[j->depth]) buf_puts(j->b, ",");
        j->first[j->depth] = false;
        buf_puts(j->b, "\n");
        indent(j->b, 2 * j->depth);
    }
    if (key) {
        put_json_string(j->b, key);
        buf_puts(j->b, ": ");
    }
}

static void j_open(Json *j, const char *key, char c)
{
    j_sep(j, key);
    buf_put(j->b, &c, 1);
    if (j->depth < 63) j->depth++;
    j->first[j->depth] = true;
}

static void j_close(Json *j, char c)
{
    bool empty = j->first[j->depth];
    j->depth--;
    if (!empty) {
        buf_puts(j->b, "\n");
        indent(j->b, 2 * j->depth);
    }
    buf_put(j->b, &c, 1);
}

static void j_str(Json *j, const char *key, const char *s)
{
    j_sep(j, key);
    if (s) put_json_string(j->b, s);
    else buf_puts(j->b, "null");
}

static void j_raw(Json *j, const char *key, const char *raw)
{
    j_sep(j, key);
    buf_puts(j->b, raw);
}

static void j_bool(Json *j, const char *key, bool v)
{
    j_raw(j, key, v ? "true" : "false");
}

static void j_uint(Json *j, const char *key, uint64_t v)
{
    j_sep(j, key);
    buf_printf(j->b, "%" PRIu64, v);
}

static void j_value(Json *j, const char *key, Value v, const FormatType *f)
{
    j_sep(j, key);
    put_value(j->x, j->b, v, f, STYLE_JSON);
}

static void j_text(Json *j, const char *key, void (*put)(Ex *, Buf *, const void *, Style), const void *arg)
{
    Buf t = {0};
    put(j->x, &t, arg, STYLE_PLAIN);
    j_str(j, key, t.s ? t.s : "");
    xfree(t.s);
}

static void put_fact_cb(Ex *x, Buf *b, const void *arg, Style style)
{
    put_fact(x, b, arg, style);
}

static void j_operand(Json *j, const Operand *o)
{
    if (!o->show) return;
    j_open(j, NULL, '{');
    j_str(j, "expr", o->expr);
    j_value(j, "value", o->v, o->fmt);
    j_close(j, '}');
}

static void j_cond(Json *j, const char *key, const Cond *c)
{
    if (c->node == IR_NONE) {
        j_raw(j, key, "null");
        return;
    }
    j_open(j, key, '{');
    j_str(j, "condition", node_text(j->x, c->node));
    if (c->ok) j_bool(j, "value", c->value);
    else j_raw(j, "value", "null");
    j_open(j, "facts", '[');
    for (uint32_t k = 0; k < c->n_facts; k++) {
        const Fact *f = &c->facts[k];
        j_open(j, NULL, '{');
        j_text(j, "text", put_fact_cb, f);
        j_open(j, "values", '[');
        j_operand(j, &f->a);
        if (f->binary) j_operand(j, &f->b);
        j_close(j, ']');
        j_close(j, '}');
    }
    j_close(j, ']');
    j_close(j, '}');
}

static const char *state_name(RuleState s)
{
    switch (s) {
    case RS_NOT_IN_FORCE: return "not_in_force";
    case RS_WHEN_FALSE: return "when_false";
    case RS_UNLESS_HELD: return "unless_held";
    case RS_APPLIES: return "applied";
    case RS_ERROR: return "error";
    }
    return "?";
}

static void j_rule(Json *j, uint32_t d, const RuleEx *r)
{
    Ex *x = j->x;
    const PolicyDecision *dec = &x->p->decisions[d];
    j_open(j, NULL, '{');
    j_str(j, "rule", rule_name(dec, r->rule));
    const PolicyRule *pr = r->rule >= 0 ? &dec->rules[r->rule] : NULL;
    j_str(j, "label", pr ? pr->label : NULL);
    j_str(j, "source", span_where(x, pr ? pr->span : dec->otherwise_span));
    j_str(j, "state", state_name(r->state));
    j_bool(j, "tried", r->tried);
    char df[DATE_TEXT_SIZE];
    j_str(j, "valid_from", pr && pr->valid_from != INT32_MIN ? date_format_iso((Date){pr->valid_from}, df) : NULL);
    j_str(j, "valid_until", pr && pr->valid_until != INT32_MAX ? date_format_iso((Date){pr->valid_until}, df) : NULL);
    j_cond(j, "when", &r->when);
    j_cond(j, "unless", &r->unless);
    if (r->state == RS_ERROR) j_str(j, "error", r->error);
    if (r->state == RS_APPLIES && r->has_result) j_value(j, "result", r->result, dec->format);
    j_close(j, '}');
}

static void put_why_cb(Ex *x, Buf *b, const void *arg, Style style)
{
    (void)arg;
    put_why_summary(x, b, style);
}

static void j_why(Json *j)
{
    const WhyNot *w = j->x->why;
    const PolicyDecision *dec = &j->x->p->decisions[w->d];
    j_open(j, "why_not", '{');
    j_str(j, "decision", dec->name);
    j_str(j, "outcome", w->name);
    j_bool(j, "got_it", w->already);
    j_bool(j, "possible", w->any_giver);
    j_text(j, "summary", put_why_cb, NULL);
    j_open(j, "in_the_way", '[');
    for (uint32_t k = 0; k < w->n_blockers; k++) j_rule(j, w->d, &w->blockers[k]);
    j_close(j, ']');
    j_open(j, "given_by", '[');
    for (uint32_t k = 0; k < w->n_givers; k++) j_rule(j, w->d, &w->givers[k]);
    j_close(j, ']');
    j_bool(j, "otherwise_gives_it", w->otherwise_gives);
    j_close(j, '}');
}

static void write_json(Ex *x)
{
    const Policy *p = x->p;
    const PolicyDataset *in = &p->datasets[p->input];
    Buf b = {0};
    Json j = {x, &b, 0, {0}};
    char d[DATE_TEXT_SIZE];
    j_open(&j, NULL, '{');
    j_str(&j, "policy", p->path);
    j_open(&j, "row", '{');
    j_str(&j, "input", in->name);
    j_uint(&j, "number", x->row + 1);
    j_open(&j, "key", '[');
    for (uint32_t k = 0; k < in->n_keys; k++)
        j_value(&j, NULL, dataset_get(in->data, x->row, in->key_fields[k]), in->field_format[in->key_fields[k]]);
    j_close(&j, ']');
    j_str(&j, "file", dataset_file(in->data));
    uint64_t line = dataset_line(in->data, x->row);
    if (line) j_uint(&j, "line", line);
    else j_raw(&j, "line", "null");
    j_str(&j, "reference_date", x->has_date ? date_format_iso(x->date, d) : NULL);
    if (x->budgets) {
        j_uint(&j, "position", x->position);
        j_uint(&j, "rows", x->n_rows);
    } else {
        j_raw(&j, "position", "null");
        j_uint(&j, "rows", x->n_rows);
    }
    j_open(&j, "fields", '{');
    for (size_t f = 0; f < in->schema.n; f++)
        j_value(&j, in->schema.fields[f].name, dataset_get(in->data, x->row, f), in->field_format[f]);
    j_close(&j, '}');
    j_open(&j, "fields_used", '[');
    for (size_t f = 0; f < in->schema.n; f++)
        if (x->field_used[f]) j_str(&j, NULL, in->schema.fields[f].name);
    j_close(&j, ']');
    j_close(&j, '}');

    j_open(&j, "decisions", '[');
    for (uint32_t dn = 0; dn < x->n_decided; dn++) {
        const PolicyDecision *dec = &p->decisions[dn];
        const DecisionEx *de = &x->dec[dn];
        j_open(&j, NULL, '{');
        j_str(&j, "decision", dec->name);
        if (de->ok) {
            j_value(&j, "value", de->value, dec->format);
            const EnumInfo *os = outcomes(p, dec);
            int64_t o = outcome_of(dec, de->value);
            j_str(&j, "outcome", os && o >= 0 && (uint64_t)o < os->n ? os->members[o] : NULL);
            j_str(&j, "rule", rule_name(dec, de->rule));
            const PolicyRule *pr = de->rule >= 0 ? &dec->rules[de->rule] : NULL;
            j_str(&j, "label", pr ? pr->label : NULL);
            j_str(&j, "doc", pr ? pr->doc : NULL);
            j_str(&j, "source", span_where(x, pr ? pr->span : dec->otherwise_span));
        } else {
            j_raw(&j, "value", "null");
            j_str(&j, "error", de->error);
        }
        j_open(&j, "rules", '[');
        for (uint32_t k = 0; k < de->n_rules; k++) j_rule(&j, dn, &de->rules[k]);
        j_close(&j, ']');
        j_close(&j, '}');
    }
    j_close(&j, ']');

    j_open(&j, "definitions", '[');
    for (uint32_t k = 0; k < p->n_defs; k++) {
        if (!x->def_seen[k] || p->defs[k].n_params) continue;
        j_open(&j, NULL, '{');
        j_str(&j, "name", p->defs[k].name);
        j_value(&j, "value", x->def_val[k], p->defs[k].money ? &F_MONEY : node_fmt(x, p->defs[k].body));
        j_str(&j, "formula", node_text(x, p->defs[k].body));
        j_close(&j, '}');
    }
    j_close(&j, ']');
    j_open(&j, "calls", '[');
    for (size_t k = 0; k < x->n_calls; k++) {
        const CallEx *c = &x->calls[k];
        const PolicyDef *pd = &p->defs[c->def];
        j_open(&j, NULL, '{');
        j_str(&j, "function", pd->name);
        j_open(&j, "args", '[');
        for (uint32_t a = 0; a < c->n_args; a++) j_value(&j, NULL, c->args[a], call_arg_fmt(x, c, a));
        j_close(&j, ']');
        j_value(&j, "value", c->value, pd->money ? &F_MONEY : node_fmt(x, pd->body));
        j_close(&j, '}');
    }
    j_close(&j, ']');
    j_open(&j, "parameters", '[');
    for (uint32_t k = 0; k < p->n_params; k++) {
        if (!x->param_seen[k]) continue;
        const char *from, *until;
        param_period(x, k, &from, &until);
        j_open(&j, NULL, '{');
        j_str(&j, "name", p->params[k].name);
        j_value(&j, "value", x->param_val[k], p->params[k].format);
        j_str(&j, "from", from);
        j_str(&j, "until", until);
        j_bool(&j, "set", p->params[k].set_text != NULL);
        j_close(&j, '}');
    }
    j_close(&j, ']');
    j_open(&j, "ledgers", '[');
    for (size_t k = 0; k < x->n_ledgers; k++) {
        const LedgerEx *l = &x->ledgers[k];
        const PolicyBudget *pb = &p->budgets[l->budget];
        j_open(&j, NULL, '{');
        j_str(&j, "budget", pb->name);
        j_bool(&j, "own", l->own);
        if (l->entry < 0) {
            j_str(&j, "error", l->error);
            j_close(&j, '}');
            continue;
        }
        const LedgerEntry *le = &x->ls.items[l->budget].entries[l->entry];
        j_open(&j, "key", '[');
        for (uint32_t kp = 0; kp < pb->n_per; kp++) j_value(&j, NULL, le->key[kp], pb->key_format[kp]);
        j_close(&j, ']');
        j_value(&j, "limit", value_num(l->limit), &F_MONEY);
        j_value(&j, "charged_before", value_num(l->charged), &F_MONEY);
        j_uint(&j, "rows_charged_before", l->grants);
        j_value(&j, "remaining", value_num(l->remaining), &F_MONEY);
        j_value(&j, "charged_by_this_row", value_num(l->charged_now), &F_MONEY);
        j_close(&j, '}');
    }
    j_close(&j, ']');
    if (x->why) j_why(&j);
    j_close(&j, '}');
    buf_puts(&b, "\n");
    fwrite(b.s, 1, b.len, x->out);
    xfree(b.s);
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
    if (x->opt->format == EXPLAIN_JSON) write_json(x);
    else write_text(x);
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
