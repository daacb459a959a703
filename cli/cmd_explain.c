/* SPDX-License-Identifier: MIT
 * cmd_explain.c - 'grip explain POLICY --data NAME=FILE... --id ID
 * [--why-not OUTCOME] [--format text|json]': why one row got its decisions,
 * or why not another outcome (docs/cli.md, "grip explain").
 *
 * Thin: parses the command line, loads, checks and lowers the policy as
 * 'grip run' does, applies --set and --on, binds the datasets (run_bind)
 * and hands the row to runtime/explain.h; prints what comes back.  The
 * parameters are not folded, so every value can be traced to its date.
 * Exit status: 0 explained; 2 usage (also an id no row has, an outcome no
 * decision has); 3 policy; 4 data (also an id on more than one row);
 * 5 runtime (the row, or a row before it, could not be decided).
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lang/lang.h"
#include "../lang/lower.h"
#include "../runtime/alloc.h"
#include "../runtime/explain.h"
#include "../runtime/run.h"

/* The parsed command line. */
typedef struct ExplainArgs {
    const char *policy;        /* POLICY */
    RunBinding *data;          /* --data NAME=FILE (xmalloc'ed) */
    char **names;              /* the NAMEs of 'data' (xmalloc'ed) */
    size_t n_data;
    const char **sets;         /* --set PARAM=VALUE texts (xmalloc'ed) */
    size_t n_sets;
    const char *id;            /* --id */
    const char *why_not;       /* --why-not or NULL */
    const char *format;        /* --format */
    const char *on;            /* --on DATE or NULL */
    const char *delimiter;     /* --delimiter or NULL */
} ExplainArgs;

static void args_free(ExplainArgs *a)
{
    for (size_t k = 0; k < a->n_data; k++) xfree(a->names[k]);
    xfree(a->names);
    xfree(a->data);
    xfree(a->sets);
}

