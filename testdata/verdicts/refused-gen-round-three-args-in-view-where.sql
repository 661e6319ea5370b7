CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT a FROM t WHERE ((round(n::numeric, 1, 2)) IS NOT NULL);
