/*
 * plan.c - the one pipeline (plan.h): renames, diff, order, and the safe
 * plan when asked, in that order, for every command.
 */
#include "plan.h"
#include "build.h"
#include "catalog.h"
#include "emit.h"

#include <string.h>

void plan_build(struct plan *p, struct arena *a, struct catalog *old,
		const struct catalog *new, const struct diff_options *opt, bool safe)
{
	struct diff_options o = *opt;

	memset(p, 0, sizeof(*p));
	renames_apply(old, new, a, &p->renames);
	o.renames = &p->renames;
	diff_catalogs(&p->changes, a, old, new, &o);
	order_changes(&p->changes);
	p->safe = safe;
	if (safe)
		safe_plan(&p->parts, a, old, &p->changes);
}

void plan_emit(struct strbuf *sb, struct arena *a, const struct plan *p)
{
	emit_generic_header(sb, &p->changes, 0, p->changes.items.n);
	if (p->safe)
		safe_emit_plan(sb, a, &p->parts);
	else
		emit_changes(sb, a, &p->changes);
}

size_t plan_sql(struct strbuf *sb, struct arena *a, struct catalog *old,
		const struct catalog *new, const struct diff_options *opt, bool safe)
{
	struct plan p;

	plan_build(&p, a, old, new, opt, safe);
	plan_emit(sb, a, &p);
	return p.changes.items.n;
}

void plan_schema_sql(struct strbuf *sb, struct arena *a, const struct catalog *cat,
		     const struct diff_options *opt)
{
	plan_sql(sb, a, catalog_new(a), cat, opt, false);
}
