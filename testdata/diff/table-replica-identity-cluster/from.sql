-- REPLICA IDENTITY and CLUSTER ON, as pg_dump prints them after the indexes
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text
);
CREATE INDEX accounts_name_idx ON accounts (name);
ALTER TABLE accounts REPLICA IDENTITY FULL;
ALTER TABLE accounts CLUSTER ON accounts_name_idx;

CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    at timestamptz
);
CREATE UNIQUE INDEX events_id_kind_idx ON events (id, kind);
ALTER TABLE ONLY events REPLICA IDENTITY USING INDEX events_id_kind_idx;
CREATE INDEX events_at_idx ON events (at);
ALTER TABLE events CLUSTER ON events_at_idx;

CREATE TABLE logs (id int, body text);
ALTER TABLE logs REPLICA IDENTITY NOTHING;
ALTER TABLE logs REPLICA IDENTITY DEFAULT;
