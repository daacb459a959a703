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
    X(compare, cmd_compare, "several rule sets on the same data, side by side", \
      "usage: grip compare [LABEL=]POLICY... --data NAME=FILE... [options]\n\n" \
      "Runs every policy on the same data and shows, per policy, the requests,\n" \
      "the count and share of each outcome of its first decision, the amount\n" \
      "granted and per grant, the budget ceilings that ran out and when; then\n" \
      "the rows whose outcome differs, with the rule that decided in each.\n" \
      "The policies must declare the same input (fields and types).\n\n" \
      "  --data NAME=FILE      the CSV file of the input or table NAME (repeat)\n" \
      "  --own FIELD           each policy decides only the rows whose FIELD names\n" \
      "                        it (Hoeksche Waard: hoeksche_waard.grip); a policy\n" \
      "                        no row names decides every row\n" \
      "  --format text|csv|md  the table on stdout (default text; csv: the table\n" \
      "                        per policy only)\n" \
      "  --html FILE           also write one self-contained page with charts\n" \
      "                        ('-': the page on stdout instead of the table)\n" \
      "  --max-rows N          differing rows shown (default 50; 0: all)\n" \
      "  --out-dir DIR         write each policy's results to DIR/NAME.csv\n" \
      "  --on DATE             read every parameter and rule on DATE\n" \
      "  --delimiter ,|;       the data files' separator (default: detected)\n" \
      "  --strict              a column no policy declares is an error\n\n" \
      "LABEL=POLICY names a policy in the output (default: its file name).\n" \
      "Exit status: 0 ok, 2 usage, 3 an error in a policy or policies that do\n" \
      "not share their input, 4 a data error, 5 a runtime error.\n") \
    X(diff, cmd_diff, "the rows whose outcome changes between two versions", \
      "usage: grip diff OLD NEW --data NAME=FILE... [options]\n\n" \
      "Runs two versions of a policy on the same data and lists the rows whose\n" \
      "outcome changes (id, old and new outcome and amount, old and new deciding\n" \
      "rule), then the count per transition, the cost delta in total and per\n" \
      "group, and the rules that now decide the changed rows.\n\n" \
      "  --data NAME=FILE            the CSV file of the input or table NAME (repeat)\n" \
      "  --by FIELD                  group the cost delta by FIELD (default: gemeente\n" \
      "                              when the input has it; '-': no groups)\n" \
      "  --format text|md|csv|jsonl  text (default) or md for people; csv or jsonl:\n" \
      "                              every changed row, the summary on stderr\n" \
      "  --max-rows N                changed rows shown in text and md (default 50;\n" \
      "                              0: all)\n" \
      "  --fail-on-change            exit 1 when any row changes\n" \
      "  --expect FILE               exit 1 unless the changes are exactly those in\n" \
      "                              FILE (a CSV with id,old,new and optionally the\n" \
      "                              other columns of --format csv)\n" \
      "  --on DATE                   read every parameter and rule on DATE\n" \
      "  --delimiter ,|;             the data files' separator (default: detected)\n" \
      "  --strict                    a column no policy declares is an error\n\n" \
      "Exit status: 0 ok, 1 changes with --fail-on-change or other changes than\n" \
      "--expect lists, 2 usage, 3 an error in a policy or policies that do not\n" \
      "share their input, 4 a data error (also a malformed expect file), 5 a\n" \
      "runtime error.\n") \
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
    X(explain, cmd_explain, "why one row got its decisions (or not another outcome)", \
      "usage: grip explain POLICY --data NAME=FILE... --id ID [options]\n\n" \
      "Decides the row whose key is ID again and shows why: per decision the\n" \
      "rule that decided it (article, doc text), each rule tried before it and\n" \
      "why it did not apply, with the values of the names in its conditions,\n" \
      "the definitions, parameters (with the date their value took effect) and\n" \
      "ledger accounts used.  With budgets, the rows before it in date order\n" \
      "are decided first, so the ledgers are as the row saw them.\n\n" \
      "  --data NAME=FILE     the CSV file of the input or table NAME (repeat)\n" \
      "  --id ID              the row: its key (parts of a composite key\n" \
      "                       separated by ','); without a key, its number\n" \
      "  --why-not OUTCOME    why the row did not get OUTCOME (a case of the\n" \
      "                       decision, or DECISION.OUTCOME): the rules in its way\n" \
      "  --format text|json   an indented text (default) or one JSON object\n" \
      "  --set PARAM=VALUE    replace a parameter's history by one value\n" \
      "  --on DATE            read every parameter and rule on DATE\n" \
      "  --delimiter ,|;      the data files' separator (default: detected)\n\n" \
      "Exit status: 0 explained, 2 usage (also an unknown id or outcome),\n" \
      "3 an error in the policy, 4 a data error, 5 a runtime error.\n") \
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
    X(report, cmd_report, "compute a report, allocation or series", \
      "usage: grip report POLICY NAME [--data NAME=FILE]... [options]\n\n" \
      "Computes the report, allocation or series NAME of the policy and prints\n" \
      "it: a report groups the rows of the input (decided first, as 'grip run'\n" \
      "decides them) or of a table; an allocation splits a total over a table's\n" \
      "rows to the cent; a series computes its columns year by year.\n\n" \
      "  --data NAME=FILE     the CSV file of the input or table NAME (repeat)\n" \
      "  --format FORMAT      table (default: aligned, amounts as € 1.234,56),\n" \
      "                       md (Markdown), csv or jsonl\n" \
      "  --out FILE           write to FILE (default: stdout)\n" \
      "  --set PARAM=VALUE    replace a parameter's history by one value\n" \
      "  --on DATE            read parameters on DATE (not for a series: each\n" \
      "                       year reads them on 1 January of that year)\n" \
      "  --delimiter ,|;      the data files' separator (default: detected)\n" \
      "  --strict             a column the policy does not declare is an error\n\n" \
      "An unknown NAME lists the reports, allocations and series there are.\n" \
      "Exit status: 0 ok, 2 usage, 3 an error in the policy, 4 a data error,\n" \
      "5 a runtime error (nothing is written).\n") \
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
      "                       per processor; the output is the same)\n" \
      "  --coverage           after the summary, list the rules that decided no row\n\n" \
      "A summary goes to stderr.  Exit status: 0 ok, 2 usage, 3 an error in\n" \
      "the policy, 4 a data error, 5 a runtime error (nothing is written).\n") \
    X(test, cmd_test, "run the tests written in policies", \
      "usage: grip test [-v] [--tap] [--junit FILE] [--coverage] [PATH]...\n\n" \
      "Runs every 'test' block written in the policy files named (a folder\n" \
      "stands for every .grip file under it; no PATH: the current folder).\n" \
      "Prints each failure with the rule that decided and the values read,\n" \
      "then 'N passed, N failed'.\n\n" \
      "  -v, --verbose   also list the tests that pass\n" \
      "  --tap           print TAP version 13 instead\n" \
      "  --junit FILE    also write the results as JUnit XML to FILE\n" \
      "  --coverage      list the rules, 'unless' clauses, inline table rows\n" \
      "                  and budgets that no test exercised\n\n" \
      "Exit status: 0 every test passed, 1 a test failed, 3 a policy does not\n" \
      "check (its diagnostics on stderr), 2 bad usage.\n") \
    X(version, cmd_version, "print grip's version", \
      "usage: grip version\n\nPrints grip's version, as 'grip --version' does.\n")

#define X(name, fn, summary, usage) int fn(int argc, char **argv);
GRIP_COMMANDS(X)
#undef X

#endif
