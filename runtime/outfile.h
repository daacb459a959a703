/* SPDX-License-Identifier: MIT
 * outfile.h - output files written whole or not at all.
 *
 * An OutFile writes to "PATH.tmp.PID" in the same folder and renames it over
 * PATH on outfile_commit, so a reader never sees a partial file and an error
 * mid-run (outfile_abort, or the process dying) leaves PATH as it was.  The
 * path "-" means standard output, written directly, and so is an existing
 * path that is not a regular file (/dev/null, a FIFO): renaming over it
 * would replace the device.
 */
#ifndef GRIP_RUNTIME_OUTFILE_H
#define GRIP_RUNTIME_OUTFILE_H

#include <stdbool.h>
#include <stdio.h>

typedef struct OutFile {
    char *path;   /* final path (xmalloc'ed), or NULL for stdout */
    char *tmp;    /* temporary path being written (xmalloc'ed), or NULL */
    FILE *fp;     /* open stream: the temporary file or stdout */
} OutFile;

/* Opens 'path' ("-" = stdout) for writing through a temporary file.  On
 * failure returns false and puts the reason ("cannot create 'x.tmp.12': No
 * such file or directory") in 'err' (of 'errcap' bytes). */
bool outfile_open(OutFile *o, const char *path, char *err, size_t errcap);
/* Flushes and closes the temporary file and renames it to the final path.
 * On failure (disk full, ...) removes the temporary file, returns false and
 * explains in 'err'.  Always releases 'o'. */
bool outfile_commit(OutFile *o, char *err, size_t errcap);
/* Closes and removes the temporary file; the final path is untouched.
 * Safe on an OutFile that was never opened or already released. */
void outfile_abort(OutFile *o);

#endif
