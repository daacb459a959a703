/* SPDX-License-Identifier: MIT
 * format.h - runtime values as text: CSV cells, JSON values and Dutch text
 * for terminal tables and HTML.
 *
 * A value's kind decides how it is written; an optional FormatType adds what
 * the kind alone does not say: whether a number is an int, decimal, money or
 * percent, the names of enum members, variant cases and record fields, and
 * the types inside variants, records, sets and lists.  Without a FormatType
 * (NULL) numbers are written with as many decimals as they need and enum
 * members as "#N".  A value whose kind does not fit its FormatType is written
 * by its kind: formatting never fails and never reads out of bounds.
 *
 * The styles (docs: "What a run writes"):
 *             PLAIN (CSV)     DUTCH (tables, HTML)   JSON (JSON Lines)
 *   none      ""              ""                     null
 *   bool      true / false    ja / nee               true / false
 *   int       -1234           -1234                  -1234 (a JSON number)
 *   decimal   0.5             0,5                    "0.5"
 *   money     1484.62         € 1.484,62             "1484.62"
 *   percent   3%  2.5%        3%  2,5%               "2.5%"
 *   date      2021-01-31      31-01-2021             "2021-01-31"
 *   duration  6 months        6 maanden              "6 months"
 *   text      as is           as is                  "escaped"
 *   enum      jggz            jggz                   "jggz"
 * Money always has exactly 2 decimals (rounded half away from zero when a
 * computed amount has more); decimals and percentages as many as they need.
 * Percent is written with its sign, so a CSV written by grip reads back into
 * a `percent` field unchanged (the loader reads "3%" and "3" as 3%).  In
 * JSON every non-integer number is a string holding the PLAIN text: exact,
 * where a JSON number would be read as binary floating point by most tools;
 * ints are JSON numbers.  Composite values (PLAIN / DUTCH | JSON):
 *   variant   toegekend(1484.62)       | {"toegekend":{"bedrag":"1484.62"}}
 *             a case without payload:  naam | "naam"
 *   record    {naam: "x", n: 2}        | {"naam":"x","n":2}
 *   set       {a, b}                   | ["a","b"]
 *   list      [a, b]                   | ["a","b"]
 * Texts inside composites are quoted with \" and \\ escaped.
 */
#ifndef GRIP_RUNTIME_FORMAT_H
#define GRIP_RUNTIME_FORMAT_H

#include <stddef.h>

#include "schema.h"
#include "value.h"

/* How a value is laid out (the table above). */
typedef enum FormatStyle {
    FORMAT_PLAIN, /* CSV cells: ISO dates, '.' decimals, money with 2 decimals */
    FORMAT_DUTCH, /* people: "€ 1.234,56", "2,5%", "31-01-2021", "ja" */
    FORMAT_JSON   /* one JSON value: null, true, 12, "0.5", {...}, [...] */
} FormatStyle;

/* The shape of a FormatType; says which of its fields are used. */
typedef enum FormatShape {
    FORMAT_SCALAR,  /* 'type' (FT_*); 'names' = enum members for FT_ENUM */
    FORMAT_VARIANT, /* 'names' = case names, also the count of 'parts';
                       'parts'[case] = the case's payload as a FORMAT_RECORD,
                       or NULL (no payload / unknown) */
    FORMAT_RECORD,  /* 'names' = field names, also the count of 'parts';
                       'parts'[k] = field k (both may be NULL) */
    FORMAT_SET,     /* 'parts'[0] = the element type (may be NULL) */
    FORMAT_LIST     /* 'parts'[0] = the element type (may be NULL) */
} FormatShape;

/* The static type of a value, as far as formatting needs it.  Built once
 * (by lowering, or by hand in tests) and borrowed by every call; any pointer
 * in it may be NULL, meaning "unknown: format by the value's kind". */
typedef struct FormatType {
    FormatShape shape;                     /* which fields below are used */
    FieldType type;                        /* FORMAT_SCALAR: number kind, FT_ENUM, ... */
    const EnumInfo *names;                 /* member, case or field names (see shape) */
    const struct FormatType *const *parts; /* nested types (see shape) */
} FormatType;

/* Writes 'v' as text in 'style' into 'buf' of 'cap' bytes, like snprintf:
 * at most 'cap' - 1 bytes and a NUL (nothing when 'cap' is 0), and returns
 * the length of the whole text, so a caller whose buffer was too small
 * (result >= 'cap') can retry with result + 1 bytes.  'type' is borrowed and
 * may be NULL.  A text cut by 'cap' may end in the middle of a UTF-8
 * sequence.  Nesting deeper than 32 levels is written as "...". */
size_t format_value(char *buf, size_t cap, Value v, const FormatType *type, FormatStyle style);

/* Writes the 'len' bytes at 's' as a JSON string literal (with the quotes)
 * into 'buf' of 'cap' bytes, returning the full length like format_value.
 * '"' and '\' are escaped, line feed, carriage return and tab as \n \r \t,
 * other control characters as \u00XX; a byte that is not part of well-formed
 * UTF-8 becomes \ufffd, so the output is always valid JSON. */
size_t format_json_string(char *buf, size_t cap, const char *s, size_t len);

#endif
