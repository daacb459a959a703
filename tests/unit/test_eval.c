/* SPDX-License-Identifier: MIT
 * test_eval.c - unit tests of the evaluator's parts: ledgers (keys, growth,
 * sorting, overflow), parameters (dated reads, --set parsing of every type)
 * and evaluation of lowered policies on rows built in code (memo slots,
 * deciding rules, date order of budgets, runtime errors with their spans).
 */
#include "harness.h"

#include <stdarg.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "../../lang/lang.h"
#include "../../lang/lower.h"
#include "../../runtime/alloc.h"
#include "../../runtime/eval.h"
#include "../../runtime/ledger.h"
#include "../../runtime/policy.h"
#include "../../runtime/run.h"

/* ---- helpers --------------------------------------------------------------------- */

/* A loaded and lowered policy, with what it borrows. */
typedef struct Loaded {
    Program *prog;
    Policy *p;
    char path[64];
} Loaded;

/* Writes 'src' to a temporary file and lowers it; p is NULL (and the
 * diagnostics printed) when it does not check. */
static Loaded load(const char *src)
{
    Loaded l = {0};
    snprintf(l.path, sizeof l.path, "/tmp/grip-test-eval-XXXXXX");
    int fd = mkstemp(l.path);
    if (fd < 0) return l;
    size_t len = strlen(src);
    if (write(fd, src, len) != (ssize_t)len) len = 0;
    close(fd);
    l.prog = lang_new();
    Diag d;
    diag_init(&d, lang_sources(l.prog));
    if (lang_load(l.prog, l.path, NULL, &d) && lang_check(l.prog, &d) == 0) l.p = lower_program(l.prog, &d);
    diag_render(&d, stderr);
    diag_free(&d);
    return l;
}

static void unload(Loaded *l)
{
    policy_free(l->p);
    lang_free(l->prog);
    unlink(l->path);
}

static Value text(Policy *p, const char *s)
{
    return value_text(intern(&p->texts, s, strlen(s)));
}

static Value money(int64_t cents)
{
    return value_num(dec_from_cents(cents));
}

static Value day(int y, int m, int d)
{
    Date out = {0};
    date_from_ymd(&out, y, m, d);
    return value_date(out);
}

/* Binds the input of 'p' to 'n' rows of 'nf' values each. */
static void bind_input(Policy *p, const Value *rows, size_t n, size_t nf)
{
    PolicyDataset *in = &p->datasets[p->input];
    in->data = dataset_new(&in->schema, "rows");
    for (size_t r = 0; r < n; r++) {
        char why[256];
        bool ok = dataset_append(in->data, rows + r * nf, r + 2, why, sizeof why);
        CHECK(ok);
        if (!ok) fprintf(stderr, "append: %s\n", why);
    }
}

/* The text of 'v' as a CSV cell would hold it. */
static const char *show(Value v, const FormatType *t)
{
    static char buf[256];
    format_value(buf, sizeof buf, v, t, FORMAT_PLAIN);
    return buf;
}

/* ---- ledgers --------------------------------------------------------------------- */

