CREATE TABLE t (a int, b int, c text);
CREATE STATISTICS st2 ON a, (d + 1) FROM t;
