CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE events (id bigint PRIMARY KEY, at timestamptz, kind text, room int, during tstzrange);
CREATE UNIQUE INDEX events_at_idx ON events (at);
CREATE MATERIALIZED VIEW event_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
