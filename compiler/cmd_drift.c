/*
 * cmd_drift.c - `schemac drift`: the live database (runtime/introspect.h)
 * against the schema the migration history builds (the migrations folder
 * replayed after the project's extern declarations), and the tracking
 * table against the folder (runtime_status). Both diffs go through the one
 * pipeline (plan.h); their changes are grouped by the object they touch,
 * so that the report says, per object, what the database has, what the
 * history says, and the SQL that reconciles either way.
 *
 * An accept file (--accept FILE) lists drift a team has accepted, one
 * object a line as the report names it ("column public.users.nickname"),
 * `#` starting a comment: those are reported as accepted and do not fail.
 */
#include "cmd_pull.h"
#include "arena.h"
#include "cmd_runtime.h"
#include "build.h"
#include "config.h"
#include "emit.h"
#include "lint_format.h"
#include "migrations.h"
#include "parse.h"
#include "plan.h"
#include "strbuf.h"
#include "workflow.h"
#include "../runtime/introspect.h"

#include <errno.h>
#include <jansson.h>
#include <stdio.h>
#include <stdlib.h>

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_DATABASE = 3 };

const char drift_usage[] =
	"schemac drift [--url URL | --env NAME] [--format text|json|sarif|github] [--accept FILE]"
	" [--migrations DIR] [--config FILE] [--owners]";
const char drift_help[] =
	"Compares the live database with the schema the migration history builds (the\n"
	"migrations folder replayed), and the tracking table with the folder. The\n"
	"report names each object that differs - what the database has, what the\n"
	"history says, the SQL that makes the database what the history says and the\n"
	"SQL that makes the history what the database has (a new migration) - and the\n"
	"migrations applied, pending, edited since they were applied, and unknown\n"
	"(recorded in the database, no file). --format json, sarif (for code scanning)\n"
	"or github (workflow annotations). --accept FILE: drift accepted, one object a\n"
	"line as the report names it (column public.users.nickname), # comments; it is\n"
	"reported and does not fail. Needs only a role that can read the catalog. Exit 0\n"
	"when they agree; 1 on drift not accepted, or an edited or unknown migration; 2\n"
	"on bad input, 3 on a database failure.";

/* Which way an object differs. */
enum drift_state { DS_DIFFERS, DS_ONLY_DATABASE, DS_ONLY_HISTORY };

struct drift_object {
	const char *kind;		/* "column", "index", "function", ... */
	const char *name;		/* "public.users.nickname" */
	const char *label;		/* kind and name: what --accept lists */
	struct strbuf to_history;	/* SQL: the database made what the history says */
	struct strbuf to_database;	/* SQL: the history made what the database has */
	bool creates, drops, others;	/* kinds of the changes to_history holds */
	bool accepted;
};

static bool is_create(enum change_kind k)
{
	switch (k) {
	case CH_CREATE_SCHEMA: case CH_CREATE_EXTENSION: case CH_CREATE_ENUM: case CH_CREATE_TYPE:
	case CH_CREATE_COLLATION: case CH_CREATE_SEQUENCE: case CH_CREATE_TABLE: case CH_ADD_COLUMN:
	case CH_ADD_CONSTRAINT: case CH_CREATE_INDEX: case CH_CREATE_OBJECT: case CH_ADD_ATTRIBUTE:
		return true;
	default:
		return false;
	}
}

static bool is_drop(enum change_kind k)
{
	switch (k) {
	case CH_DROP_SCHEMA: case CH_DROP_EXTENSION: case CH_DROP_TYPE: case CH_DROP_COLLATION:
	case CH_DROP_SEQUENCE: case CH_DROP_TABLE: case CH_DROP_COLUMN: case CH_DROP_CONSTRAINT:
	case CH_DROP_INDEX: case CH_DROP_OBJECT: case CH_DROP_ATTRIBUTE:
		return true;
	default:
		return false;
	}
}

static const char *qn(struct arena *a, const struct qname *q)
{
	return q->schema ? arena_printf(a, "%s.%s", q->schema, q->name) : q->name;
}

/* A change key ("schema\x1fname"), dotted. */
static const char *dotted(struct arena *a, const char *key)
{
	char *s = arena_strdup(a, key);
	for (char *p = s; *p; p++)
		if (*p == '\x1f')
			*p = '.';
	return s;
}

