/* SPDX-License-Identifier: MIT
 * csv.c - the CSV reader and writer (rules and API in csv.h).
 *
 * Reader: the whole file is one byte range [buf, end) (mmap'ed, read, or the
 * caller's buffer), never copied and never NUL-terminated.  A row is scanned
 * once, byte by byte through a 256-entry class table, up to a limit pointer
 * min(end, row start + GRIP_MAX_CSV_LINE), so one compare per byte checks
 * both end of data and the row limit.  Bytes >= 0x80 are validated as UTF-8
 * where they are met (RFC 3629, table 3-7 of the Unicode standard), so every
 * byte of a row is checked exactly once and nothing before an error is
 * unchecked.  Fields are slices into the buffer; only quoted fields holding
 * "" are unescaped, into a scratch block of GRIP_MAX_CSV_LINE bytes that
 * never moves (a row cannot unescape to more than its own length).
 * Invariant while scanning: 'line' is the 1-based number of the line holding
 * the cursor and 'lstart' its first byte, so an error's column is a count of
 * UTF-8 lead bytes from 'lstart'.
 * Writer: a fixed buffer flushed with fwrite; the first errno is kept.
 */
/* madvise(MADV_DONTNEED) is not POSIX (posix_madvise's DONTNEED is only a
 * hint that glibc ignores); ask for the system's declarations in this file */
#if !defined(_DEFAULT_SOURCE)
#define _DEFAULT_SOURCE 1
#endif
#include "csv.h"

#include "alloc.h"

#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

typedef unsigned char u8;

/* Byte classes of the scanner (r->cls).  K_PLAIN and K_DELIM must stay the
 * two smallest: inside quotes both are ordinary text. */
enum { K_PLAIN, K_DELIM, K_QUOTE, K_CR, K_LF, K_NUL, K_HIGH };

/* Bytes of a mapped file read between two release_behind calls that give
 * them back. */
#define RELEASE_STEP ((size_t)8 << 20)

/* Characters shown of a line in CsvError.excerpt, and of user text (a
 * column name) quoted in a message. */
#define EXCERPT_CHARS 80
#define NAME_CHARS 60

struct CsvReader {
    const char *name;       /* file name for errors (borrowed) */
    const u8 *buf;          /* first byte of the data, after any BOM */
    const u8 *end;          /* one past the last byte */
    const u8 *p;            /* cursor: start of the next row or blank line */
    uint64_t line;          /* line number at 'p' */
    const u8 *line_start;   /* == p between rows */
    void *map;              /* mmap'ed file (owned) or NULL */
    size_t map_len;         /* bytes of 'map' */
    const u8 *map_base;     /* the mapping the data lies in (this reader's or,
                               for a part, its parent's), or NULL */
    const u8 *released;     /* mapped pages before this were handed back */
    const u8 *stop;         /* rows starting here or later are not read, or NULL */
    bool stopped;           /* the last csv_next ended at 'stop' */
    bool part;              /* made by csv_open_part: the header is borrowed */
    u8 *owned;              /* read() file data or NULL */
    int delim;              /* ',' or ';' */
    bool allow_no_rows;     /* CsvOptions.allow_no_rows */
    bool fast;              /* plain rows may take read_plain_row */
    uint64_t nrows;         /* rows returned so far (field-count errors too) */
    CsvField *fields;       /* the current row's fields */
    size_t fcap;            /* capacity of 'fields' */
    char *scratch;          /* unescaped quoted fields; GRIP_MAX_CSV_LINE bytes */
    size_t scratch_used;    /* bytes used by the current row */
    CsvRow header;          /* the header; fields in 'hfields' */
    CsvField *hfields;      /* header fields, ptr into 'hnames' */
    char *hnames;           /* trimmed header names, each NUL-terminated */
    CsvError fatal;         /* kind != CSV_OK once a final error happened */
    u8 cls[256];            /* byte class table for 'delim' */
};

/* ---- errors ---------------------------------------------------------------- */

/* Length of the well-formed UTF-8 sequence at 'p' (p < end, *p >= 0x80), or
 * 0 when it is ill-formed or cut off by 'end' (Unicode table 3-7). */
static size_t utf8_seq(const u8 *p, const u8 *end)
{
    u8 c = p[0], lo = 0x80, hi = 0xBF;
    size_t n;
    if (c < 0xC2) return 0;            /* continuation byte, or overlong C0/C1 */
    if (c < 0xE0) {
        n = 2;
    } else if (c < 0xF0) {
        n = 3;
        if (c == 0xE0) lo = 0xA0;      /* overlong */
        if (c == 0xED) hi = 0x9F;      /* UTF-16 surrogates */
    } else if (c < 0xF5) {
        n = 4;
        if (c == 0xF0) lo = 0x90;      /* overlong */
        if (c == 0xF4) hi = 0x8F;      /* above U+10FFFF */
    } else {
        return 0;
    }
    if ((size_t)(end - p) < n) return 0;
    if (p[1] < lo || p[1] > hi) return 0;
    for (size_t k = 2; k < n; k++)
        if ((p[k] & 0xC0) != 0x80) return 0;
    return n;
}

/* Characters from 'from' to 'to': bytes that are not UTF-8 continuations. */
static size_t count_chars(const u8 *from, const u8 *to)
{
    size_t n = 0;
    for (; from < to; from++) n += (*from & 0xC0) != 0x80;
    return n;
}

/* Appends text to 'out' (cap bytes, NUL-terminated, at '*used'), dropping
 * what does not fit. */
static void append(char *out, size_t cap, size_t *used, const char *s, size_t len)
{
    if (*used + 1 >= cap) return;
    if (len > cap - 1 - *used) len = cap - 1 - *used;
    memcpy(out + *used, s, len);
    *used += len;
    out[*used] = '\0';
}

