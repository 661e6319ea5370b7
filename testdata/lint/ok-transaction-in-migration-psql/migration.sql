BEGIN;
SET LOCAL lock_timeout = '5s';
ALTER TABLE t ADD COLUMN x int;
COMMIT;
