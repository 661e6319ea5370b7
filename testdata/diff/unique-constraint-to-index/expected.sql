ALTER TABLE users DROP CONSTRAINT users_email_key;

DROP INDEX users_handle_key;

ALTER TABLE users ADD CONSTRAINT users_handle_key UNIQUE (handle);

CREATE UNIQUE INDEX users_email_key ON users (email);
