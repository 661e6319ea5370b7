CREATE TABLE t (a text, n int);
ALTER TABLE t ADD CONSTRAINT t_x CHECK (((lpad(a, 3)) IS NOT NULL));
