CREATE TABLE t (a text, n int);
ALTER TABLE t ALTER COLUMN a SET DEFAULT ((char_lenght('abc'))::text);
