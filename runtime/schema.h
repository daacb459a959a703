/* SPDX-License-Identifier: MIT
 * schema.h - the shape of a dataset: the fields of an `input` or `table`
 * declaration, as lowering hands them to the dataset loader.
 *
 * A Schema is built once per loaded policy (program arena) and describes
 * each field's name, runtime type, default and key role.  The dataset loader
 * (runtime/dataset.h) binds CSV columns to these fields by header name.
 */
#ifndef GRIP_RUNTIME_SCHEMA_H
#define GRIP_RUNTIME_SCHEMA_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "value.h"

typedef enum FieldType {
    FT_BOOL,      /* true/false/ja/nee/1/0 (csv_parse_bool) */
    FT_INT,       /* whole number; a cell with decimals is an error */
    FT_DECIMAL,   /* exact decimal; decimal comma in ';' files */
    FT_MONEY,     /* euro amount, at most 2 decimals; "€ 1.234,56" accepted */
    FT_PERCENT,   /* "3%" or "3" both mean 3% (stored as 0.03) */
    FT_DATE,      /* 2020-01-31 or 31-01-2020 (date_parse) */
    FT_DURATION,  /* "6 months" (duration_parse) */
    FT_TEXT,      /* any text, interned */
    FT_ENUM       /* one of 'enum_names'; stored as the member index */
} FieldType;

typedef struct EnumInfo {
    const char *name;          /* the enum's name, e.g. "Product" (for messages) */
    const char *const *members;/* member names in declaration order */
    uint32_t n;                /* number of members */
} EnumInfo;

typedef struct FieldSchema {
    const char *name;          /* field name = CSV header name */
    FieldType type;            /* how cells are parsed and stored */
    const EnumInfo *enum_info; /* FT_ENUM: its members; else NULL; also the
                                  opaque 'type' of the VAL_ENUM values made */
    bool has_default;          /* an empty cell or absent column takes 'dflt' */
    Value dflt;                /* the default (VAL_NONE when !has_default) */
    bool key;                  /* part of the declaration's key */
} FieldSchema;

typedef struct Schema {
    const char *name;          /* the input or table name, e.g. "Aanvraag" */
    FieldSchema *fields;       /* in declaration order */
    size_t n;                  /* number of fields */
    int32_t date_field;        /* `dated by` field index, or -1 */
} Schema;

#endif
