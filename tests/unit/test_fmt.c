/* SPDX-License-Identifier: MIT
 * test_format.c - unit tests for lang/fmt.c ('grip fmt'):
 *  - the keyword mapping agrees with the lexer's tables in both languages;
 *  - every .grip file of the repository (and every ```grip example of
 *    docs' markdown files) that parses cleanly formats, and the result parses to the
 *    same tree (ast_dump output compared, spans aside), keeps every comment
 *    (count and text), and is a fixpoint: fmt(fmt(x)) = fmt(x);
 *  - the same for mutations of sample files: a comment or blank lines put
 *    in place of each space between tokens, one at a time;
 *  - deep and long expressions.
 * The repository is found at $GRIP_ROOT, else the current folder (make
 * runs the unit tests from the root).
 */
#include "harness.h"
#include "../../lang/ast.h"
#include "../../lang/fmt.h"
#include "../../lang/parse.h"
#include "../../runtime/alloc.h"

#include <dirent.h>
#include <stdlib.h>
#include <sys/stat.h>

static const char *root_dir(void)
{
    const char *r = getenv("GRIP_ROOT");
    return r && r[0] ? r : ".";
}

/* Reads a whole file (xmalloc'ed, NUL-terminated) or returns NULL. */
static char *slurp(const char *path, size_t *len)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *buf = NULL;
    size_t n = 0, cap = 0, got;
    char chunk[65536];
    while ((got = fread(chunk, 1, sizeof chunk, f)) > 0) {
        buf = xgrow(buf, &cap, n + got + 1, 1);
        memcpy(buf + n, chunk, got);
        n += got;
    }
    fclose(f);
    if (!buf) buf = xstrdup("");
    buf[n] = '\0';
    *len = n;
    return buf;
}

/* Parses 'text' in 'p'; returns its tree, or NULL when it has errors. */
static AstNode *parse(Program *p, const char *text, size_t len, uint32_t *file)
{
    Diag d;
    diag_init(&d, &p->sources);
    *file = sources_add(&p->sources, "t.grip", text, len);
    AstNode *root = parse_file(&p->arena, &p->sources, *file, &d);
    int bad = diag_errors(&d) > 0;
    diag_free(&d);
    return bad ? NULL : root;
}

/* ast_dump of 'root' as a string (malloc'ed by open_memstream). */
static char *dump(const AstNode *root)
{
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    ast_dump(f, root);
    fclose(f);
    return buf;
}

/* The comments of 'file' as one string, one per line, trailing layout
 * removed (malloc'ed by open_memstream). */
static char *comments(const Program *p, uint32_t file)
{
    const SourceFile *sf = sources_get(&p->sources, file);
    char *buf = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&buf, &len);
    for (uint32_t k = 0; k < sf->n_comments; k++) {
        Span c = sf->comments[k];
        while (c.end > c.start && strchr(" \t\r", sf->text[c.end - 1])) c.end--;
        fprintf(f, "%.*s\n", (int)(c.end - c.start), sf->text + c.start);
    }
    fclose(f);
    return buf;
}

/* Formats 'text'; returns the result (xmalloc'ed) or NULL. */
static char *format(const char *text, size_t len, size_t *out_len)
{
    Program *p = lang_new();
    Diag d;
    diag_init(&d, lang_sources(p));
    char *out;
    FormatStatus s = format_text(p, "t.grip", text, len, &d, &out, out_len, NULL);
    if (s == FORMAT_UNSAFE) diag_render(&d, stderr);
    diag_free(&d);
    lang_free(p);
    return s == FORMAT_OK ? out : NULL;
}

static int n_checked; /* files that parsed and were checked */

/* The guarantees for one text that parses: formats, same tree, same
 * comments, fixpoint.  Returns 1 when they hold; 'what' names it. */
