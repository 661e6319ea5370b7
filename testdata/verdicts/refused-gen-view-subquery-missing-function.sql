CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT (SELECT mx(n) FROM t) AS m;
