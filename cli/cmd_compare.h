/* SPDX-License-Identifier: MIT
 * cmd_compare.h - what 'grip compare' and 'grip diff' share: loading
 * several policies, checking that they read the same rows, and printing
 * why a run failed (cli/cmd_compare.c).
 */
#ifndef GRIP_CLI_CMD_COMPARE_H
#define GRIP_CLI_CMD_COMPARE_H

#include <stdbool.h>
#include <stddef.h>

#include "../lang/lang.h"
#include "../runtime/compare.h"

/* The policies of one command, loaded, checked and lowered. */
typedef struct CmpPolicies {
    size_t n;                  /* how many */
    Program **progs;           /* per policy: its program (diagnostics' sources) */
    Policy **pols;             /* per policy: lowered */
    const char **paths;        /* per policy: its file (borrowed from argv) */
    const char **labels;       /* per policy: LABEL of LABEL=POLICY, or NULL */
    char **owned;              /* the labels' copies */
} CmpPolicies;

/* Loads, checks and lowers the 'n' policies named at 'specs' (each POLICY
 * or, with 'labels', LABEL=POLICY), printing diagnostics as 'grip check'
 * does; applies --on 'on' (may be NULL) to each.  Returns 0, or the exit
 * status (3 policy error, 2 a bad --on) after printing why. */
int cmp_load(const char *cmd, char **specs, size_t n, bool labels, const char *on, CmpPolicies *out);
/* Frees the policies and their programs. */
void cmp_free(CmpPolicies *cp);

/* Checks that the policies of 'c' read the same rows (compare_check) and
 * prints the difference as a diagnostic at the policy's declaration;
 * returns 0 or 3. */
int cmp_check(const char *cmd, const CmpPolicies *cp, const Compare *c);

/* Prints what a failed compare_run left in 'res' (data errors, the
 * runtime error as a diagnostic, the usage message) and returns the exit
 * status: 2, 4 or 5. */
int cmp_report(const char *cmd, const CmpPolicies *cp, const Compare *c, RunStatus st, const RunResult *res);

/* If argv[*i] is "--data NAME=FILE" (or "--data=NAME=FILE"), appends it to
 * 'data' and 'names' (room for argc entries; '*n' grows) and returns 1;
 * when it is malformed, prints the usage error, sets '*status' to 2 and
 * returns 1.  Returns 0 for any other argument. */
int cmp_data_option(int argc, char **argv, int *i, RunBinding *data, char **names, size_t *n, int *status);

/* Parses a count such as --max-rows' ("0".."999999999"); false otherwise. */
bool cmp_parse_count(const char *s, size_t *out);

#endif
