/*
 * safe.c - the safe migration pass (safe.h). It takes the changes of a
 * migration in the order order.c gave them and the catalog before them, and
 * deals each change into the transactional part or the online part, or
 * replaces it with its safe steps in both. Order is kept within each part,
 * so what order.c guarantees still holds; the online part runs after the
 * transactional one has committed, so it may use anything that part made.
 *
 * A change stays as it is in the transactional part when its table is
 * created by the same migration (no rows, no readers), when another change
 * of that part needs what it makes (a unique index or key that a new
 * foreign key references), or when the safe form would open a window in
 * which uniqueness is not enforced (a unique index or key dropped and
 * created again). What stays is what `schemac lint` then reports.
 */
#include "safe.h"
#include "arena.h"
#include "build.h"
#include "emit.h"
#include "locks.h"
#include "naming.h"
#include "normalize.h"
#include "parse.h"
#include "sqlfmt.h"

struct planner {
	struct arena *a;
	const struct catalog *old;
	const struct changes *in;
	struct safe_plan *out;
	struct ptrvec inline_fks;	/* const struct constraint *: foreign keys
				 * of the tables the migration creates */
	struct ptrvec moved_keys;	/* struct key *: unique keys and indexes
				 * the online part builds */
	struct ptrvec moved;	/* const char *: COMMENT ON targets of what the
				 * online part creates */
};

/* Columns of a table a foreign key can reference. */
struct key {
	const struct table *table;
	const struct ptrvec *columns;
};

static bool same_name(const struct qname *x, const struct qname *y)
{
	return str_eq(x->schema, y->schema) && str_eq(x->name, y->name);
}

static bool created_here(const struct planner *p, const struct table *t)
{
	for (size_t i = 0; i < p->in->items.n; i++) {
		const struct change *c = p->in->items.items[i];
		if (c->kind == CH_CREATE_TABLE && same_name(&c->table->name, &t->name))
			return true;
	}
	return false;
}

/* A table that may hold rows: it is there before the migration, which does
 * not create it again. (A materialized view's indexes are on a table that is
 * not in the catalog's tables: left alone.) Partitioned tables and their
 * partitions are left as written: PostgreSQL 15 builds no index CONCURRENTLY
 * on a partitioned table nor adds a NOT VALID foreign key to one, and an
 * index of a partition may be attached to its parent's in the same
 * migration. */
static bool existing(const struct planner *p, const struct table *t)
{
	const struct table *ot = t ? catalog_find_table(p->old, &t->name) : NULL;

	return ot && !created_here(p, t) && !t->partkey && !t->partition_of.name &&
	       !ot->partkey && !ot->partition_of.name;
}

/* Does the migration also drop index or constraint name of t? */
static bool dropped_here(const struct planner *p, enum change_kind kind, const struct table *t,
			 const char *name)
{
	for (size_t i = 0; i < p->in->items.n; i++) {
		const struct change *c = p->in->items.items[i];
		if (c->kind != kind || !c->table || !same_name(&c->table->name, &t->name))
			continue;
		if (kind == CH_DROP_INDEX ? str_eq(((const struct index *)c->obj)->name, name)
					  : str_eq(((const struct constraint *)c->obj)->name, name))
			return true;
	}
	return false;
}

/* Does a table the migration creates have a foreign key to exactly these
 * columns of t? Then the unique index or key on them must exist before it. */
static bool referenced_inline(const struct planner *p, const struct table *t,
			      const struct ptrvec *cols)
{
	for (size_t i = 0; i < p->inline_fks.n; i++) {
		const struct constraint *fk = p->inline_fks.items[i];
		if (same_name(&fk->ref_table, &t->name) && vec_same_strings(&fk->ref_columns, cols))
			return true;
	}
	return false;
}

/* The plain columns of a unique, non-partial index (what a foreign key can
 * reference), or NULL. */
static struct ptrvec *index_key(struct planner *p, const struct index *ix)
{
	struct ptrvec *cols = arena_alloc(p->a, sizeof(*cols));

	if (!ix->unique || ix->where)
		return NULL;
	for (size_t i = 0; i < ix->elems.n; i++) {
		const struct index_elem *e = ix->elems.items[i];
		if (!e->column)
			return NULL;
		vec_push(cols, p->a, (void *)e->column);
	}
	return cols;
}

static void key_moved(struct planner *p, const struct table *t, const struct ptrvec *cols)
{
	struct key *k = arena_alloc(p->a, sizeof(*k));

	k->table = t;
	k->columns = cols;
	vec_push(&p->moved_keys, p->a, k);
}

