CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((btrim(a))::text) AS x FROM t;
