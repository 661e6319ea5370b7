CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT cnt(*) AS c FROM t;