static int check_text(const char *what, const char *text, size_t len)
{
    Program *p = lang_new();
    uint32_t file;
    AstNode *root = parse(p, text, len, &file);
    if (!root) {
        lang_free(p);
        return 1; /* not a clean file: fmt refuses it (golden case syntax_error) */
    }
    n_checked++;
    int ok = 1;
    size_t n1, n2;
    char *once = format(text, len, &n1);
    if (!once) {
        fprintf(stderr, "%s: not formatted\n", what);
        lang_free(p);
        return 0;
    }
    Program *q = lang_new();
    uint32_t file2;
    AstNode *root2 = parse(q, once, n1, &file2);
    char *d1 = dump(root), *d2 = root2 ? dump(root2) : NULL;
    char *c1 = comments(p, file), *c2 = comments(q, file2);
    if (!d2 || strcmp(d1, d2) != 0) {
        fprintf(stderr, "%s: the formatted tree differs\n", what);
        ok = 0;
    }
    if (strcmp(c1, c2) != 0) {
        fprintf(stderr, "%s: the comments differ\n", what);
        ok = 0;
    }
    char *twice = format(once, n1, &n2);
    if (!twice || n1 != n2 || memcmp(once, twice, n1) != 0) {
        fprintf(stderr, "%s: not idempotent\n--- once:\n%s--- twice:\n%s", what, once, twice ? twice : "(failed)\n");
        ok = 0;
    }
    free(d1);
    free(d2);
    free(c1);
    free(c2);
    xfree(once);
    xfree(twice);
    lang_free(q);
    lang_free(p);
    return ok;
}

/* Checks every ```grip block of the markdown file at 'path'. */
static void check_markdown(const char *path)
{
    size_t len;
    char *text = slurp(path, &len);
    if (!text) return;
    int n = 0;
    for (char *s = strstr(text, "```grip\n"); s; s = strstr(s, "```grip\n")) {
        char *body = s + 8, *end = strstr(body, "\n```");
        if (!end) break;
        char name[4200];
        snprintf(name, sizeof name, "%s example %d", path, ++n);
        CHECK(check_text(name, body, (size_t)(end - body) + 1));
        s = end + 4;
    }
    xfree(text);
}

static int cmp_str(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

/* Checks every .grip file under 'dir' (and the examples of its .md files),
 * skipping hidden entries and build/. */
static void walk(const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) return;
    char **names = NULL;
    size_t n = 0, cap = 0;
    struct dirent *e;
    while ((e = readdir(d)) != NULL) {
        if (e->d_name[0] == '.' || strcmp(e->d_name, "build") == 0) continue;
        names = xgrow(names, &cap, n + 1, sizeof *names);
        names[n++] = xstrdup(e->d_name);
    }
    closedir(d);
    if (n) qsort(names, n, sizeof *names, cmp_str);
    for (size_t k = 0; k < n; k++) {
        char path[4096];
        snprintf(path, sizeof path, "%s/%s", dir, names[k]);
        struct stat st;
        size_t nl = strlen(names[k]);
        if (lstat(path, &st) != 0) {
        } else if (S_ISDIR(st.st_mode)) {
            walk(path);
        } else if (nl > 5 && strcmp(names[k] + nl - 5, ".grip") == 0) {
            size_t len;
            char *text = slurp(path, &len);
            if (text) CHECK(check_text(path, text, len));
            xfree(text);
        } else if (nl > 3 && strcmp(names[k] + nl - 3, ".md") == 0) {
            check_markdown(path);
        }
        xfree(names[k]);
    }
    xfree(names);
}

static void test_repository(void)
{
    char probe[4096];
    snprintf(probe, sizeof probe, "%s/docs/language.md", root_dir());
    struct stat st;
    CHECK(stat(probe, &st) == 0); /* run from the repository root, or set GRIP_ROOT */
    walk(root_dir());
    fprintf(stderr, "test_format: %d clean files and examples checked\n", n_checked);
    CHECK(n_checked >= 40);
}

/* 1 when the space at 'at' has code on both sides on its line, so that
 * a line end there makes no blank line and moves no comment. */
static int inside_line(const char *text, size_t len, size_t at)
{
    size_t a = at, b = at + 1;
    while (a > 0 && (text[a - 1] == ' ' || text[a - 1] == '\t')) a--;
    while (b < len && (text[b] == ' ' || text[b] == '\t')) b++;
    return a > 0 && b < len && text[a - 1] != '\n' && text[b] != '\n' && text[b] != '\r' && text[b] != '#';
}

/* Puts each of the mutations in place of every 'step'th space of the
 * sample at 'rel' that separates tokens, one at a time; mutations that do
 * not parse to the same tree (a space inside a phrase, string or row) are
 * skipped.  The last mutation, a line end inside a line, must not change
 * the formatted text at all: the layout comes from the tree. */
