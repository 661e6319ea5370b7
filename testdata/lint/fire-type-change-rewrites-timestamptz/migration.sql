SET lock_timeout = '5s';
SET TIME ZONE 'Europe/Berlin';
ALTER TABLE t ALTER COLUMN at TYPE timestamptz;
