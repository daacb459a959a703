/* SPDX-License-Identifier: MIT
 * lower.c - a checked program to a runnable Policy (see lower.h).
 *
 * Runs once per run, after the checker: it trusts the annotations (every
 * expression has node->type, every name node->ref) and the effective
 * declaration lists of the CheckedProgram.  Steps:
 *   1. types: enums, variants and records get runtime descriptions and
 *      FormatTypes (how values are written);
 *   2. inputs and tables become Schemas; their fields, key columns and
 *      'dated by' field are numbered;
 *   3. parameters, definitions, functions, decisions and budgets get their
 *      slots (definitions first, then functions; locals for parameters);
 *   4. every expression becomes IR (lx()), with constant sub-expressions
 *      folded by evaluating them once; in a budget's limit the
 *      sub-expressions the checker marked as key parts become IR_KEY;
 *   5. constants the run needs as values are evaluated: field defaults,
 *      inline table rows, parameter periods and rule validity dates;
 *   6. for each rule, the budgets whose remaining its 'when' reads (for
 *      explanations; comparisons of remaining() with an amount became
 *      IR_BUDGET_CMP in step 4, for the ledger), and for each budget
 *      the names of its key columns and the table that lists its keys.
 * Everything is written into the Policy (its arena and IR arrays); the
 * lowering's own maps are freed at the end.
 */
#include "lower.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "../runtime/alloc.h"
#include "../runtime/eval.h"
#include "../runtime/testrun.h"
#include "check.h"
#include "lower_int.h"
#include "module.h"
#include "parse.h"
#include "types.h"

/* ---- a pointer map ---------------------------------------------------------- */

typedef struct PtrMap {
    const void **keys;   /* NULL = empty slot (xmalloc'ed) */
    int64_t *vals;       /* value per slot */
    size_t mask;         /* slots - 1 */
    size_t n;            /* entries */
} PtrMap;

static void map_init(PtrMap *m)
{
    m->mask = 255;
    m->keys = xcalloc(m->mask + 1, sizeof *m->keys);
    m->vals = xcalloc(m->mask + 1, sizeof *m->vals);
    m->n = 0;
}

static void map_free(PtrMap *m)
{
    xfree(m->keys);
    xfree(m->vals);
}

static size_t ptr_hash(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (size_t)x;
}

static void map_put(PtrMap *m, const void *key, int64_t val);

static void map_grow(PtrMap *m)
{
    PtrMap old = *m;
    m->mask = old.mask * 2 + 1;
    m->keys = xcalloc(m->mask + 1, sizeof *m->keys);
    m->vals = xcalloc(m->mask + 1, sizeof *m->vals);
    m->n = 0;
    for (size_t k = 0; k <= old.mask; k++)
        if (old.keys[k]) map_put(m, old.keys[k], old.vals[k]);
    map_free(&old);
}

static void map_put(PtrMap *m, const void *key, int64_t val)
{
    size_t s = ptr_hash(key) & m->mask;
    while (m->keys[s] && m->keys[s] != key) s = (s + 1) & m->mask;
    if (!m->keys[s]) m->n++;
    m->keys[s] = key;
    m->vals[s] = val;
    if (m->n * 2 > m->mask) map_grow(m);
}

/* Returns the value for 'key', or 'dflt' when absent. */
static int64_t map_get(const PtrMap *m, const void *key, int64_t dflt)
{
    size_t s = ptr_hash(key) & m->mask;
    while (m->keys[s]) {
        if (m->keys[s] == key) return m->vals[s];
        s = (s + 1) & m->mask;
    }
    return dflt;
}

/* ---- the lowering context ---------------------------------------------------- */

/* How a sub-expression is being lowered. */
enum {
    CTX_OPTIONAL = 1u << 0 /* under the left side of an 'or' default: a missing
                              table row or payload field gives "no value" */
};

/* Values stored in Lower.locals for a quantifier or aggregate variable. */
#define LOCAL_ROWS (INT64_C(1) << 40) /* the variable holds a row of dataset (val >> 20) & 0xFFFFF */

typedef struct Lower {
    Program *prog;        /* the checked program */
    CheckedProgram *cp;   /* its effective declarations */
    Policy *p;            /* being built */
    Diag *diag;           /* errors */
    PtrMap decls;         /* declaration node -> index in its Policy array */
    PtrMap fields;        /* AST_FIELD -> (dataset << 32) | field, records: field */
    PtrMap locals;        /* AST_PARAM of a function, AST_QUANT, AST_AGGREGATE -> slot */
    PtrMap formats;       /* AST_RECORD / AST_INPUT / AST_TABLE -> FormatType * */
    PtrMap keyuse;        /* in the limit being lowered: node -> per index + 1 */
    bool in_limit;        /* lowering a budget's limit */
    Eval *fold;           /* evaluates constant sub-expressions */
    FormatType *scalar;   /* the scalar formats by FieldType (policy arena;
                             FT_ENUM unused: each enum has its own) */
    uint32_t n_plain_defs; /* definitions without parameters (functions follow) */
    int errors;           /* errors reported */
    int32_t src_ds;       /* lower_formulas.c: bare fields of this dataset (an
                             allocation's or report's table) read the row in
                             local 'src_slot'; -1: none */
    uint32_t src_slot;    /* that local slot */
} Lower;

