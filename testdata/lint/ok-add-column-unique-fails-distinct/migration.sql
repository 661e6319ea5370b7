SET lock_timeout = '5s';
ALTER TABLE t ADD COLUMN x int UNIQUE;
