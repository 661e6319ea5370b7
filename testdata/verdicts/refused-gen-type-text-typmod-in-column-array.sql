CREATE TABLE t (a text(10)[]);
