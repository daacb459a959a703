/* SPDX-License-Identifier: MIT
 * depend.c - what the checker can only decide once every body is typed
 * (check_int.h): cycles, dependence on the row, the budget limit rule,
 * parameter periods and rule versions.
 *
 * The dependency graph has a node per def, function, parameter, decision,
 * budget (its 'per' keys and limit) and series column, and an edge per use
 * (check.c adds them; remaining(b) depends on b's keys and limit, never on
 * its charges, which are booked after the row).  A depth-first search with
 * an explicit stack (a chain of 20,000 defs must not exhaust the C stack)
 * reports each cycle once with its path, and on the way out marks every
 * node that depends on the input's row.  Dates of periods are compared as
 * their "YYYY-MM-DD" text, which sorts as the dates do.
 */
#include "check_int.h"

#include <string.h>

#include "../runtime/alloc.h"

const char *const_date(const AstNode *n)
{
    for (int guard = 0; n && guard < 32; guard++) {
        if (n->kind == AST_DATE) return n->name;
        if ((n->kind != AST_NAME && n->kind != AST_DOT) || !n->ref) return NULL;
        const AstNode *d = n->ref;
        if (d->kind == AST_DEF && !(d->flags & AST_F_FUNCTION)) n = d->b;
        else if (d->kind == AST_PARAMETER && d->n_items == 0) n = d->b;
        else return NULL;
    }
    return NULL;
}

/* ---- cycles and the row ------------------------------------------------------------ */

static void report_cycle(Checker *C, const uint32_t *stack, uint32_t from, uint32_t top, const uint32_t *cursor,
                         const Edge *sorted, const Edge *closing)
{
    const char *path = C->g[stack[from]].name;
    for (uint32_t k = from + 1; k <= top; k++) path = arena_printf(C->arena, "%s -> %s", path, C->g[stack[k]].name);
    path = arena_printf(C->arena, "%s -> %s", path, C->g[stack[from]].name);
    for (uint32_t k = from; k <= top; k++) C->g[stack[k]].in_cycle = 1;
    AstNode *first = C->g[stack[from]].decl;
    if (!diag_error(C->diag, first->name_span, "'%s' depends on itself: %s", C->g[stack[from]].name, path)) return;
    for (uint32_t k = from; k <= top; k++) {
        const Edge *e = k < top ? &sorted[C->g[stack[k]].first + cursor[stack[k]] - 1] : closing;
        diag_note(C->diag, e->at, "'%s' uses '%s' here", C->g[e->from].name, C->g[e->to].name);
    }
    diag_hint(C->diag, "every evaluation must end: a definition cannot depend on itself");
}

static void find_cycles(Checker *C, const Edge *sorted)
{
    uint32_t n = C->n_g;
    uint32_t *stack = xmalloc(sizeof *stack * (n ? n : 1));
    uint32_t *cursor = xcalloc(n ? n : 1, sizeof *cursor);
    uint32_t *pos = xcalloc(n ? n : 1, sizeof *pos);
    for (uint32_t s = 0; s < n; s++) {
        if (C->g[s].state) continue;
        uint32_t sp = 0;
        stack[sp++] = s;
        C->g[s].state = 1;
        pos[s] = 0;
        while (sp) {
            uint32_t v = stack[sp - 1];
            GNode *g = &C->g[v];
            if (cursor[v] < g->n_out) {
                const Edge *e = &sorted[g->first + cursor[v]++];
                GNode *w = &C->g[e->to];
                if (w->state == 0) {
                    w->state = 1;
                    pos[e->to] = sp;
                    stack[sp++] = e->to;
                } else if (w->state == 1 && !w->in_cycle && !diag_full(C->diag)) {
                    report_cycle(C, stack, pos[e->to], sp - 1, cursor, sorted, e);
                }
                continue;
            }
            /* done: the row flows back from what it uses */
            g->row = g->row_direct;
            for (uint32_t k = 0; k < g->n_out && !g->row; k++)
                if (C->g[sorted[g->first + k].to].row) g->row = 1;
            g->state = 2;
            sp--;
        }
    }
    xfree(stack);
    xfree(cursor);
    xfree(pos);
}

