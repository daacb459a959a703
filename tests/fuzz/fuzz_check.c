/* SPDX-License-Identifier: MIT
 * fuzz_check.c - libFuzzer target for the checker: the bytes are split at
 * each line "===" into up to three modules 'a', 'b' and the main policy;
 * each is parsed, a 'use' or 'extends' naming an earlier one is linked
 * (the loader's job, done here without files), and a program whose files
 * parsed cleanly is checked (lang_check: module structure, names, types,
 * dependencies).  Diagnostics are rendered to /dev/null and everything is
 * freed; any crash, leak, hang or sanitizer report is a bug (add the input
 * to tests/regress/).
 *
 * Build (tests/fuzz/build.sh does this for every target):
 *   clang -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -fsanitize=fuzzer,address,undefined \
 *         -I. -Ibuild/fuzz -o build/fuzz/fuzz_check tests/fuzz/fuzz_check.c $(ls lang/[a-z]*.c runtime/[a-z]*.c)
 * Run with the policies and goldens as seeds:
 *   build/fuzz/fuzz_check -max_total_time=300 build/fuzz/corpus-check tests/golden tests/errors
 */
#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "../../lang/check.h"
#include "../../lang/module.h"
#include "../../lang/parse.h"
#include "../../runtime/alloc.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

enum { MAX_PARTS = 3 };

/* Parses part 'k' ('len' bytes at 'text') as module 'name' of 'p'. */
static Module *add_module(Program *p, Diag *d, const char *name, const char *text, size_t len)
{
    uint32_t file = sources_add(&p->sources, arena_printf(&p->arena, "%s.grip", name), text, len);
    Module *m = ARENA_NEW(&p->arena, Module);
    m->name = name;
    m->path = sources_get(&p->sources, file)->path;
    m->file = file;
    m->root = parse_file(&p->arena, &p->sources, file, d);
    m->root->name = name;
    m->state = MODULE_DONE;
    for (uint32_t k = 0; k < m->root->n_items; k++) {
        AstNode *x = m->root->items[k];
        if (x->decl) x->decl->module = m;
        for (uint32_t r = 0; r < x->n_items; r++)
            if (x->items[r] && x->items[r]->decl) x->items[r]->decl->module = m;
    }
    return m;
}

/* Links 'm''s 'use' and 'extends' naming one of the 'n' modules before it. */
static void link(Program *p, Module *m, Module **before, uint32_t n)
{
    AstNode *root = m->root;
    m->uses = ARENA_ARRAY(&p->arena, Module *, root->n_items + 1);
    m->use_decls = ARENA_ARRAY(&p->arena, AstNode *, root->n_items + 1);
    for (uint32_t k = 0; k < root->n_items; k++) {
        AstNode *x = root->items[k];
        if (x->kind != AST_USE && x->kind != AST_EXTENDS) continue;
        Module *dep = NULL;
        for (uint32_t j = 0; j < n; j++)
            if (x->name && strcmp(x->name, before[j]->name) == 0) dep = before[j];
        if (!dep) continue;
        if (x->kind == AST_EXTENDS) {
            if (!m->base) m->base = dep;
            continue;
        }
        m->uses[m->n_uses] = dep;
        m->use_decls[m->n_uses] = x;
        m->n_uses++;
    }
}

static int is_expression(int kind)
{
    return kind >= AST_NAME && kind <= AST_AGGREGATE && kind != AST_IDENT;
}

/* Traps unless every expression under 'n' has a type other than
 * TYPE_ERROR: a clean program must be fully annotated. */
static void all_typed(const AstNode *n)
{
    if (!n) return;
    if (is_expression(n->kind) && (!n->type || n->type->kind == TYPE_ERROR)) __builtin_trap();
    /* the qualifier of a qualified name is no value */
    int qualified = n->kind == AST_DOT && n->ref && n->ref->kind != AST_FIELD && n->ref->kind != AST_PARAM;
    const AstNode *kids[5] = {qualified ? NULL : n->a, n->b, n->c, n->d, n->e};
    for (int k = 0; k < 5; k++) all_typed(kids[k]);
    for (uint32_t k = 0; k < n->n_items; k++) all_typed(n->items[k]);
}

/* Walks every effective declaration of a clean program (decisions by
 * their effective rules). */
static void check_annotations(const Program *p, const CheckedProgram *cp)
{
    for (uint32_t m = 0; m < p->n_modules; m++) {
        const AstNode *root = p->modules[m]->root;
        for (uint32_t k = 0; k < root->n_items; k++) {
            const AstNode *d = root->items[k];
            if (d->kind == AST_DECISION) continue;
            if (d->kind == AST_INPUT || check_index(cp, d) >= 0) all_typed(d);
        }
    }
    for (uint32_t k = 0; k < cp->n_decisions; k++) {
        for (uint32_t r = 0; r < cp->decisions[k].n_rules; r++) all_typed(cp->decisions[k].rules[r]);
        all_typed(cp->decisions[k].otherwise);
    }
}

/* Checks the 'size' bytes at 'data' (borrowed) as up to three modules; always 0. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20)) return 0; /* far above any policy; keeps runs fast */
    static const char *const names[MAX_PARTS] = {"a", "b", "main"};
    const char *text = (const char *)data;
    const char *part[MAX_PARTS];
    size_t len[MAX_PARTS], n = 0, start = 0;
    for (size_t k = 0; k + 4 <= size && n + 1 < MAX_PARTS; k++) {
        if (memcmp(text + k, "===\n", 4) != 0 || (k > 0 && text[k - 1] != '\n')) continue;
        part[n] = text + start;
        len[n++] = k - start;
        start = k + 4;
    }
    part[n] = text + start;
    len[n++] = size - start;

    Program *p = lang_new();
    Diag d;
    diag_init(&d, lang_sources(p));
    Module *mods[MAX_PARTS];
    /* the last part is the main policy; the ones before are 'a', 'b' */
    for (size_t k = 0; k < n; k++) {
        const char *name = k + 1 == n ? names[MAX_PARTS - 1] : names[k];
        mods[k] = add_module(p, &d, name, part[k], len[k]);
        link(p, mods[k], mods, (uint32_t)k);
    }
    p->modules = xmalloc(sizeof *p->modules * n);
    p->cap_modules = n;
    for (size_t k = 0; k < n; k++) p->modules[k] = mods[k];
    p->n_modules = (uint32_t)n;
    p->main = mods[n - 1];
    if (diag_errors(&d) == 0) {
        lang_check(p, &d);
        /* a clean program is fully annotated */
        if (p->checked) check_annotations(p, p->checked);
    }
    FILE *sink = fopen("/dev/null", "w");
    if (sink) {
        diag_render(&d, sink);
        fclose(sink);
    }
    diag_free(&d);
    lang_free(p);
    return 0;
}
