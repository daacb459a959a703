/* SPDX-License-Identifier: MIT
 * receipt.c - the record of a run (layout and rules in receipt.h).
 *
 * Everything is copied in (xmalloc'ed strings in small growable arrays) and
 * rendered at the end into one growable buffer; JSON strings go through
 * format_json_string, so any path or argument (quotes, control characters,
 * bytes that are not UTF-8) gives valid JSON.  No clock, no environment:
 * the caller passes SOURCE_DATE_EPOCH's text when it wants a time.
 */
#include "receipt.h"

#include "alloc.h"
#include "format.h"
#include "outfile.h"
#include "sha256.h"

#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* A file with its digest (policies, datasets, outputs). */
typedef struct ReceiptFile {
    char *name;                  /* datasets: the input/table name; else NULL */
    char *path;                  /* as given */
    bool embedded;               /* policies: hashed from the embedded text */
    bool hashed;                 /* 'sha256' is set (false for standard output) */
    uint64_t rows;               /* datasets: rows read */
    char sha256[SHA256_HEX_SIZE]; /* lowercase hex */
} ReceiptFile;

/* A name with a text or a count (settings, outcomes). */
typedef struct ReceiptPair {
    char *name;     /* parameter or outcome name */
    char *value;    /* settings: the value as given; outcomes: NULL */
    uint64_t count; /* outcomes: the count */
} ReceiptPair;

/* A growable array of 'T'. */
#define LIST(T)                                                                          \
    struct {                                                                             \
        T *items;   /* xmalloc'ed */                                                     \
        size_t n;   /* used */                                                           \
        size_t cap; /* allocated */                                                      \
    }

struct Receipt {
    char *version;              /* grip's version */
    char **argv;                /* the command line */
    size_t argc;                /* its length */
    LIST(ReceiptFile) policies; /* policy files and embedded modules */
    LIST(ReceiptFile) datasets; /* datasets read */
    LIST(ReceiptFile) outputs;  /* files written */
    LIST(ReceiptPair) settings; /* --set overrides */
    LIST(ReceiptPair) outcomes; /* outcome counts */
    bool has_date;              /* 'on' is set */
    Date on;                    /* --on */
    char *dated_by;             /* the `dated by` field, or NULL */
    uint64_t rows;              /* rows decided */
    bool has_time;              /* 'created' is set */
    char created[32];           /* "YYYY-MM-DDTHH:MM:SSZ" */
};

#define PUSH(list)                                                                        \
    ((list).items = xgrow((list).items, &(list).cap, (list).n + 1, sizeof *(list).items), \
     memset(&(list).items[(list).n], 0, sizeof *(list).items), &(list).items[(list).n++])

Receipt *receipt_new(const char *version)
{
    Receipt *r = xcalloc(1, sizeof *r);
    r->version = xstrdup(version);
    return r;
}

void receipt_set_command(Receipt *r, int argc, char *const *argv)
{
    for (size_t k = 0; k < r->argc; k++) xfree(r->argv[k]);
    xfree(r->argv);
    r->argc = argc > 0 ? (size_t)argc : 0;
    r->argv = xcalloc(r->argc ? r->argc : 1, sizeof *r->argv);
    for (size_t k = 0; k < r->argc; k++) r->argv[k] = xstrdup(argv[k]);
}

/* The entry of 'list' (of 'n') with path 'path', or NULL. */
static ReceiptFile *find_path(ReceiptFile *items, size_t n, const char *path)
{
    for (size_t k = 0; k < n; k++)
        if (strcmp(items[k].path, path) == 0) return &items[k];
    return NULL;
}

/* Hashes the file at 'path' into 'hex'; false with the reason in 'err'. */
static bool hash_file(const char *path, char hex[SHA256_HEX_SIZE], char *err, size_t errcap)
{
    errno = 0;
    if (sha256_file(path, hex)) return true;
    snprintf(err, errcap, "cannot read '%s': %s", path, strerror(errno ? errno : EIO));
    return false;
}

bool receipt_add_policy_file(Receipt *r, const char *path, char *err, size_t errcap)
{
    char hex[SHA256_HEX_SIZE];
    if (!hash_file(path, hex, err, errcap)) return false;
    ReceiptFile *f = find_path(r->policies.items, r->policies.n, path);
    if (!f) {
        f = PUSH(r->policies);
        f->path = xstrdup(path);
    }
    f->embedded = false;
    f->hashed = true;
    memcpy(f->sha256, hex, sizeof hex);
    return true;
}

void receipt_add_policy_text(Receipt *r, const char *path, const char *text, size_t len)
{
    ReceiptFile *f = find_path(r->policies.items, r->policies.n, path);
    if (!f) {
        f = PUSH(r->policies);
        f->path = xstrdup(path);
    }
    Sha256 ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_init(&ctx);
    sha256_update(&ctx, text, len);
    sha256_final(&ctx, digest);
    sha256_hex(digest, f->sha256);
    f->embedded = true;
    f->hashed = true;
}

