/*
 * diff.c - the differ. Walks the old and the new catalog object by object
 * (by name) and records the changes that turn old into new, each with its
 * phase (diff.h) and, when it loses data, what it loses.
 *
 * Rules worth knowing:
 *   - a changed constraint or index is dropped and created again;
 *   - foreign keys that depend on a key being dropped, or on a column whose
 *     type changes, are dropped first and added back afterwards;
 *   - column order is not compared: PostgreSQL only appends columns;
 *   - types and collations: diff_type.c;
 *   - comments on extensions and on the public schema are compared only when
 *     the new catalog sets one (they come with the extension or database);
 *   - sequences owned by a dropped column or table are not dropped again.
 */
#include "diff_int.h"
#include "build.h"
#include "cast.h"
#include "naming.h"
#include "normalize.h"
#include "qualify.h"
#include "sqlfmt.h"

#include <stdio.h>
#include <stdlib.h>

/* The name of the part of a table a change is about, or "". */
static const char *part_name(enum change_kind kind, const void *obj)
{
	switch (kind) {
	case CH_ADD_COLUMN:
	case CH_DROP_COLUMN:
	case CH_ALTER_COLUMN_TYPE:
	case CH_SET_DEFAULT:
	case CH_DROP_DEFAULT:
	case CH_SET_NOT_NULL:
	case CH_DROP_NOT_NULL:
	case CH_ADD_IDENTITY:
	case CH_SET_IDENTITY:
	case CH_DROP_IDENTITY:
	case CH_DROP_EXPRESSION:
		return ((const struct column *)obj)->name;
	case CH_ADD_CONSTRAINT:
	case CH_DROP_CONSTRAINT:
	case CH_VALIDATE_CONSTRAINT:
		return ((const struct constraint *)obj)->name;
	case CH_CREATE_INDEX:
	case CH_DROP_INDEX:
		return ((const struct index *)obj)->name;
	default:
		return "";
	}
}

/* The base order of a change: schema, name, part. */
static const char *change_key(struct differ *d, const struct change *c)
{
	const struct qname *q = NULL;

	if (c->table && c->kind == CH_ADD_COLUMN)	/* new columns keep their order */
		return arena_printf(d->a, "%s\x1f%s\x1f#%06d", c->table->name.schema,
				    c->table->name.name,
				    table_column_index(c->table, part_name(c->kind, c->obj)));
	if (c->table)
		return arena_printf(d->a, "%s\x1f%s\x1f%s", c->table->name.schema,
				    c->table->name.name, part_name(c->kind, c->obj));
	switch (c->kind) {
	case CH_CREATE_SCHEMA:
	case CH_DROP_SCHEMA:
		return ((const struct schema *)c->obj)->name;
	case CH_CREATE_ENUM:
	case CH_ADD_ENUM_VALUE:
	case CH_RENAME_TYPE:
	case CH_DROP_TYPE:
	case CH_CREATE_TYPE:
	case CH_DOMAIN_SET_DEFAULT:
	case CH_DOMAIN_DROP_DEFAULT:
	case CH_DOMAIN_SET_NOT_NULL:
	case CH_DOMAIN_DROP_NOT_NULL:
	case CH_DOMAIN_ADD_CHECK:
	case CH_DOMAIN_DROP_CHECK:
	case CH_DOMAIN_VALIDATE_CHECK:
	case CH_ADD_ATTRIBUTE:
	case CH_DROP_ATTRIBUTE:
	case CH_ALTER_ATTRIBUTE_TYPE:
		q = &((const struct type *)c->obj)->name;
		break;
	case CH_CREATE_COLLATION:
	case CH_RENAME_COLLATION:
	case CH_DROP_COLLATION:
		q = &((const struct collation *)c->obj)->name;
		break;
	case CH_CREATE_SEQUENCE:
	case CH_ALTER_SEQUENCE:
	case CH_SEQUENCE_OWNED_BY:
	case CH_DROP_SEQUENCE:
		q = &((const struct sequence *)c->obj)->name;
		break;
	default:
		return NULL;	/* extensions keep their order; comments are set below */
	}
	return arena_printf(d->a, "%s\x1f%s", q->schema, q->name);
}