static bool error_at(Lower *L, Span span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static bool error_at(Lower *L, Span span, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    diag_error(L->diag, span, "%s", msg);
    L->errors++;
    return false;
}

static Span name_span(const AstNode *n)
{
    return span_is_none(n->name_span) ? n->span : n->name_span;
}

/* ---- IR emission -------------------------------------------------------------- */

static uint32_t lx(Lower *L, AstNode *n, unsigned ctx);

static uint32_t emit_list(Lower *L, uint8_t op, Span span, uint32_t a, uint32_t b, uint32_t c,
                          const uint32_t *args, uint32_t n)
{
    IrNode node = {0};
    if (n > UINT16_MAX) {
        /* far beyond what the parser's limits let through; refused, not cut */
        error_at(L, span, "this has more than %u operands", UINT16_MAX);
        n = 0;
    }
    node.op = op;
    node.a = a;
    node.b = b;
    node.c = c;
    node.n = (uint16_t)n;
    node.args = policy_add_args(L->p, args, n);
    node.span = span;
    return policy_add_ir(L->p, node);
}

/* Lowers the 'n' expressions at 'items' and emits 'op' with them as its
 * operand list. */
static uint32_t emit_items(Lower *L, uint8_t op, Span span, uint32_t a, uint32_t b, uint32_t c, AstNode **items,
                           uint32_t n)
{
    uint32_t *ir = xmalloc(sizeof *ir * (n ? n : 1));
    for (uint32_t k = 0; k < n; k++) ir[k] = lx(L, items[k], 0);
    uint32_t node = emit_list(L, op, span, a, b, c, ir, n);
    xfree(ir);
    return node;
}

static uint32_t emit(Lower *L, uint8_t op, Span span, uint32_t a, uint32_t b, uint32_t c)
{
    return emit_list(L, op, span, a, b, c, NULL, 0);
}

static uint32_t emit_const(Lower *L, Span span, Value v)
{
    return emit(L, IR_CONST, span, policy_add_const(L->p, v), 0, 0);
}

static bool is_const(const Lower *L, uint32_t node)
{
    return L->p->ir[node].op == IR_CONST;
}

/* A copy of 'v' whose composite parts live in the policy's arena. */
static Value persist(Lower *L, Value v)
{
    Arena *a = &L->p->arena;
    switch ((ValueKind)v.kind) {
    case VAL_VARIANT:
    case VAL_RECORD:
        if (v.aux) {
            Value *f = arena_alloc(a, sizeof *f * v.aux);
            for (uint32_t k = 0; k < v.aux; k++) f[k] = persist(L, v.as.fields[k]);
            v.as.fields = f;
        }
        return v;
    case VAL_SET:
    case VAL_LIST: {
        ValueSeq *s = arena_alloc(a, sizeof *s + sizeof s->items[0] * (v.as.set->n ? v.as.set->n : 1));
        s->n = v.as.set->n;
        for (uint32_t k = 0; k < s->n; k++) s->items[k] = persist(L, v.as.set->items[k]);
        v.as.set = s;
        return v;
    }
    default:
        return v;
    }
}

/* True when every node operand of 'node' is a constant and its op is a
 * pure function of them, so it can be evaluated once now. */
static bool foldable(const Lower *L, uint32_t node)
{
    const IrNode *n = &L->p->ir[node];
    const uint32_t *args = L->p->args + n->args;
    switch ((IrOp)n->op) {
    case IR_NEG: case IR_NOT: case IR_DUR_NEG: case IR_ABS: case IR_IS: case IR_VARIANT_OF:
    case IR_PAYLOAD: case IR_REC_FIELD: case IR_DATE_PART: case IR_IN_MASK: case IR_DETAIL:
        return is_const(L, n->a);
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_DATE_ADD: case IR_DATE_SUB:
    case IR_DUR_ADD: case IR_DUR_SUB: case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT:
    case IR_GE: case IR_AND: case IR_OR: case IR_DEFAULT: case IR_IN: case IR_YEARS_BETWEEN:
    case IR_MONTHS_BETWEEN: case IR_DAYS_BETWEEN:
        return is_const(L, n->a) && is_const(L, n->b);
    case IR_IF:
        return is_const(L, n->a) && is_const(L, n->b) && is_const(L, n->c);
    case IR_ROUND:
        return is_const(L, n->a) && (n->b == IR_NONE || is_const(L, n->b));
    case IR_CONSTRUCT: case IR_SET: case IR_RECORD: case IR_MIN2: case IR_MAX2:
        for (uint32_t k = 0; k < n->n; k++)
            if (!is_const(L, args[k])) return false;
        return true;
    default:
        return false;
    }
}

/* Folds 'node' into a constant when it is foldable and evaluates without
 * an error (an error is left for the run, which reports it with a row). */
static uint32_t fold(Lower *L, uint32_t node)
{
    if (!foldable(L, node)) return node;
    Value v;
    eval_set_no_row(L->fold, false, (Date){0});
    if (!eval_node(L->fold, node, &v)) return node;
    IrNode *n = &L->p->ir[node];
    n->op = IR_CONST;
    n->a = policy_add_const(L->p, persist(L, v));
    n->b = n->c = 0;
    n->n = 0;
    n->flags = 0;
    return node;
}

/* ---- types -------------------------------------------------------------------- */

static FieldType field_type_of(const Type *t, bool *ok)
{
    *ok = true;
    switch (t ? t->kind : TYPE_ERROR) {
    case TYPE_BOOL: return FT_BOOL;
    case TYPE_INT: return FT_INT;
    case TYPE_DECIMAL: return FT_DECIMAL;
    case TYPE_MONEY: return FT_MONEY;
    case TYPE_PERCENT: return FT_PERCENT;
    case TYPE_DATE: return FT_DATE;
    case TYPE_DURATION: return FT_DURATION;
    case TYPE_TEXT: return FT_TEXT;
    case TYPE_ENUM: return FT_ENUM;
    default:
        *ok = false;
        return FT_TEXT;
    }
}

static EnumInfo *names_info(Lower *L, const char *name, AstNode **items, uint32_t n)
{
    EnumInfo *info = ARENA_NEW(&L->p->arena, EnumInfo);
    const char **names = ARENA_ARRAY(&L->p->arena, const char *, n ? n : 1);
    for (uint32_t k = 0; k < n; k++) names[k] = arena_strdup(&L->p->arena, items[k]->name);
    info->name = name ? arena_strdup(&L->p->arena, name) : NULL;
    info->members = names;
    info->n = n;
    return info;
}

static const FormatType *fmt_of(Lower *L, const Type *t);

/* The FORMAT_RECORD of the fields 'items' (AST_FIELD or AST_PARAM). */
static FormatType *record_format(Lower *L, const char *name, AstNode **items, uint32_t n)
{
    FormatType *f = ARENA_NEW(&L->p->arena, FormatType);
    f->shape = FORMAT_RECORD;
    f->names = names_info(L, name, items, n);
    const FormatType **parts = ARENA_ARRAY(&L->p->arena, const FormatType *, n ? n : 1);
    f->parts = parts;
    for (uint32_t k = 0; k < n; k++) parts[k] = items[k]->a ? fmt_of(L, items[k]->a->type) : NULL;
    return f;
}

/* How values of type 't' are written (NULL: by their kind). */
static const FormatType *fmt_of(Lower *L, const Type *t)
{
    if (!t) return NULL;
    bool ok;
    switch (t->kind) {
    case TYPE_BOOL: case TYPE_INT: case TYPE_DECIMAL: case TYPE_MONEY: case TYPE_PERCENT:
    case TYPE_DATE: case TYPE_DURATION: case TYPE_TEXT:
        return &L->scalar[field_type_of(t, &ok)];
    case TYPE_ENUM: {
        int64_t k = map_get(&L->decls, t->decl, -1);
        return k < 0 ? NULL : &L->p->enums[k]->format;
    }
    case TYPE_VARIANT: {
        int64_t k = map_get(&L->decls, t->decl, -1);
        return k < 0 ? NULL : &L->p->variants[k]->format;
    }
    case TYPE_RECORD:
    case TYPE_ROW: {
        const FormatType *f = (const FormatType *)(uintptr_t)map_get(&L->formats, t->decl, 0);
        if (f) return f;
        FormatType *r = ARENA_NEW(&L->p->arena, FormatType);
        r->shape = FORMAT_RECORD;
        map_put(&L->formats, t->decl, (int64_t)(uintptr_t)r);
        FormatType *made = record_format(L, t->decl->name, t->decl->items, t->decl->n_items);
        *r = *made;
        return r;
    }
    case TYPE_SET:
    case TYPE_LIST: {
        FormatType *f = ARENA_NEW(&L->p->arena, FormatType);
        f->shape = t->kind == TYPE_SET ? FORMAT_SET : FORMAT_LIST;
        const FormatType **parts = ARENA_ARRAY(&L->p->arena, const FormatType *, 1);
        parts[0] = fmt_of(L, t->elem);
        f->parts = parts;
        return f;
    }
    default:
        return NULL;
    }
}

static void lower_types(Lower *L)
{
    Policy *p = L->p;
    L->scalar = ARENA_ARRAY(&p->arena, FormatType, FT_ENUM + 1);
    for (int k = 0; k <= FT_ENUM; k++) {
        L->scalar[k].shape = FORMAT_SCALAR;
        L->scalar[k].type = (FieldType)k;
    }
    const CheckedProgram *cp = L->cp;
    p->n_enums = cp->n_enums;
    p->enums = ARENA_ARRAY(&p->arena, PolicyEnum *, cp->n_enums ? cp->n_enums : 1);
    for (uint32_t k = 0; k < cp->n_enums; k++) {
        AstNode *d = cp->enums[k];
        PolicyEnum *e = ARENA_NEW(&p->arena, PolicyEnum);
        e->info = *names_info(L, d->name, d->items, d->n_items);
        e->format.shape = FORMAT_SCALAR;
        e->format.type = FT_ENUM;
        e->format.names = &e->info;
        p->enums[k] = e;
        map_put(&L->decls, d, k);
    }
    p->n_variants = cp->n_variants;
    p->variants = ARENA_ARRAY(&p->arena, PolicyVariant *, cp->n_variants ? cp->n_variants : 1);
    for (uint32_t k = 0; k < cp->n_variants; k++) {
        AstNode *d = cp->variants[k];
        PolicyVariant *v = ARENA_NEW(&p->arena, PolicyVariant);
        v->name = arena_strdup(&p->arena, d->name);
        v->cases = *names_info(L, d->name, d->items, d->n_items);
        v->case_texts = ARENA_ARRAY(&p->arena, const Text *, d->n_items ? d->n_items : 1);
        v->n_fields = ARENA_ARRAY(&p->arena, uint32_t, d->n_items ? d->n_items : 1);
        v->field_names = ARENA_ARRAY(&p->arena, const char **, d->n_items ? d->n_items : 1);
        for (uint32_t c = 0; c < d->n_items; c++) {
            AstNode *cs = d->items[c];
            v->case_texts[c] = intern(&p->texts, cs->name, strlen(cs->name));
            v->n_fields[c] = cs->n_items;
            v->field_names[c] = (const char **)names_info(L, NULL, cs->items, cs->n_items)->members;
            map_put(&L->decls, cs, c);
        }
        v->format.shape = FORMAT_VARIANT;
        v->format.names = &v->cases;
        p->variants[k] = v;
        map_put(&L->decls, d, k);
    }
    /* payload formats may name any variant or record: fill them once every
     * variant is registered */
    for (uint32_t k = 0; k < cp->n_variants; k++) {
        AstNode *d = cp->variants[k];
        const FormatType **parts = ARENA_ARRAY(&p->arena, const FormatType *, d->n_items ? d->n_items : 1);
        for (uint32_t c = 0; c < d->n_items; c++)
            parts[c] = d->items[c]->n_items ? record_format(L, d->items[c]->name, d->items[c]->items,
                                                            d->items[c]->n_items)
                                            : NULL;
        p->variants[k]->format.parts = parts;
    }
    for (uint32_t k = 0; k < cp->n_records; k++) {
        AstNode *d = cp->records[k];
        for (uint32_t f = 0; f < d->n_items; f++) map_put(&L->fields, d->items[f], f);
    }
}

/* ---- expressions ---------------------------------------------------------------- */

/* A placeholder for an expression that could not be lowered (the error is
 * reported; the policy is thrown away). */
static uint32_t bad(Lower *L, const AstNode *n, const char *what)
{
    error_at(L, n->span, "%s cannot be run", what);
    return emit_const(L, n->span, value_none());
}

static uint32_t literal(Lower *L, AstNode *n)
{
    Value v = value_none();
    Dec d;
    switch (n->kind) {
    case AST_INT:
    case AST_DECIMAL:
    case AST_MONEY:
    case AST_PERCENT:
        if (dec_parse_literal(&d, n->name, strlen(n->name)) != DEC_PARSE_OK) return bad(L, n, "this number");
        if (n->kind == AST_PERCENT) {
            if (d.scale + 2 > DEC_MAX_SCALE) return bad(L, n, "a percentage with this many decimals");
            d.scale += 2;
        }
        v = value_num(d);
        break;
    case AST_DATE: {
        Date date;
        if (!date_parse_iso(&date, n->name, strlen(n->name), NULL)) return bad(L, n, "this date");
        v = value_date(date);
        break;
    }
    case AST_DURATION: {
        long long amount = 0;
        for (const char *s = n->name; *s; s++) amount = amount * 10 + (*s - '0');
        Duration dur;
        bool ok = n->op == AST_OP_DAYS     ? duration_from_parts(&dur, 0, 0, 0, amount)
                  : n->op == AST_OP_WEEKS  ? duration_from_parts(&dur, 0, 0, amount, 0)
                  : n->op == AST_OP_MONTHS ? duration_from_parts(&dur, 0, amount, 0, 0)
                                           : duration_from_parts(&dur, amount, 0, 0, 0);
        if (!ok || strlen(n->name) > 12) return bad(L, n, "a duration this long");
        v = value_duration(dur);
        break;
    }
    case AST_STRING:
        v = value_text(intern(&L->p->texts, n->name, strlen(n->name)));
        break;
    case AST_BOOL:
        v = value_bool(n->op != 0);
        break;
    default:
        break;
    }
    return emit_const(L, n->span, v);
}

/* The dataset index of an AST_INPUT / AST_TABLE declaration, or -1. */
static int32_t dataset_of(const Lower *L, const AstNode *decl)
{
    return decl ? (int32_t)map_get(&L->decls, decl, -1) : -1;
}

/* Lowers a reference to declaration 'ref' made at 'n' (a name, or a
 * qualified name 'j.x'). */
static uint32_t name_ref(Lower *L, AstNode *n, const AstNode *ref)
{
    Span span = n->span;
    if (!ref) return bad(L, n, "this name");
    switch (ref->kind) {
    case AST_FIELD: {
        int64_t f = map_get(&L->fields, ref, -1);
        if (f >= 0 && L->src_ds >= 0 && (f >> 32) == L->src_ds)
            return emit(L, IR_ROW_FIELD, span, L->src_slot, (uint32_t)L->src_ds, (uint32_t)(f & 0xFFFFFFFF));
        if (f < 0 || (f >> 32) != L->p->input) return bad(L, n, "a field outside the input");
        return emit(L, IR_FIELD, span, (uint32_t)(f & 0xFFFFFFFF), 0, 0);
    }
    case AST_DEF:
        if (ref->flags & AST_F_FUNCTION) return bad(L, n, "a function used as a value");
        return emit(L, IR_DEF, span, (uint32_t)map_get(&L->decls, ref, 0), 0, 0);
    case AST_PARAMETER:
        return emit(L, IR_PARAM, span, (uint32_t)map_get(&L->decls, ref, 0), 0, 0);
    case AST_DECISION:
        return emit(L, IR_DECISION, span, (uint32_t)map_get(&L->decls, ref, 0), 0, 0);
    case AST_MEMBER: {
        const Type *t = n->type;
        int64_t e = t && t->kind == TYPE_ENUM ? map_get(&L->decls, t->decl, -1) : -1;
        int64_t m = -1;
        if (e >= 0)
            for (uint32_t k = 0; k < t->decl->n_items; k++)
                if (t->decl->items[k] == ref) m = k;
        if (m < 0) return bad(L, n, "this enum member");
        return emit_const(L, span, value_enum(&L->p->enums[e]->info, (uint16_t)m));
    }
    case AST_CASE: {
        const Type *t = n->type;
        int64_t v = t && t->kind == TYPE_VARIANT ? map_get(&L->decls, t->decl, -1) : -1;
        if (v < 0) return bad(L, n, "this variant case");
        return emit_const(L, span, value_variant((uint16_t)map_get(&L->decls, ref, 0), NULL, 0));
    }
    case AST_PARAM: {
        int64_t slot = map_get(&L->locals, ref, -1);
        if (slot < 0) return bad(L, n, "this parameter");
        return emit(L, IR_LOCAL, span, (uint32_t)slot, 0, 0);
    }
    case AST_QUANT:
    case AST_AGGREGATE: {
        int64_t slot = map_get(&L->locals, ref, -1);
        if (slot < 0) return bad(L, n, "this variable");
        if (slot & LOCAL_ROWS)
            return emit(L, IR_ROW_FIELD, span, (uint32_t)(slot & 0xFFFFF), (uint32_t)((slot >> 20) & 0xFFFFF),
                        IR_NONE);
        return emit(L, IR_LOCAL, span, (uint32_t)slot, 0, 0);
    }
    case AST_INPUT:
    case AST_TABLE:
        return bad(L, n, "a whole table used as a value");
    case AST_BUDGET:
        return bad(L, n, "a budget outside remaining(...)");
    case AST_SERIES:
    case AST_COLUMN: {
        /* a series' year or column: a local slot bound by lower_formulas.c */
        int64_t slot = map_get(&L->locals, ref, -1);
        if (slot < 0) return bad(L, n, "this series value");
        return emit(L, IR_LOCAL, span, (uint32_t)slot, 0, 0);
    }
    default:
        return bad(L, n, "this name");
    }
}

/* A field access 'obj.f' where f is AST_FIELD 'field'. */
static uint32_t field_access(Lower *L, AstNode *n, const AstNode *field, unsigned ctx)
{
    AstNode *obj = n->a;
    int64_t fi = map_get(&L->fields, field, -1);
    if (fi < 0) return bad(L, n, "this field");
    uint32_t fidx = (uint32_t)(fi & 0xFFFFFFFF);
    /* 't[k].f': one lookup that reads the field */
    if (obj->kind == AST_INDEX && obj->a->ref && (obj->a->ref->kind == AST_TABLE || obj->a->ref->kind == AST_INPUT)) {
        int32_t ds = dataset_of(L, obj->a->ref);
        uint32_t node = emit_items(L, IR_LOOKUP, obj->span, (uint32_t)ds, fidx, 0, obj->items, obj->n_items);
        if (ctx & CTX_OPTIONAL) L->p->ir[node].flags |= IR_F_OPTIONAL;
        L->p->ir[node].span = n->span;
        return node;
    }
    /* 'a.f' for a quantifier's row variable */
    if ((obj->kind == AST_NAME || obj->kind == AST_DOT) && obj->ref &&
        (obj->ref->kind == AST_QUANT || obj->ref->kind == AST_AGGREGATE)) {
        int64_t slot = map_get(&L->locals, obj->ref, -1);
        if (slot >= 0 && (slot & LOCAL_ROWS))
            return emit(L, IR_ROW_FIELD, n->span, (uint32_t)(slot & 0xFFFFF), (uint32_t)((slot >> 20) & 0xFFFFF),
                        fidx);
    }
    uint32_t o = lx(L, obj, ctx & CTX_OPTIONAL);
    uint32_t node = emit(L, IR_REC_FIELD, n->span, o, fidx, 0);
    if (ctx & CTX_OPTIONAL) L->p->ir[node].flags |= IR_F_OPTIONAL;
    return fold(L, node);
}

static uint32_t dot(Lower *L, AstNode *n, unsigned ctx)
{
    const AstNode *ref = n->ref;
    if (ref && ref->kind == AST_FIELD && n->a->type &&
        (n->a->type->kind == TYPE_ROW || n->a->type->kind == TYPE_RECORD))
        return field_access(L, n, ref, ctx);
    if (ref && ref->kind == AST_PARAM && n->a->type && n->a->type->kind == TYPE_VARIANT) {
        const Type *vt = n->a->type;
        uint32_t o = lx(L, n->a, ctx & CTX_OPTIONAL);
        uint32_t n_cases = vt->decl->n_items;
        uint32_t *map = ARENA_ARRAY(&L->p->arena, uint32_t, n_cases ? n_cases : 1);
        for (uint32_t c = 0; c < n_cases; c++) {
            int f = types_case_field(vt, c, n->name);
            map[c] = f < 0 ? 0 : (uint32_t)f + 1;
        }
        int64_t vi = map_get(&L->decls, vt->decl, -1);
        if (vi < 0) return bad(L, n, "this payload field");
        uint32_t node = emit_list(L, IR_PAYLOAD, n->span, o, (uint32_t)vi, 0, map, n_cases);
        if (ctx & CTX_OPTIONAL) L->p->ir[node].flags |= IR_F_OPTIONAL;
        return fold(L, node);
    }
    /* a qualified name: 'j.Besluit', 'Product.jggz', 'm.korting' */
    return name_ref(L, n, ref);
}

static uint32_t index_expr(Lower *L, AstNode *n, unsigned ctx)
{
    const AstNode *t = n->a->ref;
    if (!t || (t->kind != AST_TABLE && t->kind != AST_INPUT)) return bad(L, n, "this lookup");
    uint32_t node = emit_items(L, IR_LOOKUP, n->span, (uint32_t)dataset_of(L, t), IR_NONE, 0, n->items, n->n_items);
    if (ctx & CTX_OPTIONAL) L->p->ir[node].flags |= IR_F_OPTIONAL;
    return node;
}

static uint32_t binary(Lower *L, AstNode *n, unsigned ctx)
{
    const Type *ta = n->a->type, *tb = n->b->type;
    int ka = ta ? ta->kind : TYPE_ERROR, kb = tb ? tb->kind : TYPE_ERROR;
    uint8_t op;
    if (n->op == AST_OP_OR && (n->flags & CHECK_F_DEFAULT)) {
        uint32_t a = lx(L, n->a, CTX_OPTIONAL);
        uint32_t b = lx(L, n->b, ctx & CTX_OPTIONAL);
        return fold(L, emit(L, IR_DEFAULT, n->span, a, b, 0));
    }
    switch (n->op) {
    case AST_OP_ADD:
        op = ka == TYPE_DATE ? IR_DATE_ADD : ka == TYPE_DURATION && kb == TYPE_DURATION ? IR_DUR_ADD : IR_ADD;
        if (kb == TYPE_DATE && ka == TYPE_DURATION) {
            uint32_t a = lx(L, n->b, 0), b = lx(L, n->a, 0);
            return fold(L, emit(L, IR_DATE_ADD, n->span, a, b, 0));
        }
        break;
    case AST_OP_SUB:
        if (ka == TYPE_DATE && kb == TYPE_DATE) {
            uint32_t a = lx(L, n->b, 0), b = lx(L, n->a, 0);
            return fold(L, emit(L, IR_DAYS_BETWEEN, n->span, a, b, 0));
        }
        op = ka == TYPE_DATE ? IR_DATE_SUB : ka == TYPE_DURATION && kb == TYPE_DURATION ? IR_DUR_SUB : IR_SUB;
        break;
    case AST_OP_MUL: op = IR_MUL; break;
    case AST_OP_DIV: op = IR_DIV; break;
    case AST_OP_EQ: op = IR_EQ; break;
    case AST_OP_NE: op = IR_NE; break;
    case AST_OP_LT: op = IR_LT; break;
    case AST_OP_LE: op = IR_LE; break;
    case AST_OP_GT: op = IR_GT; break;
    case AST_OP_GE: op = IR_GE; break;
    case AST_OP_AND: op = IR_AND; break;
    case AST_OP_OR: op = IR_OR; break;
    case AST_OP_IN: {
        uint32_t a = lx(L, n->a, 0), b = lx(L, n->b, 0);
        const IrNode *bn = &L->p->ir[b];
        if (bn->op == IR_CONST && ka == TYPE_ENUM) {
            Value s = L->p->consts[bn->a];
            uint64_t mask = 0;
            bool small = s.kind == VAL_SET || s.kind == VAL_LIST;
            for (uint32_t k = 0; small && k < s.as.set->n; k++) {
                if (s.as.set->items[k].kind != VAL_ENUM || s.as.set->items[k].tag >= 64) small = false;
                else mask |= (uint64_t)1 << s.as.set->items[k].tag;
            }
            if (small) {
                Value m = value_num((Dec){(i128)mask, 0});
                return fold(L, emit(L, IR_IN_MASK, n->span, a, policy_add_const(L->p, m), 0));
            }
        }
        return fold(L, emit(L, IR_IN, n->span, a, b, 0));
    }
    default:
        return bad(L, n, "this operator");
    }
    uint32_t a = lx(L, n->a, 0), b = lx(L, n->b, 0);
    if (op == IR_LT || op == IR_LE || op == IR_GT || op == IR_GE) {
        /* remaining(b) compared with an amount: a budget test whose "not
         * enough" outcome the ledger notes (eval.c, budget_cmp) */
        bool left = L->p->ir[a].op == IR_REMAINING, right = L->p->ir[b].op == IR_REMAINING;
        if (left || right) {
            uint32_t node = emit(L, IR_BUDGET_CMP, n->span, a, b, op);
            if (!left) L->p->ir[node].flags |= IR_F_REM_RIGHT;
            return node;
        }
    }
    return fold(L, emit(L, op, n->span, a, b, 0));
}

/* The collection of a quantifier or aggregate: a dataset (rows) or a set
 * or list expression.  Binds the variable of 'binder' to a new local slot. */
static void collection(Lower *L, AstNode *binder, AstNode *coll, uint32_t *a, uint8_t *flags)
{
    uint32_t slot = L->p->n_locals++;
    const AstNode *t = coll->ref;
    if (coll->type && coll->type->kind == TYPE_TABLE && t && (t->kind == AST_TABLE || t->kind == AST_INPUT)) {
        int32_t ds = dataset_of(L, t);
        *a = (uint32_t)ds;
        *flags |= IR_Q_ROWS;
        map_put(&L->locals, binder, LOCAL_ROWS | ((int64_t)ds << 20) | slot);
    } else {
        *a = lx(L, coll, 0);
        map_put(&L->locals, binder, slot);
    }
}

/* True when 'x' names the variable bound by 'binder' anywhere inside. */
static bool mentions(const AstNode *x, const AstNode *binder)
{
    if (!x) return false;
    if ((x->kind == AST_NAME || x->kind == AST_DOT) && x->ref == binder) return true;
    if (mentions(x->a, binder) || mentions(x->b, binder) || mentions(x->c, binder) || mentions(x->d, binder) ||
        mentions(x->e, binder))
        return true;
    for (uint32_t k = 0; k < x->n_items; k++)
        if (mentions(x->items[k], binder)) return true;
    return false;
}

/* For a quantifier or aggregate over rows whose 'where' starts with
 * 'v.F = E' or 'E = v.F' (E not reading v), marks 'node' IR_Q_INDEXED on
 * field F and appends E's IR to its operand list: only the rows whose F
 * equals E are visited.  The first conjunct only, so that what the 'where'
 * would evaluate first is still evaluated first. */
static void use_field_index(Lower *L, uint32_t node, AstNode *binder, AstNode *where)
{
    if (!where || !(L->p->ir[node].flags & IR_Q_ROWS)) return;
    AstNode *first = where;
    while (first->kind == AST_BINARY && first->op == AST_OP_AND) first = first->a;
    if (first->kind != AST_BINARY || first->op != AST_OP_EQ) return;
    for (int side = 0; side < 2; side++) {
        AstNode *v = side ? first->b : first->a, *other = side ? first->a : first->b;
        if (v->kind != AST_DOT || !v->a || v->a->kind != AST_NAME || v->a->ref != binder) continue;
        if (!v->ref || v->ref->kind != AST_FIELD || mentions(other, binder)) continue;
        int64_t f = map_get(&L->fields, v->ref, -1);
        if (f < 0) return;
        uint32_t key = lx(L, other, 0);
        IrNode *n = &L->p->ir[node];
        uint32_t list[2];
        uint32_t m = 0;
        for (uint32_t k = 0; k < n->n; k++) list[m++] = L->p->args[n->args + k];
        list[m++] = key;
        uint32_t first_arg = policy_add_args(L->p, list, m);
        n = &L->p->ir[node];
        n->args = first_arg;
        n->n = (uint16_t)m;
        n->flags |= IR_Q_INDEXED;
        n->aux |= (uint32_t)((f & 0xFFFFFFFF) + 1) << 8;
        return;
    }
}

static uint32_t quantifier(Lower *L, AstNode *n)
{
    uint8_t flags = n->op == AST_OP_ANY ? IR_Q_ANY : n->op == AST_OP_ALL ? IR_Q_ALL : IR_Q_COUNT;
    uint32_t a;
    collection(L, n, n->a, &a, &flags);
    uint32_t slot = (uint32_t)(map_get(&L->locals, n, 0) & 0xFFFFF);
    uint32_t where = n->b ? lx(L, n->b, 0) : IR_NONE;
    uint32_t node = emit(L, IR_QUANT, n->span, a, slot, where);
    L->p->ir[node].flags = flags;
    use_field_index(L, node, n, n->b);
    return node;
}

static uint32_t aggregate(Lower *L, AstNode *n, unsigned ctx)
{
    if (!(n->flags & AST_F_FOR)) {
        /* a report column's aggregate: its value per group is put in a
         * local slot by runtime/report.c (bound by lower_formulas.c) */
        int64_t slot = map_get(&L->locals, n, -1);
        if (slot >= 0) return emit(L, IR_LOCAL, n->span, (uint32_t)slot, 0, 0);
        if ((n->op == AST_OP_MIN || n->op == AST_OP_MAX) && n->n_items >= 1) {
            return fold(L, emit_items(L, n->op == AST_OP_MIN ? IR_MIN2 : IR_MAX2, n->span, 0, 0, 0, n->items,
                                      n->n_items));
        }
        return bad(L, n, "this aggregate outside a report");
    }
    uint32_t kind;
    switch (n->op) {
    case AST_OP_SUM: kind = IR_AGG_SUM; break;
    case AST_OP_MIN: kind = IR_AGG_MIN; break;
    case AST_OP_MAX: kind = IR_AGG_MAX; break;
    case AST_OP_AVG: kind = IR_AGG_AVG; break;
    case AST_OP_MEDIAN: kind = IR_AGG_MEDIAN; break;
    case AST_OP_COUNT: kind = IR_AGG_COUNT; break;
    default: return bad(L, n, "this aggregate outside a report");
    }
    uint8_t flags = 0;
    uint32_t a;
    collection(L, n, n->b, &a, &flags);
    uint32_t slot = (uint32_t)(map_get(&L->locals, n, 0) & 0xFFFFF);
    uint32_t elem = n->n_items ? lx(L, n->items[0], 0) : emit_const(L, n->span, value_none());
    uint32_t where = n->c ? lx(L, n->c, 0) : IR_NONE;
    uint32_t node = emit_list(L, IR_AGG, n->span, a, slot, where, &elem, 1);
    IrNode *in = &L->p->ir[node];
    in->flags = flags | ((ctx & CTX_OPTIONAL) ? IR_F_OPTIONAL : 0);
    in->aux = kind;
    use_field_index(L, node, n, n->c);
    return node;
}

static uint32_t builtin(Lower *L, AstNode *n, int b)
{
    AstNode **args = n->items;
    uint32_t na = n->n_items;
    Span span = n->span;
    switch ((Builtin)b) {
    case BUILTIN_ROUND: {
        if (na < 1) return bad(L, n, "round() without a value");
        uint32_t x = lx(L, args[0], 0), places = IR_NONE;
        DecRound mode = DEC_ROUND_HALF_AWAY;
        for (uint32_t k = 1; k < na; k++) {
            if (args[k]->type && args[k]->type->kind == TYPE_ROUNDING) {
                static const DecRound modes[] = {DEC_ROUND_HALF_AWAY, DEC_ROUND_HALF_EVEN, DEC_ROUND_HALF_UP,
                                                 DEC_ROUND_HALF_DOWN, DEC_ROUND_UP, DEC_ROUND_DOWN,
                                                 DEC_ROUND_CEILING, DEC_ROUND_FLOOR};
                int m = types_rounding(args[k]->name);
                if (m < 0) return bad(L, args[k], "this rounding mode");
                mode = modes[m];
            } else {
                places = lx(L, args[k], 0);
            }
        }
        uint32_t node = emit(L, IR_ROUND, span, x, places, (uint32_t)mode);
        if (args[0]->type && args[0]->type->kind == TYPE_MONEY) L->p->ir[node].flags |= IR_F_MONEY;
        return fold(L, node);
    }
    case BUILTIN_ABS:
        if (na != 1) return bad(L, n, "abs() with this many arguments");
        return fold(L, emit(L, IR_ABS, span, lx(L, args[0], 0), 0, 0));
    case BUILTIN_YEARS_BETWEEN:
    case BUILTIN_MONTHS_BETWEEN:
    case BUILTIN_DAYS_BETWEEN: {
        if (na != 2) return bad(L, n, "this call");
        uint8_t op = b == BUILTIN_YEARS_BETWEEN ? IR_YEARS_BETWEEN : b == BUILTIN_MONTHS_BETWEEN ? IR_MONTHS_BETWEEN
                                                                                             : IR_DAYS_BETWEEN;
        uint32_t x = lx(L, args[0], 0), y = lx(L, args[1], 0);
        return fold(L, emit(L, op, span, x, y, 0));
    }
    case BUILTIN_YEAR:
    case BUILTIN_MONTH:
    case BUILTIN_QUARTER:
    case BUILTIN_HALF_YEAR:
    case BUILTIN_DAY: {
        if (na != 1) return bad(L, n, "this call");
        uint32_t part = b == BUILTIN_YEAR ? IR_PART_YEAR : b == BUILTIN_MONTH ? IR_PART_MONTH
                      : b == BUILTIN_QUARTER ? IR_PART_QUARTER : b == BUILTIN_HALF_YEAR ? IR_PART_HALF_YEAR
                      : IR_PART_DAY;
        return fold(L, emit(L, IR_DATE_PART, span, lx(L, args[0], 0), part, 0));
    }
    case BUILTIN_REMAINING: {
        if (na != 1) return bad(L, n, "remaining() with this many arguments");
        AstNode *arg = args[0];
        const AstNode *bref = arg->kind == AST_INDEX ? arg->a->ref : arg->ref;
        if (!bref || bref->kind != AST_BUDGET) return bad(L, n, "remaining() of this");
        uint32_t bi = (uint32_t)map_get(&L->decls, bref, 0);
        if (arg->kind != AST_INDEX) return emit(L, IR_REMAINING, span, bi, 0, 0);
        return emit_items(L, IR_REMAINING, span, bi, 0, 0, arg->items, arg->n_items);
    }
    case BUILTIN_LABEL:
    case BUILTIN_RULE_NAME: {
        const AstNode *dref = na == 1 ? args[0]->ref : NULL;
        if (!dref || dref->kind != AST_DECISION) return bad(L, n, "this call");
        int64_t d = map_get(&L->decls, dref, -1);
        if (d < 0) return bad(L, n, "this decision");
        return emit(L, IR_RULE_LABEL, span, (uint32_t)d, b == BUILTIN_RULE_NAME ? 1 : 0, 0);
    }
    default:
        return bad(L, n, "this builtin");
    }
}

static uint32_t record_literal(Lower *L, AstNode *n);

static uint32_t call(Lower *L, AstNode *n)
{
    const AstNode *callee = n->a;
    if (callee->ref && callee->ref->kind == AST_RECORD) return record_literal(L, n); /* 'Adres()' */
    const Type *ft = callee->type;
    if (ft && ft->kind == TYPE_FUNC && ft->builtin != BUILTIN_NONE) return builtin(L, n, ft->builtin);
    const AstNode *ref = callee->ref;
    if (ref && ref->kind == AST_DEF)
        return emit_items(L, IR_CALL, n->span, (uint32_t)map_get(&L->decls, ref, 0), 0, 0, n->items, n->n_items);
    if (ref && ref->kind == AST_CASE && n->type && n->type->kind == TYPE_VARIANT) {
        int64_t v = map_get(&L->decls, n->type->decl, -1);
        if (v < 0) return bad(L, n, "this constructor");
        return fold(L, emit_items(L, IR_CONSTRUCT, n->span, (uint32_t)v, (uint32_t)map_get(&L->decls, ref, 0), 0,
                                  n->items, n->n_items));
    }
    return bad(L, n, "this call");
}

/* 'Adres(straat: x, huisnummer: 1)': the field values in declaration
 * order, a field not given taking its default; a money field is rounded
 * to cents, as where any money is stored. */
static uint32_t record_literal(Lower *L, AstNode *n)
{
    const Type *t = n->type;
    if (!t || t->kind != TYPE_RECORD || !t->decl) return bad(L, n, "this record");
    const AstNode *rec = t->decl;
    uint32_t nf = rec->n_items;
    uint32_t *vals = xmalloc(sizeof *vals * (nf ? nf : 1));
    for (uint32_t k = 0; k < nf; k++) {
        AstNode *f = rec->items[k], *value = f->b;
        for (uint32_t i = 0; i < n->n_items; i++)
            if (n->items[i]->ref == f) value = n->items[i]->a;
        if (!value) {
            xfree(vals);
            return bad(L, n, "a record without this field");
        }
        vals[k] = lx(L, value, 0);
        if (f->a && f->a->type && f->a->type->kind == TYPE_MONEY) {
            vals[k] = emit(L, IR_ROUND, value->span, vals[k], IR_NONE, DEC_ROUND_HALF_AWAY);
            L->p->ir[vals[k]].flags |= IR_F_MONEY;
            vals[k] = fold(L, vals[k]);
        }
    }
    uint32_t node = emit_list(L, IR_RECORD, n->span, 0, 0, 0, vals, nf);
    xfree(vals);
    return fold(L, node);
}

static uint32_t lx(Lower *L, AstNode *n, unsigned ctx)
{
    if (L->in_limit) {
        int64_t per = map_get(&L->keyuse, n, 0);
        if (per > 0) return emit(L, IR_KEY, n->span, (uint32_t)(per - 1), 0, 0);
    }
    switch ((AstKind)n->kind) {
    case AST_INT: case AST_DECIMAL: case AST_MONEY: case AST_PERCENT: case AST_DATE:
    case AST_DURATION: case AST_STRING: case AST_BOOL: case AST_UNKNOWN:
        return literal(L, n);
    case AST_SET_LIT:
        return fold(L, emit_items(L, IR_SET, n->span, 0, 0, 0, n->items, n->n_items));
    case AST_NAME:
        return name_ref(L, n, n->ref);
    case AST_UNARY: {
        uint32_t a = lx(L, n->a, 0);
        uint8_t op = n->op == AST_OP_NOT ? IR_NOT : (n->a->type && n->a->type->kind == TYPE_DURATION) ? IR_DUR_NEG
                                                                                                  : IR_NEG;
        return fold(L, emit(L, op, n->span, a, 0, 0));
    }
    case AST_BINARY:
        return binary(L, n, ctx);
    case AST_IF: {
        uint32_t c = lx(L, n->a, 0), t = lx(L, n->b, ctx), e = lx(L, n->c, ctx);
        return fold(L, emit(L, IR_IF, n->span, c, t, e));
    }
    case AST_IS: {
        uint32_t a = lx(L, n->a, 0);
        return fold(L, emit(L, IR_IS, n->span, a, (uint32_t)map_get(&L->decls, n->ref, 0), 0));
    }
    case AST_VARIANT_OF: {
        const Type *t = n->a->type;
        int64_t v = t && t->kind == TYPE_VARIANT ? map_get(&L->decls, t->decl, -1) : -1;
        if (v < 0) return bad(L, n, "variant() of this");
        return fold(L, emit(L, IR_VARIANT_OF, n->span, lx(L, n->a, 0), (uint32_t)v, 0));
    }
    case AST_DOT:
        return dot(L, n, ctx);
    case AST_INDEX:
        return index_expr(L, n, ctx);
    case AST_CALL:
        return call(L, n);
    case AST_RECORD_LIT:
        return record_literal(L, n);
    case AST_QUANT:
        return quantifier(L, n);
    case AST_AGGREGATE:
        return aggregate(L, n, ctx);
    case AST_PREVIOUS: {
        /* the column's value of the year before: a local slot bound by
         * lower_formulas.c (no value in the first year) */
        int64_t slot = map_get(&L->locals, n, -1);
        if (slot < 0) return bad(L, n, "previous() outside a series");
        return emit(L, IR_LOCAL, n->span, (uint32_t)slot, 0, 0);
    }
    default:
        return bad(L, n, "this expression");
    }
}

/* ---- constants ------------------------------------------------------------------- */

/* Evaluates 'expr' now, outside any row and without a date: a default,
 * an inline cell, a period's date.  'what' names it in the error. */
static bool const_value(Lower *L, Eval *e, AstNode *expr, const char *what, Value *out)
{
    uint32_t node = lx(L, expr, 0);
    eval_set_no_row(e, false, (Date){0});
    if (eval_node(e, node, out)) {
        *out = persist(L, *out);
        return true;
    }
    const EvalError *err = eval_error(e);
    return error_at(L, expr->span, "%s must be a constant: %s", what, err->msg);
}

static bool const_date(Lower *L, Eval *e, AstNode *expr, const char *what, int32_t *days)
{
    Value v;
    if (!const_value(L, e, expr, what, &v)) return false;
    if (v.kind != VAL_DATE) return error_at(L, expr->span, "%s must be a date", what);
    *days = v.as.date.days;
    return true;
}

/* ---- declarations ------------------------------------------------------------------ */

static void lower_dataset(Lower *L, PolicyDataset *pd, AstNode *d, bool is_input, int32_t index)
{
    Policy *p = L->p;
    pd->name = arena_strdup(&p->arena, d->name);
    pd->span = name_span(d);
    pd->is_input = is_input;
    pd->source = p->path;
    Schema *s = &pd->schema;
    s->name = pd->name;
    s->n = d->n_items;
    s->fields = ARENA_ARRAY(&p->arena, FieldSchema, d->n_items ? d->n_items : 1);
    s->date_field = -1;
    pd->field_format = ARENA_ARRAY(&p->arena, const FormatType *, d->n_items ? d->n_items : 1);
    map_put(&L->decls, d, index);
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *f = d->items[k];
        FieldSchema *fs = &s->fields[k];
        bool ok;
        const Type *t = f->a ? f->a->type : NULL;
        fs->name = arena_strdup(&p->arena, f->name);
        fs->type = field_type_of(t, &ok);
        if (!ok) {
            error_at(L, f->a ? f->a->span : f->span, "field '%s' has type %s, which a dataset cannot hold",
                     f->name, type_name(&L->prog->arena, t));
        }
        if (fs->type == FT_ENUM) {
            int64_t e = map_get(&L->decls, t->decl, -1);
            fs->enum_info = e >= 0 ? &p->enums[e]->info : NULL;
        }
        fs->key = (f->flags & AST_F_KEY) != 0;
        fs->dflt = value_none();
        pd->field_format[k] = fmt_of(L, t);
        map_put(&L->fields, f, ((int64_t)index << 32) | k);
    }
    /* the key: a table's 'key (a, b)' in that order, an input's key fields */
    uint32_t n_keys = 0;
    if (!is_input && d->a) {
        pd->key_fields = ARENA_ARRAY(&p->arena, uint32_t, d->a->n_items ? d->a->n_items : 1);
        for (uint32_t k = 0; k < d->a->n_items; k++) {
            int64_t fi = map_get(&L->fields, d->a->items[k]->ref, -1);
            if (fi < 0) continue;
            pd->key_fields[n_keys++] = (uint32_t)(fi & 0xFFFFFFFF);
            s->fields[fi & 0xFFFFFFFF].key = true;
        }
    } else {
        pd->key_fields = ARENA_ARRAY(&p->arena, uint32_t, d->n_items ? d->n_items : 1);
        for (uint32_t k = 0; k < d->n_items; k++)
            if (s->fields[k].key) pd->key_fields[n_keys++] = k;
    }
    pd->n_keys = n_keys;
    if (is_input && d->a && d->a->ref) {
        int64_t fi = map_get(&L->fields, d->a->ref, -1);
        if (fi >= 0) s->date_field = (int32_t)(fi & 0xFFFFFFFF);
    }
}

