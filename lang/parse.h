/* SPDX-License-Identifier: MIT
 * parse.h - the one entry to the scanner and parser: parse_file() turns a
 * loaded source file into an AST_FILE tree.  Internal to lang/.
 *
 * The second half of this header is private to parse.c, lexer.l and
 * parser.y (PostgreSQL keeps gramparse.h the same way): the ParseState they
 * share.  Nobody else includes lexer.h or parser.h.
 *
 * Keywords depend on the file's language: a first line 'taal nl' switches
 * to the Dutch table, 'taal en' (or no such line) keeps English; only the
 * file's own language's words are reserved.  The tables are in lexer.l.
 */
#ifndef GRIP_LANG_PARSE_H
#define GRIP_LANG_PARSE_H

#include <stdint.h>

#include "../runtime/arena.h"
#include "ast.h"
#include "diag.h"
#include "span.h"

/* Deepest bracket nesting ('(', '[', '{') the scanner accepts.  Deeper
 * input is refused before the parser's stack grows with it; the same bound
 * as the tree depth, which it could not exceed anyway. */
#define GRIP_MAX_NESTING GRIP_MAX_DEPTH
/* Entries in bison's parser stack (YYMAXDEPTH).  Chains of prefix
 * operators ('not not not ...') grow the stack without brackets; this bound
 * turns a pathological file into one error instead of unbounded memory. */
#define GRIP_MAX_PARSE_STACK 10000
/* Longest name in bytes.  Names appear in messages, CSV headers and output
 * columns; a longer one is almost surely a missing space or quote. */
#define GRIP_MAX_NAME_LEN 128

typedef enum ParseLang {
    PARSE_LANG_EN, /* English keywords (the default) */
    PARSE_LANG_NL  /* Dutch keywords: 'taal nl' */
} ParseLang;

/* Parses file 'file' of 'sources' into a tree in 'arena' and reports every
 * lexical and syntax error to 'diag'.  Always returns an AST_FILE node
 * (with fewer declarations after errors); 'name' is left NULL for the
 * module loader.  The file's comment spans are stored in its SourceFile. */
AstNode *parse_file(Arena *arena, Sources *sources, uint32_t file, Diag *diag);

/* Returns the language declared by 'taal' on the first line of the 'len'
 * bytes at 'text' (after an optional UTF-8 BOM) and stores in *body the
 * offset where scanning starts (after 'taal xx', or after the BOM).  An
 * unknown language is reported to 'diag' at its span in 'file' and English
 * is used. */
ParseLang parse_language(const char *text, uint32_t len, uint32_t file, Diag *diag, uint32_t *body);

/* ---- private to parse.c, lexer.l and parser.y ---------------------------- */

/* The semantic value of a token: names and literal texts. */
typedef struct ParseTok {
    const char *text; /* identifier, or canonical literal text (arena); NULL for keywords */
    int op;           /* AST_OP_* unit of a duration; 0 otherwise */
} ParseTok;

typedef struct ParseDoc {
    Span span;           /* the whole """...""" */
    const char *text;    /* dedented contents (arena) */
    uint32_t next_start; /* start of the token right after it */
    int used;            /* attached to a declaration or rule */
} ParseDoc;

typedef struct ParseBracket {
    char ch;   /* '(', '[' or '{' */
    Span span; /* where it was opened */
} ParseBracket;

typedef struct ParseState {
    Arena *arena;          /* compile arena: nodes, names, docs */
    Diag *diag;            /* where errors go */
    Sources *sources;      /* the loaded files */
    uint32_t file;         /* id of the file being parsed */
    const char *src;       /* its bytes (pristine: flex scans a copy) */
    uint32_t len;          /* bytes in 'src' */
    uint32_t offset;       /* scanner position: end of the last match */
    ParseLang lang;        /* keyword language of this file */
    int stopped;           /* a limit or the error cap ended the parse */
    int depth_reported;    /* the GRIP_MAX_DEPTH error was given */
    ParseBracket brackets[GRIP_MAX_NESTING]; /* open brackets, innermost last */
    int n_brackets;        /* entries in 'brackets' */
    ParseDoc *docs;        /* docs in order, each with its next token (xmalloc) */
    size_t n_docs, cap_docs;
    Span doc_open;         /* the '"""' opening the doc string being read */
    int has_pending_doc;   /* a doc string waits for its next token */
    ParseDoc pending_doc;  /* that doc string */
    Span *comments;        /* comment spans in order (xmalloc) */
    size_t n_comments, cap_comments;
    Span last_token;       /* the last token returned (end of file is put after it) */
    AstVec *decls;         /* the file's declarations, built by the parser */
    void *scanner;         /* the flex scanner */
} ParseState;

/* Returns the keyword token of 'word' ('len' bytes; a phrase such as
 * "dated by" has its words separated by one space) in 'lang', or 0. */
int parse_keyword(ParseLang lang, const char *word, size_t len);
/* Returns the word or phrase that spells keyword 'token' in 'lang' (the
 * first when there are synonyms), or NULL when 'token' is no keyword. */
const char *parse_token_word(ParseLang lang, int token);

#endif
