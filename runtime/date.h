/* SPDX-License-Identifier: MIT
 * date.h - calendar dates and durations: exact, checked, proleptic Gregorian.
 *
 * A Date is a day number: days since 1970-01-01 (day 0), in the proleptic
 * Gregorian calendar, no time of day and no time zone.  The valid range is
 * 0001-01-01 (DATE_MIN_DAYS) .. 9999-12-31 (DATE_MAX_DAYS); every function
 * that makes a Date checks it and reports leaving it as an error, never a
 * wrap or a clamp.  A Duration is a pair (months, days) because a month has
 * no fixed number of days: years are 12 months, weeks are 7 days.
 *
 * Text forms (date_parse, duration_parse) are documented at those functions;
 * runtime/date.c explains the algorithms and the rules for month ends.
 */
#ifndef GRIP_RUNTIME_DATE_H
#define GRIP_RUNTIME_DATE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* A calendar day.  Made only by the checked functions below, so a Date in
 * grip is always valid; date_is_valid tells for one built by hand. */
typedef struct Date {
    int32_t days; /* days since 1970-01-01; DATE_MIN_DAYS..DATE_MAX_DAYS */
} Date;

#define DATE_MIN_YEAR 1          /* year 0 does not exist in ISO 8601 dates */
#define DATE_MAX_YEAR 9999       /* four digits, as every accepted text form */
#define DATE_MIN_DAYS (-719162)  /* 0001-01-01 */
#define DATE_MAX_DAYS 2932896    /* 9999-12-31 */

/* Bytes date_format_iso / date_format_nl write: 10 characters and a NUL. */
#define DATE_TEXT_SIZE 11

/* An amount of calendar time: first 'months' are added (clamping the day to
 * the end of the target month), then 'days'.  The parts may have different
 * signs.  Both stay within +-DURATION_MAX_MONTHS / +-DURATION_MAX_DAYS, the
 * widest spans of the date range: a longer duration can't be added to any
 * valid date, and the bound keeps negation and sums free of overflow. */
typedef struct Duration {
    int32_t months; /* whole months (a year is 12); -DURATION_MAX_MONTHS.. */
    int32_t days;   /* whole days (a week is 7); -DURATION_MAX_DAYS.. */
} Duration;

#define DURATION_MAX_MONTHS 119988  /* 9999 years */
#define DURATION_MAX_DAYS 3652058   /* DATE_MAX_DAYS - DATE_MIN_DAYS */

/* Bytes duration_format needs at most ("-119988 maanden -3652058 dagen"). */
#define DURATION_TEXT_SIZE 40

/* Language of duration_format's unit words. */
typedef enum DateLang {
    DATE_LANG_EN, /* "1 day", "3 weeks", "6 months", "2 years" */
    DATE_LANG_NL  /* "1 dag", "10 dagen", "1 maand", "6 maanden", "2 jaar" */
} DateLang;

/* Outcome of duration_compare: durations form only a partial order. */
typedef enum DurationOrder {
    DURATION_LESS = -1,        /* earlier than the other from every date */
    DURATION_EQUAL = 0,        /* same months and same days */
    DURATION_GREATER = 1,      /* later than the other from every date */
    DURATION_INCOMPARABLE = 2  /* depends on the start date (1 month, 30 days) */
} DurationOrder;

/* ---- calendar facts ------------------------------------------------------ */

/* True when 'year' is a Gregorian leap year: divisible by 4, and not by 100
 * unless by 400 (2000 and 2020 are, 1900 and 2100 are not).  Any int. */
bool date_is_leap_year(int year);

/* Days in 'month' (1..12) of 'year': 28..31; 0 when 'month' is out of range. */
int date_days_in_month(int year, int month);

/* ---- making and taking apart --------------------------------------------- */

/* Sets '*out' to 'year'-'month'-'day' and returns true when that is a real day
 * in 0001-01-01..9999-12-31 (month 1..12, day 1..28/29/30/31 as the month and
 * leap year allow).  Returns false and leaves '*out' alone otherwise. */
bool date_from_ymd(Date *out, int year, int month, int day);

/* Sets '*out' to the date 'days' after 1970-01-01 (negative: before) and
 * returns true when that is in range; false and '*out' untouched otherwise. */
bool date_from_days(Date *out, int64_t days);

/* True when 'd' lies in DATE_MIN_DAYS..DATE_MAX_DAYS. */
bool date_is_valid(Date d);

