/* SPDX-License-Identifier: MIT
 * check_decl.c - the checker's driver and its declaration rules:
 * check_program() runs the phases (check_int.h) and check_bodies() checks
 * each effective declaration's expressions in the context it is evaluated
 * in (see Ctx): field defaults, table rows, parameter values and period
 * dates need no row; defs, rules, budgets, outputs and test expectations
 * are per row of the input; allocations and reports see their source's
 * rows; a series sees its year and columns.  Declarations an override
 * replaced are not part of the program and are not checked.
 */
#include "check_int.h"

#include <string.h>

#include "../runtime/alloc.h"

static Module *module_of(const AstNode *d)
{
    return d && d->decl ? d->decl->module : NULL;
}

/* Context without a row: field defaults, table rows, parameter values. */
static Ctx const_ctx(Module *m, uint32_t owner, const char *what)
{
    Ctx x;
    memset(&x, 0, sizeof x);
    x.module = m;
    x.owner = owner;
    x.what = what;
    return x;
}

/* Context of a per-row evaluation of the input. */
static Ctx row_ctx(Checker *C, Module *m, uint32_t owner)
{
    Ctx x;
    memset(&x, 0, sizeof x);
    x.module = m;
    x.owner = owner;
    x.row = C->input;
    x.remaining_ok = C->input != NULL;
    return x;
}

/* Context of the rows of 'src' (a report's or allocation's source). */
static Ctx source_ctx(Checker *C, Module *m, AstNode *src, const char *kind)
{
    Ctx x;
    memset(&x, 0, sizeof x);
    x.module = m;
    x.row = src;
    x.what = src && src == C->input ? kind : arena_printf(C->arena, "%s over '%s'", kind, src ? src->name : "?");
    return x;
}

static Type *field_type(Checker *C, AstNode *f)
{
    Info *in = info_find(C, f);
    return in && in->type ? in->type : prim(C, TYPE_ERROR);
}

static void check_defaults(Checker *C, AstNode *d)
{
    Ctx x = const_ctx(module_of(d), 0, "a field's default");
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *f = d->items[k];
        if (f && f->b) check_want(C, &x, f->b, field_type(C, f), arena_printf(C->arena, "the default of '%s'", f->name));
    }
}

/* Inline rows (or a test's 'with' rows) of 'table'. */
static void check_rows(Checker *C, Module *m, AstNode *table, AstNode **rows, uint32_t n_rows, const char *what)
{
    Ctx x = const_ctx(m, 0, what);
    for (uint32_t r = 0; r < n_rows; r++) {
        AstNode *row = rows[r];
        if (!row || row->kind != AST_ROW) continue;
        if (row->n_items != table->n_items) {
            if (diag_error(C->diag, row->span, "this row has %u cell%s, but table '%s' has %u field%s", row->n_items,
                           row->n_items == 1 ? "" : "s", table->name, table->n_items, table->n_items == 1 ? "" : "s"))
                diag_note(C->diag, table->name_span, "table '%s' is declared here", table->name);
            continue;
        }
        for (uint32_t k = 0; k < row->n_items; k++) {
            AstNode *f = table->items[k];
            check_want(C, &x, row->items[k], field_type(C, f), arena_printf(C->arena, "column '%s' of '%s'", f->name, table->name));
        }
    }
}

static void check_parameter(Checker *C, AstNode *d)
{
    Info *in = info_of(C, d);
    Type *t = in->type ? in->type : prim(C, TYPE_ERROR);
    Ctx x = const_ctx(module_of(d), graph_node(C, d, 1), "a parameter's value");
    const char *what = arena_printf(C->arena, "the value of '%s'", d->name);
    if (d->b) check_want(C, &x, d->b, t, what);
    if (!d->b && d->n_items == 0) {
        if (diag_error(C->diag, d->name_span, "parameter '%s' has no value", d->name))
            diag_hint(C->diag, "give one after the type ('= VALUE') or per period ('from DATE = VALUE')");
    }
    Ctx dx = const_ctx(module_of(d), x.owner, "a period's date");
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *p = d->items[k];
        if (!p) continue;
        if (p->a) check_want(C, &dx, p->a, prim(C, TYPE_DATE), "the date after 'from'");
        if (p->b) check_want(C, &dx, p->b, prim(C, TYPE_DATE), "the date after 'until'");
        if (p->c) check_want(C, &x, p->c, t, what);
    }
}

