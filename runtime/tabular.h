/* SPDX-License-Identifier: MIT
 * tabular.h - a small table of values (the result of an allocation, series
 * or report) and its four renderings for `grip report --format`.
 *
 * A Tabular has named, typed columns and rows of Values, copied into its
 * own arena as they are added (so they outlive the evaluator's scratch
 * memory).  Rows from 'summary_from' on are summary rows (an allocation's
 * remainder and total, a report's totals): the terminal table draws a rule
 * above them.  Renderings (runtime/format.h styles):
 *   table  aligned columns separated by two spaces, a dashed rule under the
 *          header, Dutch values ("€ 1.234.567,89", "2,5%", "31-01-2021"),
 *          numbers right-aligned; an empty cell for no value
 *   md     a Markdown table of the same Dutch values (numbers right-aligned)
 *   csv    writer.h's CSV: header, PLAIN values ("1234567.89")
 *   jsonl  writer.h's JSON Lines (exact numbers as strings, ints as numbers)
 * Widths count UTF-8 characters.  Every output goes through a temporary
 * file (runtime/outfile.h) or to standard output for "-".
 */
#ifndef GRIP_RUNTIME_TABULAR_H
#define GRIP_RUNTIME_TABULAR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "format.h"
#include "value.h"

/* One column. */
typedef struct TabColumn {
    const char *name;          /* header (tabular arena) */
    const FormatType *type;    /* how its values are written (borrowed; may be NULL) */
} TabColumn;

typedef struct Tabular {
    Arena arena;               /* names and copied values */
    TabColumn *cols;           /* n_cols columns (arena) */
    uint32_t n_cols;
    Value *cells;              /* n_rows x n_cols, row by row (xmalloc'ed) */
    size_t n_rows;             /* rows added */
    size_t cap_rows;           /* rows allocated in 'cells' */
    size_t summary_from;       /* first summary row, or SIZE_MAX: none */
} Tabular;

/* The renderings (`--format`). */
typedef enum TabFormat {
    TAB_TABLE,                 /* "table": aligned, Dutch values (the default) */
    TAB_MD,                    /* "md": Markdown table, Dutch values */
    TAB_CSV,                   /* "csv" */
    TAB_JSONL                  /* "jsonl" */
} TabFormat;

/* Initialises an empty table of 'n_cols' columns (named "" until set). */
void tabular_init(Tabular *t, uint32_t n_cols);
/* Names column 'col' ('name' is copied; 'type' borrowed). */
void tabular_set_column(Tabular *t, uint32_t col, const char *name, const FormatType *type);
/* Appends a row and returns its n_cols cells, all VAL_NONE, to be filled
 * with tabular_set; valid until the next tabular_add_row. */
size_t tabular_add_row(Tabular *t);
/* Sets cell ('row', 'col') to a copy of 'v' (composite values deep-copied
 * into the table's arena). */
void tabular_set(Tabular *t, size_t row, uint32_t col, Value v);
/* The cell ('row', 'col'). */
Value tabular_get(const Tabular *t, size_t row, uint32_t col);
/* Frees what 't' holds. */
void tabular_free(Tabular *t);

/* Sets '*out' to the format called 'name' ("table", "md", "csv", "jsonl");
 * false for anything else. */
bool tabular_format_named(const char *name, TabFormat *out);
/* Writes 't' in 'format' to 'path' ("-": standard output), whole or not at
 * all.  Returns true, or false with the reason in 'err' (of 'errcap' bytes). */
bool tabular_write(const Tabular *t, TabFormat format, const char *path, char *err, size_t errcap);

#endif
