/* SPDX-License-Identifier: MIT
 * measure.c - runs one command and reports its whole-process wall time and
 * peak memory, for bench/run.sh:
 *
 *   measure RESULT-FILE COMMAND [ARG...]
 *
 * The command runs with this process's stdin, stdout and stderr.  When it
 * ends, one line "wall_ms=N maxrss_kib=N status=N" is written to
 * RESULT-FILE: wall time from fork to wait4 on CLOCK_MONOTONIC in whole
 * milliseconds (rounded down), the child's peak resident set size from
 * wait4's rusage (ru_maxrss, KiB on Linux), and its exit status (128+N when
 * killed by signal N, 127 when it could not be started).  measure exits with
 * the same status.  Integers only: no floating point.
 */
#define _DEFAULT_SOURCE /* wait4 */
#include <errno.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/time.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static int64_t now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000000000 + ts.tv_nsec;
}

int main(int argc, char **argv)
{
    if (argc < 3) {
        fputs("usage: measure RESULT-FILE COMMAND [ARG...]\n", stderr);
        return 2;
    }
    FILE *result = fopen(argv[1], "w");
    if (!result) {
        fprintf(stderr, "measure: cannot create '%s': %s\n", argv[1], strerror(errno));
        return 2;
    }
    int64_t start = now_ns();
    pid_t pid = fork();
    if (pid < 0) {
        fprintf(stderr, "measure: fork: %s\n", strerror(errno));
        return 2;
    }
    if (pid == 0) {
        fclose(result);
        execvp(argv[2], argv + 2);
        fprintf(stderr, "measure: cannot run '%s': %s\n", argv[2], strerror(errno));
        _exit(127);
    }
    int wstatus;
    struct rusage ru;
    while (wait4(pid, &wstatus, 0, &ru) < 0) {
        if (errno != EINTR) {
            fprintf(stderr, "measure: wait4: %s\n", strerror(errno));
            return 2;
        }
    }
    int64_t wall_ms = (now_ns() - start) / 1000000;
    int status = WIFEXITED(wstatus) ? WEXITSTATUS(wstatus) : 128 + WTERMSIG(wstatus);
    fprintf(result, "wall_ms=%lld maxrss_kib=%ld status=%d\n", (long long)wall_ms, (long)ru.ru_maxrss,
            status);
    if (fclose(result) != 0) {
        fprintf(stderr, "measure: cannot write '%s'\n", argv[1]);
        return 2;
    }
    return status;
}
