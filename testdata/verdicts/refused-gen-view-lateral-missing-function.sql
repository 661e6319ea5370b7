CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT t.a, x FROM t, LATERAL unnset(ARRAY[t.n]) x;
