/* SPDX-License-Identifier: MIT
 * test_dataset.c - tests of runtime/dataset.c.
 *
 * 1. Every tests/data/NAME.csv is loaded with the schema NAME.schema, or
 *    else PREFIX.schema where PREFIX is NAME up to its first '_', and
 *    options from NAME.opts if present; the dump of the result must equal
 *    NAME.expect.  A schema file has lines
 *        name Aanvraag | kind input | index
 *        field NAME TYPE [key] [= DEFAULT]
 *    TYPE is bool int decimal money percent date duration text or
 *    enum:Name:member,member,...; 'index' builds the key index after
 *    loading.  An opts file has lines: strict, allow_no_rows,
 *    delimiter X, max_rows N.  The dump is
 *        rows N
 *        unknown NAME                     (each undeclared column)
 *        2: id="C1" | tarief=12.50 | ...  (the row's line, then its values;
 *                                          numbers at their stored scale)
 *        messages:                        (then data_error_text, if any)
 *    Set GRIP_BLESS=1 to (re)write the .expect files; review the diff.
 * 2. Targeted tests: rows built in code, lookups, rescaling, the fast
 *    number path against dec_parse_csv, limits, error rendering, leaks.
 * Runs with the repository root as current directory.
 */
#include "harness.h"
#include "../../runtime/alloc.h"
#include "../../runtime/arena.h"
#include "../../runtime/csv.h"
#include "../../runtime/dataset.h"
#include "../../runtime/format.h"

#include <dirent.h>
#include <stdarg.h>
#include <stdlib.h>
#include <unistd.h>

/* ---- a growable string ------------------------------------------------------------ */

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
    char tmp[4096];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n > 0) buf_add(b, tmp, (size_t)n < sizeof tmp ? (size_t)n : sizeof tmp - 1);
}

static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    Buf b = {0};
    char chunk[4096];
    size_t n;
    while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) buf_add(&b, chunk, n);
    fclose(f);
    if (!b.s) buf_add(&b, "", 0);
    *len = b.len;
    return b.s;
}

/* Writes 'text' to a fresh temporary file; returns its path (static buffer
 * per call site is not needed: the caller copies or uses it at once). */
static char *temp_file(const char *text, size_t len)
{
    char tmpl[] = "/tmp/grip-test-dataset-XXXXXX";
    int fd = mkstemp(tmpl);
    if (fd < 0) return NULL;
    size_t done = 0;
    while (done < len) {
        ssize_t w = write(fd, text + done, len - done);
        if (w <= 0) break;
        done += (size_t)w;
    }
    close(fd);
    return xstrdup(tmpl);
}

/* ---- schemas from text -------------------------------------------------------------- */

typedef struct TestSchema {
    Arena arena;        /* names, fields, enums */
    Schema schema;      /* the schema */
    bool index;         /* build the key index after loading */
    const char *kind;   /* "input" / "table" or NULL */
} TestSchema;

static FieldType type_named(const char *t, bool *ok)
{
    static const char *names[] = {"bool", "int", "decimal", "money", "percent",
                                  "date", "duration", "text"};
    for (int k = 0; k < 8; k++)
        if (strcmp(t, names[k]) == 0) return (FieldType)k;
    *ok = false;
    return FT_TEXT;
}

/* Parses a default written in a schema file for field 'f'. */
static Value parse_default(const FieldSchema *f, const char *s, Interner *in, bool *ok)
{
    size_t len = strlen(s);
    Value v = value_none();
    Dec d;
    switch (f->type) {
    case FT_BOOL: {
        bool b;
        *ok = csv_parse_bool(s, len, &b);
        return value_bool(b);
    }
    case FT_INT:
    case FT_DECIMAL:
    case FT_MONEY:
        *ok = dec_parse_csv(&d, s, len, DEC_CSV_DECIMAL_POINT) == DEC_PARSE_OK;
        return value_num(d);
    case FT_PERCENT:
        *ok = dec_parse_csv(&d, s, len, DEC_CSV_DECIMAL_POINT | DEC_CSV_PERCENT) == DEC_PARSE_OK;
        return value_num(d);
    case FT_DATE: {
        Date dt;
        *ok = date_parse(&dt, s, len, NULL);
        return value_date(dt);
    }
    case FT_DURATION: {
        Duration du;
        *ok = duration_parse(&du, s, len, NULL);
        return value_duration(du);
    }
    case FT_TEXT:
        *ok = len >= 2 && s[0] == '"' && s[len - 1] == '"';
        return value_text(intern(in, s + 1, len - 2));
    case FT_ENUM:
        for (uint32_t m = 0; m < f->enum_info->n; m++)
            if (strcmp(f->enum_info->members[m], s) == 0) return value_enum(f->enum_info, (uint16_t)m);
        *ok = false;
        return v;
    }
    *ok = false;
    return v;
}

/* Reads a schema file; false (with a message on stderr) when malformed. */
static bool read_schema(const char *path, TestSchema *ts, Interner *in)
{
    size_t len;
    char *text = slurp(path, &len);
    if (!text) return false;
    arena_init(&ts->arena);
    ts->schema.name = "?";
    ts->schema.fields = NULL;
    ts->schema.n = 0;
    ts->schema.date_field = -1;
    ts->index = false;
    ts->kind = NULL;
    FieldSchema *fields = ARENA_ARRAY(&ts->arena, FieldSchema, 64);
    bool ok = true;
    char *save = NULL;
    for (char *line = strtok_r(text, "\n", &save); line; line = strtok_r(NULL, "\n", &save)) {
        if (line[0] == '#' || line[0] == '\0') continue;
        if (strncmp(line, "name ", 5) == 0) {
            ts->schema.name = arena_strdup(&ts->arena, line + 5);
        } else if (strncmp(line, "kind ", 5) == 0) {
            ts->kind = arena_strdup(&ts->arena, line + 5);
        } else if (strcmp(line, "index") == 0) {
            ts->index = true;
        } else if (strncmp(line, "field ", 6) == 0 && ts->schema.n < 64) {
            FieldSchema *f = &fields[ts->schema.n++];
            char *rest = line + 6;
            char *eq = strstr(rest, " = ");
            if (eq) *eq = '\0';
            char *sp = strchr(rest, ' ');
            if (!sp) {
                ok = false;
                break;
            }
            f->name = arena_strndup(&ts->arena, rest, (size_t)(sp - rest));
            char *type = sp + 1;
            char *key = strstr(type, " key");
            f->key = key != NULL;
            if (key) *key = '\0';
            f->enum_info = NULL;
            if (strncmp(type, "enum:", 5) == 0) {
                EnumInfo *info = ARENA_NEW(&ts->arena, EnumInfo);
                char *colon = strchr(type + 5, ':');
                if (!colon) {
                    ok = false;
                    break;
                }
                info->name = arena_strndup(&ts->arena, type + 5, (size_t)(colon - type - 5));
                const char **members = ARENA_ARRAY(&ts->arena, const char *, 64);
                char *msave = NULL;
                for (char *m = strtok_r(colon + 1, ",", &msave); m && info->n < 64;
                     m = strtok_r(NULL, ",", &msave))
                    members[info->n++] = arena_strdup(&ts->arena, m);
                info->members = members;
                f->type = FT_ENUM;
                f->enum_info = info;
            } else {
                f->type = type_named(type, &ok);
            }
            f->has_default = eq != NULL;
            f->dflt = eq ? parse_default(f, eq + 3, in, &ok) : value_none();
        } else {
            ok = false;
        }
    }
    ts->schema.fields = fields;
    xfree(text);
    if (!ok) fprintf(stderr, "%s: malformed schema\n", path);
    return ok;
}

