-- unique indexes: on two columns, and NULLS NOT DISTINCT
CREATE TABLE users (id integer PRIMARY KEY, org_id integer, email text);
CREATE UNIQUE INDEX users_org_email_key ON users (org_id, email);
CREATE UNIQUE INDEX users_email_nnd_key ON users (email) NULLS NOT DISTINCT;
