/*
 * diff_depend.c - dependencies between changes of different kinds, where
 * the phase order (diff.h) is wrong for one object. Takes the differ's
 * changes once they are all recorded and adds to each the changes that
 * must come before it (change->prereqs), which order_changes (order.c)
 * honours; nothing is added, removed or reworded.
 *
 * What is linked, as PostgreSQL records it in pg_depend:
 *   - a domain's check or default, a column default, a table's check or
 *     exclusion constraint, an index, that calls a function: created after
 *     the function is created, dropped before it is dropped;
 *   - a domain over a table's row type, a composite type with an attribute
 *     of one: created after the table, dropped before it;
 *   - a table or column of a user type (or of a table's row type), and a
 *     function whose signature names a type: created after the type;
 *   - a table, type or function dropped and created again under the same
 *     name: the creation after the drop (the drop may have been delayed);
 *   - a table or column dropped whose default, generation expression or
 *     check calls a function that is dropped: the function after it.
 *
 * A new table whose inline check or column default calls a function that
 * comes after the tables (one that uses a relation created here) cannot
 * wait for it in place, as everything on the table would have to wait
 * too: that check is added after the function with ALTER TABLE ... ADD
 * CONSTRAINT, and that default set after it with ALTER COLUMN ... SET
 * DEFAULT (the table has no rows yet), the one rewording done here. An
 * added column with such a default waits for the function.
 */
#include "diff_int.h"
#include "node.h"
#include "normalize.h"
#include "qualify.h"

#include <ctype.h>

/* Changes by the dependency key (object_dep_key) of what they create or
 * drop: 'r' tables, 'T' types, 'f' functions and procedures. */
struct linker {
	struct differ *d;
	struct map *created;	/* key -> struct ptrvec * of struct change * */
	struct map *dropped;
	struct map *dropped_objects;	/* object_key() -> its CH_DROP_OBJECT */
};

static void index_change(struct linker *l, struct map *m, const char *key, struct change *c)
{
	struct ptrvec *v = map_get(m, key);

	if (!v) {
		v = arena_alloc(l->d->a, sizeof(*v));
		map_put(m, key, v);
	}
	vec_push(v, l->d->a, c);
}

/* c after every change of m under key (first true), or every change of m
 * under key after c (first false). */
static void link_key(struct linker *l, struct change *c, struct map *m, const char *key,
		     bool first)
{
	const struct ptrvec *v = key ? map_get(m, key) : NULL;

	for (size_t i = 0; v && i < v->n; i++) {
		if (first)
			change_after(l->d->out, c, v->items[i]);
		else
			change_after(l->d->out, v->items[i], c);
	}
}

/* The key of the user type or table row type r names ('T' and 'r' both:
 * a table's row type is a type), for each of the two maps' kinds. */
static void link_typeref(struct linker *l, struct change *c, struct map *m,
			 const struct typeref *r, bool first)
{
	if (!r->name || str_eq(r->schema, "pg_catalog"))
		return;
	link_key(l, c, m, object_dep_key(l->d->a, 'T', r->schema, r->name), first);
	link_key(l, c, m, object_dep_key(l->d->a, 'r', r->schema, r->name), first);
}

struct calls {
	struct arena *a;
	const struct catalog *cat;
	struct ptrvec *keys;
};

static bool call_pre(Node **slot, void *ctx)
{
	struct calls *k = ctx;
	const char *key;

	if ((*slot)->node_case != PG_QUERY__NODE__NODE_FUNC_CALL)
		return true;
	key = qualify_function(k->a, k->cat, &(*slot)->func_call->funcname,
			       &(*slot)->func_call->n_funcname);
	if (key)
		vec_push(k->keys, k->a, (void *)key);
	return true;
}

/* The functions of cat that expression e calls, as dependency keys. */
static void expr_calls(struct arena *a, const struct catalog *cat, const struct expr *e,
		       struct ptrvec *out)
{
	Node *tree = e ? expr_tree(a, e) : NULL;
	struct calls k = { a, cat, out };

