/* SPDX-License-Identifier: MIT
 * gendata.c - the synthetic-data generator: one year of youth-care requests
 * (jeugdhulp aanvragen) for the region Zuid-Holland Zuid, with the tables the
 * regional and municipal policies need.
 *
 *     tools/gendata [--seed S] [--year Y] [--requests N] [--out DIR] [--quiet]
 *
 * writes into DIR (created when missing):
 *     aanvragen.csv   one row per request: who, where, what, how much, when
 *     aanbieders.csv  which provider offers which product
 *     plafonds.csv    each provider's budget ceiling for year Y
 *     gemeenten.csv   the 10 municipalities: CBS code, inhabitants, budget,
 *                     own costs
 *     teams.csv       the 20 youth teams and their budgets
 * and prints a summary (the sanity figures of docs/data.md) on stdout.
 *
 * Every column, its distribution and the source behind it is documented in
 * docs/data.md; the tables below carry a short tag: [V] verified in a
 * source of /work/shared/domain/facts-and-schemas.md or a seed document,
 * [D] derived from such facts by the stated calculation, [A] assumed.
 *
 * Determinism.  The output is a function of (seed, year, requests) only,
 * identical on every machine: no floating point, no libc rand, no clock, no
 * locale.  Random numbers come from xoshiro256** (Blackman & Vigna, 2018)
 * seeded through splitmix64; a draw from a distribution is a draw from
 * cumulative integer weights; integers below a bound use Lemire's multiply-
 * and-reject method, so they are unbiased.  Three independent streams keep
 * one part of the data stable when another changes: 'world' (providers,
 * their products and prices), 'rows' (the requests) and 'budget' (which
 * providers get a tight ceiling, team budget factors).
 *
 * Money is int64 euro cents; hours are int hundredths of an hour; dates are
 * int days since 1970-01-01 (proleptic Gregorian, H. Hinnant's civil-day
 * algorithms).  Amounts are rounded half away from zero, once, where a
 * product of exact integers is divided down to cents.
 *
 * Speed.  Requests are streamed: the decision dates are drawn first as
 * counts per day (so the file comes out in date order without sorting),
 * then each row is drawn and written through a 64 KiB buffer with hand-
 * written number formatting.  Memory is O(N) only for the per-request cost
 * kept for the median in the summary (8 bytes a request).
 */
#include "runtime/alloc.h"

#include <errno.h>
#include <inttypes.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

__extension__ typedef unsigned __int128 u128;

/* Limits: a year of requests fits an int; 10^8 rows is ~20 GB of CSV, far
 * beyond any use; years outside the Jeugdwet era have no tariff index. */
#define GENDATA_MAX_REQUESTS 100000000
#define GENDATA_MIN_YEAR 2015
#define GENDATA_MAX_YEAR 2040
/* The bundled year has 20,000 requests; budgets scale with N relative to it. */
#define GENDATA_REFERENCE_N 20000

/* ---- random numbers ------------------------------------------------------ */

typedef struct Rng {
    uint64_t s[4]; /* xoshiro256** state; never all zero */
} Rng;

/* Returns the next splitmix64 output and advances '*x'. */
static uint64_t splitmix64(uint64_t *x)
{
    uint64_t z = (*x += 0x9e3779b97f4a7c15u);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9u;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebu;
    return z ^ (z >> 31);
}

/* Seeds 'r' from 'seed' and a per-stream constant 'stream'. */
static void rng_seed(Rng *r, uint64_t seed, uint64_t stream)
{
    uint64_t x = seed ^ (stream * 0xd1b54a32d192ed03u);
    for (int k = 0; k < 4; k++) r->s[k] = splitmix64(&x);
}

static uint64_t rotl(uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }

/* Returns the next 64 random bits of 'r' (xoshiro256**). */
static uint64_t rng_next(Rng *r)
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

/* Returns a uniform integer in [0, n); 'n' must be > 0 (Lemire 2019). */
static uint64_t rng_below(Rng *r, uint64_t n)
{
    u128 m = (u128)rng_next(r) * n;
    uint64_t low = (uint64_t)m;
    if (low < n) {
        uint64_t t = (0 - n) % n;
        while (low < t) {
            m = (u128)rng_next(r) * n;
            low = (uint64_t)m;
        }
    }
    return (uint64_t)(m >> 64);
}

/* Returns a uniform integer in [lo, hi] (lo <= hi). */
static int rng_range(Rng *r, int lo, int hi)
{
    return lo + (int)rng_below(r, (uint64_t)(hi - lo) + 1);
}

/* Returns 1 with probability 'permille'/1000. */
static int rng_chance(Rng *r, int permille)
{
    return (int)rng_below(r, 1000) < permille;
}

/* Returns an index k in [0, n) with probability w[k] / sum(w), skipping
 * the entries where 'allowed' (may be NULL) is 0.  The weights of the
 * allowed entries must not all be zero. */
static int rng_pick(Rng *r, const int *w, const unsigned char *allowed, int n)
{
    int64_t total = 0;
    for (int k = 0; k < n; k++)
        if (!allowed || allowed[k]) total += w[k];
    int64_t x = (int64_t)rng_below(r, (uint64_t)total);
    for (int k = 0; k < n; k++) {
        if (allowed && !allowed[k]) continue;
        if (x < w[k]) return k;
        x -= w[k];
    }
    return n - 1; /* not reached: x < total */
}

/* Returns an index into 'cum' (strictly increasing cumulative weights, n > 0,
 * cum[n-1] > 0) drawn with probability proportional to each step. */
static int rng_pick_cum(Rng *r, const int64_t *cum, int n)
{
    int64_t x = (int64_t)rng_below(r, (uint64_t)cum[n - 1]);
    int lo = 0, hi = n - 1;
    while (lo < hi) {
        int mid = lo + (hi - lo) / 2;
        if (cum[mid] > x) hi = mid;
        else lo = mid + 1;
    }
    return lo;
}

/* ---- dates --------------------------------------------------------------- */

