/* SPDX-License-Identifier: MIT
 * compare.c - several policies on one dataset (compare.h): the check that
 * they read the same rows, the runs with their hooks, the aggregates, and
 * the tables and the page.
 *
 * Each policy runs through run_policy with three hooks (run.h): keep_row
 * for --own, on_row to fill the policy's cells (one CompareCell per input
 * row), on_ledgers to keep every ledger account that ran out with its
 * remainder per day (from the ledgers' booking trace).  The cells are all
 * that is kept of a row: 24 bytes per policy, so 11 policies on a million
 * rows take about 260 MB.
 */
#include "compare.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "charts.h"
#include "format.h"
#include "html.h"
#include "outfile.h"

/* ---- numbers for people ----------------------------------------------------------- */

char *compare_count_nl(char *buf, size_t cap, uint64_t n)
{
    char digits[32];
    int len = snprintf(digits, sizeof digits, "%" PRIu64, n);
    size_t o = 0;
    for (int k = 0; k < len; k++) {
        if (k && (len - k) % 3 == 0) {
            if (o + 1 >= cap) break;
            buf[o++] = '.';
        }
        if (o + 1 >= cap) break;
        buf[o++] = digits[k];
    }
    if (cap) buf[o < cap ? o : cap - 1] = '\0';
    return buf;
}

char *compare_share(char *buf, size_t cap, uint64_t part, uint64_t whole, bool dutch)
{
    if (!whole) {
        snprintf(buf, cap, "%s", dutch ? "–" : "");
        return buf;
    }
    i128 t = ((i128)part * 2000 + whole) / ((i128)whole * 2); /* tenths of a percent, half up */
    snprintf(buf, cap, "%" PRIu64 "%c%" PRIu64 "%%", (uint64_t)(t / 10), dutch ? ',' : '.', (uint64_t)(t % 10));
    return buf;
}

char *compare_money(char *buf, size_t cap, i128 cents, bool dutch)
{
    Dec d = {cents, 2};
    dec_format(buf, cap, d, dutch ? DEC_STYLE_MONEY_NL : DEC_STYLE_PLAIN, 2);
    return buf;
}

/* ---- set-up ------------------------------------------------------------------------- */

/* The file name of 'path' without folders and without ".grip". */
static char *base_name(const char *path)
{
    const char *b = strrchr(path, '/');
    b = b ? b + 1 : path;
    size_t len = strlen(b);
    if (len > 5 && strcmp(b + len - 5, ".grip") == 0) len -= 5;
    return xstrndup(b, len);
}

/* 'Hardinxveld-Giessendam' -> "hardinxveld_giessendam": ASCII lowercased,
 * ' ', '-' and '.' as '_' (what --own matches). */
static char *normalise(const char *s, size_t len)
{
    char *o = xstrndup(s, len);
    for (size_t k = 0; k < len; k++) {
        char c = o[k];
        if (c >= 'A' && c <= 'Z') o[k] = (char)(c - 'A' + 'a');
        else if (c == ' ' || c == '-' || c == '.') o[k] = '_';
    }
    return o;
}

static const char *const bool_names[] = {"false", "true"};

/* The index of the first money field of case 'tag''s payload, or -1. */
static int32_t amount_field(const PolicyDecision *dec, uint32_t tag)
{
    const FormatType *f = dec->format;
    if (!f || f->shape != FORMAT_VARIANT || !f->parts || !f->names || tag >= f->names->n) return -1;
    const FormatType *payload = f->parts[tag];
    if (!payload || !payload->parts || !payload->names) return -1;
    for (uint32_t k = 0; k < payload->names->n; k++) {
        const FormatType *ft = payload->parts[k];
        if (ft && ft->shape == FORMAT_SCALAR && ft->type == FT_MONEY) return (int32_t)k;
    }
    return -1;
}

void compare_init(Compare *c, Policy *const *ps, const char *const *paths, const char *const *labels, size_t n,
                  const char *own)
{
    memset(c, 0, sizeof *c);
    c->pols = xcalloc(n ? n : 1, sizeof *c->pols);
    c->n = n;
    c->own = own;
    c->failed = -1;
    intern_init(&c->texts);
    for (size_t k = 0; k < n; k++) {
        ComparePolicy *cp = &c->pols[k];
        cp->policy = ps[k];
        cp->path = paths[k];
        cp->cmp = c;
        cp->own_field = -1;
        char *base = base_name(paths[k]);
        cp->labelled = labels && labels[k];
        cp->match = cp->labelled ? normalise(labels[k], strlen(labels[k])) : normalise(base, strlen(base));
        cp->name = xstrdup(cp->labelled ? labels[k] : base);
        /* the file stem: the label when it makes a plain file name, else
         * the file's; unique among the earlier ones */
        if (cp->labelled && labels[k][0] && labels[k][0] != '.' &&
            strspn(labels[k], "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-") == strlen(labels[k])) {
            xfree(base);
            base = xstrdup(labels[k]);
        }
        cp->stem = xstrdup(base);
        for (int suffix = 2;; suffix++) {
            bool taken = false;
            for (size_t j = 0; j < k && !taken; j++) taken = strcmp(c->pols[j].stem, cp->stem) == 0;
            if (!taken) break;
            xfree(cp->stem);
            size_t len = strlen(base) + 16;
            cp->stem = xmalloc(len);
            snprintf(cp->stem, len, "%s-%d", base, suffix);
        }
        xfree(base);
    }
    /* two unlabelled policies with one name are told apart by their paths */
    for (size_t k = 0; k < n; k++) {
        for (size_t j = 0; j < n; j++) {
            if (j == k || strcmp(c->pols[j].name, c->pols[k].name) != 0) continue;
            for (size_t i = 0; i < n; i++) {
                if (c->pols[i].labelled || strcmp(c->pols[i].name, c->pols[k].name) != 0 || i == k) continue;
                xfree(c->pols[i].name);
                c->pols[i].name = xstrdup(c->pols[i].path);
            }
            if (!c->pols[k].labelled) {
                xfree(c->pols[k].name);
                c->pols[k].name = xstrdup(c->pols[k].path);
            }
            break;
        }
    }
    if (n == 0) return;
    const Policy *p = ps[0];
    if (p->input >= 0) c->input = p->datasets[p->input].name;
    if (p->n_decisions == 0) return;
    const PolicyDecision *dec = &p->decisions[0];
    c->decision = dec->name;
    const FormatType *f = dec->format;
    if (dec->variant >= 0) {
        const PolicyVariant *v = p->variants[dec->variant];
        c->outcomes = v->cases.members;
        c->n_outcomes = v->cases.n;
        for (uint32_t t = 0; t < c->n_outcomes; t++)
            if (amount_field(dec, t) >= 0) c->amounts = true;
    } else if (f && f->shape == FORMAT_SCALAR && f->type == FT_ENUM && f->names) {
        c->outcomes = f->names->members;
        c->n_outcomes = f->names->n;
    } else if (f && f->shape == FORMAT_SCALAR && f->type == FT_BOOL) {
        c->outcomes = bool_names;
        c->n_outcomes = 2;
    } else {
        c->amounts = dec->money;
    }
}

