/* SPDX-License-Identifier: MIT
 * sha256.h - streaming SHA-256 (FIPS 180-4) for run receipts.
 *
 * A receipt records the SHA-256 of every policy file and dataset a run read,
 * so that a decision can be re-derived years later.  Usage:
 *
 *     Sha256 ctx;
 *     sha256_init(&ctx);
 *     sha256_update(&ctx, data, len);      (any number of times)
 *     sha256_final(&ctx, digest);          (digest: uint8_t[32])
 *
 * The context is a plain struct on the caller's stack: no allocation, no
 * global state.  Portable C11; the result does not depend on byte order.
 * On x86-64 CPUs with the SHA extensions (Intel Goldmont / Ice Lake and
 * later, AMD Zen) sha256_init picks a compression function built on them,
 * about ten times faster; the portable one serves everywhere else (and
 * under valgrind, which hides the extensions).
 */
#ifndef GRIP_RUNTIME_SHA256_H
#define GRIP_RUNTIME_SHA256_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#define SHA256_DIGEST_SIZE 32 /* bytes of a digest */
#define SHA256_HEX_SIZE 65    /* 64 lowercase hex digits and a NUL */
#define SHA256_BLOCK_SIZE 64  /* bytes the compression function takes at once */

/* The state of one hash computation. */
typedef struct Sha256 {
    uint32_t h[8];                    /* the intermediate hash value H(i) */
    uint64_t nbytes;                  /* message bytes hashed so far */
    uint8_t block[SHA256_BLOCK_SIZE]; /* bytes of the unfinished block */
    size_t nblock;                    /* how many of 'block' are filled, 0..63 */
    bool accel;                       /* use the x86 SHA extensions (sha256_init
                                         sets it when the CPU has them; a test
                                         may clear it to try the portable code) */
} Sha256;

/* Starts a new hash in 'ctx' (the FIPS 180-4 initial hash value) and picks
 * the compression function for this CPU. */
void sha256_init(Sha256 *ctx);

/* Adds the 'len' bytes at 'data' (borrowed; may be NULL when 'len' is 0) to
 * the message.  Splitting a message over several calls does not change the
 * digest.  Messages of 2^61 bytes or more are not supported (the length
 * field of the padding counts bits in 64 bits). */
void sha256_update(Sha256 *ctx, const void *data, size_t len);

/* Pads the message, writes its digest to 'out' and wipes 'ctx'; call
 * sha256_init before using 'ctx' again. */
void sha256_final(Sha256 *ctx, uint8_t out[SHA256_DIGEST_SIZE]);

/* Writes 'digest' as 64 lowercase hex digits and a NUL into 'out'. */
void sha256_hex(const uint8_t digest[SHA256_DIGEST_SIZE], char out[SHA256_HEX_SIZE]);

/* Hashes the file at 'path', reading it in chunks, and writes the hex digest
 * to 'hex'.  Returns false, with 'hex' set to the empty string, when the file
 * cannot be opened or read (errno tells why). */
bool sha256_file(const char *path, char hex[SHA256_HEX_SIZE]);

#endif
