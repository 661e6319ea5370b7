CREATE TABLE users (id int, email text, created_at timestamptz, name text);
CREATE INDEX ON users (email);
CREATE UNIQUE INDEX users_lower_email_key ON users (lower(email));
CREATE INDEX users_created_idx ON users USING btree (created_at ASC NULLS LAST);
CREATE INDEX users_name_idx ON users (name DESC NULLS FIRST) WHERE name IS NOT NULL;
CREATE INDEX users_ff_idx ON users (id) WITH (fillfactor = 70);