	if (tree)
		node_walk(&tree, call_pre, &k);
}

/*
 * Can e call a function of d->recalled? A call names its function, so the
 * statement text e comes from holds the name as an identifier: unquoted
 * (folded to lower case) or quoted (its "" undoubled). Identifiers too long
 * to compare as PostgreSQL truncates them, and Unicode escapes (U&"..."),
 * are taken to maybe name it. One scan of the text is much cheaper than
 * parsing the statement again.
 */
static bool may_call_recalled(const struct differ *d, const struct expr *e)
{
	const char *text, *end;
	char word[NAMEDATALEN];

	if (!e->file)
		return true;	/* a packed tree: cheap to unpack */
	text = e->file->text + e->base;
	end = text + e->len;
	while (text < end) {
		unsigned char ch = (unsigned char)*text;
		size_t n = 0;

		if (ch == '"') {
			for (text++; text < end; text++) {
				if (*text == '"' && (text + 1 == end || text[1] != '"'))
					break;
				if (*text == '"')
					text++;		/* "" is one quote */
				if (n + 1 >= sizeof(word))
					return true;
				word[n++] = *text;
			}
			if (text < end)
				text++;	/* the closing quote */
		} else if (isalpha(ch) || ch == '_' || ch >= 0x80) {
			if ((ch == 'u' || ch == 'U') && text + 1 < end && text[1] == '&')
				return true;
			for (; text < end; text++) {
				ch = (unsigned char)*text;
				if (!isalnum(ch) && ch != '_' && ch != '$' && ch < 0x80)
					break;
				if (n + 1 >= sizeof(word))
					return true;
				word[n++] = (char)tolower(ch);
			}
		} else {
			text++;
			continue;
		}
		word[n] = '\0';
		if (map_get(d->recalled_names, word))
			return true;
	}
	return false;
}

bool diff_calls_recalled(const struct differ *d, const struct expr *e)
{
	struct ptrvec keys = { 0 };
	struct arena *tmp;
	bool found = false;

	if (!e || !d->recalled || !may_call_recalled(d, e))
		return false;
	tmp = arena_new();	/* the statement parsed again: not kept */
	expr_calls(tmp, d->old, e, &keys);
	for (size_t i = 0; i < keys.n && !found; i++)
		found = map_get(d->recalled, keys.items[i]) != NULL;
	arena_free(tmp);
	return found;
}

/* c and the functions a domain's expressions call: c after their creation
 * (first true), or their drop after c. */
static void link_calls(struct linker *l, struct change *c, const struct catalog *cat,
		       const struct expr *e, bool first)
{
	struct ptrvec keys = { 0 };

	expr_calls(l->d->a, cat, e, &keys);
	for (size_t i = 0; i < keys.n; i++)
		link_key(l, c, first ? l->created : l->dropped, keys.items[i], first);
}

/* c and the functions the expressions of constraint k or index ix call:
 * c after their creation (first true), or their drop after c. */
static void link_key_calls(struct linker *l, struct change *c, bool first,
			   const struct constraint *k, const struct index *ix)
{
	const struct catalog *cat = first ? l->d->new : l->d->old;
	const struct ptrvec *elems = k ? &k->elems : &ix->elems;

	for (size_t i = 0; i < elems->n; i++)
		link_calls(l, c, cat, ((const struct index_elem *)elems->items[i])->expr, first);
	link_calls(l, c, cat, k ? k->where : ix->where, first);
	if (k)
		link_calls(l, c, cat, k->check, first);
}

/* c after the functions e calls (cat: the new catalog), or their drops
 * after c (cat: the old one): for the expressions of a table's columns. */
static void link_column_calls(struct linker *l, struct change *c, const struct catalog *cat,
			      const struct column *col, bool first)
{
	if (!col->identity)
		link_calls(l, c, cat, col->def, first);
}

