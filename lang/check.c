/* SPDX-License-Identifier: MIT
 * check.c - the type checker: every expression of every effective
 * declaration gets its type and its names their declarations (check.h
 * lists the annotations); check_program() runs the phases (check_int.h).
 *
 * check_expr() is one recursive walk (trees are at most GRIP_MAX_DEPTH
 * deep).  A Ctx says what an expression can see: the row whose fields are
 * bare names (the input's in rules, defs, budgets, outputs and tests; the
 * source's in allocations and reports), a series' year and columns, local
 * variables, and whether remaining() and report aggregates are allowed.
 * Bare names are looked up innermost first: the expected type's members
 * (so 'product = crisis' reads the enum member when 'crisis' is also a
 * field), locals, the series, the row, module declarations, then enum
 * members and variant cases.  Uses of defs, functions, parameters,
 * decisions and budgets become edges of the dependency graph (depend.c).
 * The arithmetic rules are DESIGN's exact-number rules, tabled in
 * docs/language.md ("Type rules").  An erroneous subexpression has type
 * TYPE_ERROR, which every rule accepts without a further message.
 */
#include "check_int.h"

#include <string.h>

#include "../runtime/alloc.h"

static Type *err_type(Checker *C)
{
    return prim(C, TYPE_ERROR);
}

static int is_err(const Type *t)
{
    return !t || t->kind == TYPE_ERROR;
}

static const char *tn(Checker *C, const Type *t)
{
    return type_name(C->arena, t);
}

/* int, decimal or percent: the numbers that mix freely. */
static int is_number(const Type *t)
{
    return t && (t->kind == TYPE_INT || t->kind == TYPE_DECIMAL || t->kind == TYPE_PERCENT);
}

static int is_literal_number(const AstNode *n)
{
    return n && (n->kind == AST_INT || n->kind == AST_DECIMAL);
}

/* Types a value of which can be written to an output column or a report. */
int check_printable(const Type *t)
{
    switch (t ? t->kind : TYPE_ERROR) {
    case TYPE_ERROR: case TYPE_BOOL: case TYPE_INT: case TYPE_DECIMAL: case TYPE_MONEY: case TYPE_PERCENT:
    case TYPE_DATE: case TYPE_DURATION: case TYPE_TEXT: case TYPE_ENUM: case TYPE_VARIANT: case TYPE_UNKNOWN:
        return 1;
    default:
        return 0;
    }
}

/* Types usable as a key (budget 'per', report 'group by', 'order by'). */
int check_keyable(const Type *t)
{
    switch (t ? t->kind : TYPE_ERROR) {
    case TYPE_ERROR: case TYPE_BOOL: case TYPE_INT: case TYPE_DECIMAL: case TYPE_MONEY: case TYPE_PERCENT:
    case TYPE_DATE: case TYPE_TEXT: case TYPE_ENUM:
        return 1;
    default:
        return 0;
    }
}

int assignable(const Type *from, const Type *to)
{
    if (is_err(from) || is_err(to)) return 1;
    if (from->kind == TYPE_UNKNOWN) return 1;
    if (type_equal(from, to)) return 1;
    if (from->kind == TYPE_INT && to->kind == TYPE_DECIMAL) return 1;
    if ((from->kind == TYPE_SET || from->kind == TYPE_LIST) && from->kind == to->kind)
        return assignable(from->elem, to->elem);
    return 0;
}

/* The one type both 'a' and 'b' fit (if branches, set elements, defaults,
 * min/max), or NULL: equal types, unknown with anything, numbers mixed
 * (int with int stays int, percent with percent stays percent, any other
 * mix is decimal). */
static Type *unify(Checker *C, Type *a, Type *b)
{
    if (is_err(a) || is_err(b)) return err_type(C);
    if (a->kind == TYPE_UNKNOWN) return b;
    if (b->kind == TYPE_UNKNOWN) return a;
    if (type_equal(a, b)) return a;
    if (is_number(a) && is_number(b)) return prim(C, TYPE_DECIMAL);
    if ((a->kind == TYPE_SET || a->kind == TYPE_LIST) && a->kind == b->kind) {
        Type *e = unify(C, a->elem, b->elem);
        return e ? type_container(C, (TypeKind)a->kind, e) : NULL;
    }
    return NULL;
}

/* ---- graph hooks ----------------------------------------------------------------- */

uint32_t graph_node(Checker *C, AstNode *decl, int make)
{
    Info *in = info_of(C, decl);
    if (in->graph || !make) return in->graph;
    C->g = xgrow(C->g, &C->cap_g, (size_t)C->n_g + 1, sizeof *C->g);
    GNode *g = &C->g[C->n_g];
    memset(g, 0, sizeof *g);
    g->decl = decl;
    g->name = decl->name ? decl->name : "?";
    in->graph = ++C->n_g;
    return in->graph;
}

void add_edge(Checker *C, uint32_t from, uint32_t to, Span at)
{
    if (!from || !to) return;
    C->edges = xgrow(C->edges, &C->cap_edges, C->n_edges + 1, sizeof *C->edges);
    C->edges[C->n_edges++] = (Edge){from - 1, to - 1, at};
}

/* The expression reads the input row itself: its owner depends on the row. */
static void reads_row(Checker *C, const Ctx *x)
{
    if (x->owner) C->g[x->owner - 1].row_direct = 1;
}

static int has_input_row(const Checker *C, const Ctx *x)
{
    return x->row && x->row == C->input;
}

/* A use at 'at' of graph node 'node' (a def or function) in 'x'. */
static void use_node(Checker *C, const Ctx *x, uint32_t node, Span at)
{
    add_edge(C, x->owner, node, at);
    if (!has_input_row(C, x) && C->input) {
        C->rowless = xgrow(C->rowless, &C->cap_rowless, C->n_rowless + 1, sizeof *C->rowless);
        C->rowless[C->n_rowless++] = (RowlessUse){node - 1, at, x->what ? x->what : "this place"};
    }
}

/* ---- names -------------------------------------------------------------------------- */

enum { F_NONE, F_LOCAL, F_YEAR, F_COLUMN, F_FIELD, F_DECL, F_MEMBER, F_AMBIGUOUS };

typedef struct Found {
    int kind;       /* F_* */
    AstNode *node;  /* what the name means (F_LOCAL: the binder) */
    AstNode *other; /* F_AMBIGUOUS: a second meaning */
    AstNode *owner; /* F_MEMBER: the enum or variant */
    AstNode *other_owner; /* F_AMBIGUOUS between members: the second one's */
    Type *type;     /* F_LOCAL: the variable's type */
} Found;

/* Looks 'name' up in 'x' without reporting or recording anything. */
static Found lookup_value(Checker *C, const Ctx *x, const char *name, const Type *expect)
{
    Found f = {F_NONE, NULL, NULL, NULL, NULL, NULL};
    if (!name) return f;
    if (expect && (expect->kind == TYPE_ENUM || expect->kind == TYPE_VARIANT) && expect->decl) {
        Info *ti = info_of(C, (AstNode *)expect->decl);
        AstNode *m = strmap_get(expect->kind == TYPE_ENUM ? &ti->fields : &ti->cases, name);
        if (m) {
            f.kind = F_MEMBER;
            f.node = m;
            f.owner = (AstNode *)expect->decl;
            return f;
        }
    }
    for (const Binding *b = x->locals; b; b = b->next)
        if (strcmp(b->name, name) == 0) {
            f.kind = F_LOCAL;
            f.node = b->decl;
            f.type = b->type;
            return f;
        }
    if (x->series) {
        if (x->series->a && x->series->a->name && strcmp(x->series->a->name, name) == 0) {
            f.kind = F_YEAR;
            f.node = x->series;
            return f;
        }
        AstNode *col = strmap_get(&info_of(C, x->series)->fields, name);
        if (col) {
            f.kind = F_COLUMN;
            f.node = col;
            return f;
        }
    }
    if (x->row) {
        AstNode *fld = strmap_get(&info_of(C, x->row)->fields, name);
        if (fld) {
            f.kind = F_FIELD;
            f.node = fld;
            return f;
        }
    }
    AstNode *other = NULL;
    AstNode *d = lookup_decl(C, x->module, name, &other);
    if (d) {
        f.kind = other ? F_AMBIGUOUS : F_DECL;
        f.node = d;
        f.other = other;
        return f;
    }
    MemberList *l = lookup_member(C, x->module, name);
    if (l) {
        f.kind = F_MEMBER;
        f.node = l->node;
        f.owner = l->owner;
        for (MemberList *o = l->next; o; o = o->next)
            if (o->node != l->node) {
                f.kind = F_AMBIGUOUS;
                f.other = o->node;
                f.other_owner = o->owner;
            }
    }
    return f;
}

static const char *module_name(const AstNode *d)
{
    return d && d->decl && d->decl->module ? d->decl->module->name : "?";
}

static void hint_suggest(Checker *C, const char *name, const char **cands, size_t n)
{
    const char *s = diag_suggest(name, cands, n);
    if (s) diag_hint(C->diag, "did you mean '%s'?", s);
}

