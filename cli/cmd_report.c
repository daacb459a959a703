/* SPDX-License-Identifier: MIT
 * cmd_report.c - 'grip report POLICY NAME [options]': compute one report,
 * allocation or series of a policy and print it (docs/cli.md, "grip
 * report").
 *
 * Thin: parses the command line, loads, checks and lowers the policy,
 * applies --set and --on, finds NAME among the policy's allocations,
 * series and reports, and hands it to runtime/alloc_eval.h, series.h or
 * report.h; the result (runtime/tabular.h) is written as an aligned table
 * (default), Markdown, CSV or JSON Lines.  Exit status: 0 ok, 2 usage
 * (an unknown NAME lists the ones there are), 3 policy, 4 data, 5 runtime.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lang/lang.h"
#include "../lang/lower.h"
#include "../runtime/alloc.h"
#include "../runtime/alloc_eval.h"
#include "../runtime/formulas.h"
#include "../runtime/report.h"
#include "../runtime/run.h"
#include "../runtime/series.h"
#include "../runtime/tabular.h"

/* The parsed command line. */
typedef struct ReportArgs {
    const char *policy;        /* POLICY */
    const char *name;          /* NAME */
    RunBinding *data;          /* --data NAME=FILE (xmalloc'ed) */
    char **names;              /* the NAMEs of 'data' (xmalloc'ed) */
    size_t n_data;
    const char **sets;         /* --set PARAM=VALUE texts (xmalloc'ed) */
    size_t n_sets;
    const char *out;           /* --out, "-" by default */
    const char *format;        /* --format, "table" by default */
    const char *on;            /* --on DATE or NULL */
    const char *delimiter;     /* --delimiter or NULL */
    bool strict;               /* --strict */
} ReportArgs;

static void args_free(ReportArgs *a)
{
    for (size_t k = 0; k < a->n_data; k++) xfree(a->names[k]);
    xfree(a->names);
    xfree(a->data);
    xfree(a->sets);
}

