/* SPDX-License-Identifier: MIT
 * test_format.c - tests of runtime/format.c: every kind of value in the
 * three styles (a table), composites with and without type information,
 * kinds that do not fit their type, deep nesting, JSON string escaping and
 * the snprintf-like buffer contract.
 */
#include "harness.h"
#include "../../runtime/format.h"
#include "../../runtime/intern.h"

#include <stdlib.h>

static Interner in;

static Value txt(const char *s) { return value_text(intern(&in, s, strlen(s))); }
static Value num(int64_t coef, int scale) { return value_num((Dec){coef, scale}); }

static Value day(int y, int m, int d)
{
    Date dt;
    date_from_ymd(&dt, y, m, d);
    return value_date(dt);
}

static const char *const product_names[] = {"begeleiding", "jggz", "crisis"};
static const EnumInfo product = {"Product", product_names, 3};

static const FormatType t_int = {FORMAT_SCALAR, FT_INT, NULL, NULL};
static const FormatType t_dec = {FORMAT_SCALAR, FT_DECIMAL, NULL, NULL};
static const FormatType t_money = {FORMAT_SCALAR, FT_MONEY, NULL, NULL};
static const FormatType t_pct = {FORMAT_SCALAR, FT_PERCENT, NULL, NULL};
static const FormatType t_text = {FORMAT_SCALAR, FT_TEXT, NULL, NULL};
static const FormatType t_enum = {FORMAT_SCALAR, FT_ENUM, &product, NULL};

/* Checks 'v' in the three styles. */
#define CHECK_FMT(v, type, plain, dutch, json)                                     \
    do {                                                                           \
        char b_[512];                                                              \
        size_t n_ = format_value(b_, sizeof b_, (v), (type), FORMAT_PLAIN);        \
        CHECK_EQ_STR(b_, (plain));                                                 \
        CHECK_EQ_INT(n_, strlen(plain));                                           \
        format_value(b_, sizeof b_, (v), (type), FORMAT_DUTCH);                    \
        CHECK_EQ_STR(b_, (dutch));                                                 \
        format_value(b_, sizeof b_, (v), (type), FORMAT_JSON);                     \
        CHECK_EQ_STR(b_, (json));                                                  \
    } while (0)

