/* SPDX-License-Identifier: MIT
 * test_receipt.c - tests of runtime/receipt.c: the exact JSON of a full and
 * of an empty receipt (digests checked against sha256sum), ordering and
 * de-duplication, escaping, SOURCE_DATE_EPOCH, and every error path.
 * Writes its files under /tmp.
 */
#include "harness.h"
#include "../../runtime/alloc.h"
#include "../../runtime/receipt.h"

#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

/* printf 'abc' | sha256sum, and so on */
#define SHA_ABC "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
#define SHA_EMPTY "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
#define SHA_HELLO "5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03"
#define SHA_JEUGD "3d06177ef6efbd2ef7214e67b5c98ee6a002a5fbf2104b093a0491584f463b5b"

static char dir[64];
static char p_abc[128], p_empty[128], p_hello[128];

static void write_file(const char *path, const char *text)
{
    FILE *f = fopen(path, "wb");
    if (!f) return;
    fputs(text, f);
    fclose(f);
}

static char *slurp(const char *path)
{
    FILE *f = fopen(path, "rb");
    if (!f) return NULL;
    char *s = xmalloc(65536);
    size_t n = fread(s, 1, 65535, f);
    s[n] = '\0';
    fclose(f);
    return s;
}

/* The receipt of a run with everything in it. */
static Receipt *full(void)
{
    char err[256];
    Receipt *r = receipt_new("0.1.0");
    char a0[] = "grip", a1[] = "run", a3[] = "--data", a4[] = "Aanvraag=x.csv", a5[] = "--set",
         a6[] = "korting=3%";
    char *argv[] = {a0, a1, p_abc, a3, a4, a5, a6};
    receipt_set_command(r, 7, argv);
    CHECK(receipt_add_policy_file(r, p_abc, err, sizeof err));
    receipt_add_policy_text(r, "stdlib/jeugd.grip", "module jeugd\n", 13);
    CHECK(receipt_add_policy_file(r, p_abc, err, sizeof err)); /* again: listed once */
    CHECK(receipt_add_dataset(r, "Aanvraag", p_hello, 1000, err, sizeof err));
    CHECK(receipt_add_dataset(r, "plafonds", p_empty, 0, err, sizeof err));
    receipt_set_dated_by(r, "datum");
    receipt_add_setting(r, "korting", "3%");
    receipt_add_setting(r, "naam", "\"x\"");
    receipt_set_rows(r, 1000);
    receipt_add_outcome(r, "toegekend", 600);
    receipt_add_outcome(r, "afgewezen", 300);
    receipt_add_outcome(r, "toegekend", 10);
    receipt_add_outcome(r, "verwezen", 90);
    CHECK(receipt_add_output(r, p_hello, err, sizeof err));
    CHECK(receipt_add_output(r, "-", err, sizeof err));
    return r;
}

static void test_full(void)
{
    Receipt *r = full();
    char *got = receipt_json(r);
    char want[4096];
    snprintf(want, sizeof want,
             "{\n"
             "  \"grip_receipt\": 1,\n"
             "  \"grip_version\": \"0.1.0\",\n"
             "  \"command\": [\"grip\", \"run\", \"%s\", \"--data\", \"Aanvraag=x.csv\", \"--set\", "
             "\"korting=3%%\"],\n"
             "  \"policies\": [\n"
             "    {\"path\": \"%s\", \"sha256\": \"" SHA_ABC "\"},\n"
             "    {\"path\": \"stdlib/jeugd.grip\", \"embedded\": true, \"sha256\": \"" SHA_JEUGD "\"}\n"
             "  ],\n"
             "  \"datasets\": [\n"
             "    {\"name\": \"Aanvraag\", \"path\": \"%s\", \"rows\": 1000, \"sha256\": \"" SHA_HELLO "\"},\n"
             "    {\"name\": \"plafonds\", \"path\": \"%s\", \"rows\": 0, \"sha256\": \"" SHA_EMPTY "\"}\n"
             "  ],\n"
             "  \"reference_date\": \"per row (dated by datum)\",\n"
             "  \"parameters\": [\n"
             "    {\"name\": \"korting\", \"value\": \"3%%\"},\n"
             "    {\"name\": \"naam\", \"value\": \"\\\"x\\\"\"}\n"
             "  ],\n"
             "  \"rows\": 1000,\n"
             "  \"outcomes\": {\"toegekend\": 610, \"afgewezen\": 300, \"verwezen\": 90},\n"
             "  \"outputs\": [\n"
             "    {\"path\": \"%s\", \"sha256\": \"" SHA_HELLO "\"},\n"
             "    {\"path\": \"-\", \"sha256\": null}\n"
             "  ]\n"
             "}\n",
             p_abc, p_abc, p_hello, p_empty, p_hello);
    CHECK_EQ_STR(got, want);
    xfree(got);
    /* the same receipt twice: the same bytes */
    Receipt *again = full();
    got = receipt_json(r);
    char *got2 = receipt_json(again);
    CHECK_EQ_STR(got, got2);
    xfree(got);
    xfree(got2);
    receipt_free(again);
    /* written to a file: exactly the JSON */
    char path[160], err[256];
    snprintf(path, sizeof path, "%s/receipt.json", dir);
    CHECK(receipt_write(r, path, err, sizeof err));
    got = slurp(path);
    char *json = receipt_json(r);
    CHECK_EQ_STR(got, json);
    xfree(got);
    xfree(json);
    unlink(path);
    receipt_free(r);
}

