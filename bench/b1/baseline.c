/* SPDX-License-Identifier: MIT
 * baseline.c - the hand-written C program for benchmark B1
 * (shared/bench/B1-toewijzing.md): the practical speed limit grip is
 * measured against.  It implements exactly the spec's rules:
 *
 *   b1-baseline --cases F --plafonds F --aanbieders F --out F --ledger-out F
 *
 * Pipeline, in one pass over cases.csv and no allocation per row:
 *   1. plafonds.csv and aanbieders.csv (small) fill the ledgers ("slots",
 *      one per (aanbieder, jaar)) and, per product, the providers offering it.
 *   2. cases.csv is read in 8 MiB blocks; each line is parsed in place.
 *      Rules 1-4 and the cost are stateless and decided at once; a case that
 *      reaches rule 6 becomes a 16-byte Pending record (input order).
 *   3. The Pending records are counting-sorted by datum (stable, so ties stay
 *      in file order) and the ceilings are simulated in that order.
 *   4. besluiten.csv is written in input order by replaying the counting
 *      sort's cursors; plafondgebruik.csv from the ledgers, sorted.
 *
 * Numbers are exact: money in int64 cents, uren in hundredths, intermediate
 * products in unsigned __int128 with overflow checks, no floating point.
 * Dates are day numbers (days since 1970-01-01, Howard Hinnant's
 * days_from_civil, http://howardhinnant.github.io/date_algorithms.html),
 * accepted from 1900-01-01 to 9999-12-31.
 *
 * Exit codes (as grip's): 0 ok, 1 cannot write an output, 2 usage, 4 data
 * error (unreadable or malformed input, with FILE:LINE), 5 runtime error
 * (a ceiling needed by a decision has no plafonds row; arithmetic overflow),
 * 70 out of memory.  Outputs are written to FILE.tmp.PID and renamed at the
 * end, so an error leaves no partial file.  bench/README.md has the details.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

__extension__ typedef unsigned __int128 u128;

/* Read block: large enough that read() costs little per row. */
#define B1_READ_BUF (8u << 20)
/* The longest line accepted; a longer one is a data error, not a crash. */
#define B1_MAX_LINE (1u << 20)
/* Output buffer flushed with write(). */
#define B1_WRITE_BUF (1u << 20)
/* Dates outside these years are rejected: the discount parameter of B1 has
 * a value from 1900 on (see b1.grip), and 4-digit years keep the format. */
#define B1_MIN_YEAR 1900
#define B1_MAX_YEAR 9999
/* Decimal and money magnitudes: at most 15 integer digits, so the value in
 * hundredths fits int64 with room to spare. */
#define B1_MAX_INT_DIGITS 15

enum {
    EXIT_OK = 0,
    EXIT_WRITE = 1,   /* an output could not be written */
    EXIT_USAGE = 2,
    EXIT_DATA = 4,    /* an input is unreadable or malformed */
    EXIT_RUNTIME = 5, /* missing ceiling, overflow */
    EXIT_NOMEM = 70
};

/* ---- products ------------------------------------------------------------- */

#define N_PRODUCTS 12
static const char *const product_names[N_PRODUCTS] = {
    "begeleiding", "opvoedhulp", "jggz", "behandeling", "verblijf", "pleegzorg",
    "crisis", "dyslexie", "kindercoaching", "paardentherapie", "bso_plus",
    "huiswerkbegeleiding_plus",
};
#define FIRST_NOT_JEUGDHULP 8 /* kindercoaching and after: rule 1 */

/* Returns the product index of the 'len' bytes at 's', or -1.  The length
 * and the first byte select the only candidate (they differ for all 12). */
static inline int product_find(const char *s, size_t len)
{
    int k;
    switch (len) {
    case 4: k = 2; break;
    case 6: k = 6; break;
    case 8: k = s[0] == 'v' ? 4 : s[0] == 'd' ? 7 : 10; break;
    case 9: k = 5; break;
    case 10: k = 1; break;
    case 11: k = s[0] == 'b' && s[1] == 'e' && s[2] == 'g' ? 0 : 3; break;
    case 14: k = 8; break;
    case 15: k = 9; break;
    case 24: k = 11; break;
    default: return -1;
    }
    return memcmp(product_names[k], s, len) == 0 ? k : -1;
}

/* ---- outcomes ------------------------------------------------------------- */

/* Per-row outcome of rules 1-4; CODE_PENDING rows go through the ceiling. */
enum {
    CODE_PENDING = 0,
    CODE_GEEN_JEUGDHULP,  /* rule 1 */
    CODE_LEEFTIJD,        /* rule 2 */
    CODE_VOORLIGGEND,     /* rule 3 */
    CODE_TOETSING,        /* rule 4 */
    N_CODES
};
/* "besluit,reden," of each decided code, as written to besluiten.csv */
typedef struct CodeText {
    const char *text;
    size_t len;
} CodeText;
#define CODE_TEXT(s) {s, sizeof s - 1}
static const CodeText code_text[N_CODES] = {
    CODE_TEXT(""), CODE_TEXT("afgewezen,geen jeugdhulp,"), CODE_TEXT("afgewezen,leeftijd,"),
    CODE_TEXT("verwezen,voorliggende voorziening,"), CODE_TEXT("voorgelegd,toetsingscommissie,"),
};

/* Each row's byte in Ctx.codes holds its CODE_* in the low bits and the
 * length of its id above them (31 = "31 or longer: look for the ','"). */
#define CODE_BITS 3
#define CODE_MASK 7u
#define ID_LEN_MAX 31u

/* Pending.bits: the product in the low 4 bits, then flags. */
#define PB_PRODUCT 0x0fu
#define PB_CRISIS 0x10u
#define PB_UITSTELBAAR 0x20u
#define PB_GRANTED 0x40u /* set by the simulation */

typedef struct Pending {
    int64_t cost;   /* rule 5: the cost in cents */
    uint32_t slot;  /* the ledger of (aanbieder, year(datum)) */
    uint32_t bits;  /* PB_* */
} Pending;

