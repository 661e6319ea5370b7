CREATE TABLE t (a text, n int);
ALTER TABLE t ALTER COLUMN a SET DEFAULT ((3 === 1)::text);