/* Does foreign key fk reference a key the online part builds? */
static bool needs_moved_key(const struct planner *p, const struct constraint *fk)
{
	for (size_t i = 0; i < p->moved_keys.n; i++) {
		const struct key *k = p->moved_keys.items[i];
		if (same_name(&fk->ref_table, &k->table->name) && vec_same_strings(&fk->ref_columns, k->columns))
			return true;
	}
	return false;
}

/* Is a primary key on t that stays in the transactional part (a new
 * table's foreign key needs it) added over col? It sets NOT NULL itself,
 * scanning the table anyway. */
static bool key_stays_over(const struct planner *p, const struct table *t, const char *col)
{
	for (size_t i = 0; i < p->in->items.n; i++) {
		const struct change *c = p->in->items.items[i];
		const struct constraint *k = c->obj;
		if (c->kind != CH_ADD_CONSTRAINT || k->kind != CON_PRIMARY ||
		    !same_name(&c->table->name, &t->name) ||
		    !(dropped_here(p, CH_DROP_CONSTRAINT, t, k->name) ||
		      referenced_inline(p, t, &k->columns)))
			continue;
		for (size_t j = 0; j < k->columns.n; j++)
			if (str_eq(k->columns.items[j], col))
				return true;
	}
	return false;
}

/* Is an identity added to the column too? It needs NOT NULL first. */
static bool identity_added(const struct planner *p, const struct table *t, const char *col)
{
	for (size_t i = 0; i < p->in->items.n; i++) {
		const struct change *c = p->in->items.items[i];
		if (c->kind == CH_ADD_IDENTITY && same_name(&c->table->name, &t->name) &&
		    str_eq(((const struct column *)c->obj)->name, col))
			return true;
	}
	return false;
}

static void collect_fks(struct planner *p)
{
	for (size_t i = 0; i < p->in->items.n; i++) {
		const struct change *c = p->in->items.items[i];
		if (c->kind != CH_CREATE_TABLE)
			continue;
		for (size_t j = 0; j < c->table->constraints.n; j++) {
			const struct constraint *k = c->table->constraints.items[j];
			bool deferred = false;
			for (size_t d = 0; d < c->deferred.n && !deferred; d++)
				deferred = c->deferred.items[d] == k;
			if (k->kind == CON_FOREIGN && !deferred)
				vec_push(&p->inline_fks, p->a, (void *)k);
		}
	}
}

/* COMMENT ON targets, spelled as the differ spells them. */
static void moved_target(struct planner *p, const char *what, const struct table *t,
			 const char *name)
{
	struct strbuf sb = STRBUF_INIT;

	if (strcmp(what, "INDEX") == 0) {
		sb_adds(&sb, "INDEX ");
		sb_qname(&sb, t->name.schema, name);
	} else {
		sb_adds(&sb, "CONSTRAINT ");
		sb_ident(&sb, name);
		sb_adds(&sb, " ON ");
		sb_qname(&sb, t->name.schema, t->name.name);
	}
	vec_push(&p->moved, p->a, arena_strdup(p->a, sb.buf));
	sb_release(&sb);
}

static bool is_moved(const struct planner *p, const char *target)
{
	for (size_t i = 0; i < p->moved.n; i++)
		if (str_eq(p->moved.items[i], target))
			return true;
	return false;
}

/* A step of the plan, in part, taking its place in the order from like. */
static struct change *push(struct planner *p, struct changes *part, const struct change *like,
			   enum change_kind kind, const void *obj)
{
	struct change *c = arena_alloc(p->a, sizeof(*c));

	c->kind = kind;
	c->phase = like->phase;
	c->rank = like->rank;
	c->key = like->key;
	c->seq = like->seq;
	c->table = like->table;
	c->obj = obj;
	c->part = like->part;
	vec_push(&part->items, p->a, c);
	return c;
}

static struct constraint *not_valid_copy(struct planner *p, const struct constraint *k)
{
	struct constraint *nv = arena_alloc(p->a, sizeof(*nv));

	*nv = *k;
	nv->not_valid = true;
	return nv;
}

/* CHECK (col IS NOT NULL) NOT VALID, named as PostgreSQL 18 names the
 * not-null constraints it keeps: table_col_not_null. */
