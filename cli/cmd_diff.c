/* SPDX-License-Identifier: MIT
 * cmd_diff.c - 'grip diff OLD NEW --data NAME=FILE...': the rows whose
 * outcome changes between two versions of a policy, with the count per
 * transition, the cost delta and the rules behind the changes (docs/cli.md,
 * "grip diff").
 *
 * Thin: loads both policies as 'grip compare' does (cmd_compare.h), runs
 * them through runtime/compare.h, hands the result to runtime/diff.h and
 * turns --fail-on-change and --expect into the exit status.  Exit status:
 * 0 ok (no change, or exactly the expected ones), 1 changes found with
 * --fail-on-change or changes that differ from --expect, 2 usage, 3 policy
 * error or policies that do not share their input, 4 data error (the
 * expect file included), 5 runtime error.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../runtime/alloc.h"
#include "../runtime/diff.h"
#include "cli.h"
#include "cmd_compare.h"

typedef struct DiffArgs {
    char *policies[2];         /* OLD, NEW */
    size_t n_policies;
    RunBinding *data;          /* --data (xmalloc'ed) */
    char **names;              /* their NAMEs (xmalloc'ed) */
    size_t n_data;
    const char *format;        /* --format text|md|csv|jsonl */
    const char *by;            /* --by FIELD, "-" for none, NULL: default */
    const char *expect;        /* --expect FILE or NULL */
    bool fail_on_change;       /* --fail-on-change */
    const char *on;            /* --on DATE or NULL */
    const char *delimiter;     /* --delimiter or NULL */
    bool strict;               /* --strict */
    size_t max_rows;           /* --max-rows (default 50; 0: all) */
} DiffArgs;

static void args_free(DiffArgs *a)
{
    for (size_t k = 0; k < a->n_data; k++) xfree(a->names[k]);
    xfree(a->names);
    xfree(a->data);
}

static int parse_args(int argc, char **argv, DiffArgs *a)
{
    memset(a, 0, sizeof *a);
    a->format = "text";
    a->max_rows = 50;
    a->data = xcalloc((size_t)argc, sizeof *a->data);
    a->names = xcalloc((size_t)argc, sizeof *a->names);
    for (int i = 1; i < argc; i++) {
        const char *v = NULL;
        int r, status = 0;
        if (cmp_data_option(argc, argv, &i, a->data, a->names, &a->n_data, &status)) {
            if (status) return status;
        } else if ((r = cli_option(argc, argv, &i, "--format", &v))) {
            if (r < 0) return cli_usage_error(argv[0], "--format needs text, md, csv or jsonl");
            if (strcmp(v, "text") != 0 && strcmp(v, "md") != 0 && strcmp(v, "csv") != 0 && strcmp(v, "jsonl") != 0)
                return cli_usage_error(argv[0], "--format '%s': use text, md, csv or jsonl", v);
            a->format = v;
        } else if ((r = cli_option(argc, argv, &i, "--by", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--by needs a field of the input (or '-': none)");
            a->by = v;
        } else if ((r = cli_option(argc, argv, &i, "--expect", &v))) {
            if (r < 0 || !*v) return cli_usage_error(argv[0], "--expect needs a file");
            a->expect = v;
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
        } else if (strcmp(argv[i], "--fail-on-change") == 0) {
            a->fail_on_change = true;
        } else if (strcmp(argv[i], "--strict") == 0) {
            a->strict = true;
        } else if (argv[i][0] == '-' && argv[i][1]) {
            return cli_usage_error(argv[0], "unknown option '%s'", argv[i]);
        } else if (a->n_policies == 2) {
            return cli_usage_error(argv[0], "two policies, OLD and NEW: unexpected '%s'", argv[i]);
        } else {
            a->policies[a->n_policies++] = argv[i];
        }
    }
    if (a->n_policies < 2) return cli_usage_error(argv[0], "give two policies: OLD and NEW");
    if (a->n_data == 0) return cli_usage_error(argv[0], "no data: give --data NAME=FILE for the input");
    return 0;
}

/* The --by field: its index, -1 for none; -2 after a usage error. */
static int32_t by_field(const char *cmd, const Compare *c, const char *by)
{
    const Policy *p = c->pols[0].policy;
    const Schema *s = &p->datasets[p->input].schema;
    const char *want = by ? by : "gemeente";
    if (by && strcmp(by, "-") == 0) return -1;
    for (size_t f = 0; f < s->n; f++)
        if (strcmp(s->fields[f].name, want) == 0) return (int32_t)f;
    if (!by) return -1;
    char list[1024];
    size_t used = 0;
    list[0] = '\0';
    for (size_t f = 0; f < s->n && used < sizeof list; f++)
        used += (size_t)snprintf(list + used, sizeof list - used, "%s%s", f ? ", " : "", s->fields[f].name);
    cli_usage_error(cmd, "--by %s: input '%s' has no such field (it has: %s)", by, s->name, list);
    return -2;
}

/* 'grip diff' (commands.h): 'argv[0]' is "diff"; returns the exit status. */
int cmd_diff(int argc, char **argv)
{
    DiffArgs a;
    int status = parse_args(argc, argv, &a);
    if (status) {
        args_free(&a);
        return status;
    }
    CmpPolicies cp;
    status = cmp_load(argv[0], a.policies, 2, false, a.on, &cp);
    if (status) {
        cmp_free(&cp);
        args_free(&a);
        return status;
    }
    Compare c;
    compare_init(&c, cp.pols, cp.paths, NULL, 2, NULL);
    status = cmp_check(argv[0], &cp, &c);
    int32_t by = -1;
    if (!status && (by = by_field(argv[0], &c, a.by)) == -2) status = EXIT_USAGE;
    if (!status) {
        RunOptions opt = {0};
        opt.data = a.data;
        opt.n_data = a.n_data;
        opt.delimiter = a.delimiter ? a.delimiter[0] : 0;
        opt.strict = a.strict;
        opt.format = WRITER_CSV;
        RunResult res;
        run_result_init(&res);
        RunStatus st = compare_run(&c, &opt, NULL, &res);
        status = cmp_report(argv[0], &cp, &c, st, &res);
        run_result_free(&res);
    }
    if (!status) {
        Diff d;
        diff_init(&d, &c, by);
        DiffFormat f = strcmp(a.format, "md") == 0      ? DIFF_MD
                       : strcmp(a.format, "csv") == 0   ? DIFF_CSV
                       : strcmp(a.format, "jsonl") == 0 ? DIFF_JSONL
                                                        : DIFF_TEXT;
        diff_write(&d, f, a.max_rows, stdout);
        fflush(stdout);
        if (f == DIFF_CSV || f == DIFF_JSONL) diff_write_summary(&d, stderr);
        if (a.expect) {
            char err[1024];
            int r = diff_expect(&d, a.expect, stderr, err, sizeof err);
            if (r < 0) {
                fprintf(stderr, "%s\n", err);
                status = EXIT_DATA;
            } else if (r > 0) {
                fprintf(stderr, "grip diff: the changes differ from '%s'\n", a.expect);
                status = EXIT_FAIL;
            }
        }
        if (!status && a.fail_on_change && c.n_differ) {
            fprintf(stderr, "grip diff: %zu row%s change%s (--fail-on-change)\n", c.n_differ,
                    c.n_differ == 1 ? "" : "s", c.n_differ == 1 ? "s" : "");
            status = EXIT_FAIL;
        }
        diff_free(&d);
    }
    compare_free(&c);
    cmp_free(&cp);
    args_free(&a);
    return status;
}
