CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((CAST(n AS bigintt))::text) AS x FROM t;
