-- plain btree indexes, named and unnamed (implicit name posts_created_at_idx)
CREATE TABLE posts (id integer PRIMARY KEY, author_id integer, created_at timestamptz);
CREATE INDEX posts_author_idx ON posts (author_id);
CREATE INDEX ON posts (created_at);