/* ---- memory ------------------------------------------------------------------ */

static void *xrealloc(void *p, size_t size)
{
    void *q = realloc(p, size ? size : 1);
    if (!q) {
        fputs("b1-baseline: out of memory\n", stderr);
        exit(EXIT_NOMEM);
    }
    return q;
}

static void *xmalloc(size_t size) { return xrealloc(NULL, size); }

/* Ensures room for 'need' elements of 'elem' bytes in '*p' (capacity '*cap'). */
static void grow(void **p, size_t *cap, size_t need, size_t elem)
{
    if (need <= *cap) return;
    size_t n = *cap ? *cap : 1024;
    while (n < need) {
        if (n > SIZE_MAX / 2 / elem) {
            fputs("b1-baseline: out of memory\n", stderr);
            exit(EXIT_NOMEM);
        }
        n *= 2;
    }
    *p = xrealloc(*p, n * elem);
    *cap = n;
}
#define GROW(arr, cap, need) \
    do { \
        if ((need) > (cap)) grow((void **)&(arr), &(cap), (need), sizeof *(arr)); \
    } while (0)

/* ---- providers and ledgers ----------------------------------------------------- */

typedef struct Slot {
    uint32_t provider;  /* index into Ctx.prov_* */
    int32_t year;       /* jaar */
    int64_t plafond;    /* the ceiling, cents */
    int64_t charged;    /* granted so far, cents */
    int64_t remaining;  /* plafond - charged */
    uint64_t line;      /* its line in plafonds.csv; 0 = no row (needed only by a case) */
} Slot;

/* All state of one run (no globals). */
typedef struct Ctx {
    const char *cases_path, *plafonds_path, *aanbieders_path;
    /* providers: interned names */
    char *names;            /* provider names, back to back */
    size_t names_len, names_cap;
    uint32_t *prov_off;     /* start of provider k's name in names */
    uint32_t *prov_len;     /* its length */
    size_t n_prov, prov_cap;
    uint32_t *prov_hash;    /* open addressing: provider index + 1, 0 = empty */
    size_t prov_hash_cap;   /* power of two */
    /* ledgers */
    Slot *slots;
    size_t n_slots, slots_cap;
    uint32_t *slot_hash;    /* open addressing: slot index + 1, 0 = empty */
    size_t slot_hash_cap;   /* power of two */
    /* per product, the providers offering it, in aanbieders.csv order */
    uint32_t *sellers[N_PRODUCTS];
    size_t n_sellers[N_PRODUCTS], sellers_cap[N_PRODUCTS];
    uint64_t *seller_line[N_PRODUCTS]; /* their lines, for duplicate errors */
    /* cases */
    char *ids;              /* every id followed by ',' in input order */
    size_t ids_len, ids_cap;
    uint8_t *codes;         /* per row: CODE_* | min(id length, 31) << CODE_BITS */
    size_t n_rows, codes_cap;
    Pending *pend;          /* CODE_PENDING rows, input order (then sorted) */
    int32_t *pday;          /* their datum as a day number, input order */
    size_t n_pend, pend_cap, pday_cap;
    int32_t min_day, max_day; /* over pday */
} Ctx;

static uint64_t hash_bytes(const char *s, size_t len)
{
    uint64_t h = 0xcbf29ce484222325ULL; /* FNV-1a */
    for (size_t k = 0; k < len; k++) h = (h ^ (unsigned char)s[k]) * 0x100000001b3ULL;
    return h ^ (h >> 29);
}

static uint64_t hash_key(uint64_t key)
{
    key *= 0x9e3779b97f4a7c15ULL;
    return key ^ (key >> 32);
}

static void prov_rehash(Ctx *c)
{
    size_t cap = c->prov_hash_cap ? c->prov_hash_cap * 2 : 256;
    uint32_t *t = xmalloc(cap * sizeof *t);
    memset(t, 0, cap * sizeof *t);
    for (size_t k = 0; k < c->n_prov; k++) {
        size_t h = hash_bytes(c->names + c->prov_off[k], c->prov_len[k]) & (cap - 1);
        while (t[h]) h = (h + 1) & (cap - 1);
        t[h] = (uint32_t)k + 1;
    }
    free(c->prov_hash);
    c->prov_hash = t;
    c->prov_hash_cap = cap;
}

/* Returns the index of provider name 's' ('len' bytes), adding it if new. */
static uint32_t prov_intern(Ctx *c, const char *s, size_t len)
{
    if ((c->n_prov + 1) * 2 > c->prov_hash_cap) prov_rehash(c);
    size_t mask = c->prov_hash_cap - 1;
    size_t h = hash_bytes(s, len) & mask;
    for (uint32_t e; (e = c->prov_hash[h]) != 0; h = (h + 1) & mask) {
        uint32_t k = e - 1;
        if (c->prov_len[k] == len && memcmp(c->names + c->prov_off[k], s, len) == 0) return k;
    }
    if (c->names_len + len > UINT32_MAX || c->n_prov >= UINT32_MAX - 1) {
        fputs("b1-baseline: too many provider names\n", stderr);
        exit(EXIT_NOMEM);
    }
    GROW(c->names, c->names_cap, c->names_len + len);
    memcpy(c->names + c->names_len, s, len);
    size_t cap = c->prov_cap;
    GROW(c->prov_off, c->prov_cap, c->n_prov + 1);
    if (cap != c->prov_cap) c->prov_len = xrealloc(c->prov_len, c->prov_cap * sizeof *c->prov_len);
    c->prov_off[c->n_prov] = (uint32_t)c->names_len;
    c->prov_len[c->n_prov] = (uint32_t)len;
    c->names_len += len;
    c->prov_hash[h] = (uint32_t)c->n_prov + 1;
    return (uint32_t)c->n_prov++;
}