void compare_free(Compare *c)
{
    for (size_t k = 0; k < c->n; k++) {
        ComparePolicy *cp = &c->pols[k];
        xfree(cp->name);
        xfree(cp->stem);
        xfree(cp->match);
        xfree(cp->own);
        xfree(cp->counts);
        xfree(cp->budget_keys);
        xfree(cp->budget_ran_out);
        for (size_t j = 0; j < cp->n_ran_out; j++) {
            xfree(cp->ran_out[j].key);
            xfree(cp->ran_out[j].steps);
        }
        xfree(cp->ran_out);
        xfree(cp->cells);
    }
    xfree(c->pols);
    xfree(c->differ);
    intern_free(&c->texts);
    memset(c, 0, sizeof *c);
}

/* ---- do the policies read the same rows? ----------------------------------------------- */

static const char *type_name(const FieldSchema *f)
{
    switch (f->type) {
    case FT_BOOL: return "bool";
    case FT_INT: return "int";
    case FT_DECIMAL: return "decimal";
    case FT_MONEY: return "money";
    case FT_PERCENT: return "percent";
    case FT_DATE: return "date";
    case FT_DURATION: return "duration";
    case FT_TEXT: return "text";
    case FT_ENUM: return f->enum_info && f->enum_info->name ? f->enum_info->name : "enum";
    }
    return "?";
}

static const FieldSchema *find_field(const Schema *s, const char *name)
{
    for (size_t k = 0; k < s->n; k++)
        if (strcmp(s->fields[k].name, name) == 0) return &s->fields[k];
    return NULL;
}

static bool mismatch(CompareMismatch *m, size_t k, Span span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5)))
#endif
    ;

static bool mismatch(CompareMismatch *m, size_t k, Span span, const char *fmt, ...)
{
    va_list ap;
    m->policy = k;
    m->span = span;
    va_start(ap, fmt);
    vsnprintf(m->msg, sizeof m->msg, fmt, ap);
    va_end(ap);
    return false;
}

/* The first member of 'a' that 'b' lacks, or NULL. */
static const char *missing_member(const EnumInfo *a, const EnumInfo *b)
{
    for (uint32_t i = 0; i < a->n; i++) {
        uint32_t j = 0;
        while (j < b->n && strcmp(a->members[i], b->members[j]) != 0) j++;
        if (j == b->n) return a->members[i];
    }
    return NULL;
}

/* Compares two member lists; false with the difference in 'm'. */
static bool same_members(CompareMismatch *m, size_t k, Span span, const char *what, const EnumInfo *here,
                         const EnumInfo *there, const char *first)
{
    const char *x;
    if ((x = missing_member(here, there)))
        return mismatch(m, k, span, "%s has '%s', which '%s' does not have", what, x, first);
    if ((x = missing_member(there, here)))
        return mismatch(m, k, span, "%s lacks '%s', which '%s' has", what, x, first);
    for (uint32_t i = 0; i < here->n; i++)
        if (strcmp(here->members[i], there->members[i]) != 0)
            return mismatch(m, k, span, "%s lists its members in another order than '%s'", what, first);
    return true;
}

bool compare_check(const Compare *c, CompareMismatch *m)
{
    if (c->n == 0) return true;
    const Policy *p0 = c->pols[0].policy;
    const char *first = c->pols[0].path;
    for (size_t k = 0; k < c->n; k++) {
        const Policy *p = c->pols[k].policy;
        if (p->input < 0) return mismatch(m, k, SPAN_NONE, "the policy declares no input to decide");
        if (k == 0) continue;
        const PolicyDataset *a = &p0->datasets[p0->input], *b = &p->datasets[p->input];
        if (strcmp(a->name, b->name) != 0)
            return mismatch(m, k, b->span, "the input is '%s' here but '%s' in '%s'", b->name, a->name, first);
        for (size_t f = 0; f < a->schema.n; f++) {
            const FieldSchema *fa = &a->schema.fields[f], *fb = find_field(&b->schema, fa->name);
            if (!fb)
                return mismatch(m, k, b->span, "input '%s' has no field '%s' (%s in '%s')", b->name, fa->name,
                                type_name(fa), first);
            if (fa->type != fb->type || (fa->type == FT_ENUM && strcmp(type_name(fa), type_name(fb)) != 0))
                return mismatch(m, k, b->span, "field '%s' of input '%s' is %s here but %s in '%s'", fa->name,
                                b->name, type_name(fb), type_name(fa), first);
            if (fa->type == FT_ENUM && fa->enum_info && fb->enum_info) {
                char what[256];
                snprintf(what, sizeof what, "enum %s (field '%s' of input '%s')", type_name(fb), fb->name, b->name);
                if (!same_members(m, k, b->span, what, fb->enum_info, fa->enum_info, first)) return false;
            }
            if (fa->key != fb->key)
                return mismatch(m, k, b->span, "field '%s' of input '%s' is %spart of the key here but %sin '%s'",
                                fa->name, b->name, fb->key ? "" : "not ", fa->key ? "" : "not ", first);
        }
        for (size_t f = 0; f < b->schema.n; f++)
            if (!find_field(&a->schema, b->schema.fields[f].name))
                return mismatch(m, k, b->span, "input '%s' has a field '%s' that '%s' does not declare", b->name,
                                b->schema.fields[f].name, first);
        /* the first decision: the outcomes the table has columns for */
        if ((p0->n_decisions == 0) != (p->n_decisions == 0))
            return mismatch(m, k, p->n_decisions ? p->decisions[0].span : b->span, "the policy %s a decision but '%s' %s",
                            p->n_decisions ? "has" : "has no", first, p0->n_decisions ? "has" : "has none");
        if (p->n_decisions == 0) continue;
        const PolicyDecision *da = &p0->decisions[0], *db = &p->decisions[0];
        if (strcmp(da->name, db->name) != 0)
            return mismatch(m, k, db->span, "the first decision is '%s' here but '%s' in '%s'", db->name, da->name,
                            first);
        char what[256];
        snprintf(what, sizeof what, "decision '%s'", db->name);
        if ((da->variant >= 0) != (db->variant >= 0))
            return mismatch(m, k, db->span, "decision '%s' is %sa variant here but %sin '%s'", db->name,
                            db->variant >= 0 ? "" : "not ", da->variant >= 0 ? "" : "not ", first);
        if (da->variant >= 0) {
            if (!same_members(m, k, db->span, what, &p->variants[db->variant]->cases, &p0->variants[da->variant]->cases,
                              first))
                return false;
            continue;
        }
        const FormatType *fa = da->format, *fb = db->format;
        bool ea = fa && fa->shape == FORMAT_SCALAR && fa->type == FT_ENUM && fa->names;
        bool eb = fb && fb->shape == FORMAT_SCALAR && fb->type == FT_ENUM && fb->names;
        if (ea != eb || (!ea && fa && fb && (fa->shape != fb->shape || fa->type != fb->type)))
            return mismatch(m, k, db->span, "decision '%s' has another type here than in '%s'", db->name, first);
        if (ea && !same_members(m, k, db->span, what, fb->names, fa->names, first)) return false;
    }
    return true;
}

