/* SPDX-License-Identifier: MIT
 * test_compare.c - the pieces of 'grip compare' that need no policy: Dutch
 * counts, shares and amounts (integer rounding), the text/Markdown/CSV
 * tables (alignment by UTF-8 characters), and the integer geometry of the
 * SVG charts (runtime/compare.h, runtime/charts.h).  The comparisons
 * themselves are golden cases (tests/golden/compare, tests/golden/diff).
 */
#include "harness.h"

#include <stdlib.h>

#include "../../runtime/charts.h"
#include "../../runtime/compare.h"

static void test_count(void)
{
    char b[32];
    CHECK_EQ_STR(compare_count_nl(b, sizeof b, 0), "0");
    CHECK_EQ_STR(compare_count_nl(b, sizeof b, 999), "999");
    CHECK_EQ_STR(compare_count_nl(b, sizeof b, 1000), "1.000");
    CHECK_EQ_STR(compare_count_nl(b, sizeof b, 14324), "14.324");
    CHECK_EQ_STR(compare_count_nl(b, sizeof b, 1234567), "1.234.567");
    CHECK_EQ_STR(compare_count_nl(b, sizeof b, UINT64_MAX), "18.446.744.073.709.551.615");
    char small[4];
    CHECK_EQ_STR(compare_count_nl(small, sizeof small, 14324), "14."); /* cut, terminated */
}

static void test_share(void)
{
    char b[32];
    CHECK_EQ_STR(compare_share(b, sizeof b, 1, 3, true), "33,3%");
    CHECK_EQ_STR(compare_share(b, sizeof b, 2, 3, true), "66,7%");
    CHECK_EQ_STR(compare_share(b, sizeof b, 1, 8, false), "12.5%"); /* 12.5 exactly */
    CHECK_EQ_STR(compare_share(b, sizeof b, 1, 2000, true), "0,1%"); /* 0.05 rounds up */
    CHECK_EQ_STR(compare_share(b, sizeof b, 1, 2001, true), "0,0%");
    CHECK_EQ_STR(compare_share(b, sizeof b, 7, 7, true), "100,0%");
    CHECK_EQ_STR(compare_share(b, sizeof b, 0, 0, true), "–");
    CHECK_EQ_STR(compare_share(b, sizeof b, 0, 0, false), "");
    CHECK_EQ_STR(compare_share(b, sizeof b, UINT64_MAX, UINT64_MAX, true), "100,0%"); /* no overflow */
}

static void test_money(void)
{
    char b[64];
    CHECK_EQ_STR(compare_money(b, sizeof b, 123456, true), "€ 1.234,56");
    CHECK_EQ_STR(compare_money(b, sizeof b, 123456, false), "1234.56");
    CHECK_EQ_STR(compare_money(b, sizeof b, -5, true), "-€ 0,05");
    CHECK_EQ_STR(compare_money(b, sizeof b, 0, true), "€ 0,00");
    CHECK_EQ_STR(compare_money(b, sizeof b, (i128)8289924166, true), "€ 82.899.241,66");
}

/* What 'fill' writes to a memory stream. */
static char *capture(void (*fill)(FILE *, void *), void *arg)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *fp = open_memstream(&buf, &len);
    fill(fp, arg);
    fclose(fp);
    return buf;
}

static void write_table(FILE *fp, void *arg)
{
    static const char *head[] = {"naam", "bedrag"};
    static const bool right[] = {false, true};
    CompareTable t;
    compare_table_init(&t, 2, head, right);
    const char *r1[] = {"Hardinxveld-Giessendam", "€ 5,00"};
    const char *r2[] = {"Ëen|twee", "€ 12.345,00"};
    const char *r3[] = {"x, \"y\"", NULL};
    compare_table_add(&t, r1);
    compare_table_add(&t, r2);
    compare_table_add(&t, r3);
    compare_table_write(&t, *(CompareStyle *)arg, fp);
    compare_table_free(&t);
}

static void test_table(void)
{
    CompareStyle s = COMPARE_TEXT;
    char *out = capture(write_table, &s);
    /* '€' and 'Ë' count as one character each; numbers are right-aligned;
     * no trailing blanks (the last row's empty amount) */
    CHECK_EQ_STR(out, "naam                         bedrag\n"
                      "Hardinxveld-Giessendam       € 5,00\n"
                      "Ëen|twee                € 12.345,00\n"
                      "x, \"y\"\n");
    free(out);
    s = COMPARE_MD;
    out = capture(write_table, &s);
    CHECK_EQ_STR(out, "| naam | bedrag |\n|---|---:|\n| Hardinxveld-Giessendam | € 5,00 |\n"
                      "| Ëen\\|twee | € 12.345,00 |\n| x, \"y\" |  |\n");
    free(out);
    s = COMPARE_CSV;
    out = capture(write_table, &s);
    CHECK_EQ_STR(out, "naam,bedrag\nHardinxveld-Giessendam,\"€ 5,00\"\nËen|twee,\"€ 12.345,00\"\n\"x, \"\"y\"\"\",\n");
    free(out);
}

