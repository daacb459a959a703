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
    X(doc, cmd_doc, "the policy as a readable document (HTML or Markdown)", \
      "usage: grip doc POLICY [--html FILE] [--lang nl|en]\n\n" \
      "Writes the policy as a document for readers who do not read grip: each\n" \
      "decision with its rules in order (article, explanation, the conditions\n" \
      "in words), parameters with their history, definitions, tables, budgets,\n" \
      "inputs, types and the tests as examples.  For a policy that extends\n" \
      "another, inherited declarations are marked and changes highlighted.\n\n" \
      "  --html FILE   write one self-contained HTML page to FILE (written whole\n" \
      "                or not at all; '-' is stdout); without it, Markdown on stdout\n" \
      "  --lang nl|en  the language of the whole document; by default the page is\n" \
      "                Dutch and each rule is phrased in the language of its file\n\n" \
      "Exit status: 0 written, 3 an error in the policy (nothing written),\n" \
      "2 bad usage or an output file that cannot be written.\n") \
    X(fmt, cmd_fmt, "rewrite policies in the canonical layout", \
      "usage: grip fmt [--check | --stdout] FILE|DIR...\n" \
      "       grip fmt -\n\n" \
      "Rewrites each policy in grip's one canonical layout (docs/language.md,\n" \
      "'Layout'); a folder stands for every .grip file under it.  A file is\n" \
      "rewritten whole, and only when its layout changes; a file with a\n" \
      "syntax error is left as it was.  '-' formats standard input to\n" \
      "standard output.  Comments, doc strings, literals as written and the\n" \
      "file's keyword language are kept.\n\n" \
      "  --check    change nothing; list the files that are not formatted\n" \
      "  --stdout   print the formatted text instead of rewriting the files\n\n" \
      "Exit status: 0 done (with --check: every file is formatted), 1 with\n" \
      "--check: some file is not, 2 bad usage, 3 a file that cannot be read,\n" \
      "has an error or cannot be written.\n") \
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
      "                       --out: FILE.receipt.json next to it)\n" \
      "  --threads N          decide and write rows on N threads (default: one\n" \
      "                       per processor; the output is the same)\n\n" \
      "A summary goes to stderr.  Exit status: 0 ok, 2 usage, 3 an error in\n" \
      "the policy, 4 a data error, 5 a runtime error (nothing is written).\n") \
    X(version, cmd_version, "print grip's version", \
      "usage: grip version\n\nPrints grip's version, as 'grip --version' does.\n")

#define X(name, fn, summary, usage) int fn(int argc, char **argv);
GRIP_COMMANDS(X)
#undef X

#endif
