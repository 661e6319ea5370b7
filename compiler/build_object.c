/*
 * build_object.c - the builder for the objects that use tables: views,
 * materialized views, functions and procedures, triggers, row level
 * security and policies (catalog.h, struct dbobject).
 *
 * Each object is kept as its CREATE statement, printed back by libpg_query
 * with names qualified, plus a hash of its normalized definition and the
 * keys of what it uses. An ALTER of such an object is applied by changing
 * the stored CREATE statement and building the object again from it, so
 * there is one way to turn a statement into an object.
 */
#include "build_int.h"
#include "qualify.h"
#include "sqlfmt.h"

#include <jansson.h>
#include <stdio.h>
#include <string.h>
#include <xxhash.h>

bool build_object_has(const char *s)
{
	return s && *s;
}

void build_dh_add(struct defhash *h, const char *tag, const char *v)
{
	vec_push(&h->parts, h->a, arena_printf(h->a, "%s=%s\x1e", tag, v ? v : ""));
}

void build_dh_tree(struct defhash *h, const char *tag, Node **n, bool keep)
{
	uint64_t k[2] = { 0, 0 };

	if (*n)
		node_hash(h->a, n, keep, k);
	build_dh_add(h, tag, arena_printf(h->a, "%016llx%016llx", (unsigned long long)k[0],
				    (unsigned long long)k[1]));
}

char *build_dh_text(struct defhash *h)
{
	size_t len = 0;
	char *s, *p;

	for (size_t i = 0; i < h->parts.n; i++)
		len += strlen(h->parts.items[i]);
	p = s = arena_alloc(h->a, len + 1);
	for (size_t i = 0; i < h->parts.n; i++)
		p = stpcpy(p, h->parts.items[i]);
	*p = '\0';
	return s;
}

void build_dh_finish(struct defhash *h, uint64_t out[2])
{
	const char *s = build_dh_text(h);
	XXH128_hash_t r = XXH3_128bits(s, strlen(s));
	out[0] = r.low64;
	out[1] = r.high64;
}

struct dbobject *build_object_new(struct builder *b, enum object_kind kind, const char *schema,
			    const char *table, const char *name, const char *args)
{
	struct dbobject *o = arena_alloc(b->a, sizeof(*o));

	o->kind = kind;
	o->name.schema = schema;
	o->name.name = name;
	o->table = table;
	o->args = args;
	o->key = object_key(b->a, kind, schema, table, name, args);
	o->loc.file = b->st->file;
	o->loc.offset = b->st->offset;
	o->enabled = 'O';
	return o;
}

static const char *display_name(struct arena *a, const struct dbobject *o)
{
	if (o->table)
		return arena_printf(a, "%s' on '%s", o->name.name, o->table);
	if (o->args)
		return arena_printf(a, "%s(%s)", o->name.name, o->args);
	return o->name.name;
}

/* The slot of the privileges of column i of o (a view, materialized view
 * or foreign table): o->col_acls is padded with NULL up to o's columns. */
struct acl **build_object_column_acl(struct builder *b, struct dbobject *o, size_t i)
{
	while (o->col_acls.n < o->columns.n)
		vec_push(&o->col_acls, b->a, NULL);
	return (struct acl **)&o->col_acls.items[i];
}

/*
 * Registers o. An object of the same identity is an error, unless replace
 * (CREATE OR REPLACE, or an ALTER rebuilding it): then o takes its place,
 * keeping its comments and the triggers' enabled state.
 */
int build_object_put(struct builder *b, struct dbobject *o, bool replace)
{
	struct dbobject *old = catalog_find_object(b->cat, o->key);
	const char *missing = NULL;
	bool missing_rel = false;

	/* a column PostgreSQL would not find (check_refs.c's rule: the
	 * statement is refused, as CREATE refuses it) */
	if (o->kind == OBJ_VIEW || o->kind == OBJ_MATVIEW || o->kind == OBJ_POLICY ||
	    o->kind == OBJ_TRIGGER)
		missing = qualify_object_missing_column(b->st->scratch ? b->st->scratch : b->a,
							b->cat, o, &missing_rel);
	if (missing && missing_rel)
		return build_name_error(b, -1, "relation", missing, DIAG_NAME_MISSING);
	if (missing)
		return build_error(b, -1, "column '%s' does not exist", missing);
	/* a view's output names are its columns: one name twice is refused */
	for (size_t i = 0; (o->kind == OBJ_VIEW || o->kind == OBJ_MATVIEW) && i < o->columns.n; i++)
		for (size_t j = 0; j < i; j++)
			if (str_eq(o->columns.items[i], o->columns.items[j]))
				return build_error(b, -1, "column '%s' specified more than once",
						   (const char *)o->columns.items[i]);

	if (object_kind_desc(o->kind)->provides == 'r' && !old &&
	    catalog_relname_taken(b->cat, o->name.schema, o->name.name))
		return build_name_error(b, -1, "relation", o->name.name, DIAG_NAME_TAKEN);
	if (old) {
		if (!replace || old->kind != o->kind)
			return build_error(b, -1, "%s '%s' already exists", object_kind_name(old->kind),
					   display_name(b->a, old));
		o->comment = old->comment;
		o->acl = old->acl;
		if (o->kind == OBJ_TRIGGER)
			o->enabled = old->enabled;
		for (size_t i = 0; i < o->columns.n; i++) {
			const char *c = NULL;
			void *acl = NULL;
			for (size_t j = 0; j < old->columns.n && j < old->col_comments.n; j++)
				if (str_eq(old->columns.items[j], o->columns.items[i])) {
					c = old->col_comments.items[j];
					acl = j < old->col_acls.n ? old->col_acls.items[j] : NULL;
				}
			o->col_comments.items[i] = (void *)c;
			if (acl)	/* CREATE OR REPLACE VIEW keeps a column's privileges */
				*build_object_column_acl(b, o, i) = acl;
		}
		catalog_remove_object(b->cat, old);
	}
	catalog_add_object(b->cat, o);
	return 0;
}

/* Packed statements, shared by the objects whose trees are the same. */
struct packed_stmts {
	uint8_t *data;
	size_t len;
};

/*
 * Keeps stmts (qualified) in o, packed in the catalog's arena, with where
 * they were written; printed only when a migration needs them. Both sides
 * of a diff mostly build the same objects: when the statement cache lives
 * as long as the catalog (both in one arena), the bytes are shared by every
 * object whose tree hashes the same (node_hash_exact, one walk where
 * protobuf-c's pack takes several), so the second side packs only what
 * changed. The bytes are never written once kept.
 */
