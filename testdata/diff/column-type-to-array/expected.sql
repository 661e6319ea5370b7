ALTER TABLE posts ALTER COLUMN scores TYPE bigint[];

-- schemac: destructive: column posts.tag changes type: values are converted with a cast; values that do not convert fail the migration
ALTER TABLE posts ALTER COLUMN tag TYPE text[] USING tag::text[];
