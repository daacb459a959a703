/* SPDX-License-Identifier: MIT
 * describe.c - expressions and conditions in words (see describe.h).
 *
 * Two walks over the expression tree: 'cond' phrases a condition as a
 * clause, carrying a negation flag down so that 'not' lands inside the
 * predicate ("leeftijd niet kleiner dan 23 is", "er geen a in T is"), and
 * 'val' phrases a value.  A boolean operator met in a value goes to 'cond',
 * a count quantifier met in a condition goes to 'val'.
 *
 * Grouping: a chain of one boolean operator is flattened into a list
 * ("A, B en C"); an operand that is the other operator, a quantifier or an
 * if is put in parentheses, because readers of words do not know grip's
 * precedence.  In arithmetic the parentheses the policy wrote are kept
 * (AST_F_PAREN), and a phrase operand ("het jaar van datum") is
 * parenthesised.  Every word choice is in one place per construct, Dutch
 * first: the tables in docs/cli.md follow this file.
 */
#include "describe.h"

#include <string.h>

#include "../runtime/alloc.h"
#include "../runtime/date.h"
#include "../runtime/num.h"
#include "module.h"

#define NL(d) ((d)->lang == DESC_NL)

static void emit(const Describer *d, DescPart part, const char *s)
{
    d->emit(d->ctx, part, s, strlen(s));
}

static void words(const Describer *d, const char *s)
{
    emit(d, DESC_WORDS, s);
}

/* Dutch or English words, by the describer's language. */
static void say(const Describer *d, const char *nl, const char *en)
{
    words(d, NL(d) ? nl : en);
}

static void name(const Describer *d, const char *s)
{
    emit(d, DESC_NAME, s ? s : "?");
}

static void val(const Describer *d, const AstNode *e);
static void cond(const Describer *d, const AstNode *e, int neg);
static size_t dotted_len(const AstNode *e);

/* ---- literals ---------------------------------------------------------- */

static const char *duration_unit(const Describer *d, int op, int plural)
{
    switch (op) {
    case AST_OP_DAYS: return NL(d) ? (plural ? "dagen" : "dag") : (plural ? "days" : "day");
    case AST_OP_WEEKS: return NL(d) ? (plural ? "weken" : "week") : (plural ? "weeks" : "week");
    case AST_OP_MONTHS: return NL(d) ? (plural ? "maanden" : "maand") : (plural ? "months" : "month");
    default: return NL(d) ? "jaar" : (plural ? "years" : "year");
    }
}

void describe_literal(const Describer *d, const AstNode *n)
{
    char buf[DEC_FORMAT_MAX + 64];
    const char *s = n->name ? n->name : "";
    Dec x;
    switch (n->kind) {
    case AST_INT: emit(d, DESC_VALUE, s); return;
    case AST_DECIMAL: {
        /* digits '.' digits: the decimal comma, no grouping (as written) */
        size_t len = strlen(s);
        if (len >= sizeof buf) len = sizeof buf - 1;
        memcpy(buf, s, len);
        buf[len] = '\0';
        char *dot = strchr(buf, '.');
        if (dot) *dot = ',';
        emit(d, DESC_VALUE, buf);
        return;
    }
    case AST_MONEY: {
        /* whole euros as written without cents, anything else with cents */
        if (dec_parse_literal(&x, s, strlen(s)) != DEC_PARSE_OK) break;
        dec_format(buf, sizeof buf, x, DEC_STYLE_MONEY_NL, x.scale > 0 ? 2 : 0);
        emit(d, DESC_VALUE, buf);
        return;
    }
    case AST_PERCENT: {
        /* name is the number before '%': 2.5 -> 0.025 -> "2,5%" */
        if (dec_parse_literal(&x, s, strlen(s)) != DEC_PARSE_OK) break;
        Dec hundred = dec_from_int(100), f;
        if (!dec_div(&f, x, hundred)) break;
        dec_format(buf, sizeof buf, f, DEC_STYLE_PERCENT_NL, DEC_PLACES_MIN);
        emit(d, DESC_VALUE, buf);
        return;
    }
    case AST_DATE: {
        Date dt;
        if (!date_parse_iso(&dt, s, strlen(s), NULL)) break;
        emit(d, DESC_VALUE, date_format_nl(dt, buf));
        return;
    }
    case AST_DURATION: {
        int one = strcmp(s, "1") == 0;
        snprintf(buf, sizeof buf, "%s %s", s, duration_unit(d, n->op, !one));
        emit(d, DESC_VALUE, buf);
        return;
    }
    case AST_STRING:
        words(d, "\xe2\x80\x9c"); /* “ */
        emit(d, DESC_VALUE, s);
        words(d, "\xe2\x80\x9d"); /* ” */
        return;
    case AST_BOOL:
        emit(d, DESC_VALUE, n->op ? (NL(d) ? "ja" : "true") : (NL(d) ? "nee" : "false"));
        return;
    case AST_UNKNOWN: emit(d, DESC_VALUE, NL(d) ? "onbekend" : "unknown"); return;
    default: val(d, n); return;
    }
    emit(d, DESC_VALUE, s); /* not expected from a parsed literal: as written */
}

