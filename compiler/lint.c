/*
 * lint.c - the static analyzer. For each statement, against the catalog as
 * it stands just before it: the lock PostgreSQL 15 takes, whether the table
 * is rewritten or scanned, what data is lost, what running code breaks. The
 * findings are diagnostics with a rule id; `-- schemac:allow rule reason`
 * before a statement (or, followed by a blank line, at the top of the file)
 * turns an error into a note. Then the statement is applied to the catalog
 * with the builder, so the next statement sees its effect.
 *
 * Precision matters as much as recall: a rule fires only where PostgreSQL
 * takes the risk. Objects created in the same migration are exempt from lock
 * and data hazards (nobody else can be using them yet).
 */
#include "lint.h"
#include "arena.h"
#include "build.h"
#include "locks.h"
#include "normalize.h"
#include "qualify.h"
#include "sqlfmt.h"
#include "strbuf.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

#define L(id, cls, summary, fix) { id, cls, summary, fix }

const struct lint_rule lint_rules[] = {
	[R_DROP_TABLE] = L("drop-table", LINT_DESTRUCTIVE, "DROP TABLE of a table that holds data",
	  "keep the table until no code reads it, then drop it with an acknowledgement"),
	[R_DROP_COLUMN] = L("drop-column", LINT_DESTRUCTIVE, "DROP COLUMN loses the column's data",
	  "stop reading and writing the column first; drop it in a later release with an acknowledgement"),
	[R_DROP_SCHEMA] = L("drop-schema", LINT_DESTRUCTIVE, "DROP SCHEMA loses everything in it",
	  "drop the objects one by one, each acknowledged"),
	[R_DROP_DATABASE] = L("drop-database", LINT_DESTRUCTIVE, "DROP DATABASE", "do not drop databases in migrations"),
	[R_TRUNCATE] = L("truncate", LINT_DESTRUCTIVE, "TRUNCATE deletes every row",
	  "delete in batches with a WHERE clause, or acknowledge"),
	[R_TYPE_CHANGE_LOSSY] = L("type-change-lossy", LINT_DESTRUCTIVE,
	  "a type change that narrows or casts values lossily",
	  "add a new column, backfill it, switch the code, then drop the old one"),
	[R_DROP_ATTRIBUTE] = L("drop-attribute", LINT_DESTRUCTIVE,
	  "ALTER TYPE ... DROP ATTRIBUTE loses the attribute's values in every column of the composite type",
	  "copy the values out first (a column or a table of their own), then drop the attribute with an acknowledgement"),
	[R_ENUM_VALUE_REMOVED] = L("enum-value-removed", LINT_DESTRUCTIVE, "an enum value removed (type swapped)",
	  "update the rows holding the value first, then acknowledge"),
	[R_DELETE_WITHOUT_WHERE] = L("delete-without-where", LINT_DESTRUCTIVE, "DELETE without WHERE deletes every row",
	  "add a WHERE clause"),
	[R_UPDATE_WITHOUT_WHERE] = L("update-without-where", LINT_DESTRUCTIVE, "UPDATE without WHERE rewrites every row",
	  "add a WHERE clause, and update in batches"),
	[R_INDEX_NOT_CONCURRENT] = L("index-not-concurrent", LINT_LOCKING,
	  "CREATE INDEX on an existing table blocks writes (SHARE lock) while it builds",
	  "CREATE INDEX CONCURRENTLY in a migration marked -- schemac:no-transaction"),
	[R_FOREIGN_KEY_VALIDATES] = L("foreign-key-validates", LINT_LOCKING,
	  "ADD FOREIGN KEY without NOT VALID scans the table under a SHARE ROW EXCLUSIVE lock on both tables",
	  "ADD CONSTRAINT ... NOT VALID, then ALTER TABLE ... VALIDATE CONSTRAINT in a later migration"),
	[R_CHECK_VALIDATES] = L("check-validates", LINT_LOCKING,
	  "ADD CHECK without NOT VALID scans the table under an ACCESS EXCLUSIVE lock",
	  "ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE CONSTRAINT"),
	[R_SET_NOT_NULL_SCANS] = L("set-not-null-scans", LINT_LOCKING,
	  "SET NOT NULL scans the whole table under an ACCESS EXCLUSIVE lock",
	  "add CHECK (col IS NOT NULL) NOT VALID, VALIDATE it, then SET NOT NULL (no scan) and drop the check"),
	[R_DOMAIN_CHECK_VALIDATES] = L("domain-check-validates", LINT_LOCKING,
	  "ALTER DOMAIN ... ADD CONSTRAINT without NOT VALID scans every table with a column of the domain under a SHARE lock (writes blocked)",
	  "ADD CONSTRAINT ... NOT VALID (new values are checked at once), then VALIDATE CONSTRAINT at a quiet time: on PostgreSQL 15 it too blocks writes while it scans"),
	[R_DOMAIN_SET_NOT_NULL_SCANS] = L("domain-set-not-null-scans", LINT_LOCKING,
	  "ALTER DOMAIN ... SET NOT NULL scans every table with a column of the domain under a SHARE lock (writes blocked)",
	  "ADD CONSTRAINT ... CHECK (VALUE IS NOT NULL) NOT VALID, then VALIDATE CONSTRAINT at a quiet time"),
	[R_TYPE_CHANGE_REWRITES] = L("type-change-rewrites", LINT_LOCKING,
	  "a column type change that rewrites the table under an ACCESS EXCLUSIVE lock",
	  "add a new column, backfill in batches, switch the code, drop the old column"),
	[R_VOLATILE_DEFAULT] = L("volatile-default", LINT_LOCKING,
	  "ADD COLUMN with a volatile default (random(), gen_random_uuid(), nextval()) rewrites the table",
	  "add the column without the default, set the default, backfill in batches"),
	[R_UNIQUE_WITHOUT_INDEX] = L("unique-without-index", LINT_LOCKING,
	  "ADD PRIMARY KEY / UNIQUE builds its index under an ACCESS EXCLUSIVE lock",
	  "CREATE UNIQUE INDEX CONCURRENTLY, then ADD CONSTRAINT ... USING INDEX"),
	[R_VACUUM_FULL] = L("vacuum-full", LINT_LOCKING, "VACUUM FULL rewrites the table under an ACCESS EXCLUSIVE lock",
	  "plain VACUUM, or pg_repack"),
	[R_CLUSTER] = L("cluster", LINT_LOCKING, "CLUSTER rewrites the table under an ACCESS EXCLUSIVE lock",
	  "pg_repack"),
	[R_REFRESH_NOT_CONCURRENT] = L("refresh-not-concurrent", LINT_LOCKING,
	  "REFRESH MATERIALIZED VIEW blocks reads while it runs",
	  "REFRESH MATERIALIZED VIEW CONCURRENTLY (needs a unique index)"),
	[R_DROP_STILL_USED] = L("drop-still-used", LINT_BREAKING,
	  "DROP TABLE / DROP COLUMN of what a view, materialized view, policy, trigger, function or foreign key still uses: PostgreSQL refuses it, and with CASCADE silently drops the dependent",
	  "drop or rewrite the dependent first, in the same migration (DROP VIEW, CREATE OR REPLACE VIEW without the column, DROP POLICY), never through CASCADE"),
	[R_RENAME_TABLE] = L("rename-table", LINT_BREAKING, "renaming a table breaks code that uses the old name",
	  "create a view with the old name during the switch, or rename in a release of its own"),
	[R_RENAME_COLUMN] = L("rename-column", LINT_BREAKING, "renaming a column breaks code that uses the old name",
	  "add the new column, write both, switch reads, then drop the old one"),
	[R_ADD_COLUMN_NOT_NULL] = L("add-column-not-null", LINT_BREAKING,
	  "ADD COLUMN ... NOT NULL without a default fails on a table with rows, and breaks old code's INSERTs",
	  "add the column nullable (or with a default), backfill, then SET NOT NULL"),
	[R_SET_NOT_NULL_BREAKS] = L("set-not-null-breaks", LINT_BREAKING,
	  "SET NOT NULL makes INSERTs of code that does not fill the column fail",
	  "deploy code that fills the column first"),
	[R_CONCURRENTLY_IN_TRANSACTION] = L("concurrently-in-transaction", LINT_TRANSACTION,
	  "CONCURRENTLY cannot run inside a transaction block",
	  "put -- schemac:no-transaction at the top of the migration"),
	[R_ENUM_VALUE_USED_IN_TRANSACTION] = L("enum-value-used-in-transaction", LINT_TRANSACTION,
	  "an enum value added and used in the same transaction is refused by PostgreSQL",
	  "add the value in a migration of its own (schemac generate splits it)"),
	[R_TRANSACTION_IN_MIGRATION] = L("transaction-in-migration", LINT_TRANSACTION,
	  "BEGIN / COMMIT inside a migration, which already runs in a transaction",
	  "remove them, or mark the migration -- schemac:no-transaction"),
	[R_LOCK_TIMEOUT] = L("lock-timeout", LINT_ADVICE,
	  "an ACCESS EXCLUSIVE lock taken with no lock_timeout set: it can queue behind a long query and block everything behind it",
	  "SET lock_timeout = '5s'; at the top of the migration"),
	[R_PREFER_IDENTITY] = L("prefer-identity", LINT_ADVICE, "serial types", "bigint GENERATED ALWAYS AS IDENTITY"),
	[R_PREFER_BIGINT_KEY] = L("prefer-bigint-key", LINT_ADVICE, "an integer (32-bit) primary key can run out",
	  "bigint"),
	[R_PREFER_TIMESTAMPTZ] = L("prefer-timestamptz", LINT_ADVICE, "timestamp without time zone", "timestamptz"),
	[R_PREFER_TEXT_OVER_CHAR] = L("prefer-text-over-char", LINT_ADVICE, "char(n) pads and compares oddly", "text"),
	[R_PREFER_TEXT_OVER_VARCHAR] = L("prefer-text-over-varchar", LINT_ADVICE,
	  "varchar(n) needs a table rewrite to shorten and a migration to lengthen",
	  "text with a CHECK (char_length(col) <= n)"),
	[R_DROP_CONSTRAINT] = L("drop-constraint", LINT_ADVICE, "dropping a constraint lets bad data in",
	  "make sure the code enforces the rule, or replace the constraint"),
	[R_DROP_SEQUENCE] = L("drop-sequence", LINT_DESTRUCTIVE, "DROP SEQUENCE loses its current value; a serial column whose sequence goes loses its default",
	  "keep the sequence, or acknowledge that the values it gave are no longer needed"),
	[R_DROP_INDEX_NOT_CONCURRENT] = L("drop-index-not-concurrent", LINT_LOCKING, "DROP INDEX without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the table",
	  "DROP INDEX CONCURRENTLY in a migration that runs outside a transaction"),
	[R_REINDEX_NOT_CONCURRENT] = L("reindex-not-concurrent", LINT_LOCKING, "REINDEX without CONCURRENTLY blocks writes to the table (SHARE) and reads that use the index (ACCESS EXCLUSIVE on it)",
	  "REINDEX ... CONCURRENTLY outside a transaction"),
	[R_DETACH_PARTITION_NOT_CONCURRENT] = L("detach-partition-not-concurrent", LINT_LOCKING, "DETACH PARTITION without CONCURRENTLY takes an ACCESS EXCLUSIVE lock on the partitioned table",
	  "ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY outside a transaction"),
	[R_ALTER_TABLE_REWRITES] = L("alter-table-rewrites", LINT_LOCKING, "SET LOGGED / SET UNLOGGED / SET TABLESPACE / SET ACCESS METHOD rewrites the table under an ACCESS EXCLUSIVE lock",
	  "do it at a quiet time, or copy the table with pg_repack"),
	[R_ADD_COLUMN_REWRITES] = L("add-column-rewrites", LINT_LOCKING, "ADD COLUMN of an identity, serial or stored generated column, or of a domain with constraints, rewrites the table under an ACCESS EXCLUSIVE lock",
	  "add a plain nullable column, backfill it in batches, then add the default, identity or constraint"),
	[R_DROP_NOT_NULL] = L("drop-not-null", LINT_BREAKING, "DROP NOT NULL lets nulls in that readers do not expect",
	  "make sure every reader handles nulls first"),
	[R_RENAME_ENUM_VALUE] = L("rename-enum-value", LINT_BREAKING, "renaming an enum value breaks code that writes or compares the old value",
	  "add the new value, migrate the rows and the code, then stop using the old one"),
	[R_RENAME_SCHEMA] = L("rename-schema", LINT_BREAKING, "renaming a schema breaks every query that names it",
	  "keep the schema name, or switch the code's search_path in a release of its own"),
	[R_BEGIN_WITHOUT_COMMIT] = L("begin-without-commit", LINT_TRANSACTION, "BEGIN with no COMMIT: the transaction is rolled back when the session ends",
	  "end the transaction with COMMIT"),
	[R_TRIGGER_ON_EXISTING_TABLE] = L("trigger-on-existing-table", LINT_ADVICE, "CREATE TRIGGER on an existing table takes a SHARE ROW EXCLUSIVE lock (writes wait) and changes every write",
	  "set lock_timeout first, and make sure the trigger function is cheap"),
	[R_STATEMENT_TIMEOUT] = L("statement-timeout", LINT_ADVICE, "a statement that rewrites, scans or indexes an existing table under a lock that blocks writes, in a migration that sets lock_timeout but no statement_timeout",
	  "SET statement_timeout before it, so that it gives up instead of blocking for as long as it takes"),
	[R_UNKNOWN_STATEMENT] = L("unknown-statement", LINT_ADVICE, "a statement schemac cannot judge (dynamic SQL in a DO block, a statement kind it does not know)",
	  "review it by hand; write DDL as plain statements where possible"),
	[R_ADD_COLUMN_UNIQUE_FAILS] = L("add-column-unique-fails", LINT_BREAKING,
	  "ADD COLUMN ... UNIQUE NULLS NOT DISTINCT with no default fails on a table with two rows or more (every row holds the same NULL)",
	  "add the column nullable, fill it with distinct values, then add the unique index CONCURRENTLY"),
	[R_FOREIGN_KEY_WITHOUT_INDEX] = L("foreign-key-without-index", LINT_ADVICE,
	  "a foreign key whose referencing columns lead no index: each DELETE or key UPDATE of the referenced table scans the referencing one",
	  "CREATE INDEX CONCURRENTLY on the referencing columns"),
	[R_ATTACH_PARTITION_SCANS] = L("attach-partition-scans", LINT_LOCKING,
	  "ATTACH PARTITION of a table with no valid CHECK scans it against the bound under an ACCESS EXCLUSIVE lock on it",
	  "add a CHECK matching the bound NOT VALID, VALIDATE it, then ATTACH (no scan), then drop the CHECK"),
	[R_RLS_DISABLED] = L("rls-disabled", LINT_SECURITY,
	  "lint --schema: a table in an exposed schema without row level security: the API's roles read and write every row",
	  "ALTER TABLE ... ENABLE ROW LEVEL SECURITY, and a policy for each role that may see rows"),
	[R_RLS_WITHOUT_POLICY] = L("rls-without-policy", LINT_ADVICE,
	  "lint --schema: row level security enabled with no policy: every role but the owner (and BYPASSRLS roles) sees no row",
	  "CREATE POLICY for the roles that may see rows, or say in a comment that no one may"),
	[R_POLICY_WITHOUT_RLS] = L("policy-without-rls", LINT_SECURITY,
	  "lint --schema: a policy on a table without row level security: PostgreSQL ignores it, every row is visible",
	  "ALTER TABLE ... ENABLE ROW LEVEL SECURITY"),
	[R_FUNCTION_SEARCH_PATH_MUTABLE] = L("function-search-path-mutable", LINT_ADVICE,
	  "lint --schema: a function without SET search_path resolves its names through the caller's search_path",
	  "SET search_path = '' on the function (and qualify the names in its body), or SET search_path = pg_catalog, public"),
	[R_SECURITY_DEFINER_VIEW] = L("security-definer-view", LINT_SECURITY,
	  "lint --schema: a view in an exposed schema without security_invoker reads its tables as its owner, past their row level security",
	  "CREATE VIEW ... WITH (security_invoker = true), or move the view out of the exposed schemas"),
	[R_SECURITY_DEFINER_FUNCTION] = L("security-definer-function", LINT_ADVICE,
	  "lint --schema: a SECURITY DEFINER function in an exposed schema that the API's roles may execute runs as its owner, past row level security",
	  "SECURITY INVOKER, or move it to a schema the API does not expose, or REVOKE EXECUTE from PUBLIC, anon and authenticated"),
	[R_TABLE_WITHOUT_PRIMARY_KEY] = L("table-without-primary-key", LINT_ADVICE,
	  "lint --schema: a table without a primary key: rows cannot be told apart, logical replication cannot update or delete them",
	  "add a primary key (an identity column if nothing else is unique)"),
	[R_DUPLICATE_INDEX] = L("duplicate-index", LINT_ADVICE,
	  "lint --schema: two indexes (or key constraints) of a table with the same columns, expressions, operator classes, predicate and uniqueness: every write updates both",
	  "drop all but one of them (DROP INDEX CONCURRENTLY)"),
};
const size_t lint_nrules = ARRAY_SIZE(lint_rules);
_Static_assert(ARRAY_SIZE(lint_rules) == LINT_NRULES, "a rule id without its entry in lint_rules[]");

