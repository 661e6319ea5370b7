/*
 * build_foreign.c - foreign tables, a generic kind (build_generic.c) with
 * columns: CREATE FOREIGN TABLE, as a plain relation or a partition
 * (PARTITION OF), pg_dump's form of a partition (CREATE FOREIGN TABLE then
 * ALTER TABLE ... ATTACH PARTITION), and ALTER FOREIGN TABLE ... OWNER TO
 * and ALTER COLUMN ... OPTIONS, folded into the stored CREATE. Takes the
 * builder and the statement; returns 0, or -1 with a diagnostic recorded.
 */
#include "build_int.h"

#include <string.h>

/* ---- foreign tables ---------------------------------------------------------- */

/*
 * CREATE FOREIGN TABLE: a relation of columns kept as its statement (no
 * data is stored here: a change drops and creates it again). A partition
 * of a partitioned table (PARTITION OF ... FOR VALUES) is one too: its
 * columns are the parent's, the names it mentions order it after the
 * parent, and dropping the parent drops it, as PostgreSQL does. Refused:
 * INHERITS, and CHECK constraints (unnamed ones PostgreSQL names).
 */
int build_foreign_table_check(struct builder *b, PgQuery__CreateForeignTableStmt *fs,
			       const char *schema)
{
	PgQuery__CreateStmt *cs = fs->base_stmt;

	if (cs->partbound) {
		struct table *parent = build_lookup_table(b, cs->inh_relations[0]->range_var, false);
		if (!parent)
			return -1;
		if (!parent->partkey)
			return build_error(b, cs->inh_relations[0]->range_var->location,
					   "table '%s' is not partitioned", parent->name.name);
	} else if (cs->n_inh_relations)
		return build_error(b, cs->relation->location,
				   "unsupported statement: CREATE FOREIGN TABLE ... INHERITS");
	for (size_t i = 0; i < cs->n_table_elts; i++) {
		const Node *e = cs->table_elts[i];
		if (e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF ||
		    (e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT &&
		     e->constraint->contype == PG_QUERY__CONSTR_TYPE__CONSTR_CHECK &&
		     e->constraint->conname && *e->constraint->conname))
			continue;
		return build_error(b, cs->relation->location,
				   "unsupported statement: CREATE FOREIGN TABLE with a table constraint other than a named CHECK");
	}
	cs->relation->schemaname = (char *)schema;
	cs->relation->relname = (char *)build_ident(b, cs->relation->relname);
	return 0;
}

/* Its columns (a partition's: its parent's), for the views and comments on
 * them; its server. */
void build_foreign_table_columns(struct builder *b, struct dbobject *o,
				  const PgQuery__CreateForeignTableStmt *fs)
{
	const PgQuery__CreateStmt *cs = fs->base_stmt;
	const struct table *parent = cs->partbound
		? build_lookup_table(b, cs->inh_relations[0]->range_var, false) : NULL;
	size_t n = parent ? parent->columns.n : cs->n_table_elts;

	for (size_t i = 0; i < n; i++) {
		const char *name;
		if (parent)
			name = ((const struct column *)parent->columns.items[i])->name;
		else if (cs->table_elts[i]->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF)
			name = build_ident(b, cs->table_elts[i]->column_def->colname);
		else
			continue;
		vec_push(&o->columns, b->a, (void *)name);
		vec_push(&o->col_comments, b->a, NULL);
	}
	build_add_key(b->a, &o->deps, object_dep_key(b->a, 'S', "", build_ident(b, fs->servername)));
}

/*
 * The column of a foreign table's definition (pg_dump's form, every column
 * written) as a column option of PARTITION OF parent: NULL when it only
 * repeats the parent's column (its type, NOT NULL, DEFAULT), else a
 * ColumnDef with what the partition adds (NOT NULL, its own DEFAULT).
 */
static Node *partition_column(struct builder *b, const struct column *p, PgQuery__ColumnDef *cd)
{
	Node **keep = arena_alloc(b->st->scratch, (cd->n_constraints + 1) * sizeof(*keep));
	size_t n = 0;

	for (size_t i = 0; i < cd->n_constraints; i++) {
		PgQuery__Constraint *k = cd->constraints[i]->constraint;
		if (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL && p->not_null)
			continue;
		if (k->contype == PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT && p->def && !p->generated &&
		    expr_equal(p->def, expr_new(b->st->scratch,
						node_copy(b->st->scratch, k->raw_expr), NULL)))
			continue;
		keep[n++] = cd->constraints[i];
	}
	if (!n)
		return NULL;
	cd->type_name = NULL;
	cd->constraints = keep;
	cd->n_constraints = n;
	return build_node_of(b->st->scratch, PG_QUERY__NODE__NODE_COLUMN_DEF, cd);
}

/*
 * ALTER TABLE parent ATTACH PARTITION o, o a foreign table (pg_dump's form
 * of a foreign partition: CREATE FOREIGN TABLE with every column and the
 * parent's CHECK constraints, then ATTACH): its statement becomes the
 * PARTITION OF form, so that both forms are one object.
 */
