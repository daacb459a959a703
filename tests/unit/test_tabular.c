/* SPDX-License-Identifier: MIT
 * test_tabular.c - tests of runtime/tabular.c: the terminal table (widths
 * in UTF-8 characters, numbers right-aligned, no trailing spaces, the rule
 * above summary rows), Markdown (alignment row, '|' escaped), CSV and JSON
 * Lines through writer.h, composite values kept after their source is gone,
 * many rows, format names, and an output that cannot be created.
 * Writes under /tmp.
 */
#include "harness.h"
#include "../../runtime/alloc.h"
#include "../../runtime/intern.h"
#include "../../runtime/tabular.h"

#include <stdlib.h>
#include <unistd.h>

static Interner in;
static char dir[64];

static Value txt(const char *s) { return value_text(intern(&in, s, strlen(s))); }
static Value num(int64_t coef, int scale) { return value_num((Dec){coef, scale}); }

static const FormatType text_t = {FORMAT_SCALAR, FT_TEXT, NULL, NULL};
static const FormatType money_t = {FORMAT_SCALAR, FT_MONEY, NULL, NULL};
static const FormatType int_t = {FORMAT_SCALAR, FT_INT, NULL, NULL};
static const FormatType pct_t = {FORMAT_SCALAR, FT_PERCENT, NULL, NULL};

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *s = xmalloc(1 << 20);
    size_t n = fread(s, 1, (1 << 20) - 1, f);
    s[n] = '\0';
    fclose(f);
    return s;
}

/* Renders 't' in 'f' to a file and returns its text (xmalloc'ed). */
static char *render(const Tabular *t, TabFormat f)
{
    char path[128], err[256];
    snprintf(path, sizeof path, "%s/out", dir);
    if (!tabular_write(t, f, path, err, sizeof err)) return NULL;
    return slurp(path);
}

static void sample(Tabular *t)
{
    tabular_init(t, 3);
    tabular_set_column(t, 0, "gemeente", &text_t);
    tabular_set_column(t, 1, "n", &int_t);
    tabular_set_column(t, 2, "bedrag", &money_t);
    size_t r = tabular_add_row(t);
    tabular_set(t, r, 0, txt("Hardinxveld-Giessendam"));
    tabular_set(t, r, 1, value_int(12));
    tabular_set(t, r, 2, num(123456789, 2));
    r = tabular_add_row(t);
    tabular_set(t, r, 0, txt("Dordrecht|x"));
    tabular_set(t, r, 1, value_int(3));
    /* bedrag: no value */
    t->summary_from = tabular_add_row(t);
    tabular_set(t, 2, 0, txt("total"));
    tabular_set(t, 2, 1, value_int(15));
    tabular_set(t, 2, 2, num(123456789, 2));
}

static void test_table(void)
{
    Tabular t;
    sample(&t);
    char *s = render(&t, TAB_TABLE);
    CHECK_EQ_STR(s, "gemeente                 n          bedrag\n"
                    "----------------------  --  --------------\n"
                    "Hardinxveld-Giessendam  12  € 1.234.567,89\n"
                    "Dordrecht|x              3\n"
                    "----------------------  --  --------------\n"
                    "total                   15  € 1.234.567,89\n");
    xfree(s);
    tabular_free(&t);
}

static void test_markdown(void)
{
    Tabular t;
    sample(&t);
    char *s = render(&t, TAB_MD);
    CHECK_EQ_STR(s, "| gemeente               |   n |         bedrag |\n"
                    "| ---------------------- | --: | -------------: |\n"
                    "| Hardinxveld-Giessendam |  12 | € 1.234.567,89 |\n"
                    "| Dordrecht\\|x           |   3 |                |\n"
                    "| total                  |  15 | € 1.234.567,89 |\n");
    xfree(s);
    tabular_free(&t);
}

static void test_csv_jsonl(void)
{
    Tabular t;
    sample(&t);
    char *s = render(&t, TAB_CSV);
    CHECK_EQ_STR(s, "gemeente,n,bedrag\nHardinxveld-Giessendam,12,1234567.89\nDordrecht|x,3,\ntotal,15,1234567.89\n");
    xfree(s);
    s = render(&t, TAB_JSONL);
    CHECK_EQ_STR(s, "{\"gemeente\":\"Hardinxveld-Giessendam\",\"n\":12,\"bedrag\":\"1234567.89\"}\n"
                    "{\"gemeente\":\"Dordrecht|x\",\"n\":3,\"bedrag\":null}\n"
                    "{\"gemeente\":\"total\",\"n\":15,\"bedrag\":\"1234567.89\"}\n");
    xfree(s);
    tabular_free(&t);
}

/* A composite value is copied: the table does not point into its source. */
static void test_keeps_values(void)
{
    Tabular t;
    tabular_init(&t, 1);
    tabular_set_column(&t, 0, "x", NULL);
    Value *fields = xmalloc(sizeof *fields * 2);
    fields[0] = value_int(1);
    fields[1] = txt("a");
    size_t r = tabular_add_row(&t);
    tabular_set(&t, r, 0, value_record(fields, 2));
    fields[0] = value_int(99);
    xfree(fields);
    Value v = tabular_get(&t, r, 0);
    CHECK_EQ_INT(v.kind, VAL_RECORD);
    CHECK_EQ_INT(v.aux, 2);
    CHECK_EQ_INT((long long)v.as.fields[0].as.coef, 1);
    CHECK(tabular_get(&t, 5, 0).kind == VAL_NONE);
    tabular_free(&t);
}

static void test_many_rows(void)
{
    Tabular t;
    tabular_init(&t, 2);
    tabular_set_column(&t, 0, "k", &int_t);
    tabular_set_column(&t, 1, "p", &pct_t);
    for (int k = 0; k < 5000; k++) {
        size_t r = tabular_add_row(&t);
        tabular_set(&t, r, 0, value_int(k));
        tabular_set(&t, r, 1, num(k, 4));
    }
    CHECK_EQ_INT(t.n_rows, 5000);
    CHECK_EQ_INT((long long)tabular_get(&t, 4999, 0).as.coef, 4999);
    char *s = render(&t, TAB_CSV);
    CHECK(s && strstr(s, "\n4999,49.99%\n") != NULL);
    xfree(s);
    tabular_free(&t);
}

static void test_names_and_errors(void)
{
    TabFormat f;
    CHECK(tabular_format_named("table", &f) && f == TAB_TABLE);
    CHECK(tabular_format_named("md", &f) && f == TAB_MD);
    CHECK(tabular_format_named("csv", &f) && f == TAB_CSV);
    CHECK(tabular_format_named("jsonl", &f) && f == TAB_JSONL);
    CHECK(!tabular_format_named("html", &f));
    Tabular t;
    sample(&t);
    char err[256];
    CHECK(!tabular_write(&t, TAB_TABLE, "/nonexistent/dir/out", err, sizeof err));
    CHECK(strstr(err, "/nonexistent/dir/out") != NULL);
    CHECK(!tabular_write(&t, TAB_CSV, "/nonexistent/dir/out", err, sizeof err));
    tabular_free(&t);
}

TEST_MAIN({
    intern_init(&in);
    snprintf(dir, sizeof dir, "/tmp/grip-test-tabular.XXXXXX");
    if (!mkdtemp(dir)) return 1;
    RUN(test_table);
    RUN(test_markdown);
    RUN(test_csv_jsonl);
    RUN(test_keeps_values);
    RUN(test_many_rows);
    RUN(test_names_and_errors);
    char path[128];
    snprintf(path, sizeof path, "%s/out", dir);
    unlink(path);
    rmdir(dir);
    intern_free(&in);
})
