/* SPDX-License-Identifier: MIT
 * dataset.h - datasets: CSV files (or rows built in code) bound to the
 * Schema of an `input` or `table`, stored as typed columns.
 *
 * Storage is columnar, one array per field, compact enough for 10^7 rows:
 *   bool uint8 | int, decimal, money, percent: an integer coefficient at one
 *   scale per column, stored in 1, 2, 4 or 8 bytes: the fewest that hold the
 *   column's largest coefficient (widened when a bigger one comes) | date
 *   int32 day number | duration 8 bytes | text: interned (equal texts, equal
 *   pointers), stored as a 1- or 2-byte code into a per-column table of the
 *   distinct texts while a column has at most 65536 of them (names, places,
 *   providers), else as const Text * (ids), or, for a field the caller
 *   only writes out (DatasetOptions.raw_text), uninterned in a per-column
 *   heap | enum uint16 member index.
 * So B1's 14 columns take about 33 bytes a row, where int64 numbers and text
 * pointers would take 70.  A field whose column is absent from the file
 * holds its default and takes no storage.  A number column has the scale of
 * its most precise value: a cell with more decimals than the column so far
 * rescales the column (money is always 2 decimals, int 0).  Coefficients
 * stay below 10^18 in magnitude (GRIP_MAX_DATA_DIGITS), so every stored
 * number has at most 18 digits and fits in an int64.
 * Line numbers cost nothing per row: only rows that do not follow their
 * predecessor's line (blank lines, quoted line ends) are recorded.
 *
 * Reading cells (dataset_load; see runtime/dataset.c for the details):
 *   bool      csv_parse_bool: true/false, ja/nee, yes/no, waar/onwaar, 1/0
 *   numbers   dec_parse_csv: decimal comma when the file's delimiter is ';';
 *             int takes whole numbers only ("2.00" is 2, "2.5" is an error);
 *             money at most 2 decimals ("12.345" is an error, never
 *             rounded), "€ 1.234,56" accepted; percent "3%" and "3" both 3%
 *             (stored 0.03, so "0.03" is 0.03%); a currency sign only in money
 *   date      date_parse: 2020-01-31 or 31-01-2020 (spaces trimmed)
 *   duration  duration_parse: "6 months", "1 jaar en 6 maanden"
 *   text      as written (quoted fields keep their spaces), interned
 *   enum      a member name, exactly (case-sensitive; spaces trimmed)
 * An empty cell takes the field's default; without one it is an error.  For
 * text fields only an unquoted empty cell is "empty": a quoted "" is the
 * empty text.  Errors name file, line, column and value in one format
 *   data/aanvragen.csv:17:45: error: 'abc' in column 'tarief' is not a
 *   money amount: unexpected character in number
 * (one line) with an optional "hint: ..." line.  A load collects up to
 * GRIP_MAX_DATA_ERRORS errors and then stops with "too many errors in FILE".
 *
 * Reading a Dataset (dataset_get, dataset_lookup, ...) never modifies it, so
 * any number of threads may read one at once.
 */
#ifndef GRIP_RUNTIME_DATASET_H
#define GRIP_RUNTIME_DATASET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "intern.h"
#include "progress.h"
#include "schema.h"
#include "value.h"

/* Errors kept per file (or per dataset_index call) before the load stops:
 * past 20 a user learns nothing new from more of the same (a wrong column,
 * a wrong decimal separator), and the report stays readable. */
#define GRIP_MAX_DATA_ERRORS 20

/* Most rows in one dataset.  Row numbers are 32-bit in the key index (half
 * the memory of 64-bit slots); 4 * 10^9 rows would need far more memory
 * than the machines grip runs on, so the limit is never the binding one.
 * DatasetOptions.max_rows lowers it (tests reach it with small files). */
#define GRIP_MAX_DATASET_ROWS ((size_t)UINT32_MAX - 1)

/* Most digits of a number in a dataset, decimals included (|coefficient|
 * < 10^18 at the column's scale): coefficients are int64 to keep 10^7 rows
 * small, and 18 digits always fit in one (19 do only partly). */
#define GRIP_MAX_DATA_DIGITS 18

/* ---- data errors -------------------------------------------------------------- */

/* What a DataIssue is. */
typedef enum DataIssueKind {
    DATA_ISSUE_ERROR,   /* counts in DataError.errors; the caller exits 4 */
    DATA_ISSUE_WARNING, /* shown; the load still succeeds (an unknown column) */
    DATA_ISSUE_STOP     /* "too many errors in FILE": a plain line, after 20 errors */
} DataIssueKind;