/* ---- dumps ---------------------------------------------------------------------------- */

static void dump_value(Buf *b, Value v, const FieldSchema *f)
{
    char buf[512];
    if (v.kind == VAL_TEXT) {
        size_t n = format_json_string(buf, sizeof buf, v.as.text->s, v.as.text->len);
        buf_add(b, buf, n < sizeof buf ? n : sizeof buf - 1);
    } else if (v.kind == VAL_NUM) {
        dec_format(buf, sizeof buf, value_dec(v), DEC_STYLE_PLAIN, v.scale);
        buf_printf(b, "%s", buf);
    } else {
        FormatType ft = {FORMAT_SCALAR, f->type, f->enum_info, NULL};
        format_value(buf, sizeof buf, v, &ft, FORMAT_PLAIN);
        buf_printf(b, "%s", buf);
    }
}

static void dump_dataset(Buf *b, const Dataset *ds, const DataError *err)
{
    if (ds) {
        const Schema *s = dataset_schema(ds);
        buf_printf(b, "rows %zu\n", dataset_rows(ds));
        for (size_t k = 0; k < dataset_unknown_count(ds); k++)
            buf_printf(b, "unknown %s\n", dataset_unknown(ds, k));
        for (size_t r = 0; r < dataset_rows(ds); r++) {
            buf_printf(b, "%llu:", (unsigned long long)dataset_line(ds, r));
            for (size_t f = 0; f < s->n; f++) {
                buf_printf(b, "%s %s=", f ? " |" : "", s->fields[f].name);
                dump_value(b, dataset_get(ds, r, f), &s->fields[f]);
            }
            buf_add(b, "\n", 1);
        }
    } else {
        buf_printf(b, "failed\n");
    }
    if (err->n) {
        char *text = data_error_text(err);
        buf_printf(b, "messages:\n");
        buf_add(b, text, strlen(text));
        xfree(text);
    }
}

/* ---- 1. the fixtures ------------------------------------------------------------------- */

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static void run_fixture(const char *dir, const char *name, bool bless)
{
    char path[512], spath[512], opath[512], epath[512];
    snprintf(path, sizeof path, "%s/%s.csv", dir, name);
    snprintf(spath, sizeof spath, "%s/%s.schema", dir, name);
    snprintf(opath, sizeof opath, "%s/%s.opts", dir, name);
    snprintf(epath, sizeof epath, "%s/%s.expect", dir, name);
    if (access(spath, R_OK) != 0) {
        const char *us = strchr(name, '_');
        size_t plen = us ? (size_t)(us - name) : strlen(name);
        snprintf(spath, sizeof spath, "%s/%.*s.schema", dir, (int)plen, name);
    }
    Interner in;
    intern_init(&in);
    TestSchema ts;
    bool ok = read_schema(spath, &ts, &in);
    CHECK(ok);
    DatasetOptions opt = {0};
    opt.kind = ts.kind;
    size_t olen;
    char *opts = slurp(opath, &olen);
    if (opts) {
        const char *dl = strstr(opts, "delimiter ");
        if (dl) opt.delimiter = (unsigned char)dl[10];
        const char *mr = strstr(opts, "max_rows ");
        if (mr) opt.max_rows = (size_t)strtoul(mr + 9, NULL, 10);
        opt.strict = strstr(opts, "strict") != NULL;
        opt.allow_no_rows = strstr(opts, "allow_no_rows") != NULL;
        xfree(opts);
    }
    DataError err;
    data_error_init(&err);
    Dataset *ds = ok ? dataset_load(path, &ts.schema, &opt, &in, &err) : NULL;
    Buf dump = {0};
    if (ds && ts.index) {
        bool indexed = dataset_index(ds, NULL, 0, &err);
        buf_printf(&dump, "index %s\n", indexed ? "ok" : "failed");
    }
    dump_dataset(&dump, ds, &err);
    /* again with every text field kept uninterned (DS_RAW): the same dump,
     * duplicate keys included */
    uint8_t raw[64] = {0};
    for (size_t f = 0; f < ts.schema.n && f < 64; f++) raw[f] = ts.schema.fields[f].type == FT_TEXT;
    opt.raw_text = raw;
    DataError err2;
    data_error_init(&err2);
    Dataset *ds2 = ok ? dataset_load(path, &ts.schema, &opt, &in, &err2) : NULL;
    Buf dump2 = {0};
    if (ds2 && ts.index) {
        bool indexed = dataset_index(ds2, NULL, 0, &err2);
        buf_printf(&dump2, "index %s\n", indexed ? "ok" : "failed");
    }
    dump_dataset(&dump2, ds2, &err2);
    if (strcmp(dump.s, dump2.s) != 0) fprintf(stderr, "%s: raw texts dump differently:\n%s", path, dump2.s);
    CHECK_EQ_STR(dump2.s, dump.s);
    xfree(dump2.s);
    dataset_free(ds2);
    data_error_free(&err2);
    /* and read in parts on several threads, cut every few bytes: the same
     * dump, messages and all (interned and raw texts) */
    static const struct { unsigned threads; size_t bytes; } splits[] = {{2, 1}, {3, 7}, {7, 2}, {16, 1}};
    for (size_t k = 0; k < sizeof splits / sizeof splits[0] * 2; k++) {
        opt.raw_text = k % 2 ? raw : NULL;
        opt.threads = splits[k / 2].threads;
        opt.part_bytes = splits[k / 2].bytes;
        DataError err3;
        data_error_init(&err3);
        Dataset *ds3 = ok ? dataset_load(path, &ts.schema, &opt, &in, &err3) : NULL;
        Buf dump3 = {0};
        if (ds3 && ts.index) {
            bool indexed = dataset_index(ds3, NULL, 0, &err3);
            buf_printf(&dump3, "index %s\n", indexed ? "ok" : "failed");
        }
        dump_dataset(&dump3, ds3, &err3);
        if (strcmp(dump.s, dump3.s) != 0)
            fprintf(stderr, "%s: read in parts (%u, %zu) it dumps differently:\n%s", path, opt.threads,
                    opt.part_bytes, dump3.s);
        CHECK_EQ_STR(dump3.s, dump.s);
        xfree(dump3.s);
        dataset_free(ds3);
        data_error_free(&err3);
    }
    opt.threads = 0;
    opt.part_bytes = 0;
    opt.raw_text = NULL;
    if (bless) {
        FILE *f = fopen(epath, "wb");
        CHECK(f != NULL);
        if (f) {
            fputs(dump.s, f);
            fclose(f);
        }
    } else {
        size_t elen;
        char *want = slurp(epath, &elen);
        if (!want) fprintf(stderr, "%s: missing (run with GRIP_BLESS=1)\n", epath);
        if (want && strcmp(want, dump.s) != 0)
            fprintf(stderr, "%s: dump differs; got:\n%s", epath, dump.s);
        CHECK(want && strcmp(want, dump.s) == 0);
        xfree(want);
    }
    xfree(dump.s);
    dataset_free(ds);
    data_error_free(&err);
    arena_free(&ts.arena);
    intern_free(&in);
}

static void test_fixtures(void)
{
    const char *dir = "tests/data";
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
    CHECK(n >= 30);
    for (size_t k = 0; k < n; k++) {
        run_fixture(dir, names[k], bless);
        xfree(names[k]);
    }
    xfree(names);
}

/* ---- 2. targeted tests ------------------------------------------------------------------ */

/* Uninterned texts (DatasetOptions.raw_text): stored DS_RAW, read back as
 * written (empty, quoted, long), found by dataset_lookup with an interned
 * key, duplicates found by bytes, rows appended after loading. */
