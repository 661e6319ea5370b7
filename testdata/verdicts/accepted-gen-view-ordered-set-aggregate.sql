CREATE TABLE t (a text, n int);
CREATE VIEW v AS SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY n) AS m FROM t;
