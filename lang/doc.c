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
 * Then the document is written through a handful of output primitives
 * (o_*) that know the two formats: HTML through runtime/html.h, Markdown
 * by hand.  Everything else - sections, tables, words - is written once.
 * Expressions are put in words by describe.h, whose pieces come back
 * through 'sink' so names can be marked (<var>, `backticks`).
 */
#include "doc.h"

#include <string.h>

#include "../runtime/alloc.h"
#include "../runtime/html.h"
#include "../runtime/sha256.h"
#include "describe.h"
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
    DescLang page;         /* language of the page's own words */
    FILE *out;             /* where it goes */
    Html html;             /* the HTML writer (DOC_HTML) */
    Arena arena;           /* strings made while writing */
    const Module **family; /* the main module and what it extends, base first (xmalloc) */
    uint32_t n_family;     /* entries in 'family' */
    Entry *decls;          /* effective top-level declarations in order (xmalloc) */
    uint32_t n_decls;
    size_t cap_decls;
    DecisionDoc *decisions; /* one per effective decision (xmalloc) */
    uint32_t n_decisions;
    size_t cap_decisions;
    int md_cell;           /* Markdown: inside a table cell (no newlines, '|' escaped): the columns it spans */
    int md_depth;          /* Markdown: list nesting */
    int md_nls;            /* Markdown: newlines at the end of the output so far */
    int md_space;          /* Markdown: a space is due before the next text on this line */
} Doc;

static int is_html(const Doc *d)
{
    return d->opt.format == DOC_HTML;
}

static const Module *main_module(const Doc *d)
{
    return d->family[d->n_family - 1];
}

/* The page's words in its language. */
static const char *tr(const Doc *d, const char *nl, const char *en)
{
    return d->page == DESC_NL ? nl : en;
}

/* ---- output primitives ------------------------------------------------- */

static void md_put(Doc *d, const char *s, size_t len)
{
    if (len == 0) return;
    if (d->md_space && s[0] != '\n') fputc(' ', d->out);
    d->md_space = 0;
    fwrite(s, 1, len, d->out);
    size_t nls = 0;
    while (nls < len && s[len - 1 - nls] == '\n') nls++;
    d->md_nls = nls == len ? d->md_nls + (int)nls : (int)nls;
}

static void md_puts(Doc *d, const char *s)
{
    md_put(d, s, strlen(s));
}

/* Ends the current Markdown line, if one is open. */
static void md_eol(Doc *d)
{
    d->md_space = 0;
    if (d->md_nls == 0) md_puts(d, "\n");
}

/* Starts a Markdown block: one blank line after what came before. */
static void md_gap(Doc *d)
{
    d->md_space = 0;
    while (d->md_nls < 2) md_puts(d, "\n");
}

/* Text (escaped for the format). */
static void o_textn(Doc *d, const char *s, size_t len)
{
    if (is_html(d)) {
        html_textn(&d->html, s, len);
        return;
    }
    if (!d->md_cell) {
        md_put(d, s, len);
        return;
    }
    size_t run = 0;
    for (size_t k = 0; k < len; k++) {
        if (s[k] != '|' && s[k] != '\n') continue;
        md_put(d, s + run, k - run);
        md_puts(d, s[k] == '|' ? "\\|" : " ");
        run = k + 1;
    }
    md_put(d, s + run, len - run);
}

static void o_text(Doc *d, const char *s)
{
    o_textn(d, s, strlen(s));
}

static void o_namen(Doc *d, const char *s, size_t len)
{
    if (is_html(d)) {
        html_open(&d->html, "var", NULL);
        html_textn(&d->html, s, len);
        html_close(&d->html, "var");
        return;
    }
    md_puts(d, "`");
    o_textn(d, s, len);
    md_puts(d, "`");
}

static void o_name(Doc *d, const char *s)
{
    o_namen(d, s, strlen(s));
}

/* The describer's sink: names marked, words and values as text. */
static void sink(void *ctx, DescPart part, const char *text, size_t len)
{
    Doc *d = ctx;
    if (part == DESC_NAME) o_namen(d, text, len);
    else o_textn(d, text, len);
}

static void o_section_open(Doc *d, const char *id, const char *title)
{
    if (is_html(d)) {
        html_open(&d->html, "section", "id", id, NULL);
        html_elem(&d->html, "h2", title, NULL);
        return;
    }
    md_gap(d);
    md_puts(d, "## ");
    o_text(d, title);
    md_puts(d, "\n");
}

static void o_section_close(Doc *d)
{
    if (is_html(d)) html_close(&d->html, "section");
}

static void o_article_open(Doc *d, const char *cls, const char *id, DescLang lang)
{
    if (is_html(d))
        html_open(&d->html, "article", "class", cls, "id", id, "lang",
                  lang == d->page ? NULL : (lang == DESC_NL ? "nl" : "en"), NULL);
}

static void o_article_close(Doc *d)
{
    if (is_html(d)) html_close(&d->html, "article");
}

static const char *const h_tags[] = {"h1", "h1", "h2", "h3", "h4", "h5", "h6"};

static void o_h_open(Doc *d, int level)
{
    if (is_html(d)) {
        html_open(&d->html, h_tags[level], NULL);
        return;
    }
    md_gap(d);
    for (int k = 0; k < level; k++) md_puts(d, "#");
    md_puts(d, " ");
}

static void o_h_close(Doc *d, int level)
{
    if (is_html(d)) html_close(&d->html, h_tags[level]);
    else md_puts(d, "\n");
}

/* A marker after a heading: "geërfd van zhz.regio". */
static void o_badge(Doc *d, const char *cls, const char *text)
{
    if (is_html(d)) {
        html_raw(&d->html, " ");
        html_elem(&d->html, "span", text, "class", cls, NULL);
        return;
    }
    md_puts(d, " *(");
    o_text(d, text);
    md_puts(d, ")*");
}

