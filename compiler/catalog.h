/*
 * catalog.h - the data model: what schemac understands of a PostgreSQL
 * database. The builder (build.h) fills a catalog by interpreting DDL; the
 * differ compares two catalogs; the emitter prints one. Every struct here is
 * owned by the catalog's arena; names are stored as PostgreSQL stores them
 * (case-folded unless quoted, truncated to 63 bytes) and types, defaults and
 * names are normalized (normalize.h), so that two catalogs of the same schema
 * compare equal field by field.
 *
 * Object lists keep creation order (PostgreSQL's OID order), which is the
 * stable base order for output. Lookups go through hash maps by qualified
 * name; a dropped object is removed from both.
 */
#ifndef SCHEMAC_CATALOG_H
#define SCHEMAC_CATALOG_H

#include "util.h"

#include <stdbool.h>
#include <stdint.h>

struct arena;
struct expr;			/* a normalized expression, normalize.h */
struct srcfile;

#define NAMEDATALEN 64		/* PostgreSQL's identifier limit is 63 bytes */

/* Where an object was defined, for messages. */
struct srcloc {
	const struct srcfile *file;	/* NULL: not known */
	int offset;			/* byte offset in file->text */
};

/* A name qualified by the schema it lives in. */
struct qname {
	const char *schema;
	const char *name;
};

/*
 * A type as a column, cast or sequence uses it. Built-in types live in
 * pg_catalog and carry their internal name (int4, varchar, timestamptz,
 * bpchar); the emitter prints them the way format_type() does (integer,
 * character varying(255), timestamp with time zone).
 */
struct typeref {
	const char *schema;	/* "pg_catalog" for built-in types */
	const char *name;	/* internal name, or the user type's name */
	const char *mods;	/* type modifiers as printed: "(255)", "(10,2)",
				 * " hour to minute", or NULL */
	int ndims;		/* array dimensions, 0 for a scalar */
};

/* Sequence parameters, resolved to values as pg_sequence stores them. */
struct seqopts {
	const char *astype;	/* int2, int4 or int8 */
	int64_t start;
	int64_t increment;
	int64_t minvalue;
	int64_t maxvalue;
	int64_t cache;
	bool cycle;
};

/*
 * Privileges: an object's ACL, as GRANT and REVOKE leave it. NULL in an
 * object means PostgreSQL's default for its kind (acl.h, acl_default): the
 * owner holds every privilege, PUBLIC holds EXECUTE on functions and USAGE
 * on types (and on schema public). Grantees are role names; roles are
 * outside the schema.
 */
struct aclitem {
	const char *grantee;	/* a role name; "" is PUBLIC; NULL the owner */
	unsigned privs;		/* ACL_* bits (acl.h) */
	unsigned grant_opts;	/* the subset held WITH GRANT OPTION */
};

struct acl {
	const char *owner;	/* ALTER ... OWNER TO; NULL: the role that runs
				 * the schema. Compared and emitted only when
				 * diff_options.owners is set (diff.h) */
	bool set;		/* items hold the privileges; false: default */
	struct ptrvec items;	/* struct aclitem *, grantees unique */
};

struct schema {
	const char *name;
	const char *comment;	/* COMMENT ON SCHEMA, or NULL */
	bool implicit;		/* public: exists in every database */
	struct acl *acl;		/* GRANT ON SCHEMA, NULL: default */
	struct srcloc loc;
};

struct extension {
	const char *name;
	const char *schema;	/* WITH SCHEMA, or the creation schema */
	const char *version;	/* VERSION as written, or NULL */
	const char *comment;
	struct srcloc loc;
};

enum type_kind {
	TYPE_ENUM = 'e',
	TYPE_DOMAIN = 'd',
	TYPE_COMPOSITE = 'c',	/* CREATE TYPE name AS (...) */
	TYPE_RANGE = 'r',
};

