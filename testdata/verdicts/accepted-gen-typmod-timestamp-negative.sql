CREATE TABLE t (a timestamp(7));
