/* SPDX-License-Identifier: MIT
 * cli.h - helpers shared by the subcommands in cli/ (option parsing, usage).
 */
#ifndef GRIP_CLI_CLI_H
#define GRIP_CLI_CLI_H

#include "commands.h"

#define GRIP_VERSION "0.1.0"

/* Exit codes (docs/cli.md). */
enum {
    EXIT_OK = 0,        /* success */
    EXIT_FAIL = 1,      /* tests failed, or a diff found changes */
    EXIT_USAGE = 2,     /* bad command line */
    EXIT_POLICY = 3,    /* policy error: syntax or type */
    EXIT_DATA = 4,      /* data error: a dataset could not be read */
    EXIT_RUNTIME = 5    /* runtime error while evaluating */
};

/* Prints "grip CMD: MESSAGE" and the command's usage line on stderr;
 * returns EXIT_USAGE. */
int cli_usage_error(const char *cmd, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;

/* Prints the usage text of command 'name' to stdout; returns 0, or 2 when
 * there is no such command. */
int cli_print_usage(const char *name);

/* Option matching for "--name VALUE" and "--name=VALUE".  If argv[*i] is the
 * option 'name', stores its value in *value (advancing *i past a separate
 * value) and returns 1; returns -1 when the value is missing; 0 otherwise. */
int cli_option(int argc, char **argv, int *i, const char *name, const char **value);

#endif
