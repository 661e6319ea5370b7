ALTER TABLE posts DROP CONSTRAINT posts_author_id_fkey;

ALTER TABLE posts ALTER COLUMN author_id TYPE bigint;

ALTER TABLE users ALTER COLUMN id TYPE bigint;

ALTER TABLE posts ADD CONSTRAINT posts_author_id_fkey FOREIGN KEY (author_id) REFERENCES users (id);
