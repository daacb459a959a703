/* SPDX-License-Identifier: MIT
 * policy.c - the lowered policy's storage, parameter histories and --set
 * (see policy.h).
 *
 * The IR, operand lists and constants grow with xrealloc while lowering and
 * are freed with the policy; everything else is in the program arena.
 * --set values are parsed as CSV cells of the parameter's type are
 * (runtime/dataset.c), with '.' as the decimal point, so a value written
 * on the command line means what it would mean in a ','-separated file.
 */
#include "policy.h"

#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "csv.h"

Policy *policy_new(const char *path)
{
    Policy *p = xcalloc(1, sizeof *p);
    arena_init(&p->arena);
    intern_init(&p->texts);
    p->path = arena_strdup(&p->arena, path ? path : "");
    p->input = -1;
    return p;
}

void policy_free(Policy *p)
{
    if (!p) return;
    for (uint32_t k = 0; k < p->n_datasets; k++) dataset_free(p->datasets[k].data);
    xfree(p->ir);
    xfree(p->args);
    xfree(p->consts);
    intern_free(&p->texts);
    arena_free(&p->arena);
    xfree(p);
}

uint32_t policy_add_ir(Policy *p, IrNode node)
{
    if (p->n_ir == p->cap_ir) {
        size_t cap = p->cap_ir;
        p->ir = xgrow(p->ir, &cap, (size_t)p->n_ir + 1, sizeof *p->ir);
        p->cap_ir = (uint32_t)cap;
    }
    p->ir[p->n_ir] = node;
    return p->n_ir++;
}

uint32_t policy_add_args(Policy *p, const uint32_t *items, uint32_t n)
{
    if ((size_t)p->n_args + n > p->cap_args) {
        size_t cap = p->cap_args;
        p->args = xgrow(p->args, &cap, (size_t)p->n_args + n, sizeof *p->args);
        p->cap_args = (uint32_t)cap;
    }
    uint32_t first = p->n_args;
    if (n) memcpy(p->args + first, items, sizeof *items * n);
    p->n_args += n;
    return first;
}

uint32_t policy_add_const(Policy *p, Value v)
{
    if (p->n_consts == p->cap_consts) {
        size_t cap = p->cap_consts;
        p->consts = xgrow(p->consts, &cap, (size_t)p->n_consts + 1, sizeof *p->consts);
        p->cap_consts = (uint32_t)cap;
    }
    p->consts[p->n_consts] = v;
    return p->n_consts++;
}

int32_t policy_find_dataset(const Policy *p, const char *name)
{
    for (uint32_t k = 0; k < p->n_datasets; k++)
        if (strcmp(p->datasets[k].name, name) == 0) return (int32_t)k;
    return -1;
}

int32_t policy_find_param(const Policy *p, const char *name)
{
    for (uint32_t k = 0; k < p->n_params; k++)
        if (strcmp(p->params[k].name, name) == 0) return (int32_t)k;
    return -1;
}

/* ---- parameters -------------------------------------------------------------- */

uint32_t policy_param_at(const Policy *p, uint32_t param, bool has_date, Date date)
{
    const PolicyParam *pp = &p->params[param];
    if (has_date && pp->n_periods) {
        /* the last period starting on or before the date */
        uint32_t lo = 0, hi = pp->n_periods;
        while (lo < hi) {
            uint32_t mid = lo + (hi - lo) / 2;
            if (pp->periods[mid].from <= date.days) lo = mid + 1;
            else hi = mid;
        }
        if (lo > 0 && pp->periods[lo - 1].until >= date.days) return pp->periods[lo - 1].value;
    }
    return pp->fallback;
}

/* The node giving parameter 'k' on every date of 'lo' .. 'hi', or IR_NONE
 * when the value changes inside the range (or is missing somewhere). */
static uint32_t same_over(const Policy *p, uint32_t k, Date lo, Date hi)
{
    const PolicyParam *pp = &p->params[k];
    for (uint32_t i = 0; i < pp->n_periods; i++) {
        const PolicyPeriod *pe = &pp->periods[i];
        if (pe->from <= lo.days && pe->until >= hi.days) return pe->value;
        if (pe->from <= hi.days && pe->until >= lo.days) return IR_NONE; /* covers part of it */
    }
    return pp->fallback;
}