/* Every name 'x' can see, for a "did you mean" hint. */
static size_t ctx_names(Checker *C, const Ctx *x, const char ***out)
{
    const char **vis;
    size_t nv = visible_names(C, x->module, &vis);
    size_t cap = nv + 1;
    for (const Binding *b = x->locals; b; b = b->next) cap++;
    const StrMap *maps[2] = {x->series ? &info_of(C, x->series)->fields : NULL,
                             x->row ? &info_of(C, x->row)->fields : NULL};
    for (int k = 0; k < 2; k++)
        if (maps[k]) cap += maps[k]->n;
    const char **names = ARENA_ARRAY(C->arena, const char *, cap);
    size_t n = 0;
    for (const Binding *b = x->locals; b; b = b->next) names[n++] = b->name;
    if (x->series && x->series->a && x->series->a->name) names[n++] = x->series->a->name;
    for (int k = 0; k < 2; k++)
        for (uint32_t j = 0; maps[k] && j < maps[k]->cap && n < cap; j++)
            if (maps[k]->keys[j]) names[n++] = maps[k]->keys[j];
    for (size_t k = 0; k < nv && n < cap; k++) names[n++] = vis[k];
    *out = names;
    return n;
}

/* Reports unknown 'name' at 'n'; 'qualifier': it stands before a dot. */
static void unknown_name(Checker *C, const Ctx *x, AstNode *n, const char *name, int qualifier)
{
    /* a field of a row this place does not have */
    if (C->input && !has_input_row(C, x)) {
        AstNode *fld = strmap_get(&info_of(C, C->input)->fields, name);
        if (fld) {
            if (x->report_col) {
                if (diag_error(C->diag, n->span, "'%s' is a value of each row, but a report column aggregates rows", name))
                    diag_hint(C->diag, "aggregate it: sum(%s), min(%s), max(%s), ...; or group by it", name, name, name);
                return;
            }
            diag_error(C->diag, n->span, "'%s' is a field of the input '%s', but %s has no input row", name,
                       C->input->name, x->what ? x->what : "this place");
            return;
        }
    }
    if (types_builtin(name)) {
        if (diag_error(C->diag, n->span, "'%s' is a function; call it with its arguments", name))
            diag_hint(C->diag, "%s(...)", name);
        return;
    }
    if (!diag_error(C->diag, n->span, "unknown name '%s'", name)) return;
    const char **names;
    size_t nn = ctx_names(C, x, &names);
    const char *s = diag_suggest(name, names, nn);
    const char *q = qualified_suggestion(C, x->module, name);
    if (q) diag_hint(C->diag, "'%s' is declared in a module used with 'as': write '%s'", name, q);
    else if (s) diag_hint(C->diag, "did you mean '%s'?", s);
    else if (qualifier) diag_hint(C->diag, "a module's declarations are named 'MODULE.NAME' after 'use MODULE'");
}

/* The value of enum member or variant case 'm' of 'owner' named at 'n'. */
static Type *member_value(Checker *C, AstNode *n, AstNode *m, AstNode *owner, int callee)
{
    n->ref = m;
    Info *oi = info_of(C, owner);
    if (m->kind == AST_CASE && m->n_items && !callee) {
        if (diag_error(C->diag, n->span, "case '%s' of '%s' carries a payload; give it", m->name, owner->name)) {
            const char *fields = "";
            for (uint32_t k = 0; k < m->n_items; k++)
                if (m->items[k]) fields = arena_printf(C->arena, "%s%s%s", fields, k ? ", " : "", m->items[k]->name);
            diag_hint(C->diag, "%s(%s)", m->name, fields);
        }
        return err_type(C);
    }
    if (m->kind == AST_CASE) {
        Info *ci = info_of(C, m);
        return ci->type ? ci->type : oi->nominal;
    }
    return oi->nominal;
}

/* Records and returns what 'f' (found for the name at 'n') means; reports
 * what cannot be used there.  'callee': the name is being called. */
static Type *use_found(Checker *C, const Ctx *x, AstNode *n, const Found *f, int callee)
{
    const char *name = n->name;
    switch (f->kind) {
    case F_LOCAL:
        n->ref = f->node;
        return f->type ? f->type : err_type(C);
    case F_YEAR:
        n->ref = f->node;
        return prim(C, TYPE_INT);
    case F_COLUMN: {
        n->ref = f->node;
        add_edge(C, x->owner, graph_node(C, f->node, 1), n->span);
        Type *t = info_of(C, f->node)->type;
        return t ? t : err_type(C);
    }
    case F_FIELD:
        n->ref = f->node;
        if (x->row == C->input) reads_row(C, x);
        return info_of(C, f->node)->type ? info_of(C, f->node)->type : err_type(C);
    case F_MEMBER:
        return member_value(C, n, f->node, f->owner, callee);
    case F_AMBIGUOUS:
        if (f->other_owner) {
            /* the list runs from the last declared: name them in order */
            if (diag_error(C->diag, n->span, "'%s' is ambiguous: a member of '%s' and of '%s'", name,
                           f->other_owner->name, f->owner->name))
                diag_hint(C->diag, "write '%s.%s' or '%s.%s', or compare it with a value of its type",
                          f->other_owner->name, name, f->owner->name, name);
        } else if (diag_error(C->diag, n->span, "'%s' is ambiguous: it is declared in '%s' and in '%s'", name,
                              module_name(f->node), module_name(f->other))) {
            diag_hint(C->diag, "qualify it with the module it comes from: '%s.%s' or '%s.%s'", module_name(f->node), name,
                      module_name(f->other), name);
        }
        return err_type(C);
    case F_DECL: break;
    default: return err_type(C);
    }
    AstNode *d = f->node;
    Info *di = info_of(C, d);
    switch (d->kind) {
    case AST_DEF:
        n->ref = d;
        if (d->flags & AST_F_FUNCTION) {
            if (!callee) {
                diag_error(C->diag, n->span, "'%s' is a function; call it with its arguments", name);
                return err_type(C);
            }
            use_node(C, x, graph_node(C, d, 1), n->span);
            return di->nominal ? di->nominal : err_type(C);
        }
        use_node(C, x, graph_node(C, d, 1), n->span);
        return di->type ? di->type : err_type(C);
    case AST_PARAMETER:
        n->ref = d;
        add_edge(C, x->owner, graph_node(C, d, 1), n->span);
        return di->type ? di->type : err_type(C);
    case AST_DECISION:
        n->ref = d;
        if (!has_input_row(C, x)) {
            if (x->report_col) {
                if (diag_error(C->diag, n->span, "'%s' is decided for each row, but a report column aggregates rows", name))
                    diag_hint(C->diag, "count the rows it decides: share() where %s is CASE", name);
            } else {
                diag_error(C->diag, n->span, "decision '%s' is made per row of the input, but %s has no input row",
                           name, x->what ? x->what : "this place");
            }
            return err_type(C);
        }
        add_edge(C, x->owner, graph_node(C, d, 1), n->span);
        reads_row(C, x);
        return di->type ? di->type : err_type(C);
    case AST_TABLE: case AST_INPUT:
        n->ref = d;
        return di->table ? di->table : err_type(C);
    case AST_BUDGET:
        n->ref = d;
        return di->nominal ? di->nominal : err_type(C);
    case AST_ENUM: case AST_VARIANT: case AST_RECORD:
        if (diag_error(C->diag, n->span, "'%s' is a type, not a value", name) && d->kind != AST_RECORD)
            diag_hint(C->diag, "name one of its %s: '%s.%s'", d->kind == AST_ENUM ? "members" : "cases", name,
                      d->n_items && d->items[0] && d->items[0]->name ? d->items[0]->name : "x");
        return err_type(C);
    default:
        if (diag_error(C->diag, n->span, "'%s' is %s %s, not a value", name,
                       d->kind == AST_ALLOCATION || d->kind == AST_OUTPUT ? "an" : "a",
                       d->kind == AST_ALLOCATION ? "allocation" : d->kind == AST_SERIES ? "series"
                       : d->kind == AST_REPORT ? "report" : d->kind == AST_OUTPUT ? "output" : "declaration"))
            diag_note(C->diag, d->name_span, "'%s' is declared here", name);
        return err_type(C);
    }
}

static Type *name_expr(Checker *C, const Ctx *x, AstNode *n, Type *expect)
{
    Found f = lookup_value(C, x, n->name, expect);
    if (f.kind == F_NONE) {
        unknown_name(C, x, n, n->name ? n->name : "?", 0);
        return err_type(C);
    }
    return use_found(C, x, n, &f, 0);
}

/* 'a' as a dotted string when it is a chain of plain names ("zhz.tarieven"),
 * else NULL. */
static const char *dotted(Checker *C, const AstNode *a)
{
    if (a->kind == AST_NAME) return a->name;
    if (a->kind != AST_DOT || (a->flags & AST_F_PAREN)) return NULL;
    const char *left = dotted(C, a->a);
    return left && a->name ? arena_printf(C->arena, "%s.%s", left, a->name) : NULL;
}

/* The root name of a chain of names. */
static const AstNode *chain_root(const AstNode *a)
{
    while (a->kind == AST_DOT) a = a->a;
    return a;
}

/* The enum or variant that 'a' names as a type ('Soort', 't.Soort'), when
 * it is not a value; NULL otherwise.  Sets a->ref. */
