CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE VIEW user_emails AS SELECT id, email FROM users;
