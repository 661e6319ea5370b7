CREATE TABLE t (a varchar(0));
