/* SPDX-License-Identifier: MIT
 * explain_write.c - writes a row's explanation (explain_int.h) as an
 * indented text or as one JSON object (docs/cli.md, "grip explain").
 *
 * Values: text mode writes numbers the Dutch way (format.h FORMAT_DUTCH:
 * € 1.234,56), dates ISO, texts in double quotes and booleans as the
 * policy's language does (true/false, ja/nee); the JSON facts' "text" is
 * plain (1234.56); JSON values follow 'grip run --format jsonl' (ints as
 * numbers, other numbers as exact strings).  A value of no known type is
 * written by its kind (an enum member by the names its value points to).
 * The JSON writer puts each member on its own line, in a fixed order.
 */
#include "explain_int.h"

#include <inttypes.h>

#define F_MONEY explain_money

/* "b1.grip:96" for 'span', or NULL when unknown. */
static const char *span_where(Ex *x, Span span)
{
    const SourceFile *f = x->opt->sources ? sources_get(x->opt->sources, span.file) : NULL;
    if (!f) return NULL;
    LineCol lc = sources_linecol(x->opt->sources, span.file, span.start);
    return arena_printf(&x->arena, "%s:%" PRIu32, f->path, lc.line);
}

/* ---- values as text ------------------------------------------------------------- */

static void put_quoted(Buf *b, const char *s, size_t len)
{
    buf_put(b, "\"", 1);
    for (size_t k = 0; k < len; k++) {
        if (s[k] == '"' || s[k] == '\\') buf_put(b, "\\", 1);
        buf_put(b, s + k, 1);
    }
    buf_put(b, "\"", 1);
}

static void put_json_string(Buf *b, const char *s)
{
    size_t len = strlen(s);
    size_t need = format_json_string(NULL, 0, s, len);
    b->s = xgrow(b->s, &b->cap, b->len + need + 1, 1);
    format_json_string(b->s + b->len, need + 1, s, len);
    b->len += need;
}

/* Writes 'v' of type 'f' (may be NULL) in 'style'. */
static void put_value(Ex *x, Buf *b, Value v, const FormatType *f, Style style)
{
    switch ((ValueKind)v.kind) {
    case VAL_NONE:
        buf_puts(b, style == STYLE_JSON ? "null" : "(no value)");
        return;
    case VAL_BOOL:
        if (style == STYLE_TEXT && x->opt->dutch) buf_puts(b, v.as.b ? "ja" : "nee");
        else buf_puts(b, v.as.b ? "true" : "false");
        return;
    case VAL_DATE: {
        char d[DATE_TEXT_SIZE];
        date_format_iso(v.as.date, d);
        if (style == STYLE_JSON) put_json_string(b, d);
        else buf_puts(b, d);
        return;
    }
    case VAL_TEXT: {
        const char *s = v.as.text ? v.as.text->s : "";
        if (style == STYLE_JSON) put_json_string(b, s);
        else put_quoted(b, s, v.as.text ? v.as.text->len : 0);
        return;
    }
    case VAL_ENUM: {
        const EnumInfo *names = f && f->names ? f->names : (const EnumInfo *)v.as.type;
        const char *name = names && v.tag < names->n ? names->members[v.tag] : "?";
        if (style == STYLE_JSON) put_json_string(b, name);
        else buf_puts(b, name);
        return;
    }
    case VAL_SET:
    case VAL_LIST: {
        const FormatType *elem = f && (f->shape == FORMAT_SET || f->shape == FORMAT_LIST) && f->parts ? f->parts[0] : NULL;
        bool set = v.kind == VAL_SET && style != STYLE_JSON;
        buf_puts(b, set ? "{" : "[");
        for (uint32_t k = 0; v.as.set && k < v.as.set->n; k++) {
            if (k) buf_puts(b, style == STYLE_JSON ? ", " : ", ");
            put_value(x, b, v.as.set->items[k], elem, style);
        }
        buf_puts(b, set ? "}" : "]");
        return;
    }
    case VAL_NUM:
        if (style == STYLE_JSON && !f && v.scale == 0) {
            /* a whole number of no known type (an int def, a count) */
            Dec d = value_dec(v);
            char t[DEC_FORMAT_MAX];
            dec_format(t, sizeof t, d, DEC_STYLE_PLAIN, 0);
            buf_puts(b, t);
            return;
        }
        /* fall through */
    default: {
        FormatStyle fs = style == STYLE_TEXT ? FORMAT_DUTCH : style == STYLE_JSON ? FORMAT_JSON : FORMAT_PLAIN;
        size_t need = format_value(NULL, 0, v, f, fs);
        b->s = xgrow(b->s, &b->cap, b->len + need + 1, 1);
        format_value(b->s + b->len, need + 1, v, f, fs);
        b->len += need;
        return;
    }
    }
}

/* 'v' as an arena string. */
static const char *value_str(Ex *x, Value v, const FormatType *f, Style style)
{
    Buf b = {0};
    put_value(x, &b, v, f, style);
    const char *s = arena_strndup(&x->arena, b.s ? b.s : "", b.len);
    xfree(b.s);
    return s;
}

/* ---- writing: shared pieces ------------------------------------------------------------- */

