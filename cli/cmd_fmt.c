/* SPDX-License-Identifier: MIT
 * cmd_fmt.c - 'grip fmt [--check | --stdout] FILE|DIR...': rewrite policy
 * files in the canonical layout (lang/fmt.h, docs/cli.md).
 *
 * Each file is formatted on its own (its modules are not read).  A folder
 * stands for every *.grip file under it, recursively, in name order
 * (hidden entries and symbolic links to folders are skipped).  A file is
 * rewritten only when its layout changes, through a temporary file renamed
 * over it (runtime/outfile.h), keeping its permissions; a symbolic link is
 * followed and its target rewritten.  A file with a syntax error is never
 * touched.  Exit status: the worst of the files' (0 done; 1 with --check,
 * not formatted; 3 unreadable, syntax error or not writable; 70 internal).
 */
#define _XOPEN_SOURCE 700 /* realpath */
#include "cli.h"

#include <dirent.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../lang/fmt.h"
#include "../lang/lang.h"
#include "../runtime/alloc.h"
#include "../runtime/outfile.h"

enum { EXIT_INTERNAL = 70 };

typedef enum FmtMode {
    MODE_WRITE,  /* rewrite the files that change */
    MODE_CHECK,  /* list the files that would change */
    MODE_STDOUT  /* print every file's canonical text */
} FmtMode;

typedef struct Names {
    char **v;   /* xmalloc'ed strings */
    size_t n;   /* used */
    size_t cap; /* allocated */
} Names;

static void names_add(Names *ns, char *s)
{
    ns->v = xgrow(ns->v, &ns->cap, ns->n + 1, sizeof *ns->v);
    ns->v[ns->n++] = s;
}

static void names_free(Names *ns)
{
    for (size_t k = 0; k < ns->n; k++) xfree(ns->v[k]);
    xfree(ns->v);
}

static int cmp_name(const void *a, const void *b)
{
    return strcmp(*(char *const *)a, *(char *const *)b);
}

static int is_grip(const char *name)
{
    size_t n = strlen(name);
    return n > 5 && strcmp(name + n - 5, ".grip") == 0;
}

/* Adds every *.grip file under folder 'dir' to 'files', in name order.
 * A folder that cannot be listed is added itself, so that formatting it
 * reports why. */
static void collect(Names *files, const char *dir)
{
    DIR *d = opendir(dir);
    if (!d) {
        names_add(files, xstrdup(dir));
        return;
    }
    Names entries = {0};
    struct dirent *e;
    while ((e = readdir(d)) != NULL)
        if (e->d_name[0] != '.') names_add(&entries, xstrdup(e->d_name));
    closedir(d);
    if (entries.n) qsort(entries.v, entries.n, sizeof *entries.v, cmp_name);
    size_t dl = strlen(dir);
    for (size_t k = 0; k < entries.n; k++) {
        size_t len = dl + strlen(entries.v[k]) + 2;
        char *path = xmalloc(len);
        snprintf(path, len, "%s%s%s", dir, dl && dir[dl - 1] == '/' ? "" : "/", entries.v[k]);
        struct stat st;
        if (lstat(path, &st) == 0 && S_ISDIR(st.st_mode)) {
            collect(files, path);
            xfree(path);
        } else if (is_grip(entries.v[k]) && stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
            names_add(files, path);
        } else {
            xfree(path);
        }
    }
    names_free(&entries);
}

/* Replaces the file at 'path' (or the target of a symbolic link there) by
 * the 'n' bytes at 'text', keeping its permissions.  Returns the exit
 * status. */
static int rewrite(const char *path, const char *text, size_t n)
{
    char real[PATH_MAX];
    struct stat st;
    const char *target = path;
    if (lstat(path, &st) == 0 && S_ISLNK(st.st_mode) && realpath(path, real)) target = real;
    int have_mode = stat(target, &st) == 0;
    OutFile o;
    char err[PATH_MAX + 128];
    if (!outfile_open(&o, target, err, sizeof err)) {
        fprintf(stderr, "error: %s\n", err);
        return EXIT_POLICY;
    }
    if (have_mode) fchmod(fileno(o.fp), st.st_mode & 07777);
    fwrite(text, 1, n, o.fp);
    if (!outfile_commit(&o, err, sizeof err)) {
        fprintf(stderr, "error: %s\n", err);
        return EXIT_POLICY;
    }
    return EXIT_OK;
}

/* Formats one file ("-": standard input to standard output) in 'mode';
 * returns its exit status. */
static int fmt_one(const char *path, FmtMode mode)
{
    Program *p = lang_new();
    Diag d;
    diag_init(&d, lang_sources(p));
    char *out;
    size_t n;
    int changed, status = EXIT_OK;
    FormatStatus s = format_file(p, path, &d, &out, &n, &changed);
    diag_render(&d, stderr);
    if (s == FORMAT_ERROR) {
        status = EXIT_POLICY;
    } else if (s == FORMAT_UNSAFE) {
        status = EXIT_INTERNAL;
    } else if (mode == MODE_CHECK) {
        if (changed) {
            printf("%s\n", strcmp(path, "-") == 0 ? "<stdin>" : path);
            status = EXIT_FAIL;
        }
    } else if (mode == MODE_STDOUT || strcmp(path, "-") == 0) {
        fwrite(out, 1, n, stdout);
    } else if (changed) {
        status = rewrite(path, out, n);
    }
    xfree(out);
    diag_free(&d);
    lang_free(p);
    return status;
}

/* 'grip fmt' (commands.h): 'argv[0]' is "fmt"; returns the exit status. */
int cmd_fmt(int argc, char **argv)
{
    FmtMode mode = MODE_WRITE;
    int options_done = 0, n_args = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (options_done || a[0] != '-' || strcmp(a, "-") == 0) {
            n_args++;
        } else if (strcmp(a, "--") == 0) {
            options_done = 1;
        } else if (strcmp(a, "--check") == 0 || strcmp(a, "--stdout") == 0) {
            FmtMode m = a[2] == 'c' ? MODE_CHECK : MODE_STDOUT;
            if (mode != MODE_WRITE && mode != m)
                return cli_usage_error(argv[0], "--check and --stdout exclude each other");
            mode = m;
        } else {
            return cli_usage_error(argv[0], "unknown option '%s'", a);
        }
    }
    if (n_args == 0) return cli_usage_error(argv[0], "no policy file or folder given");

    Names files = {0};
    options_done = 0;
    for (int i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (!options_done && strcmp(a, "--") == 0) {
            options_done = 1;
            continue;
        }
        if (!options_done && a[0] == '-' && a[1]) continue;
        struct stat st;
        if (strcmp(a, "-") != 0 && stat(a, &st) == 0 && S_ISDIR(st.st_mode)) collect(&files, a);
        else names_add(&files, xstrdup(a));
    }
    int status = EXIT_OK;
    for (size_t k = 0; k < files.n; k++) {
        int s = fmt_one(files.v[k], mode);
        if (s > status) status = s;
    }
    fflush(stdout);
    names_free(&files);
    return status;
}
