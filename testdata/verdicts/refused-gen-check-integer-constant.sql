CREATE TABLE t (a int CHECK (1));
