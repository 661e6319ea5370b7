/*
 * acl.c - privileges (acl.h): each kind's privileges and default ACL, GRANT
 * and REVOKE applied to an ACL as PostgreSQL's aclchk.c applies them (no
 * grantor is kept: a grant option's dependants are not followed), default
 * privileges for new objects, and the statements between two ACLs.
 */
#include "acl.h"
#include "arena.h"
#include "sqlfmt.h"
#include "strbuf.h"

#include <stdlib.h>
#include <strings.h>

static const struct {
	unsigned bit;
	const char *name;
} privs[] = {
	{ ACL_SELECT, "SELECT" },	{ ACL_INSERT, "INSERT" },
	{ ACL_UPDATE, "UPDATE" },	{ ACL_DELETE, "DELETE" },
	{ ACL_TRUNCATE, "TRUNCATE" },	{ ACL_REFERENCES, "REFERENCES" },
	{ ACL_TRIGGER, "TRIGGER" },	{ ACL_EXECUTE, "EXECUTE" },
	{ ACL_USAGE, "USAGE" },		{ ACL_CREATE, "CREATE" },
};

unsigned acl_all(char kind)
{
	switch (kind) {
	case ACLK_TABLE:
		return ACL_SELECT | ACL_INSERT | ACL_UPDATE | ACL_DELETE | ACL_TRUNCATE |
		       ACL_REFERENCES | ACL_TRIGGER;
	case ACLK_SEQUENCE:
		return ACL_SELECT | ACL_UPDATE | ACL_USAGE;
	case ACLK_FUNCTION:
		return ACL_EXECUTE;
	case ACLK_TYPE:
		return ACL_USAGE;
	case ACLK_SCHEMA:
	case ACLK_PUBLIC_SCHEMA:
		return ACL_USAGE | ACL_CREATE;
	case ACLK_COLUMN:
		return ACL_SELECT | ACL_INSERT | ACL_UPDATE | ACL_REFERENCES;
	default:
		return 0;
	}
}

unsigned acl_priv(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(privs); i++)
		if (name && strcasecmp(name, privs[i].name) == 0)
			return privs[i].bit;
	return 0;
}

struct acl *acl_default(struct arena *a, char kind)
{
	struct acl *acl = arena_alloc(a, sizeof(*acl));

	acl->set = true;
	if (kind == ACLK_COLUMN)
		return acl;
	acl_grant(a, acl, NULL, acl_all(kind), false);
	if (kind == ACLK_FUNCTION)
		acl_grant(a, acl, "", ACL_EXECUTE, false);
	if (kind == ACLK_TYPE || kind == ACLK_PUBLIC_SCHEMA)
		acl_grant(a, acl, "", ACL_USAGE, false);
	return acl;
}

struct acl *acl_copy(struct arena *a, const struct acl *acl, char kind)
{
	struct acl *c;

	if (!acl || !acl->set) {
		c = acl_default(a, kind);
		c->owner = acl ? acl->owner : NULL;
		return c;
	}
	c = arena_alloc(a, sizeof(*c));
	c->owner = acl->owner;
	c->set = true;
	for (size_t i = 0; i < acl->items.n; i++) {
		const struct aclitem *it = acl->items.items[i];
		acl_grant(a, c, it->grantee, it->privs, false);
		acl_grant(a, c, it->grantee, it->grant_opts, true);
	}
	return c;
}

const struct aclitem *acl_find(const struct acl *acl, const char *grantee)
{
	for (size_t i = 0; acl && i < acl->items.n; i++) {
		const struct aclitem *it = acl->items.items[i];
		if (str_eq(it->grantee, grantee))
			return it;
	}
	return NULL;
}

bool acl_equal(const struct acl *x, const struct acl *y)
{
	if (x->items.n != y->items.n)
		return false;
	for (size_t i = 0; i < x->items.n; i++) {
		const struct aclitem *a = x->items.items[i];
		const struct aclitem *b = acl_find(y, a->grantee);
		if (!b || a->privs != b->privs || a->grant_opts != b->grant_opts)
			return false;
	}
	return true;
}

void acl_grant(struct arena *a, struct acl *acl, const char *grantee, unsigned p,
	       bool grant_option)
{
	struct aclitem *it = (struct aclitem *)acl_find(acl, grantee);

	acl->set = true;
	if (!p)
		return;
	if (!it) {
		it = arena_alloc(a, sizeof(*it));
		it->grantee = grantee;
		vec_push(&acl->items, a, it);
	}
	it->privs |= p;
	if (grant_option)
		it->grant_opts |= p;
}

void acl_revoke(struct acl *acl, const char *grantee, unsigned p, bool option_only)
{
	struct aclitem *it = (struct aclitem *)acl_find(acl, grantee);

	acl->set = true;
	if (!it)
		return;
	it->grant_opts &= ~p;
	if (!option_only)
		it->privs &= ~p;
	if (!it->privs)
		for (size_t i = 0; i < acl->items.n; i++)
			if (acl->items.items[i] == it)
				vec_remove(&acl->items, i);
}

