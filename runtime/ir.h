/* SPDX-License-Identifier: MIT
 * ir.h - grip's expression IR: a flat array of nodes whose children are
 * indexes into the same array.  Internal to runtime/ and lang/lower.c.
 *
 * Lowering (lang/lower.c) turns every checked expression of a policy into
 * IrNodes once; the evaluator (runtime/eval.c) walks them per row.  A node
 * is 36 bytes: an opcode (ir_ops.h), flags, three fixed operands, a list of
 * further operands in Policy.args, and the source span for runtime errors.
 * The graph has no cycles (definitions are shared by index, and the
 * checker rejects recursion); the evaluator recurses, bounded by
 * GRIP_MAX_EVAL_DEPTH (runtime/eval.h).
 */
#ifndef GRIP_RUNTIME_IR_H
#define GRIP_RUNTIME_IR_H

#include <stdint.h>

#include "../lang/span.h"
#include "ir_ops.h"

typedef enum IrOp {
#define X(op, name, doc) op,
    IR_OPS(X)
#undef X
    IR_OP_COUNT
} IrOp;

/* An absent optional operand ("no 'where'", "no 'until'"). */
#define IR_NONE UINT32_MAX

/* Flags in IrNode.flags. */
enum {
    IR_F_OPTIONAL = 1u << 0, /* IR_LOOKUP, IR_PAYLOAD, IR_REC_FIELD: a missing row
                                or field gives VAL_NONE (under an 'or' default)
                                instead of a runtime error */
    IR_Q_ROWS = 1u << 1,     /* IR_QUANT/IR_AGG: 'a' is a dataset and the variable
                                holds a row number; otherwise 'a' is a node
                                giving a set or list and the variable an element */
    IR_Q_ANY = 1u << 2,      /* IR_QUANT: any */
    IR_Q_ALL = 1u << 3,      /* IR_QUANT: all */
    IR_Q_COUNT = 1u << 4,    /* IR_QUANT: count (an int) */
    IR_F_MONEY = 1u << 5,    /* IR_ROUND without places: round to cents */
    IR_Q_INDEXED = 1u << 6,  /* IR_QUANT/IR_AGG over rows whose 'where' starts with
                                'v.F = E' (E not reading v): only the rows whose
                                field F equals E are visited (a per-field index,
                                in file order); F is IR_AUX_FIELD(aux), E the
                                last operand of the list.  The 'where' is still
                                checked on each of them */
    IR_F_REM_RIGHT = 1u << 7 /* IR_BUDGET_CMP: the remaining() is operand 'b'
                                ('kosten > remaining(b)'), not 'a' */
};

/* The indexed field of an IR_Q_INDEXED node, kept in IrNode.aux above the
 * IR_AGG kind. */
#define IR_AUX_FIELD(aux) (((aux) >> 8) - 1)
#define IR_AUX_KIND(aux) ((aux) & 0xFFu)

/* What an IR_AGG computes (IrNode.aux). */
typedef enum IrAggKind {
    IR_AGG_SUM,    /* exact sum; 0 over no elements */
    IR_AGG_MIN,    /* smallest; an error over no elements */
    IR_AGG_MAX,    /* largest; an error over no elements */
    IR_AGG_AVG,    /* sum / count (DEC_DIV_SCALE decimals); an error over none */
    IR_AGG_MEDIAN, /* middle element, or the mean of the two middle ones */
    IR_AGG_COUNT   /* number of elements (the element expression is unused) */
} IrAggKind;

/* IR_DATE_PART parts (IrNode.b). */
typedef enum IrDatePart {
    IR_PART_YEAR,      /* 1..9999 */
    IR_PART_MONTH,     /* 1..12 */
    IR_PART_DAY,       /* 1..31 */
    IR_PART_QUARTER,   /* 1..4 */
    IR_PART_HALF_YEAR  /* 1..2 */
} IrDatePart;

typedef struct IrNode {
    uint8_t op;      /* IrOp */
    uint8_t flags;   /* IR_F_*, IR_Q_* */
    uint16_t n;      /* entries of the operand list */
    uint32_t a, b, c; /* fixed operands (ir_ops.h says what each op reads) */
    uint32_t args;   /* first entry of the operand list in Policy.args */
    uint32_t aux;    /* IR_AGG: IrAggKind in the low byte; IR_Q_INDEXED: the
                        field + 1 above it; otherwise 0 */
    Span span;       /* the source expression */
} IrNode;

/* Returns the name of 'op' ("add"), or "?" when out of range. */
const char *ir_op_name(int op);

#endif
