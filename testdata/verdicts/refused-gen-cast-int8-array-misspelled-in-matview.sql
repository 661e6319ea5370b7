CREATE TABLE t (a text, n int);
CREATE MATERIALIZED VIEW mv AS SELECT ((cardinality(ARRAY[n]::int88[]))::text) AS x FROM t;
