/*
 * tracking.c - the tracking table and the status of a database against the
 * migrations folder. One row per version:
 *
 *     version           the migration's NNNN, primary key
 *     name              its file name
 *     checksum          XXH3-128 of the file, as in schemac.sum
 *     applied_at        when it finished; NULL while a no-transaction
 *                       migration is unfinished
 *     duration_ms, applied_by (current_user)
 *     statements_done   no-transaction: statements that succeeded
 *     statements_total
 *     done_hash         XXH3-128 of the statements done, so that a resume
 *                       refuses a file whose applied part was edited
 *     claimed_by        the migrator running it (host:pid:random)
 *     started_at, failed_at, error
 *     undoing           its no-transaction down file is running: the
 *                       statements_done ... error columns are the down file's
 *     owner_pid, owner_started
 *                       the session running a no-transaction migration
 *                       (pid and backend_start), to tell whether its
 *                       migrator lives (notx.c)
 *
 * A row of a transactional migration is inserted in the migration's own
 * transaction, so it exists exactly when the migration committed. A table
 * made by an older schemac gets the columns it lacks the next time migrate,
 * rollback or baseline runs; status reads whichever columns are there.
 */
#include "runtime_int.h"

#include <stdio.h>
#include <stdlib.h>
#include <xxhash.h>

const char *migration_state_name(enum migration_state s)
{
	switch (s) {
	case MS_APPLIED:
		return "applied";
	case MS_PENDING:
		return "pending";
	case MS_MODIFIED:
		return "modified";
	case MS_MISSING:
		return "missing";
	case MS_FAILED:
		return "failed";
	case MS_RUNNING:
		return "running";
	}
	return "?";
}

const char *runtime_checksum(struct arena *a, const char *text, size_t len)
{
	XXH128_hash_t h = XXH3_128bits(text ? text : "", text ? len : 0);
	return arena_printf(a, "%016llx%016llx", (unsigned long long)h.high64,
			    (unsigned long long)h.low64);
}

/* An unquoted SQL name folds to lower case. */
static char *fold(struct arena *a, const char *s, size_t len)
{
	char *out = arena_strndup(a, s, len);
	for (char *p = out; *p; p++)
		if (*p >= 'A' && *p <= 'Z')
			*p = (char)(*p + 32);
	return out;
}

int tracking_init(struct tracking *tr, struct arena *a, const char *table, struct diags *d)
{
	const char *dot = strchr(table, '.');
	XXH64_hash_t h;

	memset(tr, 0, sizeof(*tr));
	if (!*table || (dot && (dot == table || !dot[1] || strchr(dot + 1, '.')))) {
		diag_at(d, DIAG_ERROR, NULL, -1, "tracking table '%s': expected NAME or SCHEMA.NAME", table);
		return RT_USAGE;
	}
	tr->schema = dot ? fold(a, table, (size_t)(dot - table)) : "public";
	tr->name = fold(a, dot ? dot + 1 : table, strlen(dot ? dot + 1 : table));
	tr->quoted = arena_printf(a, "%s.%s", rt_ident(a, tr->schema), rt_ident(a, tr->name));
	tr->shown = arena_printf(a, "%s.%s", tr->schema, tr->name);
	{
		char *key = arena_printf(a, "schemac:%s", tr->shown);
		h = XXH3_64bits(key, strlen(key));
	}
	tr->lock_key = (long long)h;
	return RT_OK;
}

/* ---- status ----------------------------------------------------------- */

static const char *field(struct arena *a, const PGresult *r, int row, int col)
{
	return PQgetisnull(r, row, col) ? NULL : arena_strdup(a, PQgetvalue(r, row, col));
}

static struct migration_status *status_for(struct runtime_status *out, struct arena *a,
					   int version)
{
	struct migration_status *ms;
	size_t i;

	for (i = 0; i < out->list.n; i++) {
		ms = out->list.items[i];
		if (ms->version == version)
			return ms;
		if (ms->version > version)
			break;
	}
	ms = arena_alloc(a, sizeof(*ms));
	ms->version = version;
	ms->duration_ms = -1;
	ms->statements_done = -1;
	ms->statements_total = -1;
	vec_insert(&out->list, a, i, ms);
	return ms;
}

