/*
 * export.c - `schemac export`: a pg_dump of the whole database (schema and
 * data, plain SQL) into a timestamped file. pg_dump must be installed and
 * at least as new as the server (a pg_dump older than its server refuses or
 * dumps wrongly): both major versions are compared before it runs. The
 * connection reaches pg_dump through libpq's environment variables (PGHOST,
 * PGPASSWORD, ..., from the URL's options), never on its command line where
 * other users could read the password. The dump is written to a temporary
 * file, synced and renamed into place when pg_dump succeeded: a failure
 * leaves nothing.
 */
#include "runtime_int.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

/* A major version as server_version_num counts it: 15 for 15.x, 906 for
 * 9.6.x. From "pg_dump (PostgreSQL) 15.18 (Debian ...)"; -1 if unreadable. */
static int dump_major(const char *text)
{
	const char *p = strstr(text, ") ");
	int x, y = 0;

	if (!p || sscanf(p + 2, "%d.%d", &x, &y) < 1)
		return -1;
	return x >= 10 ? x : x * 100 + y;
}

static int server_major(int num)
{
	return num >= 100000 ? num / 10000 : num / 100;
}

static const char *major_text(struct arena *a, int m)
{
	return m >= 100 ? arena_printf(a, "%d.%d", m / 100, m % 100) : arena_printf(a, "%d", m);
}

/* pg_dump --version's first line, or NULL when it cannot run. */
static char *dump_version(struct arena *a, const char *pg_dump)
{
	char buf[256];
	FILE *f;
	char *line = NULL;
	const char *cmd = arena_printf(a, "'%s' --version 2>/dev/null", pg_dump);

	if (strchr(pg_dump, '\''))
		return NULL;
	f = popen(cmd, "r");
	if (!f)
		return NULL;
	if (fgets(buf, sizeof(buf), f))
		line = arena_strndup(a, buf, strcspn(buf, "\n"));
	if (pclose(f) != 0)
		return NULL;
	return line;
}

/* Runs pg_dump into path with the target's options in libpq's variables. */
static int run_dump(const struct db_target *t, const char *pg_dump, const char *path)
{
	PQconninfoOption *opts = PQconninfoParse(t->url, NULL);
	pid_t pid;
	int status;

	if (!opts)
		return -1;
	pid = fork();
	if (pid == 0) {
		for (PQconninfoOption *o = opts; o->keyword; o++)
			if (o->val && o->envvar)
				setenv(o->envvar, o->val, 1);
		execlp(pg_dump, pg_dump, "--no-password", "--format=plain", "--file", path, (char *)NULL);
		_exit(127);
	}
	PQconninfoFree(opts);
	if (pid < 0 || waitpid(pid, &status, 0) < 0)
		return -1;
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

int runtime_export(struct arena *a, const struct db_target *t, const char *dir, const char *pg_dump,
		   const char **written, struct diags *d)
{
	PGconn *c;
	PGresult *r;
	char *ver, stamp[32], *path, *tmp, *safe;
	int server, dump, st;
	const char *dbname;
	time_t now = time(NULL);
	struct tm tm;

	*written = NULL;
	ver = dump_version(a, pg_dump);
	if (!ver || dump_major(ver) < 0) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1, "%s not found or not working: export needs PostgreSQL's pg_dump", pg_dump);
		diag_set_hint(d, dg, "install the PostgreSQL client (Debian: apt-get install postgresql-client), at least as new as the server");
		return RT_USAGE;
	}
	dump = dump_major(ver);
	c = rt_connect(t, a, d);
	if (!c)
		return RT_DATABASE;
	r = rt_exec(c, "SELECT current_setting('server_version_num')::int, current_database()", NULL, d,
		    arena_printf(a, "%s", t->display));
	if (!r) {
		PQfinish(c);
		return RT_DATABASE;
	}
	server = server_major(atoi(PQgetvalue(r, 0, 0)));
	dbname = arena_strdup(a, PQgetvalue(r, 0, 1));
	PQclear(r);
	PQfinish(c);
	if (dump < server) {
		struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1,
			"%s is PostgreSQL %s, older than the server (PostgreSQL %s): nothing exported",
			pg_dump, major_text(a, dump), major_text(a, server));
		diag_set_hint(d, dg, arena_printf(a, "install pg_dump %s or newer (Debian: postgresql-client-%s)",
						  major_text(a, server), major_text(a, server)));
		return RT_USAGE;
	}
	if (mkdir(dir, 0755) < 0 && errno != EEXIST) {
		diag_at(d, DIAG_ERROR, NULL, -1, "cannot create folder '%s': %s", dir, strerror(errno));
		return RT_USAGE;
	}
	gmtime_r(&now, &tm);
	strftime(stamp, sizeof(stamp), "%Y%m%dT%H%M%SZ", &tm);
	/* a database name may hold anything: only safe characters in the file name */
	safe = arena_strdup(a, dbname);
	for (char *p = safe; *p; p++)
		if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') ||
		      *p == '_' || *p == '-'))
			*p = '_';
	path = arena_printf(a, "%s/%s-%s.sql", dir, safe, stamp);
	for (int i = 2; access(path, F_OK) == 0; i++)
		path = arena_printf(a, "%s/%s-%s-%d.sql", dir, safe, stamp, i);
	tmp = arena_printf(a, "%s.part", path);
	st = run_dump(t, pg_dump, tmp);
	if (st != 0) {
		unlink(tmp);
		diag_at(d, DIAG_ERROR, NULL, -1, "%s failed (exit %d): nothing exported", pg_dump, st);
		return RT_DATABASE;
	}
	/* on disk before it takes its name */
	{
		int fd = open(tmp, O_RDONLY);
		if (fd < 0 || fsync(fd) < 0) {
			diag_at(d, DIAG_ERROR, NULL, -1, "cannot write %s: %s", path, strerror(errno));
			if (fd >= 0)
				close(fd);
			unlink(tmp);
			return RT_USAGE;
		}
		close(fd);
	}
	if (rename(tmp, path) < 0) {
		diag_at(d, DIAG_ERROR, NULL, -1, "cannot write %s: %s", path, strerror(errno));
		unlink(tmp);
		return RT_USAGE;
	}
	*written = path;
	return RT_OK;
}
