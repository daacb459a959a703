/* SPDX-License-Identifier: MIT
 * alloc_eval.h - computes an `allocation` declaration of a lowered policy
 * (runtime/formulas.h) with the exact splitter of runtime/allocation.h.
 *
 * The total is evaluated once, without a row (parameters on the --on date,
 * or only those with one value); then for each row of the table, in file
 * order, its weight, cap and 'order by' keys with the row's fields in
 * scope.  Rows with equal keys form a group; groups are served in key
 * order ('desc' reverses a key).  The result has one row per recipient
 * (the table's key columns, or all its fields when it has no key; then
 * 'weight' unless 'equal', 'cap' when capped, and 'part'), then the summary
 * rows 'remainder' (what caps left over) and 'total' (the amount split).  The parts and the remainder add up
 * to the total exactly, to the cent.
 */
#ifndef GRIP_RUNTIME_ALLOC_EVAL_H
#define GRIP_RUNTIME_ALLOC_EVAL_H

#include <stdbool.h>
#include <stdint.h>

#include "eval.h"
#include "policy.h"
#include "tabular.h"

/* Computes allocation 'k' of p->formulas into 't' (initialised here; the
 * caller frees it with tabular_free either way).  The datasets it reads
 * must be bound (run_bind).  Returns true, or false with a runtime error
 * in '*err': a negative weight or cap, or all weights zero where an amount
 * is to be split (naming the row: file, line and key), a total or weight
 * without a value, overflow.  Interns the labels of the summary rows in
 * the policy's texts. */
bool alloc_eval_run(Policy *p, uint32_t k, Tabular *t, EvalError *err);

#endif
