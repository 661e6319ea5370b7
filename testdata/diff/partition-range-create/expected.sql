CREATE TABLE events (
    id bigserial,
    user_id bigint,
    happened_on date NOT NULL,
    kind text,
    CONSTRAINT events_pkey PRIMARY KEY (id, happened_on),
    CONSTRAINT events_user_id_fkey FOREIGN KEY (user_id) REFERENCES users (id)
) PARTITION BY RANGE (happened_on);

CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');

CREATE TABLE events_2025 PARTITION OF events (
    kind WITH OPTIONS DEFAULT 'new'
) FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');

CREATE TABLE events_old PARTITION OF events FOR VALUES FROM (MINVALUE) TO ('2024-01-01');

CREATE INDEX events_user_id_idx ON events (user_id);
