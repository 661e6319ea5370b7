-- partial indexes with WHERE clauses
CREATE TABLE users (id integer PRIMARY KEY, email text, deleted_at timestamptz, role text);
CREATE UNIQUE INDEX users_email_live_key ON users (email) WHERE deleted_at IS NULL;
CREATE INDEX users_admins_idx ON users (id) WHERE role IN ('admin', 'owner') AND deleted_at IS NULL;