/* A user-defined type (build_type.c builds all but enums). */
struct type {
	struct qname name;
	enum type_kind kind;
	struct ptrvec labels;	/* enum: const char *, in sort order */
	struct ptrvec label_renamed_from; /* enum: per label, the label it was
				 * renamed from (schemac:renamed-from), or NULL */
	struct typeref base;	/* domain: the base type; range: the subtype */
	const char *collation;	/* domain, range: COLLATE / collation, as a
				 * column's (NULL: the type's default) */
	struct expr *def;	/* domain: DEFAULT, or NULL */
	bool not_null;		/* domain: NOT NULL */
	struct ptrvec checks;	/* domain: struct constraint * (CON_CHECK, name,
				 * check, not_valid, comment), creation order */
	struct ptrvec attrs;	/* composite: struct column * (name, type,
				 * collation, comment), in attribute order */
	const char *opclass;	/* range: subtype_opclass (dotted), or NULL */
	const char *canonical;	/* range: canonical function (dotted), or NULL */
	const char *subtype_diff; /* range: subtype_diff function, or NULL */
	struct qname multirange; /* range: multirange_type_name, resolved */
	const char *renamed_from;	/* schemac:renamed-from, or NULL */
	struct acl *acl;		/* GRANT ON TYPE, NULL: default */
	const char *comment;
	struct srcloc loc;
};

/* A collation (CREATE COLLATION). Columns name it in column->collation. */
struct collation {
	struct qname name;
	char provider;			/* 'c' libc, 'i' icu */
	const char *lc_collate;		/* libc: LC_COLLATE; icu: the locale */
	const char *lc_ctype;		/* libc: LC_CTYPE; icu: the locale */
	bool deterministic;
	const char *comment;
	const char *owner;		/* ALTER COLLATION ... OWNER TO, or NULL */
	struct srcloc loc;
};

/* A sequence: standalone, behind a serial column, or an identity column's. */
struct sequence {
	struct qname name;
	struct seqopts opts;
	bool identity;			/* an identity column's: created, altered
					 * and dropped with the column */
	bool unlogged;
	const char *owned_table;	/* OWNED BY table (same schema), or NULL */
	const char *owned_column;
	struct acl *acl;		/* GRANT ON SEQUENCE, NULL: default */
	const char *comment;
	struct srcloc loc;
};

enum identity_kind {
	IDENTITY_NONE = 0,
	IDENTITY_ALWAYS = 'a',
	IDENTITY_BY_DEFAULT = 'd',
};

struct column {
	const char *name;
	struct typeref type;
	const char *collation;		/* COLLATE name as SQL spells it, each part
					 * quoted as needed, schema-qualified unless
					 * public or pg_catalog (collation "de.utf8",
					 * app."x.y"); NULL for the type's default */
	struct expr *def;		/* DEFAULT, or the generation expression */
	enum identity_kind identity;
	bool not_null;
	bool generated;			/* GENERATED ALWAYS AS (def) STORED */
	struct sequence *identity_seq;	/* identity: its sequence (also in
					 * catalog->sequences, flagged identity) */
	const char *renamed_from;	/* schemac:renamed-from, or NULL */
	const char *using_expr;		/* schemac:using EXPR: the USING of a type
					 * change PostgreSQL has no cast for, as
					 * written (names the old column); NULL.
					 * Not compared */
	struct acl *acl;		/* column privileges, NULL: none */
	const char *comment;
	struct srcloc loc;
	/* options (build_partition.c) */
	const char *storage;		/* SET STORAGE plain/external/extended/
					 * main, NULL for the type's default */
	const char *compression;	/* COMPRESSION pglz/lz4, NULL: default */
	bool has_statistics;		/* SET STATISTICS given (not -1) */
	int statistics;			/* SET STATISTICS n */
	bool inherited_only;		/* comes from parents only, not defined
					 * in the table itself (!attislocal);
					 * compared for a kept table's inherited
					 * columns (CH_SET_COLUMN_LOCAL) */
	int inhcount;			/* how many parents give it (attinhcount) */
};

enum constraint_kind {
	CON_CHECK = 'c',
	CON_FOREIGN = 'f',
	CON_PRIMARY = 'p',
	CON_UNIQUE = 'u',
	CON_EXCLUSION = 'x',
};

/* Foreign key actions, with PostgreSQL's letters. */
enum fk_action {
	FK_NO_ACTION = 'a',
	FK_RESTRICT = 'r',
	FK_CASCADE = 'c',
	FK_SET_NULL = 'n',
	FK_SET_DEFAULT = 'd',
};

enum fk_match {
	FK_MATCH_SIMPLE = 's',
	FK_MATCH_FULL = 'f',
	FK_MATCH_PARTIAL = 'p',
};

