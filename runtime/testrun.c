/* SPDX-License-Identifier: MIT
 * testrun.c - running a policy's tests and measuring their coverage (see
 * testrun.h).
 *
 * One Runner per policy file: for each test it binds datasets built in
 * code (dataset_new / dataset_append) to the policy, sets parameters and
 * the reference date, rewrites the IR_FIELD reads of fields the test does
 * not give into IR_MISSING, evaluates with a fresh Eval and fresh
 * ledgers, and then puts everything back.  Failures are written as text
 * at once (values in grip's syntax, source lines with a caret), so the
 * caller only prints, counts and converts them (JUnit, TAP).
 *
 * Coverage is kept per program while its tests run (which rule decided,
 * which 'unless' held, which inline table row a lookup found, which
 * budget was read or ran out) and merged into the Coverage by the real
 * path of each source file and the place in it, so a base policy's rules
 * count as decided by the tests of the policies that extend it.
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "testrun.h"

#include <inttypes.h>
#include <limits.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "dataset.h"
#include "eval.h"
#include "ledger.h"

/* Most definition values listed under a failed expectation: enough to
 * explain a decision, few enough to read. */
#define SHOW_DEFS 8
/* Longest source text quoted in a message ("expected X = ..."), in bytes. */
#define SHOW_SOURCE 120

/* ---- a growing string ------------------------------------------------------------ */

typedef struct Buf {
    char *s;    /* xmalloc'ed, NUL-terminated once anything was written */
    size_t n;   /* bytes used */
    size_t cap; /* bytes allocated */
} Buf;

static void buf_put(Buf *b, const char *s, size_t len)
{
    b->s = xgrow(b->s, &b->cap, b->n + len + 1, 1);
    memcpy(b->s + b->n, s, len);
    b->n += len;
    b->s[b->n] = '\0';
}

static void buf_puts(Buf *b, const char *s)
{
    buf_put(b, s, strlen(s));
}

