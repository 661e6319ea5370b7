-- schemac: objects kept as their statements (compared by tree):
--   STATISTICS st_ab: dropped
--   STATISTICS gone_stats: dropped

DROP STATISTICS st_ab;

DROP STATISTICS gone_stats;

-- schemac: destructive: table gone and all its rows
DROP TABLE gone;

-- schemac: destructive: column t.a and its data
ALTER TABLE t DROP COLUMN a;

ALTER TABLE t ALTER COLUMN c TYPE bigint;
