/*
 * connect.c - finding the database and connecting to it. The URL comes from
 * --url, else DIRECT_URL (for migrations) or DATABASE_URL, read from the
 * environment, then .env.local, then .env (KEY=VALUE lines, optional quotes,
 * `#` comments, an optional `export `). libpq's keywords pass through the
 * URL (sslmode, connect_timeout, ...).
 *
 * A password never reaches any output: the target is shown as "dbname on
 * host:port", and every message built from libpq is scrubbed of the
 * password, raw and percent-encoded.
 */
#include "runtime_int.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>

static char *rt_scrubbed(struct arena *a, const struct db_target *t, const char *text);

/* ---- .env files ------------------------------------------------------- */

static const char *skip_ws(const char *s)
{
	while (*s == ' ' || *s == '\t')
		s++;
	return s;
}

/* The value of key in a dotenv file's text, or NULL. The last one wins. */
static char *dotenv_value(struct arena *a, const char *text, const char *key)
{
	size_t klen = strlen(key);
	char *found = NULL;

	for (const char *line = text; line && *line;) {
		const char *end = strchr(line, '\n'), *p = skip_ws(line), *v, *ve;
		if (!end)
			end = line + strlen(line);
		if (strncmp(p, "export ", 7) == 0)
			p = skip_ws(p + 7);
		if (strncmp(p, key, klen) == 0) {
			p = skip_ws(p + klen);
			if (*p == '=') {
				v = skip_ws(p + 1);
				ve = end;
				if (*v == '"' || *v == '\'') {
					const char *close = memchr(v + 1, *v, (size_t)(end - v - 1));
					if (close) {
						found = arena_strndup(a, v + 1, (size_t)(close - v - 1));
						goto next;
					}
				}
				/* unquoted: up to a comment, trailing space dropped */
				for (const char *h = v; h < end; h++)
					if (*h == '#' && (h == v || h[-1] == ' ' || h[-1] == '\t')) {
						ve = h;
						break;
					}
				while (ve > v && (ve[-1] == ' ' || ve[-1] == '\t' || ve[-1] == '\r'))
					ve--;
				found = arena_strndup(a, v, (size_t)(ve - v));
			}
		}
	next:
		line = *end ? end + 1 : NULL;
	}
	return found;
}

/* key from the environment, then .env.local, then .env; with an
 * environment name (env), .env.ENV.local, .env.local, .env and the process
 * environment last: a named environment beats the shell's DATABASE_URL.
 * *from says where ("DATABASE_URL from .env.staging.local"). */
static const char *lookup(struct arena *a, const char *key, const char *env, const char **from)
{
	const char *files[3];
	size_t nfiles = 0;
	const char *v = getenv(key);

	if (!env && v && *v) {
		*from = arena_printf(a, "%s from the environment", key);
		return v;
	}
	if (env)
		files[nfiles++] = arena_printf(a, ".env.%s.local", env);
	files[nfiles++] = ".env.local";
	files[nfiles++] = ".env";
	for (size_t i = 0; i < nfiles; i++) {
		size_t len;
		char *text = read_file(a, files[i], &len);
		char *val = text ? dotenv_value(a, text, key) : NULL;
		if (val && *val) {
			*from = arena_printf(a, "%s from %s", key, files[i]);
			return val;
		}
	}
	if (env && v && *v) {
		*from = arena_printf(a, "%s from the environment", key);
		return v;
	}
	return NULL;
}

/* ---- the target ------------------------------------------------------- */

static int hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

static char *percent_decode(struct arena *a, const char *s, size_t len)
{
	char *out = arena_alloc(a, len + 1), *o = out;

	for (size_t i = 0; i < len; i++) {
		if (s[i] == '%' && i + 2 < len + 1 && hexval(s[i + 1]) >= 0 && hexval(s[i + 2]) >= 0) {
			*o++ = (char)(hexval(s[i + 1]) * 16 + hexval(s[i + 2]));
			i += 2;
		} else {
			*o++ = s[i];
		}
	}
	return out;
}

static void add_secret(struct db_target *t, struct arena *a, const char *s, size_t len)
{
	if (len == 0)
		return;
	vec_push(&t->secrets, a, arena_strndup(a, s, len));
}

/* The password in the userinfo of a URL, raw and decoded: found by hand so
 * that even a URL libpq rejects is scrubbed. */