static void test_ledger_keys(void)
{
    Ledgers ls;
    uint32_t nk[2] = {2, 1};
    ledgers_init(&ls, 2, nk);
    Interner in;
    intern_init(&in);
    /* 3000 keys: the table grows several times; every key is found again */
    char name[32];
    for (int k = 0; k < 3000; k++) {
        snprintf(name, sizeof name, "A%04d", k % 1000);
        Value key[2] = {value_text(intern(&in, name, strlen(name))), value_int(2019 + k / 1000)};
        bool created = false;
        int64_t idx = ledger_get(&ls.items[0], key, true, &created);
        if (!created || idx != k) CHECK(created && idx == k);
    }
    CHECK_EQ_INT(ls.items[0].n, 3000);
    int found = 0;
    for (int k = 0; k < 3000; k++) {
        snprintf(name, sizeof name, "A%04d", k % 1000);
        /* the same number at another scale is the same key */
        Value key[2] = {value_text(intern(&in, name, strlen(name))), value_num((Dec){(2019 + k / 1000) * 100, 2})};
        found += ledger_get(&ls.items[0], key, false, NULL) == k;
    }
    CHECK_EQ_INT(found, 3000);
    Value absent[2] = {value_text(intern(&in, "B1", 2)), value_int(2019)};
    CHECK_EQ_INT(ledger_get(&ls.items[0], absent, false, NULL), -1);
    CHECK_EQ_INT(ls.items[0].n, 3000);

    /* sorted by key: texts bytewise, then numbers */
    size_t *sorted = ledger_sorted(&ls.items[0]);
    int in_order = 1;
    for (size_t k = 1; k < ls.items[0].n; k++) {
        const Value *a = ls.items[0].entries[sorted[k - 1]].key, *b = ls.items[0].entries[sorted[k]].key;
        int c = value_compare(a[0], b[0]);
        if (c > 0 || (c == 0 && value_compare(a[1], b[1]) >= 0)) in_order = 0;
    }
    CHECK(in_order);
    CHECK_EQ_STR(ls.items[0].entries[sorted[0]].key[0].as.text->s, "A0000");
    CHECK_EQ_INT(ls.items[0].entries[sorted[0]].key[1].as.coef, 2019);
    CHECK_EQ_STR(ls.items[0].entries[sorted[2999]].key[0].as.text->s, "A0999");
    xfree(sorted);

    /* an empty ledger sorts to nothing */
    sorted = ledger_sorted(&ls.items[1]);
    CHECK_EQ_INT(ls.items[1].n, 0);
    xfree(sorted);
    ledgers_free(&ls);
    intern_free(&in);
}

static void test_ledger_amounts(void)
{
    Ledgers ls;
    uint32_t nk[1] = {1};
    ledgers_init(&ls, 1, nk);
    Value key[1] = {value_int(1)};
    int64_t first = ledger_get(&ls.items[0], key, true, NULL);
    LedgerEntry *e = &ls.items[0].entries[first];
    e->limit = dec_from_cents(10000);
    e->limit_known = true;
    CHECK(ledger_charge(e, dec_from_cents(2550)));
    CHECK(ledger_charge(e, dec_from_cents(8000)));
    Dec r;
    CHECK(ledger_remaining(e, &r));
    CHECK(dec_eq(r, dec_from_cents(-550)));
    /* an overflowing charge is refused and changes nothing */
    Dec huge = {DEC_COEF_MAX, 0};
    CHECK(!ledger_charge(e, huge));
    CHECK(dec_eq(e->charged, dec_from_cents(10550)));
    e->limit = dec_neg(huge);
    e->charged = huge;
    CHECK(!ledger_remaining(e, &r));

    /* a key that is a composite value is deep-copied */
    Value fields[1] = {value_int(7)};
    Value composite = value_variant(1, fields, 1);
    int64_t idx = ledger_get(&ls.items[0], &composite, true, NULL);
    CHECK_EQ_INT(idx, first + 1);
    fields[0] = value_int(8);
    CHECK_EQ_INT(ls.items[0].entries[idx].key[0].as.fields[0].as.coef, 7);
    ledgers_free(&ls);
}

/* ---- parameters ------------------------------------------------------------------ */

static const char *PARAMS =
    "enum Product { begeleiding, jggz, crisis }\n"
    "input V dated by datum {\n    id: text key\n    datum: date\n}\n"
    "parameter korting: percent = 1%\n"
    "    from 2020-01-01 until 2020-06-30 = 2%\n"
    "    from 2021-01-01 until 2021-12-31 = 3%\n"
    "    from 2023-01-01 = 5%\n"
    "parameter streng: percent\n    from 2020-01-01 = 4%\n"
    "parameter stap: percent\n    from 2019-01-01 = 0%\n    from 2021-01-01 = 3%\n"
    "parameter b: bool = false\n"
    "parameter i: int = 1\n"
    "parameter d: decimal = 1.5\n"
    "parameter m: money = € 10\n"
    "parameter dt: date = 2020-01-01\n"
    "parameter du: duration = 6 months\n"
    "parameter t: text = \"x\"\n"
    "parameter p: Product = jggz\n"
    "parameter s: set of Product = {jggz}\n"
    "decision x: bool\n    otherwise true\n";