/* The object a change touches: *kind and the returned name. */
static const char *change_object(struct arena *a, const struct change *c, const char **kind)
{
	const struct table *t = c->table;

	switch (c->kind) {
	case CH_ADD_COLUMN: case CH_DROP_COLUMN: case CH_ALTER_COLUMN_TYPE: case CH_SET_DEFAULT:
	case CH_DROP_DEFAULT: case CH_SET_NOT_NULL: case CH_DROP_NOT_NULL: case CH_ADD_IDENTITY:
	case CH_SET_IDENTITY: case CH_DROP_IDENTITY: case CH_DROP_EXPRESSION: case CH_SET_STORAGE:
	case CH_SET_COMPRESSION: case CH_SET_STATISTICS:
		*kind = "column";
		return arena_printf(a, "%s.%s", qn(a, &t->name), ((const struct column *)c->obj)->name);
	case CH_ADD_CONSTRAINT: case CH_DROP_CONSTRAINT: case CH_VALIDATE_CONSTRAINT:
		*kind = "constraint";
		return arena_printf(a, "%s.%s", qn(a, &t->name), ((const struct constraint *)c->obj)->name);
	case CH_CREATE_INDEX: case CH_DROP_INDEX:
		*kind = "index";
		return arena_printf(a, "%s.%s", t->name.schema, ((const struct index *)c->obj)->name);
	case CH_CREATE_OBJECT: case CH_REPLACE_OBJECT: case CH_DROP_OBJECT: case CH_ALTER_VIEW_OPTIONS:
	case CH_TRIGGER_STATE: {
		const struct dbobject *o = c->obj;
		*kind = object_kind_name(o->kind);
		if (o->table)
			return arena_printf(a, "%s on %s.%s", o->name.name, o->name.schema, o->table);
		if (o->args)
			return arena_printf(a, "%s(%s)", qn(a, &o->name), o->args);
		return qn(a, &o->name);
	}
	case CH_COMMENT:
		*kind = "comment";
		return arena_printf(a, "on %s", c->name);
	case CH_STATEMENT:
		*kind = "privileges";
		return c->key ? arena_printf(a, "on %s", dotted(a, c->key)) : "(other)";
	default:
		break;
	}
	if (t) {
		*kind = "table";
		return qn(a, &t->name);
	}
	*kind = "object";
	return c->key ? dotted(a, c->key) : "(other)";
}

static struct drift_object *object_for(struct ptrvec *objs, struct arena *a, const struct change *c)
{
	const char *kind, *name = change_object(a, c, &kind);
	const char *label = arena_printf(a, "%s %s", kind, name);
	struct drift_object *o;

	for (size_t i = 0; i < objs->n; i++) {
		o = objs->items[i];
		if (strcmp(o->label, label) == 0)
			return o;
	}
	o = arena_alloc(a, sizeof(*o));
	memset(o, 0, sizeof(*o));
	o->kind = kind;
	o->name = name;
	o->label = label;
	sb_init(&o->to_history);
	sb_init(&o->to_database);
	vec_push(objs, a, o);
	return o;
}

/* The changes of both ways, per object. */
static void group(struct ptrvec *objs, struct arena *a, const struct plan *to_hist,
		  const struct plan *to_db)
{
	for (size_t i = 0; i < to_hist->changes.items.n; i++) {
		const struct change *c = to_hist->changes.items.items[i];
		struct drift_object *o = object_for(objs, a, c);
		if (o->to_history.len)
			sb_addc(&o->to_history, '\n');
		emit_change(&o->to_history, a, c);
		if (is_create(c->kind))
			o->creates = true;
		else if (is_drop(c->kind))
			o->drops = true;
		else
			o->others = true;
	}
	for (size_t i = 0; i < to_db->changes.items.n; i++) {
		const struct change *c = to_db->changes.items.items[i];
		struct drift_object *o = object_for(objs, a, c);
		if (o->to_database.len)
			sb_addc(&o->to_database, '\n');
		emit_change(&o->to_database, a, c);
	}
}

static enum drift_state state_of(const struct drift_object *o)
{
	if (o->drops && !o->creates && !o->others)
		return DS_ONLY_DATABASE;
	if (o->creates && !o->drops && !o->others)
		return DS_ONLY_HISTORY;
	return DS_DIFFERS;
}

static const char *state_text(enum drift_state s)
{
	return s == DS_ONLY_DATABASE ? "the database has it, the history does not"
	       : s == DS_ONLY_HISTORY ? "the history has it, the database does not"
				      : "the database and the history differ";
}

