/* SPDX-License-Identifier: MIT
 * date.c - calendar dates and durations for grip (declared in date.h).
 *
 * Representation.  A Date is one int32: the number of days since the epoch
 * 1970-01-01 in the proleptic Gregorian calendar (the Gregorian rules carried
 * back before 1582, as ISO 8601 does).  There is no time of day and no time
 * zone: a decision date is a calendar day.  The valid range is 0001-01-01
 * (day -719162) .. 9999-12-31 (day 2932896), the dates with a four-digit
 * year; it is checked wherever a Date is made, and leaving it is an error
 * returned to the caller, never a wrap.  Internal arithmetic is done in
 * int64, so even a hand-made out-of-range Date causes no undefined behaviour.
 *
 * Algorithms.  Day number <-> (year, month, day) conversion is Howard
 * Hinnant's days_from_civil and civil_from_days ("chrono-Compatible Low-Level
 * Date Algorithms", http://howardhinnant.github.io/date_algorithms.html): the
 * year is shifted to start on 1 March so that the leap day is the last day of
 * the year, and 400-year eras of 146097 days make the arithmetic exact with
 * integer division only.  Day numbers of the valid range are taken apart by
 * Neri and Schneider's faster equivalent (civil_from_days_fast).  Month arithmetic clamps the day to the end of the
 * target month; ages count completed anniversaries (see date.h).
 *
 * A Duration is (months, days): months are added first, then days.  No
 * floating point is used anywhere.
 */
#include "date.h"

#include <string.h>

/* testcase(X) marks a boundary condition whose two outcomes the unit tests
 * are meant to reach (SQLite's habit).  With -DGRIP_COVERAGE it is a branch
 * of its own that gcov reports; otherwise it compiles to nothing. */
#if defined(GRIP_COVERAGE)
#define testcase(X) do { if (X) { __asm__ __volatile__(""); } } while (0)
#else
#define testcase(X) ((void)0)
#endif

/* ---- Hinnant's algorithms ------------------------------------------------ */

/* Day number (days since 1970-01-01) of 'y'-'m'-'d' for any y and a month
 * 1..12, day 1..31 (the caller validates).  days_from_civil, verbatim but for
 * the int64 types. */
static int64_t days_from_civil(int64_t y, int m, int d)
{
    y -= m <= 2;
    int64_t era = (y >= 0 ? y : y - 399) / 400;
    int64_t yoe = y - era * 400;                                   /* [0, 399] */
    int64_t doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1; /* [0, 365] */
    int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;          /* [0, 146096] */
    return era * 146097 + doe - 719468;
}

/* The civil date of day number 'z': civil_from_days.  Any int32 input gives
 * a year that fits an int (at most about 5.9 million years away). */
static void civil_from_days(int64_t z, int *year, int *month, int *day)
{
    z += 719468;
    int64_t era = (z >= 0 ? z : z - 146096) / 146097;
    int64_t doe = z - era * 146097;                                      /* [0, 146096] */
    int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365; /* [0, 399] */
    int64_t y = yoe + era * 400;
    int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               /* [0, 365] */
    int64_t mp = (5 * doy + 2) / 153;                                    /* [0, 11] */
    int d = (int)(doy - (153 * mp + 2) / 5 + 1);                         /* [1, 31] */
    int m = (int)(mp < 10 ? mp + 3 : mp - 9);                            /* [1, 12] */
    *year = (int)(y + (m <= 2));
    *month = m;
    *day = d;
}

/* civil_from_days for a day of the valid range (DATE_MIN_DAYS ..
 * DATE_MAX_DAYS), in 32-bit arithmetic with multiplications for the
 * divisions: Neri and Schneider, "Euclidean affine functions and their
 * application to calendar algorithms", Software: Practice and Experience
 * 53(4), 2023, figure 12, with their shift s = 82 (every valid day maps to
 * 4N + 3 < 2^32).  A few times faster than Hinnant's; the unit tests check
 * the two agree on every valid day. */