/* ---- helpers ------------------------------------------------------------ */

/* Emits 'n' nodes joined as a list: "A, B en C" ('last' is the word
 * before the last one); each through 'fn'. */
static void list(const Describer *d, AstNode *const *items, uint32_t n, const char *last,
                 void (*fn)(const Describer *, const AstNode *))
{
    for (uint32_t k = 0; k < n; k++) {
        if (k > 0) {
            if (k + 1 < n) words(d, ", ");
            else {
                words(d, " ");
                words(d, last);
                words(d, " ");
            }
        }
        fn(d, items[k]);
    }
}

static int is_bool_op(const AstNode *e)
{
    return e->kind == AST_BINARY && (e->op == AST_OP_AND || e->op == AST_OP_OR);
}

/* A fallible access: a lookup, a field or payload access, previous(). */
static int is_fallible(const AstNode *e)
{
    return e->kind == AST_DOT || e->kind == AST_INDEX || e->kind == AST_PREVIOUS;
}

/* 'a or b' meaning "b when a is missing" (the checker's CHECK_F_DEFAULT;
 * decided here from the shape of 'a'). */
static int is_default_or(const AstNode *e)
{
    return e->kind == AST_BINARY && e->op == AST_OP_OR && e->a && (is_fallible(e->a) || is_default_or(e->a));
}

/* Returns the AST_CASE named 'case_name' in any variant of the program
 * (the checker's ref when it is there), or NULL. */
static const AstNode *find_case(const Describer *d, const AstNode *callee)
{
    if (callee->ref && callee->ref->kind == AST_CASE) return callee->ref;
    const char *case_name = callee->name;
    if (!d->prog || !case_name) return NULL;
    for (uint32_t m = 0; m < d->prog->n_modules; m++) {
        const AstNode *root = d->prog->modules[m]->root;
        for (uint32_t k = 0; root && k < root->n_items; k++) {
            const AstNode *v = root->items[k];
            if (v->kind != AST_VARIANT) continue;
            for (uint32_t c = 0; c < v->n_items; c++)
                if (v->items[c]->name && strcmp(v->items[c]->name, case_name) == 0) return v->items[c];
        }
    }
    return NULL;
}

/* Emits a condition as an operand of a boolean list, in parentheses when
 * it would otherwise read ambiguously. */
static void cond_operand(const Describer *d, const AstNode *e, int parent_op)
{
    int paren = (is_bool_op(e) && e->op != parent_op) || e->kind == AST_QUANT || e->kind == AST_IF;
    if (e->kind == AST_QUANT && e->op == AST_OP_COUNT) paren = 0;
    if (paren) words(d, "(");
    cond(d, e, 0);
    if (paren) words(d, ")");
}

/* Collects the operands of a chain of operator 'op' into 'out' (at most
 * 'cap'; returns how many). */
static uint32_t flatten(const AstNode *e, int op, const AstNode **out, uint32_t n, uint32_t cap)
{
    if (is_bool_op(e) && e->op == op && !is_default_or(e)) {
        n = flatten(e->a, op, out, n, cap);
        return flatten(e->b, op, out, n, cap);
    }
    if (n < cap) out[n++] = e;
    return n;
}

/* Longest and/or chain flattened into one list; longer chains nest
 * (still correct, with parentheses). */
#define MAX_CHAIN 64