static const char *state_word(enum drift_state s)
{
	return s == DS_ONLY_DATABASE ? "only-database" : s == DS_ONLY_HISTORY ? "only-history" : "differs";
}

/* The accept file: one label a line, `#` comments. -1 with a diagnostic
 * when it cannot be read. */
static int read_accept(struct ptrvec *out, struct arena *a, const char *path, struct diags *d)
{
	size_t len;
	char *text = read_file(a, path, &len);

	if (!text) {
		diag_at(d, DIAG_ERROR, NULL, -1, "--accept %s: %s", path, strerror(errno));
		return -1;
	}
	for (char *line = text; line && *line;) {
		char *end = strchr(line, '\n'), *hash, *s = line;
		if (end)
			*end = '\0';
		if ((hash = strchr(s, '#')) != NULL)
			*hash = '\0';
		while (*s == ' ' || *s == '\t')
			s++;
		for (size_t n = strlen(s); n && (s[n - 1] == ' ' || s[n - 1] == '\t' || s[n - 1] == '\r');)
			s[--n] = '\0';
		if (*s)
			vec_push(out, a, s);
		line = end ? end + 1 : NULL;
	}
	return 0;
}

/* Migrations the tracking table and the folder disagree about. */
static bool migration_findings(const struct runtime_status *st)
{
	return st->count[MS_MODIFIED] || st->count[MS_MISSING] || st->count[MS_FAILED] ||
	       st->count[MS_RUNNING];
}

static const char *migration_state_word(enum migration_state s)
{
	/* the words: edited for modified, unknown for missing */
	return s == MS_MODIFIED ? "edited" : s == MS_MISSING ? "unknown" : migration_state_name(s);
}

static void indent(const char *sql, const char *pre)
{
	for (const char *p = sql; *p;) {
		size_t n = strcspn(p, "\n");
		if (n)
			printf("%s%.*s\n", pre, (int)n, p);
		else
			printf("\n");
		p += n;
		if (*p)
			p++;
	}
}

struct report {
	const struct db_target *t;
	const struct runtime_status *st;
	const char *tracking_error;	/* the tracking table could not be read */
	const struct ptrvec *objs;	/* struct drift_object * */
	const char *fix_db, *fix_hist;	/* the whole migrations */
	const struct ptrvec *stale;	/* const char *: accepted, no longer drifting */
	const char *migrations_dir;
	size_t failing;
	int nmigrations;
};

static void report_text(const struct report *r)
{
	const struct runtime_status *st = r->st;

	if (!r->objs->n && !migration_findings(st)) {
		printf("no drift: the database matches the migration history (%d migration%s)\n",
		       r->nmigrations, r->nmigrations == 1 ? "" : "s");
	} else {
		printf("drift: the database differs from the migration history\n");
	}
	if (r->tracking_error) {
		printf("\nmigrations: the tracking table was not read (%s)\n", r->tracking_error);
	} else {
		printf("\nmigrations (tracking table %s%s): %d applied, %d pending, %d edited, %d unknown",
		       st->tracking_table, st->table_exists ? "" : ", not created yet", st->count[MS_APPLIED],
		       st->count[MS_PENDING], st->count[MS_MODIFIED], st->count[MS_MISSING]);
		if (st->count[MS_FAILED] || st->count[MS_RUNNING])
			printf(", %d failed, %d running", st->count[MS_FAILED], st->count[MS_RUNNING]);
		printf("\n");
	}
	for (size_t i = 0; i < st->list.n; i++) {
		const struct migration_status *ms = st->list.items[i];
		if (ms->state == MS_APPLIED)
			continue;
		printf("  %-8s %s%s\n", migration_state_word(ms->state), ms->name,
		       ms->state == MS_MODIFIED ? ": the file changed after it was applied"
		       : ms->state == MS_MISSING ? ": recorded in the database, no file"
		       : ms->state == MS_PENDING ? ": not applied" : "");
	}
	for (size_t i = 0; i < r->objs->n; i++) {
		const struct drift_object *o = r->objs->items[i];
		printf("\n%s%s: %s\n", o->label, o->accepted ? " (accepted)" : "", state_text(state_of(o)));
		printf("  to make the database what the history says:\n");
		indent(o->to_history.buf, "    ");
		printf("  to make the history what the database has:\n");
		indent(o->to_database.buf, "    ");
	}
	for (size_t i = 0; i < r->stale->n; i++)
		printf("\naccepted, no longer drifting: %s\n", (const char *)r->stale->items[i]);
	if (r->objs->n)
		printf("\n-- to make the database what the history says:\n%s\n"
		       "-- to make the history what the database has (a new migration):\n%s",
		       r->fix_db, r->fix_hist);
}

