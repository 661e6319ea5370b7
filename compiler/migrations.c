/*
 * migrations.c - reading the migrations folder, its sum file, and replaying
 * the history into a catalog with the one builder (build.h), so that
 * hand-written migrations count exactly like generated ones.
 *
 * The sum file:
 *
 *     schemac-sum 1 <hash of the lines below>
 *     0000_init.sql <hash>
 *     0000_init.down.sql <hash>
 *     snapshot.sql <hash>
 *
 * Hashes are XXH3-128 in 32 hex digits; files are listed in version order,
 * each migration followed by its down migration, the snapshot last.
 */
#include "migrations.h"
#include "progress.h"
#include "arena.h"
#include "build.h"
#include "strbuf.h"

#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <xxhash.h>

static bool is_digit(char c)
{
	return c >= '0' && c <= '9';
}

int migration_name_version(const char *name, bool *down)
{
	size_t len = strlen(name), digits = 0;
	const char *p;

	while (is_digit(name[digits]))
		digits++;
	if (digits < 4 || name[digits] != '_' || len < digits + 6)
		return -1;
	if (strcmp(name + len - 4, ".sql") != 0)
		return -1;
	*down = len > 9 && strcmp(name + len - 9, ".down.sql") == 0;
	for (p = name + digits + 1; p < name + len - (*down ? 9 : 4); p++)
		if (!((*p >= 'a' && *p <= 'z') || is_digit(*p) || *p == '_' || *p == '-'))
			return -1;
	if (p == name + digits + 1)
		return -1;
	return atoi(name);
}