/* The value of parameter 'name' on 'date' as text ("none" when none). */
static const char *param_text(Policy *p, const char *name, bool has_date, Date date)
{
    static char buf[1100];
    int32_t k = policy_find_param(p, name);
    uint32_t node = k < 0 ? IR_NONE : policy_param_at(p, (uint32_t)k, has_date, date);
    if (node == IR_NONE) return "none";
    Eval *e = eval_new(p, NULL);
    eval_set_no_row(e, has_date, date);
    Value v;
    bool ok = eval_node(e, node, &v);
    snprintf(buf, sizeof buf, "%s", ok ? show(v, p->params[k].format) : eval_error(e)->msg);
    eval_free(e);
    return buf;
}

static void test_param_history(void)
{
    Loaded l = load(PARAMS);
    CHECK(l.p != NULL);
    if (!l.p) return;
    Policy *p = l.p;
    CHECK_EQ_STR(param_text(p, "korting", true, day(2019, 12, 31).as.date), "1%");
    CHECK_EQ_STR(param_text(p, "korting", true, day(2020, 1, 1).as.date), "2%");
    CHECK_EQ_STR(param_text(p, "korting", true, day(2020, 6, 30).as.date), "2%");
    CHECK_EQ_STR(param_text(p, "korting", true, day(2020, 7, 1).as.date), "1%");
    CHECK_EQ_STR(param_text(p, "korting", true, day(2021, 12, 31).as.date), "3%");
    CHECK_EQ_STR(param_text(p, "korting", true, day(2022, 6, 1).as.date), "1%");
    CHECK_EQ_STR(param_text(p, "korting", true, day(9999, 12, 31).as.date), "5%");
    CHECK_EQ_STR(param_text(p, "korting", false, day(2021, 1, 1).as.date), "1%");
    CHECK_EQ_STR(param_text(p, "streng", true, day(2019, 12, 31).as.date), "none");
    CHECK_EQ_STR(param_text(p, "streng", true, day(2020, 1, 1).as.date), "4%");
    CHECK_EQ_STR(param_text(p, "streng", false, day(2020, 1, 1).as.date), "none");

    /* folding: only parameters with one value whatever the date */
    policy_fold_params(p, false, (Date){0}, (Date){0});
    CHECK(!p->params[policy_find_param(p, "korting")].constant);
    CHECK(p->params[policy_find_param(p, "m")].constant);
    /* a period without 'until' lasts until the next one starts */
    policy_fold_params(p, true, day(2020, 7, 1).as.date, day(2021, 1, 1).as.date);
    CHECK(!p->params[policy_find_param(p, "stap")].constant);
    CHECK_EQ_STR(param_text(p, "stap", true, day(2020, 12, 31).as.date), "0%");
    policy_fold_params(p, true, day(2021, 1, 1).as.date, day(2022, 1, 1).as.date);
    CHECK(p->params[policy_find_param(p, "stap")].constant);
    CHECK_EQ_STR(show(p->params[policy_find_param(p, "stap")].value, NULL), "0.03");
    /* over a range of dates: constant when one period (or the value outside
     * every period) covers the whole range */
    policy_fold_params(p, true, day(2020, 7, 1).as.date, day(2021, 1, 1).as.date);
    CHECK(!p->params[policy_find_param(p, "korting")].constant);
    policy_fold_params(p, true, day(2020, 7, 1).as.date, day(2020, 12, 31).as.date);
    CHECK(p->params[policy_find_param(p, "korting")].constant);
    CHECK_EQ_STR(show(p->params[policy_find_param(p, "korting")].value, NULL), "0.01");
    policy_fold_params(p, true, day(2023, 7, 1).as.date, day(2024, 12, 31).as.date);
    CHECK(p->params[policy_find_param(p, "streng")].constant);
    CHECK_EQ_STR(show(p->params[policy_find_param(p, "streng")].value, NULL), "0.04");
    /* --on makes every parameter with a constant value there constant */
    unload(&l);
    l = load(PARAMS);
    p = l.p;
    if (!p) return;
    p->fixed_date = true;
    p->on = day(2021, 3, 1).as.date;
    policy_fold_params(p, false, (Date){0}, (Date){0});
    CHECK(p->params[policy_find_param(p, "korting")].constant);
    CHECK_EQ_STR(show(p->params[policy_find_param(p, "korting")].value, NULL), "0.03");
    unload(&l);
}

