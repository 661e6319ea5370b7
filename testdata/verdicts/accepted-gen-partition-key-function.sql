CREATE TABLE t (a text) PARTITION BY LIST (lower(a));