/* Outputs hashed by their writer: the digest as given, "-" without one,
 * a path given again replaced in place. */
static void test_output_hashed(void)
{
    Receipt *r = receipt_new("0.1.0");
    receipt_add_output_hashed(r, "out.csv", SHA_EMPTY);
    receipt_add_output_hashed(r, "-", "");
    receipt_add_output_hashed(r, "led.csv", SHA_HELLO);
    receipt_add_output_hashed(r, "out.csv", SHA_ABC);
    char *got = receipt_json(r);
    CHECK(strstr(got, "  \"outputs\": [\n"
                      "    {\"path\": \"out.csv\", \"sha256\": \"" SHA_ABC "\"},\n"
                      "    {\"path\": \"-\", \"sha256\": null},\n"
                      "    {\"path\": \"led.csv\", \"sha256\": \"" SHA_HELLO "\"}\n"
                      "  ]\n}\n") != NULL);
    xfree(got);
    receipt_free(r);
}

static void test_empty(void)
{
    Receipt *r = receipt_new("0.1.0");
    char *got = receipt_json(r);
    CHECK_EQ_STR(got, "{\n"
                      "  \"grip_receipt\": 1,\n"
                      "  \"grip_version\": \"0.1.0\",\n"
                      "  \"command\": [],\n"
                      "  \"policies\": [],\n"
                      "  \"datasets\": [],\n"
                      "  \"reference_date\": null,\n"
                      "  \"parameters\": [],\n"
                      "  \"rows\": 0,\n"
                      "  \"outcomes\": {},\n"
                      "  \"outputs\": []\n"
                      "}\n");
    xfree(got);
    receipt_free(r);
    receipt_free(NULL);
}

static void test_dates_and_time(void)
{
    char err[256];
    Receipt *r = receipt_new("9.9");
    Date on;
    date_from_ymd(&on, 2021, 1, 1);
    receipt_set_dated_by(r, "datum");
    receipt_set_reference_date(r, on); /* replaces the dated-by field */
    static const struct {
        const char *epoch;
        const char *created;
    } ok[] = {
        {"0", "1970-01-01T00:00:00Z"},
        {"86399", "1970-01-01T23:59:59Z"},
        {"1609459200", "2021-01-01T00:00:00Z"},
        {"951782400", "2000-02-29T00:00:00Z"},
        {"253402300799", "9999-12-31T23:59:59Z"},
    };
    for (size_t k = 0; k < sizeof ok / sizeof ok[0]; k++) {
        CHECK(receipt_set_time(r, ok[k].epoch, err, sizeof err));
        char *got = receipt_json(r);
        char want[512];
        snprintf(want, sizeof want,
                 "{\n  \"grip_receipt\": 1,\n  \"grip_version\": \"9.9\",\n  \"created\": \"%s\",\n"
                 "  \"command\": [],\n  \"policies\": [],\n  \"datasets\": [],\n"
                 "  \"reference_date\": \"2021-01-01\",\n  \"parameters\": [],\n  \"rows\": 0,\n"
                 "  \"outcomes\": {},\n  \"outputs\": []\n}\n",
                 ok[k].created);
        CHECK_EQ_STR(got, want);
        xfree(got);
    }
    static const struct {
        const char *epoch;
        const char *err;
    } bad[] = {
        {"253402300800", "SOURCE_DATE_EPOCH '253402300800' is after 9999"},
        {"99999999999999999999999999", "SOURCE_DATE_EPOCH '99999999999999999999999999' is after 9999"},
        {"-5", "SOURCE_DATE_EPOCH '-5' is not a number of seconds since 1970"},
        {"12a", "SOURCE_DATE_EPOCH '12a' is not a number of seconds since 1970"},
        {" 1", "SOURCE_DATE_EPOCH ' 1' is not a number of seconds since 1970"},
        {"1234567890123456789012345678901234567890x1",
         "SOURCE_DATE_EPOCH '1234567890123456789012345678901234567890...' is not a number of "
         "seconds since 1970"},
    };
    for (size_t k = 0; k < sizeof bad / sizeof bad[0]; k++) {
        err[0] = '\0';
        CHECK(!receipt_set_time(r, bad[k].epoch, err, sizeof err));
        CHECK_EQ_STR(err, bad[k].err);
    }
    CHECK(receipt_set_time(r, NULL, err, sizeof err));
    CHECK(receipt_set_time(r, "", err, sizeof err));
    char *got = receipt_json(r);
    CHECK(strstr(got, "\"created\": \"9999-12-31T23:59:59Z\"") != NULL); /* failures kept the last */
    xfree(got);
    receipt_set_dated_by(r, "start\"datum"); /* replaces the date; escaped */
    got = receipt_json(r);
    CHECK(strstr(got, "  \"reference_date\": \"per row (dated by start\\\"datum)\",\n") != NULL);
    xfree(got);
    receipt_free(r);
}

