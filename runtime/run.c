/* SPDX-License-Identifier: MIT
 * run.c - the run driver of 'grip run' (see run.h).
 *
 * Order of work: bind every dataset (CSV file or inline rows, key indexes),
 * fold the parameters that are constant for the run, then decide the rows.
 * Without budgets: one pass in input order, each row's output columns
 * written as soon as its decisions are taken.  With budgets: pass 1 takes
 * the rows in reference-date order (counting sort on the day number; ties
 * keep file order), decides them against the ledgers, books the charges and
 * records each row's deciding rules (2 bytes per decision, stored by input
 * row); pass 2 walks the rows in input order, gives each decision the
 * result of its recorded rule (eval_replay_decision) and writes the output
 * columns.  When a result or a column reads a ledger
 * (Policy.results_read_ledgers), replaying would see the final ledgers, so
 * pass 1 keeps each row's output values instead.
 * Memory per input row with budgets, beside the dataset: in pass 1 the
 * order (4 bytes), the view of the fields pass 1 reads and the rules; in
 * pass 2 the rules and the input key's index (the helper builds it only
 * after pass 1 has freed the order and the view).
 */
#include "run.h"

#include <inttypes.h>
#include <pthread.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "progress.h"

void run_result_init(RunResult *r)
{
    memset(r, 0, sizeof *r);
    data_error_init(&r->data);
    r->error.span = SPAN_NONE;
}

void run_result_free(RunResult *r)
{
    data_error_free(&r->data);
    for (uint32_t d = 0; d < r->n_stats; d++) {
        xfree(r->stats[d].counts);
        xfree(r->stats[d].totals);
        xfree(r->stats[d].has_total);
    }
    xfree(r->stats);
    xfree(r->ran_out);
    xfree(r->keys);
    memset(r, 0, sizeof *r);
}

static RunStatus fail(RunResult *res, RunStatus status, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

static RunStatus fail(RunResult *res, RunStatus status, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(res->message, sizeof res->message, fmt, ap);
    va_end(ap);
    res->status = status;
    return status;
}

/* Most threads a run uses for rows or for reading a file in parts. */
#define MAX_THREADS 16

/* The threads to use: opt->threads, else one per processor online, at
 * most MAX_THREADS. */
static unsigned run_threads(const RunOptions *opt)
{
#if defined(_SC_NPROCESSORS_ONLN)
    long cpus = opt->threads ? (long)opt->threads : sysconf(_SC_NPROCESSORS_ONLN);
#else
    long cpus = opt->threads ? (long)opt->threads : 1;
#endif
    if (cpus < 1) cpus = 1;
    if (cpus > MAX_THREADS) cpus = MAX_THREADS;
    return (unsigned)cpus;
}

/* ---- binding the datasets ----------------------------------------------------- */

/* "Aanvraag, plafonds, aanbieders" into 'buf'. */
static void declared_names(const Policy *p, char *buf, size_t cap)
{
    size_t used = 0;
    buf[0] = '\0';
    for (uint32_t k = 0; k < p->n_datasets && used < cap; k++)
        used += (size_t)snprintf(buf + used, cap - used, "%s%s", k ? ", " : "", p->datasets[k].name);
}

/* The dataset of inline rows of 'pd'. */
static Dataset *inline_rows(PolicyDataset *pd, RunResult *res)
{
    Dataset *ds = dataset_new(&pd->schema, pd->source);
    size_t nf = pd->schema.n;
    for (uint32_t r = 0; r < pd->n_inline; r++) {
        char why[512];
        if (!dataset_append(ds, pd->inline_rows + (size_t)r * nf, pd->inline_lines[r], why, sizeof why)) {
            fail(res, RUN_DATA, "%s:%" PRIu64 ": error: %s", pd->source, pd->inline_lines[r], why);
            dataset_free(ds);
            return NULL;
        }
    }
    return ds;
}

/* Builds the key index of 'pd'; false after reporting duplicates in 'err'. */
static bool index_keys(PolicyDataset *pd, DataError *err)
{
    size_t *keys = xmalloc(sizeof *keys * pd->n_keys);
    for (uint32_t j = 0; j < pd->n_keys; j++) keys[j] = pd->key_fields[j];
    bool ok = dataset_index(pd->data, keys, pd->n_keys, err);
    xfree(keys);
    return ok;
}

/* The input's text fields that the run only writes out, for
 * DatasetOptions.raw_text (xmalloc'ed, one flag per field), or NULL when
 * there are none.  A field qualifies when every IR node reading it is the
 * whole expression of an output column ("id = id": lowering builds a tree,
 * so such a node has no other parent) and nothing reads the input as a
 * table (a lookup, a quantifier over its rows); it is not the 'dated by'
 * field.  Its texts are then never compared, only written and, for a key,
 * shown in messages and checked for duplicates (which compare bytes).  A
 * field nothing reads at all is not one of them: stored as usual, its few
 * distinct texts take a byte a row. */
/* True when an IR node reads the input as a table (a lookup, a quantifier
 * or aggregate over its rows): then its columns are read apart from the
 * current row. */
static bool input_read_as_table(const Policy *p)
{
    for (uint32_t k = 0; k < p->n_ir; k++) {
        const IrNode *n = &p->ir[k];
        switch ((IrOp)n->op) {
        case IR_LOOKUP: if (n->a == (uint32_t)p->input) return true; break;
        case IR_ROW_FIELD: if (n->b == (uint32_t)p->input) return true; break;
        case IR_QUANT:
        case IR_AGG: if ((n->flags & (IR_Q_ROWS | IR_Q_INDEXED)) && n->a == (uint32_t)p->input) return true; break;
        default: break;
        }
    }
    return false;
}

static uint8_t *print_only_fields(const Policy *p)
{
    if (p->input < 0) return NULL;
    const PolicyDataset *in = &p->datasets[p->input];
    size_t nf = in->schema.n;
    uint8_t *raw = xcalloc(nf ? nf : 1, 1); /* 0 unread, 1 written out only, 2 read otherwise */
    if (in->schema.date_field >= 0) raw[in->schema.date_field] = 2;
    bool any = false, as_table = false;
    for (uint32_t k = 0; k < p->n_ir && !as_table; k++) {
        const IrNode *n = &p->ir[k];
        switch ((IrOp)n->op) {
        case IR_FIELD: {
            if (n->a >= nf || raw[n->a] == 2) break;
            bool root = false;
            for (uint32_t c = 0; c < p->n_columns && !root; c++) root = p->columns[c].expr == k;
            raw[n->a] = root ? 1 : 2;
            break;
        }
        case IR_LOOKUP: as_table = n->a == (uint32_t)p->input; break;
        case IR_ROW_FIELD: as_table = n->b == (uint32_t)p->input; break;
        case IR_QUANT:
        case IR_AGG: as_table = (n->flags & (IR_Q_ROWS | IR_Q_INDEXED)) && n->a == (uint32_t)p->input; break;
        default: break;
        }
    }
    for (size_t f = 0; f < nf; f++) {
        /* a field nothing reads stays as it is (dictionary-coded, a byte a
         * cell for a few distinct texts) */
        raw[f] = raw[f] == 1 && in->schema.fields[f].type == FT_TEXT;
        any |= raw[f] != 0;
    }
    if (as_table || !any) {
        xfree(raw);
        return NULL;
    }
    return raw;
}

/* Binds every dataset of 'p': a --data file, or the inline rows; builds the
 * key index of every table (the input's key, which nothing looks up, is
 * checked by the helper thread while the rows are decided).  Without 'all'
 * (run_bind) a dataset without data stays unbound instead of an error. */
static RunStatus bind(Policy *p, const RunOptions *opt, RunResult *res, bool all)
{
    const char **paths = xcalloc(p->n_datasets ? p->n_datasets : 1, sizeof *paths);
    char names[1024];
    declared_names(p, names, sizeof names);
    for (size_t k = 0; k < opt->n_data; k++) {
        int32_t ds = policy_find_dataset(p, opt->data[k].name);
        if (ds < 0) {
            xfree(paths);
            if (p->n_datasets == 0)
                return fail(res, RUN_USAGE, "--data %s: the policy declares no input or table", opt->data[k].name);
            return fail(res, RUN_USAGE, "--data %s: the policy declares no input or table '%s' (it declares: %s)",
                        opt->data[k].name, opt->data[k].name, names);
        }
        if (paths[ds]) {
            xfree(paths);
            return fail(res, RUN_USAGE, "--data %s is given twice", opt->data[k].name);
        }
        paths[ds] = opt->data[k].path;
    }
    for (uint32_t k = 0; k < p->n_datasets; k++) {
        const PolicyDataset *pd = &p->datasets[k];
        if (paths[k] || pd->n_inline || !all) continue;
        xfree(paths);
        return fail(res, RUN_USAGE, "no data for %s '%s': give --data %s=FILE", pd->is_input ? "input" : "table",
                    pd->name, pd->name);
    }
    bool ok = true;
    uint8_t *raw = opt->raw_texts ? print_only_fields(p) : NULL;
    for (uint32_t k = 0; k < p->n_datasets; k++) {
        PolicyDataset *pd = &p->datasets[k];
        dataset_free(pd->data);
        pd->data = NULL;
        if (!paths[k] && !pd->n_inline) continue; /* run_bind: left unbound */
        if (paths[k]) {
            DatasetOptions dopt = {0};
            dopt.delimiter = opt->delimiter;
            dopt.strict = opt->strict;
            dopt.allow_no_rows = true;
            dopt.kind = pd->is_input ? "input" : "table";
            if (k == (uint32_t)p->input) dopt.raw_text = raw;
            dopt.threads = run_threads(opt); /* a big file is read in parts */
            pd->data = dataset_load(paths[k], &pd->schema, &dopt, &p->texts, &res->data);
        } else {
            pd->data = inline_rows(pd, res);
        }
        if (!pd->data) {
            ok = false;
            continue;
        }
        if (pd->n_keys && !pd->is_input && !index_keys(pd, &res->data)) ok = false;
    }
    xfree(raw);
    xfree(paths);
    if (!ok) {
        res->status = RUN_DATA;
        return RUN_DATA;
    }
    return RUN_OK;
}

/* ---- statistics ------------------------------------------------------------------- */

static void stats_init(const Policy *p, RunResult *res)
{
    res->n_stats = p->n_decisions;
    res->stats = xcalloc(p->n_decisions ? p->n_decisions : 1, sizeof *res->stats);
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        const PolicyDecision *dec = &p->decisions[d];
        RunDecisionStats *s = &res->stats[d];
        const FormatType *f = dec->format;
        uint32_t n = 0;
        if (dec->variant >= 0) n = p->variants[dec->variant]->cases.n;
        else if (f && f->shape == FORMAT_SCALAR && f->type == FT_ENUM && f->names) n = f->names->n;
        else if (f && f->shape == FORMAT_SCALAR && f->type == FT_BOOL) n = 2;
        s->n = n;
        s->counts = xcalloc(n ? n : 1, sizeof *s->counts);
        s->totals = xcalloc(n ? n : 1, sizeof *s->totals);
        s->has_total = xcalloc(n ? n : 1, sizeof *s->has_total);
        for (uint32_t c = 0; c < n; c++) s->totals[c] = dec_from_cents(0);
        if (dec->variant >= 0 && f && f->parts) {
            for (uint32_t c = 0; c < n; c++) {
                const FormatType *payload = f->parts[c];
                for (uint32_t k = 0; payload && payload->parts && k < payload->names->n; k++) {
                    const FormatType *ft = payload->parts[k];
                    if (ft && ft->shape == FORMAT_SCALAR && ft->type == FT_MONEY) {
                        s->has_total[c] = true;
                        break;
                    }
                }
            }
        }
        s->money = dec->money;
        s->total = dec_from_cents(0);
    }
}