static AstNode *type_named(Checker *C, const Ctx *x, AstNode *a)
{
    AstNode *d = NULL;
    if (a->flags & AST_F_PAREN) return NULL;
    if (a->kind == AST_NAME) {
        Found f = lookup_value(C, x, a->name, NULL);
        if (f.kind == F_DECL) d = f.node;
    } else if (a->kind == AST_DOT && a->name && chain_root(a)->kind == AST_NAME &&
               lookup_value(C, x, chain_root(a)->name, NULL).kind == F_NONE) {
        const char *q = dotted(C, a->a);
        Module *qm = q ? lookup_qualifier(C, x->module, q) : NULL;
        if (qm) d = lookup_in_module(C, qm, a->name);
    }
    if (!d || (d->kind != AST_ENUM && d->kind != AST_VARIANT)) return NULL;
    a->ref = d;
    return d;
}

/* Reads 'q.Name' as a qualified name when 'q' is not a value in 'x' but a
 * module qualifier, or 'T.member' when T names an enum or variant type.
 * Returns 1 and the type in *out when it was one (errors reported), 0 when
 * 'n' is a field access. */
static int qualified(Checker *C, const Ctx *x, AstNode *n, int callee, Type **out)
{
    const AstNode *root = chain_root(n->a);
    if (root->kind != AST_NAME || (n->a->flags & AST_F_PAREN)) return 0;
    AstNode *ty = type_named(C, x, n->a);
    if (ty) {
        Info *ti = info_of(C, ty);
        AstNode *m = strmap_get(ty->kind == AST_ENUM ? &ti->fields : &ti->cases, n->name);
        if (!m) {
            if (diag_error(C->diag, n->name_span, "'%s' has no %s '%s'", ty->name,
                           ty->kind == AST_ENUM ? "member" : "case", n->name)) {
                const char **names = ARENA_ARRAY(C->arena, const char *, ty->n_items + 1);
                for (uint32_t k = 0; k < ty->n_items; k++) names[k] = ty->items[k] ? ty->items[k]->name : NULL;
                hint_suggest(C, n->name, names, ty->n_items);
            }
            *out = err_type(C);
            return 1;
        }
        *out = member_value(C, n, m, ty, callee);
        return 1;
    }
    if (lookup_value(C, x, root->name, NULL).kind != F_NONE) return 0;
    const char *q = dotted(C, n->a);
    Module *qm = q ? lookup_qualifier(C, x->module, q) : NULL;
    if (!qm) return 0;
    AstNode *d = lookup_in_module(C, qm, n->name);
    Found f = {F_NONE, NULL, NULL, NULL, NULL, NULL};
    if (d) {
        f.kind = F_DECL;
        f.node = d;
    } else {
        Family *fam = family_of(C, qm);
        MemberList *l = fam ? strmap_get(&fam->members, n->name) : NULL;
        if (l) {
            f.kind = l->next ? F_AMBIGUOUS : F_MEMBER;
            f.node = l->node;
            f.owner = l->owner;
            f.other = l->next ? l->next->node : NULL;
            f.other_owner = l->next ? l->next->owner : NULL;
        }
    }
    if (f.kind == F_NONE) {
        if (diag_error(C->diag, n->name_span, "module '%s' has no '%s'", qm->name, n->name)) {
            Family *fam = family_of(C, qm);
            const char **names = ARENA_ARRAY(C->arena, const char *, fam ? fam->scope.n + 1 : 1);
            size_t nn = 0;
            for (uint32_t k = 0; fam && k < fam->scope.cap; k++)
                if (fam->scope.keys[k]) names[nn++] = fam->scope.keys[k];
            hint_suggest(C, n->name, names, nn);
        }
        *out = err_type(C);
        return 1;
    }
    *out = use_found(C, x, n, &f, callee);
    return 1;
}

/* ---- checking helpers --------------------------------------------------------------------- */

static void mismatch_hint(Checker *C, const AstNode *n, const Type *from, const Type *to)
{
    if (is_err(from) || is_err(to)) return;
    if (to->kind == TYPE_MONEY && (from->kind == TYPE_INT || from->kind == TYPE_DECIMAL)) {
        if (is_literal_number(n)) diag_hint(C->diag, "write € %s for an amount", n->name);
        else diag_hint(C->diag, "an amount is money times a number, not a bare number");
    } else if (to->kind == TYPE_PERCENT && is_number(from)) {
        diag_hint(C->diag, "write a percentage with '%%', e.g. 3%%");
    } else if (to->kind == TYPE_TEXT && (from->kind == TYPE_VARIANT || from->kind == TYPE_ENUM)) {
        diag_hint(C->diag, "variant(x) gives the name of its case");
    } else if (to->kind == TYPE_DECIMAL && from->kind == TYPE_MONEY) {
        diag_hint(C->diag, "an amount divided by an amount gives a decimal");
    }
}

/* Checks 'n' and reports unless its type fits 'to'; 'what' names it in
 * the message ("the condition after 'when'"). */
Type *check_want(Checker *C, const Ctx *x, AstNode *n, Type *to, const char *what)
{
    if (!n) return err_type(C);
    Type *t = check_expr(C, x, n, to);
    if (!assignable(t, to)) {
        if (diag_error(C->diag, n->span, "%s must be %s, not %s", what, tn(C, to), tn(C, t))) mismatch_hint(C, n, t, to);
        return err_type(C);
    }
    return t;
}

Type *check_want_bool(Checker *C, const Ctx *x, AstNode *n, const char *what)
{
    return check_want(C, x, n, prim(C, TYPE_BOOL), what);
}

/* The element type of collection type 't', or NULL. */
static Type *elem_of(const Type *t)
{
    if (!t) return NULL;
    if (t->kind == TYPE_TABLE || t->kind == TYPE_SET || t->kind == TYPE_LIST) return t->elem;
    return NULL;
}

/* Checks the collection of a quantifier or aggregate; returns its element
 * type (TYPE_ERROR after a reported mistake). */
static Type *collection(Checker *C, const Ctx *x, AstNode *n)
{
    Type *t = check_expr(C, x, n, NULL);
    if (is_err(t)) return err_type(C);
    Type *e = elem_of(t);
    if (e) return e;
    if (t->kind == TYPE_ROW) {
        diag_error(C->diag, n->span, "this is one row of '%s', not a collection", t->decl->name);
        return err_type(C);
    }
    if (diag_error(C->diag, n->span, "a quantifier runs over a table, the input, a set or a list, not %s", tn(C, t)))
        diag_hint(C->diag, "name a table: 'any a in aanbieders where ...'");
    return err_type(C);
}

/* Is 'n' (checked) an access that may be missing at run time: a table
 * lookup, a variant's payload field, previous(), a series value, or a
 * default whose own default may be missing? */
static int fallible(const AstNode *n)
{
    if (!n) return 0;
    switch (n->kind) {
    case AST_INDEX:
        return n->a && n->a->type && n->a->type->kind == TYPE_TABLE;
    case AST_DOT:
        if (!n->ref) return 0;
        if (n->ref->kind == AST_PARAM) return 1;
        if (n->ref->kind == AST_FIELD) return fallible(n->a);
        if (n->ref->kind == AST_COLUMN) return 1;
        return 0;
    case AST_PREVIOUS:
        return 1;
    case AST_NAME:
        return n->ref && n->ref->kind == AST_COLUMN;
    case AST_BINARY:
        return (n->flags & CHECK_F_DEFAULT) && fallible(n->b);
    default:
        return 0;
    }
}

static const char *op_verb(int op)
{
    switch (op) {
    case AST_OP_ADD: return "add";
    case AST_OP_SUB: return "subtract";
    case AST_OP_MUL: return "multiply";
    default: return "divide";
    }
}

/* The type of 'l op r' for an arithmetic operator, or NULL. */
static Type *arith_type(Checker *C, int op, const Type *l, const Type *r)
{
    int lk = l->kind, rk = r->kind;
    if (op == AST_OP_ADD || op == AST_OP_SUB) {
        if (lk == TYPE_DATE && rk == TYPE_DURATION) return prim(C, TYPE_DATE);
        if (op == AST_OP_ADD && lk == TYPE_DURATION && rk == TYPE_DATE) return prim(C, TYPE_DATE);
        if (lk == TYPE_DURATION && rk == TYPE_DURATION) return prim(C, TYPE_DURATION);
        if (lk == TYPE_MONEY && rk == TYPE_MONEY) return prim(C, TYPE_MONEY);
        if (lk == TYPE_PERCENT && rk == TYPE_PERCENT) return prim(C, TYPE_PERCENT);
        if (lk == TYPE_INT && rk == TYPE_INT) return prim(C, TYPE_INT);
        if (is_number(l) && is_number(r)) return prim(C, TYPE_DECIMAL);
        return NULL;
    }
    if (op == AST_OP_MUL) {
        if (lk == TYPE_MONEY && is_number(r)) return prim(C, TYPE_MONEY);
        if (rk == TYPE_MONEY && is_number(l)) return prim(C, TYPE_MONEY);
        if (lk == TYPE_INT && rk == TYPE_INT) return prim(C, TYPE_INT);
        if (is_number(l) && is_number(r)) return prim(C, TYPE_DECIMAL);
        return NULL;
    }
    /* division */
    if (lk == TYPE_MONEY && rk == TYPE_MONEY) return prim(C, TYPE_DECIMAL);
    if (lk == TYPE_MONEY && is_number(r)) return prim(C, TYPE_MONEY);
    if (is_number(l) && is_number(r)) return prim(C, TYPE_DECIMAL);
    return NULL;
}