static void civil_from_days_fast(int32_t z, int *year, int *month, int *day)
{
    const uint32_t shift = 82, k = 719468 + 146097 * shift, l = 400 * shift;
    uint32_t n = (uint32_t)(z + (int32_t)k);
    uint32_t n1 = 4 * n + 3;
    uint32_t c = n1 / 146097;                 /* centuries since the shifted epoch */
    uint32_t nc = n1 % 146097 / 4;            /* day of the century */
    uint32_t n2 = 4 * nc + 3;
    uint64_t p2 = (uint64_t)2939745 * n2;
    uint32_t yc = (uint32_t)(p2 >> 32);       /* year of the century */
    uint32_t ny = (uint32_t)p2 / 2939745 / 4; /* day of the year, from 1 March */
    uint32_t n3 = 2141 * ny + 197913;
    uint32_t m = n3 >> 16;                    /* month, 3 .. 14 */
    uint32_t d = (n3 & 0xFFFF) / 2141;        /* day of the month - 1 */
    uint32_t jan_feb = ny >= 306;
    *year = (int)(100 * c + yc - l + jan_feb);
    *month = (int)(jan_feb ? m - 12 : m);
    *day = (int)d + 1;
}

/* Date of a day number known to be in range (conversion, no check). */
static Date mkdate(int64_t days)
{
    Date d = {(int32_t)days};
    return d;
}

/* ---- calendar facts ------------------------------------------------------ */

bool date_is_leap_year(int year)
{
    testcase(year % 100 == 0);
    testcase(year % 400 == 0);
    return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
}

int date_days_in_month(int year, int month)
{
    static const unsigned char len[12] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && date_is_leap_year(year)) return 29;
    return len[month - 1];
}

/* ---- making and taking apart --------------------------------------------- */

bool date_from_ymd(Date *out, int year, int month, int day)
{
    testcase(year == DATE_MIN_YEAR);
    testcase(year == DATE_MAX_YEAR);
    if (year < DATE_MIN_YEAR || year > DATE_MAX_YEAR) return false;
    if (month < 1 || month > 12) return false;
    testcase(day == date_days_in_month(year, month));
    if (day < 1 || day > date_days_in_month(year, month)) return false;
    *out = mkdate(days_from_civil(year, month, day));
    return true;
}

bool date_from_days(Date *out, int64_t days)
{
    testcase(days == DATE_MIN_DAYS);
    testcase(days == DATE_MAX_DAYS);
    if (days < DATE_MIN_DAYS || days > DATE_MAX_DAYS) return false;
    *out = mkdate(days);
    return true;
}

bool date_is_valid(Date d)
{
    return d.days >= DATE_MIN_DAYS && d.days <= DATE_MAX_DAYS;
}

void date_to_ymd(Date d, int *year, int *month, int *day)
{
    int y, m, dd;
    if (date_is_valid(d)) civil_from_days_fast(d.days, &y, &m, &dd);
    else civil_from_days(d.days, &y, &m, &dd);
    if (year) *year = y;
    if (month) *month = m;
    if (day) *day = dd;
}

int date_year(Date d)
{
    int y;
    date_to_ymd(d, &y, NULL, NULL);
    return y;
}

int date_month(Date d)
{
    int m;
    date_to_ymd(d, NULL, &m, NULL);
    return m;
}

int date_day(Date d)
{
    int dd;
    date_to_ymd(d, NULL, NULL, &dd);
    return dd;
}

int date_quarter(Date d)
{
    return (date_month(d) - 1) / 3 + 1;
}

int date_half_year(Date d)
{
    return date_month(d) <= 6 ? 1 : 2;
}

int date_day_of_week(Date d)
{
    /* 1970-01-01 was a Thursday (4); C's % keeps the sign of the dividend,
     * so shift it into 0..6 before the final modulus. */
    int64_t r = (int64_t)d.days % 7 + 7 + 3;
    return (int)(r % 7) + 1;
}

Date date_first_of_month(Date d)
{
    int y, m;
    date_to_ymd(d, &y, &m, NULL);
    return mkdate(days_from_civil(y, m, 1));
}

Date date_last_of_month(Date d)
{
    int y, m;
    date_to_ymd(d, &y, &m, NULL);
    return mkdate(days_from_civil(y, m, date_days_in_month(y, m)));
}

Date date_start_of_year(Date d)
{
    return mkdate(days_from_civil(date_year(d), 1, 1));
}

