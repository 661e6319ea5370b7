CREATE TABLE t (a text, n int);
CREATE INDEX t_x ON t (a) WHERE ((gcd(n, 2)) IS NOT NULL);
