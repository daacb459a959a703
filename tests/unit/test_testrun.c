/* SPDX-License-Identifier: MIT
 * test_testrun.c - tests of runtime/testrun.c that need no policy: values
 * written in grip's syntax for 'grip test' messages (money with its euro
 * sign, percent, dates, quoted texts, enum members, variants with their
 * payload, sets, records, ja/nee in Dutch files, a buffer too small), and
 * the result list.  Running tests is covered by tests/golden/test/.
 */
#include "harness.h"
#include "../../runtime/alloc.h"
#include "../../runtime/intern.h"
#include "../../runtime/testrun.h"

static Interner in;

static Value txt(const char *s) { return value_text(intern(&in, s, strlen(s))); }
static Value num(int64_t coef, int scale) { return value_num((Dec){coef, scale}); }

static const char *const product_names[] = {"begeleiding", "jggz"};
static const EnumInfo product = {"Product", product_names, 2};

static const FormatType t_money = {FORMAT_SCALAR, FT_MONEY, NULL, NULL};
static const FormatType t_pct = {FORMAT_SCALAR, FT_PERCENT, NULL, NULL};
static const FormatType t_int = {FORMAT_SCALAR, FT_INT, NULL, NULL};

static const char *shown(Value v, const FormatType *t, bool dutch)
{
    static char buf[256];
    return test_value_text(buf, sizeof buf, v, t, dutch);
}

static void test_scalars(void)
{
    CHECK_EQ_STR(shown(num(120000, 2), &t_money, false), "€ 1200.00");
    CHECK_EQ_STR(shown(num(12, 0), &t_money, false), "€ 12.00");
    CHECK_EQ_STR(shown(num(-505, 2), &t_money, false), "-€ 5.05");
    CHECK_EQ_STR(shown(num(3, 2), &t_pct, false), "3%");
    CHECK_EQ_STR(shown(num(17, 0), &t_int, false), "17");
    CHECK_EQ_STR(shown(num(25, 1), NULL, false), "2.5");
    CHECK_EQ_STR(shown(value_bool(true), NULL, false), "true");
    CHECK_EQ_STR(shown(value_bool(false), NULL, true), "nee");
    CHECK_EQ_STR(shown(value_bool(true), NULL, true), "ja");
    Date d;
    date_from_ymd(&d, 2020, 6, 15);
    CHECK_EQ_STR(shown(value_date(d), NULL, false), "2020-06-15");
    CHECK_EQ_STR(shown(txt("zorg \"thuis\"\n"), NULL, false), "\"zorg \\\"thuis\\\"\\n\"");
    CHECK_EQ_STR(shown(value_enum(&product, 1), NULL, false), "jggz");
    CHECK_EQ_STR(shown(value_none(), NULL, false), "no value");
}

static void test_composites(void)
{
    static const char *const case_names[] = {"toegekend", "afgewezen", "later"};
    static const EnumInfo cases = {"Besluit", case_names, 3};
    static const char *const bedrag[] = {"bedrag"};
    static const EnumInfo bedrag_names = {NULL, bedrag, 1};
    static const FormatType *const bedrag_parts[] = {&t_money};
    static const FormatType toegekend = {FORMAT_RECORD, FT_TEXT, &bedrag_names, bedrag_parts};
    static const FormatType *const payloads[] = {&toegekend, NULL, NULL};
    static const FormatType besluit = {FORMAT_VARIANT, FT_TEXT, &cases, payloads};
    Value amount = num(120000, 2);
    CHECK_EQ_STR(shown(value_variant(0, &amount, 1), &besluit, false), "toegekend(€ 1200.00)");
    Value reason = txt("leeftijd");
    CHECK_EQ_STR(shown(value_variant(1, &reason, 1), &besluit, false), "afgewezen(\"leeftijd\")");
    CHECK_EQ_STR(shown(value_variant(2, NULL, 0), &besluit, false), "later");

    ValueSeq *s = xmalloc(sizeof *s + 2 * sizeof s->items[0]);
    s->n = 2;
    s->items[0] = value_enum(&product, 0);
    s->items[1] = value_enum(&product, 1);
    CHECK_EQ_STR(shown(value_set(s), NULL, false), "{begeleiding, jggz}");
    CHECK_EQ_STR(shown(value_list(s), NULL, false), "[begeleiding, jggz]");
    xfree(s);

    static const char *const fields[] = {"naam", "n"};
    static const EnumInfo field_names = {NULL, fields, 2};
    static const FormatType *const field_parts[] = {NULL, &t_int};
    static const FormatType rec = {FORMAT_RECORD, FT_TEXT, &field_names, field_parts};
    Value f[2] = {txt("x"), num(2, 0)};
    CHECK_EQ_STR(shown(value_record(f, 2), &rec, false), "{naam: \"x\", n: 2}");
}

static void test_small_buffer(void)
{
    char buf[6];
    test_value_text(buf, sizeof buf, num(120000, 2), &t_money, false);
    CHECK(strlen(buf) == 5);
    CHECK(memcmp(buf, "€ 1", 5) == 0);
}

static void test_results(void)
{
    TestResults r = {0};
    char name[] = "naam";
    test_results_add(&r, name, "a.grip:1:1", true, NULL, NULL);
    test_results_add(&r, name, "a.grip:5:1", false, "expected x", "a.grip:6:5: test \"naam\" failed: expected x\n");
    name[0] = 'N'; /* the result keeps its own copy */
    CHECK_EQ_INT(r.n, 2);
    CHECK_EQ_STR(r.items[0].name, "naam");
    CHECK(r.items[0].passed && !r.items[0].message && !r.items[0].report);
    CHECK_EQ_STR(r.items[1].message, "expected x");
    CHECK_EQ_STR(r.items[1].where, "a.grip:5:1");
    test_results_free(&r);
    CHECK(r.n == 0 && r.items == NULL);
}

TEST_MAIN(intern_init(&in); RUN(test_scalars); RUN(test_composites); RUN(test_small_buffer); RUN(test_results);
          intern_free(&in);)
