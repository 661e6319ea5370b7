CREATE TABLE users (id int PRIMARY KEY, email text);
CREATE VIEW users AS SELECT 1 AS id;
CREATE VIEW user_emails (id, email, extra) AS SELECT id, email FROM users;
DROP VIEW no_such_view;
