CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((char_length(a))::text) AS x FROM t;
