/*
 * cli.c - the command line's knowledge of itself (cli.h), read from the
 * command table: the options of a usage line, the check of argv against
 * them, the nearest name for "did you mean", the colour decision, and the
 * man page and shell completions generated from the usage and help text.
 * Prints only what it is asked to print, on the stream it is given.
 */
#include "cli.h"
#include "lint.h"

#include <ctype.h>
#include <stdlib.h>
#include <unistd.h>

/* ---- usage lines ------------------------------------------------------ */

static bool usage_sep(char c)
{
	return c == ' ' || c == '[' || c == ']' || c == '|' || c == '\0';
}

/* The long options of a usage line, in order, each once; returns how many
 * (at most CLI_MAX_OPTIONS). An option followed by a word that is not an option or
 * a bracket takes that word as its value. */
static size_t cli_options(struct cli_option *out, const char *usage)
{
	size_t n = 0;
	int bracket = 0, nbrackets = 0;
	int group_of[CLI_MAX_OPTIONS];

	for (const char *s = usage; *s; s++) {
		if (*s == '[') {
			bracket = ++nbrackets;
			continue;
		}
		if (*s == ']') {
			bracket = 0;
			continue;
		}
		if (s[0] != '-' || s[1] != '-' || (s > usage && !usage_sep(s[-1])) || n == CLI_MAX_OPTIONS)
			continue;
		{
			struct cli_option *o = &out[n];
			size_t len = 0;
			while (!usage_sep(s[len]) && len + 1 < sizeof(o->name))
				len++;
			memcpy(o->name, s, len);
			o->name[len] = '\0';
			s += len;
			o->value[0] = '\0';
			if (*s == ' ' && s[1] && !usage_sep(s[1]) && s[1] != '-') {
				size_t vlen = 0;
				s++;
				while (s[vlen] && s[vlen] != ' ' && s[vlen] != ']' && vlen + 1 < sizeof(o->value))
					vlen++;
				memcpy(o->value, s, vlen);
				o->value[vlen] = '\0';
				s += vlen;
			}
			group_of[n] = bracket;
			/* an option a second usage line names again is one option */
			n++;
			for (size_t k = 0; k + 1 < n; k++)
				if (strcmp(out[k].name, o->name) == 0) {
					n--;
					break;
				}
			s--;	/* the loop's s++ lands on the separator */
		}
	}
	/* a bracket holding one option is no group */
	for (size_t i = 0; i < n; i++) {
		int same = 0;
		for (size_t j = 0; j < n; j++)
			same += group_of[j] == group_of[i];
		out[i].group = group_of[i] && same > 1 ? group_of[i] : 0;
	}
	return n;
}

/* ---- did you mean ----------------------------------------------------- */

/* Edit distance counting a swap of two neighbours as one edit (optimal
 * string alignment), for short names. */
static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b);
	size_t *d = xcalloc((la + 1) * (lb + 1), sizeof(*d));
	size_t r;

#define D(i, j) d[(i) * (lb + 1) + (j)]
	for (size_t i = 0; i <= la; i++)
		D(i, 0) = i;
	for (size_t j = 0; j <= lb; j++)
		D(0, j) = j;
	for (size_t i = 1; i <= la; i++) {
		for (size_t j = 1; j <= lb; j++) {
			size_t cost = a[i - 1] != b[j - 1];
			size_t v = D(i - 1, j) + 1;
			if (D(i, j - 1) + 1 < v)
				v = D(i, j - 1) + 1;
			if (D(i - 1, j - 1) + cost < v)
				v = D(i - 1, j - 1) + cost;
			if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] &&
			    D(i - 2, j - 2) + 1 < v)
				v = D(i - 2, j - 2) + 1;
			D(i, j) = v;
		}
	}
	r = D(la, lb);
#undef D
	free(d);
	return r;
}

const char *cli_nearest(const char *word, const char *const *names, size_t n)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1, len = strlen(word);
	/* a few typos: one in a short word, up to three in a long one */
	size_t limit = 1 + len / 4 > 3 ? 3 : 1 + len / 4;

	for (size_t i = 0; i < n; i++) {
		size_t nlen = strlen(names[i]), d;
		if (len >= 3 && strncmp(names[i], word, len) == 0)
			d = 0;	/* a prefix: "gen" for generate */
		else if ((nlen > len ? nlen - len : len - nlen) > limit)
			continue;	/* the lengths alone are too far apart */
		else
			d = edit_distance(word, names[i]);
		if (d < best_d) {
			best_d = d;
			best = names[i];
		}
	}
	return best_d <= limit ? best : NULL;
}

/* ---- argv against the usage ------------------------------------------- */

