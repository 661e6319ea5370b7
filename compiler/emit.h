/*
 * emit.h - the emitter: changes (diff.h) printed as SQL statements, one per
 * change, separated by blank lines. The pieces (a column definition, a
 * constraint, an index) are exported for the snapshot writer.
 */
#ifndef SCHEMAC_EMIT_H
#define SCHEMAC_EMIT_H

#include "diff.h"
#include "strbuf.h"

void emit_change(struct strbuf *sb, struct arena *a, const struct change *c);
void emit_changes(struct strbuf *sb, struct arena *a, const struct changes *ch);
/* The header of a migration's changes [from, to): the generic objects
 * (build_generic.c) it drops, drops and creates again, or alters, each on
 * a comment line; nothing when there are none. */
void emit_generic_header(struct strbuf *sb, const struct changes *ch, size_t from, size_t to);

void emit_column_def(struct strbuf *sb, struct arena *a, const struct table *t,
		     const struct column *c, bool serial);
/* CONSTRAINT name ...; NOT VALID only where allowed (ALTER TABLE ADD). */
void emit_constraint_def(struct strbuf *sb, struct arena *a, const struct constraint *c,
			 bool allow_not_valid);
void emit_create_index(struct strbuf *sb, struct arena *a, const struct table *t,
		       const struct index *ix);
/* (key, ...) as an index or partition key prints it; WITH (name=value, ...). */
void emit_elems(struct strbuf *sb, struct arena *a, const struct ptrvec *elems);
void emit_reloptions(struct strbuf *sb, const struct reloptions *o);

void emit_table_tail(struct strbuf *sb, struct arena *a, const struct table *t, bool inherits);
void emit_create_partition(struct strbuf *sb, struct arena *a, const struct change *ch);
void emit_partition_change(struct strbuf *sb, struct arena *a, const struct change *ch);

/* emit_type.c: domains, composite and range types, collations. */
void emit_type_change(struct strbuf *sb, struct arena *a, const struct change *ch);

#endif
