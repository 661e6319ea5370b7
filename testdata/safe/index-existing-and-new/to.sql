CREATE TABLE users (id bigint PRIMARY KEY, email text, name text);
-- an existing table: built CONCURRENTLY, after the first part commits
CREATE INDEX users_email_idx ON users (email);
COMMENT ON INDEX users_email_idx IS 'sign-in lookups';
CREATE UNIQUE INDEX users_lower_name_idx ON users (lower(name)) WHERE name IS NOT NULL;
-- a new table: its index is built in the transaction, as written
CREATE TABLE posts (id bigint PRIMARY KEY, user_id bigint, title text);
CREATE INDEX posts_user_id_idx ON posts (user_id);
