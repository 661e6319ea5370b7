-- schemac: destructive: table users and all its rows
DROP TABLE users;

ALTER TABLE orgs DROP CONSTRAINT orgs_pkey;

ALTER TABLE orgs ALTER COLUMN id DROP NOT NULL;
