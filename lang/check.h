/* SPDX-License-Identifier: MIT
 * check.h - name resolution and type checking of a loaded program, and
 * what it leaves for the lowering (lang/lower.c).  Internal to lang/.
 *
 * check_program() resolves every name of every module against the
 * *effective* declarations (after 'extends', 'override' and 'exception
 * to'), types every expression, checks decisions, budgets, periods, tests
 * and the absence of cycles, and reports every error with its span.  On a
 * program without errors the tree is annotated:
 *
 *   node->type  on every expression and type node (types.h)
 *   node->ref   the declaration a name means:
 *     AST_NAME        AST_FIELD (a field of the current row: the input's,
 *                     or the source's in an allocation or report), AST_DEF,
 *                     AST_PARAMETER, AST_DECISION (the typed, effective
 *                     one: its value is the decision's result), AST_TABLE
 *                     or AST_INPUT (as a collection), AST_BUDGET, AST_MEMBER,
 *                     AST_CASE (a payload-less case as a value, or a
 *                     constructor callee), AST_PARAM (a function's
 *                     parameter), AST_QUANT / AST_AGGREGATE (the variable
 *                     bound by that quantifier or 'for'), AST_SERIES (its
 *                     year variable), AST_COLUMN (a series column; in a
 *                     report's 'order by': a column), AST_GROUP_KEY (a
 *                     report's 'order by' naming a group key); NULL for a
 *                     builtin callee (its type says which: type->builtin)
 *                     and a rounding mode (type TYPE_ROUNDING)
 *     AST_DOT         AST_FIELD: field of a->type (row or record);
 *                     AST_PARAM: payload field of the variant a->type
 *                     (fallible: find it per case with types_case_field);
 *                     anything else: a qualified name ('j.tarief',
 *                     'Product.jggz', 't.Soort.zwaar'), to be read exactly
 *                     like an AST_NAME with that ref ('a' is then not a
 *                     value and has no type; for 'Product.jggz' a->ref is
 *                     the AST_ENUM)
 *     AST_IS, AST_PREVIOUS   AST_CASE, AST_COLUMN
 *     AST_TYPE_NAME   AST_ENUM/AST_VARIANT/AST_RECORD/AST_INPUT/AST_TABLE,
 *                     NULL for a primitive type
 *     AST_GIVEN, AST_INIT, AST_WITH, AST_SET_PARAM   AST_INPUT, AST_FIELD,
 *                     AST_TABLE, AST_PARAMETER
 *     AST_IDENT       key columns and 'dated by': AST_FIELD; 'exception
 *                     to': the AST_RULE it precedes
 *     AST_DECISION    without a type (rules added in a variant): the typed
 *                     decision it extends
 *   node->flags       CHECK_F_DEFAULT on an 'a or b' that means "b when a
 *                     is missing" (docs/language.md, Type rules)
 *
 * and the CheckedProgram lists the effective declarations by kind.  Which
 * module each came from is node->decl->module; check_is_main tells the
 * main policy's own (its module and the bases it extends) from those of
 * modules it uses.  Everything lives in the program's compile arena.
 */
#ifndef GRIP_LANG_CHECK_H
#define GRIP_LANG_CHECK_H

#include <stdint.h>

#include "ast.h"
#include "diag.h"
#include "lang.h"
#include "types.h"

/* Set by the checker in AstNode.flags of an AST_BINARY AST_OP_OR whose
 * left side is a fallible access: the node means "a, or b when a is
 * missing" (missing table key, a variant case without that payload field,
 * previous() in the first year, an unknown series value).  Without it an
 * AST_OP_OR is boolean or.  A bit the parser never uses (ast.h). */
#define CHECK_F_DEFAULT (1u << 14)

/* A sub-expression of a budget's limit that is structurally equal to one
 * of its 'per' expressions: to compute the limit of another account
 * (remaining(b[k1, k2])) the lowering substitutes key value 'per' for it. */
typedef struct CheckedKeyUse {
    AstNode *node; /* the sub-expression in the limit */
    uint32_t per;  /* index into the budget's 'per' items */
} CheckedKeyUse;

