/* SPDX-License-Identifier: MIT
 * fuzz_date.c - libFuzzer target for runtime/date.c: the date and duration
 * parsers and the arithmetic, checked by round trips and algebraic laws.
 *
 * Build and run (clang 14, from the repository root):
 *     mkdir -p build/fuzz/date-corpus
 *     clang -std=c11 -D_POSIX_C_SOURCE=200809L -g -O1 -I. \
 *         -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
 *         -o build/fuzz/fuzz_date tests/fuzz/fuzz_date.c runtime/date.c
 *     build/fuzz/fuzz_date -max_total_time=60 build/fuzz/date-corpus
 *
 * The input is used three ways: as date text, as duration text, and (its
 * first 12 bytes) as a day number and an amount for the arithmetic.  Any
 * broken law calls abort(), which libFuzzer reports as a crash.
 */
#include "runtime/date.h"

#include <stdlib.h>
#include <string.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

#define REQUIRE(cond) do { if (!(cond)) abort(); } while (0)

/* A parsed date must format and parse back to itself, in both forms. */
static void check_date(Date d)
{
    REQUIRE(date_is_valid(d));
    char buf[DATE_TEXT_SIZE];
    Date back = {0};
    date_format_iso(d, buf);
    REQUIRE(strlen(buf) == 10);
    REQUIRE(date_parse(&back, buf, 10, NULL) && back.days == d.days);
    back.days = 0;
    REQUIRE(date_parse_iso(&back, buf, 10, NULL) && back.days == d.days);
    date_format_nl(d, buf);
    back.days = 0;
    REQUIRE(date_parse(&back, buf, 10, NULL) && back.days == d.days);

    int y, m, dd;
    date_to_ymd(d, &y, &m, &dd);
    REQUIRE(date_from_ymd(&back, y, m, dd) && back.days == d.days);
    REQUIRE(date_quarter(d) == (m - 1) / 3 + 1);
    REQUIRE(date_day_of_week(d) >= 1 && date_day_of_week(d) <= 7);
    REQUIRE(date_compare(date_first_of_month(d), d) <= 0);
    REQUIRE(date_compare(d, date_last_of_month(d)) <= 0);
    REQUIRE(date_compare(date_start_of_year(d), d) <= 0);
    REQUIRE(date_compare(d, date_end_of_year(d)) <= 0);
}

/* Laws of the arithmetic from date 'd' with amount 'n'. */
static void check_arithmetic(Date d, int64_t n)
{
    Date r, back;
    if (date_add_days(&r, d, n)) {
        REQUIRE(date_is_valid(r));
        REQUIRE(date_days_between(d, r) == n);
        REQUIRE(date_add_days(&back, r, -n) && back.days == d.days);
    } else {
        REQUIRE(n != 0);
        REQUIRE(n > DURATION_MAX_DAYS || n < -DURATION_MAX_DAYS ||
                (int64_t)d.days + n > DATE_MAX_DAYS || (int64_t)d.days + n < DATE_MIN_DAYS);
    }
    int64_t months = n % 240000 - 120000;
    if (date_add_months(&r, d, months)) {
        REQUIRE(date_is_valid(r));
        REQUIRE(date_day(r) <= date_day(d));
        /* whole months from d to d + k months: k, or k - 1 after clamping */
        int32_t mb = date_months_between(d, r);
        if (months >= 0) REQUIRE(mb == months || (mb == months - 1 && date_day(r) < date_day(d)));
        else REQUIRE(mb == months); /* r's day is never past d's */
        int32_t yb = date_years_between(d, r);
        REQUIRE(yb == -date_years_between(r, d));
        REQUIRE(mb == -date_months_between(r, d));
        if (months >= 0) REQUIRE(yb == mb / 12);
    }
    Duration v;
    if (duration_from_parts(&v, 0, n % 1000, 0, (n / 1000) % 100000)) {
        bool ok = false;
        Date s = date_add_duration(d, v, &ok);
        REQUIRE(date_is_valid(s));
        if (!ok) REQUIRE(s.days == d.days);
    }
}

/* A parsed duration must format and parse back to itself, in both languages. */
static void check_duration(Duration v)
{
    REQUIRE(duration_is_valid(v));
    char buf[DURATION_TEXT_SIZE];
    for (int lang = 0; lang < 2; lang++) {
        Duration back = {0, 0};
        duration_format(v, lang ? DATE_LANG_NL : DATE_LANG_EN, buf);
        REQUIRE(strlen(buf) < DURATION_TEXT_SIZE);
        REQUIRE(duration_parse(&back, buf, strlen(buf), NULL));
        REQUIRE(back.months == v.months && back.days == v.days);
    }
    Duration neg = duration_negate(v), twice = duration_negate(neg);
    REQUIRE(duration_is_valid(neg));
    REQUIRE(twice.months == v.months && twice.days == v.days);
    REQUIRE(duration_compare(v, v) == DURATION_EQUAL);
    DurationOrder o = duration_compare(v, neg), p = duration_compare(neg, v);
    REQUIRE(o == DURATION_INCOMPARABLE ? p == DURATION_INCOMPARABLE : (int)o == -(int)p);
    Duration sum;
    REQUIRE(duration_add(&sum, v, neg) && sum.months == 0 && sum.days == 0);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const char *text = (const char *)data;
    const char *why = NULL;
    Date d;
    if (date_parse(&d, text, size, &why))
        check_date(d);
    else
        REQUIRE(why != NULL && why[0] != '\0');
    why = NULL;
    if (date_parse_iso(&d, text, size, &why)) {
        Date loose;
        REQUIRE(date_parse(&loose, text, size, NULL) && loose.days == d.days);
    } else {
        REQUIRE(why != NULL);
    }
    Duration v;
    why = NULL;
    if (duration_parse(&v, text, size, &why))
        check_duration(v);
    else
        REQUIRE(why != NULL && why[0] != '\0');

    if (size >= 12) {
        int32_t raw;
        int64_t n;
        memcpy(&raw, data, sizeof raw);
        memcpy(&n, data + 4, sizeof n);
        Date any;
        int64_t span = (int64_t)DATE_MAX_DAYS - DATE_MIN_DAYS + 1;
        int64_t off = (int64_t)raw % span;
        if (off < 0) off += span;
        REQUIRE(date_from_days(&any, DATE_MIN_DAYS + off));
        check_date(any);
        check_arithmetic(any, n);
        check_arithmetic(any, n % 5000);
        Date bad = {raw};
        Date out = {7};
        if (!date_is_valid(bad)) {
            REQUIRE(!date_add_days(&out, bad, 0) && out.days == 7);
            REQUIRE(!date_add_months(&out, bad, 0) && out.days == 7);
        }
    }
    return 0;
}
