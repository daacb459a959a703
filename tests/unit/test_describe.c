/* SPDX-License-Identifier: MIT
 * test_describe.c - expressions and conditions in words (lang/describe.h):
 * the Dutch and English phrasing of every construct, literals the Dutch
 * way, grouping, constructor payload names and source excerpts.
 */
#include "harness.h"

#include <stdlib.h>

#include "../../lang/describe.h"
#include "../../lang/module.h"
#include "../../lang/parse.h"
#include "../../runtime/alloc.h"

/* A parsed snippet and a one-module program around it (for payload names). */
typedef struct Snip {
    Program *p;
    Module m;      /* the one module, its root the snippet */
    AstNode *root; /* the snippet's AST_FILE */
} Snip;

static Snip *snip_new(const char *src)
{
    Snip *s = calloc(1, sizeof *s);
    s->p = lang_new();
    Diag d;
    diag_init(&d, lang_sources(s->p));
    uint32_t file = sources_add(&s->p->sources, "t.grip", src, strlen(src));
    s->root = parse_file(&s->p->arena, &s->p->sources, file, &d);
    if (diag_errors(&d)) diag_render(&d, stderr);
    CHECK_EQ_INT(diag_errors(&d), 0);
    diag_free(&d);
    s->m.root = s->root;
    s->m.file = file;
    s->p->n_modules = 1;
    s->p->modules = xmalloc(sizeof(Module *)); /* lang_free frees it */
    s->p->modules[0] = &s->m;
    return s;
}

static void snip_free(Snip *s)
{
    lang_free(s->p);
    free(s);
}

/* The last declaration of the snippet. */
static AstNode *last(Snip *s)
{
    return s->root->items[s->root->n_items - 1];
}

/* Describes the body of 'def x: T = EXPR' in 'lang', as 'what'. */
static const char *say_expr(const char *expr, DescLang lang, DescWhat what)
{
    static char out[1024];
    char src[1024];
    snprintf(src, sizeof src, "def x: int = %s\n", expr);
    Snip *s = snip_new(src);
    const char *r = describe_string(&s->p->arena, lang, s->p, last(s)->b, what);
    snprintf(out, sizeof out, "%s", r);
    snip_free(s);
    return out;
}

static const char *nl_cond(const char *e)
{
    return say_expr(e, DESC_NL, DESC_AS_CONDITION);
}

static const char *en_cond(const char *e)
{
    return say_expr(e, DESC_EN, DESC_AS_CONDITION);
}

static const char *nl_val(const char *e)
{
    return say_expr(e, DESC_NL, DESC_AS_VALUE);
}

static const char *en_val(const char *e)
{
    return say_expr(e, DESC_EN, DESC_AS_VALUE);
}

static void test_comparisons(void)
{
    CHECK_EQ_STR(nl_cond("leeftijd >= 18"), "leeftijd 18 of meer is");
    CHECK_EQ_STR(nl_cond("leeftijd < 23"), "leeftijd kleiner dan 23 is");
    CHECK_EQ_STR(nl_cond("kosten > € 25000"), "kosten groter dan € 25.000 is");
    CHECK_EQ_STR(nl_cond("uren <= 0"), "uren 0 of minder is");
    CHECK_EQ_STR(nl_cond("kosten <= vorige"), "kosten ten hoogste vorige is");
    CHECK_EQ_STR(nl_cond("a + b >= 3"), "a + b ten minste 3 is");
    CHECK_EQ_STR(nl_cond("product = pleegzorg"), "product gelijk is aan pleegzorg");
    CHECK_EQ_STR(nl_cond("a.aanbieder != aanbieder"), "a.aanbieder niet gelijk is aan aanbieder");
    CHECK_EQ_STR(nl_cond("not (a != b)"), "a gelijk is aan b");
    CHECK_EQ_STR(nl_cond("not (leeftijd < 23)"), "leeftijd niet kleiner dan 23 is");
    CHECK_EQ_STR(en_cond("leeftijd >= 18"), "leeftijd is at least 18");
    CHECK_EQ_STR(en_cond("leeftijd < 23"), "leeftijd is less than 23");
    CHECK_EQ_STR(en_cond("x > 1"), "x is more than 1");
    CHECK_EQ_STR(en_cond("x <= 1"), "x is at most 1");
    CHECK_EQ_STR(en_cond("x = y"), "x is equal to y");
    CHECK_EQ_STR(en_cond("not (x = y)"), "x is not equal to y");
}