static json_t *migrations_json(const struct runtime_status *st)
{
	json_t *m = json_object(), *lists[MS_RUNNING + 1];

	json_object_set_new(m, "tracking_table", json_string(st->tracking_table));
	json_object_set_new(m, "tracking_table_exists", json_boolean(st->table_exists));
	for (int s = MS_APPLIED; s <= MS_RUNNING; s++) {
		lists[s] = json_array();
		json_object_set_new(m, migration_state_word((enum migration_state)s), lists[s]);
	}
	for (size_t i = 0; i < st->list.n; i++) {
		const struct migration_status *ms = st->list.items[i];
		json_array_append_new(lists[ms->state], json_string(ms->name));
	}
	return m;
}

static void report_json(const struct report *r)
{
	json_t *root = json_object(), *objs = json_array(), *stale = json_array();

	json_object_set_new(root, "database", json_string(r->t->display));
	json_object_set_new(root, "database_source", json_string(r->t->source));
	json_object_set_new(root, "drift", json_boolean(r->failing > 0));
	json_object_set_new(root, "migrations", migrations_json(r->st));
	if (r->tracking_error)
		json_object_set_new(root, "tracking_table_error", json_string(r->tracking_error));
	for (size_t i = 0; i < r->objs->n; i++) {
		const struct drift_object *o = r->objs->items[i];
		json_t *j = json_object();
		json_object_set_new(j, "object", json_string(o->label));
		json_object_set_new(j, "kind", json_string(o->kind));
		json_object_set_new(j, "name", json_string(o->name));
		json_object_set_new(j, "state", json_string(state_word(state_of(o))));
		json_object_set_new(j, "accepted", json_boolean(o->accepted));
		json_object_set_new(j, "to_history", json_string(o->to_history.buf));
		json_object_set_new(j, "to_database", json_string(o->to_database.buf));
		json_array_append_new(objs, j);
	}
	json_object_set_new(root, "objects", objs);
	for (size_t i = 0; i < r->stale->n; i++)
		json_array_append_new(stale, json_string(r->stale->items[i]));
	json_object_set_new(root, "accepted_not_drifting", stale);
	json_object_set_new(root, "to_history_sql", json_string(r->fix_db));
	json_object_set_new(root, "to_database_sql", json_string(r->fix_hist));
	cmd_print_json(root, r->t);
}

static json_t *sarif_result(const char *rule, const char *level, const char *msg, const char *uri,
			    const char *logical, const char *kind, bool suppressed)
{
	json_t *res = json_object(), *loc = json_object(), *phys = json_object(),
	       *art = json_object();

	json_object_set_new(res, "ruleId", json_string(rule));
	json_object_set_new(res, "level", json_string(level));
	json_object_set_new(res, "message", json_pack("{s:s}", "text", msg));
	json_object_set_new(art, "uri", json_string(uri));
	json_object_set_new(phys, "artifactLocation", art);
	json_object_set_new(loc, "physicalLocation", phys);
	if (logical)
		json_object_set_new(loc, "logicalLocations",
				    json_pack("[{s:s,s:s}]", "fullyQualifiedName", logical, "kind", kind));
	json_object_set_new(res, "locations", json_pack("[o]", loc));
	if (suppressed)
		json_object_set_new(res, "suppressions",
				    json_pack("[{s:s,s:s}]", "kind", "external", "justification",
					      "listed in the --accept file"));
	return res;
}