static void slot_rehash(Ctx *c)
{
    size_t cap = c->slot_hash_cap ? c->slot_hash_cap * 2 : 1024;
    uint32_t *t = xmalloc(cap * sizeof *t);
    memset(t, 0, cap * sizeof *t);
    for (size_t k = 0; k < c->n_slots; k++) {
        uint64_t key = ((uint64_t)c->slots[k].provider << 16) | (uint32_t)c->slots[k].year;
        size_t h = hash_key(key) & (cap - 1);
        while (t[h]) h = (h + 1) & (cap - 1);
        t[h] = (uint32_t)k + 1;
    }
    free(c->slot_hash);
    c->slot_hash = t;
    c->slot_hash_cap = cap;
}

/* Returns the ledger of ('provider', 'year'), or NULL when there is none. */
static Slot *slot_find(const Ctx *c, uint32_t provider, int32_t year)
{
    if (c->slot_hash_cap == 0) return NULL;
    size_t mask = c->slot_hash_cap - 1;
    size_t h = hash_key(((uint64_t)provider << 16) | (uint32_t)year) & mask;
    for (uint32_t e; (e = c->slot_hash[h]) != 0; h = (h + 1) & mask) {
        Slot *s = &c->slots[e - 1];
        if (s->provider == provider && s->year == year) return s;
    }
    return NULL;
}

/* Returns the ledger of ('provider', 'year') (1 <= year <= 9999), adding
 * one without a plafonds row (line 0) when there is none. */
static Slot *slot_get(Ctx *c, uint32_t provider, int32_t year)
{
    if ((c->n_slots + 1) * 2 > c->slot_hash_cap) slot_rehash(c);
    size_t mask = c->slot_hash_cap - 1;
    uint64_t key = ((uint64_t)provider << 16) | (uint32_t)year;
    size_t h = hash_key(key) & mask;
    for (uint32_t e; (e = c->slot_hash[h]) != 0; h = (h + 1) & mask) {
        Slot *s = &c->slots[e - 1];
        if (s->provider == provider && s->year == year) return s;
    }
    if (c->n_slots >= UINT32_MAX - 1) {
        fputs("b1-baseline: too many ledgers\n", stderr);
        exit(EXIT_NOMEM);
    }
    GROW(c->slots, c->slots_cap, c->n_slots + 1);
    Slot *s = &c->slots[c->n_slots];
    memset(s, 0, sizeof *s);
    s->provider = provider;
    s->year = year;
    c->slot_hash[h] = (uint32_t)c->n_slots + 1;
    c->n_slots++;
    return s;
}

/* ---- errors --------------------------------------------------------------------- */

/* Prints "PATH:LINE: error: MESSAGE" and exits with 'code'. */
static void die_at(int code, const char *path, uint64_t line, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 4, 5), noreturn))
#endif
    ;
static void die_at(int code, const char *path, uint64_t line, const char *fmt, ...)
{
    va_list ap;
    fprintf(stderr, "%s:%" PRIu64 ": error: ", path, line);
    va_start(ap, fmt);
    vfprintf(stderr, fmt, ap);
    va_end(ap);
    fputc('\n', stderr);
    exit(code);
}

static void die_io(int code, const char *what, const char *path)
{
    fprintf(stderr, "b1-baseline: cannot %s '%s': %s\n", what, path, strerror(errno));
    exit(code);
}

/* Length of 'len' bytes at 's' as printed in a message: at most 60 bytes. */
static int shown(size_t len) { return len > 60 ? 60 : (int)len; }

/* ---- reading lines ----------------------------------------------------------------- */

typedef struct Reader {
    const char *path;  /* for messages */
    int fd;
    char *buf;         /* B1_READ_BUF bytes */
    size_t pos, end;   /* unread bytes are buf[pos..end) */
    int eof;           /* read() returned 0 */
    uint64_t line;     /* number of the line last returned (1-based) */
} Reader;

static void reader_open(Reader *r, const char *path)
{
    r->path = path;
    r->fd = open(path, O_RDONLY);
    if (r->fd < 0) die_io(EXIT_DATA, "open", path);
    r->buf = xmalloc(B1_READ_BUF);
    r->pos = r->end = 0;
    r->eof = 0;
    r->line = 0;
}

static void reader_close(Reader *r)
{
    close(r->fd);
    free(r->buf);
}

/* Sets [*line, *eol) to the next line without its "\n" or "\r\n" and returns
 * 1, or returns 0 at the end of the file.  The bytes stay valid until the
 * next call.  A line longer than B1_MAX_LINE is a data error. */
static int reader_next(Reader *r, const char **line, const char **eol)
{
    for (;;) {
        char *start = r->buf + r->pos;
        char *nl = memchr(start, '\n', r->end - r->pos);
        if (!nl && r->eof) {
            if (r->pos == r->end) return 0;
            nl = r->buf + r->end; /* last line without "\n" */
        }
        if (nl) {
            r->line++;
            r->pos = (size_t)(nl - r->buf) + (nl < r->buf + r->end);
            if (nl > start && nl[-1] == '\r') nl--;
            *line = start;
            *eol = nl;
            return 1;
        }
        size_t rest = r->end - r->pos;
        if (rest >= B1_MAX_LINE)
            die_at(EXIT_DATA, r->path, r->line + 1, "line longer than %u bytes", B1_MAX_LINE);
        memmove(r->buf, start, rest);
        r->pos = 0;
        r->end = rest;
        while (r->end < B1_READ_BUF && !r->eof) {
            ssize_t n = read(r->fd, r->buf + r->end, B1_READ_BUF - r->end);
            if (n < 0) {
                if (errno == EINTR) continue;
                die_io(EXIT_DATA, "read", r->path);
            }
            if (n == 0) r->eof = 1;
            r->end += (size_t)n;
        }
    }
}

/* Reads the header line and checks it is exactly 'want' (after an optional
 * UTF-8 byte order mark). */
