-- the referenced key column widens to bigint, and so does the referencing one
CREATE TABLE users (id bigint PRIMARY KEY);
CREATE TABLE posts (id integer PRIMARY KEY, author_id bigint REFERENCES users (id));
