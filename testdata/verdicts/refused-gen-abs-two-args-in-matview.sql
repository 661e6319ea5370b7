CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((abs(n, n))::text) AS x FROM t;
