CREATE TABLE t (a uuid(4));
