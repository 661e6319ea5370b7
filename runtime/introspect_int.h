/*
 * introspect_int.h - what introspect.c and introspect_objects.c share: the
 * operators every catalog query qualifies, the warning helper and the
 * readers of the objects past the tables. Private to runtime/introspect*.c;
 * introspect.h is the interface.
 */
#ifndef SCHEMAC_INTROSPECT_INT_H
#define SCHEMAC_INTROSPECT_INT_H

#include "introspect.h"
#include "runtime_int.h"
#include "../compiler/build.h"

#include <stdio.h>
#include <stdlib.h>

/* Operators qualified, so that no search_path can change them. */
#define EQ " OPERATOR(pg_catalog.=) "

#define NE " OPERATOR(pg_catalog.<>) "

#define GT " OPERATOR(pg_catalog.>) "

struct in {
	PGconn *c;
	struct arena *a;
	struct diags *d;
	struct strbuf *out;
	const char *nsoids;	/* '{1,2,...}': the schemas pulled */
	const char *skip_table;	/* the tracking table's oid, or "0" */
	int failed;
};

/* OPTIONS (name 'value', ...) of a foreign-data wrapper, server, user
 * mapping, foreign table or column, over an
 * options column (text[] of name=value); '' when none. */
#define FDW_OPTIONS(col)                                                                           \
	"COALESCE((SELECT ' OPTIONS (' OPERATOR(pg_catalog.||) pg_catalog.string_agg(pg_catalog.format('%%I %%L',"   \
	" pg_catalog.split_part(x, '=', 1), pg_catalog.substr(x, pg_catalog.strpos(x, '=') OPERATOR(pg_catalog.+) 1)), ', ')" \
	" OPERATOR(pg_catalog.||) ')' FROM pg_catalog.unnest(" col ") x), '')"

/* introspect.c: the phases, relations, types, functions */
/* A query's result, or NULL (and a diagnostic) on failure. */
PGresult *in_query(struct in *in, const char *sql);
const char *in_val(PGresult *r, int row, int col);
/* Runs sql, whose first column is one statement a row, and appends them to
 * the DDL (each followed by ';' when semicolon, as pg_get_*def leaves it
 * out); nothing once a query has failed. */
void in_statements(struct in *in, const char *sql, bool semicolon);
bool in_is_true(PGresult *r, int row, int col);
/* The predicate "this oid column is in a pulled schema". */
const char *in_schema_pred(struct in *in, const char *col);
/* The predicate "objid (of catalog cls) is not a member of an extension". */
const char *not_member(struct in *in, const char *cls, const char *objid);
/* The predicate "relation c (pg_class) is the user's": in a schema read,
 * no extension's member, not the tracking table. */
const char *user_rel(struct in *in);
void introspect_warn(struct in *in, const char *fmt, const char *arg);
/* Runs sql, whose rows are (oid, one statement), and adds each row as an
 * item placed by that oid. */
void items_query(struct in *in, struct ptrvec *items, const char *sql);

/* introspect_objects.c: triggers, policies, rules, operator classes, text search, languages, publications, default privileges */
/*
 * Text search configurations as pg_dump writes them: CREATE with the
 * parser, then one ADD MAPPING a token type (by the parser's alias for it),
 * its dictionaries in their order. One item a configuration.
 */
void read_ts_configs(struct in *in, struct ptrvec *items);
/*
 * Operator families and classes as pg_dump writes them: every family
 * created on its own (a class without FAMILY made one of its name), each
 * of its loose members added by an ALTER OPERATOR FAMILY ... ADD placed by
 * the member's oid (after the operator or function it names), and the
 * classes with FAMILY written out, STORAGE, operators, functions.
 */
void read_opclasses(struct in *in, struct ptrvec *items);
/*
 * Languages (but those of PostgreSQL and of extensions), transforms and
 * user mappings, database-wide, placed by oid: a language after its
 * handler functions, a transform after its language, a mapping after its
 * server. A mapping's options are read from pg_user_mappings, which shows
 * them to a role that may see them.
 */
void read_languages(struct in *in, struct ptrvec *items);
void read_triggers(struct in *in);
/* Rules (but a view's _RETURN) and statistics objects, by PostgreSQL's
 * deparsers, with what is altered after them. */
void read_rules_statistics(struct in *in);
void read_policies(struct in *in);
void read_publications(struct in *in);
/* ALTER DEFAULT PRIVILEGES; an entry for all schemas replaces PostgreSQL's
 * defaults for that kind, so it starts from REVOKE ALL. */
void read_default_privileges(struct in *in);

#endif