static void bool_chain(const Describer *d, const AstNode *e)
{
    const AstNode *ops[MAX_CHAIN];
    uint32_t n = flatten(e, e->op, ops, 0, MAX_CHAIN);
    const char *last = e->op == AST_OP_AND ? (NL(d) ? "en" : "and") : (NL(d) ? "of" : "or");
    for (uint32_t k = 0; k < n; k++) {
        if (k > 0) {
            if (k + 1 < n) words(d, ", ");
            else {
                words(d, " ");
                words(d, last);
                words(d, " ");
            }
        }
        cond_operand(d, ops[k], e->op);
    }
}

/* ---- conditions --------------------------------------------------------- */

/* True when 'a <= b' / 'a >= b' reads well as "a b of minder/meer": a
 * number, amount or percentage on the right and a single name or value on
 * the left, so the two cannot run together. */
static int plain_bound(const AstNode *e)
{
    int k = e->b->kind;
    if (k != AST_INT && k != AST_DECIMAL && k != AST_MONEY && k != AST_PERCENT) return 0;
    return dotted_len(e->a) > 0 || e->a->kind == AST_INT || e->a->kind == AST_DECIMAL ||
           e->a->kind == AST_MONEY || e->a->kind == AST_PERCENT;
}

/* The predicate of a comparison 'a OP b', negated when 'neg'. */
static void comparison(const Describer *d, const AstNode *e, int neg)
{
    int op = e->op;
    if (op == AST_OP_NE && neg) {
        op = AST_OP_EQ; /* not (a != b): a = b */
        neg = 0;
    }
    val(d, e->a);
    if (NL(d)) {
        words(d, neg ? " niet " : " ");
        switch (op) {
        case AST_OP_EQ: words(d, "gelijk is aan "); val(d, e->b); return;
        case AST_OP_NE: words(d, "niet gelijk is aan "); val(d, e->b); return;
        case AST_OP_LT: words(d, "kleiner dan "); val(d, e->b); words(d, " is"); return;
        case AST_OP_GT: words(d, "groter dan "); val(d, e->b); words(d, " is"); return;
        case AST_OP_LE:
        case AST_OP_GE:
            if (plain_bound(e)) { /* "leeftijd 18 of meer is" */
                val(d, e->b);
                words(d, op == AST_OP_LE ? " of minder is" : " of meer is");
            } else { /* "kosten ten hoogste vorige_kosten is" */
                words(d, op == AST_OP_LE ? "ten hoogste " : "ten minste ");
                val(d, e->b);
                words(d, " is");
            }
            return;
        default: return;
        }
    }
    words(d, neg ? " is not " : " is ");
    switch (op) {
    case AST_OP_EQ: words(d, "equal to "); break;
    case AST_OP_NE: words(d, "not equal to "); break;
    case AST_OP_LT: words(d, "less than "); break;
    case AST_OP_GT: words(d, "more than "); break;
    case AST_OP_LE: words(d, "at most "); break;
    default: words(d, "at least "); break;
    }
    val(d, e->b);
}

/* 'a in b', negated when 'neg'. */
static void membership(const Describer *d, const AstNode *e, int neg)
{
    const AstNode *set = e->b;
    val(d, e->a);
    if (set->kind == AST_SET_LIT && set->n_items > 0) {
        if (set->n_items == 1) {
            say(d, neg ? " niet gelijk is aan " : " gelijk is aan ", neg ? " is not equal to " : " is equal to ");
            val(d, set->items[0]);
            return;
        }
        say(d, neg ? " geen van " : " een van ", neg ? " is none of " : " is one of ");
        list(d, set->items, set->n_items, NL(d) ? "of" : "or", val);
        if (NL(d)) words(d, " is");
        return;
    }
    if (NL(d)) {
        words(d, neg ? " niet tot " : " tot ");
        val(d, set);
        words(d, " behoort");
    } else {
        words(d, neg ? " is not in " : " is in ");
        val(d, set);
    }
}

