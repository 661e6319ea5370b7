/*
 * diag.h - diagnostics: one struct, one renderer. Stages record problems in a
 * struct diags and keep going where they can; the command prints them all on
 * stderr as `file:line:col: error: problem`, the source line, a caret and an
 * optional `hint:` line.
 */
#ifndef SCHEMAC_DIAG_H
#define SCHEMAC_DIAG_H

#include "util.h"

struct arena;
struct strbuf;
struct stmt_cache;

/* A source file kept whole in memory for messages. */
struct srcfile {
	const char *path;	/* as given on the command line or found in a folder */
	const char *text;	/* NUL-terminated contents */
	size_t len;
	struct stmt_cache *cache;	/* parse results of its statements, or NULL */
	bool declared;		/* an extern declaration (schema/_extern/, a
				 * platform's stubs): what it creates exists
				 * outside the schema, and is never emitted */
};

enum diag_severity { DIAG_ERROR, DIAG_WARNING, DIAG_NOTE };

struct diag {
	enum diag_severity severity;
	const struct srcfile *file;	/* NULL: no location */
	int offset;			/* byte offset in file->text, -1 for none */
	const char *rule;		/* lint rule id or NULL */
	char *message;			/* lowercase, no final period */
	char *hint;			/* NULL or how to fix it */
	/* A name error ("KIND 'NAME' does not exist", "... already
	 * exists"), as check_refs.c explains it; DIAG_NAME_NONE otherwise. */
	enum diag_name_problem {
		DIAG_NAME_NONE, DIAG_NAME_MISSING, DIAG_NAME_TAKEN
	} name_problem;
	const char *name_kind;		/* "relation", "type", "schema", "function", ... */
	const char *name;		/* as the message says it, maybe schema.name */
};

struct diags {
	struct arena *arena;	/* owns the messages */
	struct ptrvec list;	/* struct diag *, in the order recorded */
	int nerrors;
	int nwarnings;
};

void diags_init(struct diags *d, struct arena *arena);

/* Records a diagnostic and returns it so a hint can be attached. */
struct diag *diag_at(struct diags *d, enum diag_severity sev,
		     const struct srcfile *file, int offset, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));
void diag_set_hint(struct diags *d, struct diag *dg, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));

/* 1-based line and column (in characters) of a byte offset. */
void srcfile_linecol(const struct srcfile *f, int offset, int *line, int *col);
/* Where the last srcfile_linecol_next stopped: the next offset in the same
 * file, if not before it, continues from there, so rendering many
 * diagnostics in file order reads each file once. Zeroed: nothing read. */
struct linecol_cursor {
	const struct srcfile *file;
	int offset, line, col;
};
void srcfile_linecol_next(struct linecol_cursor *cur, const struct srcfile *f, int offset,
			  int *line, int *col);

/* Colours in what diag_render writes from now on (severity, rule id, caret,
 * location, hint), for a terminal; off at the start. The command decides
 * (cli_color_on); the stages never call it. */
void diag_set_color(bool on);

/* Renders every diagnostic in order. */
void diags_render(struct strbuf *out, const struct diags *d);

#endif
