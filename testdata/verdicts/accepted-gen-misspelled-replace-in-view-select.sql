CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((replace(a, 'a', 'b'))::text) AS x FROM t;
