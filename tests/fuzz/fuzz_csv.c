/* SPDX-License-Identifier: MIT
 * fuzz_csv.c - libFuzzer target for runtime/csv.c.
 *
 * Build and run (from the repository root; clang 14):
 *   clang -g -O1 -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
 *       -I. tests/fuzz/fuzz_csv.c runtime/csv.c runtime/alloc.c -o build/fuzz_csv
 *   mkdir -p build/fuzz_csv_corpus
 *   build/fuzz_csv -max_len=4096 -timeout=5 build/fuzz_csv_corpus tests/csv
 * Add -DGRIP_MAX_CSV_LINE=64 (say) to reach the row limit with small inputs;
 * the round trip then accepts a row that quoting made too long.
 *
 * The first input byte picks the options (bits 0-1: delimiter detect/','/';'
 * /detect, bit 2: allow_no_rows); the rest is the file.  Every row is read,
 * and beyond "no crash, no hang, no leak" the target checks invariants:
 * fields are well-formed UTF-8 without NUL, unquoted fields are trimmed
 * slices of the input without delimiter, quote or line end, positions move
 * forward, errors render; and a round trip: the header and the well-formed
 * rows written with CsvWriter read back as the same fields.
 */
#include "runtime/alloc.h"
#include "runtime/csv.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* With a small row limit, quoting in the round trip may push a row over it. */
#define SMALL_LIMIT (GRIP_MAX_CSV_LINE < 65536)

