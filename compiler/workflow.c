/*
 * workflow.c - generate, check, new and hash over the migrations folder
 * (migrations.h). The snapshot always follows the replay of the whole
 * history, so a hand-written migration is part of the model and the next
 * generate does not undo it. Every batch of files is written atomically
 * (fileio.h): a failure leaves the folder as it was.
 */
#include "workflow.h"
#include "arena.h"
#include "build.h"
#include "diff.h"
#include "emit.h"
#include "fileio.h"
#include "migrations.h"
#include "plan.h"
#include "platform.h"
#include "safe.h"
#include "sqlfmt.h"

#include <dirent.h>
#include <errno.h>
#include <stdlib.h>
#include <unistd.h>
#include <stdio.h>
#include <sys/stat.h>

#define SNAPSHOT_HEADER \
	"-- snapshot.sql: the schema the migrations in this folder build, as\n" \
	"-- schemac prints it. Written by schemac; do not edit.\n\n"

/* What the differ compares for the project: the schemas it manages, and
 * whether owners count. */
static struct diff_options project_diff(const struct project *pr)
{
	return (struct diff_options){ .managed_schemas = pr->managed_schemas, .owners = pr->owners };
}

/*
 * A parser that starts with the project's extern declarations: its
 * platform's (platform.h), then those in its schema folder's EXTERN_DIR,
 * which parser_add_path reads first anyway when the schema folder follows.
 */
static struct parser *project_parser(struct arena *a, struct diags *d, struct stmt_cache *cache,
				     const struct project *pr, bool schema_follows)
{
	struct parser *p = parser_new(a, d, cache);
	const char *decl = pr->platform ? platform_declarations(pr->platform) : NULL;

	if (decl)
		parser_add_declared_text(p, arena_printf(a, "<platform %s>", pr->platform), decl);
	if (!schema_follows)
		parser_add_declarations(p, arena_printf(a, "%s/%s", pr->schema_dir, EXTERN_DIR));
	return p;
}

struct catalog *workflow_schema(struct arena *a, struct diags *d, struct stmt_cache *cache,
			       const struct project *pr)
{
	struct catalog *cat = catalog_new(a);
	struct parser *p = project_parser(a, d, cache, pr, true);

	parser_add_path(p, pr->schema_dir);
	build_catalog(cat, p, d);
	parser_free(p);
	return cat;
}

struct catalog *workflow_schema_texts(struct arena *a, struct diags *d, struct stmt_cache *cache,
				      const struct project *pr, const char *const *names,
				      const char *const *texts, size_t n)
{
	struct catalog *cat = catalog_new(a);
	struct parser *p = project_parser(a, d, cache, pr, false);

	for (size_t i = 0; i < n; i++)
		parser_add_text(p, names[i], texts[i]);
	build_catalog(cat, p, d);
	parser_free(p);
	return cat;
}

struct catalog *workflow_declarations(struct arena *a, struct diags *d, struct stmt_cache *cache,
				     const struct project *pr)
{
	return workflow_schema_texts(a, d, cache, pr, NULL, NULL, 0);
}

static void snapshot_text(struct strbuf *sb, struct arena *a, const struct project *pr,
			  const struct catalog *cat)
{
	struct diff_options opt = project_diff(pr);

	sb_adds(sb, SNAPSHOT_HEADER);
	plan_schema_sql(sb, a, cat, &opt);
}

/* Writes files[i] (path, text) and the sum of the folder as it will be. */
static int write_folder(struct arena *a, struct diags *d, const struct project *pr,
			struct migrations *m, const char *const *paths, const char *const *texts,
			int n, struct workflow_result *out)
{
	struct file_batch batch = { 0 };
	char *sum;
	int ret = 0;

	if (!m->exists && mkdir(pr->migrations_dir, 0755) < 0 && errno != EEXIST) {
		diag_at(d, DIAG_ERROR, NULL, -1, "cannot create folder '%s': %s", pr->migrations_dir,
			strerror(errno));
		return 2;
	}
	sum = migrations_sum(a, m);
	for (int i = 0; i < n && ret == 0; i++)
		if (batch_write(&batch, paths[i], texts[i], strlen(texts[i])) < 0)
			ret = 2;
	if (ret == 0) {
		const char *sum_path = arena_printf(a, "%s/%s", pr->migrations_dir, SUM_FILE);
		if (batch_write(&batch, sum_path, sum, strlen(sum)) < 0 || batch_commit(&batch) < 0)
			ret = 2;
		else {
			for (int i = 0; i < n; i++)
				vec_push(&out->written, a, (void *)paths[i]);
			vec_push(&out->written, a, (void *)sum_path);
		}
	}
	if (ret)
		diag_at(d, DIAG_ERROR, NULL, -1, "%s; nothing was written", batch.error);
	batch_release(&batch);
	return ret;
}

