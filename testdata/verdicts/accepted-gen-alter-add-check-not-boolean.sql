CREATE TABLE t (a text, n int);
ALTER TABLE t ADD CONSTRAINT t_n CHECK (n * 2 < 100);
