/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison implementation for Yacc-like parsers in C

   Copyright (C) 1984, 1989-1990, 2000-2015, 2018-2021 Free Software Foundation,
   Inc.

   This program is free software: you can redistribute it and/or modify
   it under the terms of the GNU General Public License as published by
   the Free Software Foundation, either version 3 of the License, or
   (at your option) any later version.

   This program is distributed in the hope that it will be useful,
   but WITHOUT ANY WARRANTY; without even the implied warranty of
   MERCHANTABILITY or FITNESS FOR A PARTICULAR PURPOSE.  See the
   GNU General Public License for more details.

   You should have received a copy of the GNU General Public License
   along with this program.  If not, see <https://www.gnu.org/licenses/>.  */

/* As a special exception, you may create a larger work that contains
   part or all of the Bison parser skeleton and distribute that work
   under terms of your choice, so long as that work isn't itself a
   parser generator using the skeleton or a modified version thereof
   as a parser skeleton.  Alternatively, if you modify or redistribute
   the parser skeleton itself, you may (at your option) remove this
   special exception, which will cause the skeleton and the resulting
   Bison output files to be licensed under the GNU General Public
   License without this special exception.

   This special exception was added by the Free Software Foundation in
   version 2.2 of Bison.  */

/* C LALR(1) parser skeleton written by Richard Stallman, by
   simplifying the original so-called "semantic" parser.  */

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

/* All symbols defined below should begin with yy or YY, to avoid
   infringing on user name space.  This should be done even for local
   variables, as they might otherwise be expanded by user macros.
   There are some unavoidable exceptions within include files to
   define necessary library symbols; they are noted "INFRINGES ON
   USER NAME SPACE" below.  */

/* Identify Bison output, and Bison version.  */
#define YYBISON 30802

/* Bison version string.  */
#define YYBISON_VERSION "3.8.2"

/* Skeleton name.  */
#define YYSKELETON_NAME "yacc.c"

/* Pure parsers.  */
#define YYPURE 2

/* Push parsers.  */
#define YYPUSH 0

/* Pull parsers.  */
#define YYPULL 1

/* Substitute the type names.  */
#define YYSTYPE         GRIP_YYSTYPE
#define YYLTYPE         GRIP_YYLTYPE
/* Substitute the variable and function names.  */
#define yyparse         grip_yyparse
#define yylex           grip_yylex
#define yyerror         grip_yyerror
#define yydebug         grip_yydebug
#define yynerrs         grip_yynerrs


# ifndef YY_CAST
#  ifdef __cplusplus
#   define YY_CAST(Type, Val) static_cast<Type> (Val)
#   define YY_REINTERPRET_CAST(Type, Val) reinterpret_cast<Type> (Val)
#  else
#   define YY_CAST(Type, Val) ((Type) (Val))
#   define YY_REINTERPRET_CAST(Type, Val) ((Type) (Val))
#  endif
# endif
# ifndef YY_NULLPTR
#  if defined __cplusplus
#   if 201103L <= __cplusplus
#    define YY_NULLPTR nullptr
#   else
#    define YY_NULLPTR 0
#   endif
#  else
#   define YY_NULLPTR ((void*)0)
#  endif
# endif

#include "parser.h"
/* Symbol kind.  */
enum yysymbol_kind_t
{
  YYSYMBOL_YYEMPTY = -2,
  YYSYMBOL_YYEOF = 0,                      /* "end of file"  */
  YYSYMBOL_YYerror = 1,                    /* error  */
  YYSYMBOL_YYUNDEF = 2,                    /* "invalid token"  */
  YYSYMBOL_IDENT = 3,                      /* IDENT  */
  YYSYMBOL_STRING = 4,                     /* STRING  */
  YYSYMBOL_INT = 5,                        /* INT  */
  YYSYMBOL_DECIMAL = 6,                    /* DECIMAL  */
  YYSYMBOL_MONEY = 7,                      /* MONEY  */
  YYSYMBOL_PERCENT = 8,                    /* PERCENT  */
  YYSYMBOL_DATE = 9,                       /* DATE  */
  YYSYMBOL_DURATION = 10,                  /* DURATION  */
  YYSYMBOL_ROW_END = 11,                   /* ROW_END  */
  YYSYMBOL_NE = 12,                        /* NE  */
  YYSYMBOL_LE = 13,                        /* LE  */
  YYSYMBOL_GE = 14,                        /* GE  */
  YYSYMBOL_DOTDOT = 15,                    /* DOTDOT  */
  YYSYMBOL_ALL = 16,                       /* ALL  */
  YYSYMBOL_ALLOCATION = 17,                /* ALLOCATION  */
  YYSYMBOL_AND = 18,                       /* AND  */
  YYSYMBOL_ANY = 19,                       /* ANY  */
  YYSYMBOL_AS = 20,                        /* AS  */
  YYSYMBOL_ASC = 21,                       /* ASC  */
  YYSYMBOL_AVG = 22,                       /* AVG  */
  YYSYMBOL_BUDGET = 23,                    /* BUDGET  */
  YYSYMBOL_BY = 24,                        /* BY  */
  YYSYMBOL_CAP = 25,                       /* CAP  */
  YYSYMBOL_CHARGE = 26,                    /* CHARGE  */
  YYSYMBOL_COUNT = 27,                     /* COUNT  */
  YYSYMBOL_DATED_BY = 28,                  /* DATED_BY  */
  YYSYMBOL_DECISION = 29,                  /* DECISION  */
  YYSYMBOL_DEF = 30,                       /* DEF  */
  YYSYMBOL_DESC = 31,                      /* DESC  */
  YYSYMBOL_ELSE = 32,                      /* ELSE  */
  YYSYMBOL_ENUM = 33,                      /* ENUM  */
  YYSYMBOL_EQUAL = 34,                     /* EQUAL  */
  YYSYMBOL_ERROR_KW = 35,                  /* ERROR_KW  */
  YYSYMBOL_EXCEPTION_TO = 36,              /* EXCEPTION_TO  */
  YYSYMBOL_EXPECT = 37,                    /* EXPECT  */
  YYSYMBOL_EXTENDS = 38,                   /* EXTENDS  */
  YYSYMBOL_FALSE = 39,                     /* FALSE  */
  YYSYMBOL_FOR = 40,                       /* FOR  */
  YYSYMBOL_FROM = 41,                      /* FROM  */
  YYSYMBOL_GIVEN = 42,                     /* GIVEN  */
  YYSYMBOL_GROUP_BY = 43,                  /* GROUP_BY  */
  YYSYMBOL_IF = 44,                        /* IF  */
  YYSYMBOL_IN = 45,                        /* IN  */
  YYSYMBOL_INPUT = 46,                     /* INPUT  */
  YYSYMBOL_IS = 47,                        /* IS  */
  YYSYMBOL_KEY = 48,                       /* KEY  */
  YYSYMBOL_LIMIT = 49,                     /* LIMIT  */
  YYSYMBOL_LIST = 50,                      /* LIST  */
  YYSYMBOL_MAX = 51,                       /* MAX  */
  YYSYMBOL_MEDIAN = 52,                    /* MEDIAN  */
  YYSYMBOL_MIN = 53,                       /* MIN  */
  YYSYMBOL_MODULE = 54,                    /* MODULE  */
  YYSYMBOL_NOT = 55,                       /* NOT  */
  YYSYMBOL_OF = 56,                        /* OF  */
  YYSYMBOL_ON = 57,                        /* ON  */
  YYSYMBOL_OR = 58,                        /* OR  */
  YYSYMBOL_ORDER_BY = 59,                  /* ORDER_BY  */
  YYSYMBOL_OTHERWISE = 60,                 /* OTHERWISE  */
  YYSYMBOL_OUTPUT = 61,                    /* OUTPUT  */
  YYSYMBOL_OVER = 62,                      /* OVER  */
  YYSYMBOL_OVERRIDE = 63,                  /* OVERRIDE  */
  YYSYMBOL_OVERRIDE_RULE = 64,             /* OVERRIDE_RULE  */
  YYSYMBOL_PARAMETER = 65,                 /* PARAMETER  */
  YYSYMBOL_PER = 66,                       /* PER  */
  YYSYMBOL_PREVIOUS = 67,                  /* PREVIOUS  */
  YYSYMBOL_RECORD = 68,                    /* RECORD  */
  YYSYMBOL_REPORT = 69,                    /* REPORT  */
  YYSYMBOL_RULE = 70,                      /* RULE  */
  YYSYMBOL_SERIES = 71,                    /* SERIES  */
  YYSYMBOL_SET = 72,                       /* SET  */
  YYSYMBOL_SHARE = 73,                     /* SHARE  */
  YYSYMBOL_SUM = 74,                       /* SUM  */
  YYSYMBOL_TABLE = 75,                     /* TABLE  */
  YYSYMBOL_TEST = 76,                      /* TEST  */
  YYSYMBOL_THEN = 77,                      /* THEN  */
  YYSYMBOL_TOTAL = 78,                     /* TOTAL  */
  YYSYMBOL_TOTALS = 79,                    /* TOTALS  */
  YYSYMBOL_TRUE = 80,                      /* TRUE  */
  YYSYMBOL_UNIQUE = 81,                    /* UNIQUE  */
  YYSYMBOL_UNKNOWN = 82,                   /* UNKNOWN  */
  YYSYMBOL_UNLESS = 83,                    /* UNLESS  */
  YYSYMBOL_UNTIL = 84,                     /* UNTIL  */
  YYSYMBOL_USE = 85,                       /* USE  */
  YYSYMBOL_VALID = 86,                     /* VALID  */
  YYSYMBOL_VARIANT = 87,                   /* VARIANT  */
  YYSYMBOL_WEIGHT = 88,                    /* WEIGHT  */
  YYSYMBOL_WHEN = 89,                      /* WHEN  */
  YYSYMBOL_WHERE = 90,                     /* WHERE  */
  YYSYMBOL_WITH = 91,                      /* WITH  */
  YYSYMBOL_QUANT_BARE = 92,                /* QUANT_BARE  */
  YYSYMBOL_RULES_END = 93,                 /* RULES_END  */
  YYSYMBOL_94_ = 94,                       /* '='  */
  YYSYMBOL_95_ = 95,                       /* '<'  */
  YYSYMBOL_96_ = 96,                       /* '>'  */
  YYSYMBOL_97_ = 97,                       /* '+'  */
  YYSYMBOL_98_ = 98,                       /* '-'  */
  YYSYMBOL_99_ = 99,                       /* '*'  */
  YYSYMBOL_100_ = 100,                     /* '/'  */
  YYSYMBOL_UMINUS = 101,                   /* UMINUS  */
  YYSYMBOL_102_ = 102,                     /* '.'  */
  YYSYMBOL_103_ = 103,                     /* '{'  */
  YYSYMBOL_104_ = 104,                     /* '}'  */
  YYSYMBOL_105_ = 105,                     /* ','  */
  YYSYMBOL_106_ = 106,                     /* ';'  */
  YYSYMBOL_107_ = 107,                     /* '('  */
  YYSYMBOL_108_ = 108,                     /* ')'  */
  YYSYMBOL_109_ = 109,                     /* ':'  */
  YYSYMBOL_110_ = 110,                     /* '|'  */
  YYSYMBOL_111_ = 111,                     /* '['  */
  YYSYMBOL_112_ = 112,                     /* ']'  */
  YYSYMBOL_YYACCEPT = 113,                 /* $accept  */
  YYSYMBOL_file = 114,                     /* file  */
  YYSYMBOL_decls = 115,                    /* decls  */
  YYSYMBOL_decl = 116,                     /* decl  */
  YYSYMBOL_decl_body = 117,                /* decl_body  */
  YYSYMBOL_qname = 118,                    /* qname  */
  YYSYMBOL_module_decl = 119,              /* module_decl  */
  YYSYMBOL_use_decl = 120,                 /* use_decl  */
  YYSYMBOL_opt_alias = 121,                /* opt_alias  */
  YYSYMBOL_extends_decl = 122,             /* extends_decl  */
  YYSYMBOL_enum_decl = 123,                /* enum_decl  */
  YYSYMBOL_member_list = 124,              /* member_list  */
  YYSYMBOL_opt_comma = 125,                /* opt_comma  */
  YYSYMBOL_opt_sep = 126,                  /* opt_sep  */
  YYSYMBOL_variant_decl = 127,             /* variant_decl  */
  YYSYMBOL_case_list = 128,                /* case_list  */
  YYSYMBOL_case = 129,                     /* case  */
  YYSYMBOL_params = 130,                   /* params  */
  YYSYMBOL_param = 131,                    /* param  */
  YYSYMBOL_record_decl = 132,              /* record_decl  */
  YYSYMBOL_input_decl = 133,               /* input_decl  */
  YYSYMBOL_opt_dated = 134,                /* opt_dated  */
  YYSYMBOL_fields = 135,                   /* fields  */
  YYSYMBOL_field = 136,                    /* field  */
  YYSYMBOL_opt_key = 137,                  /* opt_key  */
  YYSYMBOL_opt_default = 138,              /* opt_default  */
  YYSYMBOL_type = 139,                     /* type  */
  YYSYMBOL_table_decl = 140,               /* table_decl  */
  YYSYMBOL_opt_table_key = 141,            /* opt_table_key  */
  YYSYMBOL_ident_list = 142,               /* ident_list  */
  YYSYMBOL_rows = 143,                     /* rows  */
  YYSYMBOL_row = 144,                      /* row  */
  YYSYMBOL_cells = 145,                    /* cells  */
  YYSYMBOL_param_decl = 146,               /* param_decl  */
  YYSYMBOL_periods = 147,                  /* periods  */
  YYSYMBOL_period = 148,                   /* period  */
  YYSYMBOL_def_decl = 149,                 /* def_decl  */
  YYSYMBOL_opt_params = 150,               /* opt_params  */
  YYSYMBOL_decision_decl = 151,            /* decision_decl  */
  YYSYMBOL_opt_result = 152,               /* opt_result  */
  YYSYMBOL_opt_unique = 153,               /* opt_unique  */
  YYSYMBOL_rules = 154,                    /* rules  */
  YYSYMBOL_rule = 155,                     /* rule  */
  YYSYMBOL_rule_kw = 156,                  /* rule_kw  */
  YYSYMBOL_opt_label = 157,                /* opt_label  */
  YYSYMBOL_opt_exception = 158,            /* opt_exception  */
  YYSYMBOL_opt_valid = 159,                /* opt_valid  */
  YYSYMBOL_opt_when = 160,                 /* opt_when  */
  YYSYMBOL_opt_unless = 161,               /* opt_unless  */
  YYSYMBOL_opt_otherwise = 162,            /* opt_otherwise  */
  YYSYMBOL_budget_decl = 163,              /* budget_decl  */
  YYSYMBOL_charges = 164,                  /* charges  */
  YYSYMBOL_charge = 165,                   /* charge  */
  YYSYMBOL_expr_list = 166,                /* expr_list  */
  YYSYMBOL_allocation_decl = 167,          /* allocation_decl  */
  YYSYMBOL_alloc_clauses = 168,            /* alloc_clauses  */
  YYSYMBOL_alloc_clause = 169,             /* alloc_clause  */
  YYSYMBOL_series_decl = 170,              /* series_decl  */
  YYSYMBOL_series_by = 171,                /* series_by  */
  YYSYMBOL_series_cols = 172,              /* series_cols  */
  YYSYMBOL_series_col = 173,               /* series_col  */
  YYSYMBOL_report_decl = 174,              /* report_decl  */
  YYSYMBOL_opt_over = 175,                 /* opt_over  */
  YYSYMBOL_opt_where = 176,                /* opt_where  */
  YYSYMBOL_opt_group = 177,                /* opt_group  */
  YYSYMBOL_group_keys = 178,               /* group_keys  */
  YYSYMBOL_group_key = 179,                /* group_key  */
  YYSYMBOL_opt_order = 180,                /* opt_order  */
  YYSYMBOL_order_keys = 181,               /* order_keys  */
  YYSYMBOL_order_key = 182,                /* order_key  */
  YYSYMBOL_opt_dir = 183,                  /* opt_dir  */
  YYSYMBOL_opt_totals = 184,               /* opt_totals  */
  YYSYMBOL_report_cols = 185,              /* report_cols  */
  YYSYMBOL_report_col = 186,               /* report_col  */
  YYSYMBOL_output_decl = 187,              /* output_decl  */
  YYSYMBOL_out_cols = 188,                 /* out_cols  */
  YYSYMBOL_out_col = 189,                  /* out_col  */
  YYSYMBOL_test_decl = 190,                /* test_decl  */
  YYSYMBOL_test_items = 191,               /* test_items  */
  YYSYMBOL_test_item = 192,                /* test_item  */
  YYSYMBOL_inits = 193,                    /* inits  */
  YYSYMBOL_init = 194,                     /* init  */
  YYSYMBOL_expr = 195,                     /* expr  */
  YYSYMBOL_postfix = 196,                  /* postfix  */
  YYSYMBOL_opt_args = 197,                 /* opt_args  */
  YYSYMBOL_primary = 198,                  /* primary  */
  YYSYMBOL_aggregate = 199,                /* aggregate  */
  YYSYMBOL_agg_op = 200                    /* agg_op  */
};
typedef enum yysymbol_kind_t yysymbol_kind_t;



/* Unqualified %code blocks.  */
#line 48 "lang/parser.y"

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

#line 464 "lang/parser.c"

#ifdef short
# undef short
#endif

/* On compilers that do not define __PTRDIFF_MAX__ etc., make sure
   <limits.h> and (if available) <stdint.h> are included
   so that the code can choose integer types of a good width.  */

#ifndef __PTRDIFF_MAX__
# include <limits.h> /* INFRINGES ON USER NAME SPACE */
# if defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stdint.h> /* INFRINGES ON USER NAME SPACE */
#  define YY_STDINT_H
# endif
#endif

/* Narrow types that promote to a signed type and that can represent a
   signed or unsigned integer of at least N bits.  In tables they can
   save space and decrease cache pressure.  Promoting to a signed type
   helps avoid bugs in integer arithmetic.  */

#ifdef __INT_LEAST8_MAX__
typedef __INT_LEAST8_TYPE__ yytype_int8;
#elif defined YY_STDINT_H
typedef int_least8_t yytype_int8;
#else
typedef signed char yytype_int8;
#endif

#ifdef __INT_LEAST16_MAX__
typedef __INT_LEAST16_TYPE__ yytype_int16;
#elif defined YY_STDINT_H
typedef int_least16_t yytype_int16;
#else
typedef short yytype_int16;
#endif

/* Work around bug in HP-UX 11.23, which defines these macros
   incorrectly for preprocessor constants.  This workaround can likely
   be removed in 2023, as HPE has promised support for HP-UX 11.23
   (aka HP-UX 11i v2) only through the end of 2022; see Table 2 of
   <https://h20195.www2.hpe.com/V2/getpdf.aspx/4AA4-7673ENW.pdf>.  */
#ifdef __hpux
# undef UINT_LEAST8_MAX
# undef UINT_LEAST16_MAX
# define UINT_LEAST8_MAX 255
# define UINT_LEAST16_MAX 65535
#endif