/* Secondary words in a heading (a type, a rule's name). */
static void o_small(Doc *d, const char *cls, const char *text)
{
    if (is_html(d)) {
        html_raw(&d->html, " ");
        html_elem(&d->html, "span", text, "class", cls, NULL);
        return;
    }
    md_puts(d, " ");
    o_text(d, text);
}

static void o_p_open(Doc *d, const char *cls)
{
    if (is_html(d)) html_open(&d->html, "p", "class", cls, NULL);
    else md_gap(d);
}

static void o_p_close(Doc *d)
{
    if (is_html(d)) html_close(&d->html, "p");
    else md_puts(d, "\n");
}

static void o_p(Doc *d, const char *cls, const char *text)
{
    o_p_open(d, cls);
    o_text(d, text);
    o_p_close(d);
}

static void md_indent(Doc *d)
{
    md_eol(d);
    for (int k = 1; k < d->md_depth; k++) md_puts(d, "  ");
}

/* A list of label: content pairs (HTML dl; Markdown bullets). */
static void o_dl_open(Doc *d, const char *cls)
{
    if (is_html(d)) html_open(&d->html, "dl", "class", cls, NULL);
    else {
        if (d->md_depth == 0) md_gap(d);
        else md_eol(d);
        d->md_depth++;
    }
}

static void o_dl_close(Doc *d)
{
    if (is_html(d)) html_close(&d->html, "dl");
    else {
        d->md_depth--;
        md_eol(d);
    }
}

/* Writes the label and opens its content. */
static void o_dt(Doc *d, const char *label)
{
    if (is_html(d)) {
        html_elem(&d->html, "dt", label, NULL);
        html_open(&d->html, "dd", NULL);
        return;
    }
    md_indent(d);
    md_puts(d, "- **");
    o_text(d, label);
    md_puts(d, ":**");
    d->md_space = 1;
}

/* Like o_dt with a name (as written) for the label. */
static void o_dt_name(Doc *d, const char *name)
{
    if (is_html(d)) {
        html_open(&d->html, "dt", NULL);
        o_name(d, name);
        html_close(&d->html, "dt");
        html_open(&d->html, "dd", NULL);
        return;
    }
    md_indent(d);
    md_puts(d, "- ");
    o_name(d, name);
    md_puts(d, ":");
    d->md_space = 1;
}

static void o_dd_close(Doc *d)
{
    if (is_html(d)) html_close(&d->html, "dd");
    else md_eol(d);
}

static void o_ul_open(Doc *d, const char *tag, const char *cls)
{
    if (is_html(d)) html_open(&d->html, tag, "class", cls, NULL);
    else {
        if (d->md_depth == 0) md_gap(d);
        else md_eol(d);
        d->md_depth++;
    }
}

static void o_ul_close(Doc *d, const char *tag)
{
    if (is_html(d)) html_close(&d->html, tag);
    else {
        d->md_depth--;
        md_eol(d);
    }
}

static void o_li_open(Doc *d)
{
    if (is_html(d)) html_open(&d->html, "li", NULL);
    else {
        md_indent(d);
        md_puts(d, "- ");
    }
}

static void o_li_close(Doc *d)
{
    if (is_html(d)) html_close(&d->html, "li");
    else md_eol(d);
}

static void o_link_open(Doc *d, const char *id)
{
    if (is_html(d)) {
        char *href = arena_printf(&d->arena, "#%s", id);
        html_open(&d->html, "a", "href", href, NULL);
    }
}

static void o_link_close(Doc *d)
{
    if (is_html(d)) html_close(&d->html, "a");
}

static void o_table_open(Doc *d, const char *cls, const char *const *heads, uint32_t n)
{
    if (is_html(d)) {
        html_open(&d->html, "table", "class", cls, NULL);
        html_open(&d->html, "thead", NULL);
        html_open(&d->html, "tr", NULL);
        for (uint32_t k = 0; k < n; k++) html_elem(&d->html, "th", heads[k], "scope", "col", NULL);
        html_close(&d->html, "tr");
        html_close(&d->html, "thead");
        html_open(&d->html, "tbody", NULL);
        return;
    }
    md_gap(d);
    md_puts(d, "|");
    d->md_cell = 1;
    for (uint32_t k = 0; k < n; k++) {
        md_puts(d, " ");
        o_text(d, heads[k]);
        md_puts(d, " |");
    }
    d->md_cell = 0;
    md_puts(d, "\n|");
    for (uint32_t k = 0; k < n; k++) md_puts(d, "---|");
    md_puts(d, "\n");
}

static void o_table_close(Doc *d)
{
    if (is_html(d)) {
        html_close(&d->html, "tbody");
        html_close(&d->html, "table");
    }
}

static void o_tr_open(Doc *d, const char *cls)
{
    if (is_html(d)) html_open(&d->html, "tr", "class", cls, NULL);
    else md_puts(d, "|");
}

static void o_tr_close(Doc *d)
{
    if (is_html(d)) html_close(&d->html, "tr");
    else md_puts(d, "\n");
}

/* Opens a cell spanning 'span' columns (Markdown repeats empty cells). */
static void o_td_open(Doc *d, int span)
{
    if (is_html(d)) {
        char buf[16];
        snprintf(buf, sizeof buf, "%d", span);
        html_open(&d->html, "td", "colspan", span > 1 ? buf : NULL, NULL);
        return;
    }
    md_puts(d, " ");
    d->md_cell = span;
}

static void o_td_close(Doc *d)
{
    if (is_html(d)) html_close(&d->html, "td");
    else {
        md_puts(d, " |");
        for (int k = 1; k < d->md_cell; k++) md_puts(d, "  |");
        d->md_cell = 0;
    }
}

static void o_td(Doc *d, const char *text)
{
    o_td_open(d, 1);
    o_text(d, text);
    o_td_close(d);
}

/* A block of grip source. */
static void o_code(Doc *d, const char *src)
{
    if (!src[0]) return;
    if (is_html(d)) {
        html_open(&d->html, "pre", "class", "src", NULL);
        html_text(&d->html, src);
        html_close(&d->html, "pre");
        return;
    }
    md_gap(d);
    md_puts(d, "```\n");
    md_puts(d, src);
    md_puts(d, "\n```\n");
}

