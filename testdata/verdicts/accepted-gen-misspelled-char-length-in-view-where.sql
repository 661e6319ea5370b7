CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT a FROM t WHERE ((char_length(a)) IS NOT NULL);
