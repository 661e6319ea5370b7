/*
 * strbuf.h - the one string builder: never NULL, always NUL-terminated.
 * sb_init gives an empty buffer backed by a static "", so an unused
 * strbuf costs nothing and needs no release.
 */
#ifndef SCHEMAC_STRBUF_H
#define SCHEMAC_STRBUF_H

#include <stdarg.h>
#include <stddef.h>

struct strbuf {
	char *buf;
	size_t len;
	size_t cap;	/* 0 while buf is the static empty string */
};

#define STRBUF_INIT { sb_empty, 0, 0 }
extern char sb_empty[];

void sb_init(struct strbuf *sb);
void sb_release(struct strbuf *sb);
/* Hands the heap string to the caller and leaves sb empty. */
char *sb_detach(struct strbuf *sb);
void sb_reset(struct strbuf *sb);
void sb_add(struct strbuf *sb, const void *data, size_t len);
void sb_adds(struct strbuf *sb, const char *s);
void sb_addc(struct strbuf *sb, char c);
void sb_addf(struct strbuf *sb, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void sb_vaddf(struct strbuf *sb, const char *fmt, va_list ap);
void sb_setlen(struct strbuf *sb, size_t len);

#endif
