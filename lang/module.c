/* SPDX-License-Identifier: MIT
 * module.c - loading a policy and its modules (see module.h) and the lang.h
 * entry points built on it.
 *
 * Loading is a depth-first walk over 'use' and 'extends' declarations.  A
 * module is entered in the program's table when first found, marked
 * MODULE_LOADING while its own imports load, and appended to the
 * dependency order when done, so every module follows what it depends on.
 * Meeting a LOADING module again is a cycle: the loader's stack holds the
 * path, so the message can name the whole cycle with a note at each 'use'.
 * Files are read whole (at most GRIP_MAX_SOURCE_BYTES) into the Sources
 * table; the embedded standard library is found by module name.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "module.h"

#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../runtime/alloc.h"
#include "../runtime/stdlib_files.h"
#include "check.h"
#include "parse.h"

/* One step of the loader's path: module 'm' is loading the import written
 * at 'use' (for cycle messages). */
typedef struct Step {
    Module *m; /* the importing module */
    Span use;  /* the 'use'/'extends' being followed */
} Step;

typedef struct Loader {
    Program *p;      /* what is being loaded */
    Diag *diag;      /* where errors go */
    Step *stack;     /* the import path (xmalloc) */
    size_t n, cap;   /* stack entries and capacity */
    int ok;          /* no error so far */
} Loader;

Program *lang_new(void)
{
    Program *p = xcalloc(1, sizeof *p);
    arena_init(&p->arena);
    sources_init(&p->sources, &p->arena);
    p->root = "";
    return p;
}

const Sources *lang_sources(const Program *p)
{
    return &p->sources;
}

void lang_free(Program *p)
{
    if (!p) return;
    xfree(p->modules);
    sources_free(&p->sources);
    arena_free(&p->arena);
    xfree(p);
}

/* Copies strerror('err') with a lowercase first letter (message style). */
static const char *reason(Arena *a, int err)
{
    char *s = arena_strdup(a, strerror(err));
    if (s[0] >= 'A' && s[0] <= 'Z') s[0] = (char)(s[0] - 'A' + 'a');
    return s;
}

/* Reads the file at 'path' into the sources; returns its id, or reports
 * (at 'where': the use site, or no location for the main policy) and
 * returns SPAN_NO_FILE.  ENOENT is left to the caller when 'quiet'. */
static uint32_t read_source(Loader *L, const char *path, Span where, int quiet)
{
    Arena *a = &L->p->arena;
    FILE *f = fopen(path, "rb");
    if (!f) {
        int err = errno;
        if (quiet && err == ENOENT) return SPAN_NO_FILE;
        diag_error(L->diag, where, "cannot read '%s': %s", path, reason(a, err));
        L->ok = 0;
        return SPAN_NO_FILE;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        int err = errno;
        fclose(f);
        if (quiet) return SPAN_NO_FILE;
        if (S_ISDIR(st.st_mode)) diag_error(L->diag, where, "cannot read '%s': it is a folder", path);
        else diag_error(L->diag, where, "cannot read '%s': %s", path, err ? reason(a, err) : "not a regular file");
        L->ok = 0;
        return SPAN_NO_FILE;
    }
    if ((unsigned long long)st.st_size > GRIP_MAX_SOURCE_BYTES) {
        fclose(f);
        diag_error(L->diag, where, "'%s' is too large: %llu bytes, the limit is %u", path,
                   (unsigned long long)st.st_size, GRIP_MAX_SOURCE_BYTES);
        diag_hint(L->diag, "a policy is written by people; split it into modules with 'use'");
        L->ok = 0;
        return SPAN_NO_FILE;
    }
    size_t size = (size_t)st.st_size;
    char *buf = xmalloc(size + 1);
    size_t got = fread(buf, 1, size + 1, f);
    int failed = ferror(f);
    fclose(f);
    if (failed || got > size) {
        xfree(buf);
        diag_error(L->diag, where, "cannot read '%s': %s", path,
                   failed ? "read error" : "the file grew while it was read");
        L->ok = 0;
        return SPAN_NO_FILE;
    }
    uint32_t id = sources_add(&L->p->sources, path, buf, got);
    xfree(buf);
    return id;
}

