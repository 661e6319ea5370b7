/*
 * lint_refs.c - what a statement touches beyond its own table: the
 * foreign keys it adds (and whether an index serves them), the tables it
 * reads or locks through them, and the views, policies, triggers and
 * functions a DROP would leave broken.
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

/* A foreign key the files add: after the last file, the index that
 * serves it (its columns leading) is looked for. */
struct pending_fk {
	struct stmt st;			/* the statement (node not kept) */
	struct ptrvec directives;
	struct qname table;
	struct ptrvec columns;		/* const char *: referencing columns */
};

void lint_new_fk(struct linter *l, const struct table *t, PgQuery__Node **cols, size_t ncols,
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
		if (lint_node_str(cols[i]))
			vec_push(&pf->columns, l->a, arena_strdup(l->a, ident_truncate(l->a, lint_node_str(cols[i]))));
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

void lint_create_fks(struct linter *l, const struct table *t, const PgQuery__CreateStmt *cs)
{
	for (size_t i = 0; i < cs->n_table_elts; i++) {
		const Node *e = cs->table_elts[i];
		if (e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
		    e->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
			lint_new_fk(l, t, e->constraint->fk_attrs, e->constraint->n_fk_attrs, NULL);
		for (size_t j = 0; e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF &&
				   j < e->column_def->n_constraints; j++) {
			const Node *c = e->column_def->constraints[j];
			if (c->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
			    c->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN)
				lint_new_fk(l, t, NULL, 0, e->column_def->colname);
		}
	}
}

void lint_fks_without_index(struct linter *l)
{
	const struct stmt *saved = l->st;

	for (size_t i = 0; i < l->new_fks.n; i++) {
		struct pending_fk *pf = l->new_fks.items[i];
		const struct table *t = catalog_find_table(l->cat, &pf->table);
		if (!t || lint_fk_indexed(l->a, t, &pf->columns))
			continue;
		pf->st.directives = pf->directives;
		l->st = &pf->st;
		lint_finding(l, R_FOREIGN_KEY_WITHOUT_INDEX, -1,
			"the foreign key on %s (%s) has no index: deletes from the referenced table scan %s; add %s",
			t->name.name, lint_and_list(l->a, &pf->columns), t->name.name,
			lint_fk_index_sql(l->a, t, &pf->columns));
	}
	l->st = saved;
	memset(&l->new_fks, 0, sizeof(l->new_fks));
}

void lint_reads(struct linter *l, const struct table *t)
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

struct table *lint_fk_target(struct linter *l, const struct constraint *c)
{
	return c && c->kind == CON_FOREIGN ? catalog_find_table(l->cat, &c->ref_table) : NULL;
}

void lint_lock_referencing(struct linter *l, const struct table *t, enum pg_lock level)
{
	struct ptrvec refs = { 0 };

	referencing_tables(l, t, &refs);
	for (size_t i = 0; i < refs.n; i++)
		lint_lock(l, level, refs.items[i]);
}

void lint_lock_column_fks(struct linter *l, const struct table *t, const struct column *col,
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
			other = ft == t ? lint_fk_target(l, c) : (struct table *)ft;
			if (on && other && other != t)
				lint_lock(l, level, other);
		}
	}
}

void lint_fk_lookups(struct linter *l, const struct table *t)
{
	for (size_t i = 0; i < t->constraints.n; i++) {
		struct table *ref = lint_fk_target(l, t->constraints.items[i]);
		if (ref && ref != t)
			lint_lock(l, PG_LOCK_ROW_SHARE, ref);
	}
}

void lint_truncate_cascade(struct linter *l, const struct table *t, int depth)
{
	struct ptrvec refs = { 0 };

	referencing_tables(l, t, &refs);
	for (size_t i = 0; i < refs.n && depth < 32; i++) {
		struct table *ft = refs.items[i];
		if (l->fact->lock && strstr(l->fact->lock, arena_printf(l->a, "on %s", ft->name.name)))
			continue;	/* already emptied (a cycle) */
		lint_lock(l, PG_LOCK_ACCESS_EXCLUSIVE, ft);
		if (!lint_is_new(l, ft))
			lint_finding(l, R_TRUNCATE, -1, "TRUNCATE ... CASCADE also deletes every row of %s",
				ft->name.name);
		lint_truncate_cascade(l, ft, depth + 1);
	}
}

void lint_dep_reads(struct linter *l, const struct dbobject *o)
{
	for (size_t i = 0; i < l->cat->tables.n; i++) {
		struct table *dt = l->cat->tables.items[i];
		if (vec_has_string(&o->deps, object_dep_key(l->a, 'r', dt->name.schema, dt->name.name)))
			lint_reads(l, dt);
	}
}

struct table *lint_names_table(struct linter *l, const Node *obj, size_t skip)
{
	PgQuery__Node **names = obj && obj->node_case == PG_QUERY__NODE__NODE_LIST ? obj->list->items : NULL;
	size_t k = names ? obj->list->n_items : 0;

