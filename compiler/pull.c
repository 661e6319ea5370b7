/*
 * pull.c - a catalog laid out as schema files (pull.h). Takes the catalog
 * where the history starts and the database's, plans the migration between
 * them (plan.h) and deals its statements, one change each (emit.h), into
 * files: the file of the table a statement is about, or of its kind.
 *
 * schema/ is read in path order (parse.h), so the files are numbered in
 * the order of their first statement, and a statement moved into a file
 * numbered before it ("hoisted") must not use what the files in between
 * create. The caller tries HOIST_ALL, builds the files and keeps them if
 * they make the database's catalog; else HOIST_SAFE; HOIST_NONE is the
 * migration itself, cut into files, and always builds.
 */
#include "pull.h"
#include "arena.h"
#include "emit.h"
#include "map.h"
#include "parse.h"
#include "plan.h"
#include "strbuf.h"

#include <string.h>

/* A file being filled: the statements of one owner, in migration order. */
struct acc {
	const char *base;	/* "users", "app.users", "types" */
	size_t pos;		/* its place in the file order */
	struct strbuf text;
	struct ptrvec stmts;	/* struct pull_stmt * */
};

/* What deciding a statement's file needs. */
struct ctx {
	struct arena *a;
	const struct catalog *db;
	struct map *fn;		/* "schema.name" of a function -> its file */
};

/* "name", or "schema.name" outside public: the base of a table's file. */
static const char *rel_base(struct arena *a, const char *schema, const char *name)
{
	if (!schema || !*schema || strcmp(schema, "public") == 0)
		return arena_strdup(a, name);
	return arena_printf(a, "%s.%s", schema, name);
}

/* The kind file of an object kind: "functions", "views", ... */
static const char *object_base(enum object_kind k, enum change_phase ph)
{
	switch (k) {
	case OBJ_FUNCTION:
	case OBJ_PROCEDURE:
	case OBJ_AGGREGATE:
		/* one whose body names a relation is created after the
		 * tables, and read after them it knows what it uses */
		return ph >= PH_CREATE_OBJECT ? "functions_after_tables" : "functions";
	case OBJ_VIEW:
	case OBJ_MATVIEW:
		return "views";
	case OBJ_EVENT_TRIGGER:
		return "event_triggers";
	case OBJ_FOREIGN_TABLE:
	case OBJ_FDW:
	case OBJ_SERVER:
	case OBJ_USER_MAPPING:
		return "foreign";
	case OBJ_STATISTICS:
		return "statistics";
	default:
		return "objects";
	}
}

/* The file of a relation by name: its table's, "views" or "sequences". */
static const char *relation_base(struct arena *a, const struct catalog *db, const char *schema,
				 const char *name, const char *otherwise)
{
	struct qname q = { schema, name };
	const struct relation *r = catalog_find_relation(db, &q);

	if (!r) {
		if (catalog_find_table(db, &q))
			return rel_base(a, schema, name);
		return otherwise;
	}
	switch (r->kind) {
	case REL_TABLE:
		return rel_base(a, schema, name);
	case REL_INDEX:
	case REL_CONSTRAINT_INDEX:
		return r->table ? rel_base(a, r->table->name.schema, r->table->name.name) : otherwise;
	case REL_SEQUENCE:
		return "sequences";
	case REL_VIEW:
		return "views";
	}
	return otherwise;
}

static const char *sval(const Node *n)
{
	return n && n->node_case == PG_QUERY__NODE__NODE_STRING ? n->string->sval : NULL;
}

/* The file of the function an ObjectWithArgs names. */
static const char *function_base(const struct ctx *x, const Node *n)
{
	const PgQuery__ObjectWithArgs *f;
	const char *schema = "public", *name, *b;

	if (!n || n->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS)
		return "functions";
	f = n->object_with_args;
	if (!f->n_objname)
		return "functions";
	name = sval(f->objname[f->n_objname - 1]);
	if (f->n_objname >= 2)
		schema = sval(f->objname[f->n_objname - 2]);
	b = name && schema ? map_get(x->fn, arena_printf(x->a, "%s.%s", schema, name)) : NULL;
	return b ? b : "functions";
}

