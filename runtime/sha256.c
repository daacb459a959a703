/* SPDX-License-Identifier: MIT
 * sha256.c - SHA-256 as specified in FIPS 180-4 (declared in sha256.h).
 *
 * Straight from the standard: section 4.1.2 (the functions Ch, Maj, Sigma0,
 * Sigma1, sigma0, sigma1), 4.2.2 (the constants K), 5.1.1 (padding with a 1
 * bit, zeros and the 64-bit big-endian bit length), 5.3.3 (the initial hash
 * value) and 6.2.2 (the compression of one 512-bit block).  Words are
 * assembled from bytes explicitly, so the code is the same on any byte
 * order, and all arithmetic is on uint32_t, where wrapping is defined.
 */
#include "sha256.h"

#include <errno.h>
#include <stdio.h>
#include <string.h>

static const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
};

static uint32_t rotr(uint32_t x, unsigned n)
{
    return (x >> n) | (x << (32 - n));
}

/* Compresses the 64 bytes at 'p' into 'h' (FIPS 180-4 6.2.2). */
static void compress(uint32_t h[8], const uint8_t *p)
{
    uint32_t w[64];
    for (int t = 0; t < 16; t++)
        w[t] = (uint32_t)p[4 * t] << 24 | (uint32_t)p[4 * t + 1] << 16 |
               (uint32_t)p[4 * t + 2] << 8 | (uint32_t)p[4 * t + 3];
    for (int t = 16; t < 64; t++) {
        uint32_t s0 = rotr(w[t - 15], 7) ^ rotr(w[t - 15], 18) ^ (w[t - 15] >> 3);
        uint32_t s1 = rotr(w[t - 2], 17) ^ rotr(w[t - 2], 19) ^ (w[t - 2] >> 10);
        w[t] = w[t - 16] + s0 + w[t - 7] + s1;
    }
    uint32_t a = h[0], b = h[1], c = h[2], d = h[3];
    uint32_t e = h[4], f = h[5], g = h[6], hh = h[7];
    for (int t = 0; t < 64; t++) {
        uint32_t S1 = rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25);
        uint32_t ch = (e & f) ^ (~e & g);
        uint32_t t1 = hh + S1 + ch + K[t] + w[t];
        uint32_t S0 = rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22);
        uint32_t maj = (a & b) ^ (a & c) ^ (b & c);
        uint32_t t2 = S0 + maj;
        hh = g;
        g = f;
        f = e;
        e = d + t1;
        d = c;
        c = b;
        b = a;
        a = t1 + t2;
    }
    h[0] += a;
    h[1] += b;
    h[2] += c;
    h[3] += d;
    h[4] += e;
    h[5] += f;
    h[6] += g;
    h[7] += hh;
}

void sha256_init(Sha256 *ctx)
{
    static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(ctx->h, h0, sizeof h0);
    ctx->nbytes = 0;
    ctx->nblock = 0;
}

void sha256_update(Sha256 *ctx, const void *data, size_t len)
{
    if (len == 0) return; /* 'data' may be NULL then, and memcpy must not see it */
    const uint8_t *p = data;
    ctx->nbytes += len;
    if (ctx->nblock > 0) {
        size_t take = SHA256_BLOCK_SIZE - ctx->nblock;
        if (take > len) take = len;
        memcpy(ctx->block + ctx->nblock, p, take);
        ctx->nblock += take;
        p += take;
        len -= take;
        if (ctx->nblock < SHA256_BLOCK_SIZE) return;
        compress(ctx->h, ctx->block);
        ctx->nblock = 0;
    }
    for (; len >= SHA256_BLOCK_SIZE; p += SHA256_BLOCK_SIZE, len -= SHA256_BLOCK_SIZE)
        compress(ctx->h, p);
    if (len > 0) {
        memcpy(ctx->block, p, len);
        ctx->nblock = len;
    }
}

void sha256_final(Sha256 *ctx, uint8_t out[SHA256_DIGEST_SIZE])
{
    uint64_t bits = ctx->nbytes * 8;
    ctx->block[ctx->nblock++] = 0x80;
    if (ctx->nblock > SHA256_BLOCK_SIZE - 8) {
        memset(ctx->block + ctx->nblock, 0, SHA256_BLOCK_SIZE - ctx->nblock);
        compress(ctx->h, ctx->block);
        ctx->nblock = 0;
    }
    memset(ctx->block + ctx->nblock, 0, SHA256_BLOCK_SIZE - 8 - ctx->nblock);
    for (int k = 0; k < 8; k++)
        ctx->block[SHA256_BLOCK_SIZE - 1 - k] = (uint8_t)(bits >> (8 * k));
    compress(ctx->h, ctx->block);
    for (int k = 0; k < 8; k++) {
        out[4 * k] = (uint8_t)(ctx->h[k] >> 24);
        out[4 * k + 1] = (uint8_t)(ctx->h[k] >> 16);
        out[4 * k + 2] = (uint8_t)(ctx->h[k] >> 8);
        out[4 * k + 3] = (uint8_t)ctx->h[k];
    }
    memset(ctx, 0, sizeof *ctx);
}

void sha256_hex(const uint8_t digest[SHA256_DIGEST_SIZE], char out[SHA256_HEX_SIZE])
{
    static const char hexdigits[] = "0123456789abcdef";
    for (int k = 0; k < SHA256_DIGEST_SIZE; k++) {
        out[2 * k] = hexdigits[digest[k] >> 4];
        out[2 * k + 1] = hexdigits[digest[k] & 15];
    }
    out[2 * SHA256_DIGEST_SIZE] = '\0';
}

bool sha256_file(const char *path, char hex[SHA256_HEX_SIZE])
{
    hex[0] = '\0';
    FILE *f = fopen(path, "rb");
    if (!f) return false;
    Sha256 ctx;
    sha256_init(&ctx);
    uint8_t buf[1 << 14]; /* small enough for any thread's stack */
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0) sha256_update(&ctx, buf, n);
    bool failed = ferror(f) != 0;
    int saved = errno;
    if (fclose(f) != 0 && !failed) {
        failed = true;
        saved = errno;
    }
    uint8_t digest[SHA256_DIGEST_SIZE];
    sha256_final(&ctx, digest);
    if (failed) {
        errno = saved;
        return false;
    }
    sha256_hex(digest, hex);
    return true;
}
