CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, name text, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_users AS SELECT id, email FROM users WHERE active;
CREATE VIEW old_view AS SELECT count(*) FROM users;