/* Renders up to 'max_chars' characters of [s, end) into 'out', stopping at a
 * line end when 'one_line' (else showing it as \x0a); ill-formed bytes,
 * controls and DEL as \xNN, tab as \t, "..." when cut.  The result is
 * valid UTF-8 as long as 'cap' >= 4 * max_chars + 4. */
static void render(char *out, size_t cap, const u8 *s, const u8 *end, size_t max_chars,
                   bool one_line)
{
    size_t used = 0, chars = 0;
    out[0] = '\0';
    while (s < end && !(one_line && (*s == '\n' || *s == '\r'))) {
        if (chars == max_chars) {
            append(out, cap, &used, "...", 3);
            return;
        }
        size_t n = *s >= 0x80 ? utf8_seq(s, end) : 1;
        if (*s == '\t') {
            append(out, cap, &used, "\\t", 2);
        } else if (n == 0 || *s < 0x20 || *s == 0x7F) {
            char hex[5];
            snprintf(hex, sizeof hex, "\\x%02x", *s);
            append(out, cap, &used, hex, 4);
            n = 1;
        } else {
            append(out, cap, &used, (const char *)s, n);
        }
        s += n;
        chars++;
    }
}

/* vsnprintf into 'buf' of 'cap' bytes; when the text is cut, a UTF-8
 * sequence cut in two is dropped too, so the result stays valid UTF-8. */
static void vformat(char *buf, size_t cap, const char *fmt, va_list ap)
{
    int n = vsnprintf(buf, cap, fmt, ap);
    if (n < 0) {
        buf[0] = '\0';
        return;
    }
    if ((size_t)n < cap) return;
    size_t len = cap - 1, lead = len;
    while (lead > 0 && len - lead < 4 && ((u8)buf[lead - 1] & 0xC0) == 0x80) lead--;
    if (lead > 0 && (u8)buf[lead - 1] >= 0xC0) { /* buf[lead - 1] starts a sequence */
        u8 c = (u8)buf[lead - 1];
        size_t need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2;
        if (len - (lead - 1) < need) buf[lead - 1] = '\0';
    }
}

/* Fills 'err' (all fields) with kind 'kind' at 'line' (0: no position) and
 * the character column of 'pos' in the line starting at 'lstart'; the
 * excerpt is that line.  'lstart' may be NULL when line is 0. */
static void set_error(CsvError *err, CsvErrorKind kind, const char *file, uint64_t line,
                      const u8 *lstart, const u8 *pos, const u8 *end, const char *hint,
                      const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 9, 10)))
#endif
    ;

static void set_error(CsvError *err, CsvErrorKind kind, const char *file, uint64_t line,
                      const u8 *lstart, const u8 *pos, const u8 *end, const char *hint,
                      const char *fmt, ...)
{
    err->kind = kind;
    err->file = file;
    err->line = line;
    err->col = line ? 1 + count_chars(lstart, pos) : 0;
    err->expected = 0;
    err->actual = 0;
    err->hint = hint;
    va_list ap;
    va_start(ap, fmt);
    vformat(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
    if (line)
        render(err->excerpt, sizeof err->excerpt, lstart, end, EXCERPT_CHARS, true);
    else
        err->excerpt[0] = '\0';
}

/* The error for an ill-formed UTF-8 sequence at 'pos': the message shows its
 * first byte and the continuation bytes right after it (at most 4). */
static void utf8_error(CsvError *err, const char *file, uint64_t line, const u8 *lstart,
                       const u8 *pos, const u8 *end)
{
    char bytes[4 * 4 + 1];
    size_t n = 0;
    do {
        snprintf(bytes + 4 * n, 5, "\\x%02x", pos[n]);
        n++;
    } while (n < 4 && pos + n < end && (pos[n] & 0xC0) == 0x80);
    set_error(err, CSV_ERR_ENCODING, file, line, lstart, pos, end,
              "save the file as UTF-8 (in Excel: 'CSV UTF-8')",
              "invalid UTF-8 %s '%s'", n == 1 ? "byte" : "sequence", bytes);
}

/* An I/O error on 'path' ('what' failed with 'errnum'); strerror's text is
 * given a lowercase first letter to match grip's messages. */
static void io_error(CsvError *err, const char *path, const char *what, int errnum)
{
    char reason[128];
    snprintf(reason, sizeof reason, "%s", strerror(errnum));
    if (reason[0] >= 'A' && reason[0] <= 'Z' && reason[1] >= 'a' && reason[1] <= 'z')
        reason[0] = (char)(reason[0] - 'A' + 'a');
    set_error(err, CSV_ERR_IO, path, 0, NULL, NULL, NULL, NULL, "%s: %s", what, reason);
}

/* Finds the line and line start of 'target', scanning from 'start' (a line
 * start on line 'line'); '*col' gets the character column. */
static void locate(const u8 *start, uint64_t line, const u8 *target, uint64_t *out_line,
                   size_t *col, const u8 **out_lstart)
{
    const u8 *ls = start;
    for (const u8 *q = start; q < target; q++) {
        if (*q == '\n' || (*q == '\r' && !(q + 1 < target && q[1] == '\n'))) {
            line++;
            ls = q + 1;
        }
    }
    *out_line = line;
    *col = 1 + count_chars(ls, target);
    if (out_lstart) *out_lstart = ls;
}

int csv_error_format(const CsvError *err, char *buf, size_t cap)
{
    const char *file = err->file ? err->file : "<memory>";
    if (err->line)
        return snprintf(buf, cap, "%s:%" PRIu64 ":%zu: error: %s", file, err->line, err->col,
                        err->message);
    return snprintf(buf, cap, "%s: error: %s", file, err->message);
}

/* ---- the fast path: rows of plain fields ----------------------------------------- */

/* Most rows of real files (every row of B1) hold only plain fields: ASCII
 * without quotes, NUL or blanks at their edges.  read_plain_row takes such
 * a row 16 bytes at a time: 'classify' turns a chunk into three bit masks
 * (bit k for byte k): delimiters, line ends (LF, CR) and bytes that need
 * the general scanner (quote, NUL, bytes >= 0x80), and the row's fields
 * fall out of the masks' set bits.  A row with anything else is left
 * untouched for read_row, which decides it exactly as before (so every
 * error is still found and worded by one scanner). */

#if defined(__SSE2__)
#include <emmintrin.h>

/* The masks of the 16 bytes at 'p' (SSE2: one compare per byte class). */
static inline void classify(const u8 *p, int delim, unsigned *dl, unsigned *eol, unsigned *bad)
{
    __m128i v = _mm_loadu_si128((const __m128i *)(const void *)p);
    *dl = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8((char)delim)));
    *eol = (unsigned)_mm_movemask_epi8(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
                                                    _mm_cmpeq_epi8(v, _mm_set1_epi8('\r'))));
    __m128i qz = _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('"')), _mm_cmpeq_epi8(v, _mm_setzero_si128()));
    *bad = (unsigned)(_mm_movemask_epi8(qz) | _mm_movemask_epi8(v)); /* the sign bit: >= 0x80 */
}
#else
/* SWAR (8 bytes in a uint64_t) when SSE2 is not there. */
#define LOW7 0x7F7F7F7F7F7F7F7Full
#define ONES 0x0101010101010101ull

