/*
 * cli.h - what the command line knows about itself, all of it read from the
 * command table in main.c: the options each usage line names (so that a
 * mistyped option, or two that exclude each other, is caught before the
 * command runs), the nearest name to a mistyped one, whether stderr gets
 * colours, and the man page and the bash and zsh completions, generated from
 * the same usage and help text that --help prints. A new row in the table
 * gets its checks, its man section and its completions with no other change.
 */
#ifndef SCHEMAC_CLI_H
#define SCHEMAC_CLI_H

#include "util.h"

#include <stdio.h>

/* One row of the command table. */
struct command {
	const char *name;
	int (*run)(int argc, char **argv);	/* argv[0] is the command's name */
	const char *usage;	/* "schemac NAME [--opt VALUE] [--a|--b] ARG": the one
				 * place its options are written; see cli_options */
	const char *help;	/* what --help prints after the usage, lines of
				 * at most 80 columns; the man page's section */
};

/* A long option as a usage line writes it. */
struct cli_option {
	char name[40];	/* "--format" */
	char value[80];	/* what follows it: "text|json", "DIR", "" for a flag */
	int group;	/* > 0: the bracket [--a | --b] it shares with other options,
			 * which exclude each other; 0: alone in its bracket */
};

#define CLI_MAX_OPTIONS 32

/* The name in names nearest to word (a prefix of it, or a few typos away),
 * or NULL when none is near enough to suggest. */
const char *cli_nearest(const char *word, const char *const *names, size_t n);

/*
 * Checks argv (argv[0] the command) against the command's usage line before
 * it runs: every long option is one the usage names (--help aside), two
 * options of one bracket are not both given. Returns 0, or prints the error
 * with the nearest option and the usage on stderr and returns -1.
 */
int cli_check_args(const struct command *c, int argc, char **argv);

/* --color=WHEN: "auto", "always" or "never"; -1 for anything else. */
enum cli_color { CLI_COLOR_AUTO, CLI_COLOR_ALWAYS, CLI_COLOR_NEVER };
int cli_color_from_name(const char *name);
/* Whether output on fd gets colours: always, never, or (auto) when fd is a
 * terminal, TERM is not "dumb" and NO_COLOR is unset or empty. */
bool cli_color_on(enum cli_color when, int fd);

/* The parts of the general usage and the man page that are not a command's:
 * exit codes, environment, files. */
void cli_print_general(FILE *f);

/* The man page schemac(1) in roff, one section per command. */
void cli_man_page(FILE *f, const struct command *cmds, size_t n, const char *version);

/* The completion script for shell ("bash" or "zsh"); -1 for another shell. */
int cli_completion(FILE *f, const char *shell, const struct command *cmds, size_t n);

#endif