/* --set 'name' to 'value': the value written back, or "error: why". */
static const char *set(Policy *p, const char *name, const char *value)
{
    static char buf[600];
    char why[512];
    int32_t k = policy_find_param(p, name);
    if (k < 0) return "no such parameter";
    if (!policy_set_param(p, (uint32_t)k, value, why, sizeof why)) {
        snprintf(buf, sizeof buf, "error: %s", why);
        return buf;
    }
    CHECK(p->params[k].n_periods == 0 && p->params[k].constant);
    CHECK_EQ_STR(p->params[k].set_text, value);
    return show(p->params[k].value, p->params[k].format);
}

static void test_param_set(void)
{
    Loaded l = load(PARAMS);
    CHECK(l.p != NULL);
    if (!l.p) return;
    Policy *p = l.p;
    CHECK_EQ_STR(set(p, "korting", "3%"), "3%");
    CHECK_EQ_STR(set(p, "korting", "2.5"), "2.5%");
    CHECK_EQ_STR(set(p, "korting", " 0.5% "), "0.5%");
    CHECK_EQ_STR(set(p, "korting", "3x"), "error: '3x' is not a percentage: unexpected character in number");
    CHECK_EQ_STR(set(p, "korting", "EUR 3"), "error: 'EUR 3' is not a percentage: a currency belongs only in a money amount");
    CHECK_EQ_STR(set(p, "korting", ""), "error: '' is not a percentage: empty number");
    CHECK_EQ_STR(set(p, "b", "ja"), "true");
    CHECK_EQ_STR(set(p, "b", "false"), "false");
    CHECK_EQ_STR(set(p, "b", "misschien"), "error: 'misschien' is not true or false");
    CHECK_EQ_STR(set(p, "i", "12"), "12");
    CHECK_EQ_STR(set(p, "i", "12.00"), "12");
    CHECK_EQ_STR(set(p, "i", "12.5"), "error: '12.5' is not a whole number");
    CHECK_EQ_STR(set(p, "d", "-0.125"), "-0.125");
    CHECK_EQ_STR(set(p, "m", "€ 1,234.50"), "1234.50");
    CHECK_EQ_STR(set(p, "m", "EUR 5"), "5.00");
    CHECK_EQ_STR(set(p, "m", "1.234"), "error: '1.234' is not a money amount: more than 2 decimals");
    CHECK_EQ_STR(set(p, "dt", "31-01-2021"), "2021-01-31");
    CHECK_EQ_STR(set(p, "dt", "2021-02-29"), "error: '2021-02-29' is not a date: 29 february exists only in leap years");
    CHECK_EQ_STR(set(p, "du", "1 jaar en 6 maanden"), "18 months");
    CHECK_EQ_STR(set(p, "du", "soon"),
                 "error: 'soon' is not a duration: expected a number followed by a unit, like '6 months'");
    CHECK_EQ_STR(set(p, "t", " met spaties "), " met spaties ");
    CHECK_EQ_STR(set(p, "p", "crisis"), "crisis");
    CHECK_EQ_STR(set(p, "p", "jeugdzorg"), "error: 'jeugdzorg' is not a Product (one of: begeleiding, jggz, crisis)");
    CHECK_EQ_STR(set(p, "s", "{crisis, begeleiding, crisis}"), "{begeleiding, crisis}");
    CHECK_EQ_STR(set(p, "s", "jggz"), "{jggz}");
    CHECK_EQ_STR(set(p, "s", "{}"), "{}");
    CHECK_EQ_STR(set(p, "s", "{jggz, x}"), "error: 'x' is not a Product (one of: begeleiding, jggz, crisis)");
    unload(&l);
}