static void test_scalars(void)
{
    CHECK_FMT(value_none(), NULL, "", "", "null");
    CHECK_FMT(value_none(), &t_money, "", "", "null");
    CHECK_FMT(value_bool(true), NULL, "true", "ja", "true");
    CHECK_FMT(value_bool(false), NULL, "false", "nee", "false");
    /* int */
    CHECK_FMT(value_int(-1234), &t_int, "-1234", "-1234", "-1234");
    CHECK_FMT(value_int(2020), &t_int, "2020", "2020", "2020");
    CHECK_FMT(num(25, 1), &t_int, "2.5", "2,5", "\"2.5\""); /* not whole: exact text */
    /* decimal: the decimals it carries (as written or computed) */
    CHECK_FMT(num(50, 2), &t_dec, "0.50", "0,50", "\"0.50\"");
    CHECK_FMT(num(-12345, 1), &t_dec, "-1234.5", "-1234,5", "\"-1234.5\"");
    CHECK_FMT(num(1200, 2), &t_dec, "12.00", "12,00", "\"12.00\"");
    CHECK_FMT(num(1000, 1), &t_dec, "100.0", "100,0", "\"100.0\""); /* 104.7 - 4.7 */
    CHECK_FMT(num(5, 1), NULL, "0.5", "0,5", "\"0.5\""); /* no type: as a decimal */
    /* money: exactly 2 decimals, half away from zero */
    CHECK_FMT(num(1484615, 3), &t_money, "1484.62", "€ 1.484,62", "\"1484.62\"");
    CHECK_FMT(num(1234567891, 3), &t_money, "1234567.89", "€ 1.234.567,89", "\"1234567.89\"");
    CHECK_FMT(num(-125, 1), &t_money, "-12.50", "-€ 12,50", "\"-12.50\"");
    CHECK_FMT(value_int(0), &t_money, "0.00", "€ 0,00", "\"0.00\"");
    CHECK_FMT(num(-1, 3), &t_money, "0.00", "€ 0,00", "\"0.00\"");
    CHECK_FMT(num(-5, 3), &t_money, "-0.01", "-€ 0,01", "\"-0.01\"");
    /* percent: the sign, minimal decimals */
    CHECK_FMT(num(3, 2), &t_pct, "3%", "3%", "\"3%\"");
    CHECK_FMT(num(25, 3), &t_pct, "2.5%", "2,5%", "\"2.5%\"");
    CHECK_FMT(num(-1, 4), &t_pct, "-0.01%", "-0,01%", "\"-0.01%\"");
    /* dates and durations */
    CHECK_FMT(day(2021, 1, 31), NULL, "2021-01-31", "31-01-2021", "\"2021-01-31\"");
    CHECK_FMT(day(1, 1, 1), NULL, "0001-01-01", "01-01-0001", "\"0001-01-01\"");
    Value bad_date = value_date((Date){DATE_MAX_DAYS + 1});
    CHECK_FMT(bad_date, NULL, "?", "?", "\"?\"");
    CHECK_FMT(value_duration((Duration){6, 0}), NULL, "6 months", "6 maanden", "\"6 months\"");
    CHECK_FMT(value_duration((Duration){1, 10}), NULL, "1 month 10 days", "1 maand 10 dagen",
              "\"1 month 10 days\"");
    CHECK_FMT(value_duration((Duration){24, 0}), NULL, "2 years", "2 jaar", "\"2 years\"");
    CHECK_FMT(value_duration((Duration){DURATION_MAX_MONTHS + 1, 0}), NULL, "?", "?", "\"?\"");
    /* texts: as they are, escaped in JSON */
    CHECK_FMT(txt("Hoeksche Waard"), &t_text, "Hoeksche Waard", "Hoeksche Waard",
              "\"Hoeksche Waard\"");
    CHECK_FMT(txt("a \"b\" \\ c"), &t_text, "a \"b\" \\ c", "a \"b\" \\ c", "\"a \\\"b\\\" \\\\ c\"");
    CHECK_FMT(txt(""), NULL, "", "", "\"\"");
    CHECK_FMT(txt("€ 5,–"), NULL, "€ 5,–", "€ 5,–", "\"€ 5,–\"");
    CHECK_FMT(value_text(NULL), NULL, "", "", "\"\"");
    /* enums need their names */
    CHECK_FMT(value_enum(&product, 1), &t_enum, "jggz", "jggz", "\"jggz\"");
    CHECK_FMT(value_enum(&product, 7), &t_enum, "#7", "#7", "\"#7\"");
    CHECK_FMT(value_enum(&product, 2), NULL, "#2", "#2", "\"#2\"");
    /* a kind that does not fit its type is written by its kind */
    CHECK_FMT(txt("x"), &t_money, "x", "x", "\"x\"");
    CHECK_FMT(value_bool(true), &t_enum, "true", "ja", "true");
    Value bad_num = num(1, 0);
    bad_num.scale = 200;
    CHECK_FMT(bad_num, &t_money, "?", "?", "\"?\"");
    Value odd = value_none();
    odd.kind = 99;
    CHECK_FMT(odd, NULL, "?", "?", "null");
}

/* Besluit: toegekend(bedrag: money) | afgewezen(reden: text) | geen */
static const char *const besluit_cases[] = {"toegekend", "afgewezen", "geen"};
static const EnumInfo besluit_names = {"Besluit", besluit_cases, 3};
static const char *const bedrag_field[] = {"bedrag"};
static const EnumInfo bedrag_names = {NULL, bedrag_field, 1};
static const char *const reden_field[] = {"reden"};
static const EnumInfo reden_names = {NULL, reden_field, 1};
static const FormatType *const bedrag_parts[] = {&t_money};
static const FormatType *const reden_parts[] = {&t_text};
static const FormatType t_toegekend = {FORMAT_RECORD, FT_TEXT, &bedrag_names, bedrag_parts};
static const FormatType t_afgewezen = {FORMAT_RECORD, FT_TEXT, &reden_names, reden_parts};
static const FormatType *const besluit_parts[] = {&t_toegekend, &t_afgewezen, NULL};
static const FormatType t_besluit = {FORMAT_VARIANT, FT_TEXT, &besluit_names, besluit_parts};