static void test_raw_texts(void)
{
    FieldSchema fields[2];
    memset(fields, 0, sizeof fields);
    fields[0].name = "id";
    fields[0].type = FT_TEXT;
    fields[0].key = true;
    fields[1].name = "naam";
    fields[1].type = FT_TEXT;
    Schema schema = {"R", fields, 2, -1};
    Interner in;
    intern_init(&in);
    Buf text = {0};
    buf_add(&text, "id,naam\n", 8);
    for (int k = 0; k < 5000; k++) buf_printf(&text, "C%05d,naam %d\n", k, k % 7);
    buf_printf(&text, "\"\",leeg\n");
    buf_printf(&text, "\"a, \"\"b\"\"\",x\n");
    char *path = temp_file(text.s, text.len);
    uint8_t raw[2] = {1, 0};
    DatasetOptions opt = {0};
    opt.raw_text = raw;
    DataError err;
    data_error_init(&err);
    Dataset *ds = dataset_load(path, &schema, &opt, &in, &err);
    CHECK(ds != NULL);
    if (!ds) data_error_print(&err, stderr);
    if (ds) {
        CHECK_EQ_INT(ds->cols[0].store, DS_RAW);
        CHECK(ds->cols[1].store != DS_RAW);
        CHECK_EQ_INT(dataset_rows(ds), 5002);
        Value v = dataset_get(ds, 1234, 0);
        CHECK(v.kind == VAL_TEXT && strcmp(v.as.text->s, "C01234") == 0);
        CHECK_EQ_INT(v.as.text->hash, intern_hash("C01234", 6));
        CHECK(intern_find(&in, "C01234", 6) == NULL); /* not interned */
        CHECK_EQ_STR(dataset_get(ds, 5000, 0).as.text->s, "");
        CHECK_EQ_STR(dataset_get(ds, 5001, 0).as.text->s, "a, \"b\"");
        CHECK(dataset_index(ds, NULL, 0, &err));
        Value key = value_text(intern(&in, "C04999", 6));
        CHECK_EQ_INT(dataset_lookup(ds, &key), 4999);
        key = value_text(intern(&in, "C05000", 6));
        CHECK_EQ_INT(dataset_lookup(ds, &key), -1);
        Value row[2] = {value_text(intern(&in, "C04999", 6)), value_text(intern(&in, "nieuw", 5))};
        char why[256];
        CHECK(dataset_append(ds, row, 0, why, sizeof why));
        CHECK_EQ_STR(dataset_get(ds, 5002, 0).as.text->s, "C04999");
        CHECK(!dataset_index(ds, NULL, 0, &err)); /* now a duplicate, found by its bytes */
        char *msg = data_error_text(&err);
        CHECK(strstr(msg, "duplicate key \"C04999\"") != NULL);
        xfree(msg);
    }
    dataset_free(ds);
    data_error_free(&err);
    unlink(path);
    xfree(path);
    xfree(text.s);
    intern_free(&in);
}

static const char *const product_members[] = {"begeleiding", "jggz", "crisis"};
static const EnumInfo product = {"Product", product_members, 3};

/* A schema of every type, built in code: fields id, jaar (the key), bedrag,
 * pct (default 3%), vlag (default false), d, duur, p, x. */
static FieldSchema t_fields[9];
static Schema t_schema = {"T", t_fields, 9, -1};

static void make_schema(void)
{
    static const struct {
        const char *name;
        FieldType type;
        bool key;
    } spec[9] = {{"id", FT_TEXT, true},      {"jaar", FT_INT, true},  {"bedrag", FT_MONEY, false},
                 {"pct", FT_PERCENT, false}, {"vlag", FT_BOOL, false}, {"d", FT_DATE, false},
                 {"duur", FT_DURATION, false}, {"p", FT_ENUM, false}, {"x", FT_DECIMAL, false}};
    for (int k = 0; k < 9; k++) {
        t_fields[k].name = spec[k].name;
        t_fields[k].type = spec[k].type;
        t_fields[k].key = spec[k].key;
        t_fields[k].enum_info = spec[k].type == FT_ENUM ? &product : NULL;
        t_fields[k].has_default = false;
        t_fields[k].dflt = value_none();
    }
    t_fields[3].has_default = true;
    t_fields[3].dflt = value_num((Dec){3, 2});
    t_fields[4].has_default = true;
    t_fields[4].dflt = value_bool(false);
}

static Value num(int64_t coef, int scale) { return value_num((Dec){coef, scale}); }

static Value day(int y, int m, int d)
{
    Date dt;
    date_from_ymd(&dt, y, m, d);
    return value_date(dt);
}

/* A full valid row with 'id' and 'jaar'. */
static void row_of(Value *row, Interner *in, const char *id, int64_t jaar)
{
    row[0] = value_text(intern(in, id, strlen(id)));
    row[1] = value_int(jaar);
    row[2] = num(1250, 2);
    row[3] = value_none();
    row[4] = value_none();
    row[5] = day(2021, 1, 31);
    row[6] = value_duration((Duration){6, 0});
    row[7] = value_enum(&product, 1);
    row[8] = num(15, 1);
}

static char *text_of(Value v, const FieldSchema *f)
{
    char buf[256];
    FormatType ft = {FORMAT_SCALAR, f->type, f->enum_info, NULL};
    format_value(buf, sizeof buf, v, &ft, FORMAT_PLAIN);
    return xstrdup(buf);
}

#define CHECK_CELL(ds, row, field, want)                                         \
    do {                                                                         \
        char *got_ = text_of(dataset_get((ds), (row), (field)), &t_fields[field]); \
        CHECK_EQ_STR(got_, (want));                                              \
        xfree(got_);                                                             \
    } while (0)

/* A file read in parts on threads and merged: numbers whose scale and
 * width grow only in later parts, a dictionary that passes 256 and then
 * 65536 distinct texts in later parts, defaults, raw texts, dates, enums,
 * bools, blank lines and CRLF; the dump equals the one-thread load's for
 * every cut.  Then a quoted field with line ends across the cuts and an
 * error in a later part: the same result and messages as one thread. */
