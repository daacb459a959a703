/* SPDX-License-Identifier: MIT
 * cmd_compare.c - 'grip compare [LABEL=]POLICY... --data NAME=FILE...':
 * several rule sets on the same rows, side by side (docs/cli.md, "grip
 * compare"), and the loading and reporting it shares with 'grip diff'
 * (cmd_compare.h).
 *
 * Thin: parses the command line, loads/checks/lowers each policy as 'grip
 * run' does, checks that they read the same input (exit 3 when not), runs
 * them through runtime/compare.h and prints the table (text, csv, md)
 * and/or writes the page (--html).  Exit status: 0 ok, 2 usage, 3 policy
 * error or policies that do not share their input, 4 data, 5 runtime.
 */
#include "cmd_compare.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../lang/lower.h"
#include "../runtime/alloc.h"
#include "cli.h"

/* ---- shared with cmd_diff.c ------------------------------------------------------- */

int cmp_load(const char *cmd, char **specs, size_t n, bool labels, const char *on, CmpPolicies *out)
{
    memset(out, 0, sizeof *out);
    out->progs = xcalloc(n ? n : 1, sizeof *out->progs);
    out->pols = xcalloc(n ? n : 1, sizeof *out->pols);
    out->paths = xcalloc(n ? n : 1, sizeof *out->paths);
    out->labels = xcalloc(n ? n : 1, sizeof *out->labels);
    out->owned = xcalloc(n ? n : 1, sizeof *out->owned);
    out->n = n;
    Date on_date = {0};
    if (on) {
        const char *why = NULL;
        if (!date_parse(&on_date, on, strlen(on), &why))
            return cli_usage_error(cmd, "--on '%s' is not a date: %s", on, why ? why : "malformed");
    }
    int status = 0;
    LangOptions lo = {0};
    lo.grip_path = getenv("GRIP_PATH");
    for (size_t k = 0; k < n; k++) {
        const char *spec = specs[k];
        const char *eq = labels ? strchr(spec, '=') : NULL;
        /* LABEL=POLICY: a '=' with no '/' before it and something on both sides */
        if (eq && eq != spec && eq[1] && !memchr(spec, '/', (size_t)(eq - spec))) {
            out->owned[k] = xstrndup(spec, (size_t)(eq - spec));
            out->labels[k] = out->owned[k];
            out->paths[k] = eq + 1;
        } else {
            out->paths[k] = spec;
        }
        Program *prog = lang_new();
        out->progs[k] = prog;
        Diag d;
        diag_init(&d, lang_sources(prog));
        if (lang_load(prog, out->paths[k], &lo, &d) && lang_check(prog, &d) == 0)
            out->pols[k] = lower_program(prog, &d);
        diag_render(&d, stderr);
        diag_free(&d);
        if (!out->pols[k]) {
            status = EXIT_POLICY;
            continue;
        }
        if (on) {
            out->pols[k]->on = on_date;
            out->pols[k]->fixed_date = true;
        }
    }
    return status;
}

void cmp_free(CmpPolicies *cp)
{
    for (size_t k = 0; k < cp->n; k++) {
        policy_free(cp->pols[k]);
        lang_free(cp->progs[k]);
        xfree(cp->owned[k]);
    }
    xfree(cp->progs);
    xfree(cp->pols);
    xfree(cp->paths);
    xfree(cp->labels);
    xfree(cp->owned);
    memset(cp, 0, sizeof *cp);
}

int cmp_check(const char *cmd, const CmpPolicies *cp, const Compare *c)
{
    CompareMismatch m;
    if (compare_check(c, &m)) return 0;
    (void)cmd;
    Diag d;
    diag_init(&d, lang_sources(cp->progs[m.policy]));
    if (m.span.file == SPAN_NONE.file) diag_error(&d, SPAN_NONE, "'%s': %s", cp->paths[m.policy], m.msg);
    else diag_error(&d, m.span, "%s", m.msg);
    diag_hint(&d, "the policies are run on the same rows: they must declare the same input, with the same fields "
                  "and types, and the same first decision");
    diag_render(&d, stderr);
    diag_free(&d);
    return EXIT_POLICY;
}

