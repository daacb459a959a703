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
  YYSYMBOL_field_name = 137,               /* field_name  */
  YYSYMBOL_field_keyword = 138,            /* field_keyword  */
  YYSYMBOL_opt_key = 139,                  /* opt_key  */
  YYSYMBOL_opt_default = 140,              /* opt_default  */
  YYSYMBOL_type = 141,                     /* type  */
  YYSYMBOL_table_decl = 142,               /* table_decl  */
  YYSYMBOL_opt_table_key = 143,            /* opt_table_key  */
  YYSYMBOL_ident_list = 144,               /* ident_list  */
  YYSYMBOL_rows = 145,                     /* rows  */
  YYSYMBOL_row = 146,                      /* row  */
  YYSYMBOL_cells = 147,                    /* cells  */
  YYSYMBOL_param_decl = 148,               /* param_decl  */
  YYSYMBOL_periods = 149,                  /* periods  */
  YYSYMBOL_period = 150,                   /* period  */
  YYSYMBOL_def_decl = 151,                 /* def_decl  */
  YYSYMBOL_opt_params = 152,               /* opt_params  */
  YYSYMBOL_decision_decl = 153,            /* decision_decl  */
  YYSYMBOL_opt_result = 154,               /* opt_result  */
  YYSYMBOL_opt_unique = 155,               /* opt_unique  */
  YYSYMBOL_rules = 156,                    /* rules  */
  YYSYMBOL_rule = 157,                     /* rule  */
  YYSYMBOL_rule_kw = 158,                  /* rule_kw  */
  YYSYMBOL_opt_label = 159,                /* opt_label  */
  YYSYMBOL_opt_exception = 160,            /* opt_exception  */
  YYSYMBOL_opt_valid = 161,                /* opt_valid  */
  YYSYMBOL_opt_when = 162,                 /* opt_when  */
  YYSYMBOL_opt_unless = 163,               /* opt_unless  */
  YYSYMBOL_opt_otherwise = 164,            /* opt_otherwise  */
  YYSYMBOL_budget_decl = 165,              /* budget_decl  */
  YYSYMBOL_charges = 166,                  /* charges  */
  YYSYMBOL_charge = 167,                   /* charge  */
  YYSYMBOL_expr_list = 168,                /* expr_list  */
  YYSYMBOL_allocation_decl = 169,          /* allocation_decl  */
  YYSYMBOL_alloc_clauses = 170,            /* alloc_clauses  */
  YYSYMBOL_alloc_clause = 171,             /* alloc_clause  */
  YYSYMBOL_series_decl = 172,              /* series_decl  */
  YYSYMBOL_series_by = 173,                /* series_by  */
  YYSYMBOL_series_cols = 174,              /* series_cols  */
  YYSYMBOL_series_col = 175,               /* series_col  */
  YYSYMBOL_report_decl = 176,              /* report_decl  */
  YYSYMBOL_opt_over = 177,                 /* opt_over  */
  YYSYMBOL_opt_where = 178,                /* opt_where  */
  YYSYMBOL_opt_group = 179,                /* opt_group  */
  YYSYMBOL_group_keys = 180,               /* group_keys  */
  YYSYMBOL_group_key = 181,                /* group_key  */
  YYSYMBOL_opt_order = 182,                /* opt_order  */
  YYSYMBOL_order_keys = 183,               /* order_keys  */
  YYSYMBOL_order_key = 184,                /* order_key  */
  YYSYMBOL_opt_dir = 185,                  /* opt_dir  */
  YYSYMBOL_opt_totals = 186,               /* opt_totals  */
  YYSYMBOL_report_cols = 187,              /* report_cols  */
  YYSYMBOL_report_col = 188,               /* report_col  */
  YYSYMBOL_output_decl = 189,              /* output_decl  */
  YYSYMBOL_out_cols = 190,                 /* out_cols  */
  YYSYMBOL_out_col = 191,                  /* out_col  */
  YYSYMBOL_test_decl = 192,                /* test_decl  */
  YYSYMBOL_test_items = 193,               /* test_items  */
  YYSYMBOL_test_item = 194,                /* test_item  */
  YYSYMBOL_inits = 195,                    /* inits  */
  YYSYMBOL_init = 196,                     /* init  */
  YYSYMBOL_expr = 197,                     /* expr  */
  YYSYMBOL_postfix = 198,                  /* postfix  */
  YYSYMBOL_opt_args = 199,                 /* opt_args  */
  YYSYMBOL_named_args = 200,               /* named_args  */
  YYSYMBOL_named_arg = 201,                /* named_arg  */
  YYSYMBOL_primary = 202,                  /* primary  */
  YYSYMBOL_aggregate = 203,                /* aggregate  */
  YYSYMBOL_agg_op = 204                    /* agg_op  */
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

#line 477 "lang/parser.c"

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
#define YYLAST   1917

/* YYNTOKENS -- Number of terminals.  */
#define YYNTOKENS  113
/* YYNNTS -- Number of nonterminals.  */
#define YYNNTS  92
/* YYNRULES -- Number of rules.  */
#define YYNRULES  288
/* YYNSTATES -- Number of states.  */
#define YYNSTATES  523

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
       0,   262,   262,   266,   267,   271,   275,   276,   277,   278,
     279,   283,   283,   283,   283,   283,   283,   284,   284,   284,
     284,   284,   284,   285,   285,   285,   285,   285,   289,   290,
     294,   298,   303,   304,   305,   309,   313,   315,   319,   320,
     324,   325,   330,   331,   332,   336,   338,   342,   343,   347,
     348,   349,   353,   354,   358,   362,   366,   371,   372,   376,
     377,   379,   383,   393,   394,   398,   398,   398,   398,   398,
     398,   398,   398,   398,   399,   399,   399,   399,   399,   399,
     399,   399,   399,   399,   400,   400,   400,   400,   400,   400,
     400,   400,   400,   401,   401,   401,   401,   401,   401,   401,
     401,   401,   401,   402,   402,   402,   402,   402,   406,   407,
     411,   412,   416,   417,   418,   422,   428,   429,   433,   434,
     438,   439,   443,   447,   448,   452,   458,   459,   465,   466,
     471,   477,   478,   479,   480,   484,   492,   493,   497,   498,
     502,   503,   506,   510,   520,   521,   525,   526,   530,   531,
     535,   536,   537,   538,   542,   543,   547,   548,   553,   554,
     555,   559,   565,   566,   570,   574,   575,   579,   608,   609,
     615,   616,   617,   618,   619,   623,   630,   631,   635,   636,
     637,   641,   645,   652,   653,   657,   658,   662,   663,   667,
     668,   672,   678,   679,   683,   684,   688,   692,   693,   694,
     698,   699,   703,   704,   705,   709,   713,   718,   719,   720,
     724,   728,   733,   734,   735,   739,   740,   741,   742,   743,
     744,   745,   749,   750,   751,   755,   761,   762,   763,   764,
     765,   766,   767,   768,   769,   770,   771,   772,   773,   774,
     775,   776,   777,   778,   780,   783,   786,   789,   795,   796,
     797,   798,   799,   803,   805,   809,   810,   814,   815,   819,
     823,   824,   825,   826,   827,   828,   829,   830,   831,   832,
     833,   834,   835,   836,   837,   838,   839,   840,   841,   845,
     846,   851,   859,   860,   861,   862,   863,   864,   865
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
  "opt_dated", "fields", "field", "field_name", "field_keyword", "opt_key",
  "opt_default", "type", "table_decl", "opt_table_key", "ident_list",
  "rows", "row", "cells", "param_decl", "periods", "period", "def_decl",
  "opt_params", "decision_decl", "opt_result", "opt_unique", "rules",
  "rule", "rule_kw", "opt_label", "opt_exception", "opt_valid", "opt_when",
  "opt_unless", "opt_otherwise", "budget_decl", "charges", "charge",
  "expr_list", "allocation_decl", "alloc_clauses", "alloc_clause",
  "series_decl", "series_by", "series_cols", "series_col", "report_decl",
  "opt_over", "opt_where", "opt_group", "group_keys", "group_key",
  "opt_order", "order_keys", "order_key", "opt_dir", "opt_totals",
  "report_cols", "report_col", "output_decl", "out_cols", "out_col",
  "test_decl", "test_items", "test_item", "inits", "init", "expr",
  "postfix", "opt_args", "named_args", "named_arg", "primary", "aggregate",
  "agg_op", YY_NULLPTR
  };
  return yy_sname[yysymbol];
}
#endif

#define YYPACT_NINF (-447)

#define yypact_value_is_default(Yyn) \
  ((Yyn) == YYPACT_NINF)

#define YYTABLE_NINF (-289)

#define yytable_value_is_error(Yyn) \
  ((Yyn) == YYTABLE_NINF)

/* YYPACT[STATE-NUM] -- Index in YYTABLE of the portion describing
   STATE-NUM.  */
static const yytype_int16 yypact[] =
{
    -447,    37,    10,  -447,  -447,    41,    44,    55,    62,    71,
      81,    96,    81,    99,     2,   137,   141,   149,   161,   162,
     163,    81,   165,  -447,  -447,  -447,  -447,  -447,  -447,  -447,
    -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,
    -447,  -447,   114,   105,    64,    72,    75,  -447,    88,   166,
      88,    90,  -447,  -447,  -447,  -447,    87,    95,   139,    -6,
     155,   107,   -13,   115,   911,   911,    11,  -447,    16,   103,
     146,   211,   216,   118,  -447,    11,  -447,   911,   132,  -447,
    -447,   220,   117,   122,  -447,   226,   228,  -447,   147,  -447,
    -447,  -447,  -447,  -447,  -447,  -447,  -447,   233,   235,  -447,
     236,  -447,   911,  -447,  -447,  -447,   911,   138,  -447,  -447,
    -447,  -447,   142,   911,   153,   634,  1423,   -61,  -447,  -447,
     143,   -37,  1676,   188,   190,    88,   167,  1760,   144,   145,
    -447,   -36,  -447,    11,   151,  -447,   148,  -447,  -447,  -447,
     994,   164,  1082,  1676,   911,   218,   217,  1829,  -447,   109,
    -447,  -447,   159,   168,   174,  -447,   227,   237,   238,   877,
    1168,   268,   911,  -447,   169,  -447,   175,   173,   170,   911,
     911,   911,   911,   911,  -447,   911,   281,   911,   911,   911,
     911,   911,   911,   911,   911,   911,   911,   911,   111,  -447,
    1829,   526,   739,   911,   911,   911,    11,    11,  -447,  -447,
    -447,   911,   911,  -447,  -447,  -447,   282,  -447,  -447,    11,
     283,  -447,   194,  -447,   287,   187,  1170,  -447,  -447,  -447,
    -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,
    -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,
    -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,
    -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,
    -447,  -447,  -447,   198,  -447,    29,   911,  -447,  -447,  -447,
      29,   186,  1676,   911,   193,   911,  -447,    -5,   437,  -447,
     825,   302,   294,   303,   304,  -447,  -447,  -447,   152,   305,
     205,   294,   294,   294,   911,   202,   572,  -447,   911,   207,
    -447,  -447,  1669,  1669,  1669,  1168,  1676,  1669,  -447,   849,
    -447,  1431,  1676,  1676,  1669,  1669,  1669,    -7,    -7,  -447,
    -447,  -447,  -447,   206,   204,   208,     5,   210,   213,   215,
     138,   223,   225,   209,   142,   231,   230,   234,   239,  -447,
     222,   -77,  1520,   240,  1535,  1676,  -447,  -447,  1676,  1676,
     332,  -447,  -447,   911,  -447,  -447,  -447,   911,  -447,  -447,
    -447,  1676,   297,  -447,    11,   245,  -447,  1446,  -447,  1544,
    1829,  -447,   -16,   337,  1676,   248,  -447,  -447,   249,   250,
     246,    -4,  -447,  -447,   -45,   -20,    84,  1563,  -447,  -447,
    -447,  -447,  -447,  -447,  -447,   911,  -447,  1829,   252,  -447,
    -447,   353,  -447,   911,   331,  -447,  -447,   322,  1676,  1676,
     294,  -447,   314,   911,  -447,  1258,   911,  -447,  -447,   911,
    -447,  -447,  -447,   911,  -447,  -447,  -447,   911,   911,   911,
     911,  1676,  -447,  -447,   324,  1633,  -447,   367,   285,   -58,
    -447,   164,  -447,  -447,   313,   279,    29,   705,    18,  1676,
    1346,  1676,   -14,  1676,  1676,  1676,  1676,   911,   911,  -447,
    -447,   -25,   266,   294,   911,  -447,   911,   286,   911,  -447,
    -447,  -447,   911,  -447,  -447,   269,    29,  -447,   229,  1676,
     911,   911,   911,   288,  1676,   274,  -447,   301,  -447,  1652,
      21,  1676,   911,  -447,   911,  -447,  1659,  1676,  1633,   911,
     911,  -447,  -447,  -447,   275,  -447,    29,  1676,   992,   911,
     300,  1676,  -447,    11,  -447,  -447,  1676,   911,  -447,   291,
    1676,   911,  1676
};

