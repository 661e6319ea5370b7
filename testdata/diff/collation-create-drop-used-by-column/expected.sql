CREATE SCHEMA app;

DROP COLLATION changing;

CREATE COLLATION app.nocase (provider = icu, locale = 'und-u-ks-level2', deterministic = false);

CREATE COLLATION changing (provider = libc, locale = 'POSIX');

CREATE COLLATION copied (provider = libc, locale = 'C');

CREATE COLLATION german (provider = icu, locale = 'de-DE');

CREATE COLLATION posix_c (provider = libc, lc_collate = 'POSIX', lc_ctype = 'C');

CREATE DOMAIN name_t AS text COLLATE german;

ALTER TABLE words ADD COLUMN n text COLLATE app.nocase;

ALTER TABLE words ADD COLUMN c text COLLATE copied;

ALTER TABLE words ADD COLUMN d name_t;

ALTER TABLE words ALTER COLUMN w TYPE text COLLATE posix_c;

DROP COLLATION old_c;

COMMENT ON COLLATION german IS 'German';