static void reader_header(Reader *r, const char *want)
{
    const char *p, *eol;
    if (!reader_next(r, &p, &eol))
        die_at(EXIT_DATA, r->path, 1, "empty file; expected the header '%s'", want);
    if (eol - p >= 3 && memcmp(p, "\xEF\xBB\xBF", 3) == 0) p += 3;
    size_t len = (size_t)(eol - p);
    if (len != strlen(want) || memcmp(p, want, len) != 0)
        die_at(EXIT_DATA, r->path, 1, "expected the header '%s', found '%.*s'", want, shown(len), p);
}

/* ---- field parsers ------------------------------------------------------------------
 * Each takes the field's first byte 'p' and the line end 'eol' and returns
 * the byte after the field, or NULL when the field is malformed.  The caller
 * checks that the returned byte is the separator. */

static inline int is_digit(char ch) { return ch >= '0' && ch <= '9'; }

static int days_in_month(int y, int m)
{
    static const int dim[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m == 2 && (y % 4 == 0 && (y % 100 != 0 || y % 400 == 0))) return 29;
    return dim[m - 1];
}

/* Days since 1970-01-01 of y-m-d (Hinnant's days_from_civil; y >= 1). */
static int32_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = y / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

typedef struct Date {
    int32_t day;  /* days since 1970-01-01 */
    int16_t y;    /* year */
    int8_t m, d;  /* month, day of month */
} Date;

/* A date YYYY-MM-DD with B1_MIN_YEAR <= YYYY <= B1_MAX_YEAR. */
static const char *parse_date(const char *p, const char *eol, Date *out)
{
    if (eol - p < 10 || p[4] != '-' || p[7] != '-') return NULL;
    if (!is_digit(p[0]) || !is_digit(p[1]) || !is_digit(p[2]) || !is_digit(p[3]) ||
        !is_digit(p[5]) || !is_digit(p[6]) || !is_digit(p[8]) || !is_digit(p[9]))
        return NULL;
    int y = (p[0] - '0') * 1000 + (p[1] - '0') * 100 + (p[2] - '0') * 10 + (p[3] - '0');
    int m = (p[5] - '0') * 10 + (p[6] - '0');
    int d = (p[8] - '0') * 10 + (p[9] - '0');
    if (y < B1_MIN_YEAR || y > B1_MAX_YEAR || m < 1 || m > 12 || d < 1 || d > days_in_month(y, m))
        return NULL;
    out->day = days_from_civil(y, m, d);
    out->y = (int16_t)y;
    out->m = (int8_t)m;
    out->d = (int8_t)d;
    return p + 10;
}

/* A decimal with at most 2 decimals ("12", "0.5", "-45.00") as hundredths. */
static const char *parse_cents(const char *p, const char *eol, int64_t *out)
{
    int neg = p < eol && *p == '-';
    p += neg;
    int64_t v = 0;
    int digits = 0;
    while (p < eol && is_digit(*p)) {
        if (++digits > B1_MAX_INT_DIGITS) return NULL;
        v = v * 10 + (*p++ - '0');
    }
    if (!digits) return NULL;
    v *= 100;
    if (p < eol && *p == '.') {
        p++;
        if (p >= eol || !is_digit(*p)) return NULL;
        v += (*p++ - '0') * 10;
        if (p < eol && is_digit(*p)) v += *p++ - '0';
        if (p < eol && is_digit(*p)) return NULL; /* a third decimal */
    }
    *out = neg ? -v : v;
    return p;
}

/* An integer with at most 18 digits. */
static const char *parse_int(const char *p, const char *eol, int64_t *out)
{
    int neg = p < eol && *p == '-';
    p += neg;
    int64_t v = 0;
    int digits = 0;
    while (p < eol && is_digit(*p)) {
        if (++digits > 18) return NULL;
        v = v * 10 + (*p++ - '0');
    }
    if (!digits) return NULL;
    *out = neg ? -v : v;
    return p;
}

/* "true" or "false". */
static inline const char *parse_bool(const char *p, const char *eol, int *out)
{
    if (eol - p >= 4 && memcmp(p, "true", 4) == 0) {
        *out = 1;
        return p + 4;
    }
    if (eol - p >= 5 && memcmp(p, "false", 5) == 0) {
        *out = 0;
        return p + 5;
    }
    return NULL;
}

/* End of the field starting at 'p': the next ',' or 'eol'. */
static inline const char *field_end(const char *p, const char *eol)
{
    const char *q = memchr(p, ',', (size_t)(eol - p));
    return q ? q : eol;
}

/* Reports why field 'col' (0-based, named 'name') of the line [line, eol)
 * is malformed: a wrong number of fields, a quote, or the value itself,
 * which is "invalid 'what'", followed by 'hint'.  Never returns. */
static void bad_field(const Reader *r, const char *line, const char *eol, int n_fields, int col,
                      const char *name, const char *what, const char *hint)
{
    int found = 1;
    for (const char *q = line; q < eol; q++) found += *q == ',';
    if (line == eol) die_at(EXIT_DATA, r->path, r->line, "empty line");
    if (found != n_fields)
        die_at(EXIT_DATA, r->path, r->line, "expected %d fields, found %d", n_fields, found);
    if (memchr(line, '"', (size_t)(eol - line)))
        die_at(EXIT_DATA, r->path, r->line, "quoted fields are not supported by the baseline");
    const char *p = line;
    for (int k = 0; k < col; k++) p = field_end(p, eol) + 1;
    const char *e = field_end(p, eol);
    if (p == e) die_at(EXIT_DATA, r->path, r->line, "column '%s': empty value", name);
    die_at(EXIT_DATA, r->path, r->line, "column '%s': %s '%.*s'%s", name, what, shown((size_t)(e - p)), p,
           hint);
}

/* ---- plafonds.csv and aanbieders.csv ----------------------------------------------- */