/* YYDEFACT[STATE-NUM] -- Default reduction number in state STATE-NUM.
   Performed when YYTABLE does not specify something else to do.  Zero
   means the default is an error.  */
static const yytype_int16 yydefact[] =
{
       3,     0,     0,     1,     5,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,     0,     4,     6,    11,    12,    13,    14,    15,
      16,    17,    18,    19,    20,    21,    22,    23,    24,    25,
      26,    27,     0,     0,   136,   131,     0,    28,    35,    57,
      30,     0,     9,     7,     8,    10,     0,     0,   183,     0,
     116,     0,    32,     0,     0,     0,     0,   140,     0,     0,
       0,     0,     0,     0,   207,     0,    59,     0,   185,   176,
     177,     0,     0,     0,   212,     0,     0,    31,     0,   260,
     267,   261,   262,   263,   264,   265,   266,     0,     0,   285,
     287,   269,     0,   284,   286,   283,     0,     0,   288,   282,
     268,   270,     0,     0,     0,     0,     0,   226,   248,   278,
       0,     0,   165,     0,     0,   112,   138,     0,     0,     0,
     132,     0,    52,     0,     0,    38,    40,    29,    58,    59,
       0,   110,     0,   184,     0,   187,     0,     0,    59,     0,
      33,    34,     0,    49,    40,    47,     0,     0,     0,     0,
     228,     0,     0,   227,     0,   273,    40,     0,     0,     0,
       0,     0,     0,     0,   170,     0,     0,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   167,   168,
       0,     0,     0,   255,     0,     0,     0,     0,   139,   137,
     142,     0,     0,   145,   144,   141,     0,   135,   134,     0,
       0,   133,     0,    37,    41,     0,     0,   209,    63,    65,
      66,    67,    68,    69,    70,    71,    72,    73,    74,    75,
      76,    77,    78,    79,    80,    81,    82,    83,    84,    85,
      86,    87,    88,    89,    90,    91,    92,    93,    94,    95,
      96,    97,    98,    99,   100,   101,   102,   103,   104,   105,
     106,   107,   206,     0,    64,    42,     0,   126,    61,    55,
      42,     0,   186,     0,     0,     0,   118,     0,     0,   214,
       0,     0,     0,     0,     0,   211,   213,    46,     0,    41,
       0,     0,     0,     0,     0,     0,     0,   275,    41,     0,
     272,   271,   234,   236,   238,   239,   174,   241,   242,   240,
     173,   197,   171,   172,   233,   235,   237,   229,   230,   231,
     232,   169,   249,     0,   260,    66,    70,    82,    83,    84,
      91,    96,    97,   270,   106,     0,   256,     0,    40,   257,
       0,     0,   165,     0,     0,   166,   114,   113,   160,   159,
     146,    54,    53,     0,    39,    36,    56,     0,    43,    44,
     208,   111,   125,    60,     0,   188,   189,    32,   202,     0,
       0,   117,     0,   220,   219,     0,   287,   218,     0,     0,
       0,     0,    48,    45,     0,     0,   247,     0,   277,   276,
     274,   198,   199,   196,   254,     0,   252,    41,     0,   251,
     250,     0,   279,     0,   161,   162,   147,   148,   130,   210,
       0,   127,   108,     0,   191,     0,     0,   119,   115,     0,
     121,   221,   222,     0,   120,    51,    50,     0,     0,     0,
       0,   259,   258,   253,     0,   154,   163,     0,   150,     0,
     109,   110,   190,   204,   192,     0,    42,     0,     0,   123,
       0,   217,     0,   245,   244,   246,   243,     0,     0,   164,
     149,     0,     0,     0,     0,    62,     0,   200,     0,   203,
     178,   122,     0,   224,   215,     0,    42,   216,     0,   155,
       0,     0,     0,     0,   128,   193,   194,     0,   182,   185,
       0,   124,     0,   223,     0,   280,   151,   152,   154,     0,
       0,   201,   205,   180,     0,   175,    42,   225,     0,     0,
     156,   129,   195,     0,   179,   281,   153,     0,   143,     0,
     157,     0,   181
};

/* YYPGOTO[NTERM-NUM].  */
static const yytype_int16 yypgoto[] =
{
    -447,  -447,  -447,  -447,  -447,    13,  -447,  -447,    19,  -447,
    -447,  -447,  -151,  -269,  -447,  -447,    98,   100,   179,  -447,
    -447,  -447,  -118,  -447,  -138,  -447,  -447,   -51,   -70,   377,
    -447,  -447,   -32,  -447,  -447,   381,  -447,  -447,   382,  -447,
     384,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,   -99,
    -447,  -447,  -447,  -447,    -1,   -59,  -447,  -447,   219,  -447,
    -447,  -447,  -447,  -447,  -447,   -84,  -447,  -447,    -3,  -447,
    -447,  -446,  -447,  -447,  -447,  -447,  -447,  -447,  -447,  -447,
    -447,  -447,  -447,  -447,   -64,  -150,   221,  -447,     9,  -278,
    -447,  -447
};

/* YYDEFGOTO[NTERM-NUM].  */
static const yytype_int16 yydefgoto[] =
{
       0,     1,     2,    23,    24,   125,    25,    26,    87,    27,
      28,   136,   215,   360,    29,   154,   155,   131,   132,    30,
      31,    73,   142,   270,   271,   264,   441,   267,   126,    32,
      83,   277,   372,   420,   448,    33,   362,   411,    34,    69,
      35,    67,   199,   127,   205,   206,   407,   438,   462,   459,
     518,   207,    36,   404,   405,   336,    37,   188,   189,    38,
      81,   490,   506,    39,    78,   145,   274,   365,   366,   467,
     485,   310,   393,   488,   415,   446,    40,   140,   265,    41,
     149,   286,   450,   476,   122,   117,   337,   338,   339,   118,
     119,   120
};

/* YYTABLE[YYPACT[STATE-NUM]] -- What to do in state STATE-NUM.  If
   positive, shift that token.  If negative, reduce the rule whose
   number is the opposite.  If YYTABLE_NINF, syntax error.  */