static const char *rule_name(const PolicyDecision *dec, int32_t k)
{
    return k < 0 ? "otherwise" : dec->rules[k].name;
}

/* 'name "label"' of a rule (the label as the policy writes it). */
static void put_rule_title(Buf *b, const PolicyDecision *dec, int32_t k)
{
    if (k < 0) {
        buf_puts(b, "otherwise");
        return;
    }
    const PolicyRule *r = &dec->rules[k];
    buf_puts(b, r->name);
    if (r->label) buf_printf(b, " \"%s\"", r->label);
}

/* A fact as one line: "remaining(plafond) = € 120,00 < kosten = € 1.484,62". */
static void put_operand(Ex *x, Buf *b, const Operand *o, Style style)
{
    buf_puts(b, o->expr);
    if (!o->show) return;
    buf_puts(b, " = ");
    put_value(x, b, o->v, o->fmt, style);
}

static void put_fact(Ex *x, Buf *b, const Fact *f, Style style)
{
    size_t mark = b->len;
    put_operand(x, b, &f->a, style);
    if (!f->binary) return;
    /* "verwijzer = "gi" = "gi"" says no more than "verwijzer = "gi"" */
    if (strcmp(f->op, "=") == 0 && f->a.show && f->b.literal) {
        size_t elen = strlen(f->a.expr) + 3, blen = strlen(f->b.expr);
        if (b->len - mark == elen + blen && memcmp(b->s + mark + elen, f->b.expr, blen) == 0) return;
    }
    buf_printf(b, " %s ", f->op);
    put_operand(x, b, &f->b, style);
}

/* The facts of 'c' joined by ", ". */
static void put_facts_inline(Ex *x, Buf *b, const Cond *c, Style style)
{
    for (uint32_t k = 0; k < c->n_facts; k++) {
        if (k) buf_puts(b, ", ");
        put_fact(x, b, &c->facts[k], style);
    }
}

/* "the key parts" of a ledger account: "A012, 2021". */
static void put_key(Ex *x, Buf *b, const LedgerEx *l)
{
    const PolicyBudget *pb = &x->p->budgets[l->budget];
    const LedgerEntry *le = &x->ls.items[l->budget].entries[l->entry];
    for (uint32_t k = 0; k < pb->n_per; k++) {
        if (k) buf_puts(b, ", ");
        Value v = le->key[k];
        if (v.kind == VAL_TEXT && v.as.text) buf_put(b, v.as.text->s, v.as.text->len);
        else put_value(x, b, v, pb->key_format[k], STYLE_TEXT);
    }
}

/* The period of parameter 'k' in force on the row, as "(from 2021-01-01)",
 * or "" when it has one value. */
static const char *param_when(Ex *x, uint32_t k)
{
    const PolicyParam *pp = &x->p->params[k];
    if (pp->set_text) return "(--set)";
    if (pp->n_periods == 0) return "";
    uint32_t at = policy_param_at(x->p, k, x->has_date, x->date);
    char a[DATE_TEXT_SIZE], b[DATE_TEXT_SIZE];
    for (uint32_t i = 0; i < pp->n_periods; i++) {
        const PolicyPeriod *pe = &pp->periods[i];
        if (pe->value != at || !x->has_date || x->date.days < pe->from || x->date.days > pe->until) continue;
        if (pe->from == INT32_MIN && pe->until == INT32_MAX) return "";
        if (pe->from == INT32_MIN) return arena_printf(&x->arena, "(until %s)", date_format_iso((Date){pe->until}, b));
        if (pe->until == INT32_MAX) return arena_printf(&x->arena, "(from %s)", date_format_iso((Date){pe->from}, a));
        return arena_printf(&x->arena, "(from %s until %s)", date_format_iso((Date){pe->from}, a),
                            date_format_iso((Date){pe->until}, b));
    }
    if (x->has_date && pp->periods[0].from != INT32_MIN && x->date.days < pp->periods[0].from)
        return arena_printf(&x->arena, "(before %s)", date_format_iso((Date){pp->periods[0].from}, a));
    return "(outside its dated periods)";
}

/* The period of parameter 'k' in force on the row, as from/until dates
 * (NULL: open). */
static void param_period(Ex *x, uint32_t k, const char **from, const char **until)
{
    const PolicyParam *pp = &x->p->params[k];
    *from = *until = NULL;
    if (pp->set_text || !x->has_date) return;
    uint32_t at = policy_param_at(x->p, k, x->has_date, x->date);
    char d[DATE_TEXT_SIZE];
    for (uint32_t i = 0; i < pp->n_periods; i++) {
        const PolicyPeriod *pe = &pp->periods[i];
        if (pe->value != at || x->date.days < pe->from || x->date.days > pe->until) continue;
        if (pe->from != INT32_MIN) *from = arena_strdup(&x->arena, date_format_iso((Date){pe->from}, d));
        if (pe->until != INT32_MAX) *until = arena_strdup(&x->arena, date_format_iso((Date){pe->until}, d));
        return;
    }
}

