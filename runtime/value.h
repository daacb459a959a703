/* SPDX-License-Identifier: MIT
 * value.h - runtime values of grip: a tagged union passed by value.
 *
 * Representation (32 bytes): a kind byte, a numeric scale, a 16-bit tag and
 * a 16-byte payload.  Numbers (int, decimal, money, percent) are stored as
 * the coefficient and scale of a Dec (runtime/num.h) split across header and
 * payload, so a Value is no bigger than a Dec.  Texts are interned
 * (runtime/intern.h): equal texts have equal pointers.  Variants and records
 * point to immutable arrays of field values in an arena; values are never
 * mutated after construction, so sharing needs no reference counts.
 *
 * VAL_NONE is "no value": a missing optional (a variant payload field that
 * the variant does not have, an unknown series cell, a table lookup that
 * found no row).  It only reaches a policy's arithmetic through an error;
 * the `or` default replaces it.
 */
#ifndef GRIP_RUNTIME_VALUE_H
#define GRIP_RUNTIME_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"
#include "intern.h"
#include "num.h"

typedef enum ValueKind {
    VAL_NONE,      /* no value; payload unused */
    VAL_BOOL,      /* as.b */
    VAL_NUM,       /* as.coef with 'scale' in the header: int, decimal, money, percent */
    VAL_DATE,      /* as.date */
    VAL_DURATION,  /* as.dur */
    VAL_TEXT,      /* as.text (interned) */
    VAL_ENUM,      /* 'tag' = member index; as.type = the enum's runtime type */
    VAL_VARIANT,   /* 'tag' = case index; as.fields = payload values (count known from the type) */
    VAL_RECORD,    /* as.fields = field values in declaration order */
    VAL_SET,       /* as.set */
    VAL_LIST       /* as.set (a list is a set that keeps order and duplicates) */
} ValueKind;

typedef struct ValueSeq ValueSeq;

typedef struct Value {
    uint8_t kind;      /* ValueKind */
    uint8_t scale;     /* VAL_NUM: decimals of the coefficient (0..DEC_MAX_SCALE) */
    uint16_t tag;      /* VAL_ENUM member / VAL_VARIANT case */
    uint32_t aux;      /* VAL_VARIANT/VAL_RECORD: number of fields; else 0 */
    uint64_t pad_;     /* keeps the payload 16-byte aligned; always 0 */
    union {
        bool b;
        i128 coef;
        Date date;
        Duration dur;
        const Text *text;
        const void *type;          /* VAL_ENUM: opaque pointer to its enum type */
        const struct Value *fields;
        const ValueSeq *set;
    } as;
} Value;

/* An ordered sequence of values: a set (sorted by value_compare, no
 * duplicates) or a list (any order).  Lives in an arena. */
struct ValueSeq {
    uint32_t n;        /* number of items */
    Value items[];     /* the items */
};

/* Constructors; none allocates. */
static inline Value value_none(void) { Value v = {0}; v.kind = VAL_NONE; return v; }
static inline Value value_bool(bool b) { Value v = {0}; v.kind = VAL_BOOL; v.as.b = b; return v; }
static inline Value value_num(Dec d) { Value v = {0}; v.kind = VAL_NUM; v.scale = (uint8_t)d.scale; v.as.coef = d.coef; return v; }
static inline Value value_int(int64_t n) { Value v = {0}; v.kind = VAL_NUM; v.as.coef = n; return v; }
static inline Value value_date(Date d) { Value v = {0}; v.kind = VAL_DATE; v.as.date = d; return v; }
static inline Value value_duration(Duration d) { Value v = {0}; v.kind = VAL_DURATION; v.as.dur = d; return v; }
static inline Value value_text(const Text *t) { Value v = {0}; v.kind = VAL_TEXT; v.as.text = t; return v; }
static inline Value value_enum(const void *type, uint16_t member) { Value v = {0}; v.kind = VAL_ENUM; v.tag = member; v.as.type = type; return v; }
/* A variant case 'tag' with 'n' payload values at 'fields' (borrowed: they
 * must outlive the value, e.g. in the row's scratch arena). */
static inline Value value_variant(uint16_t tag, const Value *fields, uint32_t n) { Value v = {0}; v.kind = VAL_VARIANT; v.tag = tag; v.aux = n; v.as.fields = fields; return v; }
static inline Value value_record(const Value *fields, uint32_t n) { Value v = {0}; v.kind = VAL_RECORD; v.aux = n; v.as.fields = fields; return v; }
static inline Value value_set(const ValueSeq *s) { Value v = {0}; v.kind = VAL_SET; v.as.set = s; return v; }
static inline Value value_list(const ValueSeq *s) { Value v = {0}; v.kind = VAL_LIST; v.as.set = s; return v; }

/* The number in a VAL_NUM value. */
static inline Dec value_dec(Value v) { Dec d; d.coef = v.as.coef; d.scale = v.scale; return d; }

/* True when 'a' and 'b' are equal by value (numbers by value: 1.50 = 1.5;
 * texts by pointer; variants and records field by field). */
bool value_equal(Value a, Value b);
/* Total order for values of one kind, used to sort sets and report groups:
 * numbers, dates, texts (bytewise), bools (false < true), enums and variants
 * by declaration order then payload.  Durations compare months then days. */
int value_compare(Value a, Value b);
/* Hash consistent with value_equal (1.50 and 1.5 hash alike). */
uint64_t value_hash(Value v);
/* True when 'x' is in the set or list 's'. */
bool value_seq_contains(const ValueSeq *s, Value x);

#endif