/* ---- evaluation -------------------------------------------------------------------- */

static const char *DECIDE =
    "use jeugd\n"
    "input V dated by datum {\n    id: text key\n    datum: date\n    uren: int\n    tarief: money\n}\n"
    "def kosten: money = uren * tarief / 3\n"
    "def half(x: money): money = x / 2\n"
    "decision besluit: Besluit\n"
    "    rule nul \"Art. 1\": afgewezen(\"nul\") when uren = 0\n"
    "    rule oud \"Art. 2\" valid until 2019-12-31: verwezen(\"oud\") when uren > 0\n"
    "    rule duur: afgewezen(\"duur\") when kosten > € 100 unless half(kosten) < € 60\n"
    "    otherwise toegekend(kosten)\n"
    "decision zelfde: Besluit\n    otherwise besluit\n";

static void test_decide(void)
{
    Loaded l = load(DECIDE);
    CHECK(l.p != NULL);
    if (!l.p) return;
    Policy *p = l.p;
    Value rows[] = {
        text(p, "V1"), day(2020, 1, 1), value_int(0), money(1000),
        text(p, "V2"), day(2019, 12, 31), value_int(1), money(1000),
        text(p, "V3"), day(2020, 1, 1), value_int(10), money(3333),
        text(p, "V4"), day(2020, 1, 1), value_int(10), money(3600),
        text(p, "V5"), day(2020, 1, 1), value_int(10), money(4000),
    };
    bind_input(p, rows, 5, 4);
    Eval *e = eval_new(p, NULL);
    const char *want[] = {"afgewezen(\"nul\")", "verwezen(\"oud\")", "toegekend(111.10)",
                          "afgewezen(\"duur\")", "afgewezen(\"duur\")"};
    const int32_t rule[] = {0, 1, -1, 2, 2};
    for (size_t r = 0; r < 5; r++) {
        eval_set_row(e, r);
        Value v, w;
        CHECK(eval_decision(e, 0, &v));
        CHECK_EQ_STR(show(v, p->decisions[0].format), want[r]);
        CHECK_EQ_INT(eval_deciding_rule(e, 0), rule[r]);
        /* memoised: a second read and another decision reading it agree */
        CHECK(eval_decision(e, 0, &w) && value_equal(v, w));
        CHECK(eval_decision(e, 1, &w) && value_equal(v, w));
        CHECK_EQ_INT(eval_deciding_rule(e, 1), -1);
    }
    /* replaying the recorded rule gives the same value */
    eval_set_row(e, 2);
    Value v;
    CHECK(eval_replay_decision(e, 0, -1, &v));
    CHECK_EQ_STR(show(v, p->decisions[0].format), "toegekend(111.10)");
    eval_set_row(e, 0);
    CHECK(eval_replay_decision(e, 0, 0, &v));
    CHECK_EQ_STR(show(v, p->decisions[0].format), "afgewezen(\"nul\")");
    eval_free(e);
    unload(&l);
}