static void test_logic(void)
{
    CHECK_EQ_STR(nl_cond("leeftijd < 23 and verlengd"), "leeftijd kleiner dan 23 is en verlengd");
    CHECK_EQ_STR(nl_cond("a and b and c"), "a, b en c");
    CHECK_EQ_STR(nl_cond("a or b or c"), "a, b of c");
    CHECK_EQ_STR(nl_cond("crisis or (not uitstelbaar and not overdraagbaar)"),
                 "crisis of (niet uitstelbaar en niet overdraagbaar)");
    CHECK_EQ_STR(nl_cond("a and (b or c)"), "a en (b of c)");
    CHECK_EQ_STR(nl_cond("not (a and b)"), "niet (a en b)");
    CHECK_EQ_STR(en_cond("a and b and c"), "a, b and c");
    CHECK_EQ_STR(en_cond("not verlengd"), "not verlengd");
    CHECK_EQ_STR(en_cond("a or not (b and c)"), "a or not (b and c)");
}

static void test_membership(void)
{
    CHECK_EQ_STR(nl_cond("product in niet_jeugdhulp"), "product tot niet_jeugdhulp behoort");
    CHECK_EQ_STR(nl_cond("not (verwijzer in wettelijk)"), "verwijzer niet tot wettelijk behoort");
    CHECK_EQ_STR(nl_cond("p in {a, b, c}"), "p een van a, b of c is");
    CHECK_EQ_STR(nl_cond("not (p in {a, b})"), "p geen van a of b is");
    CHECK_EQ_STR(nl_cond("p in {a}"), "p gelijk is aan a");
    CHECK_EQ_STR(en_cond("p in {a, b}"), "p is one of a or b");
    CHECK_EQ_STR(en_cond("not (p in s)"), "p is not in s");
    CHECK_EQ_STR(nl_cond("besluit is toegekend"), "besluit toegekend is");
    CHECK_EQ_STR(nl_cond("not (besluit is toegekend)"), "besluit niet toegekend is");
    CHECK_EQ_STR(en_cond("besluit is toegekend"), "besluit is toegekend");
    CHECK_EQ_STR(en_cond("not (besluit is toegekend)"), "besluit is not toegekend");
}

static void test_quantifiers(void)
{
    CHECK_EQ_STR(nl_cond("any a in aanbieders where a.product = product"),
                 "er een a in aanbieders is waarvoor a.product gelijk is aan product");
    CHECK_EQ_STR(nl_cond("not (any a in t where a.x)"), "er geen a in t is waarvoor a.x");
    CHECK_EQ_STR(nl_cond("all a in t where a.jaar >= 2019"), "voor elke a in t geldt dat a.jaar 2019 of meer is");
    CHECK_EQ_STR(en_cond("any a in t where a.x"), "there is some a in t for which a.x");
    CHECK_EQ_STR(en_cond("all a in t where a.x"), "for every a in t, a.x");
    CHECK_EQ_STR(nl_val("count a in t where a.x"), "het aantal a in t waarvoor a.x");
    CHECK_EQ_STR(en_val("count a in t"), "the number of a in t");
    CHECK_EQ_STR(nl_cond("x and (any a in t where a.y)"), "x en (er een a in t is waarvoor a.y)");
}