/* 0x80 in every byte of 'x' that is zero, exactly (no borrows between bytes). */
static inline uint64_t zero_bytes(uint64_t x) { return ~(((x & LOW7) + LOW7) | x | LOW7); }

/* Bit k for each byte k of 'm' whose top bit is set. */
static inline unsigned gather(uint64_t m) { return (unsigned)(((m >> 7) * 0x0102040810204080ull) >> 56); }

/* The masks of the 8 bytes at 'p' (little-endian word: byte k at bits 8k). */
static inline void classify8(const u8 *p, int delim, unsigned *dl, unsigned *eol, unsigned *bad)
{
    uint64_t w = 0;
    for (int k = 7; k >= 0; k--) w = w << 8 | p[k];
    *dl = gather(zero_bytes(w ^ (ONES * (u8)delim)));
    *eol = gather(zero_bytes(w ^ (ONES * '\n')) | zero_bytes(w ^ (ONES * '\r')));
    *bad = gather(zero_bytes(w ^ (ONES * '"')) | zero_bytes(w) | (w & ~LOW7));
}

static inline void classify(const u8 *p, int delim, unsigned *dl, unsigned *eol, unsigned *bad)
{
    unsigned d2, e2, b2;
    classify8(p, delim, dl, eol, bad);
    classify8(p + 8, delim, &d2, &e2, &b2);
    *dl |= d2 << 8;
    *eol |= e2 << 8;
    *bad |= b2 << 8;
}
#endif

/* Number of trailing zero bits of 'x' (not 0). */
static inline unsigned low_bit(unsigned x)
{
#if defined(__GNUC__)
    return (unsigned)__builtin_ctz(x);
#else
    unsigned n = 0;
    while (!(x & 1u)) x >>= 1, n++;
    return n;
#endif
}

/* True when the byte is a blank that an unquoted field would trim. */
static inline bool blank(u8 c) { return c == ' ' || c == '\t'; }

/* Ends the field [s, e) of the row starting at 'row_start' as field 'nf';
 * false when it has blanks at an edge (read_row must trim it). */
static inline bool plain_field(CsvReader *r, size_t nf, const u8 *row_start, const u8 *s, const u8 *e)
{
    if (s < e && (blank(*s) || blank(e[-1]))) return false;
    if (nf == r->fcap) r->fields = xgrow(r->fields, &r->fcap, nf + 1, sizeof *r->fields);
    CsvField *f = &r->fields[nf];
    f->ptr = (const char *)s;
    f->len = (uint32_t)(e - s);
    f->off = (uint32_t)(s - row_start);
    f->quoted = false;
    return true;
}

/* Reads the row at r->p when it is plain (above) and returns 1 with 'row'
 * filled as read_row would; returns 0, changing nothing, for any other
 * row, a blank line, or the end of the data. */
static int read_plain_row(CsvReader *r, CsvRow *row)
{
    const u8 *const row_start = r->p, *const end = r->end;
    if (row_start == end || blank(*row_start) || *row_start == '\n' || *row_start == '\r') return 0;
    const u8 *const lim =
        (size_t)(end - row_start) > GRIP_MAX_CSV_LINE ? row_start + GRIP_MAX_CSV_LINE : end;
    const u8 *p = row_start, *fs = row_start, *text_end;
    size_t nf = 0;
    bool line_end = true; /* the row ends at a line end, not at the end of the data */
    for (;; p += 16) {
        if (lim - p < 16) break;
        unsigned dl, eol, bad;
        classify(p, r->delim, &dl, &eol, &bad);
        unsigned stop = dl | eol | bad;
        while (stop) {
            unsigned k = low_bit(stop), bit = 1u << k;
            if (bad & bit) return 0;
            if (!plain_field(r, nf++, row_start, fs, p + k)) return 0;
            if (eol & bit) {
                text_end = p + k;
                goto finish;
            }
            fs = p + k + 1;
            stop &= stop - 1;
        }
    }
    for (;; p++) { /* the last bytes before 'lim', one at a time */
        if (p == lim) {
            if (lim != end) return 0; /* the row limit: read_row tells */
            if (!plain_field(r, nf++, row_start, fs, p)) return 0;
            text_end = p;
            line_end = false;
            goto finish;
        }
        u8 k = r->cls[*p];
        if (k == K_PLAIN) continue;
        if (k != K_DELIM && k != K_LF && k != K_CR) return 0;
        if (!plain_field(r, nf++, row_start, fs, p)) return 0;
        if (k != K_DELIM) {
            text_end = p;
            goto finish;
        }
        fs = p + 1;
    }
finish:
    row->line = r->line;
    p = text_end;
    if (line_end) { /* past it (CRLF is one line end) to the next line */
        if (*p++ == '\r' && p < end && *p == '\n') p++;
        r->line++;
        r->line_start = p;
    }
    r->p = p;
    r->scratch_used = 0;
    row->fields = r->fields;
    row->n = nf;
    row->text = (const char *)row_start;
    row->len = (size_t)(text_end - row_start);
    return 1;
}