/* Counts value 'v' of decision 'd'.  Totals that would overflow stop
 * growing (a summary line, not a result: the ledgers and outputs are exact
 * and checked on their own). */
static void stats_add(const Policy *p, RunDecisionStats *stats, uint32_t d, Value v)
{
    RunDecisionStats *s = &stats[d];
    if (s->money && v.kind == VAL_NUM) dec_add(&s->total, s->total, value_dec(v));
    if (!s->n) return;
    uint32_t k;
    if (v.kind == VAL_VARIANT || v.kind == VAL_ENUM) k = v.tag;
    else if (v.kind == VAL_BOOL) k = v.as.b ? 1 : 0;
    else return;
    if (k >= s->n) return;
    s->counts[k]++;
    if (!s->has_total[k] || v.kind != VAL_VARIANT) return;
    const FormatType *payload = p->decisions[d].format->parts[k];
    for (uint32_t f = 0; f < v.aux && f < payload->names->n; f++) {
        const FormatType *ft = payload->parts[f];
        if (ft && ft->shape == FORMAT_SCALAR && ft->type == FT_MONEY && v.as.fields[f].kind == VAL_NUM) {
            dec_add(&s->totals[k], s->totals[k], value_dec(v.as.fields[f]));
            break;
        }
    }
}

static const char *outcome_name(const Policy *p, uint32_t d, uint32_t k)
{
    const PolicyDecision *dec = &p->decisions[d];
    if (dec->variant >= 0) return p->variants[dec->variant]->cases.members[k];
    const FormatType *f = dec->format;
    if (f && f->type == FT_ENUM) return f->names->members[k];
    return k ? "true" : "false";
}

void run_print_summary(const Policy *p, const RunResult *res, FILE *out)
{
    fprintf(out, "%" PRIu64 " row%s\n", res->rows, res->rows == 1 ? "" : "s");
    for (uint32_t d = 0; d < res->n_stats; d++) {
        const RunDecisionStats *s = &res->stats[d];
        char amount[DEC_FORMAT_MAX];
        if (s->n) {
            fprintf(out, "%s:", p->decisions[d].name);
            bool first = true;
            for (uint32_t k = 0; k < s->n; k++) {
                if (!s->counts[k]) continue;
                fprintf(out, "%s %s %" PRIu64, first ? "" : ",", outcome_name(p, d, k), s->counts[k]);
                if (s->has_total[k]) {
                    dec_format(amount, sizeof amount, s->totals[k], DEC_STYLE_PLAIN, 2);
                    fprintf(out, " (total %s)", amount);
                }
                first = false;
            }
            fputs(first ? " no rows\n" : "\n", out);
        } else if (s->money) {
            dec_format(amount, sizeof amount, s->total, DEC_STYLE_PLAIN, 2);
            fprintf(out, "%s: total %s\n", p->decisions[d].name, amount);
        }
    }
    for (uint32_t b = 0; b < p->n_budgets && res->keys; b++)
        fprintf(out, "%s: %" PRIu64 " ledger%s, %" PRIu64 " ran out\n", p->budgets[b].name, res->keys[b],
                res->keys[b] == 1 ? "" : "s", res->ran_out[b]);
}

