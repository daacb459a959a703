/* SPDX-License-Identifier: MIT
 * diff.c - the changes between OLD and NEW on the same rows (diff.h): the
 * summary computed from the Compare's cells, the writers, and --expect.
 *
 * Groups are made by sorting (group name, row) pairs, so any number of
 * distinct values costs n log n; transitions are an outcome x outcome
 * count matrix; rules are counted by label in a short list (a policy has
 * tens of rules).  --expect reads its file with the dataset reader
 * (runtime/csv.h), so it takes what people and spreadsheets write (';',
 * BOM, CRLF, quotes), and finds the actual changes by binary search on
 * their sorted ids.
 */
#include "diff.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "csv.h"
#include "format.h"

/* ---- computing -------------------------------------------------------------------------- */

/* The name of 'cell''s outcome: its case, else its plain value. */
static const char *outcome_name(const Compare *c, const CompareCell *cell, char *buf, size_t cap)
{
    buf[0] = '\0';
    if (c->n_outcomes && cell->tag < c->n_outcomes) return c->outcomes[cell->tag];
    if (cell->detail) return cell->detail->s;
    if (cell->has_amount) return compare_money(buf, cap, cell->cents, false);
    return buf;
}

/* The plain text of row 'row''s --by field. */
static const char *group_of(Diff *d, size_t row)
{
    const Policy *p = d->c->pols[0].policy;
    const PolicyDataset *in = &p->datasets[p->input];
    Value v = dataset_get(in->data, row, (size_t)d->by);
    if (v.kind == VAL_TEXT) return v.as.text->s;
    char buf[512];
    size_t len = format_value(buf, sizeof buf, v, in->field_format ? in->field_format[d->by] : NULL, FORMAT_PLAIN);
    if (len >= sizeof buf) len = sizeof buf - 1;
    return intern(&d->texts, buf, len)->s;
}

typedef struct GroupRow {
    const char *name;
    size_t row;
} GroupRow;

static int group_row_order(const void *x, const void *y)
{
    const GroupRow *a = x, *b = y;
    int r = strcmp(a->name, b->name);
    if (r) return r;
    return (a->row > b->row) - (a->row < b->row);
}

static int transition_order(const void *x, const void *y)
{
    const DiffTransition *a = x, *b = y;
    if (a->n != b->n) return a->n > b->n ? -1 : 1;
    if (a->from != b->from) return a->from < b->from ? -1 : 1;
    return (a->to > b->to) - (a->to < b->to);
}

static int rule_order(const void *x, const void *y)
{
    const DiffRule *a = x, *b = y;
    if (a->n != b->n) return a->n > b->n ? -1 : 1;
    return strcmp(a->label, b->label);
}

static void count_rule(DiffRule **rules, size_t *n, size_t *cap, const char *label)
{
    for (size_t k = 0; k < *n; k++)
        if (strcmp((*rules)[k].label, label) == 0) {
            (*rules)[k].n++;
            return;
        }
    *rules = xgrow(*rules, cap, *n + 1, sizeof **rules);
    (*rules)[(*n)++] = (DiffRule){label, 1};
}