/* "row H23 (cases.csv line 24)". */
static void put_row_name(Ex *x, Buf *b)
{
    const PolicyDataset *in = &x->p->datasets[x->p->input];
    buf_puts(b, "row ");
    if (in->n_keys == 0) {
        buf_printf(b, "%zu", x->row + 1);
    } else {
        for (uint32_t k = 0; k < in->n_keys; k++) {
            if (k) buf_puts(b, ", ");
            Value v = dataset_get(in->data, x->row, in->key_fields[k]);
            if (v.kind == VAL_TEXT && v.as.text) buf_put(b, v.as.text->s, v.as.text->len);
            else put_value(x, b, v, in->field_format[in->key_fields[k]], STYLE_TEXT);
        }
    }
    uint64_t line = dataset_line(in->data, x->row);
    if (line) buf_printf(b, " (%s line %" PRIu64 ")", explain_input_file(in), line);
}

/* The summary sentence of --why-not. */
static void put_why_summary(Ex *x, Buf *b, Style style)
{
    const WhyNot *w = x->why;
    const PolicyDecision *dec = &x->p->decisions[w->d];
    const DecisionEx *de = &x->dec[w->d];
    if (!de->ok) {
        buf_printf(b, "%s could not be decided for this row: %s", dec->name, de->error ? de->error : "an error");
        return;
    }
    if (w->already) {
        buf_printf(b, "%s is %s: ", dec->name, w->name);
        if (de->rule < 0) buf_puts(b, "no rule applied and the otherwise gives it");
        else {
            buf_puts(b, "rule ");
            put_rule_title(b, dec, de->rule);
            buf_puts(b, " decided it");
        }
        return;
    }
    if (!w->any_giver) {
        buf_printf(b, "%s was not possible: no rule of %s gives it%s", w->name, dec->name,
                   dec->otherwise != IR_NONE ? ", and neither does its otherwise" : "");
        return;
    }
    buf_printf(b, "%s was not possible: ", w->name);
    for (uint32_t k = 0; k < w->n_blockers; k++) {
        const RuleEx *r = &w->blockers[k];
        if (k) buf_puts(b, "; and after it ");
        buf_puts(b, "rule ");
        put_rule_title(b, dec, r->rule);
        if (r->state == RS_ERROR) {
            buf_printf(b, " could not be evaluated: %s", r->error);
            continue;
        }
        buf_puts(b, k == 0 && r->tried ? " applied first" : r->tried ? " applied" : " would have applied");
        if (r->when.node != IR_NONE) {
            buf_puts(b, ": ");
            put_facts_inline(x, b, &r->when, style);
        } else {
            buf_puts(b, " (it has no condition)");
        }
        if (r->unless.node != IR_NONE) {
            buf_puts(b, ", and its exception did not hold: ");
            put_facts_inline(x, b, &r->unless, style);
        }
    }
    /* the rules that give it, and why they did not */
    char df[DATE_TEXT_SIZE];
    for (uint32_t k = 0; k < w->n_givers; k++) {
        const RuleEx *r = &w->givers[k];
        if (k || w->n_blockers) buf_puts(b, "; ");
        buf_puts(b, "rule ");
        put_rule_title(b, dec, r->rule);
        switch (r->state) {
        case RS_NOT_IN_FORCE:
            buf_printf(b, ", which gives it, is not in force on %s",
                       x->has_date ? date_format_iso(x->date, df) : "a row without a reference date");
            break;
        case RS_WHEN_FALSE:
            buf_puts(b, r->tried ? ", which gives it, did not apply: " : ", which gives it, would not have applied either: ");
            put_facts_inline(x, b, &r->when, style);
            break;
        case RS_UNLESS_HELD:
            buf_puts(b, r->tried ? ", which gives it, did not apply because its exception held: "
                                 : ", which gives it, would not have applied either, because its exception held: ");
            put_facts_inline(x, b, &r->unless, style);
            break;
        case RS_ERROR: buf_printf(b, ", which gives it, could not be evaluated: %s", r->error); break;
        case RS_APPLIES: buf_puts(b, " would have given it"); break;
        }
    }
}

/* The type of argument 'a' of call 'c', as its call site says. */
static const FormatType *call_arg_fmt(Ex *x, const CallEx *c, uint32_t a)
{
    if (c->node == IR_NONE || c->node >= x->p->n_ir) return NULL;
    const IrNode *n = &x->p->ir[c->node];
    return a < n->n ? explain_node_fmt(x, x->p->args[n->args + a]) : NULL;
}

/* ---- writing: text ------------------------------------------------------------------------ */

static void indent(Buf *b, int n)
{
    for (int k = 0; k < n; k++) buf_put(b, " ", 1);
}

static void text_cond(Ex *x, Buf *b, const Cond *c, const char *word, int ind)
{
    if (c->node == IR_NONE) return;
    indent(b, ind);
    buf_printf(b, "%s %s: ", word, explain_node_text(x, c->node));
    if (!c->ok) {
        buf_puts(b, "not evaluated\n");
        return;
    }
    put_value(x, b, value_bool(c->value), NULL, STYLE_TEXT);
    buf_puts(b, "\n");
    for (uint32_t k = 0; k < c->n_facts; k++) {
        indent(b, ind + 2);
        put_fact(x, b, &c->facts[k], STYLE_TEXT);
        buf_puts(b, "\n");
    }
}