/* Sets 'lo' and 'hi' to the first and last reference date of the input's
 * rows; false when the rows have no dates (no 'dated by', --on, or no rows). */
static bool date_range(const Policy *p, Date *lo, Date *hi)
{
    const PolicyDataset *in = &p->datasets[p->input];
    int32_t f = in->schema.date_field;
    size_t n = dataset_rows(in->data);
    lo->days = hi->days = 0;
    if (p->fixed_date || f < 0 || n == 0) return false;
    *lo = *hi = dataset_get(in->data, 0, (size_t)f).as.date;
    const DatasetColumn *dc = &in->data->cols[f];
    if (dc->store == DS_DATE) {
        const int32_t *days = dc->data;
        int32_t a = lo->days, b = hi->days;
        for (size_t k = 1; k < n; k++) {
            a = days[k] < a ? days[k] : a;
            b = days[k] > b ? days[k] : b;
        }
        lo->days = a;
        hi->days = b;
        return true;
    }
    for (size_t k = 1; k < n; k++) {
        Date d = dataset_get(in->data, k, (size_t)f).as.date;
        if (d.days < lo->days) *lo = d;
        if (d.days > hi->days) *hi = d;
    }
    return true;
}

/* ---- the rows ---------------------------------------------------------------------- */

/* The days of a date order: where each day's rows begin in it. */
typedef struct DayStarts {
    const int32_t *days;     /* the date column's day numbers, by input row */
    int32_t lo;              /* the first day */
    size_t span;             /* days from 'lo' to the last one */
    uint32_t *first;         /* per day: its first position (xmalloc'ed), or NULL */
} DayStarts;

/* The rows of 'in' in reference-date order, ties in file order: a stable
 * counting sort on the day number (dates span at most 3.7 million days, so
 * the count array is bounded).  Returns an xmalloc'ed permutation (position
 * -> row) and, when the date column is an array, fills 'ds' for
 * date_view (ds->first NULL otherwise; the caller frees it). */
static uint32_t *date_order(const Policy *p, DayStarts *ds)
{
    const PolicyDataset *in = &p->datasets[p->input];
    size_t n = dataset_rows(in->data);
    uint32_t *order = xmalloc((n ? n : 1) * sizeof *order);
    int32_t f = in->schema.date_field;
    memset(ds, 0, sizeof *ds);
    if (p->fixed_date || f < 0 || n == 0) {
        for (size_t k = 0; k < n; k++) order[k] = (uint32_t)k;
        return order;
    }
    Date first, last;
    date_range(p, &first, &last);
    int32_t lo = first.days;
    size_t span = (size_t)((int64_t)last.days - lo) + 1;
    uint32_t *start = xcalloc(span + 1, sizeof *start);
    const DatasetColumn *dc = &in->data->cols[f];
    if (dc->store == DS_DATE) { /* the day numbers straight from their array */
        const int32_t *days = dc->data;
        for (size_t k = 0; k < n; k++) start[days[k] - lo + 1]++;
        for (size_t k = 1; k <= span; k++) start[k] += start[k - 1];
        ds->days = days;
        ds->lo = lo;
        ds->span = span;
        ds->first = xmalloc(span * sizeof *ds->first);
        memcpy(ds->first, start, span * sizeof *ds->first);
        for (size_t k = 0; k < n; k++) order[start[days[k] - lo]++] = (uint32_t)k;
    } else {
        for (size_t k = 0; k < n; k++) start[dataset_get(in->data, k, (size_t)f).as.date.days - lo + 1]++;
        for (size_t k = 1; k <= span; k++) start[k] += start[k - 1];
        for (size_t k = 0; k < n; k++) order[start[dataset_get(in->data, k, (size_t)f).as.date.days - lo]++] = (uint32_t)k;
    }
    xfree(start);
    return order;
}

/* Bytes per row of a column stored as 'store' (dataset.h).  The switch
 * names every store, so a new one stops the build here until it is added. */
static size_t store_size(DatasetStore store)
{
    switch (store) {
    case DS_CONST: return 0;
    case DS_BOOL: case DS_NUM8: case DS_DICT8: return 1;
    case DS_NUM16: case DS_DICT16: case DS_ENUM: return 2;
    case DS_NUM32: case DS_DATE: case DS_RAW: return 4;
    case DS_NUM64: return 8;
    case DS_DURATION: return sizeof(Duration);
    case DS_TEXT: return sizeof(const Text *);
    }
    return 0;
}

/* Rows ahead of the current one whose memory the date-ordered loops ask
 * the processor to fetch: 'order' is a random permutation, so without it
 * each access to a big column misses the cache and waits. */
#define PREFETCH_AHEAD 16

#if defined(__GNUC__)
#define PREFETCH(addr, write) __builtin_prefetch((addr), (write))
#else
#define PREFETCH(addr, write) ((void)(addr))
#endif

/* dst[k] = src[order[k]] for 'n' elements of 'size' bytes. */
static void gather(void *dst, const void *src, const uint32_t *order, size_t n, size_t size)
{
    /* up to n - PREFETCH_AHEAD with a prefetch, the rest without */
    size_t ahead = n > PREFETCH_AHEAD ? n - PREFETCH_AHEAD : 0;
    switch (size) {
    case 1:
        for (size_t k = 0; k < ahead; k++) {
            PREFETCH((const uint8_t *)src + order[k + PREFETCH_AHEAD], 0);
            ((uint8_t *)dst)[k] = ((const uint8_t *)src)[order[k]];
        }
        for (size_t k = ahead; k < n; k++) ((uint8_t *)dst)[k] = ((const uint8_t *)src)[order[k]];
        break;
    case 2:
        for (size_t k = 0; k < ahead; k++) {
            PREFETCH((const uint16_t *)src + order[k + PREFETCH_AHEAD], 0);
            ((uint16_t *)dst)[k] = ((const uint16_t *)src)[order[k]];
        }
        for (size_t k = ahead; k < n; k++) ((uint16_t *)dst)[k] = ((const uint16_t *)src)[order[k]];
        break;
    case 4:
        for (size_t k = 0; k < ahead; k++) {
            PREFETCH((const uint32_t *)src + order[k + PREFETCH_AHEAD], 0);
            ((uint32_t *)dst)[k] = ((const uint32_t *)src)[order[k]];
        }
        for (size_t k = ahead; k < n; k++) ((uint32_t *)dst)[k] = ((const uint32_t *)src)[order[k]];
        break;
    case 8:
        for (size_t k = 0; k < ahead; k++) {
            PREFETCH((const uint64_t *)src + order[k + PREFETCH_AHEAD], 0);
            ((uint64_t *)dst)[k] = ((const uint64_t *)src)[order[k]];
        }
        for (size_t k = ahead; k < n; k++) ((uint64_t *)dst)[k] = ((const uint64_t *)src)[order[k]];
        break;
    default:
        for (size_t k = 0; k < n; k++) memcpy((char *)dst + k * size, (const char *)src + order[k] * size, size);
        break;
    }
}

