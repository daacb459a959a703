/* SPDX-License-Identifier: MIT
 * csv.h - reading and writing CSV datasets as people and Excel write them.
 *
 * The reader maps (or reads) a whole file and hands out rows as slices; the
 * writer buffers rows for a FILE*.  Rules of the reader, all decided here:
 *   - Encoding: UTF-8, a leading BOM (EF BB BF) is skipped; any ill-formed
 *     sequence (RFC 3629: overlong, surrogate, > U+10FFFF, truncated, bad
 *     continuation) is an error at its line and character column showing
 *     the bytes ('\xe9').  A UTF-16 BOM gets its own message.  NUL is an error.
 *   - Line ends: LF, CRLF and a lone CR (old Mac Excel) each end a line, also
 *     mixed in one file.  Inside quotes they are kept as written and counted,
 *     so line numbers of later rows stay right.
 *   - Delimiter: ',' or ';'.  Detected from the header line by counting both
 *     outside quotes: more ';' -> ';', else ',' (also when there is neither,
 *     i.e. a single column); as many ';' as ',' (and at least one) is an
 *     error, because guessing could silently misread every row.  A caller
 *     may force it (--delimiter).  ';' means the file uses decimal commas.
 *   - Fields: spaces and tabs around unquoted fields are trimmed; a quoted
 *     field keeps its inner text exactly ("" is one quote) and may have
 *     spaces/tabs before its opening and after its closing quote.  A quote
 *     inside an unquoted field, or other text after a closing quote, is an
 *     error; a quote still open at end of file is an error at the opener.
 *   - Lines that are empty or hold only spaces/tabs are skipped anywhere
 *     (before the header, between rows, at the end).  In a one-column file an
 *     empty value must be written "" (the writer does so).
 *   - Header: names trimmed (quoted ones too); an empty or duplicate name
 *     (exact bytes, case-sensitive) is an error.  Every row must have as many
 *     fields as the header: otherwise csv_next reports CSV_ERR_FIELD_COUNT
 *     with the row, and reading may go on.
 *   - Limits: a row (one line, or several joined by quoted line ends) may
 *     hold GRIP_MAX_CSV_LINE bytes, its final line end not counted; the
 *     check costs nothing extra and fails after 1 MiB, not at the end of a
 *     gigabyte without a line end.  A quote left open in a big file thus
 *     reports "quoted field is longer than ..." at the opening quote.
 *   - Empty file (nothing but a BOM, blanks and line ends) -> CSV_ERR_EMPTY
 *     from csv_open_*; a header without rows -> CSV_ERR_NO_ROWS from the
 *     first csv_next unless CsvOptions.allow_no_rows.
 * Errors are values (CsvError), never printed here; csv_error_format renders
 * "FILE:LINE:COL: error: MESSAGE".
 */
#ifndef GRIP_RUNTIME_CSV_H
#define GRIP_RUNTIME_CSV_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "sha256.h"

/* Longest row in bytes.  Real dataset rows are a few hundred bytes (B1's are
 * ~110; a free-text remark column stays far below 64 KiB).  The limit bounds
 * the per-row scratch memory and field array, turns a wrong (binary) file or
 * a missing closing quote in a huge file into a prompt error, and lets field
 * lengths and offsets fit in 32 bits.  Overridable (-DGRIP_MAX_CSV_LINE=64)
 * only so the fuzzer can reach the limit with small inputs. */
#ifndef GRIP_MAX_CSV_LINE
#define GRIP_MAX_CSV_LINE (1u << 20)
#endif

/* Options for csv_open_*; a NULL pointer or a zeroed struct means defaults. */
typedef struct CsvOptions {
    int delimiter;      /* 0: detect from the header; ',' or ';': forced */
    bool allow_no_rows; /* a header-only file ends without CSV_ERR_NO_ROWS */
    bool no_mmap;       /* read the file into memory instead of mapping it
                           (for files that may change while being read) */
    bool no_fast_path;  /* tests: read every row with the general scanner
                           (the fast path for plain rows must agree) */
} CsvOptions;

/* What went wrong; the payload is in CsvError. */
typedef enum CsvErrorKind {
    CSV_OK = 0,            /* no error */
    CSV_ERR_IO,            /* cannot open/read the file (line 0) */
    CSV_ERR_OPTION,        /* CsvOptions.delimiter not 0, ',' or ';' (line 0) */
    CSV_ERR_EMPTY,         /* "empty file": no header line (line 0) */
    CSV_ERR_NO_ROWS,       /* a header but no rows (at the header line) */
    CSV_ERR_ENCODING,      /* not UTF-8: message shows the bytes */
    CSV_ERR_NUL,           /* a NUL byte */
    CSV_ERR_STRAY_QUOTE,   /* '"' inside an unquoted field */
    CSV_ERR_AFTER_QUOTE,   /* text after a closing quote */
    CSV_ERR_UNTERMINATED,  /* quoted field open at end of file (at the opener) */
    CSV_ERR_TOO_LONG,      /* row longer than GRIP_MAX_CSV_LINE */
    CSV_ERR_DELIMITER,     /* header has as many ',' as ';' */
    CSV_ERR_HEADER_EMPTY,  /* empty column name */
    CSV_ERR_HEADER_DUP,    /* duplicate column name */
    CSV_ERR_FIELD_COUNT,   /* row's field count differs: 'expected', 'actual' */
    CSV_ERR_VALUE          /* made by csv_field_error for the caller's checks */
} CsvErrorKind;

