-- changed: FULL -> USING INDEX of a key, cluster moves to the key;
-- events: its identity index is built again (one more column), and so is
-- its clustered index: both are set again after the build;
-- logs: NOTHING; a new table with both
CREATE TABLE accounts (
    id bigint PRIMARY KEY,
    email text NOT NULL UNIQUE,
    name text
);
CREATE INDEX accounts_name_idx ON accounts (name);
ALTER TABLE accounts REPLICA IDENTITY USING INDEX accounts_email_key;
ALTER TABLE accounts CLUSTER ON accounts_pkey;

CREATE TABLE events (
    id bigint NOT NULL,
    kind text NOT NULL,
    at timestamptz NOT NULL
);
CREATE UNIQUE INDEX events_id_kind_idx ON events (id, kind, at);
ALTER TABLE ONLY events REPLICA IDENTITY USING INDEX events_id_kind_idx;
CREATE INDEX events_at_idx ON events (at DESC);
ALTER TABLE events CLUSTER ON events_at_idx;

CREATE TABLE logs (id int, body text);
ALTER TABLE logs REPLICA IDENTITY NOTHING;

CREATE TABLE audit (
    id bigint PRIMARY KEY,
    what text
);
ALTER TABLE audit REPLICA IDENTITY FULL;
ALTER TABLE audit CLUSTER ON audit_pkey;