/* COMMENT ON: the file of what it names. */
static const char *comment_base(const struct ctx *x, const PgQuery__CommentStmt *s)
{
	struct arena *a = x->a;
	const struct catalog *db = x->db;
	const Node *o = s->object;
	size_t n = o && o->node_case == PG_QUERY__NODE__NODE_LIST ? o->list->n_items : 0;
	Node **it = n ? o->list->items : NULL;
	size_t rel_end = n;	/* the relation's name ends before rel_end */

	switch (s->objtype) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN:
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABCONSTRAINT:
	case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
	case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
	case PG_QUERY__OBJECT_TYPE__OBJECT_RULE:
		rel_end = n - 1;
		/* fall through */
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_INDEX:
	case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
		if (rel_end < 1 || rel_end > n)
			return "comments";
		return relation_base(a, db, rel_end >= 2 ? sval(it[rel_end - 2]) : "public",
				     sval(it[rel_end - 1]), "comments");
	case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
		return "schemas";
	case PG_QUERY__OBJECT_TYPE__OBJECT_EXTENSION:
		return "extensions";
	case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
	case PG_QUERY__OBJECT_TYPE__OBJECT_DOMCONSTRAINT:
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLLATION:
		return "types";
	case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
	case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_AGGREGATE:
		return function_base(x, o);
	default:
		return "comments";
	}
}

/* GRANT, REVOKE: the file of the one object they name. */
static const char *grant_base(const struct ctx *x, const PgQuery__GrantStmt *s)
{
	struct arena *a = x->a;
	const struct catalog *db = x->db;

	if (s->targtype != PG_QUERY__GRANT_TARGET_TYPE__ACL_TARGET_OBJECT)
		return "grants";
	switch (s->objtype) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE:
		if (s->n_objects == 1 && s->objects[0]->node_case == PG_QUERY__NODE__NODE_RANGE_VAR) {
			const PgQuery__RangeVar *rv = s->objects[0]->range_var;
			return relation_base(a, db, *rv->schemaname ? rv->schemaname : "public",
					     rv->relname, "grants");
		}
		return "grants";
	case PG_QUERY__OBJECT_TYPE__OBJECT_SEQUENCE:
		return "sequences";
	case PG_QUERY__OBJECT_TYPE__OBJECT_SCHEMA:
		return "schemas";
	case PG_QUERY__OBJECT_TYPE__OBJECT_TYPE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_DOMAIN:
		return "types";
	case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
	case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
		return s->n_objects == 1 ? function_base(x, s->objects[0]) : "functions";
	default:
		return "grants";
	}
}

/* A statement the differ printed (privileges, publications, ...): its file,
 * from its parse tree. */
static const char *statement_base(const struct ctx *x, const char *sql)
{
	struct arena *a = x->a;
	const struct catalog *db = x->db;
	PgQuery__ParseResult *r = parse_sql(a, sql);
	const Node *n = r && r->n_stmts ? r->stmts[0]->stmt : NULL;

	if (!n)
		return "other";
	switch (n->node_case) {
	case PG_QUERY__NODE__NODE_COMMENT_STMT:
		return comment_base(x, n->comment_stmt);
	case PG_QUERY__NODE__NODE_GRANT_STMT:
		return grant_base(x, n->grant_stmt);
	case PG_QUERY__NODE__NODE_ALTER_DEFAULT_PRIVILEGES_STMT:
		return "default_privileges";
	case PG_QUERY__NODE__NODE_CREATE_PUBLICATION_STMT:
	case PG_QUERY__NODE__NODE_ALTER_PUBLICATION_STMT:
		return "publications";
	case PG_QUERY__NODE__NODE_ALTER_TABLE_STMT: {
		const PgQuery__RangeVar *rv = n->alter_table_stmt->relation;
		if (rv)
			return relation_base(a, db, *rv->schemaname ? rv->schemaname : "public",
					     rv->relname, "other");
		return "other";
	}
	default:
		return "other";
	}
}

