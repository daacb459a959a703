/* SPDX-License-Identifier: MIT
 * types.c - equality and names of types, the builtin and rounding-mode
 * tables (see types.h).  Types are built by the checker (resolve.c); this
 * file only reads them.
 */
#include "types.h"

#include <string.h>

static const char *const builtin_names[] = {
#define X(id, name) name,
    BUILTINS(X)
#undef X
};

static const char *const rounding_names[] = {
#define X(id, name) name,
    ROUNDING_MODES(X)
#undef X
};

int type_equal(const Type *a, const Type *b)
{
    if (!a || !b) return 0;
    if (a == b) return 1;
    if (a->kind != b->kind) return 0;
    switch (a->kind) {
    case TYPE_ENUM: case TYPE_VARIANT: case TYPE_RECORD: case TYPE_ROW: case TYPE_TABLE:
    case TYPE_BUDGET:
        return a->decl == b->decl;
    case TYPE_SET: case TYPE_LIST:
        return type_equal(a->elem, b->elem);
    case TYPE_FUNC:
        if (a->builtin != b->builtin || a->decl != b->decl || a->n_params != b->n_params) return 0;
        for (uint32_t k = 0; k < a->n_params; k++)
            if (!type_equal(a->params[k], b->params[k])) return 0;
        return a->builtin ? 1 : type_equal(a->result, b->result);
    default:
        return 1;
    }
}

const char *type_name(Arena *arena, const Type *t)
{
    if (!t) return "?";
    switch (t->kind) {
    case TYPE_ERROR: return "an erroneous value";
    case TYPE_BOOL: return "bool";
    case TYPE_INT: return "int";
    case TYPE_DECIMAL: return "decimal";
    case TYPE_MONEY: return "money";
    case TYPE_PERCENT: return "percent";
    case TYPE_DATE: return "date";
    case TYPE_DURATION: return "duration";
    case TYPE_TEXT: return "text";
    case TYPE_ENUM: case TYPE_VARIANT: case TYPE_RECORD:
        return t->decl && t->decl->name ? t->decl->name : "?";
    case TYPE_ROW:
        return arena_printf(arena, "a row of '%s'", t->decl && t->decl->name ? t->decl->name : "?");
    case TYPE_TABLE:
        return arena_printf(arena, "%s '%s'", t->decl && t->decl->kind == AST_INPUT ? "input" : "table",
                            t->decl && t->decl->name ? t->decl->name : "?");
    case TYPE_SET: return arena_printf(arena, "set of %s", type_name(arena, t->elem));
    case TYPE_LIST: return arena_printf(arena, "list of %s", type_name(arena, t->elem));
    case TYPE_FUNC:
        if (t->builtin) return arena_printf(arena, "the function '%s'", types_builtin_name(t->builtin));
        if (t->decl && t->decl->kind == AST_CASE) return arena_printf(arena, "the case '%s'", t->decl->name);
        return arena_printf(arena, "the function '%s'", t->decl && t->decl->name ? t->decl->name : "?");
    case TYPE_BUDGET:
        return arena_printf(arena, "the budget '%s'", t->decl && t->decl->name ? t->decl->name : "?");
    case TYPE_ROUNDING: return "a rounding mode";
    case TYPE_UNKNOWN: return "unknown";
    default: return "?";
    }
}

const char *types_builtin_name(int b)
{
    if (b <= BUILTIN_NONE || b >= BUILTIN_COUNT) return "";
    return builtin_names[b];
}

Builtin types_builtin(const char *name)
{
    if (!name) return BUILTIN_NONE;
    for (int b = BUILTIN_NONE + 1; b < BUILTIN_COUNT; b++)
        if (strcmp(builtin_names[b], name) == 0) return (Builtin)b;
    return BUILTIN_NONE;
}

int types_rounding(const char *name)
{
    if (!name) return -1;
    for (int m = 0; m < ROUND_MODE_COUNT; m++)
        if (strcmp(rounding_names[m], name) == 0) return m;
    return -1;
}

int types_case_field(const Type *variant, uint32_t case_index, const char *name)
{
    if (!variant || variant->kind != TYPE_VARIANT || !variant->decl || !name) return -1;
    const AstNode *v = variant->decl;
    if (case_index >= v->n_items || !v->items[case_index]) return -1;
    const AstNode *c = v->items[case_index];
    for (uint32_t k = 0; k < c->n_items; k++)
        if (c->items[k] && c->items[k]->name && strcmp(c->items[k]->name, name) == 0) return (int)k;
    return -1;
}
