CREATE TABLE t (a numeric(0));
