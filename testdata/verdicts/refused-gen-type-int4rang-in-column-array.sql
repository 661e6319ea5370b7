CREATE TABLE t (a int4rang[]);
