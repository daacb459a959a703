/* SPDX-License-Identifier: MIT
 * series.h - computes a `series` declaration of a lowered policy
 * (runtime/formulas.h): columns year by year.
 *
 * For each year from the first to the last, in order: the reference date
 * is 1 January of that year (parameters are read as they stood then), the
 * year variable holds the year, previous(c) the value column c had the
 * year before (no value in the first year), and the columns are computed
 * so that each comes after the columns it reads.  A money column is
 * rounded to cents when stored (half away from zero).  A value may be
 * 'unknown' (no value: an empty cell); computing with it is an error
 * unless an 'or' gives a default.  The result has one row per year: the
 * year variable, then the columns in declaration order.
 */
#ifndef GRIP_RUNTIME_SERIES_H
#define GRIP_RUNTIME_SERIES_H

#include <stdbool.h>
#include <stdint.h>

#include "eval.h"
#include "policy.h"
#include "tabular.h"

/* Most years in one series: a series is a table for people to read, and
 * the bound keeps every run short (the language has no unbounded loops). */
#define GRIP_MAX_SERIES_YEARS 1000

/* Computes series 'k' of p->formulas into 't' (initialised here; the
 * caller frees it with tabular_free either way).  Returns true, or false
 * with a runtime error in '*err' whose note names the series, the column
 * and the year: a range that runs backwards or is longer than
 * GRIP_MAX_SERIES_YEARS, previous(c) in the first year without a start
 * value ('or'), arithmetic with an unknown value, any other error of the
 * evaluator. */
bool series_run(const Policy *p, uint32_t k, Tabular *t, EvalError *err);

#endif