/* dst[position of row k] = src[k] for the 'n' rows, the positions of the
 * date order given by 'ds' (each day's rows in file order from its first
 * position): the rows are read in order and each day's cursor writes on
 * where it stopped, so reads and writes stream, where gathering by
 * 'order' reads at random. */
static void scatter(void *dst, const void *src, const DayStarts *ds, size_t n, size_t size, uint32_t *cursor)
{
    memcpy(cursor, ds->first, ds->span * sizeof *cursor);
    const int32_t *days = ds->days;
    int32_t lo = ds->lo;
    switch (size) {
    case 1:
        for (size_t k = 0; k < n; k++) ((uint8_t *)dst)[cursor[days[k] - lo]++] = ((const uint8_t *)src)[k];
        break;
    case 2:
        for (size_t k = 0; k < n; k++) ((uint16_t *)dst)[cursor[days[k] - lo]++] = ((const uint16_t *)src)[k];
        break;
    case 4:
        for (size_t k = 0; k < n; k++) ((uint32_t *)dst)[cursor[days[k] - lo]++] = ((const uint32_t *)src)[k];
        break;
    case 8:
        for (size_t k = 0; k < n; k++) ((uint64_t *)dst)[cursor[days[k] - lo]++] = ((const uint64_t *)src)[k];
        break;
    default:
        for (size_t k = 0; k < n; k++)
            memcpy((char *)dst + (size_t)cursor[days[k] - lo]++ * size, (const char *)src + k * size, size);
        break;
    }
}

/* The input's rows in the order 'order', for the date-ordered pass: read
 * sequentially, a row's fields are at hand, where visiting the input
 * itself in date order would miss the cache on every field of every row.
 * A shallow copy of the Dataset whose columns are new arrays gathered in
 * that order, built from the column layout dataset.h documents; only the
 * fields the pass reads (Policy.sim_fields; 'all_fields': every one) are
 * copied, the others read as "no value".  A field marked in 'release' (or
 * NULL) is freed in the input once copied.  Only dataset_get reads it;
 * free it with free_view. */
static Dataset *date_view(const Policy *p, const uint32_t *order, const DayStarts *days, const uint8_t *release,
                          bool all_fields)
{
    Dataset *in = p->datasets[p->input].data;
    size_t n = dataset_rows(in), nf = dataset_schema(in)->n;
    Dataset *v = xmalloc(sizeof *v);
    *v = *in;
    DatasetColumn *cols = xcalloc(nf ? nf : 1, sizeof *cols);
    uint32_t *cursor = days->first ? xmalloc(days->span * sizeof *cursor) : NULL;
    for (size_t f = 0; f < nf; f++) {
        const DatasetColumn *c = &in->cols[f];
        cols[f] = *c;
        if (c->store == DS_CONST) continue;
        if (!all_fields && (!p->sim_fields || !p->sim_fields[f])) {
            cols[f].store = DS_CONST;
            cols[f].data = NULL;
            cols[f].constant = value_none();
            continue;
        }
        size_t size = store_size((DatasetStore)c->store);
        void *dst = xmalloc((n ? n : 1) * size);
        if (days->first) scatter(dst, c->data, days, n, size, cursor);
        else gather(dst, c->data, order, n, size);
        cols[f].data = dst;
        if (release && release[f] && (int32_t)f != p->datasets[p->input].schema.date_field)
            dataset_release_column(in, f); /* the view has it now */
        cols[f].codes = NULL; /* the dictionary of a DS_DICT* column (the heap of a DS_RAW) is shared */
    }
    xfree(cursor);
    v->cols = cols;
    return v;
}

static void free_view(Dataset *v)
{
    if (!v) return;
    for (size_t f = 0; f < dataset_schema(v)->n; f++)
        if (v->cols[f].store != DS_CONST) xfree(v->cols[f].data);
    xfree(v->cols);
    xfree(v);
}

/* True when 'order' is 0, 1, 2, ... (the input is already in date order). */
static bool identity(const uint32_t *order, size_t n)
{
    for (size_t k = 0; k < n; k++)
        if (order[k] != k) return false;
    return true;
}

/* Deep-copies 'v' into 'a' (variants, records, sets and lists). */
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

static bool columns(Eval *e, const Policy *p, Value *vals)
{
    for (uint32_t c = 0; c < p->n_columns; c++)
        if (!eval_node(e, p->columns[c].expr, &vals[c])) return false;
    return true;
}

static RunStatus runtime_error(RunResult *res, Eval *e)
{
    res->error = *eval_error(e);
    res->status = RUN_RUNTIME;
    return RUN_RUNTIME;
}

/* Lists every row of each budget's key table as a ledger entry (keys no
 * row reached have nothing charged), computes the limits still unknown and
 * counts the entries. */
static bool settle(const Policy *p, Ledgers *ls, Eval *e, RunResult *res)
{
    for (uint32_t b = 0; b < p->n_budgets; b++) {
        const PolicyBudget *pb = &p->budgets[b];
        if (pb->key_table < 0) continue;
        const Dataset *t = p->datasets[pb->key_table].data;
        Value *key = xmalloc(sizeof *key * (pb->n_per ? pb->n_per : 1));
        for (size_t row = 0; row < dataset_rows(t); row++) {
            for (uint32_t k = 0; k < pb->n_per; k++) key[k] = dataset_get(t, row, pb->key_table_field[k]);
            ledger_get(&ls->items[b], key, true, NULL);
        }
        xfree(key);
    }
    if (!eval_settle_limits(e)) return false;
    res->keys = xcalloc(p->n_budgets ? p->n_budgets : 1, sizeof *res->keys);
    res->ran_out = xcalloc(p->n_budgets ? p->n_budgets : 1, sizeof *res->ran_out);
    for (uint32_t b = 0; b < p->n_budgets; b++) {
        res->keys[b] = ls->items[b].n;
        res->ledger_keys += ls->items[b].n;
        for (size_t k = 0; k < ls->items[b].n; k++)
            if (ls->items[b].entries[k].ran_out) res->ran_out[b]++;
    }
    return true;
}

/* Writes the ledger summary (budget, key columns, limit, charged,
 * remaining, grants, ran_out, refused, by_exception), sorted by budget then
 * key, to opt->ledger_out and returns the writer, not yet committed (the
 * results come first); NULL after an error in 'res'. */