/* An error with its position.  Plain data: copy it, keep it, no free. */
typedef struct CsvError {
    CsvErrorKind kind;  /* CSV_OK when there is no error */
    const char *file;   /* the path/name given to csv_open_* (borrowed) */
    uint64_t line;      /* 1-based; 0 when the error has no position */
    size_t col;         /* 1-based, in characters; 0 when 'line' is 0 */
    size_t expected;    /* CSV_ERR_FIELD_COUNT: fields in the header */
    size_t actual;      /* CSV_ERR_FIELD_COUNT: fields in the row */
    const char *hint;   /* static advice for the user, or NULL */
    char message[384];  /* lowercase, no trailing period, e.g.
                           "unterminated quoted field"; valid UTF-8 */
    char excerpt[400];  /* the line of the error (up to 80 characters, bad
                           bytes and controls as \xNN), or "" */
} CsvError;

/* One field: a slice, not NUL-terminated (header fields excepted). */
typedef struct CsvField {
    const char *ptr;    /* text without quotes, "" unescaped, unquoted trimmed */
    uint32_t len;       /* bytes at 'ptr' (<= GRIP_MAX_CSV_LINE) */
    uint32_t off;       /* where the field starts in the row's raw text
                           (its opening quote if quoted), for positions */
    bool quoted;        /* written in quotes */
} CsvField;

/* One row.  Everything it points to stays valid until the next csv_next
 * (fields) or csv_close (text). */
typedef struct CsvRow {
    const CsvField *fields; /* 'n' fields */
    size_t n;               /* == csv_ncols() except with CSV_ERR_FIELD_COUNT */
    uint64_t line;          /* 1-based line where the row starts */
    const char *text;       /* the raw row in the file, from its line start */
    size_t len;             /* bytes of 'text', its final line end excluded */
} CsvRow;

typedef struct CsvReader CsvReader;

/* Opens the CSV file 'path' and reads its header.  'path' is borrowed and
 * must outlive the reader (errors point to it); 'opt' may be NULL.  Regular
 * files are mapped (unless opt->no_mmap), others (pipes) read to the end.
 * Returns the reader, or NULL with '*err' filled (CSV_ERR_IO, _OPTION,
 * _EMPTY, _DELIMITER, _HEADER_* or a syntax/encoding error in the header). */
CsvReader *csv_open_file(const char *path, const CsvOptions *opt, CsvError *err);

/* Like csv_open_file over the 'len' bytes at 'data', which are borrowed and
 * must outlive the reader; 'name' is used in errors (borrowed too). */
CsvReader *csv_open_buffer(const char *name, const char *data, size_t len,
                           const CsvOptions *opt, CsvError *err);

/* Frees 'r' and unmaps its file; all rows and header fields die.  NULL is ok. */
void csv_close(CsvReader *r);

/* ---- reading a file in parts (on several threads) ---------------------------------- */

/* Fills 'at' with up to 'n' - 1 byte offsets (csv_position's scale) after
 * the reader's position, each just after a line feed, that cut the rest of
 * the data into about 'n' parts of at least 'min_bytes'; returns how many
 * ('at' has room for 'n' - 1).  0 when the rest is smaller than 2 x
 * 'min_bytes'.  An offset may lie inside a quoted field that holds a line
 * end: the caller checks that the part before it ended there
 * (csv_stopped and csv_position). */
size_t csv_split(const CsvReader *r, size_t n, size_t min_bytes, size_t *at);

/* Returns a reader of the same data, delimiter and header as 'parent'
 * (which must stay open while it is used) from byte 'from' on, a line
 * start, counting lines from 1 there; it allows a part without rows, and
 * gives back the pages of a mapped file behind its rows as 'parent' does.
 * Close it with csv_close (the file stays mapped until 'parent' closes). */
CsvReader *csv_open_part(const CsvReader *parent, size_t from);

/* Rows starting at byte 'offset' or later (blank lines skipped first) are
 * not read: csv_next returns 0 there and csv_stopped becomes true.  0
 * removes the stop. */
void csv_set_stop(CsvReader *r, size_t offset);

/* True when the last csv_next ended at the stop (not at the end of data). */
bool csv_stopped(const CsvReader *r);

/* The line number at the reader's position (the next row's, after blank
 * lines that are not skipped yet). */
uint64_t csv_line(const CsvReader *r);

