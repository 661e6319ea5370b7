CREATE TABLE posts (id integer PRIMARY KEY, author_id integer, created_at timestamptz);
CREATE INDEX posts_author_idx ON posts (author_id);
CREATE UNIQUE INDEX posts_created_key ON posts (created_at);
