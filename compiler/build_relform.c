/*
 * build_relform.c - the forms pg_dump prints after a table's indexes, and
 * ALTER INDEX: ALTER TABLE ... REPLICA IDENTITY, CLUSTER ON and SET WITHOUT
 * CLUSTER on a table, and ALTER INDEX ... SET / RESET (storage parameters)
 * and ALTER COLUMN n SET STATISTICS on an index, checked as PostgreSQL 15
 * checks them. They change fields of struct table (replident, cluster_index)
 * and of its indexes (options, elems' statistics); an index that is dropped
 * or renamed takes its REPLICA IDENTITY and CLUSTER ON along (catalog.c).
 */
#include "build_int.h"

/* The index named name on t: a standalone index (*ix) or the index of a
 * key or exclusion constraint (*key); false when t has none. */
static bool table_index(struct table *t, const char *name, struct index **ix,
			struct constraint **key)
{
	struct constraint *c = table_find_constraint(t, name);

	*ix = table_find_index(t, name);
	*key = NULL;
	if (!*ix && c && (c->kind == CON_PRIMARY || c->kind == CON_UNIQUE ||
			  c->kind == CON_EXCLUSION))
		*key = c;
	return *ix || *key;
}

static int no_such_index(struct builder *b, struct table *t, const char *name)
{
	struct relation *r = catalog_find_relation(b->cat, &(struct qname){ t->name.schema, name });

	if (r)
		return build_error(b, -1, "'%s' is not an index for table '%s'", name, t->name.name);
	return build_error(b, -1, "index '%s' for table '%s' does not exist", name, t->name.name);
}

static bool elems_have_expr(const struct ptrvec *elems)
{
	for (size_t i = 0; i < elems->n; i++)
		if (((const struct index_elem *)elems->items[i])->expr)
			return true;
	return false;
}

/* REPLICA IDENTITY USING INDEX: a unique, immediate index over NOT NULL
 * columns only, without expressions or predicate. */
static int replica_index(struct builder *b, struct table *t, const char *name)
{
	struct index *ix;
	struct constraint *key;
	const struct ptrvec *cols = NULL;

	if (!table_index(t, name, &ix, &key))
		return no_such_index(b, t, name);
	if (ix ? !ix->unique : key->kind == CON_EXCLUSION)
		return build_error(b, -1, "cannot use non-unique index '%s' as replica identity", name);
	if (key && key->deferrable)
		return build_error(b, -1, "cannot use non-immediate index '%s' as replica identity",
				   name);
	if (ix && elems_have_expr(&ix->elems))
		return build_error(b, -1, "cannot use expression index '%s' as replica identity", name);
	if (ix && ix->where)
		return build_error(b, -1, "cannot use partial index '%s' as replica identity", name);
	if (key) {
		cols = &key->columns;
	} else {
		for (size_t i = 0; i < ix->elems.n; i++) {
			const struct index_elem *e = ix->elems.items[i];
			const struct column *c = table_find_column(t, e->column);
			if (c && !c->not_null)
				return build_error(b, -1,
						   "index '%s' cannot be used as replica identity because column '%s' is nullable",
						   name, c->name);
		}
	}
	for (size_t i = 0; cols && i < cols->n; i++) {
		const struct column *c = table_find_column(t, cols->items[i]);
		if (c && !c->not_null && key->kind != CON_PRIMARY)
			return build_error(b, -1,
					   "index '%s' cannot be used as replica identity because column '%s' is nullable",
					   name, c->name);
	}
	t->replident = 'i';
	t->replident_index = ix ? ix->name : key->name;
	return 0;
}

int build_replica_identity(struct builder *b, struct table *t, PgQuery__AlterTableCmd *cmd)
{
	PgQuery__ReplicaIdentityStmt *ri = cmd->def->replica_identity_stmt;
	char kind = ri->identity_type && *ri->identity_type ? *ri->identity_type : 'd';

	if (kind == 'i')
		return replica_index(b, t, ident_truncate(b->a, ri->name));
	t->replident = kind == 'd' ? 0 : kind;
	t->replident_index = NULL;
	return 0;
}

