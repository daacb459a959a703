/* SPDX-License-Identifier: MIT
 * genb1.c - writes the synthetic datasets of benchmark B1
 * (shared/bench/B1-toewijzing.md): DIR/aanbieders.csv, DIR/cases.csv and
 * DIR/plafonds.csv, seeded and byte-for-byte deterministic on every machine.
 *
 *   genb1 --rows N --seed S --out DIR
 *
 * Randomness: xoshiro256** (Blackman & Vigna, https://prng.di.unimi.it/)
 * seeded through splitmix64, one independent stream per file, so the
 * providers and the ceiling factors do not depend on N.  Bounded draws use
 * Lemire's multiply-shift with rejection ("Fast random integer generation in
 * an interval", 2019): exactly uniform, integer only.  Dates are day numbers
 * (days since 1970-01-01) converted with Howard Hinnant's civil-calendar
 * algorithms (http://howardhinnant.github.io/date_algorithms.html).
 *
 * How each column is drawn and how the ceilings are set is documented in
 * bench/README.md ("The generator").  No floating point anywhere.
 */
#include <errno.h>
#include <fcntl.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

__extension__ typedef unsigned __int128 u128;
__extension__ typedef __int128 i128;

/* The largest --rows: ids stay at most 10 digits and the demand sums far
 * below INT64_MAX (10^9 rows x 7.5e6 cents = 7.5e15). */
#define GENB1_MAX_ROWS 1000000000ULL
#define N_PROVIDERS 180   /* A001 .. A180 (spec) */
#define N_PRODUCTS 12
#define N_YEARS 4         /* 2019 .. 2022 (spec) */
#define FIRST_YEAR 2019
#define OUTBUF_SIZE (1u << 20)

enum { EXIT_IO = 1, EXIT_USAGE = 2, EXIT_NOMEM = 70 };

/* ---- random numbers ------------------------------------------------------- */

typedef struct Rng {
    uint64_t s[4]; /* xoshiro256** state, never all zero (splitmix64 output) */
} Rng;

static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

/* Seeds 'r' for stream number 'stream' of 'seed'; distinct streams give
 * unrelated sequences. */
static void rng_seed(Rng *r, uint64_t seed, uint64_t stream)
{
    uint64_t x = seed ^ (stream * 0xd1b54a32d192ed03ULL);
    for (int k = 0; k < 4; k++) r->s[k] = splitmix64(&x);
}

static inline uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

static inline uint64_t rng_next(Rng *r)
{
    uint64_t *s = r->s;
    uint64_t result = rotl(s[1] * 5, 7) * 9;
    uint64_t t = s[1] << 17;
    s[2] ^= s[0];
    s[3] ^= s[1];
    s[1] ^= s[2];
    s[0] ^= s[3];
    s[2] ^= t;
    s[3] = rotl(s[3], 45);
    return result;
}

/* Returns a uniform integer in [0, n) for n >= 1 (Lemire's method). */
static inline uint64_t rng_below(Rng *r, uint64_t n)
{
    u128 m = (u128)rng_next(r) * n;
    uint64_t low = (uint64_t)m;
    if (low < n) {
        uint64_t threshold = (0 - n) % n;
        while (low < threshold) {
            m = (u128)rng_next(r) * n;
            low = (uint64_t)m;
        }
    }
    return (uint64_t)(m >> 64);
}

/* Returns a uniform integer in [lo, hi]. */
static inline int64_t rng_range(Rng *r, int64_t lo, int64_t hi)
{
    return lo + (int64_t)rng_below(r, (uint64_t)(hi - lo) + 1);
}

/* Returns 1 with probability 'percent'/100. */
static inline int rng_percent(Rng *r, unsigned percent)
{
    return rng_below(r, 100) < percent;
}

/* A categorical distribution in whole percents; the weights add up to 100. */
typedef struct Category {
    const char *name;  /* as written to the CSV */
    unsigned percent;  /* share, in whole percents */
} Category;

/* Returns the index of a category drawn with the shares of 'cats'. */
static unsigned rng_pick(Rng *r, const Category *cats, unsigned n)
{
    unsigned u = (unsigned)rng_below(r, 100);
    for (unsigned k = 0; k + 1 < n; k++) {
        if (u < cats[k].percent) return k;
        u -= cats[k].percent;
    }
    return n - 1;
}

