CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT ((gcd(n))::text) AS x FROM t;
