/* SPDX-License-Identifier: MIT
 * doc.c - 'grip doc': the effective policy as an HTML page or Markdown
 * (see doc.h; the page is described in docs/cli.md).
 *
 * Two steps.  First the *effective* declarations are collected from the
 * main module and the modules it extends, base first (collect): an
 * 'override' replaces the inherited declaration in its place, a decision
 * without a type adds its rules to the inherited one (an 'override rule'
 * in place, an 'exception to R' right before R, others at the end), as the
 * checker orders them (check.h, CheckedDecision).  Each entry remembers
 * its module and its origin, which the page shows as a badge.  Until the
 * checker fills node->ref this is done by name, which is all 'extends'
 * needs.
 *
 * Then the document is written through docout.h, which knows the two
 * formats (HTML through runtime/html.h, Markdown by hand): sections,
 * tables and words are written once.  Expressions are put in words by
 * describe.h, whose pieces come back through docout_sink so names can be
 * marked (<var>, `backticks`).
 */
#include "doc.h"

#include <string.h>

#include "../runtime/alloc.h"
#include "../runtime/sha256.h"
#include "describe.h"
#include "docout.h"
#include "module.h"
#include "parse.h"

/* How an effective declaration or rule came to be, seen from the main
 * policy (only shown when the policy extends another). */
typedef enum Origin {
    ORIGIN_OWN,       /* written in the policy itself (which extends nothing) */
    ORIGIN_INHERITED, /* from a module the policy extends, unchanged */
    ORIGIN_OVERRIDE,  /* the policy overrides an inherited one */
    ORIGIN_ADDED,     /* the policy adds it to what it inherits */
    ORIGIN_EXCEPTION  /* the policy adds it as an 'exception to' an inherited rule */
} Origin;

typedef struct Entry {
    const AstNode *node;   /* the declaration or rule */
    const Module *module;  /* the module that wrote it */
    Origin origin;         /* see Origin */
    const AstNode *prev;   /* for an override: what it replaced */
    const Module *prev_module; /* and where that was written */
    int32_t decision;      /* AST_DECISION: index in Doc.decisions; -1 otherwise */
} Entry;

typedef struct DecisionDoc {
    Entry *rules;          /* effective rules in order (xmalloc) */
    uint32_t n_rules;      /* entries in 'rules' */
    size_t cap_rules;      /* capacity of 'rules' */
    Entry otherwise;       /* node: the effective 'otherwise' expression, or NULL */
} DecisionDoc;

typedef struct Doc {
    const Program *p;      /* the loaded policy (borrowed) */
    DocOptions opt;        /* as given */
    DocOut o;              /* the output, in HTML or Markdown */
    Arena arena;           /* strings made while writing */
    const Module **family; /* the main module and what it extends, base first (xmalloc) */
    uint32_t n_family;     /* entries in 'family' */
    Entry *decls;          /* effective top-level declarations in order (xmalloc) */
    uint32_t n_decls;
    size_t cap_decls;
    DecisionDoc *decisions; /* one per effective decision (xmalloc) */
    uint32_t n_decisions;
    size_t cap_decisions;
} Doc;

static const Module *main_module(const Doc *d)
{
    return d->family[d->n_family - 1];
}

/* The page's words in its language. */
static const char *tr(const Doc *d, const char *nl, const char *en)
{
    return d->o.page == DESC_NL ? nl : en;
}

/* ---- collecting the effective policy ---------------------------------- */

static const char *decl_name(const AstNode *n)
{
    return n->name ? n->name : "";
}

static Entry *add_decl(Doc *d, Entry e)
{
    d->decls = xgrow(d->decls, &d->cap_decls, d->n_decls + 1, sizeof *d->decls);
    d->decls[d->n_decls] = e;
    return &d->decls[d->n_decls++];
}

static Entry *find_decl(Doc *d, int kind, const char *name)
{
    for (uint32_t k = 0; k < d->n_decls; k++)
        if (d->decls[k].node->kind == kind && strcmp(decl_name(d->decls[k].node), name) == 0)
            return &d->decls[k];
    return NULL;
}

static void insert_rule(DecisionDoc *dd, uint32_t at, Entry e)
{
    dd->rules = xgrow(dd->rules, &dd->cap_rules, dd->n_rules + 1, sizeof *dd->rules);
    memmove(dd->rules + at + 1, dd->rules + at, (dd->n_rules - at) * sizeof *dd->rules);
    dd->rules[at] = e;
    dd->n_rules++;
}

static int32_t find_rule(const DecisionDoc *dd, const char *name)
{
    for (uint32_t k = 0; k < dd->n_rules; k++)
        if (strcmp(decl_name(dd->rules[k].node), name) == 0) return (int32_t)k;
    return -1;
}

/* Adds the rules and 'otherwise' of 'dec' (written in 'm') to 'dd'.
 * 'changing': 'm' is the main policy changing an inherited decision. */
static void merge_rules(Doc *d, DecisionDoc *dd, const AstNode *dec, const Module *m, int changing)
{
    Origin base = m != main_module(d) ? ORIGIN_INHERITED : changing ? ORIGIN_ADDED : ORIGIN_OWN;
    for (uint32_t k = 0; k < dec->n_items; k++) {
        const AstNode *r = dec->items[k];
        Entry e = {r, m, base, NULL, NULL, -1};
        int32_t at;
        if ((r->flags & AST_F_OVERRIDE) && (at = find_rule(dd, decl_name(r))) >= 0) {
            e.prev = dd->rules[at].node;
            e.prev_module = dd->rules[at].module;
            if (base == ORIGIN_ADDED) e.origin = ORIGIN_OVERRIDE;
            dd->rules[at] = e;
            continue;
        }
        if (r->d && r->d->name && (at = find_rule(dd, r->d->name)) >= 0) {
            if (base == ORIGIN_ADDED) e.origin = ORIGIN_EXCEPTION;
            insert_rule(dd, (uint32_t)at, e);
            continue;
        }
        insert_rule(dd, dd->n_rules, e);
    }
    if (dec->b) {
        Origin o = dd->otherwise.node && base == ORIGIN_ADDED ? ORIGIN_OVERRIDE : base;
        dd->otherwise = (Entry){dec->b, m, o, dd->otherwise.node, dd->otherwise.module, -1};
    }
}

