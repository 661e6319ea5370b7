-- schemac: objects kept as their statements (compared by tree):
--   STATISTICS st_ab: altered in place
--   STATISTICS st_bc: altered in place

ALTER STATISTICS st_ab SET STATISTICS 50;

ALTER STATISTICS st_bc SET STATISTICS -1;
