/* SPDX-License-Identifier: MIT
 * test_csv.c - tests of runtime/csv.c.
 *
 * 1. Every tests/csv/NAME.csv is read three ways (mapped file, read()
 *    file, memory buffer) and its canonical dump must equal NAME.expect
 *    (and be the same all three ways).  An optional NAME.opts holds lines
 *    "delimiter ;" / "delimiter ," / "allow_no_rows".  The dump is:
 *      delimiter ';'
 *      header 1: 1:1 "naam" | 1:6 "bedrag"
 *      row 2: 2:1 "Jan" | 2:5 q"1,5"          (q: quoted; LINE:COL each)
 *      error: FILE:LINE:COL: error: MESSAGE    (then excerpt:/hint: lines)
 *      end
 *    Set GRIP_BLESS=1 to (re)write the .expect files; review the diff.
 * 2. Random documents (plain rows and every special byte, fields across
 *    the fast path's 16-byte chunks) read the same with and without the
 *    fast path.
 * 3. Targeted tests: limits, positions, error formatting, bool/trim
 *    helpers, file and pipe input, and the writer (byte-exact, round trip,
 *    I/O errors on /dev/full).
 * Runs with the repository root as current directory.
 */
#include "harness.h"
#include "../../runtime/alloc.h"
#include "../../runtime/csv.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

/* ---- a growable string for dumps ------------------------------------------------ */

typedef struct Buf {
    char *s;     /* NUL-terminated text */
    size_t len;  /* bytes before the NUL */
    size_t cap;  /* allocated bytes */
} Buf;

static void buf_add(Buf *b, const char *s, size_t len)
{
    b->s = xgrow(b->s, &b->cap, b->len + len + 1, 1);
    memcpy(b->s + b->len, s, len);
    b->len += len;
    b->s[b->len] = '\0';
}

