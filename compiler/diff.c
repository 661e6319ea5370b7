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

static bool has_fk(const struct ptrvec *v, const void *c)
{
	for (size_t i = 0; i < v->n; i++)
		if (v->items[i] == c)
			return true;
	return false;
}

/* The key of an old foreign key in differ.fk_redo: its address. */
static const char *fk_key(char buf[static 32], const struct constraint *fk)
{
	snprintf(buf, 32, "%p", (const void *)fk);
	return buf;
}

/* Is old foreign key fk dropped and added again although kept? */
static bool fk_redone(const struct differ *d, const struct constraint *fk)
{
	char buf[32];

	return d->fk_redo && map_get(d->fk_redo, fk_key(buf, fk));
}

static void fk_redo(struct differ *d, const struct constraint *fk)
{
	char buf[32];

	map_put(d->fk_redo, fk_key(buf, fk), (void *)fk);
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

/* Is an object on a table (a trigger, a policy) the schema's own although
 * the table's schema is not managed? It is, unless an extern declaration
 * made it: what the user writes on Supabase's auth.users stays theirs. */
static bool object_managed(const struct differ *d, const struct dbobject *o)
{
	if (diff_managed(d, o->name.schema))
		return true;
	return o->table && !(o->loc.file && o->loc.file->declared);
}

/* ---- equality --------------------------------------------------------- */

static bool strlist_equal(const struct ptrvec *x, const struct ptrvec *y)
{
	if (x->n != y->n)
		return false;
	for (size_t i = 0; i < x->n; i++)
		if (strcmp(x->items[i], y->items[i]) != 0)
			return false;
	return true;
}

bool diff_strlist_equal(const struct ptrvec *x, const struct ptrvec *y)
{
	return strlist_equal(x, y);
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

/* Equal definitions; NOT VALID is compared separately. */
static bool constraint_equal(const struct constraint *x, const struct constraint *y)
{
	return x->kind == y->kind && x->deferrable == y->deferrable && x->deferred == y->deferred &&
	       strlist_equal(&x->columns, &y->columns) && strlist_equal(&x->include, &y->include) &&
	       x->nulls_not_distinct == y->nulls_not_distinct &&
	       expr_equal(x->check, y->check) && x->no_inherit == y->no_inherit &&
	       str_eq(x->ref_table.schema, y->ref_table.schema) &&
	       str_eq(x->ref_table.name, y->ref_table.name) &&
	       strlist_equal(&x->ref_columns, &y->ref_columns) && x->match == y->match &&
	       x->on_update == y->on_update && x->on_delete == y->on_delete &&
	       strlist_equal(&x->on_delete_cols, &y->on_delete_cols) && str_eq(x->method, y->method) &&
	       elems_equal(&x->elems, &y->elems) && expr_equal(x->where, y->where);
}

/* Equal definitions; storage parameters (and the statistics of expressions)
 * change in place, with ALTER INDEX (diff_relform.c). */
static bool index_equal(const struct index *x, const struct index *y)
{
	return x->unique == y->unique && x->nulls_not_distinct == y->nulls_not_distinct &&
	       str_eq(x->method, y->method) && elems_equal(&x->elems, &y->elems) &&
	       strlist_equal(&x->include, &y->include) && expr_equal(x->where, y->where);
}

/* A materialized view's index: created again when anything changes. */
static bool matview_index_equal(const struct index *x, const struct index *y)
{
	return index_equal(x, y) && strlist_equal(&x->options.items, &y->options.items);
}

/* Does old constraint c or index ix call a function dropped and created
 * again (differ.recalled)? It goes before, and is made again after. */
static bool calls_recalled(const struct differ *d, const struct constraint *c,
			   const struct index *ix)
{
	const struct ptrvec *elems = c ? &c->elems : &ix->elems;

	for (size_t i = 0; i < elems->n; i++)
		if (diff_calls_recalled(d, ((const struct index_elem *)elems->items[i])->expr))
			return true;
	return diff_calls_recalled(d, c ? c->where : ix->where) ||
	       (c && diff_calls_recalled(d, c->check));
}

static bool seqopts_equal(const struct seqopts *x, const struct seqopts *y)
{
	return str_eq(x->astype, y->astype) && x->start == y->start &&
	       x->increment == y->increment && x->minvalue == y->minvalue &&
	       x->maxvalue == y->maxvalue && x->cache == y->cache && x->cycle == y->cycle;
}

/* ---- lookups ---------------------------------------------------------- */

static const struct table *find_table(const struct catalog *cat, const struct qname *q)
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

/* Comments of a table and everything in it (old NULL: a new table). */
static void table_comments(struct differ *d, const struct table *o, const struct table *n)
{
	if (diff_comment_differs(o ? o->comment : NULL, n->comment, false))
		diff_comment(d, diff_target(d, "TABLE", n->name.schema, n->name.name), n->comment);
	for (size_t i = 0; i < n->columns.n; i++) {
		const struct column *nc = n->columns.items[i];
		const struct column *oc = o ? table_find_column(o, nc->name) : NULL;
		if (diff_comment_differs(oc ? oc->comment : NULL, nc->comment, false))
			diff_comment(d, diff_target_column(d, &n->name, nc->name), nc->comment);
	}
	for (size_t i = 0; i < n->constraints.n; i++) {
		const struct constraint *nc = n->constraints.items[i];
		const struct constraint *oc = o ? table_find_constraint(o, nc->name) : NULL;
		if (oc && (!constraint_equal(oc, nc) || calls_recalled(d, oc, NULL)))
			oc = NULL;	/* re-created: its comment went with it */
		if (diff_comment_differs(oc ? oc->comment : NULL, nc->comment, false))
			diff_comment(d, diff_target_constraint(d, "", &n->name, nc->name), nc->comment);
		if (diff_comment_differs(oc ? oc->index_comment : NULL, nc->index_comment, false))
			diff_comment(d, diff_target(d, "INDEX", n->name.schema, nc->name), nc->index_comment);
	}
	for (size_t i = 0; i < n->indexes.n; i++) {
		const struct index *ni = n->indexes.items[i];
		const struct index *oi = o ? table_find_index(o, ni->name) : NULL;
		if (oi && (!matview_index_equal(oi, ni) || calls_recalled(d, NULL, oi)))
			oi = NULL;
		if (diff_comment_differs(oi ? oi->comment : NULL, ni->comment, false))
			diff_comment(d, diff_target(d, "INDEX", n->name.schema, ni->name), ni->comment);
	}
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
static bool dropped_with_owner(struct differ *d, const struct sequence *s)
{
	if (!s->owned_table)
		return false;
	return !is_column_of(d->new, s->name.schema, s->owned_table, s->owned_column) ||
	       s->identity;
}

static bool is_recreated(const struct differ *d, const struct qname *q);

/* Is old sequence s owned by a table that is dropped and created again
 * (taking s with it)? */
static bool owner_recreated(const struct differ *d, const struct sequence *s)
{
	struct qname q = { s->name.schema, s->owned_table };
	return s->owned_table && is_recreated(d, &q);
}

/* Is s a serial column's sequence that CREATE TABLE / ADD COLUMN can make? */
static const struct column *serial_column(const struct catalog *cat, const struct sequence *s)
{
	struct qname q = { s->name.schema, s->owned_table };
	const struct table *t;
	const struct column *c;
	struct seqopts def;
	struct strbuf sb = STRBUF_INIT;
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
	if (!seqopts_equal(&def, &s->opts) || s->unlogged != t->unlogged)
		return NULL;
	tmp = arena_new();
	ok = strcmp(make_object_name(tmp, t->name.name, c->name, "seq"), s->name.name) == 0;
	sb_qname(&sb, s->name.schema, s->name.name);
	{
		const char *target = expr_nextval_target(tmp, c->def);
		ok = ok && target && (strcmp(target, sb.buf) == 0 ||
				      (strncmp(target, "public.", 7) == 0 &&
				       strcmp(target + 7, sb.buf) == 0));
	}
	arena_free(tmp);
	sb_release(&sb);
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
			if (sc && (!ot || is_recreated(d, &tq) || !table_find_column(ot, sc->name))) {
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
			if (!seqopts_equal(&o->opts, &n->opts) || o->unlogged != n->unlogged)
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

/* ---- columns ---------------------------------------------------------- */

static bool in_family(const char *name, const char *const *family)
{
	for (; *family; family++)
		if (strcmp(name, *family) == 0)
			return true;
	return false;
}

static const char *const numeric_family[] = { "int2", "int4", "int8", "float4", "float8",
					       "numeric", NULL };
static const char *const string_family[] = { "text", "varchar", "bpchar", NULL };

/* Does PostgreSQL need USING for this type change (no assignment cast)? */
static bool needs_using(const struct typeref *o, const struct typeref *n)
{
	enum cast_context c = cast_context(o, n);
	return c != CAST_ASSIGNMENT && c != CAST_IMPLICIT;
}

static int typmod_scale(const char *mods)
{
	const char *comma = mods ? strchr(mods, ',') : NULL;
	return comma ? atoi(comma + 1) : 0;
}

static int typmod_first(const char *mods)
{
	return mods && mods[0] == '(' ? atoi(mods + 1) : -1;
}

const char *diff_type_change_loss(struct differ *d, const char *owner, const struct column *o,
				  const struct column *n)
{
	const struct typeref *ot = &o->type, *nt = &n->type;
	const char *what = NULL;

	if (needs_using(ot, nt))
		what = "values are converted with a cast; values that do not convert fail the migration";
	else if (str_eq(nt->name, "numeric") && str_eq(ot->name, "numeric") &&
		 nt->mods && (!ot->mods || typmod_scale(nt->mods) < typmod_scale(ot->mods) ||
			      typmod_first(nt->mods) < typmod_first(ot->mods)))
		what = "numbers are rounded to the new precision";
	else if (in_family(ot->name, numeric_family) &&
		 (str_eq(nt->name, "int2") || str_eq(nt->name, "int4") || str_eq(nt->name, "int8")) &&
		 (str_eq(ot->name, "numeric") || str_eq(ot->name, "float4") || str_eq(ot->name, "float8")))
		what = "fractions are rounded away";
	else if ((str_eq(ot->name, "timestamp") || str_eq(ot->name, "timestamptz")) &&
		 str_eq(nt->name, "date"))
		what = "the time of day is lost";
	else if (str_eq(ot->name, nt->name) && nt->mods && ot->mods &&
		 typmod_first(nt->mods) < typmod_first(ot->mods) &&
		 (str_eq(nt->name, "varchar") || str_eq(nt->name, "bpchar")))
		what = "longer values fail the migration";
	if (!what)
		return NULL;
	return arena_printf(d->a, "column %s.%s changes type: %s", owner, n->name, what);
}

const char *diff_using_cast(struct differ *d, const struct column *c, bool via_text)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_ident(&sb, c->name);
	if (via_text)
		sb_adds(&sb, c->type.ndims ? "::text[]" : "::text");
	sb_adds(&sb, "::");
	sb_type(&sb, &c->type);
	s = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return s;
}

/* The old identity parameters after PostgreSQL follows a column type change. */
static struct seqopts identity_after_type(const struct seqopts *o, const char *astype)
{
	struct seqopts r = *o, od, nd;

	if (str_eq(o->astype, astype))
		return r;
	seqopts_defaults(&od, o->astype, o->increment);
	seqopts_defaults(&nd, astype, o->increment);
	r.astype = astype;
	if (r.maxvalue == od.maxvalue)
		r.maxvalue = nd.maxvalue;
	if (r.minvalue == od.minvalue)
		r.minvalue = nd.minvalue;
	return r;
}

/* Does kept column oc (nc in the new catalog) change type or collation, or
 * is its type or collation swapped? */
static bool column_retyped(const struct differ *d, const struct column *oc,
			   const struct column *nc)
{
	return !typeref_equal(&oc->type, &nc->type) || !str_eq(oc->collation, nc->collation) ||
	       diff_type_swapped(d, &oc->type) || diff_collation_swapped(d, oc->collation);
}

/*
 * Does expression e (of kept table ot, nt in the new catalog) use a column
 * whose type or collation changes or is swapped? PostgreSQL refuses ALTER
 * COLUMN ... TYPE under a generated column: one over such a column is
 * dropped, and added again after the change.
 */
static bool uses_changed_column(const struct differ *d, const struct table *ot,
				const struct table *nt, const struct expr *e)
{
	for (size_t i = 0; e && i < ot->columns.n; i++) {
		const struct column *oc = ot->columns.items[i];
		const struct column *nc = table_find_column(nt, oc->name);
		if (nc && column_retyped(d, oc, nc) && expr_uses_column(e, oc->name))
			return true;
	}
	return false;
}

/* Is kept column o (n in the new catalog) dropped and added again, its
 * type changing to one PostgreSQL has no cast to (and no schemac:using)? */
static bool column_replaced(const struct column *o, const struct column *n)
{
	return !typeref_equal(&o->type, &n->type) && !n->using_expr && !o->generated &&
	       !n->generated && cast_context(&o->type, &n->type) == CAST_NONE;
}

/* Is kept column o of ot (n of nt in the new catalog) dropped and added
 * again: its type has no cast (column_replaced), or it becomes a stored
 * generated column, or its generation expression changes (in place, only
 * DROP EXPRESSION is possible)? What uses it goes with its drop and is
 * made again after. */
static bool column_recreated(const struct differ *d, const struct table *ot,
			     const struct table *nt, const struct column *o, const struct column *n)
{
	if (column_replaced(o, n))
		return true;
	return n->generated && (!o->generated || !expr_equal(o->def, n->def) ||
				uses_changed_column(d, ot, nt, n->def));
}

static void diff_column(struct differ *d, const struct table *ot, const struct table *t,
			const struct column *o, const struct column *n)
{
	if (diff_type_swapped(d, &o->type) && typeref_equal(&o->type, &n->type)) {
		/* convert_swapped_columns() converts it, default and all */
		if (o->not_null != n->not_null)
			diff_add(d, n->not_null ? CH_SET_NOT_NULL : CH_DROP_NOT_NULL, PH_POST_ALTER_COLUMN,
			    t, n, NULL);
		return;
	}
	bool type_changed = !typeref_equal(&o->type, &n->type) || !str_eq(o->collation, n->collation);
	bool using = type_changed && (needs_using(&o->type, &n->type) || n->using_expr);
	bool default_changed = !expr_equal(o->def, n->def);
	bool default_dropped = false;
	struct change *c;

	bool over_changed = n->generated && uses_changed_column(d, ot, t, n->def);

	if (o->generated != n->generated || (n->generated && (default_changed || over_changed))) {
		if (o->generated && !n->generated) {
			diff_add(d, CH_DROP_EXPRESSION, PH_PRE_ALTER_COLUMN, t, o, NULL);
			default_dropped = true;
		} else {
			/* the expression of a stored generated column cannot change in
			 * place, nor the type of a column under it */
			c = diff_add(d, CH_DROP_COLUMN, PH_DROP_COLUMN, t, o, NULL);
			if (!o->generated)
				c->destructive = arena_printf(d->a, "column %s.%s and its data (replaced by a generated column)",
							      t->name.name, o->name);
			diff_add(d, CH_ADD_COLUMN, over_changed ? PH_POST_ALTER_COLUMN : PH_ALTER_COLUMN,
				 t, n, NULL);
			return;
		}
	}
	if (column_replaced(o, n)) {
		/* no cast: ALTER COLUMN ... TYPE would fail whatever the data */
		c = diff_add(d, CH_DROP_COLUMN, PH_DROP_COLUMN, t, o, NULL);
		c->destructive = arena_printf(d->a, "column %s.%s and its data (PostgreSQL has no cast from its type to the new one)",
					      t->name.name, o->name);
		c->hint = arena_printf(d->a, "to convert the values of %s.%s instead, write `-- schemac:using EXPR` (over the old column) on the line before it in the schema",
				       t->name.name, n->name);
		diff_add(d, CH_ADD_COLUMN, PH_ALTER_COLUMN, t, n, NULL);
		return;
	}
	if (o->identity && (!n->identity || !str_eq(o->identity_seq->name.name, n->identity_seq->name.name))) {
		diff_add(d, CH_DROP_IDENTITY, PH_PRE_ALTER_COLUMN, t, o, NULL);
		default_dropped = true;	/* identity is the default */
	}
	if (o->def && !o->generated && !default_dropped && diff_calls_recalled(d, o->def)) {
		/* before the function it calls is dropped and made again */
		diff_add(d, CH_DROP_DEFAULT, PH_DROP_CONSTRAINT, t, o, NULL);
		default_dropped = true;
	}
	if (o->def && !o->generated && (using || (default_changed && !n->def)) &&
	    !default_dropped) {
		diff_add(d, CH_DROP_DEFAULT, using ? PH_PRE_ALTER_COLUMN : PH_ALTER_COLUMN, t, o, NULL);
		default_dropped = true;
	}
	if (type_changed) {
		c = diff_add(d, CH_ALTER_COLUMN_TYPE, PH_ALTER_COLUMN, t, n, o);
		/* user types (enums) convert to and from other types through text */
		if (n->using_expr)
			c->text = n->using_expr;
		else if (using)
			c->text = diff_using_cast(d, n, !str_eq(o->type.schema, "pg_catalog") ||
						   !str_eq(n->type.schema, "pg_catalog"));
		c->destructive = n->using_expr
			? arena_printf(d->a, "column %s.%s changes type: values are converted by its schemac:using expression; values it cannot convert fail the migration",
				       t->name.name, n->name)
			: diff_type_change_loss(d, t->name.name, o, n);
	}
	/* a default keeps the old type's constants ('x'::character varying)
	 * through ALTER TYPE: set it again, as the new schema spells it */
	if (type_changed && n->def && !n->generated && !default_dropped &&
	    n->def->kind != PG_QUERY__NODE__NODE_FUNC_CALL &&
	    n->def->kind != PG_QUERY__NODE__NODE_SQLVALUE_FUNCTION)
		default_changed = true;
	if (n->def && !n->generated && (default_changed || (default_dropped && !n->identity)))
		diff_add(d, CH_SET_DEFAULT, using ? PH_POST_ALTER_COLUMN : PH_ALTER_COLUMN, t, n, NULL);
	if (o->not_null != n->not_null)
		diff_add(d, n->not_null ? CH_SET_NOT_NULL : CH_DROP_NOT_NULL, PH_ALTER_COLUMN, t, n, NULL);
	if (n->identity) {
		if (!o->identity || !str_eq(o->identity_seq->name.name, n->identity_seq->name.name)) {
			diff_add(d, CH_ADD_IDENTITY, PH_POST_ALTER_COLUMN, t, n, NULL);
		} else {
			struct seqopts oo = identity_after_type(&o->identity_seq->opts,
								n->identity_seq->opts.astype);
			if (o->identity != n->identity || !seqopts_equal(&oo, &n->identity_seq->opts))
				diff_add(d, CH_SET_IDENTITY, PH_POST_ALTER_COLUMN, t, n, o);
		}
	}
}

/* ---- partitions, inheritance and options -------------------------------- */

/* Is q a table dropped and created again (its partition key changes, or it
 * is a partition of such a table)? */
static bool is_recreated(const struct differ *d, const struct qname *q)
{
	for (size_t i = 0; i < d->recreated.n; i++) {
		const struct table *t = d->recreated.items[i];
		if (str_eq(t->name.schema, q->schema) && str_eq(t->name.name, q->name))
			return true;
	}
	return false;
}

/* Does the partition key of old table t use a column or name a collation
 * that is swapped? PostgreSQL refuses ALTER COLUMN ... TYPE on a key
 * column. */
static bool partkey_swapped(const struct differ *d, const struct table *t)
{
	for (size_t i = 0; t->partkey && i < t->partkey->elems.n; i++) {
		const struct index_elem *e = t->partkey->elems.items[i];
		const struct column *c = e->column ? table_find_column(t, e->column) : NULL;
		if (diff_collation_swapped(d, e->collation) ||
		    (c && (diff_type_swapped(d, &c->type) || diff_collation_swapped(d, c->collation))))
			return true;
	}
	return false;
}

static void mark_recreated(struct differ *d)
{
	bool more = true;

	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *o = d->old->tables.items[i];
		const struct table *n = find_table(d->new, &o->name);
		if (n && diff_managed(d, o->name.schema) &&
		    (!partkey_equal(o->partkey, n->partkey) || partkey_swapped(d, o)))
			vec_push(&d->recreated, d->a, (void *)o);
	}
	while (more) {
		more = false;
		for (size_t i = 0; i < d->old->tables.n; i++) {
			const struct table *o = d->old->tables.items[i];
			const struct table *n = find_table(d->new, &o->name);
			if (n && o->partition_of.name && n->partition_of.name &&
			    is_recreated(d, &o->partition_of) && !is_recreated(d, &o->name)) {
				vec_push(&d->recreated, d->a, (void *)o);
				more = true;
			}
		}
	}
}

static bool same_parent(const struct qname *x, const struct qname *y)
{
	return x->name && y->name && str_eq(x->schema, y->schema) && str_eq(x->name, y->name);
}

static bool inherits_from(const struct table *t, const struct qname *q)
{
	for (size_t i = 0; i < t->inherits.n; i++)
		if (same_parent(t->inherits.items[i], q))
			return true;
	return false;
}

/* Is the partition (re)attached by this migration: new, or not the same
 * partition of the same parent with the same bound before? */
static bool attached_now(const struct differ *d, const struct table *nt)
{
	const struct table *ot = find_table(d->old, &nt->name);

	if (!nt->partition_of.name)
		return false;
	return !ot || is_recreated(d, &nt->name) || !same_parent(&ot->partition_of, &nt->partition_of) ||
	       !partbound_equal(ot->bound, nt->bound) || is_recreated(d, &nt->partition_of);
}

/*
 * Does kept parent `parent`'s key or index `name` lose a partition's index
 * or key attached to it: a kept partition's one, attached before, that the
 * new catalog has no more, has changed, or has unattached? PostgreSQL has
 * no DETACH for indexes and refuses to drop an attached one: the parent's
 * goes (taking its partitions') and is made again.
 */
static bool child_detached(const struct differ *d, const struct qname *parent, const char *name)
{
	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *ot = d->old->tables.items[i];
		const struct table *nt;
		if (!same_parent(&ot->partition_of, parent))
			continue;
		nt = find_table(d->new, &ot->name);
		if (!nt || !nt->partition_of.name || attached_now(d, nt))
			continue;	/* dropped, detached or attached again: its indexes go along */
		for (size_t j = 0; j < ot->constraints.n; j++) {
			const struct constraint *oc = ot->constraints.items[j];
			const struct constraint *nc = table_find_constraint(nt, oc->name);
			if (str_eq(oc->parent, name) &&
			    (!nc || !str_eq(nc->parent, name) || !constraint_equal(oc, nc)))
				return true;
		}
		for (size_t j = 0; j < ot->indexes.n; j++) {
			const struct index *oi = ot->indexes.items[j];
			const struct index *ni = table_find_index(nt, oi->name);
			if (str_eq(oi->parent, name) &&
			    (!ni || !str_eq(ni->parent, name) || !index_equal(oi, ni)))
				return true;
		}
	}
	return false;
}

/*
 * Is a key or index created on kept partitioned table nt made ON ONLY nt,
 * each partition's own made and attached by name (as pg_dump does)? So it
 * is when every partition of nt is kept attached: a recursive CREATE picks
 * PostgreSQL's names, and an index where the target has a key. A partition
 * attached (or created) now takes the recursive form, which reaches it.
 */
static bool creates_only(const struct differ *d, const struct table *nt)
{
	size_t kept = 0;

	if (!nt->partkey || !find_table(d->old, &nt->name) || is_recreated(d, &nt->name))
		return false;
	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *c = d->new->tables.items[i];
		if (!same_parent(&c->partition_of, &nt->name))
			continue;
		if (attached_now(d, c))
			return false;
		kept++;
	}
	return kept > 0;
}

/*
 * The parent (old and new) whose ALTER TABLE commands recurse into the kept
 * table ot/nt: a partition attached throughout, or an inheritance child of
 * the same kept parent. *po and *pn get it, or NULL.
 */
void diff_cascade_parent(const struct differ *d, const struct table *ot, const struct table *nt,
			 const struct table **po, const struct table **pn)
{
	const struct qname *q = NULL;

	*po = *pn = NULL;
	if (nt->partition_of.name && !attached_now(d, nt))
		q = &nt->partition_of;
	for (size_t i = 0; !q && i < nt->inherits.n; i++)
		if (inherits_from(ot, nt->inherits.items[i]))
			q = nt->inherits.items[i];
	if (!q || is_recreated(d, q))
		return;
	*po = find_table(d->old, q);
	*pn = find_table(d->new, q);
	if (!*po || !*pn)
		*po = *pn = NULL;
}

/* Is the key or index `name` of parent t (of one catalog) missing or
 * different in catalog other, or is t recreated? */
static bool parent_part_changes(const struct differ *d, const struct table *t,
				const struct catalog *other, const char *name)
{
	const struct table *u = find_table(other, &t->name);
	const struct constraint *c;
	const struct index *ix;

	if (!u || is_recreated(d, &t->name))
		return true;
	if ((c = table_find_constraint(t, name)) != NULL) {
		const struct constraint *uc = table_find_constraint(u, name);
		return !uc || !constraint_equal(uc, c) ||
		       calls_recalled(d, other == d->new ? c : uc, NULL) ||
		       child_detached(d, &t->name, name);
	}
	if ((ix = table_find_index(t, name)) != NULL) {
		const struct index *ui = table_find_index(u, name);
		return !ui || !index_equal(ui, ix) ||
		       calls_recalled(d, NULL, other == d->new ? ix : ui) ||
		       child_detached(d, &t->name, name);
	}
	return false;
}

/* Does the parent key or index `name` of the new parent come into being in
 * this migration (so that PostgreSQL creates the partition's copy)? */
static bool parent_part_created(const struct differ *d, const struct table *pn, const char *name)
{
	return parent_part_changes(d, pn, d->old, name);
}

/* Does the old parent's key or index `name` go in this migration? */
static bool parent_part_dropped(const struct differ *d, const struct table *po, const char *name)
{
	return parent_part_changes(d, po, d->new, name);
}

static const struct table *parent_table(const struct catalog *cat, const struct table *t)
{
	return t->partition_of.name ? find_table(cat, &t->partition_of) : NULL;
}

/* A check constraint the table has from a parent (same name there). */
static bool inherited_check(const struct catalog *cat, const struct table *t,
			    const struct constraint *c)
{
	const struct table *p;

	if (c->kind != CON_CHECK)
		return false;
	if ((p = parent_table(cat, t)) != NULL && table_find_constraint(p, c->name))
		return true;
	for (size_t i = 0; i < t->inherits.n; i++)
		if ((p = find_table(cat, t->inherits.items[i])) != NULL &&
		    table_find_constraint(p, c->name))
			return true;
	return false;
}

/* Is adding constraint c (or index ix) of new table nt PostgreSQL's own
 * doing: a copy of a parent's that the parent's CREATE, or ATTACH, makes? */
static bool comes_from_parent(const struct differ *d, const struct table *nt,
			      const struct constraint *c, const struct index *ix)
{
	const struct table *pn = parent_table(d->new, nt), *po, *pn2;
	const char *parent = c ? c->parent : ix->parent;

	if (parent && pn)
		return attached_now(d, nt) ||
		       (parent_part_created(d, pn, parent) && !creates_only(d, pn));
	if (c && inherited_check(d->new, nt, c)) {
		const struct table *ot = find_table(d->old, &nt->name);
		if (!ot || is_recreated(d, &nt->name))
			return true;	/* PARTITION OF and INHERITS copy checks */
		diff_cascade_parent(d, ot, nt, &po, &pn2);
		return pn2 && table_find_constraint(pn2, c->name) &&
		       (!table_find_constraint(po, c->name) ||
			parent_part_created(d, pn2, c->name));
	}
	return false;
}

/*
 * The index name of kept partition nt (a plain index or a key's) belongs
 * to the parent's index parent in the new catalog, and was attached to
 * old_parent before. When the parent's index is kept, nothing attaches
 * it on its own: an index the partition had unattached, or one made
 * (made) on the partition by this migration - a key added with ALTER
 * TABLE, a CREATE INDEX - is attached with ALTER INDEX ... ATTACH
 * PARTITION. (A parent's index created now attaches or creates its
 * partitions' itself; a partition attached now brings its indexes.)
 */
static void attach_index(struct differ *d, const struct table *nt, const char *name,
			 const char *parent, const char *old_parent, bool made)
{
	const struct table *pn = parent_table(d->new, nt);
	struct change *c;

	if (!parent || !pn || attached_now(d, nt) ||
	    (parent_part_created(d, pn, parent) && !creates_only(d, pn)) ||
	    (!made && str_eq(parent, old_parent)))
		return;
	c = diff_add(d, CH_ATTACH_INDEX, PH_INDEX_FORM, nt, nt, NULL);
	c->name = diff_target(d, "INDEX", nt->name.schema, name);
	c->part = name;
	c->text = parent;
}

/* Is dropping constraint c (or index ix) of old table ot PostgreSQL's own
 * doing, when the parent's goes? */
static bool goes_with_parent(const struct differ *d, const struct table *ot,
			     const struct constraint *c, const struct index *ix)
{
	const struct table *nt = find_table(d->new, &ot->name), *po, *pn;
	const char *parent = c ? c->parent : ix->parent;

	if (!nt)
		return false;
	diff_cascade_parent(d, ot, nt, &po, &pn);
	if (!po)
		return false;
	if (parent)
		return parent_part_dropped(d, po, parent);
	if (c && c->kind == CON_CHECK && table_find_constraint(po, c->name))
		return parent_part_dropped(d, po, c->name);
	return false;
}

/* Storage, compression and statistics of a column: o NULL for a new table
 * (compared with the parent's column, from which it is copied, or with
 * the defaults). */
static void diff_column_options(struct differ *d, const struct table *t, const struct column *o,
				const struct column *n)
{
	struct column none = { 0 };

	if (!o)
		o = &none;
	if (!str_eq(o->storage, n->storage))
		diff_add(d, CH_SET_STORAGE, PH_POST_ALTER_COLUMN, t, n, o);
	if (!str_eq(o->compression, n->compression) && (o != &none || t->partition_of.name ||
							  t->inherits.n))
		diff_add(d, CH_SET_COMPRESSION, PH_POST_ALTER_COLUMN, t, n, o);
	if (o->has_statistics != n->has_statistics || o->statistics != n->statistics)
		diff_add(d, CH_SET_STATISTICS, PH_POST_ALTER_COLUMN, t, n, o);
}

/* A new table's column options (compression of a plain table is inline). */
static void new_table_column_options(struct differ *d, const struct table *n)
{
	const struct table *p = parent_table(d->new, n);

	for (size_t j = 0; j < n->columns.n; j++) {
		const struct column *c = n->columns.items[j];
		const struct column *pc = p ? table_find_column(p, c->name) : NULL;
		struct column *base = NULL;
		if (pc) {
			base = arena_alloc(d->a, sizeof(*base));
			base->storage = pc->storage;
			base->compression = pc->compression;
		}
		diff_column_options(d, n, base, c);
	}
}

/* The old column as the parent's recursing changes leave it. */
static const struct column *after_parent(struct differ *d, const struct table *po,
					 const struct table *pn, const struct column *oc)
{
	const struct column *poc = po ? table_find_column(po, oc->name) : NULL;
	const struct column *pnc = pn ? table_find_column(pn, oc->name) : NULL;
	struct column *v;

	if (!poc || !pnc)
		return oc;
	v = arena_alloc(d->a, sizeof(*v));
	*v = *oc;
	if (!typeref_equal(&poc->type, &pnc->type) || !str_eq(poc->collation, pnc->collation)) {
		v->type = pnc->type;
		v->collation = pnc->collation;
	}
	/* a parent's default dropped and set again (it calls a function made
	 * again) is dropped and set on its partitions too */
	if (!expr_equal(poc->def, pnc->def) || poc->generated != pnc->generated ||
	    (!poc->generated && diff_calls_recalled(d, poc->def)))
		v->def = pnc->def;
	if (poc->not_null != pnc->not_null)
		v->not_null = pnc->not_null;
	if (!str_eq(poc->storage, pnc->storage))
		v->storage = pnc->storage;
	if (!str_eq(poc->compression, pnc->compression))
		v->compression = pnc->compression;
	if (poc->has_statistics != pnc->has_statistics || poc->statistics != pnc->statistics) {
		v->has_statistics = pnc->has_statistics;
		v->statistics = pnc->statistics;
	}
	return v;
}

/* Attach, detach, inherit, no inherit and storage parameters of a kept table. */
static void diff_table_links(struct differ *d, const struct table *o, const struct table *n)
{
	/* a kept partition of a parent dropped or created again is let go
	 * first: DROP TABLE of the parent would take it along */
	if (o->partition_of.name &&
	    (is_recreated(d, &o->partition_of) || !same_parent(&o->partition_of, &n->partition_of) ||
	     !partbound_equal(o->bound, n->bound)))
		diff_add(d, CH_DETACH_PARTITION, PH_DETACH, o, o, NULL);
	if (n->partition_of.name && attached_now(d, n))
		diff_add(d, CH_ATTACH_PARTITION, PH_ATTACH, n, n, NULL);
	for (size_t i = 0; i < o->inherits.n; i++)
		if (!inherits_from(n, o->inherits.items[i]))
			diff_add(d, CH_DROP_INHERIT, PH_DETACH, o, o->inherits.items[i], NULL);
	for (size_t i = 0; i < n->inherits.n; i++)
		if (!inherits_from(o, n->inherits.items[i]))
			diff_add(d, CH_ADD_INHERIT, PH_ATTACH, n, n->inherits.items[i], NULL);
	if (!strlist_equal(&o->options.items, &n->options.items))
		diff_add(d, CH_SET_RELOPTIONS, PH_ALTER_COLUMN, n, n, o);
	/* an inherited column's local state, after INHERIT and the parents'
	 * new columns: no DDL sets it (INHERIT keeps columns local, a
	 * parent's ADD COLUMN gives children inherited-only ones); not of a
	 * partition, whose columns pg_dump prints as its own (CREATE TABLE,
	 * then ATTACH PARTITION) */
	for (size_t i = 0; !n->partition_of.name && i < n->columns.n; i++) {
		const struct column *nc = n->columns.items[i];
		const struct column *oc = table_find_column(o, nc->name);
		if (nc->inhcount > 0 && (oc ? oc->inherited_only != nc->inherited_only
					    : !nc->inherited_only)) {
			struct change *c = diff_add(d, CH_SET_COLUMN_LOCAL, PH_INDEX_FORM, n, nc, oc);
			c->hint = nc->inherited_only
				? arena_printf(d->a, "the UPDATE of pg_attribute that makes %s.%s inherited only needs a superuser; without one (a managed service) leave it out: the column stays the table's own too, and is kept if its parents drop it",
					       n->name.name, nc->name)
				: arena_printf(d->a, "the UPDATE of pg_attribute that makes %s.%s the table's own needs a superuser; without one (a managed service), ALTER TABLE %s NO INHERIT then INHERIT again, for each of its parents, does it (for every column it inherits)",
					       n->name.name, nc->name, n->name.name);
		}
	}
}

/* ---- constraints and indexes ------------------------------------------ */

static bool references_column(const struct constraint *fk, const struct table *t,
			      const char *col)
{
	if (!str_eq(fk->ref_table.schema, t->name.schema) || !str_eq(fk->ref_table.name, t->name.name))
		return false;
	for (size_t i = 0; i < fk->ref_columns.n; i++)
		if (strcmp(fk->ref_columns.items[i], col) == 0)
			return true;
	return false;
}

static bool same_key(const struct constraint *fk, const struct constraint *key)
{
	if (fk->ref_columns.n != key->columns.n)
		return false;
	for (size_t i = 0; i < fk->ref_columns.n; i++) {
		bool found = false;
		for (size_t j = 0; j < key->columns.n && !found; j++)
			found = strcmp(fk->ref_columns.items[i], key->columns.items[j]) == 0;
		if (!found)
			return false;
	}
	return true;
}

static const char *table_key(struct differ *d, const struct qname *q)
{
	return arena_printf(d->a, "%s\x1f%s", q->schema ? q->schema : "", q->name);
}

/* The foreign keys of the old catalog by the table they reference
 * (table_key -> struct ptrvec of constraints), each once. */
static struct map *fks_by_target(struct differ *d)
{
	struct map *m = map_new(d->a);

	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *ft = d->old->tables.items[i];
		for (size_t j = 0; j < ft->constraints.n; j++) {
			const struct constraint *fk = ft->constraints.items[j];
			const char *key;
			struct ptrvec *v;
			if (fk->kind != CON_FOREIGN)
				continue;
			key = table_key(d, &fk->ref_table);
			if (!(v = map_get(m, key))) {
				v = arena_alloc(d->a, sizeof(*v));
				*v = (struct ptrvec){ 0 };
				map_put(m, key, v);
			}
			vec_push(v, d->a, (void *)fk);
		}
	}
	return m;
}

