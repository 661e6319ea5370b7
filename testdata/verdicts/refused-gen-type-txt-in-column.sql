CREATE TABLE t (a txt);
