CREATE TABLE posts (id integer PRIMARY KEY, author_id integer, created_at timestamptz);