/* Field defaults and inline rows, once every expression can be lowered. */
static void dataset_values(Lower *L, Eval *e, PolicyDataset *pd, AstNode *d)
{
    Policy *p = L->p;
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *f = d->items[k];
        if (!f->b) continue;
        Value v;
        char what[300];
        snprintf(what, sizeof what, "the default of '%s'", f->name);
        if (!const_value(L, e, f->b, what, &v)) continue;
        pd->schema.fields[k].has_default = true;
        pd->schema.fields[k].dflt = v;
    }
    AstNode *rows = d->kind == AST_TABLE ? d->b : NULL;
    if (!rows || rows->n_items == 0) return;
    uint32_t nf = (uint32_t)pd->schema.n;
    pd->n_inline = rows->n_items;
    pd->inline_rows = ARENA_ARRAY(&p->arena, Value, (size_t)rows->n_items * (nf ? nf : 1));
    pd->inline_lines = ARENA_ARRAY(&p->arena, uint64_t, rows->n_items);
    const Sources *src = lang_sources(L->prog);
    for (uint32_t r = 0; r < rows->n_items; r++) {
        AstNode *row = rows->items[r];
        pd->inline_lines[r] = sources_linecol(src, row->span.file, row->span.start).line;
        SourceFile *sf = sources_get(src, row->span.file);
        if (sf) pd->source = arena_strdup(&p->arena, sf->path);
        if (row->n_items != nf) {
            error_at(L, row->span, "this row has %u cells; table '%s' has %u fields", row->n_items, d->name, nf);
            continue;
        }
        for (uint32_t c = 0; c < nf; c++) {
            char what[300];
            snprintf(what, sizeof what, "a cell of table '%s'", d->name);
            Value v = value_none();
            const_value(L, e, row->items[c], what, &v);
            pd->inline_rows[(size_t)r * nf + c] = v;
        }
    }
}

