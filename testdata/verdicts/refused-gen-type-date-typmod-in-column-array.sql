CREATE TABLE t (a date(3)[]);