/* The name of the first 'module' declaration of 'root', or NULL. */
static AstNode *module_decl(const AstNode *root)
{
    for (uint32_t k = 0; k < root->n_items; k++)
        if (root->items[k]->kind == AST_MODULE) return root->items[k];
    return NULL;
}

static Module *find(const Program *p, const char *name)
{
    for (uint32_t k = 0; k < p->n_modules; k++)
        if (strcmp(p->modules[k]->name, name) == 0) return p->modules[k];
    return NULL;
}

/* Parses file 'file' as module 'name' and registers it (state LOADING).
 * The table keeps dependency order: load() moves a module behind its
 * imports once they are done. */
static Module *parse_module(Loader *L, const char *name, uint32_t file, int from_stdlib)
{
    Program *p = L->p;
    int before = diag_errors(L->diag);
    Module *m = ARENA_NEW(&p->arena, Module);
    SourceFile *sf = sources_get(&p->sources, file);
    m->name = name;
    m->path = sf->path;
    m->file = file;
    m->from_stdlib = from_stdlib;
    uint32_t body;
    Diag quiet; /* the language is reported by parse_file; only its value is needed here */
    diag_init(&quiet, NULL);
    m->lang = parse_language(sf->text, sf->len, file, &quiet, &body);
    diag_free(&quiet);
    m->root = parse_file(&p->arena, &p->sources, file, L->diag);
    m->root->name = name;
    m->state = MODULE_LOADING;
    if (diag_errors(L->diag) != before) L->ok = 0;
    if (m->root->n_items == 0 && diag_errors(L->diag) == before) {
        diag_error(L->diag, (Span){file, 0, 0}, "'%s' declares nothing", sf->path);
        diag_hint(L->diag, "an empty policy is almost always a mistake: the wrong file, or one cut short");
        L->ok = 0;
    }
    for (uint32_t k = 0; k < m->root->n_items; k++) {
        AstNode *d = m->root->items[k];
        if (d->decl) d->decl->module = m;
        for (uint32_t r = 0; r < d->n_items; r++) /* rules, fields, cases, columns */
            if (d->items[r] && d->items[r]->decl) d->items[r]->decl->module = m;
    }
    p->modules = xgrow(p->modules, &p->cap_modules, (size_t)p->n_modules + 1, sizeof *p->modules);
    p->modules[p->n_modules++] = m;
    return m;
}

/* "zhz.regio" -> "ROOT/zhz/regio.grip" (ROOT "" -> no prefix). */
static char *module_path(Arena *a, const char *root, const char *name)
{
    char *rel = arena_printf(a, "%s.grip", name);
    size_t nl = strlen(name);
    for (size_t k = 0; k < nl; k++)
        if (rel[k] == '.') rel[k] = '/';
    if (!root[0]) return rel;
    size_t rl = strlen(root);
    return arena_printf(a, "%s%s%s", root, root[rl - 1] == '/' ? "" : "/", rel);
}

static void load_imports(Loader *L, Module *m);

/* Reports the cycle that reaches 'm' again from the top of the stack. */
static void report_cycle(Loader *L, Module *m, Span use)
{
    size_t first = 0;
    for (size_t k = 0; k < L->n; k++)
        if (L->stack[k].m == m) first = k;
    Arena *a = &L->p->arena;
    const char *path = m->name;
    for (size_t k = first + 1; k < L->n; k++) path = arena_printf(a, "%s -> %s", path, L->stack[k].m->name);
    path = arena_printf(a, "%s -> %s", path, m->name);
    L->ok = 0;
    if (!diag_error(L->diag, use, "import cycle: %s", path)) return;
    for (size_t k = first; k + 1 < L->n; k++)
        diag_note(L->diag, L->stack[k].use, "'%s' imports '%s' here", L->stack[k].m->name, L->stack[k + 1].m->name);
    diag_hint(L->diag, "modules cannot depend on themselves; move what both need into a third module");
}

