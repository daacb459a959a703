/* SPDX-License-Identifier: MIT
 * ir.c - names of the IR opcodes (ir.h), for messages and debugging.
 */
#include "ir.h"

static const char *const op_names[] = {
#define X(op, name, doc) name,
    IR_OPS(X)
#undef X
};

const char *ir_op_name(int op)
{
    if (op < 0 || op >= IR_OP_COUNT) return "?";
    return op_names[op];
}
