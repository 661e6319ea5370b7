SET lock_timeout = '5s';
SET TIME ZONE 'UTC';
ALTER TABLE t ALTER COLUMN at TYPE timestamptz;
