CREATE TABLE t (a inet);