static void check_def(Checker *C, AstNode *d)
{
    Info *in = info_of(C, d);
    Ctx x = row_ctx(C, module_of(d), graph_node(C, d, 1));
    Binding *b = ARENA_ARRAY(C->arena, Binding, d->n_items ? d->n_items : 1);
    const Binding *chain = NULL;
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *p = d->items[k];
        if (!p || !p->name) continue;
        b[k] = (Binding){p->name, p, field_type(C, p), chain};
        chain = &b[k];
    }
    x.locals = chain;
    check_want(C, &x, d->b, in->type ? in->type : prim(C, TYPE_ERROR), arena_printf(C->arena, "the value of '%s'", d->name));
}

static void check_decision(Checker *C, AstNode *d)
{
    Info *in = info_of(C, d);
    DecisionBuild *b = in->decision;
    if (!b) return;
    Type *t = in->type ? in->type : prim(C, TYPE_ERROR);
    uint32_t owner = graph_node(C, d, 1);
    for (uint32_t k = 0; k < b->n_rules && !diag_full(C->diag); k++) {
        AstNode *r = b->rules[k];
        Module *m = module_of(r) ? module_of(r) : module_of(d);
        Ctx x = row_ctx(C, m, owner);
        check_want(C, &x, r->a, t, arena_printf(C->arena, "the result of rule '%s'", r->name));
        if (r->b) check_want_bool(C, &x, r->b, "the condition after 'when'");
        if (r->c) check_want_bool(C, &x, r->c, "the condition after 'unless'");
        if (r->e) {
            Ctx dx = const_ctx(m, owner, "a rule's period");
            if (r->e->a) check_want(C, &dx, r->e->a, prim(C, TYPE_DATE), "the date after 'valid from'");
            if (r->e->b) check_want(C, &dx, r->e->b, prim(C, TYPE_DATE), "the date after 'until'");
        }
    }
    if (b->otherwise) {
        Ctx x = row_ctx(C, b->otherwise_module ? b->otherwise_module : module_of(d), owner);
        check_want(C, &x, b->otherwise, t, "the result after 'otherwise'");
    }
    if (!b->n_rules && !b->otherwise) {
        if (diag_error(C->diag, d->name_span, "decision '%s' has no rules and no 'otherwise'", d->name))
            diag_hint(C->diag, "every row needs an outcome: add a rule or 'otherwise RESULT'");
    }
}

/* The rules of decision declaration 'd' that could not be placed (an
 * error said why) are still checked, so that their other mistakes show. */
static void check_unplaced_rules(Checker *C, AstNode *d)
{
    for (uint32_t k = 0; k < d->n_items && !diag_full(C->diag); k++) {
        AstNode *r = d->items[k];
        Info *ri = r && r->kind == AST_RULE ? info_find(C, r) : NULL;
        if (ri && ri->placed) continue;
        if (!r || r->kind != AST_RULE) continue;
        Info *ti = ri && ri->decision_of ? info_find(C, ri->decision_of) : NULL;
        Type *t = ti && ti->type ? ti->type : prim(C, TYPE_ERROR);
        Ctx x = row_ctx(C, module_of(r) ? module_of(r) : module_of(d), 0);
        check_want(C, &x, r->a, t, arena_printf(C->arena, "the result of rule '%s'", r->name));
        if (r->b) check_want_bool(C, &x, r->b, "the condition after 'when'");
        if (r->c) check_want_bool(C, &x, r->c, "the condition after 'unless'");
    }
}

static void check_budget_keys(Checker *C, AstNode *d)
{
    Ctx x = row_ctx(C, module_of(d), graph_node(C, d, 1));
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *e = d->items[k];
        if (!e) continue;
        Type *t = check_expr(C, &x, e, NULL);
        if (!check_keyable(t))
            diag_error(C->diag, e->span, "a budget is kept per text, number, date or enum value, not per %s",
                       type_name(C->arena, t));
    }
}

