/*
 * emit_type.c - the emitter's part for domains, composite and range types
 * and collations (diff.h: CH_CREATE_TYPE, CH_DOMAIN_*, CH_*_ATTRIBUTE,
 * CH_*_COLLATION), printed as pg_dump would write them, without the
 * qualifiers and casts it adds.
 */
#include "emit.h"
#include "arena.h"
#include "naming.h"
#include "normalize.h"
#include "sqlfmt.h"

static void expr_paren(struct strbuf *sb, struct arena *a, const struct expr *e)
{
	if (expr_is_simple(e)) {
		sb_adds(sb, expr_sql(a, e));
	} else {
		sb_addc(sb, '(');
		sb_adds(sb, expr_sql(a, e));
		sb_addc(sb, ')');
	}
}

static void collate(struct strbuf *sb, const char *collation)
{
	if (collation) {
		sb_adds(sb, " COLLATE ");
		sb_adds(sb, collation);
	}
}

static void domain_check(struct strbuf *sb, struct arena *a, const struct constraint *c)
{
	sb_adds(sb, "CONSTRAINT ");
	sb_ident(sb, c->name);
	sb_adds(sb, " CHECK (");
	sb_adds(sb, expr_sql(a, c->check));
	sb_addc(sb, ')');
}

static void create_domain(struct strbuf *sb, struct arena *a, const struct type *t)
{
	sb_adds(sb, "CREATE DOMAIN ");
	sb_qname(sb, t->name.schema, t->name.name);
	sb_adds(sb, " AS ");
	sb_type(sb, &t->base);
	collate(sb, t->collation);
	if (t->def) {
		sb_adds(sb, " DEFAULT ");
		expr_paren(sb, a, t->def);
	}
	if (t->not_null)
		sb_adds(sb, " NOT NULL");
	for (size_t i = 0; i < t->checks.n; i++) {
		const struct constraint *c = t->checks.items[i];
		if (c->not_valid)
			continue;	/* added after, NOT VALID */
		sb_adds(sb, "\n    ");
		domain_check(sb, a, c);
	}
	sb_addc(sb, ';');
}

static void create_composite(struct strbuf *sb, const struct type *t)
{
	sb_adds(sb, "CREATE TYPE ");
	sb_qname(sb, t->name.schema, t->name.name);
	sb_adds(sb, " AS (");
	for (size_t i = 0; i < t->attrs.n; i++) {
		const struct column *c = t->attrs.items[i];
		sb_adds(sb, i ? ",\n    " : "\n    ");
		sb_ident(sb, c->name);
		sb_addc(sb, ' ');
		sb_type(sb, &c->type);
		collate(sb, c->collation);
	}
	sb_adds(sb, t->attrs.n ? "\n);" : ");");
}

/* The multirange name PostgreSQL would choose (makeMultirangeTypeName). */
static bool default_multirange(struct arena *a, const struct type *t)
{
	const char *r = strstr(t->name.name, "range");
	const char *s;

	if (!str_eq(t->multirange.schema, t->name.schema))
		return false;
	if (r)
		s = arena_printf(a, "%.*smulti%s", (int)(r - t->name.name), t->name.name, r);
	else
		s = arena_printf(a, "%.*s_multirange", NAMEDATALEN - 12, t->name.name);
	return strcmp(ident_truncate(a, s), t->multirange.name) == 0;
}

static void create_range(struct strbuf *sb, struct arena *a, const struct type *t)
{
	sb_adds(sb, "CREATE TYPE ");
	sb_qname(sb, t->name.schema, t->name.name);
	sb_adds(sb, " AS RANGE (\n    subtype = ");
	sb_type(sb, &t->base);
	if (t->opclass) {
		sb_adds(sb, ",\n    subtype_opclass = ");
		sb_dotted(sb, t->opclass);
	}
	if (t->collation) {
		sb_adds(sb, ",\n    collation = ");
		sb_adds(sb, t->collation);
	}
	if (t->canonical) {
		sb_adds(sb, ",\n    canonical = ");
		sb_dotted(sb, t->canonical);
	}
	if (t->subtype_diff) {
		sb_adds(sb, ",\n    subtype_diff = ");
		sb_dotted(sb, t->subtype_diff);
	}
	if (!default_multirange(a, t)) {
		sb_adds(sb, ",\n    multirange_type_name = ");
		sb_qname(sb, t->multirange.schema, t->multirange.name);
	}
	sb_adds(sb, "\n);");
}

