-- schemac: destructive: column users.email and its data
ALTER TABLE users DROP COLUMN email;

ALTER TABLE users ADD COLUMN email_address text;