static const struct defacl *find_defacl(const struct catalog *cat, const char *schema, char kind)
{
	for (size_t i = 0; i < cat->defacls.n; i++) {
		const struct defacl *d = cat->defacls.items[i];
		if (str_eq(d->role, ACL_DEFAULT_ROLE) && str_eq(d->schema, schema) &&
		    d->objtype == kind)
			return d;
	}
	return NULL;
}

struct acl *acl_for_new_object(const struct catalog *cat, struct arena *a, char kind,
				const char *schema)
{
	char dkind = kind == ACLK_PUBLIC_SCHEMA ? ACLK_SCHEMA : kind;
	const struct defacl *global = find_defacl(cat, NULL, dkind);
	const struct defacl *local = dkind == ACLK_SCHEMA ? NULL : find_defacl(cat, schema, dkind);
	struct acl *acl;

	if (!global && !local)
		return NULL;
	acl = acl_copy(a, global ? &global->acl : NULL, kind);
	for (size_t i = 0; local && i < local->acl.items.n; i++) {
		const struct aclitem *it = local->acl.items.items[i];
		acl_grant(a, acl, it->grantee, it->privs, false);
		acl_grant(a, acl, it->grantee, it->grant_opts, true);
	}
	return acl;
}

/* ---- statements ------------------------------------------------------- */

static void priv_list(struct strbuf *sb, unsigned p, char kind, const char *column)
{
	bool first = true;

	if (p == acl_all(kind) && !column && (p & (p - 1))) {
		sb_adds(sb, "ALL");
		return;
	}
	for (size_t i = 0; i < ARRAY_SIZE(privs); i++) {
		if (!(p & privs[i].bit))
			continue;
		sb_addf(sb, "%s%s", first ? "" : ", ", privs[i].name);
		if (column)
			sb_addf(sb, " (%s)", column);
		first = false;
	}
}

static void grantee_sql(struct strbuf *sb, const char *grantee, const char *owner)
{
	if (!grantee)
		sb_adds(sb, owner);
	else if (!*grantee)
		sb_adds(sb, "PUBLIC");
	else
		sb_ident(sb, grantee);
}

static void statement(struct ptrvec *out, struct arena *a, const char *prefix, bool grant,
		      bool option, unsigned p, char kind, const char *column, const char *on,
		      const char *grantee, const char *owner)
{
	struct strbuf sb = STRBUF_INIT;

	sb_addf(&sb, "%s%s %s", prefix, grant ? "GRANT" : "REVOKE",
		!grant && option ? "GRANT OPTION FOR " : "");
	priv_list(&sb, p, kind, column);
	sb_addf(&sb, " %s %s ", on, grant ? "TO" : "FROM");
	grantee_sql(&sb, grantee, owner);
	if (grant && option)
		sb_adds(&sb, " WITH GRANT OPTION");
	vec_push(out, a, arena_strdup(a, sb.buf));
	sb_release(&sb);
}

/* Owner first, then PUBLIC, then roles by name. */
static int cmp_grantee(const void *x, const void *y)
{
	const char *a = *(const char *const *)x, *b = *(const char *const *)y;
	return str_cmp(a, b);
}

void acl_statements(struct ptrvec *out, struct arena *a, const char *prefix, const char *on,
		    const char *column, char kind, const struct acl *from, const struct acl *to,
		    const char *owner)
{
	struct ptrvec grantees = { 0 };

	for (int side = 0; side < 2; side++) {
		const struct acl *acl = side ? to : from;
		for (size_t i = 0; i < acl->items.n; i++) {
			const char *g = ((const struct aclitem *)acl->items.items[i])->grantee;
			bool seen = false;
			for (size_t j = 0; j < grantees.n && !seen; j++)
				seen = str_eq(grantees.items[j], g);
			if (!seen)
				vec_push(&grantees, a, (void *)g);
		}
	}
	if (grantees.n > 1)
		qsort(grantees.items, grantees.n, sizeof(*grantees.items), cmp_grantee);
	for (int pass = 0; pass < 2; pass++) {
		for (size_t i = 0; i < grantees.n; i++) {
			const char *g = grantees.items[i];
			const struct aclitem *f = acl_find(from, g), *t = acl_find(to, g);
			unsigned p0 = f ? f->privs : 0, o0 = f ? f->grant_opts : 0;
			unsigned p1 = t ? t->privs : 0, o1 = t ? t->grant_opts : 0;

			if (pass == 0) {	/* revokes first */
				if (p0 & ~p1)
					statement(out, a, prefix, false, false, p0 & ~p1, kind,
						  column, on, g, owner);
				if (o0 & p1 & ~o1)
					statement(out, a, prefix, false, true, o0 & p1 & ~o1, kind,
						  column, on, g, owner);
			} else {
				if (p1 & ~p0 & ~o1)
					statement(out, a, prefix, true, false, p1 & ~p0 & ~o1, kind,
						  column, on, g, owner);
				if (o1 & ~o0)
					statement(out, a, prefix, true, true, o1 & ~o0, kind, column,
						  on, g, owner);
			}
		}
	}
}
