/* SPDX-License-Identifier: MIT
 * writer.c - result rows as CSV or JSON Lines (formats in writer.h).
 *
 * CSV goes through csv.h's buffered writer (its quoting rules make every
 * file read back identically).  JSON Lines has its own buffer of the same
 * size; each column's key, with its quotes, comma and colon, is escaped once
 * at open ("{\"id\":", ",\"bedrag\":"), so a row is a run of memcpy's and
 * formatted values.  Values are formatted into one scratch buffer that
 * grows to the longest value seen and is reused.
 */
#include "writer.h"

#include "alloc.h"
#include "csv.h"
#include "outfile.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

#define JSON_BUF 65536

struct Writer {
    OutFile out;          /* the destination */
    WriterFormat format;  /* CSV or JSON Lines */
    WriterColumn *cols;   /* the columns (array xmalloc'ed, contents borrowed) */
    size_t ncols;         /* how many */
    size_t rows;          /* rows written */
    char **keys;          /* JSONL: per column the text before its value */
    size_t *keylens;      /* JSONL: their lengths */
    char *scratch;        /* formatting buffer (xmalloc'ed) */
    size_t scratch_cap;   /* its size */
    int err;              /* JSONL: errno of the first failed write, or 0 */
    size_t used;          /* JSONL: bytes pending in 'buf' */
    bool memory;          /* writes to 'mem' (writer_open_memory), not a file */
    char *mem;            /* memory: the bytes written (xmalloc'ed) */
    size_t mem_len;       /* memory: bytes used */
    size_t mem_cap;       /* memory: bytes allocated */
    bool hashing;         /* 'hash' is kept (writer_open_hashed) */
    Sha256 hash;          /* the SHA-256 of the bytes written so far */
    CsvWriter csv;        /* CSV: the buffered CSV writer */
    char buf[JSON_BUF];   /* JSONL: pending output */
};

bool writer_format_named(const char *name, WriterFormat *out)
{
    if (strcmp(name, "csv") == 0) {
        *out = WRITER_CSV;
        return true;
    }
    if (strcmp(name, "jsonl") == 0) {
        *out = WRITER_JSONL;
        return true;
    }
    return false;
}

/* Appends 'len' bytes at 's' to a memory writer's bytes (the sink of its
 * CsvWriter, and JSONL's output). */
static void mem_put(void *ctx, const char *s, size_t len)
{
    Writer *w = ctx;
    w->mem = xgrow(w->mem, &w->mem_cap, w->mem_len + len, 1);
    memcpy(w->mem + w->mem_len, s, len);
    w->mem_len += len;
}

/* Writes 'len' bytes at 's' to the file (JSONL), hashing them when asked;
 * keeps the first errno. */
static void json_write(Writer *w, const char *s, size_t len)
{
    if (!len || w->err) return;
    if (w->hashing) sha256_update(&w->hash, s, len);
    if (w->memory) {
        mem_put(w, s, len);
        return;
    }
    if (fwrite(s, 1, len, w->out.fp) != len) w->err = errno ? errno : EIO;
}

static void json_flush(Writer *w)
{
    json_write(w, w->buf, w->used);
    w->used = 0;
}

static void json_put(Writer *w, const char *s, size_t len)
{
    if (len > JSON_BUF - w->used) {
        json_flush(w);
        if (len > JSON_BUF) { /* a huge value: straight through */
            json_write(w, s, len);
            return;
        }
    }
    memcpy(w->buf + w->used, s, len);
    w->used += len;
}

/* Formats 'v' with 'type' in 'style' into the scratch buffer (grown when
 * too small); returns the length. */
static size_t format(Writer *w, Value v, const FormatType *type, FormatStyle style)
{
    size_t n = format_value(w->scratch, w->scratch_cap, v, type, style);
    if (n >= w->scratch_cap) {
        while (w->scratch_cap <= n) w->scratch_cap *= 2;
        xfree(w->scratch);
        w->scratch = xmalloc(w->scratch_cap);
        n = format_value(w->scratch, w->scratch_cap, v, type, style);
    }
    return n;
}

static void free_writer(Writer *w)
{
    for (size_t k = 0; w->keys && k < w->ncols; k++) xfree(w->keys[k]);
    xfree(w->keys);
    xfree(w->keylens);
    xfree(w->cols);
    xfree(w->scratch);
    xfree(w->mem);
    xfree(w);
}

/* writer_open and writer_open_hashed. */
static Writer *open_writer(const char *path, WriterFormat format, const WriterColumn *cols,
                           size_t ncols, bool hashing, char *err, size_t errcap)
{
    if (ncols == 0) {
        snprintf(err, errcap, "no columns to write");
        return NULL;
    }
    Writer *w = xcalloc(1, sizeof *w);
    w->memory = path == NULL;
    if (!w->memory && !outfile_open(&w->out, path, err, errcap)) {
        xfree(w);
        return NULL;
    }
    w->format = format;
    w->ncols = ncols;
    w->cols = xmalloc(ncols * sizeof *w->cols);
    memcpy(w->cols, cols, ncols * sizeof *w->cols);
    w->scratch_cap = 256;
    w->scratch = xmalloc(w->scratch_cap);
    w->hashing = hashing;
    if (hashing) sha256_init(&w->hash);
    if (format == WRITER_CSV) {
        csv_writer_init(&w->csv, w->out.fp);
        if (hashing) w->csv.hash = &w->hash;
        if (w->memory) {
            w->csv.sink = mem_put;
            w->csv.sink_ctx = w;
        } else {
            for (size_t k = 0; k < ncols; k++) csv_write_field(&w->csv, cols[k].name, strlen(cols[k].name));
            csv_end_row(&w->csv);
        }
    } else {
        w->keys = xcalloc(ncols, sizeof *w->keys);
        w->keylens = xcalloc(ncols, sizeof *w->keylens);
        for (size_t k = 0; k < ncols; k++) {
            size_t nlen = strlen(cols[k].name);
            size_t n = format_json_string(NULL, 0, cols[k].name, nlen);
            char *key = xmalloc(n + 3);
            key[0] = k ? ',' : '{';
            format_json_string(key + 1, n + 1, cols[k].name, nlen);
            key[n + 1] = ':';
            key[n + 2] = '\0';
            w->keys[k] = key;
            w->keylens[k] = n + 2;
        }
    }
    return w;
}

