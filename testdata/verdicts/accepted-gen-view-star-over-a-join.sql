CREATE TABLE t (a text, n int);
CREATE TABLE u (a text);
CREATE VIEW v AS SELECT t.*, u.a AS ua FROM t, u;
