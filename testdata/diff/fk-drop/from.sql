CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE posts (id integer PRIMARY KEY, author_id integer NOT NULL REFERENCES users);
