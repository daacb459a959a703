/* SPDX-License-Identifier: MIT
 * lower_int.h - internal to lang/: what lang/lower.c lends the lowering of
 * allocations, series and reports (lang/lower_formulas.c).
 *
 * lower.c owns the lowering context (Lower) and the expression lowering;
 * lower_formulas.c only binds names to local slots, lowers expressions
 * through lower_expr and records the results in the Policy's Formulas
 * (runtime/formulas.h).  The bindings it can make:
 *   - a series' year (its AST_SERIES), a column (AST_COLUMN), a
 *     previous(c) (its AST_PREVIOUS) and a report column's aggregate
 *     (AST_AGGREGATE without 'for') each read a local slot (IR_LOCAL);
 *   - with lower_set_source, a bare field of one table reads the row whose
 *     number is in a local slot (IR_ROW_FIELD), as a quantifier's variable
 *     does: the rows of an allocation or of a report over a table.
 */
#ifndef GRIP_LANG_LOWER_INT_H
#define GRIP_LANG_LOWER_INT_H

#include <stdint.h>

#include "../runtime/policy.h"
#include "ast.h"
#include "check.h"
#include "lang.h"
#include "types.h"

typedef struct Lower Lower;

/* Lowers expression 'n' (checked) to IR and returns its node. */
uint32_t lower_expr(Lower *L, AstNode *n);
/* The policy being built, the checked program, the program. */
Policy *lower_policy(Lower *L);
CheckedProgram *lower_checked(Lower *L);
Program *lower_program_of(Lower *L);
/* The dataset index of an AST_INPUT or AST_TABLE, or -1. */
int32_t lower_dataset_index(Lower *L, const AstNode *decl);
/* How values of type 't' are written (policy arena; NULL: by their kind). */
const FormatType *lower_format(Lower *L, const Type *t);
/* A new local slot of the policy. */
uint32_t lower_new_local(Lower *L);
/* Makes every later use of 'node' (see above) read local 'slot'. */
void lower_bind_local(Lower *L, const AstNode *node, uint32_t slot);
/* Makes bare fields of dataset 'ds' read the row in local 'slot' (IR_ROW_FIELD)
 * until the next call; 'ds' -1 ends it. */
void lower_set_source(Lower *L, int32_t ds, uint32_t slot);
/* Appends an IR node without operand list. */
uint32_t lower_emit(Lower *L, uint8_t op, Span span, uint32_t a, uint32_t b, uint32_t c);
/* Reports an error at 'span'; the policy is then not returned. */
void lower_error(Lower *L, Span span, const char *fmt, ...)
#if defined(__GNUC__)
    __attribute__((format(printf, 3, 4)))
#endif
    ;

/* Lowers every allocation, series and report of the checked program into
 * the policy's Formulas (lower_formulas.c); called by lower_program once
 * the declarations they read have their slots. */
void lower_formulas(Lower *L);

#endif
