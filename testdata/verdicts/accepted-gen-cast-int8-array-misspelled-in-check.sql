CREATE TABLE t (a text, n int, CHECK (((cardinality(ARRAY[n]::int8[])) IS NOT NULL)));
