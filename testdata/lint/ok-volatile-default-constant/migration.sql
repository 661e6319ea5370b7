SET lock_timeout = '5s';
ALTER TABLE t ADD COLUMN hits bigint NOT NULL DEFAULT 0;
