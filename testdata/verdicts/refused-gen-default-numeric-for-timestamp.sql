CREATE TABLE t (a timestamp DEFAULT 1.5);