struct change *diff_add(struct differ *d, enum change_kind kind, enum change_phase phase,
			  const struct table *t, const void *obj, const void *old)
{
	struct change *c = arena_alloc(d->a, sizeof(*c));
	c->kind = kind;
	c->phase = phase;
	c->seq = (int)d->out->items.n;
	c->table = t;
	c->obj = obj;
	c->old = old;
	c->key = change_key(d, c);
	if (kind == CH_CREATE_EXTENSION || kind == CH_DROP_EXTENSION || kind == CH_ALTER_EXTENSION)
		c->rank = c->seq;
	vec_push(&d->out->items, d->a, c);
	return c;
}

static bool declared_schema(const struct catalog *cat, const char *name)
{
	const struct schema *s = name ? catalog_find_schema(cat, name) : NULL;
	return s && s->loc.file && s->loc.file->declared;
}

bool diff_schema_managed(const struct ptrvec *managed, const struct catalog *old,
			 const struct catalog *new, const char *schema)
{
	bool listed = !managed || !managed->n;

	for (size_t i = 0; !listed && i < managed->n; i++)
		listed = str_eq(managed->items[i], schema);
	return listed && !declared_schema(new, schema) && !declared_schema(old, schema);
}

/* Is the schema managed? Objects elsewhere (Supabase's auth, extensions'
 * schemas) may be referenced but are never created, changed or dropped. */
bool diff_managed(const struct differ *d, const char *schema)
{
	return diff_schema_managed(d->managed, d->old, d->new, schema);
}

/* ---- equality --------------------------------------------------------- */

bool diff_strlist_equal(const struct ptrvec *x, const struct ptrvec *y)
{
	if (x->n != y->n)
		return false;
	for (size_t i = 0; i < x->n; i++)
		if (strcmp(x->items[i], y->items[i]) != 0)
			return false;
	return true;
}

static bool elem_equal(const struct index_elem *x, const struct index_elem *y)
{
	return str_eq(x->column, y->column) && expr_equal(x->expr, y->expr) &&
	       str_eq(x->collation, y->collation) && str_eq(x->opclass, y->opclass) &&
	       x->desc == y->desc && x->nulls_first == y->nulls_first && str_eq(x->op, y->op);
}

static bool elems_equal(const struct ptrvec *x, const struct ptrvec *y)
{
	if (x->n != y->n)
		return false;
	for (size_t i = 0; i < x->n; i++)
		if (!elem_equal(x->items[i], y->items[i]))
			return false;
	return true;
}

bool diff_constraint_equal(const struct constraint *x, const struct constraint *y)
{
	return x->kind == y->kind && x->deferrable == y->deferrable && x->deferred == y->deferred &&
	       diff_strlist_equal(&x->columns, &y->columns) && diff_strlist_equal(&x->include, &y->include) &&
	       x->nulls_not_distinct == y->nulls_not_distinct &&
	       expr_equal(x->check, y->check) && x->no_inherit == y->no_inherit &&
	       str_eq(x->ref_table.schema, y->ref_table.schema) &&
	       str_eq(x->ref_table.name, y->ref_table.name) &&
	       diff_strlist_equal(&x->ref_columns, &y->ref_columns) && x->match == y->match &&
	       x->on_update == y->on_update && x->on_delete == y->on_delete &&
	       diff_strlist_equal(&x->on_delete_cols, &y->on_delete_cols) && str_eq(x->method, y->method) &&
	       elems_equal(&x->elems, &y->elems) && expr_equal(x->where, y->where);
}

bool diff_index_equal(const struct index *x, const struct index *y)
{
	return x->unique == y->unique && x->nulls_not_distinct == y->nulls_not_distinct &&
	       str_eq(x->method, y->method) && elems_equal(&x->elems, &y->elems) &&
	       diff_strlist_equal(&x->include, &y->include) && expr_equal(x->where, y->where);
}

bool diff_matview_index_equal(const struct index *x, const struct index *y)
{
	return diff_index_equal(x, y) && diff_strlist_equal(&x->options.items, &y->options.items);
}

bool diff_key_calls_recalled(const struct differ *d, const struct constraint *c,
		    const struct index *ix)
{
	const struct ptrvec *elems = c ? &c->elems : &ix->elems;

	for (size_t i = 0; i < elems->n; i++)
		if (diff_calls_recalled(d, ((const struct index_elem *)elems->items[i])->expr))
			return true;
	return diff_calls_recalled(d, c ? c->where : ix->where) ||
	       (c && diff_calls_recalled(d, c->check));
}