/* ---- the budget limit rule ---------------------------------------------------------- */

/* Are 'a' and 'b' the same expression (names meaning the same thing)? */
static int same_expr(const AstNode *a, const AstNode *b)
{
    if (a == b) return 1;
    if (!a || !b) return 0;
    uint16_t mask = (uint16_t)~(AST_F_PAREN | CHECK_F_DEFAULT);
    if (a->kind != b->kind || a->op != b->op || (a->flags & mask) != (b->flags & mask) || a->n_items != b->n_items ||
        a->ref != b->ref)
        return 0;
    if ((a->name == NULL) != (b->name == NULL) || (a->name && strcmp(a->name, b->name) != 0)) return 0;
    if (!same_expr(a->a, b->a) || !same_expr(a->b, b->b) || !same_expr(a->c, b->c) || !same_expr(a->d, b->d) ||
        !same_expr(a->e, b->e))
        return 0;
    for (uint32_t k = 0; k < a->n_items; k++)
        if (!same_expr(a->items[k], b->items[k])) return 0;
    return 1;
}

typedef struct LimitWalk {
    Checker *C;
    AstNode *budget;
    CheckedKeyUse *uses; /* xmalloc */
    size_t n, cap;
    int reported;
} LimitWalk;

/* The source text of 'e' (for the hint). */
static const char *source_text(Checker *C, const AstNode *e)
{
    SourceFile *f = sources_get(&C->p->sources, e->span.file);
    if (!f || e->span.end < e->span.start || e->span.end > f->len) return "?";
    return arena_strndup(C->arena, f->text + e->span.start, e->span.end - e->span.start);
}

static void limit_offender(LimitWalk *w, const AstNode *n, const char *name)
{
    if (w->reported) return;
    w->reported = 1;
    Checker *C = w->C;
    AstNode *b = w->budget;
    if (!diag_error(C->diag, n->span, "the limit of budget '%s' depends on '%s', which is not one of its 'per' keys",
                    b->name, name))
        return;
    const char *keys = "";
    for (uint32_t k = 0; k < b->n_items; k++)
        if (b->items[k]) keys = arena_printf(C->arena, "%s%s%s", keys, k ? ", " : "", source_text(C, b->items[k]));
    diag_hint(C->diag, "a limit reads the row only through its keys (%s), so that remaining(%s[...]) can find the limit of any account",
              keys, b->name);
}

/* Does what 'ref' names depend on the input's row? */
static int ref_reads_row(Checker *C, const AstNode *ref)
{
    if (!ref) return 0;
    switch (ref->kind) {
    case AST_FIELD: {
        Info *in = info_find(C, ref);
        return in && in->parent == C->input;
    }
    case AST_DECISION:
        return 1;
    case AST_DEF: {
        Info *in = info_find(C, ref);
        return in && in->graph && C->g[in->graph - 1].row;
    }
    default:
        return 0;
    }
}

static void limit_walk(LimitWalk *w, AstNode *n)
{
    if (!n || w->reported) return;
    for (uint32_t k = 0; k < w->budget->n_items; k++) {
        if (!w->budget->items[k] || !same_expr(n, w->budget->items[k])) continue;
        w->uses = xgrow(w->uses, &w->cap, w->n + 1, sizeof *w->uses);
        w->uses[w->n++] = (CheckedKeyUse){n, k};
        return;
    }
    switch (n->kind) {
    case AST_NAME:
        if (ref_reads_row(w->C, n->ref)) limit_offender(w, n, n->name);
        return;
    case AST_DOT:
        if (n->ref && n->ref->kind != AST_FIELD && n->ref->kind != AST_PARAM) {
            if (ref_reads_row(w->C, n->ref)) limit_offender(w, n, n->name);
            return; /* a qualified name: 'a' is no value */
        }
        break;
    case AST_CALL:
        if (n->a && n->a->type && n->a->type->kind == TYPE_FUNC && n->a->type->builtin == BUILTIN_REMAINING) {
            limit_offender(w, n, "remaining()");
            return;
        }
        break;
    default:
        break;
    }
    limit_walk(w, n->a);
    limit_walk(w, n->b);
    limit_walk(w, n->c);
    limit_walk(w, n->d);
    limit_walk(w, n->e);
    for (uint32_t k = 0; k < n->n_items; k++) limit_walk(w, n->items[k]);
}