/* The IR of every parameter's values (their dates come later: a date may
 * name another parameter). */
static void lower_param_values(Lower *L)
{
    Policy *p = L->p;
    for (uint32_t k = 0; k < p->n_params; k++) {
        AstNode *d = L->cp->parameters[k];
        PolicyParam *pp = &p->params[k];
        pp->fallback = d->b ? lx(L, d->b, 0) : IR_NONE;
        pp->n_periods = d->n_items;
        pp->periods = ARENA_ARRAY(&p->arena, PolicyPeriod, d->n_items ? d->n_items : 1);
        for (uint32_t i = 0; i < d->n_items; i++) {
            AstNode *per = d->items[i];
            pp->periods[i].from = INT32_MIN;
            pp->periods[i].until = INT32_MAX;
            pp->periods[i].value = per->c ? lx(L, per->c, 0) : emit_const(L, per->span, value_none());
        }
    }
}

/* The periods' dates, then the periods sorted by start. */
static void lower_param_dates(Lower *L, Eval *e)
{
    Policy *p = L->p;
    for (uint32_t k = 0; k < p->n_params; k++) {
        AstNode *d = L->cp->parameters[k];
        PolicyParam *pp = &p->params[k];
        for (uint32_t i = 0; i < d->n_items; i++) {
            AstNode *per = d->items[i];
            PolicyPeriod *pe = &pp->periods[i];
            if (per->a) const_date(L, e, per->a, "the date a period starts", &pe->from);
            if (per->b) const_date(L, e, per->b, "the date a period ends", &pe->until);
            if (pe->until < pe->from) {
                char a[DATE_TEXT_SIZE], b[DATE_TEXT_SIZE];
                error_at(L, per->span, "this period ends (%s) before it starts (%s)",
                         date_format_iso((Date){pe->until}, b), date_format_iso((Date){pe->from}, a));
            }
        }
        /* insertion sort by start: a handful of periods per parameter */
        for (uint32_t i = 1; i < pp->n_periods; i++) {
            PolicyPeriod x = pp->periods[i];
            uint32_t j = i;
            while (j > 0 && pp->periods[j - 1].from > x.from) {
                pp->periods[j] = pp->periods[j - 1];
                j--;
            }
            pp->periods[j] = x;
        }
        /* a period lasts until the next one starts ('from 2019-01-01 = 0%'
         * then 'from 2021-01-01 = 3%': the first ends on 2020-12-31) */
        for (uint32_t i = 0; i + 1 < pp->n_periods; i++) {
            PolicyPeriod *pe = &pp->periods[i];
            int32_t next = pp->periods[i + 1].from;
            if (next != INT32_MIN && pe->until >= next) pe->until = next - 1;
        }
    }
}

