/* SPDX-License-Identifier: MIT
 * ast_kinds.h - the list of AST node kinds (X-macro), with each kind's
 * payload.  Internal to lang/ and its consumers (check, lower).
 *
 * X(KIND, "dump name", a, b, c, d, e, items)
 * The six last columns name the role of the fixed children a..e and of the
 * 'items' array for that kind (0 = unused); ast_dump prints these roles, so
 * this table is also the reference for what each slot holds.  'name' and
 * 'op' are described in the comment before each entry.  Optional children
 * are NULL when absent.  Every kind keeps its Span; declarations and rules
 * also have an AstDeclInfo (doc string, article label, owning module).
 */
#ifndef GRIP_LANG_AST_KINDS_H
#define GRIP_LANG_AST_KINDS_H

#define AST_KINDS(X) \
    /* the root of one file; name: the module name it was loaded as */ \
    X(AST_FILE, "file", 0, 0, 0, 0, 0, "decls") \
    /* ---- declarations (all have 'decl' info) ---- */ \
    /* name: the declared dotted module name */ \
    X(AST_MODULE, "module", 0, 0, 0, 0, 0, 0) \
    /* name: dotted module name; a: AST_IDENT alias ('use x as y') */ \
    X(AST_USE, "use", "alias", 0, 0, 0, 0, 0) \
    /* name: dotted module name of the base */ \
    X(AST_EXTENDS, "extends", 0, 0, 0, 0, 0, 0) \
    /* name: type name; items: AST_MEMBER */ \
    X(AST_ENUM, "enum", 0, 0, 0, 0, 0, "members") \
    /* name: member name */ \
    X(AST_MEMBER, "member", 0, 0, 0, 0, 0, 0) \
    /* name: type name; items: AST_CASE */ \
    X(AST_VARIANT, "variant", 0, 0, 0, 0, 0, "cases") \
    /* name: case (constructor) name; items: AST_PARAM payload fields */ \
    X(AST_CASE, "case", 0, 0, 0, 0, 0, "fields") \
    /* name: type name; items: AST_FIELD */ \
    X(AST_RECORD, "record", 0, 0, 0, 0, 0, "fields") \
    /* name: dataset name; a: AST_IDENT 'dated by' field; items: AST_FIELD */ \
    X(AST_INPUT, "input", "dated_by", 0, 0, 0, 0, "fields") \
    /* name: field name; a: type; b: default value; flags: AST_F_KEY */ \
    X(AST_FIELD, "field", "type", "default", 0, 0, 0, 0) \
    /* name: table name; a: AST_LIST of AST_IDENT key columns; b: AST_LIST of \
     * AST_ROW inline rows; items: AST_FIELD; flags: AST_F_OVERRIDE */ \
    X(AST_TABLE, "table", "key", "rows", 0, 0, 0, "fields") \
    /* one inline row '| a | b |'; items: the cell expressions */ \
    X(AST_ROW, "row", 0, 0, 0, 0, 0, "cells") \
    /* name: parameter name; a: type; b: value outside every period; items: \
     * AST_PERIOD dated values; flags: AST_F_OVERRIDE */ \
    X(AST_PARAMETER, "parameter", "type", "value", 0, 0, 0, "periods") \
    /* a period: a: 'from' date; b: 'until' date (inclusive); c: the value \
     * (parameters; NULL for a rule's validity) */ \
    X(AST_PERIOD, "period", "from", "until", "value", 0, 0, 0) \
    /* name: definition name; a: result type; b: body; items: AST_PARAM; \
     * flags: AST_F_FUNCTION (declared with parentheses), AST_F_OVERRIDE */ \
    X(AST_DEF, "def", "type", "body", 0, 0, 0, "params") \
    /* name: parameter or payload field name; a: its type */ \
    X(AST_PARAM, "param", "type", 0, 0, 0, 0, 0) \
    /* name: decision name; a: result type (NULL: adds rules to an inherited \
     * decision); b: 'otherwise' result; items: AST_RULE in order; \
     * flags: AST_F_UNIQUE */ \
    X(AST_DECISION, "decision", "type", "otherwise", 0, 0, 0, "rules") \
    /* name: rule name; decl->label: article label; a: result; b: 'when'; \
     * c: 'unless'; d: AST_IDENT rule it is an 'exception to'; e: AST_PERIOD \
     * 'valid from .. until ..'; flags: AST_F_OVERRIDE */ \
    X(AST_RULE, "rule", "result", "when", "unless", "exception_to", "valid", 0) \
    /* name: budget name; a: limit; b: AST_LIST of AST_CHARGE; items: the \
     * 'per' key expressions */ \
    X(AST_BUDGET, "budget", "limit", "charges", 0, 0, 0, "per") \
    /* a: amount charged; b: 'when' condition */ \
    X(AST_CHARGE, "charge", "amount", "when", 0, 0, 0, 0) \
    /* name: allocation name; a: 'over' source; b: total; c: weight (NULL \
     * with AST_F_EQUAL); d: cap per recipient; items: AST_ORDER_KEY groups \
     * served in order */ \
    X(AST_ALLOCATION, "allocation", "over", "total", "weight", "cap", 0, "order") \
    /* name: series name; a: AST_IDENT year variable; b: first; c: last; \
     * items: AST_COLUMN */ \
    X(AST_SERIES, "series", "var", "from", "to", 0, 0, "columns") \
    /* name: column name; a: type (series only); b: value; c: 'where' filter \
     * (report columns only) */ \
    X(AST_COLUMN, "column", "type", "value", "where", 0, 0, 0) \
    /* name: report name; a: 'over' source; b: 'where' filter; c: AST_LIST of \
     * AST_GROUP_KEY; d: AST_LIST of AST_ORDER_KEY; items: AST_COLUMN; \
     * flags: AST_F_TOTALS ('with totals') */ \
    X(AST_REPORT, "report", "over", "where", "group", "order", 0, "columns") \
    /* name: column name given with 'as' (or NULL); a: the key expression */ \
    X(AST_GROUP_KEY, "group_key", "key", 0, 0, 0, 0, 0) \
    /* a: the key expression; flags: AST_F_DESC */ \
    X(AST_ORDER_KEY, "order_key", "key", 0, 0, 0, 0, 0) \
    /* name: output name; items: AST_COLUMN */ \
    X(AST_OUTPUT, "output", 0, 0, 0, 0, 0, "columns") \
    /* name: the test's title; items: the steps (GIVEN WITH SET ON EXPECT) */ \
    X(AST_TEST, "test", 0, 0, 0, 0, 0, "steps") \
    /* name: input name; items: AST_INIT field values */ \
    X(AST_GIVEN, "given", 0, 0, 0, 0, 0, "fields") \
    /* name: field name; a: value */ \
    X(AST_INIT, "init", "value", 0, 0, 0, 0, 0) \
    /* name: table name; items: AST_ROW */ \
    X(AST_WITH, "with", 0, 0, 0, 0, 0, "rows") \
    /* name: parameter name; a: value for this test */ \
    X(AST_SET_PARAM, "set_param", "value", 0, 0, 0, 0, 0) \
    /* a: the reference date of this test */ \
    X(AST_ON, "on", "date", 0, 0, 0, 0, 0) \
    /* 'expect X = Y': a: X, b: Y.  'expect COND': a: COND, b: NULL. \
     * 'expect error "text"': flags AST_F_EXPECT_ERROR, name: text or NULL */ \
    X(AST_EXPECT, "expect", "actual", "expected", 0, 0, 0, 0) \
    /* ---- expressions (the checker sets 'type'; names get 'ref') ---- */ \
    /* name: identifier */ \
    X(AST_NAME, "name", 0, 0, 0, 0, 0, 0) \
    /* name: identifier in a non-expression place (alias, key column, \
     * 'dated by' field, 'exception to' rule, series variable) */ \
    X(AST_IDENT, "ident", 0, 0, 0, 0, 0, 0) \
    /* name: digits without '_' ("1000") */ \
    X(AST_INT, "int", 0, 0, 0, 0, 0, 0) \
    /* name: digits '.' digits without '_' ("2.5") */ \
    X(AST_DECIMAL, "decimal", 0, 0, 0, 0, 0, 0) \
    /* name: euros as an exact decimal, 'k'/'M' applied ("104500000", \
     * "27000.50"); at most two decimals */ \
    X(AST_MONEY, "money", 0, 0, 0, 0, 0, 0) \
    /* name: the number before '%' ("2.5" for 2.5%) */ \
    X(AST_PERCENT, "percent", 0, 0, 0, 0, 0, 0) \
    /* name: "YYYY-MM-DD", a valid calendar date */ \
    X(AST_DATE, "date", 0, 0, 0, 0, 0, 0) \
    /* name: whole amount ("6"); op: AST_OP_DAYS/WEEKS/MONTHS/YEARS */ \
    X(AST_DURATION, "duration", 0, 0, 0, 0, 0, 0) \
    /* name: the text with escapes decoded (never contains NUL) */ \
    X(AST_STRING, "string", 0, 0, 0, 0, 0, 0) \
    /* op: 1 for true, 0 for false */ \
    X(AST_BOOL, "bool", 0, 0, 0, 0, 0, 0) \
    /* 'unknown': a value not known (a series year marked "??") */ \
    X(AST_UNKNOWN, "unknown", 0, 0, 0, 0, 0, 0) \
    /* '{a, b}'; items: elements */ \
    X(AST_SET_LIT, "set_literal", 0, 0, 0, 0, 0, "elements") \
    /* op: AST_OP_NEG or AST_OP_NOT; a: operand */ \
    X(AST_UNARY, "unary", "operand", 0, 0, 0, 0, 0) \
    /* op: arithmetic, comparison, AST_OP_AND, AST_OP_OR, AST_OP_IN.  'a or b' \
     * is AST_OP_OR for boolean or and for default-on-missing alike: the \
     * checker decides by the type of 'a' */ \
    X(AST_BINARY, "binary", "left", "right", 0, 0, 0, 0) \
    /* a: condition; b: then; c: else */ \
    X(AST_IF, "if", "cond", "then", "else", 0, 0, 0) \
    /* 'x is toegekend'; a: x; name: the variant case */ \
    X(AST_IS, "is", "value", 0, 0, 0, 0, 0) \
    /* 'a.b'; a: a; name: b (field, or member of a module) */ \
    X(AST_DOT, "dot", "object", 0, 0, 0, 0, 0) \
    /* 't[k1, k2]'; a: t; items: keys */ \
    X(AST_INDEX, "index", "table", 0, 0, 0, 0, "keys") \
    /* 'f(x, y)'; a: callee (AST_NAME or AST_DOT); items: arguments. \
     * Builtins, functions and variant constructors alike */ \
    X(AST_CALL, "call", "callee", 0, 0, 0, 0, "args") \
    /* 'Adres(straat: "x", huisnummer: 1)', a record built field by field; \
     * a: the record type's name (AST_NAME or AST_DOT); items: AST_INIT */ \
    X(AST_RECORD_LIT, "record_literal", "type", 0, 0, 0, 0, "fields") \
    /* 'variant(x)'; a: x */ \
    X(AST_VARIANT_OF, "variant_of", "value", 0, 0, 0, 0, 0) \
    /* 'previous(col)'; name: the series column */ \
    X(AST_PREVIOUS, "previous", 0, 0, 0, 0, 0, 0) \
    /* 'any v in T where C'; op: AST_OP_ANY/ALL/COUNT; name: v; a: T; b: C */ \
    X(AST_QUANT, "quantifier", "in", "where", 0, 0, 0, 0) \
    /* 'sum(...)' etc.; op: AST_OP_SUM/MIN/MAX/AVG/MEDIAN/COUNT/SHARE; \
     * items: arguments; with AST_F_FOR ('sum(e for v in T where C)'): \
     * items[0]: e, name: v, b: T, c: C */ \
    X(AST_AGGREGATE, "aggregate", 0, "in", "where", 0, 0, "args") \
    /* ---- types ---- */ \
    /* name: dotted type name ("money", "jeugd.Besluit") */ \
    X(AST_TYPE_NAME, "type", 0, 0, 0, 0, 0, 0) \
    /* 'set of T'; a: T */ \
    X(AST_TYPE_SET, "set_of", "element", 0, 0, 0, 0, 0) \
    /* 'list of T'; a: T */ \
    X(AST_TYPE_LIST, "list_of", "element", 0, 0, 0, 0, 0) \
    /* ---- helpers ---- */ \
    /* a plain list; items */ \
    X(AST_LIST, "list", 0, 0, 0, 0, 0, "items") \
    /* what a syntax error or a limit left behind (only in trees with errors) */ \
    X(AST_ERROR, "error", 0, 0, 0, 0, 0, 0)

