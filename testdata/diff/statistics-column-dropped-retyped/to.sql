-- a is dropped (its statistics with it), c retyped (its statistics stay)
CREATE TABLE t (b int, c bigint);
CREATE STATISTICS st_bc ON b, c FROM t;
