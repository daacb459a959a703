/* SPDX-License-Identifier: MIT
 * docout.c - the HTML and Markdown writers behind 'grip doc' (docout.h).
 *
 * Every call branches once on the format.  HTML goes through the Html
 * writer, which checks the nesting.  Markdown is written by hand and keeps
 * a little state: how many newlines ended the output (so blocks are
 * separated by exactly one blank line), the list depth (for indentation),
 * whether a table cell is open (newlines become spaces, '|' is escaped)
 * and whether a label's trailing space is still due.
 */
#include "docout.h"

#include <string.h>

static bool is_html(const DocOut *o)
{
    return o->format == DOC_HTML;
}

/* ---- Markdown ------------------------------------------------------------ */

static void md_put(DocOut *o, const char *s, size_t len)
{
    if (len == 0) return;
    if (o->md_space && s[0] != '\n') fputc(' ', o->out);
    o->md_space = 0;
    fwrite(s, 1, len, o->out);
    size_t nls = 0;
    while (nls < len && s[len - 1 - nls] == '\n') nls++;
    o->md_nls = nls == len ? o->md_nls + (int)nls : (int)nls;
}

static void md_puts(DocOut *o, const char *s)
{
    md_put(o, s, strlen(s));
}

/* Ends the current Markdown line, if one is open. */
static void md_eol(DocOut *o)
{
    o->md_space = 0;
    if (o->md_nls == 0) md_puts(o, "\n");
}

/* Starts a Markdown block: one blank line after what came before. */
static void md_gap(DocOut *o)
{
    o->md_space = 0;
    while (o->md_nls < 2) md_puts(o, "\n");
}

/* Text (escaped for the format). */
void docout_textn(DocOut *o, const char *s, size_t len)
{
    if (is_html(o)) {
        html_textn(&o->html, s, len);
        return;
    }
    if (!o->md_cell) {
        md_put(o, s, len);
        return;
    }
    size_t run = 0;
    for (size_t k = 0; k < len; k++) {
        if (s[k] != '|' && s[k] != '\n') continue;
        md_put(o, s + run, k - run);
        md_puts(o, s[k] == '|' ? "\\|" : " ");
        run = k + 1;
    }
    md_put(o, s + run, len - run);
}

void docout_text(DocOut *o, const char *s)
{
    docout_textn(o, s, strlen(s));
}

void docout_namen(DocOut *o, const char *s, size_t len)
{
    if (is_html(o)) {
        html_open(&o->html, "var", NULL);
        html_textn(&o->html, s, len);
        html_close(&o->html, "var");
        return;
    }
    md_puts(o, "`");
    docout_textn(o, s, len);
    md_puts(o, "`");
}

void docout_name(DocOut *o, const char *s)
{
    docout_namen(o, s, strlen(s));
}

/* The describer's sink: names marked, words and values as text. */
void docout_sink(void *ctx, DescPart part, const char *text, size_t len)
{
    DocOut *o = ctx;
    if (part == DESC_NAME) docout_namen(o, text, len);
    else docout_textn(o, text, len);
}

void docout_section_open(DocOut *o, const char *id, const char *title)
{
    if (is_html(o)) {
        html_open(&o->html, "section", "id", id, NULL);
        html_elem(&o->html, "h2", title, NULL);
        return;
    }
    md_gap(o);
    md_puts(o, "## ");
    docout_text(o, title);
    md_puts(o, "\n");
}

void docout_section_close(DocOut *o)
{
    if (is_html(o)) html_close(&o->html, "section");
}

void docout_article_open(DocOut *o, const char *cls, const char *id, DescLang lang)
{
    if (is_html(o))
        html_open(&o->html, "article", "class", cls, "id", id, "lang",
                  lang == o->page ? NULL : (lang == DESC_NL ? "nl" : "en"), NULL);
}

void docout_article_close(DocOut *o)
{
    if (is_html(o)) html_close(&o->html, "article");
}

static const char *const h_tags[] = {"h1", "h1", "h2", "h3", "h4", "h5", "h6"};

void docout_h_open(DocOut *o, int level)
{
    if (is_html(o)) {
        html_open(&o->html, h_tags[level], NULL);
        return;
    }
    md_gap(o);
    for (int k = 0; k < level; k++) md_puts(o, "#");
    md_puts(o, " ");
}

void docout_h_close(DocOut *o, int level)
{
    if (is_html(o)) html_close(&o->html, h_tags[level]);
    else md_puts(o, "\n");
}

/* A marker after a heading: "geërfd van zhz.regio". */
void docout_badge(DocOut *o, const char *cls, const char *text)
{
    if (is_html(o)) {
        html_raw(&o->html, " ");
        html_elem(&o->html, "span", text, "class", cls, NULL);
        return;
    }
    md_puts(o, " *(");
    docout_text(o, text);
    md_puts(o, ")*");
}

