/* SPDX-License-Identifier: MIT
 * dataset.c - CSV files bound to a Schema, as typed columns (see dataset.h).
 *
 * Loading is one pass over the rows csv.c hands out: the header binds each
 * field to a column index (a Binding), then every row parses its bound cells
 * straight into the column arrays at row 'nrows'.  Arrays grow by doubling
 * (xrealloc, which glibc turns into mremap for big blocks, so growing copies
 * nothing) and are cut to size at the end.  Hot cells take fast paths: plain
 * numbers ("-12.50") are read digit by digit into an int64, "true"/"false"
 * and ISO dates are recognised directly, enum names go through a small hash
 * table; anything else falls through to the general parsers (dec_parse_csv,
 * csv_parse_bool, date_parse), which also word the errors.  A number column
 * keeps the scale of its most precise value; 'max_abs' makes the check that
 * a rescale fits O(1).  The key index is open addressing over uint64 slots
 * holding the top 32 bits of the key hash and row + 1, at most 2/3 full, so
 * a probe compares keys only when 32 hash bits agree.
 */
#include "dataset.h"

#include "alloc.h"
#include "csv.h"
#include "format.h"

#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

/* User text (a cell, a column name) is shown in messages up to this many
 * characters, then "...": enough to recognise it, short enough to read. */
#define SHOW_CHARS 40
/* Names listed in a message ("the file has: a, b, …") before "…". */
#define LIST_NAMES 12

__extension__ typedef unsigned __int128 u128;

static const int64_t DIGITS_LIMIT = 1000000000000000000; /* 10^GRIP_MAX_DATA_DIGITS */

/* ---- data errors ---------------------------------------------------------------- */

void data_error_init(DataError *e)
{
    e->items = NULL;
    e->n = e->cap = e->errors = e->warnings = 0;
}

void data_error_free(DataError *e)
{
    for (size_t k = 0; k < e->n; k++) {
        xfree(e->items[k].file);
        xfree(e->items[k].message);
        xfree(e->items[k].hint);
    }
    xfree(e->items);
    data_error_init(e);
}

/* Appends an issue; 'file' and 'hint' may be NULL. */
static void add_issue(DataError *e, DataIssueKind kind, const char *file, uint64_t line,
                      size_t col, const char *hint, const char *message)
{
    e->items = xgrow(e->items, &e->cap, e->n + 1, sizeof *e->items);
    DataIssue *it = &e->items[e->n++];
    it->kind = kind;
    it->file = file ? xstrdup(file) : NULL;
    it->line = line;
    it->col = line ? col : 0;
    it->message = xstrdup(message);
    it->hint = hint ? xstrdup(hint) : NULL;
    if (kind == DATA_ISSUE_ERROR) e->errors++;
    if (kind == DATA_ISSUE_WARNING) e->warnings++;
}

/* Renders issue 'it' into 'out' (cap bytes); returns the full length. */
static int render_issue(const DataIssue *it, char *out, size_t cap)
{
    if (it->kind == DATA_ISSUE_STOP) return snprintf(out, cap, "%s\n", it->message);
    char where[512] = "";
    if (it->file && it->line && it->col)
        snprintf(where, sizeof where, "%s:%llu:%zu: ", it->file, (unsigned long long)it->line,
                 it->col);
    else if (it->file && it->line)
        snprintf(where, sizeof where, "%s:%llu: ", it->file, (unsigned long long)it->line);
    else if (it->file)
        snprintf(where, sizeof where, "%s: ", it->file);
    int len = snprintf(out, cap, "%s%s: %s\n", where,
                       it->kind == DATA_ISSUE_WARNING ? "warning" : "error", it->message);
    /* each line of the hint on its own "hint:" line */
    for (const char *h = it->hint; h && *h;) {
        const char *nl = strchr(h, '\n');
        int n = nl ? (int)(nl - h) : (int)strlen(h);
        size_t at = (size_t)len < cap ? (size_t)len : cap;
        len += snprintf(cap ? out + at : NULL, cap - at, "hint: %.*s\n", n, h);
        h = nl ? nl + 1 : h + n;
    }
    return len;
}

void data_error_print(const DataError *e, FILE *out)
{
    char *text = data_error_text(e);
    fputs(text, out);
    xfree(text);
}

char *data_error_text(const DataError *e)
{
    size_t len = 0;
    for (size_t k = 0; k < e->n; k++) len += (size_t)render_issue(&e->items[k], NULL, 0);
    char *out = xmalloc(len + 1);
    size_t at = 0;
    for (size_t k = 0; k < e->n; k++)
        at += (size_t)render_issue(&e->items[k], out + at, len + 1 - at);
    out[at] = '\0';
    return out;
}

/* ---- showing user text in messages ------------------------------------------------ */

/* Writes the 'len' bytes at 's' into 'out' (of 'cap' bytes, at least
 * 4 * SHOW_CHARS + 8) for quoting in a message: at most SHOW_CHARS
 * characters, then "..."; tab, line ends and other control characters
 * escaped (\t \n \r \xNN) so a message stays on one line.  Whole UTF-8
 * sequences are copied or dropped, never split. */
static void show(char *out, size_t cap, const char *s, size_t len)
{
    size_t used = 0, chars = 0;
    for (size_t i = 0; i < len;) {
        unsigned char c = (unsigned char)s[i];
        size_t n = c < 0x80 ? 1 : c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (n > len - i) n = len - i;
        if (chars == SHOW_CHARS) {
            if (used + 4 <= cap) memcpy(out + used, "...", 3), used += 3;
            break;
        }
        char esc[5];
        const char *piece = s + i;
        size_t plen = n;
        if (c == '\t' || c == '\n' || c == '\r') {
            esc[0] = '\\';
            esc[1] = c == '\t' ? 't' : c == '\n' ? 'n' : 'r';
            piece = esc;
            plen = 2;
        } else if (c < 0x20 || c == 0x7F) {
            snprintf(esc, sizeof esc, "\\x%02x", c);
            piece = esc;
            plen = 4;
        }
        if (used + plen + 1 > cap) break;
        memcpy(out + used, piece, plen);
        used += plen;
        chars++;
        i += n;
    }
    out[used] = '\0';
}

/* Buffer for one show() result. */
typedef struct Shown {
    char s[4 * SHOW_CHARS + 8];
} Shown;

static const char *shown(Shown *b, const char *s, size_t len)
{
    show(b->s, sizeof b->s, s, len);
    return b->s;
}

/* Appends to 'out' (cap bytes, NUL-terminated, '*used' so far) the 'n'
 * names given by 'name_at' as "a, b, c", with "…" after LIST_NAMES of them;
 * stops early rather than cut a name when 'out' is full. */
static void list_names(char *out, size_t cap, size_t *used, size_t n,
                       const char *(*name_at)(const void *, size_t), const void *ctx)
{
    for (size_t k = 0; k < n; k++) {
        Shown b;
        const char *name = k < LIST_NAMES ? name_at(ctx, k) : NULL;
        int w = snprintf(out + *used, cap - *used, "%s%s", k ? ", " : "",
                         name ? shown(&b, name, strlen(name)) : "\xe2\x80\xa6");
        if (w < 0 || (size_t)w >= cap - *used) {
            out[*used] = '\0';
            return;
        }
        *used += (size_t)w;
        if (!name) return;
    }
}

/* Optimal string alignment distance (edits, adjacent swaps) between 'a' and
 * 'b', bytewise; 99 when either is longer than 64 bytes (hints only). */
static size_t edit_distance(const char *a, const char *b)
{
    size_t la = strlen(a), lb = strlen(b);
    if (la > 64 || lb > 64) return 99;
    size_t d[65][65];
    for (size_t i = 0; i <= la; i++) d[i][0] = i;
    for (size_t j = 0; j <= lb; j++) d[0][j] = j;
    for (size_t i = 1; i <= la; i++) {
        for (size_t j = 1; j <= lb; j++) {
            size_t cost = a[i - 1] != b[j - 1];
            size_t best = d[i - 1][j] + 1;
            if (d[i][j - 1] + 1 < best) best = d[i][j - 1] + 1;
            if (d[i - 1][j - 1] + cost < best) best = d[i - 1][j - 1] + cost;
            if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
                d[i - 2][j - 2] + 1 < best)
                best = d[i - 2][j - 2] + 1;
            d[i][j] = best;
        }
    }
    return d[la][lb];
}

/* True when 'a' (of 'alen' bytes) and the NUL-terminated 'b' are equal
 * ignoring ASCII case. */
static bool same_folded(const char *a, size_t alen, const char *b)
{
    if (strlen(b) != alen) return false;
    for (size_t k = 0; k < alen; k++) {
        char x = a[k], y = b[k];
        if (x >= 'A' && x <= 'Z') x = (char)(x - 'A' + 'a');
        if (y >= 'A' && y <= 'Z') y = (char)(y - 'A' + 'a');
        if (x != y) return false;
    }
    return true;
}

/* ---- what a field type is called in messages ---------------------------------------- */

/* "is not ..." wording of a field type; enums use their name. */
static const char *type_phrase(const FieldSchema *f, char *buf, size_t cap)
{
    switch (f->type) {
    case FT_BOOL: return "true or false";
    case FT_INT: return "a whole number";
    case FT_DECIMAL: return "a number";
    case FT_MONEY: return "a money amount";
    case FT_PERCENT: return "a percentage";
    case FT_DATE: return "a date";
    case FT_DURATION: return "a duration";
    case FT_TEXT: return "a text";
    case FT_ENUM:
        snprintf(buf, cap, "a %s", f->enum_info && f->enum_info->name ? f->enum_info->name : "member of the enum");
        return buf;
    }
    return "a value of its type";
}

/* ---- columns ------------------------------------------------------------------------ */

/* Bytes per row of a column stored as 'store'. */
static size_t elem_size(DatasetStore store)
{
    switch (store) {
    case DS_CONST: return 0;
    case DS_BOOL: return sizeof(uint8_t);
    case DS_NUM8: return sizeof(int8_t);
    case DS_NUM16: return sizeof(int16_t);
    case DS_NUM32: return sizeof(int32_t);
    case DS_NUM64: return sizeof(int64_t);
    case DS_DATE: return sizeof(int32_t);
    case DS_DURATION: return sizeof(Duration);
    case DS_TEXT: return sizeof(const Text *);
    case DS_DICT8: return sizeof(uint8_t);
    case DS_DICT16: return sizeof(uint16_t);
    case DS_ENUM: return sizeof(uint16_t);
    case DS_RAW: return sizeof(uint32_t);
    }
    return 0;
}

/* How a field of type 't' starts out when it has a column: numbers in
 * one byte, texts as codes when 'dict' (a loaded file) else as pointers. */
static DatasetStore store_of(FieldType t, bool dict)
{
    switch (t) {
    case FT_BOOL: return DS_BOOL;
    case FT_INT:
    case FT_DECIMAL:
    case FT_MONEY:
    case FT_PERCENT: return DS_NUM8;
    case FT_DATE: return DS_DATE;
    case FT_DURATION: return DS_DURATION;
    case FT_TEXT: return dict ? DS_DICT8 : DS_TEXT;
    case FT_ENUM: return DS_ENUM;
    }
    return DS_CONST;
}


static bool valid_type(FieldType t) { return t >= FT_BOOL && t <= FT_ENUM; }

/* Makes field 'field' an array column (empty, scale fixed for int/money);
 * a text column is dictionary-coded when 'dict'. */
static void column_array(Dataset *ds, size_t field, bool dict)
{
    const FieldSchema *f = &ds->schema->fields[field];
    DatasetColumn *c = &ds->cols[field];
    c->store = (uint8_t)store_of(f->type, dict);
    c->scale = f->type == FT_MONEY ? 2 : 0;
    c->type = f->enum_info;
    c->max_abs = 0;
    c->data = NULL;
    if (ds->cap) c->data = xmalloc(ds->cap * elem_size((DatasetStore)c->store));
    if (c->store == DS_DICT8) {
        c->codes = xcalloc(64, sizeof *c->codes);
        c->codemask = 63;
    }
}