static void test_parts(void)
{
    FieldSchema f[8];
    memset(f, 0, sizeof f);
    const char *names[8] = {"id", "d", "m", "t", "many", "u", "p", "b"};
    FieldType types[8] = {FT_TEXT, FT_DECIMAL, FT_MONEY, FT_DATE, FT_TEXT, FT_TEXT, FT_ENUM, FT_BOOL};
    for (int k = 0; k < 8; k++) {
        f[k].name = names[k];
        f[k].type = types[k];
    }
    f[0].key = true;
    f[6].enum_info = &product;
    Interner in;
    intern_init(&in);
    f[5].has_default = true;
    f[5].dflt = value_text(intern(&in, "leeg", 4));
    Schema s = {"P", f, 8, -1};
    Buf file = {0};
    buf_printf(&file, "id,d,m,t,many,u,p,b\r\n");
    enum { N = 90000 };
    for (int k = 0; k < N; k++) {
        /* d: whole numbers first, then 1 decimal, then 3, then big ones */
        char d[32];
        if (k < N / 4) snprintf(d, sizeof d, "%d", k % 100);
        else if (k < N / 2) snprintf(d, sizeof d, "%d.%d", k % 100, k % 10);
        else if (k < 3 * N / 4) snprintf(d, sizeof d, "-%d.%03d", k % 1000, k % 997);
        else snprintf(d, sizeof d, "%d", 2000000 + k);
        buf_printf(&file, "C%06d,%s,%d.%02d,20%02d-%02d-%02d,%s%d,%s,%s,%s\r\n", k, d, k % 5000, k % 100, k % 30,
                   k % 12 + 1, k % 28 + 1, k < N / 3 ? "A" : "B", k < N / 3 ? k % 200 : k < 2 * N / 3 ? k % 1000 : k,
                   k % 9 == 0 ? "" : k % 2 ? "ja" : "nee", product_members[k % 3], k % 4 ? "true" : "false");
        if (k % 10007 == 5) buf_printf(&file, "\r\n  \r\n"); /* blank lines */
    }
    char *path = temp_file(file.s, file.len);
    uint8_t raw[8] = {1, 0, 0, 0, 0, 0, 0, 0};
    DatasetOptions opt = {0};
    opt.raw_text = raw;
    DataError err;
    data_error_init(&err);
    Dataset *one = dataset_load(path, &s, &opt, &in, &err);
    CHECK(one != NULL);
    Buf want = {0};
    dump_dataset(&want, one, &err);
    data_error_free(&err);
    static const struct { unsigned threads; size_t bytes; } splits[] = {{2, 1}, {3, 100000}, {5, 4096}, {16, 1}};
    for (size_t k = 0; k < sizeof splits / sizeof splits[0]; k++) {
        opt.threads = splits[k].threads;
        opt.part_bytes = splits[k].bytes;
        data_error_init(&err);
        Dataset *ds = dataset_load(path, &s, &opt, &in, &err);
        CHECK(ds != NULL);
        Buf got = {0};
        dump_dataset(&got, ds, &err);
        CHECK(strcmp(got.s, want.s) == 0);
        if (ds && one) {
            for (size_t c = 0; c < 8; c++) {
                CHECK_EQ_INT(ds->cols[c].store, one->cols[c].store);
                CHECK_EQ_INT(ds->cols[c].scale, one->cols[c].scale);
                CHECK_EQ_INT(ds->cols[c].max_abs, one->cols[c].max_abs);
                CHECK_EQ_INT(ds->cols[c].ndict, one->cols[c].ndict);
            }
            CHECK(dataset_index(ds, NULL, 0, &err));
        }
        xfree(got.s);
        dataset_free(ds);
        data_error_free(&err);
    }
    dataset_free(one);
    xfree(want.s);
    unlink(path);
    xfree(path);

    /* quoted line ends everywhere (cuts land inside them) and one bad date
     * near the end: the one-thread messages */
    Buf bad = {0};
    buf_printf(&bad, "id,d,m,t,many,u,p,b\n");
    for (int k = 0; k < 3000; k++)
        buf_printf(&bad, "C%06d,1,2,%s,\"a\nb\nc\",x,jggz,true\n", k, k == 2900 ? "2021-02-30" : "2021-02-03");
    path = temp_file(bad.s, bad.len);
    opt.threads = 0;
    data_error_init(&err);
    one = dataset_load(path, &s, &opt, &in, &err);
    CHECK(one == NULL);
    char *want_msg = data_error_text(&err);
    data_error_free(&err);
    for (size_t k = 0; k < sizeof splits / sizeof splits[0]; k++) {
        opt.threads = splits[k].threads;
        opt.part_bytes = splits[k].bytes;
        data_error_init(&err);
        Dataset *ds = dataset_load(path, &s, &opt, &in, &err);
        CHECK(ds == NULL);
        char *msg = data_error_text(&err);
        CHECK_EQ_STR(msg, want_msg);
        xfree(msg);
        data_error_free(&err);
    }
    CHECK(strstr(want_msg, ":8702:") != NULL); /* row 2900 starts on line 2 + 3 x 2900 */
    xfree(want_msg);
    unlink(path);
    xfree(path);
    xfree(file.s);
    xfree(bad.s);
    intern_free(&in);
}

static void test_append(void)
{
    make_schema();
    Interner in;
    intern_init(&in);
    Dataset *ds = dataset_new(&t_schema, "policy.grip");
    Value row[9];
    char why[512];
    row_of(row, &in, "A001", 2020);
    CHECK(dataset_append(ds, row, 12, why, sizeof why));
    row_of(row, &in, "A002", 2021);
    row[3] = num(5, 2);
    row[4] = value_bool(true);
    row[8] = num(125, 3);
    CHECK(dataset_append(ds, row, 13, why, sizeof why));
    row_of(row, &in, "A003", 2022);
    CHECK(dataset_append(ds, row, 0, why, sizeof why));
    CHECK_EQ_INT(dataset_rows(ds), 3);
    CHECK_EQ_STR(dataset_file(ds), "policy.grip");
    CHECK(dataset_schema(ds) == &t_schema);
    CHECK_EQ_INT(dataset_unknown_count(ds), 0);
    CHECK(dataset_unknown(ds, 0) == NULL);
    CHECK_CELL(ds, 0, 0, "A001");
    CHECK_CELL(ds, 0, 1, "2020");
    CHECK_CELL(ds, 0, 2, "12.50");
    CHECK_CELL(ds, 0, 3, "3%");     /* the default */
    CHECK_CELL(ds, 0, 4, "false");  /* the default */
    CHECK_CELL(ds, 1, 3, "5%");
    CHECK_CELL(ds, 1, 4, "true");
    CHECK_CELL(ds, 0, 5, "2021-01-31");
    CHECK_CELL(ds, 0, 6, "6 months");
    CHECK_CELL(ds, 0, 7, "jggz");
    CHECK_CELL(ds, 0, 8, "1.500"); /* the column carries 3 decimals ... */
    CHECK_CELL(ds, 1, 8, "0.125");
    /* ... because it was rescaled to 3 decimals by 0.125 */
    Value x0 = dataset_get(ds, 0, 8);
    CHECK_EQ_INT(x0.scale, 3);
    CHECK(x0.as.coef == 1500);
    CHECK(dataset_get(ds, 0, 7).as.type == &product);
    CHECK(dataset_get(ds, 0, 0).as.text == intern(&in, "A001", 4));
    CHECK_EQ_INT(dataset_line(ds, 0), 12);
    CHECK_EQ_INT(dataset_line(ds, 1), 13);
    CHECK_EQ_INT(dataset_line(ds, 2), 0);

    /* each failure has its message and leaves the dataset as it was */
    static const struct {
        int field;
        Value v;
        const char *want;
    } bad[] = {
        {2, {0}, "no value for 'bedrag', and T declares no default for it"},
        {2, {VAL_BOOL, 0, 0, 0, 0, {.b = true}}, "the value for 'bedrag' is not a money amount"},
        {2, {VAL_NUM, 3, 0, 0, 0, {.coef = 12345}},
         "12.345 for 'bedrag' has more than 2 decimals: a money amount is in whole cents"},
        {1, {VAL_NUM, 1, 0, 0, 0, {.coef = 25}}, "2.5 for 'jaar' is not a whole number"},
        {1, {VAL_NUM, 0, 0, 0, 0, {.coef = 1000000000000000000}},
         "1000000000000000000 for 'jaar' has too many digits: a number in a dataset has at most 18"},
        {8, {VAL_NUM, 0, 0, 0, 0, {.coef = 1000000000000000}},
         "1000000000000000 for 'x' has too many digits: at the column's 3 decimals it needs "
         "more than 18"},
        {8, {VAL_NUM, 18, 0, 0, 0, {.coef = 1}},
         "0.000000000000000001 for 'x' has too many decimals: at 18 decimals the column's "
         "largest value 1.5 would need more than 18 digits"},
        {7, {VAL_ENUM, 0, 3, 0, 0, {.type = NULL}}, "the value for 'p' is not a Product"},
        {0, {VAL_TEXT, 0, 0, 0, 0, {.text = NULL}}, "the value for 'id' is not a text"},
        {5, {VAL_DATE, 0, 0, 0, 0, {.date = {DATE_MAX_DAYS + 1}}}, "the value for 'd' is not a date"},
        {6, {VAL_DURATION, 0, 0, 0, 0, {.dur = {DURATION_MAX_MONTHS + 1, 0}}},
         "the value for 'duur' is not a duration"},
        {4, {VAL_NUM, 0, 0, 0, 0, {.coef = 1}}, "the value for 'vlag' is not true or false"},
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        row_of(row, &in, "A009", 2029);
        row[bad[k].field] = bad[k].v;
        why[0] = '\0';
        CHECK(!dataset_append(ds, row, 99, why, sizeof why));
        CHECK_EQ_STR(why, bad[k].want);
        CHECK_EQ_INT(dataset_rows(ds), 3);
    }
    CHECK_CELL(ds, 0, 8, "1.500"); /* no rescale happened: still 3 decimals */
    CHECK_EQ_INT(dataset_get(ds, 0, 8).scale, 3);
    /* an enum of another type is refused, one with no type pointer taken */
    static const EnumInfo other = {"Other", product_members, 3};
    row_of(row, &in, "A010", 2030);
    row[7] = value_enum(&other, 0);
    CHECK(!dataset_append(ds, row, 0, why, sizeof why));
    row[7] = value_enum(NULL, 2);
    CHECK(dataset_append(ds, row, 0, why, sizeof why));
    CHECK_CELL(ds, 3, 7, "crisis");
    CHECK(dataset_get(ds, 3, 7).as.type == &product);
    dataset_free(ds);
    intern_free(&in);
}

