/* SPDX-License-Identifier: MIT
 * test_writer.c - tests of runtime/writer.c: byte-exact CSV and JSON Lines
 * (the B1 shape, quoting, escaping, none), many rows across buffer
 * boundaries read back through the CSV reader, values longer than the
 * buffers, standard output, and every error path (no columns, cannot
 * create, disk full, abort); writer_open_hashed's digests against
 * sha256_file of what was written.
 * Runs with the repository root as current directory; writes under /tmp.
 */
#include "harness.h"
#include "../../runtime/alloc.h"
#include "../../runtime/csv.h"
#include "../../runtime/intern.h"
#include "../../runtime/writer.h"

#include <errno.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

static Interner in;
static char dir[64];

static Value txt(const char *s) { return value_text(intern(&in, s, strlen(s))); }
static Value num(int64_t coef, int scale) { return value_num((Dec){coef, scale}); }

/* A growable string. */
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

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *s = NULL;
    size_t n = 0, cap = 0;
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        s = xgrow(s, &cap, n + got + 1, 1);
        memcpy(s + n, chunk, got);
        n += got;
    }
    fclose(f);
    if (!s) s = xcalloc(1, 1);
    s[n] = '\0';
    *len = n;
    return s;
}

static const char *const besluit_cases[] = {"toegekend", "afgewezen", "verwezen"};
static const EnumInfo besluit = {"Besluit", besluit_cases, 3};
static const FormatType t_text = {FORMAT_SCALAR, FT_TEXT, NULL, NULL};
static const FormatType t_enum = {FORMAT_SCALAR, FT_ENUM, &besluit, NULL};
static const FormatType t_money = {FORMAT_SCALAR, FT_MONEY, NULL, NULL};
static const FormatType t_int = {FORMAT_SCALAR, FT_INT, NULL, NULL};
static const FormatType t_pct = {FORMAT_SCALAR, FT_PERCENT, NULL, NULL};

static const WriterColumn b1_cols[] = {
    {"id", &t_text}, {"besluit", &t_enum}, {"reden", &t_text}, {"bedrag", &t_money}};

/* Writes the three B1-shaped rows to 'path' in 'format'; returns commit's result. */
static bool write_b1(const char *path, WriterFormat format, char *err, size_t cap)
{
    Writer *w = writer_open(path, format, b1_cols, 4, err, cap);
    CHECK(w != NULL);
    if (!w) return false;
    Value rows[3][4] = {
        {txt("C0000001"), value_enum(&besluit, 0), value_none(), num(148462, 2)},
        {txt("C0000002"), value_enum(&besluit, 1), txt("leeftijd"), value_none()},
        {txt("C0000003"), value_enum(&besluit, 2), txt("voorliggende voorziening"), txt("")},
    };
    for (int k = 0; k < 3; k++) writer_row(w, rows[k]);
    CHECK_EQ_INT(writer_rows(w), 3);
    return writer_commit(w, err, cap);
}

static void test_b1_shape(void)
{
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/besluiten.csv", dir);
    CHECK(write_b1(path, WRITER_CSV, err, sizeof err));
    size_t len;
    char *got = slurp(path, &len);
    CHECK_EQ_STR(got, "id,besluit,reden,bedrag\n"
                      "C0000001,toegekend,,1484.62\n"
                      "C0000002,afgewezen,leeftijd,\n"
                      "C0000003,verwezen,voorliggende voorziening,\n");
    xfree(got);
    snprintf(path, sizeof path, "%s/besluiten.jsonl", dir);
    CHECK(write_b1(path, WRITER_JSONL, err, sizeof err));
    got = slurp(path, &len);
    CHECK_EQ_STR(got,
                 "{\"id\":\"C0000001\",\"besluit\":\"toegekend\",\"reden\":null,\"bedrag\":\"1484.62\"}\n"
                 "{\"id\":\"C0000002\",\"besluit\":\"afgewezen\",\"reden\":\"leeftijd\",\"bedrag\":null}\n"
                 "{\"id\":\"C0000003\",\"besluit\":\"verwezen\",\"reden\":\"voorliggende voorziening\","
                 "\"bedrag\":\"\"}\n");
    xfree(got);
    /* no temporary file is left beside the outputs */
    char tmp[160];
    snprintf(tmp, sizeof tmp, "%s/besluiten.jsonl.tmp.%ld", dir, (long)getpid());
    CHECK(access(tmp, F_OK) != 0);
}

