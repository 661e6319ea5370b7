-- several changes to one table at once: type, drop, add, fk, index, check, comment
CREATE TABLE orgs (id integer PRIMARY KEY, name text NOT NULL);
CREATE TABLE users (
    id integer PRIMARY KEY,
    email varchar(255) NOT NULL CHECK (email LIKE '%@%'),
    org_id integer NOT NULL REFERENCES orgs (id) ON DELETE CASCADE,
    created_at timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX users_email_key ON users (lower(email));
CREATE INDEX users_org_id_idx ON users (org_id);
COMMENT ON TABLE users IS 'accounts';
