-- index and partition keys that name their column's own collation (pg_dump
-- leaves it out), COLLATE clauses in a view qualified as pg_dump writes them
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN ci_text AS text COLLATE ci;
CREATE TABLE words (
    w text COLLATE "C",
    n ci_text,
    k text COLLATE ci
) PARTITION BY LIST (k COLLATE public.ci);
CREATE INDEX words_w_idx ON words (w COLLATE pg_catalog."C");
CREATE INDEX words_n_idx ON words (n COLLATE ci);
CREATE VIEW word_keys AS SELECT k COLLATE public.ci AS k, 'x' COLLATE pg_catalog."C" AS x FROM words;
