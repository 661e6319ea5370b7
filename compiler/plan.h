/*
 * plan.h - the one pipeline from two catalogs to a migration. Every command
 * that turns two schemas into SQL goes through it (diff, generate, check,
 * the snapshot; pull, drift, push and verify are to come in the same way):
 *
 *   renames_apply(old, new)       old takes the renames new declares (diff.h)
 *   diff_catalogs(old, new, opt)  the changes, compared only
 *   order_changes                 an order PostgreSQL accepts (order.c)
 *   safe_plan                     when asked: the safe parts (safe.h)
 *
 * and emit (emit.h, safe.h) only prints what comes out.
 */
#ifndef SCHEMAC_PLAN_H
#define SCHEMAC_PLAN_H

#include "diff.h"
#include "safe.h"
#include "strbuf.h"

struct plan {
	struct changes changes;		/* every change, ordered */
	struct ptrvec renames;		/* struct rename *: what old took */
	bool safe;			/* parts holds the safe form */
	struct safe_plan parts;		/* safe: the transactional and the
					 * online part of changes */
};

/*
 * The migration from old to new. old is the catalog before it and takes the
 * renames new declares (it is changed: see renames_apply); opt says which
 * schemas count and whether owners do. safe: also the safe parts.
 */
void plan_build(struct plan *p, struct arena *a, struct catalog *old,
		const struct catalog *new, const struct diff_options *opt, bool safe);

/* The plan as SQL: the safe parts one after the other as `schemac diff
 * --safe` prints them (safe_emit_plan), or every change plainly. */
void plan_emit(struct strbuf *sb, struct arena *a, const struct plan *p);

/* plan_build then plan_emit; the number of changes (0: the same schema). */
size_t plan_sql(struct strbuf *sb, struct arena *a, struct catalog *old,
		const struct catalog *new, const struct diff_options *opt, bool safe);

/* The canonical SQL of a whole catalog: what creates it from nothing (the
 * snapshot). */
void plan_schema_sql(struct strbuf *sb, struct arena *a, const struct catalog *cat,
		     const struct diff_options *opt);

#endif
