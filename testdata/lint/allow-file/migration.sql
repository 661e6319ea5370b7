-- schemac:allow drop-column,drop-table cleanup after the 4.2 release

SET lock_timeout = '5s';
ALTER TABLE t DROP COLUMN note;
DROP TABLE c;
