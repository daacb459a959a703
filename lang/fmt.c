/* SPDX-License-Identifier: MIT
 * fmt.c - 'grip fmt': the canonical layout of a grip file (see
 * fmt.h; the layout is described in docs/language.md, "Layout").
 *
 * The printer walks the tree and writes "atoms" (words, literals,
 * punctuation) through a small line writer.  Line breaks are lazy: a
 * construct asks for a break before its next atom, so a comment that
 * trails the last atom of a line can still be appended to that line.
 *
 * Comments are not in the tree; the scanner keeps their spans in the
 * SourceFile.  Before printing anything that comes from source offset X,
 * the printer first prints every comment that starts before X (flush_at).
 * A comment that had code before it on its source line is appended to the
 * current output line ("trailing") and ends it; any other comment gets a
 * line of its own at the indentation of what follows.  Since the tree is
 * printed in source order, every comment stays next to the token it
 * preceded, within the same declaration; indented comments right after a
 * declaration stay with it ("tail").
 *
 * Blank lines: one where the author had one or more between two items of
 * a block (declarations, rules, fields, columns, rows, test steps) or
 * before an own-line comment; never right after a block opens; and always
 * one between top-level declarations when either takes several lines.
 * Trailing comments in a run of lines without a blank line are aligned
 * after the longest code line of the run (a pass over the finished text).
 *
 * Width: each construct that can break (a value after '=', an if chain,
 * a call or set literal, a binary operator, a rule header) decides where
 * it starts, greedily from left to right, by its width on one line (a
 * measuring writer prints it without breaks or comments); an outer
 * construct so decides before the ones inside it.  The decisions depend
 * only on the tree, the comments and the column, so the result is a
 * fixpoint.
 *
 * Safety: format_text parses its own result and compares tree and
 * comments with the original (same_tree, same_comments) before returning
 * it.  Literals are copied from the source, so a value can never change;
 * the only literal rewrites are '€'/'EUR' spacing and spelling, and the
 * space in a duration.
 */
#include "fmt.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "../runtime/alloc.h"
#include "ast.h"
#include "module.h"
#include "parse.h"

enum { INDENT = 4 };

/* Binding strength of expressions, lowest first (docs/language.md). */
enum {
    P_LOW = 1, /* if, any/all/count: extend as far right as they can */
    P_OR,
    P_AND,
    P_NOT,
    P_CMP, /* = != < <= > >= in is: do not chain */
    P_ADD,
    P_MUL,
    P_NEG,
    P_POSTFIX, /* a.b t[k] f(x) */
    P_PRIMARY
};

typedef struct Buf {
    char *p;    /* xmalloc'ed, NUL-terminated when non-NULL */
    size_t n;   /* bytes used */
    size_t cap; /* bytes allocated */
} Buf;

/* A trailing comment written: where the code before it ends, for the
 * alignment pass. */
typedef struct Trail {
    size_t at;        /* offset in the output of the "  #" */
    uint32_t width;   /* width of the code before it, in characters */
    uint32_t section; /* blank lines written before it: equal = same run */
} Trail;

typedef struct Fmt {
    const char *src;       /* the source text */
    uint32_t len;          /* its length */
    ParseLang lang;        /* keyword language of the file */
    const Span *comments;  /* every comment of the file, in order */
    uint32_t n_comments;   /* entries in 'comments' */
    uint32_t next;         /* first comment not yet printed */
    int measure;           /* measuring a width: no comments, breaks or wraps */
    Buf out;               /* the text so far */
    uint32_t col;          /* characters on the last line */
    int line_indent;       /* indentation the last line started with */
    uint32_t lines;        /* '\n' written */
    uint32_t blanks;       /* empty lines written */
    int line_code;         /* the last line holds code */
    int line_comment;      /* the last line holds a comment */
    int pending;           /* a line break waits for the next atom */
    int pending_indent;    /* ... and the indentation after it */
    int pending_blank;     /* ... with a blank line before it */
    int pending_line;      /* ... asked for by line(), not forced by a comment */
    int force_blank;       /* the next new line gets a blank line before it */
    int block_start;       /* nothing written since a block opened: no blank line */
    int cont;              /* indentation of continuation lines */
    int space;             /* a space waits before the next atom */
    int nowrap;            /* inside a table row: never wrap */
    int mark;              /* record the line of the next atom in mark_line */
    uint32_t mark_line;    /* line of the first atom of the current declaration */
    uint32_t mark_blanks;  /* blank lines written before it */
    int break_if;          /* the next 'if' goes one branch per line */
    int spot;              /* record the line of the next atom in spot_line */
    uint32_t spot_line;    /* line of the first atom of a rule's result or condition */
    char prev[48];         /* the last word atom on this line (lexer hazards) */
    Trail *trails;         /* trailing comments written (xmalloc) */
    size_t n_trails, cap_trails;
} Fmt;

/* ---- keywords --------------------------------------------------------- */

const char *format_keyword_word(int lang, const char *en)
{
    /* the formatter's phrases that are two tokens in the grammar */
    if (strcmp(en, "set of") == 0) return lang == PARSE_LANG_NL ? "verzameling van" : en;
    if (strcmp(en, "list of") == 0) return lang == PARSE_LANG_NL ? "lijst van" : en;
    int tok = parse_keyword(PARSE_LANG_EN, en, strlen(en));
    if (!tok) return NULL;
    if (lang != PARSE_LANG_NL) return en;
    /* English tokens Dutch spells with another token (lexer.l, parser.y):
     * 'anders' is else and otherwise, 'als' is when and as, 'per' is the
     * series' by */
    const char *same = strcmp(en, "otherwise") == 0 ? "else" : strcmp(en, "as") == 0 ? "when"
                       : strcmp(en, "by") == 0      ? "per"
                                                    : NULL;
    if (same) tok = parse_keyword(PARSE_LANG_EN, same, strlen(same));
    return parse_token_word(PARSE_LANG_NL, tok);
}

/* The keyword 'en' in the file's language. */
static const char *kw(const Fmt *f, const char *en)
{
    const char *w = format_keyword_word((int)f->lang, en);
    return w ? w : en;
}

/* ---- the source ---------------------------------------------------------- */