/*
 * Foreign keys of the old catalog that must be dropped and re-added although
 * they do not change: they depend on a key that is dropped, or on a column
 * (theirs or the referenced one) whose type changes.
 */
static void collect_fk_redo(struct differ *d)
{
	struct map *by_target = fks_by_target(d);
	static const struct ptrvec none = { 0 };

	d->fk_redo = map_new(d->a);
	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *ot = d->old->tables.items[i];
		const struct table *nt = find_table(d->new, &ot->name);
		const struct ptrvec *refs;
		if (!nt)
			continue;
		refs = map_get(by_target, table_key(d, &ot->name));
		if (!refs)
			refs = &none;
		/* a table created again takes every key with it, constraints
		 * and unique indexes alike: what references it is redone */
		for (size_t k = 0; is_recreated(d, &ot->name) && k < refs->n; k++)
			fk_redo(d, refs->items[k]);
		for (size_t j = 0; j < ot->constraints.n; j++) {
			const struct constraint *key = ot->constraints.items[j];
			const struct constraint *nkey = table_find_constraint(nt, key->name);
			bool key_goes = (key->kind == CON_PRIMARY || key->kind == CON_UNIQUE) &&
					(!nkey || !constraint_equal(key, nkey) ||
					 is_recreated(d, &ot->name));
			for (size_t k = 0; key_goes && k < refs->n; k++)
				if (same_key(refs->items[k], key))
					fk_redo(d, refs->items[k]);
		}
		for (size_t j = 0; j < ot->columns.n; j++) {
			const struct column *oc = ot->columns.items[j];
			const struct column *nc = table_find_column(nt, oc->name);
			if (!nc || (typeref_equal(&oc->type, &nc->type) &&
				    !column_recreated(d, ot, nt, oc, nc)))
				continue;
			for (size_t k = 0; k < refs->n; k++)
				if (references_column(refs->items[k], ot, oc->name))
					fk_redo(d, refs->items[k]);
			for (size_t k = 0; k < ot->constraints.n; k++) {
				const struct constraint *fk = ot->constraints.items[k];
				for (size_t x = 0; fk->kind == CON_FOREIGN && x < fk->columns.n; x++)
					if (strcmp(fk->columns.items[x], oc->name) == 0)
						fk_redo(d, fk);
			}
		}
	}
}

