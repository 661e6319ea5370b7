DROP VIEW user_emails;

DROP INDEX users_code_idx;

ALTER COLLATION ci RENAME TO ci_old;

DROP COLLATION unused_c;

CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);

CREATE COLLATION unused_c (provider = libc, locale = 'POSIX');

ALTER TYPE ci_text RENAME TO ci_text_old;

ALTER FUNCTION cirange(text, text) RENAME TO cirange_old;

ALTER FUNCTION cirange(text, text, text) RENAME TO cirange_old;

ALTER FUNCTION cimultirange() RENAME TO cimultirange_old;

ALTER TYPE cimultirange RENAME TO cimultirange_old;

ALTER TYPE cirange RENAME TO cirange_old;

ALTER TYPE person RENAME TO person_old;

CREATE DOMAIN ci_text AS text COLLATE ci;

CREATE TYPE cirange AS RANGE (
    subtype = text,
    collation = ci
);

CREATE TYPE person AS (
    name text COLLATE ci,
    age integer
);

ALTER TABLE users ALTER COLUMN email TYPE text COLLATE ci;

ALTER TABLE users ALTER COLUMN nick TYPE ci_text USING nick::text::ci_text;

ALTER TABLE users ALTER COLUMN p TYPE person USING p::text::person;

ALTER TABLE users ALTER COLUMN r TYPE cirange USING r::text::cirange;

ALTER TABLE users ALTER COLUMN tag TYPE character varying(10) COLLATE ci;

CREATE INDEX users_code_idx ON users (code COLLATE ci);

CREATE VIEW user_emails AS SELECT users.id, users.email FROM users;

DROP DOMAIN ci_text_old;

DROP TYPE cirange_old;

DROP TYPE person_old;

DROP COLLATION ci_old;