static void test_mutations(const char *rel, int step)
{
    static const char *const muts[] = {"  # trailing\n", "\n# own line\n", "\n\n\n", "\n    # indented\n",
                                       "\n\n  # after a blank line\n", "\n"};
    enum { LINE_END = 5 };
    char path[4096];
    snprintf(path, sizeof path, "%s/%s", root_dir(), rel);
    size_t len;
    char *text = slurp(path, &len);
    CHECK(text != NULL);
    if (!text) return;
    Program *p = lang_new();
    uint32_t file;
    AstNode *root = parse(p, text, len, &file);
    CHECK(root != NULL);
    char *want = root ? dump(root) : NULL;
    lang_free(p);
    size_t want_len;
    char *want_fmt = format(text, len, &want_len);
    CHECK(want_fmt != NULL);
    int tried = 0, spaces = 0;
    char *buf = xmalloc(len + 64);
    /* first every space replaced, then a comment inserted at every byte */
    for (size_t pass = 0; pass < 2; pass++)
    for (size_t at = 0; at < len && want; at++) {
        if (pass == 0 && (text[at] != ' ' || spaces++ % step)) continue;
        if (pass == 1 && at % (size_t)(getenv("GRIP_FMT_INS") ? 1 : 3 * step)) continue;
        for (size_t m = 0; m < sizeof muts / sizeof muts[0]; m++) {
            if (m == LINE_END && (pass == 1 || !inside_line(text, len, at))) continue;
            if (pass == 1 && m > 1) continue;
            size_t ml = strlen(muts[m]), cut = pass == 0;
            memcpy(buf, text, at);
            memcpy(buf + at, muts[m], ml);
            memcpy(buf + at + ml, text + at + cut, len - at - cut);
            size_t blen = len - cut + ml;
            Program *q = lang_new();
            AstNode *r = parse(q, buf, blen, &file);
            char *got = r ? dump(r) : NULL;
            int same = got && strcmp(got, want) == 0;
            free(got);
            lang_free(q);
            if (!same) continue;
            tried++;
            char name[4200];
            snprintf(name, sizeof name, "%s with mutation %zu.%zu at byte %zu", rel, pass, m, at);
            if (!check_text(name, buf, blen)) CHECK(0);
            if (m == LINE_END && want_fmt) {
                size_t n;
                char *got_fmt = format(buf, blen, &n);
                if (!got_fmt || n != want_len || memcmp(got_fmt, want_fmt, n) != 0) {
                    fprintf(stderr, "%s: the layout depends on a line end\n%s", name, got_fmt ? got_fmt : "");
                    CHECK(0);
                }
                xfree(got_fmt);
            }
        }
    }
    fprintf(stderr, "test_format: %d mutations of %s checked\n", tried, rel);
    CHECK(tried > 100);
    xfree(buf);
    xfree(text);
    xfree(want_fmt);
    free(want);
}

/* Long chains, deep nesting, long lines: formatted safely. */
static void test_generated(void)
{
    char *s = xmalloc(200000);
    size_t n = (size_t)sprintf(s, "def x: int = 1");
    for (int k = 0; k < 250; k++) n += (size_t)sprintf(s + n, " + %d", k);
    s[n++] = '\n';
    CHECK(check_text("250 additions", s, n));
    n = (size_t)sprintf(s, "def x: int = 1");
    for (int k = 0; k < 120; k++) n += (size_t)sprintf(s + n, " - (a%d", k);
    for (int k = 0; k < 120; k++) s[n++] = ')';
    s[n++] = '\n';
    CHECK(check_text("120 nested subtractions", s, n));
    n = (size_t)sprintf(s, "def x: bool =");
    for (int k = 0; k < 200; k++) n += (size_t)sprintf(s + n, " not");
    n += (size_t)sprintf(s + n, " a and b or c\n");
    CHECK(check_text("200 nots", s, n));
    n = (size_t)sprintf(s, "decision d: bool\n    rule r: true when a");
    for (int k = 0; k < 60; k++)
        n += (size_t)sprintf(s + n, " %s (cond_%d or other_%d and %d < x)", k % 3 ? "and" : "or", k, k, k);
    n += (size_t)sprintf(s + n, "\n");
    CHECK(check_text("a long condition", s, n));
    n = (size_t)sprintf(s, "def x: text =");
    for (int k = 0; k < 200; k++) n += (size_t)sprintf(s + n, " if code = %d then \"categorie %d\" else", k, k);
    n += (size_t)sprintf(s + n, " \"geen\"\n");
    CHECK(check_text("200 else ifs", s, n));
    n = (size_t)sprintf(s, "def x: int =");
    for (int k = 0; k < 100; k++) n += (size_t)sprintf(s + n, " if c%d then", k);
    n += (size_t)sprintf(s + n, " 1");
    for (int k = 0; k < 100; k++) n += (size_t)sprintf(s + n, " else %d", k);
    s[n++] = '\n';
    CHECK(check_text("100 ifs nested in then", s, n));
    n = (size_t)sprintf(s, "def x: int =");
    for (int k = 0; k < 100; k++)
        n += (size_t)sprintf(s + n, " functie_%d(argument_%d, {lid_%d, ander_lid},", k, k, k);
    n += (size_t)sprintf(s + n, " 1");
    for (int k = 0; k < 100; k++) s[n++] = ')';
    s[n++] = '\n';
    CHECK(check_text("100 nested calls", s, n));
    xfree(s);
}