/* ---- reading a row ----------------------------------------------------------- */

/* Reads the row at r->p into r->fields.  Returns 1 and fills 'row', 0 at the
 * end of the data, or -1 with 'err' filled (the reader is then unusable).
 * Blank lines before the row are skipped. */
static int read_row(CsvReader *r, CsvRow *row, CsvError *err)
{
    if (r->stop && r->p >= r->stop) {
        r->stopped = true;
        return 0;
    }
    if (r->fast && read_plain_row(r, row)) return 1;
    const u8 *p = r->p;
    const u8 *const end = r->end;
    const u8 *const cls = r->cls;
    uint64_t line = r->line;
    const u8 *lstart = r->line_start;

    for (;;) { /* skip blank lines */
        const u8 *q = p;
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        if (q == end) {
            r->p = q;
            r->line = line;
            r->line_start = lstart;
            return 0;
        }
        if (*q == '\n') {
            p = q + 1;
        } else if (*q == '\r') {
            p = q + 1;
            if (p < end && *p == '\n') p++;
        } else {
            break;
        }
        line++;
        lstart = p;
    }
    if (r->stop && p >= r->stop) { /* blank lines up to the stop */
        r->p = p;
        r->line = line;
        r->line_start = lstart;
        r->stopped = true;
        return 0;
    }

    const u8 *const row_start = p;
    const u8 *const lim =
        (size_t)(end - p) > GRIP_MAX_CSV_LINE ? p + GRIP_MAX_CSV_LINE : end;
    const uint64_t row_line = line;
    const u8 *text_end;
    size_t nf = 0;
    u8 k;
    r->scratch_used = 0;

    for (;;) { /* one field per turn; 'p' is just past a delimiter or at row start */
        if (nf == r->fcap) r->fields = xgrow(r->fields, &r->fcap, nf + 1, sizeof *r->fields);
        CsvField *f = &r->fields[nf++];
        while (p < lim && (*p == ' ' || *p == '\t')) p++;
        f->off = (uint32_t)(p - row_start);
        if (p < lim && *p == '"') {
            const u8 *const open = p, *const open_lstart = lstart;
            const uint64_t open_line = line;
            bool escaped = false;
            const u8 *const s = ++p;
            for (;;) {
                if (p >= lim) {
                    if (lim == end)
                        set_error(err, CSV_ERR_UNTERMINATED, r->name, open_line, open_lstart,
                                  open, end, "close the field with a quote (\")",
                                  "unterminated quoted field");
                    else if (line != open_line)
                        set_error(err, CSV_ERR_TOO_LONG, r->name, open_line, open_lstart, open,
                                  end, NULL,
                                  "quoted field is longer than %u bytes (is its closing quote "
                                  "missing?)", GRIP_MAX_CSV_LINE);
                    else
                        goto too_long;
                    return -1;
                }
                k = cls[*p];
                if (k <= K_DELIM) {
                    p++;
                } else if (k == K_QUOTE) {
                    if (p + 1 < lim && p[1] == '"') {
                        escaped = true;
                        p += 2;
                    } else {
                        break;
                    }
                } else if (k == K_LF) {
                    p++;
                    line++;
                    lstart = p;
                } else if (k == K_CR) {
                    p++;
                    if (p < lim && *p == '\n') p++;
                    line++;
                    lstart = p;
                } else if (k == K_HIGH) {
                    size_t n = utf8_seq(p, end);
                    if (!n) goto bad_utf8;
                    p += n;
                } else {
                    goto nul;
                }
            }
            f->quoted = true;
            f->len = (uint32_t)(p - s);
            if (escaped) {
                if (!r->scratch) r->scratch = xmalloc(GRIP_MAX_CSV_LINE);
                char *d = r->scratch + r->scratch_used;
                size_t len = 0;
                for (const u8 *q = s; q < p; q++) {
                    d[len++] = (char)*q;
                    if (*q == '"') q++; /* the second quote of "" */
                }
                f->ptr = d;
                f->len = (uint32_t)len;
                r->scratch_used += len;
            } else {
                f->ptr = (const char *)s;
            }
            p++;
            while (p < lim && (*p == ' ' || *p == '\t')) p++;
            if (p >= lim) goto at_lim;
            k = cls[*p];
            if (k == K_DELIM) {
                p++;
                continue;
            }
            if (k == K_LF || k == K_CR) break;
            if (k == K_NUL) goto nul;
            if (k == K_HIGH && !utf8_seq(p, end)) goto bad_utf8;
            set_error(err, CSV_ERR_AFTER_QUOTE, r->name, line, lstart, p, end,
                      "a quote inside a quoted field is written twice (\"\")",
                      "unexpected text after closing quote");
            return -1;
        }
        const u8 *const s = p;
        for (;;) {
            if (p >= lim) break;
            k = cls[*p];
            if (k == K_PLAIN) {
                p++;
            } else if (k == K_HIGH) {
                size_t n = utf8_seq(p, end);
                if (!n) goto bad_utf8;
                p += n;
            } else {
                break;
            }
        }
        const u8 *e = p;
        while (e > s && (e[-1] == ' ' || e[-1] == '\t')) e--;
        f->ptr = (const char *)s;
        f->len = (uint32_t)(e - s);
        f->quoted = false;
        if (p >= lim) goto at_lim;
        k = cls[*p];
        if (k == K_DELIM) {
            p++;
            continue;
        }
        if (k == K_LF || k == K_CR) break;
        if (k == K_QUOTE) {
            set_error(err, CSV_ERR_STRAY_QUOTE, r->name, line, lstart, p, end,
                      "put the whole field in quotes and write this quote twice (\"\")",
                      "quote inside an unquoted field");
            return -1;
        }
        goto nul;
    }
row_end: /* at a line end, p < end */
    text_end = p;
    if (*p++ == '\r' && p < end && *p == '\n') p++;
    line++;
    lstart = p;
    goto done;

at_lim: /* p >= lim: fine at the end of the data or at a line end right at
          * the limit (a row of exactly GRIP_MAX_CSV_LINE bytes) */
    if (p > lim) goto too_long;
    if (p < end) {
        if (*p != '\n' && *p != '\r') goto too_long;
        goto row_end;
    }
    text_end = p; /* the last row has no line end */

done:
    r->p = p;
    r->line = line;
    r->line_start = lstart;
    row->fields = r->fields;
    row->n = nf;
    row->line = row_line;
    row->text = (const char *)row_start;
    row->len = (size_t)(text_end - row_start);
    return 1;

too_long:
    set_error(err, CSV_ERR_TOO_LONG, r->name, row_line, row_start, row_start, end, NULL,
              "line %" PRIu64 " is longer than %u bytes", row_line, GRIP_MAX_CSV_LINE);
    return -1;
bad_utf8:
    utf8_error(err, r->name, line, lstart, p, end);
    return -1;
nul:
    set_error(err, CSV_ERR_NUL, r->name, line, lstart, p, end,
              "a CSV file holds text; is this a spreadsheet or other binary file?",
              "unexpected NUL byte");
    return -1;
}