static const yytype_int16 yytable[] =
{
     116,   363,   263,   290,   377,   141,   121,    85,   158,   276,
      -2,     4,   194,   143,    47,   299,   480,   128,    79,   129,
     486,   216,   503,    48,   504,    50,   463,     5,   195,   471,
     278,     7,     8,     6,    62,   400,   464,     3,   159,     7,
       8,   190,   160,     9,    42,   427,   191,    43,    10,   163,
     192,   168,   322,   335,   512,   166,    11,   190,    44,   481,
      80,   123,   191,   212,    12,    45,   192,    15,   195,   210,
     428,    13,   211,    14,    46,    15,    86,    19,    16,    17,
     272,    18,   190,   124,    47,    19,    20,   191,   418,    71,
     477,   192,   186,   187,   419,    21,   419,    22,   296,    49,
     370,   210,    51,   371,   426,   302,   303,   304,   305,   306,
     279,   307,  -287,   309,   311,   312,   313,   314,   315,   316,
     317,   318,   319,   320,   130,   505,   346,   347,   472,   342,
     344,   345,   439,   341,   358,   359,   173,   348,   349,   351,
      56,   384,   385,   386,    57,   174,   280,   134,   152,   135,
     153,   281,    58,   380,   164,   129,    89,    90,    91,    92,
      93,    94,    95,    96,    59,    60,   282,    61,    63,    97,
     178,    65,    98,    66,   429,    99,    64,   469,    70,    68,
     100,   283,   169,   170,   171,   483,   190,   398,   172,   179,
      71,   191,   101,    74,    72,   192,    75,   102,    76,   180,
     284,    77,   361,    82,   103,   104,   105,   493,   106,   367,
      84,   369,   133,   285,   137,   175,   374,   176,    88,   138,
     107,   139,   144,   146,   147,   148,   108,   109,   177,   150,
     387,   151,   417,   110,   345,   111,   156,   514,   157,   158,
     112,   169,   170,   171,   196,   161,   197,   172,   198,   162,
     193,   113,   208,   214,   209,   213,   114,   165,   266,   335,
     115,   273,   275,   287,   181,   182,   183,   184,   185,   186,
     187,   295,   291,   297,   175,   288,   176,   445,   301,   289,
     298,   300,   292,   293,   308,   350,   129,   177,   353,   408,
     354,   355,   357,   409,   412,   364,   368,    89,    90,    91,
      92,    93,    94,    95,    96,   375,   378,   379,   153,   383,
     388,   390,   475,   -63,   394,  -285,    99,  -284,  -103,   494,
    -286,   376,  -283,   181,   182,   183,   184,   185,   186,   187,
    -288,   431,  -282,   101,   399,   195,   406,   495,   410,   435,
     395,   421,   396,   423,   397,   103,   104,   105,   402,   367,
     413,   422,   447,   424,   425,   449,   434,   403,   437,   451,
     433,   107,   440,   453,   454,   455,   456,   108,   109,   457,
     460,   461,   466,   468,   110,   482,   111,   487,   492,   500,
     501,   112,   499,   517,   513,   521,   414,   382,   381,   352,
     465,    52,   452,   478,   479,    53,    54,   114,    55,   510,
     484,   115,   311,   436,   489,   502,   432,   321,   491,     0,
     442,     0,     0,     0,   343,     0,   496,   497,   498,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   507,     0,
     508,     0,     0,     0,     0,   511,   311,     0,   268,     0,
     218,     0,     0,   519,     0,   516,     0,     0,     0,     0,
       0,     0,     0,   520,   219,     0,     0,   522,     0,   220,
     221,     0,   222,   223,   224,     0,   225,   226,   227,     0,
     228,   229,   230,     0,   231,     0,     0,     0,     0,   232,
       0,     0,     0,   233,     0,     0,   234,   235,   236,   237,
     238,   239,     0,     0,   240,     0,     0,     0,   241,   242,
       0,     0,   243,   244,   245,   246,   247,   248,   249,     0,
     250,   251,   252,   253,     0,   254,   255,     0,   256,   257,
       0,     0,   258,   259,   260,   261,     0,   323,     0,   324,
      90,    91,    92,    93,    94,    95,    96,     0,     0,     0,
       0,  -120,    97,   219,     0,    98,     0,  -120,   325,   221,
       0,   222,   223,   326,     0,   225,   226,   227,     0,   228,
     229,   230,     0,   231,     0,   101,     0,     0,   232,     0,
     102,     0,   233,     0,     0,   234,   235,   327,   328,   329,
     239,   106,     0,   240,   169,   170,   171,   241,   242,     0,
     172,   243,   244,   330,   246,   247,   248,   249,     0,   331,
     332,   252,   253,     0,   254,   255,   110,   256,   333,     0,
       0,   258,   259,   334,   261,     0,     0,   175,     0,   176,
       0,     0,     0,     0,   113,     0,     0,     0,     0,   114,
     177,     0,     0,   115,  -255,   167,     0,    89,    90,    91,
      92,    93,    94,    95,    96,     0,     0,     0,     0,     0,
      97,     0,     0,    98,     0,     0,    99,     0,     0,     0,
       0,   100,     0,     0,     0,     0,   181,   182,   183,   184,
     185,   186,   187,   101,     0,     0,     0,     0,   102,     0,
     389,     0,     0,     0,     0,   103,   104,   105,     0,   106,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,   107,     0,     0,     0,     0,     0,   108,   109,     0,
       0,     0,     0,     0,   110,     0,   111,   169,   170,   171,
       0,   112,     0,   172,     0,     0,     0,     0,     0,     0,
       0,     0,   113,     0,     0,     0,     0,   114,     0,     0,
     340,   115,    89,    90,    91,    92,    93,    94,    95,    96,
     175,     0,   176,     0,     0,    97,     0,     0,    98,     0,
       0,    99,     0,   177,     0,     0,   100,     0,     0,     0,
       0,     0,     0,     0,     0,     0,     0,     0,   101,     0,
       0,     0,     0,   102,     0,     0,     0,     0,     0,     0,
     103,   104,   105,     0,   106,     0,     0,     0,     0,   181,
     182,   183,   184,   185,   186,   187,   107,     0,   470,     0,
       0,     0,   108,   109,     0,     0,     0,     0,     0,   110,
       0,   111,     0,     0,     0,     0,   112,     0,    89,    90,
      91,    92,    93,    94,    95,    96,     0,   113,     0,     0,
       0,    97,   114,     0,    98,     0,   115,    99,     0,     0,
       0,     0,   100,     0,     0,     0,     0,     0,     0,     0,
     373,   169,   170,   171,   101,     0,     0,   172,     0,   102,
       0,     0,     0,     0,     0,     0,   103,   104,   105,     0,
     106,     0,     0,     0,     0,     0,     0,     0,     0,   169,
     170,   171,   107,     0,   175,   172,   176,     0,   108,   109,
       0,     0,     0,     0,     0,   110,     0,   111,     0,     0,
       0,     0,   112,     0,    89,    90,    91,    92,    93,    94,
      95,    96,   175,   113,   176,     0,     0,    97,   114,     0,
      98,     0,   115,    99,     0,   177,     0,     0,   100,     0,
       0,     0,     0,   181,   182,   183,   184,   185,   186,   187,
     101,     0,     0,     0,   294,   102,     0,     0,     0,     0,
       0,     0,   103,   104,   105,     0,   106,     0,     0,     0,
       0,   181,   182,   183,   184,   185,   186,   187,   107,     0,
       0,     0,     0,     0,   108,   109,     0,     0,     0,     0,
       0,   110,     0,   111,     0,   217,     0,   218,   112,     0,
       0,     0,     0,     0,   169,   170,   171,     0,     0,   113,
     172,   219,     0,     0,   114,     0,   220,   221,   115,   222,
     223,   224,     0,   225,   226,   227,     0,   228,   229,   230,
       0,   231,     0,     0,     0,     0,   232,   175,     0,   176,
     233,     0,     0,   234,   235,   236,   237,   238,   239,     0,
     177,   240,     0,     0,     0,   241,   242,     0,     0,   243,
     244,   245,   246,   247,   248,   249,     0,   250,   251,   252,
     253,     0,   254,   255,     0,   256,   257,     0,     0,   258,
     259,   260,   261,   268,     0,   218,   181,   182,   183,   184,
     185,   186,   187,     0,     0,     0,     0,     0,   262,   219,
     515,     0,     0,     0,   220,   221,     0,   222,   223,   224,
       0,   225,   226,   227,     0,   228,   229,   230,     0,   231,
       0,     0,     0,     0,   232,     0,     0,     0,   233,     0,
       0,   234,   235,   236,   237,   238,   239,     0,     0,   240,
       0,     0,     0,   241,   242,     0,     0,   243,   244,   245,
     246,   247,   248,   249,     0,   250,   251,   252,   253,     0,
     254,   255,     0,   256,   257,     0,     0,   258,   259,   260,
     261,   268,     0,   218,     0,     0,     0,     0,     0,     0,
     169,   170,   171,     0,     0,     0,   269,   219,     0,     0,
       0,     0,   220,   221,     0,   222,   223,   224,     0,   225,
     226,   227,     0,   228,   229,   230,     0,   231,     0,     0,
       0,     0,   232,   175,     0,   176,   233,     0,     0,   234,
     235,   236,   237,   238,   239,     0,     0,   240,     0,     0,
       0,   241,   242,     0,     0,   243,   244,   245,   246,   247,
     248,   249,     0,   250,   251,   252,   253,     0,   254,   255,
       0,   256,   257,     0,     0,   258,   259,   260,   261,   443,
       0,   218,   181,   182,   183,   184,   185,   186,   187,     0,
       0,     0,     0,     0,   356,   219,     0,     0,     0,     0,
     220,   221,     0,   222,   223,   224,     0,   225,   226,   227,
       0,   228,   229,   230,     0,   231,     0,     0,     0,     0,
     232,     0,     0,     0,   233,     0,     0,   234,   235,   236,
     237,   238,   239,     0,     0,   240,     0,     0,     0,   241,
     242,     0,     0,   243,   244,   245,   246,   247,   248,   249,
       0,   250,   251,   252,   253,     0,   254,   255,     0,   256,
     257,     0,     0,   258,   259,   260,   261,   473,     0,   218,
       0,     0,     0,     0,     0,     0,     0,     0,     0,     0,
       0,     0,   444,   219,     0,     0,     0,     0,   220,   221,
       0,   222,   223,   224,     0,   225,   226,   227,     0,   228,
     229,   230,     0,   231,     0,     0,     0,     0,   232,     0,
       0,     0,   233,     0,     0,   234,   235,   236,   237,   238,
     239,     0,     0,   240,     0,     0,     0,   241,   242,     0,
       0,   243,   244,   245,   246,   247,   248,   249,     0,   250,
     251,   252,   253,     0,   254,   255,     0,   256,   257,     0,
       0,   258,   259,   260,   261,   169,   170,   171,     0,     0,
       0,   172,     0,   169,   170,   171,     0,     0,   173,   172,
     474,     0,   391,     0,     0,     0,     0,   174,   169,   170,
     171,     0,   392,     0,   172,     0,    85,     0,   175,     0,
     176,     0,     0,     0,     0,     0,   175,     0,   176,     0,
       0,   177,   178,     0,     0,     0,     0,     0,     0,   177,
       0,   175,     0,   176,     0,     0,     0,     0,     0,     0,
       0,   179,     0,     0,   177,     0,     0,     0,     0,     0,
       0,   180,     0,     0,     0,     0,     0,   181,   182,   183,
     184,   185,   186,   187,     0,   181,   182,   183,   184,   185,
     186,   187,   169,   170,   171,    86,     0,     0,   172,     0,
     181,   182,   183,   184,   185,   186,   187,   169,   170,   171,
       0,     0,     0,   172,     0,     0,   169,   170,   171,   416,
     401,   403,   172,     0,     0,   175,     0,   176,     0,     0,
       0,     0,     0,     0,     0,   169,   170,   171,   177,     0,
     175,   172,   176,     0,     0,     0,     0,     0,     0,   175,
       0,   176,     0,   177,     0,   430,     0,     0,     0,     0,
       0,     0,   177,     0,     0,     0,     0,     0,   175,     0,
     176,     0,     0,     0,   181,   182,   183,   184,   185,   186,
     187,   177,     0,     0,     0,     0,     0,     0,     0,   181,
     182,   183,   184,   185,   186,   187,     0,     0,   181,   182,
     183,   184,   185,   186,   187,   169,   170,   171,     0,     0,
       0,   172,     0,     0,     0,     0,     0,   181,   182,   183,
     184,   185,   186,   187,   169,   170,   171,     0,     0,     0,
     172,   169,   170,   171,     0,     0,     0,   172,   175,     0,
     176,  -289,  -289,  -289,     0,     0,     0,     0,   169,   170,
     171,   177,     0,     0,   172,     0,     0,   175,     0,   176,
       0,     0,     0,     0,   175,     0,   176,     0,     0,     0,
     177,     0,     0,     0,  -289,     0,  -289,   177,     0,     0,
       0,   175,   458,   176,     0,     0,     0,   181,   182,   183,
     184,   185,   186,   187,   177,     0,     0,     0,     0,     0,
       0,     0,   144,   509,     0,     0,   181,   182,   183,   184,
     185,   186,   187,   181,   182,   183,   184,   185,   186,   187,
    -158,   200,     0,  -289,  -289,  -289,   184,   185,   186,   187,
     181,   182,   183,   184,   185,   186,   187,  -158,     0,     0,
       0,     0,     0,  -158,     0,     0,     0,     0,     0,  -158,
    -158,     0,   201,  -158,     0,     0,     0,     0,  -158,     0,
       0,     0,     0,     0,     0,     0,  -158,     0,     0,     0,
       0,     0,     0,     0,  -158,     0,     0,     0,     0,     0,
     202,  -158,     0,  -158,   203,  -158,     0,     0,  -158,  -158,
     204,  -158,   218,     0,     0,  -158,  -158,     0,     0,     0,
       0,     0,     0,     0,     0,  -158,   219,  -158,     0,     0,
       0,   220,   221,     0,   222,   223,   224,     0,   225,   226,
     227,     0,   228,   229,   230,     0,   231,     0,     0,     0,
       0,   232,     0,     0,     0,   233,     0,     0,   234,   235,
     236,   237,   238,   239,     0,     0,   240,     0,     0,     0,
     241,   242,     0,     0,   243,   244,   245,   246,   247,   248,
     249,     0,   250,   251,   252,   253,     0,   254,   255,     0,
     256,   257,     0,     0,   258,   259,   260,   261
};