/* any / all as a clause. */
static void quantifier(const Describer *d, const AstNode *e, int neg)
{
    if (e->op == AST_OP_ALL) {
        if (neg) say(d, "niet ", "not ");
        say(d, "voor elke ", "for every ");
        name(d, e->name);
        words(d, NL(d) ? " in " : " in ");
        val(d, e->a);
        if (e->b) {
            say(d, " geldt dat ", ", ");
            cond(d, e->b, 0);
        }
        return;
    }
    if (NL(d)) {
        words(d, neg ? "er geen " : "er een ");
        name(d, e->name);
        words(d, " in ");
        val(d, e->a);
        words(d, " is");
        if (e->b) {
            words(d, " waarvoor ");
            cond(d, e->b, 0);
        }
        return;
    }
    words(d, neg ? "there is no " : "there is some ");
    name(d, e->name);
    words(d, " in ");
    val(d, e->a);
    if (e->b) {
        words(d, " for which ");
        cond(d, e->b, 0);
    }
}

static void cond(const Describer *d, const AstNode *e, int neg)
{
    if (!e) {
        name(d, "?");
        return;
    }
    switch (e->kind) {
    case AST_BINARY:
        switch (e->op) {
        case AST_OP_AND:
        case AST_OP_OR:
            if (is_default_or(e)) break; /* a value: "a, or b when that is missing" */
            if (neg) {
                say(d, "niet (", "not (");
                bool_chain(d, e);
                words(d, ")");
            } else {
                bool_chain(d, e);
            }
            return;
        case AST_OP_EQ: case AST_OP_NE: case AST_OP_LT: case AST_OP_LE: case AST_OP_GT: case AST_OP_GE:
            comparison(d, e, neg);
            return;
        case AST_OP_IN:
            membership(d, e, neg);
            return;
        default: break;
        }
        break;
    case AST_IS:
        val(d, e->a);
        if (NL(d)) {
            words(d, neg ? " niet " : " ");
            name(d, e->name);
            words(d, " is");
        } else {
            words(d, neg ? " is not " : " is ");
            name(d, e->name);
        }
        return;
    case AST_UNARY:
        if (e->op == AST_OP_NOT) {
            cond(d, e->a, !neg);
            return;
        }
        break;
    case AST_QUANT:
        if (e->op != AST_OP_COUNT) {
            quantifier(d, e, neg);
            return;
        }
        break;
    case AST_IF:
        if (neg) say(d, "niet ", "not ");
        words(d, "(");
        val(d, e);
        words(d, ")");
        return;
    default: break;
    }
    if (neg) say(d, "niet ", "not ");
    val(d, e);
}

void describe_condition(const Describer *d, const AstNode *c)
{
    cond(d, c, 0);
}

/* ---- values ------------------------------------------------------------- */

/* Binding strength of a value for arithmetic parenthesising: higher binds
 * tighter.  Phrases (words around operands) count as loose. */
static int prec(const AstNode *e)
{
    switch (e->kind) {
    case AST_BINARY:
        switch (e->op) {
        case AST_OP_ADD: case AST_OP_SUB: return 6;
        case AST_OP_MUL: case AST_OP_DIV: return 7;
        default: return 1;
        }
    case AST_UNARY: return e->op == AST_OP_NEG ? 8 : 1;
    case AST_NAME: case AST_IDENT: case AST_INT: case AST_DECIMAL: case AST_MONEY: case AST_PERCENT:
    case AST_DATE: case AST_DURATION: case AST_STRING: case AST_BOOL: case AST_UNKNOWN:
        return 10;
    case AST_DOT: return e->a && e->a->kind == AST_INDEX ? 1 : 10;
    case AST_CALL:
        return 1; /* builtins read as phrases; other calls are written f(x) but a phrase is safe */
    default: return 1;
    }
}

/* An arithmetic operand: in parentheses when written so, or when looser
 * than its operator ('right' side of - and / also at equal strength). */
static void operand(const Describer *d, const AstNode *e, int parent, int right, int parent_op)
{
    int p = prec(e);
    int paren = p < parent || (right && p == parent && (parent_op == AST_OP_SUB || parent_op == AST_OP_DIV));
    if ((e->flags & AST_F_PAREN) && p < 10) paren = 1;
    if (e->kind == AST_CALL && !(e->flags & AST_F_PAREN) && e->a && e->a->kind == AST_NAME) {
        /* a plain function call f(x) is an atom; a builtin phrase is not */
        static const char *const phrases[] = {"round", "abs", "years_between", "months_between",
                                              "days_between", "year", "month", "quarter",
                                              "half_year", "day", "remaining", "label", "rule_name"};
        paren = 0;
        for (size_t k = 0; k < sizeof phrases / sizeof phrases[0]; k++)
            if (strcmp(e->a->name, phrases[k]) == 0) paren = 1;
    }
    if (paren) words(d, "(");
    val(d, e);
    if (paren) words(d, ")");
}