static bool uses_retyped(const struct differ *d, const struct ptrvec *retyped,
			 const struct constraint *c, const struct index *ix);
static void retyped_columns(struct differ *d, const struct table *ot, const struct table *nt,
			    struct ptrvec *out);

static struct change *add_constraint_change(struct differ *d, const struct table *t,
					    const struct constraint *c)
{
	return diff_add(d, CH_ADD_CONSTRAINT, c->kind == CON_FOREIGN ? PH_ADD_FOREIGN_KEY : PH_ADD_CONSTRAINT,
	    t, c, NULL);
}

static bool uses_replaced(const struct ptrvec *replaced, const struct constraint *c,
			  const struct index *ix);

/* Is old object o dropped and created again (gone, or changed)? */
static bool object_redone(const struct differ *d, const struct dbobject *o)
{
	const struct dbobject *n = catalog_find_object(d->new, o->key);

	return !n || n->def[0] != o->def[0] || n->def[1] != o->def[1];
}

/*
 * Does an index (or constraint) use an operator class that is dropped and
 * created again, itself or with its family (DROP OPERATOR FAMILY takes its
 * classes)? PostgreSQL refuses to drop a class an index uses: the index
 * goes first and is built again after.
 */
static bool uses_redone_opclass(const struct differ *d, const struct ptrvec *elems)
{
	for (size_t i = 0; i < elems->n; i++) {
		const struct index_elem *e = elems->items[i];
		const char *dot = e->opclass ? strrchr(e->opclass, '.') : NULL;
		const char *name = dot ? dot + 1 : e->opclass;
		for (size_t j = 0; name && j < d->old->objects.n; j++) {
			const struct dbobject *o = d->old->objects.items[j];
			bool redone;
			if (o->kind != OBJ_OPCLASS || !str_eq(o->name.name, name) ||
			    (dot && strncmp(e->opclass, o->name.schema, (size_t)(dot - e->opclass))))
				continue;
			redone = object_redone(d, o);
			for (size_t k = 0; k < d->old->objects.n && !redone; k++) {
				const struct dbobject *f = d->old->objects.items[k];
				if (f->kind != OBJ_OPFAMILY)
					continue;
				for (size_t m = 0; m < o->deps.n; m++)
					if (str_eq(o->deps.items[m], object_provides(d->a, f)))
						redone = object_redone(d, f);
			}
			if (redone)
				return true;
		}
	}
	return false;
}