static void check_limit(Checker *C, AstNode *b)
{
    LimitWalk w = {C, b, NULL, 0, 0, 0};
    limit_walk(&w, b->a);
    Info *in = info_of(C, b);
    in->n_key_uses = (uint32_t)w.n;
    in->key_uses = ARENA_ARRAY(C->arena, CheckedKeyUse, w.n ? w.n : 1);
    if (w.n) memcpy(in->key_uses, w.uses, sizeof *w.uses * w.n);
    xfree(w.uses);
}

/* ---- periods ------------------------------------------------------------------------ */

/* The constant date of 'n' (NULL after reporting a non-constant one). */
static const char *period_date(Checker *C, const AstNode *n)
{
    if (!n || !n->type || n->type->kind != TYPE_DATE) return NULL; /* already reported */
    const char *d = const_date(n);
    if (!d && diag_error(C->diag, n->span, "a period's date must be known before the run"))
        diag_hint(C->diag, "write a date (2021-01-01), or the name of a def or parameter holding one");
    return d;
}

static void check_periods(Checker *C, AstNode *param)
{
    const AstNode *prev = NULL;
    const char *prev_from = NULL, *prev_until = NULL;
    for (uint32_t k = 0; k < param->n_items && !diag_full(C->diag); k++) {
        AstNode *p = param->items[k];
        if (!p) continue;
        const char *from = period_date(C, p->a);
        const char *until = p->b ? period_date(C, p->b) : NULL;
        if (from && until && strcmp(until, from) < 0) {
            diag_error(C->diag, p->b->span, "this period ends on %s, before it starts on %s", until, from);
            continue;
        }
        if (!from) continue;
        if (prev) {
            int c = strcmp(from, prev_from);
            if (c < 0) {
                if (diag_error(C->diag, p->a->span, "the periods of '%s' are out of date order: %s comes after %s",
                               param->name, from, prev_from))
                    diag_note(C->diag, prev->span, "the period before it");
            } else if (c == 0) {
                if (diag_error(C->diag, p->a->span, "two periods of '%s' start on %s", param->name, from))
                    diag_note(C->diag, prev->span, "the other period");
            } else if (prev_until && strcmp(from, prev_until) <= 0) {
                if (diag_error(C->diag, p->span, "this period of '%s' overlaps the one before it, which runs until %s",
                               param->name, prev_until))
                    diag_note(C->diag, prev->span, "the period before it");
            }
        }
        prev = p;
        prev_from = from;
        prev_until = until;
    }
}

/* A rule's validity as [from, until] ("" and "~": open ends); 0 when a
 * date is not constant (reported). */
static int validity(Checker *C, const AstNode *r, const char **from, const char **until)
{
    *from = "";
    *until = "~"; /* sorts after every digit */
    if (!r->e) return 1;
    if (r->e->a && !(*from = period_date(C, r->e->a))) return 0;
    if (r->e->b && !(*until = period_date(C, r->e->b))) return 0;
    if (strcmp(*until, *from) < 0) {
        diag_error(C->diag, r->e->span, "rule '%s' is valid until %s, before it starts on %s", r->name, *until, *from);
        return 0;
    }
    return 1;
}

