/*
 * interval.c - an interval literal as PostgreSQL prints it back.
 *
 * '24 hours'::interval is stored as 24 hours and printed by pg_dump as
 * '24:00:00'::interval; '1 week' comes back as '7 days', '1.5 days' as
 * '1 day 12:00:00'. To compare a view or a policy as written with the same
 * one read from pg_dump, the normalizer replaces each interval constant by
 * the text interval_out gives it with IntervalStyle postgres (the default,
 * and what pg_dump sets).
 *
 * The input accepted is the postgres format PostgreSQL reads: an optional
 * '@', then number-unit pairs (units singular, plural or abbreviated, any
 * case), an optional hh:mm[:ss[.frac]] time, and 'ago'. Anything else (ISO
 * 8601 'P1D', SQL-standard 'Y-M', field qualifiers) is left as written.
 */
#include "interval.h"
#include "arena.h"

#include <ctype.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#define USECS_PER_SEC 1000000LL
#define USECS_PER_MINUTE (60 * USECS_PER_SEC)
#define USECS_PER_HOUR (60 * USECS_PER_MINUTE)
#define USECS_PER_DAY (24 * USECS_PER_HOUR)

struct ival {
	long long months;
	long long days;
	long long usecs;
};

enum unit { U_NONE, U_MILLENNIUM, U_CENTURY, U_DECADE, U_YEAR, U_MONTH, U_WEEK, U_DAY, U_HOUR,
	    U_MINUTE, U_SECOND, U_MILLISECOND, U_MICROSECOND };

static enum unit unit_of(const char *w)
{
	static const struct {
		const char *name;
		enum unit u;
	} units[] = {
		{ "millennium", U_MILLENNIUM }, { "millennia", U_MILLENNIUM },
		{ "millenniums", U_MILLENNIUM }, { "mil", U_MILLENNIUM }, { "mils", U_MILLENNIUM },
		{ "century", U_CENTURY }, { "centuries", U_CENTURY }, { "cent", U_CENTURY },
		{ "c", U_CENTURY }, { "decade", U_DECADE }, { "decades", U_DECADE },
		{ "dec", U_DECADE }, { "decs", U_DECADE }, { "year", U_YEAR }, { "years", U_YEAR },
		{ "y", U_YEAR }, { "yr", U_YEAR }, { "yrs", U_YEAR }, { "month", U_MONTH },
		{ "months", U_MONTH }, { "mon", U_MONTH }, { "mons", U_MONTH }, { "week", U_WEEK },
		{ "weeks", U_WEEK }, { "w", U_WEEK }, { "day", U_DAY }, { "days", U_DAY },
		{ "d", U_DAY }, { "hour", U_HOUR }, { "hours", U_HOUR }, { "h", U_HOUR },
		{ "hr", U_HOUR }, { "hrs", U_HOUR }, { "minute", U_MINUTE }, { "minutes", U_MINUTE },
		{ "m", U_MINUTE }, { "min", U_MINUTE }, { "mins", U_MINUTE }, { "second", U_SECOND },
		{ "seconds", U_SECOND }, { "s", U_SECOND }, { "sec", U_SECOND },
		{ "secs", U_SECOND }, { "millisecond", U_MILLISECOND },
		{ "milliseconds", U_MILLISECOND }, { "ms", U_MILLISECOND },
		{ "msec", U_MILLISECOND }, { "msecs", U_MILLISECOND },
		{ "millisecon", U_MILLISECOND }, { "microsecond", U_MICROSECOND },
		{ "microseconds", U_MICROSECOND }, { "us", U_MICROSECOND },
		{ "usec", U_MICROSECOND }, { "usecs", U_MICROSECOND },
		{ "microsecon", U_MICROSECOND },
	};
	for (size_t i = 0; i < sizeof(units) / sizeof(units[0]); i++)
		if (strcasecmp(w, units[i].name) == 0)
			return units[i].u;
	return U_NONE;
}

/* Adds whole + frac (frac with whole's sign) of a unit, cascading the
 * fraction into the smaller fields as DecodeInterval does. */
static void add(struct ival *v, enum unit u, long long whole, double frac)
{
	double days_frac = 0, secs_frac = 0;

	switch (u) {
	case U_MILLENNIUM:
		v->months += whole * 12000 + (long long)__builtin_rint(frac * 12000);
		return;
	case U_CENTURY:
		v->months += whole * 1200 + (long long)__builtin_rint(frac * 1200);
		return;
	case U_DECADE:
		v->months += whole * 120 + (long long)__builtin_rint(frac * 120);
		return;
	case U_YEAR:
		v->months += whole * 12 + (long long)__builtin_rint(frac * 12);
		return;
	case U_MONTH:
		v->months += whole;
		days_frac = frac * 30;
		break;
	case U_WEEK:
		v->days += whole * 7;
		days_frac = frac * 7;
		break;
	case U_DAY:
		v->days += whole;
		days_frac = frac;
		break;
	case U_HOUR:
		v->usecs += whole * USECS_PER_HOUR;
		secs_frac = frac * 3600;
		break;
	case U_MINUTE:
		v->usecs += whole * USECS_PER_MINUTE;
		secs_frac = frac * 60;
		break;
	case U_SECOND:
		v->usecs += whole * USECS_PER_SEC;
		secs_frac = frac;
		break;
	case U_MILLISECOND:
		v->usecs += whole * 1000 + (long long)__builtin_rint(frac * 1000);
		return;
	case U_MICROSECOND:
		v->usecs += whole + (long long)__builtin_rint(frac);
		return;
	case U_NONE:
		return;
	}
	if (days_frac != 0) {
		long long d = (long long)days_frac;
		v->days += d;
		secs_frac = (days_frac - (double)d) * 86400;
	}
	v->usecs += (long long)__builtin_rint(secs_frac * USECS_PER_SEC);
}

