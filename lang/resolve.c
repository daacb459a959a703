/* SPDX-License-Identifier: MIT
 * resolve.c - the checker's scopes (check_int.h): which declaration a
 * name means, module by module, after 'extends', 'override' and
 * 'exception to'.
 *
 * A family is a base module and the chain of modules extending it (a
 * module may be extended by one module per program).  Its scope maps each
 * name to the *effective* declaration: walking the chain base first, an
 * override replaces what it names, a decision without a type adds rules to
 * the inherited one.  Every body of every module of the family is later
 * resolved against that one scope, so a base's 'def kosten' that uses
 * 'korting' reaches a variant's 'override parameter korting'.  Bare names
 * of code in module M are looked up in M's family, then in the families of
 * the modules M (or a base M extends) uses without 'as'; 'q.Name' looks in
 * the module used as q.  Enum members and variant cases are bare names of
 * their own (several enums may share one; the expected type decides).
 * Also here: type nodes, the string and pointer maps, the CheckedProgram
 * lists and check_index / check_is_main.
 */
#include "check_int.h"

#include <string.h>

#include "../runtime/alloc.h"

/* ---- maps ------------------------------------------------------------------ */

static uint32_t hash_str(const char *s)
{
    uint32_t h = 2166136261u;
    for (; *s; s++) h = (h ^ (unsigned char)*s) * 16777619u;
    return h;
}

static uint32_t hash_ptr(const void *p)
{
    uint64_t x = (uint64_t)(uintptr_t)p;
    x ^= x >> 33;
    x *= 0xff51afd7ed558ccdull;
    x ^= x >> 33;
    return (uint32_t)x;
}

void *strmap_get(const StrMap *m, const char *key)
{
    if (!m->cap || !key) return NULL;
    uint32_t mask = m->cap - 1;
    for (uint32_t at = hash_str(key) & mask;; at = (at + 1) & mask) {
        if (!m->keys[at]) return NULL;
        if (strcmp(m->keys[at], key) == 0) return m->vals[at];
    }
}

static void strmap_grow(Arena *arena, StrMap *m)
{
    uint32_t cap = m->cap ? m->cap * 2 : 16;
    const char **keys = ARENA_ARRAY(arena, const char *, cap);
    void **vals = ARENA_ARRAY(arena, void *, cap);
    for (uint32_t k = 0; k < m->cap; k++) {
        if (!m->keys[k]) continue;
        uint32_t at = hash_str(m->keys[k]) & (cap - 1);
        while (keys[at]) at = (at + 1) & (cap - 1);
        keys[at] = m->keys[k];
        vals[at] = m->vals[k];
    }
    m->keys = keys;
    m->vals = vals;
    m->cap = cap;
}

void strmap_put(Arena *arena, StrMap *m, const char *key, void *val)
{
    if (!key) return;
    if ((m->n + 1) * 2 > m->cap) strmap_grow(arena, m);
    uint32_t mask = m->cap - 1;
    uint32_t at = hash_str(key) & mask;
    while (m->keys[at] && strcmp(m->keys[at], key) != 0) at = (at + 1) & mask;
    if (!m->keys[at]) {
        m->keys[at] = key;
        m->n++;
    }
    m->vals[at] = val;
}

void *ptrmap_get(const PtrMap *m, const void *key)
{
    if (!m->cap || !key) return NULL;
    uint32_t mask = m->cap - 1;
    for (uint32_t at = hash_ptr(key) & mask;; at = (at + 1) & mask) {
        if (!m->keys[at]) return NULL;
        if (m->keys[at] == key) return m->vals[at];
    }
}

void ptrmap_put(Arena *arena, PtrMap *m, const void *key, void *val)
{
    if (!key) return;
    if ((m->n + 1) * 2 > m->cap) {
        uint32_t cap = m->cap ? m->cap * 2 : 64;
        const void **keys = ARENA_ARRAY(arena, const void *, cap);
        void **vals = ARENA_ARRAY(arena, void *, cap);
        for (uint32_t k = 0; k < m->cap; k++) {
            if (!m->keys[k]) continue;
            uint32_t at = hash_ptr(m->keys[k]) & (cap - 1);
            while (keys[at]) at = (at + 1) & (cap - 1);
            keys[at] = m->keys[k];
            vals[at] = m->vals[k];
        }
        m->keys = keys;
        m->vals = vals;
        m->cap = cap;
    }
    uint32_t mask = m->cap - 1;
    uint32_t at = hash_ptr(key) & mask;
    while (m->keys[at] && m->keys[at] != key) at = (at + 1) & mask;
    if (!m->keys[at]) {
        m->keys[at] = key;
        m->n++;
    }
    m->vals[at] = val;
}

/* ---- infos and types ---------------------------------------------------------- */

Info *info_of(Checker *C, AstNode *node)
{
    Info *in = ptrmap_get(&C->info, node);
    if (in) return in;
    in = ARENA_NEW(C->arena, Info);
    in->node = node;
    in->index = -1;
    in->module = node->decl ? node->decl->module : NULL;
    ptrmap_put(C->arena, &C->info, node, in);
    return in;
}

Info *info_find(const Checker *C, const AstNode *node)
{
    return ptrmap_get(&C->info, node);
}

Type *prim(Checker *C, TypeKind k)
{
    if (!C->prim[k]) {
        C->prim[k] = ARENA_NEW(C->arena, Type);
        C->prim[k]->kind = (uint8_t)k;
    }
    return C->prim[k];
}

Type *type_container(Checker *C, TypeKind k, Type *elem)
{
    Type *t = ARENA_NEW(C->arena, Type);
    t->kind = (uint8_t)k;
    t->elem = elem;
    return t;
}

static Type *nominal(Checker *C, TypeKind k, AstNode *decl)
{
    Type *t = ARENA_NEW(C->arena, Type);
    t->kind = (uint8_t)k;
    t->decl = decl;
    return t;
}

/* What kind of declaration 'd' is, in messages ("parameter"). */
static const char *kind_word(const AstNode *d)
{
    switch (d->kind) {
    case AST_ENUM: return "enum";
    case AST_VARIANT: return "variant";
    case AST_RECORD: return "record";
    case AST_INPUT: return "input";
    case AST_TABLE: return "table";
    case AST_PARAMETER: return "parameter";
    case AST_DEF: return d->flags & AST_F_FUNCTION ? "function" : "def";
    case AST_DECISION: return "decision";
    case AST_BUDGET: return "budget";
    case AST_ALLOCATION: return "allocation";
    case AST_SERIES: return "series";
    case AST_REPORT: return "report";
    case AST_OUTPUT: return "output";
    default: return "declaration";
    }
}

