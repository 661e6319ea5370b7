CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT count(*) AS c FROM t;
