CREATE TABLE t (a text, n int);
CREATE VIEW v (x, y) AS SELECT a, a FROM t;
