SET lock_timeout = 0;
ALTER TABLE t ADD COLUMN note text;