static void check_budget(Checker *C, AstNode *d)
{
    Ctx x = row_ctx(C, module_of(d), graph_node(C, d, 1));
    check_want(C, &x, d->a, prim(C, TYPE_MONEY), arena_printf(C->arena, "the limit of budget '%s'", d->name));
    /* charges are booked after the row's decisions: nothing depends on them */
    Ctx cx = row_ctx(C, module_of(d), 0);
    for (uint32_t k = 0; d->b && k < d->b->n_items; k++) {
        AstNode *c = d->b->items[k];
        if (!c) continue;
        check_want(C, &cx, c->a, prim(C, TYPE_MONEY), "the amount charged");
        if (c->b) check_want_bool(C, &cx, c->b, "the condition after 'when'");
    }
}

/* The input or table an allocation or report runs over ('over' may be
 * NULL: the input).  Returns NULL after reporting. */
static AstNode *source_of(Checker *C, AstNode *d, AstNode *over, const char *kind)
{
    if (!over) {
        if (!C->input) {
            if (diag_error(C->diag, d->name_span, "%s '%s' has no 'over' and the program has no input", kind, d->name))
                diag_hint(C->diag, "name what it runs over: '%s %s over TABLE'", kind, d->name);
        }
        return C->input;
    }
    Ctx x = const_ctx(module_of(d), 0, "an 'over' clause");
    Type *t = check_expr(C, &x, over, NULL);
    if (!t || t->kind == TYPE_ERROR) return NULL;
    if (t->kind != TYPE_TABLE) {
        diag_error(C->diag, over->span, "%s runs over a table or the input, not %s",
                   strcmp(kind, "allocation") == 0 ? "an allocation" : "a report", type_name(C->arena, t));
        return NULL;
    }
    return (AstNode *)t->decl;
}

static int is_amount_or_number(const Type *t)
{
    return !t || t->kind == TYPE_ERROR || t->kind == TYPE_INT || t->kind == TYPE_DECIMAL ||
           t->kind == TYPE_PERCENT || t->kind == TYPE_MONEY;
}

static void check_allocation(Checker *C, AstNode *d)
{
    Module *m = module_of(d);
    AstNode *src = source_of(C, d, d->a, "allocation");
    Ctx tx = const_ctx(m, 0, "an allocation's total");
    if (d->b) check_want(C, &tx, d->b, prim(C, TYPE_MONEY), "the total of an allocation");
    else if (diag_error(C->diag, d->name_span, "allocation '%s' has no 'total'", d->name))
        diag_hint(C->diag, "say what it splits: 'total € 1M' or 'total NAME'");
    if (!d->c && !(d->flags & AST_F_EQUAL) &&
        diag_error(C->diag, d->name_span, "allocation '%s' needs a 'weight' or 'equal'", d->name))
        diag_hint(C->diag, "'weight EXPRESSION' splits pro rata, 'equal' in equal parts");
    if (!src) return;
    Ctx x = source_ctx(C, m, src, "an allocation");
    if (d->c) {
        Type *t = check_expr(C, &x, d->c, NULL);
        if (!is_amount_or_number(t))
            diag_error(C->diag, d->c->span, "a weight must be a number or an amount, not %s", type_name(C->arena, t));
    }
    if (d->d) check_want(C, &x, d->d, prim(C, TYPE_MONEY), "the cap of an allocation");
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *o = d->items[k];
        if (!o || !o->a) continue;
        Type *t = check_expr(C, &x, o->a, NULL);
        if (!check_keyable(t))
            diag_error(C->diag, o->a->span, "recipients are ordered by a number, amount, date, text or enum, not %s",
                       type_name(C->arena, t));
    }
}

/* The digits of an int literal compared as numbers: -1, 0, 1. */
static int compare_int_text(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la != lb) return la < lb ? -1 : 1;
    int c = strcmp(a, b);
    return c < 0 ? -1 : c > 0;
}

