CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((length(a))::text) AS x FROM t;
