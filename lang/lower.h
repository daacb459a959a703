/* SPDX-License-Identifier: MIT
 * lower.h - lowering: a checked program (lang/check.h) to a runnable
 * Policy (runtime/policy.h), once per run.
 *
 * The one entry point between the front end and the runtime besides
 * lang.h; it exposes no AST.  Typical use (cli/cmd_run.c):
 *
 *     if (lang_load(prog, path, &opt, &d) && lang_check(prog, &d) == 0)
 *         policy = lower_program(prog, &d);
 */
#ifndef GRIP_LANG_LOWER_H
#define GRIP_LANG_LOWER_H

#include "../runtime/policy.h"
#include "diag.h"
#include "lang.h"

/* Lowers 'prog', which must have been checked without errors
 * (prog->checked set), into a new Policy named after the main policy's
 * path.  Inputs and tables become schemas (defaults and inline rows
 * evaluated), parameters dated histories, definitions, functions,
 * decisions (rules in effective order), budgets and the output columns IR.
 * What the checker allows but a run cannot do (a dataset field of a type a
 * CSV cannot hold, a validity date that is not a constant, ...) is
 * reported to 'diag' as an error at its span, and NULL is returned.  The
 * policy borrows nothing from 'prog' but the spans, which name 'prog''s
 * sources: keep 'prog' until errors have been rendered. */
Policy *lower_program(Program *prog, Diag *diag);

struct TestPlan; /* runtime/testrun.h */

/* As lower_program, and also lowers the `test` blocks written in the main
 * policy's own file into '*plan' (their arrays in the policy's arena), for
 * runtime/testrun.h.  A test step the run cannot do is an error at its
 * span, as for lower_program. */
Policy *lower_program_tests(Program *prog, Diag *diag, struct TestPlan *plan);

#endif