bool compare_check_own(const Compare *c, const char *name, char *why, size_t cap)
{
    if (c->n == 0) return true;
    const Policy *p = c->pols[0].policy;
    if (p->input < 0) {
        snprintf(why, cap, "the policy declares no input");
        return false;
    }
    const PolicyDataset *in = &p->datasets[p->input];
    const FieldSchema *f = find_field(&in->schema, name);
    if (!f) {
        size_t used = (size_t)snprintf(why, cap, "input '%s' has no field '%s' (it has:", in->name, name);
        for (size_t k = 0; k < in->schema.n && used < cap; k++)
            used += (size_t)snprintf(why + used, cap - used, "%s %s", k ? "," : "", in->schema.fields[k].name);
        if (used < cap) snprintf(why + used, cap - used, ")");
        return false;
    }
    if (f->type != FT_TEXT && f->type != FT_ENUM) {
        snprintf(why, cap, "field '%s' of input '%s' is %s: --own needs a text or enum field", name, in->name,
                 type_name(f));
        return false;
    }
    return true;
}

/* ---- the runs ----------------------------------------------------------------------------- */

/* The plain text of value 'v' of the input's field 'f' (text or enum). */
static const char *field_text(const Schema *s, size_t f, Value v)
{
    if (v.kind == VAL_TEXT) return v.as.text->s;
    if (v.kind == VAL_ENUM && s->fields[f].enum_info && v.tag < s->fields[f].enum_info->n)
        return s->fields[f].enum_info->members[v.tag];
    return "";
}

/* True when the text 's', normalised as normalise() does, equals 'want'
 * (already normalised); no allocation, as it runs once per distinct row. */
static bool names_match(const char *s, const char *want)
{
    for (;; s++, want++) {
        char c = *s;
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        else if (c == ' ' || c == '-' || c == '.') c = '_';
        if (c != *want) return false;
        if (!c) return true;
    }
}

/* With --own: finds whether some row's field names the policy; then the
 * policy decides those rows only (state 1), else every row (state 2). */
static void own_resolve(ComparePolicy *cp, const Dataset *in)
{
    const Schema *s = dataset_schema(in);
    size_t f = (size_t)cp->own_field;
    cp->own_state = 2;
    for (size_t row = 0; row < dataset_rows(in); row++) {
        Value v = dataset_get(in, row, f);
        const char *t = field_text(s, f, v);
        if (!names_match(t, cp->match)) continue;
        cp->own_state = 1;
        cp->own_text = v.kind == VAL_TEXT ? v.as.text : NULL;
        cp->own_tag = v.tag;
        cp->own = xstrdup(t);
        if (!cp->labelled) {
            xfree(cp->name);
            cp->name = xstrdup(t);
        }
        break;
    }
}

static bool hook_keep(void *ctx, const Policy *p, size_t row)
{
    ComparePolicy *cp = ctx;
    if (cp->own_field < 0) return true;
    const Dataset *in = p->datasets[p->input].data;
    if (cp->own_state == 0) own_resolve(cp, in);
    if (cp->own_state == 2) return true;
    Value v = dataset_get(in, row, (size_t)cp->own_field);
    if (v.kind == VAL_TEXT) return v.as.text == cp->own_text;
    return v.kind == VAL_ENUM && v.tag == cp->own_tag;
}

static void ensure_cells(ComparePolicy *cp)
{
    if (cp->cells) return;
    const Policy *p = cp->policy;
    size_t n = dataset_rows(p->datasets[p->input].data);
    cp->cells = xcalloc(n ? n : 1, sizeof *cp->cells);
    cp->counts = xcalloc(cp->cmp->n_outcomes ? cp->cmp->n_outcomes : 1, sizeof *cp->counts);
}

/* Appends the plain text of 'v' (of type 'type') to 'buf' at '*used'. */
static void append_value(char *buf, size_t cap, size_t *used, Value v, const FormatType *type, const char *sep)
{
    if (*used >= cap) return;
    if (*used) *used += (size_t)snprintf(buf + *used, cap - *used, "%s", sep);
    if (*used >= cap) return;
    *used += format_value(buf + *used, cap - *used, v, type, FORMAT_PLAIN);
}

static void hook_row(void *ctx, const RunRow *r)
{
    ComparePolicy *cp = ctx;
    Compare *c = cp->cmp;
    const Policy *p = cp->policy;
    ensure_cells(cp);
    CompareCell *cell = &cp->cells[r->row];
    cell->decided = 1;
    cp->rows++;
    if (p->n_decisions == 0) return;
    const PolicyDecision *dec = &p->decisions[0];
    Value v = r->values[0];
    cell->rule = r->rules[0];
    char detail[1024];
    size_t used = 0;
    detail[0] = '\0';
    int64_t cents = 0;
    bool amount = false;
    if (v.kind == VAL_VARIANT && dec->variant >= 0) {
        cell->tag = v.tag;
        int32_t af = amount_field(dec, v.tag);
        const FormatType *payload = dec->format && dec->format->parts ? dec->format->parts[v.tag] : NULL;
        for (uint32_t f = 0; f < v.aux; f++) {
            const FormatType *ft =
                payload && payload->parts && payload->names && f < payload->names->n ? payload->parts[f] : NULL;
            if ((int32_t)f == af && v.as.fields[f].kind == VAL_NUM) {
                amount = dec_to_cents(&cents, value_dec(v.as.fields[f]), DEC_ROUND_HALF_AWAY);
                continue;
            }
            append_value(detail, sizeof detail, &used, v.as.fields[f], ft, "; ");
        }
    } else if (v.kind == VAL_ENUM && c->n_outcomes) {
        cell->tag = v.tag;
    } else if (v.kind == VAL_BOOL && c->n_outcomes == 2) {
        cell->tag = v.as.b ? 1 : 0;
    } else if (dec->money && v.kind == VAL_NUM) {
        amount = dec_to_cents(&cents, value_dec(v), DEC_ROUND_HALF_AWAY);
    } else {
        append_value(detail, sizeof detail, &used, v, dec->format, "");
    }
    if (used) {
        if (used >= sizeof detail) used = sizeof detail - 1;
        cell->detail = intern(&c->texts, detail, used);
    }
    if (c->n_outcomes && cell->tag < c->n_outcomes) cp->counts[cell->tag]++;
    if (amount) {
        cell->has_amount = 1;
        cell->cents = cents;
        cp->total += cents;
        cp->with_amount++;
    }
}

static int64_t to_cents(Dec d)
{
    int64_t c = 0;
    if (!dec_to_cents(&c, d, DEC_ROUND_HALF_AWAY)) c = dec_sign(d) < 0 ? INT64_MIN : INT64_MAX;
    return c;
}

static int ran_out_order(const void *x, const void *y)
{
    const CompareRanOut *a = x, *b = y;
    if (a->dated != b->dated) return a->dated ? -1 : 1;
    if (a->dated && a->date.days != b->date.days) return a->date.days < b->date.days ? -1 : 1;
    if (a->budget != b->budget) return a->budget < b->budget ? -1 : 1;
    return strcmp(a->key, b->key);
}

