/*
 * sqlfmt.h - SQL spelling by construction, as pg_dump's fmtId and
 * appendStringLiteral do: identifiers are quoted only where PostgreSQL needs
 * it (upper case, odd characters, reserved words - taken from the
 * parser's own keyword list through pg_query_scan), literals have their
 * quotes doubled, and types print as format_type() prints them.
 */
#ifndef SCHEMAC_SQLFMT_H
#define SCHEMAC_SQLFMT_H

#include "catalog.h"
#include "strbuf.h"

#include <stdbool.h>

void sb_ident(struct strbuf *sb, const char *name);
/* schema.name; the schema is left out when it is "public" (the default
 * search_path), so migrations read like hand-written ones. */
void sb_qname(struct strbuf *sb, const char *schema, const char *name);
void sb_literal(struct strbuf *sb, const char *s);
/* A type the way format_type() prints it: integer, character varying(20),
 * timestamp(3) with time zone, app.status[]. */
void sb_type(struct strbuf *sb, const struct typeref *t);
/* A possibly qualified name stored as "schema.name" text (opclass,
 * function): each part quoted as needed. */
void sb_dotted(struct strbuf *sb, const char *dotted);
/* A collation as COLLATE names it, and as the catalog keeps a reference to
 * one (column->collation): qualified unless in public or pg_catalog. */
void sb_collation(struct strbuf *sb, const struct qname *q);

/* A view, function, trigger, policy ... as DROP and COMMENT ON name it:
 * `FUNCTION app.f(integer)`, `TRIGGER t ON users`, `EVENT TRIGGER e`. */
void sb_object(struct strbuf *sb, const struct dbobject *o);

#endif
