/*
 * fileio.c - atomic batches of files: temporary file in the same folder,
 * write, fsync, then rename once every file of the batch is written.
 */
#include "fileio.h"
#include "strbuf.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/stat.h>
#include <unistd.h>

static int fail(struct file_batch *b, const char *what, const char *path)
{
	if (!b->error) {
		struct strbuf sb = STRBUF_INIT;
		sb_addf(&sb, "cannot %s '%s': %s", what, path, strerror(errno));
		b->error = sb_detach(&sb);
	}
	return -1;
}

int batch_write(struct file_batch *b, const char *path, const char *data, size_t len)
{
	struct strbuf tmp = STRBUF_INIT;
	int fd;
	size_t done = 0;

	sb_addf(&tmp, "%s.tmp-XXXXXX", path);
	fd = mkstemp(tmp.buf);
	if (fd < 0) {
		fail(b, "create a temporary file for", path);
		sb_release(&tmp);
		return -1;
	}
	vec_push(&b->temps, NULL, sb_detach(&tmp));
	vec_push(&b->paths, NULL, xstrdup(path));
	while (done < len) {
		ssize_t n = write(fd, data + done, len - done);
		if (n < 0) {
			if (errno == EINTR)
				continue;
			close(fd);
			return fail(b, "write", path);
		}
		done += (size_t)n;
	}
	if (fchmod(fd, 0644) < 0 || fsync(fd) < 0) {
		close(fd);
		return fail(b, "write", path);
	}
	if (close(fd) < 0)
		return fail(b, "write", path);
	return 0;
}

int batch_commit(struct file_batch *b)
{
	for (size_t i = 0; i < b->temps.n; i++) {
		if (rename(b->temps.items[i], b->paths.items[i]) < 0)
			return fail(b, "replace", b->paths.items[i]);
		free(b->temps.items[i]);
		b->temps.items[i] = NULL;
	}
	return 0;
}

void batch_release(struct file_batch *b)
{
	for (size_t i = 0; i < b->temps.n; i++) {
		if (b->temps.items[i]) {
			unlink(b->temps.items[i]);
			free(b->temps.items[i]);
		}
	}
	for (size_t i = 0; i < b->paths.n; i++)
		free(b->paths.items[i]);
	free(b->temps.items);
	free(b->paths.items);
	free(b->error);
	memset(b, 0, sizeof(*b));
}