/* ---- the spec's distributions ----------------------------------------------- */

static const Category gemeenten[] = {
    {"Dordrecht", 26}, {"Hoeksche Waard", 20}, {"Zwijndrecht", 10}, {"Molenlanden", 10},
    {"Gorinchem", 8}, {"Papendrecht", 7}, {"Sliedrecht", 6}, {"Hendrik-Ido-Ambacht", 6},
    {"Alblasserdam", 4}, {"Hardinxveld-Giessendam", 3},
};
static const Category verwijzers[] = {
    {"jeugdteam", 62}, {"huisarts", 20}, {"gi", 8}, {"onderwijs", 5}, {"aanbieder", 5},
};
#define VERWIJZER_AANBIEDER 4
static const Category products[N_PRODUCTS] = {
    {"begeleiding", 30}, {"opvoedhulp", 15}, {"jggz", 20}, {"behandeling", 12},
    {"verblijf", 5}, {"pleegzorg", 4}, {"crisis", 2}, {"dyslexie", 4},
    {"kindercoaching", 3}, {"paardentherapie", 2}, {"bso_plus", 2},
    {"huiswerkbegeleiding_plus", 1},
};
#define FIRST_NOT_JEUGDHULP 8 /* products from here on are refused by rule 1 */

#define CEILING_TIGHT_PERCENT 20 /* share of provider-years that run out */

/* ---- dates ------------------------------------------------------------------ */

/* Days since 1970-01-01 of the proleptic Gregorian date y-m-d (Hinnant's
 * days_from_civil). */
static int64_t days_from_civil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    unsigned yoe = (unsigned)(y - era * 400);
    unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + (int64_t)doe - 719468;
}

typedef struct Ymd {
    int y;        /* year */
    unsigned m;   /* month 1..12 */
    unsigned d;   /* day 1..31 */
} Ymd;

/* The civil date of day number 'z' (Hinnant's civil_from_days). */
static Ymd civil_from_days(int64_t z)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    unsigned doe = (unsigned)(z - era * 146097);
    unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    unsigned mp = (5 * doy + 2) / 153;
    Ymd r;
    r.d = doy - (153 * mp + 2) / 5 + 1;
    r.m = mp < 10 ? mp + 3 : mp - 9;
    r.y = (int)((int64_t)yoe + era * 400 + (r.m <= 2));
    return r;
}

/* Whole years from 'birth' to 'at', the spec's rule 2: the difference of the
 * years, minus one when at's (month, day) comes before birth's. */
static int age_at(Ymd birth, Ymd at)
{
    int age = at.y - birth.y;
    if (at.m < birth.m || (at.m == birth.m && at.d < birth.d)) age--;
    return age;
}

/* ---- output --------------------------------------------------------------- */

typedef struct Out {
    int fd;              /* the temporary file being written */
    char *path;          /* final name */
    char *tmp;           /* temporary name: path.tmp.PID */
    char *buf;           /* OUTBUF_SIZE bytes */
    size_t len;          /* bytes pending in buf */
} Out;

static void *xmalloc(size_t size)
{
    void *p = malloc(size ? size : 1);
    if (!p) {
        fputs("genb1: out of memory\n", stderr);
        exit(EXIT_NOMEM);
    }
    return p;
}

static char *path_join(const char *dir, const char *name, const char *suffix)
{
    size_t n = strlen(dir) + strlen(name) + strlen(suffix) + 2;
    char *p = xmalloc(n);
    snprintf(p, n, "%s/%s%s", dir, name, suffix);
    return p;
}

static void die_io(const char *what, const char *path)
{
    fprintf(stderr, "genb1: cannot %s '%s': %s\n", what, path, strerror(errno));
    exit(EXIT_IO);
}