Date date_end_of_year(Date d)
{
    return mkdate(days_from_civil(date_year(d), 12, 31));
}

/* ---- arithmetic ---------------------------------------------------------- */

int date_compare(Date a, Date b)
{
    return (a.days > b.days) - (a.days < b.days);
}

bool date_add_days(Date *out, Date d, int64_t n)
{
    if (!date_is_valid(d)) return false;
    /* Bounding 'n' by the width of the range first keeps the sum exact. */
    if (n > DURATION_MAX_DAYS || n < -DURATION_MAX_DAYS) return false;
    return date_from_days(out, (int64_t)d.days + n);
}

bool date_add_months(Date *out, Date d, int64_t n)
{
    if (!date_is_valid(d)) return false;
    if (n > DURATION_MAX_MONTHS || n < -DURATION_MAX_MONTHS) return false;
    int y, m, day;
    date_to_ymd(d, &y, &m, &day);
    /* Months counted from January of year 0: 0001-01 is 12, 9999-12 is
     * 119999; the target is positive, so / and % need no sign care. */
    int64_t target = (int64_t)y * 12 + (m - 1) + n;
    testcase(target == 12);
    testcase(target == (int64_t)DATE_MAX_YEAR * 12 + 11);
    if (target < (int64_t)DATE_MIN_YEAR * 12 || target > (int64_t)DATE_MAX_YEAR * 12 + 11)
        return false;
    int ny = (int)(target / 12), nm = (int)(target % 12) + 1;
    int last = date_days_in_month(ny, nm);
    testcase(day > last);
    if (day > last) day = last;
    *out = mkdate(days_from_civil(ny, nm, day));
    return true;
}

bool date_add_years(Date *out, Date d, int64_t n)
{
    if (n > DATE_MAX_YEAR || n < -DATE_MAX_YEAR) return false;
    return date_add_months(out, d, n * 12);
}

int64_t date_days_between(Date a, Date b)
{
    return (int64_t)b.days - a.days;
}

/* Whole years ('years') or whole months from 'a' to 'b', for a <= b: the
 * difference in years (months), minus one when b's (month, day) (b's day)
 * comes before a's, i.e. the last anniversary has not been reached yet. */
static int32_t whole_periods(Date a, Date b, bool years)
{
    int ya, ma, da, yb, mb, db;
    date_to_ymd(a, &ya, &ma, &da);
    date_to_ymd(b, &yb, &mb, &db);
    int64_t n;
    bool before;
    if (years) {
        n = (int64_t)yb - ya;
        before = mb < ma || (mb == ma && db < da);
    } else {
        n = ((int64_t)yb * 12 + mb) - ((int64_t)ya * 12 + ma);
        before = db < da;
    }
    testcase(before);
    return (int32_t)(n - before);
}

int32_t date_years_between(Date a, Date b)
{
    if (b.days >= a.days) return whole_periods(a, b, true);
    return -whole_periods(b, a, true);
}

int32_t date_months_between(Date a, Date b)
{
    if (b.days >= a.days) return whole_periods(a, b, false);
    return -whole_periods(b, a, false);
}

/* ---- durations ----------------------------------------------------------- */

bool duration_from_parts(Duration *out, int64_t years, int64_t months,
                         int64_t weeks, int64_t days)
{
    int64_t m, dd;
    if (__builtin_mul_overflow(years, 12, &m) || __builtin_add_overflow(m, months, &m))
        return false;
    if (__builtin_mul_overflow(weeks, 7, &dd) || __builtin_add_overflow(dd, days, &dd))
        return false;
    testcase(m == DURATION_MAX_MONTHS || m == -DURATION_MAX_MONTHS);
    testcase(dd == DURATION_MAX_DAYS || dd == -DURATION_MAX_DAYS);
    if (m > DURATION_MAX_MONTHS || m < -DURATION_MAX_MONTHS) return false;
    if (dd > DURATION_MAX_DAYS || dd < -DURATION_MAX_DAYS) return false;
    out->months = (int32_t)m;
    out->days = (int32_t)dd;
    return true;
}

