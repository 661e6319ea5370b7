/*
 * cmd_pull.h - the commands that read a live database into the catalog
 * (runtime/introspect.h): `schemac inspect` prints what was read, `pull`
 * writes schema/ and the baseline migration from it, `drift` compares it
 * with the schema the migration history builds. Each parses its options,
 * prints, and returns the exit code; none exits.
 */
#ifndef SCHEMAC_CMD_PULL_H
#define SCHEMAC_CMD_PULL_H

extern const char inspect_usage[];
extern const char inspect_help[];
extern const char pull_usage[];
extern const char pull_help[];
extern const char drift_usage[];
extern const char drift_help[];

int cmd_inspect(int argc, char **argv);
int cmd_pull(int argc, char **argv);
int cmd_drift(int argc, char **argv);

#endif
