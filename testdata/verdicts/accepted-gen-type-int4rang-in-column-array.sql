CREATE TABLE t (a int4range[]);
