/* SPDX-License-Identifier: MIT
 * charts.c - inline SVG charts (charts.h): bars, stacked shares and the
 * remainder of a budget over the year.
 *
 * Layout in user units (the viewBox; the page scales it to its width):
 *   bars, stacked  960 wide; a label column of LABEL_W on the left, one
 *                  row of ROW_H per item; the stacked chart adds a legend
 *   remaining      SMALL_W x SMALL_H, for a grid of small multiples
 * Coordinates are integers: scale(v, max, len) = v * len / max in 128
 * bits, rounded down; stacked segments are placed by their cumulative
 * count, so they meet without gaps and end exactly at the bar's end.
 * Each shape gets a newline after it, for readable golden files (the
 * browser keeps the whitespace as text nodes, which SVG ignores).
 */
#include "charts.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "date.h"

enum {
    CHART_W = 960,             /* width of the bar charts */
    LABEL_W = 230,             /* the label column */
    ROW_H = 28,                /* one item */
    BAR_H = 20,                /* its bar */
    TOP = 8,                   /* space above the first bar */
    BARS_W = 560,              /* the longest bar (room for its value text) */
    STACK_W = 700,             /* a whole stacked bar */
    LEGEND_H = 34,             /* the legend below the stacked bars */
    LEGEND_STEP = 170,         /* one legend entry */
    SMALL_W = 300,             /* a small multiple */
    SMALL_H = 150,
    PLOT_X0 = 10,              /* its plot area */
    PLOT_X1 = 290,
    PLOT_Y0 = 24,
    PLOT_Y1 = 118,
    SEG_TEXT_MIN = 46          /* a segment this wide shows its share */
};

/* Fills by part (case) index: green, red, blue, orange, then others;
 * chosen to stay apart in grey too (each also has its text). */
static const char *const fills[] = {"#2e7d32", "#c62828", "#1565c0", "#ef6c00",
                                    "#6a1b9a", "#00838f", "#8d6e63", "#757575"};
#define N_FILLS (sizeof fills / sizeof fills[0])

/* 'v' as decimal text in one of a few rotating buffers, so several can be
 * passed to one html_open call. */
typedef struct Nums {
    char buf[8][24];
    int next;
} Nums;

static const char *num(Nums *ns, int64_t v)
{
    char *b = ns->buf[ns->next++ & 7];
    snprintf(b, sizeof ns->buf[0], "%" PRId64, v);
    return b;
}

/* v * len / max, rounded down, for 0 <= v <= max, max > 0. */
static int64_t scale(i128 v, i128 max, int64_t len)
{
    if (max <= 0 || v <= 0) return 0;
    if (v >= max) return len;
    return (int64_t)(v * len / max);
}

static void svg_begin(Html *h, const char *cls, int64_t w, int64_t hgt, const char *title)
{
    char vb[64];
    snprintf(vb, sizeof vb, "0 0 %" PRId64 " %" PRId64, w, hgt);
    html_open(h, "svg", "class", cls, "viewBox", vb, "role", "img", "aria-label", title, NULL);
    html_raw(h, "\n");
    html_elem(h, "title", title, NULL);
}

static void svg_end(Html *h)
{
    html_close(h, "svg");
    html_raw(h, "\n");
}

static void text_at(Html *h, Nums *ns, int64_t x, int64_t y, const char *anchor, const char *cls, const char *s)
{
    html_elem(h, "text", s, "x", num(ns, x), "y", num(ns, y), "text-anchor", anchor, "class", cls, NULL);
}

void charts_bars(Html *h, const char *title, size_t n, const char *const *labels, const i128 *values,
                 const char *const *texts)
{
    Nums ns = {0};
    i128 max = 0;
    for (size_t k = 0; k < n; k++)
        if (values[k] > max) max = values[k];
    int64_t height = TOP * 2 + (int64_t)n * ROW_H;
    svg_begin(h, "chart bars", CHART_W, height, title);
    for (size_t k = 0; k < n; k++) {
        int64_t y = TOP + (int64_t)k * ROW_H;
        int64_t w = scale(values[k], max, BARS_W);
        int64_t mid = y + BAR_H / 2 + 5;
        text_at(h, &ns, LABEL_W - 10, mid, "end", "label", labels[k]);
        html_open(h, "rect", "class", "bar", "x", num(&ns, LABEL_W), "y", num(&ns, y), "width", num(&ns, w), "height",
                  num(&ns, BAR_H), "fill", "#1d4e89", NULL);
        char tip[512];
        snprintf(tip, sizeof tip, "%s: %s", labels[k], texts[k]);
        html_elem(h, "title", tip, NULL);
        html_close(h, "rect");
        text_at(h, &ns, LABEL_W + w + 8, mid, "start", "value", texts[k]);
    }
    svg_end(h);
}

/* "71,6%": 'part' of 'whole' in tenths of a percent, rounded half up. */
static void share_text(char *buf, size_t cap, uint64_t part, uint64_t whole)
{
    i128 t = ((i128)part * 2000 + whole) / ((i128)whole * 2);
    snprintf(buf, cap, "%" PRIu64 ",%" PRIu64 "%%", (uint64_t)(t / 10), (uint64_t)(t % 10));
}

