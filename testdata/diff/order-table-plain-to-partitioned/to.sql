-- a plain table becomes partitioned (and back): dropped and created with its identity and serial sequences
CREATE TABLE events (
    id integer GENERATED ALWAYS AS IDENTITY (START WITH 100),
    n serial,
    day date NOT NULL
) PARTITION BY RANGE (day);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