/* Every column there is (a table of an older schemac lacks some), and the
 * times as UTC text. */
#define ROWS_SQL \
	"SELECT t.*, applied_at IS NOT NULL AS is_applied," \
	" to_char(applied_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS applied_utc," \
	" to_char(failed_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') AS failed_utc" \
	" FROM %s t ORDER BY version"

/* The value of column name in row, or NULL (null, or no such column). */
static const char *column(struct arena *a, const PGresult *r, int row, const char *name)
{
	int col = PQfnumber(r, name);
	return col < 0 ? NULL : field(a, r, row, col);
}

/* Reads the tracking table (when it exists) and merges it with the folder. */
int tracking_status(struct runtime_status *out, struct arena *a, PGconn *c,
		    const struct tracking *tr, const struct migrations *m, struct diags *d)
{
	PGresult *r;

	memset(out, 0, sizeof(*out));
	out->tracking_table = tr->shown;
	r = rt_exec(c, arena_printf(a, "SELECT to_regclass(%s) IS NOT NULL",
				    rt_literal(a, tr->quoted)), NULL, d,
		    "cannot read the tracking table");
	if (!r)
		return RT_DATABASE;
	out->table_exists = PQgetvalue(r, 0, 0)[0] == 't';
	PQclear(r);

	for (size_t i = 0; i < m->list.n; i++) {
		const struct migration *mg = m->list.items[i];
		struct migration_status *ms = status_for(out, a, mg->version);
		ms->file = mg;
		ms->name = mg->name;
		ms->checksum = runtime_checksum(a, mg->text, mg->len);
		ms->state = MS_PENDING;
	}
	if (out->table_exists) {
		r = rt_exec(c, arena_printf(a, ROWS_SQL, tr->quoted), NULL, d,
			    arena_printf(a, "cannot read %s", tr->shown));
		if (!r)
			return RT_DATABASE;
		for (int row = 0; row < PQntuples(r); row++) {
			struct migration_status *ms =
				status_for(out, a, atoi(column(a, r, row, "version")));
			const char *v;
			bool applied = str_eq(column(a, r, row, "is_applied"), "t");

			ms->recorded_name = column(a, r, row, "name");
			ms->recorded_checksum = column(a, r, row, "checksum");
			ms->applied_at = column(a, r, row, "applied_utc");
			ms->duration_ms = (v = column(a, r, row, "duration_ms")) ? atol(v) : -1;
			ms->applied_by = column(a, r, row, "applied_by");
			ms->statements_done = (v = column(a, r, row, "statements_done")) ? atoi(v) : -1;
			ms->statements_total = (v = column(a, r, row, "statements_total")) ? atoi(v) : -1;
			ms->failed_at = column(a, r, row, "failed_utc");
			ms->error = column(a, r, row, "error");
			ms->undoing = str_eq(column(a, r, row, "undoing"), "t");
			if (!ms->file) {
				ms->name = ms->recorded_name;
				ms->checksum = ms->recorded_checksum;
				ms->state = MS_MISSING;
			} else if (!applied || ms->undoing) {
				ms->state = ms->failed_at ? MS_FAILED : MS_RUNNING;
			} else if (!str_eq(ms->checksum, ms->recorded_checksum)) {
				ms->state = MS_MODIFIED;
			} else {
				ms->state = MS_APPLIED;
			}
		}
		PQclear(r);
	}
	for (size_t i = 0; i < out->list.n; i++) {
		const struct migration_status *ms = out->list.items[i];
		out->count[ms->state]++;
	}
	return RT_OK;
}

/* The columns added since the first schemac, as ALTER TABLE clauses. */
static const char *const added_columns[][2] = {
	{ "undoing", "boolean NOT NULL DEFAULT false" },
	{ "owner_pid", "integer" },
	{ "owner_started", "timestamptz" },
};
#define NADDED (sizeof(added_columns) / sizeof(added_columns[0]))

/* Adds the columns a table made by an older schemac lacks. */
static int tracking_upgrade(PGconn *c, struct arena *a, const struct tracking *tr, int have,
			    struct diags *d)
{
	struct strbuf sql = STRBUF_INIT;
	PGresult *r;

