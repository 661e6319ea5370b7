CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT row_number() OVER (ORDER BY n) AS r FROM t;
