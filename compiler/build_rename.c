/*
 * build_rename.c - ALTER ... RENAME of tables, columns and sequences in
 * the catalog, and build_apply_renames: the renames a migration names,
 * applied to an older catalog with the sequences and partitions they
 * carry along.
 */
#include "build_int.h"
#include "sqlfmt.h"

/* ---- renames ---------------------------------------------------------- */

static void rename_in_list(struct ptrvec *v, const char *old, const char *newname)
{
	for (size_t i = 0; i < v->n; i++)
		if (strcmp(v->items[i], old) == 0)
			v->items[i] = (void *)newname;
}

static void rename_in_elems(struct builder *b, struct ptrvec *elems, const char *old,
			    const char *newname)
{
	for (size_t i = 0; i < elems->n; i++) {
		struct index_elem *e = elems->items[i];
		if (e->column && strcmp(e->column, old) == 0)
			e->column = newname;
		e->expr = expr_rename_column(b->a, e->expr, old, newname);
	}
}

int build_rename_column(struct builder *b, struct table *t, const char *old,
			const char *newname, int location)
{
	struct column *col = table_find_column(t, old);
	struct ptrvec users = { 0 }, stmts = { 0 };

	if (!col)
		return build_error(b, location, "column '%s' does not exist", old);
	if (table_find_column(t, newname))
		return build_error(b, location, "column '%s' of relation '%s' already exists",
				   newname, t->name.name);
	build_column_rename_users(b, t, old, newname, &users, &stmts);
	col->name = newname;
	for (size_t i = 0; i < t->columns.n; i++) {
		struct column *c = t->columns.items[i];
		if (c->generated)
			c->def = expr_rename_column(b->a, c->def, old, newname);
	}
	for (size_t i = 0; i < t->constraints.n; i++) {
		struct constraint *c = t->constraints.items[i];
		rename_in_list(&c->columns, old, newname);
		rename_in_list(&c->include, old, newname);
		rename_in_list(&c->on_delete_cols, old, newname);
		c->check = expr_rename_column(b->a, c->check, old, newname);
		c->where = expr_rename_column(b->a, c->where, old, newname);
		rename_in_elems(b, &c->elems, old, newname);
	}
	for (size_t i = 0; i < t->indexes.n; i++) {
		struct index *ix = t->indexes.items[i];
		rename_in_list(&ix->include, old, newname);
		ix->where = expr_rename_column(b->a, ix->where, old, newname);
		rename_in_elems(b, &ix->elems, old, newname);
	}
	for (size_t i = 0; i < b->cat->tables.n; i++) {
		struct table *other = b->cat->tables.items[i];
		for (size_t j = 0; j < other->constraints.n; j++) {
			struct constraint *c = other->constraints.items[j];
			if (c->kind == CON_FOREIGN && str_eq(c->ref_table.schema, t->name.schema) &&
			    str_eq(c->ref_table.name, t->name.name))
				rename_in_list(&c->ref_columns, old, newname);
		}
	}
	for (size_t i = 0; i < b->cat->sequences.n; i++) {
		struct sequence *s = b->cat->sequences.items[i];
		if (str_eq(s->owned_table, t->name.name) && str_eq(s->name.schema, t->name.schema) &&
		    str_eq(s->owned_column, old))
			s->owned_column = newname;
	}
	build_follow_column_rename(b, &users, &stmts);
	return 0;
}

void build_rename_table(struct builder *b, struct table *t, const char *newname)
{
	const char *old = t->name.name;

	catalog_rename_table(b->cat, t, newname);
	for (size_t i = 0; i < b->cat->tables.n; i++) {
		struct table *other = b->cat->tables.items[i];
		for (size_t j = 0; j < other->constraints.n; j++) {
			struct constraint *c = other->constraints.items[j];
			if (c->kind == CON_FOREIGN && str_eq(c->ref_table.schema, t->name.schema) &&
			    str_eq(c->ref_table.name, old))
				c->ref_table.name = t->name.name;
		}
	}
	for (size_t i = 0; i < b->cat->sequences.n; i++) {
		struct sequence *s = b->cat->sequences.items[i];
		if (str_eq(s->owned_table, old) && str_eq(s->name.schema, t->name.schema))
			s->owned_table = t->name.name;
	}
	build_follow_table_rename(b, t->name.schema, old, t->name.name);
}

void build_rename_sequence(struct builder *b, struct sequence *s, const char *newname)
{
	struct strbuf old = STRBUF_INIT, now = STRBUF_INIT;

	sb_qname(&old, s->name.schema, s->name.name);
	catalog_rename_sequence(b->cat, s, newname);
	sb_qname(&now, s->name.schema, s->name.name);
	for (size_t i = 0; i < b->cat->tables.n; i++) {
		struct table *t = b->cat->tables.items[i];
		for (size_t j = 0; j < t->columns.n; j++) {
			struct column *c = t->columns.items[j];
			if (c->def && !c->generated)
				c->def = expr_rename_sequence(b->a, c->def, old.buf,
							      arena_strdup(b->a, now.buf));
		}
	}
	sb_release(&old);
	sb_release(&now);
}

/* ---- renames declared in the new schema --------------------------------- */

static void rename_record(struct catalog *cat, struct ptrvec *out, enum rename_kind kind,
			  struct qname object, const char *from, const char *to)
{
	struct rename *r = arena_alloc(cat->arena, sizeof(*r));
	r->kind = kind;
	r->object = object;
	r->from = from;
	r->to = to;
	vec_push(out, cat->arena, r);
}