/* The keyword an override of 'd' is written with. */
static const char *override_word(const AstNode *d)
{
    switch (d->kind) {
    case AST_PARAMETER: return "parameter";
    case AST_DEF: return "def";
    case AST_TABLE: return "table";
    case AST_DECISION: return "decision";
    default: return NULL;
    }
}

AstNode *effective(Checker *C, AstNode *d)
{
    for (int guard = 0; d && guard < 1000; guard++) {
        Info *in = info_find(C, d);
        if (!in || !in->replaced_by) return d;
        d = in->replaced_by;
    }
    return d;
}

/* ---- families and module scopes ----------------------------------------------------- */

static ModScope *scope_of(Checker *C, Module *m)
{
    return ptrmap_get(&C->scopes, m);
}

Family *family_of(Checker *C, Module *m)
{
    ModScope *s = scope_of(C, m);
    return s ? s->fam : NULL;
}

/* The declarations a family's scope holds by name (not 'use', tests...). */
static int is_named_decl(const AstNode *d)
{
    switch (d->kind) {
    case AST_ENUM: case AST_VARIANT: case AST_RECORD: case AST_INPUT: case AST_TABLE:
    case AST_PARAMETER: case AST_DEF: case AST_DECISION: case AST_BUDGET: case AST_ALLOCATION:
    case AST_SERIES: case AST_REPORT: case AST_OUTPUT:
        return d->name != NULL;
    default:
        return 0;
    }
}

/* Names in 'm' of the kind(s) matching 'like' (NULL: all), for hints. */
static size_t scope_names(Checker *C, const StrMap *m, const AstNode *like, const char ***out)
{
    const char **names = ARENA_ARRAY(C->arena, const char *, m->n ? m->n : 1);
    size_t n = 0;
    for (uint32_t k = 0; k < m->cap; k++) {
        if (!m->keys[k]) continue;
        const AstNode *d = m->vals[k];
        if (like && d && d->kind != like->kind) continue;
        names[n++] = m->keys[k];
    }
    *out = names;
    return n;
}

static void add_members(Checker *C, Family *f, AstNode *d)
{
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *mem = d->items[k];
        if (!mem || !mem->name) continue;
        MemberList *l = ARENA_NEW(C->arena, MemberList);
        l->node = mem;
        l->owner = d;
        l->next = strmap_get(&f->members, mem->name);
        strmap_put(C->arena, &f->members, mem->name, l);
    }
}

/* Links a new RuleLink for 'r' before 'at' (NULL: at the end of 'b'). */
static RuleLink *link_before(Checker *C, DecisionBuild *b, RuleLink *at, AstNode *r)
{
    RuleLink *l = ARENA_NEW(C->arena, RuleLink);
    info_of(C, r)->placed = 1;
    l->rule = r;
    l->next = at;
    l->prev = at ? at->prev : b->tail;
    if (l->prev) l->prev->next = l;
    else b->head = l;
    if (at) at->prev = l;
    else b->tail = l;
    b->n_rules++;
    return l;
}

static void unlink_rule(DecisionBuild *b, RuleLink *l)
{
    if (l->prev) l->prev->next = l->next;
    else b->head = l->next;
    if (l->next) l->next->prev = l->prev;
    else b->tail = l->prev;
    b->n_rules--;
}

/* Adds 'l' as the last version of its name; keeps the map on the first. */
static void add_version(Checker *C, DecisionBuild *b, RuleLink *l)
{
    RuleLink *first = strmap_get(&b->names, l->rule->name);
    if (!first) {
        strmap_put(C->arena, &b->names, l->rule->name, l);
        return;
    }
    while (first->version) first = first->version;
    first->version = l;
}

static size_t rule_names(Checker *C, const DecisionBuild *b, const char ***out)
{
    const char **names = ARENA_ARRAY(C->arena, const char *, b->n_rules ? b->n_rules : 1);
    size_t n = 0;
    for (const RuleLink *l = b->head; l && n < b->n_rules; l = l->next) names[n++] = l->rule->name;
    *out = names;
    return n;
}

static void hint_suggest(Checker *C, const char *name, const char **cands, size_t n)
{
    const char *s = diag_suggest(name, cands, n);
    if (s) diag_hint(C->diag, "did you mean '%s'?", s);
}

/* Checks that rule 'r' of declaration 'decl' may take its name in 'b':
 * versions of one rule live in one declaration.  Returns 1 when fine. */
static int rule_name_ok(Checker *C, DecisionBuild *b, AstNode *decl, AstNode *r)
{
    RuleLink *first = strmap_get(&b->names, r->name);
    if (!first) return 1;
    AstNode *prev = first->rule;
    Info *pi = info_find(C, prev);
    if (pi && pi->parent == decl) return 1; /* a version; periods are checked later */
    Module *pm = prev->decl ? prev->decl->module : NULL;
    Module *rm = r->decl ? r->decl->module : NULL;
    if (pm == rm) {
        if (diag_error(C->diag, r->name_span, "decision '%s' already has a rule '%s'", b->typed->name, r->name))
            diag_note(C->diag, prev->name_span, "'%s' is declared here", r->name);
    } else if (diag_error(C->diag, r->name_span, "rule '%s' is inherited from '%s'", r->name,
                          pm ? pm->name : "?")) {
        diag_note(C->diag, prev->name_span, "the inherited rule");
        diag_hint(C->diag, "write 'override rule %s' to replace it, or choose another name", r->name);
    }
    return 0;
}

/* An 'override rule': replaces every inherited version of its name in the
 * place of the first; later versions of the override follow it. */
static void place_override(Checker *C, DecisionBuild *b, AstNode *decl, AstNode *r)
{
    if (r->d) {
        diag_error(C->diag, r->d->span, "a rule replaces another ('override rule') or is an exception to one, not both");
        return;
    }
    RuleLink *first = strmap_get(&b->names, r->name);
    Info *pi = first ? info_find(C, first->rule) : NULL;
    if (first && pi && pi->parent == decl) {
        if (!(first->rule->flags & AST_F_OVERRIDE)) {
            if (diag_error(C->diag, r->name_span, "'override rule %s' replaces an inherited rule, but '%s' is a rule of this declaration", r->name, r->name))
                diag_note(C->diag, first->rule->name_span, "'%s' is declared here", r->name);
            return;
        }
        RuleLink *last = first;
        while (last->version) last = last->version;
        add_version(C, b, link_before(C, b, last->next, r));
        return;
    }
    if (!first) {
        if (diag_error(C->diag, r->name_span, "'override rule %s' names no inherited rule of decision '%s'", r->name, b->typed->name)) {
            const char **names;
            size_t n = rule_names(C, b, &names);
            hint_suggest(C, r->name, names, n);
        }
        return;
    }
    RuleLink *l = link_before(C, b, first, r);
    for (RuleLink *v = first; v; v = v->version) unlink_rule(b, v);
    strmap_put(C->arena, &b->names, r->name, l);
}

