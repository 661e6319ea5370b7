-- a foreign key's ON DELETE action changes (drop and re-add under the same name)
CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE posts (id integer PRIMARY KEY, author_id integer REFERENCES users (id) ON DELETE CASCADE);
