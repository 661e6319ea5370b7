/*
 * platform.h - the platforms schemac knows ("platform" in schemac.json): for
 * each, the extern declarations of what its databases hold before a
 * project's first migration (Supabase's auth, storage and extensions
 * schemas). They are read before the schema and the history, marked
 * declared (diag.h), and never emitted.
 */
#ifndef SCHEMAC_PLATFORM_H
#define SCHEMAC_PLATFORM_H

/* The declarations of the platform called name, or NULL if there is no
 * such platform. */
const char *platform_declarations(const char *name);
/* The platforms' names, comma-separated, for messages (from the same
 * table as platform_declarations). */
const char *platform_names(void);

#endif