/* Writes a zero (false, 0, code 0, NULL...) into row 'row' of column 'c', so
 * a row with a bad cell holds no uninitialised value that a later rescale
 * or widening would read. */
static void clear_cell(DatasetColumn *c, size_t row)
{
    size_t es = elem_size((DatasetStore)c->store);
    if (es) memset((char *)c->data + row * es, 0, es);
}

/* ---- number columns of several widths --------------------------------------------- */

static int64_t num_get(const DatasetColumn *c, size_t row)
{
    switch ((DatasetStore)c->store) {
    case DS_NUM8: return ((const int8_t *)c->data)[row];
    case DS_NUM16: return ((const int16_t *)c->data)[row];
    case DS_NUM32: return ((const int32_t *)c->data)[row];
    default: return ((const int64_t *)c->data)[row];
    }
}

/* Stores 'v', which fits the column's width. */
static void num_set(DatasetColumn *c, size_t row, int64_t v)
{
    switch ((DatasetStore)c->store) {
    case DS_NUM8: ((int8_t *)c->data)[row] = (int8_t)v; break;
    case DS_NUM16: ((int16_t *)c->data)[row] = (int16_t)v; break;
    case DS_NUM32: ((int32_t *)c->data)[row] = (int32_t)v; break;
    default: ((int64_t *)c->data)[row] = v; break;
    }
}

/* The narrowest store holding every coefficient of magnitude <= 'max_abs'. */
static DatasetStore num_store_for(int64_t max_abs)
{
    return max_abs <= INT8_MAX ? DS_NUM8 : max_abs <= INT16_MAX ? DS_NUM16
                                        : max_abs <= INT32_MAX ? DS_NUM32 : DS_NUM64;
}

/* Widens number column 'c' (arrays of 'cap' rows) to 'to', copying the
 * first 'rows' values. */
static void num_widen(DatasetColumn *c, size_t cap, size_t rows, DatasetStore to)
{
    DatasetColumn wide = *c;
    wide.store = (uint8_t)to;
    wide.data = cap ? xmalloc(cap * elem_size(to)) : NULL;
    for (size_t r = 0; r < rows; r++) num_set(&wide, r, num_get(c, r));
    xfree(c->data);
    *c = wide;
}

/* ---- dictionary-coded text columns ------------------------------------------------- */

/* Most distinct texts a dictionary-coded column holds: codes are 16-bit. */
#define DICT_MAX 65536

/* (Re)builds the text -> code map of column 'c' with 'cap' slots (a power
 * of two above twice the codes in use). */
static void dict_map(DatasetColumn *c, size_t cap)
{
    xfree(c->codes);
    c->codes = xcalloc(cap, sizeof *c->codes);
    c->codemask = cap - 1;
    for (size_t k = 0; k < c->ndict; k++) {
        size_t a = c->dict[k]->hash & c->codemask;
        while (c->codes[a]) a = (a + 1) & c->codemask;
        c->codes[a] = (uint32_t)k + 1;
    }
}

/* The code of 't' in column 'c', added when new; SIZE_MAX when the
 * dictionary is full.  The map is rebuilt when loading dropped it (rows
 * appended to a loaded dataset). */
static size_t dict_code(DatasetColumn *c, const Text *t)
{
    if (!c->codes) {
        size_t cap = 64;
        while (cap < 2 * c->ndict + 2) cap *= 2;
        dict_map(c, cap);
    }
    size_t at = t->hash & c->codemask;
    for (uint32_t code; (code = c->codes[at]) != 0; at = (at + 1) & c->codemask)
        if (c->dict[code - 1] == t) return code - 1;
    if (c->ndict == DICT_MAX) return SIZE_MAX;
    c->dict = xgrow(c->dict, &c->dictcap, c->ndict + 1, sizeof *c->dict);
    c->dict[c->ndict] = t;
    c->codes[at] = (uint32_t)++c->ndict;
    if (2 * c->ndict > c->codemask + 1) dict_map(c, 2 * (c->codemask + 1)); /* at most half full */
    return c->ndict - 1;
}

/* Turns dictionary column 'c' into plain pointers, the first 'rows' rows
 * copied (arrays of 'cap' rows). */
static void dict_to_pointers(DatasetColumn *c, size_t cap, size_t rows)
{
    const Text **p = cap ? xmalloc(cap * sizeof *p) : NULL;
    for (size_t r = 0; r < rows; r++)
        p[r] = c->dict[c->store == DS_DICT8 ? ((const uint8_t *)c->data)[r]
                                            : ((const uint16_t *)c->data)[r]];
    xfree(c->data);
    xfree(c->dict);
    xfree(c->codes);
    c->data = (void *)p;
    c->dict = NULL;
    c->codes = NULL;
    c->ndict = c->dictcap = c->codemask = 0;
    c->store = DS_TEXT;
}

/* Stores text 't' in row 'row' of text column 'c' of 'ds', coding it when
 * the column is dictionary-coded (widening codes or giving up the
 * dictionary as needed). */
static void put_text(Dataset *ds, DatasetColumn *c, size_t row, const Text *t)
{
    if (c->store != DS_TEXT) {
        size_t code = dict_code(c, t);
        if (code == SIZE_MAX) {
            dict_to_pointers(c, ds->cap, row);
        } else {
            if (c->store == DS_DICT8 && code > UINT8_MAX) {
                uint16_t *w = ds->cap ? xmalloc(ds->cap * sizeof *w) : NULL;
                for (size_t r = 0; r < row; r++) w[r] = ((const uint8_t *)c->data)[r];
                xfree(c->data);
                c->data = w;
                c->store = DS_DICT16;
            }
            if (c->store == DS_DICT8)
                ((uint8_t *)c->data)[row] = (uint8_t)code;
            else
                ((uint16_t *)c->data)[row] = (uint16_t)code;
            return;
        }
    }
    ((const Text **)c->data)[row] = t;
}

/* ---- uninterned text columns (DS_RAW) ------------------------------------------------ */

/* Bytes a Text of 'len' bytes takes in a heap: header, bytes, NUL, padded
 * to 4 (so offsets / 4 fit 32 bits for heaps up to 16 GiB). */
static size_t raw_size(size_t len) { return (sizeof(Text) + len + 1 + 3) & ~(size_t)3; }

/* Appends the 'len' bytes at 's' (intern_hash 'hash') to the heap of raw
 * column 'c' and stores them in row 'row'. */
static void raw_put(DatasetColumn *c, size_t row, const char *s, size_t len, uint32_t hash)
{
    size_t size = raw_size(len);
    if (c->heap_len + size > (size_t)UINT32_MAX * 4) { /* past what 32-bit offsets reach */
        fputs("grip: out of memory\n", stderr);
        exit(70);
    }
    if (c->heap_cap - c->heap_len < size) {
        size_t cap = c->heap_cap ? c->heap_cap : (size_t)1 << 16;
        while (cap - c->heap_len < size) cap *= 2;
        c->heap = xrealloc(c->heap, cap);
        c->heap_cap = cap;
    }
    Text *t = (Text *)(void *)(c->heap + c->heap_len);
    t->len = (uint32_t)len;
    t->hash = hash;
    if (len) memcpy(t->s, s, len);
    t->s[len] = '\0';
    ((uint32_t *)c->data)[row] = (uint32_t)(c->heap_len / 4);
    c->heap_len += size;
}

/* Makes field 'field' (a text field with an array column) a DS_RAW column.
 * The heap starts with the empty text, which a cleared cell (offset 0)
 * reads. */
static void column_raw(Dataset *ds, size_t field)
{
    DatasetColumn *c = &ds->cols[field];
    xfree(c->data);
    xfree(c->codes);
    c->codes = NULL;
    c->codemask = 0;
    c->store = DS_RAW;
    c->data = ds->cap ? xmalloc(ds->cap * sizeof(uint32_t)) : NULL;
    c->heap = xmalloc((size_t)1 << 16);
    c->heap_cap = (size_t)1 << 16;
    c->heap_len = raw_size(0);
    memset(c->heap, 0, c->heap_len);
    ((Text *)(void *)c->heap)->hash = intern_hash("", 0);
}

/* The text in row 'row' of raw column 'c'. */
static const Text *raw_get(const DatasetColumn *c, size_t row)
{
    return (const Text *)(const void *)(c->heap + 4 * (size_t)((const uint32_t *)c->data)[row]);
}

/* True when texts 'a' and 'b' have the same bytes (for raw texts, which
 * pointer equality cannot tell). */
static bool same_text(const Text *a, const Text *b)
{
    return a == b || (a->hash == b->hash && a->len == b->len && memcmp(a->s, b->s, a->len) == 0);
}

/* Makes every array column hold 'cap' rows. */
static void resize(Dataset *ds, size_t cap)
{
    for (size_t k = 0; k < ds->schema->n; k++) {
        DatasetColumn *c = &ds->cols[k];
        size_t es = elem_size((DatasetStore)c->store);
        if (!es) continue;
        if (cap) {
            c->data = xrealloc(c->data, cap * es);
        } else {
            xfree(c->data);
            c->data = NULL;
        }
    }
    ds->cap = cap;
}

/* Ensures room for one more row. */
static void reserve_row(Dataset *ds)
{
    if (ds->nrows < ds->cap) return;
    size_t cap = ds->cap ? ds->cap * 2 : 1024;
    if (cap > GRIP_MAX_DATASET_ROWS + 1) cap = GRIP_MAX_DATASET_ROWS + 1;
    resize(ds, cap);
}

/* Records that row 'row' starts on 'line'. */
static void note_line(Dataset *ds, size_t row, uint64_t line)
{
    if (ds->nruns) {
        const DatasetLineRun *last = &ds->runs[ds->nruns - 1];
        if (line != 0 && last->line != 0 && line == last->line + (row - last->row)) return;
    }
    ds->runs = xgrow(ds->runs, &ds->runcap, ds->nruns + 1, sizeof *ds->runs);
    ds->runs[ds->nruns].row = row;
    ds->runs[ds->nruns].line = line;
    ds->nruns++;
}

static Dataset *new_dataset(const Schema *schema, const char *file)
{
    Dataset *ds = xcalloc(1, sizeof *ds);
    ds->schema = schema;
    ds->cols = xcalloc(schema->n ? schema->n : 1, sizeof *ds->cols);
    ds->file = file ? xstrdup(file) : NULL;
    return ds;
}

/* ---- numbers ------------------------------------------------------------------------- */

/* Why a number does not fit its column. */
typedef enum FitError {
    FIT_OK,
    FIT_NOT_WHOLE, /* int with a fraction */
    FIT_CENTS,     /* money with more than 2 decimals */
    FIT_DIGITS,    /* more than GRIP_MAX_DATA_DIGITS at the column's scale */
    FIT_RESCALE,   /* its decimals would push the column's largest value past the limit */
    FIT_SCALE      /* more than DEC_MAX_SCALE decimals (a percent without '%') */
} FitError;

static const int64_t POW10[19] = {
    1,           10,           100,           1000,           10000,           100000,
    1000000,     10000000,     100000000,     1000000000,     10000000000,     100000000000,
    1000000000000, 10000000000000, 100000000000000, 1000000000000000, 10000000000000000,
    100000000000000000, 1000000000000000000};

/* True when |'m'| x 10^'k' < 10^18. */
static bool fits_scaled(u128 m, int k)
{
    if (m == 0) return true;
    if (k > 18 || m >= (u128)DIGITS_LIMIT) return false;
    return m * (u128)POW10[k] < (u128)DIGITS_LIMIT;
}

/* Stores 'd' (already normalised and checked for its field type) in number
 * column 'c' of 'ds' at row 'row', rescaling the first 'row' values when 'd'
 * has more decimals than the column and widening the column when a
 * coefficient needs more bytes.  Returns FIT_OK, FIT_DIGITS or FIT_RESCALE
 * (then nothing changed). */
