/*
 * build_table.c - CREATE TABLE, ALTER TABLE, CREATE INDEX: columns, serial
 * and identity sequences, defaults, constraints and indexes, with the names
 * PostgreSQL chooses for what is left unnamed.
 *
 * Naming follows PostgreSQL 15: serial and identity sequences are named
 * while columns are read (table_column_seq); then check constraints
 * (table_column_check, or table_check when the expression uses no single
 * column); then index-backed constraints, the primary key first
 * (table_pkey, table_cols_key, table_cols_excl); then foreign keys
 * (table_cols_fkey). Every name is fitted into 63 bytes and made unique with
 * a number, exactly as PostgreSQL's makeObjectName and ChooseRelationName do.
 */
#include "build_int.h"
#include "sqlfmt.h"

bool build_table_has(const char *s)
{
	return s && *s;
}

/* Does the expression name a column (PostgreSQL refuses one in a default)? */
static bool default_names_column(struct builder *b, Node *expr)
{
	struct ptrvec cols = { 0 };

	expr_columns(b->st->scratch ? b->st->scratch : b->a, expr, &cols);
	return cols.n > 0;
}

struct srcloc build_table_here(struct builder *b, int location)
{
	struct srcloc l = { b->st->file, stmt_loc(b->st, location) };
	return l;
}

static void push_pending(struct builder *b, struct pending *p, PgQuery__Constraint *c,
			 const char *column)
{
	struct arena *s = b->st->scratch ? b->st->scratch : b->a;
	struct pcon *pc = arena_alloc(s, sizeof(*pc));
	pc->c = c;
	pc->column = column;
	switch (c->contype) {
	case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
		vec_push(&p->checks, s, pc);
		break;
	case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
		vec_push(&p->fks, s, pc);
		break;
	default:
		vec_push(&p->ixcons, s, pc);
		break;
	}
}

const char *build_dotted_name(struct builder *b, PgQuery__Node **items, size_t n)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;
	size_t i = 0;

	if (n == 0)
		return NULL;
	if (n >= 2 && (str_eq(build_node_str(items[0]), "pg_catalog") ||
		       str_eq(build_node_str(items[0]), "public")))
		i = 1;
	for (; i < n; i++) {
		if (sb.len)
			sb_addc(&sb, '.');
		sb_adds(&sb, build_node_str(items[i]) ? build_node_str(items[i]) : "");
	}
	s = arena_strdup(b->a, sb.buf);
	sb_release(&sb);
	return s;
}

const char *build_collation_ref(struct builder *b, PgQuery__Node **items, size_t n)
{
	struct qname q;

	if (n == 0 || !build_node_str(items[n - 1]))
		return NULL;
	q.name = build_node_str(items[n - 1]);
	q.schema = n >= 2 ? build_node_str(items[n - 2]) : NULL;
	if (strcmp(q.name, "default") == 0 && (!q.schema || strcmp(q.schema, "pg_catalog") == 0))
		return NULL;
	/* unqualified: the schema of the first collation of that name on the
	 * search_path, so that the name means the same under pg_dump's */
	for (size_t i = 0; !q.schema && i < b->cat->search_path.n; i++) {
		struct qname on = { b->cat->search_path.items[i], q.name };
		if (catalog_find_collation(b->cat, &on))
			q.schema = on.schema;
	}
	return build_collation_sql(b->a, &q);
}

const char *build_collation_name(struct builder *b, PgQuery__CollateClause *cc)
{
	return cc ? build_collation_ref(b, cc->collname, cc->n_collname) : NULL;
}

void build_reloptions_move_last(struct reloptions *o, const char *prefix)
{
	size_t at = 0, len = strlen(prefix);

	for (size_t i = 0; i < o->items.n; i++) {
		const char *item = o->items.items[i];
		if (strncmp(item, prefix, len) == 0)
			continue;
		memmove(&o->items.items[at + 1], &o->items.items[at], (i - at) * sizeof(void *));
		o->items.items[at++] = (void *)item;
	}
}

/* The TOAST table's parameters (toast.*) are stored apart, on it: after
 * the table's own, each list in its order, as pg_dump prints them. */
void build_reloptions_toast_last(struct reloptions *o)
{
	build_reloptions_move_last(o, "toast.");
}