/* Splits 'd' into 'year', 'month' (1..12) and 'day' (1..31); any pointer may
 * be NULL.  'd' must be valid; for other day numbers the proleptic Gregorian
 * answer is returned (years outside 1..9999), without undefined behaviour. */
void date_to_ymd(Date d, int *year, int *month, int *day);

/* The year (1..9999), month (1..12) and day of the month (1..31) of 'd'. */
int date_year(Date d);
int date_month(Date d);
int date_day(Date d);

/* The quarter of 'd': 1 (Jan-Mar), 2, 3, 4 (Oct-Dec). */
int date_quarter(Date d);

/* The half year of 'd': 1 (Jan-Jun) or 2 (Jul-Dec). */
int date_half_year(Date d);

/* The ISO 8601 day of the week of 'd': 1 = Monday .. 7 = Sunday. */
int date_day_of_week(Date d);

/* The first day of the month, the last day of the month, 1 January and
 * 31 December of the month or year that holds 'd'.  Always valid for a
 * valid 'd'. */
Date date_first_of_month(Date d);
Date date_last_of_month(Date d);
Date date_start_of_year(Date d);
Date date_end_of_year(Date d);

/* ---- arithmetic ---------------------------------------------------------- */

/* -1, 0 or 1 as 'a' is before, on or after 'b'. */
int date_compare(Date a, Date b);

/* Sets '*out' to 'd' plus 'n' days (n may be negative).  Returns false, with
 * '*out' untouched, when 'd' is invalid or the result leaves the range. */
bool date_add_days(Date *out, Date d, int64_t n);

/* Sets '*out' to 'd' plus 'n' calendar months (n may be negative): the same
 * day of the month in the target month, clamped to that month's last day
 * when it is shorter (2020-01-31 + 1 = 2020-02-29, 2021-01-31 + 1 =
 * 2021-02-28, 2020-03-31 - 1 = 2020-02-29).  Clamping loses information:
 * (d + 1 month) - 1 month need not be d.  Returns false, '*out' untouched,
 * when 'd' is invalid or the target month is outside 0001-01..9999-12. */
bool date_add_months(Date *out, Date d, int64_t n);

/* date_add_months with 12 * 'n' months: 2020-02-29 + 1 year = 2021-02-28. */
bool date_add_years(Date *out, Date d, int64_t n);

/* Days from 'a' to 'b': b - a, negative when 'b' is before 'a'.  Exact for
 * every pair of valid dates (at most DURATION_MAX_DAYS either way). */
int64_t date_days_between(Date a, Date b);

/* Whole years from 'a' to 'b' (an age: 'a' the birth date, 'b' the day):
 * year(b) - year(a), minus one when b's (month, day) comes before a's.  So a
 * person born on 29 February is a year older on 1 March in a non-leap year
 * (years_between(2000-02-29, 2001-02-28) = 0, (.., 2001-03-01) = 1), although
 * date_add_years(2000-02-29, 1) is 2001-02-28: an age counts completed
 * anniversaries, not clamped additions.  When 'b' is before 'a' the result is
 * the negated count from 'b' to 'a' (whole years, truncated toward zero):
 * years_between(a, b) == -years_between(b, a) always. */
int32_t date_years_between(Date a, Date b);

/* Whole months from 'a' to 'b', by the same rule: the difference in months,
 * minus one when b's day of the month is before a's (2020-01-31 to
 * 2020-02-29 is 0 months, to 2020-03-31 is 2); antisymmetric like
 * date_years_between. */
int32_t date_months_between(Date a, Date b);

/* ---- durations ----------------------------------------------------------- */

/* Sets '*out' to 'years' * 12 + 'months' months and 'weeks' * 7 + 'days' days
 * (each may be negative) and returns true; false, '*out' untouched, when a
 * part overflows or leaves +-DURATION_MAX_MONTHS / +-DURATION_MAX_DAYS. */
bool duration_from_parts(Duration *out, int64_t years, int64_t months,
                         int64_t weeks, int64_t days);

/* True when both parts of 'v' are within the Duration bounds. */
bool duration_is_valid(Duration v);

/* Returns -'v' (both parts negated); cannot fail for a valid 'v'. */
Duration duration_negate(Duration v);

/* Sets '*out' to 'a' + 'b' part by part; false, '*out' untouched, when a
 * part leaves its bound. */