static void test_literals(void)
{
    CHECK_EQ_STR(nl_val("€ 1234.56"), "€ 1.234,56");
    CHECK_EQ_STR(en_val("€ 1234.56"), "€ 1.234,56");
    CHECK_EQ_STR(nl_val("€ 1200"), "€ 1.200");
    CHECK_EQ_STR(nl_val("€ 1200.00"), "€ 1.200,00");
    CHECK_EQ_STR(nl_val("€ 27_000.5"), "€ 27.000,50");
    CHECK_EQ_STR(nl_val("EUR 104.5M"), "€ 104.500.000");
    CHECK_EQ_STR(nl_val("€ 5k"), "€ 5.000");
    CHECK_EQ_STR(nl_val("3%"), "3%");
    CHECK_EQ_STR(nl_val("2.5%"), "2,5%");
    CHECK_EQ_STR(nl_val("2021-01-31"), "31-01-2021");
    CHECK_EQ_STR(nl_val("0.75"), "0,75");
    CHECK_EQ_STR(nl_val("2020"), "2020");
    CHECK_EQ_STR(nl_val("1 month"), "1 maand");
    CHECK_EQ_STR(nl_val("6 months + 2 weeks"), "6 maanden + 2 weken");
    CHECK_EQ_STR(en_val("1 year + 10 days"), "1 year + 10 days");
    CHECK_EQ_STR(nl_val("\"geen jeugdhulp\""), "\xe2\x80\x9cgeen jeugdhulp\xe2\x80\x9d");
    CHECK_EQ_STR(nl_val("true"), "ja");
    CHECK_EQ_STR(en_val("false"), "false");
    CHECK_EQ_STR(nl_val("unknown"), "onbekend");
    CHECK_EQ_STR(nl_val("{a, b, c}"), "a, b en c");
    CHECK_EQ_STR(nl_val("{}"), "geen");
}

static void test_values(void)
{
    CHECK_EQ_STR(nl_val("round(uren * weken * tarief * (1 - korting))"),
                 "uren \xc3\x97 weken \xc3\x97 tarief \xc3\x97 (1 \xe2\x88\x92 korting), afgerond");
    CHECK_EQ_STR(nl_val("a - (b - c)"), "a \xe2\x88\x92 (b \xe2\x88\x92 c)");
    CHECK_EQ_STR(nl_val("a / b / c"), "a / b / c");
    CHECK_EQ_STR(nl_val("-x"), "\xe2\x88\x92x");
    CHECK_EQ_STR(nl_val("years_between(geboortedatum, datum)"), "het aantal hele jaren van geboortedatum tot datum");
    CHECK_EQ_STR(en_val("years_between(geboortedatum, datum)"), "the whole years from geboortedatum to datum");
    CHECK_EQ_STR(nl_val("year(datum + termijn)"), "het jaar van (datum + termijn)");
    CHECK_EQ_STR(nl_val("year(d) * 2"), "(het jaar van d) \xc3\x97 2");
    CHECK_EQ_STR(nl_val("plafonds[aanbieder, year(datum)].plafond or € 0"),
                 "plafond uit plafonds voor aanbieder en het jaar van datum, of € 0 als dat ontbreekt");
    CHECK_EQ_STR(en_val("b.reden or b.naar or \"\""),
                 "the first present of b.reden, b.naar and \xe2\x80\x9c\xe2\x80\x9d");
    CHECK_EQ_STR(nl_val("remaining(plafond[a.aanbieder, year(datum)])"),
                 "het resterende budget van plafond voor a.aanbieder en het jaar van datum");
    CHECK_EQ_STR(nl_val("if c then 1 else if d then 2 else 3"), "1 als c, 2 als d, anders 3");
    CHECK_EQ_STR(en_val("if c then 1 else 3"), "1 if c, otherwise 3");
    CHECK_EQ_STR(nl_val("sum(g.n for g in gemeenten where g.x > 0)"),
                 "de som van g.n voor elke g in gemeenten waarvoor g.x groter dan 0 is");
    CHECK_EQ_STR(nl_val("min(weken, maximale_duur(product))"), "het minimum van weken en maximale_duur(product)");
    CHECK_EQ_STR(en_val("count()"), "the number of rows");
    CHECK_EQ_STR(nl_val("variant(besluit)"), "de soort van besluit");
    CHECK_EQ_STR(nl_val("previous(kosten)"), "kosten van het vorige jaar");
    CHECK_EQ_STR(nl_val("t[k]"), "de rij van t voor k");
    CHECK_EQ_STR(nl_val("f(x, y + 1)"), "f(x, y + 1)");
    CHECK_EQ_STR(nl_val("Product.crisis"), "Product.crisis");
}