void policy_fold_params(Policy *p, bool has_range, Date lo, Date hi)
{
    for (uint32_t k = 0; k < p->n_params; k++) {
        PolicyParam *pp = &p->params[k];
        if (pp->constant) continue;
        uint32_t at;
        if (p->fixed_date) at = policy_param_at(p, k, true, p->on);
        else if (pp->n_periods == 0) at = pp->fallback;
        else if (has_range) at = same_over(p, k, lo, hi);
        else continue;
        if (at == IR_NONE || p->ir[at].op != IR_CONST) continue;
        pp->constant = true;
        pp->value = p->consts[p->ir[at].a];
    }
    for (uint32_t n = 0; n < p->n_ir; n++) {
        IrNode *node = &p->ir[n];
        if (node->op != IR_PARAM || !p->params[node->a].constant) continue;
        node->op = IR_CONST;
        node->a = policy_add_const(p, p->params[node->a].value);
    }
    /* 'x in P' where P became a constant set of enum members: a bit test */
    for (uint32_t n = 0; n < p->n_ir; n++) {
        IrNode *node = &p->ir[n];
        if (node->op != IR_IN || p->ir[node->b].op != IR_CONST) continue;
        Value set = p->consts[p->ir[node->b].a];
        if (set.kind != VAL_SET && set.kind != VAL_LIST) continue;
        uint64_t mask = 0;
        bool small = true;
        for (uint32_t k = 0; small && k < set.as.set->n; k++) {
            Value m = set.as.set->items[k];
            if (m.kind != VAL_ENUM || m.tag >= 64) small = false;
            else mask |= (uint64_t)1 << m.tag;
        }
        if (!small || set.as.set->n == 0) continue;
        node->op = IR_IN_MASK;
        node->b = policy_add_const(p, value_num((Dec){(i128)mask, 0}));
    }
}

/* "is not ..." wording of a scalar type, as the dataset loader words it. */
static const char *type_phrase(const FormatType *t, char *buf, size_t cap)
{
    if (!t || t->shape != FORMAT_SCALAR) return "a value of its type";
    switch (t->type) {
    case FT_BOOL: return "true or false";
    case FT_INT: return "a whole number";
    case FT_DECIMAL: return "a number";
    case FT_MONEY: return "a money amount";
    case FT_PERCENT: return "a percentage";
    case FT_DATE: return "a date";
    case FT_DURATION: return "a duration";
    case FT_TEXT: return "a text";
    case FT_ENUM:
        snprintf(buf, cap, "a %s", t->names && t->names->name ? t->names->name : "member of the enum");
        return buf;
    }
    return "a value of its type";
}

/* Parses the 'len' bytes at 's' as one value of scalar type 't'.  Returns
 * true and sets '*out'; false with the reason in 'why'. */
static bool parse_scalar(Policy *p, const FormatType *t, const char *s, size_t len, Value *out, char *why,
                         size_t whycap)
{
    char tb[160];
    const char *what = type_phrase(t, tb, sizeof tb);
    if (t->type != FT_TEXT) csv_trim(&s, &len);
    int shown = len > 200 ? 200 : (int)len;
    switch (t->type) {
    case FT_BOOL: {
        bool b;
        if (!csv_parse_bool(s, len, &b)) break;
        *out = value_bool(b);
        return true;
    }
    case FT_INT:
    case FT_DECIMAL:
    case FT_MONEY:
    case FT_PERCENT: {
        Dec d;
        bool pct = t->type == FT_PERCENT && memchr(s, '%', len);
        DecParseError e = dec_parse_csv(&d, s, len, DEC_CSV_DECIMAL_POINT | (pct ? DEC_CSV_PERCENT : 0));
        if (e != DEC_PARSE_OK) {
            snprintf(why, whycap, "'%.*s' is not %s: %s", shown, s, what, dec_parse_message(e));
            return false;
        }
        if (t->type != FT_MONEY && (memchr(s, 'E', len) || memchr(s, '\xe2', len))) {
            snprintf(why, whycap, "'%.*s' is not %s: a currency belongs only in a money amount", shown, s, what);
            return false;
        }
        if (t->type == FT_PERCENT && !pct) {
            Dec hundred = dec_from_int(100);
            if (!dec_div(&d, d, hundred)) {
                snprintf(why, whycap, "'%.*s' is not %s: the value is too large", shown, s, what);
                return false;
            }
        }
        int64_t whole;
        if (t->type == FT_INT) {
            if (!dec_to_int(&whole, d)) {
                snprintf(why, whycap, "'%.*s' is not %s", shown, s, what);
                return false;
            }
            d = dec_from_int(whole);
        }
        if (t->type == FT_MONEY) {
            Dec r;
            if (!dec_round(&r, d, 2, DEC_ROUND_DOWN) || !dec_eq(r, d)) {
                snprintf(why, whycap, "'%.*s' is not %s: more than 2 decimals", shown, s, what);
                return false;
            }
        }
        *out = value_num(d);
        return true;
    }
    case FT_DATE: {
        Date d;
        const char *reason = NULL;
        if (!date_parse(&d, s, len, &reason)) {
            snprintf(why, whycap, "'%.*s' is not a date: %s", shown, s, reason ? reason : "malformed");
            return false;
        }
        *out = value_date(d);
        return true;
    }
    case FT_DURATION: {
        Duration d;
        const char *reason = NULL;
        if (!duration_parse(&d, s, len, &reason)) {
            snprintf(why, whycap, "'%.*s' is not a duration: %s", shown, s, reason ? reason : "malformed");
            return false;
        }
        *out = value_duration(d);
        return true;
    }
    case FT_TEXT:
        *out = value_text(intern(&p->texts, s, len));
        return true;
    case FT_ENUM: {
        const EnumInfo *info = t->names;
        for (uint32_t k = 0; info && k < info->n; k++) {
            if (strlen(info->members[k]) == len && memcmp(info->members[k], s, len) == 0) {
                *out = value_enum(info, (uint16_t)k);
                return true;
            }
        }
        size_t used = (size_t)snprintf(why, whycap, "'%.*s' is not %s (one of:", shown, s, what);
        for (uint32_t k = 0; info && k < info->n && used < whycap; k++)
            used += (size_t)snprintf(why + used, whycap - used, "%s %s", k ? "," : "", info->members[k]);
        if (used < whycap) snprintf(why + used, whycap - used, ")");
        return false;
    }
    }
    snprintf(why, whycap, "'%.*s' is not %s", shown, s, what);
    return false;
}