void diff_init(Diff *d, const Compare *c, int32_t by)
{
    memset(d, 0, sizeof *d);
    d->c = c;
    d->by = by;
    intern_init(&d->texts);
    if (c->n < 2) return;
    const Policy *p = c->pols[0].policy;
    if (by >= 0) d->by_name = p->datasets[p->input].schema.fields[by].name;
    const ComparePolicy *old = &c->pols[0], *new = &c->pols[1];
    d->old_total = old->total;
    d->new_total = new->total;
    /* transitions */
    size_t no = c->n_outcomes ? c->n_outcomes : 1;
    uint64_t *m = xcalloc(no * no, sizeof *m);
    size_t cap_new = 0, cap_old = 0;
    for (size_t i = 0; i < c->n_differ; i++) {
        size_t row = c->differ[i];
        const CompareCell *a = &old->cells[row], *b = &new->cells[row];
        size_t from = c->n_outcomes && a->tag < no ? a->tag : 0, to = c->n_outcomes && b->tag < no ? b->tag : 0;
        m[from * no + to]++;
        count_rule(&d->new_rules, &d->n_new_rules, &cap_new, compare_rule_label(c, 1, b));
        count_rule(&d->old_rules, &d->n_old_rules, &cap_old, compare_rule_label(c, 0, a));
    }
    size_t cap = 0;
    for (size_t f = 0; f < no; f++)
        for (size_t t = 0; t < no; t++) {
            if (!m[f * no + t]) continue;
            d->tr = xgrow(d->tr, &cap, d->n_tr + 1, sizeof *d->tr);
            d->tr[d->n_tr++] = (DiffTransition){(uint32_t)f, (uint32_t)t, m[f * no + t]};
        }
    xfree(m);
    if (d->n_tr) qsort(d->tr, d->n_tr, sizeof *d->tr, transition_order);
    if (d->n_new_rules) qsort(d->new_rules, d->n_new_rules, sizeof *d->new_rules, rule_order);
    if (d->n_old_rules) qsort(d->old_rules, d->n_old_rules, sizeof *d->old_rules, rule_order);
    /* groups */
    if (by < 0 || c->n_rows == 0) return;
    GroupRow *gr = xmalloc(c->n_rows * sizeof *gr);
    for (size_t row = 0; row < c->n_rows; row++) gr[row] = (GroupRow){group_of(d, row), row};
    qsort(gr, c->n_rows, sizeof *gr, group_row_order);
    bool *changed = xcalloc(c->n_rows, sizeof *changed);
    for (size_t i = 0; i < c->n_differ; i++) changed[c->differ[i]] = true;
    size_t gcap = 0;
    for (size_t k = 0; k < c->n_rows; k++) {
        if (k == 0 || strcmp(gr[k].name, gr[k - 1].name) != 0) {
            d->groups = xgrow(d->groups, &gcap, d->n_groups + 1, sizeof *d->groups);
            memset(&d->groups[d->n_groups], 0, sizeof *d->groups);
            d->groups[d->n_groups++].name = gr[k].name;
        }
        DiffGroup *g = &d->groups[d->n_groups - 1];
        size_t row = gr[k].row;
        g->rows++;
        if (changed[row]) g->changed++;
        if (old->cells[row].has_amount) g->old_total += old->cells[row].cents;
        if (new->cells[row].has_amount) g->new_total += new->cells[row].cents;
    }
    xfree(changed);
    xfree(gr);
}

void diff_free(Diff *d)
{
    xfree(d->tr);
    xfree(d->groups);
    xfree(d->new_rules);
    xfree(d->old_rules);
    intern_free(&d->texts);
    memset(d, 0, sizeof *d);
}

/* ---- writing ---------------------------------------------------------------------------- */

/* A signed amount: "+€ 12,50", "-€ 3,00", "€ 0,00". */
static char *delta_text(char *buf, size_t cap, i128 cents)
{
    size_t at = 0;
    if (cents > 0 && cap > 1) buf[at++] = '+';
    compare_money(buf + at, cap - at, cents, true);
    return buf;
}

static void rows_table(const Diff *d, size_t max, CompareTable *t)
{
    static const char *head_by[] = {"id", NULL, "oud", "nieuw", "oude regel", "nieuwe regel"};
    static const char *head[] = {"id", "oud", "nieuw", "oude regel", "nieuwe regel"};
    const Compare *c = d->c;
    bool by = d->by >= 0;
    const char **h = by ? xmalloc(sizeof head_by) : NULL;
    if (by) {
        memcpy(h, head_by, sizeof head_by);
        h[1] = d->by_name;
    }
    compare_table_init(t, by ? 6 : 5, by ? h : head, NULL);
    size_t shown = max && max < c->n_differ ? max : c->n_differ;
    for (size_t i = 0; i < shown; i++) {
        size_t row = c->differ[i];
        const CompareCell *a = &c->pols[0].cells[row], *b = &c->pols[1].cells[row];
        char id[256], o[1200], n[1200];
        compare_row_id(c, row, id, sizeof id);
        compare_outcome_text(c, a, true, o, sizeof o);
        compare_outcome_text(c, b, true, n, sizeof n);
        const char *ra = compare_rule_label(c, 0, a), *rb = compare_rule_label(c, 1, b);
        if (by) {
            const char *cells[6] = {id, group_of((Diff *)d, row), o, n, ra, rb};
            compare_table_add(t, cells);
        } else {
            const char *cells[5] = {id, o, n, ra, rb};
            compare_table_add(t, cells);
        }
    }
}

