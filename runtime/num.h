/* SPDX-License-Identifier: MIT
 * num.h - grip's exact numbers: one decimal type serves int, decimal, money
 * and percent (the checker keeps them apart; the runtime only computes).
 *
 * Dec { coef, scale } is coef x 10^-scale with |coef| <= DEC_COEF_MAX =
 * 2^127 - 1 (symmetric, so negation never overflows) and 0 <= scale <=
 * DEC_MAX_SCALE = 24: at most 39 digits, |x| < 1.7e38 at scale 0 and < 1.7e14
 * at scale 24.  3% is 0.03; money is a Dec rounded to cents where stored.
 * add/sub/neg/abs/cmp are exact; mul is exact up to 24 decimals (beyond, it
 * rounds half away from zero, which only values from a division reach); div
 * rounds to DEC_DIV_SCALE = 20 decimals, half away from zero.  Overflow is by
 * value: a result fails only when no Dec holds it; it is reported, never
 * wrapped.  Rounding modes: IEEE 754-2008 4.3, Cowlishaw's General Decimal
 * Arithmetic.  Written scale is kept (1.50 stays 1.50); equality is by value.
 */
#ifndef GRIP_RUNTIME_NUM_H
#define GRIP_RUNTIME_NUM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

__extension__ typedef __int128 i128;

/* Most decimals a Dec carries.  24 = a 20-decimal quotient times a money
 * amount (2) times a percent (2) still multiplies exactly, while a value at
 * full scale keeps 14 integer digits (|x| < 1.7e14, far above any euro amount
 * grip handles: all Dutch youth care costs about 6e9 a year). */
#define DEC_MAX_SCALE 24
/* Decimals of a quotient.  A 20-decimal quotient is off by at most 5e-21, so
 * even times 1e12 euro its error stays below 1e-8 cent: rounding that to
 * cents gives the exact answer except at ties closer than that. */
#define DEC_DIV_SCALE 20
/* Largest coefficient magnitude, 2^127 - 1, written without overflow. */
#define DEC_COEF_MAX (((((i128)1) << 126) - 1) * 2 + 1)
/* Buffer size that always suffices for dec_format (including the NUL):
 * '-' and "€ " 5 bytes + 42 digits (39, 2 more for percent, 1 carry) + 13
 * group dots + separator + 24 decimals + '%' + NUL = 87, rounded up. */
#define DEC_FORMAT_MAX 96

typedef struct Dec {
    i128 coef;     /* the digits; |coef| <= DEC_COEF_MAX */
    int32_t scale; /* decimals: value = coef * 10^-scale, 0..DEC_MAX_SCALE */
} Dec;

/* How to round a value that lies between two representable ones.  The "half"
 * modes round to the nearer one and differ only on exact ties. */
typedef enum DecRound {
    DEC_ROUND_HALF_AWAY, /* ties away from zero: 2.5 -> 3, -2.5 -> -3 (grip's default) */
    DEC_ROUND_HALF_EVEN, /* ties to the even digit: 2.5 -> 2, 3.5 -> 4 (banker's) */
    DEC_ROUND_HALF_UP,   /* ties toward +infinity: 2.5 -> 3, -2.5 -> -2 */
    DEC_ROUND_HALF_DOWN, /* ties toward -infinity: 2.5 -> 2, -2.5 -> -3 */
    DEC_ROUND_UP,        /* away from zero: 2.1 -> 3, -2.1 -> -3 */
    DEC_ROUND_DOWN,      /* toward zero (truncate): 2.9 -> 2, -2.9 -> -2 */
    DEC_ROUND_CEILING,   /* toward +infinity: 2.1 -> 3, -2.9 -> -2 */
    DEC_ROUND_FLOOR      /* toward -infinity: 2.9 -> 2, -2.1 -> -3 */
} DecRound;

