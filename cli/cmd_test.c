/* SPDX-License-Identifier: MIT
 * cmd_test.c - 'grip test [PATH]...': run the `test` blocks of policies
 * (docs/cli.md, "grip test").
 *
 * Thin: collects the policy files (a folder stands for every *.grip under
 * it, in name order; no PATH is the current folder), loads, checks and
 * lowers each with its tests (lang/lower.h, lower_program_tests), runs them
 * (runtime/testrun.h) and prints the failures, or TAP, then the coverage
 * and the closing line "N passed, N failed"; --junit writes JUnit XML.
 * Exit status: 0 every test passed, 1 a test failed, 3 a policy does not
 * check (its diagnostics on stderr; it counts as one failed test), 2 usage
 * (also a JUnit file that cannot be written).
 */
#define _XOPEN_SOURCE 700 /* open_memstream */
#include "cli.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../lang/lang.h"
#include "../lang/lower.h"
#include "../runtime/alloc.h"
#include "../runtime/format.h"
#include "../runtime/outfile.h"
#include "../runtime/testrun.h"

typedef struct Names {
    char **v;   /* xmalloc'ed strings */
    size_t n;   /* used */
    size_t cap; /* allocated */
} Names;

static void names_add(Names *ns, char *s)
{
    ns->v = xgrow(ns->v, &ns->cap, ns->n + 1, sizeof *ns->v);
    ns->v[ns->n++] = s;
}

static void names_free(Names *ns)
{
    for (size_t k = 0; k < ns->n; k++) xfree(ns->v[k]);
    xfree(ns->v);
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_grip(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && strcmp(name + n - 5, ".grip") == 0;
}

/* Adds every *.grip file under folder 'dir' to 'files', in name order
 * (hidden entries skipped; symbolic links to folders not followed). */
static void collect(Names *files, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        names_add(files, xstrdup(dir));
        return;
    }
    Names entries = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.') names_add(&entries, xstrdup(e->d_name));
    closedir(d);
    if (entries.n) qsort(entries.v, entries.n, sizeof *entries.v, cmp_name);
    size_t dl = strlen(dir);
    for (size_t k = 0; k < entries.n; k++) {
        size_t len = dl + strlen(entries.v[k]) + 2;
        char *path = xmalloc(len);
        if (strcmp(dir, ".") == 0) snprintf(path, len, "%s", entries.v[k]);
        else snprintf(path, len, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", entries.v[k]);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            collect(files, path);
            xfree(path);
        } else if (is_grip(entries.v[k]) && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            names_add(files, path);
        } else {
            xfree(path);
        }
    }
    names_free(&entries);
}

/* The parsed command line. */
typedef struct TestArgs {
    Names paths;               /* PATH arguments (borrowed strings) */
    bool verbose;              /* -v: list every test */
    bool tap;                  /* --tap */
    bool coverage;             /* --coverage */
    const char *junit;         /* --junit FILE, or NULL */
} TestArgs;