typedef struct BarsArg {
    size_t n;
    const char *const *labels;
    const i128 *values;
    const char *const *texts;
} BarsArg;

static void write_bars(FILE *fp, void *arg)
{
    BarsArg *a = arg;
    Html h;
    html_init(&h, fp);
    charts_bars(&h, "t", a->n, a->labels, a->values, a->texts);
}

/* The number of times 'pat' occurs in 's'. */
static int occurrences(const char *s, const char *pat)
{
    int n = 0;
    for (const char *p = strstr(s, pat); p; p = strstr(p + 1, pat)) n++;
    return n;
}

static void test_bars(void)
{
    /* the longest bar is 560 units; the others in proportion, rounded down:
     * 1/3 of 560 = 186.67 -> 186; a negative value draws no bar */
    const char *labels[] = {"a", "b", "c", "d"};
    const char *texts[] = {"3", "1", "0", "-1"};
    const i128 values[] = {300, 100, 0, -100};
    BarsArg a = {4, labels, values, texts};
    char *out = capture(write_bars, &a);
    CHECK_EQ_INT(occurrences(out, "<rect class=\"bar\""), 4);
    CHECK(strstr(out, "width=\"560\"") != NULL);
    CHECK(strstr(out, "width=\"186\"") != NULL);
    CHECK_EQ_INT(occurrences(out, "width=\"0\""), 2);
    CHECK(strstr(out, "viewBox=\"0 0 960 128\"") != NULL); /* 2 x 8 + 4 rows of 28 */
    CHECK(strchr(out, '.') == NULL);                        /* no fractional coordinate */
    free(out);
}

typedef struct StackArg {
    const uint64_t *counts;
} StackArg;

static void write_stacked(FILE *fp, void *arg)
{
    StackArg *a = arg;
    static const char *labels[] = {"x", "y"};
    static const char *parts[] = {"toegekend", "afgewezen", "verwezen"};
    Html h;
    html_init(&h, fp);
    charts_stacked(&h, "t", 2, labels, 3, parts, a->counts);
}

static void test_stacked(void)
{
    /* x: 1, 1, 1 of 3 -> segments at 230, 463, 696, ending at 930 exactly
     * (cumulative placement: 233 + 233 + 234 units, no gap); y: a zero
     * count draws no segment */
    const uint64_t counts[] = {1, 1, 1, 5, 0, 5};
    StackArg a = {counts};
    char *out = capture(write_stacked, &a);
    CHECK_EQ_INT(occurrences(out, "<rect class=\"seg "), 5);
    CHECK_EQ_INT(occurrences(out, "<rect class=\"seg s1\""), 1);
    CHECK(strstr(out, "x=\"230\" y=\"8\" width=\"233\"") != NULL);
    CHECK(strstr(out, "x=\"463\" y=\"8\" width=\"233\"") != NULL);
    CHECK(strstr(out, "x=\"696\" y=\"8\" width=\"234\"") != NULL);
    CHECK(strstr(out, ">33,3%</text>") != NULL);
    CHECK(strstr(out, "x=\"580\" y=\"36\" width=\"350\"") != NULL); /* y's second half */
    CHECK_EQ_INT(occurrences(out, "<g class=\"stack\">"), 2);
    free(out);
}

static void write_remaining(FILE *fp, void *arg)
{
    (void)arg;
    /* a limit of 100.00 over 2021 (days 18628 .. 18992), spent in two
     * steps, run out on the second */
    const ChartPoint pts[] = {{18628 + 91, 6000}, {18628 + 182, -2000}};
    Html h;
    html_init(&h, fp);
    charts_remaining(&h, "t", 10000, pts, 2, 18628, 18992, true, 18628 + 182, "€ 100,00", "€ 0,00");
}

static void test_remaining(void)
{
    char *out = capture(write_remaining, NULL);
    /* x: 10 + d * 280 / 364; y: 24 + (10000 - v) * 94 / 12000, rounded
     * down: 10000 -> 24, 6000 -> 55, 0 -> 102 (the zero line), -2000 -> 118 */
    CHECK(strstr(out, "d=\"M10 24 H80 V55 H150 V118 H290\"") != NULL);
    CHECK(strstr(out, "<circle class=\"mark\" cx=\"150\" cy=\"118\"") != NULL);
    CHECK(strstr(out, "class=\"zero\" x1=\"10\" x2=\"290\" y1=\"102\" y2=\"102\"") != NULL);
    CHECK(strstr(out, ">01-01-2021</text>") != NULL);
    CHECK(strstr(out, ">31-12-2021</text>") != NULL);
    free(out);
}

TEST_MAIN(RUN(test_count); RUN(test_share); RUN(test_money); RUN(test_table); RUN(test_bars); RUN(test_stacked);
          RUN(test_remaining);)
