/*
 * verify.c - `schemac verify`: the round-trip oracle on a real server. It
 * takes a server (a throwaway PostgreSQL started from the binaries on the
 * machine, or --dev-url, where it works in scratch databases it creates and
 * drops), and in scratch databases made from one template (the --before
 * files loaded into it: a platform's stub schemas and roles):
 *
 *   1. loads schema/ alone, each file in path order;
 *   2. replays the migrations in order with runtime_migrate (the same code
 *      as `schemac migrate`), dumping the schema after each;
 *   3. compares the last dump with schema/'s, as sets of statements;
 *   4. runs the down files newest first with runtime_rollback, each step's
 *      dump compared with the dump before its migration.
 *
 * A statement PostgreSQL refuses is reported by the runtime at its
 * file:line; a difference names the statements on each side. Returns
 * RT_OK proven, RT_FINDINGS a difference or a refused statement,
 * RT_DATABASE no server (with the reason). The tracking tables are left out
 * of the dumps.
 */
#include "runtime_int.h"
#include "../compiler/parse.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <ftw.h>
#include <pwd.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

extern char **environ;

#define STUB_TRACKING "schemac_verify_before"

/* The throwaway server. */
struct server {
	char dir[64];		/* mkdtemp folder: data/, the socket, log */
	const char *bindir;
	bool as_postgres;	/* root: run the server as postgres */
	uid_t uid;
	gid_t gid;
	int port;
	bool started;
};

static struct server *running;	/* stopped at exit and on a signal */

/* Runs argv (argv[0] a path), as postgres when s says so, its output to
 * log (or nowhere); the exit status, -1 if it could not run. */