static const char *arith_symbol(int op)
{
    switch (op) {
    case AST_OP_ADD: return " + ";
    case AST_OP_SUB: return " \xe2\x88\x92 "; /* − */
    case AST_OP_MUL: return " \xc3\x97 ";     /* × */
    default: return " / ";
    }
}

/* Emits 'e' as a value that will be followed by more words: in
 * parentheses when it is itself a list or an if. */
static void val_enclosed(const Describer *d, const AstNode *e)
{
    int paren = e->kind == AST_IF || is_bool_op(e) || e->kind == AST_QUANT;
    if (paren) words(d, "(");
    val(d, e);
    if (paren) words(d, ")");
}

/* Emits 'e' as the argument of a phrase ("het jaar van X"): also
 * arithmetic goes in parentheses, so "van (a + b)" cannot be misread. */
static void val_arg(const Describer *d, const AstNode *e)
{
    int arith = e->kind == AST_BINARY && (e->op == AST_OP_ADD || e->op == AST_OP_SUB ||
                                          e->op == AST_OP_MUL || e->op == AST_OP_DIV);
    if (!arith) {
        val_enclosed(d, e);
        return;
    }
    words(d, "(");
    val(d, e);
    words(d, ")");
}

/* Builtin calls in words; returns 0 when 'e' is not one we phrase. */
static int builtin_call(const Describer *d, const AstNode *e)
{
    const char *f = e->a && e->a->kind == AST_NAME ? e->a->name : NULL;
    uint32_t n = e->n_items;
    AstNode *const *x = e->items;
    if (!f) return 0;
    if (n == 2 && (strcmp(f, "years_between") == 0 || strcmp(f, "months_between") == 0 ||
                   strcmp(f, "days_between") == 0)) {
        if (f[0] == 'y') say(d, "het aantal hele jaren van ", "the whole years from ");
        else if (f[0] == 'm') say(d, "het aantal hele maanden van ", "the whole months from ");
        else say(d, "het aantal dagen van ", "the days from ");
        val_arg(d, x[0]);
        say(d, " tot ", " to ");
        val_arg(d, x[1]);
        return 1;
    }
    static const struct {
        const char *fn, *nl, *en;
    } of[] = {
        {"year", "het jaar van ", "the year of "},
        {"month", "de maand van ", "the month of "},
        {"quarter", "het kwartaal van ", "the quarter of "},
        {"half_year", "het halfjaar van ", "the half year of "},
        {"day", "de dag van de maand van ", "the day of the month of "},
        {"abs", "de absolute waarde van ", "the absolute value of "},
    };
    for (size_t k = 0; k < sizeof of / sizeof of[0]; k++) {
        if (n == 1 && strcmp(f, of[k].fn) == 0) {
            say(d, of[k].nl, of[k].en);
            val_arg(d, x[0]);
            return 1;
        }
    }
    if (n == 1 && strcmp(f, "remaining") == 0) {
        say(d, "het resterende budget van ", "the remaining budget of ");
        if (x[0]->kind == AST_INDEX && x[0]->a) {
            val(d, x[0]->a);
            say(d, " voor ", " for ");
            list(d, x[0]->items, x[0]->n_items, NL(d) ? "en" : "and", val_arg);
        } else {
            val(d, x[0]);
        }
        return 1;
    }
    if (n == 1 && (strcmp(f, "label") == 0 || strcmp(f, "rule_name") == 0)) {
        if (f[0] == 'l') say(d, "het artikel van de regel die over ", "the label of the rule that decided ");
        else say(d, "de naam van de regel die over ", "the name of the rule that decided ");
        val_arg(d, x[0]);
        say(d, " besliste", "");
        return 1;
    }
    if (n >= 1 && n <= 3 && strcmp(f, "round") == 0) {
        val_enclosed(d, x[0]);
        say(d, ", afgerond", ", rounded");
        if (n >= 2) {
            say(d, " op ", " to ");
            val(d, x[1]);
            say(d, " decimalen", " decimals");
        }
        if (n == 3) {
            words(d, " (");
            val(d, x[2]);
            words(d, ")");
        }
        return 1;
    }
    return 0;
}

