/* SPDX-License-Identifier: MIT
 * writer.h - the result rows of `grip run`, as CSV or JSON Lines.
 *
 * A Writer has a fixed list of named columns, each with a FormatType, and
 * writes rows of Values to an OutFile (a temporary file renamed over the
 * target on writer_commit, so an output is whole or absent; "-" is standard
 * output).  Values are written by runtime/format.h:
 *
 *   CSV   a header row of the column names, then one line per row: ','
 *         between fields, '\n' after each line, fields quoted only when
 *         they need it (csv.h's writer); values in the PLAIN style, none as
 *         an empty field, e.g.
 *             id,besluit,reden,bedrag
 *             C0000001,toegekend,,1484.62
 *   JSONL one JSON object per line, keys in column order, no spaces:
 *             {"id":"C0000001","besluit":"toegekend","reden":"","bedrag":"1484.62"}
 *         none is null; ints are JSON numbers; money, decimals and percents
 *         are strings holding their exact PLAIN text ("1484.62", "0.5",
 *         "3%"), because most JSON readers turn a number into binary floating
 *         point; dates are "2021-01-31", durations "6 months".
 *
 * Writing allocates nothing per row: fields go through one reusable
 * formatting buffer into a 64 KiB output buffer.  I/O errors are kept and
 * reported once, by writer_commit.
 */
#ifndef GRIP_RUNTIME_WRITER_H
#define GRIP_RUNTIME_WRITER_H

#include <stdbool.h>
#include <stddef.h>

#include "format.h"
#include "sha256.h"
#include "value.h"

/* The file formats of `grip run --format`. */
typedef enum WriterFormat {
    WRITER_CSV,   /* "csv": header row, PLAIN values */
    WRITER_JSONL  /* "jsonl": one JSON object per line */
} WriterFormat;

/* One output column. */
typedef struct WriterColumn {
    const char *name;       /* the header / JSON key (borrowed; any UTF-8) */
    const FormatType *type; /* how its values are written (borrowed; may be NULL) */
} WriterColumn;

typedef struct Writer Writer;

/* Sets '*out' to the format named 'name' ("csv" or "jsonl") and returns
 * true; false for any other name. */
bool writer_format_named(const char *name, WriterFormat *out);

/* Opens 'path' ("-" = standard output) for rows of the 'ncols' columns at
 * 'cols' (the array is copied; names and types are borrowed and must
 * outlive the writer) and writes the CSV header.  Returns the writer, or
 * NULL with the reason in 'err' (of 'errcap' bytes): the file cannot be
 * created, or 'ncols' is 0 ("no columns to write"). */
Writer *writer_open(const char *path, WriterFormat format, const WriterColumn *cols, size_t ncols,
                    char *err, size_t errcap);

/* Like writer_open, and the writer computes the SHA-256 of every byte it
 * writes, for writer_commit_hashed (a receipt then need not read the file
 * back). */
Writer *writer_open_hashed(const char *path, WriterFormat format, const WriterColumn *cols,
                           size_t ncols, char *err, size_t errcap);

/* Returns a writer of rows (no header) into memory, in 'format' for the
 * 'ncols' columns at 'cols' (as writer_open), so that threads can format
 * rows apart; writer_take hands over what it holds, writer_append adds it
 * to the file's writer.  Free it with writer_abort. */
Writer *writer_open_memory(WriterFormat format, const WriterColumn *cols, size_t ncols);

/* Takes the bytes a memory writer holds (xmalloc'ed, the caller frees
 * them), their length in '*len' and the rows in '*rows'; the writer starts
 * empty again. */
char *writer_take(Writer *w, size_t *len, size_t *rows);

/* Appends 'len' bytes of 'rows' whole rows that a memory writer of the same
 * format and columns made (writer_take) to 'w', as if written here. */
void writer_append(Writer *w, const char *s, size_t len, size_t rows);

/* Writes one row: 'values' holds one Value per column (borrowed). */
void writer_row(Writer *w, const Value *values);

/* Number of rows written so far. */
size_t writer_rows(const Writer *w);

/* Flushes everything and puts the file in place (renames the temporary
 * file over the target).  Returns true, or false with the reason in 'err'
 * ("cannot write 'out.csv': No space left on device") and no file left
 * behind.  Frees 'w' either way. */
bool writer_commit(Writer *w, char *err, size_t errcap);

/* Like writer_commit; on success 'hex' holds the SHA-256 of the bytes
 * written (the file's content, or what went to standard output) as 64
 * lowercase hex digits, or "" when 'w' was not opened hashed. */
bool writer_commit_hashed(Writer *w, char hex[SHA256_HEX_SIZE], char *err, size_t errcap);

/* Drops the output: removes the temporary file, leaves the target as it
 * was, frees 'w'.  NULL is ok. */
void writer_abort(Writer *w);

#endif
