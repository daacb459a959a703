/* SPDX-License-Identifier: MIT
 * sha256.c - SHA-256 as specified in FIPS 180-4 (declared in sha256.h).
 *
 * Straight from the standard: section 4.1.2 (the functions Ch, Maj, Sigma0,
 * Sigma1, sigma0, sigma1), 4.2.2 (the constants K), 5.1.1 (padding with a 1
 * bit, zeros and the 64-bit big-endian bit length), 5.3.3 (the initial hash
 * value) and 6.2.2 (the compression of one 512-bit block).  Words are
 * assembled from bytes explicitly, so the code is the same on any byte
 * order, and all arithmetic is on uint32_t, where wrapping is defined.
 *
 * Speed (a receipt hashes every input, 1.1 GB for B1 at 10^7 rows): the
 * portable compression runs whole blocks straight from the caller's bytes
 * (no copy), with the 64 rounds unrolled so the working variables rotate by
 * renaming instead of by moves, and the message schedule kept as a 16-word
 * window computed as the rounds need it (about 25 instructions a byte, was
 * 66).  On x86-64 with the SHA extensions, compress_shani does four rounds
 * per sha256rnds2 pair, after Intel's "New Instructions Supporting the
 * Secure Hash Algorithm on Intel Architecture Processors" (2013) and Jeffrey
 * Walton's public-domain SHA-Intrinsics; sha256_init asks CPUID once per
 * hash, so there is no global state.
 */
#include "sha256.h"

#include "alloc.h"

#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#if defined(__x86_64__) && (defined(__GNUC__) || defined(__clang__))
#define SHA256_X86 1
#include <cpuid.h>
#include <immintrin.h>
#else
#define SHA256_X86 0
#endif

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

/* ---- portable ------------------------------------------------------------------ */

#define ROTR(x, n) (((x) >> (n)) | ((x) << (32 - (n))))
/* The Sigma and sigma functions of 4.1.2, with the rotations nested so a
 * two-operand instruction set needs one copy of 'x' instead of three:
 * ROTR(ROTR(ROTR(x, 9) ^ x, 11) ^ x, 2) = ROTR(x, 22) ^ ROTR(x, 13) ^ ROTR(x, 2). */
#define BSIG0(x) ROTR(ROTR(ROTR(x, 9) ^ (x), 11) ^ (x), 2)
#define BSIG1(x) ROTR(ROTR(ROTR(x, 14) ^ (x), 5) ^ (x), 6)
#define SSIG0(x) (ROTR(ROTR(x, 11) ^ (x), 7) ^ ((x) >> 3))
#define SSIG1(x) (ROTR(ROTR(x, 2) ^ (x), 17) ^ ((x) >> 10))
/* Ch with one operation fewer than the standard's form (same truth table). */
#define CH(x, y, z) ((z) ^ ((x) & ((y) ^ (z))))

/* Big-endian word 'j' of the block at 'p'. */
#define LOAD(j)                                                                      \
    (w[j] = (uint32_t)p[4 * (j)] << 24 | (uint32_t)p[4 * (j) + 1] << 16 |            \
            (uint32_t)p[4 * (j) + 2] << 8 | (uint32_t)p[4 * (j) + 3])
/* Schedule word t >= 16 in the 16-word window (FIPS 180-4 6.2.2 step 1). */
#define EXPAND(t)                                                                    \
    (w[(t) & 15] += SSIG1(w[((t) - 2) & 15]) + w[((t) - 7) & 15] + SSIG0(w[((t) - 15) & 15]))

/* One round (6.2.2 step 3) with the eight working variables named in their
 * current roles: only 'd' and 'h' change, and the next round names them
 * one place further on.  Maj(a, b, c) = b ^ ((a ^ b) & (b ^ c)), and this
 * round's a ^ b is the next round's b ^ c, so 'bc' carries it over. */
