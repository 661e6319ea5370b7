-- fillfactor changes, autovacuum_enabled is reset, a new option is set
CREATE TABLE queue (id bigint PRIMARY KEY, payload jsonb) WITH (fillfactor = 90, autovacuum_vacuum_scale_factor = 0.05);
CREATE TABLE archive (id bigint) WITH (toast_tuple_target = 256);
CREATE TABLE hot (id bigint, n int) WITH (fillfactor=50);