static void test_index_lookup(void)
{
    make_schema();
    Interner in;
    intern_init(&in);
    DataError err;
    data_error_init(&err);
    Dataset *ds = dataset_new(&t_schema, NULL);
    Value row[9];
    char why[256];
    Value keys[2];
    keys[0] = value_text(intern(&in, "A001", 4));
    keys[1] = value_int(2020);
    CHECK(dataset_lookup(ds, keys) == -1); /* no index yet */
    const char *ids[] = {"A001", "A001", "A002", "B"};
    int64_t years[] = {2020, 2021, 2020, 2020};
    for (int k = 0; k < 4; k++) {
        row_of(row, &in, ids[k], years[k]);
        CHECK(dataset_append(ds, row, 0, why, sizeof why));
    }
    CHECK(dataset_index(ds, NULL, 0, &err));
    CHECK_EQ_INT(err.n, 0);
    CHECK_EQ_INT(dataset_lookup(ds, keys), 0);
    keys[1] = value_int(2021);
    CHECK_EQ_INT(dataset_lookup(ds, keys), 1);
    keys[1] = num(202100, 2); /* 2021.00: equal by value */
    CHECK_EQ_INT(dataset_lookup(ds, keys), 1);
    keys[1] = value_int(2019);
    CHECK_EQ_INT(dataset_lookup(ds, keys), -1);
    keys[0] = value_text(intern(&in, "B", 1));
    keys[1] = value_int(2020);
    CHECK_EQ_INT(dataset_lookup(ds, keys), 3);
    keys[1] = value_text(intern(&in, "2020", 4)); /* another kind: no row */
    CHECK_EQ_INT(dataset_lookup(ds, keys), -1);
    keys[1] = value_none();
    CHECK_EQ_INT(dataset_lookup(ds, keys), -1);
    /* an index on chosen fields: the enum alone has duplicates everywhere */
    size_t by_id[1] = {0};
    CHECK(!dataset_index(ds, by_id, 1, &err));
    char *text = data_error_text(&err);
    CHECK_EQ_STR(text, "error: duplicate key \"A001\" in T: rows 1 and 2\n"
                       "hint: the key of T is id; each key may occur only once\n");
    xfree(text);
    data_error_free(&err);
    keys[0] = value_text(intern(&in, "A001", 4));
    keys[1] = value_int(2020);
    CHECK_EQ_INT(dataset_lookup(ds, keys), -1); /* the failed index replaced the old one */
    size_t by_year_id[2] = {1, 0};
    CHECK(dataset_index(ds, by_year_id, 2, &err));
    keys[0] = value_int(2021);
    keys[1] = value_text(intern(&in, "A001", 4));
    CHECK_EQ_INT(dataset_lookup(ds, keys), 1);
    size_t wrong[1] = {9};
    CHECK(!dataset_index(ds, wrong, 1, &err));
    CHECK(!dataset_index(ds, by_id, 0, &err));
    text = data_error_text(&err);
    CHECK_EQ_STR(text, "error: key field 9 of T does not exist (an internal error)\n"
                       "error: T has no key to look rows up by (an internal error)\n");
    xfree(text);
    data_error_free(&err);
    dataset_free(ds);

    /* duplicates with lines name the lines; after 20 the stop line */
    ds = dataset_new(&t_schema, "policy.grip");
    for (int k = 0; k < 30; k++) {
        row_of(row, &in, "A001", 2020);
        CHECK(dataset_append(ds, row, (uint64_t)(10 + k), why, sizeof why));
    }
    CHECK(!dataset_index(ds, NULL, 0, &err));
    CHECK_EQ_INT(err.errors, GRIP_MAX_DATA_ERRORS);
    CHECK_EQ_INT(err.n, GRIP_MAX_DATA_ERRORS + 1);
    CHECK_EQ_STR(err.items[0].message, "duplicate key (\"A001\", 2020): lines 10 and 11");
    CHECK_EQ_INT(err.items[0].line, 11);
    CHECK_EQ_STR(err.items[19].message, "duplicate key (\"A001\", 2020): lines 10 and 30");
    CHECK(err.items[20].kind == DATA_ISSUE_STOP);
    CHECK_EQ_STR(err.items[20].message, "too many errors in policy.grip (stopped after 20)");
    data_error_free(&err);
    dataset_free(ds);
    dataset_free(NULL);
    intern_free(&in);
}

/* Lookups on every kind of key storage: dictionary texts and narrow
 * numbers of a loaded file, enums, and dates and booleans (compared as
 * values). */
static void test_lookup_kinds(void)
{
    Interner in;
    intern_init(&in);
    TestSchema ts;
    CHECK(read_schema("tests/data/plafonds.schema", &ts, &in));
    DataError err;
    data_error_init(&err);
    Dataset *ds = dataset_load("tests/data/plafonds_ok.csv", &ts.schema, NULL, &in, &err);
    CHECK(ds != NULL);
    if (ds) {
        CHECK(dataset_index(ds, NULL, 0, &err));
        CHECK_EQ_INT(ds->cols[0].store, DS_DICT8);
        CHECK_EQ_INT(ds->cols[1].store, DS_NUM16);
        Value k[2] = {value_text(intern(&in, "A001", 4)), value_int(2020)};
        CHECK_EQ_INT(dataset_lookup(ds, k), 1);
        k[0] = value_text(intern(&in, "A002", 4));
        k[1] = num(201900, 2);
        CHECK_EQ_INT(dataset_lookup(ds, k), 2);
        k[1] = value_int(2020);
        CHECK_EQ_INT(dataset_lookup(ds, k), -1);
        k[0] = value_text(intern(&in, "A003", 4));
        CHECK_EQ_INT(dataset_lookup(ds, k), -1);
    }
    dataset_free(ds);
    data_error_free(&err);
    arena_free(&ts.arena);

    make_schema();
    ds = dataset_new(&t_schema, NULL);
    Value row[9];
    char why[128];
    for (int k = 0; k < 3; k++) {
        row_of(row, &in, "X", 2020);
        row[4] = value_bool(k == 1);
        row[5] = day(2021, 1, 1 + k);
        row[7] = value_enum(&product, (uint16_t)k);
        CHECK(dataset_append(ds, row, 0, why, sizeof why));
    }
    size_t by_enum[1] = {7}, by_date_bool[2] = {5, 4};
    CHECK(dataset_index(ds, by_enum, 1, &err));
    Value key = value_enum(&product, 2);
    CHECK_EQ_INT(dataset_lookup(ds, &key), 2);
    key = value_enum(NULL, 2); /* another enum type: not equal */
    CHECK_EQ_INT(dataset_lookup(ds, &key), -1);
    CHECK(dataset_index(ds, by_date_bool, 2, &err));
    Value keys[2] = {day(2021, 1, 2), value_bool(true)};
    CHECK_EQ_INT(dataset_lookup(ds, keys), 1);
    keys[1] = value_bool(false);
    CHECK_EQ_INT(dataset_lookup(ds, keys), -1);
    CHECK_EQ_INT(err.n, 0);
    dataset_free(ds);
    intern_free(&in);
}

