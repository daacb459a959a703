/* SPDX-License-Identifier: MIT
 * ast.h - the syntax tree of a grip file.  Internal to lang/ (the parser
 * builds it; the checker and the lowering read it); runtime/ and cli/ go
 * through lang.h.
 *
 * One node struct for every kind: a kind, an op, flags, a span, a name (an
 * identifier or a literal's canonical text), five fixed children a..e and
 * an array of children 'items'; which slot holds what is listed per kind in
 * ast_kinds.h.  Declarations and rules also carry an AstDeclInfo.  The
 * checker fills 'type' (struct Type, defined in lang/types.h) and 'ref' (the
 * declaration a name resolves to).  Every node lives in the compile arena;
 * nothing in it owns heap memory.  Trees are at most GRIP_MAX_DEPTH deep,
 * so recursive walks are safe.  Exports ast_new, ast_vec_push,
 * ast_set_items, ast_kind_name, ast_op_name, ast_role and ast_dump.
 */
#ifndef GRIP_LANG_AST_H
#define GRIP_LANG_AST_H

#include <stdint.h>
#include <stdio.h>

#include "../runtime/arena.h"
#include "ast_kinds.h"
#include "span.h"

/* Deepest tree the parser builds (nodes from the root of an expression to
 * its leaves, declarations included).  Later phases walk the tree
 * recursively; 256 levels is far beyond any policy people write and keeps
 * those walks to a few hundred KB of C stack. */
#define GRIP_MAX_DEPTH 256

typedef enum AstKind {
#define X(kind, name, a, b, c, d, e, items) kind,
    AST_KINDS(X)
#undef X
    AST_KIND_COUNT
} AstKind;

typedef enum AstOp {
#define X(op, name) op,
    AST_OPS(X)
#undef X
    AST_OP_N
} AstOp;

/* Flag bits in AstNode.flags (which kinds use them: ast_kinds.h). */
enum {
    AST_F_KEY = 1u << 0,          /* field is (part of) the key */
    AST_F_UNIQUE = 1u << 1,       /* decision: applicable rules must agree */
    AST_F_OVERRIDE = 1u << 2,     /* replaces an inherited declaration or rule */
    AST_F_FUNCTION = 1u << 3,     /* def with a parameter list */
    AST_F_EQUAL = 1u << 4,        /* allocation: equal split */
    AST_F_DESC = 1u << 5,         /* order key: descending */
    AST_F_TOTALS = 1u << 6,       /* report: 'with totals' */
    AST_F_EXPECT_ERROR = 1u << 7, /* test: 'expect error' */
    AST_F_FOR = 1u << 8,          /* aggregate over 'for v in T' */
    AST_F_PAREN = 1u << 9         /* expression was written in parentheses */
};

struct Type;   /* lang/types.h (the checker) */
struct Module; /* lang/module.h */

typedef struct AstNode AstNode;

typedef struct AstDeclInfo {
    const char *doc;       /* the """doc string""" before it, dedented, or NULL */
    Span doc_span;         /* where that doc string is (SPAN_NONE if none) */
    const char *label;     /* a rule's article label ("Art. 2.1"), or NULL */
    Span label_span;       /* where the label is */
    struct Module *module; /* its module (set by the loader on declarations and their rules, fields, cases, columns) */
} AstDeclInfo;

struct AstNode {
    uint8_t kind;          /* AstKind */
    uint8_t op;            /* AstOp, or the value of AST_BOOL */
    uint16_t flags;        /* AST_F_* */
    uint16_t depth;        /* height of this subtree (1 for a leaf) */
    Span span;             /* the whole construct */
    const char *name;      /* identifier or literal text (arena), see ast_kinds.h */
    Span name_span;        /* where 'name' is written */
    AstNode *a, *b, *c, *d, *e; /* fixed children by kind; NULL when absent */
    AstNode **items;       /* the list child by kind (arena) */
    uint32_t n_items;      /* entries in 'items' */
    AstDeclInfo *decl;     /* declarations and rules; NULL otherwise */
    struct Type *type;     /* set by the checker on expressions and types */
    AstNode *ref;          /* set by the checker: the declaration a name means */
};

/* A growing list of nodes while parsing (arena memory). */
typedef struct AstVec {
    AstNode **items; /* arena array */
    uint32_t n;      /* used */
    uint32_t cap;    /* allocated */
} AstVec;

/* Returns a zeroed node of 'kind' at 'span' in 'arena'; name_span is
 * SPAN_NONE and depth 1. */
AstNode *ast_new(Arena *arena, AstKind kind, Span span);
/* Appends 'node' to 'vec' (growing it in 'arena'); returns 'vec', or a new
 * empty vector when 'vec' is NULL. */
AstVec *ast_vec_push(Arena *arena, AstVec *vec, AstNode *node);
/* Sets 'node''s items from 'vec' (may be NULL: no items). */
void ast_set_items(AstNode *node, const AstVec *vec);
/* Recomputes 'node''s depth from its children and returns it. */
uint32_t ast_update_depth(AstNode *node);
/* Returns the dump name of 'kind' ("decision"), or "?" when out of range. */
const char *ast_kind_name(int kind);
/* Returns the dump name of 'op' ("+", "days", "sum"), or "?". */
const char *ast_op_name(int op);
/* Returns the role of slot 'slot' (0..4 for a..e, 5 for items) of 'kind'
 * as listed in ast_kinds.h, or NULL when that slot is unused. */
const char *ast_role(int kind, int slot);
/* Writes 'node' as an indented tree (kinds, names, flags, roles, doc and
 * labels, no spans) to 'out'; the same program gives the same dump whatever
 * its keywords' language. */
void ast_dump(FILE *out, const AstNode *node);

#endif
