CREATE TABLE orgs (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE users (
    id integer PRIMARY KEY,
    email varchar(100) NOT NULL,
    nickname text,
    org_id integer
);
CREATE INDEX users_nickname_idx ON users (nickname);
