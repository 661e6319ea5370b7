CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((gcd(n, 2))::text) AS x FROM t;