	if (have == (int)NADDED)
		return RT_OK;
	sb_addf(&sql, "BEGIN; SELECT pg_advisory_xact_lock(%lld); ALTER TABLE %s", tr->lock_key,
		tr->quoted);
	for (size_t i = 0; i < NADDED; i++)
		sb_addf(&sql, "%s ADD COLUMN IF NOT EXISTS %s %s", i ? "," : "", added_columns[i][0],
			added_columns[i][1]);
	sb_adds(&sql, "; COMMIT");
	r = rt_exec(c, sql.buf, NULL, d, arena_printf(a, "cannot add the new columns to the tracking table %s", tr->shown));
	sb_release(&sql);
	if (!r) {
		PQclear(PQexec(c, "ROLLBACK"));
		return RT_DATABASE;
	}
	PQclear(r);
	return RT_OK;
}

/* Creates the tracking table if it does not exist, under the advisory lock
 * so that two migrators starting at once do not collide. */
int tracking_create(PGconn *c, struct arena *a, const struct tracking *tr, bool create,
		    struct diags *d)
{
	struct strbuf sql = STRBUF_INIT;
	const char *lit = rt_literal(a, tr->quoted);
	PGresult *r;

	/* an existing table is left alone (but for new columns): CREATE ... IF
	 * NOT EXISTS would still need the CREATE privilege on its schema */
	r = rt_exec(c, arena_printf(a,
		    "SELECT to_regclass(%s) IS NOT NULL, (SELECT count(*) FROM pg_attribute"
		    " WHERE attrelid = to_regclass(%s) AND NOT attisdropped"
		    " AND attname IN ('undoing', 'owner_pid', 'owner_started'))", lit, lit),
		    NULL, d, "cannot read the tracking table");
	if (!r)
		return RT_DATABASE;
	if (PQgetvalue(r, 0, 0)[0] == 't' || !create) {
		bool exists = PQgetvalue(r, 0, 0)[0] == 't';
		int have = atoi(PQgetvalue(r, 0, 1));
		PQclear(r);
		return exists ? tracking_upgrade(c, a, tr, have, d) : RT_OK;
	}
	PQclear(r);
	sb_addf(&sql, "BEGIN; SELECT pg_advisory_xact_lock(%lld);", tr->lock_key);
	if (strcmp(tr->schema, "public") != 0)
		sb_addf(&sql, " CREATE SCHEMA IF NOT EXISTS %s;",
			rt_ident(a, tr->schema));
	sb_addf(&sql,
		" CREATE TABLE IF NOT EXISTS %s ("
		" version integer PRIMARY KEY,"
		" name text NOT NULL,"
		" checksum text NOT NULL,"
		" applied_at timestamptz,"
		" duration_ms bigint,"
		" applied_by text NOT NULL DEFAULT current_user,"
		" statements_done integer NOT NULL DEFAULT 0,"
		" statements_total integer,"
		" done_hash text,"
		" claimed_by text,"
		" started_at timestamptz NOT NULL DEFAULT clock_timestamp(),"
		" failed_at timestamptz,"
		" error text,"
		" undoing boolean NOT NULL DEFAULT false,"
		" owner_pid integer,"
		" owner_started timestamptz); COMMIT",
		tr->quoted);
	r = rt_exec(c, sql.buf, NULL, d, arena_printf(a, "cannot create the tracking table %s", tr->shown));
	sb_release(&sql);
	if (!r) {
		PQclear(PQexec(c, "ROLLBACK"));
		return RT_DATABASE;
	}
	PQclear(r);
	return RT_OK;
}

int runtime_status(struct runtime_status *out, struct arena *a, const struct runtime_options *o,
		   const struct migrations *m, struct diags *d)
{
	struct tracking tr;
	PGconn *c;
	int ret;

	memset(out, 0, sizeof(*out));
	if ((ret = tracking_init(&tr, a, o->tracking_table, d)) != RT_OK)
		return ret;
	c = rt_connect(o->target, a, d);
	if (!c)
		return RT_DATABASE;
	ret = tracking_status(out, a, c, &tr, m, d);
	PQfinish(c);
	return ret;
}
