CREATE TABLE t (a text, n int);
ALTER TABLE t ADD COLUMN b numeric(1001, 2);
