/* SPDX-License-Identifier: MIT
 * test_check.c - the checker's annotations, as the lowering reads them
 * (lang/check.h): effective declarations and rule order after 'extends',
 * late-bound refs, types of expressions and builtins, the default 'or'
 * flag, budget key uses, indexes, and that every expression of a clean
 * program has a type.  Policies are written to a temporary folder and
 * loaded as 'grip check' does.
 */
#define _XOPEN_SOURCE 700 /* mkdtemp */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../lang/check.h"
#include "../../lang/module.h"
#include "../../runtime/alloc.h"
#include "harness.h"

static char dir[512];

static void write_file(const char *name, const char *text)
{
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    FILE *f = fopen(path, "w");
    CHECK(f != NULL);
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

static void remove_file(const char *name)
{
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    unlink(path);
}

/* Loads and checks DIR/'name'; the number of errors goes to *errors (the
 * diagnostics are printed on stderr to explain a failure unless 'quiet'). */
static Program *load_q(const char *name, int *errors, int quiet)
{
    char path[700];
    snprintf(path, sizeof path, "%s/%s", dir, name);
    Program *p = lang_new();
    Diag d;
    diag_init(&d, lang_sources(p));
    if (lang_load(p, path, NULL, &d)) lang_check(p, &d);
    *errors = diag_errors(&d);
    if (*errors && !quiet) diag_render(&d, stderr);
    diag_free(&d);
    return p;
}

static Program *load(const char *name, int *errors)
{
    return load_q(name, errors, 0);
}

static Module *module_named(Program *p, const char *name)
{
    for (uint32_t k = 0; k < p->n_modules; k++)
        if (strcmp(p->modules[k]->name, name) == 0) return p->modules[k];
    return NULL;
}

/* The declaration of 'kind' called 'name' in module 'm' (the first). */
static AstNode *decl_in(Module *m, int kind, const char *name)
{
    if (!m) return NULL;
    for (uint32_t k = 0; k < m->root->n_items; k++) {
        AstNode *d = m->root->items[k];
        if (d->kind == kind && d->name && strcmp(d->name, name) == 0) return d;
    }
    return NULL;
}

/* The first node of 'kind' (with 'name' when not NULL) in 'n', pre-order. */
static AstNode *find(AstNode *n, int kind, const char *name)
{
    if (!n) return NULL;
    if (n->kind == kind && (!name || (n->name && strcmp(n->name, name) == 0))) return n;
    AstNode *kids[5] = {n->a, n->b, n->c, n->d, n->e};
    for (int k = 0; k < 5; k++) {
        AstNode *r = find(kids[k], kind, name);
        if (r) return r;
    }
    for (uint32_t k = 0; k < n->n_items; k++) {
        AstNode *r = find(n->items[k], kind, name);
        if (r) return r;
    }
    return NULL;
}

static int is_expression(int kind)
{
    return kind >= AST_NAME && kind <= AST_AGGREGATE && kind != AST_IDENT;
}

/* Counts expression nodes under 'n' without a type (or with TYPE_ERROR). */
static int untyped(AstNode *n)
{
    if (!n) return 0;
    int bad = 0;
    if (is_expression(n->kind) && (!n->type || n->type->kind == TYPE_ERROR)) {
        fprintf(stderr, "untyped %s '%s'\n", ast_kind_name(n->kind), n->name ? n->name : "");
        bad++;
    }
    /* the qualifier of a qualified name is no value */
    int qualified = n->kind == AST_DOT && n->ref && n->ref->kind != AST_FIELD && n->ref->kind != AST_PARAM;
    AstNode *kids[5] = {qualified ? NULL : n->a, n->b, n->c, n->d, n->e};
    for (int k = 0; k < 5; k++) bad += untyped(kids[k]);
    for (uint32_t k = 0; k < n->n_items; k++) bad += untyped(n->items[k]);
    return bad;
}

static const char *JEUGD =
    "module jeugd\n"
    "variant Besluit { toegekend(bedrag: money), afgewezen(reden: text), verwezen(naar: text) }\n";

static const char *REGIO =
    "module regio\n"
    "use jeugd\n"
    "enum Product { begeleiding, jggz, crisis }\n"
    "input Aanvraag dated by datum {\n"
    "    id: text key\n"
    "    datum: date\n"
    "    product: Product\n"
    "    uren: decimal\n"
    "    tarief: money\n"
    "    aanbieder: text\n"
    "    crisis: bool = false\n"
    "}\n"
    "table plafonds key (aanbieder, jaar) { aanbieder: text, jaar: int, plafond: money }\n"
    "parameter korting: percent\n"
    "    from 2019-01-01 = 0%\n"
    "    from 2021-01-01 = 3%\n"
    "def kosten: money = round(uren * tarief * (1 - korting))\n"
    "def bruto: money = uren * tarief\n"
    "decision besluit: Besluit\n"
    "    rule a: afgewezen(\"a\") when product = crisis\n"
    "    rule b: afgewezen(\"b\") when crisis\n"
    "    rule c: verwezen(\"c\") when uren > 10\n"
    "    otherwise toegekend(kosten)\n"
    "budget plafond\n"
    "    per aanbieder, year(datum)\n"
    "    limit plafonds[aanbieder, year(datum)].plafond or € 0\n"
    "    charge kosten when besluit is toegekend\n"
    "output besluiten {\n"
    "    id = id\n"
    "    reden = besluit.reden or \"\"\n"
    "    bedrag = besluit.bedrag or \"\"\n"
    "    rest = remaining(plafond[aanbieder, 2020])\n"
    "    afgerond = round(bruto, 0, half_even)\n"
    "}\n";

static const char *GEMEENTE =
    "module gemeente\n"
    "extends regio\n"
    "use jeugd\n"
    "override parameter korting: percent = 5%\n"
    "override def kosten: money = bruto - € 1\n"
    "decision besluit\n"
    "    rule e exception to b: toegekend(kosten) when uren < 1\n"
    "    override rule c: verwezen(\"c2\") when uren > 12\n"
    "    rule d: afgewezen(\"d\") when false\n"
    "    rule f exception to e: toegekend(€ 1) when false\n";

static void test_variant(void)
{
    write_file("jeugd.grip", JEUGD);
    write_file("regio.grip", REGIO);
    write_file("gemeente.grip", GEMEENTE);
    int errors;
    Program *p = load("gemeente.grip", &errors);
    CHECK_EQ_INT(errors, 0);
    CheckedProgram *cp = p->checked;
    CHECK(cp != NULL);
    if (!cp) {
        lang_free(p);
        return;
    }
    Module *regio = module_named(p, "regio"), *gemeente = module_named(p, "gemeente");
    CHECK(regio && gemeente);
    AstNode *base_kosten = decl_in(regio, AST_DEF, "kosten");
    AstNode *over_kosten = decl_in(gemeente, AST_DEF, "kosten");
    AstNode *over_korting = decl_in(gemeente, AST_PARAMETER, "korting");

    /* effective declarations: the overrides in the place of the base's */
    CHECK_EQ_INT(cp->n_defs, 2);
    CHECK(cp->n_defs == 2 && cp->defs[0] == over_kosten);
    CHECK_EQ_INT(check_index(cp, over_kosten), 0);
    CHECK_EQ_INT(check_index(cp, base_kosten), -1);
    CHECK_EQ_INT(cp->n_parameters, 1);
    CHECK(cp->n_parameters == 1 && cp->parameters[0] == over_korting);
    CHECK(cp->input == decl_in(regio, AST_INPUT, "Aanvraag"));
    CHECK(cp->input_row && cp->input_row->kind == TYPE_ROW);
    CHECK(check_is_main(cp, over_kosten));
    CHECK(check_is_main(cp, base_kosten));
    CHECK(!check_is_main(cp, decl_in(module_named(p, "jeugd"), AST_VARIANT, "Besluit")));

    /* the decision: a, e (exception to b, with f before it), b, c (the
     * override in c's place), d; the base's 'otherwise' */
    CHECK_EQ_INT(cp->n_decisions, 1);
    CheckedDecision *cd = &cp->decisions[0];
    const char *want[] = {"a", "f", "e", "b", "c", "d"};
    CHECK_EQ_INT(cd->n_rules, 6);
    for (uint32_t k = 0; k < cd->n_rules && k < 6; k++) CHECK_EQ_STR(cd->rules[k]->name, want[k]);
    CHECK(cd->n_rules == 6 && (cd->rules[4]->flags & AST_F_OVERRIDE));
    CHECK(cd->decl == decl_in(regio, AST_DECISION, "besluit"));
    CHECK(cd->type && cd->type->kind == TYPE_VARIANT);
    CHECK(cd->otherwise != NULL);

    /* late binding: the base's 'otherwise toegekend(kosten)' reads the
     * override; 'e' names the rule it precedes */
    AstNode *use = find(cd->otherwise, AST_NAME, "kosten");
    CHECK(use && use->ref == over_kosten);
    CHECK(cd->n_rules == 6 && cd->rules[2]->d && cd->rules[2]->d->ref == cd->rules[3]);
    CHECK(cd->otherwise->a->ref && cd->otherwise->a->ref->kind == AST_CASE);
    CHECK(cd->otherwise->a->type && cd->otherwise->a->type->kind == TYPE_FUNC);

    /* 'product = crisis': the member, though 'crisis' is also a field;
     * 'when crisis': the field */
    AstNode *eq = cd->rules[0]->b;
    CHECK(eq && eq->b && eq->b->ref && eq->b->ref->kind == AST_MEMBER);
    CHECK_EQ_INT(check_index(cp, eq->b->ref), 2);
    CHECK(cd->rules[3]->b->ref && cd->rules[3]->b->ref->kind == AST_FIELD);
    CHECK_EQ_INT(check_index(cp, cd->rules[3]->b->ref), 6);

    /* types of the base's expressions */
    AstNode *kosten_body = base_kosten->b; /* overridden: not checked */
    CHECK(kosten_body->type == NULL);
    AstNode *bruto = decl_in(regio, AST_DEF, "bruto");
    CHECK(bruto->b->type && bruto->b->type->kind == TYPE_MONEY);

    /* the budget: two key uses, in per order */
    CHECK_EQ_INT(cp->n_budgets, 1);
    CheckedBudget *cb = &cp->budgets[0];
    CHECK_EQ_INT(cb->n_key_uses, 2);
    if (cb->n_key_uses == 2) {
        CHECK_EQ_INT(cb->key_uses[0].per, 0);
        CHECK_EQ_INT(cb->key_uses[0].node->kind, AST_NAME);
        CHECK_EQ_INT(cb->key_uses[1].per, 1);
        CHECK_EQ_INT(cb->key_uses[1].node->kind, AST_CALL);
    }
    CHECK(cb->decl->a->flags & CHECK_F_DEFAULT);

    /* the output: defaults of another type make a text column; builtins */
    CHECK_EQ_INT(cp->n_outputs, 1);
    AstNode *out = cp->n_outputs ? cp->outputs[0] : NULL;
    if (out && out->n_items == 5) {
        AstNode *reden = out->items[1]->b, *bedrag = out->items[2]->b, *rest = out->items[3]->b;
        AstNode *afgerond = out->items[4]->b;
        CHECK(reden->flags & CHECK_F_DEFAULT);
        CHECK_EQ_INT(reden->type->kind, TYPE_TEXT);
        CHECK(bedrag->flags & CHECK_F_DEFAULT);
        CHECK_EQ_INT(bedrag->type->kind, TYPE_TEXT);
        CHECK_EQ_INT(bedrag->a->type->kind, TYPE_MONEY);
        CHECK(bedrag->a->ref && bedrag->a->ref->kind == AST_PARAM);
        CHECK_EQ_INT(types_case_field(bedrag->a->a->type, 0, "bedrag"), 0);
        CHECK_EQ_INT(types_case_field(bedrag->a->a->type, 1, "bedrag"), -1);
        CHECK_EQ_INT(rest->a->type->builtin, BUILTIN_REMAINING);
        CHECK_EQ_INT(rest->type->kind, TYPE_MONEY);
        CHECK_EQ_INT(rest->items[0]->type->kind, TYPE_BUDGET);
        CHECK_EQ_INT(afgerond->a->type->builtin, BUILTIN_ROUND);
        CHECK_EQ_INT(afgerond->items[2]->type->kind, TYPE_ROUNDING);
        CHECK_EQ_INT(types_rounding(afgerond->items[2]->name), ROUND_HALF_EVEN);
        CHECK_EQ_INT(afgerond->type->kind, TYPE_MONEY);
    } else {
        CHECK(0);
    }

    /* every expression of every effective declaration has a type (of a
     * decision: of its effective rules) */
    int bad = 0;
    for (uint32_t k = 0; k < p->n_modules; k++) {
        AstNode *root = p->modules[k]->root;
        for (uint32_t d = 0; d < root->n_items; d++) {
            AstNode *x = root->items[d];
            if (x != base_kosten && x != decl_in(regio, AST_PARAMETER, "korting") && x->kind != AST_DECISION)
                bad += untyped(x);
        }
    }
    for (uint32_t k = 0; k < cd->n_rules; k++) bad += untyped(cd->rules[k]);
    bad += untyped(cd->otherwise);
    CHECK_EQ_INT(bad, 0);
    lang_free(p);

    /* the base alone: its own declarations */
    p = load("regio.grip", &errors);
    CHECK_EQ_INT(errors, 0);
    cp = p->checked;
    CHECK(cp && cp->n_decisions == 1 && cp->decisions[0].n_rules == 3);
    if (cp && cp->n_decisions == 1) {
        use = find(cp->decisions[0].otherwise, AST_NAME, "kosten");
        CHECK(use && use->ref == decl_in(module_named(p, "regio"), AST_DEF, "kosten"));
        AstNode *k = decl_in(module_named(p, "regio"), AST_DEF, "kosten");
        AstNode *sub = find(k->b, AST_BINARY, NULL); /* uren * tarief * (1 - korting) */
        CHECK(sub && sub->type && sub->type->kind == TYPE_MONEY);
        AstNode *minus = sub ? find(sub->b, AST_BINARY, NULL) : NULL;
        CHECK(minus && minus->op == AST_OP_SUB && minus->type->kind == TYPE_DECIMAL);
    }
    lang_free(p);
    remove_file("jeugd.grip");
    remove_file("regio.grip");
    remove_file("gemeente.grip");
}

static void test_errors_give_no_program(void)
{
    write_file("fout.grip", "def x: money = 5\n");
    int errors;
    Program *p = load_q("fout.grip", &errors, 1);
    CHECK_EQ_INT(errors, 1);
    CHECK(p->checked == NULL);
    lang_free(p);
    remove_file("fout.grip");
}

static void test_series_and_quantifiers(void)
{
    write_file("reeks.grip",
               "table gemeenten key (g) { g: text, n: int, k: money }\n"
               "series kader by jaar in 2019..2022 {\n"
               "    kosten: money = previous(kosten) or € 0\n"
               "    groei: percent = if jaar = 2020 then unknown else 2.5%\n"
               "    totaal: money = sum(x.k for x in gemeenten where x.n > 0)\n"
               "}\n"
               "def aantal: int = count g in gemeenten where g.n > 10\n");
    int errors;
    Program *p = load("reeks.grip", &errors);
    CHECK_EQ_INT(errors, 0);
    CheckedProgram *cp = p->checked;
    CHECK(cp && cp->n_series == 1);
    if (cp && cp->n_series == 1) {
        AstNode *s = cp->series[0];
        AstNode *prev = s->items[0]->b;
        CHECK(prev->flags & CHECK_F_DEFAULT);
        CHECK(prev->a->ref == s->items[0]);
        AstNode *jaar = find(s->items[1]->b, AST_NAME, "jaar");
        CHECK(jaar && jaar->ref == s && jaar->type->kind == TYPE_INT);
        AstNode *unk = find(s->items[1]->b, AST_UNKNOWN, NULL);
        CHECK(unk && unk->type->kind == TYPE_UNKNOWN);
        CHECK_EQ_INT(s->items[1]->b->type->kind, TYPE_PERCENT);
        AstNode *agg = s->items[2]->b;
        AstNode *xk = find(agg->items[0], AST_NAME, "x");
        CHECK(xk && xk->ref == agg && xk->type->kind == TYPE_ROW);
        CHECK_EQ_INT(check_index(cp, s->items[2]), 2);
        AstNode *count = cp->defs[0]->b;
        AstNode *g = find(count->b, AST_NAME, "g");
        CHECK(g && g->ref == count);
        CHECK_EQ_INT(count->type->kind, TYPE_INT);
        CHECK_EQ_INT(count->a->type->kind, TYPE_TABLE);
    }
    lang_free(p);
    remove_file("reeks.grip");
}

static void test_types(void)
{
    Arena a;
    arena_init(&a);
    Type money = {TYPE_MONEY, 0, NULL, NULL, NULL, NULL, 0};
    Type money2 = money;
    Type set = {TYPE_SET, 0, NULL, &money, NULL, NULL, 0};
    Type set2 = {TYPE_SET, 0, NULL, &money2, NULL, NULL, 0};
    CHECK(type_equal(&money, &money2));
    CHECK(type_equal(&set, &set2));
    CHECK(!type_equal(&set, &money));
    CHECK(!type_equal(NULL, &money));
    CHECK_EQ_STR(type_name(&a, &set), "set of money");
    CHECK_EQ_STR(types_builtin_name(BUILTIN_YEARS_BETWEEN), "years_between");
    CHECK_EQ_STR(types_builtin_name(BUILTIN_COUNT), "");
    CHECK_EQ_INT(types_builtin("half_year"), BUILTIN_HALF_YEAR);
    CHECK_EQ_INT(types_builtin("sum"), BUILTIN_NONE);
    CHECK_EQ_INT(types_rounding("floor"), ROUND_FLOOR);
    CHECK_EQ_INT(types_rounding("nearest"), -1);
    arena_free(&a);
}

TEST_MAIN({
    const char *tmp = getenv("TMPDIR") ? getenv("TMPDIR") : "/tmp";
    snprintf(dir, sizeof dir, "%s/grip-check-XXXXXX", tmp);
    if (!mkdtemp(dir)) {
        perror("mkdtemp");
        return 1;
    }
    RUN(test_variant);
    RUN(test_errors_give_no_program);
    RUN(test_series_and_quantifiers);
    RUN(test_types);
    rmdir(dir);
})