static void test_runtime_errors(void)
{
    Loaded l = load("input V {\n    id: text key\n    n: int\n}\n"
                    "table t key (k) {\n    k: int\n    v: int\n    | 1 | 10 |\n}\n"
                    "decision d: decimal\n    rule a: 100 / n when n < 5\n    rule b: t[n].v when n < 10\n");
    CHECK(l.p != NULL);
    if (!l.p) return;
    Policy *p = l.p;
    Value rows[] = {text(p, "A"), value_int(0), text(p, "B"), value_int(7), text(p, "C"), value_int(12),
                    text(p, "D"), value_int(1)};
    bind_input(p, rows, 4, 2);
    PolicyDataset *t = &p->datasets[policy_find_dataset(p, "t")];
    t->data = dataset_new(&t->schema, "inline");
    for (uint32_t r = 0; r < t->n_inline; r++) CHECK(dataset_append(t->data, t->inline_rows + r * 2, 1, NULL, 0));
    size_t key = 0;
    CHECK(dataset_index(t->data, &key, 1, NULL));
    Eval *e = eval_new(p, NULL);
    Value v;
    eval_set_row(e, 0);
    CHECK(!eval_decision(e, 0, &v));
    CHECK_EQ_STR(eval_error(e)->msg, "division by zero");
    CHECK_EQ_STR(eval_error(e)->note, "row 'A' (rows line 2)");
    eval_set_row(e, 1);
    CHECK(!eval_decision(e, 0, &v));
    CHECK_EQ_STR(eval_error(e)->msg, "table 't' has no row with key 7");
    CHECK_EQ_STR(eval_error(e)->note, "row 'B' (rows line 3)");
    eval_set_row(e, 2);
    CHECK(!eval_decision(e, 0, &v));
    CHECK_EQ_STR(eval_error(e)->msg, "no rule of decision 'd' applies to row 'C' (rows line 4)");
    CHECK_EQ_STR(eval_error(e)->note, "");
    eval_set_row(e, 3);
    CHECK(eval_decision(e, 0, &v));
    CHECK_EQ_INT(v.as.coef, 100);
    /* outside a row a field cannot be read */
    eval_set_no_row(e, false, (Date){0});
    CHECK(!eval_node(e, p->decisions[0].rules[0].when, &v));
    CHECK_EQ_STR(eval_error(e)->msg, "a field of the input needs a row");
    eval_free(e);
    unload(&l);
}

/* A budget run through run_policy on files: date order, ties in file
 * order, the output in input order. */
static void test_run_budget(void)
{
    Loaded l = load("input V dated by datum {\n    id: text key\n    datum: date\n    bedrag: money\n}\n"
                    "budget pot\n    per year(datum)\n    limit € 100\n    charge bedrag when ok\n"
                    "decision ok: bool\n    otherwise remaining(pot) >= bedrag\n");
    CHECK(l.p != NULL);
    if (!l.p) return;
    char data[] = "/tmp/grip-test-eval-data-XXXXXX", out[64], ledger[64];
    int fd = mkstemp(data);
    const char *csv = "id,datum,bedrag\nA,2020-03-01,60\nB,2020-02-01,50\nC,2020-03-01,40\nD,2020-03-01,10\n";
    CHECK(write(fd, csv, strlen(csv)) == (ssize_t)strlen(csv));
    close(fd);
    snprintf(out, sizeof out, "%s.out", data);
    snprintf(ledger, sizeof ledger, "%s.ledger", data);
    RunBinding b = {"V", data};
    RunOptions opt = {0};
    opt.data = &b;
    opt.n_data = 1;
    opt.out = out;
    opt.ledger_out = ledger;
    RunResult res;
    run_result_init(&res);
    CHECK_EQ_INT(run_policy(l.p, &opt, &res), RUN_OK);
    CHECK_EQ_INT(res.rows, 4);
    FILE *f = fopen(out, "r");
    char got[256] = {0};
    if (f) {
        size_t n = fread(got, 1, sizeof got - 1, f);
        got[n] = '\0';
        fclose(f);
    }
    /* B (Feb) takes 50, then A (60 > 50 left) is refused, C (40) fits, D (10) fits */
    CHECK_EQ_STR(got, "id,ok,ok_rule\nA,false,otherwise\nB,true,otherwise\nC,true,otherwise\nD,true,otherwise\n");
    f = fopen(ledger, "r");
    memset(got, 0, sizeof got);
    if (f) {
        size_t n = fread(got, 1, sizeof got - 1, f);
        got[n] = '\0';
        fclose(f);
    }
    /* A was refused for the pot: its test 'remaining(pot) >= bedrag' found
     * it short and it was not charged (the pot also ran out that day) */
    CHECK_EQ_STR(got, "budget,year,limit,charged,remaining,grants,ran_out,refused,by_exception\n"
                      "pot,2020,100.00,100.00,0.00,3,2020-03-01,1,0\n");
    run_result_free(&res);
    unlink(data);
    unlink(out);
    unlink(ledger);
    unload(&l);
}