/* One key part of an index or exclusion constraint. */
struct index_elem {
	const char *column;	/* a column name, or NULL when expr is set */
	struct expr *expr;	/* an expression */
	const char *collation;	/* COLLATE, spelled as a column's; NULL for
				 * the default */
	const char *opclass;	/* operator class (qualified if not in a default
				 * schema), NULL for the default */
	bool desc;		/* DESC */
	bool nulls_first;	/* NULLS FIRST, normalized: DESC implies it */
	const char *op;		/* exclusion: the operator (WITH =) */
	bool has_statistics;	/* index expression: ALTER INDEX ... ALTER
				 * COLUMN n SET STATISTICS given (not -1) */
	int statistics;		/* its target */
};

/* Storage parameters (WITH (...)), "name=value" (toast.name=value for the
 * TOAST table's) in the order they were set: PostgreSQL keeps that order,
 * and pg_dump prints it. */
struct reloptions {
	struct ptrvec items;	/* const char * */
};

struct constraint {
	const char *name;
	enum constraint_kind kind;
	enum fk_match match;		/* foreign */
	enum fk_action on_update;	/* foreign */
	enum fk_action on_delete;	/* foreign */
	bool deferrable;
	bool deferred;			/* INITIALLY DEFERRED */
	bool not_valid;			/* NOT VALID (check, foreign key) */
	bool nulls_not_distinct;	/* unique */
	bool no_inherit;		/* check: NO INHERIT */
	struct ptrvec columns;		/* primary, unique, foreign: const char * */
	struct ptrvec include;		/* primary, unique, exclusion: INCLUDE */
	struct reloptions options;	/* primary, unique, exclusion: WITH (...) */
	struct expr *check;		/* check: the expression */
	struct qname ref_table;		/* foreign: REFERENCES table */
	struct ptrvec ref_columns;	/* foreign: referenced columns (resolved) */
	struct ptrvec on_delete_cols;	/* foreign: ON DELETE SET NULL (cols) */
	const char *method;		/* exclusion: index access method */
	struct ptrvec elems;		/* exclusion: struct index_elem * */
	struct expr *where;		/* exclusion: WHERE (predicate) */
	const char *comment;
	const char *index_comment;	/* primary, unique, exclusion: COMMENT ON
					 * INDEX of the constraint's index */
	const char *renamed_from;	/* schemac:renamed-from, or NULL */
	struct srcloc loc;
	const char *parent;		/* partition: the parent table's index
					 * (same schema) its index is attached to */
};

/* A standalone index (CREATE INDEX); constraint indexes live in constraints. */
struct index {
	const char *name;		/* in the table's schema */
	bool unique;
	bool nulls_not_distinct;
	const char *method;		/* btree, gin, gist, hash, brin, ... */
	struct ptrvec elems;		/* struct index_elem * */
	struct ptrvec include;		/* INCLUDE: const char * */
	struct reloptions options;	/* WITH (...) */
	struct expr *where;		/* partial index predicate */
	const char *renamed_from;	/* schemac:renamed-from, or NULL */
	const char *comment;
	struct srcloc loc;
	const char *parent;		/* partition: the parent table's index
					 * (same schema) it is attached to, or NULL */
	bool only;			/* partitioned table: ON ONLY, not yet
					 * valid; NOT compared */
};

/* PARTITION BY: the strategy and the key (columns or expressions). */
struct partkey {
	char strategy;			/* 'l' list, 'r' range, 'h' hash */
	struct ptrvec elems;		/* struct index_elem * (column or expr,
					 * collation, opclass) */
};

/* A partition bound value: NULL (list), MINVALUE/MAXVALUE (range), or a
 * constant normalized to its text ('1' and 1 are the same). */
#define PARTBOUND_MINVALUE "\x01MINVALUE"
#define PARTBOUND_MAXVALUE "\x01MAXVALUE"

/* FOR VALUES ... of a partition. */
struct partbound {
	char strategy;			/* 'l', 'r', 'h'; 0 for DEFAULT */
	bool is_default;
	int modulus, remainder;		/* hash */
	struct ptrvec list;		/* list: const char *, NULL for NULL */
	struct ptrvec lower, upper;	/* range: const char * */
};