static const char *aggregate_word(const Describer *d, int op)
{
    switch (op) {
    case AST_OP_SUM: return NL(d) ? "de som van " : "the sum of ";
    case AST_OP_MIN: return NL(d) ? "het minimum van " : "the minimum of ";
    case AST_OP_MAX: return NL(d) ? "het maximum van " : "the maximum of ";
    case AST_OP_AVG: return NL(d) ? "het gemiddelde van " : "the average of ";
    case AST_OP_MEDIAN: return NL(d) ? "de mediaan van " : "the median of ";
    case AST_OP_COUNT: return NL(d) ? "het aantal" : "the number of rows";
    default: return NL(d) ? "het aandeel" : "the share"; /* share() */
    }
}

static void aggregate(const Describer *d, const AstNode *e)
{
    if (e->flags & AST_F_FOR) {
        words(d, aggregate_word(d, e->op));
        if (e->n_items > 0) val_arg(d, e->items[0]);
        say(d, " voor elke ", " for every ");
        name(d, e->name);
        words(d, " in ");
        val(d, e->b);
        if (e->c) {
            say(d, " waarvoor ", " for which ");
            cond(d, e->c, 0);
        }
        return;
    }
    if (e->n_items == 0) {
        words(d, aggregate_word(d, e->op));
        return;
    }
    words(d, aggregate_word(d, e->op));
    list(d, e->items, e->n_items, NL(d) ? "en" : "and", val_arg);
}

/* 'a or b or c' meaning the first of them that is not missing:
 * "a, of b als dat ontbreekt"; three or more: "de eerste die er is van a,
 * b en c". */
static void default_chain(const Describer *d, const AstNode *e)
{
    const AstNode *alts[MAX_CHAIN];
    uint32_t n = 0;
    const AstNode *at = e;
    while (is_default_or(at) && n + 1 < MAX_CHAIN) {
        alts[n++] = at->b;
        at = at->a;
    }
    alts[n++] = at;
    if (n == 2) {
        val(d, alts[1]);
        say(d, ", of ", ", or ");
        val_enclosed(d, alts[0]);
        say(d, " als dat ontbreekt", " when that is missing");
        return;
    }
    say(d, "de eerste die er is van ", "the first present of ");
    for (uint32_t k = n; k-- > 0;) {
        val_enclosed(d, alts[k]);
        if (k > 1) words(d, ", ");
        else if (k == 1) say(d, " en ", " and ");
    }
}

/* The length of 'e' written as a dotted name ("a.b.c"), or 0 when 'e' is
 * not a chain of names. */
static size_t dotted_len(const AstNode *e)
{
    if (e->kind == AST_NAME && e->name) return strlen(e->name);
    if (e->kind != AST_DOT || !e->name || !e->a || (e->a->flags & AST_F_PAREN)) return 0;
    size_t left = dotted_len(e->a);
    return left ? left + 1 + strlen(e->name) : 0;
}

/* Writes the dotted name of 'e' (dotted_len(e) > 0) and a NUL to 'buf';
 * returns the end of what was written. */
static char *dotted_write(const AstNode *e, char *buf)
{
    if (e->kind == AST_DOT) {
        buf = dotted_write(e->a, buf);
        *buf++ = '.';
    }
    size_t len = strlen(e->name);
    memcpy(buf, e->name, len + 1);
    return buf + len;
}

/* 'if c then a else b' chains: "A als C, B als D, anders E". */
static void if_chain(const Describer *d, const AstNode *e)
{
    int first = 1;
    while (e && e->kind == AST_IF) {
        if (!first) words(d, ", ");
        val_enclosed(d, e->b);
        say(d, " als ", " if ");
        cond(d, e->a, 0);
        first = 0;
        e = e->c;
        if (e && (e->flags & AST_F_PAREN)) break;
    }
    say(d, ", anders ", ", otherwise ");
    val_enclosed(d, e);
}

