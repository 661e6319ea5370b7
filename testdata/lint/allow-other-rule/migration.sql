SET lock_timeout = '5s';
-- schemac:allow drop-table not the rule that fires
ALTER TABLE t DROP COLUMN note;