/* Parses argv into 'a'; returns 0 or the exit status of a usage error. */
static int parse_args(int argc, char **argv, TestArgs *a)
{
    memset(a, 0, sizeof *a);
    bool options = true;
    for (int i = 1; i < argc; i++) {
        const char *v = NULL;
        int r;
        if (options && strcmp(argv[i], "--") == 0) {
            options = false;
        } else if (options && (strcmp(argv[i], "-v") == 0 || strcmp(argv[i], "--verbose") == 0)) {
            a->verbose = true;
        } else if (options && strcmp(argv[i], "--tap") == 0) {
            a->tap = true;
        } else if (options && strcmp(argv[i], "--coverage") == 0) {
            a->coverage = true;
        } else if (options && (r = cli_option(argc, argv, &i, "--junit", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--junit needs a file name");
            a->junit = v;
        } else if (options && argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error(argv[0], "unknown option '%s'", argv[i]);
        } else {
            names_add(&a->paths, argv[i]);
        }
    }
    return 0;
}

/* One policy file's part of the results. */
typedef struct FileRun {
    const char *path;          /* as collected (borrowed) */
    size_t first, n;           /* its results: results.items[first .. first + n) */
    bool checked;              /* it loaded, checked and lowered */
    char *diagnostics;         /* when not: what 'grip check' prints (xmalloc'ed) */
} FileRun;

/* What 'd' renders, as an xmalloc'ed string. */
static char *diag_text(const Diag *d)
{
    char *text = NULL;
    size_t len = 0;
    FILE *m = open_memstream(&text, &len);
    if (!m) return xstrdup("");
    diag_render(d, m);
    fclose(m);
    char *copy = xstrdup(text ? text : "");
    free(text);
    return copy;
}

/* ---- TAP ------------------------------------------------------------------------ */

/* Writes 's' for a TAP description: '#' and '\' escaped, line ends as spaces. */
static void tap_text(FILE *out, const char *s)
{
    for (; *s; s++) {
        if (*s == '#' || *s == '\\') fputc('\\', out);
        fputc(*s == '\n' || *s == '\r' ? ' ' : *s, out);
    }
}

/* Writes 's' as a YAML double-quoted string (JSON escaping is valid YAML). */
static void yaml_text(FILE *out, const char *s)
{
    size_t need = format_json_string(NULL, 0, s, strlen(s));
    char *buf = xmalloc(need + 1);
    format_json_string(buf, need + 1, s, strlen(s));
    fputs(buf, out);
    xfree(buf);
}

static void tap_result(FILE *out, size_t number, const char *file, const TestResult *t)
{
    fprintf(out, "%s %zu - ", t->passed ? "ok" : "not ok", number);
    tap_text(out, file);
    fputs(": ", out);
    tap_text(out, t->name);
    fputc('\n', out);
    if (t->passed) return;
    fputs("  ---\n  message: ", out);
    yaml_text(out, t->message ? t->message : "failed");
    fputs("\n  at: ", out);
    yaml_text(out, t->where);
    if (t->report) {
        fputs("\n  report: ", out);
        yaml_text(out, t->report);
    }
    fputs("\n  ...\n", out);
}

/* ---- JUnit XML ------------------------------------------------------------------ */

/* Writes 's' escaped for XML text and attribute values; control
 * characters XML 1.0 does not allow are left out. */
static void xml_text(FILE *out, const char *s)
{
    for (; *s; s++) {
        unsigned char c = (unsigned char)*s;
        switch (c) {
        case '&': fputs("&amp;", out); break;
        case '<': fputs("&lt;", out); break;
        case '>': fputs("&gt;", out); break;
        case '"': fputs("&quot;", out); break;
        case '\'': fputs("&apos;", out); break;
        default:
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') break;
            fputc(c, out);
        }
    }
}

/* The line number in "FILE:LINE:COL" (0 when there is none). */
static unsigned where_line(const char *where)
{
    const char *last = strrchr(where, ':');
    if (!last || last == where) return 0;
    const char *p = last - 1;
    while (p > where && *p != ':') p--;
    if (*p != ':') return 0;
    return (unsigned)strtoul(p + 1, NULL, 10);
}

/* Writes the results to 'o' (opened before the tests ran) and commits it;
 * false with the reason in 'err'. */
static bool write_junit(OutFile *o, const FileRun *files, size_t n_files, const TestResults *res, size_t failed,
                        char *err, size_t errcap)
{
    FILE *out = o->fp;
    fprintf(out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    fprintf(out, "<testsuites name=\"grip test\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n", res->n, failed);
    for (size_t f = 0; f < n_files; f++) {
        const FileRun *fr = &files[f];
        size_t fails = 0;
        for (size_t k = 0; k < fr->n; k++) fails += !res->items[fr->first + k].passed;
        fputs("  <testsuite name=\"", out);
        xml_text(out, fr->path);
        fprintf(out, "\" tests=\"%zu\" failures=\"%zu\" errors=\"0\">\n", fr->n, fails);
        for (size_t k = 0; k < fr->n; k++) {
            const TestResult *t = &res->items[fr->first + k];
            fputs("    <testcase name=\"", out);
            xml_text(out, t->name);
            fputs("\" classname=\"", out);
            xml_text(out, fr->path);
            fputs("\" file=\"", out);
            xml_text(out, fr->path);
            fputs("\"", out);
            if (where_line(t->where)) fprintf(out, " line=\"%u\"", where_line(t->where));
            if (t->passed) {
                fputs("/>\n", out);
                continue;
            }
            fputs(">\n      <failure message=\"", out);
            xml_text(out, t->message ? t->message : "failed");
            fputs("\">", out);
            xml_text(out, t->report ? t->report : "");
            if (!fr->checked && fr->diagnostics) xml_text(out, fr->diagnostics);
            fputs("</failure>\n    </testcase>\n", out);
        }
        fputs("  </testsuite>\n", out);
    }
    fputs("</testsuites>\n", out);
    return outfile_commit(o, err, errcap);
}

/* ---- the command ---------------------------------------------------------------- */

/* 'grip test' (commands.h): 'argv[0]' is "test"; returns the exit status. */
int cmd_test(int argc, char **argv)
{
    TestArgs a;
    int status = parse_args(argc, argv, &a);
    if (status) {
        xfree(a.paths.v);
        return status;
    }
    Names files = {0};
    if (a.paths.n == 0) collect(&files, ".");
    for (size_t k = 0; k < a.paths.n; k++) {
        struct stat st;
        if (stat(a.paths.v[k], &st) == 0 && S_ISDIR(st.st_mode)) collect(&files, a.paths.v[k]);
        else names_add(&files, xstrdup(a.paths.v[k]));
    }
    xfree(a.paths.v);
    /* a file named twice (or by a folder and by name) is run once */
    size_t kept = 0;
    for (size_t k = 0; k < files.n; k++) {
        bool seen = false;
        for (size_t j = 0; j < kept && !seen; j++) seen = strcmp(files.v[j], files.v[k]) == 0;
        if (seen) xfree(files.v[k]);
        else files.v[kept++] = files.v[k];
    }
    files.n = kept;
    /* the JUnit file is opened first: a path that cannot be written is a
     * usage error before any test runs */
    OutFile junit = {0};
    if (a.junit) {
        char err[1024];
        if (!outfile_open(&junit, a.junit, err, sizeof err)) {
            names_free(&files);
            return cli_usage_error(argv[0], "%s", err);
        }
    }

    Coverage cov;
    coverage_init(&cov);
    if (a.coverage)
        for (size_t k = 0; k < files.n; k++) coverage_add_file(&cov, files.v[k]);
    TestResults results = {0};
    FileRun *runs = xcalloc(files.n ? files.n : 1, sizeof *runs);
    bool policy_error = false;
    size_t failed = 0, number = 0;
    FILE *out = stdout;
    if (a.tap) fputs("TAP version 13\n", out);

    LangOptions lo = {0};
    lo.grip_path = getenv("GRIP_PATH");
    for (size_t f = 0; f < files.n; f++) {
        FileRun *fr = &runs[f];
        fr->path = files.v[f];
        fr->first = results.n;
        Program *prog = lang_new();
        Diag d;
        diag_init(&d, lang_sources(prog));
        TestPlan plan;
        memset(&plan, 0, sizeof plan);
        Policy *p = NULL;
        if (lang_load(prog, fr->path, &lo, &d) && lang_check(prog, &d) == 0) p = lower_program_tests(prog, &d, &plan);
        diag_render(&d, stderr);
        if (!p) {
            policy_error = true;
            fr->diagnostics = diag_text(&d);
            char report[1024];
            snprintf(report, sizeof report, "%s: the policy does not check; its tests were not run\n", fr->path);
            test_results_add(&results, "(the policy does not check)", fr->path, false, "the policy does not check", report);
        } else {
            fr->checked = true;
            testrun_plan(p, &plan, lang_sources(prog), a.coverage ? &cov : NULL, &results);
        }
        diag_free(&d);
        fr->n = results.n - fr->first;
        for (size_t k = 0; k < fr->n; k++) {
            const TestResult *t = &results.items[fr->first + k];
            failed += !t->passed;
            number++;
            if (a.tap) {
                tap_result(out, number, fr->path, t);
            } else if (!t->passed) {
                fputs(t->report ? t->report : "", out);
            } else if (a.verbose) {
                fprintf(out, "%s: test ", t->where);
                char quoted[1024];
                size_t need = format_json_string(quoted, sizeof quoted, t->name, strlen(t->name));
                fprintf(out, "%s passed\n", need < sizeof quoted ? quoted : "\"...\"");
            }
        }
        fflush(out);
        policy_free(p);
        lang_free(prog);
    }

    if (a.coverage) {
        size_t n_items = 0;
        size_t missed;
        if (a.tap) {
            char *text = NULL;
            size_t len = 0;
            FILE *m = open_memstream(&text, &len);
            missed = m ? coverage_print(&cov, m, &n_items) : 0;
            if (m) fclose(m);
            for (char *line = text; line && *line;) {
                char *nl = strchr(line, '\n');
                fprintf(out, "# %.*s\n", (int)(nl ? nl - line : (long)strlen(line)), line);
                line = nl ? nl + 1 : line + strlen(line);
            }
            free(text);
            fprintf(out, "# coverage: %zu of %zu exercised\n", n_items - missed, n_items);
        } else {
            missed = coverage_print(&cov, out, &n_items);
            fprintf(out, "coverage: %zu of %zu exercised\n", n_items - missed, n_items);
        }
    }
    if (a.tap) fprintf(out, "1..%zu\n", number);
    else fprintf(out, "%zu passed, %zu failed\n", results.n - failed, failed);
    fflush(out);

    status = policy_error ? EXIT_POLICY : failed ? EXIT_FAIL : EXIT_OK;
    if (a.junit) {
        char err[1024];
        if (!write_junit(&junit, runs, files.n, &results, failed, err, sizeof err))
            status = cli_usage_error(argv[0], "%s", err);
    }
    for (size_t f = 0; f < files.n; f++) xfree(runs[f].diagnostics);
    xfree(runs);
    test_results_free(&results);
    coverage_free(&cov);
    names_free(&files);
    return status;
}
