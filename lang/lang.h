/* SPDX-License-Identifier: MIT
 * lang.h - the front end's entry points for cli/ and runtime/: load a
 * policy with its modules into a Program, check it, dump it, free it.
 * The one header outside lang/ includes from lang/.
 *
 * Typical use (cli/cmd_check.c):
 *
 *     Program *p = lang_new();
 *     Diag d;
 *     diag_init(&d, lang_sources(p));
 *     if (lang_load(p, path, &opt, &d)) lang_check(p, &d);
 *     diag_render(&d, stderr);
 *     diag_free(&d);
 *     lang_free(p);
 *
 * A Program owns the compile arena: source texts, trees and the module
 * table all die with lang_free.
 */
#ifndef GRIP_LANG_LANG_H
#define GRIP_LANG_LANG_H

#include <stdint.h>
#include <stdio.h>

#include "../runtime/arena.h"
#include "diag.h"
#include "span.h"

typedef struct Module Module; /* lang/module.h */

typedef struct LangOptions {
    const char *grip_path; /* GRIP_PATH: folders separated by ':' (NULL or "": none) */
    int syntax_only;       /* lang_check stops after the module structure: no names or types */
} LangOptions;

typedef struct Program {
    Arena arena;       /* compile arena: sources, trees, modules */
    Sources sources;   /* every file read, by id */
    Module **modules;  /* in dependency order, the main policy last (xmalloc'ed) */
    uint32_t n_modules; /* entries in 'modules' */
    size_t cap_modules; /* capacity of 'modules' */
    Module *main;      /* the policy named on the command line (NULL until loaded) */
    const char *root;  /* the main policy's module root folder ("" = current) */
    LangOptions opt;   /* as given to lang_load (strings borrowed) */
    struct CheckedProgram *checked; /* set by lang_check when clean (lang/check.h), else NULL */
} Program;

/* Returns a new empty program (free it with lang_free). */
Program *lang_new(void);
/* Returns the program's source table, for diag_init. */
const Sources *lang_sources(const Program *p);
/* Reads and parses the policy at 'path' and every module it uses or
 * extends (see module.h for the search), reporting every error to 'diag'.
 * 'opt' may be NULL.  Returns 1 when everything loaded without an error,
 * 0 otherwise (the modules that did load are still in 'p').  Call it once
 * per program. */
int lang_load(Program *p, const char *path, const LangOptions *opt, Diag *diag);
/* Runs the checks over a loaded program and reports to 'diag'; returns the
 * number of errors found: module structure ('module' first and once, at
 * most one 'extends'), then names and types (lang/check.h), which sets
 * p->checked when the program is clean. */
int lang_check(Program *p, Diag *diag);
/* Writes the tree of every module, in dependency order, to 'out'. */
void lang_dump(const Program *p, FILE *out);
/* Frees 'p' and everything it holds (NULL is fine). */
void lang_free(Program *p);

#endif