/* The file a change's statement goes to in the table layout. */
static const char *change_base(const struct ctx *x, const struct change *c, const char *sql)
{
	struct arena *a = x->a;
	const struct catalog *db = x->db;

	switch (c->kind) {
	case CH_CREATE_SCHEMA:
		return "schemas";
	case CH_CREATE_EXTENSION:
	case CH_ALTER_EXTENSION:
		return "extensions";
	case CH_CREATE_ENUM:
	case CH_ADD_ENUM_VALUE:
	case CH_CREATE_TYPE:
	case CH_DOMAIN_SET_DEFAULT:
	case CH_DOMAIN_SET_NOT_NULL:
	case CH_DOMAIN_ADD_CHECK:
	case CH_DOMAIN_VALIDATE_CHECK:
	case CH_ADD_ATTRIBUTE:
	case CH_CREATE_COLLATION:
		return "types";
	case CH_CREATE_SEQUENCE:
	case CH_ALTER_SEQUENCE:
		return "sequences";
	case CH_SEQUENCE_OWNED_BY: {
		const struct sequence *s = c->obj;
		if (s->owned_table)
			return rel_base(a, s->name.schema, s->owned_table);
		return "sequences";
	}
	case CH_CREATE_OBJECT:
	case CH_REPLACE_OBJECT:
	case CH_TRIGGER_STATE:
	case CH_ALTER_VIEW_OPTIONS: {
		const struct dbobject *o = c->obj;
		if ((o->kind == OBJ_TRIGGER || o->kind == OBJ_POLICY || o->kind == OBJ_RULE) && o->table)
			return relation_base(a, db, o->name.schema, o->table, "triggers");
		if (o->kind == OBJ_FUNCTION || o->kind == OBJ_PROCEDURE || o->kind == OBJ_AGGREGATE) {
			const char *b = object_base(o->kind, c->phase);
			map_put(x->fn, arena_printf(a, "%s.%s", o->name.schema, o->name.name), (void *)b);
			return b;
		}
		return object_base(o->kind, c->phase);
	}
	case CH_COMMENT:
	case CH_STATEMENT:
		return statement_base(x, sql);
	default:
		if (c->table)
			return relation_base(a, db, c->table->name.schema, c->table->name.name,
					     rel_base(a, c->table->name.schema, c->table->name.name));
		return statement_base(x, sql);
	}
}

/* Is "name" a table's file (not one of the kind files)? */
static bool is_kind_base(const char *b)
{
	static const char *const kinds[] = {
		"schemas", "extensions", "types", "sequences", "functions",
		"functions_after_tables", "views",
		"event_triggers", "foreign", "statistics", "objects", "comments", "grants",
		"default_privileges", "publications", "triggers", "other",
	};
	for (size_t i = 0; i < ARRAY_SIZE(kinds); i++)
		if (strcmp(b, kinds[i]) == 0)
			return true;
	return false;
}

/* May this change move up into its object's file under HOIST_SAFE? What
 * only names its own object and the objects PostgreSQL makes before any
 * table (types, functions that use no relation). */
static bool hoists_safely(const struct change *c)
{
	switch (c->kind) {
	case CH_COMMENT:
	case CH_STATEMENT:
	case CH_SET_RLS:
	case CH_SET_RELOPTIONS:
	case CH_SET_STORAGE:
	case CH_SET_COMPRESSION:
	case CH_SET_STATISTICS:
	case CH_ALTER_INDEX_OPTIONS:
	case CH_INDEX_STATISTICS:
	case CH_REPLICA_IDENTITY:
	case CH_CLUSTER_ON:
	case CH_SEQUENCE_OWNED_BY:
	case CH_CREATE_INDEX:
	case CH_SET_DEFAULT:
		return true;
	case CH_ADD_CONSTRAINT: {
		const struct constraint *k = c->obj;
		return k->kind != CON_FOREIGN;
	}
	default:
		return false;
	}
}