int cli_check_args(const struct command *c, int argc, char **argv)
{
	struct cli_option opts[CLI_MAX_OPTIONS];
	const char *names[CLI_MAX_OPTIONS + 1];
	int given[CLI_MAX_OPTIONS] = { 0 };	/* argv index + 1 */
	size_t n = cli_options(opts, c->usage);

	for (size_t k = 0; k < n; k++)
		names[k] = opts[k].name;
	names[n] = "--help";
	for (int i = 1; i < argc; i++) {
		const char *a = argv[i];
		size_t k;
		if (strcmp(a, "--") == 0)
			break;
		if (a[0] != '-' || a[1] != '-')
			continue;
		for (k = 0; k < n && strcmp(a, opts[k].name) != 0; k++)
			;
		if (k == n) {
			const char *near = cli_nearest(a, names, n + 1);
			fprintf(stderr, "schemac: unknown option '%s' for %s", a, c->name);
			if (near)
				fprintf(stderr, "; did you mean '%s'?", near);
			fprintf(stderr, "\nusage: %s\n", c->usage);
			return -1;
		}
		if (opts[k].group) {
			for (size_t j = 0; j < n; j++) {
				if (j != k && given[j] && opts[j].group == opts[k].group) {
					fprintf(stderr, "schemac: %s and %s exclude each other\nusage: %s\n",
						argv[given[j] - 1], a, c->usage);
					return -1;
				}
			}
		}
		given[k] = i + 1;
		if (opts[k].value[0])
			i++;	/* its value, whatever it looks like */
	}
	return 0;
}

/* ---- colour ----------------------------------------------------------- */

int cli_color_from_name(const char *name)
{
	if (strcmp(name, "auto") == 0)
		return CLI_COLOR_AUTO;
	if (strcmp(name, "always") == 0)
		return CLI_COLOR_ALWAYS;
	if (strcmp(name, "never") == 0)
		return CLI_COLOR_NEVER;
	return -1;
}

bool cli_color_on(enum cli_color when, int fd)
{
	const char *no_color = getenv("NO_COLOR"), *term = getenv("TERM");

	if (when != CLI_COLOR_AUTO)
		return when == CLI_COLOR_ALWAYS;
	if (no_color && *no_color)
		return false;	/* https://no-color.org */
	if (term && strcmp(term, "dumb") == 0)
		return false;
	return isatty(fd);
}

/* ---- the text besides the commands ------------------------------------ */

struct term {
	const char *term;
	const char *text;
};

static const struct term exit_codes[] = {
	{ "0", "success" },
	{ "1", "findings (lint errors, check, status, diff --exit-code)" },
	{ "2", "bad usage or bad input (options, files, SQL, database URL)" },
	{ "3", "database failure (cannot connect, a statement failed)" },
};

static const struct term environment[] = {
	{ "DATABASE_URL", "the database without --url or --env (also from .env.local, .env)" },
	{ "DIRECT_URL", "before DATABASE_URL for migrate, rollback and baseline" },
	{ "NO_COLOR", "set and not empty: no colours (--color=always still colours)" },
	{ "TERM", "\"dumb\": no colours" },
};

static const struct term files[] = {
	{ "schemac.json", "the configuration: schema and migrations folders, safe migrations, owners, tracking table, environments, lint rule levels" },
	{ "schema/", "the schema, as .sql files read in path order" },
	{ "migrations/NNNN_name.sql", "a migration, and NNNN_name.down.sql its reverse" },
	{ "migrations/schemac.sum", "the checksums of the migrations; its first line hashes the others" },
	{ ".env.NAME.local, .env.local, .env", "DATABASE_URL and DIRECT_URL, for --env NAME and without it" },
};

static const struct term directives[] = {
	{ "-- schemac:allow RULE[,RULE] REASON", "before a statement (or at the top of a file, followed by a blank line): acknowledges a lint finding" },
	{ "-- schemac:no-transaction", "at the top of a migration: run it statement by statement, resumable, outside a transaction" },
	{ "-- schemac:renamed-from OLD", "before a table, column, type, enum value, constraint or index: a rename, not a drop and an add" },
	{ "-- schemac: destructive: WHAT", "written by generate and diff before a statement that loses data" },
};

static void print_terms(FILE *f, const char *title, const struct term *t, size_t n)
{
	fprintf(f, "\n%s:\n", title);
	for (size_t i = 0; i < n; i++)
		fprintf(f, "  %-14s %s\n", t[i].term, t[i].text);
}

void cli_print_general(FILE *f)
{
	print_terms(f, "exit codes", exit_codes, ARRAY_SIZE(exit_codes));
	print_terms(f, "environment", environment, ARRAY_SIZE(environment));
}