static void diff_constraints(struct differ *d, const struct table *ot, const struct table *nt)
{
	struct ptrvec retyped = { 0 }, replaced = { 0 };

	retyped_columns(d, ot, nt, &retyped);
	for (size_t i = 0; i < ot->columns.n; i++) {
		const struct column *oc = ot->columns.items[i];
		const struct column *nc = table_find_column(nt, oc->name);
		if (nc && column_recreated(d, ot, nt, oc, nc))
			vec_push(&replaced, d->a, (void *)oc->name);
	}
	for (size_t i = 0; i < ot->constraints.n; i++) {
		const struct constraint *o = ot->constraints.items[i];
		const struct constraint *n = table_find_constraint(nt, o->name);
		if ((!n || !constraint_equal(o, n) || fk_redone(d, o) ||
		     uses_retyped(d, &retyped, o, NULL) || uses_replaced(&replaced, o, NULL) ||
		     calls_recalled(d, o, NULL) || child_detached(d, &ot->name, o->name) ||
		     uses_redone_opclass(d, &o->elems) || (n->not_valid && !o->not_valid)) &&
		    !goes_with_parent(d, ot, o, NULL))
			diff_add(d, CH_DROP_CONSTRAINT,
			    o->kind == CON_FOREIGN ? PH_DROP_FOREIGN_KEY : PH_DROP_CONSTRAINT, ot, o, NULL);
	}
	for (size_t i = 0; i < nt->constraints.n; i++) {
		const struct constraint *n = nt->constraints.items[i];
		const struct constraint *o = table_find_constraint(ot, n->name);
		if (o && goes_with_parent(d, ot, o, NULL))
			o = NULL;	/* the parent's drop takes it: made again */
		if (!o || !constraint_equal(o, n) || fk_redone(d, o) ||
		    uses_retyped(d, &retyped, o, NULL) || uses_replaced(&replaced, o, NULL) ||
		    calls_recalled(d, o, NULL) || child_detached(d, &ot->name, o->name) ||
		     uses_redone_opclass(d, &o->elems) || (n->not_valid && !o->not_valid)) {
			if (!comes_from_parent(d, nt, n, NULL))
				add_constraint_change(d, nt, n)->only =
				    n->kind != CON_CHECK && n->kind != CON_FOREIGN && creates_only(d, nt);
		} else if (o->not_valid && !n->not_valid) {
			diff_add(d, CH_VALIDATE_CONSTRAINT,
			    n->kind == CON_FOREIGN ? PH_ADD_FOREIGN_KEY : PH_ADD_CONSTRAINT, nt, n, NULL);
		}
	}
	for (size_t i = 0; i < ot->indexes.n; i++) {
		const struct index *o = ot->indexes.items[i];
		const struct index *n = table_find_index(nt, o->name);
		if ((!n || !index_equal(o, n) || uses_retyped(d, &retyped, NULL, o) ||
		     uses_replaced(&replaced, NULL, o) || calls_recalled(d, NULL, o) ||
		     child_detached(d, &ot->name, o->name) || uses_redone_opclass(d, &o->elems)) &&
		    !goes_with_parent(d, ot, NULL, o))
			diff_add(d, CH_DROP_INDEX, PH_DROP_INDEX, ot, o, NULL);
	}
	for (size_t i = 0; i < nt->indexes.n; i++) {
		const struct index *n = nt->indexes.items[i];
		const struct index *o = table_find_index(ot, n->name);
		bool made = false;
		if (o && goes_with_parent(d, ot, NULL, o))
			o = NULL;	/* the parent's drop takes it: made again */
		if ((!o || !index_equal(o, n) || uses_retyped(d, &retyped, NULL, o) ||
		     uses_replaced(&replaced, NULL, o) || calls_recalled(d, NULL, o) ||
		     child_detached(d, &ot->name, o->name) || uses_redone_opclass(d, &o->elems)) &&
		    !comes_from_parent(d, nt, NULL, n)) {
			diff_add(d, CH_CREATE_INDEX, PH_CREATE_INDEX, nt, n, NULL)->only =
			    creates_only(d, nt);
			made = true;
		}
		attach_index(d, nt, n->name, n->parent, o ? o->parent : NULL, made);
	}
	for (size_t i = 0; i < nt->constraints.n; i++) {
		const struct constraint *n = nt->constraints.items[i];
		const struct constraint *o = table_find_constraint(ot, n->name);
		const struct index *oi = table_find_index(ot, n->name);
		if (n->kind != CON_PRIMARY && n->kind != CON_UNIQUE && n->kind != CON_EXCLUSION)
			continue;
		attach_index(d, nt, n->name, n->parent, o ? o->parent : oi ? oi->parent : NULL,
			     !o || !constraint_equal(o, n));
	}
}


