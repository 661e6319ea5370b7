CREATE TABLE t (a int, c text);
CREATE STATISTICS st (dependencies) ON a, b FROM t;
