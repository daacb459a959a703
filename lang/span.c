/* SPDX-License-Identifier: MIT
 * span.c - the table of loaded sources and offset -> line:column lookup
 * (see span.h).
 *
 * Each file's line-start table is built on first lookup by one pass over
 * its bytes; a lookup is then a binary search over the table plus a count
 * of UTF-8 lead bytes between the line start and the offset (PostgreSQL
 * converts byte offsets to character positions the same way).
 */
#include "span.h"

#include <string.h>

#include "../runtime/alloc.h"

void sources_init(Sources *s, Arena *arena)
{
    s->arena = arena;
    s->files = NULL;
    s->n = 0;
    s->cap = 0;
}

void sources_free(Sources *s)
{
    xfree(s->files);
    s->files = NULL;
    s->n = 0;
    s->cap = 0;
}

uint32_t sources_add(Sources *s, const char *path, const char *text, size_t len)
{
    SourceFile *f = ARENA_NEW(s->arena, SourceFile);
    f->path = arena_strdup(s->arena, path);
    char *copy = arena_alloc(s->arena, len + 2);
    if (len) memcpy(copy, text, len);
    copy[len] = '\0';
    copy[len + 1] = '\0';
    f->text = copy;
    f->len = (uint32_t)len;
    s->files = xgrow(s->files, &s->cap, (size_t)s->n + 1, sizeof *s->files);
    s->files[s->n] = f;
    return s->n++;
}

SourceFile *sources_get(const Sources *s, uint32_t file)
{
    if (!s || file >= s->n) return NULL;
    return s->files[file];
}

/* Builds the line-start table of 'f' in 'arena' (once). */
static void build_lines(Arena *arena, SourceFile *f)
{
    if (f->n_lines) return;
    uint32_t n = 1;
    for (uint32_t k = 0; k < f->len; k++)
        if (f->text[k] == '\n') n++;
    uint32_t *starts = ARENA_ARRAY(arena, uint32_t, n);
    uint32_t line = 0;
    starts[line++] = 0;
    for (uint32_t k = 0; k < f->len; k++)
        if (f->text[k] == '\n') starts[line++] = k + 1;
    f->line_starts = starts;
    f->n_lines = n;
}

LineCol sources_linecol(const Sources *s, uint32_t file, uint32_t offset)
{
    LineCol lc = {0, 0};
    SourceFile *f = sources_get(s, file);
    if (!f) return lc;
    build_lines(s->arena, f);
    if (offset > f->len) offset = f->len;
    /* the last line whose start is <= offset */
    uint32_t lo = 0, hi = f->n_lines;
    while (hi - lo > 1) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (f->line_starts[mid] <= offset) lo = mid;
        else hi = mid;
    }
    lc.line = lo + 1;
    uint32_t start = f->line_starts[lo];
    lc.col = (uint32_t)utf8_chars(f->text + start, offset - start) + 1;
    return lc;
}

int sources_line(const Sources *s, uint32_t file, uint32_t line, const char **text, size_t *len)
{
    SourceFile *f = sources_get(s, file);
    if (!f || line == 0) return 0;
    build_lines(s->arena, f);
    if (line > f->n_lines) return 0;
    uint32_t start = f->line_starts[line - 1];
    uint32_t end = line < f->n_lines ? f->line_starts[line] - 1 : f->len;
    if (end > start && f->text[end - 1] == '\r') end--;
    *text = f->text + start;
    *len = end - start;
    return 1;
}

Span span_join(Span a, Span b)
{
    if (span_is_none(a)) return b;
    if (span_is_none(b)) return a;
    Span r = a;
    if (b.end > r.end) r.end = b.end;
    if (b.start < r.start) r.start = b.start;
    return r;
}

int span_is_none(Span s)
{
    return s.file == SPAN_NO_FILE;
}

size_t utf8_chars(const char *s, size_t len)
{
    size_t n = 0;
    for (size_t k = 0; k < len; k++)
        if (((unsigned char)s[k] & 0xC0u) != 0x80u) n++;
    return n;
}

int utf8_valid_seq(const unsigned char *s, size_t avail)
{
    if (avail == 0) return 0;
    unsigned c = s[0];
    if (c < 0x80) return 1;
    int n;
    unsigned lo = 0x80, hi = 0xBF; /* allowed range of the second byte */
    if (c >= 0xC2 && c <= 0xDF) {
        n = 2;
    } else if (c >= 0xE0 && c <= 0xEF) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;      /* overlong */
        if (c == 0xED) hi = 0x9F;      /* surrogates */
    } else if (c >= 0xF0 && c <= 0xF4) {
        n = 4;
        if (c == 0xF0) lo = 0x90;      /* overlong */
        if (c == 0xF4) hi = 0x8F;      /* above U+10FFFF */
    } else {
        return 0;
    }
    if (avail < (size_t)n) return 0;
    if (s[1] < lo || s[1] > hi) return 0;
    for (int k = 2; k < n; k++)
        if ((s[k] & 0xC0u) != 0x80u) return 0;
    return n;
}
