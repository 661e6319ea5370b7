SET lock_timeout = '5s';
ALTER TABLE t ADD CONSTRAINT t_n_pos CHECK (n > 0);