/* Places the rules of decision declaration 'decl' (typed, an override or
 * an extension) into 'b': see CheckedDecision for the order. */
static void place_rules(Checker *C, DecisionBuild *b, AstNode *decl)
{
    AstNode **pending = ARENA_ARRAY(C->arena, AstNode *, decl->n_items ? decl->n_items : 1);
    uint32_t n_pending = 0;
    for (uint32_t k = 0; k < decl->n_items; k++) {
        AstNode *r = decl->items[k];
        if (!r || r->kind != AST_RULE || !r->name) continue;
        info_of(C, r)->parent = decl;
        info_of(C, r)->decision_of = b->typed;
        if (r->flags & AST_F_OVERRIDE) place_override(C, b, decl, r);
        else if (r->d) pending[n_pending++] = r;
        else if (rule_name_ok(C, b, decl, r)) add_version(C, b, link_before(C, b, NULL, r));
    }
    /* exceptions, each right before its target; a target may itself be an
     * exception of this declaration, which is then placed first */
    StrMap by_name = {0};
    uint8_t *state = ARENA_ARRAY(C->arena, uint8_t, n_pending ? n_pending : 1); /* 0 new, 1 busy, 2 done */
    uint32_t *stack = ARENA_ARRAY(C->arena, uint32_t, n_pending ? n_pending : 1);
    uint32_t *index = ARENA_ARRAY(C->arena, uint32_t, n_pending ? n_pending : 1); /* by_name's values */
    for (uint32_t k = 0; k < n_pending; k++) {
        index[k] = k;
        if (!strmap_get(&by_name, pending[k]->name)) strmap_put(C->arena, &by_name, pending[k]->name, &index[k]);
    }
    for (uint32_t k = 0; k < n_pending; k++) {
        if (state[k]) continue;
        uint32_t sp = 0;
        stack[sp++] = k;
        state[k] = 1;
        while (sp) {
            uint32_t top = stack[sp - 1];
            AstNode *r = pending[top];
            const char *target = r->d->name;
            RuleLink *at = strmap_get(&b->names, target);
            uint32_t *dep = strmap_get(&by_name, target);
            uint32_t d = dep ? *dep : 0;
            if (!at && dep && state[d] == 0 && strcmp(target, r->name) != 0) {
                state[d] = 1;
                stack[sp++] = d;
                continue;
            }
            sp--;
            state[top] = 2;
            if (strcmp(target, r->name) == 0) {
                diag_error(C->diag, r->d->span, "rule '%s' cannot be an exception to itself", r->name);
            } else if (at) {
                r->d->ref = at->rule;
                if (rule_name_ok(C, b, decl, r)) add_version(C, b, link_before(C, b, at, r));
            } else if (dep && state[d] == 1) {
                diag_error(C->diag, r->d->span, "rules '%s' and '%s' are exceptions to each other, directly or not", r->name, target);
            } else if (dep) {
                /* its target could not be placed: reported there */
            } else if (diag_error(C->diag, r->d->span, "'exception to %s' names no rule of decision '%s'", target, b->typed->name)) {
                const char **names;
                size_t n = rule_names(C, b, &names);
                hint_suggest(C, target, names, n);
            }
        }
    }
    if (decl->b) {
        b->otherwise = decl->b;
        b->otherwise_module = decl->decl ? decl->decl->module : NULL;
    }
}

/* Turns 'b''s list into the array CheckedDecision holds. */
static void flatten(Checker *C, DecisionBuild *b)
{
    b->rules = ARENA_ARRAY(C->arena, AstNode *, b->n_rules ? b->n_rules : 1);
    uint32_t n = 0;
    for (RuleLink *l = b->head; l && n < b->n_rules; l = l->next) b->rules[n++] = l->rule;
    b->n_rules = n;
}

static DecisionBuild *new_build(Checker *C, AstNode *typed)
{
    DecisionBuild *b = ARENA_NEW(C->arena, DecisionBuild);
    b->typed = typed;
    info_of(C, typed)->decision = b;
    place_rules(C, b, typed);
    return b;
}

/* Enters declaration 'd' of module number 'pos' (0: the base) of family 'f'. */
static void enter(Checker *C, Family *f, uint32_t pos, AstNode *d)
{
    Module *m = f->chain[pos];
    AstNode *old = strmap_get(&f->scope, d->name);
    Info *di = info_of(C, d);
    di->module = m;
    if (d->kind == AST_DECISION && !d->a) {
        /* adds rules to the decision of that name */
        if (d->flags & AST_F_OVERRIDE) {
            diag_error(C->diag, d->name_span, "'override decision %s' needs the decision's type", d->name);
            diag_hint(C->diag, "write 'override decision %s: TYPE', or leave out 'override' to add rules", d->name);
            return;
        }
        if (!old || old->kind != AST_DECISION) {
            if (old) {
                if (diag_error(C->diag, d->name_span, "'%s' is a %s, not a decision", d->name, kind_word(old)))
                    diag_note(C->diag, old->name_span, "'%s' is declared here", d->name);
            } else if (diag_error(C->diag, d->name_span, "decision '%s' has no type and there is no decision '%s' to add rules to", d->name, d->name)) {
                const char **names;
                size_t n = scope_names(C, &f->scope, d, &names);
                const char *s = diag_suggest(d->name, names, n);
                if (s) diag_hint(C->diag, "did you mean '%s'?", s);
                else diag_hint(C->diag, "give it a type: 'decision %s: TYPE'", d->name);
            }
            return;
        }
        d->ref = old;
        Info *oi = info_of(C, old);
        if (oi->decision) place_rules(C, oi->decision, d);
        return;
    }
    if (d->flags & AST_F_OVERRIDE) {
        const char *word = override_word(d);
        if (!old) {
            if (pos == 0 && m->base) {
                /* its 'extends' was refused (reported there) */
            } else if (pos == 0) {
                diag_error(C->diag, d->name_span, "'override' in a module that extends nothing");
                diag_hint(C->diag, "write 'extends MODULE' to make a variant, or leave out 'override'");
            } else if (diag_error(C->diag, d->name_span, "'override' names nothing: there is no inherited %s '%s'", word ? word : kind_word(d), d->name)) {
                const char **names;
                size_t n = scope_names(C, &f->scope, d, &names);
                hint_suggest(C, d->name, names, n);
            }
            strmap_put(C->arena, &f->scope, d->name, d);
            if (d->kind == AST_DECISION) new_build(C, d);
            return;
        }
        Module *om = old->decl ? old->decl->module : NULL;
        if (old->kind != d->kind) {
            if (diag_error(C->diag, d->name_span, "'%s' is a %s, not a %s", d->name, kind_word(old), kind_word(d)))
                diag_note(C->diag, old->name_span, "'%s' is declared here", d->name);
            return;
        }
        if (om == m) {
            if (diag_error(C->diag, d->name_span, "'override' replaces an inherited declaration, but '%s' is declared in this module", d->name))
                diag_note(C->diag, old->name_span, "'%s' is declared here", d->name);
            return;
        }
        info_of(C, old)->replaced_by = d;
        strmap_put(C->arena, &f->scope, d->name, d);
        if (d->kind == AST_DECISION) new_build(C, d);
        return;
    }
    if (old) {
        Module *om = old->decl ? old->decl->module : NULL;
        if (om == m) {
            if (diag_error(C->diag, d->name_span, "'%s' is declared twice", d->name))
                diag_note(C->diag, old->name_span, "first declared here");
        } else if (diag_error(C->diag, d->name_span, "'%s' is inherited from '%s'", d->name, om ? om->name : "?")) {
            diag_note(C->diag, old->name_span, "the inherited %s", kind_word(old));
            const char *word = override_word(old);
            if (word && old->kind == d->kind && d->kind == AST_DECISION)
                diag_hint(C->diag, "write 'override decision %s' to replace it, or leave out the type to add rules to it", d->name);
            else if (word && old->kind == d->kind)
                diag_hint(C->diag, "write 'override %s %s' to replace it", word, d->name);
            else
                diag_hint(C->diag, "choose another name");
        }
        return;
    }
    strmap_put(C->arena, &f->scope, d->name, d);
    if (d->kind == AST_ENUM || d->kind == AST_VARIANT) add_members(C, f, d);
    if (d->kind == AST_DECISION) new_build(C, d);
}