/* Operators and sub-kinds kept in AstNode.op (X(OP, "dump name")). */
#define AST_OPS(X) \
    X(AST_OP_NONE, "") \
    X(AST_OP_ADD, "+") X(AST_OP_SUB, "-") X(AST_OP_MUL, "*") X(AST_OP_DIV, "/") \
    X(AST_OP_EQ, "=") X(AST_OP_NE, "!=") X(AST_OP_LT, "<") X(AST_OP_LE, "<=") \
    X(AST_OP_GT, ">") X(AST_OP_GE, ">=") \
    X(AST_OP_AND, "and") X(AST_OP_OR, "or") X(AST_OP_IN, "in") \
    X(AST_OP_NEG, "-") X(AST_OP_NOT, "not") \
    X(AST_OP_DAYS, "days") X(AST_OP_WEEKS, "weeks") X(AST_OP_MONTHS, "months") \
    X(AST_OP_YEARS, "years") \
    X(AST_OP_ANY, "any") X(AST_OP_ALL, "all") X(AST_OP_COUNT, "count") \
    X(AST_OP_SUM, "sum") X(AST_OP_MIN, "min") X(AST_OP_MAX, "max") \
    X(AST_OP_AVG, "avg") X(AST_OP_MEDIAN, "median") X(AST_OP_SHARE, "share")

#endif
