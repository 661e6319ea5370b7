CREATE EXTENSION IF NOT EXISTS btree_gist;
CREATE TABLE events (
    id bigint PRIMARY KEY,
    at timestamptz,
    kind text,
    room int,
    during tstzrange,
    -- no concurrent form for an exclusion constraint
    EXCLUDE USING gist (room WITH =, during WITH &&)
);
-- a unique index rebuilt: dropping it first would leave a window without uniqueness
CREATE UNIQUE INDEX events_at_idx ON events (at, kind);
CREATE MATERIALIZED VIEW event_kinds AS SELECT kind, count(*) AS n FROM events GROUP BY kind;
-- an index on a materialized view: as written
CREATE UNIQUE INDEX event_kinds_kind_idx ON event_kinds (kind);