static int spawn(const struct server *s, char *const argv[], const char *log)
{
	pid_t pid = fork();
	int status;

	if (pid < 0)
		return -1;
	if (pid == 0) {
		int fd;
		if (s && s->as_postgres && (setgid(s->gid) < 0 || setuid(s->uid) < 0))
			_exit(126);
		fd = open(log ? log : "/dev/null", O_WRONLY | O_CREAT | O_APPEND, 0644);
		if (fd >= 0) {
			dup2(fd, 1);
			dup2(fd, 2);
		}
		execv(argv[0], argv);
		_exit(127);
	}
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

static int rm_entry(const char *path, const struct stat *st, int flag, struct FTW *ftw)
{
	(void)st, (void)flag, (void)ftw;
	return remove(path);
}

static void server_stop(struct server *s)
{
	char data[96];
	char ctl[256];
	char *argv[] = { ctl, "-D", data, "stop", "-m", "immediate", "-w", NULL };

	if (!s)
		return;
	snprintf(data, sizeof(data), "%s/data", s->dir);
	snprintf(ctl, sizeof(ctl), "%s/pg_ctl", s->bindir);
	if (s->started)
		spawn(s, argv, NULL);
	s->started = false;
	nftw(s->dir, rm_entry, 16, FTW_DEPTH | FTW_PHYS);
	if (running == s)
		running = NULL;
}

static void stop_at_exit(void)
{
	server_stop(running);
}

static void stop_on_signal(int sig)
{
	server_stop(running);
	signal(sig, SIG_DFL);
	raise(sig);
}

/* The folder of PostgreSQL's server binaries: $PG_BINDIR, else the newest
 * /usr/lib/postgresql/N/bin with an initdb. NULL if none. */
static const char *find_bindir(struct arena *a)
{
	const char *env = getenv("PG_BINDIR");
	DIR *dir;
	struct dirent *de;
	int best = 0;

	if (env && *env)
		return arena_strdup(a, env);
	dir = opendir("/usr/lib/postgresql");
	if (!dir)
		return NULL;
	while ((de = readdir(dir)) != NULL) {
		int v = atoi(de->d_name);
		char *initdb = arena_printf(a, "/usr/lib/postgresql/%s/bin/initdb", de->d_name);
		if (v > best && access(initdb, X_OK) == 0)
			best = v;
	}
	closedir(dir);
	return best ? arena_printf(a, "/usr/lib/postgresql/%d/bin", best) : NULL;
}

/* Starts the throwaway server; RT_DATABASE and the reason when it cannot. */
static int server_start(struct server *s, struct arena *a, struct diags *d)
{
	char *log, *data, *opts, *initdb, *ctl, *port;

	memset(s, 0, sizeof(*s));
	s->bindir = find_bindir(a);
	if (!s->bindir) {
		diag_at(d, DIAG_ERROR, NULL, -1, "no PostgreSQL server could be started: no server "
			"binaries in $PG_BINDIR or /usr/lib/postgresql/*/bin (install postgresql, "
			"or give --dev-url)");
		return RT_DATABASE;
	}
	if (geteuid() == 0) {
		struct passwd *pw = getpwnam("postgres");
		if (!pw) {
			diag_at(d, DIAG_ERROR, NULL, -1, "no PostgreSQL server could be started: "
				"running as root, and there is no postgres user to run initdb as");
			return RT_DATABASE;
		}
		s->as_postgres = true;
		s->uid = pw->pw_uid;
		s->gid = pw->pw_gid;
	}
	snprintf(s->dir, sizeof(s->dir), "/tmp/schemac-verify-XXXXXX");
	if (!mkdtemp(s->dir)) {
		diag_at(d, DIAG_ERROR, NULL, -1, "no PostgreSQL server could be started: cannot "
			"create a folder in /tmp: %s", strerror(errno));
		return RT_DATABASE;
	}
	running = s;
	atexit(stop_at_exit);
	signal(SIGINT, stop_on_signal);
	signal(SIGTERM, stop_on_signal);
	if (s->as_postgres && chown(s->dir, s->uid, s->gid) < 0) {
		diag_at(d, DIAG_ERROR, NULL, -1, "no PostgreSQL server could be started: cannot "
			"give %s to postgres: %s", s->dir, strerror(errno));
		return RT_DATABASE;
	}
	log = arena_printf(a, "%s/log", s->dir);
	data = arena_printf(a, "%s/data", s->dir);
	initdb = arena_printf(a, "%s/initdb", s->bindir);
	ctl = arena_printf(a, "%s/pg_ctl", s->bindir);
	{
		char *argv[] = { initdb, "-D", data, "-A", "trust", "-U", "postgres", "--no-sync",
				 "-E", "UTF8", "--locale=C", NULL };
		if (spawn(s, argv, log) != 0) {
			diag_at(d, DIAG_ERROR, NULL, -1, "no PostgreSQL server could be started: "
				"initdb failed (%s)", initdb);
			return RT_DATABASE;
		}
	}
	for (int attempt = 0; attempt < 5 && !s->started; attempt++) {
		s->port = 20000 + (int)((getpid() * 7919L + attempt * 104729L) % 40000);
		port = arena_printf(a, "%d", s->port);
		opts = arena_printf(a, "-p %s -k %s -c listen_addresses='' -c fsync=off "
				    "-c max_connections=20", port, s->dir);
		char *argv[] = { ctl, "-D", data, "-l", log, "-o", opts, "-w", "-t", "60", "start",
				 NULL };
		s->started = spawn(s, argv, NULL) == 0;
	}
	if (!s->started) {
		diag_at(d, DIAG_ERROR, NULL, -1, "no PostgreSQL server could be started: pg_ctl "
			"start failed (its log: %s)", log);
		return RT_DATABASE;
	}
	return RT_OK;
}

/* ---- databases -------------------------------------------------------- */

struct verifier {
	struct arena *a;
	struct diags *d;
	const struct verify_options *o;
	PQconninfoOption *base;		/* the server's connection, parsed */
	const char *password;		/* from base, for pg_dump's environment */
	struct db_target admin;
	const char *prefix;		/* of the scratch databases' names */
	struct ptrvec made;		/* const char *: databases to drop */
};

/* A conninfo value: quoted, with ' and \\ escaped by a backslash. */
static void add_value(struct strbuf *sb, const char *v)
{
	sb_add(sb, "'", 1);
	for (; *v; v++) {
		if (*v == '\'' || *v == '\\')
			sb_add(sb, "\\", 1);
		sb_add(sb, v, 1);
	}
	sb_add(sb, "' ", 2);
}

/* The conninfo of database db on the server (the password included). */
static const char *conninfo(struct verifier *v, const char *db, bool with_password)
{
	struct strbuf sb = STRBUF_INIT;
	const char *s;

	for (PQconninfoOption *o = v->base; o->keyword; o++) {
		if (!o->val || !*o->val || strcmp(o->keyword, "dbname") == 0 ||
		    (!with_password && strcmp(o->keyword, "password") == 0))
			continue;
		sb_addf(&sb, "%s=", o->keyword);
		add_value(&sb, o->val);
	}
	sb_addf(&sb, "dbname=");
	add_value(&sb, db);
	s = arena_strdup(v->a, sb.buf);
	sb_release(&sb);
	return s;
}

static int target(struct verifier *v, struct db_target *t, const char *db)
{
	memset(t, 0, sizeof(*t));
	return runtime_target(t, v->a, conninfo(v, db, true), "scratch database", NULL, false,
			      v->d);
}

/* Runs sql on the server's admin connection; false (reported) on failure. */
static bool admin_exec(struct verifier *v, const char *sql)
{
	PGconn *c = rt_connect(&v->admin, v->a, v->d);
	PGresult *r;

	if (!c)
		return false;
	r = rt_exec(c, sql, NULL, v->d, "verify");
	if (r)
		PQclear(r);
	PQfinish(c);
	return r != NULL;
}

static const char *create_db(struct verifier *v, const char *suffix, const char *template)
{
	const char *name = arena_printf(v->a, "%s_%s", v->prefix, suffix);
	const char *sql = template
		? arena_printf(v->a, "CREATE DATABASE %s TEMPLATE %s", rt_ident(v->a, name),
			       rt_ident(v->a, template))
		: arena_printf(v->a, "CREATE DATABASE %s", rt_ident(v->a, name));

	if (!admin_exec(v, sql))
		return NULL;
	vec_push(&v->made, v->a, (void *)name);
	/* the template's settings (ALTER DATABASE ... SET search_path, as a
	 * stub may make) do not come with it: copied */
	if (template &&
	    !admin_exec(v, arena_printf(v->a,
		"DO $$ DECLARE c text; BEGIN FOR c IN SELECT unnest(s.setconfig) "
		"FROM pg_db_role_setting s JOIN pg_database d ON d.oid = s.setdatabase "
		"WHERE d.datname = %s AND s.setrole = 0 LOOP EXECUTE format("
		"'ALTER DATABASE %%I SET %%s = %%s', %s, split_part(c, '=', 1), "
		"substr(c, strpos(c, '=') + 1)); END LOOP; END $$",
		rt_literal(v->a, template), rt_literal(v->a, name))))
		return NULL;
	return name;
}

static void drop_dbs(struct verifier *v)
{
	for (size_t i = v->made.n; i-- > 0;)
		admin_exec(v, arena_printf(v->a, "DROP DATABASE IF EXISTS %s WITH (FORCE)",
					   rt_ident(v->a, v->made.items[i])));
}

/* ---- dumps ------------------------------------------------------------ */

/* `pg_dump --schema-only` of db, without the tracking tables; NULL
 * (reported) on failure. */
static char *dump(struct verifier *v, const char *db)
{
	const char *bin = v->o->bindir ? arena_printf(v->a, "%s/pg_dump", v->o->bindir) : "pg_dump";
	char *track = arena_printf(v->a, "--exclude-table=%s", v->o->tracking_table);
	char *stub = "--exclude-table=" STUB_TRACKING;
	char *ci = (char *)conninfo(v, db, false);
	char *argv[] = { (char *)bin, "--schema-only", "--no-sync", track, stub, "-d", ci, NULL };
	struct strbuf sb = STRBUF_INIT;
	int fds[2], status;
	pid_t pid;
	char buf[65536];
	ssize_t n;
	char *out;

	if (pipe(fds) < 0)
		return NULL;
	pid = fork();
	if (pid == 0) {
		close(fds[0]);
		dup2(fds[1], 1);
		if (v->password)
			setenv("PGPASSWORD", v->password, 1);
		execvp(argv[0], argv);
		_exit(127);
	}
	close(fds[1]);
	while ((n = read(fds[0], buf, sizeof(buf))) > 0)
		sb_add(&sb, buf, (size_t)n);
	close(fds[0]);
	if (pid < 0 || waitpid(pid, &status, 0) < 0 || !WIFEXITED(status) ||
	    WEXITSTATUS(status) != 0) {
		diag_at(v->d, DIAG_ERROR, NULL, -1, "pg_dump of database %s failed (%s)", db, bin);
		sb_release(&sb);
		return NULL;
	}
	out = arena_strndup(v->a, sb.buf, sb.len);
	sb_release(&sb);
	return out;
}

static int cmp_str(const void *x, const void *y)
{
	return strcmp(*(char *const *)x, *(char *const *)y);
}

/* A dump's statements as a sorted set, the parse front splitting them
 * (psql's \restrict lines blanked, comments skipped): the settings pg_dump
 * starts with (SET, set_config) left out. */
static void canon(struct verifier *v, const char *text, struct ptrvec *out)
{
	struct diags scratch;
	struct parser *p;
	struct stmt st;

	diags_init(&scratch, v->a);
	p = parser_new(v->a, &scratch, NULL);
	parser_add_text(p, "pg_dump", text);
	while (parser_next(p, &st)) {
		const char *s = st.file->text + st.offset;
		if (st.node->node_case == PG_QUERY__NODE__NODE_VARIABLE_SET_STMT ||
		    strncmp(s, "SELECT pg_catalog.set_config(", 29) == 0)
			continue;
		vec_push(out, v->a, arena_strndup(v->a, s, (size_t)st.len));
	}
	parser_free(p);
	if (out->n > 1)
		qsort(out->items, out->n, sizeof(*out->items), cmp_str);
}

/* The first line of a statement, for a report. */
static const char *first_line(struct arena *a, const char *s)
{
	size_t n = strcspn(s, "\n");
	return s[n] ? arena_printf(a, "%.*s ...", (int)n, s) : s;
}

/* Compares two dumps; false with an error (what) and the statements found
 * on one side only as notes. */
static bool same_schema(struct verifier *v, const char *left, const char *lname,
			const char *right, const char *rname, const char *what)
{
	struct ptrvec l = { 0 }, r = { 0 };
	size_t i = 0, j = 0;
	struct diags *d = v->d;
	bool same = true;

	canon(v, left, &l);
	canon(v, right, &r);
	while (i < l.n || j < r.n) {
		int c = i >= l.n ? 1 : j >= r.n ? -1 : strcmp(l.items[i], r.items[j]);
		if (c && same) {
			diag_at(d, DIAG_ERROR, NULL, -1, "%s", what);
			same = false;
		}
		if (c < 0)
			diag_at(d, DIAG_NOTE, NULL, -1, "only in %s: %s", lname,
				first_line(v->a, l.items[i++]));
		else if (c > 0)
			diag_at(d, DIAG_NOTE, NULL, -1, "only in %s: %s", rname,
				first_line(v->a, r.items[j++]));
		else
			i++, j++;
	}
	return same;
}

/* ---- the steps -------------------------------------------------------- */

static void say(const struct verifier *v, const char *fmt, const char *arg)
{
	if (v->o->say) {
		char *line = arena_printf(v->a, fmt, arg);
		v->o->say(v->o->ctx, line);
	}
}

/* files (each path a migration of its own, in order) run into db with
 * tracking table track: how schema/ and the --before files load. */
static int load_files(struct verifier *v, const char *db, const struct ptrvec *files,
		      const char *track)
{
	struct migrations m = { 0 };
	struct db_target t;
	struct runtime_options o = { 0 };
	struct runtime_status st;

	for (size_t i = 0; i < files->n; i++) {
		struct migration *mg = arena_alloc(v->a, sizeof(*mg));
		mg->version = (int)i;
		mg->name = mg->path = files->items[i];
		mg->text = read_file(v->a, mg->path, &mg->len);
		if (!mg->text) {
			diag_at(v->d, DIAG_ERROR, NULL, -1, "cannot read '%s': %s", mg->path,
				strerror(errno));
			return RT_USAGE;
		}
		vec_push(&m.list, v->a, mg);
	}
	m.exists = true;
	if (target(v, &t, db) != RT_OK)
		return RT_DATABASE;
	o.target = &t;
	o.tracking_table = track;
	o.lock_timeout = "0";
	o.statement_timeout = "0";
	o.to_version = -1;
	return runtime_migrate(&st, v->a, &o, &m, v->d);
}

/* A failure of the runtime: a refused statement is a finding (reported at
 * its file:line), anything else stays what it is. */
static int finding(int ret)
{
	return ret == RT_DATABASE ? RT_FINDINGS : ret;
}

static int verify_in(struct verifier *v)
{
	const struct verify_options *o = v->o;
	const struct migrations *m = o->m;
	const char *tmpl, *sch, *hist;
	struct ptrvec files = { 0 }, dumps = { 0 };
	char *err = NULL, *schema_dump, *base_dump;
	struct db_target t;
	struct runtime_options ro = { 0 };
	struct runtime_status st;
	int ret;

	if (!(tmpl = create_db(v, "template", NULL)))
		return RT_DATABASE;
	if (o->before.n) {
		if ((ret = load_files(v, tmpl, &o->before, STUB_TRACKING)) != RT_OK)
			return finding(ret);
		say(v, "loaded %s before both sides", o->before.n == 1 ? o->before.items[0]
									: "the --before files");
	}
	if (!(sch = create_db(v, "schema", tmpl)) || !(hist = create_db(v, "history", tmpl)))
		return RT_DATABASE;

	/* 1. schema/ alone */
	if (collect_sql_files(&files, v->a, o->schema_dir, &err) < 0) {
		diag_at(v->d, DIAG_ERROR, NULL, -1, "%s", err);
		return RT_USAGE;
	}
	if ((ret = load_files(v, sch, &files, o->tracking_table)) != RT_OK)
		return finding(ret);
	if (!(schema_dump = dump(v, sch)))
		return RT_DATABASE;
	say(v, "loaded %s alone", o->schema_dir);

	/* 2. the history, one migration at a time */
	if (!(base_dump = dump(v, hist)))
		return RT_DATABASE;
	if (target(v, &t, hist) != RT_OK)
		return RT_DATABASE;
	ro.target = &t;
	ro.tracking_table = o->tracking_table;
	ro.lock_timeout = "0";
	ro.statement_timeout = "0";
	for (size_t i = 0; i < m->list.n; i++) {
		const struct migration *mg = m->list.items[i];
		char *after;
		ro.to_version = mg->version;
		if ((ret = runtime_migrate(&st, v->a, &ro, m, v->d)) != RT_OK)
			return finding(ret);
		if (!(after = dump(v, hist)))
			return RT_DATABASE;
		vec_push(&dumps, v->a, after);
		say(v, "applied %s", mg->name);
	}

	/* 3. the history builds schema/ */
	if (!same_schema(v, dumps.n ? dumps.items[dumps.n - 1] : base_dump, "the migrations",
			 schema_dump, o->schema_dir,
			 arena_printf(v->a, "the migrations do not build what %s does", o->schema_dir)))
		return RT_FINDINGS;
	say(v, "the migrations build what %s does", o->schema_dir);

	/* 4. each down file returns the schema before its migration */
	for (size_t i = m->list.n; i-- > 0;) {
		const struct migration *mg = m->list.items[i];
		char *after;
		if (!mg->down_name) {
			diag_at(v->d, DIAG_WARNING, NULL, -1, "%s has no down file: the down files "
				"before it are not checked", mg->name);
			break;
		}
		ro.to_version = -1;
		if ((ret = runtime_rollback(&st, v->a, &ro, m, v->d)) != RT_OK)
			return finding(ret);
		if (!(after = dump(v, hist)))
			return RT_DATABASE;
		if (!same_schema(v, after, mg->down_name, i ? dumps.items[i - 1] : base_dump,
				 arena_printf(v->a, "the schema before %s", mg->name),
				 arena_printf(v->a, "%s does not return the schema before %s",
					      mg->down_name, mg->name)))
			return RT_FINDINGS;
		say(v, "%s returns the schema before it", mg->down_name);
	}
	return RT_OK;
}

int runtime_verify(struct arena *a, const struct verify_options *o, struct diags *d)
{
	struct verifier v = { .a = a, .d = d, .o = o };
	struct verify_options with_bindir;
	struct server s;
	const char *url = o->dev_url;
	char *err = NULL;
	int ret;

	if (!url) {
		if ((ret = server_start(&s, a, d)) != RT_OK) {
			server_stop(&s);
			return ret;
		}
		url = arena_printf(a, "host=%s port=%d user=postgres dbname=postgres", s.dir, s.port);
		with_bindir = *o;
		with_bindir.bindir = s.bindir;
		v.o = &with_bindir;
		say(&v, "server: a throwaway PostgreSQL in %s", s.dir);
	}
	v.base = PQconninfoParse(url, &err);
	if (!v.base) {
		diag_at(d, DIAG_ERROR, NULL, -1, "--dev-url does not parse: %s",
			err ? err : "out of memory");
		PQfreemem(err);
		if (!o->dev_url)
			server_stop(&s);
		return RT_USAGE;
	}
	for (PQconninfoOption *p = v.base; p->keyword; p++)
		if (strcmp(p->keyword, "password") == 0 && p->val)
			v.password = arena_strdup(a, p->val);
	ret = runtime_target(&v.admin, a, url, o->dev_url ? "--dev-url" : "throwaway server",
			     NULL, false, d);
	if (ret == RT_OK) {
		v.prefix = arena_printf(a, "schemac_verify_%d", (int)getpid());
		ret = verify_in(&v);
		drop_dbs(&v);
	}
	PQconninfoFree(v.base);
	if (!o->dev_url)
		server_stop(&s);
	return ret;
}
