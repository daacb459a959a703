/* SPDX-License-Identifier: MIT
 * commands.h - the table of grip's subcommands (X-macro, kept sorted by name).
 *
 * X(name, function, one-line summary, usage text for 'grip help NAME')
 * Each command lives in cli/cmd_<name>.c and returns the process exit code
 * (0 ok, 1 tests failed/changes found, 2 usage, 3 policy, 4 data, 5 runtime).
 * argv[0] is the command name.
 */
#ifndef GRIP_CLI_COMMANDS_H
#define GRIP_CLI_COMMANDS_H

#define GRIP_COMMANDS(X) \
    X(check, cmd_check, "parse and check policies", \
      "usage: grip check [--dump-ast] [--syntax] FILE...\n\n" \
      "Loads each policy with the modules it uses or extends and checks it.\n" \
      "Prints every error on stderr; prints nothing when all are clean.\n\n" \
      "  --dump-ast   print the syntax tree of each clean policy on stdout\n" \
      "  --syntax     check the syntax only, not names and types\n\n" \
      "Modules are looked up in the policy's folder, the standard library,\n" \
      "then each folder of GRIP_PATH (separated by ':').\n" \
      "Exit status: 0 clean, 3 an error in a policy (or one that cannot be\n" \
      "read), 2 bad usage.\n") \
    X(run, cmd_run, "decide every row of a dataset", \
      "usage: grip run POLICY --data NAME=FILE... [options]\n\n" \
      "Decides every row of the policy's input and writes one result row\n" \
      "per input row: the output declaration's columns, or the input's key\n" \
      "and per decision its outcome, payload and deciding rule.\n\n" \
      "  --data NAME=FILE     the CSV file of the input or table NAME (repeat)\n" \
      "  --out FILE           write the results to FILE (default: stdout)\n" \
      "  --format csv|jsonl   CSV (default) or JSON Lines\n" \
      "  --set PARAM=VALUE    replace a parameter's history by one value\n" \
      "  --on DATE            read every parameter and rule on DATE\n" \
      "  --delimiter ,|;      the data files' separator (default: detected)\n" \
      "  --strict             a column the policy does not declare is an error\n" \
      "  --ledger-out FILE    write the budget ledgers to FILE\n" \
      "  --receipt FILE       write the run's receipt to FILE (default with\n" \
      "                       --out: FILE.receipt.json next to it)\n\n" \
      "A summary goes to stderr.  Exit status: 0 ok, 2 usage, 3 an error in\n" \
      "the policy, 4 a data error, 5 a runtime error (nothing is written).\n") \
    X(version, cmd_version, "print grip's version", \
      "usage: grip version\n\nPrints grip's version, as 'grip --version' does.\n")

#define X(name, fn, summary, usage) int fn(int argc, char **argv);
GRIP_COMMANDS(X)
#undef X

#endif
