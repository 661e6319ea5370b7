CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE INDEX users_email_idx ON usres (email);
