/* SPDX-License-Identifier: MIT
 * stdlib_files.c - lookup of the embedded standard library (see stdlib_files.h).
 */
#include "stdlib_files.h"

#include <string.h>

#include "stdlib.inc"

const StdlibFile *stdlib_find(const char *module)
{
    for (const StdlibFile *f = stdlib_files; f->module; f++)
        if (strcmp(f->module, module) == 0) return f;
    return NULL;
}

const StdlibFile *stdlib_all(void)
{
    return stdlib_files;
}