/* Returns the day number (days since 1970-01-01) of y-m-d. */
static int32_t days_from_civil(int y, int m, int d)
{
    y -= m <= 2;
    int era = (y >= 0 ? y : y - 399) / 400;
    int yoe = y - era * 400;
    int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
    int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

/* Sets '*y', '*m', '*d' to the civil date of day number 'z'. */
static void civil_from_days(int32_t z, int *y, int *m, int *d)
{
    z += 719468;
    int era = (z >= 0 ? z : z - 146096) / 146097;
    int doe = z - era * 146097;
    int yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    int doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    int mp = (5 * doy + 2) / 153;
    *d = doy - (153 * mp + 2) / 5 + 1;
    *m = mp + (mp < 10 ? 3 : -9);
    *y = yoe + era * 400 + (*m <= 2);
}

static int is_leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

/* Returns day 'z' moved by 'years' calendar years; 29 February becomes
 * 28 February in a common year. */
static int32_t add_years(int32_t z, int years)
{
    int y, m, d;
    civil_from_days(z, &y, &m, &d);
    y += years;
    if (m == 2 && d == 29 && !is_leap(y)) d = 28;
    return days_from_civil(y, m, d);
}

/* Returns the age in whole years on day 'on' of someone born on 'birth':
 * the difference of the years, minus one when (month, day) of 'on' comes
 * before that of 'birth' (the definition of bench/B1 and the stdlib). */
static int age_on(int32_t birth, int32_t on)
{
    int by, bm, bd, y, m, d;
    civil_from_days(birth, &by, &bm, &bd);
    civil_from_days(on, &y, &m, &d);
    int age = y - by;
    if (m < bm || (m == bm && d < bd)) age--;
    return age;
}

/* Returns 0 for Monday ... 6 for Sunday. */
static int weekday(int32_t z) { return (int)((z % 7 + 7 + 3) % 7); }

/* ---- the region ---------------------------------------------------------- */

/* The 10 municipalities of Zuid-Holland Zuid [V facts §3.2]: CBS code,
 * inhabitants ~2019/20 [V-secondary], 0-17 estimate [D: x0.19, +3 pt in the
 * Bible belt], and the weight of their share of requests: the 0-17 estimate,
 * Sliedrecht x1.2 (highest youth-care share in Rijnmond 2019 [V]) [A]. */
typedef struct Gemeente {
    const char *naam;  /* spelled as in the policies */
    const char *code;  /* CBS gemeentecode, 4 digits */
    int inwoners;      /* inhabitants */
    int jeugd;         /* inhabitants aged 0-17 (estimate) */
    int weight;        /* relative share of requests */
} Gemeente;

enum { N_GEMEENTEN = 10 };
static const Gemeente gemeenten[N_GEMEENTEN] = {
    {"Alblasserdam", "0482", 20014, 3800, 3800},
    {"Dordrecht", "0505", 118426, 22500, 22500},
    {"Gorinchem", "0512", 36284, 6900, 6900},
    {"Hardinxveld-Giessendam", "0523", 17958, 3950, 3950},
    {"Hendrik-Ido-Ambacht", "0531", 30677, 6750, 6750},
    {"Hoeksche Waard", "1963", 86115, 16350, 16350},
    {"Molenlanden", "1978", 43846, 9650, 9650},
    {"Papendrecht", "0590", 32264, 6150, 6150},
    {"Sliedrecht", "0610", 25020, 5500, 6600},
    {"Zwijndrecht", "0642", 44586, 8450, 8450},
};

/* The 20 youth teams of Stichting Jeugdteams ZHZ [V: "20 jeugdteams", seed
 * 003]; their names and split are [A]: one team per municipality, several in
 * the large ones, Hoeksche Waard and Molenlanden by the former municipalities
 * they were formed from in 2019 [V facts §3.2], weighted by population. */
typedef struct Team {
    const char *naam; /* team name */
    int gemeente;     /* index into gemeenten[] */
    int weight;       /* share within the municipality */
} Team;

enum { N_TEAMS = 20 };
static const Team teams[N_TEAMS] = {
    {"JT Alblasserdam", 0, 1},
    {"JT Dordrecht Centrum", 1, 22},
    {"JT Dordrecht Noord", 1, 20},
    {"JT Dordrecht Oost", 1, 22},
    {"JT Dordrecht West", 1, 20},
    {"JT Dordrecht Zuid", 1, 16},
    {"JT Gorinchem Oost", 2, 50},
    {"JT Gorinchem West", 2, 50},
    {"JT Hardinxveld-Giessendam", 3, 1},
    {"JT Hendrik-Ido-Ambacht", 4, 1},
    {"JT Binnenmaas", 5, 29},
    {"JT Cromstrijen-Strijen", 5, 22},
    {"JT Korendijk", 5, 11},
    {"JT Oud-Beijerland", 5, 24},
    {"JT Giessenlanden", 6, 15},
    {"JT Molenwaard", 6, 29},
    {"JT Papendrecht", 7, 1},
    {"JT Sliedrecht", 8, 1},
    {"JT Zwijndrecht Noord", 9, 50},
    {"JT Zwijndrecht Zuid", 9, 50},
};

/* The regional budget for youth care per year in units of EUR 0.1M: the
 * "Jaarkosten" column of the financial framework 2019-2022 [V seed 003],
 * held at its first and last value outside those years [A]. */
static int64_t regional_budget_cents(int year)
{
    static const int tenths[] = {1147, 1097, 1047, 1000}; /* 2019..2022 */
    int k = year < 2019 ? 0 : year > 2022 ? 3 : year - 2019;
    return (int64_t)tenths[k] * 10000000;
}

/* The tariff index of 'year' in permille of 2022, the year of most tariff
 * anchors: 2022 -> 2024 +13% [V: Bollenstreek 2022 and 2024 lists, e.g.
 * EUR 69 -> 78]; the other years [A: ~3% a year, 2023 half of the 13%]. */
static int64_t tariff_index(int year)
{
    static const int idx[] = {910, 940, 970, 1000, 1060, 1130, 1165, 1200}; /* 2019..2026 */
    if (year < 2019) return 910 - 30 * (2019 - year);
    if (year > 2026) return 1200 + 36 * (year - 2026);
    return idx[year - 2019];
}

/* ---- referrers and products ---------------------------------------------- */

enum {
    V_JEUGDTEAM, V_HUISARTS, V_MEDISCH, V_JEUGDARTS, V_GI, V_RECHTER,
    V_ONDERWIJS, V_AANBIEDER, N_VERWIJZERS
};

/* Referrers: the blend 50/50 of source 004 (80% youth team, 10% GI, 10%
 * doctors, Alblasserdam) and CBS 85096NED 2021 (NL) [D]; self-referral and
 * unknown (14.2% CBS) split between school and provider [A]. */
typedef struct Verwijzer {
    const char *naam; /* as in the CSV */
    int weight;       /* permille */
    int age_lo;       /* youngest age referred this way */
    int age_hi;       /* oldest */
} Verwijzer;

static const Verwijzer verwijzers[N_VERWIJZERS] = {
    {"jeugdteam", 554, 0, 22},
    {"huisarts", 234, 0, 22},
    {"medisch_specialist", 30, 0, 22},
    {"jeugdarts", 19, 0, 17},   /* JGZ serves 0-17 */
    {"gi", 90, 0, 22},          /* JB 0-17, JR 12-22 */
    {"rechter", 3, 12, 22},     /* machtiging, strafrecht */
    {"onderwijs", 30, 4, 22},
    {"aanbieder", 40, 0, 22},   /* herindicatie route, seed 003 */
};

enum {
    P_BEGELEIDING, P_OPVOEDHULP, P_JGGZ, P_BEHANDELING, P_VERBLIJF,
    P_PLEEGZORG, P_CRISIS, P_DYSLEXIE, P_KINDERCOACHING, P_PAARDENTHERAPIE,
    P_BSO_PLUS, P_HUISWERK, N_PRODUCTS
};
#define FIRST_EXCLUDED P_KINDERCOACHING

/* Duration classes of a granted period, in weeks (see Product.weeks). */
enum { W_AMBULANT, W_DYSLEXIE, W_VERBLIJF, W_PLEEGZORG, W_CRISIS, W_NIET, N_WCLASS };

/* A product and the per-product probabilities of the flags (permille). */
typedef struct Product {
    const char *naam;  /* as in the CSV and the stdlib enum */
    int age_lo;        /* youngest age it is requested for */
    int age_hi;        /* oldest */
    int wclass;        /* duration class (W_*) */
    int herindicatie;  /* P(re-indication) */
    int uitstelbaar;   /* P(can wait) when not crisis */
    int voorliggend;   /* P(a general provision exists) */
    int pgb;           /* P(personal budget) */
    int crisis;        /* P(crisis) */
    int offer_weight;  /* how many providers offer it, relative */
} Product;

static const Product products[N_PRODUCTS] = {
    {"begeleiding", 0, 22, W_AMBULANT, 740, 700, 200, 100, 0, 30},
    {"opvoedhulp", 0, 17, W_AMBULANT, 700, 650, 250, 30, 0, 20},
    {"jggz", 2, 22, W_AMBULANT, 720, 600, 50, 20, 0, 22},
    {"behandeling", 0, 22, W_AMBULANT, 720, 550, 30, 20, 0, 14},
    {"verblijf", 4, 22, W_VERBLIJF, 850, 350, 0, 0, 150, 6},
    {"pleegzorg", 0, 20, W_PLEEGZORG, 900, 250, 0, 0, 150, 2},
    {"crisis", 0, 22, W_CRISIS, 100, 0, 0, 0, 1000, 2},
    {"dyslexie", 7, 12, W_DYSLEXIE, 350, 950, 50, 0, 0, 4},
    {"kindercoaching", 4, 17, W_NIET, 500, 950, 500, 0, 0, 40},
    {"paardentherapie", 4, 22, W_NIET, 500, 950, 300, 0, 0, 30},
    {"bso_plus", 4, 12, W_NIET, 500, 950, 500, 0, 0, 15},
    {"huiswerkbegeleiding_plus", 10, 18, W_NIET, 500, 950, 600, 0, 0, 15},
};

/* What each referrer asks for [A], columns in the order of products[]: the
 * youth team is the gatekeeper and never asks for the four products that are
 * not youth care (seed 003); they come in via doctors, schools and providers
 * (the "alternative routes via the huisarts" of seed 003). */
static const int product_by_verwijzer[N_VERWIJZERS][N_PRODUCTS] = {
    /*             beg  opv jggz  beh verb pleeg cris  dys   kc paard bso huisw */
    [V_JEUGDTEAM] = {400, 240, 110, 100, 35, 8, 15, 40, 0, 0, 0, 0},
    [V_HUISARTS] = {110, 60, 460, 140, 5, 0, 10, 60, 80, 50, 20, 30},
    [V_MEDISCH] = {80, 0, 480, 360, 40, 0, 40, 0, 0, 0, 0, 0},
    [V_JEUGDARTS] = {200, 200, 250, 150, 0, 0, 0, 200, 0, 0, 0, 0},
    [V_GI] = {180, 220, 100, 60, 200, 100, 40, 0, 0, 0, 0, 0},
    [V_RECHTER] = {200, 0, 0, 200, 500, 0, 100, 0, 0, 0, 0, 0},
    [V_ONDERWIJS] = {150, 50, 100, 0, 0, 0, 0, 900, 40, 0, 80, 80},
    [V_AANBIEDER] = {300, 100, 250, 200, 0, 0, 0, 0, 60, 50, 20, 20},
};

/* Age in years at the decision date, permille [A after facts §6a: 0-3 6%,
 * 4-11 44%, 12-17 45%, 18-22 5% (CBS: 18+ ~4.5% [V])]. */
enum { MAX_AGE = 22 };
static const int age_weight[MAX_AGE + 1] = {
    10, 14, 16, 20,                     /* 0-3 */
    55, 55, 55, 55, 55, 55, 55, 55,     /* 4-11 */
    75, 75, 75, 75, 75, 75,             /* 12-17 */
    22, 12, 8, 5, 3,                    /* 18-22 */
};

/* A way a product is delivered: its JZ020 category, its tariff per hour in
 * 2022 cents, its weight among the product's variants, and its hours per
 * week in hundredths (triangular between lo and hi, in quarter hours; lo ==
 * hi for a fixed number).  'w_lo'/'w_hi' > 0 override the product's
 * duration class.  'age_tariff' marks pleegzorg, whose tariff depends on
 * age.  The anchors are facts §4.1; per hour is per day / 24 or per dagdeel
 * / 4 [D]. */
typedef struct Variant {
    int product;      /* P_* */
    int categorie;    /* JZ020 code */
    int tarief;       /* cents per hour, 2022 */
    int weight;       /* among the product's variants */
    int uren_lo;      /* hundredths of an hour per week */
    int uren_hi;
    int w_lo;         /* weeks, 0 = the product's duration class */
    int w_hi;
    int age_tariff;   /* 1: pleegzorg, tariff by age band */
} Variant;

static const Variant variants[] = {
    /* begeleiding licht/midden/zwaar: Breda 2022 PGB 40.50/57.78/62.64 = 90% of ZIN [D] */
    {P_BEGELEIDING, 45, 4500, 30, 100, 300, 0, 0, 0},
    {P_BEGELEIDING, 45, 6420, 45, 150, 400, 0, 0, 0},
    {P_BEGELEIDING, 45, 6960, 25, 200, 600, 0, 0, 0},
    /* ambulant regulier HBO / MBO 45A48/45A49 [V] */
    {P_OPVOEDHULP, 45, 6900, 80, 100, 300, 0, 0, 0},
    {P_OPVOEDHULP, 45, 4560, 20, 100, 400, 0, 0, 0},
    /* jeugd-ggz 54001/2/4 HBO / WO, hoog-specialistisch WO [V] */
    {P_JGGZ, 54, 6720, 55, 75, 200, 0, 0, 0},
    {P_JGGZ, 54, 9900, 35, 75, 200, 0, 0, 0},
    {P_JGGZ, 54, 11700, 10, 100, 300, 0, 0, 0},
    /* behandeling individueel (Breda PGB 79.38 / 0.9) [D], HBO ambulant [V],
     * dagbehandeling A/B 61.18/66.12 per dagdeel [V] / 4 h, 2-4 dagdelen */
    {P_BEHANDELING, 45, 8820, 45, 75, 250, 0, 0, 0},
    {P_BEHANDELING, 45, 6900, 30, 100, 300, 0, 0, 0},
    {P_BEHANDELING, 41, 1530, 15, 800, 1200, 0, 0, 0},
    {P_BEHANDELING, 41, 1653, 10, 800, 1600, 0, 0, 0},
    /* verblijf: GGZ 173.97/day -> 43 [V price, A category]; logeeropvang
     * 43A08 156.33/etmaal, 1-2 etmalen a week, max 58 a year [V]; 24-uurs
     * respijt/LVB 74.28, J&O 84.50, gezinshuis 145.43 per day -> 44 [V] */
    {P_VERBLIJF, 43, 725, 25, 16800, 16800, 0, 0, 0},
    {P_VERBLIJF, 43, 651, 15, 2400, 4800, 13, 29, 0},
    {P_VERBLIJF, 44, 310, 20, 16800, 16800, 0, 0, 0},
    {P_VERBLIJF, 44, 352, 25, 16800, 16800, 0, 0, 0},
    {P_VERBLIJF, 44, 606, 15, 16800, 16800, 0, 0, 0},
    /* pleegzorg: pleegvergoeding by age + provider fee, see pleeg_tarief() */
    {P_PLEEGZORG, 44, 0, 1, 16800, 16800, 0, 0, 1},
    /* crisis: opvang EUR 350/etmaal [A: 250-450], ambulante crisisinterventie
     * at the individual treatment tariff [A] */
    {P_CRISIS, 46, 1458, 60, 16800, 16800, 1, 4, 0},
    {P_CRISIS, 46, 8820, 40, 400, 1200, 1, 6, 0},
    /* dyslexie (ED): one session a week, 48 + 12 sessions; HBO jeugd-ggz
     * tariff and category 54 [A] */
    {P_DYSLEXIE, 54, 6720, 1, 100, 100, 0, 0, 0},
    /* not youth care (seed 003); tariffs and hours [A] */
    {P_KINDERCOACHING, 45, 6000, 1, 100, 150, 0, 0, 0},
    {P_PAARDENTHERAPIE, 45, 7500, 1, 100, 200, 0, 0, 0},
    {P_BSO_PLUS, 45, 1500, 1, 600, 1500, 0, 0, 0},
    {P_HUISWERK, 45, 3500, 1, 200, 600, 0, 0, 0},
};
enum { N_VARIANTS = (int)(sizeof variants / sizeof variants[0]) };

/* Duration buckets per class: {weeks lo, weeks hi, weight} [A]; ambulant
 * care mostly 6-9 months (26-39 weeks) [V seed 003: "gemiddelde klant 6-9
 * maanden in hulp"] with a tail past a year (CBS 85096NED: 1-2 y 23% of
 * whole trajecten [V]); ED treatment a school year [V: 48 + 12 sessions]. */
typedef struct Bucket {
    int lo, hi, weight;
} Bucket;

enum { MAX_BUCKETS = 5 };
static const Bucket duration[N_WCLASS][MAX_BUCKETS] = {
    [W_AMBULANT] = {{8, 12, 10}, {13, 25, 20}, {26, 39, 47}, {40, 52, 18}, {53, 65, 5}},
    [W_DYSLEXIE] = {{40, 52, 100}},
    [W_VERBLIJF] = {{13, 25, 20}, {26, 52, 60}, {53, 104, 20}},
    [W_PLEEGZORG] = {{26, 52, 45}, {53, 104, 45}, {105, 156, 10}},
    [W_CRISIS] = {{1, 4, 80}, {5, 6, 20}},
    [W_NIET] = {{8, 26, 100}},
};

/* Days from registration to decision [A; VOT answered within 3 working days,
 * audit norm 10 (facts §1.1); the toegang itself takes longer]. */
static const Bucket wait_days[] = {{0, 14, 40}, {15, 42, 35}, {43, 90, 20}, {91, 180, 5}};
/* Days from decision to start of care, first indications [A]. */
static const Bucket start_days[] = {{0, 14, 50}, {15, 42, 35}, {43, 91, 15}};

/* Returns a draw from the buckets 'b' (n of them): a bucket by weight,
 * then a uniform value in it. */
static int draw_bucket(Rng *r, const Bucket *b, int n)
{
    int w[MAX_BUCKETS];
    for (int k = 0; k < n; k++) w[k] = b[k].weight;
    int k = rng_pick(r, w, NULL, n);
    return rng_range(r, b[k].lo, b[k].hi);
}

/* Returns the number of buckets in 'b', a row of MAX_BUCKETS whose unused
 * tail has weight 0. */
static int n_buckets(const Bucket *b)
{
    int n = 0;
    while (n < MAX_BUCKETS && b[n].weight > 0) n++;
    return n;
}

/* Returns the 2022 tariff per hour in cents of pleegzorg for a child aged
 * 'age': the pleegvergoeding basisbedrag per day [V Regeling Jeugdwet, 2026
 * text: 24.88 (0-8), 25.21 (9-11), 27.45 (12-15), 30.31 (16-17), 30.62
 * (18+)] brought to 2022 by the index (/1.20) [D], plus a provider fee of
 * EUR 55 a day [A: 40-70], per day / 24. */
static int pleeg_tarief(int age)
{
    int per_day_2026 = age <= 8 ? 2488 : age <= 11 ? 2521 : age <= 15 ? 2745 : age <= 17 ? 3031 : 3062;
    int per_day_2022 = (per_day_2026 * 1000 + 600) / 1200;
    return (per_day_2022 + 5500 + 12) / 24;
}

/* ---- providers ----------------------------------------------------------- */

enum { N_AANBIEDERS = 180, MAX_OFFER = 4 };

/* The providers A001..A180: rank k+1 for index k (A001 the largest), the
 * products each offers, its price factor, and per product the cumulative
 * choice weights of the providers offering it (Zipf, weight 10^6 / rank). */
typedef struct World {
    unsigned char offers[N_AANBIEDERS][N_PRODUCTS]; /* 1 when offered */
    int n_offers[N_AANBIEDERS];                     /* products offered (1-4) */
    int price[N_AANBIEDERS];                        /* permille of the anchor, 900-1100 */
    int n_by_product[N_PRODUCTS];                   /* providers per product */
    int by_product[N_PRODUCTS][N_AANBIEDERS];       /* their indices, by rank */
    int64_t cum[N_PRODUCTS][N_AANBIEDERS];          /* cumulative choice weights */
} World;

/* Adds product 'p' to provider 'a' when it is not offered yet. */
static void offer(World *w, int a, int p)
{
    if (w->offers[a][p]) return;
    w->offers[a][p] = 1;
    w->n_offers[a]++;
}

/* Builds the providers of 'w' from 'r' [A]: the 10 largest offer 4
 * products, ranks 11-40 three, 41-100 two, the rest one; of ranks 121-180
 * about a third offer one of the four products that are not youth care
 * (small practices: coaches, riding schools, after-school care); each
 * product ends up with at least 3 providers. */
static void world_build(World *w, Rng *r)
{
    memset(w, 0, sizeof *w);
    int offer_w[N_PRODUCTS];
    for (int p = 0; p < N_PRODUCTS; p++) offer_w[p] = products[p].offer_weight;
    for (int a = 0; a < N_AANBIEDERS; a++) {
        int rank = a + 1;
        int k = rank <= 10 ? 4 : rank <= 40 ? 3 : rank <= 100 ? 2 : 1;
        unsigned char allowed[N_PRODUCTS];
        for (int p = 0; p < N_PRODUCTS; p++) allowed[p] = p < FIRST_EXCLUDED;
        if (rank > 120 && rng_chance(r, 350)) {
            unsigned char excl[N_PRODUCTS];
            for (int p = 0; p < N_PRODUCTS; p++) excl[p] = p >= FIRST_EXCLUDED;
            offer(w, a, rng_pick(r, offer_w, excl, N_PRODUCTS));
            k--;
        }
        for (; k > 0; k--) {
            int p = rng_pick(r, offer_w, allowed, N_PRODUCTS);
            offer(w, a, p);
            allowed[p] = 0;
        }
        w->price[a] = rng_range(r, 900, 1100);
    }
    /* every product by several providers: youth care from the largest
     * providers with room, the others from the smallest */
    for (int p = 0; p < N_PRODUCTS; p++) {
        int have = 0;
        for (int a = 0; a < N_AANBIEDERS; a++) have += w->offers[a][p];
        for (int k = 0; k < N_AANBIEDERS && have < 3; k++) {
            int a = p < FIRST_EXCLUDED ? k : N_AANBIEDERS - 1 - k;
            if (w->offers[a][p] || w->n_offers[a] >= MAX_OFFER) continue;
            offer(w, a, p);
            have++;
        }
    }
    for (int p = 0; p < N_PRODUCTS; p++) {
        int64_t sum = 0;
        for (int a = 0; a < N_AANBIEDERS; a++) {
            if (!w->offers[a][p]) continue;
            sum += 1000000 / (a + 1);
            w->by_product[p][w->n_by_product[p]] = a;
            w->cum[p][w->n_by_product[p]++] = sum;
        }
    }
}

/* ---- buffered CSV output ------------------------------------------------- */

typedef struct Out {
    FILE *f;          /* the temporary file */
    char *path;       /* final path */
    char *tmp;        /* temporary path: path.tmp.PID */
    char buf[65536];  /* pending bytes */
    size_t len;       /* bytes in buf */
    int failed;       /* a write failed */
} Out;

static void out_flush(Out *o)
{
    if (o->len && fwrite(o->buf, 1, o->len, o->f) != o->len) o->failed = 1;
    o->len = 0;
}

static void put_mem(Out *o, const char *s, size_t n)
{
    if (o->len + n > sizeof o->buf) out_flush(o);
    memcpy(o->buf + o->len, s, n);
    o->len += n;
}

static void put_str(Out *o, const char *s) { put_mem(o, s, strlen(s)); }
static void put_ch(Out *o, char c) { put_mem(o, &c, 1); }
static void put_sep(Out *o) { put_ch(o, ','); }

/* Writes the decimal digits of 'v', at least 'width' of them (zero-padded). */
static void put_int_w(Out *o, int64_t v, int width)
{
    char tmp[24];
    int n = 0;
    uint64_t u = v < 0 ? 0 - (uint64_t)v : (uint64_t)v;
    do {
        tmp[n++] = (char)('0' + u % 10);
        u /= 10;
    } while (u);
    while (n < width) tmp[n++] = '0';
    if (v < 0) tmp[n++] = '-';
    char rev[24];
    for (int k = 0; k < n; k++) rev[k] = tmp[n - 1 - k];
    put_mem(o, rev, (size_t)n);
}

static void put_int(Out *o, int64_t v) { put_int_w(o, v, 1); }

/* Writes 'v' hundredths as a decimal with two places: 12345 -> 123.45. */
static void put_hundredths(Out *o, int64_t v)
{
    if (v < 0) {
        put_ch(o, '-');
        v = -v;
    }
    put_int(o, v / 100);
    put_ch(o, '.');
    put_int_w(o, v % 100, 2);
}

static void put_date(Out *o, int32_t z)
{
    int y, m, d;
    civil_from_days(z, &y, &m, &d);
    put_int_w(o, y, 4);
    put_ch(o, '-');
    put_int_w(o, m, 2);
    put_ch(o, '-');
    put_int_w(o, d, 2);
}

static void put_bool(Out *o, int b) { put_str(o, b ? "true" : "false"); }

/* Opens DIR/NAME for writing through a temporary file; returns 0, or -1
 * with a message on stderr. */
static int out_open(Out *o, const char *dir, const char *name)
{
    size_t n = strlen(dir) + strlen(name) + 2;
    o->path = xmalloc(n);
    snprintf(o->path, n, "%s/%s", dir, name);
    o->tmp = xmalloc(n + 32);
    snprintf(o->tmp, n + 32, "%s.tmp.%ld", o->path, (long)getpid());
    o->len = 0;
    o->failed = 0;
    o->f = fopen(o->tmp, "wb");
    if (!o->f) {
        fprintf(stderr, "gendata: cannot write '%s': %s\n", o->tmp, strerror(errno));
        xfree(o->path);
        xfree(o->tmp);
        return -1;
    }
    return 0;
}

/* Flushes, closes and renames the file over its final name; returns 0, or
 * -1 with a message on stderr (the temporary file is removed). */
static int out_close(Out *o)
{
    out_flush(o);
    int bad = o->failed;
    if (fclose(o->f) != 0) bad = 1;
    if (!bad && rename(o->tmp, o->path) != 0) bad = 1;
    if (bad) {
        fprintf(stderr, "gendata: cannot write '%s': %s\n", o->path, strerror(errno));
        remove(o->tmp);
    }
    xfree(o->path);
    xfree(o->tmp);
    return bad ? -1 : 0;
}

/* ---- the requests -------------------------------------------------------- */

/* One request as drawn; the fields are the CSV columns (docs/data.md). */
typedef struct Request {
    int gemeente, team, verwijzer, product, variant, aanbieder; /* table indices */
    int age;           /* whole years on datum, 0-22 */
    int32_t geboortedatum, registratiedatum, datum, startdatum, einddatum; /* day numbers */
    int uren;          /* hundredths of an hour per week */
    int weken;         /* weeks granted */
    int64_t tarief;    /* cents per hour */
    int pgb;           /* leveringsvorm pgb (else zin) */
    int crisis, uitstelbaar, voorliggend, verlengd, herindicatie; /* 0/1 flags */
    int intensiever, onderbouwd;                                  /* 0/1 flags */
    int verlengingen;  /* extensions, 0-3 */
    int dreigt;        /* uithuisplaatsing_dreigt */
    int school;        /* schoolverwijzing */
    int64_t verlengingskosten; /* cents */
    int64_t kosten;    /* uren x weken x tarief, cents */
} Request;

/* Returns round(uren/100 * weken * tarief) in cents, half away from zero. */
static int64_t cost_cents(int uren, int weken, int64_t tarief)
{
    int64_t x = (int64_t)uren * weken * tarief;
    return (x + 50) / 100;
}

/* Everything the generator accumulates while streaming the requests. */
typedef struct Totals {
    int64_t all_cost;                        /* every request as if granted */
    int64_t eligible_cost;                   /* passes the B1 eligibility rules */
    int64_t *costs;                          /* per request, for the median */
    int64_t prov_demand[N_AANBIEDERS];       /* eligible cost per provider */
    int64_t team_demand[N_TEAMS];            /* eligible, referred by the youth team */
    int64_t gem_eligible[N_GEMEENTEN];       /* eligible cost per municipality */
    int gem_count[N_GEMEENTEN];
    int product_count[N_PRODUCTS];
    int verwijzer_count[N_VERWIJZERS];
    int n_herindicatie, n_pgb, n_crisis, n_18plus, n_eligible, n_voorliggend;
} Totals;

/* Returns 1 when request 'q' passes the eligibility rules of bench/B1 (the
 * product is youth care; under 18, or under 23 with continued care agreed;
 * no general provision unless crisis): the demand ceilings are set on. */
static int eligible(const Request *q)
{
    if (q->product >= FIRST_EXCLUDED) return 0;
    if (q->age >= 18 && !(q->age < 23 && q->verlengd)) return 0;
    if (q->voorliggend && !q->crisis) return 0;
    return 1;
}

/* Draws request 'q' decided on day 'datum' from 'r', its provider from 'w'
 * and its tariff for 'year'. */
static void draw_request(Request *q, Rng *r, const World *w, int32_t datum, int year)
{
    memset(q, 0, sizeof *q);
    q->datum = datum;

    int gw[N_GEMEENTEN];
    for (int g = 0; g < N_GEMEENTEN; g++) gw[g] = gemeenten[g].weight;
    q->gemeente = rng_pick(r, gw, NULL, N_GEMEENTEN);
    int tw[N_TEAMS];
    unsigned char tin[N_TEAMS];
    for (int t = 0; t < N_TEAMS; t++) {
        tw[t] = teams[t].weight;
        tin[t] = teams[t].gemeente == q->gemeente;
    }
    q->team = rng_pick(r, tw, tin, N_TEAMS);

    q->age = rng_pick(r, age_weight, NULL, MAX_AGE + 1);
    int32_t hi = add_years(datum, -q->age);
    int32_t lo = add_years(datum, -(q->age + 1)) + 1;
    q->geboortedatum = lo + (int32_t)rng_below(r, (uint64_t)(hi - lo + 1));

    int vw[N_VERWIJZERS];
    unsigned char vin[N_VERWIJZERS];
    for (int v = 0; v < N_VERWIJZERS; v++) {
        vw[v] = verwijzers[v].weight;
        vin[v] = q->age >= verwijzers[v].age_lo && q->age <= verwijzers[v].age_hi;
    }
    q->verwijzer = rng_pick(r, vw, vin, N_VERWIJZERS);

    unsigned char pin[N_PRODUCTS];
    for (int p = 0; p < N_PRODUCTS; p++)
        pin[p] = q->age >= products[p].age_lo && q->age <= products[p].age_hi;
    q->product = rng_pick(r, product_by_verwijzer[q->verwijzer], pin, N_PRODUCTS);
    const Product *pr = &products[q->product];

    int vaw[N_VARIANTS];
    unsigned char vain[N_VARIANTS];
    for (int k = 0; k < N_VARIANTS; k++) {
        vaw[k] = variants[k].weight;
        vain[k] = variants[k].product == q->product;
    }
    q->variant = rng_pick(r, vaw, vain, N_VARIANTS);
    const Variant *va = &variants[q->variant];

    /* continued care after 18 [V Jeugdwet art. 1.1]: mostly agreed for 18+,
     * sometimes already at 17 [A] */
    if (q->age >= 18) q->verlengd = rng_chance(r, q->product == P_PLEEGZORG ? 950 : 850);
    else if (q->age == 17) q->verlengd = rng_chance(r, 100);
    /* re-indication ~70% [V seed 003]; continued care is one; a newborn has
     * had no earlier care */
    q->herindicatie = q->age >= 18 && q->verlengd ? 1 : q->age > 0 && rng_chance(r, pr->herindicatie);
    /* more intensive than before [A 30%], justified [A 65%] (seed 003: "bij
     * herindicatie ... minder intensief/zwaar, tenzij") */
    q->intensiever = q->herindicatie && rng_chance(r, 300);
    q->onderbouwd = q->intensiever && rng_chance(r, 650);

    q->crisis = rng_chance(r, pr->crisis);
    int mandated = q->verwijzer == V_GI || q->verwijzer == V_RECHTER;
    q->uitstelbaar = !q->crisis && rng_chance(r, mandated ? pr->uitstelbaar / 2 : pr->uitstelbaar);
    q->voorliggend = !mandated && rng_chance(r, pr->voorliggend);
    q->pgb = !q->crisis && rng_chance(r, pr->pgb);

    int dreigt = 0;
    if (q->product == P_VERBLIJF || q->product == P_PLEEGZORG) dreigt = q->herindicatie ? 200 : 1000;
    else if (q->product == P_CRISIS) dreigt = 400;
    else if (q->product <= P_BEHANDELING) dreigt = q->verwijzer == V_GI ? 300 : 50;
    q->dreigt = rng_chance(r, dreigt);
    q->school = q->verwijzer == V_ONDERWIJS || q->product == P_DYSLEXIE ||
                (q->verwijzer == V_JEUGDTEAM && q->age >= 4 && q->age <= 17 && rng_chance(r, 150));

    /* hours: triangular between lo and hi in quarter hours; a more intensive
     * re-indication a quarter more */
    int steps = (va->uren_hi - va->uren_lo) / 25;
    int half = steps / 2;
    q->uren = va->uren_lo + 25 * (rng_range(r, 0, half) + rng_range(r, 0, steps - half));
    if (q->intensiever && steps > 0) q->uren = (q->uren * 5 / 4 + 12) / 25 * 25;

    if (va->w_lo > 0) q->weken = rng_range(r, va->w_lo, va->w_hi);
    else q->weken = draw_bucket(r, duration[pr->wclass], n_buckets(duration[pr->wclass]));

    q->aanbieder = w->by_product[q->product][rng_pick_cum(r, w->cum[q->product], w->n_by_product[q->product])];
    int64_t anchor = va->age_tariff ? pleeg_tarief(q->age) : va->tarief;
    int64_t t = anchor * tariff_index(year) * w->price[q->aanbieder];
    q->tarief = (t + 500000) / 1000000;
    if (q->pgb) q->tarief = (q->tarief * 90 + 50) / 100; /* PGB = 90% of ZIN [V Breda 2022] */
    q->kosten = cost_cents(q->uren, q->weken, q->tarief);

    q->registratiedatum = datum - (q->crisis ? rng_range(r, 0, 2) : draw_bucket(r, wait_days, 4));
    if (q->crisis) q->startdatum = datum;
    else if (q->herindicatie) q->startdatum = datum + rng_range(r, 0, 14);
    else q->startdatum = datum + draw_bucket(r, start_days, 3);
    q->einddatum = q->startdatum + 7 * q->weken - 1;

    /* extensions of this toewijzing [A; facts §6a: JZ002 04 on ~15% of rows] */
    static const int ext_w[] = {800, 140, 45, 15};
    static const int ext_crisis_w[] = {600, 300, 100, 0};
    if (q->product < FIRST_EXCLUDED) {
        q->verlengingen = rng_pick(r, q->product == P_CRISIS ? ext_crisis_w : ext_w, NULL, 4);
        for (int k = 0; k < q->verlengingen; k++) {
            int weeks = q->product == P_CRISIS ? rng_range(r, 1, 4) : rng_range(r, 4, 13);
            q->verlengingskosten += cost_cents(q->uren, weeks, q->tarief);
        }
    }
}

static void write_request(Out *o, const Request *q, int year, int64_t seq)
{
    put_ch(o, 'R');
    put_int_w(o, year, 4);
    put_ch(o, '-');
    put_int_w(o, seq, 6);
    put_sep(o); put_str(o, gemeenten[q->gemeente].naam);
    put_sep(o); put_str(o, teams[q->team].naam);
    put_sep(o); put_date(o, q->geboortedatum);
    put_sep(o); put_date(o, q->registratiedatum);
    put_sep(o); put_date(o, q->datum);
    put_sep(o); put_date(o, q->startdatum);
    put_sep(o); put_date(o, q->einddatum);
    put_sep(o); put_str(o, verwijzers[q->verwijzer].naam);
    put_sep(o); put_bool(o, q->school);
    put_sep(o); put_str(o, products[q->product].naam);
    put_sep(o); put_int(o, variants[q->variant].categorie);
    put_sep(o); put_hundredths(o, q->uren);
    put_sep(o); put_int(o, q->weken);
    put_sep(o); put_hundredths(o, q->tarief);
    put_sep(o); put_ch(o, 'A'); put_int_w(o, q->aanbieder + 1, 3);
    put_sep(o); put_str(o, q->pgb ? "pgb" : "zin");
    put_sep(o); put_bool(o, q->crisis);
    put_sep(o); put_bool(o, q->uitstelbaar);
    put_sep(o); put_bool(o, q->voorliggend);
    put_sep(o); put_bool(o, q->verlengd);
    put_sep(o); put_bool(o, q->herindicatie);
    put_sep(o); put_bool(o, q->intensiever);
    put_sep(o); put_bool(o, q->onderbouwd);
    put_sep(o); put_int(o, q->verlengingen);
    put_sep(o); put_hundredths(o, q->verlengingskosten);
    put_sep(o); put_bool(o, q->dreigt);
    put_ch(o, '\n');
}

static const char aanvragen_header[] =
    "id,gemeente,team,geboortedatum,registratiedatum,datum,startdatum,einddatum,"
    "verwijzer,schoolverwijzing,product,productcategorie,uren_per_week,weken,tarief,"
    "aanbieder,leveringsvorm,crisis,uitstelbaar,voorliggend,verlengd,herindicatie,"
    "intensiever,onderbouwd,verlengingen,verlengingskosten,uithuisplaatsing_dreigt\n";

/* Weight of a decision day [A]: working days 10x weekend days; July and
 * August -20% (facts §6a). */
static int day_weight(int32_t z)
{
    int y, m, d;
    civil_from_days(z, &y, &m, &d);
    int w = weekday(z) >= 5 ? 10 : 100;
    return (m == 7 || m == 8) ? w * 4 / 5 : w;
}

/* Self-check of the tables: every (referrer, age) pair a referrer serves
 * must have a product to ask for.  Returns 0, or -1 with a message. */
static int check_tables(void)
{
    for (int v = 0; v < N_VERWIJZERS; v++)
        for (int a = verwijzers[v].age_lo; a <= verwijzers[v].age_hi; a++) {
            int64_t s = 0;
            for (int p = 0; p < N_PRODUCTS; p++)
                if (a >= products[p].age_lo && a <= products[p].age_hi) s += product_by_verwijzer[v][p];
            if (s == 0) {
                fprintf(stderr, "gendata: internal: no product for %s at age %d\n", verwijzers[v].naam, a);
                return -1;
            }
        }
    for (int p = 0; p < N_PRODUCTS; p++) {
        int s = 0;
        for (int k = 0; k < N_VARIANTS; k++) s += variants[k].product == p;
        if (!s) {
            fprintf(stderr, "gendata: internal: product %s has no variant\n", products[p].naam);
            return -1;
        }
    }
    return 0;
}

/* Streams the requests of 'year' to DIR/aanvragen.csv and fills 't'.
 * Returns 0, or -1 after a message. */
static int gen_requests(const char *dir, uint64_t seed, int year, int64_t n, const World *w, Totals *t)
{
    Rng r;
    rng_seed(&r, seed, 2);
    int32_t first = days_from_civil(year, 1, 1);
    int ndays = is_leap(year) ? 366 : 365;
    int64_t cum[366];
    int64_t s = 0;
    for (int k = 0; k < ndays; k++) cum[k] = (s += day_weight(first + k));
    int64_t count[366] = {0};
    for (int64_t k = 0; k < n; k++) count[rng_pick_cum(&r, cum, ndays)]++;

    Out o;
    if (out_open(&o, dir, "aanvragen.csv") < 0) return -1;
    put_str(&o, aanvragen_header);
    int64_t seq = 0;
    Request q;
    for (int k = 0; k < ndays; k++)
        for (int64_t c = 0; c < count[k]; c++) {
            draw_request(&q, &r, w, first + k, year);
            if (age_on(q.geboortedatum, q.datum) != q.age) {
                fprintf(stderr, "gendata: internal: age %d drawn, %d computed\n", q.age,
                        age_on(q.geboortedatum, q.datum));
                exit(70);
            }
            write_request(&o, &q, year, ++seq);
            t->costs[seq - 1] = q.kosten;
            t->all_cost += q.kosten;
            t->gem_count[q.gemeente]++;
            t->product_count[q.product]++;
            t->verwijzer_count[q.verwijzer]++;
            t->n_herindicatie += q.herindicatie;
            t->n_pgb += q.pgb;
            t->n_crisis += q.crisis;
            t->n_18plus += q.age >= 18;
            t->n_voorliggend += q.voorliggend;
            if (eligible(&q)) {
                t->n_eligible++;
                t->eligible_cost += q.kosten;
                t->prov_demand[q.aanbieder] += q.kosten;
                t->gem_eligible[q.gemeente] += q.kosten;
                if (q.verwijzer == V_JEUGDTEAM) t->team_demand[q.team] += q.kosten;
            }
        }
    return out_close(&o);
}

/* ---- the tables ---------------------------------------------------------- */

static int gen_aanbieders(const char *dir, const World *w)
{
    Out o;
    if (out_open(&o, dir, "aanbieders.csv") < 0) return -1;
    put_str(&o, "aanbieder,product\n");
    for (int a = 0; a < N_AANBIEDERS; a++)
        for (int p = 0; p < N_PRODUCTS; p++) {
            if (!w->offers[a][p]) continue;
            put_ch(&o, 'A');
            put_int_w(&o, a + 1, 3);
            put_sep(&o);
            put_str(&o, products[p].naam);
            put_ch(&o, '\n');
        }
    return out_close(&o);
}

/* Returns 'cents' rounded down ('up' = 0) or up to a round amount: EUR 100
 * below EUR 50,000, EUR 1,000 below EUR 1M, else EUR 10,000. */
static int64_t round_amount(int64_t cents, int up)
{
    int64_t unit = cents < 5000000 ? 10000 : cents < 100000000 ? 100000 : 1000000;
    int64_t q = cents / unit;
    if (up && cents % unit) q++;
    return q * unit;
}

/* Ceilings [A]: a provider without eligible demand gets EUR 10,000; 20% of
 * all providers (36, chosen by the 'budget' stream among those with demand)
 * get 70-90% of their eligible
 * demand rounded down, so they run out in the autumn; the rest 115-150%
 * rounded up, so they do not.  Sets '*n_tight', '*total', '*top10'. */
static int gen_plafonds(const char *dir, int year, const Totals *t, Rng *r, int *n_tight, int64_t *total,
                        int64_t *top10)
{
    int with_demand[N_AANBIEDERS];
    int n = 0;
    for (int a = 0; a < N_AANBIEDERS; a++)
        if (t->prov_demand[a] > 0) with_demand[n++] = a;
    int tight = (N_AANBIEDERS * 20 + 50) / 100;
    if (tight > n) tight = n;
    unsigned char is_tight[N_AANBIEDERS] = {0};
    for (int k = 0; k < tight; k++) { /* partial Fisher-Yates */
        int j = k + (int)rng_below(r, (uint64_t)(n - k));
        int x = with_demand[k];
        with_demand[k] = with_demand[j];
        with_demand[j] = x;
        is_tight[with_demand[k]] = 1;
    }
    Out o;
    if (out_open(&o, dir, "plafonds.csv") < 0) return -1;
    put_str(&o, "aanbieder,jaar,plafond\n");
    *total = 0;
    *top10 = 0;
    for (int a = 0; a < N_AANBIEDERS; a++) {
        int64_t d = t->prov_demand[a], p;
        if (d == 0) p = 1000000;
        else if (is_tight[a]) p = round_amount(d * rng_range(r, 700, 900) / 1000, 0);
        else p = round_amount(d * rng_range(r, 1150, 1500) / 1000, 1);
        *total += p;
        if (a < 10) *top10 += p;
        put_ch(&o, 'A');
        put_int_w(&o, a + 1, 3);
        put_sep(&o);
        put_int(&o, year);
        put_sep(&o);
        put_hundredths(&o, p);
        put_ch(&o, '\n');
    }
    *n_tight = tight;
    return out_close(&o);
}

/* Team budgets [A]: the eligible cost of the requests the team itself
 * referred, times 90-110% per team, rounded to a round amount.  Sets
 * '*total'. */
static int gen_teams(const char *dir, const Totals *t, Rng *r, int64_t *total)
{
    Out o;
    if (out_open(&o, dir, "teams.csv") < 0) return -1;
    put_str(&o, "team,gemeente,budget\n");
    *total = 0;
    for (int k = 0; k < N_TEAMS; k++) {
        int64_t b = round_amount(t->team_demand[k] * rng_range(r, 900, 1100) / 1000, 0);
        *total += b;
        put_str(&o, teams[k].naam);
        put_sep(&o);
        put_str(&o, gemeenten[teams[k].gemeente].naam);
        put_sep(&o);
        put_hundredths(&o, b);
        put_ch(&o, '\n');
    }
    return out_close(&o);
}

/* Municipal budgets: the regional budget of the year (seed 003), scaled by
 * N / 20,000, split 50% by 0-17 inhabitants and 50% by own eligible cost
 * (facts §6c) [A], in whole euros by largest remainder so the parts add up;
 * eigen_kosten is the municipality's eligible cost in these requests [D].
 * Fills 'budget'. */
static int gen_gemeenten(const char *dir, int year, int64_t n, const Totals *t, int64_t budget[N_GEMEENTEN])
{
    int64_t euros = (int64_t)((u128)regional_budget_cents(year) * (uint64_t)n / GENDATA_REFERENCE_N / 100);
    int64_t jeugd = 0;
    for (int g = 0; g < N_GEMEENTEN; g++) jeugd += gemeenten[g].jeugd;
    u128 wt[N_GEMEENTEN], wsum = 0;
    for (int g = 0; g < N_GEMEENTEN; g++) {
        wt[g] = t->eligible_cost > 0
                    ? (u128)gemeenten[g].jeugd * (uint64_t)t->eligible_cost + (u128)(uint64_t)t->gem_eligible[g] * (uint64_t)jeugd
                    : (u128)gemeenten[g].jeugd;
        wsum += wt[g];
    }
    u128 rem[N_GEMEENTEN];
    int64_t given = 0;
    for (int g = 0; g < N_GEMEENTEN; g++) {
        u128 x = (u128)(uint64_t)euros * wt[g];
        budget[g] = (int64_t)(x / wsum);
        rem[g] = x % wsum;
        given += budget[g];
    }
    for (; given < euros; given++) { /* largest remainder, ties to the first */
        int best = 0;
        for (int g = 1; g < N_GEMEENTEN; g++)
            if (rem[g] > rem[best]) best = g;
        budget[best]++;
        rem[best] = 0;
    }
    Out o;
    if (out_open(&o, dir, "gemeenten.csv") < 0) return -1;
    put_str(&o, "gemeente,code,inwoners,inwoners_0_17,budget,eigen_kosten\n");
    for (int g = 0; g < N_GEMEENTEN; g++) {
        budget[g] *= 100;
        put_str(&o, gemeenten[g].naam);
        put_sep(&o);
        put_str(&o, gemeenten[g].code);
        put_sep(&o);
        put_int(&o, gemeenten[g].inwoners);
        put_sep(&o);
        put_int(&o, gemeenten[g].jeugd);
        put_sep(&o);
        put_hundredths(&o, budget[g]);
        put_sep(&o);
        put_hundredths(&o, t->gem_eligible[g]);
        put_ch(&o, '\n');
    }
    return out_close(&o);
}

/* ---- summary ------------------------------------------------------------- */

static int cmp_i64(const void *a, const void *b)
{
    int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
    return (x > y) - (x < y);
}

/* Formats 'cents' into 'buf' (at least 32 bytes) as euros with thousands
 * separators: 1234567 -> "12,345.67". */
static const char *fmt_money(char *buf, int64_t cents)
{
    char digits[24];
    snprintf(digits, sizeof digits, "%" PRId64, cents / 100);
    int len = (int)strlen(digits), n = 0;
    for (int k = 0; k < len; k++) {
        if (k > 0 && (len - k) % 3 == 0) buf[n++] = ',';
        buf[n++] = digits[k];
    }
    snprintf(buf + n, 8, ".%02d", (int)(cents % 100));
    return buf;
}

/* Prints 'part' of 'whole' as a percentage with one decimal. */
static void print_pct(int64_t part, int64_t whole)
{
    int64_t pm = whole ? (part * 1000 + whole / 2) / whole : 0;
    printf("%" PRId64 ".%" PRId64 "%%", pm / 10, pm % 10);
}

/* Prints the sanity figures of a generated set on stdout (docs/data.md,
 * "The bundled year"); sorts 't->costs'. */
static void print_summary(uint64_t seed, uint64_t year, uint64_t n, Totals *t, const int64_t budget[N_GEMEENTEN],
                          int64_t plafond_total, int64_t top10, int n_tight, int64_t team_total)
{
    char mb[32], mb2[32], mb3[32];
    qsort(t->costs, (size_t)n, sizeof *t->costs, cmp_i64);
    printf("gendata: seed %" PRIu64 ", year %" PRIu64 ", %" PRIu64 " requests\n", seed, year, n);
    printf("cost if all granted   %s  (mean %s, median %s)\n", fmt_money(mb, t->all_cost),
           fmt_money(mb2, t->all_cost / (int64_t)n), fmt_money(mb3, t->costs[(n - 1) / 2]));
    printf("eligible (B1 rules)   %s  (%d requests, ", fmt_money(mb, t->eligible_cost), t->n_eligible);
    print_pct(t->n_eligible, (int64_t)n);
    printf(")\n");
    int64_t bsum = 0;
    for (int g = 0; g < N_GEMEENTEN; g++) bsum += budget[g];
    printf("municipal budgets     %s\n", fmt_money(mb, bsum));
    printf("team budgets          %s\n", fmt_money(mb, team_total));
    printf("provider ceilings     %s  (%d tight of %d providers: ", fmt_money(mb, plafond_total), n_tight,
           N_AANBIEDERS);
    print_pct(n_tight, N_AANBIEDERS);
    printf("; top 10 hold ");
    print_pct(top10, plafond_total);
    printf(")\n");
    printf("shares                herindicatie ");
    print_pct(t->n_herindicatie, (int64_t)n);
    printf(", pgb ");
    print_pct(t->n_pgb, (int64_t)n);
    printf(", crisis ");
    print_pct(t->n_crisis, (int64_t)n);
    printf(", 18+ ");
    print_pct(t->n_18plus, (int64_t)n);
    printf(", voorliggend ");
    print_pct(t->n_voorliggend, (int64_t)n);
    printf("\n");
    printf("%-24s %8s %16s %16s\n", "gemeente", "requests", "eligible cost", "budget");
    for (int g = 0; g < N_GEMEENTEN; g++) {
        printf("%-24s %8d %16s %16s\n", gemeenten[g].naam, t->gem_count[g],
               fmt_money(mb, t->gem_eligible[g]), fmt_money(mb2, budget[g]));
    }
    printf("%-24s %8s\n", "product", "requests");
    for (int p = 0; p < N_PRODUCTS; p++) {
        printf("%-24s %8d  ", products[p].naam, t->product_count[p]);
        print_pct(t->product_count[p], (int64_t)n);
        putchar('\n');
    }
    printf("%-24s %8s\n", "verwijzer", "requests");
    for (int v = 0; v < N_VERWIJZERS; v++) {
        printf("%-24s %8d  ", verwijzers[v].naam, t->verwijzer_count[v]);
        print_pct(t->verwijzer_count[v], (int64_t)n);
        putchar('\n');
    }
}

/* ---- main ---------------------------------------------------------------- */

static const char usage[] =
    "usage: gendata [--seed S] [--year Y] [--requests N] [--out DIR] [--quiet]\n"
    "  writes aanvragen.csv, aanbieders.csv, plafonds.csv, gemeenten.csv and\n"
    "  teams.csv for one year of youth-care requests in Zuid-Holland Zuid\n"
    "  (defaults: seed 1, year 2021, 20000 requests, DIR out); see docs/data.md\n";

/* Parses the decimal 's' into '*v' in [lo, hi]; returns 0, or -1. */
static int parse_num(const char *s, uint64_t lo, uint64_t hi, uint64_t *v)
{
    if (!s || !*s) return -1;
    uint64_t x = 0;
    for (const char *p = s; *p; p++) {
        if (*p < '0' || *p > '9') return -1;
        uint64_t d = (uint64_t)(*p - '0');
        if (x > (UINT64_MAX - d) / 10) return -1;
        x = x * 10 + d;
    }
    if (x < lo || x > hi) return -1;
    *v = x;
    return 0;
}

int main(int argc, char **argv)
{
    uint64_t seed = 1, year = 2021, n = GENDATA_REFERENCE_N;
    const char *dir = "out";
    int quiet = 0;
    for (int k = 1; k < argc; k++) {
        const char *a = argv[k];
        const char *v = k + 1 < argc ? argv[k + 1] : NULL;
        int bad = 0;
        if (strcmp(a, "--help") == 0 || strcmp(a, "-h") == 0) {
            fputs(usage, stdout);
            return 0;
        } else if (strcmp(a, "--quiet") == 0 || strcmp(a, "-q") == 0) {
            quiet = 1;
            continue;
        } else if (strcmp(a, "--seed") == 0) {
            bad = parse_num(v, 0, UINT64_MAX, &seed);
        } else if (strcmp(a, "--year") == 0) {
            bad = parse_num(v, GENDATA_MIN_YEAR, GENDATA_MAX_YEAR, &year);
        } else if (strcmp(a, "--requests") == 0) {
            bad = parse_num(v, 1, GENDATA_MAX_REQUESTS, &n);
        } else if (strcmp(a, "--out") == 0) {
            bad = !v || !*v;
            dir = v;
        } else {
            fprintf(stderr, "gendata: unknown option '%s'\n%s", a, usage);
            return 2;
        }
        if (bad) {
            if (!v) fprintf(stderr, "gendata: %s needs a value\n", a);
            else if (strcmp(a, "--year") == 0)
                fprintf(stderr, "gendata: bad year '%s': expected %d to %d\n", v, GENDATA_MIN_YEAR, GENDATA_MAX_YEAR);
            else if (strcmp(a, "--requests") == 0)
                fprintf(stderr, "gendata: bad number of requests '%s': expected 1 to %d\n", v, GENDATA_MAX_REQUESTS);
            else if (strcmp(a, "--seed") == 0)
                fprintf(stderr, "gendata: bad seed '%s': expected 0 to %" PRIu64 "\n", v, UINT64_MAX);
            else fprintf(stderr, "gendata: bad folder '%s'\n", v);
            fputs(usage, stderr);
            return 2;
        }
        k++;
    }
    if (check_tables() < 0) return 70;
    if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
        fprintf(stderr, "gendata: cannot create '%s': %s\n", dir, strerror(errno));
        return 1;
    }

    World *w = xmalloc(sizeof *w);
    Rng rw, rb;
    rng_seed(&rw, seed, 1);
    rng_seed(&rb, seed, 3);
    world_build(w, &rw);
    Totals *t = xcalloc(1, sizeof *t);
    t->costs = xmalloc((size_t)n * sizeof *t->costs);

    int64_t budget[N_GEMEENTEN], plafond_total, top10, team_total;
    int n_tight;
    int rc = 0;
    if (gen_requests(dir, seed, (int)year, (int64_t)n, w, t) < 0 || gen_aanbieders(dir, w) < 0 ||
        gen_plafonds(dir, (int)year, t, &rb, &n_tight, &plafond_total, &top10) < 0 ||
        gen_gemeenten(dir, (int)year, (int64_t)n, t, budget) < 0 || gen_teams(dir, t, &rb, &team_total) < 0)
        rc = 1;

    if (rc == 0 && !quiet)
        print_summary(seed, year, n, t, budget, plafond_total, top10, n_tight, team_total);
    xfree(t->costs);
    xfree(t);
    xfree(w);
    return rc;
}