static void load_plafonds(Ctx *c)
{
    Reader r;
    reader_open(&r, c->plafonds_path);
    reader_header(&r, "aanbieder,jaar,plafond");
    const char *line, *eol;
    while (reader_next(&r, &line, &eol)) {
        const char *p = line, *e = field_end(p, eol);
        if (e == p || e == eol || memchr(p, '"', (size_t)(e - p)))
            bad_field(&r, line, eol, 3, 0, "aanbieder", "invalid text", "");
        uint32_t prov = prov_intern(c, p, (size_t)(e - p));
        int64_t jaar, plafond;
        p = parse_int(e + 1, eol, &jaar);
        if (!p || p == eol || *p != ',' || jaar < 1 || jaar > B1_MAX_YEAR)
            bad_field(&r, line, eol, 3, 1, "jaar", "invalid year", " (want an integer from 1 to 9999)");
        p = parse_cents(p + 1, eol, &plafond);
        if (!p || p != eol)
            bad_field(&r, line, eol, 3, 2, "plafond", "invalid money", " (want euros with at most 2 decimals)");
        Slot *s = slot_get(c, prov, (int32_t)jaar);
        if (s->line)
            die_at(EXIT_DATA, r.path, r.line,
                   "duplicate key (aanbieder '%.*s', jaar %d); first at line %" PRIu64, shown(c->prov_len[prov]), c->names + c->prov_off[prov], (int)jaar, s->line);
        s->line = r.line;
        s->plafond = s->remaining = plafond;
    }
    reader_close(&r);
}

static void load_aanbieders(Ctx *c)
{
    Reader r;
    reader_open(&r, c->aanbieders_path);
    reader_header(&r, "aanbieder,product");
    const char *line, *eol;
    while (reader_next(&r, &line, &eol)) {
        const char *p = line, *e = field_end(p, eol);
        if (e == p || e == eol || memchr(p, '"', (size_t)(e - p)))
            bad_field(&r, line, eol, 2, 0, "aanbieder", "invalid text", "");
        uint32_t prov = prov_intern(c, p, (size_t)(e - p));
        p = e + 1;
        if (memchr(p, ',', (size_t)(eol - p))) bad_field(&r, line, eol, 2, 1, "product", "", "");
        int product = product_find(p, (size_t)(eol - p));
        if (product < 0) bad_field(&r, line, eol, 2, 1, "product", "unknown product", "");
        for (size_t k = 0; k < c->n_sellers[product]; k++)
            if (c->sellers[product][k] == prov)
                die_at(EXIT_DATA, r.path, r.line,
                       "duplicate key (aanbieder '%.*s', product %s); first at line %" PRIu64, shown(c->prov_len[prov]), c->names + c->prov_off[prov], product_names[product],
                       c->seller_line[product][k]);
        size_t cap = c->sellers_cap[product];
        GROW(c->sellers[product], c->sellers_cap[product], c->n_sellers[product] + 1);
        if (cap != c->sellers_cap[product])
            c->seller_line[product] =
                xrealloc(c->seller_line[product], c->sellers_cap[product] * sizeof(uint64_t));
        c->seller_line[product][c->n_sellers[product]] = r.line;
        c->sellers[product][c->n_sellers[product]++] = prov;
    }
    reader_close(&r);
}

/* ---- cases.csv ----------------------------------------------------------------------- */

#define CASE_FIELDS 14
#define DATE_HINT " (want YYYY-MM-DD, years 1900 to 9999)"

/* Rule 5: uren (hundredths) x weken x tarief (cents) x (100 - discount)%,
 * rounded half away from zero to the cent once.  Returns 0 on overflow. */
static int cost_cents(int64_t uren, int64_t weken, int64_t tarief, int discount, int64_t *out)
{
    int neg = (uren < 0) ^ (weken < 0) ^ (tarief < 0);
    u128 a = (u128)(uren < 0 ? -(uint64_t)uren : (uint64_t)uren);
    u128 b = (u128)(weken < 0 ? -(uint64_t)weken : (uint64_t)weken);
    u128 t = (u128)(tarief < 0 ? -(uint64_t)tarief : (uint64_t)tarief);
    u128 num, q;
    if (__builtin_mul_overflow(a, b, &num) || __builtin_mul_overflow(num, t, &num) ||
        __builtin_mul_overflow(num, (u128)(100 - discount), &num))
        return 0;
    /* num / 10000 is the exact cost in cents: hundredths x cents x percent;
     * a 64-bit division when it fits (always, for the spec's ranges) */
    if (num <= UINT64_MAX) {
        uint64_t n64 = (uint64_t)num;
        q = n64 / 10000 + (n64 % 10000 >= 5000);
    } else {
        q = num / 10000 + (num % 10000 >= 5000);
    }
    if (q > (u128)INT64_MAX) return 0;
    *out = neg ? -(int64_t)q : (int64_t)q;
    return 1;
}

