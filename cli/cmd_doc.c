/* SPDX-License-Identifier: MIT
 * cmd_doc.c - 'grip doc POLICY [--html FILE] [--lang nl|en]': the policy
 * as a readable document (lang/doc.h).
 *
 * Loads and checks the policy like 'grip check'; a policy error prints the
 * diagnostics and exits 3 without writing anything.  With --html the page
 * is written to FILE whole or not at all (runtime/outfile.h; "-" is
 * stdout); without it Markdown goes to stdout.  A file that cannot be
 * written exits 2, like a bad command line: nothing was produced.
 */
#include "cli.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../lang/doc.h"
#include "../lang/lang.h"
#include "../runtime/outfile.h"

/* 'grip doc' (commands.h): 'argv[0]' is "doc"; returns the exit status
 * (0 written, 2 usage or output file, 3 policy error). */
int cmd_doc(int argc, char **argv)
{
    const char *policy = NULL, *html = NULL, *lang = NULL;
    int options_done = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i], *v = NULL;
        int r;
        if (!options_done && strcmp(a, "--") == 0) {
            options_done = 1;
            continue;
        }
        if (!options_done && (r = cli_option(argc, argv, &i, "--html", &v)) != 0) {
            if (r < 0 || !v[0]) return cli_usage_error(argv[0], "--html needs a file name");
            html = v;
            continue;
        }
        if (!options_done && (r = cli_option(argc, argv, &i, "--lang", &v)) != 0) {
            if (r < 0) return cli_usage_error(argv[0], "--lang needs 'nl' or 'en'");
            if (strcmp(v, "nl") != 0 && strcmp(v, "en") != 0)
                return cli_usage_error(argv[0], "unknown language '%s': use 'nl' or 'en'", v);
            lang = v;
            continue;
        }
        if (!options_done && a[0] == '-' && a[1]) return cli_usage_error(argv[0], "unknown option '%s'", a);
        if (policy) return cli_usage_error(argv[0], "one policy at a time: unexpected '%s'", a);
        policy = a;
    }
    if (!policy) return cli_usage_error(argv[0], "no policy file given");

    DocOptions opt = {html ? DOC_HTML : DOC_MARKDOWN,
                      !lang ? DOC_LANG_DEFAULT : strcmp(lang, "en") == 0 ? DOC_LANG_EN : DOC_LANG_NL};
    LangOptions lopt = {.grip_path = getenv("GRIP_PATH")};
    Program *p = lang_new();
    Diag d;
    diag_init(&d, lang_sources(p));
    if (lang_load(p, policy, &lopt, &d)) lang_check(p, &d);
    diag_render(&d, stderr);
    int status = diag_errors(&d) ? EXIT_POLICY : EXIT_OK;
    diag_free(&d);
    if (status == EXIT_OK) {
        char err[512];
        OutFile out;
        if (!outfile_open(&out, html ? html : "-", err, sizeof err)) {
            fprintf(stderr, "grip doc: %s\n", err);
            status = EXIT_USAGE;
        } else if (!doc_write(p, &opt, out.fp)) {
            outfile_abort(&out);
            fprintf(stderr, "grip doc: internal error: the page came out malformed\n");
            status = 70;
        } else if (!outfile_commit(&out, err, sizeof err)) {
            fprintf(stderr, "grip doc: %s\n", err);
            status = EXIT_USAGE;
        }
    }
    lang_free(p);
    return status;
}