static const yytype_int16 yycheck[] =
{
      64,   270,   140,   154,   282,    75,    65,    20,     3,   147,
       0,     1,    49,    77,     3,   166,    41,     1,    24,     3,
     466,   139,     1,    10,     3,    12,    84,    17,   105,    11,
     148,    29,    30,    23,    21,   112,    94,     0,   102,    29,
      30,   102,   106,    33,     3,    90,   107,     3,    38,   113,
     111,   115,   190,   191,   500,   114,    46,   102,     3,    84,
      66,    50,   107,   133,    54,     3,   111,    65,   105,   105,
      90,    61,   108,    63,     3,    65,    89,    75,    68,    69,
     144,    71,   102,    72,     3,    75,    76,   107,   104,   102,
     104,   111,    99,   100,   110,    85,   110,    87,   162,     3,
     105,   105,     3,   108,   108,   169,   170,   171,   172,   173,
       1,   175,   107,   177,   178,   179,   180,   181,   182,   183,
     184,   185,   186,   187,   108,   104,   196,   197,   110,   193,
     194,   195,   410,   192,   105,   106,    25,   201,   202,   209,
       3,   291,   292,   293,     3,    34,    37,     1,     1,     3,
       3,    42,     3,     1,     1,     3,     3,     4,     5,     6,
       7,     8,     9,    10,     3,     3,    57,     4,     3,    16,
      59,    66,    19,   109,    90,    22,    62,   446,   103,   107,
      27,    72,    12,    13,    14,   463,   102,   338,    18,    78,
     102,   107,    39,   103,    28,   111,   109,    44,   103,    88,
      91,    62,   266,    48,    51,    52,    53,   476,    55,   273,
     103,   275,   109,   104,     3,    45,   280,    47,   103,     3,
      67,   103,    90,     3,   107,   103,    73,    74,    58,     3,
     294,     3,   370,    80,   298,    82,     3,   506,     3,     3,
      87,    12,    13,    14,    56,   107,    56,    18,    81,   107,
     107,    98,   108,   105,   109,   104,   103,   104,    94,   397,
     107,    43,    45,   104,    94,    95,    96,    97,    98,    99,
     100,     3,    45,   104,    45,   107,    47,   415,   108,   105,
     105,   108,    45,    45,     3,     3,     3,    58,    94,   353,
       3,   104,    94,   357,   364,   109,   103,     3,     4,     5,
       6,     7,     8,     9,    10,     3,     3,     3,     3,   104,
     108,   104,   450,   109,   108,   107,    22,   107,   109,    90,
     107,    27,   107,    94,    95,    96,    97,    98,    99,   100,
     107,   395,   107,    39,   112,   105,     4,   108,    41,   403,
     109,     4,   108,    94,   105,    51,    52,    53,   108,   413,
     105,   103,   416,   103,   108,   419,     3,    26,    36,   423,
     108,    67,    48,   427,   428,   429,   430,    73,    74,    45,
       3,    86,    59,    94,    80,   109,    82,    91,   109,   105,
      79,    87,    94,    83,   109,    94,   367,   289,   288,   210,
     441,    14,   424,   457,   458,    14,    14,   103,    14,   498,
     464,   107,   466,   404,   468,   489,   397,   188,   472,    -1,
     413,    -1,    -1,    -1,   193,    -1,   480,   481,   482,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,   492,    -1,
     494,    -1,    -1,    -1,    -1,   499,   500,    -1,     1,    -1,
       3,    -1,    -1,   513,    -1,   509,    -1,    -1,    -1,    -1,
      -1,    -1,    -1,   517,    17,    -1,    -1,   521,    -1,    22,
      23,    -1,    25,    26,    27,    -1,    29,    30,    31,    -1,
      33,    34,    35,    -1,    37,    -1,    -1,    -1,    -1,    42,
      -1,    -1,    -1,    46,    -1,    -1,    49,    50,    51,    52,
      53,    54,    -1,    -1,    57,    -1,    -1,    -1,    61,    62,
      -1,    -1,    65,    66,    67,    68,    69,    70,    71,    -1,
      73,    74,    75,    76,    -1,    78,    79,    -1,    81,    82,
      -1,    -1,    85,    86,    87,    88,    -1,     1,    -1,     3,
       4,     5,     6,     7,     8,     9,    10,    -1,    -1,    -1,
      -1,   104,    16,    17,    -1,    19,    -1,   110,    22,    23,
      -1,    25,    26,    27,    -1,    29,    30,    31,    -1,    33,
      34,    35,    -1,    37,    -1,    39,    -1,    -1,    42,    -1,
      44,    -1,    46,    -1,    -1,    49,    50,    51,    52,    53,
      54,    55,    -1,    57,    12,    13,    14,    61,    62,    -1,
      18,    65,    66,    67,    68,    69,    70,    71,    -1,    73,
      74,    75,    76,    -1,    78,    79,    80,    81,    82,    -1,
      -1,    85,    86,    87,    88,    -1,    -1,    45,    -1,    47,
      -1,    -1,    -1,    -1,    98,    -1,    -1,    -1,    -1,   103,
      58,    -1,    -1,   107,   108,     1,    -1,     3,     4,     5,
       6,     7,     8,     9,    10,    -1,    -1,    -1,    -1,    -1,
      16,    -1,    -1,    19,    -1,    -1,    22,    -1,    -1,    -1,
      -1,    27,    -1,    -1,    -1,    -1,    94,    95,    96,    97,
      98,    99,   100,    39,    -1,    -1,    -1,    -1,    44,    -1,
     108,    -1,    -1,    -1,    -1,    51,    52,    53,    -1,    55,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    67,    -1,    -1,    -1,    -1,    -1,    73,    74,    -1,
      -1,    -1,    -1,    -1,    80,    -1,    82,    12,    13,    14,
      -1,    87,    -1,    18,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    98,    -1,    -1,    -1,    -1,   103,    -1,    -1,
       1,   107,     3,     4,     5,     6,     7,     8,     9,    10,
      45,    -1,    47,    -1,    -1,    16,    -1,    -1,    19,    -1,
      -1,    22,    -1,    58,    -1,    -1,    27,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    39,    -1,
      -1,    -1,    -1,    44,    -1,    -1,    -1,    -1,    -1,    -1,
      51,    52,    53,    -1,    55,    -1,    -1,    -1,    -1,    94,
      95,    96,    97,    98,    99,   100,    67,    -1,   103,    -1,
      -1,    -1,    73,    74,    -1,    -1,    -1,    -1,    -1,    80,
      -1,    82,    -1,    -1,    -1,    -1,    87,    -1,     3,     4,
       5,     6,     7,     8,     9,    10,    -1,    98,    -1,    -1,
      -1,    16,   103,    -1,    19,    -1,   107,    22,    -1,    -1,
      -1,    -1,    27,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      35,    12,    13,    14,    39,    -1,    -1,    18,    -1,    44,
      -1,    -1,    -1,    -1,    -1,    -1,    51,    52,    53,    -1,
      55,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    12,
      13,    14,    67,    -1,    45,    18,    47,    -1,    73,    74,
      -1,    -1,    -1,    -1,    -1,    80,    -1,    82,    -1,    -1,
      -1,    -1,    87,    -1,     3,     4,     5,     6,     7,     8,
       9,    10,    45,    98,    47,    -1,    -1,    16,   103,    -1,
      19,    -1,   107,    22,    -1,    58,    -1,    -1,    27,    -1,
      -1,    -1,    -1,    94,    95,    96,    97,    98,    99,   100,
      39,    -1,    -1,    -1,    77,    44,    -1,    -1,    -1,    -1,
      -1,    -1,    51,    52,    53,    -1,    55,    -1,    -1,    -1,
      -1,    94,    95,    96,    97,    98,    99,   100,    67,    -1,
      -1,    -1,    -1,    -1,    73,    74,    -1,    -1,    -1,    -1,
      -1,    80,    -1,    82,    -1,     1,    -1,     3,    87,    -1,
      -1,    -1,    -1,    -1,    12,    13,    14,    -1,    -1,    98,
      18,    17,    -1,    -1,   103,    -1,    22,    23,   107,    25,
      26,    27,    -1,    29,    30,    31,    -1,    33,    34,    35,
      -1,    37,    -1,    -1,    -1,    -1,    42,    45,    -1,    47,
      46,    -1,    -1,    49,    50,    51,    52,    53,    54,    -1,
      58,    57,    -1,    -1,    -1,    61,    62,    -1,    -1,    65,
      66,    67,    68,    69,    70,    71,    -1,    73,    74,    75,
      76,    -1,    78,    79,    -1,    81,    82,    -1,    -1,    85,
      86,    87,    88,     1,    -1,     3,    94,    95,    96,    97,
      98,    99,   100,    -1,    -1,    -1,    -1,    -1,   104,    17,
     108,    -1,    -1,    -1,    22,    23,    -1,    25,    26,    27,
      -1,    29,    30,    31,    -1,    33,    34,    35,    -1,    37,
      -1,    -1,    -1,    -1,    42,    -1,    -1,    -1,    46,    -1,
      -1,    49,    50,    51,    52,    53,    54,    -1,    -1,    57,
      -1,    -1,    -1,    61,    62,    -1,    -1,    65,    66,    67,
      68,    69,    70,    71,    -1,    73,    74,    75,    76,    -1,
      78,    79,    -1,    81,    82,    -1,    -1,    85,    86,    87,
      88,     1,    -1,     3,    -1,    -1,    -1,    -1,    -1,    -1,
      12,    13,    14,    -1,    -1,    -1,   104,    17,    -1,    -1,
      -1,    -1,    22,    23,    -1,    25,    26,    27,    -1,    29,
      30,    31,    -1,    33,    34,    35,    -1,    37,    -1,    -1,
      -1,    -1,    42,    45,    -1,    47,    46,    -1,    -1,    49,
      50,    51,    52,    53,    54,    -1,    -1,    57,    -1,    -1,
      -1,    61,    62,    -1,    -1,    65,    66,    67,    68,    69,
      70,    71,    -1,    73,    74,    75,    76,    -1,    78,    79,
      -1,    81,    82,    -1,    -1,    85,    86,    87,    88,     1,
      -1,     3,    94,    95,    96,    97,    98,    99,   100,    -1,
      -1,    -1,    -1,    -1,   104,    17,    -1,    -1,    -1,    -1,
      22,    23,    -1,    25,    26,    27,    -1,    29,    30,    31,
      -1,    33,    34,    35,    -1,    37,    -1,    -1,    -1,    -1,
      42,    -1,    -1,    -1,    46,    -1,    -1,    49,    50,    51,
      52,    53,    54,    -1,    -1,    57,    -1,    -1,    -1,    61,
      62,    -1,    -1,    65,    66,    67,    68,    69,    70,    71,
      -1,    73,    74,    75,    76,    -1,    78,    79,    -1,    81,
      82,    -1,    -1,    85,    86,    87,    88,     1,    -1,     3,
      -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,   104,    17,    -1,    -1,    -1,    -1,    22,    23,
      -1,    25,    26,    27,    -1,    29,    30,    31,    -1,    33,
      34,    35,    -1,    37,    -1,    -1,    -1,    -1,    42,    -1,
      -1,    -1,    46,    -1,    -1,    49,    50,    51,    52,    53,
      54,    -1,    -1,    57,    -1,    -1,    -1,    61,    62,    -1,
      -1,    65,    66,    67,    68,    69,    70,    71,    -1,    73,
      74,    75,    76,    -1,    78,    79,    -1,    81,    82,    -1,
      -1,    85,    86,    87,    88,    12,    13,    14,    -1,    -1,
      -1,    18,    -1,    12,    13,    14,    -1,    -1,    25,    18,
     104,    -1,    21,    -1,    -1,    -1,    -1,    34,    12,    13,
      14,    -1,    31,    -1,    18,    -1,    20,    -1,    45,    -1,
      47,    -1,    -1,    -1,    -1,    -1,    45,    -1,    47,    -1,
      -1,    58,    59,    -1,    -1,    -1,    -1,    -1,    -1,    58,
      -1,    45,    -1,    47,    -1,    -1,    -1,    -1,    -1,    -1,
      -1,    78,    -1,    -1,    58,    -1,    -1,    -1,    -1,    -1,
      -1,    88,    -1,    -1,    -1,    -1,    -1,    94,    95,    96,
      97,    98,    99,   100,    -1,    94,    95,    96,    97,    98,
      99,   100,    12,    13,    14,    89,    -1,    -1,    18,    -1,
      94,    95,    96,    97,    98,    99,   100,    12,    13,    14,
      -1,    -1,    -1,    18,    -1,    -1,    12,    13,    14,    15,
      40,    26,    18,    -1,    -1,    45,    -1,    47,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    12,    13,    14,    58,    -1,
      45,    18,    47,    -1,    -1,    -1,    -1,    -1,    -1,    45,
      -1,    47,    -1,    58,    -1,    32,    -1,    -1,    -1,    -1,
      -1,    -1,    58,    -1,    -1,    -1,    -1,    -1,    45,    -1,
      47,    -1,    -1,    -1,    94,    95,    96,    97,    98,    99,
     100,    58,    -1,    -1,    -1,    -1,    -1,    -1,    -1,    94,
      95,    96,    97,    98,    99,   100,    -1,    -1,    94,    95,
      96,    97,    98,    99,   100,    12,    13,    14,    -1,    -1,
      -1,    18,    -1,    -1,    -1,    -1,    -1,    94,    95,    96,
      97,    98,    99,   100,    12,    13,    14,    -1,    -1,    -1,
      18,    12,    13,    14,    -1,    -1,    -1,    18,    45,    -1,
      47,    12,    13,    14,    -1,    -1,    -1,    -1,    12,    13,
      14,    58,    -1,    -1,    18,    -1,    -1,    45,    -1,    47,
      -1,    -1,    -1,    -1,    45,    -1,    47,    -1,    -1,    -1,
      58,    -1,    -1,    -1,    45,    -1,    47,    58,    -1,    -1,
      -1,    45,    89,    47,    -1,    -1,    -1,    94,    95,    96,
      97,    98,    99,   100,    58,    -1,    -1,    -1,    -1,    -1,
      -1,    -1,    90,    84,    -1,    -1,    94,    95,    96,    97,
      98,    99,   100,    94,    95,    96,    97,    98,    99,   100,
       0,     1,    -1,    94,    95,    96,    97,    98,    99,   100,
      94,    95,    96,    97,    98,    99,   100,    17,    -1,    -1,
      -1,    -1,    -1,    23,    -1,    -1,    -1,    -1,    -1,    29,
      30,    -1,    32,    33,    -1,    -1,    -1,    -1,    38,    -1,
      -1,    -1,    -1,    -1,    -1,    -1,    46,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    54,    -1,    -1,    -1,    -1,    -1,
      60,    61,    -1,    63,    64,    65,    -1,    -1,    68,    69,
      70,    71,     3,    -1,    -1,    75,    76,    -1,    -1,    -1,
      -1,    -1,    -1,    -1,    -1,    85,    17,    87,    -1,    -1,
      -1,    22,    23,    -1,    25,    26,    27,    -1,    29,    30,
      31,    -1,    33,    34,    35,    -1,    37,    -1,    -1,    -1,
      -1,    42,    -1,    -1,    -1,    46,    -1,    -1,    49,    50,
      51,    52,    53,    54,    -1,    -1,    57,    -1,    -1,    -1,
      61,    62,    -1,    -1,    65,    66,    67,    68,    69,    70,
      71,    -1,    73,    74,    75,    76,    -1,    78,    79,    -1,
      81,    82,    -1,    -1,    85,    86,    87,    88
};

/* YYSTOS[STATE-NUM] -- The symbol kind of the accessing symbol of
   state STATE-NUM.  */