static void hook_ledgers(void *ctx, const Ledgers *ls)
{
    ComparePolicy *cp = ctx;
    const Policy *p = cp->policy;
    cp->budget_keys = xcalloc(ls->n ? ls->n : 1, sizeof *cp->budget_keys);
    cp->budget_ran_out = xcalloc(ls->n ? ls->n : 1, sizeof *cp->budget_ran_out);
    size_t cap = 0;
    for (uint32_t b = 0; b < ls->n; b++) {
        const Ledger *l = &ls->items[b];
        const PolicyBudget *pb = &p->budgets[b];
        cp->budget_keys[b] = l->n;
        /* entry -> its place in ran_out + 1 */
        size_t *at = xcalloc(l->n ? l->n : 1, sizeof *at);
        for (size_t e = 0; e < l->n; e++) {
            const LedgerEntry *le = &l->entries[e];
            if (!le->ran_out) continue;
            cp->budget_ran_out[b]++;
            cp->ran_out = xgrow(cp->ran_out, &cap, cp->n_ran_out + 1, sizeof *cp->ran_out);
            CompareRanOut *ro = &cp->ran_out[cp->n_ran_out++];
            memset(ro, 0, sizeof *ro);
            at[e] = cp->n_ran_out;
            ro->budget = b;
            char key[512];
            size_t used = 0;
            key[0] = '\0';
            for (uint32_t k = 0; k < l->n_key; k++)
                append_value(key, sizeof key, &used, le->key[k], pb->key_format ? pb->key_format[k] : NULL, ", ");
            ro->key = xstrdup(key);
            ro->limit = to_cents(le->limit);
            Dec rem;
            ro->remaining = ledger_remaining(le, &rem) ? to_cents(rem) : 0;
            ro->dated = le->ran_out_dated;
            ro->date = le->ran_out_date;
            ro->grants = le->grants;
            ro->refused = le->refused;
        }
        /* the remainder after each dated booking, one point per day */
        size_t *steps_cap = xcalloc(cp->n_ran_out ? cp->n_ran_out : 1, sizeof *steps_cap);
        for (size_t k = 0; k < l->n_bookings; k++) {
            const LedgerBooking *bk = &l->bookings[k];
            if (bk->entry >= l->n || !at[bk->entry] || !bk->dated) continue;
            CompareRanOut *ro = &cp->ran_out[at[bk->entry] - 1];
            Dec rem;
            int64_t cents = dec_sub(&rem, l->entries[bk->entry].limit, bk->charged) ? to_cents(rem) : 0;
            if (ro->n_steps && ro->steps[ro->n_steps - 1].day == bk->date.days) {
                ro->steps[ro->n_steps - 1].cents = cents;
                continue;
            }
            ro->steps = xgrow(ro->steps, &steps_cap[at[bk->entry] - 1], ro->n_steps + 1, sizeof *ro->steps);
            ro->steps[ro->n_steps++] = (CompareStep){bk->date.days, cents};
        }
        xfree(steps_cap);
        xfree(at);
    }
    if (cp->n_ran_out) qsort(cp->ran_out, cp->n_ran_out, sizeof *cp->ran_out, ran_out_order);
}

RunStatus compare_run(Compare *c, const RunOptions *base, const char *out_dir, RunResult *res)
{
    c->failed = -1;
    for (size_t k = 0; k < base->n_data; k++) {
        bool declared = false;
        for (size_t j = 0; j < c->n && !declared; j++)
            declared = policy_find_dataset(c->pols[j].policy, base->data[k].name) >= 0;
        if (!declared) {
            res->status = RUN_USAGE;
            snprintf(res->message, sizeof res->message, "--data %s: no policy declares an input or table '%s'",
                     base->data[k].name, base->data[k].name);
            return RUN_USAGE;
        }
    }
    RunBinding *bs = xcalloc(base->n_data ? base->n_data : 1, sizeof *bs);
    for (size_t k = 0; k < c->n; k++) {
        ComparePolicy *cp = &c->pols[k];
        Policy *p = cp->policy;
        RunOptions opt = *base;
        size_t m = 0;
        for (size_t j = 0; j < base->n_data; j++)
            if (policy_find_dataset(p, base->data[j].name) >= 0) bs[m++] = base->data[j];
        opt.data = bs;
        opt.n_data = m;
        char *out = NULL;
        if (out_dir) {
            size_t len = strlen(out_dir) + strlen(cp->stem) + 8;
            out = xmalloc(len);
            snprintf(out, len, "%s/%s.csv", out_dir, cp->stem);
        }
        opt.out = out;
        opt.ledger_out = NULL;
        opt.keep_row = c->own ? hook_keep : NULL;
        opt.on_row = hook_row;
        opt.on_ledgers = hook_ledgers;
        opt.hook_ctx = cp;
        opt.ledger_trace = true;
        if (c->own && p->input >= 0) {
            const Schema *s = &p->datasets[p->input].schema;
            for (size_t f = 0; f < s->n; f++)
                if (strcmp(s->fields[f].name, c->own) == 0) cp->own_field = (int32_t)f;
        }
        run_result_free(res);
        run_result_init(res);
        RunStatus st = run_policy(p, &opt, res);
        xfree(out);
        if (st != RUN_OK) {
            c->failed = (int)k;
            xfree(bs);
            return st;
        }
        ensure_cells(cp);
        const Dataset *in = p->datasets[p->input].data;
        if (k == 0) {
            c->n_rows = dataset_rows(in);
            c->data_file = dataset_file(in);
        } else if (dataset_rows(in) != c->n_rows) {
            /* the same file gives the same rows; a file changed meanwhile does not */
            c->failed = (int)k;
            xfree(bs);
            res->status = RUN_DATA;
            snprintf(res->message, sizeof res->message, "'%s' read %zu rows of the input where '%s' read %zu",
                     cp->path, dataset_rows(in), c->pols[0].path, c->n_rows);
            return RUN_DATA;
        }
        if (!cp->budget_keys) {
            cp->budget_keys = xcalloc(1, sizeof *cp->budget_keys);
            cp->budget_ran_out = xcalloc(1, sizeof *cp->budget_ran_out);
        }
        /* the cells are all that is needed of a run: the first policy's
         * input names the rows (ids, --by groups), the others' copies of
         * it can go (ten copies of a million rows are gigabytes) */
        if (k > 0) {
            dataset_free(p->datasets[p->input].data);
            p->datasets[p->input].data = NULL;
        }
    }
    xfree(bs);
    /* the rows whose outcome differs between the policies that decided them */
    size_t cap = 0;
    for (size_t row = 0; row < c->n_rows; row++) {
        const CompareCell *first = NULL;
        bool differs = false;
        for (size_t k = 0; k < c->n && !differs; k++) {
            const CompareCell *cell = &c->pols[k].cells[row];
            if (!cell->decided) continue;
            if (!first) first = cell;
            else differs = !compare_same_outcome(first, cell);
        }
        if (!differs) continue;
        c->differ = xgrow(c->differ, &cap, c->n_differ + 1, sizeof *c->differ);
        c->differ[c->n_differ++] = row;
    }
    return RUN_OK;
}

bool compare_same_outcome(const CompareCell *a, const CompareCell *b)
{
    return a->tag == b->tag && a->has_amount == b->has_amount && (!a->has_amount || a->cents == b->cents) &&
           a->detail == b->detail;
}

const char *compare_row_id(const Compare *c, size_t row, char *buf, size_t cap)
{
    const Policy *p = c->pols[0].policy;
    const PolicyDataset *in = &p->datasets[p->input];
    size_t used = 0;
    buf[0] = '\0';
    if (in->n_keys == 0) {
        snprintf(buf, cap, "line %" PRIu64, dataset_line(in->data, row));
        return buf;
    }
    for (uint32_t k = 0; k < in->n_keys; k++) {
        uint32_t f = in->key_fields[k];
        append_value(buf, cap, &used, dataset_get(in->data, row, f), in->field_format ? in->field_format[f] : NULL,
                     "/");
    }
    return buf;
}

