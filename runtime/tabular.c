/* SPDX-License-Identifier: MIT
 * tabular.c - a small table of values and its renderings (see tabular.h).
 *
 * CSV and JSON Lines go through writer.h, so a report reads back like a run's
 * results.  The terminal table and Markdown are laid out here: every cell is
 * formatted once (FORMAT_DUTCH) into the arena, the widths measured in UTF-8
 * characters, and numeric columns (int, decimal, money, percent) aligned to
 * the right.  Tables are small (a row per year, recipient or group), so
 * nothing here is tuned for speed.
 */
#include "tabular.h"

#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "outfile.h"
#include "writer.h"

void tabular_init(Tabular *t, uint32_t n_cols)
{
    memset(t, 0, sizeof *t);
    arena_init(&t->arena);
    t->n_cols = n_cols;
    t->cols = ARENA_ARRAY(&t->arena, TabColumn, n_cols ? n_cols : 1);
    for (uint32_t k = 0; k < n_cols; k++) t->cols[k].name = "";
    t->summary_from = SIZE_MAX;
}

void tabular_set_column(Tabular *t, uint32_t col, const char *name, const FormatType *type)
{
    if (col >= t->n_cols) return;
    t->cols[col].name = arena_strdup(&t->arena, name);
    t->cols[col].type = type;
}

size_t tabular_add_row(Tabular *t)
{
    size_t nc = t->n_cols ? t->n_cols : 1;
    if (t->n_rows == t->cap_rows) {
        size_t cap = t->cap_rows * nc;
        t->cells = xgrow(t->cells, &cap, (t->n_rows + 1) * nc, sizeof *t->cells);
        t->cap_rows = cap / nc;
    }
    for (size_t k = 0; k < nc; k++) t->cells[t->n_rows * nc + k] = value_none();
    return t->n_rows++;
}

/* Deep-copies 'v' into 'a'. */
static Value keep(Arena *a, Value v)
{
    switch ((ValueKind)v.kind) {
    case VAL_VARIANT:
    case VAL_RECORD:
        if (v.aux) {
            Value *f = arena_alloc(a, sizeof *f * v.aux);
            for (uint32_t k = 0; k < v.aux; k++) f[k] = keep(a, v.as.fields[k]);
            v.as.fields = f;
        }
        return v;
    case VAL_SET:
    case VAL_LIST: {
        ValueSeq *s = arena_alloc(a, sizeof *s + sizeof s->items[0] * (v.as.set->n ? v.as.set->n : 1));
        s->n = v.as.set->n;
        for (uint32_t k = 0; k < s->n; k++) s->items[k] = keep(a, v.as.set->items[k]);
        v.as.set = s;
        return v;
    }
    default:
        return v;
    }
}

void tabular_set(Tabular *t, size_t row, uint32_t col, Value v)
{
    if (row >= t->n_rows || col >= t->n_cols) return;
    t->cells[row * t->n_cols + col] = keep(&t->arena, v);
}

Value tabular_get(const Tabular *t, size_t row, uint32_t col)
{
    if (row >= t->n_rows || col >= t->n_cols) return value_none();
    return t->cells[row * t->n_cols + col];
}

void tabular_free(Tabular *t)
{
    xfree(t->cells);
    arena_free(&t->arena);
    memset(t, 0, sizeof *t);
}

bool tabular_format_named(const char *name, TabFormat *out)
{
    static const struct {
        const char *name;
        TabFormat f;
    } names[] = {{"csv", TAB_CSV}, {"jsonl", TAB_JSONL}, {"md", TAB_MD}, {"table", TAB_TABLE}};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++)
        if (strcmp(name, names[k].name) == 0) {
            *out = names[k].f;
            return true;
        }
    return false;
}

/* ---- CSV and JSON Lines ----------------------------------------------------------- */

static bool write_records(const Tabular *t, WriterFormat f, const char *path, char *err, size_t errcap)
{
    WriterColumn *cols = xcalloc(t->n_cols ? t->n_cols : 1, sizeof *cols);
    for (uint32_t k = 0; k < t->n_cols; k++) cols[k] = (WriterColumn){t->cols[k].name, t->cols[k].type};
    Writer *w = writer_open(path, f, cols, t->n_cols, err, errcap);
    xfree(cols);
    if (!w) return false;
    for (size_t r = 0; r < t->n_rows; r++) writer_row(w, t->cells + r * t->n_cols);
    return writer_commit(w, err, errcap);
}

/* ---- terminal table and Markdown ------------------------------------------------------ */

/* UTF-8 characters in 's'. */
static size_t width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

static bool numeric(const FormatType *f)
{
    return f && f->shape == FORMAT_SCALAR &&
           (f->type == FT_INT || f->type == FT_DECIMAL || f->type == FT_MONEY || f->type == FT_PERCENT);
}