static void arith_error(Checker *C, AstNode *n, const Type *l, const Type *r)
{
    int op = n->op;
    int ok;
    if (op == AST_OP_DIV) ok = diag_error(C->diag, n->span, "cannot divide %s by %s", tn(C, l), tn(C, r));
    else if (op == AST_OP_MUL) ok = diag_error(C->diag, n->span, "cannot multiply %s by %s", tn(C, l), tn(C, r));
    else ok = diag_error(C->diag, n->span, "cannot %s %s and %s", op_verb(op), tn(C, l), tn(C, r));
    if (!ok) return;
    int lk = l->kind, rk = r->kind;
    if ((op == AST_OP_ADD || op == AST_OP_SUB) && ((lk == TYPE_MONEY && is_number(r)) || (rk == TYPE_MONEY && is_number(l)))) {
        const AstNode *num = lk == TYPE_MONEY ? n->b : n->a;
        if (is_literal_number(num)) diag_hint(C->diag, "write € %s for an amount", num->name);
        else diag_hint(C->diag, "money adds to money; a number multiplies an amount");
    } else if (op == AST_OP_SUB && lk == TYPE_DATE && rk == TYPE_DATE) {
        diag_hint(C->diag, "days_between(a, b), months_between(a, b) or years_between(a, b) give the time between dates");
    } else if (op == AST_OP_MUL && lk == TYPE_MONEY && rk == TYPE_MONEY) {
        diag_hint(C->diag, "an amount times a number is an amount; divide one amount by another to get a number");
    } else if (op == AST_OP_DIV && rk == TYPE_MONEY) {
        diag_hint(C->diag, "only an amount can be divided by an amount");
    } else if ((lk == TYPE_DATE || rk == TYPE_DATE) && (is_number(l) || is_number(r))) {
        diag_hint(C->diag, "add a duration: '+ 6 months', '+ 10 days'");
    }
}

/* Can 'l' and 'r' be compared with '=' (eq) or ordered ('<')? */
int check_comparable(const Type *l, const Type *r, int ordered)
{
    if (is_err(l) || is_err(r)) return 1;
    if (l->kind == TYPE_UNKNOWN || r->kind == TYPE_UNKNOWN) return 1;
    if (is_number(l) && is_number(r)) return 1;
    if (!type_equal(l, r)) return 0;
    if (!ordered) return check_printable(l) || l->kind == TYPE_SET || l->kind == TYPE_LIST || l->kind == TYPE_RECORD;
    return l->kind == TYPE_MONEY || l->kind == TYPE_DATE;
}

static void compare_error(Checker *C, AstNode *n, const Type *l, const Type *r, int ordered)
{
    int ok;
    if (ordered && type_equal(l, r) && check_printable(l))
        ok = diag_error(C->diag, n->span, "values of type %s have no order", tn(C, l));
    else if (type_equal(l, r))
        ok = diag_error(C->diag, n->span, "%s cannot be compared", tn(C, l));
    else
        ok = diag_error(C->diag, n->span, "cannot compare %s with %s", tn(C, l), tn(C, r));
    if (!ok) return;
    if ((l->kind == TYPE_MONEY && is_number(r)) || (r->kind == TYPE_MONEY && is_number(l))) {
        const AstNode *num = l->kind == TYPE_MONEY ? n->b : n->a;
        if (is_literal_number(num)) diag_hint(C->diag, "write € %s for an amount", num->name);
        else diag_hint(C->diag, "an amount compares with an amount");
    } else if (ordered && l->kind == TYPE_DURATION) {
        diag_hint(C->diag, "months and days do not compare; compare dates instead");
    } else if ((l->kind == TYPE_VARIANT && r->kind == TYPE_TEXT) || (r->kind == TYPE_VARIANT && l->kind == TYPE_TEXT)) {
        diag_hint(C->diag, "test a case with 'is': besluit is toegekend");
    }
}

/* Re-reads a bare name 'n' on the left of '=', '!=' or 'in' as a member of
 * the type the right side expects, when it is one ('crisis' the member,
 * not the field). */
static Type *reread_member(Checker *C, const Ctx *x, AstNode *n, Type *lt, Type *want_t)
{
    if (n->kind != AST_NAME || is_err(want_t) || (want_t->kind != TYPE_ENUM && want_t->kind != TYPE_VARIANT)) return lt;
    if (type_equal(lt, want_t)) return lt;
    Found f = lookup_value(C, x, n->name, want_t);
    if (f.kind != F_MEMBER || f.owner != want_t->decl) return lt;
    n->type = use_found(C, x, n, &f, 0);
    return n->type;
}

static Type *binary(Checker *C, const Ctx *x, AstNode *n, Type *expect)
{
    int op = n->op;
    switch (op) {
    case AST_OP_AND: {
        check_want_bool(C, x, n->a, "the left side of 'and'");
        check_want_bool(C, x, n->b, "the right side of 'and'");
        return prim(C, TYPE_BOOL);
    }
    case AST_OP_OR: {
        Type *l = check_expr(C, x, n->a, expect);
        if (fallible(n->a)) {
            n->flags |= CHECK_F_DEFAULT;
            Type *r = check_expr(C, x, n->b, l);
            Type *u = unify(C, l, r);
            if (u) return u;
            if (x->output_col && r->kind == TYPE_TEXT && check_printable(l)) return r;
            if (diag_error(C->diag, n->b->span, "the default after 'or' must be %s like the value before it, not %s",
                           tn(C, l), tn(C, r)))
                mismatch_hint(C, n->b, r, l);
            return err_type(C);
        }
        if (is_err(l)) {
            check_expr(C, x, n->b, NULL);
            return err_type(C);
        }
        if (l->kind != TYPE_BOOL) {
            if (diag_error(C->diag, n->a->span, "the left side of 'or' must be bool, or a value that can be missing, not %s", tn(C, l)))
                diag_hint(C->diag, "'a or b' gives b when a is missing after a table lookup t[k].f, a payload field besluit.reden, previous(c) or a series value");
            check_expr(C, x, n->b, NULL);
            return err_type(C);
        }
        check_want_bool(C, x, n->b, "the right side of 'or'");
        return prim(C, TYPE_BOOL);
    }
    case AST_OP_EQ: case AST_OP_NE: case AST_OP_LT: case AST_OP_LE: case AST_OP_GT: case AST_OP_GE: {
        Type *l = check_expr(C, x, n->a, NULL);
        Type *r = check_expr(C, x, n->b, l);
        l = reread_member(C, x, n->a, l, r);
        int ordered = op != AST_OP_EQ && op != AST_OP_NE;
        if (!check_comparable(l, r, ordered)) compare_error(C, n, l, r, ordered);
        return prim(C, TYPE_BOOL);
    }
    case AST_OP_IN: {
        Type *l = check_expr(C, x, n->a, NULL);
        Type *want_set = is_err(l) ? NULL : type_container(C, TYPE_SET, l);
        Type *r = check_expr(C, x, n->b, want_set);
        if (is_err(r)) return prim(C, TYPE_BOOL);
        if (r->kind != TYPE_SET && r->kind != TYPE_LIST) {
            if (diag_error(C->diag, n->b->span, "'in' needs a set or a list on its right, not %s", tn(C, r)) && r->kind == TYPE_TABLE)
                diag_hint(C->diag, "to look for a row write 'any v in %s where ...'", r->decl->name);
            return prim(C, TYPE_BOOL);
        }
        l = reread_member(C, x, n->a, l, r->elem);
        if (!check_comparable(l, r->elem, 0)) {
            diag_error(C->diag, n->span, "cannot look for %s in %s", tn(C, l), tn(C, r));
        }
        return prim(C, TYPE_BOOL);
    }
    default: {
        Type *l = check_expr(C, x, n->a, NULL);
        Type *r = check_expr(C, x, n->b, NULL);
        if (is_err(l) || is_err(r)) return err_type(C);
        if (l->kind == TYPE_UNKNOWN || r->kind == TYPE_UNKNOWN) {
            /* a series value written 'unknown' has nothing to compute with;
             * one that may be unknown is checked when the series runs */
            if (diag_error(C->diag, (l->kind == TYPE_UNKNOWN ? n->a : n->b)->span,
                           "'unknown' has no value to compute with"))
                diag_hint(C->diag, "a value that may be unknown takes a default: 'x or VALUE'");
            return err_type(C);
        }
        Type *t = arith_type(C, op, l, r);
        if (!t) {
            arith_error(C, n, l, r);
            return err_type(C);
        }
        return t;
    }
    }
}

/* ---- calls ------------------------------------------------------------------------------ */

static Type *builtin_type(Checker *C, Builtin b)
{
    Type *t = ARENA_NEW(C->arena, Type);
    t->kind = TYPE_FUNC;
    t->builtin = (uint8_t)b;
    return t;
}

static int arity(Checker *C, AstNode *n, const char *name, uint32_t lo, uint32_t hi)
{
    if (n->n_items >= lo && n->n_items <= hi) return 1;
    if (lo == hi)
        diag_error(C->diag, n->span, "%s() takes %u argument%s, not %u", name, lo, lo == 1 ? "" : "s", n->n_items);
    else
        diag_error(C->diag, n->span, "%s() takes %u to %u arguments, not %u", name, lo, hi, n->n_items);
    return 0;
}

static void check_args_silently(Checker *C, const Ctx *x, AstNode *n)
{
    for (uint32_t k = 0; k < n->n_items; k++)
        if (n->items[k] && !n->items[k]->type) check_expr(C, x, n->items[k], NULL);
}