/* A doc string: paragraphs at blank lines, lines within one joined. */
static void o_doc(Doc *d, const char *doc)
{
    if (!doc || !doc[0]) return;
    if (is_html(d)) html_open(&d->html, "div", "class", "doc", NULL);
    const char *s = doc;
    while (*s) {
        while (*s == '\n' || *s == ' ' || *s == '\t') s++;
        if (!*s) break;
        o_p_open(d, NULL);
        int first = 1;
        while (*s) {
            const char *e = strchr(s, '\n');
            size_t len = e ? (size_t)(e - s) : strlen(s);
            size_t a = 0, b = len;
            while (a < b && (s[a] == ' ' || s[a] == '\t')) a++;
            while (b > a && (s[b - 1] == ' ' || s[b - 1] == '\t' || s[b - 1] == '\r')) b--;
            if (a == b) break; /* blank line: end of paragraph */
            if (!first) o_text(d, " ");
            o_textn(d, s + a, b - a);
            first = 0;
            s += len;
            if (*s == '\n') s++;
        }
        o_p_close(d);
    }
    if (is_html(d)) html_close(&d->html, "div");
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
    Describer ds = {lang, sink, d, d->p};
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
        o_badge(d, "badge inherited", arena_printf(&d->arena, "%s %s", tr(d, "geërfd van", "inherited from"), mod));
        break;
    case ORIGIN_OVERRIDE:
        o_badge(d, "badge override", arena_printf(&d->arena, "%s %s", tr(d, "overschreven in", "overridden in"), mod));
        break;
    case ORIGIN_ADDED:
        o_badge(d, "badge added", arena_printf(&d->arena, "%s %s", tr(d, "toegevoegd in", "added in"), mod));
        break;
    case ORIGIN_EXCEPTION:
        o_badge(d, "badge exception",
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
        o_text(d, per->b ? tr(d, "van ", "from ") : tr(d, "vanaf ", "from "));
        describe_value(ds, per->a);
    }
    if (per->b) {
        o_text(d, per->a ? tr(d, " tot en met ", " until ") : tr(d, "tot en met ", "until "));
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
    o_h_open(d, level);
    o_name(d, decl_name(e->node));
    if (small) o_small(d, "type", small);
    badge(d, e);
    o_h_close(d, level);
}

static const char *type_words(Doc *d, const Module *m, const AstNode *type)
{
    Describer ds = describer(d, m);
    return describe_string(&d->arena, ds.lang, d->p, type, DESC_AS_TYPE);
}

/* ---- decisions ------------------------------------------------------------ */

static void rule_body(Doc *d, const Describer *ds, const AstNode *r)
{
    o_dt(d, tr(d, "Uitkomst", "Outcome"));
    describe_outcome(ds, r->a);
    o_dd_close(d);
    o_dt(d, tr(d, "Wanneer", "When"));
    if (r->b) {
        o_text(d, ds->lang == DESC_NL ? "als " : "if ");
        describe_condition(ds, r->b);
    } else {
        o_text(d, ds->lang == DESC_NL ? "altijd" : "always");
    }
    if (r->c) {
        o_text(d, ds->lang == DESC_NL ? ", tenzij " : ", unless ");
        describe_condition(ds, r->c);
    }
    o_dd_close(d);
}

static void write_rule(Doc *d, const Entry *dec, const DecisionDoc *dd, uint32_t index)
{
    const Entry *e = &dd->rules[index];
    const AstNode *r = e->node;
    Describer ds = describer(d, e->module);
    const char *label = r->decl ? r->decl->label : NULL;
    o_article_open(d, article_class(d, "rule", e), rule_id(d, decl_name(dec->node), decl_name(r)), ds.lang);
    o_h_open(d, 4);
    if (is_html(d)) {
        html_elem(&d->html, "span", arena_printf(&d->arena, "%u.", index + 1), "class", "num", NULL);
        html_raw(&d->html, " ");
        if (label) {
            html_elem(&d->html, "span", label, "class", "art", NULL);
            html_raw(&d->html, " ");
        }
        html_open(&d->html, "span", "class", "rname", NULL);
        o_name(d, decl_name(r));
        html_close(&d->html, "span");
    } else {
        o_text(d, arena_printf(&d->arena, "%u. ", index + 1));
        if (label) {
            o_text(d, label);
            o_text(d, " \xe2\x80\x94 "); /* — */
        }
        o_name(d, decl_name(r));
    }
    badge(d, e);
    o_h_close(d, 4);
    if (r->decl) o_doc(d, r->decl->doc);
    o_dl_open(d, "facts");
    rule_body(d, &ds, r);
    if (r->e) {
        o_dt(d, tr(d, "Geldig", "In force"));
        period_words(d, &ds, r->e);
        o_dd_close(d);
    }
    if (r->d && r->d->name) {
        o_dt(d, tr(d, "Uitzondering op", "Exception to"));
        int32_t target = find_rule(dd, r->d->name);
        o_text(d, tr(d, "regel ", "rule "));
        if (target >= 0) {
            const AstNode *t = dd->rules[target].node;
            o_link_open(d, rule_id(d, decl_name(dec->node), decl_name(t)));
            o_text(d, arena_printf(&d->arena, "%d ", target + 1));
            o_name(d, decl_name(t));
            if (t->decl && t->decl->label) o_text(d, arena_printf(&d->arena, " (%s)", t->decl->label));
            o_link_close(d);
            o_text(d, tr(d, ": deze regel gaat daarvoor", ": this rule comes first"));
        } else {
            o_name(d, r->d->name);
        }
        o_dd_close(d);
    }
    if (e->prev && e->origin == ORIGIN_OVERRIDE) {
        Describer pds = describer(d, e->prev_module);
        o_dt(d, arena_printf(&d->arena, "%s %s", tr(d, "Was in", "Was in"), e->prev_module->name));
        describe_outcome(&pds, e->prev->a);
        if (e->prev->b) {
            o_text(d, pds.lang == DESC_NL ? " als " : " if ");
            describe_condition(&pds, e->prev->b);
        }
        if (e->prev->c) {
            o_text(d, pds.lang == DESC_NL ? ", tenzij " : ", unless ");
            describe_condition(&pds, e->prev->c);
        }
        o_dd_close(d);
    }
    o_dl_close(d);
    o_code(d, describe_source(&d->arena, d->p, r));
    o_article_close(d);
}

static void write_decision(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    DecisionDoc *dd = &d->decisions[e->decision];
    Describer ds = describer(d, e->module);
    o_article_open(d, article_class(d, "decision", e), arena_printf(&d->arena, "decision-%s", decl_name(n)),
                   d->page);
    int changed = dd->otherwise.origin != ORIGIN_INHERITED && dd->otherwise.node;
    for (uint32_t k = 0; k < dd->n_rules; k++)
        if (dd->rules[k].origin != ORIGIN_INHERITED) changed = 1;
    o_h_open(d, 3);
    o_name(d, decl_name(n));
    if (n->a) o_small(d, "type", arena_printf(&d->arena, "(%s)", type_words(d, e->module, n->a)));
    if (e->origin == ORIGIN_INHERITED && changed)
        o_badge(d, "badge override",
                arena_printf(&d->arena, "%s %s, %s %s", tr(d, "geërfd van", "inherited from"), e->module->name,
                             tr(d, "gewijzigd in", "changed in"), main_module(d)->name));
    else
        badge(d, e);
    o_h_close(d, 3);
    if (n->decl) o_doc(d, n->decl->doc);
    if (n->flags & AST_F_UNIQUE)
        o_p(d, "how", tr(d, "Uniek: alle regels die van toepassing zijn, moeten dezelfde uitkomst geven; "
                            "geven ze verschillende uitkomsten, dan is dat een fout.",
                         "Unique: all rules that apply must give the same outcome; "
                         "different outcomes are an error."));
    else
        o_p(d, "how", tr(d, "De regels gelden in deze volgorde: de eerste regel die van toepassing is, beslist.",
                         "The rules apply in this order: the first rule that applies decides."));
    for (uint32_t k = 0; k < dd->n_rules; k++) write_rule(d, e, dd, k);
    const Entry *ow = &dd->otherwise;
    if (ow->node) {
        Describer ods = describer(d, ow->module);
        o_article_open(d, article_class(d, "otherwise", ow), arena_printf(&d->arena, "otherwise-%s", decl_name(n)),
                       ods.lang);
        o_h_open(d, 4);
        o_text(d, tr(d, "Anders", "Otherwise"));
        badge(d, ow);
        o_h_close(d, 4);
        o_dl_open(d, "facts");
        o_dt(d, tr(d, "Uitkomst", "Outcome"));
        describe_outcome(&ods, ow->node);
        o_dd_close(d);
        o_dt(d, tr(d, "Wanneer", "When"));
        o_text(d, tr(d, "als geen van de regels hierboven van toepassing is",
                     "when none of the rules above applies"));
        o_dd_close(d);
        if (ow->prev && ow->origin == ORIGIN_OVERRIDE) {
            Describer pds = describer(d, ow->prev_module);
            o_dt(d, arena_printf(&d->arena, "%s %s", tr(d, "Was in", "Was in"), ow->prev_module->name));
            describe_outcome(&pds, ow->prev);
            o_dd_close(d);
        }
        o_dl_close(d);
        o_article_close(d);
    } else {
        o_p(d, "otherwise none",
            tr(d, "Is geen van de regels van toepassing, dan is dat een fout: geen aanvraag valt ongezien "
                  "tussen wal en schip.",
               "When none of the rules applies, that is an error: no case falls through unseen."));
    }
    (void)ds;
    o_article_close(d);
}

/* ---- parameters and definitions ------------------------------------------ */

static void history_table(Doc *d, const Describer *ds, const AstNode *n)
{
    const char *heads[3] = {tr(d, "Vanaf", "From"), tr(d, "Tot en met", "Until"), tr(d, "Waarde", "Value")};
    o_table_open(d, "history", heads, 3);
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *per = n->items[k];
        o_tr_open(d, "period");
        o_td_open(d, 1);
        if (per->a) describe_value(ds, per->a);
        o_td_close(d);
        o_td_open(d, 1);
        if (per->b) describe_value(ds, per->b);
        else o_text(d, "\xe2\x80\x94"); /* — */
        o_td_close(d);
        o_td_open(d, 1);
        if (per->c) describe_value(ds, per->c);
        o_td_close(d);
        o_tr_close(d);
    }
    if (n->b) {
        o_tr_open(d, "default");
        o_td_open(d, 2);
        o_text(d, tr(d, "op alle andere data", "on every other date"));
        o_td_close(d);
        o_td_open(d, 1);
        describe_value(ds, n->b);
        o_td_close(d);
        o_tr_close(d);
    }
    o_table_close(d);
}

