-- migrate:up transaction:false
CREATE INDEX CONCURRENTLY t_name_idx ON t (name);

-- migrate:down
DROP INDEX t_name_idx;