/* Quoting in CSV, escaping in JSON keys and values, other types. */
static void test_special_values(void)
{
    static const WriterColumn cols[] = {
        {"naam, \"bijnaam\"", &t_text}, {"n", &t_int}, {"korting", &t_pct}, {"datum", NULL},
        {"duur", NULL}, {"ok", NULL}};
    Value row[6];
    row[0] = txt("Jan \"de\" Vries, jr.\nregel 2");
    row[1] = value_int(-42);
    row[2] = num(25, 3);
    Date d;
    date_from_ymd(&d, 2021, 1, 31);
    row[3] = value_date(d);
    row[4] = value_duration((Duration){6, 0});
    row[5] = value_bool(false);
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/special.csv", dir);
    Writer *w = writer_open(path, WRITER_CSV, cols, 6, err, sizeof err);
    CHECK(w != NULL);
    if (!w) return;
    writer_row(w, row);
    row[0] = txt(" spatie");
    writer_row(w, row);
    CHECK(writer_commit(w, err, sizeof err));
    size_t len;
    char *got = slurp(path, &len);
    CHECK_EQ_STR(got, "\"naam, \"\"bijnaam\"\"\",n,korting,datum,duur,ok\n"
                      "\"Jan \"\"de\"\" Vries, jr.\nregel 2\",-42,2.5%,2021-01-31,6 months,false\n"
                      "\" spatie\",-42,2.5%,2021-01-31,6 months,false\n");
    xfree(got);
    snprintf(path, sizeof path, "%s/special.jsonl", dir);
    w = writer_open(path, WRITER_JSONL, cols, 6, err, sizeof err);
    CHECK(w != NULL);
    if (!w) return;
    row[0] = txt("Jan \"de\"\n\x01");
    writer_row(w, row);
    CHECK(writer_commit(w, err, sizeof err));
    got = slurp(path, &len);
    CHECK_EQ_STR(got, "{\"naam, \\\"bijnaam\\\"\":\"Jan \\\"de\\\"\\n\\u0001\",\"n\":-42,"
                      "\"korting\":\"2.5%\",\"datum\":\"2021-01-31\",\"duur\":\"6 months\","
                      "\"ok\":false}\n");
    xfree(got);
}

/* 100000 rows cross the 64 KiB buffers many times and read back exactly. */
static void test_many_rows(void)
{
    static const WriterColumn cols[] = {{"id", &t_text}, {"bedrag", &t_money}, {"n", &t_int}};
    char path[128], err[256], id[32];
    snprintf(path, sizeof path, "%s/many.csv", dir);
    Writer *w = writer_open(path, WRITER_CSV, cols, 3, err, sizeof err);
    CHECK(w != NULL);
    if (!w) return;
    enum { N = 100000 };
    for (int k = 0; k < N; k++) {
        snprintf(id, sizeof id, "C%07d", k);
        Value row[3] = {txt(id), num((int64_t)k * 7 - 300000, 2), value_int(k)};
        writer_row(w, row);
    }
    CHECK(writer_commit(w, err, sizeof err));
    CsvError ce;
    CsvReader *r = csv_open_file(path, NULL, &ce);
    CHECK(r != NULL);
    if (!r) return;
    CsvRow row;
    int good = 0, k = 0;
    char want[64];
    while (csv_next(r, &row, &ce) == 1) {
        snprintf(id, sizeof id, "C%07d", k);
        Dec d = {(i128)k * 7 - 300000, 2};
        dec_format(want, sizeof want, d, DEC_STYLE_PLAIN, 2);
        char n[16];
        snprintf(n, sizeof n, "%d", k);
        good += row.n == 3 && row.fields[0].len == strlen(id) && memcmp(row.fields[0].ptr, id, strlen(id)) == 0 &&
                row.fields[1].len == strlen(want) && memcmp(row.fields[1].ptr, want, strlen(want)) == 0 &&
                row.fields[2].len == strlen(n) && memcmp(row.fields[2].ptr, n, strlen(n)) == 0;
        k++;
    }
    csv_close(r);
    CHECK_EQ_INT(k, N);
    CHECK_EQ_INT(good, N);
}

/* A value longer than the formatting buffer and than the JSON buffer. */
static void test_long_values(void)
{
    static const WriterColumn cols[] = {{"a", NULL}, {"b", NULL}};
    size_t big = 70000;
    char *text = xmalloc(big + 1);
    for (size_t k = 0; k < big; k++) text[k] = (char)('a' + k % 26);
    text[big] = '\0';
    Value items[300];
    for (int k = 0; k < 300; k++) items[k] = value_int(k);
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/long.jsonl", dir);
    Writer *w = writer_open(path, WRITER_JSONL, cols, 2, err, sizeof err);
    CHECK(w != NULL);
    if (!w) return;
    Value fields[2] = {value_record(items, 300), value_text(intern(&in, text, big))};
    writer_row(w, fields);
    writer_row(w, fields);
    CHECK(writer_commit(w, err, sizeof err));
    size_t len;
    char *got = slurp(path, &len);
    /* {"a":["0","1",...,"299"],"b":"<70000 letters>"}\n twice (numbers
     * without a type are exact strings) */
    size_t items_len = 2; /* [] */
    for (int k = 0; k < 300; k++) items_len += (size_t)snprintf(NULL, 0, "\"%d\"", k) + (k ? 1 : 0);
    size_t line = 5 + items_len + 5 + big + 2 + 2;
    CHECK_EQ_INT(len, 2 * line);
    CHECK(len == 2 * line && memcmp(got + line - 2 - big - 1, text, big) == 0);
    CHECK(len >= 18 && memcmp(got, "{\"a\":[\"0\",\"1\",\"2\",", 18) == 0);
    xfree(got);
    xfree(text);
}