static void rows_table_free(const Diff *d, CompareTable *t)
{
    if (d->by >= 0) xfree((void *)t->head);
    compare_table_free(t);
}

/* The summary in text or Markdown. */
static void summary(const Diff *d, bool md, FILE *out)
{
    const Compare *c = d->c;
    char n[32];
    CompareTable t;
    fprintf(out, "%sOvergangen\n\n", md ? "## " : "");
    if (!d->n_tr) fputs(md ? "Geen.\n" : "geen\n", out);
    for (size_t k = 0; k < d->n_tr; k++) {
        const DiffTransition *tr = &d->tr[k];
        const char *from = c->n_outcomes ? c->outcomes[tr->from] : "waarde";
        const char *to = c->n_outcomes ? c->outcomes[tr->to] : "waarde";
        fprintf(out, "%s%s → %s: %s%s\n", md ? "- " : "", from, to, compare_count_nl(n, sizeof n, tr->n),
                tr->from == tr->to && c->n_outcomes ? (c->amounts ? " (ander bedrag of andere reden)" : " (andere reden)")
                                                    : "");
    }
    if (c->amounts) {
        fprintf(out, "\n%sKosten\n\n", md ? "## " : "");
        static const char *head[] = {NULL, "oud", "nieuw", "verschil", "gewijzigd"};
        static const bool right[] = {false, true, true, true, true};
        const char *h[5];
        memcpy(h, head, sizeof h);
        h[0] = d->by_name ? d->by_name : "";
        compare_table_init(&t, 5, h, right);
        char a[64], b[64], x[64], k[32];
        for (size_t g = 0; g < d->n_groups; g++) {
            const DiffGroup *gr = &d->groups[g];
            const char *cells[5] = {gr->name, compare_money(a, sizeof a, gr->old_total, true),
                                    compare_money(b, sizeof b, gr->new_total, true),
                                    delta_text(x, sizeof x, gr->new_total - gr->old_total),
                                    compare_count_nl(k, sizeof k, gr->changed)};
            compare_table_add(&t, cells);
        }
        const char *cells[5] = {"totaal", compare_money(a, sizeof a, d->old_total, true),
                                compare_money(b, sizeof b, d->new_total, true),
                                delta_text(x, sizeof x, d->new_total - d->old_total),
                                compare_count_nl(k, sizeof k, c->n_differ)};
        compare_table_add(&t, cells);
        compare_table_write(&t, md ? COMPARE_MD : COMPARE_TEXT, out);
        compare_table_free(&t);
    }
    if (d->n_new_rules) {
        fprintf(out, "\n%sRegels die de gewijzigde aanvragen nu beslissen\n\n", md ? "## " : "");
        static const char *head[] = {"regel (nieuw)", "aanvragen"};
        static const bool right[] = {false, true};
        compare_table_init(&t, 2, head, right);
        for (size_t k = 0; k < d->n_new_rules; k++) {
            const char *cells[2] = {d->new_rules[k].label, compare_count_nl(n, sizeof n, d->new_rules[k].n)};
            compare_table_add(&t, cells);
        }
        compare_table_write(&t, md ? COMPARE_MD : COMPARE_TEXT, out);
        compare_table_free(&t);
    }
}

void diff_write_summary(const Diff *d, FILE *out)
{
    summary(d, false, out);
}

/* The csv/jsonl columns. */
enum {
    COL_ID, COL_OLD, COL_NEW, COL_OLD_AMOUNT, COL_NEW_AMOUNT, COL_OLD_DETAIL, COL_NEW_DETAIL, COL_OLD_RULE,
    COL_NEW_RULE, COL_BY, N_COLS
};
static const char *const col_names[N_COLS] = {"id",         "old",        "new",      "old_amount", "new_amount",
                                              "old_detail", "new_detail", "old_rule", "new_rule",   NULL};