static void lower_rule(Lower *L, PolicyRule *r, AstNode *rule)
{
    Policy *p = L->p;
    r->name = arena_strdup(&p->arena, rule->name);
    r->label = rule->decl && rule->decl->label ? arena_strdup(&p->arena, rule->decl->label) : NULL;
    r->doc = rule->decl && rule->decl->doc ? arena_strdup(&p->arena, rule->decl->doc) : NULL;
    r->span = name_span(rule);
    const char *lt = r->label ? r->label : r->name;
    r->label_text = intern(&p->texts, lt, strlen(lt));
    r->name_text = intern(&p->texts, r->name, strlen(r->name));
    r->result = lx(L, rule->a, 0);
    r->when = rule->b ? lx(L, rule->b, 0) : IR_NONE;
    r->unless = rule->c ? lx(L, rule->c, 0) : IR_NONE;
    r->valid_from = INT32_MIN;
    r->valid_until = INT32_MAX;
}

/* The 'valid from .. until ..' dates of every rule. */
static void lower_rule_dates(Lower *L, Eval *e)
{
    for (uint32_t k = 0; k < L->cp->n_decisions; k++) {
        const CheckedDecision *cd = &L->cp->decisions[k];
        for (uint32_t r = 0; r < cd->n_rules; r++) {
            AstNode *v = cd->rules[r]->e;
            PolicyRule *pr = &L->p->decisions[k].rules[r];
            if (!v) continue;
            if (v->a) const_date(L, e, v->a, "the date a rule takes effect", &pr->valid_from);
            if (v->b) const_date(L, e, v->b, "the date a rule ends", &pr->valid_until);
            if (pr->valid_until < pr->valid_from) {
                char a[DATE_TEXT_SIZE], b[DATE_TEXT_SIZE];
                error_at(L, v->span, "rule '%s' ends (%s) before it takes effect (%s)", pr->name,
                         date_format_iso((Date){pr->valid_until}, b), date_format_iso((Date){pr->valid_from}, a));
            }
        }
    }
}