/* Reads the folder and replays it; 0, or the exit code. */
static int load_history(struct arena *a, struct diags *d, const struct project *pr,
			struct stmt_cache *cache, struct migrations *m, struct catalog **hist,
			bool verify)
{
	if (migrations_read(m, a, pr->migrations_dir, d))
		return 1;
	if (verify && migrations_verify_sum(m, a, d))
		return 1;
	*hist = workflow_declarations(a, d, cache, pr);
	if (migrations_replay(*hist, m, cache, d))
		return 2;
	return 0;
}

static bool same_schema(struct arena *a, const struct project *pr, struct catalog *x,
			const struct catalog *y)
{
	struct diff_options opt = project_diff(pr);
	struct plan p;

	plan_build(&p, a, x, y, &opt, false);
	return p.changes.items.n == 0;
}

/*
 * Where a migration must be split: after the last ADD VALUE whose label a
 * later statement uses. PostgreSQL refuses a new enum value in the
 * transaction that added it, so the addition must commit first. -1: none.
 */
static int enum_split_point(struct arena *a, const struct changes *up)
{
	int last_add = -1, split = -1;

	for (size_t i = 0; i < up->items.n; i++) {
		const struct change *c = up->items.items[i];
		if (c->kind == CH_ADD_ENUM_VALUE) {
			last_add = (int)i;
			continue;
		}
		for (int j = 0; j <= last_add && split < last_add; j++) {
			const struct change *add = up->items.items[j];
			struct strbuf sql = STRBUF_INIT, label = STRBUF_INIT;
			if (add->kind != CH_ADD_ENUM_VALUE)
				continue;
			emit_change(&sql, a, c);
			sb_literal(&label, add->name);
			if (strstr(sql.buf, label.buf))
				split = last_add;
			sb_release(&sql);
			sb_release(&label);
		}
	}
	return split;
}

/* A part of the changes, as the text of a migration file. */
static char *migration_text(struct arena *a, const char *header, const struct safe_plan *plan,
			    const struct changes *ch, size_t from, size_t to, bool online)
{
	struct strbuf sb = STRBUF_INIT;
	char *s;

	sb_adds(&sb, header);
	emit_generic_header(&sb, ch, from, to);
	safe_emit(&sb, a, plan, ch, from, to, online);
	s = arena_strdup(a, sb.buf);
	sb_release(&sb);
	return s;
}

/* One migration file to write: changes [from, to) of a part. */
struct part {
	const struct changes *ch;
	size_t from, to;
	bool online;		/* the safe plan's online part */
	bool enum_values;	/* the ADD VALUEs a later part uses */
};

/* The files a migration takes (at most 3): the new enum values a later part
 * uses, the transactional part, the online part; plan (the caller's)
 * holds the changes they point into. */
static int plan_parts(struct part parts[3], struct safe_plan *plan, struct arena *a,
		      const struct plan *p, bool plain)
{
	int split, nparts = 0;

	if (plain) {
		memset(plan, 0, sizeof(*plan));
		plan->tx = p->changes;
	} else {
		*plan = p->parts;
	}
	split = enum_split_point(a, &plan->tx);
	if (split >= 0)
		parts[nparts++] = (struct part){ &plan->tx, 0, (size_t)split + 1, false, true };
	if (plan->tx.items.n > (size_t)(split + 1))
		parts[nparts++] = (struct part){ &plan->tx, (size_t)(split + 1), plan->tx.items.n,
						 false, false };
	if (plan->online.items.n)
		parts[nparts++] = (struct part){ &plan->online, 0, plan->online.items.n, true, false };
	return nparts;
}

