/* SPDX-License-Identifier: MIT
 * allocation.h - split an amount of money over recipients so that the parts
 * add up to the cent: pro rata by weight, equally, or in ordered groups,
 * optionally capped per recipient.  This is what grip's
 * `allocation NAME over TABLE total EXPR weight EXPR` computes once the
 * evaluator has the total and each row's weight (and cap and group).
 *
 * Every amount is in cents (int64).  The exact quotas are rationals, rounded
 * by largest remainder (Hamilton's method): floors first, then the cents
 * still missing one each to the largest fractional remainders, ties to the
 * lower input index.  What caps leave over is returned as an explicit
 * remainder, so  sum(parts) + remainder == total  always holds exactly.
 * runtime/allocation.c describes the algorithm (water-filling for caps) and
 * proves its bounds.
 */
#ifndef GRIP_RUNTIME_ALLOCATION_H
#define GRIP_RUNTIME_ALLOCATION_H

#include <stddef.h>
#include <stdint.h>

#include "num.h"

/* A cap that never binds: no part can exceed INT64_MAX cents, so a recipient
 * with this cap is simply uncapped.  Use it in 'caps' for rows without one. */
#define ALLOC_NO_CAP INT64_MAX

/* 'bad_index' when no single recipient is at fault. */
#define ALLOC_NO_INDEX SIZE_MAX

/* How the total is divided. */
typedef enum AllocMode {
    ALLOC_PRO_RATA, /* by 'weights': recipient i's quota is total x w_i / sum(w) */
    ALLOC_EQUAL,    /* as PRO_RATA with every weight 1; 'weights' is not read */
    ALLOC_GROUPS    /* by 'groups', ascending: each group, in turn, splits what
                       the groups before it left, pro rata by 'weights' within
                       the group; a group passes an amount on only when all its
                       recipients with a weight above zero reached their caps */
} AllocMode;

/* Outcome of allocation_split; allocation_status_message gives the text.
 * Each says what 'bad_index' holds. */
typedef enum AllocStatus {
    ALLOC_OK,              /* split done; bad_index is ALLOC_NO_INDEX */
    ALLOC_NEGATIVE_WEIGHT, /* bad_index: the first recipient with a weight below zero */
    ALLOC_NEGATIVE_CAP,    /* bad_index: the first recipient with a cap below zero */
    ALLOC_ZERO_WEIGHTS,    /* a non-zero amount had to be split over recipients whose
                              weights are all zero; bad_index: the lowest index among
                              them (for ALLOC_GROUPS, of that group) */
    ALLOC_NO_RECIPIENTS,   /* 'n' is 0 but the total is not; bad_index: ALLOC_NO_INDEX */
    ALLOC_OVERFLOW,        /* the total is INT64_MIN, whose magnitude has no int64
                              (see allocation_split); bad_index: ALLOC_NO_INDEX */
    ALLOC_BAD_INPUT        /* a caller bug: a NULL array that is needed, an unknown
                              mode, an invalid Dec (dec_is_valid); bad_index: the
                              recipient for an invalid Dec, else ALLOC_NO_INDEX */
} AllocStatus;

/* What to split.  The arrays are borrowed and only read; each has 'n'
 * entries. */
typedef struct AllocInput {
    int64_t total_cents;   /* the amount to split, in cents; may be negative */
    size_t n;              /* number of recipients (rows of the table) */
    const Dec *weights;    /* per recipient, >= 0, any scale; NULL only for
                              ALLOC_EQUAL or when 'n' is 0 */
    const int64_t *caps;   /* per recipient, cents >= 0 (ALLOC_NO_CAP for none);
                              NULL = no recipient is capped */
    const int32_t *groups; /* ALLOC_GROUPS: the group key per recipient; equal
                              keys form one group, lower keys are served first;
                              not read in the other modes */
    AllocMode mode;        /* how to split */
} AllocInput;

/* Splits 'in->total_cents' over the 'in->n' recipients of 'in' and writes
 * recipient i's share to 'parts'[i] and what caps left over to
 * '*remainder', so that parts[0] + ... + parts[n-1] + *remainder equals the
 * total exactly.  'parts' (n entries, may be NULL when n is 0), 'remainder'
 * and 'bad_index' are the caller's; nothing is kept after the call.
 *
 * Per group (PRO_RATA and EQUAL are one group of all recipients):
 *   1. Water-filling: while some recipient's exact quota of what the group
 *      still has to hand out exceeds its cap, every such recipient gets its
 *      cap and leaves; the rest is split again over the others.
 *   2. Largest remainder: each remaining recipient gets the floor of its
 *      exact quota in cents; the cents still missing go one each to the
 *      largest fractional remainders, ties to the lower index.  So each part
 *      is within one cent of its exact quota (below it by less than a cent,
 *      or above it by less than a cent), and never above its cap.
 *   3. If every recipient with a weight above zero got its cap, what is
 *      left passes to the next group; after the last group it is the
 *      remainder.  Otherwise the next groups get nothing (parts of 0).
 * *remainder is 0 unless caps bind that far.  A weight of zero gets 0.
 *
 * A negative total is split as its magnitude and every part and the
 * remainder negated, so -100.00 over three equal weights is -33.34, -33.33,
 * -33.33; caps then bound the magnitude of a part.  A total of 0 gives parts
 * of 0 whatever the weights (no ALLOC_ZERO_WEIGHTS), but the inputs are
 * still checked.
 *
 * Returns ALLOC_OK and sets '*bad_index' to ALLOC_NO_INDEX, or an error
 * status with the recipient at fault in '*bad_index' (see AllocStatus); on
 * error every part and '*remainder' are 0.  Inputs are checked in index
 * order: an invalid Dec, then a negative weight, then a negative cap, so the
 * first bad row is reported.  Returns ALLOC_BAD_INPUT, writing nothing, when
 * 'in', 'remainder' or 'bad_index' is NULL.  Never overflows: every
 * intermediate is exact (see allocation.c for the bounds).  Uses the heap
 * (runtime/alloc.h) for O(n) scratch, freed before returning.  Time: O(m)
 * per water-filling round of a group of m, at most m + 1 rounds (one when
 * no cap binds, a few in practice; m^2 only for caps that bind one by one),
 * plus an O(m log m) sort for the rounding. */
AllocStatus allocation_split(const AllocInput *in, int64_t *parts, int64_t *remainder,
                             size_t *bad_index);

/* Returns a static lowercase message for 's' without a trailing period
 * ("negative weight"), for the evaluator to put after the row it names;
 * "unknown allocation status" for a value outside the enum. */
const char *allocation_status_message(AllocStatus s);

#endif
