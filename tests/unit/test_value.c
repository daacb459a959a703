/* SPDX-License-Identifier: MIT
 * test_value.c - unit tests for runtime/value.c and runtime/intern.c.
 */
#include "harness.h"
#include "../../runtime/value.h"

static Dec dec(const char *s)
{
    Dec d;
    DecParseError e = dec_parse_literal(&d, s, strlen(s));
    return e == DEC_PARSE_OK ? d : dec_from_int(-999999);
}

static void test_numbers(void)
{
    Value a = value_num(dec("1.50")), b = value_num(dec("1.5")), c = value_num(dec("1.51"));
    CHECK(value_equal(a, b));
    CHECK(value_hash(a) == value_hash(b));
    CHECK(!value_equal(a, c));
    CHECK(value_compare(a, c) < 0);
    CHECK(value_compare(c, b) > 0);
    CHECK(value_equal(value_int(3), value_num(dec("3.00"))));
    CHECK(sizeof(Value) == 32);
}

static void test_texts(void)
{
    Interner in;
    intern_init(&in);
    const Text *x = intern(&in, "Dordrecht", 9), *y = intern(&in, "Dordrecht", 9);
    const Text *z = intern(&in, "Dordrecht\0x", 11);
    CHECK(x == y);
    CHECK(x != z);
    CHECK_EQ_INT(z->len, 11);
    CHECK(intern_find(&in, "Gorinchem", 9) == NULL);
    for (int k = 0; k < 5000; k++) {
        char buf[16];
        int n = snprintf(buf, sizeof buf, "A%04d", k);
        intern(&in, buf, (size_t)n);
    }
    CHECK(intern(&in, "Dordrecht", 9) == x);
    CHECK_EQ_STR(intern_find(&in, "A4999", 5)->s, "A4999");
    CHECK(value_equal(value_text(x), value_text(y)));
    CHECK(value_compare(value_text(intern(&in, "A", 1)), value_text(intern(&in, "AB", 2))) < 0);
    intern_free(&in);
}

static void test_structures(void)
{
    Value f1[2] = {value_int(1), value_bool(true)};
    Value f2[2] = {value_int(1), value_bool(true)};
    Value f3[2] = {value_int(1), value_bool(false)};
    CHECK(value_equal(value_variant(2, f1, 2), value_variant(2, f2, 2)));
    CHECK(!value_equal(value_variant(2, f1, 2), value_variant(1, f2, 2)));
    CHECK(!value_equal(value_record(f1, 2), value_record(f3, 2)));
    CHECK(value_compare(value_record(f3, 2), value_record(f1, 2)) < 0);
    CHECK(value_equal(value_none(), value_none()));
    CHECK(!value_equal(value_none(), value_bool(false)));
    Date d1, d2;
    date_from_ymd(&d1, 2020, 2, 29);
    date_from_ymd(&d2, 2021, 2, 28);
    CHECK(value_compare(value_date(d1), value_date(d2)) < 0);
}

TEST_MAIN(RUN(test_numbers); RUN(test_texts); RUN(test_structures);)
