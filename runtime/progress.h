/* SPDX-License-Identifier: MIT
 * progress.h - a progress bar on stderr for long runs.
 *
 * Shown only when stderr is a terminal and the run has taken more than a
 * second; never on a pipe or a file, so logs and golden tests stay clean.
 * Redraws at most ten times a second; integer arithmetic only.
 */
#ifndef GRIP_RUNTIME_PROGRESS_H
#define GRIP_RUNTIME_PROGRESS_H

#include <stdbool.h>
#include <stdint.h>

typedef struct Progress {
    const char *label;     /* e.g. "deciding" (borrowed) */
    uint64_t total;        /* units of work; 0 = unknown */
    int64_t start_ms;      /* monotonic start time */
    int64_t last_ms;       /* last redraw */
    bool enabled;          /* stderr is a terminal */
    bool shown;            /* something was drawn (so finish clears it) */
} Progress;

/* Starts tracking 'total' units of work under 'label'. */
void progress_start(Progress *p, const char *label, uint64_t total);
/* Reports that 'done' units are finished; cheap when nothing is drawn. */
void progress_update(Progress *p, uint64_t done);
/* Clears the bar if one was drawn. */
void progress_finish(Progress *p);

#endif
