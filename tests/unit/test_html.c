/* SPDX-License-Identifier: MIT
 * test_html.c - the HTML writer (runtime/html.h): escaping of text and
 * attributes, the newline layout, and the checks for misnested markup.
 */
#include "harness.h"

#include <stdlib.h>

#include "../../runtime/html.h"

/* A writer on a memory stream. */
typedef struct Mem {
    char *buf;  /* what was written (malloc'ed by open_memstream) */
    size_t len; /* its length */
    FILE *fp;   /* the stream */
    Html h;     /* the writer */
} Mem;

static void mem_open(Mem *m)
{
    m->buf = NULL;
    m->len = 0;
    m->fp = open_memstream(&m->buf, &m->len);
    html_init(&m->h, m->fp);
}

/* Closes the stream and returns what was written (valid until mem_free). */
static const char *mem_text(Mem *m)
{
    fflush(m->fp);
    return m->buf;
}

static void mem_free(Mem *m)
{
    fclose(m->fp);
    free(m->buf);
}

static void test_escape(void)
{
    Mem m;
    mem_open(&m);
    html_text(&m.h, "a < b & \"c\" > 'd'");
    CHECK_EQ_STR(mem_text(&m), "a &lt; b &amp; \"c\" &gt; 'd'");
    mem_free(&m);

    mem_open(&m);
    html_open(&m.h, "a", "href", "#x\"y&z", "title", NULL, "class", "k", NULL);
    html_textn(&m.h, "12345", 3);
    html_close(&m.h, "a");
    CHECK_EQ_STR(mem_text(&m), "<a href=\"#x&quot;y&amp;z\" class=\"k\">123</a>");
    CHECK(html_end(&m.h));
    mem_free(&m);

    mem_open(&m);
    html_text(&m.h, "tab\there\nline\x01\x7f" "\xe2\x82\xac");
    CHECK_EQ_STR(mem_text(&m), "tab\there\nline\xef\xbf\xbd\xef\xbf\xbd\xe2\x82\xac");
    mem_free(&m);

    mem_open(&m);
    html_textf(&m.h, "%d < %s", 3, "vier");
    CHECK_EQ_STR(mem_text(&m), "3 &lt; vier");
    mem_free(&m);

    /* longer than textf's small buffer */
    char big[600];
    memset(big, '&', sizeof big - 1);
    big[sizeof big - 1] = '\0';
    mem_open(&m);
    html_textf(&m.h, "%s", big);
    CHECK_EQ_INT(strlen(mem_text(&m)), 5 * (sizeof big - 1));
    mem_free(&m);
}

static void test_layout(void)
{
    Mem m;
    mem_open(&m);
    html_open(&m.h, "section", "id", "s", NULL);
    html_elem(&m.h, "h2", "Titel", NULL);
    html_open(&m.h, "table", NULL);
    html_open(&m.h, "tr", NULL);
    html_elem(&m.h, "td", "a", NULL);
    html_elem(&m.h, "td", NULL, NULL);
    html_close(&m.h, "tr");
    html_close(&m.h, "table");
    html_void(&m.h, "br", NULL);
    html_close(&m.h, "section");
    CHECK_EQ_STR(mem_text(&m), "<section id=\"s\">\n<h2>Titel</h2>\n<table>\n<tr><td>a</td><td></td></tr>\n"
                               "</table>\n<br></section>\n");
    CHECK(html_end(&m.h));
    mem_free(&m);
}

static void test_document(void)
{
    Mem m;
    mem_open(&m);
    html_begin(&m.h, "nl", "Regels & zo", "p { color: red; }");
    html_elem(&m.h, "p", "x", NULL);
    CHECK(html_end(&m.h));
    CHECK_EQ_STR(mem_text(&m), "<!DOCTYPE html>\n<html lang=\"nl\">\n<head>\n<meta charset=\"utf-8\">\n"
                               "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                               "<title>Regels &amp; zo</title>\n<style>\np { color: red; }\n</style>\n</head>\n"
                               "<body>\n<p>x</p>\n</body>\n</html>\n");
    mem_free(&m);

    /* a style sheet that would end its element early is refused */
    mem_open(&m);
    html_begin(&m.h, "en", "t", "p{}</style><script>");
    CHECK(!html_end(&m.h));
    mem_free(&m);
}

static void test_misuse(void)
{
    Mem m;
    mem_open(&m); /* closing what is not open */
    html_open(&m.h, "p", NULL);
    html_close(&m.h, "div");
    CHECK(m.h.bad);
    mem_free(&m);

    mem_open(&m); /* left open at the end: only body and html may be */
    html_open(&m.h, "div", NULL);
    CHECK(!html_end(&m.h));
    CHECK_EQ_STR(mem_text(&m), "<div>\n</div>\n");
    mem_free(&m);

    mem_open(&m); /* a void element opened as a container */
    html_open(&m.h, "br", NULL);
    CHECK(m.h.bad);
    mem_free(&m);

    mem_open(&m); /* a container written as a void element */
    html_void(&m.h, "p", NULL);
    CHECK(m.h.bad);
    mem_free(&m);

    mem_open(&m); /* too deep */
    for (int k = 0; k < HTML_MAX_DEPTH + 1; k++) html_open(&m.h, "span", NULL);
    CHECK(m.h.bad);
    mem_free(&m);

    mem_open(&m); /* a clean empty writer ends fine */
    CHECK(html_end(&m.h));
    mem_free(&m);
}

TEST_MAIN(RUN(test_escape); RUN(test_layout); RUN(test_document); RUN(test_misuse);)
