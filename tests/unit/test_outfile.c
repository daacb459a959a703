/* SPDX-License-Identifier: MIT
 * test_outfile.c - unit tests for runtime/outfile.c: whole or nothing.
 */
#include "harness.h"
#include "../../runtime/outfile.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static int exists(const char *p) { return access(p, F_OK) == 0; }

static void test_commit_and_abort(void)
{
    char dir[] = "/tmp/grip-outfile-XXXXXX";
    CHECK(mkdtemp(dir) != NULL);
    char path[256], err[256];
    snprintf(path, sizeof path, "%s/out.csv", dir);
    OutFile o;
    CHECK(outfile_open(&o, path, err, sizeof err));
    fputs("a,b\n", o.fp);
    CHECK(!exists(path));               /* nothing visible before commit */
    CHECK(outfile_commit(&o, err, sizeof err));
    CHECK(exists(path));
    CHECK(outfile_open(&o, path, err, sizeof err));
    fputs("partial", o.fp);
    outfile_abort(&o);
    FILE *f = fopen(path, "r");
    char buf[16] = {0};
    CHECK(f && fgets(buf, sizeof buf, f));
    CHECK_EQ_STR(buf, "a,b\n");         /* the old file survives an abort */
    if (f) fclose(f);
    remove(path);
    char bad[300];
    snprintf(bad, sizeof bad, "%s/no/such/dir/x.csv", dir);
    CHECK(!outfile_open(&o, bad, err, sizeof err));
    CHECK(strstr(err, "cannot create") != NULL);
    rmdir(dir);
}

/* Regression: --out /dev/null once renamed a temporary file over the
 * device, leaving /dev/null a regular file for every later program. */
static void test_device_written_directly(void)
{
    struct stat st;
    OutFile o;
    char err[256];
    CHECK(outfile_open(&o, "/dev/null", err, sizeof err));
    fputs("discarded", o.fp);
    CHECK(outfile_commit(&o, err, sizeof err));
    CHECK(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
    CHECK(outfile_open(&o, "/dev/null", err, sizeof err));
    outfile_abort(&o);
    CHECK(stat("/dev/null", &st) == 0 && S_ISCHR(st.st_mode));
    /* a folder goes the temporary-file way and fails at the rename */
    CHECK(outfile_open(&o, "/tmp", err, sizeof err));
    CHECK(!outfile_commit(&o, err, sizeof err));
    CHECK(strstr(err, "cannot write '/tmp'") != NULL);
}

TEST_MAIN(RUN(test_commit_and_abort); RUN(test_device_written_directly);)