/* One message about a data file. */
typedef struct DataIssue {
    DataIssueKind kind; /* error, warning or the stop line */
    char *file;         /* xmalloc'ed file name, or NULL (rows built in code) */
    uint64_t line;      /* 1-based line, or 0 when the message has none */
    size_t col;         /* 1-based character column, or 0 */
    char *message;      /* xmalloc'ed, lowercase, no trailing period, valid UTF-8 */
    char *hint;         /* xmalloc'ed advice for a "hint:" line, or NULL */
} DataIssue;

/* The messages of one or more loads; the caller owns it and may pass the
 * same one to several loads (each file has its own cap). */
typedef struct DataError {
    DataIssue *items;   /* in the order found (xmalloc'ed) */
    size_t n;           /* items used */
    size_t cap;         /* items allocated */
    size_t errors;      /* items of kind DATA_ISSUE_ERROR */
    size_t warnings;    /* items of kind DATA_ISSUE_WARNING */
} DataError;

/* Initialises an empty collection. */
void data_error_init(DataError *e);
/* Frees every message; 'e' is empty (and reusable) afterwards. */
void data_error_free(DataError *e);
/* Writes every issue to 'out', each as
 *     FILE:LINE:COL: error: MESSAGE      (FILE:LINE: / FILE: / nothing when
 *     hint: HINT                          the position or file is unknown)
 * with "warning:" for warnings and the stop line as it is. */
void data_error_print(const DataError *e, FILE *out);
/* Returns what data_error_print writes, as an xmalloc'ed string ("" when
 * empty); the caller frees it with xfree. */
char *data_error_text(const DataError *e);

/* ---- datasets ------------------------------------------------------------------- */

/* How a column is stored; see DatasetColumn. */
typedef enum DatasetStore {
    DS_CONST,    /* no array: every row holds 'constant' (absent column, default) */
    DS_BOOL,     /* uint8_t 0/1 */
    DS_NUM8,     /* int8_t coefficient; the value is coef x 10^-'scale' */
    DS_NUM16,    /* int16_t coefficient, likewise */
    DS_NUM32,    /* int32_t coefficient, likewise */
    DS_NUM64,    /* int64_t coefficient, likewise */
    DS_DATE,     /* int32_t days since 1970-01-01 */
    DS_DURATION, /* Duration */
    DS_TEXT,     /* const Text * (interned; never NULL) */
    DS_DICT8,    /* uint8_t index into 'dict' */
    DS_DICT16,   /* uint16_t index into 'dict' */
    DS_ENUM,     /* uint16_t member index; 'type' is the EnumInfo */
    DS_RAW       /* uint32_t: offset / 4 of the row's Text in 'heap', where
                    the texts are packed 4-byte aligned and NOT interned
                    (DatasetOptions.raw_text): equal texts may have different
                    pointers, so only a field nothing compares is stored so */
} DatasetStore;

/* One field's values.  Read-only outside dataset.c. */
typedef struct DatasetColumn {
    void *data;        /* the typed array (xmalloc'ed), NULL for DS_CONST */
    uint8_t store;     /* DatasetStore */
    uint8_t scale;     /* DS_NUM*: decimals of every coefficient */
    const void *type;  /* DS_ENUM: the field's EnumInfo (VAL_ENUM's 'type') */
    int64_t max_abs;   /* DS_NUM*: largest |coefficient| stored (< 10^18) */
    const Text **dict; /* DS_DICT*: the distinct texts by code (xmalloc'ed) */
    size_t ndict;      /* DS_DICT*: codes in use */
    size_t dictcap;    /* DS_DICT*: entries allocated in 'dict' */
    uint32_t *codes;   /* DS_DICT* while loading: text -> code + 1, by
                          Text.hash (open addressing; xmalloc'ed), or NULL */
    size_t codemask;   /* slots of 'codes' - 1 */
    char *heap;        /* DS_RAW: the texts (xmalloc'ed; shared by views) */
    size_t heap_len;   /* DS_RAW: bytes used in 'heap' */
    size_t heap_cap;   /* DS_RAW: bytes allocated */
    Value constant;    /* DS_CONST: the value of every row */
} DatasetColumn;

/* A run of rows on consecutive lines: row 'row' is on line 'line', the
 * rows after it on the lines after it, until the next run. */
