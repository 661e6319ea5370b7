SET lock_timeout = '5s';
-- schemac:allow drop-column
ALTER TABLE t DROP COLUMN note;
