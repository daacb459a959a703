/* SPDX-License-Identifier: MIT
 * ledger.h - budget ledgers: one account per key of each `budget`.
 *
 * A Ledger maps a key (the values of the budget's `per` expressions) to a
 * LedgerEntry: the limit (computed once, when the key is first needed), the
 * total charged, the number of rows charged ("grants"), the rows refused
 * for it and let through by an exception, and the date it ran out.  Keys
 * are hashed by value (value_hash; texts by their interned pointer's hash)
 * in an open-addressing table that doubles at half load; entries are kept
 * in insertion order and addressed by index (stable while the table
 * grows).  The evaluator (runtime/eval.c) fills entries; the run driver
 * writes the summary, sorted by key (ledger_sorted).
 *
 * "Ran out" is defined as: the reference date of the first row that was
 * refused for the key or whose charge brought the remainder to zero or
 * below.  A row is refused for the key when a budget test (a comparison
 * of remaining() of the row's own key with an amount, made while its
 * decisions were taken) found the remainder short of an amount and the row
 * was then charged nothing or less than that amount; charged that amount
 * or more, it counts "by exception" (docs/cli.md, Ledger summary).
 */
#ifndef GRIP_RUNTIME_LEDGER_H
#define GRIP_RUNTIME_LEDGER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "arena.h"
#include "num.h"
#include "value.h"

typedef struct LedgerEntry {
    const Value *key;      /* the key parts (ledger arena; deep copies) */
    uint64_t hash;         /* hash of the key */
    Dec limit;             /* the limit, once 'limit_known' */
    Dec charged;           /* total charged so far (cents, exact) */
    bool limit_known;      /* 'limit' has been computed */
    bool ran_out;          /* 'ran_out_date' is set */
    bool ran_out_dated;    /* the row that ran it out had a reference date */
    Date ran_out_date;     /* see the top of this file */
    uint64_t grants;       /* rows charged */
    uint64_t refused;      /* rows refused for it: found short, charged less */
    uint64_t by_exception; /* rows found short and charged all the same */
} LedgerEntry;

/* One charge booked to an account, kept only when the ledger traces
 * (Ledger.trace; 'grip compare' draws each account's remainder over the
 * year from these): the account, the row's reference date, and the
 * account's total charged after the booking (remaining = limit - charged;
 * the limit is known once the run has settled its ledgers). */
typedef struct LedgerBooking {
    Dec charged;           /* the account's total charged after this booking */
    uint32_t entry;        /* the account: an index into Ledger.entries */
    bool dated;            /* the row had a reference date */
    Date date;             /* its reference date (when 'dated') */
} LedgerBooking;

typedef struct Ledger {
    uint32_t budget;       /* index of the budget in the policy */
    uint32_t n_key;        /* key parts */
    LedgerEntry *entries;  /* in the order first seen (xmalloc'ed) */
    size_t n;              /* entries used */
    size_t cap;            /* entries allocated */
    uint32_t *slots;       /* entry index + 1, 0 = empty (xmalloc'ed) */
    size_t mask;           /* slots - 1 */
    Arena keys;            /* the keys' values */
    bool trace;            /* keep every booking in 'bookings' (off by default) */
    LedgerBooking *bookings; /* in booking order (xmalloc'ed), when 'trace' */
    size_t n_bookings;     /* bookings kept */
    size_t cap_bookings;   /* bookings allocated */
} Ledger;

/* All ledgers of a run, one per budget in declaration order. */
typedef struct Ledgers {
    Ledger *items;         /* xmalloc'ed */
    uint32_t n;            /* number of budgets */
} Ledgers;

/* Sets up 'n' empty ledgers whose keys have 'n_key[k]' parts. */
void ledgers_init(Ledgers *ls, uint32_t n, const uint32_t *n_key);
/* Frees every ledger. */
void ledgers_free(Ledgers *ls);

/* Returns the index of the entry for the 'l->n_key' values at 'key'
 * (borrowed; copied into the ledger when new), creating it with nothing
 * charged and an unknown limit when 'create' is true (then '*created' says
 * whether it is new).  Returns -1 when absent and not created. */
int64_t ledger_get(Ledger *l, const Value *key, bool create, bool *created);
/* Adds 'amount' to entry 'e''s charges; false on overflow (unchanged). */
bool ledger_charge(LedgerEntry *e, Dec amount);
/* When 'l' traces (l->trace), records that entry 'entry' was just charged
 * on a row with reference date 'date' ('dated' false: none); the entry's
 * total charged is copied.  Does nothing otherwise. */
void ledger_note_booking(Ledger *l, size_t entry, bool dated, Date date);
/* Sets '*out' to the entry's limit minus its charges; false on overflow.
 * The limit must be known. */
bool ledger_remaining(const LedgerEntry *e, Dec *out);
/* Returns an xmalloc'ed array of the ledger's entry indexes sorted by key
 * (value_compare part by part); the caller frees it. */
size_t *ledger_sorted(const Ledger *l);

#endif
