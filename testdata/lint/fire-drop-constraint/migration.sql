SET lock_timeout = '5s';
ALTER TABLE t DROP CONSTRAINT t_pkey;