struct table {
	struct qname name;
	bool unlogged;
	bool outside;			/* not a table of this catalog: one in a
					 * schema the input never defines (auth.users),
					 * made up for a reference to it; columns and
					 * keys unknown, never in catalog->tables */
	bool rls;			/* ENABLE ROW LEVEL SECURITY */
	bool rls_forced;		/* FORCE ROW LEVEL SECURITY */
	struct ptrvec columns;		/* struct column *, in attribute order */
	struct ptrvec constraints;	/* struct constraint *, in creation order */
	struct ptrvec indexes;		/* struct index *, in creation order */
	const char *renamed_from;	/* schemac:renamed-from, or NULL */
	struct acl *acl;		/* GRANT ON TABLE, NULL: default */
	const char *comment;
	struct srcloc loc;
	/* partitioning, inheritance and options (build_partition.c) */
	struct partkey *partkey;	/* PARTITION BY, or NULL */
	struct qname partition_of;	/* a partition's parent (name NULL: none) */
	struct partbound *bound;	/* a partition's FOR VALUES */
	struct ptrvec inherits;		/* INHERITS parents: struct qname *, in order */
	struct reloptions options;	/* WITH (storage parameters) */
	/* forms pg_dump prints after the indexes (diff_relform.c) */
	char replident;			/* REPLICA IDENTITY: 0 DEFAULT, 'f' FULL,
					 * 'n' NOTHING, 'i' USING INDEX */
	const char *replident_index;	/* 'i': the index or key constraint (same
					 * schema); dropped with it */
	const char *cluster_index;	/* CLUSTER ON: the index or key constraint,
					 * NULL: none (SET WITHOUT CLUSTER) */
};

/*
 * The objects that use tables rather than hold data: views, materialized
 * views, functions, procedures, triggers and policies. Each is compared as
 * a whole definition (a hash of its normalized parse tree), created after
 * and dropped before what it uses, and recreated when something it uses
 * changes under it. Dependencies are keys (object_dep_key): what PostgreSQL
 * tracks (deps) forces a drop and create; what a function body names (uses)
 * only orders creation.
 */
enum object_kind {
	OBJ_FUNCTION = 'f',
	OBJ_PROCEDURE = 'p',
	OBJ_VIEW = 'v',
	OBJ_MATVIEW = 'm',
	OBJ_TRIGGER = 't',
	OBJ_POLICY = 'P',
	OBJ_EVENT_TRIGGER = 'E',	/* database-wide: name.schema is "" */
	/* The generic objects (build_generic.c): kept as their statements,
	 * compared by tree, dropped and created again when changed. */
	OBJ_OPERATOR = 'o',		/* args: "integer, integer" (NONE: unary) */
	OBJ_OPCLASS = 'c',		/* args: the access method (USING) */
	OBJ_OPFAMILY = 'y',		/* args: the access method (USING) */
	OBJ_AGGREGATE = 'a',		/* args: the argument types */
	OBJ_CAST = 'k',			/* database-wide; name "(source AS target)" */
	OBJ_TS_CONFIG = 'g',
	OBJ_TS_DICT = 'd',
	OBJ_TS_PARSER = 'x',
	OBJ_TS_TEMPLATE = 'z',
	OBJ_RULE = 'R',			/* on a table, as triggers are */
	OBJ_STATISTICS = 's',
	OBJ_CONVERSION = 'n',
	OBJ_LANGUAGE = 'l',		/* database-wide */
	OBJ_ACCESS_METHOD = 'A',	/* database-wide */
	OBJ_TRANSFORM = 'X',		/* database-wide; name "FOR type LANGUAGE lang" */
	OBJ_FDW = 'w',			/* database-wide */
	OBJ_SERVER = 'S',		/* database-wide */
	OBJ_USER_MAPPING = 'u',		/* database-wide; name "FOR role SERVER srv" */
	OBJ_FOREIGN_TABLE = 'e',	/* a relation: columns in columns, rel */
};

/*
 * What the stages need to know of an object kind, one row per kind
 * (catalog.c, object_kind_desc): the one table that tells a generic
 * object's SQL forms apart, rather than a switch per stage.
 */
