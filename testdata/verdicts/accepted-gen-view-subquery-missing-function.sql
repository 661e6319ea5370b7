CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT (SELECT max(n) FROM t) AS m;
