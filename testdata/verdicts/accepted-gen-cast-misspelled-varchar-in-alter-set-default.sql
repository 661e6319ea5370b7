CREATE TABLE t (a text, n int);
ALTER TABLE t ALTER COLUMN a SET DEFAULT (('abc'::varchar(5))::text);
