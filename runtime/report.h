/* SPDX-License-Identifier: MIT
 * report.h - computes a `report` declaration of a lowered policy
 * (runtime/formulas.h): rows grouped by keys, aggregated per column.
 *
 * A report over the input runs the policy first, as `grip run` does
 * (budgets included: rows in date order against the ledgers), and sees
 * each row with its decisions taken; a report over a table reads the
 * table's rows.  Rows failing the report's 'where' are left out.  Each
 * remaining row falls in the group of its key values; each column's
 * aggregates count the group's rows that pass the column's 'where':
 *   count()    the number of those rows                        (int)
 *   share()    without 'where': the group's rows / all rows;
 *              with 'where': the passing rows / the group's rows
 *              (percent, rounded half away from zero to 0.01%)
 *   sum(x)     the exact sum (0 over no rows)                  (x's type)
 *   avg(x)     sum / count, rounded half away from zero: money to cents,
 *              percent to 0.01%, int and decimal to 2 decimals;
 *              no value over no rows
 *   median(x)  the middle value, or the exact mean of the two middle
 *              values; no value over no rows
 *   min(x), max(x)  no value over no rows
 * The column's expression is then computed from its aggregates (so
 * 'sum(kosten) / count()' is possible).  Output: one row per group, the
 * keys then the columns, ordered by 'order by' (ties, and without 'order
 * by' all rows, by the keys ascending; empty values last), then with
 * 'with totals' a row 'total' over all rows.  A report without group keys
 * has one row, over all rows.
 */
#ifndef GRIP_RUNTIME_REPORT_H
#define GRIP_RUNTIME_REPORT_H

#include <stdint.h>

#include "policy.h"
#include "run.h"
#include "tabular.h"

/* Computes report 'k' of p->formulas into 't' (initialised here; the
 * caller frees it with tabular_free either way).  'opt' gives the data
 * bindings (opt->out and opt->visit are ignored: nothing is written).  Fills
 * 'res' like run_policy: data errors, a usage problem, or the runtime error
 * (a row's, or a group's whose note names the group).  Returns res->status. */
RunStatus report_run(Policy *p, uint32_t k, const RunOptions *opt, Tabular *t, RunResult *res);

#endif
