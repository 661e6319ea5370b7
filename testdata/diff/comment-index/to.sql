-- comments on an index and on a primary key's index
CREATE TABLE users (id integer PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON users (email);
COMMENT ON INDEX users_email_idx IS 'login lookups';
COMMENT ON INDEX users_pkey IS 'the key''s index';
