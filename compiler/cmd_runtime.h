/*
 * cmd_runtime.h - the commands over the runtime (runtime/runtime.h):
 * `schemac migrate` and `schemac status`. Each parses its options, reads the
 * migrations folder, calls the runtime and prints what happened; it returns
 * the exit code and never exits.
 */
#ifndef SCHEMAC_CMD_RUNTIME_H
#define SCHEMAC_CMD_RUNTIME_H

extern const char migrate_usage[];
extern const char migrate_help[];
extern const char status_usage[];
extern const char status_help[];

int cmd_migrate(int argc, char **argv);
int cmd_status(int argc, char **argv);

#endif
