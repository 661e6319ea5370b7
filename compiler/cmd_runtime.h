/*
 * cmd_runtime.h - the commands over the runtime (runtime/runtime.h):
 * `schemac migrate`, `rollback`, `baseline` and `status`. Each parses its
 * options, reads the migrations folder, calls the runtime and prints what
 * happened; it returns the exit code and never exits.
 */
#ifndef SCHEMAC_CMD_RUNTIME_H
#define SCHEMAC_CMD_RUNTIME_H

extern const char migrate_usage[];
extern const char migrate_help[];
extern const char status_usage[];
extern const char status_help[];
extern const char rollback_usage[];
extern const char rollback_help[];
extern const char baseline_usage[];
extern const char baseline_help[];

int cmd_migrate(int argc, char **argv);
int cmd_status(int argc, char **argv);
int cmd_rollback(int argc, char **argv);
int cmd_baseline(int argc, char **argv);

#endif
