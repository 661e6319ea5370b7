/*
 * main.c - the schemac command. A table of commands, each a thin function
 * that wires the stages together (parse, build, diff, order, emit) and owns
 * no logic of its own. Only this file prints to stdout or exits; results go
 * to stdout, diagnostics to stderr.
 *
 * Exit codes: 0 success, 1 findings, 2 bad usage or bad input,
 * 3 database failure.
 */
#include "arena.h"
#include "build.h"
#include "diff.h"
#include "emit.h"
#include "strbuf.h"

#include <stdio.h>
#include <stdlib.h>

#define SCHEMAC_VERSION "0.1.0"

enum { EXIT_OK = 0, EXIT_FINDINGS = 1, EXIT_USAGE = 2, EXIT_DATABASE = 3 };

struct command {
	const char *name;
	int (*run)(int argc, char **argv);
	const char *usage;
	const char *help;
};

static void print_diags(const struct diags *d)
{
	struct strbuf sb = STRBUF_INIT;
	diags_render(&sb, d);
	fputs(sb.buf, stderr);
	sb_release(&sb);
}

static int usage_error(const char *usage, const char *fmt, const char *arg)
{
	fprintf(stderr, "schemac: ");
	fprintf(stderr, fmt, arg);
	fprintf(stderr, "\nusage: %s\n", usage);
	return EXIT_USAGE;
}

static bool wants_help(int argc, char **argv)
{
	for (int i = 1; i < argc; i++)
		if (strcmp(argv[i], "--help") == 0 || strcmp(argv[i], "-h") == 0)
			return true;
	return false;
}

static const char diff_usage[] = "schemac diff FROM TO";

static int cmd_diff(int argc, char **argv)
{
	struct arena *a;
	struct diags d;
	struct catalog *from, *to;
	struct stmt_cache *cache;
	struct changes ch = { 0 };
	struct strbuf out = STRBUF_INIT;
	int ret = EXIT_OK;

	for (int i = 1; i < argc; i++)
		if (argv[i][0] == '-' && argv[i][1])
			return usage_error(diff_usage, "unknown option '%s'", argv[i]);
	if (argc != 3)
		return usage_error(diff_usage, "%s", argc < 3 ? "diff needs FROM and TO" :
				   "diff takes exactly two paths");
	a = arena_new();
	diags_init(&d, a);
	cache = stmt_cache_new(a);
	from = build_from_paths(a, &d, cache, (const char *const *)&argv[1], 1);
	to = build_from_paths(a, &d, cache, (const char *const *)&argv[2], 1);
	print_diags(&d);
	if (d.nerrors) {
		fprintf(stderr, "schemac: %d error%s; no migration printed\n", d.nerrors,
			d.nerrors == 1 ? "" : "s");
		ret = EXIT_USAGE;
	} else {
		diff_catalogs(&ch, a, from, to);
		order_changes(&ch);
		emit_changes(&out, a, &ch);
		fputs(out.buf, stdout);
		if (fflush(stdout) != 0) {
			perror("schemac: cannot write the output");
			ret = EXIT_USAGE;
		}
	}
	sb_release(&out);
	stmt_cache_free(cache);
	arena_free(a);
	return ret;
}

static const struct command commands[] = {
	{ "diff", cmd_diff, diff_usage,
	  "Prints the migration from FROM to TO (.sql files or folders of them).\n"
	  "Prints nothing when the two schemas are the same." },
};

static void print_usage(FILE *f)
{
	fprintf(f, "usage: schemac COMMAND [ARGS]\n\ncommands:\n");
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++)
		fprintf(f, "  %s\n", commands[i].usage);
	fprintf(f, "\nschemac --version, schemac COMMAND --help\n");
}

int main(int argc, char **argv)
{
	if (argc < 2) {
		print_usage(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0) {
		printf("schemac %s\n", SCHEMAC_VERSION);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		print_usage(stdout);
		return EXIT_OK;
	}
	for (size_t i = 0; i < ARRAY_SIZE(commands); i++) {
		if (strcmp(argv[1], commands[i].name) == 0) {
			if (wants_help(argc - 1, argv + 1)) {
				printf("usage: %s\n\n%s\n", commands[i].usage, commands[i].help);
				return EXIT_OK;
			}
			return commands[i].run(argc - 1, argv + 1);
		}
	}
	fprintf(stderr, "schemac: '%s' is not a command\n", argv[1]);
	print_usage(stderr);
	return EXIT_USAGE;
}
