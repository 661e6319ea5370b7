ALTER TABLE users DROP CONSTRAINT users_email_key;

ALTER TABLE users DROP CONSTRAINT users_handle_uq;