struct object_kind_desc {
	enum object_kind kind;
	const char *name;		/* for messages: "operator class" */
	const char *sql;		/* the keyword of DROP, COMMENT ON and
					 * ALTER ... OWNER TO: "OPERATOR CLASS" */
	char provides;			/* the dependency key kind (object_dep_key)
					 * of what the object is to others: 'r' a
					 * relation, 'f' a function name, its own
					 * letter for a generic kind; 0: none */
	bool global;			/* database-wide: name.schema is "" */
	bool raw_name;			/* the name is printed as it is stored
					 * (operators, casts, transforms, user
					 * mappings), not as an identifier */
	bool using;			/* args is an access method: USING args */
	bool owned;			/* has an owner (ALTER ... OWNER TO) */
	bool early;			/* may be created before the tables (and
					 * dropped after them) when it uses no
					 * relation the migration creates */
	bool generic;			/* built by build_generic.c */
	bool follows_table;		/* goes, without CASCADE, with the table
					 * (or a column) it is on, as PostgreSQL
					 * drops it: rules, statistics */
};

struct dbobject {
	enum object_kind kind;
	struct qname name;
	const char *table;		/* trigger, policy, rule: its table, in
					 * name.schema */
	const char *args;		/* function, procedure, aggregate, operator:
					 * the input argument types that identify
					 * it, "integer, text"; operator class and
					 * family: the access method */
	const char *key;		/* identity: object_key() */
	uint64_t def[2];		/* XXH3-128 of the normalized definition */
	const uint8_t *stmt;		/* the CREATE statement with its names
					 * qualified, as a packed ParseResult:
					 * printed only when a migration needs it
					 * (object_sql in parse.h); a generic
					 * object's may hold more statements
					 * after it (ALTER ... ADD) */
	size_t stmt_len;
	const struct srcfile *file;	/* the statement as written, printed */
	int offset, len;		/* when the deparser cannot */
	const char *replace_sig;	/* what CREATE OR REPLACE must keep (return
					 * type, argument names, view columns): the
					 * same in old and new allows replacing in
					 * place; NULL: drop and create */
	struct ptrvec deps;		/* const char *: dependency keys of what the
					 * definition uses and PostgreSQL tracks */
	struct ptrvec uses;		/* const char *: what a function body names
					 * (creation order only) */
	struct ptrvec columns;		/* view, matview, foreign table: const
					 * char * output (or column) names */
	struct ptrvec col_comments;	/* view, matview, foreign table: per
					 * column, NULL or text */
	struct ptrvec col_acls;		/* view, matview, foreign table: per
					 * column (may be shorter than columns),
					 * NULL or struct acl *: GRANT (col) ON */
	struct table *rel;		/* matview: its columns and indexes, as a
					 * table that is not in catalog->tables */
	struct reloptions options;	/* view, matview: WITH (...) as stored,
					 * values normalized (on -> true): storage
					 * parameters, security_barrier,
					 * security_invoker; then a view's
					 * check_option (WITH ... CHECK OPTION
					 * too); then toast.*. Not in def:
					 * changed with ALTER VIEW ... SET */
	char enabled;			/* trigger, event trigger: 'O' enabled, 'D' disabled,
					 * 'R' replica, 'A' always */
	struct acl *acl;		/* view, matview, function, procedure,
					 * foreign table: GRANT, NULL: default;
					 * a generic object: its owner only */
	const char *comment;
	struct srcloc loc;
};

/*
 * ALTER DEFAULT PRIVILEGES: the ACL given to objects of a kind created
 * afterwards by a role (in a schema). A global entry (schema NULL) replaces
 * the built-in default; a schema's entry adds to it.
 */
struct defacl {
	const char *role;	/* FOR ROLE; the role that runs the schema
				 * (ACL_DEFAULT_ROLE) when not written */
	const char *schema;	/* IN SCHEMA, or NULL */
	char objtype;		/* 'r' tables, 'S' sequences, 'f' functions,
				 * 'T' types, 'n' schemas (pg_default_acl) */
	struct acl acl;		/* global: the whole ACL; schema: additions */
};

/* CREATE PUBLICATION. */
struct publication {
	const char *name;
	bool all_tables;		/* FOR ALL TABLES */
	unsigned publish;		/* PUB_* bits (acl.h), WITH (publish = ...) */
	bool via_root;			/* publish_via_partition_root */
	struct ptrvec tables;		/* struct table *: a table dropped since is
					 * not in the catalog any more, and not in
					 * the publication (publication_has) */
	struct ptrvec schemas;		/* FOR TABLES IN SCHEMA: const char * */
	const char *owner;		/* kept, not compared */
	struct srcloc loc;
};