static FitError put_number(Dataset *ds, DatasetColumn *c, size_t row, Dec d)
{
    u128 mag = d.coef < 0 ? (u128)(-d.coef) : (u128)d.coef;
    if (d.scale > c->scale) {
        if (!fits_scaled(mag, 0)) return FIT_DIGITS;
        int k = d.scale - c->scale;
        if (!fits_scaled((u128)c->max_abs, k)) return FIT_RESCALE;
        if (c->max_abs) { /* (all zeros need no rescaling, and k may pass 18) */
            int64_t f = POW10[k], max = c->max_abs * f;
            if (num_store_for(max) > c->store) num_widen(c, ds->cap, row, num_store_for(max));
            for (size_t r = 0; r < row; r++) num_set(c, r, num_get(c, r) * f);
            c->max_abs = max;
        }
        c->scale = (uint8_t)d.scale;
    }
    int k = c->scale - d.scale;
    if (!fits_scaled(mag, k)) return FIT_DIGITS;
    int64_t v = (int64_t)mag * POW10[k];
    if (v > c->max_abs) {
        c->max_abs = v;
        if (num_store_for(v) > c->store) num_widen(c, ds->cap, row, num_store_for(v));
    }
    num_set(c, row, d.coef < 0 ? -v : v);
    return FIT_OK;
}

/* Checks 'd' against the rules of field type 't' and normalises it:
 * returns FIT_OK with '*d' ready for put_number, or why not. */
static FitError number_for_type(FieldType t, Dec *d)
{
    *d = dec_normalize(*d);
    if (t == FT_INT && d->scale > 0) return FIT_NOT_WHOLE;
    if (t == FT_MONEY && d->scale > 2) return FIT_CENTS;
    return FIT_OK;
}

/* Words a FitError about 'subject' ("'12.345' in column 'tarief'") into
 * 'msg' for column 'c' of field 'f', 'd' the number in question. */
static void fit_message(char *msg, size_t cap, FitError fe, const char *subject,
                        const DatasetColumn *c, Dec d)
{
    char big[DEC_FORMAT_MAX];
    switch (fe) {
    case FIT_OK: msg[0] = '\0'; return;
    case FIT_NOT_WHOLE: snprintf(msg, cap, "%s is not a whole number", subject); return;
    case FIT_CENTS:
        snprintf(msg, cap, "%s has more than 2 decimals: a money amount is in whole cents", subject);
        return;
    case FIT_DIGITS:
        if (c->scale > d.scale)
            snprintf(msg, cap,
                     "%s has too many digits: at the column's %d decimal%s it needs more than %d",
                     subject, c->scale, c->scale == 1 ? "" : "s", GRIP_MAX_DATA_DIGITS);
        else
            snprintf(msg, cap, "%s has too many digits: a number in a dataset has at most %d",
                     subject, GRIP_MAX_DATA_DIGITS);
        return;
    case FIT_RESCALE: {
        Dec m = {c->max_abs, c->scale};
        dec_format(big, sizeof big, m, DEC_STYLE_PLAIN, DEC_PLACES_MIN);
        snprintf(msg, cap,
                 "%s has too many decimals: at %d decimals the column's largest value %s would "
                 "need more than %d digits",
                 subject, d.scale, big, GRIP_MAX_DATA_DIGITS);
        return;
    }
    case FIT_SCALE:
        snprintf(msg, cap, "%s has more than %d decimals", subject, DEC_MAX_SCALE);
        return;
    }
}

/* Reads a plain number: an optional '-', 1 to 18 digits with at most one
 * 'point' between two of them.  Returns false for anything else (then the
 * general parser decides); true with '*out' set, the same Dec
 * dec_parse_csv gives for such text. */
static bool fast_number(const char *s, size_t len, char point, Dec *out)
{
    size_t i = 0, digits = 0;
    bool neg = false, frac = false;
    int scale = 0;
    int64_t c = 0;
    if (len && s[0] == '-') neg = true, i = 1;
    if (i == len) return false;
    for (; i < len; i++) {
        char ch = s[i];
        if (ch >= '0' && ch <= '9') {
            if (++digits > 18) return false;
            c = c * 10 + (ch - '0');
            scale += frac;
        } else if (ch == point && !frac && digits && i + 1 < len) {
            frac = true;
        } else {
            return false;
        }
    }
    if (frac && scale == 0) return false;
    out->coef = neg ? -c : c;
    out->scale = scale;
    return true;
}

/* ---- values of the right kind (defaults, rows built in code) ---------------------------- */

/* Checks that 'v' may be stored in field 'f': its kind fits the type.
 * Numbers are checked further when stored. */
static bool kind_fits(const FieldSchema *f, Value v)
{
    switch (f->type) {
    case FT_BOOL: return v.kind == VAL_BOOL;
    case FT_INT:
    case FT_DECIMAL:
    case FT_MONEY:
    case FT_PERCENT: return v.kind == VAL_NUM && v.scale <= DEC_MAX_SCALE && dec_is_valid(value_dec(v));
    case FT_DATE: return v.kind == VAL_DATE && date_is_valid(v.as.date);
    case FT_DURATION: return v.kind == VAL_DURATION && duration_is_valid(v.as.dur);
    case FT_TEXT: return v.kind == VAL_TEXT && v.as.text != NULL;
    case FT_ENUM:
        return v.kind == VAL_ENUM && f->enum_info && v.tag < f->enum_info->n &&
               (v.as.type == NULL || v.as.type == f->enum_info);
    }
    return false;
}

/* Stores 'v' (kind_fits) in row 'row' of array column 'field'.  Returns
 * FIT_OK or why the number does not fit (then nothing changed). */
static FitError put_value(Dataset *ds, size_t field, size_t row, Value v, Dec *num)
{
    const FieldSchema *f = &ds->schema->fields[field];
    DatasetColumn *c = &ds->cols[field];
    switch ((DatasetStore)c->store) {
    case DS_CONST: return FIT_OK;
    case DS_BOOL: ((uint8_t *)c->data)[row] = v.as.b; return FIT_OK;
    case DS_NUM8:
    case DS_NUM16:
    case DS_NUM32:
    case DS_NUM64: {
        *num = value_dec(v);
        FitError fe = number_for_type(f->type, num);
        return fe != FIT_OK ? fe : put_number(ds, c, row, *num);
    }
    case DS_DATE: ((int32_t *)c->data)[row] = v.as.date.days; return FIT_OK;
    case DS_DURATION: ((Duration *)c->data)[row] = v.as.dur; return FIT_OK;
    case DS_TEXT:
    case DS_DICT8:
    case DS_DICT16: put_text(ds, c, row, v.as.text); return FIT_OK;
    case DS_ENUM: ((uint16_t *)c->data)[row] = v.tag; return FIT_OK;
    case DS_RAW: raw_put(c, row, v.as.text->s, v.as.text->len, v.as.text->hash); return FIT_OK;
    }
    return FIT_OK;
}

/* Checks a default 'v' of field 'f' as a constant (no column): the kind,
 * and a number's rules for its type.  On failure words why into 'msg'. */
static bool check_constant(const Schema *s, const FieldSchema *f, Value v, char *msg, size_t cap)
{
    char tb[128];
    if (!kind_fits(f, v)) {
        snprintf(msg, cap, "the default of '%s' in %s is not %s", f->name, s->name,
                 type_phrase(f, tb, sizeof tb));
        return false;
    }
    if (v.kind == VAL_NUM) {
        Dec d = value_dec(v);
        FitError fe = number_for_type(f->type, &d);
        DatasetColumn probe = {0};
        probe.scale = (uint8_t)d.scale;
        u128 mag = d.coef < 0 ? (u128)(-d.coef) : (u128)d.coef;
        if (fe == FIT_OK && !fits_scaled(mag, 0)) fe = FIT_DIGITS;
        if (fe != FIT_OK) {
            char val[DEC_FORMAT_MAX], subject[512];
            dec_format(val, sizeof val, value_dec(v), DEC_STYLE_PLAIN, DEC_PLACES_MIN);
            snprintf(subject, sizeof subject, "the default %s of '%s' in %s", val, f->name, s->name);
            fit_message(msg, cap, fe, subject, &probe, d);
            return false;
        }
    }
    return true;
}

/* ---- loading a CSV file ------------------------------------------------------------------ */

/* Enum member lookup by name: open addressing over member indexes + 1. */
typedef struct EnumTable {
    uint32_t *slots;   /* member + 1, 0 = empty (xmalloc'ed) */
    size_t mask;       /* slots - 1 */
    size_t *lens;      /* strlen of each member (xmalloc'ed) */
} EnumTable;

/* Texts remembered per text column: a direct-mapped cache by hash in front
 * of the interner, so the few distinct values of a column like 'gemeente'
 * are found in a small hot table instead of the interner's big one.
 * Dropped after TEXT_CACHE_TRIAL cells when most of them missed (a column
 * of unique ids gains nothing from it). */
#define TEXT_CACHE 1024
#define TEXT_CACHE_TRIAL 65536

/* An entry of the text cache. */
typedef struct TextSlot {
    const Text *text;  /* the interned text, or NULL */
    uint32_t key;      /* cache_key of its bytes */
    uint32_t code;     /* its code in the column's dictionary (dictionary columns) */
} TextSlot;

/* A quick hash of the 'len' bytes at 's' for the text cache only (a miss
 * merely costs an intern): the length and the first and last four bytes,
 * each read once.  The cell's bytes lie inside the file's data, so no read
 * goes past them. */
static inline uint32_t cache_key(const char *s, size_t len)
{
    uint32_t a, b;
    if (len >= 4) {
        memcpy(&a, s, 4);
        memcpy(&b, s + len - 4, 4);
    } else {
        a = len ? (uint32_t)(unsigned char)s[0] << 16 | (uint32_t)(unsigned char)s[len / 2] << 8 |
                      (uint32_t)(unsigned char)s[len - 1]
                : 0;
        b = 0;
    }
    uint64_t h = ((uint64_t)a << 32 | b) ^ ((uint64_t)len * 0x9E3779B97F4A7C15ull);
    h *= 0xBF58476D1CE4E5B9ull;
    return (uint32_t)(h >> 32);
}

/* A field bound to a CSV column. */
typedef struct Binding {
    size_t field;      /* schema field */
    size_t col;        /* CSV column */
    FieldType type;    /* the field's type */
    DatasetColumn *c;  /* the field's column (the array moves, the struct not) */
    const FieldSchema *f; /* the field */
    EnumTable enums;   /* FT_ENUM: member lookup */
    TextSlot *cache;   /* FT_TEXT: TEXT_CACHE recent texts (xcalloc'ed), or NULL */
    size_t lookups;    /* FT_TEXT: cells looked up in 'cache' */
    size_t misses;     /* FT_TEXT: of which missed */
    bool deferred;     /* FT_TEXT: this row's cell is parsed after the others */
    uint32_t hash;     /* FT_TEXT, deferred: the cell's intern_hash */
    bool raw;          /* FT_TEXT: kept uninterned (a DS_RAW column) */
} Binding;

typedef struct Loader {
    Dataset *ds;          /* being filled */
    CsvReader *r;         /* the open file */
    const char *path;     /* file name for messages */
    const DatasetOptions *opt; /* never NULL */
    Interner *texts;      /* where texts are interned */
    DataError *err;       /* messages go here */
    size_t nerrors;       /* errors of this load */
    bool stopped;         /* GRIP_MAX_DATA_ERRORS reached */
    char point;           /* decimal separator of the file: '.' or ',' */
    unsigned mode;        /* DEC_CSV_DECIMAL_POINT or _COMMA */
    Binding *bind;        /* one per bound field */
    size_t nbind;         /* how many */
    bool part;            /* a part of a file read on its own thread (its
                             enum tables are the main loader's) */
} Loader;

/* Records an error of this load at 'line':'col' (0: none); after
 * GRIP_MAX_DATA_ERRORS errors adds the stop line instead and stops. */
