DROP INDEX users_nickname_idx;

-- schemac: destructive: column users.nickname and its data
ALTER TABLE users DROP COLUMN nickname;

ALTER TABLE users ADD COLUMN created_at timestamp with time zone DEFAULT now() NOT NULL;

ALTER TABLE users ALTER COLUMN email TYPE character varying(255);

ALTER TABLE users ALTER COLUMN org_id SET NOT NULL;

ALTER TABLE users ADD CONSTRAINT users_email_check CHECK (email LIKE '%@%');

CREATE UNIQUE INDEX users_email_key ON users (lower(email));

CREATE INDEX users_org_id_idx ON users (org_id);

ALTER TABLE users ADD CONSTRAINT users_org_id_fkey FOREIGN KEY (org_id) REFERENCES orgs (id) ON DELETE CASCADE;

COMMENT ON TABLE users IS 'accounts';
