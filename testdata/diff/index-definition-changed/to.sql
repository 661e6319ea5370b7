-- indexes keep their names but change columns, uniqueness and predicate (drop and re-create)
CREATE TABLE events (id integer PRIMARY KEY, kind text, at timestamptz, user_id integer);
CREATE INDEX events_kind_idx ON events (kind, at);
CREATE UNIQUE INDEX events_at_idx ON events (at);
CREATE INDEX events_user_idx ON events (user_id) WHERE user_id IS NOT NULL;