void build_object_keep_stmts(struct builder *b, struct dbobject *o, Node **stmts, size_t n)
{
	PgQuery__ParseResult pr = PG_QUERY__PARSE_RESULT__INIT;
	PgQuery__RawStmt *rs = arena_alloc(b->st->scratch, n * sizeof(*rs));
	PgQuery__RawStmt **rsp = arena_alloc(b->st->scratch, n * sizeof(*rsp));
	struct stmt_cache *cache = b->st->file ? b->st->file->cache : NULL;
	struct packed_stmts *kept = NULL;
	uint64_t hash[2];

	for (size_t i = 0; i < n; i++) {
		pg_query__raw_stmt__init(&rs[i]);
		rs[i].stmt = stmts[i];
		rsp[i] = &rs[i];
	}
	pr.version = PG_VERSION_NUM;
	pr.n_stmts = n;
	pr.stmts = rsp;
	if (cache && stmt_cache_arena(cache) != b->a)
		cache = NULL;
	if (cache) {
		node_hash_exact(&pr.base, hash);
		kept = stmt_cache_get_expr(cache, hash, -1, CACHED_PACKED_STMTS);
	}
	if (!kept) {
		kept = arena_alloc(b->a, sizeof(*kept));
		kept->len = pg_query__parse_result__get_packed_size(&pr);
		kept->data = arena_alloc(b->a, kept->len ? kept->len : 1);
		pg_query__parse_result__pack(&pr, kept->data);
		if (cache)
			stmt_cache_put_expr(cache, hash, -1, CACHED_PACKED_STMTS, kept);
	}
	o->stmt = kept->data;
	o->stmt_len = kept->len;
	o->file = b->st->file;
	o->offset = b->st->offset;
	o->len = b->st->len;
}

void build_object_keep(struct builder *b, struct dbobject *o, Node *stmt)
{
	build_object_keep_stmts(b, o, &stmt, 1);
}

void build_add_key(struct arena *a, struct ptrvec *v, const char *key)
{
	if (!vec_has_string(v, key))
		vec_push(v, a, (void *)key);
}

static void clear_schema_if_public(PgQuery__RangeVar *rv, const char *schema)
{
	rv->schemaname = str_eq(schema, "public") ? NULL : (char *)schema;
}

/* ---- views and materialized views ------------------------------------- */

/* The leftmost plain SELECT of a query (where output names are set). */
static PgQuery__SelectStmt *leftmost(PgQuery__SelectStmt *s)
{
	while (s->op != PG_QUERY__SET_OPERATION__SETOP_NONE && s->larg)
		s = s->larg;
	return s;
}

/*
 * The query part of a view: qualified (qualify.h), the column list applied
 * as output names, the output columns, a signature per column for CREATE
 * OR REPLACE (name and expression).
 */
static int view_query(struct builder *b, struct dbobject *o, Node *query, PgQuery__Node **aliases,
		      size_t naliases)
{
	struct ptrvec cols = { 0 }, deps = { 0 };
	struct strbuf sig = STRBUF_INIT;
	PgQuery__SelectStmt *s;

	if (!query || query->node_case != PG_QUERY__NODE__NODE_SELECT_STMT)
		return build_error(b, -1, "unsupported view query");
	qualify_query(b->st->scratch, b->cat, query, &cols, &deps);
	s = leftmost(query->select_stmt);
	for (size_t i = 0; i < naliases && i < cols.n; i++) {
		const char *alias = build_node_str(aliases[i]);
		size_t k = 0;
		cols.items[i] = (void *)alias;
		for (size_t j = 0; j < s->n_target_list; j++) {
			PgQuery__ResTarget *rt = s->target_list[j]->res_target;
			if (s->target_list[j]->node_case != PG_QUERY__NODE__NODE_RES_TARGET)
				continue;
			if (k++ == i)
				rt->name = str_eq(alias, figure_colname(rt->val)) ? NULL : (char *)alias;
		}
	}
	if (naliases > cols.n)
		return build_error(b, -1, "CREATE VIEW specifies more column names than columns");
	for (size_t i = 0; i < cols.n; i++) {
		const char *c = build_ident(b, cols.items[i]);
		vec_push(&o->columns, b->a, (void *)c);
		vec_push(&o->col_comments, b->a, NULL);
		sb_addf(&sig, "%s:", c);
		if (s->n_values_lists == 0 && i < s->n_target_list &&
		    s->target_list[i]->node_case == PG_QUERY__NODE__NODE_RES_TARGET &&
		    s->target_list[i]->res_target->val) {
			/* as written: CREATE OR REPLACE only when the column's
			 * expression is the same, so its type is too */
			uint64_t k[2];
			node_hash_raw(s->target_list[i]->res_target->val, k);
			sb_addf(&sig, "%016llx%016llx", (unsigned long long)k[0],
				(unsigned long long)k[1]);
		}
		sb_addc(&sig, ';');
	}
	o->replace_sig = arena_strdup(b->a, sig.buf);
	sb_release(&sig);
	for (size_t i = 0; i < deps.n; i++) {
		const char *k = deps.items[i];
		const char *sep = strchr(k + 2, '\x1f');
		/* over a relation whose CREATE was reported: say nothing more */
		if (k[0] == 'r' && sep &&
		    catalog_is_unsupported(b->cat, arena_strndup(b->st->scratch, k + 2,
								   (size_t)(sep - k - 2)), sep + 1)) {
			catalog_mark_unsupported(b->cat, o->name.schema, o->name.name);
			b->quiet = true;
			return -1;
		}
		build_add_key(b->a, &o->deps, arena_strdup(b->a, k));
	}
	return 0;
}

/* A view's or materialized view's option value as compared: booleans
 * spelled true / false, the rest lowercased. */
static const char *relation_option_value(struct builder *b, const PgQuery__DefElem *d)
{
	const char *v = build_function_defelem_text(b, d->arg);
	char *lv = arena_strdup(b->a, v ? v : "true");

	for (char *p = lv; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p - 'A' + 'a');
	if (str_eq(lv, "on") || str_eq(lv, "1") || str_eq(lv, "yes"))
		return "true";
	if (str_eq(lv, "off") || str_eq(lv, "0") || str_eq(lv, "no"))
		return "false";
	return lv;
}

/* WITH (...) of a view or materialized view into o->options, in the order
 * written; check (a view's WITH ... CHECK OPTION, or NULL) after the rest,
 * as check_option, unless the list sets one. */
