CREATE TABLE t (a timestamp(-1));
