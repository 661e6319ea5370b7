CREATE TABLE t (a inet(3));
