ALTER TABLE events DROP CONSTRAINT events_ref_key;

DROP INDEX events_created_idx;

-- schemac: destructive: column events.created and its data (PostgreSQL has no cast from its type to the new one)
ALTER TABLE events DROP COLUMN created;

-- schemac: destructive: column events.ref and its data (PostgreSQL has no cast from its type to the new one)
ALTER TABLE events DROP COLUMN ref;

ALTER TABLE events ADD COLUMN created timestamp without time zone DEFAULT now() NOT NULL;

ALTER TABLE events ADD COLUMN ref uuid;

-- schemac: destructive: column events.doc changes type: values are converted with a cast; values that do not convert fail the migration
ALTER TABLE events ALTER COLUMN doc TYPE jsonb USING doc::jsonb;

-- schemac: destructive: column events.flag changes type: values are converted with a cast; values that do not convert fail the migration
ALTER TABLE events ALTER COLUMN flag TYPE boolean USING flag::boolean;

ALTER TABLE events ADD CONSTRAINT events_ref_key UNIQUE (ref);

CREATE INDEX events_created_idx ON events (created);