#if defined __UINT_LEAST8_MAX__ && __UINT_LEAST8_MAX__ <= __INT_MAX__
typedef __UINT_LEAST8_TYPE__ yytype_uint8;
#elif (!defined __UINT_LEAST8_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST8_MAX <= INT_MAX)
typedef uint_least8_t yytype_uint8;
#elif !defined __UINT_LEAST8_MAX__ && UCHAR_MAX <= INT_MAX
typedef unsigned char yytype_uint8;
#else
typedef short yytype_uint8;
#endif

#if defined __UINT_LEAST16_MAX__ && __UINT_LEAST16_MAX__ <= __INT_MAX__
typedef __UINT_LEAST16_TYPE__ yytype_uint16;
#elif (!defined __UINT_LEAST16_MAX__ && defined YY_STDINT_H \
       && UINT_LEAST16_MAX <= INT_MAX)
typedef uint_least16_t yytype_uint16;
#elif !defined __UINT_LEAST16_MAX__ && USHRT_MAX <= INT_MAX
typedef unsigned short yytype_uint16;
#else
typedef int yytype_uint16;
#endif

#ifndef YYPTRDIFF_T
# if defined __PTRDIFF_TYPE__ && defined __PTRDIFF_MAX__
#  define YYPTRDIFF_T __PTRDIFF_TYPE__
#  define YYPTRDIFF_MAXIMUM __PTRDIFF_MAX__
# elif defined PTRDIFF_MAX
#  ifndef ptrdiff_t
#   include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  endif
#  define YYPTRDIFF_T ptrdiff_t
#  define YYPTRDIFF_MAXIMUM PTRDIFF_MAX
# else
#  define YYPTRDIFF_T long
#  define YYPTRDIFF_MAXIMUM LONG_MAX
# endif
#endif

#ifndef YYSIZE_T
# ifdef __SIZE_TYPE__
#  define YYSIZE_T __SIZE_TYPE__
# elif defined size_t
#  define YYSIZE_T size_t
# elif defined __STDC_VERSION__ && 199901 <= __STDC_VERSION__
#  include <stddef.h> /* INFRINGES ON USER NAME SPACE */
#  define YYSIZE_T size_t
# else
#  define YYSIZE_T unsigned
# endif
#endif

#define YYSIZE_MAXIMUM                                  \
  YY_CAST (YYPTRDIFF_T,                                 \
           (YYPTRDIFF_MAXIMUM < YY_CAST (YYSIZE_T, -1)  \
            ? YYPTRDIFF_MAXIMUM                         \
            : YY_CAST (YYSIZE_T, -1)))

#define YYSIZEOF(X) YY_CAST (YYPTRDIFF_T, sizeof (X))


/* Stored state numbers (used for stacks). */
typedef yytype_int16 yy_state_t;

/* State numbers in computations.  */
typedef int yy_state_fast_t;

#ifndef YY_
# if defined YYENABLE_NLS && YYENABLE_NLS
#  if ENABLE_NLS
#   include <libintl.h> /* INFRINGES ON USER NAME SPACE */
#   define YY_(Msgid) dgettext ("bison-runtime", Msgid)
#  endif
# endif
# ifndef YY_
#  define YY_(Msgid) Msgid
# endif
#endif


#ifndef YY_ATTRIBUTE_PURE
# if defined __GNUC__ && 2 < __GNUC__ + (96 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_PURE __attribute__ ((__pure__))
# else
#  define YY_ATTRIBUTE_PURE
# endif
#endif

#ifndef YY_ATTRIBUTE_UNUSED
# if defined __GNUC__ && 2 < __GNUC__ + (7 <= __GNUC_MINOR__)
#  define YY_ATTRIBUTE_UNUSED __attribute__ ((__unused__))
# else
#  define YY_ATTRIBUTE_UNUSED
# endif
#endif

/* Suppress unused-variable warnings by "using" E.  */
#if ! defined lint || defined __GNUC__
# define YY_USE(E) ((void) (E))
#else
# define YY_USE(E) /* empty */
#endif

/* Suppress an incorrect diagnostic about yylval being uninitialized.  */
#if defined __GNUC__ && ! defined __ICC && 406 <= __GNUC__ * 100 + __GNUC_MINOR__
# if __GNUC__ * 100 + __GNUC_MINOR__ < 407
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")
# else
#  define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN                           \
    _Pragma ("GCC diagnostic push")                                     \
    _Pragma ("GCC diagnostic ignored \"-Wuninitialized\"")              \
    _Pragma ("GCC diagnostic ignored \"-Wmaybe-uninitialized\"")
# endif
# define YY_IGNORE_MAYBE_UNINITIALIZED_END      \
    _Pragma ("GCC diagnostic pop")
#else
# define YY_INITIAL_VALUE(Value) Value
#endif
#ifndef YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
# define YY_IGNORE_MAYBE_UNINITIALIZED_END
#endif
#ifndef YY_INITIAL_VALUE
# define YY_INITIAL_VALUE(Value) /* Nothing. */
#endif

#if defined __cplusplus && defined __GNUC__ && ! defined __ICC && 6 <= __GNUC__
# define YY_IGNORE_USELESS_CAST_BEGIN                          \
    _Pragma ("GCC diagnostic push")                            \
    _Pragma ("GCC diagnostic ignored \"-Wuseless-cast\"")
# define YY_IGNORE_USELESS_CAST_END            \
    _Pragma ("GCC diagnostic pop")
#endif
#ifndef YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_BEGIN
# define YY_IGNORE_USELESS_CAST_END
#endif


#define YY_ASSERT(E) ((void) (0 && (E)))

#if 1

/* The parser invokes alloca or malloc; define the necessary symbols.  */

# ifdef YYSTACK_ALLOC
   /* Pacify GCC's 'empty if-body' warning.  */
#  define YYSTACK_FREE(Ptr) do { /* empty */; } while (0)
#  ifndef YYSTACK_ALLOC_MAXIMUM
    /* The OS might guarantee only one guard page at the bottom of the stack,
       and a page size can be as small as 4096 bytes.  So we cannot safely
       invoke alloca (N) if N exceeds 4096.  Use a slightly smaller number
       to allow for a few compiler-allocated temporary stack slots.  */
#   define YYSTACK_ALLOC_MAXIMUM 4032 /* reasonable circa 2006 */
#  endif
# else
#  define YYSTACK_ALLOC YYMALLOC
#  define YYSTACK_FREE YYFREE
#  ifndef YYSTACK_ALLOC_MAXIMUM
#   define YYSTACK_ALLOC_MAXIMUM YYSIZE_MAXIMUM
#  endif
#  if (defined __cplusplus && ! defined EXIT_SUCCESS \
       && ! ((defined YYMALLOC || defined malloc) \
             && (defined YYFREE || defined free)))
#   include <stdlib.h> /* INFRINGES ON USER NAME SPACE */
#   ifndef EXIT_SUCCESS
#    define EXIT_SUCCESS 0
#   endif
#  endif
#  ifndef YYMALLOC
#   define YYMALLOC malloc
#   if ! defined malloc && ! defined EXIT_SUCCESS
void *malloc (YYSIZE_T); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
#  ifndef YYFREE
#   define YYFREE free
#   if ! defined free && ! defined EXIT_SUCCESS
void free (void *); /* INFRINGES ON USER NAME SPACE */
#   endif
#  endif
# endif
# define YYCOPY_NEEDED 1
#endif /* 1 */

#if (! defined yyoverflow \
     && (! defined __cplusplus \
         || (defined GRIP_YYLTYPE_IS_TRIVIAL && GRIP_YYLTYPE_IS_TRIVIAL \
             && defined GRIP_YYSTYPE_IS_TRIVIAL && GRIP_YYSTYPE_IS_TRIVIAL)))

/* A type that is properly aligned for any stack member.  */
union yyalloc
{
  yy_state_t yyss_alloc;
  YYSTYPE yyvs_alloc;
  YYLTYPE yyls_alloc;
};

/* The size of the maximum gap between one aligned stack and the next.  */
# define YYSTACK_GAP_MAXIMUM (YYSIZEOF (union yyalloc) - 1)

/* The size of an array large to enough to hold all stacks, each with
   N elements.  */
# define YYSTACK_BYTES(N) \
     ((N) * (YYSIZEOF (yy_state_t) + YYSIZEOF (YYSTYPE) \
             + YYSIZEOF (YYLTYPE)) \
      + 2 * YYSTACK_GAP_MAXIMUM)

# define YYCOPY_NEEDED 1

/* Relocate STACK from its old location to the new one.  The
   local variables YYSIZE and YYSTACKSIZE give the old and new number of
   elements in the stack, and YYPTR gives the new location of the
   stack.  Advance YYPTR to a properly aligned location for the next
   stack.  */
# define YYSTACK_RELOCATE(Stack_alloc, Stack)                           \
    do                                                                  \
      {                                                                 \
        YYPTRDIFF_T yynewbytes;                                         \
        YYCOPY (&yyptr->Stack_alloc, Stack, yysize);                    \
        Stack = &yyptr->Stack_alloc;                                    \
        yynewbytes = yystacksize * YYSIZEOF (*Stack) + YYSTACK_GAP_MAXIMUM; \
        yyptr += yynewbytes / YYSIZEOF (*yyptr);                        \
      }                                                                 \
    while (0)

#endif

#if defined YYCOPY_NEEDED && YYCOPY_NEEDED
/* Copy COUNT objects from SRC to DST.  The source and destination do
   not overlap.  */
# ifndef YYCOPY
#  if defined __GNUC__ && 1 < __GNUC__
#   define YYCOPY(Dst, Src, Count) \
      __builtin_memcpy (Dst, Src, YY_CAST (YYSIZE_T, (Count)) * sizeof (*(Src)))
#  else
#   define YYCOPY(Dst, Src, Count)              \
      do                                        \
        {                                       \
          YYPTRDIFF_T yyi;                      \
          for (yyi = 0; yyi < (Count); yyi++)   \
            (Dst)[yyi] = (Src)[yyi];            \
        }                                       \
      while (0)
#  endif
# endif
#endif /* !YYCOPY_NEEDED */

/* YYFINAL -- State number of the termination state.  */
#define YYFINAL  3
/* YYLAST -- Last index in YYTABLE.  */
#define YYLAST   1396

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  113
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  88
/* YYNRULES -- Number of rules.  */
#define YYNRULES  239
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  458

/* YYMAXUTOK -- Last valid token kind.  */
#define YYMAXUTOK   349


/* YYTRANSLATE(TOKEN-NUM) -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex, with out-of-bounds checking.  */
#define YYTRANSLATE(YYX)                                \
  (0 <= (YYX) && (YYX) <= YYMAXUTOK                     \
   ? YY_CAST (yysymbol_kind_t, yytranslate[YYX])        \
   : YYSYMBOL_YYUNDEF)

/* YYTRANSLATE[TOKEN-NUM] -- Symbol number corresponding to TOKEN-NUM
   as returned by yylex.  */
static const yytype_int8 yytranslate[] =
{
       0,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
     107,   108,    99,    97,   105,    98,   102,   100,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,   109,   106,
      95,    94,    96,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,   111,     2,   112,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,   103,   110,   104,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     2,     2,     2,     2,
       2,     2,     2,     2,     2,     2,     1,     2,     3,     4,
       5,     6,     7,     8,     9,    10,    11,    12,    13,    14,
      15,    16,    17,    18,    19,    20,    21,    22,    23,    24,
      25,    26,    27,    28,    29,    30,    31,    32,    33,    34,
      35,    36,    37,    38,    39,    40,    41,    42,    43,    44,
      45,    46,    47,    48,    49,    50,    51,    52,    53,    54,
      55,    56,    57,    58,    59,    60,    61,    62,    63,    64,
      65,    66,    67,    68,    69,    70,    71,    72,    73,    74,
      75,    76,    77,    78,    79,    80,    81,    82,    83,    84,
      85,    86,    87,    88,    89,    90,    91,    92,    93,   101
};

#if GRIP_YYDEBUG
/* YYRLINE[YYN] -- Source line where rule number YYN was defined.  */
static const yytype_int16 yyrline[] =
{
       0,   253,   253,   257,   258,   262,   266,   267,   268,   269,
     270,   274,   274,   274,   274,   274,   274,   275,   275,   275,
     275,   275,   275,   276,   276,   276,   276,   276,   280,   281,
     285,   289,   294,   295,   296,   300,   304,   306,   310,   311,
     315,   316,   321,   322,   323,   327,   329,   333,   334,   338,
     339,   340,   344,   345,   349,   353,   357,   362,   363,   367,
     368,   370,   374,   380,   381,   385,   386,   390,   391,   392,
     396,   402,   403,   407,   408,   412,   413,   417,   421,   422,
     426,   432,   433,   439,   440,   445,   451,   452,   453,   454,
     458,   466,   467,   471,   472,   476,   477,   480,   484,   494,
     495,   499,   500,   504,   505,   509,   510,   511,   512,   516,
     517,   521,   522,   527,   528,   529,   533,   539,   540,   544,
     548,   549,   553,   582,   583,   589,   590,   591,   592,   593,
     597,   604,   605,   609,   610,   611,   615,   619,   626,   627,
     631,   632,   636,   637,   641,   642,   646,   652,   653,   657,
     658,   662,   666,   667,   668,   672,   673,   677,   678,   679,
     683,   687,   692,   693,   694,   698,   702,   707,   708,   709,
     713,   714,   715,   716,   717,   718,   719,   723,   724,   725,
     729,   735,   736,   737,   738,   739,   740,   741,   742,   743,
     744,   745,   746,   747,   748,   749,   750,   751,   752,   754,
     757,   760,   763,   769,   770,   771,   772,   773,   774,   778,
     779,   783,   784,   785,   786,   787,   788,   789,   790,   791,
     792,   793,   794,   795,   796,   797,   798,   799,   800,   801,
     805,   806,   811,   819,   820,   821,   822,   823,   824,   825
};
#endif

/** Accessing symbol of state STATE.  */
#define YY_ACCESSING_SYMBOL(State) YY_CAST (yysymbol_kind_t, yystos[State])

#if 1
/* The user-facing name of the symbol whose (internal) number is
   YYSYMBOL.  No bounds checking.  */
static const char *yysymbol_name (yysymbol_kind_t yysymbol) YY_ATTRIBUTE_UNUSED;

static const char *
yysymbol_name (yysymbol_kind_t yysymbol)
{
  static const char *const yy_sname[] =
  {
  "end of file", "error", "invalid token", "IDENT", "STRING", "INT",
  "DECIMAL", "MONEY", "PERCENT", "DATE", "DURATION", "ROW_END", "NE", "LE",
  "GE", "DOTDOT", "ALL", "ALLOCATION", "AND", "ANY", "AS", "ASC", "AVG",
  "BUDGET", "BY", "CAP", "CHARGE", "COUNT", "DATED_BY", "DECISION", "DEF",
  "DESC", "ELSE", "ENUM", "EQUAL", "ERROR_KW", "EXCEPTION_TO", "EXPECT",
  "EXTENDS", "FALSE", "FOR", "FROM", "GIVEN", "GROUP_BY", "IF", "IN",
  "INPUT", "IS", "KEY", "LIMIT", "LIST", "MAX", "MEDIAN", "MIN", "MODULE",
  "NOT", "OF", "ON", "OR", "ORDER_BY", "OTHERWISE", "OUTPUT", "OVER",
  "OVERRIDE", "OVERRIDE_RULE", "PARAMETER", "PER", "PREVIOUS", "RECORD",
  "REPORT", "RULE", "SERIES", "SET", "SHARE", "SUM", "TABLE", "TEST",
  "THEN", "TOTAL", "TOTALS", "TRUE", "UNIQUE", "UNKNOWN", "UNLESS",
  "UNTIL", "USE", "VALID", "VARIANT", "WEIGHT", "WHEN", "WHERE", "WITH",
  "QUANT_BARE", "RULES_END", "'='", "'<'", "'>'", "'+'", "'-'", "'*'",
  "'/'", "UMINUS", "'.'", "'{'", "'}'", "','", "';'", "'('", "')'", "':'",
  "'|'", "'['", "']'", "$accept", "file", "decls", "decl", "decl_body",
  "qname", "module_decl", "use_decl", "opt_alias", "extends_decl",
  "enum_decl", "member_list", "opt_comma", "opt_sep", "variant_decl",
  "case_list", "case", "params", "param", "record_decl", "input_decl",
  "opt_dated", "fields", "field", "opt_key", "opt_default", "type",
  "table_decl", "opt_table_key", "ident_list", "rows", "row", "cells",
  "param_decl", "periods", "period", "def_decl", "opt_params",
  "decision_decl", "opt_result", "opt_unique", "rules", "rule", "rule_kw",
  "opt_label", "opt_exception", "opt_valid", "opt_when", "opt_unless",
  "opt_otherwise", "budget_decl", "charges", "charge", "expr_list",
  "allocation_decl", "alloc_clauses", "alloc_clause", "series_decl",
  "series_by", "series_cols", "series_col", "report_decl", "opt_over",
  "opt_where", "opt_group", "group_keys", "group_key", "opt_order",
  "order_keys", "order_key", "opt_dir", "opt_totals", "report_cols",
  "report_col", "output_decl", "out_cols", "out_col", "test_decl",
  "test_items", "test_item", "inits", "init", "expr", "postfix",
  "opt_args", "primary", "aggregate", "agg_op", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-387)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-210)

