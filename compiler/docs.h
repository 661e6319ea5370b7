/*
 * docs.h - the schema seen rather than read, from a static catalog (no
 * database): an ER diagram as Mermaid erDiagram text or Graphviz DOT (tables,
 * columns with types, keys, foreign keys with their cardinality from primary
 * keys, unique keys and NOT NULL), tbls's schema.json, and a static HTML site
 * (docs_html.c: a page per schema and per table, the diagrams as SVG drawn by
 * Graphviz's dot). With a second catalog, what a migration changes: the
 * tables it adds, alters and drops, marked.
 */
#ifndef SCHEMAC_DOCS_H
#define SCHEMAC_DOCS_H

#include "catalog.h"
#include "diag.h"
#include "strbuf.h"

struct file_batch;

/* What the migration from the old catalog does to a table (--changed). */
enum docs_mark { MARK_NONE, MARK_ADDED, MARK_ALTERED, MARK_DROPPED };

struct docs_table {
	const struct table *t;
	enum docs_mark mark;
	const char *name;	/* "schema.name", as tbls names tables */
};

struct docs {
	struct arena *arena;		/* owns what docs_init makes */
	const struct catalog *cat;	/* what is drawn: the new catalog */
	struct ptrvec tables;		/* struct docs_table *: cat's tables in
					 * creation order, then the dropped ones
					 * (from the old catalog) */
	bool changed;			/* drawn against an old catalog */
};

/* The tables of cat; with old (or NULL), each marked by what changed. */
void docs_init(struct docs *dc, struct arena *a, const struct catalog *cat,
	       const struct catalog *old);

/* The docs_table of t's name, or NULL (a reference outside the catalog). */
const struct docs_table *docs_find(const struct docs *dc, const struct qname *name);

/* Mermaid erDiagram text, every table. */
void docs_mermaid(struct strbuf *out, const struct docs *dc);

/* Graphviz DOT; schema: only that schema's tables (NULL: all); focus: only
 * that table and the tables its foreign keys link it with (NULL: no such
 * limit). link: nodes link to the table pages of docs_html. */
void docs_dot(struct strbuf *out, const struct docs *dc, const char *schema,
	      const struct table *focus, bool link);

/* tbls's schema.json (https://github.com/k1LoW/tbls, spec/), indented. */
void docs_json(struct strbuf *out, const struct docs *dc);

/* The HTML site into b under dir: index.html, a page per schema and per
 * table. Returns 0, or -1 with a diagnostic (Graphviz's dot missing). */
int docs_html(struct file_batch *b, const struct docs *dc, const char *dir, struct diags *d);

/* docs_html.c uses these of docs.c. */
/* "PK", "FK", "UK" of a column, comma-separated, or "". */
const char *docs_column_keys(struct arena *a, const struct table *t, const struct column *c);
/* A constraint's definition without its CONSTRAINT name, as pg_get_constraintdef. */
const char *docs_constraint_def(struct arena *a, const struct constraint *c);
const char *docs_type(struct arena *a, const struct typeref *t);
const char *docs_mark_name(enum docs_mark m);
/* The file names of a table's page ("schema.name") and a schema's page:
 * letters, digits, . _ - kept, any other byte as _XX. */
const char *docs_table_page(struct arena *a, const char *name);
const char *docs_schema_page(struct arena *a, const char *schema);

#endif
