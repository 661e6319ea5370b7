SET lock_timeout = '5s';
ALTER TABLE t DROP COLUMN note;
