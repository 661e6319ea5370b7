CREATE TABLE t (a booleen[]);
