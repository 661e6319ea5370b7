-- schemac: destructive: enum post_status loses 'review'; rows holding them fail the migration
ALTER TYPE post_status RENAME TO post_status_old;

CREATE TYPE post_status AS ENUM ('draft', 'published');

ALTER TABLE posts ALTER COLUMN status DROP DEFAULT;

ALTER TABLE posts ALTER COLUMN history TYPE post_status[] USING history::text[]::post_status[];

ALTER TABLE posts ALTER COLUMN status TYPE post_status USING status::text::post_status;

ALTER TABLE posts ALTER COLUMN status SET DEFAULT 'draft';

DROP TYPE post_status_old;
