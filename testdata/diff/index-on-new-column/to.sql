-- a new column and an index on it: the column comes first
CREATE TABLE users (id integer PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON users (email);