static int is_layout(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

static int is_word_char(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

/* 1 when a blank line separates the text at 'off' from what precedes it
 * (only layout between them, with at least two line ends). */
static int blank_before(const Fmt *f, uint32_t off)
{
    int nl = 0;
    for (uint32_t k = off; k > 0; k--) {
        char c = f->src[k - 1];
        if (c == '\n') {
            if (++nl == 2) return 1;
        } else if (!is_layout(c)) {
            return 0;
        }
    }
    return 0;
}

/* 1 when comment 'c' has something other than layout before it on its
 * line (it trails code). */
static int is_trailing(const Fmt *f, Span c)
{
    for (uint32_t k = c.start; k > 0 && f->src[k - 1] != '\n'; k--)
        if (!is_layout(f->src[k - 1])) return 1;
    return 0;
}

/* 1 when comment 'c' is indented (layout before it on its line). */
static int is_indented(const Fmt *f, Span c)
{
    return c.start > 0 && f->src[c.start - 1] != '\n';
}

/* Index of the first comment starting at or after 'off'. */
static uint32_t comment_at(const Fmt *f, uint32_t off)
{
    uint32_t lo = 0, hi = f->n_comments;
    while (lo < hi) {
        uint32_t mid = lo + (hi - lo) / 2;
        if (f->comments[mid].start < off) lo = mid + 1;
        else hi = mid;
    }
    return lo;
}

/* 1 when a comment starts in [start, end). */
static int has_comments(const Fmt *f, uint32_t start, uint32_t end)
{
    uint32_t k = comment_at(f, start);
    return k < f->n_comments && f->comments[k].start < end;
}

/* The start of the keyword of 'words' words written right before 'off'
 * (layout and comments skipped), e.g. 'limit' before its expression. */
static uint32_t kw_start(const Fmt *f, uint32_t off, int words)
{
    uint32_t k = off;
    for (int w = 0; w < words; w++) {
        for (;;) {
            while (k > 0 && (is_layout(f->src[k - 1]) || f->src[k - 1] == '\n')) k--;
            uint32_t c = comment_at(f, k);
            if (c > 0 && f->comments[c - 1].end >= k && f->comments[c - 1].start < k) {
                k = f->comments[c - 1].start;
                continue;
            }
            break;
        }
        while (k > 0 && is_word_char(f->src[k - 1])) k--;
    }
    return k;
}

/* The offset of the first 'ch' at or after 'off', skipping layout,
 * comments and item separators; 'fallback' when something else comes
 * first. */
static uint32_t find_char(const Fmt *f, uint32_t off, char ch, uint32_t fallback)
{
    uint32_t k = off;
    while (k < f->len) {
        char c = f->src[k];
        if (c == ch) return k;
        if (c == '#') {
            while (k < f->len && f->src[k] != '\n') k++;
        } else if (is_layout(c) || c == '\n' || c == ',' || c == ';') {
            k++;
        } else {
            break;
        }
    }
    return fallback;
}

/* ---- the line writer ----------------------------------------------------- */

static void buf_add(Buf *b, const char *s, size_t n)
{
    b->p = xgrow(b->p, &b->cap, b->n + n + 1, 1);
    memcpy(b->p + b->n, s, n);
    b->n += n;
    b->p[b->n] = '\0';
}

/* Appends 'n' bytes as they are, keeping the line count and column. */
static void raw(Fmt *f, const char *s, size_t n)
{
    buf_add(&f->out, s, n);
    for (size_t k = 0; k < n; k++) {
        if (s[k] == '\n') {
            if (f->col == 0) f->blanks++;
            f->lines++;
            f->col = 0;
        } else if (((unsigned char)s[k] & 0xc0) != 0x80) {
            f->col++;
        }
    }
}

static void spaces(Fmt *f, int n)
{
    static const char sp[] = "                                ";
    while (n > 0) {
        int k = n < (int)sizeof sp - 1 ? n : (int)sizeof sp - 1;
        raw(f, sp, (size_t)k);
        n -= k;
    }
}

/* Writes what waits before the next atom: a pending line break (with a
 * blank line and the indentation), or a pending space. */
static void begin(Fmt *f)
{
    if (f->pending && !f->measure) {
        if (f->out.n > 0) {
            raw(f, "\n", 1);
            if ((f->pending_blank || f->force_blank) && !f->block_start) raw(f, "\n", 1);
        }
        spaces(f, f->pending_indent);
        f->line_indent = f->pending_indent;
        f->line_code = f->line_comment = 0;
        f->prev[0] = '\0';
        f->force_blank = 0;
    } else if (f->space && f->line_code) {
        raw(f, " ", 1);
    }
    f->pending = f->pending_blank = f->pending_line = 0;
    f->space = 0;
    f->block_start = 0;
}

/* The unit words of durations (lexer.l: a number followed by one of them
 * is a duration, in either language). */
static int is_unit(const char *w, size_t n)
{
    static const char *const units[] = {"dag", "dagen", "day", "days", "jaar", "jaren", "maand", "maanden",
                                        "month", "months", "week", "weeks", "weken", "year", "years"};
    for (size_t k = 0; k < sizeof units / sizeof units[0]; k++)
        if (strlen(units[k]) == n && memcmp(units[k], w, n) == 0) return 1;
    return 0;
}

/* 1 when writing atom 's' after the word 'prev' with one space between
 * would lex differently: two names forming a keyword phrase ('group' 'by'),
 * a number and a unit word, 'EUR' and a number. */
static int hazard(const Fmt *f, const char *s)
{
    if (!f->prev[0] || !is_word_char(s[0])) return 0;
    const char *last = strrchr(f->prev, ' ');
    last = last ? last + 1 : f->prev;
    size_t wl = 0;
    while (is_word_char(s[wl])) wl++;
    if (last[0] >= '0' && last[0] <= '9') return is_unit(s, wl);
    if (strcmp(last, "EUR") == 0 && s[0] >= '0' && s[0] <= '9') return 1;
    char phrase[128];
    int n = snprintf(phrase, sizeof phrase, "%s %.*s", last, (int)wl, s);
    return n > 0 && (size_t)n < sizeof phrase && parse_keyword(f->lang, phrase, (size_t)n) != 0;
}

/* Writes one atom of code. */
static void put(Fmt *f, const char *s)
{
    if (f->space && !f->pending && !f->measure && hazard(f, s)) {
        f->pending = 1; /* a line end separates them */
        f->pending_indent = f->cont;
    }
    begin(f);
    if (f->mark) {
        f->mark = 0;
        f->mark_line = f->lines;
        f->mark_blanks = f->blanks;
    }
    if (f->spot) {
        f->spot = 0;
        f->spot_line = f->lines;
    }
    size_t n = strlen(s);
    raw(f, s, n);
    f->line_code = 1;
    if (is_word_char(s[0]) && is_word_char(s[n - 1]) && n < sizeof f->prev) memcpy(f->prev, s, n + 1);
    else f->prev[0] = '\0';
}

/* Asks for a space before the next atom. */
static void sp(Fmt *f)
{
    f->space = 1;
}

/* Writes 'n' spaces of padding (alignment) before the next atom. */
static void pad(Fmt *f, uint32_t n)
{
    if (!n) return;
    begin(f);
    spaces(f, (int)n);
}

/* Asks for a line break before the next atom, at 'indent' (continuation
 * lines of that line at indent + 4), after a blank line when 'blank'. */
static void line(Fmt *f, int indent, int blank)
{
    if (f->measure) {
        f->space = 1;
        return;
    }
    f->pending = 1;
    f->pending_line = 1;
    f->pending_indent = indent;
    if (blank) f->pending_blank = 1;
    f->cont = indent + INDENT;
}

/* The column the next atom will be written at (a hazard's line break
 * aside). */
static uint32_t next_col(const Fmt *f)
{
    if (f->pending && !f->measure) return (uint32_t)f->pending_indent;
    return f->col + (f->space && f->line_code ? 1 : 0);
}

/* 1 when something 'w' columns wide, written next, would pass
 * FORMAT_WIDTH; never while measuring or inside a table row, where
 * nothing is broken. */
static int too_wide(const Fmt *f, uint32_t w)
{
    return !f->measure && !f->nowrap && next_col(f) + w > FORMAT_WIDTH;
}

/* A place to wrap before an operator whose text and right operand take
 * 'w' columns: breaks to the continuation indentation when they would
 * pass FORMAT_WIDTH. */
static void wrap(Fmt *f, uint32_t w)
{
    if (f->measure || f->nowrap || f->pending) return;
    if (f->col + 1 + w > FORMAT_WIDTH && f->col > (uint32_t)f->cont) {
        f->pending = 1;
        f->pending_indent = f->cont;
    }
}

/* Writes comment 'c': appended to the last line when it trailed code in
 * the source and that line holds code; otherwise on a line of its own at
 * the pending indentation (or 'indent'), after a blank line when the
 * author had one and 'blanks' (between items, not inside an expression). */
static void comment(Fmt *f, Span c, int indent, int blanks)
{
    uint32_t end = c.end;
    while (end > c.start && is_layout(f->src[end - 1])) end--;
    if (is_trailing(f, c) && f->line_code && !f->line_comment) {
        f->trails = xgrow(f->trails, &f->cap_trails, f->n_trails + 1, sizeof *f->trails);
        f->trails[f->n_trails++] = (Trail){f->out.n, f->col, f->blanks};
        raw(f, "  ", 2);
        raw(f, f->src + c.start, end - c.start);
        f->line_comment = 1;
        f->prev[0] = '\0';
        if (!f->pending) {
            f->pending = 1;
            f->pending_indent = f->cont;
        }
        return;
    }
    if (!f->pending || !f->pending_line) { /* else: at the line asked for */
        f->pending = 1;
        f->pending_indent = indent;
    }
    if (blanks && blank_before(f, c.start)) f->pending_blank = 1;
    int at = f->pending_indent, asked = f->pending_line;
    f->space = 0;
    begin(f);
    raw(f, f->src + c.start, end - c.start);
    f->line_comment = 1;
    f->line_code = 0;
    f->pending = 1;
    f->pending_indent = at;
    f->pending_line = asked;
}

/* Writes every comment that starts before 'off', at the start of an item
 * or clause: own-line ones at 'indent' unless a line break is already
 * pending, blank lines before them kept. */
static void flush_at(Fmt *f, uint32_t off, int indent)
{
    if (f->measure) return;
    while (f->next < f->n_comments && f->comments[f->next].start < off)
        comment(f, f->comments[f->next++], indent, 1);
}

/* The same inside a construct: own-line comments at the continuation
 * indentation, without blank lines. */
static void flush(Fmt *f, uint32_t off)
{
    if (f->measure) return;
    while (f->next < f->n_comments && f->comments[f->next].start < off)
        comment(f, f->comments[f->next++], f->cont, 0);
}

/* Writes source bytes [start, end) as one atom (a literal as written). */
static void put_src(Fmt *f, uint32_t start, uint32_t end)
{
    char small[256];
    size_t n = end - start;
    char *s = n < sizeof small ? small : xmalloc(n + 1);
    memcpy(s, f->src + start, n);
    s[n] = '\0';
    put(f, s);
    if (s != small) xfree(s);
}

/* Writes name 'name' written at 'at' (SPAN_NONE: unknown). */
static void put_name(Fmt *f, const char *name, Span at)
{
    if (!span_is_none(at)) flush(f, at.start);
    put(f, name);
}

/* Starts a new measuring writer like 'f'. */
static void measure_init(Fmt *m, const Fmt *f)
{
    memset(m, 0, sizeof *m);
    m->src = f->src;
    m->len = f->len;
    m->lang = f->lang;
    m->measure = 1;
}

/* Returns the width of what 'm' wrote and frees it. */
static uint32_t measure_done(Fmt *m)
{
    uint32_t w = m->out.p ? (uint32_t)utf8_chars(m->out.p, m->out.n) : 0;
    xfree(m->out.p);
    xfree(m->trails);
    return w;
}

/* ---- doc strings --------------------------------------------------------- */

/* Writes the doc string of 'd' at 'indent'.  One that starts with a line
 * break is printed as a block re-indented to 'indent' (the same text after
 * dedenting); any other is copied as written. */
static void doc(Fmt *f, const AstDeclInfo *d, int indent)
{
    uint32_t s = d->doc_span.start + 3, e = d->doc_span.end - 3;
    uint32_t k = s;
    while (k < e && is_layout(f->src[k])) k++;
    int block = k < e && f->src[k] == '\n' && d->doc[0];
    put(f, "\"\"\"");
    if (block) {
        for (const char *l = d->doc; *l;) {
            const char *nl = strchr(l, '\n');
            size_t n = nl ? (size_t)(nl - l) : strlen(l);
            raw(f, "\n", 1);
            if (n) {
                spaces(f, indent);
                raw(f, l, n);
            }
            l += n + (nl ? 1 : 0);
        }
        raw(f, "\n", 1);
        spaces(f, indent);
    } else {
        for (uint32_t a = s; a < e;) {
            uint32_t b = a;
            while (b < e && !(f->src[b] == '\r' && b + 1 < e && f->src[b + 1] == '\n')) b++;
            raw(f, f->src + a, b - a);
            a = b < e ? b + 1 : b; /* drop the '\r' of a CRLF */
        }
    }
    raw(f, "\"\"\"", 3);
    f->line_code = 1;
}

/* Starts block item 'n' (a declaration, rule, field, row, ...) on a line
 * of its own at 'indent': first the comments before it, then a blank line
 * if the author had one, then its doc string. */
static void item(Fmt *f, const AstNode *n, int indent, int top)
{
    int has_doc = n->decl && n->decl->doc;
    uint32_t start = has_doc ? n->decl->doc_span.start : n->span.start;
    flush_at(f, start, indent);
    line(f, indent, blank_before(f, start));
    if (top) f->mark = 1;
    if (has_doc) {
        doc(f, n->decl, indent);
        flush_at(f, n->span.start, indent);
        line(f, indent, 0);
    }
}

/* Starts a clause line ('limit', 'otherwise', ...) whose keyword of
 * 'words' words comes right before 'value'. */
static void clause_line(Fmt *f, const AstNode *value, int words, int indent)
{
    uint32_t at = kw_start(f, value->span.start, words);
    flush_at(f, at, indent);
    line(f, indent, blank_before(f, at));
}

/* ---- expressions --------------------------------------------------------- */

/* The binding strength of 'n''s own form (brackets aside). */
static int form_prec(const AstNode *n)
{
    switch (n->kind) {
    case AST_IF: case AST_QUANT: return P_LOW;
    case AST_UNARY: return n->op == AST_OP_NOT ? P_NOT : P_NEG;
    case AST_IS: return P_CMP;
    case AST_DOT: case AST_INDEX: case AST_CALL: case AST_RECORD_LIT: return P_POSTFIX;
    case AST_BINARY:
        switch (n->op) {
        case AST_OP_OR: return P_OR;
        case AST_OP_AND: return P_AND;
        case AST_OP_ADD: case AST_OP_SUB: return P_ADD;
        case AST_OP_MUL: case AST_OP_DIV: return P_MUL;
        default: return P_CMP;
        }
    default: return P_PRIMARY;
    }
}

/* The binding strength of 'n' as an operand: brackets bind tightest. */
static int prec(const AstNode *n)
{
    return (n->flags & AST_F_PAREN) ? P_PRIMARY : form_prec(n);
}

/* Prefix forms extend to the right; the parser accepts them unbracketed as
 * a right operand. */
static int is_prefix(const AstNode *n)
{
    return !(n->flags & AST_F_PAREN) && (n->kind == AST_UNARY || n->kind == AST_IF || n->kind == AST_QUANT);
}

static void expr(Fmt *f, const AstNode *n, int paren);

/* Writes 'n' where an operand of at least 'min_binary' binding is needed
 * ('min_prefix' for a prefix form), adding parentheses otherwise.  For a
 * tree from the parser this adds none: the author's are kept. */
static void sub(Fmt *f, const AstNode *n, int min_binary, int min_prefix)
{
    int p = prec(n);
    expr(f, n, !(n->flags & AST_F_PAREN) && p < (is_prefix(n) ? min_prefix : min_binary));
}

static uint32_t sub_width(const Fmt *f, const AstNode *n, int min_binary, int min_prefix)
{
    Fmt m;
    measure_init(&m, f);
    sub(&m, n, min_binary, min_prefix);
    return measure_done(&m);
}

static const char *op_word(const Fmt *f, int op)
{
    switch (op) {
    case AST_OP_AND: return kw(f, "and");
    case AST_OP_OR: return kw(f, "or");
    case AST_OP_IN: return kw(f, "in");
    case AST_OP_NOT: return kw(f, "not");
    default: return ast_op_name(op);
    }
}

/* Writes the items of 'n' separated by ", ". */
static void list(Fmt *f, AstNode *const *items, uint32_t n)
{
    for (uint32_t k = 0; k < n; k++) {
        if (k) {
            put(f, ",");
            sp(f);
        }
        sub(f, items[k], 0, 0);
    }
}

/* 1 when a comment comes between the 'n' items (n > 0), or between them
 * and 'from' (before the opening bracket) or the closing bracket at
 * 'close' -- not inside an item: that one breaks the item. */
static int comments_between(const Fmt *f, uint32_t from, AstNode *const *items, uint32_t n, uint32_t close)
{
    if (has_comments(f, from, items[0]->span.start)) return 1;
    for (uint32_t k = 0; k < n; k++)
        if (has_comments(f, items[k]->span.end, k + 1 < n ? items[k + 1]->span.start : close)) return 1;
    return 0;
}

/* Writes 'open', the 'n' items separated by ", " and 'shut', whose
 * source offset is 'close' ('from': where the text before 'open' ends).
 * On one line when that fits and no comment comes between the items;
 * else broken after 'open': the items filled onto lines indented 4 more
 * than the line the bracket is on (an item starts a new line when it does
 * not fit after the one before, or that one took several lines or ended
 * in a comment) and 'shut' on a line of its own at that line's
 * indentation (in a branch of an if chain: the column of its 'if').  An
 * item too wide for a line of its own is broken by the same rules inside
 * it. */
static void bracketed(Fmt *f, const char *open, uint32_t from, AstNode *const *items, uint32_t n, uint32_t close,
                      const char *shut)
{
    int broken = 0;
    if (n && !f->measure && !f->nowrap) {
        Fmt m;
        measure_init(&m, f);
        put(&m, open);
        list(&m, items, n);
        put(&m, shut);
        broken = too_wide(f, measure_done(&m)) || comments_between(f, from, items, n, close);
    }
    if (!broken) {
        put(f, open);
        list(f, items, n);
        flush(f, close);
        put(f, shut);
        return;
    }
    /* the line's indentation, or the column of an 'if' whose branch this is */
    int outer = f->cont - INDENT > f->line_indent ? f->cont - INDENT : f->line_indent, inner = outer + INDENT;
    int multi = 0; /* the item before took several lines: the next starts a line */
    put(f, open);
    for (uint32_t k = 0; k < n; k++) {
        f->cont = inner; /* own-line comments before the item */
        flush(f, items[k]->span.start);
        sp(f);
        if (k == 0 || multi || f->pending || too_wide(f, sub_width(f, items[k], 0, 0) + (k + 1 < n)))
            line(f, inner, 0);
        f->cont = inner + INDENT;
        uint32_t first = f->lines + (f->pending != 0);
        sub(f, items[k], 0, 0);
        multi = f->lines > first;
        if (k + 1 < n) put(f, ",");
    }
    f->cont = inner;
    flush(f, close);
    line(f, outer, 0);
    put(f, shut);
}

/* 1 when 'v' is a call or set literal that can break after its bracket
 * where it stands (brackets of the author's around it aside). */
static int breaks_inside(const AstNode *v)
{
    if (v->flags & AST_F_PAREN || v->n_items == 0) return 0;
    return v->kind == AST_CALL || v->kind == AST_SET_LIT || (v->kind == AST_AGGREGATE && !(v->flags & AST_F_FOR));
}

/* Writes value 'v' after the '=', 'then' or 'else' that ends the line so
 * far: on that line when it fits (and not 'own_line'), else on a new line
 * at 'indent' -- unless it is a call or set literal too wide for that line
 * as well, which stays and breaks after its bracket.  An if chain too
 * wide to follow goes one branch per line even where it would fit. */
static void place(Fmt *f, const AstNode *v, int indent, int own_line)
{
    sp(f);
    if (!f->measure && !f->nowrap) {
        uint32_t w = sub_width(f, v, 0, 0);
        if (f->pending || own_line) {
            line(f, indent, 0);
        } else if (too_wide(f, w) && !(breaks_inside(v) && (uint32_t)indent + w > FORMAT_WIDTH)) {
            line(f, indent, 0);
            f->break_if = v->kind == AST_IF && !(v->flags & AST_F_PAREN);
        }
    }
    sub(f, v, 0, 0);
}

/* Writes 'if' chain 'n' one branch per line, its first 'if' being the
 * next atom: every 'else' at the column of that 'if', an 'else if' on the
 * line of its 'else', and a branch's value that does not fit after its
 * 'then' or 'else' on the next line, indented 4 more than the 'if' (so an
 * if nested in a branch indents further). */
static void if_chain(Fmt *f, const AstNode *n)
{
    int at = (int)next_col(f);
    f->break_if = 0;
    for (;;) {
        f->cont = at + INDENT;
        put(f, kw(f, "if"));
        sp(f);
        sub(f, n->a, 0, 0);
        flush(f, kw_start(f, n->b->span.start, 1));
        sp(f);
        put(f, kw(f, "then"));
        flush(f, n->b->span.start);
        place(f, n->b, at + INDENT, 0);
        line(f, at, 0);
        flush(f, kw_start(f, n->c->span.start, 1));
        put(f, kw(f, "else"));
        n = n->c;
        flush(f, n->span.start);
        if (n->kind != AST_IF || (n->flags & AST_F_PAREN)) break;
        sp(f);
    }
    f->cont = at + INDENT;
    place(f, n, at + INDENT, 0);
}

/* Where a literal's token starts: after the '(' and layout of a
 * parenthesised literal, whose span covers the brackets. */
static uint32_t literal_start(const Fmt *f, const AstNode *n)
{
    uint32_t k = n->span.start;
    if (!(n->flags & AST_F_PAREN)) return k;
    while (k < n->span.end) {
        char c = f->src[k];
        if (c == '#') {
            while (k < n->span.end && f->src[k] != '\n') k++;
        } else if (c == '(' || c == '\n' || is_layout(c)) {
            k++;
        } else {
            break;
        }
    }
    return k;
}

/* The end of the number written at 'k' (lexer.l's NUMISH). */
static uint32_t numish_end(const Fmt *f, uint32_t k)
{
    while (k < f->len && is_word_char(f->src[k])) k++;
    while (k + 1 < f->len && f->src[k] == '.' && is_word_char(f->src[k + 1])) {
        k++;
        while (k < f->len && is_word_char(f->src[k])) k++;
    }
    return k;
}

/* Writes literal 'n' as written: money as '€ ' and its amount, a duration
 * with one space before its unit, anything else byte for byte. */
static void literal(Fmt *f, const AstNode *n)
{
    uint32_t s = literal_start(f, n);
    flush(f, s);
    uint32_t e = n->span.end;
    const char *src = f->src;
    switch (n->kind) {
    case AST_MONEY: {
        uint32_t k = s + 3; /* '€' and 'EUR' are three bytes */
        while (k < e && is_layout(src[k])) k++;
        uint32_t ne = numish_end(f, k);
        char *t = xmalloc(ne - k + 8);
        memcpy(t, "\xe2\x82\xac ", 4);
        memcpy(t + 4, src + k, ne - k);
        t[4 + ne - k] = '\0';
        put(f, t);
        xfree(t);
        return;
    }
    case AST_DURATION: {
        uint32_t ne = numish_end(f, s), u = ne;
        while (u < e && is_layout(src[u])) u++;
        uint32_t ue = u;
        while (ue < f->len && is_word_char(src[ue])) ue++;
        char *t = xmalloc(ue - s + 2);
        memcpy(t, src + s, ne - s);
        t[ne - s] = ' ';
        memcpy(t + ne - s + 1, src + u, ue - u);
        t[ne - s + 1 + ue - u] = '\0';
        put(f, t);
        xfree(t);
        return;
    }
    case AST_STRING: {
        uint32_t k = s + 1;
        while (k < f->len && src[k] != '"' && src[k] != '\n') k += src[k] == '\\' ? 2 : 1;
        put_src(f, s, k + 1);
        return;
    }
    case AST_DATE: put_src(f, s, s + 10); return;
    case AST_PERCENT: {
        uint32_t k = numish_end(f, s);
        put_src(f, s, k + 1);
        return;
    }
    default: put_src(f, s, numish_end(f, s)); return;
    }
}

/* Writes expression 'n', in parentheses when it was written in them or
 * when 'paren'. */
static void expr(Fmt *f, const AstNode *n, int paren)
{
    paren = paren || (n->flags & AST_F_PAREN);
    uint32_t close = (n->flags & AST_F_PAREN) ? n->span.end - 1 : n->span.end;
    if (paren) {
        flush(f, n->span.start);
        put(f, "(");
    }
    switch (n->kind) {
    case AST_NAME:
        if (!(n->flags & AST_F_PAREN)) flush(f, n->span.start);
        put(f, n->name);
        break;
    case AST_INT: case AST_DECIMAL: case AST_MONEY: case AST_PERCENT: case AST_DATE: case AST_DURATION:
    case AST_STRING:
        literal(f, n);
        break;
    case AST_BOOL:
        flush(f, n->span.start);
        put(f, kw(f, n->op ? "true" : "false"));
        break;
    case AST_UNKNOWN:
        flush(f, n->span.start);
        put(f, kw(f, "unknown"));
        break;
    case AST_SET_LIT:
        flush(f, n->span.start);
        bracketed(f, "{", n->span.start, n->items, n->n_items, close - 1, "}");
        break;
    case AST_UNARY:
        flush(f, n->span.start);
        if (n->op == AST_OP_NOT) {
            put(f, kw(f, "not"));
            sp(f);
            sub(f, n->a, P_NOT, 0);
        } else {
            put(f, "-");
            sub(f, n->a, P_NEG, 0);
        }
        break;
    case AST_BINARY: {
        int p = form_prec(n);
        int left = p == P_CMP ? p + 1 : p;
        sub(f, n->a, left, left);
        flush(f, n->b->span.start);
        const char *op = op_word(f, n->op);
        if (!f->measure && !f->nowrap &&
            (n->op == AST_OP_OR || n->op == AST_OP_AND || n->op == AST_OP_ADD || n->op == AST_OP_SUB))
            wrap(f, (uint32_t)strlen(op) + 1 + sub_width(f, n->b, p + 1, 0));
        sp(f);
        put(f, op);
        sp(f);
        sub(f, n->b, p + 1, 0);
        break;
    }
    case AST_IS:
        sub(f, n->a, P_CMP + 1, P_CMP);
        sp(f);
        put(f, kw(f, "is"));
        sp(f);
        put_name(f, n->name, n->name_span);
        break;
    case AST_IF:
        flush(f, n->span.start);
        /* one branch per line when it does not fit (the '(' is written)
         * or holds a comment */
        if (!f->measure && !f->nowrap &&
            (f->break_if || has_comments(f, n->span.start, n->span.end) ||
             too_wide(f, sub_width(f, n, 0, 0) - ((n->flags & AST_F_PAREN) ? 1 : 0)))) {
            if_chain(f, n);
            break;
        }
        put(f, kw(f, "if"));
        sp(f);
        sub(f, n->a, 0, 0);
        flush(f, n->b->span.start);
        sp(f);
        put(f, kw(f, "then"));
        sp(f);
        sub(f, n->b, 0, 0);
        flush(f, n->c->span.start);
        sp(f);
        put(f, kw(f, "else"));
        sp(f);
        sub(f, n->c, 0, 0);
        break;
    case AST_QUANT:
        flush(f, n->span.start);
        put(f, kw(f, n->op == AST_OP_ANY ? "any" : n->op == AST_OP_ALL ? "all" : "count"));
        sp(f);
        put_name(f, n->name, n->name_span);
        sp(f);
        put(f, kw(f, "in"));
        sp(f);
        sub(f, n->a, P_POSTFIX, P_POSTFIX);
        if (n->b) {
            flush(f, n->b->span.start);
            sp(f);
            put(f, kw(f, "where"));
            sp(f);
            sub(f, n->b, 0, 0);
        }
        break;
    case AST_DOT:
        sub(f, n->a, P_POSTFIX, P_POSTFIX);
        put(f, ".");
        put_name(f, n->name, n->name_span);
        break;
    case AST_INDEX: /* a lookup's keys are short: never broken */
        sub(f, n->a, P_POSTFIX, P_POSTFIX);
        put(f, "[");
        list(f, n->items, n->n_items);
        flush(f, close - 1);
        put(f, "]");
        break;
    case AST_CALL:
        sub(f, n->a, P_POSTFIX, P_POSTFIX);
        bracketed(f, "(", n->a->span.end, n->items, n->n_items, close - 1, ")");
        break;
    case AST_RECORD_LIT:
        sub(f, n->a, P_POSTFIX, P_POSTFIX);
        put(f, "(");
        for (uint32_t k = 0; k < n->n_items; k++) {
            if (k) {
                put(f, ",");
                sp(f);
            }
            put_name(f, n->items[k]->name, n->items[k]->name_span);
            put(f, ":");
            sp(f);
            sub(f, n->items[k]->a, 0, 0);
        }
        flush(f, close - 1);
        put(f, ")");
        break;
    case AST_VARIANT_OF:
        flush(f, n->span.start);
        put(f, kw(f, "variant"));
        put(f, "(");
        sub(f, n->a, 0, 0);
        flush(f, close - 1);
        put(f, ")");
        break;
    case AST_PREVIOUS:
        flush(f, n->span.start);
        put(f, kw(f, "previous"));
        put(f, "(");
        put_name(f, n->name, n->name_span);
        flush(f, close - 1);
        put(f, ")");
        break;
    case AST_AGGREGATE:
        flush(f, n->span.start);
        put(f, kw(f, ast_op_name(n->op)));
        if (!(n->flags & AST_F_FOR)) { /* min(a, b): like a call */
            bracketed(f, "(", n->span.start, n->items, n->n_items, close - 1, ")");
            break;
        }
        put(f, "(");
        sub(f, n->items[0], 0, 0);
        sp(f);
        put(f, kw(f, "for"));
        sp(f);
        put_name(f, n->name, n->name_span);
        sp(f);
        put(f, kw(f, "in"));
        sp(f);
        sub(f, n->b, 0, 0);
        if (n->c) {
            flush(f, n->c->span.start);
            sp(f);
            put(f, kw(f, "where"));
            sp(f);
            sub(f, n->c, 0, 0);
        }
        flush(f, close - 1);
        put(f, ")");
        break;
    default: /* AST_ERROR: files with errors are never formatted */
        put(f, "?");
        break;
    }
    if (paren) {
        flush(f, close);
        put(f, ")");
    }
}

/* Writes a clause 'KEYWORD cond' ('when', 'unless', a column's 'where')
 * on the current line when it fits and what it follows (whose first atom
 * was spotted: the caller set f->spot before writing it) took one line;
 * else on a new line at 'indent'. */
static void cond_clause(Fmt *f, const char *word, const AstNode *cond, int indent)
{
    uint32_t at = kw_start(f, cond->span.start, 1);
    flush_at(f, at, indent);
    uint32_t w = (uint32_t)strlen(word) + 1 + sub_width(f, cond, 0, 0);
    if (f->pending || (!f->measure && f->lines > f->spot_line) || f->col + 1 + w > FORMAT_WIDTH)
        line(f, indent, 0);
    else sp(f);
    f->spot = 1;
    put(f, word);
    sp(f);
    sub(f, cond, 0, 0);
}

/* Writes ' = value' after a header at 'indent': on the same line when it
 * fits and no comment comes between, else on the next line, indented
 * (a call or set too wide for that line too stays and breaks inside). */
static void assign(Fmt *f, uint32_t after, const AstNode *value, int indent)
{
    sp(f);
    put(f, "=");
    place(f, value, indent + INDENT, !f->measure && has_comments(f, after, value->span.end));
}

/* ---- declarations -------------------------------------------------------- */

static void type(Fmt *f, const AstNode *t)
{
    switch (t->kind) {
    case AST_TYPE_SET:
    case AST_TYPE_LIST:
        flush(f, t->span.start);
        put(f, kw(f, t->kind == AST_TYPE_SET ? "set of" : "list of"));
        sp(f);
        type(f, t->a);
        break;
    default:
        put_name(f, t->name, t->name_span);
        break;
    }
}

/* 'name: Type' of a parameter or payload field. */
static void param(Fmt *f, const AstNode *p)
{
    put_name(f, p->name, p->name_span);
    put(f, ":");
    sp(f);
    type(f, p->a);
}

/* '(name: T, ...)' of a def or variant case; the ')' is at 'close'. */
static void params(Fmt *f, const AstNode *n, uint32_t close)
{
    put(f, "(");
    for (uint32_t k = 0; k < n->n_items; k++) {
        if (k) {
            put(f, ",");
            sp(f);
        }
        param(f, n->items[k]);
    }
    flush(f, close);
    put(f, ")");
}

/* Writes 'override ' and the keyword of a declaration, then its name. */
static void head(Fmt *f, const AstNode *n, const char *word)
{
    if (n->flags & AST_F_OVERRIDE) {
        put(f, kw(f, "override"));
        sp(f);
    }
    put(f, kw(f, word));
    sp(f);
    put_name(f, n->name, n->name_span);
}

/* Opens a block: ' {'. */
static void open_block(Fmt *f)
{
    sp(f);
    put(f, "{");
    f->block_start = 1;
}

/* Closes a block whose '}' is at 'close' and whose items were at
 * 'indent': '{}' when nothing was written inside. */
static void close_block(Fmt *f, uint32_t close, int indent, int empty)
{
    empty = empty && !(f->next < f->n_comments && f->comments[f->next].start < close);
    if (!empty) {
        flush_at(f, close, indent + INDENT);
        line(f, indent, 0);
    }
    put(f, "}");
}

/* One field: 'name: Type [key] [= default]'. */
static void field(Fmt *f, const AstNode *n, int indent)
{
    put_name(f, n->name, n->name_span);
    put(f, ":");
    sp(f);
    type(f, n->a);
    if (n->flags & AST_F_KEY) {
        sp(f);
        put(f, kw(f, "key"));
    }
    if (n->b) assign(f, n->a->span.end, n->b, indent);
}

static void fields_block(Fmt *f, const AstNode *n, int indent)
{
    for (uint32_t k = 0; k < n->n_items; k++) {
        item(f, n->items[k], indent + INDENT, 0);
        field(f, n->items[k], indent + INDENT);
    }
}

/* 1 when cell 'c' is a number, amount or percentage (right-aligned). */
static int is_number(const AstNode *c)
{
    if (c->kind == AST_UNARY && c->op == AST_OP_NEG && !(c->flags & AST_F_PAREN)) c = c->a;
    return c->kind == AST_INT || c->kind == AST_DECIMAL || c->kind == AST_MONEY || c->kind == AST_PERCENT;
}

/* Writes inline rows (AST_ROW) one per line at 'indent', cells padded so
 * the '|' line up; columns of numbers are right-aligned. */
static void rows(Fmt *f, AstNode *const *rs, uint32_t n, int indent)
{
    uint32_t ncol = 0;
    for (uint32_t r = 0; r < n; r++)
        if (rs[r]->n_items > ncol) ncol = rs[r]->n_items;
    uint32_t *w = xcalloc(ncol ? ncol : 1, sizeof *w);
    int *num = xcalloc(ncol ? ncol : 1, sizeof *num);
    for (uint32_t c = 0; c < ncol; c++) num[c] = 1;
    for (uint32_t r = 0; r < n; r++)
        for (uint32_t c = 0; c < rs[r]->n_items; c++) {
            uint32_t cw = sub_width(f, rs[r]->items[c], 0, 0);
            if (cw > w[c]) w[c] = cw;
            if (!is_number(rs[r]->items[c])) num[c] = 0;
        }
    for (uint32_t r = 0; r < n; r++) {
        const AstNode *row = rs[r];
        if (indent >= 0) item(f, row, indent, 0);
        else sp(f);
        f->nowrap++;
        put(f, "|");
        for (uint32_t c = 0; c < row->n_items; c++) {
            const AstNode *cell = row->items[c];
            uint32_t cw = sub_width(f, cell, 0, 0);
            sp(f);
            if (num[c]) pad(f, w[c] - cw);
            sub(f, cell, 0, 0);
            if (!num[c]) pad(f, w[c] - cw);
            flush(f, c + 1 < row->n_items ? row->items[c + 1]->span.start : row->span.end - 1);
            sp(f);
            put(f, "|");
        }
        f->nowrap--;
    }
    xfree(w);
    xfree(num);
}

typedef void (*EmitFn)(Fmt *f, const AstNode *n);

static uint32_t emit_width(const Fmt *f, EmitFn emit, const AstNode *n)
{
    Fmt m;
    measure_init(&m, f);
    emit(&m, n);
    return measure_done(&m);
}

/* Writes the 'n' items of a brace block ' { a, b, c }' whose contents lie
 * between 'open' and the '}' at 'close': on the current line when they fit
 * and hold no comment, else filled onto lines at 'indent' + 4 as far as
 * FORMAT_WIDTH allows, with the '}' on a line of its own at 'indent'. */
static void fill_block(Fmt *f, AstNode *const *items, uint32_t n, EmitFn emit, uint32_t open, uint32_t close,
                       int indent)
{
    open_block(f);
    int inner = indent + INDENT;
    uint32_t *w = xcalloc(n ? n : 1, sizeof *w), total = 0;
    for (uint32_t k = 0; k < n; k++) total += (w[k] = emit_width(f, emit, items[k])) + 2;
    int oneline = n > 0 && !has_comments(f, open, close) && f->col + total + 1 <= FORMAT_WIDTH;
    int multi = 0; /* the item before took several lines */
    for (uint32_t k = 0; k < n; k++) {
        flush_at(f, items[k]->span.start, inner);
        if (!oneline && (k == 0 || multi || f->pending || f->col + 1 + w[k] + (k + 1 < n) > FORMAT_WIDTH))
            line(f, inner, 0);
        else sp(f);
        uint32_t first = f->lines + (f->pending && !f->measure);
        emit(f, items[k]);
        multi = f->lines > first;
        if (k + 1 < n) put(f, ",");
    }
    xfree(w);
    if (oneline) {
        sp(f);
        put(f, "}");
    } else {
        close_block(f, close, indent, n == 0);
    }
}

static void member(Fmt *f, const AstNode *m)
{
    put_name(f, m->name, m->name_span);
}

static void decl_enum(Fmt *f, const AstNode *n)
{
    head(f, n, "enum");
    fill_block(f, n->items, n->n_items, member, n->name_span.end, n->span.end - 1, 0);
}

/* One variant case: 'name' or 'name(field: T, ...)'. */
static void variant_case(Fmt *f, const AstNode *c)
{
    put_name(f, c->name, c->name_span);
    if (c->n_items) params(f, c, c->span.end - 1);
}

/* record and variant: '{ a, b }' on one line when it fits, has no
 * comments and no doc strings; else one item per line. */
static void decl_braced(Fmt *f, const AstNode *n, const char *word)
{
    head(f, n, word);
    int is_variant = n->kind == AST_VARIANT;
    uint32_t close = n->span.end - 1;
    open_block(f);
    int oneline = !has_comments(f, n->name_span.end, close) && n->n_items > 0;
    for (uint32_t k = 0; k < n->n_items && oneline; k++)
        if (n->items[k]->decl && n->items[k]->decl->doc) oneline = 0;
    if (oneline) {
        Fmt m;
        measure_init(&m, f);
        for (uint32_t k = 0; k < n->n_items; k++) {
            if (is_variant) variant_case(&m, n->items[k]);
            else field(&m, n->items[k], 0);
            put(&m, ", ");
        }
        oneline = f->col + 1 + measure_done(&m) <= FORMAT_WIDTH;
    }
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *c = n->items[k];
        if (oneline) {
            if (k) put(f, ",");
            sp(f);
        } else {
            item(f, c, INDENT, 0);
        }
        if (is_variant) variant_case(f, c);
        else field(f, c, INDENT);
        if (!oneline && is_variant && k + 1 < n->n_items) put(f, ",");
    }
    if (oneline) {
        sp(f);
        put(f, "}");
    } else {
        close_block(f, close, 0, n->n_items == 0);
    }
}

static void decl_input(Fmt *f, const AstNode *n)
{
    head(f, n, "input");
    if (n->a) {
        sp(f);
        put(f, kw(f, "dated by"));
        sp(f);
        put_name(f, n->a->name, n->a->span);
    }
    open_block(f);
    fields_block(f, n, 0);
    close_block(f, n->span.end - 1, 0, n->n_items == 0);
}

static void decl_table(Fmt *f, const AstNode *n)
{
    head(f, n, "table");
    if (n->a) {
        sp(f);
        put(f, kw(f, "key"));
        sp(f);
        put(f, "(");
        for (uint32_t k = 0; k < n->a->n_items; k++) {
            if (k) {
                put(f, ",");
                sp(f);
            }
            put_name(f, n->a->items[k]->name, n->a->items[k]->span);
        }
        flush(f, n->a->span.end - 1);
        put(f, ")");
    }
    open_block(f);
    fields_block(f, n, 0);
    if (n->b) rows(f, n->b->items, n->b->n_items, INDENT);
    close_block(f, n->span.end - 1, 0, n->n_items == 0 && !n->b);
}

/* 'from D [until D]' of a parameter's period. */
static void period_head(Fmt *f, const AstNode *p)
{
    put(f, kw(f, "from"));
    sp(f);
    sub(f, p->a, P_PRIMARY, P_PRIMARY);
    if (p->b) {
        flush(f, p->b->span.start);
        sp(f);
        put(f, kw(f, "until"));
        sp(f);
        sub(f, p->b, P_PRIMARY, P_PRIMARY);
    }
}

static void decl_parameter(Fmt *f, const AstNode *n)
{
    head(f, n, "parameter");
    put(f, ":");
    sp(f);
    type(f, n->a);
    if (n->b) assign(f, n->a->span.end, n->b, 0);
    uint32_t wmax = 0;
    uint32_t *w = xcalloc(n->n_items ? n->n_items : 1, sizeof *w);
    for (uint32_t k = 0; k < n->n_items; k++) {
        Fmt m;
        measure_init(&m, f);
        period_head(&m, n->items[k]);
        w[k] = measure_done(&m);
        if (w[k] > wmax) wmax = w[k];
    }
    f->block_start = 1;
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *p = n->items[k];
        item(f, p, INDENT, 0);
        period_head(f, p);
        flush(f, p->c->span.start);
        pad(f, wmax - w[k]);
        sp(f);
        put(f, "=");
        sp(f);
        sub(f, p->c, 0, 0);
    }
    xfree(w);
}