static void create_collation(struct strbuf *sb, const struct collation *c)
{
	sb_adds(sb, "CREATE COLLATION ");
	sb_qname(sb, c->name.schema, c->name.name);
	sb_adds(sb, c->provider == 'i' ? " (provider = icu" : " (provider = libc");
	if (str_eq(c->lc_collate, c->lc_ctype)) {
		sb_adds(sb, ", locale = ");
		sb_literal(sb, c->lc_collate);
	} else {
		sb_adds(sb, ", lc_collate = ");
		sb_literal(sb, c->lc_collate);
		sb_adds(sb, ", lc_ctype = ");
		sb_literal(sb, c->lc_ctype);
	}
	if (!c->deterministic)
		sb_adds(sb, ", deterministic = false");
	sb_adds(sb, ");");
}

static void alter(struct strbuf *sb, const struct type *t)
{
	sb_adds(sb, t->kind == TYPE_DOMAIN ? "ALTER DOMAIN " : "ALTER TYPE ");
	sb_qname(sb, t->name.schema, t->name.name);
}

void emit_type_change(struct strbuf *sb, struct arena *a, const struct change *ch)
{
	const struct type *t = ch->obj;
	const struct constraint *con = ch->part;
	const struct column *attr = ch->part;

	switch (ch->kind) {
	case CH_CREATE_TYPE:
		if (t->kind == TYPE_DOMAIN)
			create_domain(sb, a, t);
		else if (t->kind == TYPE_COMPOSITE)
			create_composite(sb, t);
		else
			create_range(sb, a, t);
		break;
	case CH_DOMAIN_SET_DEFAULT:
		alter(sb, t);
		sb_adds(sb, " SET DEFAULT ");
		expr_paren(sb, a, t->def);
		sb_addc(sb, ';');
		break;
	case CH_DOMAIN_DROP_DEFAULT:
		alter(sb, t);
		sb_adds(sb, " DROP DEFAULT;");
		break;
	case CH_DOMAIN_SET_NOT_NULL:
		alter(sb, t);
		sb_adds(sb, " SET NOT NULL;");
		break;
	case CH_DOMAIN_DROP_NOT_NULL:
		alter(sb, t);
		sb_adds(sb, " DROP NOT NULL;");
		break;
	case CH_DOMAIN_ADD_CHECK:
		alter(sb, t);
		sb_adds(sb, " ADD ");
		domain_check(sb, a, con);
		sb_adds(sb, con->not_valid ? " NOT VALID;" : ";");
		break;
	case CH_DOMAIN_DROP_CHECK:
	case CH_DOMAIN_VALIDATE_CHECK:
		alter(sb, t);
		sb_adds(sb, ch->kind == CH_DOMAIN_DROP_CHECK ? " DROP CONSTRAINT "
							   : " VALIDATE CONSTRAINT ");
		sb_ident(sb, con->name);
		sb_addc(sb, ';');
		break;
	case CH_ADD_ATTRIBUTE:
	case CH_ALTER_ATTRIBUTE_TYPE:
		alter(sb, t);
		sb_adds(sb, ch->kind == CH_ADD_ATTRIBUTE ? " ADD ATTRIBUTE " : " ALTER ATTRIBUTE ");
		sb_ident(sb, attr->name);
		sb_adds(sb, ch->kind == CH_ADD_ATTRIBUTE ? " " : " TYPE ");
		sb_type(sb, &attr->type);
		collate(sb, attr->collation);
		sb_addc(sb, ';');
		break;
	case CH_DROP_ATTRIBUTE:
		alter(sb, t);
		sb_adds(sb, " DROP ATTRIBUTE ");
		sb_ident(sb, attr->name);
		sb_addc(sb, ';');
		break;
	case CH_CREATE_COLLATION:
		create_collation(sb, ch->obj);
		break;
	case CH_RENAME_COLLATION: {
		const struct collation *c = ch->obj;
		sb_adds(sb, "ALTER COLLATION ");
		sb_qname(sb, c->name.schema, c->name.name);
		sb_adds(sb, " RENAME TO ");
		sb_ident(sb, ch->name);
		sb_addc(sb, ';');
		break;
	}
	case CH_DROP_COLLATION: {
		const struct collation *c = ch->obj;
		sb_adds(sb, "DROP COLLATION ");
		sb_qname(sb, c->name.schema, ch->name ? ch->name : c->name.name);
		sb_addc(sb, ';');
		break;
	}
	default:
		break;
	}
}
