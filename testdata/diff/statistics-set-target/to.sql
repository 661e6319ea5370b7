-- ALTER STATISTICS ... SET STATISTICS, as pg_dump prints it after the
-- statistics object: set, changed, or taken back
CREATE TABLE t (a integer, b integer, c text);
CREATE STATISTICS st_ab (ndistinct, dependencies) ON a, b FROM t;
ALTER STATISTICS st_ab SET STATISTICS 50;
CREATE STATISTICS st_bc ON b, c FROM t;
ALTER STATISTICS IF EXISTS st_bc SET STATISTICS -1;
