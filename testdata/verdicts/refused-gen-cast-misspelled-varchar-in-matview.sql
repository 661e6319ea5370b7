CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((a::varchr(5))::text) AS x FROM t;