static void apply_part_renames(struct builder *b, struct table *ot, const struct table *nt,
			       struct ptrvec *out)
{
	for (size_t i = 0; i < nt->columns.n; i++) {
		const struct column *c = nt->columns.items[i];
		if (c->renamed_from && table_find_column(ot, c->renamed_from) &&
		    !table_find_column(ot, c->name) && !table_find_column(nt, c->renamed_from) &&
		    build_rename_column(b, ot, c->renamed_from, c->name, -1) == 0)
			rename_record(b->cat, out, RENAME_COLUMN, nt->name, c->renamed_from, c->name);
	}
	for (size_t i = 0; i < nt->constraints.n; i++) {
		const struct constraint *c = nt->constraints.items[i];
		struct constraint *oc = c->renamed_from ? table_find_constraint(ot, c->renamed_from)
							: NULL;
		if (oc && !table_find_constraint(ot, c->name) &&
		    !table_find_constraint(nt, c->renamed_from) &&
		    !catalog_relname_taken(b->cat, ot->name.schema, c->name)) {
			catalog_rename_constraint(b->cat, ot, oc, c->name);
			rename_record(b->cat, out, RENAME_CONSTRAINT, nt->name, c->renamed_from, c->name);
		}
	}
	for (size_t i = 0; i < nt->indexes.n; i++) {
		const struct index *ix = nt->indexes.items[i];
		struct index *oi = ix->renamed_from ? table_find_index(ot, ix->renamed_from) : NULL;
		if (oi && !catalog_relname_taken(b->cat, ot->name.schema, ix->name) &&
		    !table_find_index(nt, ix->renamed_from)) {
			catalog_rename_index(b->cat, ot, oi, ix->name);
			rename_record(b->cat, out, RENAME_INDEX, nt->name, ix->renamed_from, ix->name);
		}
	}
}

/* The old sequence owned by the column new sequence s is owned by. */
static struct sequence *old_owned_sequence(struct catalog *old, const struct sequence *s)
{
	for (size_t i = 0; i < old->sequences.n; i++) {
		struct sequence *o = old->sequences.items[i];
		if (o->identity == s->identity && str_eq(o->name.schema, s->name.schema) &&
		    str_eq(o->owned_table, s->owned_table) && str_eq(o->owned_column, s->owned_column))
			return o;
	}
	return NULL;
}

static void apply_sequence_renames(struct builder *b, const struct catalog *new, struct ptrvec *out)
{
	for (size_t i = 0; i < new->sequences.n; i++) {
		const struct sequence *s = new->sequences.items[i];
		struct sequence *o;
		struct qname oldname;
		if (!s->owned_table || catalog_find_relation(b->cat, &s->name))
			continue;
		o = old_owned_sequence(b->cat, s);
		if (!o || catalog_find_relation(new, &o->name))
			continue;
		oldname = o->name;
		build_rename_sequence(b, o, s->name.name);
		rename_record(b->cat, out, RENAME_SEQUENCE, s->name, oldname.name, s->name.name);
	}
}

void build_apply_renames(struct catalog *old, const struct catalog *new, struct ptrvec *out)
{
	struct diags quiet_diags;
	struct stmt none = { .scratch = old->arena };
	struct builder b = { old, old->arena, &quiet_diags, &none, true };

	diags_init(&quiet_diags, old->arena);
	for (size_t i = 0; i < new->tables.n; i++) {
		const struct table *nt = new->tables.items[i];
		struct qname from = { nt->name.schema, nt->renamed_from };
		struct table *ot = nt->renamed_from ? catalog_find_table(old, &from) : NULL;
		if (ot && !catalog_relname_taken(old, nt->name.schema, nt->name.name) &&
		    !catalog_find_relation(new, &from)) {
			build_rename_table(&b, ot, nt->name.name);
			rename_record(old, out, RENAME_TABLE, nt->name, nt->renamed_from, nt->name.name);
		}
	}
	for (size_t i = 0; i < new->types.n; i++) {
		const struct type *ty = new->types.items[i];
		struct qname from = { ty->name.schema, ty->renamed_from };
		struct type *ot = ty->renamed_from ? catalog_find_type(old, &from) : NULL;
		if (ot && !catalog_find_type(old, &ty->name) && !catalog_find_type(new, &from)) {
			build_rename_type(&b, ot, ty->name.name);
			rename_record(old, out, RENAME_TYPE, ty->name, ty->renamed_from, ty->name.name);
		}
	}
	for (size_t i = 0; i < new->tables.n; i++) {
		const struct table *nt = new->tables.items[i];
		struct table *ot = catalog_find_table(old, &nt->name);
		if (ot)
			apply_part_renames(&b, ot, nt, out);
	}
	apply_sequence_renames(&b, new, out);
	for (size_t i = 0; i < new->types.n; i++) {
		const struct type *ty = new->types.items[i];
		struct type *ot = catalog_find_type(old, &ty->name);
		if (!ot)
			continue;
		for (size_t j = 0; j < ty->label_renamed_from.n; j++) {
			const char *from = ty->label_renamed_from.items[j];
			const char *to = ty->labels.items[j];
			int at = -1;
			bool taken = false;
			if (!from)
				continue;
			for (size_t k = 0; k < ot->labels.n; k++) {
				if (strcmp(ot->labels.items[k], from) == 0)
					at = (int)k;
				taken = taken || strcmp(ot->labels.items[k], to) == 0;
			}
			for (size_t k = 0; k < ty->labels.n && !taken; k++)
				taken = strcmp(ty->labels.items[k], from) == 0;
			if (at >= 0 && !taken) {
				ot->labels.items[at] = (void *)to;
				rename_record(old, out, RENAME_ENUM_VALUE, ty->name, from, to);
			}
		}
	}
}