static void decl_def(Fmt *f, const AstNode *n)
{
    head(f, n, "def");
    if (n->flags & AST_F_FUNCTION) {
        uint32_t open = find_char(f, n->name_span.end, '(', n->name_span.end);
        uint32_t last = n->n_items ? n->items[n->n_items - 1]->span.end : open + 1;
        params(f, n, find_char(f, last, ')', last));
    }
    put(f, ":");
    sp(f);
    type(f, n->a);
    assign(f, n->a->span.end, n->b, 0);
}

/* The parts of a rule header after its name, each without the space
 * before it: the label, 'exception to R', 'valid from D until D'. */
static void rule_label(Fmt *f, const AstNode *r)
{
    flush(f, r->decl->label_span.start);
    put_src(f, r->decl->label_span.start, r->decl->label_span.end);
}

static void rule_exception(Fmt *f, const AstNode *r)
{
    flush(f, r->d->span.start);
    put(f, kw(f, "exception to"));
    sp(f);
    put(f, r->d->name);
}

static void rule_valid(Fmt *f, const AstNode *r)
{
    flush(f, r->e->span.start);
    put(f, kw(f, "valid"));
    if (r->e->a) {
        sp(f);
        put(f, kw(f, "from"));
        sp(f);
        sub(f, r->e->a, 0, 0);
    }
    if (r->e->b) {
        flush(f, r->e->b->span.start);
        sp(f);
        put(f, kw(f, "until"));
        sp(f);
        sub(f, r->e->b, 0, 0);
    }
}