static void buf_printf(Buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void buf_printf(Buf *b, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(NULL, 0, fmt, ap);
    va_end(ap);
    if (n <= 0) return;
    b->s = xgrow(b->s, &b->cap, b->n + (size_t)n + 1, 1);
    va_start(ap, fmt);
    vsnprintf(b->s + b->n, (size_t)n + 1, fmt, ap);
    va_end(ap);
    b->n += (size_t)n;
}

/* Takes the text out of 'b' (an empty string when nothing was written). */
static char *buf_take(Buf *b)
{
    char *s = b->s ? b->s : xstrdup("");
    memset(b, 0, sizeof *b);
    return s;
}

/* ---- values in grip's syntax -------------------------------------------------------- */

static void put_value(Buf *b, Value v, const FormatType *t, bool dutch, int depth);

static void put_text(Buf *b, const char *s, size_t len)
{
    buf_puts(b, "\"");
    for (size_t k = 0; k < len; k++) {
        char c = s[k];
        if (c == '"' || c == '\\') {
            char e[2] = {'\\', c};
            buf_put(b, e, 2);
        } else if (c == '\n') {
            buf_puts(b, "\\n");
        } else if (c == '\t') {
            buf_puts(b, "\\t");
        } else {
            buf_put(b, &c, 1);
        }
    }
    buf_puts(b, "\"");
}

/* The format of part 'k' of 't' (NULL when unknown). */
static const FormatType *part(const FormatType *t, FormatShape shape, uint32_t k)
{
    if (!t || t->shape != shape || !t->parts) return NULL;
    if ((shape == FORMAT_VARIANT || shape == FORMAT_RECORD) && (!t->names || k >= t->names->n)) return NULL;
    return t->parts[k];
}

static void put_value(Buf *b, Value v, const FormatType *t, bool dutch, int depth)
{
    char tmp[256];
    if (depth > 32) {
        buf_puts(b, "...");
        return;
    }
    switch ((ValueKind)v.kind) {
    case VAL_NONE: buf_puts(b, "no value"); return;
    case VAL_BOOL: buf_puts(b, v.as.b ? (dutch ? "ja" : "true") : (dutch ? "nee" : "false")); return;
    case VAL_NUM:
        format_value(tmp, sizeof tmp, v, t && t->shape == FORMAT_SCALAR ? t : NULL, FORMAT_PLAIN);
        if (t && t->shape == FORMAT_SCALAR && t->type == FT_MONEY) {
            buf_puts(b, tmp[0] == '-' ? "-€ " : "€ ");
            buf_puts(b, tmp[0] == '-' ? tmp + 1 : tmp);
        } else {
            buf_puts(b, tmp);
        }
        return;
    case VAL_DATE:
    case VAL_DURATION:
        format_value(tmp, sizeof tmp, v, NULL, FORMAT_PLAIN);
        buf_puts(b, tmp);
        return;
    case VAL_TEXT: put_text(b, v.as.text->s, v.as.text->len); return;
    case VAL_ENUM: {
        const EnumInfo *info = v.as.type;
        if (info && v.tag < info->n) buf_puts(b, info->members[v.tag]);
        else buf_printf(b, "#%u", (unsigned)v.tag);
        return;
    }
    case VAL_VARIANT: {
        if (t && t->shape == FORMAT_VARIANT && t->names && v.tag < t->names->n) buf_puts(b, t->names->members[v.tag]);
        else buf_printf(b, "#%u", (unsigned)v.tag);
        if (v.aux == 0) return;
        const FormatType *payload = part(t, FORMAT_VARIANT, v.tag);
        buf_puts(b, "(");
        for (uint32_t k = 0; k < v.aux; k++) {
            if (k) buf_puts(b, ", ");
            put_value(b, v.as.fields[k], part(payload, FORMAT_RECORD, k), dutch, depth + 1);
        }
        buf_puts(b, ")");
        return;
    }
    case VAL_RECORD:
        buf_puts(b, "{");
        for (uint32_t k = 0; k < v.aux; k++) {
            if (k) buf_puts(b, ", ");
            if (t && t->shape == FORMAT_RECORD && t->names && k < t->names->n) buf_printf(b, "%s: ", t->names->members[k]);
            put_value(b, v.as.fields[k], part(t, FORMAT_RECORD, k), dutch, depth + 1);
        }
        buf_puts(b, "}");
        return;
    case VAL_SET:
    case VAL_LIST: {
        bool set = v.kind == VAL_SET;
        const FormatType *elem = part(t, set ? FORMAT_SET : FORMAT_LIST, 0);
        buf_puts(b, set ? "{" : "[");
        for (uint32_t k = 0; k < v.as.set->n; k++) {
            if (k) buf_puts(b, ", ");
            put_value(b, v.as.set->items[k], elem, dutch, depth + 1);
        }
        buf_puts(b, set ? "}" : "]");
        return;
    }
    }
    buf_puts(b, "?");
}

char *test_value_text(char *buf, size_t cap, Value v, const FormatType *type, bool dutch)
{
    Buf b = {0};
    put_value(&b, v, type, dutch, 0);
    if (cap) snprintf(buf, cap, "%s", b.s ? b.s : "");
    xfree(b.s);
    return buf;
}

/* ---- source text and places ------------------------------------------------------ */

/* "FILE:LINE:COL" of 'span' ("?" for an unknown one). */
static void put_where(Buf *b, const Sources *src, Span span)
{
    const SourceFile *f = span_is_none(span) ? NULL : sources_get(src, span.file);
    if (!f) {
        buf_puts(b, "?");
        return;
    }
    LineCol lc = sources_linecol(src, span.file, span.start);
    buf_printf(b, "%s:%u:%u", f->path, lc.line, lc.col);
}

/* "FILE:LINE" of 'span'. */
static void put_file_line(Buf *b, const Sources *src, Span span)
{
    const SourceFile *f = span_is_none(span) ? NULL : sources_get(src, span.file);
    if (!f) {
        buf_puts(b, "?");
        return;
    }
    buf_printf(b, "%s:%u", f->path, sources_linecol(src, span.file, span.start).line);
}

/* The source text of 'span' on one line: runs of white space (line ends
 * included) become one space, comments are left out, and a long text is
 * cut with "...". */
static void put_source(Buf *b, const Sources *src, Span span)
{
    const SourceFile *f = span_is_none(span) ? NULL : sources_get(src, span.file);
    if (!f || span.end > f->len || span.end <= span.start) {
        buf_puts(b, "?");
        return;
    }
    const char *s = f->text + span.start, *end = f->text + span.end;
    size_t written = 0;
    bool space = false, in_string = false;
    while (s < end) {
        char c = *s;
        if (!in_string && c == '#') {
            while (s < end && *s != '\n') s++;
            continue;
        }
        if (!in_string && (c == ' ' || c == '\t' || c == '\r' || c == '\n')) {
            space = true;
            s++;
            continue;
        }
        if (space && written) {
            buf_puts(b, " ");
            written++;
        }
        space = false;
        if (c == '"' && (s == f->text + span.start || s[-1] != '\\')) in_string = !in_string;
        if (written >= SHOW_SOURCE && ((unsigned char)c & 0xC0u) != 0x80u) {
            buf_puts(b, "...");
            return;
        }
        buf_put(b, &c, 1);
        written++;
        s++;
    }
}

/* A note pointing at 'span': "FILE:LINE:COL: note: MSG", the source line
 * and a caret line under the span (as lang/diag.c renders them). */
static void put_note(Buf *b, const Sources *src, Span span, const char *msg)
{
    const SourceFile *f = span_is_none(span) ? NULL : sources_get(src, span.file);
    if (!f) {
        buf_printf(b, "note: %s\n", msg);
        return;
    }
    put_where(b, src, span);
    buf_printf(b, ": note: %s\n", msg);
    LineCol lc = sources_linecol(src, span.file, span.start);
    const char *text;
    size_t len;
    if (!sources_line(src, span.file, lc.line, &text, &len)) return;
    buf_put(b, text, len);
    buf_puts(b, "\n");
    size_t start = span.start - (size_t)(text - f->text);
    for (size_t k = 0; k < start && k < len; k++) {
        if (((unsigned char)text[k] & 0xC0u) == 0x80u) continue;
        buf_puts(b, text[k] == '\t' ? "\t" : " ");
    }
    buf_puts(b, "^");
    size_t stop = span.end > span.start ? span.end - (size_t)(text - f->text) : start + 1;
    if (stop > len) stop = len;
    size_t chars = stop > start ? utf8_chars(text + start, stop - start) : 1;
    for (size_t c = 1; c < chars; c++) buf_puts(b, "~");
    buf_puts(b, "\n");
}

/* ---- results ------------------------------------------------------------------------- */

void test_results_free(TestResults *r)
{
    for (size_t k = 0; k < r->n; k++) {
        xfree(r->items[k].name);
        xfree(r->items[k].where);
        xfree(r->items[k].message);
        xfree(r->items[k].report);
    }
    xfree(r->items);
    memset(r, 0, sizeof *r);
}

TestResult *test_results_add(TestResults *r, const char *name, const char *where, bool passed, const char *message,
                             const char *report)
{
    r->items = xgrow(r->items, &r->cap, r->n + 1, sizeof *r->items);
    TestResult *t = &r->items[r->n++];
    t->name = xstrdup(name ? name : "");
    t->where = xstrdup(where ? where : "?");
    t->passed = passed;
    t->message = message ? xstrdup(message) : NULL;
    t->report = report ? xstrdup(report) : NULL;
    return t;
}

/* ---- coverage ------------------------------------------------------------------------- */

void coverage_init(Coverage *c)
{
    memset(c, 0, sizeof *c);
}

void coverage_free(Coverage *c)
{
    for (size_t k = 0; k < c->n; k++) {
        xfree(c->items[k].key);
        xfree(c->items[k].file);
        xfree(c->items[k].what);
    }
    xfree(c->items);
    for (size_t k = 0; k < c->n_files; k++) xfree(c->files[k]);
    xfree(c->files);
    memset(c, 0, sizeof *c);
}

/* The real path of 'path' (xmalloc'ed), or a copy of 'path' itself when
 * it cannot be resolved (a module embedded in grip). */
static char *real_path(const char *path)
{
    char real[PATH_MAX];
    return xstrdup(realpath(path, real) ? real : path);
}

void coverage_add_file(Coverage *c, const char *path)
{
    char *real = real_path(path);
    for (size_t k = 0; k < c->n_files; k++)
        if (strcmp(c->files[k], real) == 0) {
            xfree(real);
            return;
        }
    c->files = xgrow(c->files, &c->cap_files, c->n_files + 1, sizeof *c->files);
    c->files[c->n_files++] = real;
}

/* Position of real path 'real' among the files under test, or -1. */
static int64_t file_rank(const Coverage *c, const char *real)
{
    for (size_t k = 0; k < c->n_files; k++)
        if (strcmp(c->files[k], real) == 0) return (int64_t)k;
    return -1;
}

/* Records item 'kind' at 'offset' (line 'line') of the file 'shown' (real
 * path 'real'), exercised or not; an item seen before keeps its text and
 * is exercised when any program exercised it. */
static void cover(Coverage *c, const char *real, const char *shown, uint32_t line, uint32_t offset, CoverKind kind,
                  const char *what, bool hit)
{
    int64_t rank = file_rank(c, real);
    if (rank < 0) return;
    char key[PATH_MAX + 64];
    snprintf(key, sizeof key, "%s|%d|%u|%u", real, (int)kind, line, offset);
    for (size_t k = 0; k < c->n; k++)
        if (strcmp(c->items[k].key, key) == 0) {
            c->items[k].hit |= hit;
            return;
        }
    c->items = xgrow(c->items, &c->cap, c->n + 1, sizeof *c->items);
    CoverItem *it = &c->items[c->n++];
    it->key = xstrdup(key);
    it->file = xstrdup(shown);
    it->line = line;
    it->offset = offset;
    it->file_rank = (uint32_t)rank;
    it->kind = (uint8_t)kind;
    it->what = xstrdup(what);
    it->hit = hit;
}

static int cmp_items(const void *pa, const void *pb)
{
    const CoverItem *a = *(const CoverItem *const *)pa, *b = *(const CoverItem *const *)pb;
    if (a->file_rank != b->file_rank) return a->file_rank < b->file_rank ? -1 : 1;
    if (a->line != b->line) return a->line < b->line ? -1 : 1;
    if (a->offset != b->offset) return a->offset < b->offset ? -1 : 1;
    return a->kind < b->kind ? -1 : a->kind > b->kind;
}

static const char *never_text(CoverKind kind)
{
    switch (kind) {
    case COVER_RULE:
    case COVER_OTHERWISE: return "was never decided by a test";
    case COVER_UNLESS: return "was never true in a test (never let a row through)";
    case COVER_ROW: return "was never looked up by a test";
    case COVER_BUDGET_READ: return "was never read by a test (remaining)";
    case COVER_BUDGET_EXCEEDED: return "was never exceeded in a test";
    }
    return "was never exercised by a test";
}

size_t coverage_print(const Coverage *c, FILE *out, size_t *n_items)
{
    const CoverItem **order = xmalloc(sizeof *order * (c->n ? c->n : 1));
    for (size_t k = 0; k < c->n; k++) order[k] = &c->items[k];
    if (c->n) qsort(order, c->n, sizeof *order, cmp_items);
    size_t missed = 0;
    for (size_t k = 0; k < c->n; k++) {
        const CoverItem *it = order[k];
        if (it->hit) continue;
        fprintf(out, "%s:%u: %s %s\n", it->file, it->line, it->what, never_text((CoverKind)it->kind));
        missed++;
    }
    xfree(order);
    if (n_items) *n_items = c->n;
    return missed;
}

/* "rule 'te_oud' \"Art. 2.1\"" into 'b' (without the quotes around the
 * name when not 'quoted'). */
static void put_rule_as(Buf *b, const PolicyRule *r, bool quoted)
{
    buf_printf(b, quoted ? "rule '%s'" : "rule %s", r->name);
    if (r->label) {
        buf_puts(b, " ");
        put_text(b, r->label, strlen(r->label));
    }
}

static void put_rule(Buf *b, const PolicyRule *r)
{
    put_rule_as(b, r, true);
}

uint64_t **coverage_run_new(const Policy *p)
{
    uint64_t **t = xcalloc(p->n_decisions ? p->n_decisions : 1, sizeof *t);
    for (uint32_t d = 0; d < p->n_decisions; d++) t[d] = xcalloc(p->decisions[d].n_rules + 1, sizeof **t);
    return t;
}

void coverage_run_free(const Policy *p, uint64_t **decided)
{
    if (!decided) return;
    for (uint32_t d = 0; d < p->n_decisions; d++) xfree(decided[d]);
    xfree(decided);
}

size_t coverage_run_print(const Policy *p, const Sources *src, uint64_t *const *decided, FILE *out)
{
    size_t missed = 0;
    Buf b = {0};
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        const PolicyDecision *dec = &p->decisions[d];
        for (uint32_t k = 0; k <= dec->n_rules; k++) {
            if (decided[d][k]) continue;
            b.n = 0;
            if (k == 0) {
                if (dec->otherwise == IR_NONE) continue;
                put_file_line(&b, src, dec->otherwise_span);
                buf_printf(&b, ": 'otherwise' of decision '%s' decided no row", dec->name);
            } else {
                put_file_line(&b, src, dec->rules[k - 1].span);
                buf_puts(&b, ": ");
                put_rule(&b, &dec->rules[k - 1]);
                buf_puts(&b, " decided no row");
            }
            fprintf(out, "%s\n", b.s);
            missed++;
        }
    }
    xfree(b.s);
    return missed;
}

