/* SPDX-License-Identifier: MIT
 * check_int.h - INTERNAL to the checker (resolve.c, check.c, depend.c):
 * the state they share.  Nobody else includes it; the lowering reads only
 * check.h and types.h.
 *
 * The checker runs in phases over one Checker:
 *   resolve.c  scopes: each module's declarations, families (a base and
 *              the chain of modules extending it) with their effective
 *              declarations, decisions' effective rule lists, type nodes,
 *              name lookup, the CheckedProgram lists and check_index;
 *   check.c    expressions and declaration bodies (types, refs, edges);
 *   depend.c   the dependency graph: cycles, what depends on the row, the
 *              budget limit rule, periods and rule versions.
 * Everything is allocated in the program's compile arena, except the edge
 * and deferred-check vectors (xmalloc, freed at the end of check_program).
 */
#ifndef GRIP_LANG_CHECK_INT_H
#define GRIP_LANG_CHECK_INT_H

#include <stdint.h>

#include "check.h"
#include "module.h"

/* ---- maps (open addressing, arena memory, never shrink) ---------------- */

/* String keys (borrowed; they live in the arena like the tree). */
typedef struct StrMap {
    const char **keys; /* NULL: empty slot */
    void **vals;       /* value per slot */
    uint32_t cap;      /* slots (a power of two, or 0) */
    uint32_t n;        /* keys stored */
} StrMap;

/* Pointer keys. */
typedef struct PtrMap {
    const void **keys; /* NULL: empty slot */
    void **vals;       /* value per slot */
    uint32_t cap;      /* slots (a power of two, or 0) */
    uint32_t n;        /* keys stored */
} PtrMap;

/* Returns the value stored under 'key', or NULL. */
void *strmap_get(const StrMap *m, const char *key);
/* Stores 'val' under 'key' (replacing any value), growing in 'arena'. */
void strmap_put(Arena *arena, StrMap *m, const char *key, void *val);
/* Returns the value stored under 'key', or NULL. */
void *ptrmap_get(const PtrMap *m, const void *key);
/* Stores 'val' under 'key' (replacing any value), growing in 'arena'. */
void ptrmap_put(Arena *arena, PtrMap *m, const void *key, void *val);

/* ---- what the checker knows about one declaration node ----------------- */

/* Key columns of a table.  Keys are an identifier and a year or two in
 * practice; a fixed bound keeps Info fixed-size and lookups simple. */
#define GRIP_MAX_TABLE_KEY 16

/* Kept for top-level declarations and for members, cases, fields,
 * payload and function parameters, rules and columns. */
typedef struct Info {
    AstNode *node;         /* the declaration */
    Module *module;        /* where it is written */
    AstNode *parent;       /* member/case/field/param/column/rule: its owner */
    int index;             /* check_index's answer (-1 until known) */
    Type *type;            /* its value's type: def result, parameter, field,
                            * decision, column; a type declaration's nominal type */
    Type *nominal;         /* enum/variant/record/input/table/budget: its type
                            * (input/table: TYPE_ROW) */
    Type *table;           /* input/table: its TYPE_TABLE */
    StrMap fields;         /* record/input/table: field name -> AST_FIELD;
                            * variant: payload name -> first AST_PARAM;
                            * enum: member name -> AST_MEMBER;
                            * series/report/output: column name -> AST_COLUMN */
    StrMap cases;          /* variant: case name -> AST_CASE */
    AstNode *replaced_by;  /* an override that replaces it, or NULL */
    AstNode *key_fields[GRIP_MAX_TABLE_KEY]; /* table: its key columns' AST_FIELDs, in key order */
    uint32_t n_keys;       /* entries in key_fields */
    uint32_t graph;        /* node in the dependency graph + 1; 0: none */
    struct DecisionBuild *decision; /* typed decision: its effective rules */
    CheckedKeyUse *key_uses; /* budget: limit sub-expressions equal to a 'per' key */
    uint32_t n_key_uses;   /* entries in key_uses */
    AstNode *decision_of;  /* rule: the typed decision it was placed for */
    uint8_t checked;       /* bodies checked (guards against doing it twice) */
    uint8_t placed;        /* rule: placed in its decision's order (perhaps
                            * replaced later by an override) */
    uint8_t types_done;    /* type nodes resolved */
} Info;

/* One rule in a decision's effective order while rules are placed. */
typedef struct RuleLink {
    AstNode *rule;             /* AST_RULE */
    struct RuleLink *prev;     /* in effective order */
    struct RuleLink *next;
    struct RuleLink *version;  /* the next version of the same name */
} RuleLink;

/* A decision's effective rules: a list while they are placed (an
 * exception goes right before its target, an override in the place of
 * what it replaces, both in constant time), an array once resolve_scopes
 * is done. */
