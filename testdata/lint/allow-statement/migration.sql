SET lock_timeout = '5s';
-- schemac:allow drop-column the column has been unused since release 4.2
ALTER TABLE t DROP COLUMN note;
