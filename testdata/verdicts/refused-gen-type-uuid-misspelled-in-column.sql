CREATE TABLE t (a uid);
