/*
 * acl.h - privileges as PostgreSQL keeps them (aclitem): the privilege
 * bits, each object kind's full set and default ACL, GRANT and REVOKE on an
 * ACL, ALTER DEFAULT PRIVILEGES applied to a new object, and the GRANT /
 * REVOKE statements that turn one ACL into another. Shared by the builder
 * (build_grant.c) and the differ (diff_grant.c); the structs are in
 * catalog.h.
 */
#ifndef SCHEMAC_ACL_H
#define SCHEMAC_ACL_H

#include "catalog.h"

enum {
	ACL_SELECT = 1 << 0,
	ACL_INSERT = 1 << 1,
	ACL_UPDATE = 1 << 2,
	ACL_DELETE = 1 << 3,
	ACL_TRUNCATE = 1 << 4,
	ACL_REFERENCES = 1 << 5,
	ACL_TRIGGER = 1 << 6,
	ACL_EXECUTE = 1 << 7,
	ACL_USAGE = 1 << 8,
	ACL_CREATE = 1 << 9,
};

/* What an ACL belongs to (pg_default_acl's letters where there is one). */
enum acl_kind {
	ACLK_TABLE = 'r',	/* tables, views, materialized views */
	ACLK_SEQUENCE = 'S',
	ACLK_FUNCTION = 'f',	/* functions and procedures */
	ACLK_TYPE = 'T',
	ACLK_SCHEMA = 'n',
	ACLK_PUBLIC_SCHEMA = 'P',	/* schema public: PUBLIC has USAGE */
	ACLK_COLUMN = 'c',
};

/* Publication operations, WITH (publish = '...'). */
enum {
	PUB_INSERT = 1 << 0,
	PUB_UPDATE = 1 << 1,
	PUB_DELETE = 1 << 2,
	PUB_TRUNCATE = 1 << 3,
	PUB_ALL = 15,
};

/*
 * The role that runs the schema and its migrations: the owner of what they
 * create, and the role of ALTER DEFAULT PRIVILEGES without FOR ROLE. Only
 * its default privileges apply to objects the builder creates.
 */
#define ACL_DEFAULT_ROLE "postgres"

/* Every privilege an object of kind can have (ALL). */
unsigned acl_all(char kind);
/* A privilege by its lower-case name ("select"), 0 if unknown. */
unsigned acl_priv(const char *name);

/* PostgreSQL's default ACL for kind, as a new, set ACL. */
struct acl *acl_default(struct arena *a, char kind);
/* A copy of acl, or the default for kind when acl is NULL or not set. */
struct acl *acl_copy(struct arena *a, const struct acl *acl, char kind);
/* Same privileges and grant options for the same grantees (order aside). */
bool acl_equal(const struct acl *x, const struct acl *y);
const struct aclitem *acl_find(const struct acl *acl, const char *grantee);

/* GRANT privs TO grantee [WITH GRANT OPTION]. */
void acl_grant(struct arena *a, struct acl *acl, const char *grantee, unsigned privs,
	       bool grant_option);
/* REVOKE [GRANT OPTION FOR] privs FROM grantee. */
void acl_revoke(struct acl *acl, const char *grantee, unsigned privs, bool option_only);

/* The ACL a new object of kind in schema gets: the default, changed by the
 * catalog's default privileges of ACL_DEFAULT_ROLE. NULL when that is the
 * plain default. */
struct acl *acl_for_new_object(const struct catalog *cat, struct arena *a, char kind,
				const char *schema);

/*
 * Appends to out (const char *, without ';') the GRANT and REVOKE
 * statements that turn from into to: prefix ("" or "ALTER DEFAULT
 * PRIVILEGES IN SCHEMA s "), on ("ON TABLE t", "ON TABLES"), column (column
 * privileges, as printed: "SELECT (col)"), owner: how to name the owner.
 */
void acl_statements(struct ptrvec *out, struct arena *a, const char *prefix, const char *on,
		    const char *column, char kind, const struct acl *from, const struct acl *to,
		    const char *owner);

#endif
