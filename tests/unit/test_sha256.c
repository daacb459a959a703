/* SPDX-License-Identifier: MIT
 * test_sha256.c - unit tests for runtime/sha256.c.
 *
 * The NIST example vectors of FIPS 180-4 (empty, "abc", the 448- and 896-bit
 * messages, one million 'a'), messages whose lengths straddle the padding
 * boundaries (55/56, 63/64/65, 119/120 bytes; expected digests from Python's
 * hashlib), the same digest for a 200-byte message split at every point, and
 * sha256_file on real and missing files.  Every digest test runs twice:
 * with the compression sha256_init picks for this CPU (the x86 SHA
 * extensions where present) and with the portable one; a last test
 * compares the two on random messages of every length up to 1000 bytes.
 */
#include "harness.h"
#include "../../runtime/sha256.h"

#include <stdlib.h>
#include <unistd.h>

/* Use the portable compression (clear Sha256.accel) in 'start'. */
static bool portable;

/* sha256_init, then the compression the current pass tests. */
static void start(Sha256 *ctx)
{
    sha256_init(ctx);
    if (portable) ctx->accel = false;
}

static const char *hex_of(const void *msg, size_t len, char hex[SHA256_HEX_SIZE])
{
    Sha256 ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    start(&ctx);
    sha256_update(&ctx, msg, len);
    sha256_final(&ctx, digest);
    sha256_hex(digest, hex);
    return hex;
}

