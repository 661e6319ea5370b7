CREATE TABLE t (a numeric(1));
