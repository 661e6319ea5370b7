CREATE TABLE readings (
    taken timestamp with time zone NOT NULL,
    v integer,
    noted timestamp without time zone DEFAULT (now() AT TIME ZONE 'UTC')
) PARTITION BY RANGE ((taken AT TIME ZONE 'UTC'));

CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01 00:00:00') TO ('2025-01-01 00:00:00');

ALTER TABLE events ADD COLUMN created_at timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc');

ALTER TABLE events ADD COLUMN due timestamp without time zone DEFAULT (now() AT TIME ZONE 'utc' + '1 day');

CREATE INDEX events_day_idx ON events (((at AT TIME ZONE 'UTC')::date));

CREATE INDEX events_local_idx ON events ((at AT TIME ZONE 'Europe/Paris'));
