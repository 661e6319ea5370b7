CREATE TABLE t (a text, n int);
ALTER TABLE t ALTER COLUMN a SET DEFAULT ((cardinality(ARRAY[3]::int88[]))::text);