static int cmp_names(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

static char *read_in(struct arena *a, const char *dir, const char *name, size_t *len)
{
	char *path = arena_printf(a, "%s/%s", dir, name);
	return read_file(a, path, len);
}

int migrations_read(struct migrations *m, struct arena *a, const char *dir, struct diags *d)
{
	DIR *dh;
	struct dirent *de;
	struct ptrvec names = { 0 }, downs = { 0 };
	int errors = 0;

	memset(m, 0, sizeof(*m));
	m->dir = dir;
	dh = opendir(dir);
	if (!dh) {
		if (errno == ENOENT)
			return 0;
		diag_at(d, DIAG_ERROR, NULL, -1, "cannot read folder '%s': %s", dir, strerror(errno));
		return 1;
	}
	m->exists = true;
	while ((de = readdir(dh)) != NULL)
		if (de->d_name[0] != '.')
			vec_push(&names, a, arena_strdup(a, de->d_name));
	closedir(dh);
	if (names.n > 1)
		qsort(names.items, names.n, sizeof(*names.items), cmp_names);

	for (size_t i = 0; i < names.n; i++) {
		const char *name = names.items[i];
		bool down = false;
		int version = migration_name_version(name, &down);
		struct migration *mg;

		if (strcmp(name, SNAPSHOT_FILE) == 0) {
			m->snapshot = read_in(a, dir, name, &m->snapshot_len);
			continue;
		}
		if (strcmp(name, SUM_FILE) == 0) {
			size_t len;
			m->sum = read_in(a, dir, name, &len);
			continue;
		}
		if (strstr(name, ".tmp-"))
			continue;	/* a write that was interrupted */
		if (version < 0) {
			diag_at(d, DIAG_ERROR, NULL, -1,
				"%s/%s: not a migration name (NNNN_name.sql, lowercase letters, digits and _)",
				dir, name);
			errors++;
			continue;
		}
		if (down) {
			vec_push(&downs, a, (void *)name);
			continue;
		}
		mg = m->list.n ? m->list.items[m->list.n - 1] : NULL;
		if (mg && mg->version == version) {
			diag_at(d, DIAG_ERROR, NULL, -1,
				"%s/%s: version %04d is used twice (also by %s); renumber one of them with schemac merge",
				dir, name, version, mg->name);
			errors++;
			continue;
		}
		if (version != (mg ? mg->version + 1 : 0)) {
			diag_at(d, DIAG_ERROR, NULL, -1, "%s/%s: version %04d follows %s: versions must count up from 0000 without gaps",
				dir, name, version, mg ? arena_printf(a, "%04d", mg->version) : "nothing");
			errors++;
		}
		mg = arena_alloc(a, sizeof(*mg));
		mg->version = version;
		mg->name = name;
		mg->path = arena_printf(a, "%s/%s", dir, name);
		mg->text = read_in(a, dir, name, &mg->len);
		if (!mg->text) {
			diag_at(d, DIAG_ERROR, NULL, -1, "cannot read '%s': %s", mg->path, strerror(errno));
			errors++;
			continue;
		}
		vec_push(&m->list, a, mg);
	}
	/* each NNNN_slug.down.sql belongs to NNNN_slug.sql */
	for (size_t i = 0; i < downs.n; i++) {
		const char *name = downs.items[i];
		size_t base = strlen(name) - strlen(".down.sql");
		struct migration *owner = NULL;
		for (size_t j = 0; j < m->list.n && !owner; j++) {
			struct migration *mg = m->list.items[j];
			if (strlen(mg->name) == base + 4 && strncmp(mg->name, name, base) == 0)
				owner = mg;
		}
		if (!owner) {
			diag_at(d, DIAG_ERROR, NULL, -1, "%s/%s: a down migration without its migration",
				dir, name);
			errors++;
			continue;
		}
		owner->down_name = name;
		owner->down_text = read_in(a, dir, name, &owner->down_len);
	}
	return errors;
}

int migrations_next_version(const struct migrations *m)
{
	const struct migration *last = m->list.n ? m->list.items[m->list.n - 1] : NULL;
	return last ? last->version + 1 : 0;
}

char *migration_file_name(struct arena *a, int version, const char *name, bool down)
{
	struct strbuf sb = STRBUF_INIT;
	char *s;

	sb_addf(&sb, "%04d_", version);
	for (const char *p = name; *p; p++) {
		char c = *p;
		if (c >= 'A' && c <= 'Z')
			c = (char)(c + 32);
		if (!((c >= 'a' && c <= 'z') || is_digit(c)))
			c = '_';
		if (c == '_' && (sb.buf[sb.len - 1] == '_'))
			continue;
		sb_addc(&sb, c);
	}
	while (sb.len > 5 && sb.buf[sb.len - 1] == '_')
		sb_setlen(&sb, sb.len - 1);
	if (sb.len == 5)
		sb_adds(&sb, "migration");
	sb_adds(&sb, down ? ".down.sql" : ".sql");
	s = arena_strdup(a, sb.buf);
	sb_release(&sb);
	return s;
}

static void add_hash(struct strbuf *sb, const char *name, const char *text, size_t len)
{
	XXH128_hash_t h = XXH3_128bits(text ? text : "", text ? len : 0);
	sb_addf(sb, "%s %016llx%016llx\n", name, (unsigned long long)h.high64,
		(unsigned long long)h.low64);
}

char *migrations_sum(struct arena *a, const struct migrations *m)
{
	struct strbuf body = STRBUF_INIT, out = STRBUF_INIT;
	char *s;

	for (size_t i = 0; i < m->list.n; i++) {
		const struct migration *mg = m->list.items[i];
		add_hash(&body, mg->name, mg->text, mg->len);
		if (mg->down_name)
			add_hash(&body, mg->down_name, mg->down_text, mg->down_len);
	}
	if (m->snapshot)
		add_hash(&body, SNAPSHOT_FILE, m->snapshot, m->snapshot_len);
	{
		XXH128_hash_t h = XXH3_128bits(body.buf, body.len);
		sb_addf(&out, "schemac-sum 1 %016llx%016llx\n", (unsigned long long)h.high64,
			(unsigned long long)h.low64);
	}
	sb_add(&out, body.buf, body.len);
	s = arena_strdup(a, out.buf);
	sb_release(&body);
	sb_release(&out);
	return s;
}

/* The hash recorded for name in sum text, or NULL. */
static const char *recorded(struct arena *a, const char *sum, const char *name)
{
	size_t n = strlen(name);

	for (const char *line = strchr(sum, '\n'); line && line[1]; line = strchr(line + 1, '\n')) {
		const char *l = line + 1;
		if (strncmp(l, name, n) == 0 && l[n] == ' ') {
			const char *end = strchr(l, '\n');
			return arena_strndup(a, l + n + 1, end ? (size_t)(end - l - n - 1) : strlen(l + n + 1));
		}
	}
	return NULL;
}

static void verify_one(const char *dir, const char *name, const char *text, size_t len,
		       const char *sum, struct arena *a, struct diags *d, int *problems)
{
	struct strbuf want = STRBUF_INIT;
	const char *have = recorded(a, sum, name);

	add_hash(&want, name, text, len);
	if (!have) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1, "%s/%s: not in %s", dir, name, SUM_FILE);
		diag_set_hint(d, dg, "a file added by hand: run schemac hash to record it");
		(*problems)++;
	} else if (strncmp(want.buf + strlen(name) + 1, have, 32) != 0) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
					  "%s/%s: edited after it was recorded (its checksum differs from %s)",
					  dir, name, SUM_FILE);
		diag_set_hint(d, dg, strcmp(name, SNAPSHOT_FILE) == 0
				     ? "the snapshot is written by schemac: run schemac hash to rebuild it"
				     : "an applied migration must not change: put the change in a new migration (schemac new); if it was never applied anywhere, run schemac hash");
		(*problems)++;
	}
	sb_release(&want);
}

