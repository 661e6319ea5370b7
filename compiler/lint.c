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
#include "lint_int.h"

/* Is the statement in a transaction block? */
static bool in_tx(const struct linter *l)
{
	return l->mode == LINT_TX_WRAPPED || l->in_block;
}

static bool lock_timeout_set(const struct linter *l)
{
	return l->local_lock_timeout >= 0 ? l->local_lock_timeout > 0 : l->lock_timeout > 0;
}

bool lint_has(const char *s)
{
	return s && *s;
}

const char *lint_node_str(const Node *n)
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

void lint_finding(struct linter *l, enum lint_rule_id rule, int location, const char *fmt, ...)
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

	if (!lint_has(schema))
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

struct table *lint_resolve_table(struct linter *l, const char *schema, const char *name)
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

struct table *lint_rangevar_table(struct linter *l, const PgQuery__RangeVar *rv)
{
	return rv ? lint_resolve_table(l, rv->schemaname, rv->relname) : NULL;
}

/* A materialized view by name: its columns and indexes as a table. */
static struct table *matview_rel(struct linter *l, const PgQuery__RangeVar *rv)
{
	struct relation *r = rv ? catalog_resolve_relation(l->cat, rv->schemaname,
							   ident_truncate(l->a, rv->relname)) : NULL;
	const struct dbobject *o = r && r->kind == REL_VIEW ? r->obj : NULL;
	return o && o->kind == OBJ_MATVIEW ? o->rel : NULL;
}

bool lint_is_new(struct linter *l, const struct table *t)
{
	for (size_t i = 0; i < l->created.n; i++)
		if (l->created.items[i] == t)
			return true;
	return false;
}

void lint_lock(struct linter *l, enum pg_lock level, const struct table *t)
{
	const char *s;

	if (level == PG_LOCK_NONE)
		return;
	if (level > l->stmt_lock)
		l->stmt_lock = level;
	if (in_tx(l) && pg_lock_blocks_writes(level) && !lint_is_new(l, t))
		vec_push(&l->tx_blocking, l->a, (void *)t);
	s = arena_printf(l->a, "%s on %s", pg_lock_name(level), t->name.name);
	l->fact->lock = l->fact->lock ? arena_printf(l->a, "%s, %s", l->fact->lock, s) : s;
	if (lint_is_new(l, t))
		l->fact->new_object = true;
}



void lint_take(struct linter *l, enum pg_lock level, const struct table *t, int location)
{
	lint_lock(l, level, t);
	if (level == PG_LOCK_ACCESS_EXCLUSIVE && !lint_is_new(l, t) && !lock_timeout_set(l) &&
	    !l->lock_timeout_said) {
		lint_finding(l, R_LOCK_TIMEOUT, location,
			"ACCESS EXCLUSIVE lock on %s with no lock_timeout set", t->name.name);
		l->lock_timeout_said = true;	/* said once per migration */
	}
}

void lint_access_exclusive(struct linter *l, const struct table *t, int location)
{
	lint_take(l, PG_LOCK_ACCESS_EXCLUSIVE, t, location);
}

/* Work on the rows of an existing table, under a lock that blocks writes,
 * in a migration that sets lock_timeout (it cares how long it blocks
 * others) but no statement_timeout: advice, once per file. */
static void long_work(struct linter *l, const struct table *t, enum pg_lock level)
{
	if (lint_is_new(l, t) || l->statement_timeout || l->statement_timeout_said ||
	    !pg_lock_blocks_writes(level) || !lock_timeout_set(l))
		return;
	lint_finding(l, R_STATEMENT_TIMEOUT, -1,
		"%s holds its %s lock on %s for as long as its work takes: lock_timeout is set, statement_timeout is not",
		l->fact->statement, pg_lock_name(level), t->name.name);
	l->statement_timeout_said = true;
}

