-- expression indexes: a function call, a concatenation, a cast
CREATE TABLE users (id integer PRIMARY KEY, email text, first text, last text);
CREATE UNIQUE INDEX users_lower_email_key ON users (lower(email));
CREATE INDEX users_full_name_idx ON users ((first || ' ' || last));
CREATE INDEX ON users ((id::text));
