/* SPDX-License-Identifier: MIT
 * html.c - the HTML5 writer (see html.h): escaping, the open-element stack,
 * and the newline layout.
 *
 * Which tags get newlines is one table ('layout'): containers break after
 * their opening tag and after their closing tag, other block elements only
 * after their closing tag, everything else (inline and table cells) never.
 * Void elements are the HTML5 list of those that take no closing tag.
 */
#include "html.h"

#include <stdarg.h>
#include <string.h>

#include "alloc.h"

enum { NL_NONE = 0, NL_AFTER_CLOSE = 1, NL_AFTER_OPEN = 2 };

static const struct {
    const char *tag; /* element name */
    int nl;          /* NL_* bits */
} layout[] = {
    {"html", NL_AFTER_OPEN | NL_AFTER_CLOSE},    {"head", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"body", NL_AFTER_OPEN | NL_AFTER_CLOSE},    {"header", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"footer", NL_AFTER_OPEN | NL_AFTER_CLOSE},  {"main", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"nav", NL_AFTER_OPEN | NL_AFTER_CLOSE},     {"section", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"article", NL_AFTER_OPEN | NL_AFTER_CLOSE}, {"aside", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"div", NL_AFTER_OPEN | NL_AFTER_CLOSE},     {"table", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"thead", NL_AFTER_OPEN | NL_AFTER_CLOSE},   {"tbody", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"tfoot", NL_AFTER_OPEN | NL_AFTER_CLOSE},   {"ul", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"ol", NL_AFTER_OPEN | NL_AFTER_CLOSE},      {"dl", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"details", NL_AFTER_OPEN | NL_AFTER_CLOSE}, {"figure", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"blockquote", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"style", NL_AFTER_OPEN | NL_AFTER_CLOSE},
    {"p", NL_AFTER_CLOSE},       {"h1", NL_AFTER_CLOSE},      {"h2", NL_AFTER_CLOSE},
    {"h3", NL_AFTER_CLOSE},      {"h4", NL_AFTER_CLOSE},      {"h5", NL_AFTER_CLOSE},
    {"h6", NL_AFTER_CLOSE},      {"li", NL_AFTER_CLOSE},      {"dt", NL_AFTER_CLOSE},
    {"dd", NL_AFTER_CLOSE},      {"tr", NL_AFTER_CLOSE},      {"caption", NL_AFTER_CLOSE},
    {"title", NL_AFTER_CLOSE},   {"pre", NL_AFTER_CLOSE},     {"summary", NL_AFTER_CLOSE},
    {"figcaption", NL_AFTER_CLOSE},
};

static const char *const void_tags[] = {"area", "base", "br", "col", "embed", "hr", "img",
                                        "input", "link", "meta", "source", "track", "wbr"};

static int nl_of(const char *tag)
{
    for (size_t k = 0; k < sizeof layout / sizeof layout[0]; k++)
        if (strcmp(layout[k].tag, tag) == 0) return layout[k].nl;
    return NL_NONE;
}

static bool is_void(const char *tag)
{
    for (size_t k = 0; k < sizeof void_tags / sizeof void_tags[0]; k++)
        if (strcmp(void_tags[k], tag) == 0) return true;
    return false;
}

void html_escape(FILE *out, const char *s, size_t len, bool in_attr)
{
    size_t run = 0; /* start of the bytes not yet written */
    for (size_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)s[k];
        const char *rep = NULL;
        if (c == '&') rep = "&amp;";
        else if (c == '<') rep = "&lt;";
        else if (c == '>') rep = "&gt;";
        else if (c == '"' && in_attr) rep = "&quot;";
        else if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0x7f) rep = "\xef\xbf\xbd";
        if (!rep) continue;
        fwrite(s + run, 1, k - run, out);
        fputs(rep, out);
        run = k + 1;
    }
    fwrite(s + run, 1, len - run, out);
}

/* Writes ' name="value"' for each pair in 'ap' up to the NULL name. */
static void put_attrs(Html *h, va_list ap)
{
    for (;;) {
        const char *name = va_arg(ap, const char *);
        if (!name) break;
        const char *value = va_arg(ap, const char *);
        if (!value) continue;
        fprintf(h->out, " %s=\"", name);
        html_escape(h->out, value, strlen(value), true);
        fputc('"', h->out);
    }
}