/* hh:mm[:ss[.frac]] at *p, with sign; false if not that. */
static bool time_field(const char **p, int sign, struct ival *v)
{
	const char *s = *p;
	long long h, m, sec = 0, us = 0;
	char *end;

	h = strtoll(s, &end, 10);
	if (end == s || *end != ':')
		return false;
	s = end + 1;
	m = strtoll(s, &end, 10);
	if (end == s)
		return false;
	s = end;
	if (*s == ':') {
		s++;
		sec = strtoll(s, &end, 10);
		if (end == s)
			return false;
		s = end;
		if (*s == '.') {
			long long scale = 100000;
			for (s++; isdigit((unsigned char)*s); s++) {
				us += (*s - '0') * scale;
				scale /= 10;
			}
		}
	}
	/* past what the server takes (and what a long long holds once
	 * multiplied): not a time this file prints back */
	if (h > 1000000000LL || m > 1000000000LL || m < -1000000000LL || sec > 1000000000LL ||
	    sec < -1000000000LL)
		return false;
	v->usecs += sign * (h * USECS_PER_HOUR + m * USECS_PER_MINUTE + sec * USECS_PER_SEC + us);
	*p = s;
	return true;
}

static bool parse(const char *s, struct ival *v)
{
	bool any = false;

	while (isspace((unsigned char)*s))
		s++;
	if (*s == '@')
		s++;
	for (;;) {
		int sign = 1;
		char *end;
		char word[16];
		size_t n = 0;
		double num;
		long long whole;
		enum unit unit;

		while (isspace((unsigned char)*s))
			s++;
		if (!*s)
			break;
		if (strncasecmp(s, "ago", 3) == 0 && !isalpha((unsigned char)s[3])) {
			s += 3;
			while (isspace((unsigned char)*s))
				s++;
			if (*s || !any)
				return false;
			v->months = -v->months;
			v->days = -v->days;
			v->usecs = -v->usecs;
			return true;
		}
		if (*s == '+' || *s == '-') {
			sign = *s == '-' ? -1 : 1;
			s++;
		}
		if (!isdigit((unsigned char)*s) && *s != '.')
			return false;
		if (time_field(&s, sign, v)) {
			any = true;
			continue;
		}
		num = strtod(s, &end);
		if (end == s)
			return false;
		s = end;
		while (isspace((unsigned char)*s))
			s++;
		while (isalpha((unsigned char)*s) && n + 1 < sizeof(word))
			word[n++] = *s++;
		word[n] = '\0';
		if (isalpha((unsigned char)*s))
			return false;
		unit = n ? unit_of(word) : U_SECOND;	/* a bare number is seconds */
		if (unit == U_NONE)
			return false;
		/* past PostgreSQL's own limits (and what a long long holds
		 * once multiplied): left as written */
		if (!(num < 1e9 && num > -1e9))
			return false;
		whole = (long long)num;
		add(v, unit, sign * whole, sign * (num - (double)whole));
		if (llabs(v->usecs) > (long long)1e18 || llabs(v->days) > (long long)1e12 ||
		    llabs(v->months) > (long long)1e12)
			return false;
		any = true;
	}
	return any;
}

static void int_part(char *buf, size_t size, long long value, const char *unit, bool *zero,
		     bool *before)
{
	size_t len = strlen(buf);

	if (value == 0)
		return;
	snprintf(buf + len, size - len, "%s%s%lld %s%s", *zero ? "" : " ",
		 *before && value > 0 ? "+" : "", value, unit, value != 1 ? "s" : "");
	*before = value < 0;
	*zero = false;
}

const char *interval_canon(struct arena *a, const char *text)
{
	struct ival v = { 0, 0, 0 };
	char buf[160] = "";
	bool zero = true, before = false;
	long long t, hour, min, sec, us;

	if (!parse(text, &v))
		return NULL;
	int_part(buf, sizeof(buf), v.months / 12, "year", &zero, &before);
	int_part(buf, sizeof(buf), v.months % 12, "mon", &zero, &before);
	int_part(buf, sizeof(buf), v.days, "day", &zero, &before);
	t = v.usecs;
	hour = t / USECS_PER_HOUR;
	t -= hour * USECS_PER_HOUR;
	min = t / USECS_PER_MINUTE;
	t -= min * USECS_PER_MINUTE;
	sec = t / USECS_PER_SEC;
	us = t - sec * USECS_PER_SEC;
	if (zero || hour || min || sec || us) {
		size_t len = strlen(buf);
		bool minus = hour < 0 || min < 0 || sec < 0 || us < 0;
		snprintf(buf + len, sizeof(buf) - len, "%s%s%02lld:%02lld:%02lld", zero ? "" : " ",
			 minus ? "-" : (before ? "+" : ""), llabs(hour), llabs(min), llabs(sec));
		if (us) {
			len = strlen(buf);
			snprintf(buf + len, sizeof(buf) - len, ".%06lld", llabs(us));
			len = strlen(buf);
			while (buf[len - 1] == '0')
				buf[--len] = '\0';
		}
	}
	return arena_strdup(a, buf);
}
