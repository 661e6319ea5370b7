CREATE TABLE events (
    id bigint PRIMARY KEY,
    -- schemac:using toWtimestamp(created)
    created timestamptz
);
