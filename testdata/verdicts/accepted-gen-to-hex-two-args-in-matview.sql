CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((to_hex(n))::text) AS x FROM t;
