SET lock_timeout = '5s';
CREATE INDEX t_name_idx ON t (name);
