/* SPDX-License-Identifier: MIT
 * html.h - a small HTML5 writer: escaping, elements, one whole document.
 *
 * For the pages grip writes ('grip doc --html', later 'grip compare
 * --html'): self-contained documents with inline CSS, no scripts and no
 * external resources.  An Html writes to a FILE and keeps the stack of open
 * elements, so a close that does not match the innermost open element, or
 * a document ended with elements still open, is caught (html_end returns
 * false) instead of producing markup a browser silently repairs.  Text and
 * attribute values are always escaped; only html_raw writes markup
 * verbatim (for trusted constants such as the style sheet).
 *
 * Layout of the output, for readable diffs of golden files: a newline
 * after the opening tag of container elements (html, body, section, table,
 * tr's parents, ul, ...) and after the closing tag of every block element;
 * inline elements (a, span, var, code, td, ...) stay on their line.
 *
 *     Html h;
 *     html_init(&h, fp);
 *     html_begin(&h, "nl", "Titel", css);
 *     html_open(&h, "p", "class", "intro", NULL);
 *     html_text(&h, "a < b & c");
 *     html_close(&h, "p");
 *     if (!html_end(&h)) ... a bug in the caller ...
 */
#ifndef GRIP_RUNTIME_HTML_H
#define GRIP_RUNTIME_HTML_H

#include <stdbool.h>
#include <stddef.h>
#include <stdio.h>

/* Deepest element nesting an Html tracks.  Generated pages nest a dozen
 * levels at most (html, body, section, article, table, tbody, tr, td,
 * var); deeper is a bug in the caller, reported by html_end. */
#define HTML_MAX_DEPTH 64

#if defined(__GNUC__)
#define HTML_SENTINEL __attribute__((sentinel))
#else
#define HTML_SENTINEL
#endif

typedef struct Html {
    FILE *out;                        /* where the markup goes (borrowed) */
    const char *open[HTML_MAX_DEPTH]; /* names of the open elements, outermost first */
    int depth;                        /* entries in 'open' */
    bool bad;                         /* a mismatched close or too deep: html_end fails */
} Html;

/* Starts a writer on 'out' (borrowed; the caller opens and closes it). */
void html_init(Html *h, FILE *out);

/* Writes the doctype, <html lang='lang'>, a <head> with UTF-8 charset,
 * viewport, <title>'title'</title> (escaped) and, when 'css' is not NULL,
 * <style>'css'</style> (verbatim: trusted, must not contain "</style"),
 * then opens <body>.  html_end closes body and html. */
void html_begin(Html *h, const char *lang, const char *title, const char *css);

/* Opens element 'tag' with attributes given as name, value pairs ending in
 * NULL: html_open(h, "a", "href", "#x", "class", "toc", NULL).  Names are
 * trusted constants; values are escaped.  A pair whose value is NULL is
 * left out, so optional attributes need no branches.  Void elements (br,
 * hr, img, meta, link, wbr) are written by html_void instead. */
void html_open(Html *h, const char *tag, ...) HTML_SENTINEL;

/* Closes 'tag', which must be the innermost open element (otherwise the
 * writer is marked bad and nothing is written). */
void html_close(Html *h, const char *tag);

/* Writes a void element ('br', 'meta', ...) with attributes as html_open. */
void html_void(Html *h, const char *tag, ...) HTML_SENTINEL;

/* Writes <tag attrs>'text'</tag> with 'text' escaped (NULL: empty). */
void html_elem(Html *h, const char *tag, const char *text, ...) HTML_SENTINEL;

/* Writes the NUL-terminated 's' as text, escaped (see html_escape). */
void html_text(Html *h, const char *s);

/* Writes the 'len' bytes at 's' as text, escaped. */
void html_textn(Html *h, const char *s, size_t len);

/* Writes formatted text (printf), escaped after formatting. */
void html_textf(Html *h, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Writes 's' verbatim: only for trusted markup built from constants. */
void html_raw(Html *h, const char *s);

/* Closes every open element (body and html included) and returns true
 * when the document was well formed: every close matched and the nesting
 * stayed within HTML_MAX_DEPTH.  Write errors are left to the caller
 * (ferror, or outfile_commit). */
bool html_end(Html *h);

/* Writes the 'len' bytes at 's' to 'out' escaped for text (in_attr false:
 * & < > become entities) or for a double-quoted attribute value (in_attr
 * true: also "); C0 control characters other than tab, newline and
 * carriage return, and DEL, are not allowed in HTML and become U+FFFD.
 * The bytes are otherwise copied: the caller passes valid UTF-8. */
void html_escape(FILE *out, const char *s, size_t len, bool in_attr);

#endif
