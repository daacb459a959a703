/* SPDX-License-Identifier: MIT
 * types.h - the types of grip values, as the checker (lang/check.c) puts
 * them in AstNode.type and the lowering (lang/lower.c) reads them.
 * Internal to lang/.
 *
 * A Type is a kind plus what that kind needs: nominal kinds (enum,
 * variant, record, row, table, budget) point at their declaration node,
 * whose items list the members, cases or fields in declaration order (the
 * index the runtime uses); containers have an element type; functions have
 * parameter and result types and, for builtins, a Builtin id.  Types live
 * in the compile arena and are never mutated once made; primitive types
 * and each declaration's nominal type are made once per program, so
 * pointers may be compared for those, but use type_equal in general.
 * TYPE_ERROR marks an expression whose error was already reported: every
 * rule accepts it silently, so one mistake gives one message.
 * Exports type_equal, type_name, types_builtin_name, types_rounding and
 * types_case_field.
 */
#ifndef GRIP_LANG_TYPES_H
#define GRIP_LANG_TYPES_H

#include <stdint.h>

#include "../runtime/arena.h"
#include "ast.h"

/* Type kinds, with the Type fields each one uses. */
typedef enum TypeKind {
    TYPE_ERROR,    /* already reported; accepted everywhere, no fields */
    TYPE_BOOL,     /* no fields */
    TYPE_INT,      /* no fields */
    TYPE_DECIMAL,  /* no fields */
    TYPE_MONEY,    /* euro cents when stored; no fields */
    TYPE_PERCENT,  /* a fraction shown as %: 3% is 0.03; no fields */
    TYPE_DATE,     /* no fields */
    TYPE_DURATION, /* months and days; no fields */
    TYPE_TEXT,     /* no fields */
    TYPE_ENUM,     /* decl: AST_ENUM (items: AST_MEMBER, index = position) */
    TYPE_VARIANT,  /* decl: AST_VARIANT (items: AST_CASE, index = position;
                    * a case's items: its payload AST_PARAMs) */
    TYPE_RECORD,   /* decl: AST_RECORD (items: AST_FIELD) */
    TYPE_ROW,      /* one row of an input or table; decl: AST_INPUT or
                    * AST_TABLE (items: AST_FIELD, the column order) */
    TYPE_TABLE,    /* an input or table as a whole (a quantifier's or
                    * aggregate's collection, t[k] lookups); decl: AST_INPUT
                    * or AST_TABLE; elem: its TYPE_ROW */
    TYPE_SET,      /* elem: element type (TYPE_UNKNOWN for '{}') */
    TYPE_LIST,     /* elem: element type */
    TYPE_FUNC,     /* params/n_params/result; decl: AST_DEF (function) or
                    * AST_CASE (variant constructor; result: the variant);
                    * builtin: a Builtin (decl NULL) or BUILTIN_NONE */
    TYPE_BUDGET,   /* a budget (remaining(b)) or one account b[k1, k2];
                    * decl: AST_BUDGET */
    TYPE_ROUNDING, /* a rounding-mode name in round(); see types_rounding */
    TYPE_UNKNOWN,  /* the literal 'unknown' and the elements of '{}': fits
                    * every type (only series columns may hold 'unknown') */
    TYPE_KIND_COUNT
} TypeKind;

/* Builtin functions called as 'name(args)' (AST_CALL with an AST_NAME
 * callee).  min/max/sum/avg/median/count/share are keywords and parse as
 * AST_AGGREGATE; variant(x) and previous(c) have their own node kinds.
 * X(ID, "name") */
