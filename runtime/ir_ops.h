/* SPDX-License-Identifier: MIT
 * ir_ops.h - the opcodes of grip's expression IR (X-macro), with what each
 * one reads from its IrNode.  Internal to runtime/ and lang/lower.c.
 *
 * X(OP, "name", operands)
 * 'a', 'b', 'c' are the node's fixed operands and 'args[0..n)' its list
 * (entries of Policy.args); "node" means the index of another IrNode, and
 * IR_NONE marks an absent optional operand.  Every node has a span for
 * runtime errors.  The evaluator (runtime/eval.c) has one case per opcode;
 * lowering (lang/lower.c) is the only producer.
 */
#ifndef GRIP_RUNTIME_IR_OPS_H
#define GRIP_RUNTIME_IR_OPS_H

#define IR_OPS(X) \
    /* ---- leaves ---- */ \
    X(IR_CONST, "const", "a: constant number (Policy.consts)") \
    X(IR_FIELD, "field", "a: field of the current input row") \
    X(IR_ROW_FIELD, "row_field", "a: local slot holding a row number; b: dataset; c: field") \
    X(IR_LOCAL, "local", "a: local slot (function parameter, element variable)") \
    X(IR_DEF, "def", "a: definition (memoised per row)") \
    X(IR_DECISION, "decision", "a: decision (memoised per row)") \
    X(IR_PARAM, "param", "a: parameter, read as it stood on the row's date") \
    X(IR_KEY, "key", "a: key part of the ledger key whose limit is computed") \
    /* ---- calls and constructors ---- */ \
    X(IR_CALL, "call", "a: function definition; args: arguments") \
    X(IR_CONSTRUCT, "construct", "a: variant; b: case; args: payload") \
    X(IR_SET, "set", "args: elements (sorted, duplicates dropped)") \
    X(IR_RECORD, "record", "args: field values in declaration order; a record") \
    /* ---- operators ---- */ \
    X(IR_NEG, "neg", "a: number") \
    X(IR_NOT, "not", "a: bool") \
    X(IR_ADD, "add", "a, b: numbers") \
    X(IR_SUB, "sub", "a, b: numbers") \
    X(IR_MUL, "mul", "a, b: numbers") \
    X(IR_DIV, "div", "a, b: numbers") \
    X(IR_DATE_ADD, "date_add", "a: date; b: duration") \
    X(IR_DATE_SUB, "date_sub", "a: date; b: duration") \
    X(IR_DUR_ADD, "dur_add", "a, b: durations") \
    X(IR_DUR_SUB, "dur_sub", "a, b: durations") \
    X(IR_DUR_NEG, "dur_neg", "a: duration") \
    X(IR_EQ, "eq", "a, b: any values") \
    X(IR_NE, "ne", "a, b: any values") \
    X(IR_LT, "lt", "a, b: ordered values") \
    X(IR_LE, "le", "a, b: ordered values") \
    X(IR_GT, "gt", "a, b: ordered values") \
    X(IR_GE, "ge", "a, b: ordered values") \
    X(IR_AND, "and", "a, b: bools, short-circuit") \
    X(IR_OR, "or", "a, b: bools, short-circuit") \
    X(IR_DEFAULT, "default", "a: value that may be missing; b: default") \
    X(IR_IF, "if", "a: condition; b: then; c: else") \
    X(IR_IN, "in", "a: element; b: set or list") \
    X(IR_IN_MASK, "in_mask", "a: enum element; b: constant 64-bit member mask (Policy.consts)") \
    X(IR_IS, "is", "a: variant value; b: case") \
    X(IR_VARIANT_OF, "variant_of", "a: variant value; b: variant (case names)") \
    X(IR_PAYLOAD, "payload", "a: variant value; b: variant; args[case]: field index + 1, 0 when the case lacks it") \
    X(IR_REC_FIELD, "rec_field", "a: record value; b: field index") \
    /* ---- tables and collections ---- */ \
    X(IR_LOOKUP, "lookup", "a: dataset; b: field (IR_NONE: the row as a record); args: key") \
    X(IR_QUANT, "quantifier", "a: collection; b: local slot; c: where (IR_NONE: none); flags: IR_Q_*") \
    X(IR_AGG, "aggregate", "a: collection; b: local slot; c: where; args[0]: element; flags: IR_Q_*, IR_A_*") \
    /* ---- builtins ---- */ \
    X(IR_ROUND, "round", "a: number; b: places (IR_NONE: 2 for money, else 0); c: DecRound") \
    X(IR_ABS, "abs", "a: number") \
    X(IR_MIN2, "min", "args: numbers, dates or texts; the smallest") \
    X(IR_MAX2, "max", "args: numbers, dates or texts; the largest") \
    X(IR_YEARS_BETWEEN, "years_between", "a, b: dates; whole years") \
    X(IR_MONTHS_BETWEEN, "months_between", "a, b: dates; whole months") \
    X(IR_DAYS_BETWEEN, "days_between", "a, b: dates; days from a to b") \
    X(IR_DATE_PART, "date_part", "a: date; b: IR_PART_*") \
    X(IR_REMAINING, "remaining", "a: budget; args: key parts (none: the row's own key)") \
    X(IR_BUDGET_CMP, "budget_cmp", "a, b: as IR_LT..IR_GE, a (or b with IR_F_REM_RIGHT) an IR_REMAINING; c: IR_LT..IR_GE; a 'not enough' outcome is noted for the ledger") \
    /* ---- default output columns ---- */ \
    X(IR_RULE_LABEL, "rule_label", "a: decision; b: 0 the deciding rule's label (its name without one), 1 its name; 'otherwise' when none decided") \
    X(IR_DETAIL, "detail", "a: variant value; its payload: none, the one field, or a record of several") \
    /* ---- grip test (runtime/testrun.c rewrites IR_FIELD into it) ---- */ \
    X(IR_MISSING, "missing", "a: input field a test gives no value for; reading it is an error")

#endif
