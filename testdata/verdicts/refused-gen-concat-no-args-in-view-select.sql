CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((concat())::text) AS x FROM t;