static void check_series(Checker *C, AstNode *d)
{
    Module *m = module_of(d);
    Ctx bx = const_ctx(m, 0, "a series' years");
    if (d->b) check_want(C, &bx, d->b, prim(C, TYPE_INT), "the first year of a series");
    if (d->c) check_want(C, &bx, d->c, prim(C, TYPE_INT), "the last year of a series");
    if (d->b && d->c && d->b->kind == AST_INT && d->c->kind == AST_INT && compare_int_text(d->b->name, d->c->name) > 0)
        diag_error(C->diag, span_join(d->b->span, d->c->span), "series '%s' runs from %s back to %s: the first year comes first",
                   d->name, d->b->name, d->c->name);
    for (uint32_t k = 0; k < d->n_items && !diag_full(C->diag); k++) {
        AstNode *col = d->items[k];
        if (!col) continue;
        Ctx x = const_ctx(m, graph_node(C, col, 1), "a series");
        x.series = d;
        check_want(C, &x, col->b, field_type(C, col), arena_printf(C->arena, "the value of column '%s'", col->name));
    }
}

static void check_report(Checker *C, AstNode *d)
{
    Module *m = module_of(d);
    AstNode *src = source_of(C, d, d->a, "report");
    Ctx x = source_ctx(C, m, src, "a report");
    if (src && d->b) check_want_bool(C, &x, d->b, "the condition after 'where'");
    for (uint32_t k = 0; src && d->c && k < d->c->n_items; k++) {
        AstNode *g = d->c->items[k];
        if (!g || !g->a) continue;
        Type *t = check_expr(C, &x, g->a, NULL);
        if (!check_keyable(t))
            diag_error(C->diag, g->a->span, "a report is grouped by a number, amount, date, text or enum, not %s",
                       type_name(C->arena, t));
    }
    for (uint32_t k = 0; k < d->n_items && !diag_full(C->diag); k++) {
        AstNode *col = d->items[k];
        if (!col) continue;
        Ctx cx;
        memset(&cx, 0, sizeof cx);
        cx.module = m;
        cx.report_col = 1;
        cx.report_src = src;
        cx.what = "a report column";
        Type *t = check_expr(C, &cx, col->b, NULL);
        if (!check_printable(t))
            diag_error(C->diag, col->b->span, "a report column cannot hold %s", type_name(C->arena, t));
        info_of(C, col)->type = t;
        if (col->c && src) check_want_bool(C, &x, col->c, "the condition after 'where'");
    }
    /* 'order by' names a column or a group key */
    Info *ri = info_of(C, d);
    for (uint32_t k = 0; d->d && k < d->d->n_items; k++) {
        AstNode *o = d->d->items[k];
        if (!o || !o->a) continue;
        AstNode *a = o->a;
        if (a->kind != AST_NAME) {
            diag_error(C->diag, a->span, "a report is ordered by one of its columns or group keys");
            continue;
        }
        AstNode *col = strmap_get(&ri->fields, a->name);
        if (col) {
            a->ref = col;
            a->type = info_of(C, col)->type;
            if (a->type && !check_keyable(a->type))
                diag_error(C->diag, a->span, "column '%s' holds %s, which has no order", a->name, type_name(C->arena, a->type));
            continue;
        }
        AstNode *key = NULL;
        for (uint32_t j = 0; d->c && j < d->c->n_items && !key; j++) {
            AstNode *g = d->c->items[j];
            if (!g) continue;
            const char *gname = g->name ? g->name : g->a && g->a->kind == AST_NAME ? g->a->name : NULL;
            if (gname && strcmp(gname, a->name) == 0) key = g;
        }
        if (key) {
            a->ref = key;
            a->type = key->a ? key->a->type : NULL;
            continue;
        }
        if (diag_error(C->diag, a->span, "report '%s' has no column or group key '%s'", d->name, a->name)) {
            uint32_t nc = d->n_items + (d->c ? d->c->n_items : 0);
            const char **names = ARENA_ARRAY(C->arena, const char *, nc + 1);
            size_t n = 0;
            for (uint32_t j = 0; j < d->n_items; j++) names[n++] = d->items[j] ? d->items[j]->name : NULL;
            for (uint32_t j = 0; d->c && j < d->c->n_items; j++) {
                AstNode *g = d->c->items[j];
                names[n++] = !g ? NULL : g->name ? g->name : g->a && g->a->kind == AST_NAME ? g->a->name : NULL;
            }
            const char *s = diag_suggest(a->name, names, n);
            if (s) diag_hint(C->diag, "did you mean '%s'?", s);
        }
    }
}

