CREATE TABLE t (a timestampz[]);