/* ---- the runner ------------------------------------------------------------------------ */

/* One policy file's tests and what they exercised. */
typedef struct Runner {
    Policy *p;
    const TestPlan *plan;
    const Sources *src;
    Coverage *cov;             /* NULL: no coverage */
    TestResults *out;
    EvalCoverage evcov;        /* the evaluator's counters (the arrays below) */
    uint8_t **decided;         /* per decision, per rule + 1 (0: otherwise) */
    uint8_t **unless_held;     /* per decision, per rule */
    uint8_t **rows_found;      /* per dataset: per inline row, or NULL */
    uint8_t *found_now;        /* per dataset: the current test reads its inline rows */
    uint8_t *budget_read;      /* per budget */
    uint8_t *budget_exceeded;  /* per budget */
    Arena values;              /* the current test's values (reset per test) */
} Runner;

/* A copy of 'v' whose parts live in 'a' (values from the evaluator's
 * scratch arena die at its next row). */
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

/* The failures of the test being run. */
typedef struct Failures {
    Buf report;                /* every failure block so far */
    char *first;               /* the first failure's message (xmalloc'ed) */
    bool any;
} Failures;

/* Starts a failure block at 'where': "WHERE: test \"NAME\" failed: MESSAGE". */
static void failure(Runner *R, Failures *f, const PolicyTest *t, Span where, const char *message)
{
    put_where(&f->report, R->src, span_is_none(where) ? t->span : where);
    buf_puts(&f->report, ": test ");
    put_text(&f->report, t->name, strlen(t->name));
    buf_printf(&f->report, " failed: %s\n", message);
    if (!f->first) f->first = xstrdup(message);
    f->any = true;
}