/* Opens DIR/NAME for writing through a temporary file; exits on failure. */
static void out_open(Out *o, const char *dir, const char *name)
{
    char suffix[32];
    snprintf(suffix, sizeof suffix, ".tmp.%ld", (long)getpid());
    o->path = path_join(dir, name, "");
    o->tmp = path_join(dir, name, suffix);
    o->fd = open(o->tmp, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (o->fd < 0) die_io("create", o->tmp);
    o->buf = xmalloc(OUTBUF_SIZE);
    o->len = 0;
}

static void out_flush(Out *o)
{
    size_t done = 0;
    while (done < o->len) {
        ssize_t w = write(o->fd, o->buf + done, o->len - done);
        if (w < 0) {
            if (errno == EINTR) continue;
            die_io("write", o->tmp);
        }
        done += (size_t)w;
    }
    o->len = 0;
}

/* Makes room for 'n' more bytes (n <= OUTBUF_SIZE) and returns where to put them. */
static inline char *out_reserve(Out *o, size_t n)
{
    if (o->len + n > OUTBUF_SIZE) out_flush(o);
    return o->buf + o->len;
}

static inline void out_str(Out *o, const char *s)
{
    size_t n = strlen(s);
    memcpy(out_reserve(o, n), s, n);
    o->len += n;
}

/* Writes 'v' >= 0 in decimal, zero-padded to 'width' digits. */
static inline void out_uint(Out *o, uint64_t v, int width)
{
    char tmp[24];
    int n = 0;
    do {
        tmp[n++] = (char)('0' + v % 10);
        v /= 10;
    } while (v);
    while (n < width) tmp[n++] = '0';
    char *p = out_reserve(o, (size_t)n);
    for (int k = 0; k < n; k++) p[k] = tmp[n - 1 - k];
    o->len += (size_t)n;
}

/* Writes 'cents' >= 0 as euros with exactly two decimals. */
static inline void out_money(Out *o, uint64_t cents)
{
    out_uint(o, cents / 100, 1);
    char *p = out_reserve(o, 3);
    p[0] = '.';
    p[1] = (char)('0' + cents / 10 % 10);
    p[2] = (char)('0' + cents % 10);
    o->len += 3;
}

static inline void out_date(Out *o, Ymd d)
{
    char *p = out_reserve(o, 10);
    unsigned y = (unsigned)d.y;
    p[0] = (char)('0' + y / 1000 % 10);
    p[1] = (char)('0' + y / 100 % 10);
    p[2] = (char)('0' + y / 10 % 10);
    p[3] = (char)('0' + y % 10);
    p[4] = '-';
    p[5] = (char)('0' + d.m / 10);
    p[6] = (char)('0' + d.m % 10);
    p[7] = '-';
    p[8] = (char)('0' + d.d / 10);
    p[9] = (char)('0' + d.d % 10);
    o->len += 10;
}

static inline void out_provider(Out *o, unsigned index)
{
    out_str(o, "A");
    out_uint(o, index + 1, 3);
}

/* Flushes, closes and renames the temporary file over the final name. */
static void out_close(Out *o)
{
    out_flush(o);
    if (close(o->fd) != 0) die_io("write", o->tmp);
    if (rename(o->tmp, o->path) != 0) die_io("rename", o->tmp);
    free(o->buf);
    free(o->path);
    free(o->tmp);
}

/* ---- the three files -------------------------------------------------------- */

typedef struct Market {
    unsigned offers[N_PROVIDERS][N_PRODUCTS]; /* 1 when provider offers product */
    unsigned sellers[N_PRODUCTS][N_PROVIDERS]; /* providers offering each product, ascending */
    unsigned n_sellers[N_PRODUCTS];            /* entries used in sellers[p] */
} Market;

/* Draws which products each provider offers and writes aanbieders.csv.
 * Provider i < 12 is given product i first, so every product has a seller;
 * the rest of the 1-4 products are drawn with the case shares, without
 * repetition.  Rows are written by provider, then product in enum order. */
static void gen_aanbieders(Market *mk, uint64_t seed, const char *dir)
{
    Rng r;
    rng_seed(&r, seed, 1);
    memset(mk, 0, sizeof *mk);
    for (unsigned prov = 0; prov < N_PROVIDERS; prov++) {
        unsigned want = 1 + (unsigned)rng_below(&r, 4), have = 0;
        if (prov < N_PRODUCTS) {
            mk->offers[prov][prov] = 1;
            have = 1;
        }
        while (have < want) {
            unsigned p = rng_pick(&r, products, N_PRODUCTS);
            if (mk->offers[prov][p]) continue;
            mk->offers[prov][p] = 1;
            have++;
        }
    }
    Out o;
    out_open(&o, dir, "aanbieders.csv");
    out_str(&o, "aanbieder,product\n");
    for (unsigned prov = 0; prov < N_PROVIDERS; prov++)
        for (unsigned p = 0; p < N_PRODUCTS; p++) {
            if (!mk->offers[prov][p]) continue;
            mk->sellers[p][mk->n_sellers[p]++] = prov;
            out_provider(&o, prov);
            out_str(&o, ",");
            out_str(&o, products[p].name);
            out_str(&o, "\n");
        }
    out_close(&o);
}

/* Writes 'rows' cases to cases.csv and adds to 'demand' [provider][year] the
 * cost of every case that passes rules 1-4 (what the provider would be asked
 * to deliver if its ceiling never ran out). */
static void gen_cases(const Market *mk, uint64_t rows, uint64_t seed, const char *dir,
                      int64_t demand[N_PROVIDERS][N_YEARS])
{
    Rng r;
    rng_seed(&r, seed, 2);
    int id_width = 7;
    for (uint64_t v = rows / 10000000; v; v /= 10) id_width++;
    const int64_t first_day = days_from_civil(2019, 1, 1);
    const int64_t last_day = days_from_civil(2022, 12, 31);
    const int64_t discount_day = days_from_civil(2021, 1, 1);

    Out o;
    out_open(&o, dir, "cases.csv");
    out_str(&o, "id,gemeente,geboortedatum,datum,verwijzer,product,uren_per_week,weken,"
                "tarief,aanbieder,crisis,uitstelbaar,voorliggend,verlengd\n");
    for (uint64_t row = 1; row <= rows; row++) {
        int64_t day = rng_range(&r, first_day, last_day);
        Ymd datum = civil_from_days(day);
        /* the age is drawn first, then a birth date uniform over the days
         * that give exactly that age (rejection from a window that holds
         * them all: age A means born in (datum - A-1 years, datum - A years]) */
        int age = (int)rng_below(&r, 23);
        Ymd birth;
        do {
            int64_t b = rng_range(&r, day - 366 * (int64_t)(age + 1), day - 365 * (int64_t)age);
            birth = civil_from_days(b);
        } while (age_at(birth, datum) != age);
        unsigned gemeente = rng_pick(&r, gemeenten, 10);
        unsigned verwijzer = rng_pick(&r, verwijzers, 5);
        unsigned product = rng_pick(&r, products, N_PRODUCTS);
        unsigned prov = mk->sellers[product][rng_below(&r, mk->n_sellers[product])];
        int64_t uren = 25 * rng_range(&r, 2, 48);   /* hundredths: 0.50 .. 12.00 */
        int64_t weken = rng_range(&r, 4, 52);
        int64_t tarief = rng_range(&r, 4500, 12000); /* cents */
        int crisis = rng_percent(&r, 3);
        int uitstelbaar = rng_percent(&r, 60);
        int voorliggend = rng_percent(&r, 15);
        int verlengd = rng_percent(&r, 30);

        out_str(&o, "C");
        out_uint(&o, row, id_width);
        out_str(&o, ",");
        out_str(&o, gemeenten[gemeente].name);
        out_str(&o, ",");
        out_date(&o, birth);
        out_str(&o, ",");
        out_date(&o, datum);
        out_str(&o, ",");
        out_str(&o, verwijzers[verwijzer].name);
        out_str(&o, ",");
        out_str(&o, products[product].name);
        out_str(&o, ",");
        out_money(&o, (uint64_t)uren);
        out_str(&o, ",");
        out_uint(&o, (uint64_t)weken, 1);
        out_str(&o, ",");
        out_money(&o, (uint64_t)tarief);
        out_str(&o, ",");
        out_provider(&o, prov);
        out_str(&o, crisis ? ",true" : ",false");
        out_str(&o, uitstelbaar ? ",true" : ",false");
        out_str(&o, voorliggend ? ",true" : ",false");
        out_str(&o, verlengd ? ",true\n" : ",false\n");

        /* rules 1-4 of the spec; the age is known to be 0..22 */
        if (product >= FIRST_NOT_JEUGDHULP) continue;
        if (age >= 18 && !verlengd) continue;
        if (voorliggend && !crisis) continue;
        if (verwijzer == VERWIJZER_AANBIEDER && uren > 400) continue;
        int64_t discount = day >= discount_day ? 3 : 0;
        int64_t num = uren * weken * tarief * (100 - discount); /* < 7.6e10 */
        demand[prov][datum.y - FIRST_YEAR] += (num + 5000) / 10000;
    }
    out_close(&o);
}

/* Writes plafonds.csv: per provider-year, with probability 20% a ceiling of
 * 50-95% of its demand (rounded down to whole euros: it runs out before the
 * year ends) and otherwise 105-150% (rounded up: it never runs out, since
 * grants never exceed demand). */
static void gen_plafonds(uint64_t seed, const char *dir, int64_t demand[N_PROVIDERS][N_YEARS])
{
    Rng r;
    rng_seed(&r, seed, 3);
    Out o;
    out_open(&o, dir, "plafonds.csv");
    out_str(&o, "aanbieder,jaar,plafond\n");
    for (unsigned prov = 0; prov < N_PROVIDERS; prov++)
        for (unsigned y = 0; y < N_YEARS; y++) {
            int tight = rng_percent(&r, CEILING_TIGHT_PERCENT);
            int64_t permille = tight ? rng_range(&r, 500, 950) : rng_range(&r, 1050, 1500);
            /* demand <= 10^9 rows x 7,488,000 cents, so the product needs
             * more than 64 bits in the worst case; the result does not */
            i128 scaled = (i128)demand[prov][y] * permille;
            int64_t euros = (int64_t)(tight ? scaled / 100000 : (scaled + 99999) / 100000);
            out_provider(&o, prov);
            out_str(&o, ",");
            out_uint(&o, FIRST_YEAR + y, 1);
            out_str(&o, ",");
            out_money(&o, (uint64_t)euros * 100);
            out_str(&o, "\n");
        }
    out_close(&o);
}

/* ---- command line ------------------------------------------------------------- */

static int usage(const char *msg, const char *arg)
{
    if (msg) fprintf(stderr, "genb1: %s%s%s%s\n", msg, arg ? " '" : "", arg ? arg : "", arg ? "'" : "");
    fputs("usage: genb1 --rows N --seed S --out DIR\n", stderr);
    return EXIT_USAGE;
}

/* Parses a decimal unsigned integer no larger than 'max'; returns 0 on error. */
static int parse_u64(const char *s, uint64_t max, uint64_t *v)
{
    uint64_t x = 0;
    if (!*s) return 0;
    for (; *s; s++) {
        if (*s < '0' || *s > '9') return 0;
        unsigned digit = (unsigned)(*s - '0');
        if (x > (max - digit) / 10) return 0;
        x = x * 10 + digit;
    }
    *v = x;
    return 1;
}

int main(int argc, char **argv)
{
    const char *rows_s = NULL, *seed_s = NULL, *dir = NULL;
    for (int i = 1; i < argc; i++) {
        const char **slot = NULL;
        if (strcmp(argv[i], "--rows") == 0) slot = &rows_s;
        else if (strcmp(argv[i], "--seed") == 0) slot = &seed_s;
        else if (strcmp(argv[i], "--out") == 0) slot = &dir;
        else if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0) {
            fputs("usage: genb1 --rows N --seed S --out DIR\n"
                  "Writes DIR/cases.csv (N rows), DIR/plafonds.csv and DIR/aanbieders.csv\n"
                  "for benchmark B1; the same N and S give the same bytes everywhere.\n", stdout);
            return 0;
        } else return usage("unknown option", argv[i]);
        if (i + 1 >= argc) return usage("missing value for", argv[i]);
        *slot = argv[++i];
    }
    if (!rows_s || !seed_s || !dir) return usage("--rows, --seed and --out are required", NULL);
    uint64_t rows, seed;
    if (!parse_u64(rows_s, GENB1_MAX_ROWS, &rows))
        return usage("--rows wants an integer from 0 to 1000000000, not", rows_s);
    if (!parse_u64(seed_s, UINT64_MAX, &seed))
        return usage("--seed wants an unsigned 64-bit integer, not", seed_s);
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) die_io("create directory", dir);

    Market *mk = xmalloc(sizeof *mk);
    int64_t (*demand)[N_YEARS] = xmalloc(sizeof(int64_t[N_PROVIDERS][N_YEARS]));
    memset(demand, 0, sizeof(int64_t[N_PROVIDERS][N_YEARS]));
    gen_aanbieders(mk, seed, dir);
    gen_cases(mk, rows, seed, dir, demand);
    gen_plafonds(seed, dir, demand);
    free(demand);
    free(mk);
    return 0;
}
