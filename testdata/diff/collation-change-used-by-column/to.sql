-- a collation used by columns, a domain, a composite attribute, a range
-- type and an index key changes: PostgreSQL can only drop it and create
-- it again, and refuses the drop while anything uses it; so it is renamed,
-- created again, the columns moved to it (ALTER COLUMN ... TYPE ...
-- COLLATE), the types using it swapped, the index made again, the old
-- one dropped; the view over a moved column comes back. A collation
-- nothing uses is dropped and created again
CREATE COLLATION ci (provider = icu, locale = 'und-u-ks-level1', deterministic = false);
CREATE COLLATION unused_c (provider = libc, locale = 'POSIX');
CREATE DOMAIN ci_text AS text COLLATE ci;
CREATE TYPE person AS (name text COLLATE ci, age integer);
CREATE TYPE cirange AS RANGE (subtype = text, collation = ci);
CREATE TABLE users (
    id integer PRIMARY KEY,
    email text COLLATE ci NOT NULL,
    nick ci_text,
    p person,
    r cirange,
    tag varchar(10) COLLATE ci DEFAULT 'x',
    code text
);
CREATE UNIQUE INDEX users_email_key ON users (email);
CREATE INDEX users_code_idx ON users (code COLLATE ci);
CREATE VIEW user_emails AS SELECT id, email FROM users;
