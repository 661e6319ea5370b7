SET lock_timeout = '5s';
ALTER TABLE t ADD COLUMN uid uuid DEFAULT gen_random_uuid();
