DROP INDEX posts_slug_idx;

DROP INDEX posts_slug_title_idx;

-- schemac: destructive: column posts.slug and its data
ALTER TABLE posts DROP COLUMN slug;