static void test_composites(void)
{
    Value bedrag = num(148462, 2);
    Value toegekend = value_variant(0, &bedrag, 1);
    CHECK_FMT(toegekend, &t_besluit, "toegekend(1484.62)", "toegekend(€ 1.484,62)",
              "{\"toegekend\":{\"bedrag\":\"1484.62\"}}");
    Value reden = txt("leef\"tijd");
    Value afgewezen = value_variant(1, &reden, 1);
    CHECK_FMT(afgewezen, &t_besluit, "afgewezen(\"leef\\\"tijd\")", "afgewezen(\"leef\\\"tijd\")",
              "{\"afgewezen\":{\"reden\":\"leef\\\"tijd\"}}");
    CHECK_FMT(value_variant(2, NULL, 0), &t_besluit, "geen", "geen", "\"geen\"");
    /* without type information: case numbers, positional payloads */
    CHECK_FMT(toegekend, NULL, "#0(1484.62)", "#0(1484,62)", "{\"#0\":[\"1484.62\"]}");
    /* a variant's tag read as an enum of the cases (variant(x) in a policy) */
    Value tag = value_enum(NULL, 1);
    CHECK_FMT(tag, &t_besluit, "afgewezen", "afgewezen", "\"afgewezen\"");

    /* records */
    static const char *const rec_fields[] = {"naam", "n", "d"};
    static const EnumInfo rec_names = {NULL, rec_fields, 3};
    static const FormatType *const rec_parts[] = {&t_text, &t_int, NULL};
    static const FormatType t_rec = {FORMAT_RECORD, FT_TEXT, &rec_names, rec_parts};
    Value fields[3] = {txt("x"), value_int(2), day(2020, 2, 29)};
    Value rec = value_record(fields, 3);
    CHECK_FMT(rec, &t_rec, "{naam: \"x\", n: 2, d: 2020-02-29}", "{naam: \"x\", n: 2, d: 29-02-2020}",
              "{\"naam\":\"x\",\"n\":2,\"d\":\"2020-02-29\"}");
    CHECK_FMT(rec, NULL, "{\"x\", 2, 2020-02-29}", "{\"x\", 2, 29-02-2020}",
              "[\"x\",\"2\",\"2020-02-29\"]");
    CHECK_FMT(value_record(NULL, 0), &t_rec, "{}", "{}", "{}");
    Value broken = value_record(NULL, 2);
    CHECK_FMT(broken, &t_rec, "?", "?", "null");

    /* sets and lists */
    static const FormatType *const enum_part[] = {&t_enum};
    static const FormatType t_set = {FORMAT_SET, FT_ENUM, NULL, enum_part};
    static const FormatType t_list = {FORMAT_LIST, FT_ENUM, NULL, enum_part};
    static struct {
        uint32_t n;
        Value items[2];
    } two;
    two.n = 2;
    two.items[0] = value_enum(&product, 0);
    two.items[1] = value_enum(&product, 2);
    const ValueSeq *seq = (const ValueSeq *)&two;
    CHECK_FMT(value_set(seq), &t_set, "{begeleiding, crisis}", "{begeleiding, crisis}",
              "[\"begeleiding\",\"crisis\"]");
    CHECK_FMT(value_list(seq), &t_list, "[begeleiding, crisis]", "[begeleiding, crisis]",
              "[\"begeleiding\",\"crisis\"]");
    CHECK_FMT(value_list(seq), &t_set, "[#0, #2]", "[#0, #2]", "[\"#0\",\"#2\"]"); /* shape differs */
    CHECK_FMT(value_set(NULL), &t_set, "{}", "{}", "[]");
    static struct {
        uint32_t n;
        Value items[2];
    } money2;
    money2.n = 2;
    money2.items[0] = num(5, 1);
    money2.items[1] = num(-1234567, 2);
    static const FormatType *const money_part[] = {&t_money};
    static const FormatType t_mlist = {FORMAT_LIST, FT_MONEY, NULL, money_part};
    CHECK_FMT(value_list((const ValueSeq *)&money2), &t_mlist, "[0.50, -12345.67]",
              "[€ 0,50, -€ 12.345,67]", "[\"0.50\",\"-12345.67\"]");
}