#define ASSERT(c)                                                                \
    do {                                                                         \
        if (!(c)) {                                                              \
            fprintf(stderr, "fuzz_csv: %s:%d: %s\n", __FILE__, __LINE__, #c);   \
            abort();                                                             \
        }                                                                        \
    } while (0)

/* An independent UTF-8 check (Unicode table 3-7, written as ranges). */
static int valid_utf8(const unsigned char *s, size_t len)
{
    size_t k = 0;
    while (k < len) {
        unsigned c = s[k];
        if (c < 0x80) {
            k++;
            continue;
        }
        size_t n;
        unsigned cp;
        if (c >= 0xC2 && c <= 0xDF) n = 2, cp = c & 0x1F;
        else if (c >= 0xE0 && c <= 0xEF) n = 3, cp = c & 0x0F;
        else if (c >= 0xF0 && c <= 0xF4) n = 4, cp = c & 0x07;
        else return 0;
        if (len - k < n) return 0;
        for (size_t j = 1; j < n; j++) {
            if ((s[k + j] & 0xC0) != 0x80) return 0;
            cp = cp << 6 | (s[k + j] & 0x3F);
        }
        if ((n == 3 && cp < 0x800) || (n == 4 && (cp < 0x10000 || cp > 0x10FFFF))) return 0;
        if (cp >= 0xD800 && cp <= 0xDFFF) return 0;
        k += n;
    }
    return 1;
}

static void check_error(const CsvError *err)
{
    char buf[2048];
    ASSERT(err->kind != CSV_OK);
    ASSERT(err->message[0] != '\0');
    ASSERT(csv_error_format(err, buf, sizeof buf) > 0);
    ASSERT((err->line == 0) == (err->col == 0));
    ASSERT(valid_utf8((const unsigned char *)err->excerpt, strlen(err->excerpt)));
}

/* Checks one row's fields against the input [in, in + len). */
static void check_row(const CsvRow *row, int delim, const char *in, size_t len, uint64_t prev_line,
                      bool header)
{
    ASSERT(row->n >= 1);
    ASSERT(row->line > prev_line);
    ASSERT(row->text >= in && row->text + row->len <= in + len);
    uint64_t last_line = row->line;
    for (size_t col = 0; col < row->n; col++) {
        const CsvField *f = &row->fields[col];
        ASSERT(f->len <= GRIP_MAX_CSV_LINE);
        ASSERT(f->len == 0 || memchr(f->ptr, 0, f->len) == NULL);
        ASSERT(valid_utf8((const unsigned char *)f->ptr, f->len));
        if (header) {
            ASSERT(f->len > 0 && f->ptr[f->len] == '\0');
            ASSERT(f->ptr[0] != ' ' && f->ptr[0] != '\t');
            ASSERT(f->ptr[f->len - 1] != ' ' && f->ptr[f->len - 1] != '\t');
        } else if (!f->quoted) {
            ASSERT(f->ptr >= row->text && f->ptr + f->len <= row->text + row->len);
            for (size_t k = 0; k < f->len; k++) {
                char c = f->ptr[k];
                ASSERT(c != delim && c != '"' && c != '\n' && c != '\r');
            }
            if (f->len) {
                ASSERT(f->ptr[0] != ' ' && f->ptr[0] != '\t');
                ASSERT(f->ptr[f->len - 1] != ' ' && f->ptr[f->len - 1] != '\t');
            }
        }
        uint64_t line;
        size_t column;
        csv_field_pos(row, col, &line, &column);
        ASSERT(line >= last_line && column >= 1);
        last_line = line;
        bool b;
        (void)csv_parse_bool(f->ptr, f->len, &b);
    }
}

/* A copy of a row's fields, to compare after the round trip. */
typedef struct Saved {
    char **text;  /* one malloc'ed copy per field */
    size_t *len;  /* their lengths */
    size_t n;     /* fields */
} Saved;

static void save(Saved *s, const CsvRow *row)
{
    s->n = row->n;
    s->text = xmalloc(row->n * sizeof *s->text);
    s->len = xmalloc(row->n * sizeof *s->len);
    for (size_t col = 0; col < row->n; col++) {
        s->text[col] = xstrndup(row->fields[col].ptr, row->fields[col].len);
        s->len[col] = row->fields[col].len;
    }
}

static void unsave(Saved *s)
{
    for (size_t col = 0; col < s->n; col++) xfree(s->text[col]);
    xfree(s->text);
    xfree(s->len);
}

static int same(const Saved *s, const CsvRow *row)
{
    if (row->n != s->n) return 0;
    for (size_t col = 0; col < s->n; col++)
        if (row->fields[col].len != s->len[col] ||
            memcmp(row->fields[col].ptr, s->text[col], s->len[col]) != 0)
            return 0;
    return 1;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size == 0) return 0;
    static const int delims[4] = {0, ',', ';', 0};
    CsvOptions opt = {.delimiter = delims[data[0] & 3], .allow_no_rows = (data[0] & 4) != 0};
    const char *in = (const char *)data + 1;
    size_t len = size - 1;

    CsvError err;
    CsvReader *r = csv_open_buffer("fuzz.csv", in, len, &opt, &err);
    if (!r) {
        check_error(&err);
        return 0;
    }
    int delim = csv_delimiter(r);
    ASSERT(delim == ',' || delim == ';');
    const CsvRow *hdr = csv_header(r);
    ASSERT(hdr->n == csv_ncols(r));
    check_row(hdr, delim, in, len, 0, true);

    /* the round trip: header and rows with the right field count */
    Saved header;
    save(&header, hdr);
    Saved *rows = NULL;
    size_t nrows = 0, cap = 0;
    char *out = NULL;
    size_t outlen = 0;
    FILE *f = open_memstream(&out, &outlen);
    ASSERT(f != NULL);
    CsvWriter *w = xmalloc(sizeof *w);
    csv_writer_init(w, f);
    for (size_t col = 0; col < hdr->n; col++)
        csv_write_field(w, hdr->fields[col].ptr, hdr->fields[col].len);
    csv_end_row(w);

    CsvRow row;
    int rc;
    uint64_t prev = hdr->line;
    while ((rc = csv_next(r, &row, &err)) != 0) {
        if (rc < 0) {
            check_error(&err);
            if (err.kind != CSV_ERR_FIELD_COUNT) break;
            ASSERT(err.actual == row.n && err.expected == hdr->n && row.n != hdr->n);
        }
        check_row(&row, delim, in, len, prev, false);
        prev = row.line;
        if (rc > 0) {
            rows = xgrow(rows, &cap, nrows + 1, sizeof *rows);
            save(&rows[nrows++], &row);
            for (size_t col = 0; col < row.n; col++)
                csv_write_field(w, row.fields[col].ptr, row.fields[col].len);
            csv_end_row(w);
        }
    }
    if (rc < 0) { /* final errors stay */
        CsvError again;
        ASSERT(csv_next(r, &row, &again) == -1 && again.kind == err.kind);
    }
    csv_close(r);
    ASSERT(csv_writer_flush(w) == 0);
    xfree(w);
    fclose(f);

    CsvOptions back = {.delimiter = ',', .allow_no_rows = true};
    r = csv_open_buffer("back.csv", out, outlen, &back, &err);
    if (!r && !(SMALL_LIMIT && err.kind == CSV_ERR_TOO_LONG)) {
        fprintf(stderr, "fuzz_csv: round trip: %s\n", err.message);
        ASSERT(r != NULL);
    }
    if (r) ASSERT(same(&header, csv_header(r)));
    size_t k = 0;
    for (; r && k < nrows; k++) {
        rc = csv_next(r, &row, &err);
        if (rc < 0 && SMALL_LIMIT && err.kind == CSV_ERR_TOO_LONG) break;
        if (rc != 1) fprintf(stderr, "fuzz_csv: round trip row %zu: %s\n", k, err.message);
        ASSERT(rc == 1 && same(&rows[k], &row));
        unsave(&rows[k]);
    }
    if (r && k == nrows) ASSERT(csv_next(r, &row, &err) == 0);
    for (; k < nrows; k++) unsave(&rows[k]);
    csv_close(r);
    unsave(&header);
    xfree(rows);
    free(out);
    return 0;
}