static uint32_t rule_part_width(const Fmt *f, void (*part)(Fmt *, const AstNode *), const AstNode *r)
{
    Fmt m;
    measure_init(&m, f);
    part(&m, r);
    return measure_done(&m);
}

/* A rule: its header 'rule NAME "label" exception to R valid from D until
 * D:' on one line when it fits; else the label on a continuation line (at
 * 12, apart from the result at 8) when it does not fit after the name, and
 * the clauses after the label when they fit there, else on a continuation
 * line, each on one more when they do not fit together.  Then the result
 * on a line of its own, 'when' and 'unless' after it as they fit. */
static void rule(Fmt *f, const AstNode *r)
{
    enum { HEAD_CONT = 3 * INDENT };
    item(f, r, INDENT, 0);
    f->cont = HEAD_CONT;
    put(f, kw(f, (r->flags & AST_F_OVERRIDE) ? "override rule" : "rule"));
    sp(f);
    put_name(f, r->name, r->name_span);
    uint32_t we = r->d ? rule_part_width(f, rule_exception, r) : 0;
    uint32_t wv = r->e ? rule_part_width(f, rule_valid, r) : 0;
    uint32_t wc = we + wv + (we && wv); /* the clauses, one line */
    if (r->decl->label) {
        sp(f);
        if (too_wide(f, rule_part_width(f, rule_label, r) + (wc ? 0 : 1))) line(f, HEAD_CONT, 0);
        rule_label(f, r);
    }
    if (wc) {
        sp(f);
        int apart = too_wide(f, wc + 1);
        if (apart) line(f, HEAD_CONT, 0);
        if (r->d) rule_exception(f, r);
        if (r->d && r->e) {
            sp(f);
            if (apart && too_wide(f, wv + 1)) line(f, HEAD_CONT, 0);
        }
        if (r->e) rule_valid(f, r);
    }
    put(f, ":");
    f->block_start = 1;
    line(f, 2 * INDENT, 0);
    f->spot = 1;
    sub(f, r->a, 0, 0);
    if (r->b) cond_clause(f, kw(f, "when"), r->b, 2 * INDENT);
    if (r->c) cond_clause(f, kw(f, "unless"), r->c, 2 * INDENT);
}

