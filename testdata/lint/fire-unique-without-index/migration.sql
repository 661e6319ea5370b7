SET lock_timeout = '5s';
ALTER TABLE t ADD CONSTRAINT t_name_key UNIQUE (name);