const struct lint_rule *lint_find_rule(const char *id)
{
	for (size_t i = 0; i < lint_nrules; i++)
		if (strcmp(lint_rules[i].id, id) == 0)
			return &lint_rules[i];
	return NULL;
}

enum lint_level lint_level_from_name(const char *name)
{
	return strcmp(name, "error") == 0 ? LINT_LEVEL_ERROR
	       : strcmp(name, "warning") == 0 ? LINT_LEVEL_WARNING
	       : strcmp(name, "off") == 0 ? LINT_LEVEL_OFF : LINT_LEVEL_DEFAULT;
}

const char *lint_class_name(enum lint_class cls)
{
	switch (cls) {
	case LINT_DESTRUCTIVE:
		return "destructive";
	case LINT_LOCKING:
		return "locking";
	case LINT_BREAKING:
		return "breaking";
	case LINT_TRANSACTION:
		return "transaction";
	case LINT_ADVICE:
		return "advice";
	case LINT_SECURITY:
		return "security";
	}
	return "advice";
}

/* ---- the linter ---------------------------------------------------------- */

struct linter {
	struct lint_report *r;
	struct catalog *cat;
	struct diags *d;
	struct arena *a;
	const struct ptrvec *levels;	/* struct lint_setting *, or NULL */
	const struct stmt *st;
	struct lint_fact *fact;
	const struct srcfile *file;	/* the migration being read */
	struct ptrvec created;		/* struct table * created in this file */
	struct ptrvec file_allows;	/* struct directive *: allow at the top */
	struct ptrvec added_labels;	/* const char *: enum values added here */
	struct ptrvec pending;		/* struct pending_break *: checked at the
					 * end of the file */
	struct ptrvec forced;		/* PgQuery__DropBehavior *: RESTRICT drops
					 * applied as CASCADE (already reported) */
	const struct lint_options *o;
	enum lint_txmode mode;		/* how this file runs */
	bool in_block;			/* inside BEGIN ... COMMIT (auto, none) */
	struct stmt block;		/* that BEGIN (node not kept) */
	struct ptrvec block_directives;	/* its directives, kept */
	int lock_timeout;		/* session lock_timeout: -1 never set, 0, 1 */
	int local_lock_timeout;		/* SET LOCAL in this transaction: -1, 0, 1 */
	bool lock_timeout_said;		/* lock-timeout reported in this file */
	bool statement_timeout;		/* a statement_timeout is in force */
	bool statement_timeout_said;
	bool utc;			/* the session TimeZone is UTC: taken to be the
					 * server's, until a SET TIME ZONE to another */
	int down_offset;		/* where a -- migrate:down part starts */
	struct ptrvec unknown;		/* struct table *: stand-ins for tables
					 * the catalog does not hold */
	bool stood_in;			/* this statement used a stand-in */
	enum pg_lock stmt_lock;		/* the strongest lock it takes */
	struct ptrvec added_columns;	/* const char *: "table.column" added
					 * in this file */
	struct ptrvec renames;		/* struct pending_rename *: table renames
					 * of the transaction, forgiven when a
					 * view takes the old name in it */
	bool first;			/* the file's first statement */
	const char *fact_mode;		/* the file's model, for --explain */
	struct ptrvec tx_blocking;	/* struct table *: existing tables the
					 * transaction holds a lock on that blocks
					 * writes (SHARE or stronger) */
	struct ptrvec new_fks;		/* struct pending_fk *: the foreign keys
					 * the files add, judged after the last */
	int do_offset;			/* in a DO block: where it starts (its
					 * statements are explained there), or -1 */
};

/* Is the statement in a transaction block? */
static bool in_tx(const struct linter *l)
{
	return l->mode == LINT_TX_WRAPPED || l->in_block;
}

static bool lock_timeout_set(const struct linter *l)
{
	return l->local_lock_timeout >= 0 ? l->local_lock_timeout > 0 : l->lock_timeout > 0;
}

int lint_txmode_from_name(const char *name)
{
	return strcmp(name, "auto") == 0 ? LINT_TX_AUTO
	       : strcmp(name, "wrapped") == 0 ? LINT_TX_WRAPPED
	       : strcmp(name, "none") == 0 ? LINT_TX_NONE : -1;
}

static bool has(const char *s)
{
	return s && *s;
}

static const char *node_str(const Node *n)
{
	return n && n->node_case == PG_QUERY__NODE__NODE_STRING ? n->string->sval : NULL;
}

/* The reason of an allow directive naming rule, or NULL. */
static const char *allowed_by(const struct directive *dir, const char *rule, struct arena *a)
{
	const char *s = dir->text, *end;
	size_t n = strlen(rule);

	if (strncmp(s, "allow ", 6) != 0)
		return NULL;
	s += 6;
	while (*s == ' ')
		s++;
	end = s + strcspn(s, " \t");
	for (const char *p = s; p < end;) {
		const char *comma = memchr(p, ',', (size_t)(end - p));
		const char *item_end = comma ? comma : end;
		if ((size_t)(item_end - p) == n && strncmp(p, rule, n) == 0) {
			const char *reason = end;
			while (*reason == ' ' || *reason == '-')
				reason++;
			return *reason ? arena_strdup(a, reason) : "";
		}
		p = comma ? comma + 1 : end;
	}
	return NULL;
}

static const char *acknowledged(struct linter *l, const char *rule)
{
	for (size_t i = 0; i < l->st->directives.n; i++) {
		const struct directive *dir = l->st->directives.items[i];
		const char *why = allowed_by(dir, rule, l->a);
		if (why)
			return why;
	}
	for (size_t i = 0; i < l->file_allows.n; i++) {
		const char *why = allowed_by(l->file_allows.items[i], rule, l->a);
		if (why)
			return why;
	}
	return NULL;
}

/* Records a finding of rule at the statement. */
static void finding(struct linter *l, enum lint_rule_id rule, int location, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

bool lint_severity(const struct ptrvec *levels, enum lint_rule_id rule, enum diag_severity *sev)
{
	const struct lint_rule *lr = &lint_rules[rule];
	enum lint_level level = LINT_LEVEL_DEFAULT;

	for (size_t i = 0; levels && i < levels->n; i++) {	/* the last setting wins */
		const struct lint_setting *s = levels->items[i];
		if (s->rule == lr)
			level = s->level;
	}
	*sev = level == LINT_LEVEL_ERROR ? DIAG_ERROR
	       : level == LINT_LEVEL_WARNING ? DIAG_WARNING
	       : lr->cls == LINT_ADVICE ? DIAG_WARNING : DIAG_ERROR;
	return level != LINT_LEVEL_OFF;
}

static void finding(struct linter *l, enum lint_rule_id rule, int location, const char *fmt, ...)
{
	const struct lint_rule *lr = &lint_rules[rule];
	const char *why;
	enum diag_severity sev;
	struct strbuf sb = STRBUF_INIT;
	struct diag *dg;
	va_list ap;

	if (!lint_severity(l->levels, rule, &sev))
		return;
	why = acknowledged(l, lr->id);
	va_start(ap, fmt);
	sb_vaddf(&sb, fmt, ap);
	va_end(ap);
	if (why) {
		if (!*why) {
			struct diag *e = diag_at(l->d, DIAG_ERROR, l->st->file,
						 stmt_loc(l->st, location),
						 "schemac:allow %s needs a reason after the rule", lr->id);
			e->rule = lr->id;
			l->r->errors++;
		}
		sev = DIAG_NOTE;
	}
	dg = diag_at(l->d, sev, l->st->file, stmt_loc(l->st, location), "%s", sb.buf);
	dg->rule = lr->id;
	if (why && *why)
		diag_set_hint(l->d, dg, "acknowledged: %s", why);
	else if (!why)
		diag_set_hint(l->d, dg, "%s (or acknowledge: -- schemac:allow %s <reason>)", lr->fix,
			      lr->id);
	if (sev == DIAG_ERROR)
		l->r->errors++;
	else if (sev == DIAG_WARNING)
		l->r->warnings++;
	else
		l->r->notes++;
	sb_release(&sb);
}

static bool is_unknown(const struct linter *l, const struct table *t)
{
	for (size_t i = 0; i < l->unknown.n; i++)
		if (l->unknown.items[i] == t)
			return true;
	return false;
}

/*
 * A table the catalog does not hold (no --base, or a base that lacks it):
 * judged as an existing table with rows and unknown columns, so that a
 * migration read alone is judged as it would run on a database in use.
 * Said once per table and file.
 */
static struct table *stand_in(struct linter *l, const char *schema, const char *name)
{
	struct table *t;
	struct diag *dg;

	if (!has(schema))
		schema = catalog_creation_schema(l->cat) ? catalog_creation_schema(l->cat) : "public";
	if (catalog_is_unsupported(l->cat, schema, name))
		return NULL;	/* made by a statement the catalog does not model */
	l->stood_in = true;
	for (size_t i = 0; i < l->unknown.n; i++) {
		t = l->unknown.items[i];
		if (str_eq(t->name.schema, schema) && str_eq(t->name.name, name))
			return t;
	}
	t = arena_alloc(l->a, sizeof(*t));
	t->name.schema = arena_strdup(l->a, schema);
	t->name.name = arena_strdup(l->a, name);
	vec_push(&l->unknown, l->a, t);
	dg = diag_at(l->d, DIAG_WARNING, l->st->file, stmt_loc(l->st, -1),
		     "table %s is not in the catalog: judged as an existing table with rows", name);
	diag_set_hint(l->d, dg, "%s", l->o->base ? "the schema given with --base does not hold it"
			: "lint has no schema to judge against: pass the schema the migration runs on with --base FILE|DIR");
	return t;
}

static struct table *resolve_table(struct linter *l, const char *schema, const char *name)
{
	struct relation *r;

	if (!name)
		return NULL;
	name = ident_truncate(l->a, name);
	r = catalog_resolve_relation(l->cat, schema, name);
	if (!r)
		return stand_in(l, schema, name);
	return r->kind == REL_TABLE ? r->obj : NULL;
}

static struct table *rangevar_table(struct linter *l, const PgQuery__RangeVar *rv)
{
	return rv ? resolve_table(l, rv->schemaname, rv->relname) : NULL;
}

/* A materialized view by name: its columns and indexes as a table. */
static struct table *matview_rel(struct linter *l, const PgQuery__RangeVar *rv)
{
	struct relation *r = rv ? catalog_resolve_relation(l->cat, rv->schemaname,
							   ident_truncate(l->a, rv->relname)) : NULL;
	const struct dbobject *o = r && r->kind == REL_VIEW ? r->obj : NULL;
	return o && o->kind == OBJ_MATVIEW ? o->rel : NULL;
}

static bool is_new(struct linter *l, const struct table *t)
{
	for (size_t i = 0; i < l->created.n; i++)
		if (l->created.items[i] == t)
			return true;
	return false;
}

static void lock(struct linter *l, enum pg_lock level, const struct table *t)
{
	const char *s;

	if (level == PG_LOCK_NONE)
		return;
	if (level > l->stmt_lock)
		l->stmt_lock = level;
	if (in_tx(l) && pg_lock_blocks_writes(level) && !is_new(l, t))
		vec_push(&l->tx_blocking, l->a, (void *)t);
	s = arena_printf(l->a, "%s on %s", pg_lock_name(level), t->name.name);
	l->fact->lock = l->fact->lock ? arena_printf(l->a, "%s, %s", l->fact->lock, s) : s;
	if (is_new(l, t))
		l->fact->new_object = true;
}



/* A lock on t; ACCESS EXCLUSIVE on an existing table with no lock_timeout
 * is a finding. */
static void take(struct linter *l, enum pg_lock level, const struct table *t, int location)
{
	lock(l, level, t);
	if (level == PG_LOCK_ACCESS_EXCLUSIVE && !is_new(l, t) && !lock_timeout_set(l) &&
	    !l->lock_timeout_said) {
		finding(l, R_LOCK_TIMEOUT, location,
			"ACCESS EXCLUSIVE lock on %s with no lock_timeout set", t->name.name);
		l->lock_timeout_said = true;	/* said once per migration */
	}
}

static void access_exclusive(struct linter *l, const struct table *t, int location)
{
	take(l, PG_LOCK_ACCESS_EXCLUSIVE, t, location);
}

/* Work on the rows of an existing table, under a lock that blocks writes,
 * in a migration that sets lock_timeout (it cares how long it blocks
 * others) but no statement_timeout: advice, once per file. */
static void long_work(struct linter *l, const struct table *t, enum pg_lock level)
{
	if (is_new(l, t) || l->statement_timeout || l->statement_timeout_said ||
	    !pg_lock_blocks_writes(level) || !lock_timeout_set(l))
		return;
	finding(l, R_STATEMENT_TIMEOUT, -1,
		"%s holds its %s lock on %s for as long as its work takes: lock_timeout is set, statement_timeout is not",
		l->fact->statement, pg_lock_name(level), t->name.name);
	l->statement_timeout_said = true;
}

static void work(struct linter *l, const char *what, const struct table *t)
{
	l->fact->table_work = arena_printf(l->a, "%s %s", what, t->name.name);
	long_work(l, t, l->stmt_lock);
}

static const char *and_list(struct arena *a, const struct ptrvec *v);

/* A foreign key the files add: after the last file, the index that
 * serves it (its columns leading) is looked for. */
struct pending_fk {
	struct stmt st;			/* the statement (node not kept) */
	struct ptrvec directives;
	struct qname table;
	struct ptrvec columns;		/* const char *: referencing columns */
};

/* Records the foreign key over cols (String nodes, or the one column col)
 * of table t that the statement adds. */
static void new_fk(struct linter *l, const struct table *t, PgQuery__Node **cols, size_t ncols,
		   const char *col)
{
	struct pending_fk *pf = arena_alloc(l->a, sizeof(*pf));

	pf->st = *l->st;
	pf->st.node = NULL;
	for (size_t i = 0; i < l->st->directives.n; i++)
		vec_push(&pf->directives, l->a, l->st->directives.items[i]);
	pf->table.schema = arena_strdup(l->a, t->name.schema);
	pf->table.name = arena_strdup(l->a, t->name.name);
	for (size_t i = 0; i < ncols; i++)	/* the parse tree goes with the statement */
		if (node_str(cols[i]))
			vec_push(&pf->columns, l->a, arena_strdup(l->a, ident_truncate(l->a, node_str(cols[i]))));
	if (col)
		vec_push(&pf->columns, l->a, arena_strdup(l->a, ident_truncate(l->a, col)));
	if (pf->columns.n)
		vec_push(&l->new_fks, l->a, pf);
}

/* Do the leading columns of an index (or key) of t, as many as cols has,
 * hold exactly cols (in any order)? */
static bool leads(const struct ptrvec *lead, const struct ptrvec *cols)
{
	if (lead->n < cols->n)
		return false;
	for (size_t i = 0; i < cols->n; i++) {
		bool found = false;
		for (size_t j = 0; j < cols->n && !found; j++)
			found = str_eq(lead->items[j], cols->items[i]);
		if (!found)
			return false;
	}
	return true;
}

bool lint_fk_indexed(struct arena *a, const struct table *t, const struct ptrvec *cols)
{
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		if ((c->kind == CON_PRIMARY || c->kind == CON_UNIQUE) && leads(&c->columns, cols))
			return true;
	}
	for (size_t i = 0; i < t->indexes.n; i++) {
		const struct index *ix = t->indexes.items[i];
		struct ptrvec names = { 0 };
		if (ix->where || !str_eq(ix->method, "btree"))
			continue;	/* a partial or non-btree index may not serve the lookup */
		for (size_t j = 0; j < ix->elems.n; j++) {
			const struct index_elem *e = ix->elems.items[j];
			vec_push(&names, a, (void *)(e->column ? e->column : ""));
		}
		if (leads(&names, cols))
			return true;
	}
	return false;
}