static void decl_decision(Fmt *f, const AstNode *n)
{
    head(f, n, "decision");
    if (n->a) {
        put(f, ":");
        sp(f);
        type(f, n->a);
        if (n->flags & AST_F_UNIQUE) {
            sp(f);
            put(f, kw(f, "unique"));
        }
    }
    f->block_start = 1;
    for (uint32_t k = 0; k < n->n_items; k++) rule(f, n->items[k]);
    if (n->b) {
        clause_line(f, n->b, 1, INDENT);
        put(f, kw(f, "otherwise"));
        sp(f);
        sub(f, n->b, 0, 0);
    }
}

static void decl_budget(Fmt *f, const AstNode *n)
{
    head(f, n, "budget");
    f->block_start = 1;
    if (n->n_items) {
        clause_line(f, n->items[0], 1, INDENT);
        put(f, kw(f, "per"));
        sp(f);
        list(f, n->items, n->n_items);
    }
    if (n->a) {
        clause_line(f, n->a, 1, INDENT);
        put(f, kw(f, "limit"));
        sp(f);
        sub(f, n->a, 0, 0);
    }
    for (uint32_t k = 0; n->b && k < n->b->n_items; k++) {
        const AstNode *c = n->b->items[k];
        item(f, c, INDENT, 0);
        f->spot = 1;
        put(f, kw(f, "charge"));
        sp(f);
        sub(f, c->a, 0, 0);
        if (c->b) cond_clause(f, kw(f, "when"), c->b, 2 * INDENT);
    }
}