static const yytype_uint8 yystos[] =
{
       0,   114,   115,     0,     1,    17,    23,    29,    30,    33,
      38,    46,    54,    61,    63,    65,    68,    69,    71,    75,
      76,    85,    87,   116,   117,   119,   120,   122,   123,   127,
     132,   133,   142,   148,   151,   153,   165,   169,   172,   176,
     189,   192,     3,     3,     3,     3,     3,     3,   118,     3,
     118,     3,   142,   148,   151,   153,     3,     3,     3,     3,
       3,     4,   118,     3,    62,    66,   109,   154,   107,   152,
     103,   102,    28,   134,   103,   109,   103,    62,   177,    24,
      66,   173,    48,   143,   103,    20,    89,   121,   103,     3,
       4,     5,     6,     7,     8,     9,    10,    16,    19,    22,
      27,    39,    44,    51,    52,    53,    55,    67,    73,    74,
      80,    82,    87,    98,   103,   107,   197,   198,   202,   203,
     204,   168,   197,    50,    72,   118,   141,   156,     1,     3,
     108,   130,   131,   109,     1,     3,   124,     3,     3,   103,
     190,   141,   135,   197,    90,   178,     3,   107,   103,   193,
       3,     3,     1,     3,   128,   129,     3,     3,     3,   197,
     197,   107,   107,   197,     1,   104,   168,     1,   197,    12,
      13,    14,    18,    25,    34,    45,    47,    58,    59,    78,
      88,    94,    95,    96,    97,    98,    99,   100,   170,   171,
     102,   107,   111,   107,    49,   105,    56,    56,    81,   155,
       1,    32,    60,    64,    70,   157,   158,   164,   108,   109,
     105,   108,   141,   104,   105,   125,   135,     1,     3,    17,
      22,    23,    25,    26,    27,    29,    30,    31,    33,    34,
      35,    37,    42,    46,    49,    50,    51,    52,    53,    54,
      57,    61,    62,    65,    66,    67,    68,    69,    70,    71,
      73,    74,    75,    76,    78,    79,    81,    82,    85,    86,
      87,    88,   104,   137,   138,   191,    94,   140,     1,   104,
     136,   137,   197,    43,   179,    45,   137,   144,   135,     1,
      37,    42,    57,    72,    91,   104,   194,   104,   107,   105,
     125,    45,    45,    45,    77,     3,   197,   104,   105,   125,
     108,   108,   197,   197,   197,   197,   197,   197,     3,   197,
     184,   197,   197,   197,   197,   197,   197,   197,   197,   197,
     197,   171,   137,     1,     3,    22,    27,    51,    52,    53,
      67,    73,    74,    82,    87,   137,   168,   199,   200,   201,
       1,   168,   197,   199,   197,   197,   141,   141,   197,   197,
       3,   141,   131,    94,     3,   104,   104,    94,   105,   106,
     126,   197,   149,   126,   109,   180,   181,   197,   103,   197,
     105,   108,   145,    35,   197,     3,    27,   202,     3,     3,
       1,   130,   129,   104,   198,   198,   198,   197,   108,   108,
     104,    21,    31,   185,   108,   109,   108,   105,   125,   112,
     112,    40,   108,    26,   166,   167,     4,   159,   197,   197,
      41,   150,   141,   105,   121,   187,    15,   137,   104,   110,
     146,     4,   103,    94,   103,   108,   108,    90,    90,    90,
      32,   197,   201,   108,     3,   197,   167,    36,   160,   202,
      48,   139,   181,     1,   104,   137,   188,   197,   147,   197,
     195,   197,   145,   197,   197,   197,   197,    45,    89,   162,
       3,    86,   161,    84,    94,   140,    59,   182,    94,   126,
     103,    11,   110,     1,   104,   137,   196,   104,   197,   197,
      41,    84,   109,   202,   197,   183,   184,    91,   186,   197,
     174,   197,   109,   126,    90,   108,   197,   197,   197,    94,
     105,    79,   178,     1,     3,   104,   175,   197,   197,    84,
     162,   197,   184,   109,   126,   108,   197,    83,   163,   141,
     197,    94,   197
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
     135,   135,   136,   137,   137,   138,   138,   138,   138,   138,
     138,   138,   138,   138,   138,   138,   138,   138,   138,   138,
     138,   138,   138,   138,   138,   138,   138,   138,   138,   138,
     138,   138,   138,   138,   138,   138,   138,   138,   138,   138,
     138,   138,   138,   138,   138,   138,   138,   138,   139,   139,
     140,   140,   141,   141,   141,   142,   143,   143,   144,   144,
     145,   145,   146,   147,   147,   148,   149,   149,   150,   150,
     151,   152,   152,   152,   152,   153,   154,   154,   155,   155,
     156,   156,   156,   157,   158,   158,   159,   159,   160,   160,
     161,   161,   161,   161,   162,   162,   163,   163,   164,   164,
     164,   165,   166,   166,   167,   168,   168,   169,   170,   170,
     171,   171,   171,   171,   171,   172,   173,   173,   174,   174,
     174,   175,   176,   177,   177,   178,   178,   179,   179,   180,
     180,   181,   182,   182,   183,   183,   184,   185,   185,   185,
     186,   186,   187,   187,   187,   188,   189,   190,   190,   190,
     191,   192,   193,   193,   193,   194,   194,   194,   194,   194,
     194,   194,   195,   195,   195,   196,   197,   197,   197,   197,
     197,   197,   197,   197,   197,   197,   197,   197,   197,   197,
     197,   197,   197,   197,   197,   197,   197,   197,   198,   198,
     198,   198,   198,   198,   198,   199,   199,   200,   200,   201,
     202,   202,   202,   202,   202,   202,   202,   202,   202,   202,
     202,   202,   202,   202,   202,   202,   202,   202,   202,   203,
     203,   203,   204,   204,   204,   204,   204,   204,   204
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
       3,     2,     5,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     1,     1,     1,     1,     1,     1,     1,     0,     1,
       0,     2,     1,     3,     3,     7,     0,     4,     1,     3,
       0,     2,     3,     1,     3,     6,     0,     2,     4,     6,
       7,     0,     2,     3,     3,     5,     0,     3,     0,     1,
       0,     2,     2,     9,     1,     1,     0,     1,     0,     2,
       0,     3,     3,     5,     0,     2,     0,     2,     0,     2,
       2,     7,     1,     2,     3,     1,     3,     5,     1,     2,
       1,     2,     2,     2,     2,    11,     1,     1,     0,     3,
       2,     5,    10,     0,     2,     0,     2,     0,     2,     1,
       3,     2,     0,     2,     1,     3,     2,     0,     1,     1,
       0,     2,     0,     3,     2,     4,     5,     0,     3,     2,
       3,     5,     0,     2,     2,     5,     5,     4,     2,     2,
       2,     3,     0,     3,     2,     3,     1,     2,     2,     3,
       3,     3,     3,     3,     3,     3,     3,     3,     3,     3,
       3,     3,     3,     6,     6,     6,     6,     4,     1,     3,
       4,     4,     4,     5,     4,     0,     1,     1,     3,     3,
       1,     1,     1,     1,     1,     1,     1,     1,     1,     1,
       1,     3,     3,     2,     4,     3,     4,     4,     1,     4,
       8,    10,     1,     1,     1,     1,     1,     1,     1
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
#line 210 "lang/parser.y"
{
    yylloc = (Span){ps->file, ps->offset, ps->offset};
}

#line 2316 "lang/parser.c"

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
#line 262 "lang/parser.y"
                                 { ps->decls = (yyvsp[0].vec); }
#line 2536 "lang/parser.c"
    break;

  case 3: /* decls: %empty  */
#line 266 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2542 "lang/parser.c"
    break;

  case 4: /* decls: decls decl  */
#line 267 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 2548 "lang/parser.c"
    break;

  case 5: /* decls: decls error  */
#line 271 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); if (resyncs(yychar, 0)) yyerrok; }
#line 2554 "lang/parser.c"
    break;

  case 6: /* decl: decl_body  */
#line 275 "lang/parser.y"
                                 { (yyval.node) = decl(ps, (yyvsp[0].node)); }
#line 2560 "lang/parser.c"
    break;

  case 7: /* decl: OVERRIDE param_decl  */
#line 276 "lang/parser.y"
                                 { (yyvsp[0].node)->flags |= AST_F_OVERRIDE; (yyvsp[0].node)->span = (yyloc); (yyval.node) = decl(ps, (yyvsp[0].node)); }
#line 2566 "lang/parser.c"
    break;

  case 8: /* decl: OVERRIDE def_decl  */
#line 277 "lang/parser.y"
                                 { (yyvsp[0].node)->flags |= AST_F_OVERRIDE; (yyvsp[0].node)->span = (yyloc); (yyval.node) = decl(ps, (yyvsp[0].node)); }
#line 2572 "lang/parser.c"
    break;

  case 9: /* decl: OVERRIDE table_decl  */
#line 278 "lang/parser.y"
                                 { (yyvsp[0].node)->flags |= AST_F_OVERRIDE; (yyvsp[0].node)->span = (yyloc); (yyval.node) = decl(ps, (yyvsp[0].node)); }
#line 2578 "lang/parser.c"
    break;

  case 10: /* decl: OVERRIDE decision_decl  */
#line 279 "lang/parser.y"
                                 { (yyvsp[0].node)->flags |= AST_F_OVERRIDE; (yyvsp[0].node)->span = (yyloc); (yyval.node) = decl(ps, (yyvsp[0].node)); }
#line 2584 "lang/parser.c"
    break;

  case 28: /* qname: IDENT  */
#line 289 "lang/parser.y"
                                 { (yyval.tok) = (yyvsp[0].tok); }
#line 2590 "lang/parser.c"
    break;

  case 29: /* qname: qname '.' IDENT  */
#line 290 "lang/parser.y"
                                 { (yyval.tok).text = dotted(ps, (yyvsp[-2].tok).text, (yyvsp[0].tok).text); (yyval.tok).op = 0; }
#line 2596 "lang/parser.c"
    break;

  case 30: /* module_decl: MODULE qname  */
#line 294 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_MODULE, (yyloc)), (yyvsp[0].tok), (yylsp[0])); }
#line 2602 "lang/parser.c"
    break;

  case 31: /* use_decl: USE qname opt_alias  */
#line 298 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_USE, (yyloc)), (yyvsp[-1].tok), (yylsp[-1])); (yyval.node)->a = (yyvsp[0].node); }
#line 2608 "lang/parser.c"
    break;

  case 32: /* opt_alias: %empty  */
#line 303 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2614 "lang/parser.c"
    break;

  case 33: /* opt_alias: AS IDENT  */
#line 304 "lang/parser.y"
                                 { (yyval.node) = ident(ps, (yyvsp[0].tok), (yylsp[0])); }
#line 2620 "lang/parser.c"
    break;

  case 34: /* opt_alias: WHEN IDENT  */
#line 305 "lang/parser.y"
                                 { (yyval.node) = ident(ps, (yyvsp[0].tok), (yylsp[0])); }
#line 2626 "lang/parser.c"
    break;

  case 35: /* extends_decl: EXTENDS qname  */
#line 309 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_EXTENDS, (yyloc)), (yyvsp[0].tok), (yylsp[0])); }
#line 2632 "lang/parser.c"
    break;

  case 36: /* enum_decl: ENUM IDENT '{' member_list opt_comma '}'  */
#line 314 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_ENUM, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])), (yyvsp[-2].vec)); }
#line 2638 "lang/parser.c"
    break;

  case 37: /* enum_decl: ENUM IDENT '{' error '}'  */
#line 315 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_ENUM, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])); }
#line 2644 "lang/parser.c"
    break;

  case 38: /* member_list: IDENT  */
#line 319 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, fin(ps, named(NODE(AST_MEMBER, (yylsp[0])), (yyvsp[0].tok), (yylsp[0])))); }
#line 2650 "lang/parser.c"
    break;

  case 39: /* member_list: member_list ',' IDENT  */
#line 320 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), fin(ps, named(NODE(AST_MEMBER, (yylsp[0])), (yyvsp[0].tok), (yylsp[0])))); }
#line 2656 "lang/parser.c"
    break;

  case 45: /* variant_decl: VARIANT IDENT '{' case_list opt_comma '}'  */
#line 337 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_VARIANT, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])), (yyvsp[-2].vec)); }
#line 2662 "lang/parser.c"
    break;

  case 46: /* variant_decl: VARIANT IDENT '{' error '}'  */
#line 338 "lang/parser.y"
                                  { (yyval.node) = named(NODE(AST_VARIANT, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])); }
#line 2668 "lang/parser.c"
    break;

  case 47: /* case_list: case  */
#line 342 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 2674 "lang/parser.c"
    break;

  case 48: /* case_list: case_list ',' case  */
#line 343 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 2680 "lang/parser.c"
    break;

  case 49: /* case: IDENT  */
#line 347 "lang/parser.y"
                                 { (yyval.node) = decl(ps, named(NODE(AST_CASE, (yyloc)), (yyvsp[0].tok), (yylsp[0]))); }