/* A doc string, each line indented by 'ind' (its common indentation and
 * surrounding blank lines dropped). */
static void text_doc(Buf *b, const char *doc, int ind)
{
    if (!doc) return;
    size_t common = SIZE_MAX;
    for (const char *s = doc; *s;) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        size_t lead = 0;
        while (lead < len && (s[lead] == ' ' || s[lead] == '\t')) lead++;
        if (lead < len && lead < common) common = lead;
        s = e ? e + 1 : s + len;
    }
    if (common == SIZE_MAX) return;
    bool started = false;
    size_t blank = 0;
    for (const char *s = doc; *s;) {
        const char *e = strchr(s, '\n');
        size_t len = e ? (size_t)(e - s) : strlen(s);
        size_t lead = 0;
        while (lead < len && (s[lead] == ' ' || s[lead] == '\t')) lead++;
        if (lead == len) {
            if (started) blank++;
        } else {
            for (; blank; blank--) buf_puts(b, "\n");
            indent(b, ind);
            buf_put(b, s + common, len - common);
            buf_puts(b, "\n");
            started = true;
        }
        s = e ? e + 1 : s + len;
    }
}

static void text_rule(Ex *x, Buf *b, uint32_t d, const RuleEx *r, int ind)
{
    const PolicyDecision *dec = &x->p->decisions[d];
    indent(b, ind);
    put_rule_title(b, dec, r->rule);
    char df[DATE_TEXT_SIZE], du[DATE_TEXT_SIZE];
    switch (r->state) {
    case RS_NOT_IN_FORCE: {
        const PolicyRule *pr = &dec->rules[r->rule];
        buf_puts(b, ": not in force on ");
        if (x->has_date) buf_puts(b, date_format_iso(x->date, df));
        else buf_puts(b, "a row without a reference date");
        buf_puts(b, " (valid");
        if (pr->valid_from != INT32_MIN) buf_printf(b, " from %s", date_format_iso((Date){pr->valid_from}, df));
        if (pr->valid_until != INT32_MAX) buf_printf(b, " until %s", date_format_iso((Date){pr->valid_until}, du));
        buf_puts(b, ")\n");
        return;
    }
    case RS_WHEN_FALSE: buf_puts(b, ": did not apply"); break;
    case RS_UNLESS_HELD: buf_puts(b, ": did not apply: its exception held"); break;
    case RS_APPLIES: buf_puts(b, r->rule < 0 ? ": applies when no rule does" : ": applied"); break;
    case RS_ERROR: buf_printf(b, ": could not be evaluated: %s", r->error); break;
    }
    if (!r->tried) buf_puts(b, " (not tried: an earlier rule decided; evaluated for this question)");
    buf_puts(b, "\n");
    text_cond(x, b, &r->when, "when", ind + 2);
    text_cond(x, b, &r->unless, "unless", ind + 2);
    if (r->state == RS_APPLIES && r->has_result && !r->tried) {
        indent(b, ind + 2);
        buf_puts(b, "giving ");
        put_value(x, b, r->result, dec->format, STYLE_TEXT);
        buf_puts(b, "\n");
    }
}

static void text_decision(Ex *x, Buf *b, uint32_t d)
{
    const PolicyDecision *dec = &x->p->decisions[d];
    const DecisionEx *de = &x->dec[d];
    buf_printf(b, "%s = ", dec->name);
    if (!de->ok) {
        buf_printf(b, "(error) %s\n", de->error ? de->error : "");
    } else {
        put_value(x, b, de->value, dec->format, STYLE_TEXT);
        buf_puts(b, "\n");
    }
    /* the deciding rule first, then the rules tried before it */
    const RuleEx *deciding = NULL;
    uint32_t before = de->n_rules;
    if (de->ok && de->rule >= 0)
        for (uint32_t k = 0; k < de->n_rules; k++)
            if (de->rules[k].rule == de->rule) {
                deciding = &de->rules[k];
                before = dec->unique ? de->n_rules : k;
            }
    if (deciding) {
        const PolicyRule *pr = &dec->rules[de->rule];
        indent(b, 2);
        buf_puts(b, "decided by rule ");
        put_rule_title(b, dec, de->rule);
        const char *where = span_where(x, pr->span);
        if (where) buf_printf(b, " (%s)", where);
        buf_puts(b, "\n");
        text_doc(b, pr->doc, 4);
        text_cond(x, b, &deciding->when, "when", 4);
        text_cond(x, b, &deciding->unless, "unless", 4);
        if (pr->when == IR_NONE) {
            indent(b, 4);
            buf_puts(b, "(it has no condition: it applies to every row)\n");
        }
    } else if (de->ok) {
        indent(b, 2);
        buf_puts(b, "decided by otherwise: no rule applied\n");
    } else {
        indent(b, 2);
        buf_puts(b, "not decided\n");
    }
    bool any = false;
    for (uint32_t k = 0; k < before; k++) {
        if (&de->rules[k] == deciding) continue;
        if (!any) {
            indent(b, 2);
            buf_puts(b, dec->unique ? "the other rules:\n" : deciding ? "rules tried before it:\n" : "rules tried:\n");
            any = true;
        }
        text_rule(x, b, d, &de->rules[k], 4);
    }
}