static void url_secrets(struct db_target *t, struct arena *a, const char *url)
{
	const char *p = strstr(url, "://"), *at, *colon;

	if (!p)
		return;
	p += 3;
	at = p + strcspn(p, "/?#@");
	if (*at != '@')
		return;
	colon = memchr(p, ':', (size_t)(at - p));
	if (!colon)
		return;
	add_secret(t, a, colon + 1, (size_t)(at - colon - 1));
	{
		char *dec = percent_decode(a, colon + 1, (size_t)(at - colon - 1));
		add_secret(t, a, dec, strlen(dec));
	}
}

/*
 * What libpq would refuse in a connection option only when it connects
 * (connectOptions2 in libpq 15): an integer that is not one, a value
 * outside its list. Checked here so that a bad URL is bad input (exit 2),
 * not a failure of the database. Returns NULL or the problem.
 */
static const char *bad_option_value(struct arena *a, const char *key, const char *val)
{
	static const char *const ints[] = { "port", "connect_timeout", "keepalives",
		"keepalives_idle", "keepalives_interval", "keepalives_count", "tcp_user_timeout" };
	static const struct { const char *key, *values; } lists[] = {
		{ "sslmode", " disable allow prefer require verify-ca verify-full " },
		{ "gssencmode", " disable prefer require " },
		{ "channel_binding", " disable prefer require " },
		{ "target_session_attrs", " any read-write read-only primary standby prefer-standby " },
	};

	for (size_t i = 0; i < ARRAY_SIZE(ints); i++) {
		if (strcmp(key, ints[i]) != 0)
			continue;
		/* port may list one per host: "5432,5433" */
		for (const char *s = val; *s; s++)
			if (!((*s >= '0' && *s <= '9') || (*s == ',' && i == 0) ||
			      (*s == '-' && s == val && i != 0)))
				return arena_printf(a, "%s '%s' is not a number", key, val);
		return NULL;
	}
	for (size_t i = 0; i < ARRAY_SIZE(lists); i++) {
		if (strcmp(key, lists[i].key) == 0 &&
		    !strstr(lists[i].values, arena_printf(a, " %s ", val)))
			return arena_printf(a, "%s '%s': one of%.*s", key, val,
					    (int)strlen(lists[i].values) - 1, lists[i].values);
	}
	return NULL;
}

int runtime_target(struct db_target *t, struct arena *a, const char *url, const char *url_source,
		   const char *env, bool for_migrations, struct diags *d)
{
	PQconninfoOption *opts;
	char *err = NULL;
	const char *host = NULL, *port = NULL, *dbname = NULL, *user = NULL;

	memset(t, 0, sizeof(*t));
	if (url) {
		t->url = url;
		t->source = url_source ? url_source : "--url";
	} else {
		const char *from = NULL;
		const char *v = for_migrations ? lookup(a, "DIRECT_URL", env, &from) : NULL;
		if (!v)
			v = lookup(a, "DATABASE_URL", env, &from);
		if (!v) {
			struct diag *dg = diag_at(d, DIAG_ERROR, NULL, -1, "no database to connect to");
			diag_set_hint(d, dg, "pass --url URL, or set DATABASE_URL in the environment, .env.local or .env");
			return RT_USAGE;
		}
		t->url = v;
		t->source = from;
	}
	url_secrets(t, a, t->url);

	opts = PQconninfoParse(t->url, &err);
	if (!opts) {
		char *msg = err ? arena_strdup(a, err) : "out of memory";
		size_t n = strlen(msg);
		while (n && (msg[n - 1] == '\n' || msg[n - 1] == ' '))
			msg[--n] = '\0';
		diag_at(d, DIAG_ERROR, NULL, -1, "bad database URL from %s: %s", t->source,
			rt_scrubbed(a, t, msg));
		PQfreemem(err);
		return RT_USAGE;
	}
	for (PQconninfoOption *o = opts; o->keyword; o++) {
		const char *bad;
		if (!o->val)
			continue;
		if ((bad = bad_option_value(a, o->keyword, o->val)) != NULL) {
			diag_at(d, DIAG_ERROR, NULL, -1, "bad database URL from %s: %s", t->source,
				rt_scrubbed(a, t, bad));
			PQconninfoFree(opts);
			return RT_USAGE;
		}
		if (strcmp(o->keyword, "password") == 0)
			add_secret(t, a, o->val, strlen(o->val));
		else if (strcmp(o->keyword, "host") == 0 || strcmp(o->keyword, "hostaddr") == 0)
			host = host ? host : arena_strdup(a, o->val);
		else if (strcmp(o->keyword, "port") == 0)
			port = arena_strdup(a, o->val);
		else if (strcmp(o->keyword, "dbname") == 0)
			dbname = arena_strdup(a, o->val);
		else if (strcmp(o->keyword, "user") == 0)
			user = arena_strdup(a, o->val);
	}
	PQconninfoFree(opts);
	/* what libpq falls back to when the URL leaves them out */
	if (!host)
		host = getenv("PGHOST") ? getenv("PGHOST") : "localhost";
	if (!port)
		port = getenv("PGPORT") ? getenv("PGPORT") : "5432";
	if (!user)
		user = getenv("PGUSER");
	if (!dbname)
		dbname = getenv("PGDATABASE") ? getenv("PGDATABASE") : user ? user : "postgres";
	t->display = arena_printf(a, "%s on %s:%s", dbname, host, port);
	t->display = rt_scrubbed(a, t, t->display);
	t->banner = arena_printf(a, "%s (%s)", t->display, t->source);
	return RT_OK;
}

