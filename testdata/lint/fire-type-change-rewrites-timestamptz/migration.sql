SET lock_timeout = '5s';
ALTER TABLE t ALTER COLUMN at TYPE timestamptz;