static void text_values(Ex *x, Buf *b)
{
    const Policy *p = x->p;
    /* definitions: "name = value", the formula in a column */
    size_t width = 0;
    const char **lhs = ARENA_ARRAY(&x->arena, const char *, p->n_defs ? p->n_defs : 1);
    for (uint32_t k = 0; k < p->n_defs; k++) {
        if (!x->def_seen[k] || p->defs[k].n_params) continue;
        const FormatType *f = p->defs[k].money ? &F_MONEY : explain_node_fmt(x, p->defs[k].body);
        lhs[k] = arena_printf(&x->arena, "%s = %s", p->defs[k].name, value_str(x, x->def_val[k], f, STYLE_TEXT));
        size_t w = utf8_chars(lhs[k], strlen(lhs[k]));
        if (w > width) width = w;
    }
    if (width > 40) width = 40;
    bool any = false;
    for (uint32_t k = 0; k < p->n_defs; k++) {
        if (!lhs[k]) continue;
        if (!any) buf_puts(b, "\ndefinitions\n");
        any = true;
        indent(b, 2);
        buf_puts(b, lhs[k]);
        size_t w = utf8_chars(lhs[k], strlen(lhs[k]));
        const char *formula = explain_node_text(x, p->defs[k].body);
        const char *val = lhs[k] + strlen(p->defs[k].name) + 3;
        if (strcmp(formula, val) != 0) {
            indent(b, (int)(w < width ? width - w : 0) + 3);
            buf_puts(b, formula);
        }
        buf_puts(b, "\n");
    }
    if (x->n_calls) buf_puts(b, "\nfunctions called\n");
    for (size_t k = 0; k < x->n_calls; k++) {
        const CallEx *c = &x->calls[k];
        const PolicyDef *pd = &p->defs[c->def];
        indent(b, 2);
        buf_printf(b, "%s(", pd->name);
        const char **args = ARENA_ARRAY(&x->arena, const char *, c->n_args ? c->n_args : 1);
        const char *sep = ", ";
        for (uint32_t a = 0; a < c->n_args; a++) {
            args[a] = value_str(x, c->args[a], call_arg_fmt(x, c, a), STYLE_TEXT);
            if (c->args[a].kind != VAL_TEXT && strchr(args[a], ',')) sep = "; "; /* 2,5 */
        }
        for (uint32_t a = 0; a < c->n_args; a++) buf_printf(b, "%s%s", a ? sep : "", args[a]);
        buf_puts(b, ") = ");
        put_value(x, b, c->value, pd->money ? &F_MONEY : explain_node_fmt(x, pd->body), STYLE_TEXT);
        buf_puts(b, "\n");
    }
    any = false;
    for (uint32_t k = 0; k < p->n_params; k++) {
        if (!x->param_seen[k]) continue;
        if (!any) buf_puts(b, "\nparameters\n");
        any = true;
        indent(b, 2);
        buf_printf(b, "%s = ", p->params[k].name);
        put_value(x, b, x->param_val[k], p->params[k].format, STYLE_TEXT);
        const char *when = param_when(x, k);
        if (*when) buf_printf(b, " %s", when);
        buf_puts(b, "\n");
    }
    if (x->n_ledgers) buf_puts(b, "\nledgers, as this row saw them\n");
    for (size_t k = 0; k < x->n_ledgers; k++) {
        const LedgerEx *l = &x->ledgers[k];
        const PolicyBudget *pb = &p->budgets[l->budget];
        indent(b, 2);
        if (l->entry < 0) {
            buf_printf(b, "%s: no account for this row: %s\n", pb->name, l->error ? l->error : "");
            continue;
        }
        buf_printf(b, "remaining(%s[", pb->name);
        put_key(x, b, l);
        buf_puts(b, "]) = ");
        put_value(x, b, value_num(l->remaining), &F_MONEY, STYLE_TEXT);
        buf_puts(b, " of ");
        put_value(x, b, value_num(l->limit), &F_MONEY, STYLE_TEXT);
        buf_puts(b, " when this row was decided");
        if (l->grants) {
            buf_puts(b, " (");
            put_value(x, b, value_num(l->charged), &F_MONEY, STYLE_TEXT);
            buf_printf(b, " charged for %" PRIu64 " earlier row%s)", l->grants, l->grants == 1 ? "" : "s");
        } else if (dec_sign(l->charged) == 0) {
            buf_puts(b, " (nothing charged before)");
        }
        buf_puts(b, l->own ? "; this row's own account\n" : "\n");
        if (l->own && dec_sign(l->charged_now) != 0) {
            Dec after;
            indent(b, 4);
            buf_puts(b, "this row was charged ");
            put_value(x, b, value_num(l->charged_now), &F_MONEY, STYLE_TEXT);
            if (dec_sub(&after, l->remaining, l->charged_now)) {
                buf_puts(b, ", leaving ");
                put_value(x, b, value_num(after), &F_MONEY, STYLE_TEXT);
            }
            buf_puts(b, "\n");
        }
    }
    const PolicyDataset *in = &p->datasets[p->input];
    any = false;
    for (size_t f = 0; f < in->schema.n; f++) {
        if (!x->field_used[f]) continue;
        if (!any) buf_puts(b, "\ninput fields used\n");
        any = true;
        indent(b, 2);
        buf_printf(b, "%s = ", in->schema.fields[f].name);
        put_value(x, b, dataset_get(in->data, x->row, f), in->field_format[f], STYLE_TEXT);
        buf_puts(b, "\n");
    }
}

