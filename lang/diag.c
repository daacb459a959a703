/* SPDX-License-Identifier: MIT
 * diag.c - collecting and rendering diagnostics (see diag.h).
 *
 * Entries are kept in report order; a note or hint follows the error it
 * belongs to.  Rendering turns each span into line:col with the Sources
 * line table and prints the source line with a caret line under the span:
 * a tab in the source stays a tab in the caret line so the caret lines up
 * in any tab width, and every other character becomes one space.
 * diag_suggest uses the optimal string alignment distance (Levenshtein with
 * adjacent transpositions; Damerau 1964, Boytsov 2011 for the naming).
 */
#include "diag.h"

#include <stdarg.h>
#include <string.h>

#include "../runtime/alloc.h"

void diag_init(Diag *d, const Sources *sources)
{
    memset(d, 0, sizeof *d);
    d->sources = sources;
}

void diag_free(Diag *d)
{
    for (size_t k = 0; k < d->n; k++) xfree(d->entries[k].msg);
    xfree(d->entries);
    d->entries = NULL;
    d->n = d->cap = 0;
}

static char *vformat(const char *fmt, va_list ap)
{
    va_list ap2;
    va_copy(ap2, ap);
    int n = vsnprintf(NULL, 0, fmt, ap2);
    va_end(ap2);
    if (n < 0) n = 0;
    char *p = xmalloc((size_t)n + 1);
    vsnprintf(p, (size_t)n + 1, fmt, ap);
    return p;
}

static void add(Diag *d, DiagLevel level, Span span, char *msg)
{
    d->entries = xgrow(d->entries, &d->cap, d->n + 1, sizeof *d->entries);
    d->entries[d->n].level = level;
    d->entries[d->n].span = span;
    d->entries[d->n].msg = msg;
    d->n++;
}

int diag_error(Diag *d, Span span, const char *fmt, ...)
{
    if (d->n_errors >= GRIP_MAX_ERRORS) {
        d->overflow++;
        d->dropping = 1;
        return 0;
    }
    va_list ap;
    va_start(ap, fmt);
    add(d, DIAG_ERROR, span, vformat(fmt, ap));
    va_end(ap);
    d->n_errors++;
    d->dropping = 0;
    return 1;
}

void diag_warning(Diag *d, Span span, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    add(d, DIAG_WARNING, span, vformat(fmt, ap));
    va_end(ap);
    d->n_warnings++;
    d->dropping = 0;
}

void diag_note(Diag *d, Span span, const char *fmt, ...)
{
    if (d->dropping || d->n == 0) return;
    va_list ap;
    va_start(ap, fmt);
    add(d, DIAG_NOTE, span, vformat(fmt, ap));
    va_end(ap);
}

void diag_hint(Diag *d, const char *fmt, ...)
{
    if (d->dropping || d->n == 0) return;
    va_list ap;
    va_start(ap, fmt);
    add(d, DIAG_HINT, SPAN_NONE, vformat(fmt, ap));
    va_end(ap);
}

int diag_errors(const Diag *d)
{
    return d->n_errors + d->overflow;
}

int diag_full(const Diag *d)
{
    return d->n_errors >= GRIP_MAX_ERRORS;
}

/* Longest source line shown whole, in bytes; a longer one is shown as a
 * window around the span ("..." marks what is cut) so a generated
 * one-line file cannot flood the terminal. */
#define SHOW_LINE 160
#define SHOW_BEFORE 60