bool duration_is_valid(Duration v)
{
    return v.months >= -DURATION_MAX_MONTHS && v.months <= DURATION_MAX_MONTHS &&
           v.days >= -DURATION_MAX_DAYS && v.days <= DURATION_MAX_DAYS;
}

Duration duration_negate(Duration v)
{
    /* via int64 so that even an invalid INT32_MIN part is not UB */
    Duration r = {(int32_t)-(int64_t)v.months, (int32_t)-(int64_t)v.days};
    return r;
}

bool duration_add(Duration *out, Duration a, Duration b)
{
    return duration_from_parts(out, 0, (int64_t)a.months + b.months, 0,
                               (int64_t)a.days + b.days);
}

DurationOrder duration_compare(Duration a, Duration b)
{
    if (a.months == b.months && a.days == b.days) return DURATION_EQUAL;
    if (a.months <= b.months && a.days <= b.days) return DURATION_LESS;
    if (a.months >= b.months && a.days >= b.days) return DURATION_GREATER;
    return DURATION_INCOMPARABLE;
}

Date date_add_duration(Date d, Duration v, bool *ok)
{
    Date r;
    *ok = date_add_months(&r, d, v.months) && date_add_days(&r, r, v.days);
    return *ok ? r : d;
}

/* ---- text: dates --------------------------------------------------------- */

/* A run of digits in a date text. */
typedef struct Field {
    int value;  /* its value (at most 5 digits are read) */
    size_t len; /* number of digits, 0..5; 5 means "too many" */
} Field;

/* Reads up to five digits at 's'[*pos] into 'f'. */
static void read_field(const char *s, size_t len, size_t *pos, Field *f)
{
    f->value = 0;
    f->len = 0;
    while (*pos < len && f->len < 5 && s[*pos] >= '0' && s[*pos] <= '9') {
        f->value = f->value * 10 + (s[*pos] - '0');
        f->len++;
        (*pos)++;
    }
}

/* Why 'day' (1..31) does not exist in 'month' (1..12) of 'year': the caller
 * has found it past the month's end, so only short months come here. */
static const char *bad_day(int year, int month, int day)
{
    if (month == 2)
        return day == 29 && !date_is_leap_year(year) ? "29 february exists only in leap years"
                                                     : "february has at most 29 days";
    switch (month) {
    case 4: return "april has 30 days";
    case 6: return "june has 30 days";
    case 9: return "september has 30 days";
    default: return "november has 30 days";
    }
}

/* Checks the numbers of a date and makes it; returns NULL or why not. */
static const char *make_date(Date *out, int year, int month, int day)
{
    if (year < DATE_MIN_YEAR) return "year must be between 0001 and 9999";
    if (month < 1 || month > 12) return "month must be between 1 and 12";
    if (day < 1 || day > 31) return "day must be between 1 and 31";
    if (day > date_days_in_month(year, month)) return bad_day(year, month, day);
    if (!date_from_ymd(out, year, month, day)) return "date out of range";
    return NULL;
}

/* date_parse's three accepted shapes are told apart by which field has four
 * digits: the first (year first) or the last (day first). */
static const char *parse_date(Date *out, const char *s, size_t len)
{
    static const char expected[] = "expected a date like 2020-01-31 or 31-01-2020";
    if (len == 0) return "empty date";
    Field f[3];
    char sep = 0;
    size_t pos = 0;
    for (int k = 0; k < 3; k++) {
        read_field(s, len, &pos, &f[k]);
        if (f[k].len == 0) return expected;
        if (f[k].len > 4) return "too many digits in a date";
        if (k == 2) break;
        if (pos == len) return "incomplete date: expected day, month and year";
        char c = s[pos];
        if (c != '-' && c != '/') return expected;
        if (k == 1 && c != sep) return "the date mixes '-' and '/'";
        sep = c;
        pos++;
    }
    if (pos < len) return "unexpected text after the date";
    int year, month, day;
    if (f[0].len == 4) {
        if (f[1].len > 2 || f[2].len > 2) return "month and day must have one or two digits";
        year = f[0].value, month = f[1].value, day = f[2].value;
    } else if (f[2].len == 4) {
        if (f[0].len > 2 || f[1].len > 2) return "day and month must have one or two digits";
        year = f[2].value, month = f[1].value, day = f[0].value;
    } else if (f[0].len == 3 || f[2].len == 3) {
        return "the year must have four digits";
    } else {
        return "two-digit years are ambiguous: write the year with four digits";
    }
    return make_date(out, year, month, day);
}