#define yytable_value_is_error(Yyn) \
  ((Yyn) == YYTABLE_NINF)

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    -387,    21,  1309,  -387,  -387,    63,    80,    96,   101,   132,
     133,   156,   133,   158,    28,   159,   162,   173,   175,   176,
     178,   133,   177,  -387,  -387,  -387,  -387,  -387,  -387,  -387,
    -387,  -387,  -387,  -387,  -387,  -387,  -387,  -387,  -387,  -387,
    -387,  -387,    -3,   117,    75,    81,    84,  -387,    88,   163,
      88,    89,  -387,  -387,  -387,  -387,    85,    90,   151,    -4,
     167,   114,   -17,   119,   772,   772,     5,  -387,    16,    95,
      87,   217,   220,   122,  -387,     5,  -387,   772,   136,  -387,
    -387,   224,   121,   129,  -387,   230,   233,  -387,    93,  -387,
    -387,  -387,  -387,  -387,  -387,  -387,  -387,   234,   239,  -387,
     244,  -387,   772,  -387,  -387,  -387,   772,   141,  -387,  -387,
    -387,  -387,   143,   772,   390,   495,   907,   -46,  -387,  -387,
     144,   -45,  1168,   193,   196,    88,   179,  1259,   148,   149,
    -387,   -29,  -387,     5,   157,  -387,   165,  -387,  -387,  -387,
       8,   168,    22,  1168,   772,   221,   218,   264,  -387,     6,
    -387,  -387,   164,   171,   180,  -387,   235,   236,   238,   970,
     226,   283,   772,  -387,   184,  -387,   186,   188,   789,   772,
     772,   772,   772,   772,  -387,   772,   289,   772,   772,   772,
     772,   772,   772,   772,   772,   772,   772,   772,    -7,  -387,
     291,   202,   600,   772,   772,   772,     5,     5,  -387,  -387,
    -387,   772,   772,  -387,  -387,  -387,   295,  -387,  -387,     5,
     303,  -387,   213,  -387,   305,   207,    30,  -387,   219,  -387,
      68,   772,  -387,  -387,   203,  -387,    68,  1168,   772,   211,
     772,  -387,   -16,    29,  -387,   686,   312,   192,   313,   314,
    -387,  -387,  -387,   142,   315,   215,   192,   192,   192,   772,
     222,   808,  -387,   772,   223,  -387,  -387,  1204,  1204,  1204,
     226,  1168,  1204,  -387,    55,  -387,   566,  1168,  1168,  1204,
    1204,  1204,   -25,   -25,  -387,  -387,  -387,  -387,   225,   227,
     228,   232,   -90,   978,   231,   996,  1168,  -387,  -387,  1168,
    1168,   327,  -387,  -387,   772,  -387,  -387,  -387,   772,  -387,
    -387,  -387,  1168,   293,     5,  -387,   240,  -387,   881,  -387,
    1067,   344,  -387,   -75,   345,  1168,   245,  -387,  -387,   256,
     251,   247,    36,  -387,  -387,   -20,    56,    70,  1039,  -387,
    -387,  -387,  -387,  -387,  -387,  -387,  -387,  -387,  -387,   353,
    -387,   772,   331,  -387,  -387,   322,  1168,  1168,   192,  -387,
     311,   772,  -387,    38,   772,  -387,  -387,   772,  -387,  -387,
    -387,   772,  -387,  -387,  -387,   772,   772,   772,   772,   316,
    1095,  -387,   357,   276,   -58,  -387,   168,  -387,  -387,   270,
     307,    68,   461,    -9,  1168,    43,  1168,   -70,  1168,  1168,
    1168,  1168,   772,   772,  -387,  -387,   -31,   258,   192,   772,
    -387,   772,   772,   277,  -387,  -387,  -387,   772,  -387,   260,
    -387,    68,  -387,   328,  1168,   772,   772,   772,   280,  1168,
    1110,   266,  -387,   297,  -387,    44,  1168,   772,  -387,   772,
    -387,  1138,  1168,  1095,   772,  -387,   772,  -387,  -387,   268,
    -387,    68,  1168,   851,   772,   298,  1168,  -387,     5,  -387,
    -387,  1168,   772,  -387,   284,  1168,   772,  1168
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_uint8 yydefact[] =
{
       3,     0,     0,     1,     5,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     4,     6,    11,    12,    13,    14,    15,
      16,    17,    18,    19,    20,    21,    22,    23,    24,    25,
      26,    27,     0,     0,    91,    86,     0,    28,    35,    57,
      30,     0,     9,     7,     8,    10,     0,     0,   138,     0,
      71,     0,    32,     0,     0,     0,     0,    95,     0,     0,
       0,     0,     0,     0,   162,     0,    59,     0,   140,   131,
     132,     0,     0,     0,   167,     0,     0,    31,     0,   211,
     218,   212,   213,   214,   215,   216,   217,     0,     0,   236,
     238,   220,     0,   235,   237,   234,     0,     0,   239,   233,
     219,   221,     0,     0,     0,     0,     0,   181,   203,   229,
       0,     0,   120,     0,     0,    67,    93,     0,     0,     0,
      87,     0,    52,     0,     0,    38,    40,    29,    58,    59,
       0,    65,     0,   139,     0,   142,     0,     0,    59,     0,
      33,    34,     0,    49,    40,    47,     0,     0,     0,     0,
     183,     0,     0,   182,     0,   224,    40,     0,     0,     0,
       0,     0,     0,     0,   125,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   122,   123,
       0,     0,     0,   209,     0,     0,     0,     0,    94,    92,
      97,     0,     0,   100,    99,    96,     0,    90,    89,     0,
       0,    88,     0,    37,    41,     0,     0,   164,     0,   161,
      42,     0,    81,    61,     0,    55,    42,   141,     0,     0,
       0,    73,     0,     0,   169,     0,     0,     0,     0,     0,
     166,   168,    46,     0,    41,     0,     0,     0,     0,     0,
       0,     0,   226,    41,     0,   223,   222,   189,   191,   193,
     194,   129,   196,   197,   195,   128,   152,   126,   127,   188,
     190,   192,   184,   185,   186,   187,   124,   204,     0,   210,
       0,     0,     0,   120,     0,     0,   121,    69,    68,   115,
     114,   101,    54,    53,     0,    39,    36,    56,     0,    43,
      44,   163,    66,    80,     0,    60,   143,   144,    32,   157,
       0,     0,    72,     0,   175,   174,     0,   238,   173,     0,
       0,     0,     0,    48,    45,     0,     0,   202,     0,   228,
     227,   225,   153,   154,   151,   208,   207,   206,   205,     0,
     230,     0,   116,   117,   102,   103,    85,   165,     0,    82,
      63,     0,   146,     0,     0,    74,    70,     0,    76,   176,
     177,     0,    75,    51,    50,     0,     0,     0,     0,     0,
     109,   118,     0,   105,     0,    64,    65,   145,   159,     0,
     147,    42,     0,     0,    78,     0,   172,     0,   200,   199,
     201,   198,     0,     0,   119,   104,     0,     0,     0,     0,
      62,     0,     0,   155,   158,   133,    77,     0,   179,     0,
     170,    42,   171,     0,   110,     0,     0,     0,     0,    83,
     140,   148,   149,     0,   137,     0,    79,     0,   178,     0,
     231,   106,   107,   109,     0,   160,     0,   156,   135,     0,
     130,    42,   180,     0,     0,   111,    84,   150,     0,   134,
     232,   108,     0,    98,     0,   112,     0,   136
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -387,  -387,  -387,  -387,  -387,    74,  -387,  -387,    76,  -387,
    -387,  -387,  -142,  -225,  -387,  -387,   138,   140,   191,  -387,
    -387,  -387,  -111,  -387,  -387,     9,   -69,   373,  -387,  -387,
      27,  -387,  -387,   376,  -387,  -387,   388,  -387,   389,  -387,
    -387,  -387,  -387,  -387,  -387,  -387,  -387,   -28,  -387,  -387,
    -387,  -387,    62,   -60,  -387,  -387,   242,  -387,  -387,  -387,
    -387,  -387,  -387,   -13,  -387,  -387,    57,  -387,  -387,  -386,
    -387,  -387,  -387,  -387,  -387,  -387,  -387,  -387,  -387,  -387,
    -387,  -387,   -64,   -78,   246,  -223,  -387,  -387
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     1,     2,    23,    24,   125,    25,    26,    87,    27,
      28,   136,   215,   301,    29,   154,   155,   131,   132,    30,
      31,    73,   142,   226,   376,   222,   126,    32,    83,   232,
     313,   358,   383,    33,   303,   349,    34,    69,    35,    67,
     199,   127,   205,   206,   345,   373,   397,   394,   453,   207,
      36,   342,   343,   279,    37,   188,   189,    38,    81,   425,
     441,    39,    78,   145,   229,   306,   307,   403,   421,   265,
     334,   424,   353,   381,    40,   140,   220,    41,   149,   241,
     385,   411,   122,   117,   280,   118,   119,   120
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
     116,   305,   406,    85,   194,   121,   141,   234,    47,   217,
     415,   218,   245,   143,   318,   195,   422,   128,   173,   129,
      79,     3,   338,   223,   254,   224,   398,   174,   216,   356,
     223,   223,   224,   224,   412,   357,   399,   233,   159,   378,
     357,   379,   160,   235,   408,   438,   409,   439,   236,   163,
     447,   168,   178,   416,   166,   123,   190,     7,     8,    64,
     195,   191,    80,   237,   212,   192,    42,   169,   170,   171,
     365,   179,    86,   172,   186,   187,   210,   124,   238,   211,
     227,   180,   190,    43,    48,    71,    50,   191,   134,   311,
     135,   192,   312,    15,   152,    62,   153,   239,   251,    44,
     175,   407,   176,    19,    45,   257,   258,   259,   260,   261,
     240,   262,   219,   264,   266,   267,   268,   269,   270,   271,
     272,   273,   274,   275,   130,   374,   225,   287,   288,   283,
     285,   286,   282,   -75,   297,    46,    47,   289,   290,   -75,
     292,   210,   380,   321,   364,   129,   366,   410,   440,   181,
     182,   183,   184,   185,   186,   187,   404,   302,   190,    49,
     367,    51,    56,   191,   308,    57,   310,   192,   325,   326,
     327,   315,   190,   299,   300,   418,    58,   191,    59,    60,
      63,   192,    61,    65,    66,   328,   428,    70,    68,   286,
      71,    72,    74,    76,    75,    89,    90,    91,    92,    93,
      94,    95,    96,   278,   133,    89,    90,    91,    92,    93,
      94,    95,    96,    77,    99,    82,   449,    84,    97,   317,
     137,    98,    88,   138,    99,   139,   144,   146,   147,   100,
     346,   101,   148,   150,   347,   350,   151,   156,   169,   170,
     171,   101,   157,   103,   104,   105,   102,   158,   161,   196,
     162,   193,   197,   103,   104,   105,   208,   106,   209,   107,
     198,   213,   221,   230,   228,   108,   109,   231,   242,   107,
     214,   175,   110,   176,   111,   108,   109,   370,   243,   112,
     246,   247,   110,   248,   111,   244,   250,   308,   252,   112,
     382,   253,   263,   384,   277,   114,   255,   386,   291,   115,
     113,   388,   389,   390,   391,   114,   129,   294,   295,   115,
    -209,   296,   304,   298,   309,   316,   319,   320,   153,   324,
     181,   182,   183,   184,   185,   186,   187,   331,   413,   414,
     329,   344,   195,   335,   348,   419,   336,   420,   266,   340,
     169,   170,   171,   426,   337,   351,   172,   355,   360,   359,
     361,   431,   432,   433,   362,   363,   369,   341,   372,   375,
     395,   392,   396,   442,   401,   443,   402,   417,   423,   427,
     446,   436,   266,   175,   434,   176,   437,   448,   456,   454,
     451,   452,   323,   322,   352,   400,   177,    52,   455,   387,
      53,   164,   457,    89,    90,    91,    92,    93,    94,    95,
      96,   293,    54,    55,   371,   445,    97,   435,   377,    98,
       0,     0,    99,     0,     0,     0,     0,   100,   429,     0,
       0,     0,   181,   182,   183,   184,   185,   186,   187,   101,
     276,     0,     0,     0,   102,     0,   430,     0,     0,   284,
       0,   103,   104,   105,     0,   106,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   107,     0,     0,
       0,     0,     0,   108,   109,     0,     0,     0,     0,     0,
     110,     0,   111,   169,   170,   171,     0,   112,     0,   172,
       0,     0,     0,     0,     0,     0,     0,     0,   113,     0,
       0,     0,     0,   114,   165,     0,   167,   115,    89,    90,
      91,    92,    93,    94,    95,    96,   175,     0,   176,     0,
       0,    97,     0,     0,    98,     0,     0,    99,     0,   177,
       0,     0,   100,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     0,   101,     0,     0,     0,     0,   102,
       0,     0,     0,     0,     0,     0,   103,   104,   105,     0,
     106,     0,     0,     0,     0,   181,   182,   183,   184,   185,
     186,   187,   107,     0,   405,     0,     0,     0,   108,   109,
       0,     0,     0,     0,     0,   110,     0,   111,   169,   170,
     171,     0,   112,     0,   172,     0,     0,   332,     0,     0,
       0,     0,     0,   113,     0,     0,     0,   333,   114,     0,
       0,   281,   115,    89,    90,    91,    92,    93,    94,    95,
      96,   175,     0,   176,     0,     0,    97,     0,     0,    98,
       0,     0,    99,     0,   177,     0,     0,   100,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,   101,
       0,     0,     0,     0,   102,     0,     0,     0,     0,     0,
       0,   103,   104,   105,     0,   106,     0,     0,     0,     0,
     181,   182,   183,   184,   185,   186,   187,   107,     0,     0,
       0,     0,     0,   108,   109,     0,     0,     0,     0,     0,
     110,     0,   111,     0,     0,     0,     0,   112,     0,    89,
      90,    91,    92,    93,    94,    95,    96,     0,   113,     0,
       0,     0,    97,   114,     0,    98,     0,   115,    99,     0,
       0,     0,     0,   100,     0,     0,     0,     0,     0,     0,
       0,   314,     0,     0,     0,   101,     0,     0,     0,     0,
     102,     0,     0,     0,     0,     0,     0,   103,   104,   105,
       0,   106,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,   107,     0,     0,     0,     0,     0,   108,
     109,     0,     0,     0,     0,     0,   110,     0,   111,     0,
       0,     0,     0,   112,     0,    89,    90,    91,    92,    93,
      94,    95,    96,     0,   113,     0,     0,     0,    97,   114,
       0,    98,     0,   115,    99,     0,     0,     0,     0,   100,
       0,   169,   170,   171,     0,     0,     0,   172,     0,     0,
       0,   101,     0,     0,     0,     0,   102,     0,     0,     0,
     169,   170,   171,   103,   104,   105,   172,   106,     0,     0,
       0,     0,     0,     0,   175,     0,   176,     0,     0,   107,
       0,     0,     0,     0,     0,   108,   109,   177,     0,     0,
       0,     0,   110,   175,   111,   176,     0,     0,     0,   112,
       0,     0,     0,   169,   170,   171,   177,     0,     0,   172,
     113,     0,     0,     0,     0,   114,     0,     0,     0,   115,
       0,     0,     0,   181,   182,   183,   184,   185,   186,   187,
       0,     0,     0,   169,   170,   171,   175,   256,   176,   172,
       0,    85,   181,   182,   183,   184,   185,   186,   187,   177,
       0,     0,     0,     0,     0,     0,   330,     0,     0,   169,
     170,   171,     0,     0,     0,   172,   175,     0,   176,     0,
       0,     0,   173,     0,     0,     0,     0,     0,     0,   177,
       0,   174,     0,     0,     0,   181,   182,   183,   184,   185,
     186,   187,   175,     0,   176,     0,     0,     0,     0,   450,
       0,     0,     0,     0,     0,   177,   178,     0,     0,     0,
      86,     0,     0,     0,     0,   181,   182,   183,   184,   185,
     186,   187,   169,   170,   171,   179,     0,     0,   172,     0,
     169,   170,   171,     0,     0,   180,   172,     0,     0,     0,
       0,   181,   182,   183,   184,   185,   186,   187,   169,   170,
     171,     0,     0,     0,   172,   175,     0,   176,   339,     0,
       0,     0,   341,   175,     0,   176,     0,     0,   177,     0,
       0,     0,     0,     0,     0,     0,   177,     0,     0,     0,
       0,   175,     0,   176,     0,     0,     0,   249,     0,     0,
       0,   169,   170,   171,   177,     0,     0,   172,     0,     0,
       0,     0,     0,     0,   181,   182,   183,   184,   185,   186,
     187,   368,   181,   182,   183,   184,   185,   186,   187,   169,
     170,   171,   354,     0,   175,   172,   176,     0,     0,     0,
     181,   182,   183,   184,   185,   186,   187,   177,     0,     0,
       0,     0,     0,     0,     0,     0,     0,   169,   170,   171,
       0,     0,   175,   172,   176,     0,     0,     0,     0,     0,
       0,     0,   169,   170,   171,   177,     0,     0,   172,     0,
       0,     0,     0,   181,   182,   183,   184,   185,   186,   187,
     175,     0,   176,     0,     0,     0,     0,     0,     0,     0,
     169,   170,   171,   177,     0,   175,   172,   176,     0,     0,
       0,   181,   182,   183,   184,   185,   186,   187,   177,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
     169,   170,   171,   175,   393,   176,   172,     0,     0,   181,
     182,   183,   184,   185,   186,   187,   177,     0,     0,     0,
     144,     0,     0,     0,   181,   182,   183,   184,   185,   186,
     187,     0,     0,   175,     0,   176,  -210,  -210,  -210,     0,
       0,     0,   444,     0,     0,     0,   177,     0,     0,     0,
       0,     0,   181,   182,   183,   184,   185,   186,   187,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,  -210,
       0,  -210,     0,     0,     0,     0,     0,     0,     0,  -113,
     200,     0,   181,   182,   183,   184,   185,   186,   187,     0,
       0,     0,     0,     0,     0,     0,  -113,     0,     0,     0,
       0,     0,  -113,     0,     0,     0,     0,     0,  -113,  -113,
       0,   201,  -113,     0,     0,     0,     0,  -113,  -210,  -210,
    -210,   184,   185,   186,   187,  -113,     0,     0,     0,    -2,
       4,     0,     0,  -113,     0,     0,     0,     0,     0,   202,
    -113,     0,  -113,   203,  -113,     0,     5,  -113,  -113,   204,
    -113,     0,     6,     0,  -113,  -113,     0,     0,     7,     8,
       0,     0,     9,     0,  -113,     0,  -113,    10,     0,     0,
       0,     0,     0,     0,     0,    11,     0,     0,     0,     0,
       0,     0,     0,    12,     0,     0,     0,     0,     0,     0,
      13,     0,    14,     0,    15,     0,     0,    16,    17,     0,
      18,     0,     0,     0,    19,    20,     0,     0,     0,     0,
       0,     0,     0,     0,    21,     0,    22
};