bool diff_seqopts_equal(const struct seqopts *x, const struct seqopts *y)
{
	return str_eq(x->astype, y->astype) && x->start == y->start &&
	       x->increment == y->increment && x->minvalue == y->minvalue &&
	       x->maxvalue == y->maxvalue && x->cache == y->cache && x->cycle == y->cycle;
}

/* ---- lookups ---------------------------------------------------------- */

const struct table *diff_find_table(const struct catalog *cat, const struct qname *q)
{
	return catalog_find_table(cat, q);
}

static bool is_column_of(const struct catalog *cat, const char *schema, const char *table,
			 const char *column)
{
	struct qname q = { schema, table };
	const struct table *t = catalog_find_table(cat, &q);
	return t && column && table_find_column(t, column);
}

/* ---- comments --------------------------------------------------------- */

/* Does a comment change? Comments the new schema leaves unset are not
 * compared when only_if_set (extension and database comments). */
bool diff_comment_differs(const char *oldc, const char *newc, bool only_if_set)
{
	return !str_eq(oldc, newc) && !(only_if_set && !newc);
}

void diff_comment(struct differ *d, const char *target, const char *newc)
{
	struct change *c = diff_add(d, CH_COMMENT, PH_COMMENT, NULL, NULL, NULL);
	c->name = target;
	c->key = target;
	c->text = newc;
}

const char *diff_target(struct differ *d, const char *what, const char *schema,
			      const char *name)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_addf(&sb, "%s ", what);
	sb_qname(&sb, schema, name);
	s = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return s;
}

const char *diff_target_column(struct differ *d, const struct qname *rel, const char *col)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_adds(&sb, "COLUMN ");
	sb_qname(&sb, rel->schema, rel->name);
	sb_addc(&sb, '.');
	sb_ident(&sb, col);
	s = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return s;
}

const char *diff_target_constraint(struct differ *d, const char *on, const struct qname *rel,
				   const char *con)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_adds(&sb, "CONSTRAINT ");
	sb_ident(&sb, con);
	sb_addf(&sb, " ON %s", on);
	sb_qname(&sb, rel->schema, rel->name);
	s = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return s;
}

/* ---- schemas, extensions ---------------------------------------------- */

static void diff_schemas(struct differ *d)
{
	for (size_t i = 0; i < d->new->schemas.n; i++) {
		const struct schema *n = d->new->schemas.items[i];
		const struct schema *o = catalog_find_schema(d->old, n->name);
		if (!diff_managed(d, n->name))
			continue;
		if (!o)
			diff_add(d, CH_CREATE_SCHEMA, PH_CREATE_SCHEMA, NULL, n, NULL);
		if (diff_comment_differs(o ? o->comment : NULL, n->comment, n->implicit))
			diff_comment(d, diff_target(d, "SCHEMA", NULL, n->name), n->comment);
	}
	for (size_t i = d->old->schemas.n; i-- > 0;) {
		const struct schema *o = d->old->schemas.items[i];
		if (!catalog_find_schema(d->new, o->name) && !o->implicit && diff_managed(d, o->name)) {
			struct change *c = diff_add(d, CH_DROP_SCHEMA, PH_DROP_SCHEMA, NULL, o, NULL);
			c->destructive = arena_printf(d->a, "schema %s", o->name);
		}
	}
}

static void diff_extensions(struct differ *d)
{
	for (size_t i = 0; i < d->new->extensions.n; i++) {
		const struct extension *n = d->new->extensions.items[i];
		const struct extension *o = catalog_find_extension(d->old, n->name);
		if (!diff_managed(d, n->schema))
			continue;
		if (!o)
			diff_add(d, CH_CREATE_EXTENSION, PH_CREATE_EXTENSION, NULL, n, NULL);
		else if (!str_eq(o->schema, n->schema) || (n->version && !str_eq(o->version, n->version)))
			diff_add(d, CH_ALTER_EXTENSION, PH_CREATE_EXTENSION, NULL, n, o);
		if (diff_comment_differs(o ? o->comment : NULL, n->comment, true))
			diff_comment(d, diff_target(d, "EXTENSION", NULL, n->name), n->comment);
	}
	for (size_t i = d->old->extensions.n; i-- > 0;) {
		const struct extension *o = d->old->extensions.items[i];
		if (!catalog_find_extension(d->new, o->name) && diff_managed(d, o->schema))
			diff_add(d, CH_DROP_EXTENSION, PH_DROP_EXTENSION, NULL, o, NULL);
	}
}