static void load_cases(Ctx *c)
{
    Reader r;
    reader_open(&r, c->cases_path);
    reader_header(&r, "id,gemeente,geboortedatum,datum,verwijzer,product,uren_per_week,weken,"
                      "tarief,aanbieder,crisis,uitstelbaar,voorliggend,verlengd");
    const int32_t discount_day = days_from_civil(2021, 1, 1);
    const char *line, *eol;
    c->min_day = INT32_MAX;
    c->max_day = INT32_MIN;
#define BAD(col, name, what, hint) bad_field(&r, line, eol, CASE_FIELDS, col, name, what, hint)
#define SEP(p) ((p) < eol && *(p) == ',')
    while (reader_next(&r, &line, &eol)) {
        /* id */
        const char *p = line, *e = field_end(p, eol);
        if (e == p || e == eol || memchr(p, '"', (size_t)(e - p))) BAD(0, "id", "invalid text", "");
        size_t id_len = (size_t)(e - p) + 1; /* with the ',' */
        GROW(c->ids, c->ids_cap, c->ids_len + id_len);
        memcpy(c->ids + c->ids_len, p, id_len);
        c->ids_len += id_len;
        /* gemeente */
        p = e + 1;
        e = field_end(p, eol);
        if (e == p || e == eol || memchr(p, '"', (size_t)(e - p))) BAD(1, "gemeente", "invalid text", "");
        /* geboortedatum, datum */
        Date birth, datum;
        p = parse_date(e + 1, eol, &birth);
        if (!p || !SEP(p)) BAD(2, "geboortedatum", "invalid date", DATE_HINT);
        p = parse_date(p + 1, eol, &datum);
        if (!p || !SEP(p)) BAD(3, "datum", "invalid date", DATE_HINT);
        /* verwijzer */
        p++;
        e = field_end(p, eol);
        if (e == p || e == eol || memchr(p, '"', (size_t)(e - p))) BAD(4, "verwijzer", "invalid text", "");
        int by_provider = e - p == 9 && memcmp(p, "aanbieder", 9) == 0;
        /* product */
        p = e + 1;
        e = field_end(p, eol);
        int product = e == eol ? -1 : product_find(p, (size_t)(e - p));
        if (product < 0) BAD(5, "product", "unknown product", "");
        /* uren_per_week, weken, tarief */
        int64_t uren, weken, tarief;
        p = parse_cents(e + 1, eol, &uren);
        if (!p || !SEP(p)) BAD(6, "uren_per_week", "invalid decimal", " (want at most 2 decimals)");
        p = parse_int(p + 1, eol, &weken);
        if (!p || !SEP(p)) BAD(7, "weken", "invalid integer", "");
        p = parse_cents(p + 1, eol, &tarief);
        if (!p || !SEP(p)) BAD(8, "tarief", "invalid money", " (want euros with at most 2 decimals)");
        /* aanbieder */
        const char *prov_name = p + 1;
        e = field_end(prov_name, eol);
        if (e == prov_name || e == eol || memchr(prov_name, '"', (size_t)(e - prov_name)))
            BAD(9, "aanbieder", "invalid text", "");
        size_t prov_len = (size_t)(e - prov_name);
        /* the four booleans */
        int crisis, uitstelbaar, voorliggend, verlengd;
        p = parse_bool(e + 1, eol, &crisis);
        if (!p || !SEP(p)) BAD(10, "crisis", "invalid bool", " (want true or false)");
        p = parse_bool(p + 1, eol, &uitstelbaar);
        if (!p || !SEP(p)) BAD(11, "uitstelbaar", "invalid bool", " (want true or false)");
        p = parse_bool(p + 1, eol, &voorliggend);
        if (!p || !SEP(p)) BAD(12, "voorliggend", "invalid bool", " (want true or false)");
        p = parse_bool(p + 1, eol, &verlengd);
        if (!p || p != eol) BAD(13, "verlengd", "invalid bool", " (want true or false)");

        /* rules 1-4 */
        int code = CODE_PENDING;
        int age = datum.y - birth.y - (datum.m < birth.m || (datum.m == birth.m && datum.d < birth.d));
        if (product >= FIRST_NOT_JEUGDHULP) code = CODE_GEEN_JEUGDHULP;
        else if (age >= 18 && !(age < 23 && verlengd)) code = CODE_LEEFTIJD;
        else if (voorliggend && !crisis) code = CODE_VOORLIGGEND;
        else if (by_provider && uren > 400) code = CODE_TOETSING;
        size_t short_len = id_len - 1 < ID_LEN_MAX ? id_len - 1 : ID_LEN_MAX;
        GROW(c->codes, c->codes_cap, c->n_rows + 1);
        c->codes[c->n_rows++] = (uint8_t)(code | short_len << CODE_BITS);
        if (code != CODE_PENDING) continue;

        /* rule 5, and the record for rule 6 */
        int64_t cost;
        if (!cost_cents(uren, weken, tarief, datum.day >= discount_day ? 3 : 0, &cost))
            die_at(EXIT_RUNTIME, r.path, r.line, "kosten overflows 64-bit cents");
        uint32_t prov = prov_intern(c, prov_name, prov_len);
        Slot *s = slot_get(c, prov, datum.y);
        GROW(c->pend, c->pend_cap, c->n_pend + 1);
        GROW(c->pday, c->pday_cap, c->n_pend + 1);
        Pending *pd = &c->pend[c->n_pend];
        pd->cost = cost;
        pd->slot = (uint32_t)(s - c->slots);
        pd->bits = (uint32_t)product | (crisis ? PB_CRISIS : 0) | (uitstelbaar ? PB_UITSTELBAAR : 0);
        c->pday[c->n_pend++] = datum.day;
        if (datum.day < c->min_day) c->min_day = datum.day;
        if (datum.day > c->max_day) c->max_day = datum.day;
    }
#undef BAD
#undef SEP
    reader_close(&r);
}

/* ---- rule 6: the ceilings in date order ---------------------------------------------- */

/* Returns the counting-sort bucket starts: start[d - min_day] is the sorted
 * position of the first pending case on day d (an array of max-min+2). */
static uint32_t *bucket_starts(const Ctx *c)
{
    size_t range = (size_t)((int64_t)c->max_day - c->min_day) + 1;
    uint32_t *start = xmalloc((range + 1) * sizeof *start);
    memset(start, 0, (range + 1) * sizeof *start);
    for (size_t k = 0; k < c->n_pend; k++) start[c->pday[k] - c->min_day + 1]++;
    for (size_t d = 1; d <= range; d++) start[d] += start[d - 1];
    return start;
}

/* Line in cases.csv of the pending case at sorted position 'pos' (for an
 * error: replays the counting sort). */
static uint64_t line_of_sorted(const Ctx *c, size_t pos)
{
    uint32_t *cursor = bucket_starts(c);
    size_t pend = 0;
    for (size_t row = 0; row < c->n_rows; row++) {
        if ((c->codes[row] & CODE_MASK) != CODE_PENDING) continue;
        if (cursor[c->pday[pend] - c->min_day]++ == pos) {
            free(cursor);
            return row + 2; /* after the header, one line per row */
        }
        pend++;
    }
    free(cursor);
    return 0;
}

/* Reports that the case at sorted position 'pos' needs the ceiling of
 * ('provider', 'year'), which plafonds does not have; 'other' names the
 * product when it is another provider's ceiling (for overdraagbaar). */