/* Adds 'u' to 's''s bare-visible modules unless already there. */
static void add_vis(Checker *C, ModScope *s, Module *u, uint32_t cap)
{
    (void)C;
    for (uint32_t k = 0; k < s->n_vis; k++)
        if (s->vis[k] == u) return;
    if (s->n_vis < cap) s->vis[s->n_vis++] = u;
}

void resolve_scopes(Checker *C)
{
    Program *p = C->p;
    PtrMap extender = {0};
    for (uint32_t k = 0; k < p->n_modules; k++) {
        Module *m = p->modules[k];
        ModScope *s = ARENA_NEW(C->arena, ModScope);
        s->m = m;
        ptrmap_put(C->arena, &C->scopes, m, s);
        if (!m->base) continue;
        Module *other = ptrmap_get(&extender, m->base);
        if (other) {
            AstNode *ext = NULL;
            for (uint32_t d = 0; d < m->root->n_items; d++)
                if (m->root->items[d]->kind == AST_EXTENDS) ext = m->root->items[d];
            if (diag_error(C->diag, ext ? ext->name_span : SPAN_NONE,
                           "'%s' is extended by both '%s' and '%s'", m->base->name, other->name, m->name))
                diag_hint(C->diag, "a program holds one variant of a module; check each variant on its own");
            continue;
        }
        ptrmap_put(C->arena, &extender, m->base, m);
    }
    /* families: from each module that extends nothing (or whose base is
     * taken), follow the modules extending it */
    C->fams = ARENA_ARRAY(C->arena, Family *, p->n_modules ? p->n_modules : 1);
    for (uint32_t k = 0; k < p->n_modules; k++) {
        Module *m = p->modules[k];
        if (m->base && ptrmap_get(&extender, m->base) == m) continue;
        Family *f = ARENA_NEW(C->arena, Family);
        uint32_t n = 0;
        for (Module *x = m; x && n <= p->n_modules; x = ptrmap_get(&extender, x)) n++;
        f->chain = ARENA_ARRAY(C->arena, Module *, n);
        for (Module *x = m; x && f->n < n; x = ptrmap_get(&extender, x)) {
            f->chain[f->n++] = x;
            scope_of(C, x)->fam = f;
        }
        C->fams[C->n_fams++] = f;
    }
    for (uint32_t k = 0; k < C->n_fams && !diag_full(C->diag); k++) {
        Family *f = C->fams[k];
        for (uint32_t pos = 0; pos < f->n; pos++) {
            AstNode *root = f->chain[pos]->root;
            for (uint32_t d = 0; d < root->n_items && !diag_full(C->diag); d++) {
                AstNode *n = root->items[d];
                if (n && n->decl) n->decl->module = f->chain[pos];
                if (n && is_named_decl(n)) enter(C, f, pos, n);
            }
        }
    }
    for (uint32_t k = 0; k < p->n_modules; k++) {
        AstNode *root = p->modules[k]->root;
        for (uint32_t d = 0; d < root->n_items; d++) {
            Info *in = info_find(C, root->items[d]);
            if (in && in->decision) flatten(C, in->decision);
        }
    }
    /* visible modules and qualifiers: a module's own uses, then its bases' */
    for (uint32_t k = 0; k < p->n_modules; k++) {
        Module *m = p->modules[k];
        ModScope *s = scope_of(C, m);
        uint32_t cap = 0;
        for (Module *x = m; x && cap < 100000; x = x->base) cap += x->n_uses;
        s->vis = ARENA_ARRAY(C->arena, Module *, cap ? cap : 1);
        int depth = 0;
        for (Module *x = m; x && depth <= (int)p->n_modules; x = x->base, depth++) {
            for (uint32_t u = 0; u < x->n_uses; u++) {
                Module *used = x->uses[u];
                AstNode *ud = x->use_decls[u];
                if (!used || !ud) continue;
                const char *q = ud->a && ud->a->name ? ud->a->name : ud->name;
                if (!strmap_get(&s->quals, q)) strmap_put(C->arena, &s->quals, q, used);
                if (!ud->a) add_vis(C, s, used, cap);
            }
        }
    }
}

AstNode *lookup_in_module(Checker *C, Module *target, const char *name)
{
    Family *f = family_of(C, target);
    return f ? strmap_get(&f->scope, name) : NULL;
}

