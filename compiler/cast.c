/*
 * cast.c - which conversions PostgreSQL 15 has between built-in types. The
 * table is pg_cast itself (pg_cast.inc, written by pg_cast.sh from a real
 * server; t/t1010-pg-cast.sh keeps it true); the rules around it are those
 * of PostgreSQL's find_coercion_pathway(): a pg_cast row decides, else a
 * string type converts from anything by assignment and to anything
 * explicitly (through the types' text I/O), and arrays convert element by
 * element.
 */
#include "cast.h"

#include <stdlib.h>
#include <string.h>

struct cast_row {
	const char *source;
	const char *target;
	char context;
};

static const struct cast_row casts[] = {
#define CAST(s, t, c) { s, t, c },
#define STRING_TYPE(t)
#include "pg_cast.inc"
#undef CAST
#undef STRING_TYPE
};

static const char *const string_types[] = {
#define CAST(s, t, c)
#define STRING_TYPE(t) t,
#include "pg_cast.inc"
#undef CAST
#undef STRING_TYPE
};

static int cmp_cast(const void *a, const void *b)
{
	const struct cast_row *x = a, *y = b;
	int c = strcmp(x->source, y->source);
	return c ? c : strcmp(x->target, y->target);
}

static bool is_string_type(const char *name)
{
	for (size_t i = 0; i < sizeof(string_types) / sizeof(*string_types); i++)
		if (strcmp(string_types[i], name) == 0)
			return true;
	return false;
}

/* Scalar to scalar, or array to array element by element. */
static enum cast_context scalar_context(const char *from, const char *to)
{
	struct cast_row key = { from, to, 0 };
	const struct cast_row *row;

	if (strcmp(from, to) == 0)
		return CAST_IMPLICIT;
	row = bsearch(&key, casts, sizeof(casts) / sizeof(*casts), sizeof(*casts), cmp_cast);
	if (row)
		return (enum cast_context)row->context;
	if (is_string_type(to))
		return CAST_ASSIGNMENT;
	if (is_string_type(from))
		return CAST_EXPLICIT;
	return CAST_NONE;
}

enum cast_context cast_context(const struct typeref *from, const struct typeref *to)
{
	if (!str_eq(from->schema, "pg_catalog") || !str_eq(to->schema, "pg_catalog"))
		return !to->ndims && str_eq(to->schema, "pg_catalog") && is_string_type(to->name)
		       ? CAST_ASSIGNMENT : CAST_EXPLICIT;
	if ((from->ndims > 0) == (to->ndims > 0))	/* int[] is int[][] */
		return scalar_context(from->name, to->name);
	/* an array and a scalar: only text I/O */
	if (!to->ndims && is_string_type(to->name))
		return CAST_ASSIGNMENT;
	if (!from->ndims && is_string_type(from->name))
		return CAST_EXPLICIT;
	return CAST_NONE;
}