typedef struct DecisionBuild {
    AstNode *typed;      /* the typed AST_DECISION (the override, if any) */
    RuleLink *head;      /* effective order while placing */
    RuleLink *tail;
    StrMap names;        /* rule name -> its first RuleLink in effective order */
    AstNode **rules;     /* effective order, after placing (arena) */
    uint32_t n_rules;    /* rules in the list / array */
    AstNode *otherwise;  /* the effective 'otherwise' */
    Module *otherwise_module; /* where that 'otherwise' is written */
    uint32_t index;      /* position in CheckedProgram.decisions */
} DecisionBuild;

/* A chain of modules: a base and the modules extending it, base first.
 * Every module of the program belongs to exactly one family. */
typedef struct Family {
    Module **chain;  /* base first (arena) */
    uint32_t n;      /* modules in 'chain' */
    StrMap scope;    /* name -> effective declaration */
    StrMap members;  /* member/case name -> MemberList */
} Family;

/* The enum members and variant cases that share one bare name. */
typedef struct MemberList {
    AstNode *node;           /* AST_MEMBER or AST_CASE */
    AstNode *owner;          /* its AST_ENUM or AST_VARIANT */
    struct MemberList *next; /* another with the same name */
} MemberList;

/* Per module: where its bare and qualified names come from. */
typedef struct ModScope {
    Module *m;          /* the module */
    Family *fam;        /* its family */
    Module **vis;       /* used modules whose names are visible bare: its own
                         * 'use's without 'as' and those of the bases it
                         * extends (arena) */
    uint32_t n_vis;     /* entries in 'vis' */
    StrMap quals;       /* qualifier ("j", "zhz.tarieven") -> Module */
} ModScope;

/* ---- dependency graph ---------------------------------------------------- */

typedef struct GNode {
    AstNode *decl;       /* def, parameter, decision, budget or series column */
    const char *name;    /* for the cycle message */
    uint32_t first;      /* first edge (after sorting) */
    uint32_t n_out;      /* edges */
    uint8_t state;       /* DFS: 0 new, 1 on the stack, 2 done */
    uint8_t in_cycle;    /* part of a reported cycle */
    uint8_t row_direct;  /* reads the input's row itself (field, decision, remaining) */
    uint8_t row;         /* depends on the row, directly or not */
} GNode;

typedef struct Edge {
    uint32_t from, to;   /* graph node indexes */
    Span at;             /* the use */
} Edge;

/* A use of a def (or function) where there is no input row; an error if
 * that def turns out to depend on the row. */
typedef struct RowlessUse {
    uint32_t node;       /* graph node used */
    Span at;             /* where */
    const char *where;   /* "a series", "a parameter's value", ... */
} RowlessUse;

/* ---- expression context ---------------------------------------------------- */

/* A local name: a quantifier's or aggregate's variable, a function's
 * parameter.  Chained innermost first on the C stack. */
typedef struct Binding {
    const char *name;        /* the name */
    AstNode *decl;           /* AST_QUANT, AST_AGGREGATE or AST_PARAM */
    Type *type;              /* its type */
    const struct Binding *next;
} Binding;

typedef struct Ctx {
    Module *module;        /* the module the expression is written in */
    uint32_t owner;        /* graph node being checked + 1 (edges start here), 0: none */
    AstNode *row;          /* AST_INPUT/AST_TABLE whose fields are bare names, or NULL */
    AstNode *report_src;   /* report column: the source whose rows its aggregates see */
    AstNode *series;       /* inside this series: year variable, columns, previous() */
    const char *what;      /* the context in messages ("a series"); NULL: a per-row rule */
    const Binding *locals; /* innermost first */
    uint8_t remaining_ok;  /* remaining() allowed (per-row evaluation) */
    uint8_t report_col;    /* report column: count(), share(), sum(x), ... allowed */
    uint8_t output_col;    /* output column: 'x or ""' may change the type to text */
} Ctx;

/* ---- the checker --------------------------------------------------------- */

typedef struct Checker {
    Program *p;          /* what is checked */
    Diag *diag;          /* where errors go */
    Arena *arena;        /* the compile arena */
    CheckedProgram *cp;  /* the result being built */
    Type *prim[TYPE_KIND_COUNT]; /* primitive types, one each */
    PtrMap info;         /* declaration node -> Info */
    PtrMap scopes;       /* Module -> ModScope */
    Family **fams;       /* every family */
    uint32_t n_fams;
    AstNode *input;      /* the program's input, or NULL */
    AstNode **decisions; /* typed effective decisions, CheckedProgram order */
    GNode *g;            /* graph nodes (xmalloc) */
    uint32_t n_g;
    size_t cap_g;
    Edge *edges;         /* (xmalloc) */
    size_t n_edges, cap_edges;
    RowlessUse *rowless; /* (xmalloc) */
    size_t n_rowless, cap_rowless;
} Checker;