/* Can a secret end here? Not inside a word: a password is masked as a
 * whole value, never where its characters happen to occur in another word. */
static bool word_char(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
	       c == '_' || (unsigned char)c >= 0x80;
}

/* Is byte at of sb inside the target's display ("app on db:5432"), which
 * is built without the password (a password "on" is not masked there)? */
static bool in_display(const struct strbuf *sb, const struct db_target *t, size_t at)
{
	size_t n = t->display ? strlen(t->display) : 0;

	for (const char *p = n ? strstr(sb->buf, t->display) : NULL; p; p = strstr(p + 1, t->display))
		if ((size_t)(p - sb->buf) <= at && at < (size_t)(p - sb->buf) + n)
			return true;
	return false;
}

void runtime_scrub(struct strbuf *sb, const struct db_target *t)
{
	for (size_t i = 0; i < t->secrets.n; i++) {
		const char *s = t->secrets.items[i];
		size_t n = strlen(s);
		char *hit;
		size_t from = 0;
		while ((hit = strstr(sb->buf + from, s)) != NULL) {
			size_t at = (size_t)(hit - sb->buf);
			struct strbuf out = STRBUF_INIT;
			if ((at > 0 && word_char(sb->buf[at - 1]) && word_char(s[0])) ||
			    (word_char(hit[n]) && word_char(s[n - 1])) || in_display(sb, t, at)) {
				from = at + 1;
				continue;
			}
			sb_add(&out, sb->buf, at);
			sb_adds(&out, "***");
			sb_adds(&out, sb->buf + at + n);
			sb_reset(sb);
			sb_add(sb, out.buf, out.len);
			sb_release(&out);
			from = at + 3;
		}
	}
}

/* The part of a text that is safe to show: secrets of t replaced. */
static char *rt_scrubbed(struct arena *a, const struct db_target *t, const char *text)
{
	struct strbuf sb = STRBUF_INIT;
	char *s;

	sb_adds(&sb, text);
	runtime_scrub(&sb, t);
	s = arena_strndup(a, sb.buf, sb.len);
	sb_release(&sb);
	return s;
}

/* Notices (CREATE TABLE IF NOT EXISTS, DROP ... CASCADE) are not printed. */
static void quiet_notices(void *arg, const char *message)
{
	(void)arg;
	(void)message;
}

/* The first line of a libpq message, trimmed. */
static char *first_line(struct arena *a, const char *msg)
{
	size_t n = strcspn(msg, "\n");
	while (n && (msg[n - 1] == ' ' || msg[n - 1] == '\r'))
		n--;
	return arena_strndup(a, msg, n);
}

