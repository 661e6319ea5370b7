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
	int offset;			/* byte offset of the statement's first token */
	int len;			/* bytes of statement text from offset */
	struct ptrvec directives;	/* struct directive *, in source order */
};

struct parser;

/* perm keeps file texts and directives, for the life of the compilation. */
struct parser *parser_new(struct arena *perm, struct diags *diags);
void parser_free(struct parser *p);

/* A .sql file or a folder of them. Returns -1 (and a diagnostic) if unreadable. */
int parser_add_path(struct parser *p, const char *path);
/* In-memory text under a display name. */
void parser_add_text(struct parser *p, const char *name, const char *text);

/* The next statement; false at the end of the input. */
bool parser_next(struct parser *p, struct stmt *out);

/* Absolute byte offset of a node location inside st (location -1: the statement). */
int stmt_loc(const struct stmt *st, int location);

/* Collects the .sql files below path into out (sorted). -1 if unreadable. */
int collect_sql_files(struct ptrvec *out, struct arena *a, const char *path, char **err);

/* Reads a whole file into the arena. NULL (errno set) on failure. */
char *read_file(struct arena *a, const char *path, size_t *len);

#endif