/* Parses argv into 'a'; returns 0 or the exit status of a usage error. */
static int parse_args(int argc, char **argv, ExplainArgs *a)
{
    memset(a, 0, sizeof *a);
    a->format = "text";
    a->data = xcalloc((size_t)argc, sizeof *a->data);
    a->names = xcalloc((size_t)argc, sizeof *a->names);
    a->sets = xcalloc((size_t)argc, sizeof *a->sets);
    for (int i = 1; i < argc; i++) {
        const char *v = NULL;
        int r;
        if ((r = cli_option(argc, argv, &i, "--data", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--data needs NAME=FILE");
            const char *eq = strchr(v, '=');
            if (!eq || eq == v || !eq[1]) return cli_usage_error(argv[0], "--data '%s': write NAME=FILE", v);
            a->names[a->n_data] = xstrndup(v, (size_t)(eq - v));
            a->data[a->n_data] = (RunBinding){a->names[a->n_data], eq + 1};
            a->n_data++;
        } else if ((r = cli_option(argc, argv, &i, "--id", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--id needs the key of a row");
            a->id = v;
        } else if ((r = cli_option(argc, argv, &i, "--why-not", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--why-not needs an outcome");
            a->why_not = v;
        } else if ((r = cli_option(argc, argv, &i, "--format", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--format needs text or json");
            a->format = v;
        } else if ((r = cli_option(argc, argv, &i, "--set", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--set needs PARAM=VALUE");
            const char *eq = strchr(v, '=');
            if (!eq || eq == v) return cli_usage_error(argv[0], "--set '%s': write PARAM=VALUE", v);
            a->sets[a->n_sets++] = v;
        } else if ((r = cli_option(argc, argv, &i, "--on", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--on needs a date");
            a->on = v;
        } else if ((r = cli_option(argc, argv, &i, "--delimiter", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--delimiter needs ',' or ';'");
            a->delimiter = v;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error(argv[0], "unknown option '%s'", argv[i]);
        } else if (a->policy) {
            return cli_usage_error(argv[0], "one policy at a time ('%s' and '%s')", a->policy, argv[i]);
        } else {
            a->policy = argv[i];
        }
    }
    if (!a->policy) return cli_usage_error(argv[0], "no policy file given");
    if (a->n_data == 0) return cli_usage_error(argv[0], "no data: give --data NAME=FILE for the input");
    if (!a->id) return cli_usage_error(argv[0], "which row? give --id ID (the row's key)");
    if (strcmp(a->format, "text") != 0 && strcmp(a->format, "json") != 0)
        return cli_usage_error(argv[0], "--format '%s': use text or json", a->format);
    if (a->delimiter && strcmp(a->delimiter, ",") != 0 && strcmp(a->delimiter, ";") != 0)
        return cli_usage_error(argv[0], "--delimiter '%s': use ',' or ';'", a->delimiter);
    return 0;
}

/* Applies --set and --on to 'p' (as 'grip run' does); returns 0 or the
 * exit status of a usage error. */
static int apply_settings(Policy *p, const ExplainArgs *a, const char *cmd)
{
    for (size_t k = 0; k < a->n_sets; k++) {
        const char *eq = strchr(a->sets[k], '=');
        char name[256];
        size_t len = (size_t)(eq - a->sets[k]);
        snprintf(name, sizeof name, "%.*s", (int)(len < sizeof name ? len : sizeof name - 1), a->sets[k]);
        int32_t param = policy_find_param(p, name);
        if (param < 0) return cli_usage_error(cmd, "--set %s: the policy has no parameter '%s'", name, name);
        char why[512];
        if (!policy_set_param(p, (uint32_t)param, eq + 1, why, sizeof why))
            return cli_usage_error(cmd, "--set %s: %s", name, why);
    }
    if (a->on) {
        const char *why = NULL;
        if (!date_parse(&p->on, a->on, strlen(a->on), &why))
            return cli_usage_error(cmd, "--on '%s' is not a date: %s", a->on, why ? why : "malformed");
        p->fixed_date = true;
    }
    return 0;
}

/* True when the main policy file is written in Dutch ('taal nl' first). */
static bool policy_dutch(const Program *prog, const char *path)
{
    const Sources *src = lang_sources(prog);
    const SourceFile *f = NULL;
    for (uint32_t k = 0; k < src->n && !f; k++)
        if (strcmp(src->files[k]->path, path) == 0) f = src->files[k];
    if (!f && src->n) f = src->files[0];
    if (!f) return false;
    const char *s = f->text;
    if (strncmp(s, "\xef\xbb\xbf", 3) == 0) s += 3;
    while (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n') s++;
    return strncmp(s, "taal", 4) == 0 && (s[4] == ' ' || s[4] == '\t') && strncmp(s + 5 + strspn(s + 5, " \t"), "nl", 2) == 0;
}

/* Renders the runtime error 'err' like a diagnostic, the row as a note. */
static void print_runtime_error(const Program *prog, const EvalError *err, bool before, const char *id)
{
    Diag d;
    diag_init(&d, lang_sources(prog));
    diag_error(&d, err->span, "%s", err->msg);
    if (err->note[0]) diag_note(&d, SPAN_NONE, "%s", err->note);
    if (before) diag_note(&d, SPAN_NONE, "while deciding the rows before '%s' in date order", id);
    diag_render(&d, stderr);
    diag_free(&d);
}

/* Checks that the input's key is unique, as 'grip run' does before it
 * writes anything: a duplicate is a data error in res->data.  Explaining
 * a row of a dataset that cannot be run would explain nothing real. */
static bool input_key_unique(Policy *p, RunResult *res)
{
    if (p->input < 0) return true;
    PolicyDataset *in = &p->datasets[p->input];
    if (in->n_keys == 0 || !in->data) return true;
    size_t *keys = xmalloc(sizeof *keys * in->n_keys);
    for (uint32_t k = 0; k < in->n_keys; k++) keys[k] = in->key_fields[k];
    bool ok = dataset_index(in->data, keys, in->n_keys, &res->data);
    xfree(keys);
    return ok;
}

/* 'grip explain' (commands.h): 'argv[0]' is "explain"; returns the exit
 * status. */
int cmd_explain(int argc, char **argv)
{
    ExplainArgs a;
    int status = parse_args(argc, argv, &a);
    if (status) {
        args_free(&a);
        return status;
    }
    LangOptions lo = {0};
    lo.grip_path = getenv("GRIP_PATH");
    Program *prog = lang_new();
    Diag d;
    diag_init(&d, lang_sources(prog));
    Policy *p = NULL;
    if (lang_load(prog, a.policy, &lo, &d) && lang_check(prog, &d) == 0) p = lower_program(prog, &d);
    diag_render(&d, stderr);
    diag_free(&d);
    if (!p) {
        lang_free(prog);
        args_free(&a);
        return EXIT_POLICY;
    }
    status = apply_settings(p, &a, argv[0]);
    if (!status) {
        RunOptions ro = {0};
        ro.data = a.data;
        ro.n_data = a.n_data;
        ro.delimiter = a.delimiter ? a.delimiter[0] : 0;
        RunResult rr;
        run_result_init(&rr);
        RunStatus rs = run_bind(p, &ro, &rr);
        if (rs == RUN_OK && !input_key_unique(p, &rr)) rs = RUN_DATA;
        data_error_print(&rr.data, stderr);
        if (rs == RUN_USAGE) {
            status = cli_usage_error(argv[0], "%s", rr.message);
        } else if (rs != RUN_OK) {
            if (rr.message[0]) fprintf(stderr, "%s\n", rr.message);
            status = EXIT_DATA;
        } else {
            ExplainOptions eo = {0};
            eo.id = a.id;
            eo.why_not = a.why_not;
            eo.format = strcmp(a.format, "json") == 0 ? EXPLAIN_JSON : EXPLAIN_TEXT;
            eo.sources = lang_sources(prog);
            eo.dutch = policy_dutch(prog, a.policy);
            ExplainResult er;
            switch (explain_row(p, &eo, stdout, &er)) {
            case EXPLAIN_OK: status = EXIT_OK; break;
            case EXPLAIN_USAGE: status = cli_usage_error(argv[0], "%s", er.message); break;
            case EXPLAIN_DATA:
                fprintf(stderr, "grip explain: %s\n", er.message);
                status = EXIT_DATA;
                break;
            case EXPLAIN_RUNTIME:
                fflush(stdout);
                print_runtime_error(prog, &er.error, er.error_before, a.id);
                status = EXIT_RUNTIME;
                break;
            }
        }
        run_result_free(&rr);
    }
    policy_free(p);
    lang_free(prog);
    args_free(&a);
    return status;
}