static Writer *write_ledgers(Policy *p, const Ledgers *ls, const RunOptions *opt, RunResult *res)
{
    static const FormatType text = {FORMAT_SCALAR, FT_TEXT, NULL, NULL};
    static const FormatType money = {FORMAT_SCALAR, FT_MONEY, NULL, NULL};
    static const FormatType integer = {FORMAT_SCALAR, FT_INT, NULL, NULL};
    static const FormatType date = {FORMAT_SCALAR, FT_DATE, NULL, NULL};
    /* key columns: the union of every budget's key names, in first-seen order */
    size_t n_keycols = 0, cap = 8;
    for (uint32_t b = 0; b < p->n_budgets; b++) cap += p->budgets[b].n_per;
    WriterColumn *cols = xcalloc(cap, sizeof *cols);
    uint32_t **keycol = xcalloc(p->n_budgets ? p->n_budgets : 1, sizeof *keycol);
    cols[0] = (WriterColumn){"budget", &text};
    for (uint32_t b = 0; b < p->n_budgets; b++) {
        const PolicyBudget *pb = &p->budgets[b];
        keycol[b] = xcalloc(pb->n_per ? pb->n_per : 1, sizeof **keycol);
        for (uint32_t k = 0; k < pb->n_per; k++) {
            size_t c = 0;
            while (c < n_keycols && strcmp(cols[1 + c].name, pb->key_names[k]) != 0) c++;
            if (c == n_keycols) cols[1 + n_keycols++] = (WriterColumn){pb->key_names[k], pb->key_format[k]};
            keycol[b][k] = (uint32_t)(1 + c);
        }
    }
    size_t base = 1 + n_keycols;
    static const char *const names[] = {"limit", "charged", "remaining", "grants", "ran_out", "refused", "by_exception"};
    const FormatType *types[] = {&money, &money, &money, &integer, &date, &integer, &integer};
    for (size_t k = 0; k < 7; k++) cols[base + k] = (WriterColumn){names[k], types[k]};
    size_t ncols = base + 7;
    char err[512];
    Writer *w = opt->hash_outputs ? writer_open_hashed(opt->ledger_out, opt->format, cols, ncols, err, sizeof err)
                                  : writer_open(opt->ledger_out, opt->format, cols, ncols, err, sizeof err);
    bool ok = w != NULL;
    if (!ok) fail(res, RUN_IO, "%s", err);
    Value *row = xcalloc(ncols, sizeof *row);
    for (uint32_t b = 0; ok && b < p->n_budgets; b++) {
        const Ledger *l = &ls->items[b];
        const PolicyBudget *pb = &p->budgets[b];
        size_t *sorted = ledger_sorted(l);
        const Text *bname = intern(&p->texts, pb->name, strlen(pb->name));
        for (size_t i = 0; i < l->n; i++) {
            const LedgerEntry *le = &l->entries[sorted[i]];
            for (size_t c = 0; c < ncols; c++) row[c] = value_none();
            row[0] = value_text(bname);
            for (uint32_t k = 0; k < pb->n_per; k++) row[keycol[b][k]] = le->key[k];
            Dec rem = dec_from_int(0);
            if (!ledger_remaining(le, &rem)) rem = dec_from_int(0);
            row[base + 0] = value_num(le->limit);
            row[base + 1] = value_num(le->charged);
            row[base + 2] = value_num(rem);
            row[base + 3] = value_int((int64_t)le->grants);
            if (le->ran_out && le->ran_out_dated) row[base + 4] = value_date(le->ran_out_date);
            row[base + 5] = value_int((int64_t)le->refused);
            row[base + 6] = value_int((int64_t)le->by_exception);
            writer_row(w, row);
        }
        xfree(sorted);
    }
    xfree(row);
    for (uint32_t b = 0; b < p->n_budgets; b++) xfree(keycol[b]);
    xfree(keycol);
    xfree(cols);
    return ok ? w : NULL;
}

/* Work done beside the rows: the caller's background work (the receipt
 * hashes the input files), then the input's key check (a key declared
 * unique must be; the check needs no result of the run).  The key index
 * (8 bytes a slot, 134 MB for 10^7 rows) is built only once the main
 * thread has said that its date-ordered pass is over and the memory of
 * that pass is free (helper_pass1_done), so the two never add up.  Writes
 * only res->data (the main thread leaves it alone until the helper is
 * joined) and the input's index fields. */
typedef struct Helper {
    pthread_t thread;          /* the helper */
    bool started;              /* 'thread' runs (else the work is done inline) */
    Policy *p;                 /* the bound policy */
    const RunOptions *opt;     /* for the background work */
    RunResult *res;            /* where a duplicate key is reported */
    bool key_ok;               /* no duplicate input key */
    bool keys_checked;         /* the key check ran */
    pthread_mutex_t mu;        /* guards 'pass1_done' */
    pthread_cond_t cv;         /* signalled when 'pass1_done' is set */
    bool pass1_done;           /* the main thread's first pass is over */
} Helper;

static void check_keys(Helper *h)
{
    PolicyDataset *in = &h->p->datasets[h->p->input];
    h->key_ok = true;
    if (in->n_keys) h->key_ok = index_keys(in, &h->res->data);
    h->keys_checked = true;
}

static void *helper_main(void *arg)
{
    Helper *h = arg;
    if (h->opt->background) h->opt->background(h->opt->background_ctx);
    pthread_mutex_lock(&h->mu);
    while (!h->pass1_done) pthread_cond_wait(&h->cv, &h->mu);
    pthread_mutex_unlock(&h->mu);
    check_keys(h);
    return NULL;
}

/* Starts the helper; 'pass1_done' when the run has no first pass to wait
 * for.  Without a thread the background work is done here and the key
 * check by helper_pass1_done. */
static void helper_start(Helper *h, bool pass1_done)
{
    h->key_ok = true;
    h->pass1_done = pass1_done;
    h->started = pthread_mutex_init(&h->mu, NULL) == 0;
    if (h->started && pthread_cond_init(&h->cv, NULL) != 0) {
        pthread_mutex_destroy(&h->mu);
        h->started = false;
    }
    if (h->started && pthread_create(&h->thread, NULL, helper_main, h) != 0) {
        pthread_cond_destroy(&h->cv);
        pthread_mutex_destroy(&h->mu);
        h->started = false;
    }
    if (!h->started) {
        if (h->opt->background) h->opt->background(h->opt->background_ctx);
        if (pass1_done) check_keys(h);
    }
}

/* Tells the helper that the first pass is over (also on the way out after
 * an error, so it never waits for nothing). */
static void helper_pass1_done(Helper *h)
{
    if (!h->started) {
        if (!h->keys_checked) check_keys(h);
        return;
    }
    pthread_mutex_lock(&h->mu);
    h->pass1_done = true;
    pthread_cond_signal(&h->cv);
    pthread_mutex_unlock(&h->mu);
}

/* Waits for the helper; false when it found a duplicate input key. */
static bool helper_join(Helper *h)
{
    helper_pass1_done(h);
    if (h->started) {
        pthread_join(h->thread, NULL);
        pthread_cond_destroy(&h->cv);
        pthread_mutex_destroy(&h->mu);
    }
    h->started = false;
    return h->key_ok;
}

/* ---- rows on several threads ------------------------------------------------------ */

/* Where rows do not depend on each other (every row of a run without
 * budgets; pass 2 of a budget run, which only replays recorded rules), they
 * are decided and formatted on several threads: the rows are cut into
 * blocks of PAR_BLOCK_ROWS in input order, block b goes to worker b % nw,
 * worker 0 is the evaluation thread itself and writes its blocks straight
 * to the output, the others format theirs into memory writers and hand
 * them over in a ring of PAR_SLOTS slots each; the evaluation thread
 * appends the blocks in order, so the output is byte for byte the one
 * thread's.  Each worker has its own Eval (memo slots, scratch arena,
 * field indexes) and, deciding, its own outcome counts, added up at the
 * end; the policy, the datasets and the ledgers are only read.  The first
 * runtime error in input order wins: a worker stops at its error and the
 * evaluation thread reports it when it reaches that block, unless an
 * earlier block failed first.  One mutex and condition variable guard the
 * slots. */

/* Rows per block: big enough that handing a block over costs nothing, small
 * enough that the blocks in flight take little memory. */
