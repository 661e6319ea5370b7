CREATE TABLE t (a text) PARTITION BY LIST (lowr(a));