const char *compare_rule_label(const Compare *c, size_t k, const CompareCell *cell)
{
    const Policy *p = c->pols[k].policy;
    if (!cell->decided || p->n_decisions == 0) return "";
    const PolicyDecision *dec = &p->decisions[0];
    if (cell->rule >= 0 && (uint32_t)cell->rule < dec->n_rules) {
        const PolicyRule *r = &dec->rules[cell->rule];
        return r->label_text ? r->label_text->s : r->label ? r->label : r->name;
    }
    return dec->otherwise_text ? dec->otherwise_text->s : "otherwise";
}

void compare_outcome_text(const Compare *c, const CompareCell *cell, bool dutch, char *buf, size_t cap)
{
    size_t used = 0;
    buf[0] = '\0';
    if (!cell->decided) return;
    if (c->n_outcomes && cell->tag < c->n_outcomes)
        used += (size_t)snprintf(buf, cap, "%s", c->outcomes[cell->tag]);
    if (cell->has_amount && used < cap) {
        char m[64];
        used += (size_t)snprintf(buf + used, cap - used, "%s%s", used ? " " : "", compare_money(m, sizeof m, cell->cents, dutch));
    }
    if (cell->detail && used < cap) {
        if (used && c->n_outcomes) snprintf(buf + used, cap - used, ": %s", cell->detail->s);
        else snprintf(buf + used, cap - used, "%s%s", used ? " " : "", cell->detail->s);
    }
}

/* ---- tables ------------------------------------------------------------------------------- */

void compare_table_init(CompareTable *t, size_t ncols, const char **head, const bool *right)
{
    memset(t, 0, sizeof *t);
    t->ncols = ncols;
    t->head = head;
    t->right = right;
}

void compare_table_add(CompareTable *t, const char *const *cells)
{
    t->cells = xgrow(t->cells, &t->cap, (t->n + 1) * t->ncols, sizeof *t->cells);
    for (size_t k = 0; k < t->ncols; k++) t->cells[t->n * t->ncols + k] = xstrdup(cells[k] ? cells[k] : "");
    t->n++;
}

void compare_table_free(CompareTable *t)
{
    for (size_t k = 0; k < t->n * t->ncols; k++) xfree(t->cells[k]);
    xfree(t->cells);
    memset(t, 0, sizeof *t);
}

/* Characters in the UTF-8 text 's' (continuation bytes do not count). */
static size_t width(const char *s)
{
    size_t n = 0;
    for (; *s; s++)
        if (((unsigned char)*s & 0xC0) != 0x80) n++;
    return n;
}

static void md_cell(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '|') fputs("\\|", out);
        else if (*s == '\n') fputc(' ', out);
        else fputc(*s, out);
    }
}

static void csv_cell(FILE *out, const char *s)
{
    if (!strpbrk(s, ",;\"\r\n") && s[0] != ' ' && (!*s || s[strlen(s) - 1] != ' ')) {
        fputs(s, out);
        return;
    }
    fputc('"', out);
    for (; *s; s++) {
        if (*s == '"') fputc('"', out);
        fputc(*s, out);
    }
    fputc('"', out);
}

static void text_row(const CompareTable *t, FILE *out, const char *const *cells, const size_t *w)
{
    /* the last non-empty cell ends the line (no trailing blanks) */
    size_t last = 0;
    for (size_t k = 0; k < t->ncols; k++)
        if (cells[k][0]) last = k + 1;
    for (size_t k = 0; k < last; k++) {
        size_t pad = w[k] - width(cells[k]);
        bool right = t->right && t->right[k];
        if (k) fputs("  ", out);
        if (right)
            for (size_t j = 0; j < pad; j++) fputc(' ', out);
        fputs(cells[k], out);
        if (!right && k + 1 < last)
            for (size_t j = 0; j < pad; j++) fputc(' ', out);
    }
    fputc('\n', out);
}

void compare_table_write(const CompareTable *t, CompareStyle style, FILE *out)
{
    if (style == COMPARE_TEXT) {
        size_t *w = xcalloc(t->ncols ? t->ncols : 1, sizeof *w);
        for (size_t k = 0; k < t->ncols; k++) {
            w[k] = width(t->head[k]);
            for (size_t r = 0; r < t->n; r++) {
                size_t x = width(t->cells[r * t->ncols + k]);
                if (x > w[k]) w[k] = x;
            }
        }
        text_row(t, out, t->head, w);
        for (size_t r = 0; r < t->n; r++) text_row(t, out, (const char *const *)&t->cells[r * t->ncols], w);
        xfree(w);
    } else if (style == COMPARE_MD) {
        for (size_t k = 0; k < t->ncols; k++) {
            fputs(k ? " | " : "| ", out);
            md_cell(out, t->head[k]);
        }
        fputs(" |\n", out);
        for (size_t k = 0; k < t->ncols; k++) fputs(t->right && t->right[k] ? "|---:" : "|---", out);
        fputs("|\n", out);
        for (size_t r = 0; r < t->n; r++) {
            for (size_t k = 0; k < t->ncols; k++) {
                fputs(k ? " | " : "| ", out);
                md_cell(out, t->cells[r * t->ncols + k]);
            }
            fputs(" |\n", out);
        }
    } else {
        for (size_t k = 0; k < t->ncols; k++) {
            if (k) fputc(',', out);
            csv_cell(out, t->head[k]);
        }
        fputc('\n', out);
        for (size_t r = 0; r < t->n; r++) {
            for (size_t k = 0; k < t->ncols; k++) {
                if (k) fputc(',', out);
                csv_cell(out, t->cells[r * t->ncols + k]);
            }
            fputc('\n', out);
        }
    }
}

/* ---- the comparison as tables ------------------------------------------------------------ */

/* The earliest date any ledger account of 'cp' ran out, into 'buf'. */
static const char *first_ran_out(const ComparePolicy *cp, bool dutch, char *buf)
{
    buf[0] = '\0';
    if (cp->n_ran_out && cp->ran_out[0].dated) {
        if (dutch) date_format_nl(cp->ran_out[0].date, buf);
        else date_format_iso(cp->ran_out[0].date, buf);
    }
    return buf;
}

/* The table per policy, with the header it owns. */
typedef struct Summary {
    CompareTable t;            /* the rows */
    const char **head;         /* the header (xmalloc'ed) */
    bool *right;               /* per column: a number (xmalloc'ed) */
    char **owned;              /* header names made here, per column or NULL */
} Summary;

/* Bytes of a cell of the table per policy (a name or path, a number). */
#define CELL 1024

/* Makes the table per policy.  'dutch': headers and values for people,
 * with a share column after each count; else the CSV columns. */