/* Money amounts in cents take a shortcut in the CSV writer: the same text
 * as dec_format for zero, small, negative, large and extreme amounts, and
 * amounts at another scale still go the general way. */
static void test_money_fast(void)
{
    static const WriterColumn cols[] = {{"m", &t_money}};
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/money.csv", dir);
    Writer *w = writer_open(path, WRITER_CSV, cols, 1, err, sizeof err);
    CHECK(w != NULL);
    if (!w) return;
    enum { N = 2000 };
    static Dec vals[N];
    uint64_t x = 7;
    for (int k = 0; k < N; k++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        int64_t c = k < 10 ? (int64_t[]){0, 1, -1, 5, -5, 99, -99, 100, INT64_MAX, INT64_MIN + 1}[k]
                           : (int64_t)(x >> (k % 60));
        if (k % 3 == 0) c = -c;
        vals[k] = (Dec){c, k % 17 == 0 ? 3 : k % 19 == 0 ? 1 : 2};
        Value row[1] = {value_num(vals[k])};
        writer_row(w, row);
    }
    CHECK(writer_commit(w, err, sizeof err));
    size_t len;
    char *got = slurp(path, &len);
    Buf want = {0};
    buf_add(&want, "m\n", 2);
    for (int k = 0; k < N; k++) {
        char t[64];
        size_t n = dec_format(t, sizeof t, vals[k], DEC_STYLE_PLAIN, 2);
        buf_add(&want, t, n);
        buf_add(&want, "\n", 1);
    }
    CHECK(got && strcmp(got, want.s) == 0);
    xfree(got);
    xfree(want.s);
}

/* A hashed writer's digest is the SHA-256 of the file it wrote: CSV across
 * many buffers, JSON Lines with values longer than its buffer, and a
 * plain writer reports "". */
static void test_hashed(void)
{
    static const WriterColumn cols[] = {{"id", &t_text}, {"bedrag", &t_money}};
    char path[128], err[256], id[32], hex[SHA256_HEX_SIZE], want[SHA256_HEX_SIZE];
    for (int format = 0; format < 2; format++) {
        snprintf(path, sizeof path, "%s/hashed.%s", dir, format ? "jsonl" : "csv");
        Writer *w = writer_open_hashed(path, format ? WRITER_JSONL : WRITER_CSV, cols, 2, err, sizeof err);
        CHECK(w != NULL);
        if (!w) return;
        for (int k = 0; k < 20000; k++) {
            snprintf(id, sizeof id, "C%07d", k);
            Value row[2] = {txt(id), num((int64_t)k * 13 - 5000, 2)};
            writer_row(w, row);
        }
        size_t big = 100000; /* longer than either buffer: written straight through */
        char *text = xmalloc(big);
        for (size_t k = 0; k < big; k++) text[k] = (char)('a' + k % 26);
        Value row[2] = {value_text(intern(&in, text, big)), value_none()};
        writer_row(w, row);
        xfree(text);
        memset(hex, 'z', sizeof hex);
        CHECK(writer_commit_hashed(w, hex, err, sizeof err));
        CHECK(sha256_file(path, want));
        CHECK_EQ_STR(hex, want);
    }
    Writer *w = writer_open(path, WRITER_CSV, cols, 2, err, sizeof err);
    CHECK(w != NULL);
    if (!w) return;
    memset(hex, 'z', sizeof hex);
    CHECK(writer_commit_hashed(w, hex, err, sizeof err));
    CHECK_EQ_STR(hex, "");
    /* the empty file's header alone */
    w = writer_open_hashed(path, WRITER_CSV, cols, 2, err, sizeof err);
    CHECK(w != NULL);
    if (!w) return;
    CHECK(writer_commit_hashed(w, hex, err, sizeof err));
    CHECK(sha256_file(path, want));
    CHECK_EQ_STR(hex, want);
}

/* Runs 'fn' in a child whose standard output goes to 'out_path'; returns
 * the child's exit status. */
static int in_child(void (*fn)(void), const char *out_path)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen(out_path, "w", stdout)) _exit(90);
        fn();
        _exit(0);
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 99;
}