/* Number of columns, i.e. header fields (>= 1). */
size_t csv_ncols(const CsvReader *r);

/* The header as a row; its fields are trimmed, NUL-terminated copies owned
 * by 'r' (valid until csv_close). */
const CsvRow *csv_header(const CsvReader *r);

/* Bytes of the data (after any BOM) read so far into '*done' and in all into
 * '*total': how far the reader is, for progress and size estimates. */
void csv_position(const CsvReader *r, size_t *done, size_t *total);

/* The delimiter in use, ',' or ';'.  ';' means numbers use a decimal comma. */
int csv_delimiter(const CsvReader *r);

/* Reads the next row into '*row'.  Returns 1 for a row, 0 at the end, -1 on
 * error with '*err' filled.  CSV_ERR_FIELD_COUNT also fills '*row' with the
 * fields found, and the next call reads on; any other error is final and
 * every later call returns it again.  A header-only file gives -1 with
 * CSV_ERR_NO_ROWS on the first call unless allow_no_rows was set. */
int csv_next(CsvReader *r, CsvRow *row, CsvError *err);

/* The 1-based line and character column where field 'col' of 'row' starts
 * (its opening quote if quoted; the row start when 'col' >= row->n); 'row'
 * must come from csv_next/csv_header of a reader still open.  Rescans the
 * row up to the field, so it is meant for error reports, not every cell. */
void csv_field_pos(const CsvRow *row, size_t col, uint64_t *line, size_t *column);

/* Fills '*err' with kind CSV_ERR_VALUE at field 'col' of 'row' of 'r' with a
 * printf-formatted message (truncated to fit) and the field's line as
 * excerpt, for errors the caller finds in a value (an unparsable date), so
 * they render like the reader's own; the caller may append context such as
 * " (column 'naam')" to err->message. */
void csv_field_error(const CsvReader *r, const CsvRow *row, size_t col, CsvError *err,
                     const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 5, 6)))
#endif
    ;

/* Writes "FILE:LINE:COL: error: MESSAGE" (or "FILE: error: MESSAGE" when the
 * line is 0) into 'buf' of 'cap' bytes, NUL-terminated and truncated to fit;
 * returns the length the full text has, like snprintf. */
int csv_error_format(const CsvError *err, char *buf, size_t cap);

/* Parses a boolean cell: after trimming spaces and tabs, one of (ASCII case
 * ignored) true false  ja nee  yes no  waar onwaar  1 0.  Returns true and
 * sets '*out' on success; false (and '*out' untouched) otherwise. */
bool csv_parse_bool(const char *s, size_t len, bool *out);

/* Trims ASCII spaces and tabs at both ends of the slice '*s', '*len' in
 * place (only the slice moves; the bytes are not touched). */
void csv_trim(const char **s, size_t *len);

/* ---- writer ---------------------------------------------------------------- */

#define CSV_WRITER_BUF 65536

/* Buffered CSV output: ',' delimiter, '\n' line ends.  A field is quoted
 * (quotes doubled) only when it holds ',', ';', '"', CR or LF, begins or
 * ends with a space or tab, or begins with U+FEFF; a row of one empty field
 * is written "".  These extra cases (';', edge blanks, a BOM-like start, the
 * lone empty field) make every file written here read back identically
 * through this reader, delimiter detection, trimming and BOM included. */
typedef struct CsvWriter {
    FILE *f;                   /* destination (borrowed) */
    int err;                   /* errno of the first failed write, or 0 */
    size_t used;               /* bytes pending in 'buf' */
    size_t nfields;            /* fields written in the current row */
    bool last_empty;           /* the last field written was empty */
    Sha256 *hash;              /* if not NULL, every byte handed to 'f' is
                                  added to it (borrowed; NULL after init) */
    void (*sink)(void *ctx, const char *s, size_t len); /* if not NULL, takes
                                  the output instead of 'f' (memory) */
    void *sink_ctx;            /* its first argument */
    char buf[CSV_WRITER_BUF];  /* pending output */
} CsvWriter;

/* Starts writing to 'f' (borrowed; not closed here), hashing nothing. */
void csv_writer_init(CsvWriter *w, FILE *f);

/* Appends a field of 'len' bytes at 's' to the current row.  I/O errors are
 * remembered and reported by csv_writer_flush; output after one is dropped. */
void csv_write_field(CsvWriter *w, const char *s, size_t len);

/* Ends the current row with '\n'. */
void csv_end_row(CsvWriter *w);

/* Appends the 'len' bytes at 's', whole rows written by another CsvWriter,
 * between two rows of 'w'. */
void csv_write_rows(CsvWriter *w, const char *s, size_t len);

/* Writes out the buffer and fflushes 'f' (hands the buffer to 'sink' when
 * set).  Returns 0, or -1 when any write since csv_writer_init failed
 * (errno and w->err set to the first cause). */
int csv_writer_flush(CsvWriter *w);

#endif
