CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE DOMAIN ci_text AS text COLLATE ci;
CREATE TABLE words (
    w text COLLATE "C",
    n ci_text,
    k text COLLATE ci
) PARTITION BY LIST (k);
CREATE INDEX words_w_idx ON words (w);
CREATE INDEX words_n_idx ON words (n);
CREATE VIEW word_keys AS SELECT k COLLATE ci AS k, 'x' COLLATE "C" AS x FROM words;