#line 2686 "lang/parser.c"
    break;

  case 50: /* case: IDENT '(' params ')'  */
#line 348 "lang/parser.y"
                                 { (yyval.node) = decl(ps, with_items(named(NODE(AST_CASE, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec))); }
#line 2692 "lang/parser.c"
    break;

  case 51: /* case: IDENT '(' error ')'  */
#line 349 "lang/parser.y"
                                 { (yyval.node) = decl(ps, named(NODE(AST_CASE, (yyloc)), (yyvsp[-3].tok), (yylsp[-3]))); }
#line 2698 "lang/parser.c"
    break;

  case 52: /* params: param  */
#line 353 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 2704 "lang/parser.c"
    break;

  case 53: /* params: params ',' param  */
#line 354 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 2710 "lang/parser.c"
    break;

  case 54: /* param: IDENT ':' type  */
#line 358 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_PARAM, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2716 "lang/parser.c"
    break;

  case 55: /* record_decl: RECORD IDENT '{' fields '}'  */
#line 362 "lang/parser.y"
                                  { (yyval.node) = with_items(named(NODE(AST_RECORD, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec)); }
#line 2722 "lang/parser.c"
    break;

  case 56: /* input_decl: INPUT IDENT opt_dated '{' fields '}'  */
#line 367 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_INPUT, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])), (yyvsp[-1].vec)); (yyval.node)->a = (yyvsp[-3].node); }
#line 2728 "lang/parser.c"
    break;

  case 57: /* opt_dated: %empty  */
#line 371 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2734 "lang/parser.c"
    break;

  case 58: /* opt_dated: DATED_BY IDENT  */
#line 372 "lang/parser.y"
                                 { (yyval.node) = ident(ps, (yyvsp[0].tok), (yylsp[0])); }
#line 2740 "lang/parser.c"
    break;

  case 59: /* fields: %empty  */
#line 376 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2746 "lang/parser.c"
    break;

  case 60: /* fields: fields field opt_sep  */
#line 377 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[-1].node)); }
#line 2752 "lang/parser.c"
    break;

  case 61: /* fields: fields error  */
#line 379 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 2758 "lang/parser.c"
    break;

  case 62: /* field: field_name ':' type opt_key opt_default  */
#line 384 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_FIELD, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])); (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node);
                                   (yyval.node)->flags = (uint16_t)(yyvsp[-1].num); (yyval.node) = decl(ps, (yyval.node)); }
#line 2765 "lang/parser.c"
    break;

  case 63: /* field_name: IDENT  */
#line 393 "lang/parser.y"
                                 { (yyval.tok) = (yyvsp[0].tok); }
#line 2771 "lang/parser.c"
    break;

  case 64: /* field_name: field_keyword  */
#line 394 "lang/parser.y"
                                 { (yyval.tok) = keyword_name(ps, (yylsp[0])); }
#line 2777 "lang/parser.c"
    break;

  case 108: /* opt_key: %empty  */
#line 406 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 2783 "lang/parser.c"
    break;

  case 109: /* opt_key: KEY  */
#line 407 "lang/parser.y"
                                 { (yyval.num) = AST_F_KEY; }
#line 2789 "lang/parser.c"
    break;

  case 110: /* opt_default: %empty  */
#line 411 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2795 "lang/parser.c"
    break;

  case 111: /* opt_default: '=' expr  */
#line 412 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 2801 "lang/parser.c"
    break;

  case 112: /* type: qname  */
#line 416 "lang/parser.y"
                                 { (yyval.node) = fin(ps, named(NODE(AST_TYPE_NAME, (yyloc)), (yyvsp[0].tok), (yylsp[0]))); }
#line 2807 "lang/parser.c"
    break;

  case 113: /* type: SET OF type  */
#line 417 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_TYPE_SET, (yyloc)); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2813 "lang/parser.c"
    break;

  case 114: /* type: LIST OF type  */
#line 418 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_TYPE_LIST, (yyloc)); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2819 "lang/parser.c"
    break;

  case 115: /* table_decl: TABLE IDENT opt_table_key '{' fields rows '}'  */
#line 423 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_TABLE, (yyloc)), (yyvsp[-5].tok), (yylsp[-5])), (yyvsp[-2].vec));
                                   (yyval.node)->a = (yyvsp[-4].node); (yyval.node)->b = (yyvsp[-1].vec)->n ? list(ps, (yyvsp[-1].vec), (yylsp[-1])) : NULL; }
#line 2826 "lang/parser.c"
    break;

  case 116: /* opt_table_key: %empty  */
#line 428 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2832 "lang/parser.c"
    break;

  case 117: /* opt_table_key: KEY '(' ident_list ')'  */
#line 429 "lang/parser.y"
                                 { (yyval.node) = list(ps, (yyvsp[-1].vec), (yyloc)); }
#line 2838 "lang/parser.c"
    break;

  case 118: /* ident_list: field_name  */
#line 433 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, ident(ps, (yyvsp[0].tok), (yylsp[0]))); }
#line 2844 "lang/parser.c"
    break;

  case 119: /* ident_list: ident_list ',' field_name  */
#line 434 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), ident(ps, (yyvsp[0].tok), (yylsp[0]))); }
#line 2850 "lang/parser.c"
    break;

  case 120: /* rows: %empty  */
#line 438 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2856 "lang/parser.c"
    break;

  case 121: /* rows: rows row  */
#line 439 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 2862 "lang/parser.c"
    break;

  case 122: /* row: '|' cells ROW_END  */
#line 443 "lang/parser.y"
                                 { (yyval.node) = fin(ps, with_items(NODE(AST_ROW, (yyloc)), (yyvsp[-1].vec))); }
#line 2868 "lang/parser.c"
    break;

  case 123: /* cells: expr  */
#line 447 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 2874 "lang/parser.c"
    break;

  case 124: /* cells: cells '|' expr  */
#line 448 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 2880 "lang/parser.c"
    break;

  case 125: /* param_decl: PARAMETER IDENT ':' type opt_default periods  */
#line 453 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_PARAMETER, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])), (yyvsp[0].vec));
                                   (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[-1].node); }
#line 2887 "lang/parser.c"
    break;

  case 126: /* periods: %empty  */
#line 458 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2893 "lang/parser.c"
    break;

  case 127: /* periods: periods period  */
#line 459 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 2899 "lang/parser.c"
    break;

  case 128: /* period: FROM primary '=' expr  */
#line 465 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_PERIOD, (yyloc)); (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->c = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2905 "lang/parser.c"
    break;

  case 129: /* period: FROM primary UNTIL primary '=' expr  */
#line 467 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_PERIOD, (yyloc)); (yyval.node)->a = (yyvsp[-4].node); (yyval.node)->b = (yyvsp[-2].node); (yyval.node)->c = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 2911 "lang/parser.c"
    break;

  case 130: /* def_decl: DEF IDENT opt_params ':' type '=' expr  */
#line 472 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_DEF, (yyloc)), (yyvsp[-5].tok), (yylsp[-5])); (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node);
                                   if ((yyvsp[-4].vec)) { (yyval.node)->flags |= AST_F_FUNCTION; ast_set_items((yyval.node), (yyvsp[-4].vec)); } }
#line 2918 "lang/parser.c"
    break;

  case 131: /* opt_params: %empty  */
#line 477 "lang/parser.y"
                                 { (yyval.vec) = NULL; }
#line 2924 "lang/parser.c"
    break;

  case 132: /* opt_params: '(' ')'  */
#line 478 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2930 "lang/parser.c"
    break;

  case 133: /* opt_params: '(' params ')'  */
#line 479 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 2936 "lang/parser.c"
    break;

  case 134: /* opt_params: '(' error ')'  */
#line 480 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2942 "lang/parser.c"
    break;

  case 135: /* decision_decl: DECISION IDENT opt_result rules opt_otherwise  */
#line 485 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_DECISION, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec));
                                   if ((yyvsp[-2].node)) { (yyval.node)->a = (yyvsp[-2].node)->a; (yyval.node)->flags = (yyvsp[-2].node)->flags; }
                                   (yyval.node)->b = (yyvsp[0].node); }
#line 2950 "lang/parser.c"
    break;

  case 136: /* opt_result: %empty  */
#line 492 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 2956 "lang/parser.c"
    break;

  case 137: /* opt_result: ':' type opt_unique  */
#line 493 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->a = (yyvsp[-1].node); (yyval.node)->flags = (uint16_t)(yyvsp[0].num); }
#line 2962 "lang/parser.c"
    break;

  case 138: /* opt_unique: %empty  */
#line 497 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 2968 "lang/parser.c"
    break;

  case 139: /* opt_unique: UNIQUE  */
#line 498 "lang/parser.y"
                                 { (yyval.num) = AST_F_UNIQUE; }
#line 2974 "lang/parser.c"
    break;

  case 140: /* rules: %empty  */
#line 502 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 2980 "lang/parser.c"
    break;

  case 141: /* rules: rules rule  */
#line 503 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 2986 "lang/parser.c"
    break;

  case 142: /* rules: rules error  */
#line 506 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); if (resyncs(yychar, 1)) yyerrok; }
#line 2992 "lang/parser.c"
    break;

  case 143: /* rule: rule_kw IDENT opt_label opt_exception opt_valid ':' expr opt_when opt_unless  */
#line 511 "lang/parser.y"
                                 { AstNode *n = named(NODE(AST_RULE, (yyloc)), (yyvsp[-7].tok), (yylsp[-7]));
                                   n->flags = (uint16_t)(yyvsp[-8].num);
                                   n->a = (yyvsp[-2].node); n->b = (yyvsp[-1].node); n->c = (yyvsp[0].node); n->d = (yyvsp[-5].node); n->e = (yyvsp[-4].node);
                                   n = decl(ps, n);
                                   if (n->decl && (yyvsp[-6].tok).text) { n->decl->label = (yyvsp[-6].tok).text; n->decl->label_span = (yylsp[-6]); }
                                   (yyval.node) = n; }
#line 3003 "lang/parser.c"
    break;

  case 144: /* rule_kw: RULE  */
#line 520 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 3009 "lang/parser.c"
    break;

  case 145: /* rule_kw: OVERRIDE_RULE  */
#line 521 "lang/parser.y"
                                 { (yyval.num) = AST_F_OVERRIDE; }
#line 3015 "lang/parser.c"
    break;

  case 146: /* opt_label: %empty  */
#line 525 "lang/parser.y"
                                 { (yyval.tok).text = NULL; (yyval.tok).op = 0; }
#line 3021 "lang/parser.c"
    break;

  case 147: /* opt_label: STRING  */
#line 526 "lang/parser.y"
                                 { (yyval.tok) = (yyvsp[0].tok); }
#line 3027 "lang/parser.c"
    break;

  case 148: /* opt_exception: %empty  */
#line 530 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3033 "lang/parser.c"
    break;

  case 149: /* opt_exception: EXCEPTION_TO IDENT  */
#line 531 "lang/parser.y"
                                 { (yyval.node) = ident(ps, (yyvsp[0].tok), (yylsp[0])); }
#line 3039 "lang/parser.c"
    break;

  case 150: /* opt_valid: %empty  */
#line 535 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3045 "lang/parser.c"
    break;

  case 151: /* opt_valid: VALID FROM expr  */
#line 536 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_PERIOD, (yyloc)); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3051 "lang/parser.c"
    break;

  case 152: /* opt_valid: VALID UNTIL expr  */
#line 537 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_PERIOD, (yyloc)); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3057 "lang/parser.c"
    break;

  case 153: /* opt_valid: VALID FROM expr UNTIL expr  */
#line 538 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_PERIOD, (yyloc)); (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3063 "lang/parser.c"
    break;

  case 154: /* opt_when: %empty  */
#line 542 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3069 "lang/parser.c"
    break;

  case 155: /* opt_when: WHEN expr  */
#line 543 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3075 "lang/parser.c"
    break;

  case 156: /* opt_unless: %empty  */
#line 547 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3081 "lang/parser.c"
    break;

  case 157: /* opt_unless: UNLESS expr  */
#line 548 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3087 "lang/parser.c"
    break;

  case 158: /* opt_otherwise: %empty  */
#line 553 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3093 "lang/parser.c"
    break;

  case 159: /* opt_otherwise: OTHERWISE expr  */
#line 554 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3099 "lang/parser.c"
    break;

  case 160: /* opt_otherwise: ELSE expr  */
#line 555 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3105 "lang/parser.c"
    break;

  case 161: /* budget_decl: BUDGET IDENT PER expr_list LIMIT expr charges  */
