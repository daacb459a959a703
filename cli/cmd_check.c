/* SPDX-License-Identifier: MIT
 * cmd_check.c - 'grip check [--dump-ast] [--syntax] FILE...': load each
 * policy with its modules, check it, print every diagnostic on stderr.
 *
 * Exit 0 with no output when every file is clean; 3 when any file has an
 * error (a file that cannot be read counts as a policy error, docs/cli.md);
 * 2 for a bad command line.  With --dump-ast the tree of each clean file
 * and its modules is printed on stdout (for tests and for the curious);
 * --syntax checks only the syntax and module structure, not names and
 * types (for fragments, such as the examples in the documentation).
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lang/lang.h"

/* 'grip check' (commands.h): 'argv[0]' is "check"; returns the exit
 * status (0 clean, 2 usage, 3 an error in any file). */
int cmd_check(int argc, char **argv)
{
    int dump = 0, syntax = 0, n_files = 0;
    for (int i = 1; i < argc; i++) {
        if (strcmp(argv[i], "--dump-ast") == 0) dump = 1;
        else if (strcmp(argv[i], "--syntax") == 0) syntax = 1;
        else if (strcmp(argv[i], "--") == 0) break;
        else if (argv[i][0] == '-' && argv[i][1]) return cli_usage_error(argv[0], "unknown option '%s'", argv[i]);
        else n_files++;
    }
    for (int i = 1; i < argc; i++)
        if (strcmp(argv[i], "--") == 0) n_files += argc - i - 1;
    if (n_files == 0) return cli_usage_error(argv[0], "no policy file given");

    LangOptions opt = {getenv("GRIP_PATH"), syntax};
    int status = EXIT_OK, options_done = 0;
    for (int i = 1; i < argc; i++) {
        if (!options_done && strcmp(argv[i], "--") == 0) {
            options_done = 1;
            continue;
        }
        if (!options_done && argv[i][0] == '-' && argv[i][1]) continue;
        Program *p = lang_new();
        Diag d;
        diag_init(&d, lang_sources(p));
        if (lang_load(p, argv[i], &opt, &d)) lang_check(p, &d);
        diag_render(&d, stderr);
        if (diag_errors(&d)) status = EXIT_POLICY;
        else if (dump) lang_dump(p, stdout);
        diag_free(&d);
        lang_free(p);
    }
    return status;
}
