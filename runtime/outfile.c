/* SPDX-License-Identifier: MIT
 * outfile.c - output files written whole or not at all (see outfile.h).
 */
#include "outfile.h"
#include "alloc.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void release(OutFile *o)
{
    xfree(o->path);
    xfree(o->tmp);
    o->path = o->tmp = NULL;
    o->fp = NULL;
}

bool outfile_open(OutFile *o, const char *path, char *err, size_t errcap)
{
    o->path = o->tmp = NULL;
    o->fp = NULL;
    if (strcmp(path, "-") == 0) {
        o->fp = stdout;
        return true;
    }
    /* A device or pipe (/dev/null, /dev/stdout, a FIFO) is written directly:
     * renaming a temporary file over it would replace the device itself. */
    struct stat st;
    if (stat(path, &st) == 0 && !S_ISREG(st.st_mode) && !S_ISDIR(st.st_mode)) {
        o->fp = fopen(path, "wb");
        if (!o->fp) {
            snprintf(err, errcap, "cannot open '%s': %s", path, strerror(errno));
            return false;
        }
        o->path = xstrdup(path); /* tmp stays NULL: commit closes, no rename */
        return true;
    }
    size_t len = strlen(path) + 32;
    o->path = xstrdup(path);
    o->tmp = xmalloc(len);
    snprintf(o->tmp, len, "%s.tmp.%ld", path, (long)getpid());
    o->fp = fopen(o->tmp, "wb");
    if (!o->fp) {
        snprintf(err, errcap, "cannot create '%s': %s", path, strerror(errno));
        release(o);
        return false;
    }
    return true;
}

bool outfile_commit(OutFile *o, char *err, size_t errcap)
{
    if (!o->fp) {
        snprintf(err, errcap, "output file is not open");
        return false;
    }
    if (!o->tmp) { /* stdout, or a device/pipe written directly */
        bool ok = fflush(o->fp) == 0 && !ferror(o->fp);
        if (!ok) snprintf(err, errcap, "cannot write to %s: %s", o->path ? o->path : "standard output",
                          strerror(errno));
        if (o->fp != stdout && fclose(o->fp) != 0 && ok) {
            ok = false;
            snprintf(err, errcap, "cannot write to %s: %s", o->path, strerror(errno));
        }
        release(o);
        return ok;
    }
    bool ok = !ferror(o->fp);
    int saved = errno;
    if (fclose(o->fp) != 0) {
        ok = false;
        saved = errno;
    }
    o->fp = NULL;
    if (ok && rename(o->tmp, o->path) != 0) {
        ok = false;
        saved = errno;
    }
    if (!ok) {
        snprintf(err, errcap, "cannot write '%s': %s", o->path, strerror(saved));
        remove(o->tmp);
    }
    release(o);
    return ok;
}

void outfile_abort(OutFile *o)
{
    if (o->fp && o->tmp) {
        fclose(o->fp);
        remove(o->tmp);
    } else if (o->fp && o->fp != stdout) {
        fclose(o->fp); /* a device or pipe: nothing to remove */
    }
    release(o);
}
