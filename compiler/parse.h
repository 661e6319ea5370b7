/*
 * parse.h - the parse front. Files (or folders of .sql files, recursive,
 * sorted by path) become a stream of statements, each a libpg_query parse
 * tree that remembers its file and byte offset. Statements are parsed one at
 * a time into a scratch arena that is reset by the next call, so memory stays
 * proportional to one statement, not to the input.
 *
 * Syntax errors are recorded as diagnostics (file:line:col) and parsing goes
 * on with the next statement. `schemac:` directives in comments are collected
 * with the statement that follows them.
 */
#ifndef SCHEMAC_PARSE_H
#define SCHEMAC_PARSE_H

#include "diag.h"

#include <stdbool.h>
#include <stdint.h>
#include <pg_query/pg_query.pb-c.h>

typedef PgQuery__Node Node;

/* A `-- schemac:...` comment. */
struct directive {
	const struct srcfile *file;
	int offset;		/* byte offset of "schemac:" */
	const char *text;	/* what follows "schemac:", trimmed */
};

struct stmt {
	Node *node;			/* parse tree, valid until the next parser_next */
	const struct srcfile *file;
	int base;			/* node locations are relative to this offset */
	int piece_len;			/* bytes parsed from base (the split piece) */
	uint64_t piece_hash[2];		/* XXH3-128 of those bytes */
	int offset;			/* byte offset of the statement's first token */
	int len;			/* bytes of statement text from offset */
	struct ptrvec directives;	/* struct directive *, in source order */
	struct arena *scratch;		/* freed with the statement: for work that
					 * does not outlive it */
};

/*
 * Parse results by statement text, shared by the parsers of one
 * compilation: two versions of a schema share most of their statements, and
 * each distinct text is parsed once. It also keeps the expressions already
 * built from a statement (normalize.c), by text, location and kind.
 */
struct stmt_cache;
struct stmt_cache *stmt_cache_new(struct arena *perm);
/* Frees the parse results never reused (the rest lives in perm). */
void stmt_cache_free(struct stmt_cache *c);
/* Forgets every text and expression cached (what was built from them stays
 * in perm): once the catalogs that share statements are built, the cache
 * only holds memory. Lookups then miss, which changes no result. */
void stmt_cache_forget(struct stmt_cache *c);
void *stmt_cache_get_expr(struct stmt_cache *c, const uint64_t hash[2], int location, int kind);
void stmt_cache_put_expr(struct stmt_cache *c, const uint64_t hash[2], int location, int kind,
			 void *expr);
/* The arena what is put in the cache must live in (it outlives the
 * statements). */
struct arena *stmt_cache_arena(struct stmt_cache *c);

struct parser;

/* perm keeps file texts and directives, for the life of the compilation;
 * cache may be NULL. */
struct parser *parser_new(struct arena *perm, struct diags *diags, struct stmt_cache *cache);
void parser_free(struct parser *p);

/* A .sql file or a folder of them, or "-" for standard input (named
 * <stdin>). Returns -1 (and a diagnostic) if unreadable. */
int parser_add_path(struct parser *p, const char *path);
/* In-memory text under a display name. */
void parser_add_text(struct parser *p, const char *name, const char *text);

/* Extern declarations: what the schema references but does not create
 * (a platform's schemas, tables, functions). Read like any file, marked
 * declared (diag.h); a missing path is no error. A folder read with
 * parser_add_path skips its EXTERN_DIR, which the project reads first. */
#define EXTERN_DIR "_extern"
int parser_add_declarations(struct parser *p, const char *path);
void parser_add_declared_text(struct parser *p, const char *name, const char *text);

/* The next statement; false at the end of the input. */
bool parser_next(struct parser *p, struct stmt *out);
/* The next statement to apply: after a syntax error the rest of the input
 * is still read (its syntax errors reported) but no statement is returned,
 * since applying what follows a broken statement only adds confusion. */
bool parser_next_clean(struct parser *p, struct stmt *out);

/* The tree of f->text[base, base + len), parsed again; NULL if it does not
 * parse. The tree is parse.c's, kept for the next calls (the last few
 * pieces are remembered): read it, copy what is kept (node_copy), never
 * change it, and ask again after another call. */
PgQuery__ParseResult *parse_piece(const struct srcfile *f, int base, int len);

/*
 * The stack the compiler runs on (main gives it a thread of this size):
 * enough for libpg_query and protobuf-c to unpack any statement that
 * parse_too_deep lets through. A statement nested more deeply than
 * PostgreSQL's max_stack_depth allows is an error at the statement.
 */
#define PARSE_STACK_SIZE ((size_t)512 << 20)

/* Any SQL text (a function body) parsed into a; NULL if it does not parse. */
PgQuery__ParseResult *parse_sql(struct arena *a, const char *text);
/* The same through cache c (NULL: none), so that a text both sides of a
 * diff hold is parsed once. */
PgQuery__ParseResult *parse_sql_cached(struct stmt_cache *c, struct arena *a, const char *text);
/* One statement printed back as SQL by libpg_query's deparser, in a; NULL
 * for the few trees it cannot print. */
char *deparse_stmt(struct arena *a, Node *n);
/* An object's CREATE statement (struct dbobject, catalog.h), unpacked
 * into a; and printed, without ';' (as written when the deparser cannot
 * print it). */
struct dbobject;
Node *object_stmt(struct arena *a, const struct dbobject *o);
/* All its statements (a generic object keeps its ALTERs after its CREATE). */
Node **object_stmts(struct arena *a, const struct dbobject *o, size_t *n);
const char *object_sql(struct arena *a, const struct dbobject *o);

/* Is this the directive `schemac:word` (followed by nothing or a space)? */
bool directive_is(const struct directive *d, const char *word);
/* Does the statement carry the directive `schemac:word`? */
bool stmt_has_directive(const struct stmt *st, const char *word);

/* Absolute byte offset of a node location inside st (location -1: the statement). */
int stmt_loc(const struct stmt *st, int location);

/* Collects the .sql files below path into out (sorted). -1 if unreadable. */
int collect_sql_files(struct ptrvec *out, struct arena *a, const char *path, char **err);

/* Reads a whole file into the arena. NULL (errno set) on failure. */
char *read_file(struct arena *a, const char *path, size_t *len);

#endif