static void load_error(Loader *L, uint64_t line, size_t col, const char *hint, const char *msg)
{
    if (L->stopped) return;
    if (L->nerrors == GRIP_MAX_DATA_ERRORS) {
        char stop[600];
        Shown b;
        snprintf(stop, sizeof stop, "too many errors in %s (stopped after %d)",
                 shown(&b, L->path, strlen(L->path)), GRIP_MAX_DATA_ERRORS);
        add_issue(L->err, DATA_ISSUE_STOP, L->path, 0, 0, NULL, stop);
        L->stopped = true;
        return;
    }
    L->nerrors++;
    add_issue(L->err, DATA_ISSUE_ERROR, L->path, line, col, hint, msg);
}

/* An error at cell 'col' of 'row'. */
static void cell_error(Loader *L, const CsvRow *row, size_t col, const char *hint, const char *msg)
{
    uint64_t line;
    size_t column;
    csv_field_pos(row, col, &line, &column);
    load_error(L, line, column, hint, msg);
}

/* Passes an error of the CSV reader on. */
static void csv_issue(Loader *L, const CsvError *ce)
{
    load_error(L, ce->line, ce->col, ce->hint, ce->message);
}

/* The name of CSV column 'k' (for list_names). */
static const char *header_name(const void *ctx, size_t k)
{
    return csv_header((const CsvReader *)ctx)->fields[k].ptr;
}

/* Member 'k' of an EnumInfo (for list_names). */
static const char *member_name(const void *ctx, size_t k)
{
    return ((const EnumInfo *)ctx)->members[k];
}

static void enum_table_init(EnumTable *t, const EnumInfo *info)
{
    size_t cap = 16;
    while (cap < 2 * (size_t)info->n) cap *= 2;
    t->slots = xcalloc(cap, sizeof *t->slots);
    t->mask = cap - 1;
    t->lens = xcalloc(info->n ? info->n : 1, sizeof *t->lens);
    for (uint32_t m = 0; m < info->n; m++) {
        const char *name = info->members[m] ? info->members[m] : "";
        t->lens[m] = strlen(name);
        size_t at = intern_hash(name, t->lens[m]) & t->mask;
        while (t->slots[at]) at = (at + 1) & t->mask;
        t->slots[at] = m + 1;
    }
}

/* The member named by the 'len' bytes at 's', or -1. */
static long enum_find(const EnumTable *t, const EnumInfo *info, const char *s, size_t len)
{
    size_t at = intern_hash(s, len) & t->mask;
    for (uint32_t m; (m = t->slots[at]) != 0; at = (at + 1) & t->mask) {
        if (t->lens[m - 1] == len && memcmp(info->members[m - 1], s, len) == 0) return (long)m - 1;
    }
    return -1;
}

/* Appends to the hint text 'h' (cap bytes) one more hint line. */
static void add_hint_line(char *h, size_t cap, const char *line)
{
    size_t used = strlen(h);
    snprintf(h + used, cap - used, "%s%s", used ? "\n" : "", line);
}

/* A hint for declared field 'name' missing from the header: a column whose
 * name differs only in case, or by a typo (names of 4 or more bytes, at
 * most a third of the name off).  Written into 'out', or "" when none. */
static void near_column(const CsvRow *hdr, const bool *used, const char *name, char *out,
                        size_t cap)
{
    const char *near = NULL;
    size_t best = 99, nlen = strlen(name);
    out[0] = '\0';
    for (size_t k = 0; k < hdr->n; k++) {
        const char *hn = hdr->fields[k].ptr;
        if (used[k]) continue;
        Shown b1, b2;
        if (same_folded(name, nlen, hn)) {
            snprintf(out, cap, "the file has '%s': column names are case-sensitive",
                     shown(&b1, hn, strlen(hn)));
            return;
        }
        size_t dist = nlen >= 4 ? edit_distance(name, hn) : 99;
        if (dist <= nlen / 3 && dist < best) best = dist, near = hn;
        (void)b2;
    }
    if (near) {
        Shown b1, b2;
        snprintf(out, cap, "the file has '%s': is that '%s'?", shown(&b1, near, strlen(near)),
                 shown(&b2, name, nlen));
    }
}

/* True when 'info' can be bound: at most 65536 members (uint16 storage),
 * every one named. */
static bool enum_usable(const EnumInfo *info)
{
    if (!info || info->n > 65536 || (info->n && !info->members)) return false;
    for (uint32_t m = 0; m < info->n; m++)
        if (!info->members[m]) return false;
    return true;
}

/* Binds the header to the schema: a column per field, a constant column
 * for an absent field with a default, one error naming every missing
 * field, and warnings (errors with --strict) for undeclared columns.
 * Returns false after errors. */
static bool bind_header(Loader *L)
{
    Dataset *ds = L->ds;
    const Schema *s = ds->schema;
    const CsvRow *hdr = csv_header(L->r);
    size_t ncols = csv_ncols(L->r);
    bool *used = xcalloc(ncols, sizeof *used);
    size_t *missing = xcalloc(s->n ? s->n : 1, sizeof *missing);
    size_t nmissing = 0;
    size_t before = L->nerrors;
    char msg[2048], tb[128];
    const char *kind = L->opt->kind;
    L->bind = xcalloc(s->n ? s->n : 1, sizeof *L->bind);
    for (size_t f = 0; f < s->n; f++) {
        const FieldSchema *fs = &s->fields[f];
        if (!valid_type(fs->type) || (fs->type == FT_ENUM && !enum_usable(fs->enum_info))) {
            snprintf(msg, sizeof msg, "field '%s' of %s has no valid type (an internal error)",
                     fs->name, s->name);
            load_error(L, 0, 0, NULL, msg);
            continue;
        }
        size_t col = ncols;
        for (size_t k = 0; k < ncols; k++) {
            if (!used[k] && strcmp(hdr->fields[k].ptr, fs->name) == 0) {
                col = k;
                break;
            }
        }
        if (col < ncols) {
            used[col] = true;
            Binding *b = &L->bind[L->nbind++];
            b->field = f;
            b->col = col;
            b->type = fs->type;
            b->c = &ds->cols[f];
            b->f = fs;
            if (fs->type == FT_ENUM) enum_table_init(&b->enums, fs->enum_info);
            column_array(ds, f, true);
            /* uninterned when asked, and the file is under 2 GiB: its heap
             * (a Text per cell, at most 7 times the file) then stays within
             * the 16 GiB that 32-bit offsets / 4 reach */
            size_t done, total;
            csv_position(L->r, &done, &total);
            b->raw = fs->type == FT_TEXT && L->opt->raw_text && L->opt->raw_text[f] &&
                     total < ((size_t)1 << 31);
            if (b->raw) column_raw(ds, f);
            else if (fs->type == FT_TEXT) b->cache = xcalloc(TEXT_CACHE, sizeof *b->cache);
            if (fs->has_default && !kind_fits(fs, fs->dflt)) {
                snprintf(msg, sizeof msg, "the default of '%s' in %s is not %s", fs->name, s->name,
                         type_phrase(fs, tb, sizeof tb));
                load_error(L, 0, 0, NULL, msg);
            }
        } else if (fs->has_default) {
            DatasetColumn *c = &ds->cols[f];
            c->store = DS_CONST;
            c->constant = fs->dflt;
            if (!check_constant(s, fs, fs->dflt, msg, sizeof msg)) load_error(L, 0, 0, NULL, msg);
        } else {
            missing[nmissing++] = f;
        }
    }
    if (nmissing) {
        /* one error: every missing field, what the file has, hints for near names */
        size_t len = (size_t)snprintf(msg, sizeof msg, "missing column%s ", nmissing > 1 ? "s" : "");
        for (size_t k = 0; k < nmissing && len < sizeof msg; k++) {
            const char *name = s->fields[missing[k]].name;
            Shown b;
            if (k == LIST_NAMES && nmissing > LIST_NAMES + 1) {
                len += (size_t)snprintf(msg + len, sizeof msg - len, " and %zu more",
                                        nmissing - LIST_NAMES);
                break;
            }
            len += (size_t)snprintf(msg + len, sizeof msg - len, "%s'%s'",
                                    k == 0 ? "" : k + 1 == nmissing ? " and " : ", ",
                                    shown(&b, name, strlen(name)));
        }
        if (len < sizeof msg)
            len += (size_t)snprintf(msg + len, sizeof msg - len,
                                    " (%s%s%s%s declares %s; the file has: ", kind ? "the " : "",
                                    kind ? kind : "", kind ? " " : "", s->name,
                                    nmissing > 1 ? "them" : "it");
        if (len < sizeof msg) list_names(msg, sizeof msg, &len, ncols, header_name, L->r);
        if (len + 2 < sizeof msg) msg[len++] = ')', msg[len] = '\0';
        char hints[2048] = "", one[600];
        for (size_t k = 0; k < nmissing; k++) {
            near_column(hdr, used, s->fields[missing[k]].name, one, sizeof one);
            if (one[0]) add_hint_line(hints, sizeof hints, one);
        }
        const char *h = hdr->fields[0].ptr;
        int other = csv_delimiter(L->r) == ',' ? ';' : ',';
        if (ncols == 1 && strchr(h, other)) {
            Shown b;
            snprintf(one, sizeof one,
                     "the file's only column is named '%s': is the file separated by '%c'? "
                     "(--delimiter)",
                     shown(&b, h, strlen(h)), other);
            add_hint_line(hints, sizeof hints, one);
        }
        load_error(L, hdr->line, 1, hints[0] ? hints : NULL, msg);
    }
    /* columns no field declares: listed; warned about (not when the header
     * is wrong anyway: the missing-column error already lists them) */
    for (size_t k = 0; k < ncols; k++) {
        if (used[k]) continue;
        const char *hn = hdr->fields[k].ptr;
        ds->unknown = xrealloc(ds->unknown, (ds->nunknown + 1) * sizeof *ds->unknown);
        ds->unknown[ds->nunknown++] = xstrdup(hn);
        Shown b;
        uint64_t line;
        size_t column;
        csv_field_pos(hdr, k, &line, &column);
        if (L->opt->strict) {
            snprintf(msg, sizeof msg, "unknown column '%s' (%s%s%s%s does not declare it)",
                     shown(&b, hn, strlen(hn)), kind ? "the " : "", kind ? kind : "",
                     kind ? " " : "", s->name);
            load_error(L, line, column, "remove the column, or leave out --strict to ignore it", msg);
        } else if (!nmissing) {
            snprintf(msg, sizeof msg, "column '%s' is ignored: %s%s%s%s does not declare it",
                     shown(&b, hn, strlen(hn)), kind ? "the " : "", kind ? kind : "",
                     kind ? " " : "", s->name);
            add_issue(L->err, DATA_ISSUE_WARNING, L->path, line, column, NULL, msg);
        }
    }
    xfree(used);
    xfree(missing);
    return L->nerrors == before;
}

/* Fills in row 'r' of the column of 'b' for an empty cell: the default, or
 * an error. */
static void empty_cell(Loader *L, const CsvRow *row, const Binding *b, size_t r)
{
    const FieldSchema *f = &L->ds->schema->fields[b->field];
    char msg[512], hint[512];
    Shown b1;
    if (!f->has_default) {
        snprintf(msg, sizeof msg, "empty cell in column '%s', which has no default",
                 shown(&b1, f->name, strlen(f->name)));
        snprintf(hint, sizeof hint, "fill in the cell, or give '%s' a default in %s", b1.s,
                 L->ds->schema->name);
        cell_error(L, row, b->col, hint, msg);
        clear_cell(&L->ds->cols[b->field], r);
        return;
    }
    if (!kind_fits(f, f->dflt)) { /* reported by bind_header */
        clear_cell(&L->ds->cols[b->field], r);
        return;
    }
    Dec d;
    FitError fe = put_value(L->ds, b->field, r, f->dflt, &d);
    if (fe != FIT_OK) {
        clear_cell(&L->ds->cols[b->field], r);
        char val[DEC_FORMAT_MAX], subject[512];
        dec_format(val, sizeof val, value_dec(f->dflt), DEC_STYLE_PLAIN, DEC_PLACES_MIN);
        shown(&b1, f->name, strlen(f->name));
        snprintf(subject, sizeof subject, "the default %s for an empty cell in column '%s'", val,
                 b1.s);
        fit_message(msg, sizeof msg, fe, subject, &L->ds->cols[b->field], d);
        cell_error(L, row, b->col, NULL, msg);
    }
}