static struct constraint *not_null_check(struct planner *p, const struct table *t,
					 const struct column *col)
{
	struct constraint *k = arena_alloc(p->a, sizeof(*k));
	struct strbuf sb = STRBUF_INIT;
	struct ptrvec others = { 0 };
	PgQuery__ParseResult *pr;

	sb_adds(&sb, "SELECT ");
	sb_ident(&sb, col->name);
	sb_adds(&sb, " IS NOT NULL");
	pr = parse_sql(p->a, sb.buf);
	sb_release(&sb);
	for (size_t i = 0; i < t->constraints.n; i++)
		vec_push(&others, p->a, (void *)((const struct constraint *)t->constraints.items[i])->name);
	k->name = choose_constraint_name(p->a, p->old, t->name.schema, t->name.name, col->name,
					 "not_null", &others);
	k->kind = CON_CHECK;
	k->not_valid = true;
	k->check = expr_new(p->a, pr->stmts[0]->stmt->select_stmt->target_list[0]->res_target->val,
			    NULL);
	return k;
}

/* The unique index a primary key or unique constraint is built on. */
static struct index *index_for(struct planner *p, const struct constraint *k)
{
	struct index *ix = arena_alloc(p->a, sizeof(*ix));

	ix->name = k->name;
	ix->unique = true;
	ix->nulls_not_distinct = k->nulls_not_distinct;
	ix->method = "btree";
	for (size_t i = 0; i < k->columns.n; i++) {
		struct index_elem *e = arena_alloc(p->a, sizeof(*e));
		e->column = k->columns.items[i];
		vec_push(&ix->elems, p->a, e);
	}
	ix->include = k->include;
	ix->options = k->options;
	return ix;
}

/* Does a statement with facts f hold a lock that blocks writes while it
 * works on the rows (so that it belongs split or online)? */
static bool blocks_writes_while_working(const struct pg_fact *f)
{
	return f->work != PG_WORK_NONE && pg_lock_blocks_writes(f->lock);
}

/* The work of a validation (VALIDATE CONSTRAINT of a table's or a domain's
 * constraint) runs in the online part: never while the first part's locks
 * are held. */
static bool validates(const struct pg_fact *f)
{
	return f->work == PG_WORK_SCAN;
}

/*
 * Deals one change; false: it stays in the transactional part as it is.
 * What each statement locks and does is the facts table's (locks.h): a
 * change is split or moved when its form there blocks writes while it
 * works and a safe form (NOT VALID then VALIDATE, CONCURRENTLY, a CHECK
 * that proves NOT NULL) does not.
 */