static void report_sarif(const struct report *r, struct arena *a)
{
	json_t *results = json_array(), *rules, *run, *root;

	rules = json_pack("[{s:s,s:{s:s}},{s:s,s:{s:s}},{s:s,s:{s:s}}]",
			  "id", "schema-drift", "shortDescription", "text",
			  "The live database differs from the schema the migration history builds",
			  "id", "migration-edited", "shortDescription", "text",
			  "A migration file changed after it was applied",
			  "id", "migration-unknown", "shortDescription", "text",
			  "The database records a migration the folder does not have");
	for (size_t i = 0; i < r->objs->n; i++) {
		const struct drift_object *o = r->objs->items[i];
		const char *msg = arena_printf(a, "%s: %s. To make the database what the history says:\n%s\nTo make the history what the database has:\n%s",
					       o->label, state_text(state_of(o)), o->to_history.buf,
					       o->to_database.buf);
		json_array_append_new(results, sarif_result("schema-drift", "error", msg,
			arena_printf(a, "%s/%s", r->migrations_dir, SNAPSHOT_FILE), o->name, o->kind,
			o->accepted));
	}
	for (size_t i = 0; i < r->st->list.n; i++) {
		const struct migration_status *ms = r->st->list.items[i];
		if (ms->state != MS_MODIFIED && ms->state != MS_MISSING)
			continue;
		json_array_append_new(results, sarif_result(
			ms->state == MS_MODIFIED ? "migration-edited" : "migration-unknown", "error",
			arena_printf(a, "%s: %s", ms->name, ms->state == MS_MODIFIED
				     ? "the file changed after it was applied"
				     : "recorded in the database, no file"),
			arena_printf(a, "%s/%s", r->migrations_dir, ms->name), NULL, NULL, false));
	}
	run = json_pack("{s:{s:{s:s,s:s,s:o}},s:o}", "tool", "driver", "name", "schemac",
			"informationUri", "https://github.com/schemac/schemac", "rules", rules,
			"results", results);
	root = json_pack("{s:s,s:s,s:[o]}", "$schema", "https://json.schemastore.org/sarif-2.1.0.json",
			 "version", "2.1.0", "runs", run);
	cmd_print_json(root, r->t);
}

/* s escaped as GitHub asks (lint_gh_escape), on stdout. */
static void gh_escaped(const char *s, bool prop)
{
	struct strbuf sb = STRBUF_INIT;

	lint_gh_escape(&sb, s, prop);
	fputs(sb.buf, stdout);
	sb_release(&sb);
}

static void report_github(const struct report *r, struct arena *a)
{
	for (size_t i = 0; i < r->objs->n; i++) {
		const struct drift_object *o = r->objs->items[i];
		printf("::%s file=", o->accepted ? "notice" : "error");
		gh_escaped(arena_printf(a, "%s/%s", r->migrations_dir, SNAPSHOT_FILE), true);
		printf(",title=");
		gh_escaped(arena_printf(a, "schema drift%s: %s", o->accepted ? " (accepted)" : "", o->label), true);
		printf("::");
		gh_escaped(arena_printf(a, "%s: %s\nTo make the database what the history says:\n%s\nTo make the history what the database has:\n%s",
					o->label, state_text(state_of(o)), o->to_history.buf,
					o->to_database.buf), false);
		printf("\n");
	}
	for (size_t i = 0; i < r->st->list.n; i++) {
		const struct migration_status *ms = r->st->list.items[i];
		if (ms->state != MS_MODIFIED && ms->state != MS_MISSING)
			continue;
		printf("::error file=");
		gh_escaped(arena_printf(a, "%s/%s", r->migrations_dir, ms->name), true);
		printf(",title=migration %s::", migration_state_word(ms->state));
		gh_escaped(arena_printf(a, "%s: %s", ms->name, ms->state == MS_MODIFIED
					? "the file changed after it was applied"
					: "recorded in the database, no file"), false);
		printf("\n");
	}
	if (!r->failing)
		printf("no drift: the database matches the migration history\n");
}