/* Many rows: every key is found at its row, absent keys are not. */
static void test_index_big(void)
{
    make_schema();
    Interner in;
    intern_init(&in);
    DataError err;
    data_error_init(&err);
    Dataset *ds = dataset_new(&t_schema, NULL);
    Value row[9];
    char why[256], id[32];
    enum { N = 200000 };
    for (int k = 0; k < N; k++) {
        snprintf(id, sizeof id, "K%06d", k / 4);
        row_of(row, &in, id, 2019 + k % 4);
        if (!dataset_append(ds, row, 0, why, sizeof why)) break;
    }
    CHECK_EQ_INT(dataset_rows(ds), N);
    CHECK(dataset_index(ds, NULL, 0, &err));
    int found = 0, absent = 0;
    for (int k = 0; k < N; k++) {
        Value keys[2];
        snprintf(id, sizeof id, "K%06d", k / 4);
        keys[0] = value_text(intern(&in, id, strlen(id)));
        keys[1] = value_int(2019 + k % 4);
        found += dataset_lookup(ds, keys) == k;
        keys[1] = value_int(2023 + k % 4);
        absent += dataset_lookup(ds, keys) == -1;
    }
    CHECK_EQ_INT(found, N);
    CHECK_EQ_INT(absent, N);
    dataset_free(ds);
    data_error_free(&err);
    intern_free(&in);
}

/* The loader's fast number path must read exactly what dec_parse_csv reads:
 * random cells from digits, signs and separators, both file kinds. */
static void test_fast_numbers(void)
{
    static const char alphabet[] = "0123456789.,-+ ";
    uint64_t seed = 0x9e3779b97f4a7c15ull;
    FieldSchema f = {"d", FT_DECIMAL, NULL, false, {0}, false};
    Schema s = {"D", &f, 1, -1};
    for (int delim = 0; delim < 2; delim++) {
        char sep = delim ? ';' : ',';
        unsigned mode = delim ? DEC_CSV_DECIMAL_COMMA : DEC_CSV_DECIMAL_POINT;
        Buf file = {0};
        buf_printf(&file, "d\n");
        Dec want[3000];
        int n = 0;
        while (n < 3000) {
            char cell[24];
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            size_t len = 1 + (size_t)((seed >> 33) % 12);
            for (size_t k = 0; k < len; k++) {
                seed = seed * 6364136223846793005ull + 1442695040888963407ull;
                size_t pick = (seed >> 33) % 100;
                cell[k] = pick < 70 ? (char)('0' + pick % 10) : alphabet[10 + pick % 5];
            }
            cell[len] = '\0';
            Dec d;
            if (dec_parse_csv(&d, cell, len, mode) != DEC_PARSE_OK) continue;
            if (cell[0] == ' ' || cell[len - 1] == ' ') continue; /* csv.c trims those */
            Dec norm = dec_normalize(d);
            if (norm.coef >= 1000000000000000 || norm.coef <= -1000000000000000 || norm.scale > 3)
                continue; /* keep within 18 digits at the column's scale */
            want[n++] = d;
            if (strchr(cell, sep) || strchr(cell, ','))
                buf_printf(&file, "\"%s\"\n", cell);
            else
                buf_printf(&file, "%s\n", cell);
        }
        char *path = temp_file(file.s, file.len);
        DataError err;
        data_error_init(&err);
        DatasetOptions opt = {0};
        opt.delimiter = sep;
        Dataset *ds = dataset_load(path, &s, &opt, NULL, &err);
        CHECK(ds != NULL);
        if (!ds) data_error_print(&err, stderr);
        int same = 0;
        for (int k = 0; ds && k < n; k++) same += dec_eq(value_dec(dataset_get(ds, (size_t)k, 0)), want[k]);
        CHECK_EQ_INT(same, n);
        dataset_free(ds);
        data_error_free(&err);
        unlink(path);
        xfree(path);
        xfree(file.s);
    }
}

/* A number column rescaled late: every earlier value keeps its value. */
static void test_rescale_late(void)
{
    FieldSchema f = {"d", FT_DECIMAL, NULL, false, {0}, false};
    Schema s = {"D", &f, 1, -1};
    Buf file = {0};
    buf_printf(&file, "d\n");
    enum { N = 100000 };
    for (int k = 0; k < N; k++) buf_printf(&file, "%d.5\n", k - N / 2);
    buf_printf(&file, "0.0001\n");
    char *path = temp_file(file.s, file.len);
    DataError err;
    data_error_init(&err);
    Dataset *ds = dataset_load(path, &s, NULL, NULL, &err);
    CHECK(ds != NULL);
    int same = 0;
    for (int k = 0; ds && k < N; k++) {
        Value v = dataset_get(ds, (size_t)k, 0);
        same += v.scale == 4 && v.as.coef == (i128)(k - N / 2) * 10000 + (k - N / 2 < 0 ? -5000 : 5000);
    }
    CHECK_EQ_INT(same, N);
    CHECK(ds && dataset_get(ds, N, 0).as.coef == 1);
    CHECK(ds && dataset_line(ds, N) == N + 2);
    dataset_free(ds);
    data_error_free(&err);
    unlink(path);
    xfree(path);
    xfree(file.s);
}

static void test_files(void)
{
    make_schema();
    DataError err;
    data_error_init(&err);
    /* a file that does not exist */
    CHECK(dataset_load("tests/data/no-such-file.csv", &t_schema, NULL, NULL, &err) == NULL);
    char *text = data_error_text(&err);
    CHECK_EQ_STR(text, "tests/data/no-such-file.csv: error: cannot open file: no such file or "
                       "directory\n");
    xfree(text);
    data_error_free(&err);
    /* a line over the CSV row limit (a gigabyte without line ends fails the same way) */
    size_t big = GRIP_MAX_CSV_LINE + 100;
    char *data = xmalloc(big + 16);
    memcpy(data, "d\n", 2);
    memset(data + 2, '7', big);
    memcpy(data + 2 + big, "\n", 1);
    char *path = temp_file(data, big + 3);
    FieldSchema f = {"d", FT_DECIMAL, NULL, false, {0}, false};
    Schema s = {"D", &f, 1, -1};
    CHECK(dataset_load(path, &s, NULL, NULL, &err) == NULL);
    CHECK_EQ_INT(err.errors, 1);
    char want[256];
    snprintf(want, sizeof want, "line 2 is longer than %u bytes", GRIP_MAX_CSV_LINE);
    CHECK(err.n == 1 && strcmp(err.items[0].message, want) == 0);
    CHECK(err.n == 1 && err.items[0].line == 2);
    data_error_free(&err);
    unlink(path);
    xfree(path);
    xfree(data);
    /* texts need an interner */
    FieldSchema tf = {"t", FT_TEXT, NULL, false, {0}, false};
    Schema ts = {"X", &tf, 1, -1};
    path = temp_file("t\nabc\n", 6);
    CHECK(dataset_load(path, &ts, NULL, NULL, &err) == NULL);
    text = data_error_text(&err);
    char w2[512];
    snprintf(w2, sizeof w2, "%s: error: no interner for the texts (an internal error)\n", path);
    CHECK_EQ_STR(text, w2);
    xfree(text);
    data_error_free(&err);
    unlink(path);
    xfree(path);
}

