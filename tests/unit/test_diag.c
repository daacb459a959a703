/* SPDX-License-Identifier: MIT
 * test_diag.c - unit tests for lang/diag.c: rendering (caret under the
 * whole span, tabs kept, UTF-8 columns, long lines, notes and hints), the
 * error cap, and diag_suggest.
 */
#include "harness.h"
#include "../../lang/diag.h"
#include "../../runtime/alloc.h"

#include <stdlib.h>

/* Renders 'd' into a string (malloc'ed by open_memstream's stream). */
static char *render(const Diag *d)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    diag_render(d, f);
    fclose(f);
    return buf;
}

static void test_render(void)
{
    Arena a;
    arena_init(&a);
    Sources s;
    sources_init(&s, &a);
    const char *text = "def x: int = 1\n\tdef \xc3\xa9 = amout\nlast";
    uint32_t f = sources_add(&s, "p.grip", text, strlen(text));
    Diag d;
    diag_init(&d, &s);
    CHECK(diag_error(&d, (Span){f, 25, 30}, "unknown name '%s'", "amout"));
    diag_hint(&d, "did you mean '%s'?", "amount");
    diag_note(&d, (Span){f, 4, 5}, "'%s' is declared here", "x");
    diag_warning(&d, (Span){f, 0, 0}, "a warning");
    diag_error(&d, SPAN_NONE, "no location");
    diag_error(&d, (Span){f, 39, 39}, "at the end");
    char *out = render(&d);
    CHECK_EQ_STR(out,
                 "p.grip:2:10: error: unknown name 'amout'\n"
                 "\tdef \xc3\xa9 = amout\n"
                 "\t        ^~~~~\n"
                 "hint: did you mean 'amount'?\n"
                 "p.grip:1:5: note: 'x' is declared here\n"
                 "def x: int = 1\n"
                 "    ^\n"
                 "p.grip:1:1: warning: a warning\n"
                 "def x: int = 1\n"
                 "^\n"
                 "error: no location\n"
                 "p.grip:3:5: error: at the end\n"
                 "last\n"
                 "    ^\n");
    free(out);
    CHECK_EQ_INT(diag_errors(&d), 3);
    CHECK(!diag_full(&d));
    diag_free(&d);
    sources_free(&s);
    arena_free(&a);
}

static void test_multiline_and_long(void)
{
    Arena a;
    arena_init(&a);
    Sources s;
    sources_init(&s, &a);
    char line[400];
    memset(line, 'x', sizeof line);
    line[sizeof line - 1] = '\0';
    line[200] = 'Y';
    uint32_t f = sources_add(&s, "long.grip", line, strlen(line));
    const char *two = "ab(\ncd)\n";
    uint32_t g = sources_add(&s, "two.grip", two, strlen(two));
    Diag d;
    diag_init(&d, &s);
    diag_error(&d, (Span){f, 200, 201}, "here");
    diag_error(&d, (Span){g, 1, 7}, "spans two lines");
    diag_error(&d, (Span){g, 8, 8}, "empty last line");
    char *out = render(&d);
    /* the long line is cut to a window around the span */
    char want[1024];
    snprintf(want, sizeof want,
             "long.grip:1:201: error: here\n...%.60sY%.99s...\n   %60s^\n"
             "two.grip:1:2: error: spans two lines\nab(\n ^~\n"
             "two.grip:3:1: error: empty last line\n",
             line, line, "");
    CHECK_EQ_STR(out, want);
    free(out);
    diag_free(&d);
    sources_free(&s);
    arena_free(&a);
}

static void test_cap(void)
{
    long before = alloc_live_blocks();
    Diag d;
    diag_init(&d, NULL);
    for (int k = 0; k < GRIP_MAX_ERRORS; k++) CHECK(diag_error(&d, SPAN_NONE, "e%d", k));
    CHECK(diag_full(&d));
    CHECK(!diag_error(&d, SPAN_NONE, "dropped"));
    diag_hint(&d, "dropped with its error");
    diag_note(&d, SPAN_NONE, "dropped too");
    CHECK_EQ_INT(diag_errors(&d), GRIP_MAX_ERRORS + 1);
    CHECK_EQ_INT(d.n, GRIP_MAX_ERRORS);
    char *out = render(&d);
    const char *tail = strstr(out, "error: e19\ntoo many errors: stopped after 20\n");
    CHECK(tail != NULL);
    CHECK(tail && tail[strlen("error: e19\ntoo many errors: stopped after 20\n")] == '\0');
    free(out);
    diag_free(&d);
    CHECK_EQ_INT(alloc_live_blocks(), before);
}

static void test_note_without_error(void)
{
    Diag d;
    diag_init(&d, NULL);
    diag_note(&d, SPAN_NONE, "nothing to attach to");
    diag_hint(&d, "nor this");
    CHECK_EQ_INT(d.n, 0);
    diag_free(&d);
}

static void test_suggest(void)
{
    static const char *const names[] = {"kosten", "korting", "leeftijd", "datum", "aanbieder", NULL, "x"};
    size_t n = sizeof names / sizeof names[0];
    CHECK_EQ_STR(diag_suggest("kostn", names, n), "kosten");
    CHECK_EQ_STR(diag_suggest("kotsen", names, n), "kosten");      /* transposition */
    CHECK_EQ_STR(diag_suggest("leeftyd", names, n), "leeftijd");
    CHECK_EQ_STR(diag_suggest("aanbeider", names, n), "aanbieder");
    CHECK_EQ_STR(diag_suggest("y", names, n), "x");                 /* distance 1 always allowed */
    CHECK(diag_suggest("kosten", names, n) == NULL);                /* itself is no suggestion */
    CHECK(diag_suggest("tarief", names, n) == NULL);                /* too far */
    CHECK(diag_suggest("", names, n) == NULL);
    CHECK(diag_suggest("datumdatumdatum", names, n) == NULL);
    char longname[100];
    memset(longname, 'k', sizeof longname - 1);
    longname[sizeof longname - 1] = '\0';
    CHECK(diag_suggest(longname, names, n) == NULL);
    const char *two[] = {"abcd", "abce"};
    CHECK_EQ_STR(diag_suggest("abcf", two, 2), "abcd");             /* ties: the first */
}

TEST_MAIN(RUN(test_render); RUN(test_multiline_and_long); RUN(test_cap); RUN(test_note_without_error);
          RUN(test_suggest);)
