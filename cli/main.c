/* SPDX-License-Identifier: MIT
 * main.c - the grip command: global options and dispatch to the subcommands
 * listed in commands.h.  Everything a command does lives in cli/cmd_*.c.
 */
#include "cli.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

typedef struct Command {
    const char *name;                  /* as typed after 'grip' */
    int (*run)(int argc, char **argv); /* the command; argv[0] is its name */
    const char *summary;               /* one line for 'grip --help' */
    const char *usage;                 /* full text for 'grip help NAME' */
} Command;

static const Command commands[] = {
#define X(name, fn, summary, usage) {#name, fn, summary, usage},
    GRIP_COMMANDS(X)
#undef X
};
#define N_COMMANDS (sizeof commands / sizeof commands[0])

static const Command *find_command(const char *name)
{
    for (size_t k = 0; k < N_COMMANDS; k++)
        if (strcmp(commands[k].name, name) == 0) return &commands[k];
    return NULL;
}

static void print_help(FILE *out)
{
    fputs("grip - rules for youth-care eligibility and budgets, exact and explainable\n\n"
          "usage: grip COMMAND [ARGS...]\n"
          "       grip help COMMAND\n"
          "       grip --help | --version\n\n"
          "commands:\n", out);
    for (size_t k = 0; k < N_COMMANDS; k++)
        fprintf(out, "  %-10s %s\n", commands[k].name, commands[k].summary);
    fputs("\nexit codes: 0 ok, 1 tests failed or changes found, 2 usage,\n"
          "            3 policy error, 4 data error, 5 runtime error\n"
          "docs: docs/cli.md (commands), docs/language.md (the language)\n", out);
}

int cli_usage_error(const char *cmd, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "grip%s%s: ", cmd ? " " : "", cmd ? cmd : "");
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    const Command *c = cmd ? find_command(cmd) : NULL;
    if (c) {
        const char *nl = strchr(c->usage, '\n');
        fprintf(stderr, "%.*s\n", (int)(nl ? nl - c->usage : (long)strlen(c->usage)), c->usage);
        fprintf(stderr, "run 'grip help %s' for details\n", c->name);
    } else {
        fputs("run 'grip --help' for the commands\n", stderr);
    }
    return EXIT_USAGE;
}

int cli_print_usage(const char *name)
{
    const Command *c = find_command(name);
    if (!c) return cli_usage_error(NULL, "unknown command '%s'", name);
    fputs(c->usage, stdout);
    return EXIT_OK;
}

int cli_option(int argc, char **argv, int *i, const char *name, const char **value)
{
    const char *a = argv[*i];
    size_t n = strlen(name);
    if (strncmp(a, name, n) != 0) return 0;
    if (a[n] == '=') {
        *value = a + n + 1;
        return 1;
    }
    if (a[n] != '\0') return 0;
    if (*i + 1 >= argc) return -1;
    *i += 1;
    *value = argv[*i];
    return 1;
}

int cmd_version(int argc, char **argv)
{
    if (argc > 1) return cli_usage_error(argv[0], "unexpected argument '%s'", argv[1]);
    printf("grip %s\n", GRIP_VERSION);
    return EXIT_OK;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        print_help(stderr);
        return EXIT_USAGE;
    }
    const char *a = argv[1];
    if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
        print_help(stdout);
        return EXIT_OK;
    }
    if (strcmp(a, "--version") == 0 || strcmp(a, "-V") == 0) return cmd_version(1, argv + 1);
    if (strcmp(a, "help") == 0) {
        if (argc == 2) {
            print_help(stdout);
            return EXIT_OK;
        }
        if (argc > 3) return cli_usage_error("help", "unexpected argument '%s'", argv[3]);
        return cli_print_usage(argv[2]);
    }
    if (a[0] == '-') return cli_usage_error(NULL, "unknown option '%s'", a);
    const Command *c = find_command(a);
    if (!c) return cli_usage_error(NULL, "unknown command '%s'", a);
    return c->run(argc - 1, argv + 1);
}