/* ---- what reads which budget ------------------------------------------------------- */

typedef struct Reach {
    const Policy *p;
    uint8_t *seen_ir;      /* IR nodes visited */
    uint8_t *seen_def;     /* definitions visited */
    uint8_t *seen_dec;     /* decisions visited */
    uint8_t *seen_param;   /* parameters visited */
    uint32_t budget;       /* the budget looked for; UINT32_MAX: any */
    uint8_t *fields;       /* if not NULL: marks the input fields read */
    bool decided;          /* every decision is taken already (output columns
                              after the replay): naming one reads nothing */
} Reach;

static bool reaches(Reach *r, uint32_t node);

static bool reaches_list(Reach *r, const IrNode *n)
{
    for (uint32_t k = 0; k < n->n; k++)
        if (reaches(r, r->p->args[n->args + k])) return true;
    return false;
}

/* True when evaluating 'node' may read remaining() of budget r->budget. */
static bool reaches(Reach *r, uint32_t node)
{
    if (node == IR_NONE || r->seen_ir[node]) return false;
    r->seen_ir[node] = 1;
    const Policy *p = r->p;
    const IrNode *n = &p->ir[node];
    switch ((IrOp)n->op) {
    case IR_FIELD:
        if (r->fields) r->fields[n->a] = 1;
        return false;
    case IR_CONST: case IR_ROW_FIELD: case IR_LOCAL: case IR_KEY:
        return false;
    case IR_MISSING:
        return false;
    case IR_DEF:
        if (r->seen_def[n->a]) return false;
        r->seen_def[n->a] = 1;
        return reaches(r, p->defs[n->a].body);
    case IR_CALL:
        if (reaches_list(r, n)) return true;
        if (r->seen_def[n->a]) return false;
        r->seen_def[n->a] = 1;
        return reaches(r, p->defs[n->a].body);
    case IR_DECISION:
    case IR_RULE_LABEL: {
        if (r->decided) return false;
        if (r->seen_dec[n->a]) return false;
        r->seen_dec[n->a] = 1;
        const PolicyDecision *d = &p->decisions[n->a];
        for (uint32_t k = 0; k < d->n_rules; k++)
            if (reaches(r, d->rules[k].result) || reaches(r, d->rules[k].when) || reaches(r, d->rules[k].unless))
                return true;
        return reaches(r, d->otherwise);
    }
    case IR_PARAM: {
        if (r->seen_param[n->a]) return false;
        r->seen_param[n->a] = 1;
        const PolicyParam *pp = &p->params[n->a];
        for (uint32_t k = 0; k < pp->n_periods; k++)
            if (reaches(r, pp->periods[k].value)) return true;
        return reaches(r, pp->fallback);
    }
    case IR_REMAINING:
        return n->a == r->budget || r->budget == UINT32_MAX || reaches_list(r, n);
    case IR_PAYLOAD: case IR_IN_MASK: case IR_IS: case IR_VARIANT_OF: case IR_REC_FIELD: case IR_DATE_PART:
    case IR_NEG: case IR_NOT: case IR_DUR_NEG: case IR_ABS: case IR_DETAIL:
        return reaches(r, n->a);
    case IR_CONSTRUCT: case IR_SET: case IR_RECORD: case IR_LOOKUP: case IR_MIN2: case IR_MAX2:
        return reaches_list(r, n);
    case IR_QUANT:
        return (!(n->flags & IR_Q_ROWS) && reaches(r, n->a)) || reaches(r, n->c) || reaches_list(r, n);
    case IR_AGG:
        return (!(n->flags & IR_Q_ROWS) && reaches(r, n->a)) || reaches(r, n->c) || reaches_list(r, n);
    case IR_ROUND:
        return reaches(r, n->a) || reaches(r, n->b);
    case IR_IF:
        return reaches(r, n->a) || reaches(r, n->b) || reaches(r, n->c);
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_DATE_ADD: case IR_DATE_SUB: case IR_DUR_ADD:
    case IR_DUR_SUB: case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_AND:
    case IR_OR: case IR_DEFAULT: case IR_IN: case IR_YEARS_BETWEEN: case IR_MONTHS_BETWEEN:
    case IR_DAYS_BETWEEN: case IR_BUDGET_CMP:
        return reaches(r, n->a) || reaches(r, n->b);
    case IR_OP_COUNT:
        break;
    }
    return false;
}

static void reach_begin(Reach *r, const Policy *p, uint32_t budget)
{
    r->p = p;
    r->seen_ir = xcalloc(p->n_ir ? p->n_ir : 1, 1);
    r->seen_def = xcalloc(p->n_defs ? p->n_defs : 1, 1);
    r->seen_dec = xcalloc(p->n_decisions ? p->n_decisions : 1, 1);
    r->seen_param = xcalloc(p->n_params ? p->n_params : 1, 1);
    r->budget = budget;
    r->fields = NULL;
    r->decided = false;
}

static void reach_end(Reach *r)
{
    xfree(r->seen_ir);
    xfree(r->seen_def);
    xfree(r->seen_dec);
    xfree(r->seen_param);
}

/* Whether a rule's result, an 'otherwise' or an output column may read a
 * ledger (then a budget run keeps each row's output values instead of
 * evaluating the results again in input order). */
static bool results_read_ledgers(const Policy *p)
{
    if (p->n_budgets == 0) return false;
    Reach r;
    reach_begin(&r, p, UINT32_MAX);
    bool found = false;
    for (uint32_t d = 0; d < p->n_decisions && !found; d++) {
        const PolicyDecision *dec = &p->decisions[d];
        for (uint32_t k = 0; k < dec->n_rules && !found; k++) found = reaches(&r, dec->rules[k].result);
        if (!found) found = reaches(&r, dec->otherwise);
    }
    /* a column may name a decision whose 'when' reads a ledger: that is
     * fine (the replay restores the decision); only its own reads count */
    memset(r.seen_dec, 1, p->n_decisions ? p->n_decisions : 1);
    for (uint32_t c = 0; c < p->n_columns && !found; c++) found = reaches(&r, p->columns[c].expr);
    reach_end(&r);
    return found;
}

/* Marks in p->sim_fields the input fields a budget run's first pass reads:
 * everything reachable from the decisions, the budgets' keys, limits and
 * charges (the walk looks for a budget no node reads, so it visits all). */
static void sim_fields(Policy *p)
{
    if (p->n_budgets == 0 || p->input < 0) return;
    size_t nf = p->datasets[p->input].schema.n;
    p->sim_fields = ARENA_ARRAY(&p->arena, uint8_t, nf ? nf : 1);
    Reach r;
    reach_begin(&r, p, UINT32_MAX - 1);
    r.fields = p->sim_fields;
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        const PolicyDecision *dec = &p->decisions[d];
        for (uint32_t k = 0; k < dec->n_rules; k++) {
            reaches(&r, dec->rules[k].result);
            reaches(&r, dec->rules[k].when);
            reaches(&r, dec->rules[k].unless);
        }
        reaches(&r, dec->otherwise);
    }
    for (uint32_t b = 0; b < p->n_budgets; b++) {
        const PolicyBudget *pb = &p->budgets[b];
        for (uint32_t k = 0; k < pb->n_per; k++) reaches(&r, pb->per[k]);
        reaches(&r, pb->limit);
        for (uint32_t k = 0; k < pb->n_charges; k++) {
            reaches(&r, pb->charges[k].amount);
            reaches(&r, pb->charges[k].when);
        }
    }
    /* output columns are evaluated in that pass when they read a ledger */
    for (uint32_t c = 0; p->results_read_ledgers && c < p->n_columns; c++) reaches(&r, p->columns[c].expr);
    reach_end(&r);
    int32_t df = p->datasets[p->input].schema.date_field;
    if (df >= 0) p->sim_fields[df] = 1;
}

/* Marks in p->replay_fields the input fields a budget run's second pass may
 * read: the rule results and 'otherwise's it replays (a decision one of
 * them names may still be decided in full there), then the output columns,
 * which run after every decision is replayed; and the 'dated by' field and
 * the key, which every row and message read.  Results first: a definition
 * they share with a column is then followed into its decisions. */
static void replay_fields(Policy *p)
{
    if (p->n_budgets == 0 || p->input < 0) return;
    const PolicyDataset *in = &p->datasets[p->input];
    size_t nf = in->schema.n;
    p->replay_fields = ARENA_ARRAY(&p->arena, uint8_t, nf ? nf : 1);
    Reach r;
    reach_begin(&r, p, UINT32_MAX - 1);
    r.fields = p->replay_fields;
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        const PolicyDecision *dec = &p->decisions[d];
        for (uint32_t k = 0; k < dec->n_rules; k++) reaches(&r, dec->rules[k].result);
        reaches(&r, dec->otherwise);
    }
    r.decided = true;
    for (uint32_t c = 0; c < p->n_columns; c++) reaches(&r, p->columns[c].expr);
    reach_end(&r);
    if (in->schema.date_field >= 0) p->replay_fields[in->schema.date_field] = 1;
    for (uint32_t k = 0; k < in->n_keys; k++) p->replay_fields[in->key_fields[k]] = 1;
}

static void when_budgets(Lower *L)
{
    Policy *p = L->p;
    if (p->n_budgets == 0) return;
    Reach r;
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        for (uint32_t k = 0; k < p->decisions[d].n_rules; k++) {
            PolicyRule *rule = &p->decisions[d].rules[k];
            if (rule->when == IR_NONE) continue;
            uint32_t *found = ARENA_ARRAY(&p->arena, uint32_t, p->n_budgets), n = 0;
            for (uint32_t b = 0; b < p->n_budgets; b++) {
                reach_begin(&r, p, b);
                if (reaches(&r, rule->when)) found[n++] = b;
                reach_end(&r);
            }
            rule->n_when_budgets = n;
            rule->when_budgets = found;
        }
    }
}

/* ---- budgets ------------------------------------------------------------------------- */

/* Finds, in the limit, lookups of a table keyed by the budget's key parts:
 * names the key columns after the table's key fields and, when one lookup
 * uses exactly all key parts, records it as the table listing the keys. */