static bool deal(struct planner *p, const struct change *c)
{
	struct changes *tx = &p->out->tx, *online = &p->out->online;

	switch (c->kind) {
	case CH_CREATE_INDEX: {
		const struct index *ix = c->obj;
		struct ptrvec *key = index_key(p, ix);
		if (!existing(p, c->table) || !blocks_writes_while_working(facts_create_index(false)) ||
		    blocks_writes_while_working(facts_create_index(true)) ||
		    (ix->unique && (dropped_here(p, CH_DROP_INDEX, c->table, ix->name) ||
				    (key && referenced_inline(p, c->table, key)))))
			return false;
		vec_push(&online->items, p->a, (void *)c);
		moved_target(p, "INDEX", c->table, ix->name);
		if (key)
			key_moved(p, c->table, key);
		return true;
	}
	case CH_ADD_CONSTRAINT: {
		const struct constraint *k = c->obj;
		if (k->kind == CON_FOREIGN && needs_moved_key(p, k)) {
			/* after the key it references, in the online part (where
			 * even a table the first part created may have rows) */
			if (!k->not_valid) {
				push(p, online, c, CH_ADD_CONSTRAINT, not_valid_copy(p, k));
				push(p, online, c, CH_VALIDATE_CONSTRAINT, k);
			} else {
				vec_push(&online->items, p->a, (void *)c);
			}
			moved_target(p, "CONSTRAINT", c->table, k->name);
			return true;
		}
		if (!existing(p, c->table))
			return false;
		/* what the facts table says scans unless NOT VALID: added NOT
		 * VALID here, validated in the online part */
		if (facts_add_constraint((char)k->kind)->work == PG_WORK_SCAN &&
		    blocks_writes_while_working(facts_add_constraint((char)k->kind)) && !k->not_valid) {
			push(p, tx, c, CH_ADD_CONSTRAINT, not_valid_copy(p, k));
			push(p, online, c, CH_VALIDATE_CONSTRAINT, k);
			return true;
		}
		/* a key that builds its index under the table's lock: the index
		 * built CONCURRENTLY, then the key USING it (an exclusion
		 * constraint has no such form) */
		if (facts_add_constraint((char)k->kind)->work == PG_WORK_INDEX && k->kind != CON_EXCLUSION &&
		    !dropped_here(p, CH_DROP_CONSTRAINT, c->table, k->name) &&
		    !referenced_inline(p, c->table, &k->columns)) {
			struct index *ix = index_for(p, k);
			push(p, online, c, CH_CREATE_INDEX, ix);
			push(p, online, c, CH_ADD_CONSTRAINT, k)->name = ix->name;	/* USING INDEX */
			moved_target(p, "INDEX", c->table, ix->name);
			moved_target(p, "CONSTRAINT", c->table, k->name);
			key_moved(p, c->table, &k->columns);
			return true;
		}
		return false;
	}
	case CH_SET_NOT_NULL: {
		const struct column *col = c->obj;
		const struct table *ot = catalog_find_table(p->old, &c->table->name);
		const struct column *oc = ot ? table_find_column(ot, col->name) : NULL;
		struct constraint *chk;
		if (!existing(p, c->table) ||
		    !blocks_writes_while_working(facts_alter(PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull)) ||
		    !oc || oc->not_null ||
		    identity_added(p, c->table, col->name) || key_stays_over(p, c->table, col->name))
			return false;
		chk = not_null_check(p, c->table, col);
		push(p, tx, c, CH_ADD_CONSTRAINT, chk);
		push(p, online, c, CH_VALIDATE_CONSTRAINT, chk);
		push(p, online, c, CH_SET_NOT_NULL, col);
		push(p, online, c, CH_DROP_CONSTRAINT, chk);
		return true;
	}
	case CH_VALIDATE_CONSTRAINT:
		if (!validates(facts_alter(PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint)))
			return false;
		vec_push(&online->items, p->a, (void *)c);
		return true;
	case CH_DOMAIN_VALIDATE_CHECK:
		if (!validates(facts_alter_domain('V')))
			return false;
		vec_push(&online->items, p->a, (void *)c);
		return true;
	case CH_DOMAIN_ADD_CHECK: {
		/* the tables of the domain are the fact's other tables */
		const struct type *ty = c->obj;
		const struct constraint *k = c->part;
		const struct pg_fact *f = facts_alter_domain('C');
		if (!catalog_find_type(p->old, &ty->name) || k->not_valid ||
		    !(f->work != PG_WORK_NONE && pg_lock_blocks_writes(f->other)))
			return false;
		push(p, tx, c, CH_DOMAIN_ADD_CHECK, ty)->part = not_valid_copy(p, k);
		push(p, online, c, CH_DOMAIN_VALIDATE_CHECK, ty)->part = k;
		return true;
	}
	case CH_REPLICA_IDENTITY:
		/* USING INDEX wants its columns NOT NULL, which the online
		 * part may be the one to set: after it */
		if (c->table->replident == 'i' && existing(p, c->table)) {
			vec_push(&online->items, p->a, (void *)c);
			return true;
		}
		/* fall through */
	case CH_ALTER_INDEX_OPTIONS:
	case CH_INDEX_STATISTICS:
	case CH_CLUSTER_ON:
	case CH_ATTACH_INDEX:
		/* set on an index the online part builds: after it */
	case CH_COMMENT:
		if (!c->name || !is_moved(p, c->name))
			return false;
		vec_push(&online->items, p->a, (void *)c);
		return true;
	default:
		return false;
	}
}

/* The statement a rename is written as renames an object of this type. */
static PgQuery__ObjectType rename_object(enum rename_kind kind)
{
	switch (kind) {
	case RENAME_TABLE:
		return PG_QUERY__OBJECT_TYPE__OBJECT_TABLE;
	case RENAME_COLUMN:
		return PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN;
	case RENAME_CONSTRAINT:
		return PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT;
	case RENAME_INDEX:
		return PG_QUERY__OBJECT_TYPE__OBJECT_INDEX;
	case RENAME_SEQUENCE:
		return PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE;
	case RENAME_TYPE:
	case RENAME_ENUM_VALUE:
	default:
		return PG_QUERY__OBJECT_TYPE__OBJECT_TYPE;
	}
}

/* Does c lock a table that holds rows (for longer than a catalog update
 * takes, it may queue behind a long query)? A rename locks what the facts
 * table says (a table's parts and indexes: their table; a type, an enum
 * value, a sequence: no table). */
