-- atlas:txmode none
CREATE INDEX CONCURRENTLY t_name_idx ON t (name);