/* ---- sequences -------------------------------------------------------- */

/* Does the old sequence go away by itself (owned by a dropped column)? */
static bool dropped_with_owner(const struct differ *d, const struct sequence *s)
{
	if (!s->owned_table)
		return false;
	return !is_column_of(d->new, s->name.schema, s->owned_table, s->owned_column) ||
	       s->identity;
}

/* Is old sequence s owned by a table that is dropped and created again
 * (taking s with it)? */
static bool owner_recreated(const struct differ *d, const struct sequence *s)
{
	struct qname q = { s->name.schema, s->owned_table };
	return s->owned_table && diff_is_recreated(d, &q);
}

/* Does e call nextval() of sequence s? */
static bool calls_nextval(const struct expr *e, const struct sequence *s)
{
	struct arena *tmp = arena_new();
	const char *target = expr_nextval_target(tmp, e);
	struct strbuf sb = STRBUF_INIT;
	bool ok;

	sb_qname(&sb, s->name.schema, s->name.name);
	ok = target && (strcmp(target, sb.buf) == 0 ||
			(strncmp(target, "public.", 7) == 0 && strcmp(target + 7, sb.buf) == 0));
	arena_free(tmp);
	sb_release(&sb);
	return ok;
}

bool diff_default_loses_sequence(const struct differ *d, const struct expr *e)
{
	for (size_t i = 0; e && i < d->old->sequences.n; i++) {
		const struct sequence *s = d->old->sequences.items[i];
		if (!s->identity && (dropped_with_owner(d, s) || owner_recreated(d, s)) &&
		    calls_nextval(e, s))
			return true;
	}
	return false;
}

/* Is s a serial column's sequence that CREATE TABLE / ADD COLUMN can make? */
static const struct column *serial_column(const struct catalog *cat, const struct sequence *s)
{
	struct qname q = { s->name.schema, s->owned_table };
	const struct table *t;
	const struct column *c;
	struct seqopts def;
	bool ok;
	struct arena *tmp;

	if (!s->owned_table || s->identity)
		return NULL;
	t = catalog_find_table(cat, &q);
	c = t ? table_find_column(t, s->owned_column) : NULL;
	if (!c || !c->def || !c->not_null || c->type.ndims || !str_eq(c->type.schema, "pg_catalog") ||
	    !str_eq(c->type.name, s->opts.astype))
		return NULL;
	seqopts_defaults(&def, s->opts.astype, 1);
	if (!diff_seqopts_equal(&def, &s->opts) || s->unlogged != t->unlogged)
		return NULL;
	tmp = arena_new();
	ok = strcmp(make_object_name(tmp, t->name.name, c->name, "seq"), s->name.name) == 0 &&
	     calls_nextval(c->def, s);
	arena_free(tmp);
	return ok ? c : NULL;
}