/* ---- the man page ----------------------------------------------------- */

/* Text for roff: backslashes and hyphens escaped, a line starting with a
 * dot or a quote protected. */
static void roff(FILE *f, const char *s, size_t len)
{
	for (size_t i = 0; i < len; i++) {
		if ((i == 0 || s[i - 1] == '\n') && (s[i] == '.' || s[i] == '\''))
			fputs("\\&", f);
		if (s[i] == '\\')
			fputs("\\e", f);
		else if (s[i] == '-')
			fputs("\\-", f);
		else
			fputc(s[i], f);
	}
}

static void roff_s(FILE *f, const char *s)
{
	roff(f, s, strlen(s));
}

static void man_terms(FILE *f, const char *title, const struct term *t, size_t n)
{
	fprintf(f, ".SH %s\n", title);
	for (size_t i = 0; i < n; i++) {
		fputs(".TP\n.B ", f);
		roff_s(f, t[i].term);
		fputc('\n', f);
		roff_s(f, t[i].text);
		fputc('\n', f);
	}
}

void cli_man_page(FILE *f, const struct command *cmds, size_t n, const char *version)
{
	fprintf(f, ".\\\" schemac(1), generated by `schemac help --man` from the text of --help\n");
	fprintf(f, ".TH SCHEMAC 1 \"\" \"schemac %s\" \"User Commands\"\n", version);
	fputs(".SH NAME\nschemac \\- a SQL\\-first migration compiler for PostgreSQL\n", f);
	fputs(".SH SYNOPSIS\n.nf\n", f);
	for (size_t i = 0; i < n; i++) {
		roff_s(f, cmds[i].usage);
		fputc('\n', f);
	}
	fputs(".fi\n.SH DESCRIPTION\n", f);
	fputs("schemac compiles a schema written as plain SQL into migrations, with no database:\n"
	      "it parses the files with the PostgreSQL parser, builds a model of the catalog,\n"
	      "compares it with the history of migrations, and writes the next migration,\n"
	      "its reverse, a snapshot and checksums. It lints every migration for the locks\n"
	      "it takes, the rewrites and the data it loses, and applies them with libpq.\n"
	      "Results go to standard output, diagnostics to standard error as\n"
	      ".IR file : line : col :\n"
	      "with the source line and a caret.\n", f);
	fputs(".SH COMMANDS\n", f);
	for (size_t i = 0; i < n; i++) {
		const char *h = cmds[i].help;
		fprintf(f, ".SS %s\n.nf\n.B ", cmds[i].name);
		roff_s(f, cmds[i].usage);
		fputs("\n.fi\n.PP\n", f);
		/* a blank line in the help starts a new paragraph */
		while (*h) {
			const char *end = strstr(h, "\n\n");
			size_t len = end ? (size_t)(end - h) : strlen(h);
			roff(f, h, len);
			fputc('\n', f);
			h += len;
			while (*h == '\n')
				h++;
			if (*h)
				fputs(".PP\n", f);
		}
	}
	fputs(".SH OPTIONS\nBefore or after the command:\n", f);
	fputs(".TP\n.BR \\-\\-color [=\\fIWHEN\\fR]\n"
	      "Colours in diagnostics and lint findings: \\fBauto\\fR (the default: on a terminal,\n"
	      "unless NO_COLOR is set), \\fBalways\\fR (also what \\-\\-color alone means) or \\fBnever\\fR.\n", f);
	fputs(".TP\n.B \\-\\-help\nThe command's usage and help, as \\fBschemac help\\fR \\fICOMMAND\\fR prints it.\n", f);
	fputs(".TP\n.B \\-\\-version\nThe version.\n", f);
	fputs(".SH LINT RULES\n", f);
	for (size_t i = 0; i < lint_nrules; i++) {
		fprintf(f, ".TP\n.B %s\n", lint_rules[i].id);
		fprintf(f, "(%s) ", lint_class_name(lint_rules[i].cls));
		roff_s(f, lint_rules[i].summary);
		fputs(".\nInstead: ", f);
		roff_s(f, lint_rules[i].fix);
		fputs(".\n", f);
	}
	man_terms(f, "DIRECTIVES", directives, ARRAY_SIZE(directives));
	man_terms(f, "EXIT STATUS", exit_codes, ARRAY_SIZE(exit_codes));
	man_terms(f, "ENVIRONMENT", environment, ARRAY_SIZE(environment));
	man_terms(f, "FILES", files, ARRAY_SIZE(files));
	fputs(".SH SEE ALSO\n.BR psql (1),\n.BR pg_dump (1)\n", f);
}

