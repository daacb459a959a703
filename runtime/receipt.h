/* SPDX-License-Identifier: MIT
 * receipt.h - the record of a run, so a decision can be re-derived years
 * later (Awb 3:46: a decision must rest on a traceable motivation).
 *
 * A Receipt collects what a run of grip depended on and produced: grip's
 * version, the command line, the SHA-256 of every policy file (embedded
 * standard library modules by their text) and dataset read, the reference
 * date, the parameters overridden with --set, the row and outcome counts and
 * the output files with their SHA-256.  receipt_json renders it as JSON with
 * a fixed key order, so equal runs give byte-identical receipts:
 *
 *   {
 *     "grip_receipt": 1,
 *     "grip_version": "0.1.0",
 *     "command": ["grip", "run", "b1.grip", "--data", "Aanvraag=cases.csv"],
 *     "policies": [
 *       {"path": "b1.grip", "sha256": "9f86d0..."},
 *       {"path": "stdlib/jeugd.grip", "embedded": true, "sha256": "2c26b4..."}
 *     ],
 *     "datasets": [
 *       {"name": "Aanvraag", "path": "cases.csv", "rows": 1000, "sha256": "fcde2b..."}
 *     ],
 *     "reference_date": "per row (dated by datum)",
 *     "parameters": [
 *       {"name": "korting", "value": "3%"}
 *     ],
 *     "rows": 1000,
 *     "outcomes": {"toegekend": 610, "afgewezen": 390},
 *     "outputs": [
 *       {"path": "besluiten.csv", "sha256": "b5bb9d..."}
 *     ]
 *   }
 *
 * "grip_receipt" is the version of this layout.  "reference_date" is the
 * --on date ("2021-01-01"), "per row (dated by FIELD)", or null when the run
 * has neither.  Lists keep the order things were added in; a path added
 * twice is listed once.  An output written to standard output ("-") has
 * "sha256": null.  There is no clock reading: a "created" field (UTC,
 * "2021-01-01T00:00:00Z", after "grip_version") appears only when the
 * caller passes SOURCE_DATE_EPOCH (reproducible-builds.org), so tests and
 * repeated runs stay byte-identical unless a time is asked for.
 */
#ifndef GRIP_RUNTIME_RECEIPT_H
#define GRIP_RUNTIME_RECEIPT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "date.h"

typedef struct Receipt Receipt;

/* Returns an empty receipt for grip 'version' (copied, e.g. "0.1.0"). */
Receipt *receipt_new(const char *version);

/* Records the command line: 'argc' arguments at 'argv' (copied). */
void receipt_set_command(Receipt *r, int argc, char *const *argv);

/* Records the policy file at 'path' (copied) with the SHA-256 of its bytes.
 * Returns false, recording nothing, with "cannot read 'PATH': REASON" in
 * 'err' (of 'errcap' bytes) when the file cannot be read. */
bool receipt_add_policy_file(Receipt *r, const char *path, char *err, size_t errcap);

/* Records an embedded module shown as 'path' (e.g. "stdlib/jeugd.grip")
 * with the SHA-256 of its 'len' bytes of 'text'. */
void receipt_add_policy_text(Receipt *r, const char *path, const char *text, size_t len);

/* Records dataset 'name' (the input or table, e.g. "Aanvraag") read from
 * 'path' with 'rows' rows, and the SHA-256 of the file.  Returns false,
 * recording nothing, with the reason in 'err' when it cannot be read. */
bool receipt_add_dataset(Receipt *r, const char *name, const char *path, uint64_t rows, char *err,
                         size_t errcap);

/* The reference date of the whole run (--on); replaces a dated-by field. */
void receipt_set_reference_date(Receipt *r, Date on);

/* Every row is read at its own date, field 'field' (copied); replaces a
 * reference date. */
void receipt_set_dated_by(Receipt *r, const char *field);

/* Records a --set override of parameter 'name' to the text 'value' (both
 * copied, in the order given). */
void receipt_add_setting(Receipt *r, const char *name, const char *value);

/* The number of rows decided. */
void receipt_set_rows(Receipt *r, uint64_t rows);

/* Adds 'count' to outcome 'name' (copied; e.g. "toegekend"); outcomes are
 * listed in the order first added. */
void receipt_add_outcome(Receipt *r, const char *name, uint64_t count);

/* Records the output file at 'path' ("-" = standard output, no hash) with
 * the SHA-256 of what it now holds; call it after the file is committed.
 * Returns false, recording nothing, with the reason in 'err' when it
 * cannot be read. */
bool receipt_add_output(Receipt *r, const char *path, char *err, size_t errcap);

/* Records the output file at 'path' ("-" = standard output, no hash) with
 * the SHA-256 'hex' (64 lowercase hex digits, copied) its writer computed
 * while writing it (writer_commit_hashed), so the file need not be read
 * back. */
void receipt_add_output_hashed(Receipt *r, const char *path, const char *hex);

/* Sets the "created" time from the text of SOURCE_DATE_EPOCH (seconds since
 * 1970-01-01 UTC, decimal digits only) as the caller read it; NULL or "" sets
 * nothing and returns true.  Returns false, setting nothing, with
 * "SOURCE_DATE_EPOCH '...' is not a number of seconds since 1970" (or "...
 * is after 9999") in 'err' otherwise. */
bool receipt_set_time(Receipt *r, const char *source_date_epoch, char *err, size_t errcap);

/* Returns the receipt as JSON text (the layout above, ending in a line
 * feed), xmalloc'ed; the caller frees it with xfree. */
char *receipt_json(const Receipt *r);

/* Writes receipt_json to 'path' ("-" = standard output) whole or not at
 * all.  Returns false with the reason in 'err' on failure. */
bool receipt_write(const Receipt *r, const char *path, char *err, size_t errcap);

/* Frees 'r' and everything it holds.  NULL is ok. */
void receipt_free(Receipt *r);

#endif
