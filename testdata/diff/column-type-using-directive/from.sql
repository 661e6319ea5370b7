CREATE TABLE events (
    id integer PRIMARY KEY,
    -- schemac:using (extract(epoch FROM created))::bigint
    created bigint NOT NULL,
    -- schemac:using ('x' || substr(replace(ref::text, '-', ''), 25))::bit(32)::integer
    ref integer
);
CREATE INDEX events_created_idx ON events (created);