void html_init(Html *h, FILE *out)
{
    memset(h, 0, sizeof *h);
    h->out = out;
}

static void push(Html *h, const char *tag)
{
    if (h->depth >= HTML_MAX_DEPTH) {
        h->bad = true;
        return;
    }
    h->open[h->depth++] = tag;
}

void html_open(Html *h, const char *tag, ...)
{
    va_list ap;
    fprintf(h->out, "<%s", tag);
    va_start(ap, tag);
    put_attrs(h, ap);
    va_end(ap);
    fputc('>', h->out);
    if (is_void(tag)) h->bad = true; /* a void element can't be closed */
    push(h, tag);
    if (nl_of(tag) & NL_AFTER_OPEN) fputc('\n', h->out);
}

void html_close(Html *h, const char *tag)
{
    if (h->depth == 0 || strcmp(h->open[h->depth - 1], tag) != 0) {
        h->bad = true;
        return;
    }
    h->depth--;
    fprintf(h->out, "</%s>", tag);
    if (nl_of(tag) & NL_AFTER_CLOSE) fputc('\n', h->out);
}

void html_void(Html *h, const char *tag, ...)
{
    va_list ap;
    if (!is_void(tag)) h->bad = true;
    fprintf(h->out, "<%s", tag);
    va_start(ap, tag);
    put_attrs(h, ap);
    va_end(ap);
    fputc('>', h->out);
    if (strcmp(tag, "meta") == 0 || strcmp(tag, "link") == 0 || strcmp(tag, "hr") == 0)
        fputc('\n', h->out);
}

void html_elem(Html *h, const char *tag, const char *text, ...)
{
    va_list ap;
    fprintf(h->out, "<%s", tag);
    va_start(ap, text);
    put_attrs(h, ap);
    va_end(ap);
    fputc('>', h->out);
    if (is_void(tag)) h->bad = true;
    push(h, tag);
    if (nl_of(tag) & NL_AFTER_OPEN) fputc('\n', h->out);
    if (text) html_escape(h->out, text, strlen(text), false);
    html_close(h, tag);
}

void html_text(Html *h, const char *s)
{
    html_escape(h->out, s, strlen(s), false);
}

void html_textn(Html *h, const char *s, size_t len)
{
    html_escape(h->out, s, len, false);
}

void html_textf(Html *h, const char *fmt, ...)
{
    char small[256];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(small, sizeof small, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n < sizeof small) {
        html_escape(h->out, small, (size_t)n, false);
        return;
    }
    char *big = xmalloc((size_t)n + 1);
    va_start(ap, fmt);
    vsnprintf(big, (size_t)n + 1, fmt, ap);
    va_end(ap);
    html_escape(h->out, big, (size_t)n, false);
    xfree(big);
}

void html_raw(Html *h, const char *s)
{
    fputs(s, h->out);
}

void html_begin(Html *h, const char *lang, const char *title, const char *css)
{
    fputs("<!DOCTYPE html>\n", h->out);
    html_open(h, "html", "lang", lang, NULL);
    html_open(h, "head", NULL);
    html_void(h, "meta", "charset", "utf-8", NULL);
    html_void(h, "meta", "name", "viewport", "content", "width=device-width, initial-scale=1", NULL);
    html_elem(h, "title", title, NULL);
    if (css) {
        if (strstr(css, "</")) h->bad = true; /* would end the style element */
        html_open(h, "style", NULL);
        fputs(css, h->out);
        if (css[0] && css[strlen(css) - 1] != '\n') fputc('\n', h->out);
        html_close(h, "style");
    }
    html_close(h, "head");
    html_open(h, "body", NULL);
}

bool html_end(Html *h)
{
    while (h->depth > 0) {
        const char *tag = h->open[h->depth - 1];
        if (strcmp(tag, "body") != 0 && strcmp(tag, "html") != 0) h->bad = true;
        html_close(h, tag);
    }
    return !h->bad;
}