Writer *writer_open(const char *path, WriterFormat format, const WriterColumn *cols, size_t ncols,
                    char *err, size_t errcap)
{
    return open_writer(path, format, cols, ncols, false, err, errcap);
}

Writer *writer_open_hashed(const char *path, WriterFormat format, const WriterColumn *cols,
                           size_t ncols, char *err, size_t errcap)
{
    return open_writer(path, format, cols, ncols, true, err, errcap);
}

Writer *writer_open_memory(WriterFormat format, const WriterColumn *cols, size_t ncols)
{
    char err[8];
    return open_writer(NULL, format, cols, ncols, false, err, sizeof err);
}

char *writer_take(Writer *w, size_t *len, size_t *rows)
{
    if (w->format == WRITER_CSV) csv_writer_flush(&w->csv);
    else json_flush(w);
    char *s = w->mem ? w->mem : xmalloc(1);
    *len = w->mem_len;
    *rows = w->rows;
    w->mem = NULL;
    w->mem_len = w->mem_cap = 0;
    w->rows = 0;
    return s;
}

void writer_append(Writer *w, const char *s, size_t len, size_t rows)
{
    if (w->format == WRITER_CSV) csv_write_rows(&w->csv, s, len);
    else json_put(w, s, len);
    w->rows += rows;
}

/* Writes into 'out' the PLAIN text of 'cents' hundredths, as dec_format
 * writes a money amount of scale 2 ("-1484.62", "0.05"); returns its
 * length (at most 22). */
static size_t cents_text(char *out, int64_t cents)
{
    char rev[24];
    size_t n = 0;
    uint64_t m = cents < 0 ? (uint64_t)0 - (uint64_t)cents : (uint64_t)cents;
    rev[n++] = (char)('0' + m % 10);
    m /= 10;
    rev[n++] = (char)('0' + m % 10);
    m /= 10;
    rev[n++] = '.';
    do {
        rev[n++] = (char)('0' + m % 10);
        m /= 10;
    } while (m);
    if (cents < 0) rev[n++] = '-';
    for (size_t k = 0; k < n; k++) out[k] = rev[n - 1 - k];
    return n;
}

void writer_row(Writer *w, const Value *values)
{
    if (w->format == WRITER_CSV) {
        for (size_t k = 0; k < w->ncols; k++) {
            Value v = values[k];
            const FormatType *t = w->cols[k].type;
            if (v.kind == VAL_TEXT && v.as.text) {
                csv_write_field(&w->csv, v.as.text->s, v.as.text->len);
            } else if (v.kind == VAL_NUM && v.scale == 2 && t && t->shape == FORMAT_SCALAR && t->type == FT_MONEY &&
                       v.as.coef >= INT64_MIN && v.as.coef <= INT64_MAX) {
                char buf[24]; /* an amount in cents, the common case, without the general formatter */
                csv_write_field(&w->csv, buf, cents_text(buf, (int64_t)v.as.coef));
            } else {
                size_t n = format(w, v, w->cols[k].type, FORMAT_PLAIN);
                csv_write_field(&w->csv, w->scratch, n);
            }
        }
        csv_end_row(&w->csv);
    } else {
        for (size_t k = 0; k < w->ncols; k++) {
            json_put(w, w->keys[k], w->keylens[k]);
            size_t n = format(w, values[k], w->cols[k].type, FORMAT_JSON);
            json_put(w, w->scratch, n);
        }
        json_put(w, "}\n", 2);
    }
    w->rows++;
}

size_t writer_rows(const Writer *w) { return w->rows; }

bool writer_commit(Writer *w, char *err, size_t errcap)
{
    char hex[SHA256_HEX_SIZE];
    return writer_commit_hashed(w, hex, err, errcap);
}

bool writer_commit_hashed(Writer *w, char hex[SHA256_HEX_SIZE], char *err, size_t errcap)
{
    int failed = 0;
    hex[0] = '\0';
    if (w->format == WRITER_CSV) {
        if (csv_writer_flush(&w->csv) != 0) failed = w->csv.err;
    } else {
        json_flush(w);
        if (!w->err && fflush(w->out.fp) != 0) w->err = errno ? errno : EIO;
        failed = w->err;
    }
    bool ok;
    if (failed) {
        const char *name = w->out.path ? w->out.path : NULL;
        if (name)
            snprintf(err, errcap, "cannot write '%s': %s", name, strerror(failed));
        else
            snprintf(err, errcap, "cannot write to standard output: %s", strerror(failed));
        outfile_abort(&w->out);
        ok = false;
    } else {
        ok = outfile_commit(&w->out, err, errcap);
    }
    if (w->hashing) {
        uint8_t digest[SHA256_DIGEST_SIZE];
        sha256_final(&w->hash, digest);
        if (ok) sha256_hex(digest, hex);
    }
    free_writer(w);
    return ok;
}

void writer_abort(Writer *w)
{
    if (!w) return;
    if (!w->memory) outfile_abort(&w->out);
    free_writer(w);
}