/* The machine values of changed row 'row': 'v[k]' per column (NULL: none). */
static void machine_row(const Diff *d, size_t row, const char **v, char (*buf)[512])
{
    const Compare *c = d->c;
    const CompareCell *a = &c->pols[0].cells[row], *b = &c->pols[1].cells[row];
    v[COL_ID] = compare_row_id(c, row, buf[COL_ID], sizeof buf[0]);
    v[COL_OLD] = outcome_name(c, a, buf[COL_OLD], sizeof buf[0]);
    v[COL_NEW] = outcome_name(c, b, buf[COL_NEW], sizeof buf[0]);
    v[COL_OLD_AMOUNT] = a->has_amount ? compare_money(buf[COL_OLD_AMOUNT], sizeof buf[0], a->cents, false) : NULL;
    v[COL_NEW_AMOUNT] = b->has_amount ? compare_money(buf[COL_NEW_AMOUNT], sizeof buf[0], b->cents, false) : NULL;
    /* the detail of an outcome without cases is its name already */
    v[COL_OLD_DETAIL] = a->detail && c->n_outcomes ? a->detail->s : NULL;
    v[COL_NEW_DETAIL] = b->detail && c->n_outcomes ? b->detail->s : NULL;
    v[COL_OLD_RULE] = compare_rule_label(c, 0, a);
    v[COL_NEW_RULE] = compare_rule_label(c, 1, b);
    v[COL_BY] = d->by >= 0 ? group_of((Diff *)d, row) : NULL;
}

static void csv_put(CsvWriter *w, const char *s)
{
    csv_write_field(w, s ? s : "", s ? strlen(s) : 0);
}

static void write_machine(const Diff *d, DiffFormat format, FILE *out)
{
    const Compare *c = d->c;
    size_t ncols = d->by >= 0 ? N_COLS : N_COLS - 1;
    const char *names[N_COLS];
    memcpy(names, col_names, sizeof names);
    names[COL_BY] = d->by_name;
    const char *v[N_COLS];
    char(*buf)[512] = xmalloc(N_COLS * sizeof *buf);
    if (format == DIFF_CSV) {
        CsvWriter *w = xmalloc(sizeof *w);
        csv_writer_init(w, out);
        for (size_t k = 0; k < ncols; k++) csv_put(w, names[k]);
        csv_end_row(w);
        for (size_t i = 0; i < c->n_differ; i++) {
            machine_row(d, c->differ[i], v, buf);
            for (size_t k = 0; k < ncols; k++) csv_put(w, v[k]);
            csv_end_row(w);
        }
        csv_writer_flush(w);
        xfree(w);
    } else {
        size_t cap = 4096;
        char *js = xmalloc(cap);
        for (size_t i = 0; i < c->n_differ; i++) {
            machine_row(d, c->differ[i], v, buf);
            fputc('{', out);
            for (size_t k = 0; k < ncols; k++) {
                size_t len = format_json_string(js, cap, names[k], strlen(names[k]));
                fprintf(out, "%s%s:", k ? "," : "", js);
                (void)len;
                if (!v[k]) {
                    fputs("null", out);
                    continue;
                }
                len = format_json_string(js, cap, v[k], strlen(v[k]));
                if (len >= cap) {
                    cap = len + 1;
                    js = xrealloc(js, cap);
                    format_json_string(js, cap, v[k], strlen(v[k]));
                }
                fputs(js, out);
            }
            fputs("}\n", out);
        }
        xfree(js);
    }
    xfree(buf);
}

void diff_write(const Diff *d, DiffFormat format, size_t max_rows, FILE *out)
{
    const Compare *c = d->c;
    if (format == DIFF_CSV || format == DIFF_JSONL) {
        write_machine(d, format, out);
        return;
    }
    bool md = format == DIFF_MD;
    char n[32], all[32];
    fprintf(out, "%sGewijzigde uitkomsten: %s van %s aanvragen\n", md ? "# " : "",
            compare_count_nl(n, sizeof n, c->n_differ), compare_count_nl(all, sizeof all, c->n_rows));
    if (md) fprintf(out, "\n- oud: `%s`\n- nieuw: `%s`\n", c->pols[0].path, c->pols[1].path);
    else fprintf(out, "oud:   %s\nnieuw: %s\n", c->pols[0].path, c->pols[1].path);
    if (c->n_differ) {
        fputc('\n', out);
        CompareTable t;
        rows_table(d, max_rows, &t);
        compare_table_write(&t, md ? COMPARE_MD : COMPARE_TEXT, out);
        rows_table_free(d, &t);
        if (max_rows && c->n_differ > max_rows)
            fprintf(out, "\nen nog %s aanvragen\n", compare_count_nl(n, sizeof n, c->n_differ - max_rows));
    }
    fputc('\n', out);
    summary(d, md, out);
}

/* ---- --expect ----------------------------------------------------------------------------- */

