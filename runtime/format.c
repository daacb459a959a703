/* SPDX-License-Identifier: MIT
 * format.c - runtime values as text (styles and rules in format.h).
 *
 * Everything is written through a Sink: a caller's buffer that takes what
 * fits and counts the full length, so one pass both fills the buffer and
 * tells the size a retry needs (snprintf's contract).  Numbers go through
 * dec_format, dates and durations through date.h; no allocation.
 */
#include "format.h"

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>

/* Composite values nest at most this deep before "..." is written: values
 * come from typed policies whose types nest a few levels; the bound keeps
 * the recursion's stack use small whatever a caller passes. */
#define FORMAT_MAX_DEPTH 32

typedef struct Sink {
    char *buf;   /* destination (may be NULL when cap is 0) */
    size_t cap;  /* bytes at 'buf' */
    size_t len;  /* length of the whole text so far (may exceed cap) */
} Sink;

static void put(Sink *k, const char *s, size_t n)
{
    if (k->len + 1 < k->cap) {
        size_t room = k->cap - 1 - k->len;
        memcpy(k->buf + k->len, s, n < room ? n : room);
    }
    k->len += n;
}

static void put_str(Sink *k, const char *s) { put(k, s, strlen(s)); }

static void put_char(Sink *k, char c) { put(k, &c, 1); }

/* Ends the text with a NUL where it fits and returns the full length. */
static size_t finish(Sink *k)
{
    if (k->cap) k->buf[k->len < k->cap ? k->len : k->cap - 1] = '\0';
    return k->len;
}

/* Length of the well-formed UTF-8 sequence at 's' (*s >= 0x80) within 'n'
 * bytes, or 0 (Unicode table 3-7). */
static size_t utf8_len(const unsigned char *s, size_t n)
{
    unsigned char c = s[0], lo = 0x80, hi = 0xBF;
    size_t need;
    if (c < 0xC2) return 0;
    if (c < 0xE0) {
        need = 2;
    } else if (c < 0xF0) {
        need = 3;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c < 0xF5) {
        need = 4;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        return 0;
    }
    if (n < need || s[1] < lo || s[1] > hi) return 0;
    for (size_t j = 2; j < need; j++)
        if ((s[j] & 0xC0) != 0x80) return 0;
    return need;
}

static void json_string(Sink *k, const char *str, size_t len)
{
    static const char hex[] = "0123456789abcdef";
    const unsigned char *s = (const unsigned char *)str;
    put_char(k, '"');
    size_t run = 0; /* bytes before s + i that need no escape, not yet written */
    for (size_t i = 0; i < len;) {
        unsigned char c = s[i];
        size_t n = 1;
        char esc[6];
        size_t esc_len = 0;
        if (c >= 0x80) {
            n = utf8_len(s + i, len - i);
            if (n == 0) {
                memcpy(esc, "\\ufffd", 6);
                esc_len = 6;
                n = 1;
            }
        } else if (c == '"' || c == '\\') {
            esc[0] = '\\';
            esc[1] = (char)c;
            esc_len = 2;
        } else if (c == '\n' || c == '\r' || c == '\t') {
            esc[0] = '\\';
            esc[1] = c == '\n' ? 'n' : c == '\r' ? 'r' : 't';
            esc_len = 2;
        } else if (c < 0x20) {
            memcpy(esc, "\\u00", 4);
            esc[4] = hex[c >> 4];
            esc[5] = hex[c & 15];
            esc_len = 6;
        }
        if (esc_len) {
            put(k, (const char *)s + i - run, run);
            run = 0;
            put(k, esc, esc_len);
        } else {
            run += n;
        }
        i += n;
    }
    put(k, (const char *)s + len - run, run);
    put_char(k, '"');
}

size_t format_json_string(char *buf, size_t cap, const char *s, size_t len)
{
    Sink k = {buf, cap, 0};
    json_string(&k, s, len);
    return finish(&k);
}

/* A text inside a composite value in PLAIN or DUTCH: quoted, with '"' and
 * '\' escaped (line ends and other bytes as they are). */
static void quoted_text(Sink *k, const char *s, size_t len)
{
    put_char(k, '"');
    size_t from = 0;
    for (size_t i = 0; i < len; i++) {
        if (s[i] == '"' || s[i] == '\\') {
            put(k, s + from, i - from);
            put_char(k, '\\');
            from = i;
        }
    }
    put(k, s + from, len - from);
    put_char(k, '"');
}

