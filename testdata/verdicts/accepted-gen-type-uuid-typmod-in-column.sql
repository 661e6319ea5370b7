CREATE TABLE t (a uuid);