/* One expected change, as read. */
typedef struct Expected {
    char *cell[N_COLS];        /* per column: the text, or NULL (no such column) */
    uint64_t line;             /* its line in the file */
} Expected;

/* An actual change, by id. */
typedef struct Actual {
    char *id;
    size_t row;
    bool seen;                 /* an expected row names it */
} Actual;

static int actual_order(const void *x, const void *y)
{
    return strcmp(((const Actual *)x)->id, ((const Actual *)y)->id);
}

static int expected_order(const void *x, const void *y)
{
    const Expected *a = x, *b = y;
    int r = strcmp(a->cell[COL_ID], b->cell[COL_ID]);
    if (r) return r;
    return (a->line > b->line) - (a->line < b->line);
}

/* True when expected amount text 'want' (empty: none) equals 'got' (NULL:
 * none); 'bad' is set when 'want' is not an amount. */
static bool same_amount(const char *want, const char *got, unsigned mode, bool *bad)
{
    if (!*want) return got == NULL;
    Dec w, g;
    if (dec_parse_csv(&w, want, strlen(want), mode) != DEC_PARSE_OK) {
        *bad = true;
        return false;
    }
    if (!got) return false;
    if (dec_parse_csv(&g, got, strlen(got), DEC_CSV_DECIMAL_POINT) != DEC_PARSE_OK) return false;
    return dec_cmp(w, g) == 0;
}

/* "toegekend 1234.56 → afgewezen: leeftijd" for messages. */
static void change_text(const Compare *c, size_t row, char *buf, size_t cap)
{
    char a[600], b[600];
    compare_outcome_text(c, &c->pols[0].cells[row], false, a, sizeof a);
    compare_outcome_text(c, &c->pols[1].cells[row], false, b, sizeof b);
    snprintf(buf, cap, "%s → %s", a, b);
}

#define DIFF_MAX_REPORT 50

