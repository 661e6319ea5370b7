CREATE TABLE t (a int DEFAULT now());
