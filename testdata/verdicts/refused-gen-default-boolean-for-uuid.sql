CREATE TABLE t (a uuid DEFAULT true);