static void summary_make(const Compare *c, bool dutch, Summary *s)
{
    bool budgets = false; /* the ceiling columns only when some policy has a budget */
    for (size_t i = 0; i < c->n; i++) budgets |= c->pols[i].policy->n_budgets > 0;
    size_t ncols = 2 + 2 * c->n_outcomes + (c->amounts ? 2 : 0) + (budgets ? 2 : 0) + (dutch ? 0 : 1);
    const char **head = xcalloc(ncols, sizeof *head);
    bool *right = xcalloc(ncols, sizeof *right);
    char **owned = xcalloc(ncols, sizeof *owned);
    size_t k = 0;
    head[k++] = dutch ? "regelset" : "policy";
    if (!dutch) head[k++] = "file";
    right[k] = true;
    head[k++] = dutch ? "aanvragen" : "rows";
    for (uint32_t o = 0; o < c->n_outcomes; o++) {
        right[k] = true;
        head[k++] = c->outcomes[o];
        right[k] = true;
        if (dutch) {
            head[k++] = "%";
        } else {
            size_t len = strlen(c->outcomes[o]) + 8;
            owned[k] = xmalloc(len);
            snprintf(owned[k], len, "%s_share", c->outcomes[o]);
            head[k] = owned[k];
            k++;
        }
    }
    if (c->amounts) {
        right[k] = true;
        head[k++] = dutch ? "bedrag" : "amount";
        right[k] = true;
        head[k++] = dutch ? "per toekenning" : "amount_per_grant";
    }
    if (budgets) {
        right[k] = true;
        head[k++] = dutch ? "plafonds op" : "ran_out";
        head[k++] = dutch ? "eerste op" : "first_ran_out";
    }
    s->head = head;
    s->right = right;
    s->owned = owned;
    compare_table_init(&s->t, ncols, head, right);
    char **cells = xcalloc(ncols, sizeof *cells);
    for (size_t j = 0; j < ncols; j++) cells[j] = xmalloc(CELL);
    for (size_t i = 0; i < c->n; i++) {
        const ComparePolicy *cp = &c->pols[i];
        k = 0;
        snprintf(cells[k++], CELL, "%s", cp->name);
        if (!dutch) snprintf(cells[k++], CELL, "%s", cp->path);
        if (dutch) compare_count_nl(cells[k++], CELL, cp->rows);
        else snprintf(cells[k++], CELL, "%" PRIu64, cp->rows);
        for (uint32_t o = 0; o < c->n_outcomes; o++) {
            uint64_t n = cp->counts ? cp->counts[o] : 0;
            if (dutch) compare_count_nl(cells[k++], CELL, n);
            else snprintf(cells[k++], CELL, "%" PRIu64, n);
            compare_share(cells[k++], CELL, n, cp->rows, dutch);
        }
        if (c->amounts) {
            compare_money(cells[k++], CELL, cp->total, dutch);
            if (cp->with_amount) {
                /* the mean, rounded half away from zero to the cent */
                i128 w = (i128)cp->with_amount;
                i128 mean = cp->total >= 0 ? (cp->total * 2 + w) / (w * 2) : -((-cp->total * 2 + w) / (w * 2));
                compare_money(cells[k++], CELL, mean, dutch);
            } else {
                snprintf(cells[k++], CELL, "%s", dutch ? "–" : "");
            }
        }
        if (budgets) {
            uint64_t ran = 0;
            for (uint32_t b = 0; b < cp->policy->n_budgets && cp->budget_ran_out; b++) ran += cp->budget_ran_out[b];
            if (dutch) compare_count_nl(cells[k++], CELL, ran);
            else snprintf(cells[k++], CELL, "%" PRIu64, ran);
            char d[DATE_TEXT_SIZE];
            snprintf(cells[k++], CELL, "%s", first_ran_out(cp, dutch, d));
        }
        compare_table_add(&s->t, (const char *const *)cells);
    }
    for (size_t j = 0; j < ncols; j++) xfree(cells[j]);
    xfree(cells);
}

static void summary_free(Summary *s)
{
    for (size_t k = 0; k < s->t.ncols; k++) xfree(s->owned[k]);
    compare_table_free(&s->t);
    xfree(s->owned);
    xfree(s->head);
    xfree(s->right);
}

/* The ledger accounts that ran out: policy, budget, key, limit, left, date,
 * refused. */
static void ran_out_table(const Compare *c, CompareTable *t)
{
    static const char *head[] = {"regelset", "budget", "sleutel", "plafond", "over", "op", "geweigerd"};
    static const bool right[] = {false, false, false, true, true, false, true};
    compare_table_init(t, 7, head, right);
    for (size_t i = 0; i < c->n; i++) {
        const ComparePolicy *cp = &c->pols[i];
        for (size_t j = 0; j < cp->n_ran_out; j++) {
            const CompareRanOut *ro = &cp->ran_out[j];
            char limit[64], left[64], date[DATE_TEXT_SIZE] = "", refused[32];
            if (ro->dated) date_format_nl(ro->date, date);
            const char *cells[7] = {cp->name,
                                    cp->policy->budgets[ro->budget].name,
                                    ro->key,
                                    compare_money(limit, sizeof limit, ro->limit, true),
                                    compare_money(left, sizeof left, ro->remaining, true),
                                    date,
                                    compare_count_nl(refused, sizeof refused, ro->refused)};
            compare_table_add(t, cells);
        }
    }
}

/* The differing rows, at most 'max' (0: all): per row one line per group
 * of policies that agree on outcome and rule. */
static void differ_table(const Compare *c, size_t max, CompareTable *t)
{
    static const char *head[] = {"id", "uitkomst", "regel", "regelsets"};
    compare_table_init(t, 4, head, NULL);
    size_t shown = max && max < c->n_differ ? max : c->n_differ;
    bool *done = xcalloc(c->n ? c->n : 1, sizeof *done);
    size_t names_cap = 4096;
    char *names = xmalloc(names_cap);
    for (size_t i = 0; i < shown; i++) {
        size_t row = c->differ[i];
        char id[256];
        compare_row_id(c, row, id, sizeof id);
        memset(done, 0, c->n * sizeof *done);
        bool first_line = true;
        for (size_t k = 0; k < c->n; k++) {
            const CompareCell *a = &c->pols[k].cells[row];
            if (done[k] || !a->decided) continue;
            const char *rule = compare_rule_label(c, k, a);
            size_t used = (size_t)snprintf(names, names_cap, "%s", c->pols[k].name);
            for (size_t j = k + 1; j < c->n; j++) {
                const CompareCell *b = &c->pols[j].cells[row];
                if (done[j] || !b->decided || !compare_same_outcome(a, b) || strcmp(rule, compare_rule_label(c, j, b)))
                    continue;
                done[j] = true;
                if (used < names_cap) used += (size_t)snprintf(names + used, names_cap - used, ", %s", c->pols[j].name);
            }
            char outcome[1200];
            compare_outcome_text(c, a, true, outcome, sizeof outcome);
            const char *cells[4] = {first_line ? id : "", outcome, rule, names};
            compare_table_add(t, cells);
            first_line = false;
        }
    }
    xfree(names);
    xfree(done);
}