int cmp_report(const char *cmd, const CmpPolicies *cp, const Compare *c, RunStatus st, const RunResult *res)
{
    const char *path = c->failed >= 0 ? cp->paths[c->failed] : NULL;
    data_error_print(&res->data, stderr);
    switch (st) {
    case RUN_OK:
        return EXIT_OK;
    case RUN_USAGE:
    case RUN_IO:
        if (path) return cli_usage_error(cmd, "%s: %s", path, res->message);
        return cli_usage_error(cmd, "%s", res->message);
    case RUN_DATA:
        if (res->message[0]) fprintf(stderr, "%s\n", res->message);
        return EXIT_DATA;
    case RUN_RUNTIME: {
        Diag d;
        diag_init(&d, lang_sources(cp->progs[c->failed >= 0 ? c->failed : 0]));
        diag_error(&d, res->error.span, "%s", res->error.msg);
        if (res->error.note[0]) diag_note(&d, SPAN_NONE, "%s", res->error.note);
        diag_render(&d, stderr);
        diag_free(&d);
        return EXIT_RUNTIME;
    }
    }
    return EXIT_RUNTIME;
}

int cmp_data_option(int argc, char **argv, int *i, RunBinding *data, char **names, size_t *n, int *status)
{
    const char *v = NULL;
    int r = cli_option(argc, argv, i, "--data", &v);
    if (!r) return 0;
    if (r < 0) {
        *status = cli_usage_error(argv[0], "--data needs NAME=FILE");
        return 1;
    }
    const char *eq = strchr(v, '=');
    if (!eq || eq == v || !eq[1]) {
        *status = cli_usage_error(argv[0], "--data '%s': write NAME=FILE", v);
        return 1;
    }
    names[*n] = xstrndup(v, (size_t)(eq - v));
    data[*n] = (RunBinding){names[*n], eq + 1};
    *n += 1;
    return 1;
}

/* ---- grip compare ------------------------------------------------------------------- */

typedef struct CompareArgs {
    char **policies;           /* POLICY arguments (pointers into argv; xmalloc'ed array) */
    size_t n_policies;
    RunBinding *data;          /* --data (xmalloc'ed) */
    char **names;              /* their NAMEs (xmalloc'ed) */
    size_t n_data;
    const char *format;        /* --format text|csv|md */
    const char *html;          /* --html FILE or NULL */
    const char *out_dir;       /* --out-dir DIR or NULL */
    const char *own;           /* --own FIELD or NULL */
    const char *on;            /* --on DATE or NULL */
    const char *delimiter;     /* --delimiter or NULL */
    bool strict;               /* --strict */
    size_t max_rows;           /* --max-rows (default 50; 0: all) */
} CompareArgs;

static void args_free(CompareArgs *a)
{
    for (size_t k = 0; k < a->n_data; k++) xfree(a->names[k]);
    xfree(a->names);
    xfree(a->data);
    xfree(a->policies);
}

bool cmp_parse_count(const char *s, size_t *out)
{
    if (!*s || strlen(s) > 9) return false;
    size_t v = 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return false;
        v = v * 10 + (size_t)(*s - '0');
    }
    *out = v;
    return true;
}