/* One effective decision. */
typedef struct CheckedDecision {
    AstNode *decl;        /* the typed AST_DECISION (the override, if any) */
    Type *type;           /* its result type */
    int unique;           /* 1: applicable rules must agree (AST_F_UNIQUE) */
    AstNode **rules;      /* AST_RULE in effective order: inherited rules with
                           * overrides in place, added rules after them, each
                           * 'exception to R' right before R; a rule with
                           * several versions (valid from .. until ..) appears
                           * once per version (arena) */
    uint32_t n_rules;     /* entries in 'rules' */
    AstNode *otherwise;   /* the effective 'otherwise' expression, or NULL */
} CheckedDecision;

/* One budget. */
typedef struct CheckedBudget {
    AstNode *decl;           /* AST_BUDGET: items 'per', a limit, b charges */
    CheckedKeyUse *key_uses; /* limit sub-expressions that are a 'per' key (arena) */
    uint32_t n_key_uses;     /* entries in 'key_uses' */
} CheckedBudget;

/* The effective declarations of a checked program, by kind, each list in
 * module dependency order and declaration order within a module.  An
 * overridden declaration is replaced by its override in its place. */
typedef struct CheckedProgram {
    AstNode *input;               /* the AST_INPUT, or NULL (at most one) */
    Type *input_row;              /* its TYPE_ROW, or NULL */
    AstNode **tables;             /* AST_TABLE */
    uint32_t n_tables;
    AstNode **parameters;         /* AST_PARAMETER */
    uint32_t n_parameters;
    AstNode **defs;               /* AST_DEF without parameters (memoised per row) */
    uint32_t n_defs;
    AstNode **functions;          /* AST_DEF with parameters (AST_F_FUNCTION) */
    uint32_t n_functions;
    CheckedDecision *decisions;   /* typed decisions with their effective rules */
    uint32_t n_decisions;
    CheckedBudget *budgets;
    uint32_t n_budgets;
    AstNode **allocations;        /* AST_ALLOCATION */
    uint32_t n_allocations;
    AstNode **series;             /* AST_SERIES */
    uint32_t n_series;
    AstNode **reports;            /* AST_REPORT */
    uint32_t n_reports;
    AstNode **outputs;            /* AST_OUTPUT */
    uint32_t n_outputs;
    AstNode **tests;              /* AST_TEST */
    uint32_t n_tests;
    AstNode **enums;              /* AST_ENUM (member index = position in items) */
    uint32_t n_enums;
    AstNode **variants;           /* AST_VARIANT (case index = position in items) */
    uint32_t n_variants;
    AstNode **records;            /* AST_RECORD */
    uint32_t n_records;
    struct CheckIndex *index;     /* private: node -> index (check_index) */
    struct Module **main_family;  /* private: the main module and its bases */
    uint32_t n_main_family;       /* private */
} CheckedProgram;

/* Checks every module of 'p' (loaded by lang_load without errors) and
 * reports to 'diag'.  Returns the CheckedProgram (compile arena memory,
 * also stored in p->checked) when no error was found, NULL otherwise; the
 * annotations are complete only when it returns non-NULL.  Never crashes
 * on an odd but syntactically valid tree; stops looking once diag_full(). */
CheckedProgram *check_program(Program *p, Diag *diag);

/* Returns the index the runtime uses for 'node': for an AST_MEMBER,
 * AST_CASE, AST_FIELD, payload AST_PARAM, function AST_PARAM or AST_COLUMN
 * its position among its parent's items; for an effective top-level
 * declaration its position in its CheckedProgram list (decisions: in
 * 'decisions'; defs and functions: in 'defs' / 'functions'); -1 for
 * anything else.  Constant time. */
int check_index(const CheckedProgram *cp, const AstNode *node);

/* Returns 1 when declaration 'decl' belongs to the main policy (written
 * in the main module or in a module it extends), 0 when it comes from a
 * module the policy uses. */
int check_is_main(const CheckedProgram *cp, const AstNode *decl);

#endif
