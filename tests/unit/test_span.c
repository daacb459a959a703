/* SPDX-License-Identifier: MIT
 * test_span.c - unit tests for lang/span.c: line tables, line:column
 * lookup with UTF-8 columns, line text, spans and UTF-8 validation.
 */
#include "harness.h"
#include "../../lang/span.h"
#include "../../runtime/alloc.h"

static void test_linecol(void)
{
    Arena a;
    arena_init(&a);
    Sources s;
    sources_init(&s, &a);
    /* "€" is 3 bytes, "é" 2: columns count characters */
    const char *text = "ab\n\xe2\x82\xac x\n\n\tz\xc3\xa9y\r\nlast";
    uint32_t f = sources_add(&s, "t.grip", text, strlen(text));
    static const struct {
        uint32_t offset, line, col;
    } cases[] = {
        {0, 1, 1},  {1, 1, 2},  {2, 1, 3},   /* the '\n' ends line 1 */
        {3, 2, 1},  {6, 2, 2},  {7, 2, 3},   /* after the euro sign */
        {8, 2, 4},  {9, 3, 1},  {10, 4, 1},  /* empty line 3 */
        {11, 4, 2}, {12, 4, 3}, {14, 4, 4},  /* after 'é' */
        {15, 4, 5}, {17, 5, 1}, {21, 5, 5},  /* end of file */
        {999, 5, 5},                         /* clamped */
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        LineCol lc = sources_linecol(&s, f, cases[k].offset);
        CHECK_EQ_INT(lc.line, cases[k].line);
        CHECK_EQ_INT(lc.col, cases[k].col);
    }
    LineCol none = sources_linecol(&s, 7, 0);
    CHECK_EQ_INT(none.line, 0);
    const char *line;
    size_t len;
    CHECK(sources_line(&s, f, 4, &line, &len));
    CHECK_EQ_INT(len, 5); /* the \r is not shown */
    CHECK(memcmp(line, "\tz\xc3\xa9y", 5) == 0);
    CHECK(sources_line(&s, f, 3, &line, &len) && len == 0);
    CHECK(sources_line(&s, f, 5, &line, &len) && len == 4);
    CHECK(!sources_line(&s, f, 6, &line, &len));
    CHECK(!sources_line(&s, f, 0, &line, &len));
    CHECK(sources_get(&s, f) && sources_get(&s, f)->len == strlen(text));
    CHECK(sources_get(&s, 1) == NULL);
    sources_free(&s);
    arena_free(&a);
}

static void test_empty_file(void)
{
    Arena a;
    arena_init(&a);
    Sources s;
    sources_init(&s, &a);
    uint32_t f = sources_add(&s, "empty.grip", "", 0);
    LineCol lc = sources_linecol(&s, f, 0);
    CHECK_EQ_INT(lc.line, 1);
    CHECK_EQ_INT(lc.col, 1);
    const char *line;
    size_t len;
    CHECK(sources_line(&s, f, 1, &line, &len) && len == 0);
    sources_free(&s);
    arena_free(&a);
}

static void test_spans(void)
{
    Span a = {0, 4, 8}, b = {0, 10, 12};
    Span j = span_join(a, b);
    CHECK(j.start == 4 && j.end == 12 && j.file == 0);
    j = span_join(b, a);
    CHECK(j.start == 4 && j.end == 12);
    CHECK(span_is_none(SPAN_NONE));
    CHECK(!span_is_none(a));
    j = span_join(SPAN_NONE, b);
    CHECK(j.start == 10 && j.end == 12);
    j = span_join(a, SPAN_NONE);
    CHECK(j.start == 4 && j.end == 8);
}

static void test_utf8(void)
{
    static const struct {
        const char *bytes;
        size_t len;
        int want;
    } cases[] = {
        {"a", 1, 1},
        {"\xc3\xa9", 2, 2},
        {"\xe2\x82\xac", 3, 3},
        {"\xf0\x9f\x98\x80", 4, 4},
        {"\xc0\xaf", 2, 0},          /* overlong '/' */
        {"\xe0\x80\xaf", 3, 0},      /* overlong */
        {"\xed\xa0\x80", 3, 0},      /* surrogate */
        {"\xf4\x90\x80\x80", 4, 0},  /* above U+10FFFF */
        {"\xf5\x80\x80\x80", 4, 0},  /* no such lead byte */
        {"\x80", 1, 0},              /* lone continuation */
        {"\xe2\x82", 2, 0},          /* cut short */
        {"\xc3(", 2, 0},             /* bad continuation */
        {"\xff", 1, 0},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
        CHECK_EQ_INT(utf8_valid_seq((const unsigned char *)cases[k].bytes, cases[k].len), cases[k].want);
    CHECK_EQ_INT(utf8_valid_seq((const unsigned char *)"", 0), 0);
    CHECK_EQ_INT(utf8_chars("a\xe2\x82\xac\xc3\xa9z", 7), 4);
    CHECK_EQ_INT(utf8_chars("\xff\xfe", 2), 2);
    CHECK_EQ_INT(utf8_chars("", 0), 0);
}

static void test_many_files(void)
{
    long before = alloc_live_blocks();
    Arena a;
    arena_init(&a);
    Sources s;
    sources_init(&s, &a);
    for (int k = 0; k < 100; k++) {
        char name[32];
        snprintf(name, sizeof name, "f%d.grip", k);
        CHECK_EQ_INT(sources_add(&s, name, "x\ny", 3), k);
    }
    CHECK_EQ_STR(sources_get(&s, 42)->path, "f42.grip");
    CHECK_EQ_INT(sources_linecol(&s, 99, 2).line, 2);
    sources_free(&s);
    arena_free(&a);
    CHECK_EQ_INT(alloc_live_blocks(), before);
}

TEST_MAIN(RUN(test_linecol); RUN(test_empty_file); RUN(test_spans); RUN(test_utf8); RUN(test_many_files);)