AstNode *lookup_decl(Checker *C, Module *m, const char *name, AstNode **other)
{
    if (other) *other = NULL;
    ModScope *s = scope_of(C, m);
    if (!s || !s->fam) return NULL;
    AstNode *d = strmap_get(&s->fam->scope, name);
    if (d) return d;
    AstNode *found = NULL;
    for (uint32_t k = 0; k < s->n_vis; k++) {
        AstNode *x = lookup_in_module(C, s->vis[k], name);
        if (!x) continue;
        if (!found) found = x;
        else if (x != found && other && !*other) *other = x;
    }
    return found;
}

MemberList *lookup_member(Checker *C, Module *m, const char *name)
{
    ModScope *s = scope_of(C, m);
    if (!s || !s->fam) return NULL;
    MemberList *l = strmap_get(&s->fam->members, name);
    if (l) return l;
    /* usually one used module has it: return its list as it is */
    MemberList *one = NULL;
    uint32_t n_found = 0;
    for (uint32_t k = 0; k < s->n_vis; k++) {
        Family *f = family_of(C, s->vis[k]);
        MemberList *x = f && f != s->fam ? strmap_get(&f->members, name) : NULL;
        if (x && x != one) {
            one = x;
            n_found++;
        }
    }
    if (n_found <= 1) return one;
    MemberList *all = NULL;
    for (uint32_t k = 0; k < s->n_vis; k++) {
        Family *f = family_of(C, s->vis[k]);
        if (!f || f == s->fam) continue;
        for (MemberList *x = strmap_get(&f->members, name); x; x = x->next) {
            int dup = 0;
            for (MemberList *y = all; y; y = y->next)
                if (y->node == x->node) dup = 1;
            if (dup) continue;
            MemberList *c = ARENA_NEW(C->arena, MemberList);
            *c = *x;
            c->next = all;
            all = c;
        }
    }
    return all;
}

const char *qualified_suggestion(Checker *C, Module *m, const char *name)
{
    ModScope *s = scope_of(C, m);
    if (!s) return NULL;
    for (uint32_t k = 0; k < s->quals.cap; k++) {
        if (!s->quals.keys[k]) continue;
        if (lookup_in_module(C, s->quals.vals[k], name)) return arena_printf(C->arena, "%s.%s", s->quals.keys[k], name);
    }
    return NULL;
}

Module *lookup_qualifier(Checker *C, Module *m, const char *q)
{
    ModScope *s = scope_of(C, m);
    return s ? strmap_get(&s->quals, q) : NULL;
}

size_t visible_names(Checker *C, Module *m, const char ***out)
{
    ModScope *s = scope_of(C, m);
    size_t cap = 0;
    if (s && s->fam) cap += s->fam->scope.n + s->fam->members.n;
    for (uint32_t k = 0; s && k < s->n_vis; k++) {
        Family *f = family_of(C, s->vis[k]);
        if (f) cap += f->scope.n + f->members.n;
    }
    const char **names = ARENA_ARRAY(C->arena, const char *, cap ? cap : 1);
    size_t n = 0;
    const StrMap *maps[2];
    for (uint32_t k = 0; s && k <= s->n_vis; k++) {
        Family *f = k == 0 ? s->fam : family_of(C, s->vis[k - 1]);
        if (!f) continue;
        maps[0] = &f->scope;
        maps[1] = &f->members;
        for (int w = 0; w < 2; w++)
            for (uint32_t j = 0; j < maps[w]->cap && n < cap; j++)
                if (maps[w]->keys[j]) names[n++] = maps[w]->keys[j];
    }
    *out = names;
    return n;
}

/* ---- type nodes --------------------------------------------------------------------- */

static const struct {
    const char *name;
    TypeKind kind;
} prim_names[] = {
    {"bool", TYPE_BOOL}, {"int", TYPE_INT}, {"decimal", TYPE_DECIMAL}, {"money", TYPE_MONEY},
    {"percent", TYPE_PERCENT}, {"date", TYPE_DATE}, {"duration", TYPE_DURATION}, {"text", TYPE_TEXT},
};

static int is_type_decl(const AstNode *d)
{
    return d && (d->kind == AST_ENUM || d->kind == AST_VARIANT || d->kind == AST_RECORD ||
                 d->kind == AST_INPUT || d->kind == AST_TABLE);
}

/* The nominal type of type declaration 'd' (a row type for an input or table). */
static Type *decl_type(Checker *C, AstNode *d)
{
    Info *in = info_of(C, d);
    if (!in->nominal) {
        TypeKind k = d->kind == AST_ENUM ? TYPE_ENUM : d->kind == AST_VARIANT ? TYPE_VARIANT
                   : d->kind == AST_RECORD ? TYPE_RECORD : d->kind == AST_BUDGET ? TYPE_BUDGET : TYPE_ROW;
        in->nominal = nominal(C, k, d);
        if (k == TYPE_ROW) {
            in->table = nominal(C, TYPE_TABLE, d);
            in->table->elem = in->nominal;
        }
    }
    return in->nominal;
}

static void unknown_type(Checker *C, Module *m, AstNode *n, const char *name)
{
    if (!diag_error(C->diag, n->span, "unknown type '%s'", n->name)) return;
    const char **names;
    size_t nv = visible_names(C, m, &names);
    const char **cands = ARENA_ARRAY(C->arena, const char *, nv + 8);
    size_t nc = 0;
    for (size_t k = 0; k < sizeof prim_names / sizeof prim_names[0]; k++) cands[nc++] = prim_names[k].name;
    for (size_t k = 0; k < nv; k++) {
        AstNode *other;
        if (is_type_decl(lookup_decl(C, m, names[k], &other))) cands[nc++] = names[k];
    }
    hint_suggest(C, name, cands, nc);
}

