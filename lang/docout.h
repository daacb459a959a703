/* SPDX-License-Identifier: MIT
 * docout.h - the two output formats of 'grip doc' behind one set of
 * calls: an HTML page (through runtime/html.h) or Markdown.  Internal to
 * lang/doc.c and lang/docout.c.
 *
 * The document is written as blocks (sections, articles, headings,
 * paragraphs, label/content lists, lists, tables, code) holding text and
 * names; each call does what its format needs: HTML elements with the
 * classes the style sheet knows, or Markdown with one blank line between
 * blocks, names in backticks and '|' escaped in table cells.  Only what
 * has no Markdown counterpart (classes, links, the header and navigation
 * containers) is HTML-only and does nothing in Markdown.
 */
#ifndef GRIP_LANG_DOCOUT_H
#define GRIP_LANG_DOCOUT_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "../runtime/arena.h"
#include "../runtime/html.h"
#include "describe.h"
#include "doc.h"

typedef struct DocOut {
    DocFormat format; /* HTML or Markdown */
    DescLang page;    /* language of the page ('lang' attributes) */
    FILE *out;        /* where it goes (borrowed) */
    Html html;        /* the HTML writer */
    Arena *arena;     /* for small strings (borrowed) */
    int md_cell;      /* Markdown: inside a table cell (no newlines, '|' escaped): the columns it spans */
    int md_depth;     /* Markdown: list nesting */
    int md_nls;       /* Markdown: newlines at the end of the output so far */
    int md_space;     /* Markdown: a space is due before the next text on this line */
} DocOut;

/* Starts writing 'format' to 'out'; 'page' is the page's language, 'arena'
 * holds small strings for as long as the DocOut is used. */
void docout_init(DocOut *o, DocFormat format, DescLang page, FILE *out, Arena *arena);
/* True when writing HTML. */
bool docout_is_html(const DocOut *o);
/* HTML: the document head with 'title' and the style sheet 'css' (trusted),
 * and <body>.  Markdown: nothing. */
void docout_begin(DocOut *o, const char *title, const char *css);
/* Ends the document; false when the HTML came out malformed (a bug). */
bool docout_end(DocOut *o);
/* HTML: opens / closes a container element 'tag' (header, nav, main) with
 * class 'cls' and aria-label 'label' (either may be NULL).  Markdown: nothing. */
void docout_container_open(DocOut *o, const char *tag, const char *cls, const char *label);
void docout_container_close(DocOut *o, const char *tag);

/* Text, escaped for the format ('len' bytes / NUL-terminated). */
void docout_textn(DocOut *o, const char *s, size_t len);
void docout_text(DocOut *o, const char *s);
/* A name as written in the policy: <var>, or `backticks`. */
void docout_namen(DocOut *o, const char *s, size_t len);
void docout_name(DocOut *o, const char *s);
/* A short code: <code>, or `backticks`. */
void docout_code_inline(DocOut *o, const char *s);
/* The DescEmit for a Describer whose ctx is a DocOut: names marked. */
void docout_sink(void *ctx, DescPart part, const char *text, size_t len);

/* A section with anchor 'id' and heading 'title' (h2 / '##'). */
void docout_section_open(DocOut *o, const char *id, const char *title);
void docout_section_close(DocOut *o);
/* An article (one declaration, rule, example) with classes 'cls' and
 * anchor 'id'; 'lang' other than the page's is marked (HTML lang). */
void docout_article_open(DocOut *o, const char *cls, const char *id, DescLang lang);
void docout_article_close(DocOut *o);
/* A heading of 'level' 1..6; its contents are written between the calls. */
void docout_h_open(DocOut *o, int level);
void docout_h_close(DocOut *o, int level);
/* A marker after a heading ("geërfd van zhz.regio"): a span with classes
 * 'cls', or *(text)*. */
void docout_badge(DocOut *o, const char *cls, const char *text);
/* Secondary words in a heading (a type): a span with class 'cls'. */
void docout_small(DocOut *o, const char *cls, const char *text);
/* A paragraph with class 'cls' (may be NULL); docout_p writes one of
 * plain text. */
void docout_p_open(DocOut *o, const char *cls);
void docout_p_close(DocOut *o);
void docout_p(DocOut *o, const char *cls, const char *text);
/* A list of label: content pairs (HTML dl with class 'cls'; Markdown
 * bullets "**label:** content").  docout_dt writes a label and opens its
 * content, docout_dt_name the same with a name for the label;
 * docout_dd_close ends the content. */
void docout_dl_open(DocOut *o, const char *cls);
void docout_dl_close(DocOut *o);
void docout_dt(DocOut *o, const char *label);
void docout_dt_name(DocOut *o, const char *name);
void docout_dd_close(DocOut *o);
/* A list: 'tag' "ul" or "ol" (Markdown bullets either way), items between
 * docout_li_open and docout_li_close; lists may nest. */
void docout_ul_open(DocOut *o, const char *tag, const char *cls);
void docout_ul_close(DocOut *o, const char *tag);
void docout_li_open(DocOut *o);
void docout_li_close(DocOut *o);
/* A link to anchor 'id' around what is written before docout_link_close
 * (HTML only; Markdown writes just the contents). */
void docout_link_open(DocOut *o, const char *id);
void docout_link_close(DocOut *o);
/* A table with classes 'cls' and the 'n' column headings 'heads'; rows
 * with class 'cls' between docout_tr_open and docout_tr_close, cells
 * between docout_td_open (spanning 'span' columns) and docout_td_close. */
void docout_table_open(DocOut *o, const char *cls, const char *const *heads, uint32_t n);
void docout_table_close(DocOut *o);
void docout_tr_open(DocOut *o, const char *cls);
void docout_tr_close(DocOut *o);
void docout_td_open(DocOut *o, int span);
void docout_td_close(DocOut *o);
void docout_td(DocOut *o, const char *text);
/* A block of grip source, as written (nothing for ""). */
void docout_code(DocOut *o, const char *src);
/* A doc string: paragraphs at blank lines, the lines of one joined; lines
 * starting "- " or "* " are list items (indented lines continue an item,
 * a line back at the margin ends the list). */
void docout_doc(DocOut *o, const char *doc);

#endif