void charts_stacked(Html *h, const char *title, size_t n, const char *const *labels, size_t n_parts,
                    const char *const *parts, const uint64_t *counts)
{
    Nums ns = {0};
    int64_t height = TOP * 2 + (int64_t)n * ROW_H + LEGEND_H;
    svg_begin(h, "chart stacked", CHART_W, height, title);
    for (size_t k = 0; k < n; k++) {
        int64_t y = TOP + (int64_t)k * ROW_H;
        int64_t mid = y + BAR_H / 2 + 5;
        const uint64_t *c = counts + k * n_parts;
        uint64_t total = 0;
        for (size_t j = 0; j < n_parts; j++) total += c[j];
        text_at(h, &ns, LABEL_W - 10, mid, "end", "label", labels[k]);
        html_open(h, "g", "class", "stack", NULL);
        uint64_t cum = 0;
        for (size_t j = 0; j < n_parts && total; j++) {
            if (!c[j]) continue;
            int64_t x0 = LABEL_W + scale(cum, total, STACK_W);
            cum += c[j];
            int64_t x1 = LABEL_W + scale(cum, total, STACK_W);
            char cls[32], share[32], tip[512];
            snprintf(cls, sizeof cls, "seg s%zu", j);
            share_text(share, sizeof share, c[j], total);
            snprintf(tip, sizeof tip, "%s — %s: %" PRIu64 " (%s)", labels[k], parts[j], c[j], share);
            html_open(h, "rect", "class", cls, "x", num(&ns, x0), "y", num(&ns, y), "width", num(&ns, x1 - x0),
                      "height", num(&ns, BAR_H), "fill", fills[j % N_FILLS], NULL);
            html_elem(h, "title", tip, NULL);
            html_close(h, "rect");
            if (x1 - x0 >= SEG_TEXT_MIN)
                html_elem(h, "text", share, "x", num(&ns, (x0 + x1) / 2), "y", num(&ns, mid), "text-anchor", "middle",
                          "class", "share", "fill", "#ffffff", NULL);
            html_raw(h, "\n");
        }
        html_close(h, "g");
        html_raw(h, "\n");
    }
    /* the legend */
    int64_t ly = TOP + (int64_t)n * ROW_H + 12;
    html_open(h, "g", "class", "legend", NULL);
    for (size_t j = 0; j < n_parts; j++) {
        int64_t x = LABEL_W + (int64_t)j * LEGEND_STEP;
        html_open(h, "rect", "x", num(&ns, x), "y", num(&ns, ly), "width", "14", "height", "14", "fill",
                  fills[j % N_FILLS], NULL);
        html_close(h, "rect");
        text_at(h, &ns, x + 20, ly + 12, "start", "label", parts[j]);
    }
    html_close(h, "g");
    html_raw(h, "\n");
    svg_end(h);
}

void charts_remaining(Html *h, const char *title, int64_t initial, const ChartPoint *pts, size_t n, int32_t day0,
                      int32_t day1, bool has_mark, int32_t mark, const char *top, const char *zero)
{
    Nums ns = {0};
    if (day1 <= day0) day1 = day0 + 1;
    i128 hi = initial > 0 ? initial : 0, lo = 0;
    for (size_t k = 0; k < n; k++) {
        if (pts[k].value > hi) hi = pts[k].value;
        if (pts[k].value < lo) lo = pts[k].value;
    }
    if (hi == lo) hi = lo + 1;
    const int64_t pw = PLOT_X1 - PLOT_X0, ph = PLOT_Y1 - PLOT_Y0;
#define X(d) (PLOT_X0 + scale((i128)(d) - day0, (i128)day1 - day0, pw))
#define Y(v) (PLOT_Y0 + scale(hi - (i128)(v), hi - lo, ph))
    svg_begin(h, "chart small", SMALL_W, SMALL_H, title);
    /* axes: the zero line, the top value, the dates */
    int64_t y0 = Y(0);
    html_open(h, "line", "class", "zero", "x1", num(&ns, PLOT_X0), "x2", num(&ns, PLOT_X1), "y1", num(&ns, y0), "y2",
              num(&ns, y0), "stroke", "#888888", "stroke-dasharray", "4 3", NULL);
    html_close(h, "line");
    html_raw(h, "\n");
    text_at(h, &ns, PLOT_X0, PLOT_Y0 - 8, "start", "axis", top);
    text_at(h, &ns, PLOT_X0, y0 - 4, "start", "axis", zero);
    char d[DATE_TEXT_SIZE];
    Date dd = {day0};
    text_at(h, &ns, PLOT_X0, SMALL_H - 8, "start", "axis", date_format_nl(dd, d));
    dd.days = day1;
    text_at(h, &ns, PLOT_X1, SMALL_H - 8, "end", "axis", date_format_nl(dd, d));
    /* the step line: M start, then H to each day and V to its value */
    size_t cap = 64 + n * 24;
    char *path = xmalloc(cap);
    size_t used = (size_t)snprintf(path, cap, "M%" PRId64 " %" PRId64, (int64_t)X(day0), (int64_t)Y(initial));
    int64_t at_mark = Y(initial);
    for (size_t k = 0; k < n; k++) {
        int32_t day = pts[k].day < day0 ? day0 : pts[k].day > day1 ? day1 : pts[k].day;
        used += (size_t)snprintf(path + used, cap - used, " H%" PRId64 " V%" PRId64, (int64_t)X(day),
                                 (int64_t)Y(pts[k].value));
        if (has_mark && pts[k].day <= mark) at_mark = Y(pts[k].value);
    }
    snprintf(path + used, cap - used, " H%" PRId64, (int64_t)X(day1));
    html_open(h, "path", "class", "remaining", "d", path, "fill", "none", "stroke", "#1d4e89", "stroke-width", "2",
              NULL);
    html_close(h, "path");
    html_raw(h, "\n");
    xfree(path);
    if (has_mark && mark >= day0 && mark <= day1) {
        html_open(h, "circle", "class", "mark", "cx", num(&ns, X(mark)), "cy", num(&ns, at_mark), "r", "4", "fill",
                  "#c62828", NULL);
        html_close(h, "circle");
        html_raw(h, "\n");
    }
#undef X
#undef Y
    svg_end(h);
}