struct map;			/* string-keyed hash map, private to catalog.c */

struct catalog {
	struct arena *arena;		/* owns everything below */
	struct ptrvec schemas;		/* struct schema * */
	struct ptrvec extensions;	/* struct extension * */
	struct ptrvec types;		/* struct type * */
	struct ptrvec collations;	/* struct collation * */
	struct ptrvec sequences;	/* struct sequence * */
	struct ptrvec tables;		/* struct table * */
	struct ptrvec objects;		/* struct dbobject *, in creation order */
	struct ptrvec defacls;		/* struct defacl * */
	struct ptrvec publications;	/* struct publication * */
	struct map *objmap;		/* object key -> struct dbobject */
	struct map *funcnames;		/* "schema.name" -> count of functions */
	struct ptrvec search_path;	/* const char *: schemas searched for
					 * unqualified names; the first one that
					 * exists is where objects are created */
	bool no_body_checks;		/* SET check_function_bodies = false (as
					 * pg_dump writes): SQL function bodies
					 * in strings are not analyzed at CREATE */
	struct map *relations;		/* schema.name -> table, sequence or index */
	struct map *typemap;		/* schema.name -> struct type */
	struct map *connames;		/* schema.name -> constraint-name use count */
	size_t linked_tables;		/* times a table was given a parent
					 * (build_partition.c): never lowered, so
					 * 0 means no table has a parent */
	bool data_statements_ok;	/* INSERT/UPDATE/DELETE need no warning
					 * (migrations, not schema files) */
	struct map *unsupported;	/* schema.name of relations whose CREATE
					 * was reported unsupported: statements
					 * naming them are not reported again */
};

/* What a relation name stands for in the shared namespace of a schema. */
enum rel_kind { REL_TABLE, REL_SEQUENCE, REL_INDEX, REL_CONSTRAINT_INDEX, REL_VIEW };

struct relation {
	enum rel_kind kind;
	void *obj;			/* struct table, sequence, index or
					 * constraint; a view's (materialized
					 * view's, foreign table's) struct dbobject */
	struct table *table;		/* the index's table */
};

struct catalog *catalog_new(struct arena *arena);
/* search_path as a new session has it: "$user", public. */
void catalog_default_search_path(struct catalog *cat);

/* The default schema for new objects: the first existing schema on the
 * search_path; "public" when the search_path is the default. NULL if none. */
const char *catalog_creation_schema(const struct catalog *cat);

struct schema *catalog_find_schema(const struct catalog *cat, const char *name);
struct extension *catalog_find_extension(const struct catalog *cat, const char *name);
struct type *catalog_find_type(const struct catalog *cat, const struct qname *name);
struct collation *catalog_find_collation(const struct catalog *cat, const struct qname *name);
struct table *catalog_find_table(const struct catalog *cat, const struct qname *name);
/* The foreign keys that reference t (only those over column, when given),
 * t's own self-references included, in catalog order: each into out_cons
 * and its table into out_tables (vectors from a; NULL: the heap). */
void catalog_referencing_fks(const struct catalog *cat, const struct table *t, const char *column,
			     struct arena *a, struct ptrvec *out_tables, struct ptrvec *out_cons);
struct sequence *catalog_find_sequence(const struct catalog *cat, const struct qname *name);
/* Any relation (table, sequence, index, constraint index) by name. */
struct relation *catalog_find_relation(const struct catalog *cat, const struct qname *name);
/* The relation an unqualified (schema NULL or "") or qualified name means,
 * through the search_path, or NULL. */
struct relation *catalog_resolve_relation(const struct catalog *cat, const char *schema,
					  const char *name);
struct column *table_find_column(const struct table *t, const char *name);
/* A domain's check constraint, a composite type's attribute, or NULL. */
struct constraint *type_find_check(const struct type *t, const char *name);
struct column *type_find_attr(const struct type *t, const char *name);
struct constraint *table_find_constraint(const struct table *t, const char *name);
struct index *table_find_index(const struct table *t, const char *name);
/* Does t have a PRIMARY KEY constraint? */
bool table_has_primary_key(const struct table *t);
/* A column's position in t->columns, or -1. */
int table_column_index(const struct table *t, const char *name);

