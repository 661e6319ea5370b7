/*
 * platform.c - the platforms' extern declarations (platform.h), each a plain
 * SQL file in compiler/platform/ built into the binary as a string
 * (build/gen/platform_sql.h, written by compiler/platform/sql2c.sh).
 */
#include "platform.h"
#include "platform_sql.h"
#include "util.h"

#include <stdio.h>

static const struct {
	const char *name;
	const char *sql;
} platforms[] = {
	{ "supabase", platform_supabase_sql },
};

const char *platform_declarations(const char *name)
{
	for (size_t i = 0; i < ARRAY_SIZE(platforms); i++)
		if (str_eq(platforms[i].name, name))
			return platforms[i].sql;
	return NULL;
}

const char *platform_names(void)
{
	static char names[64];

	if (!names[0])
		for (size_t i = 0; i < ARRAY_SIZE(platforms); i++)
			snprintf(names + strlen(names), sizeof(names) - strlen(names), "%s%s",
				 i ? ", " : "", platforms[i].name);
	return names;
}
