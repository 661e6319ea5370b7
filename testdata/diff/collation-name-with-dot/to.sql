-- collations whose names hold a dot (one in a schema whose name holds one
-- too), used by a column, a domain, a composite attribute, a range type, an
-- index key and a partition key; commented
CREATE SCHEMA "my.app";
CREATE COLLATION "de.utf8" (provider = icu, locale = 'de-DE');
CREATE COLLATION "my.app"."x.y" (provider = libc, locale = 'C');
COMMENT ON COLLATION "de.utf8" IS 'German, dotted';
COMMENT ON COLLATION "my.app"."x.y" IS 'C, dotted';
CREATE DOMAIN name_t AS text COLLATE "de.utf8";
CREATE TYPE pair AS (a text COLLATE "my.app"."x.y", b text);
CREATE TYPE dotrange AS RANGE (subtype = text, collation = "de.utf8");
CREATE TABLE words (
    id integer PRIMARY KEY,
    w text COLLATE "de.utf8",
    n name_t,
    p pair,
    r dotrange,
    x varchar(20) COLLATE "my.app"."x.y"
);
CREATE INDEX words_w_idx ON words (w COLLATE "my.app"."x.y");
CREATE TABLE parts (k text COLLATE "de.utf8", v integer) PARTITION BY RANGE (k COLLATE "my.app"."x.y");