static bool exprs_use(const struct ptrvec *cols, const struct expr *e)
{
	for (size_t i = 0; e && i < cols->n; i++)
		if (expr_uses_column(e, cols->items[i]))
			return true;
	return false;
}

static bool elems_use(const struct ptrvec *cols, const struct ptrvec *elems)
{
	for (size_t j = 0; j < elems->n; j++)
		if (exprs_use(cols, ((const struct index_elem *)elems->items[j])->expr))
			return true;
	return false;
}

/*
 * Does an expression of c or ix use one of the retyped columns, or a key
 * name a swapped collation? PostgreSQL keeps such expressions with the old
 * type's casts ('x'::old_enum, (qty)::numeric), and an explicit COLLATE
 * with the old collation, through ALTER TYPE, so they are created again.
 */
static bool uses_retyped(const struct differ *d, const struct ptrvec *retyped,
			 const struct constraint *c, const struct index *ix)
{
	const struct ptrvec *elems = c ? &c->elems : &ix->elems;

	/* an explicit COLLATE keeps the old collation through ALTER TYPE */
	for (size_t i = 0; i < elems->n; i++)
		if (diff_collation_swapped(d, ((const struct index_elem *)elems->items[i])->collation))
			return true;
	if (!retyped->n)
		return false;
	if (c)
		return exprs_use(retyped, c->check) || exprs_use(retyped, c->where) ||
		       elems_use(retyped, &c->elems);
	return exprs_use(retyped, ix->where) || elems_use(retyped, &ix->elems);
}