/* ---- opening ------------------------------------------------------------------- */

/* One header name for qsort: its text and its 0-based column. */
typedef struct NameRef {
    const char *ptr; /* trimmed name */
    size_t len;      /* bytes of 'ptr' */
    size_t col;      /* column index */
} NameRef;

static int cmp_name(const void *a, const void *b)
{
    const NameRef *x = a, *y = b;
    size_t n = x->len < y->len ? x->len : y->len;
    int c = memcmp(x->ptr, y->ptr, n);
    if (c) return c;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return x->col < y->col ? -1 : x->col > y->col;
}

/* Counts ',' and ';' outside quotes on the line at 'p' (up to the row limit)
 * and picks the delimiter; 0 with 'err' filled when they tie. */
static int detect_delimiter(CsvReader *r, CsvError *err)
{
    const u8 *p = r->p, *end = r->end;
    const u8 *lim = (size_t)(end - p) > GRIP_MAX_CSV_LINE ? p + GRIP_MAX_CSV_LINE : end;
    size_t commas = 0, semis = 0;
    bool quoted = false;
    for (const u8 *q = p; q < lim; q++) {
        if (*q == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (*q == ',') commas++;
            else if (*q == ';') semis++;
            else if (*q == '\n' || *q == '\r') break;
        }
    }
    if (semis > commas) return ';';
    if (commas > semis || commas == 0) return ',';
    set_error(err, CSV_ERR_DELIMITER, r->name, r->line, r->line_start, r->p, end,
              "choose the delimiter with --delimiter",
              "cannot tell the delimiter: the header has %zu ',' and %zu ';'", commas, semis);
    return 0;
}

/* Checks and copies the header row just read: trims names, rejects empty
 * and duplicate ones.  Returns false with 'err' filled. */
static bool take_header(CsvReader *r, const CsvRow *row, CsvError *err)
{
    size_t n = row->n, total = 0;
    NameRef *names = xmalloc(n * sizeof *names);
    for (size_t col = 0; col < n; col++) {
        const char *s = row->fields[col].ptr;
        size_t len = row->fields[col].len;
        csv_trim(&s, &len);
        if (len == 0) {
            xfree(names);
            csv_field_error(r, row, col, err, "column %zu has an empty name", col + 1);
            err->kind = CSV_ERR_HEADER_EMPTY;
            err->hint = "every column needs a name in the header line";
            return false;
        }
        names[col] = (NameRef){s, len, col};
        total += len + 1;
    }
    NameRef *sorted = xmalloc(n * sizeof *sorted);
    memcpy(sorted, names, n * sizeof *sorted);
    qsort(sorted, n, sizeof *sorted, cmp_name);
    size_t dup = n, first = 0; /* the earliest second occurrence, and its first */
    for (size_t k = 1; k < n; k++) {
        const NameRef *a = &sorted[k - 1], *b = &sorted[k];
        bool same = a->len == b->len && memcmp(a->ptr, b->ptr, a->len) == 0;
        bool second = same && (k < 2 || !(sorted[k - 2].len == a->len &&
                                          memcmp(sorted[k - 2].ptr, a->ptr, a->len) == 0));
        if (second && b->col < dup) {
            dup = b->col;
            first = a->col;
        }
    }
    xfree(sorted);
    if (dup < n) {
        char shown[NAME_CHARS * 4 + 8];
        const u8 *s = (const u8 *)names[dup].ptr;
        render(shown, sizeof shown, s, s + names[dup].len, NAME_CHARS, false);
        xfree(names);
        csv_field_error(r, row, dup, err, "duplicate column name '%s' (columns %zu and %zu)",
                        shown, first + 1, dup + 1);
        err->kind = CSV_ERR_HEADER_DUP;
        err->hint = "column names must differ";
        return false;
    }
    r->hnames = xmalloc(total);
    r->hfields = xmalloc(n * sizeof *r->hfields);
    char *d = r->hnames;
    for (size_t col = 0; col < n; col++) {
        memcpy(d, names[col].ptr, names[col].len);
        d[names[col].len] = '\0';
        r->hfields[col] = row->fields[col];
        r->hfields[col].ptr = d;
        r->hfields[col].len = (uint32_t)names[col].len;
        d += names[col].len + 1;
    }
    xfree(names);
    r->header = *row;
    r->header.fields = r->hfields;
    return true;
}

