SET lock_timeout = '5s';
-- schemac:allow type-change-rewrites widening, table is small
ALTER TABLE t ALTER COLUMN n TYPE bigint;
