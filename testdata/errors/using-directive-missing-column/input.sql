CREATE TABLE events (
    id bigint PRIMARY KEY,
    -- schemac:using to_timestamp(createdd)
    created timestamptz
);