/* Does e call a function created after the tables (late)? */
static bool calls_late(struct linker *l, const struct expr *e)
{
	struct ptrvec keys = { 0 };

	expr_calls(l->d->a, l->d->new, e, &keys);
	for (size_t i = 0; i < keys.n; i++) {
		const struct ptrvec *v = map_get(l->created, keys.items[i]);
		for (size_t k = 0; v && k < v->n; k++)
			if (((const struct change *)v->items[k])->phase > PH_CREATE_TABLE)
				return true;
	}
	return false;
}

/* A new table's checks and defaults that call a late function: taken out
 * of its CREATE TABLE (c->deferred) and made changes of their own, which
 * the loop of diff_link_dependencies then links to the function. */
static void defer_late_calls(struct linker *l, struct change *c)
{
	const struct table *t = c->table;

	if (t->partition_of.name)
		return;	/* its columns and checks come from its parent */
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *k = t->constraints.items[i];
		if (k->kind == CON_CHECK && !vec_has(&c->deferred, k) && calls_late(l, k->check)) {
			vec_push(&c->deferred, l->d->a, (void *)k);
			diff_add(l->d, CH_ADD_CONSTRAINT, PH_ADD_CONSTRAINT, t, k, NULL);
		}
	}
	for (size_t i = 0; i < t->columns.n; i++) {
		const struct column *col = t->columns.items[i];
		if (col->inherited_only || col->generated || col->identity || vec_has(&c->serials, col) ||
		    !calls_late(l, col->def))
			continue;
		vec_push(&c->deferred, l->d->a, (void *)col);
		diff_add(l->d, CH_SET_DEFAULT, PH_ALTER_COLUMN, t, col, NULL);
	}
}

static void link_domain(struct linker *l, struct change *c, const struct catalog *cat,
			const struct type *t, bool first)
{
	for (size_t i = 0; i < t->checks.n; i++)
		link_calls(l, c, cat, ((const struct constraint *)t->checks.items[i])->check, first);
	link_calls(l, c, cat, t->def, first);
}

/* A type's creation (first true) or drop and what it is made of. */
static void link_type(struct linker *l, struct change *c, const struct catalog *cat,
		      const struct type *t, bool first)
{
	struct map *m = first ? l->created : l->dropped;

	if (t->kind == TYPE_DOMAIN) {
		link_domain(l, c, cat, t, first);
		link_typeref(l, c, m, &t->base, first);
	}
	for (size_t i = 0; i < t->attrs.n; i++)
		link_typeref(l, c, m, &((const struct column *)t->attrs.items[i])->type, first);
}

static void index_changes(struct linker *l)
{
	struct arena *a = l->d->a;

	for (size_t i = 0; i < l->d->out->items.n; i++) {
		struct change *c = l->d->out->items.items[i];
		const struct type *t = c->obj;
		const struct dbobject *o = c->obj;
		switch (c->kind) {
		case CH_CREATE_TABLE:
			index_change(l, l->created, object_dep_key(a, 'r', c->table->name.schema,
								   c->table->name.name), c);
			break;
		case CH_DROP_TABLE:
			index_change(l, l->dropped, object_dep_key(a, 'r', c->table->name.schema,
								   c->table->name.name), c);
			break;
		case CH_CREATE_TYPE:
		case CH_CREATE_ENUM:
			index_change(l, l->created, object_dep_key(a, 'T', t->name.schema, t->name.name), c);
			break;
		case CH_DROP_TYPE:
			if (!c->name)	/* not a swapped type's old copy */
				index_change(l, l->dropped,
					     object_dep_key(a, 'T', t->name.schema, t->name.name), c);
			break;
		case CH_CREATE_OBJECT:
		case CH_DROP_OBJECT:
			if (o->kind == OBJ_FUNCTION || o->kind == OBJ_PROCEDURE)
				index_change(l, c->kind == CH_CREATE_OBJECT ? l->created : l->dropped,
					     object_provides(a, o), c);
			if (c->kind == CH_DROP_OBJECT)
				map_put(l->dropped_objects, o->key, c);
			break;
		default:
			break;
		}
	}
}

