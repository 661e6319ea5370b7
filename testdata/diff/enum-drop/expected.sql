-- schemac: destructive: column posts.status and its data
ALTER TABLE posts DROP COLUMN status;

DROP TYPE post_status;

DROP TYPE unused;