bool date_parse(Date *out, const char *s, size_t len, const char **why)
{
    const char *msg = parse_date(out, s, len);
    if (msg && why) *why = msg;
    return msg == NULL;
}

bool date_parse_iso(Date *out, const char *s, size_t len, const char **why)
{
    const char *msg = NULL;
    bool shape = len == 10 && s[4] == '-' && s[7] == '-';
    for (size_t k = 0; shape && k < 10; k++)
        if (k != 4 && k != 7) shape = s[k] >= '0' && s[k] <= '9';
    if (!shape) {
        msg = "expected a date in the form YYYY-MM-DD";
    } else {
        int year = (s[0] - '0') * 1000 + (s[1] - '0') * 100 + (s[2] - '0') * 10 + (s[3] - '0');
        int month = (s[5] - '0') * 10 + (s[6] - '0');
        int day = (s[8] - '0') * 10 + (s[9] - '0');
        msg = make_date(out, year, month, day);
    }
    if (msg && why) *why = msg;
    return msg == NULL;
}

/* Writes 'n' (0..9999) as 'width' (2 or 4) digits at 'p'. */
static void put_digits(char *p, int n, int width)
{
    for (int k = width - 1; k >= 0; k--) {
        p[k] = (char)('0' + n % 10);
        n /= 10;
    }
}

char *date_format_iso(Date d, char buf[DATE_TEXT_SIZE])
{
    int y, m, dd;
    date_to_ymd(d, &y, &m, &dd);
    put_digits(buf, y, 4);
    buf[4] = '-';
    put_digits(buf + 5, m, 2);
    buf[7] = '-';
    put_digits(buf + 8, dd, 2);
    buf[10] = '\0';
    return buf;
}

char *date_format_nl(Date d, char buf[DATE_TEXT_SIZE])
{
    int y, m, dd;
    date_to_ymd(d, &y, &m, &dd);
    put_digits(buf, dd, 2);
    buf[2] = '-';
    put_digits(buf + 3, m, 2);
    buf[5] = '-';
    put_digits(buf + 6, y, 4);
    buf[10] = '\0';
    return buf;
}

/* ---- text: durations ----------------------------------------------------- */

/* The unit words duration_parse knows.  'rank' orders the units (years
 * first); units must appear in falling rank. */
typedef struct UnitWord {
    const char *word; /* lowercase */
    int rank;         /* 4 year, 3 month, 2 week, 1 day */
} UnitWord;

static const UnitWord unit_words[] = {
    {"day", 1},    {"days", 1},    {"dag", 1},   {"dagen", 1},
    {"week", 2},   {"weeks", 2},   {"weken", 2},
    {"month", 3},  {"months", 3},  {"maand", 3}, {"maanden", 3},
    {"year", 4},   {"years", 4},   {"jaar", 4},  {"jaren", 4},
};

/* True when the 'n' bytes at 's' spell 'word' (lowercase), ignoring ASCII
 * case. */
static bool word_is(const char *s, size_t n, const char *word)
{
    size_t k = 0;
    for (; k < n && word[k]; k++) {
        char c = s[k];
        if (c >= 'A' && c <= 'Z') c = (char)(c - 'A' + 'a');
        if (c != word[k]) return false;
    }
    return k == n && word[k] == '\0';
}

static bool is_letter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

/* Skips spaces at s[*pos]; returns how many. */
static size_t skip_spaces(const char *s, size_t len, size_t *pos)
{
    size_t start = *pos;
    while (*pos < len && s[*pos] == ' ') (*pos)++;
    return *pos - start;
}

/* Numbers above this are refused while reading digits, long before int64
 * could overflow; the real bounds are checked by duration_from_parts. */
#define DURATION_NUMBER_CAP 100000000