static bool names_any(const struct ptrvec *cols, const struct ptrvec *names)
{
	for (size_t i = 0; i < names->n; i++)
		for (size_t j = 0; j < cols->n; j++)
			if (str_eq(names->items[i], cols->items[j]))
				return true;
	return false;
}

/* Does c or ix use one of the columns that are dropped and added again
 * (column_recreated)? Their drop takes it along: it is created again. */
static bool uses_replaced(const struct ptrvec *replaced, const struct constraint *c,
			  const struct index *ix)
{
	const struct ptrvec *elems = c ? &c->elems : &ix->elems;

	if (!replaced->n)
		return false;
	for (size_t i = 0; i < elems->n; i++) {
		const struct index_elem *e = elems->items[i];
		for (size_t j = 0; e->column && j < replaced->n; j++)
			if (str_eq(e->column, replaced->items[j]))
				return true;
	}
	if (names_any(replaced, c ? &c->include : &ix->include) ||
	    (c && (names_any(replaced, &c->columns) || exprs_use(replaced, c->check))))
		return true;
	return elems_use(replaced, elems) || exprs_use(replaced, c ? c->where : ix->where);
}

static const char *const integer_family[] = { "int2", "int4", "int8", NULL };

/*
 * Types between which PostgreSQL re-reads an expression without adding or
 * leaving casts: the integers among themselves, the strings among
 * themselves (a typmod change is the same type).
 */
static bool same_spelling_family(const struct typeref *o, const struct typeref *n)
{
	if (!str_eq(o->schema, "pg_catalog") || !str_eq(n->schema, "pg_catalog") ||
	    o->ndims != n->ndims)
		return false;
	return str_eq(o->name, n->name) ||
	       (in_family(o->name, integer_family) && in_family(n->name, integer_family)) ||
	       (in_family(o->name, string_family) && in_family(n->name, string_family));
}

/* Columns of a kept table whose type changes to one that can leave casts in
 * expressions, or whose enum type is swapped. */
static void retyped_columns(struct differ *d, const struct table *ot, const struct table *nt,
			    struct ptrvec *out)
{
	for (size_t i = 0; i < ot->columns.n; i++) {
		const struct column *o = ot->columns.items[i];
		const struct column *n = table_find_column(nt, o->name);
		if (!n)
			continue;
		if (diff_type_swapped(d, &o->type) || (!typeref_equal(&o->type, &n->type) &&
					       !same_spelling_family(&o->type, &n->type)))
			vec_push(out, d->a, (void *)o->name);
	}
}


/* ---- tables ----------------------------------------------------------- */

/* Does t hold the key fk references: a primary key or unique constraint on
 * its columns, or, when indexes is set, a plain unique index on them? */
static bool holds_key(const struct table *t, const struct constraint *fk, bool indexes)
{
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *k = t->constraints.items[i];
		if ((k->kind == CON_PRIMARY || k->kind == CON_UNIQUE) && same_key(fk, k))
			return true;
	}
	for (size_t i = 0; indexes && i < t->indexes.n; i++) {
		const struct index *ix = t->indexes.items[i];
		bool plain = ix->unique && !ix->where && ix->elems.n == fk->ref_columns.n;
		for (size_t j = 0; j < ix->elems.n && plain; j++) {
			const struct index_elem *e = ix->elems.items[j];
			bool found = false;
			for (size_t k = 0; e->column && k < fk->ref_columns.n && !found; k++)
				found = strcmp(fk->ref_columns.items[k], e->column) == 0;
			plain = found;
		}
		if (plain)
			return true;
	}
	return false;
}

/*
 * A foreign key of a new table whose referenced key does not exist when its
 * CREATE TABLE runs waits for that key, so it is added after the
 * constraints and indexes, not inline: a primary key or unique constraint
 * added to an existing table (on a column perhaps added too), or a key
 * that is only a unique index of a table created in this migration (new or
 * created again), since indexes come after every CREATE TABLE. A key that
 * is a constraint of a new table is created with it (order_tables).
 */
static bool key_is_new(struct differ *d, const struct constraint *fk)
{
	const struct table *ot, *nt;

	if (fk->kind != CON_FOREIGN)
		return false;
	ot = find_table(d->old, &fk->ref_table);
	if (!ot || is_recreated(d, &fk->ref_table)) {
		nt = find_table(d->new, &fk->ref_table);
		return nt && !holds_key(nt, fk, false);
	}
	return !holds_key(ot, fk, true);
}

/*
 * Does an inheritance child of t (INHERITS, not a partition) keep column
 * name as its own in the new catalog? Dropping the column from t would
 * drop it from a child that has it from t only; ALTER TABLE ONLY drops it
 * from t alone and leaves the children's defined locally (ALTER TABLE,
 * DROP COLUMN), which is what the new catalog says.
 */
static bool child_keeps_column(const struct differ *d, const struct table *t, const char *name)
{
	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *c = d->new->tables.items[i];
		const struct column *cc;
		bool child = false;
		for (size_t j = 0; j < c->inherits.n && !child; j++) {
			const struct qname *q = c->inherits.items[j];
			child = str_eq(q->schema, t->name.schema) && str_eq(q->name, t->name.name);
		}
		if (child && (cc = table_find_column(c, name)) && !cc->inherited_only &&
		    find_table(d->old, &c->name))
			return true;
	}
	return false;
}

static int cmp_tables(const void *a, const void *b)
{
	const struct table *x = *(const struct table *const *)a;
	const struct table *y = *(const struct table *const *)b;
	int c = strcmp(x->name.schema, y->name.schema);
	return c ? c : strcmp(x->name.name, y->name.name);
}

/* The base order of tables: schema, name. */
static void sort_tables(struct ptrvec *v)
{
	if (v->n > 1)
		qsort(v->items, v->n, sizeof(*v->items), cmp_tables);
}

