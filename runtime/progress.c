/* SPDX-License-Identifier: MIT
 * progress.c - progress bar on a terminal (see progress.h).
 */
#include "progress.h"

#include <stdio.h>
#include <time.h>
#include <unistd.h>

#define PROGRESS_WIDTH 30 /* characters of the bar itself */

static int64_t now_ms(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (int64_t)ts.tv_sec * 1000 + ts.tv_nsec / 1000000;
}

void progress_start(Progress *p, const char *label, uint64_t total)
{
    p->label = label;
    p->total = total;
    p->enabled = isatty(STDERR_FILENO) == 1;
    p->start_ms = p->enabled ? now_ms() : 0;
    p->last_ms = p->start_ms;
    p->shown = false;
}

void progress_update(Progress *p, uint64_t done)
{
    if (!p->enabled || (done & 1023) != 0) return;
    int64_t t = now_ms();
    if (t - p->start_ms < 1000 || t - p->last_ms < 100) return;
    p->last_ms = t;
    p->shown = true;
    if (p->total == 0) {
        fprintf(stderr, "\r%s %llu", p->label, (unsigned long long)done);
    } else {
        uint64_t pct = done >= p->total ? 100 : done * 100 / p->total;
        int fill = (int)(pct * PROGRESS_WIDTH / 100);
        fprintf(stderr, "\r%s [%.*s%*s] %3llu%%", p->label, fill,
                "==============================", PROGRESS_WIDTH - fill, "",
                (unsigned long long)pct);
    }
    fflush(stderr);
}

void progress_finish(Progress *p)
{
    if (p->shown) fputs("\r\033[K", stderr);
    p->shown = false;
}
