-- a unique constraint becomes a unique index of the same name, and the other way round
CREATE TABLE users (id integer PRIMARY KEY, email text, handle text UNIQUE);
CREATE UNIQUE INDEX users_email_key ON users (email);