static const yytype_int16 yycheck[] =
{
      64,   226,    11,    20,    49,    65,    75,     1,     3,     1,
      41,     3,   154,    77,   237,   105,   402,     1,    25,     3,
      24,     0,   112,     1,   166,     3,    84,    34,   139,   104,
       1,     1,     3,     3,   104,   110,    94,   148,   102,     1,
     110,     3,   106,    37,     1,     1,     3,     3,    42,   113,
     436,   115,    59,    84,   114,    50,   102,    29,    30,    62,
     105,   107,    66,    57,   133,   111,     3,    12,    13,    14,
      90,    78,    89,    18,    99,   100,   105,    72,    72,   108,
     144,    88,   102,     3,    10,   102,    12,   107,     1,   105,
       3,   111,   108,    65,     1,    21,     3,    91,   162,     3,
      45,   110,    47,    75,     3,   169,   170,   171,   172,   173,
     104,   175,   104,   177,   178,   179,   180,   181,   182,   183,
     184,   185,   186,   187,   108,   348,   104,   196,   197,   193,
     194,   195,   192,   104,   104,     3,     3,   201,   202,   110,
     209,   105,   104,     1,   108,     3,    90,   104,   104,    94,
      95,    96,    97,    98,    99,   100,   381,   221,   102,     3,
      90,     3,     3,   107,   228,     3,   230,   111,   246,   247,
     248,   235,   102,   105,   106,   398,     3,   107,     3,     3,
       3,   111,     4,    66,   109,   249,   411,   103,   107,   253,
     102,    28,   103,   103,   109,     3,     4,     5,     6,     7,
       8,     9,    10,     1,   109,     3,     4,     5,     6,     7,
       8,     9,    10,    62,    22,    48,   441,   103,    16,    27,
       3,    19,   103,     3,    22,   103,    90,     3,   107,    27,
     294,    39,   103,     3,   298,   304,     3,     3,    12,    13,
      14,    39,     3,    51,    52,    53,    44,     3,   107,    56,
     107,   107,    56,    51,    52,    53,   108,    55,   109,    67,
      81,   104,    94,    45,    43,    73,    74,     3,   104,    67,
     105,    45,    80,    47,    82,    73,    74,   341,   107,    87,
      45,    45,    80,    45,    82,   105,     3,   351,   104,    87,
     354,   105,     3,   357,     3,   103,   108,   361,     3,   107,
      98,   365,   366,   367,   368,   103,     3,    94,     3,   107,
     108,   104,   109,    94,   103,     3,     3,     3,     3,   104,
      94,    95,    96,    97,    98,    99,   100,   104,   392,   393,
     108,     4,   105,   108,    41,   399,   108,   401,   402,   108,
      12,    13,    14,   407,   112,   105,    18,     3,   103,     4,
      94,   415,   416,   417,   103,   108,     3,    26,    36,    48,
       3,    45,    86,   427,    94,   429,    59,   109,    91,   109,
     434,   105,   436,    45,    94,    47,    79,   109,    94,   448,
     444,    83,   244,   243,   308,   376,    58,    14,   452,   362,
      14,     1,   456,     3,     4,     5,     6,     7,     8,     9,
      10,   210,    14,    14,   342,   433,    16,   420,   351,    19,
      -1,    -1,    22,    -1,    -1,    -1,    -1,    27,    90,    -1,
      -1,    -1,    94,    95,    96,    97,    98,    99,   100,    39,
     188,    -1,    -1,    -1,    44,    -1,   108,    -1,    -1,   193,
      -1,    51,    52,    53,    -1,    55,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    67,    -1,    -1,
      -1,    -1,    -1,    73,    74,    -1,    -1,    -1,    -1,    -1,
      80,    -1,    82,    12,    13,    14,    -1,    87,    -1,    18,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    98,    -1,
      -1,    -1,    -1,   103,   104,    -1,     1,   107,     3,     4,
       5,     6,     7,     8,     9,    10,    45,    -1,    47,    -1,
      -1,    16,    -1,    -1,    19,    -1,    -1,    22,    -1,    58,
      -1,    -1,    27,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    39,    -1,    -1,    -1,    -1,    44,
      -1,    -1,    -1,    -1,    -1,    -1,    51,    52,    53,    -1,
      55,    -1,    -1,    -1,    -1,    94,    95,    96,    97,    98,
      99,   100,    67,    -1,   103,    -1,    -1,    -1,    73,    74,
      -1,    -1,    -1,    -1,    -1,    80,    -1,    82,    12,    13,
      14,    -1,    87,    -1,    18,    -1,    -1,    21,    -1,    -1,
      -1,    -1,    -1,    98,    -1,    -1,    -1,    31,   103,    -1,
      -1,     1,   107,     3,     4,     5,     6,     7,     8,     9,
      10,    45,    -1,    47,    -1,    -1,    16,    -1,    -1,    19,
      -1,    -1,    22,    -1,    58,    -1,    -1,    27,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    39,
      -1,    -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,
      -1,    51,    52,    53,    -1,    55,    -1,    -1,    -1,    -1,
      94,    95,    96,    97,    98,    99,   100,    67,    -1,    -1,
      -1,    -1,    -1,    73,    74,    -1,    -1,    -1,    -1,    -1,
      80,    -1,    82,    -1,    -1,    -1,    -1,    87,    -1,     3,
       4,     5,     6,     7,     8,     9,    10,    -1,    98,    -1,
      -1,    -1,    16,   103,    -1,    19,    -1,   107,    22,    -1,
      -1,    -1,    -1,    27,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    35,    -1,    -1,    -1,    39,    -1,    -1,    -1,    -1,
      44,    -1,    -1,    -1,    -1,    -1,    -1,    51,    52,    53,
      -1,    55,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    67,    -1,    -1,    -1,    -1,    -1,    73,
      74,    -1,    -1,    -1,    -1,    -1,    80,    -1,    82,    -1,
      -1,    -1,    -1,    87,    -1,     3,     4,     5,     6,     7,
       8,     9,    10,    -1,    98,    -1,    -1,    -1,    16,   103,
      -1,    19,    -1,   107,    22,    -1,    -1,    -1,    -1,    27,
      -1,    12,    13,    14,    -1,    -1,    -1,    18,    -1,    -1,
      -1,    39,    -1,    -1,    -1,    -1,    44,    -1,    -1,    -1,
      12,    13,    14,    51,    52,    53,    18,    55,    -1,    -1,
      -1,    -1,    -1,    -1,    45,    -1,    47,    -1,    -1,    67,
      -1,    -1,    -1,    -1,    -1,    73,    74,    58,    -1,    -1,
      -1,    -1,    80,    45,    82,    47,    -1,    -1,    -1,    87,
      -1,    -1,    -1,    12,    13,    14,    58,    -1,    -1,    18,
      98,    -1,    -1,    -1,    -1,   103,    -1,    -1,    -1,   107,
      -1,    -1,    -1,    94,    95,    96,    97,    98,    99,   100,
      -1,    -1,    -1,    12,    13,    14,    45,   108,    47,    18,
      -1,    20,    94,    95,    96,    97,    98,    99,   100,    58,
      -1,    -1,    -1,    -1,    -1,    -1,   108,    -1,    -1,    12,
      13,    14,    -1,    -1,    -1,    18,    45,    -1,    47,    -1,
      -1,    -1,    25,    -1,    -1,    -1,    -1,    -1,    -1,    58,
      -1,    34,    -1,    -1,    -1,    94,    95,    96,    97,    98,
      99,   100,    45,    -1,    47,    -1,    -1,    -1,    -1,   108,
      -1,    -1,    -1,    -1,    -1,    58,    59,    -1,    -1,    -1,
      89,    -1,    -1,    -1,    -1,    94,    95,    96,    97,    98,
      99,   100,    12,    13,    14,    78,    -1,    -1,    18,    -1,
      12,    13,    14,    -1,    -1,    88,    18,    -1,    -1,    -1,
      -1,    94,    95,    96,    97,    98,    99,   100,    12,    13,
      14,    -1,    -1,    -1,    18,    45,    -1,    47,    40,    -1,
      -1,    -1,    26,    45,    -1,    47,    -1,    -1,    58,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    58,    -1,    -1,    -1,
      -1,    45,    -1,    47,    -1,    -1,    -1,    77,    -1,    -1,
      -1,    12,    13,    14,    58,    -1,    -1,    18,    -1,    -1,
      -1,    -1,    -1,    -1,    94,    95,    96,    97,    98,    99,
     100,    32,    94,    95,    96,    97,    98,    99,   100,    12,
      13,    14,    15,    -1,    45,    18,    47,    -1,    -1,    -1,
      94,    95,    96,    97,    98,    99,   100,    58,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    12,    13,    14,
      -1,    -1,    45,    18,    47,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    12,    13,    14,    58,    -1,    -1,    18,    -1,
      -1,    -1,    -1,    94,    95,    96,    97,    98,    99,   100,
      45,    -1,    47,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      12,    13,    14,    58,    -1,    45,    18,    47,    -1,    -1,
      -1,    94,    95,    96,    97,    98,    99,   100,    58,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      12,    13,    14,    45,    89,    47,    18,    -1,    -1,    94,
      95,    96,    97,    98,    99,   100,    58,    -1,    -1,    -1,
      90,    -1,    -1,    -1,    94,    95,    96,    97,    98,    99,
     100,    -1,    -1,    45,    -1,    47,    12,    13,    14,    -1,
      -1,    -1,    84,    -1,    -1,    -1,    58,    -1,    -1,    -1,
      -1,    -1,    94,    95,    96,    97,    98,    99,   100,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    45,
      -1,    47,    -1,    -1,    -1,    -1,    -1,    -1,    -1,     0,
       1,    -1,    94,    95,    96,    97,    98,    99,   100,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    17,    -1,    -1,    -1,
      -1,    -1,    23,    -1,    -1,    -1,    -1,    -1,    29,    30,
      -1,    32,    33,    -1,    -1,    -1,    -1,    38,    94,    95,
      96,    97,    98,    99,   100,    46,    -1,    -1,    -1,     0,
       1,    -1,    -1,    54,    -1,    -1,    -1,    -1,    -1,    60,
      61,    -1,    63,    64,    65,    -1,    17,    68,    69,    70,
      71,    -1,    23,    -1,    75,    76,    -1,    -1,    29,    30,
      -1,    -1,    33,    -1,    85,    -1,    87,    38,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    46,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    54,    -1,    -1,    -1,    -1,    -1,    -1,
      61,    -1,    63,    -1,    65,    -1,    -1,    68,    69,    -1,
      71,    -1,    -1,    -1,    75,    76,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    85,    -1,    87
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_uint8 yystos[] =
{
       0,   114,   115,     0,     1,    17,    23,    29,    30,    33,
      38,    46,    54,    61,    63,    65,    68,    69,    71,    75,
      76,    85,    87,   116,   117,   119,   120,   122,   123,   127,
     132,   133,   140,   146,   149,   151,   163,   167,   170,   174,
     187,   190,     3,     3,     3,     3,     3,     3,   118,     3,
     118,     3,   140,   146,   149,   151,     3,     3,     3,     3,
       3,     4,   118,     3,    62,    66,   109,   152,   107,   150,
     103,   102,    28,   134,   103,   109,   103,    62,   175,    24,
      66,   171,    48,   141,   103,    20,    89,   121,   103,     3,
       4,     5,     6,     7,     8,     9,    10,    16,    19,    22,
      27,    39,    44,    51,    52,    53,    55,    67,    73,    74,
      80,    82,    87,    98,   103,   107,   195,   196,   198,   199,
     200,   166,   195,    50,    72,   118,   139,   154,     1,     3,
     108,   130,   131,   109,     1,     3,   124,     3,     3,   103,
     188,   139,   135,   195,    90,   176,     3,   107,   103,   191,
       3,     3,     1,     3,   128,   129,     3,     3,     3,   195,
     195,   107,   107,   195,     1,   104,   166,     1,   195,    12,
      13,    14,    18,    25,    34,    45,    47,    58,    59,    78,
      88,    94,    95,    96,    97,    98,    99,   100,   168,   169,
     102,   107,   111,   107,    49,   105,    56,    56,    81,   153,
       1,    32,    60,    64,    70,   155,   156,   162,   108,   109,
     105,   108,   139,   104,   105,   125,   135,     1,     3,   104,
     189,    94,   138,     1,     3,   104,   136,   195,    43,   177,
      45,     3,   142,   135,     1,    37,    42,    57,    72,    91,
     104,   192,   104,   107,   105,   125,    45,    45,    45,    77,
       3,   195,   104,   105,   125,   108,   108,   195,   195,   195,
     195,   195,   195,     3,   195,   182,   195,   195,   195,   195,
     195,   195,   195,   195,   195,   195,   169,     3,     1,   166,
     197,     1,   166,   195,   197,   195,   195,   139,   139,   195,
     195,     3,   139,   131,    94,     3,   104,   104,    94,   105,
     106,   126,   195,   147,   109,   126,   178,   179,   195,   103,
     195,   105,   108,   143,    35,   195,     3,    27,   198,     3,
       3,     1,   130,   129,   104,   196,   196,   196,   195,   108,
     108,   104,    21,    31,   183,   108,   108,   112,   112,    40,
     108,    26,   164,   165,     4,   157,   195,   195,    41,   148,
     139,   105,   121,   185,    15,     3,   104,   110,   144,     4,
     103,    94,   103,   108,   108,    90,    90,    90,    32,     3,
     195,   165,    36,   158,   198,    48,   137,   179,     1,     3,
     104,   186,   195,   145,   195,   193,   195,   143,   195,   195,
     195,   195,    45,    89,   160,     3,    86,   159,    84,    94,
     138,    94,    59,   180,   126,   103,    11,   110,     1,     3,
     104,   194,   104,   195,   195,    41,    84,   109,   198,   195,
     195,   181,   182,    91,   184,   172,   195,   109,   126,    90,
     108,   195,   195,   195,    94,   176,   105,    79,     1,     3,
     104,   173,   195,   195,    84,   160,   195,   182,   109,   126,
     108,   195,    83,   161,   139,   195,    94,   195
};

/* YYR1[RULE-NUM] -- Symbol kind of the left-hand side of rule RULE-NUM.  */
static const yytype_uint8 yyr1[] =
{
       0,   113,   114,   115,   115,   115,   116,   116,   116,   116,
     116,   117,   117,   117,   117,   117,   117,   117,   117,   117,
     117,   117,   117,   117,   117,   117,   117,   117,   118,   118,
     119,   120,   121,   121,   121,   122,   123,   123,   124,   124,
     125,   125,   126,   126,   126,   127,   127,   128,   128,   129,
     129,   129,   130,   130,   131,   132,   133,   134,   134,   135,
     135,   135,   136,   137,   137,   138,   138,   139,   139,   139,
     140,   141,   141,   142,   142,   143,   143,   144,   145,   145,
     146,   147,   147,   148,   148,   149,   150,   150,   150,   150,
     151,   152,   152,   153,   153,   154,   154,   154,   155,   156,
     156,   157,   157,   158,   158,   159,   159,   159,   159,   160,
     160,   161,   161,   162,   162,   162,   163,   164,   164,   165,
     166,   166,   167,   168,   168,   169,   169,   169,   169,   169,
     170,   171,   171,   172,   172,   172,   173,   174,   175,   175,
     176,   176,   177,   177,   178,   178,   179,   180,   180,   181,
     181,   182,   183,   183,   183,   184,   184,   185,   185,   185,
     186,   187,   188,   188,   188,   189,   190,   191,   191,   191,
     192,   192,   192,   192,   192,   192,   192,   193,   193,   193,
     194,   195,   195,   195,   195,   195,   195,   195,   195,   195,
     195,   195,   195,   195,   195,   195,   195,   195,   195,   195,
     195,   195,   195,   196,   196,   196,   196,   196,   196,   197,
     197,   198,   198,   198,   198,   198,   198,   198,   198,   198,
     198,   198,   198,   198,   198,   198,   198,   198,   198,   198,
     199,   199,   199,   200,   200,   200,   200,   200,   200,   200
};

/* YYR2[RULE-NUM] -- Number of symbols on the right-hand side of rule RULE-NUM.  */
static const yytype_int8 yyr2[] =
{
       0,     2,     1,     0,     2,     2,     1,     2,     2,     2,
       2,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     3,
       2,     3,     0,     2,     2,     2,     6,     5,     1,     3,
       0,     1,     0,     1,     1,     6,     5,     1,     3,     1,
       4,     4,     1,     3,     3,     5,     6,     0,     2,     0,
       3,     2,     5,     0,     1,     0,     2,     1,     3,     3,
       7,     0,     4,     1,     3,     0,     2,     3,     1,     3,
       6,     0,     2,     4,     6,     7,     0,     2,     3,     3,
       5,     0,     3,     0,     1,     0,     2,     2,     9,     1,
       1,     0,     1,     0,     2,     0,     3,     3,     5,     0,
       2,     0,     2,     0,     2,     2,     7,     1,     2,     3,
       1,     3,     5,     1,     2,     1,     2,     2,     2,     2,
      11,     1,     1,     0,     3,     2,     5,    10,     0,     2,
       0,     2,     0,     2,     1,     3,     2,     0,     2,     1,
       3,     2,     0,     1,     1,     0,     2,     0,     3,     2,
       4,     5,     0,     3,     2,     3,     5,     0,     2,     2,
       5,     5,     4,     2,     2,     2,     3,     0,     3,     2,
       3,     1,     2,     2,     3,     3,     3,     3,     3,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     6,     6,
       6,     6,     4,     1,     3,     4,     4,     4,     4,     0,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     3,     3,     2,     4,     3,     4,     4,     1,
       4,     8,    10,     1,     1,     1,     1,     1,     1,     1
};


enum { YYENOMEM = -2 };

#define yyerrok         (yyerrstatus = 0)
#define yyclearin       (yychar = GRIP_YYEMPTY)

#define YYACCEPT        goto yyacceptlab
#define YYABORT         goto yyabortlab
#define YYERROR         goto yyerrorlab
#define YYNOMEM         goto yyexhaustedlab


#define YYRECOVERING()  (!!yyerrstatus)

#define YYBACKUP(Token, Value)                                    \
  do                                                              \
    if (yychar == GRIP_YYEMPTY)                                        \
      {                                                           \
        yychar = (Token);                                         \
        yylval = (Value);                                         \
        YYPOPSTACK (yylen);                                       \
        yystate = *yyssp;                                         \
        YY_LAC_DISCARD ("YYBACKUP");                              \
        goto yybackup;                                            \
      }                                                           \
    else                                                          \
      {                                                           \
        yyerror (&yylloc, scanner, ps, YY_("syntax error: cannot back up")); \
        YYERROR;                                                  \
      }                                                           \
  while (0)

/* Backward compatibility with an undocumented macro.
   Use GRIP_YYerror or GRIP_YYUNDEF. */
#define YYERRCODE GRIP_YYUNDEF

/* YYLLOC_DEFAULT -- Set CURRENT to span from RHS[1] to RHS[N].
   If N is 0, then set CURRENT to the empty location which ends
   the previous symbol: RHS[0] (always defined).  */

#ifndef YYLLOC_DEFAULT
# define YYLLOC_DEFAULT(Current, Rhs, N)                                \
    do                                                                  \
      if (N)                                                            \
        {                                                               \
          (Current).first_line   = YYRHSLOC (Rhs, 1).first_line;        \
          (Current).first_column = YYRHSLOC (Rhs, 1).first_column;      \
          (Current).last_line    = YYRHSLOC (Rhs, N).last_line;         \
          (Current).last_column  = YYRHSLOC (Rhs, N).last_column;       \
        }                                                               \
      else                                                              \
        {                                                               \
          (Current).first_line   = (Current).last_line   =              \
            YYRHSLOC (Rhs, 0).last_line;                                \
          (Current).first_column = (Current).last_column =              \
            YYRHSLOC (Rhs, 0).last_column;                              \
        }                                                               \
    while (0)
#endif

#define YYRHSLOC(Rhs, K) ((Rhs)[K])


/* Enable debugging if requested.  */
#if GRIP_YYDEBUG

# ifndef YYFPRINTF
#  include <stdio.h> /* INFRINGES ON USER NAME SPACE */
#  define YYFPRINTF fprintf
# endif

# define YYDPRINTF(Args)                        \
do {                                            \
  if (yydebug)                                  \
    YYFPRINTF Args;                             \
} while (0)


/* YYLOCATION_PRINT -- Print the location on the stream.
   This macro was not mandated originally: define only if we know
   we won't break user code: when these are the locations we know.  */

# ifndef YYLOCATION_PRINT

#  if defined YY_LOCATION_PRINT

   /* Temporary convenience wrapper in case some people defined the
      undocumented and private YY_LOCATION_PRINT macros.  */
#   define YYLOCATION_PRINT(File, Loc)  YY_LOCATION_PRINT(File, *(Loc))

#  elif defined GRIP_YYLTYPE_IS_TRIVIAL && GRIP_YYLTYPE_IS_TRIVIAL

/* Print *YYLOCP on YYO.  Private, do not rely on its existence. */

YY_ATTRIBUTE_UNUSED
static int
yy_location_print_ (FILE *yyo, YYLTYPE const * const yylocp)
{
  int res = 0;
  int end_col = 0 != yylocp->last_column ? yylocp->last_column - 1 : 0;
  if (0 <= yylocp->first_line)
    {
      res += YYFPRINTF (yyo, "%d", yylocp->first_line);
      if (0 <= yylocp->first_column)
        res += YYFPRINTF (yyo, ".%d", yylocp->first_column);
    }
  if (0 <= yylocp->last_line)
    {
      if (yylocp->first_line < yylocp->last_line)
        {
          res += YYFPRINTF (yyo, "-%d", yylocp->last_line);
          if (0 <= end_col)
            res += YYFPRINTF (yyo, ".%d", end_col);
        }
      else if (0 <= end_col && yylocp->first_column < end_col)
        res += YYFPRINTF (yyo, "-%d", end_col);
    }
  return res;
}

#   define YYLOCATION_PRINT  yy_location_print_

    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT(File, Loc)  YYLOCATION_PRINT(File, &(Loc))

#  else

#   define YYLOCATION_PRINT(File, Loc) ((void) 0)
    /* Temporary convenience wrapper in case some people defined the
       undocumented and private YY_LOCATION_PRINT macros.  */
#   define YY_LOCATION_PRINT  YYLOCATION_PRINT

#  endif
# endif /* !defined YYLOCATION_PRINT */


# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)                    \
do {                                                                      \
  if (yydebug)                                                            \
    {                                                                     \
      YYFPRINTF (stderr, "%s ", Title);                                   \
      yy_symbol_print (stderr,                                            \
                  Kind, Value, Location, scanner, ps); \
      YYFPRINTF (stderr, "\n");                                           \
    }                                                                     \
} while (0)


/*-----------------------------------.
| Print this symbol's value on YYO.  |
`-----------------------------------*/

static void
yy_symbol_value_print (FILE *yyo,
                       yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, void *scanner, ParseState *ps)
{
  FILE *yyoutput = yyo;
  YY_USE (yyoutput);
  YY_USE (yylocationp);
  YY_USE (scanner);
  YY_USE (ps);
  if (!yyvaluep)
    return;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}


/*---------------------------.
| Print this symbol on YYO.  |
`---------------------------*/

static void
yy_symbol_print (FILE *yyo,
                 yysymbol_kind_t yykind, YYSTYPE const * const yyvaluep, YYLTYPE const * const yylocationp, void *scanner, ParseState *ps)
{
  YYFPRINTF (yyo, "%s %s (",
             yykind < YYNTOKENS ? "token" : "nterm", yysymbol_name (yykind));

  YYLOCATION_PRINT (yyo, yylocationp);
  YYFPRINTF (yyo, ": ");
  yy_symbol_value_print (yyo, yykind, yyvaluep, yylocationp, scanner, ps);
  YYFPRINTF (yyo, ")");
}

/*------------------------------------------------------------------.
| yy_stack_print -- Print the state stack from its BOTTOM up to its |
| TOP (included).                                                   |
`------------------------------------------------------------------*/

static void
yy_stack_print (yy_state_t *yybottom, yy_state_t *yytop)
{
  YYFPRINTF (stderr, "Stack now");
  for (; yybottom <= yytop; yybottom++)
    {
      int yybot = *yybottom;
      YYFPRINTF (stderr, " %d", yybot);
    }
  YYFPRINTF (stderr, "\n");
}

# define YY_STACK_PRINT(Bottom, Top)                            \
do {                                                            \
  if (yydebug)                                                  \
    yy_stack_print ((Bottom), (Top));                           \
} while (0)


/*------------------------------------------------.
| Report that the YYRULE is going to be reduced.  |
`------------------------------------------------*/

static void
yy_reduce_print (yy_state_t *yyssp, YYSTYPE *yyvsp, YYLTYPE *yylsp,
                 int yyrule, void *scanner, ParseState *ps)
{
  int yylno = yyrline[yyrule];
  int yynrhs = yyr2[yyrule];
  int yyi;
  YYFPRINTF (stderr, "Reducing stack by rule %d (line %d):\n",
             yyrule - 1, yylno);
  /* The symbols being reduced.  */
  for (yyi = 0; yyi < yynrhs; yyi++)
    {
      YYFPRINTF (stderr, "   $%d = ", yyi + 1);
      yy_symbol_print (stderr,
                       YY_ACCESSING_SYMBOL (+yyssp[yyi + 1 - yynrhs]),
                       &yyvsp[(yyi + 1) - (yynrhs)],
                       &(yylsp[(yyi + 1) - (yynrhs)]), scanner, ps);
      YYFPRINTF (stderr, "\n");
    }
}

# define YY_REDUCE_PRINT(Rule)          \
do {                                    \
  if (yydebug)                          \
    yy_reduce_print (yyssp, yyvsp, yylsp, Rule, scanner, ps); \
} while (0)

/* Nonzero means print parse trace.  It is left uninitialized so that
   multiple parsers can coexist.  */
int yydebug;
#else /* !GRIP_YYDEBUG */
# define YYDPRINTF(Args) ((void) 0)
# define YY_SYMBOL_PRINT(Title, Kind, Value, Location)
# define YY_STACK_PRINT(Bottom, Top)
# define YY_REDUCE_PRINT(Rule)
#endif /* !GRIP_YYDEBUG */


/* YYINITDEPTH -- initial size of the parser's stacks.  */
#ifndef YYINITDEPTH
# define YYINITDEPTH 200
#endif

/* YYMAXDEPTH -- maximum size the stacks can grow to (effective only
   if the built-in stack extension method is used).

   Do not make this value too large; the results are undefined if
   YYSTACK_ALLOC_MAXIMUM < YYSTACK_BYTES (YYMAXDEPTH)
   evaluated with infinite-precision integer arithmetic.  */

#ifndef YYMAXDEPTH
# define YYMAXDEPTH 10000
#endif


/* Given a state stack such that *YYBOTTOM is its bottom, such that
   *YYTOP is either its top or is YYTOP_EMPTY to indicate an empty
   stack, and such that *YYCAPACITY is the maximum number of elements it
   can hold without a reallocation, make sure there is enough room to
   store YYADD more elements.  If not, allocate a new stack using
   YYSTACK_ALLOC, copy the existing elements, and adjust *YYBOTTOM,
   *YYTOP, and *YYCAPACITY to reflect the new capacity and memory
   location.  If *YYBOTTOM != YYBOTTOM_NO_FREE, then free the old stack
   using YYSTACK_FREE.  Return 0 if successful or if no reallocation is
   required.  Return YYENOMEM if memory is exhausted.  */
static int
yy_lac_stack_realloc (YYPTRDIFF_T *yycapacity, YYPTRDIFF_T yyadd,
#if GRIP_YYDEBUG
                      char const *yydebug_prefix,
                      char const *yydebug_suffix,
#endif
                      yy_state_t **yybottom,
                      yy_state_t *yybottom_no_free,
                      yy_state_t **yytop, yy_state_t *yytop_empty)
{
  YYPTRDIFF_T yysize_old =
    *yytop == yytop_empty ? 0 : *yytop - *yybottom + 1;
  YYPTRDIFF_T yysize_new = yysize_old + yyadd;
  if (*yycapacity < yysize_new)
    {
      YYPTRDIFF_T yyalloc = 2 * yysize_new;
      yy_state_t *yybottom_new;
      /* Use YYMAXDEPTH for maximum stack size given that the stack
         should never need to grow larger than the main state stack
         needs to grow without LAC.  */
      if (YYMAXDEPTH < yysize_new)
        {
          YYDPRINTF ((stderr, "%smax size exceeded%s", yydebug_prefix,
                      yydebug_suffix));
          return YYENOMEM;
        }
      if (YYMAXDEPTH < yyalloc)
        yyalloc = YYMAXDEPTH;
      yybottom_new =
        YY_CAST (yy_state_t *,
                 YYSTACK_ALLOC (YY_CAST (YYSIZE_T,
                                         yyalloc * YYSIZEOF (*yybottom_new))));
      if (!yybottom_new)
        {
          YYDPRINTF ((stderr, "%srealloc failed%s", yydebug_prefix,
                      yydebug_suffix));
          return YYENOMEM;
        }
      if (*yytop != yytop_empty)
        {
          YYCOPY (yybottom_new, *yybottom, yysize_old);
          *yytop = yybottom_new + (yysize_old - 1);
        }
      if (*yybottom != yybottom_no_free)
        YYSTACK_FREE (*yybottom);
      *yybottom = yybottom_new;
      *yycapacity = yyalloc;
    }
  return 0;
}

/* Establish the initial context for the current lookahead if no initial
   context is currently established.

   We define a context as a snapshot of the parser stacks.  We define
   the initial context for a lookahead as the context in which the
   parser initially examines that lookahead in order to select a
   syntactic action.  Thus, if the lookahead eventually proves
   syntactically unacceptable (possibly in a later context reached via a
   series of reductions), the initial context can be used to determine
   the exact set of tokens that would be syntactically acceptable in the
   lookahead's place.  Moreover, it is the context after which any
   further semantic actions would be erroneous because they would be
   determined by a syntactically unacceptable token.

   YY_LAC_ESTABLISH should be invoked when a reduction is about to be
   performed in an inconsistent state (which, for the purposes of LAC,
   includes consistent states that don't know they're consistent because
   their default reductions have been disabled).  Iff there is a
   lookahead token, it should also be invoked before reporting a syntax
   error.  This latter case is for the sake of the debugging output.

   For parse.lac=full, the implementation of YY_LAC_ESTABLISH is as
   follows.  If no initial context is currently established for the
   current lookahead, then check if that lookahead can eventually be
   shifted if syntactic actions continue from the current context.
   Report a syntax error if it cannot.  */
#define YY_LAC_ESTABLISH                                                \
do {                                                                    \
  if (!yy_lac_established)                                              \
    {                                                                   \
      YYDPRINTF ((stderr,                                               \
                  "LAC: initial context established for %s\n",          \
                  yysymbol_name (yytoken)));                            \
      yy_lac_established = 1;                                           \
      switch (yy_lac (yyesa, &yyes, &yyes_capacity, yyssp, yytoken))    \
        {                                                               \
        case YYENOMEM:                                                  \
          YYNOMEM;                                                      \
        case 1:                                                         \
          goto yyerrlab;                                                \
        }                                                               \
    }                                                                   \
} while (0)

/* Discard any previous initial lookahead context because of Event,
   which may be a lookahead change or an invalidation of the currently
   established initial context for the current lookahead.

   The most common example of a lookahead change is a shift.  An example
   of both cases is syntax error recovery.  That is, a syntax error
   occurs when the lookahead is syntactically erroneous for the
   currently established initial context, so error recovery manipulates
   the parser stacks to try to find a new initial context in which the
   current lookahead is syntactically acceptable.  If it fails to find
   such a context, it discards the lookahead.  */
#if GRIP_YYDEBUG
# define YY_LAC_DISCARD(Event)                                           \
do {                                                                     \
  if (yy_lac_established)                                                \
    {                                                                    \
      YYDPRINTF ((stderr, "LAC: initial context discarded due to "       \
                  Event "\n"));                                          \
      yy_lac_established = 0;                                            \
    }                                                                    \
} while (0)
#else
# define YY_LAC_DISCARD(Event) yy_lac_established = 0
#endif

/* Given the stack whose top is *YYSSP, return 0 iff YYTOKEN can
   eventually (after perhaps some reductions) be shifted, return 1 if
   not, or return YYENOMEM if memory is exhausted.  As preconditions and
   postconditions: *YYES_CAPACITY is the allocated size of the array to
   which *YYES points, and either *YYES = YYESA or *YYES points to an
   array allocated with YYSTACK_ALLOC.  yy_lac may overwrite the
   contents of either array, alter *YYES and *YYES_CAPACITY, and free
   any old *YYES other than YYESA.  */
static int
yy_lac (yy_state_t *yyesa, yy_state_t **yyes,
        YYPTRDIFF_T *yyes_capacity, yy_state_t *yyssp, yysymbol_kind_t yytoken)
{
  yy_state_t *yyes_prev = yyssp;
  yy_state_t *yyesp = yyes_prev;
  /* Reduce until we encounter a shift and thereby accept the token.  */
  YYDPRINTF ((stderr, "LAC: checking lookahead %s:", yysymbol_name (yytoken)));
  if (yytoken == YYSYMBOL_YYUNDEF)
    {
      YYDPRINTF ((stderr, " Always Err\n"));
      return 1;
    }
  while (1)
    {
      int yyrule = yypact[+*yyesp];
      if (yypact_value_is_default (yyrule)
          || (yyrule += yytoken) < 0 || YYLAST < yyrule
          || yycheck[yyrule] != yytoken)
        {
          /* Use the default action.  */
          yyrule = yydefact[+*yyesp];
          if (yyrule == 0)
            {
              YYDPRINTF ((stderr, " Err\n"));
              return 1;
            }
        }
      else
        {
          /* Use the action from yytable.  */
          yyrule = yytable[yyrule];
          if (yytable_value_is_error (yyrule))
            {
              YYDPRINTF ((stderr, " Err\n"));
              return 1;
            }
          if (0 < yyrule)
            {
              YYDPRINTF ((stderr, " S%d\n", yyrule));
              return 0;
            }
          yyrule = -yyrule;
        }
      /* By now we know we have to simulate a reduce.  */
      YYDPRINTF ((stderr, " R%d", yyrule - 1));
      {
        /* Pop the corresponding number of values from the stack.  */
        YYPTRDIFF_T yylen = yyr2[yyrule];
        /* First pop from the LAC stack as many tokens as possible.  */
        if (yyesp != yyes_prev)
          {
            YYPTRDIFF_T yysize = yyesp - *yyes + 1;
            if (yylen < yysize)
              {
                yyesp -= yylen;
                yylen = 0;
              }
            else
              {
                yyesp = yyes_prev;
                yylen -= yysize;
              }
          }
        /* Only afterwards look at the main stack.  */
        if (yylen)
          yyesp = yyes_prev -= yylen;
      }
      /* Push the resulting state of the reduction.  */
      {
        yy_state_fast_t yystate;
        {
          const int yylhs = yyr1[yyrule] - YYNTOKENS;
          const int yyi = yypgoto[yylhs] + *yyesp;
          yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyesp
                     ? yytable[yyi]
                     : yydefgoto[yylhs]);
        }
        if (yyesp == yyes_prev)
          {
            yyesp = *yyes;
            YY_IGNORE_USELESS_CAST_BEGIN
            *yyesp = YY_CAST (yy_state_t, yystate);
            YY_IGNORE_USELESS_CAST_END
          }
        else
          {
            if (yy_lac_stack_realloc (yyes_capacity, 1,
#if GRIP_YYDEBUG
                                      " (", ")",
#endif
                                      yyes, yyesa, &yyesp, yyes_prev))
              {
                YYDPRINTF ((stderr, "\n"));
                return YYENOMEM;
              }
            YY_IGNORE_USELESS_CAST_BEGIN
            *++yyesp = YY_CAST (yy_state_t, yystate);
            YY_IGNORE_USELESS_CAST_END
          }
        YYDPRINTF ((stderr, " G%d", yystate));
      }
    }
}

