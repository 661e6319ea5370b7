CREATE TABLE t (a int, b int, CONSTRAINT t_ab CHECK (a - b >= 0));
