CREATE TABLE users (id int PRIMARY KEY, email text NOT NULL, name text, active boolean NOT NULL DEFAULT true);
CREATE VIEW active_users AS SELECT id, email, name FROM users WHERE active;
CREATE VIEW user_names (user_id, display) WITH (security_barrier) AS
    SELECT u.id, coalesce(u.name, u.email) FROM users u;
COMMENT ON VIEW user_names IS 'names';
COMMENT ON COLUMN user_names.display IS 'name or email';