/* The message of 'err' as a test shows it: the evaluator's advice for a
 * run without a reference date (--on) becomes the test's ('on DATE'). */
static const char *test_message(const EvalError *err, char *buf, size_t cap)
{
    const char *at = strstr(err->msg, "there is no reference date (");
    if (!at || !strstr(at, "--on")) return err->msg;
    snprintf(buf, cap, "%.*sthere is no reference date (give one with 'on DATE', or a 'given' row)",
             (int)(at - err->msg), err->msg);
    return buf;
}

/* A failure for runtime error 'err' met while evaluating at 'where'. */
static void runtime_failure(Runner *R, Failures *f, const PolicyTest *t, Span where, const EvalError *err)
{
    char buf[sizeof err->msg + 100];
    failure(R, f, t, where, test_message(err, buf, sizeof buf));
    if (!span_is_none(err->span)) put_note(&f->report, R->src, err->span, "the error is here");
}

/* How remaining() values are shown. */
static const FormatType money_format = {FORMAT_SCALAR, FT_MONEY, NULL, NULL};

/* IR walk for the details of a failed expectation: the decisions and
 * definitions an expression reads itself (not through other definitions). */
typedef struct Reads {
    uint32_t decisions[SHOW_DEFS], n_decisions;
    uint32_t defs[SHOW_DEFS], n_defs;   /* IR_DEF nodes */
    uint32_t def_index[SHOW_DEFS];      /* their definitions */
    uint32_t budgets[SHOW_DEFS], n_budgets; /* IR_REMAINING nodes of the row's own account */
} Reads;

static void reads(const Policy *p, uint32_t node, Reads *r, int depth)
{
    if (node == IR_NONE || depth > 64) return;
    const IrNode *n = &p->ir[node];
    switch ((IrOp)n->op) {
    case IR_DEF:
        for (uint32_t k = 0; k < r->n_defs; k++)
            if (r->def_index[k] == n->a) return;
        if (r->n_defs < SHOW_DEFS) {
            r->def_index[r->n_defs] = n->a;
            r->defs[r->n_defs++] = node;
        }
        return;
    case IR_DECISION:
    case IR_RULE_LABEL:
        for (uint32_t k = 0; k < r->n_decisions; k++)
            if (r->decisions[k] == n->a) return;
        if (r->n_decisions < SHOW_DEFS) r->decisions[r->n_decisions++] = n->a;
        return;
    case IR_CONST: case IR_FIELD: case IR_ROW_FIELD: case IR_LOCAL: case IR_PARAM: case IR_KEY: case IR_MISSING:
        return;
    case IR_IN_MASK: case IR_IS: case IR_VARIANT_OF: case IR_PAYLOAD: case IR_REC_FIELD: case IR_DATE_PART:
    case IR_NEG: case IR_NOT: case IR_DUR_NEG: case IR_ABS: case IR_DETAIL:
        reads(p, n->a, r, depth + 1);
        return; /* IR_PAYLOAD's list holds field numbers, not nodes */
    case IR_QUANT: case IR_AGG:
        if (!(n->flags & IR_Q_ROWS) && !(n->flags & IR_Q_INDEXED)) reads(p, n->a, r, depth + 1);
        reads(p, n->c, r, depth + 1);
        break;
    case IR_ROUND:
        reads(p, n->a, r, depth + 1);
        reads(p, n->b, r, depth + 1);
        break;
    case IR_IF:
        reads(p, n->a, r, depth + 1);
        reads(p, n->b, r, depth + 1);
        reads(p, n->c, r, depth + 1);
        break;
    case IR_REMAINING:
        if (n->n == 0) {
            for (uint32_t k = 0; k < r->n_budgets; k++)
                if (p->ir[r->budgets[k]].a == n->a) return;
            if (r->n_budgets < SHOW_DEFS) r->budgets[r->n_budgets++] = node;
        }
        break;
    case IR_CALL: case IR_CONSTRUCT: case IR_RECORD: case IR_SET: case IR_LOOKUP: case IR_MIN2: case IR_MAX2:
        break;
    case IR_ADD: case IR_SUB: case IR_MUL: case IR_DIV: case IR_DATE_ADD: case IR_DATE_SUB: case IR_DUR_ADD:
    case IR_DUR_SUB: case IR_EQ: case IR_NE: case IR_LT: case IR_LE: case IR_GT: case IR_GE: case IR_AND:
    case IR_OR: case IR_DEFAULT: case IR_IN: case IR_YEARS_BETWEEN: case IR_MONTHS_BETWEEN: case IR_DAYS_BETWEEN:
    case IR_BUDGET_CMP:
        reads(p, n->a, r, depth + 1);
        reads(p, n->b, r, depth + 1);
        break;
    case IR_OP_COUNT:
        return;
    }
    for (uint32_t k = 0; k < n->n; k++) reads(p, p->args[n->args + k], r, depth + 1);
}

