-- schemac:no-transaction

SET lock_timeout = '5s';
CREATE UNIQUE INDEX CONCURRENTLY t_name_key ON t (name);
ALTER TABLE t ADD CONSTRAINT t_name_key UNIQUE USING INDEX t_name_key;
