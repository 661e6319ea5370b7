CREATE TABLE posts (id bigint PRIMARY KEY, slug text, title text);
CREATE INDEX posts_slug_idx ON posts (slug);
CREATE INDEX posts_slug_title_idx ON posts (slug, title);