/* An order key: 'key [desc]' ('asc' is the default and not written). */
static void order_key(Fmt *f, const AstNode *k)
{
    sub(f, k->a, 0, 0);
    if (k->flags & AST_F_DESC) {
        sp(f);
        put(f, kw(f, "desc"));
    }
}

/* Where keyword 'word' is written in [from, to): the first word outside
 * strings and comments that equals it ('to' when there is none). */
static uint32_t find_word(const Fmt *f, uint32_t from, uint32_t to, const char *word)
{
    size_t wl = strlen(word);
    for (uint32_t k = from; k < to;) {
        char c = f->src[k];
        if (c == '#') {
            while (k < to && f->src[k] != '\n') k++;
        } else if (c == '"') {
            for (k++; k < to && f->src[k] != '"' && f->src[k] != '\n'; k++)
                if (f->src[k] == '\\') k++;
            k++;
        } else if (is_word_char(c)) {
            uint32_t e = k;
            while (e < to && is_word_char(f->src[e])) e++;
            if (e - k == wl && memcmp(f->src + k, word, wl) == 0) return k;
            k = e;
        } else {
            k++;
        }
    }
    return to;
}

/* One clause of an allocation, for putting them in source order. */
typedef struct AllocClause {
    uint32_t at;         /* where its keyword is written */
    const char *word;    /* the keyword (English) */
    const AstNode *node; /* its expression or order key (NULL: 'equal') */
} AllocClause;

static int cmp_clause(const void *a, const void *b)
{
    uint32_t x = ((const AllocClause *)a)->at, y = ((const AllocClause *)b)->at;
    return x < y ? -1 : x > y;
}

/* allocation: one clause per line, in the order they were written (the
 * tree keeps them by role). */
static void decl_allocation(Fmt *f, const AstNode *n)
{
    head(f, n, "allocation");
    sp(f);
    put(f, kw(f, "over"));
    sp(f);
    sub(f, n->a, 0, 0);
    f->block_start = 1;
    AllocClause *cl = xcalloc(n->n_items + 4, sizeof *cl);
    size_t m = 0;
    const AstNode *fixed[3] = {n->b, n->c, n->d};
    const char *words[3] = {"total", "weight", "cap"};
    for (int k = 0; k < 3; k++)
        if (fixed[k]) cl[m++] = (AllocClause){kw_start(f, fixed[k]->span.start, 1), words[k], fixed[k]};
    for (uint32_t k = 0; k < n->n_items; k++)
        cl[m++] = (AllocClause){kw_start(f, n->items[k]->span.start, 2), "order by", n->items[k]};
    if (n->flags & AST_F_EQUAL)
        cl[m++] = (AllocClause){find_word(f, n->a->span.end, n->span.end, kw(f, "equal")), "equal", NULL};
    qsort(cl, m, sizeof *cl, cmp_clause);
    for (size_t k = 0; k < m; k++) {
        flush_at(f, cl[k].at, INDENT);
        line(f, INDENT, blank_before(f, cl[k].at));
        put(f, kw(f, cl[k].word));
        if (!cl[k].node) continue;
        sp(f);
        if (cl[k].node->kind == AST_ORDER_KEY) order_key(f, cl[k].node);
        else sub(f, cl[k].node, 0, 0);
    }
    xfree(cl);
}