static void test_nist_vectors(void)
{
    char hex[SHA256_HEX_SIZE];
    CHECK_EQ_STR(hex_of("", 0, hex),
                 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK_EQ_STR(hex_of(NULL, 0, hex),
                 "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    CHECK_EQ_STR(hex_of("abc", 3, hex),
                 "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    const char *m448 = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    CHECK_EQ_INT(strlen(m448) * 8, 448);
    CHECK_EQ_STR(hex_of(m448, strlen(m448), hex),
                 "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
    const char *m896 = "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
                       "hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";
    CHECK_EQ_INT(strlen(m896) * 8, 896);
    CHECK_EQ_STR(hex_of(m896, strlen(m896), hex),
                 "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");

    /* one million 'a', fed in uneven pieces to exercise the buffering */
    char a[1000];
    memset(a, 'a', sizeof a);
    Sha256 ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    start(&ctx);
    size_t left = 1000000, piece = 1;
    while (left > 0) {
        size_t n = piece < left ? piece : left;
        sha256_update(&ctx, a, n);
        left -= n;
        piece = piece % 997 + 1;
    }
    sha256_final(&ctx, digest);
    sha256_hex(digest, hex);
    CHECK_EQ_STR(hex, "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");

    /* the same in one call */
    char *big = malloc(1000000);
    CHECK(big != NULL);
    if (big) {
        memset(big, 'a', 1000000);
        CHECK_EQ_STR(hex_of(big, 1000000, hex),
                     "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
        free(big);
    }
}

static void test_padding_boundaries(void)
{
    static const struct {
        size_t len;       /* that many 'x' */
        const char *hex;  /* hashlib.sha256(b'x' * len).hexdigest() */
    } cases[] = {
        {55, "d5e285683cd4efc02d021a5c62014694958901005d6f71e89e0989fac77e4072"},
        {56, "04c26261370ee7541549d16dee320c723e3fd14671e66a099afe0a377c16888e"},
        {63, "75220b47218278e656f2013bb8f0c455a25eaf01e86c64924e9d48d89776d6f2"},
        {64, "7ce100971f64e7001e8fe5a51973ecdfe1ced42befe7ee8d5fd6219506b5393c"},
        {65, "9537c5fdf120482f7d58d25e9ed583f52c02b4e304ea814db1633ad565aed7e9"},
        {119, "000b48d4edf0fa7bee3c6236ecd2785baa5db4eeb8bb54341b029e0d9fa5fb0c"},
        {120, "13f05a0b594787f5ecd315edc96141bd3243203d1b7d4f0836f37308b276ba98"},
    };
    char x[128], hex[SHA256_HEX_SIZE];
    memset(x, 'x', sizeof x);
    for (size_t k = 0; k < sizeof cases / sizeof cases[0]; k++)
        CHECK_EQ_STR(hex_of(x, cases[k].len, hex), cases[k].hex);
}

/* The 200-byte message (k * 7 + 3) mod 256; its digest from hashlib. */
static const char msg200_hex[] =
    "2c7e18c942ef065b526a2d4e5546283749cd3ddfb51d8fc71f42717363685f46";

static void test_split_updates(void)
{
    uint8_t msg[200];
    for (int k = 0; k < 200; k++) msg[k] = (uint8_t)((k * 7 + 3) & 255);
    char hex[SHA256_HEX_SIZE];
    CHECK_EQ_STR(hex_of(msg, sizeof msg, hex), msg200_hex);

    /* two pieces, split at every point 0..200 */
    int same = 0;
    for (size_t split = 0; split <= sizeof msg; split++) {
        Sha256 ctx;
        uint8_t digest[SHA256_DIGEST_SIZE];
        start(&ctx);
        sha256_update(&ctx, msg, split);
        sha256_update(&ctx, msg + split, sizeof msg - split);
        sha256_final(&ctx, digest);
        sha256_hex(digest, hex);
        same += strcmp(hex, msg200_hex) == 0;
    }
    CHECK_EQ_INT(same, 201);

    /* three pieces, every pair of split points */
    same = 0;
    int tried = 0;
    for (size_t s1 = 0; s1 <= sizeof msg; s1++)
        for (size_t s2 = s1; s2 <= sizeof msg; s2++) {
            Sha256 ctx;
            uint8_t digest[SHA256_DIGEST_SIZE];
            start(&ctx);
            sha256_update(&ctx, msg, s1);
            sha256_update(&ctx, msg + s1, s2 - s1);
            sha256_update(&ctx, msg + s2, sizeof msg - s2);
            sha256_final(&ctx, digest);
            sha256_hex(digest, hex);
            same += strcmp(hex, msg200_hex) == 0;
            tried++;
        }
    CHECK_EQ_INT(same, tried);

    /* byte by byte */
    Sha256 ctx;
    uint8_t digest[SHA256_DIGEST_SIZE];
    start(&ctx);
    for (size_t k = 0; k < sizeof msg; k++) sha256_update(&ctx, msg + k, 1);
    sha256_final(&ctx, digest);
    sha256_hex(digest, hex);
    CHECK_EQ_STR(hex, msg200_hex);
}

static void test_hex(void)
{
    uint8_t digest[SHA256_DIGEST_SIZE];
    for (int k = 0; k < SHA256_DIGEST_SIZE; k++) digest[k] = (uint8_t)(k * 8 + 7);
    char hex[SHA256_HEX_SIZE];
    memset(hex, '?', sizeof hex);
    sha256_hex(digest, hex);
    CHECK_EQ_STR(hex, "070f171f272f373f474f575f676f777f878f979fa7afb7bfc7cfd7dfe7eff7ff");
    CHECK_EQ_INT(strlen(hex), 64);
}

/* Writes 'len' bytes of 'data' to a new temporary file; returns its path in
 * 'path' (a mkstemp template) or false. */
static bool write_temp(char path[64], const void *data, size_t len)
{
    const char *tmp = getenv("TMPDIR");
    if (!tmp || strlen(tmp) > 40) tmp = "/tmp";
    snprintf(path, 64, "%s/grip-sha.XXXXXX", tmp);
    int fd = mkstemp(path);
    if (fd < 0) return false;
    const char *p = data;
    while (len > 0) {
        ssize_t n = write(fd, p, len);
        if (n <= 0) {
            close(fd);
            unlink(path);
            return false;
        }
        p += n;
        len -= (size_t)n;
    }
    return close(fd) == 0;
}

static void test_file(void)
{
    char path[64], hex[SHA256_HEX_SIZE], want[SHA256_HEX_SIZE];

    CHECK(write_temp(path, "abc", 3));
    CHECK(sha256_file(path, hex));
    CHECK_EQ_STR(hex, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    unlink(path);

    CHECK(write_temp(path, "", 0));
    CHECK(sha256_file(path, hex));
    CHECK_EQ_STR(hex, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    unlink(path);

    /* larger than the read chunk, and not a multiple of it */
    size_t len = 100003;
    unsigned char *data = malloc(len);
    CHECK(data != NULL);
    if (data) {
        for (size_t k = 0; k < len; k++) data[k] = (unsigned char)(k * 31 + k / 256);
        hex_of(data, len, want);
        CHECK(write_temp(path, data, len));
        CHECK(sha256_file(path, hex));
        CHECK_EQ_STR(hex, want);
        unlink(path);
        free(data);
    }

    /* missing file and a directory: false, empty hex */
    memset(hex, 'z', sizeof hex);
    CHECK(!sha256_file("/nonexistent/grip/receipt.csv", hex));
    CHECK_EQ_STR(hex, "");
    memset(hex, 'z', sizeof hex);
    CHECK(!sha256_file("/", hex));
    CHECK_EQ_STR(hex, "");
}

/* The accelerated and portable compressions agree on pseudo-random
 * messages of 0 .. 1000 bytes, hashed whole and in two pieces. */
static void test_both_agree(void)
{
    static uint8_t msg[1000];
    uint64_t x = 0x9E3779B97F4A7C15ull;
    for (size_t k = 0; k < sizeof msg; k++) {
        x ^= x << 13, x ^= x >> 7, x ^= x << 17; /* xorshift64 */
        msg[k] = (uint8_t)x;
    }
    int same = 0;
    for (size_t len = 0; len <= sizeof msg; len++) {
        uint8_t d1[SHA256_DIGEST_SIZE], d2[SHA256_DIGEST_SIZE];
        Sha256 a, b;
        sha256_init(&a);
        sha256_update(&a, msg, len);
        sha256_final(&a, d1);
        sha256_init(&b);
        b.accel = false;
        sha256_update(&b, msg, len / 3);
        sha256_update(&b, msg + len / 3, len - len / 3);
        sha256_final(&b, d2);
        same += memcmp(d1, d2, sizeof d1) == 0;
    }
    CHECK_EQ_INT(same, (int)sizeof msg + 1);
}

static void test_portable(void)
{
    portable = true;
    test_nist_vectors();
    test_padding_boundaries();
    test_split_updates();
    portable = false;
}

TEST_MAIN(RUN(test_nist_vectors); RUN(test_padding_boundaries); RUN(test_split_updates);
          RUN(test_hex); RUN(test_file); RUN(test_portable); RUN(test_both_agree);)
