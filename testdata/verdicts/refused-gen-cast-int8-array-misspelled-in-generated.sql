CREATE TABLE t (a text, n int, g text GENERATED ALWAYS AS (((cardinality(ARRAY[n]::int88[]))::text)) STORED);