void lint_work(struct linter *l, const char *what, const struct table *t)
{
	l->fact->table_work = arena_printf(l->a, "%s %s", what, t->name.name);
	long_work(l, t, l->stmt_lock);
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
		lint_finding(l, R_RENAME_TABLE, -1, "renaming table %s to %s breaks code that uses %s",
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
		lint_finding(l, R_CONCURRENTLY_IN_TRANSACTION, -1, "%s %s", notx,
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
			lint_finding(l, R_TRANSACTION_IN_MIGRATION, -1, "%s inside a migration",
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
				lint_column_advice(l, e->column_def, lint_is_key_column(cs, e->column_def->colname));
			for (size_t j = 0; j < ncons; j++) {
				const PgQuery__Constraint *c = cons[j]->node_case == PG_QUERY__NODE__NODE_CONSTRAINT
					? cons[j]->constraint : NULL;
				if (!c || c->contype != PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
					continue;
				if ((t = lint_rangevar_table(l, c->pktable)) != NULL)
					lint_lock(l, f->other, t);
			}
		}
		for (size_t i = 0; cs->partbound && i < cs->n_inh_relations; i++)
			if (cs->inh_relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR &&
			    (t = lint_rangevar_table(l, cs->inh_relations[i]->range_var)) != NULL)
				lint_take(l, f->other, t, -1);
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		if (n->create_table_as_stmt->query &&
		    n->create_table_as_stmt->query->node_case == PG_QUERY__NODE__NODE_SELECT_STMT &&
		    !(n->create_table_as_stmt->into && n->create_table_as_stmt->into->skip_data))
			lint_select_reads(l, n->create_table_as_stmt->query->select_stmt);
		break;
	case PG_QUERY__NODE__NODE_SELECT_STMT:
		lint_select_reads(l, n->select_stmt);
		break;
	case PG_QUERY__NODE__NODE_INSERT_STMT:
		t = lint_rangevar_table(l, n->insert_stmt->relation);
		if (t) {
			lint_lock(l, facts_stmt(n)->lock, t);
			lint_fk_lookups(l, t);
		}
		if (n->insert_stmt->select_stmt &&
		    n->insert_stmt->select_stmt->node_case == PG_QUERY__NODE__NODE_SELECT_STMT)
			lint_select_reads(l, n->insert_stmt->select_stmt->select_stmt);
		break;
	case PG_QUERY__NODE__NODE_COMMENT_STMT:
		if (n->comment_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE ||
		    n->comment_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN) {
			t = lint_names_table(l, n->comment_stmt->object,
					n->comment_stmt->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN);
			if (t)
				lint_lock(l, facts_stmt(n)->lock, t);
		}
		break;
	case PG_QUERY__NODE__NODE_LOCK_STMT:
		for (size_t i = 0; i < n->lock_stmt->n_relations; i++)
			if (n->lock_stmt->relations[i]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR &&
			    (t = lint_rangevar_table(l, n->lock_stmt->relations[i]->range_var)) != NULL)
				lint_take(l, n->lock_stmt->mode > PG_LOCK_NONE && n->lock_stmt->mode <= PG_LOCK_ACCESS_EXCLUSIVE
				     ? (enum pg_lock)n->lock_stmt->mode : PG_LOCK_ACCESS_EXCLUSIVE, t, -1);
		break;
	case PG_QUERY__NODE__NODE_ALTER_OBJECT_SCHEMA_STMT:
		if (n->alter_object_schema_stmt->relation &&
		    n->alter_object_schema_stmt->object_type == PG_QUERY__OBJECT_TYPE__OBJECT_TABLE &&
		    (t = lint_rangevar_table(l, n->alter_object_schema_stmt->relation)) != NULL)
			lint_take(l, facts_stmt(n)->lock, t, -1);
		break;
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
	case PG_QUERY__NODE__NODE_ALTER_POLICY_STMT:
		t = lint_rangevar_table(l, n->node_case == PG_QUERY__NODE__NODE_CREATE_POLICY_STMT
				      ? n->create_policy_stmt->table : n->alter_policy_stmt->table);
		if (t)
			lint_take(l, facts_stmt(n)->lock, t, -1);
		break;
	case PG_QUERY__NODE__NODE_INDEX_STMT: {
		PgQuery__IndexStmt *is = n->index_stmt;
		bool matview = false;
		t = lint_rangevar_table(l, is->relation);
		if (!t && (matview = true, t = matview_rel(l, is->relation)) == NULL)
			break;
		lint_lock(l, facts_stmt(l->st->node)->lock, t);	/* taken before the name is looked up */
		if (is->if_not_exists && lint_has(is->idxname) &&
		    catalog_resolve_relation(l->cat, t->name.schema, ident_truncate(l->a, is->idxname)))
			break;	/* it is there: a notice, nothing built */
		if (t->partkey && !is->relation->inh)
			break;	/* ON ONLY: an invalid index, nothing built until
				 * its partitions' are attached */
		lint_work(l, "builds an index on", t);
		/* a materialized view has no writers: only its REFRESH waits */
		if (!is->concurrent && !lint_is_new(l, t) && !matview)
			lint_finding(l, R_INDEX_NOT_CONCURRENT, -1,
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
		t = lint_rangevar_table(l, as->relation);
		if (!t)
			break;
		for (size_t i = 0; i < as->n_cmds; i++)
			lint_alter_cmd(l, t, as->cmds[i]->alter_table_cmd);
		break;
	}
	case PG_QUERY__NODE__NODE_RENAME_STMT: {
		PgQuery__RenameStmt *rs = n->rename_stmt;
		if (rs->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA) {
			lint_finding(l, R_RENAME_SCHEMA, -1, "renaming schema %s to %s breaks queries that name %s",
				rs->subname, rs->newname, rs->subname);
			break;
		}
		if (rs->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE &&
		    rs->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN &&
		    rs->rename_type != PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT)
			break;
		t = lint_rangevar_table(l, rs->relation);
		if (!t)
			break;
		lint_access_exclusive(l, t, -1);
		if (lint_is_new(l, t))
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
			lint_finding(l, R_RENAME_COLUMN, -1,
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
				t = lint_resolve_table(l, k >= 2 ? lint_node_str(names[k - 2]) : NULL,
						  lint_node_str(names[k - 1]));
				if (!t)
					continue;
				lint_access_exclusive(l, t, -1);
				lint_lock_referencing(l, t, facts_stmt(n)->other);
				if (!lint_is_new(l, t)) {
					l->fact->loses = arena_printf(l->a, "table %s", t->name.name);
					lint_finding(l, R_DROP_TABLE, -1, "DROP TABLE %s loses all its rows",
						t->name.name);
				}
				if (lint_drop_still_used(l, t, NULL,
						    ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE) &&
				    (!l->forced.n || l->forced.items[l->forced.n - 1] != &ds->behavior))
					vec_push(&l->forced, l->a, &ds->behavior);
			} else if (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER ||
				   ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_POLICY ||
				   ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_RULE) {
				if ((t = lint_names_table(l, obj, 1)) != NULL)
					lint_take(l, facts_stmt(n)->lock, t, -1);
			} else if (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA) {
				const char *name = lint_node_str(obj) ? lint_node_str(obj) : "?";
				for (size_t j = 0; ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE &&
						   j < l->cat->tables.n; j++) {
					struct table *st = l->cat->tables.items[j];
					if (str_eq(st->name.schema, name)) {
						lint_access_exclusive(l, st, -1);
						lint_lock_referencing(l, st, PG_LOCK_ACCESS_EXCLUSIVE);
					}
				}
				l->fact->loses = arena_printf(l->a, "schema %s", name);
				lint_finding(l, R_DROP_SCHEMA, -1, "DROP SCHEMA %s", name);
			} else if (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX && k) {
				const char *iname = ident_truncate(l->a, lint_node_str(names[k - 1]));
				struct relation *r = catalog_resolve_relation(l->cat, k >= 2 ? lint_node_str(names[k - 2]) : NULL, iname);
				t = r && (r->kind == REL_INDEX || r->kind == REL_CONSTRAINT_INDEX) ? r->table : NULL;
				if (t)
					lint_take(l, facts_stmt(n)->lock, t, -1);
				/* an index the catalog does not hold: there unless the
				 * base is known and IF EXISTS finds nothing to drop */
				if (!ds->concurrent &&
				    (r ? t && !lint_is_new(l, t) : !(ds->missing_ok && l->o->base)))
					lint_finding(l, R_DROP_INDEX_NOT_CONCURRENT, -1,
						"DROP INDEX %s takes an ACCESS EXCLUSIVE lock on %s", iname,
						t ? t->name.name : "its table");
			} else if (ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE && k) {
				const char *sname = ident_truncate(l->a, lint_node_str(names[k - 1]));
				struct relation *r = catalog_resolve_relation(l->cat, k >= 2 ? lint_node_str(names[k - 2]) : NULL, sname);
				if (r && r->kind != REL_SEQUENCE)
					continue;
				l->fact->loses = arena_printf(l->a, "sequence %s and its current value", sname);
				lint_finding(l, R_DROP_SEQUENCE, -1, "DROP SEQUENCE %s loses its current value%s", sname,
					ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE
					? ", and with CASCADE the defaults that call it" : "");
			} else if ((ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TYPE ||
				    ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN) &&
				   ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE &&
				   obj->node_case == PG_QUERY__NODE__NODE_TYPE_NAME) {
				const PgQuery__TypeName *tn = obj->type_name;
				struct type *ty = tn->n_names ? lint_resolve_type(l, tn->n_names >= 2 ? lint_node_str(tn->names[tn->n_names - 2]) : NULL,
									  lint_node_str(tn->names[tn->n_names - 1])) : NULL;
				struct ptrvec tables = { 0 }, cols = { 0 }, lost = { 0 };
				if (!ty)
					continue;
				lint_columns_of_type(l, ty, true, &tables, &cols, 0);
				for (size_t j = 0; j < tables.n; j++) {
					lint_access_exclusive(l, tables.items[j], -1);
					if (!lint_is_new(l, tables.items[j]))
						vec_push(&lost, l->a, cols.items[j]);
				}
				if (!lost.n)
					continue;
				l->fact->loses = arena_printf(l->a, "columns %s", lint_and_list(l->a, &lost));
				lint_finding(l, R_DROP_COLUMN, -1, "DROP TYPE %s CASCADE drops the column%s %s and their data",
					ty->name.name, lost.n == 1 ? "" : "s", lint_and_list(l->a, &lost));
			}
		}
		break;
	}
	case PG_QUERY__NODE__NODE_REINDEX_STMT: {
		PgQuery__ReindexStmt *rs = n->reindex_stmt;
		const struct pg_fact *f = facts_stmt(n);
		t = NULL;
		if (rs->relation && rs->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_TABLE) {
			t = lint_rangevar_table(l, rs->relation);
		} else if (rs->relation && rs->kind == PG_QUERY__REINDEX_OBJECT_TYPE__REINDEX_OBJECT_INDEX) {
			struct relation *r = catalog_resolve_relation(l->cat, rs->relation->schemaname,
								      ident_truncate(l->a, rs->relation->relname));
			t = r ? r->table : NULL;
		}
		if (t) {
			lint_lock(l, f->lock, t);
			lint_work(l, pg_work_verb(f->work), t);
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
				lint_lock(l, f->lock, st);
				lint_reads(l, st);
			}
		}
		if (!f->no_transaction && !(t && lint_is_new(l, t)))
			lint_finding(l, R_REINDEX_NOT_CONCURRENT, -1,
				"REINDEX blocks writes to %s while it rebuilds, and reads that use the index",
				t ? t->name.name : rs->relation ? rs->relation->relname : rs->name ? rs->name : "the tables");
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
		t = lint_rangevar_table(l, n->create_trig_stmt->relation);
		if (!t)
			break;
		lint_take(l, facts_stmt(n)->lock, t, -1);
		if (!lint_is_new(l, t))
			lint_finding(l, R_TRIGGER_ON_EXISTING_TABLE, -1,
				"CREATE TRIGGER %s on %s takes a SHARE ROW EXCLUSIVE lock (writes wait)",
				n->create_trig_stmt->trigname, t->name.name);
		break;
	case PG_QUERY__NODE__NODE_VIEW_STMT: {
		/* a view with a table's old name, in the transaction that renames it */
		const PgQuery__RangeVar *v = n->view_stmt->view;
		for (size_t i = 0; i < l->renames.n; i++) {
			struct pending_rename *pr = l->renames.items[i];
			if (str_eq(pr->old.name, ident_truncate(l->a, v->relname)) &&
			    (!lint_has(v->schemaname) || str_eq(v->schemaname, pr->old.schema))) {
				l->renames.items[i] = l->renames.items[--l->renames.n];
				break;
			}
		}
		break;
	}
	case PG_QUERY__NODE__NODE_DROPDB_STMT:
		lint_finding(l, R_DROP_DATABASE, -1, "DROP DATABASE %s", n->dropdb_stmt->dbname);
		break;
	case PG_QUERY__NODE__NODE_TRUNCATE_STMT:
		for (size_t i = 0; i < n->truncate_stmt->n_relations; i++) {
			t = lint_rangevar_table(l, n->truncate_stmt->relations[i]->range_var);
			if (t) {
				lint_access_exclusive(l, t, -1);
				if (n->truncate_stmt->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE)
					lint_truncate_cascade(l, t, 0);
				if (!lint_is_new(l, t))
					lint_finding(l, R_TRUNCATE, -1, "TRUNCATE %s deletes every row",
						t->name.name);
			}
		}
		break;
	case PG_QUERY__NODE__NODE_DELETE_STMT:
		t = lint_rangevar_table(l, n->delete_stmt->relation);
		if (t) {
			lint_lock(l, facts_stmt(n)->lock, t);
			if (lint_where_scans(l, t, n->delete_stmt->where_clause))
				lint_reads(l, t);
		}
		if (!n->delete_stmt->where_clause && !(t && lint_is_new(l, t)))
			lint_finding(l, R_DELETE_WITHOUT_WHERE, -1, "DELETE FROM %s without WHERE",
				n->delete_stmt->relation->relname);
		break;
	case PG_QUERY__NODE__NODE_UPDATE_STMT:
		t = lint_rangevar_table(l, n->update_stmt->relation);
		if (t) {
			lint_lock(l, facts_stmt(n)->lock, t);
			if (lint_where_scans(l, t, n->update_stmt->where_clause))
				lint_reads(l, t);
		}
		if (!n->update_stmt->where_clause && !(t && lint_is_new(l, t)))
			lint_finding(l, R_UPDATE_WITHOUT_WHERE, -1, "UPDATE %s without WHERE",
				n->update_stmt->relation->relname);
		break;
	case PG_QUERY__NODE__NODE_VACUUM_STMT:
		if (!n->vacuum_stmt->is_vacuumcmd) {
			/* ANALYZE: each table named, or every table */
			for (size_t i = 0; i < n->vacuum_stmt->n_rels; i++) {
				const Node *vr = n->vacuum_stmt->rels[i];
				if (vr->node_case == PG_QUERY__NODE__NODE_VACUUM_RELATION &&
				    (t = lint_rangevar_table(l, vr->vacuum_relation->relation)) != NULL)
					lint_lock(l, facts_stmt(n)->lock, t);
			}
			for (size_t i = 0; !n->vacuum_stmt->n_rels && i < l->cat->tables.n; i++)
				lint_lock(l, facts_stmt(n)->lock, l->cat->tables.items[i]);
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
				    (t = lint_rangevar_table(l, vr->vacuum_relation->relation)) != NULL) {
					lint_access_exclusive(l, t, -1);
					lint_work(l, "rewrites", t);
				}
			}
			lint_finding(l, R_VACUUM_FULL, -1, "VACUUM FULL rewrites the table");
		}
		break;
	case PG_QUERY__NODE__NODE_CLUSTER_STMT:
		if ((t = lint_rangevar_table(l, n->cluster_stmt->relation)) != NULL) {
			lint_access_exclusive(l, t, -1);
			lint_work(l, "rewrites", t);
		}
		lint_finding(l, R_CLUSTER, -1, "CLUSTER rewrites the table");
		break;
	case PG_QUERY__NODE__NODE_REFRESH_MAT_VIEW_STMT: {
		/* CONCURRENTLY: an EXCLUSIVE lock (reads go on); otherwise ACCESS
		 * EXCLUSIVE while the query runs; WITH NO DATA only empties it */
		PgQuery__RefreshMatViewStmt *rm = n->refresh_mat_view_stmt;
		struct table *mv = matview_rel(l, rm->relation);
		if (!mv)
			break;
		if (rm->concurrent) {
			lint_lock(l, PG_LOCK_EXCLUSIVE, mv);
		} else {
			lint_access_exclusive(l, mv, -1);
			if (!rm->skip_data && !lint_is_new(l, mv))
				lint_finding(l, R_REFRESH_NOT_CONCURRENT, -1,
					"REFRESH MATERIALIZED VIEW %s blocks reads of it while its query runs",
					mv->name.name);
		}
		/* the query runs again: a new file for the view, or (CONCURRENTLY)
		 * a diff against its rows */
		if (!rm->skip_data) {
			struct relation *r = catalog_resolve_relation(l->cat, rm->relation->schemaname,
								      ident_truncate(l->a, rm->relation->relname));
			lint_work(l, rm->concurrent ? "scans" : "rewrites", mv);
			if (r && r->kind == REL_VIEW)
				lint_dep_reads(l, r->obj);
		}
		break;
	}
	case PG_QUERY__NODE__NODE_ALTER_ENUM_STMT:
		if (lint_has(n->alter_enum_stmt->new_val) && !lint_has(n->alter_enum_stmt->old_val))
			vec_push(&l->added_labels, l->a, arena_strdup(l->a, n->alter_enum_stmt->new_val));
		if (lint_has(n->alter_enum_stmt->old_val))
			lint_finding(l, R_RENAME_ENUM_VALUE, -1,
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
				lint_finding(l, R_ENUM_VALUE_USED_IN_TRANSACTION, -1,
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
		lint_finding(l, R_BEGIN_WITHOUT_COMMIT, -1,
			"BEGIN with no COMMIT: the transaction is rolled back when the session ends");
		l->st = saved;
		l->in_block = false;
	}
	end_transaction(l);
	lint_pending_breaks(l);
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
			lint_finding(l, R_UNKNOWN_STATEMENT, -1, "%s: schemac knows nothing of what it locks or changes",
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
		lint_finding(l, R_UNKNOWN_STATEMENT, -1, dynamic < 0
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
		created.schema = lint_has(rv->schemaname) ? rv->schemaname : catalog_creation_schema(l->cat);
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
	if (matview && (mv = matview_rel(l, matview)) != NULL && !lint_is_new(l, mv)) {
		vec_push(&l->created, l->a, mv);
		l->fact->new_object = true;
	}
	if (created.name) {
		struct table *t = created.schema ? catalog_find_table(l->cat, &created) : NULL;
		if (t) {
			vec_push(&l->created, l->a, t);
			l->fact->new_object = true;
			lint_create_fks(l, t, st->node->create_stmt);
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
	lint_fks_without_index(&l);	/* the index may come in a later file (the online part) */
}