void build_reloptions_from(struct builder *b, PgQuery__Node **opts, size_t n,
		     struct reloptions *out)
{
	for (size_t i = 0; i < n; i++) {
		PgQuery__DefElem *d;
		const char *v = "true";
		char *item;

		if (opts[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		d = opts[i]->def_elem;
		if (d->arg) {
			switch (d->arg->node_case) {
			case PG_QUERY__NODE__NODE_INTEGER:
				v = arena_printf(b->a, "%d", d->arg->integer->ival);
				break;
			case PG_QUERY__NODE__NODE_FLOAT:
				v = d->arg->float_->fval;
				break;
			case PG_QUERY__NODE__NODE_STRING:
				v = d->arg->string->sval;
				break;
			case PG_QUERY__NODE__NODE_BOOLEAN:
				v = d->arg->boolean->boolval ? "true" : "false";
				break;
			case PG_QUERY__NODE__NODE_TYPE_NAME: {
				PgQuery__TypeName *tn = d->arg->type_name;
				v = build_node_str(tn->names[tn->n_names - 1]);
				break;
			}
			default:
				break;
			}
		}
		item = arena_printf(b->a, "%s%s%s=%s", build_table_has(d->defnamespace) ? d->defnamespace : "",
				    build_table_has(d->defnamespace) ? "." : "", d->defname, v);
		vec_push(&out->items, b->a, item);	/* in the order written */
	}
	build_reloptions_toast_last(out);
}

/* ---- columns ---------------------------------------------------------- */

/* nextval('seq'::regclass), as PostgreSQL writes a serial column's default. */
static struct expr *nextval_default(struct builder *b, const struct sequence *s)
{
	struct strbuf sb = STRBUF_INIT;
	struct strbuf sql = STRBUF_INIT;
	PgQueryProtobufParseResult r;
	struct expr *e = NULL;

	sb_qname(&sb, s->name.schema, s->name.name);
	sb_adds(&sql, "SELECT nextval(");
	sb_literal(&sql, sb.buf);
	sb_adds(&sql, "::regclass)");
	r = pg_query_parse_protobuf(sql.buf);
	if (!r.error) {
		struct arena *tmp = arena_new();
		ProtobufCAllocator al = arena_protobuf_allocator(tmp);
		PgQuery__ParseResult *pr = pg_query__parse_result__unpack(
			&al, r.parse_tree.len, (void *)r.parse_tree.data);
		e = expr_new(b->a, pr->stmts[0]->stmt->select_stmt->target_list[0]->res_target->val, NULL);
		arena_free(tmp);
	}
	pg_query_free_protobuf_parse_result(r);
	sb_release(&sb);
	sb_release(&sql);
	return e;
}

static struct sequence *new_column_sequence(struct builder *b, struct table *t,
					    const char *column, const char *astype,
					    const char *name, bool identity)
{
	struct sequence *s = arena_alloc(b->a, sizeof(*s));

	s->name.schema = t->name.schema;
	s->name.name = name ? name
			    : choose_relation_name(b->a, b->cat, t->name.schema, t->name.name,
						   column, "seq", false);
	seqopts_defaults(&s->opts, astype, 1);
	s->identity = identity;
	s->unlogged = t->unlogged;
	s->owned_table = t->name.name;
	s->owned_column = column;
	s->loc = t->loc;
	return s;
}

static bool integer_type(const struct typeref *t)
{
	return str_eq(t->schema, "pg_catalog") && !t->ndims &&
	       (str_eq(t->name, "int2") || str_eq(t->name, "int4") || str_eq(t->name, "int8"));
}

int build_set_identity(struct builder *b, struct table *t, struct column *col,
		       PgQuery__Constraint *c, PgQuery__Node **opts, size_t nopts, char when)
{
	const char *seqname = NULL, *err;
	struct sequence *s;

	if (!integer_type(&col->type))
		return build_error(b, c ? c->location : -1,
				   "identity column type must be smallint, integer, or bigint");
	if (col->identity)
		return build_error(b, c ? c->location : -1,
				   "column '%s' of relation '%s' is already an identity column",
				   col->name, t->name.name);
	if (col->def)
		return build_error(b, c ? c->location : -1,
				   "column '%s' of relation '%s' already has a default value",
				   col->name, t->name.name);
	for (size_t i = 0; i < nopts; i++) {
		PgQuery__DefElem *d = opts[i]->def_elem;
		if (opts[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM &&
		    strcmp(d->defname, "sequence_name") == 0 && d->arg &&
		    d->arg->node_case == PG_QUERY__NODE__NODE_LIST)
			seqname = build_ident(b, build_node_str(d->arg->list->items[d->arg->list->n_items - 1]));
	}
	s = new_column_sequence(b, t, col->name, col->type.name, seqname, true);
	err = seqopts_apply(&s->opts, b->a, opts, nopts, col->type.name, NULL, NULL, NULL, NULL);
	if (err)
		return build_error(b, c ? c->location : -1, "%s", err);
	if (catalog_relname_taken(b->cat, s->name.schema, s->name.name))
		return build_name_error(b, c ? c->location : -1, "relation", s->name.name,
					DIAG_NAME_TAKEN);
	catalog_add_sequence(b->cat, s);
	col->identity = when == 'a' ? IDENTITY_ALWAYS : IDENTITY_BY_DEFAULT;
	col->identity_seq = s;
	col->not_null = true;
	return 0;
}

/*
 * Adds a column definition to t. Its constraints that need names are put in
 * pending; NOT NULL, DEFAULT, identity and generation apply at once.
 */
static int add_column(struct builder *b, struct table *t, PgQuery__ColumnDef *cd,
		      struct pending *p)
{
	struct column *col;
	bool serial;
	PgQuery__Constraint *last = NULL;
	struct sequence *serial_seq = NULL;

	if (!cd->type_name)
		return build_error(b, cd->location, "column '%s' has no type", cd->colname);
	col = arena_alloc(b->a, sizeof(*col));
	col->name = build_ident(b, cd->colname);
	if (table_find_column(t, col->name)) {
		if (p->creating)
			return build_error(b, cd->location, "column '%s' specified more than once",
					   col->name);
		return build_error(b, cd->location, "column '%s' of relation '%s' already exists",
				   col->name, t->name.name);
	}
	if (cd->type_name->pct_type || cd->type_name->setof)
		return build_error(b, cd->location, "invalid type for column '%s'", col->name);
	typeref_from_node(&col->type, b->a, b->cat, cd->type_name, &serial);
	col->collation = build_collation_over_type(b, &col->type, build_collation_name(b, cd->coll_clause));
	col->not_null = cd->is_not_null;
	col->loc = build_table_here(b, cd->location);
	if (serial) {
		if (cd->type_name->n_array_bounds)
			return build_error(b, cd->location, "array of serial is not implemented");
		serial_seq = new_column_sequence(b, t, col->name, col->type.name, NULL, false);
		catalog_add_sequence(b->cat, serial_seq);
		col->def = nextval_default(b, serial_seq);
		col->not_null = true;
	}
	vec_push(&t->columns, b->a, col);

	for (size_t i = 0; i < cd->n_constraints; i++) {
		PgQuery__Constraint *c = cd->constraints[i]->constraint;
		if (cd->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
			continue;
		switch (c->contype) {
		case PG_QUERY__CONSTR_TYPE__CONSTR_NULL:
			col->not_null = false;
			break;
		case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
			col->not_null = true;
			break;
		case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
			if (serial)
				return build_error(b, c->location,
						   "multiple default values specified for column '%s'",
						   col->name);
			if (default_names_column(b, c->raw_expr))
				return build_error(b, c->location,
						   "cannot use column reference in default expression");
			col->def = expr_new(b->a, c->raw_expr, b->st);
			break;
		case PG_QUERY__CONSTR_TYPE__CONSTR_IDENTITY:
			if (build_set_identity(b, t, col, c, c->options, c->n_options,
					 build_table_has(c->generated_when) ? c->generated_when[0] : 'a') < 0)
				return -1;
			break;
		case PG_QUERY__CONSTR_TYPE__CONSTR_GENERATED:
			col->def = expr_new(b->a, c->raw_expr, b->st);
			col->generated = true;
			break;
		case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
		case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
		case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
		case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
		case PG_QUERY__CONSTR_TYPE__CONSTR_EXCLUSION:
			push_pending(b, p, c, col->name);
			last = c;
			break;
		case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE:
		case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE:
		case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED:
		case PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_IMMEDIATE:
			if (!last)
				return build_error(b, c->location, "misplaced constraint attribute");
			if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRABLE)
				last->deferrable = true;
			else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_NOT_DEFERRABLE)
				last->deferrable = false;
			else if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_ATTR_DEFERRED)
				last->initdeferred = last->deferrable = true;
			else
				last->initdeferred = false;
			break;
		default:
			return build_error(b, c->location, "unsupported column constraint");
		}
	}
	if (col->generated && col->identity)
		return build_error(b, cd->location,
				   "both identity and generation expression specified for column '%s'",
				   col->name);
	if (build_table_has(cd->storage))
		return build_error(b, cd->location,
				   "unsupported column option: STORAGE (PostgreSQL 15 sets it with ALTER TABLE)");
	if (build_table_has(cd->compression) &&
	    build_column_compression(b, col, cd->compression, cd->location) < 0)
		return -1;
	return 0;
}

/*
 * A column of CREATE TABLE ... PARTITION OF (name WITH OPTIONS ...): the
 * column comes from the parent; its NOT NULL, DEFAULT and constraints apply.
 */
static int partition_column_options(struct builder *b, struct table *t, PgQuery__ColumnDef *cd,
				    struct pending *p)
{
	struct column *col = table_find_column(t, ident_truncate(b->a, cd->colname));