#line 560 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_BUDGET, (yyloc)), (yyvsp[-5].tok), (yylsp[-5])), (yyvsp[-3].vec));
                                   (yyval.node)->a = (yyvsp[-1].node); (yyval.node)->b = list(ps, (yyvsp[0].vec), (yylsp[0])); }
#line 3112 "lang/parser.c"
    break;

  case 162: /* charges: charge  */
#line 565 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 3118 "lang/parser.c"
    break;

  case 163: /* charges: charges charge  */
#line 566 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 3124 "lang/parser.c"
    break;

  case 164: /* charge: CHARGE expr opt_when  */
#line 570 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_CHARGE, (yyloc)); (yyval.node)->a = (yyvsp[-1].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3130 "lang/parser.c"
    break;

  case 165: /* expr_list: expr  */
#line 574 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 3136 "lang/parser.c"
    break;

  case 166: /* expr_list: expr_list ',' expr  */
#line 575 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 3142 "lang/parser.c"
    break;

  case 167: /* allocation_decl: ALLOCATION IDENT OVER expr alloc_clauses  */
#line 580 "lang/parser.y"
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
#line 3172 "lang/parser.c"
    break;

  case 168: /* alloc_clauses: alloc_clause  */
#line 608 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 3178 "lang/parser.c"
    break;

  case 169: /* alloc_clauses: alloc_clauses alloc_clause  */
#line 609 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 3184 "lang/parser.c"
    break;

  case 170: /* alloc_clause: EQUAL  */
#line 615 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->op = 0; (yyval.node)->name = "equal"; }
#line 3190 "lang/parser.c"
    break;

  case 171: /* alloc_clause: TOTAL expr  */
#line 616 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->op = 1; (yyval.node)->name = "total"; (yyval.node)->a = (yyvsp[0].node); }
#line 3196 "lang/parser.c"
    break;

  case 172: /* alloc_clause: WEIGHT expr  */
#line 617 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->op = 2; (yyval.node)->name = "weight"; (yyval.node)->a = (yyvsp[0].node); }
#line 3202 "lang/parser.c"
    break;

  case 173: /* alloc_clause: ORDER_BY order_key  */
#line 618 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->op = 3; (yyval.node)->name = "order by"; (yyval.node)->a = (yyvsp[0].node); }
#line 3208 "lang/parser.c"
    break;

  case 174: /* alloc_clause: CAP expr  */
#line 619 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_LIST, (yyloc)); (yyval.node)->op = 4; (yyval.node)->name = "cap"; (yyval.node)->a = (yyvsp[0].node); }
#line 3214 "lang/parser.c"
    break;

  case 175: /* series_decl: SERIES IDENT series_by IDENT IN expr DOTDOT expr '{' series_cols '}'  */
#line 624 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_SERIES, (yyloc)), (yyvsp[-9].tok), (yylsp[-9])), (yyvsp[-1].vec));
                                   (yyval.node)->a = ident(ps, (yyvsp[-7].tok), (yylsp[-7])); (yyval.node)->b = (yyvsp[-5].node); (yyval.node)->c = (yyvsp[-3].node); }
#line 3221 "lang/parser.c"
    break;

  case 178: /* series_cols: %empty  */
#line 635 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 3227 "lang/parser.c"
    break;

  case 179: /* series_cols: series_cols series_col opt_sep  */
#line 636 "lang/parser.y"
                                     { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[-1].node)); }
#line 3233 "lang/parser.c"
    break;

  case 180: /* series_cols: series_cols error  */
#line 637 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 3239 "lang/parser.c"
    break;

  case 181: /* series_col: IDENT ':' type '=' expr  */
#line 641 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_COLUMN, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])); (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = decl(ps, (yyval.node)); }
#line 3245 "lang/parser.c"
    break;

  case 182: /* report_decl: REPORT IDENT opt_over opt_where opt_group '{' report_cols '}' opt_order opt_totals  */
#line 646 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_REPORT, (yyloc)), (yyvsp[-8].tok), (yylsp[-8])), (yyvsp[-3].vec));
                                   (yyval.node)->a = (yyvsp[-7].node); (yyval.node)->b = (yyvsp[-6].node); (yyval.node)->c = (yyvsp[-5].node); (yyval.node)->d = (yyvsp[-1].node);
                                   (yyval.node)->flags = (uint16_t)(yyvsp[0].num); }
#line 3253 "lang/parser.c"
    break;

  case 183: /* opt_over: %empty  */
#line 652 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3259 "lang/parser.c"
    break;

  case 184: /* opt_over: OVER expr  */
#line 653 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3265 "lang/parser.c"
    break;

  case 185: /* opt_where: %empty  */
#line 657 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3271 "lang/parser.c"
    break;

  case 186: /* opt_where: WHERE expr  */
#line 658 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3277 "lang/parser.c"
    break;

  case 187: /* opt_group: %empty  */
#line 662 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3283 "lang/parser.c"
    break;

  case 188: /* opt_group: GROUP_BY group_keys  */
#line 663 "lang/parser.y"
                                 { (yyval.node) = list(ps, (yyvsp[0].vec), (yylsp[0])); }
#line 3289 "lang/parser.c"
    break;

  case 189: /* group_keys: group_key  */
#line 667 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 3295 "lang/parser.c"
    break;

  case 190: /* group_keys: group_keys ',' group_key  */
#line 668 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 3301 "lang/parser.c"
    break;

  case 191: /* group_key: expr opt_alias  */
#line 672 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_GROUP_KEY, (yyloc)); (yyval.node)->a = (yyvsp[-1].node);
                                   if ((yyvsp[0].node)) { (yyval.node)->name = (yyvsp[0].node)->name; (yyval.node)->name_span = (yyvsp[0].node)->span; }
                                   (yyval.node) = fin(ps, (yyval.node)); }
#line 3309 "lang/parser.c"
    break;

  case 192: /* opt_order: %empty  */
#line 678 "lang/parser.y"
                                 { (yyval.node) = NULL; }
#line 3315 "lang/parser.c"
    break;

  case 193: /* opt_order: ORDER_BY order_keys  */
#line 679 "lang/parser.y"
                                 { (yyval.node) = list(ps, (yyvsp[0].vec), (yylsp[0])); }
#line 3321 "lang/parser.c"
    break;

  case 194: /* order_keys: order_key  */
#line 683 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 3327 "lang/parser.c"
    break;

  case 195: /* order_keys: order_keys ',' order_key  */
#line 684 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 3333 "lang/parser.c"
    break;

  case 196: /* order_key: expr opt_dir  */
#line 688 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ORDER_KEY, (yyloc)); (yyval.node)->a = (yyvsp[-1].node); (yyval.node)->flags = (uint16_t)(yyvsp[0].num); (yyval.node) = fin(ps, (yyval.node)); }
#line 3339 "lang/parser.c"
    break;

  case 197: /* opt_dir: %empty  */
#line 692 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 3345 "lang/parser.c"
    break;

  case 198: /* opt_dir: ASC  */
#line 693 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 3351 "lang/parser.c"
    break;

  case 199: /* opt_dir: DESC  */
#line 694 "lang/parser.y"
                                 { (yyval.num) = AST_F_DESC; }
#line 3357 "lang/parser.c"
    break;

  case 200: /* opt_totals: %empty  */
#line 698 "lang/parser.y"
                                 { (yyval.num) = 0; }
#line 3363 "lang/parser.c"
    break;

  case 201: /* opt_totals: WITH TOTALS  */
#line 699 "lang/parser.y"
                                 { (yyval.num) = AST_F_TOTALS; }
#line 3369 "lang/parser.c"
    break;

  case 202: /* report_cols: %empty  */
#line 703 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 3375 "lang/parser.c"
    break;

  case 203: /* report_cols: report_cols report_col opt_sep  */
#line 704 "lang/parser.y"
                                     { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[-1].node)); }
#line 3381 "lang/parser.c"
    break;

  case 204: /* report_cols: report_cols error  */
#line 705 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 3387 "lang/parser.c"
    break;

  case 205: /* report_col: field_name '=' expr opt_where  */
#line 709 "lang/parser.y"
                                    { (yyval.node) = named(NODE(AST_COLUMN, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])); (yyval.node)->b = (yyvsp[-1].node); (yyval.node)->c = (yyvsp[0].node); (yyval.node) = decl(ps, (yyval.node)); }
#line 3393 "lang/parser.c"
    break;

  case 206: /* output_decl: OUTPUT IDENT '{' out_cols '}'  */
#line 714 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_OUTPUT, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec)); }
#line 3399 "lang/parser.c"
    break;

  case 207: /* out_cols: %empty  */
#line 718 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 3405 "lang/parser.c"
    break;

  case 208: /* out_cols: out_cols out_col opt_sep  */
#line 719 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[-1].node)); }
#line 3411 "lang/parser.c"
    break;

  case 209: /* out_cols: out_cols error  */
#line 720 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 3417 "lang/parser.c"
    break;

  case 210: /* out_col: field_name '=' expr  */
#line 724 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_COLUMN, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = decl(ps, (yyval.node)); }
#line 3423 "lang/parser.c"
    break;

  case 211: /* test_decl: TEST STRING '{' test_items '}'  */
