CREATE INDEX users_admins_idx ON users (id) WHERE (role IN ('admin', 'owner') AND deleted_at IS NULL);

CREATE UNIQUE INDEX users_email_live_key ON users (email) WHERE (deleted_at IS NULL);
