ALTER TABLE users ADD CONSTRAINT users_email_key UNIQUE (email);

ALTER TABLE invites ADD CONSTRAINT invites_email_fkey FOREIGN KEY (email) REFERENCES users (email);