static void relation_options(struct builder *b, struct dbobject *o, PgQuery__Node **opts,
			     size_t n, const char *check)
{
	for (size_t i = 0; i < n; i++) {
		const PgQuery__DefElem *d = opts[i]->def_elem;
		if (opts[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM)
			continue;
		if (str_eq(d->defname, "check_option") && check)
			continue;	/* WITH ... CHECK OPTION wins */
		vec_push(&o->options.items, b->a,
			 arena_printf(b->a, "%s%s%s=%s", build_object_has(d->defnamespace) ? d->defnamespace : "",
				      build_object_has(d->defnamespace) ? "." : "", d->defname,
				      relation_option_value(b, d)));
	}
	if (check)
		vec_push(&o->options.items, b->a, arena_printf(b->a, "check_option=%s", check));
	/* check_option, then toast.*, after the rest */
	build_reloptions_move_last(&o->options, "check_option=");
	build_reloptions_toast_last(&o->options);
}

int build_create_view(struct builder *b, Node *stmt)
{
	PgQuery__ViewStmt *vs = stmt->view_stmt;
	const char *schema = build_creation_schema(b, vs->view->schemaname, vs->view->location);
	const char *check = NULL;
	struct defhash h = { b->st->scratch, { 0 } };
	struct dbobject *o;
	bool replace = vs->replace;

	if (!schema)
		return -1;
	if (vs->view->relpersistence && str_eq(vs->view->relpersistence, "t"))
		return build_error(b, vs->view->location, "unsupported statement: CREATE TEMPORARY VIEW");
	o = build_object_new(b, OBJ_VIEW, schema, NULL, build_ident(b, vs->view->relname), NULL);
	if (view_query(b, o, vs->query, vs->aliases, vs->n_aliases) < 0)
		return -1;
	vs->n_aliases = 0;
	if (vs->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__LOCAL_CHECK_OPTION)
		check = "local";
	else if (vs->with_check_option == PG_QUERY__VIEW_CHECK_OPTION__CASCADED_CHECK_OPTION)
		check = "cascaded";
	relation_options(b, o, vs->options, vs->n_options, check);
	vs->replace = false;
	clear_schema_if_public(vs->view, schema);
	build_object_keep(b, o, stmt);
	build_dh_tree(&h, "query", &vs->query, true);
	build_dh_finish(&h, o->def);
	return build_object_put(b, o, replace);
}

int build_create_matview(struct builder *b, Node *stmt)
{
	PgQuery__CreateTableAsStmt *cs = stmt->create_table_as_stmt;
	PgQuery__IntoClause *into = cs->into;
	const char *schema = build_creation_schema(b, into->rel->schemaname, into->rel->location);
	struct defhash h = { b->st->scratch, { 0 } };
	struct dbobject *o;

	if (!schema)
		return -1;
	o = build_object_new(b, OBJ_MATVIEW, schema, NULL, build_ident(b, into->rel->relname), NULL);
	if (cs->if_not_exists && catalog_find_object(b->cat, o->key))
		return 0;
	if (view_query(b, o, cs->query, into->col_names, into->n_col_names) < 0)
		return -1;
	into->n_col_names = 0;
	o->replace_sig = NULL;	/* no CREATE OR REPLACE MATERIALIZED VIEW */
	o->rel = arena_alloc(b->a, sizeof(*o->rel));
	o->rel->name = o->name;
	for (size_t i = 0; i < o->columns.n; i++) {
		struct column *c = arena_alloc(b->a, sizeof(*c));
		c->name = o->columns.items[i];
		vec_push(&o->rel->columns, b->a, c);
	}
	relation_options(b, o, into->options, into->n_options, NULL);
	build_dh_add(&h, "using", into->access_method);
	clear_schema_if_public(into->rel, schema);
	cs->if_not_exists = false;
	build_object_keep(b, o, stmt);
	build_dh_tree(&h, "query", &cs->query, true);
	build_dh_finish(&h, o->def);
	return build_object_put(b, o, false);
}

/* ---- triggers --------------------------------------------------------- */

/* The table (or view, for INSTEAD OF) a trigger or policy is on. */
static int target_relation(struct builder *b, PgQuery__RangeVar *rv, struct table **t,
			   struct dbobject **view)
{
	struct relation *r = build_lookup_relation(b, rv->schemaname, ident_truncate(b->a, rv->relname));

	*t = NULL;
	*view = NULL;
	if (!r && (*t = build_outside_table(b, rv)) != NULL)
		return 0;
	if (!r)
		return build_name_error(b, rv->location, "relation", rv->relname,
					DIAG_NAME_MISSING);
	if (r->kind == REL_TABLE)
		*t = r->obj;
	else if (r->kind == REL_VIEW)
		*view = r->obj;
	else
		return build_error(b, rv->location, "'%s' is not a table or view", rv->relname);
	return 0;
}

/* A view as a table for qualify_expr: its column names only. */
static struct table *view_as_table(struct builder *b, const struct dbobject *v)
{
	struct table *t = arena_alloc(b->st->scratch, sizeof(*t));

	t->name = v->name;
	for (size_t i = 0; i < v->columns.n; i++) {
		struct column *c = arena_alloc(b->st->scratch, sizeof(*c));
		c->name = v->columns.items[i];
		vec_push(&t->columns, b->st->scratch, c);
	}
	return t;
}

int build_create_trigger(struct builder *b, Node *stmt)
{
	PgQuery__CreateTrigStmt *ts = stmt->create_trig_stmt;
	struct defhash h = { b->st->scratch, { 0 } };
	struct dbobject *o, *view;
	struct table *t;
	const char *fkey;
	struct ptrvec cols = { 0 };
	bool replace = ts->replace;

	if (target_relation(b, ts->relation, &t, &view) < 0)
		return -1;
	if (view)
		t = view_as_table(b, view);
	o = build_object_new(b, OBJ_TRIGGER, t->name.schema, t->name.name, build_ident(b, ts->trigname), NULL);
	build_add_key(b->a, &o->deps, object_dep_key(b->a, 'r', t->name.schema, t->name.name));
	fkey = qualify_function(b->a, b->cat, &ts->funcname, &ts->n_funcname);
	if (fkey)
		build_add_key(b->a, &o->deps, fkey);
	build_dh_add(&h, "function", fkey ? fkey : build_node_str(ts->funcname[ts->n_funcname - 1]));
	for (size_t i = 0; i < ts->n_args; i++)
		build_dh_add(&h, "arg", build_function_defelem_text(b, ts->args[i]));
	build_dh_add(&h, "row", ts->row ? "t" : "f");
	build_dh_add(&h, "timing", arena_printf(b->st->scratch, "%d", ts->timing));
	build_dh_add(&h, "events", arena_printf(b->st->scratch, "%d", ts->events));
	/* UPDATE OF columns, in attribute order as pg_dump prints them */
	for (size_t i = 0; i < t->columns.n; i++) {
		const struct column *c = t->columns.items[i];
		for (size_t j = 0; j < ts->n_columns; j++)
			if (str_eq(c->name, ident_truncate(b->a, build_node_str(ts->columns[j]))))
				vec_push(&cols, b->st->scratch, (void *)c->name);
	}
	for (size_t j = 0; t->outside && j < ts->n_columns; j++)
		vec_push(&cols, b->st->scratch, (void *)build_ident(b, build_node_str(ts->columns[j])));
	for (size_t j = 0; j < ts->n_columns && cols.n != ts->n_columns; j++)
		if (!table_find_column(t, ident_truncate(b->a, build_node_str(ts->columns[j]))))
			return build_error(b, -1, "column '%s' of relation '%s' does not exist",
					   build_node_str(ts->columns[j]), t->name.name);
	for (size_t i = 0; i < cols.n; i++)
		build_dh_add(&h, "of", cols.items[i]);
	if (ts->when_clause) {
		struct ptrvec deps = { 0 };
		qualify_expr(b->st->scratch, b->cat, &ts->when_clause, t, true, &deps);
		for (size_t i = 0; i < deps.n; i++)
			build_add_key(b->a, &o->deps, arena_strdup(b->a, deps.items[i]));
	}
	for (size_t i = 0; i < ts->n_transition_rels; i++) {
		const PgQuery__TriggerTransition *tt = ts->transition_rels[i]->trigger_transition;
		build_dh_add(&h, tt->is_new ? "new table" : "old table", tt->name);
	}
	build_dh_add(&h, "constraint", ts->isconstraint ? "t" : "f");
	build_dh_add(&h, "deferrable", ts->deferrable ? "t" : "f");
	build_dh_add(&h, "deferred", ts->initdeferred ? "t" : "f");
	if (ts->constrrel) {
		struct relation *r = build_lookup_relation(b, ts->constrrel->schemaname,
						     ident_truncate(b->a, ts->constrrel->relname));
		if (!r || r->kind != REL_TABLE)
			return build_name_error(b, ts->constrrel->location, "relation", ts->constrrel->relname,
						DIAG_NAME_MISSING);
		build_dh_add(&h, "from", ((struct table *)r->obj)->name.name);
	}
	ts->replace = false;
	clear_schema_if_public(ts->relation, t->name.schema);
	build_object_keep(b, o, stmt);
	build_dh_tree(&h, "when", &ts->when_clause, true);
	build_dh_finish(&h, o->def);
	o->replace_sig = ts->isconstraint ? NULL : "trigger";
	return build_object_put(b, o, replace);
}

/* ---- event triggers --------------------------------------------------- */

int build_create_event_trigger(struct builder *b, Node *stmt)
{
	PgQuery__CreateEventTrigStmt *es = stmt->create_event_trig_stmt;
	struct defhash h = { b->st->scratch, { 0 } };
	struct dbobject *o = build_object_new(b, OBJ_EVENT_TRIGGER, "", NULL, build_ident(b, es->trigname), NULL);
	const char *fkey = qualify_function(b->a, b->cat, &es->funcname, &es->n_funcname);

	if (fkey)
		build_add_key(b->a, &o->deps, fkey);
	build_dh_add(&h, "event", es->eventname);
	build_dh_add(&h, "function", fkey ? fkey : build_node_str(es->funcname[es->n_funcname - 1]));
	for (size_t i = 0; i < es->n_whenclause; i++) {
		const PgQuery__DefElem *d = es->whenclause[i]->def_elem;
		struct ptrvec tags = { 0 };
		if (es->whenclause[i]->node_case != PG_QUERY__NODE__NODE_DEF_ELEM || !d->arg ||
		    d->arg->node_case != PG_QUERY__NODE__NODE_LIST)
			continue;
		for (size_t j = 0; j < d->arg->list->n_items; j++)
			vec_push(&tags, b->st->scratch, (void *)build_node_str(d->arg->list->items[j]));
		vec_sort_strings(&tags);
		for (size_t j = 0; j < tags.n; j++)
			build_dh_add(&h, d->defname, tags.items[j]);
	}
	build_object_keep(b, o, stmt);
	build_dh_finish(&h, o->def);
	return build_object_put(b, o, false);
}

int build_alter_event_trigger(struct builder *b, PgQuery__AlterEventTrigStmt *as)
{
	struct dbobject *o = catalog_find_object(b->cat, object_key(b->a, OBJ_EVENT_TRIGGER, "", NULL,
								   build_ident(b, as->trigname), NULL));

	if (!o)
		return build_error(b, -1, "event trigger '%s' does not exist", as->trigname);
	o->enabled = build_object_has(as->tgenabled) ? as->tgenabled[0] : 'O';
	return 0;
}

/* ---- policies --------------------------------------------------------- */

static const char *role_name(const Node *n)
{
	const PgQuery__RoleSpec *r;

	if (!n || n->node_case != PG_QUERY__NODE__NODE_ROLE_SPEC)
		return NULL;
	r = n->role_spec;
	switch (r->roletype) {
	case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_PUBLIC:
		return "public";
	case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_ROLE:
		return "current_role";
	case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_CURRENT_USER:
		return "current_user";
	case PG_QUERY__ROLE_SPEC_TYPE__ROLESPEC_SESSION_USER:
		return "session_user";
	default:
		return r->rolename;
	}
}

int build_create_policy(struct builder *b, Node *stmt)
{
	PgQuery__CreatePolicyStmt *ps = stmt->create_policy_stmt;
	struct defhash h = { b->st->scratch, { 0 } };
	struct dbobject *o, *view;
	struct table *t;
	struct ptrvec roles = { 0 }, deps = { 0 };

	if (target_relation(b, ps->table, &t, &view) < 0)
		return -1;
	if (view)
		return build_error(b, ps->table->location, "'%s' is not a table", ps->table->relname);
	o = build_object_new(b, OBJ_POLICY, t->name.schema, t->name.name, build_ident(b, ps->policy_name),
		       NULL);
	build_add_key(b->a, &o->deps, object_dep_key(b->a, 'r', t->name.schema, t->name.name));
	for (size_t i = 0; i < ps->n_roles; i++)
		vec_push(&roles, b->st->scratch, (void *)role_name(ps->roles[i]));
	if (!roles.n)
		vec_push(&roles, b->st->scratch, "public");
	vec_sort_strings(&roles);
	for (size_t i = 0; i < roles.n; i++)
		build_dh_add(&h, "to", roles.items[i]);
	build_dh_add(&h, "for", build_object_has(ps->cmd_name) ? ps->cmd_name : "all");
	build_dh_add(&h, "permissive", ps->permissive ? "t" : "f");
	o->replace_sig = arena_printf(b->a, "%s:%d:%d:%d", build_object_has(ps->cmd_name) ? ps->cmd_name : "all",
				      ps->permissive, ps->qual != NULL, ps->with_check != NULL);
	if (ps->qual)
		qualify_expr(b->st->scratch, b->cat, &ps->qual, t, false, &deps);
	if (ps->with_check)
		qualify_expr(b->st->scratch, b->cat, &ps->with_check, t, false, &deps);
	for (size_t i = 0; i < deps.n; i++)
		build_add_key(b->a, &o->deps, arena_strdup(b->a, deps.items[i]));
	clear_schema_if_public(ps->table, t->name.schema);
	build_object_keep(b, o, stmt);
	build_dh_tree(&h, "using", &ps->qual, false);
	build_dh_tree(&h, "check", &ps->with_check, false);
	build_dh_finish(&h, o->def);
	return build_object_put(b, o, false);
}

static bool depends_on(const struct dbobject *o, const char *key)
{
	for (size_t i = 0; i < o->deps.n; i++)
		if (str_eq(o->deps.items[i], key))
			return true;
	return false;
}

/* ---- rebuilding from the stored statement ----------------------------- */

static int build_stmt_node(struct builder *b, Node *stmt);

struct dbobject *build_rebuild(struct builder *b, struct dbobject *o, Node *stmt)
{
	size_t pos = 0;
	struct dbobject *n;
	struct ptrvec indexes = { 0 };

	for (size_t i = 0; i < b->cat->objects.n; i++)
		if (b->cat->objects.items[i] == o)
			pos = i;
	for (size_t i = 0; o->rel && i < o->rel->indexes.n; i++)
		vec_push(&indexes, b->st->scratch, o->rel->indexes.items[i]);
	catalog_remove_object(b->cat, o);
	if (build_stmt_node(b, stmt) < 0) {
		catalog_add_object(b->cat, o);
		return NULL;
	}
	n = b->cat->objects.items[b->cat->objects.n - 1];
	n->comment = o->comment;
	n->acl = o->acl;
	n->enabled = o->enabled;
	if (!n->uses.n)
		n->uses = o->uses;
	for (size_t i = 0; n->rel && i < indexes.n; i++)
		catalog_add_index(b->cat, n->rel, indexes.items[i]);
	for (size_t i = 0; i < n->columns.n && i < o->col_comments.n; i++)
		n->col_comments.items[i] = o->col_comments.items[i];
	for (size_t i = 0; i < n->columns.n && i < o->col_acls.n; i++)
		vec_push(&n->col_acls, b->a, o->col_acls.items[i]);
	for (size_t i = b->cat->objects.n - 1; i > pos; i--)
		b->cat->objects.items[i] = b->cat->objects.items[i - 1];
	b->cat->objects.items[pos] = n;
	return n;
}

/* ---- renames PostgreSQL follows --------------------------------------- */

/*
 * Views, materialized views, policies, triggers and SQL-standard function
 * bodies follow a renamed table or column (PostgreSQL keeps them by
 * object id): each one in objs is built again from its statement in stmts,
 * which names the new name. An object that cannot be is left as it was.
 */
static void follow_renames(struct builder *b, const struct ptrvec *objs, const struct ptrvec *stmts)
{
	struct diags quiet, *d = b->d;

	diags_init(&quiet, b->a);
	b->d = &quiet;
	for (size_t i = 0; i < objs->n; i++) {
		struct dbobject *o = objs->items[i];
		struct dbobject *n = build_rebuild(b, o, stmts->items[i]);
		if (n) {
			n->loc = o->loc;
			n->file = o->file;
			n->offset = o->offset;
			n->len = o->len;
		}
	}
	b->d = d;
}

/* What names schema.old (a dependency key of kind what: 'r' relation, 'T'
 * type, 'f' function; and, for a relation, what is on it), renamed and
 * built again. */
static void follow_rename(struct builder *b, char what, const char *schema, const char *old,
			  const char *newname)
{
	const char *key = object_dep_key(b->a, what, schema, old);
	struct ptrvec objs = { 0 }, stmts = { 0 };

	for (size_t i = 0; i < b->cat->objects.n; i++) {
		struct dbobject *o = b->cat->objects.items[i];
		bool on = what == 'r' && str_eq(o->table, old) && str_eq(o->name.schema, schema);
		Node *s;
		if ((depends_on(o, key) || on) &&
		    (s = qualify_rename(b->st->scratch, o, what, schema, old, newname)) != NULL) {
			vec_push(&objs, b->st->scratch, o);
			vec_push(&stmts, b->st->scratch, s);
		}
	}
	follow_renames(b, &objs, &stmts);
}

void build_follow_table_rename(struct builder *b, const char *schema, const char *old,
			       const char *newname)
{
	follow_rename(b, 'r', schema, old, newname);
}

void build_follow_type_rename(struct builder *b, const char *schema, const char *old,
			      const char *newname)
{
	follow_rename(b, 'T', schema, old, newname);
}

void build_column_rename_users(struct builder *b, const struct table *t, const char *old,
			       const char *newname, struct ptrvec *objs, struct ptrvec *stmts)
{
	const char *key = object_dep_key(b->a, 'r', t->name.schema, t->name.name);

	for (size_t i = 0; i < b->cat->objects.n; i++) {
		struct dbobject *o = b->cat->objects.items[i];
		Node *s;
		if (depends_on(o, key) &&
		    (s = qualify_rename_column(b->st->scratch, b->cat, o, t, old, newname)) != NULL) {
			vec_push(objs, b->st->scratch, o);
			vec_push(stmts, b->st->scratch, s);
		}
	}
}

void build_follow_column_rename(struct builder *b, const struct ptrvec *objs,
				const struct ptrvec *stmts)
{
	follow_renames(b, objs, stmts);
}

/* ---- finding objects -------------------------------------------------- */

/* A function by ObjectWithArgs: exact arguments, or the only one of that
 * name when the arguments are not given. */
struct dbobject *build_lookup_function(struct builder *b, const PgQuery__ObjectWithArgs *ow,
				 bool missing_ok)
{
	size_t n = ow->n_objname;
	const char *name = build_ident(b, build_node_str(ow->objname[n - 1]));
	const char *schema = n >= 2 ? build_node_str(ow->objname[n - 2]) : NULL;

	for (size_t i = 0; i < b->cat->search_path.n || schema; i++) {
		const char *s = schema ? schema : b->cat->search_path.items[i];
		struct dbobject *found = NULL;
		if (ow->args_unspecified) {
			for (size_t j = 0; j < b->cat->objects.n; j++) {
				struct dbobject *o = b->cat->objects.items[j];
				if ((o->kind == OBJ_FUNCTION || o->kind == OBJ_PROCEDURE) &&
				    str_eq(o->name.schema, s) && str_eq(o->name.name, name)) {
					if (found)
						return build_error(b, -1,
							"function name '%s' is not unique", name),
						       NULL;
					found = o;
				}
			}
		} else {
			const char *args = build_function_args(b, ow->objargs, ow->n_objargs, true);
			found = catalog_find_object(b->cat, object_key(b->a, OBJ_FUNCTION, s, NULL,
								       name, args));
		}
		if (found)
			return found;
		if (schema)
			break;
	}
	if (!missing_ok)
		build_error(b, -1, "function %s(%s) does not exist", name,
			    ow->args_unspecified ? "..."
						 : build_function_args(b, ow->objargs, ow->n_objargs, true));
	return NULL;
}

/* A trigger or policy by [schema.]table.name. */
static struct dbobject *lookup_on_table(struct builder *b, enum object_kind kind,
					PgQuery__Node **names, size_t n, bool missing_ok)
{
	PgQuery__RangeVar rv = PG_QUERY__RANGE_VAR__INIT;
	struct table *t;
	struct dbobject *view, *o;
	const char *name = build_ident(b, build_node_str(names[n - 1]));

	rv.relname = (char *)build_node_str(names[n - 2]);
	rv.schemaname = n >= 3 ? (char *)build_node_str(names[n - 3]) : NULL;
	rv.location = -1;
	/* DROP TRIGGER / POLICY IF EXISTS ... ON a missing table: a notice */
	if (missing_ok && !build_lookup_relation(b, rv.schemaname, ident_truncate(b->a, rv.relname)) &&
	    !build_outside_table(b, &rv))
		return NULL;
	if (target_relation(b, &rv, &t, &view) < 0)
		return NULL;
	o = catalog_find_object(b->cat,
				object_key(b->a, kind, view ? view->name.schema : t->name.schema,
					   view ? view->name.name : t->name.name, name, NULL));
	if (!o && !missing_ok)
		build_error(b, -1, "%s '%s' for table '%s' does not exist", object_kind_name(kind), name,
			    rv.relname);
	return o;
}

/* The same, named by a RangeVar and a name (ALTER POLICY, RENAME). */
static struct dbobject *lookup_on_rangevar(struct builder *b, enum object_kind kind,
					   const PgQuery__RangeVar *rv, const char *name,
					   bool missing_ok)
{
	PgQuery__Node *names[3];
	size_t n = 0;

	if (build_object_has(rv->schemaname))
		names[n++] = node_string(b->st->scratch, rv->schemaname);
	names[n++] = node_string(b->st->scratch, rv->relname);
	names[n++] = node_string(b->st->scratch, name);
	return lookup_on_table(b, kind, names, n, missing_ok);
}

/* ---- drops ------------------------------------------------------------ */

int build_drop_dependents(struct builder *b, const char *key, bool cascade, const char *what)
{
	for (size_t i = 0; i < b->cat->objects.n;) {
		struct dbobject *o = b->cat->objects.items[i];
		const char *pk;
		if (!depends_on(o, key)) {
			i++;
			continue;
		}
		/* triggers, policies, rules and statistics go with their table */
		if (!cascade && !object_kind_desc(o->kind)->follows_table &&
		    !str_eq(key, object_dep_key(b->a, 'r', o->name.schema, o->table ? o->table : "")))
			return build_error(b, -1, "cannot drop %s because %s '%s' depends on it", what,
					   object_kind_name(o->kind), display_name(b->a, o));
		catalog_remove_object(b->cat, o);
		pk = object_provides(b->a, o);
		if (pk && build_drop_dependents(b, pk, true, what) < 0)
			return -1;
		i = 0;
	}
	return 0;
}

static int drop_object(struct builder *b, struct dbobject *o, bool cascade)
{
	const char *pk = object_provides(b->a, o);

	catalog_remove_object(b->cat, o);
	if (pk && !catalog_find_object(b->cat, o->key))
		return build_drop_dependents(b, pk, cascade,
					     arena_printf(b->a, "%s '%s'", object_kind_name(o->kind),
							  display_name(b->a, o)));
	return 0;
}

int build_drop_column_dependents(struct builder *b, struct table *t, const char *column,
				 bool cascade)
{
	const char *key = object_dep_key(b->a, 'r', t->name.schema, t->name.name);
	struct ptrvec users = { 0 }, followers = { 0 };
	int ret = 0;

	for (size_t i = 0; i < b->cat->objects.n; i++) {
		struct dbobject *o = b->cat->objects.items[i];
		if (depends_on(o, key) && object_kind_desc(o->kind)->follows_table &&
		    build_generic_uses_column(b, o, column))
			vec_push(&followers, b->st->scratch, o);	/* go silently */
		else if (depends_on(o, key) &&
		    qualify_object_uses_column(b->st->scratch, b->cat, o, t, column))
			vec_push(&users, b->st->scratch, o);
	}
	for (size_t i = 0; i < followers.n; i++)
		catalog_remove_object(b->cat, followers.items[i]);
	if (users.n && !cascade) {
		const struct dbobject *o = users.items[0];
		return build_error(b, -1,
				   "cannot drop column '%s' of table '%s' because %s '%s' depends on it",
				   column, t->name.name, object_kind_name(o->kind), display_name(b->a, o));
	}
	for (size_t i = 0; i < users.n && ret == 0; i++) {
		struct dbobject *o = users.items[i];
		if (catalog_find_object(b->cat, o->key) == o)
			ret = drop_object(b, o, true);
	}
	return ret;
}

int build_drop_object(struct builder *b, PgQuery__DropStmt *ds, Node *obj)
{
	bool cascade = ds->behavior == PG_QUERY__DROP_BEHAVIOR__DROP_CASCADE;
	struct dbobject *o = NULL;

	switch (ds->remove_type) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
	case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
		if (obj->node_case != PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS)
			return build_error(b, -1, "unsupported DROP FUNCTION form");
		o = build_lookup_function(b, obj->object_with_args, ds->missing_ok);
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
		const PgQuery__List *l = obj->list;
		const char *name = build_ident(b, build_node_str(l->items[l->n_items - 1]));
		struct relation *r = build_lookup_relation(b, l->n_items >= 2 ? build_node_str(l->items[l->n_items - 2])
								       : NULL, name);
		enum object_kind k = ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_VIEW ? OBJ_VIEW
											 : OBJ_MATVIEW;
		if (r && r->kind == REL_VIEW && ((struct dbobject *)r->obj)->kind == k)
			o = r->obj;
		else if (!ds->missing_ok)
			return build_error(b, -1, "%s '%s' does not exist", object_kind_name(k), name);
		break;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER: {
		const char *name = build_ident(b, build_node_str(obj));
		o = catalog_find_object(b->cat, object_key(b->a, OBJ_EVENT_TRIGGER, "", NULL, name,
							   NULL));
		if (!o && !ds->missing_ok)
			return build_error(b, -1, "event trigger '%s' does not exist", name);
		break;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
	case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY: {
		const PgQuery__List *l = obj->list;
		if (l->n_items < 2)
			return build_error(b, -1, "unsupported DROP form");
		o = lookup_on_table(b, ds->remove_type == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER
					       ? OBJ_TRIGGER : OBJ_POLICY,
				    l->items, l->n_items, ds->missing_ok);
		break;
	}
	default:
		o = build_generic_find(b, ds->remove_type, obj);
		if (!o && !ds->missing_ok)
			return build_error(b, -1, "%s", build_generic_missing(b, ds->remove_type, obj));
		break;
	}
	if (!o)
		return ds->missing_ok ? 0 : -1;
	return drop_object(b, o, cascade);
}

/* ---- comments --------------------------------------------------------- */

const char **build_object_comment_slot(struct builder *b, PgQuery__ObjectType type, Node *obj,
				       bool *handled)
{
	struct dbobject *o = NULL;

	*handled = true;
	switch (type) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
	case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
		if (obj->node_case == PG_QUERY__NODE__NODE_OBJECT_WITH_ARGS)
			o = build_lookup_function(b, obj->object_with_args, true);
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW: {
		const PgQuery__List *l = obj->list;
		struct relation *r = build_lookup_relation(b, l->n_items >= 2 ? build_node_str(l->items[l->n_items - 2])
								       : NULL,
						     build_ident(b, build_node_str(l->items[l->n_items - 1])));
		if (r && r->kind == REL_VIEW)
			o = r->obj;
		break;
	}
	case PG_QUERY__OBJECT_TYPE__OBJECT_EVENT_TRIGGER:
		if (build_node_str(obj))
			o = catalog_find_object(b->cat, object_key(b->a, OBJ_EVENT_TRIGGER, "", NULL,
								   build_ident(b, build_node_str(obj)), NULL));
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
	case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
		if (obj->list->n_items >= 2)
			o = lookup_on_table(b, type == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER
						       ? OBJ_TRIGGER : OBJ_POLICY,
					    obj->list->items, obj->list->n_items, true);
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_COLUMN: {
		const PgQuery__List *l = obj->list;
		struct relation *r;
		if (l->n_items < 2)
			break;
		r = build_lookup_relation(b, l->n_items >= 3 ? build_node_str(l->items[l->n_items - 3]) : NULL,
				    build_ident(b, build_node_str(l->items[l->n_items - 2])));
		if (r && r->kind == REL_VIEW) {
			struct dbobject *v = r->obj;
			const char *col = build_ident(b, build_node_str(l->items[l->n_items - 1]));
			for (size_t i = 0; i < v->columns.n; i++)
				if (str_eq(v->columns.items[i], col))
					return (const char **)&v->col_comments.items[i];
			return NULL;
		}
		*handled = false;
		return NULL;
	}
	default:
		*handled = build_generic_type(type);
		o = *handled ? build_generic_find(b, type, obj) : NULL;
		break;
	}
	return o ? &o->comment : NULL;
}

