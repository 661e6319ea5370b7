CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((lower(a))::text) AS x FROM t;
