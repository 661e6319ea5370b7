CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((lpadd(a, 3))::text) AS x FROM t;