/* The lines under a failed expectation: which rule decided each decision
 * the expression reads, then the values of the definitions it and those
 * rules read ("    leeftijd = 18"). */
static void explain(Runner *R, Eval *e, Failures *f, const PolicyTest *t, const TestExpect *x)
{
    const Policy *p = R->p;
    Reads r = {0};
    reads(p, x->actual, &r, 0);
    reads(p, x->expected, &r, 0);
    uint32_t n_own = r.n_decisions;
    for (uint32_t k = 0; k < n_own; k++) {
        uint32_t d = r.decisions[k];
        const PolicyDecision *dec = &p->decisions[d];
        int32_t rule = eval_deciding_rule(e, d);
        buf_puts(&f->report, "    ");
        if (n_own > 1) buf_printf(&f->report, "%s ", dec->name);
        if (rule < 0) {
            buf_puts(&f->report, "decided by 'otherwise' (");
            put_file_line(&f->report, R->src, dec->otherwise_span);
            reads(p, dec->otherwise, &r, 0);
        } else {
            const PolicyRule *pr = &dec->rules[rule];
            buf_puts(&f->report, "decided by ");
            put_rule_as(&f->report, pr, false);
            buf_puts(&f->report, " (");
            put_file_line(&f->report, R->src, pr->span);
            reads(p, pr->when, &r, 0);
            reads(p, pr->unless, &r, 0);
            reads(p, pr->result, &r, 0);
        }
        buf_puts(&f->report, ")\n");
    }
    for (uint32_t k = 0; k < r.n_budgets; k++) {
        Value v;
        if (r.budgets[k] == x->actual || !eval_node(e, r.budgets[k], &v)) continue;
        buf_printf(&f->report, "    remaining(%s) = ", p->budgets[p->ir[r.budgets[k]].a].name);
        put_value(&f->report, v, &money_format, t->dutch, 0);
        buf_puts(&f->report, "\n");
    }
    for (uint32_t k = 0; k < r.n_defs; k++) {
        if (r.defs[k] == x->actual) continue; /* its value is the one shown */
        Value v;
        if (!eval_node(e, r.defs[k], &v)) continue;
        buf_printf(&f->report, "    %s = ", p->defs[r.def_index[k]].name);
        put_value(&f->report, v, R->plan->def_format[r.def_index[k]], t->dutch, 0);
        buf_puts(&f->report, "\n");
    }
}

/* True when 'msg' contains 'text' (NULL: any message does). */
static bool error_matches(const char *msg, const char *text)
{
    return !text || strstr(msg, text) != NULL;
}

/* A value of the type of field 'fs' for a field the test does not give
 * (never read: its reads are IR_MISSING while the test runs). */
static Value placeholder(Policy *p, const FieldSchema *fs)
{
    switch (fs->type) {
    case FT_BOOL: return value_bool(false);
    case FT_INT: case FT_DECIMAL: case FT_MONEY: case FT_PERCENT: return value_int(0);
    case FT_DATE: return value_date((Date){0});
    case FT_DURATION: return value_duration((Duration){0, 0});
    case FT_TEXT: return value_text(intern(&p->texts, "?", 1));
    case FT_ENUM: return value_enum(fs->enum_info, 0);
    }
    return value_none();
}

/* Evaluates 'node' without a row (a test's value) into '*out', kept in
 * the runner's arena; false on a runtime error (in 'e'). */
static bool constant(Runner *R, Eval *e, uint32_t node, Value *out)
{
    eval_set_no_row(e, R->p->fixed_date, R->p->on);
    if (!eval_node(e, node, out)) return false;
    *out = keep(&R->values, *out);
    return true;
}

/* What a test changed in the policy, to put back. */
typedef struct Saved {
    bool fixed_date;
    Date on;
    PolicyParam *params;       /* copies of every parameter (xmalloc'ed) */
    uint32_t *missing_nodes;   /* IR_FIELD nodes made IR_MISSING (xmalloc'ed) */
    size_t n_missing;
} Saved;

static void restore(Runner *R, Saved *s)
{
    Policy *p = R->p;
    p->fixed_date = s->fixed_date;
    p->on = s->on;
    if (s->params) memcpy(p->params, s->params, sizeof *p->params * p->n_params);
    for (size_t k = 0; k < s->n_missing; k++) p->ir[s->missing_nodes[k]].op = IR_FIELD;
    for (uint32_t d = 0; d < p->n_datasets; d++) {
        dataset_free(p->datasets[d].data);
        p->datasets[d].data = NULL;
    }
    xfree(s->params);
    xfree(s->missing_nodes);
}

/* Builds dataset 'ds' for test 't': its `with` rows, else its inline
 * rows, else none.  False after a failure. */
static bool bind_table(Runner *R, Eval *e, Failures *f, const PolicyTest *t, uint32_t ds)
{
    Policy *p = R->p;
    PolicyDataset *pd = &p->datasets[ds];
    size_t nf = pd->schema.n;
    const SourceFile *sf = sources_get(R->src, t->span.file);
    Dataset *data = dataset_new(&pd->schema, sf ? sf->path : pd->source);
    pd->data = data;
    Value *row = arena_alloc(&R->values, sizeof *row * (nf ? nf : 1));
    char why[512];
    bool given = false;
    Span where = t->span; /* the (first) step that gives the rows */
    for (uint32_t w = 0; w < t->n_with; w++) {
        const TestRows *tr = &t->with[w];
        if (tr->dataset != ds) continue;
        if (!given) where = tr->span;
        given = true;
        for (uint32_t r = 0; r < tr->n_rows; r++) {
            for (size_t c = 0; c < nf; c++) {
                if (constant(R, e, tr->cells[(size_t)r * nf + c], &row[c])) continue;
                runtime_failure(R, f, t, tr->span, eval_error(e));
                return false;
            }
            if (!dataset_append(data, row, tr->lines[r], why, sizeof why)) {
                char msg[700];
                snprintf(msg, sizeof msg, "row %u of '%s': %s", r + 1, pd->name, why);
                failure(R, f, t, tr->span, msg);
                return false;
            }
        }
    }
    if (!given) {
        for (uint32_t r = 0; r < pd->n_inline; r++) {
            if (!dataset_append(data, pd->inline_rows + (size_t)r * nf, pd->inline_lines[r], why, sizeof why)) {
                char msg[700];
                snprintf(msg, sizeof msg, "inline row %u of '%s': %s", r + 1, pd->name, why);
                failure(R, f, t, pd->span, msg);
                return false;
            }
        }
        R->found_now[ds] = pd->n_inline > 0;
    }
    if (pd->n_keys && dataset_rows(data)) {
        size_t *keys = xmalloc(sizeof *keys * pd->n_keys);
        for (uint32_t k = 0; k < pd->n_keys; k++) keys[k] = pd->key_fields[k];
        DataError err;
        data_error_init(&err);
        bool ok = dataset_index(data, keys, pd->n_keys, &err);
        xfree(keys);
        if (!ok) {
            char msg[700];
            snprintf(msg, sizeof msg, "table '%s': %s", pd->name, err.n ? err.items[0].message : "its key cannot be indexed");
            data_error_free(&err);
            failure(R, f, t, where, msg);
            return false;
        }
        data_error_free(&err);
    }
    return true;
}

