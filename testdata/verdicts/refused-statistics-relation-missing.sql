CREATE TABLE t (a int, b int, c text);
CREATE STATISTICS st (dependencies) ON a, b FROM tt;