static void collect(Doc *d)
{
    for (uint32_t f = 0; f < d->n_family; f++) {
        const Module *m = d->family[f];
        int is_main = m == main_module(d);
        Origin base = is_main ? (d->n_family > 1 ? ORIGIN_ADDED : ORIGIN_OWN) : ORIGIN_INHERITED;
        const AstNode *root = m->root;
        for (uint32_t k = 0; root && k < root->n_items; k++) {
            const AstNode *n = root->items[k];
            if (n->kind == AST_MODULE || n->kind == AST_USE || n->kind == AST_EXTENDS || n->kind == AST_ERROR)
                continue;
            Entry e = {n, m, base, NULL, NULL, -1};
            Entry *old = n->kind == AST_TEST ? NULL : find_decl(d, n->kind, decl_name(n));
            if (n->kind == AST_DECISION) {
                if (old && !n->a) { /* adds rules to the inherited decision */
                    merge_rules(d, &d->decisions[old->decision], n, m, 1);
                    continue;
                }
                DecisionDoc fresh = {NULL, 0, 0, {NULL, NULL, ORIGIN_OWN, NULL, NULL, -1}};
                if (old) { /* a typed decision again: replaces the inherited one */
                    DecisionDoc *dd = &d->decisions[old->decision];
                    xfree(dd->rules);
                    *dd = fresh;
                    e.decision = old->decision;
                    e.prev = old->node;
                    e.prev_module = old->module;
                    if (base != ORIGIN_INHERITED) e.origin = ORIGIN_OVERRIDE;
                    *old = e;
                    merge_rules(d, dd, n, m, 0);
                    continue;
                }
                d->decisions = xgrow(d->decisions, &d->cap_decisions, d->n_decisions + 1, sizeof *d->decisions);
                d->decisions[d->n_decisions] = fresh;
                e.decision = (int32_t)d->n_decisions++;
                merge_rules(d, &d->decisions[e.decision], n, m, 0);
                add_decl(d, e);
                continue;
            }
            if (old && (n->flags & AST_F_OVERRIDE)) {
                e.prev = old->node;
                e.prev_module = old->module;
                if (base != ORIGIN_INHERITED) e.origin = ORIGIN_OVERRIDE;
                *old = e;
                continue;
            }
            add_decl(d, e);
        }
    }
}

/* ---- pieces --------------------------------------------------------------- */

static Describer describer(Doc *d, const Module *m)
{
    DescLang lang = d->opt.lang == DOC_LANG_NL   ? DESC_NL
                    : d->opt.lang == DOC_LANG_EN ? DESC_EN
                    : (m && m->lang == PARSE_LANG_NL) ? DESC_NL
                                                      : DESC_EN;
    Describer ds = {lang, docout_sink, &d->o, d->p};
    return ds;
}

static const char *origin_class(const Entry *e)
{
    static const char *const names[] = {"", " inherited", " override", " added", " exception"};
    return names[e->origin];
}

/* The badge of an entry, if its origin is worth one. */
static void badge(Doc *d, const Entry *e)
{
    const char *mod = e->module ? e->module->name : "";
    switch (e->origin) {
    case ORIGIN_INHERITED:
        docout_badge(&d->o, "badge inherited", arena_printf(&d->arena, "%s %s", tr(d, "geërfd van", "inherited from"), mod));
        break;
    case ORIGIN_OVERRIDE:
        docout_badge(&d->o, "badge override", arena_printf(&d->arena, "%s %s", tr(d, "overschreven in", "overridden in"), mod));
        break;
    case ORIGIN_ADDED:
        docout_badge(&d->o, "badge added", arena_printf(&d->arena, "%s %s", tr(d, "toegevoegd in", "added in"), mod));
        break;
    case ORIGIN_EXCEPTION:
        docout_badge(&d->o, "badge exception",
                arena_printf(&d->arena, "%s %s", tr(d, "uitzondering, toegevoegd in", "exception, added in"), mod));
        break;
    default: break;
    }
}

static const char *article_class(Doc *d, const char *kind, const Entry *e)
{
    return arena_printf(&d->arena, "%s%s", kind, origin_class(e));
}

/* "van 01-01-2019 tot en met 31-12-2019" for a period node. */
static void period_words(Doc *d, const Describer *ds, const AstNode *per)
{
    if (per->a) {
        docout_text(&d->o, per->b ? tr(d, "van ", "from ") : tr(d, "vanaf ", "from "));
        describe_value(ds, per->a);
    }
    if (per->b) {
        docout_text(&d->o, per->a ? tr(d, " tot en met ", " until ") : tr(d, "tot en met ", "until "));
        describe_value(ds, per->b);
    }
}

static char *rule_id(Doc *d, const char *decision, const char *rule)
{
    return arena_printf(&d->arena, "rule-%s-%s", decision, rule);
}

/* The trailing '# comment' on the line where 'n' ends, or NULL. */
static const char *trailing_comment(Doc *d, const AstNode *n)
{
    const SourceFile *f = sources_get(&d->p->sources, n->span.file);
    if (!f) return NULL;
    for (uint32_t k = 0; k < f->n_comments; k++) {
        Span c = f->comments[k];
        if (c.start < n->span.end) continue;
        for (uint32_t at = n->span.end; at < c.start; at++)
            if (f->text[at] == '\n') return NULL;
        uint32_t s = c.start;
        while (s < c.end && (f->text[s] == '#' || f->text[s] == ' ' || f->text[s] == '\t')) s++;
        uint32_t e = c.end;
        while (e > s && (f->text[e - 1] == ' ' || f->text[e - 1] == '\r' || f->text[e - 1] == '\n')) e--;
        return e > s ? arena_strndup(&d->arena, f->text + s, e - s) : NULL;
    }
    return NULL;
}

/* A heading "name" with a secondary text and the entry's badge. */
static void decl_heading(Doc *d, int level, const Entry *e, const char *small)
{
    docout_h_open(&d->o, level);
    docout_name(&d->o, decl_name(e->node));
    if (small) docout_small(&d->o, "type", small);
    badge(d, e);
    docout_h_close(&d->o, level);
}

static const char *type_words(Doc *d, const Module *m, const AstNode *type)
{
    Describer ds = describer(d, m);
    return describe_string(&d->arena, ds.lang, d->p, type, DESC_AS_TYPE);
}

/* ---- decisions ------------------------------------------------------------ */

static void rule_body(Doc *d, const Describer *ds, const AstNode *r)
{
    docout_dt(&d->o, tr(d, "Uitkomst", "Outcome"));
    describe_outcome(ds, r->a);
    docout_dd_close(&d->o);
    docout_dt(&d->o, tr(d, "Wanneer", "When"));
    if (r->b) {
        docout_text(&d->o, ds->lang == DESC_NL ? "als " : "if ");
        describe_condition(ds, r->b);
    } else {
        docout_text(&d->o, ds->lang == DESC_NL ? "altijd" : "always");
    }
    if (r->c) {
        docout_text(&d->o, ds->lang == DESC_NL ? ", tenzij " : ", unless ");
        describe_condition(ds, r->c);
    }
    docout_dd_close(&d->o);
}

