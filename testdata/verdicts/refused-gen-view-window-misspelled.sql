CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT rownumber() OVER (ORDER BY n) AS r FROM t;