/* Context of a parse error.  */
typedef struct
{
  yy_state_t *yyssp;
  yy_state_t *yyesa;
  yy_state_t **yyes;
  YYPTRDIFF_T *yyes_capacity;
  yysymbol_kind_t yytoken;
  YYLTYPE *yylloc;
} yypcontext_t;

/* Put in YYARG at most YYARGN of the expected tokens given the
   current YYCTX, and return the number of tokens stored in YYARG.  If
   YYARG is null, return the number of expected tokens (guaranteed to
   be less than YYNTOKENS).  Return YYENOMEM on memory exhaustion.
   Return 0 if there are more than YYARGN expected tokens, yet fill
   YYARG up to YYARGN. */
static int
yypcontext_expected_tokens (const yypcontext_t *yyctx,
                            yysymbol_kind_t yyarg[], int yyargn)
{
  /* Actual size of YYARG. */
  int yycount = 0;

  int yyx;
  for (yyx = 0; yyx < YYNTOKENS; ++yyx)
    {
      yysymbol_kind_t yysym = YY_CAST (yysymbol_kind_t, yyx);
      if (yysym != YYSYMBOL_YYerror && yysym != YYSYMBOL_YYUNDEF)
        switch (yy_lac (yyctx->yyesa, yyctx->yyes, yyctx->yyes_capacity, yyctx->yyssp, yysym))
          {
          case YYENOMEM:
            return YYENOMEM;
          case 1:
            continue;
          default:
            if (!yyarg)
              ++yycount;
            else if (yycount == yyargn)
              return 0;
            else
              yyarg[yycount++] = yysym;
          }
    }
  if (yyarg && yycount == 0 && 0 < yyargn)
    yyarg[0] = YYSYMBOL_YYEMPTY;
  return yycount;
}




/* The kind of the lookahead of this context.  */
static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static yysymbol_kind_t
yypcontext_token (const yypcontext_t *yyctx)
{
  return yyctx->yytoken;
}

/* The location of the lookahead of this context.  */
static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx) YY_ATTRIBUTE_UNUSED;

static YYLTYPE *
yypcontext_location (const yypcontext_t *yyctx)
{
  return yyctx->yylloc;
}

/* User defined function to report a syntax error.  */
static int
yyreport_syntax_error (const yypcontext_t *yyctx, void *scanner, ParseState *ps);

/*-----------------------------------------------.
| Release the memory associated to this symbol.  |
`-----------------------------------------------*/

static void
yydestruct (const char *yymsg,
            yysymbol_kind_t yykind, YYSTYPE *yyvaluep, YYLTYPE *yylocationp, void *scanner, ParseState *ps)
{
  YY_USE (yyvaluep);
  YY_USE (yylocationp);
  YY_USE (scanner);
  YY_USE (ps);
  if (!yymsg)
    yymsg = "Deleting";
  YY_SYMBOL_PRINT (yymsg, yykind, yyvaluep, yylocationp);

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  YY_USE (yykind);
  YY_IGNORE_MAYBE_UNINITIALIZED_END
}






/*----------.
| yyparse.  |
`----------*/

