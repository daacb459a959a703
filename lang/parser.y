/* SPDX-License-Identifier: MIT
 * parser.y - the grammar of grip (bison 3.8; generated into parser.c and
 * parser.h, which are committed: see docs/internals.md).
 *
 * Layout is not significant: every clause of a declaration starts with a
 * keyword, and a declaration ends where a token that cannot continue it
 * begins the next one (docs/language.md has the syntax).  Doc strings are
 * not tokens: the scanner records each with the token that follows it and
 * decl() attaches it to the declaration or rule starting at that token.
 *
 * NOTES for whoever changes this file (after PostgreSQL's gram.y):
 *  - Actions only build nodes in the compile arena (through the helpers in
 *    the prologue).  They never resolve names, look at other declarations
 *    or keep state beyond ParseState; meaning is the checker's job.
 *  - Every node is finished by fin(), which enforces GRIP_MAX_DEPTH.
 *  - Semantic values are arena memory, so no %destructor is needed; a
 *    non-arena value would need one.
 *  - %expect 0: resolve conflicts in the grammar or with a commented
 *    precedence, never by accepting them.
 *  - Keywords differ per language, so error messages name tokens through
 *    parse_token_word() (see token_name below), never bison's names.
 */

%define api.pure full
%define api.prefix {grip_yy}
%define api.location.type {Span}
%define parse.error custom
%define parse.lac full
%locations
%expect 0

%parse-param {void *scanner} {ParseState *ps}
%lex-param {void *scanner}

%code requires {
#include "ast.h"
#include "parse.h"
#include "span.h"
}

%union {
    ParseTok tok;  /* names and literals */
    AstNode *node; /* everything built */
    AstVec *vec;   /* lists while they grow */
    int num;       /* flags and operators */
}

%code {
#include <stdio.h>
#include <string.h>

#include "../runtime/alloc.h"

int grip_yylex(GRIP_YYSTYPE *lval, GRIP_YYLTYPE *lloc, void *scanner);
static void grip_yyerror(GRIP_YYLTYPE *loc, void *scanner, ParseState *ps, const char *msg);

/* A node's span runs from its first symbol's start to its last symbol's
 * end.  An empty rule gets a zero-length span at the end of the symbol
 * before it, so it never points back at the start of the file (jq). */
#define YYLLOC_DEFAULT(Cur, Rhs, N)                                       \
    do {                                                                  \
        if (N) {                                                          \
            (Cur).file = YYRHSLOC(Rhs, 1).file;                           \
            (Cur).start = YYRHSLOC(Rhs, 1).start;                         \
            (Cur).end = YYRHSLOC(Rhs, N).end;                             \
        } else {                                                          \
            (Cur).file = YYRHSLOC(Rhs, 0).file;                           \
            (Cur).start = (Cur).end = YYRHSLOC(Rhs, 0).end;               \
        }                                                                 \
    } while (0)

/* bison's stack: through the one allocator, and bounded (parse.h) */
#define YYMALLOC xmalloc
#define YYFREE xfree
#define YYMAXDEPTH GRIP_MAX_PARSE_STACK

#define NODE(kind, loc) ast_new(ps->arena, (kind), (loc))

/* Finishes 'n': computes its depth and replaces it by an AST_ERROR leaf
 * (reporting the limit once per file) when it is deeper than
 * GRIP_MAX_DEPTH, so no later phase sees a deeper tree. */
static AstNode *fin(ParseState *ps, AstNode *n)
{
    if (ast_update_depth(n) <= GRIP_MAX_DEPTH) return n;
    if (!ps->depth_reported) {
        ps->depth_reported = 1;
        diag_error(ps->diag, n->span, "nested too deeply (more than %d levels)", GRIP_MAX_DEPTH);
        diag_hint(ps->diag, "split it into several 'def's");
    }
    return NODE(AST_ERROR, n->span);
}

/* Gives 'n' the name 'name' written at 'loc'. */
static AstNode *named(AstNode *n, ParseTok name, Span loc)
{
    n->name = name.text;
    n->name_span = loc;
    return n;
}

static AstNode *with_items(AstNode *n, AstVec *v)
{
    ast_set_items(n, v);
    return n;
}

/* Makes 'n' a declaration (or rule): adds its AstDeclInfo with the doc
 * string written right before its first token, and finishes it. */
static AstNode *decl(ParseState *ps, AstNode *n)
{
    n->decl = ARENA_NEW(ps->arena, AstDeclInfo);
    n->decl->doc_span = SPAN_NONE;
    n->decl->label_span = SPAN_NONE;
    size_t lo = 0, hi = ps->n_docs;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (ps->docs[mid].next_start < n->span.start) lo = mid + 1;
        else hi = mid;
    }
    if (lo < ps->n_docs && ps->docs[lo].next_start == n->span.start && !ps->docs[lo].used) {
        ps->docs[lo].used = 1;
        n->decl->doc = ps->docs[lo].text;
        n->decl->doc_span = ps->docs[lo].span;
    }
    return fin(ps, n);
}

/* A keyword written where a field or column name is expected ('budget'
 * as a column of teams.csv): its source text becomes the name. */
static ParseTok keyword_name(ParseState *ps, Span loc)
{
    const SourceFile *f = ps->sources->files[loc.file];
    ParseTok t = {arena_strndup(ps->arena, f->text + loc.start, loc.end - loc.start), 0};
    return t;
}

static AstNode *ident(ParseState *ps, ParseTok t, Span loc)
{
    return fin(ps, named(NODE(AST_IDENT, loc), t, loc));
}

static AstNode *literal(ParseState *ps, AstKind kind, ParseTok t, Span loc)
{
    AstNode *n = NODE(kind, loc);
    n->name = t.text;
    n->op = (uint8_t)t.op;
    return n;
}

static AstNode *binary(ParseState *ps, int op, AstNode *l, AstNode *r, Span loc)
{
    AstNode *n = NODE(AST_BINARY, loc);
    n->op = (uint8_t)op;
    n->a = l;
    n->b = r;
    return fin(ps, n);
}

static AstNode *unary(ParseState *ps, int op, AstNode *x, Span loc)
{
    AstNode *n = NODE(AST_UNARY, loc);
    n->op = (uint8_t)op;
    n->a = x;
    return fin(ps, n);
}

static AstNode *list(ParseState *ps, AstVec *v, Span loc)
{
    return fin(ps, with_items(NODE(AST_LIST, loc), v));
}

