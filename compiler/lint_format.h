/*
 * lint_format.h - the linter's findings in the four output formats: text
 * (compiler style, the diagnostics renderer), json, sarif (2.1.0, for
 * GitHub code scanning) and github (workflow command annotations).
 */
#ifndef SCHEMAC_LINT_FORMAT_H
#define SCHEMAC_LINT_FORMAT_H

#include "lint.h"
#include "strbuf.h"

enum lint_format { LINT_TEXT, LINT_JSON, LINT_SARIF, LINT_GITHUB };

/* Findings are the diagnostics of d that carry a rule; the others (bad
 * input) go to text only. */
void lint_format(struct strbuf *out, enum lint_format fmt, const struct diags *d,
		 const char *version);
/* GitHub's escaping of workflow command data, and (property) of a
 * property's value, into out (also drift's --format github). */
void lint_gh_escape(struct strbuf *out, const char *s, bool property);
/* --explain: what each statement locks, rewrites and loses. */
void lint_explain(struct strbuf *out, const struct lint_report *r);

#endif
