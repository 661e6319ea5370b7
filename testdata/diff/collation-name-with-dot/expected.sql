CREATE COLLATION "my.app"."x.y" (provider = libc, locale = 'C');

CREATE COLLATION "de.utf8" (provider = icu, locale = 'de-DE');

CREATE TYPE dotrange AS RANGE (
    subtype = text,
    collation = "de.utf8"
);

CREATE DOMAIN name_t AS text COLLATE "de.utf8";

CREATE TYPE pair AS (
    a text COLLATE "my.app"."x.y",
    b text
);

CREATE TABLE parts (
    k text COLLATE "de.utf8",
    v integer
) PARTITION BY RANGE (k COLLATE "my.app"."x.y");

ALTER TABLE words ADD COLUMN w text COLLATE "de.utf8";

ALTER TABLE words ADD COLUMN n name_t;

ALTER TABLE words ADD COLUMN p pair;

ALTER TABLE words ADD COLUMN r dotrange;

ALTER TABLE words ADD COLUMN x character varying(20) COLLATE "my.app"."x.y";

CREATE INDEX words_w_idx ON words (w COLLATE "my.app"."x.y");

COMMENT ON COLLATION "de.utf8" IS 'German, dotted';

COMMENT ON COLLATION "my.app"."x.y" IS 'C, dotted';