#define PAR_BLOCK_ROWS 8192
/* Blocks a worker may finish ahead of the evaluation thread's writing. */
#define PAR_SLOTS 4

/* What is done with each row. */
typedef enum ParMode {
    PAR_DECIDE,   /* decide it (no budgets), count the outcomes, write the columns */
    PAR_REPLAY    /* replay its recorded rules (pass 2), write the columns */
} ParMode;

/* A block a worker finished, waiting for the evaluation thread. */
typedef struct ParSlot {
    bool ready;              /* filled, not yet written */
    char *text;              /* its output rows (xmalloc'ed) */
    size_t len;              /* bytes of 'text' */
    size_t rows;             /* rows in 'text' */
    bool failed;             /* a runtime error stopped the block */
    EvalError err;           /* that error */
} ParSlot;

typedef struct Par Par;

typedef struct ParWorker {
    Par *par;                /* the run */
    uint32_t index;          /* 0: the evaluation thread */
    pthread_t thread;        /* index > 0: its thread */
    bool started;            /* 'thread' was created */
    Eval *e;                 /* its evaluator (worker 0: the run's) */
    Value *vals;             /* its output values of one row */
    Writer *mem;             /* index > 0: formats its blocks */
    RunDecisionStats *stats; /* PAR_DECIDE: its outcome counts */
    ParSlot slots[PAR_SLOTS]; /* block b sits in slots[(b / nw) % PAR_SLOTS] */
} ParWorker;

struct Par {
    const Policy *p;         /* the policy */
    ParMode mode;            /* what is done with a row */
    const uint16_t *rules;   /* PAR_REPLAY: the deciding rules by input row */
    size_t n;                /* rows */
    size_t block;            /* rows per block */
    size_t nblocks;          /* blocks */
    uint32_t nw;             /* workers */
    ParWorker *w;            /* the workers */
    pthread_mutex_t mu;      /* guards every slot and 'stop' */
    pthread_cond_t cv;       /* signalled on every change */
    bool stop;               /* the evaluation thread is done (or failed) */
};

/* Decides or replays row 'row' with 'e' and writes its columns with 'out'.
 * False on a runtime error (eval_error(e) tells). */
static bool par_row(const Par *par, Eval *e, Value *vals, RunDecisionStats *stats, size_t row, Writer *out)
{
    const Policy *p = par->p;
    eval_set_row(e, row);
    for (uint32_t d = 0; d < p->n_decisions; d++) {
        Value v;
        if (par->mode == PAR_DECIDE) {
            if (!eval_decision(e, d, &v)) return false;
            stats_add(p, stats, d, v);
        } else {
            int32_t r = par->rules[row * p->n_decisions + d];
            if (r == UINT16_MAX) r = -1;
            if (!eval_replay_decision(e, d, r, &v)) return false;
        }
    }
    if (!columns(e, p, vals)) return false;
    writer_row(out, vals);
    return true;
}

/* The rows of block 'b'. */
static void block_rows(const Par *par, size_t b, size_t *from, size_t *to)
{
    *from = b * par->block;
    *to = *from + par->block < par->n ? *from + par->block : par->n;
}

/* A worker other than the evaluation thread: its blocks, into its slots. */
static void *par_main(void *arg)
{
    ParWorker *w = arg;
    Par *par = w->par;
    for (size_t b = w->index; b < par->nblocks; b += par->nw) {
        ParSlot *slot = &w->slots[(b / par->nw) % PAR_SLOTS];
        pthread_mutex_lock(&par->mu);
        while (slot->ready && !par->stop) pthread_cond_wait(&par->cv, &par->mu);
        bool stop = par->stop;
        pthread_mutex_unlock(&par->mu);
        if (stop) break;
        size_t from, to;
        block_rows(par, b, &from, &to);
        bool ok = true;
        for (size_t row = from; row < to && ok; row++) ok = par_row(par, w->e, w->vals, w->stats, row, w->mem);
        size_t len, rows;
        char *text = writer_take(w->mem, &len, &rows);
        pthread_mutex_lock(&par->mu);
        slot->text = text;
        slot->len = len;
        slot->rows = rows;
        slot->failed = !ok;
        if (!ok) slot->err = *eval_error(w->e);
        slot->ready = true;
        pthread_cond_broadcast(&par->cv);
        pthread_mutex_unlock(&par->mu);
        if (!ok) break;
    }
    return NULL;
}

/* Number of workers for 'n' rows: run_threads, and no more than there are
 * blocks. */
static uint32_t par_threads(const RunOptions *opt, size_t n, size_t block)
{
    size_t cpus = run_threads(opt);
    size_t blocks = (n + block - 1) / block;
    return (uint32_t)((size_t)cpus < blocks ? (size_t)cpus : blocks ? blocks : 1);
}

/* Does 'mode' to the 'n' input rows on par_threads workers, worker 0 being
 * this thread with 'e', 'vals' and res->stats, writing to 'out' in input
 * order.  Returns false after a runtime error (in res->error). */