/* One line with a parameter's values: "0% vanaf 01-01-2019; 3% ...". */
static void history_line(Doc *d, const Describer *ds, const AstNode *n)
{
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *per = n->items[k];
        if (k) o_text(d, "; ");
        if (per->c) describe_value(ds, per->c);
        o_text(d, " ");
        period_words(d, ds, per);
    }
    if (n->b) {
        if (n->n_items) o_text(d, tr(d, "; op alle andere data ", "; on every other date "));
        describe_value(ds, n->b);
    }
}

static void write_parameter(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    o_article_open(d, article_class(d, "parameter", e), arena_printf(&d->arena, "parameter-%s", decl_name(n)),
                   ds.lang);
    decl_heading(d, 3, e, n->a ? arena_printf(&d->arena, "(%s)", type_words(d, e->module, n->a)) : NULL);
    if (n->decl) o_doc(d, n->decl->doc);
    if (n->n_items > 0) {
        history_table(d, &ds, n);
    } else if (n->b) {
        o_p_open(d, "value");
        o_text(d, tr(d, "Waarde: ", "Value: "));
        describe_value(&ds, n->b);
        o_p_close(d);
    }
    if (e->prev && e->origin == ORIGIN_OVERRIDE) {
        Describer pds = describer(d, e->prev_module);
        o_p_open(d, "was");
        o_text(d, arena_printf(&d->arena, "%s %s: ", tr(d, "Was in", "Was in"), e->prev_module->name));
        history_line(d, &pds, e->prev);
        o_p_close(d);
    }
    o_article_close(d);
}