/* Why a text is not a number; dec_parse_message gives the text. */
typedef enum DecParseError {
    DEC_PARSE_OK,              /* parsed; *out is set */
    DEC_PARSE_EMPTY,           /* "" or only spaces */
    DEC_PARSE_NO_DIGITS,       /* a sign or currency but no digits: "-", "EUR" */
    DEC_PARSE_BAD_CHAR,        /* a character that has no place here: "NaN", "1 2" */
    DEC_PARSE_TWO_SIGNS,       /* "--1", "-EUR -1" */
    DEC_PARSE_TWO_SEPARATORS,  /* "1.2.3" */
    DEC_PARSE_NO_INT_DIGITS,   /* ".5": a digit must come before the separator */
    DEC_PARSE_NO_FRAC_DIGITS,  /* "1.": a digit must follow the separator */
    DEC_PARSE_BAD_UNDERSCORE,  /* "1__0", "_1", "1_", "1_.5" */
    DEC_PARSE_BAD_GROUPING,    /* "12,34,5", "1,23" (point mode), "1.234,5,6" */
    DEC_PARSE_EXPONENT,        /* "1e5" */
    DEC_PARSE_TRAILING,        /* text after the number: "300%%", "19kk" */
    DEC_PARSE_PERCENT,         /* a '%' where none is allowed: money, CSV without DEC_CSV_PERCENT */
    DEC_PARSE_TWO_CURRENCIES,  /* "EUR 5 EUR" */
    DEC_PARSE_TOO_MANY_DECIMALS, /* more than DEC_MAX_SCALE significant decimals */
    DEC_PARSE_OVERFLOW         /* the value exceeds the range of a Dec */
} DecParseError;

/* Flags for dec_parse_csv. */
typedef enum DecCsvMode {
    DEC_CSV_DECIMAL_POINT = 0, /* "1234.56", "1,234.56": '.' decimal, ',' thousands */
    DEC_CSV_DECIMAL_COMMA = 1, /* "1234,56", "1.234,56": ',' decimal, '.' thousands */
    DEC_CSV_PERCENT = 2        /* also accept a trailing '%' and divide by 100 */
} DecCsvMode;

/* Layout for dec_format. */
typedef enum DecStyle {
    DEC_STYLE_PLAIN,      /* "-1234.5": '.' decimal, no grouping */
    DEC_STYLE_NL,         /* "-1234,5": ',' decimal, no grouping */
    DEC_STYLE_MONEY_NL,   /* "€ 1.234,50": euro sign, '.' thousands, ',' decimal;
                             negative "-€ 12,50" (the sign in front, as grip writes -€ 12.50) */
    DEC_STYLE_PERCENT,    /* value x 100 plain, then '%': 0.025 -> "2.5%" */
    DEC_STYLE_PERCENT_NL  /* value x 100 with ',' decimal, then '%': "2,5%" */
} DecStyle;

/* 'places' for dec_format (any negative value does the same): as many
 * decimals as the value needs, none for an integer (0.50 -> "0.5",
 * 12.00 -> "12"). */
#define DEC_PLACES_MIN (-1)

/* ---- construction and inspection ----------------------------------------- */

/* Returns the integer 'v' (scale 0).  Never fails. */
Dec dec_from_int(int64_t v);
/* Returns 'cents' / 100 (scale 2): dec_from_cents(-1250) is -12.50. */
Dec dec_from_cents(int64_t cents);
/* True when 'x' keeps the Dec invariants (|coef| <= DEC_COEF_MAX, scale in
 * 0..DEC_MAX_SCALE).  Every Dec this module returns is valid, and every
 * function here requires valid arguments; use this on Decs built by hand. */
bool dec_is_valid(Dec x);
/* True when 'x' is zero (at any scale). */
bool dec_is_zero(Dec x);
/* Returns -1, 0 or 1 by the sign of 'x'. */
int dec_sign(Dec x);
/* Compares by value, exactly, even where aligning the scales would overflow:
 * returns -1, 0 or 1 as 'a' is less than, equal to or greater than 'b'.
 * 1.5 and 1.50 are equal. */