/* True when the 'len' bytes at 's' hold a currency: the euro sign or "EUR". */
static bool has_currency(const char *s, size_t len)
{
    for (size_t k = 0; k + 2 < len; k++) {
        if (s[k] == '\xe2' && s[k + 1] == '\x82' && s[k + 2] == '\xac') return true;
        if (s[k] == 'E' && s[k + 1] == 'U' && s[k + 2] == 'R') return true;
    }
    return false;
}

/* Stores the text of the 'len' bytes at 's' in row 'r' of the column 'c'
 * of binding 'b': through the cache, else interned (and coded).  A
 * deferred cell's hash was computed when its slot was prefetched. */
static void text_cell(Loader *L, Binding *b, DatasetColumn *c, size_t r, const char *s, size_t len)
{
    if (!b->cache) {
        uint32_t h = b->deferred ? b->hash : intern_hash(s, len);
        if (b->raw) raw_put(c, r, s, len, h);
        else put_text(L->ds, c, r, intern_hashed(L->texts, s, len, h));
        return;
    }
    uint32_t key = cache_key(s, len);
    TextSlot *slot = &b->cache[key & (TEXT_CACHE - 1)];
    const Text *t = slot->text;
    b->lookups++;
    if (t && slot->key == key && t->len == len && memcmp(t->s, s, len) == 0) {
        if (c->store == DS_DICT8)
            ((uint8_t *)c->data)[r] = (uint8_t)slot->code;
        else if (c->store == DS_DICT16)
            ((uint16_t *)c->data)[r] = (uint16_t)slot->code;
        else
            ((const Text **)c->data)[r] = t;
        return;
    }
    t = intern(L->texts, s, len);
    put_text(L->ds, c, r, t);
    slot->text = t;
    slot->key = key;
    slot->code = c->store == DS_DICT8 ? ((const uint8_t *)c->data)[r]
                 : c->store == DS_DICT16 ? ((const uint16_t *)c->data)[r] : 0;
    if (++b->misses > TEXT_CACHE_TRIAL / 2 && b->lookups <= TEXT_CACHE_TRIAL) {
        xfree(b->cache);
        b->cache = NULL;
        /* most of this column's texts are new: make room in the interner
         * for the rows the rest of the file holds (estimated from the bytes
         * per row so far) times the share of new texts, rather than
         * doubling its table step by step (each step rehashes every text
         * and holds both tables at once) */
        size_t done, total;
        csv_position(L->r, &done, &total);
        size_t per_row = r ? done / r : 0;
        if (per_row) intern_reserve(L->texts, (total - done) / per_row / b->lookups * b->misses);
    }
}

/* "'VALUE' in column 'NAME'" for messages about a cell of field 'f'. */
static const char *subject_of(char *out, size_t cap, const FieldSchema *f, const char *s,
                              size_t len)
{
    Shown bv, bc;
    snprintf(out, cap, "'%s' in column '%s'", shown(&bv, s, len), shown(&bc, f->name, strlen(f->name)));
    return out;
}

/* Parses a number cell of field 'f' (trimmed, not empty) into '*d'.  On
 * failure words the error into 'msg' (and maybe 'hint') and returns false. */
static bool number_cell(Loader *L, const FieldSchema *f, const char *s, size_t len, Dec *d,
                        char *msg, size_t cap, const char **hint)
{
    char tb[128], subject[400];
    if (fast_number(s, len, L->point, d)) {
        if (f->type == FT_PERCENT) d->scale += 2;
        return true;
    }
    unsigned mode = L->mode | (f->type == FT_PERCENT ? DEC_CSV_PERCENT : 0);
    DecParseError e = dec_parse_csv(d, s, len, mode);
    if (e != DEC_PARSE_OK) {
        Dec other;
        unsigned omode = (mode & DEC_CSV_PERCENT) |
                         (L->mode == DEC_CSV_DECIMAL_COMMA ? DEC_CSV_DECIMAL_POINT : DEC_CSV_DECIMAL_COMMA);
        if (dec_parse_csv(&other, s, len, omode) == DEC_PARSE_OK)
            *hint = L->point == '.'
                        ? "a file separated by ',' writes decimals with a point (1234.56); one "
                          "separated by ';' with a comma (1234,56)"
                        : "a file separated by ';' writes decimals with a comma (1234,56); one "
                          "separated by ',' with a point (1234.56)";
        snprintf(msg, cap, "%s is not %s: %s", subject_of(subject, sizeof subject, f, s, len),
                 type_phrase(f, tb, sizeof tb), dec_parse_message(e));
        return false;
    }
    if (f->type != FT_MONEY && has_currency(s, len)) {
        snprintf(msg, cap, "%s is not %s: a currency belongs only in a money column",
                 subject_of(subject, sizeof subject, f, s, len), type_phrase(f, tb, sizeof tb));
        return false;
    }
    if (f->type == FT_PERCENT && !memchr(s, '%', len)) {
        if (d->scale + 2 > DEC_MAX_SCALE) {
            snprintf(msg, cap, "%s has more than %d decimals",
                     subject_of(subject, sizeof subject, f, s, len), DEC_MAX_SCALE);
            return false;
        }
        d->scale += 2;
    }
    return true;
}

/* Reports a cell of an enum field that names no member: the members (a
 * dozen at most) and a hint for a near one (case, or a small typo). */
static void enum_error(Loader *L, const CsvRow *row, const Binding *b, const FieldSchema *f,
                       const char *s, size_t len)
{
    const EnumInfo *info = f->enum_info;
    char msg[2048], subject[400], tb[128], hint[512];
    size_t used = (size_t)snprintf(msg, sizeof msg, "%s is not %s: expected one of ",
                                   subject_of(subject, sizeof subject, f, s, len),
                                   type_phrase(f, tb, sizeof tb));
    if (used >= sizeof msg) used = sizeof msg - 1;
    list_names(msg, sizeof msg, &used, info->n, member_name, info);
    char cell[256];
    size_t cl = len < sizeof cell - 1 ? len : sizeof cell - 1;
    memcpy(cell, s, cl);
    cell[cl] = '\0';
    const char *near = NULL;
    bool folded = false;
    size_t best = 99;
    for (uint32_t m = 0; m < info->n; m++) {
        if (same_folded(s, len, info->members[m])) {
            near = info->members[m];
            folded = true;
            break;
        }
        size_t dist = len >= 4 && len < sizeof cell ? edit_distance(cell, info->members[m]) : 99;
        if (dist <= len / 3 && dist < best) best = dist, near = info->members[m];
    }
    const char *hp = NULL;
    if (near) {
        Shown bn;
        snprintf(hint, sizeof hint, "%sdid you mean '%s'?",
                 folded ? "names are case-sensitive: " : "", shown(&bn, near, strlen(near)));
        hp = hint;
    }
    cell_error(L, row, b->col, hp, msg);
}

/* The value of digit character 'c', or a value above 9 for any other. */
static inline unsigned digit(char c) { return (unsigned)(unsigned char)c - '0'; }

/* Stores a number 'coef' x 10^-'scale' (|coef| < 10^18, scale <= 18) in
 * number column 'c' at row 'r' when it needs nothing special: its scale is
 * at most the column's and it fits at the column's scale.  False (nothing
 * stored) otherwise: put_number and the general path decide. */
static inline bool quick_number(Dataset *ds, DatasetColumn *c, size_t r, int64_t coef, int scale)
{
    if (scale > c->scale || c->scale - scale > 18) return false;
    int k = c->scale - scale;
    int64_t mag = coef < 0 ? -coef : coef;
    if (mag >= POW10[18 - k]) return false; /* |coef| x 10^k would reach 10^18 */
    int64_t v = mag * POW10[k];
    if (v > c->max_abs) {
        c->max_abs = v;
        if (num_store_for(v) > c->store) num_widen(c, ds->cap, r, num_store_for(v));
    }
    num_set(c, r, coef < 0 ? -v : v);
    return true;
}

/* The fast paths of parse_cell for a cell written plainly: a text, "true"
 * or "false", an ISO date, a plain number, an enum member by its exact
 * name.  Returns false, storing nothing, for anything else. */
static inline bool cell_fast(Loader *L, Binding *b, const CsvField *cf, size_t r)
{
    const char *s = cf->ptr;
    size_t len = cf->len;
    DatasetColumn *c = b->c;
    switch (b->type) {
    case FT_TEXT:
        if (len == 0 && !cf->quoted) return false;
        text_cell(L, b, c, r, s, len);
        return true;
    case FT_BOOL:
        if (len == 4 && memcmp(s, "true", 4) == 0) {
            ((uint8_t *)c->data)[r] = 1;
            return true;
        }
        if (len == 5 && memcmp(s, "false", 5) == 0) {
            ((uint8_t *)c->data)[r] = 0;
            return true;
        }
        return false;
    case FT_DATE: {
        if (len != 10 || s[4] != '-' || s[7] != '-') return false;
        unsigned y0 = digit(s[0]), y1 = digit(s[1]), y2 = digit(s[2]), y3 = digit(s[3]);
        unsigned m0 = digit(s[5]), m1 = digit(s[6]), d0 = digit(s[8]), d1 = digit(s[9]);
        if (y0 > 9 || y1 > 9 || y2 > 9 || y3 > 9 || m0 > 9 || m1 > 9 || d0 > 9 || d1 > 9) return false;
        Date dt;
        if (!date_from_ymd(&dt, (int)(y0 * 1000 + y1 * 100 + y2 * 10 + y3), (int)(m0 * 10 + m1),
                           (int)(d0 * 10 + d1)))
            return false;
        ((int32_t *)c->data)[r] = dt.days;
        return true;
    }
    case FT_INT:
    case FT_DECIMAL:
    case FT_MONEY: {
        Dec d;
        if (!fast_number(s, len, L->point, &d)) return false;
        int64_t coef = (int64_t)d.coef; /* |coef| < 10^18 */
        if (quick_number(L->ds, c, r, coef, d.scale)) return true;
        while (d.scale > 0 && coef % 10 == 0) coef /= 10, d.scale--;
        d.coef = coef;
        if ((b->type == FT_INT && d.scale > 0) || (b->type == FT_MONEY && d.scale > 2)) return false;
        return put_number(L->ds, c, r, d) == FIT_OK; /* else the general path words the error */
    }
    case FT_ENUM: {
        long m = enum_find(&b->enums, b->f->enum_info, s, len);
        if (m < 0) return false;
        ((uint16_t *)c->data)[r] = (uint16_t)m;
        return true;
    }
    default: return false;
    }
}

static void cell_general(Loader *L, const CsvRow *row, Binding *b, size_t r);

/* Parses cell 'b->col' of 'row' into row 'r' of its column: the fast paths
 * first, then (cell_general) trimming, empty cells and the general
 * parsers, which also word the errors (message text is only built for a
 * bad cell). */
static inline void parse_cell(Loader *L, const CsvRow *row, Binding *b, size_t r)
{
    if (!cell_fast(L, b, &row->fields[b->col], r)) cell_general(L, row, b, r);
}