static void write_rule(Doc *d, const Entry *dec, const DecisionDoc *dd, uint32_t index)
{
    const Entry *e = &dd->rules[index];
    const AstNode *r = e->node;
    Describer ds = describer(d, e->module);
    const char *label = r->decl ? r->decl->label : NULL;
    docout_article_open(&d->o, article_class(d, "rule", e), rule_id(d, decl_name(dec->node), decl_name(r)), ds.lang);
    docout_h_open(&d->o, 4);
    if (docout_is_html(&d->o)) {
        html_elem(&d->o.html, "span", arena_printf(&d->arena, "%u.", index + 1), "class", "num", NULL);
        html_raw(&d->o.html, " ");
        if (label) {
            html_elem(&d->o.html, "span", label, "class", "art", NULL);
            html_raw(&d->o.html, " ");
        }
        html_open(&d->o.html, "span", "class", "rname", NULL);
        docout_name(&d->o, decl_name(r));
        html_close(&d->o.html, "span");
    } else {
        docout_text(&d->o, arena_printf(&d->arena, "%u. ", index + 1));
        if (label) {
            docout_text(&d->o, label);
            docout_text(&d->o, " \xe2\x80\x94 "); /* — */
        }
        docout_name(&d->o, decl_name(r));
    }
    badge(d, e);
    docout_h_close(&d->o, 4);
    if (r->decl) docout_doc(&d->o, r->decl->doc);
    docout_dl_open(&d->o, "facts");
    rule_body(d, &ds, r);
    if (r->e) {
        docout_dt(&d->o, tr(d, "Geldig", "In force"));
        period_words(d, &ds, r->e);
        docout_dd_close(&d->o);
    }
    if (r->d && r->d->name) {
        docout_dt(&d->o, tr(d, "Uitzondering op", "Exception to"));
        int32_t target = find_rule(dd, r->d->name);
        docout_text(&d->o, tr(d, "regel ", "rule "));
        if (target >= 0) {
            const AstNode *t = dd->rules[target].node;
            docout_link_open(&d->o, rule_id(d, decl_name(dec->node), decl_name(t)));
            docout_text(&d->o, arena_printf(&d->arena, "%d ", target + 1));
            docout_name(&d->o, decl_name(t));
            if (t->decl && t->decl->label) docout_text(&d->o, arena_printf(&d->arena, " (%s)", t->decl->label));
            docout_link_close(&d->o);
            docout_text(&d->o, tr(d, ": deze regel gaat daarvoor", ": this rule comes first"));
        } else {
            docout_name(&d->o, r->d->name);
        }
        docout_dd_close(&d->o);
    }
    if (e->prev && e->origin == ORIGIN_OVERRIDE) {
        Describer pds = describer(d, e->prev_module);
        docout_dt(&d->o, arena_printf(&d->arena, "%s %s", tr(d, "Was in", "Was in"), e->prev_module->name));
        describe_outcome(&pds, e->prev->a);
        if (e->prev->b) {
            docout_text(&d->o, pds.lang == DESC_NL ? " als " : " if ");
            describe_condition(&pds, e->prev->b);
        }
        if (e->prev->c) {
            docout_text(&d->o, pds.lang == DESC_NL ? ", tenzij " : ", unless ");
            describe_condition(&pds, e->prev->c);
        }
        docout_dd_close(&d->o);
    }
    docout_dl_close(&d->o);
    docout_code(&d->o, describe_source(&d->arena, d->p, r));
    docout_article_close(&d->o);
}

static void write_decision(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    DecisionDoc *dd = &d->decisions[e->decision];
    Describer ds = describer(d, e->module);
    docout_article_open(&d->o, article_class(d, "decision", e), arena_printf(&d->arena, "decision-%s", decl_name(n)),
                   d->o.page);
    int changed = dd->otherwise.origin != ORIGIN_INHERITED && dd->otherwise.node;
    for (uint32_t k = 0; k < dd->n_rules; k++)
        if (dd->rules[k].origin != ORIGIN_INHERITED) changed = 1;
    docout_h_open(&d->o, 3);
    docout_name(&d->o, decl_name(n));
    if (n->a) docout_small(&d->o, "type", arena_printf(&d->arena, "(%s)", type_words(d, e->module, n->a)));
    if (e->origin == ORIGIN_INHERITED && changed)
        docout_badge(&d->o, "badge override",
                arena_printf(&d->arena, "%s %s, %s %s", tr(d, "geërfd van", "inherited from"), e->module->name,
                             tr(d, "gewijzigd in", "changed in"), main_module(d)->name));
    else
        badge(d, e);
    docout_h_close(&d->o, 3);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    if (n->flags & AST_F_UNIQUE)
        docout_p(&d->o, "how", tr(d, "Uniek: alle regels die van toepassing zijn, moeten dezelfde uitkomst geven; "
                            "geven ze verschillende uitkomsten, dan is dat een fout.",
                         "Unique: all rules that apply must give the same outcome; "
                         "different outcomes are an error."));
    else
        docout_p(&d->o, "how", tr(d, "De regels gelden in deze volgorde: de eerste regel die van toepassing is, beslist.",
                         "The rules apply in this order: the first rule that applies decides."));
    for (uint32_t k = 0; k < dd->n_rules; k++) write_rule(d, e, dd, k);
    const Entry *ow = &dd->otherwise;
    if (ow->node) {
        Describer ods = describer(d, ow->module);
        docout_article_open(&d->o, article_class(d, "otherwise", ow), arena_printf(&d->arena, "otherwise-%s", decl_name(n)),
                       ods.lang);
        docout_h_open(&d->o, 4);
        docout_text(&d->o, tr(d, "Anders", "Otherwise"));
        badge(d, ow);
        docout_h_close(&d->o, 4);
        docout_dl_open(&d->o, "facts");
        docout_dt(&d->o, tr(d, "Uitkomst", "Outcome"));
        describe_outcome(&ods, ow->node);
        docout_dd_close(&d->o);
        docout_dt(&d->o, tr(d, "Wanneer", "When"));
        docout_text(&d->o, tr(d, "als geen van de regels hierboven van toepassing is",
                     "when none of the rules above applies"));
        docout_dd_close(&d->o);
        if (ow->prev && ow->origin == ORIGIN_OVERRIDE) {
            Describer pds = describer(d, ow->prev_module);
            docout_dt(&d->o, arena_printf(&d->arena, "%s %s", tr(d, "Was in", "Was in"), ow->prev_module->name));
            describe_outcome(&pds, ow->prev);
            docout_dd_close(&d->o);
        }
        docout_dl_close(&d->o);
        docout_article_close(&d->o);
    } else {
        docout_p(&d->o, "otherwise none",
            tr(d, "Is geen van de regels van toepassing, dan is dat een fout: geen aanvraag valt ongezien "
                  "tussen wal en schip.",
               "When none of the rules applies, that is an error: no case falls through unseen."));
    }
    (void)ds;
    docout_article_close(&d->o);
}

/* ---- parameters and definitions ------------------------------------------ */

static void history_table(Doc *d, const Describer *ds, const AstNode *n)
{
    const char *heads[3] = {tr(d, "Vanaf", "From"), tr(d, "Tot en met", "Until"), tr(d, "Waarde", "Value")};
    docout_table_open(&d->o, "history", heads, 3);
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *per = n->items[k];
        docout_tr_open(&d->o, "period");
        docout_td_open(&d->o, 1);
        if (per->a) describe_value(ds, per->a);
        docout_td_close(&d->o);
        docout_td_open(&d->o, 1);
        if (per->b) describe_value(ds, per->b);
        else docout_text(&d->o, "\xe2\x80\x94"); /* — */
        docout_td_close(&d->o);
        docout_td_open(&d->o, 1);
        if (per->c) describe_value(ds, per->c);
        docout_td_close(&d->o);
        docout_tr_close(&d->o);
    }
    if (n->b) {
        docout_tr_open(&d->o, "default");
        docout_td_open(&d->o, 2);
        docout_text(&d->o, tr(d, "op alle andere data", "on every other date"));
        docout_td_close(&d->o);
        docout_td_open(&d->o, 1);
        describe_value(ds, n->b);
        docout_td_close(&d->o);
        docout_tr_close(&d->o);
    }
    docout_table_close(&d->o);
}

/* One line with a parameter's values: "0% vanaf 01-01-2019; 3% ...". */
static void history_line(Doc *d, const Describer *ds, const AstNode *n)
{
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *per = n->items[k];
        if (k) docout_text(&d->o, "; ");
        if (per->c) describe_value(ds, per->c);
        docout_text(&d->o, " ");
        period_words(d, ds, per);
    }
    if (n->b) {
        if (n->n_items) docout_text(&d->o, tr(d, "; op alle andere data ", "; on every other date "));
        describe_value(ds, n->b);
    }
}

