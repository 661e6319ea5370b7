CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT concat_all(a) AS x FROM t;