static void decl_series(Fmt *f, const AstNode *n)
{
    head(f, n, "series");
    sp(f);
    put(f, kw(f, "by"));
    sp(f);
    put_name(f, n->a->name, n->a->span);
    sp(f);
    put(f, kw(f, "in"));
    sp(f);
    sub(f, n->b, 0, 0);
    put(f, "..");
    sub(f, n->c, 0, 0);
    open_block(f);
    for (uint32_t k = 0; k < n->n_items; k++) {
        const AstNode *c = n->items[k];
        item(f, c, INDENT, 0);
        put_name(f, c->name, c->name_span);
        put(f, ":");
        sp(f);
        type(f, c->a);
        assign(f, c->a->span.end, c->b, INDENT);
    }
    close_block(f, n->span.end - 1, 0, n->n_items == 0);
}

/* 'name = value [where cond]' of a report or output column. */
static void column(Fmt *f, const AstNode *c)
{
    item(f, c, INDENT, 0);
    put_name(f, c->name, c->name_span);
    sp(f);
    put(f, "=");
    f->spot = 1; /* a 'where' follows a value that took one line */
    place(f, c->b, 2 * INDENT, has_comments(f, c->name_span.end, c->b->span.end));
    if (c->c) cond_clause(f, kw(f, "where"), c->c, 2 * INDENT);
}

/* The header of a report after its name; 'group' puts 'group by' on a
 * line of its own. */
static void report_head(Fmt *f, const AstNode *n, int group_line)
{
    if (n->a) {
        flush(f, n->a->span.start);
        sp(f);
        put(f, kw(f, "over"));
        sp(f);
        sub(f, n->a, 0, 0);
    }
    if (n->b) {
        flush(f, kw_start(f, n->b->span.start, 1));
        sp(f);
        put(f, kw(f, "where"));
        sp(f);
        sub(f, n->b, 0, 0);
    }
    if (n->c) {
        if (group_line) clause_line(f, n->c, 2, INDENT);
        else {
            flush(f, kw_start(f, n->c->span.start, 2));
            sp(f);
        }
        put(f, kw(f, "group by"));
        sp(f);
        for (uint32_t k = 0; k < n->c->n_items; k++) {
            const AstNode *g = n->c->items[k];
            if (k) {
                put(f, ",");
                sp(f);
            }
            sub(f, g->a, 0, 0);
            if (g->name) {
                sp(f);
                put(f, kw(f, "as"));
                sp(f);
                put_name(f, g->name, g->name_span);
            }
        }
    }
}

static void decl_report(Fmt *f, const AstNode *n)
{
    head(f, n, "report");
    uint32_t after = n->name_span.end;
    if (n->a) after = n->a->span.end;
    if (n->b) after = n->b->span.end;
    if (n->c) after = n->c->span.end;
    uint32_t open = find_char(f, after, '{', after);
    uint32_t last = n->n_items ? n->items[n->n_items - 1]->span.end : open + 1;
    uint32_t close = find_char(f, last, '}', last);
    Fmt m;
    measure_init(&m, f);
    report_head(&m, n, 0);
    uint32_t w = measure_done(&m);
    int group_line = n->c && (has_comments(f, n->name_span.end, open) || f->col + 3 + w > FORMAT_WIDTH);
    report_head(f, n, group_line);
    if (group_line) {
        flush_at(f, open, 0);
        line(f, 0, 0);
        put(f, "{");
        f->block_start = 1;
    } else {
        open_block(f);
    }
    for (uint32_t k = 0; k < n->n_items; k++) column(f, n->items[k]);
    close_block(f, close, 0, n->n_items == 0);
    if (n->d) {
        flush(f, n->d->span.start);
        sp(f);
        put(f, kw(f, "order by"));
        sp(f);
        for (uint32_t k = 0; k < n->d->n_items; k++) {
            if (k) {
                put(f, ",");
                sp(f);
            }
            order_key(f, n->d->items[k]);
        }
    }
    if (n->flags & AST_F_TOTALS) {
        sp(f);
        put(f, kw(f, "with"));
        sp(f);
        put(f, kw(f, "totals"));
    }
}

static void decl_output(Fmt *f, const AstNode *n)
{
    head(f, n, "output");
    open_block(f);
    for (uint32_t k = 0; k < n->n_items; k++) column(f, n->items[k]);
    close_block(f, n->span.end - 1, 0, n->n_items == 0);
}


/* 'name: value' in a 'given'. */
static void init_value(Fmt *f, const AstNode *i)
{
    put_name(f, i->name, i->name_span);
    put(f, ":");
    sp(f);
    sub(f, i->a, 0, 0);
}

/* 'given Input { field: value, ... }', filled like an enum. */
static void step_given(Fmt *f, const AstNode *s, int indent)
{
    put(f, kw(f, "given"));
    sp(f);
    put_name(f, s->name, s->name_span);
    fill_block(f, s->items, s->n_items, init_value, s->name_span.end, s->span.end - 1, indent);
}

/* 'with table { | a | b | }': one row fits on the line; more are a block. */
static void step_with(Fmt *f, const AstNode *s, int indent)
{
    put(f, kw(f, "with"));
    sp(f);
    put_name(f, s->name, s->name_span);
    uint32_t close = s->span.end - 1;
    open_block(f);
    int oneline = s->n_items == 1 && !has_comments(f, s->name_span.end, close);
    if (oneline) {
        Fmt m;
        measure_init(&m, f);
        rows(&m, s->items, 1, -1);
        oneline = f->col + 3 + measure_done(&m) <= FORMAT_WIDTH;
    }
    if (oneline) {
        rows(f, s->items, 1, -1);
        sp(f);
        put(f, "}");
    } else {
        rows(f, s->items, s->n_items, indent + INDENT);
        close_block(f, close, indent, s->n_items == 0);
    }
}

static void step(Fmt *f, const AstNode *s, int indent)
{
    switch (s->kind) {
    case AST_GIVEN: step_given(f, s, indent); break;
    case AST_WITH: step_with(f, s, indent); break;
    case AST_SET_PARAM:
        put(f, kw(f, "set"));
        sp(f);
        put_name(f, s->name, s->name_span);
        sp(f);
        put(f, "=");
        sp(f);
        sub(f, s->a, 0, 0);
        break;
    case AST_ON:
        put(f, kw(f, "on"));
        sp(f);
        sub(f, s->a, P_PRIMARY, P_PRIMARY);
        break;
    default: /* AST_EXPECT */
        put(f, kw(f, "expect"));
        sp(f);
        if (s->flags & AST_F_EXPECT_ERROR) {
            put(f, kw(f, "error"));
            if (s->name) {
                flush(f, s->name_span.start);
                sp(f);
                put_src(f, s->name_span.start, s->name_span.end);
            }
        } else if (s->b) {
            sub(f, s->a, P_CMP + 1, P_CMP + 1);
            flush(f, s->b->span.start);
            sp(f);
            put(f, "=");
            sp(f);
            sub(f, s->b, P_CMP + 1, 0);
        } else {
            /* an unbracketed 'a = b' would read as 'expect X = Y' */
            int eq = s->a->kind == AST_BINARY && s->a->op == AST_OP_EQ;
            sub(f, s->a, eq ? P_PRIMARY : 0, 0);
        }
        break;
    }
}

static void decl_test(Fmt *f, const AstNode *n)
{
    put(f, kw(f, "test"));
    sp(f);
    flush(f, n->name_span.start);
    put_src(f, n->name_span.start, n->name_span.end);
    open_block(f);
    for (uint32_t k = 0; k < n->n_items; k++) {
        item(f, n->items[k], INDENT, 0);
        step(f, n->items[k], INDENT);
    }
    close_block(f, n->span.end - 1, 0, n->n_items == 0);
}

/* Writes top-level declaration 'd' with the comments and doc before it. */
static void decl(Fmt *f, const AstNode *d)
{
    item(f, d, 0, 1);
    switch (d->kind) {
    case AST_MODULE:
    case AST_EXTENDS:
        put(f, kw(f, d->kind == AST_MODULE ? "module" : "extends"));
        sp(f);
        put_name(f, d->name, d->name_span);
        break;
    case AST_USE:
        put(f, kw(f, "use"));
        sp(f);
        put_name(f, d->name, d->name_span);
        if (d->a) {
            sp(f);
            put(f, kw(f, "as"));
            sp(f);
            put_name(f, d->a->name, d->a->span);
        }
        break;
    case AST_ENUM: decl_enum(f, d); break;
    case AST_VARIANT: decl_braced(f, d, "variant"); break;
    case AST_RECORD: decl_braced(f, d, "record"); break;
    case AST_INPUT: decl_input(f, d); break;
    case AST_TABLE: decl_table(f, d); break;
    case AST_PARAMETER: decl_parameter(f, d); break;
    case AST_DEF: decl_def(f, d); break;
    case AST_DECISION: decl_decision(f, d); break;
    case AST_BUDGET: decl_budget(f, d); break;
    case AST_ALLOCATION: decl_allocation(f, d); break;
    case AST_SERIES: decl_series(f, d); break;
    case AST_REPORT: decl_report(f, d); break;
    case AST_OUTPUT: decl_output(f, d); break;
    case AST_TEST: decl_test(f, d); break;
    default: put(f, "?"); break; /* AST_ERROR: never in a clean file */
    }
}