/* What the migration loses, with the hints: into out->destructive. */
static void list_destructive(struct arena *a, const struct changes *up, struct workflow_result *out)
{
	for (size_t i = 0; i < up->items.n; i++) {
		const struct change *c = up->items.items[i];
		if (c->destructive)
			vec_push(&out->destructive, a,
				 c->hint ? arena_printf(a, "%s\n  hint: %s", c->destructive, c->hint)
					 : (char *)c->destructive);
	}
}

int workflow_push(struct arena *a, struct diags *d, const struct project *pr,
		  struct stmt_cache *cache, struct catalog *db, struct ptrvec *parts_out,
		  struct workflow_result *out)
{
	struct catalog *schema = workflow_schema(a, d, cache, pr);
	struct diff_options opt = project_diff(pr);
	struct plan p;
	struct safe_plan *plan = arena_alloc(a, sizeof(*plan));
	struct part parts[3];
	int nparts;

	if (d->nerrors)
		return 2;
	plan_build(&p, a, db, schema, &opt, !pr->plain);	/* db takes the renames */
	if (!p.changes.items.n) {
		out->no_changes = true;
		return 0;
	}
	list_destructive(a, &p.changes, out);
	nparts = plan_parts(parts, plan, a, &p, pr->plain);
	for (int i = 0; i < nparts; i++) {
		const struct part *pt = &parts[i];
		struct migration *mg = arena_alloc(a, sizeof(*mg));
		mg->version = i;
		mg->name = arena_printf(a, "push part %d of %d", i + 1, nparts);
		mg->path = mg->name;
		mg->text = migration_text(a, pt->online ? "-- schemac:no-transaction\n\n" : "",
					  pr->plain ? NULL : plan, pt->ch, pt->from, pt->to, pt->online);
		mg->len = strlen(mg->text);
		vec_push(parts_out, a, mg);
	}
	return 0;
}

int workflow_generate(struct arena *a, struct diags *d, const struct project *pr,
		      const char *name, struct workflow_result *out)
{
	return workflow_generate_cached(a, d, NULL, pr, name, out);
}

