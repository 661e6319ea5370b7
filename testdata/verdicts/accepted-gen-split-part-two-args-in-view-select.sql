CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((split_part(a, ',', 1))::text) AS x FROM t;