static void text_header(Ex *x, Buf *b)
{
    const Policy *p = x->p;
    const PolicyDataset *in = &p->datasets[p->input];
    put_row_name(x, b);
    buf_puts(b, "\n");
    char d[DATE_TEXT_SIZE];
    if (x->has_date) {
        buf_printf(b, "  reference date %s", date_format_iso(x->date, d));
        if (p->fixed_date) buf_puts(b, " (--on)\n");
        else buf_printf(b, " (%s)\n", in->schema.fields[in->schema.date_field].name);
    }
    if (x->budgets) {
        buf_printf(b, "  decided as row %zu of %zu in date order", x->position, x->n_rows);
        if (x->position > 1)
            buf_printf(b, ": the %zu row%s before it %s decided and charged first", x->position - 1,
                       x->position == 2 ? "" : "s", x->position == 2 ? "was" : "were");
        buf_puts(b, "\n");
    }
}

static void text_why(Ex *x, Buf *b)
{
    const WhyNot *w = x->why;
    const PolicyDecision *dec = &x->p->decisions[w->d];
    const DecisionEx *de = &x->dec[w->d];
    put_row_name(x, b);
    buf_printf(b, ": %s = ", dec->name);
    if (de->ok) {
        put_value(x, b, de->value, dec->format, STYLE_TEXT);
        buf_puts(b, ", by ");
        if (de->rule >= 0) buf_puts(b, "rule ");
        put_rule_title(b, dec, de->rule);
    } else {
        buf_puts(b, "(not decided)");
    }
    buf_puts(b, "\n\n");
    put_why_summary(x, b, STYLE_TEXT);
    buf_puts(b, "\n");
    if (w->already || !w->any_giver || !de->ok) return;
    if (w->n_blockers) {
        buf_printf(b, "\nin the way of %s:\n", w->name);
        for (uint32_t k = 0; k < w->n_blockers; k++) text_rule(x, b, w->d, &w->blockers[k], 2);
    }
    buf_printf(b, "\n%s is given by:\n", w->name);
    for (uint32_t k = 0; k < w->n_givers; k++) text_rule(x, b, w->d, &w->givers[k], 2);
    if (w->otherwise_gives) {
        indent(b, 2);
        buf_puts(b, "otherwise: when no rule applies\n");
    }
}

void explain_write_text(Ex *x)
{
    Buf b = {0};
    if (x->why) {
        text_why(x, &b);
    } else {
        text_header(x, &b);
        for (uint32_t d = 0; d < x->n_decided; d++) {
            buf_puts(&b, "\n");
            text_decision(x, &b, d);
        }
        text_values(x, &b);
    }
    if (b.s) fwrite(b.s, 1, b.len, x->out);
    xfree(b.s);
}

/* ---- writing: JSON ---------------------------------------------------------------------------- */

/* A JSON writer that puts every member on its own line. */
typedef struct Json {
    Ex *x;
    Buf *b;
    int depth;               /* open objects and arrays */
    bool first[64];          /* per depth: no member written yet */
} Json;

static void j_sep(Json *j, const char *key)
{
    if (j->depth > 0) {
        if (!j->first[j->depth]) buf_puts(j->b, ",");
        j->first[j->depth] = false;
        buf_puts(j->b, "\n");
        indent(j->b, 2 * j->depth);
    }
    if (key) {
        put_json_string(j->b, key);
        buf_puts(j->b, ": ");
    }
}

static void j_open(Json *j, const char *key, char c)
{
    j_sep(j, key);
    buf_put(j->b, &c, 1);
    if (j->depth < 63) j->depth++;
    j->first[j->depth] = true;
}

static void j_close(Json *j, char c)
{
    bool empty = j->first[j->depth];
    j->depth--;
    if (!empty) {
        buf_puts(j->b, "\n");
        indent(j->b, 2 * j->depth);
    }
    buf_put(j->b, &c, 1);
}

static void j_str(Json *j, const char *key, const char *s)
{
    j_sep(j, key);
    if (s) put_json_string(j->b, s);
    else buf_puts(j->b, "null");
}

static void j_raw(Json *j, const char *key, const char *raw)
{
    j_sep(j, key);
    buf_puts(j->b, raw);
}

static void j_bool(Json *j, const char *key, bool v)
{
    j_raw(j, key, v ? "true" : "false");
}

static void j_uint(Json *j, const char *key, uint64_t v)
{
    j_sep(j, key);
    buf_printf(j->b, "%" PRIu64, v);
}

static void j_value(Json *j, const char *key, Value v, const FormatType *f)
{
    j_sep(j, key);
    put_value(j->x, j->b, v, f, STYLE_JSON);
}

static void j_text(Json *j, const char *key, void (*put)(Ex *, Buf *, const void *, Style), const void *arg)
{
    Buf t = {0};
    put(j->x, &t, arg, STYLE_PLAIN);
    j_str(j, key, t.s ? t.s : "");
    xfree(t.s);
}