/* A growable string. */
typedef struct Buf {
    char *s;     /* NUL-terminated text */
    size_t len;  /* bytes before the NUL */
    size_t cap;  /* allocated bytes */
} Buf;

static void buf_printf(Buf *b, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

static void buf_printf(Buf *b, const char *fmt, ...)
{
    char tmp[512];
    va_list ap;
    va_start(ap, fmt);
    int n = vsnprintf(tmp, sizeof tmp, fmt, ap);
    va_end(ap);
    if (n < 0) return;
    if ((size_t)n >= sizeof tmp) n = (int)sizeof tmp - 1;
    b->s = xgrow(b->s, &b->cap, b->len + (size_t)n + 1, 1);
    memcpy(b->s + b->len, tmp, (size_t)n + 1);
    b->len += (size_t)n;
}

/* The whole file at 'path' (xmalloc'ed, NUL-terminated), or NULL. */
static char *file_text(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *s = NULL;
    size_t n = 0, cap = 0, got;
    char chunk[65536];
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        s = xgrow(s, &cap, n + got + 1, 1);
        memcpy(s + n, chunk, got);
        n += got;
    }
    fclose(f);
    if (!s) s = xcalloc(1, 1);
    s[n] = '\0';
    *len = n;
    return s;
}

/* One run of 'src' over the CSV 'csv' (input V) with 'threads' and
 * 'block' rows per block, in 'format'; returns the output file's text (or
 * NULL when the run failed) and fills 'res'. */
static char *run_rows(const char *src, const char *csv, unsigned threads, size_t block, WriterFormat format,
                      RunResult *res)
{
    Loaded l = load(src);
    CHECK(l.p != NULL);
    if (!l.p) return NULL;
    char data[] = "/tmp/grip-test-eval-data-XXXXXX", out[64];
    int fd = mkstemp(data);
    CHECK(write(fd, csv, strlen(csv)) == (ssize_t)strlen(csv));
    close(fd);
    snprintf(out, sizeof out, "%s.out", data);
    RunBinding b = {"V", data};
    RunOptions opt = {0};
    opt.data = &b;
    opt.n_data = 1;
    opt.out = out;
    opt.format = format;
    opt.threads = threads;
    opt.block_rows = block;
    opt.hash_outputs = true;
    opt.release_input = threads % 2 == 1; /* 1 and 3 threads free what pass 2 needs not */
    opt.raw_texts = threads % 2 == 1;     /* and keep written-out texts uninterned */
    run_result_init(res);
    char *text = NULL;
    size_t len;
    if (run_policy(l.p, &opt, res) == RUN_OK) text = file_text(out, &len);
    else if (res->status != RUN_RUNTIME) data_error_print(&res->data, stderr);
    unlink(data);
    unlink(out);
    unload(&l);
    return text;
}

/* Rows decided or replayed on several threads, in blocks of any size,
 * write the same bytes (CSV and JSON Lines), count the same outcomes and
 * hash the same digest as one thread, also when the input's columns that
 * pass 2 does not read are freed (RunOptions.release_input); the first
 * runtime error in input order is the one reported. */
