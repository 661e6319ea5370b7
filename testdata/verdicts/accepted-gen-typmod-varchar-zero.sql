CREATE TABLE t (a varchar(1));