static void test_outcome_and_types(void)
{
    Snip *s = snip_new("variant Besluit { toegekend(bedrag: money), afgewezen(reden: text), niets }\n"
                       "def a: Besluit = afgewezen(\"leeftijd\")\n"
                       "def b: Besluit = toegekend(€ 1200.00)\n"
                       "def c: Besluit = niets\n"
                       "def d: Besluit = onbekend_geval(1)\n"
                       "parameter p: set of Product = {}\n");
    AstNode **it = s->root->items;
    Arena *ar = &s->p->arena;
    CHECK_EQ_STR(describe_string(ar, DESC_NL, s->p, it[1]->b, DESC_AS_OUTCOME),
                 "afgewezen (reden: \xe2\x80\x9cleeftijd\xe2\x80\x9d)");
    CHECK_EQ_STR(describe_string(ar, DESC_EN, s->p, it[2]->b, DESC_AS_OUTCOME), "toegekend (bedrag: € 1.200,00)");
    CHECK_EQ_STR(describe_string(ar, DESC_NL, s->p, it[3]->b, DESC_AS_OUTCOME), "niets");
    CHECK_EQ_STR(describe_string(ar, DESC_NL, s->p, it[4]->b, DESC_AS_OUTCOME), "onbekend_geval(1)");
    CHECK_EQ_STR(describe_string(ar, DESC_NL, s->p, it[1]->a, DESC_AS_TYPE), "Besluit");
    CHECK_EQ_STR(describe_string(ar, DESC_NL, s->p, it[5]->a, DESC_AS_TYPE), "verzameling van Product");
    CHECK_EQ_STR(describe_string(ar, DESC_EN, s->p, it[5]->a, DESC_AS_TYPE), "set of Product");
    snip_free(s);
    CHECK_EQ_STR(say_expr("1", DESC_NL, DESC_AS_TYPE), "1"); /* not a type: as written */
}

static void test_primitive_types(void)
{
    static const char *const types[][3] = {
        {"bool", "ja/nee", "yes/no"},  {"int", "geheel getal", "whole number"}, {"decimal", "getal", "number"},
        {"money", "bedrag", "amount"}, {"percent", "percentage", "percentage"}, {"date", "datum", "date"},
        {"duration", "duur", "duration"}, {"text", "tekst", "text"},
    };
    for (size_t k = 0; k < sizeof types / sizeof types[0]; k++) {
        char src[64];
        snprintf(src, sizeof src, "parameter p: %s = 1\n", types[k][0]);
        Snip *s = snip_new(src);
        CHECK_EQ_STR(describe_string(&s->p->arena, DESC_NL, s->p, last(s)->a, DESC_AS_TYPE), types[k][1]);
        CHECK_EQ_STR(describe_string(&s->p->arena, DESC_EN, s->p, last(s)->a, DESC_AS_TYPE), types[k][2]);
        snip_free(s);
    }
}

static void test_source(void)
{
    Snip *s = snip_new("decision b: bool\n"
                       "    rule r \"Art. 1\":\n"
                       "        true when a   \n"
                       "          and c\n"
                       "\n"
                       "def x: int = 1 # comment\n");
    AstNode *rule = s->root->items[0]->items[0];
    CHECK_EQ_STR(describe_source(&s->p->arena, s->p, rule), "rule r \"Art. 1\":\n    true when a\n      and c");
    CHECK_EQ_STR(describe_source(&s->p->arena, s->p, s->root->items[1]->b), "1");
    AstNode none;
    memset(&none, 0, sizeof none);
    none.span = SPAN_NONE;
    CHECK_EQ_STR(describe_source(&s->p->arena, s->p, &none), "");
    snip_free(s);
}

/* Pieces arrive tagged: names apart from words and values. */
typedef struct Pieces {
    char log[512]; /* "W:als |N:leeftijd|..." */
} Pieces;

static void collect(void *ctx, DescPart part, const char *text, size_t len)
{
    Pieces *p = ctx;
    size_t used = strlen(p->log);
    snprintf(p->log + used, sizeof p->log - used, "%c:%.*s|", part == DESC_NAME ? 'N' : part == DESC_VALUE ? 'V' : 'W',
             (int)len, text);
}

static void test_parts(void)
{
    Snip *s = snip_new("def x: bool = a.b >= € 5\n");
    Pieces p = {""};
    Describer d = {DESC_NL, collect, &p, s->p};
    describe_condition(&d, last(s)->b);
    CHECK_EQ_STR(p.log, "N:a.b|W: |V:€ 5|W: of meer is|");
    snip_free(s);
}

TEST_MAIN(RUN(test_comparisons); RUN(test_logic); RUN(test_membership); RUN(test_quantifiers);
          RUN(test_literals); RUN(test_values); RUN(test_outcome_and_types); RUN(test_primitive_types);
          RUN(test_source); RUN(test_parts);)
