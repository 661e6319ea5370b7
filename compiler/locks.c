/*
 * locks.c - the facts table (locks.h). One entry per statement kind and
 * per ALTER TABLE subcommand, with the forms that differ (CONCURRENTLY, the
 * kind of constraint added) as entries of their own. The linter decides
 * from the catalog whether the condition of an entry holds; this file only
 * says what PostgreSQL 15 does.
 */
#include "locks.h"

#include <string.h>

#define NONE PG_LOCK_NONE
#define AS PG_LOCK_ACCESS_SHARE
#define RX PG_LOCK_ROW_EXCLUSIVE
#define SUE PG_LOCK_SHARE_UPDATE_EXCLUSIVE
#define SH PG_LOCK_SHARE
#define SRE PG_LOCK_SHARE_ROW_EXCLUSIVE
#define EX PG_LOCK_EXCLUSIVE
#define AE PG_LOCK_ACCESS_EXCLUSIVE

const char *pg_lock_name(enum pg_lock lock)
{
	static const char *const names[] = {
		[PG_LOCK_NONE] = "no lock",
		[PG_LOCK_ACCESS_SHARE] = "ACCESS SHARE",
		[PG_LOCK_ROW_SHARE] = "ROW SHARE",
		[PG_LOCK_ROW_EXCLUSIVE] = "ROW EXCLUSIVE",
		[PG_LOCK_SHARE_UPDATE_EXCLUSIVE] = "SHARE UPDATE EXCLUSIVE",
		[PG_LOCK_SHARE] = "SHARE",
		[PG_LOCK_SHARE_ROW_EXCLUSIVE] = "SHARE ROW EXCLUSIVE",
		[PG_LOCK_EXCLUSIVE] = "EXCLUSIVE",
		[PG_LOCK_ACCESS_EXCLUSIVE] = "ACCESS EXCLUSIVE",
	};
	return names[lock];
}

bool pg_lock_blocks_writes(enum pg_lock lock)
{
	return lock >= PG_LOCK_SHARE;	/* SHARE and up conflict with ROW EXCLUSIVE */
}

const char *pg_work_verb(enum pg_work work)
{
	static const char *const verbs[] = {
		[PG_WORK_NONE] = "",
		[PG_WORK_REWRITE] = "rewrites",
		[PG_WORK_SCAN] = "scans",
		[PG_WORK_INDEX] = "builds an index on",
		[PG_WORK_REFILL] = "refills",
		[PG_WORK_EMPTY] = "empties",
	};
	return verbs[work];
}

/* ---- ALTER TABLE subcommands ---------------------------------------------- */

#define AT(x) [PG_QUERY__ALTER_TABLE_TYPE__AT_##x]