#if defined(__GNUC__)
__attribute__((noinline))
#endif
static void cell_general(Loader *L, const CsvRow *row, Binding *b, size_t r)
{
    const CsvField *cf = &row->fields[b->col];
    const char *s = cf->ptr;
    size_t len = cf->len;
    DatasetColumn *c = b->c;
    const FieldSchema *f = b->f;
    /* the general path: trim, empty cells, full parsers, messages */
    if (b->type != FT_TEXT) csv_trim(&s, &len);
    if (len == 0) {
        empty_cell(L, row, b, r);
        return;
    }
    char msg[2048], subject[400];
    const char *hint = NULL;
    switch (b->type) {
    case FT_BOOL: {
        bool v;
        if (csv_parse_bool(s, len, &v)) {
            ((uint8_t *)c->data)[r] = v;
            return;
        }
        snprintf(msg, sizeof msg, "%s is not true or false", subject_of(subject, sizeof subject, f, s, len));
        hint = "write true or false (also ja/nee, yes/no, waar/onwaar, 1/0)";
        break;
    }
    case FT_INT:
    case FT_DECIMAL:
    case FT_MONEY:
    case FT_PERCENT: {
        Dec d;
        if (!number_cell(L, f, s, len, &d, msg, sizeof msg, &hint)) break;
        FitError fe = number_for_type(f->type, &d);
        if (fe == FIT_OK) fe = put_number(L->ds, c, r, d);
        if (fe == FIT_OK) return;
        fit_message(msg, sizeof msg, fe, subject_of(subject, sizeof subject, f, s, len), c, d);
        break;
    }
    case FT_DATE: {
        Date dt;
        const char *why = "not a date";
        if (date_parse(&dt, s, len, &why)) {
            ((int32_t *)c->data)[r] = dt.days;
            return;
        }
        snprintf(msg, sizeof msg, "%s is not a date: %s", subject_of(subject, sizeof subject, f, s, len), why);
        break;
    }
    case FT_DURATION: {
        Duration du;
        const char *why = "not a duration";
        if (duration_parse(&du, s, len, &why)) {
            ((Duration *)c->data)[r] = du;
            return;
        }
        snprintf(msg, sizeof msg, "%s is not a duration: %s",
                 subject_of(subject, sizeof subject, f, s, len), why);
        break;
    }
    case FT_TEXT: /* only empty texts come here */ return;
    case FT_ENUM: {
        long m = enum_find(&b->enums, f->enum_info, s, len);
        if (m >= 0) {
            ((uint16_t *)c->data)[r] = (uint16_t)m;
            return;
        }
        enum_error(L, row, b, f, s, len);
        clear_cell(c, r);
        return;
    }
    }
    cell_error(L, row, b->col, hint, msg);
    clear_cell(c, r);
}

static void free_loader(Loader *L)
{
    for (size_t k = 0; k < L->nbind; k++) {
        if (!L->part) {
            xfree(L->bind[k].enums.slots);
            xfree(L->bind[k].enums.lens);
        }
        xfree(L->bind[k].cache);
    }
    xfree(L->bind);
}

/* Reads rows of L->r into L->ds until the end of the data or the reader's
 * stop (true), or until an error ends the load (false): a fatal CSV error,
 * GRIP_MAX_DATA_ERRORS errors, more than 'max_rows' rows. */
static bool load_rows(Loader *L, size_t max_rows)
{
    Dataset *ds = L->ds;
    CsvRow row;
    CsvError ce;
    while (!L->stopped) {
        int rc = csv_next(L->r, &row, &ce);
        if (rc == 0) return true;
        if (rc < 0) {
            csv_issue(L, &ce);
            if (ce.kind == CSV_ERR_FIELD_COUNT) continue;
            return false;
        }
        if (ds->nrows >= max_rows) {
            char msg[128];
            snprintf(msg, sizeof msg, "too many rows: a dataset holds at most %zu", max_rows);
            load_error(L, row.line, 1, NULL, msg);
            return false;
        }
        reserve_row(ds);
        size_t r = ds->nrows;
        /* a text of a column with many distinct values (ids) goes through
         * the interner's big table: fetch its slot now and parse the cell
         * after the others, so the memory latency overlaps their work (a
         * non-empty text cell cannot fail, so messages keep file order) */
        bool deferred = false;
        for (size_t k = 0; k < L->nbind; k++) {
            Binding *b = &L->bind[k];
            const CsvField *cf = &row.fields[b->col];
            b->deferred = b->type == FT_TEXT && !b->cache && !b->raw && (cf->len || cf->quoted);
            if (b->deferred) {
                b->hash = intern_hash(cf->ptr, cf->len);
                intern_prefetch(L->texts, b->hash);
                deferred = true;
            } else {
                parse_cell(L, &row, b, r);
            }
        }
        for (size_t k = 0; deferred && k < L->nbind; k++)
            if (L->bind[k].deferred) parse_cell(L, &row, &L->bind[k], r);
        note_line(ds, r, row.line);
        ds->nrows++;
        if (L->opt->progress && (ds->nrows & 0xFFFF) == 0) progress_update(L->opt->progress, ds->nrows);
    }
    return false;
}

/* ---- reading a big file in parts ---------------------------------------------------------- */

/* A file of at least 2 x PART_BYTES (DatasetOptions.part_bytes) is cut at
 * line starts into as many parts as DatasetOptions.threads (csv_split); the
 * first part is read by the loader itself, the others on threads of their
 * own into datasets of their own, each with its own interner, text caches
 * and messages.  Then the parts are checked: each must have ended exactly
 * where the next begins (a cut inside a quoted field that spans lines
 * shows up there), the parts after the first must have no error at all,
 * and every number must fit its column at the scale the whole column
 * takes.  If so they are appended to the loader's dataset (merge_parts):
 * numbers rescaled and widened as the one-thread load would have, texts
 * interned in the policy's interner and coded in the column's dictionary
 * in file order, raw texts' heaps concatenated, line numbers made
 * absolute.  If not, they are dropped and the loader reads on from the
 * first cut itself, so the result and every message are exactly the
 * one-thread load's. */
#define PART_BYTES ((size_t)8 << 20)
/* Most parts of one file. */
#define MAX_PARTS 16

/* One part read on a thread of its own. */
typedef struct Part {
    Loader L;                /* its loader (L.part set) */
    DatasetOptions opt;      /* the load's options without progress */
    Interner texts;          /* its texts until the merge */
    DataError err;           /* its messages (a part with any is dropped) */
    pthread_t thread;        /* the thread */
    bool started;            /* 'thread' runs */
    bool ended;              /* load_rows got to the end of the part */
    size_t from;             /* its first byte */
} Part;

static void *part_main(void *arg)
{
    Part *pt = arg;
    pt->ended = load_rows(&pt->L, GRIP_MAX_DATASET_ROWS);
    return NULL;
}

/* Makes part 'pt' of loader 'L' (whose header is bound and no row read) for
 * the bytes from 'from' up to 'stop' (0: the end). */
static void part_init(Part *pt, const Loader *L, size_t from, size_t stop)
{
    memset(pt, 0, sizeof *pt);
    pt->opt = *L->opt;
    pt->opt.progress = NULL;
    intern_init(&pt->texts);
    data_error_init(&pt->err);
    pt->from = from;
    Loader *P = &pt->L;
    P->part = true;
    P->opt = &pt->opt;
    P->path = L->path;
    P->err = &pt->err;
    P->texts = &pt->texts;
    P->point = L->point;
    P->mode = L->mode;
    P->r = csv_open_part(L->r, from);
    csv_set_stop(P->r, stop);
    const Schema *schema = L->ds->schema;
    P->ds = new_dataset(schema, NULL);
    for (size_t f = 0; f < schema->n; f++) {
        const DatasetColumn *mc = &L->ds->cols[f];
        if (mc->store == DS_CONST) {
            P->ds->cols[f] = *mc;
            continue;
        }
        column_array(P->ds, f, true);
        if (mc->store == DS_RAW) column_raw(P->ds, f);
    }
    P->bind = xcalloc(L->nbind ? L->nbind : 1, sizeof *P->bind);
    P->nbind = L->nbind;
    for (size_t k = 0; k < L->nbind; k++) {
        Binding *b = &P->bind[k];
        *b = L->bind[k]; /* the enum tables are shared, read only */
        b->c = &P->ds->cols[b->field];
        b->cache = L->bind[k].cache ? xcalloc(TEXT_CACHE, sizeof *b->cache) : NULL;
        b->lookups = b->misses = 0;
    }
}

static void part_free(Part *pt)
{
    free_loader(&pt->L);
    csv_close(pt->L.r);
    dataset_free(pt->L.ds);
    intern_free(&pt->texts);
    data_error_free(&pt->err);
}

/* True when every number of the parts fits its column at the scale the
 * merged column takes (the largest of the parts'), so the one-thread load
 * would have found no error there either. */
static bool parts_fit(const Loader *L, const Part *parts, size_t np)
{
    const Dataset *ds = L->ds;
    for (size_t f = 0; f < ds->schema->n; f++) {
        const DatasetColumn *c = &ds->cols[f];
        if (c->store < DS_NUM8 || c->store > DS_NUM64) continue;
        int scale = c->scale;
        for (size_t k = 0; k < np; k++)
            if (parts[k].L.ds->cols[f].scale > scale) scale = parts[k].L.ds->cols[f].scale;
        if (c->max_abs && !fits_scaled((u128)c->max_abs, scale - c->scale)) return false;
        for (size_t k = 0; k < np; k++) {
            const DatasetColumn *pc = &parts[k].L.ds->cols[f];
            if (pc->max_abs && !fits_scaled((u128)pc->max_abs, scale - pc->scale)) return false;
        }
    }
    return true;
}

/* The text in row 'row' of text column 'c' (pointer or dictionary). */
static const Text *text_at(const DatasetColumn *c, size_t row)
{
    switch ((DatasetStore)c->store) {
    case DS_DICT8: return c->dict[((const uint8_t *)c->data)[row]];
    case DS_DICT16: return c->dict[((const uint16_t *)c->data)[row]];
    default: return ((const Text *const *)c->data)[row];
    }
}

/* Appends the rows of 'parts' (checked: they fit, parts_fit) to L->ds, as
 * the one-thread load would have stored them; 'first_line' is the line
 * where the first part begins. */