/* Cell text in Dutch style (arena), Markdown-escaped when 'md'. */
static const char *cell_text(Arena *a, Value v, const FormatType *type, bool md)
{
    char small[256];
    size_t n = format_value(small, sizeof small, v, type, FORMAT_DUTCH);
    char *s = arena_alloc(a, n + 1);
    if (n < sizeof small) memcpy(s, small, n + 1);
    else format_value(s, n + 1, v, type, FORMAT_DUTCH);
    for (char *c = s; *c; c++)
        if (*c == '\n' || *c == '\r' || *c == '\t') *c = ' ';
    if (!md || !strchr(s, '|')) return s;
    size_t bars = 0;
    for (const char *c = s; *c; c++) bars += *c == '|';
    char *e = arena_alloc(a, n + bars + 1), *o = e;
    for (const char *c = s; *c; c++) {
        if (*c == '|') *o++ = '\\';
        *o++ = *c;
    }
    *o = '\0';
    return e;
}

/* A line being laid out (xmalloc'ed, grown as needed). */
typedef struct Line {
    char *s;
    size_t len, cap;
} Line;

static void put(Line *l, const char *s, size_t n)
{
    if (l->len + n + 1 > l->cap) l->s = xgrow(l->s, &l->cap, l->len + n + 1, 1);
    memcpy(l->s + l->len, s, n);
    l->len += n;
    l->s[l->len] = '\0';
}

static void pad(Line *l, size_t n, char c)
{
    while (n--) put(l, &c, 1);
}

/* Writes the line without trailing spaces and empties it. */
static void flush(FILE *fp, Line *l)
{
    while (l->len && l->s[l->len - 1] == ' ') l->len--;
    fwrite(l->s ? l->s : "", 1, l->len, fp);
    fputc('\n', fp);
    l->len = 0;
}

static void put_cell(Line *l, const char *s, size_t w, bool right)
{
    size_t len = width(s);
    if (right) pad(l, w - len, ' ');
    put(l, s, strlen(s));
    if (!right) pad(l, w - len, ' ');
}

/* A rule of dashes under every column ('md': Markdown's alignment row). */
static void rule(FILE *fp, Line *l, const Tabular *t, const size_t *w, const bool *right, bool md)
{
    for (uint32_t c = 0; c < t->n_cols; c++) {
        if (md) {
            put(l, c ? " | " : "| ", c ? 3 : 2);
            pad(l, w[c] > 1 ? w[c] - 1 : 0, '-');
            pad(l, 1, right[c] ? ':' : '-');
        } else {
            if (c) put(l, "  ", 2);
            pad(l, w[c], '-');
        }
    }
    if (md) put(l, " |", 2);
    flush(fp, l);
}

static void line(FILE *fp, Line *l, const Tabular *t, const char **text, const size_t *w, const bool *right, bool md)
{
    for (uint32_t c = 0; c < t->n_cols; c++) {
        if (md) put(l, c ? " | " : "| ", c ? 3 : 2);
        else if (c) put(l, "  ", 2);
        put_cell(l, text[c], w[c], right[c]);
    }
    if (md) put(l, " |", 2);
    flush(fp, l);
}

static bool write_layout(const Tabular *t, bool md, const char *path, char *err, size_t errcap)
{
    OutFile o;
    if (!outfile_open(&o, path, err, errcap)) return false;
    Arena a;
    arena_init(&a);
    uint32_t nc = t->n_cols;
    const char **text = xcalloc((t->n_rows + 1) * (nc ? nc : 1), sizeof *text);
    size_t *w = xcalloc(nc ? nc : 1, sizeof *w);
    bool *right = xcalloc(nc ? nc : 1, sizeof *right);
    for (uint32_t c = 0; c < nc; c++) {
        text[c] = t->cols[c].name;
        right[c] = numeric(t->cols[c].type);
        w[c] = width(text[c]);
        if (md && w[c] < 3) w[c] = 3; /* "--:" */
    }
    for (size_t r = 0; r < t->n_rows; r++)
        for (uint32_t c = 0; c < nc; c++) {
            const char *s = cell_text(&a, t->cells[r * nc + c], t->cols[c].type, md);
            text[(r + 1) * nc + c] = s;
            size_t len = width(s);
            if (len > w[c]) w[c] = len;
        }
    Line l = {NULL, 0, 0};
    line(o.fp, &l, t, text, w, right, md);
    rule(o.fp, &l, t, w, right, md);
    for (size_t r = 0; r < t->n_rows; r++) {
        if (!md && r == t->summary_from && r > 0) rule(o.fp, &l, t, w, right, false);
        line(o.fp, &l, t, text + (r + 1) * nc, w, right, md);
    }
    xfree(l.s);
    xfree(text);
    xfree(w);
    xfree(right);
    arena_free(&a);
    return outfile_commit(&o, err, errcap);
}

bool tabular_write(const Tabular *t, TabFormat format, const char *path, char *err, size_t errcap)
{
    switch (format) {
    case TAB_CSV: return write_records(t, WRITER_CSV, path, err, errcap);
    case TAB_JSONL: return write_records(t, WRITER_JSONL, path, err, errcap);
    case TAB_MD: return write_layout(t, true, path, err, errcap);
    case TAB_TABLE: return write_layout(t, false, path, err, errcap);
    }
    snprintf(err, errcap, "unknown format");
    return false;
}