/* The example of docs/language.md's Layout section is in that layout. */
static void test_layout_doc(void)
{
    char path[4096];
    snprintf(path, sizeof path, "%s/docs/language.md", root_dir());
    size_t len;
    char *text = slurp(path, &len);
    CHECK(text != NULL);
    char *sec = text ? strstr(text, "\n## Layout\n") : NULL;
    char *s = sec ? strstr(sec, "```grip\n") : NULL;
    char *end = s ? strstr(s + 8, "\n```") : NULL;
    CHECK(end != NULL);
    if (end) {
        size_t n, want = (size_t)(end - s - 8) + 1;
        char *out = format(s + 8, want, &n);
        CHECK(out && n == want && memcmp(out, s + 8, n) == 0);
        xfree(out);
    }
    xfree(text);
}

static void test_keywords(void)
{
    static const char *const en[] = {
        "all", "allocation", "and", "any", "as", "asc", "avg", "budget", "by", "cap", "charge", "count",
        "dated by", "decision", "def", "desc", "else", "enum", "equal", "error", "exception to", "expect",
        "extends", "false", "for", "from", "given", "group by", "if", "in", "input", "is", "key", "limit", "list",
        "max", "median", "min", "module", "not", "of", "on", "or", "order by", "otherwise", "output", "over",
        "override", "override rule", "parameter", "per", "previous", "record", "report", "rule", "series", "set",
        "share", "sum", "table", "test", "then", "total", "totals", "true", "unique", "unknown", "unless",
        "until", "use", "valid", "variant", "weight", "when", "where", "with"};
    for (size_t k = 0; k < sizeof en / sizeof en[0]; k++) {
        int tok = parse_keyword(PARSE_LANG_EN, en[k], strlen(en[k]));
        CHECK(tok != 0);
        CHECK_EQ_STR(format_keyword_word(PARSE_LANG_EN, en[k]), en[k]);
        const char *nl = format_keyword_word(PARSE_LANG_NL, en[k]);
        CHECK(nl != NULL);
        if (!nl) continue;
        /* the Dutch word is read as the same token, or as the token
         * Dutch uses in that place */
        const char *as = strcmp(en[k], "otherwise") == 0 ? "else" : strcmp(en[k], "as") == 0 ? "when"
                         : strcmp(en[k], "by") == 0      ? "per"
                                                         : en[k];
        CHECK_EQ_INT(parse_keyword(PARSE_LANG_NL, nl, strlen(nl)), parse_keyword(PARSE_LANG_EN, as, strlen(as)));
    }
    CHECK_EQ_STR(format_keyword_word(PARSE_LANG_NL, "when"), "als");
    CHECK_EQ_STR(format_keyword_word(PARSE_LANG_NL, "all"), "alle");
    CHECK_EQ_STR(format_keyword_word(PARSE_LANG_NL, "set"), "zet");
    CHECK_EQ_STR(format_keyword_word(PARSE_LANG_NL, "set of"), "verzameling van");
    CHECK_EQ_STR(format_keyword_word(PARSE_LANG_NL, "list of"), "lijst van");
    CHECK_EQ_INT(parse_keyword(PARSE_LANG_NL, "verzameling", 11), parse_keyword(PARSE_LANG_EN, "set", 3));
    CHECK_EQ_INT(parse_keyword(PARSE_LANG_NL, "lijst", 5), parse_keyword(PARSE_LANG_EN, "list", 4));
    CHECK_EQ_INT(parse_keyword(PARSE_LANG_NL, "van", 3), parse_keyword(PARSE_LANG_EN, "of", 2));
    CHECK(format_keyword_word(PARSE_LANG_EN, "regel") == NULL);
}