typedef struct DatasetLineRun {
    size_t row;     /* first row of the run */
    uint64_t line;  /* its line (0 for rows built without a line) */
} DatasetLineRun;

/* A dataset.  The fields are read-only outside dataset.c; use the
 * functions below. */
typedef struct Dataset {
    const Schema *schema;   /* borrowed; must outlive the dataset */
    DatasetColumn *cols;    /* schema->n columns, in the schema's order */
    size_t nrows;           /* rows stored */
    size_t cap;             /* rows allocated in every array column */
    char *file;             /* the file name for messages (xmalloc'ed), or NULL */
    DatasetLineRun *runs;   /* line runs by row, ascending (xmalloc'ed) */
    size_t nruns;           /* runs used */
    size_t runcap;          /* runs allocated */
    char **unknown;         /* names of the file's undeclared columns */
    size_t nunknown;        /* how many */
    size_t *key_fields;     /* fields of the index, or NULL when none */
    size_t nkeys;           /* how many */
    uint64_t *slots;        /* index: (hash >> 32) << 32 | (row + 1); 0 = empty */
    size_t mask;            /* index slots - 1 (a power of two minus one) */
} Dataset;

/* Options of dataset_load; a NULL pointer or a zeroed struct means defaults. */
typedef struct DatasetOptions {
    int delimiter;        /* 0: detect; ',' or ';' forced (--delimiter) */
    bool strict;          /* an undeclared column is an error, not a warning */
    bool allow_no_rows;   /* a file with only a header is an empty dataset */
    const char *kind;     /* "input" or "table", for messages; NULL: not said */
    size_t max_rows;      /* 0: GRIP_MAX_DATASET_ROWS; else a lower limit */
    Progress *progress;   /* updated with the rows read, or NULL */
    const uint8_t *raw_text; /* per schema field, or NULL: 1 keeps a text
                             field's cells apart, uninterned (DS_RAW: 24
                             bytes a cell like an id, where interning costs
                             about 70), for a field the caller only writes
                             out or shows in messages, never compares */
    unsigned threads;     /* a file of at least 2 x part_bytes is read in
                             that many parts at once (0 or 1: one thread);
                             the dataset, messages included, is the same */
    size_t part_bytes;    /* least bytes per part (0: 8 MiB; tests make it
                             small) */
} DatasetOptions;

/* Reads the CSV file at 'path' into a dataset shaped by 'schema', binding
 * columns to fields by header name (exact, case-sensitive).  'path' and
 * 'schema' are borrowed ('schema' must outlive the dataset; the name is
 * copied); texts are interned in 'texts', which must be the interner the
 * policy's own texts live in and must outlive the dataset.  'opt' may be NULL.
 * A field without a column takes its default in every row, or is an error
 * ("missing column 'x' (the input A declares it; the file has: a, b, …)");
 * a column no field declares is a warning in 'err' and is listed by
 * dataset_unknown (an error with opt->strict).  Every cell is parsed by its
 * field's type (see the top of this file).  Returns the dataset, or NULL when
 * any error was found; errors and warnings are appended to 'err' either way
 * (at most GRIP_MAX_DATA_ERRORS errors, then a stop line).  Never prints. */
Dataset *dataset_load(const char *path, const Schema *schema, const DatasetOptions *opt,
                      Interner *texts, DataError *err);

/* Returns an empty dataset shaped by 'schema' (borrowed, must outlive it),
 * for rows built in code: inline `table` rows, `grip test` blocks.
 * 'source' (copied; may be NULL) names where the rows come from, e.g. the
 * policy file, in messages. */
Dataset *dataset_new(const Schema *schema, const char *source);

/* Appends a row of schema->n typed values (borrowed; texts must be interned
 * in the policy's interner, enums carry their field's EnumInfo as 'type').
 * VAL_NONE takes the field's default.  'line' is the row's line in 'source'
 * (0: none).  Values are checked as CSV cells are: the kind must fit the
 * field type, ints whole, money at most 2 decimals, at most 18 digits.
 * Returns true, or false with a message naming the field (e.g. "no value
 * for 'tarief', and Aanvraag declares no default for it") in 'why' (of 'whycap'
 * bytes) and the dataset unchanged. */
bool dataset_append(Dataset *ds, const Value *row, uint64_t line, char *why, size_t whycap);

