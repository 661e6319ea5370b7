CREATE TABLE t (a text, n int);
ALTER TABLE t ADD CONSTRAINT t_x CHECK (((lpadd(a, 3)) IS NOT NULL));
