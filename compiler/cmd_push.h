/*
 * cmd_push.h - the commands that change a database outside the migration
 * history: `schemac push` (schema/ applied directly), `seed` (seeds/ run
 * after a static check against schema/) and `export` (a pg_dump into
 * backups/). Each parses its options, prints, and returns the exit code.
 */
#ifndef SCHEMAC_CMD_PUSH_H
#define SCHEMAC_CMD_PUSH_H

extern const char push_usage[];
extern const char push_help[];
extern const char seed_usage[];
extern const char seed_help[];
extern const char export_usage[];
extern const char export_help[];

int cmd_push(int argc, char **argv);
int cmd_seed(int argc, char **argv);
int cmd_export(int argc, char **argv);

#endif