int workflow_generate_cached(struct arena *a, struct diags *d, struct stmt_cache *shared,
			     const struct project *pr, const char *name, struct workflow_result *out)
{
	struct stmt_cache *cache = shared ? shared : stmt_cache_new(a);
	struct migrations m;
	struct catalog *hist = NULL, *schema, *before;
	struct diff_options opt = project_diff(pr);
	struct plan p;
	const struct changes *up = &p.changes;
	struct strbuf snap = STRBUF_INIT;
	struct ptrvec paths = { 0 }, texts = { 0 };
	struct safe_plan plan;
	struct part parts[3];
	int nparts, ret = 0;

	schema = workflow_schema(a, d, cache, pr);
	if (d->nerrors) {
		if (!shared)
			stmt_cache_free(cache);
		return 2;
	}
	ret = load_history(a, d, pr, cache, &m, &hist, true);
	if (ret) {
		if (!shared)
			stmt_cache_free(cache);
		return ret;
	}
	plan_build(&p, a, hist, schema, &opt, !pr->plain);	/* hist takes up's renames */
	if (!up->items.n) {
		out->no_changes = true;
		if (!shared)
			stmt_cache_free(cache);
		return 0;
	}
	list_destructive(a, up, out);
	nparts = plan_parts(parts, &plan, a, &p, pr->plain);

	before = hist;
	for (int i = 0; i < nparts; i++) {
		const struct part *pt = &parts[i];
		struct migration *mg = arena_alloc(a, sizeof(*mg));
		const char *base = name ? name : "migration";
		const char *header;
		struct catalog *after = workflow_declarations(a, d, cache, pr);
		struct plan down;
		struct strbuf back = STRBUF_INIT;

		if (pt->enum_values)
			base = arena_printf(a, "%s_enum_values", base);
		else if (pt->online && i > 0)
			base = arena_printf(a, "%s_concurrently", base);
		mg->version = migrations_next_version(&m);
		mg->name = migration_file_name(a, mg->version, base, false);
		mg->path = arena_printf(a, "%s/%s", pr->migrations_dir, mg->name);
		mg->down_name = migration_file_name(a, mg->version, base, true);
		if (pt->enum_values)
			header = "-- %s: generated by schemac from %s. Only the new enum values:\n"
				 "-- the next migration uses them, and PostgreSQL needs them committed first.\n\n";
		else if (pt->online)
			header = "-- %s: generated by schemac from %s. It runs outside a transaction,\n"
				 "-- statement by statement, so that indexes build CONCURRENTLY and\n"
				 "-- constraints are validated without blocking writes; schemac migrate\n"
				 "-- resumes it at a statement that failed, once fixed.\n"
				 "-- schemac:no-transaction\n\n";
		else
			header = "-- %s: generated by schemac from %s\n\n";
		mg->text = migration_text(a, arena_printf(a, header, mg->name, pr->schema_dir),
					  pr->plain ? NULL : &plan, pt->ch, pt->from, pt->to, pt->online);
		mg->len = strlen(mg->text);
		vec_push(&m.list, a, mg);

		/* the history with this migration: the next state, and the down
		 * migration back to the one before */
		if (migrations_replay(after, &m, cache, d)) {
			ret = 2;
			break;
		}
		plan_build(&down, a, after, before, &opt, false);
		if (i == 0) {
			diff_undo_renames(&down.changes, a, up);
			order_changes(&down.changes);
		}
		sb_addf(&back, "-- %s: undoes %s, generated by schemac\n\n", mg->down_name, mg->name);
		plan_emit(&back, a, &down);
		mg->down_text = arena_strdup(a, back.buf);
		mg->down_len = back.len;
		sb_release(&back);
		vec_push(&paths, a, (void *)mg->path);
		vec_push(&texts, a, (void *)mg->text);
		vec_push(&paths, a, arena_printf(a, "%s/%s", pr->migrations_dir, mg->down_name));
		vec_push(&texts, a, (void *)mg->down_text);
		before = after;
	}
	/* the snapshot follows the history, the new migrations included */
	if (ret || !same_schema(a, pr, before, schema)) {
		diag_at(d, DIAG_ERROR, NULL, -1,
			"internal error: the generated migration does not rebuild %s; nothing was written",
			pr->schema_dir);
		ret = 2;
		goto done;
	}
	snapshot_text(&snap, a, pr, before);
	m.snapshot = arena_strdup(a, snap.buf);
	m.snapshot_len = snap.len;
	vec_push(&paths, a, arena_printf(a, "%s/%s", pr->migrations_dir, SNAPSHOT_FILE));
	vec_push(&texts, a, (void *)m.snapshot);
	ret = write_folder(a, d, pr, &m, (const char *const *)paths.items,
			   (const char *const *)texts.items, (int)paths.n, out);
done:
	sb_release(&snap);
	if (!shared)
		stmt_cache_free(cache);
	return ret;
}

int workflow_check(struct arena *a, struct diags *d, const struct project *pr,
		   struct workflow_result *out)
{
	struct stmt_cache *cache = stmt_cache_new(a);
	struct migrations m;
	struct catalog *hist, *schema, *snap;
	int before = d->nerrors;

	bool sum_ok;

