/* SPDX-License-Identifier: MIT
 * parse.c - the only caller of the scanner and yyparse() (see parse.h).
 *
 * parse_file reads the 'taal' line itself (so the scanner starts with the
 * right keyword table and 'taal' is reserved in no language), runs the
 * reentrant scanner over the rest of the file, and after the parse reports
 * doc strings that precede no declaration and stores the comment spans in
 * the SourceFile.  All tree memory is in the caller's arena; the scanner's
 * and parser's own buffers are freed before returning.
 */
#include "parse.h"

#include <string.h>

#include "../runtime/alloc.h"
#include "parser.h"
#include "lexer.h" /* after parser.h: it names bison's types */

static int is_space(char c)
{
    return c == ' ' || c == '\t';
}

ParseLang parse_language(const char *text, uint32_t len, uint32_t file, Diag *diag, uint32_t *body)
{
    uint32_t k = 0;
    if (len >= 3 && memcmp(text, "\xef\xbb\xbf", 3) == 0) k = 3;
    *body = k;
    if (len - k < 4 || memcmp(text + k, "taal", 4) != 0) return PARSE_LANG_EN;
    if (len - k > 4 && !is_space(text[k + 4]) && text[k + 4] != '\n' && text[k + 4] != '\r' && text[k + 4] != '#')
        return PARSE_LANG_EN; /* a name such as 'taalniveau' */
    uint32_t w = k + 4;
    while (w < len && is_space(text[w])) w++;
    uint32_t start = w;
    while (w < len && ((text[w] >= 'a' && text[w] <= 'z') || (text[w] >= 'A' && text[w] <= 'Z') ||
                       (text[w] >= '0' && text[w] <= '9') || text[w] == '_'))
        w++;
    *body = w;
    if (w - start == 2 && memcmp(text + start, "nl", 2) == 0) return PARSE_LANG_NL;
    if (w - start == 2 && memcmp(text + start, "en", 2) == 0) return PARSE_LANG_EN;
    Span s = {file, w == start ? k : start, w == start ? k + 4 : w};
    if (w == start) diag_error(diag, s, "'taal' must be followed by a language");
    else diag_error(diag, s, "unknown language '%.*s'", (int)(w - start), text + start);
    diag_hint(diag, "grip's keywords are English ('taal en', the default) or Dutch ('taal nl')");
    return PARSE_LANG_EN;
}

AstNode *parse_file(Arena *arena, Sources *sources, uint32_t file, Diag *diag)
{
    SourceFile *sf = sources_get(sources, file);
    int errors_before = diag_errors(diag);
    ParseState ps;
    memset(&ps, 0, sizeof ps);
    ps.arena = arena;
    ps.diag = diag;
    ps.sources = sources;
    ps.file = file;
    ps.src = sf->text;
    ps.len = sf->len;
    uint32_t body;
    ps.lang = parse_language(sf->text, sf->len, file, diag, &body);
    ps.offset = body;
    ps.last_token = (Span){file, body, body};

    yyscan_t scanner;
    if (grip_yylex_init_extra(&ps, &scanner) != 0) {
        /* flex reports only allocation failure here, and xmalloc exits first */
        diag_error(diag, (Span){file, 0, 0}, "cannot start the scanner");
        return ast_new(arena, AST_FILE, (Span){file, 0, sf->len});
    }
    ps.scanner = scanner;
    YY_BUFFER_STATE buf = grip_yy_scan_bytes(sf->text + body, (int)(sf->len - body), scanner);
    grip_yyparse(scanner, &ps);
    grip_yy_delete_buffer(buf, scanner);
    grip_yylex_destroy(scanner);

    /* after a syntax error an unattached doc string is mostly a cascade */
    if (!ps.stopped && diag_errors(diag) == errors_before) {
        for (size_t k = 0; k < ps.n_docs; k++)
            if (!ps.docs[k].used) {
                diag_error(diag, ps.docs[k].span, "a doc string must come right before a declaration or a rule");
                diag_hint(diag, "use '#' for a comment anywhere else");
            }
        if (ps.has_pending_doc) {
            diag_error(diag, ps.pending_doc.span, "a doc string must come right before a declaration or a rule");
            diag_hint(diag, "this one is at the end of the file");
        }
    }
    xfree(ps.docs);

    sf->n_comments = (uint32_t)ps.n_comments;
    sf->comments = ARENA_ARRAY(arena, Span, ps.n_comments ? ps.n_comments : 1);
    if (ps.n_comments) memcpy(sf->comments, ps.comments, sizeof *ps.comments * ps.n_comments);
    xfree(ps.comments);

    AstNode *root = ast_new(arena, AST_FILE, (Span){file, 0, sf->len});
    ast_set_items(root, ps.decls);
    return root;
}
