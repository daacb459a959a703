/* SPDX-License-Identifier: MIT
 * cmd_run.c - 'grip run POLICY --data NAME=FILE... [options]': decide every
 * row of a dataset and write the results (docs/cli.md, "grip run").
 *
 * Thin: parses the command line, loads and checks the policy (diagnostics
 * as 'grip check' prints them), lowers it (lang/lower.h), applies --set and
 * --on, hands the rest to runtime/run.h and prints what came back: data
 * errors, the runtime error rendered like a diagnostic with the row as a
 * note, or the summary; then writes the receipt.  Exit status: 0 ok,
 * 2 usage (also an output that cannot be written), 3 policy, 4 data,
 * 5 runtime.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lang/lang.h"
#include "../lang/lower.h"
#include "../runtime/alloc.h"
#include "../runtime/receipt.h"
#include "../runtime/run.h"
#include "../runtime/stdlib_files.h"
#include "../runtime/testrun.h"

/* The parsed command line. */
typedef struct RunArgs {
    const char *policy;        /* POLICY */
    RunBinding *data;          /* --data NAME=FILE (xmalloc'ed) */
    char **names;              /* the NAMEs of 'data' (xmalloc'ed) */
    size_t n_data;
    const char **sets;         /* --set PARAM=VALUE texts (xmalloc'ed) */
    size_t n_sets;
    const char *out;           /* --out, "-" by default */
    const char *format;        /* --format */
    const char *on;            /* --on DATE or NULL */
    const char *delimiter;     /* --delimiter or NULL */
    bool strict;               /* --strict */
    const char *receipt;       /* --receipt or NULL */
    const char *ledger_out;    /* --ledger-out or NULL */
    unsigned threads;          /* --threads, 0 when not given */
    bool coverage;             /* --coverage: list the rules that decided no row */
} RunArgs;

static void args_free(RunArgs *a)
{
    for (size_t k = 0; k < a->n_data; k++) xfree(a->names[k]);
    xfree(a->names);
    xfree(a->data);
    xfree(a->sets);
}

