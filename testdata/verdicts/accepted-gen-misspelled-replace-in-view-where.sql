CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT a FROM t WHERE ((replace(a, 'a', 'b')) IS NOT NULL);
