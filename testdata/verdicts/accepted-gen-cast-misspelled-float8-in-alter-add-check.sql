CREATE TABLE t (a text, n int);
ALTER TABLE t ADD CONSTRAINT t_x CHECK (((n::float8) IS NOT NULL));