static void diff_sequences(struct differ *d, struct ptrvec *serials)
{
	for (size_t i = 0; i < d->new->sequences.n; i++) {
		const struct sequence *n = d->new->sequences.items[i];
		const struct sequence *o = catalog_find_sequence(d->old, &n->name);
		const struct column *sc;
		if (!diff_managed(d, n->name.schema))
			continue;
		if (n->identity) {	/* made and altered with its column */
			if (o && (!o->identity || owner_recreated(d, o)))
				o = NULL;
			if (diff_comment_differs(o ? o->comment : NULL, n->comment, false))
				diff_comment(d, diff_target(d, "SEQUENCE", n->name.schema, n->name.name),
					     n->comment);
			continue;
		}
		if (o && (o->identity || owner_recreated(d, o)))
			o = NULL;	/* made again (with its table) */
		if (!o) {
			/* a new serial column makes its own sequence */
			struct qname tq = { n->name.schema, n->owned_table };
			const struct table *ot = n->owned_table ? catalog_find_table(d->old, &tq) : NULL;
			sc = serial_column(d->new, n);
			if (sc && (!ot || diff_is_recreated(d, &tq) || !table_find_column(ot, sc->name))) {
				vec_push(serials, d->a, (void *)sc);
				if (n->comment)	/* on the sequence serial makes */
					diff_comment(d, diff_target(d, "SEQUENCE", n->name.schema,
								    n->name.name), n->comment);
				continue;
			}
			diff_add(d, CH_CREATE_SEQUENCE, PH_SEQUENCE, NULL, n, NULL);
			if (n->owned_table)
				diff_add(d, CH_SEQUENCE_OWNED_BY, PH_OWNED_BY, NULL, n, NULL);
		} else {
			if (!diff_seqopts_equal(&o->opts, &n->opts) || o->unlogged != n->unlogged)
				diff_add(d, CH_ALTER_SEQUENCE, PH_SEQUENCE, NULL, n, o);
			/* ownership given up must go before its old owner may be
			 * dropped (taking the sequence with it); new ownership after
			 * the owner exists. Taken over from an owner that is
			 * dropped: both. */
			if (!str_eq(o->owned_table, n->owned_table) ||
			    !str_eq(o->owned_column, n->owned_column)) {
				if (n->owned_table && dropped_with_owner(d, o)) {
					struct sequence *none = arena_alloc(d->a, sizeof(*none));
					*none = *n;
					none->owned_table = none->owned_column = NULL;
					diff_add(d, CH_SEQUENCE_OWNED_BY, PH_RELEASE_SEQUENCE, NULL, none, o);
				}
				diff_add(d, CH_SEQUENCE_OWNED_BY,
				    n->owned_table ? PH_OWNED_BY : PH_RELEASE_SEQUENCE, NULL, n, o);
			}
		}
		if (diff_comment_differs(o ? o->comment : NULL, n->comment, false))
			diff_comment(d, diff_target(d, "SEQUENCE", n->name.schema, n->name.name), n->comment);
	}
	for (size_t i = d->old->sequences.n; i-- > 0;) {
		const struct sequence *o = d->old->sequences.items[i];
		const struct sequence *n = catalog_find_sequence(d->new, &o->name);
		struct change *c;
		if (o->identity || (n && !n->identity) || dropped_with_owner(d, o) ||
		    !diff_managed(d, o->name.schema))
			continue;
		c = diff_add(d, CH_DROP_SEQUENCE, PH_DROP_SEQUENCE, NULL, o, NULL);
		c->destructive = arena_printf(d->a, "sequence %s and its current value", o->name.name);
	}
}

bool diff_child_detached(const struct differ *d, const struct qname *parent, const char *name)
{
	/* no table has a parent (most schemas): no table to look at */
	for (size_t i = 0; d->old->linked_tables && i < d->old->tables.n; i++) {
		const struct table *ot = d->old->tables.items[i];
		const struct table *nt;
		if (!diff_same_parent(&ot->partition_of, parent))
			continue;
		nt = diff_find_table(d->new, &ot->name);
		if (!nt || !nt->partition_of.name || diff_attached_now(d, nt))
			continue;	/* dropped, detached or attached again: its indexes go along */
		for (size_t j = 0; j < ot->constraints.n; j++) {
			const struct constraint *oc = ot->constraints.items[j];
			const struct constraint *nc = table_find_constraint(nt, oc->name);
			if (str_eq(oc->parent, name) &&
			    (!nc || !str_eq(nc->parent, name) || !diff_constraint_equal(oc, nc)))
				return true;
		}
		for (size_t j = 0; j < ot->indexes.n; j++) {
			const struct index *oi = ot->indexes.items[j];
			const struct index *ni = table_find_index(nt, oi->name);
			if (str_eq(oi->parent, name) &&
			    (!ni || !str_eq(ni->parent, name) || !diff_index_equal(oi, ni)))
				return true;
		}
	}
	return false;
}

bool diff_creates_only(const struct differ *d, const struct table *nt, const struct index *ix)
{
	size_t kept = 0;

	if (!nt->partkey)
		return false;
	if (ix && ix->only)
		return true;	/* written ON ONLY: its partitions' are what the target has */
	if (!diff_find_table(d->old, &nt->name) || diff_is_recreated(d, &nt->name))
		return false;
	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *c = d->new->tables.items[i];
		if (!diff_same_parent(&c->partition_of, &nt->name))
			continue;
		if (diff_attached_now(d, c))
			return false;
		kept++;
	}
	return kept > 0;
}

static void record_rename(struct arena *a, struct ptrvec *out, enum rename_kind kind,
			  const struct table *t, const char *from, const char *to)
{
	struct rename *r = arena_alloc(a, sizeof(*r));
	r->kind = kind;
	r->object = t->name;
	r->from = from;
	r->to = to;
	vec_push(out, a, r);
}