static void diff_tables(struct differ *d, struct ptrvec *serials)
{
	struct ptrvec created = { 0 }, dropped = { 0 }, deferred = { 0 };
	struct ptrvec added = { 0 };	/* new tables not in old, for rename hints */

	collect_fk_redo(d);
	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *o = d->old->tables.items[i];
		if ((!find_table(d->new, &o->name) || is_recreated(d, &o->name)) &&
		    diff_managed(d, o->name.schema))
			vec_push(&dropped, d->a, (void *)o);
	}
	/* drop referencing tables before the tables they reference */
	sort_tables(&dropped);
	order_tables(&dropped, &deferred, d->a);
	/* a foreign key to a partitioned table also depends on each of its
	 * partitions: when one goes before the key's table does (tables go
	 * from the end of dropped), the key is dropped first, as a key on a
	 * cycle is */
	for (size_t j = 0; j < dropped.n; j++) {
		const struct table *t = dropped.items[j];
		for (size_t k = 0; k < t->constraints.n; k++) {
			const struct constraint *fk = t->constraints.items[k];
			bool before = false;
			for (size_t x = j + 1; fk->kind == CON_FOREIGN && x < dropped.n && !before; x++) {
				const struct table *p = dropped.items[x];
				before = p->partition_of.name &&
					 str_eq(p->partition_of.schema, fk->ref_table.schema) &&
					 str_eq(p->partition_of.name, fk->ref_table.name);
			}
			if (before && !has_fk(&deferred, fk))
				vec_push(&deferred, d->a, (void *)fk);
		}
	}
	for (size_t i = 0; i < deferred.n; i++) {
		const struct constraint *fk = deferred.items[i];
		for (size_t j = 0; j < dropped.n; j++)
			if (table_find_constraint(dropped.items[j], fk->name) == fk)
				diff_add(d, CH_DROP_CONSTRAINT, PH_DROP_FOREIGN_KEY, dropped.items[j], fk, NULL);
	}
	for (size_t i = 0; dropped.n && i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		if (!find_table(d->old, &n->name))
			vec_push(&added, d->a, (void *)n);
	}
	for (size_t i = dropped.n; i-- > 0;) {
		const struct table *o = dropped.items[i];
		struct change *c = diff_add(d, CH_DROP_TABLE, PH_DROP_TABLE, o, o, NULL);
		c->rank = (int)(dropped.n - i);
		c->destructive = arena_printf(d->a, !is_recreated(d, &o->name)
					      ? "table %s and all its rows"
					      : partkey_swapped(d, o)
					      ? "table %s and all its rows (created again: its partition key uses a type or collation that is replaced, which PostgreSQL cannot change under a key)"
					      : "table %s and all its rows (created again: its partitioning changes)",
					      o->name.name);
		for (size_t k = 0; k < added.n && !c->hint && !is_recreated(d, &o->name); k++) {
			const struct table *n = added.items[k];
			if (str_eq(n->name.schema, o->name.schema) && n->columns.n == o->columns.n)
				c->hint = arena_printf(d->a,
					"if %s is %s renamed, write `-- schemac:renamed-from %s` on the line before its CREATE TABLE",
					n->name.name, o->name.name, o->name.name);
		}
	}

	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		if ((!find_table(d->old, &n->name) || is_recreated(d, &n->name)) &&
		    diff_managed(d, n->name.schema))
			vec_push(&created, d->a, (void *)n);
	}
	memset(&deferred, 0, sizeof(deferred));
	sort_tables(&created);
	order_tables(&created, &deferred, d->a);
	for (size_t i = 0; i < created.n; i++) {
		const struct table *n = created.items[i];
		struct change *c = diff_add(d, CH_CREATE_TABLE, PH_CREATE_TABLE, n, n, NULL);
		c->rank = (int)i;
		c->old = parent_table(d->new, n);
		for (size_t j = 0; j < n->constraints.n; j++) {
			const struct constraint *con = n->constraints.items[j];
			if (comes_from_parent(d, n, con, NULL)) {
				vec_push(&c->deferred, d->a, (void *)con);	/* not printed */
				continue;
			}
			if (has_fk(&deferred, con) || con->not_valid || key_is_new(d, con)) {
				vec_push(&c->deferred, d->a, (void *)con);
				add_constraint_change(d, n, con);
			}
		}
		for (size_t j = 0; j < serials->n; j++)
			if (table_find_column(n, ((struct column *)serials->items[j])->name) == serials->items[j])
				vec_push(&c->serials, d->a, serials->items[j]);
		for (size_t j = 0; j < n->indexes.n; j++)
			if (!comes_from_parent(d, n, NULL, n->indexes.items[j]))
				diff_add(d, CH_CREATE_INDEX, PH_CREATE_INDEX, n, n->indexes.items[j], NULL);
		new_table_column_options(d, n);
		table_comments(d, NULL, n);
	}

	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		const struct table *o = find_table(d->old, &n->name);
		const struct table *po, *pn;
		if (!o || !diff_managed(d, n->name.schema) || is_recreated(d, &n->name))
			continue;
		diff_cascade_parent(d, o, n, &po, &pn);
		diff_table_links(d, o, n);
		if (o->unlogged != n->unlogged)
			diff_add(d, CH_SET_LOGGED, PH_ALTER_COLUMN, n, n, NULL);
		for (size_t j = 0; j < o->columns.n; j++) {
			const struct column *oc = o->columns.items[j];
			if (po && table_find_column(po, oc->name) && !table_find_column(pn, oc->name))
				continue;	/* dropped with the parent's */
			if (!table_find_column(n, oc->name)) {
				struct change *c = diff_add(d, CH_DROP_COLUMN, PH_DROP_COLUMN, o, oc, NULL);
				c->only = child_keeps_column(d, n, oc->name);
				c->destructive = arena_printf(d->a, "column %s.%s and its data",
							      o->name.name, oc->name);
				for (size_t k = 0; k < n->columns.n && !c->hint; k++) {
					const struct column *nc = n->columns.items[k];
					if (!table_find_column(o, nc->name) &&
					    typeref_equal(&nc->type, &oc->type))
						c->hint = arena_printf(d->a,
							"if %s.%s is %s renamed, write `-- schemac:renamed-from %s` on the line before it in the schema",
							n->name.name, nc->name, oc->name, oc->name);
				}
			}
		}
		for (size_t j = 0; j < n->columns.n; j++) {
			const struct column *nc = n->columns.items[j];
			const struct column *oc = table_find_column(o, nc->name);
			if (!oc && pn && table_find_column(pn, nc->name) && !table_find_column(po, nc->name))
				continue;	/* added with the parent's */
			if (!oc) {
				struct change *c = diff_add(d, CH_ADD_COLUMN, PH_ALTER_COLUMN, n, nc, NULL);
				for (size_t k = 0; k < serials->n; k++)
					if (serials->items[k] == nc)
						vec_push(&c->serials, d->a, (void *)nc);
				diff_column_options(d, n, NULL, nc);
			} else {
				oc = after_parent(d, po, pn, oc);
				diff_column(d, o, n, oc, nc);
				diff_column_options(d, n, oc, nc);
			}
		}
		diff_convert_swapped(d, o, n);
		diff_constraints(d, o, n);
		table_comments(d, o, n);
	}
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
				if (!table_find_constraint(nt, o->name) && constraint_equal(o, n) &&
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
				if (!table_find_index(nt, o->name) && index_equal(o, n)) {
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

/* ---- views, functions, triggers, policies ------------------------------ */

/* Sets of dependency keys are maps to a non-NULL value. */
static void set_add(struct map *set, const char *key)
{
	if (key)
		map_put(set, key, (void *)1);
}

static bool uses_any(const struct dbobject *o, const struct map *keys, bool body_too)
{
	for (size_t i = 0; i < o->deps.n; i++)
		if (map_get(keys, o->deps.items[i]))
			return true;
	for (size_t i = 0; body_too && i < o->uses.n; i++)
		if (map_get(keys, o->uses.items[i]))
			return true;
	return false;
}

/* Does o use something in broken that is not an object going late (in
 * calm)? Then o goes early, before the tables and functions. */
static bool uses_shape(const struct dbobject *o, const struct map *broken, const struct map *calm)
{
	for (size_t i = 0; i < o->deps.n; i++)
		if (map_get(broken, o->deps.items[i]) && !map_get(calm, o->deps.items[i]))
			return true;
	return false;
}

/* A table that stays, with columns that go or change type or collation
 * under the objects that use them (changed_under). */
struct changed_columns {
	const struct table *table;	/* old */
	const char *key;		/* its dependency key */
	struct ptrvec columns;		/* const char * */
};

/* Does o use one of the changed columns? */
static bool object_uses_changed_column(struct differ *d, const struct dbobject *o,
				const struct ptrvec *columns)
{
	for (size_t i = 0; i < columns->n; i++) {
		const struct changed_columns *cc = columns->items[i];
		bool on_table = false;
		for (size_t j = 0; j < o->deps.n && !on_table; j++)
			on_table = str_eq(o->deps.items[j], cc->key);
		for (size_t j = 0; on_table && j < cc->columns.n; j++)
			if (qualify_object_uses_column(d->a, d->old, o, cc->table,
						       cc->columns.items[j]))
				return true;
		/* a materialized view stores the whole row it selects: its
		 * type changes under it (PostgreSQL refuses the ALTER) */
		if (on_table && o->kind == OBJ_MATVIEW &&
		    qualify_object_uses_column(d->a, d->old, o, cc->table, NULL))
			return true;
	}
	return false;
}

static int cmp_objects(const void *a, const void *b)
{
	const struct dbobject *x = *(const struct dbobject *const *)a;
	const struct dbobject *y = *(const struct dbobject *const *)b;
	return strcmp(x->key, y->key);
}

struct toposort {
	struct arena *a;
	const struct ptrvec *all;	/* struct dbobject *, in key order */
	struct map *providers;		/* provided key -> struct ptrvec * of
					 * positions in all */
	char *state;			/* per object: 0 new, 1 on the walk, 2 done */
	struct ptrvec *out;
};

static void visit(struct toposort *t, size_t i);

static void visit_key(struct toposort *t, const char *key)
{
	const struct ptrvec *p = map_get(t->providers, key);

	for (size_t k = 0; p && k < p->n; k++)
		visit(t, (size_t)(uintptr_t)p->items[k]);
}

/*
 * Objects in dependency order: each after the objects providing what it
 * uses (PostgreSQL-tracked or named in a body), otherwise in key order. A
 * cycle (functions calling each other) is broken where the walk meets it.
 */
static void visit(struct toposort *t, size_t i)
{
	const struct dbobject *o = t->all->items[i];

	if (t->state[i])
		return;
	t->state[i] = 1;
	for (size_t k = 0; k < o->deps.n; k++)
		visit_key(t, o->deps.items[k]);
	for (size_t k = 0; k < o->uses.n; k++)
		visit_key(t, o->uses.items[k]);
	t->state[i] = 2;
	vec_push(t->out, t->a, (void *)o);
}

static void objects_in_order(struct differ *d, const struct catalog *cat, struct ptrvec *out)
{
	struct ptrvec all = { 0 };
	struct toposort t = { d->a, &all, map_new(d->a), NULL, out };

	for (size_t i = 0; i < cat->objects.n; i++) {
		const struct dbobject *o = cat->objects.items[i];
		if (object_managed(d, o))
			vec_push(&all, d->a, (void *)o);
	}
	if (all.n > 1)
		qsort(all.items, all.n, sizeof(*all.items), cmp_objects);
	for (size_t i = 0; i < all.n; i++) {
		const char *key = object_provides(d->a, all.items[i]);
		struct ptrvec *p;
		if (!key)
			continue;
		if (!(p = map_get(t.providers, key))) {
			p = arena_alloc(d->a, sizeof(*p));
			map_put(t.providers, key, p);
		}
		vec_push(p, d->a, (void *)(uintptr_t)i);
	}
	t.state = arena_alloc(d->a, all.n + 1);
	for (size_t i = 0; i < all.n; i++)
		visit(&t, i);
}

/* Keys of relations and types whose shape changes under their users: a
 * dropped or recreated table, a dropped or swapped type; into *columns,
 * the tables that keep their shape but for a dropped or retyped column (or
 * one whose type or collation is swapped), which breaks only the objects
 * that use that column (as PostgreSQL records it: a view that reads other
 * columns stays; one that reads it would make ALTER COLUMN ... TYPE fail). */
static void changed_under(struct differ *d, struct map *broken, struct ptrvec *columns)
{
	for (size_t i = 0; i < d->old->tables.n; i++) {
		const struct table *o = d->old->tables.items[i];
		const struct table *n = find_table(d->new, &o->name);
		const char *key = object_dep_key(d->a, 'r', o->name.schema, o->name.name);
		struct changed_columns *cc = NULL;
		if (!n || is_recreated(d, &o->name)) {
			set_add(broken, key);
			continue;
		}
		for (size_t j = 0; j < o->columns.n; j++) {
			const struct column *oc = o->columns.items[j];
			const struct column *nc = table_find_column(n, oc->name);
			if (nc && !column_retyped(d, oc, nc) && !column_recreated(d, o, n, oc, nc))
				continue;
			if (!cc) {
				cc = arena_alloc(d->a, sizeof(*cc));
				cc->table = o;
				cc->key = key;
				vec_push(columns, d->a, cc);
			}
			vec_push(&cc->columns, d->a, (void *)oc->name);
		}
	}
	diff_types_changed_under(d, broken);
}

static bool object_equal(const struct dbobject *o, const struct dbobject *n)
{
	return o->def[0] == n->def[0] && o->def[1] == n->def[1];
}

/* Can old become new in place (CREATE OR REPLACE, ALTER POLICY)? A view
 * may only add columns at the end. */
static bool replaceable(const struct dbobject *o, const struct dbobject *n)
{
	if (!o->replace_sig || !n->replace_sig || o->kind != n->kind)
		return false;
	if (o->kind == OBJ_VIEW)
		return strncmp(n->replace_sig, o->replace_sig, strlen(o->replace_sig)) == 0;
	return str_eq(o->replace_sig, n->replace_sig);
}

static const char *object_target(struct differ *d, const struct dbobject *o)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	sb_object(&sb, o);
	s = arena_strdup(d->a, sb.buf);
	sb_release(&sb);
	return s;
}

static void object_comments(struct differ *d, const struct dbobject *o, const struct dbobject *n)
{
	if (diff_comment_differs(o ? o->comment : NULL, n->comment, false))
		diff_comment(d, object_target(d, n), n->comment);
	for (size_t i = 0; i < n->columns.n; i++) {
		const char *oc = NULL, *nc = n->col_comments.items[i];
		struct strbuf sb = STRBUF_INIT;
		for (size_t j = 0; o && j < o->columns.n; j++)
			if (str_eq(o->columns.items[j], n->columns.items[i]))
				oc = o->col_comments.items[j];
		if (!diff_comment_differs(oc, nc, false))
			continue;
		sb_adds(&sb, "COLUMN ");
		sb_qname(&sb, n->name.schema, n->name.name);
		sb_addc(&sb, '.');
		sb_ident(&sb, n->columns.items[i]);
		diff_comment(d, arena_strdup(d->a, sb.buf), nc);
		sb_release(&sb);
	}
}

static void matview_indexes(struct differ *d, const struct dbobject *o, const struct dbobject *n,
			    int rank)
{
	for (size_t i = 0; o && i < o->rel->indexes.n; i++) {
		const struct index *oi = o->rel->indexes.items[i];
		const struct index *ni = table_find_index(n->rel, oi->name);
		if (!ni || !matview_index_equal(oi, ni) || calls_recalled(d, NULL, oi))
			diff_add(d, CH_DROP_INDEX, PH_DROP_INDEX, o->rel, oi, NULL);
	}
	for (size_t i = 0; i < n->rel->indexes.n; i++) {
		const struct index *ni = n->rel->indexes.items[i];
		const struct index *oi = o ? table_find_index(o->rel, ni->name) : NULL;
		struct change *c;
		if (oi && matview_index_equal(oi, ni) && !calls_recalled(d, NULL, oi))
			continue;
		c = diff_add(d, CH_CREATE_INDEX, o ? PH_CREATE_INDEX : PH_CREATE_OBJECT, n->rel, ni, NULL);
		if (!o)
			c->rank = rank;
	}
	for (size_t i = 0; i < n->rel->indexes.n; i++) {
		const struct index *ni = n->rel->indexes.items[i];
		const struct index *oi = o ? table_find_index(o->rel, ni->name) : NULL;
		if (oi && (!matview_index_equal(oi, ni) || calls_recalled(d, NULL, oi)))
			oi = NULL;
		if (diff_comment_differs(oi ? oi->comment : NULL, ni->comment, false))
			diff_comment(d, diff_target(d, "INDEX", n->name.schema, ni->name), ni->comment);
	}
}

static void diff_objects(struct differ *d)
{
	struct ptrvec old_order = { 0 }, new_order = { 0 };
	struct map *broken = map_new(d->a), *redo = map_new(d->a);
	struct map *late = map_new(d->a), *created_rels = map_new(d->a), *early = map_new(d->a);
	struct map *calm = map_new(d->a);	/* redone objects that go with
						 * the functions, late */
	struct ptrvec columns = { 0 };

	objects_in_order(d, d->old, &old_order);
	objects_in_order(d, d->new, &new_order);
	changed_under(d, broken, &columns);

	/* what goes: objects no longer there, changed in a way that needs drop
	 * and create, or using something that does (in dependency order, so
	 * one pass carries it through) */
	for (size_t i = 0; i < old_order.n; i++) {
		const struct dbobject *o = old_order.items[i];
		const struct dbobject *n = catalog_find_object(d->new, o->key);
		bool under = uses_any(o, broken, false) || object_uses_changed_column(d, o, &columns);
		if (!n || (!object_equal(o, n) && !replaceable(o, n)) || under) {
			/* a function whose signature names a table or type that
			 * goes goes before it, with the views, and so does what
			 * uses such a function; what is under an object that
			 * itself goes with the functions (an operator class
			 * under its family) stays with them */
			if (uses_shape(o, broken, calm) || object_uses_changed_column(d, o, &columns))
				set_add(early, o->key);
			else if (object_kind_desc(o->kind)->early)
				set_add(calm, object_provides(d->a, o));
			map_put(redo, o->key, (void *)o);
			set_add(broken, object_provides(d->a, o));
		}
	}
	for (size_t i = old_order.n; i-- > 0;) {
		const struct dbobject *o = old_order.items[i];
		struct change *c;
		if (!map_get(redo, o->key))
			continue;
		c = diff_add(d, CH_DROP_OBJECT,
			object_kind_desc(o->kind)->early && !map_get(early, o->key)
				? PH_DROP_FUNCTION
				: PH_DROP_OBJECT,
			NULL, o, NULL);
		c->rank = (int)(old_order.n - i);
	}

	/* functions (and generic objects of kinds that live on no table) that
	 * use no relation created here come before tables */
	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		if (!find_table(d->old, &n->name))
			set_add(created_rels, object_dep_key(d->a, 'r', n->name.schema, n->name.name));
	}
	for (size_t i = 0; i < new_order.n; i++) {
		const struct dbobject *n = new_order.items[i];
		if (!object_kind_desc(n->kind)->early ||
		    uses_any(n, created_rels, true) || uses_any(n, late, true)) {
			set_add(late, object_provides(d->a, n));
			if (n->kind == OBJ_VIEW || n->kind == OBJ_MATVIEW)
				set_add(created_rels, object_provides(d->a, n));
		}
	}
	for (size_t i = 0; i < new_order.n; i++) {
		const struct dbobject *n = new_order.items[i];
		const struct dbobject *o = catalog_find_object(d->old, n->key);
		const char *pk = object_provides(d->a, n);
		bool again = o && map_get(redo, o->key);
		bool early = object_kind_desc(n->kind)->early && pk && !map_get(late, pk);
		enum change_phase ph = early ? PH_CREATE_FUNCTION : PH_CREATE_OBJECT;
		struct change *c = NULL;

		if (!o || again)
			c = diff_add(d, CH_CREATE_OBJECT, ph, NULL, n, NULL);
		else if (!object_equal(o, n))
			c = diff_add(d, CH_REPLACE_OBJECT, ph, NULL, n, o);
		else if (!strlist_equal(&o->options.items, &n->options.items))
			c = diff_add(d, CH_ALTER_VIEW_OPTIONS, ph, NULL, n, o);
		if (c)
			c->rank = (int)i;
		if ((n->kind == OBJ_TRIGGER || n->kind == OBJ_EVENT_TRIGGER) &&
		    n->enabled != ((!o || again) ? 'O' : o->enabled)) {
			c = diff_add(d, CH_TRIGGER_STATE, PH_CREATE_OBJECT, NULL, n, NULL);
			c->rank = (int)i;
		}
		if (n->rel)
			matview_indexes(d, o && !again ? o : NULL, n, (int)i);
		object_comments(d, o && !again ? o : NULL, n);
	}
}