Type *resolve_type(Checker *C, Module *m, AstNode *n)
{
    if (!n) return prim(C, TYPE_ERROR);
    if (n->type) return n->type;
    switch (n->kind) {
    case AST_TYPE_SET: case AST_TYPE_LIST: {
        Type *elem = resolve_type(C, m, n->a);
        n->type = type_container(C, n->kind == AST_TYPE_SET ? TYPE_SET : TYPE_LIST, elem);
        return n->type;
    }
    case AST_TYPE_NAME: break;
    default:
        n->type = prim(C, TYPE_ERROR);
        return n->type;
    }
    const char *name = n->name ? n->name : "";
    for (size_t k = 0; k < sizeof prim_names / sizeof prim_names[0]; k++)
        if (strcmp(name, prim_names[k].name) == 0) return n->type = prim(C, prim_names[k].kind);
    AstNode *d = NULL, *other = NULL;
    const char *dot = strrchr(name, '.');
    if (dot) {
        const char *q = arena_strndup(C->arena, name, (size_t)(dot - name));
        Module *qm = lookup_qualifier(C, m, q);
        if (!qm) {
            if (diag_error(C->diag, n->span, "unknown module '%s' in type '%s'", q, name))
                diag_hint(C->diag, "a qualified name needs 'use %s' (or 'use MODULE as %s')", q, q);
            return n->type = prim(C, TYPE_ERROR);
        }
        d = lookup_in_module(C, qm, dot + 1);
        if (!d) {
            if (diag_error(C->diag, n->span, "module '%s' has no type '%s'", qm->name, dot + 1)) {
                Family *f = family_of(C, qm);
                const char **names;
                size_t nn = f ? scope_names(C, &f->scope, NULL, &names) : 0;
                size_t keep = 0;
                for (size_t k = 0; k < nn; k++)
                    if (is_type_decl(strmap_get(&f->scope, names[k]))) names[keep++] = names[k];
                if (keep) hint_suggest(C, dot + 1, names, keep);
            }
            return n->type = prim(C, TYPE_ERROR);
        }
    } else {
        d = lookup_decl(C, m, name, &other);
        if (d && other && is_type_decl(other)) {
            if (diag_error(C->diag, n->span, "'%s' is ambiguous: '%s' and '%s' both declare it", name,
                           d->decl && d->decl->module ? d->decl->module->name : "?",
                           other->decl && other->decl->module ? other->decl->module->name : "?"))
                diag_hint(C->diag, "qualify it: '%s.%s' or '%s.%s'", d->decl && d->decl->module ? d->decl->module->name : "?",
                          name, other->decl && other->decl->module ? other->decl->module->name : "?", name);
            return n->type = prim(C, TYPE_ERROR);
        }
    }
    if (!d) {
        unknown_type(C, m, n, dot ? dot + 1 : name);
        return n->type = prim(C, TYPE_ERROR);
    }
    if (!is_type_decl(d)) {
        if (diag_error(C->diag, n->span, "'%s' is a %s, not a type", name, kind_word(d)))
            diag_note(C->diag, d->name_span, "'%s' is declared here", d->name);
        return n->type = prim(C, TYPE_ERROR);
    }
    n->ref = d;
    return n->type = decl_type(C, d);
}

/* Gives each item of 'd' its Info (parent, index) and enters it in the
 * name map 'map', reporting duplicates as "'x' is listed twice in 'd'". */
static void index_items(Checker *C, AstNode *d, StrMap *map, const char *what)
{
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *it = d->items[k];
        if (!it || !it->name) continue;
        Info *in = info_of(C, it);
        in->parent = d;
        in->index = (int)k;
        if (!map) continue;
        AstNode *prev = strmap_get(map, it->name);
        if (prev) {
            if (diag_error(C->diag, it->name_span, "%s '%s' is listed twice in '%s'", what, it->name, d->name ? d->name : "?"))
                diag_note(C->diag, prev->name_span, "first listed here");
            continue;
        }
        strmap_put(C->arena, map, it->name, it);
    }
}

/* Field types and the field map of an input, table or record. */
static void resolve_fields(Checker *C, Module *m, AstNode *d)
{
    Info *in = info_of(C, d);
    index_items(C, d, &in->fields, "field");
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *f = d->items[k];
        if (!f) continue;
        info_of(C, f)->type = resolve_type(C, m, f->a);
    }
}

/* The key columns of table 'd': 'key (a, b)' or the fields marked 'key'. */
static void resolve_table_key(Checker *C, AstNode *d)
{
    Info *in = info_of(C, d);
    AstNode *list = d->kind == AST_TABLE ? d->a : NULL;
    if (list) {
        for (uint32_t k = 0; k < list->n_items; k++) {
            AstNode *id = list->items[k];
            if (!id || !id->name) continue;
            AstNode *f = strmap_get(&in->fields, id->name);
            if (!f) {
                if (diag_error(C->diag, id->span, "table '%s' has no field '%s' to be its key", d->name, id->name)) {
                    const char **names;
                    size_t n = scope_names(C, &in->fields, NULL, &names);
                    hint_suggest(C, id->name, names, n);
                }
                continue;
            }
            id->ref = f;
            int dup = 0;
            for (uint32_t j = 0; j < in->n_keys; j++)
                if (in->key_fields[j] == f) dup = 1;
            if (dup) {
                diag_error(C->diag, id->span, "'%s' is named twice in the key of '%s'", id->name, d->name);
                continue;
            }
            if (in->n_keys == GRIP_MAX_TABLE_KEY) {
                diag_error(C->diag, id->span, "a key has at most %d columns", GRIP_MAX_TABLE_KEY);
                continue;
            }
            in->key_fields[in->n_keys++] = f;
        }
        return;
    }
    for (uint32_t k = 0; k < d->n_items; k++) {
        AstNode *f = d->items[k];
        if (!f || !(f->flags & AST_F_KEY)) continue;
        if (in->n_keys == GRIP_MAX_TABLE_KEY) {
            diag_error(C->diag, f->span, "a key has at most %d columns", GRIP_MAX_TABLE_KEY);
            break;
        }
        in->key_fields[in->n_keys++] = f;
    }
}

static Type *func_type(Checker *C, AstNode *decl, AstNode **params, uint32_t n, Type *result)
{
    Type *t = ARENA_NEW(C->arena, Type);
    t->kind = TYPE_FUNC;
    t->decl = decl;
    t->result = result;
    t->n_params = n;
    t->params = ARENA_ARRAY(C->arena, Type *, n ? n : 1);
    for (uint32_t k = 0; k < n; k++) t->params[k] = params[k] ? info_of(C, params[k])->type : prim(C, TYPE_ERROR);
    return t;
}

