/* SPDX-License-Identifier: MIT
 * doc.h - a loaded policy as a readable document ('grip doc'): an HTML
 * page for the municipal council, or Markdown for a terminal or a diff.
 *
 * The document follows the *effective* policy: the main module with the
 * modules it extends merged the way the checker merges them (overrides in
 * place, added rules after the inherited ones, an 'exception to R' right
 * before R), each declaration and rule marked as inherited, overridden,
 * added or an exception when the policy extends another.  Modules the
 * policy only 'use's are named, not documented.  Layout, sections and the
 * phrasing rules are described in docs/cli.md ('grip doc').
 */
#ifndef GRIP_LANG_DOC_H
#define GRIP_LANG_DOC_H

#include <stdbool.h>
#include <stdio.h>

#include "lang.h"

typedef enum DocFormat {
    DOC_MARKDOWN, /* Markdown text (the default on stdout) */
    DOC_HTML      /* one self-contained HTML5 page */
} DocFormat;

typedef enum DocLang {
    DOC_LANG_DEFAULT, /* page in Dutch; rules phrased in the language of their file */
    DOC_LANG_NL,      /* everything in Dutch */
    DOC_LANG_EN       /* everything in English */
} DocLang;

typedef struct DocOptions {
    DocFormat format; /* HTML or Markdown */
    DocLang lang;     /* language of the page and of the phrasing */
} DocOptions;

/* Writes the document of 'p' (loaded by lang_load and checked without
 * errors) to 'out' in the format and language of 'opt'.  Returns false
 * only when the writer detected malformed HTML (a bug, never the
 * policy's fault); write errors are the caller's (ferror / outfile). */
bool doc_write(const Program *p, const DocOptions *opt, FILE *out);

#endif
