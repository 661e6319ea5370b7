CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT a FROM t WHERE ((char_lenght(a)) IS NOT NULL);