int dec_cmp(Dec a, Dec b);
/* True when 'a' and 'b' have the same value (dec_cmp(a, b) == 0). */
bool dec_eq(Dec a, Dec b);
/* Returns the smaller of 'a' and 'b' by value; 'a' when they are equal. */
Dec dec_min(Dec a, Dec b);
/* Returns the larger of 'a' and 'b' by value; 'a' when they are equal. */
Dec dec_max(Dec a, Dec b);
/* Returns 'x' with trailing fraction zeros removed: 12.500 -> 12.5,
 * 3.00 -> 3 (scale 0), 0.000 -> 0.  Same value; never fails. */
Dec dec_normalize(Dec x);

/* ---- arithmetic ------------------------------------------------------------
 * Each returns true and sets '*out', or returns false on overflow and leaves
 * '*out' untouched, so the caller can report a runtime error at the
 * expression's span.  'out' may alias an argument. */

/* -'x', exact.  Never overflows (the range is symmetric). */
Dec dec_neg(Dec x);
/* |'x'|, exact.  Never overflows (the range is symmetric). */
Dec dec_abs(Dec x);
/* 'a' + 'b', exact, at the larger of the two scales.  False when the sum
 * does not fit (at that scale or any smaller one). */
bool dec_add(Dec *out, Dec a, Dec b);
/* 'a' - 'b', exact; as dec_add. */
bool dec_sub(Dec *out, Dec a, Dec b);
/* 'a' x 'b' at scale a.scale + b.scale, exact; when that exceeds
 * DEC_MAX_SCALE the product is rounded to DEC_MAX_SCALE decimals, half away
 * from zero.  False when the (rounded) product does not fit. */
bool dec_mul(Dec *out, Dec a, Dec b);
/* 'a' / 'b' rounded to DEC_DIV_SCALE decimals, half away from zero; an exact
 * quotient comes back with no trailing zeros (6 / 3 = 2, 1 / 8 = 0.125).
 * False when 'b' is zero OR the quotient does not fit: callers that report
 * the two differently test dec_is_zero('b') first (division by zero is
 * decided by the divisor alone, so that test is complete). */
bool dec_div(Dec *out, Dec a, Dec b);
/* 'a' / 'b' rounded once, directly, to 'places' decimals (0..DEC_MAX_SCALE)
 * with 'mode'; no double rounding, so round(a / b, 2) is exact to the cent.
 * An exact quotient has no trailing zeros.  False when 'b' is zero, 'places'
 * is outside 0..DEC_MAX_SCALE, or the quotient does not fit. */
bool dec_div_round(Dec *out, Dec a, Dec b, int places, DecRound mode);
/* 'x' rounded to 'places' decimals with 'mode'.  'places' may be negative
 * (-3 rounds to thousands) and may exceed the scale (then 'x' is returned
 * unchanged); the result scale is min(x.scale, max(places, 0)).  False only
 * when rounding to tens or more carries past the range (e.g. 1.7e38 to
 * -38 places). */
bool dec_round(Dec *out, Dec x, int places, DecRound mode);

/* ---- conversion ------------------------------------------------------------ */

/* Sets '*out' to 'x' when 'x' is an integer within int64 (2.00 is 2); false,
 * '*out' untouched, when 'x' has a fraction or is out of range.  Never rounds. */
bool dec_to_int(int64_t *out, Dec x);
/* Sets '*out' to 'x' in cents, rounded to 2 decimals with 'mode' (money is
 * stored with DEC_ROUND_HALF_AWAY); false, '*out' untouched, when the cents
 * do not fit in int64. */
bool dec_to_cents(int64_t *out, Dec x, DecRound mode);

/* ---- parsing -------------------------------------------------------------
 * Never via strtod: the digits are accumulated exactly.  Each parser reads
 * the 'len' bytes at 's' (no NUL needed), sets '*out' and returns DEC_PARSE_OK,
 * or returns why not and leaves '*out' untouched.  The scale is the one
 * written (27_000.50 has scale 2), adjusted by a suffix (2.5% is 0.025,
 * 104.5M is 104500000); trailing zeros beyond DEC_MAX_SCALE are dropped. */