void compare_write(const Compare *c, CompareStyle style, size_t max_rows, FILE *out)
{
    CompareTable t;
    Summary sum;
    if (style == COMPARE_CSV) {
        summary_make(c, false, &sum);
        compare_table_write(&sum.t, style, out);
        summary_free(&sum);
        return;
    }
    bool md = style == COMPARE_MD;
    char rows[32], n[32];
    compare_count_nl(rows, sizeof rows, c->n_rows);
    fprintf(out, "%sVergelijking van %zu regelset%s\n", md ? "# " : "", c->n, c->n == 1 ? "" : "s");
    if (md) fputc('\n', out);
    fprintf(out, "Invoer %s%s%s uit %s%s%s: %s aanvragen.", md ? "`" : "'", c->input ? c->input : "",
            md ? "`" : "'", md ? "`" : "", c->data_file ? c->data_file : "", md ? "`" : "", rows);
    if (c->own) {
        fprintf(out, " Elke regelset besluit over de aanvragen waarvan %s%s%s zijn naam draagt", md ? "`" : "'", c->own,
                md ? "`" : "'");
        size_t all = 0;
        for (size_t k = 0; k < c->n; k++) all += c->pols[k].own == NULL;
        if (all) {
            fputs("; ", out);
            size_t seen = 0;
            for (size_t k = 0; k < c->n; k++) {
                if (c->pols[k].own) continue;
                fprintf(out, "%s%s", seen ? (seen + 1 == all ? " en " : ", ") : "", c->pols[k].name);
                seen++;
            }
            fputs(all == 1 ? " besluit over alle" : " besluiten over alle", out);
        }
        fputc('.', out);
    }
    fputs("\n\n", out);
    if (md) fputs("## Uitkomsten per regelset\n\n", out);
    summary_make(c, true, &sum);
    compare_table_write(&sum.t, style, out);
    summary_free(&sum);

    size_t n_ran = 0;
    for (size_t k = 0; k < c->n; k++) n_ran += c->pols[k].n_ran_out;
    if (n_ran) {
        fprintf(out, "\n%sPlafonds die op raakten: %s\n\n", md ? "## " : "", compare_count_nl(n, sizeof n, n_ran));
        ran_out_table(c, &t);
        compare_table_write(&t, style, out);
        compare_table_free(&t);
    }

    if (c->n < 2) return;
    fprintf(out, "\n%sAanvragen met verschillende uitkomsten: %s", md ? "## " : "",
            compare_count_nl(n, sizeof n, c->n_differ));
    if (max_rows && c->n_differ > max_rows) fprintf(out, " (de eerste %zu)", max_rows);
    fputs("\n", out);
    if (!c->n_differ) return;
    fputs("\n", out);
    differ_table(c, max_rows, &t);
    compare_table_write(&t, style, out);
    compare_table_free(&t);
    if (max_rows && c->n_differ > max_rows)
        fprintf(out, "\nen nog %s aanvragen\n", compare_count_nl(n, sizeof n, c->n_differ - max_rows));
}

/* ---- the page ------------------------------------------------------------------------------- */

static const char page_css[] =
    "@page { size: A4 landscape; margin: 14mm; }\n"
    "html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
    "body { font: 11pt/1.45 \"Noto Sans\", \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif;\n"
    "  color: #1d1d1d; max-width: 80rem; margin: 2rem auto; padding: 0 1.2rem; }\n"
    "h1 { font-size: 1.7rem; margin: 0 0 .3rem; }\n"
    "h2 { font-size: 1.3rem; border-bottom: 2px solid #1d4e89; padding-bottom: .15rem; margin: 2rem 0 .8rem;\n"
    "  color: #1d4e89; break-after: avoid; }\n"
    "h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; break-after: avoid; }\n"
    ".meta { color: #555; font-size: .92rem; }\n"
    "table { border-collapse: collapse; margin: .4rem 0 .6rem; font-size: .86rem; }\n"
    "th, td { border: 1px solid #c9ced6; padding: .2rem .4rem; text-align: left; vertical-align: top; }\n"
    "th { background: #eef1f5; }\n"
    "td.num, th.num { text-align: right; white-space: nowrap; }\n"
    "td .share { color: #555; font-size: .85em; }\n"
    "thead { display: table-header-group; }\n"
    "tr { break-inside: avoid; }\n"
    "figure { margin: .6rem 0 1rem; break-inside: avoid; }\n"
    "figcaption { font-size: .88rem; color: #333; margin-top: .2rem; }\n"
    "svg.chart { width: 100%; height: auto; display: block; }\n"
    "svg.chart text { font-size: 13px; fill: #1d1d1d; }\n"
    "svg.chart text.share { fill: #ffffff; font-size: 12px; }\n"
    "svg.chart.small text { font-size: 12px; fill: #444444; }\n"
    "div.grid { display: grid; grid-template-columns: repeat(auto-fill, minmax(17rem, 1fr)); gap: .4rem 1rem; }\n"
    ".rest { color: #555; font-style: italic; }\n";

static void cell_text(Html *h, const char *tag, const char *text, bool num)
{
    html_elem(h, tag, text, "class", num ? "num" : NULL, NULL);
}

/* True when column 'k' of 't' is a share column ("%") following a count. */
static bool share_column(const CompareTable *t, size_t k)
{
    return k > 0 && strcmp(t->head[k], "%") == 0;
}

/* Writes 't' as an HTML table of class 'cls'.  A share column ("%") is
 * folded into the count before it, on a second line, so the table per
 * policy stays narrow enough for a page. */
static void html_table(Html *h, const CompareTable *t, const char *cls)
{
    html_open(h, "table", "class", cls, NULL);
    html_open(h, "thead", NULL);
    html_open(h, "tr", NULL);
    for (size_t k = 0; k < t->ncols; k++)
        if (!share_column(t, k)) cell_text(h, "th", t->head[k], t->right && t->right[k]);
    html_close(h, "tr");
    html_close(h, "thead");
    html_open(h, "tbody", NULL);
    for (size_t r = 0; r < t->n; r++) {
        html_open(h, "tr", "class", "row", NULL);
        for (size_t k = 0; k < t->ncols; k++) {
            const char *text = t->cells[r * t->ncols + k];
            bool num = t->right && t->right[k];
            if (share_column(t, k)) continue;
            if (k + 1 < t->ncols && share_column(t, k + 1)) {
                html_open(h, "td", "class", "num", NULL);
                html_text(h, text);
                html_void(h, "br", NULL);
                html_elem(h, "span", t->cells[r * t->ncols + k + 1], "class", "share", NULL);
                html_close(h, "td");
                continue;
            }
            cell_text(h, "td", text, num);
        }
        html_close(h, "tr");
    }
    html_close(h, "tbody");
    html_close(h, "table");
}

/* The first and last day of the years in which any charted account of
 * any policy had a booking or ran out; false when none is dated. */
static bool chart_years(const Compare *c, int32_t *day0, int32_t *day1)
{
    bool any = false;
    int32_t lo = 0, hi = 0;
    for (size_t k = 0; k < c->n; k++) {
        for (size_t j = 0; j < c->pols[k].n_ran_out; j++) {
            const CompareRanOut *ro = &c->pols[k].ran_out[j];
            for (size_t s = 0; s <= ro->n_steps; s++) {
                int32_t d;
                if (s < ro->n_steps) d = ro->steps[s].day;
                else if (ro->dated) d = ro->date.days;
                else continue;
                if (!any || d < lo) lo = d;
                if (!any || d > hi) hi = d;
                any = true;
            }
        }
    }
    if (!any) return false;
    Date a = {lo}, b = {hi};
    *day0 = date_start_of_year(a).days;
    *day1 = date_end_of_year(b).days;
    return true;
}

/* Most small charts per policy: past this the page is a wall of lines and
 * the table above lists the rest. */