static const char *rounding_list(void)
{
    return "half_away, half_even, half_up, half_down, up, down, ceiling, floor";
}

/* remaining(b) or remaining(b[k1, k2]). */
static Type *call_remaining(Checker *C, const Ctx *x, AstNode *n)
{
    AstNode *arg = n->items[0];
    AstNode *bn = arg->kind == AST_INDEX ? arg->a : arg;
    Type *bt = bn ? check_expr(C, x, bn, NULL) : err_type(C);
    if (is_err(bt)) {
        if (arg != bn) check_args_silently(C, x, arg);
        return prim(C, TYPE_MONEY);
    }
    if (bt->kind != TYPE_BUDGET) {
        diag_error(C->diag, bn->span, "remaining() needs a budget, not %s", tn(C, bt));
        if (arg != bn) check_args_silently(C, x, arg);
        return prim(C, TYPE_MONEY);
    }
    AstNode *budget = (AstNode *)bt->decl;
    if (!x->remaining_ok) {
        if (diag_error(C->diag, n->span, "remaining() reads a budget while the rows are decided, not in %s",
                       x->what ? x->what : "this place"))
            diag_hint(C->diag, "a report, allocation or series runs after the rows; use the decisions' results there");
    } else {
        reads_row(C, x);
        add_edge(C, x->owner, graph_node(C, budget, 1), n->span);
    }
    if (arg->kind == AST_INDEX) {
        arg->type = bt;
        if (arg->n_items != budget->n_items) {
            diag_error(C->diag, arg->span, "budget '%s' is kept per %u key%s, but %u %s given", budget->name,
                       budget->n_items, budget->n_items == 1 ? "" : "s", arg->n_items, arg->n_items == 1 ? "is" : "are");
            check_args_silently(C, x, arg);
            return prim(C, TYPE_MONEY);
        }
        for (uint32_t k = 0; k < arg->n_items; k++) {
            Type *kt = budget->items[k] ? budget->items[k]->type : NULL;
            if (!kt) kt = err_type(C);
            Type *t = check_expr(C, x, arg->items[k], kt);
            if (!assignable(t, kt) && !(is_number(t) && is_number(kt)))
                if (diag_error(C->diag, arg->items[k]->span, "key %u of budget '%s' must be %s, not %s", k + 1,
                               budget->name, tn(C, kt), tn(C, t)))
                    diag_note(C->diag, budget->items[k]->span, "the budget's key %u", k + 1);
        }
    }
    return prim(C, TYPE_MONEY);
}

/* A typed decision visible from 'm' (for a hint), or NULL. */
static const AstNode *some_decision(Checker *C, Module *m)
{
    const char **names;
    size_t nn = visible_names(C, m, &names);
    for (size_t k = 0; k < nn; k++) {
        AstNode *other = NULL;
        const AstNode *d = names[k] ? lookup_decl(C, m, names[k], &other) : NULL;
        if (d && !other && d->kind == AST_DECISION && d->a) return d;
    }
    return NULL;
}

/* label(d) or rule_name(d): 'd' must name a decision (its result is the
 * deciding rule's article label or name, as text); the decision is read
 * like a use of its name (an edge in the graph, a row needed). */
static Type *call_deciding_rule(Checker *C, const Ctx *x, AstNode *n, const char *name)
{
    AstNode *arg = n->items[0];
    Type *t = check_expr(C, x, arg, NULL);
    if (is_err(t)) return prim(C, TYPE_TEXT);
    int named = arg->kind == AST_NAME || arg->kind == AST_DOT;
    if (named && arg->ref && arg->ref->kind == AST_DECISION) return prim(C, TYPE_TEXT);
    const char *what = arena_printf(C->arena, "a value of type %s", tn(C, t));
    if (named && arg->ref && arg->ref->name) {
        switch (arg->ref->kind) {
        case AST_DEF: what = arena_printf(C->arena, "definition '%s'", arg->ref->name); break;
        case AST_FIELD: what = arena_printf(C->arena, "field '%s'", arg->ref->name); break;
        case AST_PARAMETER: what = arena_printf(C->arena, "parameter '%s'", arg->ref->name); break;
        default: break;
        }
    }
    if (diag_error(C->diag, arg->span, "%s() takes the name of a decision, not %s", name, what)) {
        const AstNode *d = some_decision(C, x->module);
        const char *gives = strcmp(name, "label") == 0 ? "article label" : "name";
        if (d)
            diag_hint(C->diag, "%s(%s) gives the %s of the rule that decided '%s'", name, d->name, gives, d->name);
        else
            diag_hint(C->diag, "%s(d) gives the %s of the rule that decided decision d", name, gives);
    }
    return prim(C, TYPE_TEXT);
}

static Type *call_builtin(Checker *C, const Ctx *x, AstNode *n, Builtin b)
{
    const char *name = types_builtin_name(b);
    n->a->type = builtin_type(C, b);
    n->a->ref = NULL;
    switch (b) {
    case BUILTIN_ROUND: {
        if (!arity(C, n, name, 1, 3)) {
            for (uint32_t k = 0; k < n->n_items; k++)
                if (n->items[k]->kind == AST_NAME && types_rounding(n->items[k]->name) >= 0) n->items[k]->type = prim(C, TYPE_ROUNDING);
            check_args_silently(C, x, n);
            return err_type(C);
        }
        Type *t = check_expr(C, x, n->items[0], NULL);
        Type *res = err_type(C);
        if (!is_err(t)) {
            if (t->kind == TYPE_MONEY) res = prim(C, TYPE_MONEY);
            else if (is_number(t)) res = prim(C, TYPE_DECIMAL);
            else diag_error(C->diag, n->items[0]->span, "round() needs a number or an amount, not %s", tn(C, t));
        }
        for (uint32_t k = 1; k < n->n_items; k++) {
            AstNode *a = n->items[k];
            int is_mode = a->kind == AST_NAME && types_rounding(a->name) >= 0;
            if (a->kind == AST_NAME && !is_mode && (k == 2 || lookup_value(C, x, a->name, NULL).kind == F_NONE)) {
                if (diag_error(C->diag, a->span, "unknown rounding mode '%s'", a->name)) {
                    const char *modes[] = {"half_away", "half_even", "half_up", "half_down", "up", "down", "ceiling", "floor"};
                    const char *s = diag_suggest(a->name, modes, sizeof modes / sizeof modes[0]);
                    if (s) diag_hint(C->diag, "did you mean '%s'?", s);
                    else diag_hint(C->diag, "the modes are %s", rounding_list());
                }
                a->type = err_type(C);
                continue;
            }
            if (is_mode) {
                a->type = prim(C, TYPE_ROUNDING);
                if (k + 1 != n->n_items) {
                    diag_error(C->diag, a->span, "the rounding mode comes last: round(x, places, mode)");
                    for (uint32_t j = k + 1; j < n->n_items; j++) check_expr(C, x, n->items[j], NULL);
                    break;
                }
                continue;
            }
            if (k == 2) {
                check_expr(C, x, a, NULL);
                if (diag_error(C->diag, a->span, "the third argument of round() is a rounding mode"))
                    diag_hint(C->diag, "the modes are %s", rounding_list());
                continue;
            }
            check_want(C, x, a, prim(C, TYPE_INT), "the number of decimal places");
        }
        return res;
    }
    case BUILTIN_ABS: {
        if (!arity(C, n, name, 1, 1)) {
            check_args_silently(C, x, n);
            return err_type(C);
        }
        Type *t = check_expr(C, x, n->items[0], NULL);
        if (is_err(t)) return t;
        if (is_number(t) || t->kind == TYPE_MONEY) return t;
        diag_error(C->diag, n->items[0]->span, "abs() needs a number or an amount, not %s", tn(C, t));
        return err_type(C);
    }
    case BUILTIN_YEARS_BETWEEN: case BUILTIN_MONTHS_BETWEEN: case BUILTIN_DAYS_BETWEEN:
        if (!arity(C, n, name, 2, 2)) {
            check_args_silently(C, x, n);
            return prim(C, TYPE_INT);
        }
        check_want(C, x, n->items[0], prim(C, TYPE_DATE), arena_printf(C->arena, "the first argument of %s()", name));
        check_want(C, x, n->items[1], prim(C, TYPE_DATE), arena_printf(C->arena, "the second argument of %s()", name));
        return prim(C, TYPE_INT);
    case BUILTIN_YEAR: case BUILTIN_MONTH: case BUILTIN_QUARTER: case BUILTIN_HALF_YEAR: case BUILTIN_DAY:
        if (!arity(C, n, name, 1, 1)) {
            check_args_silently(C, x, n);
            return prim(C, TYPE_INT);
        }
        check_want(C, x, n->items[0], prim(C, TYPE_DATE), arena_printf(C->arena, "the argument of %s()", name));
        return prim(C, TYPE_INT);
    case BUILTIN_REMAINING:
        if (!arity(C, n, name, 1, 1)) {
            check_args_silently(C, x, n);
            return prim(C, TYPE_MONEY);
        }
        return call_remaining(C, x, n);
    case BUILTIN_LABEL: case BUILTIN_RULE_NAME:
        if (!arity(C, n, name, 1, 1)) {
            check_args_silently(C, x, n);
            return prim(C, TYPE_TEXT);
        }
        return call_deciding_rule(C, x, n, name);
    default:
        return err_type(C);
    }
}

