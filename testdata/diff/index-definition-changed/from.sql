CREATE TABLE events (id integer PRIMARY KEY, kind text, at timestamptz, user_id integer);
CREATE INDEX events_kind_idx ON events (kind);
CREATE INDEX events_at_idx ON events (at);
CREATE INDEX events_user_idx ON events (user_id);
