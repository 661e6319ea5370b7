CREATE TABLE events (
    id bigint PRIMARY KEY,
    -- schemac:using md5(created::text)
    created timestamptz
);