const char *lint_fk_index_sql(struct arena *a, const struct table *t, const struct ptrvec *cols)
{
	struct strbuf name = STRBUF_INIT, sb = STRBUF_INIT;
	const char *sql;

	sb_adds(&name, t->name.name);
	for (size_t i = 0; i < cols->n; i++)
		sb_addf(&name, "_%s", (const char *)cols->items[i]);
	sb_adds(&name, "_idx");
	sb_adds(&sb, "CREATE INDEX CONCURRENTLY ");
	sb_ident(&sb, ident_truncate(a, name.buf));
	sb_adds(&sb, " ON ");
	sb_qname(&sb, t->name.schema, t->name.name);
	sb_adds(&sb, " (");
	for (size_t i = 0; i < cols->n; i++) {
		if (i)
			sb_adds(&sb, ", ");
		sb_ident(&sb, cols->items[i]);
	}
	sb_adds(&sb, ");");
	sql = arena_strdup(a, sb.buf);
	sb_release(&name);
	sb_release(&sb);
	return sql;
}

/* The foreign keys of a CREATE TABLE, column and table constraints. */
static void create_fks(struct linter *l, const struct table *t, const PgQuery__CreateStmt *cs)
{
	for (size_t i = 0; i < cs->n_table_elts; i++) {
		const Node *e = cs->table_elts[i];
		if (e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
		    e->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
			new_fk(l, t, e->constraint->fk_attrs, e->constraint->n_fk_attrs, NULL);
		for (size_t j = 0; e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF &&
				   j < e->column_def->n_constraints; j++) {
			const Node *c = e->column_def->constraints[j];
			if (c->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
			    c->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
				new_fk(l, t, NULL, 0, e->column_def->colname);
		}
	}
}

/* After the last file: the foreign keys added with no index to serve them. */
static void fks_without_index(struct linter *l)
{
	const struct stmt *saved = l->st;

	for (size_t i = 0; i < l->new_fks.n; i++) {
		struct pending_fk *pf = l->new_fks.items[i];
		const struct table *t = catalog_find_table(l->cat, &pf->table);
		if (!t || lint_fk_indexed(l->a, t, &pf->columns))
			continue;
		pf->st.directives = pf->directives;
		l->st = &pf->st;
		finding(l, R_FOREIGN_KEY_WITHOUT_INDEX, -1,
			"the foreign key on %s (%s) has no index: deletes from the referenced table scan %s; add %s",
			t->name.name, and_list(l->a, &pf->columns), t->name.name,
			lint_fk_index_sql(l->a, t, &pf->columns));
	}
	l->st = saved;
	memset(&l->new_fks, 0, sizeof(l->new_fks));
}

/* Another table the statement reads whole (its query's, the rows a new
 * constraint checks): "scans" in --explain, once per table. */
static void reads(struct linter *l, const struct table *t)
{
	const char *s = l->fact->reads;
	size_t n = strlen(t->name.name);

	for (; s && *s; s += strcspn(s, ",") + (s[strcspn(s, ",")] ? 2 : 0))
		if (strncmp(s, t->name.name, n) == 0 && (s[n] == ',' || !s[n]))
			return;
	l->fact->reads = l->fact->reads ? arena_printf(l->a, "%s, %s", l->fact->reads, t->name.name)
					: t->name.name;
}

/* The tables whose foreign keys reference t (t itself left out). */
static void referencing_tables(struct linter *l, const struct table *t, struct ptrvec *out)
{
	struct ptrvec tabs = { 0 }, cons = { 0 };

	catalog_referencing_fks(l->cat, t, NULL, l->a, &tabs, &cons);
	for (size_t i = 0; i < tabs.n; i++)
		if (tabs.items[i] != t && (!out->n || out->items[out->n - 1] != tabs.items[i]))
			vec_push(out, l->a, tabs.items[i]);
}

/* The table a foreign key of t references, if the catalog holds it. */
static struct table *fk_target(struct linter *l, const struct constraint *c)
{
	return c && c->kind == CON_FOREIGN ? catalog_find_table(l->cat, &c->ref_table) : NULL;
}

/* Locks the tables whose foreign keys reference t: the drop or truncate of
 * t drops or checks their constraints (ACCESS EXCLUSIVE). */
static void lock_referencing(struct linter *l, const struct table *t, enum pg_lock level)
{
	struct ptrvec refs = { 0 };

	referencing_tables(l, t, &refs);
	for (size_t i = 0; i < refs.n; i++)
		lock(l, level, refs.items[i]);
}

/* Locks the tables at the other end of the foreign keys that dropping
 * column col of t drops: those of t over it, those of others onto it. */
static void lock_column_fks(struct linter *l, const struct table *t, const struct column *col,
			    enum pg_lock level)
{
	if (!col)
		return;
	for (size_t i = 0; i < l->cat->tables.n; i++) {
		const struct table *ft = l->cat->tables.items[i];
		for (size_t j = 0; j < ft->constraints.n; j++) {
			const struct constraint *c = ft->constraints.items[j];
			const struct ptrvec *cols = ft == t ? &c->columns : &c->ref_columns;
			bool on = false;
			struct table *other;
			if (c->kind != CON_FOREIGN || (ft != t && !(str_eq(c->ref_table.schema, t->name.schema) &&
								   str_eq(c->ref_table.name, t->name.name))))
				continue;
			for (size_t k = 0; k < cols->n && !on; k++)
				on = str_eq(cols->items[k], col->name);
			other = ft == t ? fk_target(l, c) : (struct table *)ft;
			if (on && other && other != t)
				lock(l, level, other);
		}
	}
}

/* Rows written to t are looked up in the tables its foreign keys
 * reference (SELECT ... FOR KEY SHARE: ROW SHARE on them). */
static void fk_lookups(struct linter *l, const struct table *t)
{
	for (size_t i = 0; i < t->constraints.n; i++) {
		struct table *ref = fk_target(l, t->constraints.items[i]);
		if (ref && ref != t)
			lock(l, PG_LOCK_ROW_SHARE, ref);
	}
}

/* TRUNCATE ... CASCADE empties the tables whose foreign keys reference
 * t, and theirs in turn (ACCESS EXCLUSIVE on each). */
static void truncate_cascade(struct linter *l, const struct table *t, int depth)
{
	struct ptrvec refs = { 0 };

	referencing_tables(l, t, &refs);
	for (size_t i = 0; i < refs.n && depth < 32; i++) {
		struct table *ft = refs.items[i];
		if (l->fact->lock && strstr(l->fact->lock, arena_printf(l->a, "on %s", ft->name.name)))
			continue;	/* already emptied (a cycle) */
		lock(l, PG_LOCK_ACCESS_EXCLUSIVE, ft);
		if (!is_new(l, ft))
			finding(l, R_TRUNCATE, -1, "TRUNCATE ... CASCADE also deletes every row of %s",
				ft->name.name);
		truncate_cascade(l, ft, depth + 1);
	}
}

/* The tables a view or materialized view's query uses, read whole. */
static void dep_reads(struct linter *l, const struct dbobject *o)
{
	for (size_t i = 0; i < l->cat->tables.n; i++) {
		struct table *dt = l->cat->tables.items[i];
		if (vec_has_string(&o->deps, object_dep_key(l->a, 'r', dt->name.schema, dt->name.name)))
			reads(l, dt);
	}
}

/* The table a qualified name list names, leaving out its last `skip`
 * parts (a column's, a trigger's name): [schema.]table. */
static struct table *names_table(struct linter *l, const Node *obj, size_t skip)
{
	PgQuery__Node **names = obj && obj->node_case == PG_QUERY__NODE__NODE_LIST ? obj->list->items : NULL;
	size_t k = names ? obj->list->n_items : 0;

	if (k < skip + 1)
		return NULL;
	k -= skip;
	return resolve_table(l, k >= 2 ? node_str(names[k - 2]) : NULL, node_str(names[k - 1]));
}

/* The tables of a query's FROM (joins, subqueries in FROM, UNION arms)
 * that it reads whole: those of a SELECT with no WHERE (with one, the plan
 * decides: an index may find the rows). */
static void from_reads(struct linter *l, const Node *n);

static void select_reads(struct linter *l, const PgQuery__SelectStmt *ss)
{
	if (!ss)
		return;
	select_reads(l, ss->larg);
	select_reads(l, ss->rarg);
	if (ss->where_clause)
		return;
	for (size_t i = 0; i < ss->n_from_clause; i++)
		from_reads(l, ss->from_clause[i]);
}

static void from_reads(struct linter *l, const Node *n)
{
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_RANGE_VAR: {
		struct relation *r = catalog_resolve_relation(l->cat, n->range_var->schemaname,
							      ident_truncate(l->a, n->range_var->relname));
		const struct dbobject *o = r && r->kind == REL_VIEW ? r->obj : NULL;
		if (r && r->kind == REL_TABLE)
			reads(l, r->obj);
		else if (o && o->kind == OBJ_MATVIEW && o->rel)
			reads(l, o->rel);
		break;
	}
	case PG_QUERY__NODE__NODE_JOIN_EXPR:
		from_reads(l, n->join_expr->larg);
		from_reads(l, n->join_expr->rarg);
		break;
	case PG_QUERY__NODE__NODE_RANGE_SUBSELECT:
		if (n->range_subselect->subquery &&
		    n->range_subselect->subquery->node_case == PG_QUERY__NODE__NODE_SELECT_STMT)
			select_reads(l, n->range_subselect->subquery->select_stmt);
		break;
	default:
		break;
	}
}

/* ---- drops of what others use ---------------------------------------------- */

/*
 * A table dropped while a function body names it: PostgreSQL does not track
 * what a string body uses, so the drop succeeds and the function fails when
 * called. Judged at the end of the migration: the function may be dropped
 * or replaced, or the table created again, later in the same file.
 */
struct pending_break {
	struct stmt st;			/* the DROP (node not kept) */
	struct ptrvec directives;	/* its directives, kept */
	const char *fn_key;		/* the function (object_key) */
	const char *fn_label;
	const char *rel_key;		/* the table (object_dep_key) */
	struct qname table;
};

static const char *object_label(struct arena *a, const struct dbobject *o)
{
	if (o->table)
		return arena_printf(a, "%s %s on %s", object_kind_name(o->kind), o->name.name, o->table);
	if (o->args)
		return arena_printf(a, "%s %s(%s)", object_kind_name(o->kind), o->name.name, o->args);
	return arena_printf(a, "%s %s", object_kind_name(o->kind), o->name.name);
}

/* "a", "a and b", "a, b and c" */
static const char *and_list(struct arena *a, const struct ptrvec *v)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	for (size_t i = 0; i < v->n; i++)
		sb_addf(&sb, "%s%s", i == 0 ? "" : i + 1 == v->n ? " and " : ", ",
			(const char *)v->items[i]);
	s = arena_strdup(a, sb.buf);
	sb_release(&sb);
	return s;
}

