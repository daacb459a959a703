/* SPDX-License-Identifier: MIT
 * fuzz_parse.c - libFuzzer target for the scanner and parser: any bytes
 * are parsed as a policy file, the diagnostics rendered and the tree
 * dumped, and everything freed.  Built by tests/fuzz/build.sh with
 * -fsanitize=fuzzer,address,undefined; any crash, leak, hang or sanitizer
 * report is a bug (add the input to tests/regress/).
 */
#include <stdint.h>
#include <stdio.h>

#include "../../lang/ast.h"
#include "../../lang/diag.h"
#include "../../lang/parse.h"
#include "../../lang/span.h"
#include "../../runtime/arena.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* Parses the 'size' bytes at 'data' (borrowed) as a policy; always 0. */
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size > (1u << 20)) return 0; /* far above any policy; keeps runs fast */
    Arena arena;
    arena_init(&arena);
    Sources sources;
    sources_init(&sources, &arena);
    uint32_t file = sources_add(&sources, "fuzz.grip", (const char *)data, size);
    Diag diag;
    diag_init(&diag, &sources);
    AstNode *root = parse_file(&arena, &sources, file, &diag);
    FILE *sink = fopen("/dev/null", "w");
    if (sink) {
        diag_render(&diag, sink);
        if (diag_errors(&diag) == 0) ast_dump(sink, root);
        fclose(sink);
    }
    diag_free(&diag);
    sources_free(&sources);
    arena_free(&arena);
    return 0;
}
