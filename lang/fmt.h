/* SPDX-License-Identifier: MIT
 * fmt.h - 'grip fmt': print a file's tree and comments in the one
 * canonical layout (docs/language.md, "Layout").
 *
 * The formatter works on one file at a time and never follows 'use' or
 * 'extends'.  It prints from the tree, not by editing the text: keywords
 * come from the file's language ('taal nl' files stay Dutch), literals are
 * copied as written (only the spacing in '€ 1200' and 'EUR' are made
 * canonical), parentheses are kept where the author wrote them, doc strings
 * and comments are kept.  Before it hands out a result it parses that
 * result again and checks that the tree (as ast_dump prints it) and the
 * comments (count and text) are what they were: a formatting that would
 * change a program is refused, never written.
 *
 * Exports format_text, format_file and format_keyword_word.
 */
#ifndef GRIP_LANG_FMT_H
#define GRIP_LANG_FMT_H

#include <stddef.h>

#include "diag.h"
#include "lang.h"

/* Lines are broken to stay within this many columns (UTF-8 characters):
 * a value after '=', an if chain (one branch per line), a call or set
 * literal (after its bracket), a binary 'and', 'or', '+' or '-', a rule
 * header (docs/language.md, "Layout", "Width").  A string, name or
 * comment is never broken, so a line can stay longer. */
#define FORMAT_WIDTH 100

typedef enum FormatStatus {
    FORMAT_OK,    /* formatted: the text is in *out */
    FORMAT_ERROR, /* the file cannot be read or has errors (reported to the Diag) */
    FORMAT_UNSAFE /* internal: the result would not parse to the same tree (reported) */
} FormatStatus;

/* Formats the 'len' bytes at 'text', named 'path' in messages, which are
 * added to 'p''s sources.  Reports every lexical or syntax error to 'diag'
 * and returns FORMAT_ERROR; returns FORMAT_UNSAFE (after reporting an
 * internal error to 'diag') when the result does not parse back to the
 * same tree and comments; otherwise stores the canonical text in *out
 * (xmalloc'ed, NUL-terminated, *out_len bytes; the caller frees it) and
 * returns FORMAT_OK; *changed (unless NULL) is then 1 when the canonical
 * text differs from the input.  'p' owns the parsed trees: free it with lang_free
 * after the diagnostics are rendered. */
FormatStatus format_text(Program *p, const char *path, const char *text, size_t len, Diag *diag, char **out,
                         size_t *out_len, int *changed);

/* Like format_text for the file at 'path' ("-": standard input, named
 * "<stdin>"), which is read whole (at most GRIP_MAX_SOURCE_BYTES); a file
 * that cannot be read is reported to 'diag' (FORMAT_ERROR). */
FormatStatus format_file(Program *p, const char *path, Diag *diag, char **out, size_t *out_len, int *changed);

/* Returns how keyword 'english' (a keyword of the English table, or one of
 * the phrases the formatter prints: "set of", "list of") is written in a
 * file in language 'lang' (a ParseLang), or NULL when it is no keyword.
 * For unit tests of the keyword mapping. */
const char *format_keyword_word(int lang, const char *english);

#endif