bool receipt_add_dataset(Receipt *r, const char *name, const char *path, uint64_t rows, char *err,
                         size_t errcap)
{
    char hex[SHA256_HEX_SIZE];
    if (!hash_file(path, hex, err, errcap)) return false;
    ReceiptFile *f = PUSH(r->datasets);
    f->name = xstrdup(name);
    f->path = xstrdup(path);
    f->rows = rows;
    f->hashed = true;
    memcpy(f->sha256, hex, sizeof hex);
    return true;
}

void receipt_set_reference_date(Receipt *r, Date on)
{
    xfree(r->dated_by);
    r->dated_by = NULL;
    r->has_date = true;
    r->on = on;
}

void receipt_set_dated_by(Receipt *r, const char *field)
{
    xfree(r->dated_by);
    r->dated_by = xstrdup(field);
    r->has_date = false;
}

void receipt_add_setting(Receipt *r, const char *name, const char *value)
{
    ReceiptPair *p = PUSH(r->settings);
    p->name = xstrdup(name);
    p->value = xstrdup(value);
}

void receipt_set_rows(Receipt *r, uint64_t rows) { r->rows = rows; }

void receipt_add_outcome(Receipt *r, const char *name, uint64_t count)
{
    for (size_t k = 0; k < r->outcomes.n; k++) {
        if (strcmp(r->outcomes.items[k].name, name) == 0) {
            r->outcomes.items[k].count += count;
            return;
        }
    }
    ReceiptPair *p = PUSH(r->outcomes);
    p->name = xstrdup(name);
    p->count = count;
}

bool receipt_add_output(Receipt *r, const char *path, char *err, size_t errcap)
{
    char hex[SHA256_HEX_SIZE] = "";
    bool std = strcmp(path, "-") == 0;
    if (!std && !hash_file(path, hex, err, errcap)) return false;
    ReceiptFile *f = find_path(r->outputs.items, r->outputs.n, path);
    if (!f) {
        f = PUSH(r->outputs);
        f->path = xstrdup(path);
    }
    f->hashed = !std;
    memcpy(f->sha256, hex, sizeof hex);
    return true;
}

void receipt_add_output_hashed(Receipt *r, const char *path, const char *hex)
{
    bool std = strcmp(path, "-") == 0;
    ReceiptFile *f = find_path(r->outputs.items, r->outputs.n, path);
    if (!f) {
        f = PUSH(r->outputs);
        f->path = xstrdup(path);
    }
    f->hashed = !std;
    snprintf(f->sha256, sizeof f->sha256, "%s", std ? "" : hex);
}

bool receipt_set_time(Receipt *r, const char *source_date_epoch, char *err, size_t errcap)
{
    const char *s = source_date_epoch;
    if (!s || !*s) return true;
    /* seconds up to the end of 9999-12-31, the last day a Date holds */
    const uint64_t max = (uint64_t)(DATE_MAX_DAYS + 1) * 86400 - 1;
    uint64_t secs = 0;
    size_t len = strlen(s);
    bool digits = true;
    for (size_t k = 0; k < len && digits; k++) { /* secs stays below 10 x max: no overflow */
        digits = s[k] >= '0' && s[k] <= '9';
        if (digits && secs <= max) secs = secs * 10 + (uint64_t)(s[k] - '0');
    }
    char shown[64];
    snprintf(shown, sizeof shown, "%.40s%s", s, len > 40 ? "..." : "");
    if (!digits) {
        snprintf(err, errcap, "SOURCE_DATE_EPOCH '%s' is not a number of seconds since 1970", shown);
        return false;
    }
    if (secs > max) {
        snprintf(err, errcap, "SOURCE_DATE_EPOCH '%s' is after 9999", shown);
        return false;
    }
    Date d;
    date_from_days(&d, (int64_t)(secs / 86400));
    char day[DATE_TEXT_SIZE];
    uint64_t rest = secs % 86400;
    snprintf(r->created, sizeof r->created, "%sT%02u:%02u:%02uZ", date_format_iso(d, day),
             (unsigned)(rest / 3600), (unsigned)(rest / 60 % 60), (unsigned)(rest % 60));
    r->has_time = true;
    return true;
}

/* ---- rendering ---------------------------------------------------------------------- */

typedef struct Out {
    char *s;     /* the text (xmalloc'ed) */
    size_t len;  /* bytes used */
    size_t cap;  /* bytes allocated */
} Out;

static void out_add(Out *o, const char *s, size_t len)
{
    o->s = xgrow(o->s, &o->cap, o->len + len + 1, 1);
    memcpy(o->s + o->len, s, len);
    o->len += len;
    o->s[o->len] = '\0';
}

static void out_str(Out *o, const char *s) { out_add(o, s, strlen(s)); }