/* Finishes opening 'r' whose data [buf, end) is set: encoding marks,
 * delimiter, class table, header.  Frees 'r' and returns NULL on error. */
static CsvReader *open_data(CsvReader *r, const CsvOptions *opt, CsvError *err)
{
    static const CsvOptions defaults = {0, false, false, false};
    if (!opt) opt = &defaults;
    const u8 *p = r->buf, *end = r->end;
    r->allow_no_rows = opt->allow_no_rows;
    r->fast = !opt->no_fast_path;
    if (opt->delimiter != 0 && opt->delimiter != ',' && opt->delimiter != ';') {
        set_error(err, CSV_ERR_OPTION, r->name, 0, NULL, NULL, NULL, NULL,
                  "unsupported delimiter (use ',' or ';')");
        goto fail;
    }
    if (end - p >= 2 && ((p[0] == 0xFF && p[1] == 0xFE) || (p[0] == 0xFE && p[1] == 0xFF))) {
        set_error(err, CSV_ERR_ENCODING, r->name, 1, p, p, p, /* no excerpt of UTF-16 */
                  "save the file as UTF-8 (in Excel: 'CSV UTF-8')", "file is UTF-16, not UTF-8");
        goto fail;
    }
    if (end - p >= 3 && p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) p += 3;
    r->buf = r->p = r->line_start = p;
    r->line = 1;

    /* skip blank lines to find the header (read_row would do it too, but the
     * delimiter must be known first) */
    for (;;) {
        const u8 *q = r->p;
        while (q < end && (*q == ' ' || *q == '\t')) q++;
        if (q == end) {
            set_error(err, CSV_ERR_EMPTY, r->name, 0, NULL, NULL, NULL,
                      "the first line must name the columns", "empty file");
            goto fail;
        }
        if (*q != '\n' && *q != '\r') break;
        q += (*q == '\r' && q + 1 < end && q[1] == '\n') ? 2 : 1;
        r->p = r->line_start = q;
        r->line++;
    }
    r->delim = opt->delimiter ? opt->delimiter : detect_delimiter(r, err);
    if (!r->delim) goto fail;

    memset(r->cls, K_PLAIN, sizeof r->cls);
    memset(r->cls + 0x80, K_HIGH, 0x80);
    r->cls[(u8)r->delim] = K_DELIM;
    r->cls['"'] = K_QUOTE;
    r->cls['\r'] = K_CR;
    r->cls['\n'] = K_LF;
    r->cls[0] = K_NUL;

    CsvRow row;
    if (read_row(r, &row, err) < 0 || !take_header(r, &row, err)) goto fail;
    return r;

fail:
    csv_close(r);
    return NULL;
}

CsvReader *csv_open_buffer(const char *name, const char *data, size_t len,
                           const CsvOptions *opt, CsvError *err)
{
    CsvReader *r = xcalloc(1, sizeof *r);
    r->name = name ? name : "<memory>";
    r->buf = (const u8 *)data;
    r->end = r->buf + len;
    if (!data) r->buf = r->end = (const u8 *)""; /* an empty buffer */
    return open_data(r, opt, err);
}

CsvReader *csv_open_file(const char *path, const CsvOptions *opt, CsvError *err)
{
    CsvReader *r = xcalloc(1, sizeof *r);
    r->name = path;
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        io_error(err, path, "cannot open file", errno);
        xfree(r);
        return NULL;
    }
    struct stat st;
    if (fstat(fd, &st) != 0) {
        io_error(err, path, "cannot read file", errno);
        close(fd);
        xfree(r);
        return NULL;
    }
    size_t cap = 1 << 16;
    if (S_ISREG(st.st_mode) && st.st_size > 0 && (uintmax_t)st.st_size < SIZE_MAX / 2) {
        cap = (size_t)st.st_size + 1; /* +1: a read() returning 0 ends the loop at once */
        if (!(opt && opt->no_mmap)) {
            void *m = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
            if (m != MAP_FAILED) {
                close(fd);
                posix_madvise(m, (size_t)st.st_size, POSIX_MADV_SEQUENTIAL);
                r->map = m;
                r->map_len = (size_t)st.st_size;
                r->map_base = m;
                r->released = m;
                r->buf = m;
                r->end = r->buf + r->map_len;
                return open_data(r, opt, err);
            }
        }
    }
    /* not mappable (a pipe, /proc, no_mmap): read to the end, doubling */
    u8 *b = xmalloc(cap);
    size_t len = 0;
    for (;;) {
        if (len == cap) b = xgrow(b, &cap, cap + 1, 1);
        ssize_t n = read(fd, b + len, cap - len);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            io_error(err, path, "cannot read file", errno);
            close(fd);
            xfree(b);
            xfree(r);
            return NULL;
        }
        if (n == 0) break;
        len += (size_t)n;
    }
    close(fd);
    r->owned = b;
    r->buf = b;
    r->end = b + len;
    return open_data(r, opt, err);
}