static void put_fact_cb(Ex *x, Buf *b, const void *arg, Style style)
{
    put_fact(x, b, arg, style);
}

static void j_operand(Json *j, const Operand *o)
{
    if (!o->show) return;
    j_open(j, NULL, '{');
    j_str(j, "expr", o->expr);
    j_value(j, "value", o->v, o->fmt);
    j_close(j, '}');
}

static void j_cond(Json *j, const char *key, const Cond *c)
{
    if (c->node == IR_NONE) {
        j_raw(j, key, "null");
        return;
    }
    j_open(j, key, '{');
    j_str(j, "condition", explain_node_text(j->x, c->node));
    if (c->ok) j_bool(j, "value", c->value);
    else j_raw(j, "value", "null");
    j_open(j, "facts", '[');
    for (uint32_t k = 0; k < c->n_facts; k++) {
        const Fact *f = &c->facts[k];
        j_open(j, NULL, '{');
        j_text(j, "text", put_fact_cb, f);
        j_open(j, "values", '[');
        j_operand(j, &f->a);
        if (f->binary) j_operand(j, &f->b);
        j_close(j, ']');
        j_close(j, '}');
    }
    j_close(j, ']');
    j_close(j, '}');
}

static const char *state_name(RuleState s)
{
    switch (s) {
    case RS_NOT_IN_FORCE: return "not_in_force";
    case RS_WHEN_FALSE: return "when_false";
    case RS_UNLESS_HELD: return "unless_held";
    case RS_APPLIES: return "applied";
    case RS_ERROR: return "error";
    }
    return "?";
}

static void j_rule(Json *j, uint32_t d, const RuleEx *r)
{
    Ex *x = j->x;
    const PolicyDecision *dec = &x->p->decisions[d];
    j_open(j, NULL, '{');
    j_str(j, "rule", rule_name(dec, r->rule));
    const PolicyRule *pr = r->rule >= 0 ? &dec->rules[r->rule] : NULL;
    j_str(j, "label", pr ? pr->label : NULL);
    j_str(j, "source", span_where(x, pr ? pr->span : dec->otherwise_span));
    j_str(j, "state", state_name(r->state));
    j_bool(j, "tried", r->tried);
    char df[DATE_TEXT_SIZE];
    j_str(j, "valid_from", pr && pr->valid_from != INT32_MIN ? date_format_iso((Date){pr->valid_from}, df) : NULL);
    j_str(j, "valid_until", pr && pr->valid_until != INT32_MAX ? date_format_iso((Date){pr->valid_until}, df) : NULL);
    j_cond(j, "when", &r->when);
    j_cond(j, "unless", &r->unless);
    if (r->state == RS_ERROR) j_str(j, "error", r->error);
    if (r->state == RS_APPLIES && r->has_result) j_value(j, "result", r->result, dec->format);
    j_close(j, '}');
}

static void put_why_cb(Ex *x, Buf *b, const void *arg, Style style)
{
    (void)arg;
    put_why_summary(x, b, style);
}

static void j_why(Json *j)
{
    const WhyNot *w = j->x->why;
    const PolicyDecision *dec = &j->x->p->decisions[w->d];
    j_open(j, "why_not", '{');
    j_str(j, "decision", dec->name);
    j_str(j, "outcome", w->name);
    j_bool(j, "got_it", w->already);
    j_bool(j, "possible", w->any_giver);
    j_text(j, "summary", put_why_cb, NULL);
    j_open(j, "in_the_way", '[');
    for (uint32_t k = 0; k < w->n_blockers; k++) j_rule(j, w->d, &w->blockers[k]);
    j_close(j, ']');
    j_open(j, "given_by", '[');
    for (uint32_t k = 0; k < w->n_givers; k++) j_rule(j, w->d, &w->givers[k]);
    j_close(j, ']');
    j_bool(j, "otherwise_gives_it", w->otherwise_gives);
    j_close(j, '}');
}