static void report_line(FILE *report, size_t *shown, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static void report_line(FILE *report, size_t *shown, const char *fmt, ...)
{
    if (++*shown > DIFF_MAX_REPORT) return;
    va_list ap;
    va_start(ap, fmt);
    vfprintf(report, fmt, ap);
    va_end(ap);
    fputc('\n', report);
}

int diff_expect(const Diff *d, const char *path, FILE *report, char *err, size_t cap)
{
    const Compare *c = d->c;
    CsvOptions o = {0};
    o.allow_no_rows = true;
    CsvError ce;
    CsvReader *r = csv_open_file(path, &o, &ce);
    if (!r) {
        csv_error_format(&ce, err, cap);
        return -1;
    }
    unsigned mode = csv_delimiter(r) == ';' ? DEC_CSV_DECIMAL_COMMA : DEC_CSV_DECIMAL_POINT;
    const CsvRow *head = csv_header(r);
    int col_of[N_COLS];
    for (size_t k = 0; k < N_COLS; k++) col_of[k] = -1;
    const char *names[N_COLS];
    memcpy(names, col_names, sizeof names);
    names[COL_BY] = d->by_name;
    int status = -1;
    Expected *ex = NULL;
    size_t n_ex = 0, ex_cap = 0;
    Actual *act = NULL;
    for (size_t k = 0; k < head->n; k++) {
        size_t j = 0;
        while (j < N_COLS && !(names[j] && strcmp(names[j], head->fields[k].ptr) == 0)) j++;
        if (j == N_COLS) {
            csv_field_error(r, head, k, &ce, "unknown column '%s' (the columns of 'grip diff --format csv' are id, old, "
                                             "new, old_amount, new_amount, old_detail, new_detail, old_rule, new_rule%s%s)",
                            head->fields[k].ptr, d->by_name ? ", " : "", d->by_name ? d->by_name : "");
            csv_error_format(&ce, err, cap);
            goto out;
        }
        col_of[j] = (int)k;
    }
    for (size_t j = 0; j < 3; j++) {
        if (col_of[j] >= 0) continue;
        snprintf(err, cap, "%s:%" PRIu64 ": error: the header has no column '%s' (an expected list needs id, old and new)",
                 path, head->line, col_names[j]);
        goto out;
    }
    for (;;) {
        CsvRow row;
        int got = csv_next(r, &row, &ce);
        if (got == 0) break;
        if (got < 0) {
            csv_error_format(&ce, err, cap);
            goto out;
        }
        ex = xgrow(ex, &ex_cap, n_ex + 1, sizeof *ex);
        Expected *e = &ex[n_ex++];
        memset(e, 0, sizeof *e);
        e->line = row.line;
        for (size_t j = 0; j < N_COLS; j++)
            if (col_of[j] >= 0) e->cell[j] = xstrndup(row.fields[col_of[j]].ptr, row.fields[col_of[j]].len);
        if (!e->cell[COL_ID][0]) {
            csv_field_error(r, &row, (size_t)col_of[COL_ID], &ce, "empty id");
            csv_error_format(&ce, err, cap);
            goto out;
        }
        for (size_t j = COL_OLD_AMOUNT; j <= COL_NEW_AMOUNT; j++) {
            Dec x;
            if (e->cell[j] && e->cell[j][0] && dec_parse_csv(&x, e->cell[j], strlen(e->cell[j]), mode) != DEC_PARSE_OK) {
                csv_field_error(r, &row, (size_t)col_of[j], &ce, "'%s' is not an amount", e->cell[j]);
                csv_error_format(&ce, err, cap);
                goto out;
            }
        }
    }
    if (n_ex) qsort(ex, n_ex, sizeof *ex, expected_order);
    for (size_t k = 1; k < n_ex; k++)
        if (strcmp(ex[k].cell[COL_ID], ex[k - 1].cell[COL_ID]) == 0) {
            snprintf(err, cap, "%s:%" PRIu64 ": error: id '%s' is listed twice (also on line %" PRIu64 ")", path,
                     ex[k].line, ex[k].cell[COL_ID], ex[k - 1].line);
            goto out;
        }
    /* the actual changes by id */
    act = xcalloc(c->n_differ ? c->n_differ : 1, sizeof *act);
    for (size_t i = 0; i < c->n_differ; i++) {
        char id[512];
        act[i].id = xstrdup(compare_row_id(c, c->differ[i], id, sizeof id));
        act[i].row = c->differ[i];
    }
    if (c->n_differ) qsort(act, c->n_differ, sizeof *act, actual_order);
    size_t shown = 0;
    char what[1400];
    const char *v[N_COLS];
    char(*buf)[512] = xmalloc(N_COLS * sizeof *buf);
    for (size_t k = 0; k < n_ex; k++) {
        Expected *e = &ex[k];
        Actual key = {e->cell[COL_ID], 0, false};
        Actual *a = c->n_differ ? bsearch(&key, act, c->n_differ, sizeof *act, actual_order) : NULL;
        if (!a) {
            report_line(report, &shown, "expected change not found: %s %s → %s (%s line %" PRIu64 ")",
                        e->cell[COL_ID], e->cell[COL_OLD], e->cell[COL_NEW], path, e->line);
            continue;
        }
        a->seen = true;
        machine_row(d, a->row, v, buf);
        for (size_t j = COL_OLD; j < N_COLS; j++) {
            if (!e->cell[j]) continue;
            bool bad = false, same;
            if (j == COL_OLD_AMOUNT || j == COL_NEW_AMOUNT) same = same_amount(e->cell[j], v[j], mode, &bad);
            else same = strcmp(e->cell[j], v[j] ? v[j] : "") == 0;
            if (same) continue;
            change_text(c, a->row, what, sizeof what);
            report_line(report, &shown, "%s: expected %s '%s', got '%s' (%s; %s line %" PRIu64 ")", e->cell[COL_ID],
                        names[j], e->cell[j], v[j] ? v[j] : "", what, path, e->line);
            break;
        }
    }
    for (size_t i = 0; i < c->n_differ; i++) {
        if (act[i].seen) continue;
        change_text(c, act[i].row, what, sizeof what);
        report_line(report, &shown, "unexpected change: %s %s", act[i].id, what);
    }
    if (shown > DIFF_MAX_REPORT) fprintf(report, "and %zu more differences\n", shown - DIFF_MAX_REPORT);
    xfree(buf);
    status = shown ? 1 : 0;
out:
    for (size_t k = 0; k < n_ex; k++)
        for (size_t j = 0; j < N_COLS; j++) xfree(ex[k].cell[j]);
    xfree(ex);
    if (act)
        for (size_t i = 0; i < c->n_differ; i++) xfree(act[i].id);
    xfree(act);
    csv_close(r);
    return status;
}
