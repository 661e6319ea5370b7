CREATE TABLE t (a numeric(10, -1000));