/* Builds the input for test 't' (one row, or none without `given`) and
 * turns the reads of the fields it lacks into IR_MISSING.  False after a
 * failure. */
static bool bind_input(Runner *R, Eval *e, Failures *f, const PolicyTest *t, Saved *s)
{
    Policy *p = R->p;
    PolicyDataset *pd = &p->datasets[p->input];
    size_t nf = pd->schema.n;
    const SourceFile *sf = sources_get(R->src, t->span.file);
    Dataset *data = dataset_new(&pd->schema, sf ? sf->path : pd->source);
    pd->data = data;
    uint8_t *missing = arena_zalloc(&R->values, nf ? nf : 1);
    Value *row = arena_alloc(&R->values, sizeof *row * (nf ? nf : 1));
    for (size_t k = 0; k < nf; k++) row[k] = value_none();
    if (t->has_given) {
        uint8_t *given = arena_zalloc(&R->values, nf ? nf : 1);
        for (uint32_t k = 0; k < t->n_given; k++) {
            const TestValue *g = &t->given[k];
            if (!constant(R, e, g->value, &row[g->index])) {
                runtime_failure(R, f, t, g->span, eval_error(e));
                return false;
            }
            given[g->index] = 1;
        }
        for (size_t k = 0; k < nf; k++) {
            const FieldSchema *fs = &pd->schema.fields[k];
            if (given[k] || fs->has_default) continue;
            missing[k] = 1;
            row[k] = placeholder(p, fs);
            if ((int32_t)k == pd->schema.date_field && !p->fixed_date) {
                char msg[600];
                snprintf(msg, sizeof msg,
                         "the test gives no '%s', the reference date of input '%s': give it, or 'on DATE'",
                         fs->name, pd->name);
                failure(R, f, t, t->given_span, msg);
                return false;
            }
        }
        uint64_t line = sources_linecol(R->src, t->given_span.file, t->given_span.start).line;
        char why[512];
        if (!dataset_append(data, row, line, why, sizeof why)) {
            failure(R, f, t, t->given_span, why);
            return false;
        }
    } else {
        memset(missing, 1, nf);
    }
    if (pd->n_keys && dataset_rows(data)) {
        size_t *keys = xmalloc(sizeof *keys * pd->n_keys);
        for (uint32_t k = 0; k < pd->n_keys; k++) keys[k] = pd->key_fields[k];
        DataError err;
        data_error_init(&err);
        dataset_index(data, keys, pd->n_keys, &err);
        data_error_free(&err);
        xfree(keys);
    }
    for (uint32_t n = 0; n < p->n_ir; n++) {
        IrNode *node = &p->ir[n];
        if (node->op != IR_FIELD || node->a >= nf || !missing[node->a]) continue;
        node->op = IR_MISSING;
        s->missing_nodes = xrealloc(s->missing_nodes, sizeof *s->missing_nodes * (s->n_missing + 1));
        s->missing_nodes[s->n_missing++] = n;
    }
    return true;
}