/* Schemas that lowering should never build are reported, not crashed on. */
static void test_bad_schema(void)
{
    Interner in;
    intern_init(&in);
    DataError err;
    data_error_init(&err);
    char *path = temp_file("a,b,c\n1,2,3\n", 12);
    static const char *const holes[] = {"x", NULL};
    static const EnumInfo holey = {"Gat", holes, 2};
    FieldSchema f[5] = {
        {"a", FT_ENUM, NULL, false, {0}, false},                      /* enum without members */
        {"b", FT_MONEY, NULL, true, {VAL_BOOL, 0, 0, 0, 0, {.b = 1}}, false}, /* default of the wrong kind */
        {"c", (FieldType)42, NULL, false, {0}, false},                /* no such type */
        {"e", FT_MONEY, NULL, true, {VAL_NUM, 3, 0, 0, 0, {.coef = 12345}}, false}, /* absent, bad default */
        {"g", FT_ENUM, &holey, false, {0}, false},                    /* a member without a name */
    };
    Schema s = {"S", f, 5, -1};
    CHECK(dataset_load(path, &s, NULL, &in, &err) == NULL);
    char *text = data_error_text(&err);
    char want[2048];
    snprintf(want, sizeof want,
             "%s: error: field 'a' of S has no valid type (an internal error)\n"
             "%s: error: the default of 'b' in S is not a money amount\n"
             "%s: error: field 'c' of S has no valid type (an internal error)\n"
             "%s: error: the default 12.345 of 'e' in S has more than 2 decimals: a money "
             "amount is in whole cents\n"
             "%s: error: field 'g' of S has no valid type (an internal error)\n"
             "%s:1:1: warning: column 'a' is ignored: S does not declare it\n"
             "%s:1:5: warning: column 'c' is ignored: S does not declare it\n",
             path, path, path, path, path, path, path);
    CHECK_EQ_STR(text, want);
    xfree(text);
    data_error_free(&err);
    /* the same schema for rows built in code: append says what is wrong */
    Dataset *ds = dataset_new(&s, NULL);
    Value row[5] = {value_enum(NULL, 0), value_none(), value_none(), value_none(), value_none()};
    char why[256];
    CHECK(!dataset_append(ds, row, 0, why, sizeof why));
    CHECK_EQ_STR(why, "the value for 'a' is not a member of the enum");
    dataset_free(ds);
    unlink(path);
    xfree(path);
    intern_free(&in);
}

/* The rendering of every kind of issue. */
static void test_render(void)
{
    DataError e;
    data_error_init(&e);
    DataIssue items[] = {
        {DATA_ISSUE_ERROR, xstrdup("f.csv"), 3, 7, xstrdup("m1"), NULL},
        {DATA_ISSUE_ERROR, xstrdup("f.csv"), 3, 0, xstrdup("m2"), xstrdup("h2")},
        {DATA_ISSUE_WARNING, xstrdup("f.csv"), 0, 0, xstrdup("m3"), NULL},
        {DATA_ISSUE_ERROR, NULL, 0, 0, xstrdup("m4"), xstrdup("first\nsecond")},
        {DATA_ISSUE_STOP, xstrdup("f.csv"), 0, 0, xstrdup("too many errors in f.csv"), NULL},
    };
    for (size_t k = 0; k < sizeof items / sizeof items[0]; k++) {
        e.items = xgrow(e.items, &e.cap, e.n + 1, sizeof *e.items);
        e.items[e.n++] = items[k];
    }
    char *text = data_error_text(&e);
    CHECK_EQ_STR(text, "f.csv:3:7: error: m1\n"
                       "f.csv:3: error: m2\n"
                       "hint: h2\n"
                       "f.csv: warning: m3\n"
                       "error: m4\n"
                       "hint: first\n"
                       "hint: second\n"
                       "too many errors in f.csv\n");
    FILE *f = tmpfile();
    CHECK(f != NULL);
    if (f) {
        data_error_print(&e, f);
        CHECK_EQ_INT(ftell(f), (long)strlen(text));
        fclose(f);
    }
    xfree(text);
    data_error_free(&e);
    CHECK(e.n == 0 && e.items == NULL);
    text = data_error_text(&e);
    CHECK_EQ_STR(text, "");
    xfree(text);
}

/* Number columns start at one byte and widen as values grow, also when a
 * rescale makes them grow; dictionary text columns go from 1- to 2-byte
 * codes and then to pointers, every value read back the same. */
static void test_widths(void)
{
    FieldSchema f[3] = {{"d", FT_DECIMAL, NULL, false, {0}, false},
                        {"t", FT_TEXT, NULL, false, {0}, false},
                        {"u", FT_TEXT, NULL, true, {0}, false}};
    Interner in;
    intern_init(&in);
    f[2].dflt = value_text(intern(&in, "leeg", 4));
    Schema s = {"W", f, 3, -1};
    Buf file = {0};
    buf_printf(&file, "d,t,u\n");
    /* the widths after each row: 100 -> 1 byte; 30000 -> 2; 0.5 rescales to one
     * decimal, 30000.0 needs 4; 1000000000.0 needs 8 */
    static const char *vals[] = {"100", "-7", "30000", "0.5", "1000000000"};
    enum { N = 70000 };
    for (int k = 0; k < N; k++) {
        const char *v = k < 5 ? vals[k] : "1";
        if (k % 7 == 3)
            buf_printf(&file, "%s,T%d,\n", v, k); /* 'u' empty: the default */
        else
            buf_printf(&file, "%s,T%d,U%d\n", v, k, k % 300);
    }
    char *path = temp_file(file.s, file.len);
    DataError err;
    data_error_init(&err);
    Progress progress;
    progress_start(&progress, "reading", 0);
    DatasetOptions opt = {0};
    opt.progress = &progress; /* updated every 65536 rows: stays silent off a terminal */
    Dataset *ds = dataset_load(path, &s, &opt, &in, &err);
    progress_finish(&progress);
    CHECK(ds != NULL);
    if (!ds) data_error_print(&err, stderr);
    if (ds) {
        CHECK_EQ_INT(ds->cols[0].store, DS_NUM64);
        CHECK_EQ_INT(ds->cols[0].scale, 1);
        CHECK_EQ_INT(ds->cols[1].store, DS_TEXT);   /* 70000 distinct: pointers */
        CHECK_EQ_INT(ds->cols[2].store, DS_DICT16); /* 301 distinct: 2-byte codes */
        CHECK(ds->cols[2].codes == NULL);           /* the loading map is gone */
        static const int64_t want[] = {1000, -70, 300000, 5, 10000000000};
        for (int k = 0; k < 5; k++) CHECK(dataset_get(ds, (size_t)k, 0).as.coef == want[k]);
        int good = 0;
        char buf[32];
        for (int k = 0; k < N; k++) {
            Value d = dataset_get(ds, (size_t)k, 0), t = dataset_get(ds, (size_t)k, 1);
            Value u = dataset_get(ds, (size_t)k, 2);
            int n = snprintf(buf, sizeof buf, "T%d", k);
            bool ok = t.kind == VAL_TEXT && t.as.text == intern(&in, buf, (size_t)n);
            n = k % 7 == 3 ? snprintf(buf, sizeof buf, "leeg") : snprintf(buf, sizeof buf, "U%d", k % 300);
            ok = ok && u.kind == VAL_TEXT && u.as.text == intern(&in, buf, (size_t)n);
            ok = ok && d.scale == 1 && (k < 5 || d.as.coef == 10);
            good += ok;
        }
        CHECK_EQ_INT(good, N);
    }
    dataset_free(ds);
    data_error_free(&err);
    unlink(path);
    xfree(path);
    xfree(file.s);

    /* few distinct texts stay 1-byte codes; small numbers one byte */
    path = temp_file("d,t,u\n1,a,x\n2,b,\n3,a,y\n", 21);
    ds = dataset_load(path, &s, NULL, &in, &err);
    CHECK(ds != NULL);
    if (ds) {
        CHECK_EQ_INT(ds->cols[0].store, DS_NUM8);
        CHECK_EQ_INT(ds->cols[1].store, DS_DICT8);
        CHECK_EQ_INT(ds->cols[1].ndict, 2);
        CHECK(dataset_get(ds, 2, 1).as.text == intern(&in, "a", 1));
        CHECK(dataset_get(ds, 1, 2).as.text == intern(&in, "leeg", 4));
    }
    dataset_free(ds);
    unlink(path);
    xfree(path);
    intern_free(&in);
}