/* Checks the arguments of a call to a function or constructor of type 'ft'
 * called 'name'. */
static Type *call_user(Checker *C, const Ctx *x, AstNode *n, Type *ft, const char *name)
{
    const char *what = ft->decl && ft->decl->kind == AST_CASE ? "case" : "function";
    if (n->n_items != ft->n_params) {
        if (diag_error(C->diag, n->span, "%s '%s' takes %u argument%s, not %u", what, name, ft->n_params,
                       ft->n_params == 1 ? "" : "s", n->n_items) && ft->decl)
            diag_note(C->diag, ft->decl->name_span, "'%s' is declared here", name);
        check_args_silently(C, x, n);
        return ft->result ? ft->result : err_type(C);
    }
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *p = ft->decl && k < ft->decl->n_items ? ft->decl->items[k] : NULL;
        check_want(C, x, n->items[k], ft->params[k],
             arena_printf(C->arena, "argument '%s' of '%s'", p && p->name ? p->name : "?", name));
    }
    return ft->result ? ft->result : err_type(C);
}

static Type *record_literal(Checker *C, const Ctx *x, AstNode *n);

/* The record type a callee names ('Adres', 'm.Adres'), or NULL; reports
 * nothing. */
static AstNode *record_called(Checker *C, const Ctx *x, const AstNode *callee)
{
    if (callee->flags & AST_F_PAREN) return NULL;
    AstNode *d = NULL;
    if (callee->kind == AST_NAME) {
        Found f = lookup_value(C, x, callee->name, NULL);
        if (f.kind == F_DECL) d = f.node;
    } else if (callee->kind == AST_DOT && callee->name && chain_root(callee)->kind == AST_NAME &&
               lookup_value(C, x, chain_root(callee)->name, NULL).kind == F_NONE) {
        const char *q = dotted(C, callee->a);
        Module *qm = q ? lookup_qualifier(C, x->module, q) : NULL;
        if (qm) d = lookup_in_module(C, qm, callee->name);
    }
    return d && d->kind == AST_RECORD ? d : NULL;
}

static Type *call(Checker *C, const Ctx *x, AstNode *n, Type *expect)
{
    AstNode *callee = n->a;
    Type *ft = NULL;
    const char *name = callee->name ? callee->name : "?";
    AstNode *rec = record_called(C, x, callee);
    if (rec && n->n_items == 0) return record_literal(C, x, n); /* every field defaulted */
    if (rec) {
        if (diag_error(C->diag, n->span, "a record is built with named fields, not with values in order")) {
            const char *fields = "";
            for (uint32_t k = 0; k < rec->n_items; k++)
                if (rec->items[k] && rec->items[k]->name)
                    fields = arena_printf(C->arena, "%s%s%s: ...", fields, k ? ", " : "", rec->items[k]->name);
            diag_hint(C->diag, "%s(%s)", name, fields);
        }
        check_args_silently(C, x, n);
        return err_type(C);
    }
    if (callee->kind == AST_NAME) {
        Found f = lookup_value(C, x, callee->name, expect && expect->kind == TYPE_VARIANT ? expect : NULL);
        Builtin b = types_builtin(callee->name);
        int callable = (f.kind == F_DECL && f.node->kind == AST_DEF && (f.node->flags & AST_F_FUNCTION)) ||
                       (f.kind == F_MEMBER && f.node->kind == AST_CASE);
        if (b && !callable) return call_builtin(C, x, n, b);
        if (f.kind == F_NONE) {
            unknown_name(C, x, callee, name, 0);
            check_args_silently(C, x, n);
            return err_type(C);
        }
        ft = use_found(C, x, callee, &f, 1);
        callee->type = ft;
    } else if (callee->kind == AST_DOT) {
        if (!qualified(C, x, callee, 1, &ft)) {
            check_expr(C, x, callee, NULL);
            ft = callee->type;
        }
        callee->type = ft;
    } else {
        ft = check_expr(C, x, callee, NULL);
    }
    if (is_err(ft)) {
        check_args_silently(C, x, n);
        return err_type(C);
    }
    if (ft->kind == TYPE_VARIANT && callee->ref && callee->ref->kind == AST_CASE) {
        if (diag_error(C->diag, n->span, "case '%s' has no payload; write it without parentheses", name))
            diag_note(C->diag, callee->ref->span, "'%s' is declared here", name);
        check_args_silently(C, x, n);
        return ft;
    }
    if (ft->kind != TYPE_FUNC) {
        diag_error(C->diag, callee->span, "'%s' is not a function: it is %s", name, tn(C, ft));
        check_args_silently(C, x, n);
        return err_type(C);
    }
    return call_user(C, x, n, ft, name);
}

/* ---- aggregates and quantifiers ------------------------------------------------------------ */

static const char *agg_name(int op)
{
    return ast_op_name(op);
}

/* The type of aggregate 'op' over values of type 't' (reports at 'at'). */
static Type *aggregate_of(Checker *C, int op, Type *t, const AstNode *at)
{
    if (is_err(t)) return err_type(C);
    switch (op) {
    case AST_OP_SUM:
        if (is_number(t) || t->kind == TYPE_MONEY) return t;
        break;
    case AST_OP_AVG: case AST_OP_MEDIAN:
        if (t->kind == TYPE_INT) return prim(C, TYPE_DECIMAL);
        if (is_number(t) || t->kind == TYPE_MONEY) return t;
        break;
    case AST_OP_MIN: case AST_OP_MAX:
        if (is_number(t) || t->kind == TYPE_MONEY || t->kind == TYPE_DATE) return t;
        break;
    default:
        break;
    }
    diag_error(C->diag, at->span, "%s() needs numbers%s, not %s", agg_name(op),
               op == AST_OP_MIN || op == AST_OP_MAX ? ", amounts or dates" : " or amounts", tn(C, t));
    return err_type(C);
}

static Type *aggregate(Checker *C, const Ctx *x, AstNode *n)
{
    int op = n->op;
    if (n->flags & AST_F_FOR) {
        Type *elem = n->b ? collection(C, x, n->b) : err_type(C);
        Binding b = {n->name ? n->name : "", n, elem, x->locals};
        Ctx y = *x;
        y.locals = &b;
        y.report_col = 0;
        if (n->c) check_want_bool(C, &y, n->c, "the condition after 'where'");
        Type *t = n->n_items ? check_expr(C, &y, n->items[0], NULL) : err_type(C);
        if (op == AST_OP_COUNT || op == AST_OP_SHARE) {
            if (diag_error(C->diag, n->span, "%s() does not take 'for'", agg_name(op)))
                diag_hint(C->diag, "count rows with 'count v in T where C'");
            return err_type(C);
        }
        return aggregate_of(C, op, t, n->n_items ? n->items[0] : n);
    }
    if ((op == AST_OP_MIN || op == AST_OP_MAX) && n->n_items >= 2) {
        Type *u = NULL;
        for (uint32_t k = 0; k < n->n_items; k++) {
            Type *t = check_expr(C, x, n->items[k], u);
            if (!u) {
                u = t;
                continue;
            }
            Type *v = unify(C, u, t);
            if (!v) {
                if (diag_error(C->diag, n->items[k]->span, "%s() compares values of one type: %s and %s", agg_name(op),
                               tn(C, u), tn(C, t)))
                    mismatch_hint(C, n->items[k], t, u);
                return err_type(C);
            }
            u = v;
        }
        return aggregate_of(C, op, u, n);
    }
    if (!x->report_col) {
        if (diag_error(C->diag, n->span, "%s(%s) is a report column's aggregate", agg_name(op),
                       op == AST_OP_COUNT || op == AST_OP_SHARE ? "" : "x")) {
            if (op == AST_OP_COUNT) diag_hint(C->diag, "count rows with 'count v in T where C'");
            else if (op == AST_OP_SHARE) diag_hint(C->diag, "share() belongs in a report column");
            else diag_hint(C->diag, "outside a report write %s(e for v in T where C)", agg_name(op));
        }
        check_args_silently(C, x, n);
        return err_type(C);
    }
    uint32_t want_n = op == AST_OP_COUNT || op == AST_OP_SHARE ? 0 : 1;
    if (n->n_items != want_n) {
        diag_error(C->diag, n->span, "%s() in a report column takes %u argument%s, not %u", agg_name(op), want_n,
                   want_n == 1 ? "" : "s", n->n_items);
        return err_type(C);
    }
    if (op == AST_OP_COUNT) return prim(C, TYPE_INT);
    if (op == AST_OP_SHARE) return prim(C, TYPE_PERCENT);
    Ctx y = *x;
    y.report_col = 0;
    y.row = x->report_src;
    y.what = x->report_src == C->input ? "a report" : arena_printf(C->arena, "a report over '%s'", x->report_src ? x->report_src->name : "?");
    Type *t = check_expr(C, &y, n->items[0], NULL);
    return aggregate_of(C, op, t, n->items[0]);
}

static Type *quantifier(Checker *C, const Ctx *x, AstNode *n)
{
    Type *elem = n->a ? collection(C, x, n->a) : err_type(C);
    Binding b = {n->name ? n->name : "", n, elem, x->locals};
    Ctx y = *x;
    y.locals = &b;
    y.report_col = 0;
    if (n->b) check_want_bool(C, &y, n->b, "the condition after 'where'");
    return prim(C, n->op == AST_OP_COUNT ? TYPE_INT : TYPE_BOOL);
}