/* Parses argv into 'a'; returns 0 or the exit status of a usage error. */
static int parse_args(int argc, char **argv, ReportArgs *a)
{
    memset(a, 0, sizeof *a);
    a->out = "-";
    a->format = "table";
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
        } else if ((r = cli_option(argc, argv, &i, "--set", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--set needs PARAM=VALUE");
            const char *eq = strchr(v, '=');
            if (!eq || eq == v) return cli_usage_error(argv[0], "--set '%s': write PARAM=VALUE", v);
            a->sets[a->n_sets++] = v;
        } else if ((r = cli_option(argc, argv, &i, "--out", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--out needs a file name");
            a->out = v;
        } else if ((r = cli_option(argc, argv, &i, "--format", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--format needs table, md, csv or jsonl");
            a->format = v;
        } else if ((r = cli_option(argc, argv, &i, "--on", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--on needs a date");
            a->on = v;
        } else if ((r = cli_option(argc, argv, &i, "--delimiter", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--delimiter needs ',' or ';'");
            a->delimiter = v;
        } else if (strcmp(argv[i], "--strict") == 0) {
            a->strict = true;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error(argv[0], "unknown option '%s'", argv[i]);
        } else if (!a->policy) {
            a->policy = argv[i];
        } else if (!a->name) {
            a->name = argv[i];
        } else {
            return cli_usage_error(argv[0], "unexpected argument '%s'", argv[i]);
        }
    }
    if (!a->policy) return cli_usage_error(argv[0], "no policy file given");
    if (!a->name) return cli_usage_error(argv[0], "no report, allocation or series named: give POLICY NAME");
    if (a->delimiter && strcmp(a->delimiter, ",") != 0 && strcmp(a->delimiter, ";") != 0)
        return cli_usage_error(argv[0], "--delimiter '%s': use ',' or ';'", a->delimiter);
    return 0;
}

/* Applies --set and --on to 'p'; returns 0 or the exit status of a usage
 * error. */
static int apply_settings(Policy *p, const ReportArgs *a, const char *cmd)
{
    for (size_t k = 0; k < a->n_sets; k++) {
        const char *eq = strchr(a->sets[k], '=');
        char name[256];
        size_t len = (size_t)(eq - a->sets[k]);
        snprintf(name, sizeof name, "%.*s", (int)(len < sizeof name ? len : sizeof name - 1), a->sets[k]);
        int32_t param = policy_find_param(p, name);
        if (param < 0) {
            char list[1024];
            size_t used = 0;
            list[0] = '\0';
            for (uint32_t j = 0; j < p->n_params && used < sizeof list; j++)
                used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", j ? ", " : "", p->params[j].name);
            if (p->n_params == 0) return cli_usage_error(cmd, "--set %s: the policy declares no parameters", name);
            return cli_usage_error(cmd, "--set %s: no parameter '%s' (the policy declares: %s)", name, name, list);
        }
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

/* What NAME is. */
typedef enum Kind { KIND_NONE, KIND_ALLOCATION, KIND_SERIES, KIND_REPORT } Kind;

static Kind find_name(const Policy *p, const char *name, uint32_t *index)
{
    const Formulas *f = p->formulas;
    for (uint32_t k = 0; f && k < f->n_reports; k++)
        if (strcmp(f->reports[k].name, name) == 0) return *index = k, KIND_REPORT;
    for (uint32_t k = 0; f && k < f->n_allocations; k++)
        if (strcmp(f->allocations[k].name, name) == 0) return *index = k, KIND_ALLOCATION;
    for (uint32_t k = 0; f && k < f->n_series; k++)
        if (strcmp(f->series[k].name, name) == 0) return *index = k, KIND_SERIES;
    return KIND_NONE;
}

/* The usage error for an unknown NAME: lists what the policy has. */
static int unknown_name(const Policy *p, const ReportArgs *a, const char *cmd)
{
    const Formulas *f = p->formulas;
    char list[2048];
    size_t used = 0;
    list[0] = '\0';
#define LIST(arr, n, what) \
    for (uint32_t k = 0; f && k < f->n && used < sizeof list; k++) \
        used += (size_t)snprintf(list + used, sizeof list - used, "%s%s (%s)", used ? ", " : "", f->arr[k].name, what);
    LIST(reports, n_reports, "report")
    LIST(allocations, n_allocations, "allocation")
    LIST(series, n_series, "series")
#undef LIST
    if (!used) return cli_usage_error(cmd, "'%s' declares no report, allocation or series", a->policy);
    return cli_usage_error(cmd, "'%s' has no report, allocation or series '%s'; it has: %s", a->policy, a->name, list);
}

/* Renders the runtime error 'err' like a diagnostic, its note after it. */
static void print_runtime_error(const Program *prog, const EvalError *err)
{
    Diag d;
    diag_init(&d, lang_sources(prog));
    diag_error(&d, err->span, "%s", err->msg);
    if (err->note[0]) diag_note(&d, SPAN_NONE, "%s", err->note);
    diag_render(&d, stderr);
    diag_free(&d);
}

/* An allocation or series, on the evaluator's stack. */
typedef struct Job {
    Policy *p;
    Kind kind;
    uint32_t index;
    Tabular *t;
    EvalError err;
    bool ok;
} Job;

static void job_main(void *ctx)
{
    Job *j = ctx;
    if (j->kind == KIND_SERIES) j->ok = series_run(j->p, j->index, j->t, &j->err);
    else j->ok = alloc_eval_run(j->p, j->index, j->t, &j->err);
}

/* 'grip report' (commands.h): 'argv[0]' is "report"; returns the exit
 * status. */
int cmd_report(int argc, char **argv)
{
    ReportArgs a;
    int status = parse_args(argc, argv, &a);
    if (status) {
        args_free(&a);
        return status;
    }
    TabFormat format;
    if (!tabular_format_named(a.format, &format)) {
        args_free(&a);
        return cli_usage_error(argv[0], "--format '%s': use table, md, csv or jsonl", a.format);
    }
    RunOptions opt = {0};
    opt.data = a.data;
    opt.n_data = a.n_data;
    opt.delimiter = a.delimiter ? a.delimiter[0] : 0;
    opt.strict = a.strict;

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
    uint32_t index = 0;
    Kind kind = find_name(p, a.name, &index);
    if (kind == KIND_NONE) status = unknown_name(p, &a, argv[0]);
    else if (kind == KIND_SERIES && a.on)
        status = cli_usage_error(argv[0], "--on does not apply to series '%s': each year reads its parameters on "
                                 "1 January of that year", a.name);
    else status = apply_settings(p, &a, argv[0]);
    if (status) {
        policy_free(p);
        lang_free(prog);
        args_free(&a);
        return status;
    }

    Tabular t;
    tabular_init(&t, 0);
    RunResult res;
    run_result_init(&res);
    if (kind == KIND_REPORT) {
        tabular_free(&t); /* report_run initialises it */
        report_run(p, index, &opt, &t, &res);
    } else if (run_bind(p, &opt, &res) == RUN_OK) {
        policy_fold_params(p, false, (Date){0}, (Date){0}); /* one value on every date */
        const FormulaAllocation *fa = kind == KIND_ALLOCATION ? &p->formulas->allocations[index] : NULL;
        if (fa && !p->datasets[fa->source].data) {
            res.status = RUN_USAGE;
            snprintf(res.message, sizeof res.message, "no data for %s '%s': give --data %s=FILE",
                     fa->source == p->input ? "input" : "table", p->datasets[fa->source].name,
                     p->datasets[fa->source].name);
        } else {
            tabular_free(&t);
            Job job;
            memset(&job, 0, sizeof job);
            job.p = p;
            job.kind = kind;
            job.index = index;
            job.t = &t;
            formulas_on_eval_stack(job_main, &job);
            if (!job.ok) {
                res.status = RUN_RUNTIME;
                res.error = job.err;
            }
        }
    }
    data_error_print(&res.data, stderr);
    switch (res.status) {
    case RUN_OK: {
        char err[512];
        status = tabular_write(&t, format, a.out, err, sizeof err) ? EXIT_OK : cli_usage_error(argv[0], "%s", err);
        break;
    }
    case RUN_USAGE:
    case RUN_IO:
        status = cli_usage_error(argv[0], "%s", res.message);
        break;
    case RUN_DATA:
        if (res.message[0]) fprintf(stderr, "%s\n", res.message);
        status = EXIT_DATA;
        break;
    case RUN_RUNTIME:
        print_runtime_error(prog, &res.error);
        status = EXIT_RUNTIME;
        break;
    }
    tabular_free(&t);
    run_result_free(&res);
    policy_free(p);
    lang_free(prog);
    args_free(&a);
    return status;
}