static bool locks_old_table(const struct planner *p, const struct change *c)
{
	const struct table *t = c->table;
	struct qname q;

	if (c->kind == CH_RENAME) {
		const struct rename *r = c->obj;
		q = r->object;
		return facts_rename(rename_object(r->kind))->lock != PG_LOCK_NONE &&
		       catalog_find_table(p->old, &q);
	}
	if ((c->kind == CH_CREATE_OBJECT || c->kind == CH_REPLACE_OBJECT ||
	     c->kind == CH_DROP_OBJECT) && ((const struct dbobject *)c->obj)->table) {
		/* a trigger or policy on a table */
		const struct dbobject *o = c->obj;
		q.schema = o->name.schema;
		q.name = o->table;
		return catalog_find_table(p->old, &q) != NULL;
	}
	return t && c->kind != CH_COMMENT && existing(p, t);
}

void safe_plan(struct safe_plan *plan, struct arena *a, const struct catalog *old,
	       const struct changes *ordered)
{
	struct planner p = { a, old, ordered, plan, { 0 }, { 0 }, { 0 } };

	memset(plan, 0, sizeof(*plan));
	plan->tx.arena = a;
	plan->online.arena = a;
	collect_fks(&p);
	for (size_t i = 0; i < ordered->items.n; i++) {
		const struct change *c = ordered->items.items[i];
		size_t ntx = plan->tx.items.n, non = plan->online.items.n;
		if (!deal(&p, c))
			vec_push(&plan->tx.items, a, (void *)c);
		if (!locks_old_table(&p, c))
			continue;
		for (size_t j = ntx; j < plan->tx.items.n; j++)
			vec_push(&plan->locking, a, plan->tx.items.items[j]);
		for (size_t j = non; j < plan->online.items.n; j++)
			vec_push(&plan->locking, a, plan->online.items.items[j]);
	}
}

/* ALTER TABLE t ADD CONSTRAINT k PRIMARY KEY | UNIQUE USING INDEX ix */
static void using_index(struct strbuf *sb, const struct change *c)
{
	const struct constraint *k = c->obj;

	sb_adds(sb, "ALTER TABLE ");
	sb_qname(sb, c->table->name.schema, c->table->name.name);
	sb_adds(sb, " ADD CONSTRAINT ");
	sb_ident(sb, k->name);
	sb_adds(sb, k->kind == CON_PRIMARY ? " PRIMARY KEY USING INDEX " : " UNIQUE USING INDEX ");
	sb_ident(sb, c->name);
	if (k->deferrable)
		sb_adds(sb, k->deferred ? " DEFERRABLE INITIALLY DEFERRED" : " DEFERRABLE");
	sb_adds(sb, ";\n");
}

static void emit_step(struct strbuf *sb, struct arena *a, const struct change *c, bool online)
{
	if (online && c->kind == CH_CREATE_INDEX) {
		const struct index *ix = c->obj;
		const char *create = ix->unique ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
		struct strbuf plain = STRBUF_INIT;
		emit_create_index(&plain, a, c->table, ix);
		sb_adds(sb, create);
		sb_adds(sb, "CONCURRENTLY ");
		sb_adds(sb, plain.buf + strlen(create));
		sb_addc(sb, '\n');
		sb_release(&plain);
	} else if (online && c->kind == CH_ADD_CONSTRAINT && c->name) {
		using_index(sb, c);
	} else {
		emit_change(sb, a, c);
	}
}

void safe_emit(struct strbuf *sb, struct arena *a, const struct safe_plan *plan,
	       const struct changes *ch, size_t from, size_t to, bool online)
{
	bool lock_timeout = false;

	for (size_t i = from; plan && i < to && !lock_timeout; i++)
		for (size_t j = 0; j < plan->locking.n && !lock_timeout; j++)
			lock_timeout = plan->locking.items[j] == ch->items.items[i];
	if (lock_timeout)
		sb_addf(sb, "%s lock_timeout = '%s';\n\n", online ? "SET" : "SET LOCAL",
			SAFE_LOCK_TIMEOUT);
	for (size_t i = from; i < to; i++) {
		if (i > from)
			sb_addc(sb, '\n');
		emit_step(sb, a, ch->items.items[i], online);
	}
}

void safe_emit_plan(struct strbuf *sb, struct arena *a, const struct safe_plan *plan)
{
	safe_emit(sb, a, plan, &plan->tx, 0, plan->tx.items.n, false);
	if (!plan->online.items.n)
		return;
	if (plan->tx.items.n)
		sb_addc(sb, '\n');
	sb_adds(sb, "-- The rest runs outside a transaction, statement by statement\n"
		    "-- (schemac generate writes it as a migration of its own):\n"
		    "-- schemac:no-transaction\n\n");
	safe_emit(sb, a, plan, &plan->online, 0, plan->online.items.n, true);
}

