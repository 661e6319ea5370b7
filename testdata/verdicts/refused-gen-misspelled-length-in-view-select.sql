CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((lenght(a))::text) AS x FROM t;