/* Writes the comments right after a declaration that belong to it: one
 * trailing its last line, then own-line comments that are indented in the
 * source and not separated from it by a blank line (a rule commented out,
 * a note under a clause), at INDENT. */
static void tail(Fmt *f, uint32_t off)
{
    while (f->next < f->n_comments && f->comments[f->next].start < off) {
        Span c = f->comments[f->next];
        if (is_trailing(f, c)) {
            if (!f->line_code || f->line_comment) break;
        } else {
            if (!is_indented(f, c) || blank_before(f, c.start)) break;
            f->pending = 1;
            f->pending_indent = INDENT;
        }
        comment(f, c, INDENT, 0);
        f->next++;
    }
}

/* Puts back the state saved in 'saved', keeping the buffers. */
static void restore(Fmt *f, const Fmt *saved)
{
    Buf out = f->out;
    Trail *trails = f->trails;
    size_t cap = f->cap_trails;
    *f = *saved;
    f->out.p = out.p;
    f->out.cap = out.cap;
    if (f->out.p) f->out.p[f->out.n] = '\0';
    f->trails = trails;
    f->cap_trails = cap;
}

/* Writes the whole file: the 'taal' line, the declarations with one blank
 * line around every one that takes several lines, the comments at the end. */
static void format_root(Fmt *f, const AstNode *root, const char *taal, size_t taal_len)
{
    if (taal) {
        put(f, "taal");
        sp(f);
        char word[16];
        snprintf(word, sizeof word, "%.*s", (int)taal_len, taal);
        put(f, word);
    }
    int prev_multi = 0;
    for (uint32_t k = 0; k < root->n_items; k++) {
        const AstNode *d = root->items[k];
        uint32_t start = d->decl && d->decl->doc ? d->decl->doc_span.start : d->span.start;
        if (k > 0) {
            tail(f, start);
            prev_multi = f->lines > f->mark_line;
        }
        f->block_start = 0;
        Fmt saved = *f;
        f->force_blank = prev_multi;
        decl(f, d);
        if (k > 0 && !prev_multi && f->lines > f->mark_line && f->mark_blanks == saved.blanks) {
            restore(f, &saved);
            f->force_blank = 1;
            decl(f, d);
        }
    }
    if (root->n_items) tail(f, f->len + 1);
    f->block_start = 0;
    flush_at(f, f->len + 1, 0);
    if (f->out.n) raw(f, "\n", 1);
}

/* Aligns the trailing comments of each run of lines without a blank line
 * between them two spaces after the widest code line of the run. */
static void align_trails(Fmt *f)
{
    Buf b = {0};
    size_t from = 0;
    for (size_t i = 0; i < f->n_trails;) {
        size_t j = i;
        uint32_t wmax = 0;
        for (; j < f->n_trails && f->trails[j].section == f->trails[i].section; j++)
            if (f->trails[j].width > wmax) wmax = f->trails[j].width;
        for (size_t k = i; k < j; k++) {
            buf_add(&b, f->out.p + from, f->trails[k].at - from);
            for (uint32_t s = f->trails[k].width; s < wmax; s++) buf_add(&b, " ", 1);
            from = f->trails[k].at;
        }
        i = j;
    }
    if (!f->n_trails) return;
    buf_add(&b, f->out.p + from, f->out.n - from);
    xfree(f->out.p);
    f->out = b;
}

/* ---- checking the result ------------------------------------------------- */

static int same_str(const char *a, const char *b)
{
    return a == b || (a && b && strcmp(a, b) == 0);
}

/* 1 when 'a' and 'b' are the same tree as ast_dump prints it: kinds,
 * operators, flags, names, labels, doc strings, children; spans aside. */
static int same_tree(const AstNode *a, const AstNode *b)
{
    if (!a || !b) return a == b;
    if (a->kind != b->kind || a->op != b->op || a->flags != b->flags || a->n_items != b->n_items ||
        !same_str(a->name, b->name))
        return 0;
    if (!same_str(a->decl ? a->decl->label : NULL, b->decl ? b->decl->label : NULL) ||
        !same_str(a->decl ? a->decl->doc : NULL, b->decl ? b->decl->doc : NULL))
        return 0;
    if (!same_tree(a->a, b->a) || !same_tree(a->b, b->b) || !same_tree(a->c, b->c) || !same_tree(a->d, b->d) ||
        !same_tree(a->e, b->e))
        return 0;
    for (uint32_t k = 0; k < a->n_items; k++)
        if (!same_tree(a->items[k], b->items[k])) return 0;
    return 1;
}

/* 1 when the two files have the same comments, in order, with the same
 * text (trailing layout aside). */
static int same_comments(const SourceFile *x, const SourceFile *y)
{
    if (x->n_comments != y->n_comments) return 0;
    for (uint32_t k = 0; k < x->n_comments; k++) {
        Span a = x->comments[k], b = y->comments[k];
        while (a.end > a.start && is_layout(x->text[a.end - 1])) a.end--;
        while (b.end > b.start && is_layout(y->text[b.end - 1])) b.end--;
        if (a.end - a.start != b.end - b.start || memcmp(x->text + a.start, y->text + b.start, a.end - a.start))
            return 0;
    }
    return 1;
}

/* ---- entry points -------------------------------------------------------- */

FormatStatus format_text(Program *p, const char *path, const char *text, size_t len, Diag *diag, char **out,
                         size_t *out_len, int *changed)
{
    if (changed) *changed = 0;
    *out = NULL;
    *out_len = 0;
    uint32_t file = sources_add(&p->sources, path, text, len);
    int before = diag_errors(diag);
    AstNode *root = parse_file(&p->arena, &p->sources, file, diag);
    if (diag_errors(diag) != before) return FORMAT_ERROR;
    SourceFile *sf = sources_get(&p->sources, file);

    Fmt f;
    memset(&f, 0, sizeof f);
    f.src = sf->text;
    f.len = sf->len;
    f.comments = sf->comments;
    f.n_comments = sf->n_comments;
    uint32_t body, bom = sf->len >= 3 && memcmp(sf->text, "\xef\xbb\xbf", 3) == 0 ? 3 : 0;
    Diag quiet;
    diag_init(&quiet, NULL);
    f.lang = parse_language(sf->text, sf->len, file, &quiet, &body);
    diag_free(&quiet);
    const char *taal = NULL;
    size_t taal_len = 0;
    if (body > bom) { /* 'taal xx': the word after it */
        taal = sf->text + bom + 4;
        while (is_layout(*taal)) taal++;
        taal_len = (size_t)(sf->text + body - taal);
    }
    format_root(&f, root, taal, taal_len);
    align_trails(&f);
    xfree(f.trails);
    if (!f.out.p) f.out.p = xstrdup("");

    /* the result must parse to the same tree with the same comments */
    uint32_t again = sources_add(&p->sources, path, f.out.p, f.out.n);
    diag_init(&quiet, &p->sources);
    AstNode *root2 = parse_file(&p->arena, &p->sources, again, &quiet);
    int ok = diag_errors(&quiet) == 0 && same_tree(root, root2) &&
             same_comments(sf, sources_get(&p->sources, again));
    diag_free(&quiet);
    if (!ok) {
        diag_error(diag, SPAN_NONE, "internal error: the canonical layout of '%s' would not mean the same", path);
        diag_hint(diag, "the file is left as it was; please report this with the file");
        xfree(f.out.p);
        return FORMAT_UNSAFE;
    }
    *out = f.out.p;
    *out_len = f.out.n;
    if (changed) *changed = f.out.n != len || memcmp(f.out.p, text, len) != 0;
    return FORMAT_OK;
}

FormatStatus format_file(Program *p, const char *path, Diag *diag, char **out, size_t *out_len, int *changed)
{
    if (changed) *changed = 0;
    *out = NULL;
    *out_len = 0;
    int is_stdin = strcmp(path, "-") == 0;
    FILE *fp = is_stdin ? stdin : fopen(path, "rb");
    char why[128];
    if (!fp) {
        snprintf(why, sizeof why, "%s", strerror(errno));
        if (why[0] >= 'A' && why[0] <= 'Z') why[0] = (char)(why[0] - 'A' + 'a');
        diag_error(diag, SPAN_NONE, "cannot read '%s': %s", path, why);
        return FORMAT_ERROR;
    }
    struct stat st;
    if (!is_stdin && fstat(fileno(fp), &st) == 0 && S_ISDIR(st.st_mode)) {
        fclose(fp);
        diag_error(diag, SPAN_NONE, "cannot read '%s': it is a folder", path);
        return FORMAT_ERROR;
    }
    Buf b = {0};
    char chunk[65536];
    size_t got;
    while ((got = fread(chunk, 1, sizeof chunk, fp)) > 0 && b.n <= GRIP_MAX_SOURCE_BYTES) buf_add(&b, chunk, got);
    int failed = ferror(fp);
    if (!is_stdin) fclose(fp);
    if (failed || b.n > GRIP_MAX_SOURCE_BYTES) {
        if (failed) diag_error(diag, SPAN_NONE, "cannot read '%s': read error", path);
        else
            diag_error(diag, SPAN_NONE, "'%s' is too large: more than %u bytes", is_stdin ? "<stdin>" : path,
                       GRIP_MAX_SOURCE_BYTES);
        xfree(b.p);
        return FORMAT_ERROR;
    }
    FormatStatus s = format_text(p, is_stdin ? "<stdin>" : path, b.p ? b.p : "", b.n, diag, out, out_len, changed);
    xfree(b.p);
    return s;
}
