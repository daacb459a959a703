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
    X(version, cmd_version, "print grip's version", \
      "usage: grip version\n\nPrints grip's version, as 'grip --version' does.\n")

#define X(name, fn, summary, usage) int fn(int argc, char **argv);
GRIP_COMMANDS(X)
#undef X

#endif