/* The name of member/case 'tag' from 'names', or NULL when unknown. */
static const char *name_of(const EnumInfo *names, uint32_t tag)
{
    if (!names || !names->members || tag >= names->n) return NULL;
    return names->members[tag];
}

/* Part 'k' of 'type' when it exists ('n' parts are promised by the shape's
 * names, or 1 for sets and lists). */
static const FormatType *part_of(const FormatType *type, FormatShape shape, uint32_t k)
{
    if (!type || type->shape != shape || !type->parts) return NULL;
    if (shape == FORMAT_SET || shape == FORMAT_LIST) return k == 0 ? type->parts[0] : NULL;
    if (!type->names || k >= type->names->n) return NULL;
    return type->parts[k];
}

/* A decimal or percent prints the decimals it carries (as written in the
 * policy or data, or as exact arithmetic made them: 104.7 - 4.7 is 100.0),
 * up to this many; a value with more decimals came out of a division and
 * prints without trailing zeros. */
#define FORMAT_MAX_KEPT_DECIMALS 6

static void number(Sink *k, Value v, const FormatType *type, FormatStyle style)
{
    char buf[DEC_FORMAT_MAX];
    if (!dec_is_valid(value_dec(v))) { /* a scale beyond 24: not a number grip makes */
        put_str(k, style == FORMAT_JSON ? "\"?\"" : "?");
        return;
    }
    FieldType ft = type && type->shape == FORMAT_SCALAR ? type->type : FT_DECIMAL;
    DecStyle ds = style == FORMAT_DUTCH ? DEC_STYLE_NL : DEC_STYLE_PLAIN;
    int places = DEC_PLACES_MIN;
    if (ft == FT_MONEY) {
        places = 2;
        if (style == FORMAT_DUTCH) ds = DEC_STYLE_MONEY_NL;
    } else if (ft == FT_PERCENT) {
        ds = style == FORMAT_DUTCH ? DEC_STYLE_PERCENT_NL : DEC_STYLE_PERCENT;
        places = v.scale > 2 ? v.scale - 2 : 0; /* 0.4070 prints 40.70% */
        if (v.scale > FORMAT_MAX_KEPT_DECIMALS) places = DEC_PLACES_MIN;
    } else if (ft == FT_DECIMAL) {
        places = v.scale; /* as written or computed: 104.7 - 4.7 prints 100.0 */
        if (v.scale > FORMAT_MAX_KEPT_DECIMALS) places = DEC_PLACES_MIN;
    }
    size_t n = dec_format(buf, sizeof buf, value_dec(v), ds, places);
    if (n >= sizeof buf) n = sizeof buf - 1; /* cannot happen: DEC_FORMAT_MAX bounds it */
    bool bare = style != FORMAT_JSON || (ft == FT_INT && v.scale == 0);
    if (bare)
        put(k, buf, n);
    else
        json_string(k, buf, n);
}

static void value(Sink *k, Value v, const FormatType *type, FormatStyle style, int depth,
                  bool nested);

/* The fields 'f' (count 'n') of a record or variant payload whose type is
 * 'rec' (a FORMAT_RECORD or NULL). */
static void fields(Sink *k, const Value *f, uint32_t n, const FormatType *rec,
                   FormatStyle style, int depth, bool with_names)
{
    const EnumInfo *names = rec && rec->shape == FORMAT_RECORD ? rec->names : NULL;
    bool json_object = style == FORMAT_JSON && names && names->n >= n;
    put_char(k, style == FORMAT_JSON ? (json_object ? '{' : '[') : with_names ? '{' : '(');
    for (uint32_t i = 0; i < n; i++) {
        if (i) put_str(k, style == FORMAT_JSON ? "," : ", ");
        const char *name = name_of(names, i);
        if (json_object) {
            json_string(k, name ? name : "", name ? strlen(name) : 0);
            put_char(k, ':');
        } else if (with_names && name && style != FORMAT_JSON) {
            put_str(k, name);
            put_str(k, ": ");
        }
        value(k, f[i], part_of(rec, FORMAT_RECORD, i), style, depth + 1, true);
    }
    put_char(k, style == FORMAT_JSON ? (json_object ? '}' : ']') : with_names ? '}' : ')');
}