/* Secondary words in a heading (a type, a rule's name). */
void docout_small(DocOut *o, const char *cls, const char *text)
{
    if (is_html(o)) {
        html_raw(&o->html, " ");
        html_elem(&o->html, "span", text, "class", cls, NULL);
        return;
    }
    md_puts(o, " ");
    docout_text(o, text);
}

void docout_p_open(DocOut *o, const char *cls)
{
    if (is_html(o)) html_open(&o->html, "p", "class", cls, NULL);
    else md_gap(o);
}

void docout_p_close(DocOut *o)
{
    if (is_html(o)) html_close(&o->html, "p");
    else md_puts(o, "\n");
}

void docout_p(DocOut *o, const char *cls, const char *text)
{
    docout_p_open(o, cls);
    docout_text(o, text);
    docout_p_close(o);
}

static void md_indent(DocOut *o)
{
    md_eol(o);
    for (int k = 1; k < o->md_depth; k++) md_puts(o, "  ");
}

/* A list of label: content pairs (HTML dl; Markdown bullets). */
void docout_dl_open(DocOut *o, const char *cls)
{
    if (is_html(o)) html_open(&o->html, "dl", "class", cls, NULL);
    else {
        if (o->md_depth == 0) md_gap(o);
        else md_eol(o);
        o->md_depth++;
    }
}

void docout_dl_close(DocOut *o)
{
    if (is_html(o)) html_close(&o->html, "dl");
    else {
        o->md_depth--;
        md_eol(o);
    }
}

/* Writes the label and opens its content. */
void docout_dt(DocOut *o, const char *label)
{
    if (is_html(o)) {
        html_elem(&o->html, "dt", label, NULL);
        html_open(&o->html, "dd", NULL);
        return;
    }
    md_indent(o);
    md_puts(o, "- **");
    docout_text(o, label);
    md_puts(o, ":**");
    o->md_space = 1;
}

/* Like o_dt with a name (as written) for the label. */
void docout_dt_name(DocOut *o, const char *name)
{
    if (is_html(o)) {
        html_open(&o->html, "dt", NULL);
        docout_name(o, name);
        html_close(&o->html, "dt");
        html_open(&o->html, "dd", NULL);
        return;
    }
    md_indent(o);
    md_puts(o, "- ");
    docout_name(o, name);
    md_puts(o, ":");
    o->md_space = 1;
}

void docout_dd_close(DocOut *o)
{
    if (is_html(o)) html_close(&o->html, "dd");
    else md_eol(o);
}

void docout_ul_open(DocOut *o, const char *tag, const char *cls)
{
    if (is_html(o)) html_open(&o->html, tag, "class", cls, NULL);
    else {
        if (o->md_depth == 0) md_gap(o);
        else md_eol(o);
        o->md_depth++;
    }
}

void docout_ul_close(DocOut *o, const char *tag)
{
    if (is_html(o)) html_close(&o->html, tag);
    else {
        o->md_depth--;
        md_eol(o);
    }
}

void docout_li_open(DocOut *o)
{
    if (is_html(o)) html_open(&o->html, "li", NULL);
    else {
        md_indent(o);
        md_puts(o, "- ");
    }
}

void docout_li_close(DocOut *o)
{
    if (is_html(o)) html_close(&o->html, "li");
    else md_eol(o);
}

void docout_link_open(DocOut *o, const char *id)
{
    if (is_html(o)) {
        char *href = arena_printf(o->arena, "#%s", id);
        html_open(&o->html, "a", "href", href, NULL);
    }
}

void docout_link_close(DocOut *o)
{
    if (is_html(o)) html_close(&o->html, "a");
}

void docout_table_open(DocOut *o, const char *cls, const char *const *heads, uint32_t n)
{
    if (is_html(o)) {
        html_open(&o->html, "table", "class", cls, NULL);
        html_open(&o->html, "thead", NULL);
        html_open(&o->html, "tr", NULL);
        for (uint32_t k = 0; k < n; k++) html_elem(&o->html, "th", heads[k], "scope", "col", NULL);
        html_close(&o->html, "tr");
        html_close(&o->html, "thead");
        html_open(&o->html, "tbody", NULL);
        return;
    }
    md_gap(o);
    md_puts(o, "|");
    o->md_cell = 1;
    for (uint32_t k = 0; k < n; k++) {
        md_puts(o, " ");
        docout_text(o, heads[k]);
        md_puts(o, " |");
    }
    o->md_cell = 0;
    md_puts(o, "\n|");
    for (uint32_t k = 0; k < n; k++) md_puts(o, "---|");
    md_puts(o, "\n");
}

void docout_table_close(DocOut *o)
{
    if (is_html(o)) {
        html_close(&o->html, "tbody");
        html_close(&o->html, "table");
    }
}