static const char *parse_duration(Duration *out, const char *s, size_t len)
{
    static const char unknown[] =
        "unknown unit: use days, weeks, months or years (dagen, weken, maanden, jaar)";
    if (len == 0) return "empty duration";
    int64_t per_rank[5] = {0, 0, 0, 0, 0}; /* indexed by rank */
    int prev_rank = 5;
    size_t pos = 0;
    for (;;) {
        bool neg = pos < len && s[pos] == '-';
        if (neg) pos++;
        size_t start = pos;
        int64_t n = 0;
        while (pos < len && s[pos] >= '0' && s[pos] <= '9') {
            n = n * 10 + (s[pos] - '0');
            if (n > DURATION_NUMBER_CAP) return "duration too long";
            pos++;
        }
        if (pos == start) return "expected a number followed by a unit, like '6 months'";
        if (pos + 1 < len && (s[pos] == '.' || s[pos] == ',') && s[pos + 1] >= '0' &&
            s[pos + 1] <= '9')
            return "a duration counts in whole numbers";
        if (pos == len) return "missing unit after the number: days, weeks, months or years";
        if (skip_spaces(s, len, &pos) == 0)
            return "expected a space between the number and the unit";
        start = pos;
        while (pos < len && is_letter(s[pos])) pos++;
        if (pos == start) return unknown;
        int rank = 0;
        for (size_t k = 0; k < sizeof unit_words / sizeof unit_words[0]; k++)
            if (word_is(s + start, pos - start, unit_words[k].word)) rank = unit_words[k].rank;
        if (rank == 0) return unknown;
        if (rank >= prev_rank) return "units must go from years down to days, each at most once";
        prev_rank = rank;
        per_rank[rank] = neg ? -n : n;
        if (pos == len) break;
        if (skip_spaces(s, len, &pos) == 0) return "unexpected text after the unit";
        if (pos == len) return "unexpected space at the end";
        /* an optional joining word: "1 year and 6 months", "1 jaar en 6 maanden" */
        start = pos;
        while (pos < len && is_letter(s[pos])) pos++;
        if (pos > start) {
            if (!word_is(s + start, pos - start, "and") && !word_is(s + start, pos - start, "en"))
                return "expected a number after the unit";
            if (skip_spaces(s, len, &pos) == 0 || pos == len)
                return "expected another part after 'and' or 'en'";
        }
    }
    if (!duration_from_parts(out, per_rank[4], per_rank[3], per_rank[2], per_rank[1]))
        return "duration too long: at most 119988 months and 3652058 days";
    return NULL;
}

bool duration_parse(Duration *out, const char *s, size_t len, const char **why)
{
    const char *msg = parse_duration(out, s, len);
    if (msg && why) *why = msg;
    return msg == NULL;
}

/* Appends "N unit" to 'buf' at '*used'; 'one' and 'many' are the singular
 * and plural words.  The buffer is large enough by DURATION_TEXT_SIZE. */
static void put_part(char *buf, size_t *used, int32_t n, const char *one, const char *many)
{
    char digits[12];
    size_t k = sizeof digits;
    int64_t v = n < 0 ? -(int64_t)n : n;
    do {
        digits[--k] = (char)('0' + v % 10);
        v /= 10;
    } while (v > 0);
    if (*used > 0) buf[(*used)++] = ' ';
    if (n < 0) buf[(*used)++] = '-';
    memcpy(buf + *used, digits + k, sizeof digits - k);
    *used += sizeof digits - k;
    buf[(*used)++] = ' ';
    const char *word = (n == 1 || n == -1) ? one : many;
    size_t wlen = strlen(word);
    memcpy(buf + *used, word, wlen);
    *used += wlen;
}

char *duration_format(Duration v, DateLang lang, char buf[DURATION_TEXT_SIZE])
{
    bool nl = lang == DATE_LANG_NL;
    size_t used = 0;
    if (v.months != 0) {
        if (v.months % 12 == 0)
            put_part(buf, &used, v.months / 12, nl ? "jaar" : "year", nl ? "jaar" : "years");
        else
            put_part(buf, &used, v.months, nl ? "maand" : "month", nl ? "maanden" : "months");
    }
    if (v.days != 0 || v.months == 0)
        put_part(buf, &used, v.days, nl ? "dag" : "day", nl ? "dagen" : "days");
    buf[used] = '\0';
    return buf;
}
