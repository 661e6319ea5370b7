CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((a::text)::text) AS x FROM t;
