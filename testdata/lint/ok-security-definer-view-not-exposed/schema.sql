CREATE SCHEMA internal;
CREATE TABLE internal.t (id bigint PRIMARY KEY);
CREATE VIEW internal.t_ids AS SELECT id FROM internal.t;
