CREATE UNIQUE INDEX users_email_nnd_key ON users (email) NULLS NOT DISTINCT;

CREATE UNIQUE INDEX users_org_email_key ON users (org_id, email);
