CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT t.a, x FROM t, LATERAL unnest(ARRAY[t.n]) x;