int build_attach_foreign_partition(struct builder *b, struct table *parent, struct dbobject *o,
				   PgQuery__PartitionCmd *pc)
{
	Node *stmt = object_stmt(b->st->scratch, o);
	PgQuery__CreateStmt *cs = stmt->create_foreign_table_stmt->base_stmt;
	Node **elts = arena_alloc(b->st->scratch, (cs->n_table_elts + 1) * sizeof(*elts));
	size_t n = 0, ncols = 0;
	PgQuery__RangeVar *rv = arena_alloc(b->st->scratch, sizeof(*rv));

	if (cs->partbound)
		return build_error(b, pc->name->location, "'%s' is already a partition", o->name.name);
	if (!parent->partkey)
		return build_error(b, pc->name->location, "table '%s' is not partitioned",
				   parent->name.name);
	for (size_t i = 0; i < cs->n_table_elts; i++) {
		Node *e = cs->table_elts[i];
		if (e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
			PgQuery__ColumnDef *cd = e->column_def;
			const struct column *p = NULL;
			for (size_t j = 0; j < parent->columns.n; j++)
				if (str_eq(((const struct column *)parent->columns.items[j])->name,
					   build_ident(b, cd->colname)))
					p = parent->columns.items[j];
			if (!p)
				return build_error(b, pc->name->location,
						   "table '%s' contains column '%s' not found in parent '%s'",
						   o->name.name, cd->colname, parent->name.name);
			if (cd->n_fdwoptions)
				return build_error(b, pc->name->location,
						   "unsupported statement: ATTACH PARTITION of a foreign table whose column '%s' has OPTIONS",
						   cd->colname);
			ncols++;
			e = partition_column(b, p, cd);
		} else if (table_find_constraint(parent, build_ident(b, e->constraint->conname))) {
			e = NULL;	/* the parent's CHECK, which the partition inherits */
		}
		if (e)
			elts[n++] = e;
	}
	if (ncols != parent->columns.n)
		return build_error(b, pc->name->location, "table '%s' is missing columns of the parent '%s'",
				   o->name.name, parent->name.name);
	pg_query__range_var__init(rv);
	rv->schemaname = (char *)parent->name.schema;
	rv->relname = (char *)parent->name.name;
	rv->inh = true;
	rv->relpersistence = (char *)"p";
	cs->inh_relations = arena_alloc(b->st->scratch, sizeof(*cs->inh_relations));
	cs->inh_relations[0] = build_node_of(b->st->scratch, PG_QUERY__NODE__NODE_RANGE_VAR, rv);
	cs->n_inh_relations = 1;
	cs->partbound = pc->bound;
	cs->table_elts = elts;
	cs->n_table_elts = n;
	build_add_key(b->a, &o->deps, object_dep_key(b->a, 'r', parent->name.schema, parent->name.name));
	build_object_store(b, o, &stmt, 1);
	return 0;
}

/* OPTIONS (ADD | SET | DROP name ...) of a column, applied to list. */
static int apply_options(struct builder *b, Node ***list, size_t *n, Node **opts, size_t nopts)
{
	for (size_t i = 0; i < nopts; i++) {
		PgQuery__DefElem *d = opts[i]->def_elem;
		size_t at = *n;
		for (size_t j = 0; j < *n; j++)
			if (str_eq((*list)[j]->def_elem->defname, d->defname))
				at = j;
		switch (d->defaction) {
		case PG_QUERY__DEF_ELEM_ACTION__DEFELEM_SET:
		case PG_QUERY__DEF_ELEM_ACTION__DEFELEM_DROP:
			if (at == *n)
				return build_error(b, -1, "option '%s' not found", d->defname);
			if (d->defaction == PG_QUERY__DEF_ELEM_ACTION__DEFELEM_DROP)
				(*list)[at] = (*list)[--*n];
			else
				(*list)[at] = opts[i];
			break;
		default: {
			Node **grown;
			if (at != *n)
				return build_error(b, -1, "option '%s' provided more than once", d->defname);
			grown = arena_alloc(b->st->scratch, (*n + 1) * sizeof(*grown));
			if (*n)
				memcpy(grown, *list, *n * sizeof(*grown));
			grown[(*n)++] = opts[i];
			*list = grown;
		}
		}
		d->defaction = PG_QUERY__DEF_ELEM_ACTION__DEFELEM_UNSPEC;
	}
	return 0;
}

int build_alter_foreign_table(struct builder *b, PgQuery__AlterTableStmt *as, struct relation *r)
{
	struct dbobject *o = r && r->kind == REL_VIEW ? r->obj : NULL;
	Node *stmt;
	PgQuery__CreateStmt *cs;

	if (!o || o->kind != OBJ_FOREIGN_TABLE) {
		if (as->missing_ok)
			return 0;
		return build_error(b, as->relation->location, "foreign table '%s' does not exist",
				   as->relation->relname);
	}
	stmt = object_stmt(b->st->scratch, o);
	cs = stmt->create_foreign_table_stmt->base_stmt;
	for (size_t i = 0; i < as->n_cmds; i++) {
		PgQuery__AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
		PgQuery__ColumnDef *cd = NULL;
		if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner) {
			if (build_alter_table_owner(b, r, cmd->newowner) < 0)
				return -1;
			continue;
		}
		if (cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnGenericOptions ||
		    !cmd->def || cmd->def->node_case != PG_QUERY__NODE__NODE_LIST)
			return build_error(b, as->relation->location,
					   "unsupported statement: ALTER FOREIGN TABLE ... %s",
					   build_alter_cmd_name(b, cmd->subtype));
		for (size_t j = 0; j < cs->n_table_elts; j++)
			if (str_eq(build_ident(b, cs->table_elts[j]->column_def->colname), build_ident(b, cmd->name)))
				cd = cs->table_elts[j]->column_def;
		if (!cd)
			return build_error(b, as->relation->location,
					   "column '%s' of relation '%s' does not exist", cmd->name,
					   o->name.name);
		if (apply_options(b, &cd->fdwoptions, &cd->n_fdwoptions, cmd->def->list->items,
				  cmd->def->list->n_items) < 0)
			return -1;
	}
	build_sort_options(stmt);
	build_object_store(b, o, &stmt, 1);
	return 0;
}

