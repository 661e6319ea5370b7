CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE posts (
    id bigint PRIMARY KEY,
    user_id bigint NOT NULL REFERENCES users (id),
    title text CHECK (title <> '')
);
CREATE INDEX posts_user_id_idx ON posts (user_id);
