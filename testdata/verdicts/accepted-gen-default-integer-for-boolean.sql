CREATE TABLE t (a boolean DEFAULT false);
