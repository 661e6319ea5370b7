CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((n <=> 1)::text) AS x FROM t;