/* ---- shell completions ------------------------------------------------ */

/* What a value or an argument written as word completes to. */
enum completes { C_NOTHING, C_WORDS, C_FILES, C_DIRS, C_ENVIRONMENTS, C_TOPICS };

static enum completes value_kind(const char *word)
{
	bool lower = *word != '\0';

	for (const char *s = word; *s; s++)
		if (!(islower((unsigned char)*s) || *s == '|' || *s == '-'))
			lower = false;
	if (lower && strchr(word, '|'))
		return C_WORDS;	/* text|json|sarif */
	if (strstr(word, "COMMAND"))
		return C_TOPICS;
	if (strcmp(word, "NAME") == 0)
		return C_NOTHING;
	if (strcmp(word, "DIR") == 0)
		return C_DIRS;
	if (strstr(word, "FILE") || strstr(word, "DIR") || strstr(word, "SQL") ||
	    strcmp(word, "FROM") == 0 || strcmp(word, "TO") == 0)
		return C_FILES;
	return C_NOTHING;
}

/* The words of a value list, "text|json" as "text json". */
static void print_words(FILE *f, const char *list)
{
	for (const char *s = list; *s; s++)
		fputc(*s == '|' ? ' ' : *s, f);
}

/* The positional words of a usage line after "schemac NAME": what is not an
 * option or an option's value. */
static size_t positionals(char out[][80], size_t max, const char *usage)
{
	const char *s = usage;
	size_t n = 0;
	bool after_option = false;

	for (int skip = 0; skip < 2 && *s; skip++) {	/* "schemac", the name */
		s += strcspn(s, " ");
		s += strspn(s, " ");
	}
	while (*s) {
		size_t len;
		s += strspn(s, " []|");
		len = strcspn(s, " ]");
		if (!len)
			break;
		if (s[0] == '-') {
			after_option = s[len] == ' ' && s[len + 1] != '[' && s[len + 1] != '|';
			/* a flag ends at the | of [--a|--b] */
			if (memchr(s, '|', len))
				after_option = false;
		} else if (after_option) {
			after_option = false;
		} else if (n < max && len < 80) {
			memcpy(out[n], s, len);
			out[n][len] = '\0';
			n++;
		}
		s += len;
	}
	return n;
}

/* The command names and rule ids: what `schemac help` takes. */
static void print_topics(FILE *f, const struct command *cmds, size_t n)
{
	for (size_t i = 0; i < n; i++)
		fprintf(f, "%s%s", i ? " " : "", cmds[i].name);
	for (size_t i = 0; i < lint_nrules; i++)
		fprintf(f, " %s", lint_rules[i].id);
}

/* One completion action, in the shell's words. */
static void complete_action(FILE *f, bool zsh, enum completes k, const char *words,
			    const struct command *cmds, size_t n)
{
	switch (k) {
	case C_WORDS:
		fputs(zsh ? "compadd -- " : "COMPREPLY=($(compgen -W \"", f);
		print_words(f, words);
		fputs(zsh ? "" : "\" -- \"$cur\"))", f);
		break;
	case C_TOPICS:
		fputs(zsh ? "compadd -- " : "COMPREPLY=($(compgen -W \"", f);
		print_topics(f, cmds, n);
		fputs(zsh ? "" : "\" -- \"$cur\"))", f);
		break;
	case C_FILES:
		fputs(zsh ? "_files" : "COMPREPLY=($(compgen -f -- \"$cur\"))", f);
		break;
	case C_DIRS:
		fputs(zsh ? "_files -/" : "COMPREPLY=($(compgen -d -- \"$cur\"))", f);
		break;
	case C_ENVIRONMENTS:
		fputs(zsh ? "compadd -- ${(f)\"$(${words[1]} completion environments 2>/dev/null)\"}"
			  : "COMPREPLY=($(compgen -W \"$(\"${COMP_WORDS[0]}\" completion environments 2>/dev/null)\" -- \"$cur\"))",
		      f);
		break;
	case C_NOTHING:
		fputs(zsh ? ":" : "COMPREPLY=()", f);
		break;
	}
}

/* The first sentence of a help text, for zsh's command descriptions. */
static void print_summary(FILE *f, const char *help)
{
	int col = 0;

	for (const char *s = help; *s && !(s[0] == '.' && (s[1] == ' ' || s[1] == '\n' || !s[1])) &&
				   !(s[0] == ':' && (s[1] == ' ' || s[1] == '\n'));
	     s++, col++) {
		if ((*s == ' ' || *s == '\n') && col > 60) {
			fputs("...", f);	/* a summary, not the help */
			break;
		}
		if (*s == '\n')
			fputc(' ', f);
		else if (*s == '\'')
			fputs("'\\''", f);
		else if (*s == ':')
			fputs("\\:", f);
		else
			fputc(*s, f);
	}
}

