CREATE TABLE events (
    id bigint PRIMARY KEY,
    at timestamptz,
    created_at timestamp DEFAULT (now() AT TIME ZONE 'utc'),
    due timestamp DEFAULT (now() AT TIME ZONE 'utc') + '1 day'
);
CREATE INDEX events_local_idx ON events ((at AT TIME ZONE 'Europe/Paris'));
CREATE INDEX events_day_idx ON events (((at AT TIME ZONE 'UTC')::date));
CREATE TABLE readings (
    taken timestamptz NOT NULL,
    v int,
    noted timestamp DEFAULT (now() AT TIME ZONE 'UTC')
) PARTITION BY RANGE ((taken AT TIME ZONE 'UTC'));
CREATE TABLE readings_2024 PARTITION OF readings
    FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2025-01-01 00:00:00');
