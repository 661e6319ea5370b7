CREATE TABLE users (id integer PRIMARY KEY);
CREATE TABLE posts (id integer PRIMARY KEY);
COMMENT ON TABLE posts IS 'old';
CREATE TABLE tags (id integer PRIMARY KEY);
COMMENT ON TABLE tags IS 'going away';