	sum_ok = migrations_read(&m, a, pr->migrations_dir, d) == 0;
	sum_ok = migrations_verify_sum(&m, a, d) == 0 && sum_ok;
	hist = workflow_declarations(a, d, cache, pr);
	if (migrations_replay(hist, &m, cache, d)) {
		out->problems = d->nerrors - before;
		stmt_cache_free(cache);
		return 2;
	}
	if (m.snapshot && !sum_ok) {
		/* (with every checksum right, the snapshot is the one schemac
		 * wrote from this very history: no need to read it again) */
		const char *name = arena_printf(a, "%s/%s", pr->migrations_dir, SNAPSHOT_FILE);
		snap = workflow_schema_texts(a, d, cache, pr, &name, (const char *const *)&m.snapshot, 1);
		if (!same_schema(a, pr, hist, snap)) {
			struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
						  "%s/%s does not match the schema the migrations build",
						  pr->migrations_dir, SNAPSHOT_FILE);
			diag_set_hint(d, dg, "a migration was edited or added by hand: run schemac hash");
		}
	} else if (!m.snapshot && m.list.n) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1, "%s/%s is missing",
					  pr->migrations_dir, SNAPSHOT_FILE);
		diag_set_hint(d, dg, "run schemac hash to write it");
	}
	{
		int errors = d->nerrors;
		schema = workflow_schema(a, d, cache, pr);
		if (d->nerrors > errors) {
			out->problems = d->nerrors - before;
			stmt_cache_free(cache);
			return 2;	/* schema/ does not compile: bad input */
		}
	}
	if (d->nerrors == before) {
		struct strbuf sb = STRBUF_INIT;
		struct diff_options opt = project_diff(pr);
		if (plan_sql(&sb, a, hist, schema, &opt, !pr->plain)) {
			struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
						  "%s/ and the migrations differ: %s/ has changes that no migration holds",
						  pr->schema_dir, pr->schema_dir);
			diag_set_hint(d, dg, "run schemac generate; it would write the SQL below (a drop here may be DDL a hand-written migration added and %s/ lacks: add it to %s/ instead)",
				      pr->schema_dir, pr->schema_dir);
			out->pending = arena_strdup(a, sb.buf);
		}
		sb_release(&sb);
	}
	out->problems = d->nerrors - before;
	stmt_cache_free(cache);
	return out->problems ? 1 : 0;
}

int workflow_new(struct arena *a, struct diags *d, const struct project *pr, const char *name,
		 struct workflow_result *out)
{
	struct stmt_cache *cache = stmt_cache_new(a);
	struct migrations m;
	struct catalog *hist = NULL;
	struct migration *mg;
	const char *paths[3], *texts[3];
	int n = 0, ret = load_history(a, d, pr, cache, &m, &hist, true);

	stmt_cache_free(cache);
	if (ret)
		return ret;
	mg = arena_alloc(a, sizeof(*mg));
	mg->version = migrations_next_version(&m);
	mg->name = migration_file_name(a, mg->version, name, false);
	mg->path = arena_printf(a, "%s/%s", pr->migrations_dir, mg->name);
	mg->text = arena_printf(a,
				"-- %s: a hand-written migration. Write any SQL here (data changes,\n"
				"-- custom DDL); its DDL becomes part of the schema the history builds.\n"
				"-- After editing, run schemac hash to record it.\n\n",
				mg->name);
	mg->len = strlen(mg->text);
	mg->down_name = migration_file_name(a, mg->version, name, true);
	mg->down_text = arena_printf(a,
				     "-- %s: undoes %s. Write here the SQL that takes the database back\n"
				     "-- to the state before %s (schemac rollback runs it; schemac verify\n"
				     "-- checks it returns the schema before). After editing, run schemac hash.\n\n",
				     mg->down_name, mg->name, mg->name);
	mg->down_len = strlen(mg->down_text);
	vec_push(&m.list, a, mg);
	paths[n] = mg->path;
	texts[n++] = mg->text;
	paths[n] = arena_printf(a, "%s/%s", pr->migrations_dir, mg->down_name);
	texts[n++] = mg->down_text;
	/* a fresh project: the snapshot of the history (the new migration,
	 * still comments only, adds nothing), so that check passes at once */
	if (!m.snapshot) {
		struct strbuf snap = STRBUF_INIT;
		snapshot_text(&snap, a, pr, hist);
		m.snapshot = arena_strdup(a, snap.buf);
		m.snapshot_len = snap.len;
		sb_release(&snap);
		paths[n] = arena_printf(a, "%s/%s", pr->migrations_dir, SNAPSHOT_FILE);
		texts[n++] = m.snapshot;
	}
	return write_folder(a, d, pr, &m, paths, texts, n, out);
}

int workflow_hash(struct arena *a, struct diags *d, const struct project *pr,
		  struct workflow_result *out)
{
	struct stmt_cache *cache = stmt_cache_new(a);
	struct migrations m;
	struct catalog *hist = NULL;
	struct strbuf snap = STRBUF_INIT;
	const char *paths[1], *texts[1];
	int ret = load_history(a, d, pr, cache, &m, &hist, false);