int
yyparse (void *scanner, ParseState *ps)
{
/* Lookahead token kind.  */
int yychar;


/* The semantic value of the lookahead symbol.  */
/* Default value used for initialization, for pacifying older GCCs
   or non-GCC compilers.  */
YY_INITIAL_VALUE (static YYSTYPE yyval_default;)
YYSTYPE yylval YY_INITIAL_VALUE (= yyval_default);

/* Location data for the lookahead symbol.  */
static YYLTYPE yyloc_default
# if defined GRIP_YYLTYPE_IS_TRIVIAL && GRIP_YYLTYPE_IS_TRIVIAL
  = { 1, 1, 1, 1 }
# endif
;
YYLTYPE yylloc = yyloc_default;

    /* Number of syntax errors so far.  */
    int yynerrs = 0;

    yy_state_fast_t yystate = 0;
    /* Number of tokens to shift before error messages enabled.  */
    int yyerrstatus = 0;

    /* Refer to the stacks through separate pointers, to allow yyoverflow
       to reallocate them elsewhere.  */

    /* Their size.  */
    YYPTRDIFF_T yystacksize = YYINITDEPTH;

    /* The state stack: array, bottom, top.  */
    yy_state_t yyssa[YYINITDEPTH];
    yy_state_t *yyss = yyssa;
    yy_state_t *yyssp = yyss;

    /* The semantic value stack: array, bottom, top.  */
    YYSTYPE yyvsa[YYINITDEPTH];
    YYSTYPE *yyvs = yyvsa;
    YYSTYPE *yyvsp = yyvs;

    /* The location stack: array, bottom, top.  */
    YYLTYPE yylsa[YYINITDEPTH];
    YYLTYPE *yyls = yylsa;
    YYLTYPE *yylsp = yyls;

    yy_state_t yyesa[20];
    yy_state_t *yyes = yyesa;
    YYPTRDIFF_T yyes_capacity = 20 < YYMAXDEPTH ? 20 : YYMAXDEPTH;

  /* Whether LAC context is established.  A Boolean.  */
  int yy_lac_established = 0;
  int yyn;
  /* The return value of yyparse.  */
  int yyresult;
  /* Lookahead symbol kind.  */
  yysymbol_kind_t yytoken = YYSYMBOL_YYEMPTY;
  /* The variables used to return semantic value and location from the
     action routines.  */
  YYSTYPE yyval;
  YYLTYPE yyloc;

  /* The locations where the error started and ended.  */
  YYLTYPE yyerror_range[3];



#define YYPOPSTACK(N)   (yyvsp -= (N), yyssp -= (N), yylsp -= (N))

  /* The number of symbols on the RHS of the reduced rule.
     Keep to zero when no symbol should be popped.  */
  int yylen = 0;

  YYDPRINTF ((stderr, "Starting parse\n"));

  yychar = GRIP_YYEMPTY; /* Cause a token to be read.  */


/* User initialization code.  */
#line 201 "lang/parser.y"
{
    yylloc = (Span){ps->file, ps->offset, ps->offset};
}

#line 2160 "lang/parser.c"

  yylsp[0] = yylloc;
  goto yysetstate;


/*------------------------------------------------------------.
| yynewstate -- push a new state, which is found in yystate.  |
`------------------------------------------------------------*/
yynewstate:
  /* In all cases, when you get here, the value and location stacks
     have just been pushed.  So pushing a state here evens the stacks.  */
  yyssp++;


/*--------------------------------------------------------------------.
| yysetstate -- set current state (the top of the stack) to yystate.  |
`--------------------------------------------------------------------*/
yysetstate:
  YYDPRINTF ((stderr, "Entering state %d\n", yystate));
  YY_ASSERT (0 <= yystate && yystate < YYNSTATES);
  YY_IGNORE_USELESS_CAST_BEGIN
  *yyssp = YY_CAST (yy_state_t, yystate);
  YY_IGNORE_USELESS_CAST_END
  YY_STACK_PRINT (yyss, yyssp);

  if (yyss + yystacksize - 1 <= yyssp)
#if !defined yyoverflow && !defined YYSTACK_RELOCATE
    YYNOMEM;
#else
    {
      /* Get the current used size of the three stacks, in elements.  */
      YYPTRDIFF_T yysize = yyssp - yyss + 1;

# if defined yyoverflow
      {
        /* Give user a chance to reallocate the stack.  Use copies of
           these so that the &'s don't force the real ones into
           memory.  */
        yy_state_t *yyss1 = yyss;
        YYSTYPE *yyvs1 = yyvs;
        YYLTYPE *yyls1 = yyls;

        /* Each stack pointer address is followed by the size of the
           data in use in that stack, in bytes.  This used to be a
           conditional around just the two extra args, but that might
           be undefined if yyoverflow is a macro.  */
        yyoverflow (YY_("memory exhausted"),
                    &yyss1, yysize * YYSIZEOF (*yyssp),
                    &yyvs1, yysize * YYSIZEOF (*yyvsp),
                    &yyls1, yysize * YYSIZEOF (*yylsp),
                    &yystacksize);
        yyss = yyss1;
        yyvs = yyvs1;
        yyls = yyls1;
      }
# else /* defined YYSTACK_RELOCATE */
      /* Extend the stack our own way.  */
      if (YYMAXDEPTH <= yystacksize)
        YYNOMEM;
      yystacksize *= 2;
      if (YYMAXDEPTH < yystacksize)
        yystacksize = YYMAXDEPTH;

      {
        yy_state_t *yyss1 = yyss;
        union yyalloc *yyptr =
          YY_CAST (union yyalloc *,
                   YYSTACK_ALLOC (YY_CAST (YYSIZE_T, YYSTACK_BYTES (yystacksize))));
        if (! yyptr)
          YYNOMEM;
        YYSTACK_RELOCATE (yyss_alloc, yyss);
        YYSTACK_RELOCATE (yyvs_alloc, yyvs);
        YYSTACK_RELOCATE (yyls_alloc, yyls);
#  undef YYSTACK_RELOCATE
        if (yyss1 != yyssa)
          YYSTACK_FREE (yyss1);
      }
# endif

      yyssp = yyss + yysize - 1;
      yyvsp = yyvs + yysize - 1;
      yylsp = yyls + yysize - 1;

      YY_IGNORE_USELESS_CAST_BEGIN
      YYDPRINTF ((stderr, "Stack size increased to %ld\n",
                  YY_CAST (long, yystacksize)));
      YY_IGNORE_USELESS_CAST_END

      if (yyss + yystacksize - 1 <= yyssp)
        YYABORT;
    }
#endif /* !defined yyoverflow && !defined YYSTACK_RELOCATE */


  if (yystate == YYFINAL)
    YYACCEPT;

  goto yybackup;


/*-----------.
| yybackup.  |
`-----------*/
yybackup:
  /* Do appropriate processing given the current state.  Read a
     lookahead token if we need one and don't already have one.  */

  /* First try to decide what to do without reference to lookahead token.  */
  yyn = yypact[yystate];
  if (yypact_value_is_default (yyn))
    goto yydefault;

  /* Not known => get a lookahead token if don't already have one.  */

  /* YYCHAR is either empty, or end-of-input, or a valid lookahead.  */
  if (yychar == GRIP_YYEMPTY)
    {
      YYDPRINTF ((stderr, "Reading a token\n"));
      yychar = yylex (&yylval, &yylloc, scanner);
    }

  if (yychar <= GRIP_YYEOF)
    {
      yychar = GRIP_YYEOF;
      yytoken = YYSYMBOL_YYEOF;
      YYDPRINTF ((stderr, "Now at end of input.\n"));
    }
  else if (yychar == GRIP_YYerror)
    {
      /* The scanner already issued an error message, process directly
         to error recovery.  But do not keep the error token as
         lookahead, it is too special and may lead us to an endless
         loop in error recovery. */
      yychar = GRIP_YYUNDEF;
      yytoken = YYSYMBOL_YYerror;
      yyerror_range[1] = yylloc;
      goto yyerrlab1;
    }
  else
    {
      yytoken = YYTRANSLATE (yychar);
      YY_SYMBOL_PRINT ("Next token is", yytoken, &yylval, &yylloc);
    }

  /* If the proper action on seeing token YYTOKEN is to reduce or to
     detect an error, take that action.  */
  yyn += yytoken;
  if (yyn < 0 || YYLAST < yyn || yycheck[yyn] != yytoken)
    {
      YY_LAC_ESTABLISH;
      goto yydefault;
    }
  yyn = yytable[yyn];
  if (yyn <= 0)
    {
      if (yytable_value_is_error (yyn))
        goto yyerrlab;
      yyn = -yyn;
      YY_LAC_ESTABLISH;
      goto yyreduce;
    }

  /* Count tokens shifted since error; after three, turn off error
     status.  */
  if (yyerrstatus)
    yyerrstatus--;

  /* Shift the lookahead token.  */
  YY_SYMBOL_PRINT ("Shifting", yytoken, &yylval, &yylloc);
  yystate = yyn;
  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END
  *++yylsp = yylloc;

  /* Discard the shifted token.  */
  yychar = GRIP_YYEMPTY;
  YY_LAC_DISCARD ("shift");
  goto yynewstate;


/*-----------------------------------------------------------.
| yydefault -- do the default action for the current state.  |
`-----------------------------------------------------------*/
yydefault:
  yyn = yydefact[yystate];
  if (yyn == 0)
    goto yyerrlab;
  goto yyreduce;


/*-----------------------------.
| yyreduce -- do a reduction.  |
`-----------------------------*/
yyreduce:
  /* yyn is the number of a rule to reduce with.  */
  yylen = yyr2[yyn];

  /* If YYLEN is nonzero, implement the default value of the action:
     '$$ = $1'.

     Otherwise, the following line sets YYVAL to garbage.
     This behavior is undocumented and Bison
     users should not rely upon it.  Assigning to YYVAL
     unconditionally makes the parser a bit smaller, and it avoids a
     GCC warning that YYVAL may be used uninitialized.  */
  yyval = yyvsp[1-yylen];

  /* Default location. */
  YYLLOC_DEFAULT (yyloc, (yylsp - yylen), yylen);
  yyerror_range[1] = yyloc;
  YY_REDUCE_PRINT (yyn);
  {
    int yychar_backup = yychar;
    switch (yyn)
      {
  case 2: /* file: decls  */
#line 253 "lang/parser.y"
                                 { ps->decls = (yyvsp[0].vec); }
#line 2380 "lang/parser.c"
    break;

  case 3: /* decls: %empty  */
#line 257 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2386 "lang/parser.c"
    break;

  case 4: /* decls: decls decl  */
#line 258 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 2392 "lang/parser.c"
    break;

  case 5: /* decls: decls error  */
#line 262 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); if (resyncs(yychar, 0)) yyerrok; }
#line 2398 "lang/parser.c"
    break;

  case 6: /* decl: decl_body  */
#line 266 "lang/parser.y"
                                 { (yyval.node) = decl(ps, (yyvsp[0].node)); }
#line 2404 "lang/parser.c"
    break;

  case 7: /* decl: OVERRIDE param_decl  */
#line 267 "lang/parser.y"
                                 { (yyvsp[0].node)->flags |= AST_F_OVERRIDE; (yyvsp[0].node)->span = (yyloc); (yyval.node) = decl(ps, (yyvsp[0].node)); }
#line 2410 "lang/parser.c"
    break;

  case 8: /* decl: OVERRIDE def_decl  */
#line 268 "lang/parser.y"
                                 { (yyvsp[0].node)->flags |= AST_F_OVERRIDE; (yyvsp[0].node)->span = (yyloc); (yyval.node) = decl(ps, (yyvsp[0].node)); }
#line 2416 "lang/parser.c"
    break;

  case 9: /* decl: OVERRIDE table_decl  */
#line 269 "lang/parser.y"
                                 { (yyvsp[0].node)->flags |= AST_F_OVERRIDE; (yyvsp[0].node)->span = (yyloc); (yyval.node) = decl(ps, (yyvsp[0].node)); }
#line 2422 "lang/parser.c"
    break;

  case 10: /* decl: OVERRIDE decision_decl  */
#line 270 "lang/parser.y"
                                 { (yyvsp[0].node)->flags |= AST_F_OVERRIDE; (yyvsp[0].node)->span = (yyloc); (yyval.node) = decl(ps, (yyvsp[0].node)); }
#line 2428 "lang/parser.c"
    break;

  case 28: /* qname: IDENT  */
#line 280 "lang/parser.y"
                                 { (yyval.tok) = (yyvsp[0].tok); }
#line 2434 "lang/parser.c"
    break;

  case 29: /* qname: qname '.' IDENT  */
#line 281 "lang/parser.y"
                                 { (yyval.tok).text = dotted(ps, (yyvsp[-2].tok).text, (yyvsp[0].tok).text); (yyval.tok).op = 0; }
#line 2440 "lang/parser.c"
    break;

  case 30: /* module_decl: MODULE qname  */
#line 285 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_MODULE, (yyloc)), (yyvsp[0].tok), (yylsp[0])); }
#line 2446 "lang/parser.c"
    break;

  case 31: /* use_decl: USE qname opt_alias  */
#line 289 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_USE, (yyloc)), (yyvsp[-1].tok), (yylsp[-1])); (yyval.node)->a = (yyvsp[0].node); }
#line 2452 "lang/parser.c"
    break;

  case 32: /* opt_alias: %empty  */
#line 294 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2458 "lang/parser.c"
    break;

  case 33: /* opt_alias: AS IDENT  */
#line 295 "lang/parser.y"
                                 { (yyval.node) = ident(ps, (yyvsp[0].tok), (yylsp[0])); }
#line 2464 "lang/parser.c"
    break;

  case 34: /* opt_alias: WHEN IDENT  */
#line 296 "lang/parser.y"
                                 { (yyval.node) = ident(ps, (yyvsp[0].tok), (yylsp[0])); }
#line 2470 "lang/parser.c"
    break;

  case 35: /* extends_decl: EXTENDS qname  */
#line 300 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_EXTENDS, (yyloc)), (yyvsp[0].tok), (yylsp[0])); }
#line 2476 "lang/parser.c"
    break;

  case 36: /* enum_decl: ENUM IDENT '{' member_list opt_comma '}'  */
#line 305 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_ENUM, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])), (yyvsp[-2].vec)); }
#line 2482 "lang/parser.c"
    break;

  case 37: /* enum_decl: ENUM IDENT '{' error '}'  */
#line 306 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_ENUM, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])); }
#line 2488 "lang/parser.c"
    break;

  case 38: /* member_list: IDENT  */
#line 310 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, fin(ps, named(NODE(AST_MEMBER, (yylsp[0])), (yyvsp[0].tok), (yylsp[0])))); }
#line 2494 "lang/parser.c"
    break;

  case 39: /* member_list: member_list ',' IDENT  */
#line 311 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), fin(ps, named(NODE(AST_MEMBER, (yylsp[0])), (yyvsp[0].tok), (yylsp[0])))); }
#line 2500 "lang/parser.c"
    break;

  case 45: /* variant_decl: VARIANT IDENT '{' case_list opt_comma '}'  */
#line 328 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_VARIANT, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])), (yyvsp[-2].vec)); }
#line 2506 "lang/parser.c"
    break;

  case 46: /* variant_decl: VARIANT IDENT '{' error '}'  */
#line 329 "lang/parser.y"
                                  { (yyval.node) = named(NODE(AST_VARIANT, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])); }
#line 2512 "lang/parser.c"
    break;

  case 47: /* case_list: case  */
#line 333 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 2518 "lang/parser.c"
    break;

  case 48: /* case_list: case_list ',' case  */
#line 334 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 2524 "lang/parser.c"
    break;

  case 49: /* case: IDENT  */
#line 338 "lang/parser.y"
                                 { (yyval.node) = decl(ps, named(NODE(AST_CASE, (yyloc)), (yyvsp[0].tok), (yylsp[0]))); }
#line 2530 "lang/parser.c"
    break;

  case 50: /* case: IDENT '(' params ')'  */
#line 339 "lang/parser.y"
                                 { (yyval.node) = decl(ps, with_items(named(NODE(AST_CASE, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec))); }
#line 2536 "lang/parser.c"
    break;

  case 51: /* case: IDENT '(' error ')'  */
#line 340 "lang/parser.y"
                                 { (yyval.node) = decl(ps, named(NODE(AST_CASE, (yyloc)), (yyvsp[-3].tok), (yylsp[-3]))); }
#line 2542 "lang/parser.c"
    break;

  case 52: /* params: param  */
#line 344 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 2548 "lang/parser.c"
    break;

  case 53: /* params: params ',' param  */
#line 345 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 2554 "lang/parser.c"
    break;

  case 54: /* param: IDENT ':' type  */
#line 349 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_PARAM, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2560 "lang/parser.c"
    break;

  case 55: /* record_decl: RECORD IDENT '{' fields '}'  */
#line 353 "lang/parser.y"
                                  { (yyval.node) = with_items(named(NODE(AST_RECORD, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec)); }
#line 2566 "lang/parser.c"
    break;

  case 56: /* input_decl: INPUT IDENT opt_dated '{' fields '}'  */
#line 358 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_INPUT, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])), (yyvsp[-1].vec)); (yyval.node)->a = (yyvsp[-3].node); }
#line 2572 "lang/parser.c"
    break;

  case 57: /* opt_dated: %empty  */
#line 362 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2578 "lang/parser.c"
    break;

  case 58: /* opt_dated: DATED_BY IDENT  */
#line 363 "lang/parser.y"
                                 { (yyval.node) = ident(ps, (yyvsp[0].tok), (yylsp[0])); }
#line 2584 "lang/parser.c"
    break;

  case 59: /* fields: %empty  */
#line 367 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2590 "lang/parser.c"
    break;

  case 60: /* fields: fields field opt_sep  */
#line 368 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[-1].node)); }
#line 2596 "lang/parser.c"
    break;

  case 61: /* fields: fields error  */
#line 370 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 2602 "lang/parser.c"
    break;

  case 62: /* field: IDENT ':' type opt_key opt_default  */
#line 375 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_FIELD, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])); (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node);
                                   (yyval.node)->flags = (uint16_t)(yyvsp[-1].num); (yyval.node) = decl(ps, (yyval.node)); }
#line 2609 "lang/parser.c"
    break;

  case 63: /* opt_key: %empty  */
#line 380 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 2615 "lang/parser.c"
    break;

  case 64: /* opt_key: KEY  */
#line 381 "lang/parser.y"
                                 { (yyval.num) = AST_F_KEY; }
#line 2621 "lang/parser.c"
    break;

  case 65: /* opt_default: %empty  */
#line 385 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2627 "lang/parser.c"
    break;

  case 66: /* opt_default: '=' expr  */
#line 386 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 2633 "lang/parser.c"
    break;

  case 67: /* type: qname  */
#line 390 "lang/parser.y"
                                 { (yyval.node) = fin(ps, named(NODE(AST_TYPE_NAME, (yyloc)), (yyvsp[0].tok), (yylsp[0]))); }
#line 2639 "lang/parser.c"
    break;

  case 68: /* type: SET OF type  */
#line 391 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_TYPE_SET, (yyloc)); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2645 "lang/parser.c"
    break;

  case 69: /* type: LIST OF type  */
#line 392 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_TYPE_LIST, (yyloc)); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2651 "lang/parser.c"
    break;

  case 70: /* table_decl: TABLE IDENT opt_table_key '{' fields rows '}'  */
#line 397 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_TABLE, (yyloc)), (yyvsp[-5].tok), (yylsp[-5])), (yyvsp[-2].vec));
                                   (yyval.node)->a = (yyvsp[-4].node); (yyval.node)->b = (yyvsp[-1].vec)->n ? list(ps, (yyvsp[-1].vec), (yylsp[-1])) : NULL; }
#line 2658 "lang/parser.c"
    break;

  case 71: /* opt_table_key: %empty  */
#line 402 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2664 "lang/parser.c"
    break;

  case 72: /* opt_table_key: KEY '(' ident_list ')'  */
#line 403 "lang/parser.y"
                                 { (yyval.node) = list(ps, (yyvsp[-1].vec), (yyloc)); }
#line 2670 "lang/parser.c"
    break;

  case 73: /* ident_list: IDENT  */
#line 407 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, ident(ps, (yyvsp[0].tok), (yylsp[0]))); }
#line 2676 "lang/parser.c"
    break;

  case 74: /* ident_list: ident_list ',' IDENT  */
#line 408 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), ident(ps, (yyvsp[0].tok), (yylsp[0]))); }
#line 2682 "lang/parser.c"
    break;

  case 75: /* rows: %empty  */
#line 412 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2688 "lang/parser.c"
    break;

  case 76: /* rows: rows row  */
#line 413 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 2694 "lang/parser.c"
    break;

  case 77: /* row: '|' cells ROW_END  */
#line 417 "lang/parser.y"
                                 { (yyval.node) = fin(ps, with_items(NODE(AST_ROW, (yyloc)), (yyvsp[-1].vec))); }
#line 2700 "lang/parser.c"
    break;

  case 78: /* cells: expr  */
#line 421 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 2706 "lang/parser.c"
    break;

  case 79: /* cells: cells '|' expr  */
#line 422 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 2712 "lang/parser.c"
    break;

  case 80: /* param_decl: PARAMETER IDENT ':' type opt_default periods  */
#line 427 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_PARAMETER, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])), (yyvsp[0].vec));
                                   (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[-1].node); }
#line 2719 "lang/parser.c"
    break;

  case 81: /* periods: %empty  */
#line 432 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2725 "lang/parser.c"
    break;

  case 82: /* periods: periods period  */
#line 433 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 2731 "lang/parser.c"
    break;

  case 83: /* period: FROM primary '=' expr  */
#line 439 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_PERIOD, (yyloc)); (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->c = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2737 "lang/parser.c"
    break;

  case 84: /* period: FROM primary UNTIL primary '=' expr  */
#line 441 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_PERIOD, (yyloc)); (yyval.node)->a = (yyvsp[-4].node); (yyval.node)->b = (yyvsp[-2].node); (yyval.node)->c = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2743 "lang/parser.c"
    break;

  case 85: /* def_decl: DEF IDENT opt_params ':' type '=' expr  */
#line 446 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_DEF, (yyloc)), (yyvsp[-5].tok), (yylsp[-5])); (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node);
                                   if ((yyvsp[-4].vec)) { (yyval.node)->flags |= AST_F_FUNCTION; ast_set_items((yyval.node), (yyvsp[-4].vec)); } }
