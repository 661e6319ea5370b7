CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((lpad(a, 3))::text) AS x FROM t;