int cmd_drift(int argc, char **argv)
{
	struct db_cmd c;
	struct arena *a;
	struct diags *d;
	struct migrations m;
	struct stmt_cache *cache = NULL;
	struct catalog *db, *hist, *db2;
	struct strbuf fix_db = STRBUF_INIT, fix_hist = STRBUF_INIT, db_sql = STRBUF_INIT;
	struct ptrvec objs = { 0 }, accept = { 0 }, stale = { 0 };
	struct runtime_status st;
	const char *tracking_error = NULL;
	int ret, rt = RT_OK;

	if ((ret = db_cmd_open(&c, argc, argv, drift_usage, "mOfa")) >= 0)
		return ret;
	a = c.a;
	d = &c.d;
	ret = EXIT_USAGE;
	if (c.ra.format && strcmp(c.ra.format, "text") != 0 && strcmp(c.ra.format, "json") != 0 &&
	    strcmp(c.ra.format, "sarif") != 0 && strcmp(c.ra.format, "github") != 0) {
		cmd_usage(drift_usage, "--format '%s': text, json, sarif or github", c.ra.format);
		goto out;
	}
	if (c.ra.accept && read_accept(&accept, a, c.ra.accept, d))
		goto out;
	if (migrations_read(&m, a, c.ra.migrations ? c.ra.migrations : c.cfg.migrations_dir, d))
		goto out;
	cache = stmt_cache_new(a);
	/* each diff takes renames into its from side: the history is replayed
	 * once, the "to" of the first diff and then the "from" of the second
	 * (the database, cheap to build again, is built twice) */
	{
		/* the history starts from what the project declares exists */
		struct project pr = { .schema_dir = c.cfg.schema_dir, .platform = c.cfg.platform };
		hist = workflow_declarations(a, d, cache, &pr);
	}
	if (migrations_replay(hist, &m, cache, d))
		goto out;
	/* the database read once, built twice: both ways see one snapshot */
	if ((rt = introspect_sql(&db_sql, a, &c.io, d)) != RT_OK) {
		ret = EXIT_DATABASE;
		goto out;
	}
	db = introspect_build(a, cache, &c.io, db_sql.buf, d);
	db2 = db ? introspect_build(a, cache, &c.io, db_sql.buf, d) : NULL;
	if (!db || !db2)
		goto out;
	{
		struct runtime_options o = { .target = &c.t, .tracking_table = c.cfg.tracking_table,
					     .to_version = -1 };
		struct diags sd;
		diags_init(&sd, a);
		ret = runtime_status(&st, a, &o, &m, &sd);
		/* a role that reads only the catalog may not read the table: the
		 * schema is still compared */
		if (ret == RT_DATABASE && sd.list.n) {
			const struct diag *first = sd.list.items[0];
			tracking_error = first->message;
			diag_at(d, DIAG_WARNING, NULL, -1, "the tracking table was not read, so the migrations are not listed: %s",
				tracking_error);
			memset(&st, 0, sizeof(st));
			st.tracking_table = c.cfg.tracking_table;
		} else if (ret != RT_OK) {
			for (size_t i = 0; i < sd.list.n; i++)
				vec_push(&d->list, a, sd.list.items[i]);
			d->nerrors += sd.nerrors;
			goto out;
		}
	}
	{
		struct diff_options opt = { .managed_schemas = &c.cfg.managed_schemas,
					    .owners = c.ra.owners || c.cfg.owners };
		struct plan to_hist, to_db;
		struct report r = { &c.t, &st, tracking_error, &objs, NULL, NULL, &stale,
				    c.ra.migrations ? c.ra.migrations : c.cfg.migrations_dir, 0,
				    (int)m.list.n };
		plan_build(&to_hist, a, db, hist, &opt, false);
		plan_emit(&fix_db, a, &to_hist);	/* before hist is the second's from */
		plan_build(&to_db, a, hist, db2, &opt, false);
		plan_emit(&fix_hist, a, &to_db);
		group(&objs, a, &to_hist, &to_db);
		for (size_t i = 0; i < accept.n; i++) {
			bool found = false;
			for (size_t j = 0; j < objs.n; j++) {
				struct drift_object *o = objs.items[j];
				if (strcmp(o->label, accept.items[i]) == 0)
					o->accepted = found = true;
			}
			if (!found)
				vec_push(&stale, a, accept.items[i]);
		}
		for (size_t j = 0; j < objs.n; j++)
			if (!((struct drift_object *)objs.items[j])->accepted)
				r.failing++;
		r.failing += (size_t)(st.count[MS_MODIFIED] + st.count[MS_MISSING] +
				      st.count[MS_FAILED] + st.count[MS_RUNNING]);
		r.fix_db = fix_db.buf;
		r.fix_hist = fix_hist.buf;
		fprintf(stderr, "database: %s\n", c.t.banner);
		if (!c.ra.format || strcmp(c.ra.format, "text") == 0)
			report_text(&r);
		else if (strcmp(c.ra.format, "json") == 0)
			report_json(&r);
		else if (strcmp(c.ra.format, "sarif") == 0)
			report_sarif(&r, a);
		else
			report_github(&r, a);
		ret = r.failing ? EXIT_FINDINGS : EXIT_OK;
		for (size_t j = 0; j < objs.n; j++) {
			struct drift_object *o = objs.items[j];
			sb_release(&o->to_history);
			sb_release(&o->to_database);
		}
	}
out:
	if (cache)
		stmt_cache_free(cache);
	cmd_print_diags(d, c.t.url ? &c.t : NULL);
	sb_release(&fix_db);
	sb_release(&fix_hist);
	sb_release(&db_sql);
	arena_free(a);
	return ret;
}