static void value(Sink *k, Value v, const FormatType *type, FormatStyle style, int depth,
                  bool nested)
{
    if (depth > FORMAT_MAX_DEPTH) {
        if (style == FORMAT_JSON)
            put_str(k, "\"...\"");
        else
            put_str(k, "...");
        return;
    }
    char buf[DURATION_TEXT_SIZE > DATE_TEXT_SIZE ? DURATION_TEXT_SIZE : DATE_TEXT_SIZE];
    switch ((ValueKind)v.kind) {
    case VAL_NONE:
        if (style == FORMAT_JSON) put_str(k, "null");
        return;
    case VAL_BOOL:
        put_str(k, style == FORMAT_DUTCH ? (v.as.b ? "ja" : "nee") : (v.as.b ? "true" : "false"));
        return;
    case VAL_NUM: number(k, v, type, style); return;
    case VAL_DATE:
        if (!date_is_valid(v.as.date)) {
            put_str(k, style == FORMAT_JSON ? "\"?\"" : "?");
            return;
        }
        if (style == FORMAT_DUTCH)
            date_format_nl(v.as.date, buf);
        else
            date_format_iso(v.as.date, buf);
        if (style == FORMAT_JSON)
            json_string(k, buf, strlen(buf));
        else
            put_str(k, buf);
        return;
    case VAL_DURATION:
        if (!duration_is_valid(v.as.dur)) {
            put_str(k, style == FORMAT_JSON ? "\"?\"" : "?");
            return;
        }
        duration_format(v.as.dur, style == FORMAT_DUTCH ? DATE_LANG_NL : DATE_LANG_EN, buf);
        if (style == FORMAT_JSON)
            json_string(k, buf, strlen(buf));
        else
            put_str(k, buf);
        return;
    case VAL_TEXT:
        if (!v.as.text) {
            put_str(k, style == FORMAT_JSON ? "\"\"" : nested ? "\"\"" : "");
        } else if (style == FORMAT_JSON) {
            json_string(k, v.as.text->s, v.as.text->len);
        } else if (nested) {
            quoted_text(k, v.as.text->s, v.as.text->len);
        } else {
            put(k, v.as.text->s, v.as.text->len);
        }
        return;
    case VAL_ENUM: {
        const EnumInfo *names = type && type->shape == FORMAT_SCALAR ? type->names : NULL;
        if (!names && type && type->shape == FORMAT_VARIANT) names = type->names;
        const char *name = name_of(names, v.tag);
        char num[16];
        if (!name) {
            snprintf(num, sizeof num, "#%u", (unsigned)v.tag);
            name = num;
        }
        if (style == FORMAT_JSON)
            json_string(k, name, strlen(name));
        else
            put_str(k, name);
        return;
    }
    case VAL_VARIANT: {
        const EnumInfo *names = type && type->shape == FORMAT_VARIANT ? type->names : NULL;
        const char *name = name_of(names, v.tag);
        char num[16];
        if (!name) {
            snprintf(num, sizeof num, "#%u", (unsigned)v.tag);
            name = num;
        }
        const FormatType *payload = part_of(type, FORMAT_VARIANT, v.tag);
        if (v.aux == 0 || !v.as.fields) {
            if (style == FORMAT_JSON)
                json_string(k, name, strlen(name));
            else
                put_str(k, name);
            return;
        }
        if (style == FORMAT_JSON) {
            put_char(k, '{');
            json_string(k, name, strlen(name));
            put_char(k, ':');
            fields(k, v.as.fields, v.aux, payload, style, depth, true);
            put_char(k, '}');
        } else {
            put_str(k, name);
            fields(k, v.as.fields, v.aux, payload, style, depth, false);
        }
        return;
    }
    case VAL_RECORD:
        if (!v.as.fields && v.aux) {
            put_str(k, style == FORMAT_JSON ? "null" : "?");
            return;
        }
        fields(k, v.as.fields, v.aux, type, style, depth, true);
        return;
    case VAL_SET:
    case VAL_LIST: {
        FormatShape shape = v.kind == VAL_SET ? FORMAT_SET : FORMAT_LIST;
        const FormatType *elem = part_of(type, shape, 0);
        bool set = v.kind == VAL_SET && style != FORMAT_JSON;
        put_char(k, set ? '{' : '[');
        uint32_t n = v.as.set ? v.as.set->n : 0;
        for (uint32_t i = 0; i < n; i++) {
            if (i) put_str(k, style == FORMAT_JSON ? "," : ", ");
            value(k, v.as.set->items[i], elem, style, depth + 1, true);
        }
        put_char(k, set ? '}' : ']');
        return;
    }
    }
    /* a kind byte outside ValueKind: write something visible, never crash */
    put_str(k, style == FORMAT_JSON ? "null" : "?");
}

size_t format_value(char *buf, size_t cap, Value v, const FormatType *type, FormatStyle style)
{
    Sink k = {buf, cap, 0};
    value(&k, v, type, style, 0, false);
    return finish(&k);
}
