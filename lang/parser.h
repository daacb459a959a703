/* A Bison parser, made by GNU Bison 3.8.2.  */

/* Bison interface for Yacc-like parsers in C

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

/* DO NOT RELY ON FEATURES THAT ARE NOT DOCUMENTED in the manual,
   especially those whose name start with YY_ or yy_.  They are
   private implementation details that can be changed or removed.  */

#ifndef YY_GRIP_YY_LANG_PARSER_H_INCLUDED
# define YY_GRIP_YY_LANG_PARSER_H_INCLUDED
/* Debug traces.  */
#ifndef GRIP_YYDEBUG
# if defined YYDEBUG
#if YYDEBUG
#   define GRIP_YYDEBUG 1
#  else
#   define GRIP_YYDEBUG 0
#  endif
# else /* ! defined YYDEBUG */
#  define GRIP_YYDEBUG 0
# endif /* ! defined YYDEBUG */
#endif  /* ! defined GRIP_YYDEBUG */
#if GRIP_YYDEBUG
extern int grip_yydebug;
#endif
/* "%code requires" blocks.  */
#line 35 "lang/parser.y"

#include "ast.h"
#include "parse.h"
#include "span.h"

#line 63 "lang/parser.h"

/* Token kinds.  */
#ifndef GRIP_YYTOKENTYPE
# define GRIP_YYTOKENTYPE
  enum grip_yytokentype
  {
    GRIP_YYEMPTY = -2,
    GRIP_YYEOF = 0,                /* "end of file"  */
    GRIP_YYerror = 256,            /* error  */
    GRIP_YYUNDEF = 257,            /* "invalid token"  */
    IDENT = 258,                   /* IDENT  */
    STRING = 259,                  /* STRING  */
    INT = 260,                     /* INT  */
    DECIMAL = 261,                 /* DECIMAL  */
    MONEY = 262,                   /* MONEY  */
    PERCENT = 263,                 /* PERCENT  */
    DATE = 264,                    /* DATE  */
    DURATION = 265,                /* DURATION  */
    ROW_END = 266,                 /* ROW_END  */
    NE = 267,                      /* NE  */
    LE = 268,                      /* LE  */
    GE = 269,                      /* GE  */
    DOTDOT = 270,                  /* DOTDOT  */
    ALL = 271,                     /* ALL  */
    ALLOCATION = 272,              /* ALLOCATION  */
    AND = 273,                     /* AND  */
    ANY = 274,                     /* ANY  */
    AS = 275,                      /* AS  */
    ASC = 276,                     /* ASC  */
    AVG = 277,                     /* AVG  */
    BUDGET = 278,                  /* BUDGET  */
    BY = 279,                      /* BY  */
    CAP = 280,                     /* CAP  */
    CHARGE = 281,                  /* CHARGE  */
    COUNT = 282,                   /* COUNT  */
    DATED_BY = 283,                /* DATED_BY  */
    DECISION = 284,                /* DECISION  */
    DEF = 285,                     /* DEF  */
    DESC = 286,                    /* DESC  */
    ELSE = 287,                    /* ELSE  */
    ENUM = 288,                    /* ENUM  */
    EQUAL = 289,                   /* EQUAL  */
    ERROR_KW = 290,                /* ERROR_KW  */
    EXCEPTION_TO = 291,            /* EXCEPTION_TO  */
    EXPECT = 292,                  /* EXPECT  */
    EXTENDS = 293,                 /* EXTENDS  */
    FALSE = 294,                   /* FALSE  */
    FOR = 295,                     /* FOR  */
    FROM = 296,                    /* FROM  */
    GIVEN = 297,                   /* GIVEN  */
    GROUP_BY = 298,                /* GROUP_BY  */
    IF = 299,                      /* IF  */
    IN = 300,                      /* IN  */
    INPUT = 301,                   /* INPUT  */
    IS = 302,                      /* IS  */
    KEY = 303,                     /* KEY  */
    LIMIT = 304,                   /* LIMIT  */
    LIST = 305,                    /* LIST  */
    MAX = 306,                     /* MAX  */
    MEDIAN = 307,                  /* MEDIAN  */
    MIN = 308,                     /* MIN  */
    MODULE = 309,                  /* MODULE  */
    NOT = 310,                     /* NOT  */
    OF = 311,                      /* OF  */
    ON = 312,                      /* ON  */
    OR = 313,                      /* OR  */
    ORDER_BY = 314,                /* ORDER_BY  */
    OTHERWISE = 315,               /* OTHERWISE  */
    OUTPUT = 316,                  /* OUTPUT  */
    OVER = 317,                    /* OVER  */
    OVERRIDE = 318,                /* OVERRIDE  */
    OVERRIDE_RULE = 319,           /* OVERRIDE_RULE  */
    PARAMETER = 320,               /* PARAMETER  */
    PER = 321,                     /* PER  */
    PREVIOUS = 322,                /* PREVIOUS  */
    RECORD = 323,                  /* RECORD  */
    REPORT = 324,                  /* REPORT  */
    RULE = 325,                    /* RULE  */
    SERIES = 326,                  /* SERIES  */
    SET = 327,                     /* SET  */
    SHARE = 328,                   /* SHARE  */
    SUM = 329,                     /* SUM  */
    TABLE = 330,                   /* TABLE  */
    TEST = 331,                    /* TEST  */
    THEN = 332,                    /* THEN  */
    TOTAL = 333,                   /* TOTAL  */
    TOTALS = 334,                  /* TOTALS  */
    TRUE = 335,                    /* TRUE  */
    UNIQUE = 336,                  /* UNIQUE  */
    UNKNOWN = 337,                 /* UNKNOWN  */
    UNLESS = 338,                  /* UNLESS  */
    UNTIL = 339,                   /* UNTIL  */
    USE = 340,                     /* USE  */
    VALID = 341,                   /* VALID  */
    VARIANT = 342,                 /* VARIANT  */
    WEIGHT = 343,                  /* WEIGHT  */
    WHEN = 344,                    /* WHEN  */
    WHERE = 345,                   /* WHERE  */
    WITH = 346,                    /* WITH  */
    QUANT_BARE = 347,              /* QUANT_BARE  */
    RULES_END = 348,               /* RULES_END  */
    UMINUS = 349                   /* UMINUS  */
  };
  typedef enum grip_yytokentype grip_yytoken_kind_t;
#endif

/* Value type.  */
#if ! defined GRIP_YYSTYPE && ! defined GRIP_YYSTYPE_IS_DECLARED
union GRIP_YYSTYPE
{
#line 41 "lang/parser.y"

    ParseTok tok;  /* names and literals */
    AstNode *node; /* everything built */
    AstVec *vec;   /* lists while they grow */
    int num;       /* flags and operators */

#line 181 "lang/parser.h"

};
typedef union GRIP_YYSTYPE GRIP_YYSTYPE;
# define GRIP_YYSTYPE_IS_TRIVIAL 1
# define GRIP_YYSTYPE_IS_DECLARED 1
#endif

/* Location type.  */
typedef Span GRIP_YYLTYPE;




int grip_yyparse (void *scanner, ParseState *ps);


#endif /* !YY_GRIP_YY_LANG_PARSER_H_INCLUDED  */