static void check_output(Checker *C, AstNode *d)
{
    Ctx x = row_ctx(C, module_of(d), 0);
    x.output_col = 1;
    if (!C->input) x.what = "an output without an input";
    for (uint32_t k = 0; k < d->n_items && !diag_full(C->diag); k++) {
        AstNode *col = d->items[k];
        if (!col || !col->b) continue;
        Type *t = check_expr(C, &x, col->b, NULL);
        info_of(C, col)->type = t;
        if (!check_printable(t)) {
            if (diag_error(C->diag, col->b->span, "an output column cannot hold %s", type_name(C->arena, t)) &&
                t->kind == TYPE_ROW)
                diag_hint(C->diag, "write one of its fields");
        }
    }
}

/* The declaration a test step names, or NULL after reporting. */
static AstNode *test_target(Checker *C, Module *m, AstNode *step, AstKind kind, const char *word)
{
    AstNode *other;
    AstNode *d = step->name ? lookup_decl(C, m, step->name, &other) : NULL;
    if (d && d->kind == (int)kind) {
        step->ref = d;
        return d;
    }
    if (d) {
        if (diag_error(C->diag, step->name_span, "'%s' is %s, not %s %s", step->name,
                       d->kind == AST_INPUT ? "the input" : d->kind == AST_TABLE ? "a table" : d->kind == AST_PARAMETER ? "a parameter" : "a declaration",
                       kind == AST_INPUT ? "an" : "a", word)) {
            if (d->kind == AST_TABLE) diag_hint(C->diag, "give a table's rows with 'with %s { | ... | }'", step->name);
            else if (d->kind == AST_INPUT) diag_hint(C->diag, "give the input's row with 'given %s { ... }'", step->name);
        }
        return NULL;
    }
    if (!diag_error(C->diag, step->name_span, "unknown %s '%s'", word, step->name ? step->name : "?")) return NULL;
    const char **names;
    size_t n = visible_names(C, m, &names);
    size_t keep = 0;
    for (size_t k = 0; k < n; k++) {
        AstNode *x = lookup_decl(C, m, names[k], &other);
        if (x && x->kind == (int)kind) names[keep++] = names[k];
    }
    const char *s = diag_suggest(step->name ? step->name : "", names, keep);
    if (s) diag_hint(C->diag, "did you mean '%s'?", s);
    return NULL;
}

static void check_test(Checker *C, AstNode *d)
{
    Module *m = module_of(d);
    Ctx vx = const_ctx(m, 0, "a test's values");
    AstNode *given = NULL;
    for (uint32_t k = 0; k < d->n_items && !diag_full(C->diag); k++) {
        AstNode *s = d->items[k];
        if (!s) continue;
        switch (s->kind) {
        case AST_GIVEN: {
            if (given) {
                if (diag_error(C->diag, s->span, "a test gives one row of the input"))
                    diag_note(C->diag, given->span, "the row is given here");
                break;
            }
            given = s;
            AstNode *input = test_target(C, m, s, AST_INPUT, "input");
            if (!input) break;
            Info *ii = info_of(C, input);
            StrMap seen = {0};
            for (uint32_t j = 0; j < s->n_items; j++) {
                AstNode *init = s->items[j];
                if (!init || !init->name) continue;
                AstNode *f = strmap_get(&ii->fields, init->name);
                if (!f) {
                    if (diag_error(C->diag, init->name_span, "input '%s' has no field '%s'", input->name, init->name)) {
                        const char **names = ARENA_ARRAY(C->arena, const char *, input->n_items + 1);
                        for (uint32_t q = 0; q < input->n_items; q++) names[q] = input->items[q] ? input->items[q]->name : NULL;
                        const char *sg = diag_suggest(init->name, names, input->n_items);
                        if (sg) diag_hint(C->diag, "did you mean '%s'?", sg);
                    }
                    check_expr(C, &vx, init->a, NULL);
                    continue;
                }
                AstNode *prev = strmap_get(&seen, init->name);
                if (prev) {
                    if (diag_error(C->diag, init->name_span, "field '%s' is given twice", init->name))
                        diag_note(C->diag, prev->name_span, "first given here");
                    continue;
                }
                strmap_put(C->arena, &seen, init->name, init);
                init->ref = f;
                check_want(C, &vx, init->a, field_type(C, f), arena_printf(C->arena, "field '%s'", f->name));
            }
            break;
        }
        case AST_WITH: {
            AstNode *table = test_target(C, m, s, AST_TABLE, "table");
            if (table) check_rows(C, m, table, s->items, s->n_items, "a test's values");
            break;
        }
        case AST_SET_PARAM: {
            AstNode *p = test_target(C, m, s, AST_PARAMETER, "parameter");
            if (p) check_want(C, &vx, s->a, field_type(C, p), arena_printf(C->arena, "the value of '%s'", p->name));
            else check_expr(C, &vx, s->a, NULL);
            break;
        }
        case AST_ON:
            check_want(C, &vx, s->a, prim(C, TYPE_DATE), "the date after 'on'");
            break;
        case AST_EXPECT: {
            if (s->flags & AST_F_EXPECT_ERROR) break;
            Ctx x = row_ctx(C, m, 0);
            x.what = C->input ? NULL : "a test without an input";
            if (!s->b) {
                check_want_bool(C, &x, s->a, "an 'expect' without '='");
                break;
            }
            Type *l = check_expr(C, &x, s->a, NULL);
            Type *r = check_expr(C, &x, s->b, l);
            if (!check_comparable(l, r, 0))
                diag_error(C->diag, span_join(s->a->span, s->b->span), "'expect' compares %s with %s",
                           type_name(C->arena, l), type_name(C->arena, r));
            break;
        }
        default:
            break;
        }
    }
}