	if (!col)
		return build_error(b, cd->location, "column '%s' does not exist", cd->colname);
	if (cd->is_not_null)
		col->not_null = true;
	for (size_t i = 0; i < cd->n_constraints; i++) {
		PgQuery__Constraint *c = cd->constraints[i]->constraint;
		if (cd->constraints[i]->node_case != PG_QUERY__NODE__NODE_CONSTRAINT)
			continue;
		switch (c->contype) {
		case PG_QUERY__CONSTR_TYPE__CONSTR_NOTNULL:
			col->not_null = true;
			break;
		case PG_QUERY__CONSTR_TYPE__CONSTR_DEFAULT:
			col->def = expr_new(b->a, c->raw_expr, b->st);
			break;
		case PG_QUERY__CONSTR_TYPE__CONSTR_CHECK:
		case PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY:
		case PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE:
		case PG_QUERY__CONSTR_TYPE__CONSTR_FOREIGN:
			push_pending(b, p, c, col->name);
			break;
		default:
			return build_error(b, c->location, "unsupported column constraint in PARTITION OF");
		}
	}
	return 0;
}

static int finish_pending(struct builder *b, struct table *t, struct pending *p)
{
	if (build_add_checks(b, t, p) < 0 || build_add_index_constraints(b, t, p) < 0 ||
	    build_add_foreign_keys(b, t, p) < 0)
		return -1;
	return 0;
}

/* ---- CREATE TABLE ----------------------------------------------------- */

/* The column or constraint of a CREATE TABLE that comes first after
 * offset (a directive inside the statement), or NULL. */
static Node *element_after(struct builder *b, PgQuery__CreateStmt *cs, int offset)
{
	Node *next = NULL;
	int best = 0;

	for (size_t j = 0; j < cs->n_table_elts; j++) {
		Node *e = cs->table_elts[j];
		int loc = e->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF
			? e->column_def->location
			: e->node_case == PG_QUERY__NODE__NODE_CONSTRAINT ? e->constraint->location
									  : -1;
		loc = loc < 0 ? -1 : stmt_loc(b->st, loc);
		if (loc > offset && (!next || loc < best)) {
			next = e;
			best = loc;
		}
	}
	return next;
}

/*
 * `schemac:renamed-from` directives of a CREATE TABLE: one before the
 * statement names the table's old name; one inside names the old name of the
 * column or (named) constraint that follows it. `schemac:using EXPR` inside
 * gives the column that follows the USING of a type change with no cast.
 */
static int table_renames(struct builder *b, struct table *t, PgQuery__CreateStmt *cs)
{
	int ret = 0;

	for (size_t i = 0; i < b->st->directives.n; i++) {
		const struct directive *d = b->st->directives.items[i];
		const char *from = build_directive_renamed_from(b, d);
		const char *using = from ? NULL : build_directive_using(b, d);
		Node *next;

		if (!from && !using)
			continue;
		if (d->offset < b->st->offset) {
			if (from)
				t->renamed_from = from;
			continue;
		}
		next = element_after(b, cs, d->offset);
		if (next && next->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF) {
			struct column *c = table_find_column(t, ident_truncate(b->a, next->column_def->colname));
			if (c && from)
				c->renamed_from = from;
			else if (c) {
				c->using_expr = using;
				if (build_check_using(b, t, c, d, using) < 0)
					ret = -1;
			}
		} else if (next && from && build_table_has(next->constraint->conname)) {
			struct constraint *c = table_find_constraint(t, ident_truncate(b->a, next->constraint->conname));
			if (c)
				c->renamed_from = from;
		}
	}
	return ret;
}

int build_create_table(struct builder *b, PgQuery__CreateStmt *cs)
{
	PgQuery__RangeVar *rv = cs->relation;
	const char *schema;
	struct table *t;
	struct pending p = { .creating = true };
	struct qname q;

	if (cs->of_typename)
		return build_error(b, rv->location, "unsupported statement: CREATE TABLE ... OF type");
	if (build_table_has(rv->relpersistence) && rv->relpersistence[0] == 't')
		return build_error(b, rv->location,
				   "temporary tables are not part of a schema");
	schema = build_creation_schema(b, rv->schemaname, rv->location);
	if (!schema)
		return -1;
	q.schema = schema;
	q.name = build_ident(b, rv->relname);
	if (catalog_find_relation(b->cat, &q) || catalog_find_type(b->cat, &q)) {
		if (cs->if_not_exists)
			return 0;
		return build_name_error(b, rv->location, "relation", q.name, DIAG_NAME_TAKEN);
	}
	t = arena_alloc(b->a, sizeof(*t));
	t->name = q;
	t->unlogged = build_table_has(rv->relpersistence) && rv->relpersistence[0] == 'u';
	t->loc = build_table_here(b, rv->location);
	catalog_add_table(b->cat, t);
	if (cs->partbound && build_partition_of(b, t, cs) < 0)
		goto fail;

	for (size_t i = 0; i < cs->n_table_elts; i++) {
		Node *elt = cs->table_elts[i];
		switch (elt->node_case) {
		case PG_QUERY__NODE__NODE_COLUMN_DEF:
			if (cs->partbound) {
				if (partition_column_options(b, t, elt->column_def, &p) < 0)
					goto fail;
				break;
			}
			if (add_column(b, t, elt->column_def, &p) < 0)
				goto fail;
			break;
		case PG_QUERY__NODE__NODE_CONSTRAINT:
			push_pending(b, &p, elt->constraint, NULL);
			break;
		case PG_QUERY__NODE__NODE_TABLE_LIKE_CLAUSE:
			if (build_like_columns(b, t, elt->table_like_clause) < 0)
				goto fail;
			break;
		default:
			build_error(b, rv->location, "unsupported table element");
			goto fail;
		}
	}
	for (size_t i = 0; i < cs->n_constraints; i++)
		push_pending(b, &p, cs->constraints[i]->constraint, NULL);
	if (!cs->partbound && cs->n_inh_relations && build_inherits(b, t, cs) < 0)
		goto fail;
	if (cs->partspec && !(t->partkey = build_partkey(b, t, cs->partspec)))
		goto fail;
	build_reloptions_from(b, cs->options, cs->n_options, &t->options);
	if (finish_pending(b, t, &p) < 0)
		goto fail;
	for (size_t i = 0; i < cs->n_table_elts; i++)
		if (cs->table_elts[i]->node_case == PG_QUERY__NODE__NODE_TABLE_LIKE_CLAUSE &&
		    build_like_finish(b, t, cs->table_elts[i]->table_like_clause) < 0)
			goto fail;
	if (cs->partbound && build_partition_finish(b, t) < 0)
		goto fail;
	if (!cs->partbound && cs->n_inh_relations && build_inherits_finish(b, t) < 0)
		goto fail;
	return table_renames(b, t, cs);
fail:
	/* a failed CREATE TABLE leaves nothing behind, as in PostgreSQL; later
	 * statements naming the table are not reported again */
	build_drop_owned_sequences(b, t, NULL);
	catalog_remove_table(b->cat, t);
	catalog_mark_unsupported(b->cat, q.schema, q.name);
	return -1;
}

/*
 * Drops the foreign keys of other tables that reference t (only those on
 * column, or only those on key's columns, when given), or fails naming the
 * first one when the drop does not cascade. what names the object dropped.
 */
int build_drop_referencing_fks(struct builder *b, struct table *t, const char *column,
				const struct constraint *key, bool cascade, int location,
				const char *what)
{
	struct ptrvec tabs = { 0 }, cons = { 0 };
	int ret = 0;

	catalog_referencing_fks(b->cat, t, column, NULL, &tabs, &cons);
	for (size_t i = 0; i < cons.n && ret == 0; i++) {
		struct constraint *fk = cons.items[i];
		struct table *owner = tabs.items[i];
		if (key && !vec_same_strings(&fk->ref_columns, &key->columns))
			continue;
		if (owner == t && !column && !key)
			continue;	/* a self-reference goes with its table */
		if (owner != t && !cascade)
			ret = build_error(b, location,
					  "cannot drop %s because constraint '%s' on table '%s' depends on it",
					  what, fk->name, owner->name.name);
		else
			catalog_remove_constraint(b->cat, owner, fk);
	}
	free(tabs.items);
	free(cons.items);
	return ret;
}

int build_drop_table(struct builder *b, struct table *t, bool cascade, int location)
{
	if (build_drop_children(b, t, cascade, location) < 0)
		return -1;
	if (build_drop_referencing_fks(b, t, NULL, NULL, cascade, location,
				 arena_printf(b->a, "table '%s'", t->name.name)) < 0)
		return -1;
	if (build_drop_dependents(b, object_dep_key(b->a, 'r', t->name.schema, t->name.name),
				  cascade, arena_printf(b->a, "table '%s'", t->name.name)) < 0)
		return -1;
	build_drop_owned_sequences(b, t, NULL);
	catalog_remove_table(b->cat, t);
	return 0;
}

static bool elem_uses_column(const struct index_elem *e, const char *col)
{
	return (e->column && strcmp(e->column, col) == 0) || expr_uses_column(e->expr, col);
}

static bool constraint_uses_column(const struct constraint *c, const char *col)
{
	if (vec_has_string(&c->columns, col) || vec_has_string(&c->include, col) ||
	    expr_uses_column(c->check, col) || expr_uses_column(c->where, col))
		return true;
	for (size_t i = 0; i < c->elems.n; i++)
		if (elem_uses_column(c->elems.items[i], col))
			return true;
	return false;
}

static bool index_uses_column(const struct index *ix, const char *col)
{
	if (vec_has_string(&ix->include, col) || expr_uses_column(ix->where, col))
		return true;
	for (size_t i = 0; i < ix->elems.n; i++)
		if (elem_uses_column(ix->elems.items[i], col))
			return true;
	return false;
}

static int drop_column(struct builder *b, struct table *t, const char *name, bool cascade,
		       bool missing_ok)
{
	int pos = table_column_index(t, name);

	if (pos < 0) {
		if (missing_ok)
			return 0;
		return build_error(b, -1, "column '%s' of relation '%s' does not exist", name,
				   t->name.name);
	}
	if (build_drop_referencing_fks(b, t, name, NULL, cascade, -1,
				 arena_printf(b->a, "column '%s' of table '%s'", name, t->name.name)) < 0 ||
	    build_drop_column_dependents(b, t, name, cascade) < 0)
		return -1;
	for (size_t i = t->constraints.n; i-- > 0;)
		if (constraint_uses_column(t->constraints.items[i], name))
			catalog_remove_constraint(b->cat, t, t->constraints.items[i]);
	for (size_t i = t->indexes.n; i-- > 0;)
		if (index_uses_column(t->indexes.items[i], name))
			catalog_remove_index(b->cat, t, t->indexes.items[i]);
	build_drop_owned_sequences(b, t, name);
	vec_remove(&t->columns, (size_t)pos);
	return 0;
}

/* ---- ALTER TABLE ------------------------------------------------------ */

static struct column *alter_column_target(struct builder *b, struct table *t,
					  PgQuery__AlterTableCmd *cmd)
{
	struct column *c = table_find_column(t, ident_truncate(b->a, cmd->name));
	if (!c)
		build_error(b, -1, "column '%s' of relation '%s' does not exist", cmd->name,
			    t->name.name);
	return c;
}

static int alter_column_type(struct builder *b, struct table *t, PgQuery__AlterTableCmd *cmd)
{
	struct column *c = alter_column_target(b, t, cmd);
	PgQuery__ColumnDef *cd = cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_COLUMN_DEF
		? cmd->def->column_def : NULL;
	bool serial;

	if (!c)
		return -1;
	if (!cd || !cd->type_name)
		return build_error(b, -1, "ALTER COLUMN TYPE needs a type");
	typeref_from_node(&c->type, b->a, b->cat, cd->type_name, &serial);
	if (serial)
		return build_name_error(b, cd->location, "type", build_node_str(cd->type_name->names[cd->type_name->n_names - 1]),
					DIAG_NAME_MISSING);
	c->collation = build_collation_over_type(b, &c->type, build_collation_name(b, cd->coll_clause));
	if (c->identity_seq && !integer_type(&c->type))
		return build_error(b, cd->location,
				   "identity column type must be smallint, integer, or bigint");
	if (c->identity_seq) {
		/* the identity sequence follows the column's type */
		PgQuery__DefElem de = PG_QUERY__DEF_ELEM__INIT;
		PgQuery__TypeName tn = PG_QUERY__TYPE_NAME__INIT;
		PgQuery__String sv = PG_QUERY__STRING__INIT;
		Node svn = PG_QUERY__NODE__INIT, tnn = PG_QUERY__NODE__INIT, den = PG_QUERY__NODE__INIT;
		Node *names[1] = { &svn }, *opts[1] = { &den };
		sv.sval = (char *)c->type.name;
		svn.node_case = PG_QUERY__NODE__NODE_STRING;
		svn.string = &sv;
		tn.n_names = 1;
		tn.names = names;
		tnn.node_case = PG_QUERY__NODE__NODE_TYPE_NAME;
		tnn.type_name = &tn;
		de.defname = "as";
		de.arg = &tnn;
		den.node_case = PG_QUERY__NODE__NODE_DEF_ELEM;
		den.def_elem = &de;
		seqopts_apply(&c->identity_seq->opts, b->a, opts, 1, NULL, NULL, NULL, NULL, NULL);
	}
	return 0;
}

static int alter_add_constraint(struct builder *b, struct table *t, PgQuery__Constraint *c)
{
	struct pending p = { .creating = false };

	if (c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ||
	    c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_UNIQUE) {
		if (build_table_has(c->indexname)) {
			/* ADD CONSTRAINT ... PRIMARY KEY USING INDEX idx */
			struct index *ix = table_find_index(t, ident_truncate(b->a, c->indexname));
			struct constraint *con;
			if (!ix)
				return build_name_error(b, c->location, "index", c->indexname,
							DIAG_NAME_MISSING);
			if (!ix->unique || ix->where)
				return build_error(b, c->location,
						   "index '%s' is not a plain unique index", ix->name);
			con = arena_alloc(b->a, sizeof(*con));
			con->kind = c->contype == PG_QUERY__CONSTR_TYPE__CONSTR_PRIMARY ? CON_PRIMARY
											: CON_UNIQUE;
			for (size_t i = 0; i < ix->elems.n; i++) {
				struct index_elem *e = ix->elems.items[i];
				if (!e->column)
					return build_error(b, c->location,
							   "index '%s' contains expressions", ix->name);
				vec_push(&con->columns, b->a, (void *)e->column);
			}
			con->include = ix->include;
			con->nulls_not_distinct = ix->nulls_not_distinct;
			con->options = ix->options;
			con->parent = ix->parent;	/* attached, it stays so */
			con->deferrable = c->deferrable;
			con->deferred = c->initdeferred;
			con->loc = build_table_here(b, c->location);
			con->name = build_table_has(c->conname) ? build_ident(b, c->conname) : ix->name;
			catalog_remove_index(b->cat, t, ix);
			if (con->kind == CON_PRIMARY) {
				if (build_primary_key(t))
					return build_error(b, c->location,
							   "multiple primary keys for table '%s' are not allowed",
							   t->name.name);
				for (size_t j = 0; j < con->columns.n; j++)
					table_find_column(t, con->columns.items[j])->not_null = true;
			}
			catalog_add_constraint(b->cat, t, con);
			return 0;
		}
	}
	push_pending(b, &p, c, NULL);
	return finish_pending(b, t, &p);
}

static int alter_identity_options(struct builder *b, struct column *c, Node *def)
{
	const char *err;
	Node **opts;
	size_t n = 0;

	if (!c->identity_seq)
		return build_error(b, -1, "column '%s' is not an identity column", c->name);
	if (!def || def->node_case != PG_QUERY__NODE__NODE_LIST)
		return 0;
	/* the sequence options together, as PostgreSQL checks them: SET
	 * MAXVALUE -10 SET START WITH -10 is valid though START -10 comes
	 * after a MAXVALUE the old START exceeds */
	opts = arena_alloc(b->st->scratch, (def->list->n_items + 1) * sizeof(*opts));
	for (size_t i = 0; i < def->list->n_items; i++) {
		PgQuery__DefElem *d = def->list->items[i]->def_elem;
		if (def->list->items[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		if (strcmp(d->defname, "generated") == 0 && d->arg &&
		    d->arg->node_case == PG_QUERY__NODE__NODE_INTEGER)
			c->identity = d->arg->integer->ival == 'a' ? IDENTITY_ALWAYS : IDENTITY_BY_DEFAULT;
		else if (strcmp(d->defname, "generated") != 0)
			opts[n++] = def->list->items[i];
	}
	if (!n)
		return 0;
	err = seqopts_apply(&c->identity_seq->opts, b->a, opts, n, NULL, NULL, NULL, NULL, NULL);
	if (err)
		return build_error(b, opts[0]->def_elem->location, "%s", err);
	return 0;
}

/* The string constant of n, a 'literal' or a 'literal'::type, or NULL. */
static const char *const_string(const Node *n)
{
	if (n && n->node_case == PG_QUERY__NODE__NODE_TYPE_CAST)
		n = n->type_cast->arg;
	if (!n || n->node_case != PG_QUERY__NODE__NODE_A_CONST ||
	    n->a_const->val_case != PG_QUERY__A__CONST__VAL_SVAL)
		return NULL;
	return n->a_const->sval->sval;
}

int build_set_attislocal(struct builder *b, const PgQuery__UpdateStmt *us)
{
	const PgQuery__RangeVar *rv = us->relation;
	const PgQuery__ResTarget *rt;
	const PgQuery__BoolExpr *and;
	const char *rel = NULL, *col = NULL;
	struct relation *r;
	struct column *c;
	bool local;

	if (!rv || !str_eq(rv->relname, "pg_attribute") ||
	    (build_table_has(rv->schemaname) && !str_eq(rv->schemaname, "pg_catalog")) || us->n_target_list != 1 ||
	    us->n_from_clause || !us->where_clause ||
	    us->where_clause->node_case != PG_QUERY__NODE__NODE_BOOL_EXPR)
		return 1;
	rt = us->target_list[0]->res_target;
	and = us->where_clause->bool_expr;
	if (!str_eq(rt->name, "attislocal") || !rt->val ||
	    rt->val->node_case != PG_QUERY__NODE__NODE_A_CONST ||
	    rt->val->a_const->val_case != PG_QUERY__A__CONST__VAL_BOOLVAL ||
	    and->boolop != PG_QUERY__BOOL_EXPR_TYPE__AND_EXPR || and->n_args != 2)
		return 1;
	local = rt->val->a_const->boolval->boolval;
	for (size_t i = 0; i < and->n_args; i++) {
		const PgQuery__AExpr *e = and->args[i]->node_case == PG_QUERY__NODE__NODE_A_EXPR
			? and->args[i]->a_expr : NULL;
		const PgQuery__ColumnRef *cr = e && e->lexpr &&
			e->lexpr->node_case == PG_QUERY__NODE__NODE_COLUMN_REF ? e->lexpr->column_ref : NULL;
		const char *field = cr && cr->n_fields == 1 ? build_node_str(cr->fields[0]) : NULL;
		if (str_eq(field, "attrelid"))
			rel = const_string(e->rexpr);
		else if (str_eq(field, "attname"))
			col = const_string(e->rexpr);
	}
	if (!rel || !col)
		return 1;
	{
		const char *dot = strchr(rel, '.');
		const char *schema = dot ? arena_strndup(b->a, rel, (size_t)(dot - rel)) : NULL;
		r = build_lookup_relation(b, schema, ident_truncate(b->a, dot ? dot + 1 : rel));
	}
	if (!r || r->kind != REL_TABLE)
		return build_error(b, -1, "relation '%s' does not exist", rel);
	c = table_find_column(r->obj, col);
	if (!c)
		return build_error(b, -1, "column '%s' of relation '%s' does not exist", col, rel);
	c->inherited_only = !local;
	return 0;
}

/* AT_EnableRowSecurity -> ENABLE ROW SECURITY */
const char *build_alter_cmd_name(struct builder *b, PgQuery__AlterTableType subtype)
{
	const ProtobufCEnumValue *v = protobuf_c_enum_descriptor_get_value(
		&pg_query__alter_table_type__descriptor, (int)subtype);
	struct strbuf sb = STRBUF_INIT;
	const char *s, *out;

	if (!v)
		return "command";
	s = strncmp(v->name, "AT_", 3) == 0 ? v->name + 3 : v->name;
	for (; *s; s++) {
		if (*s >= 'A' && *s <= 'Z' && sb.len)
			sb_addc(&sb, ' ');
		sb_addc(&sb, (char)(*s >= 'a' && *s <= 'z' ? *s - 32 : *s));
	}
	out = arena_strdup(b->a, sb.buf);
	sb_release(&sb);
	return out;
}

static int alter_cmd(struct builder *b, struct table *t, PgQuery__AlterTableCmd *cmd)
{
	struct column *c;
	bool cascade = cmd->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;

	switch (cmd->subtype) {
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn: {
		struct pending p = { .creating = false };
		PgQuery__ColumnDef *cd = cmd->def->column_def;
		if (table_find_column(t, ident_truncate(b->a, cd->colname)) && cmd->missing_ok)
			return 0;
		if (add_column(b, t, cd, &p) < 0)
			return -1;
		/* CHECK and FOREIGN KEY added with a column are validated at once */
		p.creating = true;
		return finish_pending(b, t, &p);
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropColumn:
		return drop_column(b, t, ident_truncate(b->a, cmd->name), cascade, cmd->missing_ok);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterColumnType:
		return alter_column_type(b, t, cmd);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ColumnDefault:
		if (!(c = alter_column_target(b, t, cmd)))
			return -1;
		if (c->generated)
			return build_error(b, -1, "column '%s' is a generated column", c->name);
		if (c->identity && cmd->def)
			return build_error(b, -1, "column '%s' is an identity column", c->name);
		c->def = cmd->def ? expr_new(b->a, cmd->def, b->st) : NULL;
		return 0;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetNotNull:
		if (!(c = alter_column_target(b, t, cmd)))
			return -1;
		c->not_null = true;
		return 0;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropNotNull:
		if (!(c = alter_column_target(b, t, cmd)))
			return -1;
		if (c->identity)
			return build_error(b, -1, "column '%s' of relation '%s' is an identity column",
					   c->name, t->name.name);
		for (size_t i = 0; i < t->constraints.n; i++) {
			struct constraint *con = t->constraints.items[i];
			if (con->kind == CON_PRIMARY && vec_has_string(&con->columns, c->name))
				return build_error(b, -1, "column '%s' is in a primary key", c->name);
		}
		c->not_null = false;
		return 0;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropExpression:
		if (!(c = alter_column_target(b, t, cmd)))
			return -1;
		if (!c->generated) {
			if (cmd->missing_ok)
				return 0;
			return build_error(b, -1, "column '%s' is not a stored generated column",
					   c->name);
		}
		c->generated = false;
		c->def = NULL;
		return 0;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint:
		return alter_add_constraint(b, t, cmd->def->constraint);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropConstraint: {
		struct constraint *con = table_find_constraint(t, ident_truncate(b->a, cmd->name));
		if (!con) {
			if (cmd->missing_ok)
				return 0;
			return build_error(b, -1, "constraint '%s' of relation '%s' does not exist",
					   cmd->name, t->name.name);
		}
		if ((con->kind == CON_PRIMARY || con->kind == CON_UNIQUE) &&
		    build_drop_referencing_fks(b, t, NULL, con, cascade, -1,
					 arena_printf(b->a, "constraint '%s' on table '%s'",
						      con->name, t->name.name)) < 0)
			return -1;
		catalog_remove_constraint(b->cat, t, con);
		return 0;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ValidateConstraint: {
		struct constraint *con = table_find_constraint(t, ident_truncate(b->a, cmd->name));
		if (!con)
			return build_error(b, -1, "constraint '%s' of relation '%s' does not exist",
					   cmd->name, t->name.name);
		con->not_valid = false;
		return 0;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AlterConstraint: {
		PgQuery__Constraint *def = cmd->def->constraint;
		struct constraint *con = table_find_constraint(t, ident_truncate(b->a, def->conname));
		if (!con)
			return build_error(b, -1, "constraint '%s' of relation '%s' does not exist",
					   def->conname, t->name.name);
		if (con->kind != CON_FOREIGN)
			return build_error(b, -1, "constraint '%s' of relation '%s' is not a foreign key constraint",
					   con->name, t->name.name);
		con->deferrable = def->deferrable;
		con->deferred = def->initdeferred;
		return 0;
	}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddIdentity:
		if (!(c = alter_column_target(b, t, cmd)))
			return -1;
		{
			PgQuery__Constraint *def = cmd->def->constraint;
			if (!c->not_null)
				return build_error(b, -1,
						   "column '%s' of relation '%s' must be declared NOT NULL before identity can be added",
						   c->name, t->name.name);
			return build_set_identity(b, t, c, def, def->options, def->n_options,
					    build_table_has(def->generated_when) ? def->generated_when[0] : 'a');
		}
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetIdentity:
		if (!(c = alter_column_target(b, t, cmd)))
			return -1;
		return alter_identity_options(b, c, cmd->def);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropIdentity:
		if (!(c = alter_column_target(b, t, cmd)))
			return -1;
		if (!c->identity_seq) {
			if (cmd->missing_ok)
				return 0;
			return build_error(b, -1, "column '%s' of relation '%s' is not an identity column",
					   c->name, t->name.name);
		}
		catalog_remove_sequence(b->cat, c->identity_seq);
		c->identity_seq = NULL;
		c->identity = IDENTITY_NONE;
		return 0;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetLogged:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged:
		t->unlogged = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_SetUnLogged;
		return 0;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner:
		return build_alter_table_owner(b, &(struct relation){ REL_TABLE, t, t },
					       cmd->newowner);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition:
		return build_attach_partition(b, t, cmd->def->partition_cmd);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DetachPartition:
		return build_detach_partition(b, t, cmd->def->partition_cmd);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropInherit:
		return build_alter_inherit(b, t, cmd->def->range_var,
					   cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddInherit);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions:
		return build_set_reloptions(b, &t->options, cmd,
					      cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStorage:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetCompression:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_SetStatistics:
		return build_alter_column_option(b, t, cmd);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ReplicaIdentity:
		return build_replica_identity(b, t, cmd);
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ClusterOn:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DropCluster:
		return build_cluster_on(b, t, cmd);
	default: {
		int r = build_alter_table_object_cmd(b, t, cmd);
		if (r != 0)
			return r < 0 ? -1 : 0;
	}
		return build_error(b, -1, "unsupported statement: ALTER TABLE ... %s",
				   build_alter_cmd_name(b, cmd->subtype));
	}
}

int build_alter_table(struct builder *b, PgQuery__AlterTableStmt *as)
{
	struct table *t;
	struct relation *r;

	if (as->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX && as->n_cmds == 1 &&
	    as->cmds[0]->alter_table_cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AttachPartition)
		return build_attach_index(b, as, as->cmds[0]->alter_table_cmd->def->partition_cmd);
	if (as->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX)
		return build_alter_index(b, as);
	if (as->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX ||
	    as->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE) {
		/* ALTER INDEX / ALTER SEQUENCE ... OWNER TO and the like */
		for (size_t i = 0; i < as->n_cmds; i++)
			if (as->cmds[i]->alter_table_cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner)
				return build_error(b, as->relation->location,
						   "unsupported statement: ALTER %s ... %s",
						   as->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_INDEX
							   ? "INDEX" : "SEQUENCE",
						   build_alter_cmd_name(b, as->cmds[i]->alter_table_cmd->subtype));
		if (as->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE) {
			r = build_lookup_relation(b, as->relation->schemaname,
					    ident_truncate(b->a, as->relation->relname));
			if (r && r->kind == REL_SEQUENCE)
				for (size_t i = 0; i < as->n_cmds; i++)
					build_alter_table_owner(b, r, as->cmds[i]->alter_table_cmd->newowner);
		}
		return 0;
	}
	r = build_lookup_relation(b, as->relation->schemaname, ident_truncate(b->a, as->relation->relname));
	if (as->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_FOREIGN_TABLE ||
	    (r && r->kind == REL_VIEW && ((struct dbobject *)r->obj)->kind == OBJ_FOREIGN_TABLE))
		return build_alter_foreign_table(b, as, r);
	if (as->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW ||
	    as->objtype == PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW || (r && r->kind == REL_VIEW)) {
		/* pg_dump: ALTER TABLE view OWNER TO; ALTER VIEW ... SET (...) */
		for (size_t i = 0; i < as->n_cmds; i++) {
			PgQuery__AlterTableType st = as->cmds[i]->alter_table_cmd->subtype;
			if (st != PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner &&
			    st != PG_QUERY__ALTER_TABLE_TYPE__AT_SetRelOptions &&
			    st != PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions)
				return build_error(b, as->relation->location,
						   "unsupported statement: ALTER VIEW ... %s",
						   build_alter_cmd_name(b, st));
		}
		if (!r && !as->missing_ok)
			return build_name_error(b, as->relation->location, "view", as->relation->relname,
						DIAG_NAME_MISSING);
		for (size_t i = 0; r && i < as->n_cmds; i++) {
			PgQuery__AlterTableCmd *cmd = as->cmds[i]->alter_table_cmd;
			if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner)
				build_alter_table_owner(b, r, cmd->newowner);
			else if (r->kind != REL_VIEW)
				return build_error(b, as->relation->location, "'%s' is not a view",
						   as->relation->relname);
			else if (build_alter_view_options(b, r->obj, cmd) < 0)
				return -1;
			r = build_lookup_relation(b, as->relation->schemaname,
					    ident_truncate(b->a, as->relation->relname));
		}
		return 0;
	}
	if (as->objtype != PG_QUERY__OBJECT_TYPE__OBJECT_TABLE)
		return build_error(b, as->relation->location,
				   "unsupported statement: ALTER on this kind of relation");
	if (!r) {
		if (as->missing_ok)
			return 0;
		return build_name_error(b, as->relation->location, "relation", as->relation->relname,
					DIAG_NAME_MISSING);
	}
	if (r->kind == REL_SEQUENCE) {
		/* pg_dump: ALTER TABLE seq OWNER TO; anything else is not for sequences */
		for (size_t i = 0; i < as->n_cmds; i++)
			if (as->cmds[i]->alter_table_cmd->subtype != PG_QUERY__ALTER_TABLE_TYPE__AT_ChangeOwner)
				return build_error(b, as->relation->location,
						   "'%s' is a sequence, not a table", as->relation->relname);
		for (size_t i = 0; i < as->n_cmds; i++)
			build_alter_table_owner(b, r, as->cmds[i]->alter_table_cmd->newowner);
		return 0;
	}
	if (r->kind != REL_TABLE)
		return build_error(b, as->relation->location, "'%s' is not a table",
				   as->relation->relname);
	t = r->obj;
	for (size_t i = 0; i < as->n_cmds; i++)
		if (alter_cmd(b, t, as->cmds[i]->alter_table_cmd) < 0 ||
		    build_alter_recurse(b, t, as->cmds[i]->alter_table_cmd, as->relation->inh) < 0)
			return -1;
	if (as->n_cmds == 1 && build_leading_renamed_from(b)) {
		PgQuery__AlterTableCmd *cmd = as->cmds[0]->alter_table_cmd;
		if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddColumn)
			table_find_column(t, ident_truncate(b->a, cmd->def->column_def->colname))
				->renamed_from = build_leading_renamed_from(b);
		else if (cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_AddConstraint &&
			 build_table_has(cmd->def->constraint->conname))
			table_find_constraint(t, ident_truncate(b->a, cmd->def->constraint->conname))
				->renamed_from = build_leading_renamed_from(b);
	}
	return 0;
}

/* ---- CREATE INDEX ----------------------------------------------------- */

int build_create_index(struct builder *b, PgQuery__IndexStmt *is)
{
	struct relation *r = build_lookup_relation(b, is->relation->schemaname,
					     ident_truncate(b->a, is->relation->relname));
	struct table *t = r && r->kind == REL_VIEW && r->table ? r->table
							       : build_lookup_table(b, is->relation, false);
	struct index *ix;
	struct ptrvec colnames = { 0 };

	if (!t)
		return -1;
	ix = arena_alloc(b->a, sizeof(*ix));
	ix->unique = is->unique;
	ix->nulls_not_distinct = is->nulls_not_distinct;
	ix->method = build_table_has(is->access_method) ? arena_strdup(b->a, is->access_method) : "btree";
	ix->loc = build_table_here(b, is->relation->location);
	for (size_t i = 0; i < is->n_index_params; i++) {
		const char *colname;
		PgQuery__IndexElem *ie = is->index_params[i]->index_elem;
		struct index_elem *e;
		if (ie->expr) {
			/* before build_make_elem: expr_new normalizes the tree in place */
			struct ptrvec cols = { 0 };
			expr_columns(b->st->scratch ? b->st->scratch : b->a, ie->expr, &cols);
			for (size_t j = 0; j < cols.n; j++)
				if (!table_find_column(t, ident_truncate(b->a, cols.items[j])))
					return build_error(b, is->relation->location,
							   "column '%s' does not exist",
							   (const char *)cols.items[j]);
		}
		e = build_make_elem(b, t, ie, &colname);
		if (e->column && !table_find_column(t, e->column))
			return build_error(b, is->relation->location, "column '%s' does not exist",
					   e->column);
		vec_push(&ix->elems, b->a, e);
		build_add_index_colname(b, &colnames, colname);
	}
	for (size_t i = 0; i < is->n_index_including_params; i++) {
		PgQuery__IndexElem *ie = is->index_including_params[i]->index_elem;
		const char *name = build_ident(b, ie->name);
		if (!name || !table_find_column(t, name))
			return build_error(b, is->relation->location, "column '%s' does not exist",
					   name ? name : "?");
		vec_push(&ix->include, b->a, (void *)name);
		build_add_index_colname(b, &colnames, name);
	}
	build_reloptions_from(b, is->options, is->n_options, &ix->options);
	if (is->where_clause) {
		struct ptrvec cols = { 0 };
		expr_columns(b->st->scratch ? b->st->scratch : b->a, is->where_clause, &cols);
		for (size_t j = 0; j < cols.n; j++)
			if (!table_find_column(t, ident_truncate(b->a, cols.items[j])))
				return build_error(b, is->relation->location,
						   "column '%s' does not exist",
						   (const char *)cols.items[j]);
		ix->where = expr_new(b->a, is->where_clause, b->st);
	}
	if (build_table_has(is->idxname)) {
		ix->name = build_ident(b, is->idxname);
		if (catalog_relname_taken(b->cat, t->name.schema, ix->name)) {
			if (is->if_not_exists)
				return 0;
			return build_name_error(b, -1, "relation", ix->name, DIAG_NAME_TAKEN);
		}
	} else {
		ix->name = choose_relation_name(b->a, b->cat, t->name.schema, t->name.name,
						name_addition(b->a, &colnames), "idx", false);
	}
	ix->renamed_from = build_leading_renamed_from(b);
	catalog_add_index(b->cat, t, ix);
	if (t->partkey && is->relation->inh)
		build_clone_index_to_partitions(b, t, ix);
	else if (t->partkey)
		ix->only = true;
	return 0;
}

/* ---- for build_partition.c ---------------------------------------------- */

int build_drop_column(struct builder *b, struct table *t, const char *name)
{
	return drop_column(b, t, name, true, false);
}