void csv_close(CsvReader *r)
{
    if (!r) return;
    if (r->map) munmap(r->map, r->map_len);
    xfree(r->owned);
    xfree(r->fields);
    xfree(r->scratch);
    if (!r->part) {
        xfree(r->hfields);
        xfree(r->hnames);
    }
    xfree(r);
}

size_t csv_split(const CsvReader *r, size_t n, size_t min_bytes, size_t *at)
{
    size_t from = (size_t)(r->p - r->buf), total = (size_t)(r->end - r->buf), found = 0;
    if (n < 2 || min_bytes == 0 || total - from < 2 * min_bytes) return 0;
    if ((total - from) / min_bytes < n) n = (total - from) / min_bytes;
    size_t prev = from;
    for (size_t k = 1; k < n; k++) {
        size_t nominal = from + (total - from) / n * k;
        if (nominal <= prev) continue;
        /* just after a line feed, before a line that is not blank (so the
         * part before stops right there, not after skipping blank lines) */
        const u8 *lf = memchr(r->buf + nominal, '\n', total - nominal);
        while (lf && lf + 1 < r->end && (lf[1] == '\n' || lf[1] == '\r' || lf[1] == ' ' || lf[1] == '\t'))
            lf = memchr(lf + 1, '\n', (size_t)(r->end - (lf + 1)));
        if (!lf || (size_t)(lf + 1 - r->buf) >= total) break;
        at[found++] = prev = (size_t)(lf + 1 - r->buf);
    }
    return found;
}

CsvReader *csv_open_part(const CsvReader *parent, size_t from)
{
    CsvReader *r = xcalloc(1, sizeof *r);
    r->name = parent->name;
    r->buf = parent->buf;
    r->end = parent->end;
    r->p = r->line_start = parent->buf + from;
    r->line = 1;
    r->map_base = parent->map_base;
    if (r->map_base) { /* its own pages: whole ones from 'from' on */
        size_t page = (size_t)sysconf(_SC_PAGESIZE), off = (size_t)(r->p - r->map_base);
        r->released = r->map_base + (off + page - 1) / page * page;
    }
    r->delim = parent->delim;
    r->allow_no_rows = true;
    r->fast = parent->fast;
    r->header = parent->header;
    r->part = true;
    memcpy(r->cls, parent->cls, sizeof r->cls);
    return r;
}

void csv_set_stop(CsvReader *r, size_t offset)
{
    r->stop = offset ? r->buf + offset : NULL;
    r->stopped = false;
}

bool csv_stopped(const CsvReader *r)
{
    return r->stopped;
}

uint64_t csv_line(const CsvReader *r)
{
    return r->line;
}

size_t csv_ncols(const CsvReader *r)
{
    return r->header.n;
}

const CsvRow *csv_header(const CsvReader *r)
{
    return &r->header;
}

void csv_position(const CsvReader *r, size_t *done, size_t *total)
{
    *done = (size_t)(r->p - r->buf);
    *total = (size_t)(r->end - r->buf);
}

int csv_delimiter(const CsvReader *r)
{
    return r->delim;
}

/* Gives the pages of a mapped file that lie wholly before 'keep' back to
 * the kernel once RELEASE_STEP bytes have piled up: the rows there are
 * read, so a pass over a gigabyte file holds a few megabytes of it, not
 * all of it.  Nothing is lost: MADV_DONTNEED on a private read-only file
 * mapping only drops the process's copy, and a later read of those bytes
 * (an error message quoting the header) maps them in again from the file. */
static void release_behind(CsvReader *r, const u8 *keep)
{
#if defined(MADV_DONTNEED)
    if (keep < r->released || (size_t)(keep - r->released) < RELEASE_STEP) return;
    size_t page = (size_t)sysconf(_SC_PAGESIZE);
    const u8 *base = r->map_base;
    size_t upto = (size_t)(keep - base) / page * page;
    size_t from = (size_t)(r->released - base);
    if (upto > from && madvise((void *)(uintptr_t)(base + from), upto - from, MADV_DONTNEED) == 0)
        r->released = base + upto;
#else
    (void)r;
    (void)keep;
#endif
}

int csv_next(CsvReader *r, CsvRow *row, CsvError *err)
{
    if (r->fatal.kind != CSV_OK) {
        *err = r->fatal;
        return -1;
    }
    int rc = read_row(r, row, err);
    if (rc > 0) {
        if (r->map_base) release_behind(r, (const u8 *)row->text);
        r->nrows++;
        size_t want = r->header.n;
        if (row->n == want) return 1;
        const u8 *text = (const u8 *)row->text;
        const u8 *pos = row->n > want ? text + row->fields[want].off : text + row->len;
        uint64_t line;
        size_t col;
        const u8 *ls;
        locate(text, row->line, pos, &line, &col, &ls);
        set_error(err, CSV_ERR_FIELD_COUNT, r->name, line, ls, pos, r->end,
                  row->n > want ? "is there a delimiter in a value that should be quoted?"
                                : NULL,
                  "row has %zu field%s, the header has %zu", row->n, row->n == 1 ? "" : "s",
                  want);
        err->expected = want;
        err->actual = row->n;
        return -1;
    }
    if (rc == 0) {
        if (r->nrows > 0 || r->allow_no_rows || r->stopped) return 0;
        const u8 *text = (const u8 *)r->header.text;
        set_error(err, CSV_ERR_NO_ROWS, r->name, r->header.line, text, text, r->end, NULL,
                  "no rows (the file has only a header)");
    }
    r->fatal = *err;
    return -1;
}

