SET lock_timeout = '5s';
SET statement_timeout = '10min';
CREATE INDEX t_name_idx ON t (name);