/* A few layouts pinned down here; the golden cases have the rest. */
static void test_layout(void)
{
    static const struct {
        const char *in, *out;
    } cases[] = {
        {"def  x:int=EUR 19_000.50+€5k", "def x: int = € 19_000.50 + € 5k\n"},
        {"def d: duration = 6   months", "def d: duration = 6 months\n"},
        {"def x: bool = (a) and ((b))", "def x: bool = (a) and (b)\n"},
        {"taal nl\ndef x: bool = ja of nee en niet onbekend", "taal nl\ndef x: bool = ja of nee en niet onbekend\n"},
        {"", ""},
        {"# only a comment", "# only a comment\n"},
        {"\xef\xbb\xbf" "def x: int = 1\r\n", "def x: int = 1\n"},
        {"parameter p: int from 2020-01-01 = 1 from 2021-01-01 until 2021-12-31 = 2",
         "parameter p: int\n    from 2020-01-01                  = 1\n    from 2021-01-01 until 2021-12-31 = 2\n"},
        /* an if chain too wide after '=': next line, one branch per line */
        {"def naam(p: Product): text = if p = begeleiding then \"Jeugdhulp ambulant\" else if p = jggz then "
         "\"Jeugd-ggz\" else \"Overig\"",
         "def naam(p: Product): text =\n    if p = begeleiding then \"Jeugdhulp ambulant\"\n"
         "    else if p = jggz then \"Jeugd-ggz\"\n    else \"Overig\"\n"},
        {"taal nl\ndef x: int = indien aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa dan 1 anders indien "
         "bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb dan 2 anders 3",
         "taal nl\ndef x: int =\n    indien aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa dan 1\n"
         "    anders indien bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb dan 2\n    anders 3\n"},
        /* a comment inside an if breaks it */
        {"def x: int = if a then 1 # een\n else 2", "def x: int =\n    if a then 1  # een\n    else 2\n"},
        /* a call too wide for the next line too: broken after '(', filled */
        {"def x: int = f(aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb, "
         "cccccccccccccccccccccccccccccc)",
         "def x: int = f(\n    aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa, bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb,\n"
         "    cccccccccccccccccccccccccccccc\n)\n"},
        {"def x: bool = y in {a, # c\n b}", "def x: bool =\n    y in {\n        a,  # c\n        b\n    }\n"},
        /* a long rule header: clauses on a continuation line at 12 */
        {"decision d: bool\n    rule r \"Artikel 2.1 lid 3 onder b van de verordening jeugdhulp regio Zuid-Holland "
         "Zuid\" exception to q: true",
         "decision d: bool\n    rule r \"Artikel 2.1 lid 3 onder b van de verordening jeugdhulp regio Zuid-Holland "
         "Zuid\"\n            exception to q:\n        true\n"},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        size_t n;
        char *out = format(cases[k].in, strlen(cases[k].in), &n);
        CHECK_EQ_STR(out, cases[k].out);
        xfree(out);
    }
}

static void test_mutated_samples(void)
{
    int step = getenv("GRIP_FMT_STEP") ? atoi(getenv("GRIP_FMT_STEP")) : getenv("GRIP_ASAN") ? 9 : 4; /* GRIP_FMT_STEP=1 GRIP_FMT_INS=1: every place */
    test_mutations("tests/golden/check/clean_design/policy.grip", step);
    test_mutations("tests/golden/check/nl_en/nl.grip", step);
    test_mutations("tests/golden/fmt/comments/policy.grip", step);
    test_mutations("tests/golden/fmt/declarations/policy.grip", step);
    test_mutations("tests/golden/fmt/dutch/beleid.grip", step);
    test_mutations("tests/golden/fmt/wrapping/policy.grip", step);
    test_mutations("tests/golden/fmt/wrapping_nl/beleid.grip", step);
}

TEST_MAIN(RUN(test_keywords); RUN(test_layout); RUN(test_layout_doc); RUN(test_generated); RUN(test_repository);
          RUN(test_mutated_samples);)