static void die_no_ceiling(const Ctx *c, size_t pos, uint32_t provider, int32_t year, int other)
{
    unsigned product = c->pend[pos].bits & PB_PRODUCT;
    die_at(EXIT_RUNTIME, c->cases_path, line_of_sorted(c, pos),
           "no row in table plafonds for (aanbieder '%.*s', jaar %d)%s%s%s", shown(c->prov_len[provider]),
           c->names + c->prov_off[provider], (int)year,
           other ? "; needed to look for another provider of '" : "",
           other ? product_names[product] : "", other ? "' (overdraagbaar)" : "");
}

/* 'overdraagbaar': does a provider other than 'own' that offers 'product'
 * have a remaining ceiling >= 'cost' in 'year'?  Providers are tried in
 * aanbieders.csv order and the first that qualifies ends the search; one
 * without a ledger for the year before that is an error (as in grip). */
static int overdraagbaar(const Ctx *c, size_t pos, unsigned product, uint32_t own, int32_t year,
                         int64_t cost)
{
    for (size_t k = 0; k < c->n_sellers[product]; k++) {
        uint32_t other = c->sellers[product][k];
        if (other == own) continue;
        const Slot *s = slot_find(c, other, year);
        if (!s || !s->line) die_no_ceiling(c, pos, other, year, 1);
        if (s->remaining >= cost) return 1;
    }
    return 0;
}

/* Sorts the pending cases by date and decides rule 6 for each. */
static void simulate(Ctx *c)
{
    if (c->n_pend == 0) return;
    if (c->n_pend > UINT32_MAX) {
        fputs("b1-baseline: more than 4294967295 cases reach the ceilings\n", stderr);
        exit(EXIT_NOMEM);
    }
    uint32_t *cursor = bucket_starts(c);
    Pending *sorted = xmalloc(c->n_pend * sizeof *sorted);
    for (size_t k = 0; k < c->n_pend; k++) sorted[cursor[c->pday[k] - c->min_day]++] = c->pend[k];
    free(cursor);
    free(c->pend);
    c->pend = sorted;

    for (size_t pos = 0; pos < c->n_pend; pos++) {
        Pending *pd = &sorted[pos];
        Slot *s = &c->slots[pd->slot];
        if (!s->line) die_no_ceiling(c, pos, s->provider, s->year, 0);
        int grant = s->remaining >= pd->cost || (pd->bits & PB_CRISIS) ||
                    (!(pd->bits & PB_UITSTELBAAR) &&
                     !overdraagbaar(c, pos, pd->bits & PB_PRODUCT, s->provider, s->year, pd->cost));
        if (!grant) continue;
        if (__builtin_add_overflow(s->charged, pd->cost, &s->charged) ||
            __builtin_sub_overflow(s->remaining, pd->cost, &s->remaining))
            die_at(EXIT_RUNTIME, c->cases_path, line_of_sorted(c, pos),
                   "the ledger of (aanbieder '%.*s', jaar %d) overflows 64-bit cents",
                   shown(c->prov_len[s->provider]), c->names + c->prov_off[s->provider], (int)s->year);
        pd->bits |= PB_GRANTED;
    }
}

/* ---- output ------------------------------------------------------------------------- */

typedef struct Out {
    int fd;
    const char *path;  /* final name */
    char *tmp;         /* path.tmp.PID, renamed over path by out_commit */
    char *buf;         /* B1_WRITE_BUF bytes */
    size_t len;        /* bytes pending in buf */
} Out;

