-- bigint to timestamp and integer to uuid: PostgreSQL has no cast (not even
-- with USING), so the columns are dropped and added (at the end, so they
-- are last here), with the index and key over them; text to jsonb and
-- integer to boolean have an explicit one (USING); the way back, jsonb to
-- text and boolean to integer convert the same way
CREATE TABLE events (
    id integer PRIMARY KEY,
    doc jsonb,
    flag boolean,
    created timestamp NOT NULL DEFAULT now(),
    ref uuid UNIQUE
);
CREATE INDEX events_created_idx ON events (created);