static void out_printf(Out *o, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void out_printf(Out *o, const char *fmt, ...)
{
    char buf[128];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(buf, sizeof buf, fmt, ap);
    va_end(ap);
    if (n > 0) out_add(o, buf, (size_t)n < sizeof buf ? (size_t)n : sizeof buf - 1);
}

/* A JSON string literal of the NUL-terminated 's'. */
static void out_json(Out *o, const char *s)
{
    size_t len = strlen(s);
    size_t n = format_json_string(NULL, 0, s, len);
    o->s = xgrow(o->s, &o->cap, o->len + n + 1, 1);
    format_json_string(o->s + o->len, n + 1, s, len);
    o->len += n;
}

/* "  \"key\": [" ... "]" with one item per line, or "[]" when empty. */
static void files(Out *o, const char *key, const ReceiptFile *items, size_t n, bool datasets)
{
    out_printf(o, "  \"%s\": [%s", key, n ? "\n" : "");
    for (size_t k = 0; k < n; k++) {
        const ReceiptFile *f = &items[k];
        out_str(o, "    {");
        if (datasets) {
            out_str(o, "\"name\": ");
            out_json(o, f->name);
            out_str(o, ", ");
        }
        out_str(o, "\"path\": ");
        out_json(o, f->path);
        if (f->embedded) out_str(o, ", \"embedded\": true");
        if (datasets) out_printf(o, ", \"rows\": %llu", (unsigned long long)f->rows);
        if (f->hashed)
            out_printf(o, ", \"sha256\": \"%s\"}", f->sha256);
        else
            out_str(o, ", \"sha256\": null}");
        out_str(o, k + 1 < n ? ",\n" : "\n  ");
    }
    out_str(o, "],\n");
}

char *receipt_json(const Receipt *r)
{
    Out o = {0};
    out_str(&o, "{\n  \"grip_receipt\": 1,\n  \"grip_version\": ");
    out_json(&o, r->version);
    out_str(&o, ",\n");
    if (r->has_time) out_printf(&o, "  \"created\": \"%s\",\n", r->created);
    out_str(&o, "  \"command\": [");
    for (size_t k = 0; k < r->argc; k++) {
        if (k) out_str(&o, ", ");
        out_json(&o, r->argv[k]);
    }
    out_str(&o, "],\n");
    files(&o, "policies", r->policies.items, r->policies.n, false);
    files(&o, "datasets", r->datasets.items, r->datasets.n, true);
    out_str(&o, "  \"reference_date\": ");
    if (r->has_date) {
        char day[DATE_TEXT_SIZE];
        out_printf(&o, "\"%s\"", date_format_iso(r->on, day));
    } else if (r->dated_by) {
        char *what = xmalloc(strlen(r->dated_by) + 32);
        sprintf(what, "per row (dated by %s)", r->dated_by);
        out_json(&o, what);
        xfree(what);
    } else {
        out_str(&o, "null");
    }
    out_printf(&o, ",\n  \"parameters\": [%s", r->settings.n ? "\n" : "");
    for (size_t k = 0; k < r->settings.n; k++) {
        out_str(&o, "    {\"name\": ");
        out_json(&o, r->settings.items[k].name);
        out_str(&o, ", \"value\": ");
        out_json(&o, r->settings.items[k].value);
        out_str(&o, k + 1 < r->settings.n ? "},\n" : "}\n  ");
    }
    out_printf(&o, "],\n  \"rows\": %llu,\n  \"outcomes\": {", (unsigned long long)r->rows);
    for (size_t k = 0; k < r->outcomes.n; k++) {
        if (k) out_str(&o, ", ");
        out_json(&o, r->outcomes.items[k].name);
        out_printf(&o, ": %llu", (unsigned long long)r->outcomes.items[k].count);
    }
    out_str(&o, "},\n");
    files(&o, "outputs", r->outputs.items, r->outputs.n, false);
    /* the last list ends the object: replace its ",\n" */
    o.len -= 2;
    out_str(&o, "\n}\n");
    return o.s;
}

bool receipt_write(const Receipt *r, const char *path, char *err, size_t errcap)
{
    OutFile out;
    if (!outfile_open(&out, path, err, errcap)) return false;
    char *text = receipt_json(r);
    size_t len = strlen(text);
    bool wrote = fwrite(text, 1, len, out.fp) == len;
    int saved = errno;
    xfree(text);
    if (!wrote) {
        snprintf(err, errcap, "cannot write '%s': %s", path, strerror(saved ? saved : EIO));
        outfile_abort(&out);
        return false;
    }
    return outfile_commit(&out, err, errcap);
}

static void free_files(ReceiptFile *items, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        xfree(items[k].name);
        xfree(items[k].path);
    }
    xfree(items);
}

static void free_pairs(ReceiptPair *items, size_t n)
{
    for (size_t k = 0; k < n; k++) {
        xfree(items[k].name);
        xfree(items[k].value);
    }
    xfree(items);
}

void receipt_free(Receipt *r)
{
    if (!r) return;
    xfree(r->version);
    for (size_t k = 0; k < r->argc; k++) xfree(r->argv[k]);
    xfree(r->argv);
    free_files(r->policies.items, r->policies.n);
    free_files(r->datasets.items, r->datasets.n);
    free_files(r->outputs.items, r->outputs.n);
    free_pairs(r->settings.items, r->settings.n);
    free_pairs(r->outcomes.items, r->outcomes.n);
    xfree(r->dated_by);
    xfree(r);
}