/* ---- the other expression forms -------------------------------------------------------------- */

static Type *dot(Checker *C, const Ctx *x, AstNode *n)
{
    Type *q;
    if (qualified(C, x, n, 0, &q)) return q;
    if (n->a->kind == AST_NAME && lookup_value(C, x, n->a->name, NULL).kind == F_NONE) {
        unknown_name(C, x, n->a, n->a->name ? n->a->name : "?", 1);
        n->a->type = err_type(C);
        return err_type(C);
    }
    Type *t = check_expr(C, x, n->a, NULL);
    if (is_err(t)) return err_type(C);
    const char *name = n->name ? n->name : "?";
    switch (t->kind) {
    case TYPE_ROW: case TYPE_RECORD: {
        Info *ti = info_of(C, (AstNode *)t->decl);
        AstNode *f = strmap_get(&ti->fields, name);
        if (!f) {
            if (diag_error(C->diag, n->name_span, "%s has no field '%s'", t->kind == TYPE_ROW ? tn(C, t)
                           : arena_printf(C->arena, "'%s'", t->decl->name), name)) {
                const char **names = ARENA_ARRAY(C->arena, const char *, t->decl->n_items + 1);
                for (uint32_t k = 0; k < t->decl->n_items; k++) names[k] = t->decl->items[k] ? t->decl->items[k]->name : NULL;
                hint_suggest(C, name, names, t->decl->n_items);
            }
            return err_type(C);
        }
        n->ref = f;
        return info_of(C, f)->type ? info_of(C, f)->type : err_type(C);
    }
    case TYPE_VARIANT: {
        Info *ti = info_of(C, (AstNode *)t->decl);
        AstNode *f = strmap_get(&ti->fields, name);
        if (!f) {
            if (diag_error(C->diag, n->name_span, "no case of '%s' has a field '%s'", t->decl->name, name)) {
                const char **names;
                size_t nn = 0;
                names = ARENA_ARRAY(C->arena, const char *, ti->fields.n + 1);
                for (uint32_t k = 0; k < ti->fields.cap; k++)
                    if (ti->fields.keys[k]) names[nn++] = ti->fields.keys[k];
                hint_suggest(C, name, names, nn);
            }
            return err_type(C);
        }
        n->ref = f;
        return info_of(C, f)->type ? info_of(C, f)->type : err_type(C);
    }
    case TYPE_TABLE:
        if (diag_error(C->diag, n->span, "'%s' is a whole %s; look up one row first", t->decl->name,
                       t->decl->kind == AST_INPUT ? "input" : "table") && t->decl->kind == AST_TABLE)
            diag_hint(C->diag, "%s[KEY].%s", t->decl->name, name);
        return err_type(C);
    default:
        diag_error(C->diag, n->name_span, "%s has no fields", tn(C, t));
        return err_type(C);
    }
}

static Type *index_expr(Checker *C, const Ctx *x, AstNode *n)
{
    Type *t = check_expr(C, x, n->a, NULL);
    if (is_err(t)) {
        check_args_silently(C, x, n);
        return err_type(C);
    }
    if (t->kind == TYPE_BUDGET) {
        if (diag_error(C->diag, n->span, "an account of budget '%s' is read with remaining()", t->decl->name))
            diag_hint(C->diag, "remaining(%s[...])", t->decl->name);
        check_args_silently(C, x, n);
        return err_type(C);
    }
    if (t->kind != TYPE_TABLE || t->decl->kind != AST_TABLE) {
        if (t->kind == TYPE_TABLE) diag_error(C->diag, n->span, "only a table can be looked up by key; '%s' is the input", t->decl->name);
        else diag_error(C->diag, n->span, "only a table can be looked up by key, not %s", tn(C, t));
        check_args_silently(C, x, n);
        return err_type(C);
    }
    AstNode *table = (AstNode *)t->decl;
    Info *ti = info_of(C, table);
    if (ti->n_keys == 0) {
        if (diag_error(C->diag, n->span, "table '%s' has no key to look it up by", table->name))
            diag_hint(C->diag, "declare one: 'table %s key (COLUMN, ...)'", table->name);
        check_args_silently(C, x, n);
        return ti->nominal;
    }
    if (n->n_items != ti->n_keys) {
        const char *cols = "";
        for (uint32_t k = 0; k < ti->n_keys; k++)
            cols = arena_printf(C->arena, "%s%s%s", cols, k ? ", " : "", ti->key_fields[k]->name);
        diag_error(C->diag, n->span, "table '%s' is keyed by %u column%s (%s), but %u value%s given", table->name,
                   ti->n_keys, ti->n_keys == 1 ? "" : "s", cols, n->n_items, n->n_items == 1 ? " is" : "s are");
        check_args_silently(C, x, n);
        return ti->nominal;
    }
    for (uint32_t k = 0; k < n->n_items; k++) {
        AstNode *kf = ti->key_fields[k];
        check_want(C, x, n->items[k], info_of(C, kf)->type, arena_printf(C->arena, "key '%s' of '%s'", kf->name, table->name));
    }
    return ti->nominal;
}

static Type *is_expr(Checker *C, const Ctx *x, AstNode *n)
{
    Type *t = check_expr(C, x, n->a, NULL);
    if (is_err(t)) return prim(C, TYPE_BOOL);
    if (t->kind != TYPE_VARIANT) {
        if (diag_error(C->diag, n->span, "'is' tests the case of a variant, not %s", tn(C, t)) && t->kind == TYPE_ENUM)
            diag_hint(C->diag, "compare an enum with '=': ... = %s", n->name ? n->name : "x");
        return prim(C, TYPE_BOOL);
    }
    Info *ti = info_of(C, (AstNode *)t->decl);
    AstNode *c = strmap_get(&ti->cases, n->name ? n->name : "");
    if (!c) {
        if (diag_error(C->diag, n->name_span, "'%s' has no case '%s'", t->decl->name, n->name ? n->name : "?")) {
            const char **names = ARENA_ARRAY(C->arena, const char *, t->decl->n_items + 1);
            for (uint32_t k = 0; k < t->decl->n_items; k++) names[k] = t->decl->items[k] ? t->decl->items[k]->name : NULL;
            hint_suggest(C, n->name ? n->name : "", names, t->decl->n_items);
        }
        return prim(C, TYPE_BOOL);
    }
    n->ref = c;
    return prim(C, TYPE_BOOL);
}

static Type *previous(Checker *C, const Ctx *x, AstNode *n)
{
    if (!x->series) {
        if (diag_error(C->diag, n->span, "previous() reads a column's value of the year before, so it belongs in a series"))
            diag_hint(C->diag, "series NAME by jaar in 2019..2022 { kosten: money = previous(kosten) or € 0 }");
        return err_type(C);
    }
    Info *si = info_of(C, x->series);
    AstNode *col = strmap_get(&si->fields, n->name ? n->name : "");
    if (!col) {
        if (diag_error(C->diag, n->name_span, "series '%s' has no column '%s'", x->series->name, n->name ? n->name : "?")) {
            const char **names = ARENA_ARRAY(C->arena, const char *, x->series->n_items + 1);
            for (uint32_t k = 0; k < x->series->n_items; k++) names[k] = x->series->items[k] ? x->series->items[k]->name : NULL;
            hint_suggest(C, n->name ? n->name : "", names, x->series->n_items);
        }
        return err_type(C);
    }
    n->ref = col;
    return info_of(C, col)->type ? info_of(C, col)->type : err_type(C);
}

/* What 'd' (a module-level declaration) is, for a message: "a function",
 * "a table", ... */
static const char *decl_what(const AstNode *d)
{
    switch (d->kind) {
    case AST_DEF: return d->flags & AST_F_FUNCTION ? "a function" : "a definition";
    case AST_PARAMETER: return "a parameter";
    case AST_DECISION: return "a decision";
    case AST_TABLE: return "a table";
    case AST_INPUT: return "the input";
    case AST_BUDGET: return "a budget";
    case AST_ENUM: return "an enum";
    case AST_VARIANT: return "a variant";
    default: return "not a record type";
    }
}

/* The record type that 'a' (the type part of a record literal: a name, or
 * a qualified name 'm.Adres') names; NULL after reporting why not. */