static void test_run_threads(void)
{
    static const char *const srcs[] = {
        /* no budgets: every row decided on the threads */
        "input V {\n    id: text key\n    n: int\n    bedrag: money\n    naam: text\n}\n"
        "decision d: money\n    rule groot: bedrag * 2 when n > 5\n    otherwise round(bedrag / n)\n"
        "decision e: bool\n    otherwise naam = \"x\" or n > 3\n",
        /* a budget: pass 2 replays the rules on the threads */
        "input V dated by datum {\n    id: text key\n    n: int\n    bedrag: money\n    naam: text\n"
        "    datum: date\n}\n"
        "budget pot\n    per year(datum)\n    limit € 40000\n    charge bedrag when ok\n"
        "decision ok: bool\n    rule klein: true when n < 3\n    otherwise remaining(pot) >= bedrag\n"
        "output uit {\n    id = id\n    ok = ok\n    dubbel = bedrag * 2\n    naam = naam\n}\n",
    };
    Buf csv = {0};
    uint64_t x = 12345;
    buf_printf(&csv, "id,n,bedrag,naam,datum\n");
    for (int k = 0; k < 997; k++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17;
        buf_printf(&csv, "R%04d,%d,%d.%02d,%s,202%d-0%d-1%d\n", k, (int)(x % 9) + 1, (int)((x >> 8) % 1000),
                   (int)((x >> 20) % 100), (x >> 30) % 3 == 0 ? "x" : (x >> 30) % 3 == 1 ? "\"z, \"\"q\"\"\"" : "y",
                   (int)((x >> 33) % 3), (int)((x >> 36) % 9) + 1, (int)((x >> 40) % 9));
    }
    static const unsigned threads[] = {2, 3, 4}; /* and 1 for the reference */
    static const size_t blocks[] = {1, 7, 64, 5000};
    for (int src = 0; src < 2; src++) {
        for (int fmt = 0; fmt < 2; fmt++) {
            WriterFormat format = fmt ? WRITER_JSONL : WRITER_CSV;
            RunResult one;
            char *want = run_rows(srcs[src], csv.s, 1, 0, format, &one);
            CHECK(want != NULL);
            int same = 0, tried = 0;
            for (size_t t = 0; t < 3; t++) {
                for (size_t bl = 0; bl < 4; bl++) {
                    RunResult res;
                    char *got = run_rows(srcs[src], csv.s, threads[t], blocks[bl], format, &res);
                    bool eq = got && want && strcmp(got, want) == 0 && res.rows == one.rows &&
                              strcmp(res.out_sha256, one.out_sha256) == 0 && res.n_stats == one.n_stats;
                    for (uint32_t d = 0; eq && d < res.n_stats; d++) {
                        eq = res.stats[d].n == one.stats[d].n && dec_cmp(res.stats[d].total, one.stats[d].total) == 0;
                        for (uint32_t c = 0; eq && c < res.stats[d].n; c++)
                            eq = res.stats[d].counts[c] == one.stats[d].counts[c];
                    }
                    same += eq;
                    tried++;
                    xfree(got);
                    run_result_free(&res);
                }
            }
            CHECK_EQ_INT(same, tried);
            CHECK(one.out_sha256[0] != '\0');
            xfree(want);
            run_result_free(&one);
        }
    }
    /* rows 500 and 800 divide by zero: row 500 is reported, however the
     * rows are split */
    Buf bad = {0};
    buf_printf(&bad, "id,n,bedrag,naam\n");
    for (int k = 0; k < 1000; k++) buf_printf(&bad, "R%04d,%d,1.00,y\n", k, k == 500 || k == 800 ? 0 : 1);
    for (size_t t = 0; t < 3; t++) {
        for (size_t bl = 0; bl < 4; bl++) {
            RunResult res;
            char *got = run_rows(srcs[0], bad.s, threads[t], blocks[bl], WRITER_CSV, &res);
            CHECK(got == NULL);
            CHECK_EQ_INT(res.status, RUN_RUNTIME);
            CHECK_EQ_STR(res.error.msg, "division by zero");
            CHECK(strstr(res.error.note, "row 'R0500'") != NULL);
            xfree(got);
            run_result_free(&res);
        }
    }
    xfree(csv.s);
    xfree(bad.s);
}

TEST_MAIN(RUN(test_ledger_keys); RUN(test_ledger_amounts); RUN(test_param_history); RUN(test_param_set);
          RUN(test_decide); RUN(test_runtime_errors); RUN(test_run_budget);
          RUN(test_run_threads);)