static void write_parameter(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    docout_article_open(&d->o, article_class(d, "parameter", e), arena_printf(&d->arena, "parameter-%s", decl_name(n)),
                   ds.lang);
    decl_heading(d, 3, e, n->a ? arena_printf(&d->arena, "(%s)", type_words(d, e->module, n->a)) : NULL);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    if (n->n_items > 0) {
        history_table(d, &ds, n);
    } else if (n->b) {
        docout_p_open(&d->o, "value");
        docout_text(&d->o, tr(d, "Waarde: ", "Value: "));
        describe_value(&ds, n->b);
        docout_p_close(&d->o);
    }
    if (e->prev && e->origin == ORIGIN_OVERRIDE) {
        Describer pds = describer(d, e->prev_module);
        docout_p_open(&d->o, "was");
        docout_text(&d->o, arena_printf(&d->arena, "%s %s: ", tr(d, "Was in", "Was in"), e->prev_module->name));
        history_line(d, &pds, e->prev);
        docout_p_close(&d->o);
    }
    docout_article_close(&d->o);
}

static void write_def(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    docout_article_open(&d->o, article_class(d, "def", e), arena_printf(&d->arena, "def-%s", decl_name(n)), ds.lang);
    docout_h_open(&d->o, 3);
    docout_name(&d->o, decl_name(n));
    if (n->flags & AST_F_FUNCTION) {
        docout_text(&d->o, "(");
        for (uint32_t k = 0; k < n->n_items; k++) {
            if (k) docout_text(&d->o, ", ");
            docout_name(&d->o, decl_name(n->items[k]));
        }
        docout_text(&d->o, ")");
    }
    if (n->a) docout_small(&d->o, "type", arena_printf(&d->arena, "(%s)", type_words(d, e->module, n->a)));
    badge(d, e);
    docout_h_close(&d->o, 3);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    docout_dl_open(&d->o, "facts");
    if ((n->flags & AST_F_FUNCTION) && n->n_items) {
        docout_dt(&d->o, tr(d, "Met", "Given"));
        for (uint32_t k = 0; k < n->n_items; k++) {
            if (k) docout_text(&d->o, ", ");
            docout_name(&d->o, decl_name(n->items[k]));
            if (n->items[k]->a) {
                docout_text(&d->o, " (");
                describe_type(&ds, n->items[k]->a);
                docout_text(&d->o, ")");
            }
        }
        docout_dd_close(&d->o);
    }
    int is_bool = n->a && n->a->kind == AST_TYPE_NAME && n->a->name && strcmp(n->a->name, "bool") == 0;
    docout_dt(&d->o, tr(d, "Waarde", "Value"));
    if (is_bool) {
        docout_text(&d->o, ds.lang == DESC_NL ? "ja als " : "true if ");
        describe_condition(&ds, n->b);
    } else {
        describe_value(&ds, n->b);
    }
    docout_dd_close(&d->o);
    if (e->prev && e->prev->b && e->origin == ORIGIN_OVERRIDE) {
        Describer pds = describer(d, e->prev_module);
        docout_dt(&d->o, arena_printf(&d->arena, "%s %s", tr(d, "Was in", "Was in"), e->prev_module->name));
        describe_value(&pds, e->prev->b);
        docout_dd_close(&d->o);
    }
    docout_dl_close(&d->o);
    docout_code(&d->o, describe_source(&d->arena, d->p, n));
    docout_article_close(&d->o);
}

/* ---- tables, inputs, types --------------------------------------------- */

/* The fields of an input, table or record: name, type, default, note. */
static void fields_table(Doc *d, const Describer *ds, const AstNode *n, int with_notes)
{
    int has_default = 0, has_note = 0;
    for (uint32_t k = 0; k < n->n_items; k++) {
        if (n->items[k]->b) has_default = 1;
        if (with_notes && trailing_comment(d, n->items[k])) has_note = 1;
    }
    const char *heads[4];
    uint32_t nh = 0;
    heads[nh++] = tr(d, "Veld", "Field");
    heads[nh++] = tr(d, "Type", "Type");
    if (has_default) heads[nh++] = tr(d, "Standaard", "Default");
    if (has_note) heads[nh++] = tr(d, "Toelichting", "Note");
    docout_table_open(&d->o, "fields", heads, nh);
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *f = n->items[k];
        docout_tr_open(&d->o, "field");
        docout_td_open(&d->o, 1);
        docout_name(&d->o, decl_name(f));
        if (f->flags & AST_F_KEY) docout_text(&d->o, tr(d, " (sleutel)", " (key)"));
        docout_td_close(&d->o);
        docout_td_open(&d->o, 1);
        if (f->a) describe_type(ds, f->a);
        docout_td_close(&d->o);
        if (has_default) {
            docout_td_open(&d->o, 1);
            if (f->b) describe_value(ds, f->b);
            docout_td_close(&d->o);
        }
        if (has_note) {
            const char *note = trailing_comment(d, f);
            docout_td(&d->o, note ? note : "");
        }
        docout_tr_close(&d->o);
    }
    docout_table_close(&d->o);
}

/* Inline rows under the field names of 'fields' (a table; NULL: numbered). */
static void rows_table(Doc *d, const Describer *ds, const AstNode *fields, const AstNode *const *rows, uint32_t n)
{
    uint32_t cols = 0;
    for (uint32_t k = 0; k < n; k++)
        if (rows[k]->n_items > cols) cols = rows[k]->n_items;
    if (fields && fields->n_items > cols) cols = fields->n_items;
    const char **heads = ARENA_ARRAY(&d->arena, const char *, cols ? cols : 1);
    for (uint32_t c = 0; c < cols; c++)
        heads[c] = fields && c < fields->n_items ? decl_name(fields->items[c]) : arena_printf(&d->arena, "%u", c + 1);
    docout_table_open(&d->o, "rows", heads, cols);
    for (uint32_t k = 0; k < n; k++) {
        docout_tr_open(&d->o, "row");
        for (uint32_t c = 0; c < cols; c++) {
            docout_td_open(&d->o, 1);
            if (c < rows[k]->n_items) describe_value(ds, rows[k]->items[c]);
            docout_td_close(&d->o);
        }
        docout_tr_close(&d->o);
    }
    docout_table_close(&d->o);
}