int migrations_verify_sum(const struct migrations *m, struct arena *a, struct diags *d)
{
	int problems = 0;
	const char *expect;

	if (!m->list.n && !m->snapshot && !m->sum)
		return 0;
	if (!m->sum) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1, "%s/%s is missing", m->dir, SUM_FILE);
		diag_set_hint(d, dg, "run schemac hash to write it");
		return 1;
	}
	expect = migrations_sum(a, m);
	if (strcmp(expect, m->sum) == 0)
		return 0;
	for (size_t i = 0; i < m->list.n; i++) {
		const struct migration *mg = m->list.items[i];
		verify_one(m->dir, mg->name, mg->text, mg->len, m->sum, a, d, &problems);
		if (mg->down_name)
			verify_one(m->dir, mg->down_name, mg->down_text, mg->down_len, m->sum, a, d,
				   &problems);
	}
	if (m->snapshot)
		verify_one(m->dir, SNAPSHOT_FILE, m->snapshot, m->snapshot_len, m->sum, a, d,
			   &problems);
	/* files the sum lists that are gone */
	for (const char *line = strchr(m->sum, '\n'); line && line[1]; line = strchr(line + 1, '\n')) {
		const char *l = line + 1, *sp = strchr(l, ' ');
		char *name;
		bool found = false;
		if (!sp)
			continue;
		name = arena_strndup(a, l, (size_t)(sp - l));
		found = strcmp(name, SNAPSHOT_FILE) == 0 && m->snapshot;
		for (size_t i = 0; i < m->list.n && !found; i++) {
			const struct migration *mg = m->list.items[i];
			found = strcmp(mg->name, name) == 0 || str_eq(mg->down_name, name);
		}
		if (!found) {
			diag_at(d, DIAG_ERROR, NULL, -1, "%s/%s: recorded in %s but missing", m->dir,
				name, SUM_FILE);
			problems++;
		}
	}
	if (!problems) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
					  "%s/%s: its first line does not match the lines below it",
					  m->dir, SUM_FILE);
		diag_set_hint(d, dg, "a merge that kept both sides' lines: renumber with schemac merge, or run schemac hash");
		problems++;
	}
	return problems;
}

/*
 * The replay, statement by statement. A migration runs in one transaction
 * unless its file says `-- schemac:no-transaction` (at the top): a statement
 * that cannot run in a transaction block in a file that does not say so is
 * an error, since the runtime would fail on it.
 */
int migrations_replay(struct catalog *cat, const struct migrations *m,
		      struct stmt_cache *cache, struct diags *d)
{
	struct parser *p = parser_new(cat->arena, d, cache);
	const struct srcfile *file = NULL;
	bool no_tx = false;
	struct stmt st;
	int start = d->nerrors;
	struct progress pr;
	size_t nfiles = 0;

	cat->data_statements_ok = true;	/* data migrations are normal */
	for (size_t i = 0; i < m->list.n; i++) {
		const struct migration *mg = m->list.items[i];
		parser_add_text(p, mg->path, mg->text);
	}
	progress_begin(&pr, "replaying migrations", m->list.n);
	while (parser_next_clean(p, &st)) {
		const char *what;
		if (st.file != file) {
			file = st.file;
			no_tx = false;
			progress_update(&pr, nfiles++, file->path);
		}
		no_tx = no_tx || stmt_has_directive(&st, "no-transaction");
		what = stmt_needs_no_transaction(st.node);
		if (what && !no_tx) {
			struct diag *dg = diag_at(d, DIAG_ERROR, st.file, st.offset,
						  "%s cannot run inside a transaction block", what);
			diag_set_hint(d, dg, "put `-- schemac:no-transaction` at the top of this migration: it then runs statement by statement");
		}
		build_stmt(cat, &st, d);
	}
	progress_end(&pr);
	parser_free(p);
	return d->nerrors - start;
}