static void check_versions(Checker *C, DecisionBuild *b)
{
    const char **from = ARENA_ARRAY(C->arena, const char *, b->n_rules ? b->n_rules : 1);
    const char **until = ARENA_ARRAY(C->arena, const char *, b->n_rules ? b->n_rules : 1);
    uint8_t *ok = ARENA_ARRAY(C->arena, uint8_t, b->n_rules ? b->n_rules : 1);
    StrMap first = {0};
    uint32_t *next = ARENA_ARRAY(C->arena, uint32_t, b->n_rules ? b->n_rules : 1); /* same name, + 1 */
    for (uint32_t k = 0; k < b->n_rules; k++) {
        AstNode *r = b->rules[k];
        ok[k] = (uint8_t)validity(C, r, &from[k], &until[k]);
        uint32_t *head = strmap_get(&first, r->name);
        if (!head) {
            head = ARENA_NEW(C->arena, uint32_t);
            *head = k + 1;
            strmap_put(C->arena, &first, r->name, head);
            continue;
        }
        /* append k to the name's chain, comparing with each version before it */
        uint32_t j = *head - 1;
        int reported = 0;
        for (;;) {
            AstNode *o = b->rules[j];
            if (!reported && (!o->e || !r->e)) {
                reported = 1;
                if (diag_error(C->diag, r->name_span, "decision '%s' has two rules called '%s'", b->typed->name, r->name)) {
                    diag_note(C->diag, o->name_span, "the other rule '%s'", r->name);
                    diag_hint(C->diag, "versions of a rule each say when they hold: 'valid from D until D'");
                }
            } else if (!reported && ok[j] && ok[k] && strcmp(from[k], until[j]) <= 0 && strcmp(from[j], until[k]) <= 0) {
                reported = 1;
                if (diag_error(C->diag, r->e->span, "this version of rule '%s' overlaps another", r->name))
                    diag_note(C->diag, o->e->span, "the other version");
            }
            if (!next[j]) break;
            j = next[j] - 1;
        }
        next[j] = k + 1;
    }
}

void check_dependencies(Checker *C)
{
    /* edges sorted by their source, keeping the order of use */
    uint32_t n = C->n_g;
    Edge *sorted = xmalloc(sizeof *sorted * (C->n_edges ? C->n_edges : 1));
    for (uint32_t k = 0; k < n; k++) C->g[k].n_out = 0;
    for (size_t k = 0; k < C->n_edges; k++) C->g[C->edges[k].from].n_out++;
    uint32_t at = 0;
    for (uint32_t k = 0; k < n; k++) {
        C->g[k].first = at;
        at += C->g[k].n_out;
        C->g[k].n_out = 0;
    }
    for (size_t k = 0; k < C->n_edges; k++) {
        GNode *g = &C->g[C->edges[k].from];
        sorted[g->first + g->n_out++] = C->edges[k];
    }
    find_cycles(C, sorted);
    xfree(sorted);

    for (size_t k = 0; k < C->n_rowless && !diag_full(C->diag); k++) {
        RowlessUse *u = &C->rowless[k];
        GNode *g = &C->g[u->node];
        if (!g->row) continue;
        if (diag_error(C->diag, u->at, "'%s' depends on the row of the input '%s', but %s has no input row", g->name,
                       C->input ? C->input->name : "?", u->where))
            diag_note(C->diag, g->decl->name_span, "'%s' is declared here", g->name);
    }

    Program *p = C->p;
    for (uint32_t m = 0; m < p->n_modules && !diag_full(C->diag); m++) {
        AstNode *root = p->modules[m]->root;
        for (uint32_t d = 0; d < root->n_items && !diag_full(C->diag); d++) {
            AstNode *x = root->items[d];
            Info *in = info_find(C, x);
            if (!in || in->replaced_by) continue;
            if (x->kind == AST_BUDGET) check_limit(C, x);
            else if (x->kind == AST_PARAMETER) check_periods(C, x);
            else if (x->kind == AST_DECISION && x->a && in->decision) check_versions(C, in->decision);
        }
    }
}