/* Parses argv into 'a'; returns 0 or the exit status of a usage error. */
static int parse_args(int argc, char **argv, RunArgs *a)
{
    memset(a, 0, sizeof *a);
    a->out = "-";
    a->format = "csv";
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
            if (r < 0) return cli_usage_error(argv[0], "--format needs csv or jsonl");
            a->format = v;
        } else if ((r = cli_option(argc, argv, &i, "--on", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--on needs a date");
            a->on = v;
        } else if ((r = cli_option(argc, argv, &i, "--delimiter", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--delimiter needs ',' or ';'");
            a->delimiter = v;
        } else if ((r = cli_option(argc, argv, &i, "--receipt", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--receipt needs a file name");
            a->receipt = v;
        } else if ((r = cli_option(argc, argv, &i, "--ledger-out", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--ledger-out needs a file name");
            a->ledger_out = v;
        } else if ((r = cli_option(argc, argv, &i, "--threads", &v))) {
            char *end = NULL;
            unsigned long t = r < 0 ? 0 : strtoul(v, &end, 10);
            if (r < 0 || !*v || *end || t < 1 || t > 1024 || v[0] < '0' || v[0] > '9')
                return cli_usage_error(argv[0], "--threads needs a number from 1 to 1024");
            a->threads = (unsigned)t;
        } else if (strcmp(argv[i], "--strict") == 0) {
            a->strict = true;
        } else if (strcmp(argv[i], "--coverage") == 0) {
            a->coverage = true;
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
    if (a->delimiter && strcmp(a->delimiter, ",") != 0 && strcmp(a->delimiter, ";") != 0)
        return cli_usage_error(argv[0], "--delimiter '%s': use ',' or ';'", a->delimiter);
    return 0;
}

/* Applies --set and --on to 'p'; returns 0 or the exit status of a usage
 * error. */
static int apply_settings(Policy *p, const RunArgs *a, const char *cmd)
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

/* Renders the runtime error 'err' like a diagnostic, the row as a note. */
static void print_runtime_error(const Program *prog, const EvalError *err)
{
    Diag d;
    diag_init(&d, lang_sources(prog));
    diag_error(&d, err->span, "%s", err->msg);
    if (err->note[0]) diag_note(&d, SPAN_NONE, "%s", err->note);
    diag_render(&d, stderr);
    diag_free(&d);
}

/* The receipt while it is made: its inputs are hashed on the run's helper
 * thread (receipt_inputs) while the rows are decided, its outputs by their
 * writers as they are written (RunOptions.hash_outputs). */
typedef struct ReceiptJob {
    const Program *prog;       /* the loaded policy (its source files) */
    const Policy *p;           /* the bound policy */
    const RunArgs *a;          /* the command line */
    int argc;                  /* the whole command line, for the record */
    char **argv;
    Receipt *r;                /* being filled */
    bool ok;                   /* no file could not be read */
    char err[512];             /* why not */
} ReceiptJob;

/* Records the command, the policy files and the datasets (hashing them). */
static void receipt_inputs(void *ctx)
{
    ReceiptJob *j = ctx;
    const Policy *p = j->p;
    const RunArgs *a = j->a;
    Receipt *r = j->r;
    /* the command as typed: "grip" and the subcommand's arguments */
    char **cmd = xcalloc((size_t)j->argc + 1, sizeof *cmd);
    cmd[0] = (char *)"grip";
    for (int k = 0; k < j->argc; k++) cmd[k + 1] = j->argv[k];
    receipt_set_command(r, j->argc + 1, cmd);
    xfree(cmd);
    /* every source file read: the embedded standard library by its text */
    const Sources *src = lang_sources(j->prog);
    for (uint32_t k = 0; k < src->n && j->ok; k++) {
        const SourceFile *f = src->files[k];
        const StdlibFile *sf = stdlib_all();
        while (sf->module && !(strcmp(sf->path, f->path) == 0 && sf->len == f->len && memcmp(sf->text, f->text, f->len) == 0))
            sf++;
        if (sf->module) receipt_add_policy_text(r, sf->path, sf->text, sf->len);
        else j->ok = receipt_add_policy_file(r, f->path, j->err, sizeof j->err);
    }
    for (size_t k = 0; k < a->n_data && j->ok; k++) {
        int32_t ds = policy_find_dataset(p, a->data[k].name);
        uint64_t rows = ds >= 0 && p->datasets[ds].data ? dataset_rows(p->datasets[ds].data) : 0;
        j->ok = receipt_add_dataset(r, a->data[k].name, a->data[k].path, rows, j->err, sizeof j->err);
    }
}

/* Completes and writes the receipt of a successful run to 'path'; returns
 * false after printing why it could not be written. */
static bool receipt_finish(ReceiptJob *j, const RunResult *res, const char *path)
{
    const Policy *p = j->p;
    const RunArgs *a = j->a;
    Receipt *r = j->r;
    if (p->fixed_date) {
        receipt_set_reference_date(r, p->on);
    } else {
        const PolicyDataset *in = &p->datasets[p->input];
        if (in->schema.date_field >= 0) receipt_set_dated_by(r, in->schema.fields[in->schema.date_field].name);
    }
    for (size_t k = 0; k < a->n_sets; k++) {
        const char *eq = strchr(a->sets[k], '=');
        char name[256];
        size_t len = (size_t)(eq - a->sets[k]);
        snprintf(name, sizeof name, "%.*s", (int)(len < sizeof name ? len : sizeof name - 1), a->sets[k]);
        receipt_add_setting(r, name, eq + 1);
    }
    receipt_set_rows(r, res->rows);
    for (uint32_t d = 0; d < res->n_stats; d++) {
        const RunDecisionStats *s = &res->stats[d];
        const PolicyDecision *dec = &p->decisions[d];
        for (uint32_t c = 0; c < s->n; c++) {
            if (!s->counts[c]) continue;
            const char *outcome = dec->variant >= 0 ? p->variants[dec->variant]->cases.members[c]
                                  : dec->format && dec->format->names ? dec->format->names->members[c]
                                  : c ? "true" : "false";
            char name[512];
            if (res->n_stats == 1) snprintf(name, sizeof name, "%s", outcome);
            else snprintf(name, sizeof name, "%s.%s", dec->name, outcome);
            receipt_add_outcome(r, name, s->counts[c]);
        }
    }
    bool ok = j->ok;
    /* the outputs were hashed while they were written (RunOptions.hash_outputs) */
    receipt_add_output_hashed(r, a->out, res->out_sha256);
    if (a->ledger_out) receipt_add_output_hashed(r, a->ledger_out, res->ledger_sha256);
    if (ok) ok = receipt_set_time(r, getenv("SOURCE_DATE_EPOCH"), j->err, sizeof j->err);
    if (ok) ok = receipt_write(r, path, j->err, sizeof j->err);
    if (!ok) fprintf(stderr, "grip run: receipt: %s\n", j->err);
    return ok;
}

/* 'grip run' (commands.h): 'argv[0]' is "run"; returns the exit status. */
int cmd_run(int argc, char **argv)
{
    alloc_keep_big_blocks_apart(); /* a run frees big arrays between its passes */
    RunArgs a;
    int status = parse_args(argc, argv, &a);
    if (status) {
        args_free(&a);
        return status;
    }
    RunOptions opt = {0};
    if (!writer_format_named(a.format, &opt.format)) {
        args_free(&a);
        return cli_usage_error(argv[0], "--format '%s': use csv or jsonl", a.format);
    }
    opt.data = a.data;
    opt.n_data = a.n_data;
    opt.delimiter = a.delimiter ? a.delimiter[0] : 0;
    opt.strict = a.strict;
    opt.out = a.out;
    opt.ledger_out = a.ledger_out;
    opt.progress = true;
    opt.threads = a.threads;
    opt.release_input = true; /* the receipt reads only the datasets' row counts */
    opt.raw_texts = true;     /* and compares no text of the input */

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
    if (status) {
        policy_free(p);
        lang_free(prog);
        args_free(&a);
        return status;
    }

    /* the receipt: --receipt FILE, or next to --out FILE */
    char *receipt = NULL;
    if (a.receipt) {
        receipt = xstrdup(a.receipt);
    } else if (strcmp(a.out, "-") != 0) {
        receipt = xmalloc(strlen(a.out) + sizeof ".receipt.json");
        strcpy(receipt, a.out);
        strcat(receipt, ".receipt.json");
    }
    ReceiptJob job = {prog, p, &a, argc, argv, NULL, true, {0}};
    if (receipt) {
        job.r = receipt_new(GRIP_VERSION);
        opt.background = receipt_inputs;
        opt.background_ctx = &job;
        opt.hash_outputs = true;
    }

    if (a.coverage) opt.decided = coverage_run_new(p);
    RunResult res;
    run_result_init(&res);
    RunStatus rs = run_policy(p, &opt, &res);
    data_error_print(&res.data, stderr);
    switch (rs) {
    case RUN_OK:
        run_print_summary(p, &res, stderr);
        if (opt.decided) coverage_run_print(p, lang_sources(prog), opt.decided, stderr);
        status = EXIT_OK;
        if (receipt && !receipt_finish(&job, &res, receipt)) status = EXIT_USAGE;
        break;
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
    coverage_run_free(p, opt.decided);
    receipt_free(job.r);
    xfree(receipt);
    run_result_free(&res);
    policy_free(p);
    lang_free(prog);
    args_free(&a);
    return status;
}
