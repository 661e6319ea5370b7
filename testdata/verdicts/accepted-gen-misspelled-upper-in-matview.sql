CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((upper(a))::text) AS x FROM t;
