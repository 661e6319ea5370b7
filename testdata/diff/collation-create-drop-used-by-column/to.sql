-- collations created (libc, icu, nondeterministic, copied with FROM, in
-- another schema) and used by columns and a domain; one changed, one
-- dropped after its column moved off it
CREATE SCHEMA app;
CREATE COLLATION posix_c (lc_collate = 'POSIX', lc_ctype = 'C');
CREATE COLLATION german (provider = icu, locale = 'de-DE');
CREATE COLLATION app.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION copied FROM "C";
CREATE COLLATION changing (provider = libc, locale = 'POSIX');
COMMENT ON COLLATION german IS 'German';
CREATE DOMAIN name_t AS text COLLATE german;
CREATE TABLE words (id integer PRIMARY KEY, w text COLLATE posix_c, n text COLLATE app.nocase, c text COLLATE copied, d name_t);
