CREATE TABLE t (a int CHECK (true));
