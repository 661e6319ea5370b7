CREATE TABLE t (a interval DEFAULT 0);
