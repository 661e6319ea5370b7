/*
 * lint_rules.c - the rules table: each rule's id, class, what it finds
 * and how to fix it, and the names of classes, levels and transaction
 * modes as configuration and the command line spell them.
 */
#include "lint_int.h"
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

int lint_txmode_from_name(const char *name)
{
	return strcmp(name, "auto") == 0 ? LINT_TX_AUTO
	       : strcmp(name, "wrapped") == 0 ? LINT_TX_WRAPPED
	       : strcmp(name, "none") == 0 ? LINT_TX_NONE : -1;
}