/*
 * Table t (column NULL) or its column is dropped: what PostgreSQL records
 * as depending on it (views, policies, triggers, functions with a
 * SQL-standard body, other tables' foreign keys) is reported, failing the
 * drop or, with CASCADE, dropped with it. Triggers and policies on t go with
 * the table. Returns true when there is such a dependent: the catalog then
 * applies the drop as CASCADE, as reported.
 */
static bool drop_still_used(struct linter *l, const struct table *t, const char *column,
			    bool cascade)
{
	const char *key = object_dep_key(l->a, 'r', t->name.schema, t->name.name);
	struct ptrvec users = { 0 };
	const char *what = column ? arena_printf(l->a, "DROP COLUMN %s of %s", column, t->name.name)
				  : arena_printf(l->a, "DROP TABLE %s", t->name.name);

	for (size_t i = 0; i < l->cat->objects.n; i++) {
		const struct dbobject *o = l->cat->objects.items[i];
		if (vec_has_string(&o->deps, key)) {
			if (column ? qualify_object_uses_column(l->st->scratch, l->cat, o, t, column)
				   : !object_on_table(o, t->name.schema, t->name.name))
				vec_push(&users, l->a, (void *)object_label(l->a, o));
		} else if (!column && vec_has_string(&o->uses, key)) {
			struct pending_break *pb = arena_alloc(l->a, sizeof(*pb));
			pb->st = *l->st;
			pb->st.node = NULL;
			for (size_t j = 0; j < l->st->directives.n; j++)
				vec_push(&pb->directives, l->a, l->st->directives.items[j]);
			pb->fn_key = o->key;
			pb->fn_label = object_label(l->a, o);
			pb->rel_key = key;
			pb->table = t->name;
			vec_push(&l->pending, l->a, pb);
		}
	}
	for (size_t i = 0; i < l->cat->tables.n; i++) {
		const struct table *ft = l->cat->tables.items[i];
		for (size_t j = 0; ft != t && j < ft->constraints.n; j++) {
			const struct constraint *c = ft->constraints.items[j];
			bool refs = c->kind == CON_FOREIGN && str_eq(c->ref_table.schema, t->name.schema) &&
				    str_eq(c->ref_table.name, t->name.name);
			if (refs && column) {
				refs = false;
				for (size_t k = 0; k < c->ref_columns.n && !refs; k++)
					refs = str_eq(c->ref_columns.items[k], column);
			}
			if (refs)
				vec_push(&users, l->a, arena_printf(l->a, "constraint %s on %s", c->name,
								     ft->name.name));
		}
	}
	if (!users.n)
		return false;
	if (cascade)
		finding(l, R_DROP_STILL_USED, -1, "%s CASCADE silently drops %s, which use%s it", what,
			and_list(l->a, &users), users.n == 1 ? "s" : "");
	else
		finding(l, R_DROP_STILL_USED, -1,
			"%s fails: %s use%s it (PostgreSQL refuses it without CASCADE)", what,
			and_list(l->a, &users), users.n == 1 ? "s" : "");
	return !cascade;
}

/* The end of a file: functions still there that name a table it dropped. */
static void pending_breaks(struct linter *l)
{
	const struct stmt *saved = l->st;

	for (size_t i = 0; i < l->pending.n; i++) {
		struct pending_break *pb = l->pending.items[i];
		const struct dbobject *o = catalog_find_object(l->cat, pb->fn_key);
		if (!o || !vec_has_string(&o->uses, pb->rel_key) || catalog_find_table(l->cat, &pb->table))
			continue;
		pb->st.directives = pb->directives;
		l->st = &pb->st;
		finding(l, R_DROP_STILL_USED, -1,
			"DROP TABLE %s breaks %s: its body uses the table (PostgreSQL does not track that, the function fails when called)",
			pb->table.name, pb->fn_label);
	}
	l->st = saved;
	memset(&l->pending, 0, sizeof(l->pending));
}

/* ---- types and domains ---------------------------------------------------- */

static struct type *resolve_type(struct linter *l, const char *schema, const char *name)
{
	struct qname q = { schema, name ? ident_truncate(l->a, name) : NULL };
	struct type *t = NULL;

	if (!q.name)
		return NULL;
	if (has(schema))
		return catalog_find_type(l->cat, &q);
	for (size_t i = 0; i < l->cat->search_path.n && !t; i++) {
		q.schema = l->cat->search_path.items[i];
		t = catalog_find_type(l->cat, &q);
	}
	return t;
}

/*
 * The columns (struct table * in tables, "table.column" in cols) whose
 * values are of type ty: directly and through domains over it; with
 * containers, also inside arrays and composite types that hold it.
 */
static void columns_of_type(struct linter *l, const struct type *ty, bool containers,
			    struct ptrvec *tables, struct ptrvec *cols, int depth)
{
	if (depth > 16)		/* types cannot nest in a cycle; be safe anyway */
		return;
	for (size_t i = 0; i < l->cat->tables.n; i++) {
		struct table *t = l->cat->tables.items[i];
		bool used = false;
		for (size_t j = 0; j < t->columns.n; j++) {
			const struct column *c = t->columns.items[j];
			if (!str_eq(c->type.schema, ty->name.schema) || !str_eq(c->type.name, ty->name.name) ||
			    (c->type.ndims && !containers))
				continue;
			vec_push(cols, l->a, arena_printf(l->a, "%s.%s", t->name.name, c->name));
			used = true;
		}
		if (used)
			vec_push(tables, l->a, t);
	}
	for (size_t i = 0; i < l->cat->types.n; i++) {
		const struct type *u = l->cat->types.items[i];
		bool holds = u->kind == TYPE_DOMAIN && str_eq(u->base.schema, ty->name.schema) &&
			     str_eq(u->base.name, ty->name.name) && (!u->base.ndims || containers);
		for (size_t j = 0; containers && !holds && u->kind == TYPE_COMPOSITE && j < u->attrs.n; j++) {
			const struct column *a = u->attrs.items[j];
			holds = str_eq(a->type.schema, ty->name.schema) && str_eq(a->type.name, ty->name.name);
		}
		if (holds)
			columns_of_type(l, u, containers, tables, cols, depth + 1);
	}
}

/*
 * A domain constraint checked against every value stored (ADD CONSTRAINT
 * without NOT VALID, SET NOT NULL, VALIDATE): PostgreSQL 15 scans each
 * table with a column of the domain under a SHARE lock. Tables created in
 * this migration are empty. Returns the existing tables, "a, b".
 */
static const char *domain_scan(struct linter *l, const struct type *d)
{
	struct ptrvec tables = { 0 }, cols = { 0 };
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	columns_of_type(l, d, false, &tables, &cols, 0);
	for (size_t i = 0; i < tables.n; i++) {
		struct table *t = tables.items[i];
		bool seen = false;
		for (size_t j = 0; j < i && !seen; j++)
			seen = tables.items[j] == t;
		if (seen)
			continue;
		lock(l, PG_LOCK_SHARE, t);
		if (!is_new(l, t)) {
			sb_addf(&sb, "%s%s", sb.len ? ", " : "", t->name.name);
		}
	}
	if (sb.len)
		l->fact->table_work = arena_printf(l->a, "scans %s", sb.buf);
	s = sb.len ? arena_strdup(l->a, sb.buf) : NULL;
	sb_release(&sb);
	return s;
}

static void lint_alter_domain(struct linter *l, const PgQuery__AlterDomainStmt *as)
{
	const char *name = as->n_type_name ? node_str(as->type_name[as->n_type_name - 1]) : NULL;
	const char *schema = as->n_type_name >= 2 ? node_str(as->type_name[as->n_type_name - 2]) : NULL;
	struct type *d = resolve_type(l, schema, name);
	const PgQuery__Constraint *c = as->def && as->def->node_case == PG_QUERY__NODE__NODE_CONSTRAINT
		? as->def->constraint : NULL;
	const char *tables;

	if (!d || d->kind != TYPE_DOMAIN)
		return;
	switch (as->subtype ? as->subtype[0] : 0) {
	case 'O':	/* SET NOT NULL */
		if (!d->not_null && (tables = domain_scan(l, d)) != NULL)
			finding(l, R_DOMAIN_SET_NOT_NULL_SCANS, -1,
				"SET NOT NULL on domain %s scans %s for nulls, writes blocked", d->name.name,
				tables);
		break;
	case 'C':	/* ADD CONSTRAINT */
		if (!c)
			break;
		if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL) {
			if (!d->not_null && (tables = domain_scan(l, d)) != NULL)
				finding(l, R_DOMAIN_SET_NOT_NULL_SCANS, c->location,
					"ADD NOT NULL on domain %s scans %s for nulls, writes blocked",
					d->name.name, tables);
		} else if (!c->skip_validation && (tables = domain_scan(l, d)) != NULL) {
			finding(l, R_DOMAIN_CHECK_VALIDATES, c->location,
				"ADD CONSTRAINT %s on domain %s scans %s, writes blocked",
				has(c->conname) ? c->conname : "", d->name.name, tables);
		}
		break;
	case 'V':	/* VALIDATE CONSTRAINT: the fact, not a finding (the safe path) */
		domain_scan(l, d);
		break;
	default:
		break;
	}
}

/* ALTER TYPE composite ... DROP ATTRIBUTE: the values in stored rows go. */
static void lint_alter_composite(struct linter *l, const PgQuery__AlterTableStmt *as)
{
	struct type *ty = as->relation ? resolve_type(l, as->relation->schemaname,
						      as->relation->relname) : NULL;

	if (!ty || ty->kind != TYPE_COMPOSITE)
		return;
	for (size_t i = 0; i < as->n_cmds; i++) {
		const PgQuery__AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
		struct ptrvec tables = { 0 }, cols = { 0 }, lost = { 0 };
		if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn ||
		    !type_find_attr(ty, ident_truncate(l->a, cmd->name)))
			continue;
		columns_of_type(l, ty, true, &tables, &cols, 0);
		for (size_t j = 0; j < tables.n; j++)
			if (!is_new(l, tables.items[j]))
				vec_push(&lost, l->a, cols.items[j]);
		if (!lost.n)
			continue;
		l->fact->loses = arena_printf(l->a, "attribute %s.%s in %s", ty->name.name, cmd->name,
					      and_list(l->a, &lost));
		finding(l, R_DROP_ATTRIBUTE, -1,
			"DROP ATTRIBUTE %s loses its values in %s, which hold%s type %s", cmd->name,
			and_list(l->a, &lost), lost.n == 1 ? "s" : "", ty->name.name);
	}
}

/* ---- type changes --------------------------------------------------------- */

static int mod_first(const char *mods)
{
	return mods && mods[0] == '(' ? atoi(mods + 1) : -1;
}

static int mod_second(const char *mods)
{
	const char *c = mods ? strchr(mods, ',') : NULL;
	return c ? atoi(c + 1) : 0;
}

static bool name_in_set(const char *name, const char *const *set)
{
	for (; *set; set++)
		if (strcmp(name, *set) == 0)
			return true;
	return false;
}

/*
 * Does changing o to n rewrite the table? PostgreSQL 15 skips the rewrite
 * for binary-coercible changes: varchar(n) to varchar(m >= n) or text,
 * text to varchar, numeric(p,s) to numeric(p' >= p, s), larger bit varying
 * or time precision, cidr to inet.
 */
static bool rewrites(const struct typeref *o, const struct typeref *n)
{
	static const char *const strings[] = { "text", "varchar", NULL };
	static const char *const precise[] = { "timestamp", "timestamptz", "time", "timetz",
					       "interval", "varbit", NULL };

	if (o->ndims != n->ndims || !str_eq(o->schema, "pg_catalog") ||
	    !str_eq(n->schema, "pg_catalog"))
		return !(str_eq(o->schema, n->schema) && str_eq(o->name, n->name) &&
			 str_eq(o->mods, n->mods));
	if (name_in_set(o->name, strings) && name_in_set(n->name, strings))
		return strcmp(n->name, "varchar") == 0 && n->mods &&
		       (!o->mods || mod_first(n->mods) < mod_first(o->mods));
	if (str_eq(o->name, "numeric") && str_eq(n->name, "numeric"))
		return n->mods && (!o->mods || mod_first(n->mods) < mod_first(o->mods) ||
				   mod_second(n->mods) != mod_second(o->mods));
	if (str_eq(o->name, n->name) && name_in_set(o->name, precise))
		return n->mods && (!o->mods || mod_first(n->mods) < mod_first(o->mods));
	if (str_eq(o->name, "cidr") && str_eq(n->name, "inet"))
		return false;
	return !(str_eq(o->name, n->name) && str_eq(o->mods, n->mods));
}

/* What a type change can lose, or NULL. */
static const char *lossy(const struct typeref *o, const struct typeref *n)
{
	static const char *const ints[] = { "int2", "int4", "int8", NULL };
	static const char *const floats[] = { "float4", "float8", "numeric", NULL };
	static const char *const strings[] = { "text", "varchar", "bpchar", NULL };
	int rank_o, rank_n;

	if (!str_eq(o->schema, "pg_catalog") || !str_eq(n->schema, "pg_catalog") ||
	    o->ndims != n->ndims)
		return str_eq(o->name, n->name) ? NULL : "values are converted between types";
	if (name_in_set(o->name, ints) && name_in_set(n->name, ints)) {
		rank_o = o->name[3] - '0';
		rank_n = n->name[3] - '0';
		return rank_n < rank_o ? "larger numbers no longer fit" : NULL;
	}
	if (name_in_set(o->name, floats) && name_in_set(n->name, ints))
		return "fractions are rounded away";
	if (str_eq(o->name, "numeric") && str_eq(n->name, "numeric") && n->mods &&
	    (!o->mods || mod_first(n->mods) < mod_first(o->mods) ||
	     mod_second(n->mods) < mod_second(o->mods)))
		return "numbers are rounded or no longer fit";
	if (name_in_set(o->name, strings) && name_in_set(n->name, strings))
		return n->mods && (!o->mods || mod_first(n->mods) < mod_first(o->mods))
			? "longer values no longer fit" : NULL;
	if ((str_eq(o->name, "timestamp") || str_eq(o->name, "timestamptz")) &&
	    str_eq(n->name, "date"))
		return "the time of day is lost";
	if (name_in_set(o->name, strings) && !name_in_set(n->name, strings))
		return "text that does not parse as the new type fails the migration";
	return NULL;
}

