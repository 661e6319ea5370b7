CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((CAST(n AS bigint))::text) AS x FROM t;