/* Forty nested lists: below depth 32 the rest is "...". */
static void test_depth(void)
{
    static struct {
        uint32_t n;
        Value items[1];
    } level[40];
    for (int k = 0; k < 40; k++) {
        level[k].n = 1;
        level[k].items[0] = k == 0 ? value_int(1) : value_list((const ValueSeq *)&level[k - 1]);
    }
    Value deep = value_list((const ValueSeq *)&level[39]);
    char buf[512];
    format_value(buf, sizeof buf, deep, NULL, FORMAT_PLAIN);
    char want[512];
    size_t at = 0;
    for (int k = 0; k < 33; k++) want[at++] = '[';
    memcpy(want + at, "...", 3);
    at += 3;
    for (int k = 0; k < 33; k++) want[at++] = ']';
    want[at] = '\0';
    CHECK_EQ_STR(buf, want);
    format_value(buf, sizeof buf, deep, NULL, FORMAT_JSON);
    CHECK(strstr(buf, "[\"...\"]") != NULL);
}

static void test_buffer_contract(void)
{
    char buf[8];
    memset(buf, 'z', sizeof buf);
    size_t n = format_value(buf, 5, txt("Hoeksche Waard"), NULL, FORMAT_PLAIN);
    CHECK_EQ_INT(n, 14);
    CHECK_EQ_STR(buf, "Hoek");
    CHECK(buf[5] == 'z'); /* nothing written past cap */
    n = format_value(NULL, 0, num(1484615, 3), &t_money, FORMAT_DUTCH);
    CHECK_EQ_INT(n, strlen("€ 1.484,62"));
    n = format_value(buf, 1, value_bool(true), NULL, FORMAT_JSON);
    CHECK_EQ_INT(n, 4);
    CHECK_EQ_STR(buf, "");
    Value bedrag = num(148462, 2);
    Value toegekend = value_variant(0, &bedrag, 1);
    char small[10];
    n = format_value(small, sizeof small, toegekend, &t_besluit, FORMAT_JSON);
    CHECK_EQ_INT(n, strlen("{\"toegekend\":{\"bedrag\":\"1484.62\"}}"));
    CHECK_EQ_STR(small, "{\"toegeke");
}

static void test_json_string(void)
{
    char buf[128];
    struct {
        const char *in;
        size_t len;
        const char *want;
    } cases[] = {
        {"plain", 5, "\"plain\""},
        {"q\"b\\", 4, "\"q\\\"b\\\\\""},
        {"l1\nl2\r\t", 7, "\"l1\\nl2\\r\\t\""},
        {"\x01\x1f\x7f", 3, "\"\\u0001\\u001f\x7f\""},
        {"nul\0x", 5, "\"nul\\u0000x\""},
        {"\xe2\x82\xac", 3, "\"\xe2\x82\xac\""},         /* euro sign, kept */
        {"\xf0\x9f\x98\x80", 4, "\"\xf0\x9f\x98\x80\""}, /* 4-byte sequence */
        {"a\xe9z", 3, "\"a\\ufffdz\""},                  /* Latin-1 byte */
        {"\xe2\x82", 2, "\"\\ufffd\\ufffd\""},           /* cut sequence */
        {"\xc0\xaf", 2, "\"\\ufffd\\ufffd\""},           /* overlong */
        {"\xed\xa0\x80", 3, "\"\\ufffd\\ufffd\\ufffd\""}, /* surrogate */
        {"\xf4\x90\x80\x80", 4, "\"\\ufffd\\ufffd\\ufffd\\ufffd\""}, /* > U+10FFFF */
        {"", 0, "\"\""},
    };
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++) {
        size_t n = format_json_string(buf, sizeof buf, cases[k].in, cases[k].len);
        CHECK_EQ_STR(buf, cases[k].want);
        CHECK_EQ_INT(n, strlen(cases[k].want));
    }
}

TEST_MAIN(intern_init(&in); RUN(test_scalars); RUN(test_composites); RUN(test_depth);
          RUN(test_buffer_contract); RUN(test_json_string); intern_free(&in);)