/* CLUSTER ON: an index whose access method can cluster, without predicate. */
int build_cluster_on(struct builder *b, struct table *t, PgQuery__AlterTableCmd *cmd)
{
	const char *name = ident_truncate(b->a, cmd->name);
	struct index *ix;
	struct constraint *key;
	const char *method;

	if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster) {
		t->cluster_index = NULL;
		return 0;
	}
	if (t->partkey)
		return build_error(b, -1, "cannot mark index clustered in partitioned table");
	if (!table_index(t, name, &ix, &key))
		return no_such_index(b, t, name);
	method = ix ? ix->method : key->method ? key->method : "btree";
	if (strcmp(method, "btree") != 0 && strcmp(method, "gist") != 0)
		return build_error(b, -1,
				   "cannot cluster on index '%s' because access method does not support clustering",
				   name);
	if (ix ? ix->where != NULL : key->where != NULL)
		return build_error(b, -1, "cannot cluster on partial index '%s'", name);
	t->cluster_index = ix ? ix->name : key->name;
	return 0;
}

/* SET STATISTICS n: -1 is the default; PostgreSQL lowers what passes
 * 10000 (with a warning). */
int build_statistics_target(struct builder *b, PgQuery__AlterTableCmd *cmd, bool *has, int *value)
{
	int v = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_INTEGER
		? cmd->def->integer->ival : -1;

	if (v > 10000)
		v = 10000;
	if (v < -1)
		return build_error(b, -1, "statistics target %d is too low", v);
	*has = v != -1;
	*value = v == -1 ? 0 : v;
	return 0;
}

/* ALTER INDEX i ALTER COLUMN n SET STATISTICS m: n counts the key columns
 * from 1, and only an expression has statistics of its own. */
static int index_statistics(struct builder *b, struct index *ix, PgQuery__AlterTableCmd *cmd)
{
	struct index_elem *e;

	if (cmd->num < 1 || (size_t)cmd->num > ix->elems.n + ix->include.n)
		return build_error(b, -1, "column number %d of relation '%s' does not exist", cmd->num,
				   ix->name);
	if ((size_t)cmd->num > ix->elems.n)
		return build_error(b, -1,
				   "cannot alter statistics on included column '%s' of index '%s'",
				   (const char *)ix->include.items[cmd->num - 1 - ix->elems.n], ix->name);
	e = ix->elems.items[cmd->num - 1];
	if (!e->expr)
		return build_error(b, -1,
				   "cannot alter statistics on non-expression column '%s' of index '%s'",
				   e->column, ix->name);
	return build_statistics_target(b, cmd, &e->has_statistics, &e->statistics);
}

int build_alter_index(struct builder *b, PgQuery__AlterTableStmt *as)
{
	const char *name = ident_truncate(b->a, as->relation->relname);
	struct relation *r = build_lookup_relation(b, as->relation->schemaname, name);
	struct reloptions *opts;

	if (!r || (r->kind != REL_INDEX && r->kind != REL_CONSTRAINT_INDEX)) {
		if (!r && as->missing_ok)
			return 0;
		if (r)
			return build_error(b, as->relation->location, "'%s' is not an index",
					   as->relation->relname);
		return build_name_error(b, as->relation->location, "relation", as->relation->relname,
					DIAG_NAME_MISSING);
	}
	opts = r->kind == REL_INDEX ? &((struct index *)r->obj)->options
				    : &((struct constraint *)r->obj)->options;
	for (size_t i = 0; i < as->n_cmds; i++) {
		PgQuery__AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
		int ret = 0;
		switch (cmd->subtype) {
		case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
		case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
			ret = build_set_reloptions(b, opts, cmd,
						   cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions);
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
			if (r->kind != REL_INDEX)
				return build_error(b, as->relation->location,
						   "cannot alter statistics on non-expression column of index '%s'",
						   name);
			ret = index_statistics(b, r->obj, cmd);
			break;
		case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
			break;	/* an index has its table's owner */
		default:
			return build_error(b, as->relation->location, "unsupported statement: ALTER INDEX");
		}
		if (ret < 0)
			return -1;
	}
	return 0;
}

/* ---- CREATE TABLE ... (LIKE ...) -------------------------------------- */

/* The INCLUDING bits of a LIKE clause, as PostgreSQL's TableLikeOption. */
enum {
	LIKE_COMMENTS = 1 << 0,
	LIKE_COMPRESSION = 1 << 1,
	LIKE_CONSTRAINTS = 1 << 2,
	LIKE_DEFAULTS = 1 << 3,
	LIKE_GENERATED = 1 << 4,
	LIKE_IDENTITY = 1 << 5,
	LIKE_INDEXES = 1 << 6,
	LIKE_STATISTICS = 1 << 7,	/* extended statistics: not modelled */
	LIKE_STORAGE = 1 << 8,
};

