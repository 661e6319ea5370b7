CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((replac(a, 'a', 'b'))::text) AS x FROM t;
