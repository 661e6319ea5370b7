CREATE TABLE t (a bytea(5)[]);
