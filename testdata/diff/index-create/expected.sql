CREATE INDEX posts_author_idx ON posts (author_id);

CREATE INDEX posts_created_at_idx ON posts (created_at);
