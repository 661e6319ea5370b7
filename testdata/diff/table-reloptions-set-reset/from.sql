CREATE TABLE queue (id bigint PRIMARY KEY, payload jsonb) WITH (fillfactor = 70, autovacuum_enabled = false);
CREATE TABLE archive (id bigint);