#line 729 "lang/parser.y"
                                 { (yyval.node) = with_items(named(NODE(AST_TEST, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec)); }
#line 3429 "lang/parser.c"
    break;

  case 212: /* test_items: %empty  */
#line 733 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 3435 "lang/parser.c"
    break;

  case 213: /* test_items: test_items test_item  */
#line 734 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-1].vec), (yyvsp[0].node)); }
#line 3441 "lang/parser.c"
    break;

  case 214: /* test_items: test_items error  */
#line 735 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 3447 "lang/parser.c"
    break;

  case 215: /* test_item: GIVEN IDENT '{' inits '}'  */
#line 739 "lang/parser.y"
                                 { (yyval.node) = fin(ps, with_items(named(NODE(AST_GIVEN, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec))); }
#line 3453 "lang/parser.c"
    break;

  case 216: /* test_item: WITH IDENT '{' rows '}'  */
#line 740 "lang/parser.y"
                                 { (yyval.node) = fin(ps, with_items(named(NODE(AST_WITH, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])), (yyvsp[-1].vec))); }
#line 3459 "lang/parser.c"
    break;

  case 217: /* test_item: SET IDENT '=' expr  */
#line 741 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_SET_PARAM, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3465 "lang/parser.c"
    break;

  case 218: /* test_item: ON primary  */
#line 742 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ON, (yyloc)); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3471 "lang/parser.c"
    break;

  case 219: /* test_item: EXPECT expr  */
#line 743 "lang/parser.y"
                                 { (yyval.node) = expect(ps, (yyvsp[0].node), (yyloc)); }
#line 3477 "lang/parser.c"
    break;

  case 220: /* test_item: EXPECT ERROR_KW  */
#line 744 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_EXPECT, (yyloc)); (yyval.node)->flags = AST_F_EXPECT_ERROR; }
#line 3483 "lang/parser.c"
    break;

  case 221: /* test_item: EXPECT ERROR_KW STRING  */
#line 745 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_EXPECT, (yyloc)), (yyvsp[0].tok), (yylsp[0])); (yyval.node)->flags = AST_F_EXPECT_ERROR; }
#line 3489 "lang/parser.c"
    break;

  case 222: /* inits: %empty  */
#line 749 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, NULL); }
#line 3495 "lang/parser.c"
    break;

  case 223: /* inits: inits init opt_sep  */
#line 750 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[-1].node)); }
#line 3501 "lang/parser.c"
    break;

  case 224: /* inits: inits error  */
#line 751 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[-1].vec); }
#line 3507 "lang/parser.c"
    break;

  case 225: /* init: field_name ':' expr  */
#line 755 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_INIT, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3513 "lang/parser.c"
    break;

  case 226: /* expr: postfix  */
#line 761 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3519 "lang/parser.c"
    break;

  case 227: /* expr: '-' expr  */
#line 762 "lang/parser.y"
                                 { (yyval.node) = unary(ps, AST_OP_NEG, (yyvsp[0].node), (yyloc)); }
#line 3525 "lang/parser.c"
    break;

  case 228: /* expr: NOT expr  */
#line 763 "lang/parser.y"
                                 { (yyval.node) = unary(ps, AST_OP_NOT, (yyvsp[0].node), (yyloc)); }
#line 3531 "lang/parser.c"
    break;

  case 229: /* expr: expr '+' expr  */
#line 764 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_ADD, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3537 "lang/parser.c"
    break;

  case 230: /* expr: expr '-' expr  */
#line 765 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_SUB, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3543 "lang/parser.c"
    break;

  case 231: /* expr: expr '*' expr  */
#line 766 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_MUL, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3549 "lang/parser.c"
    break;

  case 232: /* expr: expr '/' expr  */
#line 767 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_DIV, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3555 "lang/parser.c"
    break;

  case 233: /* expr: expr '=' expr  */
#line 768 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_EQ, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3561 "lang/parser.c"
    break;

  case 234: /* expr: expr NE expr  */
#line 769 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_NE, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3567 "lang/parser.c"
    break;

  case 235: /* expr: expr '<' expr  */
#line 770 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_LT, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3573 "lang/parser.c"
    break;

  case 236: /* expr: expr LE expr  */
#line 771 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_LE, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3579 "lang/parser.c"
    break;

  case 237: /* expr: expr '>' expr  */
#line 772 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_GT, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3585 "lang/parser.c"
    break;

  case 238: /* expr: expr GE expr  */
#line 773 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_GE, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3591 "lang/parser.c"
    break;

  case 239: /* expr: expr AND expr  */
#line 774 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_AND, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3597 "lang/parser.c"
    break;

  case 240: /* expr: expr OR expr  */
#line 775 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_OR, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3603 "lang/parser.c"
    break;

  case 241: /* expr: expr IN expr  */
#line 776 "lang/parser.y"
                                 { (yyval.node) = binary(ps, AST_OP_IN, (yyvsp[-2].node), (yyvsp[0].node), (yyloc)); }
#line 3609 "lang/parser.c"
    break;

  case 242: /* expr: expr IS IDENT  */
#line 777 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_IS, (yyloc)), (yyvsp[0].tok), (yylsp[0])); (yyval.node)->a = (yyvsp[-2].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3615 "lang/parser.c"
    break;

  case 243: /* expr: IF expr THEN expr ELSE expr  */
#line 779 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_IF, (yyloc)); (yyval.node)->a = (yyvsp[-4].node); (yyval.node)->b = (yyvsp[-2].node); (yyval.node)->c = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3621 "lang/parser.c"
    break;

  case 244: /* expr: ANY IDENT IN postfix WHERE expr  */
#line 781 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_QUANT, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])); (yyval.node)->op = AST_OP_ANY;
                                   (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3628 "lang/parser.c"
    break;

  case 245: /* expr: ALL IDENT IN postfix WHERE expr  */
#line 784 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_QUANT, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])); (yyval.node)->op = AST_OP_ALL;
                                   (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3635 "lang/parser.c"
    break;

  case 246: /* expr: COUNT IDENT IN postfix WHERE expr  */
#line 787 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_QUANT, (yyloc)), (yyvsp[-4].tok), (yylsp[-4])); (yyval.node)->op = AST_OP_COUNT;
                                   (yyval.node)->a = (yyvsp[-2].node); (yyval.node)->b = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3642 "lang/parser.c"
    break;

  case 247: /* expr: COUNT IDENT IN postfix  */
#line 790 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_QUANT, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->op = AST_OP_COUNT;
                                   (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3649 "lang/parser.c"
    break;

  case 248: /* postfix: primary  */
#line 795 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3655 "lang/parser.c"
    break;

  case 249: /* postfix: postfix '.' field_name  */
#line 796 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_DOT, (yyloc)), (yyvsp[0].tok), (yylsp[0])); (yyval.node)->a = (yyvsp[-2].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3661 "lang/parser.c"
    break;

  case 250: /* postfix: postfix '[' expr_list ']'  */
#line 797 "lang/parser.y"
                                 { (yyval.node) = with_items(NODE(AST_INDEX, (yyloc)), (yyvsp[-1].vec)); (yyval.node)->a = (yyvsp[-3].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3667 "lang/parser.c"
    break;

  case 251: /* postfix: postfix '[' error ']'  */
#line 798 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ERROR, (yyloc)); }
#line 3673 "lang/parser.c"
    break;

  case 252: /* postfix: postfix '(' opt_args ')'  */
#line 799 "lang/parser.y"
                                 { (yyval.node) = with_items(NODE(AST_CALL, (yyloc)), (yyvsp[-1].vec)); (yyval.node)->a = (yyvsp[-3].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3679 "lang/parser.c"
    break;

  case 253: /* postfix: postfix '(' named_args opt_comma ')'  */
#line 804 "lang/parser.y"
                                 { (yyval.node) = with_items(NODE(AST_RECORD_LIT, (yyloc)), (yyvsp[-2].vec)); (yyval.node)->a = (yyvsp[-4].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3685 "lang/parser.c"
    break;

  case 254: /* postfix: postfix '(' error ')'  */
#line 805 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ERROR, (yyloc)); }
#line 3691 "lang/parser.c"
    break;

  case 255: /* opt_args: %empty  */
#line 809 "lang/parser.y"
                                 { (yyval.vec) = NULL; }
#line 3697 "lang/parser.c"
    break;

  case 256: /* opt_args: expr_list  */
#line 810 "lang/parser.y"
                                 { (yyval.vec) = (yyvsp[0].vec); }
#line 3703 "lang/parser.c"
    break;

  case 257: /* named_args: named_arg  */
#line 814 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, NULL, (yyvsp[0].node)); }
#line 3709 "lang/parser.c"
    break;

  case 258: /* named_args: named_args ',' named_arg  */
#line 815 "lang/parser.y"
                                 { (yyval.vec) = ast_vec_push(ps->arena, (yyvsp[-2].vec), (yyvsp[0].node)); }
#line 3715 "lang/parser.c"
    break;

  case 259: /* named_arg: field_name ':' expr  */
#line 819 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_INIT, (yyloc)), (yyvsp[-2].tok), (yylsp[-2])); (yyval.node)->a = (yyvsp[0].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3721 "lang/parser.c"
    break;

  case 260: /* primary: IDENT  */
#line 823 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_NAME, (yyloc)), (yyvsp[0].tok), (yylsp[0])); }
#line 3727 "lang/parser.c"
    break;

  case 261: /* primary: INT  */
#line 824 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_INT, (yyvsp[0].tok), (yylsp[0])); }
#line 3733 "lang/parser.c"
    break;

  case 262: /* primary: DECIMAL  */
#line 825 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_DECIMAL, (yyvsp[0].tok), (yylsp[0])); }
#line 3739 "lang/parser.c"
    break;

  case 263: /* primary: MONEY  */
#line 826 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_MONEY, (yyvsp[0].tok), (yylsp[0])); }
#line 3745 "lang/parser.c"
    break;

  case 264: /* primary: PERCENT  */
#line 827 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_PERCENT, (yyvsp[0].tok), (yylsp[0])); }
#line 3751 "lang/parser.c"
    break;

  case 265: /* primary: DATE  */
#line 828 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_DATE, (yyvsp[0].tok), (yylsp[0])); }
#line 3757 "lang/parser.c"
    break;

  case 266: /* primary: DURATION  */
#line 829 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_DURATION, (yyvsp[0].tok), (yylsp[0])); }
#line 3763 "lang/parser.c"
    break;

  case 267: /* primary: STRING  */
#line 830 "lang/parser.y"
                                 { (yyval.node) = literal(ps, AST_STRING, (yyvsp[0].tok), (yylsp[0])); }
#line 3769 "lang/parser.c"
    break;

  case 268: /* primary: TRUE  */
#line 831 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_BOOL, (yyloc)); (yyval.node)->op = 1; }
#line 3775 "lang/parser.c"
    break;

  case 269: /* primary: FALSE  */
#line 832 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_BOOL, (yyloc)); (yyval.node)->op = 0; }
#line 3781 "lang/parser.c"
    break;

  case 270: /* primary: UNKNOWN  */
#line 833 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_UNKNOWN, (yyloc)); }
#line 3787 "lang/parser.c"
    break;

  case 271: /* primary: '(' expr ')'  */
#line 834 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[-1].node); (yyval.node)->flags |= AST_F_PAREN; (yyval.node)->span = (yyloc); }
#line 3793 "lang/parser.c"
    break;

  case 272: /* primary: '(' error ')'  */
#line 835 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ERROR, (yyloc)); }
#line 3799 "lang/parser.c"
    break;

  case 273: /* primary: '{' '}'  */
#line 836 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_SET_LIT, (yyloc)); }
#line 3805 "lang/parser.c"
    break;

  case 274: /* primary: '{' expr_list opt_comma '}'  */
#line 837 "lang/parser.y"
                                  { (yyval.node) = fin(ps, with_items(NODE(AST_SET_LIT, (yyloc)), (yyvsp[-2].vec))); }
#line 3811 "lang/parser.c"
    break;

  case 275: /* primary: '{' error '}'  */
#line 838 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_ERROR, (yyloc)); }
#line 3817 "lang/parser.c"
    break;

  case 276: /* primary: VARIANT '(' expr ')'  */
#line 839 "lang/parser.y"
                                 { (yyval.node) = NODE(AST_VARIANT_OF, (yyloc)); (yyval.node)->a = (yyvsp[-1].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3823 "lang/parser.c"
    break;

  case 277: /* primary: PREVIOUS '(' IDENT ')'  */
#line 840 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_PREVIOUS, (yyloc)), (yyvsp[-1].tok), (yylsp[-1])); }
#line 3829 "lang/parser.c"
    break;

  case 278: /* primary: aggregate  */
#line 841 "lang/parser.y"
                                 { (yyval.node) = (yyvsp[0].node); }
#line 3835 "lang/parser.c"
    break;

  case 279: /* aggregate: agg_op '(' opt_args ')'  */
#line 845 "lang/parser.y"
                                 { (yyval.node) = with_items(NODE(AST_AGGREGATE, (yyloc)), (yyvsp[-1].vec)); (yyval.node)->op = (uint8_t)(yyvsp[-3].num); (yyval.node) = fin(ps, (yyval.node)); }
#line 3841 "lang/parser.c"
    break;

  case 280: /* aggregate: agg_op '(' expr FOR IDENT IN expr ')'  */
#line 847 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_AGGREGATE, (yyloc)), (yyvsp[-3].tok), (yylsp[-3])); (yyval.node)->op = (uint8_t)(yyvsp[-7].num);
                                   (yyval.node)->flags = AST_F_FOR;
                                   ast_set_items((yyval.node), ast_vec_push(ps->arena, NULL, (yyvsp[-5].node)));
                                   (yyval.node)->b = (yyvsp[-1].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3850 "lang/parser.c"
    break;

  case 281: /* aggregate: agg_op '(' expr FOR IDENT IN expr WHERE expr ')'  */
#line 852 "lang/parser.y"
                                 { (yyval.node) = named(NODE(AST_AGGREGATE, (yyloc)), (yyvsp[-5].tok), (yylsp[-5])); (yyval.node)->op = (uint8_t)(yyvsp[-9].num);
                                   (yyval.node)->flags = AST_F_FOR;
                                   ast_set_items((yyval.node), ast_vec_push(ps->arena, NULL, (yyvsp[-7].node)));
                                   (yyval.node)->b = (yyvsp[-3].node); (yyval.node)->c = (yyvsp[-1].node); (yyval.node) = fin(ps, (yyval.node)); }
#line 3859 "lang/parser.c"
    break;

  case 282: /* agg_op: SUM  */
#line 859 "lang/parser.y"
                                 { (yyval.num) = AST_OP_SUM; }
#line 3865 "lang/parser.c"
    break;

  case 283: /* agg_op: MIN  */
#line 860 "lang/parser.y"
                                 { (yyval.num) = AST_OP_MIN; }
#line 3871 "lang/parser.c"
    break;

  case 284: /* agg_op: MAX  */
#line 861 "lang/parser.y"
                                 { (yyval.num) = AST_OP_MAX; }
#line 3877 "lang/parser.c"
    break;

  case 285: /* agg_op: AVG  */
#line 862 "lang/parser.y"
                                 { (yyval.num) = AST_OP_AVG; }
#line 3883 "lang/parser.c"
    break;

  case 286: /* agg_op: MEDIAN  */
#line 863 "lang/parser.y"
                                 { (yyval.num) = AST_OP_MEDIAN; }
#line 3889 "lang/parser.c"
    break;

  case 287: /* agg_op: COUNT  */
#line 864 "lang/parser.y"
                                 { (yyval.num) = AST_OP_COUNT; }
#line 3895 "lang/parser.c"
    break;

  case 288: /* agg_op: SHARE  */
#line 865 "lang/parser.y"
                                 { (yyval.num) = AST_OP_SHARE; }
#line 3901 "lang/parser.c"
    break;


#line 3905 "lang/parser.c"

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

#line 868 "lang/parser.y"


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