/* Builds the hash index on the 'nkeys' fields at 'key_fields' (copied), or
 * on the schema's key fields when 'key_fields' is NULL, replacing an earlier
 * index.  A key that occurs twice is an error in 'err' naming both lines
 * ("duplicate key ("A001", 2020): lines 4 and 9"), at most
 * GRIP_MAX_DATA_ERRORS of them.  Returns false (no index) on duplicates, on
 * no key fields, or on a field number out of range (an error in 'err' too). */
bool dataset_index(Dataset *ds, const size_t *key_fields, size_t nkeys, DataError *err);

/* Returns the row whose key fields equal the 'nkeys' values at 'keys'
 * (borrowed; equality as value_equal: numbers by value, texts by pointer),
 * or -1 when there is none or no index.  Constant time on average. */
int64_t dataset_lookup(const Dataset *ds, const Value *keys);

/* Number of rows. */
static inline size_t dataset_rows(const Dataset *ds) { return ds->nrows; }

/* The value of 'field' (schema order) in 'row'.  Requires row <
 * dataset_rows(ds) and field < schema->n; not checked (the evaluator's inner
 * loop).  Numbers come at the column's scale (1.5 may read as 1.50). */
static inline Value dataset_get(const Dataset *ds, size_t row, size_t field)
{
    const DatasetColumn *c = &ds->cols[field];
    Value v = {0};
    switch ((DatasetStore)c->store) {
    case DS_CONST: return c->constant;
    case DS_BOOL:
        v.kind = VAL_BOOL;
        v.as.b = ((const uint8_t *)c->data)[row] != 0;
        break;
    case DS_NUM8:
        v.kind = VAL_NUM;
        v.scale = c->scale;
        v.as.coef = ((const int8_t *)c->data)[row];
        break;
    case DS_NUM16:
        v.kind = VAL_NUM;
        v.scale = c->scale;
        v.as.coef = ((const int16_t *)c->data)[row];
        break;
    case DS_NUM32:
        v.kind = VAL_NUM;
        v.scale = c->scale;
        v.as.coef = ((const int32_t *)c->data)[row];
        break;
    case DS_NUM64:
        v.kind = VAL_NUM;
        v.scale = c->scale;
        v.as.coef = ((const int64_t *)c->data)[row];
        break;
    case DS_DATE:
        v.kind = VAL_DATE;
        v.as.date.days = ((const int32_t *)c->data)[row];
        break;
    case DS_DURATION:
        v.kind = VAL_DURATION;
        v.as.dur = ((const Duration *)c->data)[row];
        break;
    case DS_TEXT:
        v.kind = VAL_TEXT;
        v.as.text = ((const Text *const *)c->data)[row];
        break;
    case DS_DICT8:
        v.kind = VAL_TEXT;
        v.as.text = c->dict[((const uint8_t *)c->data)[row]];
        break;
    case DS_DICT16:
        v.kind = VAL_TEXT;
        v.as.text = c->dict[((const uint16_t *)c->data)[row]];
        break;
    case DS_ENUM:
        v.kind = VAL_ENUM;
        v.tag = ((const uint16_t *)c->data)[row];
        v.as.type = c->type;
        break;
    case DS_RAW:
        v.kind = VAL_TEXT;
        v.as.text = (const Text *)(const void *)(c->heap + 4 * (size_t)((const uint32_t *)c->data)[row]);
        break;
    }
    return v;
}

/* The 1-based line where 'row' starts in its file (for runtime errors), or
 * the line given to dataset_append (0: none).  'row' < dataset_rows. */
uint64_t dataset_line(const Dataset *ds, size_t row);

/* The file (or source) name given to dataset_load / dataset_new, or NULL. */
const char *dataset_file(const Dataset *ds);

/* The schema the dataset was built for. */
const Schema *dataset_schema(const Dataset *ds);

/* Number of the file's columns that no field declares, and the name of the
 * 'k'-th (in file order; owned by the dataset). */
size_t dataset_unknown_count(const Dataset *ds);
const char *dataset_unknown(const Dataset *ds, size_t k);

/* Frees the values of 'field' for a caller that will not read them again
 * (a run's input once its date-ordered view holds what the first pass
 * needs): the column then reads as "no value" (DS_CONST).  Its dictionary
 * or text heap, which views made from the dataset share, stays until
 * dataset_free.  Not for a key field of an index in use. */
void dataset_release_column(Dataset *ds, size_t field);

/* Frees the dataset and everything it owns (not the interned texts, which
 * belong to the interner).  NULL is ok. */
void dataset_free(Dataset *ds);

#endif
