CREATE TABLE t (a varchar(10, 2));
