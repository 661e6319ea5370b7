CREATE TABLE t (a bit varying(83886081));
