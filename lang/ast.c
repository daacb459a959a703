/* SPDX-License-Identifier: MIT
 * ast.c - node construction and the tree printer behind 'grip check
 * --dump-ast' (see ast.h; the kinds and their payloads are in ast_kinds.h).
 *
 * The dump is one node per line, indented two spaces per level, children
 * preceded by their role: "when: (binary >= ...)".  It leaves out spans so
 * that a policy and its translation into the other keyword language dump
 * identically (tests/golden/check/nl_en).
 */
#include "ast.h"

#include <string.h>

typedef struct KindInfo {
    const char *name;     /* dump name */
    const char *role[6];  /* roles of a..e and items, NULL when unused */
} KindInfo;

static const KindInfo kinds[] = {
#define X(kind, name, a, b, c, d, e, items) {name, {a, b, c, d, e, items}},
    AST_KINDS(X)
#undef X
};

static const char *const ops[] = {
#define X(op, name) name,
    AST_OPS(X)
#undef X
};

AstNode *ast_new(Arena *arena, AstKind kind, Span span)
{
    AstNode *n = ARENA_NEW(arena, AstNode);
    n->kind = (uint8_t)kind;
    n->span = span;
    n->name_span = SPAN_NONE;
    n->depth = 1;
    return n;
}

AstVec *ast_vec_push(Arena *arena, AstVec *vec, AstNode *node)
{
    if (!vec) vec = ARENA_NEW(arena, AstVec);
    if (!node) return vec;
    if (vec->n == vec->cap) {
        uint32_t cap = vec->cap ? vec->cap * 2 : 4;
        AstNode **items = ARENA_ARRAY(arena, AstNode *, cap);
        if (vec->n) memcpy(items, vec->items, sizeof *items * vec->n);
        vec->items = items;
        vec->cap = cap;
    }
    vec->items[vec->n++] = node;
    return vec;
}

void ast_set_items(AstNode *node, const AstVec *vec)
{
    node->items = vec ? vec->items : NULL;
    node->n_items = vec ? vec->n : 0;
}

uint32_t ast_update_depth(AstNode *node)
{
    uint32_t d = 0;
    AstNode *fixed[5] = {node->a, node->b, node->c, node->d, node->e};
    for (int k = 0; k < 5; k++)
        if (fixed[k] && fixed[k]->depth > d) d = fixed[k]->depth;
    for (uint32_t k = 0; k < node->n_items; k++)
        if (node->items[k] && node->items[k]->depth > d) d = node->items[k]->depth;
    d += 1;
    node->depth = (uint16_t)(d > UINT16_MAX ? UINT16_MAX : d);
    return d;
}

const char *ast_kind_name(int kind)
{
    if (kind < 0 || kind >= AST_KIND_COUNT) return "?";
    return kinds[kind].name;
}

const char *ast_op_name(int op)
{
    if (op < 0 || op >= AST_OP_N) return "?";
    return ops[op];
}

const char *ast_role(int kind, int slot)
{
    if (kind < 0 || kind >= AST_KIND_COUNT || slot < 0 || slot > 5) return NULL;
    return kinds[kind].role[slot];
}

/* Writes 's' in double quotes with ", \ and control characters escaped. */
static void put_quoted(FILE *out, const char *s)
{
    fputc('"', out);
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        if (c == '"' || c == '\\') fprintf(out, "\\%c", c);
        else if (c == '\n') fputs("\\n", out);
        else if (c == '\t') fputs("\\t", out);
        else if (c < 0x20 || c == 0x7f) fprintf(out, "\\x%02x", c);
        else fputc(c, out);
    }
    fputc('"', out);
}

static const struct {
    unsigned bit;     /* AST_F_* */
    const char *name; /* as dumped */
} flag_names[] = {
    {AST_F_KEY, "key"},           {AST_F_UNIQUE, "unique"},
    {AST_F_OVERRIDE, "override"}, {AST_F_FUNCTION, "function"},
    {AST_F_EQUAL, "equal"},       {AST_F_DESC, "desc"},
    {AST_F_TOTALS, "totals"},     {AST_F_EXPECT_ERROR, "error"},
    {AST_F_FOR, "for"},           {AST_F_PAREN, "paren"},
};

static void indent(FILE *out, int level)
{
    for (int k = 0; k < level; k++) fputs("  ", out);
}

static void dump(FILE *out, const AstNode *n, int level, const char *role)
{
    indent(out, level);
    if (role) fprintf(out, "%s: ", role);
    if (!n) {
        fputs("null\n", out);
        return;
    }
    fputs(ast_kind_name(n->kind), out);
    if (n->kind == AST_BOOL) fputs(n->op ? " true" : " false", out);
    else if (n->op != AST_OP_NONE) fprintf(out, " %s", ast_op_name(n->op));
    if (n->name) {
        fputc(' ', out);
        if (n->kind == AST_STRING || n->kind == AST_TEST || n->kind == AST_EXPECT) put_quoted(out, n->name);
        else fputs(n->name, out);
    }
    for (size_t k = 0; k < sizeof flag_names / sizeof flag_names[0]; k++)
        if (n->flags & flag_names[k].bit) fprintf(out, " [%s]", flag_names[k].name);
    if (n->decl && n->decl->label) {
        fputs(" label=", out);
        put_quoted(out, n->decl->label);
    }
    fputc('\n', out);
    if (n->decl && n->decl->doc) {
        indent(out, level + 1);
        fputs("doc: ", out);
        put_quoted(out, n->decl->doc);
        fputc('\n', out);
    }
    const AstNode *fixed[5] = {n->a, n->b, n->c, n->d, n->e};
    for (int k = 0; k < 5; k++)
        if (fixed[k]) dump(out, fixed[k], level + 1, ast_role(n->kind, k) ? ast_role(n->kind, k) : "?");
    if (n->n_items) {
        indent(out, level + 1);
        fprintf(out, "%s:\n", ast_role(n->kind, 5) ? ast_role(n->kind, 5) : "items");
        for (uint32_t k = 0; k < n->n_items; k++) dump(out, n->items[k], level + 2, NULL);
    }
}

void ast_dump(FILE *out, const AstNode *node)
{
    dump(out, node, 0, NULL);
}
