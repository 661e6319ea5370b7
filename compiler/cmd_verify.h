/*
 * cmd_verify.h - `schemac verify` (cmd_verify.c): options, the folders,
 * then runtime_verify; progress on stdout, diagnostics on stderr.
 */
#ifndef SCHEMAC_CMD_VERIFY_H
#define SCHEMAC_CMD_VERIFY_H

extern const char verify_usage[];
extern const char verify_help[];

int cmd_verify(int argc, char **argv);

#endif