/*
 * A constraint or index that only changes its name (a renamed table's
 * implicit users_pkey, say) is renamed, not dropped and built again: old and
 * new each have one the other lacks, with the same definition.
 */
static void pair_renamed_keys(struct catalog *old, const struct catalog *new, struct arena *a,
			      struct ptrvec *out)
{
	for (size_t i = 0; i < new->tables.n; i++) {
		const struct table *nt = new->tables.items[i];
		struct table *ot = catalog_find_table(old, &nt->name);
		/* an extern declaration's table is never changed: its keys'
		 * names are what the platform has, whatever new says */
		if (!ot || !diff_schema_managed(NULL, old, new, nt->name.schema))
			continue;
		for (size_t j = 0; j < nt->constraints.n; j++) {
			const struct constraint *n = nt->constraints.items[j];
			if (table_find_constraint(ot, n->name) ||
			    catalog_relname_taken(old, ot->name.schema, n->name))
				continue;
			for (size_t k = 0; k < ot->constraints.n; k++) {
				struct constraint *o = ot->constraints.items[k];
				if (!table_find_constraint(nt, o->name) && diff_constraint_equal(o, n) &&
				    o->not_valid == n->not_valid) {
					const char *from = o->name;
					catalog_rename_constraint(old, ot, o, n->name);
					record_rename(a, out, RENAME_CONSTRAINT, nt, from, n->name);
					break;
				}
			}
		}
		for (size_t j = 0; j < nt->indexes.n; j++) {
			const struct index *n = nt->indexes.items[j];
			if (catalog_relname_taken(old, ot->name.schema, n->name))
				continue;
			for (size_t k = 0; k < ot->indexes.n; k++) {
				struct index *o = ot->indexes.items[k];
				if (!table_find_index(nt, o->name) && diff_index_equal(o, n)) {
					const char *from = o->name;
					catalog_rename_index(old, ot, o, n->name);
					record_rename(a, out, RENAME_INDEX, nt, from, n->name);
					break;
				}
			}
		}
	}
}

void renames_apply(struct catalog *old, const struct catalog *new, struct arena *a,
		   struct ptrvec *out)
{
	build_apply_renames(old, new, out);
	pair_renamed_keys(old, new, a, out);
}

void diff_undo_renames(struct changes *down, struct arena *a, const struct changes *up)
{
	for (size_t i = up->items.n; i-- > 0;) {
		const struct change *c = up->items.items[i];
		const struct rename *r = c->obj;
		struct rename *back;
		struct change *u;
		if (c->kind != CH_RENAME)
			continue;
		back = arena_alloc(a, sizeof(*back));
		*back = *r;
		back->from = r->to;
		back->to = r->from;
		if (r->kind == RENAME_TABLE || r->kind == RENAME_TYPE)
			back->object.name = r->from;
		u = arena_alloc(a, sizeof(*u));
		u->kind = CH_RENAME;
		u->phase = PH_RENAME_BACK;
		u->seq = (int)down->items.n;
		u->rank = u->seq;
		u->obj = back;
		vec_push(&down->items, a, u);
	}
}

void diff_catalogs(struct changes *out, struct arena *a, const struct catalog *old,
		   const struct catalog *new, const struct diff_options *opt)
{
	static const struct ptrvec all = { 0 };
	struct differ d = { opt->managed_schemas ? opt->managed_schemas : &all, opt->owners,
			    out, a, old, new, NULL, { 0 }, { 0 }, { 0 }, NULL, NULL };
	struct ptrvec serials = { 0 };

	out->arena = a;
	for (size_t i = 0; opt->renames && i < opt->renames->n; i++) {
		struct change *c = diff_add(&d, CH_RENAME, PH_RENAME, NULL, opt->renames->items[i], NULL);
		c->rank = (int)i;
	}
	diff_collect_recalled(&d);
	diff_schemas(&d);
	diff_extensions(&d);
	diff_types(&d);
	diff_mark_recreated(&d);	/* the sequences they own are made again */
	diff_sequences(&d, &serials);
	diff_tables(&d, &serials);
	diff_rls(&d);
	diff_relforms(&d);
	diff_objects(&d);
	diff_link_dependencies(&d);
	diff_grants(out, a, old, new, d.managed, d.owners);
}
