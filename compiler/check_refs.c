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
 * Relations, types and schemas are covered: the kinds a statement names in
 * another file. The diagnostics are matched by their text, which the
 * builder writes in one form for each ("KIND 'NAME' does not exist").
 */
#include "check_refs.h"
#include "arena.h"
#include "catalog.h"
#include "diag.h"

#include <stdio.h>
#include <string.h>

/* Where the relation, type or schema KIND NAME of cat was defined. */
static struct srcloc defined_at(const struct catalog *cat, const char *kind, const char *name,
				struct arena *a)
{
	struct srcloc none = { NULL, -1 };
	const char *dot = strchr(name, '.');
	const char *schema = dot ? arena_strndup(a, name, (size_t)(dot - name)) : NULL;
	const char *base = dot ? dot + 1 : name;

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

/* Splits "KIND 'NAME' REST" into its parts; false for other messages. */
static bool name_error(struct arena *a, const char *msg, const char **kind, const char **name,
		       const char **rest)
{
	const char *q1 = strstr(msg, " '"), *q2;

	if (!q1)
		return false;
	q2 = strstr(q1 + 2, "' ");
	if (!q2 || strchr(msg, ' ') != q1)
		return false;
	*kind = arena_strndup(a, msg, (size_t)(q1 - msg));
	*name = arena_strndup(a, q1 + 2, (size_t)(q2 - q1 - 2));
	*rest = q2 + 2;
	return true;
}

void refs_explain(const struct catalog *cat, struct diags *d, size_t first)
{
	for (size_t i = first; i < d->list.n; i++) {
		struct diag *dg = d->list.items[i];
		const char *kind, *name, *rest;
		struct srcloc at;
		int line, col;

		if (dg->severity != DIAG_ERROR || dg->hint || !dg->file ||
		    !name_error(d->arena, dg->message, &kind, &name, &rest))
			continue;
		if (strcmp(rest, "does not exist") != 0 && strcmp(rest, "already exists") != 0)
			continue;
		at = defined_at(cat, kind, name, d->arena);
		if (!at.file || (at.file == dg->file && at.offset == dg->offset))
			continue;
		srcfile_linecol(at.file, at.offset, &line, &col);
		if (rest[0] == 'a')
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