static int parse_args(int argc, char **argv, CompareArgs *a)
{
    memset(a, 0, sizeof *a);
    a->format = "text";
    a->max_rows = 50;
    a->data = xcalloc((size_t)argc, sizeof *a->data);
    a->names = xcalloc((size_t)argc, sizeof *a->names);
    a->policies = xcalloc((size_t)argc, sizeof *a->policies);
    for (int i = 1; i < argc; i++) {
        const char *v = NULL;
        int r, status = 0;
        if (cmp_data_option(argc, argv, &i, a->data, a->names, &a->n_data, &status)) {
            if (status) return status;
        } else if ((r = cli_option(argc, argv, &i, "--format", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--format needs text, csv or md");
            if (strcmp(v, "text") != 0 && strcmp(v, "csv") != 0 && strcmp(v, "md") != 0)
                return cli_usage_error(argv[0], "--format '%s': use text, csv or md", v);
            a->format = v;
        } else if ((r = cli_option(argc, argv, &i, "--html", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--html needs a file name");
            a->html = v;
        } else if ((r = cli_option(argc, argv, &i, "--out-dir", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--out-dir needs a folder");
            a->out_dir = v;
        } else if ((r = cli_option(argc, argv, &i, "--own", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--own needs a field of the input");
            a->own = v;
        } else if ((r = cli_option(argc, argv, &i, "--max-rows", &v))) {
            if (r < 0 || !cmp_parse_count(v, &a->max_rows))
                return cli_usage_error(argv[0], "--max-rows needs a whole number (0: all)");
        } else if ((r = cli_option(argc, argv, &i, "--on", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--on needs a date");
            a->on = v;
        } else if ((r = cli_option(argc, argv, &i, "--delimiter", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--delimiter needs ',' or ';'");
            if (strcmp(v, ",") != 0 && strcmp(v, ";") != 0)
                return cli_usage_error(argv[0], "--delimiter '%s': use ',' or ';'", v);
            a->delimiter = v;
        } else if (strcmp(argv[i], "--strict") == 0) {
            a->strict = true;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error(argv[0], "unknown option '%s'", argv[i]);
        } else {
            a->policies[a->n_policies++] = argv[i];
        }
    }
    if (a->n_policies == 0) return cli_usage_error(argv[0], "no policy file given");
    if (a->n_policies > GRIP_MAX_COMPARE)
        return cli_usage_error(argv[0], "%zu policies: at most %d at a time", a->n_policies, GRIP_MAX_COMPARE);
    if (a->n_data == 0) return cli_usage_error(argv[0], "no data: give --data NAME=FILE for the input");
    return 0;
}

/* Makes folder 'dir' when it does not exist (one level); 0 or exit 2. */
static int make_dir(const char *cmd, const char *dir)
{
    struct stat st;
    if (stat(dir, &st) == 0) {
        if (S_ISDIR(st.st_mode)) return 0;
        return cli_usage_error(cmd, "--out-dir '%s' is not a folder", dir);
    }
    if (mkdir(dir, 0777) != 0) return cli_usage_error(cmd, "cannot create '%s': %s", dir, strerror(errno));
    return 0;
}

/* 'grip compare' (commands.h): 'argv[0]' is "compare"; returns the exit
 * status. */
int cmd_compare(int argc, char **argv)
{
    CompareArgs a;
    int status = parse_args(argc, argv, &a);
    if (status) {
        args_free(&a);
        return status;
    }
    CmpPolicies cp;
    status = cmp_load(argv[0], a.policies, a.n_policies, true, a.on, &cp);
    if (status) {
        cmp_free(&cp);
        args_free(&a);
        return status;
    }
    Compare c;
    compare_init(&c, cp.pols, cp.paths, cp.labels, cp.n, a.own);
    status = cmp_check(argv[0], &cp, &c);
    char why[1024];
    if (!status && a.own && !compare_check_own(&c, a.own, why, sizeof why))
        status = cli_usage_error(argv[0], "--own %s: %s", a.own, why);
    if (!status && a.out_dir) status = make_dir(argv[0], a.out_dir);
    if (!status) {
        RunOptions opt = {0};
        opt.data = a.data;
        opt.n_data = a.n_data;
        opt.delimiter = a.delimiter ? a.delimiter[0] : 0;
        opt.strict = a.strict;
        opt.format = WRITER_CSV;
        RunResult res;
        run_result_init(&res);
        RunStatus st = compare_run(&c, &opt, a.out_dir, &res);
        status = cmp_report(argv[0], &cp, &c, st, &res);
        run_result_free(&res);
    }
    if (!status) {
        CompareStyle style = strcmp(a.format, "csv") == 0 ? COMPARE_CSV
                             : strcmp(a.format, "md") == 0 ? COMPARE_MD
                                                           : COMPARE_TEXT;
        if (!a.html || strcmp(a.html, "-") != 0) {
            compare_write(&c, style, a.max_rows, stdout);
            fflush(stdout);
        }
        char err[512];
        if (a.html && !compare_write_html(&c, a.html, a.max_rows, err, sizeof err))
            status = cli_usage_error(argv[0], "%s", err);
    }
    compare_free(&c);
    cmp_free(&cp);
    args_free(&a);
    return status;
}