	stmt_cache_free(cache);
	if (ret)
		return ret;
	snapshot_text(&snap, a, pr, hist);
	m.snapshot = arena_strdup(a, snap.buf);
	m.snapshot_len = snap.len;
	sb_release(&snap);
	paths[0] = arena_printf(a, "%s/%s", pr->migrations_dir, SNAPSHOT_FILE);
	texts[0] = m.snapshot;
	return write_folder(a, d, pr, &m, paths, texts, 1, out);
}

/* ---- merge ------------------------------------------------------------ */

/* Names listed by the lines of sum text between from and to. */
static void sum_names(struct arena *a, const char *from, const char *to, struct ptrvec *out)
{
	while (from < to) {
		const char *eol = memchr(from, '\n', (size_t)(to - from));
		const char *sp;
		if (!eol)
			eol = to;
		sp = memchr(from, ' ', (size_t)(eol - from));
		if (sp && strncmp(from, "schemac-sum", 11) != 0 && from[0] != '<' &&
		    from[0] != '=' && from[0] != '>' && from[0] != '|')
			vec_push(out, a, arena_strndup(a, from, (size_t)(sp - from)));
		from = eol + 1;
	}
}

/*
 * The other side's names in a conflicted sum file: the lines outside the
 * conflict, and those between ======= and >>>>>>>. Returns false when the
 * file holds no conflict.
 */
static bool main_line_names(struct arena *a, const char *sum, struct ptrvec *out)
{
	const char *p = sum, *conflict = strstr(sum, "\n<<<<<<< ");
	bool any = false;

	if (strncmp(sum, "<<<<<<< ", 8) == 0)
		conflict = sum - 1;
	while (conflict) {
		const char *mid = strstr(conflict + 1, "\n=======");
		const char *end = mid ? strstr(mid + 1, "\n>>>>>>> ") : NULL;
		if (!mid || !end)
			break;
		sum_names(a, p, conflict + 1, out);	/* common lines */
		sum_names(a, strchr(mid + 1, '\n') + 1, end + 1, out);	/* theirs */
		p = strchr(end + 1, '\n');
		p = p ? p + 1 : end + strlen(end);
		conflict = strstr(p - 1, "\n<<<<<<< ");
		any = true;
	}
	if (any)
		sum_names(a, p, p + strlen(p), out);
	return any;
}

struct local {
	const char *name;
	int version;
};

static int cmp_local(const void *x, const void *y)
{
	const struct local *a = *(struct local *const *)x, *b = *(struct local *const *)y;
	if (a->version != b->version)
		return a->version < b->version ? -1 : 1;
	return strcmp(a->name, b->name);
}

int workflow_merge(struct arena *a, struct diags *d, const struct project *pr,
		   struct workflow_result *out)
{
	const char *dir = pr->migrations_dir;
	char *sum_path = arena_printf(a, "%s/%s", dir, SUM_FILE);
	size_t len;
	char *sum = read_file(a, sum_path, &len);
	struct ptrvec main_line = { 0 }, locals = { 0 }, paths = { 0 }, texts = { 0 }, olds = { 0 };
	struct migrations m;
	struct stmt_cache *cache;
	struct catalog *hist;
	struct strbuf snap = STRBUF_INIT;
	DIR *dh;
	struct dirent *de;
	int top = -1, ret;