/* Resolves the types of declaration 'd' of module 'm'. */
static void resolve_decl_types(Checker *C, Module *m, AstNode *d)
{
    Info *in = info_of(C, d);
    if (in->types_done) return;
    in->types_done = 1;
    switch (d->kind) {
    case AST_ENUM:
        index_items(C, d, &in->fields, "member");
        in->type = decl_type(C, d);
        break;
    case AST_VARIANT: {
        Type *vt = decl_type(C, d);
        in->type = vt;
        index_items(C, d, &in->cases, "case");
        for (uint32_t k = 0; k < d->n_items; k++) {
            AstNode *c = d->items[k];
            if (!c) continue;
            index_items(C, c, NULL, "field");
            StrMap seen = {0};
            for (uint32_t j = 0; j < c->n_items; j++) {
                AstNode *f = c->items[j];
                if (!f || !f->name) continue;
                info_of(C, f)->type = resolve_type(C, m, f->a);
                if (strmap_get(&seen, f->name)) {
                    diag_error(C->diag, f->name_span, "case '%s' has two fields called '%s'", c->name, f->name);
                    continue;
                }
                strmap_put(C->arena, &seen, f->name, f);
                AstNode *first = strmap_get(&in->fields, f->name);
                if (!first) {
                    strmap_put(C->arena, &in->fields, f->name, f);
                } else if (!type_equal(info_of(C, first)->type, info_of(C, f)->type) &&
                           info_of(C, first)->type->kind != TYPE_ERROR && info_of(C, f)->type->kind != TYPE_ERROR) {
                    if (diag_error(C->diag, f->a ? f->a->span : f->span, "payload field '%s' is %s here but %s in another case",
                                   f->name, type_name(C->arena, info_of(C, f)->type), type_name(C->arena, info_of(C, first)->type)))
                        diag_note(C->diag, first->span, "'%s' is declared here", first->name);
                }
            }
            Info *ci = info_of(C, c);
            ci->type = c->n_items ? func_type(C, c, c->items, c->n_items, vt) : vt;
        }
        break;
    }
    case AST_RECORD:
        in->type = decl_type(C, d);
        resolve_fields(C, m, d);
        break;
    case AST_INPUT: case AST_TABLE:
        in->type = decl_type(C, d);
        resolve_fields(C, m, d);
        resolve_table_key(C, d);
        if (d->kind == AST_INPUT && d->a && d->a->name) {
            AstNode *f = strmap_get(&in->fields, d->a->name);
            if (!f) {
                if (diag_error(C->diag, d->a->span, "input '%s' has no field '%s' to be dated by", d->name, d->a->name)) {
                    const char **names;
                    size_t n = scope_names(C, &in->fields, NULL, &names);
                    hint_suggest(C, d->a->name, names, n);
                }
            } else {
                d->a->ref = f;
                Type *ft = info_of(C, f)->type;
                if (ft && ft->kind != TYPE_DATE && ft->kind != TYPE_ERROR &&
                    diag_error(C->diag, d->a->span, "'dated by' needs a date field, but '%s' is %s", f->name, type_name(C->arena, ft)))
                    diag_note(C->diag, f->span, "'%s' is declared here", f->name);
            }
        }
        break;
    case AST_PARAMETER:
        in->type = resolve_type(C, m, d->a);
        break;
    case AST_DEF:
        for (uint32_t k = 0; k < d->n_items; k++)
            if (d->items[k]) info_of(C, d->items[k])->type = resolve_type(C, m, d->items[k]->a);
        index_items(C, d, NULL, "parameter");
        {
            StrMap seen = {0};
            for (uint32_t k = 0; k < d->n_items; k++) {
                AstNode *pa = d->items[k];
                if (!pa || !pa->name) continue;
                AstNode *prev = strmap_get(&seen, pa->name);
                if (prev) {
                    if (diag_error(C->diag, pa->name_span, "parameter '%s' is listed twice", pa->name))
                        diag_note(C->diag, prev->name_span, "first listed here");
                    continue;
                }
                strmap_put(C->arena, &seen, pa->name, pa);
            }
        }
        in->type = resolve_type(C, m, d->a);
        if (d->flags & AST_F_FUNCTION) in->nominal = func_type(C, d, d->items, d->n_items, in->type);
        break;
    case AST_DECISION:
        if (d->a) in->type = resolve_type(C, m, d->a);
        break;
    case AST_BUDGET:
        in->type = decl_type(C, d);
        break;
    case AST_SERIES:
        index_items(C, d, &in->fields, "column");
        for (uint32_t k = 0; k < d->n_items; k++)
            if (d->items[k]) info_of(C, d->items[k])->type = resolve_type(C, m, d->items[k]->a);
        break;
    case AST_REPORT: case AST_OUTPUT:
        index_items(C, d, &in->fields, "column");
        break;
    default:
        break;
    }
}

/* An override keeps the type of what it replaces. */
static void check_override_type(Checker *C, AstNode *old, AstNode *d)
{
    Info *oi = info_of(C, old), *di = info_of(C, d);
    if (old->kind == AST_TABLE) return; /* uses of its fields are checked against the override */
    Type *ot = oi->nominal && oi->nominal->kind == TYPE_FUNC ? oi->nominal : oi->type;
    Type *dt = di->nominal && di->nominal->kind == TYPE_FUNC ? di->nominal : di->type;
    if (!ot || !dt || ot->kind == TYPE_ERROR || dt->kind == TYPE_ERROR) return;
    if ((old->flags & AST_F_FUNCTION) != (d->flags & AST_F_FUNCTION) || !type_equal(ot, dt)) {
        AstNode *at = d->a ? d->a : d;
        if (diag_error(C->diag, at->span, "the override of '%s' must keep its type: %s, not %s", d->name,
                       type_name(C->arena, ot), type_name(C->arena, dt)))
            diag_note(C->diag, old->name_span, "the inherited %s", kind_word(old));
        /* its uses and its value are then not checked against either type */
        di->type = prim(C, TYPE_ERROR);
        if (di->nominal && di->nominal->kind == TYPE_FUNC) di->nominal = prim(C, TYPE_ERROR);
    }
}

/* A declaration named like a field of the input would be hidden by the
 * field wherever the row is in scope: one name, two meanings. */
static void check_field_clashes(Checker *C)
{
    Info *ii = info_of(C, C->input);
    for (uint32_t k = 0; k < C->p->n_modules; k++) {
        AstNode *root = C->p->modules[k]->root;
        for (uint32_t j = 0; j < root->n_items; j++) {
            AstNode *d = root->items[j];
            Info *di = info_find(C, d);
            if (!d->name || !di || di->replaced_by || (d->kind == AST_DECISION && !d->a)) continue;
            if (d->kind != AST_DEF && d->kind != AST_PARAMETER && d->kind != AST_DECISION && d->kind != AST_TABLE &&
                d->kind != AST_BUDGET)
                continue;
            AstNode *f = strmap_get(&ii->fields, d->name);
            if (f && diag_error(C->diag, d->name_span, "'%s' is also a field of the input '%s'", d->name, C->input->name)) {
                diag_note(C->diag, f->name_span, "the field '%s'", f->name);
                diag_hint(C->diag, "where the row is in scope the field would hide the %s: rename one", kind_word(d));
            }
        }
    }
}