static void write_def(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    o_article_open(d, article_class(d, "def", e), arena_printf(&d->arena, "def-%s", decl_name(n)), ds.lang);
    o_h_open(d, 3);
    o_name(d, decl_name(n));
    if (n->flags & AST_F_FUNCTION) {
        o_text(d, "(");
        for (uint32_t k = 0; k < n->n_items; k++) {
            if (k) o_text(d, ", ");
            o_name(d, decl_name(n->items[k]));
        }
        o_text(d, ")");
    }
    if (n->a) o_small(d, "type", arena_printf(&d->arena, "(%s)", type_words(d, e->module, n->a)));
    badge(d, e);
    o_h_close(d, 3);
    if (n->decl) o_doc(d, n->decl->doc);
    o_dl_open(d, "facts");
    if ((n->flags & AST_F_FUNCTION) && n->n_items) {
        o_dt(d, tr(d, "Met", "Given"));
        for (uint32_t k = 0; k < n->n_items; k++) {
            if (k) o_text(d, ", ");
            o_name(d, decl_name(n->items[k]));
            if (n->items[k]->a) {
                o_text(d, " (");
                describe_type(&ds, n->items[k]->a);
                o_text(d, ")");
            }
        }
        o_dd_close(d);
    }
    int is_bool = n->a && n->a->kind == AST_TYPE_NAME && n->a->name && strcmp(n->a->name, "bool") == 0;
    o_dt(d, tr(d, "Waarde", "Value"));
    if (is_bool) {
        o_text(d, ds.lang == DESC_NL ? "ja als " : "true if ");
        describe_condition(&ds, n->b);
    } else {
        describe_value(&ds, n->b);
    }
    o_dd_close(d);
    if (e->prev && e->prev->b && e->origin == ORIGIN_OVERRIDE) {
        Describer pds = describer(d, e->prev_module);
        o_dt(d, arena_printf(&d->arena, "%s %s", tr(d, "Was in", "Was in"), e->prev_module->name));
        describe_value(&pds, e->prev->b);
        o_dd_close(d);
    }
    o_dl_close(d);
    o_code(d, describe_source(&d->arena, d->p, n));
    o_article_close(d);
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
    o_table_open(d, "fields", heads, nh);
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *f = n->items[k];
        o_tr_open(d, "field");
        o_td_open(d, 1);
        o_name(d, decl_name(f));
        if (f->flags & AST_F_KEY) o_text(d, tr(d, " (sleutel)", " (key)"));
        o_td_close(d);
        o_td_open(d, 1);
        if (f->a) describe_type(ds, f->a);
        o_td_close(d);
        if (has_default) {
            o_td_open(d, 1);
            if (f->b) describe_value(ds, f->b);
            o_td_close(d);
        }
        if (has_note) {
            const char *note = trailing_comment(d, f);
            o_td(d, note ? note : "");
        }
        o_tr_close(d);
    }
    o_table_close(d);
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
    o_table_open(d, "rows", heads, cols);
    for (uint32_t k = 0; k < n; k++) {
        o_tr_open(d, "row");
        for (uint32_t c = 0; c < cols; c++) {
            o_td_open(d, 1);
            if (c < rows[k]->n_items) describe_value(ds, rows[k]->items[c]);
            o_td_close(d);
        }
        o_tr_close(d);
    }
    o_table_close(d);
}

