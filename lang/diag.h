/* SPDX-License-Identifier: MIT
 * diag.h - diagnostics: collect errors (with notes and hints) from the
 * lexer, parser, module loader and checker, and render them.
 *
 * One format for every phase (docs/internals.md):
 *
 *     policy.grip:12:7: error: unknown field 'amout'
 *     <the source line, tabs kept>
 *           ^~~~~
 *     hint: did you mean 'amount'?
 *
 * The caret line underlines the whole span on its first line (columns in
 * UTF-8 characters).  A note has its own location and caret; a hint is one
 * line of text.  Messages are lowercase, without a trailing period.  At most
 * GRIP_MAX_ERRORS errors are kept; the next one sets 'overflow' and the
 * rendering ends with "too many errors".  Phases stop early once diag_full()
 * says so.  Exports diag_* and diag_suggest (edit distance for "did you
 * mean" hints).
 */
#ifndef GRIP_LANG_DIAG_H
#define GRIP_LANG_DIAG_H

#include <stddef.h>
#include <stdio.h>

#include "span.h"

/* Errors kept per run; more are counted but not shown (awk's cap, clox's
 * panic mode): past 20 errors the rest are mostly consequences of the first. */
#define GRIP_MAX_ERRORS 20

typedef enum DiagLevel {
    DIAG_ERROR,   /* counts towards the exit status */
    DIAG_WARNING, /* shown, does not fail the run */
    DIAG_NOTE,    /* belongs to the preceding error or warning; has a span */
    DIAG_HINT     /* belongs to the preceding error or warning; text only */
} DiagLevel;

typedef struct DiagEntry {
    DiagLevel level; /* what kind of line this is */
    Span span;       /* where (SPAN_NONE: no location, no source line) */
    char *msg;       /* xmalloc'ed message */
} DiagEntry;

typedef struct Diag {
    const Sources *sources; /* borrowed: to print paths and source lines */
    DiagEntry *entries;     /* xmalloc'ed, in the order reported */
    size_t n;               /* entries used */
    size_t cap;             /* entries allocated */
    int n_errors;           /* errors kept (<= GRIP_MAX_ERRORS) */
    int n_warnings;         /* warnings kept */
    int overflow;           /* errors dropped because of the cap */
    int dropping;           /* 1 while notes belong to a dropped error */
} Diag;

/* Initialises 'd' to render with 'sources' (borrowed, may be NULL when no
 * diagnostic has a span). */
void diag_init(Diag *d, const Sources *sources);
/* Frees every message. */
void diag_free(Diag *d);
/* Records an error at 'span'.  Returns 1 when kept, 0 when dropped by the
 * cap (its notes and hints are then dropped too). */
int diag_error(Diag *d, Span span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Records a warning at 'span' (never counted towards the cap). */
void diag_warning(Diag *d, Span span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Adds a note with its own location to the last error or warning. */
void diag_note(Diag *d, Span span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;
/* Adds a hint line to the last error or warning. */
void diag_hint(Diag *d, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 2, 3)))
#endif
    ;
/* Returns the number of errors reported, dropped ones included. */
int diag_errors(const Diag *d);
/* Returns 1 once GRIP_MAX_ERRORS errors are kept: phases should stop. */
int diag_full(const Diag *d);
/* Writes every kept diagnostic to 'out' in the order reported, then
 * "too many errors: stopped after 20" once the cap was reached (phases
 * stop there, so later errors were never looked for). */
void diag_render(const Diag *d, FILE *out);

/* Returns the candidate (one of the 'n' strings in 'cands') closest to
 * 'name' by optimal-string-alignment edit distance, if that distance is at
 * most max(1, strlen(name) / 3) and the candidate is not 'name' itself;
 * otherwise NULL.  Ties go to the earliest candidate.  Names longer than
 * 64 bytes are never matched.  Borrows everything; allocates nothing. */
const char *diag_suggest(const char *name, const char *const *cands, size_t n);

#endif