/* Joins 'prefix' and 'name' with a dot (qualified names), in the arena. */
static const char *dotted(ParseState *ps, const char *prefix, const char *name)
{
    return arena_printf(ps->arena, "%s.%s", prefix, name);
}

/* 'expect X = Y' compares X with Y; any other 'expect C' asserts C. */
static AstNode *expect(ParseState *ps, AstNode *e, Span loc)
{
    AstNode *n = NODE(AST_EXPECT, loc);
    if (e->kind == AST_BINARY && e->op == AST_OP_EQ && !(e->flags & AST_F_PAREN)) {
        n->a = e->a;
        n->b = e->b;
    } else {
        n->a = e;
    }
    return fin(ps, n);
}

/* Tokens after which an error is over: recovery resumes with full error
 * reporting (yyerrok) when the lookahead is one of these.  Each must be
 * one the parser can shift next in that place ('in_rules': inside a
 * decision), or yyerrok would report the same token again forever. */
static int resyncs(int tok, int in_rules)
{
    switch (tok) {
    case MODULE: case USE: case EXTENDS: case ENUM: case VARIANT: case RECORD:
    case INPUT: case TABLE: case PARAMETER: case DEF: case DECISION: case BUDGET:
    case ALLOCATION: case SERIES: case REPORT: case OUTPUT: case TEST: case OVERRIDE:
        return 1;
    case RULE: case OVERRIDE_RULE: case OTHERWISE: case ELSE:
        return in_rules;
    default:
        return 0;
    }
}
}

%initial-action {
    @$ = (Span){ps->file, ps->offset, ps->offset};
}

%token <tok> IDENT STRING INT DECIMAL MONEY PERCENT DATE DURATION
%token ROW_END NE LE GE DOTDOT
%token ALL ALLOCATION AND ANY AS ASC AVG BUDGET BY CAP CHARGE COUNT DATED_BY
%token DECISION DEF DESC ELSE ENUM EQUAL ERROR_KW EXCEPTION_TO EXPECT EXTENDS
%token FALSE FOR FROM GIVEN GROUP_BY IF IN INPUT IS KEY LIMIT LIST MAX MEDIAN
%token MIN MODULE NOT OF ON OR ORDER_BY OTHERWISE OUTPUT OVER OVERRIDE
%token OVERRIDE_RULE PARAMETER PER PREVIOUS RECORD REPORT RULE SERIES SET
%token SHARE SUM TABLE TEST THEN TOTAL TOTALS TRUE UNIQUE UNKNOWN UNLESS UNTIL
%token USE VALID VARIANT WEIGHT WHEN WHERE WITH

/* 'count v in T' without 'where' has the lowest precedence so that a
 * following 'where' is shifted: it belongs to the innermost quantifier
 * (like the dangling else). */
%precedence QUANT_BARE
/* a decision's rule list ends (empty 'otherwise') with a lower precedence
 * than 'error', so an error after a rule is recovered inside the decision
 * ('rules: rules error'), not by ending the decision */
%precedence RULES_END
%precedence error
/* the bodies of 'else' and 'where' extend as far right as possible */
%precedence ELSE
%precedence WHERE
%left OR
%left AND
%precedence NOT
/* comparisons do not chain: 'a < b < c' is an error */
%nonassoc '=' NE '<' LE '>' GE IN IS
%left '+' '-'
%left '*' '/'
%precedence UMINUS

%type <node> decl decl_body module_decl use_decl extends_decl enum_decl variant_decl
%type <node> record_decl input_decl table_decl param_decl def_decl decision_decl
%type <node> budget_decl allocation_decl series_decl report_decl output_decl test_decl
%type <node> field type case param rule period charge opt_default opt_dated
%type <node> opt_table_key opt_valid opt_when opt_unless opt_exception opt_otherwise
%type <node> opt_over opt_where opt_group opt_order group_key order_key row
%type <node> series_col report_col out_col test_item init expr postfix primary
%type <node> aggregate opt_alias opt_result alloc_clause named_arg
%type <vec> decls fields case_list params opt_params rules charges ident_list
%type <vec> periods rows cells expr_list alloc_clauses group_keys order_keys
%type <vec> series_cols report_cols out_cols test_items inits opt_args member_list named_args
%type <tok> qname opt_label field_name
%type <num> opt_key opt_unique opt_dir opt_totals agg_op rule_kw

%%

file
    : decls                      { ps->decls = $1; }
    ;

