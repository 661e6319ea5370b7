CREATE TABLE t (a timestamp(3));