void csv_field_pos(const CsvRow *row, size_t col, uint64_t *line, size_t *column)
{
    const u8 *text = (const u8 *)row->text;
    size_t off = col < row->n ? row->fields[col].off : 0;
    locate(text, row->line, text + off, line, column, NULL);
}

void csv_field_error(const CsvReader *r, const CsvRow *row, size_t col, CsvError *err,
                     const char *fmt, ...)
{
    const u8 *text = (const u8 *)row->text;
    const u8 *pos = text + (col < row->n ? row->fields[col].off : 0);
    uint64_t line;
    size_t column;
    const u8 *ls;
    locate(text, row->line, pos, &line, &column, &ls);
    set_error(err, CSV_ERR_VALUE, r->name, line, ls, pos, r->end, NULL, "%s", "");
    va_list ap;
    va_start(ap, fmt);
    vformat(err->message, sizeof err->message, fmt, ap);
    va_end(ap);
}

/* ---- cell helpers ----------------------------------------------------------------- */

void csv_trim(const char **s, size_t *len)
{
    const char *p = *s;
    size_t n = *len;
    while (n && (*p == ' ' || *p == '\t')) p++, n--;
    while (n && (p[n - 1] == ' ' || p[n - 1] == '\t')) n--;
    *s = p;
    *len = n;
}

bool csv_parse_bool(const char *s, size_t len, bool *out)
{
    /* sorted by nothing in particular: ten words, linear search is fine */
    static const struct {
        const char *word;
        bool value;
    } words[] = {
        {"true", true}, {"false", false}, {"ja", true},   {"nee", false},     {"yes", true},
        {"no", false},  {"waar", true},   {"onwaar", false}, {"1", true},     {"0", false},
    };
    char low[8];
    csv_trim(&s, &len);
    if (len == 0 || len >= sizeof low) return false;
    for (size_t k = 0; k < len; k++) {
        char c = s[k];
        low[k] = (c >= 'A' && c <= 'Z') ? (char)(c - 'A' + 'a') : c;
    }
    low[len] = '\0';
    for (size_t k = 0; k < sizeof words / sizeof words[0]; k++) {
        if (strcmp(low, words[k].word) == 0) {
            *out = words[k].value;
            return true;
        }
    }
    return false;
}

/* ---- writer --------------------------------------------------------------------------- */

/* Bytes that force quoting anywhere in a field. */
static const bool needs_quote[256] = {
    ['\n'] = true, ['\r'] = true, ['"'] = true, [','] = true, [';'] = true,
};

/* Writes 'len' bytes at 's' to the file unless an earlier write failed;
 * keeps the first errno (EIO when stdio gives none). */
static void write_out(CsvWriter *w, const char *s, size_t len)
{
    if (w->err || len == 0) return;
    if (w->hash) sha256_update(w->hash, s, len);
    if (w->sink) {
        w->sink(w->sink_ctx, s, len);
        return;
    }
    errno = 0;
    if (fwrite(s, 1, len, w->f) != len) w->err = errno ? errno : EIO;
}

static void flush_buf(CsvWriter *w)
{
    write_out(w, w->buf, w->used);
    w->used = 0;
}

static void put_bytes(CsvWriter *w, const char *s, size_t len)
{
    if (len > CSV_WRITER_BUF - w->used) {
        flush_buf(w);
        if (len >= CSV_WRITER_BUF) {
            write_out(w, s, len);
            return;
        }
    }
    if (len == 0) return;
    memcpy(w->buf + w->used, s, len);
    w->used += len;
}

static void put_char(CsvWriter *w, char c)
{
    if (w->used == CSV_WRITER_BUF) flush_buf(w);
    w->buf[w->used++] = c;
}

void csv_writer_init(CsvWriter *w, FILE *f)
{
    w->f = f;
    w->err = 0;
    w->used = 0;
    w->nfields = 0;
    w->last_empty = false;
    w->hash = NULL;
    w->sink = NULL;
    w->sink_ctx = NULL;
}

void csv_write_field(CsvWriter *w, const char *s, size_t len)
{
    if (w->nfields++) put_char(w, ',');
    w->last_empty = len == 0;
    bool quote = len && (s[0] == ' ' || s[0] == '\t' || s[len - 1] == ' ' || s[len - 1] == '\t');
    /* a leading U+FEFF would be taken for a BOM at the start of the file */
    quote = quote || (len >= 3 && memcmp(s, "\xef\xbb\xbf", 3) == 0);
    for (size_t k = 0; k < len && !quote; k++) quote = needs_quote[(u8)s[k]];
    if (!quote) {
        put_bytes(w, s, len);
        return;
    }
    put_char(w, '"');
    const char *q;
    while ((q = memchr(s, '"', len)) != NULL) {
        size_t n = (size_t)(q - s) + 1;
        put_bytes(w, s, n);
        put_char(w, '"');
        s += n;
        len -= n;
    }
    put_bytes(w, s, len);
    put_char(w, '"');
}

void csv_end_row(CsvWriter *w)
{
    if (w->nfields == 1 && w->last_empty) put_bytes(w, "\"\"", 2);
    put_char(w, '\n');
    w->nfields = 0;
}

void csv_write_rows(CsvWriter *w, const char *s, size_t len)
{
    put_bytes(w, s, len);
}

int csv_writer_flush(CsvWriter *w)
{
    flush_buf(w);
    if (w->sink) return 0;
    errno = 0;
    if (!w->err && fflush(w->f) != 0) w->err = errno ? errno : EIO;
    if (!w->err && ferror(w->f)) w->err = EIO;
    if (w->err) {
        errno = w->err;
        return -1;
    }
    return 0;
}
