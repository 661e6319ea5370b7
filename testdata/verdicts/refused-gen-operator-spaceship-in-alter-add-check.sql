CREATE TABLE t (a text, n int);
ALTER TABLE t ADD CONSTRAINT t_x CHECK (((n <=> 1) IS NOT NULL));
