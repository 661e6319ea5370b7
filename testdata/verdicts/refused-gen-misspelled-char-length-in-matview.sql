CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((char_lenght(a))::text) AS x FROM t;