static void key_lookups(Lower *L, PolicyBudget *pb, AstNode *n, const char **names)
{
    if (!n) return;
    if (n->kind == AST_INDEX && n->a->ref && n->a->ref->kind == AST_TABLE) {
        const AstNode *t = n->a->ref;
        int32_t ds = dataset_of(L, t);
        const PolicyDataset *pd = ds >= 0 ? &L->p->datasets[ds] : NULL;
        uint64_t used = 0; /* key parts seen, as bits (at most 64 parts) */
        uint32_t hits = 0;
        for (uint32_t k = 0; pd && k < n->n_items && k < pd->n_keys; k++) {
            int64_t per = map_get(&L->keyuse, n->items[k], 0);
            if (per <= 0 || per > 64) continue;
            hits++;
            used |= UINT64_C(1) << (per - 1);
            if (!names[per - 1]) names[per - 1] = pd->schema.fields[pd->key_fields[k]].name;
        }
        uint64_t all = pb->n_per >= 64 ? UINT64_MAX : (UINT64_C(1) << pb->n_per) - 1;
        if (pd && pb->key_table < 0 && pb->n_per <= 64 && n->n_items == pb->n_per && pd->n_keys == pb->n_per &&
            hits == pb->n_per && used == all) {
            pb->key_table = ds;
            pb->key_table_field = ARENA_ARRAY(&L->p->arena, uint32_t, pb->n_per);
            for (uint32_t k = 0; k < n->n_items; k++)
                pb->key_table_field[map_get(&L->keyuse, n->items[k], 0) - 1] = pd->key_fields[k];
        }
    }
    key_lookups(L, pb, n->a, names);
    key_lookups(L, pb, n->b, names);
    key_lookups(L, pb, n->c, names);
    key_lookups(L, pb, n->d, names);
    key_lookups(L, pb, n->e, names);
    for (uint32_t k = 0; k < n->n_items; k++) key_lookups(L, pb, n->items[k], names);
}

static void lower_budget(Lower *L, PolicyBudget *pb, const CheckedBudget *cb)
{
    Policy *p = L->p;
    AstNode *d = cb->decl;
    pb->n_per = d->n_items;
    pb->per = ARENA_ARRAY(&p->arena, uint32_t, d->n_items ? d->n_items : 1);
    pb->key_names = ARENA_ARRAY(&p->arena, const char *, d->n_items ? d->n_items : 1);
    pb->key_format = ARENA_ARRAY(&p->arena, const FormatType *, d->n_items ? d->n_items : 1);
    pb->key_table = -1;
    for (uint32_t k = 0; k < d->n_items; k++) {
        pb->per[k] = lx(L, d->items[k], 0);
        pb->key_format[k] = fmt_of(L, d->items[k]->type);
    }
    map_free(&L->keyuse);
    map_init(&L->keyuse);
    for (uint32_t k = 0; k < cb->n_key_uses; k++) map_put(&L->keyuse, cb->key_uses[k].node, cb->key_uses[k].per + 1);
    L->in_limit = true;
    pb->limit = lx(L, d->a, 0);
    L->in_limit = false;
    pb->limit_span = d->a->span;
    const char **names = pb->key_names;
    key_lookups(L, pb, d->a, names);
    for (uint32_t k = 0; k < d->n_items; k++) {
        if (names[k]) continue;
        AstNode *x = d->items[k];
        if (x->kind == AST_NAME || x->kind == AST_DOT) names[k] = arena_strdup(&p->arena, x->name);
        else if (x->kind == AST_CALL && x->a->kind == AST_NAME) names[k] = arena_strdup(&p->arena, x->a->name);
        else names[k] = arena_printf(&p->arena, "key%u", k + 1);
    }
    /* two key columns of one name: number the later ones */
    for (uint32_t k = 1; k < d->n_items; k++)
        for (uint32_t j = 0; j < k; j++)
            if (strcmp(names[j], names[k]) == 0) names[k] = arena_printf(&p->arena, "%s_%u", names[k], k + 1);
    AstNode *charges = d->b;
    pb->n_charges = charges ? charges->n_items : 0;
    pb->charges = ARENA_ARRAY(&p->arena, PolicyCharge, pb->n_charges ? pb->n_charges : 1);
    for (uint32_t k = 0; k < pb->n_charges; k++) {
        AstNode *c = charges->items[k];
        pb->charges[k].amount = lx(L, c->a, 0);
        pb->charges[k].when = c->b ? lx(L, c->b, 0) : IR_NONE;
        pb->charges[k].span = c->span;
    }
}

/* ---- output columns -------------------------------------------------------------------- */

/* True when 'f' writes values differently from their kind alone (money
 * with two decimals, percent with '%', enum members and variant cases by
 * name, records by field name). */
static bool telling(const FormatType *f)
{
    if (!f) return false;
    if (f->shape != FORMAT_SCALAR) return true;
    return f->type == FT_MONEY || f->type == FT_PERCENT || f->type == FT_ENUM;
}

/* Picks 'f' for a column unless an earlier alternative already tells more. */
static void offer(const FormatType **chosen, const FormatType *f)
{
    if (!*chosen || (!telling(*chosen) && telling(f))) *chosen = f;
}

/* The format of a column of expression 'x': the type of 'x', or for 'or'
 * defaults ('bedrag or ""') the first side whose type tells how to write
 * it; values of the other sides are written by their kind. */
static void column_format(Lower *L, const FormatType **chosen, const AstNode *x)
{
    if (x->kind == AST_BINARY && x->op == AST_OP_OR && (x->flags & CHECK_F_DEFAULT)) {
        column_format(L, chosen, x->a);
        column_format(L, chosen, x->b);
        return;
    }
    offer(chosen, fmt_of(L, x->type));
}

static const AstNode *pick_output(const Lower *L)
{
    for (uint32_t k = 0; k < L->cp->n_outputs; k++)
        if (check_is_main(L->cp, L->cp->outputs[k])) return L->cp->outputs[k];
    return NULL;
}

static void lower_output(Lower *L)
{
    Policy *p = L->p;
    const AstNode *out = pick_output(L);
    if (out) {
        p->output_name = arena_strdup(&p->arena, out->name);
        p->n_columns = out->n_items;
        p->columns = ARENA_ARRAY(&p->arena, PolicyColumn, out->n_items ? out->n_items : 1);
        for (uint32_t k = 0; k < out->n_items; k++) {
            AstNode *c = out->items[k];
            PolicyColumn *col = &p->columns[k];
            col->name = arena_strdup(&p->arena, c->name);
            col->expr = lx(L, c->b, 0);
            column_format(L, &col->format, c->b);
        }
        return;
    }
    /* the defaults: the input's key, then per decision its outcome, the
     * payload and the deciding rule */
    uint32_t n_keys = p->input >= 0 ? p->datasets[p->input].n_keys : 0;
    uint32_t cap = n_keys + 3 * p->n_decisions;
    p->columns = ARENA_ARRAY(&p->arena, PolicyColumn, cap ? cap : 1);
    uint32_t n = 0;
    for (uint32_t k = 0; k < n_keys; k++) {
        const PolicyDataset *in = &p->datasets[p->input];
        uint32_t f = in->key_fields[k];
        PolicyColumn *col = &p->columns[n++];
        col->name = in->schema.fields[f].name;
        col->expr = emit(L, IR_FIELD, in->span, f, 0, 0);
        col->format = in->field_format[f];
    }
    const FormatType *text = &L->scalar[FT_TEXT];
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        const PolicyDecision *dec = &p->decisions[d];
        uint32_t value = emit(L, IR_DECISION, dec->span, d, 0, 0);
        PolicyColumn *col = &p->columns[n++];
        col->name = dec->name;
        if (dec->variant >= 0) {
            col->expr = emit(L, IR_VARIANT_OF, dec->span, value, (uint32_t)dec->variant, 0);
            col->format = text;
            col = &p->columns[n++];
            col->name = arena_printf(&p->arena, "%s_detail", dec->name);
            col->expr = emit(L, IR_DETAIL, dec->span, value, 0, 0);
            /* the payload of each case: one field as itself, several as a record */
            const FormatType *vf = dec->format;
            for (uint32_t c = 0; vf && vf->parts && c < vf->names->n; c++) {
                const FormatType *payload = vf->parts[c];
                if (!payload) continue;
                offer(&col->format, payload->names->n == 1 ? payload->parts[0] : payload);
            }
        } else {
            col->expr = value;
            col->format = dec->format;
        }
        col = &p->columns[n++];
        col->name = arena_printf(&p->arena, "%s_rule", dec->name);
        col->expr = emit(L, IR_RULE_LABEL, dec->span, d, 0, 0);
        col->format = text;
    }
    p->n_columns = n;
}

/* ---- tests (grip test, runtime/testrun.h) ------------------------------------------------ */

/* The test steps of 'test' into 'pt': every value, cell, date and
 * expectation as IR, evaluated by runtime/testrun.c. */
static void lower_test(Lower *L, PolicyTest *pt, AstNode *test)
{
    Policy *p = L->p;
    pt->name = arena_strdup(&p->arena, test->name ? test->name : "");
    pt->span = test->span;
    pt->dutch = L->prog->main->lang == PARSE_LANG_NL;
    pt->on = IR_NONE;
    uint32_t n_given = 0, n_with = 0, n_sets = 0, n_expects = 0;
    for (uint32_t k = 0; k < test->n_items; k++) {
        AstNode *s = test->items[k];
        if (s->kind == AST_GIVEN) n_given += s->n_items;
        else if (s->kind == AST_WITH) n_with++;
        else if (s->kind == AST_SET_PARAM) n_sets++;
        else if (s->kind == AST_EXPECT) n_expects++;
    }
    pt->given = ARENA_ARRAY(&p->arena, TestValue, n_given ? n_given : 1);
    pt->with = ARENA_ARRAY(&p->arena, TestRows, n_with ? n_with : 1);
    pt->sets = ARENA_ARRAY(&p->arena, TestValue, n_sets ? n_sets : 1);
    pt->expects = ARENA_ARRAY(&p->arena, TestExpect, n_expects ? n_expects : 1);
    for (uint32_t k = 0; k < test->n_items; k++) {
        AstNode *s = test->items[k];
        switch (s->kind) {
        case AST_GIVEN:
            pt->has_given = true;
            pt->given_span = s->span;
            for (uint32_t f = 0; f < s->n_items; f++) {
                AstNode *init = s->items[f];
                int64_t fi = map_get(&L->fields, init->ref, -1);
                if (fi < 0 || (fi >> 32) != p->input) {
                    error_at(L, init->span, "field '%s' of a test cannot be run", init->name);
                    continue;
                }
                pt->given[pt->n_given++] = (TestValue){(uint32_t)(fi & 0xFFFFFFFF), lx(L, init->a, 0), init->span};
            }
            break;
        case AST_WITH: {
            int32_t ds = dataset_of(L, s->ref);
            if (ds < 0 && s->name) ds = policy_find_dataset(p, s->name);
            if (ds < 0) {
                error_at(L, s->span, "table '%s' of a test cannot be run", s->name ? s->name : "?");
                break;
            }
            TestRows *tr = &pt->with[pt->n_with++];
            uint32_t nf = (uint32_t)p->datasets[ds].schema.n;
            tr->dataset = (uint32_t)ds;
            tr->span = s->span;
            tr->cells = ARENA_ARRAY(&p->arena, uint32_t, (size_t)s->n_items * nf + 1);
            tr->lines = ARENA_ARRAY(&p->arena, uint64_t, s->n_items + 1);
            for (uint32_t r = 0; r < s->n_items; r++) {
                AstNode *row = s->items[r];
                if (row->n_items != nf) {
                    error_at(L, row->span, "this row has %u cells; table '%s' has %u fields", row->n_items,
                             p->datasets[ds].name, nf);
                    continue;
                }
                for (uint32_t c = 0; c < nf; c++) tr->cells[(size_t)tr->n_rows * nf + c] = lx(L, row->items[c], 0);
                tr->lines[tr->n_rows++] = sources_linecol(lang_sources(L->prog), row->span.file, row->span.start).line;
            }
            break;
        }
        case AST_SET_PARAM: {
            int64_t param = s->ref ? map_get(&L->decls, s->ref, -1) : -1;
            if (param < 0 && s->name) param = policy_find_param(p, s->name);
            if (param < 0) {
                error_at(L, s->span, "parameter '%s' of a test cannot be run", s->name ? s->name : "?");
                break;
            }
            pt->sets[pt->n_sets++] = (TestValue){(uint32_t)param, lx(L, s->a, 0), s->span};
            break;
        }
        case AST_ON:
            pt->on = lx(L, s->a, 0);
            break;
        case AST_EXPECT: {
            TestExpect *x = &pt->expects[pt->n_expects++];
            x->span = s->span;
            x->actual = x->expected = IR_NONE;
            if (s->flags & AST_F_EXPECT_ERROR) {
                x->kind = TEST_EXPECT_ERROR;
                x->error_text = s->name ? arena_strdup(&p->arena, s->name) : NULL;
                break;
            }
            x->kind = s->b ? TEST_EXPECT_EQUAL : TEST_EXPECT_TRUE;
            x->actual = lx(L, s->a, 0);
            x->actual_span = s->a->span;
            x->format = fmt_of(L, s->a->type);
            if (s->b) x->expected = lx(L, s->b, 0);
            break;
        }
        default:
            break;
        }
    }
}

