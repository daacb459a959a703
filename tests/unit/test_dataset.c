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

TEST_MAIN(RUN(test_fixtures);)
