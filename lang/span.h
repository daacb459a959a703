/* SPDX-License-Identifier: MIT
 * span.h - byte spans into source files, the table of loaded sources, and
 * line:column lookup.
 *
 * A Span is a half-open byte range [start, end) in one source file, named by
 * its index in a Sources table.  Spans are what every token, AST node and
 * diagnostic carries; lines and columns are computed only when a message is
 * printed, from a line-start table built once per file (jq locfile.c).
 * Columns count UTF-8 characters, 1-based (an invalid byte counts as one
 * character); lines are 1-based and end at '\n' ('\r' before it belongs to
 * the line's text but is never shown).  The unknown span is explicit:
 * SPAN_NONE, whose file is SPAN_NO_FILE.
 */
#ifndef GRIP_LANG_SPAN_H
#define GRIP_LANG_SPAN_H

#include <stddef.h>
#include <stdint.h>

#include "../runtime/arena.h"

#define SPAN_NO_FILE UINT32_MAX /* file id of the unknown span */

typedef struct Span {
    uint32_t file;  /* index in the Sources table, or SPAN_NO_FILE */
    uint32_t start; /* first byte */
    uint32_t end;   /* one past the last byte; == start for an empty span */
} Span;

#define SPAN_NONE ((Span){SPAN_NO_FILE, 0, 0})

typedef struct SourceFile {
    const char *path;      /* as shown in diagnostics, e.g. "zhz/regio.grip" */
    const char *text;      /* the bytes, followed by two NULs (arena) */
    uint32_t len;          /* bytes in 'text' without the NULs */
    uint32_t *line_starts; /* offset of each line's first byte; built lazily */
    uint32_t n_lines;      /* entries in 'line_starts' (0 until built) */
    Span *comments;        /* every '#' comment, in order (for grip fmt) */
    uint32_t n_comments;   /* entries in 'comments' */
} SourceFile;

typedef struct Sources {
    Arena *arena;       /* borrowed: holds every SourceFile and its text */
    SourceFile **files; /* xmalloc'ed array of arena pointers */
    uint32_t n;         /* files loaded */
    size_t cap;         /* capacity of 'files' */
} Sources;

typedef struct LineCol {
    uint32_t line; /* 1-based */
    uint32_t col;  /* 1-based, in UTF-8 characters */
} LineCol;

/* Initialises an empty table whose files live in 'arena' (borrowed; it must
 * outlive the table). */
void sources_init(Sources *s, Arena *arena);
/* Frees the table's own array; the files die with the arena. */
void sources_free(Sources *s);
/* Copies 'len' bytes of 'text' and the NUL-terminated 'path' into the arena
 * and returns the new file's id.  'len' must be below UINT32_MAX - 2 (the
 * caller enforces GRIP_MAX_SOURCE_BYTES, far below). */
uint32_t sources_add(Sources *s, const char *path, const char *text, size_t len);
/* Returns file 'file', or NULL when 'file' is not a loaded file's id. */
SourceFile *sources_get(const Sources *s, uint32_t file);
/* Returns the line and column of byte 'offset' in 'file' (an offset past
 * the end is clamped to the end).  {0, 0} for an unknown file. */
LineCol sources_linecol(const Sources *s, uint32_t file, uint32_t offset);
/* Stores the text of 1-based 'line' of 'file' (without '\n' or a '\r'
 * before it) in *text and *len and returns 1; returns 0 when there is no such
 * line.  The text is the file's own memory (borrowed). */
int sources_line(const Sources *s, uint32_t file, uint32_t line, const char **text, size_t *len);

/* Returns the span from 'a''s start to 'b''s end (same file assumed);
 * an unknown side yields the other. */
Span span_join(Span a, Span b);
/* Returns 1 when 's' is the unknown span. */
int span_is_none(Span s);

/* Returns the number of UTF-8 characters in the 'len' bytes at 's'; every
 * byte that is not a continuation byte (10xxxxxx) starts one character. */
size_t utf8_chars(const char *s, size_t len);
/* Returns the byte length (1-4) of the valid UTF-8 sequence at 's' (with
 * 'avail' bytes available), or 0 when the bytes there are not valid UTF-8
 * (overlong forms, surrogates and code points above U+10FFFF are invalid). */
int utf8_valid_seq(const unsigned char *s, size_t avail);

#endif