static void out_open(Out *o, const char *path)
{
    size_t n = strlen(path) + 32;
    o->path = path;
    o->tmp = xmalloc(n);
    snprintf(o->tmp, n, "%s.tmp.%ld", path, (long)getpid());
    o->fd = open(o->tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (o->fd < 0) die_io(EXIT_WRITE, "create", o->tmp);
    o->buf = xmalloc(B1_WRITE_BUF);
    o->len = 0;
}

static void out_flush(Out *o)
{
    size_t done = 0;
    while (done < o->len) {
        ssize_t w = write(o->fd, o->buf + done, o->len - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            unlink(o->tmp);
            die_io(EXIT_WRITE, "write", o->tmp);
        }
        done += (size_t)w;
    }
    o->len = 0;
}

/* Makes room for 'n' bytes (n <= B1_WRITE_BUF) and returns where they go. */
static inline char *out_reserve(Out *o, size_t n)
{
    if (o->len + n > B1_WRITE_BUF) out_flush(o);
    return o->buf + o->len;
}

static inline void out_bytes(Out *o, const char *s, size_t n)
{
    while (n > B1_WRITE_BUF) { /* only an absurdly long id or name */
        out_bytes(o, s, B1_WRITE_BUF);
        s += B1_WRITE_BUF;
        n -= B1_WRITE_BUF;
    }
    memcpy(out_reserve(o, n), s, n);
    o->len += n;
}

static inline void out_str(Out *o, const char *s) { out_bytes(o, s, strlen(s)); }

/* Writes 'cents' as euros with exactly two decimals, "-" when negative. */
static inline void out_money(Out *o, int64_t cents)
{
    char tmp[32];
    int n = 0;
    uint64_t v = cents < 0 ? -(uint64_t)cents : (uint64_t)cents;
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
    tmp[n++] = (char)('0' + v % 10);
    v /= 10;
    tmp[n++] = '.';
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    if (cents < 0) tmp[n++] = '-';
    char *p = out_reserve(o, (size_t)n);
    for (int k = 0; k < n; k++) p[k] = tmp[n - 1 - k];
    o->len += (size_t)n;
}

static void out_finish(Out *o)
{
    out_flush(o);
    if (close(o->fd) != 0) {
        unlink(o->tmp);
        die_io(EXIT_WRITE, "write", o->tmp);
    }
    free(o->buf);
}

static void out_commit(Out *o)
{
    if (rename(o->tmp, o->path) != 0) {
        unlink(o->tmp);
        die_io(EXIT_WRITE, "rename", o->tmp);
    }
    free(o->tmp);
}

/* besluiten.csv: every case in input order.  The pending cases are found in
 * the sorted array by replaying the counting sort's cursors. */
static void write_besluiten(Ctx *c, Out *o)
{
    out_str(o, "id,besluit,reden,bedrag\n");
    uint32_t *cursor = c->n_pend ? bucket_starts(c) : NULL;
    const char *id = c->ids;
    size_t pend = 0;
    for (size_t row = 0; row < c->n_rows; row++) {
        size_t id_len = c->codes[row] >> CODE_BITS;
        if (id_len == ID_LEN_MAX)
            id_len = (size_t)((const char *)memchr(id, ',', (size_t)(c->ids + c->ids_len - id)) - id);
        out_bytes(o, id, id_len + 1); /* with its ',' */
        id += id_len + 1;
        unsigned code = c->codes[row] & CODE_MASK;
        if (code != CODE_PENDING) {
            out_bytes(o, code_text[code].text, code_text[code].len);
        } else {
            const Pending *pd = &c->pend[cursor[c->pday[pend++] - c->min_day]++];
            if (pd->bits & PB_GRANTED) {
                out_bytes(o, "toegekend,,", 11);
                out_money(o, pd->cost);
            } else {
                out_bytes(o, "afgewezen,budgetplafond,", 24);
            }
        }
        out_bytes(o, "\n", 1);
    }
    free(cursor);
}

/* A ledger line to sort: the sort key travels with it (qsort has no
 * context argument). */
typedef struct LedgerLine {
    const char *name;   /* the provider's name (not NUL-terminated) */
    uint32_t len;       /* its length */
    int32_t year;       /* jaar */
    const Slot *slot;   /* the ledger */
} LedgerLine;

static int cmp_ledger_line(const void *a, const void *b)
{
    const LedgerLine *x = a, *y = b;
    int r = memcmp(x->name, y->name, x->len < y->len ? x->len : y->len);
    if (r) return r;
    if (x->len != y->len) return x->len < y->len ? -1 : 1;
    return (x->year > y->year) - (x->year < y->year);
}

/* plafondgebruik.csv: one line per plafonds row, by aanbieder (bytewise)
 * then jaar. */
static void write_ledger(Ctx *c, Out *o)
{
    LedgerLine *lines = xmalloc((c->n_slots + 1) * sizeof *lines);
    size_t n = 0;
    for (size_t k = 0; k < c->n_slots; k++) {
        const Slot *s = &c->slots[k];
        if (!s->line) continue;
        lines[n].name = c->names + c->prov_off[s->provider];
        lines[n].len = c->prov_len[s->provider];
        lines[n].year = s->year;
        lines[n++].slot = s;
    }
    qsort(lines, n, sizeof *lines, cmp_ledger_line);
    out_str(o, "aanbieder,jaar,toegekend,plafond,resterend\n");
    for (size_t k = 0; k < n; k++) {
        const Slot *s = lines[k].slot;
        char year[16];
        out_bytes(o, c->names + c->prov_off[s->provider], c->prov_len[s->provider]);
        snprintf(year, sizeof year, ",%d,", (int)s->year);
        out_str(o, year);
        out_money(o, s->charged);
        out_bytes(o, ",", 1);
        out_money(o, s->plafond);
        out_bytes(o, ",", 1);
        out_money(o, s->remaining);
        out_bytes(o, "\n", 1);
    }
    free(lines);
}

/* ---- command line ------------------------------------------------------------------- */

static const char usage_text[] =
    "usage: b1-baseline --cases F --plafonds F --aanbieders F --out F --ledger-out F\n";

static int usage(const char *msg, const char *arg)
{
    fprintf(stderr, "b1-baseline: %s '%s'\n%s", msg, arg, usage_text);
    return EXIT_USAGE;
}

int main(int argc, char **argv)
{
    Ctx c;
    memset(&c, 0, sizeof c);
    const char *out_path = NULL, *ledger_path = NULL;
    for (int i = 1; i < argc; i++) {
        const char **slot = NULL;
        if (strcmp(argv[i], "--cases") == 0) slot = &c.cases_path;
        else if (strcmp(argv[i], "--plafonds") == 0) slot = &c.plafonds_path;
        else if (strcmp(argv[i], "--aanbieders") == 0) slot = &c.aanbieders_path;
        else if (strcmp(argv[i], "--out") == 0) slot = &out_path;
        else if (strcmp(argv[i], "--ledger-out") == 0) slot = &ledger_path;
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs(usage_text, stdout);
            fputs("Decides benchmark B1 (shared/bench/B1-toewijzing.md) for every case and\n"
                  "writes the decisions (--out) and the ceilings' use (--ledger-out).\n", stdout);
            return EXIT_OK;
        } else return usage("unknown option", argv[i]);
        if (i + 1 >= argc) return usage("missing value for", argv[i]);
        *slot = argv[++i];
    }
    if (!c.cases_path || !c.plafonds_path || !c.aanbieders_path || !out_path || !ledger_path) {
        fprintf(stderr, "b1-baseline: all five options are required\n%s", usage_text);
        return EXIT_USAGE;
    }
    load_plafonds(&c);
    load_aanbieders(&c);
    load_cases(&c);
    simulate(&c);

    Out besluiten, ledger;
    out_open(&besluiten, out_path);
    write_besluiten(&c, &besluiten);
    out_finish(&besluiten);
    out_open(&ledger, ledger_path);
    write_ledger(&c, &ledger);
    out_finish(&ledger);
    out_commit(&besluiten);
    out_commit(&ledger);

    free(c.names);
    free(c.prov_off);
    free(c.prov_len);
    free(c.prov_hash);
    free(c.slots);
    free(c.slot_hash);
    for (int k = 0; k < N_PRODUCTS; k++) {
        free(c.sellers[k]);
        free(c.seller_line[k]);
    }
    free(c.ids);
    free(c.codes);
    free(c.pend);
    free(c.pday);
    return EXIT_OK;
}