/* A grip number literal (the token text):
 *     [+|-] digits [ '.' digits ] [ 'k' | 'M' | '%' ]
 * where digits are 0-9 with single '_' between two digits (1_000).  'k' is
 * x 1000, 'M' x 1000000, '%' / 100.  Nothing else: no spaces, no leading or
 * trailing separator (".5", "1."), no exponent (1e5), one suffix at most
 * ("300%%" fails). */
DecParseError dec_parse_literal(Dec *out, const char *s, size_t len);
/* A grip money literal: an optional sign, an optional currency prefix
 * (the euro sign U+20AC or "EUR") followed by any number of spaces, then a
 * number as in dec_parse_literal without '%':  "EUR 19000", "EUR 27_000.50",
 * "€ 104.5M", "€1200", "-€ 5", "1200".  No spaces before or after. */
DecParseError dec_parse_money_literal(Dec *out, const char *s, size_t len);
/* A CSV cell as people and spreadsheets write numbers.  'mode' is
 * DEC_CSV_DECIMAL_POINT or DEC_CSV_DECIMAL_COMMA, optionally | DEC_CSV_PERCENT.
 * Accepted, in order:
 *   spaces (' ', tab, U+00A0) around the whole cell;
 *   one optional sign ('+' or '-'), either first or right after the currency;
 *   an optional currency, the euro sign or "EUR", before the number (spaces
 *     may follow it) or after it (spaces may precede it) - not both;
 *   the number: digits, optionally grouped by thousands, then optionally the
 *     decimal separator and at least one digit;
 *   with DEC_CSV_PERCENT, an optional '%' right after the number (/ 100).
 * Point mode: "1234.56", "1,234.56", "1,234,567", "-12.5", "+3", "€1234.56".
 * Comma mode: "1234,56", "1.234,56", "€ 1.234,56", "€ -1.234,56", "12,50 €".
 * Grouping must be exact: a first group of 1-3 digits not starting with 0,
 * then groups of exactly 3, and only before the decimal separator, so the
 * readings that differ between the modes are refused, not guessed:
 * point mode refuses "1,23" and "0,123", comma mode "1.23" and "1234.56".
 * Refused: "", "€", "1.23.4", "12,34,5", ".5", "5.", "1e5", "NaN", "inf",
 * "--1", "- 1", "1-", "(1)", "1 234", "1_000", "€ 5 €", "5%" without the flag. */
DecParseError dec_parse_csv(Dec *out, const char *s, size_t len, unsigned mode);
/* Returns a static lowercase message for 'e' ("two decimal separators"),
 * without a trailing period, for diagnostics. */
const char *dec_parse_message(DecParseError e);

/* ---- formatting ------------------------------------------------------------ */

/* Writes 'x' to 'buf' in 'style' with exactly 'places' decimals (0..24,
 * larger is taken as 24; rounded half away from zero) or DEC_PLACES_MIN for
 * as many as needed.  For the percent styles 'places' counts the decimals of
 * the percentage.  Like snprintf: writes at most 'cap' - 1 bytes and a NUL
 * (nothing when 'cap' is 0) and returns the full length, which is always
 * below DEC_FORMAT_MAX.  A value that rounds to zero prints without a sign.
 *   PLAIN, 2:  1484.615 -> "1484.62",  -0.5 -> "-0.50"
 *   PLAIN, MIN: 0.50 -> "0.5",  12.00 -> "12"
 *   MONEY_NL, 2: 1234567.891 -> "€ 1.234.567,89",  -12.5 -> "-€ 12,50"
 *   PERCENT, MIN: 0.025 -> "2.5%";  PERCENT_NL: "2,5%";  0.03 -> "3%" */
size_t dec_format(char *buf, size_t cap, Dec x, DecStyle style, int places);

#endif