static void merge_parts(Loader *L, Part *parts, size_t np, uint64_t first_line)
{
    Dataset *ds = L->ds;
    size_t base = ds->nrows, total = base;
    for (size_t k = 0; k < np; k++) total += parts[k].L.ds->nrows;
    if (total > ds->cap) resize(ds, total);
    for (size_t f = 0; f < ds->schema->n; f++) {
        DatasetColumn *c = &ds->cols[f];
        size_t at = base;
        switch ((DatasetStore)c->store) {
        case DS_CONST: break;
        case DS_BOOL:
        case DS_DATE:
        case DS_DURATION:
        case DS_ENUM: {
            size_t es = elem_size((DatasetStore)c->store);
            for (size_t k = 0; k < np; k++) {
                const DatasetColumn *pc = &parts[k].L.ds->cols[f];
                size_t n = parts[k].L.ds->nrows;
                if (n) memcpy((char *)c->data + at * es, pc->data, n * es);
                at += n;
            }
            break;
        }
        case DS_NUM8:
        case DS_NUM16:
        case DS_NUM32:
        case DS_NUM64: {
            int scale = c->scale;
            for (size_t k = 0; k < np; k++)
                if (parts[k].L.ds->cols[f].scale > scale) scale = parts[k].L.ds->cols[f].scale;
            /* a column of zeros may be more than 18 decimals below 'scale':
             * its values need no factor (parts_fit checked the others) */
            int64_t max = c->max_abs ? c->max_abs * POW10[scale - c->scale] : 0;
            for (size_t k = 0; k < np; k++) {
                const DatasetColumn *pc = &parts[k].L.ds->cols[f];
                int64_t m = pc->max_abs ? pc->max_abs * POW10[scale - pc->scale] : 0;
                if (m > max) max = m;
            }
            if (scale > c->scale && c->max_abs) { /* the rows so far at the new scale */
                int64_t mul = POW10[scale - c->scale];
                if (num_store_for(c->max_abs * mul) > c->store) num_widen(c, ds->cap, base, num_store_for(c->max_abs * mul));
                for (size_t r = 0; r < base; r++) num_set(c, r, num_get(c, r) * mul);
            }
            c->scale = (uint8_t)scale;
            if (num_store_for(max) > c->store) num_widen(c, ds->cap, base, num_store_for(max));
            c->max_abs = max;
            for (size_t k = 0; k < np; k++) {
                const DatasetColumn *pc = &parts[k].L.ds->cols[f];
                size_t n = parts[k].L.ds->nrows;
                int64_t mul = pc->max_abs ? POW10[scale - pc->scale] : 1; /* all zeros: any factor */
                if (pc->store == c->store && mul == 1) {
                    if (n) memcpy((char *)c->data + at * elem_size((DatasetStore)c->store), pc->data,
                                  n * elem_size((DatasetStore)c->store));
                } else {
                    for (size_t r = 0; r < n; r++) num_set(c, at + r, num_get(pc, r) * mul);
                }
                at += n;
            }
            break;
        }
        case DS_TEXT:
        case DS_DICT8:
        case DS_DICT16:
            for (size_t k = 0; k < np; k++) {
                const DatasetColumn *pc = &parts[k].L.ds->cols[f];
                size_t n = parts[k].L.ds->nrows;
                if (pc->store == DS_TEXT) {
                    for (size_t r = 0; r < n; r++) {
                        const Text *t = text_at(pc, r);
                        put_text(ds, c, at + r, intern_hashed(L->texts, t->s, t->len, t->hash));
                    }
                } else { /* each code of the part's dictionary interned once, in its order */
                    const Text **mapped = xcalloc(pc->ndict ? pc->ndict : 1, sizeof *mapped);
                    for (size_t d = 0; d < pc->ndict; d++)
                        mapped[d] = intern_hashed(L->texts, pc->dict[d]->s, pc->dict[d]->len, pc->dict[d]->hash);
                    for (size_t r = 0; r < n; r++) {
                        size_t code = pc->store == DS_DICT8 ? ((const uint8_t *)pc->data)[r]
                                                            : ((const uint16_t *)pc->data)[r];
                        put_text(ds, c, at + r, mapped[code]);
                    }
                    xfree(mapped);
                }
                at += n;
            }
            break;
        case DS_RAW: {
            size_t need = c->heap_len;
            for (size_t k = 0; k < np; k++) need += parts[k].L.ds->cols[f].heap_len;
            if (need > c->heap_cap) {
                c->heap = xrealloc(c->heap, need);
                c->heap_cap = need;
            }
            for (size_t k = 0; k < np; k++) {
                const DatasetColumn *pc = &parts[k].L.ds->cols[f];
                size_t n = parts[k].L.ds->nrows;
                memcpy(c->heap + c->heap_len, pc->heap, pc->heap_len);
                uint32_t shift = (uint32_t)(c->heap_len / 4);
                for (size_t r = 0; r < n; r++) ((uint32_t *)c->data)[at + r] = ((const uint32_t *)pc->data)[r] + shift;
                c->heap_len += pc->heap_len;
                at += n;
            }
            break;
        }
        }
        /* the parts' copies of the column go at once, so the merge holds
         * at most one column twice */
        for (size_t k = 0; k < np; k++) {
            DatasetColumn *pc = &parts[k].L.ds->cols[f];
            if (pc->store == DS_CONST) continue;
            xfree(pc->data);
            xfree(pc->heap);
            pc->data = NULL;
            pc->heap = NULL;
            pc->heap_len = pc->heap_cap = 0;
        }
    }
    /* line numbers: each part counted from 1 at its first byte */
    uint64_t line = first_line;
    size_t at = base;
    for (size_t k = 0; k < np; k++) {
        const Dataset *pd = parts[k].L.ds;
        for (size_t j = 0; j < pd->nruns; j++)
            note_line(ds, at + pd->runs[j].row, pd->runs[j].line ? pd->runs[j].line + line - 1 : 0);
        at += pd->nrows;
        line += csv_line(parts[k].L.r) - 1;
    }
    ds->nrows = total;
}

/* Reads the rows in parts on several threads when the file is big enough
 * and DatasetOptions.threads asks for it (see above).  Returns true when
 * every row was read (or an error of the first part ended the load as the
 * one-thread load would have), false when the caller must read on with
 * load_rows from where L->r stands. */
static bool load_parallel(Loader *L, size_t max_rows)
{
    unsigned threads = L->opt->threads;
    if (threads < 2 || L->opt->max_rows || !L->texts) return false;
    if (threads > MAX_PARTS) threads = MAX_PARTS;
    size_t at[MAX_PARTS];
    size_t ncut = csv_split(L->r, threads, L->opt->part_bytes ? L->opt->part_bytes : PART_BYTES, at);
    if (ncut == 0) return false;
    size_t np = ncut; /* parts after the first */
    Part *parts = xcalloc(np, sizeof *parts);
    for (size_t k = 0; k < np; k++) {
        part_init(&parts[k], L, at[k], k + 1 < np ? at[k + 1] : 0);
        parts[k].started = pthread_create(&parts[k].thread, NULL, part_main, &parts[k]) == 0;
    }
    csv_set_stop(L->r, at[0]);
    bool ended = load_rows(L, max_rows);
    for (size_t k = 0; k < np; k++) {
        if (parts[k].started) pthread_join(parts[k].thread, NULL);
        else part_main(&parts[k]);
    }
    size_t done, total;
    csv_position(L->r, &done, &total);
    bool whole = ended && csv_stopped(L->r) && done == at[0];
    size_t rows = L->ds->nrows;
    for (size_t k = 0; k < np && whole; k++) {
        const Part *pt = &parts[k];
        csv_position(pt->L.r, &done, &total);
        whole = pt->ended && pt->L.nerrors == 0 && pt->err.n == 0 &&
                (k + 1 < np ? csv_stopped(pt->L.r) && done == at[k + 1] : !csv_stopped(pt->L.r));
        rows += pt->L.ds->nrows;
    }
    whole = whole && rows <= max_rows && parts_fit(L, parts, np);
    if (whole) merge_parts(L, parts, np, csv_line(L->r));
    for (size_t k = 0; k < np; k++) part_free(&parts[k]);
    xfree(parts);
    if (whole || !ended || !csv_stopped(L->r)) return true; /* all read, or stopped by an error */
    csv_set_stop(L->r, 0); /* the one-thread way from the first cut on */
    return false;
}

Dataset *dataset_load(const char *path, const Schema *schema, const DatasetOptions *opt,
                      Interner *texts, DataError *err)
{
    static const DatasetOptions defaults = {0};
    Loader L = {0};
    L.opt = opt ? opt : &defaults;
    L.path = path;
    L.err = err;
    L.texts = texts;
    CsvOptions co = {0};
    co.delimiter = L.opt->delimiter;
    co.allow_no_rows = L.opt->allow_no_rows;
    CsvError ce;
    L.r = csv_open_file(path, &co, &ce);
    if (!L.r) {
        csv_issue(&L, &ce);
        return NULL;
    }
    L.point = csv_delimiter(L.r) == ';' ? ',' : '.';
    L.mode = csv_delimiter(L.r) == ';' ? DEC_CSV_DECIMAL_COMMA : DEC_CSV_DECIMAL_POINT;
    L.ds = new_dataset(schema, path);
    Dataset *ds = L.ds;
    size_t max_rows = L.opt->max_rows && L.opt->max_rows < GRIP_MAX_DATASET_ROWS
                          ? L.opt->max_rows
                          : GRIP_MAX_DATASET_ROWS;
    bool ok = bind_header(&L);
    if (ok && !texts) {
        for (size_t k = 0; k < L.nbind; k++) {
            if (L.bind[k].type == FT_TEXT) {
                load_error(&L, 0, 0, NULL, "no interner for the texts (an internal error)");
                ok = false;
                break;
            }
        }
    }
    if (ok) {
        bool ended = load_parallel(&L, max_rows);
        if (!ended) ended = load_rows(&L, max_rows);
        (void)ended;
    }
    free_loader(&L);
    csv_close(L.r);
    if (L.nerrors) {
        dataset_free(ds);
        return NULL;
    }
    resize(ds, ds->nrows);
    for (size_t k = 0; k < schema->n; k++) { /* the text -> code maps served loading only */
        DatasetColumn *c = &ds->cols[k];
        xfree(c->codes);
        c->codes = NULL;
        if (c->store == DS_RAW && c->heap_cap > c->heap_len) {
            c->heap = xrealloc(c->heap, c->heap_len);
            c->heap_cap = c->heap_len;
        }
    }
    if (L.opt->progress) progress_update(L.opt->progress, ds->nrows);
    return ds;
}

/* ---- rows built in code -------------------------------------------------------------------- */

Dataset *dataset_new(const Schema *schema, const char *source)
{
    Dataset *ds = new_dataset(schema, source);
    for (size_t f = 0; f < schema->n; f++) {
        if (valid_type(schema->fields[f].type)) column_array(ds, f, false);
    }
    return ds;
}

bool dataset_append(Dataset *ds, const Value *row, uint64_t line, char *why, size_t whycap)
{
    const Schema *s = ds->schema;
    char tb[128];
    if (ds->nrows >= GRIP_MAX_DATASET_ROWS) {
        snprintf(why, whycap, "too many rows: a dataset holds at most %zu", GRIP_MAX_DATASET_ROWS);
        return false;
    }
    /* a loaded file's absent column holds its default: a different value
     * makes it a real column, holding the default in the rows so far (the
     * same values, so the dataset's content does not change) */
    for (size_t f = 0; f < s->n; f++) {
        DatasetColumn *c = &ds->cols[f];
        Value v = row[f].kind == VAL_NONE ? s->fields[f].dflt : row[f];
        if (c->store != DS_CONST || value_equal(v, c->constant)) continue;
        Value constant = c->constant;
        column_array(ds, f, false);
        Dec d;
        for (size_t r = 0; r < ds->nrows; r++) put_value(ds, f, r, constant, &d);
    }
    /* check every value first, so a failure leaves the dataset unchanged */
    for (size_t f = 0; f < s->n; f++) {
        const FieldSchema *fs = &s->fields[f];
        Value v = row[f];
        if (!valid_type(fs->type)) {
            snprintf(why, whycap, "field '%s' of %s has no valid type (an internal error)", fs->name,
                     s->name);
            return false;
        }
        if (v.kind == VAL_NONE) {
            if (!fs->has_default) {
                snprintf(why, whycap, "no value for '%s', and %s declares no default for it",
                         fs->name, s->name);
                return false;
            }
            v = fs->dflt;
        }
        if (!kind_fits(fs, v)) {
            snprintf(why, whycap, "the value for '%s' is not %s", fs->name,
                     type_phrase(fs, tb, sizeof tb));
            return false;
        }
        if (v.kind == VAL_NUM) {
            Dec d = value_dec(v);
            FitError fe = number_for_type(fs->type, &d);
            const DatasetColumn *c = &ds->cols[f];
            if (fe == FIT_OK) {
                u128 mag = d.coef < 0 ? (u128)(-d.coef) : (u128)d.coef;
                if (!fits_scaled(mag, c->scale > d.scale ? c->scale - d.scale : 0))
                    fe = FIT_DIGITS;
                else if (d.scale > c->scale && !fits_scaled((u128)c->max_abs, d.scale - c->scale))
                    fe = FIT_RESCALE;
            }
            if (fe != FIT_OK) {
                char val[DEC_FORMAT_MAX], subject[512];
                dec_format(val, sizeof val, value_dec(v), DEC_STYLE_PLAIN, DEC_PLACES_MIN);
                snprintf(subject, sizeof subject, "%s for '%s'", val, fs->name);
                fit_message(why, whycap, fe, subject, c, d);
                return false;
            }
        }
    }
    reserve_row(ds);
    size_t r = ds->nrows;
    for (size_t f = 0; f < s->n; f++) {
        Value v = row[f].kind == VAL_NONE ? s->fields[f].dflt : row[f];
        Dec d;
        put_value(ds, f, r, v, &d); /* checked above: cannot fail */
    }
    note_line(ds, r, line);
    ds->nrows++;
    return true;
}

/* ---- the key index --------------------------------------------------------------------------- */

