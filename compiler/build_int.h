/*
 * build_int.h - what the builder's files share: the per-statement context,
 * name resolution and error reporting. Private to build*.c.
 */
#ifndef SCHEMAC_BUILD_INT_H
#define SCHEMAC_BUILD_INT_H

#include "arena.h"
#include "build.h"
#include "naming.h"
#include "node.h"
#include "normalize.h"
#include "strbuf.h"

#include <pg_query.h>
#include <stdlib.h>

struct builder {
	struct catalog *cat;
	struct arena *a;		/* the catalog's arena */
	struct diags *d;
	const struct stmt *st;
	bool quiet;			/* the statement names an object whose
					 * CREATE was already reported unsupported:
					 * its errors are not reported again */
};

/* Records an error at a node location of the current statement; returns -1. */
int build_error(struct builder *b, int location, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Records a diagnostic of any severity at a node location; returns it. */
struct diag *build_diag(struct builder *b, enum diag_severity sev, int location,
			const char *fmt, ...) __attribute__((format(printf, 4, 5)));

/* Records "KIND 'NAME' does not exist" (DIAG_NAME_MISSING) or "...
 * already exists" (DIAG_NAME_TAKEN) with the kind and name in the
 * diagnostic, for check_refs.c's hints; build_name_error returns -1. */
struct diag *build_name_diag(struct builder *b, int location, const char *kind, const char *name,
			     enum diag_name_problem problem);
int build_name_error(struct builder *b, int location, const char *kind, const char *name,
		     enum diag_name_problem problem);

/* The string in a String node, or NULL. */
const char *build_node_str(const Node *n);
/* An identifier as stored: copied into the arena, truncated to 63 bytes. */
const char *build_ident(struct builder *b, const char *s);

/* The name a `schemac:renamed-from NAME` directive gives, or NULL. */
const char *build_directive_renamed_from(struct builder *b, const struct directive *d);
/* The expression a `schemac:using EXPR` directive gives, as written (an
 * error at the directive when EXPR is not an expression), or NULL. */
const char *build_directive_using(struct builder *b, const struct directive *d);
/* The renamed-from of a directive before the statement, or NULL. */
const char *build_leading_renamed_from(struct builder *b);

/* Schema for creating rv: its own or the creation schema; NULL (error
 * recorded) when none, or when the schema does not exist. */
const char *build_creation_schema(struct builder *b, const char *schema, int location);
/* Resolves a relation name through the search_path. */
struct relation *build_lookup_relation(struct builder *b, const char *schema, const char *name);
struct table *build_lookup_table(struct builder *b, const PgQuery__RangeVar *rv, bool missing_ok);
struct type *build_lookup_type_names(struct builder *b, PgQuery__Node **names, size_t n);

/* build_do.c: DO blocks that create what is missing (IF NOT EXISTS over
 * the catalogs, or EXCEPTION WHEN duplicate_object). */
int build_do(struct builder *b, PgQuery__DoStmt *ds);

/* build_table.c */
/* Makes col an identity column (GENERATED ALWAYS / BY DEFAULT: when 'a' or
 * 'd') with a new sequence; c (may be NULL) locates errors. */
int build_set_identity(struct builder *b, struct table *t, struct column *col,
		       PgQuery__Constraint *c, PgQuery__Node **opts, size_t nopts, char when);
int build_create_table(struct builder *b, PgQuery__CreateStmt *cs);
int build_alter_table(struct builder *b, PgQuery__AlterTableStmt *as);
int build_create_index(struct builder *b, PgQuery__IndexStmt *is);
/* Drops a table, its owned sequences, and (cascade) FKs pointing at it. */
int build_drop_table(struct builder *b, struct table *t, bool cascade, int location);
int build_rename_column(struct builder *b, struct table *t, const char *old,
			const char *newname, int location);
void build_rename_table(struct builder *b, struct table *t, const char *newname);
void build_rename_type(struct builder *b, struct type *t, const char *newname);
void build_rename_sequence(struct builder *b, struct sequence *s, const char *newname);
/* Sequences owned by a column (all columns if col is NULL) go with it. */
void build_drop_owned_sequences(struct builder *b, const struct table *t, const char *col);
/* A dotted name (collation, opclass, operator) without pg_catalog./public.;
 * NULL for an empty list. */
const char *build_dotted_name(struct builder *b, PgQuery__Node **items, size_t n);
/* A collation named by a list of names (COLLATE, an index key, a range's
 * collation option) as the catalog stores it (build_collation_sql); NULL for
 * "default" and an empty list. */
const char *build_collation_ref(struct builder *b, PgQuery__Node **items, size_t n);
/* COLLATE name as a column stores it (build_collation_ref). */
const char *build_collation_name(struct builder *b, PgQuery__CollateClause *cc);
/* The COLLATE of an index or partition key on column (NULL for an
 * expression) of t: NULL when it is the column's own collation, which
 * pg_dump leaves out. */
const char *build_key_collation(struct builder *b, const struct table *t, const char *column,
			  const char *collation);
/* collation, or NULL when it is the one the type brings anyway (a domain's
 * COLLATE): pg_dump leaves it out then. */
const char *build_collation_over_type(struct builder *b, const struct typeref *type,
				const char *collation);

/* build_type.c: domains, composite and range types, collations */
int build_create_domain(struct builder *b, PgQuery__CreateDomainStmt *cs);
int build_alter_domain(struct builder *b, PgQuery__AlterDomainStmt *as);
int build_create_composite(struct builder *b, PgQuery__CompositeTypeStmt *cs);
int build_alter_composite(struct builder *b, PgQuery__AlterTableStmt *as);
int build_create_range(struct builder *b, PgQuery__CreateRangeStmt *cs);
/* DefineStmt: CREATE COLLATION; the other kinds are unsupported. */
int build_define(struct builder *b, PgQuery__DefineStmt *ds);
struct collation *build_lookup_collation(struct builder *b, PgQuery__Node **names, size_t n);
/* A collation's name as columns, attributes, types and index keys store it:
 * as SQL spells it, each part quoted as needed, without pg_catalog./public.
 * (so that "de.utf8" and my.app."x.y" keep their dots where they belong). */
const char *build_collation_sql(struct arena *a, const struct qname *q);
int build_drop_collation(struct builder *b, PgQuery__Node **names, size_t n, bool missing_ok,
			 bool cascade);
int build_rename_collation(struct builder *b, PgQuery__Node **names, size_t n,
			   const char *newname);
/* ALTER TYPE on a range's multirange: RENAME TO newname. */
int build_rename_multirange(struct builder *b, PgQuery__Node **names, size_t n,
			    const char *newname);
/* Does ow name a constructor function PostgreSQL made for a range or
 * multirange type (no function of the schema has the name)? They are not
 * modelled: ALTER FUNCTION ... RENAME on one changes nothing here. */
bool build_is_range_constructor(struct builder *b, const PgQuery__ObjectWithArgs *ow);
/* Another type (domain or range over t, composite with an attribute of type
 * t) that uses t, described, or NULL. */
const char *build_type_used_by_type(const struct catalog *cat, struct arena *a, const struct type *t);
/* Types naming schema.old (base, subtype, attributes) name newname instead. */
void build_rename_type_in_types(struct catalog *cat, const char *schema, const char *old,
			  const char *newname);
int build_rename_domain_constraint(struct builder *b, PgQuery__Node **names, size_t n,
				   const char *oldname, const char *newname);
int build_rename_attribute(struct builder *b, const PgQuery__RangeVar *rv, const char *oldname,
			   const char *newname);
/* COMMENT ON CONSTRAINT ... ON DOMAIN, COLUMN of a composite type,
 * COLLATION: the comment's slot, or NULL. */
const char **build_comment_slot_for_type_part(struct builder *b, PgQuery__ObjectType objtype,
					Node *obj);

/* A table in a schema the input never defines (Supabase's auth.users):
 * references to it are allowed, as an outside table; NULL if rv is not
 * such a name. */
struct table *build_outside_table(struct builder *b, const PgQuery__RangeVar *rv);

/* build_names.c: the functions, operators and types stmt names exist
 * (built in, in the catalog as it stands, or outside); -1 with the error
 * recorded when one does not. */
int build_check_names(struct builder *b, Node *stmt);
/* build_names.c: a `schemac:using EXPR` directive d of column col of t
 * names what exists (the old table's columns, functions, types), as a
 * default of the column's type would, and converts to that type; -1 with
 * the error at the directive when not. */
int build_check_using(struct builder *b, const struct table *t, const struct column *col,
		      const struct directive *d, const char *expr);

/* build_object.c: views, materialized views, functions, triggers, policies.
 * The CREATE builders take the statement node (kept as the object's SQL). */
int build_create_function(struct builder *b, Node *stmt);
int build_create_view(struct builder *b, Node *stmt);
int build_create_matview(struct builder *b, Node *stmt);
int build_create_trigger(struct builder *b, Node *stmt);
int build_create_policy(struct builder *b, Node *stmt);
int build_create_event_trigger(struct builder *b, Node *stmt);
int build_alter_event_trigger(struct builder *b, PgQuery__AlterEventTrigStmt *as);
/* build_generic.c: operators, aggregates, casts, text search dictionaries,
 * parsers and templates, conversions, access methods, foreign-data
 * wrappers, servers, statistics, rules. */
int build_create_generic(struct builder *b, Node *stmt);
/* ALTER OPERATOR FAMILY ... ADD, ALTER TEXT SEARCH CONFIGURATION ...
 * MAPPING, ALTER STATISTICS ... SET STATISTICS: kept with the object. */
int build_alter_generic(struct builder *b, Node *stmt);
/* ALTER FOREIGN TABLE (r: the relation named, or NULL): OWNER TO, ALTER
 * COLUMN ... OPTIONS. */
int build_alter_foreign_table(struct builder *b, PgQuery__AlterTableStmt *as, struct relation *r);
/* build_generic.c's helpers for build_foreign.c: a generic object's
 * statements kept (and hashed), OPTIONS in name order, a Node of msg. */
void build_object_store(struct builder *b, struct dbobject *o, Node **stmts, size_t n);
void build_sort_options(Node *n);
Node *build_node_of(struct arena *a, PgQuery__Node__NodeCase c, void *msg);
/* CREATE FOREIGN TABLE: checked and its name set in schema; then its
 * columns (a partition's: its parent's) and server recorded in o. */
int build_foreign_table_check(struct builder *b, PgQuery__CreateForeignTableStmt *fs,
			      const char *schema);
void build_foreign_table_columns(struct builder *b, struct dbobject *o,
				 const PgQuery__CreateForeignTableStmt *fs);
/* ALTER TABLE parent ATTACH PARTITION o, a foreign table: o made the
 * PARTITION OF form of itself. */
int build_attach_foreign_partition(struct builder *b, struct table *parent, struct dbobject *o,
				   PgQuery__PartitionCmd *pc);
/* Is t (of DROP, COMMENT ON, OWNER TO) a generic kind? */
bool build_generic_type(PgQuery__ObjectType t);
/* "operator '===(integer, integer)' does not exist", in b's arena. */
const char *build_generic_missing(struct builder *b, PgQuery__ObjectType type, Node *obj);
/* Does o (statistics) name column of the table it is on? */
bool build_generic_uses_column(struct builder *b, const struct dbobject *o, const char *column);
/* The generic object a reference names, or NULL. */
struct dbobject *build_generic_find(struct builder *b, PgQuery__ObjectType type, Node *obj);
/* An object of kind with its identity (object_key), located at the
 * statement; registered by build_object_put: an object of the same identity is
 * an error unless replace, when o takes its place (keeping its comments,
 * owner and grants). Its statements are kept by build_object_keep_stmts. */
struct dbobject *build_object_new(struct builder *b, enum object_kind kind, const char *schema,
			    const char *table, const char *name, const char *args);
int build_object_put(struct builder *b, struct dbobject *o, bool replace);
/* The slot of column i's privileges in a view-like object (col_acls padded). */
struct acl **build_object_column_acl(struct builder *b, struct dbobject *o, size_t i);
/* The stmt_cache kinds the builder keeps besides expressions (which use
 * node kinds, all positive): a CREATE FUNCTION's PL/pgSQL queries
 * (build_function.c), an object's packed statements (build_object.c). */
enum { CACHED_PLPGSQL_QUERIES = -1, CACHED_PACKED_STMTS = -2 };
void build_object_keep_stmts(struct builder *b, struct dbobject *o, Node **stmts, size_t n);
/* Appends key to v unless it is there. */
void build_add_key(struct arena *a, struct ptrvec *v, const char *key);
int build_alter_function(struct builder *b, PgQuery__AlterFunctionStmt *as);
/* ALTER VIEW / MATERIALIZED VIEW ... SET (...) / RESET (...). */
int build_alter_view_options(struct builder *b, struct dbobject *o, PgQuery__AlterTableCmd *cmd);
int build_alter_policy(struct builder *b, PgQuery__AlterPolicyStmt *ap);
/* ALTER TABLE ... ROW LEVEL SECURITY and ENABLE/DISABLE TRIGGER: 1 if cmd
 * is one of those (applied), 0 if not, -1 on error. */
int build_alter_table_object_cmd(struct builder *b, struct table *t,
				 const PgQuery__AlterTableCmd *cmd);
/* DROP FUNCTION/PROCEDURE/ROUTINE/VIEW/MATERIALIZED VIEW/TRIGGER/POLICY. */
int build_drop_object(struct builder *b, PgQuery__DropStmt *ds, Node *obj);
/* Objects that depend on key go: triggers and policies with their table;
 * views and the like only with cascade (else an error naming what). */
int build_drop_dependents(struct builder *b, const char *key, bool cascade, const char *what);
/* The same for a column of t: the views, policies, triggers and functions
 * that use it (qualify_object_uses_column). */
int build_drop_column_dependents(struct builder *b, struct table *t, const char *column,
				 bool cascade);
/* RENAME of a function, procedure, trigger, policy, view, materialized view. */
int build_rename_object(struct builder *b, PgQuery__RenameStmt *rs);
/* COMMENT ON an object kind of build_object.c (or a view's column): the
 * comment's slot, NULL if not found; *handled false if not such a kind. */
const char **build_object_comment_slot(struct builder *b, PgQuery__ObjectType type, Node *obj,
				       bool *handled);

/* For build_partition.c: pieces of build_table.c. */
/* Drops a column (with CASCADE) and what uses it. */
int build_drop_column(struct builder *b, struct table *t, const char *name);

/* build_partition.c */
struct partkey *build_partkey(struct builder *b, struct table *t, PgQuery__PartitionSpec *ps);
/* CREATE TABLE t PARTITION OF: the parent's columns and the bound; then,
 * once t's own columns and constraints are in, what it gets from the parent. */
int build_partition_of(struct builder *b, struct table *t, PgQuery__CreateStmt *cs);
int build_partition_finish(struct builder *b, struct table *t);
/* CREATE TABLE t (...) INHERITS: the parents' columns merged with t's own;
 * then the parents' check constraints. */
int build_inherits(struct builder *b, struct table *t, PgQuery__CreateStmt *cs);
int build_inherits_finish(struct builder *b, struct table *t);
int build_attach_partition(struct builder *b, struct table *parent, PgQuery__PartitionCmd *pc);
int build_detach_partition(struct builder *b, struct table *parent, PgQuery__PartitionCmd *pc);
int build_alter_inherit(struct builder *b, struct table *t, PgQuery__RangeVar *rv, bool add);
int build_attach_index(struct builder *b, PgQuery__AlterTableStmt *as, PgQuery__PartitionCmd *pc);
/* An index or key of partitioned table t, cloned into (or matched and
 * attached in) each partition, as PostgreSQL does without ONLY. */
void build_clone_index_to_partitions(struct builder *b, const struct table *t,
				     const struct index *ix);
/* A copy of key k (primary, unique, exclusion) or index ix of another
 * table in c, named as PostgreSQL names a clone; added to c. */
struct constraint *build_copy_key(struct builder *b, struct table *c, const struct constraint *k);
struct index *build_copy_index(struct builder *b, struct table *c, const struct index *ix);
int build_drop_children(struct builder *b, struct table *t, bool cascade, int location);
/* The indexes and keys of t's partitions attached to t's index or key
 * `name` go with it; a key only with cascade (else an error, as
 * PostgreSQL's), and so do the foreign keys that reference it. */
int build_drop_index_children(struct builder *b, const struct table *t, const char *name,
			      bool cascade, int location);
/* The foreign keys that reference t (on column, or key's columns, when
 * given) go; without cascade, an error naming the first one and `what`. */
int build_drop_referencing_fks(struct builder *b, struct table *t, const char *column,
			       const struct constraint *key, bool cascade, int location,
			       const char *what);
/* After cmd changed t: the same change in t's children where PostgreSQL
 * recurses (inh: no ONLY). */
int build_alter_recurse(struct builder *b, struct table *t, PgQuery__AlterTableCmd *cmd, bool inh);
/* Storage parameters: the TOAST table's (toast.*) after the table's own. */
void build_reloptions_toast_last(struct reloptions *o);
/* Moves the items that start with prefix after the others, keeping order. */
void build_reloptions_move_last(struct reloptions *o, const char *prefix);
/* SET (...) / RESET (...) of a table's or an index's storage parameters. */
int build_set_reloptions(struct builder *b, struct reloptions *opts, PgQuery__AlterTableCmd *cmd,
			 bool reset);
int build_column_compression(struct builder *b, struct column *c, const char *method, int location);
int build_alter_column_option(struct builder *b, struct table *t, PgQuery__AlterTableCmd *cmd);

/* build_relform.c: REPLICA IDENTITY, CLUSTER ON / SET WITHOUT CLUSTER,
 * ALTER INDEX ... SET / RESET / ALTER COLUMN n SET STATISTICS. */
int build_replica_identity(struct builder *b, struct table *t, PgQuery__AlterTableCmd *cmd);
int build_cluster_on(struct builder *b, struct table *t, PgQuery__AlterTableCmd *cmd);
int build_alter_index(struct builder *b, PgQuery__AlterTableStmt *as);
/* CREATE TABLE ... (LIKE src [INCLUDING ...]): src's columns where the
 * clause stands; then, once the table's own constraints are made, what
 * the INCLUDING options copy (checks, keys and indexes, comments). */
int build_like_columns(struct builder *b, struct table *t, PgQuery__TableLikeClause *lc);
int build_like_finish(struct builder *b, struct table *t, PgQuery__TableLikeClause *lc);
/* SET STATISTICS's target into *has and *value (-1: the default). */
int build_statistics_target(struct builder *b, PgQuery__AlterTableCmd *cmd, bool *has, int *value);

/* build_grant.c: GRANT / REVOKE, ALTER DEFAULT PRIVILEGES, OWNER TO,
 * publications. */
int build_grant(struct builder *b, PgQuery__GrantStmt *gs);
int build_alter_default_privileges(struct builder *b, PgQuery__AlterDefaultPrivilegesStmt *s);
int build_alter_owner(struct builder *b, PgQuery__AlterOwnerStmt *ao);
/* build_object.c: the objects that follow a renamed table, column or type, as in
 * PostgreSQL, built again with the new name. A column's users are found
 * before the rename (into objs, with their renamed statements in stmts),
 * and built again after it. */
void build_follow_table_rename(struct builder *b, const char *schema, const char *old,
			       const char *newname);
void build_follow_type_rename(struct builder *b, const char *schema, const char *old,
			      const char *newname);
void build_column_rename_users(struct builder *b, const struct table *t, const char *old,
			       const char *newname, struct ptrvec *objs, struct ptrvec *stmts);
void build_follow_column_rename(struct builder *b, const struct ptrvec *objs,
				const struct ptrvec *stmts);

/* CREATE SCHEMA ... AUTHORIZATION role */
void build_schema_owner(struct builder *b, struct schema *s, const PgQuery__RoleSpec *rs);
/* ALTER TABLE / SEQUENCE / VIEW ... OWNER TO on r (NULL: nothing to do). */
int build_alter_table_owner(struct builder *b, struct relation *r, const PgQuery__RoleSpec *rs);
/* UPDATE pg_catalog.pg_attribute SET attislocal = b WHERE attrelid =
 * 'rel'::regclass AND attname = 'col' (emit.c's CH_SET_COLUMN_LOCAL):
 * applied; 1: some other UPDATE. */
int build_set_attislocal(struct builder *b, const PgQuery__UpdateStmt *us);
/* AT_EnableRowSecurity -> ENABLE ROW SECURITY, for messages. */
const char *build_alter_cmd_name(struct builder *b, PgQuery__AlterTableType subtype);
int build_create_publication(struct builder *b, PgQuery__CreatePublicationStmt *cp);
int build_alter_publication(struct builder *b, PgQuery__AlterPublicationStmt *ap);
int build_drop_publication(struct builder *b, PgQuery__DropStmt *ds);
/* Objects created by a statement take the default privileges: the catalog's
 * sizes before it, then the objects after them. */
struct acl_mark {
	size_t schemas, types, sequences, tables, objects;
};
void build_acl_mark(const struct catalog *cat, struct acl_mark *m);
void build_acl_new_objects(struct catalog *cat, const struct acl_mark *m);
/* A function or procedure by ObjectWithArgs (build_object.c). */
struct dbobject *build_lookup_function(struct builder *b, const PgQuery__ObjectWithArgs *ow,
				 bool missing_ok);

/* A constraint waiting to be named: from a column or from the table. */
struct pcon {
	PgQuery__Constraint *c;
	const char *column;	/* column-level: the column it was written on */
};

struct pending {
	struct ptrvec checks;	/* struct pcon * */
	struct ptrvec ixcons;
	struct ptrvec fks;
	bool creating;		/* CREATE TABLE: NOT VALID does not apply */
};

/* build_table.c: columns, tables, ALTER TABLE */
bool build_table_has(const char *s);
struct srcloc build_table_here(struct builder *b, int location);
void build_reloptions_from(struct builder *b, PgQuery__Node **opts, size_t n,
		     struct reloptions *out);

/* build_constraint.c: keys, indexes, checks, foreign keys */
struct constraint *build_primary_key(const struct table *t);
struct index_elem *build_make_elem(struct builder *b, const struct table *t,
			     PgQuery__IndexElem *ie, const char **colname);
/* ChooseIndexColumnNames: duplicates get 1, 2, ... appended. */
void build_add_index_colname(struct builder *b, struct ptrvec *names, const char *name);
int build_add_index_constraints(struct builder *b, struct table *t, struct pending *p);
int build_add_checks(struct builder *b, struct table *t, struct pending *p);
int build_add_foreign_keys(struct builder *b, struct table *t, struct pending *p);

/* The definition hash: a canonical text of the parts, with tree hashes,
 * kept in the statement's scratch arena (an error may end the build of an
 * object anywhere). */
struct defhash {
	struct arena *a;
	struct ptrvec parts;	/* const char * */
};

/* build_object.c: views, triggers, policies, dependents */
bool build_object_has(const char *s);
void build_dh_add(struct defhash *h, const char *tag, const char *v);
void build_dh_tree(struct defhash *h, const char *tag, Node **n, bool keep);
/* All the parts as one string. */
char *build_dh_text(struct defhash *h);
void build_dh_finish(struct defhash *h, uint64_t out[2]);
void build_object_keep(struct builder *b, struct dbobject *o, Node *stmt);
/* Builds o again from a changed CREATE statement, in its place in the
 * creation order, keeping its comments and trigger state. Returns the new
 * object, or NULL (o stays) on an error. */
struct dbobject *build_rebuild(struct builder *b, struct dbobject *o, Node *stmt);

/* build_function.c: CREATE and ALTER FUNCTION */
const char *build_function_defelem_text(struct builder *b, const Node *arg);
/* The identity argument list of a parameter list ("integer, text"). */
const char *build_function_args(struct builder *b, PgQuery__Node **params, size_t n,
			  bool objargs);

/* build.c: the statement dispatch, schemas, extensions, enums, sequences */
bool build_has(const char *s);

/* build_drop.c: DROP, COMMENT ON, ALTER ... RENAME */
int build_drop(struct builder *b, PgQuery__DropStmt *ds);
int build_comment(struct builder *b, PgQuery__CommentStmt *cs);
int build_rename(struct builder *b, PgQuery__RenameStmt *rs);

#endif
