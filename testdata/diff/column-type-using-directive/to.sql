-- type changes PostgreSQL has no cast for, converted by the USING each
-- column's schemac:using directive gives (from.sql has the way back)
CREATE TABLE events (
    id integer PRIMARY KEY,
    -- schemac:using to_timestamp(created) AT TIME ZONE 'UTC'
    created timestamp NOT NULL,
    -- schemac:using lpad(to_hex(ref), 32, '0')::uuid
    ref uuid
);
CREATE INDEX events_created_idx ON events (created);