void explain_write_json(Ex *x)
{
    const Policy *p = x->p;
    const PolicyDataset *in = &p->datasets[p->input];
    Buf b = {0};
    Json j = {x, &b, 0, {0}};
    char d[DATE_TEXT_SIZE];
    j_open(&j, NULL, '{');
    j_str(&j, "policy", p->path);
    j_open(&j, "row", '{');
    j_str(&j, "input", in->name);
    j_uint(&j, "number", x->row + 1);
    j_open(&j, "key", '[');
    for (uint32_t k = 0; k < in->n_keys; k++)
        j_value(&j, NULL, dataset_get(in->data, x->row, in->key_fields[k]), in->field_format[in->key_fields[k]]);
    j_close(&j, ']');
    j_str(&j, "file", dataset_file(in->data));
    uint64_t line = dataset_line(in->data, x->row);
    if (line) j_uint(&j, "line", line);
    else j_raw(&j, "line", "null");
    j_str(&j, "reference_date", x->has_date ? date_format_iso(x->date, d) : NULL);
    if (x->budgets) {
        j_uint(&j, "position", x->position);
        j_uint(&j, "rows", x->n_rows);
    } else {
        j_raw(&j, "position", "null");
        j_uint(&j, "rows", x->n_rows);
    }
    j_open(&j, "fields", '{');
    for (size_t f = 0; f < in->schema.n; f++)
        j_value(&j, in->schema.fields[f].name, dataset_get(in->data, x->row, f), in->field_format[f]);
    j_close(&j, '}');
    j_open(&j, "fields_used", '[');
    for (size_t f = 0; f < in->schema.n; f++)
        if (x->field_used[f]) j_str(&j, NULL, in->schema.fields[f].name);
    j_close(&j, ']');
    j_close(&j, '}');

    j_open(&j, "decisions", '[');
    for (uint32_t dn = 0; dn < x->n_decided; dn++) {
        const PolicyDecision *dec = &p->decisions[dn];
        const DecisionEx *de = &x->dec[dn];
        j_open(&j, NULL, '{');
        j_str(&j, "decision", dec->name);
        if (de->ok) {
            j_value(&j, "value", de->value, dec->format);
            const EnumInfo *os = explain_outcomes(p, dec);
            int64_t o = explain_outcome_of(dec, de->value);
            j_str(&j, "outcome", os && o >= 0 && (uint64_t)o < os->n ? os->members[o] : NULL);
            j_str(&j, "rule", rule_name(dec, de->rule));
            const PolicyRule *pr = de->rule >= 0 ? &dec->rules[de->rule] : NULL;
            j_str(&j, "label", pr ? pr->label : NULL);
            j_str(&j, "doc", pr ? pr->doc : NULL);
            j_str(&j, "source", span_where(x, pr ? pr->span : dec->otherwise_span));
        } else {
            j_raw(&j, "value", "null");
            j_str(&j, "error", de->error);
        }
        j_open(&j, "rules", '[');
        for (uint32_t k = 0; k < de->n_rules; k++) j_rule(&j, dn, &de->rules[k]);
        j_close(&j, ']');
        j_close(&j, '}');
    }
    j_close(&j, ']');

    j_open(&j, "definitions", '[');
    for (uint32_t k = 0; k < p->n_defs; k++) {
        if (!x->def_seen[k] || p->defs[k].n_params) continue;
        j_open(&j, NULL, '{');
        j_str(&j, "name", p->defs[k].name);
        j_value(&j, "value", x->def_val[k], p->defs[k].money ? &F_MONEY : explain_node_fmt(x, p->defs[k].body));
        j_str(&j, "formula", explain_node_text(x, p->defs[k].body));
        j_close(&j, '}');
    }
    j_close(&j, ']');
    j_open(&j, "calls", '[');
    for (size_t k = 0; k < x->n_calls; k++) {
        const CallEx *c = &x->calls[k];
        const PolicyDef *pd = &p->defs[c->def];
        j_open(&j, NULL, '{');
        j_str(&j, "function", pd->name);
        j_open(&j, "args", '[');
        for (uint32_t a = 0; a < c->n_args; a++) j_value(&j, NULL, c->args[a], call_arg_fmt(x, c, a));
        j_close(&j, ']');
        j_value(&j, "value", c->value, pd->money ? &F_MONEY : explain_node_fmt(x, pd->body));
        j_close(&j, '}');
    }
    j_close(&j, ']');
    j_open(&j, "parameters", '[');
    for (uint32_t k = 0; k < p->n_params; k++) {
        if (!x->param_seen[k]) continue;
        const char *from, *until;
        param_period(x, k, &from, &until);
        j_open(&j, NULL, '{');
        j_str(&j, "name", p->params[k].name);
        j_value(&j, "value", x->param_val[k], p->params[k].format);
        j_str(&j, "from", from);
        j_str(&j, "until", until);
        j_bool(&j, "set", p->params[k].set_text != NULL);
        j_close(&j, '}');
    }
    j_close(&j, ']');
    j_open(&j, "ledgers", '[');
    for (size_t k = 0; k < x->n_ledgers; k++) {
        const LedgerEx *l = &x->ledgers[k];
        const PolicyBudget *pb = &p->budgets[l->budget];
        j_open(&j, NULL, '{');
        j_str(&j, "budget", pb->name);
        j_bool(&j, "own", l->own);
        if (l->entry < 0) {
            j_str(&j, "error", l->error);
            j_close(&j, '}');
            continue;
        }
        const LedgerEntry *le = &x->ls.items[l->budget].entries[l->entry];
        j_open(&j, "key", '[');
        for (uint32_t kp = 0; kp < pb->n_per; kp++) j_value(&j, NULL, le->key[kp], pb->key_format[kp]);
        j_close(&j, ']');
        j_value(&j, "limit", value_num(l->limit), &F_MONEY);
        j_value(&j, "charged_before", value_num(l->charged), &F_MONEY);
        j_uint(&j, "rows_charged_before", l->grants);
        j_value(&j, "remaining", value_num(l->remaining), &F_MONEY);
        j_value(&j, "charged_by_this_row", value_num(l->charged_now), &F_MONEY);
        j_close(&j, '}');
    }
    j_close(&j, ']');
    if (x->why) j_why(&j);
    j_close(&j, '}');
    buf_puts(&b, "\n");
    fwrite(b.s, 1, b.len, x->out);
    xfree(b.s);
}

