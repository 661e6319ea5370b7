/*
 * lint.h - the static analyzer. Every statement of a migration is judged
 * against the catalog as it stands just before it: the lock it takes on
 * each relation, whether it rewrites or scans a table, whether it loses
 * data, whether it breaks running code. Then the statement is applied to the
 * catalog (build.h), so the next statement sees its effect: a column added
 * to a table created in the same migration is no hazard.
 */
#ifndef SCHEMAC_LINT_H
#define SCHEMAC_LINT_H

#include "catalog.h"
#include "diag.h"
#include "parse.h"

enum lint_class {
	LINT_DESTRUCTIVE,	/* loses data */
	LINT_LOCKING,		/* blocks reads or writes for long */
	LINT_BREAKING,		/* breaks code that is running */
	LINT_TRANSACTION,	/* fails or misbehaves in a transaction */
	LINT_ADVICE,		/* a better way; a warning by default */
	LINT_SECURITY,		/* the schema lets an API role past row
				 * level security (lint --schema) */
};

/* The rules, one id each: lint_rules[] is indexed by it. */
enum lint_rule_id {
	R_DROP_TABLE,
	R_DROP_COLUMN,
	R_DROP_SCHEMA,
	R_DROP_DATABASE,
	R_TRUNCATE,
	R_TYPE_CHANGE_LOSSY,
	R_DROP_ATTRIBUTE,
	R_ENUM_VALUE_REMOVED,
	R_DELETE_WITHOUT_WHERE,
	R_UPDATE_WITHOUT_WHERE,
	R_INDEX_NOT_CONCURRENT,
	R_FOREIGN_KEY_VALIDATES,
	R_CHECK_VALIDATES,
	R_SET_NOT_NULL_SCANS,
	R_DOMAIN_CHECK_VALIDATES,
	R_DOMAIN_SET_NOT_NULL_SCANS,
	R_TYPE_CHANGE_REWRITES,
	R_VOLATILE_DEFAULT,
	R_UNIQUE_WITHOUT_INDEX,
	R_VACUUM_FULL,
	R_CLUSTER,
	R_REFRESH_NOT_CONCURRENT,
	R_DROP_STILL_USED,
	R_RENAME_TABLE,
	R_RENAME_COLUMN,
	R_ADD_COLUMN_NOT_NULL,
	R_SET_NOT_NULL_BREAKS,
	R_CONCURRENTLY_IN_TRANSACTION,
	R_ENUM_VALUE_USED_IN_TRANSACTION,
	R_TRANSACTION_IN_MIGRATION,
	R_LOCK_TIMEOUT,
	R_PREFER_IDENTITY,
	R_PREFER_BIGINT_KEY,
	R_PREFER_TIMESTAMPTZ,
	R_PREFER_TEXT_OVER_CHAR,
	R_PREFER_TEXT_OVER_VARCHAR,
	R_DROP_CONSTRAINT,
	R_DROP_SEQUENCE,
	R_DROP_INDEX_NOT_CONCURRENT,
	R_REINDEX_NOT_CONCURRENT,
	R_DETACH_PARTITION_NOT_CONCURRENT,
	R_ALTER_TABLE_REWRITES,
	R_ADD_COLUMN_REWRITES,
	R_DROP_NOT_NULL,
	R_RENAME_ENUM_VALUE,
	R_RENAME_SCHEMA,
	R_BEGIN_WITHOUT_COMMIT,
	R_TRIGGER_ON_EXISTING_TABLE,
	R_STATEMENT_TIMEOUT,
	R_UNKNOWN_STATEMENT,
	R_ADD_COLUMN_UNIQUE_FAILS,
	R_FOREIGN_KEY_WITHOUT_INDEX,
	R_ATTACH_PARTITION_SCANS,
	/* the schema lints (lint_schema.c), and R_FOREIGN_KEY_WITHOUT_INDEX */
	R_RLS_DISABLED,
	R_RLS_WITHOUT_POLICY,
	R_POLICY_WITHOUT_RLS,
	R_FUNCTION_SEARCH_PATH_MUTABLE,
	R_SECURITY_DEFINER_VIEW,
	R_SECURITY_DEFINER_FUNCTION,
	R_TABLE_WITHOUT_PRIMARY_KEY,
	R_DUPLICATE_INDEX,
	LINT_NRULES
};

/* One rule: its id, class, and what to do instead. */
struct lint_rule {
	const char *id;
	enum lint_class cls;
	const char *summary;	/* what it catches */
	const char *fix;	/* the safe alternative */
};

/* The rules, for the README table and --format output. */
extern const struct lint_rule lint_rules[];
extern const size_t lint_nrules;
const struct lint_rule *lint_find_rule(const char *id);
const char *lint_class_name(enum lint_class cls);