int cli_completion(FILE *f, const char *shell, const struct command *cmds, size_t n)
{
	bool zsh;

	if (strcmp(shell, "bash") == 0)
		zsh = false;
	else if (strcmp(shell, "zsh") == 0)
		zsh = true;
	else
		return -1;
	if (zsh) {
		fputs("#compdef schemac\n# zsh completion for schemac, generated by `schemac completion zsh`\n\n"
		      "_schemac() {\n"
		      "\tlocal cmd=${words[2]} prev=${words[CURRENT-1]} cur=${words[CURRENT]}\n"
		      "\tif (( CURRENT == 2 )); then\n"
		      "\t\tlocal -a cmds\n\t\tcmds=(\n", f);
		for (size_t i = 0; i < n; i++) {
			fprintf(f, "\t\t\t'%s:", cmds[i].name);
			print_summary(f, cmds[i].help);
			fputs("'\n", f);
		}
		fputs("\t\t)\n\t\t_describe -t commands 'schemac command' cmds\n"
		      "\t\tcompadd -- --help --version --color=auto --color=always --color=never\n"
		      "\t\treturn\n\tfi\n", f);
	} else {
		fputs("# bash completion for schemac, generated by `schemac completion bash`\n\n"
		      "_schemac() {\n"
		      "\tlocal cur=${COMP_WORDS[COMP_CWORD]} prev=${COMP_WORDS[COMP_CWORD-1]}\n"
		      "\tlocal cmd=${COMP_WORDS[1]}\n"
		      "\tif [ \"$COMP_CWORD\" -eq 1 ]; then\n"
		      "\t\tCOMPREPLY=($(compgen -W \"", f);
		for (size_t i = 0; i < n; i++)
			fprintf(f, "%s ", cmds[i].name);
		fputs("--help --version --color=auto --color=always --color=never\" -- \"$cur\"))\n"
		      "\t\treturn\n\tfi\n", f);
	}
	/* an option's value */
	fputs("\tcase \"$cmd $prev\" in\n", f);
	for (size_t i = 0; i < n; i++) {
		struct cli_option opts[CLI_MAX_OPTIONS];
		size_t no = cli_options(opts, cmds[i].usage);
		for (size_t k = 0; k < no; k++) {
			enum completes kind;
			if (!opts[k].value[0])
				continue;
			kind = strcmp(opts[k].name, "--env") == 0 ? C_ENVIRONMENTS : value_kind(opts[k].value);
			fprintf(f, "\t\"%s %s\")\n\t\t", cmds[i].name, opts[k].name);
			complete_action(f, zsh, kind, opts[k].value, cmds, n);
			fputs("\n\t\treturn;;\n", f);
		}
	}
	fputs("\tesac\n", f);
	/* an option */
	fputs("\tif [[ \"$cur\" == -* ]]; then\n\t\tcase \"$cmd\" in\n", f);
	for (size_t i = 0; i < n; i++) {
		struct cli_option opts[CLI_MAX_OPTIONS];
		size_t no = cli_options(opts, cmds[i].usage);
		fprintf(f, "\t\t%s)\n\t\t\t", cmds[i].name);
		fputs(zsh ? "compadd -- --help" : "COMPREPLY=($(compgen -W \"--help", f);
		for (size_t k = 0; k < no; k++)
			fprintf(f, " %s", opts[k].name);
		fputs(zsh ? ";;\n" : "\" -- \"$cur\"));;\n", f);
	}
	fputs("\t\tesac\n\t\treturn\n\tfi\n", f);
	/* an argument */
	fputs("\tcase \"$cmd\" in\n", f);
	for (size_t i = 0; i < n; i++) {
		char pos[8][80];
		size_t np = positionals(pos, ARRAY_SIZE(pos), cmds[i].usage);
		enum completes kind = C_NOTHING;
		const char *words = "";
		for (size_t k = 0; k < np && kind == C_NOTHING; k++) {
			kind = value_kind(pos[k]);
			words = pos[k];
		}
		fprintf(f, "\t%s)\n\t\t", cmds[i].name);
		complete_action(f, zsh, kind, words, cmds, n);
		fputs(";;\n", f);
	}
	fputs("\tesac\n}\n", f);
	fputs(zsh ? "\n_schemac \"$@\"\n" : "\ncomplete -F _schemac schemac\n", f);
	return 0;
}