void docout_tr_open(DocOut *o, const char *cls)
{
    if (is_html(o)) html_open(&o->html, "tr", "class", cls, NULL);
    else md_puts(o, "|");
}

void docout_tr_close(DocOut *o)
{
    if (is_html(o)) html_close(&o->html, "tr");
    else md_puts(o, "\n");
}

/* Opens a cell spanning 'span' columns (Markdown repeats empty cells). */
void docout_td_open(DocOut *o, int span)
{
    if (is_html(o)) {
        char buf[16];
        snprintf(buf, sizeof buf, "%d", span);
        html_open(&o->html, "td", "colspan", span > 1 ? buf : NULL, NULL);
        return;
    }
    md_puts(o, " ");
    o->md_cell = span;
}

void docout_td_close(DocOut *o)
{
    if (is_html(o)) html_close(&o->html, "td");
    else {
        md_puts(o, " |");
        for (int k = 1; k < o->md_cell; k++) md_puts(o, "  |");
        o->md_cell = 0;
    }
}

void docout_td(DocOut *o, const char *text)
{
    docout_td_open(o, 1);
    docout_text(o, text);
    docout_td_close(o);
}

/* A block of grip source. */
void docout_code(DocOut *o, const char *src)
{
    if (!src[0]) return;
    if (is_html(o)) {
        html_open(&o->html, "pre", "class", "src", NULL);
        html_text(&o->html, src);
        html_close(&o->html, "pre");
        return;
    }
    md_gap(o);
    md_puts(o, "```\n");
    md_puts(o, src);
    md_puts(o, "\n```\n");
}

/* A doc string: paragraphs at blank lines, the lines of one joined; "- "
 * and "* " lines are list items, indented lines continue an item. */
void docout_doc(DocOut *o, const char *doc)
{
    if (!doc || !doc[0]) return;
    if (is_html(o)) html_open(&o->html, "div", "class", "doc", NULL);
    enum { NONE, PARA, LIST } state = NONE;
    const char *s = doc;
    while (*s) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        size_t a = 0, b = len;
        while (a < b && (s[a] == ' ' || s[a] == '\t')) a++;
        while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r')) b--;
        int bullet = b - a >= 2 && (s[a] == '-' || s[a] == '*') && s[a + 1] == ' ';
        if (state == LIST && !bullet && a == 0 && a < b) { /* back at the margin: the list ended */
            docout_li_close(o);
            docout_ul_close(o, "ul");
            state = NONE;
        }
        if (a == b || bullet) { /* a blank line or a new item ends what is open */
            if (state == PARA) docout_p_close(o);
            if (state == LIST && a == b) {
                docout_li_close(o);
                docout_ul_close(o, "ul");
            }
            if (state != LIST || a == b) state = NONE;
        }
        if (bullet) {
            if (state == LIST) docout_li_close(o);
            else docout_ul_open(o, "ul", NULL);
            docout_li_open(o);
            docout_textn(o, s + a + 2, b - a - 2);
            state = LIST;
        } else if (a < b) {
            if (state == NONE) docout_p_open(o, NULL);
            else docout_text(o, " ");
            docout_textn(o, s + a, b - a);
            if (state == NONE) state = PARA;
        }
        s += len;
        if (*s == '\n') s++;
    }
    if (state == PARA) docout_p_close(o);
    if (state == LIST) {
        docout_li_close(o);
        docout_ul_close(o, "ul");
    }
    if (is_html(o)) html_close(&o->html, "div");
}

/* ---- the document ------------------------------------------------------- */

void docout_init(DocOut *o, DocFormat format, DescLang page, FILE *out, Arena *arena)
{
    memset(o, 0, sizeof *o);
    o->format = format;
    o->page = page;
    o->out = out;
    o->arena = arena;
    o->md_nls = 2; /* the start counts as a blank line */
    html_init(&o->html, out);
}

bool docout_is_html(const DocOut *o)
{
    return is_html(o);
}

void docout_begin(DocOut *o, const char *title, const char *css)
{
    if (is_html(o)) html_begin(&o->html, o->page == DESC_NL ? "nl" : "en", title, css);
}

bool docout_end(DocOut *o)
{
    if (is_html(o)) return html_end(&o->html);
    md_eol(o);
    return true;
}

void docout_container_open(DocOut *o, const char *tag, const char *cls, const char *label)
{
    if (is_html(o)) html_open(&o->html, tag, "class", cls, "aria-label", label, NULL);
}

void docout_container_close(DocOut *o, const char *tag)
{
    if (is_html(o)) html_close(&o->html, tag);
}

void docout_code_inline(DocOut *o, const char *s)
{
    if (is_html(o)) {
        html_elem(&o->html, "code", s, NULL);
        return;
    }
    md_puts(o, "`");
    docout_text(o, s);
    md_puts(o, "`");
}