static void val(const Describer *d, const AstNode *e)
{
    if (!e) {
        name(d, "?");
        return;
    }
    switch (e->kind) {
    case AST_NAME:
    case AST_IDENT:
        name(d, e->name);
        return;
    case AST_INT: case AST_DECIMAL: case AST_MONEY: case AST_PERCENT: case AST_DATE:
    case AST_DURATION: case AST_STRING: case AST_BOOL: case AST_UNKNOWN:
        describe_literal(d, e);
        return;
    case AST_SET_LIT:
        if (e->n_items == 0) say(d, "geen", "none");
        else list(d, e->items, e->n_items, NL(d) ? "en" : "and", val);
        return;
    case AST_UNARY:
        if (e->op == AST_OP_NEG) {
            words(d, "\xe2\x88\x92"); /* − */
            operand(d, e->a, 8, 0, AST_OP_NEG);
            return;
        }
        cond(d, e, 0);
        return;
    case AST_BINARY:
        switch (e->op) {
        case AST_OP_ADD: case AST_OP_SUB: case AST_OP_MUL: case AST_OP_DIV: {
            int p = prec(e);
            operand(d, e->a, p, 0, e->op);
            words(d, arith_symbol(e->op));
            operand(d, e->b, p, 1, e->op);
            return;
        }
        case AST_OP_OR:
            if (is_default_or(e)) {
                default_chain(d, e);
                return;
            }
            cond(d, e, 0);
            return;
        default:
            cond(d, e, 0);
            return;
        }
    case AST_IF:
        if_chain(d, e);
        return;
    case AST_IS:
        cond(d, e, 0);
        return;
    case AST_DOT:
        if (e->a && e->a->kind == AST_INDEX && e->a->a) {
            /* plafonds[aanbieder, jaar].plafond: "plafond uit plafonds voor aanbieder en jaar" */
            name(d, e->name);
            say(d, " uit ", " from ");
            val(d, e->a->a);
            say(d, " voor ", " for ");
            list(d, e->a->items, e->a->n_items, NL(d) ? "en" : "and", val_arg);
            return;
        }
        if (dotted_len(e)) {
            /* a.b.c: one name, as written */
            size_t len = dotted_len(e);
            char small[256];
            char *buf = len < sizeof small ? small : xmalloc(len + 1);
            dotted_write(e, buf);
            name(d, buf);
            if (buf != small) xfree(buf);
            return;
        }
        words(d, "(");
        val(d, e->a);
        words(d, ").");
        name(d, e->name);
        return;
    case AST_INDEX:
        say(d, "de rij van ", "the row of ");
        val(d, e->a);
        say(d, " voor ", " for ");
        list(d, e->items, e->n_items, NL(d) ? "en" : "and", val_arg);
        return;
    case AST_CALL:
        if (builtin_call(d, e)) return;
        val(d, e->a);
        words(d, "(");
        for (uint32_t k = 0; k < e->n_items; k++) {
            if (k) words(d, ", ");
            val(d, e->items[k]);
        }
        words(d, ")");
        return;
    case AST_RECORD_LIT:
        /* Adres (straat: “Dorpsstraat”, huisnummer: 1), like a constructor */
        val(d, e->a);
        words(d, " (");
        for (uint32_t k = 0; k < e->n_items; k++) {
            if (k) words(d, ", ");
            name(d, e->items[k]->name);
            words(d, ": ");
            val(d, e->items[k]->a);
        }
        words(d, ")");
        return;
    case AST_VARIANT_OF:
        say(d, "de soort van ", "the kind of ");
        val_arg(d, e->a);
        return;
    case AST_PREVIOUS:
        name(d, e->name);
        say(d, " van het vorige jaar", " of the previous year");
        return;
    case AST_QUANT:
        if (e->op == AST_OP_COUNT) {
            say(d, "het aantal ", "the number of ");
            name(d, e->name);
            words(d, " in ");
            val(d, e->a);
            if (e->b) {
                say(d, " waarvoor ", " for which ");
                cond(d, e->b, 0);
            }
            return;
        }
        cond(d, e, 0);
        return;
    case AST_AGGREGATE:
        aggregate(d, e);
        return;
    case AST_TYPE_NAME: case AST_TYPE_SET: case AST_TYPE_LIST:
        describe_type(d, e);
        return;
    default:
        name(d, e->name ? e->name : "?");
        return;
    }
}

void describe_value(const Describer *d, const AstNode *e)
{
    val(d, e);
}

