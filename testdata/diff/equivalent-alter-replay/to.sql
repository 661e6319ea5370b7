-- a schema built by CREATE then ALTER, DROP and re-CREATE statements versus the final state in one go
CREATE TABLE users (id integer, nickname text);
CREATE TABLE scratch (x integer);
ALTER TABLE users ADD COLUMN email varchar(10);
ALTER TABLE users DROP COLUMN nickname;
ALTER TABLE users ALTER COLUMN email TYPE text;
ALTER TABLE users ALTER COLUMN email SET NOT NULL;
ALTER TABLE users ADD COLUMN score integer DEFAULT 5;
ALTER TABLE users ALTER COLUMN score SET DEFAULT 10;
ALTER TABLE users ADD PRIMARY KEY (id);
CREATE INDEX users_email_idx ON users (lower(email));
DROP INDEX users_email_idx;
CREATE INDEX users_email_idx ON users (email);
DROP TABLE scratch;