/* Finds, parses and loads module 'name' imported at 'use'; returns it, or
 * NULL after reporting that it cannot be found or is part of a cycle. */
static Module *load(Loader *L, const char *name, Span use)
{
    Program *p = L->p;
    Module *m = find(p, name);
    if (m) {
        if (m->state == MODULE_LOADING) {
            report_cycle(L, m, use);
            return NULL;
        }
        return m;
    }
    Arena *a = &p->arena;
    const char *tried[64];
    size_t n_tried = 0;
    uint32_t file = SPAN_NO_FILE;
    int from_stdlib = 0;
    const char *path = module_path(a, p->root, name);
    tried[n_tried++] = path;
    file = read_source(L, path, use, 1);
    if (file == SPAN_NO_FILE) {
        const StdlibFile *sf = stdlib_find(name);
        tried[n_tried++] = "the standard library";
        if (sf) {
            file = sources_add(&p->sources, sf->path, sf->text, sf->len);
            from_stdlib = 1;
        }
    }
    const char *gp = p->opt.grip_path ? p->opt.grip_path : "";
    while (file == SPAN_NO_FILE && *gp) {
        const char *colon = strchr(gp, ':');
        size_t len = colon ? (size_t)(colon - gp) : strlen(gp);
        if (len) {
            const char *dir = arena_strndup(a, gp, len);
            path = module_path(a, dir, name);
            if (n_tried < sizeof tried / sizeof tried[0]) tried[n_tried++] = path;
            file = read_source(L, path, use, 1);
        }
        gp += len + (colon ? 1 : 0);
    }
    if (file == SPAN_NO_FILE) {
        L->ok = 0;
        if (!diag_error(L->diag, use, "unknown module '%s'", name)) return NULL;
        for (size_t k = 0; k < n_tried; k++) diag_hint(L->diag, "looked in %s", tried[k]);
        if (!p->opt.grip_path || !p->opt.grip_path[0])
            diag_hint(L->diag, "GRIP_PATH names more folders to look in (separated by ':')");
        return NULL;
    }
    m = parse_module(L, name, file, from_stdlib);
    AstNode *decl = module_decl(m->root);
    if (decl && decl->name && strcmp(decl->name, name) != 0) {
        L->ok = 0;
        if (diag_error(L->diag, decl->name_span, "this file declares module '%s' but was imported as '%s'",
                       decl->name, name))
            diag_note(L->diag, use, "imported here");
    }
    load_imports(L, m);
    return m;
}

/* Loads what 'm' uses and extends, then moves 'm' behind them in the
 * program's order and marks it done. */
static void load_imports(Loader *L, Module *m)
{
    Program *p = L->p;
    AstNode *root = m->root;
    uint32_t n_uses = 0;
    for (uint32_t k = 0; k < root->n_items; k++)
        if (root->items[k]->kind == AST_USE) n_uses++;
    m->uses = ARENA_ARRAY(&p->arena, Module *, n_uses ? n_uses : 1);
    m->use_decls = ARENA_ARRAY(&p->arena, AstNode *, n_uses ? n_uses : 1);
    for (uint32_t k = 0; k < root->n_items && !diag_full(L->diag); k++) {
        AstNode *d = root->items[k];
        if (d->kind != AST_USE && d->kind != AST_EXTENDS) continue;
        L->stack = xgrow(L->stack, &L->cap, L->n + 1, sizeof *L->stack);
        L->stack[L->n].m = m;
        L->stack[L->n].use = d->name_span;
        L->n++;
        Module *dep = load(L, d->name, d->name_span);
        L->n--;
        if (d->kind == AST_USE) {
            m->uses[m->n_uses] = dep;
            m->use_decls[m->n_uses] = d;
            m->n_uses++;
        } else if (!m->base) {
            m->base = dep;
        }
    }
    /* move 'm' to the end: everything it imports is now before it */
    uint32_t at = 0;
    while (at < p->n_modules && p->modules[at] != m) at++;
    for (uint32_t k = at; k + 1 < p->n_modules; k++) p->modules[k] = p->modules[k + 1];
    p->modules[p->n_modules - 1] = m;
    m->state = MODULE_DONE;
}

