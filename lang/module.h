/* SPDX-License-Identifier: MIT
 * module.h - modules: one per .grip file, loaded with everything it 'use's
 * and 'extends'.  Internal to lang/ (runtime/ and cli/ use lang.h).
 *
 * A module is found by its dotted name: 'zhz.regio' is the file
 * zhz/regio.grip under a root.  The roots, in order: the main policy's
 * folder (moved up one folder per dot when the policy itself declares a
 * dotted 'module' name matching its path), the standard library embedded
 * in grip (runtime/stdlib_files.h), then each folder of GRIP_PATH.  A
 * 'module' declaration is optional; without one a file is named by its
 * path.  Modules are kept in dependency order (every module after the
 * modules it uses or extends; the main policy last); an import cycle is an
 * error naming every module in it.
 */
#ifndef GRIP_LANG_MODULE_H
#define GRIP_LANG_MODULE_H

#include <stdint.h>

#include "ast.h"
#include "lang.h"

/* Largest policy file accepted, in bytes.  Policies are written by people
 * (the region's largest is far below 1 MiB); the cap bounds compile memory
 * (the tree takes several times the source) and keeps every offset far
 * inside a Span's 32 bits. */
#define GRIP_MAX_SOURCE_BYTES (8u * 1024u * 1024u)

typedef enum ModuleState {
    MODULE_LOADING, /* on the loader's stack: its imports are being loaded */
    MODULE_DONE     /* loaded with all it depends on */
} ModuleState;

struct Module {
    const char *name;    /* dotted name it was loaded as ("zhz.regio") */
    const char *path;    /* file path as shown in diagnostics */
    uint32_t file;       /* its id in the program's Sources */
    int lang;            /* ParseLang of the file's keywords */
    int from_stdlib;     /* 1 when embedded in grip */
    AstNode *root;       /* the AST_FILE tree */
    Module *base;        /* the module it 'extends', or NULL */
    Module **uses;       /* modules named by its 'use' declarations, in order (arena) */
    AstNode **use_decls; /* the AST_USE behind each entry of 'uses' */
    uint32_t n_uses;     /* entries in 'uses' and 'use_decls' */
    ModuleState state;   /* loading progress (cycle detection) */
};

#endif