/* The tests written in the main policy's own file, and how the values of
 * definitions are shown. */
static void lower_tests(Lower *L, TestPlan *plan)
{
    Policy *p = L->p;
    uint32_t main_file = L->prog->main->file, n = 0;
    for (uint32_t k = 0; k < L->cp->n_tests; k++) n += L->cp->tests[k]->span.file == main_file;
    plan->tests = ARENA_ARRAY(&p->arena, PolicyTest, n ? n : 1);
    plan->n_tests = 0;
    for (uint32_t k = 0; k < L->cp->n_tests; k++)
        if (L->cp->tests[k]->span.file == main_file) lower_test(L, &plan->tests[plan->n_tests++], L->cp->tests[k]);
    plan->def_format = ARENA_ARRAY(&p->arena, const FormatType *, p->n_defs ? p->n_defs : 1);
    for (uint32_t k = 0; k < p->n_defs; k++) {
        AstNode *d = k < L->cp->n_defs ? L->cp->defs[k] : L->cp->functions[k - L->cp->n_defs];
        plan->def_format[k] = d->a ? fmt_of(L, d->a->type) : NULL;
    }
}

/* ---- the driver ------------------------------------------------------------------------ */

Policy *lower_program(Program *prog, Diag *diag)
{
    return lower_program_tests(prog, diag, NULL);
}

Policy *lower_program_tests(Program *prog, Diag *diag, TestPlan *plan)
{
    CheckedProgram *cp = prog->checked;
    if (!cp || !prog->main) return NULL;
    Policy *p = policy_new(prog->main->path);
    Lower L = {0};
    L.prog = prog;
    L.cp = cp;
    L.p = p;
    L.diag = diag;
    L.src_ds = -1;
    map_init(&L.decls);
    map_init(&L.fields);
    map_init(&L.locals);
    map_init(&L.formats);
    map_init(&L.keyuse);

    lower_types(&L);

    /* 2. datasets: the input first, then the tables */
    p->n_datasets = (cp->input ? 1 : 0) + cp->n_tables;
    p->datasets = ARENA_ARRAY(&p->arena, PolicyDataset, p->n_datasets ? p->n_datasets : 1);
    uint32_t ds = 0;
    if (cp->input) {
        p->input = 0;
        lower_dataset(&L, &p->datasets[ds], cp->input, true, (int32_t)ds);
        ds++;
    }
    for (uint32_t k = 0; k < cp->n_tables; k++, ds++) lower_dataset(&L, &p->datasets[ds], cp->tables[k], false, (int32_t)ds);

    /* 3. slots */
    p->n_params = cp->n_parameters;
    p->params = ARENA_ARRAY(&p->arena, PolicyParam, cp->n_parameters ? cp->n_parameters : 1);
    for (uint32_t k = 0; k < cp->n_parameters; k++) {
        AstNode *d = cp->parameters[k];
        p->params[k].name = arena_strdup(&p->arena, d->name);
        p->params[k].span = name_span(d);
        p->params[k].format = fmt_of(&L, d->a ? d->a->type : NULL);
        p->params[k].fallback = IR_NONE;
        map_put(&L.decls, d, k);
    }
    L.n_plain_defs = cp->n_defs;
    p->n_defs = cp->n_defs + cp->n_functions;
    p->defs = ARENA_ARRAY(&p->arena, PolicyDef, p->n_defs ? p->n_defs : 1);
    for (uint32_t k = 0; k < p->n_defs; k++) {
        AstNode *d = k < cp->n_defs ? cp->defs[k] : cp->functions[k - cp->n_defs];
        PolicyDef *pd = &p->defs[k];
        pd->name = arena_strdup(&p->arena, d->name);
        pd->span = name_span(d);
        pd->money = d->a && d->a->type && d->a->type->kind == TYPE_MONEY;
        pd->n_params = (d->flags & AST_F_FUNCTION) ? d->n_items : 0;
        pd->first_local = p->n_locals;
        for (uint32_t i = 0; i < pd->n_params; i++) map_put(&L.locals, d->items[i], p->n_locals++);
        map_put(&L.decls, d, k);
    }
    p->n_decisions = cp->n_decisions;
    p->decisions = ARENA_ARRAY(&p->arena, PolicyDecision, cp->n_decisions ? cp->n_decisions : 1);
    for (uint32_t k = 0; k < cp->n_decisions; k++) {
        const CheckedDecision *cd = &cp->decisions[k];
        PolicyDecision *pd = &p->decisions[k];
        pd->name = arena_strdup(&p->arena, cd->decl->name);
        pd->span = name_span(cd->decl);
        pd->unique = cd->unique != 0;
        pd->variant = cd->type && cd->type->kind == TYPE_VARIANT ? (int32_t)map_get(&L.decls, cd->type->decl, -1) : -1;
        pd->money = cd->type && cd->type->kind == TYPE_MONEY;
        pd->format = fmt_of(&L, cd->type);
        pd->otherwise_text = intern(&p->texts, "otherwise", 9);
        map_put(&L.decls, cd->decl, k);
    }
    p->n_budgets = cp->n_budgets;
    p->budgets = ARENA_ARRAY(&p->arena, PolicyBudget, cp->n_budgets ? cp->n_budgets : 1);
    for (uint32_t k = 0; k < cp->n_budgets; k++) {
        p->budgets[k].name = arena_strdup(&p->arena, cp->budgets[k].decl->name);
        p->budgets[k].span = name_span(cp->budgets[k].decl);
        map_put(&L.decls, cp->budgets[k].decl, k);
    }

    /* 4. expressions */
    L.fold = eval_new(p, NULL);
    lower_param_values(&L);
    for (uint32_t k = 0; k < p->n_defs; k++) {
        AstNode *d = k < cp->n_defs ? cp->defs[k] : cp->functions[k - cp->n_defs];
        p->defs[k].body = lx(&L, d->b, 0);
    }
    for (uint32_t k = 0; k < cp->n_decisions; k++) {
        const CheckedDecision *cd = &cp->decisions[k];
        PolicyDecision *pd = &p->decisions[k];
        pd->n_rules = cd->n_rules;
        pd->rules = ARENA_ARRAY(&p->arena, PolicyRule, cd->n_rules ? cd->n_rules : 1);
        for (uint32_t r = 0; r < cd->n_rules; r++) lower_rule(&L, &pd->rules[r], cd->rules[r]);
        pd->otherwise = cd->otherwise ? lx(&L, cd->otherwise, 0) : IR_NONE;
        pd->otherwise_span = cd->otherwise ? cd->otherwise->span : SPAN_NONE;
    }
    for (uint32_t k = 0; k < cp->n_budgets; k++) lower_budget(&L, &p->budgets[k], &cp->budgets[k]);
    lower_output(&L);
    if (plan) lower_tests(&L, plan);
    lower_formulas(&L);

    /* 5. constants (an Eval made now sees every slot) */
    Eval *consts = eval_new(p, NULL);
    lower_param_dates(&L, consts);
    lower_rule_dates(&L, consts);
    ds = 0;
    if (cp->input) dataset_values(&L, consts, &p->datasets[ds++], cp->input);
    for (uint32_t k = 0; k < cp->n_tables; k++, ds++) dataset_values(&L, consts, &p->datasets[ds], cp->tables[k]);
    eval_free(consts);
    eval_free(L.fold);

    /* 6. budgets read by rules */
    when_budgets(&L);
    p->results_read_ledgers = results_read_ledgers(p);
    sim_fields(p);
    replay_fields(p);

    map_free(&L.decls);
    map_free(&L.fields);
    map_free(&L.locals);
    map_free(&L.formats);
    map_free(&L.keyuse);
    if (L.errors) {
        policy_free(p);
        return NULL;
    }
    return p;
}

/* ---- for lower_formulas.c (lower_int.h) ------------------------------------------------ */

uint32_t lower_expr(Lower *L, AstNode *n)
{
    return lx(L, n, 0);
}

Policy *lower_policy(Lower *L)
{
    return L->p;
}

CheckedProgram *lower_checked(Lower *L)
{
    return L->cp;
}

Program *lower_program_of(Lower *L)
{
    return L->prog;
}

int32_t lower_dataset_index(Lower *L, const AstNode *decl)
{
    return dataset_of(L, decl);
}

const FormatType *lower_format(Lower *L, const Type *t)
{
    return fmt_of(L, t);
}

uint32_t lower_new_local(Lower *L)
{
    return L->p->n_locals++;
}

void lower_bind_local(Lower *L, const AstNode *node, uint32_t slot)
{
    map_put(&L->locals, node, slot);
}

void lower_set_source(Lower *L, int32_t ds, uint32_t slot)
{
    L->src_ds = ds;
    L->src_slot = slot;
}

uint32_t lower_emit(Lower *L, uint8_t op, Span span, uint32_t a, uint32_t b, uint32_t c)
{
    return emit(L, op, span, a, b, c);
}

void lower_error(Lower *L, Span span, const char *fmt, ...)
{
    char msg[1024];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    error_at(L, span, "%s", msg);
}
