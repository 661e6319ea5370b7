-- table comments added, changed and dropped
CREATE TABLE users (id integer PRIMARY KEY);
COMMENT ON TABLE users IS 'people who sign in';
CREATE TABLE posts (id integer PRIMARY KEY);
COMMENT ON TABLE posts IS 'new';
CREATE TABLE tags (id integer PRIMARY KEY);