static void write_table(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    o_article_open(d, article_class(d, "table", e), arena_printf(&d->arena, "table-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) o_doc(d, n->decl->doc);
    if (n->a && n->a->n_items) {
        o_p_open(d, "key");
        o_text(d, tr(d, "Sleutel: ", "Key: "));
        for (uint32_t k = 0; k < n->a->n_items; k++) {
            if (k) o_text(d, ", ");
            o_name(d, decl_name(n->a->items[k]));
        }
        o_p_close(d);
    }
    fields_table(d, &ds, n, 1);
    if (n->b && n->b->n_items) {
        o_p(d, "rows-intro", tr(d, "Rijen:", "Rows:"));
        rows_table(d, &ds, n, (const AstNode *const *)n->b->items, n->b->n_items);
    } else {
        o_p_open(d, "rows-intro");
        o_text(d, tr(d, "De rijen komen uit een databestand: ", "The rows come from a data file: "));
        o_name(d, arena_printf(&d->arena, "--data %s=%s", decl_name(n), tr(d, "BESTAND", "FILE")));
        o_p_close(d);
    }
    o_article_close(d);
}

static void write_input(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    o_article_open(d, article_class(d, "input", e), arena_printf(&d->arena, "input-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) o_doc(d, n->decl->doc);
    if (n->a) {
        o_p_open(d, "dated");
        o_text(d, tr(d, "Peildatum: ", "Reference date: "));
        o_name(d, decl_name(n->a));
        o_text(d, tr(d, " (parameters en regels gelden zoals op die datum)",
                     " (parameters and rules apply as on that date)"));
        o_p_close(d);
    }
    fields_table(d, &ds, n, 1);
    o_p_open(d, "rows-intro");
    o_text(d, tr(d, "De rijen komen uit een databestand: ", "The rows come from a data file: "));
    o_name(d, arena_printf(&d->arena, "--data %s=%s", decl_name(n), tr(d, "BESTAND", "FILE")));
    o_p_close(d);
    o_article_close(d);
}

static void write_type(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    const char *what = n->kind == AST_ENUM      ? tr(d, "keuzelijst", "enumeration")
                       : n->kind == AST_VARIANT ? tr(d, "variant", "variant")
                                                : tr(d, "record", "record");
    o_article_open(d, article_class(d, "type", e), arena_printf(&d->arena, "type-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, arena_printf(&d->arena, "(%s)", what));
    if (n->decl) o_doc(d, n->decl->doc);
    if (n->kind == AST_RECORD) {
        fields_table(d, &ds, n, 0);
    } else if (n->kind == AST_ENUM) {
        o_p_open(d, "members");
        o_text(d, tr(d, "Waarden: ", "Values: "));
        for (uint32_t k = 0; k < n->n_items; k++) {
            if (k) o_text(d, ", ");
            o_name(d, decl_name(n->items[k]));
        }
        o_p_close(d);
    } else {
        o_ul_open(d, "ul", "cases");
        for (uint32_t k = 0; k < n->n_items; k++) {
            const AstNode *c = n->items[k];
            o_li_open(d);
            o_name(d, decl_name(c));
            if (c->n_items) {
                o_text(d, " (");
                for (uint32_t f = 0; f < c->n_items; f++) {
                    if (f) o_text(d, ", ");
                    o_name(d, decl_name(c->items[f]));
                    o_text(d, ": ");
                    describe_type(&ds, c->items[f]->a);
                }
                o_text(d, ")");
            }
            o_li_close(d);
        }
        o_ul_close(d, "ul");
    }
    o_article_close(d);
}

/* ---- budgets, allocations, series, reports, outputs -------------------- */

static void write_budget(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    o_article_open(d, article_class(d, "budget", e), arena_printf(&d->arena, "budget-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) o_doc(d, n->decl->doc);
    o_dl_open(d, "facts");
    if (n->n_items) {
        o_dt(d, tr(d, "Per", "Per"));
        for (uint32_t k = 0; k < n->n_items; k++) {
            if (k) o_text(d, ", ");
            describe_value(&ds, n->items[k]);
        }
        o_dd_close(d);
    }
    if (n->a) {
        o_dt(d, tr(d, "Limiet", "Limit"));
        describe_value(&ds, n->a);
        o_dd_close(d);
    }
    if (n->b && n->b->n_items) {
        o_dt(d, tr(d, "Boekingen", "Charges"));
        o_ul_open(d, "ul", "charges");
        for (uint32_t k = 0; k < n->b->n_items; k++) {
            const AstNode *c = n->b->items[k];
            o_li_open(d);
            describe_value(&ds, c->a);
            if (c->b) {
                o_text(d, ds.lang == DESC_NL ? " als " : " if ");
                describe_condition(&ds, c->b);
            }
            o_li_close(d);
        }
        o_ul_close(d, "ul");
        o_dd_close(d);
    }
    o_dl_close(d);
    o_article_close(d);
}

static void order_keys(Doc *d, const Describer *ds, AstNode *const *keys, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (k) o_text(d, ", ");
        describe_value(ds, keys[k]->a);
        if (keys[k]->flags & AST_F_DESC) o_text(d, ds->lang == DESC_NL ? " (aflopend)" : " (descending)");
    }
}

static void write_allocation(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    o_article_open(d, article_class(d, "allocation", e), arena_printf(&d->arena, "allocation-%s", decl_name(n)),
                   ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) o_doc(d, n->decl->doc);
    o_dl_open(d, "facts");
    if (n->a) {
        o_dt(d, tr(d, "Over", "Over"));
        describe_value(&ds, n->a);
        o_dd_close(d);
    }
    if (n->b) {
        o_dt(d, tr(d, "Totaal", "Total"));
        describe_value(&ds, n->b);
        o_dd_close(d);
    }
    o_dt(d, tr(d, "Verdeling", "Split"));
    if (n->flags & AST_F_EQUAL) o_text(d, tr(d, "gelijke delen", "equal parts"));
    else if (n->c) {
        o_text(d, tr(d, "naar gewicht ", "by weight "));
        describe_value(&ds, n->c);
    }
    o_dd_close(d);
    if (n->n_items) {
        o_dt(d, tr(d, "In groepen op volgorde van", "In groups in order of"));
        order_keys(d, &ds, n->items, n->n_items);
        o_dd_close(d);
    }
    if (n->d) {
        o_dt(d, tr(d, "Hoogstens", "At most"));
        describe_value(&ds, n->d);
        o_text(d, tr(d, " per ontvanger", " per recipient"));
        o_dd_close(d);
    }
    o_dl_close(d);
    o_p(d, "note", tr(d, "De delen tellen op tot het totaal, tot op de cent (grootste rest).",
                      "The parts add up to the total to the cent (largest remainder)."));
    o_article_close(d);
}

/* Columns of a series, report or output: name, [type,] value [where]. */
static void columns_table(Doc *d, const Describer *ds, const AstNode *n, int with_type)
{
    const char *heads[3];
    uint32_t nh = 0;
    heads[nh++] = tr(d, "Kolom", "Column");
    if (with_type) heads[nh++] = tr(d, "Type", "Type");
    heads[nh++] = tr(d, "Waarde", "Value");
    o_table_open(d, "columns", heads, nh);
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *c = n->items[k];
        o_tr_open(d, "column");
        o_td_open(d, 1);
        o_name(d, decl_name(c));
        o_td_close(d);
        if (with_type) {
            o_td_open(d, 1);
            if (c->a) describe_type(ds, c->a);
            o_td_close(d);
        }
        o_td_open(d, 1);
        describe_value(ds, c->b);
        if (c->c) {
            o_text(d, ds->lang == DESC_NL ? ", over de rijen waarvoor " : ", over the rows for which ");
            describe_condition(ds, c->c);
        }
        o_td_close(d);
        o_tr_close(d);
    }
    o_table_close(d);
}

static void write_series(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    o_article_open(d, article_class(d, "series", e), arena_printf(&d->arena, "series-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) o_doc(d, n->decl->doc);
    o_p_open(d, "range");
    o_text(d, tr(d, "Per ", "By "));
    if (n->a) o_name(d, decl_name(n->a));
    o_text(d, tr(d, ", van ", ", from "));
    describe_value(&ds, n->b);
    o_text(d, tr(d, " tot en met ", " to "));
    describe_value(&ds, n->c);
    o_p_close(d);
    columns_table(d, &ds, n, 1);
    o_article_close(d);
}

static void write_report(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    o_article_open(d, article_class(d, "report", e), arena_printf(&d->arena, "report-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) o_doc(d, n->decl->doc);
    o_dl_open(d, "facts");
    if (n->a) {
        o_dt(d, tr(d, "Over", "Over"));
        describe_value(&ds, n->a);
        if (n->b) {
            o_text(d, ds.lang == DESC_NL ? ", de rijen waarvoor " : ", the rows for which ");
            describe_condition(&ds, n->b);
        }
        o_dd_close(d);
    }
    if (n->c && n->c->n_items) {
        o_dt(d, tr(d, "Gegroepeerd op", "Grouped by"));
        for (uint32_t k = 0; k < n->c->n_items; k++) {
            const AstNode *g = n->c->items[k];
            if (k) o_text(d, ", ");
            describe_value(&ds, g->a);
            if (g->name) {
                o_text(d, tr(d, " (als ", " (as "));
                o_name(d, g->name);
                o_text(d, ")");
            }
        }
        o_dd_close(d);
    }
    if (n->d && n->d->n_items) {
        o_dt(d, tr(d, "Gesorteerd op", "Sorted by"));
        order_keys(d, &ds, n->d->items, n->d->n_items);
        o_dd_close(d);
    }
    if (n->flags & AST_F_TOTALS) {
        o_dt(d, tr(d, "Totalen", "Totals"));
        o_text(d, tr(d, "met een totaalregel", "with a totals row"));
        o_dd_close(d);
    }
    o_dl_close(d);
    columns_table(d, &ds, n, 0);
    o_article_close(d);
}

static void write_output(Doc *d, const Entry *e)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    o_article_open(d, article_class(d, "output", e), arena_printf(&d->arena, "output-%s", decl_name(n)), ds.lang);
    decl_heading(d, 3, e, NULL);
    if (n->decl) o_doc(d, n->decl->doc);
    columns_table(d, &ds, n, 0);
    o_article_close(d);
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
    o_li_open(d);
    if (x->flags & AST_F_EXPECT_ERROR) {
        o_text(d, nl ? "de berekening een fout geeft" : "the evaluation fails");
        if (x->name) {
            o_text(d, nl ? " met " : " with ");
            o_text(d, "\xe2\x80\x9c");
            o_text(d, x->name);
            o_text(d, "\xe2\x80\x9d");
        }
    } else if (x->b) {
        describe_value(ds, x->a);
        o_text(d, " ");
        if (!nl) o_text(d, "is ");
        describe_outcome(ds, x->b);
        if (nl) o_text(d, " is");
    } else {
        describe_condition(ds, x->a);
    }
    o_li_close(d);
}

static void write_test(Doc *d, const Entry *e, uint32_t number)
{
    const AstNode *n = e->node;
    Describer ds = describer(d, e->module);
    int nl = ds.lang == DESC_NL;
    o_article_open(d, article_class(d, "example", e), arena_printf(&d->arena, "example-%u", number), ds.lang);
    o_h_open(d, 3);
    o_text(d, tr(d, "Voorbeeld: ", "Example: "));
    o_text(d, n->name ? n->name : "");
    badge(d, e);
    o_h_close(d, 3);
    if (n->decl) o_doc(d, n->decl->doc);
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *s = n->items[k];
        switch (s->kind) {
        case AST_GIVEN: {
            o_p_open(d, "given-intro");
            o_text(d, nl ? "Gegeven: " : "Given: ");
            o_name(d, decl_name(s));
            o_text(d, nl ? " met" : " with");
            o_p_close(d);
            o_dl_open(d, "given");
            for (uint32_t f = 0; f < s->n_items; f++) {
                o_dt_name(d, decl_name(s->items[f]));
                describe_value(&ds, s->items[f]->a);
                o_dd_close(d);
            }
            o_dl_close(d);
            break;
        }
        case AST_WITH:
            o_p_open(d, "with-intro");
            o_text(d, nl ? "Met in de tabel " : "With in table ");
            o_name(d, decl_name(s));
            o_text(d, ":");
            o_p_close(d);
            rows_table(d, &ds, effective(d, AST_TABLE, decl_name(s)), (const AstNode *const *)s->items, s->n_items);
            break;
        case AST_SET_PARAM:
            o_p_open(d, "set");
            o_text(d, nl ? "Met parameter " : "With parameter ");
            o_name(d, decl_name(s));
            o_text(d, nl ? " op " : " set to ");
            describe_value(&ds, s->a);
            o_p_close(d);
            break;
        case AST_ON:
            o_p_open(d, "on");
            o_text(d, nl ? "Peildatum: " : "Reference date: ");
            describe_value(&ds, s->a);
            o_p_close(d);
            break;
        case AST_EXPECT:
            if (k == 0 || n->items[k - 1]->kind != AST_EXPECT) {
                o_p(d, "expect-intro", nl ? "Verwacht wordt dat:" : "Expected:");
                o_ul_open(d, "ul", "expect");
            }
            write_expect(d, &ds, s);
            if (k + 1 == n->n_items || n->items[k + 1]->kind != AST_EXPECT) o_ul_close(d, "ul");
            break;
        default: break;
        }
    }
    o_article_close(d);
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
    if (is_html(d)) html_open(&d->html, "nav", "class", "toc", "aria-label", tr(d, "Inhoud", "Contents"), NULL);
    o_h_open(d, 2);
    o_text(d, tr(d, "Inhoud", "Contents"));
    o_h_close(d, 2);
    o_ul_open(d, "ol", NULL);
    for (size_t s = 0; s < N_SECTIONS; s++) {
        const Section *sec = &sections[s];
        uint32_t count = section_count(d, sec);
        if (!count) continue;
        o_li_open(d);
        o_link_open(d, sec->id);
        o_text(d, tr(d, sec->nl, sec->en));
        if (!sec->prefix) o_text(d, arena_printf(&d->arena, " (%u)", count));
        o_link_close(d);
        if (sec->prefix) {
            o_ul_open(d, "ul", NULL);
            for (uint32_t k = 0; k < d->n_decls; k++) {
                const Entry *e = &d->decls[k];
                if (!in_section(sec, e->node)) continue;
                o_li_open(d);
                o_link_open(d, arena_printf(&d->arena, "%s-%s", sec->prefix, decl_name(e->node)));
                o_name(d, decl_name(e->node));
                o_link_close(d);
                o_li_close(d);
            }
            o_ul_close(d, "ul");
        }
        o_li_close(d);
    }
    o_ul_close(d, "ol");
    if (is_html(d)) html_close(&d->html, "nav");
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
    if (is_html(d)) {
        html_begin(&d->html, d->page == DESC_NL ? "nl" : "en", title, css);
        html_open(&d->html, "header", NULL);
        html_elem(&d->html, "h1", title, NULL);
    } else {
        md_puts(d, "# ");
        o_text(d, title);
        md_puts(d, "\n");
    }
    /* sources, with their SHA-256, so a printed page names the version it shows */
    o_p_open(d, "meta");
    o_text(d, tr(d, "Bron: ", "Source: "));
    for (uint32_t f = d->n_family; f-- > 0;) {
        const Module *fm = d->family[f];
        const SourceFile *sf = sources_get(&d->p->sources, fm->file);
        if (f + 1 < d->n_family) o_text(d, "; ");
        o_text(d, fm->path ? fm->path : fm->name);
        if (sf) {
            Sha256 ctx;
            uint8_t digest[SHA256_DIGEST_SIZE];
            char hex[SHA256_HEX_SIZE];
            sha256_init(&ctx);
            sha256_update(&ctx, sf->text, sf->len);
            sha256_final(&ctx, digest);
            sha256_hex(digest, hex);
            o_text(d, " (SHA-256 ");
            if (is_html(d)) html_elem(&d->html, "code", hex, NULL);
            else o_text(d, hex);
            o_text(d, ")");
        }
    }
    o_p_close(d);
    if (m->base) {
        o_p_open(d, "meta");
        o_text(d, tr(d, "Breidt uit: ", "Extends: "));
        for (const Module *b = m->base; b; b = b->base) {
            if (b != m->base) o_text(d, tr(d, ", dat uitbreidt: ", ", which extends "));
            o_name(d, b->name);
        }
        o_p_close(d);
    }
    uint32_t n_uses = 0;
    for (uint32_t f = 0; f < d->n_family; f++) n_uses += d->family[f]->n_uses;
    if (n_uses) {
        o_p_open(d, "meta");
        o_text(d, tr(d, "Gebruikt: ", "Uses: "));
        uint32_t shown = 0;
        for (uint32_t f = 0; f < d->n_family; f++) {
            for (uint32_t u = 0; u < d->family[f]->n_uses; u++) {
                const Module *um = d->family[f]->uses[u];
                if (!um) continue;
                if (shown++) o_text(d, ", ");
                o_name(d, um->name);
            }
        }
        o_p_close(d);
    }
    if (is_html(d)) html_close(&d->html, "header");
    /* the module's own doc string: the doc of its 'module' declaration */
    for (uint32_t k = 0; m->root && k < m->root->n_items; k++) {
        const AstNode *n = m->root->items[k];
        if (n->kind == AST_MODULE && n->decl) o_doc(d, n->decl->doc);
    }
    if (d->n_family > 1) {
        o_p_open(d, "legend");
        o_text(d, arena_printf(&d->arena,
                               tr(d, "Deze regels breiden %s uit. Wat daaruit ongewijzigd komt, is gemarkeerd als",
                                  "These rules extend %s. What comes from there unchanged is marked"),
                               m->base->name));
        o_badge(d, "badge inherited", tr(d, "geërfd", "inherited"));
        o_text(d, tr(d, "; wat deze regels veranderen als", "; what these rules change, as"));
        o_badge(d, "badge override", tr(d, "overschreven", "overridden"));
        o_text(d, ",");
        o_badge(d, "badge added", tr(d, "toegevoegd", "added"));
        o_text(d, tr(d, " of", " or"));
        o_badge(d, "badge exception", tr(d, "uitzondering", "exception"));
        o_text(d, ".");
        o_p_close(d);
    }
}

static void write_section(Doc *d, const Section *sec)
{
    if (!section_count(d, sec)) return;
    o_section_open(d, sec->id, tr(d, sec->nl, sec->en));
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
    o_section_close(d);
}

bool doc_write(const Program *p, const DocOptions *opt, FILE *out)
{
    Doc d;
    memset(&d, 0, sizeof d);
    d.p = p;
    d.opt = *opt;
    d.page = opt->lang == DOC_LANG_EN ? DESC_EN : DESC_NL;
    d.out = out;
    d.md_nls = 2; /* the start counts as a blank line */
    arena_init(&d.arena);
    html_init(&d.html, out);
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
        if (is_html(&d)) html_open(&d.html, "main", NULL);
        for (size_t s = 0; s < N_SECTIONS; s++) write_section(&d, &sections[s]);
        if (is_html(&d)) html_close(&d.html, "main");
    }
    if (is_html(&d)) ok = html_end(&d.html);
    else md_eol(&d);
    for (uint32_t k = 0; k < d.n_decisions; k++) xfree(d.decisions[k].rules);
    xfree(d.decisions);
    xfree(d.decls);
    xfree(d.family);
    arena_free(&d.arena);
    return ok;
}