/* resolve.c */
/* Returns the Info of 'node', making it on first use. */
Info *info_of(Checker *C, AstNode *node);
/* Returns the Info of 'node' or NULL. */
Info *info_find(const Checker *C, const AstNode *node);
/* Returns the primitive type of kind 'k'. */
Type *prim(Checker *C, TypeKind k);
/* Returns a new set or list type of 'elem' (kind TYPE_SET or TYPE_LIST). */
Type *type_container(Checker *C, TypeKind k, Type *elem);
/* Builds module scopes, families, effective declarations and decisions'
 * rule lists, reporting duplicates and bad overrides/exceptions. */
void resolve_scopes(Checker *C);
/* Resolves every type node of every declaration (fields, parameters,
 * defs, decisions, cases, columns) and the key and 'dated by' columns. */
void resolve_types(Checker *C);
/* Resolves type node 'n' written in module 'm'; sets and returns n->type. */
Type *resolve_type(Checker *C, Module *m, AstNode *n);
/* Looks up bare 'name' at module level for code in module 'm': the
 * family's effective declarations, then the visible used modules.  Stores
 * an ambiguity (two used modules) in *other.  Returns NULL when unknown. */
AstNode *lookup_decl(Checker *C, Module *m, const char *name, AstNode **other);
/* Looks up the enum members and variant cases called 'name' visible from
 * 'm'; returns the list or NULL. */
MemberList *lookup_member(Checker *C, Module *m, const char *name);
/* Returns the module that qualifier 'q' ("j", "zhz.tarieven") names in
 * 'm', or NULL. */
Module *lookup_qualifier(Checker *C, Module *m, const char *q);
/* Returns "q.NAME" when a module 'm' uses under qualifier q declares
 * 'name' (for a hint), else NULL. */
const char *qualified_suggestion(Checker *C, Module *m, const char *name);
/* Looks up 'name' among the effective declarations of module 'target''s
 * family. */
AstNode *lookup_in_module(Checker *C, Module *target, const char *name);
/* Collects into *out (arena array, count returned) every module-level
 * name visible from 'm' (for "did you mean" hints). */
size_t visible_names(Checker *C, Module *m, const char ***out);
/* Returns the effective declaration 'd' stands for (following overrides). */
AstNode *effective(Checker *C, AstNode *d);
/* Returns the family of module 'm'. */
Family *family_of(Checker *C, Module *m);
/* Fills C->cp's lists from the effective declarations. */
void build_program(Checker *C);

/* check.c */
/* Checks every effective declaration's bodies. */
void check_bodies(Checker *C);
/* Checks expression 'n' in context 'x' and returns its type (also stored
 * in n->type); 'expect' (may be NULL) only guides the reading of bare
 * enum members, variant cases and '{}'. */
Type *check_expr(Checker *C, const Ctx *x, AstNode *n, Type *expect);
/* Returns 1 when a value of type 'from' may be used where 'to' is
 * expected (equal, int where decimal, '{}' and 'unknown', errors). */
int assignable(const Type *from, const Type *to);
/* Checks 'n' in 'x' and reports "WHAT must be T, not U" (with a hint)
 * unless its type is assignable to 'to'.  Returns its type, or TYPE_ERROR
 * after a report. */
Type *check_want(Checker *C, const Ctx *x, AstNode *n, Type *to, const char *what);
/* check_want with bool. */
Type *check_want_bool(Checker *C, const Ctx *x, AstNode *n, const char *what);
/* Returns 1 when values of 'l' and 'r' can be compared with '=' (or
 * ordered with '<', 'ordered'). */
int check_comparable(const Type *l, const Type *r, int ordered);
/* Returns 1 for types an output column or report can write. */
int check_printable(const Type *t);
/* Returns 1 for types usable as a key (budget 'per', group and order keys). */
int check_keyable(const Type *t);
/* Returns the graph node + 1 of 'decl', making one when 'make'. */
uint32_t graph_node(Checker *C, AstNode *decl, int make);
/* Records that graph node 'from' (+1, 0: nothing) uses graph node 'to'
 * (+1) at 'at'. */
void add_edge(Checker *C, uint32_t from, uint32_t to, Span at);

/* depend.c */
/* Reports cycles, computes what depends on the row, and runs the checks
 * that need it (rowless uses, budget limits), then periods and rule
 * versions. */
void check_dependencies(Checker *C);
/* Returns the text ("YYYY-MM-DD", which sorts as dates do) of a constant
 * date expression: a date literal, or a name of a def or of a parameter
 * without periods whose value is one.  NULL when it is not constant. */
const char *const_date(const AstNode *n);

#endif