void resolve_types(Checker *C)
{
    Program *p = C->p;
    /* nominal types first: fields may name types declared further down */
    for (uint32_t k = 0; k < p->n_modules; k++) {
        AstNode *root = p->modules[k]->root;
        for (uint32_t d = 0; d < root->n_items; d++)
            if (is_type_decl(root->items[d]) || root->items[d]->kind == AST_BUDGET) decl_type(C, root->items[d]);
    }
    for (uint32_t k = 0; k < p->n_modules && !diag_full(C->diag); k++) {
        Module *m = p->modules[k];
        AstNode *root = m->root;
        for (uint32_t d = 0; d < root->n_items && !diag_full(C->diag); d++) resolve_decl_types(C, m, root->items[d]);
    }
    for (uint32_t k = 0; k < p->n_modules && !diag_full(C->diag); k++) {
        AstNode *root = p->modules[k]->root;
        for (uint32_t d = 0; d < root->n_items; d++) {
            AstNode *n = root->items[d];
            Info *in = info_find(C, n);
            if (in && in->replaced_by) check_override_type(C, n, in->replaced_by);
            if (n->kind == AST_INPUT) {
                if (C->input && C->input != n) {
                    if (diag_error(C->diag, n->name_span, "a program has one input, but '%s' is a second", n->name))
                        diag_note(C->diag, C->input->name_span, "the input '%s' is declared here", C->input->name);
                } else {
                    C->input = n;
                }
            }
        }
    }
    if (C->input && !diag_full(C->diag)) check_field_clashes(C);
}

/* ---- the CheckedProgram ---------------------------------------------------------------- */

typedef struct List {
    AstNode **items;
    uint32_t n, cap;
} List;

static void list_push(Checker *C, List *l, AstNode *n)
{
    if (l->n == l->cap) {
        uint32_t cap = l->cap ? l->cap * 2 : 8;
        AstNode **items = ARENA_ARRAY(C->arena, AstNode *, cap);
        if (l->n) memcpy(items, l->items, sizeof *items * l->n);
        l->items = items;
        l->cap = cap;
    }
    l->items[l->n++] = n;
}

struct CheckIndex {
    PtrMap info; /* node -> Info: a copy of the checker's map, taken when it is complete */
};

void build_program(Checker *C)
{
    CheckedProgram *cp = C->cp;
    List tables = {0}, params = {0}, defs = {0}, funcs = {0}, decisions = {0}, budgets = {0};
    List allocs = {0}, series = {0}, reports = {0}, outputs = {0}, tests = {0};
    List enums = {0}, variants = {0}, records = {0};
    Program *p = C->p;
    for (uint32_t k = 0; k < p->n_modules; k++) {
        AstNode *root = p->modules[k]->root;
        for (uint32_t d = 0; d < root->n_items; d++) {
            AstNode *n = root->items[d];
            if (n->flags & AST_F_OVERRIDE) continue; /* in the place of what it replaces */
            if (n->kind == AST_DECISION && !n->a) continue;
            AstNode *e = effective(C, n);
            List *l = NULL;
            switch (e->kind) {
            case AST_TABLE: l = &tables; break;
            case AST_PARAMETER: l = &params; break;
            case AST_DEF: l = e->flags & AST_F_FUNCTION ? &funcs : &defs; break;
            case AST_DECISION: l = &decisions; break;
            case AST_BUDGET: l = &budgets; break;
            case AST_ALLOCATION: l = &allocs; break;
            case AST_SERIES: l = &series; break;
            case AST_REPORT: l = &reports; break;
            case AST_OUTPUT: l = &outputs; break;
            case AST_TEST: l = &tests; break;
            case AST_ENUM: l = &enums; break;
            case AST_VARIANT: l = &variants; break;
            case AST_RECORD: l = &records; break;
            default: break;
            }
            if (!l) continue;
            info_of(C, e)->index = (int)l->n;
            list_push(C, l, e);
        }
    }
    cp->input = C->input;
    cp->input_row = C->input ? info_of(C, C->input)->nominal : NULL;
    cp->tables = tables.items, cp->n_tables = tables.n;
    cp->parameters = params.items, cp->n_parameters = params.n;
    cp->defs = defs.items, cp->n_defs = defs.n;
    cp->functions = funcs.items, cp->n_functions = funcs.n;
    cp->allocations = allocs.items, cp->n_allocations = allocs.n;
    cp->series = series.items, cp->n_series = series.n;
    cp->reports = reports.items, cp->n_reports = reports.n;
    cp->outputs = outputs.items, cp->n_outputs = outputs.n;
    cp->tests = tests.items, cp->n_tests = tests.n;
    cp->enums = enums.items, cp->n_enums = enums.n;
    cp->variants = variants.items, cp->n_variants = variants.n;
    cp->records = records.items, cp->n_records = records.n;
    cp->decisions = ARENA_ARRAY(C->arena, CheckedDecision, decisions.n ? decisions.n : 1);
    cp->n_decisions = decisions.n;
    for (uint32_t k = 0; k < decisions.n; k++) {
        Info *in = info_of(C, decisions.items[k]);
        DecisionBuild *b = in->decision;
        CheckedDecision *cd = &cp->decisions[k];
        cd->decl = decisions.items[k];
        cd->type = in->type;
        cd->unique = (cd->decl->flags & AST_F_UNIQUE) != 0;
        cd->rules = b ? b->rules : NULL;
        cd->n_rules = b ? b->n_rules : 0;
        cd->otherwise = b ? b->otherwise : NULL;
        if (b) b->index = k;
    }
    cp->budgets = ARENA_ARRAY(C->arena, CheckedBudget, budgets.n ? budgets.n : 1);
    cp->n_budgets = budgets.n;
    for (uint32_t k = 0; k < budgets.n; k++) {
        Info *in = info_of(C, budgets.items[k]);
        cp->budgets[k].decl = budgets.items[k];
        cp->budgets[k].key_uses = in->key_uses;
        cp->budgets[k].n_key_uses = in->n_key_uses;
    }
    Family *mf = C->p->main ? family_of(C, C->p->main) : NULL;
    if (mf) {
        /* the main module and the modules it extends: the chain up to main */
        uint32_t n = 0;
        while (n < mf->n && mf->chain[n] != C->p->main) n++;
        cp->main_family = mf->chain;
        cp->n_main_family = n < mf->n ? n + 1 : mf->n;
    }
    cp->index = ARENA_NEW(C->arena, struct CheckIndex);
    cp->index->info = C->info; /* the checker adds no Info after this */
}

int check_index(const CheckedProgram *cp, const AstNode *node)
{
    if (!cp || !cp->index || !node) return -1;
    const Info *in = ptrmap_get(&cp->index->info, node);
    return in ? in->index : -1;
}

int check_is_main(const CheckedProgram *cp, const AstNode *decl)
{
    if (!cp || !decl || !decl->decl) return 0;
    for (uint32_t k = 0; k < cp->n_main_family; k++)
        if (cp->main_family[k] == decl->decl->module) return 1;
    return 0;
}
