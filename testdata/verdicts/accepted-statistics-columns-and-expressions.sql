CREATE TABLE t (a int, b int, c text);
CREATE STATISTICS st (dependencies) ON a, b FROM t;
CREATE STATISTICS st2 ON a, (b + 1), lower(c) FROM t;