static void test_escaping(void)
{
    Receipt *r = receipt_new("0.1.0\n");
    char a0[] = "a\"b\\c", a1[] = "tab\there", a2[] = "\xe9t\xe9", a3[] = "\xe2\x82\xac";
    char *argv[] = {a0, a1, a2, a3};
    receipt_set_command(r, 4, argv);
    receipt_set_command(r, 4, argv); /* replaces */
    receipt_add_outcome(r, "geen \"besluit\"", 1);
    char *got = receipt_json(r);
    CHECK(strstr(got, "\"grip_version\": \"0.1.0\\n\",") != NULL);
    CHECK(strstr(got, "\"command\": [\"a\\\"b\\\\c\", \"tab\\there\", \"\\ufffdt\\ufffd\", \"\xe2\x82\xac\"],") !=
          NULL);
    CHECK(strstr(got, "\"outcomes\": {\"geen \\\"besluit\\\"\": 1},") != NULL);
    xfree(got);
    receipt_free(r);
}

static void child_stdout(void)
{
    Receipt *r = receipt_new("0.1.0");
    char err[256];
    bool ok = receipt_write(r, "-", err, sizeof err);
    receipt_free(r);
    if (!ok && strcmp(err, "cannot write to standard output: No space left on device") == 0) _exit(3);
    _exit(ok ? 0 : 2);
}

static int in_child(const char *out_path)
{
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        if (!freopen(out_path, "w", stdout)) _exit(90);
        child_stdout();
    }
    int status = 0;
    waitpid(pid, &status, 0);
    return WIFEXITED(status) ? WEXITSTATUS(status) : 99;
}

static void test_errors(void)
{
    char err[256], want[300], missing[160];
    snprintf(missing, sizeof missing, "%s/missing.grip", dir);
    snprintf(want, sizeof want, "cannot read '%s': No such file or directory", missing);
    Receipt *r = receipt_new("0.1.0");
    CHECK(!receipt_add_policy_file(r, missing, err, sizeof err));
    CHECK_EQ_STR(err, want);
    CHECK(!receipt_add_dataset(r, "A", missing, 1, err, sizeof err));
    CHECK_EQ_STR(err, want);
    CHECK(!receipt_add_output(r, missing, err, sizeof err));
    CHECK_EQ_STR(err, want);
    char *got = receipt_json(r); /* nothing was recorded */
    CHECK(strstr(got, "\"policies\": [],\n  \"datasets\": [],") != NULL);
    CHECK(strstr(got, "\"outputs\": []\n") != NULL);
    xfree(got);
    /* a folder is not a readable file */
    CHECK(!receipt_add_policy_file(r, dir, err, sizeof err));
    snprintf(want, sizeof want, "cannot read '%s': Is a directory", dir);
    CHECK_EQ_STR(err, want);
    char path[200];
    snprintf(path, sizeof path, "%s/no-such-dir/receipt.json", dir);
    CHECK(!receipt_write(r, path, err, sizeof err));
    snprintf(want, sizeof want, "cannot create '%s': No such file or directory", path);
    CHECK_EQ_STR(err, want);
    receipt_free(r);
    /* standard output, working and full */
    snprintf(path, sizeof path, "%s/stdout.json", dir);
    CHECK_EQ_INT(in_child(path), 0);
    got = slurp(path);
    CHECK(got && strncmp(got, "{\n  \"grip_receipt\": 1,\n", 23) == 0);
    xfree(got);
    unlink(path);
    CHECK_EQ_INT(in_child("/dev/full"), 3);
}

TEST_MAIN(snprintf(dir, sizeof dir, "/tmp/grip-test-receipt-%ld", (long)getpid()); mkdir(dir, 0700);
          snprintf(p_abc, sizeof p_abc, "%s/abc.grip", dir); write_file(p_abc, "abc");
          snprintf(p_empty, sizeof p_empty, "%s/empty.csv", dir); write_file(p_empty, "");
          snprintf(p_hello, sizeof p_hello, "%s/hello.csv", dir); write_file(p_hello, "hello\n");
          RUN(test_full); RUN(test_output_hashed); RUN(test_empty); RUN(test_dates_and_time); RUN(test_escaping);
          RUN(test_errors); unlink(p_abc); unlink(p_empty); unlink(p_hello); rmdir(dir);)
