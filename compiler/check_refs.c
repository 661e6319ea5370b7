/*
 * check_refs.c - what the builder's name errors can add once the whole
 * input has been read. The builder reports "relation 'x' does not exist"
 * and "relation 'x' already exists" at the statement, knowing only the
 * catalog as it stands there; at the end, the catalog also holds what the
 * later statements and files create. So:
 *
 *   - an object that already exists gets a hint naming where it was first
 *     defined (file:line:col);
 *   - an object used before it is created gets a hint naming the file (or
 *     the line) that creates it, and that files are read in path order.
 *
 * Relations, types, schemas and functions are covered: the kinds a
 * statement names in another file. The builder records each such error
 * with its kind and name (build_name_diag, struct diag's name_problem).
 */
#include "check_refs.h"
#include "arena.h"
#include "catalog.h"
#include "diag.h"

#include <stdio.h>
#include <string.h>

/* Where the relation, type, schema or function KIND NAME of cat was
 * defined. */
static struct srcloc defined_at(const struct catalog *cat, const char *kind, const char *name,
				struct arena *a)
{
	struct srcloc none = { NULL, -1 };
	const char *dot = strchr(name, '.');
	const char *schema = dot ? arena_strndup(a, name, (size_t)(dot - name)) : NULL;
	const char *base = dot ? dot + 1 : name;

	if (strcmp(kind, "function") == 0) {
		for (size_t i = 0; i < cat->objects.n; i++) {
			const struct dbobject *o = cat->objects.items[i];
			if ((o->kind == OBJ_FUNCTION || o->kind == OBJ_AGGREGATE) &&
			    str_eq(o->name.name, base) && (!schema || str_eq(o->name.schema, schema)))
				return o->loc;
		}
		return none;
	}
	if (strcmp(kind, "schema") == 0) {
		const struct schema *s = catalog_find_schema(cat, name);
		return s ? s->loc : none;
	}
	if (strcmp(kind, "type") == 0) {
		for (size_t i = 0; i < (schema ? 1 : cat->search_path.n); i++) {
			struct qname q = { schema ? schema : cat->search_path.items[i], base };
			const struct type *t = catalog_find_type(cat, &q);
			if (t)
				return t->loc;
		}
		return none;
	}
	if (strcmp(kind, "relation") == 0 || strcmp(kind, "view") == 0 ||
	    strcmp(kind, "sequence") == 0 || strcmp(kind, "index") == 0) {
		const struct relation *r = catalog_resolve_relation(cat, schema, base);
		if (!r)
			return none;
		switch (r->kind) {
		case REL_TABLE:
			return ((const struct table *)r->obj)->loc;
		case REL_SEQUENCE:
			return ((const struct sequence *)r->obj)->loc;
		case REL_INDEX:
			return ((const struct index *)r->obj)->loc;
		case REL_CONSTRAINT_INDEX:
			return ((const struct constraint *)r->obj)->loc;
		case REL_VIEW:
			return ((const struct dbobject *)r->obj)->loc;
		}
	}
	return none;
}

void refs_explain(const struct catalog *cat, struct diags *d, size_t first)
{
	for (size_t i = first; i < d->list.n; i++) {
		struct diag *dg = d->list.items[i];
		const char *name = dg->name;
		struct srcloc at;
		int line, col;

		/* (a did-you-mean hint gives way: the name is right, only too early) */
		if (dg->severity != DIAG_ERROR || !dg->file || dg->name_problem == DIAG_NAME_NONE)
			continue;
		at = defined_at(cat, dg->name_kind, name, d->arena);
		if (!at.file || (at.file == dg->file && at.offset == dg->offset))
			continue;
		srcfile_linecol(at.file, at.offset, &line, &col);
		if (dg->name_problem == DIAG_NAME_TAKEN)
			diag_set_hint(d, dg, "'%s' was first defined at %s:%d:%d", name,
				      at.file->path, line, col);
		else if (at.file == dg->file)
			diag_set_hint(d, dg, "'%s' is created further down, at line %d: move that "
				      "statement up", name, line);
		else
			diag_set_hint(d, dg, "'%s' is created in %s:%d:%d, which is read after "
				      "this file: files are read in path order (rename one, for "
				      "example with a number prefix)", name, at.file->path, line,
				      col);
	}
}
