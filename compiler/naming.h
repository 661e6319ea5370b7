/*
 * naming.h - PostgreSQL's rules for the names it makes up: identifiers
 * truncated at 63 bytes on a character boundary, and the implicit names of
 * indexes, constraints and sequences (users_pkey, users_email_key,
 * users_org_id_fkey, users_id_seq), with their collision suffixes, as
 * makeObjectName, ChooseRelationName and ChooseConstraintName choose them.
 */
#ifndef SCHEMAC_NAMING_H
#define SCHEMAC_NAMING_H

#include "catalog.h"

#include <stdbool.h>

/* An identifier truncated to 63 bytes at a character boundary, as
 * PostgreSQL truncates it; the same pointer if short enough. */
const char *ident_truncate(struct arena *a, const char *name);

/* makeObjectName(): name1_name2_label fitted into 63 bytes. */
char *make_object_name(struct arena *a, const char *name1, const char *name2,
		       const char *label);
/* ChooseRelationName(): a name free among the schema's relations (and
 * constraints, if isconstraint), adding 1, 2, ... to the label. */
char *choose_relation_name(struct arena *a, const struct catalog *cat, const char *schema,
			   const char *name1, const char *name2, const char *label,
			   bool isconstraint);
/* ChooseConstraintName(): free among the schema's constraints and others. */
char *choose_constraint_name(struct arena *a, const struct catalog *cat, const char *schema,
			     const char *name1, const char *name2, const char *label,
			     const struct ptrvec *others);
/* Column names joined with '_' for implicit names (ChooseIndexNameAddition). */
char *name_addition(struct arena *a, const struct ptrvec *names);

#endif