/* Registration: the builder creates the struct and the catalog indexes it. */
void catalog_add_schema(struct catalog *cat, struct schema *s);
void catalog_add_extension(struct catalog *cat, struct extension *e);
void catalog_add_type(struct catalog *cat, struct type *t);
void catalog_add_collation(struct catalog *cat, struct collation *c);
/* A domain's check constraint: its name is taken in the schema. */
void catalog_add_domain_check(struct catalog *cat, struct type *t, struct constraint *c);
void catalog_add_sequence(struct catalog *cat, struct sequence *s);
void catalog_add_table(struct catalog *cat, struct table *t);
void catalog_add_index(struct catalog *cat, struct table *t, struct index *ix);
void catalog_add_constraint(struct catalog *cat, struct table *t, struct constraint *c);

void catalog_remove_schema(struct catalog *cat, struct schema *s);
void catalog_remove_extension(struct catalog *cat, struct extension *e);
void catalog_remove_type(struct catalog *cat, struct type *t);
void catalog_remove_collation(struct catalog *cat, struct collation *c);
void catalog_remove_domain_check(struct catalog *cat, struct type *t, struct constraint *c);
void catalog_remove_sequence(struct catalog *cat, struct sequence *s);
/* Removes the table with its indexes and constraints. */
void catalog_remove_table(struct catalog *cat, struct table *t);
void catalog_remove_index(struct catalog *cat, struct table *t, struct index *ix);
void catalog_remove_constraint(struct catalog *cat, struct table *t, struct constraint *c);

/* Renames keep the maps in step. */
void catalog_rename_table(struct catalog *cat, struct table *t, const char *name);
void catalog_rename_sequence(struct catalog *cat, struct sequence *s, const char *name);
void catalog_rename_index(struct catalog *cat, struct table *t, struct index *ix, const char *name);
void catalog_rename_constraint(struct catalog *cat, struct table *t, struct constraint *c,
			       const char *name);
void catalog_rename_type(struct catalog *cat, struct type *t, const char *name);
void catalog_rename_domain_check(struct catalog *cat, struct type *t, struct constraint *c,
				 const char *name);

/* Objects (views, functions, triggers, policies). The identity key:
 * kind, schema, table (triggers, policies), name, args (functions). */
const char *object_key(struct arena *a, enum object_kind kind, const char *schema,
		       const char *table, const char *name, const char *args);
/* The key a dependency on a relation ('r'), function name ('f', any overload),
 * type ('T') or collation ('C') is recorded under. */
const char *object_dep_key(struct arena *a, char what, const char *schema, const char *name);
/* The dependency key an object answers to: a view's relation, a function's
 * name (all its overloads); NULL for triggers, policies, event triggers. */
const char *object_provides(struct arena *a, const struct dbobject *o);
/* "view", "materialized view", "function", ... for messages. */
const char *object_kind_name(enum object_kind kind);
/* The row of the kind table for kind (never NULL). */
const struct object_kind_desc *object_kind_desc(enum object_kind kind);
struct dbobject *catalog_find_object(const struct catalog *cat, const char *key);
void catalog_add_object(struct catalog *cat, struct dbobject *o);
void catalog_remove_object(struct catalog *cat, struct dbobject *o);
/* Is there a function or procedure schema.name (any arguments)? */
bool catalog_has_function(const struct catalog *cat, const char *schema, const char *name);
/* Is the object (a view, trigger, policy) on or over table schema.name? */
bool object_on_table(const struct dbobject *o, const char *schema, const char *name);

/* Relations created by statements reported as unsupported. */
void catalog_mark_unsupported(struct catalog *cat, const char *schema, const char *name);
bool catalog_is_unsupported(const struct catalog *cat, const char *schema, const char *name);

/* Is a relation (pg_class: also a composite type) name taken in schema?
 * Is a constraint name (of a table or a domain)? */
bool catalog_relname_taken(const struct catalog *cat, const char *schema, const char *name);
bool catalog_conname_taken(const struct catalog *cat, const char *schema, const char *name);
/* Is a type name taken by a relation's row type (a table's, a view's)? An
 * index or a sequence makes none. */
bool catalog_rowtype_taken(const struct catalog *cat, const struct qname *q);

/* Is table t (still) in publication p? A dropped table is not (build_grant.c). */
bool publication_has(const struct catalog *cat, const struct publication *p,
		     const struct table *t);

#endif