#define BUILTINS(X) \
    X(BUILTIN_NONE, "") \
    X(BUILTIN_ROUND, "round")                   /* (x [, places] [, mode]) */ \
    X(BUILTIN_ABS, "abs")                       /* (number) -> same type */ \
    X(BUILTIN_YEARS_BETWEEN, "years_between")   /* (date, date) -> int */ \
    X(BUILTIN_MONTHS_BETWEEN, "months_between") /* (date, date) -> int */ \
    X(BUILTIN_DAYS_BETWEEN, "days_between")     /* (date, date) -> int */ \
    X(BUILTIN_YEAR, "year")                     /* (date) -> int */ \
    X(BUILTIN_MONTH, "month")                   /* (date) -> int 1..12 */ \
    X(BUILTIN_QUARTER, "quarter")               /* (date) -> int 1..4 */ \
    X(BUILTIN_HALF_YEAR, "half_year")           /* (date) -> int 1..2 */ \
    X(BUILTIN_DAY, "day")                       /* (date) -> int 1..31 */ \
    X(BUILTIN_REMAINING, "remaining")           /* (budget | budget[k..]) -> money */ \
    X(BUILTIN_LABEL, "label")                   /* (decision) -> text: deciding rule's label */ \
    X(BUILTIN_RULE_NAME, "rule_name")           /* (decision) -> text: deciding rule's name */

typedef enum Builtin {
#define X(id, name) id,
    BUILTINS(X)
#undef X
    BUILTIN_COUNT
} Builtin;

/* Rounding modes named in round(x, places, MODE); the default is
 * half_away.  X(ID, "name") */
#define ROUNDING_MODES(X) \
    X(ROUND_HALF_AWAY, "half_away") /* half away from zero (the default) */ \
    X(ROUND_HALF_EVEN, "half_even") /* half to even (banker's) */ \
    X(ROUND_HALF_UP, "half_up")     /* half towards +infinity */ \
    X(ROUND_HALF_DOWN, "half_down") /* half towards -infinity */ \
    X(ROUND_UP, "up")               /* away from zero */ \
    X(ROUND_DOWN, "down")           /* towards zero (truncate) */ \
    X(ROUND_CEILING, "ceiling")     /* towards +infinity */ \
    X(ROUND_FLOOR, "floor")         /* towards -infinity */

typedef enum RoundingMode {
#define X(id, name) id,
    ROUNDING_MODES(X)
#undef X
    ROUND_MODE_COUNT
} RoundingMode;

typedef struct Type Type;

struct Type {
    uint8_t kind;         /* TypeKind */
    uint8_t builtin;      /* TYPE_FUNC: a Builtin (BUILTIN_NONE otherwise) */
    const AstNode *decl;  /* nominal kinds and functions: the declaration (see TypeKind) */
    Type *elem;           /* TYPE_SET, TYPE_LIST: element; TYPE_TABLE: row type */
    Type *result;         /* TYPE_FUNC: result type */
    Type **params;        /* TYPE_FUNC: parameter types (arena), NULL for builtins */
    uint32_t n_params;    /* TYPE_FUNC: entries in 'params' */
};

/* Returns 1 when 'a' and 'b' are the same type: same kind, the same
 * declaration for nominal kinds, equal elements for sets and lists, equal
 * signatures for functions.  NULL equals nothing. */
int type_equal(const Type *a, const Type *b);
/* Returns how 't' is written in messages ("money", "Product",
 * "set of Product", "row of plafonds", "table plafonds") in 'arena'
 * memory; "?" for NULL. */
const char *type_name(Arena *arena, const Type *t);
/* Returns the name of builtin 'b' ("round"), or "" for BUILTIN_NONE and
 * out-of-range values. */
const char *types_builtin_name(int b);
/* Returns the Builtin called 'name', or BUILTIN_NONE. */
Builtin types_builtin(const char *name);
/* Returns the RoundingMode called 'name' ("half_even"), or -1.  The
 * checker types a mode argument of round() TYPE_ROUNDING only when this
 * finds it, so the lowering can call it on that AST_NAME's name. */
int types_rounding(const char *name);
/* Returns the position of payload field 'name' in case 'case_index' of the
 * variant 'variant' (TYPE_VARIANT), or -1 when that case has no such
 * field (a payload access 'besluit.reden' is then "missing" at run time). */
int types_case_field(const Type *variant, uint32_t case_index, const char *name);

#endif
