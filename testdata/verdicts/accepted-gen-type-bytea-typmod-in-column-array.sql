CREATE TABLE t (a bit(5)[]);