#define COMPARE_MAX_SMALL 60

bool compare_write_html(const Compare *c, const char *path, size_t max_rows, char *err, size_t cap)
{
    OutFile of;
    if (!outfile_open(&of, path, err, cap)) return false;
    Html hw, *h = &hw;
    html_init(h, of.fp);
    char title[128], buf[1024], n[32], rows[32];
    snprintf(title, sizeof title, "Vergelijking van %zu regelset%s", c->n, c->n == 1 ? "" : "s");
    html_begin(h, "nl", title, page_css);
    html_elem(h, "h1", title, NULL);
    html_open(h, "p", "class", "meta", NULL);
    compare_count_nl(rows, sizeof rows, c->n_rows);
    html_textf(h, "Invoer '%s' uit %s: %s aanvragen.", c->input ? c->input : "", c->data_file ? c->data_file : "",
               rows);
    if (c->own) {
        html_textf(h, " Elke regelset besluit over de aanvragen waarvan '%s' zijn naam draagt", c->own);
        bool any_all = false;
        for (size_t k = 0; k < c->n; k++) any_all |= c->pols[k].own == NULL;
        if (any_all) {
            html_text(h, "; over alle aanvragen:");
            for (size_t k = 0, seen = 0; k < c->n; k++)
                if (!c->pols[k].own) html_textf(h, "%s %s", seen++ ? "," : "", c->pols[k].name);
        }
        html_text(h, ".");
    }
    html_close(h, "p");

    /* the table */
    html_open(h, "section", "id", "tabel", NULL);
    html_elem(h, "h2", "Uitkomsten per regelset", NULL);
    CompareTable t;
    Summary sum;
    summary_make(c, true, &sum);
    html_table(h, &sum.t, "summary");
    summary_free(&sum);
    html_close(h, "section");

    /* the charts */
    const char **labels = xcalloc(c->n ? c->n : 1, sizeof *labels);
    for (size_t k = 0; k < c->n; k++) labels[k] = c->pols[k].name;
    if (c->amounts) {
        i128 *values = xcalloc(c->n ? c->n : 1, sizeof *values);
        char **texts = xcalloc(c->n ? c->n : 1, sizeof *texts);
        for (size_t k = 0; k < c->n; k++) {
            values[k] = c->pols[k].total;
            texts[k] = xmalloc(64);
            compare_money(texts[k], 64, c->pols[k].total, true);
        }
        html_open(h, "section", "id", "bedrag", NULL);
        html_elem(h, "h2", "Bedrag per regelset", NULL);
        html_open(h, "figure", NULL);
        charts_bars(h, "Bedrag per regelset", c->n, labels, values, (const char *const *)texts);
        html_close(h, "figure");
        html_close(h, "section");
        for (size_t k = 0; k < c->n; k++) xfree(texts[k]);
        xfree(texts);
        xfree(values);
    }
    if (c->n_outcomes) {
        uint64_t *counts = xcalloc(c->n * c->n_outcomes + 1, sizeof *counts);
        for (size_t k = 0; k < c->n; k++)
            for (uint32_t o = 0; o < c->n_outcomes; o++)
                counts[k * c->n_outcomes + o] = c->pols[k].counts ? c->pols[k].counts[o] : 0;
        html_open(h, "section", "id", "aandelen", NULL);
        snprintf(buf, sizeof buf, "Uitkomsten van '%s' per regelset (aandeel)", c->decision ? c->decision : "");
        html_elem(h, "h2", buf, NULL);
        html_open(h, "figure", NULL);
        charts_stacked(h, buf, c->n, labels, c->n_outcomes, c->outcomes, counts);
        html_close(h, "figure");
        html_close(h, "section");
        xfree(counts);
    }
    xfree(labels);

    /* the accounts that ran out */
    size_t n_ran = 0;
    for (size_t k = 0; k < c->n; k++) n_ran += c->pols[k].n_ran_out;
    int32_t day0 = 0, day1 = 0;
    if (n_ran) {
        html_open(h, "section", "id", "plafonds", NULL);
        snprintf(buf, sizeof buf, "Plafonds die op raakten: %s", compare_count_nl(n, sizeof n, n_ran));
        html_elem(h, "h2", buf, NULL);
        ran_out_table(c, &t);
        html_table(h, &t, "ranout");
        compare_table_free(&t);
        bool dated = chart_years(c, &day0, &day1);
        for (size_t k = 0; k < c->n && dated; k++) {
            const ComparePolicy *cp = &c->pols[k];
            if (!cp->n_ran_out) continue;
            snprintf(buf, sizeof buf, "%s: resterend budget over het jaar", cp->name);
            html_elem(h, "h3", buf, NULL);
            html_open(h, "div", "class", "grid", NULL);
            size_t drawn = 0;
            for (size_t j = 0; j < cp->n_ran_out && drawn < COMPARE_MAX_SMALL; j++) {
                const CompareRanOut *ro = &cp->ran_out[j];
                ChartPoint *pts = xcalloc(ro->n_steps + 1, sizeof *pts);
                for (size_t s = 0; s < ro->n_steps; s++) pts[s] = (ChartPoint){ro->steps[s].day, ro->steps[s].cents};
                char limit[64], zero[64], date[DATE_TEXT_SIZE] = "";
                compare_money(limit, sizeof limit, ro->limit, true);
                compare_money(zero, sizeof zero, 0, true);
                if (ro->dated) date_format_nl(ro->date, date);
                char ctitle[768];
                snprintf(ctitle, sizeof ctitle, "%s %s: plafond %s%s%s", cp->policy->budgets[ro->budget].name, ro->key,
                         limit, ro->dated ? ", op " : "", date);
                html_open(h, "figure", "class", "ledger", NULL);
                charts_remaining(h, ctitle, ro->limit, pts, ro->n_steps, day0, day1, ro->dated, ro->date.days, limit,
                                 zero);
                html_elem(h, "figcaption", ctitle, NULL);
                html_close(h, "figure");
                xfree(pts);
                drawn++;
            }
            html_close(h, "div");
            if (cp->n_ran_out > drawn) {
                snprintf(buf, sizeof buf, "en nog %zu (in de tabel hierboven)", cp->n_ran_out - drawn);
                html_elem(h, "p", buf, "class", "rest", NULL);
            }
        }
        html_close(h, "section");
    }

    /* the rows that differ */
    if (c->n >= 2) {
        html_open(h, "section", "id", "verschillen", NULL);
        snprintf(buf, sizeof buf, "Aanvragen met verschillende uitkomsten: %s", compare_count_nl(n, sizeof n, c->n_differ));
        html_elem(h, "h2", buf, NULL);
        if (c->n_differ) {
            differ_table(c, max_rows, &t);
            html_table(h, &t, "differ");
            compare_table_free(&t);
        }
        if (max_rows && c->n_differ > max_rows) {
            snprintf(buf, sizeof buf, "en nog %s aanvragen", compare_count_nl(n, sizeof n, c->n_differ - max_rows));
            html_elem(h, "p", buf, "class", "rest", NULL);
        }
        html_close(h, "section");
    }
    bool ok = html_end(h);
    if (!ok) {
        outfile_abort(&of);
        snprintf(err, cap, "internal error: the page came out malformed");
        return false;
    }
    return outfile_commit(&of, err, cap);
}