/* The module root of the main policy at 'path' declaring 'declared' (or
 * NULL): its folder, moved up one level per dot of a declared name that
 * matches the path's tail. */
static const char *main_root(Arena *a, const char *path, const char *declared, const char **name)
{
    const char *slash = strrchr(path, '/');
    const char *base = slash ? slash + 1 : path;
    size_t blen = strlen(base);
    if (blen > 5 && strcmp(base + blen - 5, ".grip") == 0) blen -= 5;
    *name = arena_strndup(a, base, blen);
    const char *dir = slash ? arena_strndup(a, path, (size_t)(slash - path)) : "";
    if (!declared) return dir;
    const char *rel = module_path(a, "", declared);
    size_t rl = strlen(rel), pl = strlen(path);
    *name = declared;
    if (pl == rl && strcmp(path, rel) == 0) return "";
    if (pl > rl && strcmp(path + pl - rl, rel) == 0 && path[pl - rl - 1] == '/')
        return arena_strndup(a, path, pl - rl - 1);
    /* 'grip check regio.grip' inside zhz/: compare the real path's tail and
     * go up one folder per dot, keeping paths relative for messages */
    char buf[PATH_MAX];
    const char *real = realpath(path, buf);
    size_t ql = real ? strlen(real) : 0;
    if (!(real && ql > rl && strcmp(real + ql - rl, rel) == 0 && real[ql - rl - 1] == '/')) return dir;
    const char *root = dir;
    for (const char *c = declared; *c; c++)
        if (*c == '.') root = root[0] ? arena_printf(a, "%s/..", root) : "..";
    return root;
}

int lang_load(Program *p, const char *path, const LangOptions *opt, Diag *diag)
{
    Loader L = {p, diag, NULL, 0, 0, 1};
    if (opt) p->opt = *opt;
    uint32_t file = read_source(&L, path, SPAN_NONE, 0);
    if (file == SPAN_NO_FILE) return 0;
    Module *m = parse_module(&L, "", file, 0);
    AstNode *decl = module_decl(m->root);
    const char *name;
    p->root = main_root(&p->arena, path, decl ? decl->name : NULL, &name);
    m->name = name;
    m->root->name = name;
    p->main = m;
    load_imports(&L, m);
    xfree(L.stack);
    return L.ok && diag_errors(diag) == 0;
}

int lang_check(Program *p, Diag *diag)
{
    int before = diag_errors(diag);
    for (uint32_t k = 0; k < p->n_modules; k++) {
        AstNode *root = p->modules[k]->root;
        AstNode *first_module = NULL, *first_extends = NULL;
        for (uint32_t d = 0; d < root->n_items; d++) {
            AstNode *n = root->items[d];
            if (n->kind == AST_MODULE) {
                if (first_module) {
                    if (diag_error(diag, n->span, "a file declares its module name once"))
                        diag_note(diag, first_module->span, "first declared here");
                } else if (d != 0) {
                    diag_error(diag, n->span, "'module' must be the first declaration of the file");
                }
                if (!first_module) first_module = n;
            } else if (n->kind == AST_EXTENDS) {
                if (first_extends) {
                    if (diag_error(diag, n->span, "a module extends at most one other module"))
                        diag_note(diag, first_extends->span, "it already extends '%s' here", first_extends->name);
                } else {
                    first_extends = n;
                }
            }
        }
    }
    if (diag_errors(diag) == before && !p->opt.syntax_only) check_program(p, diag); /* names and types: lang/check.h */
    return diag_errors(diag) - before;
}

void lang_dump(const Program *p, FILE *out)
{
    for (uint32_t k = 0; k < p->n_modules; k++) ast_dump(out, p->modules[k]->root);
}
