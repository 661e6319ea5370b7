CREATE TABLE t (a text, n int);
CREATE TABLE u (a text);
CREATE VIEW v AS SELECT * FROM t, u;