void describe_outcome(const Describer *d, const AstNode *e)
{
    if (e && e->kind == AST_CALL && e->a && e->a->kind == AST_NAME) {
        const AstNode *c = find_case(d, e->a);
        if (c) {
            /* a constructor: afgewezen (reden: “leeftijd”) */
            name(d, e->a->name);
            if (e->n_items == 0) return;
            words(d, " (");
            for (uint32_t k = 0; k < e->n_items; k++) {
                if (k) words(d, ", ");
                if (k < c->n_items && c->items[k]->name) {
                    name(d, c->items[k]->name);
                    words(d, ": ");
                }
                val(d, e->items[k]);
            }
            words(d, ")");
            return;
        }
    }
    val(d, e);
}

void describe_type(const Describer *d, const AstNode *t)
{
    if (!t) {
        name(d, "?");
        return;
    }
    if (t->kind == AST_TYPE_SET || t->kind == AST_TYPE_LIST) {
        if (t->kind == AST_TYPE_SET) say(d, "verzameling van ", "set of ");
        else say(d, "lijst van ", "list of ");
        describe_type(d, t->a);
        return;
    }
    static const struct {
        const char *type, *nl, *en;
    } prim[] = {
        {"bool", "ja/nee", "yes/no"},      {"int", "geheel getal", "whole number"},
        {"decimal", "getal", "number"},    {"money", "bedrag", "amount"},
        {"percent", "percentage", "percentage"}, {"date", "datum", "date"},
        {"duration", "duur", "duration"},  {"text", "tekst", "text"},
    };
    for (size_t k = 0; t->name && k < sizeof prim / sizeof prim[0]; k++) {
        if (strcmp(t->name, prim[k].type) == 0) {
            say(d, prim[k].nl, prim[k].en);
            return;
        }
    }
    name(d, t->name);
}

/* ---- strings ------------------------------------------------------------- */

typedef struct Buf {
    char *s;    /* xmalloc'ed, NUL-terminated */
    size_t len; /* bytes used */
    size_t cap; /* bytes allocated */
} Buf;

static void buf_add(void *ctx, DescPart part, const char *text, size_t len)
{
    Buf *b = ctx;
    (void)part;
    b->s = xgrow(b->s, &b->cap, b->len + len + 1, 1);
    memcpy(b->s + b->len, text, len);
    b->len += len;
    b->s[b->len] = '\0';
}

const char *describe_string(Arena *arena, DescLang lang, const Program *prog, const AstNode *node,
                            DescWhat what)
{
    Buf b = {NULL, 0, 0};
    Describer d = {lang, buf_add, &b, prog};
    switch (what) {
    case DESC_AS_CONDITION: describe_condition(&d, node); break;
    case DESC_AS_VALUE: describe_value(&d, node); break;
    case DESC_AS_OUTCOME: describe_outcome(&d, node); break;
    default: describe_type(&d, node); break;
    }
    const char *out = arena_strndup(arena, b.s ? b.s : "", b.len);
    xfree(b.s);
    return out;
}

const char *describe_source(Arena *arena, const Program *prog, const AstNode *node)
{
    const SourceFile *f = node ? sources_get(&prog->sources, node->span.file) : NULL;
    if (!f || node->span.end > f->len || node->span.start > node->span.end) return "";
    const char *text = f->text;
    uint32_t start = node->span.start, end = node->span.end;
    /* the indentation to remove: that of the line the node starts on */
    uint32_t ls = start;
    while (ls > 0 && text[ls - 1] != '\n') ls--;
    uint32_t indent = 0;
    while (ls + indent < start && (text[ls + indent] == ' ' || text[ls + indent] == '\t')) indent++;
    Buf b = {NULL, 0, 0};
    uint32_t k = start;
    while (k < end) {
        uint32_t le = k;
        while (le < end && text[le] != '\n') le++;
        uint32_t te = le;
        while (te > k && (text[te - 1] == ' ' || text[te - 1] == '\t' || text[te - 1] == '\r')) te--;
        buf_add(&b, DESC_WORDS, text + k, te - k);
        if (le >= end) break;
        buf_add(&b, DESC_WORDS, "\n", 1);
        k = le + 1;
        for (uint32_t skip = 0; skip < indent && k < end && (text[k] == ' ' || text[k] == '\t'); skip++) k++;
    }
    while (b.len > 0 && b.s[b.len - 1] == '\n') b.s[--b.len] = '\0';
    const char *out = arena_strndup(arena, b.s ? b.s : "", b.len);
    xfree(b.s);
    return out;
}