/*
 * How a rule's findings are reported. By default the class decides: advice
 * is a warning, every other class an error. The configuration (schemac.json,
 * "lint": {"rules": {"rule-id": "error" | "warning" | "off"}}) can raise,
 * lower or silence a rule.
 */
enum lint_level {
	LINT_LEVEL_DEFAULT,
	LINT_LEVEL_OFF,		/* not reported at all */
	LINT_LEVEL_WARNING,	/* reported; does not fail the lint */
	LINT_LEVEL_ERROR,	/* reported; exit 1 unless acknowledged */
};

struct lint_setting {
	const struct lint_rule *rule;
	enum lint_level level;
};

/* "error", "warning", "off" as a level; LINT_LEVEL_DEFAULT if none of them. */
enum lint_level lint_level_from_name(const char *name);

/* The severity levels (struct lint_setting *, or NULL) give rule's
 * findings, into sev; false if they turn it off. */
bool lint_severity(const struct ptrvec *levels, enum lint_rule_id rule, enum diag_severity *sev);

/* What one statement does, for --explain and for the findings. */
struct lint_fact {
	const struct srcfile *file;
	int offset;
	const char *statement;	/* the statement's first line */
	const char *lock;	/* "ACCESS EXCLUSIVE on users", or NULL */
	const char *table_work;	/* "rewrites users", "scans users", or NULL */
	const char *reads;	/* "orders, users": the other tables it reads
				 * whole (its query, a check by a new
				 * foreign key or constraint), or NULL */
	const char *loses;	/* what data it loses, or NULL */
	bool new_object;	/* on an object created in this migration */
	const char *txmode;	/* a file's first statement: the transaction
				 * model that applied to the file, and why */
};

struct lint_report {
	struct ptrvec facts;	/* struct lint_fact *, one per statement */
	int errors;
	int warnings;
	int notes;		/* acknowledged findings */
};

/*
 * How the runner runs a file, which decides what is in a transaction:
 * wrapped, the file is one transaction (schemac migrate, Flyway, Rails);
 * auto, as `psql -f` runs it (statements between BEGIN and COMMIT are one
 * transaction, every other statement its own); none, every statement on its
 * own. A file's marker (-- schemac:no-transaction, -- atlas:txmode none,
 * dbmate's -- migrate:up transaction:false, -- +goose NO TRANSACTION) makes
 * it none whatever the default.
 */
enum lint_txmode { LINT_TX_AUTO, LINT_TX_WRAPPED, LINT_TX_NONE };

/* "auto", "wrapped", "none"; -1 if none of them. */
int lint_txmode_from_name(const char *name);

struct lint_options {
	const struct ptrvec *levels;	/* struct lint_setting *, or NULL */
	enum lint_txmode txmode;	/* the files' model unless they say */
	const char *txmode_why;		/* where it came from, for --explain */
	bool base;			/* the catalog holds the schema the files
					 * run on (--base, or the history) */
};

/*
 * Lints every statement of p against cat, which it updates. Findings are
 * recorded in d (with their rule id), as errors, warnings, or notes when a
 * `-- schemac:allow rule reason` acknowledges them; o->levels overrides
 * the default level of some rules. A statement the catalog cannot apply
 * (one it does not model, or one naming what it does not hold) is still
 * judged from its parse tree and the facts table (locks.h), with a warning
 * when nothing is known of it; tables the catalog does not hold are judged
 * as existing tables with rows.
 */
void lint_statements(struct lint_report *r, struct catalog *cat, struct parser *p,
		     const struct lint_options *o, struct diags *d);

/* Does an index of t that serves lookups (a btree index with no predicate,
 * a primary key or unique constraint) lead with exactly cols (const char *,
 * in any order)? What foreign-key-without-index asks, of a migration's new
 * keys and of the schema's. */
bool lint_fk_indexed(struct arena *a, const struct table *t, const struct ptrvec *cols);
/* The CREATE INDEX CONCURRENTLY to add for a foreign key over cols of t. */
const char *lint_fk_index_sql(struct arena *a, const struct table *t, const struct ptrvec *cols);

/*
 * The schema lints (lint --schema, lint_schema.c): what Supabase's advisors
 * compute on a live database, computed from the catalog the schema builds.
 * Row level security and SECURITY DEFINER are judged in the exposed schemas
 * (those an API such as PostgREST serves to untrusted roles); the others in
 * every schema. Objects of extern declarations (a platform's, _extern/) are
 * not judged. Findings go to d with their rule id, at the object's CREATE,
 * at the level levels give them.
 */
struct lint_schema_options {
	const struct ptrvec *levels;	/* struct lint_setting *, or NULL */
	const struct ptrvec *exposed;	/* const char *: the exposed schemas */
};
void lint_schema(struct lint_report *r, struct catalog *cat, const struct lint_schema_options *o,
		 struct diags *d);

#endif