	if (k < skip + 1)
		return NULL;
	k -= skip;
	return lint_resolve_table(l, k >= 2 ? lint_node_str(names[k - 2]) : NULL, lint_node_str(names[k - 1]));
}

/* ---- a WHERE no index can serve ------------------------------------------- */

struct where_cols {
	const struct table *t;
	bool indexed;		/* a column named leads an index of t */
};

/* Does an index, primary key or unique constraint of t lead with col? An
 * expression index may serve any WHERE: it counts as leading with all. */
static bool leads_index(const struct table *t, const char *col)
{
	for (size_t i = 0; i < t->indexes.n; i++) {
		const struct index *ix = t->indexes.items[i];
		const struct index_elem *e = ix->elems.n ? ix->elems.items[0] : NULL;
		if (e && (!e->column || str_eq(e->column, col)))
			return true;
	}
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *k = t->constraints.items[i];
		if ((k->kind == CON_PRIMARY || k->kind == CON_UNIQUE || k->kind == CON_EXCLUSION) &&
		    (!k->columns.n || str_eq(k->columns.items[0], col)))
			return true;
	}
	return false;
}

static void where_col(ProtobufCMessage *m, void *ctx)
{
	struct where_cols *w = ctx;
	const PgQuery__ColumnRef *cr = (const PgQuery__ColumnRef *)m;
	const Node *last;

	if (w->indexed || m->descriptor != &pg_query__column_ref__descriptor || !cr->n_fields)
		return;
	last = cr->fields[cr->n_fields - 1];
	if (last->node_case == PG_QUERY__NODE__NODE_STRING && leads_index(w->t, last->string->sval))
		w->indexed = true;
}

bool lint_where_scans(struct linter *l, const struct table *t, Node *where)
{
	struct where_cols w = { t, false };

	if (!where)
		return true;
	for (size_t i = 0; i < l->unknown.n; i++)
		if (l->unknown.items[i] == t)
			return false;	/* its indexes are not known */
	if (t->partkey || t->inherits.n)
		return false;	/* partitions and children have their own */
	message_each((ProtobufCMessage *)where, where_col, &w);
	return !w.indexed;
}

/* The tables of a query's FROM (joins, subqueries in FROM, UNION arms)
 * that it reads whole: those of a SELECT with no WHERE (with one, the plan
 * decides: an index may find the rows). */
static void from_reads(struct linter *l, const Node *n);

void lint_select_reads(struct linter *l, const PgQuery__SelectStmt *ss)
{
	if (!ss)
		return;
	lint_select_reads(l, ss->larg);
	lint_select_reads(l, ss->rarg);
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
			lint_reads(l, r->obj);
		else if (o && o->kind == OBJ_MATVIEW && o->rel)
			lint_reads(l, o->rel);
		break;
	}
	case PG_QUERY__NODE__NODE_JOIN_EXPR:
		from_reads(l, n->join_expr->larg);
		from_reads(l, n->join_expr->rarg);
		break;
	case PG_QUERY__NODE__NODE_RANGE_SUBSELECT:
		if (n->range_subselect->subquery &&
		    n->range_subselect->subquery->node_case == PG_QUERY__NODE__NODE_SELECT_STMT)
			lint_select_reads(l, n->range_subselect->subquery->select_stmt);
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

const char *lint_and_list(struct arena *a, const struct ptrvec *v)
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

bool lint_drop_still_used(struct linter *l, const struct table *t, const char *column,
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
		lint_finding(l, R_DROP_STILL_USED, -1, "%s CASCADE silently drops %s, which use%s it", what,
			lint_and_list(l->a, &users), users.n == 1 ? "s" : "");
	else
		lint_finding(l, R_DROP_STILL_USED, -1,
			"%s fails: %s use%s it (PostgreSQL refuses it without CASCADE)", what,
			lint_and_list(l->a, &users), users.n == 1 ? "s" : "");
	return !cascade;
}

void lint_pending_breaks(struct linter *l)
{
	const struct stmt *saved = l->st;

	for (size_t i = 0; i < l->pending.n; i++) {
		struct pending_break *pb = l->pending.items[i];
		const struct dbobject *o = catalog_find_object(l->cat, pb->fn_key);
		if (!o || !vec_has_string(&o->uses, pb->rel_key) || catalog_find_table(l->cat, &pb->table))
			continue;
		pb->st.directives = pb->directives;
		l->st = &pb->st;
		lint_finding(l, R_DROP_STILL_USED, -1,
			"DROP TABLE %s breaks %s: its body uses the table (PostgreSQL does not track that, the function fails when called)",
			pb->table.name, pb->fn_label);
	}
	l->st = saved;
	memset(&l->pending, 0, sizeof(l->pending));
}