/* Prints the source line of 'span' and the caret line under it. */
static void render_source(const Diag *d, Span span, LineCol lc, FILE *out)
{
    const char *text;
    size_t len;
    if (!sources_line(d->sources, span.file, lc.line, &text, &len)) return;
    const SourceFile *f = sources_get(d->sources, span.file);
    size_t line_start = (size_t)(text - f->text);
    size_t start = span.start - line_start; /* byte offset of the span in the line */
    if (len == 0 && span.end <= span.start) return; /* nothing to point at */
    size_t from = 0, to = len;
    if (len > SHOW_LINE) {
        from = start > SHOW_BEFORE ? start - SHOW_BEFORE : 0;
        while (from > 0 && ((unsigned char)text[from] & 0xC0u) == 0x80u) from--;
        to = from + SHOW_LINE < len ? from + SHOW_LINE : len;
        while (to < len && ((unsigned char)text[to] & 0xC0u) == 0x80u) to++;
    }
    if (from) fputs("...", out);
    fwrite(text + from, 1, to - from, out);
    if (to < len) fputs("...", out);
    fputc('\n', out);
    if (from) fputs("   ", out);
    size_t k = from;
    while (k < start && k < to) {
        fputc(text[k] == '\t' ? '\t' : ' ', out);
        k += 1;
        while (k < to && ((unsigned char)text[k] & 0xC0u) == 0x80u) k++;
    }
    fputc('^', out);
    size_t end = span.end > span.start ? span.end - line_start : start + 1;
    if (end > to) end = to > start ? to : start + 1;
    /* one '~' per further character of the span on the shown line */
    size_t chars = start < to ? utf8_chars(text + start, end - start) : 1;
    for (size_t c = 1; c < chars; c++) fputc('~', out);
    fputc('\n', out);
}

static const char *level_name(DiagLevel level)
{
    switch (level) {
    case DIAG_ERROR: return "error";
    case DIAG_WARNING: return "warning";
    case DIAG_NOTE: return "note";
    case DIAG_HINT: return "hint";
    }
    return "error";
}

void diag_render(const Diag *d, FILE *out)
{
    for (size_t k = 0; k < d->n; k++) {
        const DiagEntry *e = &d->entries[k];
        const SourceFile *f = span_is_none(e->span) ? NULL : sources_get(d->sources, e->span.file);
        if (!f) {
            fprintf(out, "%s: %s\n", level_name(e->level), e->msg);
            continue;
        }
        LineCol lc = sources_linecol(d->sources, e->span.file, e->span.start);
        fprintf(out, "%s:%u:%u: %s: %s\n", f->path, lc.line, lc.col, level_name(e->level), e->msg);
        render_source(d, e->span, lc, out);
    }
    if (d->n_errors >= GRIP_MAX_ERRORS)
        fprintf(out, "too many errors: stopped after %d\n", GRIP_MAX_ERRORS);
}

#define SUGGEST_MAX 64 /* longest name diag_suggest compares (bytes) */

/* Optimal string alignment distance between 'a' and 'b' (both at most
 * SUGGEST_MAX bytes), with three rolling rows on the stack. */
static size_t distance(const char *a, size_t la, const char *b, size_t lb)
{
    size_t rows[3][SUGGEST_MAX + 1];
    size_t *prev2 = rows[0], *prev = rows[1], *cur = rows[2];
    for (size_t j = 0; j <= lb; j++) prev[j] = j;
    for (size_t i = 1; i <= la; i++) {
        cur[0] = i;
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] == b[j - 1] ? 0 : 1;
            size_t best = prev[j] + 1;
            if (cur[j - 1] + 1 < best) best = cur[j - 1] + 1;
            if (prev[j - 1] + cost < best) best = prev[j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                prev2[j - 2] + 1 < best)
                best = prev2[j - 2] + 1;
            cur[j] = best;
        }
        size_t *t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return prev[lb];
}

const char *diag_suggest(const char *name, const char *const *cands, size_t n)
{
    size_t la = strlen(name);
    if (la == 0 || la > SUGGEST_MAX) return NULL;
    size_t limit = la / 3 > 1 ? la / 3 : 1;
    const char *best = NULL;
    size_t best_d = limit + 1;
    for (size_t k = 0; k < n; k++) {
        const char *c = cands[k];
        if (!c) continue;
        size_t lb = strlen(c);
        if (lb > SUGGEST_MAX || strcmp(c, name) == 0) continue;
        size_t diff = la > lb ? la - lb : lb - la;
        if (diff > limit) continue;
        size_t dist = distance(name, la, c, lb);
        if (dist < best_d) {
            best_d = dist;
            best = c;
        }
    }
    return best;
}