/* Runs one test and appends its result. */
static void run_test(Runner *R, const PolicyTest *t)
{
    Policy *p = R->p;
    Failures f = {0};
    Saved s = {0};
    s.fixed_date = p->fixed_date;
    s.on = p->on;
    if (p->n_params) {
        s.params = xmalloc(sizeof *s.params * p->n_params);
        memcpy(s.params, p->params, sizeof *p->params * p->n_params);
    }
    arena_reset(&R->values);
    memset(R->found_now, 0, p->n_datasets ? p->n_datasets : 1);
    Ledgers ls = {0};
    if (p->n_budgets) {
        uint32_t *nk = xcalloc(p->n_budgets, sizeof *nk);
        for (uint32_t b = 0; b < p->n_budgets; b++) nk[b] = p->budgets[b].n_per;
        ledgers_init(&ls, p->n_budgets, nk);
        xfree(nk);
    }
    Eval *e = eval_new(p, p->n_budgets ? &ls : NULL);
    bool expects_error = false;
    for (uint32_t k = 0; k < t->n_expects; k++) expects_error |= t->expects[k].kind == TEST_EXPECT_ERROR;
    bool errored = false;            /* a runtime error ended the evaluation */
    const EvalError *err = NULL;
    Span err_where = t->span;

    /* the reference date, the parameters, the datasets */
    if (t->on != IR_NONE) {
        Value v;
        if (!constant(R, e, t->on, &v)) {
            runtime_failure(R, &f, t, t->span, eval_error(e));
            goto done;
        }
        if (v.kind != VAL_DATE) {
            failure(R, &f, t, t->span, "the date after 'on' is not a date");
            goto done;
        }
        p->fixed_date = true;
        p->on = v.as.date;
    }
    for (uint32_t k = 0; k < t->n_sets; k++) {
        const TestValue *sv = &t->sets[k];
        Value v;
        if (!constant(R, e, sv->value, &v)) {
            runtime_failure(R, &f, t, sv->span, eval_error(e));
            goto done;
        }
        PolicyParam *pp = &p->params[sv->index];
        pp->constant = true;
        pp->value = v;
    }
    for (uint32_t d = 0; d < p->n_datasets; d++)
        if ((int32_t)d != p->input && !bind_table(R, e, &f, t, d)) goto done;
    if (p->input >= 0 && !bind_input(R, e, &f, t, &s)) goto done;
    for (uint32_t d = 0; d < p->n_datasets; d++)
        R->evcov.rows_found[d] = R->found_now[d] ? R->rows_found[d] : NULL;
    eval_set_coverage(e, R->cov ? &R->evcov : NULL);

    /* the row: every decision, as 'grip run' decides it */
    bool row = p->input >= 0 && t->has_given;
    if (row) {
        eval_set_row(e, 0);
        for (uint32_t d = 0; d < p->n_decisions && !errored; d++) {
            Value v;
            if (!eval_decision(e, d, &v)) {
                errored = true;
                err = eval_error(e);
            }
        }
        for (uint32_t d = 0; d < p->n_decisions && !errored; d++) R->decided[d][eval_deciding_rule(e, d) + 1] = 1;
    } else {
        eval_set_no_row(e, p->fixed_date, p->on);
    }

    /* the expectations */
    for (uint32_t k = 0; k < t->n_expects && !errored; k++) {
        const TestExpect *x = &t->expects[k];
        if (x->kind == TEST_EXPECT_ERROR) continue;
        Value a, b = value_none();
        if (!eval_node(e, x->actual, &a) || (x->kind == TEST_EXPECT_EQUAL && !eval_node(e, x->expected, &b))) {
            errored = true;
            err = eval_error(e);
            err_where = x->span;
            break;
        }
        Buf msg = {0};
        if (x->kind == TEST_EXPECT_EQUAL) {
            if (value_equal(a, b)) continue;
            buf_puts(&msg, "expected ");
            put_source(&msg, R->src, x->actual_span);
            buf_puts(&msg, " = ");
            put_value(&msg, b, x->format, t->dutch, 0);
            buf_puts(&msg, ", got ");
            put_value(&msg, a, x->format, t->dutch, 0);
        } else {
            if (a.kind == VAL_BOOL && a.as.b) continue;
            buf_puts(&msg, "expected ");
            put_source(&msg, R->src, x->actual_span);
            buf_puts(&msg, ", got ");
            put_value(&msg, a, x->format, t->dutch, 0);
        }
        failure(R, &f, t, x->span, msg.s);
        xfree(msg.s);
        explain(R, e, &f, t, x);
    }

    /* the budgets: what was read, then the charges */
    for (uint32_t b = 0; b < p->n_budgets; b++) R->budget_read[b] |= ls.items[b].n > 0;
    if (row && !errored && p->n_budgets && !eval_book_charges(e)) {
        errored = true;
        err = eval_error(e);
        err_where = t->span;
    }
    for (uint32_t b = 0; b < p->n_budgets; b++)
        for (size_t k = 0; k < ls.items[b].n; k++) {
            const LedgerEntry *le = &ls.items[b].entries[k];
            R->budget_exceeded[b] |= le->ran_out || le->refused || le->by_exception;
        }

    /* a runtime error passes only an 'expect error' that matches it */
    if (errored) {
        bool matched = false;
        for (uint32_t k = 0; k < t->n_expects && !matched; k++)
            matched = t->expects[k].kind == TEST_EXPECT_ERROR && error_matches(err->msg, t->expects[k].error_text);
        if (!matched && expects_error) {
            const TestExpect *x = NULL;
            for (uint32_t k = 0; k < t->n_expects && !x; k++)
                if (t->expects[k].kind == TEST_EXPECT_ERROR) x = &t->expects[k];
            Buf msg = {0};
            buf_puts(&msg, "expected an error containing ");
            put_text(&msg, x->error_text, strlen(x->error_text));
            char tm[sizeof err->msg + 100];
            buf_printf(&msg, ", got: %s", test_message(err, tm, sizeof tm));
            failure(R, &f, t, x->span, msg.s);
            xfree(msg.s);
            if (!span_is_none(err->span)) put_note(&f.report, R->src, err->span, "the error is here");
        } else if (!matched) {
            runtime_failure(R, &f, t, err_where, err);
        }
    } else if (expects_error) {
        for (uint32_t k = 0; k < t->n_expects; k++) {
            const TestExpect *x = &t->expects[k];
            if (x->kind != TEST_EXPECT_ERROR) continue;
            Buf msg = {0};
            if (x->error_text) {
                buf_puts(&msg, "expected an error containing ");
                put_text(&msg, x->error_text, strlen(x->error_text));
            } else {
                buf_puts(&msg, "expected an error");
            }
            buf_puts(&msg, ", but the test ran without one");
            failure(R, &f, t, x->span, msg.s);
            xfree(msg.s);
            break;
        }
    }

done:
    eval_free(e);
    if (p->n_budgets) ledgers_free(&ls);
    restore(R, &s);
    Buf where = {0};
    put_where(&where, R->src, t->span);
    TestResult *res = test_results_add(R->out, t->name, where.s, !f.any, NULL, NULL);
    xfree(where.s);
    res->message = f.first;
    res->report = f.any ? buf_take(&f.report) : NULL;
    xfree(f.report.s);
}

/* The real path of source file 'file' (xmalloc'ed). */
static char *source_real(const Sources *src, uint32_t file)
{
    const SourceFile *f = sources_get(src, file);
    return real_path(f ? f->path : "?");
}