static bool par_rows(const Policy *p, const RunOptions *opt, ParMode mode, const uint16_t *rules, size_t n,
                     Eval *e, Value *vals, Writer *out, const WriterColumn *wcols, RunResult *res, Progress *pg,
                     uint64_t pg_base)
{
    Par par = {0};
    par.p = p;
    par.mode = mode;
    par.rules = rules;
    par.n = n;
    par.block = opt->block_rows ? opt->block_rows : PAR_BLOCK_ROWS;
    par.nblocks = (n + par.block - 1) / par.block;
    par.nw = par_threads(opt, n, par.block);
    par.w = xcalloc(par.nw, sizeof *par.w);
    bool sync = par.nw > 1 && pthread_mutex_init(&par.mu, NULL) == 0;
    if (sync && pthread_cond_init(&par.cv, NULL) != 0) {
        pthread_mutex_destroy(&par.mu);
        sync = false;
    }
    if (!sync) par.nw = 1;
    par.w[0].par = &par;
    par.w[0].e = e;
    par.w[0].vals = vals;
    par.w[0].stats = res->stats;
    pthread_attr_t attr;
    bool attr_ok = par.nw > 1 && pthread_attr_init(&attr) == 0;
    if (attr_ok) pthread_attr_setstacksize(&attr, GRIP_EVAL_STACK);
    for (uint32_t k = 1; k < par.nw; k++) {
        ParWorker *w = &par.w[k];
        w->par = &par;
        w->index = k;
        w->e = eval_new(p, NULL);
        w->vals = xcalloc(p->n_columns, sizeof *w->vals);
        w->mem = writer_open_memory(opt->format, wcols, p->n_columns);
        if (mode == PAR_DECIDE) {
            w->stats = xcalloc(res->n_stats ? res->n_stats : 1, sizeof *w->stats);
            for (uint32_t d = 0; d < res->n_stats; d++) {
                RunDecisionStats *s = &w->stats[d];
                *s = res->stats[d];
                uint32_t m = s->n ? s->n : 1;
                s->counts = xcalloc(m, sizeof *s->counts);
                s->totals = xcalloc(m, sizeof *s->totals);
                for (uint32_t c = 0; c < s->n; c++) s->totals[c] = dec_from_cents(0);
                s->total = dec_from_cents(0);
            }
        }
        w->started = attr_ok && pthread_create(&w->thread, &attr, par_main, w) == 0;
    }
    if (attr_ok) pthread_attr_destroy(&attr);
    /* a worker whose thread could not start leaves its blocks to this one */
    bool ok = true;
    for (size_t b = 0; b < par.nblocks && ok; b++) {
        ParWorker *w = &par.w[b % par.nw];
        size_t from, to;
        block_rows(&par, b, &from, &to);
        if (w->index == 0 || !w->started) {
            for (size_t row = from; row < to && ok; row++) ok = par_row(&par, e, vals, res->stats, row, out);
            if (!ok) runtime_error(res, e);
        } else {
            ParSlot *slot = &w->slots[(b / par.nw) % PAR_SLOTS];
            pthread_mutex_lock(&par.mu);
            while (!slot->ready) pthread_cond_wait(&par.cv, &par.mu);
            pthread_mutex_unlock(&par.mu);
            if (slot->failed) {
                res->error = slot->err;
                res->status = RUN_RUNTIME;
                ok = false;
            } else {
                writer_append(out, slot->text, slot->len, slot->rows);
            }
            xfree(slot->text);
            slot->text = NULL;
            pthread_mutex_lock(&par.mu);
            slot->ready = false;
            pthread_cond_broadcast(&par.cv);
            pthread_mutex_unlock(&par.mu);
        }
        if (pg) progress_update(pg, pg_base + to);
    }
    if (par.nw > 1) {
        pthread_mutex_lock(&par.mu);
        par.stop = true;
        pthread_cond_broadcast(&par.cv);
        pthread_mutex_unlock(&par.mu);
    }
    for (uint32_t k = 1; k < par.nw; k++) {
        ParWorker *w = &par.w[k];
        if (w->started) pthread_join(w->thread, NULL);
        for (int j = 0; j < PAR_SLOTS; j++) xfree(w->slots[j].text);
        for (uint32_t d = 0; w->stats && d < res->n_stats; d++) {
            RunDecisionStats *s = &w->stats[d], *into = &res->stats[d];
            for (uint32_t c = 0; c < s->n; c++) {
                into->counts[c] += s->counts[c];
                if (into->has_total[c]) dec_add(&into->totals[c], into->totals[c], s->totals[c]);
            }
            if (s->money) dec_add(&into->total, into->total, s->total);
            xfree(s->counts);
            xfree(s->totals);
        }
        xfree(w->stats);
        writer_abort(w->mem);
        xfree(w->vals);
        eval_free(w->e);
    }
    if (par.nw > 1) {
        pthread_cond_destroy(&par.cv);
        pthread_mutex_destroy(&par.mu);
    }
    xfree(par.w);
    return ok;
}

/* Opens the results file opt->out (hashed when opt->hash_outputs). */
static Writer *open_results(const RunOptions *opt, const WriterColumn *cols, size_t ncols, char *err,
                            size_t errcap)
{
    if (opt->hash_outputs) return writer_open_hashed(opt->out, opt->format, cols, ncols, err, errcap);
    return writer_open(opt->out, opt->format, cols, ncols, err, errcap);
}