void pull_files(struct ptrvec *out, struct arena *a, struct catalog *start,
		const struct catalog *db, const struct diff_options *opt,
		enum pull_layout layout, enum pull_hoist hoist, const struct pull_pins *pins)
{
	struct plan p;
	struct ptrvec accs = { 0 };	/* struct acc *, in file order */
	struct map *latest = map_new(a);	/* base -> its last struct acc */
	struct strbuf sql = STRBUF_INIT;
	struct ctx x = { a, db, map_new(a) };

	plan_build(&p, a, start, db, opt, false);
	for (size_t i = 0; i < p.changes.items.n; i++) {
		const struct change *c = p.changes.items.items[i];
		const char *base;
		struct acc *f;

		sb_reset(&sql);
		emit_change(&sql, a, c);
		if (layout == PULL_SINGLE)
			base = "schema";
		else {
			base = change_base(&x, c, sql.buf);
			if (layout == PULL_BY_KIND && !is_kind_base(base))
				base = "tables";
		}
		f = map_get(latest, base);
		if (f && c->kind == CH_ADD_CONSTRAINT && layout == PULL_BY_TABLE) {
			/* a foreign key added after its table (a cycle): into the
			 * file of the table it references, when that one comes
			 * later, where both exist */
			const struct constraint *k = c->obj;
			const char *rb = k->kind == CON_FOREIGN
				? relation_base(a, db, k->ref_table.schema, k->ref_table.name, base)
				: base;
			struct acc *rf = map_get(latest, rb);
			if (rf && rf->pos > f->pos) {
				base = rb;
				f = rf;
			}
		}
		if (!f || (f != accs.items[accs.n - 1] &&
			   ((pins && i < pins->n && pins->at[i]) ||
			    !(hoist == HOIST_ALL || (hoist == HOIST_SAFE && hoists_safely(c)))))) {
			f = arena_alloc(a, sizeof(*f));
			*f = (struct acc){ .base = arena_strdup(a, base), .pos = accs.n };
			sb_init(&f->text);
			vec_push(&accs, a, f);
			map_put(latest, f->base, f);
		} else {
			sb_addc(&f->text, '\n');
		}
		{
			struct pull_stmt *st = arena_alloc(a, sizeof(*st));
			*st = (struct pull_stmt){ .change = i, .offset = f->text.len };
			vec_push(&f->stmts, a, st);
		}
		sb_add(&f->text, sql.buf, sql.len);
	}
	sb_release(&sql);
	for (size_t i = 0; i < accs.n; i++) {
		struct acc *f = accs.items[i];
		struct pull_file *pf = arena_alloc(a, sizeof(*pf));
		struct strbuf name = STRBUF_INIT;

		if (layout == PULL_SINGLE)
			sb_adds(&name, "schema.sql");
		else {
			/* a file name of letters, digits, '_', '.' and '-' */
			sb_addf(&name, "%04zu_", i + 1);
			for (const char *s = f->base; *s; s++)
				sb_addc(&name, (strchr("_.-", *s) || (*s >= '0' && *s <= '9') ||
						((*s | 0x20) >= 'a' && (*s | 0x20) <= 'z')) ? *s : '_');
			sb_adds(&name, ".sql");
		}
		pf->name = arena_strdup(a, name.buf);
		pf->text = arena_strdup(a, f->text.buf);
		pf->stmts = f->stmts;
		sb_release(&name);
		sb_release(&f->text);
		vec_push(out, a, pf);
	}
}