static struct table *like_source(struct builder *b, PgQuery__TableLikeClause *lc)
{
	struct relation *r = build_lookup_relation(b, lc->relation->schemaname,
					     ident_truncate(b->a, lc->relation->relname));

	if (r && r->kind == REL_VIEW) {
		build_error(b, lc->relation->location, "unsupported: LIKE of a view");
		return NULL;
	}
	return build_lookup_table(b, lc->relation, false);
}

/* The source's columns, as PostgreSQL copies them: name, type, collation
 * and NOT NULL always; the rest as INCLUDING says. */
int build_like_columns(struct builder *b, struct table *t, PgQuery__TableLikeClause *lc)
{
	struct table *src = like_source(b, lc);
	unsigned opts = lc->options;

	if (!src)
		return -1;
	for (size_t i = 0; i < src->columns.n; i++) {
		const struct column *sc = src->columns.items[i];
		struct column *c;
		if (table_find_column(t, sc->name))
			return build_error(b, lc->relation->location,
					   "column '%s' specified more than once", sc->name);
		c = arena_alloc(b->a, sizeof(*c));
		c->name = sc->name;
		c->type = sc->type;
		c->collation = sc->collation;
		c->not_null = sc->not_null;
		c->loc = t->loc;
		if (sc->generated && (opts & LIKE_GENERATED)) {
			c->def = sc->def;
			c->generated = true;
		} else if (!sc->generated && !sc->identity && (opts & LIKE_DEFAULTS)) {
			c->def = sc->def;
		}
		if (opts & LIKE_STORAGE)
			c->storage = sc->storage;
		if (opts & LIKE_COMPRESSION)
			c->compression = sc->compression;
		if (opts & LIKE_COMMENTS)
			c->comment = sc->comment;
		vec_push(&t->columns, b->a, c);
		if (sc->identity && (opts & LIKE_IDENTITY)) {
			if (build_set_identity(b, t, c, NULL, NULL, 0,
					       sc->identity == IDENTITY_ALWAYS ? 'a' : 'd') < 0)
				return -1;
			if (sc->identity_seq)
				c->identity_seq->opts = sc->identity_seq->opts;
		}
	}
	return 0;
}

/* Checks keep their names; keys and indexes are named for the new table. */
int build_like_finish(struct builder *b, struct table *t, PgQuery__TableLikeClause *lc)
{
	struct table *src = like_source(b, lc);
	unsigned opts = lc->options;
	bool comments = opts & LIKE_COMMENTS;

	if (!src)
		return -1;
	for (size_t i = 0; (opts & LIKE_CONSTRAINTS) && i < src->constraints.n; i++) {
		const struct constraint *k = src->constraints.items[i];
		struct constraint *n;
		if (k->kind != CON_CHECK)
			continue;
		if (table_find_constraint(t, k->name))
			return build_error(b, lc->relation->location,
					   "constraint '%s' for relation '%s' already exists", k->name,
					   t->name.name);
		n = arena_alloc(b->a, sizeof(*n));
		*n = *k;
		n->not_valid = false;
		n->renamed_from = n->parent = NULL;
		n->comment = comments ? k->comment : NULL;
		catalog_add_constraint(b->cat, t, n);
	}
	for (size_t i = 0; (opts & LIKE_INDEXES) && i < src->constraints.n; i++) {
		const struct constraint *k = src->constraints.items[i];
		struct constraint *n;
		if (k->kind != CON_PRIMARY && k->kind != CON_UNIQUE && k->kind != CON_EXCLUSION)
			continue;
		if (k->kind == CON_PRIMARY && table_has_primary_key(t))
			return build_error(b, lc->relation->location,
					   "multiple primary keys for table '%s' are not allowed",
					   t->name.name);
		n = build_copy_key(b, t, k);
		n->index_comment = comments ? k->index_comment : NULL;
	}
	for (size_t i = 0; (opts & LIKE_INDEXES) && i < src->indexes.n; i++) {
		const struct index *ix = src->indexes.items[i];
		struct index *n = build_copy_index(b, t, ix);
		n->comment = comments ? ix->comment : NULL;
	}
	return 0;
}
