/*
 * safe.h - safe migrations. A migration's ordered changes (diff.h) are
 * rewritten so that work on a table that already holds rows takes no long
 * lock, the way an experienced PostgreSQL user writes it by hand:
 *
 *   CREATE INDEX               CREATE INDEX CONCURRENTLY
 *   ADD PRIMARY KEY / UNIQUE   CREATE UNIQUE INDEX CONCURRENTLY, then
 *                              ADD CONSTRAINT ... USING INDEX
 *   ADD FOREIGN KEY / CHECK    ADD ... NOT VALID, then VALIDATE CONSTRAINT
 *   SET NOT NULL               ADD CHECK (col IS NOT NULL) NOT VALID, VALIDATE
 *                              it, SET NOT NULL (no scan), DROP the check
 *   ALTER DOMAIN ADD CHECK     ADD ... NOT VALID, then VALIDATE CONSTRAINT
 *
 * The changes come out in two parts: the first runs in one transaction (the
 * migration as before, with the NOT VALID forms); the second, the online
 * part, runs outside a transaction, statement by statement (`-- schemac:
 * no-transaction`): CONCURRENTLY cannot run in a transaction block, and a
 * validation must not run while the first part's locks are held. Tables
 * created in the same migration are left as they are (nobody uses them yet),
 * and so is what a change of the first part needs (a unique index a new
 * foreign key references).
 */
#ifndef SCHEMAC_SAFE_H
#define SCHEMAC_SAFE_H

#include "diff.h"
#include "strbuf.h"

/* The lock_timeout each part sets at its top, as the runtime does. */
#define SAFE_LOCK_TIMEOUT "5s"

struct safe_plan {
	struct changes tx;	/* in one transaction, in order */
	struct changes online;	/* outside a transaction, in order */
	struct ptrvec locking;	/* const struct change *: those that lock a
				 * table that holds rows; a part with one sets
				 * lock_timeout first */
};

/* Splits the ordered changes from old (the catalog before them) into plan. */
void safe_plan(struct safe_plan *plan, struct arena *a, const struct catalog *old,
	       const struct changes *ordered);

/* The SQL of changes [from, to) of a part of plan (online: CREATE INDEX
 * printed CONCURRENTLY), after `SET [LOCAL] lock_timeout` when one of them
 * locks a table that holds rows. plan NULL: plain, as emit_changes. */
void safe_emit(struct strbuf *sb, struct arena *a, const struct safe_plan *plan,
	       const struct changes *ch, size_t from, size_t to, bool online);

/* The whole plan as one text, as `schemac diff --safe` prints it: the
 * transactional part, then the online part after a comment that ends with
 * `-- schemac:no-transaction`. */
void safe_emit_plan(struct strbuf *sb, struct arena *a, const struct safe_plan *plan);


#endif
