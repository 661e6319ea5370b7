-- A function dropped and created again (its return type changes) under a
-- partitioned table whose default, check and index call it. The partitions
-- copy the check and the index, and the default unless they give their
-- own; ALTER TABLE ... ALTER COLUMN ... DROP DEFAULT and SET DEFAULT on the
-- parent reach every partition, so the one with a default of its own gets
-- it back after.
CREATE FUNCTION base_level(n integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$ SELECT n $$;

CREATE TABLE readings (
    id integer NOT NULL,
    level integer DEFAULT base_level(1),
    CONSTRAINT readings_level_check CHECK (level <= base_level(100))
) PARTITION BY RANGE (id);

CREATE TABLE readings_low PARTITION OF readings (level DEFAULT 5) FOR VALUES FROM (0) TO (100);
CREATE TABLE readings_high PARTITION OF readings FOR VALUES FROM (100) TO (200);

CREATE INDEX readings_level_idx ON readings ((level + base_level(0)));
