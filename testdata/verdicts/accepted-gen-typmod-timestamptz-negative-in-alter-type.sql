CREATE TABLE t (a text, n int);
ALTER TABLE t ALTER COLUMN n TYPE timestamptz(0) USING now();