static RunStatus run_body(Policy *p, const RunOptions *opt, RunResult *res)
{
    res->status = RUN_OK;
    if (p->input < 0) return fail(res, RUN_USAGE, "the policy declares no input to decide");
    if (opt->out && p->n_columns == 0) return fail(res, RUN_USAGE, "the policy has nothing to write: no output columns");
    if (bind(p, opt, res, true) != RUN_OK) return res->status;
    Date lo, hi;
    bool range = date_range(p, &lo, &hi);
    policy_fold_params(p, range, lo, hi);
    stats_init(p, res);

    const Dataset *in = p->datasets[p->input].data;
    size_t n = dataset_rows(in);
    bool budgets = p->n_budgets > 0;
    Ledgers ls = {0};
    if (budgets) {
        uint32_t *nk = xcalloc(p->n_budgets, sizeof *nk);
        for (uint32_t b = 0; b < p->n_budgets; b++) nk[b] = p->budgets[b].n_per;
        ledgers_init(&ls, p->n_budgets, nk);
        xfree(nk);
        for (uint32_t b = 0; b < ls.n; b++) ls.items[b].trace = opt->ledger_trace;
    }
    Eval *e = eval_new(p, budgets ? &ls : NULL);
    WriterColumn *wcols = xcalloc(p->n_columns ? p->n_columns : 1, sizeof *wcols);
    for (uint32_t c = 0; c < p->n_columns; c++) wcols[c] = (WriterColumn){p->columns[c].name, p->columns[c].format};
    Value *vals = xcalloc(p->n_columns ? p->n_columns : 1, sizeof *vals);
    /* the on_row hook's view of a row: its decisions' values and rules */
    Value *dvals = xcalloc(p->n_decisions ? p->n_decisions : 1, sizeof *dvals);
    int32_t *drules = xcalloc(p->n_decisions ? p->n_decisions : 1, sizeof *drules);
    uint64_t decided = 0;
    uint32_t *order = NULL; /* date order: position -> row */
    Dataset *view = NULL;
    uint16_t *rules = NULL;
    Value **kept = NULL;
    Arena keep_arena;
    arena_init(&keep_arena);
    Writer *w = NULL, *lw = NULL;
    Progress pg;
    char err[512];
    progress_start(&pg, "deciding", (uint64_t)n * (budgets ? 2 : 1));
    if (!opt->progress) pg.enabled = false;
    /* a visitor (grip report) sees each row in pass 1, unless budgets make
     * pass 2 replay the decisions in input order: then it visits there */
    bool visit_first = opt->visit != NULL;
    /* rows go over several threads only when no hook wants them one by
     * one, in order, on this thread */
    bool hooks = opt->decided || opt->visit || opt->keep_row || opt->on_row;
    Helper helper = {0};
    helper.p = p;
    helper.opt = opt;
    helper.res = res;
    helper_start(&helper, !budgets);

    /* without budgets rows are decided in input order and stream into the
     * writer; with budgets pass 1 goes in date order and pass 2 writes */
    if (!budgets) {
        if (opt->out) {
            w = open_results(opt, wcols, p->n_columns, err, sizeof err);
            if (!w) {
                fail(res, RUN_IO, "%s", err);
                goto done;
            }
        }
    } else {
        DayStarts days;
        order = date_order(p, &days);
        if (identity(order, n)) {
            xfree(order);
            order = NULL;
        }
        bool many_rules = false; /* rule numbers are kept in 16 bits */
        for (uint32_t d = 0; d < p->n_decisions; d++) many_rules |= p->decisions[d].n_rules >= UINT16_MAX;
        /* a visitor sees the decisions in pass 1 when pass 2 cannot replay
         * them; it may read any field of the date-ordered view */
        visit_first = opt->visit && (p->results_read_ledgers || many_rules);
        if (order) {
            /* the first pass reads the view; the second needs only what its
             * results and columns read: with opt->release_input (and no hook
             * that might read more) the rest of the input goes, each column
             * as soon as the view has it */
            uint8_t *release = NULL;
            Dataset *data = p->datasets[p->input].data;
            if (opt->release_input && !hooks && p->replay_fields && !input_read_as_table(p)) {
                release = xcalloc(dataset_schema(data)->n + 1, 1);
                for (size_t f = 0; f < dataset_schema(data)->n; f++) {
                    release[f] = !p->replay_fields[f];
                    if (release[f] && (!p->sim_fields || !p->sim_fields[f])) dataset_release_column(data, f);
                }
            }
            view = date_view(p, order, &days, release, visit_first);
            xfree(release);
        }
        xfree(days.first);
        if ((p->results_read_ledgers || many_rules) && opt->out) kept = xcalloc(n ? n : 1, sizeof *kept);
        else if (opt->out || (opt->visit && !visit_first))
            rules = xmalloc((n ? n : 1) * (p->n_decisions ? p->n_decisions : 1) * sizeof *rules);
    }

    /* without budgets the rows are independent: decided and written on
     * several threads, unless a hook wants them one by one */
    if (!budgets && w && !hooks) {
        if (!par_rows(p, opt, PAR_DECIDE, NULL, n, e, vals, w, wcols, res, &pg, 0)) goto done;
        res->rows = n;
        goto written;
    }

    /* pass 1 */
    eval_set_view(e, view, order);
    for (size_t i = 0; i < n; i++) {
        size_t row = order ? order[i] : i;
        if (opt->keep_row && !opt->keep_row(opt->hook_ctx, p, row)) continue;
        decided++;
        /* the row's rules are stored at its input row, a random place */
        if (rules && order && i + PREFETCH_AHEAD < n) PREFETCH(&rules[order[i + PREFETCH_AHEAD] * p->n_decisions], 1);
        eval_set_row(e, i);
        for (uint32_t d = 0; d < p->n_decisions; d++) {
            Value v;
            if (!eval_decision(e, d, &v)) {
                runtime_error(res, e);
                goto done;
            }
            stats_add(p, res->stats, d, v);
            int32_t r = eval_deciding_rule(e, d);
            if (opt->decided) opt->decided[d][r + 1]++;
            if (rules) rules[row * p->n_decisions + d] = (uint16_t)r;
            dvals[d] = v;
            drules[d] = r;
        }
        if (opt->on_row) {
            RunRow rr = {row, dvals, drules};
            opt->on_row(opt->hook_ctx, &rr);
        }
        /* the columns see the ledgers as the row's decisions did: before
         * its own charges */
        if (visit_first && !opt->visit(opt->visit_ctx, e, row)) {
            runtime_error(res, e);
            goto done;
        }
        if (opt->out && (!budgets || kept)) {
            if (!columns(e, p, vals)) {
                runtime_error(res, e);
                goto done;
            }
            if (w) {
                writer_row(w, vals);
            } else {
                kept[row] = arena_alloc(&keep_arena, sizeof *vals * p->n_columns);
                for (uint32_t c = 0; c < p->n_columns; c++) kept[row][c] = keep(&keep_arena, vals[c]);
            }
        }
        if (budgets && !eval_book_charges(e)) {
            runtime_error(res, e);
            goto done;
        }
        if ((i & 0xFFFF) == 0) progress_update(&pg, i);
    }
    res->rows = decided;

    if (budgets) {
        /* the date order's memory goes before the helper may index the
         * input's key (helper_pass1_done) */
        eval_set_view(e, NULL, NULL);
        free_view(view);
        view = NULL;
        xfree(order);
        order = NULL;
        helper_pass1_done(&helper);
        if (!settle(p, &ls, e, res)) {
            runtime_error(res, e);
            goto done;
        }
        if (opt->on_ledgers) opt->on_ledgers(opt->hook_ctx, &ls);
    }
    if (budgets && (opt->out || (opt->visit && !visit_first))) {
        /* pass 2: the results (and a visitor's rows) in input order */
        if (opt->out && !(w = open_results(opt, wcols, p->n_columns, err, sizeof err))) {
            fail(res, RUN_IO, "%s", err);
            goto done;
        }
        if (w && !kept && !hooks) { /* replayed on several threads */
            if (!par_rows(p, opt, PAR_REPLAY, rules, n, e, vals, w, wcols, res, &pg, n)) goto done;
        } else {
            for (size_t row = 0; row < n; row++) {
                if (opt->keep_row && !opt->keep_row(opt->hook_ctx, p, row)) continue;
                if (kept) {
                    writer_row(w, kept[row]);
                    continue;
                }
                eval_set_row(e, row);
                for (uint32_t d = 0; d < p->n_decisions; d++) {
                    Value v;
                    int32_t r = rules[row * p->n_decisions + d];
                    if (r == UINT16_MAX) r = -1;
                    if (!eval_replay_decision(e, d, r, &v)) {
                        runtime_error(res, e);
                        goto done;
                    }
                }
                if (opt->visit && !visit_first && !opt->visit(opt->visit_ctx, e, row)) {
                    runtime_error(res, e);
                    goto done;
                }
                if (!w) continue;
                if (!columns(e, p, vals)) {
                    runtime_error(res, e);
                    goto done;
                }
                writer_row(w, vals);
                if ((row & 0xFFFF) == 0) progress_update(&pg, n + row);
            }
        }
    }
    if (budgets && opt->ledger_out && !(lw = write_ledgers(p, &ls, opt, res))) goto done;
written:
    if (!helper_join(&helper)) {
        res->status = RUN_DATA;
        goto done;
    }
    bool committed = !w || writer_commit_hashed(w, res->out_sha256, err, sizeof err);
    w = NULL;
    if (!committed) {
        fail(res, RUN_IO, "%s", err);
        goto done;
    }
    if (lw) {
        committed = writer_commit_hashed(lw, res->ledger_sha256, err, sizeof err);
        lw = NULL;
        if (!committed) {
            /* whole or not at all: take the results back too */
            if (opt->out && strcmp(opt->out, "-") != 0) remove(opt->out);
            fail(res, RUN_IO, "%s", err);
            goto done;
        }
    }

done:
    if (!helper_join(&helper) && res->status == RUN_OK) res->status = RUN_DATA;
    progress_finish(&pg);
    if (w) writer_abort(w);
    if (lw) writer_abort(lw);
    xfree(order);
    free_view(view);
    xfree(rules);
    xfree(kept);
    arena_free(&keep_arena);
    xfree(vals);
    xfree(dvals);
    xfree(drules);
    xfree(wcols);
    eval_free(e);
    if (budgets) ledgers_free(&ls);
    return res->status;
}

RunStatus run_bind(Policy *p, const RunOptions *opt, RunResult *res)
{
    res->status = RUN_OK;
    return bind(p, opt, res, false);
}

/* run_body's arguments on the evaluation thread. */
typedef struct RunJob {
    Policy *p;
    const RunOptions *opt;
    RunResult *res;
} RunJob;

static void *run_thread(void *arg)
{
    RunJob *j = arg;
    run_body(j->p, j->opt, j->res);
    return NULL;
}

RunStatus run_policy(Policy *p, const RunOptions *opt, RunResult *res)
{
    /* the evaluator recurses up to GRIP_MAX_EVAL_DEPTH levels: give it a
     * stack that holds them (reserved, not touched, until used) */
    RunJob job = {p, opt, res};
    pthread_attr_t attr;
    pthread_t thread;
    bool started = false;
    if (pthread_attr_init(&attr) == 0) {
        if (pthread_attr_setstacksize(&attr, GRIP_EVAL_STACK) == 0)
            started = pthread_create(&thread, &attr, run_thread, &job) == 0;
        pthread_attr_destroy(&attr);
    }
    if (started) pthread_join(thread, NULL);
    else run_body(p, opt, res);
    return res->status;
}

