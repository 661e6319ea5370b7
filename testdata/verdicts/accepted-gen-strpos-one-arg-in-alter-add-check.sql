CREATE TABLE t (a text, n int);
ALTER TABLE t ADD CONSTRAINT t_x CHECK (((strpos(a, 'a')) IS NOT NULL));