#line 2750 "lang/parser.c"
    break;

  case 86: /* opt_params: %empty  */
#line 451 "lang/parser.y"
                                 { (yyval.vec) = NULL; }
#line 2756 "lang/parser.c"
    break;

  case 87: /* opt_params: '(' ')'  */
#line 452 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2762 "lang/parser.c"
    break;

  case 88: /* opt_params: '(' params ')'  */
#line 453 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 2768 "lang/parser.c"
    break;

  case 89: /* opt_params: '(' error ')'  */
#line 454 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2774 "lang/parser.c"
    break;

  case 90: /* decision_decl: DECISION IDENT opt_result rules opt_otherwise  */
#line 459 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_DECISION, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec));
                                   if ((yyvsp[-2].node)) { (yyval.node)->a = (yyvsp[-2].node)->a; (yyval.node)->flags = (yyvsp[-2].node)->flags; }
                                   (yyval.node)->b = (yyvsp[0].node); }
#line 2782 "lang/parser.c"
    break;

  case 91: /* opt_result: %empty  */
#line 466 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2788 "lang/parser.c"
    break;

  case 92: /* opt_result: ':' type opt_unique  */
#line 467 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->a = (yyvsp[-1].node); (yyval.node)->flags = (uint16_t)(yyvsp[0].num); }
#line 2794 "lang/parser.c"
    break;

  case 93: /* opt_unique: %empty  */
#line 471 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 2800 "lang/parser.c"
    break;

  case 94: /* opt_unique: UNIQUE  */
#line 472 "lang/parser.y"
                                 { (yyval.num) = AST_F_UNIQUE; }
#line 2806 "lang/parser.c"
    break;

  case 95: /* rules: %empty  */
#line 476 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2812 "lang/parser.c"
    break;

  case 96: /* rules: rules rule  */
#line 477 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 2818 "lang/parser.c"
    break;

  case 97: /* rules: rules error  */
#line 480 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); if (resyncs(yychar, 1)) yyerrok; }
#line 2824 "lang/parser.c"
    break;

  case 98: /* rule: rule_kw IDENT opt_label opt_exception opt_valid ':' expr opt_when opt_unless  */
#line 485 "lang/parser.y"
                                 { AstNode *n = named(NODE(AST_RULE, (yyloc)), (yyvsp[-7].tok), (yylsp[-7]));
                                   n->flags = (uint16_t)(yyvsp[-8].num);
                                   n->a = (yyvsp[-2].node); n->b = (yyvsp[-1].node); n->c = (yyvsp[0].node); n->d = (yyvsp[-5].node); n->e = (yyvsp[-4].node);
                                   n = decl(ps, n);
                                   if (n->decl && (yyvsp[-6].tok).text) { n->decl->label = (yyvsp[-6].tok).text; n->decl->label_span = (yylsp[-6]); }
                                   (yyval.node) = n; }
#line 2835 "lang/parser.c"
    break;

  case 99: /* rule_kw: RULE  */
#line 494 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 2841 "lang/parser.c"
    break;

  case 100: /* rule_kw: OVERRIDE_RULE  */
#line 495 "lang/parser.y"
                                 { (yyval.num) = AST_F_OVERRIDE; }
#line 2847 "lang/parser.c"
    break;

  case 101: /* opt_label: %empty  */
#line 499 "lang/parser.y"
                                 { (yyval.tok).text = NULL; (yyval.tok).op = 0; }
#line 2853 "lang/parser.c"
    break;

  case 102: /* opt_label: STRING  */
#line 500 "lang/parser.y"
                                 { (yyval.tok) = (yyvsp[0].tok); }
#line 2859 "lang/parser.c"
    break;

  case 103: /* opt_exception: %empty  */
#line 504 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2865 "lang/parser.c"
    break;

  case 104: /* opt_exception: EXCEPTION_TO IDENT  */
#line 505 "lang/parser.y"
                                 { (yyval.node) = ident(ps, (yyvsp[0].tok), (yylsp[0])); }
#line 2871 "lang/parser.c"
    break;

  case 105: /* opt_valid: %empty  */
#line 509 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2877 "lang/parser.c"
    break;

  case 106: /* opt_valid: VALID FROM expr  */
#line 510 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_PERIOD, (yyloc)); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2883 "lang/parser.c"
    break;

  case 107: /* opt_valid: VALID UNTIL expr  */
#line 511 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_PERIOD, (yyloc)); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2889 "lang/parser.c"
    break;

  case 108: /* opt_valid: VALID FROM expr UNTIL expr  */
#line 512 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_PERIOD, (yyloc)); (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2895 "lang/parser.c"
    break;

  case 109: /* opt_when: %empty  */
#line 516 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2901 "lang/parser.c"
    break;

  case 110: /* opt_when: WHEN expr  */
#line 517 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 2907 "lang/parser.c"
    break;

  case 111: /* opt_unless: %empty  */
#line 521 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2913 "lang/parser.c"
    break;

  case 112: /* opt_unless: UNLESS expr  */
#line 522 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 2919 "lang/parser.c"
    break;

  case 113: /* opt_otherwise: %empty  */
#line 527 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2925 "lang/parser.c"
    break;

  case 114: /* opt_otherwise: OTHERWISE expr  */
#line 528 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 2931 "lang/parser.c"
    break;

  case 115: /* opt_otherwise: ELSE expr  */
#line 529 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 2937 "lang/parser.c"
    break;

  case 116: /* budget_decl: BUDGET IDENT PER expr_list LIMIT expr charges  */
#line 534 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_BUDGET, (yyloc)), (yyvsp[-5].tok), (yylsp[-5])), (yyvsp[-3].vec));
                                   (yyval.node)->a = (yyvsp[-1].node); (yyval.node)->b = list(ps, (yyvsp[0].vec), (yylsp[0])); }
#line 2944 "lang/parser.c"
    break;

  case 117: /* charges: charge  */
#line 539 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 2950 "lang/parser.c"
    break;

  case 118: /* charges: charges charge  */
#line 540 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 2956 "lang/parser.c"
    break;

  case 119: /* charge: CHARGE expr opt_when  */
#line 544 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_CHARGE, (yyloc)); (yyval.node)->a = (yyvsp[-1].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2962 "lang/parser.c"
    break;

  case 120: /* expr_list: expr  */
#line 548 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 2968 "lang/parser.c"
    break;

  case 121: /* expr_list: expr_list ',' expr  */
#line 549 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 2974 "lang/parser.c"
    break;

  case 122: /* allocation_decl: ALLOCATION IDENT OVER expr alloc_clauses  */
#line 554 "lang/parser.y"
                                 { AstNode *n = named(NODE(AST_ALLOCATION, (yyloc)), (yyvsp[-3].tok), (yylsp[-3]));
                                   AstVec *order = ast_vec_push(ps->arena, NULL, NULL);
                                   const char *seen[5] = {0};
                                   n->a = (yyvsp[-1].node);
                                   for (uint32_t k = 0; k < (yyvsp[0].vec)->n; k++) {
                                       AstNode *c = (yyvsp[0].vec)->items[k];
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
                                   (yyval.node) = n; }
#line 3004 "lang/parser.c"
    break;

  case 123: /* alloc_clauses: alloc_clause  */
#line 582 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 3010 "lang/parser.c"
    break;

  case 124: /* alloc_clauses: alloc_clauses alloc_clause  */
#line 583 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 3016 "lang/parser.c"
    break;

  case 125: /* alloc_clause: EQUAL  */
#line 589 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->op = 0; (yyval.node)->name = "equal"; }
#line 3022 "lang/parser.c"
    break;

  case 126: /* alloc_clause: TOTAL expr  */
#line 590 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->op = 1; (yyval.node)->name = "total"; (yyval.node)->a = (yyvsp[0].node); }
#line 3028 "lang/parser.c"
    break;

  case 127: /* alloc_clause: WEIGHT expr  */
#line 591 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->op = 2; (yyval.node)->name = "weight"; (yyval.node)->a = (yyvsp[0].node); }
#line 3034 "lang/parser.c"
    break;

  case 128: /* alloc_clause: ORDER_BY order_key  */
#line 592 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->op = 3; (yyval.node)->name = "order by"; (yyval.node)->a = (yyvsp[0].node); }
#line 3040 "lang/parser.c"
    break;

  case 129: /* alloc_clause: CAP expr  */
#line 593 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->op = 4; (yyval.node)->name = "cap"; (yyval.node)->a = (yyvsp[0].node); }
#line 3046 "lang/parser.c"
    break;

  case 130: /* series_decl: SERIES IDENT series_by IDENT IN expr DOTDOT expr '{' series_cols '}'  */
#line 598 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_SERIES, (yyloc)), (yyvsp[-9].tok), (yylsp[-9])), (yyvsp[-1].vec));
                                   (yyval.node)->a = ident(ps, (yyvsp[-7].tok), (yylsp[-7])); (yyval.node)->b = (yyvsp[-5].node); (yyval.node)->c = (yyvsp[-3].node); }
#line 3053 "lang/parser.c"
    break;

  case 133: /* series_cols: %empty  */
#line 609 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 3059 "lang/parser.c"
    break;

  case 134: /* series_cols: series_cols series_col opt_sep  */
#line 610 "lang/parser.y"
                                     { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[-1].node)); }
#line 3065 "lang/parser.c"
    break;

  case 135: /* series_cols: series_cols error  */
#line 611 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 3071 "lang/parser.c"
    break;

  case 136: /* series_col: IDENT ':' type '=' expr  */
#line 615 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_COLUMN, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])); (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = decl(ps, (yyval.node)); }
#line 3077 "lang/parser.c"
    break;

  case 137: /* report_decl: REPORT IDENT opt_over opt_where opt_group '{' report_cols '}' opt_order opt_totals  */
#line 620 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_REPORT, (yyloc)), (yyvsp[-8].tok), (yylsp[-8])), (yyvsp[-3].vec));
                                   (yyval.node)->a = (yyvsp[-7].node); (yyval.node)->b = (yyvsp[-6].node); (yyval.node)->c = (yyvsp[-5].node); (yyval.node)->d = (yyvsp[-1].node);
                                   (yyval.node)->flags = (uint16_t)(yyvsp[0].num); }
#line 3085 "lang/parser.c"
    break;

  case 138: /* opt_over: %empty  */
#line 626 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3091 "lang/parser.c"
    break;

  case 139: /* opt_over: OVER expr  */
#line 627 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3097 "lang/parser.c"
    break;

  case 140: /* opt_where: %empty  */
#line 631 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3103 "lang/parser.c"
    break;

  case 141: /* opt_where: WHERE expr  */
#line 632 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3109 "lang/parser.c"
    break;

  case 142: /* opt_group: %empty  */
#line 636 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3115 "lang/parser.c"
    break;

  case 143: /* opt_group: GROUP_BY group_keys  */
#line 637 "lang/parser.y"
                                 { (yyval.node) = list(ps, (yyvsp[0].vec), (yylsp[0])); }
#line 3121 "lang/parser.c"
    break;

  case 144: /* group_keys: group_key  */
#line 641 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 3127 "lang/parser.c"
    break;

  case 145: /* group_keys: group_keys ',' group_key  */
#line 642 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 3133 "lang/parser.c"
    break;

  case 146: /* group_key: expr opt_alias  */
#line 646 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_GROUP_KEY, (yyloc)); (yyval.node)->a = (yyvsp[-1].node);
                                   if ((yyvsp[0].node)) { (yyval.node)->name = (yyvsp[0].node)->name; (yyval.node)->name_span = (yyvsp[0].node)->span; }
                                   (yyval.node) = fin(ps, (yyval.node)); }
#line 3141 "lang/parser.c"
    break;

  case 147: /* opt_order: %empty  */
#line 652 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3147 "lang/parser.c"
    break;

  case 148: /* opt_order: ORDER_BY order_keys  */
#line 653 "lang/parser.y"
                                 { (yyval.node) = list(ps, (yyvsp[0].vec), (yylsp[0])); }
#line 3153 "lang/parser.c"
    break;

  case 149: /* order_keys: order_key  */
#line 657 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 3159 "lang/parser.c"
    break;

  case 150: /* order_keys: order_keys ',' order_key  */
#line 658 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 3165 "lang/parser.c"
    break;

  case 151: /* order_key: expr opt_dir  */
#line 662 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ORDER_KEY, (yyloc)); (yyval.node)->a = (yyvsp[-1].node); (yyval.node)->flags = (uint16_t)(yyvsp[0].num); (yyval.node) = fin(ps, (yyval.node)); }
#line 3171 "lang/parser.c"
    break;

  case 152: /* opt_dir: %empty  */
#line 666 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 3177 "lang/parser.c"
    break;

  case 153: /* opt_dir: ASC  */
#line 667 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 3183 "lang/parser.c"
    break;

  case 154: /* opt_dir: DESC  */
#line 668 "lang/parser.y"
                                 { (yyval.num) = AST_F_DESC; }
#line 3189 "lang/parser.c"
    break;

  case 155: /* opt_totals: %empty  */
#line 672 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 3195 "lang/parser.c"
    break;

  case 156: /* opt_totals: WITH TOTALS  */
#line 673 "lang/parser.y"
                                 { (yyval.num) = AST_F_TOTALS; }
#line 3201 "lang/parser.c"
    break;

  case 157: /* report_cols: %empty  */
#line 677 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 3207 "lang/parser.c"
    break;

  case 158: /* report_cols: report_cols report_col opt_sep  */
#line 678 "lang/parser.y"
                                     { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[-1].node)); }
#line 3213 "lang/parser.c"
    break;

  case 159: /* report_cols: report_cols error  */
#line 679 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 3219 "lang/parser.c"
    break;

  case 160: /* report_col: IDENT '=' expr opt_where  */
#line 683 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_COLUMN, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])); (yyval.node)->b = (yyvsp[-1].node); (yyval.node)->c = (yyvsp[0].node); (yyval.node) = decl(ps, (yyval.node)); }
#line 3225 "lang/parser.c"
    break;

  case 161: /* output_decl: OUTPUT IDENT '{' out_cols '}'  */
#line 688 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_OUTPUT, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec)); }
#line 3231 "lang/parser.c"
    break;

  case 162: /* out_cols: %empty  */
#line 692 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 3237 "lang/parser.c"
    break;

  case 163: /* out_cols: out_cols out_col opt_sep  */
#line 693 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[-1].node)); }
#line 3243 "lang/parser.c"
    break;

  case 164: /* out_cols: out_cols error  */
#line 694 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 3249 "lang/parser.c"
    break;

  case 165: /* out_col: IDENT '=' expr  */
#line 698 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_COLUMN, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = decl(ps, (yyval.node)); }
#line 3255 "lang/parser.c"
    break;

  case 166: /* test_decl: TEST STRING '{' test_items '}'  */
#line 703 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_TEST, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec)); }
#line 3261 "lang/parser.c"
    break;

  case 167: /* test_items: %empty  */
#line 707 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 3267 "lang/parser.c"
    break;

  case 168: /* test_items: test_items test_item  */
#line 708 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 3273 "lang/parser.c"
    break;

  case 169: /* test_items: test_items error  */
#line 709 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 3279 "lang/parser.c"
    break;

  case 170: /* test_item: GIVEN IDENT '{' inits '}'  */