/* Sorts the 'n' values at 'v' by value_compare and drops duplicates;
 * returns the new count (insertion sort: command-line sets are short). */
static uint32_t sort_unique(Value *v, uint32_t n)
{
    for (uint32_t k = 1; k < n; k++) {
        Value x = v[k];
        uint32_t j = k;
        while (j > 0 && value_compare(v[j - 1], x) > 0) {
            v[j] = v[j - 1];
            j--;
        }
        v[j] = x;
    }
    uint32_t m = 0;
    for (uint32_t k = 0; k < n; k++)
        if (m == 0 || !value_equal(v[m - 1], v[k])) v[m++] = v[k];
    return m;
}

bool policy_set_param(Policy *p, uint32_t param, const char *text, char *why, size_t whycap)
{
    PolicyParam *pp = &p->params[param];
    const FormatType *t = pp->format;
    Value v;
    size_t len = strlen(text);
    if (t && (t->shape == FORMAT_SET || t->shape == FORMAT_LIST)) {
        const FormatType *elem = t->parts ? t->parts[0] : NULL;
        if (!elem || elem->shape != FORMAT_SCALAR) {
            snprintf(why, whycap, "a parameter of this type cannot be set on the command line");
            return false;
        }
        const char *s = text;
        csv_trim(&s, &len);
        if (len >= 2 && s[0] == '{' && s[len - 1] == '}') {
            s++;
            len -= 2;
        }
        uint32_t n = 0, cap = 8;
        Value *items = arena_alloc(&p->arena, sizeof *items * cap);
        const char *end = s + len;
        csv_trim(&s, &len);
        while (len > 0) {
            const char *comma = memchr(s, ',', (size_t)(end - s));
            const char *stop = comma ? comma : end;
            if (n == cap) {
                Value *more = arena_alloc(&p->arena, sizeof *more * cap * 2);
                memcpy(more, items, sizeof *items * n);
                items = more;
                cap *= 2;
            }
            if (!parse_scalar(p, elem, s, (size_t)(stop - s), &items[n], why, whycap)) return false;
            n++;
            if (!comma) break;
            s = comma + 1;
            len = (size_t)(end - s);
        }
        if (t->shape == FORMAT_SET) n = sort_unique(items, n);
        ValueSeq *seq = arena_alloc(&p->arena, sizeof *seq + sizeof seq->items[0] * (n ? n : 1));
        seq->n = n;
        if (n) memcpy(seq->items, items, sizeof *items * n);
        v = t->shape == FORMAT_SET ? value_set(seq) : value_list(seq);
    } else if (t && t->shape == FORMAT_SCALAR) {
        if (!parse_scalar(p, t, text, len, &v, why, whycap)) return false;
    } else {
        snprintf(why, whycap, "a parameter of this type cannot be set on the command line");
        return false;
    }
    IrNode c = {0};
    c.op = IR_CONST;
    c.a = policy_add_const(p, v);
    c.span = pp->span;
    pp->fallback = policy_add_ir(p, c);
    pp->n_periods = 0;
    pp->periods = NULL;
    pp->constant = true;
    pp->value = v;
    pp->set_text = arena_strdup(&p->arena, text);
    return true;
}

char *policy_value_text(char *buf, size_t cap, Value v, const FormatType *type)
{
    if (cap == 0) return buf;
    if (v.kind == VAL_TEXT) {
        int len = v.as.text->len > 200 ? 200 : (int)v.as.text->len;
        snprintf(buf, cap, "'%.*s'", len, v.as.text->s);
        return buf;
    }
    if (v.kind == VAL_NONE) {
        snprintf(buf, cap, "no value");
        return buf;
    }
    format_value(buf, cap, v, type, FORMAT_PLAIN);
    return buf;
}
