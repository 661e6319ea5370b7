/*
 * cast.h - the conversions PostgreSQL 15 has between types, as pg_cast
 * (compiler/pg_cast.inc, generated from a real server) and its I/O
 * conversion rules say: what ALTER COLUMN ... TYPE needs to convert a
 * column's values.
 */
#ifndef SCHEMAC_CAST_H
#define SCHEMAC_CAST_H

#include "catalog.h"

enum cast_context {
	CAST_NONE = 0,		/* no conversion: ALTER COLUMN ... TYPE fails
				 * even with USING col::type */
	CAST_EXPLICIT = 'e',	/* only with USING col::type */
	CAST_ASSIGNMENT = 'a',	/* ALTER COLUMN ... TYPE converts by itself */
	CAST_IMPLICIT = 'i',
};

/*
 * How a value of type from converts to type to, for two built-in types
 * (pg_catalog, internal names) and their arrays: a pg_cast row, else
 * PostgreSQL's conversion through text I/O (to a string type by
 * assignment, from one explicitly), element by element between arrays of
 * the same dimensions. A type converts to itself implicitly. Types outside
 * pg_catalog (enums, domains, ...) are not known here: to a string type by
 * assignment, else CAST_EXPLICIT (through text).
 */
enum cast_context cast_context(const struct typeref *from, const struct typeref *to);

#endif