#define ROUND(a, b, c, d, e, f, g, h, t, W)                                          \
    do {                                                                             \
        uint32_t t1 = h + BSIG1(e) + CH(e, f, g) + K[t] + W;                         \
        uint32_t ab = a ^ b;                                                         \
        d += t1;                                                                     \
        h = t1 + BSIG0(a) + (b ^ (ab & bc));                                         \
        bc = ab;                                                                     \
    } while (0)

#define ROUND8(t, X)                                                                 \
    ROUND(a, b, c, d, e, f, g, h, (t) + 0, X((t) + 0));                              \
    ROUND(h, a, b, c, d, e, f, g, (t) + 1, X((t) + 1));                              \
    ROUND(g, h, a, b, c, d, e, f, (t) + 2, X((t) + 2));                              \
    ROUND(f, g, h, a, b, c, d, e, (t) + 3, X((t) + 3));                              \
    ROUND(e, f, g, h, a, b, c, d, (t) + 4, X((t) + 4));                              \
    ROUND(d, e, f, g, h, a, b, c, (t) + 5, X((t) + 5));                              \
    ROUND(c, d, e, f, g, h, a, b, (t) + 6, X((t) + 6));                              \
    ROUND(b, c, d, e, f, g, h, a, (t) + 7, X((t) + 7))

/* Compresses the 'n' blocks at 'p' into 'hs' (FIPS 180-4 6.2.2). */
static void compress_portable(uint32_t hs[8], const uint8_t *p, size_t n)
{
    uint32_t w[16];
    for (; n > 0; n--, p += SHA256_BLOCK_SIZE) {
        uint32_t a = hs[0], b = hs[1], c = hs[2], d = hs[3];
        uint32_t e = hs[4], f = hs[5], g = hs[6], h = hs[7];
        uint32_t bc = b ^ c;
        ROUND8(0, LOAD);
        ROUND8(8, LOAD);
        ROUND8(16, EXPAND);
        ROUND8(24, EXPAND);
        ROUND8(32, EXPAND);
        ROUND8(40, EXPAND);
        ROUND8(48, EXPAND);
        ROUND8(56, EXPAND);
        hs[0] += a;
        hs[1] += b;
        hs[2] += c;
        hs[3] += d;
        hs[4] += e;
        hs[5] += f;
        hs[6] += g;
        hs[7] += h;
    }
}

/* ---- x86 SHA extensions ---------------------------------------------------------- */

#if SHA256_X86
/* True when the CPU has the SHA extensions and SSE4.1 (CPUID leaf 7 EBX
 * bit 29, leaf 1 ECX bit 19). */
static bool have_shani(void)
{
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d) || !(c & (1u << 19))) return false;
    if (__get_cpuid_max(0, NULL) < 7) return false;
    __cpuid_count(7, 0, a, b, c, d);
    return (b & (1u << 29)) != 0;
}

/* compress_portable with sha256rnds2 (two rounds each), sha256msg1 and
 * sha256msg2 (the schedule).  The state is kept as the ABEF and CDGH word
 * pairs the instructions take. */