#line 713 "lang/parser.y"
                                 { (yyval.node) = fin(ps, with_items(named(NODE(AST_GIVEN, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec))); }
#line 3285 "lang/parser.c"
    break;

  case 171: /* test_item: WITH IDENT '{' rows '}'  */
#line 714 "lang/parser.y"
                                 { (yyval.node) = fin(ps, with_items(named(NODE(AST_WITH, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec))); }
#line 3291 "lang/parser.c"
    break;

  case 172: /* test_item: SET IDENT '=' expr  */
#line 715 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_SET_PARAM, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3297 "lang/parser.c"
    break;

  case 173: /* test_item: ON primary  */
#line 716 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ON, (yyloc)); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3303 "lang/parser.c"
    break;

  case 174: /* test_item: EXPECT expr  */
#line 717 "lang/parser.y"
                                 { (yyval.node) = expect(ps, (yyvsp[0].node), (yyloc)); }
#line 3309 "lang/parser.c"
    break;

  case 175: /* test_item: EXPECT ERROR_KW  */
#line 718 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_EXPECT, (yyloc)); (yyval.node)->flags = AST_F_EXPECT_ERROR; }
#line 3315 "lang/parser.c"
    break;

  case 176: /* test_item: EXPECT ERROR_KW STRING  */
#line 719 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_EXPECT, (yyloc)), (yyvsp[0].tok), (yylsp[0])); (yyval.node)->flags = AST_F_EXPECT_ERROR; }
#line 3321 "lang/parser.c"
    break;

  case 177: /* inits: %empty  */
#line 723 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 3327 "lang/parser.c"
    break;

  case 178: /* inits: inits init opt_sep  */
#line 724 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[-1].node)); }
#line 3333 "lang/parser.c"
    break;

  case 179: /* inits: inits error  */
#line 725 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 3339 "lang/parser.c"
    break;

  case 180: /* init: IDENT ':' expr  */
#line 729 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_INIT, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3345 "lang/parser.c"
    break;

  case 181: /* expr: postfix  */
#line 735 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3351 "lang/parser.c"
    break;

  case 182: /* expr: '-' expr  */
#line 736 "lang/parser.y"
                                 { (yyval.node) = unary(ps, AST_OP_NEG, (yyvsp[0].node), (yyloc)); }
#line 3357 "lang/parser.c"
    break;

  case 183: /* expr: NOT expr  */
#line 737 "lang/parser.y"
                                 { (yyval.node) = unary(ps, AST_OP_NOT, (yyvsp[0].node), (yyloc)); }
#line 3363 "lang/parser.c"
    break;

  case 184: /* expr: expr '+' expr  */
#line 738 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_ADD, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3369 "lang/parser.c"
    break;

  case 185: /* expr: expr '-' expr  */
#line 739 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_SUB, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3375 "lang/parser.c"
    break;

  case 186: /* expr: expr '*' expr  */
#line 740 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_MUL, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3381 "lang/parser.c"
    break;

  case 187: /* expr: expr '/' expr  */
#line 741 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_DIV, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3387 "lang/parser.c"
    break;

  case 188: /* expr: expr '=' expr  */
#line 742 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_EQ, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3393 "lang/parser.c"
    break;

  case 189: /* expr: expr NE expr  */
#line 743 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_NE, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3399 "lang/parser.c"
    break;

  case 190: /* expr: expr '<' expr  */
#line 744 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_LT, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3405 "lang/parser.c"
    break;

  case 191: /* expr: expr LE expr  */
#line 745 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_LE, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3411 "lang/parser.c"
    break;

  case 192: /* expr: expr '>' expr  */
#line 746 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_GT, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3417 "lang/parser.c"
    break;

  case 193: /* expr: expr GE expr  */
#line 747 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_GE, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3423 "lang/parser.c"
    break;

  case 194: /* expr: expr AND expr  */
#line 748 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_AND, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3429 "lang/parser.c"
    break;

  case 195: /* expr: expr OR expr  */
#line 749 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_OR, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3435 "lang/parser.c"
    break;

  case 196: /* expr: expr IN expr  */
#line 750 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_IN, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3441 "lang/parser.c"
    break;

  case 197: /* expr: expr IS IDENT  */
#line 751 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_IS, (yyloc)), (yyvsp[0].tok), (yylsp[0])); (yyval.node)->a = (yyvsp[-2].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3447 "lang/parser.c"
    break;

  case 198: /* expr: IF expr THEN expr ELSE expr  */
#line 753 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_IF, (yyloc)); (yyval.node)->a = (yyvsp[-4].node); (yyval.node)->b = (yyvsp[-2].node); (yyval.node)->c = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3453 "lang/parser.c"
    break;

  case 199: /* expr: ANY IDENT IN postfix WHERE expr  */
#line 755 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_QUANT, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])); (yyval.node)->op = AST_OP_ANY;
                                   (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3460 "lang/parser.c"
    break;

  case 200: /* expr: ALL IDENT IN postfix WHERE expr  */
#line 758 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_QUANT, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])); (yyval.node)->op = AST_OP_ALL;
                                   (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3467 "lang/parser.c"
    break;

  case 201: /* expr: COUNT IDENT IN postfix WHERE expr  */
#line 761 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_QUANT, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])); (yyval.node)->op = AST_OP_COUNT;
                                   (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3474 "lang/parser.c"
    break;

  case 202: /* expr: COUNT IDENT IN postfix  */
#line 764 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_QUANT, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->op = AST_OP_COUNT;
                                   (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3481 "lang/parser.c"
    break;

  case 203: /* postfix: primary  */
#line 769 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3487 "lang/parser.c"
    break;

  case 204: /* postfix: postfix '.' IDENT  */
#line 770 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_DOT, (yyloc)), (yyvsp[0].tok), (yylsp[0])); (yyval.node)->a = (yyvsp[-2].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3493 "lang/parser.c"
    break;

  case 205: /* postfix: postfix '[' expr_list ']'  */
#line 771 "lang/parser.y"
                                 { (yyval.node) = with_items(NODE(AST_INDEX, (yyloc)), (yyvsp[-1].vec)); (yyval.node)->a = (yyvsp[-3].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3499 "lang/parser.c"
    break;

  case 206: /* postfix: postfix '[' error ']'  */
#line 772 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ERROR, (yyloc)); }
#line 3505 "lang/parser.c"
    break;

  case 207: /* postfix: postfix '(' opt_args ')'  */
#line 773 "lang/parser.y"
                                 { (yyval.node) = with_items(NODE(AST_CALL, (yyloc)), (yyvsp[-1].vec)); (yyval.node)->a = (yyvsp[-3].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3511 "lang/parser.c"
    break;

  case 208: /* postfix: postfix '(' error ')'  */
#line 774 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ERROR, (yyloc)); }
#line 3517 "lang/parser.c"
    break;

  case 209: /* opt_args: %empty  */
#line 778 "lang/parser.y"
                                 { (yyval.vec) = NULL; }
#line 3523 "lang/parser.c"
    break;

  case 210: /* opt_args: expr_list  */
#line 779 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[0].vec); }
#line 3529 "lang/parser.c"
    break;

  case 211: /* primary: IDENT  */
#line 783 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_NAME, (yyloc)), (yyvsp[0].tok), (yylsp[0])); }
#line 3535 "lang/parser.c"
    break;

  case 212: /* primary: INT  */
#line 784 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_INT, (yyvsp[0].tok), (yylsp[0])); }
#line 3541 "lang/parser.c"
    break;

  case 213: /* primary: DECIMAL  */
#line 785 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_DECIMAL, (yyvsp[0].tok), (yylsp[0])); }
#line 3547 "lang/parser.c"
    break;

  case 214: /* primary: MONEY  */
#line 786 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_MONEY, (yyvsp[0].tok), (yylsp[0])); }
#line 3553 "lang/parser.c"
    break;

  case 215: /* primary: PERCENT  */
#line 787 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_PERCENT, (yyvsp[0].tok), (yylsp[0])); }
#line 3559 "lang/parser.c"
    break;

  case 216: /* primary: DATE  */
#line 788 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_DATE, (yyvsp[0].tok), (yylsp[0])); }
#line 3565 "lang/parser.c"
    break;

  case 217: /* primary: DURATION  */
#line 789 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_DURATION, (yyvsp[0].tok), (yylsp[0])); }
#line 3571 "lang/parser.c"
    break;

  case 218: /* primary: STRING  */
#line 790 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_STRING, (yyvsp[0].tok), (yylsp[0])); }
#line 3577 "lang/parser.c"
    break;

  case 219: /* primary: TRUE  */
#line 791 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_BOOL, (yyloc)); (yyval.node)->op = 1; }
#line 3583 "lang/parser.c"
    break;

  case 220: /* primary: FALSE  */
#line 792 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_BOOL, (yyloc)); (yyval.node)->op = 0; }
#line 3589 "lang/parser.c"
    break;

  case 221: /* primary: UNKNOWN  */
#line 793 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_UNKNOWN, (yyloc)); }
#line 3595 "lang/parser.c"
    break;

  case 222: /* primary: '(' expr ')'  */
#line 794 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[-1].node); (yyval.node)->flags |= AST_F_PAREN; (yyval.node)->span = (yyloc); }
#line 3601 "lang/parser.c"
    break;

  case 223: /* primary: '(' error ')'  */
#line 795 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ERROR, (yyloc)); }
#line 3607 "lang/parser.c"
    break;

  case 224: /* primary: '{' '}'  */
#line 796 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_SET_LIT, (yyloc)); }
#line 3613 "lang/parser.c"
    break;

  case 225: /* primary: '{' expr_list opt_comma '}'  */
#line 797 "lang/parser.y"
                                  { (yyval.node) = fin(ps, with_items(NODE(AST_SET_LIT, (yyloc)), (yyvsp[-2].vec))); }
#line 3619 "lang/parser.c"
    break;

  case 226: /* primary: '{' error '}'  */
#line 798 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ERROR, (yyloc)); }
#line 3625 "lang/parser.c"
    break;

  case 227: /* primary: VARIANT '(' expr ')'  */
#line 799 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_VARIANT_OF, (yyloc)); (yyval.node)->a = (yyvsp[-1].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3631 "lang/parser.c"
    break;

  case 228: /* primary: PREVIOUS '(' IDENT ')'  */
#line 800 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_PREVIOUS, (yyloc)), (yyvsp[-1].tok), (yylsp[-1])); }
#line 3637 "lang/parser.c"
    break;

  case 229: /* primary: aggregate  */
#line 801 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3643 "lang/parser.c"
    break;

  case 230: /* aggregate: agg_op '(' opt_args ')'  */
#line 805 "lang/parser.y"
                                 { (yyval.node) = with_items(NODE(AST_AGGREGATE, (yyloc)), (yyvsp[-1].vec)); (yyval.node)->op = (uint8_t)(yyvsp[-3].num); (yyval.node) = fin(ps, (yyval.node)); }
#line 3649 "lang/parser.c"
    break;

  case 231: /* aggregate: agg_op '(' expr FOR IDENT IN expr ')'  */
#line 807 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_AGGREGATE, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])); (yyval.node)->op = (uint8_t)(yyvsp[-7].num);
                                   (yyval.node)->flags = AST_F_FOR;
                                   ast_set_items((yyval.node), ast_vec_push(ps->arena, NULL, (yyvsp[-5].node)));
                                   (yyval.node)->b = (yyvsp[-1].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3658 "lang/parser.c"
    break;

  case 232: /* aggregate: agg_op '(' expr FOR IDENT IN expr WHERE expr ')'  */
#line 812 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_AGGREGATE, (yyloc)), (yyvsp[-5].tok), (yylsp[-5])); (yyval.node)->op = (uint8_t)(yyvsp[-9].num);
                                   (yyval.node)->flags = AST_F_FOR;
                                   ast_set_items((yyval.node), ast_vec_push(ps->arena, NULL, (yyvsp[-7].node)));
                                   (yyval.node)->b = (yyvsp[-3].node); (yyval.node)->c = (yyvsp[-1].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3667 "lang/parser.c"
    break;

  case 233: /* agg_op: SUM  */
#line 819 "lang/parser.y"
                                 { (yyval.num) = AST_OP_SUM; }
#line 3673 "lang/parser.c"
    break;

  case 234: /* agg_op: MIN  */
#line 820 "lang/parser.y"
                                 { (yyval.num) = AST_OP_MIN; }
#line 3679 "lang/parser.c"
    break;

  case 235: /* agg_op: MAX  */
#line 821 "lang/parser.y"
                                 { (yyval.num) = AST_OP_MAX; }
#line 3685 "lang/parser.c"
    break;

  case 236: /* agg_op: AVG  */
#line 822 "lang/parser.y"
                                 { (yyval.num) = AST_OP_AVG; }
#line 3691 "lang/parser.c"
    break;

  case 237: /* agg_op: MEDIAN  */
#line 823 "lang/parser.y"
                                 { (yyval.num) = AST_OP_MEDIAN; }
#line 3697 "lang/parser.c"
    break;

  case 238: /* agg_op: COUNT  */
#line 824 "lang/parser.y"
                                 { (yyval.num) = AST_OP_COUNT; }
#line 3703 "lang/parser.c"
    break;

  case 239: /* agg_op: SHARE  */
#line 825 "lang/parser.y"
                                 { (yyval.num) = AST_OP_SHARE; }
#line 3709 "lang/parser.c"
    break;


#line 3713 "lang/parser.c"

        default: break;
      }
    if (yychar_backup != yychar)
      YY_LAC_DISCARD ("yychar change");
  }
  /* User semantic actions sometimes alter yychar, and that requires
     that yytoken be updated with the new translation.  We take the
     approach of translating immediately before every use of yytoken.
     One alternative is translating here after every semantic action,
     but that translation would be missed if the semantic action invokes
     YYABORT, YYACCEPT, or YYERROR immediately after altering yychar or
     if it invokes YYBACKUP.  In the case of YYABORT or YYACCEPT, an
     incorrect destructor might then be invoked immediately.  In the
     case of YYERROR or YYBACKUP, subsequent parser actions might lead
     to an incorrect destructor call or verbose syntax error message
     before the lookahead is translated.  */
  YY_SYMBOL_PRINT ("-> $$ =", YY_CAST (yysymbol_kind_t, yyr1[yyn]), &yyval, &yyloc);

  YYPOPSTACK (yylen);
  yylen = 0;

  *++yyvsp = yyval;
  *++yylsp = yyloc;

  /* Now 'shift' the result of the reduction.  Determine what state
     that goes to, based on the state we popped back to and the rule
     number reduced by.  */
  {
    const int yylhs = yyr1[yyn] - YYNTOKENS;
    const int yyi = yypgoto[yylhs] + *yyssp;
    yystate = (0 <= yyi && yyi <= YYLAST && yycheck[yyi] == *yyssp
               ? yytable[yyi]
               : yydefgoto[yylhs]);
  }

  goto yynewstate;


/*--------------------------------------.
| yyerrlab -- here on detecting error.  |
`--------------------------------------*/
yyerrlab:
  /* Make sure we have latest lookahead translation.  See comments at
     user semantic actions for why this is necessary.  */
  yytoken = yychar == GRIP_YYEMPTY ? YYSYMBOL_YYEMPTY : YYTRANSLATE (yychar);
  /* If not already recovering from an error, report this error.  */
  if (!yyerrstatus)
    {
      ++yynerrs;
      {
        yypcontext_t yyctx
          = {yyssp, yyesa, &yyes, &yyes_capacity, yytoken, &yylloc};
        if (yychar != GRIP_YYEMPTY)
          YY_LAC_ESTABLISH;
        if (yyreport_syntax_error (&yyctx, scanner, ps) == 2)
          YYNOMEM;
      }
    }

  yyerror_range[1] = yylloc;
  if (yyerrstatus == 3)
    {
      /* If just tried and failed to reuse lookahead token after an
         error, discard it.  */

      if (yychar <= GRIP_YYEOF)
        {
          /* Return failure if at end of input.  */
          if (yychar == GRIP_YYEOF)
            YYABORT;
        }
      else
        {
          yydestruct ("Error: discarding",
                      yytoken, &yylval, &yylloc, scanner, ps);
          yychar = GRIP_YYEMPTY;
        }
    }

  /* Else will try to reuse lookahead token after shifting the error
     token.  */
  goto yyerrlab1;


/*---------------------------------------------------.
| yyerrorlab -- error raised explicitly by YYERROR.  |
`---------------------------------------------------*/
yyerrorlab:
  /* Pacify compilers when the user code never invokes YYERROR and the
     label yyerrorlab therefore never appears in user code.  */
  if (0)
    YYERROR;
  ++yynerrs;

  /* Do not reclaim the symbols of the rule whose action triggered
     this YYERROR.  */
  YYPOPSTACK (yylen);
  yylen = 0;
  YY_STACK_PRINT (yyss, yyssp);
  yystate = *yyssp;
  goto yyerrlab1;


/*-------------------------------------------------------------.
| yyerrlab1 -- common code for both syntax error and YYERROR.  |
`-------------------------------------------------------------*/
yyerrlab1:
  yyerrstatus = 3;      /* Each real token shifted decrements this.  */

  /* Pop stack until we find a state that shifts the error token.  */
  for (;;)
    {
      yyn = yypact[yystate];
      if (!yypact_value_is_default (yyn))
        {
          yyn += YYSYMBOL_YYerror;
          if (0 <= yyn && yyn <= YYLAST && yycheck[yyn] == YYSYMBOL_YYerror)
            {
              yyn = yytable[yyn];
              if (0 < yyn)
                break;
            }
        }

      /* Pop the current state because it cannot handle the error token.  */
      if (yyssp == yyss)
        YYABORT;

      yyerror_range[1] = *yylsp;
      yydestruct ("Error: popping",
                  YY_ACCESSING_SYMBOL (yystate), yyvsp, yylsp, scanner, ps);
      YYPOPSTACK (1);
      yystate = *yyssp;
      YY_STACK_PRINT (yyss, yyssp);
    }

  /* If the stack popping above didn't lose the initial context for the
     current lookahead token, the shift below will for sure.  */
  YY_LAC_DISCARD ("error recovery");

  YY_IGNORE_MAYBE_UNINITIALIZED_BEGIN
  *++yyvsp = yylval;
  YY_IGNORE_MAYBE_UNINITIALIZED_END

  yyerror_range[2] = yylloc;
  ++yylsp;
  YYLLOC_DEFAULT (*yylsp, yyerror_range, 2);

  /* Shift the error token.  */
  YY_SYMBOL_PRINT ("Shifting", YY_ACCESSING_SYMBOL (yyn), yyvsp, yylsp);

  yystate = yyn;
  goto yynewstate;


/*-------------------------------------.
| yyacceptlab -- YYACCEPT comes here.  |
`-------------------------------------*/
yyacceptlab:
  yyresult = 0;
  goto yyreturnlab;


/*-----------------------------------.
| yyabortlab -- YYABORT comes here.  |
`-----------------------------------*/
yyabortlab:
  yyresult = 1;
  goto yyreturnlab;


/*-----------------------------------------------------------.
| yyexhaustedlab -- YYNOMEM (memory exhaustion) comes here.  |
`-----------------------------------------------------------*/
yyexhaustedlab:
  yyerror (&yylloc, scanner, ps, YY_("memory exhausted"));
  yyresult = 2;
  goto yyreturnlab;


/*----------------------------------------------------------.
| yyreturnlab -- parsing is finished, clean up and return.  |
`----------------------------------------------------------*/
yyreturnlab:
  if (yychar != GRIP_YYEMPTY)
    {
      /* Make sure we have latest lookahead translation.  See comments at
         user semantic actions for why this is necessary.  */
      yytoken = YYTRANSLATE (yychar);
      yydestruct ("Cleanup: discarding lookahead",
                  yytoken, &yylval, &yylloc, scanner, ps);
    }
  /* Do not reclaim the symbols of the rule whose action triggered
     this YYABORT or YYACCEPT.  */
  YYPOPSTACK (yylen);
  YY_STACK_PRINT (yyss, yyssp);
  while (yyssp != yyss)
    {
      yydestruct ("Cleanup: popping",
                  YY_ACCESSING_SYMBOL (+*yyssp), yyvsp, yylsp, scanner, ps);
      YYPOPSTACK (1);
    }
#ifndef yyoverflow
  if (yyss != yyssa)
    YYSTACK_FREE (yyss);
#endif
  if (yyes != yyesa)
    YYSTACK_FREE (yyes);

  return yyresult;
}

#line 828 "lang/parser.y"


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
    int has[4] = {0, 0, 0, 0};
    for (int k = 0; k < n; k++) {
        int t = token_of(exp[k]);
        if (t == INT) has[GROUP_EXPR] = 1;
        if (t == DEF) has[GROUP_DECL] = 1;
        if (t == '+') has[GROUP_OPERATOR] = 1;
    }
    const char *names[YYNTOKENS];
    int shown = 0, wants_name = 0, done[4] = {0, 0, 0, 0};
    char closer = 0;
    for (int k = 0; k < n; k++) {
        int t = token_of(exp[k]);
        int g = group_of(t, has);
        if (exp[k] == YYSYMBOL_IDENT && !has[GROUP_EXPR]) wants_name = 1;
        if (t == ')' || t == ']' || t == '}') closer = (char)t;
        if (g != GROUP_NONE) {
            if (done[g]) continue;
            done[g] = 1;
            names[shown++] = g == GROUP_EXPR ? "an expression" : g == GROUP_DECL ? "a declaration" : "an operator";
            continue;
        }
        names[shown++] = symbol_name(ps, exp[k]);
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
