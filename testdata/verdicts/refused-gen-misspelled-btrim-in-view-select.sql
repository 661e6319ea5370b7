CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((btrimm(a))::text) AS x FROM t;