/* Randomly damaged copies of a good file: the loader never crashes (run
 * under ASan/UBSan by make asan), fails exactly when it reports an error,
 * and reports at most GRIP_MAX_DATA_ERRORS errors and one stop line. */
static void test_random_files(void)
{
    static const char junk[] = ",;\"\n\r \t0123456789.-%eE\xe9\xe2\x82\xac";
    size_t len;
    char *good = slurp("tests/data/aanvraag_semicolon.csv", &len);
    CHECK(good != NULL);
    if (!good) return;
    Interner in;
    intern_init(&in);
    TestSchema ts;
    CHECK(read_schema("tests/data/aanvraag.schema", &ts, &in));
    uint64_t seed = 12345;
    int consistent = 0, capped = 0, loaded = 0;
    enum { TRIES = 400 };
    for (int t = 0; t < TRIES; t++) {
        char buf[1024];
        size_t n = len < sizeof buf - 64 ? len : sizeof buf - 64;
        memcpy(buf, good, n);
        int edits = t % 4 == 0 ? 1 + t % 8 : 1; /* mostly one edit, sometimes several */
        for (int e = 0; e < edits; e++) {
            seed = seed * 6364136223846793005ull + 1442695040888963407ull;
            size_t at = (size_t)(seed >> 33) % (n + 1);
            char c = (seed >> 40) % 10 < 6 ? (char)('0' + (seed >> 20) % 10)
                                           : junk[(seed >> 20) % (sizeof junk - 1)];
            if ((seed >> 12) % 3 == 0 && n < sizeof buf - 1) { /* insert */
                memmove(buf + at + 1, buf + at, n - at);
                buf[at] = c;
                n++;
            } else if (at < n) { /* replace */
                buf[at] = c;
            }
        }
        char *path = temp_file(buf, n);
        DataError err;
        data_error_init(&err);
        DatasetOptions opt = {0};
        opt.kind = "input";
        Dataset *ds = dataset_load(path, &ts.schema, &opt, &in, &err);
        consistent += (ds == NULL) == (err.errors > 0);
        loaded += ds != NULL;
        size_t stops = 0;
        for (size_t k = 0; k < err.n; k++) stops += err.items[k].kind == DATA_ISSUE_STOP;
        capped += err.errors <= GRIP_MAX_DATA_ERRORS && stops <= 1;
        dataset_free(ds);
        data_error_free(&err);
        unlink(path);
        xfree(path);
    }
    CHECK_EQ_INT(consistent, TRIES);
    CHECK_EQ_INT(capped, TRIES);
    CHECK(loaded > TRIES / 10 && loaded < TRIES - TRIES / 10); /* both outcomes are exercised */
    arena_free(&ts.arena);
    intern_free(&in);
    xfree(good);
}

/* Rows appended to a loaded dataset: its dictionary and constant columns
 * take new values, the loaded rows keep theirs. */
static void test_append_to_loaded(void)
{
    Interner in;
    intern_init(&in);
    TestSchema ts;
    CHECK(read_schema("tests/data/aanvraag.schema", &ts, &in));
    DataError err;
    data_error_init(&err);
    Dataset *ds = dataset_load("tests/data/aanvraag_absent_optional.csv", &ts.schema, NULL, &in, &err);
    CHECK(ds != NULL);
    if (!ds) return;
    CHECK_EQ_INT(ds->cols[1].store, DS_DICT8);  /* gemeente */
    CHECK_EQ_INT(ds->cols[8].store, DS_CONST);  /* crisis: absent, default false */
    Value row[10];
    for (size_t f = 0; f < 10; f++) row[f] = dataset_get(ds, 0, f);
    row[0] = value_text(intern(&in, "C2", 2));
    row[1] = value_text(intern(&in, "Gorinchem", 9)); /* a new text for the dictionary */
    row[8] = value_bool(true);                         /* differs from the constant */
    row[9] = value_none();                             /* the default, as in the file */
    char why[256];
    CHECK(dataset_append(ds, row, 0, why, sizeof why));
    row[1] = value_text(intern(&in, "Dordrecht", 9));  /* a text the dictionary has */
    CHECK(dataset_append(ds, row, 0, why, sizeof why));
    CHECK_EQ_INT(dataset_rows(ds), 3);
    CHECK_EQ_INT(ds->cols[8].store, DS_BOOL);
    CHECK_EQ_INT(ds->cols[9].store, DS_CONST);
    CHECK(dataset_get(ds, 0, 8).as.b == false);
    CHECK(dataset_get(ds, 1, 8).as.b == true);
    CHECK(dataset_get(ds, 2, 9).as.b == true);
    CHECK(dataset_get(ds, 1, 1).as.text == intern(&in, "Gorinchem", 9));
    CHECK(dataset_get(ds, 2, 1).as.text == intern(&in, "Dordrecht", 9));
    CHECK(dataset_get(ds, 0, 1).as.text == intern(&in, "Dordrecht", 9));
    CHECK_EQ_INT(ds->cols[1].ndict, 2);
    CHECK_EQ_INT(dataset_line(ds, 0), 2);
    CHECK_EQ_INT(dataset_line(ds, 1), 0);
    dataset_free(ds);
    data_error_free(&err);
    arena_free(&ts.arena);
    intern_free(&in);
}

/* Loading and freeing, failing or not, leaves no block behind. */
static void test_no_leaks(void)
{
    long before = alloc_live_blocks();
    const char *names[] = {"aanvraag_ok", "aanvraag_bad_enum", "plafonds_duplicate",
                           "aanvraag_missing_typo", "aanvraag_empty_file"};
    for (size_t k = 0; k < sizeof names / sizeof names[0]; k++) {
        int passed = harness_passed;
        run_fixture("tests/data", names[k], false);
        harness_passed = passed; /* counted by test_fixtures already */
    }
    CHECK_EQ_INT(alloc_live_blocks(), before);
}

TEST_MAIN(RUN(test_fixtures); RUN(test_raw_texts); RUN(test_parts); RUN(test_append); RUN(test_index_lookup); RUN(test_lookup_kinds); RUN(test_index_big);
          RUN(test_fast_numbers); RUN(test_rescale_late); RUN(test_files); RUN(test_bad_schema);
          RUN(test_render); RUN(test_widths); RUN(test_random_files);
          RUN(test_append_to_loaded); RUN(test_no_leaks);)