void check_bodies(Checker *C)
{
    Program *p = C->p;
    /* budgets' keys first: remaining(b[k1, k2]) is checked against them */
    for (uint32_t k = 0; k < p->n_modules; k++) {
        AstNode *root = p->modules[k]->root;
        for (uint32_t d = 0; d < root->n_items; d++)
            if (root->items[d]->kind == AST_BUDGET) check_budget_keys(C, root->items[d]);
    }
    for (uint32_t k = 0; k < p->n_modules && !diag_full(C->diag); k++) {
        AstNode *root = p->modules[k]->root;
        for (uint32_t di = 0; di < root->n_items && !diag_full(C->diag); di++) {
            AstNode *d = root->items[di];
            Info *in = info_find(C, d);
            if (in && in->replaced_by) continue; /* not part of the program */
            if (in && in->checked) continue;
            if (in) in->checked = 1;
            switch (d->kind) {
            case AST_INPUT: case AST_RECORD:
                check_defaults(C, d);
                break;
            case AST_TABLE:
                check_defaults(C, d);
                if (d->b) check_rows(C, module_of(d), d, d->b->items, d->b->n_items, "a table's row");
                break;
            case AST_PARAMETER: check_parameter(C, d); break;
            case AST_DEF: check_def(C, d); break;
            case AST_DECISION:
                if (d->a && in && in->decision) check_decision(C, d);
                check_unplaced_rules(C, d);
                break;
            case AST_BUDGET: check_budget(C, d); break;
            case AST_ALLOCATION: check_allocation(C, d); break;
            case AST_SERIES: check_series(C, d); break;
            case AST_REPORT: check_report(C, d); break;
            case AST_OUTPUT: check_output(C, d); break;
            case AST_TEST: check_test(C, d); break;
            default: break;
            }
        }
    }
}

CheckedProgram *check_program(Program *p, Diag *diag)
{
    Checker C;
    memset(&C, 0, sizeof C);
    C.p = p;
    C.diag = diag;
    C.arena = &p->arena;
    C.cp = ARENA_NEW(&p->arena, CheckedProgram);
    p->checked = NULL;
    int before = diag_errors(diag);
    resolve_scopes(&C);
    if (!diag_full(diag)) resolve_types(&C);
    if (!diag_full(diag)) check_bodies(&C);
    if (!diag_full(diag)) check_dependencies(&C);
    CheckedProgram *cp = NULL;
    if (diag_errors(diag) == before) {
        build_program(&C);
        cp = C.cp;
        p->checked = cp;
    }
    xfree(C.g);
    xfree(C.edges);
    xfree(C.rowless);
    return cp;
}
