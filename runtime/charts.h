/* SPDX-License-Identifier: MIT
 * charts.h - inline SVG charts for grip's HTML pages ('grip compare --html').
 *
 * Each chart is one <svg> element written through an Html writer
 * (runtime/html.h): a viewBox in user units, a <title> naming the chart
 * (the accessible name and the tooltip), and the data drawn as rects and
 * paths that carry a class ("bar", "seg", "remaining") for tests and style.
 * Every value is also written as text next to what it draws, so a chart
 * reads in black and white and in a screen reader.  Fills are attributes,
 * not CSS, so a chart is self-contained.
 *
 * Geometry is integer only: every coordinate is computed in whole user
 * units from integer data (cents, counts, day numbers) with 128-bit
 * intermediates, rounding down.  The charts scale with the page (the SVG
 * has a viewBox and width 100%), so whole units are fine enough.
 */
#ifndef GRIP_RUNTIME_CHARTS_H
#define GRIP_RUNTIME_CHARTS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "html.h"
#include "num.h"

/* One point of a line: the value after day 'day'. */
typedef struct ChartPoint {
    int32_t day;               /* Date.days */
    int64_t value;             /* in the chart's unit (cents) */
} ChartPoint;

/* Horizontal bars, one per item, scaled to the largest value: 'labels[k]'
 * left of bar k, 'texts[k]' (the value as people read it) right of it.
 * Negative values are drawn as no bar.  Writes n <rect class="bar">. */
void charts_bars(Html *h, const char *title, size_t n, const char *const *labels, const i128 *values,
                 const char *const *texts);

/* Stacked bars of shares, one per item: item k's 'n_parts' counts are
 * counts[k * n_parts ...]; a segment <rect class="seg sP"> for each count
 * that is not 0, its share written inside when there is room and in the
 * segment's <title> always; a legend of the parts' names below.  An item
 * without counts gets no segments. */
void charts_stacked(Html *h, const char *title, size_t n, const char *const *labels, size_t n_parts,
                    const char *const *parts, const uint64_t *counts);

/* A small step chart of a remainder over days 'day0' .. 'day1': 'initial'
 * until the first point, then each point's value from its day on; a
 * dashed line at zero, 'top' (the text of the highest value, e.g. the
 * limit) and 'zero' ("€ 0") on the value axis, the first and last dates
 * below; a marker at day 'mark' when 'has_mark' (the day it ran out).
 * Writes one <path class="remaining">. */
void charts_remaining(Html *h, const char *title, int64_t initial, const ChartPoint *pts, size_t n, int32_t day0,
                      int32_t day1, bool has_mark, int32_t mark, const char *top, const char *zero);

#endif
