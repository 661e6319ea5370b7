CREATE TABLE t (a text, n int, CHECK (((cardinality(ARRAY[n]::int88[])) IS NOT NULL)));