static void child_stdout_ok(void)
{
    char err[256];
    if (!write_b1("-", WRITER_CSV, err, sizeof err)) _exit(1);
}

static void child_stdout_full(void)
{
    char err[256];
    if (write_b1("-", WRITER_JSONL, err, sizeof err)) _exit(1);
    _exit(strcmp(err, "cannot write to standard output: No space left on device") == 0 ? 0 : 2);
}

static void child_stdout_full_csv(void)
{
    char err[256];
    if (write_b1("-", WRITER_CSV, err, sizeof err)) _exit(1);
    _exit(strcmp(err, "cannot write to standard output: No space left on device") == 0 ? 0 : 2);
}

static void test_stdout(void)
{
    char path[128];
    snprintf(path, sizeof path, "%s/stdout.csv", dir);
    CHECK_EQ_INT(in_child(child_stdout_ok, path), 0);
    size_t len;
    char *got = slurp(path, &len);
    CHECK(got && strncmp(got, "id,besluit,reden,bedrag\nC0000001,toegekend,,1484.62\n", 52) == 0);
    xfree(got);
    CHECK_EQ_INT(in_child(child_stdout_full, "/dev/full"), 0);
    CHECK_EQ_INT(in_child(child_stdout_full_csv, "/dev/full"), 0);
}

static void test_errors(void)
{
    char err[256] = "";
    WriterFormat f = WRITER_JSONL;
    CHECK(writer_format_named("csv", &f) && f == WRITER_CSV);
    CHECK(writer_format_named("jsonl", &f) && f == WRITER_JSONL);
    CHECK(!writer_format_named("json", &f));
    CHECK(!writer_format_named("CSV", &f));
    CHECK(writer_open("x.csv", WRITER_CSV, b1_cols, 0, err, sizeof err) == NULL);
    CHECK_EQ_STR(err, "no columns to write");
    char path[160];
    snprintf(path, sizeof path, "%s/no-such-dir/out.csv", dir);
    CHECK(writer_open(path, WRITER_CSV, b1_cols, 4, err, sizeof err) == NULL);
    char want[256];
    snprintf(want, sizeof want, "cannot create '%s': No such file or directory", path);
    CHECK_EQ_STR(err, want);
    /* abort: the target keeps its old content and no temporary is left */
    snprintf(path, sizeof path, "%s/kept.csv", dir);
    FILE *old = fopen(path, "w");
    CHECK(old != NULL);
    if (old) {
        fputs("old\n", old);
        fclose(old);
    }
    Writer *w = writer_open(path, WRITER_CSV, b1_cols, 4, err, sizeof err);
    CHECK(w != NULL);
    Value row[4] = {txt("x"), value_enum(&besluit, 0), value_none(), value_none()};
    if (w) writer_row(w, row);
    writer_abort(w);
    writer_abort(NULL);
    size_t len;
    char *got = slurp(path, &len);
    CHECK_EQ_STR(got, "old\n");
    xfree(got);
    char tmp[200];
    snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
    CHECK(access(tmp, F_OK) != 0);
    /* a target folder that vanishes before commit makes commit fail and say so */
    char sub[100];
    snprintf(sub, sizeof sub, "%s/sub", dir);
    mkdir(sub, 0700);
    snprintf(path, sizeof path, "%s/out.csv", sub);
    w = writer_open(path, WRITER_CSV, b1_cols, 4, err, sizeof err);
    CHECK(w != NULL);
    if (w) {
        writer_row(w, row);
        snprintf(tmp, sizeof tmp, "%s.tmp.%ld", path, (long)getpid());
        unlink(tmp);
        rmdir(sub);
        CHECK(!writer_commit(w, err, sizeof err));
        snprintf(want, sizeof want, "cannot write '%s': No such file or directory", path);
        CHECK_EQ_STR(err, want);
    }
}

static void cleanup(void)
{
    const char *names[] = {"besluiten.csv", "besluiten.jsonl", "special.csv", "special.jsonl",
                           "many.csv", "long.jsonl", "stdout.csv", "kept.csv", "hashed.csv",
                           "hashed.jsonl", "money.csv"};
    char path[160];
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        snprintf(path, sizeof path, "%s/%s", dir, names[k]);
        unlink(path);
    }
    rmdir(dir);
}

TEST_MAIN(intern_init(&in); snprintf(dir, sizeof dir, "/tmp/grip-test-writer-%ld", (long)getpid());
          mkdir(dir, 0700); RUN(test_b1_shape); RUN(test_special_values); RUN(test_many_rows);
          RUN(test_long_values); RUN(test_stdout); RUN(test_errors); RUN(test_hashed); RUN(test_money_fast); cleanup(); intern_free(&in);)