/* ---- advice on column types ------------------------------------------------ */

static void column_advice(struct linter *l, PgQuery__ColumnDef *cd, bool key)
{
	const PgQuery__TypeName *tn = cd->type_name;
	const char *name;
	struct typeref tr;
	bool serial;

	if (!tn || !tn->n_names)
		return;
	name = node_str(tn->names[tn->n_names - 1]);
	typeref_from_node(&tr, l->a, l->cat, tn, &serial);
	for (size_t i = 0; i < cd->n_constraints && !key; i++) {
		const Node *c = cd->constraints[i];
		key = c->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
		      c->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY;
	}
	if (serial)
		finding(l, R_PREFER_IDENTITY, cd->location, "column %s is %s", cd->colname, name);
	else if (key && str_eq(tr.schema, "pg_catalog") && !tr.ndims &&
		 (str_eq(tr.name, "int4") || str_eq(tr.name, "int2")))
		finding(l, R_PREFER_BIGINT_KEY, cd->location,
			"primary key column %s is a %s-bit integer", cd->colname,
			str_eq(tr.name, "int4") ? "32" : "16");
	if (str_eq(tr.schema, "pg_catalog") && str_eq(tr.name, "timestamp"))
		finding(l, R_PREFER_TIMESTAMPTZ, cd->location,
			"column %s is timestamp without time zone", cd->colname);
	if (str_eq(tr.schema, "pg_catalog") && str_eq(tr.name, "bpchar"))
		finding(l, R_PREFER_TEXT_OVER_CHAR, cd->location, "column %s is char(n)",
			cd->colname);
	if (str_eq(tr.schema, "pg_catalog") && str_eq(tr.name, "varchar") && tr.mods)
		finding(l, R_PREFER_TEXT_OVER_VARCHAR, cd->location, "column %s is varchar%s",
			cd->colname, tr.mods);
}

static bool is_key_column(PgQuery__CreateStmt *cs, const char *col)
{
	for (size_t i = 0; i < cs->n_table_elts; i++) {
		const Node *e = cs->table_elts[i];
		if (e->node_case != PG_QUERY__NODE__NODE_CONSTRAINT ||
		    e->constraint->contype != PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY)
			continue;
		for (size_t j = 0; j < e->constraint->n_keys; j++)
			if (str_eq(node_str(e->constraint->keys[j]), col))
				return true;
	}
	return false;
}

/* ---- statements ------------------------------------------------------------ */

/* The column c checks IS NOT NULL (CHECK (col IS NOT NULL)), or NULL. */
static const char *not_null_check_column(struct arena *a, const struct constraint *c)
{
	struct arena *tmp;
	const char *col = NULL;
	Node *n;

	if (c->kind != CON_CHECK)
		return NULL;
	tmp = arena_new();
	n = expr_tree(tmp, c->check);
	if (n && n->node_case == PG_QUERY__NODE__NODE_NULL_TEST &&
	    n->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL &&
	    n->null_test->arg && n->null_test->arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF) {
		PgQuery__ColumnRef *cr = n->null_test->arg->column_ref;
		const char *s = node_str(cr->fields[cr->n_fields - 1]);
		col = s ? arena_strdup(a, s) : NULL;
	}
	arena_free(tmp);
	return col;
}

/* Does the expression prove col not null: col IS NOT NULL, alone or as
 * an arm of an AND? */
static bool proves_not_null(const Node *n, const char *col)
{
	if (!n)
		return false;
	if (n->node_case == PG_QUERY__NODE__NODE_NULL_TEST)
		return n->null_test->nulltesttype == PG_QUERY__NULL_TEST_TYPE__IS_NOT_NULL &&
		       n->null_test->arg && n->null_test->arg->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
		       str_eq(node_str(n->null_test->arg->column_ref->fields[n->null_test->arg->column_ref->n_fields - 1]), col);
	if (n->node_case == PG_QUERY__NODE__NODE_BOOL_EXPR &&
	    n->bool_expr->boolop == PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR)
		for (size_t i = 0; i < n->bool_expr->n_args; i++)
			if (proves_not_null(n->bool_expr->args[i], col))
				return true;
	return false;
}

/* A valid CHECK that proves col not null (CHECK (col IS NOT NULL), alone
 * or ANDed) lets SET NOT NULL skip its scan. */
static bool has_not_null_check(const struct table *t, const char *col)
{
	bool proven = false;

	for (size_t i = 0; i < t->constraints.n && !proven; i++) {
		const struct constraint *c = t->constraints.items[i];
		struct arena *tmp;
		if (c->not_valid || c->kind != CON_CHECK)
			continue;
		tmp = arena_new();
		proven = proves_not_null(expr_tree(tmp, c->check), col);
		arena_free(tmp);
	}
	return proven;
}

/* A collation as SQL spells it, its last part without quotes. */
static const char *unquoted(struct arena *a, const char *coll)
{
	const char *dot = coll ? strrchr(coll, '.') : NULL;
	const char *s = dot && (dot[-1] == '"' || !strchr(dot, '"')) ? dot + 1 : coll;
	size_t n = s ? strlen(s) : 0;

	if (n >= 2 && s[0] == '"' && s[n - 1] == '"')
		return arena_strndup(a, s + 1, n - 2);
	return s;
}

/* Is column col of t in one of its indexes (its own or a key's)? */
static bool column_indexed(const struct table *t, const char *col)
{
	for (size_t i = 0; i < t->indexes.n; i++) {
		const struct index *ix = t->indexes.items[i];
		for (size_t j = 0; j < ix->elems.n; j++)
			if (str_eq(((const struct index_elem *)ix->elems.items[j])->column, col))
				return true;
	}
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		if (c->kind != CON_PRIMARY && c->kind != CON_UNIQUE)
			continue;
		for (size_t j = 0; j < c->columns.n; j++)
			if (str_eq(c->columns.items[j], col))
				return true;
	}
	return false;
}

/* Is a column of index ix of t nullable (PRIMARY KEY USING INDEX then
 * sets NOT NULL, scanning)? */
static bool index_has_nullable(const struct table *t, const struct index *ix)
{
	for (size_t i = 0; ix && i < ix->elems.n; i++) {
		const struct index_elem *e = ix->elems.items[i];
		const struct column *col = e->column ? table_find_column(t, e->column) : NULL;
		if (col && !col->not_null)
			return true;
	}
	return false;
}

