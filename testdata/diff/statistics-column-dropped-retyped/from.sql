CREATE TABLE t (a int, b int, c int);
CREATE STATISTICS st_ab (dependencies) ON a, b FROM t;
CREATE STATISTICS st_bc ON b, c FROM t;
CREATE TABLE gone (x int, y int);
CREATE STATISTICS gone_stats ON x, y FROM gone;