/* The functions dropped and created again under the same signature
 * (differ.recalled): CREATE OR REPLACE cannot change a return type or
 * rename a parameter, and DROP FUNCTION fails while a column default, a
 * check or an index calls the function (PostgreSQL records those calls). */
static void collect_recalled(struct differ *d)
{
	d->recalled = map_new(d->a);
	for (size_t i = 0; i < d->old->objects.n; i++) {
		const struct dbobject *o = d->old->objects.items[i];
		const struct dbobject *n = catalog_find_object(d->new, o->key);
		if (o->kind == OBJ_FUNCTION && n && object_managed(d, o) && !object_equal(o, n) &&
		    !replaceable(o, n))
			set_add(d->recalled, object_provides(d->a, o));
	}
}

/* ROW LEVEL SECURITY of the tables in both catalogs and of new ones. */
static void diff_rls(struct differ *d)
{
	for (size_t i = 0; i < d->new->tables.n; i++) {
		const struct table *n = d->new->tables.items[i];
		const struct table *o = find_table(d->old, &n->name);
		if (!diff_managed(d, n->name.schema))
			continue;
		if (o && is_recreated(d, &o->name))
			o = NULL;
		if ((o ? o->rls : false) != n->rls || (o ? o->rls_forced : false) != n->rls_forced)
			diff_add(d, CH_SET_RLS, PH_POST_ALTER_COLUMN, n, n, o);
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
	collect_recalled(&d);
	diff_schemas(&d);
	diff_extensions(&d);
	diff_types(&d);
	mark_recreated(&d);	/* the sequences they own are made again */
	diff_sequences(&d, &serials);
	diff_tables(&d, &serials);
	diff_rls(&d);
	diff_relforms(&d);
	diff_objects(&d);
	diff_link_dependencies(&d);
	diff_grants(out, a, old, new, d.managed, d.owners);
}