static void lint_alter_cmd(struct linter *l, struct table *t, PgQuery__AlterTableCmd *cmd)
{
	bool fresh = is_new(l, t);
	struct column *col;

	switch (cmd->subtype) {
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
		PgQuery__ColumnDef *cd = cmd->def->column_def;
		bool not_null = cd->is_not_null, has_default = false, volatile_default = false;
		bool serial = false, checks = false, key = false, fk = false, same_nulls = false;
		const char *rewrite_why = NULL;
		struct typeref tr = { 0 };
		access_exclusive(l, t, cd->location);
		if (cd->type_name)
			typeref_from_node(&tr, l->a, l->cat, cd->type_name, &serial);
		for (size_t i = 0; i < cd->n_constraints; i++) {
			const PgQuery__Constraint *c = cd->constraints[i]->constraint;
			if (cd->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
				continue;
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL ||
			    c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY)
				not_null = true;
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT) {
				/* DEFAULT NULL is no default */
				has_default = !(c->raw_expr && c->raw_expr->node_case == PG_QUERY__NODE__NODE_A_CONST &&
						c->raw_expr->a_const->isnull);
				volatile_default = node_is_volatile(c->raw_expr);
			}
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY)
				has_default = true, rewrite_why = "an identity column";
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED)
				has_default = true, rewrite_why = "a stored generated column";
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK && !c->skip_validation)
				checks = true;
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
			    c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE)
				key = true;
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE && c->nulls_not_distinct)
				same_nulls = true;
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
				struct table *ref = rangevar_table(l, c->pktable);
				if (ref && ref != t)
					lock(l, PG_LOCK_SHARE_ROW_EXCLUSIVE, ref);
				if (!is_unknown(l, t))
					new_fk(l, t, NULL, 0, cd->colname);
				fk = !c->skip_validation;
			}
		}
		if (serial)
			has_default = true, rewrite_why = "a serial column (its default calls nextval())";
		if (cd->type_name && !rewrite_why) {
			struct qname tq = { tr.schema, tr.name };
			const struct type *ty = catalog_find_type(l->cat, &tq);
			if (ty && ty->kind == TYPE_DOMAIN && (ty->checks.n || ty->not_null))
				rewrite_why = "a domain with constraints (each row is checked)";
		}
		/* a CHECK, a NOT NULL with no default or a validated foreign
		 * key over a default reads every row (phase 3 of ALTER TABLE);
		 * a key builds its index */
		if (volatile_default || rewrite_why)
			work(l, "rewrites", t);
		else if (key)
			work(l, pg_work_verb(PG_WORK_INDEX), t);
		else if (checks || (not_null && !has_default) || (fk && has_default))
			work(l, "scans", t);
		if (!fresh && rewrite_why)
			finding(l, R_ADD_COLUMN_REWRITES, cd->location,
				"ADD COLUMN %s, %s, rewrites %s", cd->colname, rewrite_why, t->name.name);
		else if (!fresh && volatile_default)
			finding(l, R_VOLATILE_DEFAULT, cd->location,
				"ADD COLUMN %s with a volatile default rewrites %s", cd->colname,
				t->name.name);
		if (!fresh && !volatile_default && !rewrite_why) {
			if (key)
				finding(l, R_UNIQUE_WITHOUT_INDEX, cd->location,
					"ADD COLUMN %s with a key builds its index on %s under an ACCESS EXCLUSIVE lock",
					cd->colname, t->name.name);
			else if (checks)
				finding(l, R_CHECK_VALIDATES, cd->location,
					"ADD COLUMN %s with a CHECK scans %s under an ACCESS EXCLUSIVE lock",
					cd->colname, t->name.name);
			else if (fk && has_default)
				finding(l, R_FOREIGN_KEY_VALIDATES, cd->location,
					"ADD COLUMN %s REFERENCES with a default scans %s to validate it",
					cd->colname, t->name.name);
		}
		if (!fresh && same_nulls && !has_default && !not_null)
			finding(l, R_ADD_COLUMN_UNIQUE_FAILS, cd->location,
				"ADD COLUMN %s UNIQUE NULLS NOT DISTINCT without a default fails if %s has two rows or more",
				cd->colname, t->name.name);
		if (!fresh && not_null && !has_default)
			finding(l, R_ADD_COLUMN_NOT_NULL, cd->location,
				"ADD COLUMN %s NOT NULL without a default fails if %s has rows",
				cd->colname, t->name.name);
		column_advice(l, cd, false);
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
		access_exclusive(l, t, -1);
		col = table_find_column(t, ident_truncate(l->a, cmd->name));
		lock_column_fks(l, t, col, facts_alter_cmd(cmd)->other);
		if (!fresh && (col || is_unknown(l, t))) {
			l->fact->loses = arena_printf(l->a, "column %s.%s", t->name.name, cmd->name);
			finding(l, R_DROP_COLUMN, -1, "DROP COLUMN %s loses the data of %s.%s",
				cmd->name, t->name.name, cmd->name);
		}
		if (col && drop_still_used(l, t, col->name,
					   cmd->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE))
			vec_push(&l->forced, l->a, &cmd->behavior);
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType: {
		PgQuery__ColumnDef *cd = cmd->def->column_def;
		struct typeref nt;
		const Node *using;
		bool serial;
		const char *loss;
		col = table_find_column(t, ident_truncate(l->a, cmd->name));
		access_exclusive(l, t, -1);
		if (!col || !cd->type_name)
			break;
		typeref_from_node(&nt, l->a, l->cat, cd->type_name, &serial);
		/* USING col, or col cast to the new type, is what PostgreSQL does
		 * anyway; timestamp to timestamptz is binary coercible when the
		 * session's TimeZone is UTC */
		using = cd->raw_default;
		if (using && using->node_case == PG_QUERY__NODE__NODE_TYPE_CAST && using->type_cast->type_name) {
			struct typeref ct;
			bool cs;
			typeref_from_node(&ct, l->a, l->cat, using->type_cast->type_name, &cs);
			if (str_eq(ct.schema, nt.schema) && str_eq(ct.name, nt.name) && str_eq(ct.mods, nt.mods) &&
			    ct.ndims == nt.ndims)
				using = using->type_cast->arg;
		}
		if ((rewrites(&col->type, &nt) &&
		     !(l->utc && str_eq(col->type.schema, "pg_catalog") && str_eq(nt.schema, "pg_catalog") &&
		       ((str_eq(col->type.name, "timestamp") && str_eq(nt.name, "timestamptz")) ||
			(str_eq(col->type.name, "timestamptz") && str_eq(nt.name, "timestamp"))) &&
		       col->type.ndims == nt.ndims && str_eq(col->type.mods, nt.mods))) ||
		    (using && !(using->node_case == PG_QUERY__NODE__NODE_COLUMN_REF &&
				str_eq(node_str(using->column_ref->fields[using->column_ref->n_fields - 1]),
				       col->name)))) {
			work(l, "rewrites", t);
			if (!fresh)
				finding(l, R_TYPE_CHANGE_REWRITES, -1,
					"changing %s.%s to another type rewrites %s", t->name.name,
					col->name, t->name.name);
		} else if (cd->coll_clause && cd->coll_clause->n_collname &&
			   !str_eq(unquoted(l->a, col->collation),
				   node_str(cd->coll_clause->collname[cd->coll_clause->n_collname - 1])) &&
			   column_indexed(t, col->name)) {
			work(l, pg_work_verb(PG_WORK_INDEX), t);	/* its indexes are rebuilt */
			if (!fresh)
				finding(l, R_TYPE_CHANGE_REWRITES, -1,
					"changing the collation of %s.%s rebuilds its indexes under an ACCESS EXCLUSIVE lock",
					t->name.name, col->name);
		}
		{
			/* an enum to an enum without some of its values */
			struct qname on = { col->type.schema, col->type.name };
			struct qname nn = { nt.schema, nt.name };
			struct type *ot = catalog_find_type(l->cat, &on), *ntp = catalog_find_type(l->cat, &nn);
			if (ot && ntp && ot->kind == TYPE_ENUM && ntp->kind == TYPE_ENUM && !fresh) {
				struct strbuf gone = STRBUF_INIT;
				for (size_t i = 0; i < ot->labels.n; i++) {
					bool kept = false;
					for (size_t j = 0; j < ntp->labels.n && !kept; j++)
						kept = strcmp(ot->labels.items[i], ntp->labels.items[j]) == 0;
					if (!kept)
						sb_addf(&gone, "%s'%s'", gone.len ? ", " : "",
							(const char *)ot->labels.items[i]);
				}
				if (gone.len)
					finding(l, R_ENUM_VALUE_REMOVED, -1,
						"%s.%s loses the enum values %s; rows holding them fail",
						t->name.name, col->name, gone.buf);
				sb_release(&gone);
				break;
			}
		}
		loss = lossy(&col->type, &nt);
		if (loss && !fresh) {
			l->fact->loses = arena_printf(l->a, "values of %s.%s", t->name.name, col->name);
			finding(l, R_TYPE_CHANGE_LOSSY, -1, "changing the type of %s.%s: %s",
				t->name.name, col->name, loss);
		}
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
		col = table_find_column(t, ident_truncate(l->a, cmd->name));
		access_exclusive(l, t, -1);
		if ((!col && !is_unknown(l, t)) || (col && col->not_null) || fresh)
			break;
		if (!has_not_null_check(t, cmd->name)) {
			work(l, "scans", t);
			finding(l, R_SET_NOT_NULL_SCANS, -1,
				"SET NOT NULL on %s.%s scans the whole table", t->name.name, cmd->name);
		}
		finding(l, R_SET_NOT_NULL_BREAKS, -1,
			"SET NOT NULL on %s.%s fails INSERTs that leave it out", t->name.name,
			cmd->name);
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
		col = table_find_column(t, ident_truncate(l->a, cmd->name));
		access_exclusive(l, t, -1);
		if (!fresh && (is_unknown(l, t) || (col && col->not_null)))
			finding(l, R_DROP_NOT_NULL, -1,
				"DROP NOT NULL on %s.%s lets nulls in that readers may not expect",
				t->name.name, cmd->name);
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetAccessMethod: {
		const struct pg_fact *f = facts_alter_cmd(cmd);
		bool same = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged ? !t->unlogged && !is_unknown(l, t)
			    : cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged ? t->unlogged
			    : cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetTableSpace ? str_eq(cmd->name, "pg_default")
											   : str_eq(cmd->name, "heap");
		take(l, f->lock, t, -1);
		if (same || fresh)
			break;	/* what the table has already: nothing to do */
		work(l, "rewrites", t);
		finding(l, R_ALTER_TABLE_REWRITES, -1, "%s rewrites %s under an ACCESS EXCLUSIVE lock",
			f->what, t->name.name);
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition: {
		const struct pg_fact *f = facts_alter_cmd(cmd);
		const PgQuery__RangeVar *part = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD
			? cmd->def->partition_cmd->name : NULL;
		struct table *pt = part ? rangevar_table(l, part) : NULL;
		take(l, f->lock, t, -1);
		if (pt)
			lock(l, f->other, pt);
		if (!f->no_transaction && !fresh)
			finding(l, R_DETACH_PARTITION_NOT_CONCURRENT, -1,
				"DETACH PARTITION takes an ACCESS EXCLUSIVE lock on %s", t->name.name);
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint: {
		PgQuery__Constraint *c = cmd->def->constraint;
		if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN) {
			struct table *ref = rangevar_table(l, c->pktable);
			if (!is_unknown(l, t))
				new_fk(l, t, c->fk_attrs, c->n_fk_attrs, NULL);
			lock(l, PG_LOCK_SHARE_ROW_EXCLUSIVE, t);
			if (ref && ref != t)
				lock(l, PG_LOCK_SHARE_ROW_EXCLUSIVE, ref);
			if (!c->skip_validation && !fresh) {
				work(l, "scans", t);
				finding(l, R_FOREIGN_KEY_VALIDATES, c->location,
					"ADD FOREIGN KEY %s scans %s to validate it%s",
					has(c->conname) ? c->conname : "", t->name.name,
					t->partkey ? " (PostgreSQL 15 adds no NOT VALID foreign key to a partitioned table: add it to each partition NOT VALID and validate it, then to the parent, which finds them)" : "");
			}
		} else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK) {
			access_exclusive(l, t, c->location);
			if (!c->skip_validation && !fresh) {
				work(l, "scans", t);
				finding(l, R_CHECK_VALIDATES, c->location,
					"ADD CHECK %s scans %s under an ACCESS EXCLUSIVE lock",
					has(c->conname) ? c->conname : "", t->name.name);
			}
		} else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
			   c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ||
			   c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION) {
			access_exclusive(l, t, c->location);
			if (has(c->indexname) && !fresh &&
			    c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY &&
			    index_has_nullable(t, table_find_index(t, ident_truncate(l->a, c->indexname)))) {
				work(l, "scans", t);	/* it sets NOT NULL */
				finding(l, R_SET_NOT_NULL_SCANS, c->location,
					"ADD PRIMARY KEY USING INDEX %s sets NOT NULL on nullable columns of %s, scanning it",
					c->indexname, t->name.name);
			}
			if (!has(c->indexname) && !fresh) {
				work(l, "builds an index on", t);
				finding(l, R_UNIQUE_WITHOUT_INDEX, c->location,
					"ADD %s builds its index on %s under an ACCESS EXCLUSIVE lock%s",
					c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ? "PRIMARY KEY"
					: c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE ? "UNIQUE"
											     : "EXCLUDE",
					t->name.name,
					c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION
					? " (an exclusion constraint has no concurrent form: add it at a quiet time)" : "");
			}
		} else {
			access_exclusive(l, t, c->location);
		}
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint: {
		const struct pg_fact *f = facts_alter_cmd(cmd);
		const struct constraint *c = table_find_constraint(t, ident_truncate(l->a, cmd->name));
		struct table *ref = fk_target(l, c);
		bool held = false;
		for (size_t i = 0; i < l->tx_blocking.n && !held; i++)
			held = l->tx_blocking.items[i] == t;
		lock(l, f->lock, t);
		if (ref && ref != t)
			lock(l, f->other, ref);
		if (c && !c->not_valid)
			break;	/* a valid one is not checked again */
		work(l, "scans", t);
		/* in the transaction that locked the table (ADD ... NOT VALID
		 * before it): the scan runs under that lock */
		if (held)
			finding(l, ref ? R_FOREIGN_KEY_VALIDATES : R_CHECK_VALIDATES, -1,
				"VALIDATE CONSTRAINT %s scans %s in the transaction that holds a lock on it that blocks writes (commit the NOT VALID step first)",
				cmd->name, t->name.name);
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint: {
		/* a CHECK (col IS NOT NULL) on a NOT NULL column guards nothing
		 * more (the last step of a safe SET NOT NULL) */
		const struct constraint *c = table_find_constraint(t, ident_truncate(l->a, cmd->name));
		const char *nn = c ? not_null_check_column(l->a, c) : NULL;
		struct table *ref = fk_target(l, c);
		access_exclusive(l, t, -1);
		if (ref && ref != t)
			lock(l, facts_alter_cmd(cmd)->other, ref);
		col = nn ? table_find_column(t, nn) : NULL;
		if (!fresh && !(col && col->not_null))
			finding(l, R_DROP_CONSTRAINT, -1, "DROP CONSTRAINT %s on %s", cmd->name,
				t->name.name);
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetOptions:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetOptions:
		lock(l, PG_LOCK_SHARE_UPDATE_EXCLUSIVE, t);
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition: {
		/* the partition's rows are checked against its bound unless a
		 * valid CHECK of it is there (taken as the proof: PostgreSQL
		 * compares the expressions, lint does not) */
		const struct pg_fact *f = facts_alter_cmd(cmd);
		struct table *pt = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD
			? rangevar_table(l, cmd->def->partition_cmd->name) : NULL;
		bool proven = false;
		take(l, f->lock, t, -1);
		if (!pt)
			break;
		take(l, f->other, pt, -1);
		for (size_t i = 0; i < pt->constraints.n && !proven; i++) {
			const struct constraint *c = pt->constraints.items[i];
			proven = c->kind == CON_CHECK && !c->not_valid;
		}
		if (!proven && !is_new(l, pt)) {
			work(l, "scans", pt);
			finding(l, R_ATTACH_PARTITION_SCANS, -1,
				"ATTACH PARTITION %s scans it under an ACCESS EXCLUSIVE lock: no valid CHECK proves its bound",
				pt->name.name);
		}
		break;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit: {
		const struct pg_fact *f = facts_alter_cmd(cmd);
		struct table *parent = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_RANGE_VAR
			? rangevar_table(l, cmd->def->range_var) : NULL;
		take(l, f->lock, t, -1);
		if (parent)
			lock(l, f->other, parent);
		break;
	}
	default: {
		const struct pg_fact *f = facts_alter_cmd(cmd);
		take(l, f ? f->lock : PG_LOCK_ACCESS_EXCLUSIVE, t, -1);
	}
		break;
	}
}

/* A table rename, forgiven when the same transaction creates a view with
 * the old name (readers of the old name go on). */
struct pending_rename {
	struct stmt st;			/* the RENAME (node not kept) */
	struct ptrvec directives;
	struct qname old;
	const char *newname;
};

/* The end of a transaction: what lasted to it ends. */
static void end_transaction(struct linter *l)
{
	const struct stmt *saved = l->st;
	struct lint_fact *saved_fact = l->fact;

	for (size_t i = 0; i < l->renames.n; i++) {
		struct pending_rename *pr = l->renames.items[i];
		pr->st.directives = pr->directives;
		l->st = &pr->st;
		finding(l, R_RENAME_TABLE, -1, "renaming table %s to %s breaks code that uses %s",
			pr->old.name, pr->newname, pr->old.name);
	}
	l->st = saved;
	l->fact = saved_fact;
	memset(&l->renames, 0, sizeof(l->renames));
	memset(&l->added_labels, 0, sizeof(l->added_labels));
	memset(&l->tx_blocking, 0, sizeof(l->tx_blocking));
	l->local_lock_timeout = -1;
}

static void lint_stmt(struct linter *l)
{
	Node *n = l->st->node;
	struct table *t;
	const char *notx = stmt_needs_no_transaction(n);

	if (!notx && n->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT)
		for (size_t i = 0; i < n->alter_table_stmt->n_cmds && !notx; i++) {
			const struct pg_fact *f = facts_alter_cmd(n->alter_table_stmt->cmds[i]->alter_table_cmd);
			if (f && f->no_transaction)
				notx = f->what;
		}
	if (notx && in_tx(l))
		finding(l, R_CONCURRENTLY_IN_TRANSACTION, -1, "%s %s", notx,
			l->mode == LINT_TX_WRAPPED ? "in a migration that runs in a transaction"
						   : "inside BEGIN ... COMMIT");

	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT: {
		PgQuery__VariableSetStmt *vs = n->variable_set_stmt;
		if (str_eq(vs->name, "lock_timeout")) {
			bool zero = vs->kind != PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE;
			for (size_t i = 0; i < vs->n_args && !zero; i++) {
				const Node *v = vs->args[i];
				zero = v->node_case == PG_QUERY__NODE__NODE_A_CONST &&
				       ((v->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL &&
					 v->a_const->ival->ival == 0) ||
					(v->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL &&
					 (strcmp(v->a_const->sval->sval, "0") == 0 ||
					  strcmp(v->a_const->sval->sval, "0s") == 0)));
			}
			/* 0 and RESET leave none in force; SET LOCAL lasts
			 * to the end of the transaction, and outside one
			 * does nothing */
			if (!vs->is_local)
				l->lock_timeout = !zero;
			else if (in_tx(l))
				l->local_lock_timeout = !zero;
		} else if (str_eq(vs->name, "statement_timeout") && (!vs->is_local || in_tx(l))) {
			l->statement_timeout = vs->kind == PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE &&
					       !(vs->n_args == 1 && vs->args[0]->node_case == PG_QUERY__NODE__NODE_A_CONST &&
						 vs->args[0]->a_const->val_case == PG_QUERY__A__CONST__VAL_IVAL &&
						 vs->args[0]->a_const->ival->ival == 0);
		} else if (str_eq(vs->name, "timezone")) {
			const Node *v = vs->n_args ? vs->args[0] : NULL;
			const char *z = v && v->node_case == PG_QUERY__NODE__NODE_A_CONST &&
					v->a_const->val_case == PG_QUERY__A__CONST__VAL_SVAL
				? v->a_const->sval->sval : NULL;
			l->utc = vs->kind != PG_QUERY__VARIABLE_SET_KIND__VAR_SET_VALUE || (z && (strcasecmp(z, "UTC") == 0 || strcasecmp(z, "Etc/UTC") == 0 ||
				       strcasecmp(z, "GMT") == 0 || strcasecmp(z, "Etc/GMT") == 0));
		}
		break;
	}
	case PG_QUERY__NODE__NODE_TRANSACTION_STMT: {
		PgQuery__TransactionStmtKind k = n->transaction_stmt->kind;
		bool begin = k == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_BEGIN ||
			     k == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_START;
		bool end = k == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_COMMIT ||
			   k == PG_QUERY__TRANSACTION_STMT_KIND__TRANS_STMT_ROLLBACK;
		/* savepoints are fine inside the migration's transaction */
		if ((begin || end) && l->mode == LINT_TX_WRAPPED) {
			finding(l, R_TRANSACTION_IN_MIGRATION, -1, "%s inside a migration",
				begin ? "BEGIN" : "COMMIT / ROLLBACK");
		} else if (begin && !l->in_block) {
			l->in_block = true;
			l->block = *l->st;
			l->block.node = NULL;
			memset(&l->block_directives, 0, sizeof(l->block_directives));
			for (size_t i = 0; i < l->st->directives.n; i++)
				vec_push(&l->block_directives, l->a, l->st->directives.items[i]);
		} else if (end && l->in_block) {
			l->in_block = false;
			end_transaction(l);
		}
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_STMT: {
		PgQuery__CreateStmt *cs = n->create_stmt;
		const struct pg_fact *f = facts_stmt(n);
		for (size_t i = 0; i < cs->n_table_elts; i++) {
			const Node *e = cs->table_elts[i];
			PgQuery__Node **cons = e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF
				? e->column_def->constraints : (PgQuery__Node **)&cs->table_elts[i];
			size_t ncons = e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF
				? e->column_def->n_constraints : e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT;
			if (e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
				column_advice(l, e->column_def, is_key_column(cs, e->column_def->colname));
			for (size_t j = 0; j < ncons; j++) {
				const PgQuery__Constraint *c = cons[j]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT
					? cons[j]->constraint : NULL;
				if (!c || c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
					continue;
				if ((t = rangevar_table(l, c->pktable)) != NULL)
					lock(l, f->other, t);
			}
		}
		for (size_t i = 0; cs->partbound && i < cs->n_inh_relations; i++)
			if (cs->inh_relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR &&
			    (t = rangevar_table(l, cs->inh_relations[i]->range_var)) != NULL)
				take(l, f->other, t, -1);
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		if (n->create_table_as_stmt->query &&
		    n->create_table_as_stmt->query->node_case == PG_QUERY__NODE__NODE_SELECT_STMT &&
		    !(n->create_table_as_stmt->into && n->create_table_as_stmt->into->skip_data))
			select_reads(l, n->create_table_as_stmt->query->select_stmt);
		break;
	case PG_QUERY__NODE__NODE_SELECT_STMT:
		select_reads(l, n->select_stmt);
		break;
	case PG_QUERY__NODE__NODE_INSERT_STMT:
		t = rangevar_table(l, n->insert_stmt->relation);
		if (t) {
			lock(l, facts_stmt(n)->lock, t);
			fk_lookups(l, t);
		}
		if (n->insert_stmt->select_stmt &&
		    n->insert_stmt->select_stmt->node_case == PG_QUERY__NODE__NODE_SELECT_STMT)
			select_reads(l, n->insert_stmt->select_stmt->select_stmt);
		break;
	case PG_QUERY__NODE__NODE_COMMENT_STMT:
		if (n->comment_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ||
		    n->comment_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN) {
			t = names_table(l, n->comment_stmt->object,
					n->comment_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN);
			if (t)
				lock(l, facts_stmt(n)->lock, t);
		}
		break;
	case PG_QUERY__NODE__NODE_LOCK_STMT:
		for (size_t i = 0; i < n->lock_stmt->n_relations; i++)
			if (n->lock_stmt->relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR &&
			    (t = rangevar_table(l, n->lock_stmt->relations[i]->range_var)) != NULL)
				take(l, n->lock_stmt->mode > PG_LOCK_NONE && n->lock_stmt->mode <= PG_LOCK_ACCESS_EXCLUSIVE
				     ? (enum pg_lock)n->lock_stmt->mode : PG_LOCK_ACCESS_EXCLUSIVE, t, -1);
		break;
	case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
		if (n->alter_object_schema_stmt->relation &&
		    n->alter_object_schema_stmt->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE &&
		    (t = rangevar_table(l, n->alter_object_schema_stmt->relation)) != NULL)
			take(l, facts_stmt(n)->lock, t, -1);
		break;
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
	case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
		t = rangevar_table(l, n->node_case == PG_QUERY__NODE__NODE_CREATE_POLICY_STMT
				      ? n->create_policy_stmt->table : n->alter_policy_stmt->table);
		if (t)
			take(l, facts_stmt(n)->lock, t, -1);
		break;
	case PG_QUERY__NODE__NODE_INDEX_STMT: {
		PgQuery__IndexStmt *is = n->index_stmt;
		bool matview = false;
		t = rangevar_table(l, is->relation);
		if (!t && (matview = true, t = matview_rel(l, is->relation)) == NULL)
			break;
		lock(l, facts_stmt(l->st->node)->lock, t);	/* taken before the name is looked up */
		if (is->if_not_exists && has(is->idxname) &&
		    catalog_resolve_relation(l->cat, t->name.schema, ident_truncate(l->a, is->idxname)))
			break;	/* it is there: a notice, nothing built */
		work(l, "builds an index on", t);
		/* a materialized view has no writers: only its REFRESH waits */
		if (!is->concurrent && !is_new(l, t) && !matview)
			finding(l, R_INDEX_NOT_CONCURRENT, -1,
				"CREATE INDEX on %s blocks writes while the index builds%s", t->name.name,
				t->partkey && is->relation->inh ? " (a partitioned table takes no CONCURRENTLY: CREATE INDEX ON ONLY it, CREATE INDEX CONCURRENTLY on each partition, then ALTER INDEX ... ATTACH PARTITION each)" : "");
		break;
	}
	case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
		lint_alter_domain(l, n->alter_domain_stmt);
		break;
	case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
		PgQuery__AlterTableStmt *as = n->alter_table_stmt;
		if (as->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE)
			lint_alter_composite(l, as);
		if (as->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
			break;
		t = rangevar_table(l, as->relation);
		if (!t)
			break;
		for (size_t i = 0; i < as->n_cmds; i++)
			lint_alter_cmd(l, t, as->cmds[i]->alter_table_cmd);
		break;
	}
	case PG_QUERY__NODE__NODE_RENAME_STMT: {
		PgQuery__RenameStmt *rs = n->rename_stmt;
		if (rs->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA) {
			finding(l, R_RENAME_SCHEMA, -1, "renaming schema %s to %s breaks queries that name %s",
				rs->subname, rs->newname, rs->subname);
			break;
		}
		if (rs->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE &&
		    rs->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN &&
		    rs->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT)
			break;
		t = rangevar_table(l, rs->relation);
		if (!t)
			break;
		access_exclusive(l, t, -1);
		if (is_new(l, t))
			break;
		if (rs->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE) {
			struct pending_rename *pr = arena_alloc(l->a, sizeof(*pr));
			pr->st = *l->st;
			pr->st.node = NULL;
			for (size_t i = 0; i < l->st->directives.n; i++)
				vec_push(&pr->directives, l->a, l->st->directives.items[i]);
			pr->old = t->name;
			pr->newname = arena_strdup(l->a, rs->newname);
			vec_push(&l->renames, l->a, pr);
		} else if (rs->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN)
			finding(l, R_RENAME_COLUMN, -1,
				"renaming column %s.%s to %s breaks code that uses %s",
				t->name.name, rs->subname, rs->newname, rs->subname);
		break;
	}
	case PG_QUERY__NODE__NODE_DROP_STMT: {
		PgQuery__DropStmt *ds = n->drop_stmt;
		for (size_t i = 0; i < ds->n_objects; i++) {
			Node *obj = ds->objects[i];
			PgQuery__Node **names = obj->node_case == PG_QUERY__NODE__NODE_LIST
				? obj->list->items : NULL;
			size_t k = names ? obj->list->n_items : 0;
			if (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE && k) {
				t = resolve_table(l, k >= 2 ? node_str(names[k - 2]) : NULL,
						  node_str(names[k - 1]));
				if (!t)
					continue;
				access_exclusive(l, t, -1);
				lock_referencing(l, t, facts_stmt(n)->other);
				if (!is_new(l, t)) {
					l->fact->loses = arena_printf(l->a, "table %s", t->name.name);
					finding(l, R_DROP_TABLE, -1, "DROP TABLE %s loses all its rows",
						t->name.name);
				}
				if (drop_still_used(l, t, NULL,
						    ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE) &&
				    (!l->forced.n || l->forced.items[l->forced.n - 1] != &ds->behavior))
					vec_push(&l->forced, l->a, &ds->behavior);
			} else if (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER ||
				   ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_POLICY ||
				   ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_RULE) {
				if ((t = names_table(l, obj, 1)) != NULL)
					take(l, facts_stmt(n)->lock, t, -1);
			} else if (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA) {
				const char *name = node_str(obj) ? node_str(obj) : "?";
				for (size_t j = 0; ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE &&
						   j < l->cat->tables.n; j++) {
					struct table *st = l->cat->tables.items[j];
					if (str_eq(st->name.schema, name)) {
						access_exclusive(l, st, -1);
						lock_referencing(l, st, PG_LOCK_ACCESS_EXCLUSIVE);
					}
				}
				l->fact->loses = arena_printf(l->a, "schema %s", name);
				finding(l, R_DROP_SCHEMA, -1, "DROP SCHEMA %s", name);
			} else if (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX && k) {
				const char *iname = ident_truncate(l->a, node_str(names[k - 1]));
				struct relation *r = catalog_resolve_relation(l->cat, k >= 2 ? node_str(names[k - 2]) : NULL, iname);
				t = r && (r->kind == REL_INDEX || r->kind == REL_CONSTRAINT_INDEX) ? r->table : NULL;
				if (t)
					take(l, facts_stmt(n)->lock, t, -1);
				if (!ds->concurrent && (r ? t && !is_new(l, t) : true))
					finding(l, R_DROP_INDEX_NOT_CONCURRENT, -1,
						"DROP INDEX %s takes an ACCESS EXCLUSIVE lock on %s", iname,
						t ? t->name.name : "its table");
			} else if (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE && k) {
				const char *sname = ident_truncate(l->a, node_str(names[k - 1]));
				struct relation *r = catalog_resolve_relation(l->cat, k >= 2 ? node_str(names[k - 2]) : NULL, sname);
				if (r && r->kind != REL_SEQUENCE)
					continue;
				l->fact->loses = arena_printf(l->a, "sequence %s and its current value", sname);
				finding(l, R_DROP_SEQUENCE, -1, "DROP SEQUENCE %s loses its current value%s", sname,
					ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE
					? ", and with CASCADE the defaults that call it" : "");
			} else if ((ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE ||
				    ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN) &&
				   ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE &&
				   obj->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
				const PgQuery__TypeName *tn = obj->type_name;
				struct type *ty = tn->n_names ? resolve_type(l, tn->n_names >= 2 ? node_str(tn->names[tn->n_names - 2]) : NULL,
									  node_str(tn->names[tn->n_names - 1])) : NULL;
				struct ptrvec tables = { 0 }, cols = { 0 }, lost = { 0 };
				if (!ty)
					continue;
				columns_of_type(l, ty, true, &tables, &cols, 0);
				for (size_t j = 0; j < tables.n; j++) {
					access_exclusive(l, tables.items[j], -1);
					if (!is_new(l, tables.items[j]))
						vec_push(&lost, l->a, cols.items[j]);
				}
				if (!lost.n)
					continue;
				l->fact->loses = arena_printf(l->a, "columns %s", and_list(l->a, &lost));
				finding(l, R_DROP_COLUMN, -1, "DROP TYPE %s CASCADE drops the column%s %s and their data",
					ty->name.name, lost.n == 1 ? "" : "s", and_list(l->a, &lost));
			}
		}
		break;
	}
	case PG_QUERY__NODE__NODE_REINDEX_STMT: {
		PgQuery__ReindexStmt *rs = n->reindex_stmt;
		const struct pg_fact *f = facts_stmt(n);
		t = NULL;
		if (rs->relation && rs->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_TABLE) {
			t = rangevar_table(l, rs->relation);
		} else if (rs->relation && rs->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_INDEX) {
			struct relation *r = catalog_resolve_relation(l->cat, rs->relation->schemaname,
								      ident_truncate(l->a, rs->relation->relname));
			t = r ? r->table : NULL;
		}
		if (t) {
			lock(l, f->lock, t);
			work(l, pg_work_verb(f->work), t);
		} else if (rs->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_SCHEMA ||
			   rs->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_DATABASE ||
			   rs->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_SYSTEM) {
			/* each table of the schema (database) in turn */
			for (size_t i = 0; rs->kind != PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_SYSTEM &&
					   i < l->cat->tables.n; i++) {
				struct table *st = l->cat->tables.items[i];
				if (rs->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_SCHEMA &&
				    !str_eq(st->name.schema, rs->name))
					continue;
				lock(l, f->lock, st);
				reads(l, st);
			}
		}
		if (!f->no_transaction && !(t && is_new(l, t)))
			finding(l, R_REINDEX_NOT_CONCURRENT, -1,
				"REINDEX blocks writes to %s while it rebuilds, and reads that use the index",
				t ? t->name.name : rs->relation ? rs->relation->relname : rs->name ? rs->name : "the tables");
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
		t = rangevar_table(l, n->create_trig_stmt->relation);
		if (!t)
			break;
		take(l, facts_stmt(n)->lock, t, -1);
		if (!is_new(l, t))
			finding(l, R_TRIGGER_ON_EXISTING_TABLE, -1,
				"CREATE TRIGGER %s on %s takes a SHARE ROW EXCLUSIVE lock (writes wait)",
				n->create_trig_stmt->trigname, t->name.name);
		break;
	case PG_QUERY__NODE__NODE_VIEW_STMT: {
		/* a view with a table's old name, in the transaction that renames it */
		const PgQuery__RangeVar *v = n->view_stmt->view;
		for (size_t i = 0; i < l->renames.n; i++) {
			struct pending_rename *pr = l->renames.items[i];
			if (str_eq(pr->old.name, ident_truncate(l->a, v->relname)) &&
			    (!has(v->schemaname) || str_eq(v->schemaname, pr->old.schema))) {
				l->renames.items[i] = l->renames.items[--l->renames.n];
				break;
			}
		}
		break;
	}
	case PG_QUERY__NODE__NODE_DROPDB_STMT:
		finding(l, R_DROP_DATABASE, -1, "DROP DATABASE %s", n->dropdb_stmt->dbname);
		break;
	case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
		for (size_t i = 0; i < n->truncate_stmt->n_relations; i++) {
			t = rangevar_table(l, n->truncate_stmt->relations[i]->range_var);
			if (t) {
				access_exclusive(l, t, -1);
				if (n->truncate_stmt->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE)
					truncate_cascade(l, t, 0);
				if (!is_new(l, t))
					finding(l, R_TRUNCATE, -1, "TRUNCATE %s deletes every row",
						t->name.name);
			}
		}
		break;
	case PG_QUERY__NODE__NODE_DELETE_STMT:
		t = rangevar_table(l, n->delete_stmt->relation);
		if (t) {
			lock(l, facts_stmt(n)->lock, t);
			if (!n->delete_stmt->where_clause)
				reads(l, t);
		}
		if (!n->delete_stmt->where_clause && !(t && is_new(l, t)))
			finding(l, R_DELETE_WITHOUT_WHERE, -1, "DELETE FROM %s without WHERE",
				n->delete_stmt->relation->relname);
		break;
	case PG_QUERY__NODE__NODE_UPDATE_STMT:
		t = rangevar_table(l, n->update_stmt->relation);
		if (t) {
			lock(l, facts_stmt(n)->lock, t);
			if (!n->update_stmt->where_clause)
				reads(l, t);
		}
		if (!n->update_stmt->where_clause && !(t && is_new(l, t)))
			finding(l, R_UPDATE_WITHOUT_WHERE, -1, "UPDATE %s without WHERE",
				n->update_stmt->relation->relname);
		break;
	case PG_QUERY__NODE__NODE_VACUUM_STMT:
		if (!n->vacuum_stmt->is_vacuumcmd) {
			/* ANALYZE: each table named, or every table */
			for (size_t i = 0; i < n->vacuum_stmt->n_rels; i++) {
				const Node *vr = n->vacuum_stmt->rels[i];
				if (vr->node_case == PG_QUERY__NODE__NODE_VACUUM_RELATION &&
				    (t = rangevar_table(l, vr->vacuum_relation->relation)) != NULL)
					lock(l, facts_stmt(n)->lock, t);
			}
			for (size_t i = 0; !n->vacuum_stmt->n_rels && i < l->cat->tables.n; i++)
				lock(l, facts_stmt(n)->lock, l->cat->tables.items[i]);
			break;
		}
		for (size_t i = 0; i < n->vacuum_stmt->n_options; i++) {
			const Node *o = n->vacuum_stmt->options[i];
			const Node *arg;
			if (o->node_case != PG_QUERY__NODE__NODE_DEF_ELEM ||
			    strcmp(o->def_elem->defname, "full") != 0)
				continue;
			arg = o->def_elem->arg;	/* FULL, FULL true, FULL false, FULL 0 */
			if (arg && ((arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN &&
				     !arg->boolean->boolval) ||
				    (arg->node_case == PG_QUERY__NODE__NODE_INTEGER && !arg->integer->ival) ||
				    (arg->node_case == PG_QUERY__NODE__NODE_STRING &&
				     (strcmp(arg->string->sval, "false") == 0 ||
				      strcmp(arg->string->sval, "off") == 0))))
				continue;
			for (size_t j = 0; j < n->vacuum_stmt->n_rels; j++) {
				const Node *vr = n->vacuum_stmt->rels[j];
				if (vr->node_case == PG_QUERY__NODE__NODE_VACUUM_RELATION &&
				    (t = rangevar_table(l, vr->vacuum_relation->relation)) != NULL) {
					access_exclusive(l, t, -1);
					work(l, "rewrites", t);
				}
			}
			finding(l, R_VACUUM_FULL, -1, "VACUUM FULL rewrites the table");
		}
		break;
	case PG_QUERY__NODE__NODE_CLUSTER_STMT:
		if ((t = rangevar_table(l, n->cluster_stmt->relation)) != NULL) {
			access_exclusive(l, t, -1);
			work(l, "rewrites", t);
		}
		finding(l, R_CLUSTER, -1, "CLUSTER rewrites the table");
		break;
	case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT: {
		/* CONCURRENTLY: an EXCLUSIVE lock (reads go on); otherwise ACCESS
		 * EXCLUSIVE while the query runs; WITH NO DATA only empties it */
		PgQuery__RefreshMatViewStmt *rm = n->refresh_mat_view_stmt;
		struct table *mv = matview_rel(l, rm->relation);
		if (!mv)
			break;
		if (rm->concurrent) {
			lock(l, PG_LOCK_EXCLUSIVE, mv);
		} else {
			access_exclusive(l, mv, -1);
			if (!rm->skip_data && !is_new(l, mv))
				finding(l, R_REFRESH_NOT_CONCURRENT, -1,
					"REFRESH MATERIALIZED VIEW %s blocks reads of it while its query runs",
					mv->name.name);
		}
		/* the query runs again: a new file for the view, or (CONCURRENTLY)
		 * a diff against its rows */
		if (!rm->skip_data) {
			struct relation *r = catalog_resolve_relation(l->cat, rm->relation->schemaname,
								      ident_truncate(l->a, rm->relation->relname));
			work(l, rm->concurrent ? "scans" : "rewrites", mv);
			if (r && r->kind == REL_VIEW)
				dep_reads(l, r->obj);
		}
		break;
	}
	case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
		if (has(n->alter_enum_stmt->new_val) && !has(n->alter_enum_stmt->old_val))
			vec_push(&l->added_labels, l->a, arena_strdup(l->a, n->alter_enum_stmt->new_val));
		if (has(n->alter_enum_stmt->old_val))
			finding(l, R_RENAME_ENUM_VALUE, -1,
				"renaming the enum value '%s' to '%s' breaks code that uses '%s'",
				n->alter_enum_stmt->old_val, n->alter_enum_stmt->new_val,
				n->alter_enum_stmt->old_val);
		return;
	default:
		break;
	}
	if (in_tx(l))
		for (size_t i = 0; i < l->added_labels.n; i++)
			if (node_uses_string(n, l->added_labels.items[i]))
				finding(l, R_ENUM_VALUE_USED_IN_TRANSACTION, -1,
					"the enum value '%s' is used in the transaction that adds it",
					(const char *)l->added_labels.items[i]);
}

/* A new file: reset what a migration knows about itself. */
static char *first_line(struct arena *a, const struct stmt *st)
{
	const char *s = st->file->text + st->offset;
	size_t n = strcspn(s, "\n");
	if ((int)n > st->len)
		n = (size_t)st->len;
	return arena_strndup(a, s, n);
}

/* A line of the file that is exactly this comment (spaces around). */
static bool has_marker(const char *text, const char *marker)
{
	size_t n = strlen(marker);

	for (const char *line = text; line && *line; line = strchr(line, '\n') ? strchr(line, '\n') + 1 : NULL) {
		const char *p = line;
		while (*p == ' ' || *p == '\t')
			p++;
		if (strncmp(p, marker, n) == 0 && (p[n] == '\n' || p[n] == '\r' || p[n] == ' ' || !p[n]))
			return true;
	}
	return false;
}

/* Where the down part of a dbmate or goose file starts, or -1. */
static int down_part(const char *text)
{
	static const char *const markers[] = { "-- migrate:down", "-- +goose Down" };

	for (size_t i = 0; i < ARRAY_SIZE(markers); i++) {
		const char *at = strstr(text, markers[i]);
		if (at && (at == text || at[-1] == '\n'))
			return (int)(at - text);
	}
	return -1;
}

/* A new file: reset what a migration knows about itself. */
static void start_file(struct linter *l, const struct stmt *st)
{
	static const char *const none_markers[] = { "-- schemac:no-transaction", "-- atlas:txmode none",
						    "-- migrate:up transaction:false",
						    "-- +goose NO TRANSACTION" };
	l->file = st->file;
	memset(&l->created, 0, sizeof(l->created));
	memset(&l->file_allows, 0, sizeof(l->file_allows));
	memset(&l->added_labels, 0, sizeof(l->added_labels));
	memset(&l->renames, 0, sizeof(l->renames));
	memset(&l->unknown, 0, sizeof(l->unknown));
	l->mode = l->o->txmode;
	l->fact_mode = arena_printf(l->a, "%s (%s)", l->mode == LINT_TX_AUTO ? "auto" : l->mode == LINT_TX_WRAPPED ? "wrapped" : "none",
				    l->o->txmode_why);
	for (size_t i = 0; i < ARRAY_SIZE(none_markers); i++)
		if (has_marker(st->file->text, none_markers[i])) {
			l->mode = LINT_TX_NONE;
			l->fact_mode = arena_printf(l->a, "none (%s: every statement on its own)", none_markers[i]);
			break;
		}
	l->in_block = false;
	l->lock_timeout = -1;
	l->local_lock_timeout = -1;
	l->lock_timeout_said = false;
	l->statement_timeout = false;
	l->statement_timeout_said = false;
	l->utc = true;	/* the server's TimeZone is taken to be UTC (README) */
	l->down_offset = down_part(st->file->text);
	l->first = true;
	/* directives before the first statement and a blank line: file-wide */
	for (size_t i = 0; i < st->directives.n; i++) {
		const struct directive *dir = st->directives.items[i];
		const char *gap = strstr(dir->file->text + dir->offset, "\n\n");
		if (directive_is(dir, "allow") && gap && gap < st->file->text + st->offset)
			vec_push(&l->file_allows, l->a, (void *)dir);
	}
}

/* The end of a file: a transaction left open, what waits for the end. */
static void end_file(struct linter *l)
{
	if (!l->file)
		return;
	if (l->in_block) {
		const struct stmt *saved = l->st;
		l->block.directives = l->block_directives;
		l->st = &l->block;
		finding(l, R_BEGIN_WITHOUT_COMMIT, -1,
			"BEGIN with no COMMIT: the transaction is rolled back when the session ends");
		l->st = saved;
		l->in_block = false;
	}
	end_transaction(l);
	pending_breaks(l);
}

static bool starts_with(const char *s, const char *prefix)
{
	return strncmp(s, prefix, strlen(prefix)) == 0;
}

/*
 * The builder's word on the statement: warnings pass; an error means the
 * catalog could not apply it, which for the linter is no reason to stop
 * (the statement was judged from its parse tree): a statement kind the
 * facts table knows needs no word, others get a warning that says so. In a
 * DO block (inner) the builder's errors are dropped: the block may guard
 * what it creates.
 */
static void builder_said(struct linter *l, const struct diags *bd, bool inner)
{
	bool said = false;

	for (size_t i = 0; i < bd->list.n; i++) {
		const struct diag *dg = bd->list.items[i];
		struct diag *nd;
		if (dg->severity != DIAG_ERROR) {
			nd = diag_at(l->d, dg->severity, dg->file, dg->offset, "%s", dg->message);
			if (dg->hint)
				diag_set_hint(l->d, nd, "%s", dg->hint);
			continue;
		}
		if (inner || said)
			continue;
		said = true;
		if (starts_with(dg->message, "unsupported")) {
			if (facts_known(l->st->node))
				continue;
			finding(l, R_UNKNOWN_STATEMENT, -1, "%s: schemac knows nothing of what it locks or changes",
				dg->message);
		} else if (!l->stood_in) {
			nd = diag_at(l->d, DIAG_WARNING, dg->file, dg->offset,
				     "the catalog cannot apply this statement (%s): the statements after it are judged without it",
				     dg->message);
			if (!l->o->base)
				diag_set_hint(l->d, nd, "lint has no schema to judge against: pass the schema the migration runs on with --base FILE|DIR");
		}
	}
}

static void lint_one(struct linter *l, struct stmt *st, bool inner);

/* A DO block: its static statements judged as if written outside. */
static void lint_do(struct linter *l, struct stmt *st)
{
	struct ptrvec inner = { 0 };
	int dynamic = build_do_statements(l->cat, st, &inner);

	l->do_offset = st->offset;
	for (size_t i = 0; i < inner.n; i++) {
		struct stmt *in = inner.items[i];
		in->directives = st->directives;
		lint_one(l, in, true);
	}
	l->do_offset = -1;
	l->st = st;
	if (dynamic != 0) {
		l->fact = arena_alloc(l->a, sizeof(*l->fact));
		l->fact->file = st->file;
		l->fact->offset = st->offset;
		l->fact->statement = first_line(l->a, st);
		vec_push(&l->r->facts, l->a, l->fact);
		finding(l, R_UNKNOWN_STATEMENT, -1, dynamic < 0
			? "DO block in a language other than PL/pgSQL: what it runs is not judged"
			: "DO block that runs SQL built at run time (EXECUTE): that SQL is not judged");
	}
}

static void lint_one(struct linter *l, struct stmt *st, bool inner)
{
	struct qname created = { 0 };
	const PgQuery__RangeVar *matview = NULL;
	struct table *mv;
	struct diags bd;

	l->st = st;
	l->fact = arena_alloc(l->a, sizeof(*l->fact));
	l->fact->file = st->file;
	l->fact->offset = l->do_offset >= 0 ? l->do_offset : st->offset;
	l->fact->statement = first_line(l->a, st);
	if (l->first) {
		l->fact->txmode = l->fact_mode;
		l->first = false;
	}
	l->stood_in = false;
	l->stmt_lock = PG_LOCK_NONE;
	vec_push(&l->r->facts, l->a, l->fact);
	lint_stmt(l);
	if (st->node->node_case == PG_QUERY__NODE__NODE_CREATE_STMT) {
		const PgQuery__RangeVar *rv = st->node->create_stmt->relation;
		created.schema = has(rv->schemaname) ? rv->schemaname : catalog_creation_schema(l->cat);
		created.name = ident_truncate(l->a, rv->relname);
	} else if (st->node->node_case == PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT &&
		   st->node->create_table_as_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW) {
		matview = st->node->create_table_as_stmt->into->rel;
	}
	/* a drop reported as refused is applied as CASCADE, so that the
	 * builder does not report it again and later statements see the
	 * dependents gone */
	for (size_t i = 0; i < l->forced.n; i++)
		*(PgQuery__DropBehavior *)l->forced.items[i] = PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
	diags_init(&bd, l->a);
	build_stmt(l->cat, st, &bd);
	builder_said(l, &bd, inner);
	for (size_t i = 0; i < l->forced.n; i++)
		*(PgQuery__DropBehavior *)l->forced.items[i] = PG_QUERY__DROP_BEHAVIOR__DROP_RESTRICT;
	l->forced.n = 0;
	if (matview && (mv = matview_rel(l, matview)) != NULL && !is_new(l, mv)) {
		vec_push(&l->created, l->a, mv);
		l->fact->new_object = true;
	}
	if (created.name) {
		struct table *t = created.schema ? catalog_find_table(l->cat, &created) : NULL;
		if (t) {
			vec_push(&l->created, l->a, t);
			l->fact->new_object = true;
			create_fks(l, t, st->node->create_stmt);
		}
	}
	if (!in_tx(l))
		end_transaction(l);	/* a statement on its own commits */
}

void lint_statements(struct lint_report *r, struct catalog *cat, struct parser *p,
		     const struct lint_options *o, struct diags *d)
{
	struct linter l = { 0 };
	struct stmt st;

	l.r = r;
	l.o = o;
	l.levels = o->levels;
	l.cat = cat;
	l.d = d;
	l.a = cat->arena;
	l.do_offset = -1;
	cat->data_statements_ok = true;	/* data migrations are normal */
	while (parser_next_clean(p, &st)) {
		if (st.file != l.file) {
			end_file(&l);
			start_file(&l, &st);
		}
		if (l.down_offset >= 0 && st.offset > l.down_offset)
			continue;	/* the down part of a dbmate or goose file */
		if (st.node->node_case == PG_QUERY__NODE__NODE_DO_STMT)
			lint_do(&l, &st);
		else
			lint_one(&l, &st, false);
	}
	end_file(&l);
	fks_without_index(&l);	/* the index may come in a later file (the online part) */
}