decls
    : %empty                     { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | decls decl                 { $$ = ast_vec_push(ps->arena, $1, $2); }
    /* a broken declaration is skipped up to the next declaration keyword;
     * only then are new errors reported (yyerrok), so one mistake gives one
     * message */
    | decls error                { $$ = $1; if (resyncs(yychar, 0)) yyerrok; }
    ;

decl
    : decl_body                  { $$ = decl(ps, $1); }
    | OVERRIDE param_decl        { $2->flags |= AST_F_OVERRIDE; $2->span = @$; $$ = decl(ps, $2); }
    | OVERRIDE def_decl          { $2->flags |= AST_F_OVERRIDE; $2->span = @$; $$ = decl(ps, $2); }
    | OVERRIDE table_decl        { $2->flags |= AST_F_OVERRIDE; $2->span = @$; $$ = decl(ps, $2); }
    | OVERRIDE decision_decl     { $2->flags |= AST_F_OVERRIDE; $2->span = @$; $$ = decl(ps, $2); }
    ;

decl_body
    : module_decl | use_decl | extends_decl | enum_decl | variant_decl | record_decl
    | input_decl | table_decl | param_decl | def_decl | decision_decl | budget_decl
    | allocation_decl | series_decl | report_decl | output_decl | test_decl
    ;

qname
    : IDENT                      { $$ = $1; }
    | qname '.' IDENT            { $$.text = dotted(ps, $1.text, $3.text); $$.op = 0; }
    ;

module_decl
    : MODULE qname               { $$ = named(NODE(AST_MODULE, @$), $2, @2); }
    ;

use_decl
    : USE qname opt_alias        { $$ = named(NODE(AST_USE, @$), $2, @2); $$->a = $3; }
    ;

/* 'as' is 'als' in Dutch, which is also 'when': both tokens mean 'as' here */
opt_alias
    : %empty                     { $$ = NULL; }
    | AS IDENT                   { $$ = ident(ps, $2, @2); }
    | WHEN IDENT                 { $$ = ident(ps, $2, @2); }
    ;

extends_decl
    : EXTENDS qname              { $$ = named(NODE(AST_EXTENDS, @$), $2, @2); }
    ;

enum_decl
    : ENUM IDENT '{' member_list opt_comma '}'
                                 { $$ = with_items(named(NODE(AST_ENUM, @$), $2, @2), $4); }
    | ENUM IDENT '{' error '}'   { $$ = named(NODE(AST_ENUM, @$), $2, @2); }
    ;

member_list
    : IDENT                      { $$ = ast_vec_push(ps->arena, NULL, fin(ps, named(NODE(AST_MEMBER, @1), $1, @1))); }
    | member_list ',' IDENT      { $$ = ast_vec_push(ps->arena, $1, fin(ps, named(NODE(AST_MEMBER, @3), $3, @3))); }
    ;

opt_comma
    : %empty
    | ','
    ;

/* items inside a block may be separated by ',' or ';' or nothing */
opt_sep
    : %empty
    | ','
    | ';'
    ;

variant_decl
    : VARIANT IDENT '{' case_list opt_comma '}'
                                 { $$ = with_items(named(NODE(AST_VARIANT, @$), $2, @2), $4); }
    | VARIANT IDENT '{' error '}' { $$ = named(NODE(AST_VARIANT, @$), $2, @2); }
    ;

case_list
    : case                       { $$ = ast_vec_push(ps->arena, NULL, $1); }
    | case_list ',' case         { $$ = ast_vec_push(ps->arena, $1, $3); }
    ;

case
    : IDENT                      { $$ = decl(ps, named(NODE(AST_CASE, @$), $1, @1)); }
    | IDENT '(' params ')'       { $$ = decl(ps, with_items(named(NODE(AST_CASE, @$), $1, @1), $3)); }
    | IDENT '(' error ')'        { $$ = decl(ps, named(NODE(AST_CASE, @$), $1, @1)); }
    ;

params
    : param                      { $$ = ast_vec_push(ps->arena, NULL, $1); }
    | params ',' param           { $$ = ast_vec_push(ps->arena, $1, $3); }
    ;

param
    : IDENT ':' type             { $$ = named(NODE(AST_PARAM, @$), $1, @1); $$->a = $3; $$ = fin(ps, $$); }
    ;

record_decl
    : RECORD IDENT '{' fields '}' { $$ = with_items(named(NODE(AST_RECORD, @$), $2, @2), $4); }
    ;

input_decl
    : INPUT IDENT opt_dated '{' fields '}'
                                 { $$ = with_items(named(NODE(AST_INPUT, @$), $2, @2), $5); $$->a = $3; }
    ;

opt_dated
    : %empty                     { $$ = NULL; }
    | DATED_BY IDENT             { $$ = ident(ps, $2, @2); }
    ;

fields
    : %empty                     { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | fields field opt_sep       { $$ = ast_vec_push(ps->arena, $1, $2); }
    /* a broken field is skipped up to the next one or the closing '}' */
    | fields error               { $$ = $1; }
    ;

field
    : field_name ':' type opt_key opt_default
                                 { $$ = named(NODE(AST_FIELD, @$), $1, @1); $$->a = $3; $$->b = $5;
                                   $$->flags = (uint16_t)$4; $$ = decl(ps, $$); }
    ;

/* A field or column name: a name, or one of the single-word keywords that
 * are natural column names ('budget', 'limit', 'total', 'rule' - in Dutch
 * 'regel', 'totaal', 'aantal').  Words that can continue an expression or
 * follow a field's type (and, or, in, is, where, key, ...) stay reserved. */
field_name
    : IDENT                      { $$ = $1; }
    | field_keyword              { $$ = keyword_name(ps, @1); }
    ;

field_keyword
    : ALLOCATION | AVG | BUDGET | CAP | CHARGE | COUNT | DECISION | DEF | DESC
    | ENUM | EQUAL | ERROR_KW | EXPECT | GIVEN | INPUT | LIMIT | LIST | MAX | MEDIAN
    | MIN | MODULE | ON | OUTPUT | OVER | PARAMETER | PER | PREVIOUS | RECORD
    | REPORT | RULE | SERIES | SHARE | SUM | TABLE | TEST | TOTAL | TOTALS | UNIQUE
    | UNKNOWN | USE | VALID | VARIANT | WEIGHT
    ;

opt_key
    : %empty                     { $$ = 0; }
    | KEY                        { $$ = AST_F_KEY; }
    ;

opt_default
    : %empty                     { $$ = NULL; }
    | '=' expr                   { $$ = $2; }
    ;

type
    : qname                      { $$ = fin(ps, named(NODE(AST_TYPE_NAME, @$), $1, @1)); }
    | SET OF type                { $$ = NODE(AST_TYPE_SET, @$); $$->a = $3; $$ = fin(ps, $$); }
    | LIST OF type               { $$ = NODE(AST_TYPE_LIST, @$); $$->a = $3; $$ = fin(ps, $$); }
    ;

table_decl
    : TABLE IDENT opt_table_key '{' fields rows '}'
                                 { $$ = with_items(named(NODE(AST_TABLE, @$), $2, @2), $5);
                                   $$->a = $3; $$->b = $6->n ? list(ps, $6, @6) : NULL; }
    ;

opt_table_key
    : %empty                     { $$ = NULL; }
    | KEY '(' ident_list ')'     { $$ = list(ps, $3, @$); }
    ;

ident_list
    : field_name                 { $$ = ast_vec_push(ps->arena, NULL, ident(ps, $1, @1)); }
    | ident_list ',' field_name  { $$ = ast_vec_push(ps->arena, $1, ident(ps, $3, @3)); }
    ;

rows
    : %empty                     { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | rows row                   { $$ = ast_vec_push(ps->arena, $1, $2); }
    ;

row
    : '|' cells ROW_END          { $$ = fin(ps, with_items(NODE(AST_ROW, @$), $2)); }
    ;

cells
    : expr                       { $$ = ast_vec_push(ps->arena, NULL, $1); }
    | cells '|' expr             { $$ = ast_vec_push(ps->arena, $1, $3); }
    ;

param_decl
    : PARAMETER IDENT ':' type opt_default periods
                                 { $$ = with_items(named(NODE(AST_PARAMETER, @$), $2, @2), $6);
                                   $$->a = $4; $$->b = $5; }
    ;

periods
    : %empty                     { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | periods period             { $$ = ast_vec_push(ps->arena, $1, $2); }
    ;

/* the dates are primaries: 'from 2020-01-01 = 3%' must not read as a
 * comparison '2020-01-01 = 3%' */
period
    : FROM primary '=' expr      { $$ = NODE(AST_PERIOD, @$); $$->a = $2; $$->c = $4; $$ = fin(ps, $$); }
    | FROM primary UNTIL primary '=' expr
                                 { $$ = NODE(AST_PERIOD, @$); $$->a = $2; $$->b = $4; $$->c = $6; $$ = fin(ps, $$); }
    ;

def_decl
    : DEF IDENT opt_params ':' type '=' expr
                                 { $$ = named(NODE(AST_DEF, @$), $2, @2); $$->a = $5; $$->b = $7;
                                   if ($3) { $$->flags |= AST_F_FUNCTION; ast_set_items($$, $3); } }
    ;

opt_params
    : %empty                     { $$ = NULL; }
    | '(' ')'                    { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | '(' params ')'             { $$ = $2; }
    | '(' error ')'              { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    ;

decision_decl
    : DECISION IDENT opt_result rules opt_otherwise
                                 { $$ = with_items(named(NODE(AST_DECISION, @$), $2, @2), $4);
                                   if ($3) { $$->a = $3->a; $$->flags = $3->flags; }
                                   $$->b = $5; }
    ;

/* without a type the declaration adds rules to an inherited decision */
opt_result
    : %empty                     { $$ = NULL; }
    | ':' type opt_unique        { $$ = NODE(AST_LIST, @$); $$->a = $2; $$->flags = (uint16_t)$3; }
    ;

opt_unique
    : %empty                     { $$ = 0; }
    | UNIQUE                     { $$ = AST_F_UNIQUE; }
    ;

rules
    : %empty                     { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | rules rule                 { $$ = ast_vec_push(ps->arena, $1, $2); }
    /* a broken rule is skipped up to the next 'rule', 'otherwise' or
     * declaration */
    | rules error                { $$ = $1; if (resyncs(yychar, 1)) yyerrok; }
    ;

rule
    : rule_kw IDENT opt_label opt_exception opt_valid ':' expr opt_when opt_unless
                                 { AstNode *n = named(NODE(AST_RULE, @$), $2, @2);
                                   n->flags = (uint16_t)$1;
                                   n->a = $7; n->b = $8; n->c = $9; n->d = $4; n->e = $5;
                                   n = decl(ps, n);
                                   if (n->decl && $3.text) { n->decl->label = $3.text; n->decl->label_span = @3; }
                                   $$ = n; }
    ;

rule_kw
    : RULE                       { $$ = 0; }
    | OVERRIDE_RULE              { $$ = AST_F_OVERRIDE; }
    ;

opt_label
    : %empty                     { $$.text = NULL; $$.op = 0; }
    | STRING                     { $$ = $1; }
    ;

opt_exception
    : %empty                     { $$ = NULL; }
    | EXCEPTION_TO IDENT         { $$ = ident(ps, $2, @2); }
    ;

opt_valid
    : %empty                     { $$ = NULL; }
    | VALID FROM expr            { $$ = NODE(AST_PERIOD, @$); $$->a = $3; $$ = fin(ps, $$); }
    | VALID UNTIL expr           { $$ = NODE(AST_PERIOD, @$); $$->b = $3; $$ = fin(ps, $$); }
    | VALID FROM expr UNTIL expr { $$ = NODE(AST_PERIOD, @$); $$->a = $3; $$->b = $5; $$ = fin(ps, $$); }
    ;

opt_when
    : %empty                     { $$ = NULL; }
    | WHEN expr                  { $$ = $2; }
    ;

opt_unless
    : %empty                     { $$ = NULL; }
    | UNLESS expr                { $$ = $2; }
    ;

/* 'anders' is Dutch for both 'else' and 'otherwise' */
opt_otherwise
    : %empty %prec RULES_END     { $$ = NULL; }
    | OTHERWISE expr             { $$ = $2; }
    | ELSE expr                  { $$ = $2; }
    ;

budget_decl
    : BUDGET IDENT PER expr_list LIMIT expr charges
                                 { $$ = with_items(named(NODE(AST_BUDGET, @$), $2, @2), $4);
                                   $$->a = $6; $$->b = list(ps, $7, @7); }
    ;

charges
    : charge                     { $$ = ast_vec_push(ps->arena, NULL, $1); }
    | charges charge             { $$ = ast_vec_push(ps->arena, $1, $2); }
    ;

charge
    : CHARGE expr opt_when       { $$ = NODE(AST_CHARGE, @$); $$->a = $2; $$->b = $3; $$ = fin(ps, $$); }
    ;

expr_list
    : expr                       { $$ = ast_vec_push(ps->arena, NULL, $1); }
    | expr_list ',' expr         { $$ = ast_vec_push(ps->arena, $1, $3); }
    ;

allocation_decl
    : ALLOCATION IDENT OVER expr alloc_clauses
                                 { AstNode *n = named(NODE(AST_ALLOCATION, @$), $2, @2);
                                   AstVec *order = ast_vec_push(ps->arena, NULL, NULL);
                                   const char *seen[5] = {0};
                                   n->a = $4;
                                   for (uint32_t k = 0; k < $5->n; k++) {
                                       AstNode *c = $5->items[k];
                                       AstNode **slot = c->op == 1 ? &n->b : c->op == 2 ? &n->c : c->op == 4 ? &n->d : NULL;
                                       if (c->op == 3) {
                                           ast_vec_push(ps->arena, order, c->a);
                                           continue;
                                       }
                                       if (seen[c->op]) {
                                           diag_error(ps->diag, c->span, "'%s' is given twice in this allocation", c->name);
                                           continue;
                                       }
                                       if ((c->op == 0 && seen[2]) || (c->op == 2 && seen[0])) {
                                           diag_error(ps->diag, c->span, "an allocation splits by weight or equally, not both");
                                           continue;
                                       }
                                       seen[c->op] = c->name;
                                       if (slot) *slot = c->a;
                                       else n->flags |= AST_F_EQUAL;
                                   }
                                   ast_set_items(n, order);
                                   $$ = n; }
    ;

alloc_clauses
    : alloc_clause               { $$ = ast_vec_push(ps->arena, NULL, $1); }
    | alloc_clauses alloc_clause { $$ = ast_vec_push(ps->arena, $1, $2); }
    ;

/* a temporary AST_LIST: op is the clause (0 equal, 1 total, 2 weight,
 * 3 order, 4 cap), name its keyword for messages, a its expression */
alloc_clause
    : EQUAL                      { $$ = NODE(AST_LIST, @$); $$->op = 0; $$->name = "equal"; }
    | TOTAL expr                 { $$ = NODE(AST_LIST, @$); $$->op = 1; $$->name = "total"; $$->a = $2; }
    | WEIGHT expr                { $$ = NODE(AST_LIST, @$); $$->op = 2; $$->name = "weight"; $$->a = $2; }
    | ORDER_BY order_key         { $$ = NODE(AST_LIST, @$); $$->op = 3; $$->name = "order by"; $$->a = $2; }
    | CAP expr                   { $$ = NODE(AST_LIST, @$); $$->op = 4; $$->name = "cap"; $$->a = $2; }
    ;

series_decl
    : SERIES IDENT series_by IDENT IN expr DOTDOT expr '{' series_cols '}'
                                 { $$ = with_items(named(NODE(AST_SERIES, @$), $2, @2), $10);
                                   $$->a = ident(ps, $4, @4); $$->b = $6; $$->c = $8; }
    ;

/* 'by' in English; Dutch writes 'per' */
series_by
    : BY
    | PER
    ;

series_cols
    : %empty                     { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | series_cols series_col opt_sep { $$ = ast_vec_push(ps->arena, $1, $2); }
    | series_cols error          { $$ = $1; }
    ;

series_col
    : IDENT ':' type '=' expr    { $$ = named(NODE(AST_COLUMN, @$), $1, @1); $$->a = $3; $$->b = $5; $$ = decl(ps, $$); }
    ;

report_decl
    : REPORT IDENT opt_over opt_where opt_group '{' report_cols '}' opt_order opt_totals
                                 { $$ = with_items(named(NODE(AST_REPORT, @$), $2, @2), $7);
                                   $$->a = $3; $$->b = $4; $$->c = $5; $$->d = $9;
                                   $$->flags = (uint16_t)$10; }
    ;

opt_over
    : %empty                     { $$ = NULL; }
    | OVER expr                  { $$ = $2; }
    ;

opt_where
    : %empty                     { $$ = NULL; }
    | WHERE expr                 { $$ = $2; }
    ;

opt_group
    : %empty                     { $$ = NULL; }
    | GROUP_BY group_keys        { $$ = list(ps, $2, @2); }
    ;

group_keys
    : group_key                  { $$ = ast_vec_push(ps->arena, NULL, $1); }
    | group_keys ',' group_key   { $$ = ast_vec_push(ps->arena, $1, $3); }
    ;

group_key
    : expr opt_alias             { $$ = NODE(AST_GROUP_KEY, @$); $$->a = $1;
                                   if ($2) { $$->name = $2->name; $$->name_span = $2->span; }
                                   $$ = fin(ps, $$); }
    ;

opt_order
    : %empty                     { $$ = NULL; }
    | ORDER_BY order_keys        { $$ = list(ps, $2, @2); }
    ;

order_keys
    : order_key                  { $$ = ast_vec_push(ps->arena, NULL, $1); }
    | order_keys ',' order_key   { $$ = ast_vec_push(ps->arena, $1, $3); }
    ;

order_key
    : expr opt_dir               { $$ = NODE(AST_ORDER_KEY, @$); $$->a = $1; $$->flags = (uint16_t)$2; $$ = fin(ps, $$); }
    ;

opt_dir
    : %empty                     { $$ = 0; }
    | ASC                        { $$ = 0; }
    | DESC                       { $$ = AST_F_DESC; }
    ;

opt_totals
    : %empty                     { $$ = 0; }
    | WITH TOTALS                { $$ = AST_F_TOTALS; }
    ;

report_cols
    : %empty                     { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | report_cols report_col opt_sep { $$ = ast_vec_push(ps->arena, $1, $2); }
    | report_cols error          { $$ = $1; }
    ;

report_col
    : field_name '=' expr opt_where { $$ = named(NODE(AST_COLUMN, @$), $1, @1); $$->b = $3; $$->c = $4; $$ = decl(ps, $$); }
    ;

output_decl
    : OUTPUT IDENT '{' out_cols '}'
                                 { $$ = with_items(named(NODE(AST_OUTPUT, @$), $2, @2), $4); }
    ;

out_cols
    : %empty                     { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | out_cols out_col opt_sep   { $$ = ast_vec_push(ps->arena, $1, $2); }
    | out_cols error             { $$ = $1; }
    ;

out_col
    : field_name '=' expr        { $$ = named(NODE(AST_COLUMN, @$), $1, @1); $$->b = $3; $$ = decl(ps, $$); }
    ;

test_decl
    : TEST STRING '{' test_items '}'
                                 { $$ = with_items(named(NODE(AST_TEST, @$), $2, @2), $4); }
    ;

test_items
    : %empty                     { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | test_items test_item       { $$ = ast_vec_push(ps->arena, $1, $2); }
    | test_items error           { $$ = $1; }
    ;

test_item
    : GIVEN IDENT '{' inits '}'  { $$ = fin(ps, with_items(named(NODE(AST_GIVEN, @$), $2, @2), $4)); }
    | WITH IDENT '{' rows '}'    { $$ = fin(ps, with_items(named(NODE(AST_WITH, @$), $2, @2), $4)); }
    | SET IDENT '=' expr         { $$ = named(NODE(AST_SET_PARAM, @$), $2, @2); $$->a = $4; $$ = fin(ps, $$); }
    | ON primary                 { $$ = NODE(AST_ON, @$); $$->a = $2; $$ = fin(ps, $$); }
    | EXPECT expr                { $$ = expect(ps, $2, @$); }
    | EXPECT ERROR_KW            { $$ = NODE(AST_EXPECT, @$); $$->flags = AST_F_EXPECT_ERROR; }
    | EXPECT ERROR_KW STRING     { $$ = named(NODE(AST_EXPECT, @$), $3, @3); $$->flags = AST_F_EXPECT_ERROR; }
    ;

inits
    : %empty                     { $$ = ast_vec_push(ps->arena, NULL, NULL); }
    | inits init opt_sep         { $$ = ast_vec_push(ps->arena, $1, $2); }
    | inits error                { $$ = $1; }
    ;

init
    : field_name ':' expr        { $$ = named(NODE(AST_INIT, @$), $1, @1); $$->a = $3; $$ = fin(ps, $$); }
    ;

/* ---- expressions ---- */

expr
    : postfix                    { $$ = $1; }
    | '-' expr %prec UMINUS      { $$ = unary(ps, AST_OP_NEG, $2, @$); }
    | NOT expr                   { $$ = unary(ps, AST_OP_NOT, $2, @$); }
    | expr '+' expr              { $$ = binary(ps, AST_OP_ADD, $1, $3, @$); }
    | expr '-' expr              { $$ = binary(ps, AST_OP_SUB, $1, $3, @$); }
    | expr '*' expr              { $$ = binary(ps, AST_OP_MUL, $1, $3, @$); }
    | expr '/' expr              { $$ = binary(ps, AST_OP_DIV, $1, $3, @$); }
    | expr '=' expr              { $$ = binary(ps, AST_OP_EQ, $1, $3, @$); }
    | expr NE expr               { $$ = binary(ps, AST_OP_NE, $1, $3, @$); }
    | expr '<' expr              { $$ = binary(ps, AST_OP_LT, $1, $3, @$); }
    | expr LE expr               { $$ = binary(ps, AST_OP_LE, $1, $3, @$); }
    | expr '>' expr              { $$ = binary(ps, AST_OP_GT, $1, $3, @$); }
    | expr GE expr               { $$ = binary(ps, AST_OP_GE, $1, $3, @$); }
    | expr AND expr              { $$ = binary(ps, AST_OP_AND, $1, $3, @$); }
    | expr OR expr               { $$ = binary(ps, AST_OP_OR, $1, $3, @$); }
    | expr IN expr               { $$ = binary(ps, AST_OP_IN, $1, $3, @$); }
    | expr IS IDENT              { $$ = named(NODE(AST_IS, @$), $3, @3); $$->a = $1; $$ = fin(ps, $$); }
    | IF expr THEN expr ELSE expr
                                 { $$ = NODE(AST_IF, @$); $$->a = $2; $$->b = $4; $$->c = $6; $$ = fin(ps, $$); }
    | ANY IDENT IN postfix WHERE expr
                                 { $$ = named(NODE(AST_QUANT, @$), $2, @2); $$->op = AST_OP_ANY;
                                   $$->a = $4; $$->b = $6; $$ = fin(ps, $$); }
    | ALL IDENT IN postfix WHERE expr
                                 { $$ = named(NODE(AST_QUANT, @$), $2, @2); $$->op = AST_OP_ALL;
                                   $$->a = $4; $$->b = $6; $$ = fin(ps, $$); }
    | COUNT IDENT IN postfix WHERE expr
                                 { $$ = named(NODE(AST_QUANT, @$), $2, @2); $$->op = AST_OP_COUNT;
                                   $$->a = $4; $$->b = $6; $$ = fin(ps, $$); }
    | COUNT IDENT IN postfix %prec QUANT_BARE
                                 { $$ = named(NODE(AST_QUANT, @$), $2, @2); $$->op = AST_OP_COUNT;
                                   $$->a = $4; $$ = fin(ps, $$); }
    ;

postfix
    : primary                    { $$ = $1; }
    | postfix '.' field_name     { $$ = named(NODE(AST_DOT, @$), $3, @3); $$->a = $1; $$ = fin(ps, $$); }
    | postfix '[' expr_list ']'  { $$ = with_items(NODE(AST_INDEX, @$), $3); $$->a = $1; $$ = fin(ps, $$); }
    | postfix '[' error ']'      { $$ = NODE(AST_ERROR, @$); }
    | postfix '(' opt_args ')'   { $$ = with_items(NODE(AST_CALL, @$), $3); $$->a = $1; $$ = fin(ps, $$); }
    /* a record built field by field: 'Adres(straat: "Dorpsstraat", huisnummer: 1)'.
     * Not 'Adres { ... }': a name followed by '{' already ends the
     * expression before a report's or series' '{' ('over Aanvraag {') */
    | postfix '(' named_args opt_comma ')'
                                 { $$ = with_items(NODE(AST_RECORD_LIT, @$), $3); $$->a = $1; $$ = fin(ps, $$); }
    | postfix '(' error ')'      { $$ = NODE(AST_ERROR, @$); }
    ;

opt_args
    : %empty                     { $$ = NULL; }
    | expr_list                  { $$ = $1; }
    ;

named_args
    : named_arg                  { $$ = ast_vec_push(ps->arena, NULL, $1); }
    | named_args ',' named_arg   { $$ = ast_vec_push(ps->arena, $1, $3); }
    ;

named_arg
    : field_name ':' expr        { $$ = named(NODE(AST_INIT, @$), $1, @1); $$->a = $3; $$ = fin(ps, $$); }
    ;

primary
    : IDENT                      { $$ = named(NODE(AST_NAME, @$), $1, @1); }
    | INT                        { $$ = literal(ps, AST_INT, $1, @1); }
    | DECIMAL                    { $$ = literal(ps, AST_DECIMAL, $1, @1); }
    | MONEY                      { $$ = literal(ps, AST_MONEY, $1, @1); }
    | PERCENT                    { $$ = literal(ps, AST_PERCENT, $1, @1); }
    | DATE                       { $$ = literal(ps, AST_DATE, $1, @1); }
    | DURATION                   { $$ = literal(ps, AST_DURATION, $1, @1); }
    | STRING                     { $$ = literal(ps, AST_STRING, $1, @1); }
    | TRUE                       { $$ = NODE(AST_BOOL, @$); $$->op = 1; }
    | FALSE                      { $$ = NODE(AST_BOOL, @$); $$->op = 0; }
    | UNKNOWN                    { $$ = NODE(AST_UNKNOWN, @$); }
    | '(' expr ')'               { $$ = $2; $$->flags |= AST_F_PAREN; $$->span = @$; }
    | '(' error ')'              { $$ = NODE(AST_ERROR, @$); }
    | '{' '}'                    { $$ = NODE(AST_SET_LIT, @$); }
    | '{' expr_list opt_comma '}' { $$ = fin(ps, with_items(NODE(AST_SET_LIT, @$), $2)); }
    | '{' error '}'              { $$ = NODE(AST_ERROR, @$); }
    | VARIANT '(' expr ')'       { $$ = NODE(AST_VARIANT_OF, @$); $$->a = $3; $$ = fin(ps, $$); }
    | PREVIOUS '(' IDENT ')'     { $$ = named(NODE(AST_PREVIOUS, @$), $3, @3); }
    | aggregate                  { $$ = $1; }
    ;

aggregate
    : agg_op '(' opt_args ')'    { $$ = with_items(NODE(AST_AGGREGATE, @$), $3); $$->op = (uint8_t)$1; $$ = fin(ps, $$); }
    | agg_op '(' expr FOR IDENT IN expr ')'
                                 { $$ = named(NODE(AST_AGGREGATE, @$), $5, @5); $$->op = (uint8_t)$1;
                                   $$->flags = AST_F_FOR;
                                   ast_set_items($$, ast_vec_push(ps->arena, NULL, $3));
                                   $$->b = $7; $$ = fin(ps, $$); }
    | agg_op '(' expr FOR IDENT IN expr WHERE expr ')'
                                 { $$ = named(NODE(AST_AGGREGATE, @$), $5, @5); $$->op = (uint8_t)$1;
                                   $$->flags = AST_F_FOR;
                                   ast_set_items($$, ast_vec_push(ps->arena, NULL, $3));
                                   $$->b = $7; $$->c = $9; $$ = fin(ps, $$); }
    ;

agg_op
    : SUM                        { $$ = AST_OP_SUM; }
    | MIN                        { $$ = AST_OP_MIN; }
    | MAX                        { $$ = AST_OP_MAX; }
    | AVG                        { $$ = AST_OP_AVG; }
    | MEDIAN                     { $$ = AST_OP_MEDIAN; }
    | COUNT                      { $$ = AST_OP_COUNT; }
    | SHARE                      { $$ = AST_OP_SHARE; }
    ;

%%

/* ---- error messages -------------------------------------------------- */

/* The token kind of grammar symbol 'sym' (the inverse of YYTRANSLATE). */
static int token_of(yysymbol_kind_t sym)
{
    for (int t = 0; t <= YYMAXUTOK; t++)
        if (YYTRANSLATE(t) == sym) return t;
    return -1;
}

/* How an expected symbol is named in a message, in the file's language. */
static const char *symbol_name(const ParseState *ps, yysymbol_kind_t sym)
{
    switch (sym) {
    case YYSYMBOL_YYEOF: return "end of file";
    case YYSYMBOL_IDENT: return "a name";
    case YYSYMBOL_STRING: return "a string";
    case YYSYMBOL_INT: return "a number";
    case YYSYMBOL_DECIMAL: return "a decimal number";
    case YYSYMBOL_MONEY: return "an amount of money";
    case YYSYMBOL_PERCENT: return "a percentage";
    case YYSYMBOL_DATE: return "a date";
    case YYSYMBOL_DURATION: return "a duration";
    case YYSYMBOL_ROW_END: return "'|' ending the row";
    case YYSYMBOL_NE: return "'!='";
    case YYSYMBOL_LE: return "'<='";
    case YYSYMBOL_GE: return "'>='";
    case YYSYMBOL_DOTDOT: return "'..'";
    default: break;
    }
    int tok = token_of(sym);
    if (tok == '|') return "'|' between cells";
    const char *w = tok > 0 ? parse_token_word(ps->lang, tok) : NULL;
    if (w) return arena_printf(ps->arena, "'%s'", w);
    if (tok > 255) return NULL; /* a keyword this language spells another way ('otherwise' is 'anders' = else) */
    return yysymbol_name(sym); /* character tokens: "'('" */
}

/* Describes the unexpected token at 'loc' using its source text. */
static const char *found_name(const ParseState *ps, yysymbol_kind_t sym, Span loc)
{
    if (sym == YYSYMBOL_YYEOF) return "end of file";
    uint32_t len = loc.end - loc.start;
    const char *text = ps->src + loc.start;
    int cut = len > 40;
    int shown = cut ? 40 : (int)len;
    const char *more = cut ? "..." : "";
    switch (sym) {
    case YYSYMBOL_IDENT: return arena_printf(ps->arena, "name '%.*s%s'", shown, text, more);
    case YYSYMBOL_STRING: return arena_printf(ps->arena, "string %.*s%s", shown, text, more);
    case YYSYMBOL_INT: case YYSYMBOL_DECIMAL:
        return arena_printf(ps->arena, "number %.*s%s", shown, text, more);
    case YYSYMBOL_MONEY: return arena_printf(ps->arena, "amount %.*s%s", shown, text, more);
    case YYSYMBOL_PERCENT: return arena_printf(ps->arena, "percentage %.*s%s", shown, text, more);
    case YYSYMBOL_DATE: return arena_printf(ps->arena, "date %.*s%s", shown, text, more);
    case YYSYMBOL_DURATION: return arena_printf(ps->arena, "duration '%.*s%s'", shown, text, more);
    case YYSYMBOL_ROW_END: return "'|' ending the row";
    default: return arena_printf(ps->arena, "'%.*s%s'", shown, text, more);
    }
}

/* Groups of expected tokens that a message names as one thing. */
enum { GROUP_NONE, GROUP_EXPR, GROUP_DECL, GROUP_OPERATOR };

/* The group that names token 'tok' in a message, given which groups are
 * present ('has', indexed by group); GROUP_NONE: name it alone. */
static int group_of(int tok, const int *has)
{
    switch (tok) {
    case IDENT: case INT: case DECIMAL: case MONEY: case PERCENT: case DATE: case DURATION:
    case STRING: case TRUE: case FALSE: case UNKNOWN: case '{': case NOT:
    case IF: case ANY: case ALL: case COUNT: case SUM: case MIN: case MAX: case AVG: case MEDIAN:
    case SHARE: case PREVIOUS:
        return has[GROUP_EXPR] ? GROUP_EXPR : GROUP_NONE;
    case '(': case '-':
        return has[GROUP_EXPR] ? GROUP_EXPR : has[GROUP_OPERATOR] ? GROUP_OPERATOR : GROUP_NONE;
    case VARIANT:
        return has[GROUP_EXPR] ? GROUP_EXPR : has[GROUP_DECL] ? GROUP_DECL : GROUP_NONE;
    case MODULE: case USE: case EXTENDS: case ENUM: case RECORD: case INPUT: case TABLE:
    case PARAMETER: case DEF: case DECISION: case BUDGET: case ALLOCATION: case SERIES:
    case REPORT: case OUTPUT: case TEST: case OVERRIDE: case 0 /* end of file */:
        return has[GROUP_DECL] ? GROUP_DECL : GROUP_NONE;
    case '+': case '*': case '/': case '=': case NE: case '<': case LE: case '>': case GE:
    case AND: case OR: case IN: case IS: case '.': case '[':
        return has[GROUP_OPERATOR] ? GROUP_OPERATOR : GROUP_NONE;
    default:
        return GROUP_NONE;
    }
}

/* True for the keywords that field_name accepts as names (keep in step
 * with 'field_keyword'): where a name is expected they are not listed on
 * their own, "a name" covers them. */
static int is_field_keyword(int tok)
{
    switch (tok) {
    case ALLOCATION: case AVG: case BUDGET: case CAP: case CHARGE: case COUNT: case DECISION:
    case DEF: case DESC: case ENUM: case EQUAL: case ERROR_KW: case EXPECT: case GIVEN:
    case INPUT: case LIMIT: case LIST: case MAX: case MEDIAN: case MIN: case MODULE: case ON:
    case OUTPUT: case OVER: case PARAMETER: case PER: case PREVIOUS: case RECORD: case REPORT:
    case RULE: case SERIES: case SHARE: case SUM: case TABLE: case TEST: case TOTAL:
    case TOTALS: case UNIQUE: case UNKNOWN: case USE: case VALID: case VARIANT: case WEIGHT:
        return 1;
    default:
        return 0;
    }
}

/* Reports a syntax error as "unexpected X, expected A, B or C".  The list
 * is exact thanks to LAC; expression starters, declaration keywords and
 * operators are named as groups ("an expression"), and the list is left
 * out when still longer than six.  Adds a note at the bracket that an
 * expected closer would close, and hints for a keyword used as a name, a
 * keyword of the other language, or a rule outside a decision. */
static int yyreport_syntax_error(const yypcontext_t *ctx, void *scanner, ParseState *ps)
{
    (void)scanner;
    if (ps->stopped) return 0;
    enum { MAX_SHOWN = 6 };
    yysymbol_kind_t found = yypcontext_token(ctx);
    Span loc = *yypcontext_location(ctx);
    yysymbol_kind_t exp[YYNTOKENS];
    int n = yypcontext_expected_tokens(ctx, exp, YYNTOKENS);
    if (n < 0) return n;
    if (n == 1 && exp[0] == YYSYMBOL_YYEMPTY) n = 0;
    /* group: the expression group counts only where a number could come
     * (not where only a name can), declarations where 'def' could */
    /* 'as_names': a name and the keywords that may be field names are all
     * expected, so a field name can come here; "a name" then covers them */
    int has[4] = {0, 0, 0, 0}, n_field_kw = 0, has_ident = 0;
    for (int k = 0; k < n; k++) {
        int t = token_of(exp[k]);
        if (is_field_keyword(t)) n_field_kw++;
        if (t == IDENT) has_ident = 1;
        if (t == INT) has[GROUP_EXPR] = 1;
        if (t == OVERRIDE) has[GROUP_DECL] = 1; /* 'def' may be a field name */
        if (t == '+') has[GROUP_OPERATOR] = 1;
    }
    int as_names = n_field_kw >= 10 && has_ident;
    const char *names[YYNTOKENS];
    int shown = 0, wants_name = 0, done[4] = {0, 0, 0, 0};
    char closer = 0;
    for (int k = 0; k < n; k++) {
        int t = token_of(exp[k]);
        int g = group_of(t, has);
        if (exp[k] == YYSYMBOL_IDENT && !has[GROUP_EXPR]) wants_name = 1;
        if (t == ')' || t == ']' || t == '}') closer = (char)t;
        if (as_names && is_field_keyword(t)) continue;
        if (g != GROUP_NONE) {
            if (done[g]) continue;
            done[g] = 1;
            names[shown++] = g == GROUP_EXPR ? "an expression" : g == GROUP_DECL ? "a declaration" : "an operator";
            continue;
        }
        const char *nm = symbol_name(ps, exp[k]);
        if (nm) names[shown++] = nm;
    }
    const char *msg = arena_printf(ps->arena, "unexpected %s", found_name(ps, found, loc));
    if (shown <= MAX_SHOWN)
        for (int k = 0; k < shown; k++)
            msg = arena_printf(ps->arena, "%s%s%s", msg, k == 0 ? ", expected " : k == shown - 1 ? " or " : ", ",
                               names[k]);
    if (!diag_error(ps->diag, loc, "%s", msg)) return 0;
    if (closer && ps->n_brackets > 0) {
        const ParseBracket *b = &ps->brackets[ps->n_brackets - 1];
        char want = b->ch == '(' ? ')' : b->ch == '[' ? ']' : '}';
        if (want == closer && b->span.start < loc.start)
            diag_note(ps->diag, b->span, "to close the '%c' opened here", b->ch);
    }
    int tok = token_of(found);
    const char *text = ps->src + loc.start;
    size_t len = loc.end - loc.start;
    if (wants_name && tok > 0 && parse_token_word(ps->lang, tok) && group_of(tok, (int[]){0, 0, 1, 0}) == GROUP_NONE)
        diag_hint(ps->diag, "'%.*s' is a keyword%s and cannot be used as a name", (int)len, text,
                  ps->lang == PARSE_LANG_NL ? " in Dutch files" : "");
    if (tok == ':' && closer == ')' && has[GROUP_OPERATOR])
        diag_hint(ps->diag, "a record is built with every field named: Adres(straat: \"...\", huisnummer: 1)");
    if (has[GROUP_OPERATOR] && (tok == '=' || tok == NE || tok == '<' || tok == LE || tok == '>' || tok == GE ||
                                tok == IN || tok == IS))
        diag_hint(ps->diag, "comparisons do not chain: write 'a < b and b < c'");
    if (has[GROUP_DECL] && (tok == RULE || tok == OVERRIDE_RULE || tok == OTHERWISE))
        diag_hint(ps->diag, "'%.*s' belongs inside a '%s' declaration", (int)len, text,
                  parse_token_word(ps->lang, DECISION));
    if (found == YYSYMBOL_IDENT) {
        ParseLang other = ps->lang == PARSE_LANG_NL ? PARSE_LANG_EN : PARSE_LANG_NL;
        int t = parse_keyword(other, text, len);
        const char *mine = t ? parse_token_word(ps->lang, t) : NULL;
        if (mine && ps->lang == PARSE_LANG_NL)
            diag_hint(ps->diag, "this file uses Dutch keywords ('taal nl'): write '%s'", mine);
        else if (mine)
            diag_hint(ps->diag, "'%.*s' is a Dutch keyword: start the file with 'taal nl', or write '%s'",
                      (int)len, text, mine);
    }
    return 0;
}

/* bison calls this only when its stack would pass YYMAXDEPTH ("memory
 * exhausted"): the input nests deeper than GRIP_MAX_PARSE_STACK. */
static void grip_yyerror(GRIP_YYLTYPE *loc, void *scanner, ParseState *ps, const char *msg)
{
    (void)scanner;
    (void)msg;
    if (ps->stopped) return;
    diag_error(ps->diag, *loc, "nested too deeply: the parser's limit is %d open constructs", GRIP_MAX_PARSE_STACK);
    ps->stopped = 1;
}