bool duration_add(Duration *out, Duration a, Duration b);

/* Orders 'a' and 'b' where that holds from every start date: when each part
 * of 'a' is <= the same part of 'b' (and one is <), 'a' is LESS, and so on.
 * When the parts disagree ('1 month' against '30 days', or even '1 month'
 * against '100 days') the answer would depend on month lengths, and
 * DURATION_INCOMPARABLE is returned: grip does not guess a month's length.
 * '1 year' = '12 months' and '1 week' = '7 days' are EQUAL. */
DurationOrder duration_compare(Duration a, Duration b);

/* Returns 'd' + 'v': first v.months by date_add_months (clamping to the
 * month end), then v.days.  Sets '*ok' to true, or to false when 'd' is
 * invalid or a step leaves the date range; then 'd' itself is returned. */
Date date_add_duration(Date d, Duration v, bool *ok);

/* ---- text ---------------------------------------------------------------- */

/* Parses the 'len' bytes at 's' (no NUL needed) as a date.  Accepted, with a
 * four-digit year 0001..9999 and a one- or two-digit month and day:
 *     2020-01-31  2020-1-31  2020/01/31      year first (ISO 8601 order)
 *     31-01-2020  31-1-2020  31/01/2020      day first (Dutch; as Excel writes)
 * Both separators must be the same.  Day-first is always day-month-year, never
 * the US month/day order: 02/03/2020 is 2 March, and 20-01-2020 is 20 January
 * 2020.  Rejected: two-digit years (20-01-20 could be 1920 or 2020), impossible
 * days (2020-02-30, 2021-02-29, 2020-13-40), '.' separators, signs, spaces
 * and any text before or after (a time, too); trim first.
 * Returns true and sets '*out'; on failure returns false, leaves '*out'
 * alone and, if 'why' is not NULL, points '*why' at a static lowercase
 * message that does not repeat the input, such as "29 february exists only
 * in leap years" or "two-digit years are ambiguous: write the year with
 * four digits"; the caller adds file, line, column and value. */
bool date_parse(Date *out, const char *s, size_t len, const char **why);

/* Like date_parse but accepts only the ISO 8601 calendar form YYYY-MM-DD,
 * exactly ten characters: the form of a date literal in a policy. */
bool date_parse_iso(Date *out, const char *s, size_t len, const char **why);

/* Writes 'd' as "YYYY-MM-DD" plus a NUL into 'buf' (DATE_TEXT_SIZE bytes)
 * and returns 'buf'.  'd' must be valid. */
char *date_format_iso(Date d, char buf[DATE_TEXT_SIZE]);

/* Writes 'd' as "DD-MM-YYYY" plus a NUL into 'buf' (DATE_TEXT_SIZE bytes)
 * and returns 'buf'.  'd' must be valid. */
char *date_format_nl(Date d, char buf[DATE_TEXT_SIZE]);

/* Parses the 'len' bytes at 's' as a duration: one or more parts
 *     [-]DIGITS UNIT     e.g. "6 months", "1 jaar", "-3 weeks"
 * separated by spaces, optionally joined by "and"/"en" ("1 year and 6
 * months", "1 jaar en 6 maanden"), with units from longest to shortest and
 * each at most once.  UNIT (ASCII case ignored), singular or plural:
 *     day days dag dagen | week weeks weken | month months maand maanden |
 *     year years jaar jaren
 * Numbers are decimal digits without a plus sign; words are separated by
 * one or more spaces.  Everything duration_format writes is accepted.
 * Returns false with a static message in '*why' (if not NULL) and '*out'
 * untouched for anything else, and when the total leaves the Duration
 * bounds. */
bool duration_parse(Duration *out, const char *s, size_t len, const char **why);

/* Writes 'v' into 'buf' (DURATION_TEXT_SIZE bytes) in 'lang' and returns
 * 'buf': months as "N years" when a whole number of years, else "N months";
 * then days as "N days"; the two joined by a space, and "0 days" ("0 dagen")
 * for the zero duration.  Examples: "6 months", "1 year", "18 months",
 * "1 month 10 days", "-14 days" (weeks are written as days); Dutch
 * "6 maanden", "2 jaar", "1 dag".  'v' must be valid. */
char *duration_format(Duration v, DateLang lang, char buf[DURATION_TEXT_SIZE]);

#endif