static void buf_printf(Buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void buf_printf(Buf *b, const char *fmt, ...)
{
    char tmp[1024];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    buf_add(b, tmp, n < (int)sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

/* Appends a field as a C-like literal: \" \\ \n \r \t, other controls \xNN,
 * UTF-8 as is. */
static void buf_field(Buf *b, const CsvField *f)
{
    if (f->quoted) buf_add(b, "q", 1);
    buf_add(b, "\"", 1);
    for (uint32_t k = 0; k < f->len; k++) {
        unsigned char c = (unsigned char)f->ptr[k];
        if (c == '"') buf_add(b, "\\\"", 2);
        else if (c == '\\') buf_add(b, "\\\\", 2);
        else if (c == '\n') buf_add(b, "\\n", 2);
        else if (c == '\r') buf_add(b, "\\r", 2);
        else if (c == '\t') buf_add(b, "\\t", 2);
        else if (c < 0x20 || c == 0x7f) buf_printf(b, "\\x%02x", c);
        else buf_add(b, (const char *)&c, 1);
    }
    buf_add(b, "\"", 1);
}

static void buf_row(Buf *b, const char *what, const CsvRow *row)
{
    buf_printf(b, "%s %" PRIu64 ":", what, row->line);
    for (size_t col = 0; col < row->n; col++) {
        uint64_t line;
        size_t column;
        csv_field_pos(row, col, &line, &column);
        buf_printf(b, "%s %" PRIu64 ":%zu ", col ? " |" : "", line, column);
        buf_field(b, &row->fields[col]);
    }
    buf_add(b, "\n", 1);
}

static void buf_error(Buf *b, const CsvError *err)
{
    char msg[1024];
    csv_error_format(err, msg, sizeof msg);
    buf_printf(b, "error: %s\n", msg);
    if (err->excerpt[0]) buf_printf(b, "excerpt: %s\n", err->excerpt);
    if (err->hint) buf_printf(b, "hint: %s\n", err->hint);
}

/* The canonical dump of reader 'r' (NULL: open failed with 'err'), which is
 * closed here. */
static char *dump_reader(CsvReader *r, CsvError *err)
{
    Buf b = {0};
    buf_add(&b, "", 0);
    if (!r) {
        buf_error(&b, err);
        return b.s;
    }
    buf_printf(&b, "delimiter '%c'\n", csv_delimiter(r));
    CHECK(csv_ncols(r) == csv_header(r)->n);
    buf_row(&b, "header", csv_header(r));
    CsvRow row;
    int rc;
    while ((rc = csv_next(r, &row, err)) != 0) {
        if (rc < 0) {
            buf_error(&b, err);
            if (err->kind != CSV_ERR_FIELD_COUNT) break;
        }
        buf_row(&b, "row", &row);
    }
    if (rc == 0) buf_add(&b, "end\n", 4);
    csv_close(r);
    return b.s;
}

/* Reads the whole file 'path' into malloc'ed memory; NULL when absent. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    Buf b = {0};
    buf_add(&b, "", 0);
    char tmp[65536];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) buf_add(&b, tmp, n);
    fclose(f);
    *len = b.len;
    return b.s;
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void test_folder(void)
{
    const char *dir = "tests/csv";
    bool bless = getenv("GRIP_BLESS") && strcmp(getenv("GRIP_BLESS"), "1") == 0;
    DIR *d = opendir(dir);
    CHECK(d != NULL);
    if (!d) return;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        size_t len = strlen(e->d_name);
        if (len > 4 && strcmp(e->d_name + len - 4, ".csv") == 0) {
            names = xgrow(names, &cap, n + 1, sizeof *names);
            names[n++] = xstrndup(e->d_name, len - 4);
        }
    }
    closedir(d);
    qsort(names, n, sizeof *names, cmp_str);
    CHECK(n >= 40);
    for (size_t k = 0; k < n; k++) {
        char path[512], opath[512], epath[512];
        snprintf(path, sizeof path, "%s/%s.csv", dir, names[k]);
        snprintf(opath, sizeof opath, "%s/%s.opts", dir, names[k]);
        snprintf(epath, sizeof epath, "%s/%s.expect", dir, names[k]);
        CsvOptions opt = {0};
        size_t olen;
        char *opts = slurp(opath, &olen);
        if (opts) {
            const char *dl = strstr(opts, "delimiter ");
            if (dl) opt.delimiter = (unsigned char)dl[10];
            opt.allow_no_rows = strstr(opts, "allow_no_rows") != NULL;
            xfree(opts);
        }
        CsvError err;
        char *mapped = dump_reader(csv_open_file(path, &opt, &err), &err);
        opt.no_mmap = true;
        char *readin = dump_reader(csv_open_file(path, &opt, &err), &err);
        size_t dlen;
        char *data = slurp(path, &dlen);
        char *membuf = dump_reader(csv_open_buffer(path, data, dlen, &opt, &err), &err);
        xfree(data);
        CHECK_EQ_STR(readin, mapped);
        CHECK_EQ_STR(membuf, mapped);
        opt.no_mmap = false;
        opt.no_fast_path = true;
        char *general = dump_reader(csv_open_file(path, &opt, &err), &err);
        CHECK_EQ_STR(general, mapped);
        xfree(general);
        if (bless) {
            FILE *f = fopen(epath, "wb");
            CHECK(f != NULL);
            if (f) {
                fputs(mapped, f);
                fclose(f);
            }
        } else {
            size_t elen;
            char *want = slurp(epath, &elen);
            if (!want) fprintf(stderr, "%s: missing (run with GRIP_BLESS=1)\n", epath);
            CHECK(want != NULL);
            if (want && strcmp(want, mapped) != 0)
                fprintf(stderr, "%s: dump differs; got:\n%s", epath, mapped);
            CHECK(want && strcmp(want, mapped) == 0);
            xfree(want);
        }
        xfree(mapped);
        xfree(readin);
        xfree(membuf);
        xfree(names[k]);
    }
    xfree(names);
}

/* ---- the fast path against the general scanner ---------------------------------------- */

static uint64_t rnd_state = 88172645463325252ull;

static unsigned rnd(unsigned n)
{
    rnd_state ^= rnd_state << 13;
    rnd_state ^= rnd_state >> 7;
    rnd_state ^= rnd_state << 17;
    return (unsigned)(rnd_state % n);
}

/* 3000 random documents, mostly plain rows (fields of 0 to 40 letters, so
 * delimiters and line ends fall on every position of a 16-byte chunk) with
 * now and then a blank at an edge, a quote, CR, CRLF, a blank line, UTF-8
 * (well- and ill-formed), NUL, the other delimiter, a missing last line
 * end: the dumps with and without the fast path are equal. */
static void test_fast_path_agrees(void)
{
    static const char *const specials[] = {" ", "\t", "\"", "\"a,b\"", "\r", "\r\n", "\n\n", "\xc3\xa9",
                                           "\xc3", "\xff", ";", "\x01", "-", "\x7f"};
    int same = 0, docs = 3000;
    for (int d = 0; d < docs; d++) {
        Buf b = {0};
        buf_add(&b, "", 0);
        unsigned ncols = 1 + rnd(6), nrows = rnd(12);
        unsigned odd = rnd(4); /* how often a special byte comes: never .. often */
        for (unsigned row = 0; row <= nrows; row++) {
            for (unsigned col = 0; col < ncols; col++) {
                if (col) buf_add(&b, ",", 1);
                unsigned len = rnd(5) == 0 ? rnd(41) : rnd(9);
                for (unsigned k = 0; k < len; k++) {
                    if (odd && rnd(60 / odd) == 0) {
                        const char *sp = specials[rnd(sizeof specials / sizeof specials[0])];
                        buf_add(&b, sp, strlen(sp));
                    } else {
                        char c = (char)('a' + rnd(26));
                        buf_add(&b, &c, 1);
                    }
                }
                if (row == 0 && len == 0) buf_add(&b, "h", 1); /* header names are not empty */
            }
            if (row < nrows || rnd(2)) buf_add(&b, rnd(5) ? "\n" : "\r\n", rnd(5) ? 1 : 2);
        }
        if (rnd(10) == 0) buf_add(&b, "\x00", 1);
        CsvOptions opt = {0};
        opt.allow_no_rows = true;
        CsvError err;
        char *fast = dump_reader(csv_open_buffer("r.csv", b.s, b.len, &opt, &err), &err);
        opt.no_fast_path = true;
        char *general = dump_reader(csv_open_buffer("r.csv", b.s, b.len, &opt, &err), &err);
        if (strcmp(fast, general) != 0 && same + 1 == d + 1)
            fprintf(stderr, "document %d differs:\n--- fast\n%s--- general\n%s", d, fast, general);
        same += strcmp(fast, general) == 0;
        xfree(fast);
        xfree(general);
        xfree(b.s);
    }
    CHECK_EQ_INT(same, docs);
}

/* ---- targeted tests ---------------------------------------------------------------- */

/* Opens 'text' as a buffer; NULL-terminated 'text' for convenience. */
static CsvReader *open_str(const char *text, const CsvOptions *opt, CsvError *err)
{
    return csv_open_buffer("t.csv", text, strlen(text), opt, err);
}

static char fmt_buf[1024];

static const char *fmt(const CsvError *err)
{
    csv_error_format(err, fmt_buf, sizeof fmt_buf);
    return fmt_buf;
}

static void test_basic_api(void)
{
    CsvError err;
    CsvReader *r = open_str("a,b\n1,\"x\"\"y\"\n", NULL, &err);
    CHECK(r != NULL);
    if (!r) return;
    CHECK_EQ_INT(csv_ncols(r), 2);
    CHECK_EQ_INT(csv_delimiter(r), ',');
    CHECK_EQ_STR(csv_header(r)->fields[0].ptr, "a"); /* NUL-terminated */
    CHECK_EQ_STR(csv_header(r)->fields[1].ptr, "b");
    CsvRow row;
    CHECK_EQ_INT(csv_next(r, &row, &err), 1);
    CHECK_EQ_INT(row.line, 2);
    CHECK(row.fields[1].len == 3 && memcmp(row.fields[1].ptr, "x\"y", 3) == 0);
    CHECK(row.fields[1].quoted);
    CHECK(row.len == 8 && memcmp(row.text, "1,\"x\"\"y\"", 8) == 0);
    CHECK_EQ_INT(csv_next(r, &row, &err), 0);
    CHECK_EQ_INT(csv_next(r, &row, &err), 0); /* the end stays the end */
    csv_close(r);
    csv_close(NULL);

    /* NULL data with length 0 is an empty file; so are blanks only */
    CHECK(csv_open_buffer(NULL, NULL, 0, NULL, &err) == NULL);
    CHECK_EQ_INT(err.kind, CSV_ERR_EMPTY);
    CHECK_EQ_STR(fmt(&err), "<memory>: error: empty file");
    CHECK(open_str(" \t\r\n\r\r\n", NULL, &err) == NULL);
    CHECK_EQ_INT(err.kind, CSV_ERR_EMPTY);

    CsvOptions bad = {.delimiter = '\t'};
    CHECK(open_str("a\tb\n1\t2\n", &bad, &err) == NULL);
    CHECK_EQ_INT(err.kind, CSV_ERR_OPTION);
    CHECK_EQ_STR(fmt(&err), "t.csv: error: unsupported delimiter (use ',' or ';')");
}

static void test_errors_sticky_and_recoverable(void)
{
    CsvError err;
    CsvReader *r = open_str("a;b\n1\n1;2;3\n4;5\n\"x\n", NULL, &err);
    CHECK(r != NULL);
    if (!r) return;
    CsvRow row;
    CHECK_EQ_INT(csv_next(r, &row, &err), -1);
    CHECK_EQ_INT(err.kind, CSV_ERR_FIELD_COUNT);
    CHECK_EQ_INT(err.expected, 2);
    CHECK_EQ_INT(err.actual, 1);
    CHECK_EQ_INT(row.n, 1);
    CHECK_EQ_STR(fmt(&err), "t.csv:2:2: error: row has 1 field, the header has 2");
    CHECK_EQ_INT(csv_next(r, &row, &err), -1);
    CHECK_EQ_INT(err.actual, 3);
    CHECK_EQ_STR(fmt(&err), "t.csv:3:5: error: row has 3 fields, the header has 2");
    CHECK_EQ_INT(csv_next(r, &row, &err), 1);
    CHECK(row.fields[1].len == 1 && row.fields[1].ptr[0] == '5');
    CHECK_EQ_INT(csv_next(r, &row, &err), -1);
    CHECK_EQ_INT(err.kind, CSV_ERR_UNTERMINATED);
    CHECK_EQ_STR(fmt(&err), "t.csv:5:1: error: unterminated quoted field");
    err.kind = CSV_OK;
    CHECK_EQ_INT(csv_next(r, &row, &err), -1); /* final: the same error again */
    CHECK_EQ_INT(err.kind, CSV_ERR_UNTERMINATED);
    CHECK_EQ_INT(err.line, 5);
    csv_close(r);

    /* header only: an error by default, the end when allowed */
    r = open_str("a,b\n\n", NULL, &err);
    CHECK(r != NULL);
    if (r) {
        CHECK_EQ_INT(csv_next(r, &row, &err), -1);
        CHECK_EQ_INT(err.kind, CSV_ERR_NO_ROWS);
        CHECK_EQ_STR(fmt(&err), "t.csv:1:1: error: no rows (the file has only a header)");
        CHECK_EQ_INT(csv_next(r, &row, &err), -1);
        csv_close(r);
    }
    CsvOptions allow = {.allow_no_rows = true};
    r = open_str("a,b", &allow, &err);
    CHECK(r != NULL);
    if (r) {
        CHECK_EQ_INT(csv_next(r, &row, &err), 0);
        csv_close(r);
    }
}

/* Checks 'text' fails to open or read with 'want' as formatted error. */
static void check_fails(const char *text, size_t len, const char *want)
{
    CsvError err;
    CsvReader *r = csv_open_buffer("t.csv", text, len, NULL, &err);
    if (r) {
        CsvRow row;
        int rc;
        while ((rc = csv_next(r, &row, &err)) == 1) {
        }
        CHECK_EQ_INT(rc, -1);
        csv_close(r);
    }
    CHECK_EQ_STR(fmt(&err), want);
}

static void test_line_limit(void)
{
    const size_t max = GRIP_MAX_CSV_LINE;
    size_t big = 64u << 20; /* 64 MiB: must fail after 1 MiB, not scan it */
    char *b = xmalloc(big + 16);
    memset(b, 'a', big + 16);

    /* a header that long */
    check_fails(b, big, "t.csv:1:1: error: line 1 is longer than 1048576 bytes");

    /* a row that long */
    memcpy(b, "h\n", 2);
    check_fails(b, big, "t.csv:2:1: error: line 2 is longer than 1048576 bytes");

    /* exactly the limit is fine, with or without a line end; one more is not */
    CsvError err;
    for (int nl = 0; nl < 2; nl++) {
        for (size_t extra = 0; extra < 2; extra++) {
            size_t len = 2 + max + extra;
            b[len] = '\n';
            CsvReader *r = csv_open_buffer("t.csv", b, len + (size_t)nl, NULL, &err);
            CHECK(r != NULL);
            if (!r) continue;
            CsvRow row;
            int rc = csv_next(r, &row, &err);
            CHECK_EQ_INT(rc, extra ? -1 : 1);
            if (rc == 1) CHECK_EQ_INT(row.fields[0].len, max);
            else CHECK_EQ_INT(err.kind, CSV_ERR_TOO_LONG);
            csv_close(r);
            b[len] = 'a';
        }
    }

    /* an unclosed quote in a big file: reported at the opener */
    memcpy(b, "h\nx\n\"", 5);
    for (size_t k = 100; k < big; k += 100) b[k] = '\n';
    check_fails(b, big,
                "t.csv:3:1: error: quoted field is longer than 1048576 bytes (is its closing "
                "quote missing?)");
    /* ...but on one line it is the line that is too long */
    memset(b, 'a', big);
    memcpy(b, "h\n \"", 4);
    check_fails(b, big, "t.csv:2:1: error: line 2 is longer than 1048576 bytes");
    /* a huge doubled-quote field just under the limit unescapes fine */
    memcpy(b, "h\n\"", 3);
    for (size_t k = 3; k < 3 + max - 2; k++) b[k] = '"';
    b[3 + max - 2] = '"';
    b[3 + max - 1] = '\n';
    CsvReader *r = csv_open_buffer("t.csv", b, 3 + max, NULL, &err);
    CHECK(r != NULL);
    if (r) {
        CsvRow row;
        CHECK_EQ_INT(csv_next(r, &row, &err), 1);
        CHECK_EQ_INT(row.fields[0].len, (max - 2) / 2);
        csv_close(r);
    }
    /* blanks only are blank, however long */
    memset(b, ' ', big);
    memcpy(b, "h\n1\n", 4);
    r = csv_open_buffer("t.csv", b, big, NULL, &err);
    CHECK(r != NULL);
    if (r) {
        CsvRow row;
        CHECK_EQ_INT(csv_next(r, &row, &err), 1);
        CHECK_EQ_INT(csv_next(r, &row, &err), 0);
        csv_close(r);
    }
    /* ...but not when they end in text */
    b[big - 1] = 'x';
    check_fails(b, big, "t.csv:3:1: error: line 3 is longer than 1048576 bytes");
    xfree(b);
}

static void test_positions_and_field_error(void)
{
    CsvError err;
    CsvReader *r = open_str("\xef\xbb\xbfnaam;opmerking;bedrag\r\n"
                            "\"Ren\xc3\xa9" "e\";\"regel 1\r\nregel 2\";  \xe2\x82\xac 12,50\r\n",
                            NULL, &err);
    CHECK(r != NULL);
    if (!r) return;
    uint64_t line;
    size_t col;
    csv_field_pos(csv_header(r), 2, &line, &col);
    CHECK(line == 1 && col == 16); /* the BOM is not a character */
    CsvRow row;
    CHECK_EQ_INT(csv_next(r, &row, &err), 1);
    csv_field_pos(&row, 1, &line, &col);
    CHECK(line == 2 && col == 9);
    csv_field_pos(&row, 2, &line, &col);
    CHECK(line == 3 && col == 12);
    CHECK(row.fields[2].len == 9 && memcmp(row.fields[2].ptr, "\xe2\x82\xac 12,50", 9) == 0);
    csv_field_error(r, &row, 2, &err, "not a number: '%.*s'", (int)row.fields[2].len,
                    row.fields[2].ptr);
    CHECK_EQ_INT(err.kind, CSV_ERR_VALUE);
    CHECK_EQ_STR(fmt(&err), "t.csv:3:12: error: not a number: '\xe2\x82\xac 12,50'");
    CHECK_EQ_STR(err.excerpt, "regel 2\";  \xe2\x82\xac 12,50");
    CHECK(err.hint == NULL);
    /* a column past the row's end points at the row start */
    csv_field_pos(&row, 7, &line, &col);
    CHECK(line == 2 && col == 1);
    csv_field_error(r, &row, 7, &err, "x");
    CHECK_EQ_STR(fmt(&err), "t.csv:2:1: error: x");
    csv_close(r);
}

static void test_error_format(void)
{
    CsvError err = {.kind = CSV_ERR_VALUE, .file = "a.csv", .line = 12, .col = 7};
    snprintf(err.message, sizeof err.message, "bad");
    char small[8];
    int n = csv_error_format(&err, small, sizeof small);
    CHECK_EQ_INT(n, (int)strlen("a.csv:12:7: error: bad"));
    CHECK_EQ_STR(small, "a.csv:1");
    err.file = NULL;
    err.line = 0;
    CHECK_EQ_STR(fmt(&err), "<memory>: error: bad");
    /* excerpts are cut at 80 characters and escape what cannot be shown */
    char line[300];
    memset(line, 'x', sizeof line);
    memcpy(line, "h\n\t\x01\xc3\xa9\"", 7);
    check_fails(line, sizeof line, "t.csv:2:4: error: quote inside an unquoted field");
    CsvReader *r = csv_open_buffer("t.csv", line, sizeof line, NULL, &err);
    CsvRow row;
    CHECK(r && csv_next(r, &row, &err) == -1);
    csv_close(r);
    char want[200] = "\\t\\x01\xc3\xa9\"";
    memset(want + strlen(want), 'x', 76);
    strcpy(want + strlen(want), "...");
    CHECK_EQ_STR(err.excerpt, want);
}

/* Checks that 's' is well-formed UTF-8 (a plain re-check, not csv.c's). */
static bool is_utf8(const char *s)
{
    CsvError err;
    Buf b = {0};
    buf_printf(&b, "h\n%s\n", s);
    CsvReader *r = csv_open_buffer("u.csv", b.s, b.len, NULL, &err);
    CsvRow row;
    bool ok = r && csv_next(r, &row, &err) >= 0;
    csv_close(r);
    xfree(b.s);
    return ok;
}

static void test_long_messages_stay_utf8(void)
{
    /* a duplicate name: 60 characters shown, a line end escaped */
    Buf b = {0};
    buf_add(&b, "\"x\n", 3);
    for (int k = 0; k < 70; k++) buf_add(&b, "\xe2\x82\xac", 3);
    buf_add(&b, "\",b,\"x\n", 7);
    for (int k = 0; k < 70; k++) buf_add(&b, "\xe2\x82\xac", 3);
    buf_add(&b, "\"\n1,2,3\n", 9);
    CsvError err;
    CHECK(csv_open_buffer("t.csv", b.s, b.len, NULL, &err) == NULL);
    CHECK_EQ_INT(err.kind, CSV_ERR_HEADER_DUP);
    Buf want = {0};
    buf_add(&want, "t.csv:2:75: error: duplicate column name 'x\\x0a", 47);
    for (int k = 0; k < 58; k++) buf_add(&want, "\xe2\x82\xac", 3);
    buf_add(&want, "...' (columns 1 and 3)", 22);
    CHECK_EQ_STR(fmt(&err), want.s);
    xfree(want.s);
    xfree(b.s);

    /* a caller's message cut at the end of the buffer keeps whole characters */
    CsvReader *r = open_str("a\n1\n", NULL, &err);
    CsvRow row;
    CHECK(r && csv_next(r, &row, &err) == 1);
    for (int shift = 0; shift < 4; shift++) {
        char big[2000];
        memset(big, 'x', (size_t)shift);
        big[shift] = '\0';
        for (int k = 0; k < 400; k++) strcat(big + shift, k % 2 ? "\xf0\x9f\x98\x80" : "\xc3\xa9");
        csv_field_error(r, &row, 0, &err, "%s", big);
        CHECK(strlen(err.message) < sizeof err.message);
        CHECK(strlen(err.message) + 4 >= sizeof err.message);
        CHECK(is_utf8(err.message));
    }
    csv_close(r);
}

static void test_bool_and_trim(void)
{
    static const struct {
        const char *text;
        int want; /* 1 true, 0 false, -1 not a bool */
    } cases[] = {
        {"true", 1},   {"TRUE", 1},   {"True", 1},   {"false", 0},  {"FaLsE", 0},
        {"ja", 1},     {"JA", 1},     {"nee", 0},    {"Nee", 0},    {"yes", 1},
        {"YES", 1},    {"no", 0},     {"NO", 0},     {"waar", 1},   {"Waar", 1},
        {"onwaar", 0}, {"ONWAAR", 0}, {"1", 1},      {"0", 0},      {" ja ", 1},
        {"\tnee", 0},  {"", -1},      {" ", -1},     {"j", -1},     {"n", -1},
        {"y", -1},     {"t", -1},     {"f", -1},     {"2", -1},     {"01", -1},
        {"truee", -1}, {"tru", -1},   {"onwaarr", -1}, {"ja nee", -1}, {"\xc3\xa9", -1},
        {"nee\n", -1}, {"verylongwordindeed", -1},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        bool v = false;
        bool ok = csv_parse_bool(cases[k].text, strlen(cases[k].text), &v);
        if (cases[k].want < 0) {
            CHECK(!ok);
        } else {
            CHECK(ok);
            CHECK_EQ_INT(v, cases[k].want);
        }
    }
    bool v = true;
    CHECK(csv_parse_bool("nee,x", 3, &v) && !v); /* the length counts, not a NUL */

    const char *s = " \t a b \t";
    size_t len = strlen(s);
    csv_trim(&s, &len);
    CHECK(len == 3 && memcmp(s, "a b", 3) == 0);
    s = "   ";
    len = 3;
    csv_trim(&s, &len);
    CHECK_EQ_INT(len, 0);
    s = "x";
    len = 0;
    csv_trim(&s, &len);
    CHECK_EQ_INT(len, 0);
}

/* Writes 'data' to a fresh temporary file; returns its malloc'ed path. */
static char *temp_file(const char *data, size_t len)
{
    const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    char path[512];
    snprintf(path, sizeof path, "%s/grip-csv-XXXXXX", tmp);
    int fd = mkstemp(path);
    CHECK(fd >= 0);
    if (fd < 0) return xstrdup("/nonexistent");
    CHECK(write(fd, data, len) == (ssize_t)len);
    close(fd);
    return xstrdup(path);
}

static void test_files(void)
{
    CsvError err;
    CHECK(csv_open_file("tests/csv/does-not-exist.csv", NULL, &err) == NULL);
    CHECK_EQ_INT(err.kind, CSV_ERR_IO);
    CHECK_EQ_STR(fmt(&err),
                 "tests/csv/does-not-exist.csv: error: cannot open file: no such file or "
                 "directory");
    CHECK(csv_open_file("tests/csv", NULL, &err) == NULL);
    CHECK_EQ_STR(fmt(&err), "tests/csv: error: cannot read file: is a directory");

    /* an empty regular file is not mapped */
    char *path = temp_file("", 0);
    CHECK(csv_open_file(path, NULL, &err) == NULL);
    CHECK_EQ_INT(err.kind, CSV_ERR_EMPTY);
    unlink(path);
    xfree(path);

    /* a long line in a mapped file fails as in a buffer */
    size_t big = 3u << 20;
    char *b = xmalloc(big);
    memset(b, 'z', big);
    memcpy(b, "kolom\n", 6);
    path = temp_file(b, big);
    CsvReader *r = csv_open_file(path, NULL, &err);
    CHECK(r != NULL);
    if (r) {
        CsvRow row;
        CHECK_EQ_INT(csv_next(r, &row, &err), -1);
        CHECK_EQ_INT(err.kind, CSV_ERR_TOO_LONG);
        CHECK_EQ_INT(err.line, 2);
        csv_close(r);
    }
    unlink(path);
    xfree(path);
    xfree(b);

    /* a mapped file of 40 MB: the pages behind the rows read are given
     * back on the way; the header and the rows still read right, and an
     * error at the end quotes its line */
    size_t nrows = 1000000, len = 0;
    b = xmalloc(nrows * 40 + 64);
    len += (size_t)sprintf(b, "id,naam,bedrag\n");
    for (size_t k = 0; k < nrows; k++)
        len += (size_t)sprintf(b + len, "C%07zu,naam nummer %zu,%zu.%02zu\n", k, k % 977, k / 3, k % 100);
    len += (size_t)sprintf(b + len, "C9999999,\"open\n");
    path = temp_file(b, len);
    r = csv_open_file(path, NULL, &err);
    CHECK(r != NULL);
    if (r) {
        CsvRow row;
        size_t good = 0, n = 0;
        char want[64];
        int rc;
        while ((rc = csv_next(r, &row, &err)) == 1) {
            int wl = snprintf(want, sizeof want, "C%07zu,naam nummer %zu,%zu.%02zu", n, n % 977, n / 3, n % 100);
            good += row.n == 3 && row.len == (size_t)wl && memcmp(row.text, want, (size_t)wl) == 0 &&
                    row.line == n + 2;
            n++;
        }
        CHECK_EQ_INT(n, nrows);
        CHECK_EQ_INT(good, nrows);
        CHECK_EQ_INT(rc, -1);
        CHECK_EQ_INT(err.kind, CSV_ERR_UNTERMINATED);
        CHECK_EQ_INT(err.line, nrows + 2);
        CHECK_EQ_STR(err.excerpt, "C9999999,\"open");
        uint64_t line;
        size_t column;
        csv_field_pos(csv_header(r), 2, &line, &column); /* rescans the header's bytes */
        CHECK_EQ_INT(line, 1);
        CHECK_EQ_INT(column, 9);
        CHECK_EQ_STR(csv_header(r)->fields[1].ptr, "naam");
        csv_close(r);
    }
    unlink(path);
    xfree(path);
    xfree(b);
}

static void test_pipe(void)
{
    /* a FIFO is read, not mapped; 300 KiB makes the buffer grow */
    const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    char dir[512], fifo[600];
    snprintf(dir, sizeof dir, "%s/grip-csv-XXXXXX", tmp);
    CHECK(mkdtemp(dir) != NULL);
    snprintf(fifo, sizeof fifo, "%s/data.csv", dir);
    CHECK(mkfifo(fifo, 0600) == 0);
    enum { ROWS = 30000 };
    fflush(NULL);
    pid_t pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        FILE *f = fopen(fifo, "w");
        if (!f) _exit(1);
        fputs("id;n\n", f);
        for (int k = 0; k < ROWS; k++) fprintf(f, "C%07d;%d\n", k, k);
        fclose(f);
        _exit(0);
    }
    CsvError err;
    CsvReader *r = csv_open_file(fifo, NULL, &err);
    CHECK(r != NULL);
    if (r) {
        CHECK_EQ_INT(csv_delimiter(r), ';');
        CsvRow row;
        int n = 0, rc;
        while ((rc = csv_next(r, &row, &err)) == 1) n++;
        CHECK_EQ_INT(rc, 0);
        CHECK_EQ_INT(n, ROWS);
        CHECK(row.line == ROWS + 1);
        csv_close(r);
    }
    int status = 1;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    unlink(fifo);
    rmdir(dir);
}

/* ---- writer ----------------------------------------------------------------------------- */

/* Runs 'rows' (fields separated by '|', rows by '\n' in 'spec') through the
 * writer and returns the output (malloc'ed). */
static char *write_spec(const char *spec)
{
    FILE *f = tmpfile();
    CHECK(f != NULL);
    if (!f) return xstrdup("");
    CsvWriter *w = xmalloc(sizeof *w);
    csv_writer_init(w, f);
    const char *p = spec;
    while (*p) {
        const char *e = p + strcspn(p, "|\n");
        csv_write_field(w, p, (size_t)(e - p));
        if (*e == '\n') csv_end_row(w);
        p = *e ? e + 1 : e;
    }
    CHECK_EQ_INT(csv_writer_flush(w), 0);
    xfree(w);
    rewind(f);
    Buf b = {0};
    buf_add(&b, "", 0);
    char tmp[4096];
    size_t n;
    while ((n = fread(tmp, 1, sizeof tmp, f)) > 0) buf_add(&b, tmp, n);
    fclose(f);
    return b.s;
}

static void test_writer_exact(void)
{
    static const struct {
        const char *spec, *want;
    } cases[] = {
        {"id|besluit|reden|bedrag\n", "id,besluit,reden,bedrag\n"},
        {"C0000001|toegekend||1484.62\n", "C0000001,toegekend,,1484.62\n"},
        {"C0000002|afgewezen|geen jeugdhulp|\n", "C0000002,afgewezen,geen jeugdhulp,\n"},
        {"a,b|c\"d|e;f\n", "\"a,b\",\"c\"\"d\",\"e;f\"\n"},
        {" x|y\t|\"\"\n", "\" x\",\"y\t\",\"\"\"\"\"\"\n"},
        {"x y|\xe2\x82\xac 1.234,56\n", "x y,\"\xe2\x82\xac 1.234,56\"\n"},
        {"\n", "\"\"\n"},             /* one empty field is not a blank line */
        {"|\n", ",\n"},
        {"a\n\n", "a\n\"\"\n"},
        {"\xef\xbb\xbf" "a|b\xef\xbb\xbf\n", "\"\xef\xbb\xbf" "a\",b\xef\xbb\xbf\n"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        char *got = write_spec(cases[k].spec);
        CHECK_EQ_STR(got, cases[k].want);
        xfree(got);
    }
    /* CR and LF inside a field: written as they are, in quotes */
    FILE *f = tmpfile();
    CsvWriter *w = xmalloc(sizeof *w);
    csv_writer_init(w, f);
    csv_write_field(w, "a\r\nb", 4);
    csv_write_field(w, "c\rd", 3);
    csv_end_row(w);
    csv_end_row(w); /* a row of no fields is an empty line */
    CHECK_EQ_INT(csv_writer_flush(w), 0);
    rewind(f);
    char out[64] = {0};
    CHECK(fread(out, 1, sizeof out - 1, f) == 14);
    CHECK_EQ_STR(out, "\"a\r\nb\",\"c\rd\"\n\n");
    fclose(f);
    xfree(w);
}

/* xorshift64: deterministic test data without libc rand's state */
static uint64_t rng_state = 0x9e3779b97f4a7c15u;
static uint64_t rng(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

/* A random field from pieces that stress quoting and trimming. */
static size_t random_field(char *out, size_t cap)
{
    static const char *pieces[] = {"a", "Z", "0", ",", ";", "\"", "\"\"", " ", "\t", "\n",
                                   "\r", "\r\n", "\xc3\xa9", "\xe2\x82\xac", "\xf0\x9f\x98\x80",
                                   "1.234,56", "ja", "", "x y"};
    size_t len = 0, n = rng() % 7;
    for (size_t k = 0; k < n; k++) {
        const char *p = pieces[rng() % (sizeof pieces / sizeof pieces[0])];
        size_t plen = strlen(p);
        if (len + plen >= cap) break;
        memcpy(out + len, p, plen);
        len += plen;
    }
    return len;
}

static void test_writer_round_trip(void)
{
    enum { ROWS = 2000, MAXCOLS = 6, FLEN = 64 };
    for (size_t ncols = 1; ncols <= MAXCOLS; ncols++) {
        static char fields[ROWS][MAXCOLS][FLEN];
        static size_t lens[ROWS][MAXCOLS];
        FILE *f = tmpfile();
        CsvWriter *w = xmalloc(sizeof *w);
        csv_writer_init(w, f);
        for (size_t col = 0; col < ncols; col++) {
            char name[16];
            int n = snprintf(name, sizeof name, "k%zu", col);
            csv_write_field(w, name, (size_t)n);
        }
        csv_end_row(w);
        for (size_t row = 0; row < ROWS; row++) {
            for (size_t col = 0; col < ncols; col++) {
                lens[row][col] = random_field(fields[row][col], FLEN);
                csv_write_field(w, fields[row][col], lens[row][col]);
            }
            csv_end_row(w);
        }
        CHECK_EQ_INT(csv_writer_flush(w), 0);
        xfree(w);
        long size = ftell(f);
        rewind(f);
        char *data = xmalloc((size_t)size);
        CHECK(fread(data, 1, (size_t)size, f) == (size_t)size);
        fclose(f);
        CsvError err;
        CsvReader *r = csv_open_buffer("rt.csv", data, (size_t)size, NULL, &err);
        CHECK(r != NULL);
        if (!r) {
            fprintf(stderr, "%s\n", fmt(&err));
            xfree(data);
            continue;
        }
        CHECK_EQ_INT(csv_delimiter(r), ',');
        CHECK_EQ_INT(csv_ncols(r), ncols);
        CsvRow row;
        size_t nrows = 0, bad = 0;
        int rc;
        while ((rc = csv_next(r, &row, &err)) == 1 && nrows < ROWS) {
            for (size_t col = 0; col < ncols; col++) {
                const CsvField *fl = &row.fields[col];
                if (fl->len != lens[nrows][col] ||
                    memcmp(fl->ptr, fields[nrows][col], fl->len) != 0)
                    bad++;
            }
            nrows++;
        }
        if (rc < 0) fprintf(stderr, "%s\n", fmt(&err));
        CHECK_EQ_INT(rc, 0);
        CHECK_EQ_INT(nrows, ROWS);
        CHECK_EQ_INT(bad, 0);
        csv_close(r);
        xfree(data);
    }
}

static void test_writer_big_and_errors(void)
{
    /* fields bigger than the buffer, with and without quotes */
    size_t big = 3 * CSV_WRITER_BUF + 17;
    char *s = xmalloc(big);
    memset(s, 'q', big);
    FILE *f = tmpfile();
    CsvWriter *w = xmalloc(sizeof *w);
    csv_writer_init(w, f);
    csv_write_field(w, s, big);
    s[5] = '"';
    csv_write_field(w, s, big);
    csv_end_row(w);
    CHECK_EQ_INT(csv_writer_flush(w), 0);
    CHECK_EQ_INT(ftell(f), (long)(big + 1 + big + 3 + 1));
    fclose(f);

    /* /dev/full: the error surfaces at the latest in flush, and stays */
    f = fopen("/dev/full", "w");
    CHECK(f != NULL);
    if (f) {
        csv_writer_init(w, f);
        csv_write_field(w, "x", 1);
        csv_end_row(w);
        errno = 0;
        CHECK_EQ_INT(csv_writer_flush(w), -1);
        CHECK_EQ_INT(errno, ENOSPC);
        CHECK_EQ_INT(w->err, ENOSPC);
        csv_write_field(w, s, big); /* dropped */
        CHECK_EQ_INT(csv_writer_flush(w), -1);
        fclose(f);
        f = fopen("/dev/full", "w");
        csv_writer_init(w, f);
        for (int k = 0; k < 10; k++) csv_write_field(w, s, big); /* fails while writing */
        CHECK_EQ_INT(w->err, ENOSPC);
        CHECK_EQ_INT(csv_writer_flush(w), -1);
        fclose(f);
    }
    xfree(w);
    xfree(s);
}

static void test_no_leaks(void)
{
    long before = alloc_live_blocks();
    CsvError err;
    CsvReader *r = open_str("a,b\n\"x\"\"\",2\n", NULL, &err);
    CsvRow row;
    CHECK(r && csv_next(r, &row, &err) == 1);
    csv_close(r);
    CHECK(open_str("a,a\n", NULL, &err) == NULL);
    CHECK(open_str("a,\n", NULL, &err) == NULL);
    CHECK(open_str("a,\"\n", NULL, &err) == NULL);
    CHECK_EQ_INT(alloc_live_blocks(), before);
}

TEST_MAIN(RUN(test_folder); RUN(test_fast_path_agrees); RUN(test_basic_api); RUN(test_errors_sticky_and_recoverable);
          RUN(test_line_limit); RUN(test_positions_and_field_error); RUN(test_error_format);
          RUN(test_long_messages_stay_utf8);
          RUN(test_bool_and_trim); RUN(test_files); RUN(test_pipe); RUN(test_writer_exact);
          RUN(test_writer_round_trip); RUN(test_writer_big_and_errors); RUN(test_no_leaks);)