__attribute__((target("sha,sse4.1"))) static void compress_shani(uint32_t hs[8], const uint8_t *p,
                                                                 size_t n)
{
    const __m128i swap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128((const __m128i *)(const void *)&hs[0]);
    __m128i st1 = _mm_loadu_si128((const __m128i *)(const void *)&hs[4]);
    tmp = _mm_shuffle_epi32(tmp, 0xB1);           /* CDAB */
    st1 = _mm_shuffle_epi32(st1, 0x1B);           /* EFGH */
    __m128i st0 = _mm_alignr_epi8(tmp, st1, 8);   /* ABEF */
    st1 = _mm_blend_epi16(st1, tmp, 0xF0);        /* CDGH */
    for (; n > 0; n--, p += SHA256_BLOCK_SIZE) {
        __m128i abef = st0, cdgh = st1, m[4];
        for (int g = 0; g < 16; g++) { /* rounds 4g .. 4g + 3 */
            if (g < 4) {
                m[g] = _mm_shuffle_epi8(_mm_loadu_si128((const __m128i *)(const void *)(p + 16 * g)), swap);
            } else { /* m[g & 3] holds words 4g - 16 .. 4g - 13; make them 4g .. 4g + 3 */
                __m128i x = _mm_sha256msg1_epu32(m[g & 3], m[(g + 1) & 3]);
                x = _mm_add_epi32(x, _mm_alignr_epi8(m[(g + 3) & 3], m[(g + 2) & 3], 4));
                m[g & 3] = _mm_sha256msg2_epu32(x, m[(g + 3) & 3]);
            }
            __m128i wk = _mm_add_epi32(m[g & 3], _mm_loadu_si128((const __m128i *)(const void *)&K[4 * g]));
            st1 = _mm_sha256rnds2_epu32(st1, st0, wk);
            st0 = _mm_sha256rnds2_epu32(st0, st1, _mm_shuffle_epi32(wk, 0x0E));
        }
        st0 = _mm_add_epi32(st0, abef);
        st1 = _mm_add_epi32(st1, cdgh);
    }
    tmp = _mm_shuffle_epi32(st0, 0x1B);           /* FEBA */
    st1 = _mm_shuffle_epi32(st1, 0xB1);           /* DCHG */
    st0 = _mm_blend_epi16(tmp, st1, 0xF0);        /* DCBA */
    st1 = _mm_alignr_epi8(st1, tmp, 8);           /* HGFE */
    _mm_storeu_si128((__m128i *)(void *)&hs[0], st0);
    _mm_storeu_si128((__m128i *)(void *)&hs[4], st1);
}
#endif

/* Compresses the 'n' blocks at 'p' with the function 'ctx' chose. */
static void compress(Sha256 *ctx, const uint8_t *p, size_t n)
{
#if SHA256_X86
    if (ctx->accel) {
        compress_shani(ctx->h, p, n);
        return;
    }
#endif
    compress_portable(ctx->h, p, n);
}

/* ---- the interface ------------------------------------------------------------------ */

void sha256_init(Sha256 *ctx)
{
    static const uint32_t h0[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a,
                                   0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    memcpy(ctx->h, h0, sizeof h0);
    ctx->nbytes = 0;
    ctx->nblock = 0;
#if SHA256_X86
    ctx->accel = have_shani();
#else
    ctx->accel = false;
#endif
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
        compress(ctx, ctx->block, 1);
        ctx->nblock = 0;
    }
    size_t whole = len / SHA256_BLOCK_SIZE;
    if (whole) {
        compress(ctx, p, whole);
        p += whole * SHA256_BLOCK_SIZE;
        len -= whole * SHA256_BLOCK_SIZE;
    }
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
        compress(ctx, ctx->block, 1);
        ctx->nblock = 0;
    }
    memset(ctx->block + ctx->nblock, 0, SHA256_BLOCK_SIZE - 8 - ctx->nblock);
    for (int k = 0; k < 8; k++)
        ctx->block[SHA256_BLOCK_SIZE - 1 - k] = (uint8_t)(bits >> (8 * k));
    compress(ctx, ctx->block, 1);
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

/* Bytes read at a time by sha256_file: big enough that a gigabyte takes
 * few system calls, small enough to stay in the L2 cache while hashed. */
#define FILE_CHUNK ((size_t)1 << 18)

bool sha256_file(const char *path, char hex[SHA256_HEX_SIZE])
{
    hex[0] = '\0';
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) return false;
    Sha256 ctx;
    sha256_init(&ctx);
    uint8_t *buf = xmalloc(FILE_CHUNK);
    bool failed = false;
    int saved = 0;
    for (;;) {
        ssize_t n = read(fd, buf, FILE_CHUNK);
        if (n < 0 && errno == EINTR) continue;
        if (n < 0) {
            failed = true;
            saved = errno;
            break;
        }
        if (n == 0) break;
        sha256_update(&ctx, buf, (size_t)n);
    }
    xfree(buf);
    if (close(fd) != 0 && !failed) {
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
