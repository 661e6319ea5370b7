SET lock_timeout = '5s';
ALTER TABLE t ADD COLUMN code text NOT NULL DEFAULT NULL;