/* Finishes a 64-bit hash (splitmix64's finaliser) so both halves are usable. */
static uint64_t avalanche(uint64_t h)
{
    h ^= h >> 30;
    h *= 0xbf58476d1ce4e5b9ull;
    h ^= h >> 27;
    h *= 0x94d049bb133111ebull;
    h ^= h >> 31;
    return h;
}

static uint64_t hash_step(uint64_t h, Value v) { return (h ^ value_hash(v)) * 0x100000001b3ull; }

#define SLOT_TAG 0xFFFFFFFF00000000ull

/* Rows whose index slots dataset_index fetches ahead (a power of two). */
#define INDEX_AHEAD 16
#if defined(__GNUC__)
#define PREFETCH_SLOT(addr) __builtin_prefetch((addr), 1)
#else
#define PREFETCH_SLOT(addr) ((void)(addr))
#endif

static uint64_t row_hash(const Dataset *ds, size_t row)
{
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t k = 0; k < ds->nkeys; k++) h = hash_step(h, dataset_get(ds, row, ds->key_fields[k]));
    return avalanche(h);
}

static bool rows_equal(const Dataset *ds, size_t a, size_t b)
{
    for (size_t k = 0; k < ds->nkeys; k++) {
        size_t f = ds->key_fields[k];
        const DatasetColumn *c = &ds->cols[f];
        if (c->store == DS_RAW) {
            if (!same_text(raw_get(c, a), raw_get(c, b))) return false;
        } else if (!value_equal(dataset_get(ds, a, f), dataset_get(ds, b, f))) {
            return false;
        }
    }
    return true;
}

static void drop_index(Dataset *ds)
{
    xfree(ds->key_fields);
    xfree(ds->slots);
    ds->key_fields = NULL;
    ds->slots = NULL;
    ds->nkeys = 0;
    ds->mask = 0;
}

/* Writes the key of 'row' as ("A001", 2020) or, for one field, "A001". */
static void key_text(const Dataset *ds, size_t row, char *out, size_t cap)
{
    size_t used = 0;
    out[0] = '\0';
    if (ds->nkeys > 1) used += (size_t)snprintf(out, cap, "(");
    for (size_t k = 0; k < ds->nkeys && used + 1 < cap; k++) {
        const FieldSchema *f = &ds->schema->fields[ds->key_fields[k]];
        Value v = dataset_get(ds, row, ds->key_fields[k]);
        FormatType ft = {FORMAT_SCALAR, f->type, f->enum_info, NULL};
        if (k) used += (size_t)snprintf(out + used, cap - used, ", ");
        if (used + 1 >= cap) break;
        char buf[256];
        size_t n;
        if (v.kind == VAL_TEXT) {
            Shown b;
            const char *t = shown(&b, v.as.text->s, v.as.text->len);
            n = format_json_string(buf, sizeof buf, t, strlen(t));
        } else {
            n = format_value(buf, sizeof buf, v, &ft, FORMAT_PLAIN);
        }
        if (n >= sizeof buf) n = sizeof buf - 1;
        used += (size_t)snprintf(out + used, cap - used, "%s", buf);
    }
    if (ds->nkeys > 1 && used + 1 < cap) snprintf(out + used, cap - used, ")");
}

/* The name of key field 'k' (for list_names). */
static const char *key_name(const void *ctx, size_t k)
{
    const Dataset *ds = ctx;
    return ds->schema->fields[ds->key_fields[k]].name;
}

bool dataset_index(Dataset *ds, const size_t *key_fields, size_t nkeys, DataError *err)
{
    const Schema *s = ds->schema;
    drop_index(ds);
    char msg[1024];
    if (!key_fields) {
        ds->key_fields = xcalloc(s->n ? s->n : 1, sizeof *ds->key_fields);
        for (size_t f = 0; f < s->n; f++)
            if (s->fields[f].key) ds->key_fields[ds->nkeys++] = f;
    } else {
        ds->key_fields = xcalloc(nkeys ? nkeys : 1, sizeof *ds->key_fields);
        for (size_t k = 0; k < nkeys; k++) {
            if (key_fields[k] >= s->n) {
                snprintf(msg, sizeof msg, "key field %zu of %s does not exist (an internal error)",
                         key_fields[k], s->name);
                add_issue(err, DATA_ISSUE_ERROR, ds->file, 0, 0, NULL, msg);
                drop_index(ds);
                return false;
            }
            ds->key_fields[k] = key_fields[k];
        }
        ds->nkeys = nkeys;
    }
    if (ds->nkeys == 0) {
        snprintf(msg, sizeof msg, "%s has no key to look rows up by (an internal error)", s->name);
        add_issue(err, DATA_ISSUE_ERROR, ds->file, 0, 0, NULL, msg);
        drop_index(ds);
        return false;
    }
    size_t cap = 16;
    while (cap < ds->nrows + ds->nrows / 2 + 1) cap *= 2;
    ds->slots = xcalloc(cap, sizeof *ds->slots);
    ds->mask = cap - 1;
    size_t dups = 0;
    /* the hashes of the next INDEX_AHEAD rows are computed early and their
     * slots prefetched: a slot is a random place in a table of up to
     * hundreds of megabytes, and waiting for each in turn cost 300 ns a row */
    uint64_t ahead[INDEX_AHEAD];
    for (size_t k = 0; k < INDEX_AHEAD && k < ds->nrows; k++) {
        ahead[k] = row_hash(ds, k);
        PREFETCH_SLOT(&ds->slots[ahead[k] & ds->mask]);
    }
    for (size_t row = 0; row < ds->nrows; row++) {
        uint64_t h = ahead[row % INDEX_AHEAD];
        if (row + INDEX_AHEAD < ds->nrows) {
            uint64_t next = row_hash(ds, row + INDEX_AHEAD);
            ahead[row % INDEX_AHEAD] = next;
            PREFETCH_SLOT(&ds->slots[next & ds->mask]);
        }
        size_t at = h & ds->mask;
        for (;;) {
            uint64_t slot = ds->slots[at];
            if (!slot) {
                ds->slots[at] = (h & SLOT_TAG) | (uint64_t)(row + 1);
                break;
            }
            size_t other = (size_t)(uint32_t)slot - 1;
            if ((slot & SLOT_TAG) == (h & SLOT_TAG) && rows_equal(ds, other, row)) {
                if (++dups > GRIP_MAX_DATA_ERRORS) break;
                char key[600], hint[600];
                key_text(ds, row, key, sizeof key);
                uint64_t l1 = dataset_line(ds, other), l2 = dataset_line(ds, row);
                const char *file = ds->file;
                if (l1 && l2) {
                    snprintf(msg, sizeof msg, "duplicate key %s: lines %llu and %llu", key,
                             (unsigned long long)l1, (unsigned long long)l2);
                } else {
                    snprintf(msg, sizeof msg, "duplicate key %s in %s: rows %zu and %zu", key,
                             s->name, other + 1, row + 1);
                    l2 = 0;
                }
                size_t used = (size_t)snprintf(hint, sizeof hint, "the key of %s is %s", s->name,
                                               ds->nkeys > 1 ? "(" : "");
                list_names(hint, sizeof hint, &used, ds->nkeys, key_name, ds);
                snprintf(hint + used, sizeof hint - used, "%s; each key may occur only once",
                         ds->nkeys > 1 ? ")" : "");
                add_issue(err, DATA_ISSUE_ERROR, file, l2, 1, hint, msg);
                break;
            }
            at = (at + 1) & ds->mask;
        }
        if (dups > GRIP_MAX_DATA_ERRORS) break;
    }
    if (dups) {
        if (dups > GRIP_MAX_DATA_ERRORS) {
            Shown b;
            const char *name = ds->file ? ds->file : s->name;
            snprintf(msg, sizeof msg, "too many errors in %s (stopped after %d)",
                     shown(&b, name, strlen(name)), GRIP_MAX_DATA_ERRORS);
            add_issue(err, DATA_ISSUE_STOP, ds->file, 0, 0, NULL, msg);
        }
        drop_index(ds);
        return false;
    }
    return true;
}

/* True when row 'row' of column 'c' (field 'field') equals 'key' as
 * value_equal says, read straight from the storage for the common key
 * types (texts by pointer, numbers at the column's scale, enums). */
static bool cell_equals(const Dataset *ds, size_t field, size_t row, Value key)
{
    const DatasetColumn *c = &ds->cols[field];
    switch ((DatasetStore)c->store) {
    case DS_TEXT: return key.kind == VAL_TEXT && ((const Text *const *)c->data)[row] == key.as.text;
    case DS_DICT8:
        return key.kind == VAL_TEXT && c->dict[((const uint8_t *)c->data)[row]] == key.as.text;
    case DS_DICT16:
        return key.kind == VAL_TEXT && c->dict[((const uint16_t *)c->data)[row]] == key.as.text;
    case DS_NUM8:
    case DS_NUM16:
    case DS_NUM32:
    case DS_NUM64:
        if (key.kind != VAL_NUM) return false;
        if (key.scale == c->scale) return key.as.coef == num_get(c, row);
        return dec_cmp(value_dec(key), (Dec){num_get(c, row), c->scale}) == 0;
    case DS_ENUM:
        return key.kind == VAL_ENUM && key.tag == ((const uint16_t *)c->data)[row] &&
               key.as.type == c->type;
    case DS_RAW: return key.kind == VAL_TEXT && same_text(raw_get(c, row), key.as.text);
    default: return value_equal(dataset_get(ds, row, field), key);
    }
}

int64_t dataset_lookup(const Dataset *ds, const Value *keys)
{
    if (!ds->slots) return -1;
    uint64_t h = 0xcbf29ce484222325ull;
    for (size_t k = 0; k < ds->nkeys; k++) h = hash_step(h, keys[k]);
    h = avalanche(h);
    for (size_t at = h & ds->mask;; at = (at + 1) & ds->mask) {
        uint64_t slot = ds->slots[at];
        if (!slot) return -1;
        if ((slot & SLOT_TAG) != (h & SLOT_TAG)) continue;
        size_t row = (size_t)(uint32_t)slot - 1;
        size_t k = 0;
        while (k < ds->nkeys && cell_equals(ds, ds->key_fields[k], row, keys[k])) k++;
        if (k == ds->nkeys) return (int64_t)row;
    }
}

/* ---- accessors ------------------------------------------------------------------------------- */

uint64_t dataset_line(const Dataset *ds, size_t row)
{
    if (!ds->nruns) return 0;
    size_t lo = 0, hi = ds->nruns; /* the answer is in [lo, hi) */
    while (hi - lo > 1) {
        size_t mid = lo + (hi - lo) / 2;
        if (ds->runs[mid].row <= row)
            lo = mid;
        else
            hi = mid;
    }
    const DatasetLineRun *run = &ds->runs[lo];
    return run->line ? run->line + (row - run->row) : 0;
}

void dataset_release_column(Dataset *ds, size_t field)
{
    DatasetColumn *c = &ds->cols[field];
    if (c->store == DS_CONST) return;
    xfree(c->data);
    c->data = NULL;
    c->store = DS_CONST;
    c->constant = value_none();
}

const char *dataset_file(const Dataset *ds) { return ds->file; }

const Schema *dataset_schema(const Dataset *ds) { return ds->schema; }

size_t dataset_unknown_count(const Dataset *ds) { return ds->nunknown; }

const char *dataset_unknown(const Dataset *ds, size_t k)
{
    return k < ds->nunknown ? ds->unknown[k] : NULL;
}

void dataset_free(Dataset *ds)
{
    if (!ds) return;
    for (size_t k = 0; k < ds->schema->n; k++) {
        xfree(ds->cols[k].data);
        xfree(ds->cols[k].dict);
        xfree(ds->cols[k].codes);
        xfree(ds->cols[k].heap);
    }
    for (size_t k = 0; k < ds->nunknown; k++) xfree(ds->unknown[k]);
    xfree(ds->unknown);
    xfree(ds->cols);
    xfree(ds->runs);
    xfree(ds->file);
    drop_index(ds);
    xfree(ds);
}
