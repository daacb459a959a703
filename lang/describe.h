/* SPDX-License-Identifier: MIT
 * describe.h - expressions and conditions in words, for people who do not
 * read grip ('grip doc', later 'grip explain').  Internal to lang/.
 *
 *     when leeftijd >= 18 unless leeftijd < 23 and verlengd
 *     Dutch:   als leeftijd 18 of meer is, tenzij leeftijd kleiner dan 23 is en verlengd
 *     English: if leeftijd is at least 18, unless leeftijd is less than 23 and verlengd
 *
 * A condition is phrased as a clause that follows "als"/"tenzij" (Dutch
 * subordinate order: the verb last) or "if"/"unless"; a value as a noun
 * phrase.  Names stay as written; literals are written the Dutch way in
 * both languages (€ 1.234,56, 2,5%, 31-01-2021, “tekst”), arithmetic keeps
 * its symbols (× / + −) with the parentheses the policy wrote.  The
 * phrasing rules are listed in docs/cli.md ('grip doc').
 *
 * The words go to a callback in pieces tagged by what they are (DescPart),
 * so an HTML page can mark names while a plain-text rendering just
 * concatenates; describe_string does the latter into an arena.  Works on
 * parsed trees: it needs no type information (an 'a or b' in a value
 * reads as "a, or b when that is missing" when 'a' is a lookup or a field
 * access, as the checker would decide for a fallible access).
 */
#ifndef GRIP_LANG_DESCRIBE_H
#define GRIP_LANG_DESCRIBE_H

#include <stddef.h>

#include "../runtime/arena.h"
#include "ast.h"
#include "lang.h"

typedef enum DescLang {
    DESC_NL, /* Dutch phrasing */
    DESC_EN  /* English phrasing */
} DescLang;

/* What a piece of the description is. */
typedef enum DescPart {
    DESC_WORDS, /* words and punctuation added by grip */
    DESC_NAME,  /* a name as written in the policy (field, def, rule, member) */
    DESC_VALUE  /* a literal written the Dutch way: € 1.234,56, 3%, 31-01-2021 */
} DescPart;

/* Receives each piece: the 'len' bytes at 'text' (not NUL-terminated,
 * valid only during the call). */
typedef void (*DescEmit)(void *ctx, DescPart part, const char *text, size_t len);

typedef struct Describer {
    DescLang lang;       /* the language of the words */
    DescEmit emit;       /* where the pieces go */
    void *ctx;           /* passed to 'emit' */
    const Program *prog; /* to find a constructor's payload names; may be NULL */
} Describer;

/* Describes 'cond' as a condition clause, to follow "als" / "if" (a
 * when-clause), "tenzij" / "unless", "dat" / "that". */
void describe_condition(const Describer *d, const AstNode *cond);
/* Describes 'expr' as a value (noun phrase). */
void describe_value(const Describer *d, const AstNode *expr);
/* Describes a decision's result: a variant constructor with its payload
 * named from the variant declaration ("afgewezen (reden: “leeftijd”)"),
 * any other expression as describe_value. */
void describe_outcome(const Describer *d, const AstNode *expr);
/* Describes the type node 'type' in words ("bedrag", "verzameling van
 * Product"); declared type names stay as written. */
void describe_type(const Describer *d, const AstNode *type);
/* Emits the literal 'node' (AST_INT ... AST_UNKNOWN, AST_DURATION) the
 * Dutch way; any other node as describe_value. */
void describe_literal(const Describer *d, const AstNode *node);

/* What describe_string renders. */
typedef enum DescWhat {
    DESC_AS_CONDITION, /* describe_condition */
    DESC_AS_VALUE,     /* describe_value */
    DESC_AS_OUTCOME,   /* describe_outcome */
    DESC_AS_TYPE       /* describe_type */
} DescWhat;

/* Returns the description of 'node' as one string in 'arena' (the pieces
 * concatenated), in 'lang'; 'prog' as in Describer (may be NULL). */
const char *describe_string(Arena *arena, DescLang lang, const Program *prog, const AstNode *node,
                            DescWhat what);

/* Returns the source text of 'node' (its span in its file) in 'arena':
 * continuation lines lose the indentation of the first line, so a rule
 * written indented under its decision reads from the left margin;
 * trailing blanks and blank last lines are dropped.  "" when the span is
 * unknown. */
const char *describe_source(Arena *arena, const Program *prog, const AstNode *node);

#endif