static void write_table(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    docout_article_open(&d->o, article_class(d, "table", e), arena_printf(&d->arena, "table-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    if (n->a && n->a->n_items) {
        docout_p_open(&d->o, "key");
        docout_text(&d->o, tr(d, "Sleutel: ", "Key: "));
        for (uint32_t k = 0; k < n->a->n_items; k++) {
            if (k) docout_text(&d->o, ", ");
            docout_name(&d->o, decl_name(n->a->items[k]));
        }
        docout_p_close(&d->o);
    }
    fields_table(d, &ds, n, 1);
    if (n->b && n->b->n_items) {
        docout_p(&d->o, "rows-intro", tr(d, "Rijen:", "Rows:"));
        rows_table(d, &ds, n, (const AstNode *const *)n->b->items, n->b->n_items);
    } else {
        docout_p_open(&d->o, "rows-intro");
        docout_text(&d->o, tr(d, "De rijen komen uit een databestand: ", "The rows come from a data file: "));
        docout_name(&d->o, arena_printf(&d->arena, "--data %s=%s", decl_name(n), tr(d, "BESTAND", "FILE")));
        docout_p_close(&d->o);
    }
    docout_article_close(&d->o);
}

static void write_input(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    docout_article_open(&d->o, article_class(d, "input", e), arena_printf(&d->arena, "input-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    if (n->a) {
        docout_p_open(&d->o, "dated");
        docout_text(&d->o, tr(d, "Peildatum: ", "Reference date: "));
        docout_name(&d->o, decl_name(n->a));
        docout_text(&d->o, tr(d, " (parameters en regels gelden zoals op die datum)",
                     " (parameters and rules apply as on that date)"));
        docout_p_close(&d->o);
    }
    fields_table(d, &ds, n, 1);
    docout_p_open(&d->o, "rows-intro");
    docout_text(&d->o, tr(d, "De rijen komen uit een databestand: ", "The rows come from a data file: "));
    docout_name(&d->o, arena_printf(&d->arena, "--data %s=%s", decl_name(n), tr(d, "BESTAND", "FILE")));
    docout_p_close(&d->o);
    docout_article_close(&d->o);
}

static void write_type(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    const char *what = n->kind == AST_ENUM      ? tr(d, "keuzelijst", "enumeration")
                       : n->kind == AST_VARIANT ? tr(d, "variant", "variant")
                                                : tr(d, "record", "record");
    docout_article_open(&d->o, article_class(d, "type", e), arena_printf(&d->arena, "type-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, arena_printf(&d->arena, "(%s)", what));
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    if (n->kind == AST_RECORD) {
        fields_table(d, &ds, n, 0);
    } else if (n->kind == AST_ENUM) {
        docout_p_open(&d->o, "members");
        docout_text(&d->o, tr(d, "Waarden: ", "Values: "));
        for (uint32_t k = 0; k < n->n_items; k++) {
            if (k) docout_text(&d->o, ", ");
            docout_name(&d->o, decl_name(n->items[k]));
        }
        docout_p_close(&d->o);
    } else {
        docout_ul_open(&d->o, "ul", "cases");
        for (uint32_t k = 0; k < n->n_items; k++) {
            const AstNode *c = n->items[k];
            docout_li_open(&d->o);
            docout_name(&d->o, decl_name(c));
            if (c->n_items) {
                docout_text(&d->o, " (");
                for (uint32_t f = 0; f < c->n_items; f++) {
                    if (f) docout_text(&d->o, ", ");
                    docout_name(&d->o, decl_name(c->items[f]));
                    docout_text(&d->o, ": ");
                    describe_type(&ds, c->items[f]->a);
                }
                docout_text(&d->o, ")");
            }
            docout_li_close(&d->o);
        }
        docout_ul_close(&d->o, "ul");
    }
    docout_article_close(&d->o);
}

/* ---- budgets, allocations, series, reports, outputs -------------------- */

static void write_budget(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    docout_article_open(&d->o, article_class(d, "budget", e), arena_printf(&d->arena, "budget-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    docout_dl_open(&d->o, "facts");
    if (n->n_items) {
        docout_dt(&d->o, tr(d, "Per", "Per"));
        for (uint32_t k = 0; k < n->n_items; k++) {
            if (k) docout_text(&d->o, ", ");
            describe_value(&ds, n->items[k]);
        }
        docout_dd_close(&d->o);
    }
    if (n->a) {
        docout_dt(&d->o, tr(d, "Limiet", "Limit"));
        describe_value(&ds, n->a);
        docout_dd_close(&d->o);
    }
    if (n->b && n->b->n_items) {
        docout_dt(&d->o, tr(d, "Boekingen", "Charges"));
        docout_ul_open(&d->o, "ul", "charges");
        for (uint32_t k = 0; k < n->b->n_items; k++) {
            const AstNode *c = n->b->items[k];
            docout_li_open(&d->o);
            describe_value(&ds, c->a);
            if (c->b) {
                docout_text(&d->o, ds.lang == DESC_NL ? " als " : " if ");
                describe_condition(&ds, c->b);
            }
            docout_li_close(&d->o);
        }
        docout_ul_close(&d->o, "ul");
        docout_dd_close(&d->o);
    }
    docout_dl_close(&d->o);
    docout_article_close(&d->o);
}

static void order_keys(Doc *d, const Describer *ds, AstNode *const *keys, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (k) docout_text(&d->o, ", ");
        describe_value(ds, keys[k]->a);
        if (keys[k]->flags & AST_F_DESC) docout_text(&d->o, ds->lang == DESC_NL ? " (aflopend)" : " (descending)");
    }
}

static void write_allocation(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    docout_article_open(&d->o, article_class(d, "allocation", e), arena_printf(&d->arena, "allocation-%s", decl_name(n)),
                   ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    docout_dl_open(&d->o, "facts");
    if (n->a) {
        docout_dt(&d->o, tr(d, "Over", "Over"));
        describe_value(&ds, n->a);
        docout_dd_close(&d->o);
    }
    if (n->b) {
        docout_dt(&d->o, tr(d, "Totaal", "Total"));
        describe_value(&ds, n->b);
        docout_dd_close(&d->o);
    }
    docout_dt(&d->o, tr(d, "Verdeling", "Split"));
    if (n->flags & AST_F_EQUAL) docout_text(&d->o, tr(d, "gelijke delen", "equal parts"));
    else if (n->c) {
        docout_text(&d->o, tr(d, "naar gewicht ", "by weight "));
        describe_value(&ds, n->c);
    }
    docout_dd_close(&d->o);
    if (n->n_items) {
        docout_dt(&d->o, tr(d, "In groepen op volgorde van", "In groups in order of"));
        order_keys(d, &ds, n->items, n->n_items);
        docout_dd_close(&d->o);
    }
    if (n->d) {
        docout_dt(&d->o, tr(d, "Hoogstens", "At most"));
        describe_value(&ds, n->d);
        docout_text(&d->o, tr(d, " per ontvanger", " per recipient"));
        docout_dd_close(&d->o);
    }
    docout_dl_close(&d->o);
    docout_p(&d->o, "note", tr(d, "De delen tellen op tot het totaal, tot op de cent (grootste rest).",
                      "The parts add up to the total to the cent (largest remainder)."));
    docout_article_close(&d->o);
}

/* Columns of a series, report or output: name, [type,] value [where]. */
static void columns_table(Doc *d, const Describer *ds, const AstNode *n, int with_type)
{
    const char *heads[3];
    uint32_t nh = 0;
    heads[nh++] = tr(d, "Kolom", "Column");
    if (with_type) heads[nh++] = tr(d, "Type", "Type");
    heads[nh++] = tr(d, "Waarde", "Value");
    docout_table_open(&d->o, "columns", heads, nh);
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *c = n->items[k];
        docout_tr_open(&d->o, "column");
        docout_td_open(&d->o, 1);
        docout_name(&d->o, decl_name(c));
        docout_td_close(&d->o);
        if (with_type) {
            docout_td_open(&d->o, 1);
            if (c->a) describe_type(ds, c->a);
            docout_td_close(&d->o);
        }
        docout_td_open(&d->o, 1);
        describe_value(ds, c->b);
        if (c->c) {
            docout_text(&d->o, ds->lang == DESC_NL ? ", over de rijen waarvoor " : ", over the rows for which ");
            describe_condition(ds, c->c);
        }
        docout_td_close(&d->o);
        docout_tr_close(&d->o);
    }
    docout_table_close(&d->o);
}

static void write_series(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    docout_article_open(&d->o, article_class(d, "series", e), arena_printf(&d->arena, "series-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    docout_p_open(&d->o, "range");
    docout_text(&d->o, tr(d, "Per ", "By "));
    if (n->a) docout_name(&d->o, decl_name(n->a));
    docout_text(&d->o, tr(d, ", van ", ", from "));
    describe_value(&ds, n->b);
    docout_text(&d->o, tr(d, " tot en met ", " to "));
    describe_value(&ds, n->c);
    docout_p_close(&d->o);
    columns_table(d, &ds, n, 1);
    docout_article_close(&d->o);
}

static void write_report(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    docout_article_open(&d->o, article_class(d, "report", e), arena_printf(&d->arena, "report-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    docout_dl_open(&d->o, "facts");
    if (n->a) {
        docout_dt(&d->o, tr(d, "Over", "Over"));
        describe_value(&ds, n->a);
        if (n->b) {
            docout_text(&d->o, ds.lang == DESC_NL ? ", de rijen waarvoor " : ", the rows for which ");
            describe_condition(&ds, n->b);
        }
        docout_dd_close(&d->o);
    }
    if (n->c && n->c->n_items) {
        docout_dt(&d->o, tr(d, "Gegroepeerd op", "Grouped by"));
        for (uint32_t k = 0; k < n->c->n_items; k++) {
            const AstNode *g = n->c->items[k];
            if (k) docout_text(&d->o, ", ");
            describe_value(&ds, g->a);
            if (g->name) {
                docout_text(&d->o, tr(d, " (als ", " (as "));
                docout_name(&d->o, g->name);
                docout_text(&d->o, ")");
            }
        }
        docout_dd_close(&d->o);
    }
    if (n->d && n->d->n_items) {
        docout_dt(&d->o, tr(d, "Gesorteerd op", "Sorted by"));
        order_keys(d, &ds, n->d->items, n->d->n_items);
        docout_dd_close(&d->o);
    }
    if (n->flags & AST_F_TOTALS) {
        docout_dt(&d->o, tr(d, "Totalen", "Totals"));
        docout_text(&d->o, tr(d, "met een totaalregel", "with a totals row"));
        docout_dd_close(&d->o);
    }
    docout_dl_close(&d->o);
    columns_table(d, &ds, n, 0);
    docout_article_close(&d->o);
}

static void write_output(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    docout_article_open(&d->o, article_class(d, "output", e), arena_printf(&d->arena, "output-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    columns_table(d, &ds, n, 0);
    docout_article_close(&d->o);
}

/* ---- tests as examples ----------------------------------------------------- */

static const AstNode *effective(Doc *d, int kind, const char *name)
{
    Entry *e = find_decl(d, kind, name);
    return e ? e->node : NULL;
}

static void write_expect(Doc *d, const Describer *ds, const AstNode *x)
{
    int nl = ds->lang == DESC_NL;
    docout_li_open(&d->o);
    if (x->flags & AST_F_EXPECT_ERROR) {
        docout_text(&d->o, nl ? "de berekening een fout geeft" : "the evaluation fails");
        if (x->name) {
            docout_text(&d->o, nl ? " met " : " with ");
            docout_text(&d->o, "\xe2\x80\x9c");
            docout_text(&d->o, x->name);
            docout_text(&d->o, "\xe2\x80\x9d");
        }
    } else if (x->b) {
        describe_value(ds, x->a);
        docout_text(&d->o, " ");
        if (!nl) docout_text(&d->o, "is ");
        describe_outcome(ds, x->b);
        if (nl) docout_text(&d->o, " is");
    } else {
        describe_condition(ds, x->a);
    }
    docout_li_close(&d->o);
}

static void write_test(Doc *d, const Entry *e, uint32_t number)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    int nl = ds.lang == DESC_NL;
    docout_article_open(&d->o, article_class(d, "example", e), arena_printf(&d->arena, "example-%u", number), ds.lang);
    docout_h_open(&d->o, 3);
    docout_text(&d->o, tr(d, "Voorbeeld: ", "Example: "));
    docout_text(&d->o, n->name ? n->name : "");
    badge(d, e);
    docout_h_close(&d->o, 3);
    if (n->decl) docout_doc(&d->o, n->decl->doc);
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *s = n->items[k];
        switch (s->kind) {
        case AST_GIVEN: {
            docout_p_open(&d->o, "given-intro");
            docout_text(&d->o, nl ? "Gegeven: " : "Given: ");
            docout_name(&d->o, decl_name(s));
            docout_text(&d->o, nl ? " met" : " with");
            docout_p_close(&d->o);
            docout_dl_open(&d->o, "given");
            for (uint32_t f = 0; f < s->n_items; f++) {
                docout_dt_name(&d->o, decl_name(s->items[f]));
                describe_value(&ds, s->items[f]->a);
                docout_dd_close(&d->o);
            }
            docout_dl_close(&d->o);
            break;
        }
        case AST_WITH:
            docout_p_open(&d->o, "with-intro");
            docout_text(&d->o, nl ? "Met in de tabel " : "With in table ");
            docout_name(&d->o, decl_name(s));
            docout_text(&d->o, ":");
            docout_p_close(&d->o);
            rows_table(d, &ds, effective(d, AST_TABLE, decl_name(s)), (const AstNode *const *)s->items, s->n_items);
            break;
        case AST_SET_PARAM:
            docout_p_open(&d->o, "set");
            docout_text(&d->o, nl ? "Met parameter " : "With parameter ");
            docout_name(&d->o, decl_name(s));
            docout_text(&d->o, nl ? " op " : " set to ");
            describe_value(&ds, s->a);
            docout_p_close(&d->o);
            break;
        case AST_ON:
            docout_p_open(&d->o, "on");
            docout_text(&d->o, nl ? "Peildatum: " : "Reference date: ");
            describe_value(&ds, s->a);
            docout_p_close(&d->o);
            break;
        case AST_EXPECT:
            if (k == 0 || n->items[k - 1]->kind != AST_EXPECT) {
                docout_p(&d->o, "expect-intro", nl ? "Verwacht wordt dat:" : "Expected:");
                docout_ul_open(&d->o, "ul", "expect");
            }
            write_expect(d, &ds, s);
            if (k + 1 == n->n_items || n->items[k + 1]->kind != AST_EXPECT) docout_ul_close(&d->o, "ul");
            break;
        default: break;
        }
    }
    docout_article_close(&d->o);
}

/* ---- the page -------------------------------------------------------------- */

typedef struct Section {
    int kinds[3];   /* declaration kinds in this section (0 = none) */
    const char *id; /* anchor */
    const char *nl; /* title */
    const char *en;
    const char *prefix; /* anchor prefix of its declarations */
} Section;

static const Section sections[] = {
    {{AST_DECISION, 0, 0}, "decisions", "Besluiten", "Decisions", "decision"},
    {{AST_PARAMETER, 0, 0}, "parameters", "Parameters", "Parameters", "parameter"},
    {{AST_DEF, 0, 0}, "definitions", "Definities", "Definitions", "def"},
    {{AST_TABLE, 0, 0}, "tables", "Tabellen", "Tables", "table"},
    {{AST_BUDGET, 0, 0}, "budgets", "Budgetten", "Budgets", "budget"},
    {{AST_INPUT, 0, 0}, "inputs", "Invoer", "Inputs", "input"},
    {{AST_ENUM, AST_VARIANT, AST_RECORD}, "types", "Typen", "Types", "type"},
    {{AST_ALLOCATION, 0, 0}, "allocations", "Verdelingen", "Allocations", "allocation"},
    {{AST_SERIES, 0, 0}, "series", "Reeksen", "Series", "series"},
    {{AST_REPORT, 0, 0}, "reports", "Rapporten", "Reports", "report"},
    {{AST_OUTPUT, 0, 0}, "outputs", "Uitvoer", "Outputs", "output"},
    {{AST_TEST, 0, 0}, "examples", "Voorbeelden", "Examples", NULL},
};
#define N_SECTIONS (sizeof sections / sizeof sections[0])

static int in_section(const Section *s, const AstNode *n)
{
    return n->kind == s->kinds[0] || (s->kinds[1] && n->kind == s->kinds[1]) || (s->kinds[2] && n->kind == s->kinds[2]);
}

static uint32_t section_count(const Doc *d, const Section *s)
{
    uint32_t n = 0;
    for (uint32_t k = 0; k < d->n_decls; k++)
        if (in_section(s, d->decls[k].node)) n++;
    return n;
}

static void write_toc(Doc *d)
{
    docout_container_open(&d->o, "nav", "toc", tr(d, "Inhoud", "Contents"));
    docout_h_open(&d->o, 2);
    docout_text(&d->o, tr(d, "Inhoud", "Contents"));
    docout_h_close(&d->o, 2);
    docout_ul_open(&d->o, "ol", NULL);
    for (size_t s = 0; s < N_SECTIONS; s++) {
        const Section *sec = &sections[s];
        uint32_t count = section_count(d, sec);
        if (!count) continue;
        docout_li_open(&d->o);
        docout_link_open(&d->o, sec->id);
        docout_text(&d->o, tr(d, sec->nl, sec->en));
        if (!sec->prefix) docout_text(&d->o, arena_printf(&d->arena, " (%u)", count));
        docout_link_close(&d->o);
        if (sec->prefix) {
            docout_ul_open(&d->o, "ul", NULL);
            for (uint32_t k = 0; k < d->n_decls; k++) {
                const Entry *e = &d->decls[k];
                if (!in_section(sec, e->node)) continue;
                docout_li_open(&d->o);
                docout_link_open(&d->o, arena_printf(&d->arena, "%s-%s", sec->prefix, decl_name(e->node)));
                docout_name(&d->o, decl_name(e->node));
                docout_link_close(&d->o);
                docout_li_close(&d->o);
            }
            docout_ul_close(&d->o, "ul");
        }
        docout_li_close(&d->o);
    }
    docout_ul_close(&d->o, "ol");
    docout_container_close(&d->o, "nav");
}

/* The style sheet: readable on screen, on A4 paper and in black and white
 * (every highlight also has a text badge). */
static const char css[] =
    "@page { size: A4; margin: 18mm 16mm 20mm; }\n"
    "html { -webkit-print-color-adjust: exact; print-color-adjust: exact; }\n"
    "body { font: 11pt/1.45 \"Noto Sans\", \"DejaVu Sans\", \"Liberation Sans\", Arial, sans-serif;\n"
    "  color: #1d1d1d; max-width: 50rem; margin: 2rem auto; padding: 0 1.2rem; }\n"
    "h1 { font-size: 1.7rem; margin: 0 0 .3rem; }\n"
    "h2 { font-size: 1.3rem; border-bottom: 2px solid #1d4e89; padding-bottom: .15rem; margin: 2rem 0 .8rem;\n"
    "  color: #1d4e89; break-after: avoid; }\n"
    "h3 { font-size: 1.08rem; margin: 1.4rem 0 .4rem; break-after: avoid; }\n"
    "article.decision > h3 { font-size: 1.25rem; }\n"
    "h4 { font-size: 1rem; margin: 0 0 .3rem; break-after: avoid; }\n"
    "p { margin: .35rem 0; }\n"
    "var { font-style: normal; font-family: \"DejaVu Sans Mono\", \"Liberation Mono\", monospace;\n"
    "  font-size: .88em; background: #eef1f5; padding: 0 .18em; border-radius: 2px; }\n"
    "a { color: #1d4e89; }\n"
    ".meta { color: #555; font-size: .88rem; }\n"
    ".meta code { font-size: .8rem; word-break: break-all; }\n"
    ".legend { border: 1px solid #ccc; padding: .4rem .7rem; font-size: .9rem; }\n"
    ".doc { color: #333; }\n"
    ".doc p { margin: .3rem 0 .5rem; }\n"
    ".type { font-weight: normal; color: #555; font-size: .92em; }\n"
    ".how { font-style: italic; color: #444; }\n"
    "article { break-inside: avoid; }\n"
    "article.decision { break-inside: auto; }\n"
    "article.rule, article.otherwise { border: 1px solid #d5dbe3; border-left: 4px solid #1d4e89;\n"
    "  border-radius: 3px; padding: .5rem .8rem; margin: .7rem 0; }\n"
    ".rule .num { color: #555; }\n"
    ".rule .art { font-weight: bold; }\n"
    ".rule .rname { font-weight: normal; }\n"
    "dl.facts { display: grid; grid-template-columns: max-content 1fr; gap: .15rem .8rem; margin: .4rem 0; }\n"
    "dl.facts dt { font-weight: bold; color: #333; }\n"
    "dl.facts dd { margin: 0; }\n"
    "dl.facts ul { margin: 0; padding-left: 1.1rem; }\n"
    "pre.src { font: .8rem/1.35 \"DejaVu Sans Mono\", \"Liberation Mono\", monospace; background: #f5f6f8;\n"
    "  border: 1px solid #e0e3e8; padding: .35rem .55rem; margin: .4rem 0 0; white-space: pre-wrap;\n"
    "  overflow-wrap: anywhere; color: #333; }\n"
    "table { border-collapse: collapse; margin: .4rem 0 .6rem; font-size: .93rem; }\n"
    "th, td { border: 1px solid #c9ced6; padding: .2rem .5rem; text-align: left; vertical-align: top; }\n"
    "th { background: #eef1f5; }\n"
    "thead { display: table-header-group; }\n"
    "tr { break-inside: avoid; }\n"
    ".badge { font-size: .72rem; font-weight: normal; border: 1px solid; border-radius: 3px;\n"
    "  padding: 0 .35rem; white-space: nowrap; vertical-align: middle; }\n"
    ".badge.inherited { color: #5b6470; border-color: #aab1bb; }\n"
    ".badge.override, .badge.added, .badge.exception { color: #8a3b00; border-color: #d9822b; background: #fff1e0; }\n"
    "article.inherited { color: #3d4550; }\n"
    "article.rule.inherited, article.otherwise.inherited { border-left-color: #aab1bb; }\n"
    "article.override, article.added, article.exception { background: #fff8ef; }\n"
    "article.rule.override, article.rule.added, article.rule.exception, article.otherwise.override\n"
    "  { border-left: 6px solid #d9822b; }\n"
    "article.example { border-top: 1px dashed #c9ced6; padding-top: .2rem; }\n"
    "nav.toc ol { margin: .2rem 0; padding-left: 1.4rem; }\n"
    "nav.toc > ol > li { margin: .25rem 0; }\n"
    "nav.toc ul { columns: 3; list-style: none; padding-left: 1rem; margin: .15rem 0; font-size: .92rem; }\n"
    "nav.toc ul li { break-inside: avoid; }\n"
    "dl.given { display: grid; grid-template-columns: repeat(2, max-content minmax(8rem, 1fr)); gap: .1rem .7rem;\n"
    "  margin: .3rem 0 .5rem; font-size: .93rem; }\n"
    "dl.given dd { margin: 0; }\n"
    "@media print {\n"
    "  body { max-width: none; margin: 0; padding: 0; font-size: 10pt; }\n"
    "  nav.toc { break-after: page; }\n"
    "  a { color: inherit; text-decoration: none; }\n"
    "  h2 { break-before: auto; }\n"
    "}\n";

static void write_header(Doc *d)
{
    const Module *m = main_module(d);
    const char *title = arena_printf(&d->arena, "%s %s", tr(d, "Regels van", "Rules of"), m->name);
    docout_begin(&d->o, title, css);
    docout_container_open(&d->o, "header", NULL, NULL);
    docout_h_open(&d->o, 1);
    docout_text(&d->o, title);
    docout_h_close(&d->o, 1);
    /* sources, with their SHA-256, so a printed page names the version it shows */
    docout_p_open(&d->o, "meta");
    docout_text(&d->o, tr(d, "Bron: ", "Source: "));
    for (uint32_t f = d->n_family; f-- > 0;) {
        const Module *fm = d->family[f];
        const SourceFile *sf = sources_get(&d->p->sources, fm->file);
        if (f + 1 < d->n_family) docout_text(&d->o, "; ");
        docout_text(&d->o, fm->path ? fm->path : fm->name);
        if (sf) {
            Sha256 ctx;
            uint8_t digest[SHA256_DIGEST_SIZE];
            char hex[SHA256_HEX_SIZE];
            sha256_init(&ctx);
            sha256_update(&ctx, sf->text, sf->len);
            sha256_final(&ctx, digest);
            sha256_hex(digest, hex);
            docout_text(&d->o, " (SHA-256 ");
            docout_code_inline(&d->o, hex);
            docout_text(&d->o, ")");
        }
    }
    docout_p_close(&d->o);
    if (m->base) {
        docout_p_open(&d->o, "meta");
        docout_text(&d->o, tr(d, "Breidt uit: ", "Extends: "));
        for (const Module *b = m->base; b; b = b->base) {
            if (b != m->base) docout_text(&d->o, tr(d, ", dat uitbreidt: ", ", which extends "));
            docout_name(&d->o, b->name);
        }
        docout_p_close(&d->o);
    }
    uint32_t n_uses = 0;
    for (uint32_t f = 0; f < d->n_family; f++) n_uses += d->family[f]->n_uses;
    if (n_uses) {
        docout_p_open(&d->o, "meta");
        docout_text(&d->o, tr(d, "Gebruikt: ", "Uses: "));
        const Module **shown = ARENA_ARRAY(&d->arena, const Module *, n_uses);
        uint32_t n_shown = 0;
        for (uint32_t f = 0; f < d->n_family; f++) {
            for (uint32_t u = 0; u < d->family[f]->n_uses; u++) {
                const Module *um = d->family[f]->uses[u];
                uint32_t seen = 0;
                while (seen < n_shown && shown[seen] != um) seen++;
                if (!um || seen < n_shown) continue;
                if (n_shown) docout_text(&d->o, ", ");
                shown[n_shown++] = um;
                docout_name(&d->o, um->name);
            }
        }
        docout_p_close(&d->o);
    }
    docout_container_close(&d->o, "header");
    /* the module's own doc string: the doc of its 'module' declaration */
    for (uint32_t k = 0; m->root && k < m->root->n_items; k++) {
        const AstNode *n = m->root->items[k];
        if (n->kind == AST_MODULE && n->decl) docout_doc(&d->o, n->decl->doc);
    }
    if (d->n_family > 1) {
        docout_p_open(&d->o, "legend");
        docout_text(&d->o, arena_printf(&d->arena,
                               tr(d, "Deze regels breiden %s uit. Wat daaruit ongewijzigd komt, is gemarkeerd als",
                                  "These rules extend %s. What comes from there unchanged is marked"),
                               m->base->name));
        docout_badge(&d->o, "badge inherited", tr(d, "geërfd", "inherited"));
        docout_text(&d->o, tr(d, "; wat deze regels veranderen als", "; what these rules change, as"));
        docout_badge(&d->o, "badge override", tr(d, "overschreven", "overridden"));
        docout_text(&d->o, ",");
        docout_badge(&d->o, "badge added", tr(d, "toegevoegd", "added"));
        docout_text(&d->o, tr(d, " of", " or"));
        docout_badge(&d->o, "badge exception", tr(d, "uitzondering", "exception"));
        docout_text(&d->o, ".");
        docout_p_close(&d->o);
    }
}

static void write_section(Doc *d, const Section *sec)
{
    if (!section_count(d, sec)) return;
    docout_section_open(&d->o, sec->id, tr(d, sec->nl, sec->en));
    uint32_t test_no = 0;
    for (uint32_t k = 0; k < d->n_decls; k++) {
        const Entry *e = &d->decls[k];
        if (!in_section(sec, e->node)) continue;
        switch (e->node->kind) {
        case AST_DECISION: write_decision(d, e); break;
        case AST_PARAMETER: write_parameter(d, e); break;
        case AST_DEF: write_def(d, e); break;
        case AST_TABLE: write_table(d, e); break;
        case AST_BUDGET: write_budget(d, e); break;
        case AST_INPUT: write_input(d, e); break;
        case AST_ENUM: case AST_VARIANT: case AST_RECORD: write_type(d, e); break;
        case AST_ALLOCATION: write_allocation(d, e); break;
        case AST_SERIES: write_series(d, e); break;
        case AST_REPORT: write_report(d, e); break;
        case AST_OUTPUT: write_output(d, e); break;
        case AST_TEST: write_test(d, e, ++test_no); break;
        default: break;
        }
    }
    docout_section_close(&d->o);
}

bool doc_write(const Program *p, const DocOptions *opt, FILE *out)
{
    Doc d;
    memset(&d, 0, sizeof d);
    d.p = p;
    d.opt = *opt;
    arena_init(&d.arena);
    docout_init(&d.o, opt->format, opt->lang == DOC_LANG_EN ? DESC_EN : DESC_NL, out, &d.arena);
    /* the family: main, its base, its base's base ... stored base first */
    uint32_t n = 0;
    for (const Module *m = p->main; m && n <= p->n_modules; m = m->base) n++;
    d.family = xcalloc(n ? n : 1, sizeof *d.family);
    uint32_t at = n;
    for (const Module *m = p->main; m && at > 0; m = m->base) d.family[--at] = m;
    d.n_family = n;
    bool ok = true;
    if (n > 0) {
        collect(&d);
        write_header(&d);
        write_toc(&d);
        docout_container_open(&d.o, "main", NULL, NULL);
        for (size_t s = 0; s < N_SECTIONS; s++) write_section(&d, &sections[s]);
        docout_container_close(&d.o, "main");
    }
    ok = docout_end(&d.o);
    for (uint32_t k = 0; k < d.n_decisions; k++) xfree(d.decisions[k].rules);
    xfree(d.decisions);
    xfree(d.decls);
    xfree(d.family);
    arena_free(&d.arena);
    return ok;
}
