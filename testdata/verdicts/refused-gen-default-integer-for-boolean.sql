CREATE TABLE t (a boolean DEFAULT 0);