/* Removes from opts the option named as d (namespace too); true if found. */
static bool remove_option(PgQuery__Node **opts, size_t *n, const PgQuery__DefElem *d)
{
	bool found = false;
	size_t k = 0;

	for (size_t i = 0; i < *n; i++) {
		const PgQuery__DefElem *e = opts[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM
			? opts[i]->def_elem : NULL;
		if (e && str_eq(e->defname, d->defname) &&
		    str_eq(build_object_has(e->defnamespace) ? e->defnamespace : NULL,
			   build_object_has(d->defnamespace) ? d->defnamespace : NULL)) {
			found = true;
			continue;
		}
		opts[k++] = opts[i];
	}
	*n = k;
	return found;
}

/* ALTER VIEW / MATERIALIZED VIEW ... SET (...) / RESET (...): as
 * PostgreSQL, what is set replaces its old value and goes last; a view's
 * check_option is its WITH ... CHECK OPTION. */
int build_alter_view_options(struct builder *b, struct dbobject *o, PgQuery__AlterTableCmd *cmd)
{
	bool reset = cmd->subtype == PG_QUERY__ALTER_TABLE_TYPE__AT_ResetRelOptions;
	Node *stmt = object_stmt(b->st->scratch, o);
	PgQuery__ViewStmt *vs = NULL;
	PgQuery__Node ***opts;
	size_t *nopts, n = 0;
	PgQuery__Node **items = NULL, **grown;

	if (!stmt)
		return build_error(b, -1, "internal error: cannot read back view '%s'", o->name.name);
	if (stmt->node_case == PG_QUERY__NODE__NODE_VIEW_STMT) {
		vs = stmt->view_stmt;
		opts = &vs->options;
		nopts = &vs->n_options;
	} else if (stmt->node_case == PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT) {
		opts = &stmt->create_table_as_stmt->into->options;
		nopts = &stmt->create_table_as_stmt->into->n_options;
	} else {
		return build_error(b, -1, "internal error: cannot read back view '%s'", o->name.name);
	}
	if (cmd->def && cmd->def->node_case == PG_QUERY__NODE__NODE_LIST) {
		items = cmd->def->list->items;
		n = cmd->def->list->n_items;
	}
	grown = arena_alloc(b->st->scratch, (*nopts + n + 1) * sizeof(*grown));
	if (*nopts)
		memcpy(grown, *opts, *nopts * sizeof(*grown));
	*opts = grown;
	for (size_t i = 0; i < n; i++) {
		PgQuery__DefElem *d = items[i]->node_case == PG_QUERY__NODE__NODE_DEF_ELEM
			? items[i]->def_elem : NULL;
		if (!d)
			continue;
		remove_option(*opts, nopts, d);
		if (vs && str_eq(d->defname, "check_option")) {
			const char *v = reset ? "" : build_function_defelem_text(b, d->arg);
			if (reset)
				vs->with_check_option = PG_QUERY__VIEW_CHECK_OPTION__NO_CHECK_OPTION;
			else if (v && strcasecmp(v, "local") == 0)
				vs->with_check_option = PG_QUERY__VIEW_CHECK_OPTION__LOCAL_CHECK_OPTION;
			else if (v && strcasecmp(v, "cascaded") == 0)
				vs->with_check_option = PG_QUERY__VIEW_CHECK_OPTION__CASCADED_CHECK_OPTION;
			else
				return build_error(b, -1, "invalid value for enum option 'check_option': %s",
						   v ? v : "");
			continue;
		}
		if (!reset)
			(*opts)[(*nopts)++] = items[i];
	}
	return build_rebuild(b, o, stmt) ? 0 : -1;
}

int build_alter_policy(struct builder *b, PgQuery__AlterPolicyStmt *ap)
{
	struct dbobject *o = lookup_on_rangevar(b, OBJ_POLICY, ap->table, ap->policy_name, false);
	Node *stmt;
	PgQuery__CreatePolicyStmt *ps;

	if (!o)
		return -1;
	stmt = object_stmt(b->st->scratch, o);
	if (!stmt || stmt->node_case != PG_QUERY__NODE__NODE_CREATE_POLICY_STMT)
		return build_error(b, -1, "internal error: cannot read back policy '%s'",
				   o->name.name);
	ps = stmt->create_policy_stmt;
	if (ap->n_roles) {
		ps->n_roles = ap->n_roles;
		ps->roles = ap->roles;
	}
	if (ap->qual)
		ps->qual = ap->qual;
	if (ap->with_check)
		ps->with_check = ap->with_check;
	return build_rebuild(b, o, stmt) ? 0 : -1;
}

/* ALTER TABLE ... ENABLE/DISABLE TRIGGER, ROW LEVEL SECURITY: 1 if handled. */
int build_alter_table_object_cmd(struct builder *b, struct table *t,
				 const PgQuery__AlterTableCmd *cmd)
{
	char state = 0;
	bool one = build_object_has(cmd->name);	/* a trigger by name, not ALL or USER */

	switch (cmd->subtype) {
	case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableRowSecurity:
		t->rls = true;
		return 1;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableRowSecurity:
		t->rls = false;
		return 1;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_ForceRowSecurity:
		t->rls_forced = true;
		return 1;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_NoForceRowSecurity:
		t->rls_forced = false;
		return 1;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrig:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigAll:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableTrigUser:
		state = 'O';
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrig:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigAll:
	case PG_QUERY__ALTER_TABLE_TYPE__AT_DisableTrigUser:
		state = 'D';
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableAlwaysTrig:
		state = 'A';
		break;
	case PG_QUERY__ALTER_TABLE_TYPE__AT_EnableReplicaTrig:
		state = 'R';
		break;
	default:
		return 0;
	}
	for (size_t i = 0; i < b->cat->objects.n; i++) {
		struct dbobject *o = b->cat->objects.items[i];
		if (o->kind != OBJ_TRIGGER || !object_on_table(o, t->name.schema, t->name.name))
			continue;
		if (one && !str_eq(o->name.name, build_ident(b, cmd->name)))
			continue;
		o->enabled = state;
		if (one)
			return 1;
	}
	if (one)
		return build_error(b, -1, "trigger '%s' for table '%s' does not exist", cmd->name,
				   t->name.name);
	return 1;
}

/* ---- renames ---------------------------------------------------------- */

int build_rename_object(struct builder *b, PgQuery__RenameStmt *rs)
{
	struct dbobject *o = NULL;
	const char *newname = build_ident(b, rs->newname), *schema, *old;
	enum object_kind kind;
	Node *stmt;

	switch (rs->rename_type) {
	case PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION:
	case PG_QUERY__OBJECT_TYPE__OBJECT_PROCEDURE:
	case PG_QUERY__OBJECT_TYPE__OBJECT_ROUTINE:
		if (rs->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_FUNCTION &&
		    build_is_range_constructor(b, rs->object->object_with_args))
			return 0;
		o = build_lookup_function(b, rs->object->object_with_args, rs->missing_ok);
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER:
	case PG_QUERY__OBJECT_TYPE__OBJECT_POLICY:
		o = lookup_on_rangevar(b, rs->rename_type == PG_QUERY__OBJECT_TYPE__OBJECT_TRIGGER
						  ? OBJ_TRIGGER : OBJ_POLICY,
				       rs->relation, rs->subname, rs->missing_ok);
		break;
	case PG_QUERY__OBJECT_TYPE__OBJECT_VIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_MATVIEW:
	case PG_QUERY__OBJECT_TYPE__OBJECT_TABLE: {
		struct relation *r = build_lookup_relation(b, rs->relation->schemaname,
						     build_ident(b, rs->relation->relname));
		if (r && r->kind == REL_VIEW)
			o = r->obj;
		else if (!rs->missing_ok)
			return build_name_error(b, rs->relation->location, "view", rs->relation->relname,
						DIAG_NAME_MISSING);
		if (o && catalog_relname_taken(b->cat, o->name.schema, newname))
			return build_name_error(b, -1, "relation", newname, DIAG_NAME_TAKEN);
		break;
	}
	default:
		return build_error(b, -1, "internal error: not an object rename");
	}
	if (!o)
		return rs->missing_ok ? 0 : -1;
	stmt = object_stmt(b->st->scratch, o);
	if (!stmt)
		return build_error(b, -1, "internal error: cannot read back '%s'", o->name.name);
	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT: {
		PgQuery__CreateFunctionStmt *fs = stmt->create_function_stmt;
		fs->funcname[fs->n_funcname - 1] = node_string(b->st->scratch, newname);
		break;
	}
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
		stmt->create_trig_stmt->trigname = (char *)newname;
		break;
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
		stmt->create_policy_stmt->policy_name = (char *)newname;
		break;
	case PG_QUERY__NODE__NODE_VIEW_STMT:
		stmt->view_stmt->view->relname = (char *)newname;
		break;
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		stmt->create_table_as_stmt->into->rel->relname = (char *)newname;
		break;
	default:
		return build_error(b, -1, "internal error: cannot rename '%s'", o->name.name);
	}
	schema = o->name.schema;
	old = o->name.name;
	kind = o->kind;
	if (!build_rebuild(b, o, stmt))
		return -1;
	/* what uses it follows, as in PostgreSQL */
	if (kind == OBJ_VIEW || kind == OBJ_MATVIEW)
		build_follow_table_rename(b, schema, old, newname);
	else if (kind == OBJ_FUNCTION || kind == OBJ_PROCEDURE)
		follow_rename(b, 'f', schema, old, newname);
	return 0;
}

static int build_stmt_node(struct builder *b, Node *stmt)
{
	switch (stmt->node_case) {
	case PG_QUERY__NODE__NODE_CREATE_FUNCTION_STMT:
		return build_create_function(b, stmt);
	case PG_QUERY__NODE__NODE_CREATE_TRIG_STMT:
		return build_create_trigger(b, stmt);
	case PG_QUERY__NODE__NODE_CREATE_POLICY_STMT:
		return build_create_policy(b, stmt);
	case PG_QUERY__NODE__NODE_VIEW_STMT:
		return build_create_view(b, stmt);
	case PG_QUERY__NODE__NODE_CREATE_TABLE_AS_STMT:
		return build_create_matview(b, stmt);
	case PG_QUERY__NODE__NODE_CREATE_EVENT_TRIG_STMT:
		return build_create_event_trigger(b, stmt);
	default:
		return build_error(b, -1, "internal error: not an object statement");
	}
}