static AstNode *record_named(Checker *C, const Ctx *x, AstNode *a)
{
    AstNode *d = NULL, *other = NULL;
    const char *name = a->kind == AST_NAME || a->kind == AST_DOT ? a->name : NULL;
    if (a->kind == AST_NAME && !(a->flags & AST_F_PAREN)) {
        d = lookup_decl(C, x->module, a->name, &other);
        if (!d) {
            MemberList *l = lookup_member(C, x->module, a->name);
            if (l && l->node->kind == AST_CASE) {
                if (diag_error(C->diag, a->span, "named fields (name: value) build a record, and '%s' is a case of '%s'",
                               a->name, l->owner->name))
                    diag_hint(C->diag, "a case takes its payload in order: %s(...)", a->name);
                return NULL;
            }
        }
    } else if (a->kind == AST_DOT && !(a->flags & AST_F_PAREN)) {
        const char *q = dotted(C, a->a);
        Module *qm = q ? lookup_qualifier(C, x->module, q) : NULL;
        if (qm) d = lookup_in_module(C, qm, a->name);
    }
    if (d && other) {
        if (diag_error(C->diag, a->span, "'%s' is ambiguous: it is declared in '%s' and in '%s'", name,
                       module_name(d), module_name(other)))
            diag_hint(C->diag, "qualify it with the module it comes from: '%s.%s'", module_name(d), name);
        return NULL;
    }
    if (d && d->kind == AST_RECORD) {
        a->ref = d;
        return d;
    }
    if (!d && name && types_builtin(name) && a->kind == AST_NAME) {
        if (diag_error(C->diag, a->span, "named fields (name: value) build a record, and '%s' is a function", name))
            diag_hint(C->diag, "call it with its arguments in order: %s(...)", name);
        return NULL;
    }
    if (!d) {
        if (!name) {
            diag_error(C->diag, a->span, "named fields (name: value) build a record: write the record's name before them");
            return NULL;
        }
        if (!diag_error(C->diag, a->span, "unknown record type '%s'", name)) return NULL;
        const char **names;
        size_t nn = visible_names(C, x->module, &names), nr = 0;
        for (size_t k = 0; k < nn; k++) {
            AstNode *o = NULL;
            AstNode *r = names[k] ? lookup_decl(C, x->module, names[k], &o) : NULL;
            if (r && r->kind == AST_RECORD) names[nr++] = names[k];
        }
        hint_suggest(C, name, names, nr);
        return NULL;
    }
    if (diag_error(C->diag, a->span, "named fields (name: value) build a record, and '%s' is %s", name, decl_what(d))) {
        if (d->kind == AST_DEF && (d->flags & AST_F_FUNCTION))
            diag_hint(C->diag, "call a function with its arguments in order: %s(...)", name);
        else
            diag_note(C->diag, d->name_span, "'%s' is declared here", name);
    }
    return NULL;
}

/* 'Adres(straat: "x", huisnummer: 1)': every field of the record given
 * once or defaulted, each of its field's type. */
static Type *record_literal(Checker *C, const Ctx *x, AstNode *n)
{
    AstNode *rec = n->a ? record_named(C, x, n->a) : NULL;
    if (!rec) {
        for (uint32_t k = 0; k < n->n_items; k++)
            if (n->items[k] && n->items[k]->a) check_expr(C, x, n->items[k]->a, NULL);
        return err_type(C);
    }
    Info *ri = info_of(C, rec);
    StrMap seen = {0};
    int unknown = 0; /* a misspelt field: its missing twin is not reported too */
    for (uint32_t k = 0; k < n->n_items; k++) {
        AstNode *init = n->items[k];
        if (!init || !init->name) continue;
        AstNode *f = strmap_get(&ri->fields, init->name);
        if (!f) {
            if (diag_error(C->diag, init->name_span, "record '%s' has no field '%s'", rec->name, init->name)) {
                const char **names = ARENA_ARRAY(C->arena, const char *, rec->n_items + 1);
                for (uint32_t q = 0; q < rec->n_items; q++) names[q] = rec->items[q] ? rec->items[q]->name : NULL;
                const char *sg = diag_suggest(init->name, names, rec->n_items);
                if (sg) diag_hint(C->diag, "did you mean '%s'?", sg);
                else diag_note(C->diag, rec->name_span, "'%s' is declared here", rec->name);
            }
            check_expr(C, x, init->a, NULL);
            unknown = 1;
            continue;
        }
        AstNode *prev = strmap_get(&seen, init->name);
        if (prev) {
            if (diag_error(C->diag, init->name_span, "field '%s' is given twice", init->name))
                diag_note(C->diag, prev->name_span, "first given here");
            check_expr(C, x, init->a, NULL);
            continue;
        }
        strmap_put(C->arena, &seen, init->name, init);
        init->ref = f;
        Type *ft = info_of(C, f)->type;
        if (ft) check_want(C, x, init->a, ft, arena_printf(C->arena, "field '%s' of '%s'", f->name, rec->name));
        else check_expr(C, x, init->a, NULL);
    }
    /* fields neither given nor defaulted, in declaration order */
    const char *missing = NULL, *give = NULL;
    uint32_t n_missing = 0;
    for (uint32_t k = 0; k < rec->n_items; k++) {
        AstNode *f = rec->items[k];
        if (!f || !f->name || f->b || strmap_get(&seen, f->name)) continue;
        missing = missing ? arena_printf(C->arena, "%s, '%s'", missing, f->name) : arena_printf(C->arena, "'%s'", f->name);
        give = give ? arena_printf(C->arena, "%s, %s: ...", give, f->name) : arena_printf(C->arena, "%s: ...", f->name);
        n_missing++;
    }
    if (n_missing && unknown) return err_type(C);
    if (n_missing) {
        if (diag_error(C->diag, n->span, "record '%s' needs field%s %s: %s no default", rec->name,
                       n_missing == 1 ? "" : "s", missing, n_missing == 1 ? "it has" : "they have"))
            diag_hint(C->diag, "give %s too: %s", n_missing == 1 ? "it" : "them", give);
        return err_type(C);
    }
    return ri->nominal ? ri->nominal : err_type(C);
}

static Type *set_literal(Checker *C, const Ctx *x, AstNode *n, Type *expect)
{
    Type *elem_expect = expect && (expect->kind == TYPE_SET || expect->kind == TYPE_LIST) ? expect->elem : NULL;
    Type *u = NULL;
    for (uint32_t k = 0; k < n->n_items; k++) {
        Type *t = check_expr(C, x, n->items[k], u ? u : elem_expect);
        if (!u) {
            u = t;
            continue;
        }
        Type *v = unify(C, u, t);
        if (!v) {
            diag_error(C->diag, n->items[k]->span, "the elements of a set must have one type: %s and %s", tn(C, u), tn(C, t));
            return err_type(C);
        }
        u = v;
    }
    if (!u) u = elem_expect ? elem_expect : prim(C, TYPE_UNKNOWN);
    return type_container(C, TYPE_SET, u);
}

Type *check_expr(Checker *C, const Ctx *x, AstNode *n, Type *expect)
{
    if (!n) return err_type(C);
    Type *t;
    switch (n->kind) {
    case AST_NAME: t = name_expr(C, x, n, expect); break;
    case AST_INT: t = prim(C, TYPE_INT); break;
    case AST_DECIMAL: t = prim(C, TYPE_DECIMAL); break;
    case AST_MONEY: t = prim(C, TYPE_MONEY); break;
    case AST_PERCENT: t = prim(C, TYPE_PERCENT); break;
    case AST_DATE: t = prim(C, TYPE_DATE); break;
    case AST_DURATION: t = prim(C, TYPE_DURATION); break;
    case AST_STRING: t = prim(C, TYPE_TEXT); break;
    case AST_BOOL: t = prim(C, TYPE_BOOL); break;
    case AST_UNKNOWN:
        if (!x->series) {
            if (diag_error(C->diag, n->span, "'unknown' marks a value not known in a series, and this is not one"))
                diag_hint(C->diag, "a value that may be missing is handled with 'or': t[k].f or € 0");
            t = err_type(C);
        } else {
            t = prim(C, TYPE_UNKNOWN);
        }
        break;
    case AST_SET_LIT: t = set_literal(C, x, n, expect); break;
    case AST_UNARY:
        if (n->op == AST_OP_NOT) {
            check_want_bool(C, x, n->a, "the operand of 'not'");
            t = prim(C, TYPE_BOOL);
        } else {
            t = check_expr(C, x, n->a, NULL);
            if (!is_err(t) && !is_number(t) && t->kind != TYPE_MONEY && t->kind != TYPE_DURATION) {
                diag_error(C->diag, n->span, "cannot negate %s", tn(C, t));
                t = err_type(C);
            }
        }
        break;
    case AST_BINARY: t = binary(C, x, n, expect); break;
    case AST_IF: {
        check_want_bool(C, x, n->a, "the condition after 'if'");
        Type *a = check_expr(C, x, n->b, expect);
        Type *b = check_expr(C, x, n->c, is_err(a) ? expect : a);
        t = unify(C, a, b);
        if (!t) {
            if (diag_error(C->diag, n->c->span, "the branches of 'if' must have one type: 'then' gives %s, 'else' gives %s",
                           tn(C, a), tn(C, b)))
                mismatch_hint(C, n->c, b, a);
            t = err_type(C);
        }
        break;
    }
    case AST_IS: t = is_expr(C, x, n); break;
    case AST_DOT: t = dot(C, x, n); break;
    case AST_INDEX: t = index_expr(C, x, n); break;
    case AST_CALL: t = call(C, x, n, expect); break;
    case AST_RECORD_LIT: t = record_literal(C, x, n); break;
    case AST_VARIANT_OF: {
        Type *v = check_expr(C, x, n->a, NULL);
        if (!is_err(v) && v->kind != TYPE_VARIANT && v->kind != TYPE_ENUM)
            diag_error(C->diag, n->a->span, "variant() gives the case of a variant, not of %s", tn(C, v));
        t = prim(C, TYPE_TEXT);
        break;
    }
    case AST_PREVIOUS: t = previous(C, x, n); break;
    case AST_QUANT: t = quantifier(C, x, n); break;
    case AST_AGGREGATE: t = aggregate(C, x, n); break;
    default:
        /* AST_ERROR and non-expressions never reach here in a clean tree */
        t = err_type(C);
        break;
    }
    if (!t) t = err_type(C);
    n->type = t;
    return t;
}