/* Merges what this program's tests exercised into R->cov. */
static void merge_coverage(Runner *R)
{
    const Policy *p = R->p;
    const Sources *src = R->src;
    Coverage *c = R->cov;
    Buf what = {0};
    bool *looked_up = xcalloc(p->n_datasets ? p->n_datasets : 1, sizeof *looked_up);
    bool *remaining = xcalloc(p->n_budgets ? p->n_budgets : 1, sizeof *remaining);
    for (uint32_t n = 0; n < p->n_ir; n++) {
        if (p->ir[n].op == IR_LOOKUP && p->ir[n].a < p->n_datasets) looked_up[p->ir[n].a] = true;
        if (p->ir[n].op == IR_REMAINING && p->ir[n].a < p->n_budgets) remaining[p->ir[n].a] = true;
    }
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        const PolicyDecision *dec = &p->decisions[d];
        for (uint32_t k = 0; k < dec->n_rules; k++) {
            const PolicyRule *r = &dec->rules[k];
            const SourceFile *sf = sources_get(src, r->span.file);
            if (!sf) continue;
            char *real = source_real(src, r->span.file);
            uint32_t line = sources_linecol(src, r->span.file, r->span.start).line;
            what.n = 0;
            put_rule(&what, r);
            cover(c, real, sf->path, line, r->span.start, COVER_RULE, what.s, R->decided[d][k + 1]);
            if (r->unless != IR_NONE) {
                Span us = p->ir[r->unless].span;
                uint32_t uline = sources_linecol(src, us.file, us.start).line;
                what.n = 0;
                buf_puts(&what, "the 'unless' of ");
                put_rule(&what, r);
                cover(c, real, sf->path, uline, us.start, COVER_UNLESS, what.s, R->unless_held[d][k]);
            }
            xfree(real);
        }
        const SourceFile *sf = sources_get(src, dec->otherwise_span.file);
        if (dec->otherwise != IR_NONE && sf) {
            char *real = source_real(src, dec->otherwise_span.file);
            what.n = 0;
            buf_printf(&what, "the 'otherwise' of decision '%s'", dec->name);
            cover(c, real, sf->path, sources_linecol(src, dec->otherwise_span.file, dec->otherwise_span.start).line,
                  dec->otherwise_span.start, COVER_OTHERWISE, what.s, R->decided[d][0]);
            xfree(real);
        }
    }
    for (uint32_t ds = 0; ds < p->n_datasets; ds++) {
        const PolicyDataset *pd = &p->datasets[ds];
        if (!looked_up[ds] || !pd->n_inline) continue;
        char *real = real_path(pd->source);
        for (uint32_t r = 0; r < pd->n_inline; r++) {
            what.n = 0;
            buf_printf(&what, "row %u of table '%s'", r + 1, pd->name);
            cover(c, real, pd->source, (uint32_t)pd->inline_lines[r], 0, COVER_ROW, what.s, R->rows_found[ds][r]);
        }
        xfree(real);
    }
    for (uint32_t b = 0; b < p->n_budgets; b++) {
        const PolicyBudget *pb = &p->budgets[b];
        const SourceFile *sf = sources_get(src, pb->span.file);
        if (!sf) continue;
        char *real = source_real(src, pb->span.file);
        uint32_t line = sources_linecol(src, pb->span.file, pb->span.start).line;
        what.n = 0;
        buf_printf(&what, "budget '%s'", pb->name);
        if (remaining[b]) cover(c, real, sf->path, line, pb->span.start, COVER_BUDGET_READ, what.s, R->budget_read[b]);
        cover(c, real, sf->path, line, pb->span.start, COVER_BUDGET_EXCEEDED, what.s, R->budget_exceeded[b]);
        xfree(real);
    }
    xfree(what.s);
    xfree(looked_up);
    xfree(remaining);
}

static void run_all(Runner *R)
{
    Policy *p = R->p;
    uint32_t nd = p->n_decisions ? p->n_decisions : 1;
    R->decided = xcalloc(nd, sizeof *R->decided);
    R->unless_held = xcalloc(nd, sizeof *R->unless_held);
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        R->decided[d] = xcalloc(p->decisions[d].n_rules + 1, 1);
        R->unless_held[d] = xcalloc(p->decisions[d].n_rules + 1, 1);
    }
    uint32_t nds = p->n_datasets ? p->n_datasets : 1;
    R->rows_found = xcalloc(nds, sizeof *R->rows_found);
    R->evcov.rows_found = xcalloc(nds, sizeof *R->evcov.rows_found);
    for (uint32_t d = 0; d < p->n_datasets; d++)
        R->rows_found[d] = xcalloc(p->datasets[d].n_inline + 1, 1);
    R->found_now = xcalloc(nds, 1);
    R->evcov.unless_held = R->unless_held;
    R->budget_read = xcalloc(p->n_budgets + 1, 1);
    R->budget_exceeded = xcalloc(p->n_budgets + 1, 1);
    arena_init(&R->values);

    for (uint32_t k = 0; k < R->plan->n_tests; k++) run_test(R, &R->plan->tests[k]);
    if (R->cov) merge_coverage(R);

    arena_free(&R->values);
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        xfree(R->decided[d]);
        xfree(R->unless_held[d]);
    }
    xfree(R->decided);
    xfree(R->unless_held);
    for (uint32_t d = 0; d < p->n_datasets; d++) xfree(R->rows_found[d]);
    xfree(R->rows_found);
    xfree(R->evcov.rows_found);
    xfree(R->found_now);
    xfree(R->budget_read);
    xfree(R->budget_exceeded);
}

static void *run_thread(void *arg)
{
    run_all(arg);
    return NULL;
}

void testrun_plan(Policy *p, const TestPlan *plan, const Sources *src, Coverage *cov, TestResults *out)
{
    Runner R;
    memset(&R, 0, sizeof R);
    R.p = p;
    R.plan = plan;
    R.src = src;
    R.cov = cov;
    R.out = out;
    /* the evaluator recurses up to GRIP_MAX_EVAL_DEPTH levels: give it the
     * stack 'grip run' gives it */
    pthread_attr_t attr;
    pthread_t thread;
    bool started = false;
    if (pthread_attr_init(&attr) == 0) {
        if (pthread_attr_setstacksize(&attr, GRIP_EVAL_STACK) == 0)
            started = pthread_create(&thread, &attr, run_thread, &R) == 0;
        pthread_attr_destroy(&attr);
    }
    if (started) pthread_join(thread, NULL);
    else run_all(&R);
}