PGconn *rt_connect(const struct db_target *t, struct arena *a, struct diags *d)
{
	/* the URL last, so that what it says wins over these defaults */
	const char *keys[] = { "connect_timeout", "fallback_application_name", "dbname", NULL };
	const char *vals[] = { "10", "schemac", t->url, NULL };
	PGconn *c = PQconnectdbParams(keys, vals, 1);

	if (!c) {
		diag_at(d, DIAG_ERROR, NULL, -1, "cannot connect to %s: out of memory", t->display);
		return NULL;
	}
	if (PQstatus(c) != CONNECTION_OK) {
		char *msg = first_line(a, PQerrorMessage(c));
		diag_at(d, DIAG_ERROR, NULL, -1, "cannot connect to %s: %s", t->display,
			rt_scrubbed(a, t, msg));
		PQfinish(c);
		return NULL;
	}
	PQsetNoticeProcessor(c, quiet_notices, NULL);
	return c;
}

PGresult *rt_exec(PGconn *c, const char *sql, PGresult **err, struct diags *d, const char *what)
{
	PGresult *r = PQexec(c, sql);
	ExecStatusType st = r ? PQresultStatus(r) : PGRES_FATAL_ERROR;

	if (st == PGRES_COMMAND_OK || st == PGRES_TUPLES_OK || st == PGRES_EMPTY_QUERY)
		return r;
	if (err) {
		*err = r;
		return NULL;
	}
	{
		char *msg = rt_error_text(d->arena, c, r);
		diag_at(d, DIAG_ERROR, NULL, -1, "%s: %s", what, msg);
	}
	PQclear(r);
	return NULL;
}

char *rt_error_text(struct arena *a, PGconn *c, const PGresult *r)
{
	struct strbuf sb = STRBUF_INIT;
	const char *primary = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY) : NULL;
	const char *state = r ? PQresultErrorField(r, PG_DIAG_SQLSTATE) : NULL;
	const char *detail = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_DETAIL) : NULL;
	const char *hint = r ? PQresultErrorField(r, PG_DIAG_MESSAGE_HINT) : NULL;
	char *s;

	if (primary)
		sb_adds(&sb, primary);
	else
		sb_adds(&sb, first_line(a, PQerrorMessage(c)));
	if (!sb.len)
		sb_adds(&sb, "the server closed the connection");
	if (state)
		sb_addf(&sb, " (SQLSTATE %s)", state);
	if (detail)
		sb_addf(&sb, "\ndetail: %s", detail);
	if (hint)
		sb_addf(&sb, "\nhint: %s", hint);
	s = arena_strndup(a, sb.buf, sb.len);
	sb_release(&sb);
	return s;
}

char *rt_literal(struct arena *a, const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	char *out;

	/* E'' reads the same whatever standard_conforming_strings says */
	sb_adds(&sb, "E'");
	for (const char *p = s; *p; p++) {
		if (*p == '\'' || *p == '\\')
			sb_addc(&sb, *p);
		sb_addc(&sb, *p);
	}
	sb_addc(&sb, '\'');
	out = arena_strndup(a, sb.buf, sb.len);
	sb_release(&sb);
	return out;
}

char *rt_ident(struct arena *a, const char *s)
{
	struct strbuf sb = STRBUF_INIT;
	char *out;

	sb_addc(&sb, '"');
	for (const char *p = s; *p; p++) {
		if (*p == '"')
			sb_addc(&sb, '"');
		sb_addc(&sb, *p);
	}
	sb_addc(&sb, '"');
	out = arena_strndup(a, sb.buf, sb.len);
	sb_release(&sb);
	return out;
}

int rt_check_writable(PGconn *c, const struct db_target *t, struct diags *d)
{
	PGresult *r = PQexec(c, "SELECT pg_is_in_recovery(), current_setting('transaction_read_only')");
	int ret = RT_OK;

	if (PQresultStatus(r) != PGRES_TUPLES_OK) {
		diag_at(d, DIAG_ERROR, NULL, -1, "%s: %s", t->display, rt_error_text(d->arena, c, r));
		ret = RT_DATABASE;
	} else if (PQgetvalue(r, 0, 0)[0] == 't') {
		diag_at(d, DIAG_ERROR, NULL, -1,
			"%s is a read-only standby (in recovery): nothing changed", t->display);
		ret = RT_DATABASE;
	} else if (strcmp(PQgetvalue(r, 0, 1), "on") == 0) {
		diag_at(d, DIAG_ERROR, NULL, -1,
			"%s is read-only (default_transaction_read_only is on): nothing changed",
			t->display);
		ret = RT_DATABASE;
	}
	PQclear(r);
	return ret;
}