	if (!sum || !main_line_names(a, sum, &main_line)) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
					  "%s has no merge conflict: nothing to renumber", sum_path);
		diag_set_hint(d, dg, "run schemac merge after a git merge that conflicts in %s",
			      SUM_FILE);
		return 2;
	}
	dh = opendir(dir);
	if (!dh) {
		diag_at(d, DIAG_ERROR, NULL, -1, "cannot read folder '%s': %s", dir, strerror(errno));
		return 2;
	}
	while ((de = readdir(dh)) != NULL) {
		bool down;
		int v = migration_name_version(de->d_name, &down);
		if (v < 0 || down)
			continue;
		if (vec_has_string(&main_line, de->d_name)) {
			if (v > top)
				top = v;
		} else {
			struct local *l = arena_alloc(a, sizeof(*l));
			l->name = arena_strdup(a, de->d_name);
			l->version = v;
			vec_push(&locals, a, l);
		}
	}
	closedir(dh);
	if (locals.n > 1)
		qsort(locals.items, locals.n, sizeof(*locals.items), cmp_local);

	/* the renumbered copies, with their first line naming them */
	for (size_t i = 0; i < locals.n; i++) {
		struct local *l = locals.items[i];
		const char *slug = strchr(l->name, '_') + 1;
		int version = ++top;
		for (int down = 0; down <= 1; down++) {
			const char *oldname = down ? arena_printf(a, "%.*s.down.sql",
					(int)(strlen(l->name) - 4), l->name) : l->name;
			const char *newname = arena_printf(a, "%04d_%.*s%s", version,
					(int)(strlen(slug) - 4), slug, down ? ".down.sql" : ".sql");
			char *text = read_file(a, arena_printf(a, "%s/%s", dir, oldname), &len);
			const char *header = arena_printf(a, "-- %s", oldname);
			if (!text)
				continue;
			if (strncmp(text, header, strlen(header)) == 0)
				text = arena_printf(a, "-- %s%s", newname, text + strlen(header));
			vec_push(&paths, a, arena_printf(a, "%s/%s", dir, newname));
			vec_push(&texts, a, text);
			vec_push(&olds, a, arena_printf(a, "%s/%s", dir, oldname));
		}
	}
	/* the combined history must replay before anything is written */
	memset(&m, 0, sizeof(m));
	m.dir = dir;
	m.exists = true;
	for (int pass = 0; pass < 2; pass++) {
		/* the main line from disk, then the renumbered local migrations */
		size_t n = pass == 0 ? main_line.n : paths.n;
		for (size_t i = 0; i < n; i++) {
			const char *path = pass == 0 ? arena_printf(a, "%s/%s", dir,
							(char *)main_line.items[i]) : paths.items[i];
			const char *name = strrchr(path, '/') + 1;
			bool down;
			int v = migration_name_version(name, &down);
			struct migration *mg;
			if (v < 0)
				continue;
			if (down) {
				struct migration *owner = m.list.n ? m.list.items[m.list.n - 1] : NULL;
				if (owner && owner->version == v) {
					owner->down_name = name;
					owner->down_text = pass == 0 ? read_file(a, path, &owner->down_len)
								     : texts.items[i];
					if (pass)
						owner->down_len = strlen(owner->down_text);
				}
				continue;
			}
			mg = arena_alloc(a, sizeof(*mg));
			mg->version = v;
			mg->name = name;
			mg->path = path;
			mg->text = pass == 0 ? read_file(a, path, &mg->len) : texts.items[i];
			if (!mg->text)
				continue;
			if (pass)
				mg->len = strlen(mg->text);
			vec_push(&m.list, a, mg);
		}
	}
	cache = stmt_cache_new(a);
	hist = workflow_declarations(a, d, cache, pr);
	ret = migrations_replay(hist, &m, cache, d) ? 2 : 0;
	stmt_cache_free(cache);
	if (ret) {
		diag_at(d, DIAG_ERROR, NULL, -1,
			"the merged history does not replay: nothing was renumbered");
		return ret;
	}
	{
		struct file_batch batch = { 0 };
		for (size_t i = 0; i < paths.n; i++)
			batch_write(&batch, paths.items[i], texts.items[i], strlen(texts.items[i]));
		if (batch.error || batch_commit(&batch) < 0) {
			diag_at(d, DIAG_ERROR, NULL, -1, "%s; nothing was renumbered", batch.error);
			batch_release(&batch);
			return 2;
		}
		batch_release(&batch);
		for (size_t i = 0; i < olds.n; i++)
			if (!vec_has_string(&paths, olds.items[i]))
				unlink(olds.items[i]);
	}
	for (size_t i = 0; i < paths.n; i++)
		vec_push(&out->written, a, paths.items[i]);
	snapshot_text(&snap, a, pr, hist);
	m.snapshot = arena_strdup(a, snap.buf);
	m.snapshot_len = snap.len;
	sb_release(&snap);
	{
		const char *p[1] = { arena_printf(a, "%s/%s", dir, SNAPSHOT_FILE) };
		const char *t[1] = { m.snapshot };
		return write_folder(a, d, pr, &m, p, t, 1, out);
	}
}
