CREATE TABLE t (a int CHECK (a + 1 > 0));
