/*
 * fileio.h - writing files so that a failure never leaves one half-written:
 * every file of a batch is first written to a temporary file in its own
 * folder and fsync'ed; only when all are written are they renamed into
 * place (git's lockfile.h does the same for one file).
 */
#ifndef SCHEMAC_FILEIO_H
#define SCHEMAC_FILEIO_H

#include "util.h"

struct file_batch {
	struct ptrvec paths;	/* char *, heap */
	struct ptrvec temps;	/* char *, heap: written, not yet renamed */
	char *error;		/* heap, the first failure */
};

/* Writes data to a temporary file beside path. -1 (and b->error) on failure. */
int batch_write(struct file_batch *b, const char *path, const char *data, size_t len);
/* Renames every temporary file into place. -1 on failure. */
int batch_commit(struct file_batch *b);
/* Removes the temporary files not committed, frees the batch. */
void batch_release(struct file_batch *b);

#endif