static const struct pg_fact alter_facts[] = {
	AT(AddColumn) = { "ADD COLUMN", AE, NONE, PG_WORK_REWRITE,
			  "with a volatile default (a function not marked IMMUTABLE or STABLE counts), an identity, serial or stored generated column, or a domain type with constraints", false },
	AT(DropColumn) = { "DROP COLUMN", AE, AE, PG_WORK_NONE,
			   "(other: the tables at the other end of the foreign keys it drops)", false },
	AT(ColumnDefault) = { "ALTER COLUMN ... SET / DROP DEFAULT", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(DropNotNull) = { "ALTER COLUMN ... DROP NOT NULL", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(SetNotNull) = { "ALTER COLUMN ... SET NOT NULL", AE, NONE, PG_WORK_SCAN,
			   "unless a valid CHECK constraint proves the column not null (CHECK (col IS NOT NULL), alone or ANDed)", false },
	AT(DropExpression) = { "ALTER COLUMN ... DROP EXPRESSION", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(SetStatistics) = { "ALTER COLUMN ... SET STATISTICS", SUE, NONE, PG_WORK_NONE, NULL, false },
	AT(SetOptions) = { "ALTER COLUMN ... SET (attribute options)", SUE, NONE, PG_WORK_NONE, NULL, false },
	AT(ResetOptions) = { "ALTER COLUMN ... RESET (attribute options)", SUE, NONE, PG_WORK_NONE, NULL, false },
	AT(SetStorage) = { "ALTER COLUMN ... SET STORAGE", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(SetCompression) = { "ALTER COLUMN ... SET COMPRESSION", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(AlterColumnType) = { "ALTER COLUMN ... TYPE", AE, NONE, PG_WORK_REWRITE,
				"unless the new type is binary coercible from the old one (varchar(n) to varchar(m >= n) or text, numeric(p,s) to numeric(p' >= p,s), cidr to inet, timestamp to timestamptz with the session TimeZone UTC) and USING, if written, only casts the column", false },
	AT(AlterConstraint) = { "ALTER CONSTRAINT", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(ValidateConstraint) = { "VALIDATE CONSTRAINT", SUE, PG_LOCK_ROW_SHARE, PG_WORK_SCAN,
				   "(other: a foreign key's referenced table, whose rows it looks up)", false },
	AT(DropConstraint) = { "DROP CONSTRAINT", AE, AE, PG_WORK_NONE,
			       "(other: a foreign key's referenced table)", false },
	AT(AddIndexConstraint) = { "ADD PRIMARY KEY / UNIQUE USING INDEX", AE, NONE, PG_WORK_SCAN,
				   "for a primary key over a column that is not NOT NULL (it sets NOT NULL)", false },
	AT(ClusterOn) = { "CLUSTER ON", SUE, NONE, PG_WORK_NONE, NULL, false },
	AT(DropCluster) = { "SET WITHOUT CLUSTER", SUE, NONE, PG_WORK_NONE, NULL, false },
	AT(SetLogged) = { "SET LOGGED", AE, NONE, PG_WORK_REWRITE, "of an unlogged table", false },
	AT(SetUnLogged) = { "SET UNLOGGED", AE, NONE, PG_WORK_REWRITE, "of a logged table", false },
	AT(SetAccessMethod) = { "SET ACCESS METHOD", AE, NONE, PG_WORK_REWRITE,
				"to another access method than the table's (heap)", false },
	AT(SetTableSpace) = { "SET TABLESPACE", AE, NONE, PG_WORK_REWRITE,
			      "to another tablespace than the table's (its files are copied)", false },
	AT(SetRelOptions) = { "SET (storage parameters)", SUE, NONE, PG_WORK_NONE, NULL, false },
	AT(ResetRelOptions) = { "RESET (storage parameters)", SUE, NONE, PG_WORK_NONE, NULL, false },
	AT(ReplaceRelOptions) = { "(storage parameters replaced)", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(EnableTrig) = { "ENABLE TRIGGER", SRE, NONE, PG_WORK_NONE, NULL, false },
	AT(EnableAlwaysTrig) = { "ENABLE ALWAYS TRIGGER", SRE, NONE, PG_WORK_NONE, NULL, false },
	AT(EnableReplicaTrig) = { "ENABLE REPLICA TRIGGER", SRE, NONE, PG_WORK_NONE, NULL, false },
	AT(EnableTrigAll) = { "ENABLE TRIGGER ALL", SRE, NONE, PG_WORK_NONE, NULL, false },
	AT(EnableTrigUser) = { "ENABLE TRIGGER USER", SRE, NONE, PG_WORK_NONE, NULL, false },
	AT(DisableTrig) = { "DISABLE TRIGGER", SRE, NONE, PG_WORK_NONE, NULL, false },
	AT(DisableTrigAll) = { "DISABLE TRIGGER ALL", SRE, NONE, PG_WORK_NONE, NULL, false },
	AT(DisableTrigUser) = { "DISABLE TRIGGER USER", SRE, NONE, PG_WORK_NONE, NULL, false },
	AT(EnableRule) = { "ENABLE RULE", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(EnableAlwaysRule) = { "ENABLE ALWAYS RULE", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(EnableReplicaRule) = { "ENABLE REPLICA RULE", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(DisableRule) = { "DISABLE RULE", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(AddInherit) = { "INHERIT", AE, SUE, PG_WORK_NONE, "(other: the parent)", false },
	AT(DropInherit) = { "NO INHERIT", AE, SUE, PG_WORK_NONE, "(other: the parent)", false },
	AT(AddOf) = { "OF type", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(DropOf) = { "NOT OF", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(ReplicaIdentity) = { "REPLICA IDENTITY", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(EnableRowSecurity) = { "ENABLE ROW LEVEL SECURITY", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(DisableRowSecurity) = { "DISABLE ROW LEVEL SECURITY", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(ForceRowSecurity) = { "FORCE ROW LEVEL SECURITY", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(NoForceRowSecurity) = { "NO FORCE ROW LEVEL SECURITY", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(GenericOptions) = { "OPTIONS (foreign table)", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(AttachPartition) = { "ATTACH PARTITION", SUE, AE, PG_WORK_SCAN,
				"of the partition attached (other: ACCESS EXCLUSIVE), unless a valid CHECK constraint proves its bound; the default partition, if any, is scanned too", false },
	AT(DetachPartition) = { "DETACH PARTITION", AE, AE, PG_WORK_NONE, NULL, false },
	AT(DetachPartitionFinalize) = { "DETACH PARTITION ... FINALIZE", SUE, SUE, PG_WORK_NONE, NULL, false },
	AT(AddIdentity) = { "ALTER COLUMN ... ADD GENERATED AS IDENTITY", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(SetIdentity) = { "ALTER COLUMN ... SET (identity options)", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(DropIdentity) = { "ALTER COLUMN ... DROP IDENTITY", AE, NONE, PG_WORK_NONE, NULL, false },
	AT(ChangeOwner) = { "OWNER TO", AE, NONE, PG_WORK_NONE, NULL, false },
};

/* The forms of a subcommand that differ from its table entry. */
static const struct pg_fact add_foreign_key = {
	"ADD FOREIGN KEY", SRE, SRE, PG_WORK_SCAN,
	"unless NOT VALID, or declared on a column the same ADD COLUMN adds with no default", false
};
static const struct pg_fact add_check = {
	"ADD CHECK", AE, NONE, PG_WORK_SCAN, "unless NOT VALID", false
};
static const struct pg_fact add_key = {
	"ADD PRIMARY KEY / UNIQUE / EXCLUDE", AE, NONE, PG_WORK_INDEX,
	"(a primary key also sets NOT NULL on its columns, scanning unless proven)", false
};
static const struct pg_fact add_constraint = {
	"ADD CONSTRAINT", AE, NONE, PG_WORK_NONE, NULL, false
};
static const struct pg_fact detach_concurrently = {
	"DETACH PARTITION ... CONCURRENTLY", SUE, SUE, PG_WORK_NONE, NULL, true
};

const struct pg_fact *facts_add_constraint(char kind)
{
	switch (kind) {
	case 'f':
		return &add_foreign_key;
	case 'c':
		return &add_check;
	case 'p':
	case 'u':
	case 'x':
		return &add_key;
	default:
		return &add_constraint;
	}
}

const struct pg_fact *facts_alter(PgQuery__AlterTableType subtype)
{
	size_t st = (size_t)subtype;

	if (st < sizeof(alter_facts) / sizeof(alter_facts[0]) && alter_facts[st].what)
		return &alter_facts[st];
	return NULL;
}

const struct pg_fact *facts_alter_cmd(const PgQuery__AlterTableCmd *cmd)
{

	switch (cmd->subtype) {
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
		if (!cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
			return &add_constraint;
		switch (cmd->def->constraint->contype) {
		case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
			return facts_add_constraint('f');
		case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
			return facts_add_constraint('c');
		case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
		case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
		case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
			return cmd->def->constraint->indexname && *cmd->def->constraint->indexname
				? &alter_facts[PG_QUERY__ALTER_TABLE_TYPE__AT_AddIndexConstraint]
				: facts_add_constraint('p');
		default:
			return facts_add_constraint(0);
		}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition:
		if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_PARTITION_CMD &&
		    cmd->def->partition_cmd->concurrent)
			return &detach_concurrently;
		break;
	default:
		break;
	}
	return facts_alter(cmd->subtype);
}

/* ---- other statements ------------------------------------------------------ */

enum {
	F_CREATE_INDEX, F_CREATE_INDEX_CONCURRENTLY, F_DROP_INDEX, F_DROP_INDEX_CONCURRENTLY,
	F_REINDEX, F_REINDEX_CONCURRENTLY, F_DROP_TABLE, F_DROP_RELATION, F_DROP_ON_TABLE,
	F_DROP_OTHER, F_TRUNCATE, F_VACUUM, F_VACUUM_FULL, F_ANALYZE, F_CLUSTER, F_REFRESH,
	F_REFRESH_CONCURRENTLY, F_CREATE_TRIGGER, F_POLICY, F_RULE, F_COMMENT,
	F_CREATE_STATISTICS, F_RENAME_TABLE, F_RENAME_INDEX, F_RENAME_OTHER, F_SET_SCHEMA,
	F_LOCK, F_CREATE_TABLE, F_CREATE_PARTITION, F_CREATE_TABLE_AS, F_CREATE_VIEW, F_DML,
	F_OWNER, F_GRANT, F_DOMAIN_CHECK, F_DOMAIN_NOT_NULL, F_DOMAIN_VALIDATE, F_CATALOG_ONLY,
	F_CLUSTER_LEVEL, F_SESSION, F_DO, F_CALL, F_TRANSACTION, F_NFACTS
};

static const struct pg_fact stmt_facts[] = {
	[F_CREATE_INDEX] = { "CREATE INDEX", SH, NONE, PG_WORK_INDEX, NULL, false },
	[F_CREATE_INDEX_CONCURRENTLY] = { "CREATE INDEX CONCURRENTLY", SUE, NONE, PG_WORK_INDEX,
					  "(two scans, waiting for the transactions that use the table)", true },
	[F_DROP_INDEX] = { "DROP INDEX", AE, NONE, PG_WORK_NONE, NULL, false },
	[F_DROP_INDEX_CONCURRENTLY] = { "DROP INDEX CONCURRENTLY", SUE, NONE, PG_WORK_NONE, NULL, true },
	[F_REINDEX] = { "REINDEX", SH, NONE, PG_WORK_INDEX,
			"(ACCESS EXCLUSIVE on each index rebuilt: reads that use it wait)", false },
	[F_REINDEX_CONCURRENTLY] = { "REINDEX CONCURRENTLY", SUE, NONE, PG_WORK_INDEX, NULL, true },
	[F_DROP_TABLE] = { "DROP TABLE", AE, AE, PG_WORK_NONE,
			   "(other: the tables whose foreign keys reference it)", false },
	[F_DROP_RELATION] = { "DROP VIEW / MATERIALIZED VIEW / SEQUENCE", AE, NONE, PG_WORK_NONE, NULL, false },
	[F_DROP_ON_TABLE] = { "DROP TRIGGER / POLICY / RULE", AE, NONE, PG_WORK_NONE, NULL, false },
	[F_DROP_OTHER] = { "DROP (type, function, schema, ...)", NONE, NONE, PG_WORK_NONE, NULL, false },
	[F_TRUNCATE] = { "TRUNCATE", AE, NONE, PG_WORK_EMPTY, NULL, false },
	[F_VACUUM] = { "VACUUM", SUE, NONE, PG_WORK_SCAN, NULL, true },
	[F_VACUUM_FULL] = { "VACUUM FULL", AE, NONE, PG_WORK_REWRITE, NULL, true },
	[F_ANALYZE] = { "ANALYZE", SUE, NONE, PG_WORK_NONE, "(reads a sample)", false },
	[F_CLUSTER] = { "CLUSTER", AE, NONE, PG_WORK_REWRITE, NULL, false },
	[F_REFRESH] = { "REFRESH MATERIALIZED VIEW", AE, NONE, PG_WORK_REFILL,
			"unless WITH NO DATA", false },
	[F_REFRESH_CONCURRENTLY] = { "REFRESH MATERIALIZED VIEW CONCURRENTLY", EX, NONE, PG_WORK_REFILL, NULL, false },
	[F_CREATE_TRIGGER] = { "CREATE TRIGGER", SRE, NONE, PG_WORK_NONE, NULL, false },
	[F_POLICY] = { "CREATE / ALTER POLICY", AE, NONE, PG_WORK_NONE, NULL, false },
	[F_RULE] = { "CREATE RULE", AE, NONE, PG_WORK_NONE, NULL, false },
	[F_COMMENT] = { "COMMENT ON", SUE, NONE, PG_WORK_NONE, NULL, false },
	[F_CREATE_STATISTICS] = { "CREATE STATISTICS", SUE, NONE, PG_WORK_NONE, NULL, false },
	[F_RENAME_TABLE] = { "ALTER TABLE ... RENAME (table, column, constraint)", AE, NONE, PG_WORK_NONE, NULL, false },
	[F_RENAME_INDEX] = { "ALTER INDEX ... RENAME", SUE, NONE, PG_WORK_NONE, "(on the index)", false },
	[F_RENAME_OTHER] = { "ALTER ... RENAME (schema, type, enum value, function, ...)", NONE, NONE, PG_WORK_NONE, NULL, false },
	[F_SET_SCHEMA] = { "ALTER ... SET SCHEMA", AE, NONE, PG_WORK_NONE, NULL, false },
	[F_LOCK] = { "LOCK TABLE", AE, NONE, PG_WORK_NONE, "(the mode written; ACCESS EXCLUSIVE by default)", false },
	[F_CREATE_TABLE] = { "CREATE TABLE", NONE, SRE, PG_WORK_NONE,
			     "(other: the tables its foreign keys reference)", false },
	[F_CREATE_PARTITION] = { "CREATE TABLE ... PARTITION OF", NONE, AE, PG_WORK_NONE,
				 "(other: the parent; its default partition, if any, is scanned)", false },
	[F_CREATE_TABLE_AS] = { "CREATE TABLE ... AS / SELECT INTO", NONE, AS, PG_WORK_NONE,
				"(other: the tables its query reads)", false },
	[F_CREATE_VIEW] = { "CREATE VIEW", NONE, AS, PG_WORK_NONE, "(other: the tables it reads)", false },
	[F_DML] = { "INSERT / UPDATE / DELETE / MERGE", RX, NONE, PG_WORK_NONE, NULL, false },
	[F_OWNER] = { "ALTER ... OWNER TO", AE, NONE, PG_WORK_NONE, NULL, false },
	[F_GRANT] = { "GRANT / REVOKE", NONE, NONE, PG_WORK_NONE, NULL, false },
	/* validateDomainConstraint: each table with a column of the domain
	 * (or of a domain over it), locked SHARE, read whole */
	[F_DOMAIN_CHECK] = { "ALTER DOMAIN ... ADD CONSTRAINT (CHECK)", NONE, SH, PG_WORK_SCAN,
			     "unless NOT VALID (other: every table with a column of the domain)", false },
	[F_DOMAIN_NOT_NULL] = { "ALTER DOMAIN ... SET NOT NULL", NONE, SH, PG_WORK_SCAN,
				"(other: every table with a column of the domain)", false },
	[F_DOMAIN_VALIDATE] = { "ALTER DOMAIN ... VALIDATE CONSTRAINT", NONE, SH, PG_WORK_SCAN,
				"(other: every table with a column of the domain; writes wait)", false },
	[F_CATALOG_ONLY] = { "CREATE / ALTER of a type, function, sequence, schema, extension, ...", NONE, NONE, PG_WORK_NONE, NULL, false },
	[F_CLUSTER_LEVEL] = { "roles, databases, tablespaces, subscriptions, ALTER SYSTEM", NONE, NONE, PG_WORK_NONE,
			      "(CREATE / DROP DATABASE, tablespaces and ALTER SYSTEM refuse a transaction block)", false },
	[F_SESSION] = { "SET, RESET, SHOW, LISTEN, NOTIFY, PREPARE, EXPLAIN, SELECT, COPY, ...", NONE, NONE, PG_WORK_NONE, NULL, false },
	[F_DO] = { "DO", NONE, NONE, PG_WORK_NONE, "(its static statements are judged one by one)", false },
	[F_CALL] = { "CALL", NONE, NONE, PG_WORK_NONE, "(what the procedure does is not known)", false },
	[F_TRANSACTION] = { "BEGIN / COMMIT / ROLLBACK / SAVEPOINT", NONE, NONE, PG_WORK_NONE, NULL, false },
};

static bool concurrent_param(PgQuery__Node **params, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (params[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
		    strcmp(params[i]->def_elem->defname, "concurrently") == 0)
			return true;
	return false;
}

static bool vacuum_full(const PgQuery__VacuumStmt *vs)
{
	for (size_t i = 0; i < vs->n_options; i++) {
		const PgQuery__Node *o = vs->options[i], *arg;
		if (o->node_case != PG_QUERY__NODE__NODE_DEF_ELEM || strcmp(o->def_elem->defname, "full") != 0)
			continue;
		arg = o->def_elem->arg;	/* FULL, FULL true, FULL false, FULL 0 */
		return !(arg && ((arg->node_case == PG_QUERY__NODE__NODE_BOOLEAN && !arg->boolean->boolval) ||
				 (arg->node_case == PG_QUERY__NODE__NODE_INTEGER && !arg->integer->ival) ||
				 (arg->node_case == PG_QUERY__NODE__NODE_STRING &&
				  (strcmp(arg->string->sval, "false") == 0 ||
				   strcmp(arg->string->sval, "off") == 0))));
	}
	return false;
}

/* ALTER ... RENAME's entry by what it renames. */
static int rename_fact(PgQuery__ObjectType type)
{
	switch (type) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
		return F_RENAME_INDEX;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT:
	case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
	case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
	case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
		return F_RENAME_TABLE;
	default:
		return F_RENAME_OTHER;
	}
}

const struct pg_fact *facts_rename(PgQuery__ObjectType type)
{
	return &stmt_facts[rename_fact(type)];
}

/* ALTER DOMAIN's entry by its subtype letter: ADD CONSTRAINT (of a CHECK
 * or NOT NULL, which the entry's condition tells apart), SET NOT NULL and
 * VALIDATE check the stored values; the rest is the catalog only. */
static int domain_fact(char subtype)
{
	switch (subtype) {
	case 'C':
		return F_DOMAIN_CHECK;
	case 'O':
		return F_DOMAIN_NOT_NULL;
	case 'V':
		return F_DOMAIN_VALIDATE;
	default:
		return F_CATALOG_ONLY;
	}
}

const struct pg_fact *facts_alter_domain(char subtype)
{
	return &stmt_facts[domain_fact(subtype)];
}

const struct pg_fact *facts_create_index(bool concurrently)
{
	return &stmt_facts[concurrently ? F_CREATE_INDEX_CONCURRENTLY : F_CREATE_INDEX];
}

/* The entry of a statement, F_NFACTS if none. */
static int stmt_fact(const PgQuery__Node *n)
{
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_INDEX_STMT:
		return n->index_stmt->concurrent ? F_CREATE_INDEX_CONCURRENTLY : F_CREATE_INDEX;
	case PG_QUERY__NODE__NODE_REINDEX_STMT:
		return concurrent_param(n->reindex_stmt->params, n->reindex_stmt->n_params)
			? F_REINDEX_CONCURRENTLY : F_REINDEX;
	case PG_QUERY__NODE__NODE_DROP_STMT:
		switch (n->drop_stmt->remove_type) {
		case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
			return n->drop_stmt->concurrent ? F_DROP_INDEX_CONCURRENTLY : F_DROP_INDEX;
		case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
		case PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE:
			return F_DROP_TABLE;
		case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
		case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
		case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
			return F_DROP_RELATION;
		case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
		case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
		case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
			return F_DROP_ON_TABLE;
		default:
			return F_DROP_OTHER;
		}
	case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
		return F_TRUNCATE;
	case PG_QUERY__NODE__NODE_VACUUM_STMT:
		if (!n->vacuum_stmt->is_vacuumcmd)
			return F_ANALYZE;
		return vacuum_full(n->vacuum_stmt) ? F_VACUUM_FULL : F_VACUUM;
	case PG_QUERY__NODE__NODE_CLUSTER_STMT:
		return F_CLUSTER;
	case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT:
		return n->refresh_mat_view_stmt->concurrent ? F_REFRESH_CONCURRENTLY : F_REFRESH;
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
		return F_CREATE_TRIGGER;
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
	case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
		return F_POLICY;
	case PG_QUERY__NODE__NODE_RULE_STMT:
		return F_RULE;
	case PG_QUERY__NODE__NODE_COMMENT_STMT:
	case PG_QUERY__NODE__NODE_SEC_LABEL_STMT:
		return F_COMMENT;
	case PG_QUERY__NODE__NODE_CREATE_STATS_STMT:
	case PG_QUERY__NODE__NODE_ALTER_STATS_STMT:
		return F_CREATE_STATISTICS;
	case PG_QUERY__NODE__NODE_RENAME_STMT:
		return rename_fact(n->rename_stmt->rename_type);
	case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
		return n->alter_object_schema_stmt->relation ? F_SET_SCHEMA : F_CATALOG_ONLY;
	case PG_QUERY__NODE__NODE_LOCK_STMT:
		return F_LOCK;
	case PG_QUERY__NODE__NODE_CREATE_STMT:
	case PG_QUERY__NODE__NODE_CREATE_FOREIGN_TABLE_STMT:
		return n->node_case == PG_QUERY__NODE__NODE_CREATE_STMT && n->create_stmt->partbound
			? F_CREATE_PARTITION : F_CREATE_TABLE;
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		return F_CREATE_TABLE_AS;
	case PG_QUERY__NODE__NODE_VIEW_STMT:
		return F_CREATE_VIEW;
	case PG_QUERY__NODE__NODE_INSERT_STMT:
	case PG_QUERY__NODE__NODE_UPDATE_STMT:
	case PG_QUERY__NODE__NODE_DELETE_STMT:
	case PG_QUERY__NODE__NODE_MERGE_STMT:
		return F_DML;
	case PG_QUERY__NODE__NODE_ALTER_OWNER_STMT:
		return F_OWNER;
	case PG_QUERY__NODE__NODE_GRANT_STMT:
	case PG_QUERY__NODE__NODE_GRANT_ROLE_STMT:
	case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
		return F_GRANT;
	case PG_QUERY__NODE__NODE_CREATE_SCHEMA_STMT:
	case PG_QUERY__NODE__NODE_CREATE_EXTENSION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_EXTENSION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_EXTENSION_CONTENTS_STMT:
	case PG_QUERY__NODE__NODE_CREATE_SEQ_STMT:
	case PG_QUERY__NODE__NODE_ALTER_SEQ_STMT:
	case PG_QUERY__NODE__NODE_CREATE_ENUM_STMT:
	case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
	case PG_QUERY__NODE__NODE_CREATE_DOMAIN_STMT:
	case PG_QUERY__NODE__NODE_COMPOSITE_TYPE_STMT:
	case PG_QUERY__NODE__NODE_CREATE_RANGE_STMT:
	case PG_QUERY__NODE__NODE_DEFINE_STMT:
	case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_FUNCTION_STMT:
	case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT:
	case PG_QUERY__NODE__NODE_ALTER_EVENT_TRIG_STMT:
	case PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT:
	case PG_QUERY__NODE__NODE_CREATE_CAST_STMT:
	case PG_QUERY__NODE__NODE_CREATE_OP_CLASS_STMT:
	case PG_QUERY__NODE__NODE_CREATE_OP_FAMILY_STMT:
	case PG_QUERY__NODE__NODE_ALTER_OP_FAMILY_STMT:
	case PG_QUERY__NODE__NODE_ALTER_OPERATOR_STMT:
	case PG_QUERY__NODE__NODE_ALTER_TYPE_STMT:
	case PG_QUERY__NODE__NODE_CREATE_CONVERSION_STMT:
	case PG_QUERY__NODE__NODE_CREATE_TRANSFORM_STMT:
	case PG_QUERY__NODE__NODE_CREATE_PLANG_STMT:
	case PG_QUERY__NODE__NODE_CREATE_FDW_STMT:
	case PG_QUERY__NODE__NODE_ALTER_FDW_STMT:
	case PG_QUERY__NODE__NODE_CREATE_FOREIGN_SERVER_STMT:
	case PG_QUERY__NODE__NODE_ALTER_FOREIGN_SERVER_STMT:
	case PG_QUERY__NODE__NODE_CREATE_USER_MAPPING_STMT:
	case PG_QUERY__NODE__NODE_ALTER_USER_MAPPING_STMT:
	case PG_QUERY__NODE__NODE_DROP_USER_MAPPING_STMT:
	case PG_QUERY__NODE__NODE_IMPORT_FOREIGN_SCHEMA_STMT:
	case PG_QUERY__NODE__NODE_ALTER_TSDICTIONARY_STMT:
	case PG_QUERY__NODE__NODE_ALTER_TSCONFIGURATION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_COLLATION_STMT:
	case PG_QUERY__NODE__NODE_CREATE_AM_STMT:
		return F_CATALOG_ONLY;
	case PG_QUERY__NODE__NODE_ALTER_DOMAIN_STMT:
		return domain_fact(n->alter_domain_stmt->subtype ? n->alter_domain_stmt->subtype[0] : 0);
	case PG_QUERY__NODE__NODE_CREATE_ROLE_STMT:
	case PG_QUERY__NODE__NODE_ALTER_ROLE_STMT:
	case PG_QUERY__NODE__NODE_ALTER_ROLE_SET_STMT:
	case PG_QUERY__NODE__NODE_DROP_ROLE_STMT:
	case PG_QUERY__NODE__NODE_CREATEDB_STMT:
	case PG_QUERY__NODE__NODE_ALTER_DATABASE_STMT:
	case PG_QUERY__NODE__NODE_ALTER_DATABASE_SET_STMT:
	case PG_QUERY__NODE__NODE_ALTER_DATABASE_REFRESH_COLL_STMT:
	case PG_QUERY__NODE__NODE_DROPDB_STMT:
	case PG_QUERY__NODE__NODE_CREATE_TABLE_SPACE_STMT:
	case PG_QUERY__NODE__NODE_DROP_TABLE_SPACE_STMT:
	case PG_QUERY__NODE__NODE_ALTER_TABLE_SPACE_OPTIONS_STMT:
	case PG_QUERY__NODE__NODE_ALTER_TABLE_MOVE_ALL_STMT:
	case PG_QUERY__NODE__NODE_CREATE_SUBSCRIPTION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_SUBSCRIPTION_STMT:
	case PG_QUERY__NODE__NODE_DROP_SUBSCRIPTION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_SYSTEM_STMT:
	case PG_QUERY__NODE__NODE_REASSIGN_OWNED_STMT:
	case PG_QUERY__NODE__NODE_DROP_OWNED_STMT:
		return F_CLUSTER_LEVEL;
	case PG_QUERY__NODE__NODE_VARIABLE_SET_STMT:
	case PG_QUERY__NODE__NODE_VARIABLE_SHOW_STMT:
	case PG_QUERY__NODE__NODE_SELECT_STMT:
	case PG_QUERY__NODE__NODE_LISTEN_STMT:
	case PG_QUERY__NODE__NODE_UNLISTEN_STMT:
	case PG_QUERY__NODE__NODE_NOTIFY_STMT:
	case PG_QUERY__NODE__NODE_PREPARE_STMT:
	case PG_QUERY__NODE__NODE_EXECUTE_STMT:
	case PG_QUERY__NODE__NODE_DEALLOCATE_STMT:
	case PG_QUERY__NODE__NODE_EXPLAIN_STMT:
	case PG_QUERY__NODE__NODE_COPY_STMT:
	case PG_QUERY__NODE__NODE_CHECK_POINT_STMT:
	case PG_QUERY__NODE__NODE_DISCARD_STMT:
	case PG_QUERY__NODE__NODE_LOAD_STMT:
	case PG_QUERY__NODE__NODE_CONSTRAINTS_SET_STMT:
	case PG_QUERY__NODE__NODE_DECLARE_CURSOR_STMT:
	case PG_QUERY__NODE__NODE_CLOSE_PORTAL_STMT:
	case PG_QUERY__NODE__NODE_FETCH_STMT:
		return F_SESSION;
	case PG_QUERY__NODE__NODE_DO_STMT:
		return F_DO;
	case PG_QUERY__NODE__NODE_CALL_STMT:
		return F_CALL;
	case PG_QUERY__NODE__NODE_TRANSACTION_STMT:
		return F_TRANSACTION;
	default:
		return F_NFACTS;
	}
}

const struct pg_fact *facts_stmt(const PgQuery__Node *n)
{
	int f = stmt_fact(n);

	return f == F_NFACTS ? NULL : &stmt_facts[f];
}

bool facts_known(const PgQuery__Node *n)
{
	return n->node_case == PG_QUERY__NODE__NODE_ALTER_TABLE_STMT || stmt_fact(n) != F_NFACTS;
}