void diff_link_dependencies(struct differ *d)
{
	struct linker l = { d, map_new(d->a), map_new(d->a), map_new(d->a) };

	index_changes(&l);
	for (size_t i = 0; i < d->out->items.n; i++) {
		struct change *c = d->out->items.items[i];
		const struct type *t = c->obj;
		const struct dbobject *o = c->obj;
		const struct column *col = c->obj;
		const struct constraint *con = c->part;
		switch (c->kind) {
		case CH_CREATE_TYPE:
			link_type(&l, c, d->new, t, true);
			link_key(&l, c, l.dropped, object_dep_key(d->a, 'T', t->name.schema, t->name.name),
				 true);
			break;
		case CH_CREATE_ENUM:
			link_key(&l, c, l.dropped, object_dep_key(d->a, 'T', t->name.schema, t->name.name),
				 true);
			break;
		case CH_DROP_TYPE:
			if (!c->name)
				link_type(&l, c, d->old, t, false);
			break;
		case CH_DOMAIN_ADD_CHECK:
			link_calls(&l, c, d->new, con->check, true);
			break;
		case CH_DOMAIN_DROP_CHECK:
			link_calls(&l, c, d->old, con->check, false);
			break;
		case CH_DOMAIN_SET_DEFAULT:
			link_calls(&l, c, d->new, t->def, true);
			break;
		case CH_DOMAIN_DROP_DEFAULT:
			if (c->part)
				link_calls(&l, c, d->old, ((const struct type *)c->part)->def, false);
			break;
		case CH_SET_DEFAULT:
		case CH_DROP_DEFAULT:
			link_calls(&l, c, c->kind == CH_SET_DEFAULT ? d->new : d->old, col->def,
				   c->kind == CH_SET_DEFAULT);
			break;
		case CH_ADD_CONSTRAINT:
		case CH_DROP_CONSTRAINT:
			link_key_calls(&l, c, c->kind == CH_ADD_CONSTRAINT, c->obj, NULL);
			break;
		case CH_CREATE_INDEX:
		case CH_DROP_INDEX:
			link_key_calls(&l, c, c->kind == CH_CREATE_INDEX, NULL, c->obj);
			break;
		case CH_ADD_ATTRIBUTE:
		case CH_ALTER_ATTRIBUTE_TYPE:
			link_typeref(&l, c, l.created, &((const struct column *)c->part)->type, true);
			break;
		case CH_CREATE_TABLE:
			defer_late_calls(&l, c);
			for (size_t k = 0; k < c->table->columns.n; k++) {
				const struct column *tc = c->table->columns.items[k];
				link_typeref(&l, c, l.created, &tc->type, true);
				if (!vec_has(&c->deferred, tc))
					link_column_calls(&l, c, d->new, tc, true);
			}
			link_key(&l, c, l.dropped, object_dep_key(d->a, 'r', c->table->name.schema,
								  c->table->name.name), true);
			break;
		case CH_DROP_TABLE:
			for (size_t k = 0; k < c->table->columns.n; k++)
				link_column_calls(&l, c, d->old, c->table->columns.items[k], false);
			for (size_t k = 0; k < c->table->constraints.n; k++)
				link_key_calls(&l, c, false, c->table->constraints.items[k], NULL);
			for (size_t k = 0; k < c->table->indexes.n; k++)
				link_key_calls(&l, c, false, NULL, c->table->indexes.items[k]);
			break;
		case CH_DROP_COLUMN:
			link_column_calls(&l, c, d->old, col, false);
			break;
		case CH_ADD_COLUMN:
			link_column_calls(&l, c, d->new, col, true);
			/* fall through */
		case CH_ALTER_COLUMN_TYPE:
			link_typeref(&l, c, l.created, &col->type, true);
			break;
		case CH_CREATE_OBJECT:
			for (size_t k = 0; k < o->deps.n; k++)
				if (((const char *)o->deps.items[k])[0] == 'T')
					link_key(&l, c, l.created, o->deps.items[k], true);
			change_after(d->out, c, map_get(l.dropped_objects, o->key));
			break;
		default:
			break;
		}
	}
}
