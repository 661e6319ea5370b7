/*
 * order.c - the orderer. Changes carry a phase (diff.h): dependents are
 * dropped before what they depend on, and things are created before what
 * uses them. Within a phase the base order is (schema, name, part), so the
 * output does not depend on which file a statement was written in; tables
 * are sorted topologically by their foreign keys, disturbing that base
 * order as little as possible, and extensions keep the order they were
 * written in (one may need another). Output is byte-identical run to run.
 *
 * Cycle rule (mutual foreign keys): when no table is ready, the first table
 * in base order that lies on a cycle is placed and its foreign keys to tables
 * not yet placed are deferred, to be added with ALTER TABLE ... ADD
 * CONSTRAINT once every table exists - as pg_dump does.
 */
#include "arena.h"
#include "diff.h"

#include <stdlib.h>

static int cmp_changes(const void *a, const void *b)
{
	const struct change *x = *(const struct change *const *)a;
	const struct change *y = *(const struct change *const *)b;

	int c;

	if (x->phase != y->phase)
		return x->phase < y->phase ? -1 : 1;
	if (x->rank != y->rank)
		return x->rank < y->rank ? -1 : 1;
	if ((c = str_cmp(x->key, y->key)) != 0)
		return c;
	return x->seq < y->seq ? -1 : x->seq > y->seq;
}

void order_changes(struct changes *ch)
{
	if (ch->items.n > 1)
		qsort(ch->items.items, ch->items.n, sizeof(*ch->items.items), cmp_changes);
}

static bool refers_to(const struct constraint *c, const struct table *t)
{
	return c->kind == CON_FOREIGN && str_eq(c->ref_table.schema, t->name.schema) &&
	       str_eq(c->ref_table.name, t->name.name);
}

/* Is t a partition or inheritance child of u? */
static bool child_of(const struct table *t, const struct table *u)
{
	if (t->partition_of.name && str_eq(t->partition_of.schema, u->name.schema) &&
	    str_eq(t->partition_of.name, u->name.name))
		return true;
	for (size_t i = 0; i < t->inherits.n; i++) {
		const struct qname *q = t->inherits.items[i];
		if (str_eq(q->schema, u->name.schema) && str_eq(q->name, u->name.name))
			return true;
	}
	return false;
}

/* Is t waiting on a table in pending (other than itself): one its foreign
 * keys reference, or its parent? */
static bool waits(const struct table *t, const struct ptrvec *pending, const bool *placed)
{
	for (size_t j = 0; j < pending->n; j++)
		if (!placed[j] && pending->items[j] != t && child_of(t, pending->items[j]))
			return true;
	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		for (size_t j = 0; j < pending->n; j++) {
			const struct table *u = pending->items[j];
			if (!placed[j] && u != t && refers_to(c, u))
				return true;
		}
	}
	return false;
}

/* Can table `from` reach table index `target` through foreign keys between
 * tables not yet placed? seen marks the tables visited. */
static bool reaches(const struct ptrvec *tables, const bool *placed, bool *seen, size_t from,
		    size_t target)
{
	const struct table *t = tables->items[from];

	for (size_t i = 0; i < t->constraints.n; i++) {
		const struct constraint *c = t->constraints.items[i];
		for (size_t j = 0; j < tables->n; j++) {
			if (placed[j] || j == from || !refers_to(c, tables->items[j]))
				continue;
			if (j == target)
				return true;
			if (!seen[j]) {
				seen[j] = true;
				if (reaches(tables, placed, seen, j, target))
					return true;
			}
		}
	}
	return false;
}

/* The first table, in base order, on a cycle of foreign keys. */
static size_t first_on_cycle(const struct ptrvec *tables, const bool *placed)
{
	size_t n = tables->n;
	bool *seen = calloc(n ? n : 1, sizeof(*seen));
	size_t pick = n;

	for (size_t i = 0; i < n && pick == n; i++) {
		if (placed[i])
			continue;
		memset(seen, 0, n * sizeof(*seen));
		if (reaches(tables, placed, seen, i, i))
			pick = i;
	}
	free(seen);
	if (pick == n)	/* cannot happen: no table ready means a cycle */
		for (pick = 0; placed[pick]; pick++)
			;
	return pick;
}

void order_tables(struct ptrvec *tables, struct ptrvec *deferred, struct arena *a)
{
	size_t n = tables->n, done = 0;
	bool *placed = calloc(n ? n : 1, sizeof(*placed));
	void **out = arena_alloc(a, (n ? n : 1) * sizeof(*out));

	while (done < n) {
		size_t pick = n;
		for (size_t i = 0; i < n && pick == n; i++)
			if (!placed[i] && !waits(tables->items[i], tables, placed))
				pick = i;
		if (pick == n) {
			/* a cycle: place its first table, defer its keys */
			const struct table *t;
			pick = first_on_cycle(tables, placed);
			t = tables->items[pick];
			for (size_t i = 0; i < t->constraints.n; i++) {
				const struct constraint *c = t->constraints.items[i];
				for (size_t j = 0; j < n; j++)
					if (!placed[j] && j != pick && refers_to(c, tables->items[j])) {
						vec_push(deferred, a, (void *)c);
						break;
					}
			}
		}
		placed[pick] = true;
		out[done++] = tables->items[pick];
	}
	if (n)
		memcpy(tables->items, out, n * sizeof(*out));
	free(placed);
}
