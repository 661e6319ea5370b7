CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT n <~> 1 AS x FROM t;
