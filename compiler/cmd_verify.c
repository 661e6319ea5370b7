/*
 * cmd_verify.c - `schemac verify`: reads the options, schemac.json and the
 * migrations folder, and hands them to runtime_verify (runtime/verify.c),
 * which does the work on a real server. Progress goes to stdout, the
 * diagnostics (scrubbed of the --dev-url password) to stderr.
 */
#include "cmd_verify.h"
#include "arena.h"
#include "config.h"
#include "migrations.h"
#include "strbuf.h"
#include "../runtime/runtime.h"

#include <stdio.h>

const char verify_usage[] =
	"schemac verify [--dev-url URL] [--before FILE]... [--schema DIR] [--migrations DIR]"
	" [--config FILE] [--quiet]";
const char verify_help[] =
	"Proves the history on a real PostgreSQL: starts a throwaway server from the\n"
	"binaries on the machine (initdb in a temporary folder, a unix socket, stopped\n"
	"on exit; $PG_BINDIR, else the newest /usr/lib/postgresql/*/bin), or uses\n"
	"--dev-url URL, working in scratch databases it creates and drops. Loads\n"
	"schema/ alone, replays the migrations in order, compares the two pg_dump\n"
	"--schema-only as sets of statements, then runs every .down.sql newest first,\n"
	"checking each returns the schema before its migration. --before FILE (again\n"
	"for more) is loaded first on both sides: stubs of what a platform provides\n"
	"(Supabase's auth schema and roles). Exit 0 proven, 1 a difference or a\n"
	"statement PostgreSQL refused (at its file:line), 3 no server could be started.";

static void say(void *ctx, const char *line)
{
	if (!*(const bool *)ctx) {
		printf("%s\n", line);
		fflush(stdout);
	}
}

int cmd_verify(int argc, char **argv)
{
	const char *schema = NULL, *migdir = NULL, *config = NULL;
	struct verify_options o = { 0 };
	struct arena *a = arena_new();
	struct diags d;
	struct config cfg;
	struct migrations m;
	struct db_target shown = { 0 };
	struct strbuf sb = STRBUF_INIT;
	bool quiet = false;
	int ret;

	diags_init(&d, a);
	for (int i = 1; i < argc; i++) {
		const char **slot = strcmp(argv[i], "--dev-url") == 0 ? &o.dev_url
				  : strcmp(argv[i], "--schema") == 0 ? &schema
				  : strcmp(argv[i], "--migrations") == 0 ? &migdir
				  : strcmp(argv[i], "--config") == 0 ? &config : NULL;
		if (strcmp(argv[i], "--quiet") == 0) {
			quiet = true;
		} else if (strcmp(argv[i], "--before") == 0 && i + 1 < argc) {
			vec_push(&o.before, a, argv[++i]);
		} else if (slot && i + 1 < argc) {
			*slot = argv[++i];
		} else {
			fprintf(stderr, "schemac: verify: unexpected '%s'\nusage: %s\n", argv[i],
				verify_usage);
			arena_free(a);
			return RT_USAGE;
		}
	}
	ret = config_load(&cfg, a, config, &d) < 0 ? RT_USAGE : RT_OK;
	if (ret == RT_OK && migrations_read(&m, a, migdir ? migdir : cfg.migrations_dir, &d))
		ret = RT_USAGE;
	if (ret == RT_OK) {
		o.schema_dir = schema ? schema : cfg.schema_dir;
		o.m = &m;
		o.tracking_table = cfg.tracking_table;
		o.say = say;
		o.ctx = &quiet;
		ret = runtime_verify(a, &o, &d);
		if (ret == RT_OK && !quiet)
			printf("verified: %u migration%s replay to %s, and their down files undo them\n",
			       (unsigned)m.list.n, m.list.n == 1 ? "" : "s", o.schema_dir);
	}
	diags_render(&sb, &d);
	if (o.dev_url && runtime_target(&shown, a, o.dev_url, "--dev-url", NULL, false, &d) == RT_OK)
		runtime_scrub(&sb, &shown);
	fputs(sb.buf, stderr);
	sb_release(&sb);
	arena_free(a);
	return ret;
}
