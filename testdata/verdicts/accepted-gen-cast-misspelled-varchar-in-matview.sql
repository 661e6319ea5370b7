CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((a::varchar(5))::text) AS x FROM t;
